//! `tirkeme extract`: the attached YAML back out of a PDF, byte for byte.

use std::io::Write;
use std::path::{Path, PathBuf};

use tirkeme::locale::UiLang;
use tirkeme::output::same_file;

use super::{Status, io_error, say, store};

/// `tirkeme extract FILE.pdf [-o OUT.yaml]`.
pub(crate) fn extract(ui: UiLang, file: &Path, output: Option<PathBuf>) -> Status {
    let pdf = match std::fs::read(file) {
        Ok(b) => b,
        Err(e) => return io_error(ui, "io-read", file, e),
    };
    let Some(source) = tirkeme::attachment::embedded_source(&pdf) else {
        say(ui, "extract-none", &[("path", &file.display().to_string())]);
        return Status::Invalid;
    };
    match output {
        Some(out) => {
            if same_file(file, &out) {
                say(ui, "io-same-file", &[("path", &out.display().to_string())]);
                return Status::Io;
            }
            if store(ui, &out, &source) != Status::Ok {
                return Status::Io;
            }
            say(ui, "extracted", &[("path", &out.display().to_string())]);
        }
        None => {
            if std::io::stdout().lock().write_all(&source).is_err() {
                return Status::Io;
            }
        }
    }
    Status::Ok
}
