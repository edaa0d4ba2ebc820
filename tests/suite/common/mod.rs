//! Helpers shared by the integration tests: run the binary as a user does,
//! in a fresh folder, and read PDFs back as text.

pub mod server;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::atomic::{AtomicUsize, Ordering};

use tirkeme::forms::FormId;

/// Every form's id, in the registry's order (the appendices first): a new
/// form is tested wherever the suite goes through all of them.
pub const FORMS: [&str; FormId::ALL.len()] = {
    let mut ids = [""; FormId::ALL.len()];
    let mut i = 0;
    while i < ids.len() {
        ids[i] = FormId::ALL[i].id();
        i += 1;
    }
    ids
};

/// The label a form prints top right in `lang` («4-тиркеме», «Приложение
/// 4»), `None` for a document that is not an appendix of the regulation.
pub fn appendix_label(form: &str, lang: &str) -> Option<String> {
    let n = FormId::from_id(form)?.appendix()?;
    Some(if lang == "ky" {
        format!("{n}-тиркеме")
    } else {
        format!("Приложение {n}")
    })
}

/// A fresh, empty folder for one test. It is removed when the test passes
/// — when the test's thread ends without having panicked, so that a folder a
/// helper made and returned from goes too — and kept when the test fails, to
/// look at. The folders of earlier runs whose process has ended (a failed
/// test's, a run cut short) are removed first, once per run, so that running
/// the suite again and again does not fill the disk.
pub fn tmp(name: &str) -> PathBuf {
    let dir = fresh(name);
    MADE.with(|m| m.dirs.borrow_mut().push(dir.clone()));
    dir
}

/// A fresh folder `tirkeme-test-PID-NAME-N` in the temp folder.
fn fresh(name: &str) -> PathBuf {
    static N: AtomicUsize = AtomicUsize::new(0);
    static SWEPT: std::sync::Once = std::sync::Once::new();
    SWEPT.call_once(|| {
        sweep_ended_runs();
        watch_for_failures();
    });
    let dir = std::env::temp_dir().join(format!(
        "tirkeme-test-{}-{}-{}",
        std::process::id(),
        name,
        N.fetch_add(1, Ordering::Relaxed)
    ));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// The folders one thread (one test: the harness runs each in its own
/// thread) made, removed when it ends unless it panicked.
struct Made {
    dirs: std::cell::RefCell<Vec<PathBuf>>,
    failed: std::cell::Cell<bool>,
}

impl Drop for Made {
    fn drop(&mut self) {
        if !self.failed.get() {
            for d in self.dirs.borrow().iter() {
                let _ = std::fs::remove_dir_all(d);
            }
        }
    }
}

thread_local! {
    static MADE: Made = const {
        Made {
            dirs: std::cell::RefCell::new(Vec::new()),
            failed: std::cell::Cell::new(false),
        }
    };
}

/// How many panics this run had (failed tests): with any, the run's shared
/// folders ([`tmp_for_run`]) are kept too.
static FAILED: AtomicUsize = AtomicUsize::new(0);

/// Marks the thread that panics as failed, then panics as before (the
/// harness catches the panic and reports the test failed, so the thread's
/// end cannot tell by itself).
fn watch_for_failures() {
    let before = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        FAILED.fetch_add(1, Ordering::Relaxed);
        let _ = MADE.try_with(|m| m.failed.set(true));
        before(info);
    }));
}

/// A folder shared by the tests of this run (one made once, as the wine
/// prefix): removed when the test binary exits, unless a test failed; the
/// sweep of the next run removes it otherwise.
pub fn tmp_for_run(name: &str) -> PathBuf {
    static AT_EXIT: std::sync::Once = std::sync::Once::new();
    let dir = fresh(name);
    SHARED.lock().unwrap().push(dir.clone());
    AT_EXIT.call_once(|| {
        // SAFETY: `remove_shared` is an `extern "C"` function without
        // arguments that does not unwind, as `atexit` requires.
        unsafe { libc::atexit(remove_shared) };
    });
    dir
}

/// The folders [`tmp_for_run`] made.
static SHARED: std::sync::Mutex<Vec<PathBuf>> = std::sync::Mutex::new(Vec::new());

/// Removes the run's shared folders at exit, unless a test failed.
extern "C" fn remove_shared() {
    let _ = std::panic::catch_unwind(|| {
        if FAILED.load(Ordering::Relaxed) > 0 {
            return;
        }
        if let Ok(dirs) = SHARED.lock() {
            for d in dirs.iter() {
                let _ = std::fs::remove_dir_all(d);
            }
        }
    });
}

#[test]
fn a_test_folder_goes_when_the_test_passes_and_stays_when_it_fails() {
    // A helper makes the folder and returns what it made there: the folder
    // lives as long as the test, and goes when it passes.
    let helper = || {
        let dir = tmp("passes");
        write(&dir, "a.yaml", "form: report\n")
    };
    let passed = std::thread::spawn(move || {
        let file = helper();
        assert!(file.exists(), "removed while the test runs");
        file.parent().unwrap().to_path_buf()
    })
    .join()
    .unwrap();
    assert!(!passed.exists(), "{} left behind", passed.display());
    let (tx, rx) = std::sync::mpsc::channel();
    let failed = std::thread::spawn(move || {
        let dir = tmp("fails");
        write(&dir, "a.yaml", "form: report\n");
        tx.send(dir).unwrap();
        panic!("a failing test, made to fail here on purpose");
    })
    .join();
    assert!(failed.is_err());
    // This failure was made on purpose: it keeps no shared folder.
    FAILED.fetch_sub(1, Ordering::Relaxed);
    let kept = rx.recv().unwrap();
    assert!(kept.join("a.yaml").exists(), "{} removed", kept.display());
    std::fs::remove_dir_all(&kept).unwrap();
}

