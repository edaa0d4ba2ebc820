//! YAML text to a tree of nodes that remember where they stand in the file,
//! and typed values back to YAML text for the inputs tirkeme writes itself.
//!
//! serde-saphyr does the parsing (with its alias and size budgets); this module
//! only asks it for a generic value tree in which every node carries its line,
//! column and byte span, so that later stages can point at the offending field.
//! serde-saphyr's serializer does the writing ([`to_string`], [`Text`]).

use crate::locale::id;
use std::fmt;

mod fast;

use serde::de::{self, Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_saphyr::Spanned;

/// Largest input accepted, in bytes.
pub const MAX_INPUT_BYTES: usize = 4 * 1024 * 1024;
/// Deepest nesting of maps and sequences accepted.
pub(crate) const MAX_DEPTH: usize = 32;
/// Most YAML nodes accepted in one file.
pub(crate) const MAX_NODES: usize = 200_000;

/// A place in the input file: 1-based line and column, and a byte range.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Pos {
    /// 1-based line number; 0 when unknown.
    pub line: u32,
    /// 1-based column (in characters); 0 when unknown.
    pub column: u32,
    /// Byte offset of the start.
    pub(crate) start: usize,
    /// Byte offset just past the end.
    pub(crate) end: usize,
}

impl Pos {
    fn from_location(loc: serde_saphyr::Location) -> Self {
        let span = loc.span();
        let start = span.byte_offset().unwrap_or(0) as usize;
        let len = span.byte_len().unwrap_or(0) as usize;
        Pos {
            line: loc.line() as u32,
            column: loc.column() as u32,
            start,
            end: start + len,
        }
    }

    /// A position at a byte offset of `src`, with line and column computed.
    pub(crate) fn at_offset(src: &str, offset: usize, len: usize) -> Self {
        let offset = offset.min(src.len());
        let before = src.get(..offset).unwrap_or("");
        let line = before.matches('\n').count() as u32 + 1;
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let column = before.get(line_start..).unwrap_or("").chars().count() as u32 + 1;
        Pos {
            line,
            column,
            start: offset,
            end: (offset + len).min(src.len()),
        }
    }
}

/// A YAML value of the tree.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    /// `~`, `null` or nothing.
    Null,
    /// `true` / `false`.
    Bool(bool),
    /// A whole number.
    Int(i64),
    /// A number with a fraction.
    Float(f64),
    /// Any other scalar.
    Str(String),
    /// A sequence.
    Seq(Vec<Node>),
    /// A mapping, in the order written.
    Map(Vec<(Node, Node)>),
}

/// A value with its place in the file.
#[derive(Clone, Debug, PartialEq)]
pub struct Node {
    /// The value.
    pub value: Value,
    /// Where it was written.
    pub(crate) pos: Pos,
}

impl Value {
    /// The scalar as text, as a user would read it (`72`, `true`, `2025-2026`).
    pub fn scalar_text(&self) -> Option<String> {
        match self {
            Value::Str(s) => Some(s.clone()),
            Value::Int(i) => Some(i.to_string()),
            Value::Float(f) => Some(f.to_string()),
            Value::Bool(b) => Some(b.to_string()),
            Value::Null | Value::Seq(_) | Value::Map(_) => None,
        }
    }
}

impl Node {
    /// The scalar as the user wrote it. A plain scalar on one line is taken
    /// from the source exactly (`0012345`, `0x1F`, `1.10`, `No`, `NO` stay
    /// as written, not as the number or boolean YAML 1.1 reads in them);
    /// quoted, block and folded scalars give their parsed text. `None` for
    /// null, lists and maps.
    pub(crate) fn source_text(&self, src: &str) -> Option<String> {
        if matches!(self.value, Value::Null | Value::Seq(_) | Value::Map(_)) {
            return None;
        }
        match self.plain_source(src) {
            Some(written) => Some(written.to_owned()),
            None => self.value.scalar_text(),
        }
    }

    /// The text of a plain scalar on one line exactly as written in `src`
    /// (`0012345`, `NO`, `1.10`); `None` for quoted, block and folded
    /// scalars, lists, maps, and a node not from `src`. The server hands a
    /// page values as written with it.
    pub fn written<'s>(&self, src: &'s str) -> Option<&'s str> {
        if matches!(self.value, Value::Seq(_) | Value::Map(_)) {
            return None;
        }
        self.plain_source(src)
    }

    /// The node's source span when it is a plain scalar on one line.
    fn plain_source<'s>(&self, src: &'s str) -> Option<&'s str> {
        let written = src.get(self.pos.start..self.pos.end)?;
        let plain = !written.is_empty()
            && !written.starts_with(['"', '\'', '|', '>', '!', '&', '*', '[', '{'])
            && !written.contains(['\n', '\r'])
            && written.trim() == written;
        plain.then_some(written)
    }
}

