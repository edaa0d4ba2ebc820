//! `tirkeme blank`: a form left blank, to fill in by hand.

use std::path::{Path, PathBuf};

use tirkeme::forms::FormId;
use tirkeme::locale::{Lang, id};
use tirkeme::pipeline::{self};

use super::args::BlankArgs;
use super::{Cx, Status, render_failed, store, unknown_form, write_stdout};

/// `tirkeme blank`: the form with nothing filled in, for a pen: every name,
/// date and number a line with its caption, the approval block and the
/// signatures as on a filled form. Not a draft: nothing in it is wrong, it
/// is only empty (the findings of its empty input are not shown).
pub(crate) fn blank(cx: &Cx, args: &BlankArgs) -> Status {
    let opts = cx.archival();
    let (form, lang) = (args.form.as_str(), Lang::from(args.lang));
    let Some(id) = FormId::from_id(form) else {
        let forms: Vec<&str> = FormId::ALL.iter().map(|f| f.id()).collect();
        return unknown_form(cx, form, &forms);
    };
    let source = format!("form: {}\nlang: {}\n", id.id(), lang.code());
    let checked = pipeline::check(&format!("{}.yaml", id.id()), source.into_bytes(), None);
    let Some(doc) = checked.doc() else {
        return Status::Invalid;
    };
    let out = args
        .output
        .clone()
        .unwrap_or_else(|| PathBuf::from(format!("{}.blank.{}.pdf", id.id(), lang.code())));
    let pdf = match pipeline::render(doc, &checked.bytes, opts) {
        Ok(pdf) => pdf,
        Err(e) => {
            render_failed(cx, Path::new(&checked.name), &e);
            return Status::Invalid;
        }
    };
    cx.template_findings(&pdf.warnings);
    if out == Path::new("-") {
        return write_stdout(cx, &pdf.bytes);
    }
    let status = store(cx, &out, &pdf.bytes);
    if status == Status::Ok {
        cx.say(id::RENDERED, &[("path", &out.display().to_string())]);
    }
    status
}
