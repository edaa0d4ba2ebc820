//! How a form's fields are shown to a person in the web page: the same
//! field descriptions the reader and the schema use ([`crate::fields`],
//! through [`crate::schema::documents`]), each given a label, a hint and one
//! label per choice in the page's language (`locales/*/page.ftl`), in the
//! order of the printed form, with the rarely needed ones marked to be
//! folded away. The page never shows a YAML key, an id or a code: the words
//! here are what a department secretary reads.
//!
//! The editor's JSON Schema ([`crate::schema`]) stays what an editor needs
//! (ids, aliases, `null`); this is a second view of the same fields, not a
//! second list of them: a field added to a form appears here by itself, and
//! the unit tests below fail until it has its words.

use serde_json::{Map, Value, json};

use crate::choices;
use crate::fields::{self, Field, Ty};
use crate::locale::{Id, UiLang, has_message, tr};

/// Fields most documents leave out, folded under "more" on the page: the
/// university (when it is not the default one), the initials printed under
/// a signature, a gender the name already tells, the date beside a signature
/// or an agreement, a country other than Kyrgyzstan.
const RARE: &[&str] = &[
    "field-university",
    "field-short",
    "field-gender",
    "field-signed-on",
    "field-country",
];

/// The fields of a document (`application`, `roster`, …) as the page shows
/// them, labelled in `ui`; `None` for an id that is not one.
///
/// Each field is `{"key", "label", "hint"?, "required", "rare", "type"}`
/// and, by type: `choices` (`[{"value", "label"}]`) for `choice`, `list`
/// and `choice-text`; `fields` for `group` and `rows`; `bare` (the key a
/// bare text stands for) for a group that may be written as one text;
/// `item` (`int`, `text` or `choice`) for a `list`; `value` for `const`.
pub fn page_fields(form: &str, ui: UiLang) -> Option<Value> {
    let (id, groups) = crate::schema::documents()
        .into_iter()
        .find(|(d, _)| *d == form)?;
    let all: Vec<&Field> = groups.iter().flat_map(|g| g.iter()).collect();
    // The printed form's order: its language and its own fields first; the
    // document's date (printed at the end) and the university last.
    let top = [fields::DATE.key, fields::UNIVERSITY.key];
    let mut ordered: Vec<&Field> = all
        .iter()
        .copied()
        .filter(|f| !top.contains(&f.key))
        .collect();
    for key in top {
        ordered.extend(all.iter().copied().filter(|f| f.key == key));
    }
    Some(Value::Array(
        ordered.iter().map(|f| field(id, f, ui)).collect(),
    ))
}

/// The message id of a field's label: `page-<what>` for its `field-<what>`.
fn label_id(f: &Field) -> String {
    let desc = f.desc_id();
    format!("page-{}", desc.strip_prefix("field-").unwrap_or(&desc))
}

fn field(form: &str, f: &Field, ui: UiLang) -> Value {
    let label = label_id(f);
    let hint = format!("{label}-hint");
    let mut m = Map::new();
    m.insert("key".into(), json!(f.key));
    m.insert("label".into(), json!(tr(ui, Id::built(&label), &[])));
    if has_message(ui, Id::built(&hint)) {
        m.insert("hint".into(), json!(tr(ui, Id::built(&hint), &[])));
    }
    m.insert("required".into(), json!(f.required));
    m.insert("rare".into(), json!(RARE.contains(&f.desc_id().as_str())));
    of_type(form, f.key, &f.ty, ui, &mut m);
    Value::Object(m)
}

fn of_type(form: &str, key: &str, ty: &Ty, ui: UiLang, m: &mut Map<String, Value>) {
    let mut set = |k: &str, v: Value| {
        m.insert(k.into(), v);
    };
    match ty {
        Ty::FormId => {
            set("type", json!("const"));
            set("value", json!(form));
        }
        // The five standard work items of an internship program (6.3), or
        // any other text.
        Ty::Text if key == "activity" => {
            set("type", json!("choice-text"));
            set("choices", choice_list(key, &activity_ids(), ui));
        }
        Ty::Text => set("type", json!("text")),
        Ty::Int { min, max } => {
            set("type", json!("int"));
            set("min", json!(min));
            set("max", json!(max));
        }
        Ty::Date => set("type", json!("date")),
        Ty::AcademicYear => set("type", json!("year")),
        Ty::Bool => {
            set("type", json!("choice"));
            set("bool", json!(true));
            set("choices", choice_list(key, &["true", "false"], ui));
        }
        Ty::Choice(ids) => {
            set("type", json!("choice"));
            set("choices", choice_list(key, ids, ui));
        }
        Ty::Country => set("type", json!("country")),
        Ty::Person(extra) => {
            set("type", json!("group"));
            set("bare", json!(fields::NAME.key));
            let all: Vec<&Field> = fields::PERSON_BASE.iter().chain(extra.iter()).collect();
            set("fields", group(form, &all, ui));
        }
        Ty::Obj(fs) => {
            set("type", json!("group"));
            set("fields", group(form, &fs.iter().collect::<Vec<_>>(), ui));
        }
        Ty::TextOrObj(fs) => {
            set("type", json!("group"));
            set("bare", json!(fs.first().map(|f| f.key)));
            set("fields", group(form, &fs.iter().collect::<Vec<_>>(), ui));
        }
        Ty::List(inner) => match inner {
            Ty::Obj(_) | Ty::Person(_) | Ty::TextOrObj(_) => {
                let mut row = Map::new();
                of_type(form, key, inner, ui, &mut row);
                set("type", json!("rows"));
                for k in ["fields", "bare"] {
                    if let Some(v) = row.remove(k) {
                        set(k, v);
                    }
                }
            }
            Ty::Int { .. } => {
                set("type", json!("list"));
                set("item", json!("int"));
            }
            Ty::Choice(ids) => {
                set("type", json!("list"));
                set("item", json!("choice"));
                set("choices", choice_list(key, ids, ui));
            }
            _ => {
                set("type", json!("list"));
                set("item", json!("text"));
            }
        },
        Ty::YearMap(inner) => {
            set("type", json!("yearmap"));
            let mut item = Map::new();
            of_type(form, key, inner, ui, &mut item);
            set("item", Value::Object(item));
        }
    }
}

