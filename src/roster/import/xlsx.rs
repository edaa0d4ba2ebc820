//! An Excel workbook (xlsx), read cell by cell with calamine's streaming
//! reader: only the cells the file holds are kept, never the rectangle its
//! `<dimension>` or its farthest cell claims (a 2 KB file naming cells A1
//! and XFD1048576 would otherwise be a 17-billion-cell range). Hidden
//! sheets are left out; dates follow the workbook's date system (1900 or
//! 1904); merged cells are kept as regions.

use std::collections::BTreeMap;
use std::io::Cursor;

use calamine::{DataRef, Reader, SheetType, SheetVisible, Xlsx};
use zip::ZipArchive;

use super::{Budget, Cell, Merge, Sheet, SheetError};

/// The visible worksheets of an xlsx file, in the workbook's order.
pub(super) fn read(
    zip: ZipArchive<Cursor<&[u8]>>,
    budget: &mut Budget,
) -> Result<Vec<Sheet>, SheetError> {
    let mut zip = zip;
    claimed_strings(&mut zip)?;
    let reader = zip.into_inner();
    let mut book: Xlsx<_> = Xlsx::new(reader).map_err(|_| SheetError::Damaged)?;
    let date1904 = book.has_1904_epoch();
    let names: Vec<String> = book
        .sheets_metadata()
        .iter()
        .filter(|s| s.visible == SheetVisible::Visible && s.typ == SheetType::WorkSheet)
        .map(|s| s.name.clone())
        .collect();
    let mut sheets = Vec::new();
    for name in names {
        let mut cells = BTreeMap::new();
        {
            let mut reader = book
                .worksheet_cells_reader(&name)
                .map_err(|_| SheetError::Damaged)?;
            while let Some(cell) = reader.next_cell().map_err(|_| SheetError::Damaged)? {
                let (row, col) = cell.get_position();
                let value = cell_of(cell.get_value(), date1904);
                if value != Cell::Empty {
                    budget.take(&name, row, col)?;
                    cells.insert((row, col), value);
                }
            }
        }
        let merges = book
            .merge_cells_by_sheet_name(&name)
            .map_err(|_| SheetError::Damaged)?
            .into_iter()
            .map(|d| Merge {
                first: d.start,
                last: d.end,
            })
            .collect();
        sheets.push(Sheet {
            name,
            cells,
            merges,
            date1904,
        });
    }
    Ok(sheets)
}

/// Refuses a shared-string table that claims more strings than cells can
/// be read: calamine reserves room for the claimed count before reading
/// one (ten billion in a 1 KB file would abort the program).
fn claimed_strings(zip: &mut ZipArchive<Cursor<&[u8]>>) -> Result<(), SheetError> {
    use std::io::Read;
    let parts: Vec<usize> = (0..zip.len())
        .filter(|i| {
            zip.name_for_index(*i)
                .is_some_and(|n| n.is_ok_and(|n| n.to_ascii_lowercase().contains("sharedstrings")))
        })
        .collect();
    for i in parts {
        let mut head = Vec::new();
        zip.by_index(i)
            .map_err(|_| SheetError::Damaged)?
            .take(64 << 10)
            .read_to_end(&mut head)
            .map_err(|_| SheetError::Damaged)?;
        let head = String::from_utf8_lossy(&head);
        for (at, _) in head.match_indices("ount=") {
            let digits: String = head[at + 5..]
                .chars()
                .skip(1)
                .take_while(char::is_ascii_digit)
                .collect();
            if digits.len() > 9 || digits.parse::<usize>().is_ok_and(|n| n > super::MAX_CELLS) {
                return Err(SheetError::TooManyCells {
                    place: String::new(),
                });
            }
        }
    }
    Ok(())
}

fn cell_of(d: &DataRef<'_>, date1904: bool) -> Cell {
    match d {
        DataRef::Empty => Cell::Empty,
        DataRef::String(s) => Cell::text(s),
        DataRef::SharedString(s) => Cell::text(s),
        DataRef::Int(i) => Cell::Number(*i as f64),
        DataRef::Float(f) => Cell::Number(*f),
        DataRef::Bool(b) => Cell::Text(b.to_string()),
        // The workbook's own date system: a date of a 1904 workbook is
        // four years and a day later than the same number in 1900's.
        DataRef::DateTime(dt) if dt.is_datetime() => super::serial_date(dt.as_f64(), date1904)
            .map_or_else(|| Cell::Other(dt.as_f64().to_string()), Cell::Date),
        DataRef::DateTime(dt) => Cell::Other(dt.as_f64().to_string()),
        DataRef::DateTimeIso(s) => super::iso_date(s),
        DataRef::DurationIso(s) => Cell::Other(s.clone()),
        DataRef::Error(e) => Cell::Other(e.to_string()),
    }
}
