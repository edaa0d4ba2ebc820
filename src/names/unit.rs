//! Departments and faculties as people type them: «Информатика»,
//! «Кыргыз тили жана адабияты кафедрасы», «кафедра английского языка»,
//! «Физико-математический факультет», «Физика-математика факультети».
//!
//! The forms put the unit's own word around its name («… кафедрасынын»,
//! «кафедры «…»», «Декан факультета …»); a name typed with that word is
//! read apart from it, so the word is printed once, in the case the form
//! needs: «Кыргыз тили жана адабияты кафедрасынын», «кафедры английского
//! языка», «Декан Физико-математического факультета».

/// Which unit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    /// A department (кафедра).
    Department,
    /// A faculty (факультет).
    Faculty,
}

/// How the name stands to the unit's word in Russian.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Shape {
    /// A proper name, quoted after the word: «кафедры «Информатика»»;
    /// in Kyrgyz before it: «Информатика кафедрасынын».
    Name,
    /// A Russian genitive after the word, unquoted: «кафедры английского языка».
    After,
    /// Russian adjectives before the word, agreeing with it:
    /// «Физико-математического факультета».
    Before,
}

/// The case a unit's phrase is printed in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Case {
    /// «кафедра «Информатика»», «Информатика кафедрасы».
    Nominative,
    /// «кафедры «Информатика»», «Информатика кафедрасынын».
    Genitive,
    /// «(заведующий) кафедрой «Информатика»»; Kyrgyz has none and uses the
    /// nominative.
    Instrumental,
}

/// A unit as read from what was typed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Unit {
    /// Which unit.
    pub(crate) kind: Kind,
    /// As typed, spaces collapsed.
    pub(crate) typed: String,
    /// The name without the unit's word: «Информатика», «английского
    /// языка», «Физико-математический».
    pub(crate) name: String,
    /// How it goes with the word in Russian.
    pub(crate) shape: Shape,
}

/// The unit's word in every case it is typed in, Kyrgyz and Russian
/// (lower case). A word of the name that is one of these is the unit's.
pub(crate) fn is_word(kind: Kind, lower: &str) -> bool {
    let stem = match kind {
        Kind::Department => "кафедра",
        Kind::Faculty => "факультет",
    };
    let Some(rest) = lower.strip_prefix(stem) else {
        return false;
    };
    let ru: &[&str] = match kind {
        Kind::Department => &["", "ы", "е", "у", "ой", "ою"],
        Kind::Faculty => &["", "а", "у", "ом", "е"],
    };
    // Kyrgyz: the stem, its possessive (кафедрасы, факультети) and any
    // case ending after that (-нын, -на, -да, -дан, -н, …), or the bare
    // stem with a case ending (кафедранын, факультеттин).
    let endings: &[&str] = match kind {
        Kind::Department => &["сы", "ны", "га", "да"],
        Kind::Faculty => &["и", "ти", "те", "ке"],
    };
    let ky = endings.iter().any(|e| rest.starts_with(e));
    ru.contains(&rest) || (ky && rest.chars().all(char::is_alphabetic))
}

/// A Russian adjective in the nominative, the way unit names start:
/// «Физико-математический», «Английская», «естественно-научный».
fn is_ru_adjective(word: &str) -> bool {
    let w = word.to_lowercase();
    let last = w.rsplit('-').next().unwrap_or(&w);
    ["ий", "ый", "ой", "ая", "яя"]
        .iter()
        .any(|e| last.ends_with(e) && last.chars().count() > 3)
}

/// Reads a unit from what was typed.
pub(crate) fn read(typed: &str, kind: Kind) -> Unit {
    let typed = typed.split_whitespace().collect::<Vec<_>>().join(" ");
    let words: Vec<&str> = typed.split(' ').collect();
    let lower = |w: &str| w.to_lowercase().trim_matches([',', ':']).to_owned();
    let unit = |name: String, shape| Unit {
        kind,
        typed: typed.clone(),
        name,
        shape,
    };
    if words.len() >= 2 {
        // «кафедра английского языка», «Кафедра «Информатика»», «факультет физики».
        if is_word(kind, &lower(words[0])) {
            let rest = words[1..].join(" ");
            let unquoted = rest
                .strip_prefix(['«', '"', '“'])
                .and_then(|r| r.strip_suffix(['»', '"', '”']))
                .filter(|r| !r.contains(['«', '»', '"']));
            return match unquoted {
                Some(r) => unit(r.trim().to_owned(), Shape::Name),
                None => unit(rest, Shape::After),
            };
        }
        // «Кыргыз тили жана адабияты кафедрасы», «Физико-математический факультет».
        let last = words.len() - 1;
        if is_word(kind, &lower(words[last])) {
            let before = &words[..last];
            let name = before.join(" ");
            let ru_nominative = matches!(lower(words[last]).as_str(), "кафедра" | "факультет");
            let shape = if ru_nominative && before.iter().all(|w| is_ru_adjective(w)) {
                Shape::Before
            } else {
                Shape::Name
            };
            let name = name.trim_matches(['«', '»', '"']).to_owned();
            return unit(name, shape);
        }
    }
    unit(typed.clone(), Shape::Name)
}

impl Unit {
    /// Whether the unit was typed with its own word (printed once, by the form).
    pub(crate) fn had_word(&self) -> bool {
        self.name != self.typed
    }
}

