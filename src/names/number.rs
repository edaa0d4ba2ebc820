//! A document's number typed with its sign («№ 0045127», «N0045127»,
//! «№№ 12»): the form prints the sign itself («№ {$number}»), so the typed
//! one is left out and the number kept exactly as typed (leading zeros too).

/// The number without a sign typed before it; `None` when it has none.
pub(crate) fn without_sign(typed: &str) -> Option<String> {
    let t = typed.trim_start();
    let mut rest = t;
    loop {
        let before = rest;
        rest = rest.trim_start_matches('№').trim_start();
        for sign in ["No.", "No", "Nr.", "N.", "N", "Но.", "Н."] {
            if let Some(r) = rest.strip_prefix(sign)
                && r.trim_start().starts_with(|c: char| c.is_ascii_digit())
            {
                rest = r.trim_start();
            }
        }
        if rest == before {
            break;
        }
    }
    // Only a sign before something that holds a digit is a number sign.
    (rest.len() != t.len() && rest.chars().any(|c| c.is_ascii_digit())).then(|| rest.to_owned())
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod tests {
    use super::*;

    #[test]
    fn the_typed_sign_is_left_to_the_form() {
        assert_eq!(without_sign("№ 0045127").as_deref(), Some("0045127"));
        assert_eq!(without_sign("№0045127").as_deref(), Some("0045127"));
        assert_eq!(without_sign("№ № 0045127").as_deref(), Some("0045127"));
        assert_eq!(without_sign("N 0045127").as_deref(), Some("0045127"));
        assert_eq!(without_sign("No. 12-А").as_deref(), Some("12-А"));
        assert_eq!(without_sign("0045127"), None);
        assert_eq!(without_sign("KG-2025/17"), None);
        assert_eq!(without_sign("Nova 12"), None);
        assert_eq!(without_sign("№"), None);
    }
}
