//! The roster DIR may hold: its people, offered when a form asks for a
//! name, and its standing under the five-year rule (SPEC 8).

use serde_json::Value;
use tirkeme::yaml::{self, Node};

use super::store::Dir;

/// The names of the roster's teachers and of its head, in roster order.
pub(crate) fn people(dir: &Dir) -> Vec<String> {
    let Some((_, bytes)) = dir.roster() else {
        return Vec::new();
    };
    let Ok(text) = tirkeme::pipeline::decode(&bytes) else {
        return Vec::new();
    };
    let Ok(root) = yaml::parse(&text) else {
        return Vec::new();
    };
    let mut names = Vec::new();
    let name_of = |n: &Node| match &n.value {
        yaml::Value::Str(s) => Some(s.clone()),
        yaml::Value::Map(_) => get(n, "name").and_then(|v| v.value.scalar_text()),
        _ => None,
    };
    if let Some(yaml::Value::Seq(teachers)) = get(&root, "teachers").map(|n| &n.value) {
        names.extend(teachers.iter().filter_map(name_of));
    }
    if let Some(head) = get(&root, "head").and_then(name_of) {
        names.push(head);
    }
    names.dedup();
    names
}

fn get<'a>(node: &'a Node, key: &str) -> Option<&'a Node> {
    let yaml::Value::Map(entries) = &node.value else {
        return None;
    };
    entries
        .iter()
        .find(|(k, _)| k.value.scalar_text().as_deref() == Some(key))
        .map(|(_, v)| v)
}

/// The standing of every teacher of the roster today, as JSON rows; `None`
/// without a roster.
pub(crate) fn standing(dir: &Dir) -> Option<Value> {
    let (name, bytes) = dir.roster()?;
    let (roster, _) = tirkeme::roster::read(&name, bytes);
    let today = chrono::Local::now().date_naive();
    serde_json::to_value(tirkeme::roster::status(&roster?, today)).ok()
}
