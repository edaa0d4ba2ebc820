//! YAML mistakes put into words a secretary can act on.
//!
//! The parser knows *that* a file is wrong and roughly where it gave up; it
//! does not know what the person meant. This module looks at the text
//! around the parser's place (and, for non-breaking spaces, at the whole
//! file before parsing) and names the usual mistakes: a tab or a
//! non-breaking space used for indentation, a line indented unlike its
//! neighbours, a key written twice, a second document after `---`, a
//! missing space after a colon, a colon inside an unquoted value, a quote or
//! bracket never closed. Each gets its own message at the line where the
//! mistake is, never the parser's English.

use crate::locale::Msg;
use crate::locale::id;
use crate::yaml::Pos;

/// What the parser said went wrong, sorted into what this module can explain.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Failure {
    /// The same key twice in one map (the parser's place is the second).
    DuplicateKey(String),
    /// More than one document in the file.
    Documents,
    /// A quote never closed.
    UnclosedQuote,
    /// A `[` or `{` never closed.
    UnclosedBracket,
    /// The parser met a tab.
    Tab,
    /// `key: value` where no key may stand: usually a colon in a value,
    /// a line indented too far, or a missing colon on the line above.
    MappingValue,
    /// The parser lost the structure (indentation, a missing colon, ...).
    Other,
}

impl Failure {
    /// Sorts a scanner message (the parser's words are only read here,
    /// never shown).
    pub(crate) fn from_message(msg: &str) -> Failure {
        let m = msg.to_ascii_lowercase();
        if m.contains("unclosed quote") || m.contains("quoted scalar") {
            Failure::UnclosedQuote
        } else if m.contains("unclosed bracket") || m.contains("flow") && m.contains("end") {
            Failure::UnclosedBracket
        } else if m.contains("tab") {
            Failure::Tab
        } else if m.contains("mapping values are not allowed") {
            Failure::MappingValue
        } else if m.contains("multiple documents") {
            Failure::Documents
        } else {
            Failure::Other
        }
    }
}

/// A mistake explained: where, what to say, and maybe further places (the
/// first of two duplicate keys).
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Explained {
    /// Where the mistake is.
    pub pos: Pos,
    /// What to say about it.
    pub msg: Msg,
    /// Further places to show, with their words.
    pub labels: Vec<crate::finding::Label>,
}

/// One line of the source.
#[derive(Clone, Copy)]
struct Line<'a> {
    /// 1-based.
    number: usize,
    /// Byte offset of its first character.
    start: usize,
    /// The text, without the line break.
    text: &'a str,
}

impl<'a> Line<'a> {
    /// Leading spaces, tabs and other blanks (bytes).
    fn indent_len(&self) -> usize {
        self.text.len() - self.text.trim_start_matches(is_blank).len()
    }
    fn content(&self) -> &'a str {
        self.text.trim_start_matches(is_blank)
    }
    /// Blank or only a comment.
    fn is_empty(&self) -> bool {
        let c = self.content().trim_end();
        c.is_empty() || c.starts_with('#')
    }
    /// The column (0-based, in characters) where the line's key starts,
    /// after indentation and any `- ` of sequence items.
    fn key_column(&self) -> usize {
        let mut rest = self.text;
        let mut col = 0;
        loop {
            let t = rest.trim_start_matches(is_blank);
            col += rest[..rest.len() - t.len()].chars().count();
            rest = t;
            match rest.strip_prefix('-') {
                Some(after) if after.starts_with(is_blank) || after.is_empty() => {
                    col += 1;
                    rest = after;
                }
                _ => return col,
            }
        }
    }
    /// The key of a `key: value` or `key:` line, if it is one.
    fn key(&self) -> Option<&'a str> {
        let c = self.content();
        let c = strip_dashes(c);
        let colon = key_colon(c)?;
        Some(c[..colon].trim().trim_matches(['"', '\'']))
    }
    /// Whether the line starts a sequence item (`- `).
    fn is_item(&self) -> bool {
        let c = self.content();
        c == "-" || c.starts_with("- ") || c.starts_with("-\t")
    }
    fn pos(&self, from: usize, len: usize, src: &str) -> Pos {
        Pos::at_offset(src, self.start + from, len)
    }
}

