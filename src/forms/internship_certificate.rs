//! Appendix 6: the certificate that a teacher has completed an internship,
//! signed by the host and stamped with its seal (regulation 6.6).

use crate::locale::id;
use chrono::NaiveDate;
use serde::Serialize;

use super::{Common, Examples, Form, Person, Planned, Sheet, View, day};
use crate::fields::{self, END, Field, HOURS, START, Ty};
use crate::finding::Finding;
use crate::input::{At, Ctx, Obj};
use crate::locale::Lang;
use crate::names::Gender;
use crate::names::position;
use crate::names::unit::{Case as UnitCase, Kind};
use crate::rules;

const HOST_NAME: Field = Field::opt("name", Ty::Text).desc(id::FIELD_HOST_NAME);
const UNIT: Field = Field::opt("unit", Ty::Text);
const HOST_HEAD: Field =
    Field::opt("head", Ty::Person(fields::WITH_POSITION)).desc(id::FIELD_HOST_HEAD);

const TEACHER: Field = Field::req("teacher", Ty::Person(fields::TEACHER));
const DIRECTION: Field = Field::opt("direction", Ty::Text);
const HOST: Field = Field::opt("host", Ty::TextOrObj(&[HOST_NAME, UNIT, HOST_HEAD]));
const SUPERVISOR: Field = Field::opt("supervisor", Ty::Person(fields::WITH_POSITION));
const SUBMITTED: Field = Field::opt("submitted", Ty::Date);

/// Keys of this form.
pub(crate) const FIELDS: &[Field] = &[
    TEACHER, DIRECTION, HOST, START, END, HOURS, SUPERVISOR, SUBMITTED,
];

/// The host organisation and its head.
#[derive(Clone, Debug, Default, PartialEq)]
pub(crate) struct Host {
    /// The organisation.
    pub(crate) name: Option<At<String>>,
    /// The unit (department, chair) within it.
    pub(crate) unit: Option<String>,
    /// Head of the unit, who signs.
    pub(crate) head: Option<Person>,
}

/// An internship certificate (form 6).
#[derive(Clone, Debug, Default, PartialEq)]
pub(crate) struct InternshipCertificate {
    /// The teacher.
    pub(crate) teacher: Person,
    /// The direction.
    pub(crate) direction: Option<String>,
    /// The host.
    pub(crate) host: Host,
    /// First day.
    pub(crate) start: Option<At<NaiveDate>>,
    /// Last day.
    pub(crate) end: Option<At<NaiveDate>>,
    /// Hours completed.
    pub(crate) hours: Option<At<i64>>,
    /// Internship supervisor.
    pub(crate) supervisor: Option<Person>,
    /// When it was handed to the quality department.
    pub(crate) submitted: Option<At<NaiveDate>>,
}

/// The template data of a certificate (`forms/internship-certificate.typ`),
/// besides the common keys; its [`Sheet`] has the supervisor's and the host
/// head's signatures and the seal.
#[derive(Clone, Debug, Serialize)]
pub(crate) struct CertificateData {
    /// The paragraphs.
    pub(crate) body: Vec<Para>,
    /// The date line.
    pub(crate) date: String,
}

/// A paragraph: its text, or its pieces when a line is left blank in it.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(untagged)]
pub(crate) enum Para {
    /// Text only.
    Text(String),
    /// Text and blanks, in reading order.
    Pieces(Vec<Piece>),
}

/// A piece of a paragraph with blanks.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(untagged)]
pub(crate) enum Piece {
    /// Running text.
    Text(String),
    /// A line to fill by hand, the regulation's caption under it
    /// («(аты-жөнү, кызматы, кафедрасы)»).
    Blank {
        /// The caption.
        blank: String,
    },
}

/// Stand-ins for blanks while a sentence is put together in its language's
/// word order (private-use characters: the font prints none, so no printed
/// text holds them).
const BLANK_WHO: char = '\u{e000}';
const BLANK_NAME: char = '\u{e001}';
const BLANK_DIRECTION: char = '\u{e002}';

/// A sentence with blank stand-ins as pieces, each blank with its caption.
fn pieces(v: &View, sentence: &str) -> Para {
    let caption = |c: char| match c {
        BLANK_WHO => Some(id::CAPTION_WHO),
        BLANK_NAME => Some(id::CAPTION_NAME),
        BLANK_DIRECTION => Some(id::CAPTION_DIRECTION),
        _ => None,
    };
    if !sentence.chars().any(|c| caption(c).is_some()) {
        return Para::Text(sentence.to_owned());
    }
    let mut out = Vec::new();
    let mut text = String::new();
    for c in sentence.chars() {
        match caption(c) {
            Some(id) => {
                if !text.is_empty() {
                    out.push(Piece::Text(std::mem::take(&mut text)));
                }
                out.push(Piece::Blank { blank: v.t(id) });
            }
            None => text.push(c),
        }
    }
    if !text.is_empty() {
        out.push(Piece::Text(text));
    }
    Para::Pieces(out)
}

