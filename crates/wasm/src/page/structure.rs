//! The page's structure without its class names: which part of the page belongs to each
//! response header, and which element inside a part holds its main text.

use web_sys::{Element, Node};

use replyguide_page::dates::{parse_submitted, strip_relative_age};
use replyguide_page::words::is_labelled_list;

use super::dom::{all_matching_any, line_text, Scope};
use super::landmarks::{is_editable, is_heading, Header};
use super::text::{is_block, paragraphs_leaving_out};

/// What a response's part of the page may not reach into: a reply form, a text box or editor.
const INPUTS: &str = "form, textarea, [contenteditable]";
/// Extra text a header block may hold besides the header (an age, a badge) and still be only
/// the header, so that the response continues in the elements after it.
const HEADER_SLACK_CHARS: usize = 60;
/// A label before a row of links (`Tags:`, `Related topics:`) is at most this long.
const MAX_LABEL_CHARS: usize = 24;

/// Each header's part of the page, in page order: the largest ancestor of the header that holds
/// no other header, no heading of its own, no reply form and none of `stops` (the story's own
/// lines); when that is the header alone (responses laid out flat, one after another), the
/// header with the elements after it up to the next header or heading.
pub fn response_parts(headers: &[Header], stops: &[&Element]) -> Vec<Vec<Element>> {
    let mut parts = Vec::with_capacity(headers.len());
    for (i, header) in headers.iter().enumerate() {
        let element = &header.line.element;
        // The headers inside an element are consecutive in page order, so an element holding
        // another header holds a neighbour.
        let others: Vec<&Element> = [i.checked_sub(1), Some(i + 1)]
            .into_iter()
            .flatten()
            .filter_map(|j| headers.get(j).map(|h| &h.line.element))
            .collect();
        let holds_another = |e: &Element| others.iter().any(|o| e.contains(Some(o)));
        let is_stop = |e: &Element| {
            holds_another(e)
                || stops.iter().any(|s| e.contains(Some(s)))
                || e.first(INPUTS).is_some()
                || is_editable(e)
        };
        let mut block = element.clone();
        while let Some(parent) = block.parent_element() {
            if is_stop(&parent)
                || has_other_heading(&parent, &block, &header.line.text)
                || is_root(&parent)
            {
                break;
            }
            block = parent;
        }
        let mut part = vec![block.clone()];
        if line_text(&block).len() <= header.line.text.len() + HEADER_SLACK_CHARS {
            let ends_part = |e: &Element| {
                is_stop(e)
                    || (is_heading(e) && !is_part_of_header(e, &header.line.text))
                    || e.first("h1, h2, h3, h4, h5, h6").is_some()
            };
            let mut next = block.next_element_sibling();
            while let Some(sibling) = next.filter(|s| !ends_part(s)) {
                next = sibling.next_element_sibling();
                part.push(sibling);
            }
            // Nothing after it: the header closes its reply (`<div>text</div><footer>Response
            // from …</footer>`, a signature block), whose text stands before it, back to what
            // an earlier header's part holds.
            if part.len() == 1 {
                let taken = |e: &Element| {
                    parts
                        .iter()
                        .flatten()
                        .any(|p: &Element| p.is_same_node(Some(e)) || p.contains(Some(e)))
                };
                let mut before = block.previous_element_sibling();
                while let Some(sibling) = before.filter(|s| !ends_part(s) && !taken(s)) {
                    before = sibling.previous_element_sibling();
                    part.insert(0, sibling);
                }
            }
        }
        parts.push(part);
    }
    parts
}

/// `parent` has a heading child other than `block` (the `Responses` heading of a list): the
/// response ends below it. A heading saying part of the header `header_text` (the responder's
/// name set as a heading under a `Response from` label) is the header's own.
fn has_other_heading(parent: &Element, block: &Element, header_text: &str) -> bool {
    let mut child = parent.first_element_child();
    while let Some(c) = child {
        if !c.is_same_node(Some(block)) && is_heading(&c) && !is_part_of_header(&c, header_text) {
            return true;
        }
        child = c.next_element_sibling();
    }
    false
}

/// `heading` says part of the header `header_text` (its age aside).
fn is_part_of_header(heading: &Element, header_text: &str) -> bool {
    let text = line_text(heading);
    let text = strip_relative_age(&text).trim();
    !text.is_empty() && header_text.contains(text)
}

