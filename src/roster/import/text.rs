//! A CSV or tab-separated file, read by hand so that every quoting mistake
//! is said at its line: one stray `"` in a spreadsheet export otherwise
//! joins every following row into one cell, silently.
//!
//! What Excel and `LibreOffice` save is read: UTF-8 with or without a BOM,
//! UTF-16 with a BOM (Excel's «Unicode text», tab-separated), the
//! separator (`,`, `;` or tab) being the one the first lines use most.

use crate::locale::id;
use std::collections::BTreeMap;

use super::{Cell, MAX_CELLS, Sheet, SheetError, place};
use crate::locale::Msg;

/// Why a text file was not read as a table (said at its line).
pub(super) struct QuoteError {
    /// The 0-based row (record) and column of the cell it starts in.
    pub(super) row: u32,
    /// See `row`.
    pub(super) col: u32,
    /// What to say (it names the lines).
    pub(super) msg: Msg,
}

/// The separator a table's first lines use most: tab, `;` (spreadsheets in
/// Russian locales) or `,`.
fn separator(text: &str) -> char {
    let head: String = text.lines().take(20).collect::<Vec<_>>().join("\n");
    let count = |c: char| head.matches(c).count();
    let (tab, semi, comma) = (count('\t'), count(';'), count(','));
    if tab > 0 && tab >= semi && tab >= comma {
        '\t'
    } else if semi > comma {
        ';'
    } else {
        ','
    }
}

/// Reads a text table. Its cells are the non-empty fields; a quoting
/// mistake stops the reading (what follows it cannot be trusted) and is
/// returned with the sheet read so far.
pub(super) fn read(name: &str, bytes: &[u8]) -> Result<(Sheet, Option<QuoteError>), SheetError> {
    let text = crate::pipeline::decode(bytes).map_err(|_| SheetError::Encoding)?;
    let sep = separator(&text);
    let mut cells = BTreeMap::new();
    let mut parser = Parser {
        chars: text.chars().peekable(),
        line: 1,
        sep,
    };
    let mut row = 0u32;
    let mut error = None;
    'rows: while parser.chars.peek().is_some() {
        let mut col = 0u32;
        loop {
            match parser.field() {
                Ok((value, end)) => {
                    if !value.trim().is_empty() {
                        if cells.len() >= MAX_CELLS {
                            return Err(SheetError::TooManyCells {
                                place: place(name, row, col),
                            });
                        }
                        cells.insert((row, col), Cell::Text(value));
                    }
                    col = col.saturating_add(1);
                    if end {
                        break;
                    }
                }
                Err(msg) => {
                    error = Some(QuoteError { row, col, msg });
                    break 'rows;
                }
            }
        }
        row = row.saturating_add(1);
    }
    let sheet = Sheet {
        name: name.to_owned(),
        cells,
        ..Sheet::default()
    };
    Ok((sheet, error))
}

struct Parser<I: Iterator<Item = char>> {
    chars: std::iter::Peekable<I>,
    /// The 1-based line the next character is on.
    line: usize,
    sep: char,
}

impl<I: Iterator<Item = char>> Parser<I> {
    fn next(&mut self) -> Option<char> {
        let c = self.chars.next()?;
        if c == '\n' {
            self.line += 1;
        }
        Some(c)
    }

    /// Consumes a line end (`\n`, `\r\n` or a lone `\r`).
    fn line_end(&mut self, c: char) {
        if c == '\r' {
            if self.chars.peek() == Some(&'\n') {
                self.next();
            } else {
                self.line += 1;
            }
        }
    }

