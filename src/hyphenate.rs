//! Prepares the text of a form for the page before it reaches Typst:
//! Kyrgyz words get soft hyphens (U+00AD) at their syllable breaks (Typst
//! has no Kyrgyz patterns; Russian keeps Typst's own), spaces that must not
//! break become no-break spaces (dates, initials, number and unit), and a
//! token too long for any cell gets zero-width break opportunities, a
//! number never parts from the word hyphenated to it («2025-жылдын»), and
//! the last two words of a title or a plan's period are glued.
//!
//! All of this was the templates' work once (a regular-expression show
//! rule and a replacement with a function); here it costs a tenth of what
//! Typst spent on it, a tenth of a cold application.

use serde_json::Value as Json;

use crate::locale::Lang;

/// Soft hyphen: a break opportunity that prints «-» only when used.
pub(crate) const SHY: char = '\u{ad}';
/// Zero-width space: a break opportunity that prints nothing.
pub(crate) const ZWSP: char = '\u{200b}';
/// No-break space.
pub(crate) const NBSP: char = '\u{a0}';
/// Word joiner: no line break here, and nothing printed.
pub(crate) const WJ: char = '\u{2060}';

/// Letters a hyphenated word keeps at least before a break.
const MIN_PART: usize = 2;
/// Letters a hyphenated word carries at least to the next line: three, so
/// that no line starts with two letters of a word («меке-/ме:»).
const MIN_TAIL: usize = 3;
/// A capitalised word (a name) up to this long is never hyphenated.
const LONG_NAME: usize = 12;
/// A token of other letters (Latin, digits) longer than this gets breaks.
const LONG_OTHER: usize = 12;
/// A Cyrillic token longer than this gets breaks (no real word is).
const LONG_CYRILLIC: usize = 24;
/// The length of the pieces a too-long token is cut into.
const PIECE: usize = 8;

/// Prepares every string of a template's data, except the keys that are
/// not printed as text (`lang`, `meta`, `attach`) and the draft's one word
/// printed across the page (`draft`).
/// A title (every form's) and a period (the annual plan's rows) end with
/// their last two words glued: a wrapped line never leaves one word alone
/// on the last line.
/// People's names are never hyphenated: a `name` is kept whole word by
/// word, and so is, in any other text, a word that names a person
/// ([`Names`]).
pub(crate) fn prepare(data: &mut Json, lang: Lang) {
    let names = Names::of(data);
    let mut seen = Seen::default();
    prepare_with(data, lang, &names, &mut seen);
}

/// The texts prepared so far in one document, with what they became: a
/// plan repeats most of its cells' texts in every row (positions, degrees,
/// kinds, institutions), and each is prepared once.
#[derive(Default)]
struct Seen(std::collections::HashMap<String, String>);

impl Seen {
    fn text(&mut self, s: &mut String, lang: Lang, names: &Names) {
        if let Some(done) = self.0.get(s.as_str()) {
            s.clone_from(done);
        } else {
            let done = text_with(s, lang, names);
            let typed = std::mem::replace(s, done);
            self.0.insert(typed, s.clone());
        }
    }
}

fn prepare_with(data: &mut Json, lang: Lang, names: &Names, seen: &mut Seen) {
    match data {
        Json::String(s) => seen.text(s, lang, names),
        Json::Array(items) => items
            .iter_mut()
            .for_each(|i| prepare_with(i, lang, names, seen)),
        Json::Object(map) => {
            for (k, v) in map.iter_mut() {
                match (k.as_str(), v) {
                    ("lang" | "meta" | "attach" | "draft", _) => {}
                    ("name", Json::String(s)) => *s = name_text(s, lang),
                    ("title" | "period" | "person" | "subtitle", Json::String(s)) => {
                        *s = keep_last(&text_with(s, lang, names));
                    }
                    // Running text: its last word is never hyphenated (no
                    // paragraph ends in a line of a word's last syllables).
                    ("body" | "list", v) => {
                        prepare_with(v, lang, names, seen);
                        last_words_whole(v, lang);
                    }
                    (_, v) => prepare_with(v, lang, names, seen),
                }
            }
        }
        _ => {}
    }
}