fn is_blank(c: char) -> bool {
    c == ' ' || c == '\t' || is_odd_space(c)
}

/// Spaces that look like a space but are not one to YAML.
fn is_odd_space(c: char) -> bool {
    matches!(
        c,
        '\u{a0}' | '\u{2000}'..='\u{200a}' | '\u{202f}' | '\u{205f}' | '\u{3000}' | '\u{feff}'
    )
}

fn strip_dashes(mut c: &str) -> &str {
    while let Some(rest) = c.strip_prefix("- ") {
        c = rest.trim_start_matches(is_blank);
    }
    c
}

/// The byte index of the colon that ends a plain key (`key: ` or `key:` at
/// the end), when the text starts with one.
fn key_colon(c: &str) -> Option<usize> {
    if c.starts_with(['"', '\'', '[', '{', '#', '|', '>']) {
        // A quoted key: the colon after the closing quote.
        let q = c.chars().next()?;
        if q == '"' || q == '\'' {
            let close = c[1..].find(q)? + 1;
            let after = &c[close + 1..];
            let t = after.trim_start_matches(' ');
            return t
                .strip_prefix(':')
                .filter(|r| r.is_empty() || r.starts_with([' ', '\t']))
                .map(|_| close + 1 + (after.len() - t.len()));
        }
        return None;
    }
    let mut prev = None;
    for (i, ch) in c.char_indices() {
        if ch == ':' {
            let next = c[i + 1..].chars().next();
            if next.is_none_or(|n| n == ' ' || n == '\t') {
                return Some(i);
            }
        }
        if ch == '#' && prev.is_some_and(|p: char| p == ' ') {
            return None;
        }
        prev = Some(ch);
    }
    None
}

/// `key:value` with no space after the colon: the byte index of the colon
/// within the line's content (after `- `), when the line looks like one.
fn colon_without_space(c: &str) -> Option<usize> {
    let c = strip_dashes(c);
    if key_colon(c).is_some() || c.starts_with(['"', '\'', '[', '{', '#', '|', '>']) {
        return None;
    }
    let colon = c.find(':')?;
    let key = &c[..colon];
    let value = &c[colon + 1..];
    let keyish = !key.is_empty()
        && key
            .chars()
            .all(|ch| ch.is_alphanumeric() || ch == '_' || ch == '-');
    // `http://…`, `10:30` are values, not keys.
    let plausible = keyish
        && !value.starts_with("//")
        && !key.chars().all(|ch| ch.is_ascii_digit())
        && !value.is_empty();
    plausible.then_some(colon)
}

/// A plain value that reads like a key and its value without the space
/// (`name:Асанов` under `applicant:`): the byte index of the colon. Only
/// keys as the forms write them (`a-z`, `_`) count, so `10:30`, `http://`
/// or `ISBN:978…` are left alone.
pub(crate) fn value_missing_space(value: &str) -> Option<usize> {
    let colon = value.find(':')?;
    let key = &value[..colon];
    let rest = &value[colon + 1..];
    let keyish = key.len() >= 2 && key.chars().all(|c| c.is_ascii_lowercase() || c == '_');
    (keyish && !rest.is_empty() && !rest.starts_with([' ', '/'])).then_some(colon)
}

fn lines(src: &str) -> Vec<Line<'_>> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, raw) in src.split_inclusive('\n').enumerate() {
        let text = raw.trim_end_matches(['\n', '\r']);
        out.push(Line {
            number: i + 1,
            start,
            text,
        });
        start += raw.len();
    }
    out
}

/// Line numbers that are the content of a block scalar (`|`, `>`): their
/// indentation is text, not structure.
fn block_scalar_lines(all: &[Line]) -> Vec<bool> {
    let mut inside = vec![false; all.len()];
    let mut owner: Option<usize> = None;
    for (i, l) in all.iter().enumerate() {
        if let Some(indent) = owner {
            if l.content().trim().is_empty() || l.key_column() > indent {
                inside[i] = true;
                continue;
            }
            owner = None;
        }
        let t = l.text.trim_end();
        let head = t.rsplit_once(' ').map_or(t, |(_, last)| last);
        if (head.starts_with('|') || head.starts_with('>'))
            && head[1..]
                .chars()
                .all(|c| matches!(c, '-' | '+' | '0'..='9'))
            && t.len() > head.len()
        {
            owner = Some(l.key_column());
        }
    }
    inside
}

