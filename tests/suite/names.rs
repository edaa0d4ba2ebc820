//! Names, genders, positions and choices as users write them: the binary
//! reads the Kyrgyz and Russian words of every choice, a person's `gender`,
//! and prints what a native speaker would write.

use crate::common::*;

fn render(name: &str, yaml: &str) -> (std::process::Output, String) {
    let dir = tmp(name);
    write(&dir, "in.yaml", yaml);
    let o = run(&dir, &["render", "in.yaml", "-o", "out.pdf"]);
    let text = if o.status.success() {
        pdf_text(&dir.join("out.pdf"), None)
    } else {
        String::new()
    };
    (o, text)
}

fn check_json(name: &str, yaml: &str) -> String {
    let dir = tmp(name);
    write(&dir, "in.yaml", yaml);
    stdout(&run(&dir, &["check", "in.yaml", "--format", "json"]))
}

#[test]
fn choices_take_their_kyrgyz_and_russian_words_in_any_case() {
    let yaml = "form: application\nlang: Русский\nrector: Шаршембиев Жаныбек Сейитбекович\n\
        applicant: {name: Асанов Бакыт Жумабекович, position: доцент, department: Информатика}\n\
        kind: СТАЖИРОВКА\ndirection: Цифровые технологии\nstart: 2025-11-03\nend: 2025-11-16\n\
        break_from_teaching: да\ndate: 2025-10-20\n";
    let (o, text) = render("aliases-ru", yaml);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(text.contains("ЗАЯВЛЕНИЕ"), "{text}");
    assert!(text.contains("на стажировку"), "{text}");
    assert!(text.contains("с отрывом от учебного процесса"), "{text}");

    let ky = yaml
        .replace("lang: Русский", "lang: кыргызча")
        .replace("kind: СТАЖИРОВКА", "kind: курстар")
        .replace("break_from_teaching: да", "break_from_teaching: жок");
    let (o, text) = render("aliases-ky", &ky);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(text.contains("БИЛДИРҮҮ"), "{text}");
    assert!(text.contains("тыныгуусуз"), "{text}");
}

/// The Kyrgyz, Russian and other words of a set of choices, as
/// `data/choices.tsv` lists them (set, id, then comma-separated lists).
fn choice_words(set: &str) -> Vec<String> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/data/choices.tsv");
    std::fs::read_to_string(path)
        .unwrap()
        .lines()
        .filter(|l| !l.starts_with('#') && l.starts_with(&format!("{set}\t")))
        .flat_map(|l| l.split('\t').skip(2).flat_map(|ws| ws.split(',')))
        .map(str::trim)
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect()
}

#[test]
fn every_word_of_the_table_is_read_as_its_id() {
    // The annual plan takes `kind`, `mode` and `funding`: each word of the
    // table is accepted there, and a word of another set is not.
    for (set, key) in [("kind", "kind"), ("mode", "mode"), ("funding", "funding")] {
        let words = choice_words(set);
        assert!(words.len() > 3, "{set}: only {words:?}");
        for word in words {
            let yaml = format!(
                "form: annual-plan\nyear: 2025-2026\nteachers:\n  - name: Асанов Бакыт\n    {key}: \"{word}\"\n"
            );
            let out = check_json("alias-each", &yaml);
            assert!(
                !out.contains("\"rule\":\"type\""),
                "{set} `{word}` refused: {out}"
            );
        }
    }
    let out = check_json(
        "alias-wrong-set",
        "form: annual-plan\nyear: 2025-2026\nteachers:\n  - name: Асанов Бакыт\n    mode: курсы\n",
    );
    assert!(out.contains("\"rule\":\"type\""), "{out}");
    // A typo of a Kyrgyz or Russian word gets that word as its hint.
    let out = check_json(
        "alias-typo",
        "form: annual-plan\nyear: 2025-2026\nteachers:\n  - name: Асанов Бакыт\n    kind: стажирвка\n",
    );
    assert!(out.contains("стажировка"), "{out}");
}

fn certificate(teacher: &str) -> String {
    format!(
        "form: internship-certificate\nlang: ru\nteacher: {teacher}\ndirection: Методика\n\
         host: {{name: Кыргызский национальный университет}}\nstart: 2025-11-03\nend: 2025-11-16\nhours: 72\n"
    )
}

