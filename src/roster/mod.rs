//! The department's roster (SPEC §8): its teachers and what each has
//! completed, read and checked like a form; the five-year standing computed
//! from it (`standing`) and drawn as a page ([`view`]).

use crate::locale::id;
use chrono::NaiveDate;

use crate::fields::{self, END, Field, HOURS, START, Ty};
use crate::finding::{Finding, rule};
use crate::forms::{Person, University};
use crate::input::{At, Ctx, Obj};
use crate::locale::{Lang, Msg};
use crate::rules;
use crate::yaml::{Node, Pos, Value};

pub mod cross;
pub mod draft;
pub mod import;
pub(crate) mod standing;
pub mod view;

pub use standing::{Standing, State, status};

/// The `form` value of a roster.
pub(crate) const FORM: &str = "roster";

const KIND: Field = Field::req("kind", Ty::Choice(rules::KINDS));
const TITLE: Field = Field::opt("title", Ty::Text).desc(id::FIELD_ACTIVITY_TITLE);
const INSTITUTION: Field = Field::opt("institution", Ty::Text);
const DOCUMENT: Field = Field::opt("document", Ty::Text);
/// Keys of a completed activity.
const ACTIVITY: &[Field] = &[KIND, TITLE, START, END, HOURS, INSTITUTION, DOCUMENT];

const NAME: Field = Field::req("name", Ty::Text).desc(id::FIELD_TEACHER_NAME);
const POSITION: Field = Field::opt("position", Ty::Text);
const DEGREE: Field = Field::opt("degree", Ty::Text);
const SUBJECT: Field = Field::opt("subject", Ty::Text);
const HISTORY: Field = Field::opt("history", Ty::List(&Ty::Obj(ACTIVITY)));
/// Keys of a teacher.
const TEACHER: &[Field] = &[NAME, POSITION, DEGREE, SUBJECT, fields::GENDER, HISTORY];

const FACULTY: Field = Field::opt("faculty", Ty::Text);
const DEPARTMENT: Field = Field::opt("department", Ty::Text);
const HEAD: Field = Field::opt("head", Ty::Person(fields::WITH_POSITION));
const TEACHERS: Field = Field::req("teachers", Ty::List(&Ty::Obj(TEACHER)));

/// The values `gender` takes.
pub(crate) const GENDERS: &[&str] = fields::GENDERS;

/// Keys of a roster.
pub(crate) const FIELDS: &[Field] = &[
    fields::FORM,
    fields::LANG,
    fields::UNIVERSITY,
    FACULTY,
    DEPARTMENT,
    HEAD,
    TEACHERS,
];

/// A department's roster.
#[derive(Clone, Debug, PartialEq)]
pub struct Roster {
    /// The language of its printed pages and drafts.
    pub lang: Lang,
    /// The university.
    pub(crate) university: University,
    /// Faculty.
    pub(crate) faculty: Option<String>,
    /// Department.
    pub department: Option<String>,
    /// Head of department.
    pub head: Option<Person>,
    /// The teachers, in the roster's order.
    pub teachers: Vec<Teacher>,
}

/// One teacher of the roster.
#[derive(Clone, Debug, PartialEq)]
pub struct Teacher {
    /// Full name as written.
    pub name: At<String>,
    /// Position.
    pub position: Option<String>,
    /// Scientific degree.
    pub degree: Option<String>,
    /// Subject taught.
    pub subject: Option<String>,
    /// `m` or `f`, when given.
    pub gender: Option<&'static str>,
    /// Completed activities, as written.
    pub(crate) history: Vec<Activity>,
}

/// One completed activity of a teacher's history.
#[derive(Clone, Debug, Default, PartialEq)]
pub(crate) struct Activity {
    /// Kind (as in the annual plan).
    pub(crate) kind: Option<At<&'static str>>,
    /// Title or topic.
    pub(crate) title: Option<String>,
    /// First day.
    pub(crate) start: Option<At<NaiveDate>>,
    /// Last day: the day it counts from.
    pub(crate) end: Option<At<NaiveDate>>,
    /// Hours.
    pub(crate) hours: Option<At<i64>>,
    /// Where.
    pub(crate) institution: Option<String>,
    /// The document that confirms it.
    pub(crate) document: Option<String>,
    /// Where the activity starts in the file.
    pub(crate) pos: Pos,
}

/// Whether a parsed YAML document says `form: roster`.
pub(crate) fn is_roster(root: &Node) -> bool {
    let Value::Map(entries) = &root.value else {
        return false;
    };
    entries.iter().any(|(k, v)| {
        k.value == Value::Str("form".into())
            && v.value.scalar_text().is_some_and(|t| t.trim() == FORM)
    })
}

