//! Appendix 2: a department's annual plan of its teachers' professional
//! development (regulation 4.1, 4.2).

use crate::locale::{Id, id};
use chrono::NaiveDate;
use serde::Serialize;

use super::{Common, Examples, Form, Person, Sheet, TeacherCells, View, day, september, signed};
use crate::fields::{self, COUNTRY, END, FUNDINGS, Field, HOURS, START, Ty, YEAR};
use crate::finding::Finding;
use crate::input::{At, Ctx, Obj};
use crate::names::complete::Place;
use crate::names::typed::unit_note;
use crate::names::unit::{Case as UnitCase, Kind};
use crate::rules;
use crate::yaml::Pos;

/// How teaching goes on during the upgrading (regulation 2.3).
pub(crate) const MODES: &[&str] = &["release", "no-release", "partial", "online"];

const NAME: Field = Field::req("name", Ty::Text).desc(id::FIELD_TEACHER_NAME);
const POSITION: Field = Field::opt("position", Ty::Text);
const SUBJECT: Field = Field::opt("subject", Ty::Text);
const DEGREE: Field = Field::opt("degree", Ty::Text);
const LAST_COURSES: Field = Field::opt("last_courses", Ty::List(&YEAR));
const KIND: Field = Field::opt("kind", Ty::Choice(rules::KINDS));
const DIRECTION: Field = Field::opt("direction", Ty::Text);
const INSTITUTION: Field = Field::opt("institution", Ty::Text);
const MODE: Field = Field::opt("mode", Ty::Choice(MODES));
const FUNDING: Field = Field::opt("funding", Ty::Choice(FUNDINGS));
const NOTE: Field = Field::opt("note", Ty::Text);
/// Keys of a teacher's row.
const ROW: &[Field] = &[
    NAME,
    fields::GENDER,
    POSITION,
    SUBJECT,
    DEGREE,
    LAST_COURSES,
    KIND,
    DIRECTION,
    START,
    END,
    HOURS,
    INSTITUTION,
    MODE,
    FUNDING,
    COUNTRY,
    NOTE,
];

const YEAR_FIELD: Field = Field::req("year", Ty::AcademicYear);
const FACULTY: Field = Field::opt("faculty", Ty::Text);
const DEPARTMENT: Field = Field::opt("department", Ty::Text);
const APPROVER: Field = Field::opt("approver", Ty::Person(fields::WITH_POSITION_DATE));
const HEAD: Field = Field::opt("head", Ty::Person(fields::WITH_POSITION_DATE));
const RECTOR: Field = Field::opt("rector", Ty::Person(fields::WITH_POSITION));
const TEACHERS: Field = Field::req("teachers", Ty::List(&Ty::Obj(ROW)));

/// Keys of this form.
pub(crate) const FIELDS: &[Field] = &[
    YEAR_FIELD, FACULTY, DEPARTMENT, APPROVER, HEAD, RECTOR, TEACHERS,
];

/// One teacher's row.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Row {
    /// The teacher.
    pub name: Option<At<String>>,
    /// The teacher's gender as written (`m` or `f`), carried into the
    /// application `package` makes (Russian «от преподавателя … Асановой»).
    pub gender: Option<At<&'static str>>,
    /// Position.
    pub position: Option<String>,
    /// Subject taught.
    pub subject: Option<String>,
    /// Scientific degree.
    pub(crate) degree: Option<String>,
    /// Years of the latest courses.
    pub(crate) last_courses: Vec<At<i64>>,
    /// Where `last_courses` is (or the row, when absent).
    pub(crate) last_pos: Pos,
    /// Kind of upgrading.
    pub(crate) kind: Option<At<&'static str>>,
    /// Direction (for the application).
    pub direction: Option<String>,
    /// First day.
    pub start: Option<At<NaiveDate>>,
    /// Last day.
    pub end: Option<At<NaiveDate>>,
    /// Hours.
    pub hours: Option<At<i64>>,
    /// Host institution.
    pub institution: Option<At<String>>,
    /// Release from teaching.
    pub mode: Option<At<&'static str>>,
    /// Funding.
    pub(crate) funding: Option<At<&'static str>>,
    /// ISO 3166 alpha-2 country, `KG` unless given.
    pub(crate) country: Option<At<String>>,
    /// Free note.
    pub(crate) note: Option<String>,
    /// Where the row starts.
    pub(crate) pos: Pos,
}

