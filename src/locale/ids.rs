//! Every message id the code asks for exists — a missing one would print
//! its id to a secretary. The ids written in `src/` are the constants of
//! `locale::id` (made by `build.rs` from the files: a wrong one does not
//! compile); checked here are what the compiler cannot see: the rules' and
//! the fields' descriptions, and every `format!("prefix-{..}")` (an
//! `Id::built`) with the values it can put in, from the library's own lists;
//! and that a form's own words are used by that form's module alone.
//! The files themselves (they parse, the languages hold the same ids) are
//! checked by the suite (`tests/suite/locales.rs`).

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::BTreeSet;
use std::path::Path;

use fluent_bundle::FluentResource;

use super::SOURCES;

/// Every id of a language, over all its files.
fn all(lang: &str) -> BTreeSet<String> {
    SOURCES
        .iter()
        .filter(|(l, _, _)| *l == lang)
        .flat_map(|(_, _, text)| {
            let res = FluentResource::try_new((*text).to_owned())
                .unwrap_or_else(|(_, e)| panic!("ftl errors: {e:?}"));
            res.entries()
                .filter_map(|e| match e {
                    fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_owned()),
                    _ => None,
                })
                .collect::<Vec<_>>()
        })
        .collect()
}

/// The list of which file holds each message, made by `build.rs` from the
/// files' lines, is what Fluent itself reads in them: a message missing
/// from it would print its id.
#[test]
fn the_message_index_is_the_files_own() {
    for (k, (lang, name, text)) in SOURCES.iter().enumerate() {
        let res = FluentResource::try_new((*text).to_owned())
            .unwrap_or_else(|(_, e)| panic!("ftl errors: {e:?}"));
        let read: BTreeSet<&str> = res
            .entries()
            .filter_map(|e| match e {
                fluent_syntax::ast::Entry::Message(m) => Some(m.id.name),
                _ => None,
            })
            .collect();
        let indexed: BTreeSet<&str> = super::IDS
            .iter()
            .filter(|(l, _, f)| l == lang && *f == k)
            .map(|(_, id, _)| *id)
            .collect();
        assert_eq!(read, indexed, "locales/{lang}/{name}");
    }
}

/// Every Rust file under `src/` but this one (which quotes the calls it
/// looks for), as (path, text).
fn rust_sources() -> Vec<(std::path::PathBuf, String)> {
    let mut out = Vec::new();
    let mut stack = vec![Path::new(env!("CARGO_MANIFEST_DIR")).join("src")];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs")
                && !path.ends_with("locale/ids.rs")
            {
                let text = std::fs::read_to_string(&path).unwrap();
                out.push((path, text));
            }
        }
    }
    out
}

/// The ids written in the code are constants (`id::X`), made by `build.rs`
/// from the files, so a missing one does not compile; `Id::built` is only
/// for ids made at run time, never a literal (which would escape both the
/// compiler and [`every_message_the_code_builds_exists`]).
#[test]
fn no_literal_id_escapes_the_constants() {
    let mut found = Vec::new();
    for (path, text) in rust_sources() {
        for pat in ["Id::built(\"", "Id(\""] {
            if text.contains(pat) {
                found.push(format!("{}: {pat}", path.display()));
            }
        }
    }
    assert!(
        found.is_empty(),
        "use the constants of `locale::id`: {found:?}"
    );
}

#[test]
fn every_rule_is_described() {
    let ky = all("ky");
    let ru = all("ru");
    let rules: Vec<_> = crate::forms::every_rule().collect();
    assert!(rules.len() > 30, "only {} rules", rules.len());
    // A rule declared twice (by two forms, or by a form and the shared
    // list) would be listed twice by `tirkeme rules`.
    let ids: BTreeSet<&str> = rules.iter().map(|r| r.id).collect();
    assert_eq!(ids.len(), rules.len(), "a rule id is declared twice");
    for rule in rules {
        assert!(
            ky.contains(&format!("rule-{}", rule.id)),
            "no description of rule `{}`",
            rule.id
        );
        assert!(
            ru.contains(&format!("rule-{}", rule.id)),
            "no Russian description of rule `{}`",
            rule.id
        );
    }
}

#[test]
fn every_field_of_every_form_is_described() {
    // Editors show these from the schema; a missing one would show its id.
    for lang in ["ky", "ru", "en"] {
        let ids = all(lang);
        for (doc, groups) in crate::schema::documents() {
            let mut fields = Vec::new();
            for g in groups {
                crate::fields::walk(g, &mut fields);
            }
            assert!(fields.len() >= 8, "{doc}: only {} fields", fields.len());
            for f in fields {
                assert!(
                    ids.contains(&f.desc_id()),
                    "locales/{lang}: no `{}` for `{}` of {doc}",
                    f.desc_id(),
                    f.key
                );
            }
        }
    }
}

