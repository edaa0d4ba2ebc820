//! The versions of a document (SPEC 10): every version a save or a delete
//! replaces, kept inside DIR so that a copy of DIR is a backup of
//! everything.
//!
//! Layout, under `DIR/.tirkeme/versions/NAME/`:
//! - `ID.yaml`: one version, byte for byte, written atomically;
//! - `index.jsonl`: one JSON line a version (`id`, `saved`, `size`, `etag`,
//!   `by`), appended in the order they were kept.
//!
//! An ID is the time the version was saved, in milliseconds since 1970
//! (13 digits, so IDs sort as times), a dash and the start of its `ETag`:
//! `1762164900123-3fa94c1e`. The files are the truth: a version whose index
//! line was lost (a crash between the two writes) is listed with the time
//! of its ID and no `by`; an index line without its file is not listed.
//!
//! Every save keeps the version it writes, so the newest version is the
//! document as the server last saved it, with who saved it. A document
//! changed outside the server (in Notepad) is kept as a version of its own,
//! dated by its file's time, when the server next replaces it. A version
//! identical to the newest kept one is not kept again. At most
//! [`MAX_VERSIONS`] are kept a document; beyond that the oldest go.
//!
//! Callers hold DIR's lock (`store::Dir`) around every change.

use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

use chrono::{DateTime, SecondsFormat, Utc};
use tirkeme::yaml::MAX_INPUT_BYTES;

/// Versions kept a document; the oldest beyond go. 200 versions of a
/// 60-teacher plan (about 40 KB) are 8 MB.
pub(crate) const MAX_VERSIONS: usize = 200;

/// The folder inside DIR that holds what is not a document.
pub(crate) const HIDDEN: &str = ".tirkeme";

/// One kept version, as listed.
#[derive(Clone, Debug, serde::Serialize, serde::Deserialize, PartialEq)]
pub(crate) struct Version {
    /// Its ID (see the module's documentation).
    pub(crate) id: String,
    /// When it was saved, RFC 3339 in UTC.
    pub(crate) saved: String,
    /// Its size in bytes.
    pub(crate) size: u64,
    /// Its `ETag`, as `GET /api/documents/NAME` gave it.
    pub(crate) etag: String,
    /// Who saved it, where the server knows (`--keys`).
    pub(crate) by: Option<String>,
}

/// Whether `id` has the shape of a version ID (and so is safe in a path).
pub(crate) fn valid_id(id: &str) -> bool {
    let Some((ms, tag)) = id.split_once('-') else {
        return false;
    };
    ms.len() == 13
        && ms.bytes().all(|b| b.is_ascii_digit())
        && tag.len() == 8
        && tag.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
}

/// The versions of one document.
pub(crate) struct Versions {
    dir: PathBuf,
}

impl Versions {
    /// The versions of document `name` (a valid document name) of `root`.
    pub(crate) fn of(root: &Path, name: &str) -> Versions {
        Versions {
            dir: root.join(HIDDEN).join("versions").join(name),
        }
    }

    /// Whether any version was ever kept.
    pub(crate) fn exist(&self) -> bool {
        self.dir.is_dir()
    }

