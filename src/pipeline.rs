//! One input's way through the tool: bytes → text → nodes → checked model →
//! template data → PDF. Each stage is its own module; this one strings them
//! together so that `render`, `check`, `batch`, `package` and `demo` all go
//! the same way.

use crate::locale::id;
use chrono::NaiveDate;

use crate::engine::{self, EngineError, Job, Pdf};
use crate::finding::{Finding, has_errors, rule};
use crate::forms::{self, Document, PageOptions};
use crate::input::Ctx;
use crate::locale::{Lang, Msg};
use crate::roster::Roster;
use crate::yaml::{self, Pos, SyntaxErrorKind};

/// An input, read and checked.
pub struct Checked {
    /// The name to show for the input (its path as given).
    pub name: String,
    /// The input's exact bytes (attached to the PDF).
    pub bytes: Vec<u8>,
    /// The input as text (empty when it is not text).
    pub text: String,
    /// Every finding, in file order.
    pub findings: Vec<Finding>,
    /// What the input was read as, when it could be read.
    pub read: Option<Read>,
}

/// What an input is: a form's document, or the department's roster
/// (`form: roster`), which is no form (it is not printed as one).
#[derive(Debug)]
pub enum Read {
    /// A document of one of the forms.
    Form(Document),
    /// The department's list of teachers (boxed: several times a
    /// document's size).
    Roster(Box<Roster>),
}

impl Checked {
    /// Whether it may be rendered: read, and no errors.
    pub fn ok(&self) -> bool {
        self.read.is_some() && !has_errors(&self.findings)
    }

    /// The document, when the input is a form and could be read.
    pub fn doc(&self) -> Option<&Document> {
        match &self.read {
            Some(Read::Form(doc)) => Some(doc),
            _ => None,
        }
    }

    /// The roster, when the input is one and could be read.
    pub fn roster(&self) -> Option<&Roster> {
        match &self.read {
            Some(Read::Roster(roster)) => Some(roster),
            _ => None,
        }
    }

    /// The roster, taken out of the checked input.
    pub fn into_roster(self) -> Option<Roster> {
        match self.read {
            Some(Read::Roster(roster)) => Some(*roster),
            _ => None,
        }
    }
}

/// Turns bytes into text: UTF-8 (a byte-order mark is dropped) or UTF-16
/// with its mark; anything else is refused with the place of the first bad byte.
pub fn decode(bytes: &[u8]) -> Result<String, Box<Finding>> {
    let utf16 = |be: bool| -> Option<String> {
        let body = bytes.get(2..)?;
        if body.len() % 2 != 0 {
            return None;
        }
        let units = body.chunks_exact(2).map(|c| {
            if be {
                u16::from_be_bytes([c[0], c[1]])
            } else {
                u16::from_le_bytes([c[0], c[1]])
            }
        });
        char::decode_utf16(units)
            .collect::<Result<String, _>>()
            .ok()
    };
    let decoded = match bytes {
        [0xFF, 0xFE, ..] => utf16(false),
        [0xFE, 0xFF, ..] => utf16(true),
        _ => None,
    };
    if let Some(text) = decoded {
        return Ok(text);
    }
    match std::str::from_utf8(bytes) {
        Ok(s) => Ok(s.strip_prefix('\u{feff}').unwrap_or(s).to_owned()),
        Err(e) => {
            let good = std::str::from_utf8(&bytes[..e.valid_up_to()]).unwrap_or("");
            Err(Box::new(Finding::new(
                rule::SYNTAX,
                Pos::at_offset(good, good.len(), 0),
                Msg::new(id::ENCODING),
            )))
        }
    }
}