/// An annual plan (form 2).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct AnnualPlan {
    /// First year of the academic year.
    pub(crate) year: Option<At<i32>>,
    /// Faculty.
    pub faculty: Option<String>,
    /// Department.
    pub department: Option<String>,
    /// Where `faculty` and `department` were written.
    pub(crate) unit_at: [Option<Pos>; 2],
    /// The dean, who approves.
    pub approver: Option<Person>,
    /// Head of department, who signs.
    pub head: Option<Person>,
    /// The rector, for the applications `package` makes.
    pub rector: Option<Person>,
    /// The rows.
    pub teachers: Vec<Row>,
}

impl Row {
    fn read(ctx: &mut Ctx<'_>, n: &crate::yaml::Node) -> Option<Row> {
        let o = ctx.obj(n, ROW)?;
        Some(Row {
            name: ctx.opt_name_text(&o, &NAME),
            gender: ctx.opt_choice(&o, &fields::GENDER),
            position: ctx.opt_text(&o, &POSITION).map(|t| t.v),
            subject: ctx.opt_text(&o, &SUBJECT).map(|t| t.v),
            degree: ctx.opt_text(&o, &DEGREE).map(|t| t.v),
            last_courses: ctx.years(&o, &LAST_COURSES),
            last_pos: o.get(&LAST_COURSES).map_or(o.pos, |n| n.pos),
            kind: ctx.opt_choice(&o, &KIND),
            direction: ctx.opt_text(&o, &DIRECTION).map(|t| t.v),
            start: ctx.opt_date(&o, &START),
            end: ctx.opt_date(&o, &END),
            hours: ctx.opt_count(&o, &HOURS),
            institution: ctx.opt_text(&o, &INSTITUTION),
            mode: ctx.opt_choice(&o, &MODE),
            funding: ctx.opt_choice(&o, &FUNDING),
            country: ctx.opt_country(&o, &COUNTRY),
            note: ctx.opt_text(&o, &NOTE).map(|t| t.v),
            pos: o.pos,
        })
    }

    /// The kind of upgrading, as a word.
    pub fn kind(&self) -> Option<&'static str> {
        self.kind.as_ref().map(|k| k.v)
    }

    fn check(&self, year: Option<i32>, own: &crate::rules::OwnNames, out: &mut Vec<Finding>) {
        out.extend(rules::order(self.start.as_ref(), self.end.as_ref()));
        if let Some(y) = year {
            out.extend(rules::inside_year(self.start.as_ref(), y));
            out.extend(rules::inside_year(self.end.as_ref(), y));
            out.extend(rules::five_years_annual(
                &self.last_courses,
                self.last_pos,
                y,
            ));
        }
        let Some(kind) = &self.kind else { return };
        match kind.v {
            "course" => out.extend(rules::course_hours(self.hours.as_ref())),
            "internship" => {
                out.extend(rules::internship_length(
                    self.start.as_ref(),
                    self.end.as_ref(),
                    self.hours.as_ref(),
                ));
                out.extend(rules::host_external(self.institution.as_ref(), own));
                out.extend(rules::foreign_funding(
                    self.country.as_ref(),
                    self.funding.as_ref(),
                ));
            }
            "retraining" => out.extend(rules::retraining_hours(self.hours.as_ref(), kind.pos)),
            "creative-leave" => out.extend(rules::creative_leave(
                self.start.as_ref(),
                self.end.as_ref(),
            )),
            _ => {}
        }
    }
}

