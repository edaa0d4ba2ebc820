//! The documents of DIR over HTTP (SPEC 9 and 10): the list, a document
//! with its `ETag`, conditional saves and deletes, and the kept versions.
//!
//! | request | answer |
//! |---|---|
//! | `GET /api/documents` | `[{name, form, size, etag}]` |
//! | `GET /api/documents/NAME` | the bytes, `ETag` |
//! | `PUT /api/documents/NAME` | 200 (replaced) or 201 (created) `{name, etag}`; 412 stale, 428 no `If-Match` |
//! | `DELETE /api/documents/NAME` | 200 `{name}`; 412, 428 as for `PUT` |
//! | `GET /api/documents/NAME/versions` | `[{id, saved, size, etag, by}]`, newest first |
//! | `GET /api/documents/NAME/versions/ID` | that version's bytes, `ETag` |
//!
//! Restoring a version is saving its bytes again with `If-Match` (the
//! document's `ETag` now): the version it replaces is kept like any other.

use std::sync::Arc;
use tirkeme::locale::id;

use axum::Extension;
use axum::body::Bytes;
use axum::extract::rejection::PathRejection;
use axum::extract::{Path, State};
use axum::http::header::{self, HeaderMap, HeaderValue};
use axum::http::{StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use serde_json::json;
use tirkeme::locale::{UiLang, tr};
use tirkeme::pipeline;

use super::App;
use super::api::{error, yaml_response};
use super::extract::Ui;
use super::guard::Person;
use super::store::{Condition, StoreError, etag_of};

/// The answer to a store error, in the page's language; 412 and 428 carry
/// the document's `ETag` now (header and `etag` in the JSON), so a client can
/// reload or save again knowingly.
pub(crate) fn store_error(e: StoreError, ui: UiLang, name: &str) -> Response {
    match e {
        StoreError::BadName => error(
            StatusCode::BAD_REQUEST,
            tr(ui, id::SERVE_BAD_NAME, &[("name", name)]),
        ),
        StoreError::NotFound => error(
            StatusCode::NOT_FOUND,
            tr(ui, id::SERVE_NOT_FOUND, &[("name", name)]),
        ),
        StoreError::TooLarge => error(
            StatusCode::PAYLOAD_TOO_LARGE,
            tr(ui, id::SERVE_TOO_LARGE, &[("name", name)]),
        ),
        StoreError::Io(e) => error(
            StatusCode::INTERNAL_SERVER_ERROR,
            tr(
                ui,
                id::IO_WRITE,
                &[("path", name), ("detail", &e.to_string())],
            ),
        ),
        StoreError::Stale { current } => {
            let message = match &current {
                Some(_) => tr(ui, id::SERVE_STALE, &[("name", name)]),
                None => tr(ui, id::SERVE_STALE_GONE, &[("name", name)]),
            };
            conflict(StatusCode::PRECONDITION_FAILED, message, current)
        }
        StoreError::NeedsMatch { current } => conflict(
            StatusCode::PRECONDITION_REQUIRED,
            tr(ui, id::SERVE_NEEDS_MATCH, &[("name", name)]),
            Some(current),
        ),
    }
}

fn conflict(status: StatusCode, message: String, etag: Option<String>) -> Response {
    let mut res = (
        status,
        axum::Json(json!({ "error": message, "etag": etag })),
    )
        .into_response();
    if let Some(v) = etag.and_then(|e| HeaderValue::from_str(&e).ok()) {
        res.headers_mut().insert(header::ETAG, v);
    }
    res
}

/// A path that did not decode (`%FF`): 400 in the page's language, naming
/// what was asked for as well as it can be read.
fn bad_path(ui: UiLang, uri: &Uri) -> Response {
    let asked = uri.path().rsplit('/').next().unwrap_or("");
    let asked = String::from_utf8_lossy(&super::guard::percent_bytes(asked)).into_owned();
    error(
        StatusCode::BAD_REQUEST,
        tr(ui, id::SERVE_BAD_NAME, &[("name", &asked)]),
    )
}

/// Runs a store call off the async threads.
async fn blocking<T: Send + 'static>(
    f: impl FnOnce() -> Result<T, StoreError> + Send + 'static,
) -> Result<T, StoreError> {
    tokio::task::spawn_blocking(f)
        .await
        .unwrap_or_else(|e| Err(StoreError::Io(std::io::Error::other(e.to_string()))))
}

fn with_etag(mut res: Response, etag: &str) -> Response {
    if let Ok(v) = HeaderValue::from_str(etag) {
        res.headers_mut().insert(header::ETAG, v);
    }
    res
}

