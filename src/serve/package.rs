//! A plan's package as one ZIP: the annual plan's PDF and, for every teacher
//! it sends away, the application as YAML (to edit and render again) and PDF,
//! made by the same code as `tirkeme package`.

use std::io::Write;
use tirkeme::locale::id;

use serde_json::{Value, json};
use tirkeme::forms::annual_plan::AnnualPlan;
use tirkeme::locale::{Lang, UiLang, tr};
use tirkeme::package::RowApplication;
use tirkeme::pipeline::{self, RenderOptions};
use zip::write::SimpleFileOptions;

/// Why no package is made.
pub(crate) enum Refused {
    /// The plan or an application has errors: the findings.
    Invalid(Value),
    /// Not an annual plan, or a render failed: a message.
    Other(String),
}

/// The ZIP of an annual plan's package and its file name.
pub(crate) fn zip(
    bytes: Vec<u8>,
    lang: Option<Lang>,
    ui: UiLang,
    opts: RenderOptions,
) -> Result<(Vec<u8>, String), Refused> {
    let findings = |c: &pipeline::Checked| {
        let list: Vec<Value> = c
            .findings
            .iter()
            .map(|f| {
                json!({
                    "line": f.pos.line,
                    "column": f.pos.column,
                    "severity": f.severity.as_str(),
                    "rule": f.rule.id,
                    "clause": f.rule.clause,
                    "message": f.message(ui),
                })
            })
            .collect();
        json!({ "findings": list })
    };
    let checked = pipeline::check("annual-plan.yaml", bytes, lang);
    let Some(doc) = checked.doc().filter(|_| checked.ok()) else {
        return Err(Refused::Invalid(findings(&checked)));
    };
    let Some(plan) = doc.model::<AnnualPlan>() else {
        return Err(Refused::Other(tr(
            ui,
            id::PACKAGE_NOT_PLAN,
            &[("path", "annual-plan.yaml")],
        )));
    };
    let lang = doc.common.lang;
    let failed = |e: tirkeme::engine::EngineError| {
        Refused::Other(tr(
            ui,
            id::SERVE_RENDER_FAILED,
            &[("detail", &e.to_string())],
        ))
    };
    let zip_failed = |e: zip::result::ZipError| Refused::Other(e.to_string());
    let io_failed = |e: std::io::Error| Refused::Other(e.to_string());
    let mut files: Vec<(String, Vec<u8>)> = Vec::new();
    let plan_pdf = pipeline::render(doc, &checked.bytes, opts).map_err(failed)?;
    crate::report::template_findings(ui, &plan_pdf.warnings);
    files.push((format!("annual-plan.{}.pdf", lang.code()), plan_pdf.bytes));
    for (_, made) in tirkeme::package::applications(plan, "annual-plan.yaml", lang) {
        let (stem, yaml) = match made {
            RowApplication::Made { stem, yaml } => (stem, yaml),
            RowApplication::Skipped => continue,
            RowApplication::Failed(e) => return Err(Refused::Other(e.to_string())),
        };
        let name = format!("annual-plan-{stem}");
        let app = pipeline::check(&format!("{name}.yaml"), yaml.into_bytes(), Some(lang));
        let Some(app_doc) = app.doc().filter(|_| app.ok()) else {
            // The application's own findings, so the page can show what to fix.
            files.push((format!("{name}.yaml"), app.bytes.clone()));
            continue;
        };
        let pdf = pipeline::render(app_doc, &app.bytes, opts).map_err(failed)?;
        files.push((format!("{name}.yaml"), app.bytes.clone()));
        crate::report::template_findings(ui, &pdf.warnings);
        files.push((format!("{name}.{}.pdf", lang.code()), pdf.bytes));
    }
    let mut out = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .last_modified_time(zip::DateTime::default());
    for (name, bytes) in &files {
        out.start_file(name.as_str(), options).map_err(zip_failed)?;
        out.write_all(bytes).map_err(io_failed)?;
    }
    let cursor = out.finish().map_err(zip_failed)?;
    Ok((
        cursor.into_inner(),
        format!("annual-plan.{}.zip", lang.code()),
    ))
}
