//! The JSON Schema of each form, from which the pages are generated.
//!
//! Interim: hand-written schemas of two forms, until the library's own
//! `schema::form_schema` (generated from the field descriptions) lands.

use serde_json::Value;
use tirkeme::locale::UiLang;

/// The schema of a form, with descriptions in `ui`.
pub(crate) fn form_schema(form: &str, ui: UiLang) -> Option<Value> {
    serde_json::from_str(form_schema_text(form, ui)?).ok()
}

/// The schema's text as written: the page lays fields out in this order
/// (a parsed map would sort the keys).
pub(crate) fn form_schema_text(form: &str, _ui: UiLang) -> Option<&'static str> {
    match form {
        "application" => Some(include_str!("interim/application.schema.json")),
        "annual-plan" => Some(include_str!("interim/annual-plan.schema.json")),
        _ => None,
    }
}
