//! The HTML pages. Each is a small shell in the user's language whose
//! fields the page's script builds from the form's JSON Schema (one source
//! for the reader, the schema and the page). Data reaches the page only as
//! JSON inside a `<script type="application/json">`; the script puts user
//! text into the page with `textContent` and attributes, never as markup.

use std::sync::Arc;
use tirkeme::locale::{Id, id};

use axum::extract::{Path, State};
use axum::http::header::{self, HeaderValue};
use axum::http::{StatusCode, Uri};
use axum::response::{Html, IntoResponse, Response};
use serde_json::{Map, Value, json};
use tirkeme::forms::FormId;
use tirkeme::locale::{Lang, UiLang, tr};

use super::extract::Ui;
use super::guard::{UI_COOKIE, query_param};
use super::{App, roster, schema};

/// The messages the script uses, sent to it in the page's language.
const WORDS: &[Id<'static>] = &[
    id::SERVE_FINDINGS,
    id::SERVE_NO_FINDINGS,
    id::SERVE_PREVIEW,
    id::SERVE_DOWNLOAD_PDF,
    id::SERVE_SAVE,
    id::SERVE_SAVE_NAME,
    id::SERVE_SAVED,
    id::SERVE_SAVE_FAILED,
    id::SERVE_ADD_ROW,
    id::SERVE_REMOVE_ROW,
    id::SERVE_EXTRA_KEYS,
    id::SERVE_REMOVE_KEY,
    id::SERVE_PACKAGE,
    id::SERVE_BUSY,
    id::SERVE_NOT_RENDERED,
    id::SERVE_UNSET,
    id::SERVE_YES,
    id::SERVE_NO,
    id::SERVE_LINE,
    id::SERVE_LIST_HINT,
    id::SERVE_OPEN_PDF,
    id::SERVE_EXTRACT_NONE,
    id::SERVE_OTHER_FORM,
    id::SERVE_CHECKING,
    id::SEVERITY_ERROR,
    id::SEVERITY_WARNING,
    id::SEVERITY_INFO,
    id::SERVE_COL_NAME,
    id::SERVE_COL_POSITION,
    id::SERVE_COL_LAST,
    id::SERVE_COL_HOURS_5Y,
    id::SERVE_COL_DUE,
    id::SERVE_COL_STATE,
    id::SERVE_STATE_OK,
    id::SERVE_STATE_DUE,
    id::SERVE_STATE_OVERDUE,
    id::SERVE_STATE_NEVER,
    id::PAGE_MORE,
    id::PAGE_LIST_HINT,
    id::PAGE_OTHER_TEXT,
    id::PAGE_OTHER_TEXT_LABEL,
    id::PAGE_UNSET,
    id::PAGE_DATE_PLACEHOLDER,
    id::PAGE_ERRORS_ONE,
    id::PAGE_ERRORS_FEW,
    id::PAGE_ERRORS_MANY,
    id::PAGE_WARNINGS_ONE,
    id::PAGE_WARNINGS_FEW,
    id::PAGE_WARNINGS_MANY,
    id::PAGE_NOTES_ONE,
    id::PAGE_NOTES_FEW,
    id::PAGE_NOTES_MANY,
    id::PAGE_TODO_ONE,
    id::PAGE_TODO_FEW,
    id::PAGE_TODO_MANY,
    id::PAGE_SUMMARY,
    id::PAGE_FILL,
    id::PAGE_STALE,
    id::PAGE_UNSAVED,
    id::PAGE_SAVED_NEW,
    id::PAGE_CONFLICT,
    id::PAGE_VERSIONS_NONE,
    id::PAGE_RESTORE,
    id::PAGE_RESTORED,
    id::PAGE_VERSION_BY,
    id::PAGE_IMPORTED,
    id::PAGE_IMPORT_FINDINGS,
    id::PAGE_IMPORT_FAILED,
    id::PAGE_DRAFT_FAILED,
    id::PAGE_ROW_UNDO,
    id::PAGE_ROW_UP,
    id::PAGE_ROW_DOWN,
    id::PAGE_ROW_REMOVE,
    id::PAGE_ROW_NUMBER,
    id::PAGE_GRID_HINT,
    id::PAGE_IN_OTHER,
];

/// Escapes text for HTML content and attribute values.
pub(crate) fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// JSON safe inside a `<script>` element: no `<` can close it.
fn script_json(v: &Value) -> String {
    serde_json::to_string(v)
        .unwrap_or_else(|_| "null".into())
        .replace('<', "\\u003c")
}

