//! `tirkeme serve`, its API from a script's side: the binary started on a
//! free port as a user starts it, spoken to over HTTP.

use std::io::Read;
use std::process::Stdio;

use crate::common::server::{Server, agent};
use crate::common::{tirkeme, tmp};

/// An application for a course of `hours` hours.
fn application(hours: u32, name: &str) -> String {
    format!(
        "form: application\nlang: ky\nrector: Шаршембиев Жаныбек Сейитбекович\n\
applicant:\n  name: {name}\n  department: Информатика\n  position: доцент\n\
kind: course\ndirection: Санариптик билим берүү\nstart: 2025-11-03\nend: 2025-11-16\n\
hours: {hours}\nbreak_from_teaching: true\ndate: 2025-10-20\n"
    )
}

fn post(s: &Server, path: &str, body: &[u8]) -> (u16, Vec<u8>, Option<String>) {
    let mut res = agent()
        .post(&s.url(path))
        .header("Content-Type", "application/yaml")
        .send(body)
        .unwrap();
    let status = res.status().as_u16();
    let ctype = res
        .headers()
        .get("content-type")
        .map(|v| v.to_str().unwrap().to_owned());
    let body = res
        .body_mut()
        .with_config()
        .limit(64 << 20)
        .read_to_vec()
        .unwrap();
    (status, body, ctype)
}

fn get(s: &Server, path: &str) -> (u16, Vec<u8>) {
    let mut res = agent().get(&s.url(path)).call().unwrap();
    let status = res.status().as_u16();
    (status, res.body_mut().read_to_vec().unwrap())
}

fn json(bytes: &[u8]) -> serde_json::Value {
    serde_json::from_slice(bytes).unwrap()
}

fn rules(v: &serde_json::Value) -> Vec<String> {
    v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["rule"].as_str().unwrap().to_owned())
        .collect()
}

#[test]
fn forms_schema_and_check() {
    let dir = tmp("serve-check");
    let s = Server::start(&dir, &[]);
    let (status, body) = get(&s, "/api/forms");
    assert_eq!(status, 200);
    let forms = json(&body);
    let ids: Vec<&str> = forms
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, crate::common::FORMS);
    assert_eq!(forms[3]["appendix"], 4);
    // A document that is not an appendix has `null`, never a number.
    for (f, id) in forms.as_array().unwrap().iter().zip(crate::common::FORMS) {
        let n = tirkeme::forms::FormId::from_id(id).unwrap().appendix();
        assert_eq!(f["appendix"], serde_json::json!(n), "{id}");
    }
    assert!(
        forms[3]["titles"]["ky"]
            .as_str()
            .unwrap()
            .contains("Билдирүү")
    );

    let (status, body) = get(&s, "/api/schema/application");
    assert_eq!(status, 200);
    let schema = json(&body);
    assert!(schema["properties"]["applicant"].is_object(), "{schema}");
    assert_eq!(get(&s, "/api/schema/no-such-form").0, 404);

    // A 36-hour course breaks 1.5; at 72 hours the finding is gone.
    let (status, body, _) = post(
        &s,
        "/api/check?ui=en",
        application(36, "Асанов Бакыт Жумабекович").as_bytes(),
    );
    assert_eq!(status, 200);
    let found = json(&body);
    let f = found["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["rule"] == "course-hours")
        .unwrap_or_else(|| panic!("no course-hours finding: {found}"));
    assert_eq!(f["clause"], "1.5");
    assert_eq!(f["severity"], "error");
    assert_eq!(f["line"], 12, "{f}");
    assert!(f["column"].as_u64().unwrap() > 0);
    assert!(f.get("file").is_none());
    assert!(f["message"].as_str().unwrap().contains("72"), "{f}");
    let (_, body, _) = post(
        &s,
        "/api/check",
        application(72, "Асанов Бакыт Жумабекович").as_bytes(),
    );
    assert!(!rules(&json(&body)).contains(&"course-hours".to_owned()));

    // The messages follow the browser's language.
    let mut res = agent()
        .post(&s.url("/api/check"))
        .header("Accept-Language", "ru-RU,ru;q=0.9,en;q=0.5")
        .send(application(36, "Асанов Бакыт Жумабекович").as_bytes())
        .unwrap();
    let ru = json(&res.body_mut().read_to_vec().unwrap());
    let msg = ru["findings"][0]["message"].as_str().unwrap().to_owned();
    assert!(msg.chars().any(|c| ('а'..='я').contains(&c)), "{msg}");
}

#[test]
fn render_extract_and_limits() {
    let dir = tmp("serve-render");
    let s = Server::start(&dir, &[]);
    let yaml = application(72, "Токтогулова Айжан Мирлан кызы");
    let (status, pdf, ctype) = post(&s, "/api/render", yaml.as_bytes());
    assert_eq!(status, 200);
    assert_eq!(ctype.as_deref(), Some("application/pdf"));
    assert!(pdf.starts_with(b"%PDF"));
    let path = dir.join("a.pdf");
    std::fs::write(&path, &pdf).unwrap();
    let text = crate::common::pdf_text(&path, None);
    assert!(text.contains("БИЛДИРҮҮ"), "{text}");
    assert!(text.contains("Токтогулова"), "{text}");

    // The language of the printed form.
    let (status, pdf_ru, _) = post(&s, "/api/render?lang=ru", yaml.as_bytes());
    assert_eq!(status, 200);
    std::fs::write(&path, &pdf_ru).unwrap();
    assert!(crate::common::pdf_text(&path, None).contains("ЗАЯВЛЕНИЕ"));
    assert_eq!(post(&s, "/api/render?lang=de", yaml.as_bytes()).0, 400);
    // Refused in the user's language, naming what was asked for, by the
    // render and by the package alike.
    let (status, body, _) = post(&s, "/api/render?lang=de&ui=ru", yaml.as_bytes());
    assert_eq!(status, 400);
    assert_eq!(
        json(&body)["error"],
        "`de` — не язык формы (ky или ru)",
        "{}",
        String::from_utf8_lossy(&body)
    );
    let (status, body, _) = post(&s, "/api/package?lang=en&ui=ky", yaml.as_bytes());
    assert_eq!(status, 400);
    assert_eq!(json(&body)["error"], "`en` форманын тили эмес (ky же ru)");

    // Errors: 422 with the findings, no PDF.
    let (status, body, _) = post(
        &s,
        "/api/render",
        application(36, "Асанов Бакыт").as_bytes(),
    );
    assert_eq!(status, 422);
    assert!(rules(&json(&body)).contains(&"course-hours".to_owned()));

    // The PDF's data comes back out byte for byte.
    let (status, back, _) = post(&s, "/api/extract", &pdf);
    assert_eq!(status, 200);
    assert_eq!(String::from_utf8(back).unwrap(), yaml);
    assert_eq!(post(&s, "/api/extract", b"%PDF-1.7 not really").0, 422);

    // Over the input limit: 413, whatever the route, before the body is sent.
    let big = 4 * 1024 * 1024 + 10;
    for (method, path) in [
        ("POST", "/api/check"),
        ("POST", "/api/render"),
        ("POST", "/api/extract"),
        ("PUT", "/api/documents/big.yaml"),
    ] {
        let (status, _) = s.raw(&format!(
            "{method} {path} HTTP/1.1\r\nHost: {}\r\nContent-Length: {big}\r\nConnection: close\r\n\r\n",
            s.host
        ));
        assert_eq!(status, 413, "{method} {path}");
    }
    assert!(!dir.join("big.yaml").exists());
}

