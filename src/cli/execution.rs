//! `tirkeme execution DIR...`: the annual plans' execution in the
//! department folders (the library's [`tirkeme::year::execution`]) as a
//! table, JSON lines or CSV, and optionally as a printed page.

use std::path::{Path, PathBuf};

use tirkeme::locale::{UiLang, id};
use tirkeme::year::{self, Folder};

use super::status::{StatusFormat, date_arg};
use super::{Status, say, store, write_stdout};

/// `tirkeme execution`.
#[derive(clap::Args)]
pub(crate) struct ExecutionArgs {
    /// The department folders, each with its annual plan and the documents
    /// filed since.
    #[arg(required = true)]
    pub(crate) dirs: Vec<PathBuf>,
    /// Only the plans of this academic year, e.g. `2025-2026`.
    #[arg(long)]
    pub(crate) year: Option<String>,
    /// The date to judge on: `2026-06-30` or `30.06.2026` (default: today).
    #[arg(long)]
    pub(crate) on: Option<String>,
    /// `human` (a table), `json` (one object a line) or `csv`.
    #[arg(long, value_enum, default_value = "human")]
    pub(crate) format: StatusFormat,
    /// Also write the execution as a printed page to this PDF.
    #[arg(long)]
    pub(crate) pdf: Option<PathBuf>,
}

/// Reads `2025-2026` (consecutive years) as its first year.
pub(crate) fn academic_year(text: &str) -> Option<i32> {
    let (a, b) = text.trim().split_once('-')?;
    let (a, b): (i32, i32) = (a.trim().parse().ok()?, b.trim().parse().ok()?);
    ((1950..=2200).contains(&a) && b == a + 1).then_some(a)
}

/// Reads a department folder, saying which of its files are left out.
pub(crate) fn read_folder(ui: UiLang, dir: &Path) -> Result<Folder, Status> {
    let folder = match Folder::read(dir) {
        Ok(f) => f,
        Err(e) => return Err(super::io_error(ui, id::IO_READ, dir, e)),
    };
    for (name, e) in &folder.unreadable {
        let path = dir.join(name).display().to_string();
        say(
            ui,
            id::FOLDER_FILE_UNREADABLE,
            &[("path", &path), ("detail", &super::os_error(ui, e))],
        );
    }
    for c in folder
        .files
        .iter()
        .filter(|c| c.doc.is_none() && c.roster.is_none())
    {
        let path = dir.join(&c.name).display().to_string();
        say(ui, id::FOLDER_FILE_INVALID, &[("path", &path)]);
    }
    if folder.truncated {
        say(
            ui,
            id::FOLDER_TRUNCATED,
            &[
                ("path", &dir.display().to_string()),
                ("max", &year::MAX_FILES.to_string()),
            ],
        );
    }
    Ok(folder)
}

/// `tirkeme execution`.
pub(crate) fn execution(ui: UiLang, args: &ExecutionArgs) -> Status {
    let on = match date_arg(ui, args.on.as_deref()) {
        Ok(d) => d,
        Err(s) => return s,
    };
    let year = match args.year.as_deref() {
        None => None,
        Some(t) => match academic_year(t) {
            Some(y) => Some(y),
            None => {
                say(ui, id::EXECUTION_BAD_YEAR, &[("found", t)]);
                return Status::Io;
            }
        },
    };
    let mut folders = Vec::new();
    for dir in &args.dirs {
        match read_folder(ui, dir) {
            Ok(f) => folders.push(f),
            Err(s) => return s,
        }
    }
    let done = year::execution::execution(&folders, year, on);
    if done.departments.is_empty() {
        let paths: Vec<String> = args.dirs.iter().map(|p| p.display().to_string()).collect();
        let paths = paths.join(", ");
        match (year, args.year.as_deref()) {
            (Some(_), Some(y)) => say(
                ui,
                id::EXECUTION_NO_PLANS_YEAR,
                &[("year", y.trim()), ("paths", &paths)],
            ),
            _ => say(ui, id::EXECUTION_NO_PLANS, &[("paths", &paths)]),
        }
        return Status::Invalid;
    }
    if let Some(out) = &args.pdf {
        let bytes = match done.render() {
            Ok(pdf) => {
                super::template_findings(ui, &pdf.warnings);
                pdf.bytes
            }
            Err(e) => {
                super::template_findings(ui, &e.findings);
                say(
                    ui,
                    id::RENDER_FAILED,
                    &[
                        ("path", &out.display().to_string()),
                        ("detail", &e.to_string()),
                    ],
                );
                return Status::Invalid;
            }
        };
        if store(ui, out, &bytes) != Status::Ok {
            return Status::Io;
        }
        say(ui, id::RENDERED, &[("path", &out.display().to_string())]);
    }
    let text = match args.format {
        StatusFormat::Human => done.table(ui).into_bytes(),
        StatusFormat::Json => done.json_lines(),
        StatusFormat::Csv => done.csv(),
    };
    write_stdout(ui, &text)
}

#[cfg(test)]
mod tests {
    use super::academic_year;

    #[test]
    fn an_academic_year_is_two_consecutive_years() {
        assert_eq!(academic_year("2025-2026"), Some(2025));
        assert_eq!(academic_year(" 2025 - 2026 "), Some(2025));
        assert_eq!(academic_year("2025-2027"), None);
        assert_eq!(academic_year("2025"), None);
        assert_eq!(academic_year("25-26"), None);
    }
}
