//! One table of texts and what each built-in pattern finds in them. Text before a match holds
//! non-ASCII characters (é, emoji, curly quotes) so byte offsets are proven, and `ſ` and the
//! Kelvin sign `K` show that Unicode case folding plays no part.

use crate::rules::paste_not_link::{day_pattern, postcode_pattern, time_pattern};
use crate::Span;

/// A text, a built-in pattern and the text of each match it should find, in order.
struct PatternCase {
    /// The pattern's name.
    pattern: &'static str,
    /// Runs the pattern.
    find: fn(&str) -> Vec<Span>,
    /// The text searched.
    text: &'static str,
    /// What each match covers, in order.
    found: &'static [&'static str],
}

impl PatternCase {
    /// The text each match the pattern finds covers (empty for a span off character boundaries).
    fn run(&self) -> Vec<&'static str> {
        (self.find)(self.text)
            .iter()
            .map(|span| span.text(self.text))
            .collect()
    }
}

/// Every case.
const PATTERN_CASES: &[PatternCase] = &[
    PatternCase {
        pattern: "urls",
        find: super::urls,
        text: "See https://www.example.org/advocacy. Or healthwatchwexcombe.example/contact, or www.nhs.uk.",
        found: &["https://www.example.org/advocacy", "healthwatchwexcombe.example/contact", "www.nhs.uk"],
    },
    PatternCase {
        pattern: "urls",
        find: super::urls,
        text: "Details at highlandcarerslink.org.uk, or hse.ie. Not e.g. or 3.5 or Dr.Who or notes.txt.",
        found: &["highlandcarerslink.org.uk", "hse.ie"],
    },
    PatternCase {
        pattern: "urls",
        find: super::urls,
        text: "Café 😀 “see” HTTPS://NHS.UK/a’ and Www.Nhs.Uk/x, (link.ORG/y).",
        found: &["HTTPS://NHS.UK/a", "Www.Nhs.Uk/x", "link.ORG/y"],
    },
    PatternCase {
        pattern: "urls",
        find: super::urls,
        text: "httpſ://a.org/b \u{212A}ent.org/x https://é.example/ü😀",
        found: &["a.org/b", "ent.org/x", "https://é.example/ü😀"],
    },
    PatternCase {
        pattern: "emails",
        find: super::emails,
        text: "Write to manager@larchfield.example today, or “PALS@NHS.NET”; naïve@é.org is not one.",
        found: &["manager@larchfield.example", "PALS@NHS.NET"],
    },
    PatternCase {
        pattern: "phone_numbers",
        find: super::phone_numbers,
        text: "Call 01632 960218 or 0113 496 0471, or (02) 5550 7712, or 1800 123 456. Not 2024 or 3.5.",
        found: &["01632 960218", "0113 496 0471", "(02) 5550 7712", "1800 123 456"],
    },
    PatternCase {
        pattern: "phone_numbers",
        find: super::phone_numbers,
        text: "😀 “Ring” +44 01632 960218 — or é01632 960218\u{a0}01 234 5678",
        found: &["+44 01632 960218", "01632 960218", "01 234 5678"],
    },
    PatternCase {
        pattern: "phone_numbers",
        find: super::phone_numbers,
        text: "Ring +353 1 234 5678, +353 (0)1 234 5678, 087 123 4567, 13 11 14, 116 123, \
               +61 2 5550 7712 or 0412 345 678; not 13 10 2024, 1300 cases or 11 children.",
        found: &[
            "+353 1 234 5678",
            "+353 (0)1 234 5678",
            "087 123 4567",
            "13 11 14",
            "116 123",
            "+61 2 5550 7712",
            "0412 345 678",
        ],
    },
    PatternCase {
        pattern: "postcodes",
        find: |text| postcode_pattern().find_all(text),
        text: "Visit us at Unit 4, Wexcombe WX1 2AB. Or “café” SW1A 1AA, not wx1 2ab or WX1 2AC. Cork T12 DC4A, Melbourne VIC 3000, not VIC 30000.",
        found: &["WX1 2AB", "SW1A 1AA", "T12 DC4A", "VIC 3000"],
    },
    PatternCase {
        pattern: "times",
        find: |text| time_pattern().find_all(text),
        text: "Open “Mon–Fri” 9am to 5PM, Sat 10.30 am – 1pm, noon, 17:45, MIDNIGHT; not 25:00, but 9amß.",
        found: &["9am", "5PM", "10.30 am", "1pm", "noon", "17:45", "MIDNIGHT", "9am"],
    },
    PatternCase {
        pattern: "days",
        find: |text| day_pattern().find_all(text),
        text: "Café 😀 open Mon–Fri and SATURDAYS, closed Bank Holidays and weekends; not ſunday or monthly.",
        found: &["Mon", "Fri", "SATURDAYS", "Bank Holidays", "weekends"],
    },
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_pattern_finds_what_the_table_says() {
        for case in PATTERN_CASES {
            assert_eq!(case.run(), case.found, "{}: {:?}", case.pattern, case.text);
        }
    }
}