#[test]
fn documents_stay_inside_dir() {
    let root = tmp("serve-docs");
    let dir = root.join("docs");
    std::fs::create_dir(&dir).unwrap();
    std::fs::write(root.join("secret.yaml"), "form: secret\n").unwrap();
    std::fs::write(dir.join("notes.txt"), "not a document").unwrap();
    #[cfg(unix)]
    std::os::unix::fs::symlink(root.join("secret.yaml"), dir.join("link.yaml")).unwrap();
    let s = Server::start(&dir, &[]);

    let yaml = application(72, "Асанов Бакыт Жумабекович");
    let mut res = agent()
        .put(&s.url("/api/documents/Асанов%20арыз.yaml"))
        .send(yaml.as_bytes())
        .unwrap();
    // 201: created.
    assert_eq!(
        res.status().as_u16(),
        201,
        "{}",
        res.body_mut().read_to_string().unwrap()
    );
    assert_eq!(
        std::fs::read_to_string(dir.join("Асанов арыз.yaml")).unwrap(),
        yaml
    );
    // No temporary file left behind.
    let names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(names.iter().all(|n| !n.ends_with(".tmp")), "{names:?}");

    let (status, body) = get(&s, "/api/documents");
    assert_eq!(status, 200);
    let list = json(&body);
    let listed: Vec<&str> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["name"].as_str().unwrap())
        .collect();
    assert_eq!(
        listed,
        ["Асанов арыз.yaml"],
        "links and other files are not listed"
    );
    assert_eq!(list[0]["form"], "application");

    let (status, body) = get(&s, "/api/documents/Асанов%20арыз.yaml");
    assert_eq!(status, 200);
    assert_eq!(String::from_utf8(body).unwrap(), yaml);

    // Names: one plain `.yaml` file name, else 400; no way out of DIR.
    for bad in [
        "x.yml",
        "..%2Fsecret.yaml",
        "%2E%2E%2Fsecret.yaml",
        ".hidden.yaml",
        "a%5Cb.yaml",
        "notes.txt",
    ] {
        assert_eq!(get(&s, &format!("/api/documents/{bad}")).0, 400, "{bad}");
        let res = agent()
            .put(&s.url(&format!("/api/documents/{bad}")))
            .send("form: report\n")
            .unwrap();
        assert_eq!(res.status().as_u16(), 400, "PUT {bad}");
    }
    assert_eq!(get(&s, "/api/documents/none.yaml").0, 404);
    assert_eq!(
        std::fs::read_to_string(root.join("secret.yaml")).unwrap(),
        "form: secret\n"
    );

    #[cfg(unix)]
    {
        // A symlink is never followed: not read, and a save replaces the
        // link (it is no document: the save creates one).
        assert_eq!(get(&s, "/api/documents/link.yaml").0, 404);
        let res = agent()
            .put(&s.url("/api/documents/link.yaml"))
            .send("form: report\n")
            .unwrap();
        assert_eq!(res.status().as_u16(), 201);
        assert_eq!(
            std::fs::read_to_string(root.join("secret.yaml")).unwrap(),
            "form: secret\n"
        );
        assert!(
            !std::fs::symlink_metadata(dir.join("link.yaml"))
                .unwrap()
                .file_type()
                .is_symlink()
        );
    }

    // No roster here.
    assert_eq!(get(&s, "/api/status").0, 404);
}

#[test]
fn other_sites_are_refused() {
    let dir = tmp("serve-origin");
    let s = Server::start(&dir, &[]);
    let req = |host: &str, extra: &str| {
        format!("GET /api/forms HTTP/1.1\r\nHost: {host}\r\n{extra}Connection: close\r\n\r\n")
    };
    assert_eq!(s.raw(&req(&s.host, "")).0, 200);
    let port = s.host.rsplit(':').next().unwrap();
    assert_eq!(s.raw(&req(&format!("localhost:{port}"), "")).0, 200);
    // DNS rebinding: a name of another site pointing at us.
    assert_eq!(s.raw(&req(&format!("evil.example:{port}"), "")).0, 403);
    // A page of another site posting to us.
    assert_eq!(
        s.raw(&req(&s.host, "Origin: http://evil.example\r\n")).0,
        403
    );
    assert_eq!(s.raw(&req(&s.host, "Origin: null\r\n")).0, 403);
    assert_eq!(
        s.raw(&req(&s.host, &format!("Origin: http://{}\r\n", s.host)))
            .0,
        200
    );
    let post = format!(
        "POST /api/render HTTP/1.1\r\nHost: {}\r\nOrigin: http://evil.example\r\nContent-Length: 3\r\nConnection: close\r\n\r\na: 1",
        s.host
    );
    assert_eq!(s.raw(&post).0, 403);
}

#[test]
fn beyond_loopback_only_with_token() {
    let dir = tmp("serve-token");
    let out = tirkeme()
        .args(["serve", dir.to_str().unwrap(), "--listen", "0.0.0.0:0"])
        .stdout(Stdio::piped())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        crate::common::stderr(&out).contains("--token"),
        "{}",
        crate::common::stderr(&out)
    );
    assert!(out.stdout.is_empty());

    let token = "s3cret-s3cret-s3cret";
    let s = Server::start(&dir, &["--listen", "0.0.0.0:0", "--token", token]);
    let req = |extra: &str| {
        format!(
            "GET /api/documents HTTP/1.1\r\nHost: tirkeme.example.edu\r\n{extra}Connection: close\r\n\r\n"
        )
    };
    assert_eq!(s.raw(&req("")).0, 401);
    assert_eq!(s.raw(&req("Authorization: Bearer wrong\r\n")).0, 401);
    assert_eq!(
        s.raw(&req(&format!("Authorization: Bearer {token}\r\n"))).0,
        200
    );
    // Opening `/?token=` once sets the cookie that then opens every page,
    // for 30 days, out of reach of scripts and other sites.
    let (status, head) = s.raw(&format!(
        "GET /?token={token} HTTP/1.1\r\nHost: tirkeme.example.edu\r\nConnection: close\r\n\r\n"
    ));
    assert_eq!(status, 303);
    let set = head
        .lines()
        .find_map(|l| l.strip_prefix("set-cookie: "))
        .unwrap()
        .to_owned();
    for part in ["HttpOnly", "SameSite=Strict", "Max-Age=2592000", "Path=/"] {
        assert!(set.contains(part), "{part}: {set}");
    }
    assert!(!set.contains("Secure"), "plain http: {set}");
    let cookie = set.split(';').next().unwrap().to_owned();
    assert_eq!(s.raw(&req(&format!("Cookie: {cookie}\r\n"))).0, 200);
    assert_eq!(s.raw(&req("Cookie: tirkeme_token=nope\r\n")).0, 401);
}

