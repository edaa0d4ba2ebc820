//! The department's data in the browser (SPEC 11): the roster's
//! spreadsheet read in (`POST /api/import`), the two plans drafted from the
//! roster (`POST /api/draft/annual-plan?year=`, `/api/draft/perspective-plan?from=`),
//! the standing as a PDF on a chosen date (`GET /api/standing.pdf?on=`), and
//! a document checked against the folder as `tirkeme check DIR` checks it
//! (`POST /api/check?folder=1`). Each is the library's own work (the
//! importer, the drafts, the standing page, the cross-check); this file only
//! carries it over HTTP. The heavy ones (a workbook, a PDF) run on the
//! render pool, so a burst of them waits in its bounded queue (503 beyond).

use std::sync::Arc;
use tirkeme::locale::id;

use axum::body::Bytes;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::http::header::{self};
use axum::response::{IntoResponse, Response};
use chrono::NaiveDate;
use serde_json::{Value, json};
use tirkeme::finding::Finding;
use tirkeme::locale::{UiLang, tr};
use tirkeme::pipeline;
use tirkeme::roster::{Roster, import};

use super::App;
use super::api::{error, node_json};
use super::extract::Ui;
use super::pool::Busy;

/// The query of the department's requests: the sheet's file name, the
/// plan's year, the standing's date, the document's own name.
#[derive(serde::Deserialize, Default)]
pub(crate) struct DeptQuery {
    name: Option<String>,
    year: Option<String>,
    from: Option<String>,
    on: Option<String>,
    folder: Option<String>,
}

fn busy(ui: UiLang) -> Response {
    let mut res = error(StatusCode::SERVICE_UNAVAILABLE, tr(ui, id::SERVE_BUSY, &[]));
    res.headers_mut()
        .insert(header::RETRY_AFTER, header::HeaderValue::from_static("1"));
    res
}

/// YAML text as the page's JSON (`{"yaml", "data"}`), for a document opened
/// as new.
pub(crate) fn yaml_and_data(yaml: &str) -> Value {
    let data = tirkeme::yaml::parse(yaml).map_or(Value::Null, |root| node_json(&root, yaml));
    json!({ "yaml": yaml, "data": data })
}

/// The roster of the folder, read as `check` reads it.
fn folder_roster(app: &App) -> Option<(String, Roster)> {
    let (name, bytes) = app.dir.roster()?;
    let roster = tirkeme::roster::read(&name, bytes).0?;
    Some((name, roster))
}

/// Reads a sheet's bytes as `tirkeme import` reads its file (the
/// library's own reader, bounded against hostile sheets): the roster's YAML
/// and a finding for every cell it could not read, at `Sheet!C7` (a CSV's
/// sheet is named after her file: `staff!D2`).
fn import_now(bytes: &[u8], file: &str, ui: UiLang) -> Value {
    let imported = import::from_bytes(file, bytes);
    let findings: Vec<Value> = imported
        .findings
        .iter()
        .map(|f| {
            json!({
                "cell": f.cell,
                "severity": f.severity.as_str(),
                "rule": f.rule.id,
                "message": f.msg.text(ui),
            })
        })
        .collect();
    let mut out = match &imported.yaml {
        Some(y) => yaml_and_data(y),
        None => json!({}),
    };
    out["findings"] = json!(findings);
    out["sheet"] = json!(imported.sheet);
    out["teachers"] = json!(imported.teachers);
    out["activities"] = json!(imported.activities);
    out
}

/// `POST /api/import?name=FILE`: the sheet as body; answers the roster's
/// YAML (`yaml`, and `data` for the page), `findings` at `Sheet!C7`, and
/// the counts; 422 with the findings when no roster could be made.
pub(crate) async fn import_sheet(
    Ui(ui): Ui,
    State(app): State<Arc<App>>,
    Query(q): Query<DeptQuery>,
    body: Bytes,
) -> Response {
    let file = q
        .name
        .filter(|n| !n.is_empty())
        .unwrap_or_else(|| "sheet".to_owned());
    match app
        .pool
        .run_for(body.len(), move || import_now(&body, &file, ui))
        .await
    {
        Err(Busy) => busy(ui),
        Ok(v) if v.get("yaml").is_some() => axum::Json(v).into_response(),
        Ok(v) => (StatusCode::UNPROCESSABLE_ENTITY, axum::Json(v)).into_response(),
    }
}

/// The first year of `2026-2027` (or `2026`).
fn first_year(text: &str) -> Option<i32> {
    let text = text.trim();
    let first = text.split(['-', '–']).next()?.trim().parse::<i32>().ok()?;
    if let Some((_, second)) = text.split_once(['-', '–'])
        && second.trim().parse::<i32>().ok()? != first + 1
    {
        return None;
    }
    (1900..=2200).contains(&first).then_some(first)
}