impl<'de> Deserialize<'de> for Node {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = Spanned::<Value>::deserialize(d)?;
        Ok(Node {
            value: s.value,
            pos: Pos::from_location(s.referenced),
        })
    }
}

impl<'de> Deserialize<'de> for Value {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(ValueVisitor)
    }
}

struct ValueVisitor;

impl<'de> Visitor<'de> for ValueVisitor {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any YAML value")
    }
    fn visit_bool<E: de::Error>(self, v: bool) -> Result<Value, E> {
        Ok(Value::Bool(v))
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Value, E> {
        Ok(Value::Int(v))
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Value, E> {
        Ok(i64::try_from(v).map_or(Value::Str(v.to_string()), Value::Int))
    }
    fn visit_i128<E: de::Error>(self, v: i128) -> Result<Value, E> {
        Ok(Value::Str(v.to_string()))
    }
    fn visit_u128<E: de::Error>(self, v: u128) -> Result<Value, E> {
        Ok(Value::Str(v.to_string()))
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Value, E> {
        Ok(Value::Float(v))
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<Value, E> {
        Ok(Value::Str(v.to_owned()))
    }
    fn visit_string<E: de::Error>(self, v: String) -> Result<Value, E> {
        Ok(Value::Str(v))
    }
    fn visit_bytes<E: de::Error>(self, v: &[u8]) -> Result<Value, E> {
        Ok(Value::Str(String::from_utf8_lossy(v).into_owned()))
    }
    fn visit_none<E: de::Error>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }
    fn visit_unit<E: de::Error>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Value, D::Error> {
        Value::deserialize(d)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let mut items = Vec::new();
        while let Some(n) = seq.next_element::<Node>()? {
            items.push(n);
        }
        Ok(Value::Seq(items))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let mut entries = Vec::new();
        while let Some(k) = map.next_key::<Node>()? {
            let v = map.next_value::<Node>()?;
            entries.push((k, v));
        }
        Ok(Value::Map(entries))
    }
}

/// Why a file could not be read as YAML (`Display`: the parser's own
/// words; the person reads `SyntaxError::explained`).
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("{detail}")]
pub struct SyntaxError {
    /// Where the parser stopped, when it knows.
    pub(crate) pos: Pos,
    /// The parser's own words (English).
    pub(crate) detail: String,
    /// What kind of problem it is.
    pub(crate) kind: SyntaxErrorKind,
    /// The mistake in words (for [`SyntaxErrorKind::Syntax`]), from
    /// the `syntax` module, with its place and maybe a second place.
    pub(crate) explained: Option<Box<crate::syntax::Explained>>,
}

/// The kinds of unreadable input.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum SyntaxErrorKind {
    /// Not valid YAML.
    Syntax,
    /// Over one of the size, depth or alias limits.
    TooLarge,
    /// Not UTF-8 text (binary, or another encoding).
    Encoding,
    /// Nothing but whitespace and comments.
    Empty,
}

/// Parses YAML text into a node tree, within the limits of this module.
pub fn parse(src: &str) -> Result<Node, SyntaxError> {
    if src.len() > MAX_INPUT_BYTES {
        return Err(SyntaxError {
            pos: Pos::default(),
            detail: format!("more than {} MiB", MAX_INPUT_BYTES / 1024 / 1024),
            kind: SyntaxErrorKind::TooLarge,
            explained: Some(Box::new(crate::syntax::Explained {
                pos: Pos::default(),
                msg: crate::locale::Msg::new(id::LIMIT_SIZE)
                    .arg("max", MAX_INPUT_BYTES / 1024 / 1024),
                labels: Vec::new(),
            })),
        });
    }
    if let Some(i) = src.find('\0') {
        return Err(SyntaxError {
            pos: Pos::at_offset(src, i, 1),
            detail: "NUL byte".into(),
            kind: SyntaxErrorKind::Encoding,
            explained: None,
        });
    }
    let body = src.strip_prefix('\u{feff}').unwrap_or(src);
    if body.lines().all(|l| {
        let t = l.trim();
        t.is_empty() || t.starts_with('#') || t == "---" || t == "..."
    }) {
        return Err(SyntaxError {
            pos: Pos::default(),
            detail: String::new(),
            kind: SyntaxErrorKind::Empty,
            explained: None,
        });
    }
    if let Some(x) = crate::syntax::prescan(src) {
        return Err(explained(x, String::new()));
    }
    if let Some(tree) = fast::parse(src) {
        return Ok(tree);
    }
    parse_slow(src)
}

