//! Careless and hostile input: nothing a user can put in a file or on the
//! command line makes the tool panic, hang, lose a file or write a broken one.

use crate::common::*;
use std::time::{Duration, Instant};

fn check(dir: &std::path::Path, name: &str, bytes: &[u8]) -> (Option<i32>, String) {
    std::fs::write(dir.join(name), bytes).unwrap();
    let out = run(dir, &["check", name]);
    // `check` prints its findings on stdout, problems reading on stderr.
    let err = stdout(&out) + &stderr(&out);
    assert!(
        !err.contains("panicked") && !err.contains("RUST_BACKTRACE"),
        "{name}: {err}"
    );
    (out.status.code(), err)
}

#[test]
fn bad_files_get_clear_messages() {
    let dir = tmp("bad");
    let (code, err) = check(&dir, "empty.yaml", b"");
    assert_eq!(code, Some(1));
    assert!(err.contains("empty"), "{err}");
    let (code, err) = check(&dir, "comments.yaml", b"# only a comment\n");
    assert_eq!(code, Some(1));
    assert!(err.contains("empty"), "{err}");
    let (code, err) = check(
        &dir,
        "binary.yaml",
        &[0x89, b'P', b'N', b'G', 0, 1, 2, 0xff, 0xfe, 0x00],
    );
    assert_eq!(code, Some(1));
    assert!(err.contains("UTF-8"), "{err}");
    let (code, err) = check(
        &dir,
        "cp1251.yaml",
        b"form: application\napplicant: \xc0\xf1\xe0\xed\xee\xe2\n",
    );
    assert_eq!(code, Some(1));
    assert!(
        err.contains("cp1251.yaml:2:"),
        "the place of the first bad byte: {err}"
    );
    let (code, err) = check(&dir, "list.yaml", b"- a\n- b\n");
    assert_eq!(code, Some(1));
    assert!(err.contains("form"), "{err}");
}

#[test]
fn utf16_and_byte_order_marks_are_read() {
    let dir = tmp("bom");
    let text = "form: application\napplicant: Асанов Бакыт\n";
    let mut utf8_bom = vec![0xEF, 0xBB, 0xBF];
    utf8_bom.extend_from_slice(text.as_bytes());
    assert_eq!(check(&dir, "bom8.yaml", &utf8_bom).0, Some(0));
    let mut utf16 = vec![0xFF, 0xFE];
    for u in text.encode_utf16() {
        utf16.extend_from_slice(&u.to_le_bytes());
    }
    assert_eq!(check(&dir, "bom16.yaml", &utf16).0, Some(0));
}

#[test]
fn a_billion_laughs_is_refused_quickly() {
    let dir = tmp("laughs");
    let mut s = String::from(
        "form: application\na: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n",
    );
    for i in 1..10u8 {
        let (p, c) = ((b'a' + i - 1) as char, (b'a' + i) as char);
        s += &format!("{c}: &{c} [*{p},*{p},*{p},*{p},*{p},*{p},*{p},*{p},*{p}]\n");
    }
    let start = Instant::now();
    let (code, err) = check(&dir, "laughs.yaml", s.as_bytes());
    assert_eq!(code, Some(1));
    assert!(err.contains("limit"), "{err}");
    assert!(start.elapsed() < Duration::from_secs(10));
}

#[test]
fn limits_on_size_depth_and_length() {
    let dir = tmp("limits");
    let big = format!(
        "form: application\nnote: \"{}\"\n",
        "x".repeat(5 * 1024 * 1024)
    );
    let (code, err) = check(&dir, "big.yaml", big.as_bytes());
    assert_eq!(code, Some(1));
    assert!(err.contains("limit"), "{err}");
    let deep = format!(
        "form: application\ndirection: {}1{}\n",
        "[".repeat(200),
        "]".repeat(200)
    );
    let (code, err) = check(&dir, "deep.yaml", deep.as_bytes());
    assert_eq!(code, Some(1));
    assert!(err.contains("limit") || err.contains("deep"), "{err}");
    let long = format!(
        "form: application\napplicant: Асанов\ndirection: {}\n",
        "д".repeat(20_000)
    );
    let (code, err) = check(&dir, "long.yaml", long.as_bytes());
    assert_eq!(code, Some(1));
    assert!(err.contains("10000"), "{err}");
}

