//! `tirkeme status`: each teacher's standing with the five-year rule on a
//! date, as a table, JSON lines or CSV, and optionally as a printed page.

use std::path::Path;
use tirkeme::locale::{Id, Msg, id};

use chrono::NaiveDate;
use tirkeme::diagnostics::{self, Format};
use tirkeme::locale::tr;
use tirkeme::output::csv::Table;
use tirkeme::pipeline;
use tirkeme::roster::{self, Roster, Standing, State};
use tirkeme::year::pending::{self, Item, Pending};

use super::{Cx, Error, Result, Status, read_input, store, write_stdout};

/// How `status` prints.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub(crate) enum StatusFormat {
    /// A table for people.
    Human,
    /// One JSON object a line.
    Json,
    /// Comma-separated values with a header row, for a spreadsheet.
    Csv,
}

/// Reads a date given on the command line: `2025-11-03` or `03.11.2025`.
pub(crate) fn parse_date(text: &str) -> Option<NaiveDate> {
    let t = text.trim();
    NaiveDate::parse_from_str(t, "%Y-%m-%d")
        .or_else(|_| NaiveDate::parse_from_str(t, "%d.%m.%Y"))
        .ok()
}

/// The date asked for, or today; a date that cannot be read is a usage error.
pub(crate) fn date_arg(on: Option<&str>) -> Result<NaiveDate> {
    match on {
        None => Ok(chrono::Local::now().date_naive()),
        Some(t) => parse_date(t).ok_or_else(|| {
            Error::Msg(
                Msg::new(id::ROSTER_BAD_DATE_ARG).arg("found", t),
                Status::Io,
            )
        }),
    }
}

/// Reads and checks a roster file, printing its findings; the roster when
/// it has no errors.
pub(crate) fn load(cx: &Cx, path: &Path) -> Result<Roster> {
    let bytes = read_input(path)?;
    let name = path.display().to_string();
    let checked = pipeline::check(&name, bytes, None);
    let _ = diagnostics::print(
        &name,
        &checked.text,
        &checked.findings,
        Format::Human,
        cx.ui,
    );
    if checked.doc().is_some() {
        return Err(Error::invalid(id::ROSTER_NOT_ROSTER, path));
    }
    let ok = checked.ok();
    match checked.into_roster().filter(|_| ok) {
        Some(r) => Ok(r),
        None => Err(Error::invalid(id::ROSTER_UNREADABLE, path)),
    }
}

fn dmy(d: Option<NaiveDate>) -> String {
    d.map_or_else(|| "—".to_owned(), |d| d.format("%d.%m.%Y").to_string())
}

fn iso(d: Option<NaiveDate>) -> String {
    d.map_or_else(String::new, |d| d.to_string())
}

fn table(cx: &Cx, on: NaiveDate, rows: &[Standing]) -> String {
    let head = [
        tr(cx.ui, id::STATUS_COL_NAME, &[]),
        tr(cx.ui, id::STATUS_COL_POSITION, &[]),
        tr(cx.ui, id::STATUS_COL_LAST, &[]),
        tr(cx.ui, id::STATUS_COL_HOURS, &[]),
        tr(cx.ui, id::STATUS_COL_DUE, &[]),
        tr(cx.ui, id::STATUS_COL_STATE, &[]),
    ];
    let mut lines: Vec<[String; 6]> = vec![head];
    for s in rows {
        lines.push([
            s.name.clone(),
            s.position.clone().unwrap_or_default(),
            dmy(s.last),
            s.hours_5y.to_string(),
            dmy(s.due),
            tr(
                cx.ui,
                Id::built(&format!("state-{}", s.state.as_str())),
                &[],
            ),
        ]);
    }
    let width = |i: usize| {
        lines
            .iter()
            .map(|l| l[i].chars().count())
            .max()
            .unwrap_or(0)
    };
    let widths: Vec<usize> = (0..6).map(width).collect();
    let mut out = tr(
        cx.ui,
        id::STATUS_HEADER,
        &[("date", &on.format("%d.%m.%Y").to_string())],
    );
    out.push('\n');
    for l in &lines {
        let cells: Vec<String> = l
            .iter()
            .zip(&widths)
            .map(|(c, w)| format!("{c}{}", " ".repeat(w - c.chars().count())))
            .collect();
        out.push_str(cells.join("  ").trim_end());
        out.push('\n');
    }
    let count = |st: State| rows.iter().filter(|s| s.state == st).count().to_string();
    out.push_str(&tr(
        cx.ui,
        id::STATUS_SUMMARY,
        &[
            ("teachers", &rows.len().to_string()),
            ("overdue", &count(State::Overdue)),
            ("never", &count(State::Never)),
            ("due", &count(State::Due)),
            ("ok", &count(State::Ok)),
        ],
    ));
    out.push('\n');
    out
}

