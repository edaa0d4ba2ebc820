//! The declension, order, gender and position tables: hand-written
//! expected forms in `tests/fixtures/names/*.tsv`, one row per name or
//! position, checked against the functions of [`super`].

#![allow(clippy::unwrap_used, clippy::expect_used)]

use super::position::{self, Form, Note};
use super::ru::{self, Part};
use super::{Case, Gender};

fn rows(file: &str) -> Vec<Vec<String>> {
    let path = format!("{}/tests/fixtures/names/{file}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path)
        .unwrap()
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| l.split('\t').map(str::to_owned).collect())
        .collect()
}

fn gender(g: &str) -> Option<Gender> {
    match g {
        "m" => Some(Gender::Male),
        "f" => Some(Gender::Female),
        _ => None,
    }
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
fn russian_surnames_given_names_and_patronymics_table() {
    let mut failures = Vec::new();
    let mut total = 0;
    let mut check = |what: &str, got: String, want: &str| {
        total += 1;
        if got != want {
            failures.push(format!("{what}: got «{got}», want «{want}»"));
        }
    };
    let surnames = rows("ru-surnames.tsv");
    let given = rows("ru-given.tsv");
    let patronymics = rows("ru-patronymics.tsv");
    for r in &surnames {
        let g = gender(&r[1]);
        check(
            &format!("{} {} gen", r[0], r[1]),
            ru::decline(&r[0], Part::Surname, g, Case::From),
            &r[2],
        );
        check(
            &format!("{} {} dat", r[0], r[1]),
            ru::decline(&r[0], Part::Surname, g, Case::Dative),
            &r[3],
        );
    }
    for r in &given {
        let g = gender(&r[1]);
        check(
            &format!("{} gen", r[0]),
            ru::decline(&r[0], Part::Given, g, Case::From),
            &r[2],
        );
        check(
            &format!("{} dat", r[0]),
            ru::decline(&r[0], Part::Given, g, Case::Dative),
            &r[3],
        );
    }
    // Whole names: every surname with given names and patronymics of its
    // gender, full and short, with the gender given and (where the
    // patronymic tells it) without.
    let fem_patronymic = |p: &str| p.ends_with("на") || p.ends_with("кызы");
    for (i, s) in surnames.iter().enumerate() {
        let g = gender(&s[1]);
        let female = s[1] == "f";
        let gs: Vec<&Vec<String>> = given.iter().filter(|r| r[1] == s[1]).collect();
        let ps: Vec<&Vec<String>> = patronymics
            .iter()
            .filter(|p| fem_patronymic(&p[0]) == female || p[0].ends_with("оглы") && !female)
            .collect();
        for k in 0..3 {
            let gv = gs[(i + k * 7) % gs.len()];
            let p = ps[(i + k * 5) % ps.len()];
            let full = format!("{} {} {}", s[0], gv[0], p[0]);
            let short: String = format!(
                "{}.{}. {}",
                gv[0].chars().next().unwrap(),
                p[0].chars().next().unwrap(),
                s[0]
            );
            for (case, col) in [(Case::From, 2), (Case::Dative, 3)] {
                let want = format!("{} {} {}", s[col], gv[col], p[col - 1]);
                check(&full, super::ru_case_g(&full, g, case), &want);
                let infers = !p[0].ends_with("уулу") || !female;
                if infers {
                    check(
                        &format!("{full} (gender from the name)"),
                        super::ru_case(&full, case),
                        &want,
                    );
                }
                let want_short = format!("{} {}", &short[..short.rfind(' ').unwrap()], s[col]);
                check(&short, super::ru_case_g(&short, g, case), &want_short);
            }
        }
    }
    failures_report(&failures, total);
}

#[test]
fn names_in_every_order_table() {
    let mut failures = Vec::new();
    let table = rows("orders.tsv");
    for r in &table {
        let n = super::parse(&r[0]);
        let doubt = match n.doubt {
            None => "-",
            Some(super::Doubt::Order) => "order",
            Some(super::Doubt::Comma(_)) => "comma",
        };
        if n.short() != r[1] || doubt != r[2] {
            failures.push(format!(
                "«{}»: got «{}» {doubt}, want «{}» {}",
                r[0],
                n.short(),
                r[1],
                r[2]
            ));
        }
    }
    failures_report(&failures, table.len());
}

#[test]
fn gender_read_from_the_name_table() {
    let mut failures = Vec::new();
    let table = rows("gender.tsv");
    for r in &table {
        let got = super::gender(&r[0]);
        if got != gender(&r[1]) {
            failures.push(format!("«{}»: got {got:?}, want {}", r[0], r[1]));
        }
    }
    failures_report(&failures, table.len());
}

#[test]
fn kyrgyz_cases_table() {
    let mut failures = Vec::new();
    let table = rows("ky-cases.tsv");
    for r in &table {
        for (case, want) in [(Case::Dative, &r[1]), (Case::From, &r[2])] {
            let got = super::ky_case(&r[0], case);
            if &got != want {
                failures.push(format!("«{}» {case:?}: got «{got}», want «{want}»", r[0]));
            }
        }
    }
    failures_report(&failures, table.len() * 2);
}

#[test]
fn positions_table() {
    let mut failures = Vec::new();
    let table = rows("positions.tsv");
    for r in &table {
        let form = match r[1].as_str() {
            "gen" => Form::RuGenitive,
            "dat" => Form::RuDative,
            _ => Form::KyPossessive,
        };
        let w = position::word(&r[0], form);
        let note = match w.note {
            None => "-",
            Some(Note::Unknown) => "unknown",
            Some(Note::Translated) => "translated",
            Some(Note::Foreign) => "foreign",
            Some(Note::Abbreviation) => "abbreviation",
        };
        if w.text != r[2] || note != r[3] {
            failures.push(format!(
                "«{}» {}: got «{}» {note}, want «{}» {}",
                r[0], r[1], w.text, r[2], r[3]
            ));
        }
    }
    failures_report(&failures, table.len());
}
