//! A `LibreOffice` workbook (ods), read from its `content.xml` as a stream:
//! a run of repeated empty rows or cells (`number-rows-repeated`,
//! `number-columns-repeated`, up to four billion in a 1 KB file) only
//! moves the position; only cells with a value are kept, each repeat of
//! one counted against the cell limit. Hidden sheets (a table style with
//! `table:display="false"`) are left out; a cell spanning rows
//! (`number-rows-spanned`) is a merged region.

use std::collections::HashSet;
use std::io::{BufReader, Cursor, Read};

use quick_xml::events::{BytesStart, Event};
use zip::ZipArchive;

use super::{Budget, Cell, MAX_CELL_CHARS, Merge, Sheet, SheetError};

/// The visible sheets of an ods file, in the workbook's order.
pub(super) fn read(
    mut zip: ZipArchive<Cursor<&[u8]>>,
    budget: &mut Budget,
) -> Result<Vec<Sheet>, SheetError> {
    let part = zip
        .by_name("content.xml")
        .map_err(|_| SheetError::Damaged)?;
    // The container was unpacked once, counted: this part is within the limit.
    let limit = super::zipped::MAX_UNZIPPED_BYTES + 1;
    let mut xml = quick_xml::Reader::from_reader(BufReader::new(part.take(limit)));
    Content::default()
        .read(&mut xml, budget)
        .map_err(|e| e.unwrap_or(SheetError::Damaged))
}

/// An XML error (`None`: the file is damaged) or a limit reached.
type Failure = Option<SheetError>;

fn attr(e: &BytesStart<'_>, name: &str) -> Option<String> {
    e.attributes()
        .flatten()
        .find(|a| a.key.as_ref() == name)
        .and_then(|a| {
            a.normalized_value(quick_xml::XmlVersion::Implicit1_0)
                .ok()
                .map(|v| v.into_owned())
        })
}

fn count(e: &BytesStart<'_>, name: &str) -> u32 {
    attr(e, name)
        .and_then(|v| v.trim().parse::<u32>().ok())
        .filter(|n| *n >= 1)
        .unwrap_or(1)
}

/// A cell being read: its value and how far it spans.
struct Pending {
    value: Cell,
    repeat: u32,
    rows: u32,
    cols: u32,
}

#[derive(Default)]
struct Content {
    /// Table styles that hide their table.
    hidden: HashSet<String>,
    /// The style being read in `automatic-styles`.
    style: Option<String>,
    sheets: Vec<Sheet>,
    /// The sheet being read (`None` outside tables and in a hidden one).
    sheet: Option<Sheet>,
    /// Whether the table being read is hidden (its rows are skipped).
    skipping: bool,
    row: u32,
    col: u32,
    row_repeat: u32,
    /// Cells of the row being read: (column, cell).
    cells: Vec<(u32, Pending)>,
}

