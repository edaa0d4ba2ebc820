//! Appendix 4: a teacher's application to the rector to be sent on a course
//! or internship (regulation 5.1, 6.4).

use crate::locale::{Id, id};
use chrono::NaiveDate;
use serde::Serialize;

use super::{Common, Examples, Person, Planned, Sheet, Signature, View, day};
use crate::fields::{self, END, Field, HOURS, START, Ty};
use crate::finding::Finding;
use crate::input::{At, Ctx, Obj};
use crate::locale::Lang;
use crate::names::complete::Place;
use crate::names::position::{self, Form};
use crate::names::unit::{Case as UnitCase, Kind};
use crate::names::{Case, ky_case, ru_case_g};
use crate::rules;

const RECTOR: Field = Field::opt("rector", Ty::Person(fields::WITH_POSITION));
const APPLICANT: Field = Field::req("applicant", Ty::Person(fields::TEACHER));
const KIND: Field = Field::opt("kind", Ty::Choice(KINDS)).desc(id::FIELD_APPLICATION_KIND);
const DIRECTION: Field = Field::opt("direction", Ty::Text);
const INSTITUTION: Field = Field::opt("institution", Ty::Text);
const BREAK: Field = Field::opt("break_from_teaching", Ty::Bool);
const HEAD: Field = Field::opt("head", Ty::Person(fields::WITH_DATE)).desc(id::FIELD_AGREE_HEAD);
const DEAN: Field = Field::opt("dean", Ty::Person(fields::WITH_DATE));
const QUALITY_HEAD: Field = Field::opt("quality_head", Ty::Person(fields::WITH_DATE));
const AGREED_BY: Field = Field::opt("agreed_by", Ty::Obj(&[HEAD, DEAN, QUALITY_HEAD]));

/// Keys of this form.
pub(crate) const FIELDS: &[Field] = &[
    RECTOR,
    APPLICANT,
    KIND,
    DIRECTION,
    INSTITUTION,
    START,
    END,
    HOURS,
    BREAK,
    AGREED_BY,
];

/// What an application may ask to be sent on.
pub(crate) const KINDS: &[&str] = &[
    "course",
    "internship",
    "seminar",
    "conference",
    "retraining",
];

/// The three agreements under an application.
#[derive(Clone, Debug, Default, PartialEq)]
pub(crate) struct Agreements {
    /// Head of department.
    pub(crate) head: Option<Person>,
    /// Dean of the faculty.
    pub(crate) dean: Option<Person>,
    /// Head of the "Quality of education" department.
    pub(crate) quality_head: Option<Person>,
}

/// An application (form 4).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Application {
    /// The rector it is addressed to.
    pub(crate) rector: Option<Person>,
    /// The teacher applying.
    pub applicant: Person,
    /// Course, internship, ...
    pub(crate) kind: Option<At<&'static str>>,
    /// The direction (subject) of the upgrading.
    pub direction: Option<String>,
    /// Where, when the data says.
    pub institution: Option<String>,
    /// First day.
    pub(crate) start: Option<At<NaiveDate>>,
    /// Last day.
    pub(crate) end: Option<At<NaiveDate>>,
    /// Hours, when known.
    pub(crate) hours: Option<At<i64>>,
    /// With a break from teaching (`true`) or without (`false`); both printed when unknown.
    pub(crate) break_from_teaching: Option<bool>,
    /// Agreements of head, dean and quality head.
    pub(crate) agreed_by: Agreements,
}

impl super::Form for Application {
    const ID: &str = "application";
    const APPENDIX: Option<u8> = Some(4);
    const LANDSCAPE: bool = false;
    const ONE_PAGE: bool = true;
    const TEMPLATE: &str = include_str!("../../forms/application.typ");
    const EXAMPLES: Examples = Examples {
        ky: include_str!("../../examples/ky/application.yaml"),
        ru: include_str!("../../examples/ru/application.yaml"),
    };
    const FIELDS: &[Field] = FIELDS;
    type Data = ApplicationData;

