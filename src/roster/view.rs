//! The standing page (`status --pdf`): the data its template `forms/status.typ`
//! lays out, every position on the timeline computed here, and its rendering
//! through the same engine (PDF/A, bundled fonts) as the forms.

use crate::locale::{Id, id};
use chrono::{Datelike, NaiveDate};
use serde::Serialize;

use super::standing::{self, Standing, State};
use super::{Roster, Teacher};
use crate::engine::{self, EngineError, Job, Pdf};
use crate::forms::{Signature, View};
use crate::locale::tr;
use crate::names::unit::{Case as UnitCase, Kind};

/// What `forms/status.typ` receives.
#[derive(Serialize)]
pub(crate) struct Page {
    /// `ky` or `ru`.
    pub(crate) lang: &'static str,
    /// Document metadata.
    pub(crate) meta: Meta,
    /// The university's short name, top left.
    pub(crate) university: String,
    /// The page's title.
    pub(crate) title: String,
    /// «03.11.2025 абалы боюнча» / «по состоянию на 03.11.2025».
    pub(crate) subtitle: String,
    /// Column labels: №, name, position, last, hours, due, state, chart.
    pub(crate) head: Vec<String>,
    /// Year marks along the chart.
    pub(crate) ticks: Vec<Tick>,
    /// Where the date asked stands on the chart (0–1).
    pub(crate) today: f64,
    /// One row per teacher.
    pub(crate) rows: Vec<Row>,
    /// The legend's entries.
    pub(crate) legend: Legend,
    /// The count of each state.
    pub(crate) summary: String,
    /// The head of department's signature.
    pub(crate) signatures: Vec<Signature>,
    /// Never anything attached: the page is a view of the roster on a date.
    pub(crate) attach: Option<()>,
}

/// Document metadata.
#[derive(Serialize)]
pub(crate) struct Meta {
    /// Title.
    pub(crate) title: String,
    /// The university.
    pub(crate) author: String,
    /// Subject line.
    pub(crate) subject: String,
    /// Keywords.
    pub(crate) keywords: Vec<&'static str>,
}

/// A year mark: a line at 1 January, the year's number in the middle of
/// the part of the year the chart shows.
#[derive(Serialize)]
pub(crate) struct Tick {
    /// Position of 1 January on the chart (0–1).
    pub(crate) x: f64,
    /// Position of the label (0–1).
    pub(crate) label_x: f64,
    /// The year.
    pub(crate) label: String,
}

/// A teacher's row.
#[derive(Serialize)]
pub struct Row {
    /// Row number.
    pub(crate) n: String,
    /// Full name.
    pub name: String,
    /// Position.
    pub position: String,
    /// Latest completion, `dd.mm.yyyy` or empty.
    pub(crate) last: String,
    /// Hours of the last five years.
    pub hours: String,
    /// Due date, `dd.mm.yyyy` or empty.
    pub(crate) due: String,
    /// `never`, `overdue`, `due`, `ok`.
    pub(crate) state: &'static str,
    /// The state in words.
    pub(crate) state_word: String,
    /// The activities on the chart.
    pub(crate) bars: Vec<Bar>,
    /// Where the due date stands (0–1), when on the chart.
    pub(crate) due_x: Option<f64>,
    /// Whether the due date lies after the chart's end (an arrow at the edge).
    pub(crate) due_later: bool,
}

/// One activity on the chart.
#[derive(Serialize)]
pub(crate) struct Bar {
    /// Start (0–1).
    pub(crate) x0: f64,
    /// End (0–1).
    pub(crate) x1: f64,
    /// `full` (a course, internship or retraining of 72 hours or more),
    /// `pooled` (a seminar or conference) or `other`.
    pub(crate) class: &'static str,
}

/// The legend's words.
#[derive(Serialize)]
pub(crate) struct Legend {
    /// For `full` bars.
    pub(crate) full: String,
    /// For `pooled` bars.
    pub(crate) pooled: String,
    /// For `other` bars.
    pub(crate) other: String,
    /// For the due mark.
    pub(crate) due: String,
    /// For the line of the date asked.
    pub(crate) today: String,
}

fn dmy(d: Option<NaiveDate>) -> String {
    d.map_or_else(String::new, |d| d.format("%d.%m.%Y").to_string())
}

/// The chart's span: the five years up to the date asked, and on to the
/// end of the next academic year, so that what falls due soon shows.
pub(crate) fn span(on: NaiveDate) -> (NaiveDate, NaiveDate) {
    let from = standing::window_start(on);
    let end = standing::academic_year_end(on);
    let to = NaiveDate::from_ymd_opt(end.year() + 1, 8, 31).unwrap_or(end);
    (from, to)
}

fn bars(t: &Teacher, on: NaiveDate, from: NaiveDate, to: NaiveDate) -> Vec<Bar> {
    let at = |d: NaiveDate| position(d, from, to);
    t.history
        .iter()
        .filter_map(|a| {
            let end = a.end.as_ref()?.v;
            let start = a.start.as_ref().map_or(end, |s| s.v.min(end));
            if end < from || start > on {
                return None;
            }
            let kind = a.kind.as_ref().map_or("", |k| k.v);
            let hours = a.hours.as_ref().map_or(0, |h| h.v);
            let class = match kind {
                "seminar" | "conference" => "pooled",
                "course" | "internship" | "retraining" if hours >= standing::MIN_HOURS => "full",
                _ => "other",
            };
            // A bar is never thinner than a stroke, however short the activity.
            let x0 = at(start);
            let x1 = at(end).max(x0 + 0.004).min(1.0);
            Some(Bar { x0, x1, class })
        })
        .collect()
}

