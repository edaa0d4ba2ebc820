//! `check` over a folder that holds a roster: the documents checked against
//! the roster and against each other (SPEC §8).
//!
//! - `roster-name`: a person whose name, normalised (letter case, «ё», dots
//!   and spaces), is not in the roster but within a small edit distance of a
//!   roster name is a warning giving the roster's spelling. A name far from
//!   every roster name is left alone (a rector, a supervisor from elsewhere).
//! - `plan-agreement`: an application, internship programme or certificate
//!   of a teacher who has a row in the folder's annual plan states other
//!   dates (or another direction) than the row.
//! - `certificate-hours`: an internship certificate states fewer hours than
//!   the same teacher's internship programme.

use crate::locale::id;
use chrono::NaiveDate;

use super::Roster;
use crate::finding::{Finding, Label, rule};
use crate::forms::Document;
use crate::forms::annual_plan::AnnualPlan;
use crate::forms::annual_plan::Row;
use crate::forms::internship_certificate::InternshipCertificate;
use crate::forms::internship_program::InternshipProgram;
use crate::input::At;
use crate::locale::Msg;

/// A name as compared: lower case, «ё» as «е», letters and single spaces only.
pub(crate) fn normalise(name: &str) -> String {
    let cleaned: String = name
        .to_lowercase()
        .chars()
        .map(|c| match c {
            'ё' => 'е',
            c if c.is_alphanumeric() => c,
            _ => ' ',
        })
        .collect();
    cleaned.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The roster's spelling of a name written otherwise, if it is close to one.
pub(crate) fn roster_spelling<'r>(roster: &'r Roster, name: &str) -> Option<&'r str> {
    roster_teacher(roster, name).map(|n| n.v.as_str())
}

/// The roster's name (with its place) close to a name written otherwise.
fn roster_teacher<'r>(roster: &'r Roster, name: &str) -> Option<&'r At<String>> {
    let n = normalise(name);
    if n.is_empty() {
        return None;
    }
    let mut best: Option<(usize, &At<String>)> = None;
    for t in &roster.teachers {
        let r = normalise(&t.name.v);
        if r == n {
            return None;
        }
        let d = strsim::levenshtein(&r, &n);
        let limit = (r.chars().count() / 8).clamp(1, 3);
        if d <= limit && best.is_none_or(|(b, _)| d < b) {
            best = Some((d, &t.name));
        }
    }
    best.map(|(_, s)| s)
}

/// The name a document is about, normalised, with its roster spelling applied.
fn teacher_key(roster: &Roster, doc: &Document) -> Option<String> {
    let name = &doc.teacher()?.name.as_ref()?.v;
    Some(normalise(roster_spelling(roster, name).unwrap_or(name)))
}

fn differs(
    out: &mut Vec<Finding>,
    what: &'static str,
    mine: Option<&At<NaiveDate>>,
    row: Option<&At<NaiveDate>>,
    plan: &str,
) {
    if let (Some(m), Some(r)) = (mine, row)
        && m.v != r.v
    {
        out.push(
            Finding::new(
                rule::PLAN_AGREEMENT,
                m.pos,
                Msg::new(id::CROSS_PLAN_DATE)
                    .arg("what", what)
                    .arg("found", m.v)
                    .arg("plan", plan)
                    .arg("planned", r.v),
            )
            .with_label(Label::in_file(plan, r.pos, Msg::new(id::LABEL_PLAN_DATE))),
        );
    }
}

fn against_row(doc: &Document, row: &Row, plan: &str, out: &mut Vec<Finding>) {
    let Some(planned) = doc.planned() else {
        return;
    };
    let (start, end, direction) = (planned.start, planned.end, planned.direction);
    differs(out, "start", start, row.start.as_ref(), plan);
    differs(out, "end", end, row.end.as_ref(), plan);
    if let (Some(mine), Some(planned)) = (direction, row.direction.as_ref())
        && normalise(mine) != normalise(planned)
    {
        let pos = start.or(end).map_or(Default::default(), |d| d.pos);
        let mut finding = Finding::new(
            rule::PLAN_AGREEMENT,
            pos,
            Msg::new(id::CROSS_PLAN_DIRECTION)
                .arg("found", mine)
                .arg("plan", plan)
                .arg("planned", planned),
        );
        if let Some(n) = &row.name {
            finding = finding.with_label(Label::in_file(plan, n.pos, Msg::new(id::LABEL_PLAN_ROW)));
        }
        out.push(finding);
    }
}

/// The findings of every document against the roster (read from the file
/// `roster_file`) and the other documents: `docs` are the folder's
/// documents with their names; the result holds, for each of them, its new
/// findings, labelled with the places in the roster or the other documents
/// they disagree with.
pub fn check(
    (roster_file, roster): (&str, &Roster),
    docs: &[(&str, &Document)],
) -> Vec<Vec<Finding>> {
    let mut out: Vec<Vec<Finding>> = vec![Vec::new(); docs.len()];
    for (i, (_, doc)) in docs.iter().enumerate() {
        for n in doc.named() {
            if let Some(spelling) = roster_teacher(roster, &n.v) {
                out[i].push(
                    Finding::new(
                        rule::ROSTER_NAME,
                        n.pos,
                        Msg::new(id::CROSS_NAME)
                            .arg("found", &n.v)
                            .arg("roster", &spelling.v),
                    )
                    .with_label(Label::in_file(
                        roster_file,
                        spelling.pos,
                        Msg::new(id::LABEL_ROSTER_NAME),
                    )),
                );
            }
        }
    }
    // The annual plans' rows, by teacher.
    let mut rows: Vec<(String, &Row, &str)> = Vec::new();
    for (name, doc) in docs {
        if let Some(p) = doc.model::<AnnualPlan>() {
            for r in &p.teachers {
                if let Some(n) = &r.name {
                    let n = roster_spelling(roster, &n.v).unwrap_or(&n.v);
                    rows.push((normalise(n), r, name));
                }
            }
        }
    }
    for (i, (_, doc)) in docs.iter().enumerate() {
        let Some(key) = teacher_key(roster, doc) else {
            continue;
        };
        if let Some((_, row, plan)) = rows.iter().find(|(k, _, _)| *k == key) {
            against_row(doc, row, plan, &mut out[i]);
        }
        if let Some(c) = doc.model::<InternshipCertificate>()
            && let Some(h) = &c.hours
        {
            let program = docs.iter().find_map(|(name, d)| {
                let p = d.model::<InternshipProgram>()?;
                if teacher_key(roster, d).as_ref() != Some(&key) {
                    return None;
                }
                p.hours.as_ref().map(|ph| (ph, *name))
            });
            if let Some((ph, name)) = program
                && h.v < ph.v
            {
                out[i].push(
                    Finding::new(
                        rule::CERTIFICATE_HOURS,
                        h.pos,
                        Msg::new(id::CROSS_CERTIFICATE_HOURS)
                            .arg("hours", h.v)
                            .arg("program", name)
                            .arg("planned", ph.v),
                    )
                    .with_label(Label::in_file(
                        name,
                        ph.pos,
                        Msg::new(id::LABEL_PROGRAM_HOURS),
                    )),
                );
            }
        }
    }
    out
}
