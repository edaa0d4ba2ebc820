//! A secretary's spreadsheet (xlsx, ods or csv) to a roster's YAML: the
//! first row names the columns in Kyrgyz, Russian or English (the words are
//! in `locales/*/roster.ftl`, `roster-column-*`), each further row is one
//! completed activity, a teacher's rows share the name. Every cell that
//! cannot be read is a finding at `FILE:Sheet!C7`; the YAML is only made
//! when there is no error.

use crate::locale::{Id, id};
use std::path::Path;

use calamine::{Data, Reader};
use chrono::{Duration, NaiveDate};

use crate::choices;
use crate::finding::{Rule, Severity, rule};
use crate::locale::{Lang, Msg, UiLang, tr};
use crate::rules;

/// The fields a column can hold, in the order the YAML writes them.
pub(crate) const FIELDS: &[&str] = &[
    "name",
    "position",
    "degree",
    "subject",
    "gender",
    "kind",
    "title",
    "start",
    "end",
    "hours",
    "institution",
    "document",
];

/// A cell's value, whatever the file kind.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Cell {
    /// Nothing.
    Empty,
    /// Text as typed.
    Text(String),
    /// A number.
    Number(f64),
    /// A date the spreadsheet stores as a date.
    Date(NaiveDate),
    /// Something else the spreadsheet stores (an error value, a duration).
    Other(String),
}

/// One sheet: its name, and its rows from the first row of the sheet.
#[derive(Clone, Debug, Default)]
pub struct Sheet {
    /// The sheet's name (the file's stem for a CSV file).
    pub(crate) name: String,
    /// Rows of cells; `rows[0]` is the sheet's row `first_row + 1`.
    pub(crate) rows: Vec<Vec<Cell>>,
    /// 0-based index of the first row held.
    pub(crate) first_row: u32,
    /// 0-based index of the first column held.
    pub(crate) first_col: u32,
}

/// A problem with one cell (or the whole sheet).
#[derive(Clone, Debug, PartialEq)]
pub struct CellFinding {
    /// `Sheet!C7`, or the sheet's name alone.
    pub cell: String,
    /// The rule.
    pub rule: Rule,
    /// Error or warning.
    pub severity: Severity,
    /// What to say.
    pub msg: Msg,
}

/// What an import gives.
#[derive(Clone, Debug, Default)]
pub struct Imported {
    /// The roster's YAML, when there is no error.
    pub yaml: Option<String>,
    /// Every finding, in sheet order.
    pub findings: Vec<CellFinding>,
    /// Teachers read.
    pub teachers: usize,
    /// Activities read.
    pub activities: usize,
}

/// The spreadsheet's column name: A, B, …, Z, AA, …
pub(crate) fn column_name(mut col: u32) -> String {
    let mut s = Vec::new();
    loop {
        s.push(b'A' + (col % 26) as u8);
        if col < 26 {
            break;
        }
        col = col / 26 - 1;
    }
    s.reverse();
    String::from_utf8_lossy(&s).into_owned()
}

/// Why a spreadsheet could not be read. Its words are those of
/// [`SheetError::msg`] (shown in English by `Display`).
#[derive(Debug, thiserror::Error)]
#[error("{}", self.msg().text(crate::locale::UiLang::En))]
pub enum SheetError {
    /// A CSV file that is not UTF-8 (Excel's «CSV» in a Russian Windows is
    /// Windows-1251).
    Encoding {
        /// The file as named.
        path: String,
    },
    /// The file could not be read.
    Io {
        /// The file as named.
        path: String,
        /// What the system answered.
        #[source]
        source: std::io::Error,
    },
    /// The workbook reader (xlsx, xls, ods) refused it.
    Workbook {
        /// The file as named.
        path: String,
        /// The reader's own words.
        #[source]
        source: calamine::Error,
    },
    /// The CSV reader refused a record.
    Csv {
        /// The file as named.
        path: String,
        /// The reader's own words.
        #[source]
        source: csv::Error,
    },
}

impl SheetError {
    /// What to tell the person.
    pub fn msg(&self) -> crate::locale::Msg {
        use crate::locale::Msg;
        let unreadable = |path: &str, detail: &dyn std::fmt::Display| {
            Msg::new(id::IMPORT_UNREADABLE)
                .arg("path", path)
                .arg("detail", detail)
        };
        match self {
            SheetError::Encoding { path } => Msg::new(id::IMPORT_ENCODING).arg("path", path),
            SheetError::Io { path, source } => unreadable(path, source),
            SheetError::Workbook { path, source } => unreadable(path, source),
            SheetError::Csv { path, source } => unreadable(path, source),
        }
    }
}

