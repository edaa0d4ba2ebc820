//! What `docs/deploy.md` hands to the IT person, tried: the release archives
//! of `scripts/release.sh` (contents, licences, checksums, a binary that
//! runs and names its commit), and the systemd units of `deploy/` as systemd reads
//! them.
//!
//! The archive test is `#[ignore]`d: it needs `dist/`, which `.ci/run`
//! makes with `scripts/release.sh` before running it with `TIRKEME_DIST`
//! naming the folder.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::common::{stderr, stdout, tirkeme, tmp};

fn repo(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(path)
}

/// Every file of a zip archive: name and bytes, in the archive's order.
fn unzip(path: &Path) -> Vec<(String, Vec<u8>)> {
    let mut archive = zip::ZipArchive::new(std::fs::File::open(path).unwrap()).unwrap();
    (0..archive.len())
        .map(|i| {
            let mut f = archive.by_index(i).unwrap();
            let mut bytes = Vec::new();
            f.read_to_end(&mut bytes).unwrap();
            (f.name().unwrap().into_owned(), bytes)
        })
        .collect()
}

#[test]
#[ignore = "needs dist/ from scripts/release.sh (TIRKEME_DIST): .ci/run runs it"]
fn the_release_archives_hold_the_binary_readme_and_licences_with_their_checksums() {
    let dist = PathBuf::from(
        std::env::var_os("TIRKEME_DIST").expect("TIRKEME_DIST names the folder release.sh made"),
    );
    let version = env!("CARGO_PKG_VERSION");
    let linux = format!("tirkeme-{version}-x86_64-linux");
    let windows = format!("tirkeme-{version}-x86_64-windows");

    // SHA256SUMS names both archives, and each one's bytes agree with it.
    let sums = std::fs::read_to_string(dist.join("SHA256SUMS")).unwrap();
    let named: Vec<&str> = sums
        .lines()
        .map(|l| l.split_once("  ").unwrap().1)
        .collect();
    assert_eq!(
        named,
        [format!("{linux}.zip"), format!("{windows}.zip")],
        "{sums}"
    );
    let o = Command::new("sha256sum")
        .args(["--check", "--strict", "SHA256SUMS"])
        .current_dir(&dist)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}{}", stdout(&o), stderr(&o));

    let own = |path: &str| std::fs::read(repo(path)).unwrap();
    for (folder, binary, triple) in [
        (&linux, "tirkeme", "x86_64-unknown-linux-gnu"),
        (&windows, "tirkeme.exe", "x86_64-pc-windows-gnu"),
    ] {
        let files = unzip(&dist.join(format!("{folder}.zip")));
        let names: Vec<&str> = files.iter().map(|(n, _)| n.as_str()).collect();
        let mut expected: Vec<String> = [
            "LICENSE",
            "README.md",
            "docs/deploy.md",
            "licences/THIRD-PARTY.txt",
            "licences/cldr/LICENSE",
            "licences/cldr/README.md",
            "licences/fonts/LICENSE-LiberationSerif.txt",
            binary,
        ]
        .iter()
        .map(|n| (*n).to_owned())
        .collect();
        // Rust's standard library, in every binary: the toolchain's notices.
        let rust = rust_notices();
        expected.extend(rust.iter().map(|(n, _)| format!("licences/rust/{n}")));
        let windows_binary = binary.ends_with(".exe");
        if windows_binary {
            expected.extend(MINGW.iter().map(|(n, _)| format!("licences/mingw-w64/{n}")));
        }
        let mut expected: Vec<String> = expected
            .into_iter()
            .map(|n| format!("{folder}/{n}"))
            .collect();
        expected.sort();
        assert_eq!(names, expected, "{folder}");
        let file = |name: &str| &files.iter().find(|(n, _)| n.ends_with(name)).unwrap().1;
        assert_eq!(file("/README.md"), &own("README.md"));
        assert_eq!(file(&format!("{folder}/LICENSE")), &own("LICENSE"));
        assert_eq!(file("/docs/deploy.md"), &own("docs/deploy.md"));
        assert_eq!(file("/cldr/LICENSE"), &own("data/cldr/LICENSE"));
        assert_eq!(
            file("/LICENSE-LiberationSerif.txt"),
            &own("fonts/LICENSE-LiberationSerif.txt")
        );
        // Every crate built into the binary is named with its licence, and
        // the licence texts are there (serde's, for one).
        let notices = String::from_utf8(file("/THIRD-PARTY.txt").clone()).unwrap();
        for (name, version) in crates(triple) {
            assert!(
                notices.contains(&format!("\n==== {name} {version}: ")),
                "{folder}: {name} {version} is not named"
            );
        }
        assert!(notices.contains("Permission is hereby granted, free of charge"));
        assert!(notices.contains("TERMS AND CONDITIONS FOR USE, REPRODUCTION"));
        // The standard library's notices as the toolchain ships them, and
        // said in the notices; the MIT and Apache texts among them.
        for (n, bytes) in &rust {
            assert_eq!(file(&format!("/licences/rust/{n}")), bytes, "{folder}: {n}");
        }
        let rust_names: Vec<&str> = rust.iter().map(|(n, _)| n.as_str()).collect();
        for n in ["COPYRIGHT-library.html", "MIT.txt", "Apache-2.0.txt"] {
            assert!(rust_names.contains(&n), "{rust_names:?}");
        }
        assert!(
            notices.starts_with("The Rust standard library (rustc ")
                && notices.contains("rust/COPYRIGHT-library.html"),
            "{folder}: {}",
            &notices[..300]
        );
        // The Windows binary's MinGW-w64 runtime and libgcc: Debian's notices.
        assert_eq!(
            notices.contains("mingw-w64/gcc-copyright.txt"),
            windows_binary
        );
        if windows_binary {
            for (n, from) in MINGW {
                assert_eq!(
                    file(&format!("/licences/mingw-w64/{n}")),
                    &std::fs::read(from).unwrap(),
                    "{n}"
                );
            }
            assert!(
                String::from_utf8_lossy(file("/gcc-copyright.txt"))
                    .contains("GCC RUNTIME LIBRARY EXCEPTION")
            );
        }
        let bin = file(binary);
        if binary.ends_with(".exe") {
            // A 64-bit Windows program: `MZ`, then a PE header for x86-64.
            assert!(bin.starts_with(b"MZ"));
            let pe = u32::from_le_bytes(bin[0x3c..0x40].try_into().unwrap()) as usize;
            assert_eq!(&bin[pe..pe + 4], b"PE\0\0");
            assert_eq!(&bin[pe + 4..pe + 6], &0x8664u16.to_le_bytes());
        } else {
            // The Linux program runs, renders, and names the commit this
            // suite was built from, as the suite's own binary does.
            let dir = tmp("release-linux");
            let path = dir.join("tirkeme");
            std::fs::write(&path, bin).unwrap();
            #[cfg(unix)]
            {
                use std::os::unix::fs::PermissionsExt;
                std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).unwrap();
            }
            let o = Command::new(&path).arg("--version").output().unwrap();
            let ours = tirkeme().arg("--version").output().unwrap();
            assert_eq!(stdout(&o), stdout(&ours));
            assert!(
                stdout(&o).starts_with(&format!("tirkeme {version} (")),
                "{}",
                stdout(&o)
            );
            let o = Command::new(&path)
                .args(["demo", "-o", "demo"])
                .current_dir(&dir)
                .env("LANG", "C")
                .output()
                .unwrap();
            assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
            let pdf = std::fs::read(dir.join("demo/application.ky.pdf")).unwrap();
            assert!(pdf.starts_with(b"%PDF-"));
        }
    }
}

