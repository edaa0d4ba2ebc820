//! Writing outputs so that nothing is ever half-written or lost: a file is
//! written beside its target under a temporary name, synced, and renamed into
//! place; output names derived from inputs are safe on any file system.
//!
//! The temporary name is unpredictable and created only if nothing (not
//! even a symbolic link) is there yet, so a planted link cannot redirect the
//! write; a target that is not a regular file (a device, a FIFO, a folder)
//! is never replaced. Temporary files being written are listed, so that an
//! interrupted run can remove them ([`remove_temp_files`]).

pub mod csv;

use std::fs;
use std::hash::{BuildHasher, Hasher};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, Ordering};

/// The longest stem kept, in bytes: with a language suffix, a numbered
/// duplicate and the temporary name's 22 bytes, even a package's
/// `<plan>-NN-<teacher>` name stays under the 255 bytes file systems allow.
pub(crate) const MAX_STEM_BYTES: usize = 100;

/// Temporary files being written now.
static TEMPS: Mutex<Vec<PathBuf>> = Mutex::new(Vec::new());

/// A file-name stem made from an input's name that is safe on any file
/// system: letters (any script), digits, `-`, `_` and `.` kept; spaces and
/// everything else become `_`; no leading dot or dash; never empty.
pub fn safe_stem(path: &Path) -> String {
    let stem = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    // `арыз.yaml.txt` (Notepad's habit) makes `арыз`, like `арыз.yaml`.
    let stem = if path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("txt"))
    {
        stem.strip_suffix(".yaml")
            .or_else(|| stem.strip_suffix(".yml"))
            .map_or(stem.clone(), str::to_owned)
    } else {
        stem
    };
    let mut out = String::new();
    for c in stem.chars() {
        let c = if c.is_alphanumeric() || matches!(c, '-' | '_' | '.') {
            c
        } else {
            '_'
        };
        if out.len() + c.len_utf8() > MAX_STEM_BYTES {
            break;
        }
        out.push(c);
    }
    while out.starts_with(['.', '-']) {
        out.remove(0);
    }
    while out.ends_with('.') {
        out.pop();
    }
    if out.is_empty() || out.chars().all(|c| c == '_') {
        out = "document".into();
    }
    if windows_reserved(&out) {
        out.insert(0, '_');
    }
    out
}

/// Whether Windows takes a file name for a device, whatever its extension
/// and case: `con`, `NUL.yaml`, `aux.x`, `com1.notes`, `lpt²`, `CONIN$`
/// (a file of that name opens the console or the printer port there, and
/// cannot be made). Refused everywhere: a folder is copied between systems.
pub fn windows_reserved(name: &str) -> bool {
    let base = name.split('.').next().unwrap_or("");
    // `nul .txt` is the device too: Windows drops the spaces before the dot.
    let base = base.trim_end_matches(' ').to_uppercase();
    let numbered = (base.starts_with("COM") || base.starts_with("LPT"))
        && base.chars().count() == 4
        && base.ends_with(|c: char| c.is_ascii_digit() || matches!(c, '¹' | '²' | '³'));
    matches!(
        base.as_str(),
        "CON" | "PRN" | "AUX" | "NUL" | "CONIN$" | "CONOUT$"
    ) || numbered
}

/// Whether a file name ends in `.yaml` or `.yml`, in any case (`.YAML`, `.Yml`).
pub fn is_yaml(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("yaml") || e.eq_ignore_ascii_case("yml"))
}

/// Whether writing `bytes` to `path` would lose nothing: there is no file
/// there, or it holds these very bytes, or it is a PDF tirkeme made and
/// `bytes` are one too. Anything else (a user's notes, a YAML file edited by
/// hand) is replaced only when the user says `--force`.
pub fn may_replace(path: &Path, bytes: &[u8]) -> bool {
    let Ok(meta) = fs::metadata(path) else {
        return fs::symlink_metadata(path).is_err();
    };
    if !meta.is_file() {
        return false;
    }
    // Ours are small; reading more than this says it is not ours.
    let Ok(old) =
        fs::File::open(path).and_then(|f| crate::capped::read(f, crate::attachment::MAX_PDF_BYTES))
    else {
        return false;
    };
    old == bytes || (made_by_tirkeme(&old) && made_by_tirkeme(bytes))
}

/// Whether bytes are a PDF made by tirkeme (its `/Creator`) or a schema it
/// wrote (its `$comment`).
fn made_by_tirkeme(bytes: &[u8]) -> bool {
    let schema = format!("\"$comment\": \"{}\"", crate::schema::MADE_BY);
    (bytes.starts_with(b"%PDF") && memchr::memmem::find(bytes, b"/Creator(tirkeme ").is_some())
        || (bytes.starts_with(b"{") && memchr::memmem::find(bytes, schema.as_bytes()).is_some())
}

