//! Abbreviations people type in positions and degrees («м.а.», «и.о.»,
//! «ст. преподаватель», «зав. кафедрой», «т.и.к.»): they are printed as
//! typed and never take a case ending («доценттин м.а.», never «м.а.ы»).
//! The tables give what each stands for, so that a position typed with one
//! is still found in the lexicon when it has to be put in the other
//! language («ректордун м.а.» is «и.о. ректора»).

/// What a Russian abbreviation is in its phrase.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Role {
    /// An adjective before the noun («ст.», «вед.»): the noun after it declines.
    Adjective,
    /// The head noun («зав.», «доц.»): nothing after it declines.
    Noun,
    /// «и.о.», «врио»: what follows is already in the genitive.
    Acting,
    /// A degree or a title («к.т.н.», «т.и.к.», «`PhD`»).
    Degree,
}

/// Kyrgyz abbreviations and what they stand for.
const KY: &[(&str, &str)] = &[
    ("м.а.", "милдетин аткаруучу"),
    ("м.а", "милдетин аткаруучу"),
    ("окут.", "окутуучу"),
    ("доц.", "доцент"),
    ("проф.", "профессор"),
    ("ОИ", "окуу жана илимий иштер"),
    ("т.и.к.", "техника илимдеринин кандидаты"),
    ("т.и.д.", "техника илимдеринин доктору"),
    ("ф.-м.и.к.", "физика-математика илимдеринин кандидаты"),
    ("ф.-м.и.д.", "физика-математика илимдеринин доктору"),
    ("п.и.к.", "педагогика илимдеринин кандидаты"),
    ("п.и.д.", "педагогика илимдеринин доктору"),
    ("ф.и.к.", "филология илимдеринин кандидаты"),
    ("э.и.к.", "экономика илимдеринин кандидаты"),
    ("б.и.к.", "биология илимдеринин кандидаты"),
    ("х.и.к.", "химия илимдеринин кандидаты"),
];

/// Russian abbreviations, their role and what they stand for.
const RU: &[(&str, Role, &str)] = &[
    ("и.о.", Role::Acting, "исполняющий обязанности"),
    ("врио", Role::Acting, "временно исполняющий обязанности"),
    ("ст.", Role::Adjective, "старший"),
    ("вед.", Role::Adjective, "ведущий"),
    ("гл.", Role::Adjective, "главный"),
    ("мл.", Role::Adjective, "младший"),
    ("зав.", Role::Noun, "заведующий"),
    ("зам.", Role::Noun, "заместитель"),
    ("нач.", Role::Noun, "начальник"),
    ("доц.", Role::Noun, "доцент"),
    ("проф.", Role::Noun, "профессор"),
    ("преп.", Role::Noun, "преподаватель"),
    ("к.т.н.", Role::Degree, "кандидат технических наук"),
    ("д.т.н.", Role::Degree, "доктор технических наук"),
    (
        "к.ф.-м.н.",
        Role::Degree,
        "кандидат физико-математических наук",
    ),
    (
        "д.ф.-м.н.",
        Role::Degree,
        "доктор физико-математических наук",
    ),
    ("к.п.н.", Role::Degree, "кандидат педагогических наук"),
    ("д.п.н.", Role::Degree, "доктор педагогических наук"),
    ("к.ф.н.", Role::Degree, "кандидат филологических наук"),
    ("к.э.н.", Role::Degree, "кандидат экономических наук"),
    ("к.б.н.", Role::Degree, "кандидат биологических наук"),
    ("к.х.н.", Role::Degree, "кандидат химических наук"),
];

/// Whether a word is an abbreviation: in a table, ending with a full stop
/// after a letter («м.а.», «ст.»), or of several capitals («ОИ», «УНР»,
/// «`PhD`»). Such a word is printed as typed, whatever case the form needs.
pub(crate) fn is_abbreviation(word: &str) -> bool {
    let w = word.trim_end_matches([',', ';', ':']);
    if KY.iter().any(|(a, _)| *a == w) || RU.iter().any(|(a, _, _)| a.eq_ignore_ascii_case(w)) {
        return true;
    }
    let lower = w.to_lowercase();
    if KY.iter().any(|(a, _)| a.to_lowercase() == lower) || RU.iter().any(|(a, _, _)| *a == lower) {
        return true;
    }
    let letters = w.chars().filter(|c| c.is_alphabetic()).count();
    let dotted = w.ends_with('.') && w.chars().rev().nth(1).is_some_and(char::is_alphabetic);
    let capitals = w.chars().filter(|c| c.is_uppercase()).count();
    letters > 0 && (dotted || (capitals >= 2 && letters <= 6))
}

/// The role of a Russian abbreviation, when the table knows it.
pub(crate) fn ru_role(word: &str) -> Option<Role> {
    let lower = word.to_lowercase();
    RU.iter().find(|(a, _, _)| *a == lower).map(|(_, r, _)| *r)
}

/// The text with the abbreviations the tables know written out («доценттин
/// м.а.» → «доценттин милдетин аткаруучу», «ст. преподаватель» → «старший
/// преподаватель»); `None` when it has none.
pub(crate) fn expand(text: &str) -> Option<String> {
    let mut any = false;
    let words: Vec<String> = text
        .split(' ')
        .map(|w| {
            let lower = w.to_lowercase();
            let full = KY
                .iter()
                .find(|(a, _)| a.to_lowercase() == lower)
                .map(|(_, f)| *f)
                .or_else(|| RU.iter().find(|(a, _, _)| *a == lower).map(|(_, _, f)| *f));
            match full {
                Some(f) => {
                    any = true;
                    f.to_owned()
                }
                None => w.to_owned(),
            }
        })
        .collect();
    any.then(|| words.join(" "))
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod tests {
    use super::*;

    #[test]
    fn abbreviations_are_told_from_words() {
        for a in [
            "м.а.",
            "ст.",
            "И.о.",
            "ОИ",
            "УНР",
            "PhD",
            "т.и.к.",
            "зав.",
            "к.ф.-м.н.",
        ] {
            assert!(is_abbreviation(a), "{a}");
        }
        for w in ["доцент", "окутуучу", "Информатика", "ТалМУнун", "72", "-"]
        {
            assert!(!is_abbreviation(w), "{w}");
        }
    }

    #[test]
    fn the_tables_write_them_out() {
        assert_eq!(
            expand("доценттин м.а.").as_deref(),
            Some("доценттин милдетин аткаруучу")
        );
        assert_eq!(
            expand("ст. преподаватель").as_deref(),
            Some("старший преподаватель")
        );
        assert_eq!(expand("доцент"), None);
        assert_eq!(ru_role("Зав."), Some(Role::Noun));
    }
}
