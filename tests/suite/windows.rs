//! `tirkeme.exe` as a Windows user runs it: the cross-built binary under
//! wine, compared with the Linux binary on the same inputs (a file with a
//! Cyrillic name saved by Notepad, with a BOM and CRLF; an xlsx sheet; the
//! server). And the file names Windows keeps for devices, on any system.
//!
//! The wine tests are `#[ignore]`d: they need the Windows binary and wine.
//! `.ci/run` builds the binary once (`scripts/release.sh`), takes it out of
//! its archive and runs them with `TIRKEME_EXE` naming it:
//! `TIRKEME_EXE=path/to/tirkeme.exe cargo test --test suite windows:: -- --ignored`.
//! Wine 8 (Debian 12) lacks `ProcessPrng`, which Rust's standard library
//! calls; the tests build `tests/wine/processprng.c` into a
//! `bcryptprimitives.dll` beside their copy of the binary.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::sync::OnceLock;

use crate::common::server::{Server, agent};
use crate::common::{stderr, stdout, tirkeme, tmp, tmp_for_run};

/// The Windows binary with its shim, and a wine prefix made for the tests.
struct Wine {
    exe: PathBuf,
    prefix: PathBuf,
    /// The home wine links `Documents` (and the Desktop) to.
    home: PathBuf,
}

/// The one wine setup of this run (a prefix takes seconds to make).
fn wine() -> &'static Wine {
    static WINE: OnceLock<Wine> = OnceLock::new();
    WINE.get_or_init(|| {
        let built = std::env::var_os("TIRKEME_EXE")
            .map(PathBuf::from)
            .expect("TIRKEME_EXE names tirkeme.exe (see this module's doc)");
        let bin = tmp_for_run("wine-bin");
        let exe = bin.join("tirkeme.exe");
        std::fs::copy(&built, &exe).unwrap();
        let shim = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/wine/processprng.c");
        let o = Command::new("x86_64-w64-mingw32-gcc")
            .args(["-shared", "-O2", "-s", "-o"])
            .arg(bin.join("bcryptprimitives.dll"))
            .arg(shim)
            .arg("-ladvapi32")
            .output()
            .expect("x86_64-w64-mingw32-gcc (gcc-mingw-w64-x86-64)");
        assert!(o.status.success(), "{}", stderr(&o));
        let wine = Wine {
            exe,
            prefix: tmp_for_run("wine-prefix"),
            home: tmp_for_run("wine-home"),
        };
        // Made once, before the tests run programs in it side by side; its
        // messages in a file, not a pipe (see `start_server`).
        // In the run's home folder, removed with it.
        let log = wine.home.join("wineboot.log");
        let status = Command::new("wineboot")
            .arg("--init")
            .envs(wine.env())
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(std::fs::File::create(&log).unwrap())
            .status()
            .unwrap();
        let said = std::fs::read_to_string(&log).unwrap_or_default();
        assert!(status.success(), "wineboot: {said}");
        // Its server ends with its last program; then ours starts.
        let _ = Command::new("wineserver")
            .arg("--wait")
            .envs(wine.env())
            .status();
        wine
    })
}

impl Wine {
    /// A wine program (`wine`, `wineboot`, `wineserver`) in this prefix,
    /// headless and quiet.
    fn command(&self, program: &str) -> Command {
        self.start_server();
        let mut c = Command::new(program);
        c.envs(self.env())
            .env_remove("DISPLAY")
            .env_remove("WAYLAND_DISPLAY")
            .env("LANG", "C.UTF-8")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env_remove("SOURCE_DATE_EPOCH");
        c
    }

