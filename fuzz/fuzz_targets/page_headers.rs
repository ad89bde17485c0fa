//! Fuzzes the page's wording around names: `Response from Name, Role, Org 16 months ago`
//! headers, signature blocks, `Posted by username`, `(as a relative),`, quoted titles, and the
//! response-kind heuristic. The markers come from config (`page.patterns`), so they are fuzzed
//! too. Nothing may panic, and what is read must be trimmed, non-empty text from the input.
#![no_main]

use libfuzzer_sys::fuzz_target;
use replyguide_engine::page::PageProfile;
use replyguide_page::headers::{
    parse_author_role, parse_response_header, parse_signature_lines, parse_username_after,
    strip_title_quotes, strip_trailing_comma, Signature,
};
use replyguide_page::kind::{classify_response, ResponseFacts};
use replyguide_page::words::{after_marker, find_ignore_case};

/// One structured input: the element text, a marker, and the story's services.
#[derive(Debug, arbitrary::Arbitrary)]
struct Input {
    marker: String,
    services: Vec<String>,
    is_author_update: bool,
    text: String,
}

/// A field read off the page is trimmed and non-empty.
fn assert_field(field: &Option<String>, what: &str) {
    if let Some(value) = field {
        assert!(
            !value.is_empty() && value.trim() == value,
            "{what}: {value:?}"
        );
    }
}

fn assert_signature(signature: &Signature) {
    assert_field(&signature.name, "name");
    assert_field(&signature.role, "role");
    assert_field(&signature.organisation, "organisation");
}

fuzz_target!(|input: Input| {
    let text = input.text.as_str();
    let patterns = PageProfile::default().patterns;

    if let Some(at) = find_ignore_case(text, &input.marker) {
        let end = at + input.marker.len();
        assert!(
            text.is_char_boundary(at) && text.is_char_boundary(end),
            "{at}..{end}"
        );
        assert!(text[at..end].eq_ignore_ascii_case(&input.marker));
    }
    after_marker(text, &input.marker);

    for marker in [input.marker.as_str(), patterns.response_from.as_str()] {
        if let Some(signature) = parse_response_header(text, marker) {
            assert_signature(&signature);
            classify_response(
                ResponseFacts {
                    is_author_update: input.is_author_update,
                    role: signature.role.as_deref(),
                    organisation: signature.organisation.as_deref(),
                    text,
                },
                &input.services,
                &PageProfile::default().third_sector_markers,
            );
        }
    }
    assert_signature(&parse_signature_lines(text));
    for marker in [input.marker.as_str(), patterns.posted_by.as_str()] {
        if let Some(username) = parse_username_after(text, marker) {
            assert!(!username.is_empty() && !username.contains(char::is_whitespace));
        }
    }
    assert_field(&parse_author_role(text), "author role");
    strip_trailing_comma(text);
    strip_title_quotes(text);
});
