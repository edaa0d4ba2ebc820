//! A department's whole package in one run: `batch` over folders, and
//! `package` from an annual plan.

use crate::common::*;
use std::process::Command;
use tirkeme::forms::FormId;
use tirkeme::locale::Lang;

fn pdfs(dir: &std::path::Path) -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".pdf"))
        .collect();
    v.sort();
    v
}

#[test]
fn a_thousand_inputs_with_one_broken() {
    let dir = tmp("thousand");
    let inputs = dir.join("in");
    std::fs::create_dir_all(inputs.join("sub")).unwrap();
    let app = FormId::from_id("application").unwrap().example(Lang::Ky);
    for i in 0..1000 {
        let sub = if i % 2 == 0 { "" } else { "sub/" };
        let text = if i == 500 {
            app.replace("2025-11-16", "2025-11-05")
        } else {
            app.replace("Асанов", &format!("Асанов{i}"))
        };
        std::fs::write(inputs.join(format!("{sub}app{i:04}.yaml")), text).unwrap();
    }
    std::fs::write(inputs.join("notes.txt"), "not an input").unwrap();
    let out = run(&dir, &["batch", "in", "-o", "out", "--jobs", "2"]);
    assert_eq!(out.status.code(), Some(1), "one input failed");
    let err = stderr(&out);
    assert!(
        err.contains("app0500.yaml") && err.contains("internship-length"),
        "the broken input's findings"
    );
    assert!(
        err.contains("999 rendered (0 with warnings), 1 failed"),
        "summary: {}",
        err.lines().last().unwrap_or("")
    );
    let written = pdfs(&dir.join("out"));
    assert_eq!(written.len(), 999);
    assert!(
        written.contains(&"app0001.ky.pdf".to_owned())
            && !written.contains(&"app0500.ky.pdf".to_owned())
    );
    assert!(pdf_text(&dir.join("out/app0999.ky.pdf"), None).contains("Асанов999"));
}

