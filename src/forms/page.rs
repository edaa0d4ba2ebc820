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
pub(crate) struct Page<D> {
    /// `"ky"` or `"ru"`: the text language (Russian hyphenation for `ru`).
    pub(crate) lang: &'static str,
    /// «4-тиркеме» / «Приложение 4», printed top right; `null` for a
    /// document that is not an appendix of the regulation.
    pub(crate) appendix: Option<String>,
    /// The PDF's metadata.
    pub(crate) meta: Meta,
    /// The source to attach (`/source.yaml`, read with `encoding: none`),
    /// or `null` for a plain PDF.
    pub(crate) attach: Option<Attach>,
    /// `render --draft`: the word printed across every page («ДОЛБООР» /
    /// «ПРОЕКТ»); absent otherwise.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) draft: Option<String>,
    /// The form's own part.
    #[serde(flatten)]
    pub(crate) sheet: Sheet<D>,
}

/// The PDF's metadata.
#[derive(Clone, Debug, Serialize)]
pub(crate) struct Meta {
    /// The form's title on one line (with the draft word before it in a draft).
    pub(crate) title: String,
    /// The university's full name.
    pub(crate) author: String,
    /// «Тиркеме 4 ...»: which appendix of the regulation (or only the
    /// regulation, for a document that is not an appendix).
    pub(crate) subject: String,
    /// The form's id and `tirkeme` (and `draft` and its word in a draft).
    pub(crate) keywords: Vec<String>,
}

/// The attachment of the input YAML.
#[derive(Clone, Debug, Serialize)]
pub(crate) struct Attach {
    /// The attached file's name, `<form id>.yaml`.
    pub(crate) name: String,
    /// Its description, in the form's language.
    pub(crate) description: String,
}

/// What each form's `data` gives: the parts the shared template library
/// lays out, and the form's own keys (`body`, flattened).
#[derive(Clone, Debug, Serialize)]
pub struct Sheet<D> {
    /// The form's title, centred, bold.
    pub(crate) title: String,
    /// The БЕКИТЕМИН / УТВЕРЖДАЮ block top right, or `null`.
    pub(crate) approval: Option<Approval>,
    /// Signature lines at the bottom, in order.
    pub(crate) signatures: Vec<Signature>,
    /// «М.О.» / «М.П.»: a seal area is drawn; `null` for none.
    pub(crate) seal: Option<String>,
    /// The form's own keys.
    #[serde(flatten)]
    pub(crate) body: D,
}

/// The approval block.
#[derive(Clone, Debug, Serialize)]
pub(crate) struct Approval {
    /// «БЕКИТЕМИН» / «УТВЕРЖДАЮ».
    pub(crate) word: String,
    /// The approver's position (may wrap).
    pub(crate) position: String,
    /// «Ж.С. Шаршембиев», or `""` for a line to fill.
    pub(crate) name: String,
    /// «20» июнь 2025-ж., or the blank «__» __________ 20__-ж.
    pub(crate) date: String,
}

/// A signature line.
#[derive(Clone, Debug, Serialize)]
pub(crate) struct Signature {
    /// The signer's position, printed left of the line.
    pub(crate) role: String,
    /// The name printed right of the line, or `""` for a line to fill.
    pub(crate) name: String,
    /// «(колу)» / «(подпись)», under the signature line.
    pub(crate) sign_caption: String,
    /// «(Ф.А.А.)» / «(Ф.И.О.)», under the name.
    pub(crate) name_caption: String,
    /// A date line printed after (or under) the line, or `null`.
    pub(crate) date: Option<String>,
}

/// A numbered section of a report or programme.
#[derive(Clone, Debug, Serialize)]
pub(crate) struct Section {
    /// «1.»: printed before the heading as it is (`""` prints the heading
    /// alone; no dot is added when it ends with one).
    pub(crate) n: String,
    /// «Окуунун максаты».
    pub(crate) heading: String,
    /// Paragraphs.
    pub(crate) body: Vec<String>,
    /// A bulleted list.
    pub(crate) list: Vec<String>,
    /// A table, or `null`.
    pub(crate) table: Option<Table>,
}

/// A table inside a section.
#[derive(Clone, Debug, Serialize)]
pub(crate) struct Table {
    /// The header row.
    pub(crate) head: Vec<String>,
    /// The rows, cell by cell.
    pub(crate) rows: Vec<Vec<String>>,
    /// A total row, or `null`.
    pub(crate) total: Option<Vec<String>>,
}
