//! `tirkeme package`: an annual plan and the application of every teacher
//! it sends away ([`tirkeme::package`] makes them; this writes and renders).

use std::path::Path;

use tirkeme::diagnostics::{self, Format};
use tirkeme::finding::has_errors;
use tirkeme::forms::annual_plan::AnnualPlan;
use tirkeme::locale::id;
use tirkeme::output::safe_stem;
use tirkeme::package::RowApplication;
use tirkeme::pipeline::{self};

use super::args::PackageArgs;
use super::{Cx, Error, Status, check_file, output_dir, render_checked, store};

/// `tirkeme package`: the annual plan and, for every row that sends a
/// teacher away, that teacher's application, made as YAML (kept beside the
/// PDFs, to edit and re-render) and rendered through the same checks as a
/// hand-written one.
pub(crate) fn package(cx: &Cx, args: &PackageArgs) -> Status {
    let (plan_path, dir, lang) = (args.plan.as_path(), args.output.as_path(), args.lang.get());
    // PDF/A: a package has no `--plain`.
    let opts = cx.archival();
    let checked = match check_file(cx, plan_path, lang, Format::Human) {
        Ok(c) => c,
        Err(e) => return cx.report(e),
    };
    let Some(doc) = checked.doc().filter(|_| !has_errors(&checked.findings)) else {
        return cx.report(Error::invalid(id::NOT_RENDERED, plan_path));
    };
    let Some(plan) = doc.model::<AnnualPlan>() else {
        return cx.report(Error::at(id::PACKAGE_NOT_PLAN, plan_path));
    };
    if let Err(e) = output_dir(dir) {
        return cx.report(e);
    }
    let lang = doc.common.lang;
    let stem = safe_stem(plan_path);
    let plan_out = dir.join(format!("{stem}.{}.pdf", lang.code()));
    let mut status = match render_checked(cx, &checked, plan_path, &plan_out, opts) {
        Ok(()) => {
            cx.say(id::RENDERED, &[("path", &plan_out.display().to_string())]);
            Status::Ok
        }
        Err(e) => cx.report(e),
    };
    // Teachers the plan does not send away, and applications not made:
    // named in the summary, never silently left out.
    let (mut skipped, mut failed, mut made) = (Vec::new(), Vec::new(), 0usize);
    for (row, app) in tirkeme::package::applications(plan, &plan_path.display().to_string(), lang) {
        let name = tirkeme::package::teacher(row);
        let (row_stem, y) = match app {
            RowApplication::Made { stem, yaml } => (stem, yaml),
            RowApplication::Skipped => {
                skipped.push(format!(
                    "{} ({})",
                    if name.is_empty() { "—" } else { &name },
                    row.kind().unwrap_or("—")
                ));
                continue;
            }
            RowApplication::Failed(e) => {
                failed.push(format!("{name}: {e}"));
                continue;
            }
        };
        let app_stem = format!("{stem}-{row_stem}");
        let yaml_path = dir.join(format!("{app_stem}.yaml"));
        if let Err(e) = store(cx, &yaml_path, y.as_bytes()) {
            cx.report(e);
            failed.push(yaml_path.display().to_string());
            package_summary(cx, plan_path, made, &skipped, &failed);
            return Status::Io;
        }
        let app = pipeline::check(&yaml_path.display().to_string(), y.into_bytes(), Some(lang));
        let _ = diagnostics::print(&app.name, &app.text, &app.findings, Format::Human, cx.ui);
        let out = dir.join(format!("{app_stem}.{}.pdf", lang.code()));
        match render_checked(cx, &app, &yaml_path, &out, opts) {
            Ok(()) => {
                cx.say(id::RENDERED, &[("path", &out.display().to_string())]);
                made += 1;
            }
            Err(e) => {
                status = status.max(cx.report(e));
                failed.push(yaml_path.display().to_string());
            }
        }
    }
    package_summary(cx, plan_path, made, &skipped, &failed);
    status
}

/// What `package` made, whom it skipped and what failed.
fn package_summary(cx: &Cx, plan: &Path, made: usize, skipped: &[String], failed: &[String]) {
    cx.say(
        id::PACKAGE_SUMMARY,
        &[
            ("plan", &plan.display().to_string()),
            ("made", &made.to_string()),
        ],
    );
    if !skipped.is_empty() {
        cx.say(id::PACKAGE_SKIPPED, &[("names", &skipped.join(", "))]);
    }
    if !failed.is_empty() {
        cx.say(id::PACKAGE_FAILED, &[("files", &failed.join(", "))]);
    }
}
