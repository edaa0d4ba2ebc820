//! What every request passes before a handler sees it: the `Host` and
//! `Origin` checks (against DNS rebinding and requests from other sites, 403),
//! the token when the server listens beyond loopback, and the headers that
//! keep the pages from being framed or sniffed. Also the UI language of a
//! request.

use std::sync::Arc;
use tirkeme::locale::id;

use axum::extract::{Request, State};
use axum::http::header::{self, HeaderMap, HeaderValue};
use axum::http::{StatusCode, Uri};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use tirkeme::locale::{UiLang, tr};

use super::App;

/// The cookie that carries the token after `/?token=`.
const TOKEN_COOKIE: &str = "tirkeme_token";
/// The cookie that keeps the chosen UI language.
pub(crate) const UI_COOKIE: &str = "tirkeme_ui";

/// The page's rules for the browser: nothing from elsewhere, no framing by
/// other sites, the preview's PDF as a blob.
const CSP: &str = "default-src 'self'; script-src 'self'; style-src 'self'; \
img-src 'self' data: blob:; frame-src 'self' blob:; object-src 'self' blob:; \
frame-ancestors 'self'; base-uri 'none'; form-action 'self'";

/// The checks, then the handler, then the headers.
pub(crate) async fn guard(State(app): State<Arc<App>>, req: Request, next: Next) -> Response {
    let ui = ui_lang(req.headers(), req.uri());
    let headers = req.headers();
    let host = headers.get(header::HOST).and_then(|h| h.to_str().ok());
    // Loopback: only our own names, so a rebound DNS name is refused. With a
    // token the server may sit behind any name; the token guards it.
    if app.token.is_none() && !host.is_some_and(|h| loopback_host(h, app.addr.port())) {
        return forbidden(ui);
    }
    if let Some(origin) = headers.get(header::ORIGIN) {
        let same = origin.to_str().ok().is_some_and(|o| {
            let rest = o
                .strip_prefix("http://")
                .or_else(|| o.strip_prefix("https://"));
            rest.is_some() && rest == host
        });
        if !same {
            return forbidden(ui);
        }
    }
    if headers
        .get("sec-fetch-site")
        .is_some_and(|v| v.as_bytes() == b"cross-site")
    {
        return forbidden(ui);
    }
    if let Some(token) = &app.token {
        if let Some(given) = query_param(req.uri(), "token") {
            if req.uri().path() == "/" && same_secret(&given, token) {
                return with_token_cookie(token);
            }
            return unauthorized(ui);
        }
        if !bearer(headers)
            .or_else(|| cookie(headers, TOKEN_COOKIE))
            .is_some_and(|t| same_secret(&t, token))
        {
            return unauthorized(ui);
        }
    }
    // A body announced larger than the input limit is refused before it is
    // read (a chunked one is cut at the limit by the handlers' extractor).
    let announced = headers
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    if announced.is_some_and(|n| n > tirkeme::yaml::MAX_INPUT_BYTES as u64) {
        let mut res = (
            StatusCode::PAYLOAD_TOO_LARGE,
            tr(ui, id::SERVE_BODY_TOO_LARGE, &[]),
        )
            .into_response();
        res.headers_mut()
            .insert(header::CONNECTION, HeaderValue::from_static("close"));
        return res;
    }
    let mut res = next.run(req).await;
    let h = res.headers_mut();
    h.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(CSP),
    );
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    h.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    h.entry(header::CACHE_CONTROL)
        .or_insert(HeaderValue::from_static("no-store"));
    res
}

/// Whether a `Host` header names this server on loopback.
fn loopback_host(host: &str, port: u16) -> bool {
    let Some((name, p)) = host.rsplit_once(':') else {
        return false;
    };
    p.parse::<u16>().is_ok_and(|p| p == port)
        && (name.eq_ignore_ascii_case("localhost")
            || name == "[::1]"
            || name
                .parse::<std::net::Ipv4Addr>()
                .is_ok_and(|ip| ip.is_loopback()))
}