/// Mistakes found before parsing: a non-breaking (or other odd) space in
/// the indentation, which the parser would read as part of a key.
pub(crate) fn prescan(src: &str) -> Option<Explained> {
    let all = lines(src);
    let block = block_scalar_lines(&all);
    for (l, in_block) in all.iter().zip(block) {
        if in_block || l.is_empty() {
            continue;
        }
        let indent = &l.text[..l.indent_len()];
        if let Some((i, c)) = indent.char_indices().find(|(_, c)| is_odd_space(*c)) {
            return Some(Explained {
                pos: l.pos(i, c.len_utf8(), src),
                msg: Msg::new(id::SYNTAX_NBSP).arg("code", format!("U+{:04X}", c as u32)),
                labels: Vec::new(),
            });
        }
    }
    None
}

/// Explains why the parser gave up at `at`.
pub(crate) fn explain(src: &str, at: Pos, failure: &Failure) -> Explained {
    let all = lines(src);
    let at_line = (at.line as usize).clamp(1, all.len().max(1));
    let here = |msg: Msg| Explained {
        pos: at,
        msg,
        labels: Vec::new(),
    };
    let Some(line) = all.get(at_line - 1).copied() else {
        return here(Msg::new(id::SYNTAX));
    };
    let above = all[..at_line - 1]
        .iter()
        .rev()
        .find(|l| !l.is_empty())
        .copied();
    match failure {
        Failure::DuplicateKey(key) => return duplicate(src, &all, line, key),
        Failure::Documents => return documents(src, &all, at),
        Failure::UnclosedQuote => {
            let quote = src
                .get(at.start..)
                .and_then(|s| s.chars().next())
                .filter(|c| *c == '"' || *c == '\'')
                .or_else(|| line.content().chars().find(|c| *c == '"' || *c == '\''))
                .unwrap_or('"');
            return Explained {
                pos: Pos {
                    end: at.start + 1,
                    ..at
                },
                msg: Msg::new(id::SYNTAX_UNCLOSED_QUOTE).arg("quote", quote),
                labels: Vec::new(),
            };
        }
        Failure::UnclosedBracket => {
            let open = src.get(at.start..).and_then(|s| s.chars().next());
            let (open, close) = if open == Some('{') {
                ('{', '}')
            } else {
                ('[', ']')
            };
            return here(
                Msg::new(id::SYNTAX_UNCLOSED_BRACKET)
                    .arg("open", open)
                    .arg("close", close),
            );
        }
        _ => {}
    }
    // A tab in the indentation of this line or of any line before it.
    if let Some(t) = tab_before(src, &all, at_line) {
        return t;
    }
    // `key:value` on this line or the one above.
    for l in [Some(line), above].into_iter().flatten() {
        if let Some(c) = colon_without_space(l.content()) {
            let content = strip_dashes(l.content());
            let offset = l.text.len() - content.len();
            let fixed = format!("{}: {}", &content[..c], &content[c + 1..]);
            return Explained {
                pos: l.pos(offset + c, 1, src),
                msg: Msg::new(id::SYNTAX_NO_SPACE).arg("fixed", fixed.trim_end()),
                labels: Vec::new(),
            };
        }
    }
    if *failure == Failure::MappingValue {
        // A second `: ` on a line that already has its key: a colon in the value.
        let content = line.content();
        let offset = line.text.len() - content.len();
        let c = strip_dashes(content);
        let dash = content.len() - c.len();
        if let Some(first) = key_colon(c) {
            let err_in_line = at.start.saturating_sub(line.start + offset + dash);
            if err_in_line > first {
                let value = c[first + 1..].trim();
                let quoted = if value.contains('"') {
                    format!("'{}'", value.replace('\'', "''"))
                } else {
                    format!("\"{value}\"")
                };
                return Explained {
                    pos: at,
                    msg: Msg::new(id::SYNTAX_COLON_IN_VALUE)
                        .arg("fixed", format!("{}: {quoted}", &c[..first])),
                    labels: Vec::new(),
                };
            }
        }
    }
    // The line above has no colon at all: `name Асанов`.
    if let Some(a) = above
        && a.key().is_none()
        && !a.is_item()
        && a.key_column() == line.key_column()
        && line.key().is_some()
    {
        return Explained {
            pos: a.pos(a.indent_len(), a.content().trim_end().len(), src),
            msg: Msg::new(id::SYNTAX_NO_COLON),
            labels: Vec::new(),
        };
    }
    if matches!(failure, Failure::Other)
        && line.key().is_none()
        && !line.is_item()
        && !line.is_empty()
    {
        return Explained {
            pos: line.pos(line.indent_len(), line.content().trim_end().len(), src),
            msg: Msg::new(id::SYNTAX_NO_COLON),
            labels: Vec::new(),
        };
    }
    // Indented unlike its neighbours.
    if let Some(a) = above
        && a.key_column() != line.key_column()
    {
        let col = line.key_column();
        let sibling = a;
        return Explained {
            pos: line.pos(0, line.indent_len().max(1), src),
            msg: Msg::new(id::SYNTAX_INDENT)
                .arg("key", line.key().unwrap_or(line.content().trim()))
                .arg("column", col + 1)
                .arg("above", sibling.key().unwrap_or(sibling.content().trim()))
                .arg("line", sibling.number)
                .arg("expected", sibling.key_column() + 1),
            labels: Vec::new(),
        };
    }
    here(Msg::new(id::SYNTAX))
}

