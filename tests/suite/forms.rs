//! Every form as a user makes it: from YAML to PDF through the binary,
//! read back with poppler's tools.

use crate::common::*;
use std::path::Path;

/// What each built-in example must show once printed: labels of the form,
/// names shortened, dates in the language's style, and the data's values.
const EXPECTED: &[(&str, &str, &[&str])] = &[
    (
        "application",
        "ky",
        &[
            "4-тиркеме",
            "БИЛДИРҮҮ",
            "ТалМУнун ректору",
            "Ж.С. Шаршембиевге",
            "Информатика кафедрасынын",
            "ага окутуучусу",
            "Б.Ж. Асановдон",
            "стажировкага",
            "Маалыматтык технологияларды окутуу методикасы",
            "2025-жылдын 3-ноябрынан 16-ноябрына чейин",
            "окуу процессинен тыныгуу менен",
            "«20» октябрь 2025-ж.",
            "Арыз ээси",
            "Б.Ж. Асанов",
            "Кафедра башчысынын макулдугу",
            "А.М. Токтогулова",
            "Н. Тургунбек уулу",
            "Г.А. Мамытова",
            "(колу)",
            "(Ф.А.А.)",
        ],
    ),
    (
        "application",
        "ru",
        &[
            "Приложение 4",
            "ЗАЯВЛЕНИЕ",
            "Ректору ТалГУ",
            "Ж.С. Шаршембиеву",
            "кафедры «Информатика»",
            "доцента",
            "Б.Ж. Асанова",
            "на курсы повышения квалификации",
            "Цифровые технологии в образовании",
            "с 3 по 14 ноября 2025 г.",
            "без отрыва от учебного процесса",
            "«20» октября 2025 г.",
            "Заявитель",
            "(подпись)",
            "(Ф.И.О.)",
        ],
    ),
    (
        "annual-plan",
        "ky",
        &[
            "2-тиркеме",
            "БЕКИТЕМИН",
            "Табигый илимдер факультетинин деканы",
            "Н. Тургунбек уулу",
            "«05» сентябрь 2025-ж.",
            "2025-2026-окуу жылындагы Информатика кафедрасынын",
            "Асанов Бакыт Жумабекович",
            "Стажировка",
            "03.11.2025",
            "16.11.2025",
            "72 саат",
            "Кыргыз улуттук университети",
            // The country by its name (CLDR), not its code.
            "Казакстан",
            "Кесиптик",
            // Each teacher's direction, as the plan fixes it (4.1).
            "Киберкоопсуздук",
            "280 саат",
            "кафедра башчысы",
            "А.М. Токтогулова",
        ],
    ),
    (
        "annual-plan",
        "ru",
        &[
            "Приложение 2",
            "УТВЕРЖДАЮ",
            "Декан факультета «Естественные науки»",
            "«05» сентября 2025 г.",
            "кафедры «Информатика» на 2025–2026 учебный год",
            // A cell that wraps reads in pieces; tests/suite/layout.rs checks cells.
            "Профессиональная",
            "72 ч.",
            "Заведующий кафедрой «Информатика» ТалГУ",
        ],
    ),
    (
        "perspective-plan",
        "ky",
        &[
            "1-тиркеме",
            "БЕКИТЕМИН",
            "ТалМУнун окуу жана илимий иштер боюнча проректору",
            "Т.С. Абдыкадыров",
            "«20» июнь 2025-ж.",
            "2025-2028-окуу жылдары үчүн келечектүү планы",
            "2025-2026-окуу жылы",
            "2027-2028-окуу жылы",
            "методика",
            "Асанов Бакыт Жумабекович",
            "т.и.к.",
            "2019, 2022",
            "Билим берүүнүн сапаты",
            "Г.А. Мамытова",
        ],
    ),
    (
        "perspective-plan",
        "ru",
        &[
            "Приложение 1",
            "УТВЕРЖДАЮ",
            "Проректор ТалГУ по учебной и научной работе",
            "«20» июня 2025 г.",
            "Перспективный план",
            "2026–2027 учебный год",
            "Обучается в аспирантуре",
        ],
    ),
    (
        "report",
        "ky",
        &[
            "3-тиркеме",
            "Окутуучунун квалификацияны жогорулатуу боюнча отчету",
            "Окуунун максаты",
            "Асанов Бакыт Жумабекович",
            "Интерактивдүү лекцияларды даярдоо",
            "Алынган билимдер төмөнкүлөрдө колдонулат",
            "Булуттагы эсептөөлөр",
            "Сертификат",
            "КР-2025-0412",
            "Окутуучу",
            "Б.Ж. Асанов",
            "«27» ноябрь 2025-ж.",
        ],
    ),
    (
        "report",
        "ru",
        &[
            "Приложение 3",
            "Отчёт преподавателя о повышении квалификации",
            "Цель обучения",
            "Удостоверение о повышении квалификации",
            "Отчёт утверждён заведующим кафедрой",
            "«27» ноября 2025 г.",
        ],
    ),
    (
        "internship-program",
        "ky",
        &[
            "5-тиркеме",
            "БЕКИТЕМИН",
            "Стажировканын программасы",
            "Программанын аталышы",
            "Өз алдынча теориялык даярдоо",
            "Окуу сабактарына катышуу жана ачык сабак өткөрүү",
            "Кафедра башчысы",
            "Э.Б. Сыдыков",
            "«25» октябрь 2025-ж.",
        ],
    ),
    (
        "internship-program",
        "ru",
        &[
            "Приложение 5",
            "УТВЕРЖДАЮ",
            "Программа стажировки",
            "План стажировки",
            "Итого",
            "Руководитель стажировки",
        ],
    ),
    (
        "internship-certificate",
        "ky",
        &[
            "6-тиркеме",
            "Стажировка өткөндүгү тууралуу маалымат",
            "Асанов Бакыт Жумабекович",
            "стажировкадан өттү",
            "72 саат аткарылды",
            "Стажировканын жетекчиси",
            "К.Т. Осмонов",
            "М.О.",
        ],
    ),
    (
        "internship-certificate",
        "ru",
        &[
            "Приложение 6",
            "Справка о прохождении стажировки",
            "прошла стажировку",
            "М.П.",
            "Руководитель стажировки",
        ],
    ),
    (
        "minutes",
        "ky",
        &[
            "«Информатика» кафедрасынын отурумунун №5 протоколунан КӨЧҮРМӨ",
            "Кафедранын мүчөлөрү: 12. Катышкандар: 10.",
            "УГУЛДУ:",
            "СӨЗ СҮЙЛӨДҮ:",
            "ТОКТОМ:",
            "Көчүрмө туура:",
            "Отурумдун катчысы",
        ],
    ),
    (
        "minutes",
        "ru",
        &[
            "ВЫПИСКА из протокола заседания кафедры «Информатика» №5",
            "Членов кафедры: 12. Присутствовали: 10.",
            "СЛУШАЛИ:",
            "ВЫСТУПИЛИ:",
            "ПОСТАНОВИЛИ:",
            "Выписка верна:",
            "Секретарь заседания",
        ],
    ),
];

