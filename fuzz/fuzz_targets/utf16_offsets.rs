//! Fuzzes the byte-to-UTF-16 conversion against `str::encode_utf16` as the oracle, and
//! `Report::new` over findings with arbitrary (even out-of-range or mid-character) spans.
#![no_main]

use libfuzzer_sys::fuzz_target;
use replyguide_engine::{Finding, Severity, Span, Utf16Offsets};
use replyguide_fuzz as fx;

/// One structured input: a text and byte offsets into it (any value, valid or not).
#[derive(Debug, arbitrary::Arbitrary)]
struct Input {
    text: String,
    offsets: Vec<(usize, usize)>,
}

fuzz_target!(|input: Input| {
    let text = input.text.as_str();
    let map = Utf16Offsets::new(text);
    let utf16_len = text.encode_utf16().count();

    // Every character boundary, and past the end, against the oracle.
    let mut expected = 0;
    for (byte, ch) in text.char_indices() {
        assert_eq!(map.to_utf16(byte), expected, "byte {byte} of {text:?}");
        expected += ch.len_utf16();
    }
    assert_eq!(map.to_utf16(text.len()), utf16_len);
    assert_eq!(map.to_utf16(usize::MAX), utf16_len);

    // Any byte at all: never panics, never decreases, never passes the end.
    let mut last = 0;
    for byte in 0..=text.len() {
        let at = map.to_utf16(byte);
        assert!(
            at >= last && at <= utf16_len,
            "byte {byte} -> {at} of {text:?}"
        );
        last = at;
    }

    let findings: Vec<Finding> = input
        .offsets
        .iter()
        .map(|&(a, b)| Finding {
            rule: "fuzz".into(),
            severity: Severity::Hint,
            message: "m".into(),
            guideline: String::new(),
            why: String::new(),
            span: Some(Span::new(a % (text.len() + 2), b)),
            suggestion: None,
            related: None,
        })
        .collect();
    fx::assert_report(text, &findings);
});