/// Reads a roster from its YAML bytes: the roster (unless it cannot be read
/// at all) and every finding, in file order. The same reading `check` does.
pub fn read(name: &str, bytes: Vec<u8>) -> (Option<Roster>, Vec<Finding>) {
    let mut checked = crate::pipeline::check(name, bytes, None);
    let findings = std::mem::take(&mut checked.findings);
    (checked.into_roster(), findings)
}

impl Roster {
    /// Reads a roster from its node tree (`form: roster` already seen),
    /// with every schema finding and the roster's own checks.
    pub(crate) fn read(ctx: &mut Ctx<'_>, root: &Node) -> Option<Roster> {
        let o = ctx.obj(root, FIELDS)?;
        let lang = ctx
            .opt_choice(&o, &fields::LANG)
            .and_then(|l| Lang::from_code(l.v))
            .unwrap_or(Lang::Ky);
        let university = match ctx.opt_obj(&o, &fields::UNIVERSITY) {
            Some(u) => University {
                name: ctx.opt_text(&u, &fields::UNIVERSITY_KEYS[0]).map(|t| t.v),
                short: ctx.opt_text(&u, &fields::UNIVERSITY_KEYS[1]).map(|t| t.v),
            },
            None => University::default(),
        };
        let teachers = match o.get(&TEACHERS) {
            Some(n) => {
                let items = ctx.list(n);
                items.iter().filter_map(|i| Teacher::read(ctx, i)).collect()
            }
            None => Vec::new(),
        };
        let roster = Roster {
            lang,
            university,
            faculty: ctx.opt_text(&o, &FACULTY).map(|t| t.v),
            department: ctx.opt_text(&o, &DEPARTMENT).map(|t| t.v),
            head: ctx.opt_person(&o, &HEAD),
            teachers,
        };
        roster.check(&mut ctx.findings);
        Some(roster)
    }

    /// The roster's own checks: dates in order, and every activity that the
    /// five-year rule needs to see has what it counts by.
    pub(crate) fn check(&self, out: &mut Vec<Finding>) {
        for t in &self.teachers {
            for a in &t.history {
                out.extend(rules::order(a.start.as_ref(), a.end.as_ref()));
                let Some(kind) = &a.kind else { continue };
                if !standing::counts(kind.v) {
                    continue;
                }
                if a.end.is_none() {
                    out.push(
                        Finding::new(
                            rule::FIVE_YEARS,
                            a.pos,
                            Msg::new(id::ROSTER_NO_END).arg("name", &t.name.v),
                        )
                        .warning(),
                    );
                } else if a.hours.is_none() {
                    out.push(
                        Finding::new(
                            rule::FIVE_YEARS,
                            a.pos,
                            Msg::new(id::ROSTER_NO_HOURS).arg("name", &t.name.v),
                        )
                        .warning(),
                    );
                }
            }
        }
    }
}

impl Teacher {
    fn read(ctx: &mut Ctx<'_>, n: &Node) -> Option<Teacher> {
        let o = ctx.obj(n, TEACHER)?;
        let name = ctx.opt_name_text(&o, &NAME)?;
        let history = match o.get(&HISTORY) {
            Some(h) => {
                let items = ctx.list(h);
                items
                    .iter()
                    .filter_map(|i| Activity::read(ctx, i))
                    .collect()
            }
            None => Vec::new(),
        };
        Some(Teacher {
            name,
            position: ctx.opt_text(&o, &POSITION).map(|t| t.v),
            degree: ctx.opt_text(&o, &DEGREE).map(|t| t.v),
            subject: ctx.opt_text(&o, &SUBJECT).map(|t| t.v),
            gender: ctx.opt_choice(&o, &fields::GENDER).map(|g| g.v),
            history,
        })
    }
}

impl Activity {
    fn read(ctx: &mut Ctx<'_>, n: &Node) -> Option<Activity> {
        let o: Obj<'_> = ctx.obj(n, ACTIVITY)?;
        Some(Activity {
            kind: ctx.opt_choice(&o, &KIND),
            title: ctx.opt_text(&o, &TITLE).map(|t| t.v),
            start: ctx.opt_date(&o, &START),
            end: ctx.opt_date(&o, &END),
            hours: ctx.opt_count(&o, &HOURS),
            institution: ctx.opt_text(&o, &INSTITUTION).map(|t| t.v),
            document: ctx.opt_text(&o, &DOCUMENT).map(|t| t.v),
            pos: o.pos,
        })
    }
}
