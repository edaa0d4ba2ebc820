//! The words: every `.ftl` file parses, and Kyrgyz and Russian (and English
//! for the tool) hold the same messages, each id in one file. That every
//! message the code asks for exists (written literally or built from the
//! library's own lists) is checked by the unit tests of `src/locale/ids.rs`.

use std::collections::BTreeSet;
use std::path::Path;

use fluent_bundle::FluentResource;

/// Every `locales/<lang>/*.ftl` and `locales/<lang>/forms/*.ftl` file as
/// `(lang, file name, text)`: what the build embeds (every `.ftl` file of
/// these folders).
fn sources() -> &'static [(&'static str, &'static str, &'static str)] {
    static READ: std::sync::OnceLock<Vec<(&str, &str, &str)>> = std::sync::OnceLock::new();
    READ.get_or_init(|| {
        let mut out = Vec::new();
        for lang in ["ky", "ru", "en"] {
            // A form's own words are in `forms/<id>.ftl`.
            for sub in ["", "forms"] {
                let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
                    .join("locales")
                    .join(lang)
                    .join(sub);
                let Ok(entries) = std::fs::read_dir(dir) else {
                    continue;
                };
                for entry in entries {
                    let path = entry.unwrap().path();
                    if path.extension().and_then(|x| x.to_str()) != Some("ftl") {
                        continue;
                    }
                    let file = path.file_name().unwrap().to_str().unwrap();
                    let name = if sub.is_empty() {
                        file.to_owned()
                    } else {
                        format!("{sub}/{file}")
                    };
                    let text = std::fs::read_to_string(&path).unwrap();
                    out.push((lang, &*name.leak(), &*text.leak()));
                }
            }
        }
        out.sort();
        out
    })
}

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
    let (lang, name) = path
        .strip_prefix("locales/")
        .and_then(|p| p.split_once('/'))
        .unwrap();
    ids(sources()
        .iter()
        .find(|(l, n, _)| *l == lang && *n == name)
        .unwrap_or_else(|| panic!("no {path}"))
        .2)
}

#[test]
fn languages_hold_the_same_messages() {
    // Kyrgyz and Russian have every file; English every file but the
    // printed words of the forms (`forms.ftl`, `forms/<id>.ftl`). A file holds the same ids in
    // every language that has it.
    for (lang, name, _) in sources() {
        for other in ["ky", "ru", "en"] {
            // The printed words of the forms are Kyrgyz and Russian only.
            let printed = *name == "forms.ftl" || name.starts_with("forms/");
            if other == *lang || (other == "en" && printed) {
                continue;
            }
            assert_eq!(
                file(&format!("locales/{lang}/{name}")),
                file(&format!("locales/{other}/{name}")),
                "locales/{lang}/{name} and locales/{other}/{name} differ"
            );
        }
    }
    // An id in two files of one language: Fluent keeps the first loaded and
    // the other text is never shown, whatever its file says.
    for lang in ["ky", "ru", "en"] {
        let mut seen = std::collections::BTreeMap::new();
        for (l, name, text) in sources().iter().filter(|(l, _, _)| *l == lang) {
            for id in ids(text) {
                if let Some(first) = seen.insert(id.clone(), *name) {
                    panic!("locales/{l}: `{id}` is in both {first} and {name}");
                }
            }
        }
    }
    assert!(
        sources().len() >= 5,
        "only {} .ftl files found",
        sources().len()
    );
}

#[test]
fn every_form_has_its_own_words_file() {
    // A form's own words are in `forms/<id>.ftl`, its title (`form-<id>`,
    // for `tirkeme forms` and the web page) among them; a file there that
    // is no form's would hold words nothing prints.
    let forms: BTreeSet<String> = tirkeme::forms::FormId::ALL
        .iter()
        .map(|f| format!("forms/{}.ftl", f.id()))
        .collect();
    for lang in ["ky", "ru"] {
        let files: BTreeSet<String> = sources()
            .iter()
            .filter(|(l, n, _)| *l == lang && n.starts_with("forms/"))
            .map(|(_, n, _)| (*n).to_owned())
            .collect();
        assert_eq!(
            files, forms,
            "locales/{lang}/forms/ and the registry differ"
        );
        for f in tirkeme::forms::FormId::ALL {
            let title = format!("form-{}", f.id());
            assert!(
                file(&format!("locales/{lang}/forms/{}.ftl", f.id())).contains(&title),
                "locales/{lang}/forms/{}.ftl has no `{title}`",
                f.id()
            );
        }
    }
}
