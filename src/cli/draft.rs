//! `tirkeme draft`: the annual or perspective plan's YAML drafted from the
//! roster, ready to render and to be completed by the secretary.

use std::path::Path;
use tirkeme::locale::{Msg, id};

use tirkeme::roster::draft;

use super::status::load;
use super::{Cx, Error, Result, Status, store, write_stdout};

/// Which plan to draft.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Plan {
    /// Appendix 2, for one academic year.
    Annual,
    /// Appendix 1, for three academic years.
    Perspective,
}

/// The first year of `2026-2027`, or a usage error.
fn academic_year(text: &str) -> Result<i32> {
    let parsed = text
        .split_once(['-', '–'])
        .and_then(|(a, b)| Some((a.trim().parse::<i32>().ok()?, b.trim().parse::<i32>().ok()?)));
    match parsed {
        Some((a, b)) if b == a + 1 && (1900..=2200).contains(&a) => Ok(a),
        _ => Err(Error::Msg(
            Msg::new(id::DRAFT_BAD_YEAR).arg("found", text),
            Status::Io,
        )),
    }
}

/// `tirkeme draft annual-plan|perspective-plan`.
pub(crate) fn draft(
    cx: &Cx,
    plan: Plan,
    roster: &Path,
    year: &str,
    output: Option<&Path>,
) -> Result<()> {
    let year = academic_year(year)?;
    let roster = load(cx, roster)?;
    let yaml = match plan {
        Plan::Annual => draft::annual_plan(&roster, year),
        Plan::Perspective => draft::perspective_plan(&roster, year),
    };
    let yaml =
        yaml.map_err(|e| Error::Msg(Msg::new(id::DRAFT_NOT_WRITTEN).arg("detail", e), Status::Io))?;
    match output {
        Some(out) => {
            store(cx, out, yaml.as_bytes())?;
            cx.say(id::DRAFT_WRITTEN, &[("path", &out.display().to_string())]);
        }
        None => write_stdout(yaml.as_bytes())?,
    }
    Ok(())
}
