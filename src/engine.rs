//! The embedded Typst engine: templates, fonts and standard library built
//! into the binary once per process, and one small world per document.
//!
//! A document's data reaches its template only as the JSON file `/data.json`
//! (and its YAML source as `/source.yaml` for the PDF attachment); nothing is
//! spliced into Typst source, and no template can reach the disk or network.

use crate::locale::id;
use std::sync::{LazyLock, OnceLock};

mod whole_words;

use typst::diag::{FileError, FileResult, PackageError, Severity, SourceDiagnostic};
use typst::syntax::DiagSpan;

use crate::finding::{Finding, Label, rule};
use crate::locale::Msg;
use crate::yaml::Pos;
use typst::foundations::{Bytes, Datetime};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook, FontInfo};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World};
use typst_layout::PagedDocument;
use typst_pdf::{PdfOptions, PdfStandard, PdfStandards, Timestamp};

/// The templates every form imports and the roster's page, by their path
/// inside the world; each form's own template comes from the registry
/// ([`crate::forms::Form::TEMPLATE`]) at `/<id>.typ`.
const TEMPLATES: &[(&str, &str)] = &[
    ("/lib.typ", include_str!("../forms/lib.typ")),
    ("/text.typ", include_str!("../forms/text.typ")),
    ("/plans.typ", include_str!("../forms/plans.typ")),
    ("/status.typ", include_str!("../forms/status.typ")),
    ("/execution.typ", include_str!("../forms/execution.typ")),
    ("/numbers.typ", include_str!("../forms/numbers.typ")),
];

/// The bundled fonts: Liberation Serif 2.x, the only fonts a form may use.
const FONTS: &[&[u8]] = &[
    include_bytes!("../fonts/LiberationSerif-Regular.ttf"),
    include_bytes!("../fonts/LiberationSerif-Bold.ttf"),
    include_bytes!("../fonts/LiberationSerif-Italic.ttf"),
    include_bytes!("../fonts/LiberationSerif-BoldItalic.ttf"),
];

/// What Typst knows of each bundled font before it is opened (family,
/// variant, the characters it covers), in the order of [`FONTS`]; written
/// by a test (`font_book_describes_the_fonts`). A process opens only the
/// fonts its documents use: the forms print no italic, and finding the
/// four fonts' coverage at start took 1.2 M instructions of every run.
const FONT_BOOK: &str = include_str!("../fonts/book.json");

const DATA_PATH: &str = "/data.json";
const SOURCE_PATH: &str = "/source.yaml";

/// What is built once per process and shared by every document.
struct Shared {
    library: LazyHash<Library>,
    book: LazyHash<FontBook>,
    /// The bundled fonts' descriptions, in the order of [`FONTS`].
    infos: Vec<FontInfo>,
    /// Each bundled font, opened when a document first uses it.
    fonts: Vec<OnceLock<Option<Font>>>,
    sources: Vec<Template>,
    data_id: FileId,
    source_id: FileId,
}

/// A built-in template, parsed when a document first needs it: a process
/// renders one or two of the forms, and parsing all eight templates at
/// start was a tenth of a cold render (7.2 M of 74.8 M instructions).
struct Template {
    id: FileId,
    text: &'static str,
    parsed: OnceLock<Source>,
}

impl Template {
    fn source(&self) -> &Source {
        self.parsed
            .get_or_init(|| Source::new(self.id, self.text.to_owned()))
    }
}

static SHARED: LazyLock<Shared> = LazyLock::new(|| {
    let infos = serde_json::from_str::<Vec<FontInfo>>(FONT_BOOK)
        .ok()
        .filter(|infos| infos.len() == FONTS.len())
        // A book that does not parse (the test says so) is worked out.
        .unwrap_or_else(|| {
            FONTS
                .iter()
                .filter_map(|data| FontInfo::new(data, 0))
                .collect()
        });
    let book = FontBook::from_infos(infos.iter().cloned());
    let fonts = FONTS.iter().map(|_| OnceLock::new()).collect();
    let forms = crate::forms::FormId::ALL
        .iter()
        .map(|f| (format!("/{}.typ", f.id()), f.template()));
    let sources = TEMPLATES
        .iter()
        .map(|(path, text)| ((*path).to_owned(), *text))
        .chain(forms)
        .map(|(path, text)| Template {
            id: file_id(&path),
            text,
            parsed: OnceLock::new(),
        })
        .collect();
    Shared {
        library: LazyHash::new(library()),
        book: LazyHash::new(book),
        infos,
        fonts,
        sources,
        data_id: file_id(DATA_PATH),
        source_id: file_id(SOURCE_PATH),
    }
});

