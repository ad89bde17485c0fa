//! The story-page reader: the only code that touches the DOM. It reads a `Document` into the
//! engine's `StoryContext` using the selectors and patterns of the config's `PageProfile` and the
//! engine's pure parsers. What cannot be read is left empty and named in `unknown`, never guessed;
//! nothing here throws or panics, whatever the page.

mod dates;
mod dom;
mod responses;
mod story;
mod text;

use serde::Serialize;
use web_sys::Document;

use replyguide_engine::config::strings;
use replyguide_engine::page::PageProfile;
use replyguide_engine::StoryContext;

use dom::{attribute, first_match, Scope};

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
    let mut unknown = Unknowns::default();
    let url = canonical_url(doc).or(document_url.filter(|u| is_web_address(u)));
    let root = first_match(doc, &profile.story_root).unwrap_or(html);
    let time = first_match(&root, &profile.posted).or_else(|| first_match(doc, &profile.posted));
    let zone = dates::page_zone(url.as_deref(), time.as_ref());
    let mut story = story::read(&root, time.as_ref(), profile, &mut unknown);
    unknown.note(None, &[("url", url.is_some())]);
    story.url = url;
    story.responses = responses::read(doc, profile, &story, zone, &mut unknown);
    PageReading {
        story,
        unknown: unknown.0,
    }
}

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
                self.0.push(match response {
                    Some(i) => format!("responses[{i}].{field}"),
                    None => field.to_string(),
                });
            }
        }
    }
}
