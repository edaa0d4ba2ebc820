//! A secretary's spreadsheet (xlsx, ods, csv, or Excel's tab-separated
//! «Unicode text») to a roster's YAML. The header row names the columns in
//! Kyrgyz, Russian or English (the words are in `locales/*/roster.ftl`,
//! `roster-column-*`); it is the first row, or the first one under title
//! rows («Повышение квалификации кафедры…»). Each further row is one
//! completed activity, a teacher's rows share the name (also when the name
//! is one cell merged down over them). Every cell that cannot be read is a
//! finding at `Sheet!C7`; the YAML is only made when there is no error, and
//! only when the roster checker, run over it, finds none either.
//!
//! Whatever the file, reading it is bounded (see `docs/reliability.md`):
//! at most [`MAX_INPUT_BYTES`] are read; a workbook's parts unpack to at
//! most 32 MiB; only the cells a sheet holds are kept, at most
//! [`MAX_CELLS`], never the rectangle its dimension claims; findings are
//! capped as `check` caps them; text from cells is shown in messages with
//! control and bidirectional characters as visible pictures.
//!
//! The command line calls [`from_path`]; the web page's `POST /api/import`
//! calls [`from_bytes`] with the uploaded bytes and their file name.

mod dates;
mod ods;
mod text;
mod xlsx;
mod zipped;

use crate::locale::{Id, id};
use std::collections::BTreeMap;
use std::path::Path;

use chrono::{Duration, NaiveDate};

use crate::choices;
use crate::finding::{Rule, Severity, rule};
use crate::input::MAX_FINDINGS;
use crate::locale::{Lang, Msg, UiLang, tr};
use crate::rules;

/// The largest file read, in bytes: a department's workbook is well under
/// a megabyte; a bigger file (or an endless one) is refused, not read.
pub const MAX_INPUT_BYTES: usize = 16 << 20;
/// The most non-empty cells kept over all sheets of a file (about 1,500
/// teachers with ten activities of twelve columns). Memory is bounded by
/// this, whatever the sheet's claimed size.
pub const MAX_CELLS: usize = 200_000;
/// The most characters of one cell (the roster's own limit for a text).
pub(crate) const MAX_CELL_CHARS: usize = 10_000;
/// Rows under the top of a sheet searched for the header row.
const HEADER_SEARCH_ROWS: usize = 30;

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

impl Cell {
    /// Text, or nothing when it is only spaces.
    fn text(s: &str) -> Cell {
        if s.trim().is_empty() {
            Cell::Empty
        } else {
            Cell::Text(s.to_owned())
        }
    }
}

/// An ISO date or date-time as a date cell (ods stores dates so).
fn iso_date(s: &str) -> Cell {
    s.get(..10)
        .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
        .map_or_else(|| Cell::Other(s.to_owned()), Cell::Date)
}

/// Cells merged into one: the value is in the first; 0-based (row, column).
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Merge {
    /// The top-left cell.
    pub(crate) first: (u32, u32),
    /// The bottom-right cell.
    pub(crate) last: (u32, u32),
}

/// One sheet: its name and the cells it holds.
#[derive(Clone, Debug, Default)]
pub(crate) struct Sheet {
    /// The sheet's name (the file's stem for a CSV file).
    pub(crate) name: String,
    /// The non-empty cells by 0-based (row, column), in reading order.
    pub(crate) cells: BTreeMap<(u32, u32), Cell>,
    /// Merged regions.
    pub(crate) merges: Vec<Merge>,
    /// Whether the workbook counts days from 1904 (a Mac Excel habit).
    pub(crate) date1904: bool,
}

/// The cells still allowed over a whole file.
pub(crate) struct Budget {
    left: usize,
}

impl Default for Budget {
    fn default() -> Budget {
        Budget { left: MAX_CELLS }
    }
}

impl Budget {
    /// Counts one more cell (at `sheet`, `row`, `col`), or refuses it.
    fn take(&mut self, sheet: &str, row: u32, col: u32) -> Result<(), SheetError> {
        if self.left == 0 {
            return Err(SheetError::TooManyCells {
                place: place(sheet, row, col),
            });
        }
        self.left -= 1;
        Ok(())
    }
}

