//! The hidden `tirkeme dev-typst`: a template with hand-written data.

use tirkeme::locale::id;

use super::args::DevTypstArgs;
use super::{Cx, Error, Result, Status, store};

/// The hidden `dev-typst` command: a template with hand-written JSON data,
/// with the templates of a folder in place of the built-in ones when
/// `templates` is given. Typst's errors and warnings are printed as
/// findings.
pub(crate) fn dev_typst(cx: &Cx, args: &DevTypstArgs) -> Result<()> {
    let (form, data, output) = (
        args.form.as_str(),
        args.data.as_path(),
        args.output.as_path(),
    );
    let templates = args.templates.as_deref();
    let data = std::fs::read(data).map_err(|e| Error::io(id::IO_READ, data, e))?;
    let mut own = Vec::new();
    if let Some(dir) = templates {
        let entries = std::fs::read_dir(dir).map_err(|e| Error::io(id::IO_READ, dir, e))?;
        for path in entries.flatten().map(|e| e.path()) {
            if path.extension().is_some_and(|x| x == "typ")
                && let Some(name) = path.file_name().and_then(|n| n.to_str())
            {
                let text =
                    std::fs::read_to_string(&path).map_err(|e| Error::io(id::IO_READ, &path, e))?;
                own.push((name.to_owned(), text));
            }
        }
    }
    let job = tirkeme::engine::Job {
        form,
        data,
        source: b"form: dev\n",
        date: chrono::NaiveDate::from_ymd_opt(2025, 11, 3).unwrap_or_default(),
        archival: true,
        ident: "dev".into(),
    };
    match tirkeme::engine::render_with(job, own) {
        Ok(pdf) => {
            cx.template_findings(&pdf.warnings);
            store(cx, output, &pdf.bytes)
        }
        Err(e) => {
            cx.template_findings(&e.findings);
            Err(Error::Said(Status::Invalid))
        }
    }
}