#[test]
fn same_names_in_two_folders_never_overwrite() {
    let dir = tmp("dupes");
    for sub in ["a", "b"] {
        std::fs::create_dir_all(dir.join(sub)).unwrap();
        let text = FormId::from_id("application")
            .unwrap()
            .example(Lang::Ru)
            .replace("Асанов", &format!("Асанов-{sub}"));
        std::fs::write(dir.join(sub).join("заявление.yaml"), text).unwrap();
    }
    let out = run(&dir, &["batch", "a", "b", "-o", "out"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(
        pdfs(&dir.join("out")),
        vec!["заявление-2.ru.pdf", "заявление.ru.pdf"]
    );
    assert!(
        stderr(&out).contains("b/заявление.yaml"),
        "the clash is reported"
    );
}

#[test]
fn odd_file_names_become_safe_output_names() {
    let dir = tmp("names");
    std::fs::create_dir_all(dir.join("in")).unwrap();
    let app = FormId::from_id("application").unwrap().example(Lang::Ky);
    for name in [
        "-rf.yaml",
        "a b \"c\" 'd'.yaml",
        "Асанов Б.Ж..yaml",
        "..yaml",
    ] {
        std::fs::write(dir.join("in").join(name), app).unwrap();
    }
    let out = run(&dir, &["batch", "in", "-o", "out"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let names = pdfs(&dir.join("out"));
    assert_eq!(names.len(), 4, "{names:?}");
    for n in &names {
        assert!(
            !n.starts_with('-') && !n.starts_with('.') && !n.contains(' ') && !n.contains('"'),
            "{n}"
        );
    }
    assert!(
        names.contains(&"Асанов_Б.Ж.ky.pdf".to_owned())
            || names.iter().any(|n| n.starts_with("Асанов_Б.Ж")),
        "{names:?}"
    );
}

#[test]
fn package_makes_the_plan_and_every_application() {
    let dir = tmp("package");
    let mut yaml = String::from(
        "form: annual-plan\nlang: ky\nyear: 2025-2026\nfaculty: Табигый илимдер\ndepartment: Информатика\nrector: Шаршембиев Жаныбек Сейитбекович\nhead: Токтогулова Айжан Мирлан кызы\nteachers:\n",
    );
    let kinds = [
        "course",
        "internship",
        "retraining",
        "seminar",
        "conference",
        "postgraduate",
    ];
    for i in 0..60 {
        let kind = kinds[i % kinds.len()];
        let hours = if kind == "retraining" { 260 } else { 72 };
        yaml += &format!(
            "  - name: Асанов{i} Бакыт Жумабекович\n    position: доцент\n    subject: Программалоо\n    last_courses: [2022]\n    kind: {kind}\n    direction: Багыт {i}\n    start: 2025-11-03\n    end: 2025-11-16\n    hours: {hours}\n    institution: Кыргыз улуттук университети\n    mode: {}\n",
            if i % 2 == 0 { "release" } else { "no-release" }
        );
    }
    write(&dir, "plan.yaml", &yaml);
    let out = run(&dir, &["package", "plan.yaml", "-o", "out"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let names = pdfs(&dir.join("out"));
    // The plan, and 50 applications: every row but the postgraduate ones.
    assert_eq!(names.len(), 51, "{names:?}");
    assert!(names.contains(&"plan.ky.pdf".to_owned()));
    let first = dir
        .join("out")
        .join(names.iter().find(|n| n.starts_with("plan-01-")).unwrap());
    let text = pdf_text(&first, None);
    for e in [
        "БИЛДИРҮҮ",
        "Ж.С. Шаршембиевге",
        "Информатика кафедрасынын",
        "доценти",
        "Б.Ж. Асанов0",
        "квалификацияны жогорулатуу курстарына",
        "Кабыл алуучу мекеме: Кыргыз улуттук университети.",
        "«Багыт 0»",
        "2025-жылдын 3-ноябрынан 16-ноябрына чейин",
        "окуу процессинен тыныгуу менен",
        "А.М. Токтогулова",
    ] {
        assert!(text.contains(e), "«{e}» missing: {text}");
    }
    let second = dir
        .join("out")
        .join(names.iter().find(|n| n.starts_with("plan-02-")).unwrap());
    let text = pdf_text(&second, None);
    assert!(
        text.contains("стажировкага") && text.contains("тыныгуусуз"),
        "{text}"
    );
    assert!(
        !names.iter().any(|n| n.starts_with("plan-06-")),
        "postgraduate sends nobody away"
    );
    // The applications' YAML is kept, to edit and render again.
    assert!(
        dir.join("out")
            .join(
                first
                    .file_name()
                    .unwrap()
                    .to_string_lossy()
                    .replace(".ky.pdf", ".yaml")
            )
            .exists()
    );
}

#[test]
fn a_killed_batch_leaves_only_whole_pdfs() {
    let dir = tmp("kill");
    std::fs::create_dir_all(dir.join("in")).unwrap();
    let plan = FormId::from_id("annual-plan").unwrap().example(Lang::Ru);
    for i in 0..400 {
        std::fs::write(dir.join("in").join(format!("p{i:03}.yaml")), plan).unwrap();
    }
    let mut child = tirkeme()
        .current_dir(&dir)
        .args(["batch", "in", "-o", "out"])
        .spawn()
        .unwrap();
    // Kill it once some, but not all, PDFs are out.
    let out = dir.join("out");
    let start = std::time::Instant::now();
    while start.elapsed() < std::time::Duration::from_secs(60) {
        if out.exists() && pdfs(&out).len() >= 20 {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    child.kill().unwrap(); // SIGKILL
    let _ = child.wait();
    let written = pdfs(&out);
    assert!(
        !written.is_empty() && written.len() < 400,
        "killed with {} PDFs out",
        written.len()
    );
    for name in written {
        let check = Command::new("qpdf")
            .arg("--check")
            .arg(out.join(&name))
            .output()
            .unwrap();
        assert!(check.status.success(), "{name} is broken");
    }
}

#[test]
fn check_takes_folders_and_reports_every_file() {
    let dir = tmp("checkdir");
    std::fs::create_dir_all(dir.join("in/sub")).unwrap();
    std::fs::write(
        dir.join("in/good.yaml"),
        FormId::from_id("report").unwrap().example(Lang::Ru),
    )
    .unwrap();
    std::fs::write(
        dir.join("in/sub/bad.yml"),
        "form: report\nteacher: Асанов\n",
    )
    .unwrap();
    let out = run(&dir, &["check", "--format", "json", "in"]);
    assert_eq!(out.status.code(), Some(1));
    let text = stdout(&out);
    assert!(text.lines().all(|l| l.contains("sub/bad.yml")), "{text}");
    assert!(text.contains("\"rule\":\"certificate\""), "{text}");
}

#[test]
fn package_writes_the_plan_s_text_as_it_reads() {
    // Text YAML would read otherwise if written bare: a date and a colon,
    // a comment sign, a leading dash, `true`, quotes.
    let dir = tmp("package-text");
    let direction = "2025-11-03: Python #1 true";
    let institution = "- \"Ала-Тоо\" yes";
    let yaml = format!(
        "form: annual-plan\nlang: ky\nyear: 2025-2026\ndepartment: 'no'\nteachers:\n  - name: Асанов Бакыт Жумабекович\n    last_courses: [2022]\n    kind: seminar\n    direction: '{direction}'\n    institution: '{institution}'\n    start: 2025-11-03\n    end: 2025-11-05\n"
    );
    write(&dir, "plan.yaml", &yaml);
    let out = run(&dir, &["package", "plan.yaml", "-o", "out"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let app = dir.join("out/plan-01-Асанов_Бакыт_Жумабекович.yaml");
    let text = std::fs::read_to_string(&app).unwrap();
    let doc = tirkeme::pipeline::check("app.yaml", text.clone().into_bytes(), None);
    assert!(doc.ok(), "{text}\n{:?}", doc.findings);
    let app = doc
        .doc()
        .and_then(|d| d.model::<tirkeme::forms::application::Application>())
        .unwrap();
    assert_eq!(app.direction.as_deref(), Some(direction), "{text}");
    assert_eq!(app.institution.as_deref(), Some(institution), "{text}");
    assert_eq!(app.applicant.department.as_deref(), Some("no"), "{text}");
}

#[test]
fn package_applications_read_back_every_hostile_text() {
    // Each row's direction, institution and position are text YAML would
    // read otherwise if written bare; the application `package` writes must
    // give each back as the plan said it, and read cleanly.
    let hostile = [
        "no",
        "Yes",
        "on",
        "true",
        "null",
        "~",
        "0012345",
        "1.10",
        "0x1F",
        "1:20",
        "2025-11-03",
        "- leading dash",
        "-dash",
        "#1 Python",
        "Python # 1",
        "key: value",
        "ends with colon:",
        "\"Ала-Тоо\" университети",
        "it's",
        "'single'",
        "line 1\nline 2",
        "[x], {y}",
        "&anchor *alias !tag |pipe >gt",
        "@ % `",
        "back\\slash",
        "Маалыматтык технологияларды окутуу методикасы боюнча квалификацияны жогорулатуу курсу, Бишкек шаары",
        "Повышение квалификации: «Методика», 72 ч.",
    ];
    let dir = tmp("package-hostile");
    let q = |s: &str| serde_json::to_string(s).unwrap();
    let mut yaml = String::from(
        "form: annual-plan\nlang: ky\nyear: 2025-2026\ndepartment: \"no\"\nteachers:\n",
    );
    let letters = [
        "А", "Б", "В", "Г", "Д", "Е", "Ж", "З", "И", "К", "Л", "М", "Н", "О",
    ];
    for (i, text) in hostile.iter().enumerate() {
        let name = format!(
            "Асанов {} Бакыт{}",
            letters[i % letters.len()],
            letters[i / letters.len()]
        );
        yaml.push_str(&format!(
            "  - name: {name}\n    kind: seminar\n    direction: {}\n    institution: {}\n    position: {}\n    start: 2025-11-03\n    end: 2025-11-05\n",
            q(text),
            q(text),
            q(text)
        ));
    }
    write(&dir, "plan.yaml", &yaml);
    let out = run(&dir, &["package", "plan.yaml", "-o", "out"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let mut apps: Vec<_> = std::fs::read_dir(dir.join("out"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
        .collect();
    apps.sort();
    assert_eq!(apps.len(), hostile.len());
    for (path, text) in apps.iter().zip(hostile) {
        let yaml = std::fs::read_to_string(path).unwrap();
        let doc = tirkeme::pipeline::check("app.yaml", yaml.clone().into_bytes(), None);
        let app = doc
            .doc()
            .and_then(|d| d.model::<tirkeme::forms::application::Application>())
            .unwrap_or_else(|| panic!("{yaml}\n{:?}", doc.findings));
        assert_eq!(app.direction.as_deref(), Some(text), "{yaml}");
        assert_eq!(app.institution.as_deref(), Some(text), "{yaml}");
        assert_eq!(app.applicant.position.as_deref(), Some(text), "{yaml}");
        assert_eq!(app.applicant.department.as_deref(), Some("no"), "{yaml}");
        // What a YAML 1.1 reader (an editor's highlighting) takes for a
        // boolean or a date is quoted, though ours would read it bare.
        if ["no", "Yes", "on", "2025-11-03"].contains(&text) {
            assert!(
                yaml.contains(&format!("\ndirection: \"{text}\"\n")),
                "{yaml}"
            );
        }
        // Ids and dates bare, as a person writes them.
        assert!(
            yaml.contains("\nform: application\nlang: ky\n")
                && yaml.contains("\nkind: seminar\n")
                && yaml.contains("\nstart: 2025-11-03\nend: 2025-11-05\n"),
            "{yaml}"
        );
    }
}
