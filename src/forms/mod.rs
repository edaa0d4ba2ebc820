//! The forms: for each, its model (read from the node tree with every
//! schema finding), its rule checks, and the data its template lays out.
//!
//! This file holds the registry ([`Form`], [`FormId`]); what the forms
//! share is beside it: `common.rs` (what every form has, the people it
//! names), `document.rs` (a [`Document`] read from its nodes and turned
//! into its page's data), `view.rs` ([`View`]: values into words) and
//! `page.rs` (the data a template receives).
//!
//! A form is a model type implementing [`Form`] in its own module here;
//! [`FormId::ALL`] is the registry, one line per form (the appendices in
//! their order, then the documents that are not appendices). It is the only
//! list of the forms: the engine, every command, the messages that name the
//! forms, the JSON Schema, the web pages and the test suite go through it.
//!
//! Adding a document takes one source file outside its own, this one (its
//! `mod` line and its line in [`FormId::ALL`]), and these files of its own
//! (`<id>` is its id, `<module>` the same with `_`):
//! - `src/forms/<module>.rs`: the model type and its `impl Form`: id,
//!   appendix number or `None`, orientation, `include_str!` of its template
//!   and examples, its fields, the rules only it checks (`RULES`, declared
//!   in the module; the rules several forms share are in
//!   `crate::finding::rule`), and `read`, `check`, `data`, `date`;
//! - `forms/<id>.typ`, the template (a missing one fails the build);
//! - `examples/ky/<id>.yaml` and `examples/ru/<id>.yaml` (likewise);
//! - `locales/{ky,ru}/forms/<id>.ftl`, the words it prints: `form-<id>` (its
//!   title) first (the words several pages print are in
//!   `locales/{ky,ru}/forms.ftl`; English has no printed words);
//! - `locales/{ky,ru,en}/<id>.ftl`, the tool's words about it: `page-doc-<id>`
//!   (its name on the web page), `rule-<rule>` for each of its own rules, the
//!   messages of its findings, `field-<key>` and `page-<key>` for each new
//!   key. Every file of `locales/` is picked up by `build.rs` (each id a
//!   constant of `locale::id`, each file parsed when one of its words is
//!   first asked for); a missing word fails `cargo test`;
//! - made by the suite and looked at before they are committed:
//!   `tests/snapshots/forms/<id>{,.blank}.{ky,ru}.txt` (its text,
//!   `SNAPSHOTS=overwrite cargo test --test suite forms::`) and
//!   `tests/ref/<id>.{ky,ru}.png` (its first page, `… visual::`).
//!
//! And in the documentation: its section in `docs/input-format.md`, headed
//! `## <id> (appendix N)` or `## <id> (not an appendix)`; its id in the
//! lists of the forms (the `form` key there, `FORM` of `tirkeme new` in
//! `docs/commands.md`); a row for each of its rules in `docs/rules.md`. The
//! suite checks all three (`tests/suite/docs.rs`).
//!
//! (A trial eighth form made this way, a copy of the internship
//! certificate with `APPENDIX = None`, built, and the whole suite passed
//! but for the four checks that ask for the files above: its snapshots,
//! its reference pictures, its section and its place in the docs' lists.)

use chrono::NaiveDate;
use serde::Serialize;
use serde_json::Value as Json;

use crate::fields::Field;
use crate::finding::{Finding, Rule, rule};
use crate::input::{At, Ctx, Obj};
use crate::locale::Lang;

pub(crate) use page::{Approval, Attach, Meta, Page, Section, Sheet, Signature, Table};

pub mod annual_plan;
pub mod application;
mod common;
mod document;
pub(crate) mod internship_certificate;
pub(crate) mod internship_program;
pub(crate) mod minutes;
pub(crate) mod page;
pub mod perspective_plan;
mod print;
pub(crate) mod report;
mod view;

pub(crate) use common::University;
pub use common::{Common, Person};
pub use document::{Document, form_list};
pub(crate) use document::{PageOptions, read};
pub use view::View;
pub(crate) use view::{TeacherCells, day, section, september, signed};

