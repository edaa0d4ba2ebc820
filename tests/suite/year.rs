//! The department's year closed (SPEC §13): a department folder built as a
//! year goes — the annual plan, an application for each row, a program for
//! each internship, then certificates (one late, one missing) and reports
//! (one returned) — and what `draft minutes`, `execution` (text, JSON,
//! CSV, PDF), `status` and the page make of it, checked against what a
//! person counts by hand.

use std::path::{Path, PathBuf};

use crate::common::{pdf_text, run, stderr, stdout, tmp, write};

/// The date the year is judged on: after every end but one.
const ON: &str = "2026-06-30";

/// One teacher's row of the plan.
struct Planned {
    name: &'static str,
    kind: &'static str,
    start: &'static str,
    end: &'static str,
}

/// The plan of the Informatics department for 2025-2026. By hand, on 30
/// June 2026:
/// 1. Асанов, internship in November: certificate handed over 9 days after
///    the end, report heard and approved → done;
/// 2. Сатыбалдиева, internship in January: certificate handed over 26 days
///    after the end → late;
/// 3. Жумабаев, course in February: his report was returned for revision
///    → missed (no other proof), the returned report named;
/// 4. Нурлан Тургунбек уулу, internship in March: nothing filed → missed;
/// 5. Осмонова, course until 10 July → open;
/// 6. Кадыров, seminar in April: report filed, not yet heard → done.
const PLAN: [Planned; 6] = [
    Planned {
        name: "Асанов Бакыт Жумабекович",
        kind: "internship",
        start: "2025-11-03",
        end: "2025-11-16",
    },
    Planned {
        name: "Сатыбалдиева Нургүл Асановна",
        kind: "internship",
        start: "2026-01-12",
        end: "2026-01-25",
    },
    Planned {
        name: "Жумабаев Улан Токтогулович",
        kind: "course",
        start: "2026-02-02",
        end: "2026-02-14",
    },
    Planned {
        name: "Нурлан Тургунбек уулу",
        kind: "internship",
        start: "2026-03-02",
        end: "2026-03-15",
    },
    Planned {
        name: "Осмонова Айгүл Бакытовна",
        kind: "course",
        start: "2026-06-15",
        end: "2026-07-10",
    },
    Planned {
        name: "Кадыров Марат Асанович",
        kind: "seminar",
        start: "2026-04-10",
        end: "2026-04-12",
    },
];

fn plan_yaml(lang: &str, department: &str) -> String {
    let mut y = format!(
        "form: annual-plan\nlang: {lang}\nyear: 2025-2026\nfaculty: Табигый илимдер\n\
         department: {department}\nhead: Токтогулова Айжан Мирлан кызы\nteachers:\n"
    );
    for p in &PLAN {
        y.push_str(&format!(
            "  - name: {}\n    position: окутуучу\n    kind: {}\n    start: {}\n    end: {}\n    hours: 72\n    institution: Кыргыз улуттук университети\n",
            p.name, p.kind, p.start, p.end
        ));
    }
    y
}

fn certificate_yaml(p: &Planned, submitted: &str) -> String {
    format!(
        "form: internship-certificate\nlang: ky\nteacher:\n  name: {}\n  position: окутуучу\n  department: Информатика\n\
         direction: Маалыматтык технологиялар\nhost:\n  name: Кыргыз улуттук университети\n  unit: Информатика кафедрасы\n  head: Осмонов Кубанычбек Токтосунович\n\
         start: {}\nend: {}\nhours: 72\nsupervisor: Сыдыков Эрлан Бакирович\nsubmitted: {submitted}\n",
        p.name, p.start, p.end
    )
}

fn report_yaml(p: &Planned, date: &str) -> String {
    format!(
        "form: report\nlang: ky\nteacher:\n  name: {}\n  position: окутуучу\n  department: Информатика\n\
         goal: Билимди тереңдетүү.\nplace: Кыргыз улуттук университети\nstart: {}\nend: {}\n\
         certificate: {{kind: certificate, number: КР-1, issued: {}, hours: 72}}\ndate: {date}\n",
        p.name, p.start, p.end, p.end
    )
}

fn application_yaml(p: &Planned) -> String {
    format!(
        "form: application\nlang: ky\nrector: Шаршембиев Жаныбек Сейитбекович\napplicant:\n  name: {}\n  department: Информатика\n  position: окутуучу\n\
         kind: {}\ndirection: Маалыматтык технологиялар\ninstitution: Кыргыз улуттук университети\nstart: {}\nend: {}\n\
         break_from_teaching: true\ndate: 2025-10-01\n",
        p.name, p.kind, p.start, p.end
    )
}

fn program_yaml(p: &Planned) -> String {
    format!(
        "form: internship-program\nlang: ky\nteacher:\n  name: {}\n  position: окутуучу\n  department: Информатика\n\
         title: Маалыматтык технологияларды окутуу\ngoal: Алдыңкы ЖОЖдун тажрыйбасын үйрөнүү.\nhost: {{name: Кыргыз улуттук университети, country: KG}}\n\
         plan:\n  - {{activity: self-study, hours: 36}}\n  - {{activity: skills, hours: 36}}\nstart: {}\nend: {}\nhours: 72\n\
         head: Токтогулова Айжан Мирлан кызы\nsupervisor: Сыдыков Эрлан Бакирович\n",
        p.name, p.start, p.end
    )
}

/// The folder of one department as the year left it (without minutes): the
/// plan, an application for each row, a program for each internship, the
/// certificates and reports filed.
fn department(dir: &Path, lang: &str, department: &str) {
    write(dir, "plan.yaml", &plan_yaml(lang, department));
    for (i, p) in PLAN.iter().enumerate() {
        write(
            dir,
            &format!("application-{}.yaml", i + 1),
            &application_yaml(p),
        );
        if p.kind == "internship" {
            write(dir, &format!("program-{}.yaml", i + 1), &program_yaml(p));
        }
    }
    write(
        dir,
        "asanov-certificate.yaml",
        &certificate_yaml(&PLAN[0], "2025-11-25"),
    );
    write(
        dir,
        "asanov-report.yaml",
        &report_yaml(&PLAN[0], "2025-11-20"),
    );
    write(
        dir,
        "satybaldieva-certificate.yaml",
        &certificate_yaml(&PLAN[1], "2026-02-20"),
    );
    write(
        dir,
        "jumabaev-report.yaml",
        &report_yaml(&PLAN[2], "2026-02-20"),
    );
    write(
        dir,
        "kadyrov-report.yaml",
        &report_yaml(&PLAN[5], "2026-04-20"),
    );
    // Not a document: it is read past with a warning, not counted.
    write(dir, "notes.yaml", "just: notes\n");
}

