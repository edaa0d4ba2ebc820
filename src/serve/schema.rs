//! The JSON Schema of each form, from which the pages are generated.
//!
//! Interim: hand-written schemas of two forms, until the library's own
//! `schema::form_schema` (generated from the field descriptions) lands.

use serde_json::Value;
use tirkeme::locale::UiLang;

/// The schema of a form, with descriptions in `ui`.
pub(crate) fn form_schema(form: &str, _ui: UiLang) -> Option<Value> {
    let text = match form {
        "application" => include_str!("interim/application.schema.json"),
        "annual-plan" => include_str!("interim/annual-plan.schema.json"),
        _ => return None,
    };
    serde_json::from_str(text).ok()
}