/// The standing as CSV for a spreadsheet (BOM, formulas neutralised): the
/// roster's columns first, as they always were, then `kind` (`standing`
/// for a teacher's row) and the columns of what the folder owes, whose
/// rows carry the teacher in `name` and leave the standing's columns empty.
/// One table, so that Excel opens it as one sheet and a filter on `kind`
/// separates the lists.
fn csv_text(rows: &[Standing], owed: &[Item<'_>]) -> Vec<u8> {
    let mut t = Table::new([
        "name",
        "position",
        "last",
        "hours_5y",
        "due",
        "state",
        "kind",
        "document",
        "plan",
        "end",
        "submitted",
        "date",
        "days_late",
        "clause",
    ]);
    for s in rows {
        t.row([
            s.name.as_str(),
            s.position.as_deref().unwrap_or(""),
            &iso(s.last),
            &s.hours_5y.to_string(),
            &iso(s.due),
            s.state.as_str(),
            "standing",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
        ]);
    }
    for o in owed {
        t.row([
            o.teacher,
            "",
            "",
            "",
            "",
            "",
            o.kind,
            o.document.unwrap_or(""),
            o.plan.unwrap_or(""),
            &iso(o.end),
            &iso(o.submitted),
            &iso(o.date),
            &o.days.map(|d| d.to_string()).unwrap_or_default(),
            o.clause,
        ]);
    }
    t.into_bytes()
}

/// The standing as JSON lines: one object a teacher (`kind: standing`),
/// then one a thing the folder owes ([`Item`]).
fn json_text(rows: &[Standing], owed: &[Item<'_>]) -> Vec<u8> {
    /// A teacher's line: the standing's keys in their order, then `kind`.
    #[derive(serde::Serialize)]
    struct Line<'a> {
        #[serde(flatten)]
        standing: &'a Standing,
        kind: &'static str,
    }
    let mut out = Vec::new();
    let mut line = |text: serde_json::Result<String>| {
        // Plain strings, numbers and dates always serialise.
        if let Ok(text) = text {
            out.extend_from_slice(text.as_bytes());
            out.push(b'\n');
        }
    };
    for s in rows {
        line(serde_json::to_string(&Line {
            standing: s,
            kind: "standing",
        }));
    }
    for o in owed {
        line(serde_json::to_string(o));
    }
    out
}

/// `tirkeme status`.
pub(crate) fn status(cx: &Cx, args: &super::args::StatusArgs) -> Result<()> {
    let (file, on, format) = (args.roster.as_path(), args.on.as_deref(), args.format);
    let pdf = args.pdf.as_deref();
    let on = date_arg(on)?;
    let roster = load(cx, file)?;
    let rows = roster::status(&roster, on);
    // In a department's folder: what its certificates and reports still owe.
    let folder = super::pending::roster_folder(file);
    let owed = folder.as_ref().map(|f| pending::pending(f, on));
    let items = owed.as_ref().map(Pending::items).unwrap_or_default();
    let text = match format {
        StatusFormat::Human => table(cx, on, &rows).into_bytes(),
        StatusFormat::Json => json_text(&rows, &items),
        StatusFormat::Csv => csv_text(&rows, &items),
    };
    if let Some(out) = pdf {
        let bytes = match roster::view::render(&roster, on, &rows) {
            Ok(pdf) => {
                cx.template_findings(&pdf.warnings);
                pdf.bytes
            }
            Err(e) => return Err(super::render_failed(cx, file, &e)),
        };
        store(cx, out, &bytes)?;
        cx.say(id::RENDERED, &[("path", &out.display().to_string())]);
    }
    write_stdout(&text)?;
    if format == StatusFormat::Human
        && let Some(owed) = &owed
    {
        write_stdout(super::pending::text(cx.ui, owed).as_bytes())?;
    }
    Ok(())
}
