//! The annual plans' execution (regulation 5.3, 6.6; SPEC §13): for each
//! row of each annual plan in the department folders, whether the planned
//! upgrading is `done`, `late`, `open` or `missed`, with the document that
//! proves it, and the totals per department and for all folders.
//!
//! Readings chosen where the regulation and SPEC leave room:
//! - A row is proved by an internship certificate (form 6, only for a row
//!   of kind `internship` or without a kind) or a teacher's report (form
//!   3) of the same teacher whose period shares a day with the row's; a
//!   document without dates (or a row without dates) proves the row when
//!   it is the teacher's only row in that plan.
//! - `late`: proved, but a certificate reached the quality department
//!   (`submitted`) more than 15 days after the internship's end (6.6) —
//!   the certificate's own end, else the row's. A certificate without
//!   `submitted` is not judged late here (`status` lists it as not yet
//!   handed over once the 15 days have passed).
//! - A report that the department returned for revision (7.1, a minutes
//!   item with `decision: return-report` naming it) proves nothing; the
//!   row is then `open` or `missed` by its dates, the returned report
//!   named beside it.
//! - `open`: not proved and the row's end is the date asked or later (or
//!   the row gives no end); `missed`: not proved and the end has passed.
//! - The same plan filed in Kyrgyz and in Russian (the same rows, see
//!   [`super::plans`]) is counted once, from the first file by name; the
//!   other is named in [`Execution::copies`]. Two plans of one department
//!   and year that list other rows are both counted and named in
//!   [`Execution::differing`] (`check` warns about them).

use chrono::NaiveDate;
use serde::Serialize;

use super::plans::{Plan, Relation, relation};
use super::{Folder, overlaps};
use crate::engine::{self, EngineError, Job, Pdf};
use crate::forms::annual_plan::{AnnualPlan, Row};
use crate::forms::internship_certificate::InternshipCertificate;
use crate::forms::report::Report;
use crate::forms::{Signature, View, day};
use crate::locale::{Id, Lang, UiLang, id, tr};
use crate::rules::REPORT_DEADLINE_DAYS;

/// What became of a planned upgrading.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum State {
    /// Proved by a document in the folder.
    Done,
    /// Proved, but the certificate reached the quality department late.
    Late,
    /// Not proved yet, the end still ahead.
    Open,
    /// Not proved, the end passed.
    Missed,
}

impl State {
    /// Every state, in the order the totals give them.
    pub const ALL: [State; 4] = [State::Done, State::Late, State::Open, State::Missed];

    /// `done`, `late`, `open` or `missed`.
    pub fn as_str(self) -> &'static str {
        match self {
            State::Done => "done",
            State::Late => "late",
            State::Open => "open",
            State::Missed => "missed",
        }
    }
}

/// One row of an annual plan and what became of it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Line {
    /// The department (the plan's, else the folder's name).
    pub department: String,
    /// The teacher's full name as the plan writes it.
    pub teacher: String,
    /// The kind of upgrading planned (`internship`, `course`, …).
    pub kind: Option<&'static str>,
    /// First day planned.
    pub start: Option<NaiveDate>,
    /// Last day planned.
    pub end: Option<NaiveDate>,
    /// What became of it.
    pub state: State,
    /// The file that proves it (a certificate before a report).
    pub document: Option<String>,
    /// The plan's file.
    pub plan: String,
    /// The plan's academic year, `2025-2026`.
    pub year: Option<String>,
    /// When the certificate reached the quality department, if it says.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub submitted: Option<NaiveDate>,
    /// Days from the end to `submitted`, when more than 15 (`late`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub days_late: Option<i64>,
    /// A report of this row that the department returned for revision.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub returned: Option<String>,
}

/// The count of each state.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Totals {
    /// Rows planned.
    pub planned: usize,
    /// `done`.
    pub done: usize,
    /// `late`.
    pub late: usize,
    /// `open`.
    pub open: usize,
    /// `missed`.
    pub missed: usize,
}

