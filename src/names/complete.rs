//! A position typed for a place whose own wording names more: «декан»
//! where the form prints «Физика-математика факультетинин деканы»,
//! «и.о. ректора» where it prints «`Ректор ТалГУ`». What the typed position
//! leaves out of the form's wording (the faculty, the department, the
//! university) is put back, and the position starts with a capital: an
//! approval block never reads «декан» or «факультеттин деканы» alone.

use super::position::{self, Form};
use super::unit::{self, Case, Kind};
use crate::finding::{Finding, rule};
use crate::forms::{Person, View};
use crate::locale::{Id, Lang, Msg, id, tr};

/// What the form's own wording names besides the position itself.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Place<'a> {
    /// The university («`ТалМУнун …`», «`… ТалГУ`»).
    pub(crate) univ: bool,
    /// A faculty or department, as typed («{$faculty} факультетинин деканы»).
    pub(crate) unit: Option<(&'a str, Kind)>,
    /// The Russian case the position is printed in (the rector's dative).
    pub(crate) dative: bool,
}

impl Place<'static> {
    /// The university alone: a vice-rector's, the quality department's or
    /// an approver's line («`ТалМУнун …`», «`… ТалГУ`»).
    pub(crate) const UNIV: Self = Place {
        univ: true,
        unit: None,
        dative: false,
    };
}

/// The first letter in capitals.
pub(crate) fn capitalise(s: &str) -> String {
    let mut cs = s.chars();
    cs.next()
        .map(|c| c.to_uppercase().chain(cs).collect())
        .unwrap_or_default()
}

/// Whether a position word is the unit's in a Kyrgyz possessive form
/// («факультети», «кафедрасынын») or bare in a compound («кафедра башчысы»).
fn ky_keeps_word(kind: Kind, lower: &str) -> bool {
    match kind {
        Kind::Department => lower == "кафедра" || lower.starts_with("кафедрасы"),
        Kind::Faculty => lower == "факультет" || lower.starts_with("факультети"),
    }
}

/// The Russian case of a unit's word, when the word is one.
fn ru_case_of(kind: Kind, lower: &str) -> Option<Case> {
    match (kind, lower) {
        (Kind::Department, "кафедра") | (Kind::Faculty, "факультет") => {
            Some(Case::Nominative)
        }
        (Kind::Department, "кафедры") | (Kind::Faculty, "факультета") => {
            Some(Case::Genitive)
        }
        (Kind::Department, "кафедрой") | (Kind::Faculty, "факультетом") => {
            Some(Case::Instrumental)
        }
        _ => None,
    }
}

/// The Kyrgyz genitive of a position word made possessive, for a position
/// that follows «ТалМУнун»: «проректордун» → «проректорунун», «декандын» →
/// «деканынын» («`ТалМУнун … проректорунун м.а.`»). A word already
/// possessive («башчысынын») or not a genitive is left as it is.
fn ky_possessive_genitive(word: &str) -> String {
    const ENDINGS: &[&str] = &[
        "дун", "дүн", "дын", "дин", "тун", "түн", "тын", "тин", "нун", "нүн", "нын", "нин",
    ];
    let Some(ending) = ENDINGS.iter().find(|e| word.ends_with(**e)) else {
        return word.to_owned();
    };
    let stem = &word[..word.len() - ending.len()];
    let vowel = ending.chars().nth(1).unwrap_or('ы');
    // After a vowel the genitive is «-нын» and the word is possessive
    // already («башчысынын») or has no possessive of this shape.
    if stem.chars().count() < 3 || stem.ends_with(|c: char| "аеёиоуыэюяөү".contains(c))
    {
        return word.to_owned();
    }
    format!("{stem}{vowel}н{vowel}н")
}

impl View {
    /// Whether a text names the university, by any of its names.
    fn names_univ(&self, lower: &str) -> bool {
        let mut names = vec![self.univ_short.clone(), self.univ_name.clone()];
        for lang in Lang::ALL {
            names.push(tr(lang, id::UNIV_SHORT, &[]));
        }
        lower.contains("университет")
            || names
                .iter()
                .any(|n| !n.is_empty() && lower.contains(&n.to_lowercase()))
    }

