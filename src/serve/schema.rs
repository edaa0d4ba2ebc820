//! The JSON Schema of each form (`GET /api/schema/FORM`, for editors and
//! scripts): the library's own (`tirkeme::schema`, made from the same field
//! descriptions as the reader). The pages themselves are built from the
//! page's view of the same fields (`tirkeme::present`), in the reader's
//! words rather than the YAML's.

use serde_json::Value;
use tirkeme::locale::UiLang;

/// The schema of a form, with descriptions in `ui`.
pub(crate) fn form_schema(form: &str, ui: UiLang) -> Option<Value> {
    tirkeme::schema::form_schema(form, ui)
}