/// The names of Typst's standard library the built-in templates use: the
/// templates' world knows no others. Hashing the whole library (six
/// hundred names, and the math module) was 3.5 M instructions of every
/// document, more than a tenth of a one-page form's own work, for names no
/// template calls. A test keeps the list equal to the names the templates
/// write (`std_names_are_those_the_templates_use`).
const STD_NAMES: &[&str] = &[
    "align",
    "angle",
    "array",
    "black",
    "block",
    "bottom",
    "box",
    "calc",
    "center",
    "circle",
    "columns",
    "dictionary",
    "document",
    "grid",
    "h",
    "heading",
    "horizon",
    "json",
    "label",
    "layout",
    "left",
    "length",
    "line",
    "linebreak",
    "list",
    "luma",
    "measure",
    "pad",
    "page",
    "par",
    "parbreak",
    "pdf",
    "place",
    "polygon",
    "range",
    "read",
    "rect",
    "regex",
    "repeat",
    "rgb",
    "right",
    "rotate",
    "smartquote",
    "state",
    "str",
    "stroke",
    "strong",
    "sym",
    "table",
    "text",
    "title",
    "top",
    "type",
    "upper",
    "v",
];

/// Typst's standard library cut down to [`STD_NAMES`], with no math mode
/// (no template writes an equation).
fn library() -> Library {
    use typst::foundations::{Binding, Module, Scope};
    let mut lib = Library::builder().build();
    let mut global = Scope::new();
    for (name, binding) in lib.global.scope().iter() {
        if STD_NAMES.contains(&name.as_str()) {
            global.bind(name.clone(), binding.clone());
        }
    }
    lib.global = Module::new("global", global);
    lib.std = Binding::detached(lib.global.clone());
    lib.math = Module::new("math", Scope::new());
    lib
}

fn file_id(path: &str) -> FileId {
    // The paths are constants of this module, all valid.
    let vpath = VirtualPath::new(path).unwrap_or_else(|_| unreachable!("bad built-in path {path}"));
    RootedPath::new(VirtualRoot::Project, vpath).intern()
}

/// The built-in templates by the names findings give them
/// (`forms/application.typ`), with their text.
pub(crate) fn templates() -> Vec<(String, &'static str)> {
    SHARED
        .sources
        .iter()
        .map(|t| (built_in_name(t.id), t.text))
        .collect()
}

fn built_in_name(id: FileId) -> String {
    format!("forms/{}", id.vpath().get_without_slash())
}

/// Builds the shared engine now rather than on the first document.
pub fn warm_up() {
    LazyLock::force(&SHARED);
}

/// For a process that stays and renders many documents (the server, a
/// batch): its memory in small pages from now on. Huge pages make a single
/// render quicker (the binary's allocator asks for them), but such a
/// process gains no speed from them and would hold a fifth to a half more
/// memory (the server under `bench/hold.py`'s floods, a batch of 1,000
/// 50–53 MiB instead of 39 MiB). Linux only; elsewhere there are none.
pub fn small_pages() {
    #[cfg(target_os = "linux")]
    // SAFETY: PR_SET_THP_DISABLE takes integers only and changes no memory
    // of this program; a kernel without it answers with an error, ignored.
    unsafe {
        libc::prctl(libc::PR_SET_THP_DISABLE, 1, 0, 0, 0);
    }
}

/// One document's world: the shared engine plus this document's data.
struct DocWorld {
    main: FileId,
    data: Bytes,
    source: Bytes,
    /// Templates read from a folder in place of the built-in ones of the
    /// same name (the hidden `dev-typst --templates`); empty otherwise.
    overrides: Vec<Source>,
}

