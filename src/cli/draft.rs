//! `tirkeme draft`: the annual or perspective plan's YAML drafted from the
//! roster, ready to render and to be completed by the secretary.

use std::io::Write;
use std::path::Path;
use tirkeme::locale::id;

use tirkeme::roster::draft;

use super::status::load;
use super::{Cx, Status, store};

/// Which plan to draft.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Plan {
    /// Appendix 2, for one academic year.
    Annual,
    /// Appendix 1, for three academic years.
    Perspective,
}

/// The first year of `2026-2027`, or a usage error.
fn academic_year(cx: &Cx, text: &str) -> Result<i32, Status> {
    let parsed = text
        .split_once(['-', '–'])
        .and_then(|(a, b)| Some((a.trim().parse::<i32>().ok()?, b.trim().parse::<i32>().ok()?)));
    match parsed {
        Some((a, b)) if b == a + 1 && (1900..=2200).contains(&a) => Ok(a),
        _ => {
            cx.say(id::DRAFT_BAD_YEAR, &[("found", text)]);
            Err(Status::Io)
        }
    }
}

/// `tirkeme draft annual-plan|perspective-plan`.
pub(crate) fn draft(
    cx: &Cx,
    plan: Plan,
    roster: &Path,
    year: &str,
    output: Option<&Path>,
) -> Status {
    let year = match academic_year(cx, year) {
        Ok(y) => y,
        Err(s) => return s,
    };
    let roster = match load(cx, roster) {
        Ok(r) => r,
        Err(s) => return s,
    };
    let yaml = match plan {
        Plan::Annual => draft::annual_plan(&roster, year),
        Plan::Perspective => draft::perspective_plan(&roster, year),
    };
    let yaml = match yaml {
        Ok(y) => y,
        Err(e) => {
            cx.say(id::DRAFT_NOT_WRITTEN, &[("detail", &e.to_string())]);
            return Status::Io;
        }
    };
    match output {
        Some(out) => {
            if store(cx, out, yaml.as_bytes()) != Status::Ok {
                return Status::Io;
            }
            cx.say(id::DRAFT_WRITTEN, &[("path", &out.display().to_string())]);
        }
        None => {
            let _ = std::io::stdout().lock().write_all(yaml.as_bytes());
        }
    }
    Status::Ok
}
