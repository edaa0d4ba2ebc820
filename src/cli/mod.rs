//! The subcommands. Each returns a [`Status`]; `main` turns it into the exit
//! code (SPEC §4: 0 done, 1 invalid input or failed render, 2 usage or I/O).

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use tirkeme::locale::{Id, id};

use tirkeme::diagnostics::{self, Format, Stream};
use tirkeme::finding::{Severity, rule};
use tirkeme::forms::FormId;
use tirkeme::locale::{Lang, UiLang, tr};
use tirkeme::output::{safe_stem, same_file, write_atomic};
use tirkeme::pipeline::{self, Checked, RenderOptions};

use crate::{BlankArgs, DevTypstArgs, FormatArg, NewArgs, RenderArgs};

mod batch;
mod draft;
mod extract;
pub(crate) mod help;
mod import;
mod schema;
mod status;

pub(crate) use batch::{application_yaml, batch, package};
pub(crate) use draft::{Plan, draft};
pub(crate) use extract::extract;
pub(crate) use import::import;
pub(crate) use schema::schema;
pub(crate) use status::{StatusFormat, status};

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

/// Whether `--force` was given: existing files that are not tirkeme's own
/// output may then be replaced.
pub(crate) static FORCE: AtomicBool = AtomicBool::new(false);

/// On SIGINT or SIGTERM (Ctrl+C, a killed batch), removes the temporary
/// files being written and exits 130 or 143, as shells expect. On Windows
/// the same on Ctrl+C or a closed console window (`desktop`).
pub(crate) fn remove_temp_files_on_signal() {
    #[cfg(windows)]
    crate::desktop::remove_temp_files_on_close();
    #[cfg(unix)]
    {
        use signal_hook::consts::{SIGINT, SIGTERM};
        if let Ok(mut signals) = signal_hook::iterator::Signals::new([SIGINT, SIGTERM]) {
            std::thread::spawn(move || {
                if let Some(signal) = signals.forever().next() {
                    tirkeme::output::remove_temp_files();
                    std::process::exit(128 + signal);
                }
            });
        }
    }
}

/// Prints a message of the tool to standard error, with any control
/// character from a path or the input shown, not obeyed. A closed or full
/// standard error is no reason to stop.
pub(crate) fn say(ui: UiLang, id: Id<'_>, args: &[(&str, &str)]) {
    let text = tirkeme::diagnostics::visible(&tr(ui, id, args));
    quiet(|| {
        let _ = writeln!(std::io::stderr().lock(), "{text}");
    });
}

/// Says a message the library made (an error's words) on standard error.
pub(crate) fn say_msg(ui: UiLang, msg: &tirkeme::locale::Msg) {
    let text = tirkeme::diagnostics::visible(&msg.text(ui));
    quiet(|| {
        let _ = writeln!(std::io::stderr().lock(), "{text}");
    });
}

/// The progress bar of a running `batch`, if one is shown.
static PROGRESS: std::sync::Mutex<Option<indicatif::ProgressBar>> = std::sync::Mutex::new(None);

/// Runs `print` with the progress bar (if any) taken off the screen and
/// drawn again after, so that a message and the bar never share a line.
pub(crate) fn quiet<R>(print: impl FnOnce() -> R) -> R {
    let bar = PROGRESS.lock().ok().and_then(|b| b.clone());
    match bar {
        Some(bar) => bar.suspend(print),
        None => print(),
    }
}

/// Shows (`Some`) or removes (`None`) the progress bar [`quiet`] suspends.
pub(crate) fn set_progress(bar: Option<indicatif::ProgressBar>) {
    if let Ok(mut p) = PROGRESS.lock() {
        *p = bar;
    }
}

