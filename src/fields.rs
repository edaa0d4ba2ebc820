//! The description of every key a form accepts: its name, its type, whether
//! it is required, and the message that explains it. Written once per key,
//! this description is what the reader ([`crate::input`]) checks the YAML
//! against (unknown keys, missing keys) and what [`crate::schema`] turns into
//! the JSON Schema an editor or the web form uses.

use crate::locale::{Id, id};

/// One key of a mapping.
#[derive(Debug)]
pub struct Field {
    /// The key as written in YAML (`break_from_teaching`).
    pub key: &'static str,
    /// What its value is.
    pub ty: Ty,
    /// Whether the mapping must have it (a `null` value counts as absent).
    pub required: bool,
    /// The message id of its description (`field-<key>` unless told).
    pub(crate) desc: Option<Id<'static>>,
}

/// The type of a value.
#[derive(Debug)]
pub enum Ty {
    /// The form's id (only the `form` key).
    FormId,
    /// Text, printed as written.
    Text,
    /// A whole number, at least `min` and at most `max`.
    Int {
        /// Smallest allowed.
        min: i64,
        /// Largest allowed.
        max: i64,
    },
    /// An ISO date, `2025-11-03`.
    Date,
    /// An academic year, `2025-2026`.
    AcademicYear,
    /// `true` or `false`.
    Bool,
    /// One of a fixed set of ids.
    Choice(&'static [&'static str]),
    /// An ISO 3166 alpha-2 country code, `KG`.
    Country,
    /// A person: a bare name, or a mapping with `name`, `short` and these keys.
    Person(&'static [Field]),
    /// A mapping with these keys.
    Obj(&'static [Field]),
    /// Text naming something, or a mapping with these keys (the text is its
    /// first key).
    TextOrObj(&'static [Field]),
    /// A list of values (one value alone counts as a list of one).
    List(&'static Ty),
    /// A mapping from academic years (`2025-2026`) to values.
    YearMap(&'static Ty),
}

/// Years on record (`last_courses`): 1950 to 2200.
pub(crate) const YEAR: Ty = Ty::Int {
    min: 1950,
    max: 2200,
};

/// Hours and other counts: 0 to 100,000.
pub(crate) const COUNT: Ty = Ty::Int {
    min: 0,
    max: 100_000,
};

impl Field {
    /// An optional key.
    pub(crate) const fn opt(key: &'static str, ty: Ty) -> Field {
        Field {
            key,
            ty,
            required: false,
            desc: None,
        }
    }

    /// A required key.
    pub(crate) const fn req(key: &'static str, ty: Ty) -> Field {
        Field {
            key,
            ty,
            required: true,
            desc: None,
        }
    }

    /// The same key with its own description message.
    pub(crate) const fn desc(self, id: Id<'static>) -> Field {
        Field {
            desc: Some(id),
            ..self
        }
    }

    /// The message id of the description.
    pub(crate) fn desc_id(&self) -> String {
        match self.desc {
            Some(d) => d.as_str().to_owned(),
            None => format!("field-{}", self.key.replace('_', "-")),
        }
    }
}

/// The keys of a person's mapping that every person has.
pub(crate) const PERSON_BASE: &[Field] = &[NAME, SHORT, GENDER];
/// The same for a person who may be given by position alone (an approver
/// whose name is left to the pen): `name` or `position` is required.
const PERSON_BASE_BY_POSITION: &[Field] = &[Field::opt("name", Ty::Text), SHORT, GENDER];

/// Whether a person whose place allows `extra` may be given by position
/// alone (a `position` among them).
pub(crate) fn by_position(extra: &[Field]) -> bool {
    extra.iter().any(|f| f.key == POSITION.key)
}

/// The base keys of a person whose place allows `extra`: given by
/// position alone, the name may be left out.
pub(crate) fn person_base(extra: &[Field]) -> &'static [Field] {
    if by_position(extra) {
        PERSON_BASE_BY_POSITION
    } else {
        PERSON_BASE
    }
}

/// A person's full name.
pub(crate) const NAME: Field = Field::req("name", Ty::Text);
/// Initials and surname as the person wants them printed.
pub(crate) const SHORT: Field = Field::opt("short", Ty::Text);
/// A person's gender, when the name does not tell it.
pub(crate) const GENDER: Field = Field::opt("gender", Ty::Choice(GENDERS));
/// The values `gender` takes.
pub(crate) const GENDERS: &[&str] = &["m", "f"];
/// A person's position.
pub(crate) const POSITION: Field = Field::opt("position", Ty::Text);
/// A person's department.
pub(crate) const DEPARTMENT: Field = Field::opt("department", Ty::Text);
/// The date of a signature or approval.
pub(crate) const SIGNED_ON: Field = Field::opt("date", Ty::Date).desc(id::FIELD_SIGNED_ON);

/// A person who may state a position.
pub(crate) const WITH_POSITION: &[Field] = &[POSITION];
/// A person who may state a position and a date (an approver).
pub(crate) const WITH_POSITION_DATE: &[Field] = &[POSITION, SIGNED_ON];
/// A person who may state a date (an agreement).
pub(crate) const WITH_DATE: &[Field] = &[SIGNED_ON];
/// A teacher: position and department.
pub(crate) const TEACHER: &[Field] = &[POSITION, DEPARTMENT];

/// The first day.
pub(crate) const START: Field = Field::opt("start", Ty::Date);
/// The last day.
pub(crate) const END: Field = Field::opt("end", Ty::Date);
/// Hours.
pub(crate) const HOURS: Field = Field::opt("hours", COUNT);
/// The country, `KG` unless given.
pub(crate) const COUNTRY: Field = Field::opt("country", Ty::Country);

/// The form's id.
pub(crate) const FORM: Field = Field::req("form", Ty::FormId);
/// The language of the printed form.
pub(crate) const LANG: Field = Field::opt("lang", Ty::Choice(&["ky", "ru"]));
/// The university's name and short name.
pub(crate) const UNIVERSITY_KEYS: &[Field] = &[
    Field::opt("name", Ty::Text).desc(id::FIELD_UNIVERSITY_NAME),
    Field::opt("short", Ty::Text).desc(id::FIELD_UNIVERSITY_SHORT),
];
/// The university, when not Talas State University.
pub(crate) const UNIVERSITY: Field = Field::opt("university", Ty::Obj(UNIVERSITY_KEYS));
/// The document's date.
pub(crate) const DATE: Field = Field::opt("date", Ty::Date);

/// Who pays (regulation 1.8, 6.4).
pub(crate) const FUNDINGS: &[&str] = &["budget", "university", "contract", "host", "grant"];

/// The keys every form has.
pub const COMMON: &[Field] = &[FORM, LANG, UNIVERSITY, DATE];

/// Every field reachable from `fields`, nested ones included, each once per
/// place it appears (for the tests).
#[cfg(test)]
pub(crate) fn walk<'f>(fields: &'f [Field], out: &mut Vec<&'f Field>) {
    for f in fields {
        out.push(f);
        walk_ty(&f.ty, out);
    }
}

#[cfg(test)]
fn walk_ty<'f>(ty: &'f Ty, out: &mut Vec<&'f Field>) {
    match ty {
        Ty::Person(extra) => {
            walk(PERSON_BASE, out);
            walk(extra, out);
        }
        Ty::Obj(fields) | Ty::TextOrObj(fields) => walk(fields, out),
        Ty::List(inner) | Ty::YearMap(inner) => walk_ty(inner, out),
        _ => {}
    }
}