/// A form's title in the UI language (Kyrgyz and Russian side by side for English).
fn form_title(form: FormId, ui: UiLang) -> String {
    let id = format!("form-{}", form.id());
    match ui {
        UiLang::Ky => tr(Lang::Ky, Id::built(&id), &[]),
        UiLang::Ru => tr(Lang::Ru, Id::built(&id), &[]),
        UiLang::En => format!(
            "{} / {}",
            tr(Lang::Ky, Id::built(&id), &[]),
            tr(Lang::Ru, Id::built(&id), &[])
        ),
    }
}

/// The page around `body`: header with the language switch, the boot data.
fn shell(ui: UiLang, base: &str, uri: &Uri, title: &str, body: &str, boot: &Value) -> Response {
    let boot = script_json(boot);
    // The page's own address relative to the base, for the language switch.
    let here = uri.path().trim_start_matches('/');
    let here = if here.is_empty() { "./" } else { here };
    let switch: String = [("ky", "Кыргызча"), ("ru", "Русский"), ("en", "English")]
        .iter()
        .map(|(c, name)| {
            let current = if *c == ui.code() {
                " aria-current=\"true\""
            } else {
                ""
            };
            format!(
                "<a href=\"{}?ui={c}\" lang=\"{c}\" data-ui=\"{c}\"{current}>{name}</a>",
                esc(here)
            )
        })
        .collect::<Vec<_>>()
        .join(" ");
    let html = format!(
        "<!doctype html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n\
<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
<base href=\"{base}\">\n\
<title>{title} — tirkeme</title>\n<link rel=\"stylesheet\" href=\"assets/app.css\">\n</head>\n<body>\n\
<header><a class=\"home\" href=\"./\">tirkeme</a> <span class=\"tagline\">{tagline}</span>\
<nav id=\"ui-switch\" aria-label=\"{ui_label}\">{switch}</nav></header>\n\
<main>\n{body}\n</main>\n\
<script id=\"boot\" type=\"application/json\">{boot}</script>\n\
<script src=\"assets/app.js\"></script>\n</body>\n</html>\n",
        base = esc(base),
        lang = ui.code(),
        title = esc(title),
        tagline = esc(&tr(ui, id::SERVE_TAGLINE, &[])),
        ui_label = esc(&tr(ui, id::SERVE_UI_LANG, &[])),
    );
    let mut res = Html(html).into_response();
    if let Some(c) = query_param(uri, "ui").filter(|c| ["ky", "ru", "en"].contains(&c.as_str()))
        && let Ok(v) =
            HeaderValue::from_str(&format!("{UI_COOKIE}={c}; Path={base}; SameSite=Strict"))
    {
        res.headers_mut().insert(header::SET_COOKIE, v);
    }
    res
}

fn words(ui: UiLang) -> Value {
    let mut map = Map::new();
    for id in WORDS {
        map.insert(id.as_str().into(), json!(tr(ui, *id, &[])));
    }
    // The clause, with a place for its number.
    map.insert(
        "clause".into(),
        json!(tr(ui, id::CLAUSE, &[("clause", "%s")])),
    );
    Value::Object(map)
}

/// A labelled file input that the keyboard reaches: the input itself is
/// only hidden from sight (not `display: none`), and the label shows its
/// focus.
fn file_button(id: &str, accept: &str, label: &str, hint: Option<&str>) -> String {
    let hint_attr = hint.map_or_else(String::new, |_| format!(" aria-describedby=\"{id}-hint\""));
    let hint_el = hint.map_or_else(String::new, |h| {
        format!("<span class=\"hint\" id=\"{id}-hint\">{}</span>", esc(h))
    });
    format!(
        "<span class=\"file-button\"><input type=\"file\" id=\"{id}\" accept=\"{accept}\"{hint_attr}>\
<label for=\"{id}\" class=\"button\">{}</label>{hint_el}</span>",
        esc(label)
    )
}

/// The drafts of the two plans from the folder's roster (SPEC 11), with the
/// academic year each starts in (the next one from September on).
fn drafts(ui: UiLang) -> String {
    use chrono::Datelike;
    let today = chrono::Local::now().date_naive();
    let next = if today.month() >= 6 {
        today.year() + 1
    } else {
        today.year()
    };
    let w = |id: Id<'_>| esc(&tr(ui, id, &[]));
    format!(
        "<div class=\"drafts\">\
<p><label for=\"draft-annual-plan-year\">{year}</label> \
<input id=\"draft-annual-plan-year\" type=\"text\" inputmode=\"numeric\" value=\"{next}-{next1}\" size=\"10\"> \
<button type=\"button\" id=\"draft-annual-plan\">{annual}</button></p>\
<p><label for=\"draft-perspective-plan-year\">{from}</label> \
<input id=\"draft-perspective-plan-year\" type=\"text\" inputmode=\"numeric\" value=\"{next}\" size=\"6\"> \
<button type=\"button\" id=\"draft-perspective-plan\">{perspective}</button></p>\
<p id=\"draft-message\" role=\"status\"></p></div>",
        year = w(id::PAGE_DRAFT_YEAR),
        from = w(id::PAGE_DRAFT_FROM),
        annual = w(id::PAGE_DRAFT_ANNUAL_PLAN),
        perspective = w(id::PAGE_DRAFT_PERSPECTIVE_PLAN),
        next1 = next + 1,
    )
}

