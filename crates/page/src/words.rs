//! Small string helpers shared by the page parsers. None of them panics, whatever the input.

/// The byte offset of the first occurrence of `needle` in `haystack`, ignoring ASCII case.
/// The offset (and offset + `needle.len()`) is always a char boundary of `haystack`.
pub fn find_ignore_case(haystack: &str, needle: &str) -> Option<usize> {
    let (hay, pin) = (haystack.as_bytes(), needle.as_bytes());
    if pin.is_empty() || pin.len() > hay.len() {
        return None;
    }
    // Only where the first byte matches, in either case, is the rest compared.
    let (lower, upper) = (pin[0].to_ascii_lowercase(), pin[0].to_ascii_uppercase());
    (0..=hay.len() - pin.len()).find(|&start| {
        (hay[start] == lower || hay[start] == upper)
            && haystack.is_char_boundary(start)
            && hay[start..start + pin.len()].eq_ignore_ascii_case(pin)
    })
}

/// `text` starts with `prefix`, ignoring ASCII case.
pub fn starts_with_ignore_case(text: &str, prefix: &str) -> bool {
    text.len() >= prefix.len()
        && text.as_bytes()[..prefix.len()].eq_ignore_ascii_case(prefix.as_bytes())
}

/// The rest of `text` after the first `marker` (ignoring ASCII case), if `marker` occurs.
pub fn after_marker<'a>(text: &'a str, marker: &str) -> Option<&'a str> {
    let start = find_ignore_case(text, marker.trim())?;
    text.get(start + marker.trim().len()..)
}

