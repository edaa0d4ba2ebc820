//! Every rule of SPEC §3: one input that breaks it and one that just passes
//! it, checked through `tirkeme check --format json` as a program would.

use crate::common::*;
use serde_json::Value;

/// A case: the YAML that breaks a rule, the change that makes it just pass,
/// and what the finding must say.
struct Case {
    rule: &'static str,
    severity: &'static str,
    clause: &'static str,
    line: u64,
    breaks: &'static str,
    passes: &'static str,
}

const PLAN_HEAD: &str = "form: annual-plan\nyear: 2025-2026\ndepartment: Информатика\nteachers:\n  - name: Асанов Бакыт\n    last_courses: [2022]\n";

fn annual(row: &str) -> String {
    format!("{PLAN_HEAD}{row}")
}

const CASES: &[Case] = &[
    Case {
        rule: "course-hours",
        severity: "error",
        clause: "1.5",
        line: 8,
        breaks: "    kind: course\n    hours: 71\n",
        passes: "    kind: course\n    hours: 72\n",
    },
    Case {
        rule: "internship-length",
        severity: "error",
        clause: "III",
        line: 9,
        breaks: "    kind: internship\n    start: 2025-11-03\n    end: 2025-11-15\n    institution: КУУ\n",
        passes: "    kind: internship\n    start: 2025-11-03\n    end: 2025-11-16\n    institution: КУУ\n",
    },
    Case {
        rule: "internship-length",
        severity: "error",
        clause: "III",
        line: 10,
        breaks: "    kind: internship\n    start: 2025-11-03\n    end: 2025-11-07\n    hours: 71\n    institution: КУУ\n",
        passes: "    kind: internship\n    start: 2025-11-03\n    end: 2025-11-07\n    hours: 72\n    institution: КУУ\n",
    },
    Case {
        rule: "retraining-hours",
        severity: "error",
        clause: "III",
        line: 8,
        breaks: "    kind: retraining\n    hours: 249\n",
        passes: "    kind: retraining\n    hours: 250\n",
    },
    Case {
        rule: "creative-leave",
        severity: "error",
        clause: "III (2.1)",
        line: 9,
        breaks: "    kind: creative-leave\n    start: 2025-09-01\n    end: 2026-03-01\n",
        passes: "    kind: creative-leave\n    start: 2025-09-01\n    end: 2026-02-28\n",
    },
    Case {
        rule: "host-external",
        severity: "error",
        clause: "6.2",
        line: 8,
        breaks: "    kind: internship\n    institution: Талас мамлекеттик университети\n    hours: 72\n",
        passes: "    kind: internship\n    institution: Талас мамлекеттик агрардык колледжи\n    hours: 72\n",
    },
    Case {
        rule: "foreign-funding",
        severity: "error",
        clause: "6.4",
        line: 10,
        breaks: "    kind: internship\n    hours: 72\n    country: KZ\n    funding: budget\n",
        passes: "    kind: internship\n    hours: 72\n    country: KZ\n    funding: grant\n",
    },
    Case {
        rule: "dates",
        severity: "error",
        clause: "—",
        line: 8,
        breaks: "    start: 2025-11-03\n    end: 2025-11-02\n",
        passes: "    start: 2025-11-03\n    end: 2025-11-03\n",
    },
    Case {
        rule: "dates",
        severity: "error",
        clause: "—",
        line: 8,
        breaks: "    start: 2026-08-31\n    end: 2026-09-01\n",
        passes: "    start: 2026-08-30\n    end: 2026-08-31\n",
    },
    Case {
        rule: "five-years",
        severity: "warning",
        clause: "1.5",
        line: 6,
        breaks: "",
        passes: "",
    },
];

/// Findings of one YAML text, as JSON objects.
fn findings(name: &str, yaml: &str) -> Vec<Value> {
    let dir = tmp(name);
    write(&dir, "in.yaml", yaml);
    let out = run(&dir, &["check", "--format", "json", "in.yaml"]);
    let text = stdout(&out);
    let list: Vec<Value> = text
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let errors = list.iter().any(|f| f["severity"] == "error");
    assert_eq!(
        out.status.code(),
        Some(if errors { 1 } else { 0 }),
        "{text}"
    );
    list
}

fn assert_finding(list: &[Value], c: &Case, yaml: &str) {
    let hit = list.iter().find(|f| f["rule"] == c.rule);
    let Some(f) = hit else {
        panic!("no `{}` finding for:\n{yaml}\ngot {list:?}", c.rule)
    };
    assert_eq!(f["severity"], c.severity, "{f}");
    assert_eq!(f["clause"], c.clause, "{f}");
    assert_eq!(f["line"], c.line, "{f}");
    assert_eq!(f["file"], "in.yaml");
    assert!(f["column"].as_u64().unwrap() > 0);
    assert!(!f["message"].as_str().unwrap().is_empty());
}