/// The words of the people a document names, and how a word of any text
/// is told to be a name, so that it is never hyphenated: a name broken
/// across lines («Жумабеко-/вич») reads as two words, and a name is what a
/// reader checks letter by letter. A capitalised word is a name when
/// - it is a word of a `name` of the document's data (the teachers' rows,
///   the signatures), in any case form («Асанов» → «Асановдун»,
///   «Асанова», «Асановой»);
/// - it reads as a patronymic («…вич», «…вна», «…чна» and their cases) or a
///   Russian-formed surname («…ов», «…ев», «…ин», «…ова», «…ева», «…ина»
///   and their cases);
/// - it stands beside initials («Асанова Б.Ж.», «Ж.С. Шаршембиеву») or
///   before «уулу» / «кызы»;
///
/// and then every capitalised word of the same run (capitalised words
/// separated only by spaces: «Асанов Бакыт Жумабекович») is a name too.
/// A word taken for a name wrongly is only left unhyphenated.
#[derive(Debug, Default)]
pub(crate) struct Names {
    /// The name words in lower case, a final vowel, «й» or «ь» dropped.
    stems: Vec<String>,
}

/// The least letters of a name's stem that tell other words' forms by it.
const MIN_STEM: usize = 3;
/// The most letters a case ending adds to a name's stem («-дарынын»).
const MAX_ENDING: usize = 6;

impl Names {
    /// The name words of every `name` in `data`.
    fn of(data: &Json) -> Names {
        let mut names = Names::default();
        names.collect(data);
        names.stems.sort();
        names.stems.dedup();
        names
    }

    fn collect(&mut self, v: &Json) {
        match v {
            Json::Array(items) => items.iter().for_each(|i| self.collect(i)),
            Json::Object(map) => {
                for (k, v) in map {
                    match (k.as_str(), v) {
                        ("name", Json::String(s)) => {
                            for w in s.split(|c: char| !c.is_alphabetic()) {
                                if let Some(stem) = stem(w) {
                                    self.stems.push(stem);
                                }
                            }
                        }
                        (_, v) => self.collect(v),
                    }
                }
            }
            _ => {}
        }
    }

    /// Whether `word` (capitalised) is a form of one of the names.
    fn knows(&self, word: &str) -> bool {
        let lower = word.to_lowercase();
        let n = lower.chars().count();
        self.stems
            .iter()
            .any(|s| lower.starts_with(s.as_str()) && n - s.chars().count() <= MAX_ENDING)
    }
}

/// A name word's stem: lower case, a final vowel, «й» or «ь» dropped
/// («Асанова» → «асанов»); `None` for a word too short to tell others by.
fn stem(word: &str) -> Option<String> {
    let mut lower = word.to_lowercase();
    if lower.ends_with(|c: char| is_vowel(c) || matches!(c, 'й' | 'ь')) {
        lower.pop();
    }
    (lower.chars().count() >= MIN_STEM && lower.chars().all(is_cyrillic_letter)).then_some(lower)
}

/// Patronymics (Russian and Kyrgyz alike: «Жумабекович», «Асановна»,
/// «Ильинична») in their case forms.
const PATRONYMIC_ENDINGS: &[&str] = &[
    "вич",
    "вича",
    "вичу",
    "вичем",
    "виче",
    "вна",
    "вны",
    "вне",
    "вну",
    "вной",
    "чна",
    "чны",
    "чне",
    "чну",
    "чной",
];

/// Russian-formed surnames («Асанов», «Токтогулова», «Ильин») in their
/// case forms.
const SURNAME_ENDINGS: &[&str] = &[
    "ов", "ев", "ёв", "ин", "ова", "ева", "ёва", "ина", "ову", "еву", "ину", "овым", "евым",
    "иным", "овой", "евой", "иной", "ове", "еве", "ине", "овым", "овых", "евых", "иных",
];

/// Whether a word is capitalised: an upper-case letter, then lower case.
fn capitalised(word: &str) -> bool {
    let mut cs = word.chars();
    cs.next().is_some_and(char::is_uppercase)
        && word.chars().skip(1).any(char::is_lowercase)
        && word.chars().skip(1).all(|c| !c.is_uppercase())
}

/// Whether a capitalised word reads as a name by its ending alone.
fn name_by_ending(word: &str) -> bool {
    let lower = word.to_lowercase();
    let n = lower.chars().count();
    n >= 5
        && (PATRONYMIC_ENDINGS.iter().any(|e| lower.ends_with(e))
            || SURNAME_ENDINGS.iter().any(|e| lower.ends_with(e)))
}