/// `GET /`: the forms, the documents in DIR, the roster's standing.
pub(crate) async fn index(Ui(ui): Ui, State(app): State<Arc<App>>, uri: Uri) -> Response {
    let app2 = app.clone();
    let (docs, people) = tokio::task::spawn_blocking(move || {
        (
            app2.dir.list().unwrap_or_default(),
            roster::people(&app2.dir),
        )
    })
    .await
    .unwrap_or_default();
    let has_roster = !people.is_empty() || app.dir.roster().is_some();
    let w = |id: Id<'_>| esc(&tr(ui, id, &[]));
    let mut body = String::new();
    body += &format!(
        "<section id=\"forms\"><h1>{}</h1><ul class=\"forms\">",
        w(id::SERVE_FORMS)
    );
    for &f in FormId::ALL {
        let has_page = schema::form_schema(f.id(), ui).is_some();
        let title = esc(&form_title(f, ui));
        let appendix = appendix_label(f, ui);
        if has_page {
            body += &format!(
                "<li><a href=\"form/{id}\" data-form=\"{id}\"><span class=\"appendix\">{appendix}</span> {title}</a></li>",
                id = f.id()
            );
        } else {
            body += &format!(
                "<li class=\"soon\"><span class=\"appendix\">{appendix}</span> {title}</li>"
            );
        }
    }
    body += &format!(
        "<li><a href=\"form/{ROSTER}\" data-form=\"{ROSTER}\">{}</a></li>",
        w(id::SERVE_ROSTER)
    );
    body += "</ul></section>";
    body += &super::year::home_section(&app, ui).await;
    body += &format!(
        "<section id=\"documents\"><h2>{}</h2>",
        esc(&tr(
            ui,
            id::SERVE_DOCUMENTS,
            &[("dir", &app.dir.path().display().to_string())]
        ))
    );
    if docs.is_empty() {
        body += &format!("<p class=\"empty\">{}</p>", w(id::SERVE_NO_DOCUMENTS));
    } else {
        body += "<ul class=\"documents\">";
        for d in &docs {
            let form = d
                .form
                .as_deref()
                .and_then(FormId::from_id)
                .map(|f| form_title(f, ui))
                .or_else(|| {
                    (d.form.as_deref() == Some(ROSTER)).then(|| tr(ui, id::SERVE_ROSTER, &[]))
                })
                .unwrap_or_default();
            body += &format!(
                "<li><a href=\"edit/{href}\" data-name=\"{name}\">{name}</a> <span class=\"form-of\">{form}</span></li>",
                href = esc(&percent_encode(&d.name)),
                name = esc(&d.name),
                form = esc(&form)
            );
        }
        body += "</ul>";
    }
    body += &format!(
        "<p>{} <span id=\"open-message\" role=\"status\"></span></p>",
        file_button(
            "open-pdf",
            "application/pdf,.pdf",
            &tr(ui, id::SERVE_OPEN_PDF, &[]),
            Some(&tr(ui, id::PAGE_OPEN_PDF_HINT, &[]))
        )
    );
    body += "</section>";
    body += &format!(
        "<section id=\"department\"><h2>{}</h2>",
        w(id::SERVE_STANDING)
    );
    if has_roster {
        let today = chrono::Local::now().date_naive();
        body += &format!(
            "<form id=\"standing-form\" action=\"api/standing.pdf\" method=\"get\" class=\"inline\">\
<label for=\"standing-on\">{on}</label> <input type=\"text\" inputmode=\"numeric\" size=\"10\" id=\"standing-on\" name=\"on\" value=\"{today}\" placeholder=\"{placeholder}\"> \
<button type=\"submit\" id=\"standing-pdf\">{pdf}</button></form>",
            on = w(id::PAGE_STANDING_ON),
            pdf = w(id::PAGE_STANDING_PDF),
            today = today.format("%d.%m.%Y"),
            placeholder = w(id::PAGE_DATE_PLACEHOLDER),
        );
        body += &drafts(ui);
        body += "<div id=\"standing-table\"></div>";
    } else {
        body += &format!(
            "<p class=\"empty\"><a href=\"form/{ROSTER}\">{}</a></p>",
            w(id::PAGE_STANDING_NONE)
        );
    }
    body += "</section>";
    let boot = json!({ "page": "index", "ui": ui.code(), "words": words(ui) });
    shell(ui, &app.base, &uri, "tirkeme", &body, &boot)
}