impl DocWorld {
    fn template(&self, id: FileId) -> Option<&Source> {
        self.overrides.iter().find(|s| s.id() == id).or_else(|| {
            SHARED
                .sources
                .iter()
                .find(|t| t.id == id)
                .map(Template::source)
        })
    }
}

impl World for DocWorld {
    fn library(&self) -> &LazyHash<Library> {
        &SHARED.library
    }
    fn book(&self) -> &LazyHash<FontBook> {
        &SHARED.book
    }
    fn main(&self) -> FileId {
        self.main
    }
    fn source(&self, id: FileId) -> FileResult<Source> {
        self.template(id).cloned().ok_or_else(|| not_found(id))
    }
    fn file(&self, id: FileId) -> FileResult<Bytes> {
        if id == SHARED.data_id {
            return Ok(self.data.clone());
        }
        if id == SHARED.source_id {
            return Ok(self.source.clone());
        }
        if let VirtualRoot::Package(spec) = id.root() {
            return Err(FileError::Package(PackageError::NotFound(spec.clone())));
        }
        self.template(id)
            .map(|s| Bytes::from_string(s.clone()))
            .ok_or_else(|| not_found(id))
    }
    fn font(&self, index: usize) -> Option<Font> {
        bundled_font(index)
    }
    fn today(&self, _offset: Option<typst::foundations::Duration>) -> Option<Datetime> {
        // Forms print only the dates their data gives; the clock is never read.
        None
    }
}

fn not_found(id: FileId) -> FileError {
    FileError::NotFound(id.vpath().get_without_slash().into())
}

/// What to make of one document.
pub struct Job<'a> {
    /// The form's template name, e.g. `application`.
    pub form: &'a str,
    /// The template data as JSON.
    pub data: Vec<u8>,
    /// The input YAML, attached to the PDF when `archival`.
    pub source: &'a [u8],
    /// The document's date (metadata and PDF/A need one).
    pub date: chrono::NaiveDate,
    /// PDF/A-3b with the source attached, or a plain PDF.
    pub archival: bool,
    /// A stable identifier of the document (for the PDF's ID).
    pub ident: String,
}

/// One of Typst's errors or warnings as a finding (rule `template` or
/// `template-warning`), at its place in a template.
#[derive(Debug, Clone)]
pub struct TemplateFinding {
    /// The template as the person finds it in the repository
    /// (`forms/application.typ`), or the file Typst named.
    pub(crate) file: String,
    /// The template's text, for the excerpt (empty when not a template).
    pub(crate) text: String,
    /// The finding: Typst's message, its place, the calls that led there
    /// as labels and its hints as labels without a place.
    pub(crate) finding: Finding,
}

/// A PDF, with the warnings Typst gave while making it.
#[derive(Debug)]
pub struct Pdf {
    /// The PDF's bytes.
    pub bytes: Vec<u8>,
    /// Typst's warnings: the PDF is made, but someone should look.
    pub warnings: Vec<TemplateFinding>,
}

/// A template or PDF error: Typst's errors (and its warnings before
/// them) as findings. `Display` gives the errors, `file:line:column:
/// message`, joined by `; `.
#[derive(Debug, Clone, thiserror::Error)]
#[error("{}", self.summary())]
pub struct EngineError {
    /// The findings, errors and warnings in Typst's order.
    pub findings: Vec<TemplateFinding>,
}

impl EngineError {
    /// An error of no place in a template (the data could not be written).
    pub(crate) fn other(message: impl ToString) -> EngineError {
        let finding = Finding::new(
            rule::TEMPLATE,
            Pos::default(),
            Msg::new(id::TEMPLATE_ERROR).arg("message", message.to_string()),
        );
        EngineError {
            findings: vec![TemplateFinding {
                file: String::new(),
                text: String::new(),
                finding,
            }],
        }
    }

    /// The errors, `file:line:column: message`, joined by `; `.
    fn summary(&self) -> String {
        let errors: Vec<String> = self
            .findings
            .iter()
            .filter(|t| t.finding.severity == crate::finding::Severity::Error)
            .map(|t| {
                let message = t
                    .finding
                    .msg
                    .args
                    .iter()
                    .find(|(k, _)| *k == "message")
                    .map_or("", |(_, v)| v.as_str());
                match t.finding.pos.line {
                    0 if t.file.is_empty() => message.to_owned(),
                    0 => format!("{}: {message}", t.file),
                    line => format!("{}:{line}:{}: {message}", t.file, t.finding.pos.column),
                }
            })
            .collect();
        errors.join("; ")
    }
}

