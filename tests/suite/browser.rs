//! The pages of `tirkeme serve` end to end in a real headless Chromium,
//! driven over `WebDriver` (Debian's `chromium` and `chromium-driver`, which
//! `.ci/run` installs): a person fills the application and an annual plan,
//! sees the findings come and go, and downloads the PDF. A screenshot of
//! each page is kept for a person to look at: every run writes them to
//! `target/screenshots/`; `SNAPSHOTS=overwrite` also replaces the committed
//! ones in `tests/screenshots/` (a run leaves the working tree clean).
//!
//! `WebDriver` is plain JSON over HTTP; the few commands used here are
//! spoken with `ureq` rather than through a client library.

use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use crate::common::server::{Server, agent};
use serde_json::{Value, json};

const ELEMENT: &str = "element-6066-11e4-a52e-4f735466cecf";

fn find_program(names: &[&str]) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    names.iter().find_map(|n| {
        std::env::split_paths(&path)
            .map(|d| d.join(n))
            .find(|p| p.is_file())
    })
}

/// A headless Chromium behind chromedriver.
struct Browser {
    driver: Child,
    base: String,
    session: String,
    downloads: PathBuf,
}

impl Browser {
    /// Starts one. Chromium and chromedriver are required by the suite (the
    /// README and `.ci/run` say so): without them the test fails with the
    /// line that installs them, rather than passing without having looked.
    fn start(work: &Path) -> Browser {
        let driver = find_program(&["chromedriver"])
            .expect("no chromedriver on PATH: apt-get install chromium chromium-driver");
        let chromium = find_program(&["chromium", "chromium-browser", "google-chrome"])
            .expect("no chromium on PATH: apt-get install chromium chromium-driver");
        let port = TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let child = Command::new(driver)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let base = format!("http://127.0.0.1:{port}");
        let deadline = Instant::now() + Duration::from_secs(20);
        while agent().get(&format!("{base}/status")).call().is_err() {
            assert!(Instant::now() < deadline, "chromedriver did not start");
            std::thread::sleep(Duration::from_millis(100));
        }
        let downloads = work.join("downloads");
        std::fs::create_dir_all(&downloads).unwrap();
        let profile = work.join("profile");
        let caps = json!({"capabilities": {"alwaysMatch": {
            "browserName": "chrome",
            "goog:chromeOptions": {
                "binary": chromium,
                "args": [
                    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                    "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync",
                    "--disable-dev-shm-usage", "--window-size=1400,1000",
                    "--lang=en-US",
                    format!("--user-data-dir={}", profile.display()),
                ],
                "prefs": {
                    "download.default_directory": downloads,
                    "download.prompt_for_download": false,
                    "plugins.always_open_pdf_externally": false,
                },
            },
        }}});
        let mut b = Browser {
            driver: child,
            base,
            session: String::new(),
            downloads,
        };
        let v = b.call("POST", "/session", caps);
        b.session = v["sessionId"].as_str().unwrap().to_owned();
        b.cmd(
            "POST",
            "/goog/cdp/execute",
            json!({"cmd": "Browser.setDownloadBehavior", "params": {
                "behavior": "allow", "downloadPath": b.downloads, "eventsEnabled": true}}),
        );
        b
    }

    fn call(&self, method: &str, path: &str, body: Value) -> Value {
        let url = format!("{}{path}", self.base);
        let mut res = match method {
            "GET" => agent().get(&url).call().unwrap(),
            "DELETE" => agent().delete(&url).call().unwrap(),
            _ => agent()
                .post(&url)
                .header("Content-Type", "application/json")
                .send(body.to_string().as_bytes())
                .unwrap(),
        };
        let status = res.status().as_u16();
        let text = res
            .body_mut()
            .with_config()
            .limit(64 << 20)
            .read_to_string()
            .unwrap();
        let v: Value = serde_json::from_str(&text).unwrap_or(Value::Null);
        assert!(status < 300, "WebDriver {method} {path}: {status} {text}");
        v.get("value").cloned().unwrap_or(v)
    }

    fn cmd(&self, method: &str, path: &str, body: Value) -> Value {
        self.call(method, &format!("/session/{}{path}", self.session), body)
    }