    /// A typed position with what the form's wording names in its place put
    /// back (see the module's doc); the position in the case it needs.
    pub(crate) fn completed(&self, typed: &str, place: Place<'_>) -> String {
        let text = typed.split_whitespace().collect::<Vec<_>>().join(" ");
        let lower = text.to_lowercase();
        let named_unit = place.unit.filter(|(t, k)| {
            let name = unit::read(t, *k).name.to_lowercase();
            !name.is_empty() && !name.starts_with('_') && !lower.contains(&name)
        });
        let out = match self.lang {
            Lang::Ky => {
                let mut words: Vec<String> = text.split(' ').map(str::to_owned).collect();
                let mut possessive = false;
                if let Some((t, kind)) = named_unit {
                    let name = unit::read(t, kind).name;
                    let at = words
                        .iter()
                        .position(|w| unit::is_word(kind, &w.to_lowercase()));
                    match at {
                        // «кафедра башчысы»: the name quoted before the word,
                        // as the form's «ТалМУнун «…» кафедра башчысы».
                        Some(i) if matches!(words[i].as_str(), "кафедра" | "Кафедра") =>
                        {
                            let quoted = self.ta(id::DEPARTMENT_QUOTED, &[("department", &name)]);
                            words[i] = format!("{quoted} кафедра");
                        }
                        // «факультети»: the name before the word.
                        Some(i) if ky_keeps_word(kind, &words[i].to_lowercase()) => {
                            words[i] = format!("{name} {}", words[i]);
                        }
                        // «факультеттин деканы»: the unit's phrase in its place.
                        Some(i) => words[i] = self.unit(t, kind, Case::Genitive),
                        None => {
                            let p = position::word(&text, Form::KyPossessive).text;
                            words = vec![self.unit(t, kind, Case::Genitive), p];
                            possessive = true;
                        }
                    }
                }
                let mut s = words.join(" ");
                if place.univ && !self.names_univ(&lower) {
                    if !possessive && named_unit.is_none() {
                        s = position::word(&s, Form::KyPossessive).text;
                    }
                    // «… проректордун м.а.» after «ТалМУнун»: «проректорунун м.а.»,
                    // as «… Президентинин милдетин аткаруучу».
                    let mut ws: Vec<String> = s.split(' ').map(str::to_owned).collect();
                    let acting = ws
                        .iter()
                        .position(|w| matches!(w.as_str(), "м.а." | "м.а" | "милдетин"));
                    if let Some(i) = acting.filter(|i| *i > 0) {
                        ws[i - 1] = ky_possessive_genitive(&ws[i - 1]);
                    }
                    s = ws.join(" ");
                    s = format!("{} {s}", self.ta(id::UNIV_OF, &[]));
                }
                s
            }
            // A Kyrgyz position the lexicon does not know, in a Russian
            // document, is printed as typed: no Russian word is put around
            // it (the language finding says so).
            Lang::Ru
                if position::word(&text, Form::RuDative).note == Some(position::Note::Foreign) =>
            {
                text.clone()
            }
            Lang::Ru => {
                let form = if place.dative {
                    Form::RuDative
                } else {
                    Form::RuGenitive
                };
                // A Kyrgyz position the lexicon knows, in its Russian words.
                let twin = || {
                    position::twin(&text, Lang::Ru).or_else(|| {
                        super::abbrev::expand(&text).and_then(|t| position::twin(&t, Lang::Ru))
                    })
                };
                let mut s = if place.dative {
                    position::word(&text, form).text
                } else if position::language(&text) == Some(Lang::Ky)
                    && let Some(t) = twin()
                {
                    t.to_owned()
                } else {
                    text.clone()
                };
                if let Some((t, kind)) = named_unit {
                    let mut words: Vec<String> = s.split(' ').map(str::to_owned).collect();
                    let at = words
                        .iter()
                        .enumerate()
                        .find_map(|(i, w)| Some((i, ru_case_of(kind, &w.to_lowercase())?)));
                    match at {
                        Some((i, case)) => words[i] = self.unit(t, kind, case),
                        None => words.push(self.unit(t, kind, Case::Genitive)),
                    }
                    s = words.join(" ");
                }
                if place.univ && !self.names_univ(&lower) {
                    s = format!("{s} {}", self.ta(id::UNIV_OF, &[]));
                }
                s
            }
        };
        capitalise(&out)
    }

    /// A signature's role: the regulation's caption (`caption_id`), and
    /// under it the person's position when one is given («Стажировканын
    /// жетекчиси» / «профессор»): a position never takes the caption's place.
    pub(crate) fn role(&self, caption_id: Id<'_>, p: Option<&Person>) -> String {
        let caption = self.t(caption_id);
        match p.and_then(|p| p.position.as_deref()) {
            Some(pos) if !pos.trim().is_empty() => {
                let pos = pos.split_whitespace().collect::<Vec<_>>().join(" ");
                format!("{caption}\n{pos}")
            }
            _ => caption,
        }
    }

