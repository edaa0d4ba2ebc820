//! Appendix 3: a teacher's report on the professional development undergone
//! (regulation 5.2, 7.1).

use crate::locale::{Id, id};
use chrono::NaiveDate;
use serde::Serialize;

use super::{Common, Examples, Form, Person, Section, Sheet, View, day, section};
use crate::fields::{self, COUNT, END, Field, START, Ty};
use crate::finding::{Finding, rule};
use crate::input::{At, Ctx, Obj};
use crate::locale::Msg;
use crate::rules;
use crate::yaml::Pos;

/// Where the knowledge gained is applied (item 5 of the report), each a
/// list of titles or a text; each is printed as `applied-KEY`.
pub(crate) const APPLIED: &[Field] = &[
    Field::opt("new_lectures", Ty::List(&Ty::Text)),
    Field::opt("updated_lectures", Ty::List(&Ty::Text)),
    Field::opt("practical_tasks", Ty::List(&Ty::Text)),
    Field::opt("lab_tasks", Ty::List(&Ty::Text)),
    Field::opt("homework_tasks", Ty::List(&Ty::Text)),
    Field::opt("distance_tests", Ty::List(&Ty::Text)),
    Field::opt("seminar_talk", Ty::List(&Ty::Text)),
];

/// Documents that confirm completion (item 6; regulation 5.2).
pub(crate) const CERTIFICATE_KINDS: &[&str] = &[
    "certificate",
    "attestation",
    "diploma",
    "program",
    "letter",
    "other",
];

const TITLE: Field = Field::opt("title", Ty::Text).desc(id::FIELD_COURSE_TITLE);
const TOPICS: Field = Field::opt("topics", Ty::List(&Ty::Text));
const FORMATS: Field = Field::opt("formats", Ty::List(&Ty::Text));

const CERT_KIND: Field =
    Field::opt("kind", Ty::Choice(CERTIFICATE_KINDS)).desc(id::FIELD_CERTIFICATE_KIND);
const NUMBER: Field = Field::opt("number", Ty::Text);
const ISSUED: Field = Field::opt("issued", Ty::Date);
const CERT_HOURS: Field = Field::opt("hours", COUNT);
const ISSUER: Field = Field::opt("issuer", Ty::Text);

const TEACHER: Field = Field::req("teacher", Ty::Person(fields::TEACHER));
const GOAL: Field = Field::opt("goal", Ty::Text);
const PLACE: Field = Field::opt("place", Ty::Text);
const COURSE: Field = Field::opt("course", Ty::Obj(&[TITLE, TOPICS, FORMATS]));
const OPINION: Field = Field::opt("opinion", Ty::Text);
const EFFECTIVENESS: Field = Field::opt("effectiveness", Ty::Text);
const APPLIED_FIELD: Field = Field::opt("applied", Ty::Obj(APPLIED));
const CERTIFICATE: Field = Field::opt(
    "certificate",
    Ty::Obj(&[CERT_KIND, NUMBER, ISSUED, CERT_HOURS, ISSUER]),
);
const APPROVED_BY: Field = Field::opt("approved_by", Ty::Person(fields::WITH_POSITION_DATE));

/// Keys of this form.
pub(crate) const FIELDS: &[Field] = &[
    TEACHER,
    GOAL,
    PLACE,
    START,
    END,
    COURSE,
    OPINION,
    EFFECTIVENESS,
    APPLIED_FIELD,
    CERTIFICATE,
    APPROVED_BY,
];

/// The document confirming completion.
#[derive(Clone, Debug, Default, PartialEq)]
pub(crate) struct Certificate {
    /// What kind of document.
    pub(crate) kind: Option<At<&'static str>>,
    /// Its number.
    pub(crate) number: Option<String>,
    /// When it was issued.
    pub(crate) issued: Option<At<NaiveDate>>,
    /// Hours it states.
    pub(crate) hours: Option<At<i64>>,
    /// Who issued it.
    pub(crate) issuer: Option<String>,
    /// Where it is written.
    pub(crate) pos: Pos,
}

