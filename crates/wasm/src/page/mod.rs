//! The story-page reader: the only code that touches the DOM. It reads a `Document` into the
//! engine's `StoryContext` using the selectors and patterns of the config's `PageProfile` and the
//! engine's pure parsers. What cannot be read is left empty and named in `unknown`, never guessed;
//! nothing here throws or panics, whatever the page.

mod dates;
mod dom;
mod landmarks;
mod responses;
mod story;
mod structure;
mod text;
mod walk;

use chrono::{DateTime, Utc};
use serde::Serialize;
use web_sys::{Document, Element, Node};

use replyguide_engine::config::strings;
use replyguide_engine::page::{PageProfile, Wording};
use replyguide_engine::StoryContext;
use replyguide_page::words::find_ignore_case;
use replyguide_page::zones::Zone;

use dom::{attribute, first_match, line_text, Scope};
use landmarks::Landmarks;

/// What was read off a page (`PageReading` in ARCHITECTURE.md).
#[derive(Debug, Clone, Default, Serialize)]
pub struct PageReading {
    /// The story, its services and the responses already posted.
    pub story: StoryContext,
    /// The fields that could not be read, e.g. `posted`, `responses[1].posted`.
    pub unknown: Vec<String>,
}

impl PageReading {
    /// A reading of a page that could not be read at all.
    pub fn unreadable() -> Self {
        Self {
            story: StoryContext::default(),
            unknown: strings(story::FIELDS),
        }
    }
}

/// Reads `doc`. `document_url` is used when the page has no `<link rel="canonical">`.
pub fn read_document(
    doc: &Document,
    profile: &PageProfile,
    document_url: Option<String>,
) -> PageReading {
    let Some(html) = doc.document_element() else {
        return PageReading::unreadable();
    };
    let revealing;
    let profile = match revealed_on_demand(doc) {
        ids if ids.is_empty() => profile,
        ids => {
            revealing = profile.revealing(&ids);
            &revealing
        }
    };
    let mut unknown = Unknowns::default();
    let url = canonical_url(doc).or(document_url.filter(|u| is_web_address(u)));
    let markers = profile.markers();
    let mut landmarks = Landmarks::find(&html, &markers, &profile.text_exclusions);
    landmarks.choose_story_lines(first_match(doc, &profile.title).as_ref());
    let root = story_root(doc, profile, &landmarks).unwrap_or(html);
    let time = story_time(doc, &root, profile, &markers, &landmarks);
    let body = doc.first("body");
    let zone = dates::page_zone(url.as_deref(), time.as_ref(), body.as_ref());
    let posted = time
        .as_ref()
        .and_then(dates::story_posted)
        .or_else(|| byline_posted(&landmarks, &markers, zone));
    let story_page = story::StoryPage {
        profile,
        markers: &markers,
        landmarks: &landmarks,
        time: time.as_ref(),
    };
    let mut story = story::read(&root, posted, &story_page, &mut unknown);
    unknown.note(None, &[("url", url.is_some())]);
    story.url = url;
    let story_lines: Vec<&Element> = landmarks.byline.iter().map(|b| &b.element).collect();
    let service_links: Vec<String> = doc
        .all(story::SERVICE_LINK)
        .iter()
        .map(line_text)
        .filter(|name| !name.is_empty())
        .collect();
    let page = responses::Page {
        doc,
        profile,
        markers: &markers,
        landmarks: &landmarks,
        story_lines: &story_lines,
        zone,
        service_links: &service_links,
    };
    story.responses = responses::read(&page, &story, &mut unknown);
    story.responses_unknown = story.responses.is_empty()
        && (((landmarks.has_responses_heading || landmarks.counts_responses)
            && !landmarks.says_no_responses)
            || loads_responses(doc, &markers));
    unknown.note(None, &[("responses", !story.responses_unknown)]);
    PageReading {
        story,
        unknown: unknown.0,
    }
}

