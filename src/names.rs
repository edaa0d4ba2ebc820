//! Personal names as signatures print them («Ж.С. Шаршембиев»), read in
//! any order users write them ([`parse`](fn@parse)), their gender, and the cases the
//! forms need: Kyrgyz case suffixes by vowel harmony, Russian declension by
//! the rules of `data/ru-names.tsv` ([`ru`]).
//!
//! Kyrgyz patronymics written with «уулу» (son of) or «кызы» (daughter of)
//! are two words; when a name has no separate surname the patronymic serves
//! as one («Нурлан Тургунбек уулу» → «Н. Тургунбек уулу»).

pub(crate) mod abbrev;
pub(crate) mod complete;
pub(crate) mod number;
pub(crate) mod parse;
pub(crate) mod position;
pub(crate) mod quotes;
pub(crate) mod ru;
pub(crate) mod typed;
pub(crate) mod unit;

pub(crate) use parse::{Doubt, Given, Name, parse};

fn is_uulu(word: &str) -> bool {
    parse::is_uulu(word)
}

/// Initials and surname: «Ж.С. Шаршембиев», «Н. Тургунбек уулу».
pub(crate) fn short(full: &str) -> String {
    parse(full).short()
}

/// The grammatical cases a signature name may need.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Case {
    /// Kyrgyz dative (-га/-ге/...), Russian dative (-ову/-овой).
    Dative,
    /// Kyrgyz ablative (-дан/-ден/...), Russian genitive (-ова/-овой).
    From,
}

const KY_VOWELS: &str = "аыяеиэоуёюөү";

/// What a Kyrgyz suffix after `word` depends on: the class of its last
/// vowel (0 а/ы, 1 е/и, 2 о/у, 3 ө/ү: four-way harmony) and its last letter.
pub(crate) fn ky_sound(word: &str) -> Option<(usize, char)> {
    let lower = word.to_lowercase();
    let last = lower.chars().last()?;
    let vowel = lower
        .chars()
        .rev()
        .find(|c| KY_VOWELS.contains(*c))
        .unwrap_or('а');
    let class = match vowel {
        'а' | 'ы' | 'я' => 0,
        'е' | 'и' | 'э' => 1,
        'о' | 'у' | 'ё' | 'ю' => 2,
        _ => 3,
    };
    Some((class, last))
}

/// «доцент» → «доценти», «окутуучу» → «окутуучусу»: the third-person
/// possessive a noun takes (a position after «... кафедрасынын»); a word
/// already ending in it is left as it is.
pub(crate) fn ky_possessive(word: &str) -> String {
    let lower = word.to_lowercase();
    if ["сы", "си", "су", "сү"].iter().any(|e| lower.ends_with(e)) {
        return word.to_owned();
    }
    let Some((class, last)) = ky_sound(word) else {
        return word.to_owned();
    };
    let suffix = if KY_VOWELS.contains(last) {
        ["сы", "си", "су", "сү"][class]
    } else {
        ["ы", "и", "у", "ү"][class]
    };
    format!("{word}{suffix}")
}

/// Puts a short name («Ж.С. Шаршембиев») into a case, in Kyrgyz.
///
/// Kyrgyz suffixes follow the last vowel (four-way harmony) and the last
/// sound (voiceless consonants take к/т); names ending in the possessive of
/// «уулу»/«кызы» take the -на/-нан forms.
pub(crate) fn ky_case(short_name: &str, case: Case) -> String {
    let last_word = short_name.split_whitespace().last().unwrap_or("");
    if is_uulu(last_word) {
        let suffix = match (case, last_word.to_lowercase().as_str()) {
            (Case::Dative, "уулу") => "на",
            (Case::From, "уулу") => "нан",
            (Case::Dative, _) => "на",
            (Case::From, _) => "нан",
        };
        return format!("{short_name}{suffix}");
    }
    let Some((harmony, last)) = ky_sound(last_word) else {
        return short_name.to_owned();
    };
    let voiceless = "пткфсшщчцх".contains(last);
    let dative = ["га", "ге", "го", "гө"];
    let dative_hard = ["ка", "ке", "ко", "кө"];
    let from = ["дан", "ден", "дон", "дөн"];
    let from_hard = ["тан", "тен", "тон", "төн"];
    let suffix = match case {
        Case::Dative if voiceless => dative_hard[harmony],
        Case::Dative => dative[harmony],
        Case::From if voiceless => from_hard[harmony],
        Case::From => from[harmony],
    };
    format!("{short_name}{suffix}")
}

