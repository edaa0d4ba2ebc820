//! `tirkeme import`: a spreadsheet of the department's teachers (xlsx, ods,
//! csv or tab-separated text) to a roster's YAML, every unreadable cell
//! named at `FILE:Sheet!C7`.

use std::io::Write;
use std::path::Path;
use tirkeme::locale::{Id, Msg, id};

use tirkeme::diagnostics::visible;
use tirkeme::locale::tr;
use tirkeme::roster::import;

use super::{Cx, Error, Result, Status, store, write_stdout};

/// `tirkeme import`.
pub(crate) fn import(cx: &Cx, file: &Path, output: Option<&Path>) -> Result<()> {
    let name = file.display().to_string();
    let imported = import::from_path(file).map_err(|e| {
        Error::Msg(
            Msg::new(id::IMPORT_UNREADABLE)
                .arg("path", &name)
                .arg("detail", super::os_error(cx.ui, &e)),
            Status::Io,
        )
    })?;
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
        return Err(Error::Msg(
            Msg::new(id::IMPORT_NOT_WRITTEN)
                .arg("path", &name)
                .arg("errors", errors),
            Status::Invalid,
        ));
    };
    match output {
        Some(out) => {
            store(cx, out, yaml.as_bytes())?;
            cx.say(
                id::IMPORT_DONE,
                &[
                    ("path", &out.display().to_string()),
                    ("teachers", &imported.teachers.to_string()),
                    ("activities", &imported.activities.to_string()),
                ],
            );
        }
        None => write_stdout(yaml.as_bytes())?,
    }
    Ok(())
}
