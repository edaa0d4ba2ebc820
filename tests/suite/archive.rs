//! Archival PDFs that carry their own data: PDF/A-3b, the input attached
//! byte for byte, fixed metadata, and `extract` giving the input back.

use crate::common::*;
use std::process::Command;

#[test]
fn every_form_is_pdf_a_3b_with_its_yaml_attached() {
    let dir = tmp("pdfa");
    assert!(run(&dir, &["demo", "-o", "out"]).status.success());
    for form in FORMS {
        for lang in ["ky", "ru"] {
            let pdf = dir.join("out").join(format!("{form}.{lang}.pdf"));
            let check = Command::new("qpdf")
                .arg("--check")
                .arg(&pdf)
                .output()
                .expect("qpdf");
            assert!(
                check.status.success(),
                "qpdf --check {form}.{lang}: {}",
                String::from_utf8_lossy(&check.stdout)
            );
            let list = Command::new("pdfdetach")
                .arg("-list")
                .arg(&pdf)
                .output()
                .unwrap();
            let list = String::from_utf8_lossy(&list.stdout);
            assert!(
                list.contains(&format!("{form}.yaml")),
                "{form}.{lang}: {list}"
            );
            let meta = Command::new("pdfinfo")
                .arg("-meta")
                .arg(&pdf)
                .output()
                .unwrap();
            let meta = String::from_utf8_lossy(&meta.stdout);
            assert!(
                meta.contains("<pdfaid:part>3</pdfaid:part>")
                    && meta.contains("<pdfaid:conformance>B"),
                "{form}.{lang}"
            );
            assert!(
                meta.contains(&format!("<rdf:li>{lang}</rdf:li>")),
                "language {lang} in the metadata"
            );
            let info = Command::new("pdfinfo").arg(&pdf).output().unwrap();
            let info = String::from_utf8_lossy(&info.stdout);
            assert!(info.contains(&format!("Keywords:        {form}")), "{info}");
            let author = if lang == "ky" {
                "Талас мамлекеттик университети"
            } else {
                "Таласский государственный университет"
            };
            assert!(info.contains(author), "{info}");
        }
    }
}

#[test]
fn extract_gives_the_input_back_and_renders_identically() {
    let dir = tmp("extract");
    // Odd bytes on purpose: a comment, CRLF line ends, trailing spaces.
    let src = "# мой файл  \r\nform: application\r\nlang: ru\r\napplicant: Асанов Бакыт\r\ndate: 2025-10-20\r\n";
    write(&dir, "in.yaml", src);
    assert!(
        run(&dir, &["render", "in.yaml", "-o", "first.pdf"])
            .status
            .success()
    );
    let out = run(&dir, &["extract", "first.pdf", "-o", "back.yaml"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(
        std::fs::read(dir.join("back.yaml")).unwrap(),
        src.as_bytes()
    );
    assert!(
        run(&dir, &["render", "back.yaml", "-o", "second.pdf"])
            .status
            .success()
    );
    assert!(
        std::fs::read(dir.join("first.pdf")).unwrap()
            == std::fs::read(dir.join("second.pdf")).unwrap()
    );
    let stdout_extract = run(&dir, &["extract", "first.pdf"]);
    assert_eq!(stdout_extract.stdout, src.as_bytes());
}

#[test]
fn plain_pdfs_carry_nothing_and_extract_says_so() {
    let dir = tmp("plain");
    write(
        &dir,
        "in.yaml",
        "form: application\napplicant: Асанов Бакыт\n",
    );
    assert!(
        run(&dir, &["render", "in.yaml", "--plain", "-o", "p.pdf"])
            .status
            .success()
    );
    let meta = Command::new("pdfinfo")
        .arg("-meta")
        .arg(dir.join("p.pdf"))
        .output()
        .unwrap();
    assert!(!String::from_utf8_lossy(&meta.stdout).contains("pdfaid"));
    let out = run(&dir, &["extract", "p.pdf"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("p.pdf"), "{}", stderr(&out));
    let out = run(&dir, &["extract", "in.yaml"]);
    assert_eq!(out.status.code(), Some(1), "a file that is not a PDF");
}

#[test]
fn the_date_comes_from_the_document_or_source_date_epoch() {
    let dir = tmp("date");
    write(
        &dir,
        "dated.yaml",
        "form: application\napplicant: Асанов Бакыт\ndate: 2025-10-20\n",
    );
    write(
        &dir,
        "undated.yaml",
        "form: application\napplicant: Асанов Бакыт\n",
    );
    assert!(
        run(&dir, &["render", "dated.yaml", "-o", "d.pdf"])
            .status
            .success()
    );
    let info = Command::new("pdfinfo")
        .arg("-isodates")
        .arg(dir.join("d.pdf"))
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&info.stdout).contains("2025-10-20"));
    let out = tirkeme()
        .current_dir(&dir)
        .env("SOURCE_DATE_EPOCH", "1700000000")
        .args(["render", "undated.yaml", "-o", "u.pdf"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let info = Command::new("pdfinfo")
        .arg("-isodates")
        .arg(dir.join("u.pdf"))
        .output()
        .unwrap();
    assert!(
        String::from_utf8_lossy(&info.stdout).contains("2023-11-14"),
        "{}",
        String::from_utf8_lossy(&info.stdout)
    );
    // batch and render --draft take the same date: the binary reads the
    // variable once and hands it to every command that makes a PDF.
    let out = tirkeme()
        .current_dir(&dir)
        .env("SOURCE_DATE_EPOCH", "1700000000")
        .args(["batch", "undated.yaml", "-o", "out"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let out = tirkeme()
        .current_dir(&dir)
        .env("SOURCE_DATE_EPOCH", "1700000000")
        .args(["render", "--draft", "undated.yaml", "-o", "draft.pdf"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    for pdf in ["out/undated.ky.pdf", "draft.pdf"] {
        let info = Command::new("pdfinfo")
            .arg("-isodates")
            .arg(dir.join(pdf))
            .output()
            .unwrap();
        let info = String::from_utf8_lossy(&info.stdout);
        assert!(info.contains("2023-11-14"), "{pdf}: {info}");
    }
}

#[test]
fn extract_takes_only_tirkemes_own_source() {
    let dir = tmp("extract-foreign");
    let src = "form: application\napplicant: Асанов Бакыт\n";
    write(&dir, "in.yaml", src);
    write(&dir, "invoice.xml", "<rsm:CrossIndustryInvoice/>\n");
    for (args, pdf) in [(&["--plain"][..], "plain.pdf"), (&[][..], "ours.pdf")] {
        let mut render = vec!["render", "in.yaml", "-o", pdf];
        render.extend_from_slice(args);
        assert!(run(&dir, &render).status.success());
        // An e-invoice's XML attached by another program (qpdf here).
        let added = Command::new("qpdf")
            .current_dir(&dir)
            .args([
                pdf,
                "--add-attachment",
                "invoice.xml",
                "--mimetype=text/xml",
                "--",
                &format!("x-{pdf}"),
            ])
            .status()
            .expect("qpdf");
        assert!(added.success());
    }
    // A PDF that carries only the invoice: said so, exit 1, nothing written.
    let out = run(&dir, &["extract", "x-plain.pdf", "-o", "back.yaml"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("x-plain.pdf carries an attachment of another program (text/xml), not the source of a tirkeme document"),
        "{}",
        stderr(&out)
    );
    assert!(!dir.join("back.yaml").exists());
    // Ours with the invoice beside it: the source, byte for byte.
    let out = run(&dir, &["extract", "x-ours.pdf"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(out.stdout, src.as_bytes());
}
