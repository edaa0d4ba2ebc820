//! The minutes checked against the documents checked with them (`check`
//! over a folder, the page's check against the folder): each name in an
//! item's `documents` is one of those documents, and of the kind its
//! `decision` decides on. A misspelt name would leave the document
//! undecided for the next drafted minutes and for `execution`, a report
//! returned under the wrong name would still count as done; both are said
//! where the name is written (rule `minutes-documents`, a warning: the
//! extract itself prints as it is).
//!
//! Only when the minutes are checked together with other documents: the
//! minutes alone say nothing about a folder.

use crate::finding::{Finding, Label};
use crate::forms::Document;
use crate::forms::annual_plan::AnnualPlan;
use crate::forms::internship_certificate::InternshipCertificate;
use crate::forms::internship_program::InternshipProgram;
use crate::forms::minutes::Minutes;
use crate::forms::minutes::rule;
use crate::forms::perspective_plan::PerspectivePlan;
use crate::forms::report::Report;
use crate::locale::{Msg, id};
use crate::pipeline::Checked;

use super::doc_key;

/// The kinds of document a decision decides on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Plan,
    Program,
    Report,
    Certificate,
    Other,
}

fn kind(doc: &Document) -> Kind {
    if doc.model::<AnnualPlan>().is_some() || doc.model::<PerspectivePlan>().is_some() {
        Kind::Plan
    } else if doc.model::<InternshipProgram>().is_some() {
        Kind::Program
    } else if doc.model::<Report>().is_some() {
        Kind::Report
    } else if doc.model::<InternshipCertificate>().is_some() {
        Kind::Certificate
    } else {
        Kind::Other
    }
}

/// Whether `decision` decides on a document of kind `k`: approving a
/// report or an internship's results may name its report and its
/// certificate together (they are heard together); returning one names the
/// report.
fn fits(decision: &str, k: Kind) -> bool {
    match decision {
        "approve-plan" => k == Kind::Plan,
        "approve-program" => k == Kind::Program,
        "return-report" => k == Kind::Report,
        "approve-report" | "approve-internship" => matches!(k, Kind::Report | Kind::Certificate),
        _ => true,
    }
}

/// A file name as a folder lists it: the last part of the path given.
fn file_name(name: &str) -> &str {
    name.rsplit(['/', '\\']).next().unwrap_or(name)
}

/// For each minutes among `read` that has findings: its index and them.
pub fn minutes_against_documents(read: &[Checked]) -> Vec<(usize, Vec<Finding>)> {
    if read.len() < 2 {
        return Vec::new();
    }
    let docs: Vec<(&str, &Document)> = read
        .iter()
        .filter_map(|c| Some((c.name.as_str(), c.doc()?)))
        .collect();
    read.iter()
        .enumerate()
        .filter_map(|(i, c)| {
            let found = named(c.doc()?, &docs);
            (!found.is_empty()).then_some((i, found))
        })
        .collect()
}

/// Whether a document is minutes (the only form checked here).
pub fn is_minutes(doc: &Document) -> bool {
    doc.model::<Minutes>().is_some()
}

/// The findings of one document checked against the rest of its folder
/// (the page's check of the form being edited): none unless it is minutes.
pub fn minutes_in_folder(doc: &Document, others: &[(&str, &Document)]) -> Vec<Finding> {
    named(doc, others)
}

/// What is wrong with the documents `doc` names, when it is minutes,
/// among `docs` (which may hold `doc` itself: minutes name no minutes).
fn named(doc: &Document, docs: &[(&str, &Document)]) -> Vec<Finding> {
    let Some(m) = doc.model::<Minutes>() else {
        return Vec::new();
    };
    let mut found = Vec::new();
    for item in &m.items {
        for named in &item.documents {
            let key = doc_key(&named.v);
            let Some((_, doc)) = docs.iter().find(|(n, _)| doc_key(file_name(n)) == key) else {
                found.push(Finding::new(
                    rule::MINUTES_DOCUMENTS,
                    named.pos,
                    Msg::new(id::MINUTES_DOCUMENT_ABSENT).arg("document", &named.v),
                ));
                continue;
            };
            let Some(decision) = &item.decision else {
                continue;
            };
            if !fits(decision.v, kind(doc)) {
                found.push(
                    Finding::new(
                        rule::MINUTES_DOCUMENTS,
                        named.pos,
                        Msg::new(id::MINUTES_DOCUMENT_KIND)
                            .arg("document", &named.v)
                            .arg("decision", decision.v),
                    )
                    .with_label(Label::new(
                        decision.pos,
                        Msg::new(id::LABEL_MINUTES_DECISION),
                    )),
                );
            }
        }
    }
    found
}
