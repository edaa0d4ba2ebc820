//! The command line in the user's language: every `about`, argument help,
//! heading and usage error of clap comes from the locale files.
//!
//! One function, [`localize`], walks the clap `Command` (however its
//! arguments are declared or grouped) and sets the texts from message ids
//! made of the command and argument names:
//! - `cli-about` for the tool, `cli-<command>-about` for a subcommand;
//! - `cli-<command>-<arg>` for an argument, else `cli-<arg>` (shared ones such
//!   as `--ui-lang`, `--help`, `--version`);
//! - `cli-value-<arg>` for the placeholder of its value (`<ФАЙЛ>`).
//!
//! A usage error is put into words by [`usage_error`] from clap's error kind
//! and context, never from clap's English.

use std::ffi::OsString;
use std::io::{IsTerminal, Write};
use tirkeme::locale::{Id, id};

use clap::Command;
use clap::error::{ContextKind, ContextValue, Error, ErrorKind};
use tirkeme::locale::{UiLang, has_message, tr};

/// The language asked for on the command line (`--ui-lang X` or
/// `--ui-lang=X`), looked for before clap parses so that its own help and
/// errors are already in that language.
pub(crate) fn ui_from_args(args: &[OsString]) -> Option<UiLang> {
    let mut it = args.iter().filter_map(|a| a.to_str());
    while let Some(a) = it.next() {
        if a == "--" {
            break;
        }
        let value = if a == "--ui-lang" {
            it.next()
        } else {
            a.strip_prefix("--ui-lang=")
        };
        match value {
            Some("ky") => return Some(UiLang::Ky),
            Some("ru") => return Some(UiLang::Ru),
            Some("en") => return Some(UiLang::En),
            _ => {}
        }
    }
    None
}

fn id_part(name: &str) -> String {
    name.replace('_', "-")
}

/// The first of `ids` that exists, in `ui`; a text that lists the forms
/// (`{$forms}`) gets them from the registry.
fn first_of(ui: UiLang, ids: &[String]) -> Option<String> {
    let forms = tirkeme::forms::form_list();
    ids.iter()
        .find(|id| has_message(ui, Id::built(id)))
        .map(|id| tr(ui, Id::built(id), &[("forms", &forms)]))
}

/// Sets every text of `cmd` and its subcommands from the locale files.
pub(crate) fn localize(mut cmd: Command, ui: UiLang) -> Command {
    // Built first, so that clap's own `--help`, `--version` and `help`
    // exist and get words too.
    cmd.build();
    localize_one(cmd, ui, None)
}

fn localize_one(cmd: Command, ui: UiLang, parent: Option<&str>) -> Command {
    let name = id_part(cmd.get_name());
    let about_id = match parent {
        None => "cli-about".to_owned(),
        Some(_) => format!("cli-{name}-about"),
    };
    let prefix = parent.map(|_| name.clone());
    let heading = |id: Id<'_>| tr(ui, id, &[]);
    let template = format!(
        "{{about-with-newline}}\n{usage}: {{usage}}\n\n{{all-args}}{{after-help}}",
        usage = heading(id::CLI_HEADING_USAGE),
    );
    let mut cmd = cmd
        .help_template(template)
        .subcommand_help_heading(heading(id::CLI_HEADING_COMMANDS));
    if has_message(ui, Id::built(&about_id)) {
        cmd = cmd.about(tr(ui, Id::built(&about_id), &[]));
    }
    if parent.is_none() {
        cmd = cmd.after_help(tr(ui, id::CLI_AFTER_HELP, &[]));
    }
    let (args_heading, options_heading) = (
        heading(id::CLI_HEADING_ARGUMENTS),
        heading(id::CLI_HEADING_OPTIONS),
    );
    cmd = cmd.mut_args(|a| {
        let arg = id_part(a.get_id().as_str());
        let mut ids = Vec::new();
        if let Some(p) = &prefix {
            ids.push(format!("cli-{p}-{arg}"));
        }
        ids.push(format!("cli-{arg}"));
        let mut a = if let Some(help) = first_of(ui, &ids) {
            a.help(help)
        } else {
            a
        };
        if let Some(value) = first_of(ui, &[format!("cli-value-{arg}")]) {
            a = a.value_name(value);
        }
        let heading = if a.is_positional() {
            &args_heading
        } else {
            &options_heading
        };
        // clap's `[possible values: …]` and `[default: …]` are English: the
        // help texts name the values and defaults themselves.
        a.help_heading(heading.clone())
            .hide_possible_values(true)
            .hide_default_value(true)
    });
    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_owned())
        .collect();
    for sub in names {
        cmd = cmd.mut_subcommand(&sub, |s| localize_one(s, ui, Some(&name)));
    }
    cmd
}