/// Reads and checks an input.
pub fn check(name: &str, bytes: Vec<u8>, lang: Option<Lang>) -> Checked {
    let mut checked = Checked {
        name: name.to_owned(),
        bytes,
        text: String::new(),
        findings: Vec::new(),
        read: None,
    };
    let text = match decode(&checked.bytes) {
        Ok(t) => t,
        Err(f) => {
            checked.findings.push(*f);
            // Shown in the excerpt, with the bad bytes as �.
            checked.text = String::from_utf8_lossy(&checked.bytes).into_owned();
            return checked;
        }
    };
    match yaml::parse(&text) {
        Ok(root) => {
            let mut ctx = Ctx::new(&text);
            if crate::roster::is_roster(&root) {
                checked.read = Roster::read(&mut ctx, &root).map(|r| Read::Roster(Box::new(r)));
            } else {
                checked.read = forms::read(&mut ctx, &root, lang).map(Read::Form);
            }
            checked.findings = ctx.into_findings();
        }
        Err(e) => {
            let mut labels = Vec::new();
            let (rule, msg) = match e.kind {
                SyntaxErrorKind::Syntax => match e.explained {
                    Some(x) => {
                        labels = x.labels;
                        (rule::SYNTAX, x.msg)
                    }
                    None => (rule::SYNTAX, Msg::new(id::SYNTAX)),
                },
                SyntaxErrorKind::TooLarge => (
                    rule::LIMIT,
                    e.explained.map_or(Msg::new(id::TOO_LARGE), |x| x.msg),
                ),
                SyntaxErrorKind::Encoding => (rule::SYNTAX, Msg::new(id::ENCODING)),
                SyntaxErrorKind::Empty => (rule::MISSING, Msg::new(id::EMPTY)),
            };
            let mut finding = Finding::new(rule, e.pos, msg);
            finding.labels = labels;
            checked.findings.push(finding);
        }
    }
    checked.findings.sort_by_key(|f| (f.pos.line, f.pos.column));
    checked.text = text;
    checked
}

/// Inputs checked together (`check` over a folder): every minutes against
/// the documents it names ([`crate::year::check`]), the plans filed in two
/// languages against each other ([`crate::year::plans`]), and with a roster among
/// them, every document against the roster and against the other documents
/// (SPEC §8; the rules in [`crate::roster::cross`]). Gives, for each input
/// that has new findings, its index in `read` and those findings, labelled
/// with the places in the roster or the other inputs they disagree with.
/// Without a roster, only the minutes' and the plans' findings.
pub fn check_together(read: &[Checked]) -> Vec<(usize, Vec<Finding>)> {
    // The minutes against the documents they name (with or without a roster).
    let mut out = crate::year::check::minutes_against_documents(read);
    // A plan filed in two languages lists the same rows in both.
    merge(&mut out, crate::year::plans::differing_plans(read));
    let Some(roster) = read
        .iter()
        .find_map(|c| Some((c.name.as_str(), c.roster()?)))
    else {
        return out;
    };
    let (at, docs): (Vec<usize>, Vec<(&str, &Document)>) = read
        .iter()
        .enumerate()
        .filter_map(|(i, c)| Some((i, (c.name.as_str(), c.doc()?))))
        .unzip();
    let found = crate::roster::cross::check(roster, &docs);
    merge(&mut out, at.into_iter().zip(found).collect());
    out
}

/// Adds each file's findings of `more` to those `out` holds for it, by
/// file index, in file order.
fn merge(out: &mut Vec<(usize, Vec<Finding>)>, more: Vec<(usize, Vec<Finding>)>) {
    for (i, findings) in more {
        if findings.is_empty() {
            continue;
        }
        match out.iter_mut().find(|(j, _)| *j == i) {
            Some((_, mine)) => mine.extend(findings),
            None => out.push((i, findings)),
        }
    }
    out.sort_by_key(|(i, _)| *i);
}

/// How to write the PDF.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RenderOptions {
    /// PDF/A-3b with the input attached (default), or a plain PDF.
    pub archival: bool,
    /// The date written for a document that has none of its own: the
    /// binary's `SOURCE_DATE_EPOCH` ([`source_date_epoch`]), read once by
    /// the binary and passed down; `None`: 1 January 2000.
    pub date: Option<NaiveDate>,
}

impl Default for RenderOptions {
    fn default() -> Self {
        RenderOptions {
            archival: true,
            date: None,
        }
    }
}