/// Compiles one document to PDF bytes.
pub(crate) fn render(job: Job<'_>) -> Result<Pdf, EngineError> {
    render_with(job, Vec::new())
}

/// Compiles one document with templates of its own: `templates` holds
/// `(name, text)` pairs (`application.typ`) used in place of the built-in
/// templates of the same name — for template work (`dev-typst
/// --templates`) and the tests of Typst's messages.
pub fn render_with(mut job: Job<'_>, templates: Vec<(String, String)>) -> Result<Pdf, EngineError> {
    let overrides = templates
        .into_iter()
        .filter_map(|(name, text)| {
            let vpath = VirtualPath::new(format!("/{name}")).ok()?;
            let id = RootedPath::new(VirtualRoot::Project, vpath).intern();
            Some(Source::new(id, text))
        })
        .collect();
    let world = DocWorld {
        main: file_id(&format!("/{}.typ", job.form)),
        data: Bytes::new(std::mem::take(&mut job.data)),
        source: Bytes::new(job.source.to_vec()),
        overrides,
    };
    let result = compile(&world, &job);
    // Without eviction comemo's caches grow with every document.
    typst::comemo::evict(10);
    result
}

fn compile(world: &DocWorld, job: &Job<'_>) -> Result<Pdf, EngineError> {
    let mut warnings = Vec::new();
    let mut doc = match whole_first(world, job) {
        Some(whole) => {
            let doc = lay_out(&whole, &mut warnings)?;
            if doc.pages().len() == 1 {
                doc
            } else {
                warnings.clear();
                lay_out(world, &mut warnings)?
            }
        }
        None => lay_out(world, &mut warnings)?,
    };
    // A word hyphenated at the foot of a page is kept whole and the
    // document laid out again (twice at most: keeping one word whole can
    // move another to a page's foot).
    let mut kept;
    let mut world = world;
    for _ in 0..2 {
        let words = whole_words::broken_across_pages(&doc);
        let Some(data) = (!words.is_empty())
            .then(|| whole_words::keep_whole(world.data.as_slice(), &words))
            .flatten()
        else {
            break;
        };
        kept = DocWorld {
            main: world.main,
            data: Bytes::new(data),
            source: world.source.clone(),
            overrides: world.overrides.clone(),
        };
        world = &kept;
        let mut again = Vec::new();
        doc = lay_out(world, &mut again)?;
        warnings = again;
    }
    let numbers = match doc.pages() {
        [first, _, ..] => {
            let size = first.frame.size();
            let data = serde_json::json!({
                "pages": doc.pages().len(),
                "landscape": size.x > size.y,
            });
            let world = DocWorld {
                main: file_id("/numbers.typ"),
                data: Bytes::new(data.to_string().into_bytes()),
                source: Bytes::new(Vec::new()),
                overrides: world.overrides.clone(),
            };
            Some(lay_out(&world, &mut warnings)?)
        }
        _ => None,
    };
    let doc = crate::pages::finish(doc, numbers.as_ref());
    let date = Datetime::from_ymd(
        job.date.year_ce().1 as i32,
        job.date.month0() as u8 + 1,
        job.date.day0() as u8 + 1,
    );
    let standards = if job.archival {
        PdfStandards::new(&[PdfStandard::A_3b]).map_err(|e| EngineError::other(e.message()))?
    } else {
        PdfStandards::default()
    };
    let options = PdfOptions {
        ident: typst::foundations::Smart::Custom(job.ident.clone()),
        creator: typst::foundations::Smart::Custom(Some(format!(
            "tirkeme {}",
            env!("CARGO_PKG_VERSION")
        ))),
        timestamp: date.map(Timestamp::new_utc),
        standards,
        ..PdfOptions::default()
    };
    match typst_pdf::pdf(&doc, &options) {
        Ok(bytes) => Ok(Pdf { bytes, warnings }),
        Err(e) => {
            warnings.extend(findings(world, &e));
            Err(EngineError { findings: warnings })
        }
    }
}

