//! Appendix 1: the department's three-year perspective plan of its teachers'
//! professional development (regulation 4.1).

use crate::locale::{Id, id};
use chrono::NaiveDate;
use serde::Serialize;

use super::{Common, Examples, Form, Person, Sheet, TeacherCells, View, september, signed};
use crate::fields::{self, Field, Ty, YEAR};
use crate::finding::{Finding, rule};
use crate::input::{At, Ctx, Obj};
use crate::locale::Msg;
use crate::rules;
use crate::yaml::{Node, Pos};

/// The three directions of each year's columns.
pub(crate) const DIRECTIONS: &[&str] = &["methodology", "it", "specialty"];

const DEPARTMENT: Field = Field::opt("department", Ty::Text);
const NAME: Field = Field::req("name", Ty::Text).desc(id::FIELD_TEACHER_NAME);
const POSITION: Field = Field::opt("position", Ty::Text);
const SUBJECT: Field = Field::opt("subject", Ty::Text);
const DEGREE: Field = Field::opt("degree", Ty::Text);
const LAST_COURSES: Field = Field::opt("last_courses", Ty::List(&YEAR));
const PLAN: Field = Field::opt("plan", Ty::YearMap(&Ty::List(&Ty::Choice(DIRECTIONS))))
    .desc(id::FIELD_PERSPECTIVE_PLAN);
const NOTE: Field = Field::opt("note", Ty::Text);
/// Keys of a teacher's row.
const ROW: &[Field] = &[
    DEPARTMENT,
    NAME,
    POSITION,
    SUBJECT,
    DEGREE,
    LAST_COURSES,
    PLAN,
    NOTE,
];

const YEARS: Field = Field::req("years", Ty::AcademicYear);
const APPROVER: Field = Field::opt("approver", Ty::Person(fields::WITH_POSITION_DATE));
const SIGNED_BY: Field = Field::opt("signed_by", Ty::Person(fields::WITH_POSITION));
const TEACHERS: Field = Field::req("teachers", Ty::List(&Ty::Obj(ROW)));

/// Keys of this form.
pub(crate) const FIELDS: &[Field] = &[YEARS, APPROVER, SIGNED_BY, TEACHERS];

/// One teacher's row.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Row {
    /// Department.
    pub(crate) department: Option<String>,
    /// The teacher.
    pub name: Option<At<String>>,
    /// Position.
    pub position: Option<String>,
    /// Subject.
    pub subject: Option<String>,
    /// Scientific degree.
    pub(crate) degree: Option<String>,
    /// Years of the latest courses.
    pub(crate) last_courses: Vec<At<i64>>,
    /// Where `last_courses` is (or the row).
    pub(crate) last_pos: Pos,
    /// First year of an academic year → directions planned in it.
    pub(crate) plan: Vec<(At<i32>, Vec<&'static str>)>,
    /// Free note.
    pub(crate) note: Option<String>,
}

/// A perspective plan (form 1).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PerspectivePlan {
    /// First year of the first of the three academic years.
    pub(crate) years: Option<At<i32>>,
    /// The vice-rector, who approves.
    pub(crate) approver: Option<Person>,
    /// The head of the quality department, who signs.
    pub(crate) signed_by: Option<Person>,
    /// The rows.
    pub teachers: Vec<Row>,
}

impl Row {
    fn read(ctx: &mut Ctx<'_>, n: &Node) -> Option<Row> {
        let o = ctx.obj(n, ROW)?;
        let mut plan = Vec::new();
        if let Some(p) = o.get(&PLAN) {
            for (k, v) in ctx.map_entries(p) {
                let Some(year) = ctx.academic_year(k) else {
                    continue;
                };
                let dirs = ctx
                    .list(v)
                    .iter()
                    .filter_map(|d| ctx.choice(d, DIRECTIONS))
                    .map(|d| d.v)
                    .collect();
                plan.push((year, dirs));
            }
        }
        Some(Row {
            department: ctx.opt_text(&o, &DEPARTMENT).map(|t| t.v),
            name: ctx.opt_name_text(&o, &NAME),
            position: ctx.opt_text(&o, &POSITION).map(|t| t.v),
            subject: ctx.opt_text(&o, &SUBJECT).map(|t| t.v),
            degree: ctx.opt_text(&o, &DEGREE).map(|t| t.v),
            last_courses: ctx.years(&o, &LAST_COURSES),
            last_pos: o.get(&LAST_COURSES).map_or(o.pos, |n| n.pos),
            plan,
            note: ctx.opt_text(&o, &NOTE).map(|t| t.v),
        })
    }
}