/// Reads the sheet of an xlsx/xls/ods file whose first row names the name
/// column (a workbook often opens on a cover or notes sheet), else its first
/// sheet; or a CSV file.
pub fn read_sheet(path: &Path) -> Result<Sheet, SheetError> {
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or("")
        .to_lowercase();
    if ext == "csv" {
        return read_csv(path);
    }
    let name = path.display().to_string();
    // A file that cannot be opened is said in the system's terms, not the
    // workbook reader's English.
    std::fs::File::open(path).map_err(|source| SheetError::Io {
        path: name.clone(),
        source,
    })?;
    let workbook = |source| SheetError::Workbook {
        path: name.clone(),
        source,
    };
    let mut book = calamine::open_workbook_auto(path).map_err(workbook)?;
    let names = book.sheet_names();
    let mut first = None;
    for (i, name) in names.iter().enumerate() {
        let Some(range) = book.worksheet_range_at(i) else {
            continue;
        };
        let range = range.map_err(workbook)?;
        let (first_row, first_col) = range.start().unwrap_or((0, 0));
        let rows: Vec<Vec<Cell>> = range
            .rows()
            .map(|r| r.iter().map(cell_of).collect())
            .collect();
        let sheet = Sheet {
            name: name.clone(),
            rows,
            first_row,
            first_col,
        };
        let names_people = sheet.rows.first().is_some_and(|header| {
            header
                .iter()
                .filter_map(text_of)
                .any(|t| field_of(&t).is_some_and(|(f, _)| f == "name"))
        });
        if names_people {
            return Ok(sheet);
        }
        first.get_or_insert(sheet);
    }
    Ok(first.unwrap_or_else(|| Sheet {
        name: names.first().cloned().unwrap_or_default(),
        ..Sheet::default()
    }))
}

fn cell_of(d: &Data) -> Cell {
    match d {
        Data::Empty => Cell::Empty,
        Data::String(s) if s.trim().is_empty() => Cell::Empty,
        Data::String(s) => Cell::Text(s.clone()),
        Data::Int(i) => Cell::Number(*i as f64),
        Data::Float(f) => Cell::Number(*f),
        Data::Bool(b) => Cell::Text(b.to_string()),
        Data::DateTime(dt) => {
            serial_date(dt.as_f64()).map_or(Cell::Other(dt.to_string()), Cell::Date)
        }
        Data::DateTimeIso(s) => s
            .get(..10)
            .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
            .map_or(Cell::Other(s.clone()), Cell::Date),
        Data::DurationIso(s) => Cell::Other(s.clone()),
        Data::Error(e) => Cell::Other(e.to_string()),
    }
}

/// A spreadsheet's day number (1900 system: day 1 is 1900-01-01, with the
/// 1900 leap-year quirk, so day 61 and on count from 1899-12-30).
fn serial_date(serial: f64) -> Option<NaiveDate> {
    if !(1.0..=2_958_465.0).contains(&serial) {
        return None;
    }
    let base = NaiveDate::from_ymd_opt(1899, 12, 30)?;
    base.checked_add_signed(Duration::days(serial.floor() as i64))
}

fn read_csv(path: &Path) -> Result<Sheet, SheetError> {
    let name = path.display().to_string();
    let bytes = std::fs::read(path).map_err(|source| SheetError::Io {
        path: name.clone(),
        source,
    })?;
    let text =
        crate::pipeline::decode(&bytes).map_err(|_| SheetError::Encoding { path: name.clone() })?;
    // A semicolon is the separator of spreadsheets saved in Russian locales.
    let first = text.lines().next().unwrap_or("");
    let delimiter = if first.matches(';').count() > first.matches(',').count() {
        b';'
    } else {
        b','
    };
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter)
        .from_reader(text.as_bytes());
    let mut rows = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|source| SheetError::Csv {
            path: name.clone(),
            source,
        })?;
        rows.push(
            record
                .iter()
                .map(|c| {
                    if c.trim().is_empty() {
                        Cell::Empty
                    } else {
                        Cell::Text(c.to_owned())
                    }
                })
                .collect(),
        );
    }
    let name = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    Ok(Sheet {
        name,
        rows,
        first_row: 0,
        first_col: 0,
    })
}

fn header_key(text: &str) -> String {
    choices::normalize(text)
        .chars()
        .filter(|c| c.is_alphanumeric())
        .collect()
}

/// The field a header names, and the language of the word, if any.
pub(crate) fn field_of(header: &str) -> Option<(&'static str, UiLang)> {
    let key = header_key(header);
    if key.is_empty() {
        return None;
    }
    for lang in [UiLang::Ky, UiLang::Ru, UiLang::En] {
        for field in FIELDS {
            let words = tr(lang, Id::built(&format!("roster-column-{field}")), &[]);
            if words.split(',').any(|w| header_key(w) == key) {
                return Some((field, lang));
            }
        }
    }
    None
}

