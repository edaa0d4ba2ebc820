//! What a request says about its languages, as axum extractors, so that a
//! handler names them among its arguments instead of working them out:
//! [`Ui`], the language of the pages and messages, and [`FormLang`], the
//! language a form is to be printed in (`?lang=`), refused with a message
//! in the user's language when it is neither `ky` nor `ru`.

use axum::extract::FromRequestParts;
use axum::http::StatusCode;
use axum::http::request::Parts;
use axum::response::Response;
use tirkeme::locale::{Lang, UiLang, id, tr};

use super::guard::{query_param, ui_lang};

/// The user's language: `?ui=`, else the cookie, else the browser's
/// `Accept-Language`, else English ([`ui_lang`]).
pub(crate) struct Ui(pub(crate) UiLang);

impl<S: Send + Sync> FromRequestParts<S> for Ui {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        Ok(Ui(ui_lang(&parts.headers, &parts.uri)))
    }
}

/// The language a form is printed in: `?lang=ky|ru`, or none (the
/// document's own); any other value is a 400 in the user's language.
pub(crate) struct FormLang(pub(crate) Option<Lang>);

impl<S: Send + Sync> FromRequestParts<S> for FormLang {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        match query_param(&parts.uri, "lang").as_deref() {
            None | Some("") => Ok(FormLang(None)),
            Some(code) => Lang::from_code(code)
                .map(|l| FormLang(Some(l)))
                .ok_or_else(|| {
                    let ui = ui_lang(&parts.headers, &parts.uri);
                    super::api::error(
                        StatusCode::BAD_REQUEST,
                        tr(ui, id::SERVE_BAD_LANG, &[("lang", code)]),
                    )
                }),
        }
    }
}
