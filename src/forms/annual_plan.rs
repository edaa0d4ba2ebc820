//! Appendix 2: a department's annual plan of its teachers' professional
//! development (regulation 4.1, 4.2).

use chrono::NaiveDate;
use serde_json::{Value as Json, json};

use super::{Person, View, day, join_some};
use crate::finding::{Finding, rule};
use crate::input::{At, Ctx, Obj};
use crate::locale::Msg;
use crate::rules;
use crate::yaml::Pos;

/// Keys of this form.
pub const KEYS: &[&str] = &[
    "year",
    "faculty",
    "department",
    "approver",
    "head",
    "rector",
    "teachers",
];

/// Keys of a teacher's row.
pub const ROW_KEYS: &[&str] = &[
    "name",
    "position",
    "subject",
    "degree",
    "last_courses",
    "kind",
    "direction",
    "start",
    "end",
    "hours",
    "institution",
    "mode",
    "funding",
    "country",
    "note",
];

/// How teaching goes on during the upgrading (regulation 2.3).
pub const MODES: &[&str] = &["release", "no-release", "partial", "online"];
/// Who pays (regulation 1.8, 6.4).
pub const FUNDINGS: &[&str] = &["budget", "university", "contract", "host", "grant"];

/// One teacher's row.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Row {
    /// The teacher.
    pub name: Option<At<String>>,
    /// Position.
    pub position: Option<String>,
    /// Subject taught.
    pub subject: Option<String>,
    /// Scientific degree.
    pub degree: Option<String>,
    /// Years of the latest courses.
    pub last_courses: Vec<At<i64>>,
    /// Where `last_courses` is (or the row, when absent).
    pub last_pos: Pos,
    /// Kind of upgrading.
    pub kind: Option<At<&'static str>>,
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
    pub funding: Option<At<&'static str>>,
    /// ISO 3166 alpha-2 country, `KG` unless given.
    pub country: Option<At<String>>,
    /// Free note.
    pub note: Option<String>,
    /// Where the row starts.
    pub pos: Pos,
}

/// An annual plan (form 2).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct AnnualPlan {
    /// First year of the academic year.
    pub year: Option<At<i32>>,
    /// Faculty.
    pub faculty: Option<String>,
    /// Department.
    pub department: Option<String>,
    /// The dean, who approves.
    pub approver: Option<Person>,
    /// Head of department, who signs.
    pub head: Option<Person>,
    /// The rector, for the applications `package` makes.
    pub rector: Option<Person>,
    /// The rows.
    pub teachers: Vec<Row>,
}

/// Reads a country code: two Latin capitals that CLDR names.
pub fn country(ctx: &mut Ctx<'_>, o: &Obj<'_>) -> Option<At<String>> {
    let c = ctx.opt_text(o, "country")?;
    if crate::country::name(&c.v, crate::locale::Lang::Ky).is_some() {
        Some(c)
    } else {
        ctx.push(Finding::new(
            rule::TYPE,
            c.pos,
            Msg::new("bad-country").arg("found", &c.v),
        ));
        None
    }
}

impl Row {
    fn read(ctx: &mut Ctx<'_>, n: &crate::yaml::Node) -> Option<Row> {
        let o = ctx.obj(n, ROW_KEYS)?;
        let name = ctx.req(&o, "name").and_then(|n| ctx.text(n));
        Some(Row {
            name,
            position: ctx.opt_text(&o, "position").map(|t| t.v),
            subject: ctx.opt_text(&o, "subject").map(|t| t.v),
            degree: ctx.opt_text(&o, "degree").map(|t| t.v),
            last_courses: ctx.years(&o, "last_courses"),
            last_pos: o.get("last_courses").map_or(o.pos, |n| n.pos),
            kind: ctx.opt_choice(&o, "kind", rules::KINDS),
            direction: ctx.opt_text(&o, "direction").map(|t| t.v),
            start: ctx.opt_date(&o, "start"),
            end: ctx.opt_date(&o, "end"),
            hours: ctx.opt_count(&o, "hours"),
            institution: ctx.opt_text(&o, "institution"),
            mode: ctx.opt_choice(&o, "mode", MODES),
            funding: ctx.opt_choice(&o, "funding", FUNDINGS),
            country: country(ctx, &o),
            note: ctx.opt_text(&o, "note").map(|t| t.v),
            pos: o.pos,
        })
    }