/// Writes bytes to standard output; a full disk is exit 2 with a message,
/// a closed pipe exit 2 quietly (the reader has gone, like `head`).
pub(crate) fn write_stdout(ui: UiLang, bytes: &[u8]) -> Status {
    let mut out = std::io::stdout().lock();
    match out.write_all(bytes).and_then(|()| out.flush()) {
        Ok(()) => Status::Ok,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Status::Io,
        Err(e) => {
            say(ui, id::IO_STDOUT, &[("detail", &e.to_string())]);
            Status::Io
        }
    }
}

/// Says so and gives `true` when `out` holds something that writing
/// `bytes` would lose (see [`tirkeme::output::may_replace`]) and `--force`
/// was not given.
pub(crate) fn refuse_existing(ui: UiLang, out: &Path, bytes: &[u8]) -> bool {
    if FORCE.load(Ordering::Relaxed) || tirkeme::output::may_replace(out, bytes) {
        return false;
    }
    say(
        ui,
        id::IO_EXISTS_FORCE,
        &[("path", &out.display().to_string())],
    );
    true
}

/// Reads an input file, or reports why not. At most one byte more than the
/// size limit is read: enough for the check to refuse a huge file.
pub(crate) fn read_input(ui: UiLang, path: &Path) -> Result<Vec<u8>, Status> {
    if missing_with_twin(path) {
        return Err(batch::not_found(ui, path));
    }
    read_bytes(path).map_err(|e| io_error(ui, id::IO_READ, path, e))
}

/// Whether `path` is missing where its folder exists (then
/// [`batch::not_found`] says whether Notepad's `.txt` twin is there).
fn missing_with_twin(path: &Path) -> bool {
    !path.exists() && path.parent().is_none_or(Path::exists)
}

/// An input's bytes (at most one over the limit), or why they cannot be read.
fn read_bytes(path: &Path) -> std::io::Result<Vec<u8>> {
    use std::io::Read;
    if path.is_dir() {
        return Err(std::io::ErrorKind::IsADirectory.into());
    }
    let file = std::fs::File::open(path)?;
    let mut bytes = Vec::new();
    file.take(tirkeme::yaml::MAX_INPUT_BYTES as u64 + 1)
        .read_to_end(&mut bytes)?;
    Ok(bytes)
}

/// Checks an input file and prints its findings. An unreadable file is
/// reported (under `--format json` also as a JSON line with rule `io`);
/// findings that cannot be written are an I/O error, never dropped silently.
pub(crate) fn check_file(
    ui: UiLang,
    path: &Path,
    lang: Option<Lang>,
    format: Format,
) -> Result<Checked, Status> {
    check_file_on(ui, path, lang, format, Stream::Stderr)
}