impl Content {
    fn read<R: std::io::BufRead>(
        mut self,
        xml: &mut quick_xml::Reader<R>,
        budget: &mut Budget,
    ) -> Result<Vec<Sheet>, Failure> {
        let mut buf = Vec::new();
        loop {
            buf.clear();
            let event = xml.read_event_into(&mut buf).map_err(|_| None)?;
            let empty = matches!(event, Event::Empty(_));
            match event {
                Event::Start(e) | Event::Empty(e) => {
                    let start = e.into_owned();
                    match start.name().as_ref() {
                        "style:style" => {
                            self.style = (attr(&start, "style:family").as_deref() == Some("table"))
                                .then(|| attr(&start, "style:name"))
                                .flatten();
                        }
                        "style:table-properties" => {
                            if attr(&start, "table:display").as_deref() == Some("false")
                                && let Some(s) = &self.style
                            {
                                self.hidden.insert(s.clone());
                            }
                        }
                        // A table inside a cell's drawing: not the sheet's rows.
                        "table:table" if (self.sheet.is_some() || self.skipping) && !empty => {
                            xml.read_to_end_into(start.name(), &mut Vec::new())
                                .map_err(|_| None)?;
                        }
                        "table:table" if self.sheet.is_some() || self.skipping => {}
                        "table:table" => {
                            let hidden = attr(&start, "table:style-name")
                                .is_some_and(|s| self.hidden.contains(&s));
                            self.row = 0;
                            if hidden {
                                self.skipping = !empty;
                            } else {
                                let sheet = Sheet {
                                    name: attr(&start, "table:name").unwrap_or_default(),
                                    ..Sheet::default()
                                };
                                if empty {
                                    self.sheets.push(sheet);
                                } else {
                                    self.sheet = Some(sheet);
                                }
                            }
                        }
                        "table:table-row" if self.sheet.is_some() => {
                            self.col = 0;
                            self.row_repeat = count(&start, "table:number-rows-repeated");
                            self.cells.clear();
                            if empty {
                                self.end_row(budget)?;
                            }
                        }
                        "table:table-cell" | "table:covered-table-cell" if self.sheet.is_some() => {
                            let covered = start.name().as_ref() == "table:covered-table-cell";
                            let repeat = count(&start, "table:number-columns-repeated");
                            let value = if covered {
                                if !empty {
                                    xml.read_to_end_into(start.name(), &mut Vec::new())
                                        .map_err(|_| None)?;
                                }
                                Cell::Empty
                            } else {
                                value(&start, xml, empty)?
                            };
                            if value != Cell::Empty {
                                let pending = Pending {
                                    value,
                                    repeat,
                                    rows: count(&start, "table:number-rows-spanned"),
                                    cols: count(&start, "table:number-columns-spanned"),
                                };
                                self.cells.push((self.col, pending));
                            }
                            self.col = self.col.saturating_add(repeat);
                        }
                        _ => {}
                    }
                }
                Event::End(e) => match e.name().as_ref() {
                    "style:style" => self.style = None,
                    "table:table-row" if self.sheet.is_some() => self.end_row(budget)?,
                    "table:table" => {
                        self.skipping = false;
                        if let Some(sheet) = self.sheet.take() {
                            self.sheets.push(sheet);
                        }
                    }
                    _ => {}
                },
                Event::Eof => break,
                _ => {}
            }
        }
        Ok(self.sheets)
    }

    /// Stores the row just read, as many times as it repeats.
    fn end_row(&mut self, budget: &mut Budget) -> Result<(), Failure> {
        let Some(sheet) = self.sheet.as_mut() else {
            return Ok(());
        };
        for k in 0..self.row_repeat {
            if self.cells.is_empty() {
                break;
            }
            let row = self.row.saturating_add(k);
            for (col, p) in &self.cells {
                for j in 0..p.repeat {
                    let col = col.saturating_add(j);
                    budget.take(&sheet.name, row, col).map_err(Some)?;
                    sheet.cells.insert((row, col), p.value.clone());
                    if p.rows > 1 || p.cols > 1 {
                        sheet.merges.push(Merge {
                            first: (row, col),
                            last: (
                                row.saturating_add(p.rows - 1),
                                col.saturating_add(p.cols - 1),
                            ),
                        });
                    }
                }
            }
        }
        self.row = self.row.saturating_add(self.row_repeat);
        self.cells.clear();
        Ok(())
    }
}

/// A cell's value: from its attributes (numbers, dates, truth values) or
/// its paragraphs (text), read to the cell's end.
fn value<R: std::io::BufRead>(
    start: &BytesStart<'_>,
    xml: &mut quick_xml::Reader<R>,
    empty: bool,
) -> Result<Cell, Failure> {
    let text = if empty {
        String::new()
    } else {
        paragraphs(start, xml)?
    };
    let kind = attr(start, "office:value-type").unwrap_or_default();
    Ok(match kind.as_str() {
        "float" | "percentage" | "currency" => attr(start, "office:value")
            .and_then(|v| v.trim().parse::<f64>().ok())
            .map_or_else(|| Cell::text(&text), Cell::Number),
        "date" => attr(start, "office:date-value").map_or(Cell::Empty, |v| super::iso_date(&v)),
        "boolean" => attr(start, "office:boolean-value").map_or(Cell::Empty, Cell::Text),
        "time" => Cell::Other(text),
        "string" => {
            attr(start, "office:string-value").map_or_else(|| Cell::text(&text), |v| Cell::text(&v))
        }
        _ => Cell::Empty,
    })
}