/// `GET /api/documents`.
pub(crate) async fn list(Ui(ui): Ui, State(app): State<Arc<App>>) -> Response {
    match blocking(move || app.dir.list().map_err(StoreError::Io)).await {
        Ok(list) => axum::Json(list).into_response(),
        Err(e) => store_error(e, ui, "."),
    }
}

/// `GET /api/documents/NAME`: the bytes with their `ETag`.
pub(crate) async fn read(
    Ui(ui): Ui,
    State(app): State<Arc<App>>,
    name: Result<Path<String>, PathRejection>,
    uri: Uri,
) -> Response {
    let Ok(Path(name)) = name else {
        return bad_path(ui, &uri);
    };
    let n = name.clone();
    match blocking(move || app.dir.read(&n)).await {
        Ok(bytes) => {
            let etag = etag_of(&bytes);
            with_etag(yaml_response(bytes), &etag)
        }
        Err(e) => store_error(e, ui, &name),
    }
}

fn condition(headers: &HeaderMap) -> Condition {
    let h = |name| {
        headers
            .get(name)
            .and_then(|v: &HeaderValue| v.to_str().ok())
    };
    Condition::of(h(header::IF_MATCH), h(header::IF_NONE_MATCH))
}

/// `PUT /api/documents/NAME`: saved atomically, under the conditions of
/// SPEC 10; 201 when created, 200 when replaced, with the new `ETag`.
pub(crate) async fn save(
    Ui(ui): Ui,
    State(app): State<Arc<App>>,
    name: Result<Path<String>, PathRejection>,
    Extension(person): Extension<Person>,
    headers: HeaderMap,
    uri: Uri,
    body: Bytes,
) -> Response {
    let Ok(Path(name)) = name else {
        return bad_path(ui, &uri);
    };
    if pipeline::decode(&body).is_err() {
        return error(StatusCode::BAD_REQUEST, tr(ui, id::SERVE_NOT_TEXT, &[]));
    }
    let cond = condition(&headers);
    let n = name.clone();
    match blocking(move || app.dir.save(&n, &body, &cond, person.0.as_deref())).await {
        Ok(saved) => {
            let status = if saved.created {
                StatusCode::CREATED
            } else {
                StatusCode::OK
            };
            let res = (
                status,
                axum::Json(json!({ "name": name, "etag": saved.etag })),
            )
                .into_response();
            with_etag(res, &saved.etag)
        }
        Err(e) => store_error(e, ui, &name),
    }
}

/// `DELETE /api/documents/NAME` with `If-Match`: the document goes, its
/// last version is kept.
pub(crate) async fn delete(
    Ui(ui): Ui,
    State(app): State<Arc<App>>,
    name: Result<Path<String>, PathRejection>,
    headers: HeaderMap,
    uri: Uri,
) -> Response {
    let Ok(Path(name)) = name else {
        return bad_path(ui, &uri);
    };
    let cond = condition(&headers);
    let n = name.clone();
    match blocking(move || app.dir.delete(&n, &cond)).await {
        Ok(()) => axum::Json(json!({ "name": name })).into_response(),
        Err(e) => store_error(e, ui, &name),
    }
}

/// `GET /api/documents/NAME/versions`: the kept versions, newest first.
pub(crate) async fn versions(
    Ui(ui): Ui,
    State(app): State<Arc<App>>,
    name: Result<Path<String>, PathRejection>,
    uri: Uri,
) -> Response {
    let Ok(Path(name)) = name else {
        return bad_path(ui, &uri);
    };
    let n = name.clone();
    match blocking(move || app.dir.versions(&n)).await {
        Ok(list) => axum::Json(list).into_response(),
        Err(e) => store_error(e, ui, &name),
    }
}

/// `GET /api/documents/NAME/versions/ID`: one version, byte for byte.
pub(crate) async fn version(
    Ui(ui): Ui,
    State(app): State<Arc<App>>,
    path: Result<Path<(String, String)>, PathRejection>,
    uri: Uri,
) -> Response {
    let Ok(Path((name, id))) = path else {
        return bad_path(ui, &uri);
    };
    let n = name.clone();
    let i = id.clone();
    match blocking(move || app.dir.version(&n, &i)).await {
        Ok(bytes) => {
            let etag = etag_of(&bytes);
            with_etag(yaml_response(bytes), &etag)
        }
        Err(StoreError::NotFound) => error(
            StatusCode::NOT_FOUND,
            tr(ui, id::SERVE_NO_VERSION, &[("name", &name), ("id", &id)]),
        ),
        Err(e) => store_error(e, ui, &name),
    }
}
