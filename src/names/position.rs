//! Positions («старший преподаватель», «ага окутуучу») in the forms the
//! templates need: Russian genitive and dative, Kyrgyz third-person
//! possessive. A lexicon (`data/positions.tsv`) knows the university's
//! positions in both languages; rules decline the rest; a position written
//! in the other language than the form's is never given a suffix of the
//! form's language: it is replaced by its lexicon twin, or kept as written,
//! and either way the caller is told.

use crate::locale::id;
use std::sync::OnceLock;

use super::abbrev;
use crate::locale::Lang;

const TABLE: &str = include_str!("../../data/positions.tsv");

/// The form of a position a template needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Form {
    /// Russian genitive: «(заявление) доцента».
    RuGenitive,
    /// Russian dative: «Проректору по учебной работе».
    RuDative,
    /// Kyrgyz possessive: «(кафедрасынын) ага окутуучусу».
    KyPossessive,
}

/// What the caller should tell the user about a position.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Note {
    /// Neither the lexicon nor the rules know the word: printed as shown.
    Unknown,
    /// Written in the other language: its twin from the lexicon printed.
    Translated,
    /// Written in the other language and not in the lexicon: printed as written.
    Foreign,
    /// Ends with an abbreviation («доценттин м.а.»): printed as typed,
    /// with no case ending glued to it.
    Abbreviation,
}

/// A position put in a form, with a note when the user should look.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Worded {
    /// The text to print.
    pub text: String,
    /// What to tell the user, if anything.
    pub note: Option<Note>,
}