/// A place in a spreadsheet, `Sheet!C7`, for 0-based `row` and `col`.
fn place(sheet: &str, row: u32, col: u32) -> String {
    format!("{sheet}!{}{}", column_name(col), u64::from(row) + 1)
}

/// A problem with one cell (or the whole sheet, or the file).
#[derive(Clone, Debug, PartialEq)]
pub struct CellFinding {
    /// `Sheet!C7`, the sheet's name alone, or empty for the whole file.
    pub cell: String,
    /// The rule.
    pub rule: Rule,
    /// Error or warning.
    pub severity: Severity,
    /// What to say.
    pub msg: Msg,
}

impl CellFinding {
    fn error(cell: String, rule: Rule, msg: Msg) -> CellFinding {
        CellFinding {
            cell,
            rule,
            severity: Severity::Error,
            msg,
        }
    }

    /// The message in a language.
    pub fn message(&self, lang: UiLang) -> String {
        self.msg.text(lang)
    }
}

/// What an import gives.
#[derive(Clone, Debug, Default)]
pub struct Imported {
    /// The roster's YAML, when there is no error (it passes `check`).
    pub yaml: Option<String>,
    /// The findings, in sheet order, at most [`MAX_FINDINGS`] and then one
    /// saying how many more there were.
    pub findings: Vec<CellFinding>,
    /// The sheet read, when one was.
    pub sheet: Option<String>,
    /// Errors found, those not kept in `findings` included.
    pub errors: usize,
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

/// Why a spreadsheet could not be read at all. Its words are those of
/// [`SheetError::msg`] (shown in English by `Display`).
#[derive(Debug, thiserror::Error)]
#[error("{}", self.msg().text(crate::locale::UiLang::En))]
pub enum SheetError {
    /// A text file that is not UTF-8 or UTF-16 (Excel's «CSV» in a Russian
    /// Windows is Windows-1251).
    Encoding,
    /// Larger than [`MAX_INPUT_BYTES`].
    TooLarge,
    /// A device, a FIFO or a folder, not a file.
    NotAFile,
    /// Not a workbook (a damaged ZIP, broken XML).
    Damaged,
    /// A password-protected workbook or Excel 97-2003's binary format.
    Protected,
    /// Excel's binary formats by their extension (xls, xlsb).
    OldExcel,
    /// A workbook whose parts unpack to more than the limit.
    Unzipped,
    /// More than [`MAX_CELLS`] cells (at the first one over).
    TooManyCells {
        /// Where the limit was reached (empty: said by the file itself).
        place: String,
    },
    /// No visible worksheet.
    NoSheet,
}

impl SheetError {
    /// What to tell the person.
    pub fn msg(&self) -> Msg {
        let mib = |n: u64| (n >> 20).to_string();
        match self {
            SheetError::Encoding => Msg::new(id::IMPORT_ENCODING),
            SheetError::TooLarge => {
                Msg::new(id::IMPORT_TOO_LARGE).arg("max", mib(MAX_INPUT_BYTES as u64))
            }
            SheetError::NotAFile => Msg::new(id::IMPORT_NOT_A_FILE),
            SheetError::Damaged => Msg::new(id::IMPORT_DAMAGED),
            SheetError::Protected => Msg::new(id::IMPORT_PROTECTED),
            SheetError::OldExcel => Msg::new(id::IMPORT_OLD_EXCEL),
            SheetError::Unzipped => {
                Msg::new(id::IMPORT_UNZIPPED).arg("max", mib(zipped::MAX_UNZIPPED_BYTES))
            }
            SheetError::TooManyCells { .. } => {
                Msg::new(id::IMPORT_TOO_MANY_CELLS).arg("max", MAX_CELLS)
            }
            SheetError::NoSheet => Msg::new(id::IMPORT_NO_SHEET),
        }
    }