#[test]
fn the_certificate_agrees_with_the_gender_given_or_read() {
    for (teacher, passed) in [
        ("{name: Ким Анна, gender: f}", "прошла стажировку"),
        ("{name: Ким Сергей, gender: муж}", "прошёл стажировку"),
        ("{name: Ли Мин, gender: Ж}", "прошла стажировку"),
        ("{name: Ли Мин, gender: эр}", "прошёл стажировку"),
        ("{name: Ли Мин, gender: аял}", "прошла стажировку"),
        ("Токтогулова Айжан Мирлан кызы", "прошла стажировку"),
        ("Нурлан Тургунбек уулу", "прошёл стажировку"),
        ("Сыдыкова Гүлнара Бакировна", "прошла стажировку"),
    ] {
        let (o, text) = render("gender", &certificate(teacher));
        assert!(o.status.success(), "{teacher}: {}", stderr(&o));
        assert!(text.contains(passed), "{teacher}: {text}");
        assert!(!text.contains("(-ла)"), "{teacher}: {text}");
        assert!(
            !stderr(&o).contains("warning[gender]"),
            "{teacher}: {}",
            stderr(&o)
        );
    }
}

#[test]
fn an_unknown_gender_is_a_warning_not_a_bracket() {
    let (o, text) = render("gender-unknown", &certificate("Ли Мин"));
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(text.contains("прошёл стажировку"), "{text}");
    assert!(!text.contains("(-ла)"), "{text}");
    let out = check_json("gender-unknown-json", &certificate("Ли Мин"));
    assert!(out.contains("\"rule\":\"gender\""), "{out}");
    assert!(out.contains("\"severity\":\"warning\""), "{out}");
    assert!(out.contains("\"line\":3"), "{out}");
    // In Kyrgyz the wording does not depend on it: no warning.
    let ky = certificate("Ли Мин").replace("lang: ru", "lang: ky");
    assert!(!check_json("gender-unknown-ky", &ky).contains("\"rule\":\"gender\""));
    // A value that is no gender is named as such.
    let bad = certificate("{name: Ли Мин, gender: x}");
    assert!(check_json("gender-bad", &bad).contains("\"rule\":\"type\""));
}

fn application(rector: &str, applicant: &str) -> String {
    format!(
        "form: application\nlang: ru\nrector: {rector}\napplicant: {applicant}\nkind: course\n\
         direction: Цифровые технологии\nstart: 2025-11-03\nend: 2025-11-16\nhours: 72\n"
    )
}

#[test]
fn the_application_declines_the_rector_and_the_applicant() {
    for (rector, applicant, to, from) in [
        (
            "Покровский Иван Петрович",
            "{name: Ким Сергей Александрович}",
            "Ректору ТалГУ И.П. Покровскому",
            "С.А. Кима",
        ),
        (
            "{name: Ким С.А., gender: m}",
            "{name: Ким С.А., gender: f}",
            "С.А. Киму",
            "С.А. Ким",
        ),
        (
            "Шаршембиев Жаныбек Сейитбекович",
            "Асанова-Токтогулова Айжан Бакытовна",
            "Ж.С. Шаршембиеву",
            "А.Б. Асановой-Токтогуловой",
        ),
        (
            "Толстой Лев Николаевич",
            "Черных Анна Ивановна",
            "Л.Н. Толстому",
            "А.И. Черных",
        ),
        (
            "Шевченко Тарас Григорьевич",
            "Нурлан Тургунбек уулу",
            "Т.Г. Шевченко",
            "Н. Тургунбек уулу",
        ),
        (
            "Бакыт Асанов",
            "Айжан Мирлан кызы Токтогулова",
            "Б. Асанову",
            "А.М. Токтогуловой",
        ),
        (
            "Асанов Б.Ж.",
            "Покровская Мария Ильинична",
            "Б.Ж. Асанову",
            "М.И. Покровской",
        ),
    ] {
        let (o, text) = render("declension", &application(rector, applicant));
        assert!(o.status.success(), "{rector}: {}", stderr(&o));
        assert!(text.contains(to), "{rector} → {to}: {text}");
        assert!(text.contains(from), "{applicant} → {from}: {text}");
        assert!(!stderr(&o).contains("warning[name]"), "{}", stderr(&o));
    }
}

