//! Typst's own errors and warnings, shown like findings: the template's
//! file, line and column, an excerpt with the place underlined, the calls
//! that led there, in the user's language. A template broken on purpose
//! reaches the engine through the hidden `dev-typst --templates DIR`.

use crate::common::*;

/// Compiles `template` as the application's template with data `{"x": "hi"}`.
fn dev(dir: &std::path::Path, template: &str, ui: &str) -> std::process::Output {
    std::fs::create_dir_all(dir.join("tpl")).unwrap();
    write(&dir.join("tpl"), "application.typ", template);
    write(dir, "data.json", r#"{"x": "hi"}"#);
    run(
        dir,
        &[
            "--ui-lang",
            ui,
            "dev-typst",
            "application",
            "data.json",
            "out.pdf",
            "--templates",
            "tpl",
        ],
    )
}

#[test]
fn a_template_error_is_a_finding_at_its_place() {
    let dir = tmp("template-error");
    let o = dev(
        &dir,
        "#let data = json(\"/data.json\")\n#let f(v) = v + 1\n\n#f(data.x)\n",
        "ru",
    );
    assert_eq!(o.status.code(), Some(1));
    assert!(!dir.join("out.pdf").exists());
    let err = stderr(&o);
    assert!(err.starts_with("ошибка[template]: шаблон формы"), "{err}");
    assert!(err.contains("cannot add string and integer"), "{err}");
    // The place: line 2, column 13, underlined; the call on line 4 below it.
    assert!(err.contains("application.typ:2:13"), "{err}");
    assert!(
        err.contains("2 │ #let f(v) = v + 1\n  │             ^^^^^"),
        "{err}"
    );
    assert!(err.contains("application.typ:4:2"), "{err}");
    assert!(err.contains("--------- while calling `f`"), "{err}");
}

#[test]
fn a_template_warning_is_shown_and_the_pdf_made() {
    let dir = tmp("template-warning");
    let o = dev(
        &dir,
        "#let data = json(\"/data.json\")\n#text(font: \"Nope\")[#data.x]\n",
        "ky",
    );
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(dir.join("out.pdf").exists());
    let err = stderr(&o);
    assert!(err.starts_with("эскертүү[template-warning]:"), "{err}");
    assert!(err.contains("unknown font family: nope"), "{err}");
    assert!(err.contains("application.typ:2:13"), "{err}");
}

#[test]
fn an_error_in_a_built_in_template_names_it() {
    // Data without the keys the built-in templates read.
    let dir = tmp("template-built-in");
    write(&dir, "data.json", "{}");
    let o = run(
        &dir,
        &[
            "--ui-lang",
            "en",
            "dev-typst",
            "application",
            "data.json",
            "out.pdf",
        ],
    );
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(err.starts_with("error[template]:"), "{err}");
    assert!(err.contains("dictionary does not contain key"), "{err}");
    assert!(err.contains("┌─ forms/lib.typ:"), "{err}");
    // The call from the application's own template, with its line.
    assert!(err.contains("┌─ forms/application.typ:"), "{err}");
}

#[test]
fn the_built_in_forms_give_no_template_warnings() {
    // A warning is shown, never dropped: the forms as shipped give none.
    let dir = tmp("template-demo");
    let o = run(&dir, &["--ui-lang", "en", "demo", "-o", "out"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let err = stderr(&o);
    assert!(!err.contains("[template"), "{err}");
}
