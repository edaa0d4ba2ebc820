//! From the YAML node tree to typed values, collecting every schema finding
//! (unknown key with a "did you mean", wrong type, missing field) instead of
//! stopping at the first, and cleaning look-alike letters out of text.

use crate::locale::id;
use std::cell::{Cell, OnceCell};

use chrono::NaiveDate;

use crate::fields::{Field, Ty};
use crate::finding::{Finding, Severity, rule};
use crate::locale::Msg;
use crate::yaml::{Node, Pos, Value};

/// The longest single text value accepted, in characters.
pub(crate) const MAX_TEXT_CHARS: usize = 10_000;
/// The most rows a plan may have: a faculty's plan, with room. Measured by
/// `bench/hostile.sh`: 500 rows lay out in about 1.3 s and 100 MiB, 2,000
/// took 5 s and 300 MiB.
pub(crate) const MAX_ROWS: usize = 500;
/// The most characters of text one document may print, all fields
/// together (about 20 dense pages; the forms take one to three). It keeps
/// the typesetter within 2 s and 300 MiB whatever the file holds.
pub(crate) const MAX_DOCUMENT_CHARS: usize = 60_000;
/// The most findings kept for one file: more would not be read by anyone,
/// and a hostile file could otherwise make millions. The rest are counted
/// in one closing finding.
pub const MAX_FINDINGS: usize = 200;
/// The most combining marks accepted on one letter (an accent or two is
/// writing; a long run is refused before it reaches the typesetter, whose
/// line breaker costs the square of its length).
pub(crate) const MAX_COMBINING: usize = 4;
/// Unknown keys longer than this get no "did you mean" (no key is so long).
const MAX_HINT_CHARS: usize = 64;
/// The most distinct unprintable characters reported for one text.
const MAX_GLYPHS_PER_TEXT: usize = 16;

/// A value with the place it came from.
#[derive(Clone, Debug, PartialEq)]
pub struct At<T> {
    /// The value.
    pub v: T,
    /// Where it was written.
    pub(crate) pos: Pos,
}

/// The conversion context: the source text and the findings so far.
pub struct Ctx<'s> {
    /// The YAML text (for exact positions of look-alike letters).
    pub(crate) src: &'s str,
    /// Everything found so far.
    pub(crate) findings: Vec<Finding>,
    /// Findings not kept over [`MAX_FINDINGS`], and whether one was an error.
    dropped: (usize, bool),
    /// Byte offsets of the starts of lines, built when first needed.
    lines: OnceCell<Vec<usize>>,
    /// The last position computed (offset, line start, column): the next
    /// one on the same line is counted from there, not from the line start.
    last: Cell<(usize, usize, u32)>,
    /// Characters of text read so far, against [`MAX_DOCUMENT_CHARS`].
    chars: usize,
    /// Errors among the findings kept.
    errors: usize,
}

/// A mapping being read: its entries and the fields it allows.
pub struct Obj<'a> {
    /// Where the mapping starts.
    pub(crate) pos: Pos,
    entries: &'a [(Node, Node)],
    fields: Vec<&'static Field>,
}

/// Month keys of the `date-no-day` message.
const MONTHS: [&str; 12] = [
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
];

/// The largest count accepted (hours, days, ...).
pub(crate) const MAX_COUNT: i64 = 100_000;

/// `72 саат`, `72 часа`, `72h`, `72-саат`: the digits, when a number is
/// followed by a word.
fn number_with_unit(s: &str) -> Option<&str> {
    let s = s.trim();
    let end = s.find(|c: char| !c.is_ascii_digit())?;
    let (digits, rest) = s.split_at(end);
    let rest = rest.trim_start_matches([' ', '-', '\u{a0}']);
    let word = !digits.is_empty()
        && !rest.is_empty()
        && rest
            .chars()
            .all(|c| c.is_alphabetic() || c == '.' || c == ' ');
    word.then_some(digits)
}

