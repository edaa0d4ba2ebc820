//! Quotation marks as Kyrgyz and Russian print them: «…» outside, „…“
//! inside, and never a pair doubled because the user typed quotes where the
//! form already puts them («««Цифровые технологии»»» is «Цифровые
//! технологии»). Straight quotes (`"…"`) and English ones (“…”) are read as
//! quotes too; a mark with no partner is left as it is.

#[derive(Clone, Copy, PartialEq, Eq)]
enum Mark {
    Open,
    Close,
    Either,
}

fn mark(c: char) -> Option<Mark> {
    match c {
        '«' | '„' => Some(Mark::Open),
        '»' | '”' => Some(Mark::Close),
        '"' | '“' => Some(Mark::Either),
        _ => None,
    }
}

/// The text with its quotation marks paired, doubled pairs merged and
/// nested pairs printed „…“.
pub(crate) fn nest(text: &str) -> String {
    if !text.chars().any(|c| mark(c).is_some()) {
        return text.to_owned();
    }
    let chars: Vec<char> = text.chars().collect();
    let mut stack: Vec<usize> = Vec::new();
    let mut pairs: Vec<(usize, usize)> = Vec::new();
    for (i, &c) in chars.iter().enumerate() {
        let Some(m) = mark(c) else { continue };
        let opens = match m {
            Mark::Open => true,
            Mark::Close => false,
            Mark::Either => {
                // A straight or English quote closes the straight, English or
                // low one left open; else it opens at the start of a word
                // (after a space or another opening mark), and anywhere else
                // («eval("1")», «5"») it is no quotation mark at all.
                let top_either = stack
                    .last()
                    .is_some_and(|&o| matches!(chars[o], '"' | '“' | '„'));
                let before = i.checked_sub(1).map(|j| chars[j]);
                let starts_word =
                    before.is_none_or(|b| b.is_whitespace() || mark(b) == Some(Mark::Open));
                if top_either {
                    false
                } else if starts_word {
                    true
                } else {
                    continue;
                }
            }
        };
        if opens {
            stack.push(i);
        } else if let Some(o) = stack.pop() {
            pairs.push((o, i));
        }
    }
    // A pair right inside another, with nothing between them, is a double.
    let mut drop = vec![false; chars.len()];
    for &(o, c) in &pairs {
        if pairs.iter().any(|&(o2, c2)| o2 + 1 == o && c + 1 == c2) {
            drop[o] = true;
            drop[c] = true;
        }
    }
    let mut role: Vec<Option<bool>> = vec![None; chars.len()];
    for &(o, c) in &pairs {
        if !drop[o] {
            role[o] = Some(true);
            role[c] = Some(false);
        }
    }
    let mut depth = 0usize;
    let mut out = String::with_capacity(text.len());
    for (i, &c) in chars.iter().enumerate() {
        if drop[i] {
            continue;
        }
        match role[i] {
            Some(true) => {
                out.push(if depth == 0 { '«' } else { '„' });
                depth += 1;
            }
            Some(false) => {
                depth = depth.saturating_sub(1);
                out.push(if depth == 0 { '»' } else { '“' });
            }
            None => out.push(c),
        }
    }
    out
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod tests {
    use super::*;

    #[test]
    fn doubles_merge_and_nested_quotes_go_low() {
        assert_eq!(
            nest("по направлению ««Цифровые технологии»»."),
            "по направлению «Цифровые технологии»."
        );
        assert_eq!(nest("«««Цифровые технологии»»»"), "«Цифровые технологии»");
        assert_eq!(nest("«\"Цифровые технологии\"»"), "«Цифровые технологии»");
        assert_eq!(
            nest("кафедры «Информатика» КНУ «им. «Ж. Баласагына»»"),
            "кафедры «Информатика» КНУ «им. „Ж. Баласагына“»"
        );
        assert_eq!(
            nest("«Методика \"Python\" для начинающих»"),
            "«Методика „Python“ для начинающих»"
        );
        assert_eq!(nest("«03» ноябрь"), "«03» ноябрь");
        assert_eq!(nest("a 5\" disk"), "a 5\" disk");
        assert_eq!(nest("без кавычек"), "без кавычек");
        assert_eq!(nest("«*x* #eval(\"1\") $y$»"), "«*x* #eval(\"1\") $y$»");
        assert_eq!(nest("«„уже“ верно»"), "«„уже“ верно»");
    }
}
