//! Look-alike letters: text pasted from old fonts and keyboards carries Greek
//! γ for ү, the old Ѳ/ѳ and Ӊ/ӊ for Ө/ө and Ң/ң, and Latin letters inside
//! Cyrillic words. They print almost the same but break search and sorting,
//! so they are replaced, and each replacement is reported.

/// One replaced letter.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fix {
    /// Index of the letter among the text's characters.
    pub char_index: usize,
    /// The letter found.
    pub found: char,
    /// The letter put in its place.
    pub replaced: char,
    /// The word it stood in (after the fix).
    pub word: String,
}

/// A cleaned text and the fixes made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cleaned {
    /// The text with every look-alike replaced.
    pub text: String,
    /// What was replaced, in order.
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

fn is_cyrillic(c: char) -> bool {
    matches!(c, '\u{0400}'..='\u{04FF}')
}

/// Replaces look-alike letters. Latin letters are replaced only inside a word
/// that also holds Cyrillic letters, so «IT технология» stays as written.
pub fn clean(text: &str) -> Cleaned {
    if text.is_ascii() {
        return Cleaned {
            text: text.to_owned(),
            fixes: Vec::new(),
        };
    }
    let chars: Vec<char> = text.chars().collect();
    let mut out = chars.clone();
    let mut fixed = Vec::new();
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
        for (k, &c) in word.iter().enumerate() {
            let replacement = always(c).or_else(|| if cyrillic { latin(c) } else { None });
            if let Some(r) = replacement {
                out[start + k] = r;
                fixed.push((start + k, c, r, start, i));
            }
        }
    }
    let fixes = fixed
        .into_iter()
        .map(|(idx, found, replaced, s, e)| Fix {
            char_index: idx,
            found,
            replaced,
            word: out[s..e].iter().collect(),
        })
        .collect();
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
        assert_eq!(c.fixes.len(), 5);
        assert_eq!(c.fixes[0].char_index, 1);
        assert_eq!(c.fixes[0].word, "Түркүн");
    }

    #[test]
    fn latin_inside_cyrillic_words_only() {
        let c = clean("Aсанов IT технология, Python, дoцент");
        assert_eq!(c.text, "Асанов IT технология, Python, доцент");
        assert_eq!(c.fixes.iter().map(|f| f.found).collect::<String>(), "Ao");
    }
}