    fn finding(&self) -> CellFinding {
        let place = match self {
            SheetError::TooManyCells { place } => place.clone(),
            _ => String::new(),
        };
        let r = match self {
            SheetError::TooLarge | SheetError::Unzipped | SheetError::TooManyCells { .. } => {
                rule::LIMIT
            }
            _ => rule::IO,
        };
        CellFinding::error(place, r, self.msg())
    }
}

/// Reads a spreadsheet file and imports it. Only a failure to open or
/// read the file is an error (with the system's words); everything about
/// its content, a refused kind or size included, is a finding.
pub fn from_path(path: &Path) -> std::io::Result<Imported> {
    let bytes = match read_capped(path)? {
        Ok(b) => b,
        Err(e) => return Ok(refused(e)),
    };
    let name = path
        .file_name()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    Ok(from_bytes(&name, &bytes))
}

fn refused(e: SheetError) -> Imported {
    Imported {
        findings: vec![e.finding()],
        errors: 1,
        ..Imported::default()
    }
}

/// A regular file's bytes, at most [`MAX_INPUT_BYTES`]. A FIFO or device
/// (`/dev/zero` behind a link) is refused without reading or waiting: on
/// Unix it is opened non-blocking and asked what it is first.
fn read_capped(path: &Path) -> std::io::Result<Result<Vec<u8>, SheetError>> {
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NONBLOCK);
    }
    let file = options.open(path)?;
    if !file.metadata()?.is_file() {
        return Ok(Err(SheetError::NotAFile));
    }
    let bytes = crate::capped::read(file, MAX_INPUT_BYTES)?;
    if bytes.len() > MAX_INPUT_BYTES {
        return Ok(Err(SheetError::TooLarge));
    }
    Ok(Ok(bytes))
}

/// Imports a spreadsheet from its bytes: `file_name` (as uploaded, e.g.
/// `кафедра.xlsx`) gives the kind where the bytes do not (a ZIP is an xlsx
/// or ods by what it holds; anything else is read as CSV or tab-separated
/// text), and names a CSV file's one sheet. Bounded like [`from_path`]:
/// bytes over [`MAX_INPUT_BYTES`] are refused with a finding. Places in
/// the findings are `Sheet!C7`, without the file's name.
pub fn from_bytes(file_name: &str, bytes: &[u8]) -> Imported {
    if bytes.len() > MAX_INPUT_BYTES {
        return refused(SheetError::TooLarge);
    }
    let stem = Path::new(file_name)
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let ext = Path::new(file_name)
        .extension()
        .map(|e| e.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    let mut budget = Budget::default();
    let sheets = if bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"PK\x05\x06") {
        zipped::open(bytes).and_then(|(zip, kind)| match kind {
            zipped::Kind::Xlsx => xlsx::read(zip, &mut budget),
            zipped::Kind::Ods => ods::read(zip, &mut budget),
        })
    } else if bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0]) {
        // The OLE container: Excel 97-2003, or any workbook with a password.
        Err(if ext == "xls" {
            SheetError::OldExcel
        } else {
            SheetError::Protected
        })
    } else if ext == "xls" || ext == "xlsb" {
        Err(SheetError::OldExcel)
    } else if matches!(ext.as_str(), "xlsx" | "xlsm" | "ods") {
        Err(SheetError::Damaged)
    } else {
        match text::read(&stem, bytes) {
            Ok((sheet, None)) => Ok(vec![sheet]),
            Ok((sheet, Some(e))) => {
                // The rows before the mistake are still looked at: their
                // findings are worth fixing at the same time.
                let quote =
                    CellFinding::error(place(&sheet.name, e.row, e.col), rule::SYNTAX, e.msg);
                return import_after(&sheet, vec![quote]);
            }
            Err(e) => Err(e),
        }
    };
    match sheets {
        Ok(sheets) => match pick(sheets) {
            Some(sheet) => import(&sheet),
            None => refused(SheetError::NoSheet),
        },
        Err(e) => refused(e),
    }
}

/// The visible sheet whose header row names the name column (a workbook
/// often opens on a cover or notes sheet), else the first visible one.
fn pick(sheets: Vec<Sheet>) -> Option<Sheet> {
    let i = sheets
        .iter()
        .position(|s| header(s).is_some_and(|h| h.names_people))
        .unwrap_or(0);
    sheets.into_iter().nth(i)
}

/// The findings of one import: at most [`MAX_FINDINGS`] kept (errors
/// before warnings), the rest counted, as `check` does.
#[derive(Default)]
struct Findings {
    kept: Vec<CellFinding>,
    errors: usize,
    dropped: usize,
    dropped_errors: usize,
}

