//! Readable text of an element: block elements (paragraphs, list items, quotes…) become
//! paragraphs joined with a blank line, `<br>` a line break, runs of whitespace one space.
//! Elements matching the profile's `text_exclusions` (badges, widgets, hidden parts) are skipped.
//! The walk uses its own stack, so a deeply nested page cannot overflow the call stack.

use wasm_bindgen::JsCast;
use web_sys::{Element, Node};

use replyguide_engine::page::BLOCK_ELEMENTS;

use super::dom::{first_match, matches_any, non_empty, Scope};

/// `element` starts a paragraph of its own (a block element, not inline text).
pub fn is_block(element: &Element) -> bool {
    let mut name = element.local_name();
    name.make_ascii_lowercase();
    is_block_name(&name)
}

/// `name` (lower case) is the tag of a block element.
pub fn is_block_name(name: &str) -> bool {
    BLOCK_ELEMENTS.contains(&name)
}

/// The text of `root` as paragraphs (`"\n\n"` between them, `"\n"` for `<br>`).
pub fn paragraphs(root: &Element, exclusions: &[String]) -> String {
    let mut text = TextBuilder::default();
    let mut stack = vec![Step::Enter(root.clone().into())];
    while let Some(step) = stack.pop() {
        let node = match step {
            Step::Enter(node) => node,
            Step::EndBlock => {
                text.end_paragraph();
                continue;
            }
        };
        if node.node_type() == Node::TEXT_NODE {
            text.push_text(&node.node_value().unwrap_or_default());
            continue;
        }
        let Some(element) = node.dyn_ref::<Element>() else {
            continue;
        };
        if matches_any(element, exclusions) {
            continue;
        }
        let mut name = element.local_name();
        name.make_ascii_lowercase();
        if name == "br" {
            text.line_break();
            continue;
        }
        if is_block(element) {
            text.end_paragraph();
            stack.push(Step::EndBlock);
        }
        // Last child first, so the first is popped first.
        let mut child = node.last_child();
        while let Some(c) = child {
            child = c.previous_sibling();
            stack.push(Step::Enter(c));
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

enum Step {
    Enter(Node),
    EndBlock,
}

#[derive(Default)]
struct TextBuilder {
    /// The paragraphs ended so far, a blank line between them.
    text: String,
    current: String,
    pending_space: bool,
}

impl TextBuilder {
    fn push_text(&mut self, raw: &str) {
        for c in raw.chars() {
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
