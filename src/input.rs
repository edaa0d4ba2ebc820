//! From the YAML node tree to typed values, collecting every schema finding
//! (unknown key with a "did you mean", wrong type, missing field) instead of
//! stopping at the first, and cleaning look-alike letters out of text.

use chrono::NaiveDate;

use crate::finding::{Finding, rule};
use crate::locale::Msg;
use crate::yaml::{Node, Pos, Value};

/// The longest single text value accepted, in characters.
pub const MAX_TEXT_CHARS: usize = 10_000;
/// The most rows a plan may have.
pub const MAX_ROWS: usize = 2_000;

/// A value with the place it came from.
#[derive(Clone, Debug, PartialEq)]
pub struct At<T> {
    /// The value.
    pub v: T,
    /// Where it was written.
    pub pos: Pos,
}

/// The conversion context: the source text and the findings so far.
pub struct Ctx<'s> {
    /// The YAML text (for exact positions of look-alike letters).
    pub src: &'s str,
    /// Everything found so far.
    pub findings: Vec<Finding>,
}

/// A mapping being read: its entries and which keys it allows.
pub struct Obj<'a> {
    /// Where the mapping starts.
    pub pos: Pos,
    entries: &'a [(Node, Node)],
}

fn kind_of(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "bool",
        Value::Int(_) => "int",
        Value::Float(_) => "float",
        Value::Str(_) => "text",
        Value::Seq(_) => "list",
        Value::Map(_) => "map",
    }
}

/// The known key closest to `key`, if it is close enough to be a typo.
pub fn nearest<'k>(key: &str, known: &[&'k str]) -> Option<&'k str> {
    let key = key.to_lowercase().replace('-', "_");
    known
        .iter()
        .map(|k| (strsim(&key, k), *k))
        .filter(|(d, k)| {
            *d <= (k.chars().count() / 3).max(1) + usize::from(key.contains(k) || k.contains(&key))
        })
        .min_by_key(|(d, _)| *d)
        .map(|(_, k)| k)
}

/// Optimal string alignment distance, small and enough for key names.
fn strsim(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut d = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for (i, row) in d.iter_mut().enumerate() {
        row[0] = i;
    }
    for (j, cell) in d[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            d[i][j] = (d[i - 1][j] + 1)
                .min(d[i][j - 1] + 1)
                .min(d[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                d[i][j] = d[i][j].min(d[i - 2][j - 2] + 1);
            }
        }
    }
    d[a.len()][b.len()]
}