impl Form for InternshipCertificate {
    const ID: &str = "internship-certificate";
    const APPENDIX: Option<u8> = Some(6);
    const LANDSCAPE: bool = false;
    const TEMPLATE: &str = include_str!("../../forms/internship-certificate.typ");
    const EXAMPLES: Examples = Examples {
        ky: include_str!("../../examples/ky/internship-certificate.yaml"),
        ru: include_str!("../../examples/ru/internship-certificate.yaml"),
    };
    const FIELDS: &[Field] = FIELDS;
    type Data = CertificateData;

    /// Reads the form's keys.
    fn read(ctx: &mut Ctx<'_>, o: &Obj<'_>) -> InternshipCertificate {
        let host = match o.get(&HOST) {
            Some(n) if matches!(n.value, crate::yaml::Value::Str(_)) => Host {
                name: ctx.text(n),
                ..Host::default()
            },
            Some(_) => match ctx.opt_obj(o, &HOST) {
                Some(h) => Host {
                    name: ctx.opt_text(&h, &HOST_NAME),
                    unit: ctx.opt_text(&h, &UNIT).map(|t| t.v),
                    head: ctx.opt_person(&h, &HOST_HEAD),
                },
                None => Host::default(),
            },
            None => Host::default(),
        };
        InternshipCertificate {
            teacher: ctx.opt_person(o, &TEACHER).unwrap_or_default(),
            direction: ctx.opt_text(o, &DIRECTION).map(|t| t.v),
            host,
            start: ctx.opt_date(o, &START),
            end: ctx.opt_date(o, &END),
            hours: ctx.opt_count(o, &HOURS),
            supervisor: ctx.opt_person(o, &SUPERVISOR),
            submitted: ctx.opt_date(o, &SUBMITTED),
        }
    }

    /// Dates, length, host, and the 15-day deadline; the words that
    /// depend on a gender or a position nobody told.
    fn check(&self, common: &Common, out: &mut Vec<Finding>) {
        self.check_rules(out, &common.university.own_names());
        out.extend(self.gender_finding(common.lang));
        out.extend(self.position_finding(common.lang));
        out.extend(self.teacher.department_note(common, UnitCase::Genitive));
    }

    /// The template data.
    fn data(&self, v: &View) -> Sheet<CertificateData> {
        self.view(v)
    }

    fn date(&self) -> Option<NaiveDate> {
        self.submitted.as_ref().or(self.end.as_ref()).map(|d| d.v)
    }

    fn teacher(&self) -> Option<&Person> {
        Some(&self.teacher)
    }

    fn planned(&self) -> Option<Planned<'_>> {
        Some(Planned {
            start: self.start.as_ref(),
            end: self.end.as_ref(),
            direction: self.direction.as_ref(),
        })
    }
}

impl InternshipCertificate {
    /// Dates, length, host, and the 15-day deadline.
    fn check_rules(&self, out: &mut Vec<Finding>, own: &crate::rules::OwnNames) {
        out.extend(rules::order(self.start.as_ref(), self.end.as_ref()));
        out.extend(rules::internship_length(
            self.start.as_ref(),
            self.end.as_ref(),
            self.hours.as_ref(),
        ));
        out.extend(rules::host_external(self.host.name.as_ref(), own));
        out.extend(rules::report_deadline(
            self.end.as_ref(),
            self.submitted.as_ref(),
        ));
        if let (Some(s), Some(sub)) = (&self.start, &self.submitted) {
            out.extend(rules::order(Some(s), Some(sub)));
        }
    }

    /// A warning when the printed wording depends on the teacher's gender
    /// (Russian «прошёл»/«прошла») and neither `gender` nor the name tells it.
    pub(crate) fn gender_finding(&self, lang: Lang) -> Option<Finding> {
        let name = self.teacher.name.as_ref()?;
        (lang == Lang::Ru && self.teacher.gender().is_none()).then(|| {
            Finding::new(
                crate::finding::rule::GENDER,
                name.pos,
                crate::locale::Msg::new(id::GENDER_UNKNOWN).arg("name", &name.v),
            )
        })
    }

    /// A `position` warning where the Kyrgyz sentence puts the teacher's
    /// position in the possessive and it is in Russian or unknown.
    pub(crate) fn position_finding(&self, lang: Lang) -> Option<Finding> {
        let t = &self.teacher;
        let (Some(p), Some(at), Some(_)) = (&t.position, t.position_at, &t.department) else {
            return None;
        };
        (lang == Lang::Ky).then(|| position::finding(p, position::Form::KyPossessive, at))?
    }