/// Percent-encodes a document name for a path segment.
fn percent_encode(s: &str) -> String {
    let mut out = String::new();
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(b as char);
        } else {
            out += &format!("%{b:02X}");
        }
    }
    out
}

/// The roster's id in `form:`: it has a page too (its fields, findings,
/// and its standing as the preview), though no appendix of the regulation.
const ROSTER: &str = "roster";

/// The editor of a form, empty or filled with `data`.
async fn editor(
    app: Arc<App>,
    ui: UiLang,
    uri: &Uri,
    form: &str,
    name: Option<String>,
    data: Value,
    etag: Option<String>,
) -> Response {
    // The forms, and the roster (no form of the regulation).
    let id = FormId::from_id(form);
    if id.is_none() && form != ROSTER {
        return not_found(
            ui,
            &app.base,
            uri,
            &tr(ui, id::SERVE_NO_FORM, &[("form", form)]),
        );
    }
    let Some(fields) = tirkeme::present::page_fields(form, ui) else {
        return not_found(
            ui,
            &app.base,
            uri,
            &tr(ui, id::SERVE_NO_FORM, &[("form", form)]),
        );
    };
    let app2 = app.clone();
    let people = tokio::task::spawn_blocking(move || roster::people(&app2.dir))
        .await
        .unwrap_or_default();
    let title = id.map_or_else(|| tr(ui, id::SERVE_ROSTER, &[]), |id| form_title(id, ui));
    let w = |id: Id<'_>| esc(&tr(ui, id, &[]));
    let is_plan = id.is_some_and(|id| {
        id.is::<tirkeme::forms::annual_plan::AnnualPlan>()
            || id.is::<tirkeme::forms::perspective_plan::PerspectivePlan>()
    });
    let package = if id.is_some_and(|id| id.is::<tirkeme::forms::annual_plan::AnnualPlan>()) {
        format!(
            "<button type=\"button\" id=\"package\">{}</button>",
            w(id::SERVE_PACKAGE)
        )
    } else {
        String::new()
    };
    // The roster's page takes her spreadsheet and drafts the plans.
    let department = if form == ROSTER {
        format!(
            "<section id=\"roster-tools\" class=\"tools\">{}<div id=\"import-message\" role=\"status\"></div>{}</section>",
            file_button(
                "import-sheet",
                ".xlsx,.ods,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.oasis.opendocument.spreadsheet,text/csv",
                &tr(ui, id::PAGE_IMPORT_SHEET, &[]),
                None
            ),
            drafts(ui)
        )
    } else {
        String::new()
    };
    let body = format!(
        "<h1><span class=\"appendix\">{appendix}</span> {title}</h1>\n{department}\
<div class=\"editor{wide}\">\n<div class=\"form-column\">\
<div id=\"summary\" class=\"summary\" role=\"region\" aria-labelledby=\"summary-title\" hidden></div>\
<form id=\"doc\" autocomplete=\"off\" novalidate></form></div>\n\
<aside>\n<div class=\"actions\">\
<label for=\"save-name\">{save_name}</label><input id=\"save-name\" type=\"text\" value=\"{name}\"> \
<button type=\"button\" id=\"save\">{save}</button> \
<button type=\"button\" id=\"download-pdf\">{download}</button> {package} \
{open_pdf}\
<p id=\"message\" role=\"status\"></p>\
<div id=\"conflict\" class=\"conflict\" hidden><button type=\"button\" id=\"conflict-reload\">{reload}</button> \
<button type=\"button\" id=\"conflict-new\">{save_new}</button></div></div>\n\
<details id=\"versions\" hidden><summary>{versions}</summary><ul></ul></details>\
<h2>{findings}</h2>\n<ul id=\"findings\" aria-live=\"polite\"></ul>\n\
<h2>{preview}</h2>\n<div class=\"preview-box\"><p id=\"stale\" class=\"stale-note\" hidden>{stale}</p>\
<iframe id=\"preview\" title=\"{preview}\"></iframe></div>\n</aside>\n</div>\n\
<datalist id=\"people\"></datalist>",
        appendix = id.map_or_else(String::new, |id| appendix_label(id, ui)),
        title = esc(&title),
        wide = if is_plan || form == ROSTER {
            " wide"
        } else {
            ""
        },
        save_name = w(id::SERVE_SAVE_NAME),
        name = esc(name.as_deref().unwrap_or("")),
        save = w(id::SERVE_SAVE),
        download = w(id::SERVE_DOWNLOAD_PDF),
        open_pdf = file_button(
            "open-pdf",
            "application/pdf,.pdf",
            &tr(ui, id::SERVE_OPEN_PDF, &[]),
            None
        ),
        reload = w(id::PAGE_RELOAD),
        save_new = w(id::PAGE_SAVE_NEW),
        versions = w(id::PAGE_VERSIONS),
        findings = w(id::SERVE_FINDINGS),
        preview = w(id::SERVE_PREVIEW),
        stale = w(id::PAGE_STALE),
    );
    // The word for the document in each form language, for its file name.
    let doc_word = |lang: Lang| tr(lang, Id::built(&format!("page-doc-{form}")), &[]);
    let boot = json!({
        "page": "form",
        "ui": ui.code(),
        "form": form,
        "name": name,
        "fields": fields,
        "docWords": { "ky": doc_word(Lang::Ky), "ru": doc_word(Lang::Ru) },
        "etag": etag,
        "data": data,
        "people": people.iter().filter_map(|p| p["name"].as_str()).collect::<Vec<_>>(),
        "roster": people,
        "words": words(ui),
    });
    shell(ui, &app.base, uri, &title, &body, &boot)
}