/// The tab used for indentation nearest above (or on) line `at_line`.
fn tab_before(src: &str, all: &[Line], at_line: usize) -> Option<Explained> {
    let block = block_scalar_lines(all);
    all.iter()
        .zip(block)
        .take(at_line + 1)
        .filter(|(l, b)| !b && !l.is_empty())
        .filter_map(|(l, _)| {
            let indent = &l.text[..l.indent_len()];
            indent.find('\t').map(|i| (l, i))
        })
        .min_by_key(|(l, _)| l.number.abs_diff(at_line))
        .map(|(l, i)| Explained {
            pos: l.pos(i, 1, src),
            msg: Msg::new(id::SYNTAX_TAB),
            labels: Vec::new(),
        })
}

/// The same key twice: the second place, and the first as its label.
fn duplicate(src: &str, all: &[Line], second: Line, key: &str) -> Explained {
    let col = second.key_column();
    let key_at = |l: &Line| {
        let c = strip_dashes(l.content());
        l.text.len() - c.len()
    };
    let mut first = None;
    if !second.is_item() {
        for l in all[..second.number - 1].iter().rev() {
            if l.is_empty() {
                continue;
            }
            let c = l.key_column();
            if c < col {
                break;
            }
            if c == col && l.key() == Some(key) {
                first = Some(*l);
                break;
            }
            if c == col && l.is_item() {
                break;
            }
        }
    }
    let len = key.len().max(1);
    let pos = second.pos(key_at(&second), len, src);
    Explained {
        pos,
        msg: Msg::new(id::SYNTAX_DUPLICATE_KEY)
            .arg("key", key)
            .arg("line", first.map_or(0, |l| l.number)),
        labels: first
            .map(|l| {
                crate::finding::Label::new(
                    l.pos(key_at(&l), len, src),
                    Msg::new(id::SYNTAX_DUPLICATE_FIRST),
                )
            })
            .into_iter()
            .collect(),
    }
}