    /// The kept versions, newest first.
    pub(crate) fn list(&self) -> io::Result<Vec<Version>> {
        let mut files: Vec<(String, u64)> = Vec::new();
        let entries = match std::fs::read_dir(&self.dir) {
            Ok(e) => e,
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(Vec::new()),
            Err(e) => return Err(e),
        };
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            let Some(id) = name.strip_suffix(".yaml") else {
                continue;
            };
            if !valid_id(id) || !entry.file_type().is_ok_and(|t| t.is_file()) {
                continue;
            }
            let size = entry.metadata().map(|m| m.len()).unwrap_or(0);
            files.push((id.to_owned(), size));
        }
        let index = self.index();
        let mut out: Vec<Version> = files
            .into_iter()
            .map(|(id, size)| {
                index
                    .iter()
                    .rev()
                    .find(|v| v.id == id)
                    .cloned()
                    .unwrap_or_else(|| Version {
                        saved: id_time(&id),
                        etag: String::new(),
                        by: None,
                        size,
                        id,
                    })
            })
            .collect();
        for v in out.iter_mut().filter(|v| v.etag.is_empty()) {
            if let Ok(bytes) = self.read(&v.id) {
                v.etag = super::store::etag_of(&bytes);
            }
        }
        out.sort_by(|a, b| b.id.cmp(&a.id));
        Ok(out)
    }

    /// One version's bytes.
    pub(crate) fn read(&self, id: &str) -> io::Result<Vec<u8>> {
        if !valid_id(id) {
            return Err(io::Error::new(io::ErrorKind::NotFound, "no such version"));
        }
        let file = std::fs::File::open(self.dir.join(format!("{id}.yaml")))?;
        tirkeme::capped::read(file, MAX_INPUT_BYTES)
    }

    /// Keeps `bytes` as a version saved at `saved` by `by`, unless the
    /// newest kept version has the same bytes. Then drops the oldest beyond
    /// [`MAX_VERSIONS`].
    pub(crate) fn keep(
        &self,
        bytes: &[u8],
        etag: &str,
        saved: SystemTime,
        by: Option<&str>,
    ) -> io::Result<()> {
        let list = self.list()?;
        if list.first().is_some_and(|v| v.etag == etag) {
            return Ok(());
        }
        std::fs::create_dir_all(&self.dir)?;
        let ms = saved
            .duration_since(UNIX_EPOCH)
            .map_or(0, |d| d.as_millis())
            .min(9_999_999_999_999);
        // The newest ID stays the newest, even if the clock went back or a
        // file's time is older than the last save.
        let newest = list
            .first()
            .and_then(|v| v.id.split_once('-'))
            .and_then(|(t, _)| t.parse::<u128>().ok())
            .unwrap_or(0);
        let ms = ms.max(newest + 1);
        let hex = etag.trim_matches('"');
        let id = format!("{ms:013}-{}", hex.get(..8).unwrap_or("00000000"));
        tirkeme::output::write_atomic(&self.dir.join(format!("{id}.yaml")), bytes)?;
        let version = Version {
            saved: id_time(&id),
            size: bytes.len() as u64,
            etag: etag.to_owned(),
            by: by.map(str::to_owned),
            id,
        };
        self.append(&version)?;
        if list.len() + 1 > MAX_VERSIONS {
            self.prune(&list[MAX_VERSIONS - 1..])?;
        }
        Ok(())
    }

    /// The index's lines that can be read.
    fn index(&self) -> Vec<Version> {
        let Ok(text) = std::fs::read_to_string(self.dir.join("index.jsonl")) else {
            return Vec::new();
        };
        text.lines()
            .filter_map(|l| serde_json::from_str(l).ok())
            .collect()
    }

    fn append(&self, v: &Version) -> io::Result<()> {
        let path = self.dir.join("index.jsonl");
        let mut f = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(&path)?;
        // A line cut short by a crash is closed first, so this one stays whole.
        let len = f.metadata()?.len();
        let mut line = String::new();
        if len > 0 {
            let mut last = [0u8; 1];
            let mut r = std::fs::File::open(&path)?;
            std::io::Seek::seek(&mut r, io::SeekFrom::Start(len - 1))?;
            r.read_exact(&mut last)?;
            if last[0] != b'\n' {
                line.push('\n');
            }
        }
        line.push_str(&serde_json::to_string(v).map_err(io::Error::other)?);
        line.push('\n');
        f.write_all(line.as_bytes())?;
        f.sync_data()
    }

    /// Removes these versions (the oldest) and rewrites the index without them.
    fn prune(&self, gone: &[Version]) -> io::Result<()> {
        for v in gone {
            match std::fs::remove_file(self.dir.join(format!("{}.yaml", v.id))) {
                Err(e) if e.kind() != io::ErrorKind::NotFound => return Err(e),
                _ => {}
            }
        }
        let kept: Vec<Version> = self
            .index()
            .into_iter()
            .filter(|v| !gone.iter().any(|g| g.id == v.id))
            .collect();
        let mut text = String::new();
        for v in &kept {
            text.push_str(&serde_json::to_string(v).map_err(io::Error::other)?);
            text.push('\n');
        }
        tirkeme::output::write_atomic(&self.dir.join("index.jsonl"), text.as_bytes())
    }
}

/// The RFC 3339 time of an ID.
fn id_time(id: &str) -> String {
    let ms = id
        .split_once('-')
        .and_then(|(t, _)| t.parse::<i64>().ok())
        .unwrap_or(0);
    DateTime::<Utc>::from_timestamp_millis(ms)
        .unwrap_or_default()
        .to_rfc3339_opts(SecondsFormat::Millis, true)
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn ids() {
        assert!(valid_id("1762164900123-3fa94c1e"));
        for bad in [
            "",
            "1762164900123",
            "1762164900123-3FA94C1E",
            "176216490012-3fa94c1e",
            "../../etc-3fa94c1e",
            "1762164900123-3fa94c1e/..",
        ] {
            assert!(!valid_id(bad), "{bad}");
        }
        assert_eq!(
            id_time("1762164900123-3fa94c1e"),
            "2025-11-03T10:15:00.123Z"
        );
    }
}
