//! What every request passes before a handler sees it, in this order:
//! the `Host` and `Origin` checks (against DNS rebinding and requests from
//! other sites, 403); the key, when the server has one (401; 429 while
//! wrong keys from the address are slowed down); the body, read whole only
//! then (413, 408; 503 beyond the memory budget, see `body`). Every answer,
//! the guard's own included, carries the headers that keep the pages from
//! being framed, sniffed or leaking their address. Also the UI language of
//! a request, and who sent it (`Person`).

use std::net::IpAddr;
use std::sync::Arc;
use std::time::Instant;
use tirkeme::locale::id;

use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::header::{self, HeaderMap, HeaderValue};
use axum::http::{StatusCode, Uri};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use tirkeme::locale::{UiLang, tr};

use super::App;
use super::body::{self, BodyError};
use super::conn::Peer;

/// The cookie that carries the key after `/?token=`.
const TOKEN_COOKIE: &str = "tirkeme_token";
/// The cookie that keeps the chosen UI language.
pub(crate) const UI_COOKIE: &str = "tirkeme_ui";
/// How long the key's cookie lasts: 30 days, so a restart of the browser
/// (or of the server) does not ask for the key again.
const COOKIE_SECONDS: u32 = 30 * 24 * 60 * 60;

/// The page's rules for the browser: nothing from elsewhere, no framing by
/// other sites, the preview's PDF as a blob.
const CSP: &str = "default-src 'self'; script-src 'self'; style-src 'self'; \
img-src 'self' data: blob:; frame-src 'self' blob:; object-src 'self' blob:; \
frame-ancestors 'self'; base-uri 'self'; form-action 'self'";

/// Who sent a request, where the server knows (`--keys`): written as `by`
/// in the versions a save keeps. Every request that reaches a handler
/// carries one.
#[derive(Clone, Debug, Default)]
pub(crate) struct Person(pub(crate) Option<String>);

/// The checks, then the handler; the headers on whatever comes of it.
pub(crate) async fn guard(State(app): State<Arc<App>>, req: Request, next: Next) -> Response {
    let mut res = checked(&app, req, next).await;
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
        header::X_FRAME_OPTIONS,
        HeaderValue::from_static("SAMEORIGIN"),
    );
    h.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    h.insert(
        "cross-origin-opener-policy",
        HeaderValue::from_static("same-origin"),
    );
    h.insert(
        "cross-origin-resource-policy",
        HeaderValue::from_static("same-origin"),
    );
    h.insert(
        "permissions-policy",
        HeaderValue::from_static("camera=(), microphone=(), geolocation=()"),
    );
    if app.public.as_ref().is_some_and(|p| p.https()) {
        h.insert(
            header::STRICT_TRANSPORT_SECURITY,
            HeaderValue::from_static("max-age=31536000"),
        );
    }
    h.entry(header::CACHE_CONTROL)
        .or_insert(HeaderValue::from_static("no-store"));
    res
}

/// The address a request is from: the socket's peer, or behind the
/// reverse proxy of `--public-url` on this machine, the address the proxy
/// says it forwarded (the last of `X-Forwarded-For`, the one it added).
fn client_ip(app: &App, req: &Request) -> IpAddr {
    let peer = req
        .extensions()
        .get::<Peer>()
        .map_or(IpAddr::from([127, 0, 0, 1]), |p| p.0.ip());
    if app.public.is_some() && peer.is_loopback() {
        let forwarded = req
            .headers()
            .get_all("x-forwarded-for")
            .iter()
            .filter_map(|v| v.to_str().ok())
            .flat_map(|v| v.split(','))
            .next_back()
            .and_then(|v| v.trim().parse::<IpAddr>().ok());
        if let Some(ip) = forwarded {
            return ip;
        }
    }
    peer
}

/// Whether the request's `Host` and `Origin` are this server's.
fn same_site(app: &App, headers: &HeaderMap) -> bool {
    let host = headers.get(header::HOST).and_then(|h| h.to_str().ok());
    let on_loopback = host.is_some_and(|h| loopback_host(h, app.addr.port()));
    let public = app.public.as_ref();
    let host_ok = match public {
        // Behind the proxy: the public name, or this machine's own (a proxy
        // that does not pass `Host` on, or a look from the machine itself).
        Some(p) => on_loopback || host.is_some_and(|h| h.eq_ignore_ascii_case(&p.authority)),
        // Loopback: only our own names, so a rebound DNS name is refused.
        // With a key the server may sit behind any name; the key guards it.
        None => on_loopback || app.keys.is_some(),
    };
    if !host_ok {
        return false;
    }
    if let Some(origin) = headers.get(header::ORIGIN) {
        let Ok(origin) = origin.to_str() else {
            return false;
        };
        // The page's own origin: the `Host` it was asked by (behind the
        // proxy only the machine's own name; the public one is https).
        let direct = (public.is_none() || on_loopback)
            && origin
                .strip_prefix("http://")
                .or_else(|| origin.strip_prefix("https://"))
                .is_some_and(|rest| Some(rest) == host);
        let proxied = public.is_some_and(|p| origin.eq_ignore_ascii_case(&p.origin()));
        if !(direct || proxied) {
            return false;
        }
    }
    headers
        .get("sec-fetch-site")
        .is_none_or(|v| v.as_bytes() != b"cross-site")
}

