//! What the page says, whatever its markup: the first line a reader sees in each block element
//! (its inline text up to the first nested block), and among those lines the response headers
//! (`Response from …`, `Update posted by …`), the story's byline (`Posted by …`), the `About:`
//! label and a `Responses` heading. No class name or id is used; the wording is the profile's.

use web_sys::{Element, Node};

use replyguide_engine::page::Wording;
use replyguide_page::dates::{is_submitted_line, parse_local_date_time, strip_relative_age};
use replyguide_page::headers::strip_trailing_comma;
use replyguide_page::words::{
    after_marker, collapse_whitespace, find_ignore_case, leading_number, starts_with_ignore_case,
};

use super::dom::{line_text, non_empty, Scope};
use super::structure::has_block_child;
use super::text::{is_block, paragraphs};
use super::walk::{block_lines, LINE_BREAK};

/// A header longer than this is a paragraph that happens to start with the header's words.
const MAX_HEADER_CHARS: usize = 400;
/// How much of a block's first line is read: enough for any header or byline.
const MAX_LINE_CHARS: usize = 600;
/// A label (`About:`) may follow a few words of another language (`Am / About:`).
const MAX_LABEL_OFFSET: usize = 12;
/// A line on the story's responses (`This story has not had a response yet.`) is at most this
/// many words; a longer one is a sentence of the story.
const MAX_STATUS_WORDS: usize = 12;
/// A site's notice under a story (`Do you have a similar story to tell? Tell your story & make
/// a difference`) is at most this many words; a longer one is the story's own.
const MAX_NOTICE_WORDS: usize = 20;
/// A fact's label (`Posted by`) is at most this many words.
const MAX_LABEL_WORDS: usize = 3;

/// A block element and its first line.
#[derive(Clone)]
pub struct Line {
    /// The block element.
    pub element: Element,
    /// The line: for a header, its lines joined as one (see [`join_lines`]).
    pub text: String,
    /// The line is the block's first: the block belongs to it alone.
    pub first: bool,
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
    /// The `Posted by …` lines (the story's, and maybe related stories').
    pub bylines: Vec<Line>,
    /// The `About: …` lines.
    pub abouts: Vec<Line>,
    /// Lines in quotes before any byline: a story's title on a page without `<h1>`.
    pub titles: Vec<Line>,
    /// The story's own lines, chosen by [`Landmarks::choose_story_lines`].
    pub byline: Option<Line>,
    /// The story's `About:` line.
    pub about: Option<Line>,
    /// The story's title line, when it has no `<h1>`.
    pub title: Option<Line>,
    /// Other stories' reply teasers (`Response from Name, Role, Trust: “Thank you for…”`): no
    /// replies to this story, and no part of its text.
    pub teasers: Vec<Element>,
    /// A heading says responses follow (`Responses`, `3 responses`).
    pub has_responses_heading: bool,
    /// A line says there are none (`This story has not had a response yet`).
    pub says_no_responses: bool,
    /// A line counts some (`This story has had 2 responses`).
    pub counts_responses: bool,
    /// The document's title without the site's name after it (`Title | Care Opinion` →
    /// `Title`): a line that says it, before any byline, is the story's title.
    page_title: Option<String>,
    /// The blocks that are such a line and no more, or one of the site's own notices (`Do you
    /// have a similar story to tell?`): the page's word, never the story's text.
    pub status_lines: Vec<Element>,
}

impl Landmarks {
    /// Reads the lines of `root` (in page order), skipping `exclusions` and anything a person
    /// types in (forms, text boxes, editors): a draft is never read as part of the page.
    pub fn find(root: &Element, markers: &Wording, exclusions: &[String]) -> Self {
        let mut found = Self::read_lines(root, markers, exclusions);
        // A related story's teaser beside the story (`Response from …` under its title) is no
        // reply to this one.
        let beside = root.all(BESIDE_THE_PAGE);
        if !beside.is_empty() {
            found
                .headers
                .retain(|h| !beside.iter().any(|b| b.contains(Some(&h.line.element))));
        }
        found
    }

