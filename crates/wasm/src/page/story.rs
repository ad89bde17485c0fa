//! The story's own fields: title, text, author and role, date, services.

use web_sys::Element;

use replyguide_engine::page::headers::{
    parse_author_role, parse_username_after, strip_title_quotes,
};
use replyguide_engine::page::PageProfile;
use replyguide_engine::StoryContext;

use super::dates::story_posted;
use super::dom::{all_matches, first_match, line_text, non_empty};
use super::text::paragraphs;
use super::Unknowns;

/// The story fields that may be unknown, in reading order.
pub const FIELDS: [&str; 7] = [
    "title",
    "body",
    "author",
    "author_role",
    "posted",
    "services",
    "url",
];

/// Reads the story in `root` (`time` is its `<time datetime>` element, if any). `url` and
/// `responses` are left to the caller.
pub fn read(
    root: &Element,
    time: Option<&Element>,
    profile: &PageProfile,
    unknown: &mut Unknowns,
) -> StoryContext {
    let title = first_match(root, &profile.title)
        .map(|e| strip_title_quotes(&line_text(&e)))
        .and_then(non_empty);
    let body = first_match(root, &profile.body)
        .map(|e| paragraphs(&e, &profile.text_exclusions))
        .and_then(non_empty);
    let author_element = first_match(root, &profile.author);
    let author = author_element
        .as_ref()
        .map(line_text)
        .and_then(non_empty)
        .or_else(|| parse_username_after(&line_text(root), &profile.patterns.posted_by));
    let author_role = first_match(root, &profile.author_role)
        .and_then(|e| parse_author_role(&line_text(&e)))
        .or_else(|| {
            let byline = author_element?.parent_element()?;
            parse_author_role(&line_text(&byline))
        });
    let services: Vec<String> = all_matches(root, &profile.services)
        .iter()
        .map(line_text)
        .filter(|s| !s.is_empty())
        .collect();
    if services.is_empty() {
        unknown.missing("services");
    }
    StoryContext {
        title: unknown.note("title", title),
        body: unknown.note("body", body).unwrap_or_default(),
        author: unknown.note("author", author),
        author_role: unknown.note("author_role", author_role),
        posted: unknown.note("posted", time.and_then(story_posted)),
        services,
        ..StoryContext::default()
    }
}
