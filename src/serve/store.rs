//! DIR, the server's only storage: YAML documents read and written by name.
//! A name is one file name ending `.yaml`, never a path; symlinks are neither
//! listed, read nor written through; a save is atomic (`output::write_atomic`).
//!
//! Saves are conditional (SPEC 10): a document is replaced only by a writer
//! who names, with its `ETag`, the version it replaces, and created only
//! where none exists. The compare and the replace happen under a lock on
//! `DIR/.tirkeme/lock` (`flock` on Unix, `LockFileEx` on Windows, through
//! `std::fs::File::lock`), so they hold between several `serve` processes
//! over one folder. Every version a save or a delete replaces is kept
//! (`versions`).

use std::hash::Hasher;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::SystemTime;

use tirkeme::yaml::MAX_INPUT_BYTES;

use super::versions::{HIDDEN, Version, Versions};

/// A document's `ETag`: a strong validator, `"` 32 hex digits `"`, the
/// 128-bit `SipHash-1-3` (fixed keys, the same in every process and version)
/// of its bytes.
pub(crate) fn etag_of(bytes: &[u8]) -> String {
    let mut h = siphasher::sip128::SipHasher13::new_with_keys(0x7469726b, 0x656d65);
    h.write(bytes);
    let hash = siphasher::sip128::Hasher128::finish128(&h).as_u128();
    format!("\"{hash:032x}\"")
}

/// What a writer says of the version it replaces (the request's
/// `If-Match` / `If-None-Match`).
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Condition {
    /// Neither header: only where no document exists yet.
    Unstated,
    /// `If-Match`: the document exists and has one of these ``ETag``s
    /// (`*`: any).
    Match(Vec<String>),
    /// `If-None-Match: *`: no document exists.
    Absent,
}

impl Condition {
    /// The condition of a request's headers (`If-Match` wins).
    pub(crate) fn of(if_match: Option<&str>, if_none_match: Option<&str>) -> Condition {
        if let Some(m) = if_match {
            return Condition::Match(m.split(',').map(|t| t.trim().to_owned()).collect());
        }
        match if_none_match {
            Some(n) if n.split(',').any(|t| t.trim() == "*") => Condition::Absent,
            _ => Condition::Unstated,
        }
    }

    /// Whether a document with `current` (its `ETag`, `None`: none there)
    /// may be replaced; else the error to give.
    fn admits(&self, current: Option<&str>) -> Result<(), StoreError> {
        let stale = || StoreError::Stale {
            current: current.map(str::to_owned),
        };
        match (self, current) {
            (Condition::Unstated | Condition::Absent, None) => Ok(()),
            (Condition::Unstated, Some(etag)) => Err(StoreError::NeedsMatch {
                current: etag.to_owned(),
            }),
            (Condition::Absent, Some(_)) | (Condition::Match(_), None) => Err(stale()),
            (Condition::Match(tags), Some(etag)) => {
                if tags.iter().any(|t| t == "*" || t == etag) {
                    Ok(())
                } else {
                    Err(stale())
                }
            }
        }
    }
}

/// What a save came to.
#[derive(Debug)]
pub(crate) struct Saved {
    /// The `ETag` of what is now the document.
    pub(crate) etag: String,
    /// Whether it was created (no document was there).
    pub(crate) created: bool,
}

/// The served folder.
pub(crate) struct Dir {
    path: PathBuf,
    /// One change at a time in this process; the file lock orders them
    /// with other processes.
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
    /// Its `ETag`.
    pub(crate) etag: String,
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
    /// The writer's condition does not hold (412): the document changed
    /// since it was read, exists where it should not, or is gone.
    Stale {
        /// The document's `ETag` now (`None`: there is none).
        current: Option<String>,
    },
    /// A document exists and the writer did not say which version it
    /// replaces (428).
    NeedsMatch {
        /// The document's `ETag` now.
        current: String,
    },
}

