//! The command line's arguments, as clap types: the tool's options, the
//! subcommands and what each takes (`typst-cli`'s `args.rs` is the model).
//!
//! Their words are not here: every `about`, argument help and value name is
//! a message of `locales/*/cli.ftl` (`cli-<command>-about`,
//! `cli-<command>-<arg>`, `cli-<arg>`, `cli-value-<arg>`), set by
//! [`super::help::localize`] in the user's language when help or a usage
//! error is shown. A doc comment on a field would be clap's English help
//! text, overridden every time, so fields carry none.

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};
use tirkeme::locale::{Lang, UiLang};
use tirkeme::pipeline::RenderOptions;

/// YAML to the official professional-development forms of Talas State
/// University (Kyrgyz and Russian), checked against the regulation.
#[derive(Parser)]
// The version names the commit: `0.1.0 (abc1234 2026-12-06)` (build.rs).
#[command(name = "tirkeme", version = env!("TIRKEME_VERSION"), about, long_about = None)]
pub(crate) struct Args {
    #[arg(long, global = true, value_enum)]
    pub(crate) ui_lang: Option<UiArg>,
    #[arg(long, global = true)]
    pub(crate) force: bool,
    #[command(subcommand)]
    pub(crate) command: Command,
}

#[derive(Clone, Copy, ValueEnum)]
pub(crate) enum UiArg {
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
    #[arg(long, value_enum)]
    lang: Option<LangArg>,
}

impl LangOpt {
    pub(crate) fn get(self) -> Option<Lang> {
        self.lang.map(Lang::from)
    }
}

/// How forms are printed: `--lang` and `--plain` (render, batch).
#[derive(clap::Args, Clone, Copy)]
pub(crate) struct PrintOpts {
    #[command(flatten)]
    pub(crate) lang: LangOpt,
    #[arg(long)]
    plain: bool,
}

impl PrintOpts {
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
    pub(crate) file: PathBuf,
    #[arg(short, long)]
    pub(crate) output: Option<PathBuf>,
    #[command(flatten)]
    pub(crate) print: PrintOpts,
    #[arg(long)]
    pub(crate) draft: bool,
}

/// `tirkeme batch`.
#[derive(clap::Args)]
pub(crate) struct BatchArgs {
    #[arg(required = true)]
    pub(crate) inputs: Vec<PathBuf>,
    #[arg(short, long)]
    pub(crate) output: PathBuf,
    #[arg(short, long)]
    pub(crate) jobs: Option<usize>,
    #[command(flatten)]
    pub(crate) print: PrintOpts,
}

/// `tirkeme package`.
#[derive(clap::Args)]
pub(crate) struct PackageArgs {
    pub(crate) plan: PathBuf,
    #[arg(short, long)]
    pub(crate) output: PathBuf,
    #[command(flatten)]
    pub(crate) lang: LangOpt,
}

/// `tirkeme blank`.
#[derive(clap::Args)]
pub(crate) struct BlankArgs {
    pub(crate) form: String,
    #[arg(long, value_enum, default_value = "ky")]
    pub(crate) lang: LangArg,
    #[arg(short, long)]
    pub(crate) output: Option<PathBuf>,
}

/// `tirkeme new`.
#[derive(clap::Args)]
pub(crate) struct NewArgs {
    pub(crate) form: String,
    #[arg(long, value_enum, default_value = "ky")]
    pub(crate) lang: LangArg,
    #[arg(short, long)]
    pub(crate) output: Option<PathBuf>,
    #[arg(long)]
    pub(crate) schema_dir: Option<PathBuf>,
}

/// `tirkeme schema`.
#[derive(clap::Args)]
pub(crate) struct SchemaArgs {
    #[arg(required_unless_present = "all", conflicts_with = "all")]
    pub(crate) form: Option<String>,
    #[arg(long, requires = "output")]
    pub(crate) all: bool,
    #[arg(short, long)]
    pub(crate) output: Option<PathBuf>,
    #[arg(long, value_enum)]
    lang: Option<UiArg>,
}

impl SchemaArgs {
    pub(crate) fn lang(&self, ui: UiLang) -> UiLang {
        self.lang.map_or(ui, UiLang::from)
    }
}

/// `tirkeme status`.
#[derive(clap::Args)]
pub(crate) struct StatusArgs {
    pub(crate) roster: PathBuf,
    #[arg(long)]
    pub(crate) on: Option<String>,
    #[arg(long, value_enum, default_value = "human")]
    pub(crate) format: super::StatusFormat,
    #[arg(long)]
    pub(crate) pdf: Option<PathBuf>,
}

/// `tirkeme dev-typst`.
#[derive(clap::Args)]
pub(crate) struct DevTypstArgs {
    pub(crate) form: String,
    pub(crate) data: PathBuf,
    pub(crate) output: PathBuf,
    #[arg(long)]
    pub(crate) templates: Option<PathBuf>,
}

#[derive(Subcommand)]
pub(crate) enum Command {
    Render(RenderArgs),
    Check {
        #[arg(required = true)]
        files: Vec<PathBuf>,
        #[arg(long, value_enum, default_value = "human")]
        format: FormatArg,
    },
    Batch(BatchArgs),
    Package(PackageArgs),
    New(NewArgs),
    Blank(BlankArgs),
    Schema(SchemaArgs),
    Forms,
    Rules,
    Demo {
        #[arg(short, long, default_value = "tirkeme-demo")]
        output: PathBuf,
    },
    #[command(hide = true)]
    DevTypst(DevTypstArgs),
    Import {
        file: PathBuf,
        #[arg(short, long)]
        output: Option<PathBuf>,
    },
    #[command(subcommand)]
    Draft(DraftCommand),
    Status(StatusArgs),
    Execution(ExecutionArgs),
    Serve(crate::serve::ServeArgs),
    Extract {
        file: PathBuf,
        #[arg(short, long)]
        output: Option<PathBuf>,
    },
}

/// The plans `draft` makes.
#[derive(Subcommand)]
pub(crate) enum DraftCommand {
    AnnualPlan {
        roster: PathBuf,
        #[arg(long)]
        year: String,
        #[arg(short, long)]
        output: Option<PathBuf>,
    },
    PerspectivePlan {
        roster: PathBuf,
        #[arg(long)]
        from: String,
        #[arg(short, long)]
        output: Option<PathBuf>,
    },
    Minutes(DraftMinutesArgs),
}

/// `tirkeme draft minutes`.
#[derive(clap::Args)]
pub(crate) struct DraftMinutesArgs {
    pub(crate) dir: PathBuf,
    #[arg(long)]
    pub(crate) number: String,
    #[arg(long)]
    pub(crate) date: String,
    #[arg(short, long)]
    pub(crate) output: Option<PathBuf>,
}

/// `tirkeme execution`.
#[derive(clap::Args)]
pub(crate) struct ExecutionArgs {
    #[arg(required = true)]
    pub(crate) dirs: Vec<PathBuf>,
    #[arg(long)]
    pub(crate) year: Option<String>,
    #[arg(long)]
    pub(crate) on: Option<String>,
    #[arg(long, value_enum, default_value = "human")]
    pub(crate) format: super::StatusFormat,
    #[arg(long)]
    pub(crate) pdf: Option<PathBuf>,
}
