//! Built-in patterns match ASCII letters in either case by spelling both cases out, not with a
//! case-insensitive flag: in the browser that flag folds case across Unicode, so `s` would also
//! match `ſ` and `k` the Kelvin sign `K`, and `\b` would count both as word characters, where
//! `regex-lite` folds ASCII only. Spelled out, both engines give the same matches.

/// `pattern` with each ASCII letter matching either case: `a` becomes `[aA]`, and inside a class
/// `a` becomes `aA` and `a-z` becomes `a-zA-Z`. An escape is a backslash and the one character
/// after it (`\b`, `\d`, `\.`), kept as it is.
pub(crate) fn either_case(pattern: &str) -> String {
    let mut out = String::with_capacity(pattern.len() * 3);
    let mut chars = pattern.chars().peekable();
    let mut in_class = false;
    while let Some(c) = chars.next() {
        match c {
            '\\' => {
                out.push(c);
                out.extend(chars.next());
            }
            '[' => {
                in_class = true;
                out.push(c);
            }
            ']' => {
                in_class = false;
                out.push(c);
            }
            letter if letter.is_ascii_alphabetic() && in_class => {
                let last = range_end(&mut chars);
                for case in [letter, swap_case(letter)] {
                    out.push(case);
                    if let Some(last) = last {
                        out.push('-');
                        out.push(if case == letter {
                            last
                        } else {
                            swap_case(last)
                        });
                    }
                }
            }
            letter if letter.is_ascii_alphabetic() => {
                out.extend(['[', letter, swap_case(letter), ']']);
            }
            other => out.push(other),
        }
    }
    out
}

/// After a letter inside a class: the last letter of a range (`-z`), taken from `chars`.
fn range_end(chars: &mut std::iter::Peekable<std::str::Chars>) -> Option<char> {
    let mut ahead = chars.clone();
    let last = ahead.next().filter(|&c| c == '-').and(ahead.next())?;
    last.is_ascii_alphabetic().then(|| {
        chars.nth(1);
        last
    })
}

fn swap_case(letter: char) -> char {
    if letter.is_ascii_lowercase() {
        letter.to_ascii_uppercase()
    } else {
        letter.to_ascii_lowercase()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spells_out_both_cases_of_letters_and_ranges() {
        assert_eq!(
            either_case(r"\bwww\.[a-z0-9-]+\d(?:am|pm)[^\s<>]"),
            r"\b[wW][wW][wW]\.[a-zA-Z0-9-]+\d(?:[aA][mM]|[pP][mM])[^\s<>]"
        );
        assert_eq!(either_case("[a-c_x]"), "[a-cA-C_xX]");
    }
}