/// What is wrong with a date that does not read: a day the month lacks
/// (`2026-02-30`), a month past 12, the day first (`03.11.2025`), or
/// something else.
fn date_mistake(found: &str) -> Msg {
    let nums: Vec<&str> = found.split(['-', '.', '/']).collect();
    let parse = |s: &str| s.parse::<u32>().ok();
    if let [y, m, d] = nums[..]
        && let (Some(year), Some(month), Some(day)) = (parse(y), parse(m), parse(d))
    {
        if y.len() == 4 && found.contains('-') {
            if !(1..=12).contains(&month) {
                return Msg::new(id::DATE_NO_MONTH)
                    .arg("found", found)
                    .arg("month", month);
            }
            let last = (28..=31)
                .rev()
                .find(|d| NaiveDate::from_ymd_opt(year as i32, month, *d).is_some())
                .unwrap_or(28);
            if day > last {
                return Msg::new(id::DATE_NO_DAY)
                    .arg("found", found)
                    .arg("year", year)
                    .arg("month", MONTHS[month as usize - 1])
                    .arg("day", day)
                    .arg("last", last);
            }
        }
        // Day first, as on paper: `03.11.2025`.
        if d.len() == 4 && NaiveDate::from_ymd_opt(day as i32, month, year).is_some() {
            return Msg::new(id::DATE_DAY_FIRST)
                .arg("found", found)
                .arg("fixed", format!("{d}-{month:02}-{year:02}"));
        }
    }
    Msg::new(id::BAD_DATE).arg("found", found)
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
/// Keys over 64 characters get no hint: the distance costs the product of
/// the lengths.
pub fn nearest<'k>(key: &str, known: &[&'k str]) -> Option<&'k str> {
    if key.chars().count() > MAX_HINT_CHARS {
        return None;
    }
    let key = key.to_lowercase().replace('-', "_");
    known
        .iter()
        .map(|k| (strsim::osa_distance(&key, k), *k))
        .filter(|(d, k)| {
            *d <= (k.chars().count() / 3).max(1) + usize::from(key.contains(k) || k.contains(&key))
        })
        .min_by_key(|(d, _)| *d)
        .map(|(_, k)| k)
}