/// The byte ranges of the words of `s` that are names (see [`Names`]).
fn name_spans(s: &str, names: &Names) -> Vec<(usize, usize)> {
    // Most strings of a form (cells, labels) hold no capital letter at all.
    if !s.chars().any(char::is_uppercase) {
        return Vec::new();
    }
    // Tokens between spaces, each with its letters (the word) and whether
    // punctuation ends it (which ends a run of names too).
    struct Token<'a> {
        word: &'a str,
        at: usize,
        initials: bool,
        closed: bool,
    }
    let mut pieces: Vec<(usize, &str)> = Vec::new();
    let mut start = None;
    for (i, c) in s.char_indices() {
        if c == ' ' || c == NBSP {
            if let Some(a) = start.take() {
                pieces.push((a, &s[a..i]));
            }
        } else if start.is_none() {
            start = Some(i);
        }
    }
    if let Some(a) = start {
        pieces.push((a, &s[a..]));
    }
    let tokens: Vec<Token> = pieces
        .into_iter()
        .map(|(at, piece)| {
            let start = piece
                .char_indices()
                .find(|(_, c)| c.is_alphabetic())
                .map_or(piece.len(), |(i, _)| i);
            let end = piece
                .char_indices()
                .rev()
                .find(|(_, c)| c.is_alphabetic())
                .map_or(start, |(i, c)| (i + c.len_utf8()).max(start));
            let initials = is_initials(piece.trim_start_matches(['(', '«', '"']));
            Token {
                word: &piece[start..end],
                at: at + start,
                initials,
                closed: end < piece.len() && !initials,
            }
        })
        .collect();
    let is_word = |t: &Token| {
        !t.initials
            && !t.word.is_empty()
            && capitalised(t.word)
            && t.word.chars().all(|c| c.is_alphabetic() || c == '-')
    };
    let mut spans = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        if !is_word(&tokens[i]) {
            i += 1;
            continue;
        }
        // A run of capitalised words, up to one that punctuation closes.
        let mut j = i;
        while !tokens[j].closed && j + 1 < tokens.len() && is_word(&tokens[j + 1]) {
            j += 1;
        }
        let run = &tokens[i..=j];
        let before = i.checked_sub(1).map(|k| &tokens[k]);
        let after = (!tokens[j].closed).then(|| tokens.get(j + 1)).flatten();
        let named = run.iter().any(|t| {
            t.word
                .split('-')
                .any(|w| names.knows(w) || name_by_ending(w))
        }) || before.is_some_and(|t| t.initials && !t.closed)
            || after.is_some_and(|t| t.initials || matches!(t.word, "уулу" | "кызы" | "уулы"));
        if named {
            spans.extend(run.iter().map(|t| (t.at, t.at + t.word.len())));
        }
        i = j + 1;
    }
    spans
}

/// A name as printed: no word of it ever hyphenated.
fn name_text(s: &str, lang: Lang) -> String {
    let tied = ties(s);
    let hyphenated = hyphenate_words_in(&tied, lang, &[(0, tied.len())]);
    long_tokens(&hyphenated)
}

/// The last word of every paragraph under `v` kept whole.
fn last_words_whole(v: &mut Json, lang: Lang) {
    match v {
        Json::String(s) => *s = last_word_whole(s, lang),
        Json::Array(items) => items.iter_mut().for_each(|i| last_words_whole(i, lang)),
        // A paragraph with blanks: its pieces are texts and blanks.
        Json::Object(map) => map.values_mut().for_each(|i| last_words_whole(i, lang)),
        _ => {}
    }
}

/// A text whose last word has no soft hyphen (and, in Russian, a word
/// joiner that keeps Typst from hyphenating it).
pub(crate) fn last_word_whole(s: &str, lang: Lang) -> String {
    let Some(end) = s
        .char_indices()
        .rev()
        .find(|(_, c)| c.is_alphabetic())
        .map(|(i, c)| i + c.len_utf8())
    else {
        return s.to_owned();
    };
    let start = s[..end]
        .char_indices()
        .rev()
        .find(|(_, c)| !(c.is_alphabetic() || *c == SHY || *c == WJ))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let word: String = s[start..end].chars().filter(|c| *c != SHY).collect();
    let word = if lang == Lang::Ru && word.chars().count() > 3 && !word.contains(WJ) {
        let mut cs = word.chars();
        let mut w: String = cs.next().into_iter().collect();
        w.push(WJ);
        w.extend(cs);
        w
    } else {
        word
    };
    format!("{}{word}{}", &s[..start], &s[end..])
}