#[test]
fn a_full_queue_answers_503() {
    let dir = tmp("serve-busy");
    let s = Server::start(&dir, &["--jobs", "1", "--queue", "0"]);
    let plan = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/ky/annual-plan.yaml"),
    )
    .unwrap();
    let statuses: Vec<(u16, Option<String>)> = std::thread::scope(|sc| {
        let handles: Vec<_> = (0..8)
            .map(|_| {
                sc.spawn(|| {
                    let res = agent()
                        .post(&s.url("/api/render"))
                        .send(plan.as_bytes())
                        .unwrap();
                    let retry = res
                        .headers()
                        .get("retry-after")
                        .map(|v| v.to_str().unwrap().to_owned());
                    (res.status().as_u16(), retry)
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    assert!(statuses.iter().any(|(c, _)| *c == 200), "{statuses:?}");
    let busy: Vec<_> = statuses.iter().filter(|(c, _)| *c == 503).collect();
    assert!(!busy.is_empty(), "{statuses:?}");
    assert!(busy.iter().all(|(_, r)| r.as_deref() == Some("1")));
    // And it recovers.
    assert_eq!(post(&s, "/api/render", plan.as_bytes()).0, 200);
}

#[test]
fn package_is_one_zip() {
    let dir = tmp("serve-package");
    let s = Server::start(&dir, &[]);
    let plan = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/ru/annual-plan.yaml"),
    )
    .unwrap();
    let (status, zip, ctype) = post(&s, "/api/package", plan.as_bytes());
    assert_eq!(status, 200);
    assert_eq!(ctype.as_deref(), Some("application/zip"));
    let zpath = dir.join("p.zip");
    std::fs::write(&zpath, &zip).unwrap();
    let list = std::process::Command::new("unzip")
        .arg("-Z1")
        .arg(&zpath)
        .output();
    let names: Vec<String> = match list {
        Ok(o) if o.status.success() => String::from_utf8_lossy(&o.stdout)
            .lines()
            .map(str::to_owned)
            .collect(),
        // Without unzip: the local headers' names, read from the bytes.
        _ => {
            let mut names = Vec::new();
            let mut i = 0;
            while let Some(p) = zip[i..].windows(4).position(|w| w == b"PK\x03\x04") {
                let h = i + p;
                let n = u16::from_le_bytes([zip[h + 26], zip[h + 27]]) as usize;
                names.push(String::from_utf8_lossy(&zip[h + 30..h + 30 + n]).into_owned());
                i = h + 30 + n;
            }
            names
        }
    };
    assert!(
        names.contains(&"annual-plan.ru.pdf".to_owned()),
        "{names:?}"
    );
    let apps = names.iter().filter(|n| n.ends_with(".ru.pdf")).count() - 1;
    let yamls = names.iter().filter(|n| n.ends_with(".yaml")).count();
    assert!(apps >= 3, "{names:?}");
    assert_eq!(apps, yamls, "{names:?}");
    let mut first = Vec::new();
    std::fs::File::open(&zpath)
        .unwrap()
        .read_to_end(&mut first)
        .unwrap();
    assert!(first.starts_with(b"PK"));
}

#[test]
fn pages_escape_what_users_typed() {
    let dir = tmp("serve-pages");
    let evil = "</script><img src=x onerror=alert(1)> & \"q\"";
    let yaml = format!(
        "form: application\napplicant:\n  name: {}\n",
        serde_json::to_string(evil).unwrap()
    );
    std::fs::write(dir.join("x.yaml"), &yaml).unwrap();
    std::fs::write(dir.join("O'Brien & co.yaml"), "form: report\n").unwrap();
    let s = Server::start(&dir, &[]);
    let (status, page) = get(&s, "/edit/x.yaml");
    assert_eq!(status, 200);
    let page = String::from_utf8(page).unwrap();
    assert!(page.contains("id=\"boot\""));
    assert!(!page.contains("<img"), "{page}");
    assert!(!page.contains("</script><"), "{page}");
    let (status, index) = get(&s, "/");
    assert_eq!(status, 200);
    let index = String::from_utf8(index).unwrap();
    assert!(index.contains(">O&#39;Brien &amp; co.yaml<"), "{index}");
    for form in ["application", "annual-plan"] {
        let (status, page) = get(&s, &format!("/form/{form}"));
        assert_eq!(status, 200, "{form}");
        let page = String::from_utf8(page).unwrap();
        for id in [
            "id=\"preview\"",
            "id=\"download-pdf\"",
            "id=\"save\"",
            "id=\"findings\"",
        ] {
            assert!(page.contains(id), "{form}: {id}");
        }
    }
    assert_eq!(get(&s, "/form/nope").0, 404);
    // Nothing is fetched from elsewhere.
    assert!(!index.contains("http://") && !index.contains("https://"));
    let mut res = agent().get(&s.url("/")).call().unwrap();
    let csp = res
        .headers()
        .get("content-security-policy")
        .unwrap()
        .to_str()
        .unwrap()
        .to_owned();
    assert!(csp.contains("default-src 'self'"));
    let _ = res.body_mut().read_to_vec();
}

#[test]
fn every_form_has_its_page_and_the_roster_its_standing() {
    let dir = tmp("serve-roster");
    let s = Server::start(&dir, &[]);
    // Without a roster there is no standing.
    assert_eq!(get(&s, "/api/status").0, 404);
    // Every form's page is generated from the library's own field list.
    for form in crate::common::FORMS {
        let (status, body) = get(&s, &format!("/form/{form}"));
        assert_eq!(status, 200, "{form}");
        let page = String::from_utf8(body).unwrap();
        assert!(
            page.contains("\"fields\":[{\"key\":\"form\""),
            "{form}: no fields in the page"
        );
    }
    drop(s);
    std::fs::copy(
        concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/fixtures/roster/roster.yaml"
        ),
        dir.join("roster.yaml"),
    )
    .unwrap();
    let s = Server::start(&dir, &[]);
    let (status, body) = get(&s, "/api/status");
    assert_eq!(status, 200);
    let rows = json(&body);
    let rows = rows.as_array().unwrap();
    assert!(!rows.is_empty());
    for key in ["name", "position", "last", "hours_5y", "due", "state"] {
        assert!(rows[0].get(key).is_some(), "no {key} in {}", rows[0]);
    }
    // The roster's people (as the library reads them: teachers in order,
    // then the head) are offered for every name field of a form's page.
    let (status, body) = get(&s, "/form/application");
    assert_eq!(status, 200);
    let people = boot(&body)["people"].clone();
    let people: Vec<&str> = people
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p.as_str().unwrap())
        .collect();
    assert_eq!(
        people.first(),
        Some(&"Асанов Бакыт Жумабекович"),
        "{people:?}"
    );
    assert!(people.contains(&"Токтогулова Айжан Мирлан кызы"));
    assert_eq!(people.last(), Some(&"Шаршенов Талант Эркинович"));
    // With what the roster says of each, to fill the fields beside a name.
    let first = &boot(&body)["roster"][0];
    assert_eq!(first["position"], "доцент", "{first}");
    assert_eq!(first["department"], "Информатика", "{first}");

    // The roster has its page too: linked from the start page (the saved
    // roster opens in it, not in a page that does not exist), its fields
    // filled, and its standing as the PDF.
    let index = String::from_utf8(get(&s, "/").1).unwrap();
    // (Links are relative to the page's <base href>, for a path prefix.)
    assert!(index.contains("<base href=\"/\">"), "{index}");
    assert!(index.contains("href=\"form/roster\""), "{index}");
    assert!(index.contains("href=\"edit/roster.yaml\""), "{index}");
    assert_eq!(get(&s, "/form/roster").0, 200);
    let (status, body) = get(&s, "/edit/roster.yaml");
    assert_eq!(status, 200);
    let page = boot(&body);
    assert_eq!(page["form"], "roster");
    assert_eq!(
        page["data"]["teachers"][0]["name"],
        "Асанов Бакыт Жумабекович"
    );
    let roster = std::fs::read(dir.join("roster.yaml")).unwrap();
    let (status, pdf, ctype) = post(&s, "/api/render", &roster);
    assert_eq!(status, 200, "{}", String::from_utf8_lossy(&pdf));
    assert_eq!(ctype.as_deref(), Some("application/pdf"));
    let out = dir.join("roster.pdf");
    std::fs::write(&out, &pdf).unwrap();
    let text = crate::common::pdf_text(&out, None);
    assert!(text.contains("Асанов"), "{text}");
}

/// The boot data of a page (the JSON its script starts from).
fn boot(page: &[u8]) -> serde_json::Value {
    let page = std::str::from_utf8(page).unwrap();
    let start = page
        .find("<script id=\"boot\" type=\"application/json\">")
        .unwrap();
    let rest = &page[start..];
    let rest = &rest[rest.find('>').unwrap() + 1..];
    json(&rest.as_bytes()[..rest.find("</script>").unwrap()])
}

#[test]
fn parse_and_edit_keep_keys_the_form_does_not_describe() {
    // The page fills a form from /api/parse (an opened PDF) or from the boot
    // data of /edit/NAME, and writes back what it was given: both must carry
    // every key of the document, described by the form or not, as it is.
    let dir = tmp("serve-parse");
    let s = Server::start(&dir, &[]);
    let yaml = format!(
        "{}schema_version: 3\nnote: {{reviewed: [[1, 2], [3]], by: null, share: 0.5}}\n\
\"odd key\": ~\napplicant_extra: {{email: a@b.kg}}\n",
        application(72, "Асанов Бакыт Жумабекович")
    );
    let expected = serde_json::json!({
        "schema_version": 3,
        "note": {"reviewed": [[1, 2], [3]], "by": null, "share": 0.5},
        "odd key": null,
        "applicant_extra": {"email": "a@b.kg"},
    });
    let (status, body, _) = post(&s, "/api/parse", yaml.as_bytes());
    assert_eq!(status, 200);
    let parsed = json(&body);
    assert_eq!(parsed["form"], "application");
    assert_eq!(parsed["data"]["hours"], 72);
    for (k, v) in expected.as_object().unwrap() {
        assert_eq!(&parsed["data"][k], v, "{k}: {parsed}");
    }
    std::fs::write(dir.join("extra.yaml"), &yaml).unwrap();
    let (status, page) = get(&s, "/edit/extra.yaml");
    assert_eq!(status, 200);
    let data = boot(&page)["data"].clone();
    for (k, v) in expected.as_object().unwrap() {
        assert_eq!(&data[k], v, "{k}: {data}");
    }
}

/// A request with headers, its status, headers (lower-case names) and body.
fn call(
    method: &str,
    url: &str,
    headers: &[(&str, &str)],
    body: &[u8],
) -> (u16, Vec<(String, String)>, Vec<u8>) {
    let req = ureq::http::Request::builder().method(method).uri(url);
    let req = headers.iter().fold(req, |r, (k, v)| r.header(*k, *v));
    let mut res = if body.is_empty() && method != "PUT" && method != "POST" {
        agent().run(req.body(()).unwrap()).unwrap()
    } else {
        agent().run(req.body(body.to_vec()).unwrap()).unwrap()
    };
    let status = res.status().as_u16();
    let heads = res
        .headers()
        .iter()
        .map(|(k, v)| (k.as_str().to_owned(), v.to_str().unwrap_or("").to_owned()))
        .collect();
    (status, heads, res.body_mut().read_to_vec().unwrap())
}

fn header<'a>(heads: &'a [(String, String)], name: &str) -> Option<&'a str> {
    heads
        .iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.as_str())
}