impl Totals {
    fn add(&mut self, s: State) {
        self.planned += 1;
        *match s {
            State::Done => &mut self.done,
            State::Late => &mut self.late,
            State::Open => &mut self.open,
            State::Missed => &mut self.missed,
        } += 1;
    }

    /// The count of one state.
    pub fn get(&self, s: State) -> usize {
        match s {
            State::Done => self.done,
            State::Late => self.late,
            State::Open => self.open,
            State::Missed => self.missed,
        }
    }
}

/// The execution of the annual plans of one or more department folders.
#[derive(Clone, Debug, PartialEq)]
pub struct Execution {
    /// The date judged on.
    pub on: NaiveDate,
    /// The academic year asked for (its first year), if one was.
    pub year: Option<i32>,
    /// The language of the documents (of the first plan), for the page.
    pub lang: Lang,
    /// Every row of every plan, folder by folder, plan by plan, in the
    /// plans' order.
    pub lines: Vec<Line>,
    /// The totals of each department, in the order they first appear.
    pub departments: Vec<(String, Totals)>,
    /// The totals of all.
    pub total: Totals,
    /// Plans left out as copies of a plan counted (the same rows in another
    /// language, [`super::plans`]): the copy's file, the counted plan's.
    pub copies: Vec<(String, String)>,
    /// Plans counted although another counted plan of the same department
    /// and year lists other rows (`check` warns): the earlier file, the
    /// later, the academic year.
    pub differing: Vec<(String, String, String)>,
    /// The head of each department (from its plan), for the page's signature.
    heads: Vec<Option<crate::forms::Person>>,
    /// The university's names as the first plan gives them.
    university: (Option<String>, Option<String>),
}

/// The academic year (its first year) of the latest annual plan in
/// `folders`: the year the page shows when none is asked for, so that last
/// year's plan kept in the folder does not mix with this one's.
pub fn latest_year(folders: &[Folder]) -> Option<i32> {
    folders
        .iter()
        .flat_map(Folder::docs)
        .filter_map(|(_, d)| Some(d.model::<AnnualPlan>()?.year.as_ref()?.v))
        .max()
}

/// The execution of every annual plan in `folders` (only those of the
/// academic year starting in `year`, when given), judged on `on`.
pub fn execution(folders: &[Folder], year: Option<i32>, on: NaiveDate) -> Execution {
    let mut out = Execution {
        on,
        year,
        lang: Lang::Ky,
        lines: Vec::new(),
        departments: Vec::new(),
        total: Totals::default(),
        copies: Vec::new(),
        differing: Vec::new(),
        heads: Vec::new(),
        university: (None, None),
    };
    let mut first = true;
    // The plans counted so far: folder, file, what `plans` compares.
    let mut counted: Vec<(usize, &str, Plan)> = Vec::new();
    for (f, folder) in folders.iter().enumerate() {
        let decisions = super::decisions(folder);
        for (plan_name, doc) in folder.docs() {
            let Some(plan) = doc.model::<AnnualPlan>() else {
                continue;
            };
            let plan_year = plan.year.as_ref().map(|y| y.v);
            if year.is_some() && plan_year != year {
                continue;
            }
            // A language copy of a plan counted is the same plan: its
            // rows are counted once.
            if let Some(compared) = Plan::of(doc, &|n| folder.teacher_key(n)) {
                let related = |r| {
                    counted
                        .iter()
                        .find(|(g, _, p)| relation(p, &compared, *g == f) == r)
                        .map(|(_, name, _)| (*name).to_owned())
                };
                if let Some(of) = related(Relation::Copies) {
                    out.copies.push((plan_name.to_owned(), of));
                    continue;
                }
                if let Some(other) = related(Relation::Differ) {
                    let y = plan_year
                        .map(|y| format!("{y}-{}", y + 1))
                        .unwrap_or_default();
                    out.differing.push((other, plan_name.to_owned(), y));
                }
                counted.push((f, plan_name, compared));
            }
            if first {
                out.lang = doc.common.lang;
                out.university = (
                    doc.common.university.name.clone(),
                    doc.common.university.short.clone(),
                );
                first = false;
            }
            let department = plan
                .department
                .clone()
                .filter(|d| !d.trim().is_empty())
                .unwrap_or_else(|| folder.dir_name());
            let i = match out.departments.iter().position(|(d, _)| *d == department) {
                Some(i) => i,
                None => {
                    out.departments
                        .push((department.clone(), Totals::default()));
                    out.heads.push(plan.head.clone());
                    out.departments.len() - 1
                }
            };
            for row in &plan.teachers {
                let Some(line) = judge(folder, &decisions, plan, plan_name, row, &department, on)
                else {
                    continue;
                };
                out.departments[i].1.add(line.state);
                out.total.add(line.state);
                out.lines.push(line);
            }
        }
    }
    out
}