impl<'s> Ctx<'s> {
    /// A new context over a source text.
    pub(crate) fn new(src: &'s str) -> Ctx<'s> {
        Ctx {
            src,
            findings: Vec::new(),
            dropped: (0, false),
            lines: OnceCell::new(),
            last: Cell::new((0, 0, 1)),
            chars: 0,
            errors: 0,
        }
    }

    /// Records a finding; past [`MAX_FINDINGS`] it is only counted. Errors
    /// are kept before warnings: a flood of warnings never hides one.
    pub(crate) fn push(&mut self, f: Finding) {
        if self.accepts(f.severity) {
            self.errors += usize::from(f.severity == Severity::Error);
            self.findings.push(f);
        } else {
            self.dropped.0 += 1;
            self.dropped.1 |= f.severity == Severity::Error;
        }
    }

    /// Whether no more warnings are kept (so none need be worked out).
    pub(crate) fn full(&self) -> bool {
        self.findings.len() >= MAX_FINDINGS
    }

    /// Whether a finding of this severity would be kept.
    fn accepts(&self, severity: Severity) -> bool {
        !self.full() || (severity == Severity::Error && self.errors < MAX_FINDINGS)
    }

    /// Records the finding `make` gives, or past the cap only counts one of
    /// `rule` without making it (no message, no position worked out).
    fn note(&mut self, rule: crate::finding::Rule, make: impl FnOnce(&Self) -> Finding) {
        if self.accepts(rule.severity) {
            let f = make(self);
            self.push(f);
        } else {
            self.dropped.0 += 1;
            self.dropped.1 |= rule.severity == Severity::Error;
        }
    }

    /// The findings in file order, at most [`MAX_FINDINGS`], the rest
    /// counted in a last `limit` finding (an error if any of them was one).
    pub(crate) fn into_findings(self) -> Vec<Finding> {
        let mut findings = self.findings;
        let (mut dropped, mut error) = self.dropped;
        if findings.len() > MAX_FINDINGS {
            // Errors first, then warnings, then notes, each in file order.
            findings.sort_by_key(|f| (std::cmp::Reverse(f.severity), f.pos.line, f.pos.column));
            for f in findings.drain(MAX_FINDINGS..) {
                dropped += 1;
                error |= f.severity == Severity::Error;
            }
        }
        findings.sort_by_key(|f| (f.pos.line, f.pos.column));
        if dropped > 0 {
            let pos = findings.last().map_or_else(Pos::default, |f| f.pos);
            let mut f = Finding::new(
                rule::LIMIT,
                pos,
                Msg::new(id::TOO_MANY_FINDINGS)
                    .arg("count", dropped)
                    .arg("max", MAX_FINDINGS),
            );
            if !error {
                f = f.warning();
            }
            findings.push(f);
        }
        findings
    }

    /// The line, column and span of a byte range of the source: lines from an
    /// index built once, the column counted from the last position when it
    /// is on the same line (findings come in order), so a file with many
    /// findings costs its length, not its length times their number.
    pub(crate) fn pos_at(&self, offset: usize, len: usize) -> Pos {
        let src = self.src;
        let mut offset = offset.min(src.len());
        while !src.is_char_boundary(offset) {
            offset -= 1;
        }
        let lines = self.lines.get_or_init(|| {
            std::iter::once(0)
                .chain(memchr_newlines(src).map(|i| i + 1))
                .collect()
        });
        let line = lines.partition_point(|&s| s <= offset).max(1);
        let line_start = lines[line - 1];
        let (last_offset, last_start, last_column) = self.last.get();
        let (from, column) = if last_start == line_start && last_offset <= offset {
            (last_offset, last_column)
        } else {
            (line_start, 1)
        };
        let column = column + src.get(from..offset).unwrap_or("").chars().count() as u32;
        self.last.set((offset, line_start, column));
        Pos {
            line: line as u32,
            column,
            start: offset,
            end: (offset + len).min(src.len()),
        }
    }

    fn type_error(&mut self, node: &Node, expected: &'static str) {
        self.push(Finding::new(
            rule::TYPE,
            node.pos,
            Msg::new(id::TYPE_EXPECTED)
                .arg("expected", expected)
                .arg("found", kind_of(&node.value)),
        ));
    }

    /// Reads a mapping described by `fields`: reports every key it does not
    /// describe (with the nearest described key as a hint) and every
    /// required key that is absent or null.
    pub(crate) fn obj<'a>(&mut self, node: &'a Node, fields: &'static [Field]) -> Option<Obj<'a>> {
        self.obj_of(node, &[fields])
    }

    /// [`Ctx::obj`] over the fields of several groups (common keys and a
    /// form's own, a person's name and the extra keys of its place).
    pub(crate) fn obj_of<'a>(
        &mut self,
        node: &'a Node,
        groups: &[&'static [Field]],
    ) -> Option<Obj<'a>> {
        let Value::Map(entries) = &node.value else {
            self.type_error(node, "map");
            return None;
        };
        let fields: Vec<&'static Field> = groups.iter().flat_map(|g| g.iter()).collect();
        let known: Vec<&str> = fields.iter().map(|f| f.key).collect();
        for (k, _) in entries {
            let name = k.source_text(self.src).unwrap_or_default();
            if !known.contains(&name.as_str()) {
                if !self.accepts(Severity::Error) {
                    self.dropped.0 += 1;
                    self.dropped.1 = true;
                    continue;
                }
                let name = shorten(&name);
                let mut msg = Msg::new(id::UNKNOWN_KEY).arg("key", &name);
                if let Some(n) = nearest(&name, &known) {
                    msg = Msg::new(id::UNKNOWN_KEY_HINT)
                        .arg("key", &name)
                        .arg("hint", n);
                }
                self.push(Finding::new(rule::UNKNOWN_KEY, k.pos, msg));
            }
        }
        let obj = Obj {
            pos: node.pos,
            entries,
            fields,
        };
        for f in &obj.fields {
            if f.required && obj.get(f).is_none() {
                self.push(Finding::new(
                    rule::MISSING,
                    obj.pos,
                    Msg::new(id::MISSING_KEY).arg("key", f.key),
                ));
            }
        }
        Some(obj)
    }

