//! `tirkeme import` against spreadsheets as departments have them and as
//! someone who wants to break it makes them: every sheet is generated here
//! (`rust_xlsxwriter` for ordinary workbooks, the `zip` crate for the raw-XML
//! attacks), and each test asserts what the secretary sees: the message
//! and its place, the exit code, and the roster written or not. Every
//! roster written is checked again by `tirkeme check`.

use std::io::Write;
use std::path::Path;

use rust_xlsxwriter::{Format, Workbook};

use crate::common::{run, stderr, stdout, tmp, write};

/// The roster `import` writes for `file` (exit 0), after `check` accepts it.
fn imported(dir: &Path, file: &str) -> String {
    let o = run(dir, &["import", file, "-o", "roster.yaml"]);
    assert_eq!(o.status.code(), Some(0), "{file}: {}", stderr(&o));
    let o = run(dir, &["check", "roster.yaml"]);
    assert_eq!(o.status.code(), Some(0), "check: {}", stderr(&o));
    std::fs::read_to_string(dir.join("roster.yaml")).unwrap()
}

/// `import` refuses `file`: exit 1, no roster, and what it says.
fn refused(dir: &Path, file: &str) -> String {
    let _ = std::fs::remove_file(dir.join("roster.yaml"));
    let o = run(dir, &["import", file, "-o", "roster.yaml"]);
    assert_eq!(o.status.code(), Some(1), "{file}: {}", stderr(&o));
    assert!(!dir.join("roster.yaml").exists());
    stderr(&o)
}

/// A ZIP of these parts, deflated.
fn zip_of(parts: &[(&str, &[u8])]) -> Vec<u8> {
    let mut w = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    for (name, bytes) in parts {
        w.start_file(*name, options).unwrap();
        w.write_all(bytes).unwrap();
    }
    w.finish().unwrap().into_inner()
}

