//! `tirkeme blank`: a form left blank, to fill in by hand.

use std::path::{Path, PathBuf};

use tirkeme::forms::FormId;
use tirkeme::locale::{Lang, id};
use tirkeme::pipeline::{self};

use super::args::BlankArgs;
use super::{Cx, Error, Result, Status, render_failed, store, unknown_form, write_stdout};

/// `tirkeme blank`: the form with nothing filled in, for a pen: every name,
/// date and number a line with its caption, the approval block and the
/// signatures as on a filled form. Not a draft: nothing in it is wrong, it
/// is only empty (the findings of its empty input are not shown).
pub(crate) fn blank(cx: &Cx, args: &BlankArgs) -> Result<()> {
    let opts = cx.archival();
    let (form, lang) = (args.form.as_str(), Lang::from(args.lang));
    let Some(id) = FormId::from_id(form) else {
        let forms: Vec<&str> = FormId::ALL.iter().map(|f| f.id()).collect();
        return Err(unknown_form(form, &forms));
    };
    let source = format!("form: {}\nlang: {}\n", id.id(), lang.code());
    let checked = pipeline::check(&format!("{}.yaml", id.id()), source.into_bytes(), None);
    let Some(doc) = checked.doc() else {
        return Err(Error::Said(Status::Invalid));
    };
    let out = args
        .output
        .clone()
        .unwrap_or_else(|| PathBuf::from(format!("{}.blank.{}.pdf", id.id(), lang.code())));
    let pdf = pipeline::render(doc, &checked.bytes, opts)
        .map_err(|e| render_failed(cx, Path::new(&checked.name), &e))?;
    cx.template_findings(&pdf.warnings);
    if out == Path::new("-") {
        return write_stdout(&pdf.bytes);
    }
    store(cx, &out, &pdf.bytes)?;
    cx.say(id::RENDERED, &[("path", &out.display().to_string())]);
    Ok(())
}