/// Removes `tirkeme-test-PID-…` folders whose process PID no longer runs.
fn sweep_ended_runs() {
    let Ok(entries) = std::fs::read_dir(std::env::temp_dir()) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let Some(rest) = name.to_str().and_then(|n| n.strip_prefix("tirkeme-test-")) else {
            continue;
        };
        let Some(pid) = rest.split('-').next().and_then(|p| p.parse::<u32>().ok()) else {
            continue;
        };
        if pid != std::process::id() && !Path::new(&format!("/proc/{pid}")).exists() {
            // Folders, and the files earlier versions of the suite left
            // beside them.
            let _ = std::fs::remove_dir_all(entry.path())
                .or_else(|_| std::fs::remove_file(entry.path()));
        }
    }
}

/// The binary, with an English UI unless a test says otherwise.
pub fn tirkeme() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_tirkeme"));
    c.env("LANG", "C")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("SOURCE_DATE_EPOCH");
    c
}

/// Runs the binary with arguments in a folder.
pub fn run(dir: &Path, args: &[&str]) -> Output {
    tirkeme().current_dir(dir).args(args).output().unwrap()
}

/// Standard error as text.
pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// Standard output as text.
pub fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

/// The text of a PDF (or of pages `first..=last`), by `pdftotext`, with
/// line breaks and repeated spaces folded to single spaces.
pub fn pdf_text(pdf: &Path, pages: Option<(usize, usize)>) -> String {
    pdf_text_with(pdf, pages, &[])
}

/// Like [`pdf_text`], keeping the physical layout (table rows stay rows).
pub fn pdf_layout_text(pdf: &Path, pages: Option<(usize, usize)>) -> String {
    pdf_text_with(pdf, pages, &["-layout"])
}

fn pdf_text_with(pdf: &Path, pages: Option<(usize, usize)>, extra: &[&str]) -> String {
    let mut c = Command::new("pdftotext");
    c.args(extra);
    if let Some((f, l)) = pages {
        c.args(["-f", &f.to_string(), "-l", &l.to_string()]);
    }
    let o = c
        .arg(pdf)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils) is needed by the tests");
    assert!(o.status.success(), "pdftotext failed on {}", pdf.display());
    unbreak(&String::from_utf8_lossy(&o.stdout))
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Text as a reader takes it in: a word hyphenated at a soft hyphen or cut
/// at a zero-width break is joined again, and the invisible break marks
/// (U+00AD, U+200B) are dropped.
pub fn unbreak(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\u{ad}' || c == '\u{200b}' {
            // A mark at the end of a line joins the word across the break.
            while chars
                .peek()
                .is_some_and(|n| *n == '\u{ad}' || *n == '\n' || *n == '\u{200b}')
            {
                chars.next();
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// The number of pages of a PDF, by `pdfinfo`.
pub fn pages(pdf: &Path) -> usize {
    let o = Command::new("pdfinfo").arg(pdf).output().expect("pdfinfo");
    let text = String::from_utf8_lossy(&o.stdout).into_owned();
    text.lines()
        .find_map(|l| l.strip_prefix("Pages:").map(|n| n.trim().parse().unwrap()))
        .expect("page count")
}

/// Writes a file into a folder and gives its path.
pub fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, text).unwrap();
    p
}

/// Compares `actual` with `tests/snapshots/NAME.txt`; a difference leaves
/// the new text beside it as `NAME.txt.new` and fails. `SNAPSHOTS=overwrite`
/// accepts the new text.
pub fn snapshot(name: &str, actual: &str) {
    if let Err(why) = snapshot_check(name, actual) {
        panic!("{why}");
    }
}

/// [`snapshot`] without the panic: the difference as an error, so that a
/// test can compare many texts and report every one that differs.
pub fn snapshot_check(name: &str, actual: &str) -> Result<(), String> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/snapshots")
        .join(format!("{name}.txt"));
    let new = path.with_extension("txt.new");
    if std::env::var("SNAPSHOTS").as_deref() == Ok("overwrite") {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, actual).unwrap();
        let _ = std::fs::remove_file(&new);
        return Ok(());
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_default();
    if expected != actual {
        std::fs::write(&new, actual).unwrap();
        let line = expected
            .lines()
            .zip(actual.lines())
            .position(|(e, a)| e != a)
            .unwrap_or_else(|| expected.lines().count().min(actual.lines().count()));
        return Err(format!(
            "{name}: differs from {} at line {}; the new text is in {} \
             (SNAPSHOTS=overwrite accepts it)",
            path.display(),
            line + 1,
            new.display()
        ));
    }
    let _ = std::fs::remove_file(&new);
    Ok(())
}

/// The whole text of a PDF as a reader gets it, line by line in reading
/// order (`pdftotext`): a soft hyphen where a word breaks shows as `-`, a
/// page break as a line `--- page N ---`.
pub fn pdf_lines(pdf: &Path) -> String {
    let o = Command::new("pdftotext")
        .arg(pdf)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils) is needed by the tests");
    assert!(o.status.success(), "pdftotext failed on {}", pdf.display());
    let text = String::from_utf8_lossy(&o.stdout);
    let mut out = String::new();
    for (n, page) in text.split('\u{c}').enumerate() {
        if page.trim().is_empty() {
            continue;
        }
        if n > 0 {
            out += &format!("--- page {} ---\n", n + 1);
        }
        for line in page.lines() {
            let line = line.replace('\u{ad}', "-").replace('\u{200b}', "");
            out += line.trim_end();
            out.push('\n');
        }
    }
    out
}
