//! Printing findings: codespan-style excerpts of the YAML for people
//! (colours only on a terminal), or one JSON object a line for programs.

use std::io::{self, IsTerminal, Write};

use std::ops::Range;

use codespan_reporting::diagnostic::{Diagnostic, Label};
use codespan_reporting::files::{self, Files};
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

/// Characters of context printed either side of a finding's span.
const CONTEXT_CHARS: usize = 60;
/// The longest span underlined, in characters.
const MAX_SPAN_CHARS: usize = 80;

/// Text from the input made safe for a terminal: control characters shown
/// as their pictures (␛ for ESC), bidirectional controls and zero-width
/// characters as �, each still one character so columns stay right.
pub fn visible(text: &str) -> String {
    text.chars().map(visible_char).collect()
}

fn visible_char(c: char) -> char {
    match c {
        '\n' => c,
        // A tab used for indentation is a finding of its own: it is shown.
        '\t' => '→',
        '\0'..='\u{1F}' => char::from_u32(0x2400 + c as u32).unwrap_or('\u{FFFD}'),
        '\u{7F}' => '\u{2421}',
        '\u{80}'..='\u{9F}' => '\u{FFFD}',
        c if crate::lookalike::is_bidi_control(c) || crate::lookalike::is_zero_width(c) => {
            '\u{FFFD}'
        }
        c => c,
    }
}

/// A window of one line of the input around a finding: at most
/// [`CONTEXT_CHARS`] characters either side of a span of at most
/// [`MAX_SPAN_CHARS`], made [`visible`]. A finding on a 4 MB line prints a
/// short excerpt, and finding it costs the window, not the file.
struct Excerpt {
    name: String,
    text: String,
    /// The real line number.
    line: usize,
    /// The real column of the window's first character.
    first_column: usize,
    /// The span within `text`.
    span: Range<usize>,
}

impl Excerpt {
    fn new(file: &str, src: &str, f: &Finding) -> Option<Excerpt> {
        let start = f.pos.start;
        if f.pos.line == 0 || start > src.len() || !src.is_char_boundary(start) {
            return None;
        }
        let stop = |c: char| c == '\n' || c == '\r';
        let before: Vec<char> = src[..start]
            .chars()
            .rev()
            .take_while(|c| !stop(*c))
            .take(CONTEXT_CHARS)
            .collect();
        let end = f.pos.end.clamp(start, src.len());
        let mut span_end = start;
        for (n, (i, c)) in src[start..].char_indices().enumerate() {
            if stop(c) || n >= MAX_SPAN_CHARS || (start + i >= end && n > 0) {
                break;
            }
            span_end = start + i + c.len_utf8();
        }
        let mut text: String = before.iter().rev().map(|c| visible_char(*c)).collect();
        let span_start = text.len();
        text.extend(src[start..span_end].chars().map(visible_char));
        let span = span_start..text.len();
        text.extend(
            src[span_end..]
                .chars()
                .take_while(|c| !stop(*c))
                .take(CONTEXT_CHARS)
                .map(visible_char),
        );
        Some(Excerpt {
            name: visible(file),
            text,
            line: f.pos.line as usize,
            first_column: (f.pos.column as usize).saturating_sub(before.len()).max(1),
            span,
        })
    }
}

impl<'a> Files<'a> for Excerpt {
    type FileId = ();
    type Name = &'a str;
    type Source = &'a str;

