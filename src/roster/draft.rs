//! Plans drafted from the roster (SPEC §8): the annual plan's rows for
//! every teacher not `ok` on 1 September of its year, the perspective plan
//! with a planned year for everyone, none later than their due year. What
//! the roster cannot know (kind, dates, hours, institution) is left out, so
//! the plan prints blank lines for the secretary; the draft renders as it is.

use chrono::NaiveDate;

use super::standing::{self, State};
use super::{Roster, Teacher};
use crate::forms::Person;

/// A YAML scalar that reads back as exactly this text.
fn quoted(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_else(|_| "\"\"".into())
}

fn person(p: &Person) -> Option<String> {
    let name = p.name.as_ref()?;
    let mut s = format!("{{name: {}", quoted(&name.v));
    if let Some(pos) = &p.position {
        s.push_str(&format!(", position: {}", quoted(pos)));
    }
    s.push('}');
    Some(s)
}

fn top(roster: &Roster, form: &str) -> String {
    let mut y = format!("form: {form}\nlang: {}\n", roster.lang.code());
    if roster.university.name.is_some() || roster.university.short.is_some() {
        let mut parts = Vec::new();
        if let Some(n) = &roster.university.name {
            parts.push(format!("name: {}", quoted(n)));
        }
        if let Some(s) = &roster.university.short {
            parts.push(format!("short: {}", quoted(s)));
        }
        y.push_str(&format!("university: {{{}}}\n", parts.join(", ")));
    }
    y
}

/// The years of a teacher's completions up to `on`, the latest three.
fn last_courses(t: &Teacher, on: NaiveDate) -> Vec<i32> {
    let mut years: Vec<i32> = standing::completions(t, on)
        .iter()
        .map(chrono::Datelike::year)
        .collect();
    years.sort_unstable();
    years.dedup();
    let skip = years.len().saturating_sub(3);
    years.split_off(skip)
}

fn teacher_lines(t: &Teacher, on: NaiveDate, indent: &str) -> String {
    let mut y = format!("{indent}- name: {}\n", quoted(&t.name.v));
    for (key, value) in [
        ("position", &t.position),
        ("subject", &t.subject),
        ("degree", &t.degree),
    ] {
        if let Some(v) = value {
            y.push_str(&format!("{indent}  {key}: {}\n", quoted(v)));
        }
    }
    let years = last_courses(t, on);
    if !years.is_empty() {
        let list: Vec<String> = years.iter().map(i32::to_string).collect();
        y.push_str(&format!("{indent}  last_courses: [{}]\n", list.join(", ")));
    }
    y
}

/// The annual plan of the academic year starting in `year`: a row for
/// every teacher whose state on 1 September is `never`, `overdue` or `due`.
pub fn annual_plan(roster: &Roster, year: i32) -> String {
    let on = NaiveDate::from_ymd_opt(year, 9, 1).unwrap_or_default();
    let mut y = top(roster, "annual-plan");
    y.push_str(&format!("year: {}-{}\n", year, year + 1));
    for (key, value) in [
        ("faculty", &roster.faculty),
        ("department", &roster.department),
    ] {
        if let Some(v) = value {
            y.push_str(&format!("{key}: {}\n", quoted(v)));
        }
    }
    if let Some(h) = roster.head.as_ref().and_then(person) {
        y.push_str(&format!("head: {h}\n"));
    }
    let rows: Vec<&Teacher> = roster
        .teachers
        .iter()
        .filter(|t| standing::teacher_standing(t, on).state.needs_plan())
        .collect();
    if rows.is_empty() {
        y.push_str("teachers: []\n");
    } else {
        y.push_str("teachers:\n");
        for t in rows {
            y.push_str(&teacher_lines(t, on, "  "));
            // The annual plan's row carries the gender into the application.
            if let Some(g) = t.gender {
                y.push_str(&format!("    gender: {g}\n"));
            }
        }
    }
    y
}

/// The academic year (its first year) a teacher is planned in, in a plan
/// of the three years from `from`: the year holding their due date, or the
/// first year when they are overdue or have no record, or the last of the
/// three when due later.
pub fn planned_year(state: State, due: Option<NaiveDate>, from: i32) -> i32 {
    match (state, due) {
        (State::Never | State::Overdue, _) | (_, None) => from,
        (_, Some(d)) => standing::academic_year(d).clamp(from, from + 2),
    }
}

/// The perspective plan of the three academic years from `from`.
pub fn perspective_plan(roster: &Roster, from: i32) -> String {
    let on = NaiveDate::from_ymd_opt(from, 9, 1).unwrap_or_default();
    let mut y = top(roster, "perspective-plan");
    y.push_str(&format!("years: {}-{}\n", from, from + 1));
    if roster.teachers.is_empty() {
        y.push_str("teachers: []\n");
        return y;
    }
    y.push_str("teachers:\n");
    for t in &roster.teachers {
        let s = standing::teacher_standing(t, on);
        y.push_str(&teacher_lines(t, on, "  "));
        if let Some(d) = &roster.department {
            y.push_str(&format!("    department: {}\n", quoted(d)));
        }
        let py = planned_year(s.state, s.due, from);
        // The direction is the department's choice: methodology, it or specialty.
        y.push_str(&format!("    plan: {{{}-{}: [specialty]}}\n", py, py + 1));
    }
    y
}
