//! Look-alike letters: text pasted from old fonts and keyboards carries Greek
//! γ for ү, the old Ѳ/ѳ and Ӊ/ӊ for Ө/ө and Ң/ң, and Latin letters inside
//! Cyrillic words. They print almost the same but break search and sorting,
//! so they are replaced, and each replacement is reported.

/// The look-alike letters replaced in one word: one finding per word, not
/// per letter, and never more than a short excerpt of the word, so that a
/// flood of look-alikes costs memory in proportion to the input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Fix {
    /// Index of the word's first replaced letter among the text's characters.
    pub char_index: usize,
    /// The distinct letters found, in order (at most [`MAX_LETTERS`]).
    pub found: String,
    /// What each of them became.
    pub replaced: String,
    /// The word (after the fix), cut to [`MAX_WORD`] characters with `…`.
    pub word: String,
    /// How many letters of the word were replaced.
    pub count: usize,
}

/// The most distinct letters a [`Fix`] names.
pub(crate) const MAX_LETTERS: usize = 8;
/// The longest word excerpt a [`Fix`] carries, in characters.
pub(crate) const MAX_WORD: usize = 40;

/// A cleaned text and the fixes made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Cleaned {
    /// The text with every look-alike replaced (as many characters as the input).
    pub text: String,
    /// What was replaced, one entry per word, in order.
    pub fixes: Vec<Fix>,
}

/// Letters that are never right in Kyrgyz or Russian text.
fn always(c: char) -> Option<char> {
    Some(match c {
        'γ' => 'ү',
        'Ѳ' => 'Ө',
        'ѳ' => 'ө',
        'Ӊ' => 'Ң',
        'ӊ' => 'ң',
        _ => return None,
    })
}

/// Latin letters that look like Cyrillic ones.
fn latin(c: char) -> Option<char> {
    Some(match c {
        'A' => 'А',
        'a' => 'а',
        'B' => 'В',
        'C' => 'С',
        'c' => 'с',
        'E' => 'Е',
        'e' => 'е',
        'H' => 'Н',
        'K' => 'К',
        'M' => 'М',
        'O' => 'О',
        'o' => 'о',
        'P' => 'Р',
        'p' => 'р',
        'T' => 'Т',
        'X' => 'Х',
        'x' => 'х',
        'y' => 'у',
        _ => return None,
    })
}

/// A combining mark of the scripts the forms print (accents on a letter).
/// More than a few on one letter is never writing, and Typst's line
/// breaker costs the square of such a run, so a long run is refused.
pub(crate) fn is_combining(c: char) -> bool {
    matches!(c,
        '\u{0300}'..='\u{036F}'
        | '\u{0483}'..='\u{0489}'
        | '\u{1AB0}'..='\u{1AFF}'
        | '\u{1DC0}'..='\u{1DFF}'
        | '\u{20D0}'..='\u{20FF}'
        | '\u{FE20}'..='\u{FE2F}')
}

/// A bidirectional control (embedding, override, isolate): it makes text
/// print in another order than it is stored.
pub(crate) fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// An invisible character: zero-width space, non-joiner, joiner, word
/// joiner, and the byte-order mark inside text.
pub(crate) fn is_zero_width(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}')
}

fn is_cyrillic(c: char) -> bool {
    matches!(c, '\u{0400}'..='\u{04FF}')
}

/// Replaces look-alike letters. Latin letters are replaced only inside a word
/// that also holds Cyrillic letters, so «IT технология» stays as written.
pub(crate) fn clean(text: &str) -> Cleaned {
    // Most texts have nothing to replace: no old or Greek letter and no
    // Latin one that looks Cyrillic. They are copied without the word
    // search (whose `is_alphabetic` is slow on Cyrillic).
    if text.is_ascii()
        || !text
            .chars()
            .any(|c| always(c).is_some() || latin(c).is_some())
    {
        return Cleaned {
            text: text.to_owned(),
            fixes: Vec::new(),
        };
    }
    let chars: Vec<char> = text.chars().collect();
    let mut out = chars.clone();
    let mut fixes = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if !chars[i].is_alphabetic() {
            i += 1;
            continue;
        }
        let start = i;
        while i < chars.len() && chars[i].is_alphabetic() {
            i += 1;
        }
        let word = &chars[start..i];
        let cyrillic = word.iter().any(|c| is_cyrillic(*c) || always(*c).is_some());
        let mut fix: Option<Fix> = None;
        for (k, &c) in word.iter().enumerate() {
            let Some(r) = always(c).or_else(|| if cyrillic { latin(c) } else { None }) else {
                continue;
            };
            out[start + k] = r;
            let f = fix.get_or_insert_with(|| Fix {
                char_index: start + k,
                found: String::new(),
                replaced: String::new(),
                word: String::new(),
                count: 0,
            });
            f.count += 1;
            if !f.found.contains(c) && f.found.chars().count() < MAX_LETTERS {
                f.found.push(c);
                f.replaced.push(r);
            }
        }
        if let Some(mut f) = fix {
            f.word = out[start..i].iter().take(MAX_WORD).collect();
            if i - start > MAX_WORD {
                f.word.push('…');
            }
            fixes.push(f);
        }
    }
    Cleaned {
        text: out.into_iter().collect(),
        fixes,
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod tests {
    use super::*;

    #[test]
    fn replaces_greek_and_old_letters() {
        let c = clean("Тγркγн Ѳмγр, Ӊ");
        assert_eq!(c.text, "Түркүн Өмүр, Ң");
        assert_eq!(c.fixes.len(), 3, "one per word");
        assert_eq!(c.fixes[0].char_index, 1);
        assert_eq!(c.fixes[0].word, "Түркүн");
        assert_eq!((c.fixes[0].found.as_str(), c.fixes[0].count), ("γ", 2));
    }

    #[test]
    fn latin_inside_cyrillic_words_only() {
        let c = clean("Aсанов IT технология, Python, дoцент");
        assert_eq!(c.text, "Асанов IT технология, Python, доцент");
        assert_eq!(
            c.fixes.iter().map(|f| f.found.as_str()).collect::<String>(),
            "Ao"
        );
    }

    #[test]
    fn a_flood_gives_one_short_fix_per_word() {
        let word = format!("ж{}", "aeopcx".repeat(10_000));
        let c = clean(&format!("{word} {word}"));
        assert_eq!(c.fixes.len(), 2);
        assert_eq!(c.fixes[0].count, 60_000);
        assert_eq!(c.fixes[0].found, "aeopcx");
        assert_eq!(c.fixes[0].word.chars().count(), MAX_WORD + 1);
        assert_eq!(c.text.chars().count(), 2 * 60_002 - 1);
    }
}
