//! Careless and hostile input: nothing a user can put in a file or on the
//! command line makes the tool panic, hang, lose a file or write a broken one.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::*;
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
    assert!(
        run(&dir, &["render", "a.yaml", "-o", "a.pdf"])
            .status
            .success()
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
        let text = pdf_text(&dir.join(format!("{i}.pdf")), None);
        assert!(text.contains(a), "«{a}» not printed verbatim: {text}");
        assert!(!text.contains("root:"), "a file's content leaked");
    }
}

/// Mounts a small tmpfs for the disk-full and read-only cases; `None` where
/// this machine does not let the tests mount (they then say so and pass).
fn small_disk(name: &str) -> Option<std::path::PathBuf> {
    let dir = tmp(name);
    let mnt = dir.join("disk");
    std::fs::create_dir_all(&mnt).unwrap();
    let ok = std::process::Command::new("mount")
        .args(["-t", "tmpfs", "-o", "size=40k", "tmpfs"])
        .arg(&mnt)
        .output()
        .is_ok_and(|o| o.status.success());
    if ok {
        Some(mnt)
    } else {
        eprintln!("skipped: cannot mount a tmpfs here");
        None
    }
}

fn unmount(mnt: &std::path::Path) {
    let _ = std::process::Command::new("umount").arg(mnt).status();
}

#[test]
fn a_full_or_read_only_disk_is_exit_2_and_leaves_nothing() {
    let Some(mnt) = small_disk("full") else {
        return;
    };
    let dir = mnt.parent().unwrap().to_path_buf();
    write(
        &dir,
        "plan.yaml",
        tirkeme::forms::FormId::AnnualPlan.example(tirkeme::locale::Lang::Ky),
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
    for i in 0..2001 {
        yaml += &format!("  - name: Окутуучу {i}\n");
    }
    let (code, err) = check(&dir, "rows.yaml", yaml.as_bytes());
    assert_eq!(code, Some(1));
    assert!(err.contains("2000"), "{err}");
    assert!(err.contains("rows.yaml:4:"), "points at the list: {err}");
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
    .replace("country: KG}", "country: NO}\nfunding: host");
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
    // 1 MB of words with Latin letters inside Cyrillic ones, on 100 lines.
    let line = format!("    - {}\n", "жaeopcx ".repeat(1_000));
    let yaml = report_example().replace(
        "  new_lectures: [Булуттагы эсептөөлөр, Веб-программалоонун негиздери]\n",
        &format!("  new_lectures:\n{}", line.repeat(100)),
    );
    write(&dir, "flood.yaml", &yaml);
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
    assert!(lines[200].contains("99800 more"), "{}", lines[200]);
    assert_eq!(out.status.code(), Some(0), "warnings only");
    let out = run(&dir, &["check", "flood.yaml"]);
    assert!(stdout(&out).len() < 100_000, "{} bytes", stdout(&out).len());
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
