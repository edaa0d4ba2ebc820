//! The words: Fluent files built into the binary, per language, holding
//! every printed word of the forms (a form's own in `forms/<id>.ftl`, those
//! several pages print in `forms.ftl`) and every message of the tool
//! (`tool.ftl` and the others); each file is parsed when one of its
//! messages is first asked for.

use std::borrow::Cow;
use std::sync::{LazyLock, OnceLock};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

/// A language a form can be printed in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Lang {
    /// Kyrgyz.
    Ky,
    /// Russian.
    Ru,
}

impl Lang {
    /// Both languages, Kyrgyz first.
    pub const ALL: [Lang; 2] = [Lang::Ky, Lang::Ru];

    /// The language code, `ky` or `ru`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Ky => "ky",
            Lang::Ru => "ru",
        }
    }

    /// The language of a code, if it is one of ours.
    pub fn from_code(code: &str) -> Option<Lang> {
        match code {
            "ky" => Some(Lang::Ky),
            "ru" => Some(Lang::Ru),
            _ => None,
        }
    }
}

/// A language the tool's own messages can be in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum UiLang {
    /// Kyrgyz.
    Ky,
    /// Russian.
    Ru,
    /// English.
    En,
}

impl UiLang {
    /// The language code, `ky`, `ru` or `en`.
    pub fn code(self) -> &'static str {
        match self {
            UiLang::Ky => "ky",
            UiLang::Ru => "ru",
            UiLang::En => "en",
        }
    }

    /// The language of a `LANG`-style locale string: `ky*` → ky, `ru*` → ru, else en.
    pub(crate) fn from_locale(locale: &str) -> UiLang {
        let l = locale.to_ascii_lowercase();
        if l.starts_with("ky") {
            UiLang::Ky
        } else if l.starts_with("ru") {
            UiLang::Ru
        } else {
            UiLang::En
        }
    }

    /// The language from the environment (`LC_ALL`, `LC_MESSAGES`, `LANG`);
    /// where none is set (Windows, a desktop launcher) from the system's own
    /// locale (`sys-locale`: the Windows display language, macOS preferences).
    pub fn from_env() -> UiLang {
        ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .filter_map(|k| std::env::var(k).ok())
            .find(|v| !v.is_empty())
            .or_else(sys_locale::get_locale)
            .map_or(UiLang::En, |v| UiLang::from_locale(&v))
    }
}

impl From<Lang> for UiLang {
    fn from(l: Lang) -> UiLang {
        match l {
            Lang::Ky => UiLang::Ky,
            Lang::Ru => UiLang::Ru,
        }
    }
}

type Bundle = FluentBundle<FluentResource>;

fn bundle(lang: &str, sources: &[&str]) -> Bundle {
    let id: unic_langid::LanguageIdentifier = lang.parse().unwrap_or_default();
    let mut b = FluentBundle::new_concurrent(vec![id]);
    // Isolation marks would end up as invisible characters in the PDF.
    b.set_use_isolating(false);
    for src in sources {
        // The files are ours and checked by a test; a broken one fails loudly there.
        let res = FluentResource::try_new((*src).to_owned()).unwrap_or_else(|(res, _)| res);
        let _ = b.add_resource(res);
    }
    b
}

/// A message id. The ids written in the code are the constants of [`id`],
/// made from the locale files, so a misspelt one does not compile; an id
/// made at run time (`form-<id>`, `rule-<id>`) is [`Id::built`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Id<'a>(&'a str);

impl<'a> Id<'a> {
    /// An id made at run time from a prefix and a value of one of the
    /// library's lists (`Id::built(&format!("form-{}", f.id()))`); the
    /// locale test enumerates every such `format!` and checks each id.
    pub fn built(id: &'a str) -> Id<'a> {
        Id(id)
    }

    /// The id as written in the files.
    pub fn as_str(self) -> &'a str {
        self.0
    }
}

/// For tests that compare a message with the id they expect.
impl PartialEq<&str> for Id<'_> {
    fn eq(&self, other: &&str) -> bool {
        self.0 == *other
    }
}

impl std::fmt::Display for Id<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.0)
    }
}

include!(concat!(env!("OUT_DIR"), "/locales.rs"));

/// One bundle per file of `SOURCES`, parsed when a message of it is first
/// asked for: a render needs the forms' words and a line of the tool's,
/// not every message of two languages (parsing them all was 4.4 M
/// instructions of a cold run).
static BUNDLES: LazyLock<Vec<OnceLock<Bundle>>> =
    LazyLock::new(|| SOURCES.iter().map(|_| OnceLock::new()).collect());

/// The index in `SOURCES` of the file of `lang` that holds message `id`.
fn file_of(lang: UiLang, id: &str) -> Option<usize> {
    let code = lang.code();
    IDS.binary_search_by(|(l, i, _)| (*l, *i).cmp(&(code, id)))
        .ok()
        .map(|k| IDS[k].2)
}

/// The bundle holding message `id` in `lang`, if the language has it.
fn get(lang: UiLang, id: &str) -> Option<&'static Bundle> {
    let file = file_of(lang, id)?;
    let (code, _, text) = SOURCES[file];
    Some(BUNDLES[file].get_or_init(|| bundle(code, &[text])))
}

/// Formats message `id` with `args` in `lang`; falls back to English, then to the id.
pub fn tr(lang: impl Into<UiLang>, id: Id<'_>, args: &[(&str, &str)]) -> String {
    let lang = lang.into();
    let id = id.as_str();
    let mut fargs = FluentArgs::new();
    for (k, v) in args {
        // Numbers stay strings: Fluent would group their digits («2 025»).
        fargs.set(*k, FluentValue::String(Cow::Borrowed(v)));
    }
    for b in [get(lang, id), get(UiLang::En, id)].into_iter().flatten() {
        if let Some(pattern) = b.get_message(id).and_then(|m| m.value()) {
            let mut errors = Vec::new();
            return b
                .format_pattern(pattern, Some(&fargs), &mut errors)
                .into_owned();
        }
    }
    id.to_owned()
}

/// Whether message `id` exists in `lang` itself (no fallback).
pub fn has_message(lang: impl Into<UiLang>, id: Id<'_>) -> bool {
    file_of(lang.into(), id.as_str()).is_some()
}

/// A message to be put into words later, in whatever language is asked for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Msg {
    /// The Fluent message id.
    pub(crate) id: Id<'static>,
    /// Its arguments.
    pub(crate) args: Vec<(&'static str, String)>,
}

impl Msg {
    /// A message without arguments.
    pub fn new(id: Id<'static>) -> Msg {
        Msg {
            id,
            args: Vec::new(),
        }
    }

    /// Adds an argument.
    pub fn arg(mut self, key: &'static str, value: impl ToString) -> Msg {
        self.args.push((key, value.to_string()));
        self
    }

    /// The message in `lang`.
    pub fn text(&self, lang: impl Into<UiLang>) -> String {
        let args: Vec<(&str, &str)> = self.args.iter().map(|(k, v)| (*k, v.as_str())).collect();
        tr(lang, self.id, &args)
    }
}

#[cfg(test)]
mod ids;
