//! The routes: the pages, the assets and the API of SPEC 9 (plus `parse` and
//! `package`, which the pages use to fill a form and to download a plan's
//! package). Every body is capped at the input limit (413); every render
//! goes through the pool (503 with `Retry-After` when it is full).

use std::sync::Arc;
use tirkeme::locale::{Id, id};

use axum::Router;
use axum::body::Bytes;
use axum::extract::{DefaultBodyLimit, Path, State};
use axum::http::StatusCode;
use axum::http::header::{self};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use serde_json::{Value, json};
use tirkeme::finding::Finding;
use tirkeme::forms::FormId;
use tirkeme::locale::{Lang, UiLang, tr};
use tirkeme::pipeline::{self, Checked, RenderOptions};
use tirkeme::yaml::{self, MAX_INPUT_BYTES, Node};

use super::extract::{FormLang, Ui};
use super::guard;
use super::pool::Busy;
use super::{App, assets, department, documents, pages, schema};

/// Every route, behind the guard.
pub(crate) fn router(app: Arc<App>) -> Router {
    Router::new()
        .route("/", get(pages::index))
        .route("/form/{form}", get(pages::form))
        .route("/edit/{name}", get(pages::edit))
        .route("/assets/{file}", get(assets::serve))
        .route("/api/forms", get(forms))
        .route("/api/schema/{form}", get(form_schema))
        .route("/api/check", post(department::check))
        .route("/api/import", post(department::import_sheet))
        .route("/api/draft/{plan}", post(department::draft))
        .route("/api/standing.pdf", get(department::standing_pdf))
        .route("/api/render", post(render))
        .route("/api/extract", post(extract))
        .route("/api/parse", post(parse))
        .route("/api/package", post(package))
        .route("/api/documents", get(documents::list))
        .route(
            "/api/documents/{name}",
            get(documents::read)
                .put(documents::save)
                .delete(documents::delete),
        )
        .route("/api/documents/{name}/versions", get(documents::versions))
        .route(
            "/api/documents/{name}/versions/{id}",
            get(documents::version),
        )
        .route("/api/status", get(status))
        .route("/api/draft/minutes", post(super::year::draft_minutes))
        .route("/api/execution", get(super::year::execution_json))
        .route("/api/execution.pdf", get(super::year::execution_pdf))
        .route("/api/execution.csv", get(super::year::execution_csv))
        .layer(DefaultBodyLimit::max(MAX_INPUT_BYTES))
        .layer(axum::middleware::from_fn_with_state(
            app.clone(),
            guard::guard,
        ))
        .with_state(app)
}

/// A JSON error `{"error": message}` with a status.
pub(crate) fn error(status: StatusCode, message: String) -> Response {
    (status, axum::Json(json!({ "error": message }))).into_response()
}

fn busy(ui: UiLang) -> Response {
    Busy::response(ui)
}

/// One finding with the keys of `check --format json`, less `file`.
fn finding_json(f: &Finding, ui: UiLang) -> Value {
    tirkeme::diagnostics::json_value(f, ui)
}

fn findings_json(c: &Checked, ui: UiLang) -> Value {
    json!({ "findings": c.findings.iter().map(|f| finding_json(f, ui)).collect::<Vec<_>>() })
}

/// `GET /api/forms`.
async fn forms() -> Response {
    let list: Vec<Value> = FormId::ALL
        .iter()
        .map(|f| {
            json!({
                "id": f.id(),
                "appendix": f.appendix(),
                "titles": {
                    "ky": tr(Lang::Ky, Id::built(&format!("form-{}", f.id())), &[]),
                    "ru": tr(Lang::Ru, Id::built(&format!("form-{}", f.id())), &[]),
                },
            })
        })
        .collect();
    axum::Json(list).into_response()
}

/// `GET /api/schema/FORM`.
async fn form_schema(Ui(ui): Ui, Path(form): Path<String>) -> Response {
    match schema::form_schema(&form, ui) {
        Some(s) => axum::Json(s).into_response(),
        None => error(
            StatusCode::NOT_FOUND,
            tr(ui, id::SERVE_NO_FORM, &[("form", &form)]),
        ),
    }
}

/// What a render came to.
enum Rendered {
    Pdf(Vec<u8>, String),
    Invalid(Value),
    Failed(String),
}

