//! The subcommands. Each returns a [`Status`]; `main` turns it into the exit
//! code (SPEC §4: 0 done, 1 invalid input or failed render, 2 usage or I/O).

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};

use tirkeme::diagnostics::{self, Format, Stream};
use tirkeme::finding::{Severity, rule};
use tirkeme::forms::FormId;
use tirkeme::locale::{Lang, UiLang, tr};
use tirkeme::output::{safe_stem, same_file, write_atomic};
use tirkeme::pipeline::{self, Checked, RenderOptions};

use crate::FormatArg;

mod batch;
mod extract;
pub(crate) mod help;

pub(crate) use batch::{batch, package};
pub(crate) use extract::extract;

/// How a command ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Status {
    /// Done (warnings allowed).
    Ok,
    /// Invalid input or a failed render.
    Invalid,
    /// Usage or I/O error.
    Io,
}

impl Status {
    /// The process exit code.
    pub(crate) fn code(self) -> u8 {
        match self {
            Status::Ok => 0,
            Status::Invalid => 1,
            Status::Io => 2,
        }
    }
}

/// Prints a message of the tool to standard error.
pub(crate) fn say(ui: UiLang, id: &str, args: &[(&str, &str)]) {
    eprintln!("{}", tr(ui, id, args));
}

/// Reads an input file, or reports why not. At most one byte more than the
/// size limit is read: enough for the check to refuse a huge file.
pub(crate) fn read_input(ui: UiLang, path: &Path) -> Result<Vec<u8>, Status> {
    use std::io::Read;
    let fail = |e: std::io::Error| io_error(ui, "io-read", path, e);
    if path.is_dir() {
        return Err(fail(std::io::ErrorKind::IsADirectory.into()));
    }
    if !path.exists() && path.parent().is_none_or(Path::exists) {
        return Err(batch::not_found(ui, path));
    }
    let file = std::fs::File::open(path).map_err(fail)?;
    let mut bytes = Vec::new();
    file.take(tirkeme::yaml::MAX_INPUT_BYTES as u64 + 1)
        .read_to_end(&mut bytes)
        .map_err(fail)?;
    Ok(bytes)
}

/// Checks an input file and prints its findings.
pub(crate) fn check_file(
    ui: UiLang,
    path: &Path,
    lang: Option<Lang>,
    format: Format,
) -> Result<Checked, Status> {
    let bytes = read_input(ui, path)?;
    let name = path.display().to_string();
    let checked = pipeline::check(&name, bytes, lang);
    diagnostics::print(&name, &checked.text, &checked.findings, format, ui);
    Ok(checked)
}

/// The default output of `render`: beside the input, `<stem>.<lang>.pdf`.
fn default_output(input: &Path, lang: Lang) -> PathBuf {
    let dir = input.parent().unwrap_or(Path::new(""));
    dir.join(format!("{}.{}.pdf", safe_stem(input), lang.code()))
}

/// Renders a checked input and writes it atomically.
pub(crate) fn render_checked(
    ui: UiLang,
    checked: &Checked,
    input: &Path,
    out: &Path,
    plain: bool,
) -> Status {
    match produce(ui, checked, input, out, plain) {
        Ok(pdf) => store(ui, out, &pdf),
        Err(s) => s,
    }
}

/// Renders a checked input, or says why it is not rendered.
pub(crate) fn produce(
    ui: UiLang,
    checked: &Checked,
    input: &Path,
    out: &Path,
    plain: bool,
) -> Result<Vec<u8>, Status> {
    let Some(doc) = checked.doc.as_ref().filter(|_| checked.ok()) else {
        say(
            ui,
            "not-rendered",
            &[("path", &input.display().to_string())],
        );
        return Err(Status::Invalid);
    };
    if same_file(input, out) {
        say(ui, "io-same-file", &[("path", &out.display().to_string())]);
        return Err(Status::Io);
    }
    pipeline::render(doc, &checked.bytes, RenderOptions { archival: !plain }).map_err(|e| {
        say(
            ui,
            "render-failed",
            &[
                ("path", &input.display().to_string()),
                ("detail", &e.to_string()),
            ],
        );
        Status::Invalid
    })
}

/// Says an I/O problem (`io-read`, `io-write`) with its path and what the
/// system answered, in the user's words; gives the status to end with.
pub(crate) fn io_error(ui: UiLang, id: &str, path: &Path, e: std::io::Error) -> Status {
    say(
        ui,
        id,
        &[
            ("path", &path.display().to_string()),
            ("detail", &os_error(ui, &e)),
        ],
    );
    Status::Io
}