    fn goto(&self, url: &str) {
        self.cmd("POST", "/url", json!({ "url": url }));
    }

    fn find(&self, css: &str) -> String {
        let v = self.cmd(
            "POST",
            "/element",
            json!({"using": "css selector", "value": css}),
        );
        v[ELEMENT].as_str().unwrap().to_owned()
    }

    fn type_into(&self, css: &str, text: &str) {
        let el = self.find(css);
        self.cmd("POST", &format!("/element/{el}/clear"), json!({}));
        self.cmd(
            "POST",
            &format!("/element/{el}/value"),
            json!({ "text": text }),
        );
    }

    fn click(&self, css: &str) {
        let el = self.find(css);
        self.cmd("POST", &format!("/element/{el}/click"), json!({}));
    }

    /// Picks an option of a `<select>` by its value, as a click would.
    fn choose(&self, name: &str, value: &str) {
        self.click(&format!(
            "select[name=\"{name}\"] option[value=\"{value}\"]"
        ));
    }

    /// Sets a date field (typing into one depends on the browser's locale).
    fn set_date(&self, name: &str, value: &str) {
        self.js(
            "const e = document.querySelector(`[name=\"${arguments[0]}\"]`); e.value = arguments[1]; \
             e.dispatchEvent(new Event('input', {bubbles: true}));",
            json!([name, value]),
        );
    }

    fn js(&self, script: &str, args: Value) -> Value {
        self.cmd(
            "POST",
            "/execute/sync",
            json!({ "script": script, "args": args }),
        )
    }

    /// Waits until `script` returns true.
    fn wait(&self, what: &str, script: &str) {
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            if self.js(script, json!([])) == json!(true) {
                return;
            }
            assert!(Instant::now() < deadline, "waited in vain for {what}");
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    fn screenshot(&self, name: &str) {
        let v = self.cmd("GET", "/screenshot", json!({}));
        let png = base64_decode(v.as_str().unwrap());
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut dirs = vec![root.join("target/screenshots")];
        if std::env::var("SNAPSHOTS").as_deref() == Ok("overwrite") {
            dirs.push(root.join("tests/screenshots"));
        }
        for dir in dirs {
            std::fs::create_dir_all(&dir).unwrap();
            std::fs::write(dir.join(name), &png).unwrap();
        }
    }

    /// The PDF that appears in the downloads folder.
    fn downloaded(&self, suffix: &str) -> PathBuf {
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            let found = std::fs::read_dir(&self.downloads)
                .unwrap()
                .map(|e| e.unwrap().path())
                .find(|p| p.to_string_lossy().ends_with(suffix));
            if let Some(p) = found {
                return p;
            }
            assert!(Instant::now() < deadline, "no download ending {suffix}");
            std::thread::sleep(Duration::from_millis(100));
        }
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        if !self.session.is_empty() {
            let _ = agent()
                .delete(&format!("{}/session/{}", self.base, self.session))
                .call();
        }
        let _ = self.driver.kill();
        let _ = self.driver.wait();
    }
}

fn base64_decode(s: &str) -> Vec<u8> {
    let val = |c: u8| match c {
        b'A'..=b'Z' => c - b'A',
        b'a'..=b'z' => c - b'a' + 26,
        b'0'..=b'9' => c - b'0' + 52,
        b'+' => 62,
        _ => 63,
    };
    let clean: Vec<u8> = s
        .bytes()
        .filter(|c| *c != b'=' && !c.is_ascii_whitespace())
        .collect();
    let mut out = Vec::with_capacity(clean.len() * 3 / 4);
    for chunk in clean.chunks(4) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |acc, (i, c)| acc | (val(*c) as u32) << (18 - 6 * i));
        out.push((n >> 16) as u8);
        if chunk.len() > 2 {
            out.push((n >> 8) as u8);
        }
        if chunk.len() > 3 {
            out.push(n as u8);
        }
    }
    out
}

fn has_finding(rule: &str) -> String {
    format!("return document.querySelector('#findings li[data-rule=\"{rule}\"]') !== null;")
}