#[test]
fn saves_are_conditional_and_every_version_is_kept() {
    let dir = tmp("serve-etag");
    let s = Server::start(&dir, &[]);
    let url = s.url("/api/documents/Асанов.yaml");
    let v1 = application(72, "Асанов Бакыт Жумабекович");
    let v2 = application(144, "Асанов Бакыт Жумабекович");
    let v3 = application(36, "Асанов Бакыт Жумабекович");

    // Created only where none exists.
    let (status, h, body) = call("PUT", &url, &[("If-None-Match", "*")], v1.as_bytes());
    assert_eq!(status, 201, "{}", String::from_utf8_lossy(&body));
    let e1 = header(&h, "etag").unwrap().to_owned();
    assert!(
        e1.starts_with('"') && e1.ends_with('"') && e1.len() == 34,
        "{e1}"
    );
    assert_eq!(json(&body)["etag"], e1.as_str());
    let (status, h, _) = call("PUT", &url, &[("If-None-Match", "*")], v2.as_bytes());
    assert_eq!(status, 412);
    assert_eq!(header(&h, "etag"), Some(e1.as_str()));
    let (status, h, _) = call("GET", &url, &[], b"");
    assert_eq!(status, 200);
    assert_eq!(header(&h, "etag"), Some(e1.as_str()));

    // Replaced only by who names the version it replaces.
    let (status, h, body) = call("PUT", &url, &[("Accept-Language", "ru")], v2.as_bytes());
    assert_eq!(status, 428);
    assert_eq!(header(&h, "etag"), Some(e1.as_str()));
    assert_eq!(json(&body)["etag"], e1.as_str());
    let msg = json(&body)["error"].as_str().unwrap().to_owned();
    assert!(msg.contains("уже существует"), "{msg}");
    let (status, h, body) = call("PUT", &url, &[("If-Match", &e1)], v2.as_bytes());
    assert_eq!(status, 200, "{}", String::from_utf8_lossy(&body));
    let e2 = header(&h, "etag").unwrap().to_owned();
    assert_ne!(e1, e2);
    // The first writer's copy is stale now: refused, the file untouched.
    let (status, h, body) = call(
        "PUT",
        &url,
        &[("If-Match", &e1), ("Accept-Language", "ky")],
        v3.as_bytes(),
    );
    assert_eq!(status, 412);
    assert_eq!(header(&h, "etag"), Some(e2.as_str()));
    assert!(
        json(&body)["error"]
            .as_str()
            .unwrap()
            .contains("өзгөртүлдү"),
        "{}",
        String::from_utf8_lossy(&body)
    );
    assert_eq!(
        std::fs::read_to_string(dir.join("Асанов.yaml")).unwrap(),
        v2
    );

    // The versions, newest first, each byte for byte.
    let (status, _, body) = call("GET", &format!("{url}/versions"), &[], b"");
    assert_eq!(status, 200);
    let list = json(&body);
    let list = list.as_array().unwrap();
    let etags: Vec<&str> = list.iter().map(|v| v["etag"].as_str().unwrap()).collect();
    assert_eq!(etags, [e2.as_str(), e1.as_str()]);
    for v in list {
        for key in ["id", "saved", "size", "etag", "by"] {
            assert!(v.get(key).is_some(), "{key}: {v}");
        }
        assert!(
            chrono::DateTime::parse_from_rfc3339(v["saved"].as_str().unwrap()).is_ok(),
            "{v}"
        );
    }
    let old_id = list[1]["id"].as_str().unwrap();
    let (status, h, old) = call("GET", &format!("{url}/versions/{old_id}"), &[], b"");
    assert_eq!(status, 200);
    assert_eq!(old, v1.as_bytes());
    assert_eq!(header(&h, "etag"), Some(e1.as_str()));
    assert_eq!(list[1]["size"], v1.len());
    assert_eq!(
        call(
            "GET",
            &format!("{url}/versions/1234567890123-00000000"),
            &[],
            b""
        )
        .0,
        404
    );
    assert_eq!(
        call("GET", &format!("{url}/versions/..%2F..%2Flock"), &[], b"").0,
        404
    );

    // Restoring is saving the old bytes over the current version.
    let (status, h, _) = call("PUT", &url, &[("If-Match", &e2)], &old);
    assert_eq!(status, 200);
    assert_eq!(header(&h, "etag"), Some(e1.as_str()));
    assert_eq!(
        std::fs::read_to_string(dir.join("Асанов.yaml")).unwrap(),
        v1
    );

    // A document changed outside the server is kept too, when replaced.
    std::fs::write(dir.join("Асанов.yaml"), &v3).unwrap();
    let e3 = call("GET", &url, &[], b"").1;
    let e3 = header(&e3, "etag").unwrap().to_owned();
    assert_eq!(
        call("PUT", &url, &[("If-Match", &e3)], v2.as_bytes()).0,
        200
    );
    let (_, _, body) = call("GET", &format!("{url}/versions"), &[], b"");
    let sizes: Vec<u64> = json(&body)
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v["size"].as_u64().unwrap())
        .collect();
    assert_eq!(
        sizes,
        [v2.len(), v3.len(), v1.len(), v2.len(), v1.len()].map(|n| n as u64)
    );

    // A delete needs the version it deletes, and keeps it.
    let e4 = header(&call("GET", &url, &[], b"").1, "etag")
        .unwrap()
        .to_owned();
    assert_eq!(call("DELETE", &url, &[], b"").0, 428);
    assert_eq!(call("DELETE", &url, &[("If-Match", &e1)], b"").0, 412);
    assert!(dir.join("Асанов.yaml").exists());
    assert_eq!(call("DELETE", &url, &[("If-Match", &e4)], b"").0, 200);
    assert!(!dir.join("Асанов.yaml").exists());
    assert_eq!(call("GET", &url, &[], b"").0, 404);
    let (status, _, body) = call("GET", &format!("{url}/versions"), &[], b"");
    assert_eq!(status, 200);
    let list = json(&body);
    assert_eq!(list[0]["etag"], e4.as_str());
    let id = list[0]["id"].as_str().unwrap().to_owned();
    let (_, _, back) = call("GET", &format!("{url}/versions/{id}"), &[], b"");
    assert_eq!(back, v2.as_bytes());
    // And brought back as a new document.
    assert_eq!(call("PUT", &url, &[("If-None-Match", "*")], &back).0, 201);

    // The versions live in DIR, never listed as documents.
    assert!(dir.join(".tirkeme").is_dir());
    let (_, _, body) = call("GET", &s.url("/api/documents"), &[], b"");
    let names: Vec<String> = json(&body)
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["name"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(names, ["Асанов.yaml"]);
    assert_eq!(json(&body)[0]["etag"], e4.as_str());
    assert_eq!(
        call("GET", &s.url("/api/documents/.tirkeme"), &[], b"").0,
        400
    );
    assert_eq!(
        call("GET", &s.url("/api/documents/none.yaml/versions"), &[], b"").0,
        404
    );
}