/// [`check_file`] with the human findings printed to `stream`.
pub(crate) fn check_file_on(
    ui: UiLang,
    path: &Path,
    lang: Option<Lang>,
    format: Format,
    stream: Stream,
) -> Result<Checked, Status> {
    let name = path.display().to_string();
    let said = missing_with_twin(path);
    let read = if said {
        batch::not_found(ui, path);
        Err(std::io::ErrorKind::NotFound.into())
    } else {
        read_bytes(path)
    };
    let bytes = match read {
        Ok(b) => b,
        Err(e) => {
            let detail = os_error(ui, &e);
            let status = if said {
                Status::Io
            } else {
                io_error(ui, id::IO_READ, path, e)
            };
            if format == Format::Json {
                let line = diagnostics::io_json_line(&name, id::IO_READ, &detail, ui);
                if write_stdout(ui, format!("{line}\n").as_bytes()) != Status::Ok {
                    return Err(Status::Io);
                }
            }
            return Err(status);
        }
    };
    let checked = pipeline::check(&name, bytes, lang);
    if let Err(e) =
        diagnostics::print_on(stream, &name, &checked.text, &checked.findings, format, ui)
    {
        if e.kind() != std::io::ErrorKind::BrokenPipe {
            say(ui, id::IO_STDOUT, &[("detail", &e.to_string())]);
        }
        return Err(Status::Io);
    }
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
    opts: RenderOptions,
) -> Status {
    match produce(ui, checked, input, out, opts) {
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
    opts: RenderOptions,
) -> Result<Vec<u8>, Status> {
    let Some(doc) = checked.doc.as_ref().filter(|_| checked.ok()) else {
        say(
            ui,
            id::NOT_RENDERED,
            &[("path", &input.display().to_string())],
        );
        return Err(Status::Invalid);
    };
    if same_file(input, out) {
        say(
            ui,
            id::IO_SAME_FILE,
            &[("path", &out.display().to_string())],
        );
        return Err(Status::Io);
    }
    match pipeline::render(doc, &checked.bytes, opts) {
        Ok(pdf) => {
            template_findings(ui, &pdf.warnings);
            Ok(pdf.bytes)
        }
        Err(e) => {
            render_failed(ui, input, &e);
            Err(Status::Invalid)
        }
    }
}

/// Typst's own errors or warnings, printed like findings (the progress bar
/// of `batch` taken off the screen meanwhile).
pub(crate) fn template_findings(ui: UiLang, found: &[tirkeme::engine::TemplateFinding]) {
    if !found.is_empty() {
        quiet(|| diagnostics::print_template(Stream::Stderr, found, Format::Human, ui)).ok();
    }
}

/// Says that an input's form could not be laid out: Typst's findings, then
/// the line naming the input.
fn render_failed(ui: UiLang, input: &Path, e: &tirkeme::engine::EngineError) {
    template_findings(ui, &e.findings);
    say(
        ui,
        id::RENDER_FAILED,
        &[
            ("path", &input.display().to_string()),
            ("detail", &e.to_string()),
        ],
    );
}

/// Says an I/O problem (`io-read`, `io-write`) with its path and what the
/// system answered, in the user's words; gives the status to end with.
pub(crate) fn io_error(ui: UiLang, id: Id<'_>, path: &Path, e: std::io::Error) -> Status {
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
        return tr(ui, id::OS_IN_USE, &[]);
    }
    let id = match e.kind() {
        K::NotFound => id::OS_NOT_FOUND,
        K::PermissionDenied => id::OS_PERMISSION,
        K::AlreadyExists => id::OS_EXISTS,
        K::IsADirectory => id::OS_IS_FOLDER,
        K::NotADirectory => id::OS_NOT_FOLDER,
        K::StorageFull | K::QuotaExceeded => id::OS_DISK_FULL,
        K::ReadOnlyFilesystem => id::OS_READ_ONLY,
        K::FileTooLarge => id::OS_TOO_LARGE,
        K::ResourceBusy => id::OS_IN_USE,
        K::InvalidFilename => id::OS_BAD_NAME,
        K::InvalidData | K::UnexpectedEof => id::OS_BAD_DATA,
        K::OutOfMemory => id::OS_MEMORY,
        K::BrokenPipe => id::OS_PIPE,
        K::TimedOut | K::Interrupted => id::OS_INTERRUPTED,
        _ => {
            let code = e
                .raw_os_error()
                .map_or_else(|| "?".to_owned(), |c| c.to_string());
            return tr(ui, id::OS_OTHER, &[("code", &code)]);
        }
    };
    tr(ui, id, &[])
}

/// Writes a file into place, atomically, or says why not. A file that is
/// there already is replaced only when nothing is lost or with `--force`.
pub(crate) fn store(ui: UiLang, out: &Path, bytes: &[u8]) -> Status {
    if std::fs::metadata(out).is_ok_and(|m| !m.is_file()) {
        say(
            ui,
            id::IO_NOT_REGULAR,
            &[("path", &out.display().to_string())],
        );
        return Status::Io;
    }
    if refuse_existing(ui, out, bytes) {
        return Status::Io;
    }
    match write_atomic(out, bytes) {
        Ok(()) => Status::Ok,
        Err(e) => io_error(ui, id::IO_WRITE, out, e),
    }
}