/// Puts a name into a case, in Russian: the surname and every given name
/// or patronymic written out decline by the rules of `data/ru-names.tsv`,
/// initials and «уулу»/«кызы» patronymics stay. Works on a short name
/// («Б.Ж. Асанов» → «Б.Ж. Асанову») and on a full one, keeping its order.
/// A word whose form depends on a gender that is not known stays as written.
pub(crate) fn ru_case_g(name: &str, gender: Option<Gender>, case: Case) -> String {
    let n = parse(name);
    let gender = gender.or_else(|| gender_of(&n));
    let is = |g: &Option<Given>, w: &str| matches!(g, Some(Given::Word(x)) if x == w);
    name.split(',')
        .next()
        .unwrap_or("")
        .split_whitespace()
        .map(|w| {
            let part = if !n.surname_is_patronymic && n.surname == w {
                ru::Part::Surname
            } else if is(&n.given, w)
                || n.more.iter().any(|m| matches!(m, Given::Word(x) if x == w))
            {
                ru::Part::Given
            } else if is(&n.patronymic, w) {
                ru::Part::Patronymic
            } else {
                // Initials, «уулу»/«кызы» and the father's name before them.
                return w.to_owned();
            };
            ru::decline(w, part, gender, case)
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// [`ru_case_g`] with the gender read from the name (the tests' shorthand).
#[cfg(test)]
fn ru_case(name: &str, case: Case) -> String {
    ru_case_g(name, None, case)
}

#[cfg(test)]
mod tables;
#[cfg(test)]
mod values_table;

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod tests {
    use super::*;

    #[test]
    fn shortens_as_the_spec_says() {
        assert_eq!(short("Шаршембиев Жаныбек Сейитбекович"), "Ж.С. Шаршембиев");
        assert_eq!(short("Нурлан Тургунбек уулу"), "Н. Тургунбек уулу");
        assert_eq!(short("Тургунбек уулу Нурлан"), "Н. Тургунбек уулу");
        assert_eq!(short("Токтогулова Айжан Мирлан кызы"), "А.М. Токтогулова");
        assert_eq!(short("Жаныбек Сейитбекович Шаршембиев"), "Ж.С. Шаршембиев");
        assert_eq!(short("  Асанов   Бакыт  "), "Б. Асанов");
        assert_eq!(short("Асанов"), "Асанов");
        assert_eq!(short(""), "");
    }

    #[test]
    fn kyrgyz_cases_follow_vowel_harmony() {
        assert_eq!(
            ky_case("Ж.С. Шаршембиев", Case::Dative),
            "Ж.С. Шаршембиевге"
        );
        assert_eq!(ky_case("Б.Ж. Асанов", Case::From), "Б.Ж. Асановдон");
        assert_eq!(
            ky_case("А.М. Токтогулова", Case::Dative),
            "А.М. Токтогуловага"
        );
        assert_eq!(
            ky_case("Н. Тургунбек уулу", Case::Dative),
            "Н. Тургунбек уулуна"
        );
        assert_eq!(ky_case("К. Өмүрбек", Case::From), "К. Өмүрбектен");
        assert_eq!(ky_case("Ж. Көкөтөй", Case::Dative), "Ж. Көкөтөйгө");
        assert_eq!(ky_case("Ж. Көкөтөй", Case::From), "Ж. Көкөтөйдөн");
    }

    #[test]
    fn russian_cases_decline_slavic_surnames_only() {
        assert_eq!(ru_case("Ж.С. Шаршембиев", Case::Dative), "Ж.С. Шаршембиеву");
        assert_eq!(ru_case("Б.Ж. Асанов", Case::From), "Б.Ж. Асанова");
        assert_eq!(ru_case("А.М. Токтогулова", Case::From), "А.М. Токтогуловой");
        assert_eq!(
            ru_case("Н. Тургунбек уулу", Case::Dative),
            "Н. Тургунбек уулу"
        );
    }
}

/// A person's grammatical gender, where the name tells it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Gender {
    /// Masculine.
    Male,
    /// Feminine.
    Female,
}

impl Gender {
    /// The gender of a `gender` value's id: `f` is feminine, anything else masculine.
    pub(crate) fn from_id(id: &str) -> Gender {
        if id == "f" {
            Gender::Female
        } else {
            Gender::Male
        }
    }
}

/// Guesses gender from the patronymic («-вич»/«уулу», «-вна»/«кызы»), a
/// Slavic surname ending, or a known given name; `None` when the name does
/// not tell.
pub(crate) fn gender(full: &str) -> Option<Gender> {
    gender_of(&parse(full))
}

fn gender_of(n: &Name) -> Option<Gender> {
    let words = |g: &Option<Given>| match g {
        Some(Given::Word(w)) => w.to_lowercase(),
        _ => String::new(),
    };
    let patronymic = if n.surname_is_patronymic {
        n.surname.to_lowercase()
    } else {
        words(&n.patronymic)
    };
    if patronymic.ends_with("кызы")
        || patronymic.ends_with("гызы")
        || patronymic.ends_with("вна")
        || patronymic.ends_with("чна")
    {
        return Some(Gender::Female);
    }
    if patronymic.ends_with("уулу") || patronymic.ends_with("оглы") || patronymic.ends_with("ич")
    {
        return Some(Gender::Male);
    }
    let surname = n.surname.to_lowercase();
    let surname = surname.rsplit('-').next().unwrap_or("");
    if !n.surname_is_patronymic {
        let fem = ["ова", "ева", "ёва", "ина", "ына", "ская", "цкая", "ая"];
        let masc = ["ов", "ев", "ёв", "ин", "ын", "ский", "цкий", "ской", "цкой"];
        if fem.iter().any(|e| surname.ends_with(e)) && parse::given_gender(surname).is_none() {
            return Some(Gender::Female);
        }
        if masc.iter().any(|e| surname.ends_with(e)) && parse::given_gender(surname).is_none() {
            return Some(Gender::Male);
        }
    }
    match &n.given {
        Some(Given::Word(w)) => parse::given_gender(w),
        _ => None,
    }
}

/// A name typed in lower case, capitalised as a name is printed: each
/// part of a word after a hyphen or a full stop («мамбетова-кадырова» →
/// «Мамбетова-Кадырова», «ж.с.» → «Ж.С.»); «уулу» and «кызы» stay in lower
/// case, and a word with a capital anywhere is left as typed
/// («ШАРШЕМБИЕВ», «`МакКейн`»). `None` when nothing changes.
pub(crate) fn capitalised(full: &str) -> Option<String> {
    let mut changed = false;
    let words: Vec<String> = full
        .split(' ')
        .map(|w| {
            let has_letters = w.chars().any(char::is_alphabetic);
            if !has_letters || w.chars().any(char::is_uppercase) || is_uulu(w) {
                return w.to_owned();
            }
            let mut out = String::with_capacity(w.len());
            let mut start = true;
            for c in w.chars() {
                if start && c.is_alphabetic() {
                    out.extend(c.to_uppercase());
                    start = false;
                    changed = true;
                } else {
                    out.push(c);
                    if matches!(c, '-' | '.' | '\'' | '’') {
                        start = true;
                    }
                }
            }
            out
        })
        .collect();
    changed.then(|| words.join(" "))
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod case_tests {
    use super::*;

    #[test]
    fn names_typed_in_lower_case_are_capitalised() {
        let c = |s: &str| capitalised(s);
        assert_eq!(
            c("шаршембиев жаныбек сейитбекович").as_deref(),
            Some("Шаршембиев Жаныбек Сейитбекович")
        );
        assert_eq!(
            c("нурлан жолдошбек уулу").as_deref(),
            Some("Нурлан Жолдошбек уулу")
        );
        assert_eq!(c("ж.с. шаршембиев").as_deref(), Some("Ж.С. Шаршембиев"));
        // A word with a capital anywhere is left as typed.
        assert_eq!(c("Мамбетова-кадырова Айгуль"), None);
        assert_eq!(
            c("мамбетова-кадырова айгуль").as_deref(),
            Some("Мамбетова-Кадырова Айгуль")
        );
        assert_eq!(c("ШАРШЕМБИЕВ Жаныбек"), None);
        assert_eq!(c("Асанов Бакыт"), None);
        assert_eq!(c("Тургунбек уулу Нурлан"), None);
    }
}
