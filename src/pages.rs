//! The laid-out pages, made ready for the PDF writer.
//!
//! Kyrgyz words reach Typst with a soft hyphen (U+00AD) at every syllable
//! break ([`crate::hyphenate`]), and Typst keeps each one in the text of
//! its line, glued to the letter before it. The PDF writer then maps that
//! letter's glyph to two characters («м» + soft hyphen), so every other «м»
//! on the page needs a marked-content sequence of its own to say what it
//! reads: a 40-row plan had 1,735 of them, the PDF was bigger, slower to
//! write, and text copied out of it carried invisible hyphens. Only the
//! soft hyphens where a line did break are printed (as «-»); the others are
//! taken out of the text here, before the PDF is written. What is drawn is
//! unchanged: their glyphs were already gone.
//!
//! Page numbers are laid over the pages here too: a form that counted its
//! own pages would make Typst lay the whole form out twice.

use typst::diag::{EcoString, EcoVec};
use typst::layout::{Frame, FrameItem, Point};
use typst::model::Document;
use typst::text::TextItem;
use typst::utils::Numeric;
use typst_layout::PagedDocument;

use crate::hyphenate::{SHY, WJ, ZWSP};

/// The invisible marks tirkeme puts into the text for the line breaker:
/// soft hyphens, zero-width spaces (a break in a very long token) and word
/// joiners (no break after «2025-»).
fn is_mark(c: char) -> bool {
    matches!(c, SHY | WJ | ZWSP)
}

/// The document ready for the PDF writer: the marks of the line breaker
/// (soft hyphens that did not break a line, zero-width spaces, word
/// joiners) taken out of its text and, when `numbers` is given (a
/// document of as many pages whose page `n` holds only the number of page
/// `n`, see `forms/numbers.typ`), each page's number laid over it. `doc`
/// itself when there is nothing to do.
pub(crate) fn finish(doc: PagedDocument, numbers: Option<&PagedDocument>) -> PagedDocument {
    if numbers.is_none() && !doc.pages().iter().any(|p| has_marks(&p.frame)) {
        return doc;
    }
    let mut pages: EcoVec<_> = doc.pages().iter().cloned().collect();
    for (i, page) in pages.make_mut().iter_mut().enumerate() {
        strip(&mut page.frame);
        if let Some(number) = numbers.and_then(|n| n.pages().get(i)) {
            page.frame.push_frame(Point::zero(), number.frame.clone());
        }
    }
    PagedDocument::new(pages, doc.info().clone())
}

/// Whether a frame or one inside it has text with a mark.
fn has_marks(frame: &Frame) -> bool {
    frame.items().any(|(_, item)| match item {
        FrameItem::Group(group) => has_marks(&group.frame),
        FrameItem::Text(text) => text.text.contains(is_mark),
        _ => false,
    })
}

/// Takes the marks (but the printed soft hyphens) out of the text items of
/// `frame` and the frames inside it; frames without any are left as they
/// are (not copied).
fn strip(frame: &mut Frame) {
    if !has_marks(frame) {
        return;
    }
    frame.retain(|item| {
        match item {
            FrameItem::Group(group) => strip(&mut group.frame),
            FrameItem::Text(text) => strip_text(text),
            _ => {}
        }
        true
    });
}

/// One run of text: a soft hyphen that is a glyph's whole text is the
/// hyphen printed at a line's end and stays; every other mark goes, and
/// the glyphs' byte ranges into the text are moved to match.
fn strip_text(item: &mut TextItem) {
    if !item.text.contains(is_mark) {
        return;
    }
    let old = item.text.as_str();
    let shy_len = SHY.len_utf8();
    let printed = |at: usize| item.glyphs.iter().any(|g| g.range() == (at..at + shy_len));
    // `shift[i]`: bytes removed before byte `i` of the old text.
    let mut shift = vec![0u16; old.len() + 1];
    let mut text = EcoString::with_capacity(old.len());
    let mut removed = 0u16;
    for (at, c) in old.char_indices() {
        for s in &mut shift[at..at + c.len_utf8()] {
            *s = removed;
        }
        if is_mark(c) && !(c == SHY && printed(at)) {
            removed += c.len_utf8() as u16;
        } else {
            text.push(c);
        }
    }
    shift[old.len()] = removed;
    item.glyphs.retain_mut(|glyph| {
        let at = |i: u16| i - shift.get(usize::from(i)).copied().unwrap_or(removed);
        let range = at(glyph.range.start)..at(glyph.range.end);
        // A glyph of a removed soft hyphen alone, drawing nothing.
        if range.is_empty() && !glyph.range.is_empty() && glyph.x_advance.is_zero() {
            return false;
        }
        glyph.range = range;
        true
    });
    item.text = text;
}
