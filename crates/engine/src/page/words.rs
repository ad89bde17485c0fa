//! Small string helpers shared by the page parsers. None of them panics, whatever the input.

/// The byte offset of the first occurrence of `needle` in `haystack`, ignoring ASCII case.
/// The offset (and offset + `needle.len()`) is always a char boundary of `haystack`.
pub fn find_ignore_case(haystack: &str, needle: &str) -> Option<usize> {
    let (hay, pin) = (haystack.as_bytes(), needle.as_bytes());
    if pin.is_empty() || pin.len() > hay.len() {
        return None;
    }
    for start in 0..=hay.len() - pin.len() {
        if haystack.is_char_boundary(start)
            && hay[start..start + pin.len()].eq_ignore_ascii_case(pin)
        {
            return Some(start);
        }
    }
    None
}

/// The rest of `text` after the first `marker` (ignoring ASCII case), if `marker` occurs.
pub fn after_marker<'a>(text: &'a str, marker: &str) -> Option<&'a str> {
    let start = find_ignore_case(text, marker.trim())?;
    text.get(start + marker.trim().len()..)
}

/// `text` with every run of whitespace replaced by one space, trimmed.
pub fn collapse_whitespace(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Splits off a leading run of ASCII digits (at most `max` of them) as a number.
pub fn leading_number(text: &str, max: usize) -> Option<(u32, &str)> {
    let (mut number, mut len) = (0u32, 0);
    for digit in text.bytes() {
        if !digit.is_ascii_digit() {
            break;
        }
        len += 1;
        if len > max {
            return None;
        }
        number = number
            .checked_mul(10)?
            .checked_add(u32::from(digit - b'0'))?;
    }
    (len > 0).then(|| (number, &text[len..]))
}

/// Splits off a leading word (letters, `.` and apostrophes), e.g. `June` from `June 2025`.
pub fn leading_word(text: &str) -> Option<(&str, &str)> {
    let mut len = 0;
    for c in text.chars() {
        if !(c.is_alphabetic() || c == '.' || c == '\'') {
            break;
        }
        len += c.len_utf8();
    }
    (len > 0).then(|| text.split_at(len))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_regardless_of_case() {
        assert_eq!(find_ignore_case("Posted By x", "posted by"), Some(0));
        assert_eq!(find_ignore_case("ab", "abc"), None);
        assert_eq!(find_ignore_case("é Posted by", "posted"), Some(3));
        assert_eq!(find_ignore_case("anything", ""), None);
    }

    #[test]
    fn after_marker_gives_the_rest() {
        assert_eq!(after_marker("Posted by x", "posted by"), Some(" x"));
        assert_eq!(after_marker("nothing", "posted by"), None);
    }

    #[test]
    fn collapses_whitespace() {
        assert_eq!(collapse_whitespace("  a \n\t b  "), "a b");
    }

    #[test]
    fn numbers_and_words() {
        assert_eq!(leading_number("2025 x", 4), Some((2025, " x")));
        assert_eq!(leading_number("123456", 4), None);
        assert_eq!(leading_number("x", 4), None);
        assert_eq!(leading_word("June 2025"), Some(("June", " 2025")));
        assert_eq!(leading_word(" June"), None);
    }
}