/// Compares secrets in time independent of where they differ.
fn same_secret(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

fn bearer(headers: &HeaderMap) -> Option<String> {
    let v = headers.get(header::AUTHORIZATION)?.to_str().ok()?;
    v.strip_prefix("Bearer ").map(|t| t.trim().to_owned())
}

/// A cookie's value.
pub(crate) fn cookie(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .find_map(|kv| {
            let (k, v) = kv.trim().split_once('=')?;
            (k == name).then(|| v.to_owned())
        })
}

/// A query parameter's value (percent-decoded).
pub(crate) fn query_param(uri: &Uri, name: &str) -> Option<String> {
    uri.query()?.split('&').find_map(|kv| {
        let (k, v) = kv.split_once('=').unwrap_or((kv, ""));
        (k == name).then(|| percent_decode(v))
    })
}

fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' if i + 2 < bytes.len() => {
                let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).unwrap_or("");
                match u8::from_str_radix(hex, 16) {
                    Ok(b) => {
                        out.push(b);
                        i += 3;
                        continue;
                    }
                    Err(_) => out.push(b'%'),
                }
            }
            b'+' => out.push(b' '),
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The UI language of a request: `?ui=`, else the cookie, else the
/// browser's `Accept-Language`, else English.
pub(crate) fn ui_lang(headers: &HeaderMap, uri: &Uri) -> UiLang {
    let code = |s: &str| match s {
        "ky" => Some(UiLang::Ky),
        "ru" => Some(UiLang::Ru),
        "en" => Some(UiLang::En),
        _ => None,
    };
    if let Some(l) = query_param(uri, "ui").and_then(|q| code(&q)) {
        return l;
    }
    if let Some(l) = cookie(headers, UI_COOKIE).and_then(|c| code(&c)) {
        return l;
    }
    let accept = headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    let mut best: Option<(f32, UiLang)> = None;
    for part in accept.split(',') {
        let mut it = part.split(';');
        let tag = it.next().unwrap_or("").trim().to_ascii_lowercase();
        let q = it
            .find_map(|p| p.trim().strip_prefix("q=").and_then(|q| q.parse().ok()))
            .unwrap_or(1.0f32);
        let primary = tag.split('-').next().unwrap_or("");
        if let Some(l) = code(primary)
            && best.is_none_or(|(bq, _)| q > bq)
        {
            best = Some((q, l));
        }
    }
    best.map_or(UiLang::En, |(_, l)| l)
}

fn forbidden(ui: UiLang) -> Response {
    (StatusCode::FORBIDDEN, tr(ui, id::SERVE_FORBIDDEN, &[])).into_response()
}

fn unauthorized(ui: UiLang) -> Response {
    (
        StatusCode::UNAUTHORIZED,
        [(header::WWW_AUTHENTICATE, "Bearer")],
        tr(ui, id::SERVE_UNAUTHORIZED, &[]),
    )
        .into_response()
}

fn with_token_cookie(token: &str) -> Response {
    let cookie = format!("{TOKEN_COOKIE}={token}; Path=/; HttpOnly; SameSite=Strict");
    let mut res = (StatusCode::SEE_OTHER, [(header::LOCATION, "/")]).into_response();
    if let Ok(v) = HeaderValue::from_str(&cookie) {
        res.headers_mut().insert(header::SET_COOKIE, v);
    }
    res
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hosts() {
        assert!(loopback_host("127.0.0.1:8080", 8080));
        assert!(loopback_host("localhost:8080", 8080));
        assert!(loopback_host("[::1]:8080", 8080));
        assert!(!loopback_host("127.0.0.1:8081", 8080));
        assert!(!loopback_host("evil.example:8080", 8080));
        assert!(!loopback_host("127.0.0.1", 8080));
    }

    #[test]
    fn languages() {
        let mut h = HeaderMap::new();
        let uri: Uri = "/".parse().unwrap_or_default();
        h.insert(
            header::ACCEPT_LANGUAGE,
            HeaderValue::from_static("de-DE, ru;q=0.8, ky;q=0.9"),
        );
        assert_eq!(ui_lang(&h, &uri), UiLang::Ky);
        let uri: Uri = "/?ui=en".parse().unwrap_or_default();
        assert_eq!(ui_lang(&h, &uri), UiLang::En);
    }
}
