//! The `tirkeme` command line: argument parsing, dispatch and the exit code.
//! Each subcommand lives in `cli/`.

use std::path::PathBuf;
use std::process::ExitCode;
use tirkeme::locale::id;

use clap::{CommandFactory, FromArgMatches, Parser, Subcommand, ValueEnum};
use tirkeme::locale::{Lang, UiLang};
use tirkeme::pipeline::RenderOptions;

mod cli;
mod desktop;
mod serve;

/// YAML to the official professional-development forms of Talas State
/// University (Kyrgyz and Russian), checked against the regulation.
#[derive(Parser)]
// The version names the commit: `0.1.0 (abc1234 2026-12-06)` (build.rs).
#[command(name = "tirkeme", version = env!("TIRKEME_VERSION"), about, long_about = None)]
struct Args {
    /// Language of the tool's messages (default: from `LANG`).
    #[arg(long, global = true, value_enum)]
    ui_lang: Option<UiArg>,
    /// Replace existing files that tirkeme did not make (or that differ).
    #[arg(long, global = true)]
    force: bool,
    #[command(subcommand)]
    command: Command,
}

#[derive(Clone, Copy, ValueEnum)]
enum UiArg {
    Ky,
    Ru,
    En,
}

impl From<UiArg> for UiLang {
    fn from(l: UiArg) -> UiLang {
        match l {
            UiArg::Ky => UiLang::Ky,
            UiArg::Ru => UiLang::Ru,
            UiArg::En => UiLang::En,
        }
    }
}

/// A form language on the command line.
#[derive(Clone, Copy, ValueEnum)]
pub(crate) enum LangArg {
    Ky,
    Ru,
}

impl From<LangArg> for Lang {
    fn from(l: LangArg) -> Lang {
        match l {
            LangArg::Ky => Lang::Ky,
            LangArg::Ru => Lang::Ru,
        }
    }
}

/// How `check` prints.
#[derive(Clone, Copy, ValueEnum)]
pub(crate) enum FormatArg {
    Human,
    Json,
}

/// `--lang`: the language forms are printed in, whatever their files say
/// (render, batch, package).
#[derive(clap::Args, Clone, Copy)]
pub(crate) struct LangOpt {
    /// Print in this language, whatever the file says.
    #[arg(long, value_enum)]
    lang: Option<LangArg>,
}

impl LangOpt {
    /// The language asked for, if any.
    pub(crate) fn get(self) -> Option<Lang> {
        self.lang.map(Lang::from)
    }
}

/// How forms are printed: `--lang` and `--plain` (render, batch).
#[derive(clap::Args, Clone, Copy)]
pub(crate) struct PrintOpts {
    #[command(flatten)]
    pub(crate) lang: LangOpt,
    /// A plain PDF, not PDF/A-3b, without the YAML attached.
    #[arg(long)]
    plain: bool,
}

impl PrintOpts {
    /// The PDF's options, with the date of `SOURCE_DATE_EPOCH` (read once
    /// in `main`).
    pub(crate) fn pdf(self, date: Option<chrono::NaiveDate>) -> RenderOptions {
        RenderOptions {
            archival: !self.plain,
            date,
        }
    }
}

/// `tirkeme render`.
#[derive(clap::Args)]
pub(crate) struct RenderArgs {
    /// The YAML input.
    pub(crate) file: PathBuf,
    /// Where to write the PDF: a file, or a folder for `<name>.<lang>.pdf`
    /// (default: beside the input).
    #[arg(short, long)]
    pub(crate) output: Option<PathBuf>,
    #[command(flatten)]
    pub(crate) print: PrintOpts,
    /// Print even if a rule is broken: every page marked as a draft.
    #[arg(long)]
    pub(crate) draft: bool,
}

/// `tirkeme batch`.
#[derive(clap::Args)]
pub(crate) struct BatchArgs {
    /// Files and folders (searched for `*.yaml` / `*.yml`).
    #[arg(required = true)]
    pub(crate) inputs: Vec<PathBuf>,
    /// The output folder (created if missing).
    #[arg(short, long)]
    pub(crate) output: PathBuf,
    /// Worker threads (default: the number of cores).
    #[arg(short, long)]
    pub(crate) jobs: Option<usize>,
    #[command(flatten)]
    pub(crate) print: PrintOpts,
}

/// `tirkeme package`.
#[derive(clap::Args)]
pub(crate) struct PackageArgs {
    /// The annual plan.
    pub(crate) plan: PathBuf,
    /// The output folder (created if missing).
    #[arg(short, long)]
    pub(crate) output: PathBuf,
    #[command(flatten)]
    pub(crate) lang: LangOpt,
}