    fn read_lines(root: &Element, markers: &Wording, exclusions: &[String]) -> Self {
        let mut found = Self {
            page_title: root
                .owner_document()
                .and_then(|doc| title_before_site_name(&doc.title())),
            ..Self::default()
        };
        // A form around the page's title is the whole page (an ASP.NET page is one form): only
        // its fields are left out then.
        let forms_are_fields = root.first("form h1").is_none();
        let left_out = |name: &&str| forms_are_fields || *name != "form";
        let mut never_read = exclusions.to_vec();
        never_read.extend(
            TYPED_IN
                .iter()
                .copied()
                .filter(left_out)
                .map(str::to_string),
        );
        let unread: Vec<&str> = UNREAD.iter().copied().filter(left_out).collect();
        for (element, text) in block_lines(root, &never_read, &unread, MAX_LINE_CHARS) {
            let lines = lines_of(&text);
            if !lines.is_empty() {
                found.note(&element, &lines, markers);
            }
        }
        found
    }

    /// Looks at each line of `element`'s leading text (a legacy page may hold the title, the
    /// `About:` label and the byline in one block, a line each).
    fn note(&mut self, element: &Element, lines: &[String], markers: &Wording) {
        let line = |text: String, first: bool| Line {
            element: element.clone(),
            text,
            first,
        };
        if starts_with_any(without_count(&lines[0]), &markers.responses_heading)
            && is_heading(element)
        {
            self.has_responses_heading = true;
        }
        if self.note_facts(element, &lines[0], markers) {
            return;
        }
        for (i, text) in lines.iter().enumerate() {
            let says_none = markers
                .no_responses
                .iter()
                .any(|m| find_ignore_case(text, m.trim()).is_some());
            let counts = markers.responses_count.iter().any(|m| counts_some(text, m));
            self.says_no_responses |= says_none;
            self.counts_responses |= counts;
            if (says_none || counts)
                && lines.len() == 1
                && text.split_whitespace().count() <= MAX_STATUS_WORDS
            {
                self.status_lines.push(element.clone());
            }
            if lines.len() == 1
                && starts_with_any(text, &markers.site_notices)
                && text.split_whitespace().count() <= MAX_NOTICE_WORDS
            {
                self.status_lines.push(element.clone());
            }
            let response = starts_with_any(text, &markers.response_from)
                || after_badge(text, &markers.badges)
                    .is_some_and(|rest| starts_with_any(rest, &markers.response_from))
                || is_dated_label(text, &markers.response_labels);
            let update = starts_with_any(text, &markers.update_posted_by)
                || names_then_marker(text, &markers.author_replied);
            if response || update {
                let text = header_from_facts(element, text, markers)
                    .or_else(|| header_from_inline_facts(element, markers))
                    .unwrap_or_else(|| join_lines(&lines[i..], &markers.submitted_on));
                if quotes_a_reply(&text) {
                    self.teasers.push(element.clone());
                } else if text.chars().count() <= MAX_HEADER_CHARS && !ends_a_sentence(&text) {
                    self.headers.push(Header {
                        line: line(text, i == 0),
                        is_update: update && !response,
                    });
                }
                return;
            }
            if let Some((label, value)) = labelled_element(element, text, markers) {
                self.note_labelled(&label, value, markers);
            } else if starts_with_any(text, &markers.posted_by) {
                self.bylines.push(line(text.clone(), i == 0));
            } else if let Some(after) = labelled(text, &markers.about) {
                // `About:<br>Site / Service<br>Site / Other service`: one service a line.
                let mut text = text.clone();
                if after.is_empty() {
                    for next in lines[i + 1..].iter().take_while(|l| !l.is_empty()) {
                        text.push('\n');
                        text.push_str(next);
                    }
                }
                self.abouts.push(line(text, i == 0));
            } else if self.bylines.is_empty()
                && (is_quoted(text)
                    || self.is_page_title(text)
                    || (i == 0 && heads_story_facts(lines, markers)))
            {
                self.titles.push(line(text.clone(), i == 0));
            }
        }
    }
}