struct Entry {
    ru: [&'static str; 3],
    ky: [&'static str; 2],
    /// `ru[0]` and `ky` normalised (see `norm`), with their lengths in
    /// characters: matched against every position read, so made once.
    ru_key: (String, usize),
    ky_keys: [(String, usize); 2],
}

fn key(s: &str) -> (String, usize) {
    let n = norm(s);
    let len = n.chars().count();
    (n, len)
}

fn lexicon() -> &'static [Entry] {
    static LEX: OnceLock<Vec<Entry>> = OnceLock::new();
    LEX.get_or_init(|| {
        TABLE
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .filter_map(|l| {
                let c: Vec<&str> = l.split('\t').map(str::trim).collect();
                let [n, g, d, k, p] = c.as_slice() else {
                    return None;
                };
                Some(Entry {
                    ru: [n, g, d],
                    ky: [k, p],
                    ru_key: key(n),
                    ky_keys: [key(k), key(p)],
                })
            })
            .collect()
    })
}

/// Lower case, «ё» as «е»: one character for one, so lengths carry over.
fn norm(s: &str) -> String {
    s.chars()
        .flat_map(char::to_lowercase)
        .map(|c| if c == 'ё' { 'е' } else { c })
        .collect()
}

fn boundary(c: Option<char>) -> bool {
    c.is_none_or(|c| c.is_whitespace() || ",;()".contains(c))
}

/// The longest Russian entry the position begins with, and its length in characters.
fn ru_match(text: &str) -> Option<(&'static Entry, usize)> {
    let t = norm(text);
    // `max_by_key` keeps the last of equals: reversed, the earliest line wins.
    lexicon()
        .iter()
        .rev()
        .filter_map(|e| {
            let (n, len) = &e.ru_key;
            (t.starts_with(n.as_str()) && boundary(t.chars().nth(*len))).then_some((e, *len))
        })
        .max_by_key(|(_, len)| *len)
}

/// The longest Kyrgyz entry the position ends with (as written, or already
/// possessive), where it starts, and whether it is already possessive.
fn ky_match(text: &str) -> Option<(&'static Entry, usize, bool)> {
    let t = norm(text);
    let total = t.chars().count();
    let mut best: Option<(&'static Entry, usize, bool, usize)> = None;
    for e in lexicon() {
        for (i, (n, len)) in e.ky_keys.iter().enumerate() {
            let len = *len;
            if len > total || !t.ends_with(n.as_str()) {
                continue;
            }
            let start = total - len;
            let before = start.checked_sub(1).and_then(|i| t.chars().nth(i));
            if !boundary(before) {
                continue;
            }
            // A longer match wins; for the same length, the earlier line.
            if best.is_none_or(|b| len > b.3) {
                best = Some((e, start, i == 1, len));
            }
        }
    }
    best.map(|(e, s, p, _)| (e, s, p))
}

/// The language a position is written in, when its letters or endings tell.
pub(crate) fn language(text: &str) -> Option<Lang> {
    let t = norm(text);
    if t.chars().any(|c| "ңөү".contains(c)) {
        return Some(Lang::Ky);
    }
    // «м.а.» (милдетин аткаруучу) is Kyrgyz, «и.о.» Russian.
    let words_typed: Vec<&str> = t.split(' ').collect();
    if words_typed.iter().any(|w| matches!(*w, "м.а." | "м.а")) {
        return Some(Lang::Ky);
    }
    if words_typed.iter().any(|w| matches!(*w, "и.о." | "врио")) {
        return Some(Lang::Ru);
    }
    let ru_known = ru_match(text).is_some();
    let ky_known = ky_match(text).is_some();
    match (ru_known, ky_known) {
        (true, false) => return Some(Lang::Ru),
        (false, true) => return Some(Lang::Ky),
        _ => {}
    }
    if t.chars().any(|c| "щъ".contains(c)) || t.contains(" по ") {
        return Some(Lang::Ru);
    }
    let words: Vec<&str> = t
        .split(|c: char| !c.is_alphabetic() && c != '-')
        .filter(|w| !w.is_empty())
        .collect();
    let ru_end = [
        "ий", "ый", "ая", "ого", "его", "ель", "ция", "ции", "ции", "ой", "ой", "ые",
    ];
    let ky_end = [
        "чу",
        "чү",
        "сы",
        "си",
        "су",
        "нын",
        "нин",
        "дын",
        "дин",
        "тын",
        "тин",
        "нун",
        "нүн",
        "дун",
        "дүн",
        "тун",
        "түн",
        "боюнча",
        "лар",
        "лер",
    ];
    let ru = words
        .iter()
        .filter(|w| ru_end.iter().any(|e| w.ends_with(e)))
        .count();
    let ky = words
        .iter()
        .filter(|w| ky_end.iter().any(|e| w.ends_with(e)))
        .count();
    match ru.cmp(&ky) {
        std::cmp::Ordering::Greater => Some(Lang::Ru),
        std::cmp::Ordering::Less => Some(Lang::Ky),
        std::cmp::Ordering::Equal => None,
    }
}

/// The text from character `n` on.
fn from_char(s: &str, n: usize) -> &str {
    s.char_indices().nth(n).map_or("", |(b, _)| &s[b..])
}

/// The text up to character `n`.
fn to_char(s: &str, n: usize) -> &str {
    s.char_indices().nth(n).map_or(s, |(b, _)| &s[..b])
}

/// The first letter as the user wrote theirs (capital or not).
fn like(original: &str, text: &str) -> String {
    let upper = original.chars().next().is_some_and(char::is_uppercase);
    let mut cs = text.chars();
    match cs.next() {
        Some(c) if upper => c.to_uppercase().chain(cs).collect(),
        _ => text.to_owned(),
    }
}

/// A position in the form a template needs, in the form's language.
pub(crate) fn word(position: &str, form: Form) -> Worded {
    let text = position.split_whitespace().collect::<Vec<_>>().join(" ");
    match form {
        Form::RuGenitive | Form::RuDative => ru(&text, form),
        Form::KyPossessive => ky(&text),
    }
}

fn ru(text: &str, form: Form) -> Worded {
    let i = usize::from(form == Form::RuDative) + 1;
    if let Some((e, len)) = ru_match(text) {
        return Worded {
            text: like(text, &format!("{}{}", e.ru[i], from_char(text, len))),
            note: None,
        };
    }
    // A Kyrgyz position, its abbreviations written out to find it
    // («ректордун м.а.» is «ректордун милдетин аткаруучу»).
    let expanded = abbrev::expand(text);
    for t in std::iter::once(text).chain(expanded.as_deref()) {
        if let Some((e, 0, _)) = ky_match(t) {
            return Worded {
                text: e.ru[i].to_owned(),
                note: Some(Note::Translated),
            };
        }
    }
    if language(text) == Some(Lang::Ky) {
        return Worded {
            text: text.to_owned(),
            note: Some(Note::Foreign),
        };
    }
    let (declined, sure) = ru_rules(text, form == Form::RuDative);
    Worded {
        text: declined,
        note: (!sure).then_some(Note::Unknown),
    }
}

fn ky(text: &str) -> Worded {
    if let Some((e, start, possessive)) = ky_match(text) {
        let head = to_char(text, start);
        let tail = if possessive {
            from_char(text, start).to_owned()
        } else {
            e.ky[1].to_owned()
        };
        return Worded {
            text: like(text, &format!("{head}{tail}")),
            note: None,
        };
    }
    let expanded = abbrev::expand(text);
    for t in std::iter::once(text).chain(expanded.as_deref()) {
        if let Some((e, len)) = ru_match(t)
            && from_char(t, len).trim().is_empty()
        {
            return Worded {
                text: e.ky[1].to_owned(),
                note: Some(Note::Translated),
            };
        }
    }
    if language(text) == Some(Lang::Ru) {
        return Worded {
            text: text.to_owned(),
            note: Some(Note::Foreign),
        };
    }
    // «доценттин м.а.»: an abbreviation takes no ending.
    if text
        .split(' ')
        .next_back()
        .is_some_and(abbrev::is_abbreviation)
    {
        return Worded {
            text: text.to_owned(),
            note: Some(Note::Abbreviation),
        };
    }
    Worded {
        text: super::ky_possessive(text),
        note: None,
    }
}

/// A position after «{department} кафедрасынын»: its possessive, without
/// repeating «кафедра» («кафедра башчысы» → «башчысы»).
pub(crate) fn ky_of_department(position: &str) -> Worded {
    let mut w = word(position, Form::KyPossessive);
    if w.note.is_none() {
        let lower = norm(&w.text);
        for head in ["кафедранын ", "кафедра "] {
            if lower.starts_with(head) {
                w.text = from_char(&w.text, head.chars().count()).to_owned();
                break;
            }
        }
    }
    w
}

/// A Russian position that ends with the word of the chair it belongs to
/// («заведующий кафедрой», «доцента кафедры»): the position without that
/// word, and the word's case, for the department's phrase to take its
/// place («заведующий кафедрой «Информатика»», never «кафедрой кафедры»).
pub(crate) fn ru_chair(position: &str) -> Option<(&str, super::unit::Case)> {
    use super::unit::Case;
    let trimmed = position.trim_end();
    let (head, last) = trimmed.rsplit_once(' ')?;
    let case = match norm(last).as_str() {
        "кафедрой" | "кафедрою" => Case::Instrumental,
        "кафедры" => Case::Genitive,
        _ => return None,
    };
    Some((head.trim_end(), case))
}

/// The warning a position deserves where it is printed in `form`, if any.
pub(crate) fn finding(
    position: &str,
    form: Form,
    at: crate::yaml::Pos,
) -> Option<crate::finding::Finding> {
    let w = word(position, form);
    let note = w.note?;
    let id = match note {
        Note::Unknown => id::POSITION_UNKNOWN,
        Note::Translated => id::POSITION_TRANSLATED,
        Note::Foreign => id::POSITION_OTHER_LANGUAGE,
        Note::Abbreviation => id::POSITION_ABBREVIATION,
    };
    let lang = match form {
        Form::KyPossessive => "ky",
        Form::RuGenitive | Form::RuDative => "ru",
    };
    let f = crate::finding::Finding::new(
        crate::finding::rule::POSITION,
        at,
        crate::locale::Msg::new(id)
            .arg("position", position)
            .arg("printed", w.text)
            .arg("lang", lang),
    );
    // Nothing to fix in an abbreviation printed as typed: only said.
    Some(if note == Note::Abbreviation {
        f.info()
    } else {
        f
    })
}

/// The position's twin in the lexicon in `lang`, in the nominative
/// («старший преподаватель» → «ага окутуучу»).
pub(crate) fn twin(position: &str, lang: Lang) -> Option<&'static str> {
    let text = position.split_whitespace().collect::<Vec<_>>().join(" ");
    match lang {
        Lang::Ky => ru_match(&text)
            .filter(|(_, len)| from_char(&text, *len).trim().is_empty())
            .map(|(e, _)| e.ky[0]),
        Lang::Ru => match ky_match(&text) {
            Some((e, 0, _)) => Some(e.ru[0]),
            _ => None,
        },
    }
}

/// A warning when a position is written in the other language than the
/// form's, with its twin in the form's language when the lexicon has one.
pub(crate) fn language_finding(
    position: &str,
    lang: Lang,
    at: crate::yaml::Pos,
) -> Option<crate::finding::Finding> {
    let written = language(position)?;
    if written == lang {
        return None;
    }
    let msg = match twin(position, lang) {
        Some(t) => crate::locale::Msg::new(id::POSITION_LANGUAGE_TWIN).arg("twin", t),
        None => crate::locale::Msg::new(id::POSITION_LANGUAGE),
    };
    Some(crate::finding::Finding::new(
        crate::finding::rule::POSITION,
        at,
        msg.arg("position", position).arg("lang", lang.code()),
    ))
}

/// Declines the adjectives and the head noun of a Russian position, the
/// rest («кафедры информатики») kept; `false` when the rules are not sure.
fn ru_rules(text: &str, dative: bool) -> (String, bool) {
    let words: Vec<&str> = text.split(' ').collect();
    let first = words.first().map(|w| norm(w)).unwrap_or_default();
    if ["и.о.", "врио", "и.о"].contains(&first.as_str()) {
        return (text.to_owned(), true);
    }
    let mut out = Vec::new();
    let mut sure = false;
    let mut done = false;
    for w in &words {
        if done {
            out.push((*w).to_owned());
            continue;
        }
        // «ст. преподаватель» → «ст. преподавателя»; «зав. кафедрой» stays.
        match abbrev::ru_role(w) {
            Some(abbrev::Role::Adjective) => {
                out.push((*w).to_owned());
                continue;
            }
            Some(_) => {
                out.push((*w).to_owned());
                sure = true;
                done = true;
                continue;
            }
            None => {}
        }
        if let Some(adj) = ru_adjective(w, dative) {
            out.push(adj);
            continue;
        }
        let (noun, ok) = ru_noun(w, dative);
        out.push(noun);
        sure = ok;
        done = true;
    }
    (out.join(" "), sure)
}

fn ru_adjective(w: &str, dative: bool) -> Option<String> {
    let l = norm(w);
    let stem = |n: usize| w.chars().take(w.chars().count() - n).collect::<String>();
    let soft = l.ends_with("ший") || l.ends_with("щий") || l.ends_with("жий") || l.ends_with("чий");
    let ending = if l.ends_with("ий") && (soft || l.chars().count() < 4) {
        if dative { "ему" } else { "его" }
    } else if l.ends_with("ий") && (l.ends_with("кий") || l.ends_with("гий") || l.ends_with("хий"))
        || l.ends_with("ый")
        || (l.ends_with("ой") && l.chars().count() > 4)
    {
        if dative { "ому" } else { "ого" }
    } else if l.ends_with("ая") {
        let hush = ["жая", "шая", "щая", "чая"].iter().any(|e| l.ends_with(e));
        if hush { "ей" } else { "ой" }
    } else {
        return None;
    };
    Some(format!("{}{ending}", stem(2)))
}

fn ru_noun(w: &str, dative: bool) -> (String, bool) {
    if w.contains('-') {
        let parts: Vec<(String, bool)> = w.split('-').map(|p| ru_noun(p, dative)).collect();
        let sure = parts.iter().all(|(_, s)| *s);
        let text = parts
            .into_iter()
            .map(|(t, _)| t)
            .collect::<Vec<_>>()
            .join("-");
        return (text, sure);
    }
    let l = norm(w);
    let stem = |n: usize| w.chars().take(w.chars().count() - n).collect::<String>();
    let Some(last) = l.chars().last() else {
        return (w.to_owned(), false);
    };
    if last == 'ь' {
        let sure = l.ends_with("тель") || l.ends_with("арь");
        return (
            format!("{}{}", stem(1), if dative { "ю" } else { "я" }),
            sure,
        );
    }
    if last == 'й' {
        return (
            format!("{}{}", stem(1), if dative { "ю" } else { "я" }),
            false,
        );
    }
    if "аеёиоуыэюяөү".contains(last) || !last.is_alphabetic() {
        return (w.to_owned(), false);
    }
    // A fleeting vowel («продавец» → «продавца») the rules cannot see.
    let sure = !l.ends_with("ец") && !l.ends_with("ок");
    (format!("{w}{}", if dative { "у" } else { "а" }), sure)
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod tests {
    use super::*;

    fn t(p: &str, f: Form) -> String {
        word(p, f).text
    }

    #[test]
    fn lexicon_and_rules() {
        assert_eq!(
            t("старший преподаватель", Form::RuGenitive),
            "старшего преподавателя"
        );
        assert_eq!(
            t("Старший преподаватель", Form::RuDative),
            "Старшему преподавателю"
        );
        assert_eq!(
            t("доцент кафедры информатики", Form::RuGenitive),
            "доцента кафедры информатики"
        );
        assert_eq!(
            t("заведующий кафедрой", Form::RuGenitive),
            "заведующего кафедрой"
        );
        assert_eq!(t("ага окутуучу", Form::KyPossessive), "ага окутуучусу");
        assert_eq!(
            t("Информатика кафедрасынын ага окутуучу", Form::KyPossessive),
            "Информатика кафедрасынын ага окутуучусу"
        );
        assert_eq!(t("ага окутуучусу", Form::KyPossessive), "ага окутуучусу");
        let w = word("старший преподаватель", Form::KyPossessive);
        assert_eq!(w.text, "ага окутуучусу");
        assert_eq!(w.note, Some(Note::Translated));
        let w = word("ведущий инженер-программист", Form::KyPossessive);
        assert_eq!(w.text, "ведущий инженер-программист");
        assert_eq!(w.note, Some(Note::Foreign));
        let w = word("ведущий инженер-программист", Form::RuGenitive);
        assert_eq!(w.text, "ведущего инженера-программиста");
        assert_eq!(w.note, None);
        let w = word("ага окутуучу", Form::RuGenitive);
        assert_eq!(w.text, "старшего преподавателя");
        assert_eq!(w.note, Some(Note::Translated));
    }
}
