//! Appendix 5: an internship program, approved by the vice-rector
//! (regulation 6.3, 6.5).

use crate::locale::{Id, id};
use chrono::NaiveDate;
use serde::Serialize;

use super::{
    Common, Examples, Form, Person, Planned, Section, Sheet, Table, View, day, section, signed,
};
use crate::fields::{self, COUNT, COUNTRY, END, FUNDINGS, Field, HOURS, START, Ty};
use crate::finding::Finding;
use crate::input::{At, Ctx, Obj};
use crate::rules;

/// The directions of an internship plan named in regulation 6.3; any other
/// `activity` is printed as written.
pub(crate) const ACTIVITIES: &[&str] =
    &["self-study", "skills", "planning", "documents", "meetings"];

const HOST_NAME: Field = Field::opt("name", Ty::Text).desc(id::FIELD_HOST_NAME);
const ACTIVITY: Field = Field::opt("activity", Ty::Text);
const ACTIVITY_HOURS: Field = Field::opt("hours", COUNT).desc(id::FIELD_ACTIVITY_HOURS);

const APPROVER: Field = Field::opt("approver", Ty::Person(fields::WITH_POSITION_DATE));
const TEACHER: Field = Field::req("teacher", Ty::Person(fields::TEACHER));
const TITLE: Field = Field::opt("title", Ty::Text).desc(id::FIELD_PROGRAM_TITLE);
const GOAL: Field = Field::opt("goal", Ty::Text);
const HOST: Field = Field::opt("host", Ty::TextOrObj(&[HOST_NAME, COUNTRY]));
const PLAN: Field = Field::opt(
    "plan",
    Ty::List(&Ty::TextOrObj(&[ACTIVITY, ACTIVITY_HOURS])),
)
.desc(id::FIELD_PROGRAM_PLAN);
const FUNDING: Field = Field::opt("funding", Ty::Choice(FUNDINGS));
const CONTROL: Field = Field::opt("control", Ty::Text);
const HEAD: Field = Field::opt("head", Ty::Person(fields::WITH_POSITION));
const SUPERVISOR: Field = Field::opt("supervisor", Ty::Person(fields::WITH_POSITION));

/// Keys of this form.
pub(crate) const FIELDS: &[Field] = &[
    APPROVER, TEACHER, TITLE, GOAL, HOST, PLAN, START, END, HOURS, FUNDING, CONTROL, HEAD,
    SUPERVISOR,
];

/// The host organisation.
#[derive(Clone, Debug, Default, PartialEq)]
pub(crate) struct Host {
    /// Its name.
    pub(crate) name: Option<At<String>>,
    /// Its country, `KG` unless given.
    pub(crate) country: Option<At<String>>,
}

/// An internship program (form 5).
#[derive(Clone, Debug, Default, PartialEq)]
pub(crate) struct InternshipProgram {
    /// The vice-rector, who approves.
    pub(crate) approver: Option<Person>,
    /// The teacher.
    pub(crate) teacher: Person,
    /// 1. Program title.
    pub(crate) title: Option<String>,
    /// 2. Goal.
    pub(crate) goal: Option<String>,
    /// 3. Host.
    pub(crate) host: Host,
    /// 4. Plan: activity and hours.
    pub(crate) plan: Vec<(String, Option<At<i64>>)>,
    /// 5. First day.
    pub(crate) start: Option<At<NaiveDate>>,
    /// 5. Last day.
    pub(crate) end: Option<At<NaiveDate>>,
    /// 5. Total hours.
    pub(crate) hours: Option<At<i64>>,
    /// Who pays (6.4: host country or grant abroad).
    pub(crate) funding: Option<At<&'static str>>,
    /// 6. How completion is controlled.
    pub(crate) control: Option<String>,
    /// Head of department.
    pub(crate) head: Option<Person>,
    /// Internship supervisor.
    pub(crate) supervisor: Option<Person>,
}