/// Where a date stands between `from` (0) and `to` (1), clamped.
pub(crate) fn position(d: NaiveDate, from: NaiveDate, to: NaiveDate) -> f64 {
    let total = (to - from).num_days().max(1) as f64;
    let x = (d - from).num_days() as f64 / total;
    (x.clamp(0.0, 1.0) * 10_000.0).round() / 10_000.0
}

/// The standing page's data.
pub(crate) fn page(roster: &Roster, on: NaiveDate, standing: &[Standing]) -> Page {
    let lang = roster.lang;
    let v = View {
        lang,
        univ_short: roster
            .university
            .short
            .clone()
            .unwrap_or_else(|| tr(lang, id::UNIV_SHORT, &[])),
        univ_name: roster
            .university
            .name
            .clone()
            .unwrap_or_else(|| tr(lang, id::UNIV_NAME, &[])),
        doc_date: Some(on),
    };
    let (from, to) = span(on);
    let department = roster.department.clone().unwrap_or_else(|| v.t(id::BLANK));
    let department_name = v.unit_name(&department, Kind::Department);
    let title = v.ta(
        id::STANDING_TITLE,
        &[
            ("department", &department_name),
            (
                "unit",
                &v.unit(&department, Kind::Department, UnitCase::Genitive),
            ),
        ],
    );
    let ticks = (from.year()..=to.year())
        .filter_map(|y| NaiveDate::from_ymd_opt(y, 1, 1))
        .map(|d| {
            let x = position(d, from, to);
            let next =
                NaiveDate::from_ymd_opt(d.year() + 1, 1, 1).map_or(1.0, |n| position(n, from, to));
            // A year cut too short by the chart's edge gets no label.
            let label = if next - x >= 0.07 {
                d.year().to_string()
            } else {
                String::new()
            };
            Tick {
                x,
                label_x: (x + next) / 2.0,
                label,
            }
        })
        .collect();
    let rows = roster
        .teachers
        .iter()
        .zip(standing)
        .enumerate()
        .map(|(i, (t, s))| Row {
            n: (i + 1).to_string(),
            name: s.name.clone(),
            position: s.position.clone().unwrap_or_default(),
            last: dmy(s.last),
            hours: s.hours_5y.to_string(),
            due: dmy(s.due),
            state: s.state.as_str(),
            state_word: v.t(Id::built(&format!("standing-state-{}", s.state.as_str()))),
            bars: bars(t, on, from, to),
            due_x: s.due.filter(|d| *d <= to).map(|d| position(d, from, to)),
            due_later: s.due.is_some_and(|d| d > to),
        })
        .collect();
    let count = |st: State| {
        standing
            .iter()
            .filter(|s| s.state == st)
            .count()
            .to_string()
    };
    let date = on.format("%d.%m.%Y").to_string();
    Page {
        lang: lang.code(),
        meta: Meta {
            title: title.split_whitespace().collect::<Vec<_>>().join(" "),
            author: v.univ_name.clone(),
            subject: v.ta(id::STANDING_SUBJECT, &[("date", &date)]),
            keywords: vec!["roster", "status", "tirkeme"],
        },
        university: v.univ_short.clone(),
        title,
        subtitle: v.ta(id::STANDING_ON, &[("date", &date)]),
        head: (1..=8)
            .map(|i| v.t(Id::built(&format!("standing-col-{i}"))))
            .collect(),
        ticks,
        today: position(on, from, to),
        rows,
        legend: Legend {
            full: v.t(id::STANDING_LEGEND_FULL),
            pooled: v.t(id::STANDING_LEGEND_POOLED),
            other: v.t(id::STANDING_LEGEND_OTHER),
            due: v.t(id::STANDING_LEGEND_DUE),
            today: v.ta(id::STANDING_LEGEND_TODAY, &[("date", &date)]),
        },
        summary: v.ta(
            id::STANDING_SUMMARY,
            &[
                ("teachers", &standing.len().to_string()),
                ("overdue", &count(State::Overdue)),
                ("never", &count(State::Never)),
                ("due", &count(State::Due)),
                ("ok", &count(State::Ok)),
            ],
        ),
        signatures: vec![
            v.signature(
                v.position_or(
                    v.completed_person(
                        roster.head.as_ref(),
                        crate::names::complete::Place {
                            univ: true,
                            unit: roster.department.as_deref().map(|d| (d, Kind::Department)),
                            dative: false,
                        },
                    )
                    .as_ref(),
                    id::ANNUAL_HEAD,
                    &[
                        ("department", &department_name),
                        (
                            "unit",
                            &v.unit(&department, Kind::Department, UnitCase::Instrumental),
                        ),
                    ],
                ),
                roster.head.as_ref(),
                None,
            ),
        ],
        attach: None,
    }
}

/// The standing page as PDF/A, in the roster's language.
pub fn render(roster: &Roster, on: NaiveDate, standing: &[Standing]) -> Result<Pdf, EngineError> {
    let data = serde_json::to_vec(&page(roster, on, standing)).map_err(EngineError::other)?;
    let ident = format!(
        "tirkeme/status/{}/{on}/{:032x}",
        roster.lang.code(),
        typst::utils::hash128(&data)
    );
    engine::render(Job {
        form: "status",
        data,
        source: b"",
        date: on,
        archival: true,
        ident,
    })
}