/// The notices of the MinGW-w64 runtime and of GCC's libgcc, linked into
/// the Windows binary: the archive's name, Debian's file.
const MINGW: [(&str, &str); 2] = [
    (
        "gcc-copyright.txt",
        "/usr/share/doc/gcc-mingw-w64-x86-64/copyright",
    ),
    (
        "mingw-w64-copyright.txt",
        "/usr/share/doc/mingw-w64-common/copyright",
    ),
];

/// The Rust standard library's notices in the toolchain (its rustc
/// component's `share/doc/rust`): `COPYRIGHT-library.html` and each licence
/// text it names, with their bytes.
fn rust_notices() -> Vec<(String, Vec<u8>)> {
    let rustc = std::env::var_os("RUSTC").unwrap_or_else(|| "rustc".into());
    let o = Command::new(rustc)
        .args(["--print", "sysroot"])
        .output()
        .unwrap();
    let doc = PathBuf::from(stdout(&o).trim()).join("share/doc/rust");
    let copyright = std::fs::read(doc.join("COPYRIGHT-library.html")).unwrap();
    let text = String::from_utf8_lossy(&copyright).into_owned();
    let mut out = vec![("COPYRIGHT-library.html".to_owned(), copyright)];
    for entry in std::fs::read_dir(doc.join("licenses")).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let Some(id) = name.strip_suffix(".txt") else {
            continue;
        };
        // Named as a word (`grep -w`): not a letter, digit or `_` either side.
        let word = |c: Option<char>| !c.is_some_and(|c| c.is_alphanumeric() || c == '_');
        let named = text.match_indices(id).any(|(at, _)| {
            word(text[..at].chars().next_back()) && word(text[at + id.len()..].chars().next())
        });
        if named {
            out.push((name, std::fs::read(&path).unwrap()));
        }
    }
    out.sort();
    out
}

