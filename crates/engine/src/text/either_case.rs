//! Built-in patterns match ASCII letters in either case by spelling both cases out, not with a
//! case-insensitive flag: in the browser that flag folds case across Unicode, so `s` would also
//! match `ſ` and `k` the Kelvin sign `K`, and `\b` would count both as word characters, where
//! `regex-lite` folds ASCII only. Spelled out, both engines give the same matches.

/// `pattern` with each ASCII letter outside a class matching either case: `a` becomes `[aA]`.
/// Classes are kept as written, so they name both cases themselves (`[a-zA-Z]`). An escape is a
/// backslash and the one character after it (`\b`, `\d`, `\.`), kept as it is.
pub(crate) fn either_case(pattern: &str) -> String {
    let mut out = String::with_capacity(pattern.len() * 4);
    let mut chars = pattern.chars();
    let mut in_class = false;
    while let Some(c) = chars.next() {
        match c {
            '\\' => {
                out.push(c);
                out.extend(chars.next());
            }
            '[' | ']' => {
                in_class = c == '[';
                out.push(c);
            }
            letter if letter.is_ascii_alphabetic() && !in_class => {
                out.extend([
                    '[',
                    letter.to_ascii_lowercase(),
                    letter.to_ascii_uppercase(),
                    ']',
                ]);
            }
            other => out.push(other),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spells_out_both_cases_of_letters_outside_classes() {
        assert_eq!(
            either_case(r"\bwww\.[a-zA-Z0-9-]+\d(?:am|PM)[^\s<>]"),
            r"\b[wW][wW][wW]\.[a-zA-Z0-9-]+\d(?:[aA][mM]|[pP][mM])[^\s<>]"
        );
    }
}