/// A row's line; `None` for a row without a teacher's name.
fn judge(
    folder: &Folder,
    decisions: &super::Decisions,
    plan: &AnnualPlan,
    plan_name: &str,
    row: &Row,
    department: &str,
    on: NaiveDate,
) -> Option<Line> {
    let name = row.name.as_ref()?.v.trim().to_owned();
    if name.is_empty() {
        return None;
    }
    let key = folder.teacher_key(&name);
    let period = (day(&row.start), day(&row.end));
    let kind = row.kind.as_ref().map(|k| k.v);
    let only_row = plan
        .teachers
        .iter()
        .filter(|r| {
            r.name
                .as_ref()
                .is_some_and(|n| folder.teacher_key(&n.v) == key)
        })
        .count()
        == 1;
    let concerns = |p: (Option<NaiveDate>, Option<NaiveDate>)| {
        overlaps(p, period) || (only_row && (p == (None, None) || period == (None, None)))
    };
    let mine =
        |doc: &crate::forms::Document| folder.doc_teacher(doc).as_deref() == Some(key.as_str());
    // A certificate proves an internship (or a row that names no kind).
    let certificate = folder.docs().find_map(|(n, d)| {
        let c = d.model::<InternshipCertificate>()?;
        let fits = matches!(kind, None | Some("internship"))
            && mine(d)
            && concerns((day(&c.start), day(&c.end)));
        fits.then_some((n, c))
    });
    let mut returned = None;
    let report = folder.docs().find_map(|(n, d)| {
        let r = d.model::<Report>()?;
        if !(mine(d) && concerns((day(&r.start), day(&r.end)))) {
            return None;
        }
        if decisions.returned(n) {
            returned.get_or_insert_with(|| n.to_owned());
            return None;
        }
        Some(n)
    });
    let submitted = certificate.and_then(|(_, c)| day(&c.submitted));
    let days_late = certificate.and_then(|(_, c)| {
        let end = day(&c.end).or(period.1)?;
        let late = (day(&c.submitted)? - end).num_days();
        (late > REPORT_DEADLINE_DAYS).then_some(late)
    });
    let document = certificate.map(|(n, _)| n).or(report).map(str::to_owned);
    let state = match (&document, days_late, period.1) {
        (Some(_), Some(_), _) => State::Late,
        (Some(_), None, _) => State::Done,
        (None, _, Some(end)) if end < on => State::Missed,
        (None, _, _) => State::Open,
    };
    Some(Line {
        department: department.to_owned(),
        teacher: name,
        kind,
        start: period.0,
        end: period.1,
        state,
        document,
        plan: plan_name.to_owned(),
        year: plan.year.as_ref().map(|y| format!("{}-{}", y.v, y.v + 1)),
        submitted,
        days_late,
        returned: if certificate.is_some() || report.is_some() {
            None
        } else {
            returned
        },
    })
}

/// A kind of upgrading in the tool's language: the forms' word in Kyrgyz
/// and Russian, the YAML value in English (the forms have no English words).
fn kind_words(ui: UiLang, k: &str) -> String {
    match ui {
        UiLang::En => k.to_owned(),
        _ => tr(ui, Id::built(&format!("kind-{k}")), &[]),
    }
}

fn dmy(d: Option<NaiveDate>) -> String {
    d.map_or_else(String::new, |d| d.format("%d.%m.%Y").to_string())
}