/// `text` with every run of whitespace replaced by one space, trimmed.
pub fn collapse_whitespace(text: &str) -> String {
    let mut collapsed = String::with_capacity(text.len());
    // Words are copied whole; only the bytes of non-ASCII characters are decoded (a page's text
    // is read this way many times, and is mostly ASCII).
    let mut word_start = None;
    let mut at = 0;
    while at < text.len() {
        let byte = text.as_bytes()[at];
        let (is_space, len) = if byte.is_ascii() {
            // `char::is_whitespace` of an ASCII character: `is_ascii_whitespace` leaves out
            // the vertical tab.
            (byte.is_ascii_whitespace() || byte == 0x0b, 1)
        } else {
            let c = text[at..].chars().next().unwrap_or_default();
            (c.is_whitespace(), c.len_utf8())
        };
        match (is_space, word_start) {
            (true, Some(start)) => {
                if !collapsed.is_empty() {
                    collapsed.push(' ');
                }
                collapsed.push_str(&text[start..at]);
                word_start = None;
            }
            (false, None) => word_start = Some(at),
            _ => {}
        }
        at += len;
    }
    if let Some(start) = word_start {
        if !collapsed.is_empty() {
            collapsed.push(' ');
        }
        collapsed.push_str(&text[start..]);
    }
    collapsed
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

/// A label's most words (`Tags`, `Related topics`, `Key words`).
const MAX_LIST_LABEL_WORDS: usize = 3;
/// An item's most words in a labelled list (`medication review`, `older people`).
const MAX_LIST_ITEM_WORDS: usize = 4;

/// `text` is a short label then a list of short items (`Tags: kindness, waiting times, falls`,
/// `Keywords: discharge · pharmacy`): what a story is filed under, not what it says. Two items at
/// least, none ending a sentence or holding a number, an address or a link.
pub fn is_labelled_list(text: &str) -> bool {
    let text = text.trim();
    let Some(at) = text.find([':', '?']) else {
        return false;
    };
    let (label, items) = (&text[..at], &text[at + 1..]);
    let label_words = label.split_whitespace().count();
    // `What was good? nurses, doctors · What could be improved? waiting`: a question of a few
    // words labels each list.
    let is_question = text[at..].starts_with('?');
    if label_words == 0
        || label_words > MAX_LIST_LABEL_WORDS + usize::from(is_question) * 2
        || (is_question && label_words < 2)
        || !label.trim().starts_with(char::is_alphabetic)
        || items.trim_end().ends_with(['.', '!', '?'])
    {
        return false;
    }
    let items: Vec<&str> = items
        .split([',', '·', '|', ';', '•'])
        .map(|item| {
            // The next question's label before its first item.
            let item = item.trim();
            match item.split_once('?') {
                Some((_, first)) if is_question => first.trim(),
                _ => item,
            }
        })
        .filter(|item| !item.is_empty())
        .collect();
    // A topic has no number, address or link in it (`Call: 0800 123 456, option 2` is advice).
    let is_topic = |item: &&str| {
        item.split_whitespace().count() <= MAX_LIST_ITEM_WORDS
            && !item.contains(|c: char| c.is_ascii_digit() || c == '@' || c == '/')
    };
    items.len() >= 2 && items.iter().all(is_topic)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_labelled_by_questions_are_labelled_lists() {
        assert!(is_labelled_list(
            "What was good? nurses, doctor, explanations · What could be improved? discharge lounge, waiting, comfort"
        ));
        assert!(!is_labelled_list(
            "Why? Because it was late, and nobody said sorry."
        ));
        assert!(!is_labelled_list(
            "Would I go back? Yes, of course, gladly, any time."
        ));
    }

    #[test]
    fn finds_regardless_of_case() {
        assert_eq!(find_ignore_case("Posted By x", "posted by"), Some(0));
        assert_eq!(find_ignore_case("ab", "abc"), None);
        assert_eq!(find_ignore_case("é Posted by", "posted"), Some(3));
        assert_eq!(find_ignore_case("anything", ""), None);
        assert_eq!(find_ignore_case("aXbxC", "xc"), Some(3));
        assert!(starts_with_ignore_case("Submitted on", "submitted"));
        assert!(!starts_with_ignore_case("é", "e"));
        assert!(!starts_with_ignore_case("Sub", "submitted"));
    }

    #[test]
    fn after_marker_gives_the_rest() {
        assert_eq!(after_marker("Posted by x", "posted by"), Some(" x"));
        assert_eq!(after_marker("nothing", "posted by"), None);
    }

    #[test]
    fn collapses_whitespace() {
        assert_eq!(collapse_whitespace("  a \n\t b  "), "a b");
        assert_eq!(
            collapse_whitespace("a\u{b}\u{a0}é\u{2003}b\u{3000}"),
            "a é b"
        );
        assert_eq!(collapse_whitespace("\u{a0} "), "");
        for text in ["x", " Ünïcode \u{85} text\r\n", "\u{feff}a\u{1680}b", ""] {
            let words: Vec<&str> = text.split_whitespace().collect();
            assert_eq!(collapse_whitespace(text), words.join(" "), "{text:?}");
        }
    }

    #[test]
    fn numbers_and_words() {
        assert_eq!(leading_number("2025 x", 4), Some((2025, " x")));
        assert_eq!(leading_number("123456", 4), None);
        assert_eq!(leading_number("x", 4), None);
        assert_eq!(leading_word("June 2025"), Some(("June", " 2025")));
        assert_eq!(leading_word(" June"), None);
    }

    #[test]
    fn a_label_then_short_items_is_a_labelled_list() {
        assert!(is_labelled_list(
            "Tags: mental health liaison, home treatment, waiting room, listening"
        ));
        assert!(is_labelled_list("Keywords: discharge · pharmacy"));
        assert!(!is_labelled_list("Tags: kindness"));
        assert!(!is_labelled_list(
            "The nurse said: wait here, we will call you."
        ));
        assert!(!is_labelled_list(
            "What I would like the hospital to know about the night: the wait, the cold"
        ));
        assert!(!is_labelled_list("No label here, just words, in a list"));
        assert!(!is_labelled_list("Call: 0800 123 456, option 2"));
    }
}
