//! Personal names as signatures print them («Ж.С. Шаршембиев»), and the few
//! grammatical cases the application's address needs.
//!
//! Kyrgyz patronymics written with «уулу» (son of) or «кызы» (daughter of)
//! are two words; when a name has no separate surname the patronymic serves
//! as one («Нурлан Тургунбек уулу» → «Н. Тургунбек уулу»).

/// The parts of a full name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NameParts {
    /// Family name (or the uulu/kyzy patronymic standing in for one).
    pub surname: String,
    /// Given names and patronymic, in order, whose initials are printed.
    pub given: Vec<String>,
}

fn is_uulu(word: &str) -> bool {
    matches!(word.to_lowercase().as_str(), "уулу" | "кызы")
}

fn is_patronymic(word: &str) -> bool {
    let w = word.to_lowercase();
    ["вич", "вна", "чна", "ична", "оглы", "кызы"]
        .iter()
        .any(|s| w.ends_with(s))
}

/// Splits a full name into surname and given names.
pub fn parts(full: &str) -> NameParts {
    let words: Vec<&str> = full.split_whitespace().collect();
    if let Some(k) = words.iter().position(|w| is_uulu(w)).filter(|&k| k > 0) {
        // «Тургунбек уулу»: the father's name and the particle form one word.
        let patronymic = format!("{} {}", words[k - 1], words[k]);
        let rest: Vec<String> = words
            .iter()
            .enumerate()
            .filter(|&(i, _)| i != k && i + 1 != k)
            .map(|(_, w)| (*w).to_owned())
            .collect();
        return match rest.len() {
            // «Нурлан Тургунбек уулу» or «Тургунбек уулу Нурлан»
            0 | 1 => NameParts {
                surname: patronymic,
                given: rest,
            },
            // «Токтогулова Айжан Мирлан кызы»: surname, given name, patronymic.
            _ => {
                let mut given: Vec<String> = rest[1..].to_vec();
                given.push(patronymic);
                NameParts {
                    surname: rest[0].clone(),
                    given,
                }
            }
        };
    }
    match words.as_slice() {
        [] => NameParts {
            surname: String::new(),
            given: Vec::new(),
        },
        [one] => NameParts {
            surname: (*one).to_owned(),
            given: Vec::new(),
        },
        // «Жаныбек Сейитбекович Шаршембиев»: given, patronymic, surname.
        [a, b, c] if is_patronymic(b) && !is_patronymic(c) => NameParts {
            surname: (*c).to_owned(),
            given: vec![(*a).to_owned(), (*b).to_owned()],
        },
        [first, rest @ ..] => NameParts {
            surname: (*first).to_owned(),
            given: rest.iter().map(|w| (*w).to_owned()).collect(),
        },
    }
}

/// Initials and surname: «Ж.С. Шаршембиев», «Н. Тургунбек уулу».
pub fn short(full: &str) -> String {
    let p = parts(full);
    let initials: String = p
        .given
        .iter()
        .filter_map(|g| g.chars().next())
        .flat_map(|c| c.to_uppercase().chain(std::iter::once('.')))
        .collect();
    if initials.is_empty() {
        p.surname
    } else {
        format!("{initials} {}", p.surname)
    }
}

/// The grammatical cases a signature name may need.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Case {
    /// Kyrgyz dative (-га/-ге/...), Russian dative (-ову/-овой).
    Dative,
    /// Kyrgyz ablative (-дан/-ден/...), Russian genitive (-ова/-овой).
    From,
}

const KY_VOWELS: &str = "аыяеиэоуёюөү";

/// What a Kyrgyz suffix after `word` depends on: the class of its last
/// vowel (0 а/ы, 1 е/и, 2 о/у, 3 ө/ү: four-way harmony) and its last letter.
pub fn ky_sound(word: &str) -> Option<(usize, char)> {
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
pub fn ky_possessive(word: &str) -> String {
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
pub fn ky_case(short_name: &str, case: Case) -> String {
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

/// Puts a short name into a case, in Russian: Slavic surnames in
/// -ов/-ев/-ин/-ын (and their feminine forms) decline, other names stay as written.
pub fn ru_case(short_name: &str, case: Case) -> String {
    let Some((head, surname)) = short_name.rsplit_once(' ').or(Some(("", short_name))) else {
        return short_name.to_owned();
    };
    let masc = ["ов", "ев", "ёв", "ин", "ын"];
    let fem = ["ова", "ева", "ёва", "ина", "ына"];
    let declined = if fem.iter().any(|e| surname.ends_with(e)) {
        let stem = &surname[..surname.len() - 'а'.len_utf8()];
        format!("{stem}ой")
    } else if masc.iter().any(|e| surname.ends_with(e)) {
        match case {
            Case::Dative => format!("{surname}у"),
            Case::From => format!("{surname}а"),
        }
    } else {
        surname.to_owned()
    };
    if head.is_empty() {
        declined
    } else {
        format!("{head} {declined}")
    }
}

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
pub enum Gender {
    /// Masculine.
    Male,
    /// Feminine.
    Female,
}

impl Gender {
    /// The gender of a `gender` value's id: `f` is feminine, anything else masculine.
    pub fn from_id(id: &str) -> Gender {
        if id == "f" {
            Gender::Female
        } else {
            Gender::Male
        }
    }
}

/// Guesses gender from the patronymic («-вич»/«уулу», «-вна»/«кызы») or a
/// Slavic surname ending; `None` when the name does not tell.
pub fn gender(full: &str) -> Option<Gender> {
    let words: Vec<String> = full.split_whitespace().map(str::to_lowercase).collect();
    if words
        .iter()
        .any(|w| w == "кызы" || w.ends_with("вна") || w.ends_with("чна"))
    {
        return Some(Gender::Female);
    }
    if words.iter().any(|w| w == "уулу" || w.ends_with("вич")) {
        return Some(Gender::Male);
    }
    let first = words.first()?;
    if ["ова", "ева", "ина", "ая"]
        .iter()
        .any(|e| first.ends_with(e))
    {
        Some(Gender::Female)
    } else if ["ов", "ев", "ин"].iter().any(|e| first.ends_with(e)) {
        Some(Gender::Male)
    } else {
        None
    }
}