impl From<io::Error> for StoreError {
    fn from(e: io::Error) -> Self {
        StoreError::Io(e)
    }
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
            let Ok(bytes) = self.read(&name) else {
                continue;
            };
            out.push(Entry {
                form: form_of(&bytes),
                size: bytes.len() as u64,
                etag: etag_of(&bytes),
                name,
            });
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
        let bytes = tirkeme::capped::read(file, MAX_INPUT_BYTES).map_err(StoreError::Io)?;
        if bytes.len() > MAX_INPUT_BYTES {
            return Err(StoreError::TooLarge);
        }
        Ok(bytes)
    }

    /// Saves a document atomically if `cond` holds, under DIR's lock;
    /// the version it replaces is kept, and so is the new one, with `by`.
    /// A symlink in its place is replaced by the file, never written
    /// through. Saving the bytes the document already has changes nothing.
    pub(crate) fn save(
        &self,
        name: &str,
        bytes: &[u8],
        cond: &Condition,
        by: Option<&str>,
    ) -> Result<Saved, StoreError> {
        if !valid_name(name) {
            return Err(StoreError::BadName);
        }
        let path = self.path.join(name);
        if std::fs::symlink_metadata(&path).is_ok_and(|m| m.is_dir()) {
            return Err(StoreError::BadName);
        }
        let _lock = self.lock()?;
        let current = self.current(name)?;
        cond.admits(current.as_ref().map(|c| c.etag.as_str()))?;
        let etag = etag_of(bytes);
        let versions = Versions::of(&self.path, name);
        if let Some(c) = &current {
            if c.etag == etag {
                return Ok(Saved {
                    etag,
                    created: false,
                });
            }
            versions.keep(&c.bytes, &c.etag, c.modified, None)?;
        }
        tirkeme::output::write_atomic(&path, bytes).map_err(StoreError::Io)?;
        versions.keep(bytes, &etag, SystemTime::now(), by)?;
        Ok(Saved {
            etag,
            created: current.is_none(),
        })
    }

    /// Deletes a document if `cond` names its version (a delete needs
    /// `If-Match`); the version is kept.
    pub(crate) fn delete(&self, name: &str, cond: &Condition) -> Result<(), StoreError> {
        if !valid_name(name) {
            return Err(StoreError::BadName);
        }
        let _lock = self.lock()?;
        let Some(current) = self.current(name)? else {
            return Err(StoreError::NotFound);
        };
        if !matches!(cond, Condition::Match(_)) {
            return Err(StoreError::NeedsMatch {
                current: current.etag,
            });
        }
        cond.admits(Some(&current.etag))?;
        Versions::of(&self.path, name).keep(
            &current.bytes,
            &current.etag,
            current.modified,
            None,
        )?;
        std::fs::remove_file(self.path.join(name)).map_err(StoreError::Io)
    }

    /// The kept versions of a document, newest first; `NotFound` when there
    /// is neither the document nor a version of it.
    pub(crate) fn versions(&self, name: &str) -> Result<Vec<Version>, StoreError> {
        if !valid_name(name) {
            return Err(StoreError::BadName);
        }
        let versions = Versions::of(&self.path, name);
        if !versions.exist() {
            return match self.read(name) {
                Ok(_) => Ok(Vec::new()),
                Err(e) => Err(e),
            };
        }
        versions.list().map_err(StoreError::Io)
    }

    /// One kept version of a document, byte for byte.
    pub(crate) fn version(&self, name: &str, id: &str) -> Result<Vec<u8>, StoreError> {
        if !valid_name(name) {
            return Err(StoreError::BadName);
        }
        Versions::of(&self.path, name)
            .read(id)
            .map_err(|e| match e.kind() {
                io::ErrorKind::NotFound => StoreError::NotFound,
                _ => StoreError::Io(e),
            })
    }

    /// The document as it is now, with its `ETag` and time; `None` when there
    /// is none (or a symlink, which is not a document).
    fn current(&self, name: &str) -> Result<Option<Current>, StoreError> {
        match self.read(name) {
            Ok(bytes) => {
                let modified = std::fs::metadata(self.path.join(name))
                    .and_then(|m| m.modified())
                    .unwrap_or_else(|_| SystemTime::now());
                Ok(Some(Current {
                    etag: etag_of(&bytes),
                    bytes,
                    modified,
                }))
            }
            Err(StoreError::NotFound) => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// DIR's lock, for one compare-and-replace: this process's first, then
    /// the file lock every `serve` process over DIR takes. Both are let go
    /// when the guard is dropped (the file lock when its file is closed).
    fn lock(&self) -> Result<DirLock<'_>, StoreError> {
        let inner = self.writing.lock().unwrap_or_else(|e| e.into_inner());
        let hidden = self.path.join(HIDDEN);
        std::fs::create_dir_all(&hidden).map_err(StoreError::Io)?;
        let file = std::fs::OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(hidden.join("lock"))
            .map_err(StoreError::Io)?;
        file.lock().map_err(StoreError::Io)?;
        Ok(DirLock {
            _file: file,
            _inner: inner,
        })
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

/// A document read for a compare-and-replace.
struct Current {
    bytes: Vec<u8>,
    etag: String,
    modified: SystemTime,
}

/// Held while DIR is changed (see [`Dir::save`]).
struct DirLock<'a> {
    _file: std::fs::File,
    _inner: std::sync::MutexGuard<'a, ()>,
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