impl Landmarks {
    /// A block laid out as facts: its children in pairs, each a label and its value
    /// (`<span>About:</span><span>Site / Service</span><span>Posted by</span><span>sam</span>`).
    /// Notes each value of a known label as its own line. False when `element`'s line (`line`)
    /// does not start with a label or its children are not such pairs.
    fn note_facts(&mut self, element: &Element, line: &str, markers: &Wording) -> bool {
        let starts_with_label =
            starts_with_any(line, &markers.posted_by) || labelled(line, &markers.about).is_some();
        if !starts_with_label || has_own_text(element) {
            return false;
        }
        let mut children = Vec::new();
        let mut child = element.first_element_child();
        while let Some(c) = child {
            child = c.next_element_sibling();
            children.push(c);
        }
        let pairs = children.chunks_exact(2);
        if children.is_empty()
            || !pairs.remainder().is_empty()
            || !pairs
                .clone()
                .all(|pair| is_label_like(&line_text(&pair[0])))
        {
            return false;
        }
        for pair in pairs {
            let (label, value) = (&pair[0], &pair[1]);
            if let Some((label, _)) = labelled_element(label, &line_text(label), markers) {
                self.note_labelled(&label, value.clone(), markers);
            }
        }
        true
    }

    /// `text` is the document's title (the site's name aside), in any case.
    fn is_page_title(&self, text: &str) -> bool {
        self.page_title
            .as_deref()
            .is_some_and(|title| collapse_whitespace(text).eq_ignore_ascii_case(title))
    }

    /// Notes the value element of a `Posted by` or `About` label as a byline or `About:` line.
    fn note_labelled(&mut self, label: &str, value: Element, markers: &Wording) {
        let line = Line {
            text: format!("{label} {}", line_text(&value)),
            element: value,
            first: true,
        };
        if starts_with_any(&line.text, &markers.posted_by) {
            self.bylines.push(line);
        } else {
            self.abouts.push(line);
        }
    }

    /// Picks the story's byline, `About:` line and title: the first after the page's title
    /// (`title`, its `<h1>`, else the first quoted line), so that related stories listed before
    /// the story are passed over; else the first on the page.
    pub fn choose_story_lines(&mut self, title: Option<&Element>) {
        let title = title
            .cloned()
            .or_else(|| self.titles.first().map(|t| t.element.clone()));
        let after_title = |lines: &[Line]| {
            let title = title.as_ref();
            lines
                .iter()
                .find(|line| {
                    title.is_some_and(|t| {
                        t.contains(Some(&line.element))
                            || t.compare_document_position(&line.element)
                                & Node::DOCUMENT_POSITION_FOLLOWING
                                != 0
                    })
                })
                .or_else(|| lines.first())
                .cloned()
        };
        self.byline = after_title(&self.bylines);
        self.about = after_title(&self.abouts);
        self.title = self.titles.first().cloned();
    }
}

/// The longest value of a fact in a header (a name, a job title, an organisation).
const MAX_FACT_CHARS: usize = 120;

