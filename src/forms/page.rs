//! The data a template receives: every template reads `json("/data.json")`,
//! which is a [`Page`] serialized, and each form's own part is the `Data`
//! type of its [`Form`](super::Form) (for example
//! [`ApplicationData`](super::application::ApplicationData)).
//!
//! Every printed string has been through `src/hyphenate.rs` (all but
//! `lang`, `meta`, `attach` and `draft`): Kyrgyz words carry soft hyphens
//! (U+00AD) at their syllable breaks, dates, initials and number+unit are
//! joined by no-break spaces, and tokens too long for a cell carry
//! zero-width spaces (U+200B). All words are already in the form's language
//! and every date, name and number is already formatted: a template only
//! lays out. An empty string means "leave a blank line to fill by hand".

use serde::Serialize;

/// What `/data.json` holds: the keys every form has, and the form's own
/// ([`Sheet`], flattened into the same object).
#[derive(Clone, Debug, Serialize)]
pub struct Page<D> {
    /// `"ky"` or `"ru"`: the text language (Russian hyphenation for `ru`).
    pub lang: &'static str,
    /// «4-тиркеме» / «Приложение 4», printed top right.
    pub appendix: String,
    /// The PDF's metadata.
    pub meta: Meta,
    /// The source to attach (`/source.yaml`, read with `encoding: none`),
    /// or `null` for a plain PDF.
    pub attach: Option<Attach>,
    /// `render --draft`: the word printed across every page («ДОЛБООР» /
    /// «ПРОЕКТ»); absent otherwise.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub draft: Option<String>,
    /// The form's own part.
    #[serde(flatten)]
    pub sheet: Sheet<D>,
}

/// The PDF's metadata.
#[derive(Clone, Debug, Serialize)]
pub struct Meta {
    /// The form's title on one line (with the draft word before it in a draft).
    pub title: String,
    /// The university's full name.
    pub author: String,
    /// «Тиркеме 4 ...»: which appendix of the regulation.
    pub subject: String,
    /// The form's id and `tirkeme` (and `draft` and its word in a draft).
    pub keywords: Vec<String>,
}

/// The attachment of the input YAML.
#[derive(Clone, Debug, Serialize)]
pub struct Attach {
    /// The attached file's name, `<form id>.yaml`.
    pub name: String,
    /// Its description, in the form's language.
    pub description: String,
}

/// What each form's `data` gives: the parts the shared template library
/// lays out, and the form's own keys (`body`, flattened).
#[derive(Clone, Debug, Serialize)]
pub struct Sheet<D> {
    /// The form's title, centred, bold.
    pub title: String,
    /// The БЕКИТЕМИН / УТВЕРЖДАЮ block top right, or `null`.
    pub approval: Option<Approval>,
    /// Signature lines at the bottom, in order.
    pub signatures: Vec<Signature>,
    /// «М.О.» / «М.П.»: a seal area is drawn; `null` for none.
    pub seal: Option<String>,
    /// The form's own keys.
    #[serde(flatten)]
    pub body: D,
}

/// The approval block.
#[derive(Clone, Debug, Serialize)]
pub struct Approval {
    /// «БЕКИТЕМИН» / «УТВЕРЖДАЮ».
    pub word: String,
    /// The approver's position (may wrap).
    pub position: String,
    /// «Ж.С. Шаршембиев», or `""` for a line to fill.
    pub name: String,
    /// «20» июнь 2025-ж., or the blank «__» __________ 20__-ж.
    pub date: String,
}

/// A signature line.
#[derive(Clone, Debug, Serialize)]
pub struct Signature {
    /// The signer's position, printed left of the line.
    pub role: String,
    /// The name printed right of the line, or `""` for a line to fill.
    pub name: String,
    /// «(колу)» / «(подпись)», under the signature line.
    pub sign_caption: String,
    /// «(Ф.А.А.)» / «(Ф.И.О.)», under the name.
    pub name_caption: String,
    /// A date line printed after (or under) the line, or `null`.
    pub date: Option<String>,
}

/// A numbered section of a report or programme.
#[derive(Clone, Debug, Serialize)]
pub struct Section {
    /// «1.»: printed before the heading as it is (`""` prints the heading
    /// alone; no dot is added when it ends with one).
    pub n: String,
    /// «Окуунун максаты».
    pub heading: String,
    /// Paragraphs.
    pub body: Vec<String>,
    /// A bulleted list.
    pub list: Vec<String>,
    /// A table, or `null`.
    pub table: Option<Table>,
}

/// A table inside a section.
#[derive(Clone, Debug, Serialize)]
pub struct Table {
    /// The header row.
    pub head: Vec<String>,
    /// The rows, cell by cell.
    pub rows: Vec<Vec<String>>,
    /// A total row, or `null`.
    pub total: Option<Vec<String>>,
}