    /// The environment of every wine program here.
    fn env(&self) -> [(&'static str, &std::ffi::OsStr); 4] {
        [
            ("WINEPREFIX", self.prefix.as_os_str()),
            ("HOME", self.home.as_os_str()),
            ("WINEDEBUG", "-all".as_ref()),
            // No Mono or Gecko to install, no menu entries, no window, and
            // no browser started on the machine running the tests.
            (
                "WINEDLLOVERRIDES",
                "mscoree,mshtml,winemenubuilder.exe,winebrowser.exe=d".as_ref(),
            ),
        ]
    }

    /// Starts the prefix's wineserver unless it runs, with no output of
    /// its own: started by a wine program, it would write its messages into
    /// that program's output. It ends 10 seconds after the last program.
    fn start_server(&self) {
        let _ = Command::new("wineserver")
            .arg("--persistent=10")
            .envs(self.env())
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status();
    }

    /// `tirkeme.exe ARGS` in `dir`.
    fn tirkeme(&self, dir: &Path, args: &[&str]) -> Command {
        let mut c = self.command("wine");
        c.arg(&self.exe).args(args).current_dir(dir);
        c
    }

    fn run(&self, dir: &Path, args: &[&str]) -> Output {
        finished(self.tirkeme(dir, args))
    }
}

/// What a wine program said, once it ended. Its output goes to files, not
/// pipes: the wine processes it may start (the wineserver, Windows'
/// services) inherit its output and live on for seconds after it, and a
/// pipe would stay open until they end.
fn finished(mut c: Command) -> Output {
    let dir = tmp("wine-output");
    let (out, err) = (dir.join("stdout"), dir.join("stderr"));
    let status = c
        .stdin(Stdio::null())
        .stdout(std::fs::File::create(&out).unwrap())
        .stderr(std::fs::File::create(&err).unwrap())
        .status()
        .unwrap();
    Output {
        status,
        stdout: std::fs::read(&out).unwrap(),
        stderr: std::fs::read(&err).unwrap(),
    }
}

/// The Linux binary, `ARGS` in `dir`.
fn linux(dir: &Path, args: &[&str]) -> Output {
    tirkeme().current_dir(dir).args(args).output().unwrap()
}

/// An application as Notepad saves it: a BOM, CRLF line ends.
fn notepad(yaml: &str) -> Vec<u8> {
    let mut bytes = "\u{feff}".as_bytes().to_vec();
    bytes.extend(yaml.replace('\n', "\r\n").as_bytes());
    bytes
}

/// The built-in Russian example of an application, with `hours` hours.
fn application(hours: &str) -> String {
    let o = tirkeme()
        .args(["new", "application", "--lang", "ru"])
        .output()
        .unwrap();
    assert!(o.status.success());
    let mut out = String::new();
    for line in stdout(&o).lines() {
        match line.strip_prefix("hours:") {
            Some(_) => out.push_str(&format!("hours: {hours}\n")),
            None => {
                out.push_str(line);
                out.push('\n');
            }
        }
    }
    out
}

#[test]
#[ignore = "needs tirkeme.exe (TIRKEME_EXE) and wine: .ci/run runs it"]
fn demo_under_wine_makes_the_pdfs_linux_makes() {
    let w = wine();
    let dir = tmp("wine-demo");
    let mut c = w.tirkeme(&dir, &["demo", "-o", "үлгүлөр"]);
    c.env("SOURCE_DATE_EPOCH", "1764547200");
    let o = finished(c);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let o = tirkeme()
        .current_dir(&dir)
        .args(["demo", "-o", "linux"])
        .env("SOURCE_DATE_EPOCH", "1764547200")
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let names = |sub: &str| {
        let mut names: Vec<String> = std::fs::read_dir(dir.join(sub))
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    };
    let made = names("үлгүлөр");
    assert_eq!(made, names("linux"));
    // An example and its PDF for each form, in both languages.
    assert_eq!(made.len(), forms().len() * 4, "{made:?}");
    for name in &made {
        let ours = std::fs::read(dir.join("үлгүлөр").join(name)).unwrap();
        let theirs = std::fs::read(dir.join("linux").join(name)).unwrap();
        // The same bytes: the same fonts, layout and metadata on Windows.
        assert!(ours == theirs, "{name} differs from the Linux one");
    }
}

/// The ids of the forms tirkeme knows (`tirkeme forms`).
fn forms() -> Vec<String> {
    let o = tirkeme().arg("forms").output().unwrap();
    let forms: Vec<String> = stdout(&o)
        .lines()
        .filter_map(|l| l.strip_prefix("  "))
        .filter_map(|l| l.split_whitespace().next())
        .map(str::to_owned)
        .collect();
    assert!(forms.contains(&"application".to_owned()), "{forms:?}");
    forms
}

#[test]
#[ignore = "needs tirkeme.exe (TIRKEME_EXE) and wine: .ci/run runs it"]
fn a_notepad_file_with_a_cyrillic_name_is_checked_and_rendered_as_on_linux() {
    let w = wine();
    let dir = tmp("wine-notepad");
    let good = "Асанова арыз.yaml";
    let bad = "Асанова өтүнмө.yaml";
    std::fs::write(dir.join(good), notepad(&application("72"))).unwrap();
    std::fs::write(dir.join(bad), notepad(&application("0"))).unwrap();

    // Russian messages, the Cyrillic file name, line and column: the same
    // words as on Linux (BOM and CRLF do not shift a column).
    for format in ["human", "json"] {
        let args = ["--ui-lang", "ru", "check", "--format", format, bad];
        let ours = w.run(&dir, &args);
        let theirs = linux(&dir, &args);
        assert_eq!(ours.status.code(), Some(1), "{}", stderr(&ours));
        assert_eq!(stdout(&ours), stdout(&theirs), "{format}");
        assert_eq!(stderr(&ours), stderr(&theirs), "{format}");
    }
    // The findings are the command's output: on stdout, as on Linux.
    let human = stdout(&w.run(&dir, &["--ui-lang", "ru", "check", bad]));
    assert!(human.contains("Асанова өтүнмө.yaml:16:8"), "{human}");
    assert!(human.contains("не менее 72 часов"), "{human}");

    // Rendered beside it, named after it, the same PDF as Linux's.
    let mut c = w.tirkeme(&dir, &["--ui-lang", "ru", "render", good]);
    c.env("SOURCE_DATE_EPOCH", "1764547200");
    let o = finished(c);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let pdf = std::fs::read(dir.join("Асанова_арыз.ru.pdf")).unwrap();
    let o = tirkeme()
        .current_dir(&dir)
        .args(["render", good, "-o", "linux.pdf"])
        .env("SOURCE_DATE_EPOCH", "1764547200")
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(pdf == std::fs::read(dir.join("linux.pdf")).unwrap());
    let text = crate::common::pdf_text(&dir.join("Асанова_арыз.ru.pdf"), None);
    assert!(!text.contains('\r'), "{text}");

    // The YAML inside the PDF is the file as Notepad saved it.
    let o = w.run(
        &dir,
        &["extract", "Асанова_арыз.ru.pdf", "-o", "назад.yaml"],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(
        std::fs::read(dir.join("назад.yaml")).unwrap(),
        std::fs::read(dir.join(good)).unwrap()
    );
}

#[test]
#[ignore = "needs tirkeme.exe (TIRKEME_EXE) and wine: .ci/run runs it"]
fn import_of_an_xlsx_under_wine_gives_linux_roster() {
    let w = wine();
    let dir = tmp("wine-import");
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/roster");
    std::fs::copy(fixtures.join("staff.xlsx"), dir.join("кафедра.xlsx")).unwrap();
    let ours = w.run(&dir, &["import", "кафедра.xlsx", "-o", "тизме.yaml"]);
    assert_eq!(ours.status.code(), Some(0), "{}", stderr(&ours));
    let theirs = linux(&dir, &["import", "кафедра.xlsx"]);
    assert_eq!(theirs.status.code(), Some(0), "{}", stderr(&theirs));
    let roster = std::fs::read_to_string(dir.join("тизме.yaml")).unwrap();
    assert_eq!(roster, stdout(&theirs));
    assert!(roster.contains("form: roster"), "{roster}");
}

/// A program under wine, stopped when dropped.
struct Running(Child);

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// A double-clicked `tirkeme.exe`, started by `script` on a terminal of its
/// own: stopping `script` leaves the Windows program serving (its console
/// outlives the terminal), so it is stopped by itself when dropped — the
/// process of `exe` with no arguments, not the `serve` of another test.
struct DoubleClicked {
    script: Running,
    exe: PathBuf,
}

impl Drop for DoubleClicked {
    fn drop(&mut self) {
        let _ = self.script.0.kill();
        let _ = self.script.0.wait();
        let exe = self.exe.to_string_lossy().into_owned();
        let Ok(procs) = std::fs::read_dir("/proc") else {
            return;
        };
        for p in procs.flatten() {
            let Ok(cmdline) = std::fs::read(p.path().join("cmdline")) else {
                continue;
            };
            let cmdline = String::from_utf8_lossy(&cmdline);
            let mut args = cmdline.split('\0');
            if args.next() == Some(exe.as_str()) && args.all(|a| a.trim().is_empty()) {
                let _ = Command::new("kill")
                    .arg("-KILL")
                    .arg(p.file_name())
                    .status();
            }
        }
    }
}

#[test]
#[ignore = "needs tirkeme.exe (TIRKEME_EXE) and wine: .ci/run runs it"]
fn serve_under_wine_renders_and_saves() {
    let w = wine();
    let dir = tmp("wine-serve");
    let mut child = w
        .tirkeme(&dir, &["serve", ".", "--listen", "127.0.0.1:0"])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let _stop = Running(child);
    let base = line.trim_end().trim_end_matches('/').to_owned();
    assert!(base.starts_with("http://127.0.0.1:"), "{line:?}");

    let yaml = application("72");
    let mut res = agent()
        .post(&format!("{base}/api/render?lang=ru"))
        .header("Content-Type", "application/yaml")
        .send(notepad(&yaml))
        .unwrap();
    assert_eq!(res.status().as_u16(), 200);
    let pdf = res
        .body_mut()
        .with_config()
        .limit(64 << 20)
        .read_to_vec()
        .unwrap();
    assert!(pdf.starts_with(b"%PDF-"));

    // A document saved under a Cyrillic name lands in the folder as it is.
    let res = agent()
        .put(&format!("{base}/api/documents/Асанова%20арыз.yaml"))
        .header("If-None-Match", "*")
        .send(yaml.as_bytes())
        .unwrap();
    assert_eq!(res.status().as_u16(), 201);
    assert_eq!(
        std::fs::read_to_string(dir.join("Асанова арыз.yaml")).unwrap(),
        yaml
    );
    // A name Windows keeps for a device is refused, not opened.
    let res = agent()
        .put(&format!("{base}/api/documents/con.yaml"))
        .header("If-None-Match", "*")
        .send(yaml.as_bytes())
        .unwrap();
    assert_eq!(res.status().as_u16(), 400);
}

/// Terminal output as a person reads it: escape sequences (wine's console
/// hides and shows the cursor around every letter, and sets the window's
/// title with an operating system command) and carriage returns taken out.
fn as_read(bytes: &[u8]) -> String {
    let text = String::from_utf8_lossy(bytes);
    let mut out = String::new();
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\u{1b}' => {
                match chars.peek() {
                    Some('[') => {
                        chars.next();
                        // Parameters, then one final letter.
                        for c in chars.by_ref() {
                            if c.is_ascii_alphabetic() || c == '~' {
                                break;
                            }
                        }
                    }
                    Some(']') => {
                        // A title, up to BEL or ESC \.
                        chars.next();
                        while let Some(c) = chars.next() {
                            if c == '\u{7}' {
                                break;
                            }
                            if c == '\u{1b}' {
                                chars.next();
                                break;
                            }
                        }
                    }
                    _ => {}
                }
            }
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

#[test]
#[ignore = "needs tirkeme.exe (TIRKEME_EXE) and wine: .ci/run runs it"]
fn a_double_click_serves_documents_tirkeme_and_the_window_says_where() {
    let w = wine();
    // A console of its own, as Explorer gives a double-clicked program:
    // wine on a terminal of its own (`script`) with no other process in
    // that console, and no arguments.
    let exe = w.exe.to_str().unwrap();
    let mut child = w
        .command("script")
        .args(["-qfe", "-c", &format!("wine '{exe}'"), "/dev/null"])
        // The user's language: Russian. Wine gives it to Windows programs
        // from LC_MESSAGES (the display language, and the variable itself);
        // the character set stays C.UTF-8, installed everywhere (wine would
        // turn the Cyrillic into «?» under a locale the system lacks).
        .env("LC_MESSAGES", "ru_RU.UTF-8")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let out = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
    let mut pipe = child.stdout.take().unwrap();
    let sink = out.clone();
    std::thread::spawn(move || {
        let mut buf = [0u8; 4096];
        while let Ok(n) = std::io::Read::read(&mut pipe, &mut buf) {
            if n == 0 {
                break;
            }
            sink.lock().unwrap().extend_from_slice(&buf[..n]);
        }
    });
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(120);
    let text = loop {
        let text = as_read(&out.lock().unwrap());
        if text.contains("закройте это окно") && text.contains("Браузер не открылся")
        {
            break text;
        }
        if std::time::Instant::now() > deadline {
            let _ = child.kill();
            panic!("the window did not say where the forms are:\n{text}");
        }
        std::thread::sleep(std::time::Duration::from_millis(200));
    };
    let _stop = DoubleClicked {
        script: Running(child),
        exe: w.exe.clone(),
    };
    // The window, in the user's language: the address, the folder, how to
    // stop; the browser (none here) could not be opened, so it says so.
    let start = text.find("http://127.0.0.1:").expect(&text);
    let url: String = text[start..]
        .chars()
        .take_while(|c| !c.is_whitespace())
        .collect();
    assert!(url.ends_with('/'), "{url}");
    // The window's title (in the task bar) is the address too.
    let raw = String::from_utf8_lossy(&out.lock().unwrap()).into_owned();
    assert!(
        raw.contains(&format!("\u{1b}]0;tirkeme — {url}")),
        "{raw:?}"
    );
    assert!(
        text.contains(&format!("tirkeme открыт в браузере по адресу {url}")),
        "{text}"
    );
    assert!(
        text.contains("Документы хранятся в папке C:\\users\\"),
        "{text}"
    );
    assert!(text.contains("\\Documents\\tirkeme"), "{text}");
    assert!(
        text.contains("Чтобы остановить tirkeme, закройте это окно"),
        "{text}"
    );
    // Said in those words only: not also in the lines `serve` starts with
    // on a terminal (the bare address, the folder and Ctrl+C again).
    assert_eq!(text.matches("http://").count(), 2, "{text}");
    assert!(!text.contains('`'), "{text}");
    // The forms are served from there, over the folder made with an example
    // of each form in both languages.
    let mut res = agent().get(&url).call().unwrap();
    assert_eq!(res.status().as_u16(), 200);
    assert!(res.body_mut().read_to_string().unwrap().contains("<html"));
    let mut made: Vec<String> = std::fs::read_dir(w.home.join("tirkeme"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    made.sort();
    let mut examples: Vec<String> = forms()
        .iter()
        .flat_map(|f| ["ky", "ru"].map(|l| format!("example-{f}.{l}.yaml")))
        .collect();
    examples.sort();
    assert_eq!(made, examples);
    let mut res = agent().get(&format!("{url}api/documents")).call().unwrap();
    let listed = res.body_mut().read_to_string().unwrap();
    assert!(listed.contains("example-report.ru.yaml"), "{listed}");
}

#[test]
fn names_windows_keeps_for_devices_are_refused_as_documents() {
    let dir = tmp("reserved");
    let s = Server::start(&dir, &[]);
    for name in ["con.yaml", "NUL.yaml", "Aux.yaml", "com1.yaml", "lpt9.yaml"] {
        let res = agent()
            .put(&s.url(&format!("/api/documents/{name}")))
            .header("If-None-Match", "*")
            .send("form: report\n")
            .unwrap();
        assert_eq!(res.status().as_u16(), 400, "{name}");
        assert!(!dir.join(name).exists(), "{name}");
    }
    // A name that only starts like one is a name like any other.
    let res = agent()
        .put(&s.url("/api/documents/console.yaml"))
        .header("If-None-Match", "*")
        .send("form: report\n")
        .unwrap();
    assert_eq!(res.status().as_u16(), 201);
}