    /// The mapping under a field of type [`Ty::Obj`] (or [`Ty::TextOrObj`]).
    pub(crate) fn opt_obj<'a>(&mut self, obj: &Obj<'a>, field: &Field) -> Option<Obj<'a>> {
        let (Ty::Obj(fields) | Ty::TextOrObj(fields)) = field.ty else {
            return None;
        };
        let n = obj.get(field)?;
        self.obj(n, fields)
    }

    /// The entries of a mapping whose keys are data, not names (the years
    /// of a perspective plan).
    pub(crate) fn map_entries<'a>(&mut self, node: &'a Node) -> &'a [(Node, Node)] {
        match &node.value {
            Value::Map(entries) => entries,
            Value::Null => &[],
            _ => {
                self.type_error(node, "map");
                &[]
            }
        }
    }

    /// Text, with look-alike letters replaced (and reported).
    pub(crate) fn text(&mut self, node: &Node) -> Option<At<String>> {
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
                Msg::new(id::TEXT_TOO_LONG).arg("max", MAX_TEXT_CHARS),
            ));
            return None;
        }
        // `name:Асанов` under `applicant:` reads as the text "name:Асанов":
        // the space after the colon is missing, and the form would print it.
        // Only a value alone on its line, under its key: `doi: doi:10.1/x`
        // and `- doi:10.1/x` are meant as written.
        let written = self.src.get(node.pos.start..node.pos.end).unwrap_or("");
        let before = self.src.get(..node.pos.start).unwrap_or("");
        // Only the spaces before it are looked at: a 4 MiB one-line file is
        // not scanned back to its start for every value.
        let indent = before.trim_end_matches(' ');
        let own_line = indent.is_empty() || indent.ends_with('\n');
        if own_line
            && matches!(node.value, Value::Str(_))
            && !written.starts_with(['"', '\''])
            && let Some(colon) = crate::syntax::value_missing_space(&raw)
        {
            let fixed = format!("{}: {}", &raw[..colon], &raw[colon + 1..]);
            self.push(Finding::new(
                rule::SYNTAX,
                self.pos_at(node.pos.start + colon, 1),
                Msg::new(id::SYNTAX_NO_SPACE).arg("fixed", shorten(&fixed)),
            ));
            return None;
        }
        let used = self.chars;
        self.chars += raw.chars().count();
        if self.chars > MAX_DOCUMENT_CHARS {
            if used <= MAX_DOCUMENT_CHARS {
                self.push(Finding::new(
                    rule::LIMIT,
                    node.pos,
                    Msg::new(id::DOCUMENT_TOO_LONG).arg("max", MAX_DOCUMENT_CHARS),
                ));
            }
            // Nothing more goes to the typesetter, not even in a draft.
            return Some(At {
                v: String::new(),
                pos: node.pos,
            });
        }
        let cleaned = crate::lookalike::clean(&raw);
        let base = self.scalar_offset(node, &raw);
        // Called only for findings kept: past the cap nothing is worked out.
        let place = |ctx: &Self, byte: usize, c: char| match base {
            Some(b) => ctx.pos_at(b + byte, c.len_utf8()),
            _ => node.pos,
        };
        let mut fixes = cleaned.fixes.iter().peekable();
        let mut text = String::with_capacity(cleaned.text.len());
        let mut marks = 0;
        let mut glyphs: Vec<char> = Vec::new();
        // One pass: the cleaned text has a character for each of the raw one's.
        for (i, ((byte, found), c)) in raw.char_indices().zip(cleaned.text.chars()).enumerate() {
            if let Some(fix) = fixes.next_if(|f| f.char_index == i) {
                self.note(rule::LOOKALIKE, |ctx| {
                    Finding::new(
                        rule::LOOKALIKE,
                        place(ctx, byte, found),
                        Msg::new(id::LOOKALIKE)
                            .arg("found", &fix.found)
                            .arg("replaced", &fix.replaced)
                            .arg("word", &fix.word),
                    )
                });
            }
            marks = if crate::lookalike::is_combining(c) {
                marks + 1
            } else {
                0
            };
            if marks > MAX_COMBINING {
                if marks == MAX_COMBINING + 1 {
                    self.note(rule::COMBINING, |ctx| {
                        Finding::new(
                            rule::COMBINING,
                            place(ctx, byte, c),
                            Msg::new(id::COMBINING).arg("max", MAX_COMBINING),
                        )
                    });
                }
                continue;
            }
            if crate::lookalike::is_bidi_control(c) || crate::lookalike::is_zero_width(c) {
                let bidi = crate::lookalike::is_bidi_control(c);
                let rule = if bidi { rule::BIDI } else { rule::INVISIBLE };
                self.note(rule, |ctx| {
                    Finding::new(
                        rule,
                        place(ctx, byte, c),
                        Msg::new(if bidi { id::BIDI } else { id::INVISIBLE })
                            .arg("code", format!("U+{:04X}", c as u32)),
                    )
                });
                continue;
            }
            if !printable(c) && !glyphs.contains(&c) && glyphs.len() < MAX_GLYPHS_PER_TEXT {
                glyphs.push(c);
                self.note(rule::GLYPH, |ctx| {
                    Finding::new(
                        rule::GLYPH,
                        place(ctx, byte, c),
                        Msg::new(id::GLYPH)
                            .arg("char", c)
                            .arg("code", format!("U+{:04X}", c as u32)),
                    )
                });
            }
            text.push(c);
        }
        Some(At {
            v: text,
            pos: node.pos,
        })
    }

    /// Where a scalar's text starts in the source, when it is written there
    /// as it reads (plain, or quoted on one line without escapes).
    fn scalar_offset(&self, node: &Node, raw: &str) -> Option<usize> {
        let written = self.src.get(node.pos.start..node.pos.end)?;
        if written == raw {
            Some(node.pos.start)
        } else if written.len() >= 2 && written.get(1..written.len() - 1) == Some(raw) {
            Some(node.pos.start + 1)
        } else {
            None
        }
    }

    /// Text under a field.
    pub(crate) fn opt_text(&mut self, obj: &Obj<'_>, field: &Field) -> Option<At<String>> {
        obj.get(field).and_then(|n| self.text(n))
    }

    /// A whole number.
    pub(crate) fn int(&mut self, node: &Node) -> Option<At<i64>> {
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
            // `72 саат`, `72 часа`, `72h`: the number with its unit.
            Value::Str(s) if number_with_unit(s).is_some() => {
                let digits = number_with_unit(s).unwrap_or_default();
                self.push(Finding::new(
                    rule::TYPE,
                    node.pos,
                    Msg::new(id::NUMBER_WITH_UNIT)
                        .arg("found", s.trim())
                        .arg("fixed", self.rewritten(node, digits)),
                ));
                None
            }
            _ => {
                self.type_error(node, "whole-number");
                None
            }
        }
    }

    /// The line of `node` as it would read with `value` in place of the
    /// node (`hours: 72`), without its indentation.
    fn rewritten(&self, node: &Node, value: &str) -> String {
        let before = self.src.get(..node.pos.start).unwrap_or("");
        let line = before.rsplit('\n').next().unwrap_or("");
        let line = line.trim_start().trim_start_matches("- ");
        format!("{line}{value}")
    }

    /// A whole number inside the range its field allows.
    pub(crate) fn int_in(&mut self, node: &Node, ty: &Ty) -> Option<At<i64>> {
        let v = self.int(node)?;
        let (min, max) = match ty {
            Ty::Int { min, max } => (*min, *max),
            _ => (0, MAX_COUNT),
        };
        if v.v < min || v.v > max {
            let id = if v.v < min {
                id::NUMBER_NEGATIVE
            } else {
                id::NUMBER_TOO_LARGE
            };
            self.push(Finding::new(
                rule::TYPE,
                node.pos,
                Msg::new(id).arg("found", v.v).arg("max", max),
            ));
            return None;
        }
        Some(v)
    }

    /// A whole number under a field, inside the field's range.
    pub(crate) fn opt_count(&mut self, obj: &Obj<'_>, field: &Field) -> Option<At<i64>> {
        let n = obj.get(field)?;
        self.int_in(n, &field.ty)
    }

    /// A boolean under a field.
    pub(crate) fn opt_bool(&mut self, obj: &Obj<'_>, field: &Field) -> Option<At<bool>> {
        let n = obj.get(field)?;
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
    pub(crate) fn date(&mut self, node: &Node) -> Option<At<NaiveDate>> {
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
                let found = text.unwrap_or_else(|| kind_of(&node.value).into());
                self.push(Finding::new(
                    rule::TYPE,
                    node.pos,
                    date_mistake(found.trim()),
                ));
                None
            }
        }
    }

    /// A date under a field.
    pub(crate) fn opt_date(&mut self, obj: &Obj<'_>, field: &Field) -> Option<At<NaiveDate>> {
        obj.get(field).and_then(|n| self.date(n))
    }

    /// An academic year under a field.
    pub(crate) fn opt_academic_year(&mut self, obj: &Obj<'_>, field: &Field) -> Option<At<i32>> {
        obj.get(field).and_then(|n| self.academic_year(n))
    }

    /// An academic year `YYYY-YYYY` with consecutive years; gives the first year.
    pub(crate) fn academic_year(&mut self, node: &Node) -> Option<At<i32>> {
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
                    Msg::new(id::ACADEMIC_YEAR).arg("found", text),
                ));
                None
            }
        }
    }

    /// One of a fixed set of words.
    pub(crate) fn choice(
        &mut self,
        node: &Node,
        allowed: &[&'static str],
    ) -> Option<At<&'static str>> {
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
        let mut msg = Msg::new(id::BAD_CHOICE)
            .arg("found", &text)
            .arg("allowed", allowed.join(", "));
        // A typo of an id, or of one of its Kyrgyz or Russian words («стажирвка»).
        let words = crate::choices::words_for(allowed);
        if let Some(n) = nearest(&text, allowed).or_else(|| nearest(&text, &words)) {
            msg = Msg::new(id::BAD_CHOICE_HINT)
                .arg("found", &text)
                .arg("allowed", allowed.join(", "))
                .arg("hint", n);
        }
        self.push(Finding::new(rule::TYPE, node.pos, msg));
        None
    }

    /// A country code under a field: two Latin capitals that CLDR names.
    pub(crate) fn opt_country(&mut self, obj: &Obj<'_>, field: &Field) -> Option<At<String>> {
        let c = self.opt_text(obj, field)?;
        if crate::country::name(&c.v, crate::locale::Lang::Ky).is_some() {
            Some(c)
        } else {
            self.push(Finding::new(
                rule::TYPE,
                c.pos,
                Msg::new(id::BAD_COUNTRY).arg("found", &c.v),
            ));
            None
        }
    }

    /// A choice under a field, among the ids the field allows.
    pub(crate) fn opt_choice(&mut self, obj: &Obj<'_>, field: &Field) -> Option<At<&'static str>> {
        let Ty::Choice(allowed) = field.ty else {
            return None;
        };
        obj.get(field).and_then(|n| self.choice(n, allowed))
    }

    /// The items of a list (a single value counts as a one-item list).
    pub(crate) fn list<'a>(&mut self, node: &'a Node) -> &'a [Node] {
        match &node.value {
            Value::Seq(items) if items.len() > MAX_ROWS => {
                self.push(Finding::new(
                    rule::LIMIT,
                    node.pos,
                    Msg::new(id::TOO_MANY_ROWS).arg("max", MAX_ROWS),
                ));
                &items[..MAX_ROWS]
            }
            Value::Seq(items) => items,
            Value::Null => &[],
            _ => std::slice::from_ref(node),
        }
    }

    /// A list of texts under a field.
    pub(crate) fn text_list(&mut self, obj: &Obj<'_>, field: &Field) -> Vec<String> {
        let Some(n) = obj.get(field) else {
            return Vec::new();
        };
        self.list(n)
            .iter()
            .filter_map(|i| self.text(i))
            .map(|t| t.v)
            .collect()
    }
}