/// The date written into the PDF's metadata: the document's own date, else
/// `fallback` (`SOURCE_DATE_EPOCH`), else 1 January 2000 — never the clock,
/// so the same input always gives the same bytes.
pub(crate) fn metadata_date(doc: &Document, fallback: Option<NaiveDate>) -> NaiveDate {
    doc.date()
        .or(fallback)
        .unwrap_or(NaiveDate::from_ymd_opt(2000, 1, 1).unwrap_or_default())
}

/// The date of a `SOURCE_DATE_EPOCH` value (the binary reads the
/// variable): `Ok(None)` when unset, an error (the value) when it is not a
/// whole number of seconds giving a year from 1900 to 2200; such a value is
/// ignored, not written into the PDF.
pub fn source_date_epoch(raw: Option<&std::ffi::OsStr>) -> Result<Option<NaiveDate>, String> {
    let Some(raw) = raw else {
        return Ok(None);
    };
    let text = raw.to_string_lossy().into_owned();
    text.trim()
        .parse::<i64>()
        .ok()
        .and_then(|secs| chrono::DateTime::from_timestamp(secs, 0))
        .map(|d| d.date_naive())
        .filter(|d| (1900..=2200).contains(&chrono::Datelike::year(d)))
        .map(Some)
        .ok_or(text)
}

/// Renders a checked document to PDF (with Typst's warnings), with `source` (the input's
/// bytes) attached when archival. Nothing of the input's file name or
/// place goes into the PDF, so a source extracted and rendered again under
/// any name gives the same bytes.
pub fn render(doc: &Document, source: &[u8], opts: RenderOptions) -> Result<Pdf, EngineError> {
    let page = PageOptions {
        attach: opts.archival,
        draft: false,
    };
    render_data(doc, source, opts, page)
}

/// Renders a document that may break a rule (an exception the rector
/// approved) as a draft: every page marked diagonally «ДОЛБООР» /
/// «ПРОЕКТ», the word and `draft` in the title and keywords, and a plain
/// PDF — never PDF/A, whose claim of an archival final copy a draft must
/// not make. `date` is the fallback date of [`RenderOptions::date`].
pub fn render_draft(
    doc: &Document,
    source: &[u8],
    date: Option<NaiveDate>,
) -> Result<Pdf, EngineError> {
    let page = PageOptions {
        attach: false,
        draft: true,
    };
    let opts = RenderOptions {
        archival: false,
        date,
    };
    render_data(doc, source, opts, page)
}

fn render_data(
    doc: &Document,
    source: &[u8],
    opts: RenderOptions,
    page: PageOptions,
) -> Result<Pdf, EngineError> {
    let json = doc
        .view(page)
        .and_then(|data| serde_json::to_vec(&data))
        .map_err(EngineError::other)?;
    let job = Job {
        form: doc.common.form.id(),
        data: json,
        source,
        date: metadata_date(doc, opts.date),
        archival: opts.archival,
        // The PDF's ID: the same input gives the same ID, another input another.
        ident: format!(
            "tirkeme/{}/{}/{:032x}",
            doc.common.form.id(),
            doc.common.lang.code(),
            typst::utils::hash128(source)
        ),
    };
    engine::render(job)
}

#[cfg(test)]
mod tests {
    use super::source_date_epoch;
    use chrono::NaiveDate;
    use std::ffi::OsStr;

    #[test]
    fn source_date_epoch_is_a_value_given_not_read() {
        // The library parses what the binary read; the environment of the
        // test process plays no part.
        let at = |s: &str| source_date_epoch(Some(OsStr::new(s)));
        assert_eq!(at("1700000000"), Ok(NaiveDate::from_ymd_opt(2023, 11, 14)));
        assert_eq!(at(" 0 "), Ok(NaiveDate::from_ymd_opt(1970, 1, 1)));
        assert_eq!(at("soon"), Err("soon".to_owned()));
        assert_eq!(at("99999999999"), Err("99999999999".to_owned()));
        assert_eq!(source_date_epoch(None), Ok(None));
    }
}