fn period(start: Option<NaiveDate>, end: Option<NaiveDate>) -> String {
    match (start, end) {
        (None, None) => String::new(),
        _ => format!("{} – {}", dmy(start), dmy(end)),
    }
}

impl Execution {
    /// One JSON object a line: `department`, `teacher`, `kind`, `start`,
    /// `end`, `state`, `document`, `plan`, `year`, and when they apply
    /// `submitted`, `days_late`, `returned`.
    pub fn json_lines(&self) -> Vec<u8> {
        let mut out = Vec::new();
        for l in &self.lines {
            // Plain strings, numbers and dates always serialise.
            if let Ok(line) = serde_json::to_string(l) {
                out.extend_from_slice(line.as_bytes());
                out.push(b'\n');
            }
        }
        out
    }

    /// The lines as a CSV file for a spreadsheet ([`crate::output::csv`]:
    /// a byte-order mark, every value safe from being run as a formula): a
    /// header row of the JSON keys, dates as ISO.
    pub fn csv(&self) -> Vec<u8> {
        let mut t = crate::output::csv::Table::new([
            "department",
            "teacher",
            "kind",
            "start",
            "end",
            "state",
            "document",
            "plan",
            "year",
            "submitted",
            "days_late",
            "returned",
        ]);
        let iso = |d: Option<NaiveDate>| d.map_or_else(String::new, |d| d.to_string());
        for l in &self.lines {
            t.row([
                l.department.clone(),
                l.teacher.clone(),
                l.kind.unwrap_or_default().to_owned(),
                iso(l.start),
                iso(l.end),
                l.state.as_str().to_owned(),
                l.document.clone().unwrap_or_default(),
                l.plan.clone(),
                l.year.clone().unwrap_or_default(),
                iso(l.submitted),
                l.days_late.map(|d| d.to_string()).unwrap_or_default(),
                l.returned.clone().unwrap_or_default(),
            ]);
        }
        t.into_bytes()
    }

    /// A line's state in words, with the facts behind a `late` or a
    /// returned report.
    pub fn state_words(&self, lang: UiLang, l: &Line) -> String {
        let mut s = match l.state {
            State::Done => tr(lang, id::EXECUTION_STATE_DONE, &[]),
            State::Late => tr(lang, id::EXECUTION_STATE_LATE, &[]),
            State::Open => tr(lang, id::EXECUTION_STATE_OPEN, &[]),
            State::Missed => tr(lang, id::EXECUTION_STATE_MISSED, &[]),
        };
        if let (Some(days), Some(sub)) = (l.days_late, l.submitted) {
            s = tr(
                lang,
                id::EXECUTION_LATE_DETAIL,
                &[
                    ("state", &s),
                    ("submitted", &dmy(Some(sub))),
                    ("days", &days.to_string()),
                ],
            );
        }
        if let Some(r) = &l.returned {
            s = tr(
                lang,
                id::EXECUTION_RETURNED_DETAIL,
                &[("state", &s), ("document", r)],
            );
        }
        s
    }

    /// What the counting left out or counted twice, a sentence each: the
    /// language copies counted once, the plans of one year that differ.
    pub fn notes(&self, lang: UiLang) -> Vec<String> {
        let copies = self.copies.iter().map(|(copy, plan)| {
            tr(
                lang,
                id::EXECUTION_COPY,
                &[("copy", copy.as_str()), ("plan", plan.as_str())],
            )
        });
        let differing = self.differing.iter().map(|(plan, other, year)| {
            tr(
                lang,
                id::EXECUTION_DIFFER,
                &[
                    ("plan", plan.as_str()),
                    ("other", other.as_str()),
                    ("year", year.as_str()),
                ],
            )
        });
        copies.chain(differing).collect()
    }

    /// The totals of all in a sentence.
    pub fn summary_line(&self, lang: UiLang) -> String {
        self.summary(lang, &self.total)
    }

