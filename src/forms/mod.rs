//! The forms: for each, its model (read from the node tree with every
//! schema finding), its rule checks, and the data its template lays out.
//!
//! A form is a model type implementing [`Form`] in its own module here;
//! [`FormId::ALL`] is the registry, one line per form (the appendices in
//! their order, then the documents that are not appendices). It is the only
//! list of the forms: the engine, every command, the messages that name the
//! forms, the JSON Schema, the web pages and the test suite go through it.
//! Adding a form takes:
//! - `src/forms/<module>.rs`: the model type and its `impl Form` (id,
//!   appendix number or `None`, orientation, `include_str!` of its template
//!   and examples, its fields, and `read`, `check`, `data`, `date`), its
//!   `mod` line here and its line in [`FormId::ALL`];
//! - `forms/<id>.typ`, the template (a missing one fails the build);
//! - `examples/ky/<id>.yaml` and `examples/ru/<id>.yaml` (likewise);
//! - its words in `locales/{ky,ru}/forms.ftl`: `form-<id>` (its title) and
//!   the words it prints;
//! - its section in `docs/input-format.md`;
//! - its reference pictures, `tests/ref/<id>.{ky,ru}.png`, made by the
//!   suite (`SNAPSHOTS=overwrite cargo test --test suite visual::`) and
//!   looked at before they are committed.

use crate::locale::id;
use chrono::{Datelike, NaiveDate};
use serde::Serialize;
use serde_json::Value as Json;

pub(crate) use page::{Approval, Attach, Meta, Page, Section, Sheet, Signature, Table};

use crate::fields::{self, Field, Ty};
use crate::finding::{Finding, rule};
use crate::input::{At, Ctx, Obj};
use crate::locale::{Id, Lang, Msg, tr};
use crate::yaml::{Node, Value};

pub mod annual_plan;
pub mod application;
pub(crate) mod internship_certificate;
pub(crate) mod internship_program;
pub(crate) mod page;
mod print;
pub mod perspective_plan;
pub(crate) mod report;

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
    /// The registry: every form, in appendix order. Adding a form is one
    /// line here (and its module, template, examples and words).
    pub const ALL: &'static [FormId] = &[
        FormId(&Entry::of::<perspective_plan::PerspectivePlan>()),
        FormId(&Entry::of::<annual_plan::AnnualPlan>()),
        FormId(&Entry::of::<report::Report>()),
        FormId(&Entry::of::<application::Application>()),
        FormId(&Entry::of::<internship_program::InternshipProgram>()),
        FormId(&Entry::of::<internship_certificate::InternshipCertificate>()),
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

    /// The template's Typst source.
    pub(crate) fn template(self) -> &'static str {
        self.0.template
    }

    /// The keys of this form (besides the common ones).
    pub fn fields(self) -> &'static [Field] {
        self.0.fields
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

/// The university the forms are for.
#[derive(Clone, Debug, Default, PartialEq)]
pub(crate) struct University {
    /// Full name, when the data gives one.
    pub(crate) name: Option<String>,
    /// Short name, when the data gives one.
    pub(crate) short: Option<String>,
}

/// What every form has.
#[derive(Clone, Debug, PartialEq)]
pub struct Common {
    /// Which form.
    pub form: FormId,
    /// The language to print in.
    pub lang: Lang,
    /// The university.
    pub(crate) university: University,
    /// The document's date (forms 3, 4, 6).
    pub(crate) date: Option<At<NaiveDate>>,
}

/// A person: full name, and what the signature or address needs.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Person {
    /// Full name as written.
    pub name: Option<At<String>>,
    /// Position, overriding the form's default wording where it has one.
    pub position: Option<String>,
    /// Department, where the form names one.
    pub department: Option<String>,
    /// Initials and surname as the person wants them printed.
    pub(crate) short: Option<String>,
    /// The date of the signature or approval.
    pub(crate) date: Option<At<NaiveDate>>,
    /// Where `position` was written, for findings about its wording.
    pub(crate) position_at: Option<crate::yaml::Pos>,
    /// Where `department` was written, for findings about its wording.
    pub(crate) department_at: Option<crate::yaml::Pos>,
    /// Grammatical gender as the data states it (`gender: m | f`).
    pub(crate) gender: Option<At<crate::names::Gender>>,
}

