//! Printing findings: codespan-style excerpts of the YAML for people
//! (colours only on a terminal), or one JSON object a line for programs.

use crate::locale::{Id, id};
use std::io::{self, IsTerminal, Write};

use std::ops::Range;

use codespan_reporting::diagnostic::{Diagnostic, Label};
use codespan_reporting::files::{self, Files};
use codespan_reporting::term::{self, Config};

use crate::finding::{Finding, Severity};
use crate::locale::{UiLang, tr};
use crate::yaml::Pos;

/// How findings are printed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// Excerpts with the offending span underlined.
    Human,
    /// One JSON object a line.
    Json,
}

/// One finding as a JSON object with the keys of SPEC §4, and `labels`:
/// the further places it concerns, each `{line, column, message}` (and
/// `file` when the place is in another file).
pub(crate) fn json_line(file: &str, f: &Finding, lang: UiLang) -> String {
    let mut v = json_value(f, lang);
    if let Some(obj) = v.as_object_mut() {
        obj.insert("file".into(), serde_json::json!(file));
    }
    v.to_string()
}

/// One finding as `json_line` writes it, less `file` (the web form's
/// findings are of the one document it sends).
pub fn json_value(f: &Finding, lang: UiLang) -> serde_json::Value {
    let labels: Vec<serde_json::Value> = f
        .labels
        .iter()
        .map(|l| {
            let mut v = serde_json::json!({
                "line": l.pos.line,
                "column": l.pos.column,
                "message": l.msg.text(lang),
            });
            if let (Some(other), Some(obj)) = (&l.file, v.as_object_mut()) {
                obj.insert("file".into(), serde_json::json!(other));
            }
            v
        })
        .collect();
    serde_json::json!({
        "line": f.pos.line,
        "column": f.pos.column,
        "severity": f.severity.as_str(),
        "rule": f.rule.id,
        "clause": f.rule.clause,
        "message": f.message(lang),
        "labels": labels,
    })
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
    fn new(file: &str, src: &str, pos: Pos) -> Option<Excerpt> {
        let start = pos.start;
        if pos.line == 0 || start > src.len() || !src.is_char_boundary(start) {
            return None;
        }
        let stop = |c: char| c == '\n' || c == '\r';
        let before: Vec<char> = src[..start]
            .chars()
            .rev()
            .take_while(|c| !stop(*c))
            .take(CONTEXT_CHARS)
            .collect();
        let end = pos.end.clamp(start, src.len());
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
            line: pos.line as usize,
            first_column: (pos.column as usize).saturating_sub(before.len()).max(1),
            span,
        })
    }

    /// The span to underline: an empty one still gets a caret.
    fn caret(&self) -> Range<usize> {
        if self.span.is_empty() {
            self.span.start..next_char_end(&self.text, self.span.start)
        } else {
            self.span.clone()
        }
    }
}

/// The excerpts of one finding, each a one-line "file" of its own for
/// codespan: the finding's place first, then its labels'.
struct Excerpts(Vec<Excerpt>);

impl Excerpts {
    fn get(&self, id: usize) -> Result<&Excerpt, files::Error> {
        self.0.get(id).ok_or(files::Error::FileMissing)
    }
}

impl<'a> Files<'a> for Excerpts {
    type FileId = usize;
    type Name = &'a str;
    type Source = &'a str;

