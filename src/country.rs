//! Country names in the form's language, from the Unicode CLDR territory
//! names vendored in `data/cldr/` (never a hand-made list): `KZ` is
//! «Казакстан» in Kyrgyz and «Казахстан» in Russian.

use std::collections::HashMap;
use std::sync::OnceLock;

use crate::locale::Lang;

const KY: &str = include_str!("../data/cldr/ky/territories.json");
const RU: &str = include_str!("../data/cldr/ru/territories.json");

type Names = HashMap<String, String>;

/// The territory names of one CLDR file, keyed by their code; the
/// alternative forms (`KZ-alt-short`) are left out.
fn parse(json: &str, lang: &str) -> Names {
    let value: serde_json::Value = serde_json::from_str(json).unwrap_or_default();
    value["main"][lang]["localeDisplayNames"]["territories"]
        .as_object()
        .map(|m| {
            m.iter()
                .filter(|(k, _)| !k.contains("-alt-"))
                .filter_map(|(k, v)| Some((k.clone(), v.as_str()?.to_owned())))
                .collect()
        })
        .unwrap_or_default()
}

fn names(lang: Lang) -> &'static Names {
    static KY_NAMES: OnceLock<Names> = OnceLock::new();
    static RU_NAMES: OnceLock<Names> = OnceLock::new();
    match lang {
        Lang::Ky => KY_NAMES.get_or_init(|| parse(KY, "ky")),
        Lang::Ru => RU_NAMES.get_or_init(|| parse(RU, "ru")),
    }
}

/// The name of a country given by its ISO 3166 alpha-2 code, in a
/// language; `None` for a code CLDR does not know.
pub(crate) fn name(code: &str, lang: Lang) -> Option<&'static str> {
    if code.len() != 2 || !code.chars().all(|c| c.is_ascii_uppercase()) {
        return None;
    }
    names(lang).get(code).map(String::as_str)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn countries_have_their_names_in_both_languages() {
        assert_eq!(name("KZ", Lang::Ky), Some("Казакстан"));
        assert_eq!(name("KZ", Lang::Ru), Some("Казахстан"));
        assert_eq!(name("KG", Lang::Ky), Some("Кыргызстан"));
        assert_eq!(name("RU", Lang::Ru), Some("Россия"));
        assert_eq!(name("XX", Lang::Ky), None);
        // Regions are not countries.
        assert_eq!(name("001", Lang::Ky), None);
    }
}