#[test]
fn annual_plan_rules_break_and_just_pass() {
    for c in CASES.iter().filter(|c| c.rule != "five-years") {
        let bad = annual(c.breaks);
        assert_finding(&findings(c.rule, &bad), c, &bad);
        let good = annual(c.passes);
        let list = findings(c.rule, &good);
        assert!(
            !list.iter().any(|f| f["rule"] == c.rule),
            "`{}` fired on the passing input:\n{good}\n{list:?}",
            c.rule
        );
    }
}

#[test]
fn five_years_on_an_annual_plan_warns() {
    let c = &CASES[CASES.len() - 1];
    let old = PLAN_HEAD.replace("[2022]", "[2019]");
    assert_finding(&findings("5y", &old), c, &old);
    let just = PLAN_HEAD.replace("[2022]", "[2020]");
    assert!(
        !findings("5y", &just)
            .iter()
            .any(|f| f["rule"] == "five-years")
    );
    let none = PLAN_HEAD.replace("    last_courses: [2022]\n", "");
    let list = findings("5y", &none);
    let f = list
        .iter()
        .find(|f| f["rule"] == "five-years")
        .expect("no record warns");
    assert_eq!(f["severity"], "warning");
}

fn perspective(last: &str, plan: &str) -> String {
    format!(
        "form: perspective-plan\nyears: 2025-2026\nteachers:\n  - name: Асанов Бакыт\n    last_courses: [{last}]\n    plan:\n{plan}"
    )
}

#[test]
fn five_years_on_a_perspective_plan() {
    // Latest 2020: due by 2025-2026 at the latest.
    let bad = perspective("2020", "      2026-2027: [it]\n");
    let list = findings("5yp", &bad);
    let f = list
        .iter()
        .find(|f| f["rule"] == "five-years")
        .unwrap_or_else(|| panic!("{list:?}"));
    assert_eq!(
        (
            f["severity"].as_str(),
            f["clause"].as_str(),
            f["line"].as_u64()
        ),
        (Some("error"), Some("1.5"), Some(5))
    );
    let good = perspective("2020", "      2025-2026: [it]\n");
    assert!(
        !findings("5yp", &good)
            .iter()
            .any(|f| f["rule"] == "five-years")
    );
    // Latest 2021: 2026-2027 is just in time.
    let good = perspective("2021", "      2026-2027: [methodology]\n");
    assert!(
        !findings("5yp", &good)
            .iter()
            .any(|f| f["rule"] == "five-years")
    );
}

#[test]
fn academic_year_is_two_consecutive_years() {
    let bad = "form: annual-plan\nyear: 2025-2027\nteachers: []\n";
    let list = findings("ay", bad);
    let f = list.iter().find(|f| f["rule"] == "academic-year").unwrap();
    assert_eq!(
        (f["line"].as_u64(), f["column"].as_u64()),
        (Some(2), Some(7))
    );
    let good = "form: annual-plan\nyear: 2025-2026\nteachers: []\n";
    assert!(
        findings("ay", good)
            .iter()
            .all(|f| f["rule"] != "academic-year")
    );
    let outside = perspective("2024", "      2028-2029: [it]\n");
    let list = findings("ay", &outside);
    assert_eq!(
        list.iter().find(|f| f["rule"] == "academic-year").unwrap()["line"],
        7
    );
}

const PROGRAM: &str = "form: internship-program\nteacher: Асанов Бакыт\nhost: {name: КУУ, country: KG}\nstart: 2025-11-03\nend: 2025-11-16\nplan:\n  - {activity: self-study, hours: 30}\n  - {activity: skills, hours: 42}\nhours: 72\n";

#[test]
fn plan_hours_add_up() {
    assert!(
        findings("ph", PROGRAM).is_empty(),
        "{:?}",
        findings("ph", PROGRAM)
    );
    let bad = PROGRAM.replace("hours: 72", "hours: 80");
    let list = findings("ph", &bad);
    let f = list.iter().find(|f| f["rule"] == "plan-hours").unwrap();
    assert_eq!(
        (f["severity"].as_str(), f["line"].as_u64()),
        (Some("error"), Some(9))
    );
}