/// A header given as facts, each label followed by its value (`<dt>Response from</dt><dd>Name</dd>
/// <dt>Role</dt><dd>…</dd><dt>Organisation</dt><dd>…</dd><dt>Date</dt><dd>Submitted on …</dd>`),
/// written as one header line: the label, then the values but the date's, separated by commas
/// (`Response from Name, Role, Organisation`). `None` unless `element` is the label alone.
fn header_from_facts(element: &Element, line: &str, markers: &Wording) -> Option<String> {
    let label = line.trim().trim_end_matches(':').trim();
    let is_label_alone = markers
        .response_from
        .iter()
        .chain(&markers.update_posted_by)
        .any(|m| is_label(label, m.trim()))
        && line_text(element) == line.trim();
    if !is_label_alone {
        return None;
    }
    let mut values = Vec::new();
    // `<p>Response from</p><p>Name</p><p>Role</p><p>Organisation</p>`: one value a line, no
    // labels between them (labels and values are told apart by their elements, as `<dt>`/`<dd>`,
    // whatever wrappers hold each).
    let kind = |e: &Element| innermost(e).tag_name();
    let is_run_of_lines = next_after(element).is_some_and(|v| kind(&v) == kind(element));
    if is_run_of_lines {
        let mut value = next_after(element);
        while let Some(v) = value.filter(|v| kind(v) == kind(element)) {
            let text = line_text(&v);
            let is_date = markers
                .submitted_on
                .iter()
                .any(|m| find_ignore_case(&text, m.trim()).is_some());
            // A value may hold a line each for name, role and organisation.
            let lines = value_lines(&v);
            if is_date
                || lines.is_empty()
                || lines.iter().any(|l| l.chars().count() > MAX_FACT_CHARS)
            {
                break;
            }
            values.extend(lines);
            value = next_after(&v);
        }
        return (!values.is_empty()).then(|| format!("{label} {}", values.join(", ")));
    }
    let mut value = element.next_element_sibling();
    while let Some(v) = value {
        // `<ul><li>Name</li><li>Role,</li><li>Organisation</li></ul>`: a value of a line each.
        let text = if has_block_child(&v) {
            value_lines(&v)
                .iter()
                .map(|line| strip_trailing_comma(line))
                .collect::<Vec<_>>()
                .join(", ")
        } else {
            line_text(&v)
        };
        if text.chars().count() > MAX_FACT_CHARS {
            break;
        }
        if !markers
            .submitted_on
            .iter()
            .any(|m| find_ignore_case(&text, m.trim()).is_some())
        {
            values.extend(non_empty(text));
        }
        let Some(next_label) = v.next_element_sibling() else {
            break;
        };
        // `<dd>Organisation</dd><dd>Name</dd>`: another value of the same label.
        let is_value =
            |e: &Element| e.tag_name() == v.tag_name() && e.tag_name() != element.tag_name();
        if is_value(&next_label) {
            value = Some(next_label);
            continue;
        }
        if !is_label_like(&line_text(&next_label)) {
            break;
        }
        value = next_label.next_element_sibling();
    }
    (!values.is_empty()).then(|| format!("{label} {}", values.join(", ")))
}

/// A header whose label and values are inline elements of one block, each set on a line of its
/// own by the page's style (`<th><span>Ymateb gan / Response from</span> <span>Name</span>
/// <span>Role</span> <span>Organisation</span><p>Submitted on …</p></th>`): the label, then the
/// values separated by commas, up to a block or a value holding a number (a date, an age).
/// `None` unless the block's first element with text is the label alone, two values at least
/// follow it, and the block has no text of its own.
fn header_from_inline_facts(element: &Element, markers: &Wording) -> Option<String> {
    if has_own_text(element) {
        return None;
    }
    let mut child = element.first_element_child();
    while let Some(empty) = child.as_ref().filter(|c| line_text(c).is_empty()) {
        child = empty.next_element_sibling();
    }
    let label_element = child?;
    let text = line_text(&label_element);
    let label = text.trim_end_matches(':').trim();
    let is_label_alone = markers
        .response_from
        .iter()
        .chain(&markers.update_posted_by)
        .any(|m| is_label(label, m.trim()));
    if !is_label_alone {
        return None;
    }
    let mut values = Vec::new();
    let mut next = label_element.next_element_sibling();
    while let Some(value) = next.filter(|v| !is_block(v)) {
        let text = line_text(&value);
        if text.chars().count() > MAX_FACT_CHARS || text.contains(|c: char| c.is_ascii_digit()) {
            break;
        }
        values.extend(non_empty(strip_trailing_comma(&text).to_string()));
        next = value.next_element_sibling();
    }
    (values.len() >= 2).then(|| format!("{label} {}", values.join(", ")))
}

/// The block inside `element`'s wrappers: each holding one block and no text of its own.
fn innermost(element: &Element) -> Element {
    let mut inner = element.clone();
    while let Some(only) = inner
        .first_element_child()
        .filter(|c| c.next_element_sibling().is_none() && is_block(c) && !has_own_text(&inner))
    {
        inner = only;
    }
    inner
}