fn is_root(element: &Element) -> bool {
    let name = element.local_name().to_ascii_lowercase();
    name == "body" || name == "html"
}

/// Where [`main_text`] looks.
pub struct TextScope<'a> {
    /// Elements the text is not in (a header, a byline, a title): their parts are looked in.
    pub landmarks: &'a [&'a Element],
    /// The text ends before this element (the story's, before the first response).
    pub end: Option<&'a Element>,
    /// Elements never read (asides, navigation), by tag name.
    pub skipped: &'a [&'a str],
}

/// The label of a `<details>` disclosure: it may be a header (a landmark), never main text.
const DISCLOSURE_LABEL: &str = "details > summary";

/// The main text of a part of the page and the elements it was read from.
pub struct MainText {
    pub text: String,
    /// The elements holding the text: none holds a landmark or a date line.
    pub blocks: Vec<Element>,
}

/// The main text of `container`: its largest element holding none of the scope's landmarks
/// and no date line, with the paragraphs beside it when it is a paragraph itself. Elements
/// matching `exclusions` or skipped by the scope are passed over; so are paragraphs made only
/// of links (`Link to this response | Report`).
pub fn main_text(
    container: &Element,
    scope: &TextScope,
    date_markers: &[String],
    exclusions: &[String],
) -> Option<MainText> {
    let is_after_end = |e: &Element| {
        scope.end.is_some_and(|end| {
            !e.contains(Some(end))
                && e.compare_document_position(end) & Node::DOCUMENT_POSITION_PRECEDING != 0
        })
    };
    let is_special = |e: &Element, text: &str| {
        scope
            .landmarks
            .iter()
            .chain(&scope.end)
            .any(|l| e.contains(Some(l)))
            || date_markers
                .iter()
                .any(|m| parse_submitted(text, m).is_some())
    };
    // The excluded elements, found with one query for the part rather than one a child.
    let excluded = all_matching_any(container, exclusions);
    let is_excluded = |e: &Element| excluded.iter().any(|x| x.is_same_node(Some(e)));
    let mut largest: Option<(Element, usize)> = None;
    let mut stack = vec![container.clone()];
    while let Some(element) = stack.pop() {
        // A landmark's inline elements (`<p><b>Response from …</b></p>`) are its line, not text.
        let is_landmark = scope
            .landmarks
            .iter()
            .any(|l| l.is_same_node(Some(&element)));
        let mut child = element.first_element_child();
        while let Some(c) = child {
            child = c.next_element_sibling();
            let name = c.local_name().to_ascii_lowercase();
            if is_excluded(&c)
                || scope.skipped.contains(&name.as_str())
                || is_after_end(&c)
                || (is_landmark && !is_block(&c))
            {
                continue;
            }
            let text = line_text(&c);
            if text.is_empty() {
                continue;
            }
            if is_special(&c, &text) {
                stack.push(c);
            } else if largest.as_ref().is_none_or(|(_, len)| text.len() > *len) {
                largest = Some((c, text.len()));
            }
        }
    }
    let (main, _) = largest?;
    let mut blocks = vec![main.clone()];
    // A paragraph may stand in wrappers of its own (`<div><div><p>…</p></div></div>`), its
    // neighbours in none: each is known by what its wrappers hold. A line with a `<time>` is a
    // date line, not text.
    let paragraph = unwrapped(&main);
    if !has_block_child(&paragraph) {
        let paragraph_name = paragraph.local_name();
        let joins = |e: &Element| {
            let chain = wrapper_chain(e);
            let is_paragraph = chain
                .last()
                .is_some_and(|inner| inner.local_name() == paragraph_name);
            let is_beside = || {
                chain.iter().any(|w| {
                    let name = w.local_name().to_ascii_lowercase();
                    scope.skipped.contains(&name.as_str())
                })
            };
            if !is_paragraph || is_beside() || e.first("time").is_some() {
                return false;
            }
            let text = line_text(e);
            !is_excluded(e)
                && !is_special(e, &text)
                && !is_links_only(e, &text)
                && !is_labelled_list(&text)
                && !is_after_end(e)
        };
        let mut before = main.previous_element_sibling();
        while let Some(e) = before.filter(|e| line_text(e).is_empty() || joins(e)) {
            before = e.previous_element_sibling();
            blocks.insert(0, e);
        }
        let mut after = main.next_element_sibling();
        while let Some(e) = after.filter(|e| line_text(e).is_empty() || joins(e)) {
            after = e.next_element_sibling();
            blocks.push(e);
        }
    }
    // Within the text a disclosure's label ("Read full response") is a control, not content.
    let exclusions: Vec<String> = exclusions
        .iter()
        .cloned()
        .chain([DISCLOSURE_LABEL.to_string()])
        .collect();
    let mut text = String::new();
    for block in &blocks {
        let paragraph = paragraphs_leaving_out(block, &exclusions, &trailing_furniture(block));
        if !paragraph.is_empty() {
            if !text.is_empty() {
                text.push_str("\n\n");
            }
            text.push_str(&paragraph);
        }
    }
    (!text.is_empty()).then_some(MainText { text, blocks })
}

