//! The regulation's rules (SPEC §3), each written once here and called by
//! every form it concerns. A rule looks at typed values with their positions
//! and returns findings; it never sees YAML.

use crate::locale::id;
use chrono::{Months, NaiveDate};

use crate::finding::{Finding, rule};
use crate::input::At;
use crate::locale::Msg;

/// Kinds of professional development (section III of the regulation).
pub(crate) const KINDS: &[&str] = &[
    "course",
    "seminar",
    "conference",
    "internship",
    "retraining",
    "postgraduate",
    "creative-leave",
    "degree",
];

/// Minimum hours of a qualification-upgrading course (1.5).
pub(crate) const COURSE_MIN_HOURS: i64 = 72;
/// Minimum days of an internship (III) ...
pub(crate) const INTERNSHIP_MIN_DAYS: i64 = 14;
/// ... or, equally, its minimum hours (III: «14 күн (же 72 сааттан кем эмес)»).
pub(crate) const INTERNSHIP_MIN_HOURS: i64 = 72;
/// Minimum hours of professional retraining (III).
pub(crate) const RETRAINING_MIN_HOURS: i64 = 250;
/// Longest creative leave, in months (III, 2.1).
pub(crate) const CREATIVE_LEAVE_MONTHS: u32 = 6;
/// Days within which the internship paper reaches the quality department (6.6).
pub(crate) const REPORT_DEADLINE_DAYS: i64 = 15;
/// Upgrading at least once in this many years (1.5).
pub(crate) const FIVE_YEARS: i32 = 5;

/// Days from `start` to `end`, both counted.
pub(crate) fn days(start: NaiveDate, end: NaiveDate) -> i64 {
    (end - start).num_days() + 1
}

/// `dates`: the end is not before the start.
pub(crate) fn order(start: Option<&At<NaiveDate>>, end: Option<&At<NaiveDate>>) -> Option<Finding> {
    let (s, e) = (start?, end?);
    (e.v < s.v).then(|| {
        Finding::new(
            rule::DATES,
            e.pos,
            Msg::new(id::END_BEFORE_START)
                .arg("start", s.v)
                .arg("end", e.v),
        )
        .with_label(crate::finding::Label::new(s.pos, Msg::new(id::LABEL_START)))
    })
}

/// `dates`: a date of an annual plan falls inside its academic year
/// (1 September of the first year to 31 August of the second).
pub(crate) fn inside_year(date: Option<&At<NaiveDate>>, first_year: i32) -> Option<Finding> {
    let d = date?;
    let from = NaiveDate::from_ymd_opt(first_year, 9, 1)?;
    let to = NaiveDate::from_ymd_opt(first_year + 1, 8, 31)?;
    (d.v < from || d.v > to).then(|| {
        Finding::new(
            rule::DATES,
            d.pos,
            Msg::new(id::OUTSIDE_YEAR)
                .arg("date", d.v)
                .arg("year", format!("{}-{}", first_year, first_year + 1)),
        )
    })
}

/// `course-hours`: a course is at least 72 hours (1.5).
pub(crate) fn course_hours(hours: Option<&At<i64>>) -> Option<Finding> {
    let h = hours?;
    (h.v < COURSE_MIN_HOURS).then(|| {
        Finding::new(
            rule::COURSE_HOURS,
            h.pos,
            Msg::new(id::COURSE_HOURS)
                .arg("hours", h.v)
                .arg("min", COURSE_MIN_HOURS),
        )
    })
}

/// `internship-length`: an internship lasts at least 14 days or at least 72
/// hours (III). The regulation's «14 күн (же 72 сааттан кем эмес)» is read as
/// either being enough: an internship of 10 days and 80 hours passes, one of
/// 10 days and no hours given fails. Days count both the first and last day.
pub(crate) fn internship_length(
    start: Option<&At<NaiveDate>>,
    end: Option<&At<NaiveDate>>,
    hours: Option<&At<i64>>,
) -> Option<Finding> {
    let span = match (start, end) {
        (Some(s), Some(e)) if e.v >= s.v => Some((days(s.v, e.v), e.pos)),
        _ => None,
    };
    let long_enough = span.is_some_and(|(d, _)| d >= INTERNSHIP_MIN_DAYS)
        || hours.is_some_and(|h| h.v >= INTERNSHIP_MIN_HOURS);
    if long_enough || (span.is_none() && hours.is_none()) {
        return None;
    }
    let pos = hours.map(|h| h.pos).or(span.map(|(_, p)| p))?;
    let days_text = span.map_or_else(|| "—".to_owned(), |(d, _)| d.to_string());
    let hours_text = hours.map_or_else(|| "—".to_owned(), |h| h.v.to_string());
    Some(Finding::new(
        rule::INTERNSHIP_LENGTH,
        pos,
        Msg::new(id::INTERNSHIP_LENGTH)
            .arg("days", days_text)
            .arg("hours", hours_text)
            .arg("min_days", INTERNSHIP_MIN_DAYS)
            .arg("min_hours", INTERNSHIP_MIN_HOURS),
    ))
}

