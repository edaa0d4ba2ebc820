//! CSV for spreadsheets: every CSV file tirkeme writes (`status --format
//! csv`, the plan's execution) goes through [`Table`], so that opening it
//! in Excel or `LibreOffice` shows exactly the values written, never runs
//! them:
//!
//! - a value that a spreadsheet would take for a formula (it starts with
//!   `=`, `+`, `-`, `@`, a tab or a carriage return) gets a leading `'`,
//!   as OWASP's "CSV injection" guidance says: `=HYPERLINK(…)` stays text;
//! - the file starts with a UTF-8 byte-order mark, without which Excel
//!   reads UTF-8 as the Windows code page (Cyrillic becomes mojibake);
//! - quoting and separators are the `csv` crate's (RFC 4180).
//!
//! Numbers and dates the tool itself writes (hours, ISO dates) never start
//! with those characters, so they stay numbers and dates in the sheet.

use std::borrow::Cow;

/// The byte-order mark every CSV file starts with.
pub const BOM: &str = "\u{feff}";

/// A value made safe for a spreadsheet: one a spreadsheet would evaluate
/// (starting with `=`, `+`, `-`, `@`, tab or carriage return) gets a
/// leading `'`, which Excel and `LibreOffice` show as text and do not print.
pub fn neutralise(value: &str) -> Cow<'_, str> {
    match value.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => Cow::Owned(format!("'{value}")),
        _ => Cow::Borrowed(value),
    }
}

/// A CSV table being written in memory: the BOM, then one header row and
/// the data rows, each value [`neutralise`]d.
pub struct Table {
    writer: csv::Writer<Vec<u8>>,
}

impl Table {
    /// A table with this header row.
    pub fn new<I, S>(header: I) -> Table
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        let mut writer = csv::WriterBuilder::new()
            // Excel writes and expects CRLF; LibreOffice reads either.
            .terminator(csv::Terminator::CRLF)
            .from_writer(BOM.as_bytes().to_vec());
        // Writing into a Vec cannot fail; the header row is like any other.
        let _ = write_row(&mut writer, header);
        Table { writer }
    }

    /// Adds one row.
    pub fn row<I, S>(&mut self, values: I)
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        let _ = write_row(&mut self.writer, values);
    }

    /// The file's bytes.
    pub fn into_bytes(self) -> Vec<u8> {
        // `into_inner` flushes into the Vec, which cannot fail; were it to,
        // what was written so far is still returned whole up to the last row.
        self.writer
            .into_inner()
            .unwrap_or_else(|e| e.into_inner().get_ref().clone())
    }
}

fn write_row<I, S>(writer: &mut csv::Writer<Vec<u8>>, values: I) -> csv::Result<()>
where
    I: IntoIterator<Item = S>,
    S: AsRef<str>,
{
    let row: Vec<String> = values
        .into_iter()
        .map(|v| neutralise(v.as_ref()).into_owned())
        .collect();
    writer.write_record(&row)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_text_and_the_file_starts_with_a_bom() {
        let mut t = Table::new(["name", "note"]);
        t.row(["=HYPERLINK(\"http://x\",\"a\")", "-1+2"]);
        t.row(["Асанов, Бакыт", "@SUM(A1)"]);
        t.row(["\tx", "ok"]);
        let text = String::from_utf8(t.into_bytes()).unwrap();
        assert_eq!(
            text,
            "\u{feff}name,note\r\n\"'=HYPERLINK(\"\"http://x\"\",\"\"a\"\")\",'-1+2\r\n\"Асанов, Бакыт\",'@SUM(A1)\r\n'\tx,ok\r\n"
        );
    }
}
