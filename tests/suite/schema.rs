//! The editor schema agrees with the reader: every example and every file
//! `new` prints is valid against its form's schema, and an input the reader
//! refuses for an unknown key, a value of the wrong type or a missing key is
//! refused by the schema too.
//!
//! The `jsonschema` crate would change the features of crates Typst shares
//! and rebuild Typst for the tests, so the schemas are checked here by a
//! small validator of the keywords they use (every one but `pattern` and
//! `format`, which the wrong values below do not rely on).

use crate::common::{FORMS, tirkeme, tmp};
use serde_json::{Value, json};
use tirkeme::fields::{Field, Ty};
use tirkeme::finding::has_errors;
use tirkeme::forms::FormId;
use tirkeme::locale::{Lang, UiLang};
use tirkeme::schema::form_schema;

/// A schema, checked against data.
struct Validator(Value);

impl Validator {
    fn is_valid(&self, data: &Value) -> bool {
        errors(self, data).is_empty()
    }
}

fn validator(form: &str) -> Validator {
    Validator(form_schema(form, UiLang::En).unwrap())
}

const KNOWN: &[&str] = &[
    "$schema",
    "$comment",
    "$id",
    "title",
    "description",
    "x-order",
    "type",
    "const",
    "enum",
    "anyOf",
    "properties",
    "required",
    "additionalProperties",
    "items",
    "minimum",
    "maximum",
    "pattern",
    "format",
    "propertyNames",
];

fn type_ok(t: &str, d: &Value) -> bool {
    match t {
        "string" => d.is_string(),
        "number" => d.is_number(),
        "integer" => d.is_i64() || d.is_u64(),
        "boolean" => d.is_boolean(),
        "null" => d.is_null(),
        "object" => d.is_object(),
        "array" => d.is_array(),
        _ => panic!("unknown type {t}"),
    }
}

fn check(s: &Value, d: &Value, at: &str, out: &mut Vec<String>) {
    let s = s.as_object().unwrap();
    for k in s.keys() {
        assert!(
            KNOWN.contains(&k.as_str()),
            "keyword `{k}` not checked here"
        );
    }
    if let Some(t) = s.get("type") {
        let ok = match t {
            Value::String(t) => type_ok(t, d),
            Value::Array(ts) => ts.iter().any(|t| type_ok(t.as_str().unwrap(), d)),
            _ => false,
        };
        if !ok {
            out.push(format!("{at}: not {t}"));
            return;
        }
    }
    if let Some(c) = s.get("const")
        && c != d
    {
        out.push(format!("{at}: not {c}"));
    }
    if let Some(Value::Array(e)) = s.get("enum")
        && !e.contains(d)
    {
        out.push(format!("{at}: {d} not in {e:?}"));
    }
    if let Some(Value::Array(any)) = s.get("anyOf")
        && !any.iter().any(|a| {
            let mut e = Vec::new();
            check(a, d, at, &mut e);
            e.is_empty()
        })
    {
        out.push(format!("{at}: none of anyOf"));
    }
    if let (Some(n), Some(min)) = (d.as_i64(), s.get("minimum").and_then(Value::as_i64))
        && n < min
    {
        out.push(format!("{at}: below {min}"));
    }
    if let (Some(n), Some(max)) = (d.as_i64(), s.get("maximum").and_then(Value::as_i64))
        && n > max
    {
        out.push(format!("{at}: above {max}"));
    }
    if let (Some(items), Value::Array(a)) = (s.get("items"), d) {
        for (i, x) in a.iter().enumerate() {
            check(items, x, &format!("{at}/{i}"), out);
        }
    }
    if let Value::Object(o) = d {
        let props = s.get("properties").and_then(Value::as_object);
        if let Some(Value::Array(req)) = s.get("required") {
            for r in req {
                if !o.contains_key(r.as_str().unwrap()) {
                    out.push(format!("{at}: no {r}"));
                }
            }
        }
        for (k, v) in o {
            match (props.and_then(|p| p.get(k)), s.get("additionalProperties")) {
                (Some(p), _) => check(p, v, &format!("{at}/{k}"), out),
                (None, Some(Value::Bool(false))) => out.push(format!("{at}: `{k}` not allowed")),
                (None, Some(extra)) if extra.is_object() => {
                    check(extra, v, &format!("{at}/{k}"), out)
                }
                _ => {}
            }
        }
    }
}

/// YAML as an editor's YAML server sees it: its data as JSON.
fn data(yaml: &str) -> Value {
    serde_saphyr::from_str::<Value>(yaml).unwrap()
}

fn errors(v: &Validator, data: &Value) -> Vec<String> {
    let mut out = Vec::new();
    check(&v.0, data, "", &mut out);
    out
}

/// Whether the reader refuses an input (JSON is YAML too).
fn reader_refuses(input: &Value) -> bool {
    let text = serde_json::to_string(input).unwrap();
    let checked = tirkeme::pipeline::check("x.yaml", text.into_bytes(), None);
    (checked.read.is_none()) || has_errors(&checked.findings)
}

#[test]
fn every_example_is_valid() {
    for form in FormId::ALL {
        let v = validator(form.id());
        for lang in Lang::ALL {
            let d = data(form.example(lang));
            let e = errors(&v, &d);
            assert!(e.is_empty(), "{} ({lang:?}): {e:?}", form.id());
        }
    }
}