/// `tirkeme blank`.
#[derive(clap::Args)]
pub(crate) struct BlankArgs {
    /// The form's id (`tirkeme forms` lists them).
    pub(crate) form: String,
    /// The language of the form.
    #[arg(long, value_enum, default_value = "ky")]
    pub(crate) lang: LangArg,
    /// Where to write the PDF (default: `<form>.blank.<lang>.pdf`; `-` for
    /// standard output).
    #[arg(short, long)]
    pub(crate) output: Option<PathBuf>,
}

/// `tirkeme new`.
#[derive(clap::Args)]
pub(crate) struct NewArgs {
    /// The form's id (`tirkeme forms` lists them).
    pub(crate) form: String,
    /// The language of the example.
    #[arg(long, value_enum, default_value = "ky")]
    pub(crate) lang: LangArg,
    /// Write the example to this file (never over an existing one)
    /// instead of printing it.
    #[arg(short, long)]
    pub(crate) output: Option<PathBuf>,
    /// Also write the form's JSON Schema into this folder and start the
    /// example with the `# yaml-language-server: $schema=` line pointing
    /// to it, for editors.
    #[arg(long)]
    pub(crate) schema_dir: Option<PathBuf>,
}

/// `tirkeme schema`.
#[derive(clap::Args)]
pub(crate) struct SchemaArgs {
    /// The form (or `--all`).
    #[arg(required_unless_present = "all", conflicts_with = "all")]
    pub(crate) form: Option<String>,
    /// Every document's schema, written as `<form>.schema.json` into the
    /// folder given by `-o`.
    #[arg(long, requires = "output")]
    pub(crate) all: bool,
    /// Where to write: a file (one form) or a folder (`--all`).
    #[arg(short, long)]
    pub(crate) output: Option<PathBuf>,
    /// The language of the descriptions (default: that of the messages).
    #[arg(long, value_enum)]
    lang: Option<UiArg>,
}

impl SchemaArgs {
    /// The language of the descriptions: `--lang`, else that of the messages.
    pub(crate) fn lang(&self, ui: UiLang) -> UiLang {
        self.lang.map_or(ui, UiLang::from)
    }
}

/// `tirkeme status`.
#[derive(clap::Args)]
pub(crate) struct StatusArgs {
    /// The roster (`form: roster`).
    pub(crate) roster: PathBuf,
    /// The date to judge on: `2025-11-03` or `03.11.2025` (default: today).
    #[arg(long)]
    pub(crate) on: Option<String>,
    /// `human` (a table), `json` (one object a line) or `csv`.
    #[arg(long, value_enum, default_value = "human")]
    pub(crate) format: cli::StatusFormat,
    /// Also render the standing page, with its timeline chart, to this PDF.
    #[arg(long)]
    pub(crate) pdf: Option<PathBuf>,
}

/// `tirkeme dev-typst`.
#[derive(clap::Args)]
pub(crate) struct DevTypstArgs {
    /// The form's template.
    pub(crate) form: String,
    /// The data file.
    pub(crate) data: PathBuf,
    /// The PDF to write.
    pub(crate) output: PathBuf,
    /// A folder of templates (`*.typ`) used in place of the built-in
    /// ones of the same name.
    #[arg(long)]
    pub(crate) templates: Option<PathBuf>,
}

#[derive(Subcommand)]
enum Command {
    /// Render one form to PDF (checked first).
    Render(RenderArgs),
    /// Check inputs against the regulation without rendering.
    Check {
        /// The YAML inputs: files, or folders searched for `*.yaml` / `*.yml`.
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// `human` (excerpts) or `json` (one object a line).
        #[arg(long, value_enum, default_value = "human")]
        format: FormatArg,
    },
    /// Render many files and folders in one run, in parallel.
    Batch(BatchArgs),
    /// Render an annual plan and the application of every teacher it sends away.
    Package(PackageArgs),
    /// Print a commented example of a form to fill in.
    New(NewArgs),
    /// Render a form left blank, every line to be filled in by hand.
    Blank(BlankArgs),
    /// Print the JSON Schema of a form's YAML, for editors.
    Schema(SchemaArgs),
    /// List the forms.
    Forms,
    /// List the rules checked, with their clauses.
    Rules,
    /// Render every built-in example in both languages.
    Demo {
        /// The output folder.
        #[arg(short, long, default_value = "tirkeme-demo")]
        output: PathBuf,
    },
    /// Compile a template with a JSON data file (for template work).
    #[command(hide = true)]
    DevTypst(DevTypstArgs),
    /// Turn the department's spreadsheet (xlsx, ods, csv) into a roster.
    Import {
        /// The spreadsheet: first row the column names, one row per completed activity.
        file: PathBuf,
        /// Where to write the roster's YAML (default: standard output).
        #[arg(short, long)]
        output: Option<PathBuf>,
    },
    /// Draft a plan's YAML from the roster (renders as it is).
    #[command(subcommand)]
    Draft(DraftCommand),
    /// Each teacher's standing with the five-year rule, from the roster.
    Status(StatusArgs),
    /// Serve the forms in a browser, over the documents of a folder.
    Serve(serve::ServeArgs),
    /// Write out the YAML attached to a PDF made by tirkeme.
    Extract {
        /// The PDF.
        file: PathBuf,
        /// Where to write the YAML (default: standard output).
        #[arg(short, long)]
        output: Option<PathBuf>,
    },
}