impl Person {
    /// «Ж.С. Шаршембиев», or empty when no name is given.
    pub(crate) fn short_name(&self) -> String {
        match (&self.short, &self.name) {
            (Some(s), _) => s.clone(),
            (None, Some(n)) => crate::names::short(&n.v),
            (None, None) => String::new(),
        }
    }

    /// The full name, or empty.
    ///
    /// Text after a comma («…, ага окутуучу») is not part of the name (the
    /// reader warns about it) and is left out.
    pub fn full_name(&self) -> String {
        self.name
            .as_ref()
            .map(|n| n.v.split(',').next().unwrap_or("").trim().to_owned())
            .unwrap_or_default()
    }

    /// A `gender` warning (message `id`) when the surname's Russian form
    /// depends on a gender that neither `gender` nor the name tells.
    pub(crate) fn gender_finding(&self, id: Id<'static>) -> Option<Finding> {
        let name = self.name.as_ref()?;
        if self.gender().is_some() || self.short.is_some() {
            return None;
        }
        let n = crate::names::parse(&name.v);
        let depends = !n.surname_is_patronymic
            && crate::names::ru::declines(&n.surname, crate::names::ru::Part::Surname, None)
                .is_none();
        depends.then(|| Finding::new(rule::GENDER, name.pos, Msg::new(id).arg("name", &name.v)))
    }

    /// A note when `department` was typed with the word the form prints
    /// beside it, with what is printed in `case`.
    pub(crate) fn department_note(
        &self,
        common: &Common,
        case: crate::names::unit::Case,
    ) -> Option<Finding> {
        let d = self.department.as_ref()?;
        let v = View::new(common);
        crate::names::typed::unit_note(&v, d, crate::names::unit::Kind::Department, case, self.department_at)
    }

    /// Gender as stated, else as the patronymic or surname tells it.
    pub(crate) fn gender(&self) -> Option<crate::names::Gender> {
        self.gender
            .as_ref()
            .map(|g| g.v)
            .or_else(|| crate::names::gender(&self.full_name()))
    }
}