/// A report (form 3).
#[derive(Clone, Debug, Default, PartialEq)]
pub(crate) struct Report {
    /// The teacher reporting.
    pub(crate) teacher: Person,
    /// 1. The goal.
    pub(crate) goal: Option<String>,
    /// 2. The place.
    pub(crate) place: Option<String>,
    /// 2. First day.
    pub(crate) start: Option<At<NaiveDate>>,
    /// 2. Last day.
    pub(crate) end: Option<At<NaiveDate>>,
    /// 3. Course title.
    pub(crate) course_title: Option<String>,
    /// 3. Program topics.
    pub(crate) topics: Vec<String>,
    /// 3. Main formats.
    pub(crate) formats: Vec<String>,
    /// 4. Opinion of the course.
    pub(crate) opinion: Option<String>,
    /// 5. Effectiveness.
    pub(crate) effectiveness: Option<String>,
    /// 5. Where the knowledge is applied: key → titles or text.
    pub(crate) applied: Vec<(&'static str, Vec<String>)>,
    /// 6. The confirming document.
    pub(crate) certificate: Option<Certificate>,
    /// The head of department approving the report.
    pub(crate) approved_by: Option<Person>,
    /// Where the report starts.
    pub(crate) pos: Pos,
}

/// The template data of a report (`forms/report.typ`), besides the common
/// keys: the line naming the teacher, the numbered sections, the date.
#[derive(Clone, Debug, Serialize)]
pub(crate) struct ReportData {
    /// The line naming the teacher, under the title; `""` for a line to
    /// fill, with `person_caption` under it.
    pub(crate) person: String,
    /// «(аты-жөнү, кызматы, кафедрасы)» under a line left blank.
    pub(crate) person_caption: String,
    /// The numbered sections.
    pub(crate) sections: Vec<Section>,
    /// The date line.
    pub(crate) date: Option<String>,
}

impl Form for Report {
    const ID: &str = "report";
    const APPENDIX: Option<u8> = Some(3);
    const LANDSCAPE: bool = false;
    const TEMPLATE: &str = include_str!("../../forms/report.typ");
    const EXAMPLES: Examples = Examples {
        ky: include_str!("../../examples/ky/report.yaml"),
        ru: include_str!("../../examples/ru/report.yaml"),
    };
    const FIELDS: &[Field] = FIELDS;
    type Data = ReportData;

    /// Reads the form's keys.
    fn read(ctx: &mut Ctx<'_>, o: &Obj<'_>) -> Report {
        let (mut course_title, mut topics, mut formats) = (None, Vec::new(), Vec::new());
        if let Some(c) = ctx.opt_obj(o, &COURSE) {
            course_title = ctx.opt_text(&c, &TITLE).map(|t| t.v);
            topics = ctx.text_list(&c, &TOPICS);
            formats = ctx.text_list(&c, &FORMATS);
        }
        let mut applied = Vec::new();
        if let Some(a) = ctx.opt_obj(o, &APPLIED_FIELD) {
            for field in APPLIED {
                let items = ctx.text_list(&a, field);
                if !items.is_empty() {
                    applied.push((field.key, items));
                }
            }
        }
        let certificate = ctx.opt_obj(o, &CERTIFICATE).map(|c| Certificate {
            kind: ctx.opt_choice(&c, &CERT_KIND),
            number: ctx.opt_number(&c, &NUMBER).map(|t| t.v),
            issued: ctx.opt_date(&c, &ISSUED),
            hours: ctx.opt_count(&c, &CERT_HOURS),
            issuer: ctx.opt_text(&c, &ISSUER).map(|t| t.v),
            pos: c.pos,
        });
        Report {
            teacher: ctx.opt_person(o, &TEACHER).unwrap_or_default(),
            goal: ctx.opt_text(o, &GOAL).map(|t| t.v),
            place: ctx.opt_text(o, &PLACE).map(|t| t.v),
            start: ctx.opt_date(o, &START),
            end: ctx.opt_date(o, &END),
            course_title,
            topics,
            formats,
            opinion: ctx.opt_text(o, &OPINION).map(|t| t.v),
            effectiveness: ctx.opt_text(o, &EFFECTIVENESS).map(|t| t.v),
            applied,
            certificate,
            approved_by: ctx.opt_person(o, &APPROVED_BY),
            pos: o.pos,
        }
    }

    /// Dates in order; the confirming document named (3 item 6, 7.1).
    fn check(&self, common: &Common, out: &mut Vec<Finding>) {
        out.extend(rules::order(self.start.as_ref(), self.end.as_ref()));
        out.extend(
            self.teacher
                .department_note(common, crate::names::unit::Case::Nominative),
        );
        match &self.certificate {
            None => out.push(Finding::new(
                rule::CERTIFICATE,
                self.pos,
                Msg::new(id::CERTIFICATE_MISSING),
            )),
            Some(c) if c.kind.is_none() || (c.number.is_none() && c.issuer.is_none()) => {
                out.push(Finding::new(
                    rule::CERTIFICATE,
                    c.pos,
                    Msg::new(id::CERTIFICATE_INCOMPLETE),
                ))
            }
            Some(c) => {
                if let (Some(i), Some(s)) = (&c.issued, &self.start)
                    && i.v < s.v
                {
                    out.push(Finding::new(
                        rule::DATES,
                        i.pos,
                        Msg::new(id::ISSUED_BEFORE_START)
                            .arg("issued", i.v)
                            .arg("start", s.v),
                    ));
                }
            }
        }
    }