/// `retraining-hours`: professional retraining is at least 250 hours (III).
pub(crate) fn retraining_hours(
    hours: Option<&At<i64>>,
    kind_pos: crate::yaml::Pos,
) -> Option<Finding> {
    match hours {
        Some(h) if h.v < RETRAINING_MIN_HOURS => Some(Finding::new(
            rule::RETRAINING_HOURS,
            h.pos,
            Msg::new(id::RETRAINING_HOURS)
                .arg("hours", h.v)
                .arg("min", RETRAINING_MIN_HOURS),
        )),
        None => Some(Finding::new(
            rule::RETRAINING_HOURS,
            kind_pos,
            Msg::new(id::RETRAINING_HOURS_MISSING).arg("min", RETRAINING_MIN_HOURS),
        )),
        Some(_) => None,
    }
}

/// `creative-leave`: at most six months (III, 2.1): the last day is before
/// the same day six months after the start.
pub(crate) fn creative_leave(
    start: Option<&At<NaiveDate>>,
    end: Option<&At<NaiveDate>>,
) -> Option<Finding> {
    let (s, e) = (start?, end?);
    let limit = s.v.checked_add_months(Months::new(CREATIVE_LEAVE_MONTHS))?;
    (e.v >= limit).then(|| {
        Finding::new(
            rule::CREATIVE_LEAVE,
            e.pos,
            Msg::new(id::CREATIVE_LEAVE)
                .arg("end", e.v)
                .arg("last", limit.pred_opt().unwrap_or(limit)),
        )
        .with_label(crate::finding::Label::new(s.pos, Msg::new(id::LABEL_START)))
    })
}

/// Lower-cases and keeps only letters, for comparing organisation names.
fn letters(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// The university's own names (full and short, in every language), as
/// the letters [`host_external`] compares: worked out once per document,
/// not once per row of a plan.
#[derive(Debug, Clone)]
pub(crate) struct OwnNames {
    names: Vec<String>,
    /// The hosts judged so far: a plan names the same few institutions
    /// row after row.
    judged: std::cell::RefCell<std::collections::HashMap<String, bool>>,
}

impl OwnNames {
    /// The names a host must not be; those shorter than four letters
    /// (which would match too much) are left out.
    pub(crate) fn new<'a>(names: impl IntoIterator<Item = &'a str>) -> Self {
        OwnNames {
            names: names
                .into_iter()
                .map(letters)
                .filter(|n| n.len() >= 4)
                .collect(),
            judged: Default::default(),
        }
    }

    /// Whether `host` is one of the names, or begins with one.
    fn is_own(&self, host: &str) -> bool {
        if let Some(&own) = self.judged.borrow().get(host) {
            return own;
        }
        let hl = letters(host);
        let own = self
            .names
            .iter()
            .any(|n| hl == *n || hl.starts_with(n.as_str()));
        self.judged.borrow_mut().insert(host.to_owned(), own);
        own
    }
}

/// `host-external`: an internship is held at another organisation (6.2),
/// never at the university itself. `own` are the university's own names
/// (full and short, in both languages).
pub(crate) fn host_external(host: Option<&At<String>>, own: &OwnNames) -> Option<Finding> {
    let h = host?;
    own.is_own(&h.v).then(|| {
        Finding::new(
            rule::HOST_EXTERNAL,
            h.pos,
            Msg::new(id::HOST_EXTERNAL).arg("host", &h.v),
        )
    })
}

