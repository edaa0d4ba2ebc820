//! Reading a full name in any order users write it: «Фамилия Аты Атасынын
//! аты», «Аты Фамилия», «Фамилия И.О.», «И.О. Фамилия», «уулу»/«кызы» before
//! or after, a name followed by a comma and a position. Where the words do
//! not tell the order, the usual one is taken and the reading says so.

use std::sync::OnceLock;

use super::Gender;

const GIVEN: &str = include_str!("../../data/given-names.tsv");

/// A given name or patronymic: written out, or only its initial.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Given {
    /// The whole word («Бакыт», «Жумабекович», «Мирлан кызы»).
    Word(String),
    /// An initial only («Б.»).
    Initial(char),
}

impl Given {
    /// The initial, capital: «Б».
    pub(crate) fn initial(&self) -> Option<char> {
        match self {
            Given::Word(w) => w.chars().next().and_then(|c| c.to_uppercase().next()),
            Given::Initial(c) => Some(*c),
        }
    }
}

/// Why a reading may not be what the user meant.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Doubt {
    /// Nothing in the words told which is the surname: the usual order
    /// (surname first) was taken.
    Order,
    /// Text after a comma («…, ага окутуучу») is not part of the name.
    Comma(String),
}

/// A name as read.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub(crate) struct Name {
    /// Family name; the «уулу»/«кызы» patronymic when it stands for one
    /// («Тургунбек уулу»); empty when the name has none.
    pub surname: String,
    /// Whether the surname is such a patronymic.
    pub surname_is_patronymic: bool,
    /// Given name.
    pub given: Option<Given>,
    /// Patronymic, when there is a surname besides it.
    pub patronymic: Option<Given>,
    /// Further given names (rare: «Анна Мария»).
    pub more: Vec<Given>,
    /// Whether the words were in another order than the usual
    /// «surname, given name, patronymic» and were put right.
    pub reordered: bool,
    /// What makes the reading doubtful, if anything.
    pub doubt: Option<Doubt>,
}

fn given_names() -> &'static [(String, Gender)] {
    static LIST: OnceLock<Vec<(String, Gender)>> = OnceLock::new();
    LIST.get_or_init(|| {
        let mut out = Vec::new();
        for line in GIVEN
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        {
            let Some((g, names)) = line.split_once('\t') else {
                continue;
            };
            let gender = if g.trim() == "f" {
                Gender::Female
            } else {
                Gender::Male
            };
            for n in names.split(',').map(str::trim).filter(|n| !n.is_empty()) {
                out.push((n.to_lowercase(), gender));
            }
        }
        out
    })
}

/// The gender of a known given name.
pub(crate) fn given_gender(word: &str) -> Option<Gender> {
    let w = word.to_lowercase();
    given_names().iter().find(|(n, _)| *n == w).map(|(_, g)| *g)
}

/// «уулу», «кызы», «оглы», «гызы»: the word that makes a Turkic patronymic.
pub(crate) fn is_uulu(word: &str) -> bool {
    matches!(
        word.to_lowercase().as_str(),
        "уулу" | "кызы" | "оглы" | "гызы"
    )
}

/// A Russian-style patronymic: «-ович», «-евна», «-ична», «Ильич».
pub(crate) fn is_patronymic(word: &str) -> bool {
    let w = word.to_lowercase();
    ["ович", "евич", "ьич", "овна", "евна", "ична", "инична"]
        .iter()
        .any(|s| w.ends_with(s) && w.chars().count() > s.chars().count() + 1)
}

/// Endings that only surnames have (Slavic and Kyrgyz possessive ones,
/// adjectival ones, -ых/-их, -енко).
pub(crate) fn looks_like_surname(word: &str) -> bool {
    let w = word.to_lowercase();
    if given_gender(&w).is_some() {
        return false;
    }
    let w = w.rsplit('-').next().unwrap_or(&w).to_owned();
    [
        "ов",
        "ев",
        "ёв",
        "ин",
        "ын",
        "ова",
        "ева",
        "ёва",
        "ина",
        "ына",
        "ский",
        "цкий",
        "ская",
        "цкая",
        "ской",
        "ых",
        "их",
        "енко",
        "ук",
        "юк",
        "ян",
        "швили",
        "дзе",
    ]
    .iter()
    .any(|s| w.ends_with(s) && w.chars().count() > s.chars().count() + 1)
}