impl Ctx<'_> {
    /// A person: a bare name, or a mapping with `name`, `short` and the
    /// `extra` fields this place allows.
    pub(crate) fn person(&mut self, node: &Node, extra: &'static [Field]) -> Person {
        if let Value::Str(_) = node.value {
            return Person {
                name: self.name(node),
                ..Person::default()
            };
        }
        let base = fields::person_base(extra);
        let Some(o) = self.obj_of(node, &[base, extra]) else {
            return Person::default();
        };
        // Given by position alone, the name is left to the pen; else it is needed.
        if fields::by_position(extra) && o.get(&fields::NAME).is_none() && o.get(&fields::POSITION).is_none() {
            self.push(Finding::new(
                rule::MISSING,
                o.pos,
                Msg::new(id::MISSING_KEY).arg("key", fields::NAME.key),
            ));
        }
        // A name with its printed form given is not read for its parts.
        let name = match o.get(&fields::NAME) {
            Some(n) if o.get(&fields::SHORT).is_some() => self.text(n),
            Some(n) => self.name(n),
            None => None,
        };
        Person {
            name,
            position_at: o.get(&fields::POSITION).map(|n| n.pos),
            position: self.opt_text(&o, &fields::POSITION).map(|t| t.v),
            department_at: o.get(&fields::DEPARTMENT).map(|n| n.pos),
            department: self.opt_text(&o, &fields::DEPARTMENT).map(|t| t.v),
            short: self.opt_text(&o, &fields::SHORT).map(|t| t.v),
            date: self.opt_date(&o, &fields::SIGNED_ON),
            gender: self.opt_choice(&o, &fields::GENDER).map(|g| At {
                v: crate::names::Gender::from_id(g.v),
                pos: g.pos,
            }),
        }
    }

    /// A person's full name, with a `name` warning when its reading is in
    /// doubt (the order, or text after a comma), showing what is printed.
    pub(crate) fn name(&mut self, node: &Node) -> Option<At<String>> {
        let name = self.name_text(node)?;
        let parsed = crate::names::parse(&name.v);
        let msg = match &parsed.doubt {
            None => None,
            Some(crate::names::Doubt::Order) => Some(
                Msg::new(id::NAME_ORDER)
                    .arg("name", &name.v)
                    .arg("surname", &parsed.surname)
                    .arg("short", parsed.short()),
            ),
            Some(crate::names::Doubt::Comma(rest)) => Some(
                Msg::new(id::NAME_COMMA)
                    .arg("name", &name.v)
                    .arg("rest", rest)
                    .arg("short", parsed.short()),
            ),
        };
        if let Some(m) = msg {
            self.push(Finding::new(rule::NAME, name.pos, m));
        }
        Some(name)
    }

    /// A person under a field (of type [`Ty::Person`]).
    pub(crate) fn opt_person(&mut self, obj: &Obj<'_>, field: &Field) -> Option<Person> {
        let Ty::Person(extra) = field.ty else {
            return None;
        };
        obj.get(field).map(|n| self.person(n, extra))
    }

    /// A list of years (`[2019, 2022]`) under a field.
    pub(crate) fn years(&mut self, obj: &Obj<'_>, field: &Field) -> Vec<At<i64>> {
        let Some(n) = obj.get(field) else {
            return Vec::new();
        };
        let items = self.list(n);
        items
            .iter()
            .filter_map(|i| {
                let y = self.int(i)?;
                if (1950..=2200).contains(&y.v) {
                    Some(y)
                } else {
                    self.push(Finding::new(
                        rule::TYPE,
                        i.pos,
                        Msg::new(id::BAD_YEAR).arg("found", y.v),
                    ));
                    None
                }
            })
            .collect()
    }
}

/// What kind of page to make of a document.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct PageOptions {
    /// Attach the input YAML (PDF/A-3b).
    pub(crate) attach: bool,
    /// Mark every page as a draft.
    pub(crate) draft: bool,
}

/// A parsed, converted input: its common part and its form's model.
#[derive(Debug)]
pub struct Document {
    /// What every form has.
    pub common: Common,
    /// The form's own model.
    body: Box<dyn Model>,
}

/// Reads a document from its node tree, checks it against the regulation,
/// and returns it with every finding (schema and rules). The document is
/// `None` only when its form cannot be told.
pub(crate) fn read(
    ctx: &mut Ctx<'_>,
    root: &Node,
    lang_override: Option<Lang>,
) -> Option<Document> {
    let Value::Map(entries) = &root.value else {
        ctx.push(Finding::new(
            rule::TYPE,
            root.pos,
            Msg::new(id::ROOT_NOT_MAP),
        ));
        return None;
    };
    let form_node = entries
        .iter()
        .find(|(k, _)| k.value == Value::Str("form".into()))
        .map(|(_, v)| v);
    let Some(form_node) = form_node else {
        ctx.push(Finding::new(
            rule::MISSING,
            root.pos,
            Msg::new(id::MISSING_FORM).arg("forms", form_list()),
        ));
        return None;
    };
    let form_text = form_node.value.scalar_text().unwrap_or_default();
    let Some(form) = FormId::from_id(form_text.trim()) else {
        let mut msg = Msg::new(id::UNKNOWN_FORM)
            .arg("found", &form_text)
            .arg("forms", form_list());
        let ids: Vec<&str> = FormId::ALL.iter().map(|f| f.id()).collect();
        if let Some(n) = crate::input::nearest(&form_text, &ids) {
            msg = Msg::new(id::UNKNOWN_FORM_HINT)
                .arg("found", &form_text)
                .arg("forms", form_list())
                .arg("hint", n);
        }
        ctx.push(Finding::new(rule::UNKNOWN_FORM, form_node.pos, msg));
        return None;
    };
    let obj = ctx.obj_of(root, &[fields::COMMON, form.fields()])?;
    let lang_in_file = ctx
        .opt_choice(&obj, &fields::LANG)
        .and_then(|l| Lang::from_code(l.v));
    let university = match obj.get(&fields::UNIVERSITY) {
        Some(n) => match ctx.obj(n, fields::UNIVERSITY_KEYS) {
            Some(u) => University {
                name: ctx.opt_text(&u, &fields::UNIVERSITY_KEYS[0]).map(|t| t.v),
                short: ctx.opt_text(&u, &fields::UNIVERSITY_KEYS[1]).map(|t| t.v),
            },
            None => University::default(),
        },
        None => University::default(),
    };
    let common = Common {
        form,
        lang: lang_override.or(lang_in_file).unwrap_or(Lang::Ky),
        university,
        date: ctx.opt_date(&obj, &fields::DATE),
    };
    let body = (form.0.read)(ctx, &obj);
    let doc = Document { common, body };
    doc.check(&mut ctx.findings);
    position_languages(root, doc.common.lang, &mut ctx.findings);
    Some(doc)
}

