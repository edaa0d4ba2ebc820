//! Appendix 4: a teacher's application to the rector to be sent on a course
//! or internship (regulation 5.1, 6.4).

use chrono::NaiveDate;
use serde_json::{Value as Json, json};

use super::{Person, View, day};
use crate::finding::Finding;
use crate::input::{At, Ctx, Obj};
use crate::locale::Lang;
use crate::names::{Case, ky_case, ky_possessive, ru_case_g};
use crate::rules;

/// Keys of this form.
pub const KEYS: &[&str] = &[
    "rector",
    "applicant",
    "kind",
    "direction",
    "institution",
    "start",
    "end",
    "hours",
    "break_from_teaching",
    "agreed_by",
];

/// What an application may ask to be sent on.
pub const KINDS: &[&str] = &[
    "course",
    "internship",
    "seminar",
    "conference",
    "retraining",
];

/// The three agreements under an application.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Agreements {
    /// Head of department.
    pub head: Option<Person>,
    /// Dean of the faculty.
    pub dean: Option<Person>,
    /// Head of the "Quality of education" department.
    pub quality_head: Option<Person>,
}

/// An application (form 4).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Application {
    /// The rector it is addressed to.
    pub rector: Option<Person>,
    /// The teacher applying.
    pub applicant: Person,
    /// Course, internship, ...
    pub kind: Option<At<&'static str>>,
    /// The direction (subject) of the upgrading.
    pub direction: Option<String>,
    /// Where, when the data says.
    pub institution: Option<String>,
    /// First day.
    pub start: Option<At<NaiveDate>>,
    /// Last day.
    pub end: Option<At<NaiveDate>>,
    /// Hours, when known.
    pub hours: Option<At<i64>>,
    /// With a break from teaching (`true`) or without (`false`); both printed when unknown.
    pub break_from_teaching: Option<bool>,
    /// Agreements of head, dean and quality head.
    pub agreed_by: Agreements,
}

impl Application {
    /// Reads the form's keys.
    pub fn read(ctx: &mut Ctx<'_>, o: &Obj<'_>) -> Application {
        let applicant = match ctx.req(o, "applicant") {
            Some(n) => ctx.person(n, &["position", "department"]),
            None => Person::default(),
        };
        let agreed_by = match o
            .get("agreed_by")
            .and_then(|n| ctx.obj(n, &["head", "dean", "quality_head"]))
        {
            Some(a) => Agreements {
                head: ctx.opt_person(&a, "head", &["date"]),
                dean: ctx.opt_person(&a, "dean", &["date"]),
                quality_head: ctx.opt_person(&a, "quality_head", &["date"]),
            },
            None => Agreements::default(),
        };
        Application {
            rector: ctx.opt_person(o, "rector", &["position"]),
            applicant,
            kind: ctx.opt_choice(o, "kind", KINDS),
            direction: ctx.opt_text(o, "direction").map(|t| t.v),
            institution: ctx.opt_text(o, "institution").map(|t| t.v),
            start: ctx.opt_date(o, "start"),
            end: ctx.opt_date(o, "end"),
            hours: ctx.opt_count(o, "hours"),
            break_from_teaching: ctx.opt_bool(o, "break_from_teaching").map(|b| b.v),
            agreed_by,
        }
    }

    /// Dates in order; an internship long enough; a course long enough.
    pub fn check(&self, out: &mut Vec<Finding>) {
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
    pub fn gender_findings(&self, lang: Lang) -> Vec<Finding> {
        if lang != Lang::Ru {
            return Vec::new();
        }
        [self.rector.as_ref(), Some(&self.applicant)]
            .into_iter()
            .flatten()
            .filter_map(|p| p.gender_finding("gender-unknown-case"))
            .collect()
    }

    /// The template data.
    pub fn view(&self, v: &View) -> Json {
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
        let department = self
            .applicant
            .department
            .clone()
            .unwrap_or_else(|| v.t("blank"));
        let position = match (&self.applicant.position, v.lang) {
            (Some(p), Lang::Ky) => ky_possessive(p),
            (Some(p), Lang::Ru) => ru_genitive(p),
            (None, _) => v.t("application-teacher"),
        };
        let department = v.ta("application-department", &[("department", &department)]);
        let rector_line = if rector_line.is_empty() {
            v.t("blank")
        } else {
            rector_line
        };
        let applicant_line = if applicant_line.is_empty() {
            v.t("blank")
        } else {
            applicant_line
        };
        // «Информатика кафедрасынын / окутуучусу» but «доцента кафедры «Информатика»».
        let (first, second) = match v.lang {
            Lang::Ky => (department, position),
            Lang::Ru => (position, department),
        };
        let addressee = vec![
            v.position_or(rector, "application-rector", &[]),
            rector_line,
            first,
            second,
            applicant_line,
        ];
        let kind = match self.kind.as_ref().map(|k| k.v) {
            Some(k) => v.t(&format!("application-kind-{k}")),
            None => v.t("application-kind-any"),
        };
        let kind = match &self.institution {
            Some(i) => v.ta(
                "application-kind-at",
                &[("kind", &kind), ("institution", i)],
            ),
            None => kind,
        };
        let release = match self.break_from_teaching {
            Some(true) => v.t("application-break"),
            Some(false) => v.t("application-no-break"),
            None => v.t("application-break-any"),
        };
        let direction = self.direction.clone().unwrap_or_else(|| v.t("blank"));
        let body = v.ta(
            "application-body",
            &[
                ("kind", &kind),
                ("direction", &direction),
                ("period", &v.period(day(&self.start), day(&self.end))),
                ("release", &release),
            ],
        );
        let a = &self.agreed_by;
        json!({
            "title": v.t("application-title"),
            "heading": v.t("application-title"),
            "addressee": addressee,
            "body": body,
            "date": v.date_line(v.doc_date),
            "signatures": [v.signature(v.t("application-applicant"), Some(&self.applicant), None)],
            "agreements": [
                v.signature(v.t("application-agree-head"), a.head.as_ref(), None),
                v.signature(v.t("application-agree-dean"), a.dean.as_ref(), None),
                v.signature(v.t("application-agree-quality"), a.quality_head.as_ref(), None),
            ],
        })
    }
}

/// «доцент» → «доцента», «преподаватель» → «преподавателя»; longer
/// positions are left as written rather than declined wrongly.
fn ru_genitive(position: &str) -> String {
    if position.contains(' ') {
        return position.to_owned();
    }
    if let Some(stem) = position.strip_suffix('ь') {
        return format!("{stem}я");
    }
    match position.chars().last() {
        Some(c)
            if !"аеёиоуыэюяй".contains(c.to_lowercase().next().unwrap_or(c))
                && c.is_alphabetic() =>
        {
            format!("{position}а")
        }
        _ => position.to_owned(),
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod tests {
    use super::*;

    #[test]
    fn positions_take_their_case() {
        assert_eq!(ky_possessive("доцент"), "доценти");
        assert_eq!(ky_possessive("профессор"), "профессору");
        assert_eq!(ky_possessive("ага окутуучу"), "ага окутуучусу");
        assert_eq!(ky_possessive("окутуучусу"), "окутуучусу");
        assert_eq!(ru_genitive("доцент"), "доцента");
        assert_eq!(ru_genitive("преподаватель"), "преподавателя");
        assert_eq!(
            ru_genitive("старший преподаватель"),
            "старший преподаватель"
        );
    }
}