/// Parses with serde-saphyr: every file [`fast::parse`] is not sure of, and
/// every error.
fn parse_slow(src: &str) -> Result<Node, SyntaxError> {
    let mut alias_limits = serde_saphyr::options::AliasLimits::default();
    alias_limits.max_total_replayed_events = 100_000;
    alias_limits.max_replay_stack_depth = 16;
    alias_limits.max_alias_expansions_per_anchor = 1_000;
    let options = serde_saphyr::options! {
        budget: serde_saphyr::budget! {
            max_depth: MAX_DEPTH,
            max_nodes: MAX_NODES,
            max_aliases: 1_000,
            max_anchors: 1_000,
            max_documents: 1,
            max_total_scalar_bytes: MAX_INPUT_BYTES,
        },
        alias_limits: alias_limits,
        duplicate_keys: serde_saphyr::DuplicateKeyPolicy::Error,
        // `.inf` / `.nan` in a text field are words, not a syntax error.
        non_finite_float_policy: serde_saphyr::options::NonFiniteFloatPolicy::AsString,
        with_snippet: false,
    };
    serde_saphyr::from_str_with_options::<Node>(src, options).map_err(|e| convert_error(src, &e))
}

fn explained(x: crate::syntax::Explained, detail: String) -> SyntaxError {
    SyntaxError {
        pos: x.pos,
        detail,
        kind: SyntaxErrorKind::Syntax,
        explained: Some(Box::new(x)),
    }
}

fn convert_error(src: &str, e: &serde_saphyr::Error) -> SyntaxError {
    use crate::syntax::{Failure, explain};
    use serde_saphyr::Error as E;
    let pos = e.location().map(Pos::from_location).unwrap_or_default();
    let pos = if pos.line == 0 {
        pos
    } else {
        fix_offset(src, pos)
    };
    // The parser's message ends with its own location; ours is printed apart.
    let detail = e.to_string().lines().next().unwrap_or("").to_owned();
    let failure = match e {
        E::DuplicateMappingKey { key, .. } => {
            Some(Failure::DuplicateKey(key.clone().unwrap_or_default()))
        }
        E::MultipleDocuments { .. } => Some(Failure::Documents),
        E::Budget {
            breach: serde_saphyr::budget::BudgetBreach::Documents { .. },
            ..
        } => Some(Failure::Documents),
        E::Budget { .. }
        | E::AliasReplayLimitExceeded { .. }
        | E::AliasExpansionLimitExceeded { .. }
        | E::AliasReplayStackDepthExceeded { .. } => None,
        E::Message { msg, .. } => Some(Failure::from_message(msg)),
        _ => {
            let lower = detail.to_lowercase();
            if lower.contains("budget") || lower.contains("limit") || lower.contains("exceed") {
                None
            } else {
                Some(Failure::from_message(&detail))
            }
        }
    };
    match failure {
        Some(f) => explained(explain(src, pos, &f), detail),
        None => SyntaxError {
            pos,
            kind: SyntaxErrorKind::TooLarge,
            explained: Some(Box::new(crate::syntax::Explained {
                pos,
                msg: limit_msg(e, &detail),
                labels: Vec::new(),
            })),
            detail,
        },
    }
}

/// Which limit a file broke, in words (the parser's budget names are English).
fn limit_msg(e: &serde_saphyr::Error, detail: &str) -> crate::locale::Msg {
    use crate::locale::Msg;
    use serde_saphyr::Error as E;
    use serde_saphyr::budget::BudgetBreach as B;
    match e {
        E::Budget { breach, .. } => match breach {
            B::Depth { .. } => Msg::new(id::LIMIT_DEPTH).arg("max", MAX_DEPTH),
            B::Nodes { .. } | B::Events { .. } => Msg::new(id::LIMIT_NODES).arg("max", MAX_NODES),
            B::ScalarBytes { .. } => {
                Msg::new(id::LIMIT_SIZE).arg("max", MAX_INPUT_BYTES / 1024 / 1024)
            }
            B::Aliases { .. } | B::Anchors { .. } | B::AliasAnchorRatio { .. } => {
                Msg::new(id::LIMIT_ALIASES)
            }
            _ => Msg::new(id::TOO_LARGE),
        },
        E::AliasReplayLimitExceeded { .. }
        | E::AliasExpansionLimitExceeded { .. }
        | E::AliasReplayStackDepthExceeded { .. } => Msg::new(id::LIMIT_ALIASES),
        // Wrapped errors: read the kind from the words.
        _ if detail.to_lowercase().contains("alias") => Msg::new(id::LIMIT_ALIASES),
        _ if detail.to_lowercase().contains("depth") => {
            Msg::new(id::LIMIT_DEPTH).arg("max", MAX_DEPTH)
        }
        _ => Msg::new(id::TOO_LARGE),
    }
}