/// A `position` anywhere in the document written in the other language than
/// the form's is a warning (once per place: where the form declines it, its
/// own finding already says what is printed).
fn position_languages(node: &Node, lang: Lang, out: &mut Vec<Finding>) {
    match &node.value {
        Value::Map(entries) => {
            for (k, v) in entries {
                if let (Value::Str(key), Value::Str(text)) = (&k.value, &v.value)
                    && key == "position"
                    && !out
                        .iter()
                        .any(|f| f.rule == rule::POSITION && f.pos == v.pos)
                {
                    out.extend(crate::names::position::language_finding(text, lang, v.pos));
                }
                position_languages(v, lang, out);
            }
        }
        Value::Seq(items) => {
            for i in items {
                position_languages(i, lang, out);
            }
        }
        _ => {}
    }
}

/// Every form's id, comma separated, for the messages that list them.
pub fn form_list() -> String {
    FormId::ALL
        .iter()
        .map(|f| f.id())
        .collect::<Vec<_>>()
        .join(", ")
}

impl Document {
    /// Applies the regulation's rules that concern this form.
    pub(crate) fn check(&self, out: &mut Vec<Finding>) {
        self.body.check(&self.common, out);
    }

    /// The model of the form `F`, when the document is one.
    pub fn model<F: Form>(&self) -> Option<&F> {
        let any: &dyn std::any::Any = &*self.body;
        any.downcast_ref::<F>()
    }

    /// The teacher the document is about (forms about one teacher).
    pub(crate) fn teacher(&self) -> Option<&Person> {
        self.body.teacher()
    }

    /// The people whose names a roster should hold.
    pub(crate) fn named(&self) -> Vec<&At<String>> {
        self.body.named()
    }

    /// The period and direction to compare with the annual plan's row.
    pub(crate) fn planned(&self) -> Option<Planned<'_>> {
        self.body.planned()
    }

    /// The data the form's template lays out, as `/data.json` holds it
    /// (a [`Page`] serialized, its strings prepared for print).
    pub(crate) fn view(&self, opts: PageOptions) -> serde_json::Result<Json> {
        let mut data = self.body.page(&View::new(&self.common), opts)?;
        crate::hyphenate::prepare(&mut data, self.common.lang);
        mark_short_rows(&mut data);
        Ok(data)
    }

    /// The date for the PDF's metadata: the document's own date, else the
    /// approval's, else the one its data is about; `None` when it gives none.
    pub(crate) fn date(&self) -> Option<NaiveDate> {
        if let Some(d) = &self.common.date {
            return Some(d.v);
        }
        self.body.date()
    }
}