/// «Б.», «Б.Ж.», «Б.Ж», «Б»: initials, in order; `None` for a word.
fn initials(token: &str) -> Option<Vec<char>> {
    let mut out = Vec::new();
    let mut chars = token.chars().peekable();
    while let Some(c) = chars.next() {
        if !c.is_uppercase() {
            return None;
        }
        out.push(c);
        match chars.next() {
            Some('.') | None => {}
            Some(_) => return None,
        }
    }
    // A one-letter word with no full stop is an initial too («Б Асанов»).
    (!out.is_empty() && (token.contains('.') || token.chars().count() == 1)).then_some(out)
}

fn word(w: &str) -> Given {
    Given::Word(w.to_owned())
}

/// Reads a full name.
pub(crate) fn parse(full: &str) -> Name {
    let (head, rest) = match full.split_once(',') {
        Some((h, r)) => (h, Some(r.trim().to_owned())),
        None => (full, None),
    };
    // «Асанов Б. Ж.» and «Асанов Б.Ж.» alike: initials gathered first.
    let mut inits: Vec<char> = Vec::new();
    let mut words: Vec<&str> = Vec::new();
    let mut initials_first = None;
    for t in head.split_whitespace() {
        match initials(t) {
            Some(cs) => {
                initials_first.get_or_insert(words.is_empty());
                inits.extend(cs);
            }
            None => words.push(t),
        }
    }
    let mut name = if let Some(k) = words.iter().position(|w| is_uulu(w)).filter(|&k| k > 0) {
        with_uulu(&words, k, &inits)
    } else if !inits.is_empty() {
        with_initials(&words, &inits, initials_first.unwrap_or(false))
    } else {
        plain(&words)
    };
    if let Some(r) = rest.filter(|r| !r.is_empty()) {
        name.doubt = Some(Doubt::Comma(r));
    }
    name
}

fn with_initials(words: &[&str], inits: &[char], first: bool) -> Name {
    let mut given = inits.iter().map(|c| Given::Initial(*c));
    let mut name = Name {
        given: given.next(),
        patronymic: given.next(),
        more: given.collect(),
        reordered: first,
        ..Name::default()
    };
    match words {
        [] => {}
        [one] => name.surname = (*one).to_owned(),
        _ => {
            let k = words.iter().position(|w| looks_like_surname(w));
            name.surname = words[k.unwrap_or(0)].to_owned();
            name.more.extend(
                words
                    .iter()
                    .enumerate()
                    .filter(|(i, _)| Some(*i) != k && (k.is_some() || *i != 0))
                    .map(|(_, w)| word(w)),
            );
            if k.is_none() {
                name.doubt = Some(Doubt::Order);
            }
        }
    }
    name
}

fn with_uulu(words: &[&str], k: usize, inits: &[char]) -> Name {
    let patronymic = format!("{} {}", words[k - 1], words[k]);
    let rest: Vec<&str> = words
        .iter()
        .enumerate()
        .filter(|&(i, _)| i != k && i + 1 != k)
        .map(|(_, w)| *w)
        .collect();
    let init = inits.first().map(|c| Given::Initial(*c));
    match rest.as_slice() {
        // «Нурлан Тургунбек уулу», «Тургунбек уулу Нурлан», «Н. Тургунбек уулу»
        [] | [_] => Name {
            surname: patronymic,
            surname_is_patronymic: true,
            given: rest.first().map(|w| word(w)).or(init),
            reordered: k + 1 < words.len(),
            ..Name::default()
        },
        [a, b] => {
            // «Токтогулова Айжан Мирлан кызы», «Айжан Мирлан кызы Токтогулова»,
            // «Айжан Токтогулова Мирлан кызы».
            let a_surname = looks_like_surname(a) || given_gender(b).is_some();
            let b_surname = looks_like_surname(b) || given_gender(a).is_some();
            let (surname, given, doubt) = match (a_surname, b_surname) {
                (true, false) => (a, b, None),
                (false, true) => (b, a, None),
                // The usual order: surname first.
                _ => (a, b, Some(Doubt::Order)),
            };
            Name {
                surname: (*surname).to_owned(),
                given: Some(word(given)),
                patronymic: Some(Given::Word(patronymic)),
                reordered: surname != &words[0],
                doubt,
                ..Name::default()
            }
        }
        [a, more @ ..] => Name {
            surname: (*a).to_owned(),
            given: more.first().map(|w| word(w)),
            patronymic: Some(Given::Word(patronymic)),
            more: more[1..].iter().map(|w| word(w)).collect(),
            doubt: Some(Doubt::Order),
            ..Name::default()
        },
    }
}

