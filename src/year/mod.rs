//! The department's year closed (SPEC §13): what a department's folder
//! tells once its documents are in — the annual plan's execution
//! ([`execution`]) and what still waits for the department or the quality
//! department ([`pending`]).
//!
//! A department folder is the folder `tirkeme serve` works on: its YAML
//! documents side by side (sub-folders are not looked into, as the server
//! does not list them). [`Folder::read`] reads and checks each once; the
//! modules here only look at the models. A document that does not read
//! (bad YAML, unknown form) is kept with its findings but proves nothing; a
//! document with rule errors still counts as the paper it is — the
//! department has it on file — and `check` is where its errors are told.
//!
//! Which document is about which teacher: the teacher's full name compared
//! as `check` compares names (letter case, «ё», punctuation and spacing
//! ignored), with the roster's spelling applied when the folder holds a
//! roster.

use std::io;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;

use crate::forms::Document;
use crate::pipeline::{self, Checked};
use crate::roster::Roster;
use crate::roster::cross::{normalise, roster_spelling};

pub mod check;
pub mod draft;
pub mod execution;
pub mod pending;
pub mod plans;

/// The most documents read from one folder: a department files a few
/// hundred a year; a folder with more is not a department's folder.
pub const MAX_FILES: usize = 5_000;

/// A department's folder, read and checked.
pub struct Folder {
    /// The folder as given.
    pub dir: PathBuf,
    /// Its YAML files, sorted by name.
    pub files: Vec<Checked>,
    /// Files that could not be read, with the reason.
    pub unreadable: Vec<(String, io::Error)>,
    /// Whether files were left unread beyond [`MAX_FILES`].
    pub truncated: bool,
}

impl Folder {
    /// Reads and checks every `*.yaml` / `*.yml` file of `dir` (not of its
    /// sub-folders, nor symbolic links). Each file's name is its file name.
    pub fn read(dir: &Path) -> io::Result<Folder> {
        let mut names = Vec::new();
        for entry in std::fs::read_dir(dir)? {
            let entry = entry?;
            // `file_type` does not follow links, as the server does not.
            if !entry.file_type().is_ok_and(|t| t.is_file()) {
                continue;
            }
            let path = entry.path();
            if crate::output::is_yaml(&path) {
                names.push(entry.file_name().to_string_lossy().into_owned());
            }
        }
        names.sort();
        let truncated = names.len() > MAX_FILES;
        names.truncate(MAX_FILES);
        let mut files = Vec::new();
        let mut unreadable = Vec::new();
        for name in names {
            match read_limited(&dir.join(&name)) {
                Ok(bytes) => files.push(pipeline::check(&name, bytes, None)),
                Err(e) => unreadable.push((name, e)),
            }
        }
        Ok(Folder {
            dir: dir.to_owned(),
            files,
            unreadable,
            truncated,
        })
    }

    /// A folder made of documents already in memory, by name (the server's
    /// store, the tests).
    pub fn from_files(dir: &Path, files: Vec<(String, Vec<u8>)>) -> Folder {
        let mut files: Vec<Checked> = files
            .into_iter()
            .map(|(name, bytes)| pipeline::check(&name, bytes, None))
            .collect();
        files.sort_by(|a, b| a.name.cmp(&b.name));
        Folder {
            dir: dir.to_owned(),
            files,
            unreadable: Vec::new(),
            truncated: false,
        }
    }

    /// The documents that read, with their file names.
    pub fn docs(&self) -> impl Iterator<Item = (&str, &Document)> {
        self.files
            .iter()
            .filter_map(|c| Some((c.name.as_str(), c.doc()?)))
    }

    /// The folder's roster, when it holds one.
    pub fn roster(&self) -> Option<&Roster> {
        self.files.iter().find_map(Checked::roster)
    }

    /// A teacher's name as compared: normalised, in the roster's spelling
    /// when the roster has a close one.
    pub(crate) fn teacher_key(&self, name: &str) -> String {
        let spelled = self
            .roster()
            .and_then(|r| roster_spelling(r, name))
            .unwrap_or(name);
        normalise(spelled)
    }

    /// The key of the teacher a document is about, if it names one.
    pub(crate) fn doc_teacher(&self, doc: &Document) -> Option<String> {
        let name = doc.teacher()?.full_name();
        (!name.trim().is_empty()).then(|| self.teacher_key(&name))
    }

    /// The folder's own name (for a department that no document names).
    pub fn dir_name(&self) -> String {
        self.dir
            .canonicalize()
            .unwrap_or_else(|_| self.dir.clone())
            .file_name()
            .map_or_else(
                || self.dir.display().to_string(),
                |n| n.to_string_lossy().into_owned(),
            )
    }
}

/// What the department decided about each document of its folder, as
/// its minutes record it (`decision` and `documents` of each item): a
/// document named by a later meeting takes that meeting's decision.
#[derive(Debug, Default)]
pub(crate) struct Decisions {
    /// Document key ([`doc_key`]) → the meeting's date and number, the
    /// decision (`None` when the item names none).
    by_doc: std::collections::HashMap<String, Decided>,
}