impl Findings {
    fn push(&mut self, f: CellFinding) {
        let error = f.severity == Severity::Error;
        if self.kept.len() < MAX_FINDINGS || (error && self.errors < MAX_FINDINGS) {
            self.errors += usize::from(error);
            self.kept.push(f);
        } else {
            self.dropped += 1;
            self.dropped_errors += usize::from(error);
        }
    }

    fn has_errors(&self) -> bool {
        self.errors + self.dropped_errors > 0
    }

    /// Errors found, kept or not.
    fn error_count(&self) -> usize {
        self.errors + self.dropped_errors
    }

    fn finish(mut self) -> Vec<CellFinding> {
        if self.kept.len() > MAX_FINDINGS {
            // Errors kept over warnings: the last warnings go.
            let mut over = self.kept.len() - MAX_FINDINGS;
            let mut i = self.kept.len();
            while over > 0 && i > 0 {
                i -= 1;
                if self.kept[i].severity != Severity::Error {
                    self.kept.remove(i);
                    self.dropped += 1;
                    over -= 1;
                }
            }
        }
        if self.dropped > 0 {
            let msg = Msg::new(id::TOO_MANY_FINDINGS)
                .arg("count", self.dropped)
                .arg("max", MAX_FINDINGS);
            let severity = if self.dropped_errors > 0 {
                Severity::Error
            } else {
                Severity::Warning
            };
            self.kept.push(CellFinding {
                cell: String::new(),
                rule: rule::LIMIT,
                severity,
                msg,
            });
        }
        self.kept
    }
}

/// Text from a cell as a message shows it: control characters as their
/// pictures (␇ for BEL, ␛ for ESC, ␊ for a line break), bidirectional and
/// invisible characters by their code (⟨U+202E⟩), at most 80 characters.
/// Nothing a cell holds reaches a terminal or a page raw.
pub(crate) fn shown(text: &str) -> String {
    const MAX: usize = 80;
    let mut out = String::new();
    for (i, c) in text.chars().enumerate() {
        if i == MAX {
            out.push('…');
            break;
        }
        match c {
            '\0'..='\u{1F}' => out.push(char::from_u32(0x2400 + c as u32).unwrap_or('\u{FFFD}')),
            '\u{7F}' => out.push('\u{2421}'),
            '\u{80}'..='\u{9F}' => out.push_str(&format!("⟨U+{:04X}⟩", c as u32)),
            c if crate::lookalike::is_bidi_control(c)
                || crate::lookalike::is_zero_width(c)
                || matches!(
                    c,
                    '\u{2028}' | '\u{2029}' | '\u{200E}' | '\u{200F}' | '\u{061C}'
                ) =>
            {
                out.push_str(&format!("⟨U+{:04X}⟩", c as u32))
            }
            c => out.push(c),
        }
    }
    out
}

/// A spreadsheet's day number in the workbook's date system: 1900 (day 1
/// is 1900-01-01, with the 1900 leap-year quirk, so day 61 and on count
/// from 1899-12-30) or 1904 (day 0 is 1904-01-01).
fn serial_date(serial: f64, date1904: bool) -> Option<NaiveDate> {
    if !(1.0..=2_958_465.0).contains(&serial) {
        return None;
    }
    let base = if date1904 {
        NaiveDate::from_ymd_opt(1904, 1, 1)?
    } else {
        NaiveDate::from_ymd_opt(1899, 12, 30)?
    };
    base.checked_add_signed(Duration::days(serial.floor() as i64))
}

fn header_key(text: &str) -> String {
    choices::normalize(text)
        .chars()
        .filter(|c| c.is_alphanumeric())
        .collect()
}