fn plain(words: &[&str]) -> Name {
    let owned = |w: &&str| (*w).to_owned();
    match words {
        [] => Name::default(),
        [one] => Name {
            surname: owned(one),
            ..Name::default()
        },
        // «Жаныбек Сейитбекович»: no surname.
        [a, b] if is_patronymic(b) => Name {
            given: Some(word(a)),
            patronymic: Some(word(b)),
            ..Name::default()
        },
        [a, b] => {
            let a_s =
                looks_like_surname(a) || (given_gender(b).is_some() && given_gender(a).is_none());
            let b_s =
                looks_like_surname(b) || (given_gender(a).is_some() && given_gender(b).is_none());
            match (a_s, b_s) {
                (false, true) => Name {
                    surname: owned(b),
                    given: Some(word(a)),
                    reordered: true,
                    ..Name::default()
                },
                (a_s, _) => Name {
                    surname: owned(a),
                    given: Some(word(b)),
                    doubt: (!a_s).then_some(Doubt::Order),
                    ..Name::default()
                },
            }
        }
        // «Жаныбек Сейитбекович Шаршембиев»: given, patronymic, surname.
        [a, b, c] if is_patronymic(b) && !is_patronymic(c) => Name {
            surname: owned(c),
            given: Some(word(a)),
            patronymic: Some(word(b)),
            reordered: true,
            ..Name::default()
        },
        [a, b, c] => {
            let usual = is_patronymic(c) || looks_like_surname(a);
            let reversed = !usual && looks_like_surname(c);
            if reversed {
                Name {
                    surname: owned(c),
                    given: Some(word(a)),
                    patronymic: Some(word(b)),
                    reordered: true,
                    ..Name::default()
                }
            } else {
                Name {
                    surname: owned(a),
                    given: Some(word(b)),
                    patronymic: Some(word(c)),
                    doubt: (!usual).then_some(Doubt::Order),
                    ..Name::default()
                }
            }
        }
        [a, b, more @ ..] => {
            let usual = looks_like_surname(a) || more.last().is_some_and(|w| is_patronymic(w));
            Name {
                surname: owned(a),
                given: Some(word(b)),
                patronymic: more.last().map(|w| word(w)),
                more: more[..more.len() - 1].iter().map(|w| word(w)).collect(),
                doubt: (!usual).then_some(Doubt::Order),
                ..Name::default()
            }
        }
    }
}

impl Name {
    /// Initials and surname as signatures print them: «Б.Ж. Асанов»,
    /// «Н. Тургунбек уулу», «А.М. Токтогулова».
    pub(crate) fn short(&self) -> String {
        let initials: String = self
            .given
            .iter()
            .chain(self.patronymic.iter())
            .chain(self.more.iter())
            .filter_map(Given::initial)
            .flat_map(|c| [c, '.'])
            .collect();
        match (initials.is_empty(), self.surname.is_empty()) {
            (true, _) => self.surname.clone(),
            (false, true) => initials,
            (false, false) => format!("{initials} {}", self.surname),
        }
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod tests {
    use super::*;

    #[test]
    fn every_order_of_the_spec() {
        let s = |n: &str| parse(n).short();
        assert_eq!(s("Шаршембиев Жаныбек Сейитбекович"), "Ж.С. Шаршембиев");
        assert_eq!(s("Жаныбек Сейитбекович Шаршембиев"), "Ж.С. Шаршембиев");
        assert_eq!(s("Асанов Б.Ж."), "Б.Ж. Асанов");
        assert_eq!(s("Асанов Б. Ж."), "Б.Ж. Асанов");
        assert_eq!(s("Б.Ж. Асанов"), "Б.Ж. Асанов");
        assert_eq!(s("Шаршембиев Ж.С."), "Ж.С. Шаршембиев");
        assert_eq!(s("Бакыт Асанов"), "Б. Асанов");
        assert_eq!(s("Айжан Мирлан кызы Токтогулова"), "А.М. Токтогулова");
        assert_eq!(s("Токтогулова Айжан Мирлан кызы"), "А.М. Токтогулова");
        assert_eq!(s("Нурлан Тургунбек уулу"), "Н. Тургунбек уулу");
        assert_eq!(s("Тургунбек уулу Нурлан"), "Н. Тургунбек уулу");
        assert_eq!(s("Н. Тургунбек уулу"), "Н. Тургунбек уулу");
        let comma = parse("Асанов Бакыт Жумабекович, ага окутуучу, Информатика кафедрасы");
        assert_eq!(comma.short(), "Б.Ж. Асанов");
        assert_eq!(
            comma.doubt,
            Some(Doubt::Comma("ага окутуучу, Информатика кафедрасы".into()))
        );
        assert_eq!(parse("Ли Мин").doubt, Some(Doubt::Order));
        assert_eq!(parse("Асанов Бакыт").doubt, None);
    }
}