    fn date(&self) -> Option<NaiveDate> {
        day(&self.end)
    }

    fn teacher(&self) -> Option<&Person> {
        Some(&self.teacher)
    }

    /// The template data.
    fn data(&self, v: &View) -> Sheet<ReportData> {
        let text = |t: &Option<String>| t.iter().cloned().collect::<Vec<_>>();
        let mut place = text(&self.place);
        if self.start.is_some() || self.end.is_some() {
            place.push(v.period(day(&self.start), day(&self.end)));
        }
        let mut course = Vec::new();
        if let Some(t) = &self.course_title {
            course.push(v.ta(id::REPORT_COURSE_TITLE, &[("title", t)]));
        }
        if !self.formats.is_empty() {
            course.push(v.ta(id::REPORT_FORMATS, &[("formats", &self.formats.join(", "))]));
        }
        if !self.topics.is_empty() {
            course.push(v.t(id::REPORT_TOPICS));
        }
        let mut effectiveness = text(&self.effectiveness);
        let mut applied: Vec<String> = self
            .applied
            .iter()
            .map(|(k, items)| {
                format!(
                    "{}: {}",
                    v.t(Id::built(&format!("applied-{k}"))),
                    items.join("; ")
                )
            })
            .collect();
        // Nothing said of item 5: the regulation's list of uses, each with
        // a line to fill by hand.
        if applied.is_empty() && effectiveness.is_empty() {
            applied = APPLIED
                .iter()
                .map(|f| {
                    let k = f.key;
                    format!(
                        "{}: {}",
                        v.t(Id::built(&format!("applied-{k}"))),
                        v.t(id::BLANK)
                    )
                })
                .collect();
        }
        if !applied.is_empty() {
            // Nothing said of the effectiveness itself: lines for it first.
            if effectiveness.is_empty() {
                effectiveness.push(String::new());
            }
            effectiveness.push(v.t(id::REPORT_APPLIED));
        }
        let certificate = self.certificate.as_ref().map(|c| {
            let mut parts = vec![c.kind.as_ref().map_or_else(
                || v.t(id::BLANK),
                |k| v.t(Id::built(&format!("certificate-{}", k.v))),
            )];
            if let Some(n) = &c.number {
                parts.push(v.ta(id::CERTIFICATE_NUMBER, &[("number", n)]));
            }
            if let Some(i) = &c.issued {
                // «Удостоверение … выдано», «Программа … выдана», «Сертификат … выдан».
                let built = c
                    .kind
                    .as_ref()
                    .map(|k| format!("certificate-issued-{}", k.v));
                let id = built.as_deref().map_or(id::CERTIFICATE_ISSUED, Id::built);
                parts.push(v.ta(id, &[("date", &v.date_text(i.v))]));
            }
            if let Some(i) = &c.issuer {
                parts.push(v.ta(id::CERTIFICATE_ISSUER, &[("issuer", i)]));
            }
            if let Some(h) = &c.hours {
                parts.push(v.hours(h.v));
            }
            parts.join(", ")
        });
        let person = v.person_line(&self.teacher);
        let sections = vec![
            section(1, v.t(id::REPORT_1), text(&self.goal), vec![], None),
            section(2, v.t(id::REPORT_2), place, vec![], None),
            section(3, v.t(id::REPORT_3), course, self.topics.clone(), None),
            section(4, v.t(id::REPORT_4), text(&self.opinion), vec![], None),
            section(5, v.t(id::REPORT_5), effectiveness, applied, None),
            section(
                6,
                v.t(id::REPORT_6),
                certificate.into_iter().collect(),
                vec![],
                None,
            ),
        ];
        let approved_date = self
            .approved_by
            .as_ref()
            .and_then(|p| p.date.as_ref())
            .map(|d| d.v);
        Sheet {
            title: v.t(id::REPORT_TITLE),
            approval: None,
            signatures: vec![
                v.signature(v.t(id::REPORT_TEACHER), Some(&self.teacher), None),
                v.signature(
                    match self.approved_by.as_ref().and_then(|p| p.position.as_ref()) {
                        Some(p) => v.ta(id::REPORT_APPROVED_AS, &[("position", p)]),
                        None => v.t(id::REPORT_APPROVED),
                    },
                    self.approved_by.as_ref(),
                    Some(v.date_line(approved_date)),
                ),
            ],
            seal: None,
            body: ReportData {
                person,
                person_caption: v.t(id::CAPTION_WHO),
                sections,
                date: Some(v.date_line(v.doc_date)),
            },
        }
    }
}