/// The last two words glued by a no-break space, trailing spaces dropped;
/// a text of one word is left as it is.
pub(crate) fn keep_last(s: &str) -> String {
    let t = s.trim_end();
    let Some((at, space)) = t.char_indices().rev().find(|(_, c)| c.is_whitespace()) else {
        return s.to_owned();
    };
    let word = &t[at + space.len_utf8()..];
    format!("{}{NBSP}{word}", t[..at].trim_end())
}

/// A word joiner after the hyphen of a number hyphenated to a word
/// («2025-жылдын», «16-ноябрына», «5-th»): the line never breaks there.
fn glue_number_words(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    let mut prev: Option<char> = None;
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        out.push(c);
        if c == '-'
            && prev.is_some_and(char::is_numeric)
            && chars.peek().is_some_and(|n| n.is_alphabetic())
        {
            out.push(WJ);
        }
        prev = Some(c);
    }
    out
}

/// One string made ready for the page in a language, no document's names
/// known (names told by their form alone).
#[cfg(test)]
pub(crate) fn text(s: &str, lang: Lang) -> String {
    text_with(s, lang, &Names::default())
}

/// One string made ready for the page in a language, `names` never
/// hyphenated.
fn text_with(s: &str, lang: Lang, names: &Names) -> String {
    let tied = ties(s);
    let spans = name_spans(&tied, names);
    let hyphenated = hyphenate_words_in(&tied, lang, &spans);
    let text = long_tokens(&hyphenated);
    if text.contains('-') {
        glue_number_words(&text)
    } else {
        text
    }
}

/// Tokens after which a space never breaks: short prepositions and «№».
fn binds_next(token: &str) -> bool {
    let letters = token.chars().count();
    token == "№"
        || (letters <= 2 && token.chars().all(|c| c.is_lowercase() && is_cyrillic(c)))
        || is_initials(token)
}

/// Tokens before which a space never breaks: «г.», «ж.», «ч.», initials.
fn binds_previous(token: &str) -> bool {
    matches!(token, "г." | "ж." | "ч." | "гг." | "ш.") || is_initials(token)
}

/// «Ж.С.», «Н.»: initials.
fn is_initials(token: &str) -> bool {
    let t = token.trim_end_matches([',', ';']);
    !t.is_empty() && t.split_inclusive('.').all(|part| {
        let mut cs = part.chars();
        matches!((cs.next(), cs.next(), cs.next()), (Some(c), Some('.'), None) if c.is_uppercase())
    })
}

/// Replaces the spaces that must not break by no-break spaces: after a
/// number followed by a word («16 ноября», «72 ч.»), after a short
/// preposition («с 3», «по 16»), around initials («Ж.С. Шаршембиев»).
pub(crate) fn ties(s: &str) -> String {
    let tokens: Vec<&str> = s.split(' ').collect();
    let mut out = String::with_capacity(s.len() + 8);
    for (i, t) in tokens.iter().enumerate() {
        out.push_str(t);
        let Some(next) = tokens.get(i + 1) else { break };
        let number = !t.is_empty() && t.chars().all(|c| c.is_ascii_digit());
        let word_next = next.chars().next().is_some_and(char::is_alphabetic);
        let tie = !t.is_empty()
            && !next.is_empty()
            && ((number && word_next) || binds_next(t) || binds_previous(next));
        out.push(if tie { NBSP } else { ' ' });
    }
    out
}

fn is_cyrillic(c: char) -> bool {
    matches!(c, '\u{400}'..='\u{4ff}')
}

/// A Cyrillic letter: `is_cyrillic(c) && c.is_alphabetic()` without the
/// Unicode table look-up (every character of every text goes through it;
/// in U+0400–U+04FF only U+0482–U+0489, signs and combining marks, are not
/// alphabetic).
fn is_cyrillic_letter(c: char) -> bool {
    matches!(c, '\u{400}'..='\u{481}' | '\u{48a}'..='\u{4ff}')
}

fn is_vowel(c: char) -> bool {
    matches!(
        c,
        'а' | 'е'
            | 'ё'
            | 'и'
            | 'о'
            | 'ө'
            | 'у'
            | 'ү'
            | 'ы'
            | 'э'
            | 'ю'
            | 'я'
            | 'А'
            | 'Е'
            | 'Ё'
            | 'И'
            | 'О'
            | 'Ө'
            | 'У'
            | 'Ү'
            | 'Ы'
            | 'Э'
            | 'Ю'
            | 'Я'
    )
}

fn is_sign(c: char) -> bool {
    matches!(c, 'ь' | 'ъ' | 'Ь' | 'Ъ')
}

