//! The `tirkeme` binary: the language of the messages, the arguments
//! parsed (help and usage errors in that language), then one command of
//! `cli` (or `serve`) run with its context; the exit code from its status.
//! The work itself is the library's (`tirkeme`).

use std::process::ExitCode;

use clap::{CommandFactory, FromArgMatches};
use tirkeme::locale::{UiLang, id};

/// mimalloc, not the system's allocator: on Linux its heap is in huge pages
/// (a seventh of the page faults of a cold render) and it is quicker at
/// Typst's many small allocations; README, "Speed", has the figures.
#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

mod cli;
mod desktop;
mod report;
mod serve;

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
            .and_then(|m| cli::args::Args::from_arg_matches(&m))
    };
    let args = match parse(&mut cli::args::Args::command()) {
        Ok(a) => a,
        Err(_) => match parse(&mut cli::help::localize(cli::args::Args::command(), ui)) {
            Ok(a) => a,
            Err(e) => return ExitCode::from(cli::help::usage_error(ui, &e)),
        },
    };
    let ui = args.ui_lang.map_or(ui, UiLang::from);
    cli::remove_temp_files_on_signal();
    // `SOURCE_DATE_EPOCH` is read here, once; the library gets its date as
    // a value (`RenderOptions::date`).
    let epoch = std::env::var_os("SOURCE_DATE_EPOCH");
    let date = tirkeme::pipeline::source_date_epoch(epoch.as_deref()).unwrap_or_else(|value| {
        report::say(ui, id::SOURCE_DATE_EPOCH_IGNORED, &[("value", &value)]);
        None
    });
    if matches!(
        args.command,
        cli::args::Command::Serve(_) | cli::args::Command::Batch(_)
    ) {
        tirkeme::engine::small_pages();
    }
    let status = cli::run(&cli::Cx::new(ui, args.force, date), args.command);
    let status = desktop.map_or(status, |d| d.finish(ui, status));
    ExitCode::from(status.code())
}