#[test]
fn internship_program_abroad_needs_host_or_grant_funding() {
    let abroad = PROGRAM.replace("country: KG", "country: TR");
    let list = findings("ff", &abroad);
    let f = list
        .iter()
        .find(|f| f["rule"] == "foreign-funding")
        .unwrap();
    assert_eq!(
        (f["clause"].as_str(), f["line"].as_u64()),
        (Some("6.4"), Some(3))
    );
    let funded = format!("{abroad}funding: host\n");
    assert!(
        findings("ff", &funded)
            .iter()
            .all(|f| f["rule"] != "foreign-funding")
    );
}

const CERT: &str = "form: internship-certificate\nteacher: Асанов Бакыт\nhost: {name: КУУ}\nstart: 2025-11-03\nend: 2025-11-16\nhours: 72\nsubmitted: 2025-12-01\n";

#[test]
fn report_deadline_is_fifteen_days() {
    let list = findings("rd", CERT);
    assert!(
        list.iter().all(|f| f["rule"] != "report-deadline"),
        "{list:?}"
    );
    let late = CERT.replace("2025-12-01", "2025-12-02");
    let list = findings("rd", &late);
    let f = list
        .iter()
        .find(|f| f["rule"] == "report-deadline")
        .unwrap();
    assert_eq!(
        (
            f["severity"].as_str(),
            f["clause"].as_str(),
            f["line"].as_u64()
        ),
        (Some("warning"), Some("6.6"), Some(7))
    );
}

#[test]
fn certificate_is_hosted_elsewhere() {
    let own = CERT.replace("name: КУУ", "name: ТалМУ");
    let f = findings("he", &own)
        .into_iter()
        .find(|f| f["rule"] == "host-external")
        .unwrap();
    assert_eq!(f["line"], 3);
}

#[test]
fn a_report_names_its_certificate() {
    let bare = "form: report\nteacher: Асанов Бакыт\ngoal: x\n";
    let list = findings("cert", bare);
    let f = list.iter().find(|f| f["rule"] == "certificate").unwrap();
    assert_eq!(
        (
            f["severity"].as_str(),
            f["clause"].as_str(),
            f["line"].as_u64()
        ),
        (Some("error"), Some("3 item 6, 7.1"), Some(1))
    );
    let half = format!("{bare}certificate: {{kind: certificate}}\n");
    assert_eq!(
        findings("cert", &half)
            .iter()
            .find(|f| f["rule"] == "certificate")
            .unwrap()["line"],
        4
    );
    let full = format!("{bare}certificate: {{kind: certificate, number: A-1}}\n");
    assert!(
        findings("cert", &full)
            .iter()
            .all(|f| f["rule"] != "certificate")
    );
}

#[test]
fn lookalikes_are_replaced_and_reported_at_their_letter() {
    let yaml = "form: application\napplicant: Тγркγн Aсан\n";
    let list = findings("la", yaml);
    let cols: Vec<u64> = list
        .iter()
        .filter(|f| f["rule"] == "lookalike")
        .map(|f| f["column"].as_u64().unwrap())
        .collect();
    // One finding per word, at its first replaced letter.
    assert_eq!(cols, vec![13, 19]);
    assert!(list.iter().all(|f| f["severity"] == "warning"));
    let dir = tmp("la");
    write(&dir, "a.yaml", yaml);
    let out = run(&dir, &["render", "a.yaml", "-o", "a.pdf"]);
    assert!(
        out.status.success(),
        "warnings do not stop a render: {}",
        stderr(&out)
    );
    assert!(pdf_text(&dir.join("a.pdf"), None).contains("А. Түркүн"));
}

#[test]
fn schema_problems_are_findings_with_places() {
    let yaml = "form: annual-plan\nyear: 2025-2026\nteachrs: []\nfaculty: [a]\n";
    let list = findings("schema", yaml);
    let unknown = list.iter().find(|f| f["rule"] == "unknown-key").unwrap();
    assert_eq!(
        (unknown["line"].as_u64(), unknown["column"].as_u64()),
        (Some(3), Some(1))
    );
    assert!(
        unknown["message"].as_str().unwrap().contains("`teachers`"),
        "{unknown}"
    );
    let missing = list.iter().find(|f| f["rule"] == "missing").unwrap();
    assert!(missing["message"].as_str().unwrap().contains("teachers"));
    let ty = list.iter().find(|f| f["rule"] == "type").unwrap();
    assert_eq!(ty["line"], 4);
    let form = findings("schema", "form: aplication\n");
    let f = &form[0];
    assert_eq!(f["rule"], "unknown-form");
    for id in FORMS {
        assert!(f["message"].as_str().unwrap().contains(id), "{f}");
    }
    let syntax = findings("schema", "form: report\nteacher: [a, b\n");
    assert_eq!(syntax[0]["rule"], "syntax");
    assert!(syntax[0]["line"].as_u64().unwrap() >= 2);
}