async fn checked(app: &Arc<App>, mut req: Request, next: Next) -> Response {
    let ui = ui_lang(req.headers(), req.uri());
    if !same_site(app, req.headers()) {
        return refusal(StatusCode::FORBIDDEN, tr(ui, id::SERVE_FORBIDDEN, &[]));
    }
    // An address whose escapes are not UTF-8 (`/edit/%FF.yaml`): refused
    // here in the page's words, not by a handler's extractor in English.
    if !decodes(req.uri().path()) || !req.uri().query().is_none_or(decodes) {
        return refusal(StatusCode::BAD_REQUEST, tr(ui, id::SERVE_BAD_ADDRESS, &[]));
    }
    let ip = client_ip(app, &req);
    let mut person = Person(None);
    if let Some(keys) = &app.keys {
        let from_query = query_param(req.uri(), "token");
        let given = from_query
            .clone()
            .or_else(|| bearer(req.headers()))
            .or_else(|| cookie(req.headers(), TOKEN_COOKIE));
        let Some(given) = given else {
            return unauthorized(ui);
        };
        let now = Instant::now();
        if let Some(wait) = app.failures.wait(ip, now) {
            let secs = wait.as_secs().max(1);
            let mut res = refusal(
                StatusCode::TOO_MANY_REQUESTS,
                tr(ui, id::SERVE_SLOW_DOWN, &[("seconds", &secs.to_string())]),
            );
            res.headers_mut()
                .insert(header::RETRY_AFTER, HeaderValue::from(secs));
            return res;
        }
        match keys.who(&given) {
            None => {
                app.failures.wrong(ip, now);
                return unauthorized(ui);
            }
            Some(who) => {
                app.failures.right(ip);
                if from_query.is_some() {
                    // `/?token=` once: the cookie, then the page without the
                    // key in its address. Anywhere else the key in an
                    // address is refused, so it is not copied around.
                    if req.uri().path() == "/" {
                        return with_token_cookie(app, &given);
                    }
                    return unauthorized(ui);
                }
                person = Person(who);
            }
        }
    }
    // A body announced larger than the input limit is refused before it is
    // read; a chunked one is cut at the limit.
    let announced = req
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    if announced.is_some_and(|n| n > body::MAX_BODY as u64) {
        return refusal(
            StatusCode::PAYLOAD_TOO_LARGE,
            tr(ui, id::SERVE_BODY_TOO_LARGE, &[]),
        );
    }
    // A chunked body's length is not known: the limit is held for it.
    let length = announced
        .filter(|_| !req.headers().contains_key(header::TRANSFER_ENCODING))
        .map(|n| n as usize);
    let size = length.unwrap_or(body::MAX_BODY);
    // What is held of the budget is held until the answer is made.
    let _held = if size == 0 {
        None
    } else {
        match app.budget.reserve(ip, size) {
            Some(r) => Some(r),
            None => return super::pool::Busy::response(ui),
        }
    };
    if size > 0 {
        let (parts, incoming) = req.into_parts();
        match body::read(incoming, length).await {
            Ok(bytes) => req = Request::from_parts(parts, Body::from(bytes)),
            Err(e) => {
                let (status, id) = match e {
                    BodyError::TooLarge => {
                        (StatusCode::PAYLOAD_TOO_LARGE, id::SERVE_BODY_TOO_LARGE)
                    }
                    BodyError::TooSlow => (StatusCode::REQUEST_TIMEOUT, id::SERVE_BODY_TOO_SLOW),
                    BodyError::Broken => (StatusCode::BAD_REQUEST, id::SERVE_BODY_BROKEN),
                };
                return refusal(status, tr(ui, id, &[]));
            }
        }
    }
    req.extensions_mut().insert(person);
    next.run(req).await
}

/// A refusal of the guard: its message as text, the connection closed
/// (what was not read of a body is not read).
fn refusal(status: StatusCode, message: String) -> Response {
    let mut res = (status, message).into_response();
    res.headers_mut()
        .insert(header::CONNECTION, HeaderValue::from_static("close"));
    res
}

/// Whether the `%` escapes of a path or query decode to UTF-8.
fn decodes(s: &str) -> bool {
    std::str::from_utf8(&percent_bytes(s)).is_ok()
}

/// The bytes a path or query stands for, its `%` escapes decoded (a `%`
/// not followed by two hex digits is kept as it is).
pub(super) fn percent_bytes(s: &str) -> Vec<u8> {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%'
            && let Some(v) = b
                .get(i + 1..i + 3)
                .and_then(|h| std::str::from_utf8(h).ok())
                .and_then(|h| u8::from_str_radix(h, 16).ok())
        {
            out.push(v);
            i += 3;
            continue;
        }
        out.push(b[i]);
        i += 1;
    }
    out
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

fn unauthorized(ui: UiLang) -> Response {
    let mut res = refusal(
        StatusCode::UNAUTHORIZED,
        tr(ui, id::SERVE_UNAUTHORIZED, &[]),
    );
    res.headers_mut()
        .insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
    res
}

/// The answer to `/?token=KEY`: the key's cookie (30 days, `HttpOnly`,
/// `SameSite=Strict`, `Secure` behind HTTPS, for the server's path), and
/// the start page.
fn with_token_cookie(app: &App, key: &str) -> Response {
    let secure = if app.public.as_ref().is_some_and(|p| p.https()) {
        "; Secure"
    } else {
        ""
    };
    let cookie = format!(
        "{TOKEN_COOKIE}={key}; Path={}; Max-Age={COOKIE_SECONDS}; HttpOnly; SameSite=Strict{secure}",
        app.base
    );
    let location = HeaderValue::from_str(&app.base).unwrap_or(HeaderValue::from_static("/"));
    let mut res = (StatusCode::SEE_OTHER, [(header::LOCATION, location)]).into_response();
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