/// The text of a cell's paragraphs (one line each), with `LibreOffice`'s
/// space runs, tabs and line breaks; comments left out. At most one
/// character more than [`MAX_CELL_CHARS`] is kept (the rest would be
/// refused anyway), whatever a space run's count says.
fn paragraphs<R: std::io::BufRead>(
    start: &BytesStart<'_>,
    xml: &mut quick_xml::Reader<R>,
) -> Result<String, Failure> {
    let mut s = String::new();
    let mut chars = 0usize;
    let mut push = |s: &mut String, text: &str| {
        for c in text.chars() {
            if chars > MAX_CELL_CHARS {
                return;
            }
            s.push(c);
            chars += 1;
        }
    };
    let mut paragraphs = 0;
    let mut buf = Vec::new();
    let end = start.name().as_ref().to_owned();
    loop {
        buf.clear();
        match xml.read_event_into(&mut buf).map_err(|_| None)? {
            Event::Start(e) | Event::Empty(e) => match e.name().as_ref() {
                "office:annotation" => {
                    let name = e.name().as_ref().to_owned();
                    xml.read_to_end_into(quick_xml::name::QName(&name), &mut Vec::new())
                        .map_err(|_| None)?;
                }
                "text:p" | "text:h" => {
                    if paragraphs > 0 {
                        push(&mut s, "\n");
                    }
                    paragraphs += 1;
                }
                "text:s" => {
                    let n = count(&e, "text:c").min(MAX_CELL_CHARS as u32 + 1);
                    push(&mut s, &" ".repeat(n as usize));
                }
                "text:tab" => push(&mut s, "\t"),
                "text:line-break" => push(&mut s, "\n"),
                _ => {}
            },
            Event::Text(t) => push(&mut s, &t.xml10_content()),
            Event::CData(t) => push(&mut s, &t.xml10_content()),
            Event::GeneralRef(r) => {
                let c = match r.as_ref() {
                    "amp" => Some('&'),
                    "lt" => Some('<'),
                    "gt" => Some('>'),
                    "quot" => Some('"'),
                    "apos" => Some('\''),
                    _ => r.resolve_char_ref().ok().flatten(),
                };
                match c {
                    Some(c) => push(&mut s, c.encode_utf8(&mut [0; 4])),
                    None => return Err(None),
                }
            }
            Event::End(e) if e.name().as_ref() == end => break,
            Event::Eof => return Err(None),
            _ => {}
        }
    }
    Ok(s)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    fn sheets(xml: &str) -> Result<Vec<Sheet>, Failure> {
        let mut budget = Budget::default();
        let mut r = quick_xml::Reader::from_reader(xml.as_bytes());
        Content::default().read(&mut r, &mut budget)
    }

    #[test]
    fn repeats_move_the_position_and_hidden_tables_are_left_out() {
        let xml = r#"<office:document-content><office:automatic-styles>
            <style:style style:name="ta2" style:family="table"><style:table-properties table:display="false"/></style:style>
            </office:automatic-styles><office:body><office:spreadsheet>
            <table:table table:name="old" table:style-name="ta2"><table:table-row><table:table-cell office:value-type="string"><text:p>old</text:p></table:table-cell></table:table-row></table:table>
            <table:table table:name="Лист1">
              <table:table-row table:number-rows-repeated="4000000000"><table:table-cell table:number-columns-repeated="16384"/></table:table-row>
              <table:table-row><table:table-cell table:number-columns-repeated="3"/><table:table-cell office:value-type="string" table:number-rows-spanned="2"><text:p>a<text:s text:c="2"/>&amp;b</text:p><text:p>c</text:p><office:annotation><text:p>note</text:p></office:annotation></table:table-cell><table:table-cell office:value-type="float" office:value="72"><text:p>72</text:p></table:table-cell><table:table-cell office:value-type="date" office:date-value="2021-11-01T00:00:00"/></table:table-row>
            </table:table></office:spreadsheet></office:body></office:document-content>"#;
        let s = sheets(xml).ok().unwrap();
        assert_eq!(s.len(), 1);
        assert_eq!(s[0].name, "Лист1");
        let cells: Vec<_> = s[0].cells.iter().collect();
        assert_eq!(cells.len(), 3);
        assert_eq!(
            cells[0],
            (&(4_000_000_000, 3), &Cell::Text("a  &b\nc".into()))
        );
        assert_eq!(cells[1].1, &Cell::Number(72.0));
        assert_eq!(
            cells[2].1,
            &Cell::Date(chrono::NaiveDate::from_ymd_opt(2021, 11, 1).unwrap())
        );
        assert_eq!(s[0].merges[0].last, (4_000_000_001, 3));
    }

    #[test]
    fn repeated_values_count_against_the_cell_limit() {
        let xml = r#"<t><table:table table:name="S"><table:table-row table:number-rows-repeated="1048576"><table:table-cell table:number-columns-repeated="16384" office:value-type="float" office:value="1"/></table:table-row></table:table></t>"#;
        assert!(matches!(
            sheets(xml),
            Err(Some(SheetError::TooManyCells { .. }))
        ));
    }
}