/// The template data of a internship programme (`forms/internship-program.typ`), besides the common
/// keys: the line naming the teacher, the numbered sections, the date.
#[derive(Clone, Debug, Serialize)]
pub(crate) struct ProgramData {
    /// The line naming the teacher, under the title; `""` for a line to
    /// fill, with `person_caption` under it.
    pub(crate) person: String,
    /// «(аты-жөнү, кызматы, кафедрасы)» under a line left blank.
    pub(crate) person_caption: String,
    /// The numbered sections.
    pub(crate) sections: Vec<Section>,
    /// Always `null`: the programme carries no date line of its own.
    pub(crate) date: Option<String>,
}

impl Form for InternshipProgram {
    const ID: &str = "internship-program";
    const APPENDIX: Option<u8> = Some(5);
    const LANDSCAPE: bool = false;
    const TEMPLATE: &str = include_str!("../../forms/internship-program.typ");
    const EXAMPLES: Examples = Examples {
        ky: include_str!("../../examples/ky/internship-program.yaml"),
        ru: include_str!("../../examples/ru/internship-program.yaml"),
    };
    const FIELDS: &[Field] = FIELDS;
    type Data = ProgramData;

    /// Reads the form's keys.
    fn read(ctx: &mut Ctx<'_>, o: &Obj<'_>) -> InternshipProgram {
        let host = match o.get(&HOST) {
            Some(n) if matches!(n.value, crate::yaml::Value::Str(_)) => Host {
                name: ctx.text(n),
                country: None,
            },
            Some(_) => match ctx.opt_obj(o, &HOST) {
                Some(h) => Host {
                    name: ctx.opt_text(&h, &HOST_NAME),
                    country: ctx.opt_country(&h, &COUNTRY),
                },
                None => Host::default(),
            },
            None => Host::default(),
        };
        let mut plan = Vec::new();
        if let Some(p) = o.get(&PLAN) {
            let items = ctx.list(p);
            for item in items {
                if let crate::yaml::Value::Str(_) = item.value {
                    plan.extend(ctx.text(item).map(|t| (t.v, None)));
                } else if let Some(i) = ctx.obj(item, &[ACTIVITY, ACTIVITY_HOURS]) {
                    let activity = ctx.opt_text(&i, &ACTIVITY).map(|t| t.v).unwrap_or_default();
                    plan.push((activity, ctx.opt_count(&i, &ACTIVITY_HOURS)));
                }
            }
        }
        InternshipProgram {
            approver: ctx.opt_person(o, &APPROVER),
            teacher: ctx.opt_person(o, &TEACHER).unwrap_or_default(),
            title: ctx.opt_text(o, &TITLE).map(|t| t.v),
            goal: ctx.opt_text(o, &GOAL).map(|t| t.v),
            host,
            plan,
            start: ctx.opt_date(o, &START),
            end: ctx.opt_date(o, &END),
            hours: ctx.opt_count(o, &HOURS),
            funding: ctx.opt_choice(o, &FUNDING),
            control: ctx.opt_text(o, &CONTROL).map(|t| t.v),
            head: ctx.opt_person(o, &HEAD),
            supervisor: ctx.opt_person(o, &SUPERVISOR),
        }
    }

    /// Dates, length, host, funding abroad, and the plan's hours.
    fn check(&self, common: &Common, out: &mut Vec<Finding>) {
        let own = &common.university.own_names();
        let v = View::new(common);
        out.extend(v.completion_note(self.approver.as_ref(), crate::names::complete::Place::UNIV));
        out.extend(
            self.teacher
                .department_note(common, crate::names::unit::Case::Nominative),
        );
        out.extend(rules::order(self.start.as_ref(), self.end.as_ref()));
        out.extend(rules::internship_length(
            self.start.as_ref(),
            self.end.as_ref(),
            self.hours.as_ref(),
        ));
        out.extend(rules::host_external(self.host.name.as_ref(), own));
        out.extend(rules::foreign_funding(
            self.host.country.as_ref(),
            self.funding.as_ref(),
        ));
        let hours: Vec<Option<At<i64>>> = self.plan.iter().map(|(_, h)| h.clone()).collect();
        out.extend(rules::plan_hours(&hours, self.hours.as_ref()));
    }

    fn date(&self) -> Option<NaiveDate> {
        signed(&self.approver).or(day(&self.start))
    }

