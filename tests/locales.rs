//! The words: every `.ftl` file parses, Kyrgyz and Russian (and English for
//! the tool) hold the same messages, and every message the code asks for
//! exists — a missing one would print its id to a secretary.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::BTreeSet;
use std::path::Path;

use fluent_bundle::FluentResource;
use tirkeme::locale::SOURCES;

fn ids(src: &str) -> BTreeSet<String> {
    let res = FluentResource::try_new(src.to_owned())
        .unwrap_or_else(|(_, e)| panic!("ftl errors: {e:?}"));
    res.entries()
        .filter_map(|e| match e {
            fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_owned()),
            _ => None,
        })
        .collect()
}

fn file(path: &str) -> BTreeSet<String> {
    ids(SOURCES.iter().find(|(p, _)| *p == path).unwrap().1)
}

#[test]
fn languages_hold_the_same_messages() {
    assert_eq!(file("locales/ky/forms.ftl"), file("locales/ru/forms.ftl"));
    assert_eq!(file("locales/ky/tool.ftl"), file("locales/ru/tool.ftl"));
    assert_eq!(file("locales/ky/tool.ftl"), file("locales/en/tool.ftl"));
}

/// Message ids written literally in the code: `Msg::new("x")`, `say(ui, "x"`, `v.t("x")`, ...
fn used_ids() -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    let mut stack = vec![Path::new(env!("CARGO_MANIFEST_DIR")).join("src")];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            let text = std::fs::read_to_string(&path).unwrap();
            for pat in [
                "Msg::new(\"",
                "say(ui, \"",
                "v.t(\"",
                "v.ta(\"",
                "self.t(\"",
                "self.ta(\"",
                "tr(ui, \"",
                "tr(lang, \"",
            ] {
                for (i, _) in text.match_indices(pat) {
                    let rest = &text[i + pat.len()..];
                    let id: String = rest.chars().take_while(|c| *c != '"').collect();
                    if !id.is_empty() && !id.contains('{') {
                        found.insert(id);
                    }
                }
            }
        }
    }
    found
}

#[test]
fn every_message_the_code_uses_exists() {
    let ky: BTreeSet<String> = file("locales/ky/forms.ftl")
        .union(&file("locales/ky/tool.ftl"))
        .cloned()
        .collect();
    let used = used_ids();
    assert!(used.len() > 100, "the scan found only {} ids", used.len());
    let missing: Vec<&String> = used.iter().filter(|id| !ky.contains(*id)).collect();
    assert!(
        missing.is_empty(),
        "messages used but not in locales/ky: {missing:?}"
    );
    for rule in tirkeme::finding::rule::ALL {
        assert!(
            ky.contains(&format!("rule-{}", rule.id)),
            "no description of rule `{}`",
            rule.id
        );
    }
}