fn text_of(c: &Cell) -> Option<String> {
    match c {
        Cell::Empty => None,
        Cell::Text(t) => Some(t.trim().to_owned()),
        Cell::Number(n) if n.fract() == 0.0 => Some(format!("{n:.0}")),
        Cell::Number(n) => Some(n.to_string()),
        Cell::Date(d) => Some(d.to_string()),
        Cell::Other(o) => Some(o.clone()),
    }
}

/// Reads a date cell: a spreadsheet date, `2025-11-03` or `03.11.2025`.
fn date_of(c: &Cell) -> Result<NaiveDate, String> {
    match c {
        Cell::Date(d) => Ok(*d),
        // A date cell saved without its date format: a day number.
        Cell::Number(n) if (20_000.0..80_000.0).contains(n) => {
            serial_date(*n).ok_or_else(|| n.to_string())
        }
        other => {
            let t = text_of(other).unwrap_or_default();
            let t = t.trim();
            NaiveDate::parse_from_str(t, "%Y-%m-%d")
                .or_else(|_| NaiveDate::parse_from_str(t, "%d.%m.%Y"))
                .ok()
                .filter(|d| (1900..=2200).contains(&chrono::Datelike::year(d)))
                .ok_or_else(|| t.to_owned())
        }
    }
}

fn hours_of(c: &Cell) -> Result<i64, String> {
    match c {
        Cell::Number(n) if n.fract() == 0.0 && (0.0..=100_000.0).contains(n) => Ok(*n as i64),
        other => {
            let t = text_of(other).unwrap_or_default();
            t.trim()
                .parse::<i64>()
                .ok()
                .filter(|h| (0..=100_000).contains(h))
                .ok_or(t)
        }
    }
}

/// A YAML scalar that reads back as exactly this text.
fn quoted(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_else(|_| "\"\"".into())
}