fn folder(name: &str) -> PathBuf {
    let dir = tmp(name);
    department(&dir, "ky", "Информатика");
    dir
}

fn json_lines(text: &str) -> Vec<serde_json::Value> {
    text.lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

fn state_of<'a>(lines: &'a [serde_json::Value], teacher: &str) -> &'a str {
    lines
        .iter()
        .find(|l| l["teacher"] == teacher)
        .unwrap_or_else(|| panic!("no line for {teacher}"))["state"]
        .as_str()
        .unwrap()
}

#[test]
fn execution_counts_each_row_as_a_person_would() {
    let dir = folder("exec-json");
    let o = run(&dir, &["execution", ".", "--on", ON, "--format", "json"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stderr(&o).contains("notes.yaml"), "{}", stderr(&o));
    let lines = json_lines(&stdout(&o));
    assert_eq!(lines.len(), 6);
    // By hand (see PLAN): done 3, late 1, open 1, missed 1; the
    // applications and programs prove nothing done.
    let count = |s: &str| lines.iter().filter(|l| l["state"] == s).count();
    assert_eq!(
        (count("done"), count("late"), count("open"), count("missed")),
        (3, 1, 1, 1)
    );
    assert_eq!(state_of(&lines, PLAN[0].name), "done");
    assert_eq!(state_of(&lines, PLAN[1].name), "late");
    assert_eq!(state_of(&lines, PLAN[3].name), "missed");
    assert_eq!(state_of(&lines, PLAN[4].name), "open");
    assert_eq!(state_of(&lines, PLAN[5].name), "done");
    // The proof is the certificate where there is one, with its file.
    let asanov = &lines[0];
    assert_eq!(asanov["document"], "asanov-certificate.yaml");
    assert_eq!(asanov["department"], "Информатика");
    assert_eq!(asanov["kind"], "internship");
    assert_eq!(asanov["start"], "2025-11-03");
    assert_eq!(asanov["end"], "2025-11-16");
    let late = &lines[1];
    assert_eq!(late["submitted"], "2026-02-20");
    assert_eq!(late["days_late"], 26);
    assert_eq!(lines[3]["document"], serde_json::Value::Null);
    assert_eq!(lines[5]["document"], "kadyrov-report.yaml");
}

#[test]
fn the_day_after_the_deadline_is_late_and_the_last_day_is_not() {
    let dir = tmp("exec-deadline");
    write(&dir, "plan.yaml", &plan_yaml("ky", "Информатика"));
    // 15 days after 25 January is 9 February: in time; the 10th is late.
    write(&dir, "a.yaml", &certificate_yaml(&PLAN[0], "2025-12-01"));
    write(&dir, "b.yaml", &certificate_yaml(&PLAN[1], "2026-02-10"));
    let o = run(&dir, &["execution", ".", "--on", ON, "--format", "json"]);
    let lines = json_lines(&stdout(&o));
    assert_eq!(state_of(&lines, PLAN[0].name), "done");
    assert_eq!(state_of(&lines, PLAN[1].name), "late");
    assert_eq!(lines[1]["days_late"], 16);
    // A course row is missed on the day after its end, open on its end.
    let o = run(
        &dir,
        &["execution", ".", "--on", "2026-02-14", "--format", "json"],
    );
    assert_eq!(state_of(&json_lines(&stdout(&o)), PLAN[2].name), "open");
    let o = run(
        &dir,
        &["execution", ".", "--on", "2026-02-15", "--format", "json"],
    );
    assert_eq!(state_of(&json_lines(&stdout(&o)), PLAN[2].name), "missed");
}

#[test]
fn the_table_totals_each_department_and_all() {
    let a = folder("exec-a");
    let b = tmp("exec-b");
    department(&b, "ru", "Математика");
    let o = run(
        &a,
        &[
            "execution",
            ".",
            b.to_str().unwrap(),
            "--on",
            ON,
            "--year",
            "2025-2026",
        ],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let text = stdout(&o);
    let per = "planned: 6; done: 3, certificate late: 1, not over yet: 1, missed: 1";
    assert_eq!(text.matches(per).count(), 2, "{text}");
    assert!(
        text.contains(
            "all departments: planned: 12; done: 6, certificate late: 2, not over yet: 2, missed: 2"
        ),
        "{text}"
    );
    assert!(
        text.contains("Информатика\n") && text.contains("Математика\n"),
        "{text}"
    );
    assert!(
        text.contains("done, certificate late (handed over 20.02.2026, 26 days after the end)"),
        "{text}"
    );
    // Another year: nothing to count is an invalid input, said as such.
    let o = run(&a, &["execution", ".", "--year", "2024-2025"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("no annual plan of 2024-2025"),
        "{}",
        stderr(&o)
    );
    let o = run(&a, &["execution", ".", "--year", "2024-2026"]);
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn csv_is_safe_to_open_in_a_spreadsheet() {
    let dir = tmp("exec-csv");
    write(
        &dir,
        "plan.yaml",
        &plan_yaml("ky", "=HYPERLINK(\"http://x\")"),
    );
    let o = run(&dir, &["execution", ".", "--on", ON, "--format", "csv"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let text = stdout(&o);
    assert!(text.starts_with('\u{feff}'), "no BOM");
    let mut lines = text.trim_start_matches('\u{feff}').lines();
    assert_eq!(
        lines.next().unwrap(),
        "department,teacher,kind,start,end,state,document,plan,year,submitted,days_late,returned"
    );
    let first = lines.next().unwrap();
    assert!(first.starts_with("\"'=HYPERLINK("), "{first}");
    assert!(
        first.contains(",2025-11-03,2025-11-16,missed,,plan.yaml,2025-2026,"),
        "{first}"
    );
    assert_eq!(lines.count(), 5);
}

#[test]
fn the_printed_execution_counts_as_the_table_does() {
    let dir = folder("exec-pdf");
    let o = run(
        &dir,
        &["execution", ".", "--on", ON, "--pdf", "execution.pdf"],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let text = pdf_text(&dir.join("execution.pdf"), None);
    for want in [
        "ТалМУ",
        "2025-2026-окуу жылындагы окутуучулардын квалификациясын жогорулатуу планынын аткарылышы",
        "30.06.2026 абалы боюнча",
        "«Информатика» кафедрасы",
        "Окутуучунун аты-жөнү",
        "Асанов Бакыт Жумабекович",
        "asanov-certificate.yaml",
        "Стажировка",
        "03.11.2025 – 16.11.2025",
        // The late row's state, wrapped in its cell.
        "аткарылды, маалымат кечикти",
        "(20.02.2026 берилген,",
        "аяктагандан 26 күн өткөндө)",
        "Пландалган: 6; аткарылды: 3, маалымат кечиккен: 1, мөөнөтү бүтө элек: 1, аткарылган жок: 1.",
        "А.М. Токтогулова",
    ] {
        assert!(text.contains(want), "{want:?} not in {text}");
    }
    assert_eq!(text.matches("аткарылган жок").count(), 2, "{text}");
    assert_eq!(text.matches("мөөнөтү бүтө элек").count(), 2, "{text}");
}

/// The minutes a secretary writes from the draft: everything approved but
/// Жумабаев's report, which is returned for revision.
fn minutes_from_draft(dir: &Path) -> String {
    let o = run(
        dir,
        &[
            "draft",
            "minutes",
            ".",
            "--number",
            "7",
            "--date",
            "2026-03-05",
        ],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let draft = stdout(&o);
    let mut out = String::new();
    let mut in_jumabaev = false;
    for line in draft.lines() {
        if line.starts_with("- ") || line.starts_with("  - heard") || line.starts_with("-   heard")
        {
            in_jumabaev = false;
        }
        if line.contains("Жумабаев") {
            in_jumabaev = true;
        }
        if in_jumabaev && line.contains("decision: approve-report") {
            out.push_str(&line.replace("approve-report", "return-report"));
        } else {
            out.push_str(line);
        }
        out.push('\n');
    }
    // What the folder cannot know, the secretary writes.
    let mut kept: String = out
        .lines()
        .filter(|l| !l.starts_with("members:"))
        .map(|l| format!("{l}\n"))
        .collect();
    kept.push_str("members: 12\npresent: 9\nsecretary: Сатыбалдиева Нургүл Асановна\n");
    kept
}

#[test]
fn draft_minutes_has_an_item_for_each_document_waiting() {
    let dir = folder("minutes-draft");
    let o = run(
        &dir,
        &[
            "draft",
            "minutes",
            ".",
            "--number",
            "7",
            "--date",
            "2026-03-05",
        ],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let draft = stdout(&o);
    for want in [
        "form: minutes",
        "lang: ky",
        "department: Информатика",
        "number: 7",
        "date: 2026-03-05",
        "chair: Токтогулова Айжан Мирлан кызы",
        "2025-2026-окуу жылына окутуучулардын квалификациясын жогорулатуу боюнча жылдык план бекитилсин.",
        "Асанов Бакыт Жумабекович, окутуучу: квалификацияны жогорулатуу боюнча отчет (03.11.2025 – 16.11.2025).",
        // Each decision names whose it is, in the genitive.
        "decided: Б.Ж. Асановдун стажировкасынын жыйынтыгы бекитилсин.",
        "decided: Н.А. Сатыбалдиеванын стажировкасынын жыйынтыгы бекитилсин.",
        "decided: У.Т. Жумабаевдин квалификацияны жогорулатуу боюнча отчету бекитилсин.",
        // 6.3: the department considers the programme, the head approves it.
        "decided: Н. Тургунбек уулунун стажировкасынын программасы жактырылсын.",
    ] {
        assert!(draft.contains(want), "{want:?} not in\n{draft}");
    }
    // The plan, three programs, two certificates, three reports: nine
    // decisions (the applications go to the rector, not to the meeting).
    assert_eq!(draft.matches("decision: ").count(), 9, "{draft}");
    assert_eq!(draft.matches("decision: approve-plan").count(), 1);
    assert_eq!(draft.matches("decision: approve-program").count(), 3);
    assert!(!draft.contains("application-"), "{draft}");
    // As a meeting goes: the plan, then the programs, then the results.
    let order: Vec<&str> = draft
        .lines()
        .filter_map(|l| l.trim().strip_prefix("decision: "))
        .collect();
    assert_eq!(
        order,
        [
            "approve-plan",
            "approve-program",
            "approve-program",
            "approve-program",
            "approve-internship",
            "approve-report",
            "approve-report",
            "approve-report",
            "approve-internship"
        ]
    );
    assert_eq!(draft.matches("decision: approve-internship").count(), 2);
    assert_eq!(draft.matches("decision: approve-report").count(), 3);
    for file in [
        "plan.yaml",
        "program-1.yaml",
        "program-2.yaml",
        "program-4.yaml",
        "asanov-certificate.yaml",
        "asanov-report.yaml",
        "satybaldieva-certificate.yaml",
        "jumabaev-report.yaml",
        "kadyrov-report.yaml",
    ] {
        assert_eq!(draft.matches(file).count(), 1, "{file} in\n{draft}");
    }
    // In a Russian department, in Russian, the names declined.
    let ru = tmp("minutes-draft-ru");
    department(&ru, "ru", "Информатика");
    let o = run(
        &ru,
        &[
            "draft",
            "minutes",
            ".",
            "--number",
            "7",
            "--date",
            "2026-03-05",
        ],
    );
    let text = stdout(&o);
    for want in [
        "lang: ru",
        "decided: Утвердить отчёт Б.Ж. Асанова о повышении квалификации.",
        "decided: Утвердить итоги стажировки Н.А. Сатыбалдиевой.",
        "decided: Одобрить программу стажировки Н. Тургунбек уулу.",
    ] {
        assert!(text.contains(want), "{want:?} not in\n{text}");
    }
    // The draft renders as it is.
    write(&dir, "minutes-7.yaml", &draft);
    let o = run(&dir, &["render", "minutes-7.yaml", "-o", "m.pdf"]);
    assert!(o.status.success(), "{}", stderr(&o));
}

#[test]
fn a_year_closed_returned_report_and_what_still_waits() {
    let dir = folder("minutes-year");
    write(
        &dir,
        "roster.yaml",
        "form: roster\ndepartment: Информатика\nteachers:\n  - name: Асанов Бакыт Жумабекович\n",
    );
    // Before any meeting: three reports wait, one certificate was late.
    let o = run(&dir, &["status", "roster.yaml", "--on", ON]);
    assert!(o.status.success(), "{}", stderr(&o));
    let text = stdout(&o);
    assert!(
        text.contains("Сатыбалдиева Нургүл Асановна: satybaldieva-certificate.yaml, internship ended 25.01.2026, handed over 20.02.2026, 26 days after"),
        "{text}"
    );
    assert!(!text.contains("asanov-certificate.yaml"), "{text}");
    // Нурлан's internship ended on 15 March; 107 days later no certificate
    // is in the folder at all. Осмонова's course needs none.
    assert!(
        text.contains("Нурлан Тургунбек уулу: internship of plan.yaml ended 15.03.2026, no certificate in the folder, 107 days since"),
        "{text}"
    );
    assert_eq!(
        text.matches("no certificate in the folder").count(),
        1,
        "{text}"
    );
    for r in [
        "asanov-report.yaml",
        "jumabaev-report.yaml",
        "kadyrov-report.yaml",
    ] {
        assert!(text.contains(r), "{r} not waiting in {text}");
    }
    // The meeting: everything approved, Жумабаев's report returned.
    let minutes = minutes_from_draft(&dir);
    assert_eq!(minutes.matches("return-report").count(), 1, "{minutes}");
    write(&dir, "minutes-7.yaml", &minutes);
    let o = run(&dir, &["check", "minutes-7.yaml"]);
    assert!(o.status.success(), "{}", stdout(&o));
    // The execution now counts Жумабаев's course as missed, the returned
    // report named.
    let o = run(&dir, &["execution", ".", "--on", ON, "--format", "json"]);
    let lines = json_lines(&stdout(&o));
    assert_eq!(state_of(&lines, PLAN[2].name), "missed");
    assert_eq!(lines[2]["returned"], "jumabaev-report.yaml");
    assert_eq!(lines[2]["document"], serde_json::Value::Null);
    let count = |s: &str| lines.iter().filter(|l| l["state"] == s).count();
    assert_eq!(
        (count("done"), count("late"), count("open"), count("missed")),
        (2, 1, 1, 2)
    );
    // Only the returned report still waits, for its revision.
    let o = run(&dir, &["status", "roster.yaml", "--on", ON]);
    let text = stdout(&o);
    assert!(
        text.contains("Жумабаев Улан Токтогулович: jumabaev-report.yaml was returned for revision"),
        "{text}"
    );
    assert!(!text.contains("kadyrov-report.yaml"), "{text}");
    // Nothing is left for the next meeting …
    let o = run(
        &dir,
        &[
            "draft",
            "minutes",
            ".",
            "--number",
            "8",
            "--date",
            "2026-06-20",
        ],
    );
    assert_eq!(o.status.code(), Some(1), "{}", stdout(&o));
    assert!(stderr(&o).contains("nothing in . waits"), "{}", stderr(&o));
    // … until the revised report comes in: then it alone is drafted, and
    // the course counts as done.
    write(
        &dir,
        "jumabaev-report-2.yaml",
        &report_yaml(&PLAN[2], "2026-06-10"),
    );
    let o = run(
        &dir,
        &[
            "draft",
            "minutes",
            ".",
            "--number",
            "8",
            "--date",
            "2026-06-20",
        ],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let draft = stdout(&o);
    assert_eq!(draft.matches("decision: ").count(), 1, "{draft}");
    assert!(draft.contains("jumabaev-report-2.yaml"), "{draft}");
    // The secretary is the last meeting's.
    assert!(
        draft.contains("secretary: Сатыбалдиева Нургүл Асановна\n"),
        "{draft}"
    );
    let o = run(&dir, &["execution", ".", "--on", ON, "--format", "json"]);
    let lines = json_lines(&stdout(&o));
    assert_eq!(state_of(&lines, PLAN[2].name), "done");
    assert_eq!(lines[2]["document"], "jumabaev-report-2.yaml");
}

#[test]
fn status_for_programs_and_spreadsheets_lists_what_waits() {
    let dir = folder("status-lists");
    write(
        &dir,
        "roster.yaml",
        "form: roster\ndepartment: Информатика\nteachers:\n  - name: Асанов Бакыт Жумабекович\n",
    );
    // A file name a spreadsheet would take for a formula.
    write(
        &dir,
        "-kadyrov-report-2.yaml",
        &report_yaml(&PLAN[5], "2026-04-25"),
    );
    let o = run(
        &dir,
        &["status", "roster.yaml", "--on", ON, "--format", "json"],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let lines = json_lines(&stdout(&o));
    // The roster's teacher first, as before, then what the table lists
    // under it: by hand (see PLAN), Сатыбалдиева's certificate handed over
    // 26 days after the end, no certificate at all for Нурлан 107 days
    // after his internship, four reports not yet heard.
    assert_eq!(lines[0]["kind"], "standing");
    assert_eq!(lines[0]["name"], PLAN[0].name);
    let of = |kind: &str| -> Vec<&serde_json::Value> {
        lines.iter().filter(|l| l["kind"] == kind).collect()
    };
    let late = of("late-certificate");
    assert_eq!(late.len(), 1, "{lines:#?}");
    assert_eq!(late[0]["teacher"], PLAN[1].name);
    assert_eq!(late[0]["document"], "satybaldieva-certificate.yaml");
    assert_eq!(late[0]["end"], "2026-01-25");
    assert_eq!(late[0]["submitted"], "2026-02-20");
    assert_eq!(late[0]["days_late"], 26);
    assert_eq!(late[0]["clause"], "6.6");
    let absent = of("absent-certificate");
    assert_eq!(absent.len(), 1, "{lines:#?}");
    assert_eq!(absent[0]["teacher"], PLAN[3].name);
    assert_eq!(absent[0]["plan"], "plan.yaml");
    assert_eq!(absent[0]["end"], "2026-03-15");
    assert_eq!(absent[0]["days_late"], 107);
    let reports = of("waiting-report");
    let files: Vec<&str> = reports
        .iter()
        .map(|r| r["document"].as_str().unwrap())
        .collect();
    assert_eq!(
        files,
        [
            "-kadyrov-report-2.yaml",
            "asanov-report.yaml",
            "jumabaev-report.yaml",
            "kadyrov-report.yaml"
        ]
    );
    assert!(reports.iter().all(|r| r["clause"] == "7.1"), "{reports:#?}");
    assert_eq!(reports[1]["date"], "2025-11-20");
    assert_eq!(reports[1]["teacher"], PLAN[0].name);
    assert_eq!(lines.len(), 1 + 1 + 1 + 4);

    // The CSV: the roster's columns as before, then `kind` and the
    // lists' columns, one sheet; the BOM and formula neutralising as the
    // other CSV files.
    let o = run(
        &dir,
        &["status", "roster.yaml", "--on", ON, "--format", "csv"],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let text = stdout(&o);
    let mut rows = text.strip_prefix('\u{feff}').expect("no BOM").lines();
    assert_eq!(
        rows.next().unwrap(),
        "name,position,last,hours_5y,due,state,kind,document,plan,end,submitted,date,days_late,clause"
    );
    assert!(
        rows.next()
            .unwrap()
            .starts_with("Асанов Бакыт Жумабекович,,,0,,never,standing,"),
        "{text}"
    );
    let rows: Vec<&str> = rows.collect();
    assert!(
        rows.contains(
            &"Сатыбалдиева Нургүл Асановна,,,,,,late-certificate,satybaldieva-certificate.yaml,,2026-01-25,2026-02-20,,26,6.6"
        ),
        "{text}"
    );
    assert!(
        rows.contains(
            &"Нурлан Тургунбек уулу,,,,,,absent-certificate,,plan.yaml,2026-03-15,,,107,6.6"
        ),
        "{text}"
    );
    assert!(
        rows.contains(
            &"Кадыров Марат Асанович,,,,,,waiting-report,'-kadyrov-report-2.yaml,,,,2026-04-25,,7.1"
        ),
        "{text}"
    );
    assert_eq!(rows.len(), 6, "{text}");
    // Every row has every column, as a spreadsheet reads them.
    let mut reader = csv::Reader::from_reader(text.trim_start_matches('\u{feff}').as_bytes());
    assert!(reader.records().all(|r| r.unwrap().len() == 14));
}

fn check_json(dir: &Path, yaml: &str) -> Vec<serde_json::Value> {
    write(dir, "m.yaml", yaml);
    let o = run(dir, &["check", "m.yaml", "--format", "json"]);
    json_lines(&stdout(&o))
}

#[test]
fn minutes_rules_attendance_quorum_and_one_decision_a_report() {
    let dir = tmp("minutes-rules");
    let base = "form: minutes\nnumber: 3\ndate: 2026-03-05\n";
    let rules = |yaml: &str| -> Vec<String> {
        check_json(&dir, yaml)
            .iter()
            .map(|f| f["rule"].as_str().unwrap().to_owned())
            .collect()
    };
    assert_eq!(
        rules(&format!("{base}members: 12\npresent: 7\n")),
        Vec::<String>::new()
    );
    assert_eq!(
        rules(&format!("{base}members: 12\npresent: 13\n")),
        ["attendance"]
    );
    assert_eq!(
        rules(&format!("{base}members: 12\npresent: 6\n")),
        ["quorum"]
    );
    let f = &check_json(&dir, &format!("{base}members: 12\npresent: 6\n"))[0];
    assert_eq!(f["severity"], "error");
    assert!(f["message"].as_str().unwrap().contains("at least 7"), "{f}");
    let both = format!(
        "{base}items:\n  - {{decided: Бекитилсин., decision: approve-report, documents: [a.yaml]}}\n  - {{decided: Кайтарылсын., decision: return-report, documents: [A.yml]}}\n"
    );
    assert_eq!(rules(&both), ["decision"]);
    assert_eq!(
        rules(&format!("{base}items:\n  - {{decision: reject}}\n")),
        ["type"]
    );
}

fn render_text(dir: &Path, lang: &str, args: &[&str]) -> String {
    let pdf = format!("m.{lang}.pdf");
    let mut all: Vec<&str> = args.to_vec();
    all.extend(["-o", &pdf]);
    let o = run(dir, &all);
    assert!(o.status.success(), "{}", stderr(&o));
    pdf_text(&dir.join(&pdf), None)
}

#[test]
fn the_minutes_extract_reads_as_one_in_both_languages() {
    let dir = tmp("minutes-print");
    for (lang, word, heard, spoke, decided, true_copy, label) in [
        (
            "ky",
            "КӨЧҮРМӨ",
            "УГУЛДУ:",
            "СӨЗ СҮЙЛӨДҮ:",
            "ТОКТОМ:",
            "Көчүрмө туура:",
            "тиркеме",
        ),
        (
            "ru",
            "ВЫПИСКА",
            "СЛУШАЛИ:",
            "ВЫСТУПИЛИ:",
            "ПОСТАНОВИЛИ:",
            "Выписка верна:",
            "Приложение",
        ),
    ] {
        let o = run(
            &dir,
            &[
                "new",
                "minutes",
                "--lang",
                lang,
                "-o",
                &format!("{lang}.yaml"),
            ],
        );
        assert!(o.status.success(), "{}", stderr(&o));
        let text = render_text(&dir, lang, &["render", &format!("{lang}.yaml")]);
        for want in [
            word,
            heard,
            spoke,
            decided,
            true_copy,
            "№5",
            "Информатика",
            "А.М. Токтогулова",
        ] {
            assert!(text.contains(want), "{lang}: {want:?} not in {text}");
        }
        assert!(!text.contains(label), "{lang}: an appendix label in {text}");
        let blank = render_text(&dir, lang, &["blank", "minutes", "--lang", lang]);
        for want in [word, heard, spoke, decided, true_copy] {
            assert!(
                blank.contains(want),
                "{lang} blank: {want:?} not in {blank}"
            );
        }
        assert!(
            !blank.contains(label),
            "{lang}: an appendix label in {blank}"
        );
    }
    let ky = render_text(&dir, "ky", &["render", "ky.yaml"]);
    assert!(
        ky.contains("«Информатика» кафедрасынын отурумунун №5 протоколунан КӨЧҮРМӨ"),
        "{ky}"
    );
    assert!(
        ky.contains("Кафедранын мүчөлөрү: 12. Катышкандар: 10."),
        "{ky}"
    );
    let ru = render_text(&dir, "ru", &["render", "ru.yaml"]);
    assert!(
        ru.contains("ВЫПИСКА из протокола заседания кафедры «Информатика» №5 от 27 ноября 2025 г."),
        "{ru}"
    );
}

#[test]
fn the_page_shows_the_execution_and_drafts_the_minutes() {
    use crate::common::server::{Server, agent};
    let dir = folder("minutes-serve");
    // Last year's plan, kept in the folder (and decided on by last year's
    // minutes): the page shows this year's, the latest.
    write(
        &dir,
        "plan-2024.yaml",
        &plan_yaml("ky", "Информатика")
            .replace("year: 2025-2026", "year: 2024-2025")
            .replace("-2025-", "-2024-")
            .replace("-2026-", "-2025-"),
    );
    write(
        &dir,
        "minutes-2024.yaml",
        "form: minutes\nlang: ky\nnumber: 12\ndate: 2024-09-02\nitems:\n  - {decision: approve-plan, documents: [plan-2024.yaml]}\n",
    );
    let s = Server::start(&dir, &[]);
    let mut res = agent()
        .get(&s.url("/api/execution?on=2026-06-30&ui=en"))
        .call()
        .unwrap();
    assert_eq!(res.status().as_u16(), 200);
    let v: serde_json::Value =
        serde_json::from_slice(&res.body_mut().read_to_vec().unwrap()).unwrap();
    assert_eq!(v["total"]["planned"], 6);
    assert_eq!(v["total"]["late"], 1);
    assert_eq!(v["lines"][1]["state"], "late");
    assert_eq!(
        v["summary"],
        "planned: 6; done: 3, certificate late: 1, not over yet: 1, missed: 1"
    );
    let mut res = agent().get(&s.url("/?ui=en")).call().unwrap();
    let home = res.body_mut().read_to_string().unwrap();
    assert!(home.contains("id=\"execution\""), "{home}");
    assert!(home.contains("Нурлан Тургунбек уулу"), "{home}");
    // Nine documents wait; last year's minutes were №12: this is №13.
    assert!(
        home.contains("Waiting for the department's decision: 9."),
        "{home}"
    );
    assert!(
        home.contains(
            "id=\"draft-minutes-number\" type=\"text\" inputmode=\"numeric\" size=\"5\" value=\"13\""
        ),
        "{home}"
    );
    // The page opens the draft as a new minutes form, as it opens a plan's.
    let mut res = agent()
        .post(&s.url("/api/draft/minutes?number=7&date=2026-03-05"))
        .header("Origin", s.url(""))
        .send(&[][..])
        .unwrap();
    assert_eq!(res.status().as_u16(), 200);
    let v: serde_json::Value =
        serde_json::from_slice(&res.body_mut().read_to_vec().unwrap()).unwrap();
    assert_eq!(v["data"]["form"], "minutes");
    assert_eq!(v["data"]["items"].as_array().unwrap().len(), 9, "{v}");
    assert_eq!(v["data"]["items"][0]["decision"], "approve-plan");
    let yaml = v["yaml"].as_str().unwrap();
    assert!(yaml.starts_with("form: minutes\n"), "{yaml}");
    assert!(yaml.contains("number: 7\n"), "{yaml}");
    // The execution to print and the table for Excel, from the home page.
    let mut res = agent()
        .get(&s.url("/api/execution.pdf?on=30.06.2026"))
        .call()
        .unwrap();
    assert_eq!(res.status().as_u16(), 200);
    let pdf = res
        .body_mut()
        .with_config()
        .limit(50_000_000)
        .read_to_vec()
        .unwrap();
    let path = dir.join("execution-download.pdf");
    std::fs::write(&path, &pdf).unwrap();
    let text = pdf_text(&path, None);
    assert!(text.contains("Пландалган: 6; аткарылды: 3, маалымат кечиккен: 1, мөөнөтү бүтө элек: 1, аткарылган жок: 1."), "{text}");
    let mut res = agent()
        .get(&s.url("/api/execution.csv?on=2026-06-30"))
        .call()
        .unwrap();
    let csv = res.body_mut().read_to_string().unwrap();
    assert!(csv.starts_with('\u{feff}'), "{csv}");
    assert_eq!(csv.matches(",missed,").count(), 1, "{csv}");
    assert_eq!(csv.matches(",late,").count(), 1, "{csv}");
    // Once minutes name every document, the home page says no more about
    // it, and the next number follows the minutes' own.
    let mut minutes = yaml.replace("members: ", "x-members: ");
    minutes.push_str("members: 12\npresent: 9\n");
    write(&dir, "minutes-7.yaml", &minutes);
    let mut res = agent().get(&s.url("/?ui=en")).call().unwrap();
    let home = res.body_mut().read_to_string().unwrap();
    assert!(!home.contains("id=\"draft-minutes\""), "{home}");
    write(
        &dir,
        "kadyrov-report-2.yaml",
        &report_yaml(&PLAN[5], "2026-05-02"),
    );
    let mut res = agent().get(&s.url("/?ui=en")).call().unwrap();
    let home = res.body_mut().read_to_string().unwrap();
    assert!(
        home.contains("Waiting for the department's decision: 1."),
        "{home}"
    );
    assert!(home.contains("value=\"8\""), "{home}");
    let res = agent()
        .post(&s.url("/api/draft/minutes?number=7&date=5%20March"))
        .header("Origin", s.url(""))
        .send(&[][..])
        .unwrap();
    assert_eq!(res.status().as_u16(), 400);
}

/// The page, as the secretary uses it: the home page shows what waits,
/// the button drafts the minutes into the form, she completes the
/// attendance and the secretary and saves; the saved minutes check clean
/// and the home page no longer offers a draft.
#[test]
fn the_secretary_drafts_the_minutes_on_the_page() {
    use crate::browser::Browser;
    use crate::common::server::Server;
    let work = tmp("minutes-browser");
    let dir = work.join("docs");
    std::fs::create_dir(&dir).unwrap();
    department(&dir, "ky", "Информатика");
    let b = Browser::start(&work);
    let s = Server::start(&dir, &[]);
    b.goto(&s.url("/?ui=ky"));
    b.wait(
        "the minutes' draft on the home page",
        "return document.getElementById('draft-minutes') !== null;",
    );
    b.screenshot("year-minutes-1-home.png");
    b.type_into("#draft-minutes-number", "7");
    b.type_into("#draft-minutes-date", "05.03.2026");
    b.click("#draft-minutes");
    b.wait(
        "the drafted minutes",
        "return !!document.querySelector('[name=\"items.8.decided\"]');",
    );
    let value = |name: &str| {
        b.js(
            "const e = document.querySelector(`[name=\"${arguments[0]}\"]`); return e ? e.value : null;",
            serde_json::json!([name]),
        )
    };
    assert_eq!(value("number"), serde_json::json!("7"));
    assert_eq!(value("items.0.decision"), serde_json::json!("approve-plan"));
    assert_eq!(value("items.0.documents"), serde_json::json!("plan.yaml"));
    b.type_into("[name=\"members\"]", "12");
    b.type_into("[name=\"present\"]", "9");
    b.type_into("[name=\"secretary.name\"]", "Сатыбалдиева Нургүл Асановна");
    b.screenshot("year-minutes-2-drafted.png");
    b.click("#save");
    b.wait(
        "the save",
        "return document.getElementById('message').textContent.includes('.yaml');",
    );
    let name = b.js(
        "return document.getElementById('save-name').value;",
        serde_json::json!([]),
    );
    let name = name.as_str().unwrap();
    let o = run(&dir, &["check", name]);
    assert!(o.status.success(), "{}", stdout(&o));
    let o = run(&dir, &["execution", ".", "--on", ON, "--format", "json"]);
    assert_eq!(json_lines(&stdout(&o)).len(), 6);
    b.goto(&s.url("/?ui=ky"));
    b.wait(
        "the home page again",
        "return document.getElementById('execution') !== null;",
    );
    assert_eq!(
        b.js(
            "return document.getElementById('draft-minutes') === null;",
            serde_json::json!([])
        ),
        serde_json::json!(true)
    );
    b.screenshot("year-minutes-3-decided.png");
}

/// Checked with the folder, the minutes name documents that are there and
/// of the kind the decision decides on; a misspelt name or a certificate
/// "returned" as a report is said where it is written, as a warning.
#[test]
fn the_minutes_name_the_folders_documents() {
    let dir = folder("minutes-names");
    write(
        &dir,
        "minutes-7.yaml",
        "form: minutes\nlang: ky\nnumber: 7\ndate: 2026-03-05\nmembers: 12\npresent: 9\nitems:\n\
         \x20 - {decided: Бекитилсин., decision: approve-report, documents: [asanov-report.yaml, Asanov-Certificate.yml]}\n\
         \x20 - {decided: Бекитилсин., decision: approve-report, documents: [kadyrov-reprot.yaml]}\n\
         \x20 - {decided: Кайтарылсын., decision: return-report, documents: [satybaldieva-certificate.yaml]}\n\
         \x20 - {decided: Бекитилсин., decision: approve-plan, documents: [plan]}\n",
    );
    let mut files: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".yaml") && n != "notes.yaml")
        .collect();
    files.sort();
    let mut args = vec!["check", "--format", "json"];
    args.extend(files.iter().map(String::as_str));
    let o = run(&dir, &args);
    let found: Vec<serde_json::Value> = json_lines(&stdout(&o))
        .into_iter()
        .filter(|f| f["rule"] == "minutes-documents")
        .collect();
    // The name in another letter case or without `.yaml` is the same file.
    assert_eq!(found.len(), 2, "{found:#?}");
    assert!(
        found
            .iter()
            .all(|f| f["file"] == "minutes-7.yaml" && f["severity"] == "warning")
    );
    let messages: Vec<&str> = found
        .iter()
        .map(|f| f["message"].as_str().unwrap())
        .collect();
    assert!(messages[0].contains("kadyrov-reprot.yaml"), "{messages:?}");
    assert_eq!(found[0]["line"], 9);
    assert!(
        messages[1].contains("satybaldieva-certificate.yaml"),
        "{messages:?}"
    );
    assert!(messages[1].contains("return-report"), "{messages:?}");
    // The page's check of the minutes being edited says the same against
    // the folder served (its saved copy left out).
    let srv = crate::common::server::Server::start(&dir, &[]);
    let body = std::fs::read(dir.join("minutes-7.yaml")).unwrap();
    let mut res = crate::common::server::agent()
        .post(&srv.url("/api/check?folder=1&name=minutes-7.yaml&ui=en"))
        .send(&body[..])
        .unwrap();
    let v: serde_json::Value =
        serde_json::from_slice(&res.body_mut().read_to_vec().unwrap()).unwrap();
    let rules: Vec<&str> = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["rule"].as_str().unwrap())
        .collect();
    assert_eq!(rules, ["minutes-documents", "minutes-documents"], "{v}");
    drop(srv);
    // Alone, the minutes say nothing about a folder.
    let o = run(&dir, &["check", "minutes-7.yaml", "--format", "json"]);
    assert!(!stdout(&o).contains("minutes-documents"), "{}", stdout(&o));
}

/// The example of `form` in `lang`, as `tirkeme new` writes it (the demo's).
fn example(dir: &Path, form: &str, lang: &str) -> String {
    let o = run(dir, &["new", form, "--lang", lang]);
    assert!(o.status.success(), "{}", stderr(&o));
    stdout(&o)
}

/// The `plan-copies` warnings of `check` over every YAML file of `dir`.
fn plan_copies(dir: &Path) -> Vec<serde_json::Value> {
    let o = run(dir, &["check", ".", "--format", "json"]);
    json_lines(&stdout(&o))
        .into_iter()
        .filter(|f| f["rule"] == "plan-copies")
        .collect()
}

#[test]
fn a_plan_in_both_languages_is_counted_once() {
    let dir = tmp("exec-copies");
    // The demo's department: its plans in Kyrgyz and in Russian, the same
    // four teachers; a certificate proves Асанов's internship.
    for form in ["annual-plan", "perspective-plan"] {
        for lang in ["ky", "ru"] {
            let yaml = example(&dir, form, lang);
            write(&dir, &format!("{form}.{lang}.yaml"), &yaml);
        }
    }
    let certificate = example(&dir, "internship-certificate", "ky");
    write(&dir, "certificate.yaml", &certificate);
    let o = run(&dir, &["execution", ".", "--on", ON]);
    assert!(o.status.success(), "{}", stderr(&o));
    let text = stdout(&o);
    assert!(
        text.contains("planned: 4; done: 1, certificate late: 0, not over yet: 0, missed: 3"),
        "{text}"
    );
    assert_eq!(
        text.matches("Асанов Бакыт Жумабекович").count(),
        1,
        "{text}"
    );
    assert!(
        text.contains(
            "annual-plan.ru.yaml is the same plan as annual-plan.ky.yaml in another language: counted once"
        ),
        "{text}"
    );
    let o = run(&dir, &["execution", ".", "--on", ON, "--format", "json"]);
    let lines = json_lines(&stdout(&o));
    assert_eq!(lines.len(), 4);
    assert!(lines.iter().all(|l| l["plan"] == "annual-plan.ky.yaml"));
    assert!(stderr(&o).contains("counted once"), "{}", stderr(&o));
    // What waits: the one internship without a certificate, once.
    write(
        &dir,
        "roster.yaml",
        "form: roster\ndepartment: Информатика\nteachers:\n  - name: Асанов Бакыт Жумабекович\n",
    );
    let o = run(&dir, &["status", "roster.yaml", "--on", ON]);
    assert_eq!(
        stdout(&o).matches("Жумабаева Чолпон Маратовна").count(),
        1,
        "{}",
        stdout(&o)
    );
    // Copies are no problem for `check`.
    assert_eq!(plan_copies(&dir), Vec::<serde_json::Value>::new());
    // The page counts as the command does, and says which file it used.
    {
        use crate::common::server::{Server, agent};
        let s = Server::start(&dir, &[]);
        let mut res = agent()
            .get(&s.url("/api/execution?on=2026-06-30&ui=en"))
            .call()
            .unwrap();
        let v: serde_json::Value =
            serde_json::from_slice(&res.body_mut().read_to_vec().unwrap()).unwrap();
        assert_eq!(v["total"]["planned"], 4, "{v}");
        assert_eq!(v["copies"][0]["copy"], "annual-plan.ru.yaml", "{v}");
        assert_eq!(v["copies"][0]["plan"], "annual-plan.ky.yaml", "{v}");
        let mut res = agent().get(&s.url("/?ui=ru")).call().unwrap();
        let home = res.body_mut().read_to_string().unwrap();
        assert!(
            home.contains(
                "annual-plan.ru.yaml — тот же план, что и annual-plan.ky.yaml, на другом языке: учтён один раз"
            ),
            "{home}"
        );
        assert!(home.contains("Запланировано: 4;"), "{home}");
    }
    // The drafted minutes approve each plan once, naming both its files.
    let o = run(
        &dir,
        &[
            "draft",
            "minutes",
            ".",
            "--number",
            "3",
            "--date",
            "2026-06-15",
        ],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let draft = stdout(&o);
    assert_eq!(
        draft.matches("decision: approve-plan").count(),
        2,
        "{draft}"
    );
    for plan in ["annual-plan", "perspective-plan"] {
        assert!(
            draft.contains(&format!(
                "    documents:\n      - {plan}.ky.yaml\n      - {plan}.ru.yaml\n"
            )),
            "{plan} in\n{draft}"
        );
    }
    // Once those minutes are filed, neither copy waits for a decision.
    write(&dir, "minutes-3.yaml", &draft);
    let o = run(
        &dir,
        &[
            "draft",
            "minutes",
            ".",
            "--number",
            "4",
            "--date",
            "2026-06-20",
        ],
    );
    assert!(
        stderr(&o).contains("nothing in . waits for the department's decision"),
        "{}{}",
        stdout(&o),
        stderr(&o)
    );

    // The Russian copy drifts: Жумабаева's internship moved a week, the
    // department spelled in Russian. Still the department's plan of the
    // year: both are counted, and `check` names both files.
    let ru = example(&dir, "annual-plan", "ru")
        .replace("department: Информатика", "department: Кафедра информатики")
        .replace("start: 2026-03-02", "start: 2026-03-09")
        .replace("end: 2026-03-27", "end: 2026-04-03");
    assert!(ru.contains("2026-03-09") && ru.contains("Кафедра информатики"));
    write(&dir, "annual-plan.ru.yaml", &ru);
    // The perspective plan's Russian copy drops a teacher's year.
    let ru = example(&dir, "perspective-plan", "ru").replace("      2026-2027: [it]\n", "");
    write(&dir, "perspective-plan.ru.yaml", &ru);
    let found = plan_copies(&dir);
    assert_eq!(found.len(), 2, "{found:#?}");
    let annual = &found[0];
    // The file as `check` was given it (`check .` names them `./…`).
    assert_eq!(annual["file"], "./annual-plan.ru.yaml");
    assert_eq!(annual["severity"], "warning");
    assert_eq!(annual["clause"], "4.1");
    let msg = annual["message"].as_str().unwrap();
    assert!(
        msg.contains("`./annual-plan.ky.yaml` is this department's annual plan for 2025-2026 too")
            && msg.contains(
                "Жумабаева Чолпон Маратовна (09.03.2026 – 03.04.2026) is only in `./annual-plan.ru.yaml`"
            ),
        "{msg}"
    );
    let perspective = &found[1];
    assert_eq!(perspective["file"], "./perspective-plan.ru.yaml");
    let msg = perspective["message"].as_str().unwrap();
    assert!(
        msg.contains(
            "`./perspective-plan.ky.yaml` is this department's perspective plan from 2025-2026 too"
        ) && msg.contains(
            "Токтогулова Айжан Мирлан кызы (2026-2027: it) is only in `./perspective-plan.ky.yaml`"
        ),
        "{msg}"
    );
    // In Kyrgyz, with the clause, pointing at the other file too.
    let o = run(&dir, &["check", ".", "--ui-lang", "ky"]);
    let text = stdout(&o);
    assert!(
        text.contains(
            "`./annual-plan.ky.yaml` да ушул кафедранын 2025-2026-окуу жылына жылдык планы"
        ),
        "{text}"
    );
    assert!(text.contains("ошол эле пландын башка файлы"), "{text}");
    let o = run(&dir, &["execution", ".", "--on", ON]);
    let text = stdout(&o);
    assert!(text.contains("planned: 8;"), "{text}");
    assert!(
        text.contains(
            "annual-plan.ky.yaml and annual-plan.ru.yaml are both the plan for 2025-2026, with different rows: both are counted"
        ),
        "{text}"
    );
    // A plan of another department kept in the same folder (its own
    // teachers) is another department's plan: no warning.
    write(
        &dir,
        "math-plan.ky.yaml",
        &format!(
            "form: annual-plan\nlang: ky\nyear: 2025-2026\ndepartment: Математика\nteachers:\n  - name: {}\n    kind: {}\n    start: {}\n    end: {}\n    hours: 72\n",
            PLAN[1].name, PLAN[1].kind, PLAN[1].start, PLAN[1].end
        ),
    );
    assert_eq!(plan_copies(&dir).len(), 2);
}