    /// The kind of upgrading, as a word.
    pub fn kind(&self) -> Option<&'static str> {
        self.kind.as_ref().map(|k| k.v)
    }

    fn check(&self, year: Option<i32>, own: &[String], out: &mut Vec<Finding>) {
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
                let fallback = self
                    .funding
                    .as_ref()
                    .map_or(self.country.as_ref().map_or(kind.pos, |c| c.pos), |f| f.pos);
                out.extend(rules::foreign_funding(
                    self.country.as_ref(),
                    self.funding.as_ref(),
                    fallback,
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
    /// Reads the form's keys.
    pub fn read(ctx: &mut Ctx<'_>, o: &Obj<'_>) -> AnnualPlan {
        let year = ctx.req(o, "year").and_then(|n| ctx.academic_year(n));
        let teachers = match ctx.req(o, "teachers") {
            Some(n) => {
                let items = ctx.list(n);
                items.iter().filter_map(|i| Row::read(ctx, i)).collect()
            }
            None => Vec::new(),
        };
        AnnualPlan {
            year,
            faculty: ctx.opt_text(o, "faculty").map(|t| t.v),
            department: ctx.opt_text(o, "department").map(|t| t.v),
            approver: ctx.opt_person(o, "approver", &["position", "date"]),
            head: ctx.opt_person(o, "head", &["position", "date"]),
            rector: ctx.opt_person(o, "rector", &["position"]),
            teachers,
        }
    }

    /// Applies the rules to every row.
    pub fn check(&self, out: &mut Vec<Finding>, own: &[String]) {
        for row in &self.teachers {
            row.check(self.year.as_ref().map(|y| y.v), own, out);
        }
    }

    /// The template data.
    pub fn view(&self, v: &View) -> Json {
        let year = self
            .year
            .as_ref()
            .map_or_else(|| v.t("year-blank"), |y| format!("{}-{}", y.v, y.v + 1));
        let department = self.department.clone().unwrap_or_else(|| v.t("blank"));
        let faculty = self.faculty.clone().unwrap_or_default();
        let dean = if faculty.is_empty() {
            v.t("dean-blank")
        } else {
            v.ta("dean", &[("faculty", &faculty)])
        };
        let rows: Vec<Json> = self
            .teachers
            .iter()
            .enumerate()
            .map(|(i, r)| {
                let mut period = v.period_short(day(&r.start), day(&r.end));
                if let Some(h) = &r.hours {
                    period = if period.is_empty() { v.hours(h.v) } else { format!("{period}, {}", v.hours(h.v)) };
                }
                let mut institution = r.institution.as_ref().map(|t| t.v.clone()).unwrap_or_default();
                if let Some(c) = r.country.as_ref().filter(|c| c.v != "KG") {
                    institution = v.with_country(&institution, &c.v);
                }
                let note: Vec<String> = [
                    r.mode.as_ref().map(|m| v.t(&format!("mode-{}", m.v))),
                    r.funding.as_ref().map(|f| v.t(&format!("funding-{}", f.v))),
                    r.note.clone(),
                ]
                .into_iter()
                .flatten()
                .collect();
                json!({
                    "n": (i + 1).to_string(),
                    "name": r.name.as_ref().map(|n| n.v.clone()).unwrap_or_default(),
                    "position": join_some(&[&r.position, &r.subject]),
                    "degree": r.degree.clone().unwrap_or_default(),
                    "last_courses": r.last_courses.iter().map(|c| c.v.to_string()).collect::<Vec<_>>().join(", "),
                    "kind": match (r.kind().map(|k| v.t(&format!("kind-{k}"))), &r.direction) {
                        (Some(k), Some(d)) => v.ta("annual-kind-direction", &[("kind", &k), ("direction", d)]),
                        (Some(k), None) => k,
                        (None, d) => d.clone().unwrap_or_default(),
                    },
                    "period": period,
                    "institution": institution,
                    "note": note.join("; "),
                })
            })
            .collect();
        let head: Vec<String> = (1..=9).map(|i| v.t(&format!("annual-col-{i}"))).collect();
        json!({
            "title": v.ta("annual-title", &[("year", &year), ("department", &department)]),
            "approval": v.approval(dean, self.approver.as_ref()),
            "head": head,
            "rows": rows,
            "signatures": [v.signature(
                v.position_or(self.head.as_ref(), "annual-head", &[("department", &department)]),
                self.head.as_ref(),
                self.head
                    .as_ref()
                    .and_then(|h| h.date.as_ref())
                    .map(|d| v.date_line(Some(d.v))),
            )],
        })
    }
}
