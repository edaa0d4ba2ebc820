//! The same plan filed twice: a department keeps its annual plan (and its
//! perspective plan) in Kyrgyz and in Russian side by side, and both files
//! are one plan (regulation 4.1: one perspective plan and one plan for the
//! current academic year). [`relation`] tells whether two plans of a
//! folder are copies of each other, or claim to be the department's plan
//! of the same year while listing other rows.
//!
//! Readings chosen where the regulation and SPEC leave room:
//! - Two plans are of the same department when they are of the same
//!   academic year and name the same department (letter case, «ё»,
//!   punctuation and spacing aside), or — in one folder — are written in
//!   different languages and share a teacher: a translation may spell the
//!   department otherwise («Кыргыз тили» / «Кыргызский язык»), and a
//!   teacher is of one department. Two plans in one language naming two
//!   departments are two departments' plans; a plan that names none is
//!   its folder's department's (a perspective plan never names one).
//! - They are copies when they list the same rows: for an annual plan, the
//!   same teachers with the same kind, dates and hours; for a perspective
//!   plan, the same teachers with the same directions in each year. The
//!   order of the rows, and the words a translation changes (position,
//!   subject, institution, direction, note), do not matter.
//! - `execution` counts the first of the copies (by file name) and says
//!   which files it left out; plans that differ are both counted, and
//!   `check` over the folder warns (rule `plan-copies`) on the later file,
//!   naming the earlier one, with the first row found in one and not in
//!   the other.

use chrono::NaiveDate;

use crate::finding::{Finding, Label, rule};
use crate::forms::annual_plan::AnnualPlan;
use crate::forms::perspective_plan::PerspectivePlan;
use crate::forms::{Document, day};
use crate::locale::{Lang, Msg, id};
use crate::pipeline::Checked;
use crate::roster::cross::{normalise, roster_spelling};
use crate::yaml::Pos;

/// One row as compared: the teacher's key (see [`super::Folder::teacher_key`])
/// and what a translation leaves as it is.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
struct RowKey {
    teacher: String,
    /// Annual: kind, start, end, hours. Perspective: each year's first
    /// year and its directions, as text.
    facts: Vec<String>,
}

/// A row as shown in a message: the name as written and its dates or
/// years, with where it is written.
#[derive(Clone, Debug)]
struct Shown {
    key: RowKey,
    words: String,
    pos: Pos,
}

/// Which of the two plan forms.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// Form 2, one academic year.
    Annual,
    /// Form 1, three academic years.
    Perspective,
}

/// A plan of a folder, as [`relation`] compares it.
#[derive(Clone, Debug)]
pub struct Plan {
    /// Annual or perspective.
    pub kind: Kind,
    /// The (first) academic year's first year.
    pub year: Option<i32>,
    /// The department named, normalised (`None` for a perspective plan,
    /// whose rows name each teacher's department).
    department: Option<String>,
    /// The language it is written in.
    lang: Lang,
    /// Where its year is written (or the top of the file).
    year_pos: Pos,
    /// Its rows, sorted by key.
    rows: Vec<Shown>,
}

/// How two plans of a folder stand to each other.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Relation {
    /// Not of the same kind, year and department: nothing to say.
    Unrelated,
    /// The same rows: one plan in two files.
    Copies,
    /// The same department's plan of the same year, other rows.
    Differ,
}

impl Plan {
    /// The plan a document is, its teachers compared by `key` (the name as
    /// the folder compares names); `None` for any other form.
    pub fn of(doc: &Document, key: &dyn Fn(&str) -> String) -> Option<Plan> {
        let lang = doc.common.lang;
        if let Some(p) = doc.model::<AnnualPlan>() {
            let mut rows: Vec<Shown> = p
                .teachers
                .iter()
                .filter_map(|r| {
                    let name = r.name.as_ref().filter(|n| !n.v.trim().is_empty())?;
                    let (start, end) = (day(&r.start), day(&r.end));
                    Some(Shown {
                        key: RowKey {
                            teacher: key(&name.v),
                            facts: vec![
                                r.kind.as_ref().map_or("", |k| k.v).to_owned(),
                                iso(start),
                                iso(end),
                                r.hours
                                    .as_ref()
                                    .map(|h| h.v.to_string())
                                    .unwrap_or_default(),
                            ],
                        },
                        words: match (start, end) {
                            (None, None) => name.v.trim().to_owned(),
                            _ => format!("{} ({} – {})", name.v.trim(), dmy(start), dmy(end)),
                        },
                        pos: name.pos,
                    })
                })
                .collect();
            rows.sort_by(|a, b| a.key.cmp(&b.key));
            return Some(Plan {
                kind: Kind::Annual,
                year: p.year.as_ref().map(|y| y.v),
                department: p
                    .department
                    .as_deref()
                    .map(normalise)
                    .filter(|d| !d.is_empty()),
                lang,
                year_pos: p.year.as_ref().map(|y| y.pos).unwrap_or_default(),
                rows,
            });
        }
        let p = doc.model::<PerspectivePlan>()?;
        let mut rows: Vec<Shown> = p
            .teachers
            .iter()
            .filter_map(|r| {
                let name = r.name.as_ref().filter(|n| !n.v.trim().is_empty())?;
                let mut facts: Vec<String> = r
                    .plan
                    .iter()
                    .filter(|(_, dirs)| !dirs.is_empty())
                    .map(|(y, dirs)| {
                        let mut dirs = dirs.clone();
                        dirs.sort_unstable();
                        format!("{}: {}", academic(Some(y.v)), dirs.join(", "))
                    })
                    .collect();
                facts.sort();
                let words = match facts.is_empty() {
                    true => name.v.trim().to_owned(),
                    false => format!("{} ({})", name.v.trim(), facts.join("; ")),
                };
                Some(Shown {
                    key: RowKey {
                        teacher: key(&name.v),
                        facts,
                    },
                    words,
                    pos: name.pos,
                })
            })
            .collect();
        rows.sort_by(|a, b| a.key.cmp(&b.key));
        Some(Plan {
            kind: Kind::Perspective,
            year: p.years.as_ref().map(|y| y.v),
            department: None,
            lang,
            year_pos: p.years.as_ref().map(|y| y.pos).unwrap_or_default(),
            rows,
        })
    }