    fn teacher(&self) -> Option<&Person> {
        Some(&self.teacher)
    }

    fn planned(&self) -> Option<Planned<'_>> {
        Some(Planned {
            start: self.start.as_ref(),
            end: self.end.as_ref(),
            direction: None,
        })
    }

    /// The template data.
    fn data(&self, v: &View) -> Sheet<ProgramData> {
        let text = |t: &Option<String>| t.iter().cloned().collect::<Vec<_>>();
        let mut host = self
            .host
            .name
            .as_ref()
            .map(|h| h.v.clone())
            .unwrap_or_default();
        if let Some(c) = self.host.country.as_ref().filter(|c| c.v != "KG") {
            host = v.with_country(&host, &c.v);
        }
        let rows: Vec<Vec<String>> = self
            .plan
            .iter()
            .enumerate()
            .map(|(i, (a, h))| {
                // An id or one of its words (`data/choices.tsv`); else as written.
                let activity = match crate::choices::resolve(a, ACTIVITIES) {
                    Some(id) => v.t(Id::built(&format!("activity-{id}"))),
                    None => a.clone(),
                };
                vec![
                    (i + 1).to_string(),
                    activity,
                    h.as_ref().map(|h| h.v.to_string()).unwrap_or_default(),
                ]
            })
            .collect();
        let total: i64 = self
            .plan
            .iter()
            .filter_map(|(_, h)| h.as_ref())
            .map(|h| h.v)
            .sum();
        let table = (!rows.is_empty()).then(|| Table {
            head: vec![
                v.t(id::COL_N),
                v.t(id::PROGRAM_ACTIVITY),
                v.t(id::PROGRAM_HOURS),
            ],
            rows,
            total: (total > 0)
                .then(|| vec![String::new(), v.t(id::PROGRAM_TOTAL), total.to_string()]),
        });
        // Volume and funding not given are lines to fill, as the filled
        // form prints them.
        let hours = match &self.hours {
            Some(h) => v.hours(h.v),
            None => v.ta(id::HOURS, &[("n", &v.t(id::BLANK_SHORT))]),
        };
        let funding = match &self.funding {
            Some(f) => v.t(Id::built(&format!("funding-{}", f.v))),
            None => v.t(id::BLANK),
        };
        let period = vec![
            v.period(day(&self.start), day(&self.end)),
            v.ta(id::PROGRAM_VOLUME, &[("hours", &hours)]),
            v.ta(id::PROGRAM_FUNDING, &[("funding", &funding)]),
        ];
        let person = v.person_line(&self.teacher);
        let host: Vec<String> = Some(host).into_iter().filter(|h| !h.is_empty()).collect();
        Sheet {
            title: v.t(id::PROGRAM_TITLE),
            approval: Some(
                v.approval(
                    v.t(id::VICE_RECTOR_SHORT),
                    v.completed_person(self.approver.as_ref(), crate::names::complete::Place::UNIV)
                        .as_ref(),
                ),
            ),
            // The regulation's captions stay; a position given is printed with them.
            signatures: vec![
                v.signature(
                    v.role(id::HEAD_OF_DEPARTMENT, self.head.as_ref()),
                    self.head.as_ref(),
                    None,
                ),
                v.signature(
                    v.role(id::SUPERVISOR, self.supervisor.as_ref()),
                    self.supervisor.as_ref(),
                    None,
                ),
            ],
            seal: None,
            body: ProgramData {
                person,
                person_caption: v.t(id::CAPTION_WHO),
                sections: vec![
                    section(1, v.t(id::PROGRAM_1), text(&self.title), vec![], None),
                    section(2, v.t(id::PROGRAM_2), text(&self.goal), vec![], None),
                    section(3, v.t(id::PROGRAM_3), host, vec![], None),
                    section(4, v.t(id::PROGRAM_4), vec![], vec![], table),
                    section(5, v.t(id::PROGRAM_5), period, vec![], None),
                    section(6, v.t(id::PROGRAM_6), text(&self.control), vec![], None),
                ],
                date: None,
            },
        }
    }
}