/// The plans `draft` makes.
#[derive(Subcommand)]
enum DraftCommand {
    /// The annual plan: a row for every teacher not `ok` on 1 September.
    AnnualPlan {
        /// The roster.
        roster: PathBuf,
        /// The academic year, e.g. `2026-2027`.
        #[arg(long)]
        year: String,
        /// Where to write the YAML (default: standard output).
        #[arg(short, long)]
        output: Option<PathBuf>,
    },
    /// The perspective plan: every teacher planned no later than their due year.
    PerspectivePlan {
        /// The roster.
        roster: PathBuf,
        /// The first of the plan's academic years, e.g. `2026-2027`.
        #[arg(long)]
        from: String,
        /// Where to write the YAML (default: standard output).
        #[arg(short, long)]
        output: Option<PathBuf>,
    },
}

fn main() -> ExitCode {
    let mut argv: Vec<std::ffi::OsString> = std::env::args_os().collect();
    // The language is known before parsing: help and usage errors use it too.
    let ui = cli::help::ui_from_args(&argv).unwrap_or_else(UiLang::from_env);
    // A double-click on tirkeme.exe stands for `serve` over Documents\tirkeme
    // (see desktop.rs for how it is told from a start in a console).
    let mut desktop = desktop::Desktop::detect(&argv);
    if let Some(d) = &mut desktop {
        match d.prepare(ui) {
            Ok(args) => argv = args,
            Err(status) => return ExitCode::from(d.finish(ui, status).code()),
        }
    }
    // The help is put into the user's language only when it is shown:
    // for help, a version or a usage error the arguments are parsed again
    // by the translated command (translating it takes longer than reading
    // a small form).
    let parse = |cmd: &mut clap::Command| {
        cmd.try_get_matches_from_mut(&argv)
            .and_then(|m| Args::from_arg_matches(&m))
    };
    let args = match parse(&mut Args::command()) {
        Ok(a) => a,
        Err(_) => match parse(&mut cli::help::localize(Args::command(), ui)) {
            Ok(a) => a,
            Err(e) => return ExitCode::from(cli::help::usage_error(ui, &e)),
        },
    };
    let ui = match args.ui_lang {
        Some(UiArg::Ky) => UiLang::Ky,
        Some(UiArg::Ru) => UiLang::Ru,
        Some(UiArg::En) => UiLang::En,
        None => ui,
    };
    cli::FORCE.store(args.force, std::sync::atomic::Ordering::Relaxed);
    cli::remove_temp_files_on_signal();
    // `SOURCE_DATE_EPOCH` is read here, once; the library gets its date as
    // a value (`RenderOptions::date`).
    let epoch = std::env::var_os("SOURCE_DATE_EPOCH");
    let date = tirkeme::pipeline::source_date_epoch(epoch.as_deref()).unwrap_or_else(|value| {
        cli::say(ui, id::SOURCE_DATE_EPOCH_IGNORED, &[("value", &value)]);
        None
    });
    // PDF/A with that date: demo and serve have no `--plain`.
    let archival = RenderOptions {
        archival: true,
        date,
    };
    let status = match args.command {
        Command::Render(a) => cli::render(ui, a, date),
        Command::Check { files, format } => cli::check(ui, &files, format),
        Command::Batch(a) => cli::batch(ui, &a, date),
        Command::Package(a) => cli::package(ui, &a, date),
        Command::New(a) => cli::new(ui, &a),
        Command::Blank(a) => cli::blank(ui, &a, archival),
        Command::Schema(a) => cli::schema(ui, &a),
        Command::Forms => cli::forms(ui),
        Command::Rules => cli::rules(ui),
        Command::Demo { output } => cli::demo(ui, &output, archival),
        Command::Extract { file, output } => cli::extract(ui, &file, output),
        Command::Draft(DraftCommand::AnnualPlan {
            roster,
            year,
            output,
        }) => cli::draft(ui, cli::Plan::Annual, &roster, &year, output.as_deref()),
        Command::Draft(DraftCommand::PerspectivePlan {
            roster,
            from,
            output,
        }) => cli::draft(
            ui,
            cli::Plan::Perspective,
            &roster,
            &from,
            output.as_deref(),
        ),
        Command::Import { file, output } => cli::import(ui, &file, output.as_deref()),
        Command::Status(a) => cli::status(ui, &a),
        Command::Serve(a) => serve::serve(ui, a, archival),
        Command::DevTypst(a) => cli::dev_typst(ui, &a),
    };
    let status = desktop.map_or(status, |d| d.finish(ui, status));
    ExitCode::from(status.code())
}