/// A plan's row whose texts are all at most this long (in UTF-8 bytes, 150
/// Cyrillic letters with their soft hyphens) can never be taller than a
/// page: at most 32 lines in the narrowest column (18 mm).
const SHORT_ROW_BYTES: usize = 300;

/// Marks each row of a plan (`rows`) `"whole": true` when it is short enough
/// to be kept on one page ([`SHORT_ROW_BYTES`]): the plan's template keeps
/// such a row from breaking between pages, and lays it out in one measure.
/// (Asked in the template, it took a tenth of the template's own work.)
fn mark_short_rows(data: &mut Json) {
    let Some(Json::Array(rows)) = data.get_mut("rows") else {
        return;
    };
    for row in rows {
        if let Json::Object(fields) = row {
            let short = fields
                .values()
                .all(|v| v.as_str().is_none_or(|s| s.len() <= SHORT_ROW_BYTES));
            fields.insert("whole".to_owned(), Json::Bool(short));
        }
    }
}

impl University {
    /// Every name the university goes by, for the `host-external` rule.
    pub(crate) fn own_names(&self) -> Vec<String> {
        let mut names: Vec<String> = self.name.iter().chain(self.short.iter()).cloned().collect();
        for lang in Lang::ALL {
            names.push(tr(lang, id::UNIV_NAME, &[]));
            names.push(tr(lang, id::UNIV_SHORT, &[]));
        }
        names
    }
}

/// Puts a document's values into words in its language.
pub struct View {
    /// The language.
    pub(crate) lang: Lang,
    /// The university's short name, such as `ТалМУ`.
    pub(crate) univ_short: String,
    /// The university's full name.
    pub(crate) univ_name: String,
    /// The document's own date, if it has one.
    pub(crate) doc_date: Option<NaiveDate>,
}

impl View {
    pub(crate) fn new(c: &Common) -> View {
        View {
            lang: c.lang,
            univ_short: c
                .university
                .short
                .clone()
                .unwrap_or_else(|| tr(c.lang, id::UNIV_SHORT, &[])),
            univ_name: c
                .university
                .name
                .clone()
                .unwrap_or_else(|| tr(c.lang, id::UNIV_NAME, &[])),
            doc_date: day(&c.date),
        }
    }

    /// A form word or phrase.
    pub(crate) fn t(&self, id: Id<'_>) -> String {
        self.ta(id, &[])
    }

    /// A form phrase with arguments; `univ` is always available.
    pub(crate) fn ta(&self, id: Id<'_>, args: &[(&str, &str)]) -> String {
        let mut all: Vec<(&str, &str)> = vec![("univ", &self.univ_short)];
        all.extend_from_slice(args);
        // The user's own quotes inside the form's «…» are not doubled.
        crate::names::quotes::nest(&tr(self.lang, id, &all))
    }

    fn month(&self, form: &str, m: u32) -> String {
        self.t(Id::built(&format!("month-{form}-{m}")))
    }

    /// The date line of a signature or approval: «03» ноябрь 2025-ж., or blank.
    pub(crate) fn date_line(&self, d: Option<NaiveDate>) -> String {
        match d {
            Some(d) => self.ta(
                id::DATE_LINE,
                &[
                    ("day", &format!("{:02}", d.day())),
                    ("month", &self.month("line", d.month())),
                    ("year", &d.year().to_string()),
                ],
            ),
            None => self.t(id::DATE_LINE_BLANK),
        }
    }

    /// A date in running text: «2025-жылдын 3-ноябры» / «3 ноября 2025 г.».
    pub(crate) fn date_text(&self, d: NaiveDate) -> String {
        self.ta(
            id::DATE_TEXT,
            &[
                ("day", &d.day().to_string()),
                ("month", &self.month("text", d.month())),
                ("year", &d.year().to_string()),
            ],
        )
    }

