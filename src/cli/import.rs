//! `tirkeme import`: a spreadsheet of the department's teachers (xlsx, ods,
//! csv or tab-separated text) to a roster's YAML, every unreadable cell
//! named at `FILE:Sheet!C7`.

use std::io::Write;
use std::path::Path;
use tirkeme::locale::{Id, id};

use tirkeme::diagnostics::visible;
use tirkeme::locale::tr;
use tirkeme::roster::import;

use super::{Cx, Status, store};

/// `tirkeme import`.
pub(crate) fn import(cx: &Cx, file: &Path, output: Option<&Path>) -> Status {
    let name = file.display().to_string();
    let imported = match import::from_path(file) {
        Ok(i) => i,
        Err(e) => {
            let detail = super::os_error(cx.ui, &e);
            cx.say(
                id::IMPORT_UNREADABLE,
                &[("path", &name), ("detail", &detail)],
            );
            return Status::Io;
        }
    };
    cx.quiet(|| {
        let mut err = std::io::stderr().lock();
        for f in &imported.findings {
            let place = if f.cell.is_empty() {
                name.clone()
            } else {
                format!("{name}:{}", f.cell)
            };
            let line = format!(
                "{}: {place} [{}]: {}",
                tr(
                    cx.ui,
                    Id::built(&format!("severity-{}", f.severity.as_str())),
                    &[]
                ),
                f.rule.id,
                f.message(cx.ui)
            );
            // Cell text is already shown safely; the file's name may not be.
            let _ = writeln!(err, "{}", visible(&line));
        }
    });
    let Some(yaml) = imported.yaml else {
        // Those past the cap of findings shown included.
        let errors = imported.errors.max(1);
        cx.say(
            id::IMPORT_NOT_WRITTEN,
            &[("path", &name), ("errors", &errors.to_string())],
        );
        return Status::Invalid;
    };
    match output {
        Some(out) => {
            if store(cx, out, yaml.as_bytes()) != Status::Ok {
                return Status::Io;
            }
            cx.say(
                id::IMPORT_DONE,
                &[
                    ("path", &out.display().to_string()),
                    ("teachers", &imported.teachers.to_string()),
                    ("activities", &imported.activities.to_string()),
                ],
            );
        }
        None => {
            let _ = std::io::stdout().lock().write_all(yaml.as_bytes());
        }
    }
    Status::Ok
}
