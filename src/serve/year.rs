//! The department's year in the browser (SPEC §13), over the folder
//! served: the next meeting's minutes drafted (`POST
//! /api/draft/minutes?number=&date=`, the YAML as `tirkeme draft minutes`
//! writes it) and the annual plans' execution (`GET /api/execution?on=`,
//! the lines and totals as `tirkeme execution --format json` gives them,
//! and the short summary the home page shows). Both are the library's own
//! work (`tirkeme::year`); this file only carries it over HTTP.

use std::sync::Arc;

use axum::extract::State;
use axum::http::header::{self, HeaderMap};
use axum::http::{StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use chrono::NaiveDate;
use serde_json::json;
use tirkeme::locale::{UiLang, id, tr};
use tirkeme::year::{Folder, execution};

use super::App;
use super::api::error;
use super::guard::ui_lang;

/// A query parameter's value, percent-decoded.
fn param(uri: &Uri, key: &str) -> Option<String> {
    super::guard::query_param(uri, key)
}

/// `2026-06-15` or `15.06.2026`.
fn date(text: &str) -> Option<NaiveDate> {
    let t = text.trim();
    NaiveDate::parse_from_str(t, "%Y-%m-%d")
        .or_else(|_| NaiveDate::parse_from_str(t, "%d.%m.%Y"))
        .ok()
}

/// The folder served, read on a blocking thread.
async fn folder(app: &Arc<App>) -> Option<Folder> {
    let dir = app.dir.path().to_owned();
    tokio::task::spawn_blocking(move || Folder::read(&dir).ok())
        .await
        .ok()
        .flatten()
}

/// `POST /api/draft/minutes?number=&date=`: the drafted minutes' YAML
/// (`text/yaml`), 422 when nothing waits for a decision, 400 for a missing
/// number or a date that cannot be read.
pub(crate) async fn draft_minutes(
    State(app): State<Arc<App>>,
    headers: HeaderMap,
    uri: Uri,
) -> Response {
    let ui = ui_lang(&headers, &uri);
    let number = param(&uri, "number").unwrap_or_default();
    let date_text = param(&uri, "date").unwrap_or_default();
    let Some(day) = date(&date_text) else {
        return error(
            StatusCode::BAD_REQUEST,
            tr(ui, id::DRAFT_MINUTES_BAD_DATE, &[("found", &date_text)]),
        );
    };
    if number.trim().is_empty() {
        return error(
            StatusCode::BAD_REQUEST,
            tr(ui, id::SERVE_MINUTES_NUMBER, &[]),
        );
    }
    let Some(folder) = folder(&app).await else {
        return error(
            StatusCode::INTERNAL_SERVER_ERROR,
            tr(ui, id::SERVE_FOLDER_UNREADABLE, &[]),
        );
    };
    match tirkeme::year::draft::minutes(&folder, &number, day) {
        Ok(Some(yaml)) => {
            ([(header::CONTENT_TYPE, "text/yaml; charset=utf-8")], yaml).into_response()
        }
        Ok(None) => error(
            StatusCode::UNPROCESSABLE_ENTITY,
            tr(ui, id::DRAFT_MINUTES_NOTHING, &[("path", ".")]),
        ),
        Err(e) => error(StatusCode::INTERNAL_SERVER_ERROR, e.to_string()),
    }
}

/// `GET /api/execution?on=`: `{on, lines: [...], departments: [{department,
/// totals}], total, summary}` for the folder served; `on` defaults to today.
pub(crate) async fn execution_json(
    State(app): State<Arc<App>>,
    headers: HeaderMap,
    uri: Uri,
) -> Response {
    let ui = ui_lang(&headers, &uri);
    let on = match param(&uri, "on") {
        None => chrono::Local::now().date_naive(),
        Some(t) => match date(&t) {
            Some(d) => d,
            None => {
                return error(
                    StatusCode::BAD_REQUEST,
                    tr(ui, id::DRAFT_MINUTES_BAD_DATE, &[("found", &t)]),
                );
            }
        },
    };
    let Some(folder) = folder(&app).await else {
        return error(
            StatusCode::INTERNAL_SERVER_ERROR,
            tr(ui, id::SERVE_FOLDER_UNREADABLE, &[]),
        );
    };
    let e = execution::execution(std::slice::from_ref(&folder), None, on);
    let departments: Vec<_> = e
        .departments
        .iter()
        .map(|(d, t)| json!({ "department": d, "totals": t }))
        .collect();
    axum::Json(json!({
        "on": on,
        "lines": e.lines,
        "departments": departments,
        "total": e.total,
        "summary": summary(ui, &e),
    }))
    .into_response()
}

/// The execution's totals in a sentence of the tool's language, or `None`
/// when the folder holds no annual plan.
pub(crate) fn summary(ui: UiLang, e: &execution::Execution) -> Option<String> {
    (!e.departments.is_empty()).then(|| e.summary_line(ui))
}

/// The home page's section on the plan's execution today (empty when the
/// folder holds no annual plan): the totals, and a line per row not done.
pub(crate) async fn home_section(app: &Arc<App>, ui: UiLang) -> String {
    let Some(folder) = folder(app).await else {
        return String::new();
    };
    let today = chrono::Local::now().date_naive();
    let e = execution::execution(std::slice::from_ref(&folder), None, today);
    let Some(total) = summary(ui, &e) else {
        return String::new();
    };
    let esc = |s: &str| {
        s.replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
            .replace('"', "&quot;")
    };
    let mut html = format!(
        "<section id=\"execution\"><h2>{}</h2><p>{}</p>",
        esc(&tr(
            ui,
            id::SERVE_EXECUTION,
            &[("date", &today.format("%d.%m.%Y").to_string())]
        )),
        esc(&total)
    );
    let behind: Vec<_> = e
        .lines
        .iter()
        .filter(|l| l.state != execution::State::Done)
        .collect();
    if !behind.is_empty() {
        html += "<ul class=\"execution\">";
        for l in behind {
            html += &format!(
                "<li data-state=\"{}\">{} — {}</li>",
                l.state.as_str(),
                esc(&l.teacher),
                esc(&e.state_words(ui, l))
            );
        }
        html += "</ul>";
    }
    html += "</section>";
    html
}
