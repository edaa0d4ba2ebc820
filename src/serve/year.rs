//! The department's year in the browser (SPEC §13), over the folder
//! served: the next meeting's minutes drafted (`POST
//! /api/draft/minutes?number=&date=`, the YAML as `tirkeme draft minutes`
//! writes it) and the annual plans' execution (`GET /api/execution?on=`,
//! the lines and totals as `tirkeme execution --format json` gives them,
//! and the short summary the home page shows). Both are the library's own
//! work (`tirkeme::year`); this file only carries it over HTTP.

use std::sync::Arc;

use axum::extract::State;
use axum::http::header;
use axum::http::{StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use chrono::NaiveDate;
use serde_json::json;
use tirkeme::locale::{UiLang, id, tr};
use tirkeme::year::{Folder, execution};

use super::App;
use super::api::error;
use super::extract::Ui;

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

/// The academic year shown: `?year=2025-2026` when given and read, else
/// the folder's latest annual plan's (last year's plan, kept in the folder,
/// does not mix with this one's).
fn year_of(uri: Option<&Uri>, folder: &Folder) -> Option<i32> {
    uri.and_then(|u| param(u, "year"))
        .and_then(|t| {
            let (a, b) = t.trim().split_once('-')?;
            let (a, b): (i32, i32) = (a.trim().parse().ok()?, b.trim().parse().ok()?);
            (b == a + 1).then_some(a)
        })
        .or_else(|| execution::latest_year(std::slice::from_ref(folder)))
}

/// The folder served, read on a blocking thread.
async fn folder(app: &Arc<App>) -> Option<Folder> {
    let dir = app.dir.path().to_owned();
    tokio::task::spawn_blocking(move || Folder::read(&dir).ok())
        .await
        .ok()
        .flatten()
}

/// `POST /api/draft/minutes?number=&date=`: the drafted minutes as the
/// page opens a draft (`{yaml, data}`, as the plans' drafts), 422 when
/// nothing waits for a decision, 400 for a missing number or a date that
/// cannot be read.
pub(crate) async fn draft_minutes(Ui(ui): Ui, State(app): State<Arc<App>>, uri: Uri) -> Response {
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
        Ok(Some(yaml)) => axum::Json(super::department::yaml_and_data(&yaml)).into_response(),
        Ok(None) => error(
            StatusCode::UNPROCESSABLE_ENTITY,
            tr(ui, id::SERVE_MINUTES_NOTHING, &[]),
        ),
        Err(e) => error(StatusCode::INTERNAL_SERVER_ERROR, e.to_string()),
    }
}

/// The `on=` of a query (today without one), or the answer to a date
/// that cannot be read.
fn on_date(uri: &Uri, ui: UiLang) -> Result<NaiveDate, Box<Response>> {
    match param(uri, "on").filter(|t| !t.trim().is_empty()) {
        None => Ok(chrono::Local::now().date_naive()),
        Some(t) => date(&t).ok_or_else(|| {
            Box::new(error(
                StatusCode::BAD_REQUEST,
                tr(ui, id::DRAFT_MINUTES_BAD_DATE, &[("found", &t)]),
            ))
        }),
    }
}

/// `GET /api/execution.pdf?on=` (and `/api/execution.csv?on=`): the printed
/// execution (`tirkeme execution --pdf`) or its table for a spreadsheet
/// (`--format csv`), as a download named after the date.
pub(crate) async fn execution_pdf(Ui(ui): Ui, State(app): State<Arc<App>>, uri: Uri) -> Response {
    execution_file(app, ui, &uri, true).await
}

/// `GET /api/execution.csv?on=`: see [`execution_pdf`].
pub(crate) async fn execution_csv(Ui(ui): Ui, State(app): State<Arc<App>>, uri: Uri) -> Response {
    execution_file(app, ui, &uri, false).await
}

async fn execution_file(app: Arc<App>, ui: UiLang, uri: &Uri, pdf: bool) -> Response {
    let on = match on_date(uri, ui) {
        Ok(d) => d,
        Err(res) => return *res,
    };
    let Some(folder) = folder(&app).await else {
        return error(
            StatusCode::INTERNAL_SERVER_ERROR,
            tr(ui, id::SERVE_FOLDER_UNREADABLE, &[]),
        );
    };
    let e = execution::execution(
        std::slice::from_ref(&folder),
        year_of(Some(uri), &folder),
        on,
    );
    if e.departments.is_empty() {
        return error(
            StatusCode::NOT_FOUND,
            tr(ui, id::EXECUTION_NO_PLANS, &[("paths", ".")]),
        );
    }
    let (bytes, kind, ext) = if pdf {
        match app.pool.run_for(0, move || e.render()).await {
            Err(_) => return super::pool::Busy::response(ui),
            Ok(Err(err)) => {
                return error(
                    StatusCode::INTERNAL_SERVER_ERROR,
                    tr(ui, id::SERVE_RENDER_FAILED, &[("detail", &err.to_string())]),
                );
            }
            Ok(Ok(made)) => (made.bytes, "application/pdf", "pdf"),
        }
    } else {
        (e.csv(), "text/csv; charset=utf-8", "csv")
    };
    (
        [
            (header::CONTENT_TYPE, kind.to_owned()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"execution-{on}.{ext}\""),
            ),
        ],
        bytes,
    )
        .into_response()
}