    fn summary(&self, lang: UiLang, t: &Totals) -> String {
        tr(
            lang,
            id::EXECUTION_SUMMARY,
            &[
                ("planned", &t.planned.to_string()),
                ("done", &t.done.to_string()),
                ("late", &t.late.to_string()),
                ("open", &t.open.to_string()),
                ("missed", &t.missed.to_string()),
            ],
        )
    }

    /// A table for people, in the tool's language: one block per
    /// department, its totals under it, the totals of all at the end.
    pub fn table(&self, ui: UiLang) -> String {
        let mut out = tr(ui, id::EXECUTION_HEADER, &[("date", &dmy(Some(self.on)))]);
        out.push('\n');
        for note in self.notes(ui) {
            out.push_str(&note);
            out.push('\n');
        }
        let head = [
            tr(ui, id::EXECUTION_COL_N, &[]),
            tr(ui, id::EXECUTION_COL_TEACHER, &[]),
            tr(ui, id::EXECUTION_COL_KIND, &[]),
            tr(ui, id::EXECUTION_COL_PERIOD, &[]),
            tr(ui, id::EXECUTION_COL_STATE, &[]),
            tr(ui, id::EXECUTION_COL_DOCUMENT, &[]),
        ];
        for (department, totals) in &self.departments {
            out.push('\n');
            out.push_str(department);
            out.push('\n');
            let mut rows: Vec<[String; 6]> = vec![head.clone()];
            for (i, l) in self
                .lines
                .iter()
                .filter(|l| l.department == *department)
                .enumerate()
            {
                rows.push([
                    (i + 1).to_string(),
                    l.teacher.clone(),
                    l.kind.map(|k| kind_words(ui, k)).unwrap_or_default(),
                    period(l.start, l.end),
                    self.state_words(ui, l),
                    l.document.clone().unwrap_or_else(|| "—".to_owned()),
                ]);
            }
            push_columns(&mut out, &rows);
            out.push_str(&self.summary(ui, totals));
            out.push('\n');
        }
        if self.departments.len() > 1 {
            out.push('\n');
            out.push_str(&tr(
                ui,
                id::EXECUTION_ALL,
                &[("summary", &self.summary(ui, &self.total))],
            ));
            out.push('\n');
        }
        out
    }

    /// The printed page's data (`forms/execution.typ`), in the documents'
    /// language.
    fn page(&self) -> Page {
        let lang = self.lang;
        let v = View {
            lang,
            univ_short: self
                .university
                .1
                .clone()
                .unwrap_or_else(|| tr(lang, id::UNIV_SHORT, &[])),
            univ_name: self
                .university
                .0
                .clone()
                .unwrap_or_else(|| tr(lang, id::UNIV_NAME, &[])),
            doc_date: Some(self.on),
        };
        let ui = UiLang::from(lang);
        let date = dmy(Some(self.on));
        let years: Vec<String> = {
            let mut y: Vec<String> = self.lines.iter().filter_map(|l| l.year.clone()).collect();
            y.sort();
            y.dedup();
            y
        };
        let title = match (self.year, years.as_slice()) {
            (Some(y), _) => v.ta(
                id::EXECUTION_TITLE_YEAR,
                &[("year", &format!("{y}-{}", y + 1))],
            ),
            (None, [one]) => v.ta(id::EXECUTION_TITLE_YEAR, &[("year", one)]),
            _ => v.t(id::EXECUTION_TITLE),
        };
        let groups = self
            .departments
            .iter()
            .map(|(department, totals)| Group {
                title: v.ta(id::EXECUTION_DEPARTMENT, &[("department", department)]),
                rows: self
                    .lines
                    .iter()
                    .filter(|l| l.department == *department)
                    .enumerate()
                    .map(|(i, l)| PageRow {
                        n: (i + 1).to_string(),
                        teacher: l.teacher.clone(),
                        kind: l
                            .kind
                            .map(|k| v.t(Id::built(&format!("kind-{k}"))))
                            .unwrap_or_default(),
                        period: period(l.start, l.end),
                        state: l.state.as_str(),
                        state_word: self.state_words(ui, l),
                        document: l.document.clone().unwrap_or_default(),
                    })
                    .collect(),
                summary: self.summary(ui, totals),
            })
            .collect();
        let signatures = match self.heads.as_slice() {
            [head] => {
                let department = &self.departments[0].0;
                vec![v.signature(
                    v.position_or(
                        head.as_ref(),
                        id::ANNUAL_HEAD,
                        &[("department", department)],
                    ),
                    head.as_ref(),
                    None,
                )]
            }
            _ => vec![v.signature(v.t(id::EXECUTION_CADRE_HEAD), None, None)],
        };
        Page {
            lang: lang.code(),
            meta: Meta {
                title: title.split_whitespace().collect::<Vec<_>>().join(" "),
                author: v.univ_name.clone(),
                subject: v.ta(id::EXECUTION_SUBJECT, &[("date", &date)]),
                keywords: vec!["execution", "tirkeme"],
            },
            university: v.univ_short.clone(),
            title,
            subtitle: v.ta(id::EXECUTION_ON, &[("date", &date)]),
            head: [
                id::EXECUTION_COL_N,
                id::EXECUTION_COL_TEACHER,
                id::EXECUTION_COL_KIND,
                id::EXECUTION_COL_PERIOD,
                id::EXECUTION_COL_STATE,
                id::EXECUTION_COL_DOCUMENT,
            ]
            .iter()
            .map(|i| v.t(*i))
            .collect(),
            groups,
            total: (self.departments.len() > 1).then(|| {
                v.ta(
                    id::EXECUTION_ALL,
                    &[("summary", &self.summary(ui, &self.total))],
                )
            }),
            signatures,
            attach: None,
        }
    }

