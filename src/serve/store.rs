//! DIR, the server's only storage: YAML documents read and written by name.
//! A name is one file name ending `.yaml`, never a path; symlinks are neither
//! listed, read nor written through; a save is atomic (`output::write_atomic`).

use std::io::{self, Read};
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use tirkeme::yaml::MAX_INPUT_BYTES;

/// The served folder.
pub(crate) struct Dir {
    path: PathBuf,
    /// One save at a time in this process: two saves of one name would share
    /// a temporary file.
    writing: Mutex<()>,
}

/// One document in DIR, as listed.
#[derive(serde::Serialize)]
pub(crate) struct Entry {
    /// The file name.
    pub(crate) name: String,
    /// The form it holds, read from its `form:` line, if any.
    pub(crate) form: Option<String>,
    /// Its size in bytes.
    pub(crate) size: u64,
}

/// Why a document cannot be had.
#[derive(Debug)]
pub(crate) enum StoreError {
    /// The name is not one plain `.yaml` file name.
    BadName,
    /// No such document (or a symlink, which is never followed).
    NotFound,
    /// Larger than the input limit.
    TooLarge,
    /// The disk said no.
    Io(io::Error),
}

/// Whether `name` may name a document: one file name ending `.yaml`, no
/// path, no hidden file, nothing a file system or a shell would read twice,
/// no name Windows keeps for a device (`con.yaml`).
pub(crate) fn valid_name(name: &str) -> bool {
    let Some(stem) = name.strip_suffix(".yaml") else {
        return false;
    };
    !stem.is_empty()
        && name.chars().count() <= 120
        && !name.starts_with(['.', '-'])
        && !stem.ends_with(['.', ' '])
        && !tirkeme::output::windows_reserved(name)
        && !name.chars().any(|c| {
            c.is_control() || matches!(c, '/' | '\\' | ':' | '*' | '?' | '"' | '<' | '>' | '|')
        })
}

impl Dir {
    /// The folder, which must exist.
    pub(crate) fn open(path: &Path) -> io::Result<Dir> {
        let meta = std::fs::metadata(path)?;
        if !meta.is_dir() {
            return Err(io::Error::other("not a folder"));
        }
        Ok(Dir {
            path: path.to_path_buf(),
            writing: Mutex::new(()),
        })
    }

    /// Its path.
    pub(crate) fn path(&self) -> &Path {
        &self.path
    }

    /// The documents: regular `.yaml` files with valid names, sorted.
    pub(crate) fn list(&self) -> io::Result<Vec<Entry>> {
        let mut out = Vec::new();
        for entry in std::fs::read_dir(&self.path)?.flatten() {
            // `file_type` does not follow symlinks: a link is not listed.
            let Ok(kind) = entry.file_type() else {
                continue;
            };
            let name = entry.file_name().to_string_lossy().into_owned();
            if !kind.is_file() || !valid_name(&name) {
                continue;
            }
            let size = entry.metadata().map(|m| m.len()).unwrap_or(0);
            let form = self.read(&name).ok().and_then(|b| form_of(&b));
            out.push(Entry { name, form, size });
        }
        out.sort_by(|a, b| a.name.cmp(&b.name));
        Ok(out)
    }

    /// A document's bytes.
    pub(crate) fn read(&self, name: &str) -> Result<Vec<u8>, StoreError> {
        if !valid_name(name) {
            return Err(StoreError::BadName);
        }
        let file = open_nofollow(&self.path.join(name)).map_err(|e| match e.kind() {
            io::ErrorKind::NotFound => StoreError::NotFound,
            _ if is_symlink(&self.path.join(name)) => StoreError::NotFound,
            _ => StoreError::Io(e),
        })?;
        if !file.metadata().map_err(StoreError::Io)?.is_file() {
            return Err(StoreError::NotFound);
        }
        let mut bytes = Vec::new();
        file.take(MAX_INPUT_BYTES as u64 + 1)
            .read_to_end(&mut bytes)
            .map_err(StoreError::Io)?;
        if bytes.len() > MAX_INPUT_BYTES {
            return Err(StoreError::TooLarge);
        }
        Ok(bytes)
    }

    /// Saves a document atomically. A symlink in its place is replaced by
    /// the file, never written through.
    pub(crate) fn write(&self, name: &str, bytes: &[u8]) -> Result<(), StoreError> {
        if !valid_name(name) {
            return Err(StoreError::BadName);
        }
        let path = self.path.join(name);
        if std::fs::symlink_metadata(&path).is_ok_and(|m| m.is_dir()) {
            return Err(StoreError::BadName);
        }
        let _guard = self.writing.lock().unwrap_or_else(|e| e.into_inner());
        tirkeme::output::write_atomic(&path, bytes).map_err(StoreError::Io)
    }

    /// The first roster in DIR (a document with `form: roster`), by name.
    pub(crate) fn roster(&self) -> Option<(String, Vec<u8>)> {
        let entries = self.list().ok()?;
        let entry = entries
            .into_iter()
            .find(|e| e.form.as_deref() == Some("roster"))?;
        let bytes = self.read(&entry.name).ok()?;
        Some((entry.name, bytes))
    }
}

fn is_symlink(path: &Path) -> bool {
    std::fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink())
}

#[cfg(unix)]
fn open_nofollow(path: &Path) -> io::Result<std::fs::File> {
    use std::os::unix::fs::OpenOptionsExt;
    std::fs::OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NOFOLLOW | libc::O_NONBLOCK)
        .open(path)
}

#[cfg(not(unix))]
fn open_nofollow(path: &Path) -> io::Result<std::fs::File> {
    if is_symlink(path) {
        return Err(io::Error::new(io::ErrorKind::NotFound, "a symlink"));
    }
    std::fs::File::open(path)
}

/// The form a YAML document names on a top-level `form:` line.
pub(crate) fn form_of(bytes: &[u8]) -> Option<String> {
    let text = String::from_utf8_lossy(&bytes[..bytes.len().min(64 * 1024)]);
    text.lines().find_map(|l| {
        let v = l.strip_prefix("form:")?;
        let v = v.split('#').next()?.trim().trim_matches(['"', '\'']);
        (!v.is_empty()).then(|| v.to_owned())
    })
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn names() {
        for good in ["a.yaml", "Асанов заявление.yaml", "plan-2025.yaml"] {
            assert!(valid_name(good), "{good}");
        }
        for bad in [
            "a.yml",
            ".yaml",
            ".hidden.yaml",
            "../a.yaml",
            "x/a.yaml",
            "x\\a.yaml",
            "a\0.yaml",
            "-rf.yaml",
            "c:a.yaml",
            "a .yaml",
            "",
        ] {
            assert!(!valid_name(bad), "{bad:?}");
        }
    }

    #[test]
    fn form_line() {
        assert_eq!(
            form_of(b"# c\nform: annual-plan  # x\n").as_deref(),
            Some("annual-plan")
        );
        assert_eq!(form_of(b"teachers: []\n"), None);
    }
}