#[test]
fn a_surname_that_depends_on_an_unknown_gender_is_a_warning() {
    let yaml = application("{name: Ким С.А.}", "Асанов Бакыт Жумабекович");
    let (o, text) = render("kim-unknown", &yaml);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(text.contains("С.А. Ким "), "{text}");
    let out = check_json("kim-unknown-json", &yaml);
    assert!(out.contains("\"rule\":\"gender\""), "{out}");
}

#[test]
fn a_name_read_in_doubt_is_reported_with_what_is_printed() {
    let yaml = application(
        "Шаршембиев Жаныбек Сейитбекович",
        "\"Асанов Бакыт Жумабекович, ага окутуучу, Информатика кафедрасы\"",
    );
    let (o, text) = render("comma", &yaml);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(text.contains("Б.Ж. Асанова"), "{text}");
    assert!(!text.contains("Б.Ж.А."), "{text}");
    let err = stderr(&o);
    assert!(
        err.contains("warning[name]") && err.contains("«Б.Ж. Асанов»"),
        "{err}"
    );
    // The certificate's sentence names the teacher without the comma's text.
    let cert = certificate("\"Асанов Бакыт Жумабекович, ага окутуучу\"");
    let (o, text) = render("comma-certificate", &cert);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        text.contains("Преподаватель Асанов Бакыт Жумабекович прошёл"),
        "{text}"
    );
    let out = check_json("order", &application("Ли Мин", "Асанов Бакыт"));
    assert!(
        out.contains("\"rule\":\"name\"") && out.contains("«М. Ли»"),
        "{out}"
    );
}

fn applicant_with(lang: &str, position: &str) -> String {
    format!(
        "form: application\nlang: {lang}\nrector: Шаршембиев Жаныбек Сейитбекович\n\
         applicant: {{name: Асанов Бакыт Жумабекович, position: {position}, department: Информатика}}\n\
         kind: course\ndirection: Цифровые технологии\nstart: 2025-11-03\nend: 2025-11-16\nhours: 72\n"
    )
}

#[test]
fn positions_take_the_form_of_the_forms_language() {
    for (lang, position, printed, warns) in [
        (
            "ru",
            "старший преподаватель",
            "старшего преподавателя кафедры «Информатика»",
            false,
        ),
        (
            "ru",
            "заведующий кафедрой",
            "заведующего кафедрой «Информатика»",
            false,
        ),
        (
            "ru",
            "доцент кафедры информатики",
            "доцента кафедры информатики",
            false,
        ),
        (
            "ru",
            "ведущий научный сотрудник",
            "ведущего научного сотрудника",
            false,
        ),
        ("ru", "ага окутуучу", "старшего преподавателя", true),
        (
            "ky",
            "ага окутуучу",
            "Информатика кафедрасынын ага окутуучусу",
            false,
        ),
        (
            "ky",
            "кафедра башчысы",
            "Информатика кафедрасынын башчысы",
            false,
        ),
        ("ky", "доцент", "Информатика кафедрасынын доценти", false),
        ("ky", "старший преподаватель", "ага окутуучусу", true),
        (
            "ky",
            "ведущий инженер-программист",
            "ведущий инженер-программист",
            true,
        ),
    ] {
        let yaml = applicant_with(lang, position);
        let (o, text) = render("position", &yaml);
        assert!(o.status.success(), "{position}: {}", stderr(&o));
        assert!(
            text.contains(printed),
            "{lang} {position} → {printed}: {text}"
        );
        assert!(!text.contains("кафедрой кафедры"), "{text}");
        assert!(!text.contains("кафедрасынын кафедра"), "{text}");
        assert!(!text.contains("преподавательи"), "{text}");
        assert!(
            !text.contains("программистү") && !text.contains("программисти"),
            "{text}"
        );
        let out = check_json("position-json", &yaml);
        assert_eq!(
            out.contains("\"rule\":\"position\""),
            warns,
            "{lang} {position}: {out}"
        );
    }
}