fn group(form: &str, fs: &[&Field], ui: UiLang) -> Value {
    Value::Array(fs.iter().map(|f| field(form, f, ui)).collect())
}

/// The message id of one choice's label: `page-choice-<key>-<value>`.
fn choice_id(key: &str, value: &str) -> String {
    format!("page-choice-{}-{value}", key.replace('_', "-"))
}

fn choice_list(key: &str, ids: &[&str], ui: UiLang) -> Value {
    Value::Array(
        ids.iter()
            .map(|v| json!({ "value": v, "label": tr(ui, Id::built(&choice_id(key, v)), &[]) }))
            .collect(),
    )
}

/// The ids of the standard work items, in the table's order.
fn activity_ids() -> Vec<&'static str> {
    let mut ids: Vec<&'static str> = Vec::new();
    for w in choices::table("activity") {
        if !ids.contains(&w.id) {
            ids.push(w.id);
        }
    }
    ids
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]

    use super::*;

    /// Every message id the page's view of every document needs.
    fn needed() -> Vec<String> {
        let mut out = Vec::new();
        for (_, groups) in crate::schema::documents() {
            let mut all = Vec::new();
            for g in groups {
                fields::walk(g, &mut all);
            }
            for f in all {
                out.push(label_id(f));
                let mut m = Map::new();
                of_type("x", f.key, &f.ty, UiLang::En, &mut m);
                fn ids(key: &str, v: &Value, out: &mut Vec<String>) {
                    if let Some(Value::Array(cs)) = v.get("choices") {
                        for c in cs {
                            out.push(choice_id(key, c["value"].as_str().unwrap()));
                        }
                    }
                    if let Some(item) = v.get("item") {
                        ids(key, item, out);
                    }
                }
                ids(f.key, &Value::Object(m), &mut out);
            }
        }
        out.sort();
        out.dedup();
        out
    }

    #[test]
    fn every_field_and_choice_has_its_words_in_every_language() {
        let mut missing = Vec::new();
        for ui in [UiLang::Ky, UiLang::Ru, UiLang::En] {
            for id in needed() {
                if !has_message(ui, Id::built(&id)) {
                    missing.push(format!("{}: {id}", ui.code()));
                }
            }
        }
        assert!(
            missing.is_empty(),
            "the web page has no words for these (add them to locales/*/page.ftl: \
             a field's label `page-<what>` for its `field-<what>`, one `page-choice-<key>-<value>` \
             per choice):\n{}",
            missing.join("\n")
        );
    }

    /// No label, hint or choice shows a key, an id or a code: no backtick,
    /// no `snake_case` or `kebab-case` word of Latin letters.
    #[test]
    fn the_words_show_no_key_or_code() {
        let code = |s: &str| {
            s.contains('`')
                || s.split(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '-'))
                    .any(|w| {
                        w.chars().any(|c| c.is_ascii_lowercase())
                            && (w.contains('_') || w.contains('-'))
                    })
        };
        for ui in [UiLang::Ky, UiLang::Ru, UiLang::En] {
            for id in needed() {
                let text = tr(ui, Id::built(&id), &[]);
                assert!(!code(&text), "{}: {id} = {text}", ui.code());
                let hint = format!("{id}-hint");
                if has_message(ui, Id::built(&hint)) {
                    let text = tr(ui, Id::built(&hint), &[]);
                    assert!(!code(&text), "{}: {hint} = {text}", ui.code());
                }
            }
        }
    }

    /// In the Kyrgyz pages «эскертүү» means a warning (a finding that is
    /// not an error), never a note or the findings as a whole.
    #[test]
    fn eskertuu_is_a_warning_only_in_the_kyrgyz_pages() {
        let mut ids: Vec<String> = needed();
        for (lang, name, text) in crate::locale::SOURCES {
            if *lang != "ky" || !["page.ftl", "serve.ftl"].contains(name) {
                continue;
            }
            for line in text.lines() {
                if let Some((id, _)) = line.split_once(" = ") {
                    ids.push(id.trim().to_owned());
                }
            }
        }
        for id in ids {
            let text = tr(UiLang::Ky, Id::built(&id), &[]).to_lowercase();
            if text.contains("эскертүү") {
                assert!(id.contains("warning"), "{id} = {text}");
            }
        }
    }

    #[test]
    fn a_kind_is_one_choice_with_one_label() {
        let fs = page_fields("annual-plan", UiLang::Ru).unwrap();
        let teachers = fs
            .as_array()
            .unwrap()
            .iter()
            .find(|f| f["key"] == "teachers")
            .unwrap();
        let kind = teachers["fields"]
            .as_array()
            .unwrap()
            .iter()
            .find(|f| f["key"] == "kind")
            .unwrap();
        let values: Vec<&str> = kind["choices"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c["value"].as_str().unwrap())
            .collect();
        assert_eq!(values, crate::rules::KINDS);
        // The language first, the university last and folded.
        let keys: Vec<&str> = fs
            .as_array()
            .unwrap()
            .iter()
            .map(|f| f["key"].as_str().unwrap())
            .collect();
        assert_eq!(keys[..2], ["form", "lang"]);
        assert_eq!(keys.last(), Some(&"university"));
        assert_eq!(fs.as_array().unwrap().last().unwrap()["rare"], true);
    }
}