    fn name(&'a self, (): ()) -> Result<&'a str, files::Error> {
        Ok(&self.name)
    }
    fn source(&'a self, (): ()) -> Result<&'a str, files::Error> {
        Ok(&self.text)
    }
    fn line_index(&'a self, (): (), _byte: usize) -> Result<usize, files::Error> {
        Ok(0)
    }
    fn line_number(&'a self, (): (), _line_index: usize) -> Result<usize, files::Error> {
        Ok(self.line)
    }
    fn column_number(
        &'a self,
        (): (),
        _line_index: usize,
        byte: usize,
    ) -> Result<usize, files::Error> {
        let byte = byte.min(self.text.len());
        let chars = self.text.get(..byte).map_or(0, |t| t.chars().count());
        Ok(self.first_column + chars)
    }
    fn line_range(&'a self, (): (), _line_index: usize) -> Result<Range<usize>, files::Error> {
        Ok(0..self.text.len())
    }
}

fn diagnostic(file: &str, f: &Finding, excerpt: Option<&Excerpt>, lang: UiLang) -> Diagnostic<()> {
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
        .with_message(visible(&f.message(lang)));
    if let Some(x) = excerpt {
        // An empty span still gets a caret.
        let span = if x.span.is_empty() {
            x.span.start..next_char_end(&x.text, x.span.start)
        } else {
            x.span.clone()
        };
        d = d.with_labels(vec![Label::primary((), span)]);
    } else if f.pos.line > 0 {
        d = d.with_notes(vec![format!(
            "{}:{}:{}",
            visible(file),
            f.pos.line,
            f.pos.column
        )]);
    } else {
        d = d.with_notes(vec![visible(file)]);
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
    let excerpt = Excerpt::new(file, src, f);
    let d = diagnostic(file, f, excerpt.as_ref(), lang);
    let printed = match &excerpt {
        Some(x) => term::emit_to_write_style(&mut buf, &Config::default(), x, &d),
        None => {
            let none = files::SimpleFile::new(visible(file), "");
            term::emit_to_write_style(&mut buf, &Config::default(), &none, &d)
        }
    };
    if printed.is_err() {
        // A span the excerpt printer refuses: print the plain line instead.
        let _ = writeln!(
            buf,
            "{}: {}:{}:{}: {}",
            f.severity.as_str(),
            visible(file),
            f.pos.line,
            f.pos.column,
            visible(&f.message(lang))
        );
    }
    let text = String::from_utf8_lossy(buf.as_slice()).into_owned();
    let english = f.severity.as_str();
    let word = tr(lang, &format!("severity-{english}"), &[]);
    let mut text = text.replacen(english, &word, 1);
    // Another place the finding concerns (the first of two duplicate keys),
    // as a note with its own excerpt right below.
    if let Some(r) = &f.related {
        let (pos, label) = r.as_ref();
        text.push_str(&emit_related(
            colour,
            file,
            src,
            f,
            *pos,
            &label.text(lang),
            lang,
        ));
    }
    text
}

fn emit_related(
    colour: bool,
    file: &str,
    src: &str,
    f: &Finding,
    pos: crate::yaml::Pos,
    label: &str,
    lang: UiLang,
) -> String {
    let mut buf = if colour {
        termcolor::Buffer::ansi()
    } else {
        termcolor::Buffer::no_color()
    };
    let mut at = f.clone();
    at.pos = pos;
    let Some(x) = Excerpt::new(file, src, &at) else {
        return String::new();
    };
    let span = if x.span.is_empty() {
        x.span.start..next_char_end(&x.text, x.span.start)
    } else {
        x.span.clone()
    };
    let d = Diagnostic::note()
        .with_message(visible(label))
        .with_labels(vec![Label::secondary((), span)]);
    if term::emit_to_write_style(&mut buf, &Config::default(), &x, &d).is_err() {
        return String::new();
    }
    let text = String::from_utf8_lossy(buf.as_slice()).into_owned();
    text.replacen("note", &tr(lang, "severity-note", &[]), 1)
}

/// Where human-readable findings go.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stream {
    /// Standard output: the findings are the command's result (`check`).
    Stdout,
    /// Standard error: the findings accompany another result (`render`, `batch`).
    Stderr,
}

/// An I/O problem with a file as a JSON line (rule `io`), so that a program
/// reading `--format json` learns of a file it got no findings for.
pub fn io_json_line(file: &str, id: &str, detail: &str, lang: UiLang) -> String {
    serde_json::json!({
        "file": file,
        "line": 0,
        "column": 0,
        "severity": "error",
        "rule": crate::finding::rule::IO.id,
        "clause": crate::finding::rule::IO.clause,
        "message": tr(lang, id, &[("path", file), ("detail", detail)]),
    })
    .to_string()
}

/// Prints findings of one file to standard error (human) or standard output (JSON).
pub fn print(
    file: &str,
    src: &str,
    findings: &[Finding],
    format: Format,
    lang: UiLang,
) -> io::Result<()> {
    print_on(Stream::Stderr, file, src, findings, format, lang)
}

/// Prints findings of one file: JSON always to standard output, the human
/// excerpts to `stream` (colours only when that stream is a terminal).
/// A failure to write to standard output is returned: a program or person
/// reading it must not take missing findings for none.
pub fn print_on(
    stream: Stream,
    file: &str,
    src: &str,
    findings: &[Finding],
    format: Format,
    lang: UiLang,
) -> io::Result<()> {
    match format {
        Format::Json => {
            let mut out = io::stdout().lock();
            for f in findings {
                writeln!(out, "{}", json_line(file, f, lang))?;
            }
            out.flush()
        }
        Format::Human => {
            let terminal = match stream {
                Stream::Stdout => io::stdout().is_terminal(),
                Stream::Stderr => io::stderr().is_terminal(),
            };
            let colour = terminal && std::env::var_os("NO_COLOR").is_none();
            let text: String = findings
                .iter()
                .map(|f| emit(colour, file, src, f, lang))
                .collect();
            match stream {
                Stream::Stdout => {
                    let mut out = io::stdout().lock();
                    out.write_all(text.as_bytes())?;
                    out.flush()
                }
                Stream::Stderr => {
                    let _ = io::stderr().lock().write_all(text.as_bytes());
                    Ok(())
                }
            }
        }
    }
}
