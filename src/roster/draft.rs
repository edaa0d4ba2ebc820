//! Plans drafted from the roster (SPEC §8): the annual plan's rows for
//! every teacher not `ok` on 1 September of its year, the perspective plan
//! with a planned year for everyone, none later than their due year. What
//! the roster cannot know (kind, dates, hours, institution) is left out, so
//! the plan prints blank lines for the secretary; the draft renders as it is.
//! Rows are typed values written by [`crate::yaml::to_string`], text quoted
//! only where YAML would read it otherwise.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::Serialize;
use serde_saphyr::{FlowMap, FlowSeq, SerializeError};

use super::standing::{self, State};
use super::{Roster, Teacher};
use crate::forms::annual_plan::AnnualPlan;
use crate::forms::perspective_plan::PerspectivePlan;
use crate::forms::{Form, Person};
use crate::yaml::Text;

/// A drafted plan, key by key as the examples write it: what the roster
/// does not know is left out.
#[derive(Serialize)]
struct Draft {
    form: &'static str,
    lang: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    university: Option<FlowMap<University>>,
    /// The annual plan's academic year (`2026-2027`).
    #[serde(skip_serializing_if = "Option::is_none")]
    year: Option<String>,
    /// The perspective plan's first academic year.
    #[serde(skip_serializing_if = "Option::is_none")]
    years: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    faculty: Option<Text<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    department: Option<Text<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    head: Option<FlowMap<Signer>>,
    teachers: Vec<Row>,
}

/// The university, on one line: `{name: …, short: …}`.
#[derive(Serialize)]
struct University {
    #[serde(skip_serializing_if = "Option::is_none")]
    name: Option<Text<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    short: Option<Text<String>>,
}

/// A person who signs, on one line: `{name: …, position: …}`.
#[derive(Serialize)]
struct Signer {
    name: Text<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    position: Option<Text<String>>,
}

/// A teacher's row of a drafted plan.
#[derive(Serialize)]
struct Row {
    name: Text<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    position: Option<Text<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    subject: Option<Text<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    degree: Option<Text<String>>,
    /// `[2019, 2022]`.
    #[serde(skip_serializing_if = "Option::is_none")]
    last_courses: Option<FlowSeq<Vec<i32>>>,
    /// The annual plan's row carries the gender into the application.
    #[serde(skip_serializing_if = "Option::is_none")]
    gender: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    department: Option<Text<String>>,
    /// The perspective plan's year and direction: `{2026-2027: [specialty]}`.
    #[serde(skip_serializing_if = "Option::is_none")]
    plan: Option<Planned>,
}

/// A perspective plan's year and direction, on one line.
type Planned = FlowMap<BTreeMap<String, FlowSeq<[&'static str; 1]>>>;

fn text(s: &Option<String>) -> Option<Text<String>> {
    s.clone().map(Text)
}

fn signer(p: &Person) -> Option<FlowMap<Signer>> {
    Some(FlowMap(Signer {
        name: Text(p.name.as_ref()?.v.clone()),
        position: text(&p.position),
    }))
}

fn top(roster: &Roster, form: &'static str) -> Draft {
    let u = &roster.university;
    Draft {
        form,
        lang: roster.lang.code(),
        university: (u.name.is_some() || u.short.is_some()).then(|| {
            FlowMap(University {
                name: text(&u.name),
                short: text(&u.short),
            })
        }),
        year: None,
        years: None,
        faculty: None,
        department: None,
        head: None,
        teachers: Vec::new(),
    }
}

/// The years of a teacher's courses up to `on`, the latest three (what a
/// plan's «last courses» column holds; the web page fills it in when a
/// teacher is picked from the roster): the years the rule was completed
/// (seminars and conferences pooled to 72 hours), and every course,
/// internship or retraining ended by then, whatever its hours (a course
/// whose hours are not written is still a course taken).
pub fn last_courses(t: &Teacher, on: NaiveDate) -> Vec<i32> {
    let courses = t.history.iter().filter_map(|a| {
        let kind = a.kind.as_ref()?.v;
        let day = a.end.as_ref().or(a.start.as_ref())?.v;
        (standing::counts(kind) && !standing::pooled(kind) && day <= on).then_some(day)
    });
    let mut years: Vec<i32> = standing::completions(t, on)
        .into_iter()
        .chain(courses)
        .map(|d| chrono::Datelike::year(&d))
        .collect();
    years.sort_unstable();
    years.dedup();
    let skip = years.len().saturating_sub(3);
    years.split_off(skip)
}

fn row(t: &Teacher, on: NaiveDate) -> Row {
    let years = last_courses(t, on);
    Row {
        name: Text(t.name.v.clone()),
        position: text(&t.position),
        subject: text(&t.subject),
        degree: text(&t.degree),
        last_courses: (!years.is_empty()).then_some(FlowSeq(years)),
        gender: None,
        department: None,
        plan: None,
    }
}

/// The annual plan of the academic year starting in `year`: a row for
/// every teacher whose state on 1 September is `never`, `overdue` or `due`.
pub fn annual_plan(roster: &Roster, year: i32) -> Result<String, SerializeError> {
    let on = NaiveDate::from_ymd_opt(year, 9, 1).unwrap_or_default();
    let mut draft = top(roster, AnnualPlan::ID);
    draft.year = Some(format!("{}-{}", year, year + 1));
    draft.faculty = text(&roster.faculty);
    draft.department = text(&roster.department);
    draft.head = roster.head.as_ref().and_then(signer);
    draft.teachers = roster
        .teachers
        .iter()
        .filter(|t| standing::teacher_standing(t, on).state.needs_plan())
        .map(|t| Row {
            gender: t.gender,
            ..row(t, on)
        })
        .collect();
    crate::yaml::to_string(&draft)
}

/// The academic year (its first year) a teacher is planned in, in a plan
/// of the three years from `from`: the year holding their due date, or the
/// first year when they are overdue or have no record, or the last of the
/// three when due later.
pub(crate) fn planned_year(state: State, due: Option<NaiveDate>, from: i32) -> i32 {
    match (state, due) {
        (State::Never | State::Overdue, _) | (_, None) => from,
        (_, Some(d)) => standing::academic_year(d).clamp(from, from + 2),
    }
}

/// The perspective plan of the three academic years from `from`.
pub fn perspective_plan(roster: &Roster, from: i32) -> Result<String, SerializeError> {
    let on = NaiveDate::from_ymd_opt(from, 9, 1).unwrap_or_default();
    let mut draft = top(roster, PerspectivePlan::ID);
    draft.years = Some(format!("{}-{}", from, from + 1));
    draft.teachers = roster
        .teachers
        .iter()
        .map(|t| {
            let s = standing::teacher_standing(t, on);
            let py = planned_year(s.state, s.due, from);
            // The direction is the department's choice: methodology, it or specialty.
            let plan = BTreeMap::from([(format!("{}-{}", py, py + 1), FlowSeq(["specialty"]))]);
            Row {
                department: text(&roster.department),
                plan: Some(FlowMap(plan)),
                ..row(t, on)
            }
        })
        .collect();
    crate::yaml::to_string(&draft)
}
