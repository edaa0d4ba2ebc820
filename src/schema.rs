//! The JSON Schema (draft 2020-12) of each form's YAML, generated from the
//! description of its fields ([`crate::fields`]) that the reader uses too,
//! so that an editor, the web form and the tool agree on every key.

use crate::locale::Id;
use serde_json::{Map, Value, json};

use crate::choices;
use crate::fields::{self, Field, Ty};
use crate::forms::FormId;
use crate::locale::{UiLang, tr};

/// The dialect every schema declares.
pub(crate) const DIALECT: &str = "https://json-schema.org/draft/2020-12/schema";

/// The comment every schema carries: it tells a schema tirkeme made (and
/// may write over) from a user's file.
pub(crate) const MADE_BY: &str = "made by tirkeme (tirkeme schema --all -o DIR writes it again)";

/// Every document that has a schema: its id and the groups of its fields.
/// A document that is not one of the forms (the roster) is one more line here.
pub fn documents() -> Vec<(&'static str, Vec<&'static [Field]>)> {
    let mut docs: Vec<_> = FormId::ALL
        .iter()
        .map(|f| (f.id(), vec![fields::COMMON, f.fields()]))
        .collect();
    docs.push((crate::roster::FORM, vec![crate::roster::FIELDS]));
    docs
}

/// The schema of a document (`application`, …) with descriptions in `lang`;
/// `None` for an id that is not one.
pub fn form_schema(id: &str, lang: UiLang) -> Option<Value> {
    let (id, groups) = documents().into_iter().find(|(d, _)| *d == id)?;
    let fields: Vec<&Field> = groups.iter().flat_map(|g| g.iter()).collect();
    let mut schema = object(id, &fields, lang);
    if let Value::Object(m) = &mut schema {
        let mut head = Map::new();
        head.insert("$schema".into(), json!(DIALECT));
        head.insert("$id".into(), json!(format!("{id}.schema.json")));
        head.insert("$comment".into(), json!(MADE_BY));
        head.insert(
            "title".into(),
            json!(tr(lang, Id::built(&format!("form-{id}")), &[])),
        );
        head.append(m);
        *m = head;
    }
    Some(schema)
}

fn object(form: &str, fields: &[&Field], lang: UiLang) -> Value {
    let mut props = Map::new();
    let mut required = Vec::new();
    for f in fields {
        let mut v = of_type(form, &f.ty, lang);
        if f.required {
            required.push(json!(f.key));
        } else {
            v = nullable(v);
        }
        if let Value::Object(m) = &mut v {
            // `form` lists the forms: from the registry, not the words.
            let forms = crate::forms::form_list();
            let desc = tr(lang, Id::built(&f.desc_id()), &[("forms", &forms)]);
            m.insert("description".into(), json!(desc));
        }
        props.insert(f.key.to_owned(), v);
    }
    let mut o = Map::new();
    o.insert("type".into(), json!("object"));
    o.insert("properties".into(), Value::Object(props));
    // JSON objects have no order; this keeps the keys in the order a form
    // is filled in (for a generated web form).
    o.insert(
        "x-order".into(),
        json!(fields.iter().map(|f| f.key).collect::<Vec<_>>()),
    );
    if !required.is_empty() {
        o.insert("required".into(), Value::Array(required));
    }
    o.insert("additionalProperties".into(), json!(false));
    Value::Object(o)
}

fn of_type(form: &str, ty: &Ty, lang: UiLang) -> Value {
    match ty {
        Ty::FormId => json!({ "const": form }),
        // A number or `true` where text is expected is taken as written.
        Ty::Text => json!({ "type": ["string", "number", "boolean"] }),
        Ty::Int { min, max } => json!({ "type": "integer", "minimum": min, "maximum": max }),
        Ty::Date => json!({
            "type": "string",
            "format": "date",
            "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$",
        }),
        Ty::AcademicYear => json!({
            "type": "string",
            "pattern": "^\\s*[0-9]{4}\\s*[-–]\\s*[0-9]{4}\\s*$",
        }),
        Ty::Bool => {
            let words: Vec<&str> = choices::aliases("bool").iter().map(|(w, _)| *w).collect();
            json!({ "anyOf": [{ "type": "boolean" }, { "enum": words }] })
        }
        Ty::Choice(ids) => json!({ "enum": with_aliases(ids) }),
        Ty::Country => json!({ "type": "string", "pattern": "^[A-Z]{2}$" }),
        Ty::Person(extra) => {
            let base = fields::person_base(extra);
            let fields: Vec<&Field> = base.iter().chain(extra.iter()).collect();
            let mut obj = object(form, &fields, lang);
            // A person given by position alone leaves the name to the pen.
            if fields::by_position(extra)
                && let Value::Object(m) = &mut obj
            {
                m.insert(
                    "anyOf".into(),
                    json!([{ "required": ["name"] }, { "required": ["position"] }]),
                );
            }
            json!({ "anyOf": [{ "type": "string" }, obj] })
        }
        Ty::Obj(fields) => object(form, &fields.iter().collect::<Vec<_>>(), lang),
        Ty::TextOrObj(fields) => json!({
            "anyOf": [
                { "type": "string" },
                object(form, &fields.iter().collect::<Vec<_>>(), lang),
            ]
        }),
        Ty::List(inner) => {
            let item = of_type(form, inner, lang);
            let array = json!({ "type": "array", "items": item });
            match inner {
                // One value alone is read as a list of one.
                Ty::Obj(_) | Ty::Person(_) | Ty::TextOrObj(_) => array,
                _ => json!({ "anyOf": [array, item] }),
            }
        }
        Ty::YearMap(inner) => json!({
            "type": "object",
            "propertyNames": { "pattern": "^\\s*[0-9]{4}\\s*[-–]\\s*[0-9]{4}\\s*$" },
            "additionalProperties": of_type(form, inner, lang),
        }),
    }
}

/// The ids of a choice, then the Kyrgyz and Russian words the reader takes
/// for them (in the letter case of the table; the reader ignores case).
fn with_aliases(ids: &[&'static str]) -> Vec<&'static str> {
    let mut values: Vec<&str> = ids.to_vec();
    for set in choices::SETS {
        for (word, id) in choices::aliases(set) {
            if ids.contains(id) && !values.contains(word) {
                values.push(word);
            }
        }
    }
    values
}

/// The same schema, also allowing `null` (an optional key left empty).
fn nullable(mut v: Value) -> Value {
    let Value::Object(m) = &mut v else {
        return v;
    };
    if let Some(t) = m.get_mut("type") {
        match t {
            Value::String(s) => *t = json!([s.clone(), "null"]),
            Value::Array(a) => a.push(json!("null")),
            _ => {}
        }
    } else if let Some(Value::Array(a)) = m.get_mut("anyOf") {
        a.push(json!({ "type": "null" }));
    } else if let Some(Value::Array(a)) = m.get_mut("enum") {
        a.push(Value::Null);
    } else {
        return json!({ "anyOf": [v, { "type": "null" }] });
    }
    v
}