impl<'s> Ctx<'s> {
    /// A new context over a source text.
    pub fn new(src: &'s str) -> Ctx<'s> {
        Ctx {
            src,
            findings: Vec::new(),
        }
    }

    /// Records a finding.
    pub fn push(&mut self, f: Finding) {
        self.findings.push(f);
    }

    fn type_error(&mut self, node: &Node, expected: &'static str) {
        self.push(Finding::new(
            rule::TYPE,
            node.pos,
            Msg::new("type-expected")
                .arg("expected", expected)
                .arg("found", kind_of(&node.value)),
        ));
    }

    /// Reads a mapping that may hold only `known` keys; reports the others.
    pub fn obj<'a>(&mut self, node: &'a Node, known: &[&str]) -> Option<Obj<'a>> {
        let Value::Map(entries) = &node.value else {
            self.type_error(node, "map");
            return None;
        };
        for (k, _) in entries {
            let name = k.source_text(self.src).unwrap_or_default();
            if !known.contains(&name.as_str()) {
                let mut msg = Msg::new("unknown-key").arg("key", &name);
                if let Some(n) = nearest(&name, known) {
                    msg = Msg::new("unknown-key-hint")
                        .arg("key", &name)
                        .arg("hint", n);
                }
                self.push(Finding::new(rule::UNKNOWN_KEY, k.pos, msg));
            }
        }
        Some(Obj {
            pos: node.pos,
            entries,
        })
    }

    /// The value of `key`, or a `missing` finding at the mapping.
    pub fn req<'a>(&mut self, obj: &Obj<'a>, key: &'static str) -> Option<&'a Node> {
        let n = obj.get(key);
        if n.is_none() {
            self.push(Finding::new(
                rule::MISSING,
                obj.pos,
                Msg::new("missing-key").arg("key", key),
            ));
        }
        n
    }

    /// Text, with look-alike letters replaced (and reported).
    pub fn text(&mut self, node: &Node) -> Option<At<String>> {
        // As written: `0012345`, `1.10`, `No` are text here, not numbers.
        let raw = match &node.value {
            Value::Str(_) | Value::Int(_) | Value::Float(_) | Value::Bool(_) => {
                node.source_text(self.src).unwrap_or_default()
            }
            Value::Null => return None,
            Value::Seq(_) | Value::Map(_) => {
                self.type_error(node, "text");
                return None;
            }
        };
        if raw.chars().count() > MAX_TEXT_CHARS {
            self.push(Finding::new(
                rule::LIMIT,
                node.pos,
                Msg::new("text-too-long").arg("max", MAX_TEXT_CHARS),
            ));
            return None;
        }
        let cleaned = crate::lookalike::clean(&raw);
        for fix in &cleaned.fixes {
            let pos = self.char_pos(node, &raw, fix.char_index);
            self.push(Finding::new(
                rule::LOOKALIKE,
                pos,
                Msg::new("lookalike")
                    .arg("found", fix.found)
                    .arg("replaced", fix.replaced)
                    .arg("word", &fix.word),
            ));
        }
        for (i, c) in cleaned.text.chars().enumerate() {
            if !crate::engine::printable(c) {
                let pos = self.char_pos(node, &raw, i);
                self.push(Finding::new(
                    rule::GLYPH,
                    pos,
                    Msg::new("glyph")
                        .arg("char", c)
                        .arg("code", format!("U+{:04X}", c as u32)),
                ));
            }
        }
        Some(At {
            v: cleaned.text,
            pos: node.pos,
        })
    }

    /// The position of the `index`-th character of a scalar, when the scalar
    /// is written plainly on one line; the scalar's own position otherwise.
    fn char_pos(&self, node: &Node, raw: &str, index: usize) -> Pos {
        let written = self.src.get(node.pos.start..node.pos.end).unwrap_or("");
        let offset = if written == raw {
            0
        } else if written.len() >= 2 && written.get(1..written.len() - 1) == Some(raw) {
            1
        } else {
            return node.pos;
        };
        let byte = raw.char_indices().nth(index).map_or(0, |(b, _)| b);
        let len = raw[byte..].chars().next().map_or(0, char::len_utf8);
        Pos::at_offset(self.src, node.pos.start + offset + byte, len)
    }

    /// Optional text under `key`.
    pub fn opt_text(&mut self, obj: &Obj<'_>, key: &str) -> Option<At<String>> {
        obj.get(key).and_then(|n| self.text(n))
    }

    /// A whole number.
    pub fn int(&mut self, node: &Node) -> Option<At<i64>> {
        match &node.value {
            Value::Int(i) => Some(At {
                v: *i,
                pos: node.pos,
            }),
            Value::Str(s) if s.trim().parse::<i64>().is_ok() => Some(At {
                v: s.trim().parse().unwrap_or_default(),
                pos: node.pos,
            }),
            Value::Null => None,
            _ => {
                self.type_error(node, "whole-number");
                None
            }
        }
    }

    /// Optional whole number under `key`, not negative.
    pub fn opt_count(&mut self, obj: &Obj<'_>, key: &str) -> Option<At<i64>> {
        let n = obj.get(key)?;
        let v = self.int(n)?;
        if v.v < 0 || v.v > 100_000 {
            self.type_error(n, "whole-number");
            return None;
        }
        Some(v)
    }

    /// A boolean.
    pub fn opt_bool(&mut self, obj: &Obj<'_>, key: &str) -> Option<At<bool>> {
        let n = obj.get(key)?;
        match &n.value {
            Value::Bool(b) => Some(At { v: *b, pos: n.pos }),
            // «ооба», «жок», «да», «нет»: the words of `data/choices.tsv`.
            Value::Str(s) if crate::choices::resolve_in("bool", s).is_some() => Some(At {
                v: crate::choices::resolve_in("bool", s) == Some("true"),
                pos: n.pos,
            }),
            _ => {
                self.type_error(n, "true-false");
                None
            }
        }
    }

    /// An ISO date (`2025-11-03`).
    pub fn date(&mut self, node: &Node) -> Option<At<NaiveDate>> {
        let text = node.value.scalar_text();
        match text
            .as_deref()
            .map(|t| NaiveDate::parse_from_str(t.trim(), "%Y-%m-%d"))
        {
            Some(Ok(d)) if (1900..=2200).contains(&chrono::Datelike::year(&d)) => Some(At {
                v: d,
                pos: node.pos,
            }),
            _ if node.value == Value::Null => None,
            _ => {
                self.push(Finding::new(
                    rule::TYPE,
                    node.pos,
                    Msg::new("bad-date")
                        .arg("found", text.unwrap_or_else(|| kind_of(&node.value).into())),
                ));
                None
            }
        }
    }

    /// Optional date under `key`.
    pub fn opt_date(&mut self, obj: &Obj<'_>, key: &str) -> Option<At<NaiveDate>> {
        obj.get(key).and_then(|n| self.date(n))
    }

    /// An academic year `YYYY-YYYY` with consecutive years; gives the first year.
    pub fn academic_year(&mut self, node: &Node) -> Option<At<i32>> {
        let text = node.value.scalar_text().unwrap_or_default();
        let parsed = text.split_once(['-', '–']).and_then(|(a, b)| {
            Some((a.trim().parse::<i32>().ok()?, b.trim().parse::<i32>().ok()?))
        });
        match parsed {
            Some((a, b)) if b == a + 1 && (1900..=2200).contains(&a) => Some(At {
                v: a,
                pos: node.pos,
            }),
            _ => {
                self.push(Finding::new(
                    rule::ACADEMIC_YEAR,
                    node.pos,
                    Msg::new("academic-year").arg("found", text),
                ));
                None
            }
        }
    }

    /// One of a fixed set of words.
    pub fn choice(&mut self, node: &Node, allowed: &[&'static str]) -> Option<At<&'static str>> {
        let text = node.value.scalar_text().unwrap_or_default();
        if let Some(a) = crate::choices::resolve(&text, allowed) {
            return Some(At {
                v: a,
                pos: node.pos,
            });
        }
        if node.value == Value::Null {
            return None;
        }
        let mut msg = Msg::new("bad-choice")
            .arg("found", &text)
            .arg("allowed", allowed.join(", "));
        if let Some(n) = nearest(&text, allowed) {
            msg = Msg::new("bad-choice-hint")
                .arg("found", &text)
                .arg("allowed", allowed.join(", "))
                .arg("hint", n);
        }
        self.push(Finding::new(rule::TYPE, node.pos, msg));
        None
    }

    /// Optional choice under `key`.
    pub fn opt_choice(
        &mut self,
        obj: &Obj<'_>,
        key: &str,
        allowed: &[&'static str],
    ) -> Option<At<&'static str>> {
        obj.get(key).and_then(|n| self.choice(n, allowed))
    }

    /// The items of a list (a single value counts as a one-item list).
    pub fn list<'a>(&mut self, node: &'a Node) -> &'a [Node] {
        match &node.value {
            Value::Seq(items) if items.len() > MAX_ROWS => {
                self.push(Finding::new(
                    rule::LIMIT,
                    node.pos,
                    Msg::new("too-many-rows").arg("max", MAX_ROWS),
                ));
                &items[..MAX_ROWS]
            }
            Value::Seq(items) => items,
            Value::Null => &[],
            _ => std::slice::from_ref(node),
        }
    }

    /// A list of texts under `key`.
    pub fn text_list(&mut self, obj: &Obj<'_>, key: &str) -> Vec<String> {
        let Some(n) = obj.get(key) else {
            return Vec::new();
        };
        self.list(n)
            .iter()
            .filter_map(|i| self.text(i))
            .map(|t| t.v)
            .collect()
    }
}

impl<'a> Obj<'a> {
    /// The value of `key`, unless absent or null.
    pub fn get(&self, key: &str) -> Option<&'a Node> {
        self.entries
            .iter()
            .find(|(k, _)| matches!(&k.value, Value::Str(s) if s == key))
            .map(|(_, v)| v)
            .filter(|v| v.value != Value::Null)
    }

    /// The entries, in order.
    pub fn entries(&self) -> &'a [(Node, Node)] {
        self.entries
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod tests {
    use super::*;

    #[test]
    fn nearest_key_catches_typos() {
        let known = ["teachers", "year", "faculty", "department"];
        assert_eq!(nearest("teachrs", &known), Some("teachers"));
        assert_eq!(nearest("departmnet", &known), Some("department"));
        assert_eq!(nearest("colour", &known), None);
    }
}