    /// Reads the form's keys.
    fn read(ctx: &mut Ctx<'_>, o: &Obj<'_>) -> Application {
        let agreed_by = match ctx.opt_obj(o, &AGREED_BY) {
            Some(a) => Agreements {
                head: ctx.opt_person(&a, &HEAD),
                dean: ctx.opt_person(&a, &DEAN),
                quality_head: ctx.opt_person(&a, &QUALITY_HEAD),
            },
            None => Agreements::default(),
        };
        Application {
            rector: ctx.opt_person(o, &RECTOR),
            applicant: ctx.opt_person(o, &APPLICANT).unwrap_or_default(),
            kind: ctx.opt_choice(o, &KIND),
            direction: ctx.opt_text(o, &DIRECTION).map(|t| t.v),
            institution: ctx.opt_text(o, &INSTITUTION).map(|t| t.v),
            start: ctx.opt_date(o, &START),
            end: ctx.opt_date(o, &END),
            hours: ctx.opt_count(o, &HOURS),
            break_from_teaching: ctx.opt_bool(o, &BREAK).map(|b| b.v),
            agreed_by,
        }
    }

    /// Dates in order; an internship long enough; a course long enough;
    /// the words that depend on a gender or a position nobody told.
    fn check(&self, common: &Common, out: &mut Vec<Finding>) {
        self.check_rules(out);
        out.extend(self.gender_findings(common.lang));
        out.extend(self.position_findings(common.lang));
        out.extend(self.applicant.department_note(common, UnitCase::Genitive));
        out.extend(super::View::new(common).completion_note(self.rector.as_ref(), RECTOR_PLACE));
    }

    /// The template data.
    fn data(&self, v: &View) -> Sheet<ApplicationData> {
        self.view(v)
    }

    fn date(&self) -> Option<NaiveDate> {
        day(&self.start)
    }

    fn teacher(&self) -> Option<&Person> {
        Some(&self.applicant)
    }

    fn planned(&self) -> Option<Planned<'_>> {
        Some(Planned {
            start: self.start.as_ref(),
            end: self.end.as_ref(),
            direction: self.direction.as_ref(),
        })
    }
}

impl Application {
    /// Dates in order; an internship long enough; a course long enough.
    fn check_rules(&self, out: &mut Vec<Finding>) {
        out.extend(rules::order(self.start.as_ref(), self.end.as_ref()));
        let Some(kind) = &self.kind else { return };
        match kind.v {
            "internship" => out.extend(rules::internship_length(
                self.start.as_ref(),
                self.end.as_ref(),
                self.hours.as_ref(),
            )),
            "course" => out.extend(rules::course_hours(self.hours.as_ref())),
            // An application need not state hours; when it does, they count.
            "retraining" if self.hours.is_some() => {
                out.extend(rules::retraining_hours(self.hours.as_ref(), kind.pos))
            }
            _ => {}
        }
    }

    /// Warnings about words that depend on a gender nobody told: in
    /// Russian «Ректору С.А. Киму» for a man, «Ким» for a woman.
    pub(crate) fn gender_findings(&self, lang: Lang) -> Vec<Finding> {
        if lang != Lang::Ru {
            return Vec::new();
        }
        [self.rector.as_ref(), Some(&self.applicant)]
            .into_iter()
            .flatten()
            .filter_map(|p| p.gender_finding(id::GENDER_UNKNOWN_CASE))
            .collect()
    }

    /// Warnings about the applicant's and rector's positions: written in
    /// the other language than the form's, or unknown to the lexicon and
    /// the rules; each shows what is printed.
    pub(crate) fn position_findings(&self, lang: Lang) -> Vec<Finding> {
        let mut out = Vec::new();
        let places = [
            (Some(&self.applicant), position_form(lang)),
            (self.rector.as_ref(), Form::RuDative),
        ];
        for (p, form) in places {
            let Some(p) = p else { continue };
            let (Some(text), Some(at)) = (&p.position, p.position_at) else {
                continue;
            };
            if lang == Lang::Ky && form == Form::RuDative {
                // The Kyrgyz rector line prints the position as written.
                continue;
            }
            out.extend(position::finding(text, form, at));
        }
        out
    }

