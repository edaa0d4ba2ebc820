//! The five-year rule on a roster (regulation 1.5, SPEC §8): each teacher's
//! latest completion on a date, the hours of the last five years, the date
//! the next one is due, and what that makes of them.
//!
//! Readings where SPEC §8 leaves room, chosen here once:
//! - "the five years up to and including D" are the days from D minus five
//!   years (same day and month; 29 February → 28 February) to D, both
//!   included. So an activity that ended on D minus five years still counts
//!   on D, exactly as a teacher whose `due` is D is not yet `overdue`.
//! - A course, internship or retraining without `hours` does not count (the
//!   roster's check warns about it); neither do postgraduate study, creative
//!   leave or a degree, which SPEC §8 does not list.
//! - An activity that ends after D is not looked at, neither for `last` nor
//!   for `hours_5y`.

use chrono::{Datelike, Months, NaiveDate};
use serde::Serialize;

use super::{Activity, Roster, Teacher};

/// Hours a course, internship or retraining needs to count, and hours the
/// seminars and conferences of five years need together (1.5 and the seed
/// article).
pub(crate) const MIN_HOURS: i64 = 72;

/// Five years, as months: same day and month five years on.
const FIVE_YEARS: Months = Months::new(60);

/// Where a teacher stands with the five-year rule.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum State {
    /// `due` is before the date asked.
    Overdue,
    /// Nothing completed on record.
    Never,
    /// Due by the end of the academic year holding the date asked.
    Due,
    /// Due later.
    Ok,
}

impl State {
    /// Every state (for the tests).
    #[cfg(test)]
    pub(crate) const ALL: [State; 4] = [State::Overdue, State::Never, State::Due, State::Ok];

    /// `never`, `overdue`, `due` or `ok`.
    pub fn as_str(self) -> &'static str {
        match self {
            State::Never => "never",
            State::Overdue => "overdue",
            State::Due => "due",
            State::Ok => "ok",
        }
    }

    /// Whether the teacher belongs in the next plan.
    pub(crate) fn needs_plan(self) -> bool {
        self != State::Ok
    }
}

/// One teacher's standing on a date; serialised with the keys of
/// `status --format json`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Standing {
    /// Full name, as in the roster.
    pub name: String,
    /// Position, when the roster gives one.
    pub position: Option<String>,
    /// The latest completion on or before the date.
    pub last: Option<NaiveDate>,
    /// Hours of every activity that ended in the five years up to the date.
    pub hours_5y: i64,
    /// `last` plus five years.
    pub due: Option<NaiveDate>,
    /// What that makes of the teacher.
    pub state: State,
}

/// Whether an activity of this kind can complete the five-year rule.
pub(crate) fn counts(kind: &str) -> bool {
    matches!(
        kind,
        "course" | "internship" | "retraining" | "seminar" | "conference"
    )
}

pub(crate) fn pooled(kind: &str) -> bool {
    matches!(kind, "seminar" | "conference")
}

/// The same day and month five years later (28 February for 29 February).
pub(crate) fn plus_five_years(d: NaiveDate) -> NaiveDate {
    d.checked_add_months(FIVE_YEARS).unwrap_or(NaiveDate::MAX)
}

/// The first day of the five years up to and including `d`.
pub(crate) fn window_start(d: NaiveDate) -> NaiveDate {
    d.checked_sub_months(FIVE_YEARS).unwrap_or(NaiveDate::MIN)
}

/// 31 August that ends the academic year (1 September – 31 August) holding `d`.
pub(crate) fn academic_year_end(d: NaiveDate) -> NaiveDate {
    let year = if d.month() >= 9 {
        d.year() + 1
    } else {
        d.year()
    };
    NaiveDate::from_ymd_opt(year, 8, 31).unwrap_or(d)
}

/// The first year of the academic year holding `d` (2025 for 2026-03-01).
pub(crate) fn academic_year(d: NaiveDate) -> i32 {
    if d.month() >= 9 {
        d.year()
    } else {
        d.year() - 1
    }
}

fn ended(a: &Activity) -> Option<(&'static str, NaiveDate, i64)> {
    Some((
        a.kind.as_ref()?.v,
        a.end.as_ref()?.v,
        a.hours.as_ref().map_or(0, |h| h.v),
    ))
}

/// Every date on or before `on` at which the teacher completed the rule,
/// in no particular order.
pub(crate) fn completions(t: &Teacher, on: NaiveDate) -> Vec<NaiveDate> {
    let done: Vec<(&str, NaiveDate, i64)> = t
        .history
        .iter()
        .filter_map(ended)
        .filter(|(k, end, _)| *end <= on && counts(k))
        .collect();
    let mut dates: Vec<NaiveDate> = done
        .iter()
        .filter(|(k, _, h)| !pooled(k) && *h >= MIN_HOURS)
        .map(|(_, e, _)| *e)
        .collect();
    for (k, end, _) in &done {
        if !pooled(k) {
            continue;
        }
        let from = window_start(*end);
        let pool: i64 = done
            .iter()
            .filter(|(k2, e2, _)| pooled(k2) && *e2 >= from && *e2 <= *end)
            .map(|(_, _, h)| h)
            .sum();
        if pool >= MIN_HOURS {
            dates.push(*end);
        }
    }
    dates
}

/// One teacher's standing on `on`.
pub(crate) fn teacher_standing(t: &Teacher, on: NaiveDate) -> Standing {
    let last = completions(t, on).into_iter().max();
    let from = window_start(on);
    let hours_5y = t
        .history
        .iter()
        .filter_map(ended)
        .filter(|(_, end, _)| *end >= from && *end <= on)
        .map(|(_, _, h)| h)
        .sum();
    let due = last.map(plus_five_years);
    let state = match due {
        None => State::Never,
        Some(d) if d < on => State::Overdue,
        Some(d) if d <= academic_year_end(on) => State::Due,
        Some(_) => State::Ok,
    };
    Standing {
        name: t.name.v.clone(),
        position: t.position.clone(),
        last,
        hours_5y,
        due,
        state,
    }
}

/// Every teacher's standing on `on`, in the roster's order.
pub fn status(roster: &Roster, on: NaiveDate) -> Vec<Standing> {
    roster
        .teachers
        .iter()
        .map(|t| teacher_standing(t, on))
        .collect()
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn five_years_from_29_february_is_28_february() {
        assert_eq!(plus_five_years(d("2020-02-29")), d("2025-02-28"));
        assert_eq!(window_start(d("2025-02-28")), d("2020-02-28"));
        assert_eq!(window_start(d("2024-02-29")), d("2019-02-28"));
    }

    #[test]
    fn the_academic_year_ends_on_31_august() {
        assert_eq!(academic_year_end(d("2025-09-01")), d("2026-08-31"));
        assert_eq!(academic_year_end(d("2026-08-31")), d("2026-08-31"));
        assert_eq!(academic_year(d("2026-08-31")), 2025);
        assert_eq!(academic_year(d("2026-09-01")), 2026);
    }
}
