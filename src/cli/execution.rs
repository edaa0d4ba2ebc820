//! `tirkeme execution DIR...`: the annual plans' execution in the
//! department folders (the library's [`tirkeme::year::execution`]) as a
//! table, JSON lines or CSV, and optionally as a printed page.

use std::path::Path;

use tirkeme::locale::{Msg, id};
use tirkeme::year::{self, Folder};

use super::args::ExecutionArgs;
use super::status::{StatusFormat, date_arg};
use super::{Cx, Error, Result, Status, store, write_stdout};

/// Reads `2025-2026` (consecutive years) as its first year.
pub(crate) fn academic_year(text: &str) -> Option<i32> {
    let (a, b) = text.trim().split_once('-')?;
    let (a, b): (i32, i32) = (a.trim().parse().ok()?, b.trim().parse().ok()?);
    ((1950..=2200).contains(&a) && b == a + 1).then_some(a)
}

/// Reads a department folder, saying which of its files are left out.
pub(crate) fn read_folder(cx: &Cx, dir: &Path) -> Result<Folder> {
    let folder = Folder::read(dir).map_err(|e| Error::io(id::IO_READ, dir, e))?;
    for (name, e) in &folder.unreadable {
        let path = dir.join(name).display().to_string();
        cx.say(
            id::FOLDER_FILE_UNREADABLE,
            &[("path", &path), ("detail", &super::os_error(cx.ui, e))],
        );
    }
    for c in folder
        .files
        .iter()
        .filter(|c| c.doc().is_none() && c.roster().is_none())
    {
        let path = dir.join(&c.name).display().to_string();
        cx.say(id::FOLDER_FILE_INVALID, &[("path", &path)]);
    }
    if folder.truncated {
        cx.say(
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
pub(crate) fn execution(cx: &Cx, args: &ExecutionArgs) -> Result<()> {
    let on = date_arg(args.on.as_deref())?;
    let year = match args.year.as_deref() {
        None => None,
        Some(t) => Some(academic_year(t).ok_or_else(|| {
            Error::Msg(Msg::new(id::EXECUTION_BAD_YEAR).arg("found", t), Status::Io)
        })?),
    };
    let mut folders = Vec::new();
    for dir in &args.dirs {
        folders.push(read_folder(cx, dir)?);
    }
    let done = year::execution::execution(&folders, year, on);
    if done.departments.is_empty() {
        let paths: Vec<String> = args.dirs.iter().map(|p| p.display().to_string()).collect();
        let paths = paths.join(", ");
        let msg = match args.year.as_deref().filter(|_| year.is_some()) {
            Some(y) => Msg::new(id::EXECUTION_NO_PLANS_YEAR)
                .arg("year", y.trim())
                .arg("paths", &paths),
            None => Msg::new(id::EXECUTION_NO_PLANS).arg("paths", &paths),
        };
        return Err(Error::Msg(msg, Status::Invalid));
    }
    if let Some(out) = &args.pdf {
        let bytes = match done.render() {
            Ok(pdf) => {
                cx.template_findings(&pdf.warnings);
                pdf.bytes
            }
            Err(e) => return Err(super::render_failed(cx, out, &e)),
        };
        store(cx, out, &bytes)?;
        cx.say(id::RENDERED, &[("path", &out.display().to_string())]);
    }
    if args.format != StatusFormat::Human {
        // The table says these above its rows; JSON and CSV have no room.
        for (copy, plan) in &done.copies {
            cx.say(id::EXECUTION_COPY, &[("copy", copy), ("plan", plan)]);
        }
        for (plan, other, year) in &done.differing {
            cx.say(
                id::EXECUTION_DIFFER,
                &[("plan", plan), ("other", other), ("year", year)],
            );
        }
    }
    let text = match args.format {
        StatusFormat::Human => done.table(cx.ui).into_bytes(),
        StatusFormat::Json => done.json_lines(),
        StatusFormat::Csv => done.csv(),
    };
    write_stdout(&text)
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