/// Recomputes the byte offset from line and column when the parser gave none.
fn fix_offset(src: &str, pos: Pos) -> Pos {
    if pos.start != 0 || pos.line <= 1 && pos.column <= 1 {
        return pos;
    }
    let mut offset = 0;
    for (i, line) in src.split_inclusive('\n').enumerate() {
        if i + 1 == pos.line as usize {
            let col = line
                .char_indices()
                .nth(pos.column.saturating_sub(1) as usize)
                .map_or(line.len(), |(b, _)| b);
            return Pos {
                start: offset + col,
                end: offset + col,
                ..pos
            };
        }
        offset += line.len();
    }
    pos
}

/// A typed value (a struct) as YAML in the style of the examples: block
/// mappings in the order of the type's fields, lists indented under their
/// key, ids, numbers and dates bare (`form: application`,
/// `start: 2025-11-03`), text bare when it reads back as written and
/// double-quoted otherwise (see [`Text`]), text of several lines as a `|`
/// block, a long line left whole. Written as YAML 1.2 without its directive,
/// so that a date is not quoted as a YAML 1.1 timestamp; a `None` field is
/// left out when it is marked `#[serde(skip_serializing_if = "Option::is_none")]`.
pub fn to_string<T: serde::Serialize>(value: &T) -> Result<String, serde_saphyr::SerializeError> {
    let options = serde_saphyr::ser_options! {
        yaml_12: true,
        no_lang_directive: true,
        compact_list_indent: false,
        // A line is never folded: a secretary edits the text on one line.
        folded_wrap_chars: usize::MAX,
    };
    serde_saphyr::to_string_with_options(value, options)
}

/// Text a person wrote (a name, a direction), as opposed to an id or a
/// date: double-quoted whenever a YAML 1.1 reader would take it for
/// something else (`"no"`, `"2025-11-03"`, `"0012345"`, `"- x"`, `"a: b"`),
/// as serde-saphyr's own YAML 1.1 rules decide; bare otherwise.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Text<S>(pub S);