#[test]
fn two_servers_over_one_folder_let_one_stale_save_through() {
    // Two secretaries open the plan through two servers over one folder;
    // both save at once. One save wins, every other one is told, and
    // nothing is lost: the winner's edits are the document, the version
    // they replaced is kept.
    let dir = tmp("serve-race");
    let first = application(72, "Асанов Бакыт Жумабекович");
    std::fs::write(dir.join("план.yaml"), &first).unwrap();
    let a = Server::start(&dir, &[]);
    let b = Server::start(&dir, &[]);
    let url = |s: &Server| s.url("/api/documents/план.yaml");
    let etag = header_of(call("GET", &url(&a), &[], b""), "etag");
    for round in 0..3 {
        let etag = if round == 0 {
            etag.clone()
        } else {
            header_of(call("GET", &url(&b), &[], b""), "etag")
        };
        let barrier = std::sync::Barrier::new(16);
        let results: Vec<(u16, String)> = std::thread::scope(|sc| {
            let handles: Vec<_> = (0..16)
                .map(|i| {
                    let (s, etag, barrier) = (if i % 2 == 0 { &a } else { &b }, &etag, &barrier);
                    sc.spawn(move || {
                        let body = application(72, &format!("Секретарь {round}-{i}"));
                        barrier.wait();
                        let (status, _, _) =
                            call("PUT", &url(s), &[("If-Match", etag)], body.as_bytes());
                        (status, body)
                    })
                })
                .collect();
            handles.into_iter().map(|h| h.join().unwrap()).collect()
        });
        let won: Vec<&(u16, String)> = results.iter().filter(|(c, _)| *c == 200).collect();
        assert_eq!(
            won.len(),
            1,
            "round {round}: {:?}",
            results.iter().map(|r| r.0).collect::<Vec<_>>()
        );
        assert!(results.iter().all(|(c, _)| *c == 200 || *c == 412));
        assert_eq!(
            std::fs::read_to_string(dir.join("план.yaml")).unwrap(),
            won[0].1,
            "round {round}"
        );
    }
    // Four versions: the first and each round's winner, none twice.
    let (_, _, body) = call("GET", &format!("{}/versions", url(&a)), &[], b"");
    let list = json(&body);
    assert_eq!(list.as_array().unwrap().len(), 4, "{list}");
    let oldest = list[3]["id"].as_str().unwrap();
    let (_, _, back) = call("GET", &format!("{}/versions/{oldest}", url(&b)), &[], b"");
    assert_eq!(back, first.as_bytes());
}