    /// The rows of `self` that `other` does not list.
    fn missing_from<'a>(&'a self, other: &'a Plan) -> impl Iterator<Item = &'a Shown> {
        self.rows
            .iter()
            .filter(|r| !other.rows.iter().any(|o| o.key == r.key))
    }

    /// The row to name when `self` and `other` differ, and whether it is
    /// `self`'s: one that plans something (a perspective plan's row
    /// without directions says less than the row it lost them from),
    /// `self`'s before `other`'s.
    fn first_difference<'a>(&'a self, other: &'a Plan) -> Option<(&'a Shown, bool)> {
        let mine = self.missing_from(other).map(|r| (r, true));
        let theirs = other.missing_from(self).map(|r| (r, false));
        let all: Vec<(&Shown, bool)> = mine.chain(theirs).collect();
        all.iter()
            .find(|(r, _)| !r.key.facts.is_empty())
            .or(all.first())
            .copied()
    }
}

/// How plans `a` and `b` stand to each other; `same_folder` when both are
/// in one department's folder (a translated department name is then
/// still the same department).
pub fn relation(a: &Plan, b: &Plan, same_folder: bool) -> Relation {
    // A plan that names no department is its folder's; a translation may
    // spell the department otherwise, but lists some of its teachers (a
    // teacher is of one department).
    let same_department = match (&a.department, &b.department) {
        (Some(x), Some(y)) => {
            x == y
                || (same_folder
                    && a.lang != b.lang
                    && a.rows
                        .iter()
                        .any(|r| b.rows.iter().any(|o| o.key.teacher == r.key.teacher)))
        }
        _ => same_folder,
    };
    if a.kind != b.kind || a.year != b.year || a.year.is_none() || !same_department {
        return Relation::Unrelated;
    }
    let keys = |p: &Plan| p.rows.iter().map(|r| r.key.clone()).collect::<Vec<_>>();
    if keys(a) == keys(b) {
        Relation::Copies
    } else {
        Relation::Differ
    }
}

fn iso(d: Option<NaiveDate>) -> String {
    d.map_or_else(String::new, |d| d.to_string())
}

fn dmy(d: Option<NaiveDate>) -> String {
    d.map_or_else(String::new, |d| d.format("%d.%m.%Y").to_string())
}

/// The academic year as written, `2025-2026`.
fn academic(year: Option<i32>) -> String {
    year.map_or_else(String::new, |y| format!("{y}-{}", y + 1))
}

/// The folder check (`check` over several files): for each plan among
/// `read` that is the same department's plan of the same year as an
/// earlier one but lists other rows, its index and the warning. Teachers
/// are compared as the folder compares them (the roster's spelling when
/// `read` holds a roster).
pub fn differing_plans(read: &[Checked]) -> Vec<(usize, Vec<Finding>)> {
    let roster = read.iter().find_map(Checked::roster);
    let key = |name: &str| {
        normalise(
            roster
                .and_then(|r| roster_spelling(r, name))
                .unwrap_or(name),
        )
    };
    let plans: Vec<(usize, &str, Plan)> = read
        .iter()
        .enumerate()
        .filter_map(|(i, c)| Some((i, c.name.as_str(), Plan::of(c.doc()?, &key)?)))
        .collect();
    let mut out = Vec::new();
    for (j, (i, name, plan)) in plans.iter().enumerate() {
        // The first earlier plan of the same department and year that
        // this one differs from; a file already warned about is not
        // warned about again for each later copy.
        let Some((_, earlier, first)) = plans[..j]
            .iter()
            .find(|(_, _, p)| relation(p, plan, true) == Relation::Differ)
        else {
            continue;
        };
        let Some((row, mine)) = plan.first_difference(first) else {
            continue;
        };
        let (only_in, pos) = match mine {
            true => (*name, row.pos),
            false => (*earlier, plan.year_pos),
        };
        let row = row.words.clone();
        let msg = Msg::new(match plan.kind {
            Kind::Annual => id::PLAN_COPIES_ANNUAL,
            Kind::Perspective => id::PLAN_COPIES_PERSPECTIVE,
        })
        .arg("other", earlier)
        .arg("year", academic(plan.year))
        .arg("row", row)
        .arg("only", only_in);
        out.push((
            *i,
            vec![
                Finding::new(rule::PLAN_COPIES, pos, msg).with_label(Label::in_file(
                    earlier,
                    first.year_pos,
                    Msg::new(id::LABEL_PLAN_COPY),
                )),
            ],
        ));
    }
    out
}
