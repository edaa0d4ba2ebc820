//! Messages a secretary can act on: the command line's help and usage
//! errors in her language, YAML mistakes explained at their line, numbers,
//! dates and the system's I/O errors in words.

use crate::common::*;

fn with_lang(lang: &str, args: &[&str]) -> std::process::Output {
    tirkeme().env("LANG", lang).args(args).output().unwrap()
}

#[test]
fn help_is_in_the_users_language() {
    let ky = with_lang("ky_KG.UTF-8", &["render", "--help"]);
    assert_eq!(ky.status.code(), Some(0));
    let text = stdout(&ky);
    assert!(text.contains("Колдонуу: tirkeme render"), "{text}");
    assert!(text.contains("баштапкы YAML файл"), "{text}");
    assert!(text.contains("ушул жардамды көрсөтүү"), "{text}");
    for english in [
        "Usage",
        "Options",
        "Print help",
        "[OPTIONS]",
        "possible values",
    ] {
        assert!(!text.contains(english), "English `{english}` in:\n{text}");
    }
    let ru = with_lang("ru_RU.UTF-8", &["--help"]);
    let text = stdout(&ru);
    assert!(
        text.contains("Использование: tirkeme [ПАРАМЕТРЫ] <КОМАНДА>"),
        "{text}"
    );
    assert!(text.contains("Команды:"), "{text}");
    assert!(text.contains("проверить файлы по Положению"), "{text}");
    // `--ui-lang` wins over LANG, for help too.
    let en = with_lang("ru_RU.UTF-8", &["--ui-lang", "en", "check", "--help"]);
    assert!(
        stdout(&en).contains("Usage: tirkeme check"),
        "{}",
        stdout(&en)
    );
}

#[test]
fn usage_errors_are_in_the_users_language() {
    let o = with_lang("ru_RU.UTF-8", &["rendr", "x.yaml"]);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(err.contains("ошибка: нет команды `rendr`"), "{err}");
    assert!(err.contains("`render`"), "{err}");
    assert!(!err.contains("unrecognized"), "{err}");

    let o = with_lang("ky_KG.UTF-8", &["check", "--format", "xml", "x.yaml"]);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(
        err.contains("`xml`") && err.contains("human, json"),
        "{err}"
    );
    assert!(err.contains("туура эмес маани"), "{err}");

    let o = with_lang("ky_KG.UTF-8", &["check"]);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(err.contains("жетишпейт: <ФАЙЛДАР>"), "{err}");
    assert!(err.contains("`tirkeme check --help`"), "{err}");
}

#[test]
fn a_misspelt_form_is_named_with_the_one_meant() {
    for args in [
        &["new", "aplication"][..],
        &["schema", "aplication"],
        &["new", "anual-plan"],
    ] {
        let o = with_lang("ru_RU.UTF-8", args);
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        let err = stderr(&o);
        let meant = if args[1] == "anual-plan" {
            "`annual-plan`"
        } else {
            "`application`"
        };
        assert!(err.contains("возможно, имелась в виду"), "{args:?}: {err}");
        assert!(err.contains(meant), "{args:?}: {err}");
    }
    // Nothing close: the list alone.
    let err = stderr(&with_lang("ky_KG.UTF-8", &["new", "zzzz"]));
    assert!(err.contains("формалар: perspective-plan"), "{err}");
    assert!(!err.contains("деп жазгыңыз келдиби"), "{err}");
}

