//! What every form has ([`Common`]: the form, the language, the university,
//! the date) and the people it names ([`Person`]), with the reader's
//! methods for a person, a name and a list of years.

use chrono::NaiveDate;

use crate::fields::{self, Field, Ty};
use crate::finding::{Finding, rule};
use crate::input::{At, Ctx, Obj};
use crate::locale::{Id, Lang, Msg, id, tr};
use crate::yaml::{Node, Value};

use super::FormId;

/// The university the forms are for.
#[derive(Clone, Debug, Default, PartialEq)]
pub(crate) struct University {
    /// Full name, when the data gives one.
    pub(crate) name: Option<String>,
    /// Short name, when the data gives one.
    pub(crate) short: Option<String>,
}

/// What every form has.
#[derive(Clone, Debug, PartialEq)]
pub struct Common {
    /// Which form.
    pub form: FormId,
    /// The language to print in.
    pub lang: Lang,
    /// The university.
    pub(crate) university: University,
    /// The document's date (forms 3, 4, 6).
    pub(crate) date: Option<At<NaiveDate>>,
}

/// A person: full name, and what the signature or address needs.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Person {
    /// Full name as written.
    pub name: Option<At<String>>,
    /// Position, overriding the form's default wording where it has one.
    pub position: Option<String>,
    /// Department, where the form names one.
    pub department: Option<String>,
    /// Initials and surname as the person wants them printed.
    pub(crate) short: Option<String>,
    /// The date of the signature or approval.
    pub(crate) date: Option<At<NaiveDate>>,
    /// Where `position` was written, for findings about its wording.
    pub(crate) position_at: Option<crate::yaml::Pos>,
    /// Where `department` was written, for findings about its wording.
    pub(crate) department_at: Option<crate::yaml::Pos>,
    /// Grammatical gender as the data states it (`gender: m | f`).
    pub(crate) gender: Option<At<crate::names::Gender>>,
}

impl Person {
    /// «Ж.С. Шаршембиев», or empty when no name is given.
    pub(crate) fn short_name(&self) -> String {
        match (&self.short, &self.name) {
            (Some(s), _) => s.clone(),
            (None, Some(n)) => crate::names::short(&n.v),
            (None, None) => String::new(),
        }
    }

    /// The full name, or empty.
    ///
    /// Text after a comma («…, ага окутуучу») is not part of the name (the
    /// reader warns about it) and is left out.
    pub fn full_name(&self) -> String {
        self.name
            .as_ref()
            .map(|n| n.v.split(',').next().unwrap_or("").trim().to_owned())
            .unwrap_or_default()
    }

    /// A `gender` warning (message `id`) when the surname's Russian form
    /// depends on a gender that neither `gender` nor the name tells.
    pub(crate) fn gender_finding(&self, id: Id<'static>) -> Option<Finding> {
        let name = self.name.as_ref()?;
        if self.gender().is_some() || self.short.is_some() {
            return None;
        }
        let n = crate::names::parse(&name.v);
        let depends = !n.surname_is_patronymic
            && crate::names::ru::declines(&n.surname, crate::names::ru::Part::Surname, None)
                .is_none();
        depends.then(|| Finding::new(rule::GENDER, name.pos, Msg::new(id).arg("name", &name.v)))
    }

    /// A note when `department` was typed with the word the form prints
    /// beside it, with what is printed in `case`.
    pub(crate) fn department_note(
        &self,
        common: &Common,
        case: crate::names::unit::Case,
    ) -> Option<Finding> {
        let d = self.department.as_ref()?;
        let v = super::View::new(common);
        crate::names::typed::unit_note(
            &v,
            d,
            crate::names::unit::Kind::Department,
            case,
            self.department_at,
        )
    }

    /// Gender as stated, else as the patronymic or surname tells it.
    pub(crate) fn gender(&self) -> Option<crate::names::Gender> {
        self.gender
            .as_ref()
            .map(|g| g.v)
            .or_else(|| crate::names::gender(&self.full_name()))
    }
}