/// `GET /api/execution?on=`: `{on, lines: [...], copies: [{copy, plan}],
/// differing: [{plan, other, year}], notes: [...], departments:
/// [{department, totals}], total, summary}` for the folder served; `on`
/// defaults to today.
pub(crate) async fn execution_json(Ui(ui): Ui, State(app): State<Arc<App>>, uri: Uri) -> Response {
    let on = match on_date(&uri, ui) {
        Ok(d) => d,
        Err(res) => return *res,
    };
    let Some(folder) = folder(&app).await else {
        return error(
            StatusCode::INTERNAL_SERVER_ERROR,
            tr(ui, id::SERVE_FOLDER_UNREADABLE, &[]),
        );
    };
    let e = execution::execution(
        std::slice::from_ref(&folder),
        year_of(Some(&uri), &folder),
        on,
    );
    let departments: Vec<_> = e
        .departments
        .iter()
        .map(|(d, t)| json!({ "department": d, "totals": t }))
        .collect();
    let copies: Vec<_> = e
        .copies
        .iter()
        .map(|(copy, plan)| json!({ "copy": copy, "plan": plan }))
        .collect();
    let differing: Vec<_> = e
        .differing
        .iter()
        .map(|(plan, other, year)| json!({ "plan": plan, "other": other, "year": year }))
        .collect();
    axum::Json(json!({
        "on": on,
        "lines": e.lines,
        "copies": copies,
        "differing": differing,
        "notes": e.notes(ui),
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

/// The home page's section on the department's year: the plan's
/// execution today (the totals, a line per row not done, the printable
/// page and the table) when the folder holds an annual plan, and the next
/// meeting's minutes to draft when documents wait for a decision; empty
/// when neither.
pub(crate) async fn home_section(app: &Arc<App>, ui: UiLang) -> String {
    let Some(folder) = folder(app).await else {
        return String::new();
    };
    let today = chrono::Local::now().date_naive();
    let shown = today.format("%d.%m.%Y").to_string();
    let w = |id| esc(&tr(ui, id, &[]));
    let e = execution::execution(std::slice::from_ref(&folder), year_of(None, &folder), today);
    let mut html = String::new();
    if let Some(total) = summary(ui, &e) {
        html += &format!(
            "<h2>{}</h2><p id=\"execution-total\">{}</p>",
            esc(&tr(ui, id::SERVE_EXECUTION, &[("date", &shown)])),
            esc(&total)
        );
        // Which file was counted when the plan is filed in both languages.
        for note in e.notes(ui) {
            html += &format!("<p class=\"execution-note\">{}</p>", esc(&note));
        }
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
        html += &format!(
            "<p><a class=\"button\" href=\"api/execution.pdf\" download>{}</a> \
<a href=\"api/execution.csv\" download>{}</a></p>",
            w(id::SERVE_EXECUTION_PDF),
            w(id::SERVE_EXECUTION_CSV),
        );
    }
    if !html.is_empty() {
        html = format!("<section id=\"execution\">{html}</section>");
    }
    let waiting = tirkeme::year::draft::waiting(&folder);
    if waiting > 0 {
        let number = tirkeme::year::draft::next_number(&folder)
            .map(|n| n.to_string())
            .unwrap_or_default();
        html += &format!(
            "<section id=\"minutes\"><h2>{heading}</h2><div class=\"drafts\"><p>{waiting_words}</p>\
<p><label for=\"draft-minutes-number\">{number_label}</label> \
<input id=\"draft-minutes-number\" type=\"text\" inputmode=\"numeric\" size=\"5\" value=\"{number}\"> \
<label for=\"draft-minutes-date\">{date_label}</label> \
<input id=\"draft-minutes-date\" type=\"text\" inputmode=\"numeric\" size=\"10\" value=\"{shown}\"> \
<button type=\"button\" id=\"draft-minutes\">{button}</button></p>\
<p id=\"draft-minutes-message\" role=\"status\"></p></div></section>",
            heading = w(id::SERVE_MINUTES_HEADING),
            waiting_words = esc(&tr(
                ui,
                id::SERVE_MINUTES_WAITING,
                &[("count", &waiting.to_string())]
            )),
            number_label = w(id::SERVE_MINUTES_NUMBER_LABEL),
            date_label = w(id::SERVE_MINUTES_DATE_LABEL),
            button = w(id::SERVE_MINUTES_DRAFT),
        );
    }
    html
}

/// Text made safe inside HTML, attribute values included.
fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// The page's check of minutes being edited, against the documents of the
/// folder served (the saved copy of the minutes themselves, `own`, left
/// out): the names in their items' `documents` ([`tirkeme::year::check`]).
/// Nothing for any other form, or a folder that cannot be listed.
pub(crate) fn minutes_in_folder(
    app: &App,
    doc: &tirkeme::forms::Document,
    own: Option<&str>,
) -> Vec<tirkeme::finding::Finding> {
    if !tirkeme::year::check::is_minutes(doc) {
        return Vec::new();
    }
    let others: Vec<tirkeme::pipeline::Checked> = app
        .dir
        .list()
        .unwrap_or_default()
        .into_iter()
        .filter(|e| Some(e.name.as_str()) != own)
        .filter_map(|e| {
            let bytes = app.dir.read(&e.name).ok()?;
            Some(tirkeme::pipeline::check(&e.name, bytes, None))
        })
        .collect();
    let docs: Vec<(&str, &tirkeme::forms::Document)> = others
        .iter()
        .filter_map(|c| Some((c.name.as_str(), c.doc()?)))
        .collect();
    tirkeme::year::check::minutes_in_folder(doc, &docs)
}
