//! The department's data over the server's API (SPEC 11): the roster's
//! sheet read as `tirkeme import` reads it, the plans drafted as `tirkeme
//! draft` drafts them, the standing as a PDF on a date, and a document
//! checked against the folder as `tirkeme check DIR` checks it. Each answer
//! is compared with the command line's own.

use std::path::Path;

use serde_json::Value;

use crate::common::server::{Server, agent};
use crate::common::{run, stdout, tmp, write};

const ROSTER: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/roster");

fn post(s: &Server, path: &str, body: &[u8]) -> (u16, Vec<u8>) {
    let mut res = agent().post(&s.url(path)).send(body).unwrap();
    let status = res.status().as_u16();
    let body = res
        .body_mut()
        .with_config()
        .limit(64 << 20)
        .read_to_vec()
        .unwrap();
    (status, body)
}

fn json(bytes: &[u8]) -> Value {
    serde_json::from_slice(bytes).unwrap_or_else(|_| panic!("{}", String::from_utf8_lossy(bytes)))
}

fn with_roster(name: &str) -> std::path::PathBuf {
    let dir = tmp(name);
    std::fs::copy(
        Path::new(ROSTER).join("roster.yaml"),
        dir.join("roster.yaml"),
    )
    .unwrap();
    dir
}

#[test]
fn a_sheet_posted_is_read_as_import_reads_it() {
    let dir = tmp("dept-import");
    let s = Server::start(&dir, &[]);
    for file in ["staff.csv", "staff.xlsx", "staff.ods"] {
        let bytes = std::fs::read(Path::new(ROSTER).join(file)).unwrap();
        let (status, body) = post(&s, &format!("/api/import?name={file}&ui=en"), &bytes);
        assert_eq!(status, 200, "{file}: {}", String::from_utf8_lossy(&body));
        let v = json(&body);
        let cli = stdout(&run(Path::new(ROSTER), &["import", file]));
        assert_eq!(v["yaml"], cli.as_str(), "{file}");
        assert_eq!(v["teachers"], 4, "{file}");
        assert_eq!(v["data"]["form"], "roster", "{file}");
        // Nothing of the sheet is left behind on the server's disk.
        assert!(!std::fs::read_dir(&dir).unwrap().any(|_| true), "{file}");
    }
    // Without a name, the kind is told from the bytes.
    let bytes = std::fs::read(Path::new(ROSTER).join("staff.xlsx")).unwrap();
    let (status, _) = post(&s, "/api/import", &bytes);
    assert_eq!(status, 200);
    // A cell that cannot be read is named by its cell, and nothing is made.
    let bad = "ФИО,Вид,Начало,Часы\nАсанов Бакыт Жумабекович,курсы,2021-11-01,семьдесят два\n";
    let (status, body) = post(&s, "/api/import?name=bad.csv&ui=ru", bad.as_bytes());
    assert_eq!(status, 422, "{}", String::from_utf8_lossy(&body));
    let v = json(&body);
    assert!(v.get("yaml").is_none(), "{v}");
    assert_eq!(v["findings"][0]["cell"], "bad!D2", "{v}");
    assert_eq!(v["findings"][0]["severity"], "error", "{v}");
    // Not a sheet at all: said in the user's words, for the whole file.
    let (status, body) = post(
        &s,
        "/api/import?name=notes.xlsx&ui=en",
        b"PK\x03\x04 not a workbook",
    );
    assert_eq!(status, 422);
    let v = json(&body);
    assert_eq!(v["findings"][0]["cell"], "", "{v}");
    assert_eq!(v["findings"][0]["severity"], "error", "{v}");
    let message = v["findings"][0]["message"].as_str().unwrap();
    assert!(!message.is_empty() && !message.contains('`'), "{message}");
}

#[test]
fn plans_are_drafted_from_the_folders_roster_as_draft_drafts_them() {
    let dir = with_roster("dept-draft");
    let s = Server::start(&dir, &[]);
    for (plan, q, arg) in [
        ("annual-plan", "year=2026-2027", ["--year", "2026-2027"]),
        ("perspective-plan", "from=2026", ["--from", "2026-2027"]),
    ] {
        let (status, body) = post(&s, &format!("/api/draft/{plan}?{q}"), b"");
        assert_eq!(status, 200, "{plan}: {}", String::from_utf8_lossy(&body));
        let v = json(&body);
        let o = run(&dir, &["draft", plan, "roster.yaml", arg[0], arg[1]]);
        assert!(o.status.success(), "{}", crate::common::stderr(&o));
        assert_eq!(v["yaml"], stdout(&o).as_str(), "{plan}");
        assert_eq!(v["data"]["form"], plan);
    }
    let (status, _) = post(&s, "/api/draft/annual-plan?year=2026-2028", b"");
    assert_eq!(status, 400);
    let (status, _) = post(&s, "/api/draft/report?year=2026", b"");
    assert_eq!(status, 404);
    // No roster, no draft.
    let empty = tmp("dept-draft-empty");
    let s = Server::start(&empty, &[]);
    let (status, _) = post(&s, "/api/draft/annual-plan?year=2026", b"");
    assert_eq!(status, 404);
}