#[test]
fn a_person_fills_the_forms_in_a_browser() {
    let work = crate::common::tmp("browser");
    let docs = work.join("docs");
    std::fs::create_dir(&docs).unwrap();
    let b = Browser::start(&work);
    let s = Server::start(&docs, &[]);

    // The application: a 36-hour course is refused under 1.5, 72 passes.
    b.goto(&s.url("/form/application?ui=en"));
    b.wait(
        "the generated fields",
        "return document.querySelector('[name=\"applicant.name\"]') !== null;",
    );
    b.type_into("[name=\"rector.name\"]", "Шаршембиев Жаныбек Сейитбекович");
    b.type_into("[name=\"applicant.name\"]", "Асанов Бакыт Жумабекович");
    b.type_into("[name=\"applicant.department\"]", "Информатика");
    b.type_into("[name=\"applicant.position\"]", "доцент");
    b.choose("kind", "course");
    b.type_into("[name=\"direction\"]", "Санариптик билим берүү");
    b.set_date("start", "2025-11-03");
    b.set_date("end", "2025-11-16");
    b.set_date("date", "2025-10-20");
    b.type_into("[name=\"hours\"]", "36");
    b.wait("the 36-hour finding", &has_finding("course-hours"));
    let clause = b.js(
        "return document.querySelector('#findings li[data-rule=\"course-hours\"]').getAttribute('data-clause');",
        json!([]),
    );
    assert_eq!(clause, json!("1.5"));
    b.screenshot("application-finding.png");
    b.type_into("[name=\"hours\"]", "72");
    b.wait(
        "the finding to go",
        "return document.querySelector('#findings li[data-rule=\"course-hours\"]') === null \
         && document.querySelector('#findings li') !== null;",
    );
    b.wait(
        "the preview",
        "return document.getElementById('preview').hasAttribute('data-rendered');",
    );
    std::thread::sleep(Duration::from_millis(500));
    b.screenshot("application.png");
    b.click("#download-pdf");
    let pdf = b.downloaded(".pdf");
    let text = crate::common::pdf_text(&pdf, None);
    assert!(text.contains("БИЛДИРҮҮ"), "{text}");
    assert!(text.contains("Асанов"), "{text}");
    // Saved into DIR as YAML that the command line reads the same.
    b.type_into("#save-name", "Асанов.yaml");
    b.click("#save");
    b.wait(
        "the save",
        "return document.getElementById('message').textContent.includes('Асанов.yaml');",
    );
    let saved = std::fs::read_to_string(docs.join("Асанов.yaml")).unwrap();
    assert!(saved.contains("hours: 72"), "{saved}");
    let out = crate::common::run(&docs, &["check", "Асанов.yaml"]);
    assert!(out.status.success(), "{}", crate::common::stderr(&out));

    // The annual plan, three teachers added in the page.
    b.goto(&s.url("/form/annual-plan?ui=ky"));
    b.wait(
        "the plan's fields",
        "return document.querySelector('[name=\"year\"]') !== null;",
    );
    b.type_into("[name=\"year\"]", "2025-2026");
    b.type_into("[name=\"faculty\"]", "Табигый илимдер");
    b.type_into("[name=\"department\"]", "Информатика");
    b.type_into("[name=\"approver.name\"]", "Нурлан Тургунбек уулу");
    b.type_into("[name=\"head.name\"]", "Токтогулова Айжан Мирлан кызы");
    let teachers = [
        (
            "Асанов Бакыт Жумабекович",
            "internship",
            "2025-11-03",
            "2025-11-16",
            "72",
        ),
        (
            "Жумабаева Чолпон Маратовна",
            "course",
            "2026-01-19",
            "2026-01-30",
            "72",
        ),
        (
            "Осмонов Бекзат Асанович",
            "retraining",
            "2026-02-02",
            "2026-05-29",
            "280",
        ),
    ];
    for (i, (name, kind, start, end, hours)) in teachers.iter().enumerate() {
        b.click("button.add-row[data-path=\"teachers\"]");
        let p = format!("teachers.{i}");
        b.type_into(&format!("[name=\"{p}.name\"]"), name);
        b.type_into(&format!("[name=\"{p}.position\"]"), "доцент");
        b.type_into(&format!("[name=\"{p}.subject\"]"), "Программалоо");
        b.type_into(&format!("[name=\"{p}.last_courses\"]"), "2022");
        b.choose(&format!("{p}.kind"), kind);
        b.type_into(
            &format!("[name=\"{p}.direction\"]"),
            "Маалыматтык технологиялар",
        );
        b.set_date(&format!("{p}.start"), start);
        b.set_date(&format!("{p}.end"), end);
        b.type_into(&format!("[name=\"{p}.hours\"]"), hours);
        b.type_into(
            &format!("[name=\"{p}.institution\"]"),
            "Кыргыз улуттук университети",
        );
        b.choose(&format!("{p}.mode"), "release");
        b.choose(&format!("{p}.funding"), "budget");
    }
    // A fourth row added and removed again leaves three.
    b.click("button.add-row[data-path=\"teachers\"]");
    b.click("fieldset.row[data-path=\"teachers.3\"] button.remove-row");
    assert_eq!(
        b.js(
            "return document.querySelectorAll('fieldset.row').length;",
            json!([])
        ),
        json!(3)
    );
    b.wait(
        "a plan without errors",
        "return document.querySelector('#findings li') !== null \
         && document.querySelector('#findings li.error') === null \
         && document.body.getAttribute('data-checking') === 'false';",
    );
    b.wait(
        "the plan's preview",
        "return document.getElementById('preview').hasAttribute('data-rendered');",
    );
    std::thread::sleep(Duration::from_millis(500));
    b.screenshot("annual-plan.png");
    for f in std::fs::read_dir(&b.downloads).unwrap() {
        std::fs::remove_file(f.unwrap().path()).unwrap();
    }
    b.click("#download-pdf");
    let pdf = b.downloaded(".pdf");
    let text = crate::common::pdf_text(&pdf, None);
    for (name, ..) in teachers {
        let surname = name.split(' ').next().unwrap();
        assert!(text.contains(surname), "{surname} missing: {text}");
    }

    // A saved plan with keys the form does not describe (a key of a newer
    // version, a note, a teacher's e-mail) and a head written as a bare
    // name: opened, edited (a row removed, the year changed) and saved
    // again, it keeps every one of them where it was.
    let plan = "form: annual-plan\nlang: ky\nyear: 2025-2026\nfaculty: Табигый илимдер\n\
department: Информатика\napprover: Нурлан Тургунбек уулу\nhead: Токтогулова Айжан Мирлан кызы\n\
schema_version: 3\nnote: {reviewed: [[1, 2], [3]], by: \"<b>Бекова</b>\", none: null, share: 0.5, empty: {}}\n\
\"odd: key\": x\nteachers:\n\
  - {name: Асанов Бакыт Жумабекович, position: доцент, kind: course, start: 2026-01-19, end: 2026-01-30, hours: 72}\n\
  - {name: Осмонов Бекзат Асанович, position: доцент, email: osmonov@example.kg, kind: course, start: 2026-01-19, end: 2026-01-30, hours: 72}\n";
    std::fs::write(docs.join("план.yaml"), plan).unwrap();
    b.goto(&s.url("/edit/план.yaml?ui=en"));
    b.wait(
        "the saved plan",
        "return document.querySelector('[name=\"teachers.1.name\"]') !== null;",
    );
    // The page shows them (as text, never as markup) and flags the unknown key.
    b.wait(
        "the unknown key's finding",
        "return document.querySelector('#findings li[data-path=\"schema_version\"]') !== null;",
    );
    assert_eq!(
        b.js(
            "return document.querySelector('.extra[data-path=\"note\"] .value').textContent.includes('<b>Бекова</b>') \
             && document.querySelector('.extra b') === null;",
            json!([])
        ),
        json!(true)
    );
    assert_eq!(
        b.js(
            "return document.querySelector('[name=\"head.name\"]').value;",
            json!([])
        ),
        json!("Токтогулова Айжан Мирлан кызы")
    );
    b.screenshot("extra-keys.png");
    b.click("fieldset.row[data-path=\"teachers.0\"] button.remove-row");
    b.type_into("[name=\"year\"]", "2026-2027");
    b.click(".extra[data-path=\"schema_version\"] button.remove-key");
    b.click("#save");
    // The check of the edits just before, answered after the save, does
    // not hide that it was saved.
    b.wait(
        "the plan saved",
        "return document.getElementById('message').textContent.includes('план.yaml');",
    );
    std::thread::sleep(Duration::from_millis(600));
    b.wait(
        "the check after the save",
        "return document.body.getAttribute('data-checking') === 'false';",
    );
    assert_eq!(
        b.js(
            "return document.getElementById('message').textContent.includes('план.yaml');",
            json!([])
        ),
        json!(true)
    );
    let deadline = Instant::now() + Duration::from_secs(30);
    let saved = loop {
        let saved = std::fs::read(docs.join("план.yaml")).unwrap();
        if saved != plan.as_bytes() {
            break saved;
        }
        assert!(Instant::now() < deadline, "the plan was not saved");
        std::thread::sleep(Duration::from_millis(100));
    };
    let mut res = agent().post(&s.url("/api/parse")).send(&saved[..]).unwrap();
    let data: Value = serde_json::from_slice(&res.body_mut().read_to_vec().unwrap()).unwrap();
    let data = &data["data"];
    let text = String::from_utf8_lossy(&saved);
    assert_eq!(data["year"], "2026-2027", "{text}");
    assert_eq!(
        data["note"],
        json!({"reviewed": [[1, 2], [3]], "by": "<b>Бекова</b>", "none": null, "share": 0.5, "empty": {}}),
        "{text}"
    );
    assert_eq!(data["odd: key"], "x", "{text}");
    // The keys in the form's order (the rows were once written first).
    let at = |key: &str| text.find(&format!("\n{key}:")).map_or(0, |i| i + 1);
    assert!(at("year") < at("teachers"), "{text}");
    assert!(text.starts_with("form: "), "{text}");
    assert!(
        data.get("schema_version").is_none(),
        "removed in the page: {text}"
    );
    assert_eq!(
        data["head"]["name"], "Токтогулова Айжан Мирлан кызы",
        "{text}"
    );
    let teachers = data["teachers"].as_array().unwrap();
    assert_eq!(teachers.len(), 1, "{text}");
    assert_eq!(teachers[0]["name"], "Осмонов Бекзат Асанович", "{text}");
    assert_eq!(teachers[0]["email"], "osmonov@example.kg", "{text}");

    // The start page lists what was saved, in the language chosen.
    b.goto(&s.url("/?ui=ru"));
    b.wait(
        "the index",
        "return document.querySelector('a[data-name]') !== null;",
    );
    assert_eq!(
        b.js("return document.documentElement.lang;", json!([])),
        json!("ru")
    );
    b.screenshot("index.png");

    // With a roster in the folder, a teacher picked by name brings what the
    // roster says of them into the row's empty fields, and only those.
    std::fs::copy(
        concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/fixtures/roster/roster.yaml"
        ),
        docs.join("roster.yaml"),
    )
    .unwrap();
    b.goto(&s.url("/form/annual-plan?ui=en"));
    b.wait(
        "the plan's fields",
        "return document.querySelector('[name=\"year\"]') !== null;",
    );
    b.click("button.add-row[data-path=\"teachers\"]");
    b.type_into("[name=\"teachers.0.degree\"]", "PhD");
    b.type_into("[name=\"teachers.0.name\"]", "Асанов Бакыт Жумабекович");
    b.js(
        "document.querySelector('[name=\"teachers.0.name\"]').dispatchEvent(new Event('change', {bubbles: true}));",
        json!([]),
    );
    let field = |name: &str| {
        b.js(
            "return document.querySelector(`[name=\"${arguments[0]}\"]`).value;",
            json!([name]),
        )
    };
    assert_eq!(field("teachers.0.position"), json!("доцент"));
    assert_eq!(field("teachers.0.subject"), json!("Программалоо"));
    assert_eq!(field("teachers.0.degree"), json!("PhD"), "typed, kept");
}