/// `foreign-funding`: an internship abroad is funded by the host country or
/// a grant (6.4). A foreign internship with no funding stated fails too: the
/// plan must show it.
pub(crate) fn foreign_funding(
    country: Option<&At<String>>,
    funding: Option<&At<&'static str>>,
) -> Option<Finding> {
    let c = country?;
    if c.v == "KG" {
        return None;
    }
    match funding {
        Some(f) if f.v == "host" || f.v == "grant" => None,
        Some(f) => Some(Finding::new(
            rule::FOREIGN_FUNDING,
            f.pos,
            Msg::new(id::FOREIGN_FUNDING)
                .arg("country", &c.v)
                .arg("funding", f.v),
        )),
        None => Some(Finding::new(
            rule::FOREIGN_FUNDING,
            c.pos,
            Msg::new(id::FOREIGN_FUNDING_MISSING).arg("country", &c.v),
        )),
    }
}

/// `report-deadline`: the certificate reaches the quality department within
/// 15 days after the internship's end (6.6).
pub(crate) fn report_deadline(
    end: Option<&At<NaiveDate>>,
    submitted: Option<&At<NaiveDate>>,
) -> Option<Finding> {
    let (e, s) = (end?, submitted?);
    let late = (s.v - e.v).num_days();
    (late > REPORT_DEADLINE_DAYS).then(|| {
        Finding::new(
            rule::REPORT_DEADLINE,
            s.pos,
            Msg::new(id::REPORT_DEADLINE)
                .arg("days", late)
                .arg("max", REPORT_DEADLINE_DAYS)
                .arg("end", e.v),
        )
        .with_label(crate::finding::Label::new(e.pos, Msg::new(id::LABEL_END)))
    })
}

/// `five-years` on a perspective plan: with L the latest of the teacher's
/// courses and Y the plan's first year, the teacher has a direction planned
/// in an academic year starting no later than max(L + 5, Y). When that year
/// lies beyond the plan's three years, the plan cannot be judged and passes.
/// No course on record is a warning.
pub(crate) fn five_years_perspective(
    last_courses: &[At<i64>],
    last_pos: crate::yaml::Pos,
    first_year: i32,
    planned_years: &[i32],
) -> Option<Finding> {
    let Some(latest) = last_courses.iter().max_by_key(|c| c.v) else {
        return Some(
            Finding::new(
                rule::FIVE_YEARS,
                last_pos,
                Msg::new(id::FIVE_YEARS_NO_RECORD),
            )
            .warning(),
        );
    };
    let due = (latest.v as i32 + FIVE_YEARS).max(first_year);
    if due > first_year + 2 || planned_years.iter().any(|y| *y <= due) {
        return None;
    }
    Some(Finding::new(
        rule::FIVE_YEARS,
        latest.pos,
        Msg::new(id::FIVE_YEARS_PLAN)
            .arg("latest", latest.v)
            .arg("due", format!("{}-{}", due, due + 1)),
    ))
}

/// `five-years` on an annual plan: a latest course more than five years
/// before the plan's first year is a warning; no course on record too.
pub(crate) fn five_years_annual(
    last_courses: &[At<i64>],
    last_pos: crate::yaml::Pos,
    first_year: i32,
) -> Option<Finding> {
    let Some(latest) = last_courses.iter().max_by_key(|c| c.v) else {
        return Some(
            Finding::new(
                rule::FIVE_YEARS,
                last_pos,
                Msg::new(id::FIVE_YEARS_NO_RECORD),
            )
            .warning(),
        );
    };
    (i64::from(first_year) - latest.v > i64::from(FIVE_YEARS)).then(|| {
        Finding::new(
            rule::FIVE_YEARS,
            latest.pos,
            Msg::new(id::FIVE_YEARS_ANNUAL)
                .arg("latest", latest.v)
                .arg("year", first_year),
        )
        .warning()
    })
}