/// Checks and renders on the calling (pool) thread.
fn render_now(bytes: Vec<u8>, lang: Option<Lang>, ui: UiLang, opts: RenderOptions) -> Rendered {
    let checked = pipeline::check("document.yaml", bytes, lang);
    if let Some(roster) = checked.roster().filter(|_| checked.ok()) {
        return roster_now(roster, lang, ui);
    }
    let Some(doc) = checked.doc().filter(|_| checked.ok()) else {
        return Rendered::Invalid(findings_json(&checked, ui));
    };
    let name = format!("{}.{}.pdf", doc.common.form.id(), doc.common.lang.code());
    match pipeline::render(doc, &checked.bytes, opts) {
        Ok(pdf) => {
            // Typst's warnings go to the server's log, as in `render`.
            crate::report::template_findings(ui, &pdf.warnings);
            Rendered::Pdf(pdf.bytes, name)
        }
        Err(e) => Rendered::Failed(e.to_string()),
    }
}

/// A roster prints as its standing today (the page `tirkeme status --pdf`
/// makes), in its own language unless `lang` asks for another.
fn roster_now(roster: &tirkeme::roster::Roster, lang: Option<Lang>, ui: UiLang) -> Rendered {
    let mut roster = roster.clone();
    if let Some(lang) = lang {
        roster.lang = lang;
    }
    let today = chrono::Local::now().date_naive();
    let standing = tirkeme::roster::status(&roster, today);
    match tirkeme::roster::view::render(&roster, today, &standing) {
        Ok(pdf) => {
            crate::report::template_findings(ui, &pdf.warnings);
            Rendered::Pdf(pdf.bytes, format!("roster.{}.pdf", roster.lang.code()))
        }
        Err(e) => Rendered::Failed(e.to_string()),
    }
}

/// `POST /api/render?lang=ky|ru`: the PDF, or 422 with the findings.
async fn render(
    Ui(ui): Ui,
    State(app): State<Arc<App>>,
    FormLang(lang): FormLang,
    body: Bytes,
) -> Response {
    let bytes = body.to_vec();
    let opts = app.pdf;
    match app
        .pool
        .run_for(bytes.len(), move || render_now(bytes, lang, ui, opts))
        .await
    {
        Err(Busy) => busy(ui),
        Ok(Rendered::Pdf(pdf, name)) => (
            [
                (header::CONTENT_TYPE, "application/pdf".to_owned()),
                (
                    header::CONTENT_DISPOSITION,
                    format!("inline; filename=\"{name}\""),
                ),
            ],
            pdf,
        )
            .into_response(),
        Ok(Rendered::Invalid(findings)) => {
            (StatusCode::UNPROCESSABLE_ENTITY, axum::Json(findings)).into_response()
        }
        Ok(Rendered::Failed(detail)) => error(
            StatusCode::INTERNAL_SERVER_ERROR,
            tr(ui, id::SERVE_RENDER_FAILED, &[("detail", &detail)]),
        ),
    }
}

/// `POST /api/extract`: the YAML a tirkeme PDF carries, or 422.
async fn extract(Ui(ui): Ui, State(app): State<Arc<App>>, body: Bytes) -> Response {
    match app
        .pool
        .run_for(body.len(), move || {
            tirkeme::attachment::embedded_source(&body)
        })
        .await
    {
        Err(Busy) => busy(ui),
        Ok(Ok(yaml)) => yaml_response(yaml),
        Ok(Err(_)) => error(
            StatusCode::UNPROCESSABLE_ENTITY,
            tr(ui, id::SERVE_EXTRACT_NONE, &[]),
        ),
    }
}

/// YAML bytes as an answer.
pub(crate) fn yaml_response(bytes: Vec<u8>) -> Response {
    (
        [(header::CONTENT_TYPE, "application/yaml; charset=utf-8")],
        bytes,
    )
        .into_response()
}

