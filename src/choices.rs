//! The Kyrgyz and Russian words a choice may be written with (`курсы` for
//! `course`, `ооба` for `true`), kept as a table a linguist can read in
//! `data/choices.tsv`; the reader, the JSON schema and `new` all take them
//! from here.

use std::collections::HashMap;
use std::sync::OnceLock;

const TABLE: &str = include_str!("../data/choices.tsv");

/// The sets of choices the table has words for, in its order.
pub(crate) const SETS: &[&str] = &[
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

/// One word of the table: the value it names and the language it is in
/// (`ky`, `ru`, or `other`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Word {
    /// The word as the table writes it.
    pub word: &'static str,
    /// The id it names.
    pub id: &'static str,
    /// `ky`, `ru` or `other`.
    pub lang: &'static str,
}

struct Set {
    pairs: Vec<(&'static str, &'static str)>,
    words: Vec<Word>,
}

type Sets = HashMap<&'static str, Set>;

fn sets() -> &'static Sets {
    static SETS_READ: OnceLock<Sets> = OnceLock::new();
    SETS_READ.get_or_init(|| {
        let mut out: Sets = HashMap::new();
        for line in TABLE.lines() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let mut cols = line.split('\t');
            let (Some(set), Some(id)) = (cols.next(), cols.next()) else {
                continue;
            };
            let entry = out.entry(set).or_insert_with(|| Set {
                pairs: Vec::new(),
                words: Vec::new(),
            });
            for (lang, words) in ["ky", "ru", "other"].into_iter().zip(cols) {
                for word in words.split(',').map(str::trim).filter(|w| !w.is_empty()) {
                    entry.pairs.push((word, id));
                    entry.words.push(Word { word, id, lang });
                }
            }
        }
        out
    })
}

/// The words of a set with their language, in the table's order.
pub(crate) fn table(set: &str) -> &'static [Word] {
    sets().get(set).map_or(&[], |s| s.words.as_slice())
}

/// «course (курс, курстар / курсы) | seminar (…)»: the ids of a set (or
/// those of `only`, when it names any) with their first Kyrgyz and Russian
/// words, for the comments of `new`.
pub(crate) fn summary(set: &str, only: &[&str]) -> String {
    let only: Vec<&str> = only.iter().copied().filter(|o| !o.is_empty()).collect();
    let mut ids: Vec<&str> = Vec::new();
    for w in table(set) {
        if !ids.contains(&w.id) && (only.is_empty() || only.contains(&w.id)) {
            ids.push(w.id);
        }
    }
    ids.iter()
        .map(|id| {
            let first = |lang: &str, n: usize| -> Vec<&str> {
                table(set)
                    .iter()
                    .filter(|w| w.id == *id && w.lang == lang)
                    .take(n)
                    .map(|w| w.word)
                    .collect()
            };
            let (ky, ru) = (first("ky", 2), first("ru", 1));
            let ru: Vec<&str> = ru.into_iter().filter(|w| !ky.contains(w)).collect();
            match (ky.is_empty(), ru.is_empty()) {
                (true, true) => (*id).to_owned(),
                (false, true) => format!("{id} ({})", ky.join(", ")),
                (true, false) => format!("{id} ({})", ru.join(", ")),
                (false, false) => format!("{id} ({} / {})", ky.join(", "), ru.join(", ")),
            }
        })
        .collect::<Vec<_>>()
        .join(" | ")
}

/// The words of a set as `(word, id)` pairs, in the table's order (empty
/// for a set the table does not know).
pub(crate) fn aliases(set: &str) -> &'static [(&'static str, &'static str)] {
    sets().get(set).map_or(&[], |s| s.pairs.as_slice())
}

/// Every word, in any set, of the ids in `allowed` (for a "did you mean").
pub(crate) fn words_for(allowed: &[&str]) -> Vec<&'static str> {
    SETS.iter()
        .flat_map(|s| aliases(s))
        .filter(|(_, id)| allowed.contains(id))
        .map(|(w, _)| *w)
        .collect()
}

/// A choice as compared: lower case, «ё» as «е», `_` and dashes as `-`,
/// spaces collapsed, a final full stop dropped.
pub(crate) fn normalize(text: &str) -> String {
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
pub(crate) fn resolve(text: &str, allowed: &[&'static str]) -> Option<&'static str> {
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
pub(crate) fn resolve_in(set: &str, text: &str) -> Option<&'static str> {
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
            assert_eq!(line.split('\t').count(), 5, "{line}");
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
        assert!(aliases("kind").contains(&("курсы", "course")));
    }
}