/// The template data of a perspective plan (`forms/perspective-plan.typ`,
/// A4 landscape), besides the common keys. The header is two rows of
/// labels (each year spans three columns; the six fixed columns and the
/// note span both rows), then a row of column numbers 1–16; all three
/// repeat on every page. With no rows the template prints five empty ruled
/// rows to fill by hand.
#[derive(Clone, Debug, Serialize)]
pub struct PerspectiveData {
    /// The column labels.
    pub(crate) head: PerspectiveHead,
    /// One row per teacher.
    pub(crate) rows: Vec<PerspectiveRow>,
}

/// The column labels of a perspective plan.
#[derive(Clone, Debug, Serialize)]
pub(crate) struct PerspectiveHead {
    /// The six fixed columns: №, department, name, position and subject,
    /// degree, last courses.
    pub(crate) fixed: Vec<String>,
    /// The three academic years.
    pub(crate) years: Vec<String>,
    /// The three directions, under each year.
    pub(crate) directions: Vec<String>,
    /// The note column.
    pub(crate) note: String,
}

/// A teacher's row of a perspective plan; every cell printed as it is.
#[derive(Clone, Debug, Serialize)]
pub(crate) struct PerspectiveRow {
    /// Number, name, position, degree, last courses.
    #[serde(flatten)]
    pub(crate) teacher: TeacherCells,
    /// The department.
    pub(crate) department: String,
    /// Nine marks, `"+"` or `""`: year 1 methodology, IT, specialty, then
    /// year 2, then year 3.
    pub(crate) marks: Vec<&'static str>,
    /// The note.
    pub(crate) note: String,
}

impl Form for PerspectivePlan {
    const ID: &str = "perspective-plan";
    const APPENDIX: Option<u8> = Some(1);
    const LANDSCAPE: bool = true;
    const TEMPLATE: &str = include_str!("../../forms/perspective-plan.typ");
    const EXAMPLES: Examples = Examples {
        ky: include_str!("../../examples/ky/perspective-plan.yaml"),
        ru: include_str!("../../examples/ru/perspective-plan.yaml"),
    };
    const FIELDS: &[Field] = FIELDS;
    type Data = PerspectiveData;

    /// Reads the form's keys.
    fn read(ctx: &mut Ctx<'_>, o: &Obj<'_>) -> PerspectivePlan {
        let years = ctx.opt_academic_year(o, &YEARS);
        let teachers = match o.get(&TEACHERS) {
            Some(n) => {
                let items = ctx.list(n);
                items.iter().filter_map(|i| Row::read(ctx, i)).collect()
            }
            None => Vec::new(),
        };
        PerspectivePlan {
            years,
            approver: ctx.opt_person(o, &APPROVER),
            signed_by: ctx.opt_person(o, &SIGNED_BY),
            teachers,
        }
    }