impl AnnualPlan {
    /// What the approver's and the head's places name besides their
    /// positions: the faculty; the university and the department.
    fn places(&self) -> (Place<'_>, Place<'_>) {
        (
            Place {
                unit: self.faculty.as_deref().map(|f| (f, Kind::Faculty)),
                ..Place::default()
            },
            Place {
                univ: true,
                unit: self.department.as_deref().map(|d| (d, Kind::Department)),
                ..Place::default()
            },
        )
    }
}

/// The template data of an annual plan (`forms/annual-plan.typ`, A4
/// landscape), besides the common keys. The header row and the row of
/// numbers 1–9 repeat on every page; with no rows the template prints five
/// empty ruled rows to fill by hand.
#[derive(Clone, Debug, Serialize)]
pub struct AnnualData {
    /// The nine column labels.
    pub(crate) head: Vec<String>,
    /// One row per teacher.
    pub(crate) rows: Vec<AnnualRow>,
}

/// A teacher's row of an annual plan; every cell printed as it is.
#[derive(Clone, Debug, Serialize)]
pub(crate) struct AnnualRow {
    /// Number, name, position, degree, last courses.
    #[serde(flatten)]
    pub(crate) teacher: TeacherCells,
    /// The kind of upgrading and its direction.
    pub(crate) kind: String,
    /// The dates and hours.
    pub(crate) period: String,
    /// Where (with the country when abroad).
    pub(crate) institution: String,
    /// Mode, funding and the note.
    pub(crate) note: String,
}

impl Form for AnnualPlan {
    const ID: &str = "annual-plan";
    const APPENDIX: Option<u8> = Some(2);
    const LANDSCAPE: bool = true;
    const TEMPLATE: &str = include_str!("../../forms/annual-plan.typ");
    const EXAMPLES: Examples = Examples {
        ky: include_str!("../../examples/ky/annual-plan.yaml"),
        ru: include_str!("../../examples/ru/annual-plan.yaml"),
    };
    const FIELDS: &[Field] = FIELDS;
    type Data = AnnualData;

    /// Reads the form's keys.
    fn read(ctx: &mut Ctx<'_>, o: &Obj<'_>) -> AnnualPlan {
        let year = ctx.opt_academic_year(o, &YEAR_FIELD);
        let teachers = match o.get(&TEACHERS) {
            Some(n) => {
                let items = ctx.list(n);
                items.iter().filter_map(|i| Row::read(ctx, i)).collect()
            }
            None => Vec::new(),
        };
        AnnualPlan {
            year,
            faculty: ctx.opt_text(o, &FACULTY).map(|t| t.v),
            department: ctx.opt_text(o, &DEPARTMENT).map(|t| t.v),
            unit_at: [o.get(&FACULTY), o.get(&DEPARTMENT)].map(|n| n.map(|n| n.pos)),
            approver: ctx.opt_person(o, &APPROVER),
            head: ctx.opt_person(o, &HEAD),
            rector: ctx.opt_person(o, &RECTOR),
            teachers,
        }
    }

    /// Applies the rules to every row.
    fn check(&self, common: &Common, out: &mut Vec<Finding>) {
        let own = &common.university.own_names();
        for row in &self.teachers {
            row.check(self.year.as_ref().map(|y| y.v), own, out);
        }
        let v = View::new(common);
        let (dean, head) = self.places();
        out.extend(v.completion_note(self.approver.as_ref(), dean));
        out.extend(v.completion_note(self.head.as_ref(), head));
        let units = [
            (&self.faculty, Kind::Faculty, self.unit_at[0]),
            (&self.department, Kind::Department, self.unit_at[1]),
        ];
        for (typed, kind, at) in units {
            if let Some(t) = typed {
                out.extend(unit_note(&v, t, kind, UnitCase::Genitive, at));
            }
        }
    }

    fn date(&self) -> Option<NaiveDate> {
        signed(&self.approver).or_else(|| september(&self.year))
    }