fn header_of(res: (u16, Vec<(String, String)>, Vec<u8>), name: &str) -> String {
    header(&res.1, name).unwrap_or("").to_owned()
}

#[test]
fn parse_keeps_every_value_as_written() {
    let dir = tmp("serve-typed");
    let s = Server::start(&dir, &[]);
    let yaml = "form: application\nnumber: 0012345\nissuer: NO\nversion: 1.10\nstart: 2025-11-03\n\
hours: 72\nbreak_from_teaching: true\nshare: 0.5\nhex: 0x1F\nplus: +72\nempty:\nnull_word: ~\n\
quoted: '0012345'\nlist: [007, yes, 2.50]\n";
    let (status, body, _) = post(&s, "/api/parse", yaml.as_bytes());
    assert_eq!(status, 200, "{}", String::from_utf8_lossy(&body));
    let d = json(&body)["data"].clone();
    let expected = serde_json::json!({
        "form": "application",
        "number": "0012345",
        "issuer": "NO",
        "version": "1.10",
        "start": "2025-11-03",
        "hours": 72,
        "break_from_teaching": true,
        "share": 0.5,
        "hex": "0x1F",
        "plus": "+72",
        "empty": null,
        "null_word": null,
        "quoted": "0012345",
        "list": ["007", "yes", "2.50"],
    });
    assert_eq!(d, expected);
    // The edit page starts from the same values.
    std::fs::write(dir.join("typed.yaml"), yaml).unwrap();
    let (status, page) = get(&s, "/edit/typed.yaml");
    assert_eq!(status, 200);
    assert_eq!(boot(&page)["data"], expected);
}

#[test]
fn a_document_that_is_not_yaml_says_where_it_breaks() {
    let dir = tmp("serve-broken");
    std::fs::write(
        dir.join("сломан.yaml"),
        "form: application\napplicant:\n  name: [Асанов\nhours: 72\n",
    )
    .unwrap();
    std::fs::write(dir.join("ничей.yaml"), "hours: 72\n").unwrap();
    let s = Server::start(&dir, &[]);
    let mut res = agent()
        .get(&s.url("/edit/%D1%81%D0%BB%D0%BE%D0%BC%D0%B0%D0%BD.yaml"))
        .header("Accept-Language", "ru")
        .call()
        .unwrap();
    assert_eq!(res.status().as_u16(), 422);
    let page = res.body_mut().read_to_string().unwrap();
    assert!(page.contains("сломан.yaml"), "{page}");
    assert!(page.contains("строка"), "{page}");
    assert!(!page.contains("``"), "{page}");
    let mut res = agent()
        .get(&s.url("/edit/%D0%BD%D0%B8%D1%87%D0%B5%D0%B9.yaml"))
        .header("Accept-Language", "ru")
        .call()
        .unwrap();
    assert_eq!(res.status().as_u16(), 404);
    let page = res.body_mut().read_to_string().unwrap();
    assert!(page.contains("form: application"), "{page}");
    assert!(!page.contains("``"), "{page}");
}

/// The number of files (sockets included) a process holds open.
#[cfg(target_os = "linux")]
fn open_files(pid: u32) -> usize {
    std::fs::read_dir(format!("/proc/{pid}/fd"))
        .unwrap()
        .count()
}

/// Whether the server has closed this socket (it reads the end, or a
/// reset), rather than still holding it (a read times out).
fn closed(sock: &mut std::net::TcpStream) -> bool {
    sock.set_read_timeout(Some(std::time::Duration::from_millis(300)))
        .unwrap();
    let mut buf = [0u8; 256];
    match sock.read(&mut buf) {
        Ok(0) => true,
        Ok(_) => false,
        Err(e) => !matches!(
            e.kind(),
            std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut
        ),
    }
}

#[test]
fn sockets_held_open_never_lock_out_a_real_request() {
    // Someone opens 600 connections and sends nothing, or half a request
    // head. The server keeps at most its share of them from one address
    // (128), closing the oldest first, and a real request still gets its
    // answer at once.
    use std::io::Write;
    let dir = tmp("serve-hold");
    let s = Server::start(&dir, &[]);
    let mut held = Vec::new();
    for i in 0..600 {
        let mut sock = std::net::TcpStream::connect(&s.host).unwrap();
        if i % 2 == 1 {
            sock.write_all(b"GET /api/forms HTTP/1.1\r\nHost: ")
                .unwrap();
        }
        held.push(sock);
    }
    let started = std::time::Instant::now();
    let mut res = ureq::Agent::config_builder()
        .http_status_as_error(false)
        .timeout_global(Some(std::time::Duration::from_secs(10)))
        .build()
        .new_agent()
        .get(&s.url("/api/forms"))
        .call()
        .expect("a real request is answered while sockets are held");
    assert_eq!(res.status().as_u16(), 200);
    let _ = res.body_mut().read_to_vec();
    // Answered before any timeout could have freed a place.
    assert!(started.elapsed() < std::time::Duration::from_secs(10));
    // The oldest ones were closed; the newest are still held.
    assert!(closed(&mut held[0]));
    assert!(!closed(held.last_mut().unwrap()));
    #[cfg(target_os = "linux")]
    {
        let files = open_files(s.pid());
        assert!(files < 128 + 64, "{files} files open");
    }
}

