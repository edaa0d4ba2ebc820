//! Messages a secretary can act on: the command line's help and usage
//! errors in her language, YAML mistakes explained at their line, numbers,
//! dates and the system's I/O errors in words.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::*;

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
fn the_version_is_printed_on_its_own_line() {
    let o = with_lang("C", &["--version"]);
    assert_eq!(o.status.code(), Some(0));
    assert_eq!(
        stdout(&o),
        format!("tirkeme {}\n", env!("CARGO_PKG_VERSION"))
    );
}
