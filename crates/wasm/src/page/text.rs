//! Readable text of an element: block elements (paragraphs, list items, quotes…) become
//! paragraphs joined with a blank line, `<br>` a line break, runs of whitespace one space.
//! Elements matching the profile's `text_exclusions` (badges, widgets, hidden parts) are skipped.
//! The walk (`walk.js`) uses its own stack, so a deeply nested page cannot overflow the call stack.

use web_sys::{Element, Node};

use replyguide_engine::page::BLOCK_ELEMENTS;

use super::dom::{first_match, non_empty, Scope};
use super::walk::{block_text, LINE_BREAK, PARAGRAPH};

/// `element` starts a paragraph of its own (a block element, not inline text): also a custom
/// element (`<co-story>`) standing apart from running text, as a page's components are laid out
/// (`walk.js`'s `isBlock` decides the same).
pub fn is_block(element: &Element) -> bool {
    let mut name = element.local_name();
    name.make_ascii_lowercase();
    BLOCK_ELEMENTS.contains(&name.as_str())
        || (name.contains('-') && !stands_in_running_text(element))
}

/// `element` has text beside it in its parent (it is part of a sentence).
fn stands_in_running_text(element: &Element) -> bool {
    let mut node = element.parent_node().and_then(|p| p.first_child());
    while let Some(n) = node {
        if n.node_type() == Node::TEXT_NODE && n.node_value().is_some_and(|t| !t.trim().is_empty())
        {
            return true;
        }
        node = n.next_sibling();
    }
    false
}

/// The text of `root` as paragraphs (`"\n\n"` between them, `"\n"` for `<br>`).
pub fn paragraphs(root: &Element, exclusions: &[String]) -> String {
    paragraphs_leaving_out(root, exclusions, &[])
}

/// The [`paragraphs`] of `root` without the elements `left_out`.
pub fn paragraphs_leaving_out(
    root: &Element,
    exclusions: &[String],
    left_out: &[Element],
) -> String {
    let mut text = TextBuilder::default();
    for c in block_text(root, exclusions, left_out).chars() {
        match c {
            PARAGRAPH => text.end_paragraph(),
            LINE_BREAK => text.line_break(),
            c => text.push(c),
        }
    }
    text.finish()
}

/// The [`paragraphs`] of the element [`first_match`] finds, unless blank.
pub fn first_paragraphs(
    scope: &dyn Scope,
    selectors: &[String],
    exclusions: &[String],
) -> Option<String> {
    non_empty(paragraphs(&first_match(scope, selectors)?, exclusions))
}

#[derive(Default)]
struct TextBuilder {
    /// The paragraphs ended so far, a blank line between them.
    text: String,
    current: String,
    pending_space: bool,
}

impl TextBuilder {
    fn push(&mut self, c: char) {
        if c.is_whitespace() {
            self.pending_space = !self.current.is_empty() && !self.current.ends_with('\n');
        } else {
            if self.pending_space {
                self.current.push(' ');
                self.pending_space = false;
            }
            self.current.push(c);
        }
    }

    fn line_break(&mut self) {
        self.current
            .truncate(self.current.trim_end_matches(' ').len());
        self.current.push('\n');
        self.pending_space = false;
    }

    fn end_paragraph(&mut self) {
        let paragraph = self.current.trim();
        if !paragraph.is_empty() {
            if !self.text.is_empty() {
                self.text.push_str("\n\n");
            }
            self.text.push_str(paragraph);
        }
        self.current.clear();
        self.pending_space = false;
    }

    fn finish(mut self) -> String {
        self.end_paragraph();
        self.text
    }
}