/// Month stems, Kyrgyz and Russian: a month is never hyphenated
/// («5 фев-раля», «14-мар-тына» read as broken dates).
const MONTHS: &[&str] = &[
    "январ",
    "феврал",
    "март",
    "апрел",
    "май",
    "мая",
    "июн",
    "июл",
    "август",
    "сентябр",
    "октябр",
    "ноябр",
    "декабр",
];

/// Whether a word of a date, an abbreviation or a name of capitals: such a
/// word is never hyphenated. `before` is the text before it.
fn keep_whole(word: &str, before: &str) -> bool {
    // «5 февраля», «2027-жылдын», ««03» ноябрь»: a word after a number.
    let after_number = before
        .trim_end_matches([' ', NBSP, '-', '»', WJ])
        .ends_with(|c: char| c.is_ascii_digit());
    let capitals = word.chars().filter(|c| c.is_uppercase()).count();
    let lower = word.to_lowercase();
    after_number || capitals > 1 || MONTHS.iter().any(|m| lower.starts_with(m))
}

/// A Kyrgyz word in a Russian text: one of the letters Russian has not, or
/// a long vowel Russian never writes («окутуучу», «Жээнбеков»). Russian
/// hyphenation would split its long vowels; it takes Kyrgyz syllables.
fn is_kyrgyz(word: &str) -> bool {
    let lower = word.to_lowercase();
    lower.chars().any(|c| matches!(c, 'ң' | 'ө' | 'ү'))
        || ["аа", "ээ", "уу", "ыы", "оо"]
            .iter()
            .any(|v| lower.contains(v))
}

/// Every Cyrillic word of a text made ready for hyphenation in a
/// language: Kyrgyz words get soft hyphens at their syllable breaks (in a
/// Russian text too, where Typst would hyphenate them as Russian); the
/// words of dates and abbreviations are kept whole (in Russian by a word
/// joiner inside, which makes Typst leave the word unhyphenated, as it
/// does any word holding a character other than a letter).
/// The words within `names` (byte ranges) are kept whole too.
fn hyphenate_words_in(s: &str, lang: Lang, names: &[(usize, usize)]) -> String {
    let mut out = String::with_capacity(s.len() * 2);
    let mut start = None;
    let word = |from: usize, to: usize, out: &mut String| {
        let w = &s[from..to];
        let name = names.iter().any(|&(a, b)| a <= from && to <= b);
        let whole = name || keep_whole(w, &s[..from]);
        match lang {
            Lang::Ky if whole => out.push_str(w),
            Lang::Ky => hyphenate_into(w, out),
            Lang::Ru if whole && w.chars().count() > 3 => {
                let mut cs = w.chars();
                out.extend(cs.next());
                out.push(WJ);
                out.extend(cs);
            }
            Lang::Ru if is_kyrgyz(w) => hyphenate_into(w, out),
            Lang::Ru => out.push_str(w),
        }
    };
    for (at, c) in s.char_indices() {
        if is_cyrillic_letter(c) {
            start.get_or_insert(at);
        } else {
            if let Some(from) = start.take() {
                word(from, at, &mut out);
            }
            out.push(c);
        }
    }
    if let Some(from) = start {
        word(from, s.len(), &mut out);
    }
    out
}

/// A Kyrgyz word with soft hyphens at its syllable breaks: a consonant
/// between two vowels opens the next syllable (о-ку), of two or more
/// consonants the last one does (кай-ра, прог-рам-ма); long vowels and
/// other vowel pairs are never split (о-куу-чу); ь and ъ stay with the
/// consonant before them; at least two letters stay before a break and
/// two go after it.
/// Names up to 12 letters and words of more than one capital (abbreviations
/// such as `ТалМУнун`, spaced-out headings) are left whole.
fn hyphenate_into(word: &str, out: &mut String) {
    let n = word.chars().count();
    // Abbreviations and spaced-out headings («БИЛДИРҮҮ») stay whole.
    let capitals = word.chars().filter(|c| c.is_uppercase()).count();
    // A capitalised word is most often a name: broken only when it is too
    // long to stand whole in a narrow cell.
    let name = capitals == 1 && n <= LONG_NAME;
    if n < MIN_PART + MIN_TAIL + 1 || capitals > 1 || name {
        out.push_str(word);
        return;
    }
    let chars: Vec<char> = word.chars().collect();
    let mut breaks = Vec::new();
    let mut i = 0;
    // Walk from one vowel group to the next.
    while i < n && !is_vowel(chars[i]) {
        i += 1;
    }
    while i < n {
        while i < n && is_vowel(chars[i]) {
            i += 1;
        }
        let cluster_start = i;
        while i < n && !is_vowel(chars[i]) {
            i += 1;
        }
        if i >= n {
            break;
        }
        // The last of the consonants between the two vowel groups (the
        // only one, or the one that opens the next syllable), signs excluded.
        if let Some(at) = (cluster_start..i).rev().find(|&k| !is_sign(chars[k]))
            && at >= MIN_PART
            && n - at >= MIN_TAIL
        {
            breaks.push(at);
        }
    }
    let mut next = breaks.iter().peekable();
    for (k, c) in chars.iter().enumerate() {
        if next.next_if(|&&b| b == k).is_some() {
            out.push(SHY);
        }
        out.push(*c);
    }
}

