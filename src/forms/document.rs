//! A document: its common part and its form's model behind the registry
//! ([`Document`]); reading one from the node tree ([`read`]) with every
//! finding, and the data its template lays out ([`Document::view`]).

use chrono::NaiveDate;
use serde_json::Value as Json;

use super::{Common, Form, FormId, Model, Person, Planned, University, View};
use crate::fields;
use crate::finding::{Finding, rule};
use crate::input::{At, Ctx};
use crate::locale::{Lang, Msg, id};
use crate::yaml::{Node, Pos, Value};

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
/// own finding already says what is printed). A plan repeats its positions
/// row after row; each text is judged once.
fn position_languages(root: &Node, lang: Lang, out: &mut Vec<Finding>) {
    let mut judged = std::collections::HashMap::new();
    walk_positions(root, &mut |text, pos| {
        let finding = judged
            .entry(text)
            .or_insert_with(|| crate::names::position::language_finding(text, lang, pos));
        if let Some(f) = finding
            && !out.iter().any(|o| o.rule == rule::POSITION && o.pos == pos)
        {
            let mut f = f.clone();
            f.pos = pos;
            out.push(f);
        }
    });
}

/// Calls `found` with the text and place of every `position:` in the tree.
fn walk_positions<'a>(node: &'a Node, found: &mut impl FnMut(&'a str, Pos)) {
    match &node.value {
        Value::Map(entries) => {
            for (k, v) in entries {
                if let (Value::Str(key), Value::Str(text)) = (&k.value, &v.value)
                    && key == "position"
                {
                    found(text, v.pos);
                }
                walk_positions(v, found);
            }
        }
        Value::Seq(items) => {
            for i in items {
                walk_positions(i, found);
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
