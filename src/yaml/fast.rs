//! The common YAML file read straight from the parser's events.
//!
//! serde-saphyr gives every node its place through serde (`Spanned`, a
//! small struct of four fields for each node) and records every mapping key
//! to replay it: about 420 instructions a byte, half of reading a 40-row
//! plan. The files people write for tirkeme are plain: mappings with word
//! keys, lists, text, whole numbers and dates, no anchors, aliases or tags.
//! Such a file is built here from the same parser's events, into the same
//! tree with the same places; anything else (an anchor, a tag, a quoted or
//! repeated key, a scalar that might be a number, a boolean or a null in
//! some other spelling, a file near a limit, or any error) makes [`parse`]
//! give up, and [`super::parse`] reads the file with serde-saphyr, which
//! decides and words the error. A test reads every YAML file of the
//! repository both ways and finds the same trees.

use serde_saphyr::granit_parser::{Event, Parser, ScalarStyle, Span};

use super::{MAX_DEPTH, MAX_NODES, Node, Pos, Value};

/// The most keys a mapping read here may have (a form's mapping has at most
/// thirty or so).
const MAX_KEYS: usize = 64;

/// A mapping or sequence being read.
struct Open {
    pos: Pos,
    items: Items,
}

enum Items {
    Seq(Vec<Node>),
    /// The entries so far, and a key waiting for its value.
    Map(Vec<(Node, Node)>, Option<Node>),
}

/// The tree of `src`, or `None` when the file is not one this reader is
/// sure of (then serde-saphyr reads it).
pub(super) fn parse(src: &str) -> Option<Node> {
    let mut open: Vec<Open> = Vec::new();
    let mut root = None;
    let mut documents = 0;
    let mut nodes = 0;
    for item in Parser::new_from_str(src) {
        let (event, span) = item.ok()?;
        let node = match event {
            Event::StreamStart | Event::DocumentEnd => continue,
            Event::StreamEnd => break,
            Event::DocumentStart(_, version) => {
                documents += 1;
                if documents > 1 || version.is_some() {
                    return None;
                }
                continue;
            }
            Event::Scalar(value, style, anchor, tag) => {
                if anchor != 0 || tag.is_some() {
                    return None;
                }
                Node {
                    value: scalar(&value, style)?,
                    pos: pos(&span)?,
                }
            }
            Event::SequenceStart(_, anchor, ref tag) | Event::MappingStart(_, anchor, ref tag) => {
                // Well inside the limits: at them serde-saphyr words the error.
                if anchor != 0 || tag.is_some() || open.len() + 2 >= MAX_DEPTH {
                    return None;
                }
                let items = if matches!(event, Event::SequenceStart(..)) {
                    Items::Seq(Vec::new())
                } else {
                    Items::Map(Vec::new(), None)
                };
                open.push(Open {
                    pos: pos(&span)?,
                    items,
                });
                continue;
            }
            Event::SequenceEnd | Event::MappingEnd => {
                let done = open.pop()?;
                Node {
                    value: match done.items {
                        Items::Seq(items) => Value::Seq(items),
                        Items::Map(entries, None) => Value::Map(entries),
                        Items::Map(_, Some(_)) => return None,
                    },
                    pos: done.pos,
                }
            }
            _ => return None,
        };
        nodes += 1;
        if nodes > MAX_NODES / 4 {
            return None;
        }
        match open.last_mut() {
            None if root.is_none() => root = Some(node),
            None => return None,
            Some(Open {
                items: Items::Seq(items),
                ..
            }) => items.push(node),
            Some(Open {
                items: Items::Map(entries, key),
                ..
            }) => match key.take() {
                Some(k) => entries.push((k, node)),
                None => {
                    // A key is a word written plain, once in its mapping.
                    let Value::Str(name) = &node.value else {
                        return None;
                    };
                    let plain_word = src
                        .get(node.pos.start..node.pos.end)
                        .is_some_and(|w| w == name && w.starts_with(char::is_alphabetic));
                    // The keys of a mapping are compared one with another:
                    // a mapping of more keys than any form has (a file of
                    // thousands of keys) is left to serde-saphyr.
                    let again = entries.len() >= MAX_KEYS
                        || entries
                            .iter()
                            .any(|(k, _)| matches!(&k.value, Value::Str(s) if s == name));
                    if !plain_word || again {
                        return None;
                    }
                    *key = Some(node);
                }
            },
        }
    }
    if open.is_empty() { root } else { None }
}

/// A node's place as serde-saphyr gives it: the 1-based line and column of
/// the start of its event, and the bytes it spans.
fn pos(span: &Span) -> Option<Pos> {
    let start = span.start.byte_offset()?;
    let end = span.end.byte_offset()?;
    Some(Pos {
        line: u32::try_from(span.start.line()).ok()?,
        column: u32::try_from(span.start.col() + 1).ok()?,
        start,
        end: end.max(start),
    })
}

