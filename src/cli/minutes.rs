//! `tirkeme draft minutes DIR --number N --date D`: the next meeting's
//! minutes drafted from the department's folder (the library's
//! [`tirkeme::year::draft::minutes`]), ready to render and to complete.

use tirkeme::locale::id;

use super::args::DraftMinutesArgs;
use super::execution::read_folder;
use super::status::parse_date;
use super::{Cx, Status, store, write_stdout};

/// `tirkeme draft minutes`.
pub(crate) fn draft_minutes(cx: &Cx, args: &DraftMinutesArgs) -> Status {
    let Some(date) = parse_date(&args.date) else {
        cx.say(id::DRAFT_MINUTES_BAD_DATE, &[("found", &args.date)]);
        return Status::Io;
    };
    let folder = match read_folder(cx, &args.dir) {
        Ok(f) => f,
        Err(s) => return s,
    };
    let yaml = match tirkeme::year::draft::minutes(&folder, &args.number, date) {
        Ok(Some(y)) => y,
        Ok(None) => {
            cx.say(
                id::DRAFT_MINUTES_NOTHING,
                &[("path", &args.dir.display().to_string())],
            );
            return Status::Invalid;
        }
        Err(e) => {
            cx.say(id::DRAFT_NOT_WRITTEN, &[("detail", &e.to_string())]);
            return Status::Io;
        }
    };
    match &args.output {
        Some(out) => {
            if store(cx, out, yaml.as_bytes()) != Status::Ok {
                return Status::Io;
            }
            cx.say(id::DRAFT_WRITTEN, &[("path", &out.display().to_string())]);
            Status::Ok
        }
        None => write_stdout(cx, yaml.as_bytes()),
    }
}