    /// A person with their typed position completed for `place`, for an
    /// approval block or a signature that prints the position.
    pub(crate) fn completed_person(&self, p: Option<&Person>, place: Place<'_>) -> Option<Person> {
        let p = p?;
        let mut p = p.clone();
        if let Some(typed) = &p.position {
            p.position = Some(self.completed(typed, place));
        }
        Some(p)
    }

    /// A note when a person's typed position is printed completed or
    /// capitalised, with what is printed.
    pub(crate) fn completion_note(&self, p: Option<&Person>, place: Place<'_>) -> Option<Finding> {
        let p = p?;
        let (typed, at) = (p.position.as_ref()?, p.position_at?);
        let printed = self.completed(typed, place);
        let plain = typed.split_whitespace().collect::<Vec<_>>().join(" ");
        // A change of the first letter alone, or the case, is no news.
        let declined = if place.dative && self.lang == Lang::Ru {
            position::word(&plain, Form::RuDative).text
        } else {
            plain.clone()
        };
        if capitalise(&plain) == printed || capitalise(&declined) == printed {
            return None;
        }
        Some(
            Finding::new(
                rule::POSITION,
                at,
                Msg::new(id::POSITION_COMPLETED)
                    .arg("position", typed)
                    .arg("printed", printed),
            )
            .info(),
        )
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod tests {
    use super::*;
    use crate::forms::{Common, FormId};

    fn view(lang: Lang) -> View {
        View::new(&Common {
            form: FormId::ALL[1],
            lang,
            university: Default::default(),
            date: None,
        })
    }

    #[test]
    fn what_the_form_names_is_put_back() {
        let faculty = Place {
            unit: Some(("Физика-математика факультети", Kind::Faculty)),
            ..Place::default()
        };
        let univ = Place {
            univ: true,
            ..Place::default()
        };
        let ky = view(Lang::Ky);
        let ru = view(Lang::Ru);
        assert_eq!(
            ky.completed("декан", faculty),
            "Физика-математика факультетинин деканы"
        );
        assert_eq!(
            ky.completed("факультеттин деканы", faculty),
            "Физика-математика факультетинин деканы"
        );
        assert_eq!(
            ky.completed("Физика-математика факультетинин деканы", faculty),
            "Физика-математика факультетинин деканы"
        );
        assert_eq!(
            ru.completed("декан", faculty),
            "Декан факультета «Физика-математика»"
        );
        assert_eq!(
            ru.completed("и.о. декана", faculty),
            "И.о. декана факультета «Физика-математика»"
        );
        assert_eq!(
            ru.completed("декан факультета", faculty),
            "Декан факультета «Физика-математика»"
        );
        assert_eq!(ru.completed("и.о. ректора", univ), "И.о. ректора ТалГУ");
        assert_eq!(
            ru.completed("и.о. ректора ТалГУ", univ),
            "И.о. ректора ТалГУ"
        );
        assert_eq!(
            ky.completed("окуу иштери боюнча проректор", univ),
            "ТалМУнун окуу иштери боюнча проректору"
        );
        let rector = Place {
            univ: true,
            dative: true,
            ..Place::default()
        };
        assert_eq!(ru.completed("ректор", rector), "Ректору ТалГУ");
        // An acting officer: the genitive takes the possessive after «ТалМУнун».
        assert_eq!(
            ky.completed("окуу иштери боюнча проректордун м.а.", univ),
            "ТалМУнун окуу иштери боюнча проректорунун м.а."
        );
        assert_eq!(
            ky.completed("декандын м.а.", univ),
            "ТалМУнун деканынын м.а."
        );
        assert_eq!(
            ky.completed("доценттин м.а.", univ),
            "ТалМУнун доцентинин м.а."
        );
        assert_eq!(
            ky.completed("ректордун милдетин аткаруучусу", univ),
            "ТалМУнун ректорунун милдетин аткаруучусу"
        );
        // A Kyrgyz position in a Russian document: in Russian when the
        // lexicon knows it, else as typed, with nothing Russian added.
        assert_eq!(ru.completed("ректордун м.а.", univ), "И.о. ректора ТалГУ");
        assert_eq!(
            ru.completed("окуу иштери боюнча проректордун м.а.", univ),
            "Окуу иштери боюнча проректордун м.а."
        );
    }
}