/// `POST /api/draft/annual-plan?year=` and `/api/draft/perspective-plan?from=`:
/// the plan drafted from the folder's roster, as `tirkeme draft` drafts it.
pub(crate) async fn draft(
    Ui(ui): Ui,
    State(app): State<Arc<App>>,
    axum::extract::Path(plan): axum::extract::Path<String>,
    Query(q): Query<DeptQuery>,
) -> Response {
    let annual = match plan.as_str() {
        "annual-plan" => true,
        "perspective-plan" => false,
        _ => {
            return error(
                StatusCode::NOT_FOUND,
                tr(ui, id::SERVE_NO_FORM, &[("form", &plan)]),
            );
        }
    };
    let given = if annual { q.year } else { q.from }.unwrap_or_default();
    let Some(year) = first_year(&given) else {
        return error(
            StatusCode::BAD_REQUEST,
            tr(ui, id::DRAFT_BAD_YEAR, &[("found", &given)]),
        );
    };
    let app2 = app.clone();
    let drafted = tokio::task::spawn_blocking(move || {
        let (_, roster) = folder_roster(&app2)?;
        let yaml = if annual {
            tirkeme::roster::draft::annual_plan(&roster, year)
        } else {
            tirkeme::roster::draft::perspective_plan(&roster, year)
        };
        Some(yaml.map_err(|e| e.to_string()))
    })
    .await
    .ok()
    .flatten();
    match drafted {
        None => error(StatusCode::NOT_FOUND, tr(ui, id::SERVE_NO_ROSTER, &[])),
        Some(Ok(yaml)) => axum::Json(yaml_and_data(&yaml)).into_response(),
        Some(Err(detail)) => error(StatusCode::INTERNAL_SERVER_ERROR, detail),
    }
}

/// `GET /api/standing.pdf?on=YYYY-MM-DD`: the roster's standing on that
/// date (today without one) as the PDF `tirkeme status --pdf` makes.
pub(crate) async fn standing_pdf(
    Ui(ui): Ui,
    State(app): State<Arc<App>>,
    Query(q): Query<DeptQuery>,
) -> Response {
    let on = match q.on.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
        None => chrono::Local::now().date_naive(),
        Some(s) => match NaiveDate::parse_from_str(s, "%Y-%m-%d")
            .or_else(|_| NaiveDate::parse_from_str(s, "%d.%m.%Y"))
        {
            Ok(d) => d,
            Err(_) => {
                return error(
                    StatusCode::BAD_REQUEST,
                    tr(ui, id::PAGE_BAD_DATE, &[("found", s)]),
                );
            }
        },
    };
    let app2 = app.clone();
    let Some((_, roster)) = tokio::task::spawn_blocking(move || folder_roster(&app2))
        .await
        .ok()
        .flatten()
    else {
        return error(StatusCode::NOT_FOUND, tr(ui, id::SERVE_NO_ROSTER, &[]));
    };
    let made = app
        .pool
        .run_for(0, move || {
            let standing = tirkeme::roster::status(&roster, on);
            tirkeme::roster::view::render(&roster, on, &standing)
                .map(|pdf| (pdf.bytes, roster.lang.code()))
        })
        .await;
    match made {
        Err(Busy) => busy(ui),
        Ok(Ok((pdf, lang))) => (
            [
                (header::CONTENT_TYPE, "application/pdf".to_owned()),
                (
                    header::CONTENT_DISPOSITION,
                    format!("attachment; filename=\"standing-{on}.{lang}.pdf\""),
                ),
            ],
            pdf,
        )
            .into_response(),
        Ok(Err(e)) => error(
            StatusCode::INTERNAL_SERVER_ERROR,
            tr(ui, id::SERVE_RENDER_FAILED, &[("detail", &e.to_string())]),
        ),
    }
}

/// The findings of `body` alone, and with `?folder=1` also against the
/// folder: its roster and its other documents (the saved copy of this one,
/// `?name=`, replaced by the body), as `tirkeme check DIR` finds them.
fn check_now(app: &App, body: Vec<u8>, q: &DeptQuery, ui: UiLang) -> Value {
    let me = "document.yaml";
    let checked = pipeline::check(me, body, None);
    let mut findings: Vec<Finding> = checked.findings.clone();
    let folder = q.folder.as_deref().is_some_and(|f| f == "1" || f == "true");
    if folder
        && let Some(doc) = checked.doc()
        && let Some((roster_name, roster)) = folder_roster(app)
    {
        let own = q.name.as_deref().unwrap_or("");
        let others: Vec<pipeline::Checked> = app
            .dir
            .list()
            .unwrap_or_default()
            .into_iter()
            .filter(|e| {
                e.name != own && e.name != roster_name && e.form.as_deref() != Some("roster")
            })
            .filter_map(|e| {
                let bytes = app.dir.read(&e.name).ok()?;
                Some(pipeline::check(&e.name, bytes, None))
            })
            .collect();
        let mut docs: Vec<(&str, &tirkeme::forms::Document)> = vec![(me, doc)];
        docs.extend(
            others
                .iter()
                .filter_map(|c| Some((c.name.as_str(), c.doc()?))),
        );
        if let Some(mine) = tirkeme::roster::cross::check((&roster_name, &roster), &docs)
            .into_iter()
            .next()
        {
            findings.extend(mine);
        }
    }
    // Minutes: the documents they name are the folder's (src/serve/year.rs).
    if folder && let Some(doc) = checked.doc() {
        findings.extend(super::year::minutes_in_folder(app, doc, q.name.as_deref()));
    }
    json!({
        "findings": findings
            .iter()
            .map(|f| tirkeme::diagnostics::json_value(f, ui))
            .collect::<Vec<_>>()
    })
}

/// `POST /api/check[?folder=1&name=NAME]`: the findings of a YAML body,
/// with the keys of `check --format json` less `file`; a finding that
/// points into another document of the folder says which in its labels.
pub(crate) async fn check(
    Ui(ui): Ui,
    State(app): State<Arc<App>>,
    Query(q): Query<DeptQuery>,
    body: Bytes,
) -> Response {
    // Quick but not free on a large body or a full folder: in the pool, so
    // that a burst of checks waits its turn instead of taking every core.
    let app2 = app.clone();
    match app
        .pool
        .bounded_for(ui, body.len(), move || {
            check_now(&app2, body.to_vec(), &q, ui)
        })
        .await
    {
        Ok(v) => axum::Json(v).into_response(),
        Err(busy) => busy,
    }
}