/// Clap's fixed English words in usage lines, in `ui`.
fn words(ui: UiLang, text: &str) -> String {
    text.replace("[OPTIONS]", &tr(ui, id::CLI_USAGE_OPTIONS, &[]))
        .replace("<COMMAND>", &tr(ui, id::CLI_USAGE_COMMAND, &[]))
        .replace("[COMMAND]", &tr(ui, id::CLI_USAGE_COMMAND_OPTIONAL, &[]))
}

fn context_text(e: &Error, kind: ContextKind) -> Option<String> {
    match e.get(kind)? {
        ContextValue::String(s) => Some(s.clone()),
        ContextValue::Strings(v) => Some(v.join(", ")),
        ContextValue::StyledStr(s) => Some(s.to_string()),
        ContextValue::StyledStrs(v) => Some(
            v.iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join(", "),
        ),
        ContextValue::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// Prints a clap error (help and version included) in `ui` and gives the
/// exit code: 0 for `--help` and `--version`, 2 for a usage error (SPEC §4).
pub(crate) fn usage_error(ui: UiLang, e: &Error) -> u8 {
    match e.kind() {
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion => {
            let rendered = e.render();
            let text = if std::io::stdout().is_terminal() {
                rendered.ansi().to_string()
            } else {
                rendered.to_string()
            };
            let mut text = words(ui, &text);
            if !text.ends_with('\n') {
                text.push('\n');
            }
            let _ = std::io::stdout().write_all(text.as_bytes());
            return 0;
        }
        ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            let _ = std::io::stderr().write_all(words(ui, &e.render().to_string()).as_bytes());
            return 2;
        }
        _ => {}
    }
    let arg = context_text(e, ContextKind::InvalidArg).unwrap_or_default();
    let value = context_text(e, ContextKind::InvalidValue).unwrap_or_default();
    let mut lines = vec![match e.kind() {
        ErrorKind::InvalidValue if value.is_empty() => {
            tr(ui, id::CLI_MISSING_VALUE, &[("arg", &arg)])
        }
        ErrorKind::InvalidValue => tr(
            ui,
            id::CLI_INVALID_VALUE,
            &[
                ("arg", &arg),
                ("value", &value),
                (
                    "valid",
                    &context_text(e, ContextKind::ValidValue).unwrap_or_default(),
                ),
            ],
        ),
        ErrorKind::ValueValidation => {
            tr(ui, id::CLI_BAD_VALUE, &[("arg", &arg), ("value", &value)])
        }
        ErrorKind::UnknownArgument => tr(ui, id::CLI_UNKNOWN_ARGUMENT, &[("arg", &arg)]),
        ErrorKind::InvalidSubcommand => tr(
            ui,
            id::CLI_UNKNOWN_COMMAND,
            &[(
                "command",
                &context_text(e, ContextKind::InvalidSubcommand).unwrap_or_default(),
            )],
        ),
        ErrorKind::MissingRequiredArgument => tr(ui, id::CLI_MISSING_ARGUMENT, &[("arg", &arg)]),
        ErrorKind::MissingSubcommand => tr(ui, id::CLI_MISSING_COMMAND, &[]),
        ErrorKind::ArgumentConflict => tr(
            ui,
            id::CLI_CONFLICT,
            &[
                ("arg", &arg),
                (
                    "other",
                    &context_text(e, ContextKind::PriorArg).unwrap_or_default(),
                ),
            ],
        ),
        ErrorKind::TooManyValues | ErrorKind::NoEquals => {
            tr(ui, id::CLI_UNEXPECTED, &[("arg", &arg), ("value", &value)])
        }
        _ => tr(ui, id::CLI_USAGE_OTHER, &[("arg", &arg)]),
    }];
    if let Some(s) = context_text(e, ContextKind::SuggestedArg)
        .or_else(|| context_text(e, ContextKind::SuggestedSubcommand))
        .or_else(|| context_text(e, ContextKind::SuggestedValue))
    {
        lines.push(tr(ui, id::CLI_DID_YOU_MEAN, &[("hint", &s)]));
    }
    let usage = context_text(e, ContextKind::Usage).unwrap_or_default();
    let usage = usage.trim();
    let usage = usage.strip_prefix("Usage:").unwrap_or(usage).trim();
    if !usage.is_empty() {
        lines.push(format!(
            "{}: {}",
            tr(ui, id::CLI_HEADING_USAGE, &[]),
            words(ui, usage)
        ));
        // `tirkeme check --format <FORMAT> <FILES>...` → `tirkeme check`.
        let command: Vec<&str> = usage
            .split_whitespace()
            .take_while(|w| !w.starts_with(['[', '<', '-']))
            .collect();
        lines.push(tr(ui, id::CLI_TRY_HELP, &[("command", &command.join(" "))]));
    }
    let prefix = tr(ui, id::SEVERITY_ERROR, &[]);
    // Not `eprintln!`, which panics when standard error is closed or full.
    let _ = writeln!(std::io::stderr().lock(), "{prefix}: {}", lines.join("\n"));
    2
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    /// Every command and argument has its words in every language: a
    /// missing id would leave clap's English in a Kyrgyz help.
    #[test]
    fn every_help_text_has_its_message() {
        let mut cmd = crate::cli::args::Args::command();
        cmd.build();
        let mut missing = Vec::new();
        let mut stack = vec![(None::<String>, cmd)];
        while let Some((parent, c)) = stack.pop() {
            let name = id_part(c.get_name());
            if c.is_hide_set() {
                continue;
            }
            let about = match &parent {
                None => "cli-about".to_owned(),
                Some(_) => format!("cli-{name}-about"),
            };
            for ui in [UiLang::Ky, UiLang::Ru, UiLang::En] {
                if !has_message(ui, Id::built(&about)) {
                    missing.push(format!("{ui:?} {about}"));
                }
                for a in c.get_arguments().filter(|a| !a.is_hide_set()) {
                    let arg = id_part(a.get_id().as_str());
                    let ids = [format!("cli-{name}-{arg}"), format!("cli-{arg}")];
                    let own = parent.is_some() && has_message(ui, Id::built(&ids[0]));
                    if !own && !has_message(ui, Id::built(&ids[1])) {
                        missing.push(format!("{ui:?} {}", ids[0]));
                    }
                    // `<ON>` in a Russian help is clap's English too.
                    let value = format!("cli-value-{arg}");
                    if a.get_action().takes_values() && !has_message(ui, Id::built(&value)) {
                        missing.push(format!("{ui:?} {value}"));
                    }
                }
            }
            for s in c.get_subcommands() {
                stack.push((Some(name.clone()), s.clone()));
            }
        }
        assert!(missing.is_empty(), "no words for: {missing:?}");
    }

    #[test]
    fn the_language_is_found_before_parsing() {
        let args = |v: &[&str]| v.iter().map(OsString::from).collect::<Vec<_>>();
        assert_eq!(
            ui_from_args(&args(&["tirkeme", "check", "--ui-lang", "ru", "x"])),
            Some(UiLang::Ru)
        );
        assert_eq!(
            ui_from_args(&args(&["tirkeme", "--ui-lang=ky", "--help"])),
            Some(UiLang::Ky)
        );
        assert_eq!(
            ui_from_args(&args(&["tirkeme", "--", "--ui-lang=ky"])),
            None
        );
    }
}