#[test]
fn the_roster_is_valid_and_its_mistakes_are_not() {
    let v = validator("roster");
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/roster/roster.yaml"
    ))
    .unwrap();
    let base = data(&text);
    let e = errors(&v, &base);
    assert!(e.is_empty(), "{e:?}");
    let mut bad = base.clone();
    bad["teachers"][0]["history"][0]["kind"] = json!("holiday");
    assert!(reader_refuses(&bad) && !v.is_valid(&bad));
    let mut bad = base;
    bad["teachers"][0]["colour"] = json!("blue");
    assert!(reader_refuses(&bad) && !v.is_valid(&bad));
}

#[test]
fn choices_take_their_kyrgyz_and_russian_words() {
    let s = form_schema("annual-plan", UiLang::En).unwrap();
    let kinds = &s["properties"]["teachers"]["items"]["properties"]["kind"]["enum"];
    for word in ["course", "курстар", "курсы", "стажировка"] {
        assert!(
            kinds.as_array().unwrap().contains(&json!(word)),
            "{word}: {kinds}"
        );
    }
}

#[test]
fn every_new_file_is_valid_and_points_to_its_schema() {
    let dir = tmp("schema-new");
    for form in FORMS {
        for lang in ["ky", "ru"] {
            let out = dir.join(format!("{form}.{lang}.yaml"));
            let o = tirkeme()
                .args(["new", form, "--lang", lang, "--schema-dir"])
                .arg(dir.join("schemas"))
                .arg("-o")
                .arg(&out)
                .output()
                .unwrap();
            assert!(o.status.success(), "{form}: {o:?}");
            let text = std::fs::read_to_string(&out).unwrap();
            let first = text.lines().next().unwrap();
            assert_eq!(
                first,
                format!("# yaml-language-server: $schema=schemas/{form}.schema.json")
            );
            let written: Value = serde_json::from_slice(
                &std::fs::read(dir.join(format!("schemas/{form}.schema.json"))).unwrap(),
            )
            .unwrap();
            let ui = if lang == "ky" { UiLang::Ky } else { UiLang::Ru };
            assert_eq!(written, form_schema(form, ui).unwrap(), "{form} ({lang})");
            let v = Validator(written);
            let e = errors(&v, &data(&text));
            assert!(e.is_empty(), "{form} ({lang}): {e:?}");
        }
    }
}

#[test]
fn schema_command_prints_one_and_writes_all() {
    let o = tirkeme()
        .args(["schema", "application", "--lang", "ru"])
        .output()
        .unwrap();
    assert!(o.status.success(), "{o:?}");
    let s: Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(s["$schema"], "https://json-schema.org/draft/2020-12/schema");
    assert_eq!(s["properties"]["form"]["const"], "application");
    assert_eq!(
        s["properties"]["end"]["description"],
        "последний день (ГГГГ-ММ-ДД)"
    );
    assert_eq!(s["x-order"][0], "form");

    let dir = tmp("schema-all");
    let o = tirkeme()
        .args(["schema", "--all", "-o"])
        .arg(&dir)
        .output()
        .unwrap();
    assert!(o.status.success(), "{o:?}");
    for form in FORMS.iter().chain(&["roster"]) {
        assert!(dir.join(format!("{form}.schema.json")).is_file(), "{form}");
    }
    let o = tirkeme().args(["schema", "aplication"]).output().unwrap();
    assert_eq!(o.status.code(), Some(2), "{o:?}");
}

/// A value of the wrong type for a field, or `None` where none is needed.
fn wrong(ty: &Ty) -> Option<Value> {
    Some(match ty {
        Ty::FormId => return None,
        Ty::Text => json!({ "a": 1 }),
        Ty::Int { max, .. } => json!(max + 1),
        Ty::Date | Ty::AcademicYear => json!([2025]),
        Ty::Bool => json!("perhaps"),
        Ty::Choice(_) => json!("bogus"),
        Ty::Country => json!(["KG"]),
        Ty::Person(_) | Ty::TextOrObj(_) => json!([[1]]),
        Ty::Obj(_) | Ty::YearMap(_) => json!("text"),
        Ty::List(inner) => match inner {
            Ty::Obj(_) => json!("text"),
            inner => json!([wrong(inner)?]),
        },
    })
}

#[test]
fn what_the_reader_refuses_the_schema_refuses() {
    let mut cases = 0;
    for form in FormId::ALL {
        let v = validator(form.id());
        let base = data(form.example(Lang::Ky));
        let mut refused = |input: Value, what: &str| {
            assert!(
                reader_refuses(&input),
                "{}: the reader takes {what}",
                form.id()
            );
            assert!(
                !v.is_valid(&input),
                "{}: the schema takes {what}",
                form.id()
            );
            cases += 1;
        };
        let mut unknown = base.clone();
        unknown["colour"] = json!("blue");
        refused(unknown, "an unknown key");
        let fields: Vec<&Field> = tirkeme::fields::COMMON
            .iter()
            .chain(form.fields())
            .collect();
        for f in fields {
            if f.required && f.key != "form" {
                let mut missing = base.clone();
                missing.as_object_mut().unwrap().remove(f.key);
                refused(missing, &format!("a missing `{}`", f.key));
            }
            if let Some(w) = wrong(&f.ty) {
                let mut typed = base.clone();
                typed[f.key] = w.clone();
                refused(typed, &format!("`{}: {w}`", f.key));
            }
            if let Ty::Person(_) | Ty::Obj(_) = f.ty {
                let mut nested = base.clone();
                nested[f.key] = json!({ "name": "Асанов Бакыт", "colour": "blue" });
                refused(nested, &format!("an unknown key under `{}`", f.key));
            }
        }
    }
    assert!(cases > 80, "only {cases} cases");
}