fn demo(dir: &Path) {
    let out = run(dir, &["demo", "-o", "out"]);
    assert!(out.status.success(), "demo failed: {}", stderr(&out));
}

#[test]
fn demo_renders_every_form_in_both_languages_with_its_data() {
    let dir = tmp("demo");
    demo(&dir);
    let mut missing = Vec::new();
    for (form, lang, expected) in EXPECTED {
        let pdf = dir.join("out").join(format!("{form}.{lang}.pdf"));
        let text = pdf_text(&pdf, None);
        for e in *expected {
            if !text.contains(e) {
                missing.push(format!(
                    "{form}.{lang}: «{e}» missing from the PDF text:\n{text}"
                ));
            }
        }
    }
    assert!(missing.is_empty(), "{}", missing.join("\n"));
    let n = std::fs::read_dir(dir.join("out")).unwrap().filter(|e| {
        e.as_ref()
            .unwrap()
            .path()
            .extension()
            .is_some_and(|x| x == "pdf")
    });
    assert_eq!(n.count(), 2 * FORMS.len());
}

#[test]
fn markup_in_data_prints_verbatim() {
    let dir = tmp("verbatim");
    let evil = r#"*x* #eval("1") $y$ <l> @r"#;
    let yaml = format!(
        "form: application\nlang: ky\napplicant: {{name: Асанов Бакыт, department: 'Информатика'}}\ndirection: '{evil}'\n"
    );
    write(&dir, "a.yaml", &yaml);
    let out = run(&dir, &["render", "a.yaml", "-o", "a.pdf"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(pdf_text(&dir.join("a.pdf"), None).contains(evil));
}

#[test]
fn a_long_annual_plan_repeats_its_header_on_every_page() {
    let dir = tmp("long");
    let mut yaml =
        String::from("form: annual-plan\nyear: 2025-2026\ndepartment: Информатика\nteachers:\n");
    for i in 1..=60 {
        yaml += &format!(
            "  - name: Окутуучу{i} Бакыт Жумабекович\n    position: доцент\n    subject: Программалоо жана маалыматтык системалардын архитектурасы\n    last_courses: [2022]\n    kind: course\n    start: 2025-11-03\n    end: 2025-11-14\n    hours: 72\n    institution: Кыргыз улуттук университети\n"
        );
    }
    write(&dir, "plan.yaml", &yaml);
    let out = run(&dir, &["render", "plan.yaml", "-o", "plan.pdf"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let pdf = dir.join("plan.pdf");
    let n = pages(&pdf);
    assert!(n >= 3, "60 rows on {n} pages");
    for p in 1..=n {
        let text = pdf_layout_text(&pdf, Some((p, p)));
        assert!(
            text.contains("Окутуучулардын"),
            "page {p} has no header: {text}"
        );
        assert!(
            text.contains("1 2 3 4 5 6 7 8 9"),
            "page {p} has no row of column numbers"
        );
    }
    let all = pdf_text(&pdf, None);
    assert!(all.contains("Окутуучу1 Бакыт") && all.contains("Окутуучу60 Бакыт"));
}

#[test]
fn the_same_input_gives_the_same_bytes() {
    let dir = tmp("same");
    write(
        &dir,
        "a.yaml",
        tirkeme::forms::FormId::from_id("report")
            .unwrap()
            .example(tirkeme::locale::Lang::Ky),
    );
    assert!(
        run(&dir, &["render", "a.yaml", "-o", "1.pdf"])
            .status
            .success()
    );
    assert!(
        run(&dir, &["render", "a.yaml", "-o", "2.pdf"])
            .status
            .success()
    );
    let (a, b) = (
        std::fs::read(dir.join("1.pdf")).unwrap(),
        std::fs::read(dir.join("2.pdf")).unwrap(),
    );
    assert!(a == b, "two renders differ");
}

#[test]
fn kyrgyz_letters_come_from_the_bundled_font() {
    let dir = tmp("glyphs");
    write(
        &dir,
        "a.yaml",
        "form: application\napplicant: Ңөүнбаев Өмүр Үсөнович\ndirection: ҢңӨөҮү\n",
    );
    let out = run(&dir, &["render", "a.yaml", "-o", "a.pdf"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(pdf_text(&dir.join("a.pdf"), None).contains("ҢңӨөҮү"));
    let fonts = std::process::Command::new("pdffonts")
        .arg(dir.join("a.pdf"))
        .output()
        .unwrap();
    let fonts = String::from_utf8_lossy(&fonts.stdout);
    let rows: Vec<&str> = fonts.lines().skip(2).collect();
    assert!(!rows.is_empty());
    for row in rows {
        assert!(
            row.contains("LiberationSerif"),
            "a font other than the bundled one: {row}"
        );
        assert!(row.contains(" yes "), "font not embedded: {row}");
    }
}

#[test]
fn names_are_shortened_as_signatures_need() {
    let dir = tmp("names");
    for (i, name) in ["Нурлан Тургунбек уулу", "Тургунбек уулу Нурлан"]
        .iter()
        .enumerate()
    {
        write(
            &dir,
            &format!("{i}.yaml"),
            &format!("form: application\napplicant: {name}\n"),
        );
        assert!(
            run(
                &dir,
                &["render", &format!("{i}.yaml"), "-o", &format!("{i}.pdf")]
            )
            .status
            .success()
        );
        assert!(pdf_text(&dir.join(format!("{i}.pdf")), None).contains("Н. Тургунбек уулу"));
    }
}

#[test]
fn blank_fields_print_lines_to_fill_by_hand() {
    let dir = tmp("blank");
    write(
        &dir,
        "a.yaml",
        "form: internship-program\nlang: ru\nteacher: Асанов Бакыт\n",
    );
    let out = run(&dir, &["render", "a.yaml", "-o", "a.pdf"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = pdf_text(&dir.join("a.pdf"), None);
    assert!(text.contains("«___» _______________ 20___ г."), "{text}");
    assert!(text.contains("УТВЕРЖДАЮ"));
    // A certificate with nothing known of the teacher (a draft: the name is
    // required): the regulation's captions under the lines of the sentence.
    write(&dir, "c.yaml", "form: internship-certificate\n");
    let out = run(&dir, &["render", "--draft", "c.yaml", "-o", "c.pdf"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = pdf_text(&dir.join("c.pdf"), None);
    assert!(text.contains("(аты-жөнү, кызматы, кафедрасы)"), "{text}");
    assert!(text.contains("(багыты көрсөтүлөт)"), "{text}");
}

#[test]
fn blank_prints_every_form_empty_for_a_pen_and_not_as_a_draft() {
    let dir = tmp("blank-cmd");
    for form in FORMS {
        for lang in ["ky", "ru"] {
            let out = run(&dir, &["blank", form, "--lang", lang]);
            assert!(out.status.success(), "{form} {lang}: {}", stderr(&out));
            let pdf = dir.join(format!("{form}.blank.{lang}.pdf"));
            let text = pdf_text(&pdf, None);
            // The label first on the page, or none for a document that is
            // not an appendix.
            match appendix_label(form, lang) {
                Some(label) => assert!(
                    text.trim_start().starts_with(&label),
                    "{form} {lang}: {text}"
                ),
                None => assert!(
                    !text.contains("-тиркеме") && !text.contains("Приложение "),
                    "{form} {lang}: {text}"
                ),
            }
            // Empty is not wrong: no draft mark, no finding shown.
            for mark in ["ДОЛБООР", "ПРОЕКТ"] {
                assert!(!text.contains(mark), "{form} {lang} marked {mark}");
            }
            assert!(!stderr(&out).contains("error"), "{}", stderr(&out));
            // Lines to write on (every blank form has at least its date's
            // «___» ________ 20___); the whole text, captions included, is
            // compared by `every_form_reads_exactly_as_its_snapshot`. (Was
            // `contains('(')`, which every form's «(колу)» satisfied.)
            assert!(text.contains("___"), "{form} {lang}: {text}");
        }
    }
    let text = pdf_text(&dir.join("internship-certificate.blank.ky.pdf"), None);
    assert!(text.contains("(аты-жөнү, кызматы, кафедрасы)"), "{text}");
    // Filled by hand for anyone: neither «прошёл» nor «прошла» alone.
    let text = pdf_text(&dir.join("internship-certificate.blank.ru.pdf"), None);
    assert!(text.contains("прошёл(-ла) стажировку"), "{text}");
    let text = pdf_text(&dir.join("application.blank.ru.pdf"), None);
    assert!(
        text.contains("ЗАЯВЛЕНИЕ") && text.contains("(Ф.И.О.)"),
        "{text}"
    );
}

/// Every form, filled in (`demo`) and blank, in Kyrgyz and Russian: its
/// whole text, line by line as a reader gets it, compared exactly with
/// `tests/snapshots/forms/<form>.<lang>.txt` (and `<form>.blank.<lang>`).
/// A wrong word, label or case fails here, not only a missing one.
/// `SNAPSHOTS=overwrite` accepts a meant change (read the diff first); a
/// difference leaves the new text beside the reference as `.txt.new`.
#[test]
fn every_form_reads_exactly_as_its_snapshot() {
    let dir = tmp("text-snapshots");
    demo(&dir);
    let mut failures = Vec::new();
    for form in FORMS {
        for lang in ["ky", "ru"] {
            let filled = dir.join("out").join(format!("{form}.{lang}.pdf"));
            let out = run(&dir, &["blank", form, "--lang", lang]);
            assert!(out.status.success(), "{form} {lang}: {}", stderr(&out));
            let blank = dir.join(format!("{form}.blank.{lang}.pdf"));
            for (name, pdf) in [
                (format!("forms/{form}.{lang}"), filled),
                (format!("forms/{form}.blank.{lang}"), blank),
            ] {
                if let Err(why) = snapshot_check(&name, &pdf_lines(&pdf)) {
                    failures.push(why);
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn new_gives_a_valid_example_that_renders() {
    let dir = tmp("new");
    for form in FORMS {
        for lang in ["ky", "ru"] {
            let out = run(&dir, &["new", form, "--lang", lang]);
            assert!(out.status.success());
            let text = stdout(&out);
            assert!(text.starts_with("# "), "the example starts with a comment");
            let file = write(&dir, &format!("{form}.yaml"), &text);
            let out = run(&dir, &["render", file.to_str().unwrap(), "-o", "x.pdf"]);
            assert!(out.status.success(), "{form} {lang}: {}", stderr(&out));
            assert!(
                stderr(&out).is_empty() || !stderr(&out).contains("warning"),
                "{}",
                stderr(&out)
            );
        }
    }
    let out = run(&dir, &["new", "aplication"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("application"));
}

#[test]
fn lang_on_the_command_line_overrides_the_file() {
    let dir = tmp("lang");
    write(
        &dir,
        "a.yaml",
        tirkeme::forms::FormId::from_id("application")
            .unwrap()
            .example(tirkeme::locale::Lang::Ky),
    );
    let out = run(&dir, &["render", "a.yaml", "--lang", "ru"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(pdf_text(&dir.join("a.ru.pdf"), None).contains("ЗАЯВЛЕНИЕ"));
}

#[test]
fn a_new_user_goes_from_new_to_a_pdf() {
    let dir = tmp("newuser");
    let out = run(&dir, &["new", "application", "-o", "application.yaml"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("tirkeme render application.yaml"),
        "tells what to do next: {}",
        stderr(&out)
    );
    let again = run(&dir, &["new", "application", "-o", "application.yaml"]);
    assert_eq!(again.status.code(), Some(2), "never over an existing file");
    let out = run(&dir, &["render", "application.yaml"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stderr(&out).contains("application.ky.pdf"));
    assert!(pdf_text(&dir.join("application.ky.pdf"), None).contains("БИЛДИРҮҮ"));
}

#[test]
fn output_may_be_a_folder() {
    let dir = tmp("outdir");
    write(
        &dir,
        "заявление 1.yaml",
        tirkeme::forms::FormId::from_id("application")
            .unwrap()
            .example(tirkeme::locale::Lang::Ru),
    );
    std::fs::create_dir_all(dir.join("pdf")).unwrap();
    let out = run(&dir, &["render", "заявление 1.yaml", "-o", "pdf"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(dir.join("pdf/заявление_1.ru.pdf").exists());
}
