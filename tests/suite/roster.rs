//! The department's roster (SPEC §8), run as a user runs it: `status` on
//! boundary dates of the five-year rule, the standing page, `import` of
//! real spreadsheets, `draft` then `render`, and `check` of a folder against
//! its roster.

use std::path::Path;

use crate::common::{pdf_text, run, stderr, stdout, tmp, write};

/// A roster of one teacher with the given history lines (flow mappings).
fn one(history: &[&str]) -> String {
    let mut s = String::from(
        "form: roster\ndepartment: Информатика\nteachers:\n  - name: Асанов Бакыт Жумабекович\n    position: доцент\n    history:\n",
    );
    for h in history {
        s.push_str(&format!("      - {h}\n"));
    }
    s
}

/// The one teacher's standing on a date, as the JSON object `status` prints.
fn standing(dir: &Path, history: &[&str], on: &str) -> serde_json::Value {
    write(dir, "roster.yaml", &one(history));
    let o = run(
        dir,
        &["status", "roster.yaml", "--on", on, "--format", "json"],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    assert_eq!(out.lines().count(), 1, "{out}");
    serde_json::from_str(out.lines().next().unwrap()).unwrap()
}

const COURSE_2020: &str = "{kind: course, start: 2020-10-20, end: 2020-11-03, hours: 72}";

#[test]
fn due_exactly_on_the_date_asked_is_due_and_the_day_after_overdue() {
    let dir = tmp("roster-due-day");
    let s = standing(&dir, &[COURSE_2020], "2025-11-03");
    assert_eq!(s["last"], "2020-11-03");
    assert_eq!(s["due"], "2025-11-03");
    assert_eq!(s["state"], "due");
    // The course still lies within the five years up to and including the date.
    assert_eq!(s["hours_5y"], 72);
    let s = standing(&dir, &[COURSE_2020], "2025-11-04");
    assert_eq!(s["state"], "overdue");
    assert_eq!(s["hours_5y"], 0);
    assert_eq!(s["name"], "Асанов Бакыт Жумабекович");
    assert_eq!(s["position"], "доцент");
}

#[test]
fn due_on_the_last_day_of_the_academic_year_is_due_a_day_later_ok() {
    let dir = tmp("roster-year-end");
    let s = standing(
        &dir,
        &["{kind: internship, start: 2021-08-10, end: 2021-08-31, hours: 72}"],
        "2025-11-03",
    );
    assert_eq!(s["due"], "2026-08-31");
    assert_eq!(s["state"], "due");
    let s = standing(
        &dir,
        &["{kind: internship, start: 2021-08-10, end: 2021-09-01, hours: 72}"],
        "2025-11-03",
    );
    assert_eq!(s["due"], "2026-09-01");
    assert_eq!(s["state"], "ok");
    // In August the academic year ends on the 31st of the same year.
    let s = standing(
        &dir,
        &["{kind: course, start: 2021-08-10, end: 2021-08-31, hours: 72}"],
        "2026-08-15",
    );
    assert_eq!(s["state"], "due");
}

#[test]
fn seminars_count_when_their_72_hours_fall_within_five_years() {
    let dir = tmp("roster-seminars");
    // 40 + 40 hours, the first exactly five years before the second: counted.
    let inside = [
        "{kind: seminar, start: 2019-05-30, end: 2019-06-01, hours: 40}",
        "{kind: conference, start: 2024-05-30, end: 2024-06-01, hours: 40}",
    ];
    let s = standing(&dir, &inside, "2025-11-03");
    assert_eq!(s["last"], "2024-06-01");
    assert_eq!(s["due"], "2029-06-01");
    assert_eq!(s["state"], "ok");
    // One day earlier, the first falls out of the second's five years.
    let straddling = [
        "{kind: seminar, start: 2019-05-29, end: 2019-05-31, hours: 40}",
        "{kind: conference, start: 2024-05-30, end: 2024-06-01, hours: 40}",
    ];
    let s = standing(&dir, &straddling, "2025-11-03");
    assert_eq!(s["state"], "never");
    assert_eq!(s["last"], serde_json::Value::Null);
    assert_eq!(s["hours_5y"], 40);
    // A course under 72 hours completes nothing.
    let s = standing(
        &dir,
        &["{kind: course, start: 2024-05-30, end: 2024-06-01, hours: 71}"],
        "2025-11-03",
    );
    assert_eq!(s["state"], "never");
}

#[test]
fn activities_after_the_date_are_not_counted() {
    let dir = tmp("roster-after");
    let later = "{kind: course, start: 2025-11-04, end: 2025-11-20, hours: 72}";
    let s = standing(&dir, &[later], "2025-11-03");
    assert_eq!(s["state"], "never");
    assert_eq!(s["hours_5y"], 0);
    let s = standing(&dir, &[COURSE_2020, later], "2025-11-03");
    assert_eq!(s["last"], "2020-11-03");
    let s = standing(&dir, &[COURSE_2020, later], "2025-11-20");
    assert_eq!(s["last"], "2025-11-20");
    assert_eq!(s["state"], "ok");
}

#[test]
fn status_prints_a_table_and_csv() {
    let dir = tmp("roster-table");
    let src = std::fs::read_to_string("tests/fixtures/roster/roster.yaml").unwrap();
    write(&dir, "roster.yaml", &src);
    let o = run(&dir, &["status", "roster.yaml", "--on", "03.11.2025"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let t = stdout(&o);
    assert!(t.contains("Осмонова Гүлнара Асановна"), "{t}");
    assert!(
        t.contains("overdue: 1, never: 1, due this academic year: 1, ok: 3"),
        "{t}"
    );
    let o = run(
        &dir,
        &[
            "status",
            "roster.yaml",
            "--on",
            "2025-11-03",
            "--format",
            "csv",
        ],
    );
    let csv = stdout(&o);
    // A byte-order mark first, or Excel shows the Cyrillic as mojibake.
    assert_eq!(
        csv.lines().next(),
        Some(
            "\u{feff}name,position,last,hours_5y,due,state,kind,document,plan,end,submitted,date,days_late,clause"
        )
    );
    assert!(
        csv.contains("Бекова Назира Жолдошевна,улук окутуучу,2021-05-30,300,2026-05-30,due"),
        "{csv}"
    );
    assert!(
        csv.contains("Жумабаев Эрлан Касымович,окутуучу,,0,,never"),
        "{csv}"
    );
    // A value a spreadsheet would run as a formula stays text.
    write(
        &dir,
        "roster.yaml",
        &src.replacen(
            "position: доцент",
            "position: '=HYPERLINK(\"http://example.com\",\"доцент\")'",
            1,
        ),
    );
    let o = run(
        &dir,
        &[
            "status",
            "roster.yaml",
            "--on",
            "2025-11-03",
            "--format",
            "csv",
        ],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let csv = stdout(&o);
    assert!(
        csv.contains(",\"'=HYPERLINK(\"\"http://example.com\"\",\"\"доцент\"\")\","),
        "{csv}"
    );
    // A date that cannot be read is a usage error.
    let o = run(&dir, &["status", "roster.yaml", "--on", "31.02.2025"]);
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn a_roster_with_errors_is_checked_like_a_form() {
    let dir = tmp("roster-bad");
    write(
        &dir,
        "roster.yaml",
        "form: roster\nteachers:\n  - name: Асанов Бакыт\n    histroy: []\n    history:\n      - {kind: cours, end: 2025-02-30, hours: 72}\n",
    );
    let o = run(&dir, &["check", "roster.yaml", "--format", "json"]);
    assert_eq!(o.status.code(), Some(1));
    let out = stdout(&o);
    assert!(
        out.contains("\"rule\":\"unknown-key\"") && out.contains("`history`"),
        "{out}"
    );
    assert!(out.contains("`course`"), "{out}");
    assert!(out.contains("\"line\":6"), "{out}");
    let o = run(&dir, &["status", "roster.yaml", "--on", "2025-11-03"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stdout(&o).is_empty());
}

#[test]
fn the_standing_page_prints_in_the_rosters_language() {
    let dir = tmp("roster-pdf");
    let src = std::fs::read_to_string("tests/fixtures/roster/roster.yaml").unwrap();
    write(&dir, "roster.yaml", &src);
    let o = run(
        &dir,
        &[
            "status",
            "roster.yaml",
            "--on",
            "2025-11-03",
            "--pdf",
            "standing.pdf",
        ],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let text = pdf_text(&dir.join("standing.pdf"), None);
    assert!(text.contains("«Информатика» кафедрасынын"), "{text}");
    assert!(text.contains("03.11.2025 абалы боюнча"), "{text}");
    assert!(text.contains("мөөнөтү өткөн"), "{text}");
    assert!(text.contains("2024"), "{text}");
    let ru = src.replace("lang: ky", "lang: ru");
    write(&dir, "roster.yaml", &ru);
    let o = run(
        &dir,
        &[
            "status",
            "roster.yaml",
            "--on",
            "2025-11-03",
            "--pdf",
            "standing.pdf",
        ],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let text = pdf_text(&dir.join("standing.pdf"), None);
    assert!(text.contains("по состоянию на 03.11.2025"), "{text}");
    assert!(text.contains("просрочено"), "{text}");
}

/// The roster `import` writes for the fixture spreadsheet, however made.
fn imported(dir: &Path, file: &str) -> String {
    let src = Path::new("tests/fixtures/roster").join(file);
    std::fs::copy(&src, dir.join(file)).unwrap();
    let o = run(dir, &["import", file, "-o", "roster.yaml"]);
    assert!(o.status.success(), "{file}: {}", stderr(&o));
    assert!(
        stderr(&o).contains("4 teachers, 4 activities"),
        "{}",
        stderr(&o)
    );
    std::fs::read_to_string(dir.join("roster.yaml")).unwrap()
}

#[test]
fn import_reads_csv_and_what_libreoffice_saved_as_xlsx_and_ods() {
    let dir = tmp("roster-import");
    // staff.xlsx and staff.ods: staff.csv converted by LibreOffice
    // (`soffice --headless --convert-to xlsx|ods staff.csv`).
    let csv = imported(&dir, "staff.csv");
    assert_eq!(imported(&dir, "staff.xlsx"), csv);
    assert_eq!(imported(&dir, "staff.ods"), csv);
    // Russian headers: a Russian roster; Russian and Kyrgyz words of kinds
    // and genders become the ids; dd.mm.yyyy and ISO dates are both read.
    assert!(csv.contains("lang: ru"), "{csv}");
    assert!(csv.contains("{kind: course, title: \"Санариптик педагогика\", start: 2021-11-01, end: 2021-11-14, hours: 72, institution: \"КМТУ\", document: \"Сертификат № 0012345\"}"), "{csv}");
    assert!(csv.contains("gender: f"), "{csv}");
    // A row with a name and no activity: a teacher with no record.
    assert!(csv.contains("  - name: \"Жумабаев Эрлан Касымович\"\n    position: \"окутуучу\"\n    subject: \"Биология\"\n"), "{csv}");
    let o = run(
        &dir,
        &[
            "status",
            "roster.yaml",
            "--on",
            "2025-11-03",
            "--format",
            "json",
        ],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).contains("\"name\":\"Осмонова Гүлнара Асановна\",\"position\":\"доцент\",\"last\":\"2019-06-30\",\"hours_5y\":0,\"due\":\"2024-06-30\",\"state\":\"overdue\""), "{}", stdout(&o));
}

#[test]
fn import_reads_spreadsheet_dates_of_the_roster_sheet_of_an_xlsx_file() {
    use rust_xlsxwriter::{ExcelDateTime, Format, Workbook};
    let dir = tmp("roster-xlsx");
    let mut book = Workbook::new();
    // The workbook opens on a notes sheet; the roster is the second one.
    let notes = book.add_worksheet().set_name("Эскертүү").unwrap();
    notes.write_string(0, 0, "2025-2026-окуу жылы").unwrap();
    let sheet = book.add_worksheet().set_name("Кафедра").unwrap();
    let date = Format::new().set_num_format("dd.mm.yyyy");
    for (c, h) in ["name", "Position", "Түрү", "Башталышы", "Окончание", "Саат"]
        .iter()
        .enumerate()
    {
        sheet.write_string(0, c as u16, *h).unwrap();
    }
    sheet
        .write_string(1, 0, "Асанов Бакыт Жумабекович")
        .unwrap();
    sheet.write_string(1, 1, "доцент").unwrap();
    sheet.write_string(1, 2, "Стажировка").unwrap();
    sheet
        .write_datetime_with_format(1, 3, ExcelDateTime::from_ymd(2024, 2, 29).unwrap(), &date)
        .unwrap();
    sheet
        .write_datetime_with_format(1, 4, ExcelDateTime::from_ymd(2024, 3, 14).unwrap(), &date)
        .unwrap();
    sheet.write_number(1, 5, 72).unwrap();
    book.save(dir.join("staff.xlsx")).unwrap();
    let o = run(&dir, &["import", "staff.xlsx"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let yaml = stdout(&o);
    assert!(
        yaml.contains("{kind: internship, start: 2024-02-29, end: 2024-03-14, hours: 72}"),
        "{yaml}"
    );
    write(&dir, "roster.yaml", &yaml);
    let o = run(&dir, &["check", "roster.yaml"]);
    assert!(o.status.success(), "{}", stderr(&o));
}

#[test]
fn import_of_a_missing_workbook_says_so_in_the_users_words() {
    let dir = tmp("import-missing");
    for file in ["nope.xlsx", "nope.csv"] {
        let o = run(&dir, &["--ui-lang", "ru", "import", file]);
        assert_eq!(o.status.code(), Some(2));
        let err = stderr(&o);
        // The system's answer in Russian, not the workbook reader's English.
        assert!(
            err.contains(&format!(
                "не удаётся прочитать таблицу {file}: такого файла или папки нет"
            )),
            "{err}"
        );
    }
}

#[test]
fn import_names_every_unreadable_cell_and_writes_nothing() {
    let dir = tmp("roster-import-bad");
    std::fs::copy(
        "tests/fixtures/roster/staff-ky.ods",
        dir.join("staff-ky.ods"),
    )
    .unwrap();
    let o = run(&dir, &["import", "staff-ky.ods", "-o", "roster.yaml"]);
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(
        err.contains("staff-ky.ods:staff-ky!F3 [type]: «31.09.2023» is not a date"),
        "{err}"
    );
    assert!(
        err.contains("staff-ky.ods:staff-ky!D4 [type]: «экскурсия» is not a kind"),
        "{err}"
    );
    assert!(
        err.contains("staff-ky.ods:staff-ky!G4 [type]: «жыйырма» is not a number of hours"),
        "{err}"
    );
    assert_eq!(err.matches("error:").count(), 3, "{err}");
    assert!(!dir.join("roster.yaml").exists());
    // Excel's «CSV» in a Russian Windows: Windows-1251, said so.
    std::fs::write(dir.join("staff.csv"), b"\xd4\xc8\xce,\xc2\xe8\xe4\n").unwrap();
    let o = run(&dir, &["import", "staff.csv"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("save it as «CSV UTF-8»"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn drafts_render_as_they_are() {
    let dir = tmp("roster-draft");
    let src = std::fs::read_to_string("tests/fixtures/roster/roster.yaml")
        .unwrap()
        .replace(
            "    subject: Химия\n",
            "    subject: Химия\n    gender: f\n",
        )
        // Text YAML would read otherwise if written bare.
        .replace("faculty: Табигый илимдер", "faculty: 'no'")
        .replace(
            "    subject: Программалоо\n",
            "    subject: \"- Программалоо: #1, [2025-11-03]\"\n",
        );
    write(&dir, "roster.yaml", &src);
    let hostile = "- Программалоо: #1, [2025-11-03]";
    let o = run(
        &dir,
        &[
            "draft",
            "annual-plan",
            "roster.yaml",
            "--year",
            "2026-2027",
            "-o",
            "annual.yaml",
        ],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let plan = std::fs::read_to_string(dir.join("annual.yaml")).unwrap();
    // On 1 September 2026: Асанов (due 14.11.2026), Осмонова (overdue),
    // Бекова (overdue since 30.05.2026) and Жумабаев (never); not the others.
    for name in ["Асанов", "Осмонова", "Бекова", "Жумабаев"] {
        assert!(plan.contains(name), "{name}: {plan}");
    }
    for name in ["Токтогулова", "Нурлан"] {
        assert!(!plan.contains(name), "{name}: {plan}");
    }
    assert!(
        plan.contains(
            "year: 2026-2027\nfaculty: \"no\"\ndepartment: Информатика\nhead: {name: Шаршенов Талант Эркинович}"
        ),
        "{plan}"
    );
    let doc = tirkeme::pipeline::check("annual.yaml", plan.clone().into_bytes(), None);
    let model = doc
        .doc()
        .and_then(|d| d.model::<tirkeme::forms::annual_plan::AnnualPlan>())
        .unwrap();
    assert_eq!(model.faculty.as_deref(), Some("no"), "{plan}");
    assert_eq!(
        model.teachers[0].subject.as_deref(),
        Some(hostile),
        "{plan}"
    );
    assert!(plan.contains("last_courses: [2019]"), "{plan}");
    // The roster's gender goes into the row, for the application.
    assert!(
        plan.contains("last_courses: [2019]\n    gender: f\n"),
        "{plan}"
    );
    let o = run(&dir, &["render", "annual.yaml", "-o", "annual.pdf"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(pdf_text(&dir.join("annual.pdf"), None).contains("Бекова Назира Жолдошевна"));

    let o = run(
        &dir,
        &[
            "draft",
            "perspective-plan",
            "roster.yaml",
            "--from",
            "2026-2027",
            "-o",
            "perspective.yaml",
        ],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let plan = std::fs::read_to_string(dir.join("perspective.yaml")).unwrap();
    assert_eq!(plan.matches("plan: {").count(), 6, "{plan}");
    // Due 04.10.2028: planned in 2028-2029, no later.
    assert!(plan.contains("Физика\n    last_courses: [2023]\n    department: Информатика\n    plan: {2028-2029: [specialty]}"), "{plan}");
    let doc = tirkeme::pipeline::check("perspective.yaml", plan.clone().into_bytes(), None);
    let model = doc
        .doc()
        .and_then(|d| d.model::<tirkeme::forms::perspective_plan::PerspectivePlan>())
        .unwrap();
    assert_eq!(
        model.teachers[0].subject.as_deref(),
        Some(hostile),
        "{plan}"
    );
    let o = run(
        &dir,
        &["render", "perspective.yaml", "-o", "perspective.pdf"],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let o = run(
        &dir,
        &["draft", "annual-plan", "roster.yaml", "--year", "2026"],
    );
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn a_folder_with_a_roster_is_checked_against_it() {
    let dir = tmp("roster-cross");
    let src = std::fs::read_to_string("tests/fixtures/roster/roster.yaml").unwrap();
    write(&dir, "roster.yaml", &src);
    let new = |form: &str| stdout(&run(&dir, &["new", form]));
    write(&dir, "annual-plan.yaml", &new("annual-plan"));
    write(&dir, "internship-program.yaml", &new("internship-program"));
    // Consistent documents: nothing to say.
    let o = run(&dir, &["check", ".", "--format", "json"]);
    assert!(o.status.success(), "{}", stdout(&o));
    assert!(!stdout(&o).contains("roster-name"), "{}", stdout(&o));
    // A misspelled applicant who starts a day before the plan's row, and a
    // certificate with fewer hours than the programme.
    let application = new("application")
        .replace(
            "  name: Асанов Бакыт Жумабекович",
            "  name: Асанав Бакыт Жумабекович",
        )
        .replace("start: 2025-11-03", "start: 2025-11-02");
    write(&dir, "application.yaml", &application);
    let certificate = new("internship-certificate").replacen("hours: 72", "hours: 60", 1);
    write(&dir, "internship-certificate.yaml", &certificate);
    let o = run(&dir, &["check", ".", "--format", "json"]);
    assert_eq!(o.status.code(), Some(1), "{}", stdout(&o));
    let lines: Vec<serde_json::Value> = stdout(&o)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let find = |rule: &str| {
        lines
            .iter()
            .find(|l| l["rule"] == rule)
            .unwrap_or_else(|| panic!("{rule}: {lines:?}"))
    };
    let name = find("roster-name");
    assert_eq!(name["severity"], "warning");
    assert!(name["file"].as_str().unwrap().ends_with("application.yaml"));
    assert!(
        name["message"]
            .as_str()
            .unwrap()
            .contains("«Асанов Бакыт Жумабекович»"),
        "{name}"
    );
    let plan = find("plan-agreement");
    assert!(
        plan["message"].as_str().unwrap().contains("2025-11-02"),
        "{plan}"
    );
    assert!(
        plan["message"].as_str().unwrap().contains("(2025-11-03)"),
        "{plan}"
    );
    // Each shows the place it disagrees with, in the other file.
    let line_of =
        |text: &str, start: &str| text.lines().position(|l| l.starts_with(start)).unwrap() + 1;
    let label = &name["labels"][0];
    assert!(
        label["file"].as_str().unwrap().ends_with("roster.yaml"),
        "{name}"
    );
    assert_eq!(
        label["line"],
        line_of(&src, "  - name: Асанов Бакыт Жумабекович"),
        "{name}"
    );
    let label = &plan["labels"][0];
    assert!(
        label["file"]
            .as_str()
            .unwrap()
            .ends_with("annual-plan.yaml"),
        "{plan}"
    );
    assert_eq!(
        label["line"],
        line_of(&new("annual-plan"), "    start: 2025-11-03"),
        "{plan}"
    );
    assert_eq!(label["message"], "the date in the annual plan", "{plan}");
    let hours = find("certificate-hours");
    let label = &hours["labels"][0];
    assert!(
        label["file"]
            .as_str()
            .unwrap()
            .ends_with("internship-program.yaml"),
        "{hours}"
    );
    assert_eq!(
        label["line"],
        line_of(&new("internship-program"), "hours: 72"),
        "{hours}"
    );
    // A person reads the plan's line under the application's.
    let human = stdout(&run(&dir, &["--ui-lang", "ru", "check", "."]));
    assert!(human.contains("annual-plan.yaml:21:12"), "{human}");
    assert!(human.contains("    start: 2025-11-03"), "{human}");
    assert!(human.contains("---------- дата в годовом плане"), "{human}");
    assert_eq!(hours["severity"], "error");
    assert!(
        hours["file"]
            .as_str()
            .unwrap()
            .ends_with("internship-certificate.yaml")
    );
    assert_eq!(
        hours["line"],
        certificate
            .lines()
            .position(|l| l.starts_with("hours: 60"))
            .unwrap()
            + 1
    );
    // Without the roster none of this is looked at.
    std::fs::remove_file(dir.join("roster.yaml")).unwrap();
    let o = run(&dir, &["check", ".", "--format", "json"]);
    assert!(
        !stdout(&o).contains("roster-name") && !stdout(&o).contains("certificate-hours"),
        "{}",
        stdout(&o)
    );
    // The new rules are listed with their clauses.
    let rules = stdout(&run(&dir, &["rules"]));
    for id in ["roster-name", "plan-agreement", "certificate-hours"] {
        assert!(rules.contains(id), "{rules}");
    }
}

#[test]
fn batch_over_a_department_folder_passes_the_roster_by() {
    let dir = tmp("roster-batch");
    let src = std::fs::read_to_string("tests/fixtures/roster/roster.yaml").unwrap();
    std::fs::create_dir_all(dir.join("in")).unwrap();
    write(&dir.join("in"), "roster.yaml", &src);
    let app = stdout(&run(&dir, &["new", "application"]));
    write(&dir.join("in"), "application.yaml", &app);
    let o = run(&dir, &["batch", "in", "-o", "out"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("a roster, not a form"),
        "{}",
        stderr(&o)
    );
    assert!(dir.join("out/application.ky.pdf").exists());
    assert!(!dir.join("out/roster.ky.pdf").exists());
}

/// A course in the roster is a course taken, whatever its hours: the
/// draft's «last courses» column names its year (issue 21: a course of a
/// few hours, or without hours, left the column empty). Seminars count only
/// when pooled to the rule's hours.
#[test]
fn a_draft_names_every_course_of_the_roster() {
    let dir = tmp("roster-last-courses");
    write(
        &dir,
        "roster.yaml",
        "form: roster\nlang: ky\ndepartment: Информатика\nteachers:\n  \
         - name: Асанов Бакыт Жумабекович\n    position: доцент\n    subject: Программалоо\n    \
         history:\n      - {kind: course, start: 2020-03-02, end: 2020-03-06}\n      \
         - {kind: seminar, start: 2022-04-01, end: 2022-04-02, hours: 16}\n",
    );
    let o = run(
        &dir,
        &[
            "draft",
            "annual-plan",
            "roster.yaml",
            "--year",
            "2026-2027",
            "-o",
            "plan.yaml",
        ],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let plan = std::fs::read_to_string(dir.join("plan.yaml")).unwrap();
    assert!(plan.contains("last_courses: [2020]"), "{plan}");
}
