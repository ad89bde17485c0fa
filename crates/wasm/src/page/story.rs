//! The story's own fields: title, text, author and role, date, services. Each is read with the
//! profile's selectors first, then from what the page says (the byline, the `About:` label) and
//! its structure.

use chrono::{DateTime, Utc};
use web_sys::Element;

use replyguide_engine::page::{PageProfile, Wording};
use replyguide_engine::StoryContext;
use replyguide_page::dates::strip_relative_age;
use replyguide_page::headers::{
    parse_author_role, parse_username_after, role_alone, strip_title_quotes,
};
use replyguide_page::words::{after_marker, starts_with_ignore_case};

use super::dom::{all_matches, attribute, first_line, first_match, line_text, non_empty, Scope};
use super::landmarks::{is_label, labelled, next_after, starts_with_any, Landmarks, Line};
use super::structure::{main_text, TextScope};
use super::text::{first_paragraphs, is_block, paragraphs};
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

/// Elements whose text is never the story's: they sit beside it.
const BESIDE_THE_STORY: &[&str] = &["aside", "nav", "header", "footer", "menu"];

/// What the story reader needs from the page reader.
pub struct StoryPage<'a> {
    pub profile: &'a PageProfile,
    pub markers: &'a Wording,
    pub landmarks: &'a Landmarks,
    /// The story's `<time>`, whose line may also give the author's role.
    pub time: Option<&'a Element>,
}