/// The field a header names, and the language of the word, if any.
pub(crate) fn field_of(header: &str) -> Option<(&'static str, UiLang)> {
    // Every header word of the three languages, normalised once: a sheet's
    // top rows may hold thousands of cells, each looked up here.
    type Words = std::collections::HashMap<String, (&'static str, UiLang)>;
    static WORDS: std::sync::LazyLock<Words> = std::sync::LazyLock::new(|| {
        let mut words = std::collections::HashMap::new();
        for lang in [UiLang::Ky, UiLang::Ru, UiLang::En] {
            for field in FIELDS {
                let list = tr(lang, Id::built(&format!("roster-column-{field}")), &[]);
                for w in list.split(',') {
                    // The first language to name a word keeps it.
                    words.entry(header_key(w)).or_insert((*field, lang));
                }
            }
        }
        words.remove("");
        words
    });
    if header.chars().nth(200).is_some() {
        return None;
    }
    WORDS.get(&header_key(header)).copied()
}

fn text_of(c: &Cell) -> Option<String> {
    match c {
        Cell::Empty => None,
        Cell::Text(t) => Some(t.trim().to_owned()),
        Cell::Number(n) if n.fract() == 0.0 && n.abs() < 1e15 => Some(format!("{n:.0}")),
        Cell::Number(n) => Some(n.to_string()),
        Cell::Date(d) => Some(d.to_string()),
        Cell::Other(o) => Some(o.clone()),
    }
}

/// Reads a date cell: a spreadsheet date, or a date as people write it
/// (see `dates`).
fn date_of(c: &Cell, date1904: bool) -> Result<NaiveDate, String> {
    match c {
        Cell::Date(d) => Ok(*d),
        // A date cell saved without its date format: a day number.
        Cell::Number(n) if (20_000.0..80_000.0).contains(n) => {
            serial_date(*n, date1904).ok_or_else(|| n.to_string())
        }
        other => {
            let t = text_of(other).unwrap_or_default();
            dates::parse(&t).ok_or(t)
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

/// The header row of a sheet: where it is, what each column holds.
struct Header {
    /// The last header row (0-based); data starts under it.
    last_row: u32,
    /// The first header row, for findings about the header itself.
    first_row: u32,
    /// The field of each column that names one.
    columns: BTreeMap<u32, &'static str>,
    /// Header cells that name nothing: (column, text).
    unknown: Vec<(u32, String, u32)>,
    /// Header cells naming a field another column already holds.
    twice: Vec<(u32, String, u32)>,
    /// The languages of the words used.
    langs: Vec<UiLang>,
    /// Whether a column holds the teachers' names.
    names_people: bool,
}

/// The rows of a sheet, in order, each with its cells.
fn rows(sheet: &Sheet) -> impl Iterator<Item = (u32, Vec<(u32, &Cell)>)> + '_ {
    let mut cells = sheet.cells.iter().peekable();
    std::iter::from_fn(move || {
        let (&(row, _), _) = *cells.peek()?;
        let mut out = Vec::new();
        while let Some(&(&(r, c), v)) = cells.peek() {
            if r != row {
                break;
            }
            out.push((c, v));
            cells.next();
        }
        Some((row, out))
    })
}

/// Finds the header row: the first of the top rows in which a cell names
/// the name column (title rows above it are skipped), else the first row.
/// A second header row under it (headings under a merged group heading)
/// is taken too when every cell it holds names a column.
fn header(sheet: &Sheet) -> Option<Header> {
    let top: Vec<(u32, Vec<(u32, &Cell)>)> = rows(sheet).take(HEADER_SEARCH_ROWS + 1).collect();
    let names = |cells: &[(u32, &Cell)]| {
        cells
            .iter()
            .filter_map(|(_, c)| text_of(c))
            .any(|t| field_of(&t).is_some_and(|(f, _)| f == "name"))
    };
    let at = top.iter().position(|(_, cells)| names(cells)).unwrap_or(0);
    let (row, cells) = top.get(at)?;
    let mut h = Header {
        last_row: *row,
        first_row: *row,
        columns: BTreeMap::new(),
        unknown: Vec::new(),
        twice: Vec::new(),
        langs: Vec::new(),
        names_people: false,
    };
    let mut rows = vec![(*row, cells)];
    if let Some((next, below)) = top.get(at + 1)
        && *next == row + 1
        && below
            .iter()
            .all(|(_, c)| text_of(c).is_some_and(|t| field_of(&t).is_some()))
    {
        rows.push((*next, below));
        h.last_row = *next;
    }
    let mut named: BTreeMap<u32, (&'static str, String, u32)> = BTreeMap::new();
    for (r, cells) in rows {
        for (c, cell) in cells {
            let text = text_of(cell).unwrap_or_default();
            match field_of(&text) {
                Some((f, l)) => {
                    h.langs.push(l);
                    // A lower heading says more than the group heading above it.
                    named.insert(*c, (f, text, r));
                }
                None if !named.contains_key(c) && !text.is_empty() => h.unknown.push((*c, text, r)),
                None => {}
            }
        }
    }
    h.unknown.retain(|(c, _, _)| !named.contains_key(c));
    for (c, (f, text, r)) in named {
        if h.columns.values().any(|g| *g == f) {
            h.twice.push((c, text, r));
        } else {
            h.columns.insert(c, f);
        }
    }
    h.names_people = h.columns.values().any(|f| *f == "name");
    Some(h)
}

/// Rows a merged region covers below its first one: (first row covered,
/// last row, the region's first cell).
type Covered = (u32, u32, (u32, u32));

/// The value a merged region shows in a cell it covers below its first
/// row, per column.
struct Spread {
    by_col: BTreeMap<u32, Vec<Covered>>,
}

impl Spread {
    /// The regions that run down over rows, for the columns read.
    fn new(sheet: &Sheet, columns: &BTreeMap<u32, &'static str>) -> Spread {
        let mut by_col: BTreeMap<u32, Vec<Covered>> = BTreeMap::new();
        for m in &sheet.merges {
            let (r0, c0) = m.first;
            if m.last.0 > r0 && columns.contains_key(&c0) && sheet.cells.contains_key(&m.first) {
                by_col
                    .entry(c0)
                    .or_default()
                    .push((r0 + 1, m.last.0, m.first));
            }
        }
        for v in by_col.values_mut() {
            v.sort_unstable();
        }
        Spread { by_col }
    }

    /// The region's cell whose value (row, col) shows, if any.
    fn at(&self, row: u32, col: u32) -> Option<(u32, u32)> {
        let regions = self.by_col.get(&col)?;
        let i = regions.partition_point(|(start, _, _)| *start <= row);
        let (_, end, cell) = regions.get(i.checked_sub(1)?)?;
        (row <= *end).then_some(*cell)
    }
}

#[derive(Default)]
struct Person {
    name: String,
    /// The name's cell.
    at: String,
    fields: Vec<(&'static str, String, String)>,
    history: Vec<Vec<(&'static str, String, String)>>,
}

/// Turns a sheet into a roster's YAML, with a finding for every cell that
/// cannot be read; the YAML only when there is none, and only once the
/// roster checker finds no error in it.
pub(crate) fn import(sheet: &Sheet) -> Imported {
    import_after(sheet, Vec::new())
}

/// [`import`] after the reader's own findings (`before`): any error among
/// them and no roster is made.
fn import_after(sheet: &Sheet, before: Vec<CellFinding>) -> Imported {
    let mut out = Imported {
        sheet: Some(sheet.name.clone()),
        ..Imported::default()
    };
    let mut findings = Findings::default();
    for f in before {
        findings.push(f);
    }
    let at = |row: u32, col: u32| place(&sheet.name, row, col);
    let Some(h) = header(sheet) else {
        findings.push(CellFinding::error(
            sheet.name.clone(),
            rule::MISSING,
            Msg::new(id::IMPORT_EMPTY),
        ));
        out.errors = findings.error_count();
        out.findings = findings.finish();
        return out;
    };
    for (c, text, r) in &h.unknown {
        findings.push(CellFinding {
            cell: at(*r, *c),
            rule: rule::UNKNOWN_KEY,
            severity: Severity::Warning,
            msg: Msg::new(id::IMPORT_UNKNOWN_COLUMN).arg("found", shown(text)),
        });
    }
    for (c, text, r) in &h.twice {
        findings.push(CellFinding::error(
            at(*r, *c),
            rule::UNKNOWN_KEY,
            Msg::new(id::IMPORT_TWICE).arg("found", shown(text)),
        ));
    }
    if !h.names_people {
        findings.push(CellFinding::error(
            at(h.first_row, 0),
            rule::MISSING,
            Msg::new(id::IMPORT_NO_NAME),
        ));
        out.errors = findings.error_count();
        out.findings = findings.finish();
        return out;
    }
    let name_col = h
        .columns
        .iter()
        .find(|(_, f)| **f == "name")
        .map_or(0, |(c, _)| *c);
    let kind_col = h
        .columns
        .iter()
        .find(|(_, f)| **f == "kind")
        .map(|(c, _)| *c);
    let spread = Spread::new(sheet, &h.columns);
    // The same few words fill the kind and gender columns: each is looked up once.
    let mut words: std::collections::HashMap<(&str, String), Option<&'static str>> =
        Default::default();
    let mut people: Vec<Person> = Vec::new();
    let mut index: std::collections::HashMap<String, usize> = Default::default();
    let data_rows = sheet
        .cells
        .range((h.last_row + 1, 0)..)
        .map(|(&(r, _), _)| r);
    // Rows that hold a cell of their own: a region merged down to row
    // 1,048,576 adds none.
    let mut row_numbers: Vec<u32> = data_rows.collect();
    row_numbers.dedup();
    for r in row_numbers {
        let mut name = None;
        let mut own = Vec::new();
        let mut activity = Vec::new();
        let mut kind_given = false;
        for (&c, &field) in &h.columns {
            let cell = match sheet.cells.get(&(r, c)) {
                Some(cell) => cell,
                None => match spread.at(r, c).and_then(|p| sheet.cells.get(&p)) {
                    Some(cell) => cell,
                    None => continue,
                },
            };
            let place = at(r, c);
            // Measured as stored, before spaces are trimmed: a cell cut at
            // the limit by a reader is refused, never read shortened.
            if let Cell::Text(t) | Cell::Other(t) = cell
                && t.chars().nth(MAX_CELL_CHARS).is_some()
            {
                findings.push(CellFinding::error(
                    place,
                    rule::LIMIT,
                    Msg::new(id::TEXT_TOO_LONG).arg("max", MAX_CELL_CHARS),
                ));
                continue;
            }
            let Some(text) = text_of(cell).filter(|t| !t.is_empty()) else {
                continue;
            };
            kind_given |= field == "kind";
            let mut bad = |msg: Msg| {
                findings.push(CellFinding::error(place.clone(), rule::TYPE, msg));
            };
            match field {
                "name" => name = Some(text.split_whitespace().collect::<Vec<_>>().join(" ")),
                "position" | "degree" | "subject" => own.push((field, quoted(&text), place)),
                "gender" => match *words
                    .entry((field, text.clone()))
                    .or_insert_with(|| choices::resolve(&text, super::GENDERS))
                {
                    Some(g) => own.push((field, g.to_owned(), place)),
                    None => bad(Msg::new(id::IMPORT_BAD_GENDER).arg("found", shown(&text))),
                },
                "kind" => match *words
                    .entry((field, text.clone()))
                    .or_insert_with(|| choices::resolve(&text, rules::KINDS))
                {
                    Some(k) => activity.push((field, k.to_owned(), place)),
                    None => bad(Msg::new(id::IMPORT_BAD_KIND)
                        .arg("found", shown(&text))
                        .arg("allowed", rules::KINDS.join(", "))),
                },
                "start" | "end" => match date_of(cell, sheet.date1904) {
                    Ok(d) => activity.push((field, d.to_string(), place)),
                    Err(t) => bad(Msg::new(id::IMPORT_BAD_DATE).arg("found", shown(&t))),
                },
                "hours" => match hours_of(cell) {
                    Ok(h) => activity.push((field, h.to_string(), place)),
                    Err(t) => bad(Msg::new(id::IMPORT_BAD_HOURS).arg("found", shown(&t))),
                },
                _ => activity.push((field, quoted(&text), place)),
            }
        }
        let Some(name) = name else {
            if !own.is_empty() || !activity.is_empty() {
                findings.push(CellFinding::error(
                    at(r, name_col),
                    rule::MISSING,
                    Msg::new(id::IMPORT_ROW_NO_NAME),
                ));
            }
            continue;
        };
        if !index.contains_key(&name) && people.len() == crate::input::MAX_ROWS {
            // The roster holds no more; the rest of the sheet is not read.
            findings.push(CellFinding::error(
                at(r, name_col),
                rule::LIMIT,
                Msg::new(id::IMPORT_TOO_MANY_TEACHERS).arg("max", crate::input::MAX_ROWS),
            ));
            break;
        }
        let i = *index.entry(name.clone()).or_insert_with(|| {
            people.push(Person {
                name: name.clone(),
                at: at(r, name_col),
                ..Person::default()
            });
            people.len() - 1
        });
        let p = &mut people[i];
        for (f, v, place) in own {
            if !p.fields.iter().any(|(g, _, _)| *g == f) {
                p.fields.push((f, v, place));
            }
        }
        if !activity.is_empty() {
            if !kind_given {
                findings.push(CellFinding::error(
                    at(r, kind_col.unwrap_or(name_col)),
                    rule::MISSING,
                    Msg::new(id::IMPORT_NO_KIND),
                ));
            }
            activity.sort_by_key(|(f, _, _)| FIELDS.iter().position(|g| g == f));
            p.history.push(activity);
        }
    }
    out.teachers = people.len();
    out.activities = people.iter().map(|p| p.history.len()).sum();
    if findings.has_errors() {
        out.errors = findings.error_count();
        out.findings = findings.finish();
        return out;
    }
    // The roster speaks the language most of its headers do (Kyrgyz unless Russian).
    let ru = h.langs.iter().filter(|l| **l == UiLang::Ru).count();
    let ky = h.langs.iter().filter(|l| **l == UiLang::Ky).count();
    let lang = if ru > ky { Lang::Ru } else { Lang::Ky };
    let (yaml, origins) = write_yaml(lang, &people);
    // What the rest of the tool would say of this roster, said at the
    // cells it came from: a roster `check` refuses is never written.
    let checked = crate::pipeline::check("roster.yaml", yaml.clone().into_bytes(), None);
    for f in &checked.findings {
        let place = origins.at(f.pos.line, f.pos.column);
        if place.is_empty() && f.severity != Severity::Error {
            // Blank faculty, department, head: the secretary fills them in later.
            continue;
        }
        findings.push(CellFinding {
            cell: place,
            rule: f.rule,
            severity: f.severity,
            msg: f.msg.clone(),
        });
    }
    if !findings.has_errors() && checked.roster().is_some() {
        out.yaml = Some(yaml);
    }
    out.errors = findings.error_count();
    out.findings = findings.finish();
    out
}

/// For each line of the YAML written, the cells its values came from, by
/// the column (in characters) each value starts at.
#[derive(Default)]
struct Origins {
    lines: Vec<Vec<(u32, String)>>,
}

impl Origins {
    /// The cell of a 1-based line and column (empty: the roster's own lines).
    fn at(&self, line: u32, column: u32) -> String {
        let Some(cells) = (line as usize)
            .checked_sub(1)
            .and_then(|l| self.lines.get(l))
        else {
            return String::new();
        };
        cells
            .iter()
            .rev()
            .find(|(c, _)| *c <= column)
            .or(cells.first())
            .map(|(_, p)| p.clone())
            .unwrap_or_default()
    }
}

fn write_yaml(lang: Lang, people: &[Person]) -> (String, Origins) {
    let mut y = String::new();
    let mut origins = Origins::default();
    let mut line = |y: &mut String, text: &str, cells: Vec<(u32, String)>| {
        y.push_str(text);
        y.push('\n');
        origins.lines.push(cells);
    };
    line(&mut y, "form: roster", Vec::new());
    line(&mut y, &format!("lang: {}", lang.code()), Vec::new());
    for key in ["faculty:", "department:", "head:", "teachers:"] {
        line(&mut y, key, Vec::new());
    }
    for p in people {
        line(
            &mut y,
            &format!("  - name: {}", quoted(&p.name)),
            vec![(1, p.at.clone())],
        );
        let mut fields: Vec<&(&str, String, String)> = p.fields.iter().collect();
        fields.sort_by_key(|(f, _, _)| FIELDS.iter().position(|g| g == f));
        for (f, v, place) in fields {
            line(&mut y, &format!("    {f}: {v}"), vec![(1, place.clone())]);
        }
        if !p.history.is_empty() {
            line(&mut y, "    history:", vec![(1, p.at.clone())]);
            for a in &p.history {
                let mut text = String::from("      - {");
                let mut cells = Vec::new();
                for (i, (f, v, place)) in a.iter().enumerate() {
                    if i > 0 {
                        text.push_str(", ");
                    }
                    cells.push((text.chars().count() as u32 + 1, place.clone()));
                    text.push_str(&format!("{f}: {v}"));
                }
                text.push('}');
                line(&mut y, &text, cells);
            }
        }
    }
    (y, origins)
}
