//! The Kyrgyz and Russian words a choice may be written with (`курсы` for
//! `course`, `ооба` for `true`), kept as a table a linguist can read in
//! `data/choices.tsv`; the reader, the JSON schema and `new` all take them
//! from here.

use std::collections::HashMap;
use std::sync::OnceLock;

const TABLE: &str = include_str!("../data/choices.tsv");

/// The sets of choices the table has words for, in its order.
pub const SETS: &[&str] = &[
    "kind",
    "mode",
    "funding",
    "direction",
    "activity",
    "certificate",
    "bool",
    "lang",
    "gender",
];

type Sets = HashMap<&'static str, Vec<(&'static str, &'static str)>>;

fn sets() -> &'static Sets {
    static SETS_READ: OnceLock<Sets> = OnceLock::new();
    SETS_READ.get_or_init(|| {
        let mut out: Sets = HashMap::new();
        for line in TABLE.lines() {
            let line = line.trim_end();
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let mut cols = line.split('\t');
            let (Some(set), Some(id), Some(words)) = (cols.next(), cols.next(), cols.next()) else {
                continue;
            };
            let entry = out.entry(set).or_default();
            for word in words.split(',').map(str::trim).filter(|w| !w.is_empty()) {
                entry.push((word, id));
            }
        }
        out
    })
}

/// The words of a set as `(word, id)` pairs, in the table's order (empty
/// for a set the table does not know).
pub fn aliases(set: &str) -> &'static [(&'static str, &'static str)] {
    sets().get(set).map_or(&[], Vec::as_slice)
}

/// The words of one value of a set: `words("kind", "course")` gives
/// `курс`, `курстар`, `курсы`, …
pub fn words(set: &str, id: &str) -> Vec<&'static str> {
    aliases(set)
        .iter()
        .filter(|(_, i)| *i == id)
        .map(|(w, _)| *w)
        .collect()
}

/// A choice as compared: lower case, «ё» as «е», `_` and dashes as `-`,
/// spaces collapsed, a final full stop dropped.
pub fn normalize(text: &str) -> String {
    let lower = text.trim().trim_end_matches('.').to_lowercase();
    let mapped: String = lower
        .chars()
        .map(|c| match c {
            'ё' => 'е',
            '_' | '–' | '—' | '‑' => '-',
            c => c,
        })
        .collect();
    mapped.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The id among `allowed` that `text` names, as the id itself (in any
/// letter case) or as one of its words in any set.
pub fn resolve(text: &str, allowed: &[&'static str]) -> Option<&'static str> {
    let key = normalize(text);
    if key.is_empty() {
        return None;
    }
    if let Some(id) = allowed.iter().find(|a| normalize(a) == key) {
        return Some(id);
    }
    SETS.iter()
        .flat_map(|s| aliases(s))
        .filter(|(w, _)| normalize(w) == key)
        .find_map(|(_, id)| allowed.iter().find(|a| *a == id).copied())
}

/// The id of a set that `text` names, if any.
pub fn resolve_in(set: &str, text: &str) -> Option<&'static str> {
    let key = normalize(text);
    aliases(set)
        .iter()
        .find(|(w, id)| normalize(w) == key || normalize(id) == key)
        .map(|(_, id)| *id)
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod tests {
    use super::*;

    #[test]
    fn every_set_is_listed_and_no_word_names_two_values() {
        for line in TABLE
            .lines()
            .filter(|l| !l.starts_with('#') && !l.is_empty())
        {
            let set = line.split('\t').next().unwrap();
            assert!(SETS.contains(&set), "set {set} is not in SETS");
            assert_eq!(line.split('\t').count(), 3, "{line}");
        }
        for set in SETS {
            let mut seen: HashMap<String, &str> = HashMap::new();
            for (w, id) in aliases(set) {
                if let Some(other) = seen.insert(normalize(w), id) {
                    assert_eq!(other, *id, "{set}: «{w}» names {other} and {id}");
                }
            }
        }
    }

    #[test]
    fn words_and_ids_in_any_case() {
        let kinds = crate::rules::KINDS;
        assert_eq!(resolve("курсы", kinds), Some("course"));
        assert_eq!(resolve("Курстар", kinds), Some("course"));
        assert_eq!(resolve("СТАЖИРОВКА", kinds), Some("internship"));
        assert_eq!(resolve("кайра  даярдоо", kinds), Some("retraining"));
        assert_eq!(resolve("Переподготовка", kinds), Some("retraining"));
        assert_eq!(resolve("Course", kinds), Some("course"));
        assert_eq!(resolve("creative_leave", kinds), Some("creative-leave"));
        assert_eq!(resolve("Учёная степень", kinds), Some("degree"));
        assert_eq!(resolve("учеНая степень", kinds), Some("degree"));
        assert_eq!(resolve("кыргызча", &["ky", "ru"]), Some("ky"));
        assert_eq!(resolve("Русский", &["ky", "ru"]), Some("ru"));
        assert_eq!(resolve("курсы", &["ky", "ru"]), None);
        assert_eq!(resolve("", kinds), None);
        assert_eq!(resolve_in("bool", "Ооба"), Some("true"));
        assert_eq!(resolve_in("bool", "нет"), Some("false"));
        assert_eq!(resolve_in("gender", "Ж"), Some("f"));
        assert_eq!(resolve_in("gender", "эр"), Some("m"));
        assert!(words("kind", "course").contains(&"курсы"));
    }
}