#[test]
fn the_participle_agrees_with_the_document() {
    let example = include_str!("../../examples/ru/report.yaml");
    for (kind, printed) in [
        (
            "attestation",
            "Удостоверение о повышении квалификации, № КР-2025-0412, выдано",
        ),
        (
            "удостоверение",
            "Удостоверение о повышении квалификации, № КР-2025-0412, выдано",
        ),
        (
            "program",
            "Программа участия в семинаре, № КР-2025-0412, выдана",
        ),
        ("certificate", "Сертификат, № КР-2025-0412, выдан"),
        ("letter", "Благодарственное письмо, № КР-2025-0412, выдано"),
        (
            "diploma",
            "Диплом о профессиональной переподготовке, № КР-2025-0412, выдан",
        ),
    ] {
        let yaml = example.replace("kind: attestation", &format!("kind: {kind}"));
        let (o, text) = render("issued", &yaml);
        assert!(o.status.success(), "{kind}: {}", stderr(&o));
        assert!(text.contains(printed), "{kind} → {printed}: {text}");
    }
}

#[test]
fn quotes_the_user_typed_are_not_doubled() {
    for (direction, printed) in [
        (
            "«Цифровые технологии»",
            "по направлению «Цифровые технологии»",
        ),
        (
            "\"Цифровые технологии\"",
            "по направлению «Цифровые технологии»",
        ),
        (
            "«««Цифровые технологии»»»",
            "по направлению «Цифровые технологии»",
        ),
        (
            "Методика «Python» для начинающих",
            "по направлению «Методика „Python“ для начинающих»",
        ),
    ] {
        let yaml = application(
            "Шаршембиев Жаныбек Сейитбекович",
            "Асанов Бакыт Жумабекович",
        )
        .replace(
            "direction: Цифровые технологии",
            &format!("direction: '{direction}'"),
        );
        let (o, text) = render("quotes", &yaml);
        assert!(o.status.success(), "{direction}: {}", stderr(&o));
        assert!(text.contains(printed), "{direction} → {printed}: {text}");
        assert!(!text.contains("««") && !text.contains("»»"), "{text}");
    }
}

// ---- the surname table, printed (its declensions are checked by the
// unit tests of src/names/tables.rs) ----

fn rows(file: &str) -> Vec<Vec<String>> {
    let path = format!("{}/tests/fixtures/names/{file}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path)
        .unwrap()
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| l.split('\t').map(str::to_owned).collect())
        .collect()
}

fn failures_report(failures: &[String], total: usize) {
    assert!(
        failures.is_empty(),
        "{} of {total} wrong:\n{}",
        failures.len(),
        failures.join("\n")
    );
    assert!(total > 0);
}

#[test]
fn a_position_in_the_other_language_is_a_warning_anywhere() {
    let yaml = "form: annual-plan\nlang: ky\nyear: 2025-2026\nteachers:\n  - name: Асанов Бакыт\n    position: старший преподаватель\n  - name: Токтогулова Айжан\n    position: ага окутуучу\n";
    let out = check_json("plan-position", yaml);
    let warnings: Vec<&str> = out
        .lines()
        .filter(|l| l.contains("\"rule\":\"position\""))
        .collect();
    assert_eq!(warnings.len(), 1, "{out}");
    assert!(
        warnings[0].contains("\"line\":6") && warnings[0].contains("ага окутуучу"),
        "{out}"
    );
    let ru = yaml.replace("lang: ky", "lang: ru");
    let out = check_json("plan-position-ru", &ru);
    let warnings: Vec<&str> = out
        .lines()
        .filter(|l| l.contains("\"rule\":\"position\""))
        .collect();
    assert_eq!(warnings.len(), 1, "{out}");
    assert!(
        warnings[0].contains("\"line\":8") && warnings[0].contains("старший преподаватель"),
        "{out}"
    );
}

#[test]
fn the_built_in_examples_read_without_doubt() {
    let dir = tmp("examples-clean");
    for form in FORMS {
        for lang in ["ky", "ru"] {
            let o = run(&dir, &["new", form, "--lang", lang]);
            assert!(o.status.success());
            let out = check_json("example", &stdout(&o));
            for rule in ["name", "gender", "position"] {
                assert!(
                    !out.contains(&format!("\"rule\":\"{rule}\"")),
                    "{form} {lang}: {out}"
                );
            }
        }
    }
}

