//! Words broken across a page break («туу-» at the foot of a page,
//! «ралуу» at the top of the next). Typst breaks a paragraph into lines
//! before it breaks pages, so it cannot keep the last word of a page whole
//! by itself: after a first layout, the words hyphenated at the foot of a
//! page are found in the laid-out pages and kept whole in the document's
//! data, and the document is laid out again. A document without such a
//! word is laid out once, as before. Only portrait forms (the text forms):
//! in a plan's narrow cells a word kept whole might not fit.

use serde_json::Value;
use typst::layout::{Frame, FrameItem, Point, Ratio};
use typst_layout::PagedDocument;

use crate::hyphenate::{SHY, WJ};

/// The text runs of a frame with their place on the page. Groups that are
/// rotated or scaled (a plan's turned headings) are left out: their place
/// is not where a line of text ends.
fn runs(frame: &Frame, at: Point, out: &mut Vec<(Point, String)>) {
    for (p, item) in frame.items() {
        let pos = at + *p;
        match item {
            FrameItem::Group(g) => {
                let t = g.transform;
                let moved_only = t.sx == Ratio::one()
                    && t.sy == Ratio::one()
                    && t.kx.is_zero()
                    && t.ky.is_zero();
                if moved_only {
                    runs(&g.frame, pos + Point::new(t.tx, t.ty), out);
                }
            }
            FrameItem::Text(t) => out.push((pos, t.text.to_string())),
            _ => {}
        }
    }
}

/// The text of a page's last line (`last`) or first line, its runs in
/// order: the runs within a few points of the lowest or highest one (a line
/// is one run or more, and the hyphen at its end is a run of its own).
fn line(runs: &[(Point, String)], last: bool) -> Option<String> {
    let ys = runs.iter().map(|(p, _)| p.y.to_pt());
    let edge = if last {
        ys.fold(f64::MIN, f64::max)
    } else {
        ys.fold(f64::MAX, f64::min)
    };
    let mut on: Vec<&(Point, String)> = runs
        .iter()
        .filter(|(p, _)| (p.y.to_pt() - edge).abs() < 5.0)
        .collect();
    on.sort_by(|a, b| a.0.x.to_pt().total_cmp(&b.0.x.to_pt()));
    (!on.is_empty()).then(|| on.iter().map(|(_, t)| t.as_str()).collect())
}

/// The letters of a word, without the marks the page never shows.
fn letters(s: &str) -> String {
    s.chars().filter(|c| *c != SHY && *c != WJ).collect()
}

/// The words hyphenated at the foot of a page and going on at the top of
/// the next one, whole («туу» + «ралуу» → «тууралуу»).
pub(super) fn broken_across_pages(doc: &PagedDocument) -> Vec<String> {
    // Not in a plan (landscape): a word kept whole everywhere could then
    // be too long for a narrow cell, where a break was its only way in.
    if doc
        .pages()
        .first()
        .is_none_or(|p| p.frame.width() > p.frame.height())
    {
        return Vec::new();
    }
    let pages: Vec<Vec<(Point, String)>> = doc
        .pages()
        .iter()
        .map(|p| {
            let mut out = Vec::new();
            runs(&p.frame, Point::zero(), &mut out);
            out.retain(|(_, t)| !t.trim().is_empty());
            out
        })
        .collect();
    let mut words = Vec::new();
    for pair in pages.windows(2) {
        let (Some(last), Some(first)) = (line(&pair[0], true), line(&pair[1], false)) else {
            continue;
        };
        // A hyphen Typst puts at a line's end is a soft hyphen of its own.
        let Some(text) = last.trim_end().strip_suffix(SHY) else {
            continue;
        };
        let head: String = text
            .rsplit(char::is_whitespace)
            .next()
            .unwrap_or("")
            .chars()
            .skip_while(|c| !c.is_alphabetic())
            .collect();
        let tail: String = first
            .split(char::is_whitespace)
            .find(|w| !w.is_empty())
            .unwrap_or("")
            .chars()
            .take_while(|c| c.is_alphabetic() || *c == SHY || *c == WJ)
            .collect();
        if !head.is_empty() && !tail.is_empty() {
            words.push(letters(&format!("{head}{tail}")));
        }
    }
    words
}

/// Every occurrence of `words` in a text kept whole: its soft hyphens taken
/// out and a word joiner after its first letter (Typst hyphenates only
/// words made of letters alone).
fn keep_whole_in(s: &str, words: &[String]) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    let mut word = String::new();
    let flush = |word: &mut String, out: &mut String| {
        let plain = letters(word);
        if words.contains(&plain) {
            let mut cs = plain.chars();
            out.extend(cs.next());
            out.push(WJ);
            out.extend(cs);
        } else {
            out.push_str(word);
        }
        word.clear();
    };
    for c in s.chars() {
        if c.is_alphabetic() || c == SHY || c == WJ {
            word.push(c);
        } else {
            flush(&mut word, &mut out);
            out.push(c);
        }
    }
    flush(&mut word, &mut out);
    out
}

/// `words` kept whole in every text under `v`; whether any was found.
fn walk(v: &mut Value, words: &[String]) -> bool {
    match v {
        Value::String(s) => {
            let kept = keep_whole_in(s, words);
            let changed = kept != *s;
            *s = kept;
            changed
        }
        // Every item is walked: no short cut after the first change.
        Value::Array(a) => a.iter_mut().map(|i| walk(i, words)).filter(|c| *c).count() > 0,
        Value::Object(m) => {
            m.values_mut()
                .map(|i| walk(i, words))
                .filter(|c| *c)
                .count()
                > 0
        }
        _ => false,
    }
}

/// The document's data (`/data.json`) with `words` kept whole; `None` when
/// none of them is in it (nothing to lay out again).
pub(super) fn keep_whole(data: &[u8], words: &[String]) -> Option<Vec<u8>> {
    let mut json: Value = serde_json::from_slice(data).ok()?;
    if !walk(&mut json, words) {
        return None;
    }
    serde_json::to_vec(&json).ok()
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod tests {
    use super::*;

    #[test]
    fn a_word_is_kept_whole_wherever_it_is() {
        let words = vec!["тууралуу".to_owned()];
        assert_eq!(
            keep_whole_in(
                "стажировка туу\u{ad}ра\u{ad}луу маалымат, тууралуу.",
                &words
            ),
            "стажировка т\u{2060}ууралуу маалымат, т\u{2060}ууралуу."
        );
        // Other words, and words that hold it, are left as they are.
        assert_eq!(keep_whole_in("тууралуусу туу", &words), "тууралуусу туу");
        let data = r#"{"a":["x туу\u00adралуу"],"b":1}"#;
        let out = keep_whole(data.as_bytes(), &words).unwrap();
        assert!(String::from_utf8(out).unwrap().contains("т\u{2060}ууралуу"));
        assert!(keep_whole(br#"{"a":"other"}"#, &words).is_none());
    }
}