/// One decision about a document.
#[derive(Clone, Debug)]
pub(crate) struct Decided {
    /// The meeting's date and number, to order meetings: a plain number
    /// compared as a number (meeting 10 after meeting 9), any other as text.
    pub(crate) when: (Option<NaiveDate>, Option<u64>, String),
    /// The decision's id (`approve-report`, `return-report`, …), if given.
    pub(crate) decision: Option<&'static str>,
}

impl Decisions {
    /// Records a meeting's item about `document`, unless a later meeting
    /// already decided on it.
    pub(crate) fn record(&mut self, document: &str, d: Decided) {
        let key = doc_key(document);
        match self.by_doc.get(&key) {
            Some(old) if old.when > d.when => {}
            _ => {
                self.by_doc.insert(key, d);
            }
        }
    }

    /// What was last decided about a document, if any meeting named it.
    pub(crate) fn get(&self, document: &str) -> Option<&Decided> {
        self.by_doc.get(&doc_key(document))
    }

    /// Whether a meeting named the document.
    pub(crate) fn decided(&self, document: &str) -> bool {
        self.get(document).is_some()
    }

    /// Whether the last meeting that named the document returned it for
    /// revision (7.1).
    pub(crate) fn returned(&self, document: &str) -> bool {
        self.get(document)
            .is_some_and(|d| d.decision == Some("return-report"))
    }
}

/// A document's name as minutes may write it: with or without `.yaml` /
/// `.yml`, in any letter case.
pub(crate) fn doc_key(name: &str) -> String {
    let n = name.trim().to_lowercase();
    let n = n
        .strip_suffix(".yaml")
        .or_else(|| n.strip_suffix(".yml"))
        .unwrap_or(&n);
    n.to_owned()
}

/// The decisions recorded by the minutes in a folder.
pub(crate) fn decisions(folder: &Folder) -> Decisions {
    let mut out = Decisions::default();
    for (_, doc) in folder.docs() {
        let Some(m) = doc.model::<crate::forms::minutes::Minutes>() else {
            continue;
        };
        let number = m.number.clone().unwrap_or_default();
        let when = (
            doc.common.date.as_ref().map(|d| d.v),
            number.trim().parse::<u64>().ok(),
            number,
        );
        for item in &m.items {
            for d in &item.documents {
                out.record(
                    &d.v,
                    Decided {
                        when: when.clone(),
                        decision: item.decision.as_ref().map(|d| d.v),
                    },
                );
            }
        }
    }
    out
}

/// A file's bytes, at most one byte over the input limit (enough for the
/// check to refuse it as too large).
fn read_limited(path: &Path) -> io::Result<Vec<u8>> {
    crate::capped::read(std::fs::File::open(path)?, crate::yaml::MAX_INPUT_BYTES)
}

/// Whether two periods share a day; a period missing a date is taken as
/// the one day it gives (none given: no overlap).
pub(crate) fn overlaps(
    a: (Option<NaiveDate>, Option<NaiveDate>),
    b: (Option<NaiveDate>, Option<NaiveDate>),
) -> bool {
    let span = |(s, e): (Option<NaiveDate>, Option<NaiveDate>)| match (s, e) {
        (Some(s), Some(e)) => Some((s.min(e), s.max(e))),
        (Some(d), None) | (None, Some(d)) => Some((d, d)),
        (None, None) => None,
    };
    match (span(a), span(b)) {
        (Some((s1, e1)), Some((s2, e2))) => s1 <= e2 && s2 <= e1,
        _ => false,
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::{Decided, Decisions, overlaps};

    #[test]
    fn the_later_meeting_decides_meeting_ten_after_nine() {
        let day = NaiveDate::from_ymd_opt(2026, 3, 5);
        let at = |n: &str, decision| Decided {
            when: (day, n.parse().ok(), n.to_owned()),
            decision: Some(decision),
        };
        let mut d = Decisions::default();
        d.record("a.yaml", at("10", "approve-report"));
        d.record("A.yml", at("9", "return-report"));
        assert!(!d.returned("a.yaml"), "meeting 9 came before 10");
        let mut d = Decisions::default();
        d.record("a.yaml", at("9", "approve-report"));
        d.record("a", at("10", "return-report"));
        assert!(d.returned("a.yaml"));
    }
    use chrono::NaiveDate;

    fn d(s: &str) -> Option<NaiveDate> {
        Some(s.parse().unwrap())
    }

    #[test]
    fn periods_overlap_when_they_share_a_day() {
        assert!(overlaps(
            (d("2025-11-03"), d("2025-11-16")),
            (d("2025-11-16"), d("2025-11-30"))
        ));
        assert!(!overlaps(
            (d("2025-11-03"), d("2025-11-15")),
            (d("2025-11-16"), d("2025-11-30"))
        ));
        assert!(overlaps(
            (None, d("2025-11-10")),
            (d("2025-11-03"), d("2025-11-16"))
        ));
        assert!(!overlaps((None, None), (d("2025-11-03"), d("2025-11-16"))));
    }
}