/// What the system answered, in the user's language, from the error's kind
/// (never the system's own English).
pub(crate) fn os_error(ui: UiLang, e: &std::io::Error) -> String {
    use std::io::ErrorKind as K;
    // Windows: the file is open in another program (Word, Acrobat).
    if cfg!(windows) && matches!(e.raw_os_error(), Some(32 | 33)) {
        return tr(ui, "os-in-use", &[]);
    }
    let id = match e.kind() {
        K::NotFound => "os-not-found",
        K::PermissionDenied => "os-permission",
        K::AlreadyExists => "os-exists",
        K::IsADirectory => "os-is-folder",
        K::NotADirectory => "os-not-folder",
        K::StorageFull | K::QuotaExceeded => "os-disk-full",
        K::ReadOnlyFilesystem => "os-read-only",
        K::FileTooLarge => "os-too-large",
        K::ResourceBusy => "os-in-use",
        K::InvalidFilename => "os-bad-name",
        K::InvalidData | K::UnexpectedEof => "os-bad-data",
        K::OutOfMemory => "os-memory",
        K::BrokenPipe => "os-pipe",
        K::TimedOut | K::Interrupted => "os-interrupted",
        _ => {
            let code = e
                .raw_os_error()
                .map_or_else(|| "?".to_owned(), |c| c.to_string());
            return tr(ui, "os-other", &[("code", &code)]);
        }
    };
    tr(ui, id, &[])
}

/// Writes a file into place, atomically, or says why not.
pub(crate) fn store(ui: UiLang, out: &Path, bytes: &[u8]) -> Status {
    match write_atomic(out, bytes) {
        Ok(()) => Status::Ok,
        Err(e) => io_error(ui, "io-write", out, e),
    }
}

/// `tirkeme render`.
pub(crate) fn render(
    ui: UiLang,
    file: &Path,
    output: Option<PathBuf>,
    lang: Option<Lang>,
    plain: bool,
    draft: bool,
) -> Status {
    if let Some(fixed) = batch::yaml_txt(file) {
        say(
            ui,
            "yaml-txt-read",
            &[
                ("path", &file.display().to_string()),
                ("fixed", &fixed.display().to_string()),
            ],
        );
    }
    let checked = match check_file(ui, file, lang, Format::Human) {
        Ok(c) => c,
        Err(s) => return s,
    };
    let lang = checked.doc.as_ref().map_or(Lang::Ky, |d| d.common.lang);
    // `-o` may name a folder: the PDF then takes its usual name inside it.
    let out = match output {
        Some(dir) if dir.is_dir() => dir.join(format!("{}.{}.pdf", safe_stem(file), lang.code())),
        Some(path) => path,
        None => default_output(file, lang),
    };
    let status = if draft {
        render_draft(ui, &checked, file, &out)
    } else {
        render_checked(ui, &checked, file, &out, plain)
    };
    if status == Status::Ok {
        say(ui, "rendered", &[("path", &out.display().to_string())]);
    }
    status
}

/// `render --draft`: the form printed whatever the findings (they are
/// shown above), every page marked as a draft; exit 0 once written. Only a
/// file that cannot be read as a form at all is refused.
fn render_draft(ui: UiLang, checked: &Checked, input: &Path, out: &Path) -> Status {
    let Some(doc) = checked.doc.as_ref() else {
        say(
            ui,
            "not-rendered",
            &[("path", &input.display().to_string())],
        );
        return Status::Invalid;
    };
    if same_file(input, out) {
        say(ui, "io-same-file", &[("path", &out.display().to_string())]);
        return Status::Io;
    }
    let errors = checked
        .findings
        .iter()
        .filter(|f| f.severity == Severity::Error)
        .count();
    if errors > 0 {
        say(
            ui,
            "draft-despite",
            &[
                ("path", &input.display().to_string()),
                ("errors", &errors.to_string()),
            ],
        );
    }
    match pipeline::render_draft(doc, &checked.bytes) {
        Ok(pdf) => store(ui, out, &pdf),
        Err(e) => {
            say(
                ui,
                "render-failed",
                &[
                    ("path", &input.display().to_string()),
                    ("detail", &e.to_string()),
                ],
            );
            Status::Invalid
        }
    }
}

/// `tirkeme check`.
pub(crate) fn check(ui: UiLang, files: &[PathBuf], format: FormatArg) -> Status {
    let format = match format {
        FormatArg::Human => Format::Human,
        FormatArg::Json => Format::Json,
    };
    let files = match batch::collect(ui, files) {
        Ok(f) => f,
        Err(s) => return s,
    };
    let (mut errors, mut warnings, mut status) = (0usize, 0usize, Status::Ok);
    for file in &files {
        // The findings are what `check` produces: standard output, so that
        // `tirkeme check x.yaml | less` shows them.
        let checked = read_input(ui, file).map(|bytes| {
            let name = file.display().to_string();
            let c = pipeline::check(&name, bytes, None);
            diagnostics::print_on(Stream::Stdout, &name, &c.text, &c.findings, format, ui);
            c
        });
        match checked {
            Ok(c) => {
                errors += c
                    .findings
                    .iter()
                    .filter(|f| f.severity == Severity::Error)
                    .count();
                warnings += c
                    .findings
                    .iter()
                    .filter(|f| f.severity == Severity::Warning)
                    .count();
                if !c.ok() {
                    status = status.max(Status::Invalid);
                }
            }
            Err(s) => status = status.max(s),
        }
    }
    if format == Format::Human {
        println!(
            "{}",
            tr(
                ui,
                "summary-check",
                &[
                    ("files", &files.len().to_string()),
                    ("errors", &errors.to_string()),
                    ("warnings", &warnings.to_string()),
                ],
            )
        );
    }
    status
}

