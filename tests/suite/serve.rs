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
    assert_eq!(
        res.status().as_u16(),
        200,
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
        // A symlink is never followed: not read, and a save replaces the link.
        assert_eq!(get(&s, "/api/documents/link.yaml").0, 404);
        let res = agent()
            .put(&s.url("/api/documents/link.yaml"))
            .send("form: report\n")
            .unwrap();
        assert_eq!(res.status().as_u16(), 200);
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

    let s = Server::start(&dir, &["--listen", "0.0.0.0:0", "--token", "s3cret"]);
    let req = |extra: &str| {
        format!(
            "GET /api/documents HTTP/1.1\r\nHost: tirkeme.example.edu\r\n{extra}Connection: close\r\n\r\n"
        )
    };
    assert_eq!(s.raw(&req("")).0, 401);
    assert_eq!(s.raw(&req("Authorization: Bearer wrong\r\n")).0, 401);
    assert_eq!(s.raw(&req("Authorization: Bearer s3cret\r\n")).0, 200);
    // Opening `/?token=` once sets the cookie that then opens every page.
    let (status, head) = s.raw(
        "GET /?token=s3cret HTTP/1.1\r\nHost: tirkeme.example.edu\r\nConnection: close\r\n\r\n",
    );
    assert_eq!(status, 303);
    let cookie = head
        .lines()
        .find_map(|l| l.strip_prefix("set-cookie: "))
        .unwrap()
        .split(';')
        .next()
        .unwrap()
        .to_owned();
    assert!(head.contains("HttpOnly"));
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
    assert!(index.contains("href=\"/form/roster\""), "{index}");
    assert!(index.contains("href=\"/edit/roster.yaml\""), "{index}");
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
