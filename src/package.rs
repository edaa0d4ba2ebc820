//! A plan's package: for every row of an annual plan that sends its teacher
//! away (a course, an internship, retraining, a seminar, a conference), that
//! teacher's application (form 4) as YAML, key by key as a person would
//! write it, to be checked and rendered like a hand-written one.
//!
//! The front ends only present it: `tirkeme package` writes each YAML and its
//! PDF beside the plan's, the server puts them into one ZIP. Both name a
//! row's files by the stem of [`RowApplication::Made`], so the two packages
//! agree.

use std::path::Path;

use chrono::NaiveDate;
use serde::Serialize;

use crate::forms::Form;
use crate::forms::Person;
use crate::forms::annual_plan::{AnnualPlan, Row};
use crate::forms::application::Application;
use crate::locale::Lang;
use crate::output::safe_stem;
use crate::yaml::Text;

/// Kinds of annual-plan rows that send a teacher away and so need an application.
const SENDS_AWAY: &[&str] = &[
    "course",
    "internship",
    "retraining",
    "seminar",
    "conference",
];

/// Why a row's application could not be made.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The application could not be written as YAML (not expected: every
    /// value is a string, a date, a number or a flag).
    #[error("{0}")]
    Yaml(#[from] serde_saphyr::SerializeError),
}

/// What a row of the plan gives the package.
#[derive(Debug)]
pub enum RowApplication {
    /// The row sends its teacher away: the application's YAML.
    Made {
        /// The row's files' name after the plan's: `01-Асанов_Бакыт`
        /// (its number in the plan, two digits, and the teacher's name).
        stem: String,
        /// The application's YAML; its first line a comment naming the plan.
        yaml: String,
    },
    /// The row does not send its teacher away (an open lesson, a
    /// publication…): no application.
    Skipped,
    /// The application could not be made.
    Failed(Error),
}

/// Every row of `plan`, in order, with the application it implies, made in
/// `lang`; `source` names the plan in each application's first comment.
pub fn applications<'p>(
    plan: &'p AnnualPlan,
    source: &str,
    lang: Lang,
) -> impl Iterator<Item = (&'p Row, RowApplication)> {
    plan.teachers.iter().enumerate().map(move |(i, row)| {
        let made = match application_yaml(plan, row, source, lang) {
            Ok(Some(yaml)) => RowApplication::Made {
                stem: format!(
                    "{:02}-{}",
                    i + 1,
                    safe_stem(Path::new(&format!("{}.yaml", teacher(row))))
                ),
                yaml,
            },
            Ok(None) => RowApplication::Skipped,
            Err(e) => RowApplication::Failed(e),
        };
        (row, made)
    })
}

/// The teacher's name as the row writes it (empty when it has none).
pub fn teacher(row: &Row) -> String {
    row.name.as_ref().map(|n| n.v.clone()).unwrap_or_default()
}

/// The application's YAML that a row of an annual plan implies, when the row
/// sends its teacher away. `source` names the plan in the file's first comment.
pub fn application_yaml(
    plan: &AnnualPlan,
    row: &Row,
    source: &str,
    lang: Lang,
) -> Result<Option<String>, Error> {
    let Some(app) = ApplicationInput::of_row(plan, row, lang) else {
        return Ok(None);
    };
    let yaml = crate::yaml::to_string(&app)?;
    Ok(Some(format!("# {source}\n{yaml}")))
}

/// The input of an application (form 4), key by key as a person would
/// write it, made from a row of an annual plan. What the plan does not
/// say is left out, not written empty.
#[derive(Serialize)]
struct ApplicationInput {
    form: &'static str,
    lang: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    rector: Option<Text<String>>,
    applicant: Applicant,
    kind: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    direction: Option<Text<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    institution: Option<Text<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    start: Option<NaiveDate>,
    #[serde(skip_serializing_if = "Option::is_none")]
    end: Option<NaiveDate>,
    #[serde(skip_serializing_if = "Option::is_none")]
    hours: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    break_from_teaching: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    agreed_by: Option<AgreedBy>,
}

/// The applicant of an [`ApplicationInput`].
#[derive(Serialize)]
struct Applicant {
    name: Text<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    gender: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    department: Option<Text<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    position: Option<Text<String>>,
}

/// The agreements of an [`ApplicationInput`].
#[derive(Serialize)]
struct AgreedBy {
    #[serde(skip_serializing_if = "Option::is_none")]
    head: Option<Text<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    dean: Option<Text<String>>,
}

impl ApplicationInput {
    /// The application a row implies, when the row sends its teacher away.
    fn of_row(plan: &AnnualPlan, row: &Row, lang: Lang) -> Option<ApplicationInput> {
        let person = |p: &Option<Person>| {
            p.as_ref()
                .map(|p| p.full_name())
                .filter(|n| !n.is_empty())
                .map(Text)
        };
        let kind = row.kind().filter(|k| SENDS_AWAY.contains(k))?;
        let text = |t: &Option<String>| t.clone().map(Text);
        // The head of department and the plan's approver (the dean) agree
        // the application.
        let agreed_by = AgreedBy {
            head: person(&plan.head),
            dean: person(&plan.approver),
        };
        let agreed = agreed_by.head.is_some() || agreed_by.dean.is_some();
        Some(ApplicationInput {
            form: Application::ID,
            lang: lang.code(),
            rector: person(&plan.rector),
            applicant: Applicant {
                name: Text(teacher(row)),
                gender: row.gender.as_ref().map(|g| g.v),
                department: text(&plan.department),
                position: text(&row.position),
            },
            kind,
            direction: text(&row.direction).or_else(|| text(&row.subject)),
            institution: row.institution.as_ref().map(|i| Text(i.v.clone())),
            start: row.start.as_ref().map(|d| d.v),
            end: row.end.as_ref().map(|d| d.v),
            hours: row.hours.as_ref().map(|h| h.v),
            break_from_teaching: match row.mode.as_ref().map(|m| m.v) {
                Some("release") => Some(true),
                Some("no-release" | "online") => Some(false),
                _ => None,
            },
            agreed_by: agreed.then_some(agreed_by),
        })
    }
}