/// The last child of `element` when it is a labelled list (`Tags: kindness, waiting times`): what
/// the text is filed under, set after it, not said; or, after other paragraphs, links alone
/// (`Link to this response`): the page's controls, not the text. Either stands on a line of its
/// own: a block, or an inline element after a block (`<p>…</p><span><a>Report</a></span>`). It
/// may close the last block of `element` (a table row's last cell).
fn trailing_furniture(element: &Element) -> Vec<Element> {
    let Some(last) = element.last_element_child() else {
        return Vec::new();
    };
    let text = line_text(&last);
    let before = last.previous_element_sibling();
    let own_line = is_block(&last) || before.as_ref().is_some_and(is_block);
    let is_furniture =
        own_line && (is_labelled_list(&text) || (before.is_some() && is_links_only(&last, &text)));
    if is_furniture {
        vec![last]
    } else if is_block(&last) && has_block_child(&last) {
        trailing_furniture(&last)
    } else {
        Vec::new()
    }
}

/// The element inside `element`'s wrappers: the innermost of a chain of elements each holding
/// one element and no text of its own.
fn unwrapped(element: &Element) -> Element {
    wrapper_chain(element)
        .pop()
        .unwrap_or_else(|| element.clone())
}

/// Elements that may only wrap another (a layout's boxes), unlike a table or a list.
const WRAPPERS: &[&str] = &["div", "section", "article"];

/// `element`, then each element its wrappers hold alone, down to the innermost.
fn wrapper_chain(element: &Element) -> Vec<Element> {
    let mut chain = vec![element.clone()];
    let mut inner = element.clone();
    while let Some(only) = Some(&inner)
        .filter(|inner| WRAPPERS.contains(&inner.local_name().to_ascii_lowercase().as_str()))
        .and_then(Element::first_element_child)
        .filter(|c| c.next_element_sibling().is_none())
    {
        if line_text(&only).len() != line_text(&inner).len() {
            break;
        }
        chain.push(only.clone());
        inner = only;
    }
    chain
}

pub fn has_block_child(element: &Element) -> bool {
    let mut child = element.first_element_child();
    while let Some(c) = child {
        if is_block(&c) {
            return true;
        }
        child = c.next_element_sibling();
    }
    false
}

/// All of `element`'s words are in links or buttons, but for a short label or question before
/// them (`Tags: discharge · pharmacy`, `Was this response helpful? Yes | No`).
fn is_links_only(element: &Element, text: &str) -> bool {
    let in_links: usize = element
        .all("a, button")
        .iter()
        .map(|link| letters(&line_text(link)))
        .sum();
    let label = text
        .split_once(':')
        .filter(|(label, _)| label.chars().count() <= MAX_LABEL_CHARS)
        .or_else(|| {
            text.split_once('?')
                .filter(|(question, _)| question.split_whitespace().count() <= MAX_QUESTION_WORDS)
        })
        .map_or(0, |(label, _)| letters(label));
    in_links > 0 && in_links + label >= letters(text)
}

/// The most words of a question set before links (`Was this response helpful?`).
const MAX_QUESTION_WORDS: usize = 6;

fn letters(text: &str) -> usize {
    text.chars().filter(|c| c.is_alphanumeric()).count()
}
