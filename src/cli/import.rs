//! `tirkeme import`: a spreadsheet of the department's teachers (xlsx, ods
//! or csv) to a roster's YAML, every unreadable cell named at `FILE:Sheet!C7`.

use std::io::Write;
use std::path::Path;
use tirkeme::locale::{Id, id};

use tirkeme::finding::Severity;
use tirkeme::locale::{UiLang, tr};
use tirkeme::roster::import;

use super::{Status, say, store};

/// `tirkeme import`.
pub(crate) fn import(ui: UiLang, file: &Path, output: Option<&Path>) -> Status {
    let name = file.display().to_string();
    let sheet = match import::read_sheet(file) {
        Ok(s) => s,
        Err(e @ import::SheetError::Encoding { .. }) => {
            super::say_msg(ui, &e.msg());
            return Status::Invalid;
        }
        Err(import::SheetError::Io { source, .. }) => {
            let detail = super::os_error(ui, &source);
            say(
                ui,
                id::IMPORT_UNREADABLE,
                &[("path", &name), ("detail", &detail)],
            );
            return Status::Io;
        }
        Err(e) => {
            super::say_msg(ui, &e.msg());
            return Status::Io;
        }
    };
    let imported = import::import(&sheet);
    for f in &imported.findings {
        let _ = writeln!(
            std::io::stderr().lock(),
            "{}: {}:{} [{}]: {}",
            tr(
                ui,
                Id::built(&format!("severity-{}", f.severity.as_str())),
                &[]
            ),
            name,
            f.cell,
            f.rule.id,
            f.msg.text(ui)
        );
    }
    let Some(yaml) = imported.yaml else {
        let errors = imported
            .findings
            .iter()
            .filter(|f| f.severity == Severity::Error)
            .count();
        say(
            ui,
            id::IMPORT_NOT_WRITTEN,
            &[("path", &name), ("errors", &errors.to_string())],
        );
        return Status::Invalid;
    };
    match output {
        Some(out) => {
            if store(ui, out, yaml.as_bytes()) != Status::Ok {
                return Status::Io;
            }
            say(
                ui,
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