/// `tirkeme new`: the example on standard output, or into a new file.
pub(crate) fn new(ui: UiLang, form: &str, lang: Lang, output: Option<&Path>) -> Status {
    let Some(id) = FormId::from_id(form) else {
        let forms: Vec<&str> = FormId::ALL.iter().map(|f| f.id()).collect();
        say(
            ui,
            "unknown-form",
            &[("found", form), ("forms", &forms.join(", "))],
        );
        return Status::Io;
    };
    let name = output.map_or_else(|| format!("{}.yaml", id.id()), |p| p.display().to_string());
    let text = format!(
        "# {}\n{}",
        tr(lang, "new-hint", &[("file", &name)]),
        id.example(lang)
    );
    match output {
        Some(path) => {
            if path.exists() {
                say(ui, "io-exists", &[("path", &name)]);
                return Status::Io;
            }
            if store(ui, path, text.as_bytes()) != Status::Ok {
                return Status::Io;
            }
            say(ui, "new-written", &[("path", &name)]);
        }
        None => {
            let _ = std::io::stdout().lock().write_all(text.as_bytes());
            if std::io::stdout().is_terminal() {
                say(ui, "new-save", &[("form", id.id())]);
            }
        }
    }
    Status::Ok
}

/// `tirkeme forms`.
pub(crate) fn forms(ui: UiLang) -> Status {
    println!("{}", tr(ui, "forms-header", &[]));
    for f in FormId::ALL {
        let title = |l: Lang| tr(l, &format!("form-{}", f.id()), &[]);
        let page = if f.landscape() { "A4 ↔" } else { "A4 ↕" };
        println!(
            "  {:<24} {} {}  {}  |  {}",
            f.id(),
            f.appendix(),
            page,
            title(Lang::Ky),
            title(Lang::Ru)
        );
    }
    Status::Ok
}

/// `tirkeme rules`.
pub(crate) fn rules(ui: UiLang) -> Status {
    println!("{}", tr(ui, "rules-header", &[]));
    for r in rule::ALL {
        let sev = tr(ui, &format!("severity-{}", r.severity.as_str()), &[]);
        println!(
            "  {:<18} {:<10} {:<14} {}",
            r.id,
            sev,
            r.clause,
            tr(ui, &format!("rule-{}", r.id), &[])
        );
    }
    Status::Ok
}

/// `tirkeme demo`: every built-in example in both languages, with its YAML beside it.
pub(crate) fn demo(ui: UiLang, dir: &Path) -> Status {
    if let Err(s) = batch::output_dir(ui, dir) {
        return s;
    }
    let mut status = Status::Ok;
    let mut count = 0;
    for form in FormId::ALL {
        for lang in Lang::ALL {
            let stem = format!("{}.{}", form.id(), lang.code());
            let yaml_path = dir.join(format!("{stem}.yaml"));
            let src = form.example(lang).as_bytes().to_vec();
            if store(ui, &yaml_path, &src) != Status::Ok {
                return Status::Io;
            }
            let checked = pipeline::check(&yaml_path.display().to_string(), src, Some(lang));
            diagnostics::print(
                &checked.name,
                &checked.text,
                &checked.findings,
                Format::Human,
                ui,
            );
            let s = render_checked(
                ui,
                &checked,
                &yaml_path,
                &dir.join(format!("{stem}.pdf")),
                false,
            );
            if s == Status::Ok {
                count += 1;
            }
            status = status.max(s);
        }
    }
    say(
        ui,
        "demo-done",
        &[
            ("count", &count.to_string()),
            ("dir", &dir.display().to_string()),
        ],
    );
    status
}

/// The hidden `dev-typst` command: a template with hand-written JSON data.
pub(crate) fn dev_typst(form: &str, data: &Path, output: &Path) -> Status {
    let Ok(data) = std::fs::read(data) else {
        return Status::Io;
    };
    let job = tirkeme::engine::Job {
        form,
        data,
        source: b"form: dev\n",
        date: chrono::NaiveDate::from_ymd_opt(2025, 11, 3).unwrap_or_default(),
        archival: true,
        ident: "dev".into(),
    };
    match tirkeme::engine::render(job) {
        Ok(pdf) => store(UiLang::En, output, &pdf),
        Err(e) => {
            for m in e.messages {
                eprintln!("{m}");
            }
            Status::Invalid
        }
    }
}
