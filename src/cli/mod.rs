//! The command line: one file per command (`render.rs`, `check.rs`, …),
//! their arguments in `args.rs`, what they share in `files.rs`. Each command
//! is given a [`Cx`] (no globals) and returns a [`Status`]; `main` turns it
//! into the exit code (SPEC §4: 0 done, 1 invalid input or failed render,
//! 2 usage or I/O). The work is the library's; a command reads, calls it and
//! says what came of it, once.

use tirkeme::locale::{Id, UiLang};
use tirkeme::pipeline::RenderOptions;

use args::{Command, DraftCommand};

pub(crate) mod args;
mod batch;
mod blank;
mod check;
mod demo;
mod dev_typst;
mod draft;
mod error;
mod execution;
mod extract;
mod files;
mod forms;
pub(crate) mod help;
mod import;
mod minutes;
mod new;
mod package;
mod pending;
mod render;
mod rules;
mod schema;
mod status;

pub(crate) use crate::report::{Status, os_error};

// What the commands share.
pub(crate) use error::{Error, Result};
pub(crate) use files::{
    check_file, check_file_on, collect, output_dir, read_input, remove_temp_files_on_signal, store,
    write_stdout, yaml_txt,
};
pub(crate) use new::unknown_form;
pub(crate) use render::{produce, render_checked, render_failed};
pub(crate) use status::StatusFormat;

/// Runs one command; its status is the exit code. A command over many
/// inputs (check, batch, package, demo) says each input's problem as it
/// goes and gives the worst status; any other gives its error here, where
/// it is said.
pub(crate) fn run(cx: &Cx, command: Command) -> Status {
    let done = match command {
        Command::Check { files, format } => return check::check(cx, &files, format),
        Command::Batch(a) => return batch::batch(cx, &a),
        Command::Package(a) => return package::package(cx, &a),
        Command::Demo { output } => return demo::demo(cx, &output),
        Command::Serve(a) => return crate::serve::serve(cx.ui, a, cx.archival()),
        Command::Render(a) => render::render(cx, a),
        Command::New(a) => new::new(cx, &a),
        Command::Blank(a) => blank::blank(cx, &a),
        Command::Schema(a) => schema::schema(cx, &a),
        Command::Forms => forms::forms(cx),
        Command::Rules => rules::rules(cx),
        Command::Extract { file, output } => extract::extract(cx, &file, output),
        Command::Draft(DraftCommand::AnnualPlan {
            roster,
            year,
            output,
        }) => draft::draft(cx, draft::Plan::Annual, &roster, &year, output.as_deref()),
        Command::Draft(DraftCommand::PerspectivePlan {
            roster,
            from,
            output,
        }) => draft::draft(
            cx,
            draft::Plan::Perspective,
            &roster,
            &from,
            output.as_deref(),
        ),
        Command::Draft(DraftCommand::Minutes(a)) => minutes::draft_minutes(cx, &a),
        Command::Import { file, output } => import::import(cx, &file, output.as_deref()),
        Command::Execution(a) => execution::execution(cx, &a),
        Command::Status(a) => status::status(cx, &a),
        Command::DevTypst(a) => dev_typst::dev_typst(cx, &a),
    };
    match done {
        Ok(()) => Status::Ok,
        Err(e) => cx.report(e),
    }
}

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
