//! The documentation names every form of the registry: the lists of forms
//! written out in `docs/` and the README (which a secretary reads, and
//! which cannot be generated from the code) and the sections of
//! `docs/input-format.md` keep up with `FormId::ALL`.

use std::path::Path;

use tirkeme::forms::FormId;

fn read(path: &str) -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(path))
        .unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The Markdown files a user reads: `README.md` and every `docs/*.md`.
fn pages() -> Vec<(String, String)> {
    let mut out = vec![("README.md".to_owned(), read("README.md"))];
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs");
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".md"))
        .collect();
    names.sort();
    for n in names {
        let path = format!("docs/{n}");
        let text = read(&path);
        out.push((path, text));
    }
    assert!(out.len() >= 10, "only {} pages", out.len());
    out
}

/// The forms a piece of text names as `` `id` ``.
fn named(text: &str) -> Vec<&'static str> {
    FormId::ALL
        .iter()
        .map(|f| f.id())
        .filter(|id| text.contains(&format!("`{id}`")))
        .collect()
}

#[test]
fn a_list_of_forms_in_the_docs_names_every_form() {
    // A paragraph (or a table's row) that names three forms or more is a
    // list of the forms: a form added to the registry and missing there
    // is one a secretary is never told she can use.
    let all: Vec<&str> = FormId::ALL.iter().map(|f| f.id()).collect();
    let mut lists = 0;
    for (path, text) in pages() {
        for para in text.split("\n\n") {
            let pieces: Vec<&str> = if para.trim_start().starts_with('|') {
                para.lines().collect()
            } else {
                vec![para]
            };
            for piece in pieces {
                let n = named(piece);
                if n.len() >= 3 {
                    lists += 1;
                    let missing: Vec<&str> =
                        all.iter().copied().filter(|id| !n.contains(id)).collect();
                    assert!(
                        missing.is_empty(),
                        "{path}: a list of the forms without {missing:?}:\n{piece}"
                    );
                }
            }
        }
    }
    // The `form` key of docs/input-format.md and `FORM` of `tirkeme new`
    // in docs/commands.md at least.
    assert!(lists >= 2, "only {lists} lists of the forms found");
}

#[test]
fn input_format_has_a_section_for_every_form() {
    // `## <id> (appendix N)`, or `(not an appendix)`, as the registry says.
    let text = read("docs/input-format.md");
    for f in FormId::ALL {
        let heading = match f.appendix() {
            Some(n) => format!("\n## {} (appendix {n})\n", f.id()),
            None => format!("\n## {} (not an appendix)\n", f.id()),
        };
        assert!(
            text.contains(&heading),
            "docs/input-format.md has no section `{}`",
            heading.trim()
        );
    }
}

#[test]
fn every_rule_has_its_row_in_the_docs() {
    // `docs/rules.md` (and the roster's checks in `docs/roster.md`) is
    // where a secretary reads what a finding means: each rule `tirkeme
    // rules` lists has its row there, `| `id` | severity | clause | …`,
    // with the severity and (for a rule of the regulation) the clause the
    // tool gives it.
    let text = format!("{}\n{}", read("docs/rules.md"), read("docs/roster.md"));
    let rows: Vec<Vec<&str>> = text
        .lines()
        .filter(|l| l.starts_with("| `"))
        .map(|l| l.split('|').map(str::trim).collect())
        .collect();
    let mut checked = 0;
    for rule in tirkeme::forms::every_rule() {
        let id = format!("`{}`", rule.id);
        let row = rows
            .iter()
            .find(|r| r.get(1) == Some(&id.as_str()) && r.len() >= 5)
            .unwrap_or_else(|| panic!("no row for {id} in docs/rules.md or docs/roster.md"));
        assert!(
            row[2].starts_with(rule.severity.as_str()),
            "{id}: the docs say «{}», the tool {}",
            row[2],
            rule.severity.as_str()
        );
        if rule.clause != "—" {
            assert_eq!(row[3], rule.clause, "{id}: the clause in the docs");
        }
        checked += 1;
    }
    assert!(checked > 30, "only {checked} rules");
}
