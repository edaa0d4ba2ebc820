//! `tirkeme draft minutes DIR --number N --date D`: the next meeting's
//! minutes drafted from the department's folder (the library's
//! [`tirkeme::year::draft::minutes`]), ready to render and to complete.

use std::path::PathBuf;

use tirkeme::locale::{UiLang, id};

use super::execution::read_folder;
use super::status::parse_date;
use super::{Status, say, store, write_stdout};

/// `tirkeme draft minutes`.
#[derive(clap::Args)]
pub(crate) struct DraftMinutesArgs {
    /// The department's folder.
    pub(crate) dir: PathBuf,
    /// The minutes' number, e.g. `5`.
    #[arg(long)]
    pub(crate) number: String,
    /// The meeting's date: `2026-06-15` or `15.06.2026`.
    #[arg(long)]
    pub(crate) date: String,
    /// Where to write the YAML (default: standard output).
    #[arg(short, long)]
    pub(crate) output: Option<PathBuf>,
}

/// `tirkeme draft minutes`.
pub(crate) fn draft_minutes(ui: UiLang, args: &DraftMinutesArgs) -> Status {
    let Some(date) = parse_date(&args.date) else {
        say(ui, id::DRAFT_MINUTES_BAD_DATE, &[("found", &args.date)]);
        return Status::Io;
    };
    let folder = match read_folder(ui, &args.dir) {
        Ok(f) => f,
        Err(s) => return s,
    };
    let yaml = match tirkeme::year::draft::minutes(&folder, &args.number, date) {
        Ok(Some(y)) => y,
        Ok(None) => {
            say(
                ui,
                id::DRAFT_MINUTES_NOTHING,
                &[("path", &args.dir.display().to_string())],
            );
            return Status::Invalid;
        }
        Err(e) => {
            say(ui, id::DRAFT_NOT_WRITTEN, &[("detail", &e.to_string())]);
            return Status::Io;
        }
    };
    match &args.output {
        Some(out) => {
            if store(ui, out, yaml.as_bytes()) != Status::Ok {
                return Status::Io;
            }
            say(
                ui,
                id::DRAFT_WRITTEN,
                &[("path", &out.display().to_string())],
            );
            Status::Ok
        }
        None => write_stdout(ui, yaml.as_bytes()),
    }
}
