//! What a secretary reads: the human output of `check` for typical mistakes,
//! in Kyrgyz and Russian, kept as snapshots in `tests/snapshots/`.
//! `SNAPSHOTS=overwrite cargo test --test suite snapshots` accepts new output;
//! a mismatch leaves the new text beside the snapshot as `*.new`.

use crate::common::*;

const MISTAKES: &str = "form: annual-plan
year: 2025-2026
departmnet: Информатика
teachers:
  - name: Асанов Бакыт Жумабекович
    last_courses: [2018]
    kind: course
    hours: 36
  - name: Тγркγн Aсан
    kind: internship
    institution: ТалМУ
    start: 2025-11-03
    end: 2025-11-10
    country: TR
    funding: budget
";

const CERTIFICATE: &str = "form: internship-certificate
teacher: Асанов Бакыт
start: 2025-11-03
end: 2025-11-16
hours: 72
submitted: 2025-12-10
";

fn human(ui: &str, file: &str, text: &str) -> String {
    let dir = tmp("snap");
    write(&dir, file, text);
    let out = run(&dir, &["--ui-lang", ui, "check", file]);
    assert!(out.status.code().is_some());
    // `check`'s findings are its output.
    assert_eq!(stderr(&out), "");
    stdout(&out)
}

#[test]
fn typical_mistakes_in_kyrgyz() {
    snapshot("plan.ky", &human("ky", "plan.yaml", MISTAKES));
    snapshot(
        "certificate.ky",
        &human("ky", "certificate.yaml", CERTIFICATE),
    );
}

#[test]
fn typical_mistakes_in_russian() {
    snapshot("plan.ru", &human("ru", "plan.yaml", MISTAKES));
    snapshot(
        "certificate.ru",
        &human("ru", "certificate.yaml", CERTIFICATE),
    );
}
