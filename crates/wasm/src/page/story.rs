//! The story's own fields: title, text, author and role, date, services.

use web_sys::Element;

use replyguide_engine::page::headers::{
    parse_author_role, parse_username_after, strip_title_quotes,
};
use replyguide_engine::page::PageProfile;
use replyguide_engine::StoryContext;

use super::dates::story_posted;
use super::dom::{all_matches, first_line, first_match, line_text, non_empty};
use super::text::first_paragraphs;
use super::Unknowns;

/// The story fields that may be unknown, in reading order, one a line (read with
/// `config::strings`, as the engine's packed word lists are).
pub const FIELDS: &str = concat!(
    "title\n",
    "body\n",
    "author\n",
    "author_role\n",
    "posted\n",
    "services\n",
    "url\n",
);

/// Reads the story in `root` (`time` is its `<time datetime>` element, if any). `url` and
/// `responses` are left to the caller.
pub fn read(
    root: &Element,
    time: Option<&Element>,
    profile: &PageProfile,
    unknown: &mut Unknowns,
) -> StoryContext {
    let title = first_line(root, &profile.title)
        .map(|line| strip_title_quotes(&line))
        .and_then(non_empty);
    let body = first_paragraphs(root, &profile.body, &profile.text_exclusions);
    let author_element = first_match(root, &profile.author);
    let author = author_element
        .as_ref()
        .map(line_text)
        .and_then(non_empty)
        .or_else(|| parse_username_after(&line_text(root), &profile.patterns.posted_by));
    let author_role = first_line(root, &profile.author_role)
        .and_then(|line| parse_author_role(&line))
        .or_else(|| {
            let byline = author_element?.parent_element()?;
            parse_author_role(&line_text(&byline))
        });
    let mut services = Vec::new();
    for service in all_matches(root, &profile.services) {
        let name = line_text(&service);
        if !name.is_empty() {
            services.push(name);
        }
    }
    let posted = time.and_then(story_posted);
    unknown.note(
        None,
        &[
            ("services", !services.is_empty()),
            ("title", title.is_some()),
            ("body", body.is_some()),
            ("author", author.is_some()),
            ("author_role", author_role.is_some()),
            ("posted", posted.is_some()),
        ],
    );
    StoryContext {
        title,
        body: body.unwrap_or_default(),
        author,
        author_role,
        posted,
        services,
        ..StoryContext::default()
    }
}