impl<S: AsRef<str>> serde::Serialize for Text<S> {
    fn serialize<Se: serde::Serializer>(&self, s: Se) -> Result<Se::Ok, Se::Error> {
        let text = self.0.as_ref();
        // [`to_string`] writes YAML 1.2, where `no` and `2025-11-03` are
        // plain text; ask the YAML 1.1 writer whether it would quote it.
        let quoted = serde_saphyr::to_string(&text).map_or(true, |y| y.starts_with(['"', '\'']));
        if quoted {
            serde_saphyr::DoubleQuoted(text).serialize(s)
        } else {
            s.serialize_str(text)
        }
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod tests {
    use super::*;

    #[test]
    fn nodes_know_their_line_and_column() {
        let n = parse("form: report\nhours: 72\nlist:\n  - a\n").unwrap();
        let Value::Map(m) = &n.value else {
            panic!("map")
        };
        assert_eq!(m[1].1.value, Value::Int(72));
        assert_eq!((m[1].1.pos.line, m[1].1.pos.column), (2, 8));
        let Value::Seq(s) = &m[2].1.value else {
            panic!("seq")
        };
        assert_eq!((s[0].pos.line, s[0].pos.column), (4, 5));
        assert_eq!(
            &"form: report\nhours: 72\nlist:\n  - a\n"[m[1].1.pos.start..m[1].1.pos.end],
            "72"
        );
    }

    #[test]
    fn syntax_errors_have_a_line() {
        let e = parse("form: report\nteacher: [a, b\n").unwrap_err();
        assert_eq!(e.kind, SyntaxErrorKind::Syntax);
        assert!(e.pos.line >= 2, "{e:?}");
    }

    #[test]
    fn billion_laughs_is_refused() {
        let mut s = String::from(
            "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n",
        );
        for i in 1..10 {
            let prev = (b'a' + i - 1) as char;
            let cur = (b'a' + i) as char;
            s.push_str(&format!("{cur}: &{cur} [*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev}]\n"));
        }
        let e = parse(&s).unwrap_err();
        assert_eq!(e.kind, SyntaxErrorKind::TooLarge, "{e:?}");
    }

    #[test]
    fn text_is_taken_as_written() {
        let src = "a: 0012345\nb: 0x1F\nc: 1.10\nd: 12e3\ne: 1_000\n\
                   f: 123456789012345678901234567890\ng: No\nh: NO\ni: on\n\
                   j: !!str 0012\nk: \"0012\"\nl: .inf\nm: 0o17\nn: plain\n  folded\n\
                   o: [0012, yes]\n";
        let n = parse(src).unwrap();
        let Value::Map(m) = &n.value else {
            panic!("map")
        };
        let got: Vec<String> = m
            .iter()
            .flat_map(|(_, v)| match &v.value {
                Value::Seq(items) => items.iter().map(|i| i.source_text(src).unwrap()).collect(),
                _ => vec![v.source_text(src).unwrap()],
            })
            .collect();
        assert_eq!(
            got,
            [
                "0012345",
                "0x1F",
                "1.10",
                "12e3",
                "1_000",
                "123456789012345678901234567890",
                "No",
                "NO",
                "on",
                "0012",
                "0012",
                ".inf",
                "0o17",
                "plain folded",
                "0012",
                "yes"
            ]
        );
    }

    /// Text that YAML would read otherwise if written bare, and text that
    /// needs no quotes.
    const HOSTILE: &[&str] = &[
        "no",
        "No",
        "yes",
        "on",
        "y",
        "true",
        "null",
        "~",
        "",
        "0012345",
        "1.10",
        "0x1F",
        "1:20",
        "2025-11-03",
        "2025-11-03: Python #1 true",
        "- leading dash",
        "-dash",
        "#1",
        "a # b",
        "a#b",
        "key: value",
        "ends:",
        "\"quoted\"",
        "it's",
        "'single'",
        "line 1\nline 2",
        "line 1\nline 2\n",
        " padded ",
        "tab\there",
        "@x",
        "%x",
        "&x",
        "*x",
        "!x",
        "|x",
        ">x",
        "[x]",
        "{x}",
        "a, b",
        "---",
        "...",
        "?",
        "<<",
        "back\\slash",
        "Асанов Бакыт Жумабекович",
        "Токтогулова Айжан Мирлан кызы",
        "«Ала-Тоо» эл аралык университети: \"Python\" #1",
        "Маалыматтык технологияларды окутуу методикасы боюнча квалификацияны жогорулатуу курсу, Бишкек шаары, Кыргыз Республикасы",
        "Повышение квалификации: «Методика», 72 ч.",
    ];

    #[derive(serde::Serialize)]
    struct Person {
        name: Text<String>,
        #[serde(skip_serializing_if = "Option::is_none")]
        position: Option<Text<String>>,
    }

    #[derive(serde::Serialize)]
    struct Doc {
        form: &'static str,
        #[serde(skip_serializing_if = "Option::is_none")]
        start: Option<chrono::NaiveDate>,
        #[serde(skip_serializing_if = "Option::is_none")]
        end: Option<chrono::NaiveDate>,
        hours: Option<i64>,
        who: Person,
        notes: Vec<Text<&'static str>>,
        flag: bool,
    }

    #[test]
    fn ids_and_dates_are_bare_text_quoted_only_when_it_must_be() {
        let doc = Doc {
            form: "application",
            start: chrono::NaiveDate::from_ymd_opt(2025, 11, 3),
            end: None,
            hours: Some(72),
            who: Person {
                name: Text("Асанов \"Бакыт\": 1".into()),
                position: None,
            },
            notes: vec![Text("ага окутуучу"), Text("no"), Text("2025-11-03")],
            flag: true,
        };
        assert_eq!(
            to_string(&doc).unwrap(),
            "form: application\nstart: 2025-11-03\nhours: 72\nwho:\n  name: \"Асанов \\\"Бакыт\\\": 1\"\nnotes:\n  - ага окутуучу\n  - \"no\"\n  - \"2025-11-03\"\nflag: true\n"
        );
    }

    #[test]
    fn written_text_reads_back_as_written() {
        for text in HOSTILE {
            let doc = Person {
                name: Text(text.to_string()),
                position: Some(Text("доцент".into())),
            };
            let yaml = to_string(&doc).unwrap();
            let node = parse(&yaml).unwrap_or_else(|e| panic!("{text:?}: {yaml}\n{e:?}"));
            let Value::Map(m) = &node.value else {
                panic!("{yaml}")
            };
            assert_eq!(m.len(), 2, "{yaml}");
            assert_eq!(m[0].1.source_text(&yaml).as_deref(), Some(*text), "{yaml}");
            assert_eq!(
                m[1].1.source_text(&yaml).as_deref(),
                Some("доцент"),
                "{yaml}"
            );
        }
    }
}