#[test]
fn a_usage_error_on_a_full_stderr_exits_2_without_a_panic() {
    let full = std::fs::OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .unwrap();
    let o = tirkeme()
        .args(["check", "--bogus"])
        .stderr(full)
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn the_version_is_printed_on_its_own_line() {
    let o = with_lang("C", &["--version"]);
    assert_eq!(o.status.code(), Some(0));
    // Built in the repository, the version names the commit and its date
    // (`0.1.0 (abc1234 2026-12-06)`), to tell one build from another.
    let commit = std::process::Command::new("git")
        .args(["log", "-1", "--format=%h %cs"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .ok()
        .filter(|o| o.status.success())
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_owned());
    let version = match commit {
        Some(c) => format!("{} ({c})", env!("CARGO_PKG_VERSION")),
        None => env!("CARGO_PKG_VERSION").to_owned(),
    };
    assert_eq!(stdout(&o), format!("tirkeme {version}\n"));
}

/// Each YAML mistake of a secretary, with what she typed.
const MISTAKES: &[(&str, &str)] = &[
    (
        "tab",
        "form: application\nlang: ky\napplicant:\n\tname: Асанов Бакыт\n",
    ),
    (
        "indentation",
        "form: application\nlang: ky\napplicant:\n  name: Асанов Бакыт\n   department: Информатика\n",
    ),
    (
        "duplicate-key",
        "form: application\nlang: ky\nhours: 72\nkind: course\nhours: 80\n",
    ),
    (
        "two-documents",
        "form: application\nlang: ky\n---\nform: report\nlang: ky\n",
    ),
    ("no-space", "form: application\nlang:ky\nkind: course\n"),
    (
        "colon-in-value",
        "form: application\nlang: ky\ndirection: Программалоо: Python негиздери\n",
    ),
    (
        "unclosed-quote",
        "form: application\nlang: ky\ndirection: \"Программалоо\nkind: course\n",
    ),
    (
        "nbsp",
        "form: application\nlang: ky\napplicant:\n\u{a0}\u{a0}name: Асанов Бакыт\n",
    ),
    (
        "no-space-nested",
        "form: application\nlang: ky\nkind: course\napplicant:\n  name:Асанов Бакыт\n",
    ),
];

/// `check`'s human output for every mistake, in one language.
fn mistakes(ui: &str) -> String {
    let dir = tmp("syntax");
    let mut all = String::new();
    for (name, text) in MISTAKES {
        let file = format!("{name}.yaml");
        write(&dir, &file, text);
        let out = run(&dir, &["--ui-lang", ui, "check", &file]);
        assert_eq!(out.status.code(), Some(1), "{name}");
        let text = stdout(&out);
        // Never the parser's English.
        for english in [
            "mapping values",
            "DuplicateKeyPolicy",
            "budget",
            "scanning",
            "found a tab",
        ] {
            assert!(!text.contains(english), "{name}: {text}");
        }
        all += &format!("### {name}\n{text}\n");
    }
    all
}

#[test]
fn yaml_mistakes_in_kyrgyz() {
    snapshot("syntax.ky", &mistakes("ky"));
}

#[test]
fn yaml_mistakes_in_russian() {
    snapshot("syntax.ru", &mistakes("ru"));
}

#[test]
fn yaml_mistakes_are_at_their_line() {
    let dir = tmp("syntax-lines");
    for (name, text, line) in [
        ("tab", MISTAKES[0].1, 4),
        ("indentation", MISTAKES[1].1, 5),
        ("duplicate-key", MISTAKES[2].1, 5),
        ("two-documents", MISTAKES[3].1, 3),
        ("no-space", MISTAKES[4].1, 2),
        ("colon-in-value", MISTAKES[5].1, 3),
        ("unclosed-quote", MISTAKES[6].1, 3),
        ("nbsp", MISTAKES[7].1, 4),
        ("no-space-nested", MISTAKES[8].1, 5),
    ] {
        let file = format!("{name}.yaml");
        write(&dir, &file, text);
        let out = run(&dir, &["check", "--format", "json", &file]);
        let first = stdout(&out);
        let v: serde_json::Value = serde_json::from_str(first.lines().next().unwrap()).unwrap();
        assert_eq!(v["line"], line, "{name}: {v}");
        assert_eq!(v["rule"], "syntax", "{name}: {v}");
        assert_eq!(v["clause"], "—", "{name}: {v}");
    }
    // The duplicate key names both lines.
    let out = run(&dir, &["check", "duplicate-key.yaml"]);
    let text = stdout(&out);
    assert!(text.contains("duplicate-key.yaml:5:1"), "{text}");
    assert!(text.contains("duplicate-key.yaml:3:1"), "{text}");
    assert!(text.contains("first on line 3"), "{text}");
    assert!(text.contains("----- first written here"), "{text}");
    let out = run(&dir, &["check", "--format", "json", "duplicate-key.yaml"]);
    let v: serde_json::Value = serde_json::from_str(stdout(&out).trim()).unwrap();
    assert_eq!(
        v["labels"],
        serde_json::json!([{"line": 3, "column": 1, "message": "first written here"}]),
        "{v}"
    );
}

#[test]
fn a_period_that_ends_before_it_starts_shows_both_dates() {
    let dir = tmp("order");
    write(
        &dir,
        "a.yaml",
        "form: application\nlang: ky\napplicant: Асанов Бакыт\nkind: course\nhours: 72\nstart: 2025-11-10\nend: 2025-11-03\n",
    );
    let out = run(&dir, &["--ui-lang", "ky", "check", "a.yaml"]);
    let text = stdout(&out);
    assert!(text.contains("a.yaml:7:6"), "{text}");
    assert!(text.contains("a.yaml:6:8"), "{text}");
    assert!(text.contains("6 │ start: 2025-11-10"), "{text}");
    assert!(text.contains("---------- башталыш датасы"), "{text}");
    let out = run(&dir, &["check", "--format", "json", "a.yaml"]);
    let v: serde_json::Value = serde_json::from_str(stdout(&out).trim()).unwrap();
    assert_eq!(
        (v["line"].as_u64(), v["rule"].as_str()),
        (Some(7), Some("dates")),
        "{v}"
    );
    assert_eq!(
        v["labels"],
        serde_json::json!([{"line": 6, "column": 8, "message": "the start date"}]),
        "{v}"
    );
}

#[test]
fn numbers_and_dates_say_what_is_wrong() {
    let dir = tmp("numbers");
    write(
        &dir,
        "a.yaml",
        "form: application\nlang: ky\napplicant: Асанов Бакыт\nkind: course\nhours: 200000\nstart: 2026-02-30\nend: 03.11.2025\n",
    );
    write(
        &dir,
        "b.yaml",
        "form: application\nlang: ky\napplicant: Асанов Бакыт\nkind: course\nhours: 72 саат\n",
    );
    let en = stdout(&run(&dir, &["check", "a.yaml", "b.yaml"]));
    assert!(en.contains("`200000` is too large: at most 100000"), "{en}");
    assert!(en.contains("February 2026 has no day 30"), "{en}");
    assert!(
        en.contains("write dates as year-month-day: `2025-11-03`"),
        "{en}"
    );
    assert!(en.contains("write the number only: `hours: 72`"), "{en}");
    assert!(!en.contains("found a whole number"), "{en}");
    let ky = stdout(&run(
        &dir,
        &["--ui-lang", "ky", "check", "a.yaml", "b.yaml"],
    ));
    assert!(ky.contains("2026-жылдын февраль айында 30-күн жок"), "{ky}");
    assert!(ky.contains("санды гана жазыңыз: `hours: 72`"), "{ky}");
    let ru = stdout(&run(&dir, &["--ui-lang", "ru", "check", "a.yaml"]));
    assert!(ru.contains("в феврале 2026 года нет 30-го числа"), "{ru}");
    assert!(ru.contains("не более 100000"), "{ru}");
}

/// A command that stops says why once, on one line, whichever command it
/// is: the error is made where it is found and said where the command ends.
#[test]
fn a_missing_input_is_said_once_by_every_command() {
    let dir = tmp("said-once");
    for args in [
        &["render", "nope.yaml"][..],
        &["extract", "nope.pdf"],
        &["status", "nope.yaml"],
        &["draft", "annual-plan", "nope.yaml", "--year", "2026-2027"],
        &["package", "nope.yaml", "-o", "out"],
    ] {
        let o = run(&dir, &[&["--ui-lang", "en"][..], args].concat());
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        let err = stderr(&o);
        let file = args.iter().find(|a| a.starts_with("nope")).unwrap();
        assert_eq!(
            err.trim(),
            format!("cannot read {file}: there is no such file or folder"),
            "{args:?}"
        );
    }
}

#[test]
fn system_errors_are_in_the_users_language() {
    let dir = tmp("os");
    std::fs::create_dir(dir.join("folder.yaml")).unwrap();
    let o = run(&dir, &["--ui-lang", "ky", "check", "nope.yaml"]);
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(
        stderr(&o).trim(),
        "nope.yaml окулган жок: мындай файл же папка жок"
    );
    let o = run(&dir, &["--ui-lang", "ru", "render", "folder.yaml"]);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(err.contains("это папка, а не файл"), "{err}");
    assert!(
        !err.contains("os error") && !err.contains("is a folder"),
        "{err}"
    );
}

#[test]
fn files_notepad_saved_as_txt_are_named() {
    let dir = tmp("yamltxt");
    std::fs::create_dir(dir.join("in")).unwrap();
    let example = stdout(&run(&dir, &["new", "application"]));
    write(&dir, "in/арыз.yaml.txt", &example);
    // A folder with only a .yaml.txt: named, with the rename, never "0 files checked".
    let o = run(&dir, &["--ui-lang", "ky", "check", "in"]);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(err.contains("in/арыз.yaml.txt окулбайт"), "{err}");
    assert!(err.contains("атын in/арыз.yaml деп өзгөртүңүз"), "{err}");
    // The name without .txt, as Explorer shows it.
    let o = run(&dir, &["--ui-lang", "ru", "render", "in/арыз.yaml"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("но есть in/арыз.yaml.txt"),
        "{}",
        stderr(&o)
    );
    // Named on the command line, it is read, with a note, into арыз.ky.pdf.
    let o = run(&dir, &["render", "in/арыз.yaml.txt"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("rename it to in/арыз.yaml"),
        "{}",
        stderr(&o)
    );
    assert!(dir.join("in/арыз.ky.pdf").exists());
}

/// Grey pixels of page 1 of a PDF at 30 dpi.
fn page_pixels(pdf: &std::path::Path) -> Vec<u8> {
    let stem = pdf.with_extension("");
    let ok = std::process::Command::new("pdftoppm")
        .args([
            "-png",
            "-gray",
            "-r",
            "30",
            "-f",
            "1",
            "-l",
            "1",
            "-singlefile",
        ])
        .arg(pdf)
        .arg(&stem)
        .status()
        .unwrap();
    assert!(ok.success());
    let file = std::fs::File::open(stem.with_extension("png")).unwrap();
    let mut reader = png::Decoder::new(std::io::BufReader::new(file))
        .read_info()
        .unwrap();
    let mut buf = vec![0; reader.output_buffer_size().unwrap()];
    let info = reader.next_frame(&mut buf).unwrap();
    buf.truncate(info.buffer_size());
    buf
}

fn pdf_meta(pdf: &std::path::Path) -> String {
    let o = std::process::Command::new("pdfinfo")
        .arg("-meta")
        .arg(pdf)
        .output()
        .unwrap();
    let info = std::process::Command::new("pdfinfo")
        .arg(pdf)
        .output()
        .unwrap();
    String::from_utf8_lossy(&o.stdout).into_owned() + &String::from_utf8_lossy(&info.stdout)
}

#[test]
fn a_draft_prints_a_form_that_breaks_a_rule_marked_on_every_page() {
    let dir = tmp("draft");
    let example = stdout(&run(&dir, &["new", "application", "--lang", "ru"]));
    write(&dir, "ok.yaml", &example);
    let short = example
        .lines()
        .map(|l| {
            if l.starts_with("hours:") {
                "hours: 36"
            } else {
                l
            }
        })
        .collect::<Vec<_>>()
        .join("\n");
    write(&dir, "short.yaml", &short);
    // Refused without --draft ...
    let o = run(&dir, &["--ui-lang", "ru", "render", "short.yaml"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(!dir.join("short.ru.pdf").exists());
    // ... printed with it: exit 0, the finding still shown, the draft said.
    let o = run(
        &dir,
        &["--ui-lang", "ru", "render", "--draft", "short.yaml"],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let err = stderr(&o);
    assert!(err.contains("course-hours"), "{err}");
    assert!(err.contains("напечатан как ПРОЕКТ"), "{err}");
    let draft = dir.join("short.ru.pdf");
    let meta = pdf_meta(&draft);
    assert!(meta.contains("Title:           ПРОЕКТ: "), "{meta}");
    assert!(meta.contains("draft, ПРОЕКТ"), "{meta}");
    assert!(!meta.contains("pdfaid"), "a draft is never PDF/A: {meta}");
    // The mark is on the page: a draft of a valid form differs from it.
    assert_eq!(
        run(&dir, &["render", "ok.yaml", "-o", "ok.pdf"])
            .status
            .code(),
        Some(0)
    );
    assert_eq!(
        run(&dir, &["render", "--draft", "ok.yaml", "-o", "okd.pdf"])
            .status
            .code(),
        Some(0)
    );
    let (a, b) = (
        page_pixels(&dir.join("ok.pdf")),
        page_pixels(&dir.join("okd.pdf")),
    );
    assert_eq!(a.len(), b.len());
    let marked = a
        .iter()
        .zip(&b)
        .filter(|(x, y)| x.abs_diff(**y) > 12)
        .count();
    assert!(
        marked * 100 > a.len(),
        "only {marked} of {} pixels marked",
        a.len()
    );
    // A file that is not a form at all is still refused.
    write(&dir, "bad.yaml", "form: nothing\n");
    assert_eq!(
        run(&dir, &["render", "--draft", "bad.yaml"]).status.code(),
        Some(1)
    );
}

#[test]
fn package_carries_the_dean_and_names_whom_it_skipped() {
    let dir = tmp("package");
    let plan = stdout(&run(&dir, &["new", "annual-plan"]));
    // The third teacher goes on a creative leave: no application.
    let plan = plan.replacen("kind: retraining ", "kind: creative-leave", 1);
    // A row's gender goes into its application.
    let plan = plan.replacen(
        "  - name: Асанов Бакыт Жумабекович\n",
        "  - name: Асанов Бакыт Жумабекович\n    gender: m\n",
        1,
    );
    write(&dir, "plan.yaml", &plan);
    let o = run(
        &dir,
        &["--ui-lang", "ru", "package", "plan.yaml", "-o", "out"],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let err = stderr(&o);
    assert!(err.contains("создано заявлений: 3"), "{err}");
    assert!(
        err.contains("заявление не создано (план никуда их не направляет): Нурлан Тургунбек уулу"),
        "{err}"
    );
    let app =
        std::fs::read_to_string(dir.join("out/plan-01-Асанов_Бакыт_Жумабекович.yaml")).unwrap();
    assert!(app.contains("  dean: Нурлан Тургунбек уулу\n"), "{app}");
    assert!(app.contains("  gender: m\n"), "{app}");
    let text = pdf_text(
        &dir.join("out/plan-01-Асанов_Бакыт_Жумабекович.ky.pdf"),
        None,
    );
    assert!(text.contains("Тургунбек уулу"), "{text}");
}

/// Without ANSI escape sequences.
fn plain(text: &str) -> String {
    let mut out = String::new();
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\u{1b}' {
            if chars.peek() == Some(&'[') {
                chars.next();
                for c in chars.by_ref() {
                    if c.is_ascii_alphabetic() {
                        break;
                    }
                }
            }
        } else {
            out.push(c);
        }
    }
    out
}

#[test]
fn batch_names_its_failures_and_the_bar_never_shares_a_line() {
    let dir = tmp("batchbar");
    std::fs::create_dir(dir.join("in")).unwrap();
    let example = stdout(&run(&dir, &["new", "application"]));
    for i in 1..=4 {
        write(&dir, &format!("in/a{i}.yaml"), &example);
    }
    write(&dir, "in/bad.yaml", "form: report\n\tx: 1\n");
    // Without a terminal: the summary names the failed file.
    let o = run(&dir, &["batch", "in", "-o", "out"]);
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(
        err.contains("4 rendered (0 with warnings), 1 failed"),
        "{err}"
    );
    assert!(err.contains("not made, see above: in/bad.yaml"), "{err}");
    // On a terminal (`script` gives one): the bar is drawn, and cleared
    // before every message, never on the message's line.
    let bin = env!("CARGO_BIN_EXE_tirkeme");
    let Ok(o) = std::process::Command::new("script")
        .current_dir(&dir)
        .env("LANG", "C")
        .args(["-qec", &format!("{bin} batch in -o out2 -j 1"), "/dev/null"])
        .output()
    else {
        panic!("`script` (util-linux) is needed to test the progress bar");
    };
    let raw = String::from_utf8_lossy(&o.stdout).into_owned();
    assert!(raw.contains("] 5/5"), "no progress bar: {raw:?}");
    for segment in raw.split(['\r', '\n']).map(plain) {
        if segment.contains("not rendered") || segment.contains("not made") {
            assert!(
                !segment.contains("/5"),
                "bar and message share a line: {segment:?}"
            );
        }
    }
    assert!(
        plain(&raw).contains("not made, see above: in/bad.yaml"),
        "{raw:?}"
    );
}

#[test]
fn the_system_language_is_used_where_lang_is_unset() {
    // Where LC_ALL, LC_MESSAGES and LANG are unset (as on Windows), the
    // system's language decides (sys-locale; on Linux it reads LANGUAGE).
    let o = tirkeme()
        .env_remove("LANG")
        .env("LANGUAGE", "ru_RU")
        .args(["check", "nope.yaml"])
        .output()
        .unwrap();
    assert!(
        stderr(&o).contains("такого файла или папки нет"),
        "{}",
        stderr(&o)
    );
    // LANG, when set, wins.
    let o = tirkeme()
        .env("LANG", "ky_KG.UTF-8")
        .env("LANGUAGE", "ru_RU")
        .args(["check", "nope.yaml"])
        .output()
        .unwrap();
    assert!(
        stderr(&o).contains("мындай файл же папка жок"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn limits_are_named_in_words() {
    let dir = tmp("limits");
    let deep = format!("a: {}1{}\n", "[".repeat(40), "]".repeat(40));
    write(&dir, "deep.yaml", &deep);
    let mut bomb = String::from("a: &a [1,2,3,4,5,6,7,8,9,10]\n");
    for i in 1..12 {
        let prev = if i == 1 {
            "a".to_owned()
        } else {
            format!("a{}", i - 1)
        };
        bomb += &format!("a{i}: &a{i} [{}]\n", vec![format!("*{prev}"); 10].join(","));
    }
    write(&dir, "bomb.yaml", &bomb);
    let out = stdout(&run(
        &dir,
        &["--ui-lang", "ru", "check", "deep.yaml", "bomb.yaml"],
    ));
    assert!(out.contains("вложенность глубже 32 уровней"), "{out}");
    assert!(
        out.contains("ссылки (`&имя`, `*имя`) раскрываются слишком сильно"),
        "{out}"
    );
    for english in ["budget", "Depth", "breached", "exceeded"] {
        assert!(!out.contains(english), "{out}");
    }
}