/// Whether a line may break at (or right after) this character.
fn breaks_here(c: char) -> bool {
    c.is_whitespace() && c != NBSP || matches!(c, '-' | '–' | '—' | '/' | SHY | ZWSP)
}

/// Zero-width break opportunities in tokens too long for a table cell:
/// first at their natural joints (before «(», after «)», between a small
/// and a capital letter: «PhD(ComputerScience)»), then every few letters
/// in what is still too long.
fn long_tokens(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut run: Vec<char> = Vec::new();
    let flush = |run: &mut Vec<char>, out: &mut String| {
        if run.len() > LONG_OTHER.min(LONG_CYRILLIC) {
            out.push_str(&split_run(run));
        } else {
            // Too short to be too long: as it is.
            out.extend(run.iter());
        }
        run.clear();
    };
    for c in s.chars() {
        // Words glued by a no-break space («доцента А.М. Токтогуловой.»)
        // are measured one by one: only a word too long is cut.
        if breaks_here(c) || c == NBSP {
            flush(&mut run, &mut out);
            out.push(c);
        } else {
            run.push(c);
        }
    }
    flush(&mut run, &mut out);
    out
}

fn too_long(piece: &[char]) -> bool {
    let cyrillic = piece.iter().filter(|c| is_cyrillic(**c)).count();
    let limit = if cyrillic * 2 > piece.len() {
        LONG_CYRILLIC
    } else {
        LONG_OTHER
    };
    piece.len() > limit
}

