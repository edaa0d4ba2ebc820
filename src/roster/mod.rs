//! The department's roster (SPEC §8): its teachers and what each has
//! completed, read and checked like a form; the five-year standing computed
//! from it ([`standing`]) and drawn as a page ([`view`]).

use chrono::NaiveDate;

use crate::finding::{Finding, rule};
use crate::forms::{Person, University};
use crate::input::{At, Ctx, Obj};
use crate::locale::{Lang, Msg};
use crate::rules;
use crate::yaml::{Node, Pos, Value};

pub mod cross;
pub mod draft;
pub mod import;
pub mod standing;
pub mod view;

pub use standing::{Standing, State, status};

/// The `form` value of a roster.
pub const FORM: &str = "roster";

/// Keys of a roster.
pub const KEYS: &[&str] = &[
    "form",
    "lang",
    "university",
    "faculty",
    "department",
    "head",
    "teachers",
];

/// Keys of a teacher.
pub const TEACHER_KEYS: &[&str] = &["name", "position", "degree", "subject", "gender", "history"];

/// Keys of a completed activity.
pub const ACTIVITY_KEYS: &[&str] = &[
    "kind",
    "title",
    "start",
    "end",
    "hours",
    "institution",
    "document",
];

/// The values `gender` takes.
pub const GENDERS: &[&str] = &["m", "f"];

/// A department's roster.
#[derive(Clone, Debug, PartialEq)]
pub struct Roster {
    /// The language of its printed pages and drafts.
    pub lang: Lang,
    /// The university.
    pub university: University,
    /// Faculty.
    pub faculty: Option<String>,
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
    pub history: Vec<Activity>,
}

/// One completed activity of a teacher's history.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Activity {
    /// Kind (as in the annual plan).
    pub kind: Option<At<&'static str>>,
    /// Title or topic.
    pub title: Option<String>,
    /// First day.
    pub start: Option<At<NaiveDate>>,
    /// Last day: the day it counts from.
    pub end: Option<At<NaiveDate>>,
    /// Hours.
    pub hours: Option<At<i64>>,
    /// Where.
    pub institution: Option<String>,
    /// The document that confirms it.
    pub document: Option<String>,
    /// Where the activity starts in the file.
    pub pos: Pos,
}

/// Whether a parsed YAML document says `form: roster`.
pub fn is_roster(root: &Node) -> bool {
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
    let checked = crate::pipeline::check(name, bytes, None);
    (checked.roster, checked.findings)
}

impl Roster {
    /// Reads a roster from its node tree (`form: roster` already seen),
    /// with every schema finding and the roster's own checks.
    pub fn read(ctx: &mut Ctx<'_>, root: &Node) -> Option<Roster> {
        let o = ctx.obj(root, KEYS)?;
        let lang = ctx
            .opt_choice(&o, "lang", &["ky", "ru"])
            .and_then(|l| Lang::from_code(l.v))
            .unwrap_or(Lang::Ky);
        let university = match o.get("university") {
            Some(n) => match ctx.obj(n, &["name", "short"]) {
                Some(u) => University {
                    name: ctx.opt_text(&u, "name").map(|t| t.v),
                    short: ctx.opt_text(&u, "short").map(|t| t.v),
                },
                None => University::default(),
            },
            None => University::default(),
        };
        let teachers = match ctx.req(&o, "teachers") {
            Some(n) => {
                let items = ctx.list(n);
                items.iter().filter_map(|i| Teacher::read(ctx, i)).collect()
            }
            None => Vec::new(),
        };
        let roster = Roster {
            lang,
            university,
            faculty: ctx.opt_text(&o, "faculty").map(|t| t.v),
            department: ctx.opt_text(&o, "department").map(|t| t.v),
            head: ctx.opt_person(&o, "head", &["position"]),
            teachers,
        };
        roster.check(&mut ctx.findings);
        Some(roster)
    }

    /// The roster's own checks: dates in order, and every activity that the
    /// five-year rule needs to see has what it counts by.
    pub fn check(&self, out: &mut Vec<Finding>) {
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
                            Msg::new("roster-no-end").arg("name", &t.name.v),
                        )
                        .warning(),
                    );
                } else if a.hours.is_none() {
                    out.push(
                        Finding::new(
                            rule::FIVE_YEARS,
                            a.pos,
                            Msg::new("roster-no-hours").arg("name", &t.name.v),
                        )
                        .warning(),
                    );
                }
            }
        }
    }

    /// The teacher of a name, spelled exactly as in the roster.
    pub fn teacher(&self, name: &str) -> Option<&Teacher> {
        self.teachers.iter().find(|t| t.name.v == name)
    }
}

impl Teacher {
    fn read(ctx: &mut Ctx<'_>, n: &Node) -> Option<Teacher> {
        let o = ctx.obj(n, TEACHER_KEYS)?;
        let name = ctx.req(&o, "name").and_then(|n| ctx.text(n))?;
        let history = match o.get("history") {
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
            position: ctx.opt_text(&o, "position").map(|t| t.v),
            degree: ctx.opt_text(&o, "degree").map(|t| t.v),
            subject: ctx.opt_text(&o, "subject").map(|t| t.v),
            gender: ctx.opt_choice(&o, "gender", GENDERS).map(|g| g.v),
            history,
        })
    }
}

impl Activity {
    fn read(ctx: &mut Ctx<'_>, n: &Node) -> Option<Activity> {
        let o: Obj<'_> = ctx.obj(n, ACTIVITY_KEYS)?;
        Some(Activity {
            kind: ctx
                .req(&o, "kind")
                .and_then(|k| ctx.choice(k, rules::KINDS)),
            title: ctx.opt_text(&o, "title").map(|t| t.v),
            start: ctx.opt_date(&o, "start"),
            end: ctx.opt_date(&o, "end"),
            hours: ctx.opt_count(&o, "hours"),
            institution: ctx.opt_text(&o, "institution").map(|t| t.v),
            document: ctx.opt_text(&o, "document").map(|t| t.v),
            pos: o.pos,
        })
    }
}