/// The element holding the story: the profile's, unless it holds a response header (a generic
/// selector that found a response) or lacks the title; else the largest ancestor of the byline that holds no
/// response and no reply form, or, when that lacks the title, the nearest ancestor with the
/// title, the body at most (the story's text is then read before the first response).
fn story_root(doc: &Document, profile: &PageProfile, landmarks: &Landmarks) -> Option<Element> {
    let holds_a_response = |e: &Element| {
        landmarks
            .headers
            .iter()
            .any(|h| e.contains(Some(&h.line.element)))
    };
    // The profile's root must hold the title too: `main article` may find a wrapper of the
    // byline alone.
    let title = first_match(doc, &profile.title);
    let holds_the_title = |e: &Element| title.as_ref().is_none_or(|t| e.contains(Some(t)));
    if let Some(root) =
        first_match(doc, &profile.story_root).filter(|r| !holds_a_response(r) && holds_the_title(r))
    {
        return Some(root);
    }
    let mut root = landmarks.byline.as_ref()?.element.clone();
    while let Some(parent) = root.parent_element() {
        if holds_a_response(&parent)
            || parent.first("form, textarea, [contenteditable]").is_some()
            || parent.local_name().eq_ignore_ascii_case("body")
        {
            break;
        }
        root = parent;
    }
    // Up to the page's body itself when the title stands in it beside the facts (a print view:
    // the title, a table of facts, the text in paragraphs, the responses).
    while first_match(&root, &profile.title).is_none() {
        match root.parent_element() {
            Some(parent)
                if !parent.local_name().eq_ignore_ascii_case("body")
                    || first_match(&parent, &profile.title).is_some() =>
            {
                root = parent
            }
            _ => break,
        }
    }
    // A banner of the title and the facts alone (`<div class="hero"><h1>…</h1><p>Posted by …`):
    // the story's text stands after it, in its parent.
    if holds_only_landmarks(&root, landmarks, title.as_ref()) {
        if let Some(parent) = root
            .parent_element()
            .filter(|p| !p.local_name().eq_ignore_ascii_case("body"))
        {
            root = parent;
        }
    }
    Some(root)
}

/// The most characters beside the title, byline and `About:` line of a block holding nothing else
/// (separators, a count of readers).
const MAX_CHARS_BESIDE_LANDMARKS: usize = 60;

/// `root` holds the title, the byline and the `About:` line, and next to no other text.
fn holds_only_landmarks(root: &Element, landmarks: &Landmarks, title: Option<&Element>) -> bool {
    let landmark_chars: usize = title
        .map(line_text)
        .into_iter()
        .chain(landmarks.byline.iter().map(|b| b.text.clone()))
        .chain(landmarks.about.iter().map(|a| a.text.clone()))
        .map(|text| text.chars().count())
        .sum();
    let most = landmark_chars + MAX_CHARS_BESIDE_LANDMARKS;
    // The raw text bounds the shown text from above (whitespace aside): a root holding a story
    // is passed over without reading its lines.
    let raw = root.text_content().map_or(0, |text| text.len());
    landmark_chars > 0
        && raw <= most * MAX_RAW_BYTES_PER_CHAR
        && line_text(root).chars().count() <= most
}

/// Bytes of raw text (UTF-8, with markup's indentation) per character shown, at most.
const MAX_RAW_BYTES_PER_CHAR: usize = 8;

/// The story's `<time datetime>`: the one in its byline, else the first in the story (then the
/// page) that comes before the responses and is not a "Last updated" time.
fn story_time(
    doc: &Document,
    root: &Element,
    profile: &PageProfile,
    markers: &Wording,
    landmarks: &Landmarks,
) -> Option<Element> {
    if let Some(time) = landmarks
        .byline
        .as_ref()
        .and_then(|b| b.element.first("time[datetime]"))
    {
        return Some(time);
    }
    let first_header = landmarks.headers.first().map(|h| h.line.element.clone());
    let is_story_time = |time: &Element| {
        let before_responses = first_header.as_ref().is_none_or(|header| {
            time.compare_document_position(header) & Node::DOCUMENT_POSITION_FOLLOWING != 0
        });
        let block = time
            .parent_element()
            .map(|p| line_text(&p))
            .unwrap_or_default();
        let updated = markers
            .updated
            .iter()
            .any(|m| find_ignore_case(&block, m).is_some());
        before_responses && !updated
    };
    let scopes: [&dyn Scope; 2] = [root, doc];
    scopes.iter().find_map(|scope| {
        profile
            .posted
            .iter()
            .find_map(|selector| scope.all(selector).into_iter().find(is_story_time))
    })
}