/// Reads the story in `root`, posted at `posted`. `url` and `responses` are left to the caller.
pub fn read(
    root: &Element,
    posted: Option<DateTime<Utc>>,
    page: &StoryPage,
    unknown: &mut Unknowns,
) -> StoryContext {
    let (profile, markers) = (page.profile, page.markers);
    let byline = page
        .landmarks
        .byline
        .as_ref()
        .filter(|b| root.contains(Some(&b.element)));
    let quoted_title = page.landmarks.title.as_ref();
    let title_element = first_match(root, &profile.title)
        .or_else(|| quoted_title.filter(|t| t.first).map(|t| t.element.clone()));
    let title = first_line(root, &profile.title)
        .or_else(|| quoted_title.map(|t| t.text.clone()))
        .map(|line| strip_title_quotes(&line))
        .and_then(non_empty);
    let body = first_paragraphs(root, &profile.body, &profile.text_exclusions).or_else(|| {
        let mut landmarks: Vec<&Element> = title_element.iter().collect();
        landmarks.extend(byline.map(|b| &b.element));
        landmarks.extend(page.landmarks.about.as_ref().map(|a| &a.element));
        landmarks.extend(&page.landmarks.status_lines);
        landmarks.extend(&page.landmarks.teasers);
        let first_response = page.landmarks.headers.first().map(|h| &h.line.element);
        let scope = TextScope {
            landmarks: &landmarks,
            end: first_response.filter(|header| root.contains(Some(header))),
            skipped: BESIDE_THE_STORY,
        };
        main_text(
            root,
            &scope,
            &markers.submitted_on,
            &profile.text_exclusions,
        )
        .map(|main| main.text)
    });
    let body = body.map(|text| without_text_label(text, &markers.text_labels));
    let author_element = first_match(root, &profile.author);
    let author = author_element
        .as_ref()
        .map(|element| author_alone(line_text(element), markers))
        .and_then(non_empty)
        .or_else(|| posted_by(&byline?.text, markers))
        .or_else(|| posted_by(&line_text(root), markers));
    let author_role = first_line(root, &profile.author_role)
        .and_then(|line| parse_author_role(&line))
        .or_else(|| {
            let byline = author_element?.parent_element()?;
            parse_author_role(&line_text(&byline))
        })
        .or_else(|| parse_author_role(&byline?.text))
        .or_else(|| parse_author_role(&line_text(&page.time?.parent_element()?)))
        .or_else(|| role_fact(byline?));
    let mut services = Vec::new();
    for service in all_matches(root, &profile.services) {
        let name = line_text(&service);
        if !name.is_empty() {
            services.push(name);
        }
    }
    if services.is_empty() {
        if let Some(about) = &page.landmarks.about {
            services = services_after(about, markers)
                .into_iter()
                .map(|name| without_label(name, &markers.about))
                // The byline standing in the same block as the services is none of them.
                .filter(|name| !starts_with_any(name, &markers.posted_by))
                .collect();
        }
    }
    if services.is_empty() {
        services = services_labelled_about(root, markers);
    }
    if services.is_empty() {
        services = service_links(root);
    }
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

/// The author's role given as a fact of its own beside the byline (`<dt>Posted by</dt><dd>sam</dd>
/// <dt>As</dt><dd>patient</dd>`, a table's rows, or label and value elements side by side): the
/// first value among the byline's facts that is a role and nothing else.
fn role_fact(byline: &Line) -> Option<String> {
    let values = match byline.element.closest("dl, table").ok().flatten() {
        Some(facts) => facts.all("dd, td, th"),
        None => {
            let mut siblings = Vec::new();
            let mut sibling = byline.element.parent_element()?.first_element_child();
            while let Some(s) = sibling {
                sibling = s.next_element_sibling();
                siblings.push(s);
            }
            siblings
        }
    };
    values
        .iter()
        .find_map(|value| role_alone(&line_text(value)))
}

/// The author's name from an element that may hold its label or age too (`Posted by slievebawn`,
/// `slievebawn 3 days ago`).
fn author_alone(text: String, markers: &Wording) -> String {
    posted_by(&text, markers).unwrap_or_else(|| strip_relative_age(&text).to_string())
}

/// `text` without a first paragraph that is only one of `labels` (`Story`, `Scéal / Story`).
pub fn without_text_label(text: String, labels: &[String]) -> String {
    let (first, rest) = text.split_once("\n\n").unwrap_or((&text, ""));
    let first = first.trim().trim_end_matches(':');
    let is_label = labels.iter().any(|label| is_label(first, label.trim()));
    if is_label && !rest.trim().is_empty() {
        rest.to_string()
    } else {
        text
    }
}

fn posted_by(text: &str, markers: &Wording) -> Option<String> {
    markers
        .posted_by
        .iter()
        .find_map(|m| parse_username_after(text, m))
}

/// The services named after the `About:` label: the items of the list it holds, else the label's
/// own text (a line, or a `;`, between services), else the items (list items, else lines) of the element after it.
fn services_after(about: &Line, markers: &Wording) -> Vec<String> {
    // `<dt>About</dt><dd>Site / Service</dd><dd>Site / Other service</dd>`: one service a value.
    if about.element.tag_name().eq_ignore_ascii_case("dd") {
        let mut names = Vec::new();
        let mut value = Some(about.element.clone());
        while let Some(v) = value.filter(|v| v.tag_name().eq_ignore_ascii_case("dd")) {
            names.extend(non_empty(line_text(&v)));
            value = v.next_element_sibling();
        }
        if names.len() > 1 {
            return names;
        }
    }
    if about.first {
        let items = items_in(&about.element);
        if !items.is_empty() {
            return items;
        }
    }
    let grouped = site_unit_groups(&about.element);
    if grouped.len() > 1 {
        return grouped;
    }
    if let Some(names) = labelled(&about.text, &markers.about).filter(|n| !n.is_empty()) {
        // One service a line, or several on one line separated by semicolons or bullets.
        return names
            .split(['\n', ';', '•', '·', '|'])
            .map(str::trim)
            .filter(|name| !name.is_empty())
            .map(str::to_string)
            .collect();
    }
    next_after(&about.element)
        .map(|next| items_in(&next))
        .unwrap_or_default()
}

/// The services of an element the page labels `About` for assistive technology only (`<div
/// aria-label="About"><span>Site / Unit</span><span>Site / Other unit</span></div>`): its
/// children's texts, each one.
fn services_labelled_about(root: &Element, markers: &Wording) -> Vec<String> {
    let is_about = |element: &Element| {
        attribute(element, "aria-label").is_some_and(|label| {
            let label = label.trim().trim_end_matches(':').trim();
            markers
                .about
                .iter()
                .any(|m| is_label(label, m.trim().trim_end_matches(':').trim()))
        })
    };
    let Some(about) = root.all("[aria-label]").into_iter().find(is_about) else {
        return Vec::new();
    };
    let mut names = Vec::new();
    let mut child = about.first_element_child();
    while let Some(c) = child {
        names.extend(non_empty(line_text(&c)));
        child = c.next_element_sibling();
    }
    names
}

/// `name` without the label it starts with (`About: Site / Unit` → `Site / Unit`): a list of
/// lines may hold the label's own line.
fn without_label(name: String, labels: &[String]) -> String {
    labels
        .iter()
        .map(|label| label.trim())
        .find(|label| starts_with_ignore_case(&name, label))
        .and_then(|label| non_empty(name[label.len()..].trim().to_string()))
        .unwrap_or(name)
}

/// With no `About:` label, the story's links to a service's page that name a whole `Site / Unit`
/// pair (a breadcrumb or a related story names one or the other, and sits beside the story).
fn service_links(root: &Element) -> Vec<String> {
    let beside = BESIDE_THE_STORY.join(", ");
    let mut services: Vec<String> = Vec::new();
    for link in root.all(SERVICE_LINK) {
        let name = line_text(&link);
        let is_beside = link.closest(&beside).ok().flatten().is_some();
        if name.contains(" / ") && !is_beside && !services.contains(&name) {
            services.push(name);
        }
    }
    if services.is_empty() {
        services = site_unit_list(root, &beside);
    }
    services
}

/// The longest `Site / Unit` pair a list of services names.
const MAX_SERVICE_CHARS: usize = 120;

/// The first list in the story whose items each name a whole `Site / Unit` pair and nothing
/// else (`<ul><li>Cloncarrig University Hospital / Oncology Day Ward</li></ul>`).
fn site_unit_list(root: &Element, beside: &str) -> Vec<String> {
    for list in root.all("ul, ol") {
        if list.closest(beside).ok().flatten().is_some() {
            continue;
        }
        let items: Vec<String> = list.all(":scope > li").iter().map(line_text).collect();
        let is_services = !items.is_empty()
            && items.iter().all(|item| {
                item.contains(" / ")
                    && item.chars().count() <= MAX_SERVICE_CHARS
                    && !item.ends_with(['.', '!', '?', ':'])
            });
        if is_services {
            return items;
        }
    }
    Vec::new()
}

/// A link to a service's own page on the site.
pub const SERVICE_LINK: &str = "a[href*='/services/']";

/// The children of `element` that each name a whole `Site / Unit` pair (chips or badges set on
/// one line): one service each, where the line's text alone would run them together.
fn site_unit_groups(element: &Element) -> Vec<String> {
    let mut groups = Vec::new();
    let mut child = element.first_element_child();
    while let Some(c) = child {
        let text = line_text(&c);
        if text.contains(" / ") {
            groups.push(text);
        }
        child = c.next_element_sibling();
    }
    groups
}

/// The list items of `element`, else the lines of its block children when it has several.
fn items_in(element: &Element) -> Vec<String> {
    let items: Vec<String> = element
        .all("li")
        .iter()
        .map(line_text)
        .filter(|name| !name.is_empty())
        .collect();
    if !items.is_empty() {
        return items;
    }
    // Wrappers that hold one element each are looked through.
    let mut element = element.clone();
    while let Some(only) = element
        .first_element_child()
        .filter(|c| c.next_element_sibling().is_none() && is_block(c))
    {
        element = only;
    }
    let mut lines = Vec::new();
    let mut child = element.first_element_child();
    while let Some(c) = child {
        if is_block(&c) {
            lines.extend(non_empty(line_text(&c)));
        }
        child = c.next_element_sibling();
    }
    if lines.len() <= 1 && element.first("br").is_some() {
        // One `Site / Unit` a line, the lines broken with `<br>`.
        let broken: Vec<String> = paragraphs(&element, &[])
            .lines()
            .map(str::trim)
            .filter(|line| !line.is_empty())
            .map(str::to_string)
            .collect();
        if broken.iter().all(|line| line.contains(" / ")) {
            lines = broken;
        }
    }
    if lines.len() > 1 {
        lines
    } else {
        Vec::new()
    }
}

/// The story's date as its byline gives it when no `<time>` does: `Posted by sam on 12/03/2025
/// at 10:20`.
pub fn byline_date<'a>(byline: &'a Line, markers: &Wording) -> Option<&'a str> {
    markers
        .posted_by
        .iter()
        .find_map(|m| after_marker(&byline.text, m))
}
