//! The part of `tirkeme status` about the roster's folder: certificates
//! that did not reach the quality department within 15 days (6.6) and
//! reports still waiting for the department's decision (7.1), from the
//! library's [`tirkeme::year::pending`].

use std::fmt::Write as _;
use std::path::Path;

use chrono::NaiveDate;
use tirkeme::locale::{UiLang, id, tr};
use tirkeme::year::Folder;
use tirkeme::year::pending::Pending;

fn dmy(d: NaiveDate) -> String {
    d.format("%d.%m.%Y").to_string()
}

/// What the folder still owes, as lines for people; empty when the folder
/// holds no certificate or report at all (a roster kept on its own).
pub(crate) fn text(ui: UiLang, owed: &Pending) -> String {
    let mut out = String::new();
    if owed.looked_at == 0 {
        return out;
    }
    if owed.is_empty() {
        let _ = writeln!(out, "\n{}", tr(ui, id::PENDING_NONE, &[]));
        return out;
    }
    if !owed.certificates.is_empty() || !owed.absent.is_empty() {
        let _ = writeln!(out, "\n{}", tr(ui, id::PENDING_CERTIFICATES_HEADER, &[]));
        for c in &owed.certificates {
            let days = c.days.to_string();
            let end = dmy(c.end);
            let mut args = vec![
                ("teacher", c.teacher.as_str()),
                ("document", c.document.as_str()),
                ("end", end.as_str()),
                ("days", days.as_str()),
            ];
            let submitted = c.submitted.map(dmy);
            let line = match &submitted {
                Some(s) => {
                    args.push(("submitted", s));
                    tr(ui, id::PENDING_CERTIFICATE_LATE, &args)
                }
                None => tr(ui, id::PENDING_CERTIFICATE_MISSING, &args),
            };
            let _ = writeln!(out, "  {line}");
        }
        for a in &owed.absent {
            let line = tr(
                ui,
                id::PENDING_CERTIFICATE_ABSENT,
                &[
                    ("teacher", a.teacher.as_str()),
                    ("end", &dmy(a.end)),
                    ("days", &a.days.to_string()),
                    ("plan", a.plan.as_str()),
                ],
            );
            let _ = writeln!(out, "  {line}");
        }
    }
    if !owed.reports.is_empty() {
        let _ = writeln!(out, "\n{}", tr(ui, id::PENDING_REPORTS_HEADER, &[]));
        for r in &owed.reports {
            let args = [
                ("teacher", r.teacher.as_str()),
                ("document", r.document.as_str()),
            ];
            let line = if r.returned {
                tr(ui, id::PENDING_REPORT_RETURNED, &args)
            } else {
                tr(ui, id::PENDING_REPORT, &args)
            };
            let _ = writeln!(out, "  {line}");
        }
    }
    out
}

/// The folder of a roster file, read quietly: `status` is about the
/// roster, and a folder it cannot read only leaves this part out.
pub(crate) fn roster_folder(roster: &Path) -> Option<Folder> {
    let dir = match roster.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    Folder::read(dir).ok()
}