/// Where the code builds an id with `format!`, the values it can put in:
/// each from the library's own list, so a value added there must have its
/// words. A `format!`-built id whose prefix is not here fails the test.
fn formatted_ids(prefix: &str, line: &str) -> Option<Vec<String>> {
    use crate::choices::table;
    let set = |s: &str| -> Vec<String> { table(s).iter().map(|w| w.id.to_owned()).collect() };
    let values: Vec<String> = match prefix {
        "kind-" => set("kind"),
        "mode-" => set("mode"),
        "funding-" => set("funding"),
        "activity-" => set("activity"),
        "certificate-" | "certificate-issued-" => set("certificate"),
        "direction-" => crate::forms::perspective_plan::DIRECTIONS
            .iter()
            .map(|d| (*d).to_owned())
            .collect(),
        "application-kind-" => crate::forms::application::KINDS
            .iter()
            .map(|k| (*k).to_owned())
            .collect(),
        "applied-" => crate::forms::report::APPLIED
            .iter()
            .map(|f| f.key.to_owned())
            .collect(),
        "page-doc-" => crate::schema::documents()
            .iter()
            .map(|(id, _)| (*id).to_owned())
            .collect(),
        "form-" => crate::forms::FormId::ALL
            .iter()
            .map(|f| f.id().to_owned())
            .collect(),
        "rule-" => crate::forms::every_rule()
            .map(|r| r.id.to_owned())
            .collect(),
        "severity-" => vec!["error".into(), "warning".into(), "info".into()],
        "state-" | "standing-state-" => crate::roster::standing::State::ALL
            .iter()
            .map(|s| s.as_str().to_owned())
            .collect(),
        "roster-column-" => crate::roster::import::FIELDS
            .iter()
            .map(|f| (*f).to_owned())
            .collect(),
        "unit-" => ["department", "faculty"]
            .iter()
            .flat_map(|u| {
                ["nominative", "genitive", "instrumental"]
                    .iter()
                    .map(move |c| format!("{u}-{c}"))
            })
            .collect(),
        "month-" => ["line", "text", "from", "to"]
            .iter()
            .flat_map(|f| (1..=12).map(move |m| format!("{f}-{m}")))
            .collect(),
        // Numbered columns: as many as the range on the line (or the one
        // before) says.
        "annual-col-" | "perspective-col-" | "standing-col-" => {
            let n: usize = line
                .split("1..=")
                .nth(1)?
                .chars()
                .take_while(char::is_ascii_digit)
                .collect::<String>()
                .parse()
                .ok()?;
            (1..=n).map(|i| i.to_string()).collect()
        }
        _ => return None,
    };
    Some(values.into_iter().map(|v| format!("{prefix}{v}")).collect())
}

#[test]
fn every_message_the_code_builds_exists() {
    // `v.t(&format!("kind-{k}"))` and the like: deleting `kind-degree` from
    // a locale must fail here, not print `kind-degree` in a PDF.
    let ky = all("ky");
    let ru = all("ru");
    let mut checked = 0;
    for (path, text) in rust_sources() {
        // The help texts' ids are checked by `every_help_text_has_its_message`,
        // the fields' by `every_field_of_every_form_is_described`.
        if path.ends_with("cli/help.rs") {
            continue;
        }
        let lines: Vec<&str> = text.lines().collect();
        for (n, line) in lines.iter().enumerate() {
            // The range of a numbered column may be on the line before.
            let near = lines[n.saturating_sub(1)..=n].concat();
            for (i, _) in line.match_indices("format!(\"") {
                let rest = &line[i + 9..];
                let prefix: String = rest
                    .chars()
                    .take_while(|c| *c != '{' && *c != '"')
                    .collect();
                let is_id = rest[prefix.len()..].starts_with('{')
                    && prefix.ends_with('-')
                    && prefix.chars().all(|c| c.is_ascii_lowercase() || c == '-');
                // File names and field descriptions are not message ids;
                // the page's field labels and choices are checked by
                // `present`'s own tests, over every field of every form.
                if !is_id
                    || ["field-", "annual-plan-", "page-", "page-choice-"]
                        .contains(&prefix.as_str())
                {
                    continue;
                }
                let ids = formatted_ids(&prefix, &near).unwrap_or_else(|| {
                    panic!(
                        "{}: `format!(\"{prefix}{{..}}\")` builds a message id this test \
                         cannot enumerate; add its values to `formatted_ids`",
                        path.display()
                    )
                });
                for id in ids {
                    assert!(
                        ky.contains(&id),
                        "{}: no `{id}` in locales/ky",
                        path.display()
                    );
                    assert!(
                        ru.contains(&id),
                        "{}: no `{id}` in locales/ru",
                        path.display()
                    );
                    checked += 1;
                }
            }
        }
    }
    assert!(checked > 100, "only {checked} built ids checked");
}

/// A form's own words (`forms/<id>.ftl`) are printed by that form alone
/// (`src/forms/<id>.rs`, `-` as `_`): a word another page prints belongs
/// with the shared ones in `forms.ftl`, where a change to it is seen to
/// touch every page that prints it.
#[test]
fn a_forms_own_words_are_its_alone() {
    let sources = rust_sources();
    let mut checked = 0;
    for (_, name, text) in SOURCES
        .iter()
        .filter(|(l, n, _)| *l == "ky" && n.starts_with("forms/"))
    {
        let form = name.trim_start_matches("forms/").trim_end_matches(".ftl");
        let own = format!("forms/{}.rs", form.replace('-', "_"));
        let res = FluentResource::try_new((*text).to_owned()).unwrap();
        for entry in res.entries() {
            let fluent_syntax::ast::Entry::Message(m) = entry else {
                continue;
            };
            let constant = format!("id::{}", m.id.name.to_uppercase().replace('-', "_"));
            for (path, src) in &sources {
                let used = src.match_indices(&constant).any(|(i, _)| {
                    !src[i + constant.len()..]
                        .starts_with(|c: char| c.is_ascii_alphanumeric() || c == '_')
                });
                assert!(
                    !used || path.ends_with(&own),
                    "`{}` of locales/ky/{name} is printed by {} too: move it to forms.ftl",
                    m.id.name,
                    path.display()
                );
            }
            checked += 1;
        }
    }
    assert!(checked > 100, "only {checked} words checked");
}
