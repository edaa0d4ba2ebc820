//! What a department's folder still owes on a date, for `status`:
//! internship certificates that did not reach the "Quality of education"
//! department within 15 days of the internship's end (6.6), and teachers'
//! reports the department has not yet heard and decided on (7.1).
//!
//! - A certificate is listed when its `submitted` is more than 15 days
//!   after its end, or when it has no `submitted` and more than 15 days
//!   have passed since its end on the date asked (as far as the folder
//!   tells, it has not been handed over). One without an end is not judged.
//! - An internship of the folder's annual plan whose end is more than 15
//!   days past on the date asked, with no certificate for it in the folder
//!   (as `execution` matches them), is listed as a certificate that is
//!   absent.
//! - A report waits while no minutes in the folder name it in the
//!   `documents` of an item; a report the department returned for
//!   revision (7.1) waits again — for the revised report — and is listed
//!   with that said, unless the teacher has filed another report since.

use chrono::NaiveDate;
use serde::Serialize;

use super::Folder;
use crate::forms::day;
use crate::forms::internship_certificate::InternshipCertificate;
use crate::forms::report::Report;
use crate::rules::REPORT_DEADLINE_DAYS;

/// A certificate that did not reach the quality department in time.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct LateCertificate {
    /// The certificate's file.
    pub document: String,
    /// The teacher.
    pub teacher: String,
    /// The internship's last day.
    pub end: NaiveDate,
    /// When it reached the quality department, if it says.
    pub submitted: Option<NaiveDate>,
    /// Days from the end to `submitted` (or to the date asked, when not
    /// handed over).
    pub days: i64,
}

/// A planned internship, ended more than 15 days ago, with no certificate
/// in the folder.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct AbsentCertificate {
    /// The teacher, as the plan writes the name.
    pub teacher: String,
    /// The internship's last day, as planned.
    pub end: NaiveDate,
    /// Days from the end to the date asked.
    pub days: i64,
    /// The plan's file.
    pub plan: String,
}

/// A report waiting for the department's decision.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct WaitingReport {
    /// The report's file.
    pub document: String,
    /// The teacher.
    pub teacher: String,
    /// The report's date.
    pub date: Option<NaiveDate>,
    /// Whether the department returned it for revision (then the revised
    /// report is what is waited for).
    pub returned: bool,
}

/// What the folder still owes.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Pending {
    /// Certificates late to the quality department.
    pub certificates: Vec<LateCertificate>,
    /// Planned internships whose certificate is not in the folder.
    pub absent: Vec<AbsentCertificate>,
    /// Reports waiting for the department's decision.
    pub reports: Vec<WaitingReport>,
    /// How many certificates, reports and planned internships the folder
    /// holds.
    pub looked_at: usize,
}

impl Pending {
    /// Whether nothing is owed.
    pub fn is_empty(&self) -> bool {
        self.certificates.is_empty() && self.absent.is_empty() && self.reports.is_empty()
    }

    /// Everything owed, one [`Item`] each, in the order the table lists
    /// them: late certificates, absent certificates, then reports.
    pub fn items(&self) -> Vec<Item<'_>> {
        let certificates = self.certificates.iter().map(|c| Item {
            kind: "late-certificate",
            teacher: &c.teacher,
            document: Some(&c.document),
            plan: None,
            end: Some(c.end),
            submitted: c.submitted,
            date: None,
            days: Some(c.days),
            clause: "6.6",
        });
        let absent = self.absent.iter().map(|a| Item {
            kind: "absent-certificate",
            teacher: &a.teacher,
            document: None,
            plan: Some(&a.plan),
            end: Some(a.end),
            submitted: None,
            date: None,
            days: Some(a.days),
            clause: "6.6",
        });
        let reports = self.reports.iter().map(|r| Item {
            kind: if r.returned {
                "returned-report"
            } else {
                "waiting-report"
            },
            teacher: &r.teacher,
            document: Some(&r.document),
            plan: None,
            end: None,
            submitted: None,
            date: r.date,
            days: None,
            clause: "7.1",
        });
        certificates.chain(absent).chain(reports).collect()
    }
}

/// One thing the folder owes, in one shape for every kind (a line of
/// `status --format json`, a row of its CSV).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Item<'a> {
    /// `late-certificate` (handed over more than 15 days after the
    /// internship's end, or not yet while more than 15 days have passed),
    /// `absent-certificate` (a planned internship ended more than 15 days
    /// ago, no certificate in the folder), `waiting-report` (not yet
    /// decided on) or `returned-report` (returned for revision; the
    /// revised report is awaited).
    pub kind: &'static str,
    /// The teacher, as the document (or the plan) writes the name.
    pub teacher: &'a str,
    /// The certificate's or the report's file.
    pub document: Option<&'a str>,
    /// The plan's file, for an absent certificate.
    pub plan: Option<&'a str>,
    /// The internship's last day.
    pub end: Option<NaiveDate>,
    /// When the certificate reached the quality department, if it says.
    pub submitted: Option<NaiveDate>,
    /// The report's date.
    pub date: Option<NaiveDate>,
    /// Days from the internship's end to `submitted` (or to the date
    /// asked, when not handed over): more than 15 is late.
    #[serde(rename = "days_late")]
    pub days: Option<i64>,
    /// The regulation's clause: 6.6 for a certificate, 7.1 for a report.
    pub clause: &'static str,
}

/// What `folder` still owes on `on`.
pub fn pending(folder: &Folder, on: NaiveDate) -> Pending {
    let decisions = super::decisions(folder);
    let mut out = Pending::default();
    for (name, doc) in folder.docs() {
        let teacher = doc.teacher().map(|p| p.full_name()).unwrap_or_default();
        if let Some(c) = doc.model::<InternshipCertificate>() {
            out.looked_at += 1;
            let Some(end) = day(&c.end) else { continue };
            let submitted = day(&c.submitted);
            let days = (submitted.unwrap_or(on) - end).num_days();
            if days > REPORT_DEADLINE_DAYS {
                out.certificates.push(LateCertificate {
                    document: name.to_owned(),
                    teacher,
                    end,
                    submitted,
                    days,
                });
            }
        } else if doc.model::<Report>().is_some() {
            out.looked_at += 1;
            let returned = decisions.returned(name);
            // A returned report whose teacher has filed another report
            // since is answered by that one.
            let answered = returned
                && folder.docs().any(|(n, d)| {
                    n != name
                        && d.model::<Report>().is_some()
                        && !decisions.returned(n)
                        && folder.doc_teacher(d) == folder.doc_teacher(doc)
                });
            if (returned && !answered) || !decisions.decided(name) {
                out.reports.push(WaitingReport {
                    document: name.to_owned(),
                    teacher,
                    date: doc.common.date.as_ref().map(|d| d.v),
                    returned,
                });
            }
        }
    }
    let plans = super::execution::execution(std::slice::from_ref(folder), None, on);
    for l in plans.lines.iter().filter(|l| l.kind == Some("internship")) {
        out.looked_at += 1;
        let Some(end) = l.end else { continue };
        let days = (on - end).num_days();
        let certified = l.document.as_deref().is_some_and(|d| {
            folder
                .docs()
                .any(|(n, doc)| n == d && doc.model::<InternshipCertificate>().is_some())
        });
        if days > REPORT_DEADLINE_DAYS && !certified {
            out.absent.push(AbsentCertificate {
                teacher: l.teacher.clone(),
                end,
                days,
                plan: l.plan.clone(),
            });
        }
    }
    out
}
