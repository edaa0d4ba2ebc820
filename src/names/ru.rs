//! Russian declension of surnames, given names and patronymics, read from
//! the rules of `data/ru-names.tsv` (petrovich's model: an ending, and what
//! it becomes in each case, by gender and part of the name).

use std::sync::OnceLock;

use super::{Case, Gender};

const TABLE: &str = include_str!("../../data/ru-names.tsv");

/// Which part of a name a word is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Part {
    /// Family name.
    Surname,
    /// Given name.
    Given,
    /// Patronymic («Жумабекович», «Мирлан кызы»).
    Patronymic,
}

struct Rule {
    part: Part,
    gender: Option<Gender>,
    ending: &'static str,
    whole: bool,
    genitive: &'static str,
    dative: &'static str,
}

const VOWELS: &str = "аеёиоуыэюяөү";

fn rules() -> &'static [Rule] {
    static RULES: OnceLock<Vec<Rule>> = OnceLock::new();
    RULES.get_or_init(|| {
        TABLE
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .filter_map(|l| {
                let c: Vec<&str> = l.split('\t').map(str::trim).collect();
                let [part, gender, ending, genitive, dative] = c.as_slice() else {
                    return None;
                };
                Some(Rule {
                    part: match *part {
                        "surname" => Part::Surname,
                        "given" => Part::Given,
                        _ => Part::Patronymic,
                    },
                    gender: match *gender {
                        "m" => Some(Gender::Male),
                        "f" => Some(Gender::Female),
                        _ => None,
                    },
                    whole: ending.starts_with('='),
                    ending: ending.trim_start_matches('='),
                    genitive,
                    dative,
                })
            })
            .collect()
    })
}

fn fits(rule: &Rule, lower: &str) -> Option<usize> {
    if rule.whole {
        return (lower == rule.ending).then_some(usize::MAX);
    }
    if rule.ending == "~" {
        let last = lower.chars().last()?;
        return (last.is_alphabetic() && !VOWELS.contains(last) && !"йь".contains(last))
            .then_some(0);
    }
    lower
        .ends_with(rule.ending)
        .then(|| rule.ending.chars().count())
}

/// The rule for a word: the longest fitting ending, the gender's own rule
/// before a rule for either gender.
fn rule_for(word: &str, part: Part, gender: Option<Gender>) -> Option<&'static Rule> {
    let lower = word.to_lowercase();
    rules()
        .iter()
        .filter(|r| r.part == part)
        .filter(|r| r.gender.is_none() || r.gender == gender)
        .filter_map(|r| fits(r, &lower).map(|len| (len, r.gender.is_some(), r)))
        .max_by_key(|(len, own, _)| (*len, *own))
        .map(|(_, _, r)| r)
}

fn apply(word: &str, modifier: &str) -> String {
    if modifier == "." {
        return word.to_owned();
    }
    let cut = modifier.chars().take_while(|c| *c == '-').count();
    let add = &modifier[cut..];
    let keep = word.chars().count().saturating_sub(cut);
    let stem: String = word.chars().take(keep).collect();
    let shouting = word.chars().count() > 1 && word.chars().all(|c| !c.is_lowercase());
    if shouting {
        format!("{stem}{}", add.to_uppercase())
    } else {
        format!("{stem}{add}")
    }
}

/// Whether a word declines at all for this part and gender (`Ким` does for
/// a man and does not for a woman); `None` when the gender decides and is
/// unknown.
pub(crate) fn declines(word: &str, part: Part, gender: Option<Gender>) -> Option<bool> {
    let with =
        |g| rule_for(word, part, Some(g)).is_some_and(|r| r.genitive != "." || r.dative != ".");
    match gender {
        Some(g) => Some(with(g)),
        None if with(Gender::Male) == with(Gender::Female) => Some(with(Gender::Male)),
        None => None,
    }
}

/// One word (or hyphenated word: «Асанова-Токтогулова», each part
/// declined) in a case. A word no rule fits, or whose rule depends on an
/// unknown gender, is kept as written.
pub(crate) fn decline(word: &str, part: Part, gender: Option<Gender>, case: Case) -> String {
    if word.contains('-') {
        return word
            .split('-')
            .map(|w| decline(w, part, gender, case))
            .collect::<Vec<_>>()
            .join("-");
    }
    if word.is_empty() || word.ends_with('.') {
        return word.to_owned();
    }
    let one = |g: Gender| {
        rule_for(word, part, Some(g)).map_or_else(
            || word.to_owned(),
            |r| {
                apply(
                    word,
                    match case {
                        Case::Dative => r.dative,
                        Case::From => r.genitive,
                    },
                )
            },
        )
    };
    match gender {
        Some(g) => one(g),
        // Unknown gender: only what both genders agree on.
        None => {
            let (m, f) = (one(Gender::Male), one(Gender::Female));
            if m == f { m } else { word.to_owned() }
        }
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod tests {
    use super::*;

    const M: Option<Gender> = Some(Gender::Male);
    const F: Option<Gender> = Some(Gender::Female);

    #[test]
    fn surnames_of_every_common_type() {
        let s = |w, g, c| decline(w, Part::Surname, g, c);
        assert_eq!(s("Покровский", M, Case::Dative), "Покровскому");
        assert_eq!(s("Покровский", M, Case::From), "Покровского");
        assert_eq!(s("Толстой", M, Case::From), "Толстого");
        assert_eq!(s("Цой", M, Case::Dative), "Цою");
        assert_eq!(s("Ким", M, Case::Dative), "Киму");
        assert_eq!(s("Ким", F, Case::Dative), "Ким");
        assert_eq!(s("Ким", None, Case::Dative), "Ким");
        assert_eq!(
            s("Асанова-Токтогулова", F, Case::From),
            "Асановой-Токтогуловой"
        );
        assert_eq!(s("Шевченко", M, Case::Dative), "Шевченко");
        assert_eq!(s("Черных", F, Case::From), "Черных");
        assert_eq!(s("Покровская", F, Case::Dative), "Покровской");
        assert_eq!(s("Гоголь", M, Case::From), "Гоголя");
        assert_eq!(s("АСАНОВ", M, Case::From), "АСАНОВА");
        // With no gender, only what both genders agree on.
        assert_eq!(s("Черных", None, Case::Dative), "Черных");
    }
}