fn not_found(ui: UiLang, base: &str, uri: &Uri, message: &str) -> Response {
    let body = format!("<p class=\"error\">{}</p>", esc(message));
    let boot = json!({ "page": "none", "ui": ui.code(), "words": words(ui) });
    let mut res = shell(ui, base, uri, message, &body, &boot);
    *res.status_mut() = StatusCode::NOT_FOUND;
    res
}

/// `GET /form/FORM`: an empty form.
pub(crate) async fn form(
    Ui(ui): Ui,
    State(app): State<Arc<App>>,
    Path(form): Path<String>,
    uri: Uri,
) -> Response {
    let data = json!({ "form": form });
    editor(app, ui, &uri, &form, None, data, None).await
}

/// `GET /edit/NAME`: a saved document in its form.
pub(crate) async fn edit(
    Ui(ui): Ui,
    State(app): State<Arc<App>>,
    Path(name): Path<String>,
    uri: Uri,
) -> Response {
    let app2 = app.clone();
    let n = name.clone();
    let read = tokio::task::spawn_blocking(move || app2.dir.read(&n)).await;
    let Ok(Ok(bytes)) = read else {
        return not_found(
            ui,
            &app.base,
            &uri,
            &tr(ui, id::SERVE_NOT_FOUND, &[("name", &name)]),
        );
    };
    let etag = super::store::etag_of(&bytes);
    let parsed = tirkeme::pipeline::decode(&bytes).ok().and_then(|text| {
        Some(super::api::node_json(
            &tirkeme::yaml::parse(&text).ok()?,
            &text,
        ))
    });
    let data = match parsed {
        Some(data) => data,
        // Not text, or not YAML: say so, where, and how to mend it (opening it as a
        // form of no name would lose what it holds).
        None => {
            let checked = tirkeme::pipeline::check(&name, bytes, None);
            let first = checked.findings.first();
            let message = tr(
                ui,
                id::SERVE_UNREADABLE,
                &[
                    ("name", &name),
                    ("line", &first.map_or(0, |f| f.pos.line).to_string()),
                    ("detail", &first.map(|f| f.message(ui)).unwrap_or_default()),
                ],
            );
            let mut res = not_found(ui, &app.base, &uri, &message);
            *res.status_mut() = StatusCode::UNPROCESSABLE_ENTITY;
            return res;
        }
    };
    let form = data
        .get("form")
        .and_then(Value::as_str)
        .unwrap_or("")
        .to_owned();
    if form.is_empty() {
        return not_found(
            ui,
            &app.base,
            &uri,
            &tr(ui, id::SERVE_FORMLESS, &[("name", &name)]),
        );
    }
    editor(app, ui, &uri, &form, Some(name), data, Some(etag)).await
}

/// «4-тиркеме», escaped; empty for a document that is not an appendix.
fn appendix_label(f: FormId, ui: UiLang) -> String {
    f.appendix().map_or_else(String::new, |n| {
        esc(&tr(ui, id::SERVE_APPENDIX, &[("n", &n.to_string())]))
    })
}
