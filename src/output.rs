//! Writing outputs so that nothing is ever half-written or lost: a file is
//! written beside its target under a temporary name, synced, and renamed into
//! place; output names derived from inputs are safe on any file system.

use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// The longest stem kept, in characters.
const MAX_STEM: usize = 100;

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
    let mut out: String = stem
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || matches!(c, '-' | '_' | '.') {
                c
            } else {
                '_'
            }
        })
        .take(MAX_STEM)
        .collect();
    while out.starts_with(['.', '-']) {
        out.remove(0);
    }
    while out.ends_with('.') {
        out.pop();
    }
    if out.is_empty() || out.chars().all(|c| c == '_') {
        out = "document".into();
    }
    // Names Windows reserves.
    let upper = out.to_uppercase();
    if ["CON", "PRN", "AUX", "NUL", "COM1", "LPT1"].contains(&upper.as_str()) {
        out.push('_');
    }
    out
}

/// Writes `bytes` to `path` atomically: a temporary file in the same folder,
/// flushed to disk, then renamed over the target. On any error the target is
/// untouched and the temporary file removed.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let tmp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    let result = (|| {
        let mut f = fs::File::create(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
        fs::rename(&tmp, path)
    })();
    if result.is_err() {
        let _ = fs::remove_file(&tmp);
    }
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
        assert_eq!(safe_stem(Path::new("con.yml")), "con_");
    }
}
