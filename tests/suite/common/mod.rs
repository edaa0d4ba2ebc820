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

/// A fresh, empty folder for one test.
/// The folders of earlier runs whose process has ended are removed first
/// (once per run), so that running the suite again and again does not fill
/// the disk; a folder of a failed run stays until the next run, to look at.
pub fn tmp(name: &str) -> PathBuf {
    static N: AtomicUsize = AtomicUsize::new(0);
    static SWEPT: std::sync::Once = std::sync::Once::new();
    SWEPT.call_once(sweep_ended_runs);
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
            let _ = std::fs::remove_dir_all(entry.path());
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
