//! `tirkeme render`: one input to one PDF (or, with `--draft`, a draft
//! whatever the findings), and the rendering every other command shares.

use std::path::{Path, PathBuf};

use tirkeme::diagnostics::Format;
use tirkeme::finding::Severity;
use tirkeme::locale::{Lang, Msg, id};
use tirkeme::output::{safe_stem, same_file};
use tirkeme::pipeline::{self, Checked, RenderOptions};

use super::args::RenderArgs;
use super::{Cx, Error, Result, Status, check_file, store, write_stdout, yaml_txt};

/// The default output of `render`: beside the input, `<stem>.<lang>.pdf`.
fn default_output(input: &Path, lang: Lang) -> PathBuf {
    let dir = input.parent().unwrap_or(Path::new(""));
    dir.join(format!("{}.{}.pdf", safe_stem(input), lang.code()))
}

/// Renders a checked input and writes it atomically.
pub(crate) fn render_checked(
    cx: &Cx,
    checked: &Checked,
    input: &Path,
    out: &Path,
    opts: RenderOptions,
) -> Result<()> {
    let pdf = produce(cx, checked, input, out, opts)?;
    store(cx, out, &pdf)
}

/// Renders a checked input, or gives why it is not rendered (Typst's own
/// findings, if any, printed).
pub(crate) fn produce(
    cx: &Cx,
    checked: &Checked,
    input: &Path,
    out: &Path,
    opts: RenderOptions,
) -> Result<Vec<u8>> {
    let Some(doc) = checked.doc().filter(|_| checked.ok()) else {
        return Err(Error::invalid(id::NOT_RENDERED, input));
    };
    if same_file(input, out) {
        return Err(Error::at(id::IO_SAME_FILE, out));
    }
    match pipeline::render(doc, &checked.bytes, opts) {
        Ok(pdf) => {
            cx.template_findings(&pdf.warnings);
            Ok(pdf.bytes)
        }
        Err(e) => Err(render_failed(cx, input, &e)),
    }
}

/// An input's form could not be laid out: prints Typst's findings and
/// gives the error naming the input.
pub(crate) fn render_failed(cx: &Cx, input: &Path, e: &tirkeme::engine::EngineError) -> Error {
    cx.template_findings(&e.findings);
    Error::Msg(
        Msg::new(id::RENDER_FAILED)
            .arg("path", input.display())
            .arg("detail", e),
        Status::Invalid,
    )
}

/// `tirkeme render`.
pub(crate) fn render(cx: &Cx, args: RenderArgs) -> Result<()> {
    let RenderArgs {
        file,
        output,
        print,
        draft,
    } = args;
    let (file, lang, opts) = (file.as_path(), print.lang.get(), print.pdf(cx.date));
    if let Some(fixed) = yaml_txt(file) {
        cx.say(
            id::YAML_TXT_READ,
            &[
                ("path", &file.display().to_string()),
                ("fixed", &fixed.display().to_string()),
            ],
        );
    }
    let checked = check_file(cx, file, lang, Format::Human)?;
    let lang = checked.doc().map_or(Lang::Ky, |d| d.common.lang);
    // `-o -`: the PDF goes to standard output.
    if output.as_deref() == Some(Path::new("-")) {
        let pdf = produce(cx, &checked, file, Path::new("-"), opts)?;
        return write_stdout(&pdf);
    }
    // `-o` may name a folder: the PDF then takes its usual name inside it.
    let out = match output {
        Some(dir) if dir.is_dir() => dir.join(format!("{}.{}.pdf", safe_stem(file), lang.code())),
        Some(path) => path,
        None => default_output(file, lang),
    };
    if draft {
        render_draft(cx, &checked, file, &out, opts.date)?;
    } else {
        render_checked(cx, &checked, file, &out, opts)?;
    }
    cx.say(id::RENDERED, &[("path", &out.display().to_string())]);
    Ok(())
}

/// `render --draft`: the form printed whatever the findings (they are
/// shown above), every page marked as a draft; exit 0 once written. Only a
/// file that cannot be read as a form at all is refused.
fn render_draft(
    cx: &Cx,
    checked: &Checked,
    input: &Path,
    out: &Path,
    date: Option<chrono::NaiveDate>,
) -> Result<()> {
    let Some(doc) = checked.doc() else {
        return Err(Error::invalid(id::NOT_RENDERED, input));
    };
    if same_file(input, out) {
        return Err(Error::at(id::IO_SAME_FILE, out));
    }
    let errors = checked
        .findings
        .iter()
        .filter(|f| f.severity == Severity::Error)
        .count();
    if errors > 0 {
        cx.say(
            id::DRAFT_DESPITE,
            &[
                ("path", &input.display().to_string()),
                ("errors", &errors.to_string()),
            ],
        );
    }
    match pipeline::render_draft(doc, &checked.bytes, date) {
        Ok(pdf) => {
            cx.template_findings(&pdf.warnings);
            store(cx, out, &pdf.bytes)
        }
        Err(e) => Err(render_failed(cx, input, &e)),
    }
}