    fn name(&'a self, id: usize) -> Result<&'a str, files::Error> {
        Ok(&self.get(id)?.name)
    }
    fn source(&'a self, id: usize) -> Result<&'a str, files::Error> {
        Ok(&self.get(id)?.text)
    }
    fn line_index(&'a self, _id: usize, _byte: usize) -> Result<usize, files::Error> {
        Ok(0)
    }
    fn line_number(&'a self, id: usize, _line_index: usize) -> Result<usize, files::Error> {
        Ok(self.get(id)?.line)
    }
    fn column_number(
        &'a self,
        id: usize,
        _line_index: usize,
        byte: usize,
    ) -> Result<usize, files::Error> {
        let x = self.get(id)?;
        let byte = byte.min(x.text.len());
        let chars = x.text.get(..byte).map_or(0, |t| t.chars().count());
        Ok(x.first_column + chars)
    }
    fn line_range(&'a self, id: usize, _line_index: usize) -> Result<Range<usize>, files::Error> {
        Ok(0..self.get(id)?.text.len())
    }
}

/// The place of a finding or label as text: `file:line:column`, or the
/// file alone when the place is the whole file.
fn place(file: &str, pos: Pos) -> String {
    if pos.line > 0 {
        format!("{}:{}:{}", visible(file), pos.line, pos.column)
    } else {
        visible(file)
    }
}

/// The finding as codespan's diagnostic over its excerpts: the main place
/// underlined with `^`, each label's place with `-` and its words. A place
/// with no excerpt (the whole file, or another file not at hand) is a note.
fn diagnostic(
    file: &str,
    src: &str,
    others: &[(&str, &str)],
    f: &Finding,
    lang: UiLang,
) -> (Excerpts, Diagnostic<usize>) {
    let header = match f.severity {
        Severity::Error => Diagnostic::error(),
        Severity::Warning => Diagnostic::warning(),
        Severity::Info => Diagnostic::note(),
    };
    let clause = if f.rule.clause == "—" {
        String::new()
    } else {
        format!(", {}", tr(lang, id::CLAUSE, &[("clause", f.rule.clause)]))
    };
    let mut d = header
        .with_code(format!("{}{clause}", f.rule.id))
        .with_message(visible(&f.message(lang)));
    let mut excerpts = Vec::new();
    let mut notes = Vec::new();
    match Excerpt::new(file, src, f.pos) {
        Some(x) => {
            d.labels.push(Label::primary(0, x.caret()));
            excerpts.push(x);
        }
        None if file.is_empty() => {}
        None => notes.push(place(file, f.pos)),
    }
    for l in &f.labels {
        let (name, text) = match &l.file {
            None => (file, Some(src)),
            Some(other) => (
                other.as_str(),
                others.iter().find(|(n, _)| n == other).map(|(_, t)| *t),
            ),
        };
        let words = visible(&l.msg.text(lang));
        match text.and_then(|t| Excerpt::new(name, t, l.pos)) {
            Some(x) => {
                d.labels
                    .push(Label::secondary(excerpts.len(), x.caret()).with_message(words));
                excerpts.push(x);
            }
            None if l.pos.line == 0 && l.file.is_none() => notes.push(words),
            None => notes.push(format!("{}: {words}", place(name, l.pos))),
        }
    }
    (Excerpts(excerpts), d.with_notes(notes))
}

fn next_char_end(src: &str, at: usize) -> usize {
    src.get(at..)
        .and_then(|s| s.chars().next())
        .map_or(at, |c| at + c.len_utf8())
}

/// One finding as the person reads it. codespan prints the severity in
/// English; it is put into the user's language here («ката», «ошибка»).
fn emit(
    colour: bool,
    file: &str,
    src: &str,
    others: &[(&str, &str)],
    f: &Finding,
    lang: UiLang,
) -> String {
    let mut buf = if colour {
        termcolor::Buffer::ansi()
    } else {
        termcolor::Buffer::no_color()
    };
    let (excerpts, d) = diagnostic(file, src, others, f, lang);
    if term::emit_to_write_style(&mut buf, &Config::default(), &excerpts, &d).is_err() {
        // A span the excerpt printer refuses: print the plain line instead.
        buf.clear();
        let _ = writeln!(
            buf,
            "{}: {}: {}",
            f.severity.as_str(),
            place(file, f.pos),
            visible(&f.message(lang))
        );
    }
    let text = String::from_utf8_lossy(buf.as_slice()).into_owned();
    let english = f.severity.as_str();
    let word = tr(lang, Id::built(&format!("severity-{english}")), &[]);
    text.replacen(english, &word, 1)
}

/// Typst's errors or warnings, each at its place in its template, printed
/// like the findings of an input (labels in another template shown from it).
pub fn print_template(
    stream: Stream,
    found: &[crate::engine::TemplateFinding],
    format: Format,
    lang: UiLang,
) -> io::Result<()> {
    let built_in = crate::engine::templates();
    let texts: Vec<(&str, &str)> = found
        .iter()
        .map(|t| (t.file.as_str(), t.text.as_str()))
        .chain(built_in.iter().map(|(n, t)| (n.as_str(), *t)))
        .collect();
    for t in found {
        let one = std::slice::from_ref(&t.finding);
        print_among(stream, (&t.file, &t.text), &texts, one, format, lang)?;
    }
    Ok(())
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
pub fn io_json_line(file: &str, id: Id<'_>, detail: &str, lang: UiLang) -> String {
    serde_json::json!({
        "file": file,
        "line": 0,
        "column": 0,
        "severity": "error",
        "rule": crate::finding::rule::IO.id,
        "clause": crate::finding::rule::IO.clause,
        "message": tr(lang, id, &[("path", file), ("detail", detail)]),
        "labels": [],
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
    print_among(stream, (file, src), &[], findings, format, lang)
}

/// Like [`print_on`], for findings whose labels may point into other
/// files: `others` holds those files' names and texts, so that each
/// label's line is shown from its own file.
pub fn print_among(
    stream: Stream,
    (file, src): (&str, &str),
    others: &[(&str, &str)],
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
                .map(|f| emit(colour, file, src, others, f, lang))
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