    /// The plan's years hold every planned year; `five-years` for each teacher.
    fn check(&self, common: &Common, out: &mut Vec<Finding>) {
        let v = View::new(common);
        let univ = crate::names::complete::Place::UNIV;
        out.extend(v.completion_note(self.approver.as_ref(), univ));
        out.extend(v.completion_note(self.signed_by.as_ref(), univ));
        let Some(first) = self.years.as_ref().map(|y| y.v) else {
            return;
        };
        for row in &self.teachers {
            for (y, _) in &row.plan {
                if y.v < first || y.v > first + 2 {
                    out.push(Finding::new(
                        rule::ACADEMIC_YEAR,
                        y.pos,
                        Msg::new(id::YEAR_OUTSIDE_PLAN)
                            .arg("year", format!("{}-{}", y.v, y.v + 1))
                            .arg("first", format!("{}-{}", first, first + 1))
                            .arg("last", format!("{}-{}", first + 2, first + 3)),
                    ));
                }
            }
            let planned: Vec<i32> = row
                .plan
                .iter()
                .filter(|(_, d)| !d.is_empty())
                .map(|(y, _)| y.v)
                .collect();
            out.extend(rules::five_years_perspective(
                &row.last_courses,
                row.last_pos,
                first,
                &planned,
            ));
        }
    }

    fn date(&self) -> Option<NaiveDate> {
        signed(&self.approver).or_else(|| september(&self.years))
    }

    fn named(&self) -> Vec<&At<String>> {
        self.teachers
            .iter()
            .filter_map(|r| r.name.as_ref())
            .collect()
    }

    /// The template data.
    fn data(&self, v: &View) -> Sheet<PerspectiveData> {
        let first = self.years.as_ref().map(|y| y.v);
        let year_label = |i: i32| match first {
            Some(f) => v.ta(
                id::PERSPECTIVE_YEAR,
                &[("year", &v.years(f + i, f + i + 1))],
            ),
            None => v.ta(id::PERSPECTIVE_YEAR, &[("year", &v.t(id::YEAR_BLANK))]),
        };
        let rows: Vec<PerspectiveRow> = self
            .teachers
            .iter()
            .enumerate()
            .map(|(i, r)| {
                let marks: Vec<&'static str> = (0..3)
                    .flat_map(|y| {
                        DIRECTIONS.iter().map(move |d| {
                            let planned = first.is_some_and(|f| {
                                r.plan
                                    .iter()
                                    .any(|(py, dirs)| py.v == f + y && dirs.contains(d))
                            });
                            if planned { "+" } else { "" }
                        })
                    })
                    .collect();
                PerspectiveRow {
                    teacher: TeacherCells::new(
                        i,
                        &r.name,
                        [&r.position, &r.subject],
                        &r.degree,
                        &r.last_courses,
                    ),
                    // The column says «Кафедра»: the name alone.
                    department: r
                        .department
                        .as_deref()
                        .map(|d| v.unit_cell(d, crate::names::unit::Kind::Department))
                        .unwrap_or_default(),
                    marks,
                    note: r.note.clone().unwrap_or_default(),
                }
            })
            .collect();
        let span = match first {
            Some(f) => v.years(f, f + 3),
            None => v.t(id::YEAR_BLANK),
        };
        let fixed = (1..=6).map(|i| v.t(Id::built(&format!("perspective-col-{i}"))));
        Sheet {
            title: v.ta(id::PERSPECTIVE_TITLE, &[("years", &span)]),
            approval: Some(
                v.approval(
                    v.t(id::VICE_RECTOR),
                    v.completed_person(self.approver.as_ref(), crate::names::complete::Place::UNIV)
                        .as_ref(),
                ),
            ),
            signatures: vec![
                v.signature(
                    v.position_or(
                        v.completed_person(
                            self.signed_by.as_ref(),
                            crate::names::complete::Place::UNIV,
                        )
                        .as_ref(),
                        id::QUALITY_HEAD,
                        &[],
                    ),
                    self.signed_by.as_ref(),
                    None,
                ),
            ],
            seal: None,
            body: PerspectiveData {
                head: PerspectiveHead {
                    fixed: fixed.collect(),
                    years: (0..3).map(year_label).collect(),
                    directions: DIRECTIONS
                        .iter()
                        .map(|d| v.t(Id::built(&format!("direction-{d}"))))
                        .collect(),
                    note: v.t(id::COL_NOTE),
                },
                rows,
            },
        }
    }
}