    /// One field, and whether it ended its record (a line end or the end of
    /// the file); or what is wrong with its quotes.
    fn field(&mut self) -> Result<(String, bool), Msg> {
        let mut value = String::new();
        // Spaces before an opening quote (a hand-written `a, "b"`).
        while let Some(&c) = self.chars.peek() {
            if c == ' ' {
                value.push(c);
                self.next();
            } else {
                break;
            }
        }
        if self.chars.peek() != Some(&'"') {
            while let Some(c) = self.next() {
                if c == self.sep {
                    return Ok((value, false));
                }
                if c == '\n' || c == '\r' {
                    self.line_end(c);
                    return Ok((value, true));
                }
                value.push(c);
            }
            return Ok((value, true));
        }
        value.clear();
        let opened = self.line;
        self.next();
        loop {
            match self.next() {
                None => {
                    return Err(Msg::new(id::IMPORT_QUOTE_UNCLOSED).arg("line", opened));
                }
                Some('"') if self.chars.peek() == Some(&'"') => {
                    self.next();
                    value.push('"');
                }
                Some('"') => break,
                Some('\r') if self.chars.peek() != Some(&'\n') => {
                    self.line += 1;
                    value.push('\n');
                }
                Some('\r') => {}
                Some(c) => value.push(c),
            }
        }
        // A quoted value that runs over lines and holds separators is rows
        // swallowed by a stray quote, not a cell with line breaks (a title
        // typed on two lines holds no separator; one that does is said
        // too, rather than rows lost silently).
        let closed = self.line;
        if closed > opened && value.contains(self.sep) {
            return Err(Msg::new(id::IMPORT_QUOTE_SWALLOWED)
                .arg("line", opened)
                .arg("end", closed));
        }
        // After the closing quote: spaces, then a separator or a line end.
        loop {
            match self.next() {
                None => return Ok((value, true)),
                Some(' ') => {}
                Some(c) if c == self.sep => return Ok((value, false)),
                Some(c @ ('\n' | '\r')) => {
                    self.line_end(c);
                    return Ok((value, true));
                }
                Some(_) => {
                    return Err(Msg::new(id::IMPORT_QUOTE_TEXT_AFTER).arg("line", closed));
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    fn texts(sheet: &Sheet) -> Vec<((u32, u32), String)> {
        sheet
            .cells
            .iter()
            .map(|(k, v)| {
                let Cell::Text(t) = v else { panic!("{v:?}") };
                (*k, t.clone())
            })
            .collect()
    }

    #[test]
    fn quotes_separators_and_line_ends() {
        let (s, e) = read(
            "t",
            "a;\"b;c\"\r\n\"x\"\"y\";\n\n z ;\"two\nlines\"".as_bytes(),
        )
        .ok()
        .unwrap();
        assert!(e.is_none());
        assert_eq!(
            texts(&s),
            [
                ((0, 0), "a".into()),
                ((0, 1), "b;c".into()),
                ((1, 0), "x\"y".into()),
                ((3, 0), " z ".into()),
                ((3, 1), "two\nlines".into())
            ]
        );
    }

    #[test]
    fn a_stray_quote_is_said_at_its_line() {
        let rows: String = (0..10).map(|i| format!("n{i},course,{i}\n")).collect();
        let text = format!("name,kind,hours\n\"Асанов,course,1\n{rows}");
        let (s, e) = read("t", text.as_bytes()).ok().unwrap();
        let e = e.unwrap();
        assert_eq!((e.row, e.col), (1, 0));
        assert_eq!(e.msg.id, "import-quote-unclosed");
        assert_eq!(s.cells.len(), 3);
        let (_, e) = read("t", b"a,b\n\"x,\ny\",z\n").ok().unwrap();
        assert_eq!(e.unwrap().msg.id, "import-quote-swallowed");
        let (_, e) = read("t", b"a,b\n\"x\"y,z\n").ok().unwrap();
        assert_eq!(e.unwrap().msg.id, "import-quote-text-after");
    }

    #[test]
    fn excel_unicode_text_is_utf16_with_tabs() {
        let mut bytes = vec![0xFF, 0xFE];
        for u in "ФИО\tЧасы\r\nАсанов\t72\r\n".encode_utf16() {
            bytes.extend(u.to_le_bytes());
        }
        let (s, _) = read("t", &bytes).ok().unwrap();
        assert_eq!(texts(&s)[3], ((1, 1), "72".into()));
    }
}
