//! The built-in examples: one commented, valid input per form and language,
//! printed by `new` and rendered by `demo`. A comment may hold
//! `{choices:SET}`, replaced by the values of that set with their Kyrgyz and
//! Russian words from `data/choices.tsv`, so `new` always shows what is read.

use crate::forms::FormId;
use std::sync::OnceLock;

use crate::locale::Lang;

/// The example of a form in a language, its `{choices:SET}` comments filled in.
pub(crate) fn get(form: FormId, lang: Lang) -> &'static str {
    static FILLED: OnceLock<Vec<(FormId, Lang, String)>> = OnceLock::new();
    let all = FILLED.get_or_init(|| {
        FormId::ALL
            .iter()
            .flat_map(|f| Lang::ALL.map(|l| (*f, l, fill(f.raw_example(l)))))
            .collect()
    });
    all.iter()
        .find(|(f, l, _)| *f == form && *l == lang)
        .map_or("", |(_, _, text)| text.as_str())
}

/// Replaces every `{choices:SET}` with the set's summary.
fn fill(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 512);
    let mut rest = text;
    while let Some(i) = rest.find("{choices:") {
        out.push_str(&rest[..i]);
        let after = &rest[i + "{choices:".len()..];
        let Some(end) = after.find('}') else {
            out.push_str(&rest[i..]);
            return out;
        };
        // `{choices:kind=course,internship}`: only those values of the set.
        let (set, only) = after[..end].split_once('=').unwrap_or((&after[..end], ""));
        out.push_str(&crate::choices::summary(
            set,
            &only.split(',').collect::<Vec<_>>(),
        ));
        rest = &after[end + 1..];
    }
    out.push_str(rest);
    out
}