/// Whether the bundled fonts print `c`; a letter of the forms' scripts
/// (below U+0800) is looked up in the fonts' tables the first time it is
/// met, then remembered (a table of all 2,048 made at start cost a cold
/// render 0.8 M instructions for the few dozen letters a form uses).
fn printable(c: char) -> bool {
    use std::sync::atomic::{AtomicU8, Ordering};
    // 0: not looked up yet, 1: printable, 2: not.
    static COMMON: [AtomicU8; 0x800] = [const { AtomicU8::new(0) }; 0x800];
    let Some(seen) = COMMON.get(c as usize) else {
        return crate::engine::printable(c);
    };
    match seen.load(Ordering::Relaxed) {
        1 => true,
        2 => false,
        _ => {
            let p = crate::engine::printable(c);
            seen.store(if p { 1 } else { 2 }, Ordering::Relaxed);
            p
        }
    }
}

/// A text cut to 64 characters with `…`, for quoting input in a message.
pub(crate) fn shorten(text: &str) -> String {
    match text.char_indices().nth(MAX_HINT_CHARS) {
        Some((cut, _)) => format!("{}…", &text[..cut]),
        None => text.to_owned(),
    }
}

/// Byte offsets of the newlines of a text.
fn memchr_newlines(src: &str) -> impl Iterator<Item = usize> + '_ {
    src.bytes()
        .enumerate()
        .filter(|(_, b)| *b == b'\n')
        .map(|(i, _)| i)
}

impl<'a> Obj<'a> {
    /// The value of a field, unless absent or null; `None` too for a field
    /// this mapping does not describe (its key was reported as unknown).
    pub(crate) fn get(&self, field: &Field) -> Option<&'a Node> {
        if !self.fields.iter().any(|f| f.key == field.key) {
            return None;
        }
        self.entries
            .iter()
            .find(|(k, _)| matches!(&k.value, Value::Str(s) if s == field.key))
            .map(|(_, v)| v)
            .filter(|v| v.value != Value::Null)
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
