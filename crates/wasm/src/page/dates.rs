//! The story's date and the time zone of the page's local times.

use chrono::{DateTime, NaiveDateTime, Utc};
use web_sys::Element;

use replyguide_engine::page::Wording;
use replyguide_page::dates::{parse_local_date_time, parse_submitted};
use replyguide_page::zones::{local_to_utc, SiteRegion, Zone};

use super::dom::{attribute, line_text};

/// The story's `<time datetime>` read as UTC (`None` when absent or not RFC 3339).
pub fn story_posted(time: &Element) -> Option<DateTime<Utc>> {
    let datetime = attribute(time, "datetime")?;
    DateTime::parse_from_rfc3339(&datetime)
        .ok()
        .map(|t| t.with_timezone(&Utc))
}

/// The zone of the page's local times: the site's region, refined by comparing the story's UTC
/// `<time datetime>` with the page's local rendering of it (its `title`, else its text), else by
/// the state `page` names.
pub fn page_zone(url: Option<&str>, time: Option<&Element>, page: Option<&Element>) -> Zone {
    let region = SiteRegion::from_url(url.unwrap_or_default());
    let sample = time.and_then(|time| Some((story_posted(time)?, local_rendering(time)?)));
    region
        .sampled_zone(sample)
        .or_else(|| region.zone_named_in(&page?.text_content().unwrap_or_default()))
        .unwrap_or_else(|| region.default_zone())
}

fn local_rendering(time: &Element) -> Option<NaiveDateTime> {
    attribute(time, "title")
        .and_then(|title| parse_local_date_time(&title))
        .or_else(|| parse_local_date_time(&line_text(time)))
}

/// The first `Submitted on …` date in the elements' text or `title` attributes, in UTC.
pub fn submitted(elements: &[Element], markers: &Wording, zone: Zone) -> Option<DateTime<Utc>> {
    elements.iter().find_map(|e| {
        submitted_in(&line_text(e), markers, zone)
            .or_else(|| submitted_in(&attribute(e, "title")?, markers, zone))
    })
}

/// The first `Submitted on …` date anywhere in `text` (any of its wordings), in UTC.
pub fn submitted_in(text: &str, markers: &Wording, zone: Zone) -> Option<DateTime<Utc>> {
    let local = markers
        .submitted_on
        .iter()
        .find_map(|marker| parse_submitted(text, marker))?;
    local_to_utc(local, zone)
}

/// The first local date and time written anywhere in `text` (`Posted by sam on 12/03/2025 at
/// 10:20`), in UTC.
pub fn first_date_time_in(text: &str, zone: Zone) -> Option<DateTime<Utc>> {
    let local = text
        .char_indices()
        .filter(|&(i, c)| c.is_ascii_digit() && !text[..i].ends_with(|p: char| p.is_ascii_digit()))
        .find_map(|(i, _)| parse_local_date_time(&text[i..]))?;
    local_to_utc(local, zone)
}