#[test]
fn an_idle_connection_is_closed_after_the_head_timeout() {
    // A connection that says nothing is closed within 15 s (a keep-alive
    // one after its answer too): sockets cannot pile up with time.
    use std::io::Write;
    let dir = tmp("serve-idle");
    let s = Server::start(&dir, &[]);
    let mut silent = std::net::TcpStream::connect(&s.host).unwrap();
    let mut kept = std::net::TcpStream::connect(&s.host).unwrap();
    kept.write_all(format!("GET /api/forms HTTP/1.1\r\nHost: {}\r\n\r\n", s.host).as_bytes())
        .unwrap();
    let started = std::time::Instant::now();
    for sock in [&mut silent, &mut kept] {
        sock.set_read_timeout(Some(std::time::Duration::from_secs(40)))
            .unwrap();
    }
    let mut all = Vec::new();
    silent.read_to_end(&mut all).unwrap();
    let silent_for = started.elapsed();
    kept.read_to_end(&mut all).unwrap();
    let kept_for = started.elapsed();
    assert!(
        silent_for >= std::time::Duration::from_secs(14)
            && silent_for < std::time::Duration::from_secs(30),
        "{silent_for:?}"
    );
    assert!(
        kept_for < std::time::Duration::from_secs(35),
        "{kept_for:?}"
    );
    assert!(String::from_utf8_lossy(&all).starts_with("HTTP/1.1 200"));
}

/// The server stays up for days: it gives up the huge pages a single
/// render is quicker with, which would hold a fifth to a half more memory
/// (README, "Speed").
#[cfg(target_os = "linux")]
#[test]
fn the_server_holds_its_memory_in_small_pages() {
    let dir = tmp("serve-pages");
    let s = Server::start(&dir, &[]);
    let status = std::fs::read_to_string(format!("/proc/{}/status", s.pid())).unwrap();
    // Kernels before 5.0 do not say it; there is nothing to check then.
    if let Some(line) = status.lines().find(|l| l.starts_with("THP_enabled:")) {
        assert_eq!(line.split_whitespace().nth(1), Some("0"), "{line}");
    }
}

#[test]
fn half_sent_bodies_hold_little_memory() {
    // Bodies announced at 4 MiB and never finished: a few from one address
    // are held (the budget of six), every further one gets 503 at once
    // without being read, the server's memory stays small, and the pages'
    // own requests are still answered.
    use std::io::Write;
    let dir = tmp("serve-bodies");
    let s = Server::start(&dir, &[]);
    let big = 4 * 1024 * 1024;
    let mut held = Vec::new();
    let mut busy = 0;
    for _ in 0..40 {
        let mut sock = std::net::TcpStream::connect(&s.host).unwrap();
        sock.write_all(
            format!(
                "POST /api/check HTTP/1.1\r\nHost: {}\r\nContent-Length: {big}\r\n\r\nform: application\n",
                s.host
            )
            .as_bytes(),
        )
        .unwrap();
        sock.write_all(&vec![b'#'; 64 * 1024]).unwrap();
        sock.set_read_timeout(Some(std::time::Duration::from_millis(300)))
            .unwrap();
        let mut buf = [0u8; 512];
        if let Ok(n) = sock.read(&mut buf)
            && n > 0
        {
            let head = String::from_utf8_lossy(&buf[..n]).into_owned();
            assert!(head.starts_with("HTTP/1.1 503"), "{head}");
            assert!(
                head.to_ascii_lowercase().contains("retry-after: 1"),
                "{head}"
            );
            busy += 1;
        }
        held.push(sock);
    }
    assert_eq!(busy, 40 - 6, "six bodies held from one address");
    // The pages' small requests have a budget of their own: still answered.
    let (status, _, _) = post(&s, "/api/check", application(72, "Асанов Бакыт").as_bytes());
    assert_eq!(status, 200);
    #[cfg(target_os = "linux")]
    {
        let status = std::fs::read_to_string(format!("/proc/{}/status", s.pid())).unwrap();
        let rss: u64 = status
            .lines()
            .find_map(|l| l.strip_prefix("VmRSS:"))
            .and_then(|v| v.split_whitespace().next())
            .and_then(|v| v.parse().ok())
            .unwrap();
        assert!(rss < 400 * 1024, "{rss} KiB resident");
    }
}

/// The headers every answer carries, the guard's refusals included.
fn assert_safety_headers(head: &str, what: &str) {
    let head = head.to_ascii_lowercase();
    for h in [
        "content-security-policy: default-src 'self'",
        "frame-ancestors 'self'",
        "x-content-type-options: nosniff",
        "x-frame-options: sameorigin",
        "referrer-policy: no-referrer",
    ] {
        assert!(head.contains(h), "{what}: no {h} in\n{head}");
    }
}

#[test]
fn refusals_carry_the_safety_headers_and_speak_the_users_language() {
    let dir = tmp("serve-refusals");
    let token = "0123456789abcdef0123";
    let s = Server::start(&dir, &["--token", token]);
    let host = &s.host;
    // 401, 403, 413, 400 (an address that is not UTF-8), 413 of a chunked body.
    let cases = [
        (
            401,
            format!(
                "GET /api/forms HTTP/1.1\r\nHost: {host}\r\nAccept-Language: ru\r\nConnection: close\r\n\r\n"
            ),
            "ключ",
        ),
        (
            403,
            format!(
                "GET /api/forms HTTP/1.1\r\nHost: {host}\r\nOrigin: http://evil.example\r\nAccept-Language: ru\r\nConnection: close\r\n\r\n"
            ),
            "другого сайта",
        ),
        (
            413,
            format!(
                "PUT /api/documents/a.yaml HTTP/1.1\r\nHost: {host}\r\nAuthorization: Bearer {token}\r\nContent-Length: 9999999\r\nAccept-Language: ru\r\nConnection: close\r\n\r\n"
            ),
            "больше допустимого",
        ),
        (
            400,
            format!(
                "GET /api/documents/%FF.yaml HTTP/1.1\r\nHost: {host}\r\nAuthorization: Bearer {token}\r\nAccept-Language: ru\r\nConnection: close\r\n\r\n"
            ),
            "адрес не прочитать",
        ),
        (
            400,
            format!(
                "GET /edit/%C0.yaml HTTP/1.1\r\nHost: {host}\r\nAuthorization: Bearer {token}\r\nAccept-Language: ru\r\nConnection: close\r\n\r\n"
            ),
            "адрес не прочитать",
        ),
        (
            400,
            format!(
                "POST /api/render?lang=%FF HTTP/1.1\r\nHost: {host}\r\nAuthorization: Bearer {token}\r\nAccept-Language: ru\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
            ),
            "адрес не прочитать",
        ),
    ];
    for (status, req, words) in &cases {
        let (got, head) = s.raw(req);
        assert_eq!(got, *status, "{head}");
        assert_safety_headers(&head, &status.to_string());
        assert!(head.contains(words), "{status}: {head}");
        assert!(!head.contains("Invalid"), "{head}");
        assert!(!head.contains("Failed to"), "{head}");
    }
    // A chunked body past the limit: cut there, our words, not axum's.
    use std::io::Write;
    let mut sock = std::net::TcpStream::connect(host).unwrap();
    sock.write_all(
        format!(
            "POST /api/check HTTP/1.1\r\nHost: {host}\r\nAuthorization: Bearer {token}\r\nAccept-Language: ky\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
        )
        .as_bytes(),
    )
    .unwrap();
    let chunk = vec![b'#'; 64 * 1024];
    for _ in 0..65 {
        if sock
            .write_all(format!("{:x}\r\n", chunk.len()).as_bytes())
            .and_then(|()| sock.write_all(&chunk))
            .and_then(|()| sock.write_all(b"\r\n"))
            .is_err()
        {
            break;
        }
    }
    let mut out = Vec::new();
    let _ = sock.read_to_end(&mut out);
    let head = String::from_utf8_lossy(&out);
    assert!(head.starts_with("HTTP/1.1 413"), "{head}");
    assert!(head.contains("уруксат берилген көлөмдөн чоң"), "{head}");
    assert!(!head.contains("Failed to buffer"), "{head}");
    assert_safety_headers(&head, "chunked 413");
}