/// What makes a form: the facts of the registry and the behaviour of its
/// model. Each form's model type implements it in the form's own module;
/// [`FormId::ALL`] lists them.
///
/// Outside the library the trait names a form's model
/// ([`Document::model`]) and its facts (`ID`, `APPENDIX`, …); its methods
/// take the library's reader and view ([`Ctx`],
/// [`View`]), which only the library can make, so only the library
/// implements and calls them.
pub trait Form: std::fmt::Debug + Send + Sync + Sized + 'static {
    /// The id used in YAML and on the command line, and the template's name.
    const ID: &'static str;
    /// The regulation's appendix number, or `None` for a document the
    /// regulation asks for that is not one of its appendices (it then
    /// prints no «N-тиркеме» label).
    const APPENDIX: Option<u8>;
    /// Whether the form is printed on landscape pages.
    const LANDSCAPE: bool;
    /// The template's Typst source (`forms/<id>.typ`).
    const TEMPLATE: &'static str;
    /// The built-in examples (`examples/<lang>/<id>.yaml`).
    const EXAMPLES: Examples;
    /// The keys of this form (besides the common ones).
    const FIELDS: &'static [Field];
    /// The rules only this form checks, each declared in its own module
    /// (the rules several forms share are in `crate::finding::rule`):
    /// `tirkeme rules` lists them after the shared ones ([`every_rule`]).
    const RULES: &'static [Rule] = &[];
    /// Whether the form nearly always fits on one page: its template's
    /// closing paragraph (`forms/text.typ`, `paragraph-with`) is then first
    /// laid out in one piece with the signatures, and searched for where
    /// its last lines begin only when the form does not fit on one page.
    const ONE_PAGE: bool = false;

    /// The form's own keys of its template's data.
    type Data: Serialize;

    /// Reads the form's keys, every schema finding into `ctx`.
    fn read(ctx: &mut Ctx<'_>, obj: &Obj<'_>) -> Self;
    /// Applies the regulation's rules that concern this form.
    fn check(&self, common: &Common, out: &mut Vec<Finding>);
    /// The data the form's template lays out, besides the common keys.
    fn data(&self, v: &View) -> Sheet<Self::Data>;
    /// The date the document is about, when it has no date of its own.
    fn date(&self) -> Option<NaiveDate>;
    /// The teacher the document is about (forms about one teacher).
    fn teacher(&self) -> Option<&Person> {
        None
    }
    /// The people whose names a roster should hold.
    fn named(&self) -> Vec<&At<String>> {
        self.teacher()
            .and_then(|p| p.name.as_ref())
            .into_iter()
            .collect()
    }
    /// The period and direction to compare with the teacher's row of an
    /// annual plan (forms about one upgrading).
    fn planned(&self) -> Option<Planned<'_>> {
        None
    }
}

/// A form's built-in examples, one per language.
#[derive(Clone, Copy, Debug)]
pub struct Examples {
    /// In Kyrgyz.
    pub(crate) ky: &'static str,
    /// In Russian.
    pub(crate) ru: &'static str,
}

impl Examples {
    /// The example in a language, as written in `examples/`.
    pub(crate) fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::Ky => self.ky,
            Lang::Ru => self.ru,
        }
    }
}

/// What a document about one upgrading plans, for the comparison with the
/// annual plan.
#[derive(Clone, Copy, Debug, Default)]
pub struct Planned<'a> {
    /// First day.
    pub(crate) start: Option<&'a At<NaiveDate>>,
    /// Last day.
    pub(crate) end: Option<&'a At<NaiveDate>>,
    /// The direction (subject), where the form names one.
    pub(crate) direction: Option<&'a String>,
}

/// A form's model behind the registry: [`Form`] without its constants.
trait Model: std::any::Any + std::fmt::Debug + Send + Sync {
    fn check(&self, common: &Common, out: &mut Vec<Finding>);
    fn page(&self, v: &View, opts: PageOptions) -> serde_json::Result<Json>;
    fn date(&self) -> Option<NaiveDate>;
    fn teacher(&self) -> Option<&Person>;
    fn named(&self) -> Vec<&At<String>>;
    fn planned(&self) -> Option<Planned<'_>>;
}

impl<F: Form> Model for F {
    fn check(&self, common: &Common, out: &mut Vec<Finding>) {
        Form::check(self, common, out)
    }
    fn page(&self, v: &View, opts: PageOptions) -> serde_json::Result<Json> {
        serde_json::to_value(v.page::<F>(Form::data(self, v), opts))
    }
    fn date(&self) -> Option<NaiveDate> {
        Form::date(self)
    }
    fn teacher(&self) -> Option<&Person> {
        Form::teacher(self)
    }
    fn named(&self) -> Vec<&At<String>> {
        Form::named(self)
    }
    fn planned(&self) -> Option<Planned<'_>> {
        Form::planned(self)
    }
}

/// A form's line in the registry.
struct Entry {
    id: &'static str,
    appendix: Option<u8>,
    landscape: bool,
    template: &'static str,
    examples: Examples,
    fields: &'static [Field],
    rules: &'static [Rule],
    one_page: bool,
    read: fn(&mut Ctx<'_>, &Obj<'_>) -> Box<dyn Model>,
}

impl Entry {
    const fn of<F: Form>() -> Entry {
        Entry {
            id: F::ID,
            appendix: F::APPENDIX,
            landscape: F::LANDSCAPE,
            template: F::TEMPLATE,
            examples: F::EXAMPLES,
            fields: F::FIELDS,
            rules: F::RULES,
            one_page: F::ONE_PAGE,
            read: read_model::<F>,
        }
    }
}