/// A scalar's value, where it is certain. Quoted and block scalars are
/// text. A plain one is null when empty or `~`, `null`, `Null`, `NULL`; a
/// boolean when `true` or `false`; text when it begins with a letter and is
/// no other word YAML may read as a boolean, null or number (`yes`, `Off`,
/// `nan`), or begins with any other character outside ASCII («, №); a
/// whole number when it is digits only; text when it is digits joined by
/// hyphens (2025-11-03, 2025-2026) or digits followed by a letter no number
/// holds (1-сабак). Any other plain scalar (`-5`, `1.10`, `0012`, `1e3`,
/// `.inf`, `~`, `12:30`) is left to serde-saphyr.
fn scalar(value: &str, style: ScalarStyle) -> Option<Value> {
    if style != ScalarStyle::Plain {
        return Some(Value::Str(value.to_owned()));
    }
    let Some(first) = value.chars().next() else {
        return Some(Value::Null);
    };
    let text = || Some(Value::Str(value.to_owned()));
    match value {
        "true" => return Some(Value::Bool(true)),
        "false" => return Some(Value::Bool(false)),
        "~" | "null" | "Null" | "NULL" => return Some(Value::Null),
        _ => {}
    }
    if !first.is_ascii() {
        return text();
    }
    if first.is_ascii_alphabetic() {
        const TYPED: [&str; 12] = [
            "y", "n", "yes", "no", "on", "off", "true", "false", "null", "inf", "infinity", "nan",
        ];
        let typed = value.len() <= 8 && TYPED.iter().any(|w| value.eq_ignore_ascii_case(w));
        return if typed { None } else { text() };
    }
    if !first.is_ascii_digit() {
        return None;
    }
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    if digits(value) {
        let whole = !value.starts_with('0') && value.len() <= 18;
        return if whole {
            value.parse().ok().map(Value::Int)
        } else {
            None
        };
    }
    let hyphenated = value.split('-').all(digits);
    let worded = value.chars().any(|c| {
        c.is_alphabetic() && !c.is_ascii_hexdigit() && !matches!(c, 'x' | 'X' | 'o' | 'O')
    });
    if hyphenated || worded { text() } else { None }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod tests {
    use super::*;

    /// Every YAML file of the repository (examples, fixtures, the demo's
    /// sources) and the spellings below, read both ways: where this reader
    /// answers, it answers what serde-saphyr does, places included.
    #[test]
    fn reads_what_serde_saphyr_reads() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut files = Vec::new();
        let mut dirs = vec![root.join("examples"), root.join("tests/fixtures")];
        while let Some(dir) = dirs.pop() {
            for entry in std::fs::read_dir(&dir).unwrap().flatten() {
                let path = entry.path();
                if path.is_dir() {
                    dirs.push(path);
                } else if path.extension().is_some_and(|e| e == "yaml" || e == "yml") {
                    files.push(std::fs::read_to_string(&path).unwrap_or_default());
                }
            }
        }
        let examples = files.len();
        assert!(examples > 40, "found {examples} YAML files");
        let spellings = [
            "a: 72\nb: 072\nc: -5\nd: 1.10\ne: 1_000\nf: 0x1F\ng: 0\n",
            "a: yes\nb: No\nc: on\nd: OFF\ne: y\nf: null\ng: ~\nh: NULL\ni: \n",
            "a: .inf\nb: nan\nc: Infinity\nd: 1e3\ne: +5\n",
            "a: 2025-11-03\nb: 2025-1-3\nc: 03.11.2025\nd: 2025-11-03T10:00\ne: 2025-2026\n",
            "a: 1-сабак\nb: 2nd\nc: 1x2\nd: 12:30\ne: «Х»\nf: №5\ng: 1e5\nh: 0o17\ni: 1-\nj: -1-2\n",
            "a: Асанов\nb: 'x'\nc: \"y\"\nd: |\n  line\n  two\ne: >\n  folded\n  text\n",
            "teachers:\n  - name: Асанов\n    last_courses: [2019, 2022]\n  - {name: Б, hours: 72}\n",
            "a: &x 1\nb: *x\n",
            "a: !!str 5\n",
            "<<: {a: 1}\n",
            "a: 1\na: 2\n",
            "'a': 1\n",
            "? complex\n: 1\n",
            "---\na: 1\n---\nb: 2\n",
            "%YAML 1.2\n---\na: 1\n",
            "a:\n  - [1, [2, [3]]]\n",
            "\u{feff}form: report\n",
            "a: b: c\n",
            "name:Асанов\n",
            "a: 'unterminated\n",
            "just text\n",
            "- 1\n- two\n",
            "a: 99999999999999999999\n",
        ];
        // A mapping of many keys is left to serde-saphyr, which reads it in
        // linear time; this reader would compare each key with the others.
        let many: String = (0..100).map(|i| format!("k{i}: {i}\n")).collect();
        assert_eq!(parse(&many), None);
        let mut answered = 0;
        // Each also as Notepad on Windows saves it: lines ending in CR LF.
        let crlf: Vec<String> = files
            .iter()
            .map(String::as_str)
            .chain(spellings)
            .map(|s| s.replace('\n', "\r\n"))
            .collect();
        for src in files
            .iter()
            .map(String::as_str)
            .chain(spellings)
            .chain(crlf.iter().map(String::as_str))
        {
            if let Some(fast) = parse(src) {
                answered += 1;
                assert_eq!(Ok(&fast), super::super::parse_slow(src).as_ref(), "{src}");
            }
        }
        assert!(
            answered >= 2 * (examples - 10),
            "answered {answered} of {examples} files, each with LF and with CR LF"
        );
    }

    #[test]
    fn leaves_what_it_is_not_sure_of() {
        for src in [
            "a: &x 1\nb: *x\n",
            "a: !!str 5\n",
            "a: 1\na: 2\n",
            "a: yes\n",
            "a: True\n",
            "a: 1.5\n",
            "a: 0012\n",
            "<<: {a: 1}\n",
            "'a': 1\n",
            "a: 'unterminated\n",
        ] {
            assert_eq!(parse(src), None, "{src}");
        }
        let plan = parse("hours: 72\nstart: 2025-11-03\nname: Асанов\n").unwrap();
        let Value::Map(entries) = plan.value else {
            panic!()
        };
        assert_eq!(entries[0].1.value, Value::Int(72));
        assert_eq!(entries[1].1.value, Value::Str("2025-11-03".into()));
        assert_eq!(entries[2].1.pos.column, 7);
    }
}
