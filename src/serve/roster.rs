//! The roster DIR may hold: its people, offered when a form asks for a
//! name, and its standing under the five-year rule (SPEC 8). Both come from
//! the library's own reader (`tirkeme::roster::read`), as `check` reads it.

use serde_json::Value;
use tirkeme::roster::Roster;

use super::store::Dir;

/// The roster of DIR as the library reads it, when there is one it can read.
fn roster(dir: &Dir) -> Option<Roster> {
    let (name, bytes) = dir.roster()?;
    tirkeme::roster::read(&name, bytes).0
}

/// The names of the roster's teachers and of its head, in roster order.
pub(crate) fn people(dir: &Dir) -> Vec<String> {
    let Some(roster) = roster(dir) else {
        return Vec::new();
    };
    let mut names: Vec<String> = roster.teachers.into_iter().map(|t| t.name.v).collect();
    if let Some(head) = roster.head.and_then(|h| h.name) {
        names.push(head.v);
    }
    names.dedup();
    names
}

/// The standing of every teacher of the roster today, as JSON rows; `None`
/// without a roster.
pub(crate) fn standing(dir: &Dir) -> Option<Value> {
    let roster = roster(dir)?;
    let today = chrono::Local::now().date_naive();
    serde_json::to_value(tirkeme::roster::status(&roster, today)).ok()
}