#[test]
fn io_problems_exit_2_naming_the_path() {
    let dir = tmp("io");
    let out = run(&dir, &["render", "missing.yaml"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("missing.yaml"));
    write(
        &dir,
        "a.yaml",
        "form: application\napplicant: Асанов Бакыт\n",
    );
    write(&dir, "file", "");
    let out = run(&dir, &["batch", "a.yaml", "-o", "file/sub"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("file/sub"), "{}", stderr(&out));
    let out = run(&dir, &["render", "a.yaml", "-o", "nowhere/a.pdf"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("nowhere/a.pdf"));
    let out = run(&dir, &["render", "a.yaml", "--bogus"]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn output_onto_the_input_is_refused_and_the_input_kept() {
    let dir = tmp("self");
    let text = "form: application\napplicant: Асанов Бакыт\n";
    write(&dir, "a.yaml", text);
    let out = run(&dir, &["render", "a.yaml", "-o", "./a.yaml"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(std::fs::read_to_string(dir.join("a.yaml")).unwrap(), text);
}

#[test]
fn an_existing_output_is_replaced_only_by_a_whole_new_one() {
    let dir = tmp("replace");
    write(
        &dir,
        "a.yaml",
        "form: application\napplicant: Асанов Бакыт\n",
    );
    std::fs::write(dir.join("a.pdf"), b"old").unwrap();
    write(
        &dir,
        "bad.yaml",
        "form: application\nkind: internship\nstart: 2025-11-03\nend: 2025-11-04\n",
    );
    let out = run(&dir, &["render", "bad.yaml", "-o", "a.pdf"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        std::fs::read(dir.join("a.pdf")).unwrap(),
        b"old",
        "a failed render keeps the old file"
    );
    let out = run(&dir, &["render", "a.yaml", "-o", "a.pdf"]);
    assert_eq!(out.status.code(), Some(2), "not ours: kept without --force");
    assert!(stderr(&out).contains("a.pdf") && stderr(&out).contains("--force"));
    assert_eq!(std::fs::read(dir.join("a.pdf")).unwrap(), b"old");
    assert!(
        run(&dir, &["render", "a.yaml", "-o", "a.pdf", "--force"])
            .status
            .success()
    );
    assert!(
        run(&dir, &["render", "a.yaml", "-o", "a.pdf"])
            .status
            .success(),
        "a PDF tirkeme made is replaced"
    );
    assert!(
        std::fs::read(dir.join("a.pdf"))
            .unwrap()
            .starts_with(b"%PDF")
    );
    let leftovers: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .filter(|e| {
            e.as_ref()
                .unwrap()
                .file_name()
                .to_string_lossy()
                .ends_with(".tmp")
        })
        .collect();
    assert!(leftovers.is_empty(), "temporary files left behind");
}

#[test]
fn data_that_looks_like_code_or_a_path_prints_as_text() {
    let dir = tmp("sandbox");
    let attempts = [
        "#read(\"/etc/passwd\")",
        "#include \"/etc/passwd\"",
        "#import \"@preview/x:0.1.0\"",
        "/etc/passwd",
        "../../../../etc/hostname",
        "#json(\"/data.json\")",
    ];
    for (i, a) in attempts.iter().enumerate() {
        let yaml = format!(
            "form: application\napplicant: Асанов Бакыт\ndirection: {}\n",
            serde_json::to_string(a).unwrap()
        );
        write(&dir, &format!("{i}.yaml"), &yaml);
        let out = run(
            &dir,
            &["render", &format!("{i}.yaml"), "-o", &format!("{i}.pdf")],
        );
        assert!(out.status.success(), "{a}: {}", stderr(&out));
        // Quotes inside the form's «…» print as „…“ (typography, not a change).
        let text = pdf_text(&dir.join(format!("{i}.pdf")), None).replace(['„', '“'], "\"");
        assert!(text.contains(a), "«{a}» not printed verbatim: {text}");
        assert!(!text.contains("root:"), "a file's content leaked");
    }
}

/// Mounts a small tmpfs for the disk-full and read-only cases. Mounting needs
/// root, so the test that uses it is `#[ignore]`d with that reason (the
/// harness says so); `.ci/run` runs it with `--ignored` where it can mount.
fn small_disk(name: &str) -> std::path::PathBuf {
    let dir = tmp(name);
    let mnt = dir.join("disk");
    std::fs::create_dir_all(&mnt).unwrap();
    let ok = std::process::Command::new("mount")
        .args(["-t", "tmpfs", "-o", "size=40k", "tmpfs"])
        .arg(&mnt)
        .output()
        .is_ok_and(|o| o.status.success());
    assert!(ok, "cannot mount a tmpfs here (needs root)");
    mnt
}

fn unmount(mnt: &std::path::Path) {
    let _ = std::process::Command::new("umount").arg(mnt).status();
}

#[test]
#[ignore = "mounts a 40 KiB tmpfs, which needs root: .ci/run runs it where it can mount"]
fn a_full_or_read_only_disk_is_exit_2_and_leaves_nothing() {
    let mnt = small_disk("full");
    let dir = mnt.parent().unwrap().to_path_buf();
    write(
        &dir,
        "plan.yaml",
        tirkeme::forms::FormId::from_id("annual-plan")
            .unwrap()
            .example(tirkeme::locale::Lang::Ky),
    );
    let out = run(&dir, &["render", "plan.yaml", "-o", "disk/plan.pdf"]);
    let full: Vec<_> = std::fs::read_dir(&mnt).unwrap().collect();
    let ro = std::process::Command::new("mount")
        .args(["-o", "remount,ro"])
        .arg(&mnt)
        .status()
        .unwrap();
    let out_ro = run(&dir, &["render", "plan.yaml", "-o", "disk/again.pdf"]);
    unmount(&mnt);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(stderr(&out).contains("disk/plan.pdf"), "{}", stderr(&out));
    assert!(
        full.is_empty(),
        "a full disk keeps no partial file: {full:?}"
    );
    if ro.success() {
        assert_eq!(out_ro.status.code(), Some(2));
        assert!(stderr(&out_ro).contains("disk/again.pdf"));
    }
}

#[test]
fn too_many_rows_is_a_finding() {
    let dir = tmp("rows");
    let mut yaml = String::from("form: annual-plan\nyear: 2025-2026\nteachers:\n");
    for i in 0..501 {
        yaml += &format!("  - name: Окутуучу {i}\n");
    }
    let (code, err) = check(&dir, "rows.yaml", yaml.as_bytes());
    assert_eq!(code, Some(1));
    assert!(err.contains("500"), "{err}");
    assert!(err.contains("rows.yaml:4:"), "points at the list: {err}");
}

#[test]
fn a_document_holds_a_bounded_amount_of_text() {
    let dir = tmp("budget");
    // Seven paragraphs of 9,999 characters: each within the text limit,
    // together more than a form prints in reason.
    let long = "сөз ".repeat(2_500);
    let items: String = (0..7)
        .map(|_| format!("    - {}\n", long.trim_end()))
        .collect();
    let yaml = report_example().replace(
        "  new_lectures: [Булуттагы эсептөөлөр, Веб-программалоонун негиздери]\n",
        &format!("  new_lectures:\n{items}"),
    );
    let (code, err) = check(&dir, "long.yaml", yaml.as_bytes());
    assert_eq!(code, Some(1), "{err}");
    assert!(err.contains("60000"), "{err}");
    // Even a draft prints no more than the budget.
    write(&dir, "long.yaml", &yaml);
    let out = run(&dir, &["render", "long.yaml", "--draft", "-o", "long.pdf"]);
    if out.status.success() {
        assert!(
            pages(&dir.join("long.pdf")) <= 30,
            "{}",
            pages(&dir.join("long.pdf"))
        );
    }
}

#[test]
fn text_fields_print_exactly_as_written() {
    let dir = tmp("exact");
    let report = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/ky/report.yaml"),
    )
    .unwrap();
    let written = [
        "0012345",
        "0x1F",
        "1.10",
        "12e3",
        "1_000",
        "123456789012345678901234567890",
    ];
    for (i, number) in written.iter().enumerate() {
        let yaml = report
            .replace("number: КР-2025-0412", &format!("number: {number}"))
            .replace("issuer: Кыргыз улуттук университети", "issuer: No");
        write(&dir, &format!("{i}.yaml"), &yaml);
        let out = run(
            &dir,
            &["render", &format!("{i}.yaml"), "-o", &format!("{i}.pdf")],
        );
        assert!(out.status.success(), "{number}: {}", stderr(&out));
        let text = pdf_text(&dir.join(format!("{i}.pdf")), None);
        assert!(
            text.split_whitespace()
                .any(|w| w.trim_matches([',', '.', '№']) == *number),
            "«{number}» not printed as written: {text}"
        );
        assert!(!text.contains("false"), "«No» printed as a boolean: {text}");
    }
    // Norway's code is text, not `false`.
    let program = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("examples/ky/internship-program.yaml"),
    )
    .unwrap()
    .replace("country: KG}", "country: NO}")
    .replace("funding: budget", "funding: host");
    assert!(program.contains("country: NO}") && program.contains("funding: host"));
    write(&dir, "norway.yaml", &program);
    let out = run(&dir, &["render", "norway.yaml", "-o", "norway.pdf"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(!stderr(&out).contains("false"), "{}", stderr(&out));
}

fn report_example() -> String {
    std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/ky/report.yaml"),
    )
    .unwrap()
}

#[test]
fn a_flood_of_findings_is_capped_and_counted() {
    let dir = tmp("flood");
    // 7,000 words with Latin letters inside Cyrillic ones, on 7 lines: within
    // the document's text budget, so every word is looked at.
    let line = format!("    - {}\n", "жaeopcx ".repeat(1_000));
    let flood = |lines: usize| {
        report_example().replace(
            "  new_lectures: [Булуттагы эсептөөлөр, Веб-программалоонун негиздери]\n",
            &format!("  new_lectures:\n{}", line.repeat(lines)),
        )
    };
    write(&dir, "flood.yaml", &flood(7));
    let out = run(&dir, &["check", "--format", "json", "flood.yaml"]);
    let json = stdout(&out);
    let lines: Vec<&str> = json.lines().collect();
    assert_eq!(
        lines.len(),
        201,
        "200 findings and one that counts the rest"
    );
    assert!(
        lines[0].contains("\"rule\":\"lookalike\"") && lines[0].contains("жаеорсх"),
        "one finding per word: {}",
        lines[0]
    );
    assert!(lines[200].contains("6800 more"), "{}", lines[200]);
    assert_eq!(out.status.code(), Some(0), "warnings only");
    let out = run(&dir, &["check", "flood.yaml"]);
    assert!(stdout(&out).len() < 100_000, "{} bytes", stdout(&out).len());
    // 1 MB of them: over the text budget, still a bounded report.
    write(&dir, "big.yaml", &flood(100));
    let out = run(&dir, &["check", "--format", "json", "big.yaml"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stdout(&out).lines().count() <= 201,
        "{}",
        stdout(&out).lines().count()
    );
    assert!(stdout(&out).contains("60000"), "the budget is named");
}

#[test]
fn long_lines_and_keys_print_short_excerpts() {
    let dir = tmp("longline");
    // A 2 MB one-line flow file with an error at its very end.
    let items = vec!["маалыматтык технологиялар"; 50_000].join(", ");
    write(
        &dir,
        "flow.yaml",
        &format!("{{form: report, lang: ky, applied: {{new_lectures: [{items}]}}, oops: 1}}\n"),
    );
    let out = run(&dir, &["check", "flow.yaml"]);
    let err = stdout(&out);
    assert!(err.contains("oops"), "{}", &err[..err.len().min(2000)]);
    assert!(
        err.len() < 2_000,
        "the excerpt is a window: {} bytes",
        err.len()
    );
    // A 1 MB unknown key: no "did you mean", quoted short.
    let key = "x".repeat(1 << 20);
    write(
        &dir,
        "key.yaml",
        &format!("{}? {key}\n: 1\n", report_example()),
    );
    let out = run(&dir, &["check", "key.yaml"]);
    let err = stdout(&out);
    assert_eq!(out.status.code(), Some(1));
    assert!(err.contains("unknown key") && err.contains("…"), "{err}");
    assert!(err.len() < 2_000, "{} bytes", err.len());
}

#[test]
fn runs_of_combining_marks_are_refused_before_typesetting() {
    let dir = tmp("combining");
    let run_of = |n: usize| format!("а{}", "\u{301}".repeat(n));
    write(
        &dir,
        "bomb.yaml",
        &report_example().replace(
            "number: КР-2025-0412",
            &format!("number: {}", run_of(5_000)),
        ),
    );
    write(
        &dir,
        "accent.yaml",
        &report_example().replace("number: КР-2025-0412", &format!("number: {}", run_of(1))),
    );
    let out = run(&dir, &["check", "--format", "json", "bomb.yaml"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stdout(&out).contains("\"rule\":\"combining\""),
        "{}",
        stdout(&out)
    );
    // In a batch the valid file is still rendered.
    let out = run(&dir, &["batch", "bomb.yaml", "accent.yaml", "-o", "out"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(dir.join("out/accent.ky.pdf").exists(), "{}", stderr(&out));
    assert!(!dir.join("out/bomb.ky.pdf").exists());
}

#[test]
fn control_bidi_and_invisible_characters_are_shown_not_obeyed() {
    let dir = tmp("controls");
    write(
        &dir,
        "esc.yaml",
        "form: application\napplicant: \"Асанов \\e[31mRED\\e[0m\"\nextra\u{1b}[2J: 1\n",
    );
    let out = run(&dir, &["check", "esc.yaml"]);
    let err = stdout(&out);
    assert!(
        !err.contains('\u{1b}'),
        "raw ESC reached the terminal: {err:?}"
    );
    assert!(err.contains('␛'), "{err}");
    write(
        &dir,
        "bidi.yaml",
        "form: application\napplicant: Асанов \u{202e}Бакыт\n",
    );
    let out = run(&dir, &["check", "--format", "json", "bidi.yaml"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stdout(&out).contains("\"rule\":\"bidi\""),
        "{}",
        stdout(&out)
    );
    assert!(stdout(&out).contains("\"column\":19"), "{}", stdout(&out));
    let out = run(&dir, &["check", "bidi.yaml"]);
    assert!(!stdout(&out).contains('\u{202e}'), "{}", stdout(&out));
    assert!(stdout(&out).contains("bidi.yaml:2"), "{}", stdout(&out));
    write(
        &dir,
        "zw.yaml",
        "form: application\napplicant: Асанов Ба\u{200b}кыт\n",
    );
    let out = run(&dir, &["render", "zw.yaml", "-o", "zw.pdf"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stderr(&out).contains("invisible"), "{}", stderr(&out));
    let text = pdf_text(&dir.join("zw.pdf"), None);
    assert!(
        text.contains("Асанов Бакыт") || text.contains("Б. Асанов"),
        "{text}"
    );
    assert!(!text.contains('\u{200b}'), "{text}");
    let rules = stdout(&run(&dir, &["rules"]));
    for id in ["combining", "bidi", "invisible"] {
        assert!(rules.contains(id), "{rules}");
    }
}

fn application(dir: &std::path::Path) -> std::path::PathBuf {
    let text = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/ky/application.yaml"),
    )
    .unwrap();
    write(dir, "a.yaml", &text)
}

fn zlib(data: &[u8]) -> Vec<u8> {
    use std::io::Write;
    let mut e = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::best());
    e.write_all(data).unwrap();
    e.finish().unwrap()
}

/// A PDF whose only content is an embedded file stream.
fn pdf_with(filter: &str, size: Option<usize>, body: &[u8]) -> Vec<u8> {
    let params = size.map_or(String::new(), |s| format!("/Params<</Size {s}>>"));
    let mut out = format!(
        "%PDF-1.7\n1 0 obj\n<</Length {}/Type/EmbeddedFile/Subtype/application#2Fyaml{filter}{params}>>\nstream\n",
        body.len()
    )
    .into_bytes();
    out.extend_from_slice(body);
    out.extend_from_slice(b"\nendstream\nendobj\n%%EOF\n");
    out
}

#[test]
fn extract_survives_pdfs_that_are_not_ours() {
    let dir = tmp("extract");
    application(&dir);
    assert!(
        run(&dir, &["render", "a.yaml", "-o", "a.pdf"])
            .status
            .success()
    );
    let good = std::fs::read(dir.join("a.pdf")).unwrap();
    let extract = |name: &str, bytes: &[u8]| {
        std::fs::write(dir.join(name), bytes).unwrap();
        let out = run(&dir, &["extract", name]);
        let err = stderr(&out);
        assert!(!err.contains("panicked"), "{name}: {err}");
        (out.status.code(), err, out.stdout.len())
    };
    // One flipped byte inside the compressed attachment: an error, not garbled YAML.
    let at = good
        .windows(13)
        .position(|w| w == b"/EmbeddedFile")
        .unwrap();
    let stream = at
        + good[at..]
            .windows(7)
            .position(|w| w == b"stream\n")
            .unwrap()
        + 7;
    let mut flipped = good.clone();
    flipped[stream + 200] ^= 0x04;
    let (code, err, written) = extract("flipped.pdf", &flipped);
    assert_eq!((code, written), (Some(1), 0), "{err}");
    assert!(err.contains("damaged"), "{err}");
    // The recorded size is checked.
    let yaml = b"form: application\n";
    let (code, err, _) = extract(
        "size.pdf",
        &pdf_with("/Filter/FlateDecode", Some(99), &zlib(yaml)),
    );
    assert_eq!(code, Some(1), "{err}");
    assert!(err.contains("/Size 99"), "{err}");
    let (code, _, written) = extract(
        "ok.pdf",
        &pdf_with("/Filter/FlateDecode", Some(18), &zlib(yaml)),
    );
    assert_eq!((code, written), (Some(0), 18));
    // A compression bomb: 64 MiB of zeros in 64 KB, filtered once and twice.
    let zeros = vec![0u8; 64 << 20];
    let (code, err, written) = extract(
        "bomb.pdf",
        &pdf_with("/Filter/FlateDecode", None, &zlib(&zeros)),
    );
    assert_eq!((code, written), (Some(1), 0), "{err}");
    assert!(err.contains("MiB"), "{err}");
    let twice = zlib(&zlib(&zeros));
    let (code, err, _) = extract(
        "bomb2.pdf",
        &pdf_with("/Filter[/FlateDecode/FlateDecode]", None, &twice),
    );
    assert_eq!(code, Some(1), "{err}");
    // Deep nesting: 200,000 unclosed `[` or `<<`, a 100,000-deep dictionary.
    for (name, deep) in [
        ("brackets.pdf", "[".repeat(200_000)),
        ("dicts.pdf", "<<".repeat(200_000)),
        (
            "nested.pdf",
            format!("{}1{}", "<</A ".repeat(100_000), ">>".repeat(100_000)),
        ),
    ] {
        let pdf =
            format!("%PDF-1.7\n1 0 obj\n<</Type/EmbeddedFile/X {deep}>>\nstream\nx\nendstream\n");
        let (code, err, _) = extract(name, pdf.as_bytes());
        assert_eq!(code, Some(1), "{name}: {err}");
    }
    // An endless file is read only up to the PDF cap.
    let out = run(&dir, &["extract", "/dev/zero"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(stderr(&out).contains("MiB"), "{}", stderr(&out));
}

#[test]
fn files_that_are_not_ours_are_left_alone() {
    let dir = tmp("notours");
    application(&dir);
    write(&dir, "notes.txt", "my notes\n");
    let out = run(&dir, &["render", "a.yaml", "-o", "notes.txt"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("notes.txt"), "{}", stderr(&out));
    assert_eq!(
        std::fs::read_to_string(dir.join("notes.txt")).unwrap(),
        "my notes\n"
    );
    // `-o -`: the PDF on standard output.
    let out = run(&dir, &["render", "a.yaml", "-o", "-"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(out.stdout.starts_with(b"%PDF"));
    assert!(!dir.join("-").exists());
    assert!(
        run(&dir, &["render", "a.yaml", "-o", "a.pdf"])
            .status
            .success()
    );
    write(&dir, "keep.txt", "keep\n");
    let out = run(&dir, &["extract", "a.pdf", "-o", "keep.txt"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        std::fs::read_to_string(dir.join("keep.txt")).unwrap(),
        "keep\n"
    );
    assert!(
        run(&dir, &["extract", "a.pdf", "-o", "keep.txt", "--force"])
            .status
            .success()
    );
    // A link to someone else's file: not followed, its target untouched.
    write(&dir, "victim.txt", "victim\n");
    std::os::unix::fs::symlink(dir.join("victim.txt"), dir.join("link.pdf")).unwrap();
    let out = run(&dir, &["render", "a.yaml", "-o", "link.pdf"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        run(&dir, &["render", "a.yaml", "-o", "link.pdf", "--force"])
            .status
            .success()
    );
    assert_eq!(
        std::fs::read_to_string(dir.join("victim.txt")).unwrap(),
        "victim\n"
    );
    // A device or a FIFO is never replaced, even with --force.
    let fifo = dir.join("pipe.pdf");
    assert!(
        std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap()
            .success()
    );
    let out = run(&dir, &["render", "a.yaml", "-o", "pipe.pdf", "--force"]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(
        std::fs::symlink_metadata(&fifo)
            .unwrap()
            .file_type()
            .is_fifo_like()
    );
    let out = run(&dir, &["render", "a.yaml", "-o", "/dev/null", "--force"]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(
        std::fs::metadata("/dev/null")
            .unwrap()
            .file_type()
            .is_char_device()
    );
    // demo and package: a file the user edited is kept.
    let demo = dir.join("demo");
    std::fs::create_dir_all(&demo).unwrap();
    write(&demo, "application.ky.yaml", "# mine\n");
    let out = run(&dir, &["demo", "-o", "demo"]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert_eq!(
        std::fs::read_to_string(demo.join("application.ky.yaml")).unwrap(),
        "# mine\n"
    );
    let plan = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/ky/annual-plan.yaml"),
    )
    .unwrap();
    write(&dir, "plan.yaml", &plan);
    assert!(
        run(&dir, &["package", "plan.yaml", "-o", "pkg"])
            .status
            .success()
    );
    let yaml = std::fs::read_dir(dir.join("pkg"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.extension().is_some_and(|e| e == "yaml"))
        .unwrap();
    assert!(
        run(&dir, &["package", "plan.yaml", "-o", "pkg"])
            .status
            .success(),
        "the same package again replaces nothing the user made"
    );
    std::fs::write(&yaml, "# edited by hand\n").unwrap();
    let out = run(&dir, &["package", "plan.yaml", "-o", "pkg"]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert_eq!(
        std::fs::read_to_string(&yaml).unwrap(),
        "# edited by hand\n"
    );
}

trait FifoLike {
    fn is_fifo_like(&self) -> bool;
    fn is_char_device(&self) -> bool;
}

impl FifoLike for std::fs::FileType {
    fn is_fifo_like(&self) -> bool {
        std::os::unix::fs::FileTypeExt::is_fifo(self)
    }
    fn is_char_device(&self) -> bool {
        std::os::unix::fs::FileTypeExt::is_char_device(self)
    }
}

#[test]
fn batches_go_on_past_pipes_and_unreadable_inputs() {
    let dir = tmp("fifo");
    let inputs = dir.join("in");
    std::fs::create_dir_all(&inputs).unwrap();
    application(&inputs);
    std::fs::copy(inputs.join("a.yaml"), inputs.join("Upper.YAML")).unwrap();
    assert!(
        std::process::Command::new("mkfifo")
            .arg(inputs.join("fifo.yaml"))
            .status()
            .unwrap()
            .success()
    );
    std::os::unix::fs::symlink(dir.join("nowhere"), inputs.join("broken.yaml")).unwrap();
    let mut child = tirkeme()
        .current_dir(&dir)
        .args(["batch", "in", "-o", "out"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let deadline = Instant::now() + Duration::from_secs(120);
    while child.try_wait().unwrap().is_none() {
        if Instant::now() > deadline {
            let _ = child.kill();
            panic!("the batch hangs on a FIFO");
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    let out = child.wait_with_output().unwrap();
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(
        err.contains("fifo.yaml") && err.contains("broken.yaml"),
        "{err}"
    );
    assert!(
        dir.join("out/a.ky.pdf").exists() && dir.join("out/Upper.ky.pdf").exists(),
        "{err}"
    );
    // check goes on too, and says it under --format json.
    let out = run(&dir, &["check", "--format", "json", "in", "missing.yaml"]);
    assert_eq!(out.status.code(), Some(2));
    let json = stdout(&out);
    for name in ["fifo.yaml", "broken.yaml", "missing.yaml"] {
        assert!(
            json.lines()
                .any(|l| l.contains(name) && l.contains("\"rule\":\"io\"")),
            "{name}: {json}"
        );
    }
    // Every line has the keys of every other, `labels` included.
    for line in json.lines() {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        assert!(v["labels"].is_array(), "{line}");
    }
}

#[test]
fn full_disks_and_closed_pipes_are_exit_2_without_a_panic() {
    let dir = tmp("full");
    write(&dir, "bad.yaml", "form: application\nfoo: 1\n");
    let full = || {
        std::fs::OpenOptions::new()
            .write(true)
            .open("/dev/full")
            .unwrap()
    };
    for args in [
        &["forms"][..],
        &["rules"],
        &["new", "report"],
        &["check", "--format", "json", "bad.yaml"],
    ] {
        let out = tirkeme()
            .current_dir(&dir)
            .args(args)
            .stdout(full())
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}: {}", stderr(&out));
        assert!(
            !stderr(&out).contains("panicked"),
            "{args:?}: {}",
            stderr(&out)
        );
    }
    // A reader that has gone: no panic, exit 2.
    let mut child = tirkeme()
        .current_dir(&dir)
        .args(["new", "annual-plan"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    assert!(!stderr(&out).contains("panicked"), "{}", stderr(&out));
    assert_ne!(out.status.code(), Some(101));
}

#[test]
fn an_interrupted_batch_leaves_no_temporary_files() {
    let dir = tmp("signal");
    let inputs = dir.join("in");
    std::fs::create_dir_all(&inputs).unwrap();
    let a = application(&dir);
    for i in 0..300 {
        std::fs::copy(&a, inputs.join(format!("a{i}.yaml"))).unwrap();
    }
    for (signal, code) in [("TERM", 143), ("INT", 130)] {
        let out_dir = dir.join(format!("out-{signal}"));
        let child = tirkeme()
            .current_dir(&dir)
            .args(["batch", "in", "-o"])
            .arg(&out_dir)
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        // Wait until the batch is writing, then interrupt it.
        let deadline = Instant::now() + Duration::from_secs(60);
        while std::fs::read_dir(&out_dir).map_or(0, |d| d.count()) < 5 && Instant::now() < deadline
        {
            std::thread::sleep(Duration::from_millis(10));
        }
        let killed = std::process::Command::new("kill")
            .args([format!("-{signal}"), child.id().to_string()])
            .status()
            .unwrap();
        assert!(killed.success());
        let status = child.wait_with_output().unwrap().status;
        assert!(
            status.code() == Some(code) || status.success(),
            "{signal}: {status:?}"
        );
        let leftovers: Vec<_> = std::fs::read_dir(&out_dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| n.ends_with(".tmp"))
            .collect();
        assert!(leftovers.is_empty(), "{signal}: {leftovers:?}");
    }
}

#[test]
fn an_out_of_range_source_date_epoch_is_ignored_with_a_note() {
    let dir = tmp("epoch");
    write(
        &dir,
        "a.yaml",
        "form: application\napplicant: Асанов Бакыт\n",
    );
    let out = tirkeme()
        .current_dir(&dir)
        .env("SOURCE_DATE_EPOCH", "99999999999999")
        .args(["render", "a.yaml", "-o", "a.pdf"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("SOURCE_DATE_EPOCH"),
        "{}",
        stderr(&out)
    );
}
