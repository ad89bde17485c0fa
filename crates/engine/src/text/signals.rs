//! Concrete routes in a text: web addresses, email addresses and phone numbers.

use std::sync::OnceLock;

use super::pattern::{ascii_digits, contains_ignoring_case, not_space, Letters, Pattern};
use crate::Span;

/// An address has no white space and holds `://` or `www.`, or a `/` after its domain, or is a
/// bare domain on a public top-level domain (`hse.ie`, `birthtraumaassociation.org.uk`).
fn url_pattern() -> &'static Pattern {
    static PATTERN: OnceLock<Pattern> = OnceLock::new();
    Pattern::cached(
        &PATTERN,
        r"\b(?:https?://|www\.)[^ \t\n\v\f\r<>()]+[^ \t\n\v\f\r<>().,;:!?'’”]|\b[a-zA-Z0-9-]+(?:\.[a-zA-Z0-9-]+)*\.(?:org|nhs|gov|co|com|net|uk|au|ie|example)(?:\.[a-zA-Z]{2})?/[^ \t\n\v\f\r<>()]*[^ \t\n\v\f\r<>().,;:!?'’”]|\b[a-zA-Z0-9-]+(?:\.[a-zA-Z0-9-]+)*\.(?:(?:org|nhs|gov|co|com|net|ac)\.(?:uk|au)|ie|cymru|scot|wales|org|com|net)\b",
        Letters::EitherCase,
        not_space,
        |run| {
            run.contains('/')
                || (run.contains('.')
                    && (contains_ignoring_case(run, "www.")
                        || BARE_DOMAIN_ENDINGS
                            .iter()
                            .any(|ending| contains_ignoring_case(run, ending))))
        },
    )
}

/// What a bare domain ends with (after the last dot but one or the last dot).
const BARE_DOMAIN_ENDINGS: &[&str] = &[
    ".uk", ".au", ".ie", ".cymru", ".scot", ".wales", ".org", ".com", ".net",
];

/// An email address has no white space and holds `@`.
fn email_pattern() -> &'static Pattern {
    static PATTERN: OnceLock<Pattern> = OnceLock::new();
    Pattern::cached(
        &PATTERN,
        r"\b[a-zA-Z0-9._%+-]+@[a-zA-Z0-9-]+(?:\.[a-zA-Z0-9-]+)*\.[a-zA-Z]{2,}\b",
        Letters::EitherCase,
        not_space,
        |run| run.contains('@'),
    )
}

/// UK (01632 960218, 0800 123 4567, +44 …), Irish (01 234 5678, 087 123 4567, 1800 …, 1850 …,
/// +353 1 234 5678, +353 (0)1 …) and Australian ((02) 5550 7712, 0412 345 678, 1300 …, 1800 …,
/// 13 11 14, +61 2 …) numbers, and the Samaritans' 116 123: at least six digits with optional
/// spaces, dashes and brackets.
fn phone_pattern() -> &'static Pattern {
    static PATTERN: OnceLock<Pattern> = OnceLock::new();
    Pattern::cached(
        &PATTERN,
        r"(?:\+\d{2,3}[ \t\n\v\f\r]?(?:\(0\)[ \t\n\v\f\r]?)?\d{1,4}|\(0\d{1,4}\)|\b0\d{1,4}|\b1(?:[38]00|850|890))(?:[ \t\n\v\f\r-]?\d){5,9}\b|\b1(?:3|16)[ \t\n\v\f\r]?\d{1,2}[ \t\n\v\f\r]?\d{2,3}\b",
        Letters::AsWritten,
        |b| b.is_ascii_digit() || !not_space(b) || matches!(b, b'+' | b'(' | b')' | b'-'),
        |run| ascii_digits(run) >= 6,
    )
}

/// Web addresses (`https://…`, `www.…`, `healthwatch.example/contact`, `hse.ie`), leaving out
/// the domain of an email address.
pub fn urls(text: &str) -> Vec<Span> {
    let mut found = url_pattern().find_all(text);
    found.retain(|span| !text[..span.start].ends_with('@'));
    found
}

/// Email addresses.
pub fn emails(text: &str) -> Vec<Span> {
    email_pattern().find_all(text)
}

/// Phone numbers in UK, Australian and Irish formats.
pub fn phone_numbers(text: &str) -> Vec<Span> {
    phone_pattern().find_all(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(spans: Vec<Span>, text: &str) -> Vec<String> {
        spans.iter().map(|s| s.text(text).to_string()).collect()
    }

    #[test]
    fn finds_urls() {
        let t = "See https://www.example.org/advocacy. Or healthwatchwexcombe.example/contact, or www.nhs.uk. Not sam@hse.ie.";
        assert_eq!(
            texts(urls(t), t),
            [
                "https://www.example.org/advocacy",
                "healthwatchwexcombe.example/contact",
                "www.nhs.uk"
            ]
        );
    }

    #[test]
    fn finds_phone_numbers() {
        let t = "Call 01632 960218 or 0113 496 0471, or (02) 5550 7712, or 1800 123 456, or 1850 60 90 90. Not 2024 or 3.5.";
        assert_eq!(
            texts(phone_numbers(t), t),
            [
                "01632 960218",
                "0113 496 0471",
                "(02) 5550 7712",
                "1800 123 456",
                "1850 60 90 90"
            ]
        );
    }

    #[test]
    fn finds_emails() {
        let t = "Write to manager@larchfield.example today.";
        assert_eq!(texts(emails(t), t), ["manager@larchfield.example"]);
    }
}