#[test]
fn the_standing_is_a_pdf_on_the_date_asked() {
    let dir = with_roster("dept-standing");
    let s = Server::start(&dir, &[]);
    let mut res = agent()
        .get(&s.url("/api/standing.pdf?on=2026-09-01"))
        .call()
        .unwrap();
    assert_eq!(res.status().as_u16(), 200);
    let pdf = res
        .body_mut()
        .with_config()
        .limit(64 << 20)
        .read_to_vec()
        .unwrap();
    assert!(pdf.starts_with(b"%PDF"));
    let path = dir.join("standing.pdf");
    std::fs::write(&path, &pdf).unwrap();
    let o = run(
        &dir,
        &[
            "status",
            "roster.yaml",
            "--on",
            "2026-09-01",
            "--pdf",
            "cli.pdf",
        ],
    );
    assert!(o.status.success(), "{}", crate::common::stderr(&o));
    assert_eq!(
        crate::common::pdf_text(&path, None),
        crate::common::pdf_text(&dir.join("cli.pdf"), None)
    );
    let res = agent()
        .get(&s.url("/api/standing.pdf?on=31.02.2026&ui=ru"))
        .call()
        .unwrap();
    assert_eq!(res.status().as_u16(), 400);
}

#[test]
fn a_document_is_checked_against_the_folder_as_it_is_typed() {
    let dir = with_roster("dept-check");
    let new = |form: &str| stdout(&run(&dir, &["new", form]));
    write(&dir, "internship-program.yaml", &new("internship-program"));
    let s = Server::start(&dir, &[]);
    let certificate = new("internship-certificate").replacen("hours: 72", "hours: 60", 1);
    let rules = |body: &[u8]| -> Vec<String> {
        json(body)["findings"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| f["rule"].as_str().unwrap().to_owned())
            .collect()
    };
    // Alone, the certificate is fine; against the folder, it has fewer
    // hours than its programme (6.5), with the programme's place.
    let (status, body) = post(&s, "/api/check", certificate.as_bytes());
    assert_eq!(status, 200);
    assert!(
        !rules(&body).contains(&"certificate-hours".to_owned()),
        "{}",
        String::from_utf8_lossy(&body)
    );
    let (_, body) = post(&s, "/api/check?folder=1", certificate.as_bytes());
    assert!(
        rules(&body).contains(&"certificate-hours".to_owned()),
        "{}",
        String::from_utf8_lossy(&body)
    );
    let v = json(&body);
    let f = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["rule"] == "certificate-hours")
        .unwrap();
    assert_eq!(f["labels"][0]["file"], "internship-program.yaml", "{f}");
    // The saved copy of the document itself is not checked against it:
    // the programme checked as the programme, not as its own twin.
    let program = new("internship-program");
    let (_, body) = post(
        &s,
        "/api/check?folder=1&name=internship-program.yaml",
        program.as_bytes(),
    );
    assert!(!rules(&body).contains(&"certificate-hours".to_owned()));
    // A name the roster spells otherwise is said as it is typed.
    let misspelt = new("application").replace(
        "  name: Асанов Бакыт Жумабекович",
        "  name: Асанав Бакыт Жумабекович",
    );
    let (_, body) = post(&s, "/api/check?folder=1", misspelt.as_bytes());
    assert!(
        rules(&body).contains(&"roster-name".to_owned()),
        "{}",
        String::from_utf8_lossy(&body)
    );
}

/// Behind a proxy under `/kafedra/`, every page says so in its `<base
/// href>`, and nothing in a page or its script points at the server's root:
/// every link and request is relative to that base.
#[test]
fn pages_under_a_path_prefix_point_only_below_it() {
    let dir = with_roster("dept-prefix");
    let key = "0123456789abcdef0123";
    let s = Server::start(
        &dir,
        &[
            "--token",
            key,
            "--public-url",
            "https://tirkeme.example.edu/kafedra/",
        ],
    );
    let get = |path: &str| {
        s.raw(&format!(
            "GET {path} HTTP/1.1\r\nHost: tirkeme.example.edu\r\nAuthorization: Bearer {key}\r\nConnection: close\r\n\r\n"
        ))
    };
    for page in [
        "/kafedra/",
        "/kafedra/form/application",
        "/kafedra/form/roster",
        "/kafedra/edit/roster.yaml",
    ] {
        let (status, body) = get(page);
        assert_eq!(status, 200, "{page}: {body}");
        assert!(body.contains("<base href=\"/kafedra/\">"), "{page}: {body}");
        let rest = body.replacen("<base href=\"/kafedra/\">", "", 1);
        for attr in ["href=\"/", "src=\"/", "action=\"/"] {
            assert!(!rest.contains(attr), "{page} has {attr}…: {body}");
        }
        // The language switch stays on the same page, below the base.
        let here = page.trim_start_matches("/kafedra/");
        let switch = if here.is_empty() { "./?ui=ru" } else { here };
        assert!(body.contains(&format!("href=\"{switch}")), "{page}: {body}");
    }
    let (status, script) = get("/kafedra/assets/app.js");
    assert_eq!(status, 200);
    for root in ["'/api", "'/form", "'/edit", "\"/api", "'/assets"] {
        assert!(!script.contains(root), "the script calls {root}…");
    }
}