#[test]
fn keys_are_long_and_wrong_ones_are_slowed_down() {
    let dir = tmp("serve-keys");
    let refused = |args: &[&str], words: &str| {
        let mut full = vec!["serve", dir.to_str().unwrap(), "--listen", "127.0.0.1:0"];
        full.extend(args);
        let out = tirkeme().args(&full).env("LANG", "C").output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(out.stdout.is_empty(), "{args:?}: never started");
        let err = crate::common::stderr(&out);
        assert!(err.contains(words), "{args:?}: {err}");
    };
    refused(&["--token", "0123456789abcde"], "16 characters");
    refused(&["--token", "0123456789 abcdef"], "without spaces");
    let keys = dir.join("keys.txt");
    std::fs::write(
        &keys,
        "# kafedra\nАсанова Б.: 0123456789abcdef01\nТокто: short\n",
    )
    .unwrap();
    refused(&["--keys", keys.to_str().unwrap()], "keys.txt:3:");
    std::fs::write(&keys, "Асанова Б.: 0123456789abcdef01\nbroken line\n").unwrap();
    refused(&["--keys", keys.to_str().unwrap()], "keys.txt:2:");
    std::fs::write(&keys, "a: 0123456789abcdef01\nb: 0123456789abcdef01\n").unwrap();
    refused(&["--keys", keys.to_str().unwrap()], "keys.txt:2:");
    refused(
        &["--public-url", "https://tirkeme.example.edu/kafedra/"],
        "--keys",
    );

    std::fs::write(
        &keys,
        "Асанова Б.: 0123456789abcdef01\nТоктогулов А.: fedcba9876543210fe\n",
    )
    .unwrap();
    let s = Server::start(&dir, &["--keys", keys.to_str().unwrap()]);
    let with = |key: &str| [("Authorization", format!("Bearer {key}"))];
    let get_with = |key: &str| {
        let h = with(key);
        call(
            "GET",
            &s.url("/api/forms"),
            &[(h[0].0, h[0].1.as_str())],
            b"",
        )
    };
    assert_eq!(get_with("0123456789abcdef01").0, 200);
    // Each save is written with its person.
    let url = s.url("/api/documents/план.yaml");
    let a = with("0123456789abcdef01");
    let b = with("fedcba9876543210fe");
    let (status, h, _) = call(
        "PUT",
        &url,
        &[(a[0].0, a[0].1.as_str())],
        application(72, "Асанов Бакыт").as_bytes(),
    );
    assert_eq!(status, 201);
    let etag = header(&h, "etag").unwrap().to_owned();
    let (status, _, _) = call(
        "PUT",
        &url,
        &[(b[0].0, b[0].1.as_str()), ("If-Match", &etag)],
        application(144, "Асанов Бакыт").as_bytes(),
    );
    assert_eq!(status, 200);
    let (_, _, body) = call(
        "GET",
        &format!("{url}/versions"),
        &[(a[0].0, a[0].1.as_str())],
        b"",
    );
    let by: Vec<serde_json::Value> = json(&body)
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v["by"].clone())
        .collect();
    assert_eq!(
        by,
        [
            serde_json::json!("Токтогулов А."),
            serde_json::json!("Асанова Б.")
        ]
    );

    // Three wrong keys are free; then each next one waits, and while it
    // must, even the right key is refused unread.
    for _ in 0..3 {
        assert_eq!(get_with("wrong-wrong-wrong-wrong").0, 401);
    }
    assert_eq!(get_with("wrong-wrong-wrong-wrong").0, 401);
    let (status, h, body) = get_with("0123456789abcdef01");
    assert_eq!(status, 429, "{}", String::from_utf8_lossy(&body));
    assert_eq!(header(&h, "retry-after"), Some("1"));
    std::thread::sleep(std::time::Duration::from_millis(1100));
    assert_eq!(get_with("0123456789abcdef01").0, 200);
}

#[test]
fn behind_a_proxy_under_a_path() {
    // As nginx passes it on: the public name in `Host`, the prefix kept or
    // taken off, the browser's `Origin` the public one; the key's cookie
    // for the prefix only, `Secure`.
    let dir = tmp("serve-public");
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
    let req = |path: &str, extra: &str| {
        format!(
            "GET {path} HTTP/1.1\r\nHost: tirkeme.example.edu\r\nAuthorization: Bearer {key}\r\n{extra}Connection: close\r\n\r\n"
        )
    };
    assert_eq!(s.raw(&req("/kafedra/api/forms", "")).0, 200);
    assert_eq!(s.raw(&req("/api/forms", "")).0, 200);
    assert_eq!(
        s.raw(&req(
            "/kafedra/api/forms",
            "Origin: https://tirkeme.example.edu\r\n"
        ))
        .0,
        200
    );
    assert_eq!(
        s.raw(&req(
            "/kafedra/api/forms",
            "Origin: https://evil.example\r\n"
        ))
        .0,
        403
    );
    assert_eq!(
        s.raw(&req(
            "/kafedra/api/forms",
            "Origin: http://tirkeme.example.edu\r\n"
        ))
        .0,
        403,
        "the public address is https"
    );
    let other = req("/api/forms", "").replace("tirkeme.example.edu", "evil.example");
    assert_eq!(s.raw(&other).0, 403);
    let (status, head) = s.raw(&format!(
        "GET /kafedra/?token={key} HTTP/1.1\r\nHost: tirkeme.example.edu\r\nConnection: close\r\n\r\n"
    ));
    assert_eq!(status, 303, "{head}");
    assert!(head.contains("location: /kafedra/"), "{head}");
    let set = head
        .lines()
        .find_map(|l| l.strip_prefix("set-cookie: "))
        .unwrap();
    for part in [
        "Path=/kafedra/",
        "Secure",
        "HttpOnly",
        "SameSite=Strict",
        "Max-Age=2592000",
    ] {
        assert!(set.contains(part), "{part}: {set}");
    }
    assert!(
        head.to_ascii_lowercase()
            .contains("strict-transport-security"),
        "{head}"
    );
}
