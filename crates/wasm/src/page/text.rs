//! Readable text of an element: block elements (paragraphs, list items, quotes…) become
//! paragraphs joined with a blank line, `<br>` a line break, runs of whitespace one space.
//! Elements matching the profile's `text_exclusions` (badges, widgets, hidden parts) are skipped.
//! The walk (`walk.js`) uses its own stack, so a deeply nested page cannot overflow the call stack.

use web_sys::Element;

use replyguide_engine::page::BLOCK_ELEMENTS;
use replyguide_page::words::collapse_whitespace;

use super::dom::{first_match, non_empty, Scope};
use super::walk::{block_text, is_custom_block, LINE_BREAK, PARAGRAPH};

/// `element` starts a paragraph of its own (a block element, not inline text): also a custom
/// element (`<co-story>`) standing apart from running text, as a page's components are laid out.
pub fn is_block(element: &Element) -> bool {
    let mut name = element.local_name();
    name.make_ascii_lowercase();
    // Only a custom element's name has a hyphen: no other element crosses to `walk.js`.
    BLOCK_ELEMENTS.contains(&name.as_str())
        || (name.contains('-') && is_custom_block(element, &name))
}

/// The text of `root` as paragraphs (`"\n\n"` between them, `"\n"` for `<br>`).
pub fn paragraphs(root: &Element, exclusions: &[String]) -> String {
    paragraphs_leaving_out(root, exclusions, &[])
}

/// The [`paragraphs`] of `root` without the elements `left_out`: each block's text a paragraph
/// (empty ones dropped), each `<br>` a line, whitespace collapsed and trimmed on every line.
pub fn paragraphs_leaving_out(
    root: &Element,
    exclusions: &[String],
    left_out: &[Element],
) -> String {
    let raw = block_text(root, exclusions, left_out);
    let mut text = String::with_capacity(raw.len());
    let mut paragraph = String::new();
    for raw_paragraph in raw.split(PARAGRAPH) {
        paragraph.clear();
        for (i, line) in raw_paragraph.split(LINE_BREAK).enumerate() {
            if i > 0 {
                paragraph.push('\n');
            }
            paragraph.push_str(&collapse_whitespace(line));
        }
        let paragraph = paragraph.trim();
        if !paragraph.is_empty() {
            if !text.is_empty() {
                text.push_str("\n\n");
            }
            text.push_str(paragraph);
        }
    }
    text
}

/// The [`paragraphs`] of the element [`first_match`] finds, unless blank.
pub fn first_paragraphs(
    scope: &dyn Scope,
    selectors: &[String],
    exclusions: &[String],
) -> Option<String> {
    non_empty(paragraphs(&first_match(scope, selectors)?, exclusions))
}