    /// The template data.
    fn view(&self, v: &View) -> Sheet<ApplicationData> {
        let rector = self.rector.as_ref();
        let rector_name = rector.map(Person::short_name).unwrap_or_default();
        let applicant_name = self.applicant.short_name();
        let (rector_line, applicant_line) = match v.lang {
            Lang::Ky => (
                ky_case(&rector_name, Case::Dative),
                ky_case(&applicant_name, Case::From),
            ),
            Lang::Ru => (
                ru_case_g(&rector_name, rector.and_then(Person::gender), Case::Dative),
                ru_case_g(&applicant_name, self.applicant.gender(), Case::From),
            ),
        };
        // A line left blank carries the regulation's caption under it.
        let blank = |caption: Id<'static>| Line::Blank {
            text: String::new(),
            caption: v.t(caption),
        };
        let blank_word = v.t(id::BLANK);
        let dept_name = self.applicant.department.as_deref().unwrap_or(&blank_word);
        let mut position = match &self.applicant.position {
            Some(p) => position::word(p, position_form(v.lang)).text,
            None => v.t(id::APPLICATION_TEACHER),
        };
        let mut department = match &self.applicant.department {
            Some(d) => Some(Line::Text(v.unit(d, Kind::Department, UnitCase::Genitive))),
            None => Some(blank(id::CAPTION_DEPARTMENT)),
        };
        // «заведующего кафедрой «Информатика»», never «кафедрой кафедры»;
        // «Информатика кафедрасынын башчысы», never «кафедрасынын кафедра башчысы».
        match v.lang {
            Lang::Ru => {
                if let Some((head, case)) = position::ru_chair(&position) {
                    let named = format!("{head} {}", v.unit(dept_name, Kind::Department, case));
                    position = named;
                    department = None;
                }
            }
            Lang::Ky => {
                if let Some(p) = &self.applicant.position {
                    position = position::ky_of_department(p).text;
                }
            }
        }
        let rector_line = if rector_line.is_empty() {
            blank(id::CAPTION_NAME)
        } else {
            Line::Text(rector_line)
        };
        let applicant_line = if applicant_line.is_empty() {
            blank(id::CAPTION_NAME)
        } else {
            Line::Text(applicant_line)
        };
        // «Информатика кафедрасынын / окутуучусу» but «доцента кафедры «Информатика»».
        let (first, second) = match v.lang {
            Lang::Ky => (department, Some(Line::Text(position))),
            Lang::Ru => (Some(Line::Text(position)), department),
        };
        // «и.о. ректора» typed: «И.о. ректора ТалГУ», as «Ректору ТалГУ».
        let rector_position = match rector.and_then(|r| r.position.as_deref()) {
            Some(p) => v.completed(p, RECTOR_PLACE),
            None => v.t(id::APPLICATION_RECTOR),
        };
        let addressee: Vec<Line> = [
            Some(Line::Text(rector_position)),
            Some(rector_line),
            first,
            second,
            Some(applicant_line),
        ]
        .into_iter()
        .flatten()
        .filter(|l| !matches!(l, Line::Text(t) if t.is_empty()))
        .collect();
        let kind = match self.kind.as_ref().map(|k| k.v) {
            Some(k) => v.t(Id::built(&format!("application-kind-{k}"))),
            None => v.t(id::APPLICATION_KIND_ANY),
        };
        let release = match self.break_from_teaching {
            Some(true) => v.t(id::APPLICATION_BREAK),
            Some(false) => v.t(id::APPLICATION_NO_BREAK),
            None => v.t(id::APPLICATION_BREAK_ANY),
        };
        let direction = self.direction.clone().unwrap_or_else(|| v.t(id::BLANK));
        let mut period = v.period(day(&self.start), day(&self.end));
        if let Some(h) = &self.hours {
            let volume = v.ta(id::APPLICATION_VOLUME, &[("hours", &v.hours(h.v))]);
            period = format!("{period} {volume}");
        }
        let mut body = v.ta(
            id::APPLICATION_BODY,
            &[
                ("kind", &kind),
                ("direction", &direction),
                ("period", &period),
                ("release", &release),
            ],
        );
        // The host institution in a sentence of its own: no declension of
        // a name the form cannot know the grammar of.
        if let Some(i) = &self.institution {
            body = format!(
                "{body} {}",
                v.ta(id::APPLICATION_HOST, &[("institution", i)])
            );
        }
        let agreed = |p: &Option<Person>| {
            p.as_ref()
                .and_then(|p| p.date.as_ref())
                .map(|d| v.date_line(Some(d.v)))
        };
        let a = &self.agreed_by;
        Sheet {
            title: v.t(id::APPLICATION_TITLE),
            approval: None,
            signatures: vec![v.signature(
                v.t(id::APPLICATION_APPLICANT),
                Some(&self.applicant),
                None,
            )],
            seal: None,
            body: ApplicationData {
                heading: v.t(id::APPLICATION_TITLE),
                addressee,
                body,
                date: v.date_line(v.doc_date),
                agreements: vec![
                    v.signature(
                        v.t(id::APPLICATION_AGREE_HEAD),
                        a.head.as_ref(),
                        agreed(&a.head),
                    ),
                    v.signature(
                        v.t(id::APPLICATION_AGREE_DEAN),
                        a.dean.as_ref(),
                        agreed(&a.dean),
                    ),
                    v.signature(
                        v.t(id::APPLICATION_AGREE_QUALITY),
                        a.quality_head.as_ref(),
                        agreed(&a.quality_head),
                    ),
                ],
            },
        }
    }
}