/// The parts of an xlsx with one sheet, whose XML is `sheet`.
fn xlsx_with_sheet(sheet: &str, workbook_pr: &str, shared: Option<&str>) -> Vec<u8> {
    let types = r#"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>"#;
    let rels = r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#;
    let book = format!(
        r#"<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">{workbook_pr}<sheets><sheet name="Кафедра" sheetId="1" r:id="rId1"/></sheets></workbook>"#
    );
    let mut book_rels = String::from(
        r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>"#,
    );
    if shared.is_some() {
        book_rels.push_str(r#"<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>"#);
    }
    book_rels.push_str("</Relationships>");
    let mut parts: Vec<(&str, &[u8])> = vec![
        ("[Content_Types].xml", types.as_bytes()),
        ("_rels/.rels", rels.as_bytes()),
        ("xl/workbook.xml", book.as_bytes()),
        ("xl/_rels/workbook.xml.rels", book_rels.as_bytes()),
        ("xl/worksheets/sheet1.xml", sheet.as_bytes()),
    ];
    if let Some(s) = shared {
        parts.push(("xl/sharedStrings.xml", s.as_bytes()));
    }
    zip_of(&parts)
}

/// A worksheet's XML with these inline-string cells (`A1`, text).
fn sheet_xml(dimension: &str, cells: &[(&str, &str)]) -> String {
    let mut s = format!(
        r#"<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="{dimension}"/><sheetData>"#
    );
    for (at, text) in cells {
        let row: String = at.chars().filter(char::is_ascii_digit).collect();
        s.push_str(&format!(
            r#"<row r="{row}"><c r="{at}" t="inlineStr"><is><t>{text}</t></is></c></row>"#
        ));
    }
    s.push_str("</sheetData></worksheet>");
    s
}

#[test]
fn a_2_kb_xlsx_claiming_a_whole_sheet_is_read_by_the_cells_it_holds() {
    let dir = tmp("import-dimension");
    // Cells A1, A2 and XFD1048576: a dense reading is 17 billion cells.
    let sheet = sheet_xml(
        "A1:XFD1048576",
        &[
            ("A1", "ФИО"),
            ("A2", "Асанов Бакыт Жумабекович"),
            ("XFD1048576", "x"),
        ],
    );
    let bytes = xlsx_with_sheet(&sheet, "", None);
    assert!(bytes.len() < 3000, "{}", bytes.len());
    std::fs::write(dir.join("big.xlsx"), &bytes).unwrap();
    let yaml = imported(&dir, "big.xlsx");
    assert!(
        yaml.contains("  - name: \"Асанов Бакыт Жумабекович\"\n"),
        "{yaml}"
    );
    // A shared-string table claiming ten billion strings is refused
    // before any reader reserves room for them.
    let shared = r#"<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="10000000000" uniqueCount="10000000000"><si><t>ФИО</t></si></sst>"#;
    let bytes = xlsx_with_sheet(&sheet, "", Some(shared));
    std::fs::write(dir.join("sst.xlsx"), &bytes).unwrap();
    let err = refused(&dir, "sst.xlsx");
    assert!(
        err.contains("error: sst.xlsx [limit]: more than 200000 filled cells"),
        "{err}"
    );
}

#[test]
fn an_ods_with_huge_repeat_counts_is_read_by_its_values() {
    let dir = tmp("import-ods-repeat");
    let content = |rows: &str| {
        format!(
            r#"<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:spreadsheet><table:table table:name="Лист1">{rows}</table:table></office:spreadsheet></office:body></office:document-content>"#
        )
    };
    let ods = |rows: &str| {
        zip_of(&[
            (
                "mimetype",
                b"application/vnd.oasis.opendocument.spreadsheet".as_slice(),
            ),
            ("content.xml", content(rows).as_bytes()),
        ])
    };
    let cell = |t: &str| {
        format!(
            r#"<table:table-cell office:value-type="string"><text:p>{t}</text:p></table:table-cell>"#
        )
    };
    // Four billion empty rows of 16,384 empty cells, then the table.
    let rows = format!(
        r#"<table:table-row table:number-rows-repeated="4000000000"><table:table-cell table:number-columns-repeated="16384"/></table:table-row><table:table-row>{}{}</table:table-row><table:table-row>{}{}</table:table-row>"#,
        cell("Аты-жөнү"),
        cell("Кызматы"),
        cell("Асанов Бакыт Жумабекович"),
        cell("доцент")
    );
    std::fs::write(dir.join("empty.ods"), ods(&rows)).unwrap();
    let yaml = imported(&dir, "empty.ods");
    assert!(yaml.contains("    position: \"доцент\"\n"), "{yaml}");
    // A value repeated over a million rows and all columns: refused at the
    // first cell over the limit, not expanded.
    let rows = format!(
        r#"<table:table-row>{}</table:table-row><table:table-row table:number-rows-repeated="1048576"><table:table-cell table:number-columns-repeated="16384" office:value-type="float" office:value="1"><text:p>1</text:p></table:table-cell></table:table-row>"#,
        cell("ФИО")
    );
    std::fs::write(dir.join("full.ods"), ods(&rows)).unwrap();
    let err = refused(&dir, "full.ods");
    assert!(
        err.contains("full.ods:Лист1!DZL14 [limit]: more than 200000 filled cells"),
        "{err}"
    );
    // A run of four billion spaces in one cell: refused as too long, not
    // read cut short (nor four gigabytes of spaces made).
    let rows = format!(
        r#"<table:table-row>{}</table:table-row><table:table-row><table:table-cell office:value-type="string"><text:p>Асанов<text:s text:c="4000000000"/>Бакыт</text:p></table:table-cell></table:table-row>"#,
        cell("ФИО")
    );
    std::fs::write(dir.join("spaces.ods"), ods(&rows)).unwrap();
    let err = refused(&dir, "spaces.ods");
    assert!(
        err.contains("spaces.ods:Лист1!A2 [limit]: text is too long: at most 10000 characters"),
        "{err}"
    );
}

#[test]
fn a_zip_bomb_is_refused_by_what_it_unpacks_to() {
    let dir = tmp("import-bomb");
    // 40 MiB of spaces inside the sheet: a few dozen kilobytes packed.
    let mut sheet = sheet_xml("A1", &[("A1", "ФИО")]);
    sheet.insert_str(sheet.len() - "</worksheet>".len(), &" ".repeat(40 << 20));
    let bytes = xlsx_with_sheet(&sheet, "", None);
    assert!(bytes.len() < 200_000, "{}", bytes.len());
    std::fs::write(dir.join("bomb.xlsx"), &bytes).unwrap();
    let err = refused(&dir, "bomb.xlsx");
    assert!(
        err.contains("bomb.xlsx [limit]: the workbook unpacks to more than 32 MiB"),
        "{err}"
    );
}

#[test]
fn huge_and_endless_files_are_refused_not_read() {
    let dir = tmp("import-huge");
    let f = std::fs::File::create(dir.join("huge.csv")).unwrap();
    f.set_len(17 << 20).unwrap();
    let err = refused(&dir, "huge.csv");
    assert!(
        err.contains("huge.csv [limit]: the file is larger than 16 MiB"),
        "{err}"
    );
    #[cfg(unix)]
    {
        std::os::unix::fs::symlink("/dev/zero", dir.join("zero.csv")).unwrap();
        let err = refused(&dir, "zero.csv");
        assert!(err.contains("zero.csv [io]: this is not a file"), "{err}");
        // A FIFO nobody writes to: refused at once, not waited on.
        let made = std::process::Command::new("mkfifo")
            .arg(dir.join("pipe.csv"))
            .status()
            .unwrap();
        assert!(made.success());
        let err = refused(&dir, "pipe.csv");
        assert!(err.contains("pipe.csv [io]: this is not a file"), "{err}");
    }
}

#[test]
fn a_hidden_first_sheet_is_not_read() {
    let dir = tmp("import-hidden");
    let mut book = Workbook::new();
    let old = book.add_worksheet().set_name("Эски").unwrap();
    old.write_string(0, 0, "ФИО").unwrap();
    old.write_string(1, 0, "Бурулбаев Эски Тизме").unwrap();
    old.set_hidden(true);
    let sheet = book.add_worksheet().set_name("Кафедра").unwrap();
    sheet.write_string(0, 0, "ФИО").unwrap();
    sheet
        .write_string(1, 0, "Асанов Бакыт Жумабекович")
        .unwrap();
    sheet.set_active(true);
    book.save(dir.join("staff.xlsx")).unwrap();
    let yaml = imported(&dir, "staff.xlsx");
    assert!(yaml.contains("Асанов Бакыт Жумабекович"), "{yaml}");
    assert!(!yaml.contains("Бурулбаев"), "{yaml}");
}

#[test]
fn a_workbook_in_the_1904_date_system_keeps_its_dates() {
    let dir = tmp("import-1904");
    // 1 November 2021 is day 44501 from 1900 and day 43039 from 1904.
    let sheet = r#"<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>ФИО</t></is></c><c r="B1" t="inlineStr"><is><t>Вид</t></is></c><c r="C1" t="inlineStr"><is><t>Начало</t></is></c><c r="D1" t="inlineStr"><is><t>Окончание</t></is></c><c r="E1" t="inlineStr"><is><t>Часы</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>Асанов Бакыт Жумабекович</t></is></c><c r="B2" t="inlineStr"><is><t>курсы</t></is></c><c r="C2"><v>43039</v></c><c r="D2"><v>43052</v></c><c r="E2"><v>72</v></c></row></sheetData></worksheet>"#;
    let bytes = xlsx_with_sheet(sheet, r#"<workbookPr date1904="1"/>"#, None);
    std::fs::write(dir.join("mac.xlsx"), &bytes).unwrap();
    let yaml = imported(&dir, "mac.xlsx");
    assert!(
        yaml.contains("{kind: course, start: 2021-11-01, end: 2021-11-14, hours: 72}"),
        "{yaml}"
    );
}

#[test]
fn a_stray_quote_in_a_csv_file_is_said_at_its_line() {
    let dir = tmp("import-quote");
    let mut csv = String::from("ФИО,Вид,Часы\n\"Асанов Бакыт Жумабекович,курсы,72\n");
    for i in 0..10 {
        csv.push_str(&format!("Окутуучу {i},семинар,8\n"));
    }
    write(&dir, "staff.csv", &csv);
    let err = refused(&dir, "staff.csv");
    assert!(
        err.contains("error: staff.csv:staff!A2 [syntax]: the quotation mark opened on line 2 is never closed"),
        "{err}"
    );
    // Closed ten lines later: the rows between are not one silent cell.
    write(
        &dir,
        "staff.csv",
        &csv.replacen("Окутуучу 9,семинар,8", "Окутуучу 9\",семинар,8", 1),
    );
    let err = refused(&dir, "staff.csv");
    assert!(
        err.contains("staff.csv:staff!A2 [syntax]: the quotation mark opened on line 2 closes only on line 12"),
        "{err}"
    );
}

#[test]
fn a_title_row_and_merged_name_cells_are_read_as_the_secretary_sees_them() {
    let dir = tmp("import-merged");
    let mut book = Workbook::new();
    let sheet = book.add_worksheet().set_name("2025").unwrap();
    let plain = Format::new();
    sheet
        .merge_range(
            0,
            0,
            0,
            5,
            "Информатика кафедрасынын мугалимдеринин квалификациясын жогорулатуу",
            &plain,
        )
        .unwrap();
    for (c, h) in ["Аты-жөнү", "Кызматы", "Түрү", "Башталышы", "Аягы", "Саат"]
        .iter()
        .enumerate()
    {
        sheet.write_string(2, c as u16, *h).unwrap();
    }
    // The name and position merged down over the teacher's three rows.
    sheet
        .merge_range(3, 0, 5, 0, "Асанов Бакыт Жумабекович", &plain)
        .unwrap();
    sheet.merge_range(3, 1, 5, 1, "доцент", &plain).unwrap();
    let rows = [
        ("курс", "01.11.2021 г.", "14.11.2021 г.", 72),
        ("семинар", "1 марта 2023", "2 марта 2023", 16),
        ("стажировка", "5-февраль 2024-ж.", "18-февраль 2024-ж.", 72),
    ];
    for (i, (kind, start, end, hours)) in rows.iter().enumerate() {
        let r = 3 + i as u32;
        sheet.write_string(r, 2, *kind).unwrap();
        sheet.write_string(r, 3, *start).unwrap();
        sheet.write_string(r, 4, *end).unwrap();
        sheet.write_number(r, 5, *hours).unwrap();
    }
    sheet
        .write_string(6, 0, "Токтогулова Айжан Мирлан кызы")
        .unwrap();
    book.save(dir.join("staff.xlsx")).unwrap();
    let o = run(&dir, &["import", "staff.xlsx", "-o", "roster.yaml"]);
    assert!(
        stderr(&o).contains("wrote roster.yaml: 2 teachers, 3 activities"),
        "{}",
        stderr(&o)
    );
    let yaml = imported(&dir, "staff.xlsx");
    assert!(
        yaml.contains(
            "  - name: \"Асанов Бакыт Жумабекович\"\n    position: \"доцент\"\n    history:\n      - {kind: course, start: 2021-11-01, end: 2021-11-14, hours: 72}\n      - {kind: seminar, start: 2023-03-01, end: 2023-03-02, hours: 16}\n      - {kind: internship, start: 2024-02-05, end: 2024-02-18, hours: 72}\n"
        ),
        "{yaml}"
    );
    assert!(yaml.contains("lang: ky"), "{yaml}");
}

#[test]
fn headings_under_a_merged_group_heading_are_read() {
    let dir = tmp("import-two-rows");
    let mut book = Workbook::new();
    let sheet = book.add_worksheet().set_name("Кафедра").unwrap();
    let plain = Format::new();
    // «ФИО» and «Вид» over both header rows; «Сроки» over «Начало», «Окончание».
    sheet.merge_range(0, 0, 1, 0, "ФИО", &plain).unwrap();
    sheet.merge_range(0, 1, 1, 1, "Вид", &plain).unwrap();
    sheet.merge_range(0, 2, 0, 3, "Сроки", &plain).unwrap();
    sheet.write_string(1, 2, "Начало").unwrap();
    sheet.write_string(1, 3, "Окончание").unwrap();
    sheet
        .write_string(2, 0, "Асанов Бакыт Жумабекович")
        .unwrap();
    sheet.write_string(2, 1, "курсы").unwrap();
    sheet.write_string(2, 2, "01.11.2021").unwrap();
    sheet.write_string(2, 3, "14.11.2021").unwrap();
    book.save(dir.join("staff.xlsx")).unwrap();
    let o = run(&dir, &["import", "staff.xlsx"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(
        stdout(&o).contains("{kind: course, start: 2021-11-01, end: 2021-11-14}"),
        "{}",
        stdout(&o)
    );
    // The group heading over named columns is no unknown column; what the
    // roster checker says is said at the cell it is about.
    assert!(!stderr(&o).contains("unknown-key"), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("warning: staff.xlsx:Кафедра!B3 [five-years]: an activity of Асанов Бакыт Жумабекович without `hours`"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn excels_unicode_text_is_read() {
    let dir = tmp("import-utf16");
    let text = "ФИО\tВид\tНачало\tОкончание\tЧасы\r\nАсанов Бакыт Жумабекович\tкурсы\t1 ноября 2021\t14 ноября 2021\t72\r\n";
    let mut bytes = vec![0xFF, 0xFE];
    for u in text.encode_utf16() {
        bytes.extend(u.to_le_bytes());
    }
    std::fs::write(dir.join("staff.txt"), bytes).unwrap();
    let yaml = imported(&dir, "staff.txt");
    assert!(
        yaml.contains("{kind: course, start: 2021-11-01, end: 2021-11-14, hours: 72}"),
        "{yaml}"
    );
    assert!(yaml.contains("lang: ru"), "{yaml}");
}

#[test]
fn findings_are_capped_like_checks() {
    let dir = tmp("import-cap");
    let mut csv = String::from("ФИО,Вид,Начало\n");
    // One teacher's 5,000 activities, each with a date that is not one.
    for i in 0..5000 {
        csv.push_str(&format!("Асанов Бакыт,курсы,не дата {i}\n"));
    }
    write(&dir, "staff.csv", &csv);
    let err = refused(&dir, "staff.csv");
    assert_eq!(err.matches("is not a date").count(), 200, "{err}");
    assert!(
        err.contains("staff.csv [limit]: 4800 more findings are not shown: at most 200"),
        "{err}"
    );
    assert!(err.lines().count() <= 202, "{}", err.lines().count());
    // The count said at the end is every error, not the 200 shown.
    assert!(
        err.contains("staff.csv: no roster written; errors found: 5000 (above)"),
        "{err}"
    );
}

#[test]
fn more_teachers_than_a_roster_holds_is_said_at_the_first_one_over() {
    let dir = tmp("import-many");
    let mut csv = String::from("ФИО\n");
    for i in 0..600 {
        csv.push_str(&format!("Окутуучу Номер {i}\n"));
    }
    write(&dir, "staff.csv", &csv);
    let err = refused(&dir, "staff.csv");
    assert!(
        err.contains("staff.csv:staff!A502 [limit]: more than 500 teachers"),
        "{err}"
    );
}

#[test]
fn control_and_bidi_characters_from_cells_never_reach_the_terminal_raw() {
    let dir = tmp("import-escapes");
    write(
        &dir,
        "staff.csv",
        "ФИО,Вид\nАсанов Бакыт,\x1b]0;pwned\x07курс\u{202E}ы\n",
    );
    let o = run(&dir, &["import", "staff.csv"]);
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(!err.contains('\x1b') && !err.contains('\x07') && !err.contains('\u{202E}'));
    assert!(
        err.contains("staff.csv:staff!B2 [type]: «␛]0;pwned␇курс⟨U+202E⟩ы» is not a kind"),
        "{err}"
    );
}

#[test]
fn a_roster_the_checker_would_refuse_is_not_written() {
    let dir = tmp("import-recheck");
    // A bidirectional override inside a name: the roster's own checker
    // refuses it, and the import says so at the name's cell.
    write(&dir, "staff.csv", "ФИО\nАсанов \u{202E}Бакыт\n");
    let err = refused(&dir, "staff.csv");
    assert!(err.contains("error: staff.csv:staff!A2 [bidi]"), "{err}");
}

#[test]
fn the_library_entry_reads_uploaded_bytes() {
    let mut book = Workbook::new();
    let sheet = book.add_worksheet().set_name("Кафедра").unwrap();
    for (c, h) in ["ФИО", "Вид", "Часы"].iter().enumerate() {
        sheet.write_string(0, c as u16, *h).unwrap();
    }
    sheet
        .write_string(1, 0, "Асанов Бакыт Жумабекович")
        .unwrap();
    sheet.write_string(1, 1, "экскурсия").unwrap();
    sheet.write_number(1, 2, 72).unwrap();
    let bytes = book.save_to_buffer().unwrap();
    let imported = tirkeme::roster::import::from_bytes("кафедра.xlsx", &bytes);
    assert!(imported.yaml.is_none());
    assert_eq!(imported.findings.len(), 1);
    assert_eq!(imported.findings[0].cell, "Кафедра!B2");
    assert_eq!(
        imported.findings[0].message(tirkeme::locale::UiLang::Ru),
        "«экскурсия» — не вид повышения квалификации; виды: course, seminar, conference, internship, retraining, postgraduate, creative-leave, degree"
    );
    // The same bytes under any name: a ZIP is read by what it holds.
    let again = tirkeme::roster::import::from_bytes("upload", &bytes);
    assert_eq!(again.findings[0].cell, "Кафедра!B2");
    // Too many bytes: refused before reading.
    let big = vec![b'a'; tirkeme::roster::import::MAX_INPUT_BYTES + 1];
    let refused = tirkeme::roster::import::from_bytes("x.csv", &big);
    assert_eq!(refused.findings[0].rule.id, "limit");
}

#[test]
fn an_old_excel_file_is_told_how_to_save_it() {
    let dir = tmp("import-xls");
    let mut ole = vec![0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    ole.resize(4096, 0);
    std::fs::write(dir.join("staff.xls"), &ole).unwrap();
    let err = refused(&dir, "staff.xls");
    assert!(err.contains("Excel Workbook (*.xlsx)"), "{err}");
    std::fs::write(dir.join("staff.xlsx"), b"PK\x03\x04 not really").unwrap();
    let err = refused(&dir, "staff.xlsx");
    assert!(err.contains("the file is damaged"), "{err}");
    assert!(
        !err.contains("Zip error") && !err.contains("Xlsx error"),
        "{err}"
    );
    let _ = stdout;
}
