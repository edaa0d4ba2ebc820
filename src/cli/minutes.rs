//! `tirkeme draft minutes DIR --number N --date D`: the next meeting's
//! minutes drafted from the department's folder (the library's
//! [`tirkeme::year::draft::minutes`]), ready to render and to complete.

use tirkeme::locale::{Msg, id};

use super::args::DraftMinutesArgs;
use super::execution::read_folder;
use super::status::parse_date;
use super::{Cx, Error, Result, Status, store, write_stdout};

/// `tirkeme draft minutes`.
pub(crate) fn draft_minutes(cx: &Cx, args: &DraftMinutesArgs) -> Result<()> {
    let date = parse_date(&args.date).ok_or_else(|| {
        Error::Msg(
            Msg::new(id::DRAFT_MINUTES_BAD_DATE).arg("found", &args.date),
            Status::Io,
        )
    })?;
    let folder = read_folder(cx, &args.dir)?;
    let yaml = match tirkeme::year::draft::minutes(&folder, &args.number, date) {
        Ok(Some(y)) => y,
        Ok(None) => return Err(Error::invalid(id::DRAFT_MINUTES_NOTHING, &args.dir)),
        Err(e) => {
            return Err(Error::Msg(
                Msg::new(id::DRAFT_NOT_WRITTEN).arg("detail", e),
                Status::Io,
            ));
        }
    };
    match &args.output {
        Some(out) => {
            store(cx, out, yaml.as_bytes())?;
            cx.say(id::DRAFT_WRITTEN, &[("path", &out.display().to_string())]);
            Ok(())
        }
        None => write_stdout(yaml.as_bytes()),
    }
}