#[test]
fn new_shows_the_kyrgyz_and_russian_words_of_each_choice() {
    let dir = tmp("new-aliases");
    let ky = stdout(&run(&dir, &["new", "application", "--lang", "ky"]));
    for word in [
        "курстар",
        "курсы",
        "стажировка",
        "ооба",
        "нет",
        "кыргызча",
        "русский",
        "эр",
        "аял",
    ] {
        assert!(ky.contains(word), "`new` does not show {word}:\n{ky}");
    }
    assert!(!ky.contains("{choices:"), "{ky}");
    // Only the kinds an application takes.
    assert!(!ky.contains("аспирантура"), "{ky}");
    let plan = stdout(&run(&dir, &["new", "annual-plan", "--lang", "ru"]));
    for word in ["аспирантура", "без отрыва", "договор", "грант"] {
        assert!(plan.contains(word), "`new` does not show {word}:\n{plan}");
    }
}

#[test]
fn every_surname_of_the_table_printed_in_an_application() {
    // Each surname of the table as the rector (dative) and as the applicant
    // (genitive) of a Russian application, rendered by `batch` and read back.
    let dir = tmp("surnames-e2e");
    std::fs::create_dir_all(dir.join("in")).unwrap();
    let surnames = rows("ru-surnames.tsv");
    for (i, s) in surnames.iter().enumerate() {
        let yaml = application(
            &format!("{{name: \"{} А.Б.\", gender: {}}}", s[0], s[1]),
            &format!("{{name: \"{} В.Г.\", gender: {}}}", s[0], s[1]),
        );
        write(&dir.join("in"), &format!("n{i:03}.yaml"), &yaml);
    }
    let o = run(&dir, &["batch", "in", "-o", "out"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let mut failures = Vec::new();
    for (i, s) in surnames.iter().enumerate() {
        let text = pdf_text(&dir.join(format!("out/n{i:03}.ru.pdf")), None);
        let to = format!("А.Б. {}", s[3]);
        let from = format!("В.Г. {}", s[2]);
        if !text.contains(&to) || !text.contains(&from) {
            failures.push(format!(
                "{} {}: want «{to}» and «{from}» in: {text}",
                s[0], s[1]
            ));
        }
    }
    failures_report(&failures, surnames.len());
}

#[test]
fn the_certificate_names_the_teachers_position_in_the_forms_language() {
    for (lang, position, printed, warns) in [
        (
            "ky",
            "ага окутуучу",
            "Информатика кафедрасынын ага окутуучусу",
            false,
        ),
        (
            "ky",
            "кафедра башчысы",
            "Информатика кафедрасынын башчысы",
            false,
        ),
        (
            "ky",
            "старший преподаватель",
            "Информатика кафедрасынын ага окутуучусу",
            true,
        ),
        (
            "ky",
            "ведущий инженер-программист",
            "кафедрасынын ведущий инженер-программист",
            true,
        ),
        (
            "ru",
            "заведующая кафедрой",
            "заведующая кафедрой «Информатика»",
            false,
        ),
        ("ru", "доцент", "доцент кафедры «Информатика»", false),
    ] {
        let yaml = certificate(&format!(
            "{{name: Асанова Айгүл Бакытовна, position: {position}, department: Информатика}}"
        ))
        .replace("lang: ru", &format!("lang: {lang}"));
        let (o, text) = render("certificate-position", &yaml);
        assert!(o.status.success(), "{position}: {}", stderr(&o));
        assert!(
            text.contains(printed),
            "{lang} {position} → {printed}: {text}"
        );
        for wrong in [
            "преподавательи",
            "программисти",
            "кафедрасынын кафедра",
            "кафедрой кафедры",
        ] {
            assert!(!text.contains(wrong), "{lang} {position}: {text}");
        }
        let out = check_json("certificate-position-json", &yaml);
        let n = out.matches("\"rule\":\"position\"").count();
        assert_eq!(n, usize::from(warns), "{lang} {position}: {out}");
    }
}
