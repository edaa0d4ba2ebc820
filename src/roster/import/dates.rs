//! Dates as secretaries type them in a spreadsheet cell: `2021-11-01`,
//! `01.11.2021`, `01.11.2021 г.`, `1/11/2021`, «1 ноября 2021 г.»,
//! «1-ноябрь 2021-ж.», «2021-жылдын 1-ноябры», Kyrgyz month names old and
//! new («жетинин айы»), English ones. What is not clearly one date (two
//! dates, a two-digit year, a word that is not a month) is not read, so
//! the secretary is asked rather than a date guessed.

use chrono::NaiveDate;

/// Words that only say "year" around a date («г.», «года», «-ж.», «жылы»).
const NOISE: &[&str] = &[
    "г",
    "гг",
    "год",
    "года",
    "году",
    "ж",
    "жыл",
    "жылы",
    "жылдын",
    "жылдан",
    "жылга",
    "жылында",
];

/// The traditional Kyrgyz month names (two words each), January first.
const KY_OLD: &[&str] = &[
    "үчтүн айы",
    "бирдин айы",
    "жалган куран",
    "чын куран",
    "бугу",
    "кулжа",
    "теке",
    "баш оона",
    "аяк оона",
    "тогуздун айы",
    "жетинин айы",
    "бештин айы",
];

/// The month a word names, by its stem (any case ending: «ноября»,
/// «ноябры», «ноябрда», «November», «Nov»).
fn month(word: &str) -> Option<u32> {
    const STEMS: &[(&str, u32)] = &[
        ("январ", 1),
        ("феврал", 2),
        ("март", 3),
        ("апрел", 4),
        ("май", 5),
        ("мая", 5),
        ("маю", 5),
        ("мае", 5),
        ("июн", 6),
        ("июл", 7),
        ("август", 8),
        ("сентябр", 9),
        ("октябр", 10),
        ("ноябр", 11),
        ("декабр", 12),
    ];
    const EN: &[&str] = &[
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    if let Some(m) = word.strip_prefix('#').and_then(|n| n.parse().ok()) {
        return Some(m);
    }
    if let Some((_, m)) = STEMS.iter().find(|(s, _)| word.starts_with(s)) {
        return Some(*m);
    }
    let en = EN.iter().position(|m| word.starts_with(m))?;
    // «mar…» is March, not a stray word: English names are taken whole or
    // as their three-letter abbreviation.
    let full = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ][en];
    (word.len() == 3 || word == full || (en == 8 && word == "sept")).then_some(en as u32 + 1)
}

enum Token {
    Number(String),
    Word(String),
}

/// The date a cell's text spells, if it clearly spells one.
pub(super) fn parse(text: &str) -> Option<NaiveDate> {
    let mut t = text.trim().to_lowercase();
    for (i, name) in KY_OLD.iter().enumerate() {
        t = t.replace(name, &format!(" #{} ", i + 1));
    }
    // A time after the date («01.11.2021 0:00:00», as a CSV export has it).
    let t: Vec<&str> = t
        .split_whitespace()
        .filter(|w| !(w.contains(':') && w.chars().all(|c| c.is_ascii_digit() || c == ':')))
        .collect();
    let t = t.join(" ");
    let mut tokens = Vec::new();
    let mut chars = t.chars().peekable();
    while let Some(&c) = chars.peek() {
        if c.is_ascii_digit() {
            let mut n = String::new();
            while let Some(&d) = chars.peek().filter(|d| d.is_ascii_digit()) {
                n.push(d);
                chars.next();
            }
            tokens.push(Token::Number(n));
        } else if c.is_alphabetic() || c == '#' {
            let mut w = String::from(c);
            chars.next();
            while let Some(&d) = chars.peek().filter(|d| d.is_alphanumeric()) {
                w.push(d);
                chars.next();
            }
            tokens.push(Token::Word(w));
        } else if c.is_whitespace() || ".,/-–«»\"'()".contains(c) {
            chars.next();
        } else {
            return None;
        }
    }
    let mut numbers = Vec::new();
    let mut month_word = None;
    for token in tokens {
        match token {
            Token::Number(n) => numbers.push(n),
            Token::Word(w) if NOISE.contains(&w.as_str()) => {}
            Token::Word(w) => {
                let m = month(&w)?;
                if month_word.replace(m).is_some() {
                    return None;
                }
            }
        }
    }
    let num = |s: &String| s.parse::<u32>().ok();
    let (y, m, d) = match (month_word, numbers.as_slice()) {
        (None, [a, b, c]) if a.len() == 4 && b.len() <= 2 && c.len() <= 2 => {
            (num(a)?, num(b)?, num(c)?)
        }
        (None, [a, b, c]) if c.len() == 4 && a.len() <= 2 && b.len() <= 2 => {
            (num(c)?, num(b)?, num(a)?)
        }
        (Some(m), [a, b]) if a.len() == 4 && b.len() <= 2 => (num(a)?, m, num(b)?),
        (Some(m), [a, b]) if b.len() == 4 && a.len() <= 2 => (num(b)?, m, num(a)?),
        _ => return None,
    };
    if !(1900..=2200).contains(&y) {
        return None;
    }
    NaiveDate::from_ymd_opt(y as i32, m, d)
}

#[cfg(test)]
mod tests {
    use super::parse;

    #[test]
    fn the_spellings_secretaries_use() {
        let nov1 = chrono::NaiveDate::from_ymd_opt(2021, 11, 1);
        for t in [
            "2021-11-01",
            "01.11.2021",
            "1.11.2021",
            "01.11.2021 г.",
            "01.11.2021г",
            "1/11/2021",
            "01.11.2021 0:00:00",
            "1 ноября 2021",
            "«01» ноября 2021 г.",
            "1-ноябрь 2021-ж.",
            "2021-жылдын 1-ноябры",
            "1 жетинин айы 2021",
            "1 November 2021",
            "Nov 1, 2021",
            " 1 НОЯБРЯ 2021 ГОДА ",
        ] {
            assert_eq!(parse(t), nov1, "{t}");
        }
        assert_eq!(
            parse("3 мая 2024"),
            chrono::NaiveDate::from_ymd_opt(2024, 5, 3)
        );
        assert_eq!(
            parse("3 март 2024"),
            chrono::NaiveDate::from_ymd_opt(2024, 3, 3)
        );
    }

    #[test]
    fn what_is_not_clearly_one_date_is_not_read() {
        for t in [
            "31.09.2023",
            "01.11.21",
            "1 ноября",
            "ноябрь 2021",
            "1-14 ноября 2021",
            "1 ноября 2021 - 14 ноября 2021",
            "2021",
            "жыйырма",
            "1 марта ноября 2021",
            "01.11.1850",
            "1 mars 2021",
            "1 ноября 2021 курс",
        ] {
            assert_eq!(parse(t), None, "{t}");
        }
    }
}
