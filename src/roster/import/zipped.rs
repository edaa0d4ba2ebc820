//! The ZIP container of xlsx and ods files, opened so that what it unpacks
//! to is bounded whatever its directory claims: every part is unpacked
//! once through a counting reader before anything else reads it, and a
//! container that unpacks to more than [`MAX_UNZIPPED_BYTES`] is refused
//! (a "zip bomb" of a few kilobytes unpacks to gigabytes).

use std::io::{Cursor, Read};

use zip::ZipArchive;

use super::SheetError;

/// The most bytes all parts of a workbook may unpack to together. A
/// department's workbook of 2,000 rows unpacks to about 3 MiB; the limit
/// leaves room for pictures and styles while keeping memory bounded.
pub(crate) const MAX_UNZIPPED_BYTES: u64 = 32 << 20;

/// What kind of workbook a ZIP container holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Kind {
    /// Office Open XML (Excel's xlsx).
    Xlsx,
    /// `OpenDocument` (`LibreOffice`'s ods).
    Ods,
}

/// A workbook's container, read from memory.
pub(super) type Zip<'a> = ZipArchive<Cursor<&'a [u8]>>;

/// Opens a workbook's container after unpacking every part once, counted;
/// and says which kind of workbook it holds.
pub(super) fn open(bytes: &[u8]) -> Result<(Zip<'_>, Kind), SheetError> {
    let mut zip = ZipArchive::new(Cursor::new(bytes)).map_err(|_| SheetError::Damaged)?;
    let mut total: u64 = 0;
    for i in 0..zip.len() {
        let part = zip.by_index(i).map_err(|_| SheetError::Damaged)?;
        let left = MAX_UNZIPPED_BYTES - total;
        let read = std::io::copy(&mut part.take(left + 1), &mut std::io::sink())
            .map_err(|_| SheetError::Damaged)?;
        if read > left {
            return Err(SheetError::Unzipped);
        }
        total += read;
    }
    let kind = if zip.index_for_name("xl/workbook.xml").is_some()
        || zip.index_for_name("[Content_Types].xml").is_some()
    {
        Kind::Xlsx
    } else if zip.index_for_name("content.xml").is_some() {
        Kind::Ods
    } else {
        return Err(SheetError::Damaged);
    };
    Ok((zip, kind))
}
