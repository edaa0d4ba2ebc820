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

/// The roster's teachers and its head, in roster order: each with what the
/// roster says of them (`name`, and `position`, `degree`, `subject`,
/// `gender`, `department` and `last_courses`, the years of their latest
/// completions, where it says them), for the page to offer the names and
/// fill a picked person's empty fields.
pub(crate) fn people(dir: &Dir) -> Vec<Value> {
    let Some(roster) = roster(dir) else {
        return Vec::new();
    };
    let department = roster.department.clone();
    let today = chrono::Local::now().date_naive();
    let mut people: Vec<Value> = roster
        .teachers
        .into_iter()
        .map(|t| {
            let years = tirkeme::roster::draft::last_courses(&t, today);
            let mut p = person(
                t.name.v,
                [
                    ("position", t.position),
                    ("degree", t.degree),
                    ("subject", t.subject),
                    ("gender", t.gender.map(str::to_owned)),
                    ("department", department.clone()),
                ],
            );
            if !years.is_empty() {
                p["last_courses"] = serde_json::json!(years);
            }
            p
        })
        .collect();
    if let Some(head) = roster.head
        && let Some(name) = head.name
    {
        let said = [
            ("position", head.position),
            ("department", head.department.or(department)),
        ];
        people.push(person(name.v, said));
    }
    people.dedup_by(|a, b| a["name"] == b["name"]);
    people
}

fn person<const N: usize>(name: String, said: [(&str, Option<String>); N]) -> Value {
    let mut map = serde_json::Map::new();
    map.insert("name".into(), Value::String(name));
    for (key, value) in said {
        if let Some(v) = value.filter(|v| !v.trim().is_empty()) {
            map.insert(key.into(), Value::String(v));
        }
    }
    Value::Object(map)
}

/// The standing of every teacher of the roster today, as JSON rows; `None`
/// without a roster.
pub(crate) fn standing(dir: &Dir) -> Option<Value> {
    let roster = roster(dir)?;
    let today = chrono::Local::now().date_naive();
    serde_json::to_value(tirkeme::roster::status(&roster, today)).ok()
}