/// A fact's label: a word or three (`About:`, `Posted by`, `When`), not a value or punctuation.
fn is_label_like(text: &str) -> bool {
    let text = text.trim_end_matches(':');
    text.starts_with(char::is_alphabetic) && text.split_whitespace().count() <= MAX_LABEL_WORDS
}

/// `element` holds text of its own besides its child elements' (`About: <a>Site</a> / <a>Unit</a>`
/// is one line, not label and value elements).
pub fn has_own_text(element: &Element) -> bool {
    let children = element.child_nodes();
    (0..children.length()).any(|i| {
        children.item(i).is_some_and(|node| {
            node.node_type() == Node::TEXT_NODE
                && node
                    .node_value()
                    .is_some_and(|text| !text.trim().is_empty())
        })
    })
}

/// A label alone on its line (`Posted by`, `About`, as in a definition list's `<dt>`) whose value
/// is the next element: the label as the markers spell it, and that element.
fn labelled_element(element: &Element, text: &str, markers: &Wording) -> Option<(String, Element)> {
    let label = text.trim_end_matches(':').trim();
    let marker = markers
        .posted_by
        .iter()
        .chain(&markers.about)
        .find(|m| is_label(label, m.trim().trim_end_matches(':')))?;
    if line_text(element) != text {
        return None;
    }
    let value = next_after(element)?;
    (!line_text(&value).is_empty()).then(|| (marker.trim().to_string(), value))
}

/// `label` is `marker`, or two labels that say it in two languages (`Postiwyd gan / Posted by`;
/// not `Postiwyd gan / Posted by sam`, a label and its value).
pub fn is_label(label: &str, marker: &str) -> bool {
    if label.eq_ignore_ascii_case(marker) {
        return true;
    }
    let Some((first, second)) = label.split_once('/') else {
        return false;
    };
    let half = |text: &'_ str| text.trim().trim_end_matches(':').trim_end().to_owned();
    let (first, second) = (half(first), half(second));
    !second.contains('/')
        && (first.eq_ignore_ascii_case(marker) || second.eq_ignore_ascii_case(marker))
        && is_label_like(&first)
        && is_label_like(&second)
}

/// The lines of a header's value (`<div><div>Name</div><div>Role</div></div>`: each), without a
/// line that only gives its age (`24 days ago`).
fn value_lines(value: &Element) -> Vec<String> {
    paragraphs(value, &[])
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !strip_relative_age(line).trim().is_empty())
        .map(str::to_string)
        .collect()
}

/// The element after `element`, or after the wrappers that hold nothing else.
pub fn next_after(element: &Element) -> Option<Element> {
    let text = line_text(element);
    let mut at = element.clone();
    loop {
        if let Some(next) = at.next_element_sibling() {
            return Some(next);
        }
        at = at.parent_element().filter(|p| line_text(p) == text)?;
    }
}

/// `text` has `marker` followed by a number above zero: `has had 2 responses`.
fn counts_some(text: &str, marker: &str) -> bool {
    after_marker(text, marker)
        .and_then(|rest| leading_number(rest.trim_start(), 6))
        .is_some_and(|(count, _)| count > 0)
}

/// The most characters of a title line standing over the story's facts in their block.
const MAX_TITLE_CHARS: usize = 200;

/// `lines` are a legacy page's story heading in one block: a short first line, then the
/// `About:` line, then the byline (`Title<br>About: Service<br>Posted by …`): the first line is
/// the title, whatever its markup.
fn heads_story_facts(lines: &[String], markers: &Wording) -> bool {
    let [first, about, rest @ ..] = lines else {
        return false;
    };
    first.chars().count() <= MAX_TITLE_CHARS
        && !first.ends_with(':')
        && labelled(about, &markers.about).is_some()
        && rest.iter().any(|l| starts_with_any(l, &markers.posted_by))
}

/// The separators a document title puts between the page's own title and the site's name.
const BEFORE_SITE_NAME: &[&str] = &[" | ", " - ", " – ", " — ", " · "];