/// A second document: the `---` that starts it.
fn documents(src: &str, all: &[Line], at: Pos) -> Explained {
    let mut seen_content = false;
    for l in all {
        let t = l.text.trim_end();
        if t == "---" || t.starts_with("--- ") {
            if seen_content {
                return Explained {
                    pos: l.pos(0, 3, src),
                    msg: Msg::new(id::SYNTAX_DOCUMENTS),
                    labels: Vec::new(),
                };
            }
        } else if t == "..." {
            continue;
        } else if !l.is_empty() {
            seen_content = true;
        }
    }
    Explained {
        pos: at,
        msg: Msg::new(id::SYNTAX_DOCUMENTS),
        labels: Vec::new(),
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod tests {
    use super::*;

    fn why(src: &str) -> (u32, u32, &'static str) {
        let e = crate::yaml::parse(src).unwrap_err();
        let x = e.explained.expect("explained");
        (x.pos.line, x.pos.column, x.msg.id.as_str())
    }

    #[test]
    fn each_mistake_has_its_message_at_its_line() {
        assert_eq!(
            why("form: application\napplicant:\n\tname: A\n"),
            (3, 1, "syntax-tab")
        );
        assert_eq!(
            why("form: application\napplicant:\n\u{a0}\u{a0}name: A\n"),
            (3, 1, "syntax-nbsp")
        );
        assert_eq!(
            why("form: application\napplicant:\n  name: A\n   department: B\n"),
            (4, 1, "syntax-indent")
        );
        assert_eq!(
            why("form: application\napplicant:\n  name: A\n department: B\n"),
            (4, 1, "syntax-indent")
        );
        assert_eq!(
            why("form: application\nhours: 72\nkind: course\nhours: 80\n"),
            (4, 1, "syntax-duplicate-key")
        );
        assert_eq!(
            why("form: application\nlang: ky\n---\nform: report\n"),
            (3, 1, "syntax-documents")
        );
        assert_eq!(
            why("form: application\nlang:ky\nkind: course\n"),
            (2, 5, "syntax-no-space")
        );
        assert_eq!(
            why("form: application\napplicant:\n  name:Асанов\n  department: B\n"),
            (3, 7, "syntax-no-space")
        );
        assert_eq!(
            why("form: application\ndirection: Курс: Python\n"),
            (2, 16, "syntax-colon-in-value")
        );
        assert_eq!(
            why("form: application\ndirection: \"Курс\nkind: course\n"),
            (2, 12, "syntax-unclosed-quote")
        );
        assert_eq!(
            why("form: application\napplicant:\n  name Асанов\n  department: B\n"),
            (3, 3, "syntax-no-colon")
        );
        assert_eq!(
            why("form: application\nkind course\n"),
            (2, 1, "syntax-no-colon")
        );
    }

    #[test]
    fn the_first_of_two_keys_is_shown_too() {
        let e = crate::yaml::parse("form: application\napplicant:\n  name: A\n  x: 1\n  name: B\n")
            .unwrap_err();
        let labels = e.explained.unwrap().labels;
        let [first] = labels.as_slice() else {
            panic!("not one label: {labels:?}")
        };
        assert_eq!(
            (first.pos.line, first.pos.column, first.msg.id.as_str()),
            (3, 3, "syntax-duplicate-first")
        );
        assert_eq!((e.pos.line, e.pos.column), (5, 3));
    }

    #[test]
    fn a_colon_in_a_value_is_fixed_with_quotes() {
        let e = crate::yaml::parse("form: application\ndirection: Курс: Python\n").unwrap_err();
        let msg = e.explained.unwrap().msg;
        assert_eq!(
            msg.args,
            vec![("fixed", "direction: \"Курс: Python\"".to_owned())]
        );
    }

    #[test]
    fn a_value_like_key_colon_value_is_a_missing_space() {
        assert_eq!(value_missing_space("name:Асанов"), Some(4));
        assert_eq!(value_missing_space("10:30"), None);
        assert_eq!(value_missing_space("https://ex.kg"), None);
        assert_eq!(value_missing_space("ISBN:978-9967"), None);
        assert_eq!(value_missing_space("Курс: Python"), None);
    }

    #[test]
    fn block_scalars_keep_their_indentation() {
        assert!(prescan("a: |\n  \u{a0}text\nb: 1\n").is_none());
        assert!(prescan("a: 1\n\u{a0}b: 1\n").is_some());
    }
}
