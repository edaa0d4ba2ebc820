//! `tirkeme render`: one input to one PDF (or, with `--draft`, a draft
//! whatever the findings), and the rendering every other command shares.

use std::path::{Path, PathBuf};

use tirkeme::diagnostics::Format;
use tirkeme::finding::Severity;
use tirkeme::locale::{Lang, id};
use tirkeme::output::{safe_stem, same_file};
use tirkeme::pipeline::{self, Checked, RenderOptions};

use super::args::RenderArgs;
use super::{Cx, Status, check_file, store, write_stdout, yaml_txt};

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
) -> Status {
    match produce(cx, checked, input, out, opts) {
        Ok(pdf) => store(cx, out, &pdf),
        Err(s) => s,
    }
}

/// Renders a checked input, or says why it is not rendered.
pub(crate) fn produce(
    cx: &Cx,
    checked: &Checked,
    input: &Path,
    out: &Path,
    opts: RenderOptions,
) -> Result<Vec<u8>, Status> {
    let Some(doc) = checked.doc().filter(|_| checked.ok()) else {
        cx.say(id::NOT_RENDERED, &[("path", &input.display().to_string())]);
        return Err(Status::Invalid);
    };
    if same_file(input, out) {
        cx.say(id::IO_SAME_FILE, &[("path", &out.display().to_string())]);
        return Err(Status::Io);
    }
    match pipeline::render(doc, &checked.bytes, opts) {
        Ok(pdf) => {
            cx.template_findings(&pdf.warnings);
            Ok(pdf.bytes)
        }
        Err(e) => {
            render_failed(cx, input, &e);
            Err(Status::Invalid)
        }
    }
}

/// Says that an input's form could not be laid out: Typst's findings, then
/// the line naming the input.
pub(crate) fn render_failed(cx: &Cx, input: &Path, e: &tirkeme::engine::EngineError) {
    cx.template_findings(&e.findings);
    cx.say(
        id::RENDER_FAILED,
        &[
            ("path", &input.display().to_string()),
            ("detail", &e.to_string()),
        ],
    );
}

/// `tirkeme render`.
pub(crate) fn render(cx: &Cx, args: RenderArgs) -> Status {
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
    let checked = match check_file(cx, file, lang, Format::Human) {
        Ok(c) => c,
        Err(s) => return s,
    };
    let lang = checked.doc().map_or(Lang::Ky, |d| d.common.lang);
    // `-o -`: the PDF goes to standard output.
    if output.as_deref() == Some(Path::new("-")) {
        return match produce(cx, &checked, file, Path::new("-"), opts) {
            Ok(pdf) => write_stdout(cx, &pdf),
            Err(s) => s,
        };
    }
    // `-o` may name a folder: the PDF then takes its usual name inside it.
    let out = match output {
        Some(dir) if dir.is_dir() => dir.join(format!("{}.{}.pdf", safe_stem(file), lang.code())),
        Some(path) => path,
        None => default_output(file, lang),
    };
    let status = if draft {
        render_draft(cx, &checked, file, &out, opts.date)
    } else {
        render_checked(cx, &checked, file, &out, opts)
    };
    if status == Status::Ok {
        cx.say(id::RENDERED, &[("path", &out.display().to_string())]);
    }
    status
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
) -> Status {
    let Some(doc) = checked.doc() else {
        cx.say(id::NOT_RENDERED, &[("path", &input.display().to_string())]);
        return Status::Invalid;
    };
    if same_file(input, out) {
        cx.say(id::IO_SAME_FILE, &[("path", &out.display().to_string())]);
        return Status::Io;
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
        Err(e) => {
            render_failed(cx, input, &e);
            Status::Invalid
        }
    }
}