/// `tirkeme render`.
pub(crate) fn render(ui: UiLang, args: RenderArgs, date: Option<chrono::NaiveDate>) -> Status {
    let RenderArgs {
        file,
        output,
        print,
        draft,
    } = args;
    let (file, lang, opts) = (file.as_path(), print.lang.get(), print.pdf(date));
    if let Some(fixed) = batch::yaml_txt(file) {
        say(
            ui,
            id::YAML_TXT_READ,
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
    // `-o -`: the PDF goes to standard output.
    if output.as_deref() == Some(Path::new("-")) {
        return match produce(ui, &checked, file, Path::new("-"), opts) {
            Ok(pdf) => write_stdout(ui, &pdf),
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
        render_draft(ui, &checked, file, &out, opts.date)
    } else {
        render_checked(ui, &checked, file, &out, opts)
    };
    if status == Status::Ok {
        say(ui, id::RENDERED, &[("path", &out.display().to_string())]);
    }
    status
}

/// `render --draft`: the form printed whatever the findings (they are
/// shown above), every page marked as a draft; exit 0 once written. Only a
/// file that cannot be read as a form at all is refused.
fn render_draft(
    ui: UiLang,
    checked: &Checked,
    input: &Path,
    out: &Path,
    date: Option<chrono::NaiveDate>,
) -> Status {
    let Some(doc) = checked.doc.as_ref() else {
        say(
            ui,
            id::NOT_RENDERED,
            &[("path", &input.display().to_string())],
        );
        return Status::Invalid;
    };
    if same_file(input, out) {
        say(
            ui,
            id::IO_SAME_FILE,
            &[("path", &out.display().to_string())],
        );
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
            id::DRAFT_DESPITE,
            &[
                ("path", &input.display().to_string()),
                ("errors", &errors.to_string()),
            ],
        );
    }
    match pipeline::render_draft(doc, &checked.bytes, date) {
        Ok(pdf) => {
            template_findings(ui, &pdf.warnings);
            store(ui, out, &pdf.bytes)
        }
        Err(e) => {
            render_failed(ui, input, &e);
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
    let (files, mut status) = batch::collect(ui, files, format);
    if files.is_empty() {
        return status;
    }
    let (mut errors, mut warnings) = (0usize, 0usize);
    let mut read = Vec::new();
    for file in &files {
        // The findings are what `check` produces: standard output, so that
        // `tirkeme check x.yaml | less` shows them.
        match check_file_on(ui, file, None, format, Stream::Stdout) {
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
                read.push(c);
            }
            Err(s) => status = status.max(s),
        }
    }
    // With a roster among them, the documents are checked against it and
    // against each other too.
    if let Some(roster) = read
        .iter()
        .find_map(|c| Some((c.name.as_str(), c.roster.as_ref()?)))
    {
        let docs: Vec<(&str, &tirkeme::forms::Document)> = read
            .iter()
            .filter_map(|c| Some((c.name.as_str(), c.doc.as_ref()?)))
            .collect();
        // Every file's text, for the labels that point into another file.
        let texts: Vec<(&str, &str)> = read
            .iter()
            .map(|c| (c.name.as_str(), c.text.as_str()))
            .collect();
        let found = tirkeme::roster::cross::check(roster, &docs);
        for ((name, _), findings) in docs.iter().zip(found) {
            if findings.is_empty() {
                continue;
            }
            let text = read
                .iter()
                .find(|c| c.name == *name)
                .map_or("", |c| c.text.as_str());
            for f in &findings {
                match f.severity {
                    Severity::Error => errors += 1,
                    Severity::Warning => warnings += 1,
                    Severity::Info => {}
                }
            }
            if tirkeme::finding::has_errors(&findings) {
                status = status.max(Status::Invalid);
            }
            let _ = diagnostics::print_among(
                Stream::Stdout,
                (name, text),
                &texts,
                &findings,
                format,
                ui,
            );
        }
    }
    if format == Format::Human {
        let summary = tr(
            ui,
            id::SUMMARY_CHECK,
            &[
                ("files", &files.len().to_string()),
                ("errors", &errors.to_string()),
                ("warnings", &warnings.to_string()),
            ],
        );
        status = status.max(write_stdout(ui, format!("{summary}\n").as_bytes()));
    }
    status
}

/// An unknown form is named with the forms there are and, when one is
/// close, the one meant (`aplication` → `application`).
pub(crate) fn unknown_form(ui: UiLang, found: &str, forms: &[&str]) -> Status {
    let list = forms.join(", ");
    match tirkeme::input::nearest(found, forms) {
        Some(hint) => say(
            ui,
            id::UNKNOWN_FORM_HINT,
            &[("found", found), ("forms", &list), ("hint", hint)],
        ),
        None => say(ui, id::UNKNOWN_FORM, &[("found", found), ("forms", &list)]),
    }
    Status::Io
}

/// `tirkeme new`: the example on standard output, or into a new file; with
/// a schema folder, the form's schema written there and the example's first
/// line pointing to it.
pub(crate) fn new(ui: UiLang, args: &NewArgs) -> Status {
    let (form, lang) = (args.form.as_str(), Lang::from(args.lang));
    let (output, schema_dir) = (args.output.as_deref(), args.schema_dir.as_deref());
    let Some(id) = FormId::from_id(form) else {
        let forms: Vec<&str> = FormId::ALL.iter().map(|f| f.id()).collect();
        return unknown_form(ui, form, &forms);
    };
    let name = output.map_or_else(|| format!("{}.yaml", id.id()), |p| p.display().to_string());
    let mut text = String::new();
    if let Some(dir) = schema_dir {
        let s = schema::write_into(ui, dir, id.id(), lang.into());
        if s != Status::Ok {
            return s;
        }
        let path = schema::seen_from(output, dir, &schema::file_name(id.id()));
        text.push_str(&format!("# yaml-language-server: $schema={path}\n"));
    }
    text.push_str(&format!(
        "# {}\n{}",
        tr(lang, id::NEW_HINT, &[("file", &name)]),
        id.example(lang)
    ));
    match output {
        Some(path) => {
            if path.exists() {
                say(ui, id::IO_EXISTS, &[("path", &name)]);
                return Status::Io;
            }
            if store(ui, path, text.as_bytes()) != Status::Ok {
                return Status::Io;
            }
            say(ui, id::NEW_WRITTEN, &[("path", &name)]);
        }
        None => {
            if write_stdout(ui, text.as_bytes()) != Status::Ok {
                return Status::Io;
            }
            if std::io::stdout().is_terminal() {
                say(ui, id::NEW_SAVE, &[("form", id.id())]);
            }
        }
    }
    Status::Ok
}

/// `tirkeme blank`: the form with nothing filled in, for a pen: every name,
/// date and number a line with its caption, the approval block and the
/// signatures as on a filled form. Not a draft: nothing in it is wrong, it
/// is only empty (the findings of its empty input are not shown).
pub(crate) fn blank(ui: UiLang, args: &BlankArgs, opts: RenderOptions) -> Status {
    let (form, lang) = (args.form.as_str(), Lang::from(args.lang));
    let Some(id) = FormId::from_id(form) else {
        let forms: Vec<&str> = FormId::ALL.iter().map(|f| f.id()).collect();
        return unknown_form(ui, form, &forms);
    };
    let source = format!("form: {}\nlang: {}\n", id.id(), lang.code());
    let checked = pipeline::check(&format!("{}.yaml", id.id()), source.into_bytes(), None);
    let Some(doc) = checked.doc.as_ref() else {
        return Status::Invalid;
    };
    let out = args
        .output
        .clone()
        .unwrap_or_else(|| PathBuf::from(format!("{}.blank.{}.pdf", id.id(), lang.code())));
    let pdf = match pipeline::render(doc, &checked.bytes, opts) {
        Ok(pdf) => pdf,
        Err(e) => {
            render_failed(ui, Path::new(&checked.name), &e);
            return Status::Invalid;
        }
    };
    template_findings(ui, &pdf.warnings);
    if out == Path::new("-") {
        return write_stdout(ui, &pdf.bytes);
    }
    let status = store(ui, &out, &pdf.bytes);
    if status == Status::Ok {
        say(ui, id::RENDERED, &[("path", &out.display().to_string())]);
    }
    status
}

/// `tirkeme forms`.
pub(crate) fn forms(ui: UiLang) -> Status {
    let mut out = format!("{}\n", tr(ui, id::FORMS_HEADER, &[]));
    for f in FormId::ALL {
        let title = |l: Lang| tr(l, Id::built(&format!("form-{}", f.id())), &[]);
        let page = if f.landscape() { "A4 ↔" } else { "A4 ↕" };
        out += &format!(
            "  {:<24} {} {}  {}  |  {}\n",
            f.id(),
            f.appendix()
                .map_or_else(|| "–".to_owned(), |n| n.to_string()),
            page,
            title(Lang::Ky),
            title(Lang::Ru)
        );
    }
    write_stdout(ui, out.as_bytes())
}

/// `tirkeme rules`.
pub(crate) fn rules(ui: UiLang) -> Status {
    let mut out = format!("{}\n", tr(ui, id::RULES_HEADER, &[]));
    for r in rule::ALL {
        let sev = tr(
            ui,
            Id::built(&format!("severity-{}", r.severity.as_str())),
            &[],
        );
        out += &format!(
            "  {:<18} {:<10} {:<14} {}\n",
            r.id,
            sev,
            r.clause,
            tr(ui, Id::built(&format!("rule-{}", r.id)), &[])
        );
    }
    write_stdout(ui, out.as_bytes())
}

/// `tirkeme demo`: every built-in example in both languages, with its YAML beside it.
pub(crate) fn demo(ui: UiLang, dir: &Path, opts: RenderOptions) -> Status {
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
            let _ = diagnostics::print(
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
                opts,
            );
            if s == Status::Ok {
                count += 1;
            }
            status = status.max(s);
        }
    }
    say(
        ui,
        id::DEMO_DONE,
        &[
            ("count", &count.to_string()),
            ("dir", &dir.display().to_string()),
        ],
    );
    status
}

/// The hidden `dev-typst` command: a template with hand-written JSON data,
/// with the templates of a folder in place of the built-in ones when
/// `templates` is given. Typst's errors and warnings are printed as
/// findings.
pub(crate) fn dev_typst(ui: UiLang, args: &DevTypstArgs) -> Status {
    let (form, data, output) = (
        args.form.as_str(),
        args.data.as_path(),
        args.output.as_path(),
    );
    let templates = args.templates.as_deref();
    let data = match std::fs::read(data) {
        Ok(d) => d,
        Err(e) => return io_error(ui, id::IO_READ, data, e),
    };
    let mut own = Vec::new();
    if let Some(dir) = templates {
        let entries = match std::fs::read_dir(dir) {
            Ok(e) => e,
            Err(e) => return io_error(ui, id::IO_READ, dir, e),
        };
        for path in entries.flatten().map(|e| e.path()) {
            if path.extension().is_some_and(|x| x == "typ")
                && let Some(name) = path.file_name().and_then(|n| n.to_str())
            {
                match std::fs::read_to_string(&path) {
                    Ok(text) => own.push((name.to_owned(), text)),
                    Err(e) => return io_error(ui, id::IO_READ, &path, e),
                }
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
            template_findings(ui, &pdf.warnings);
            store(ui, output, &pdf.bytes)
        }
        Err(e) => {
            template_findings(ui, &e.findings);
            Status::Invalid
        }
    }
}