/// `Title | Care Opinion` → `Title`: the document title before its last separator, when it has
/// one (a title alone may be the site's name).
fn title_before_site_name(title: &str) -> Option<String> {
    let title = collapse_whitespace(title);
    let at = BEFORE_SITE_NAME
        .iter()
        .filter_map(|separator| title.rfind(separator))
        .max()?;
    let own = title[..at].trim();
    (!own.is_empty()).then(|| own.to_string())
}

/// A story title as the page shows it: the whole line in straight or curly double quotes.
fn is_quoted(text: &str) -> bool {
    let quoted =
        |open: char, close: char| text.len() > 2 && text.starts_with(open) && text.ends_with(close);
    quoted('"', '"') || quoted('“', '”')
}

/// A related story's teaser (`Response from Name, Role, Trust: “Thank you for…”`): the header's
/// words, then a colon and the start of the reply in quotes. A reply under another story.
fn quotes_a_reply(text: &str) -> bool {
    text.match_indices(':').any(|(at, _)| {
        text[at + 1..]
            .trim_start()
            .starts_with(['“', '"', '‘', '«'])
    })
}

/// A paragraph that happens to start with a header's words (`Response from the ward was slow.`)
/// ends as a sentence does; a header does not.
fn ends_a_sentence(text: &str) -> bool {
    text.ends_with(['.', '!', '?'])
}

/// `text` begins (after any leading punctuation or symbols, e.g. `↳ `) with one of `markers`,
/// ignoring case, as a whole word; or it does after the same words in another language and a
/// separator (`Freagra ó · Response from …`).
pub fn starts_with_any(text: &str, markers: &[String]) -> bool {
    starts_with_marker(text, markers)
        || after_other_language(text).is_some_and(|rest| starts_with_marker(rest, markers))
}

/// The longest date (and age) after a reply's label in a header naming no one.
const MAX_LABEL_DATE_CHARS: usize = 48;

/// `Response · 4 April 2019 at 9:12am (2 months ago)`: one of `labels`, a separator, then a date
/// and nothing else (an age aside): a reply's header naming no one (its writer signs below).
fn is_dated_label(text: &str, labels: &[String]) -> bool {
    labels.iter().any(|label| {
        let label = label.trim();
        let Some(rest) = text
            .get(label.len()..)
            .filter(|_| starts_with_ignore_case(text, label))
        else {
            return false;
        };
        let date = rest.trim_start_matches(|c: char| {
            c.is_whitespace() || matches!(c, '·' | '•' | '|' | '-' | '–' | '—' | ':')
        });
        let date = strip_relative_age(date);
        date.len() < rest.len()
            && date.chars().count() <= MAX_LABEL_DATE_CHARS
            && parse_local_date_time(date).is_some()
    })
}

/// The most words of a username before a marker that ends a header (`Mum of two (story
/// author) replied`).
const MAX_USERNAME_WORDS: usize = 4;

/// `text` is a username then one of `markers` (`sam62 (story author) replied`).
fn names_then_marker(text: &str, markers: &[String]) -> bool {
    name_before_marker(text, markers).is_some()
}

/// The username before one of `markers` that ends `text` (`sam62 (story author) added an
/// update · 2 weeks ago` → `sam62`), without the label of the writer set after it.
pub fn name_before_marker<'a>(text: &'a str, markers: &[String]) -> Option<&'a str> {
    // The age beside the header is no part of it.
    let text = strip_relative_age(text).trim();
    markers.iter().find_map(|marker| {
        let marker = marker.trim();
        let at = text.len().checked_sub(marker.len()).filter(|&at| at > 0)?;
        let before = text
            .get(at..)
            .filter(|end| end.eq_ignore_ascii_case(marker))
            .map(|_| &text[..at])?;
        if !(1..=MAX_USERNAME_WORDS).contains(&before.split_whitespace().count()) {
            return None;
        }
        // `sam62 (story author)`: the label in brackets says who, not the name.
        let name = match before.trim_end().strip_suffix(')') {
            Some(open) => open.rsplit_once('(').map_or(before, |(name, _)| name),
            None => before,
        };
        Some(name.trim()).filter(|name| !name.is_empty())
    })
}