/// The date written in the byline (`Posted by sam on 12/03/2025 at 10:20`), when the page has no
/// `<time>` for it.
fn byline_posted(landmarks: &Landmarks, markers: &Wording, zone: Zone) -> Option<DateTime<Utc>> {
    let byline = landmarks.byline.as_ref()?;
    dates::first_date_time_in(story::byline_date(byline, markers)?, zone).or_else(|| {
        // A byline laid out as a list of facts (`Posted by` … `Told 14/11/2026 at 18:30`).
        let facts = byline.element.parent_element()?;
        if !facts.local_name().eq_ignore_ascii_case("dl") {
            return None;
        }
        let holds_a_response = landmarks
            .headers
            .iter()
            .any(|h| facts.contains(Some(&h.line.element)));
        (!holds_a_response)
            .then(|| dates::first_date_time_in(&line_text(&facts), zone))
            .flatten()
    })
}

/// A part of the page is still loading its responses: marked busy (`aria-busy="true"`), its
/// label or text speaking of responses (`aria-label="Story responses"`, `Loading responses…`).
fn loads_responses(doc: &Document, markers: &Wording) -> bool {
    doc.all("[aria-busy='true']").iter().any(|busy| {
        let said = [attribute(busy, "aria-label"), Some(line_text(busy))];
        said.iter().flatten().any(|text| {
            markers
                .responses_heading
                .iter()
                .any(|m| find_ignore_case(text, m.trim()).is_some())
        })
    })
}

/// The most elements a page's controls may reveal that are read as shown.
const MAX_REVEALED: usize = 32;

/// The ids of the elements a control on the page reveals when pressed (`<button
/// aria-controls="more-responses">Show 3 more responses</button>`), wherever the control stands.
fn revealed_on_demand(doc: &Document) -> Vec<String> {
    let mut ids: Vec<String> = Vec::new();
    for control in doc.all(CONTROLS_REVEALING) {
        let Some(named) = attribute(&control, "aria-controls") else {
            continue;
        };
        for id in named.split_whitespace() {
            if ids.len() < MAX_REVEALED
                && !ids.iter().any(|known| known == id)
                && doc.get_element_by_id(id).is_some()
            {
                ids.push(id.to_string());
            }
        }
    }
    ids
}

/// The controls that reveal part of the page (not a search box's list of suggestions).
const CONTROLS_REVEALING: &str =
    "button[aria-controls], a[aria-controls], [role='button'][aria-controls]";

fn canonical_url(doc: &Document) -> Option<String> {
    let link = doc.first("link[rel~='canonical'][href]")?;
    attribute(&link, "href").filter(|u| is_web_address(u))
}

fn is_web_address(url: &str) -> bool {
    url.starts_with("https://") || url.starts_with("http://")
}

/// The names of the fields that could not be read, in reading order.
#[derive(Debug, Default)]
struct Unknowns(Vec<String>);

impl Unknowns {
    /// Notes, in order, each of `fields` (name, whether it was read) that was not read; the
    /// fields of response `i` are named `responses[i].name`.
    fn note(&mut self, response: Option<usize>, fields: &[(&str, bool)]) {
        for &(field, known) in fields {
            if !known {
                self.0.push(Self::name(response, field));
            }
        }
    }

    /// Takes back a field noted as not read, now that it is known.
    fn forget(&mut self, response: Option<usize>, field: &str) {
        let name = Self::name(response, field);
        self.0.retain(|noted| *noted != name);
    }

    fn name(response: Option<usize>, field: &str) -> String {
        match response {
            Some(i) => format!("responses[{i}].{field}"),
            None => field.to_string(),
        }
    }
}
