//! The subcommands. Each returns a [`Status`]; `main` turns it into the exit
//! code (SPEC §4: 0 done, 1 invalid input or failed render, 2 usage or I/O).

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
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

pub(crate) use crate::report::{Status, os_error};

pub(crate) use batch::{batch, package};
pub(crate) use draft::{Plan, draft};
pub(crate) use extract::extract;
pub(crate) use import::import;
pub(crate) use schema::schema;
pub(crate) use status::{StatusFormat, status};

/// What every command is given, in place of globals: the language of the
/// messages, `--force`, the date of `SOURCE_DATE_EPOCH` (read once, in
/// `main`) and the progress bar of a running `batch`, which every message
/// takes off the screen while it prints, so that the two never share a line.
#[derive(Clone)]
pub(crate) struct Cx {
    /// The language of the tool's messages.
    pub(crate) ui: UiLang,
    /// Whether `--force` was given: existing files that are not tirkeme's
    /// own output may then be replaced.
    pub(crate) force: bool,
    /// The date a document without its own is printed with.
    pub(crate) date: Option<chrono::NaiveDate>,
    bar: Option<indicatif::ProgressBar>,
}

impl Cx {
    /// The context of a run: no progress bar yet.
    pub(crate) fn new(ui: UiLang, force: bool, date: Option<chrono::NaiveDate>) -> Cx {
        Cx {
            ui,
            force,
            date,
            bar: None,
        }
    }

    /// The same context with `bar` shown: messages said through it take
    /// the bar off the screen while they print.
    pub(crate) fn with_bar(&self, bar: indicatif::ProgressBar) -> Cx {
        Cx {
            bar: Some(bar),
            ..self.clone()
        }
    }

    /// PDF/A with the run's date (demo, blank, package and serve have no
    /// `--plain`).
    pub(crate) fn archival(&self) -> RenderOptions {
        RenderOptions {
            archival: true,
            date: self.date,
        }
    }

    /// Runs `print` with the progress bar (if any) off the screen.
    pub(crate) fn quiet<R>(&self, print: impl FnOnce() -> R) -> R {
        match &self.bar {
            Some(bar) => bar.suspend(print),
            None => print(),
        }
    }

    /// Says a message of the tool on standard error ([`crate::report::say`]).
    pub(crate) fn say(&self, id: Id<'_>, args: &[(&str, &str)]) {
        self.quiet(|| crate::report::say(self.ui, id, args));
    }

    /// Says a message the library made (an error's words).
    pub(crate) fn say_msg(&self, msg: &tirkeme::locale::Msg) {
        self.quiet(|| crate::report::say_msg(self.ui, msg));
    }

    /// Typst's own errors or warnings, printed like findings.
    pub(crate) fn template_findings(&self, found: &[tirkeme::engine::TemplateFinding]) {
        self.quiet(|| crate::report::template_findings(self.ui, found));
    }
}

/// Says an I/O problem (`io-read`, `io-write`) with its path and what the
/// system answered ([`crate::report::io_error`]), the progress bar off the
/// screen; gives the status to end with.
pub(crate) fn io_error(cx: &Cx, id: Id<'_>, path: &Path, e: std::io::Error) -> Status {
    cx.quiet(|| crate::report::io_error(cx.ui, id, path, e))
}

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

/// Writes bytes to standard output; a full disk is exit 2 with a message,
/// a closed pipe exit 2 quietly (the reader has gone, like `head`).
pub(crate) fn write_stdout(cx: &Cx, bytes: &[u8]) -> Status {
    let mut out = std::io::stdout().lock();
    match out.write_all(bytes).and_then(|()| out.flush()) {
        Ok(()) => Status::Ok,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Status::Io,
        Err(e) => {
            cx.say(id::IO_STDOUT, &[("detail", &e.to_string())]);
            Status::Io
        }
    }
}

/// Says so and gives `true` when `out` holds something that writing
/// `bytes` would lose (see [`tirkeme::output::may_replace`]) and `--force`
/// was not given.
pub(crate) fn refuse_existing(cx: &Cx, out: &Path, bytes: &[u8]) -> bool {
    if cx.force || tirkeme::output::may_replace(out, bytes) {
        return false;
    }
    cx.say(id::IO_EXISTS_FORCE, &[("path", &out.display().to_string())]);
    true
}

/// Reads an input file, or reports why not. At most one byte more than the
/// size limit is read: enough for the check to refuse a huge file.
pub(crate) fn read_input(cx: &Cx, path: &Path) -> Result<Vec<u8>, Status> {
    if missing_with_twin(path) {
        return Err(batch::not_found(cx, path));
    }
    read_bytes(path).map_err(|e| io_error(cx, id::IO_READ, path, e))
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
    cx: &Cx,
    path: &Path,
    lang: Option<Lang>,
    format: Format,
) -> Result<Checked, Status> {
    check_file_on(cx, path, lang, format, Stream::Stderr)
}

