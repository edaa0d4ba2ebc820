//! The JSON Schema of each form, from which the pages are generated: the
//! library's own (`tirkeme::schema`, made from the same field descriptions
//! as the reader), so a field added to a form appears in the page too.

use serde_json::Value;
use tirkeme::locale::UiLang;

/// The schema of a form, with descriptions in `ui`.
pub(crate) fn form_schema(form: &str, ui: UiLang) -> Option<Value> {
    tirkeme::schema::form_schema(form, ui)
}

/// The schema as JSON text with every object's properties in the order its
/// `x-order` gives: the page lays fields out in the text's order (a parsed
/// map would sort the keys).
pub(crate) fn form_schema_text(form: &str, ui: UiLang) -> Option<String> {
    let schema = form_schema(form, ui)?;
    let mut out = String::new();
    write_ordered(&schema, None, &mut out);
    Some(out)
}

fn write_ordered(v: &Value, order: Option<&Value>, out: &mut String) {
    let Value::Object(map) = v else {
        out.push_str(&v.to_string());
        return;
    };
    let mut keys: Vec<&String> = Vec::new();
    if let Some(Value::Array(names)) = order {
        keys.extend(
            names
                .iter()
                .filter_map(Value::as_str)
                .filter_map(|n| map.get_key_value(n).map(|(k, _)| k)),
        );
    }
    keys.extend(map.keys().filter(|k| !keys.contains(k)).collect::<Vec<_>>());
    out.push('{');
    for (i, k) in keys.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str(&Value::String((*k).clone()).to_string());
        out.push(':');
        let child_order = (k.as_str() == "properties")
            .then(|| map.get("x-order"))
            .flatten();
        write_ordered(&map[k.as_str()], child_order, out);
    }
    out.push('}');
}