use chrono::Datelike;

/// The world of the first try of a form that nearly always fits on one
/// page ([`crate::forms::Form::ONE_PAGE`]): its data with `"one-page":
/// true` added (the data is a JSON object), which lets its closing
/// paragraph go whole with the signatures (`paragraph-with` in
/// `forms/text.typ` then has no cut to search for). When that does not fit
/// on one page, the form is laid out again from its own data, as any form.
fn whole_first(world: &DocWorld, job: &Job<'_>) -> Option<DocWorld> {
    let data = world.data.as_slice();
    let one_page = crate::forms::FormId::from_id(job.form).is_some_and(|f| f.one_page());
    if !one_page || data.first() != Some(&b'{') {
        return None;
    }
    let rest = &data[1..];
    let mut with = Vec::with_capacity(data.len() + 18);
    with.extend_from_slice(b"{\"one-page\":true");
    if rest.first() != Some(&b'}') {
        with.push(b',');
    }
    with.extend_from_slice(rest);
    Some(DocWorld {
        main: world.main,
        data: Bytes::new(with),
        source: world.source.clone(),
        overrides: world.overrides.clone(),
    })
}

/// Lays out the world's main template; its warnings go to `warnings`.
fn lay_out(
    world: &DocWorld,
    warnings: &mut Vec<TemplateFinding>,
) -> Result<PagedDocument, EngineError> {
    let compiled = typst::compile::<PagedDocument>(world);
    warnings.extend(findings(world, &compiled.warnings));
    compiled.output.map_err(|e| {
        warnings.extend(findings(world, &e));
        EngineError {
            findings: std::mem::take(warnings),
        }
    })
}

/// Where a span of Typst's is: the template's name as the repository has it
/// (`forms/application.typ`), its text, and the place within it.
fn place(world: &DocWorld, span: impl Into<DiagSpan>) -> Option<(String, Source, Pos)> {
    use typst::WorldExt;
    let span = span.into();
    let source = world.source(span.id()?).ok()?;
    let range = world.range(span)?;
    let overridden = world.overrides.iter().any(|s| s.id() == source.id());
    let name = if overridden {
        source.id().vpath().get_without_slash().to_owned()
    } else {
        built_in_name(source.id())
    };
    let pos = Pos::at_offset(source.text(), range.start, range.len());
    Some((name, source, pos))
}

/// Typst's diagnostics as findings: the message at its place, each call
/// that led there as a label, each hint as a label at its place or at none.
fn findings(world: &DocWorld, diags: &[SourceDiagnostic]) -> Vec<TemplateFinding> {
    diags
        .iter()
        .map(|d| {
            let (rule, id) = match d.severity {
                Severity::Error => (rule::TEMPLATE, id::TEMPLATE_ERROR),
                Severity::Warning => (rule::TEMPLATE_WARNING, id::TEMPLATE_WARNING),
            };
            let (file, text, pos) = match place(world, d.span) {
                Some((file, source, pos)) => (file, source.text().to_owned(), pos),
                None => (String::new(), String::new(), Pos::default()),
            };
            let mut finding = Finding::new(rule, pos, Msg::new(id).arg("message", &d.message));
            let mut label = |span: Option<DiagSpan>, msg: Msg| {
                let at = span.and_then(|s| place(world, s));
                finding.labels.push(match at {
                    Some((other, _, pos)) if other == file => Label::new(pos, msg),
                    Some((other, _, pos)) => Label::in_file(&other, pos, msg),
                    None => Label::new(Pos::default(), msg),
                });
            };
            for t in &d.trace {
                label(
                    Some(t.span.into()),
                    Msg::new(id::TEMPLATE_TRACE).arg("trace", &t.v),
                );
            }
            for h in &d.hints {
                label(Some(h.span), Msg::new(id::TEMPLATE_HINT).arg("hint", &h.v));
            }
            TemplateFinding {
                file,
                text,
                finding,
            }
        })
        .collect()
}