impl Ctx<'_> {
    /// A person: a bare name, or a mapping with `name`, `short` and the
    /// `extra` fields this place allows.
    pub(crate) fn person(&mut self, node: &Node, extra: &'static [Field]) -> Person {
        if let Value::Str(_) = node.value {
            return Person {
                name: self.name(node),
                ..Person::default()
            };
        }
        let base = fields::person_base(extra);
        let Some(o) = self.obj_of(node, &[base, extra]) else {
            return Person::default();
        };
        // Given by position alone, the name is left to the pen; else it is needed.
        if fields::by_position(extra)
            && o.get(&fields::NAME).is_none()
            && o.get(&fields::POSITION).is_none()
        {
            self.push(Finding::new(
                rule::MISSING,
                o.pos,
                Msg::new(id::MISSING_KEY).arg("key", fields::NAME.key),
            ));
        }
        // A name with its printed form given is not read for its parts.
        let name = match o.get(&fields::NAME) {
            Some(n) if o.get(&fields::SHORT).is_some() => self.text(n),
            Some(n) => self.name(n),
            None => None,
        };
        Person {
            name,
            position_at: o.get(&fields::POSITION).map(|n| n.pos),
            position: self.opt_text(&o, &fields::POSITION).map(|t| t.v),
            department_at: o.get(&fields::DEPARTMENT).map(|n| n.pos),
            department: self.opt_text(&o, &fields::DEPARTMENT).map(|t| t.v),
            short: self.opt_text(&o, &fields::SHORT).map(|t| t.v),
            date: self.opt_date(&o, &fields::SIGNED_ON),
            gender: self.opt_choice(&o, &fields::GENDER).map(|g| At {
                v: crate::names::Gender::from_id(g.v),
                pos: g.pos,
            }),
        }
    }

    /// A person's full name, with a `name` warning when its reading is in
    /// doubt (the order, or text after a comma), showing what is printed.
    pub(crate) fn name(&mut self, node: &Node) -> Option<At<String>> {
        let name = self.name_text(node)?;
        let parsed = crate::names::parse(&name.v);
        let msg = match &parsed.doubt {
            None => None,
            Some(crate::names::Doubt::Order) => Some(
                Msg::new(id::NAME_ORDER)
                    .arg("name", &name.v)
                    .arg("surname", &parsed.surname)
                    .arg("short", parsed.short()),
            ),
            Some(crate::names::Doubt::Comma(rest)) => Some(
                Msg::new(id::NAME_COMMA)
                    .arg("name", &name.v)
                    .arg("rest", rest)
                    .arg("short", parsed.short()),
            ),
        };
        if let Some(m) = msg {
            self.push(Finding::new(rule::NAME, name.pos, m));
        }
        Some(name)
    }

    /// A person under a field (of type [`Ty::Person`]).
    pub(crate) fn opt_person(&mut self, obj: &Obj<'_>, field: &Field) -> Option<Person> {
        let Ty::Person(extra) = field.ty else {
            return None;
        };
        obj.get(field).map(|n| self.person(n, extra))
    }

    /// A list of years (`[2019, 2022]`) under a field.
    pub(crate) fn years(&mut self, obj: &Obj<'_>, field: &Field) -> Vec<At<i64>> {
        let Some(n) = obj.get(field) else {
            return Vec::new();
        };
        let items = self.list(n);
        items
            .iter()
            .filter_map(|i| {
                let y = self.int(i)?;
                if (1950..=2200).contains(&y.v) {
                    Some(y)
                } else {
                    self.push(Finding::new(
                        rule::TYPE,
                        i.pos,
                        Msg::new(id::BAD_YEAR).arg("found", y.v),
                    ));
                    None
                }
            })
            .collect()
    }
}

impl University {
    /// Every name the university goes by, for the `host-external` rule.
    pub(crate) fn own_names(&self) -> crate::rules::OwnNames {
        let mut names: Vec<String> = self.name.iter().chain(self.short.iter()).cloned().collect();
        for lang in Lang::ALL {
            names.push(tr(lang, id::UNIV_NAME, &[]));
            names.push(tr(lang, id::UNIV_SHORT, &[]));
        }
        crate::rules::OwnNames::new(names.iter().map(String::as_str))
    }
}