#[test]
fn every_finding_of_a_file_comes_at_once() {
    let yaml = annual(
        "    kind: course\n    hours: 10\n    start: 2025-11-03\n    end: 2025-11-01\n  - name: Б\n    kind: retraining\n    hours: 100\n    last_courses: [2023]\n",
    );
    let rules: Vec<String> = findings("all", &yaml)
        .iter()
        .map(|f| f["rule"].as_str().unwrap().to_owned())
        .collect();
    for r in ["course-hours", "dates", "retraining-hours"] {
        assert!(rules.contains(&r.to_owned()), "{r} missing from {rules:?}");
    }
}

#[test]
fn render_refuses_errors_and_writes_nothing() {
    let dir = tmp("refuse");
    write(&dir, "a.yaml", &annual("    kind: course\n    hours: 10\n"));
    let out = run(&dir, &["render", "a.yaml", "-o", "a.pdf"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("course-hours"));
    assert!(!dir.join("a.pdf").exists());
}

#[test]
fn messages_follow_the_users_language() {
    let dir = tmp("uilang");
    write(&dir, "a.yaml", &annual("    kind: course\n    hours: 10\n"));
    let ky = tirkeme()
        .current_dir(&dir)
        .env("LANG", "ky_KG.UTF-8")
        .args(["check", "a.yaml"])
        .output()
        .unwrap();
    assert!(stdout(&ky).contains("кеминде 72 саат"), "{}", stdout(&ky));
    let ru = run(&dir, &["--ui-lang", "ru", "check", "a.yaml"]);
    assert!(stdout(&ru).contains("не менее 72 часов"), "{}", stdout(&ru));
}

#[test]
fn characters_the_font_lacks_are_errors_at_their_place() {
    // Found by the fuzzer: an Armenian letter from a flipped bit.
    let list = findings(
        "glyph",
        "form: application\napplicant: Асанов\ndirection: abԾ\n",
    );
    let f = list
        .iter()
        .find(|f| f["rule"] == "glyph")
        .unwrap_or_else(|| panic!("{list:?}"));
    assert_eq!(
        (f["line"].as_u64(), f["column"].as_u64()),
        (Some(3), Some(14))
    );
    assert!(f["message"].as_str().unwrap().contains("U+053E"));
    let ok = findings(
        "glyph",
        "form: application\napplicant: Асанов\ndirection: ҢңӨөҮү «x» – №\n",
    );
    assert!(ok.iter().all(|f| f["rule"] != "glyph"), "{ok:?}");
}

#[test]
fn a_quoted_value_ending_in_a_multibyte_letter_does_not_crash() {
    // Found by the fuzzer (seed 11): a scalar whose written form is one byte
    // longer than its value, ending inside a Cyrillic letter.
    let list = findings(
        "mb",
        "form: application\napplicant: Асанов\ndirection: Moodle системасында\n    оԽлайн\n",
    );
    assert!(list.iter().any(|f| f["rule"] == "glyph"), "{list:?}");
}

#[test]
fn rules_lists_each_rule_once_with_the_forms_own() {
    // A form's own rules are declared in its module (`Form::RULES`); the
    // list a secretary reads names each of them once, with its clause,
    // after the shared ones and before the template's.
    let dir = tmp("rules-list");
    let own: Vec<_> = tirkeme::forms::FormId::ALL
        .iter()
        .flat_map(|f| f.rules())
        .collect();
    assert!(own.iter().any(|r| r.id == "quorum"), "{own:?}");
    for ui in ["ky", "ru", "en"] {
        let out = stdout(&run(&dir, &["--ui-lang", ui, "rules"]));
        let ids: Vec<&str> = out
            .lines()
            .skip(1)
            .filter_map(|l| l.split_whitespace().next())
            .collect();
        let all: Vec<&str> = tirkeme::forms::every_rule().map(|r| r.id).collect();
        assert_eq!(ids, all, "{out}");
        for r in &own {
            let line = out
                .lines()
                .find(|l| l.split_whitespace().next() == Some(r.id))
                .unwrap_or_else(|| panic!("`{}` is not listed:\n{out}", r.id));
            assert!(line.contains(r.clause), "{line}");
        }
        let position = |id: &str| ids.iter().position(|i| *i == id).unwrap();
        assert!(position("certificate-hours") < position(own[0].id), "{out}");
        assert!(
            position(own[own.len() - 1].id) < position("template"),
            "{out}"
        );
    }
}