/// Bundled font `index` of [`FONTS`], opened the first time it is asked for.
fn bundled_font(index: usize) -> Option<Font> {
    let data = FONTS.get(index)?;
    SHARED
        .fonts
        .get(index)?
        .get_or_init(|| Font::new(Bytes::new(*data), 0))
        .clone()
}

/// Whether every bundled style can print `c`: a character none of them has
/// would fail PDF/A, so the input check reports it at its place instead.
pub(crate) fn printable(c: char) -> bool {
    c == '\n' || c == '\t' || c == ' ' || SHARED.infos.iter().all(|f| f.coverage.contains(c as u32))
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod tests {
    use super::*;

    fn first_try(data: &str, form: &str) -> Option<serde_json::Value> {
        let world = DocWorld {
            main: file_id("/application.typ"),
            data: Bytes::new(data.as_bytes().to_vec()),
            source: Bytes::new(Vec::new()),
            overrides: Vec::new(),
        };
        let job = Job {
            form,
            data: Vec::new(),
            source: b"",
            date: chrono::NaiveDate::from_ymd_opt(2026, 1, 1).unwrap(),
            archival: false,
            ident: String::new(),
        };
        whole_first(&world, &job).map(|w| serde_json::from_slice(w.data.as_slice()).unwrap())
    }

    /// Every name of the standard library a built-in template writes, by
    /// Typst's own parser (a named argument `align:` counts too: the list
    /// may hold a name more, never one less).
    fn std_names_in_templates() -> Vec<String> {
        use typst::syntax::{SyntaxKind, SyntaxNode};
        fn walk(node: &SyntaxNode, out: &mut Vec<String>) {
            if matches!(node.kind(), SyntaxKind::Ident | SyntaxKind::MathIdent) {
                out.push(node.leaf_text().to_string());
            }
            for child in node.children() {
                walk(child, out);
            }
        }
        let full = Library::builder().build();
        let mut names = Vec::new();
        for (_, text) in templates() {
            walk(&typst::syntax::parse(text), &mut names);
        }
        names.retain(|n| full.global.scope().get(n).is_some());
        names.sort();
        names.dedup();
        names
    }

    #[test]
    fn font_book_describes_the_fonts() {
        let infos: Vec<FontInfo> = FONTS
            .iter()
            .map(|data| FontInfo::new(data, 0).unwrap())
            .collect();
        let written: Vec<FontInfo> = serde_json::from_str(FONT_BOOK).unwrap_or_default();
        assert!(
            written == infos,
            "fonts/book.json must describe the fonts of FONTS; write this to it:\n{}",
            serde_json::to_string(&infos).unwrap()
        );
        // Each font Typst asks for opens, and is the one described.
        assert_eq!(SHARED.fonts.len(), FONTS.len());
        for (i, info) in infos.iter().enumerate() {
            assert_eq!(bundled_font(i).unwrap().info(), info);
        }
    }

    #[test]
    fn std_names_are_those_the_templates_use() {
        let mut listed: Vec<String> = STD_NAMES.iter().map(|n| (*n).to_owned()).collect();
        listed.sort();
        assert_eq!(
            listed,
            std_names_in_templates(),
            "STD_NAMES must be the standard library's names the templates write"
        );
    }

    #[test]
    fn no_template_writes_an_equation() {
        use typst::syntax::{SyntaxKind, SyntaxNode};
        fn has_math(node: &SyntaxNode) -> bool {
            node.kind() == SyntaxKind::Equation || node.children().any(has_math)
        }
        for (name, text) in templates() {
            assert!(
                !has_math(&typst::syntax::parse(text)),
                "{name} writes an equation"
            );
        }
    }

    #[test]
    fn a_one_page_form_is_first_laid_out_whole() {
        let with = first_try(r#"{"body":"x","n":[1]}"#, "application").unwrap();
        assert_eq!(with["one-page"], true);
        assert_eq!(with["body"], "x");
        assert_eq!(with["n"][0], 1);
        assert_eq!(first_try("{}", "application").unwrap()["one-page"], true);
        // Other forms, and data that is not an object, are laid out as they are.
        assert!(first_try(r#"{"body":"x"}"#, "report").is_none());
        assert!(first_try("[1]", "application").is_none());
    }
}
