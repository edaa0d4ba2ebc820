//! The table of values as people type them (`tests/fixtures/names/values.tsv`):
//! each row puts one typed value in its place in a small document, reads
//! and checks it as `check` does, and looks for the expected words in what
//! the form's template receives (its strings with the page's invisible
//! marks taken out), and for the note or warning the value gives.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::finding::Severity;

fn rows() -> Vec<Vec<String>> {
    let path = format!(
        "{}/tests/fixtures/names/values.tsv",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read_to_string(&path)
        .unwrap()
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| l.split('\t').map(str::to_owned).collect())
        .collect()
}

/// A document of the place's form with `@` where the typed value goes.
fn document(place: &str, lang: &str) -> String {
    let position = if lang == "ky" {
        "ага окутуучу"
    } else {
        "ассистент"
    };
    let mut teacher = format!(
        "{{name: Асанов Бакыт Жумабекович, position: {position}, department: Информатика}}"
    );
    let set = |t: &mut String, key: &str| {
        let start = t.find(&format!("{key}: ")).unwrap() + key.len() + 2;
        let end = start + t[start..].find([',', '}']).unwrap();
        t.replace_range(start..end, "\"@\"");
    };
    let (form, field) = place.split_once('.').unwrap();
    let mut approver = "{name: Абдыкадыров Темир Сулайманович}".to_owned();
    let mut head = "{name: Токтогулова Айжан Мирлан кызы}".to_owned();
    let mut supervisor = "{name: Сыдыков Эрлан Бакирович}".to_owned();
    let mut rector = "{name: Шаршембиев Жаныбек Сейитбекович}".to_owned();
    let (mut faculty, mut department) = ("Физика-математика", "Информатика");
    let mut teacher_name = "Асанов Бакыт Жумабекович";
    let mut number = "0012";
    let (mut direction, mut institution) = ("Санариптик билим", "КУУ");
    match field {
        "department" | "teacher.department" | "applicant.department" => {
            set(&mut teacher, "department")
        }
        "applicant.position" => set(&mut teacher, "position"),
        "applicant.name" => set(&mut teacher, "name"),
        "rector.position" => {
            rector = "{name: Шаршембиев Жаныбек Сейитбекович, position: \"@\"}".into()
        }
        "approver.position" => {
            approver = "{name: Абдыкадыров Темир Сулайманович, position: \"@\"}".into()
        }
        "head.position" => head = "{name: Токтогулова Айжан Мирлан кызы, position: \"@\"}".into(),
        "supervisor.position" => {
            supervisor = "{name: Сыдыков Эрлан Бакирович, position: \"@\"}".into()
        }
        "faculty" => faculty = "@",
        "teacher.name" => teacher_name = "@",
        "number" => number = "@",
        "direction" => direction = "@",
        "institution" => institution = "@",
        other => panic!("no place {other}"),
    }
    if form == "annual-plan" && field == "department" {
        department = "@";
    }
    let q = |s: &str| format!("\"{s}\"");
    // Single quotes, for values typed with double quotes in them.
    let sq = |s: &str| format!("'{s}'");
    match form {
        "application" => format!(
            "form: application\nlang: {lang}\nrector: {rector}\napplicant: {teacher}\n\
             kind: internship\nstart: 2025-11-03\nend: 2025-11-16\n\
             direction: {}\ninstitution: {}\n",
            sq(direction),
            sq(institution)
        ),
        "annual-plan" => format!(
            "form: annual-plan\nlang: {lang}\nyear: 2025-2026\nfaculty: {}\ndepartment: {}\n\
             approver: {approver}\nhead: {head}\nteachers:\n  - name: {}\n    position: доцент\n",
            q(faculty),
            q(department),
            q(teacher_name)
        ),
        "perspective-plan" => format!(
            "form: perspective-plan\nlang: {lang}\nyears: 2025-2026\napprover: {approver}\n\
             teachers:\n  - department: {}\n    name: Асанов Бакыт\n    plan: {{2025-2026: [it]}}\n",
            if field == "department" {
                "\"@\""
            } else {
                "Информатика"
            }
        ),
        "report" => format!(
            "form: report\nlang: {lang}\nteacher: {teacher}\n\
             certificate: {{kind: certificate, number: {}, issuer: КУУ}}\n",
            q(number)
        ),
        "internship-program" => format!(
            "form: internship-program\nlang: {lang}\napprover: {approver}\nteacher: {teacher}\n\
             supervisor: {supervisor}\n"
        ),
        "internship-certificate" => format!(
            "form: internship-certificate\nlang: {lang}\nteacher: {teacher}\n\
             supervisor: {supervisor}\n"
        ),
        other => panic!("no form {other}"),
    }
}

/// Every string of a template's data, with the marks the page never shows
/// taken out and its no-break spaces as spaces.
fn strings(v: &serde_json::Value, out: &mut Vec<String>) {
    match v {
        serde_json::Value::String(s) => out.push(
            s.chars()
                .filter(|c| !matches!(c, '\u{ad}' | '\u{2060}' | '\u{200b}'))
                .map(|c| if c == '\u{a0}' { ' ' } else { c })
                .collect(),
        ),
        serde_json::Value::Array(a) => a.iter().for_each(|i| strings(i, out)),
        serde_json::Value::Object(m) => m.values().for_each(|i| strings(i, out)),
        _ => {}
    }
}

#[test]
fn every_value_as_typed_is_printed_as_the_form_needs() {
    let mut failures = Vec::new();
    let rows = rows();
    for r in &rows {
        let [place, lang, typed, want, finding] = r.as_slice() else {
            panic!("a row of five columns: {r:?}");
        };
        let want = want.replace("\\n", "\n");
        let yaml = document(place, lang).replace('@', typed);
        let root = crate::yaml::parse(&yaml).expect("the row's document parses");
        let mut ctx = crate::input::Ctx::new(&yaml);
        let doc = crate::forms::read(&mut ctx, &root, None).expect("the row's document reads");
        let data = doc.view(Default::default()).unwrap();
        let mut printed = Vec::new();
        strings(&data, &mut printed);
        let what = format!("{place} {lang} «{typed}»");
        if !printed.iter().any(|s| s.contains(&want)) {
            let near: Vec<&String> = printed
                .iter()
                .filter(|s| want.split(' ').any(|w| w.len() > 4 && s.contains(w)))
                .collect();
            failures.push(format!("{what}: «{want}» not printed; printed {near:?}"));
        }
        let ours = ["unit", "name-case", "number-sign", "position"];
        let found: Vec<String> = ctx
            .findings
            .iter()
            .filter(|f| ours.contains(&f.rule.id))
            .map(|f| match f.severity {
                Severity::Info => format!("{}:info", f.rule.id),
                _ => f.rule.id.to_owned(),
            })
            .collect();
        let ok = match finding.as_str() {
            "-" => found.is_empty(),
            f => found.iter().any(|x| x == f),
        };
        if !ok {
            failures.push(format!("{what}: finding {finding} expected, got {found:?}"));
        }
        // A note never fails a render.
        if ctx.findings.iter().any(|f| f.severity == Severity::Error) {
            failures.push(format!("{what}: an error among {:?}", ctx.findings));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} wrong:\n{}",
        failures.len(),
        rows.len(),
        failures.join("\n")
    );
    assert!(rows.len() > 40);
}