/// `plan-hours`: the internship plan's hours add up to the program's hours.
pub(crate) fn plan_hours(items: &[Option<At<i64>>], total: Option<&At<i64>>) -> Option<Finding> {
    let t = total?;
    let given: Vec<i64> = items.iter().flatten().map(|h| h.v).collect();
    if given.is_empty() {
        return None;
    }
    let sum: i64 = given.iter().sum();
    (sum != t.v).then(|| {
        Finding::new(
            rule::PLAN_HOURS,
            t.pos,
            Msg::new(id::PLAN_HOURS).arg("sum", sum).arg("hours", t.v),
        )
    })
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod tests {
    use super::*;
    use crate::yaml::Pos;

    fn d(s: &str) -> At<NaiveDate> {
        At {
            v: NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap(),
            pos: Pos::default(),
        }
    }
    #[test]
    fn each_host_is_judged_as_the_first_time() {
        let own = OwnNames::new(["Талас мамлекеттик университети", "ТалМУ"]);
        let at = |v: &str, line: u32| At {
            v: v.to_owned(),
            pos: Pos {
                line,
                ..Pos::default()
            },
        };
        // Remembered hosts, asked again in another row, give the finding
        // at the new row; others stay clean.
        let rows = [
            "ТалМУ",
            "КУУ",
            "ТалМУнун Информатика кафедрасы",
            "ТалМУ",
            "КУУ",
        ];
        let lines: Vec<u32> = rows
            .iter()
            .zip(1..)
            .filter_map(|(h, line)| host_external(Some(&at(h, line)), &own))
            .map(|f| f.pos.line)
            .collect();
        assert_eq!(lines, [1, 3, 4]);
    }

    fn h(v: i64) -> At<i64> {
        At {
            v,
            pos: Pos::default(),
        }
    }

    #[test]
    fn internship_of_14_days_or_72_hours_passes() {
        assert!(internship_length(Some(&d("2025-11-03")), Some(&d("2025-11-16")), None).is_none());
        assert!(internship_length(Some(&d("2025-11-03")), Some(&d("2025-11-15")), None).is_some());
        assert!(
            internship_length(Some(&d("2025-11-03")), Some(&d("2025-11-05")), Some(&h(72)))
                .is_none()
        );
        assert!(
            internship_length(Some(&d("2025-11-03")), Some(&d("2025-11-05")), Some(&h(71)))
                .is_some()
        );
    }

    #[test]
    fn creative_leave_of_six_months_passes() {
        assert!(creative_leave(Some(&d("2025-09-01")), Some(&d("2026-02-28"))).is_none());
        assert!(creative_leave(Some(&d("2025-09-01")), Some(&d("2026-03-01"))).is_some());
    }

    #[test]
    fn a_finding_about_a_period_shows_its_other_date() {
        let at = |s: &str, line: u32| At {
            pos: Pos {
                line,
                column: 8,
                start: 0,
                end: 0,
            },
            ..d(s)
        };
        let (start, end) = (at("2025-09-01", 6), at("2026-03-01", 7));
        let f = creative_leave(Some(&start), Some(&end)).unwrap();
        assert_eq!(f.pos.line, 7);
        let labels: Vec<_> = f
            .labels
            .iter()
            .map(|l| (l.pos.line, l.msg.id.as_str()))
            .collect();
        assert_eq!(labels, [(6, "label-start")]);
        let f = order(Some(&end), Some(&start)).unwrap();
        let labels: Vec<_> = f
            .labels
            .iter()
            .map(|l| (l.pos.line, l.msg.id.as_str()))
            .collect();
        assert_eq!((f.pos.line, labels), (6, vec![(7, "label-start")]));
        let submitted = at("2025-12-10", 9);
        let f = report_deadline(Some(&at("2025-11-16", 7)), Some(&submitted)).unwrap();
        let labels: Vec<_> = f
            .labels
            .iter()
            .map(|l| (l.pos.line, l.msg.id.as_str()))
            .collect();
        assert_eq!((f.pos.line, labels), (9, vec![(7, "label-end")]));
    }

    #[test]
    fn five_years_on_a_perspective_plan() {
        // Latest 2019, plan from 2025: due by 2025-2026.
        assert!(five_years_perspective(&[h(2019)], Pos::default(), 2025, &[2025]).is_none());
        assert!(five_years_perspective(&[h(2019)], Pos::default(), 2025, &[2026]).is_some());
        // Latest 2021: due 2026-2027.
        assert!(five_years_perspective(&[h(2021)], Pos::default(), 2025, &[2026]).is_none());
        assert!(five_years_perspective(&[h(2021)], Pos::default(), 2025, &[2027]).is_some());
        // Latest 2024: due 2029, beyond the plan.
        assert!(five_years_perspective(&[h(2024)], Pos::default(), 2025, &[]).is_none());
    }
}