fn read_model<F: Form>(ctx: &mut Ctx<'_>, obj: &Obj<'_>) -> Box<dyn Model> {
    Box::new(F::read(ctx, obj))
}

/// One of the forms of the regulation's appendices: a handle on its line
/// in the registry.
#[derive(Clone, Copy)]
pub struct FormId(&'static Entry);

impl FormId {
    /// The registry: every form, the appendices in their order, then the
    /// documents that are not appendices. Adding a document is one line
    /// here and its `mod` line (and its own files: see the module's first
    /// comment).
    pub const ALL: &'static [FormId] = &[
        FormId(&Entry::of::<perspective_plan::PerspectivePlan>()),
        FormId(&Entry::of::<annual_plan::AnnualPlan>()),
        FormId(&Entry::of::<report::Report>()),
        FormId(&Entry::of::<application::Application>()),
        FormId(&Entry::of::<internship_program::InternshipProgram>()),
        FormId(&Entry::of::<internship_certificate::InternshipCertificate>()),
        FormId(&Entry::of::<minutes::Minutes>()),
    ];

    /// The id used in YAML and on the command line.
    pub const fn id(self) -> &'static str {
        self.0.id
    }

    /// The form of an id.
    pub fn from_id(id: &str) -> Option<FormId> {
        FormId::ALL.iter().copied().find(|f| f.id() == id)
    }

    /// Whether this is the form `F`.
    pub fn is<F: Form>(self) -> bool {
        self.id() == F::ID
    }

    /// The regulation's appendix number, `None` for a document that is not
    /// an appendix.
    pub const fn appendix(self) -> Option<u8> {
        self.0.appendix
    }

    /// Whether the form is printed on landscape pages.
    pub fn landscape(self) -> bool {
        self.0.landscape
    }

    /// Whether the form nearly always fits on one page ([`Form::ONE_PAGE`]).
    pub fn one_page(self) -> bool {
        self.0.one_page
    }

    /// The template's Typst source.
    pub(crate) fn template(self) -> &'static str {
        self.0.template
    }

    /// The keys of this form (besides the common ones).
    pub fn fields(self) -> &'static [Field] {
        self.0.fields
    }

    /// The rules only this form checks ([`Form::RULES`]).
    pub fn rules(self) -> &'static [Rule] {
        self.0.rules
    }

    /// The built-in example of this form as written in `examples/`.
    pub(crate) fn raw_example(self, lang: Lang) -> &'static str {
        self.0.examples.get(lang)
    }

    /// The built-in example of this form, in Kyrgyz or Russian.
    pub fn example(self, lang: Lang) -> &'static str {
        crate::examples::get(self, lang)
    }
}

/// Every rule checked, in the order `tirkeme rules` lists them: those
/// several forms share (the regulation's, then the format's), each form's
/// own in the registry's order, then the folder's and the template's.
pub fn every_rule() -> impl Iterator<Item = Rule> {
    rule::SHARED
        .iter()
        .chain(FormId::ALL.iter().flat_map(|f| f.rules()))
        .chain(rule::LAST)
        .copied()
}

impl PartialEq for FormId {
    fn eq(&self, other: &FormId) -> bool {
        self.id() == other.id()
    }
}

impl Eq for FormId {}

impl std::hash::Hash for FormId {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.id().hash(state)
    }
}

impl std::fmt::Debug for FormId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.id())
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod tests {
    use super::FormId;
    use crate::locale::Lang;

    #[test]
    fn the_registry_is_in_appendix_order_with_one_id_each() {
        // The appendices come first, numbered 1, 2, … in order; documents
        // that are not appendices follow them.
        let numbers: Vec<Option<u8>> = FormId::ALL.iter().map(|f| f.appendix()).collect();
        let appendices = numbers.iter().take_while(|n| n.is_some()).count();
        for (i, n) in numbers.iter().enumerate() {
            let expected = (i < appendices).then(|| u8::try_from(i + 1).unwrap());
            assert_eq!(*n, expected, "{:?}", FormId::ALL[i]);
        }
        for f in FormId::ALL {
            assert_eq!(FormId::from_id(f.id()), Some(*f));
        }
    }

    #[test]
    fn every_example_reads_as_its_own_form() {
        for &f in FormId::ALL {
            for lang in Lang::ALL {
                let text = f.example(lang);
                let root = crate::yaml::parse(text).expect("example parses");
                let mut ctx = crate::input::Ctx::new(text);
                let doc = super::read(&mut ctx, &root, None).expect("example reads");
                assert_eq!(doc.common.form, f);
                assert_eq!(doc.common.lang, lang, "{f:?}");
            }
        }
    }
}
