//! What the page says, whatever its markup: the first line a reader sees in each block element
//! (its inline text up to the first nested block), and among those lines the response headers
//! (`Response from …`, `Update posted by …`), the story's byline (`Posted by …`), the `About:`
//! label and a `Responses` heading. No class name or id is used; the wording is the profile's.

use wasm_bindgen::JsCast;
use web_sys::{Element, Node};

use replyguide_engine::page::dates::is_submitted_line;
use replyguide_engine::page::words::{collapse_whitespace, find_ignore_case};
use replyguide_engine::page::Markers;

use super::dom::matches_any;
use super::text::is_block;

/// A header longer than this is a paragraph that happens to start with the header's words.
const MAX_HEADER_CHARS: usize = 400;
/// How much of a block's first line is read: enough for any header or byline.
const MAX_LINE_CHARS: usize = 600;
/// A label (`About:`) may follow a few words of another language (`Am / About:`).
const MAX_LABEL_OFFSET: usize = 12;

/// A block element and its first line.
#[derive(Clone)]
pub struct Line {
    /// The block element.
    pub element: Element,
    /// Its first line: the lines of its leading inline text joined as one (see [`join_lines`]).
    pub text: String,
}

/// A response or author-update header.
pub struct Header {
    /// The header's block and text.
    pub line: Line,
    /// An author update (`Update posted by …`) rather than a response.
    pub is_update: bool,
}

/// The lines that anchor the reading of a page.
#[derive(Default)]
pub struct Landmarks {
    /// Response and author-update headers, in page order.
    pub headers: Vec<Header>,
    /// The first `Posted by …` line.
    pub byline: Option<Line>,
    /// The first `About: …` line.
    pub about: Option<Line>,
    /// A heading says responses follow (`Responses`, `3 responses`).
    pub has_responses_heading: bool,
}

impl Landmarks {
    /// Reads the lines of `root` (in page order), skipping `exclusions` and anything a person
    /// types in (forms, text boxes, editors): a draft is never read as part of the page.
    pub fn find(root: &Element, markers: &Markers, exclusions: &[String]) -> Self {
        let mut found = Self::default();
        let mut stack: Vec<Element> = vec![root.clone()];
        while let Some(element) = stack.pop() {
            if is_skipped(&element, exclusions) {
                continue;
            }
            if is_block(&element) || element.is_same_node(Some(root)) {
                let lines = leading_lines(&element, exclusions);
                if !lines.is_empty() {
                    found.note(&element, &lines, markers);
                }
            }
            let mut child = element.last_element_child();
            while let Some(c) = child {
                child = c.previous_element_sibling();
                stack.push(c);
            }
        }
        found
    }

    fn note(&mut self, element: &Element, lines: &[String], markers: &Markers) {
        let first = lines[0].as_str();
        let line = |text: String| Line {
            element: element.clone(),
            text,
        };
        if is_heading(element) && starts_with_any(without_count(first), &markers.responses_heading)
        {
            self.has_responses_heading = true;
        }
        let response = starts_with_any(first, &markers.response_from);
        let update = starts_with_any(first, &markers.update_posted_by);
        if response || update {
            let text = join_lines(lines, &markers.submitted_on);
            if text.chars().count() <= MAX_HEADER_CHARS {
                self.headers.push(Header {
                    line: line(text),
                    is_update: update && !response,
                });
            }
            return;
        }
        if self.byline.is_none() && starts_with_any(first, &markers.posted_by) {
            self.byline = Some(line(join_lines(lines, &[])));
        } else if self.about.is_none() && labelled(first, &markers.about).is_some() {
            self.about = Some(line(first.to_string()));
        }
    }
}

/// `text` begins (after any leading punctuation or symbols, e.g. `↳ `) with one of `markers`,
/// ignoring case, as a whole word.
pub fn starts_with_any(text: &str, markers: &[String]) -> bool {
    let text = text.trim_start_matches(|c: char| !c.is_alphanumeric());
    markers.iter().any(|marker| {
        let marker = marker.trim();
        find_ignore_case(text, marker) == Some(0)
            && !text[marker.len()..]
                .chars()
                .next()
                .is_some_and(char::is_alphanumeric)
    })
}

/// The text after a label (`About:`) found near the start of `text`.
pub fn labelled<'a>(text: &'a str, labels: &[String]) -> Option<&'a str> {
    labels.iter().find_map(|label| {
        let at = find_ignore_case(text, label.trim())?;
        (at <= MAX_LABEL_OFFSET).then(|| text[at + label.trim().len()..].trim())
    })
}

/// `3 Responses` → `Responses`: a heading may count what follows.
fn without_count(text: &str) -> &str {
    text.trim_start_matches(|c: char| c.is_ascii_digit() || c.is_whitespace())
}

/// A header or byline's lines as one: `Response from Name` + `Role, Organisation` →
/// `Response from Name, Role, Organisation`. Stops at an empty line or a date line.
fn join_lines(lines: &[String], date_markers: &[String]) -> String {
    let mut joined = String::new();
    for line in lines {
        if line.is_empty() || date_markers.iter().any(|m| is_submitted_line(line, m)) {
            break;
        }
        if !joined.is_empty() {
            joined.push_str(if joined.ends_with(',') { " " } else { ", " });
        }
        joined.push_str(line);
    }
    joined
}

/// The lines (split at `<br>`, whitespace collapsed) of `block`'s inline text before its first
/// nested block; empty when there is no such text. A leading empty line is dropped.
fn leading_lines(block: &Element, exclusions: &[String]) -> Vec<String> {
    let mut raw = String::new();
    let mut stack: Vec<Node> = children_reversed(block);
    while let Some(node) = stack.pop() {
        if raw.len() > MAX_LINE_CHARS {
            break;
        }
        if node.node_type() == Node::TEXT_NODE {
            raw.push_str(&node.node_value().unwrap_or_default());
            continue;
        }
        let Some(element) = node.dyn_ref::<Element>() else {
            continue;
        };
        if is_skipped(element, exclusions) {
            continue;
        }
        if is_block(element) {
            break;
        }
        if element.local_name().eq_ignore_ascii_case("br") {
            raw.push('\n');
            continue;
        }
        stack.extend(children_reversed(element));
    }
    let mut lines: Vec<String> = raw.split('\n').map(collapse_whitespace).collect();
    while lines.first().is_some_and(String::is_empty) {
        lines.remove(0);
    }
    lines
}

fn children_reversed(element: &Element) -> Vec<Node> {
    let mut children = Vec::new();
    let mut child = element.last_child();
    while let Some(c) = child {
        child = c.previous_sibling();
        children.push(c);
    }
    children
}

/// Never read: excluded elements, the document's head, and whatever a person types in.
fn is_skipped(element: &Element, exclusions: &[String]) -> bool {
    let name = element.local_name();
    matches!(
        name.to_ascii_lowercase().as_str(),
        "head" | "form" | "textarea" | "input" | "select"
    ) || is_editable(element)
        || matches_any(element, exclusions)
}

/// A `contenteditable` element in any of its editable forms.
pub fn is_editable(element: &Element) -> bool {
    element
        .get_attribute("contenteditable")
        .is_some_and(|value| !value.trim().eq_ignore_ascii_case("false"))
}

/// `h1`…`h6` or `role="heading"`.
pub fn is_heading(element: &Element) -> bool {
    let name = element.local_name().to_ascii_lowercase();
    (name.len() == 2 && name.starts_with('h') && name.as_bytes()[1].is_ascii_digit())
        || element.get_attribute("role").as_deref() == Some("heading")
}