    /// The execution as a printed page (PDF/A, A4 landscape), in the
    /// documents' language.
    pub fn render(&self) -> Result<Pdf, EngineError> {
        let data = serde_json::to_vec(&self.page()).map_err(EngineError::other)?;
        let ident = format!(
            "tirkeme/execution/{}/{}/{:032x}",
            self.lang.code(),
            self.on,
            typst::utils::hash128(&data)
        );
        engine::render(Job {
            form: "execution",
            data,
            source: b"",
            date: self.on,
            archival: true,
            ident,
        })
    }
}

/// Lays `rows` out in columns as wide as their widest cell.
fn push_columns<const N: usize>(out: &mut String, rows: &[[String; N]]) {
    let widths: Vec<usize> = (0..N)
        .map(|i| rows.iter().map(|r| r[i].chars().count()).max().unwrap_or(0))
        .collect();
    for r in rows {
        let cells: Vec<String> = r
            .iter()
            .zip(&widths)
            .map(|(c, w)| format!("{c}{}", " ".repeat(w - c.chars().count())))
            .collect();
        out.push_str(cells.join("  ").trim_end());
        out.push('\n');
    }
}

/// What `forms/execution.typ` receives.
#[derive(Serialize)]
struct Page {
    /// `ky` or `ru`.
    lang: &'static str,
    /// Document metadata.
    meta: Meta,
    /// The university's short name, top left.
    university: String,
    /// The page's title.
    title: String,
    /// «06.12.2026 абалы боюнча».
    subtitle: String,
    /// The column labels.
    head: Vec<String>,
    /// One table per department.
    groups: Vec<Group>,
    /// The totals of all, when there is more than one department.
    total: Option<String>,
    /// Who signs.
    signatures: Vec<Signature>,
    /// Never anything attached: the page is a view of the folders on a date.
    attach: Option<()>,
}

/// Document metadata.
#[derive(Serialize)]
struct Meta {
    title: String,
    author: String,
    subject: String,
    keywords: Vec<&'static str>,
}

/// A department's table.
#[derive(Serialize)]
struct Group {
    /// «Информатика кафедрасы».
    title: String,
    /// Its rows.
    rows: Vec<PageRow>,
    /// Its totals in words.
    summary: String,
}

/// One row of the page.
#[derive(Serialize)]
struct PageRow {
    n: String,
    teacher: String,
    kind: String,
    period: String,
    /// `done`, `late`, `open`, `missed` (for the colour).
    state: &'static str,
    state_word: String,
    document: String,
}