    /// The template data.
    fn view(&self, v: &View) -> Sheet<CertificateData> {
        let t = &self.teacher;
        let teacher = teacher_phrase(v, t);
        // A named teacher of unknown gender agrees with «Преподаватель» (and
        // is a warning, see `gender_finding`), never «прошёл(-ла)».
        let passed = match t.gender() {
            Some(Gender::Female) => v.t(id::CERTIFICATE_PASSED_F),
            // A form left blank is filled by hand for anyone: «прошёл(-ла)».
            None if t.full_name().is_empty() => v.t(id::CERTIFICATE_PASSED_BLANK),
            _ => v.t(id::CERTIFICATE_PASSED_M),
        };
        let mut host = self
            .host
            .name
            .as_ref()
            .map(|h| h.v.clone())
            .unwrap_or_else(|| v.t(id::BLANK));
        if let Some(u) = &self.host.unit {
            host = format!("{host}, {u}");
        }
        let direction = self
            .direction
            .clone()
            .unwrap_or_else(|| BLANK_DIRECTION.to_string());
        let sentence = v.ta(
            id::CERTIFICATE_BODY,
            &[
                ("teacher", &teacher),
                ("direction", &direction),
                ("period", &v.period(day(&self.start), day(&self.end))),
                ("passed", &passed),
            ],
        );
        let body = vec![
            pieces(v, &sentence),
            Para::Text(v.ta(id::CERTIFICATE_HOST, &[("host", &host)])),
            Para::Text(
                v.ta(
                    id::CERTIFICATE_HOURS,
                    &[(
                        "hours",
                        &self
                            .hours
                            .as_ref()
                            .map_or_else(|| v.t(id::BLANK_SHORT), |h| h.v.to_string()),
                    )],
                ),
            ),
        ];
        Sheet {
            title: v.t(id::CERTIFICATE_TITLE),
            approval: None,
            signatures: vec![
                // The regulation's captions stay; a position given is printed with them.
                v.signature(
                    v.role(id::SUPERVISOR, self.supervisor.as_ref()),
                    self.supervisor.as_ref(),
                    None,
                ),
                v.signature(
                    v.role(id::HOST_HEAD, self.host.head.as_ref()),
                    self.host.head.as_ref(),
                    None,
                ),
            ],
            seal: Some(v.t(id::SEAL)),
            body: CertificateData {
                body,
                date: v.date_line(v.doc_date.or(day(&self.submitted))),
            },
        }
    }
}

/// Who passed, as the sentence's subject: «Информатика кафедрасынын ага
/// окутуучусу Асанов Бакыт Жумабекович» / «Асанов Бакыт Жумабекович, доцент
/// кафедры «Информатика»,»; «Окутуучу ___» / «Преподаватель ___» when the
/// data gives no position or department, the blank a stand-in (see [`pieces`]).
fn teacher_phrase(v: &View, t: &Person) -> String {
    let name = t.full_name();
    let bare = t.position.is_none() && t.department.is_none();
    // A blank for the name alone, or for who the teacher is when nothing is
    // known: the regulation's «(аты-жөнү, кызматы, кафедрасы)».
    let name = match (name.is_empty(), bare) {
        (false, _) => name,
        (true, true) => BLANK_WHO.to_string(),
        (true, false) => BLANK_NAME.to_string(),
    };
    if bare {
        return v.ta(id::CERTIFICATE_TEACHER, &[("name", &name)]);
    }
    let position = t
        .position
        .clone()
        .unwrap_or_else(|| v.t(id::CERTIFICATE_TEACHER_WORD));
    let who = match (&t.department, v.lang) {
        // «Информатика кафедрасынын ага окутуучусу», «… кафедрасынын башчысы»;
        // a Russian position gets its Kyrgyz twin or no suffix at all.
        (Some(d), Lang::Ky) => v.ta(
            id::CERTIFICATE_OF_DEPARTMENT,
            &[
                (
                    "department",
                    &v.unit(d, Kind::Department, UnitCase::Genitive),
                ),
                ("position", &position::ky_of_department(&position).text),
            ],
        ),
        // «заведующий кафедрой «Информатика»», never «кафедрой кафедры».
        (Some(d), Lang::Ru) => match position::ru_chair(&position) {
            Some((head, case)) => format!("{head} {}", v.unit(d, Kind::Department, case)),
            None => v.ta(
                id::CERTIFICATE_OF_DEPARTMENT,
                &[
                    (
                        "department",
                        &v.unit(d, Kind::Department, UnitCase::Genitive),
                    ),
                    ("position", &position),
                ],
            ),
        },
        (None, Lang::Ky) => capitalise(&position),
        (None, Lang::Ru) => position,
    };
    v.ta(
        id::CERTIFICATE_TEACHER_AS,
        &[("who", &who), ("name", &name)],
    )
}

/// The first letter in capitals.
fn capitalise(s: &str) -> String {
    let mut cs = s.chars();
    cs.next()
        .map(|c| c.to_uppercase().chain(cs).collect())
        .unwrap_or_default()
}