    /// A period in running text: «2025-жылдын 3-ноябрынан 16-ноябрына чейин»,
    /// «с 3 по 16 ноября 2025 г.»; an open end prints as from or until.
    pub(crate) fn period(&self, start: Option<NaiveDate>, end: Option<NaiveDate>) -> String {
        let mut args: Vec<(&str, String)> = Vec::new();
        if let Some(s) = start {
            args.extend([
                ("d1", s.day().to_string()),
                ("m1", self.month("from", s.month())),
                ("y1", s.year().to_string()),
            ]);
        }
        if let Some(e) = end {
            args.extend([
                ("d2", e.day().to_string()),
                ("m2", self.month("to", e.month())),
                ("y2", e.year().to_string()),
            ]);
        }
        let id = match (start, end) {
            (Some(s), Some(e)) if s.year() == e.year() && s.month() == e.month() => {
                id::PERIOD_SAME_MONTH
            }
            (Some(s), Some(e)) if s.year() == e.year() => id::PERIOD_SAME_YEAR,
            (Some(_), Some(_)) => id::PERIOD,
            (Some(_), None) => id::PERIOD_FROM,
            (None, Some(_)) => id::PERIOD_TO,
            (None, None) => id::PERIOD_BLANK,
        };
        let args: Vec<(&str, &str)> = args.iter().map(|(k, v)| (*k, v.as_str())).collect();
        self.ta(id, &args)
    }

    /// A compact period for table cells: «03.11.2025 – 16.11.2025».
    pub(crate) fn period_short(&self, start: Option<NaiveDate>, end: Option<NaiveDate>) -> String {
        let f =
            |d: Option<NaiveDate>| d.map_or_else(String::new, |d| d.format("%d.%m.%Y").to_string());
        match (start, end) {
            (None, None) => String::new(),
            // No space before an open start: the cell starts with the dash.
            (None, Some(_)) => format!("– {}", f(end)),
            _ => format!("{} – {}", f(start), f(end)),
        }
    }

    /// «…университети, Казакстан»: a place and its country's name in the
    /// form's language (the code itself when CLDR has no name for it).
    pub(crate) fn with_country(&self, place: &str, code: &str) -> String {
        let country = crate::country::name(code, self.lang).unwrap_or(code);
        if place.is_empty() {
            country.to_owned()
        } else {
            format!("{place}, {country}")
        }
    }

    /// «72 саат» / «72 ч.».
    pub(crate) fn hours(&self, h: i64) -> String {
        self.ta(id::HOURS, &[("n", &h.to_string())])
    }

    /// The whole page of the form `F`: its sheet and the common keys.
    fn page<F: Form>(&self, sheet: Sheet<F::Data>, opts: PageOptions) -> Page<F::Data> {
        let appendix = F::APPENDIX.map(|n| n.to_string());
        let subject = match &appendix {
            Some(n) => self.ta(id::META_SUBJECT, &[("n", n)]),
            None => self.t(id::META_SUBJECT_DOCUMENT),
        };
        let mut meta = Meta {
            title: sheet.title.split_whitespace().collect::<Vec<_>>().join(" "),
            author: self.univ_name.clone(),
            subject,
            keywords: vec![F::ID.to_owned(), "tirkeme".to_owned()],
        };
        let draft = opts.draft.then(|| tr(self.lang, id::DRAFT_MARK, &[]));
        if let Some(word) = &draft {
            meta.title = format!("{word}: {}", meta.title);
            meta.keywords.extend(["draft".to_owned(), word.clone()]);
        }
        Page {
            lang: self.lang.code(),
            appendix: appendix.map(|n| self.ta(id::APPENDIX, &[("n", &n)])),
            meta,
            attach: opts.attach.then(|| Attach {
                name: format!("{}.yaml", F::ID),
                description: tr(self.lang, id::ATTACH_DESCRIPTION, &[]),
            }),
            draft,
            sheet,
        }
    }

