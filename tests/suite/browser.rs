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
pub(crate) struct Browser {
    driver: Child,
    base: String,
    session: String,
    downloads: PathBuf,
}

impl Browser {
    /// Starts one. Chromium and chromedriver are required by the suite (the
    /// README and `.ci/run` say so): without them the test fails with the
    /// line that installs them, rather than passing without having looked.
    pub(crate) fn start(work: &Path) -> Browser {
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
            // The test behind nginx (deploy.rs) uses a self-signed certificate.
            "acceptInsecureCerts": true,
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

    pub(crate) fn goto(&self, url: &str) {
        self.cmd("POST", "/url", json!({ "url": url }));
    }

    pub(crate) fn find(&self, css: &str) -> String {
        let v = self.cmd(
            "POST",
            "/element",
            json!({"using": "css selector", "value": css}),
        );
        v[ELEMENT].as_str().unwrap().to_owned()
    }

    pub(crate) fn type_into(&self, css: &str, text: &str) {
        let el = self.find(css);
        self.cmd("POST", &format!("/element/{el}/clear"), json!({}));
        self.cmd(
            "POST",
            &format!("/element/{el}/value"),
            json!({ "text": text }),
        );
    }

    pub(crate) fn click(&self, css: &str) {
        let el = self.find(css);
        self.cmd("POST", &format!("/element/{el}/click"), json!({}));
    }

    /// Picks an option of a `<select>` by its value, as a click would.
    pub(crate) fn choose(&self, name: &str, value: &str) {
        self.click(&format!(
            "select[name=\"{name}\"] option[value=\"{value}\"]"
        ));
    }

    /// Sets a date field (typing into one depends on the browser's locale).
    pub(crate) fn set_date(&self, name: &str, value: &str) {
        self.js(
            "const e = document.querySelector(`[name=\"${arguments[0]}\"]`); e.value = arguments[1]; \
             e.dispatchEvent(new Event('input', {bubbles: true}));",
            json!([name, value]),
        );
    }

    pub(crate) fn js(&self, script: &str, args: Value) -> Value {
        self.cmd(
            "POST",
            "/execute/sync",
            json!({ "script": script, "args": args }),
        )
    }

    /// Waits until `script` returns true: a deadline, not a timing (on two
    /// cores shared with the whole suite a render may wait its turn).
    pub(crate) fn wait(&self, what: &str, script: &str) {
        let deadline = Instant::now() + Duration::from_secs(90);
        loop {
            if self.js(script, json!([])) == json!(true) {
                return;
            }
            assert!(Instant::now() < deadline, "waited in vain for {what}");
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    pub(crate) fn screenshot(&self, name: &str) {
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

    /// Gives a file to a file input, as choosing it in the dialog would.
    fn upload(&self, css: &str, file: &Path) {
        let el = self.find(css);
        self.cmd(
            "POST",
            &format!("/element/{el}/value"),
            json!({ "text": file.display().to_string() }),
        );
    }

    /// Keys typed into whatever has the focus (`\u{E004}` is Tab,
    /// `\u{E007}` Enter), as a person at the keyboard types them.
    fn keys(&self, text: &str) {
        let el = self.cmd("GET", "/element/active", json!({}))[ELEMENT]
            .as_str()
            .unwrap()
            .to_owned();
        self.cmd(
            "POST",
            &format!("/element/{el}/value"),
            json!({ "text": text }),
        );
    }

    /// The page's viewport in CSS pixels, as a phone's (a desktop window
    /// cannot be made that narrow).
    fn resize(&self, width: u32, height: u32) {
        self.cmd(
            "POST",
            "/goog/cdp/execute",
            json!({"cmd": "Emulation.setDeviceMetricsOverride", "params": {
                "width": width, "height": height, "deviceScaleFactor": 1, "mobile": true}}),
        );
    }

    /// Runs axe-core (vendored in `tests/vendor/`) on the page and fails
    /// on any serious or critical violation of WCAG 2 A/AA, naming the
    /// rule and the elements.
    fn axe(&self, page: &str) {
        const AXE: &str = include_str!("../vendor/axe.min.js");
        self.js(AXE, json!([]));
        let v = self.cmd(
            "POST",
            "/execute/async",
            json!({ "script": "const done = arguments[arguments.length - 1]; \
                axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }) \
                .then(r => done(r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical') \
                .map(v => v.id + ': ' + v.help + ' @ ' + v.nodes.slice(0, 5).map(n => n.target.join(' ')).join(' | ')))) \
                .catch(e => done(['axe failed: ' + e]));",
                "args": [] }),
        );
        assert_eq!(v, json!([]), "axe-core on {page}");
    }

    /// Leaves a page with unsaved changes as a person does: by the link
    /// home (what was typed is kept for when she comes back).
    fn leave(&self) {
        self.click("header a.home");
        self.wait(
            "the start page",
            "return document.getElementById('forms') !== null && document.readyState === 'complete';",
        );
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

pub(crate) fn has_finding(rule: &str) -> String {
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
    // A value printed otherwise than typed is a note, said quietly: folded
    // apart from the warnings, in muted words under its field (issue 21).
    b.type_into("[name=\"applicant.department\"]", "Информатика кафедрасы");
    b.wait("the unit note", &has_finding("unit"));
    assert_eq!(
        b.js(
            "return document.querySelector('#findings li[data-rule=\"unit\"]').className;",
            json!([])
        ),
        json!("info")
    );
    assert_eq!(
        b.js(
            "return getComputedStyle(document.querySelector('.flagged.info > .field-error')).color;",
            json!([])
        ),
        json!("rgb(91, 102, 114)")
    );
    b.screenshot("application-note.png");
    b.type_into("[name=\"applicant.department\"]", "Информатика");
    b.wait(
        "the note to go",
        "return document.querySelector('#findings li[data-rule=\"unit\"]') === null;",
    );
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
    b.click(".row[data-path=\"teachers.3\"] button.remove-row");
    assert_eq!(
        b.js(
            "return document.querySelectorAll('.row').length;",
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
    b.click(".row[data-path=\"teachers.0\"] button.remove-row");
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

/// The department's sheet as a secretary keeps it in Excel: a heading row
/// in her words, one row per teacher and completed course, dates as Excel
/// dates, and a column the roster does not have (a telephone number).
fn her_sheet(path: &Path) {
    // Name, position, degree, subject, and the course done: kind, first
    // and last day, hours.
    type Day = (u16, u8, u8);
    type Row<'a> = (
        &'a str,
        &'a str,
        &'a str,
        &'a str,
        Option<(&'a str, Day, Day, f64)>,
    );
    use rust_xlsxwriter::{ExcelDateTime, Format, Workbook};
    let mut book = Workbook::new();
    let sheet = book.add_worksheet().set_name("Кафедра").unwrap();
    let date = Format::new().set_num_format("dd.mm.yyyy");
    let heads = [
        "ФИО",
        "Должность",
        "Учёная степень",
        "Предмет",
        "Вид",
        "Начало",
        "Окончание",
        "Часы",
        "Организация",
        "Телефон",
    ];
    // A merged title row above the headings, as such sheets begin.
    let title = Format::new().set_bold();
    sheet
        .merge_range(0, 0, 0, 9, "Информатика кафедрасы — окутуучулар", &title)
        .unwrap();
    for (c, h) in heads.iter().enumerate() {
        sheet.write_string(1, c as u16, *h).unwrap();
    }
    let rows: [Row; 4] = [
        (
            "Асанов Бакыт Жумабекович",
            "доцент",
            "т.и.к.",
            "Программалоо",
            Some(("курсы", (2021, 11, 1), (2021, 11, 14), 72.0)),
        ),
        (
            "Токтогулова Айжан Мирлан кызы",
            "улук окутуучу",
            "",
            "Математика",
            Some(("стажировка", (2024, 2, 5), (2024, 2, 18), 72.0)),
        ),
        (
            "Осмонова Гүлнара Асановна",
            "доцент",
            "",
            "Химия",
            Some(("курс", (2019, 6, 10), (2019, 6, 30), 108.0)),
        ),
        ("Жумабаева Чолпон Маратовна", "окутуучу", "", "Физика", None),
    ];
    for (i, (name, position, degree, subject, course)) in rows.iter().enumerate() {
        let r = i as u32 + 2;
        sheet.write_string(r, 0, *name).unwrap();
        sheet.write_string(r, 1, *position).unwrap();
        sheet.write_string(r, 2, *degree).unwrap();
        sheet.write_string(r, 3, *subject).unwrap();
        if let Some((kind, (y1, m1, d1), (y2, m2, d2), hours)) = course {
            sheet.write_string(r, 4, *kind).unwrap();
            sheet
                .write_datetime_with_format(
                    r,
                    5,
                    ExcelDateTime::from_ymd(*y1, *m1, *d1).unwrap(),
                    &date,
                )
                .unwrap();
            sheet
                .write_datetime_with_format(
                    r,
                    6,
                    ExcelDateTime::from_ymd(*y2, *m2, *d2).unwrap(),
                    &date,
                )
                .unwrap();
            sheet.write_number(r, 7, *hours).unwrap();
            sheet.write_string(r, 8, "КМТУ").unwrap();
        }
        sheet.write_string(r, 9, "+996 555 000 000").unwrap();
    }
    book.save(path).unwrap();
}

/// A document name as a path segment.
fn percent(name: &str) -> String {
    name.bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}

/// What the page shows a person has no YAML key, id, code or backtick.
fn assert_in_her_words(b: &Browser, page: &str) {
    let text = b
        .js("return document.body.innerText;", json!([]))
        .as_str()
        .unwrap()
        .to_owned();
    assert!(!text.contains('`'), "a backtick on {page}: {text}");
    for code in [
        "applicant",
        "last_courses",
        "break_from_teaching",
        "self-study",
        "no-release",
        "null",
        "creative-leave",
        "quality_head",
        "(course)",
    ] {
        assert!(!text.contains(code), "{code} on {page}: {text}");
    }
}

fn wait_saved(b: &Browser, name_part: &str) {
    b.wait(
        "the save",
        &format!(
            "return document.getElementById('message').textContent.includes({});",
            json!(name_part)
        ),
    );
}

fn clear_downloads(b: &Browser) {
    for f in std::fs::read_dir(&b.downloads).unwrap() {
        std::fs::remove_file(f.unwrap().path()).unwrap();
    }
}

/// Saves with the page's button; the document as the page named it (its
/// name starts with `prefix`, the form's word in the form's language) and
/// its text.
fn save_as(b: &Browser, docs: &Path, prefix: &str) -> (String, String) {
    b.click("#save");
    wait_saved(b, ".yaml");
    let name = b
        .js(
            "return document.getElementById('save-name').value;",
            json!([]),
        )
        .as_str()
        .unwrap()
        .to_owned();
    assert!(name.starts_with(prefix), "{name} for {prefix}");
    let text = std::fs::read_to_string(docs.join(&name)).unwrap();
    (name, text)
}

/// A department secretary's year, in the browser alone: her sheet in, the
/// standing on a date, the annual plan drafted, completed, fixed and
/// packaged, an application from nothing with a mistake fixed, a program, a
/// certificate that disagrees with it, a report, a PDF opened back, the
/// language switched mid-form, one form by keyboard only, and every page
/// at 390 px; axe-core on every page. Each step is screenshotted.
#[test]
fn a_secretary_does_her_year_in_the_browser() {
    let work = crate::common::tmp("browser-year");
    let docs = work.join("docs");
    std::fs::create_dir(&docs).unwrap();
    let b = Browser::start(&work);
    let s = Server::start(&docs, &[]);
    let value = |name: &str| {
        b.js(
            "const e = document.querySelector(`[name=\"${arguments[0]}\"]`); return e ? e.value : null;",
            json!([name]),
        )
    };

    // 1. Her sheet in: on the roster page, the .xlsx she keeps.
    let sheet = work.join("кафедра.xlsx");
    her_sheet(&sheet);
    b.goto(&s.url("/form/roster?ui=ru"));
    b.wait(
        "the roster page",
        "return document.getElementById('import-sheet') !== null;",
    );
    b.axe("the empty roster");
    b.upload("#import-sheet", &sheet);
    b.wait(
        "the teachers read",
        "return (document.querySelector('[name=\"teachers.3.name\"]') || {}).value === 'Жумабаева Чолпон Маратовна';",
    );
    // The column the roster has no place for is named by its cell.
    assert_eq!(
        b.js(
            "return [...document.querySelectorAll('.import-findings li')].map(l => l.getAttribute('data-cell'));",
            json!([])
        ),
        json!(["Кафедра!J2"])
    );
    assert_eq!(value("teachers.0.history.0.kind"), json!("course"));
    assert_eq!(
        value("teachers.0.history.0.start"),
        json!("01.11.2021"),
        "dates as she writes them"
    );
    b.type_into("[name=\"faculty\"]", "Табигый илимдер");
    b.type_into("[name=\"department\"]", "Информатика");
    b.type_into("[name=\"head.name\"]", "Токтогулова Айжан Мирлан кызы");
    b.screenshot("year-1-roster-imported.png");
    b.axe("the imported roster");
    let (roster_name, roster) = save_as(&b, &docs, "");
    assert!(roster.starts_with("form: \"roster\""), "{roster}");
    assert!(roster.contains("Информатика"), "{roster_name}: {roster}");
    let out = crate::common::run(&docs, &["check", &roster_name]);
    assert!(out.status.success(), "{}", crate::common::stderr(&out));

    // 2. The standing on a date, as a PDF, from the start page.
    b.goto(&s.url("/?ui=ru"));
    b.wait(
        "the standing",
        "return document.querySelector('table.standing') !== null;",
    );
    b.screenshot("year-2-index.png");
    b.axe("the start page");
    b.type_into("#standing-on", "01.09.2026");
    clear_downloads(&b);
    b.click("#standing-pdf");
    let pdf = b.downloaded(".pdf");
    let text = crate::common::pdf_text(&pdf, None);
    for surname in ["Асанов", "Осмонова", "Жумабаева"] {
        assert!(text.contains(surname), "{surname}: {text}");
    }

    // 3. The annual plan drafted from the roster, completed in the grid.
    b.type_into("#draft-annual-plan-year", "2026-2027");
    b.click("#draft-annual-plan");
    b.wait(
        "the drafted plan",
        "return document.querySelector('tr.row[data-path=\"teachers.0\"]') !== null;",
    );
    let rows = b.js(
        "return document.querySelectorAll('tr.row').length;",
        json!([]),
    );
    assert!(rows.as_u64().unwrap() >= 2, "{rows}");
    assert_eq!(value("year"), json!("2026-2027"));
    // Two rows pasted from Excel: kind, direction, start, end, hours land in
    // their columns, from the cell pasted into.
    b.js(
        "const cell = document.querySelector('[name=\"teachers.0.kind\"]'); cell.focus(); \
         const dt = new DataTransfer(); dt.setData('text/plain', arguments[0]); \
         cell.dispatchEvent(new ClipboardEvent('paste', {clipboardData: dt, bubbles: true, cancelable: true}));",
        json!(["Курсы повышения квалификации\tЦифровая педагогика\t03.11.2026\t16.11.2026\t36\r\n\
                Стажировка\tБазы данных\t02.02.2027\t15.02.2027\t72\r\n"]),
    );
    assert_eq!(value("teachers.0.kind"), json!("course"));
    assert_eq!(value("teachers.0.start"), json!("03.11.2026"));
    assert_eq!(value("teachers.1.kind"), json!("internship"));
    assert_eq!(value("teachers.1.hours"), json!("72"));
    // 36 hours is not a course (1.5): the error is counted at the top and
    // the preview is marked out of date.
    b.wait("the course-hours error", &has_finding("course-hours"));
    b.wait(
        "the summary",
        "return Number(document.getElementById('summary').getAttribute('data-errors')) >= 1;",
    );
    b.screenshot("year-3-plan-error.png");
    b.axe("the plan with an error");
    b.type_into("[name=\"teachers.0.hours\"]", "72");
    // The rows beyond the two pasted: removed, one brought back.
    let n = rows.as_u64().unwrap();
    for _ in 2..n {
        b.click("tr.row[data-path=\"teachers.2\"] button.remove-row");
    }
    b.click("button.undo-row");
    assert_eq!(
        b.js(
            "return document.querySelectorAll('tr.row').length;",
            json!([])
        ),
        json!(3)
    );
    b.click("tr.row[data-path=\"teachers.2\"] button.remove-row");
    b.wait(
        "a plan that prints",
        "return document.querySelector('#findings li.error') === null \
         && document.body.getAttribute('data-checking') === 'false' \
         && document.getElementById('preview').getAttribute('data-stale') === 'false';",
    );
    std::thread::sleep(Duration::from_millis(400));
    b.screenshot("year-4-plan.png");
    let (plan_name, plan) = save_as(&b, &docs, "");
    assert!(plan.contains("hours: 72"), "{plan_name}: {plan}");
    clear_downloads(&b);
    b.click("#package");
    let zip = b.downloaded(".zip");
    let archive = zip::ZipArchive::new(std::fs::File::open(&zip).unwrap()).unwrap();
    let names: Vec<String> = archive
        .file_names()
        .filter_map(|n| n.ok().map(|n| n.into_owned()))
        .collect();
    assert!(
        names.iter().filter(|n| n.ends_with(".pdf")).count() >= 3,
        "{names:?}"
    );

    // The perspective plan drafted too: one row per teacher, the
    // directions of each of its three years as boxes to tick.
    b.goto(&s.url("/form/roster?ui=ru"));
    b.wait(
        "the roster page",
        "return document.getElementById('draft-perspective-plan') !== null;",
    );
    b.type_into("#draft-perspective-plan-year", "2026");
    b.click("#draft-perspective-plan");
    b.wait(
        "the drafted perspective plan",
        "return location.pathname.endsWith('/form/perspective-plan') \
         && document.querySelectorAll('tr.row').length === 4;",
    );
    assert_eq!(
        b.js(
            "return [...document.querySelectorAll('tr.row[data-path=\"teachers.0\"] .yearmap legend')].map(l => l.textContent);",
            json!([])
        ),
        json!(["2026-2027", "2027-2028", "2028-2029"])
    );
    b.click(
        "tr.row[data-path=\"teachers.0\"] input[name=\"teachers.0.plan.2027-2028\"][value=\"it\"]",
    );
    b.wait(
        "the perspective plan prints",
        "return document.body.getAttribute('data-checking') === 'false' \
         && document.getElementById('preview').getAttribute('data-stale') === 'false';",
    );
    std::thread::sleep(Duration::from_millis(400));
    b.screenshot("year-4b-perspective-plan.png");
    b.axe("the perspective plan");
    let (_, perspective) = save_as(&b, &docs, "");
    assert!(
        perspective.contains("\"2027-2028\": [\"it\"]")
            || perspective.contains("2027-2028: [\"it\"]"),
        "{perspective}"
    );

    // 4. An application from nothing: the empty form says what to fill, in
    // her words; a name from the roster fills what the roster knows.
    b.goto(&s.url("/form/application?ui=ky"));
    b.wait(
        "the application",
        "return document.getElementById('summary').hidden === false;",
    );
    assert_in_her_words(&b, "the empty application");
    assert!(
        b.js(
            "return document.getElementById('summary').textContent;",
            json!([])
        )
        .as_str()
        .unwrap()
        .contains("толтурула элек")
    );
    b.screenshot("year-5-application-empty.png");
    b.axe("the empty application");
    b.type_into("[name=\"applicant.name\"]", "Асанов Бакыт Жумабекович");
    b.js(
        "document.querySelector('[name=\"applicant.name\"]').dispatchEvent(new Event('change', {bubbles: true}));",
        json!([]),
    );
    assert_eq!(value("applicant.position"), json!("доцент"));
    b.type_into("[name=\"rector.name\"]", "Шаршембиев Жаныбек Сейитбекович");
    b.choose("kind", "course");
    b.type_into("[name=\"direction\"]", "Санариптик педагогика");
    b.type_into("[name=\"start\"]", "03.11.2026");
    b.type_into("[name=\"end\"]", "16.11.2026");
    b.type_into("[name=\"hours\"]", "36");
    b.wait("the 36-hour finding", &has_finding("course-hours"));
    // Language switched mid-form: what she typed stays.
    b.click("#ui-switch a[data-ui=\"ru\"]");
    b.wait(
        "the page in Russian",
        "return document.documentElement.lang === 'ru' && document.querySelector('[name=\"hours\"]') !== null;",
    );
    assert_eq!(value("hours"), json!("36"));
    assert_eq!(value("start"), json!("03.11.2026"));
    b.wait("the finding again", &has_finding("course-hours"));
    b.screenshot("year-6-application-ru.png");
    b.type_into("[name=\"hours\"]", "72");
    b.wait(
        "the application prints",
        "return document.getElementById('preview').getAttribute('data-stale') === 'false';",
    );
    let (app_name, app) = save_as(&b, &docs, "Билдирүү — ");
    assert!(app_name.contains("Асанов Бакыт Жумабекович"), "{app_name}");
    assert!(
        app.contains("start: \"2026-11-03\"") || app.contains("start: 2026-11-03"),
        "{app}"
    );
    clear_downloads(&b);
    b.click("#download-pdf");
    let app_pdf = b.downloaded(".pdf");
    // Someone else saves it meanwhile (another tab, another person): her
    // save says so, changes nothing of theirs, and keeps hers as a new one.
    let url = s.url(&format!("/api/documents/{}", percent(&app_name)));
    let etag = agent()
        .get(&url)
        .call()
        .unwrap()
        .headers()
        .get("etag")
        .unwrap()
        .to_str()
        .unwrap()
        .to_owned();
    let theirs = app.replace("Санариптик педагогика", "Санариптик педагогика жана AI");
    let res = agent()
        .put(&url)
        .header("If-Match", &etag)
        .send(theirs.as_bytes())
        .unwrap();
    assert_eq!(res.status().as_u16(), 200);
    b.type_into("[name=\"institution\"]", "КМТУ");
    b.click("#save");
    b.wait(
        "the conflict",
        "return document.getElementById('conflict').hidden === false;",
    );
    b.screenshot("year-6b-conflict.png");
    assert_eq!(
        std::fs::read_to_string(docs.join(&app_name)).unwrap(),
        theirs
    );
    b.click("#conflict-new");
    wait_saved(&b, "(2).yaml");
    let mine = std::fs::read_to_string(docs.join(app_name.replace(".yaml", " (2).yaml"))).unwrap();
    assert!(mine.contains("КМТУ") && !mine.contains("AI"), "{mine}");
    // Their save replaced hers: her version is kept, listed, and restored
    // from the page.
    b.goto(&s.url(&format!("/edit/{}?ui=ru", percent(&app_name))));
    b.wait(
        "the versions",
        "return document.querySelector('#versions button.restore') !== null;",
    );
    b.js(
        "document.getElementById('versions').open = true;",
        json!([]),
    );
    b.screenshot("year-6c-versions.png");
    b.click("#versions button.restore");
    b.wait(
        "her version back",
        "return (document.querySelector('[name=\"direction\"]') || {}).value === 'Санариптик педагогика';",
    );
    b.click("#save");
    wait_saved(&b, &app_name);
    assert_eq!(std::fs::read_to_string(docs.join(&app_name)).unwrap(), app);
    // A second application for the same teacher never replaces the first.
    b.goto(&s.url("/form/application?ui=ky"));
    b.wait(
        "a new application",
        "return document.querySelector('[name=\"applicant.name\"]') !== null;",
    );
    b.type_into("[name=\"applicant.name\"]", "Асанов Бакыт Жумабекович");
    b.click("#save");
    wait_saved(&b, "(3).yaml");
    assert_eq!(std::fs::read_to_string(docs.join(&app_name)).unwrap(), app);

    // 5. The internship program: the work items of 6.3 offered as such.
    b.goto(&s.url("/form/internship-program?ui=ru"));
    b.wait(
        "the program",
        "return document.querySelector('[name=\"teacher.name\"]') !== null;",
    );
    b.type_into("[name=\"teacher.name\"]", "Токтогулова Айжан Мирлан кызы");
    b.type_into("[name=\"title\"]", "Маалымат базалары");
    b.type_into("[name=\"start\"]", "02.02.2027");
    b.type_into("[name=\"end\"]", "15.02.2027");
    b.type_into("[name=\"hours\"]", "72");
    b.click("button.add-row[data-path=\"plan\"]");
    b.click("select[id=\"f-plan.0.activity~\"] option[value=\"self-study\"]");
    b.type_into("[name=\"plan.0.hours\"]", "40");
    b.click("button.add-row[data-path=\"plan\"]");
    b.click("select[id=\"f-plan.1.activity~\"] option[value=\"~other\"]");
    b.type_into(
        "[name=\"plan.1.activity\"]",
        "Кафедранын семинарында баяндама",
    );
    b.type_into("[name=\"plan.1.hours\"]", "32");
    assert_in_her_words(&b, "the program");
    b.screenshot("year-7-program.png");
    b.axe("the program");
    let (_, program) = save_as(&b, &docs, "Программа стажировки — Токтогулова");
    assert!(program.contains("activity: \"self-study\""), "{program}");
    assert!(
        program.contains("Кафедранын семинарында баяндама"),
        "{program}"
    );

    // 6. The certificate: fewer hours than the program, said as she types
    // (the folder's check, 6.5).
    b.goto(&s.url("/form/internship-certificate?ui=ru"));
    b.wait(
        "the certificate",
        "return document.querySelector('[name=\"teacher.name\"]') !== null;",
    );
    b.type_into("[name=\"teacher.name\"]", "Токтогулова Айжан Мирлан кызы");
    b.type_into("[name=\"direction\"]", "Маалымат базалары");
    b.type_into("[name=\"start\"]", "02.02.2027");
    b.type_into("[name=\"end\"]", "15.02.2027");
    b.type_into("[name=\"hours\"]", "36");
    b.wait(
        "the certificate-hours finding",
        &has_finding("certificate-hours"),
    );
    b.screenshot("year-8-certificate.png");
    b.type_into("[name=\"hours\"]", "72");
    b.wait(
        "the finding gone",
        "return document.querySelector('#findings li[data-rule=\"certificate-hours\"]') === null \
         && document.body.getAttribute('data-checking') === 'false';",
    );
    b.click("#save");
    wait_saved(&b, ".yaml");

    // 7. The report: one topic a line, commas inside a topic kept.
    b.goto(&s.url("/form/report?ui=ru"));
    b.wait(
        "the report",
        "return document.querySelector('[name=\"course.topics\"]') !== null;",
    );
    b.type_into("[name=\"teacher.name\"]", "Асанов Бакыт Жумабекович");
    b.type_into(
        "[name=\"course.topics\"]",
        "Индексы, планы запросов и оптимизация\nРепликация",
    );
    let (_, report) = save_as(&b, &docs, "Отчёт — Асанов");
    assert!(
        report.contains("topics: [\"Индексы, планы запросов и оптимизация\", \"Репликация\"]"),
        "{report}"
    );
    b.screenshot("year-9-report.png");
    b.axe("the report");

    // 8. A PDF opened back, from the start page.
    b.goto(&s.url("/?ui=en"));
    b.wait(
        "the index",
        "return document.getElementById('open-pdf') !== null;",
    );
    b.upload("#open-pdf", &app_pdf);
    b.wait(
        "the application opened",
        "return location.pathname.endsWith('/form/application') \
         && (document.querySelector('[name=\"applicant.name\"]') || {}).value === 'Асанов Бакыт Жумабекович';",
    );
    assert_eq!(value("hours"), json!("72"));
    b.leave();

    // 9. One form by keyboard only: from the first field, Tab and type;
    // every control on the way is visibly focused, the "open a PDF" one too.
    b.goto(&s.url("/form/report?ui=en"));
    b.wait(
        "the report",
        "return document.querySelector('[name=\"teacher.name\"]') !== null;",
    );
    b.js(
        "document.querySelector('[name=\"teacher.name\"]').focus();",
        json!([]),
    );
    let answers = [
        ("teacher.name", "Жумабаева Чолпон Маратовна"),
        ("goal", "Санариптик сабаттуулук"),
        ("place", "КМТУ"),
    ];
    let mut seen_open_pdf = false;
    let mut saved = false;
    for _ in 0..200 {
        let active = b.js(
            "const e = document.activeElement; const s = getComputedStyle(e, e.type === 'file' ? null : null); \
             const ring = e.type === 'file' ? getComputedStyle(e.nextElementSibling) : s; \
             return {name: e.name || '', id: e.id, tag: e.tagName, \
                     outline: parseFloat(ring.outlineWidth) || 0, shadow: ring.boxShadow};",
            json!([]),
        );
        let name = active["name"].as_str().unwrap().to_owned();
        let id = active["id"].as_str().unwrap().to_owned();
        assert!(
            active["outline"].as_f64().unwrap() >= 2.0 || active["shadow"] != json!("none"),
            "no visible focus on {active}"
        );
        if id == "open-pdf" {
            seen_open_pdf = true;
        }
        if let Some((_, text)) = answers.iter().find(|(n, _)| *n == name) {
            b.keys(text);
        }
        if id == "save" {
            b.keys("\u{E007}");
            saved = true;
            break;
        }
        b.keys("\u{E004}");
    }
    assert!(saved, "Tab never reached the save button");
    wait_saved(&b, ".yaml");
    let keyed_name = b
        .js(
            "return document.getElementById('save-name').value;",
            json!([]),
        )
        .as_str()
        .unwrap()
        .to_owned();
    for _ in 0..8 {
        if b.js("return document.activeElement.id;", json!([])) == json!("open-pdf") {
            seen_open_pdf = true;
            break;
        }
        b.keys("\u{E004}");
    }
    assert!(
        seen_open_pdf,
        "the open-a-PDF control is not reachable by Tab"
    );
    let keyed = std::fs::read_to_string(docs.join(&keyed_name)).unwrap();
    assert!(keyed.contains("Жумабаева Чолпон Маратовна"), "{keyed}");

    // 10. At 390 px: no page wider than the screen.
    b.resize(390, 844);
    for (page, shot) in [
        ("/?ui=ky", "year-10-index-390.png"),
        ("/form/application?ui=ky", "year-11-application-390.png"),
        ("/form/annual-plan?ui=ky", "year-12-plan-390.png"),
        ("/form/roster?ui=ky", "year-13-roster-390.png"),
    ] {
        b.leave();
        b.goto(&s.url(page));
        b.wait("the page", "return document.readyState === 'complete';");
        std::thread::sleep(Duration::from_millis(300));
        assert_eq!(b.js("return window.innerWidth;", json!([])), json!(390));
        let width = b.js("return document.documentElement.scrollWidth;", json!([]));
        assert!(
            width.as_u64().unwrap() <= 390,
            "{page} is {width} px wide at 390"
        );
        b.screenshot(shot);
        b.axe(page);
    }
}