/// A YAML node as plain JSON, for the page to fill its fields, every value
/// as written in `src` (SPEC 10): a plain scalar is a JSON number, boolean
/// or null only when that is exactly how it was written (`72`, `true`,
/// `0.5`, `null`); anything YAML would read differently from its letters
/// (`0012345`, `NO`, `1.10`, `+72`, `0x1F`, `1e3`) is the text as written,
/// so the page shows it and saves it back unchanged.
pub(crate) fn node_json(node: &Node, src: &str) -> Value {
    let typed = |canonical: String, value: Value| match node.written(src) {
        Some(w) if w != canonical => Value::String(w.to_owned()),
        _ => value,
    };
    match &node.value {
        yaml::Value::Null => match node.written(src) {
            // `~`, `null` or nothing: null; `Null`, `NULL` are null too.
            Some(w) if !matches!(w, "~" | "null" | "Null" | "NULL") => Value::String(w.to_owned()),
            _ => Value::Null,
        },
        yaml::Value::Bool(b) => typed(b.to_string(), json!(b)),
        yaml::Value::Int(i) => typed(i.to_string(), json!(i)),
        yaml::Value::Float(f) => {
            // serde_json writes a float as Rust does (`0.5`, `2.0`, `1e-7`).
            let v = json!(f);
            typed(v.to_string(), v)
        }
        yaml::Value::Str(s) => json!(s),
        yaml::Value::Seq(items) => Value::Array(items.iter().map(|n| node_json(n, src)).collect()),
        yaml::Value::Map(entries) => Value::Object(
            entries
                .iter()
                .map(|(k, v)| {
                    let key = k
                        .written(src)
                        .map(str::to_owned)
                        .or_else(|| k.value.scalar_text())
                        .unwrap_or_default();
                    (key, node_json(v, src))
                })
                .collect(),
        ),
    }
}

/// `POST /api/parse`: a YAML body as JSON (`{"form", "data"}`), or 422 with
/// the findings when it cannot be read. In the pool: parsing 4 MiB is work.
async fn parse(Ui(ui): Ui, State(app): State<Arc<App>>, body: Bytes) -> Response {
    match app
        .pool
        .bounded_for(ui, body.len(), move || parse_now(&body, ui))
        .await
    {
        Ok(res) | Err(res) => res,
    }
}

fn parse_now(body: &[u8], ui: UiLang) -> Response {
    let unreadable = || {
        let checked = pipeline::check("document.yaml", body.to_vec(), None);
        (
            StatusCode::UNPROCESSABLE_ENTITY,
            axum::Json(findings_json(&checked, ui)),
        )
            .into_response()
    };
    let Ok(text) = pipeline::decode(body) else {
        return unreadable();
    };
    match yaml::parse(&text) {
        Ok(root) => {
            let data = node_json(&root, &text);
            let form = data.get("form").and_then(Value::as_str).map(str::to_owned);
            axum::Json(json!({ "form": form, "data": data })).into_response()
        }
        Err(_) => unreadable(),
    }
}

/// `POST /api/package?lang=`: an annual plan's package (the plan and every
/// application it implies, PDF and YAML) as one ZIP.
async fn package(
    Ui(ui): Ui,
    State(app): State<Arc<App>>,
    FormLang(lang): FormLang,
    body: Bytes,
) -> Response {
    let bytes = body.to_vec();
    let opts = app.pdf;
    match app
        .pool
        .run_long(move || super::package::zip(bytes, lang, ui, opts))
        .await
    {
        Err(Busy) => busy(ui),
        Ok(Ok((zip, name))) => (
            [
                (header::CONTENT_TYPE, "application/zip".to_owned()),
                (
                    header::CONTENT_DISPOSITION,
                    format!("attachment; filename=\"{name}\""),
                ),
            ],
            zip,
        )
            .into_response(),
        Ok(Err(super::package::Refused::Invalid(findings))) => {
            (StatusCode::UNPROCESSABLE_ENTITY, axum::Json(findings)).into_response()
        }
        Ok(Err(super::package::Refused::Other(message))) => {
            error(StatusCode::UNPROCESSABLE_ENTITY, message)
        }
    }
}

/// `GET /api/status`: the roster's standing, 404 without a roster.
async fn status(Ui(ui): Ui, State(app): State<Arc<App>>) -> Response {
    let app2 = app.clone();
    let standing = tokio::task::spawn_blocking(move || super::roster::standing(&app2.dir))
        .await
        .ok()
        .flatten();
    match standing {
        Some(rows) => axum::Json(rows).into_response(),
        None => error(StatusCode::NOT_FOUND, tr(ui, id::SERVE_NO_ROSTER, &[])),
    }
}