    /// The approval block: БЕКИТЕМИН, the position, the name, the date.
    pub(crate) fn approval(&self, default_position: String, p: Option<&Person>) -> Approval {
        Approval {
            word: self.t(id::APPROVE),
            position: p
                .and_then(|p| p.position.clone())
                .unwrap_or(default_position),
            name: p.map(Person::short_name).unwrap_or_default(),
            date: self.date_line(p.and_then(|p| p.date.as_ref()).map(|d| d.v)),
        }
    }

    /// A signature line: the role, a line, the name, optionally a date.
    pub(crate) fn signature(
        &self,
        role: String,
        p: Option<&Person>,
        date: Option<String>,
    ) -> Signature {
        Signature {
            role,
            name: p.map(Person::short_name).unwrap_or_default(),
            sign_caption: self.t(id::CAPTION_SIGN),
            name_caption: self.t(id::CAPTION_NAME),
            date,
        }
    }

    /// «Асанов Бакыт Жумабекович, доцент, Информатика кафедрасы»: who the
    /// teacher is, as far as the data tells.
    pub(crate) fn person_line(&self, p: &Person) -> String {
        let department = p
            .department
            .as_ref()
            .map(|d| {
                use crate::names::unit::{Case, Kind};
                self.unit(d, Kind::Department, Case::Nominative)
            });
        join_some(&[&Some(p.full_name()), &p.position, &department])
    }

    /// The position of a person, or the form's default wording.
    pub(crate) fn position_or(
        &self,
        p: Option<&Person>,
        default_id: Id<'_>,
        args: &[(&str, &str)],
    ) -> String {
        p.and_then(|p| p.position.clone())
            .unwrap_or_else(|| self.ta(default_id, args))
    }
}

/// A section of a report or program: a numbered heading and its content.
pub(crate) fn section(
    n: usize,
    heading: String,
    body: Vec<String>,
    list: Vec<String>,
    table: Option<Table>,
) -> Section {
    Section {
        n: format!("{n}."),
        heading,
        body,
        list,
        table,
    }
}

/// Reads a date, or `None`, from an optional `At`.
pub(crate) fn day(d: &Option<At<NaiveDate>>) -> Option<NaiveDate> {
    d.as_ref().map(|d| d.v)
}

/// The cells both plans print first for a teacher (row number, name,
/// position and subject, degree, the years of the last courses); each
/// plan's row adds its own (`#[serde(flatten)]`).
#[derive(Clone, Debug, Serialize)]
pub(crate) struct TeacherCells {
    /// «1».
    pub(crate) n: String,
    /// The full name.
    pub(crate) name: String,
    /// Position and subject.
    pub(crate) position: String,
    /// Academic degree.
    pub(crate) degree: String,
    /// The years of the last courses.
    pub(crate) last_courses: String,
}

impl TeacherCells {
    /// The cells of the `i`-th row (from 0).
    pub(crate) fn new(
        i: usize,
        name: &Option<At<String>>,
        position: [&Option<String>; 2],
        degree: &Option<String>,
        last_courses: &[At<i64>],
    ) -> TeacherCells {
        TeacherCells {
            n: (i + 1).to_string(),
            name: name.as_ref().map(|n| n.v.clone()).unwrap_or_default(),
            position: join_some(&position),
            degree: degree.clone().unwrap_or_default(),
            last_courses: last_courses
                .iter()
                .map(|c| c.v.to_string())
                .collect::<Vec<_>>()
                .join(", "),
        }
    }
}

/// The given parts, joined by commas: «доцент, Программалоо».
pub(crate) fn join_some(parts: &[&Option<String>]) -> String {
    parts
        .iter()
        .filter_map(|p| p.as_deref())
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join(", ")
}

/// The date a person signed or approved on, if given.
pub(crate) fn signed(p: &Option<Person>) -> Option<NaiveDate> {
    p.as_ref().and_then(|p| day(&p.date))
}

/// The first of September of an academic year starting in `y`.
pub(crate) fn september(y: &Option<At<i32>>) -> Option<NaiveDate> {
    y.as_ref().and_then(|y| NaiveDate::from_ymd_opt(y.v, 9, 1))
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