/// A Russian adjective of the unit's gender in a case: «Физико-математический»
/// → «Физико-математического» (факультет, masculine), «Английская» →
/// «Английской» (кафедра, feminine).
pub(crate) fn ru_adjective(word: &str, kind: Kind, case: Case) -> String {
    let chars: Vec<char> = word.chars().collect();
    if chars.len() < 3 || case == Case::Nominative {
        return word.to_owned();
    }
    let stem: String = chars[..chars.len() - 2].iter().collect();
    let end: String = chars[chars.len() - 2..]
        .iter()
        .collect::<String>()
        .to_lowercase();
    let before = chars[chars.len() - 3].to_lowercase().next().unwrap_or(' ');
    let soft = (end == "ий" && "шщжчн".contains(before)) || end == "яя";
    let hush = "шщжч".contains(before);
    let ending = match (kind, case) {
        (Kind::Faculty, Case::Genitive) => {
            if soft {
                "его"
            } else {
                "ого"
            }
        }
        (Kind::Faculty, Case::Instrumental) => {
            if soft || "гкх".contains(before) {
                "им"
            } else {
                "ым"
            }
        }
        (Kind::Department, Case::Genitive | Case::Instrumental) => {
            if soft || hush {
                "ей"
            } else {
                "ой"
            }
        }
        (_, Case::Nominative) => return word.to_owned(),
    };
    format!("{stem}{ending}")
}

impl crate::forms::View {
    /// A unit in the phrase a form prints, its word once, in `case`:
    /// «Информатика кафедрасынын», «кафедры «Информатика»», «кафедры
    /// английского языка», «Физико-математического факультета».
    pub(crate) fn unit(&self, typed: &str, kind: Kind, case: Case) -> String {
        let u = read(typed, kind);
        let which = match kind {
            Kind::Department => "department",
            Kind::Faculty => "faculty",
        };
        let case_id = match case {
            Case::Nominative => "nominative",
            Case::Genitive => "genitive",
            Case::Instrumental => "instrumental",
        };
        let word = self.t(crate::locale::Id::built(&format!("unit-{which}-{case_id}")));
        match (self.lang, u.shape) {
            (crate::locale::Lang::Ky, _) => format!("{} {word}", u.name),
            (crate::locale::Lang::Ru, Shape::Name) => {
                let quoted = self.ta(
                    crate::locale::id::DEPARTMENT_QUOTED,
                    &[("department", &u.name)],
                );
                format!("{word} {quoted}")
            }
            (crate::locale::Lang::Ru, Shape::After) => format!("{word} {}", u.name),
            (crate::locale::Lang::Ru, Shape::Before) => {
                let adjectives: Vec<String> = u
                    .name
                    .split(' ')
                    .map(|w| ru_adjective(w, kind, case))
                    .collect();
                format!("{} {word}", adjectives.join(" "))
            }
        }
    }

    /// A unit's name alone, without the word the form prints beside it
    /// («{$department} кафедрасы» in a message of its own).
    pub(crate) fn unit_name(&self, typed: &str, kind: Kind) -> String {
        read(typed, kind).name
    }

    /// A unit in a table column that names the unit's word in its head
    /// («Кафедра»): its name, or what was typed where the name is a phrase
    /// that needs the word («кафедра английского языка»).
    pub(crate) fn unit_cell(&self, typed: &str, kind: Kind) -> String {
        let u = read(typed, kind);
        match u.shape {
            Shape::After => u.typed,
            Shape::Name | Shape::Before => u.name,
        }
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod tests {
    use super::*;

    #[test]
    fn the_units_word_is_read_apart_from_its_name() {
        let r = |t: &str, k| {
            let u = read(t, k);
            (u.name, u.shape)
        };
        use Kind::*;
        use Shape::*;
        assert_eq!(r("Информатика", Department), ("Информатика".into(), Name));
        assert_eq!(
            r("Кыргыз тили жана адабияты кафедрасы", Department),
            ("Кыргыз тили жана адабияты".into(), Name)
        );
        assert_eq!(
            r("Информатика кафедрасынын", Department),
            ("Информатика".into(), Name)
        );
        assert_eq!(
            r("кафедра английского языка", Department),
            ("английского языка".into(), After)
        );
        assert_eq!(
            r("Кафедра «Информатика»", Department),
            ("Информатика".into(), Name)
        );
        assert_eq!(
            r("Физико-математический факультет", Faculty),
            ("Физико-математический".into(), Before)
        );
        assert_eq!(
            r("Физика-математика факультети", Faculty),
            ("Физика-математика".into(), Name)
        );
        assert_eq!(
            r("Табигый илимдер факультетинин", Faculty),
            ("Табигый илимдер".into(), Name)
        );
        assert_eq!(
            r("факультет физики и математики", Faculty),
            ("физики и математики".into(), After)
        );
        // Words that only start like the unit's word stay.
        assert_eq!(r("Кафедральный собор", Department).1, Name);
        assert_eq!(r("Кафедральный собор", Department).0, "Кафедральный собор");
        assert_eq!(r("кафедра", Department).0, "кафедра");
    }

    #[test]
    fn russian_adjectives_agree_with_the_units_word() {
        use Case::*;
        use Kind::*;
        assert_eq!(
            ru_adjective("Физико-математический", Faculty, Genitive),
            "Физико-математического"
        );
        assert_eq!(
            ru_adjective("Физико-математический", Faculty, Instrumental),
            "Физико-математическим"
        );
        assert_eq!(
            ru_adjective("Юридический", Faculty, Genitive),
            "Юридического"
        );
        assert_eq!(
            ru_adjective("Естественный", Faculty, Genitive),
            "Естественного"
        );
        assert_eq!(
            ru_adjective("Английская", Department, Genitive),
            "Английской"
        );
        assert_eq!(ru_adjective("Общая", Department, Instrumental), "Общей");
        assert_eq!(
            ru_adjective("Педагогический", Faculty, Nominative),
            "Педагогический"
        );
    }
}