/// [`check_file`] with the human findings printed to `stream`.
pub(crate) fn check_file_on(
    cx: &Cx,
    path: &Path,
    lang: Option<Lang>,
    format: Format,
    stream: Stream,
) -> Result<Checked, Status> {
    let name = path.display().to_string();
    let said = missing_with_twin(path);
    let read = if said {
        batch::not_found(cx, path);
        Err(std::io::ErrorKind::NotFound.into())
    } else {
        read_bytes(path)
    };
    let bytes = match read {
        Ok(b) => b,
        Err(e) => {
            let detail = os_error(cx.ui, &e);
            let status = if said {
                Status::Io
            } else {
                io_error(cx, id::IO_READ, path, e)
            };
            if format == Format::Json {
                let line = diagnostics::io_json_line(&name, id::IO_READ, &detail, cx.ui);
                if write_stdout(cx, format!("{line}\n").as_bytes()) != Status::Ok {
                    return Err(Status::Io);
                }
            }
            return Err(status);
        }
    };
    let checked = pipeline::check(&name, bytes, lang);
    if let Err(e) = diagnostics::print_on(
        stream,
        &name,
        &checked.text,
        &checked.findings,
        format,
        cx.ui,
    ) {
        if e.kind() != std::io::ErrorKind::BrokenPipe {
            cx.say(id::IO_STDOUT, &[("detail", &e.to_string())]);
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
    let Some(doc) = checked.doc.as_ref().filter(|_| checked.ok()) else {
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
fn render_failed(cx: &Cx, input: &Path, e: &tirkeme::engine::EngineError) {
    cx.template_findings(&e.findings);
    cx.say(
        id::RENDER_FAILED,
        &[
            ("path", &input.display().to_string()),
            ("detail", &e.to_string()),
        ],
    );
}

/// Writes a file into place, atomically, or says why not. A file that is
/// there already is replaced only when nothing is lost or with `--force`.
pub(crate) fn store(cx: &Cx, out: &Path, bytes: &[u8]) -> Status {
    if std::fs::metadata(out).is_ok_and(|m| !m.is_file()) {
        cx.say(id::IO_NOT_REGULAR, &[("path", &out.display().to_string())]);
        return Status::Io;
    }
    if refuse_existing(cx, out, bytes) {
        return Status::Io;
    }
    match write_atomic(out, bytes) {
        Ok(()) => Status::Ok,
        Err(e) => io_error(cx, id::IO_WRITE, out, e),
    }
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
    if let Some(fixed) = batch::yaml_txt(file) {
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
    let lang = checked.doc.as_ref().map_or(Lang::Ky, |d| d.common.lang);
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
    let Some(doc) = checked.doc.as_ref() else {
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

/// `tirkeme check`.
pub(crate) fn check(cx: &Cx, files: &[PathBuf], format: FormatArg) -> Status {
    let format = match format {
        FormatArg::Human => Format::Human,
        FormatArg::Json => Format::Json,
    };
    let (files, mut status) = batch::collect(cx, files, format);
    if files.is_empty() {
        return status;
    }
    let (mut errors, mut warnings) = (0usize, 0usize);
    let mut read = Vec::new();
    for file in &files {
        // The findings are what `check` produces: standard output, so that
        // `tirkeme check x.yaml | less` shows them.
        match check_file_on(cx, file, None, format, Stream::Stdout) {
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
    let together = pipeline::check_together(&read);
    if !together.is_empty() {
        // Every file's text, for the labels that point into another file.
        let texts: Vec<(&str, &str)> = read
            .iter()
            .map(|c| (c.name.as_str(), c.text.as_str()))
            .collect();
        for (i, findings) in &together {
            let c = &read[*i];
            for f in findings {
                match f.severity {
                    Severity::Error => errors += 1,
                    Severity::Warning => warnings += 1,
                }
            }
            if tirkeme::finding::has_errors(findings) {
                status = status.max(Status::Invalid);
            }
            let _ = diagnostics::print_among(
                Stream::Stdout,
                (&c.name, &c.text),
                &texts,
                findings,
                format,
                cx.ui,
            );
        }
    }
    if format == Format::Human {
        let summary = tr(
            cx.ui,
            id::SUMMARY_CHECK,
            &[
                ("files", &files.len().to_string()),
                ("errors", &errors.to_string()),
                ("warnings", &warnings.to_string()),
            ],
        );
        status = status.max(write_stdout(cx, format!("{summary}\n").as_bytes()));
    }
    status
}

/// An unknown form is named with the forms there are and, when one is
/// close, the one meant (`aplication` → `application`).
pub(crate) fn unknown_form(cx: &Cx, found: &str, forms: &[&str]) -> Status {
    let list = forms.join(", ");
    match tirkeme::input::nearest(found, forms) {
        Some(hint) => cx.say(
            id::UNKNOWN_FORM_HINT,
            &[("found", found), ("forms", &list), ("hint", hint)],
        ),
        None => cx.say(id::UNKNOWN_FORM, &[("found", found), ("forms", &list)]),
    }
    Status::Io
}

/// `tirkeme new`: the example on standard output, or into a new file; with
/// a schema folder, the form's schema written there and the example's first
/// line pointing to it.
pub(crate) fn new(cx: &Cx, args: &NewArgs) -> Status {
    let (form, lang) = (args.form.as_str(), Lang::from(args.lang));
    let (output, schema_dir) = (args.output.as_deref(), args.schema_dir.as_deref());
    let Some(id) = FormId::from_id(form) else {
        let forms: Vec<&str> = FormId::ALL.iter().map(|f| f.id()).collect();
        return unknown_form(cx, form, &forms);
    };
    let name = output.map_or_else(|| format!("{}.yaml", id.id()), |p| p.display().to_string());
    let mut text = String::new();
    if let Some(dir) = schema_dir {
        let s = schema::write_into(cx, dir, id.id(), lang.into());
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
                cx.say(id::IO_EXISTS, &[("path", &name)]);
                return Status::Io;
            }
            if store(cx, path, text.as_bytes()) != Status::Ok {
                return Status::Io;
            }
            cx.say(id::NEW_WRITTEN, &[("path", &name)]);
        }
        None => {
            if write_stdout(cx, text.as_bytes()) != Status::Ok {
                return Status::Io;
            }
            if std::io::stdout().is_terminal() {
                cx.say(id::NEW_SAVE, &[("form", id.id())]);
            }
        }
    }
    Status::Ok
}

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

/// `tirkeme forms`.
pub(crate) fn forms(cx: &Cx) -> Status {
    let mut out = format!("{}\n", tr(cx.ui, id::FORMS_HEADER, &[]));
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
    write_stdout(cx, out.as_bytes())
}

/// `tirkeme rules`.
pub(crate) fn rules(cx: &Cx) -> Status {
    let mut out = format!("{}\n", tr(cx.ui, id::RULES_HEADER, &[]));
    for r in rule::ALL {
        let sev = tr(
            cx.ui,
            Id::built(&format!("severity-{}", r.severity.as_str())),
            &[],
        );
        out += &format!(
            "  {:<18} {:<10} {:<14} {}\n",
            r.id,
            sev,
            r.clause,
            tr(cx.ui, Id::built(&format!("rule-{}", r.id)), &[])
        );
    }
    write_stdout(cx, out.as_bytes())
}

/// `tirkeme demo`: every built-in example in both languages, with its YAML beside it.
pub(crate) fn demo(cx: &Cx, dir: &Path) -> Status {
    let opts = cx.archival();
    if let Err(s) = batch::output_dir(cx, dir) {
        return s;
    }
    let mut status = Status::Ok;
    let mut count = 0;
    for form in FormId::ALL {
        for lang in Lang::ALL {
            let stem = format!("{}.{}", form.id(), lang.code());
            let yaml_path = dir.join(format!("{stem}.yaml"));
            let src = form.example(lang).as_bytes().to_vec();
            if store(cx, &yaml_path, &src) != Status::Ok {
                return Status::Io;
            }
            let checked = pipeline::check(&yaml_path.display().to_string(), src, Some(lang));
            let _ = diagnostics::print(
                &checked.name,
                &checked.text,
                &checked.findings,
                Format::Human,
                cx.ui,
            );
            let s = render_checked(
                cx,
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
    cx.say(
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
pub(crate) fn dev_typst(cx: &Cx, args: &DevTypstArgs) -> Status {
    let (form, data, output) = (
        args.form.as_str(),
        args.data.as_path(),
        args.output.as_path(),
    );
    let templates = args.templates.as_deref();
    let data = match std::fs::read(data) {
        Ok(d) => d,
        Err(e) => return io_error(cx, id::IO_READ, data, e),
    };
    let mut own = Vec::new();
    if let Some(dir) = templates {
        let entries = match std::fs::read_dir(dir) {
            Ok(e) => e,
            Err(e) => return io_error(cx, id::IO_READ, dir, e),
        };
        for path in entries.flatten().map(|e| e.path()) {
            if path.extension().is_some_and(|x| x == "typ")
                && let Some(name) = path.file_name().and_then(|n| n.to_str())
            {
                match std::fs::read_to_string(&path) {
                    Ok(text) => own.push((name.to_owned(), text)),
                    Err(e) => return io_error(cx, id::IO_READ, &path, e),
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
            cx.template_findings(&pdf.warnings);
            store(cx, output, &pdf.bytes)
        }
        Err(e) => {
            cx.template_findings(&e.findings);
            Status::Invalid
        }
    }
}