    fn named(&self) -> Vec<&At<String>> {
        self.teachers
            .iter()
            .filter_map(|r| r.name.as_ref())
            .collect()
    }

    /// The template data.
    fn data(&self, v: &View) -> Sheet<AnnualData> {
        let year = self
            .year
            .as_ref()
            .map_or_else(|| v.t(id::YEAR_BLANK), |y| v.years(y.v, y.v + 1));
        let places = self.places();
        let department = self.department.clone().unwrap_or_else(|| v.t(id::BLANK));
        // «Информатика кафедрасынын» / «кафедры «Информатика»», its word once.
        let of_department = v.unit(&department, Kind::Department, UnitCase::Genitive);
        let faculty = self.faculty.clone().unwrap_or_default();
        let dean = if faculty.is_empty() {
            v.t(id::DEAN_BLANK)
        } else {
            let of_faculty = v.unit(&faculty, Kind::Faculty, UnitCase::Genitive);
            v.ta(id::DEAN, &[("faculty", &of_faculty)])
        };
        let rows: Vec<AnnualRow> = self
            .teachers
            .iter()
            .enumerate()
            .map(|(i, r)| {
                let mut period = v.period_short(day(&r.start), day(&r.end));
                if let Some(h) = &r.hours {
                    period = if period.is_empty() {
                        v.hours(h.v)
                    } else {
                        format!("{period}, {}", v.hours(h.v))
                    };
                }
                let mut institution = r
                    .institution
                    .as_ref()
                    .map(|t| t.v.clone())
                    .unwrap_or_default();
                if let Some(c) = r.country.as_ref().filter(|c| c.v != "KG") {
                    institution = v.with_country(&institution, &c.v);
                }
                let note: Vec<String> = [
                    r.mode
                        .as_ref()
                        .map(|m| v.t(Id::built(&format!("mode-{}", m.v)))),
                    r.funding
                        .as_ref()
                        .map(|f| v.t(Id::built(&format!("funding-{}", f.v)))),
                    r.note.clone(),
                ]
                .into_iter()
                .flatten()
                .collect();
                let kind = match (
                    r.kind().map(|k| v.t(Id::built(&format!("kind-{k}")))),
                    &r.direction,
                ) {
                    (Some(k), Some(d)) => {
                        v.ta(id::ANNUAL_KIND_DIRECTION, &[("kind", &k), ("direction", d)])
                    }
                    (Some(k), None) => k,
                    (None, d) => d.clone().unwrap_or_default(),
                };
                AnnualRow {
                    teacher: TeacherCells::new(
                        i,
                        &r.name,
                        [&r.position, &r.subject],
                        &r.degree,
                        &r.last_courses,
                    ),
                    kind,
                    period,
                    institution,
                    note: note.join("; "),
                }
            })
            .collect();
        let head: Vec<String> = (1..=9)
            .map(|i| v.t(Id::built(&format!("annual-col-{i}"))))
            .collect();
        Sheet {
            title: v.ta(
                id::ANNUAL_TITLE,
                &[("year", &year), ("department", &of_department)],
            ),
            approval: Some(
                v.approval(
                    dean,
                    v.completed_person(self.approver.as_ref(), places.0)
                        .as_ref(),
                ),
            ),
            signatures: vec![
                v.signature(
                    v.position_or(
                        v.completed_person(self.head.as_ref(), places.1).as_ref(),
                        id::ANNUAL_HEAD,
                        &[
                            ("department", &v.unit_name(&department, Kind::Department)),
                            (
                                "unit",
                                &v.unit(&department, Kind::Department, UnitCase::Instrumental),
                            ),
                        ],
                    ),
                    self.head.as_ref(),
                    self.head
                        .as_ref()
                        .and_then(|h| h.date.as_ref())
                        .map(|d| v.date_line(Some(d.v))),
                ),
            ],
            seal: None,
            body: AnnualData { head, rows },
        }
    }
}