/// The template data of an application (`forms/application.typ`), besides
/// the common keys: its `Sheet`'s `signatures` hold the applicant alone,
/// printed on the line of `date`; the agreements follow below, their
/// signature lines aligned.
#[derive(Clone, Debug, Serialize)]
pub struct ApplicationData {
    /// «БИЛДИРҮҮ» / «ЗАЯВЛЕНИЕ».
    pub(crate) heading: String,
    /// The lines of the block top right, to the rector from the applicant.
    pub(crate) addressee: Vec<Line>,
    /// The request, one paragraph.
    pub(crate) body: String,
    /// The date line, bottom left, with the applicant's signature beside it.
    pub(crate) date: String,
    /// The agreements of the head of department, the dean and the quality
    /// department's head.
    pub(crate) agreements: Vec<Signature>,
}

/// A line of the addressee block.
#[derive(Clone, Debug, Serialize)]
#[serde(untagged)]
pub(crate) enum Line {
    /// Printed as it is.
    Text(String),
    /// A line the data leaves blank: a ruled line with its caption under
    /// it («(Ф.А.А.)», «(кафедранын аталышы)»).
    Blank {
        /// Always `""`.
        text: String,
        /// The caption.
        caption: String,
    },
}

/// What the rector's line names besides a typed position: the university,
/// in the Russian dative («`Ректору ТалГУ`»).
const RECTOR_PLACE: Place<'static> = Place {
    univ: true,
    unit: None,
    dative: true,
};

/// The form of a position after «кафедрасынын» / before «кафедры».
fn position_form(lang: Lang) -> Form {
    match lang {
        Lang::Ky => Form::KyPossessive,
        Lang::Ru => Form::RuGenitive,
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod tests {
    use super::*;
    use crate::names::ky_possessive;

    #[test]
    fn positions_take_their_case() {
        assert_eq!(ky_possessive("доцент"), "доценти");
        assert_eq!(ky_possessive("профессор"), "профессору");
        assert_eq!(ky_possessive("ага окутуучу"), "ага окутуучусу");
        assert_eq!(ky_possessive("окутуучусу"), "окутуучусу");
        let ru = |p| position::word(p, Form::RuGenitive).text;
        assert_eq!(ru("доцент"), "доцента");
        assert_eq!(ru("преподаватель"), "преподавателя");
        assert_eq!(ru("старший преподаватель"), "старшего преподавателя");
    }
}