fn split_run(run: &[char]) -> String {
    // A blank to fill by hand («______») is one line and stays one.
    if !too_long(run) || run.iter().all(|c| *c == '_') {
        return run.iter().collect();
    }
    // Natural joints first.
    let mut pieces: Vec<Vec<char>> = vec![Vec::new()];
    for (k, &c) in run.iter().enumerate() {
        let prev = k.checked_sub(1).map(|p| run[p]);
        let next = run.get(k + 1);
        let joint = match prev {
            Some(p) => {
                c == '('
                    || p == ')'
                    || p == ','
                    || (p.is_lowercase()
                        && c.is_uppercase()
                        && next.is_some_and(|n| n.is_lowercase()))
            }
            None => false,
        };
        if joint
            && let Some(last) = pieces.last()
            && !last.is_empty()
        {
            pieces.push(Vec::new());
        }
        if let Some(last) = pieces.last_mut() {
            last.push(c);
        }
    }
    // Then every few letters.
    let mut out = String::new();
    for (k, piece) in pieces.iter().enumerate() {
        if k > 0 {
            out.push(ZWSP);
        }
        if too_long(piece) {
            for (j, chunk) in piece.chunks(PIECE).enumerate() {
                if j > 0 {
                    out.push(ZWSP);
                }
                out.extend(chunk);
            }
        } else {
            out.extend(piece);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shown(s: &str) -> String {
        s.replace(SHY, "-").replace(ZWSP, "|").replace(NBSP, "_")
    }

    fn hyphenate(word: &str) -> String {
        let mut out = String::new();
        hyphenate_into(word, &mut out);
        out
    }

    #[test]
    fn cyrillic_letters_are_the_alphabetic_cyrillic_characters() {
        for c in ('\u{400}'..='\u{4ff}').chain(['a', '1', ' ', '-', '\u{ad}']) {
            assert_eq!(
                is_cyrillic_letter(c),
                is_cyrillic(c) && c.is_alphabetic(),
                "{c:?}"
            );
        }
    }

    #[test]
    fn kyrgyz_words_break_between_syllables() {
        assert_eq!(shown(&hyphenate("окутуучу")), "оку-туучу");
        assert_eq!(shown(&hyphenate("илимдеринин")), "илим-де-ри-нин");
        assert_eq!(shown(&hyphenate("педагогика")), "пе-да-го-гика");
        // Two letters never go alone to the next line: «кай-ра» stays whole.
        assert_eq!(shown(&hyphenate("кайра")), "кайра");
        assert_eq!(shown(&hyphenate("мекеме")), "ме-кеме");
        assert_eq!(shown(&hyphenate("программалоо")), "прог-рам-ма-лоо");
        assert_eq!(hyphenate("Жээнбекова"), "Жээнбекова");
        assert_eq!(shown(&hyphenate("Квалификацияны")), "Ква-ли-фи-ка-цияны");
        assert_eq!(shown(&hyphenate("квалификациялык")), "ква-ли-фи-ка-ция-лык");
        // Abbreviations and short words stay whole.
        assert_eq!(hyphenate("ТалМУнун"), "ТалМУнун");
        assert_eq!(hyphenate("БИЛДИРҮҮ"), "БИЛДИРҮҮ");
        assert_eq!(hyphenate("ага"), "ага");
        // A sign stays with its consonant.
        assert_eq!(shown(&hyphenate("сентябрь")), "сен-тябрь");
        assert_eq!(shown(&hyphenate("бильеттер")), "би-льет-тер");
    }

    #[test]
    fn dates_initials_and_units_keep_together() {
        assert_eq!(
            shown(&ties("с 3 по 16 ноября 2025 г.")),
            "с_3_по_16_ноября 2025_г."
        );
        assert_eq!(shown(&ties("выдан 14 ноября")), "выдан 14_ноября");
        assert_eq!(shown(&ties("Ж.С. Шаршембиев")), "Ж.С._Шаршембиев");
        assert_eq!(shown(&ties("Асанов Б.Ж.")), "Асанов_Б.Ж.");
        assert_eq!(shown(&ties("72 саат")), "72_саат");
        assert_eq!(
            shown(&ties("«___» ______ 20___ г.")),
            "«___» ______ 20____г."
        );
        assert_eq!(shown(&ties("2019, 2022")), "2019, 2022");
    }

    #[test]
    fn long_tokens_get_break_opportunities() {
        assert_eq!(
            shown(&long_tokens("PhD(ComputerScience)")),
            "PhD|(Computer|Science)"
        );
        assert_eq!(shown(&long_tokens("т.и.к.")), "т.и.к.");
        let word = "а".repeat(40);
        assert_eq!(long_tokens(&word).matches(ZWSP).count(), 4);
        // Russian words are left to Typst's hyphenation.
        assert_eq!(
            long_tokens("высококвалифицированный"),
            "высококвалифицированный"
        );
        // A blank line to write on stays whole.
        assert_eq!(long_tokens(&"_".repeat(22)), "_".repeat(22));
    }

    #[test]
    fn a_number_keeps_its_hyphenated_word() {
        let glued = |s: &str| text(s, Lang::Ky).replace(WJ, "+");
        // The word of a date is not hyphenated either.
        assert_eq!(shown(&glued("2025-жылдын")), "2025-+жылдын");
        assert!(glued("16-ноябрына").starts_with("16-+ноя"));
        assert_eq!(text("5-th", Lang::Ru), "5-\u{2060}th");
        // Not after a letter, not before a digit or a space.
        assert_eq!(text("аты-жөнү", Lang::Ru), "аты-жөнү");
        assert_eq!(text("2021-2023", Lang::Ru), "2021-2023");
        assert_eq!(text("2021- жыл", Lang::Ru), "2021- жыл");
    }

    #[test]
    fn dates_abbreviations_and_last_words_are_never_hyphenated() {
        let ru = |s: &str| text(s, Lang::Ru).replace(WJ, "+");
        let ky = |s: &str| shown(&text(s, Lang::Ky).replace(WJ, "+"));
        // A word joiner inside keeps Typst from hyphenating a Russian word.
        assert_eq!(ru("5 февраля 2027 г."), "5\u{a0}ф+евраля 2027\u{a0}г.");
        assert_eq!(ru("ТалГУ"), "Т+алГУ");
        assert_eq!(ru("преподаватель"), "преподаватель");
        // Kyrgyz words in a Russian text take Kyrgyz syllables.
        assert_eq!(shown(&ru("окутуучулардын")), "оку-туу-чу-лар-дын");
        assert_eq!(ky("2027-жылдын 14-мартына"), "2027-+жылдын 14-+мартына");
        assert_eq!(ky("«05» февраль"), "«05» февраль");
        assert_eq!(ky("квалификацияны"), "ква-ли-фи-ка-цияны");
        // The last word of a paragraph stays whole.
        assert_eq!(
            shown(&last_word_whole(
                &text("жогорулатуу программалоо.", Lang::Ky),
                Lang::Ky
            )),
            "жо-го-ру-ла-туу программалоо."
        );
        assert_eq!(
            last_word_whole("прошу направить меня.", Lang::Ru),
            "прошу направить м\u{2060}еня."
        );
    }

    #[test]
    fn glued_words_are_measured_one_by_one() {
        // «доцента А.М. Токтогуловой.»: no word is too long, none is cut.
        let t = text("доцента А.М. Токтогуловой.", Lang::Ru);
        assert!(!t.contains(ZWSP), "{}", shown(&t));
    }

    #[test]
    fn titles_and_periods_keep_their_last_two_words() {
        assert_eq!(shown(&keep_last("жылдык  планы ")), "жылдык_планы");
        assert_eq!(keep_last("планы"), "планы");
        assert_eq!(keep_last("планы "), "планы ");
        assert_eq!(keep_last(""), "");
        let mut data = serde_json::json!({
            "title": "жылдык планы", "rows": [{"period": "03.11 – 14.11.2025", "name": "Асан Бек"}]
        });
        prepare(&mut data, Lang::Ru);
        assert_eq!(shown(data["title"].as_str().unwrap_or("")), "жылдык_планы");
        assert_eq!(
            shown(data["rows"][0]["period"].as_str().unwrap_or("")),
            "03.11 –_14.11.2025"
        );
        // A name: in Russian a word joiner keeps Typst from hyphenating it.
        assert_eq!(data["rows"][0]["name"], "А\u{2060}сан Бек");
    }

    #[test]
    fn names_are_never_hyphenated() {
        let ru = |s: &str, names: &Names| shown(&text_with(s, Lang::Ru, names).replace(WJ, "+"));
        let ky = |s: &str, names: &Names| shown(&text_with(s, Lang::Ky, names));
        let none = Names::default();
        // By their form: patronymics, Russian-formed surnames, the words
        // of a name beside them, beside initials, before «уулу» / «кызы».
        assert_eq!(
            ru("Кадыров Марат Асанович, доцент", &none),
            "К+адыров М+арат А+санович, доцент"
        );
        assert_eq!(
            ru("Утвердить отчёт Ж.С. Шаршембиеву о программе", &none),
            "Утвердить отчёт_Ж.С._Ш+аршембиеву о_программе"
        );
        assert_eq!(
            ru("Доцент Жээнбек А.М. отметила", &none),
            "Д+оцент Ж+ээнбек_А.М._отметила"
        );
        assert_eq!(
            ru("Нурлан Тургунбек уулу", &none),
            "Н+урлан Т+ургунбек уулу"
        );
        // Not names: a capitalised word on its own, an abbreviation.
        assert_eq!(
            ru("Программирование и ТалГУ", &none),
            "Программирование и_Т+алГУ"
        );
        // A Kyrgyz surname in its case forms, told by the document's
        // names: left without soft hyphens however long.
        let names = Names::of(&serde_json::json!({"rows": [{"name": "Шаршембиев Жаныбек"}]}));
        assert_eq!(
            ky("Шаршембиевдерге окутуучу", &names),
            "Шаршембиевдерге оку-туучу"
        );
        assert_eq!(
            ky("Шаршембиевдерге окутуучу", &none),
            "Шар-шем-биев-дерге оку-туучу"
        );
        // Every word of a `name` is kept whole, in both languages.
        let mut data = serde_json::json!({"name": "Абдыкадырова-Шаршембиевна Гүлнара"});
        prepare(&mut data, Lang::Ky);
        assert_eq!(data["name"], "Абдыкадырова-Шаршембиевна Гүлнара");
    }

    #[test]
    fn only_printed_strings_change() {
        let mut data = serde_json::json!({
            "lang": "ky", "meta": {"title": "педагогика"}, "title": "педагогика"
        });
        prepare(&mut data, Lang::Ky);
        assert_eq!(data["meta"]["title"], "педагогика");
        assert_eq!(shown(data["title"].as_str().unwrap_or("")), "пе-да-го-гика");
    }
}
