//! Printing findings: codespan-style excerpts of the YAML for people
//! (colours only on a terminal), or one JSON object a line for programs.

use std::io::{self, IsTerminal, Write};

use codespan_reporting::diagnostic::{Diagnostic, Label};
use codespan_reporting::files::SimpleFile;
use codespan_reporting::term::{self, Config};

use crate::finding::{Finding, Severity};
use crate::locale::{UiLang, tr};

/// How findings are printed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// Excerpts with the offending span underlined.
    Human,
    /// One JSON object a line.
    Json,
}

/// One finding as a JSON object with the keys of SPEC §4.
pub fn json_line(file: &str, f: &Finding, lang: UiLang) -> String {
    serde_json::json!({
        "file": file,
        "line": f.pos.line,
        "column": f.pos.column,
        "severity": f.severity.as_str(),
        "rule": f.rule.id,
        "clause": f.rule.clause,
        "message": f.message(lang),
    })
    .to_string()
}

fn diagnostic(file: &str, f: &Finding, src: &str, lang: UiLang) -> Diagnostic<()> {
    let header = match f.severity {
        Severity::Error => Diagnostic::error(),
        Severity::Warning => Diagnostic::warning(),
    };
    let clause = if f.rule.clause == "—" {
        String::new()
    } else {
        format!(", {}", tr(lang, "clause", &[("clause", f.rule.clause)]))
    };
    let mut d = header
        .with_code(format!("{}{clause}", f.rule.id))
        .with_message(f.message(lang));
    if f.pos.line > 0 && f.pos.start <= src.len() {
        let end = f.pos.end.clamp(f.pos.start, src.len());
        // An empty span still gets a caret.
        let end = if end == f.pos.start {
            next_char_end(src, end)
        } else {
            end
        };
        d = d.with_labels(vec![Label::primary((), f.pos.start..end)]);
    } else if f.pos.line > 0 {
        d = d.with_notes(vec![format!("{file}:{}:{}", f.pos.line, f.pos.column)]);
    } else {
        d = d.with_notes(vec![file.to_owned()]);
    }
    d
}

fn next_char_end(src: &str, at: usize) -> usize {
    src.get(at..)
        .and_then(|s| s.chars().next())
        .map_or(at, |c| at + c.len_utf8())
}

/// One finding as the person reads it. codespan prints the severity in
/// English; it is put into the user's language here («ката», «ошибка»).
fn emit(colour: bool, file: &str, src: &str, f: &Finding, lang: UiLang) -> String {
    let mut buf = if colour {
        termcolor::Buffer::ansi()
    } else {
        termcolor::Buffer::no_color()
    };
    let files = SimpleFile::new(file, src);
    let d = diagnostic(file, f, src, lang);
    if term::emit_to_write_style(&mut buf, &Config::default(), &files, &d).is_err() {
        // A span the excerpt printer refuses: print the plain line instead.
        let _ = writeln!(
            buf,
            "{}: {}:{}:{}: {}",
            f.severity.as_str(),
            file,
            f.pos.line,
            f.pos.column,
            f.message(lang)
        );
    }
    let text = String::from_utf8_lossy(buf.as_slice()).into_owned();
    let english = f.severity.as_str();
    let word = tr(lang, &format!("severity-{english}"), &[]);
    text.replacen(english, &word, 1)
}

/// Prints findings of one file to standard error (human) or standard output (JSON).
pub fn print(file: &str, src: &str, findings: &[Finding], format: Format, lang: UiLang) {
    match format {
        Format::Json => {
            let stdout = io::stdout();
            let mut out = stdout.lock();
            for f in findings {
                let _ = writeln!(out, "{}", json_line(file, f, lang));
            }
        }
        Format::Human => {
            let colour = io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none();
            let mut err = io::stderr().lock();
            for f in findings {
                let _ = err.write_all(emit(colour, file, src, f, lang).as_bytes());
            }
        }
    }
}