#[derive(Default)]
struct Person {
    name: String,
    fields: Vec<(&'static str, String)>,
    history: Vec<Vec<(&'static str, String)>>,
}

/// Turns a sheet into a roster's YAML, with a finding for every cell that
/// cannot be read.
pub fn import(sheet: &Sheet) -> Imported {
    let mut out = Imported::default();
    let at = |row: usize, col: usize| {
        format!(
            "{}!{}{}",
            sheet.name,
            column_name(sheet.first_col + col as u32),
            sheet.first_row as usize + row + 1
        )
    };
    let Some(header) = sheet.rows.first() else {
        out.findings.push(CellFinding {
            cell: sheet.name.clone(),
            rule: rule::MISSING,
            severity: Severity::Error,
            msg: Msg::new(id::IMPORT_EMPTY),
        });
        return out;
    };
    let mut columns: Vec<Option<&'static str>> = Vec::new();
    let mut langs: Vec<UiLang> = Vec::new();
    for (i, c) in header.iter().enumerate() {
        let text = text_of(c).unwrap_or_default();
        let field = field_of(&text);
        if field.is_none() && !text.is_empty() {
            out.findings.push(CellFinding {
                cell: at(0, i),
                rule: rule::UNKNOWN_KEY,
                severity: Severity::Warning,
                msg: Msg::new(id::IMPORT_UNKNOWN_COLUMN).arg("found", &text),
            });
        }
        if let Some((f, l)) = field {
            if columns.contains(&Some(f)) {
                out.findings.push(CellFinding {
                    cell: at(0, i),
                    rule: rule::UNKNOWN_KEY,
                    severity: Severity::Error,
                    msg: Msg::new(id::IMPORT_TWICE).arg("found", &text),
                });
            }
            langs.push(l);
        }
        columns.push(field.map(|(f, _)| f));
    }
    if !columns.contains(&Some("name")) {
        out.findings.push(CellFinding {
            cell: format!("{}!A{}", sheet.name, sheet.first_row + 1),
            rule: rule::MISSING,
            severity: Severity::Error,
            msg: Msg::new(id::IMPORT_NO_NAME),
        });
        return out;
    }
    // The same few words fill the kind and gender columns: each is looked up once.
    let mut words: std::collections::HashMap<(&str, String), Option<&'static str>> =
        Default::default();
    let mut people: Vec<Person> = Vec::new();
    let mut index: std::collections::HashMap<String, usize> = Default::default();
    for (r, row) in sheet.rows.iter().enumerate().skip(1) {
        let mut name = None;
        let mut own = Vec::new();
        let mut activity = Vec::new();
        let mut kind_given = false;
        for (c, cell) in row.iter().enumerate() {
            let Some(field) = columns.get(c).copied().flatten() else {
                continue;
            };
            let Some(text) = text_of(cell).filter(|t| !t.is_empty()) else {
                continue;
            };
            kind_given |= field == "kind";
            let mut bad = |msg: Msg| {
                out.findings.push(CellFinding {
                    cell: at(r, c),
                    rule: rule::TYPE,
                    severity: Severity::Error,
                    msg,
                })
            };
            match field {
                "name" => name = Some(text.split_whitespace().collect::<Vec<_>>().join(" ")),
                "position" | "degree" | "subject" => own.push((field, quoted(&text))),
                "gender" => match *words
                    .entry((field, text.clone()))
                    .or_insert_with(|| choices::resolve(&text, super::GENDERS))
                {
                    Some(g) => own.push((field, g.to_owned())),
                    None => bad(Msg::new(id::IMPORT_BAD_GENDER).arg("found", &text)),
                },
                "kind" => match *words
                    .entry((field, text.clone()))
                    .or_insert_with(|| choices::resolve(&text, rules::KINDS))
                {
                    Some(k) => activity.push((field, k.to_owned())),
                    None => bad(Msg::new(id::IMPORT_BAD_KIND)
                        .arg("found", &text)
                        .arg("allowed", rules::KINDS.join(", "))),
                },
                "start" | "end" => match date_of(cell) {
                    Ok(d) => activity.push((field, d.to_string())),
                    Err(t) => bad(Msg::new(id::IMPORT_BAD_DATE).arg("found", t)),
                },
                "hours" => match hours_of(cell) {
                    Ok(h) => activity.push((field, h.to_string())),
                    Err(t) => bad(Msg::new(id::IMPORT_BAD_HOURS).arg("found", t)),
                },
                _ => activity.push((field, quoted(&text))),
            }
        }
        let Some(name) = name else {
            if !own.is_empty() || !activity.is_empty() {
                out.findings.push(CellFinding {
                    cell: at(
                        r,
                        columns.iter().position(|c| *c == Some("name")).unwrap_or(0),
                    ),
                    rule: rule::MISSING,
                    severity: Severity::Error,
                    msg: Msg::new(id::IMPORT_ROW_NO_NAME),
                });
            }
            continue;
        };
        let i = *index.entry(name.clone()).or_insert_with(|| {
            people.push(Person {
                name: name.clone(),
                ..Person::default()
            });
            people.len() - 1
        });
        let p = &mut people[i];
        for (f, v) in own {
            if !p.fields.iter().any(|(g, _)| *g == f) {
                p.fields.push((f, v));
            }
        }
        if !activity.is_empty() {
            if !kind_given {
                out.findings.push(CellFinding {
                    cell: at(
                        r,
                        columns.iter().position(|c| *c == Some("kind")).unwrap_or(0),
                    ),
                    rule: rule::MISSING,
                    severity: Severity::Error,
                    msg: Msg::new(id::IMPORT_NO_KIND),
                });
            }
            activity.sort_by_key(|(f, _)| FIELDS.iter().position(|g| g == f));
            p.history.push(activity);
        }
    }
    out.teachers = people.len();
    out.activities = people.iter().map(|p| p.history.len()).sum();
    if out.findings.iter().any(|f| f.severity == Severity::Error) {
        return out;
    }
    // The roster speaks the language most of its headers do (Kyrgyz unless Russian).
    let ru = langs.iter().filter(|l| **l == UiLang::Ru).count();
    let ky = langs.iter().filter(|l| **l == UiLang::Ky).count();
    let lang = if ru > ky { Lang::Ru } else { Lang::Ky };
    let mut y = format!(
        "form: roster\nlang: {}\nfaculty:\ndepartment:\nhead:\nteachers:\n",
        lang.code()
    );
    for p in &people {
        y.push_str(&format!("  - name: {}\n", quoted(&p.name)));
        let mut fields: Vec<&(&str, String)> = p.fields.iter().collect();
        fields.sort_by_key(|(f, _)| FIELDS.iter().position(|g| g == f));
        for (f, v) in fields {
            y.push_str(&format!("    {f}: {v}\n"));
        }
        if !p.history.is_empty() {
            y.push_str("    history:\n");
            for a in &p.history {
                let parts: Vec<String> = a.iter().map(|(f, v)| format!("{f}: {v}")).collect();
                y.push_str(&format!("      - {{{}}}\n", parts.join(", ")));
            }
        }
    }
    out.yaml = Some(y);
    out
}