/// A name nobody can guess: the process's randomly keyed hasher over the
/// process id, the time and a counter.
fn random_suffix() -> String {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let mut h = std::collections::hash_map::RandomState::new().build_hasher();
    h.write_u32(std::process::id());
    h.write_u64(COUNTER.fetch_add(1, Ordering::Relaxed));
    if let Ok(t) = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH) {
        h.write_u128(t.as_nanos());
    }
    format!("{:016x}", h.finish())
}

/// Removes every temporary file being written (on an interrupt).
/// The list stays locked afterwards, so no thread can start a new temporary
/// file (each is listed before it is created): call it only right before
/// the process exits.
pub fn remove_temp_files() {
    if let Ok(temps) = TEMPS.lock() {
        for t in temps.iter() {
            let _ = fs::remove_file(t);
        }
        std::mem::forget(temps);
    }
}

fn forget_temp(tmp: &Path) {
    if let Ok(mut temps) = TEMPS.lock() {
        temps.retain(|t| t != tmp);
    }
}

/// Writes `bytes` to `path` atomically: a temporary file in the same folder,
/// flushed to disk, then renamed over the target. On any error the target is
/// untouched and the temporary file removed.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> io::Result<()> {
    if let Ok(meta) = fs::metadata(path)
        && !meta.is_file()
    {
        return Err(io::Error::other(if meta.is_dir() {
            "it is a folder"
        } else {
            "it is not a regular file (a device or a pipe)"
        }));
    }
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    // At most 64 bytes of the name, so the temporary name is never too long.
    let mut short = String::new();
    for c in name.chars() {
        if short.len() + c.len_utf8() > 64 {
            break;
        }
        short.push(c);
    }
    let mut attempt = 0;
    let (tmp, mut f) = loop {
        let tmp = dir.join(format!(".{short}.{}.tmp", random_suffix()));
        if let Ok(mut temps) = TEMPS.lock() {
            temps.push(tmp.clone());
        }
        // O_CREAT|O_EXCL: fails on anything already there, a link included.
        match fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&tmp)
        {
            Ok(f) => break (tmp, f),
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists && attempt < 16 => {
                forget_temp(&tmp);
                attempt += 1;
            }
            Err(e) => {
                forget_temp(&tmp);
                return Err(e);
            }
        }
    };
    let result = (|| {
        f.write_all(bytes)?;
        f.sync_all()?;
        drop(f);
        fs::rename(&tmp, path)
    })();
    if result.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    forget_temp(&tmp);
    result
}

/// Whether two paths name the same existing file.
pub fn same_file(a: &Path, b: &Path) -> bool {
    match (fs::canonicalize(a), fs::canonicalize(b)) {
        (Ok(x), Ok(y)) => x == y,
        _ => false,
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod tests {
    use super::*;

    #[test]
    fn stems_are_safe() {
        assert_eq!(
            safe_stem(Path::new("dir/Асанов Б.Ж. заявление.yaml")),
            "Асанов_Б.Ж._заявление"
        );
        assert_eq!(safe_stem(Path::new("-rf.yaml")), "rf");
        assert_eq!(safe_stem(Path::new("../..yaml")), "document");
        assert_eq!(safe_stem(Path::new("a\"b'c.yaml")), "a_b_c");
        for reserved in [
            "con.yml",
            "NUL.yaml",
            "aux.notes.yaml",
            "com1.yaml",
            "LPT9.x.yaml",
            "Com0.yaml",
        ] {
            assert!(
                safe_stem(Path::new(reserved)).starts_with('_'),
                "{reserved}"
            );
        }
        assert_eq!(safe_stem(Path::new("console.yaml")), "console");
        assert_eq!(safe_stem(Path::new("com10.yaml")), "com10");
        let long = "Ж".repeat(300) + ".yaml";
        let stem = safe_stem(Path::new(&long));
        assert!(stem.len() <= MAX_STEM_BYTES && stem.len() >= MAX_STEM_BYTES - 1);
    }

    #[test]
    fn device_names_are_known_with_any_extension_and_case() {
        for name in [
            "con.yaml",
            "NUL.yaml",
            "nul .yaml",
            "Aux",
            "prn.notes.yaml",
            "COM1.yaml",
            "lpt².yaml",
            "CONIN$.yaml",
            "conout$",
        ] {
            assert!(windows_reserved(name), "{name}");
        }
        for name in [
            "console.yaml",
            "com10.yaml",
            "ncon.yaml",
            "конь.yaml",
            "lpt.yaml",
        ] {
            assert!(!windows_reserved(name), "{name}");
        }
    }

    #[test]
    fn yaml_in_any_case() {
        for name in ["a.yaml", "a.YAML", "a.Yml", "a.yml"] {
            assert!(is_yaml(Path::new(name)), "{name}");
        }
        assert!(!is_yaml(Path::new("a.yaml.pdf")));
    }

    #[test]
    fn temporary_names_are_new_every_time() {
        assert_ne!(random_suffix(), random_suffix());
    }
}