/// The crates built into tirkeme for `triple` (dependencies of its code,
/// not of its build), as cargo lists them: name and version.
fn crates(triple: &str) -> Vec<(String, String)> {
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let o = Command::new(cargo)
        .args(["tree", "--locked", "-e", "normal", "--prefix", "none"])
        .args(["--target", triple, "-f", "{p}"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    let mut crates: Vec<(String, String)> = stdout(&o)
        .lines()
        .filter_map(|l| {
            let mut words = l.split(' ');
            let name = words.next()?;
            let version = words.next()?.strip_prefix('v')?;
            (name != "tirkeme").then(|| (name.to_owned(), version.to_owned()))
        })
        .collect();
    crates.sort();
    crates.dedup();
    assert!(crates.len() > 100, "{crates:?}");
    crates
}

/// A unit of `deploy/` with the binary's path set to this build's, as
/// `systemd-analyze verify` wants a program that exists.
fn unit(name: &str, as_name: &str, dir: &Path) -> PathBuf {
    let text = std::fs::read_to_string(repo("deploy").join(name)).unwrap();
    assert!(text.contains("/usr/local/bin/tirkeme serve "), "{name}");
    let text = text.replace("/usr/local/bin/tirkeme", env!("CARGO_BIN_EXE_tirkeme"));
    let path = dir.join(as_name);
    std::fs::write(&path, text).unwrap();
    path
}

#[test]
fn the_systemd_units_are_ones_systemd_accepts() {
    let dir = tmp("units");
    for path in [
        unit("tirkeme.service", "tirkeme.service", &dir),
        // A template is verified as one of its instances.
        unit("tirkeme@.service", "tirkeme@informatika.service", &dir),
    ] {
        let o = Command::new("systemd-analyze")
            .arg("verify")
            .arg(&path)
            .env("SYSTEMD_LOG_LEVEL", "notice")
            .output()
            .expect("systemd-analyze (apt-get install systemd) checks the units");
        // It says nothing of a unit it accepts.
        assert!(
            o.status.success() && stderr(&o).trim().is_empty(),
            "{}: {}",
            path.display(),
            stderr(&o)
        );
    }
}

/// Debian's nginx running `deploy/nginx.conf` and `deploy/tirkeme-proxy.conf`
/// as docs/deploy.md installs them, with only the name's certificate (a
/// self-signed one made here), the ports and the paths changed; stopped
/// when dropped.
pub(crate) struct Nginx {
    child: std::process::Child,
    /// `https://127.0.0.1:PORT` (no final slash).
    pub(crate) https: String,
    /// `http://127.0.0.1:PORT` (no final slash), which sends to HTTPS.
    pub(crate) http: String,
}

/// A port free now on the loopback address.
pub(crate) fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

impl Nginx {
    /// nginx on the loopback ports `https` and `http`, in front of the
    /// tirkeme listening on `informatika` (the configuration's first
    /// department); its files in `work`.
    pub(crate) fn start(work: &Path, https: u16, http: u16, informatika: u16) -> Nginx {
        let o = Command::new("openssl")
            .args([
                "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
            ])
            .args([
                "-subj",
                "/CN=127.0.0.1",
                "-addext",
                "subjectAltName=IP:127.0.0.1",
            ])
            .arg("-keyout")
            .arg(work.join("key.pem"))
            .arg("-out")
            .arg(work.join("cert.pem"))
            .output()
            .expect("openssl makes the test's certificate");
        assert!(o.status.success(), "{}", stderr(&o));
        let site = std::fs::read_to_string(repo("deploy/nginx.conf")).unwrap();
        let mut changed = String::new();
        for line in site.lines() {
            // IPv6 may be off on the machine running the tests.
            if line.trim_start().starts_with("listen [::]") {
                continue;
            }
            let line = line
                .replace("listen 80;", &format!("listen 127.0.0.1:{http};"))
                .replace("listen 443 ssl;", &format!("listen 127.0.0.1:{https} ssl;"))
                .replace(
                    "/etc/ssl/certs/forms.example.edu.kg.pem",
                    work.join("cert.pem").to_str().unwrap(),
                )
                .replace(
                    "/etc/ssl/private/forms.example.edu.kg.key",
                    work.join("key.pem").to_str().unwrap(),
                )
                .replace("127.0.0.1:8101", &format!("127.0.0.1:{informatika}"))
                .replace(
                    "/etc/nginx/tirkeme-proxy.conf",
                    repo("deploy/tirkeme-proxy.conf").to_str().unwrap(),
                )
                // The redirect to HTTPS goes to the test's port.
                .replace(
                    "return 301 https://$host$request_uri;",
                    &format!("return 301 https://$host:{https}$request_uri;"),
                );
            changed.push_str(&line);
            changed.push('\n');
        }
        for must in [
            "ssl_certificate",
            "proxy_pass",
            "include",
            "client_max_body_size",
        ] {
            assert!(changed.contains(must), "{must} in deploy/nginx.conf");
        }
        std::fs::write(work.join("site.conf"), changed).unwrap();
        let t = work.display();
        let conf = format!(
            "daemon off;\nmaster_process off;\npid {t}/nginx.pid;\nerror_log {t}/error.log;\n\
             events {{ worker_connections 64; }}\n\
             http {{\n  access_log {t}/access.log;\n  client_body_temp_path {t}/body;\n  \
             proxy_temp_path {t}/proxy;\n  fastcgi_temp_path {t}/fastcgi;\n  \
             uwsgi_temp_path {t}/uwsgi;\n  scgi_temp_path {t}/scgi;\n  \
             include {t}/site.conf;\n}}\n"
        );
        std::fs::write(work.join("nginx.conf"), conf).unwrap();
        let nginx = ["/usr/sbin/nginx", "/usr/bin/nginx"]
            .into_iter()
            .find(|p| Path::new(p).exists())
            .expect("nginx (apt-get install nginx) runs the documented configuration");
        let child = Command::new(nginx)
            .arg("-p")
            .arg(work)
            .arg("-c")
            .arg(work.join("nginx.conf"))
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        let mut n = Nginx {
            child,
            https: format!("https://127.0.0.1:{https}"),
            http: format!("http://127.0.0.1:{http}"),
        };
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
        while std::net::TcpStream::connect(("127.0.0.1", https)).is_err() {
            if let Ok(Some(status)) = n.child.try_wait() {
                let mut err = String::new();
                let _ = n.child.stderr.take().unwrap().read_to_string(&mut err);
                let log = std::fs::read_to_string(work.join("error.log")).unwrap_or_default();
                panic!("nginx ended ({status}): {err}{log}");
            }
            assert!(std::time::Instant::now() < deadline, "nginx did not start");
            std::thread::sleep(std::time::Duration::from_millis(100));
        }
        n
    }
}

impl Drop for Nginx {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// `curl` over the test's HTTPS (its certificate is self-signed): the
/// status, the headers and the body.
fn curl(args: &[&str]) -> String {
    let o = Command::new("curl")
        .args(["--silent", "--show-error", "--insecure", "--include"])
        .args(args)
        .output()
        .expect("curl");
    assert!(o.status.success(), "{}", stderr(&o));
    stdout(&o)
}

/// The header `name` of a `curl --include` answer.
fn header<'a>(answer: &'a str, name: &str) -> Option<&'a str> {
    answer.lines().find_map(|l| {
        let (n, v) = l.split_once(':')?;
        n.eq_ignore_ascii_case(name).then(|| v.trim())
    })
}

/// A department behind the documented nginx: started as
/// `deploy/tirkeme@.service` starts it (`--keys`, `--public-url` with the
/// department's path), reached over HTTPS under that path as the pages and
/// a browser reach it.
struct Department {
    work: PathBuf,
    docs: PathBuf,
    public: String,
    https: u16,
    _nginx: Nginx,
    _server: crate::common::server::Server,
}

const KEY: &str = "kafedra-informatika-2026";

/// `Асанова.yaml` in an address.
const NAME: &str = "%D0%90%D1%81%D0%B0%D0%BD%D0%BE%D0%B2%D0%B0.yaml";

impl Department {
    fn start(name: &str) -> Department {
        let work = tmp(name);
        let docs = work.join("informatika");
        std::fs::create_dir(&docs).unwrap();
        let keys = work.join("informatika.keys");
        std::fs::write(&keys, format!("Айгуль Асанова: {KEY}\n")).unwrap();
        let (https, http) = (free_port(), free_port());
        let public = format!("https://127.0.0.1:{https}/informatika/");
        let server = crate::common::server::Server::start(
            &docs,
            &["--keys", keys.to_str().unwrap(), "--public-url", &public],
        );
        let port: u16 = server.host.rsplit_once(':').unwrap().1.parse().unwrap();
        let nginx = Nginx::start(&work, https, http, port);
        Department {
            work,
            docs,
            public,
            https,
            _nginx: nginx,
            _server: server,
        }
    }
}

#[test]
fn nginx_serves_a_department_under_its_path_over_https_with_keys() {
    let d = Department::start("nginx");
    let (public, https) = (&d.public, d.https);
    let nginx_http = d._nginx.http.clone();

    // Plain HTTP is sent to HTTPS; the bare path to the folder's.
    let r = curl(&[&format!("{nginx_http}/informatika/")]);
    assert!(r.starts_with("HTTP/1.1 301"), "{r}");
    assert_eq!(header(&r, "location"), Some(public.as_str()), "{r}");
    let r = curl(&[&format!("https://127.0.0.1:{https}/informatika")]);
    assert!(r.starts_with("HTTP/1.1 301"), "{r}");
    assert_eq!(header(&r, "location"), Some(public.as_str()), "{r}");

    // No key, no page.
    let r = curl(&[public]);
    assert!(r.starts_with("HTTP/1.1 401"), "{r}");
    // The key once: a cookie for the department's path only, kept 30 days,
    // sent over HTTPS only, then the start page under the path.
    let jar = d.work.join("cookies");
    let jar = jar.to_str().unwrap();
    let r = curl(&["-c", jar, &format!("{public}?token={KEY}")]);
    assert!(r.starts_with("HTTP/1.1 303"), "{r}");
    assert_eq!(header(&r, "location"), Some("/informatika/"), "{r}");
    let cookie = header(&r, "set-cookie").unwrap_or_default();
    for part in [
        "Path=/informatika/",
        "Max-Age=2592000",
        "HttpOnly",
        "SameSite=Strict",
        "Secure",
    ] {
        assert!(cookie.contains(part), "{part} in {cookie}");
    }
    let r = curl(&["-b", jar, public]);
    assert!(r.starts_with("HTTP/1.1 200"), "{r}");

    // A check and a save as the page makes them: same origin, the cookie.
    let origin = format!("Origin: https://127.0.0.1:{https}");
    let yaml = d.work.join("a.yaml");
    let o = tirkeme()
        .args(["new", "application", "--lang", "ru"])
        .output()
        .unwrap();
    let short = stdout(&o)
        .lines()
        .map(|l| {
            if l.starts_with("hours:") {
                "hours: 36"
            } else {
                l
            }
        })
        .collect::<Vec<_>>()
        .join("\n");
    std::fs::write(&yaml, &short).unwrap();
    let body = format!("@{}", yaml.display());
    let r = curl(&[
        "-b",
        jar,
        "-H",
        &origin,
        "-H",
        "Content-Type: application/yaml",
        "--data-binary",
        &body,
        &format!("{public}api/check"),
    ]);
    assert!(r.starts_with("HTTP/1.1 200"), "{r}");
    assert!(r.contains("\"course-hours\""), "{r}");
    let r = curl(&[
        "-b",
        jar,
        "-H",
        &origin,
        "-H",
        "If-None-Match: *",
        "-X",
        "PUT",
        "--data-binary",
        &body,
        &format!("{public}api/documents/{NAME}"),
    ]);
    assert!(r.starts_with("HTTP/1.1 201"), "{r}");
    assert_eq!(
        std::fs::read_to_string(d.docs.join("Асанова.yaml")).unwrap(),
        short
    );
    // Saved again: the version replaced is kept with the person's name.
    let etag = header(&r, "etag").unwrap().to_owned();
    std::fs::write(&yaml, short.replace("hours: 36", "hours: 72")).unwrap();
    let r = curl(&[
        "-b",
        jar,
        "-H",
        &origin,
        "-H",
        &format!("If-Match: {etag}"),
        "-X",
        "PUT",
        "--data-binary",
        &body,
        &format!("{public}api/documents/{NAME}"),
    ]);
    assert!(r.starts_with("HTTP/1.1 200"), "{r}");
    let r = curl(&["-b", jar, &format!("{public}api/documents/{NAME}/versions")]);
    assert!(r.contains("\"by\":\"Айгуль Асанова\""), "{r}");

    // A page of another site gets nothing through the proxy.
    let r = curl(&[
        "-b",
        jar,
        "-H",
        "Origin: https://evil.example",
        "-H",
        "Content-Type: application/yaml",
        "--data-binary",
        &body,
        &format!("{public}api/check"),
    ]);
    assert!(r.starts_with("HTTP/1.1 403"), "{r}");
}

#[test]
fn a_secretary_checks_and_saves_in_a_browser_through_nginx_under_the_path() {
    use crate::browser::{Browser, has_finding};
    let d = Department::start("nginx-browser");
    let b = Browser::start(&d.work);
    // The link IT sends her: the key once, then only the department's address.
    b.goto(&format!("{}?token={KEY}", d.public));
    b.wait(
        "the start page under the path",
        &format!(
            "return location.href === '{}' && document.readyState === 'complete';",
            d.public
        ),
    );
    b.goto(&format!("{}form/application?ui=ru", d.public));
    b.wait(
        "the generated fields",
        "return document.querySelector('[name=\"applicant.name\"]') !== null;",
    );
    b.type_into("[name=\"rector.name\"]", "Шаршембиев Жаныбек Сейитбекович");
    b.type_into("[name=\"applicant.name\"]", "Асанова Айгүл Бакытовна");
    b.type_into("[name=\"applicant.department\"]", "Информатика");
    b.type_into("[name=\"applicant.position\"]", "доцент");
    b.choose("kind", "course");
    b.type_into("[name=\"direction\"]", "Санариптик билим берүү");
    b.set_date("start", "2025-11-03");
    b.set_date("end", "2025-11-16");
    b.set_date("date", "2025-10-20");
    // The check, through nginx and under the path, as she types.
    b.type_into("[name=\"hours\"]", "36");
    b.wait("the 36-hour finding", &has_finding("course-hours"));
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
    // The save lands in the department's folder, with her name in the
    // versions once it is saved again.
    b.type_into("#save-name", "Асанова.yaml");
    b.click("#save");
    b.wait(
        "the save",
        "return document.getElementById('message').textContent.includes('Асанова.yaml');",
    );
    let saved = std::fs::read_to_string(d.docs.join("Асанова.yaml")).unwrap();
    assert!(saved.contains("hours: 72"), "{saved}");
    b.type_into("[name=\"hours\"]", "80");
    b.click("#save");
    b.wait(
        "the second save",
        "return document.getElementById('message').textContent.includes('Асанова.yaml');",
    );
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    while !std::fs::read_to_string(d.docs.join("Асанова.yaml"))
        .unwrap()
        .contains("hours: 80")
    {
        assert!(
            std::time::Instant::now() < deadline,
            "the second save did not land"
        );
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    let jar = d.work.join("jar");
    let jar = jar.to_str().unwrap();
    curl(&["-c", jar, &format!("{}?token={KEY}", d.public)]);
    let r = curl(&[
        "-b",
        jar,
        &format!("{}api/documents/{NAME}/versions", d.public),
    ]);
    assert!(r.contains("\"by\":\"Айгуль Асанова\""), "{r}");
    b.screenshot("behind-nginx.png");
}
