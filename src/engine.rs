//! The embedded Typst engine: templates, fonts and standard library built
//! into the binary once per process, and one small world per document.
//!
//! A document's data reaches its template only as the JSON file `/data.json`
//! (and its YAML source as `/source.yaml` for the PDF attachment); nothing is
//! spliced into Typst source, and no template can reach the disk or network.

use std::sync::LazyLock;

use typst::diag::{FileError, FileResult, PackageError, Severity, SourceDiagnostic};
use typst::foundations::{Bytes, Datetime};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World};
use typst_layout::PagedDocument;
use typst_pdf::{PdfOptions, PdfStandard, PdfStandards, Timestamp};

/// The templates every form imports and the roster's page, by their path
/// inside the world; each form's own template comes from the registry
/// ([`crate::forms::Form::TEMPLATE`]) at `/<id>.typ`.
const TEMPLATES: &[(&str, &str)] = &[
    ("/lib.typ", include_str!("../forms/lib.typ")),
    ("/status.typ", include_str!("../forms/status.typ")),
];

/// The bundled fonts: Liberation Serif 2.x, the only fonts a form may use.
const FONTS: &[&[u8]] = &[
    include_bytes!("../fonts/LiberationSerif-Regular.ttf"),
    include_bytes!("../fonts/LiberationSerif-Bold.ttf"),
    include_bytes!("../fonts/LiberationSerif-Italic.ttf"),
    include_bytes!("../fonts/LiberationSerif-BoldItalic.ttf"),
];

const DATA_PATH: &str = "/data.json";
const SOURCE_PATH: &str = "/source.yaml";

/// What is built once per process and shared by every document.
struct Shared {
    library: LazyHash<Library>,
    book: LazyHash<FontBook>,
    fonts: Vec<Font>,
    sources: Vec<Source>,
    data_id: FileId,
    source_id: FileId,
}

static SHARED: LazyLock<Shared> = LazyLock::new(|| {
    let fonts: Vec<Font> = FONTS
        .iter()
        .flat_map(|data| Font::iter(Bytes::new(*data)))
        .collect();
    let book = FontBook::from_fonts(&fonts);
    let forms = crate::forms::FormId::ALL
        .iter()
        .map(|f| (format!("/{}.typ", f.id()), f.template()));
    let sources = TEMPLATES
        .iter()
        .map(|(path, text)| ((*path).to_owned(), *text))
        .chain(forms)
        .map(|(path, text)| Source::new(file_id(&path), text.to_owned()))
        .collect();
    Shared {
        library: LazyHash::new(Library::builder().build()),
        book: LazyHash::new(book),
        fonts,
        sources,
        data_id: file_id(DATA_PATH),
        source_id: file_id(SOURCE_PATH),
    }
});

fn file_id(path: &str) -> FileId {
    // The paths are constants of this module, all valid.
    let vpath = VirtualPath::new(path).unwrap_or_else(|_| unreachable!("bad built-in path {path}"));
    RootedPath::new(VirtualRoot::Project, vpath).intern()
}

/// Builds the shared engine now rather than on the first document.
pub fn warm_up() {
    LazyLock::force(&SHARED);
}

/// One document's world: the shared engine plus this document's data.
struct DocWorld {
    main: FileId,
    data: Bytes,
    source: Bytes,
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
        SHARED
            .sources
            .iter()
            .find(|s| s.id() == id)
            .cloned()
            .ok_or_else(|| not_found(id))
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
        SHARED
            .sources
            .iter()
            .find(|s| s.id() == id)
            .map(|s| Bytes::from_string(s.clone()))
            .ok_or_else(|| not_found(id))
    }
    fn font(&self, index: usize) -> Option<Font> {
        SHARED.fonts.get(index).cloned()
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

/// A template or PDF error, in Typst's own words.
#[derive(Debug, Clone)]
pub struct EngineError {
    /// The messages, one a line.
    pub messages: Vec<String>,
}

impl std::fmt::Display for EngineError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.messages.join("; "))
    }
}

/// Compiles one document to PDF bytes.
pub fn render(mut job: Job<'_>) -> Result<Vec<u8>, EngineError> {
    let world = DocWorld {
        main: file_id(&format!("/{}.typ", job.form)),
        data: Bytes::new(std::mem::take(&mut job.data)),
        source: Bytes::new(job.source.to_vec()),
    };
    let result = compile(&world, &job);
    // Without eviction comemo's caches grow with every document.
    typst::comemo::evict(10);
    result
}

fn compile(world: &DocWorld, job: &Job<'_>) -> Result<Vec<u8>, EngineError> {
    let doc: PagedDocument = typst::compile(world)
        .output
        .map_err(|e| errors(world, &e))?;
    let date = Datetime::from_ymd(
        job.date.year_ce().1 as i32,
        job.date.month0() as u8 + 1,
        job.date.day0() as u8 + 1,
    );
    let standards = if job.archival {
        PdfStandards::new(&[PdfStandard::A_3b]).map_err(|e| EngineError {
            messages: vec![e.message().to_string()],
        })?
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
    typst_pdf::pdf(&doc, &options).map_err(|e| errors(world, &e))
}

use chrono::Datelike;

fn errors(world: &DocWorld, diags: &[SourceDiagnostic]) -> EngineError {
    use typst::WorldExt;
    let messages = diags
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .map(|d| {
            let place = d
                .span
                .id()
                .and_then(|id| Some((world.source(id).ok()?, world.range(d.span)?)))
                .map(|(s, r)| {
                    let line = s.text().get(..r.start).unwrap_or("").matches('\n').count() + 1;
                    format!("{}:{line}: ", s.id().vpath().get_without_slash())
                })
                .unwrap_or_default();
            let hints: String = d
                .hints
                .iter()
                .map(|h| format!(" (hint: {})", h.v))
                .collect();
            format!("{place}{}{hints}", d.message)
        })
        .collect();
    EngineError { messages }
}

/// Whether every bundled style can print `c`: a character none of them has
/// would fail PDF/A, so the input check reports it at its place instead.
pub fn printable(c: char) -> bool {
    c == '\n'
        || c == '\t'
        || c == ' '
        || SHARED
            .fonts
            .iter()
            .all(|f| f.info().coverage.contains(c as u32))
}