/// `text` after a badge word set before it (`Update Response from …` → `Response from …`).
fn after_badge<'a>(text: &'a str, badges: &[String]) -> Option<&'a str> {
    let text = text.trim_start();
    badges.iter().find_map(|badge| {
        let badge = badge.trim();
        let rest = text.get(badge.len()..)?;
        (starts_with_ignore_case(text, badge) && rest.starts_with(char::is_whitespace))
            .then(|| rest.trim_start())
    })
}

/// What separates the two languages of a bilingual label.
const LANGUAGE_SEPARATORS: &[&str] = &[" / ", " · ", " | ", " – ", " — "];

/// `text` after a label of a few words and a separator (`Freagra ó · `).
fn after_other_language(text: &str) -> Option<&str> {
    let near_start = after_chars(text, MAX_LABEL_OFFSET * 2);
    // Each separator starts with a space: only there is one looked for (this runs for every
    // line of the page against every list of markers).
    let prefix = &text[..near_start];
    let (at, separator) = prefix.match_indices(' ').find_map(|(at, _)| {
        LANGUAGE_SEPARATORS
            .iter()
            .find(|s| prefix[at..].starts_with(*s))
            .map(|s| (at, s))
    })?;
    let label = &text[..at];
    (!label.trim().is_empty() && label.split_whitespace().count() <= MAX_LABEL_WORDS)
        .then(|| &text[at + separator.len()..])
}

/// The byte offset after the first `count` characters of `text` (its length when shorter),
/// counted on the bytes (every line of a page is measured so, against every list of markers).
fn after_chars(text: &str, count: usize) -> usize {
    let mut seen = 0;
    for (at, byte) in text.bytes().enumerate() {
        // A UTF-8 continuation byte is no character's start.
        if byte & 0xC0 != 0x80 {
            if seen == count {
                return at;
            }
            seen += 1;
        }
    }
    text.len()
}

fn starts_with_marker(text: &str, markers: &[String]) -> bool {
    let text = text.trim_start_matches(|c: char| !c.is_alphanumeric());
    markers.iter().any(|marker| {
        let marker = marker.trim();
        starts_with_ignore_case(text, marker)
            && !text
                .get(marker.len()..)
                .and_then(|rest| rest.chars().next())
                .is_some_and(char::is_alphanumeric)
    })
}

/// The text after a label (`About:`) found near the start of `text`.
pub fn labelled<'a>(text: &'a str, labels: &[String]) -> Option<&'a str> {
    labels.iter().find_map(|label| {
        let label = label.trim();
        // Counted in characters: the words before may be Welsh (`Ynglŷn â / About:`).
        let near_start = after_chars(text, MAX_LABEL_OFFSET + label.chars().count());
        let at = find_ignore_case(&text[..near_start], label)?;
        Some(text[at + label.len()..].trim())
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
        // A line of its own starting with a date (`19/11/2026 at 20:07`) is the date line.
        let is_date_line = !joined.is_empty() && parse_local_date_time(line).is_some();
        if line.is_empty()
            || is_date_line
            || date_markers.iter().any(|m| is_submitted_line(line, m))
        {
            break;
        }
        if !joined.is_empty() {
            joined.push_str(if joined.ends_with(',') { " " } else { ", " });
        }
        joined.push_str(line);
    }
    joined
}

/// A block's leading text as lines (split at `<br>`, whitespace collapsed); a leading empty line
/// is dropped, so a block with no text has none.
fn lines_of(text: &str) -> Vec<String> {
    let mut lines: Vec<String> = text.split(LINE_BREAK).map(collapse_whitespace).collect();
    while lines.first().is_some_and(String::is_empty) {
        lines.remove(0);
    }
    lines
}

/// What stands beside the page's content: related stories, navigation.
const BESIDE_THE_PAGE: &str = "aside, nav, [role=complementary]";

/// What a person types in: never read as part of the page (a draft is not a response).
const TYPED_IN: &[&str] = &["form", "textarea", "[contenteditable]"];

/// Elements whose content is never page text: the head, scripts, styles and form fields.
const UNREAD: &[&str] = &[
    "head", "script", "style", "template", "noscript", "form", "textarea", "input", "select",
];

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
