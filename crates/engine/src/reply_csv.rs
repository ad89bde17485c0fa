//! The columns of a CSV file of replies, as `replyguide audit` and the extension's history import
//! read it: each field's standard name and the titles spreadsheets give it, so an export from a
//! Care Opinion subscription or an organisation's own records is read without editing. The
//! extension's history page asks the engine (`reply_csv_field`, through wasm) which field a
//! title names.

use crate::text::fold_case;

/// Every field a CSV of replies can carry, as the standard header names it.
pub const REPLY_CSV_COLUMNS: &[&str] = &[
    "text",
    "story_url",
    "posted",
    "now",
    "responder",
    "story",
    "story_title",
    "story_body",
    "story_posted",
    "story_author",
    "story_author_role",
    "story_services",
];

/// Titles spreadsheets give a field's column besides its standard name, written as [`simplify`]
/// leaves them. Titles that could as well name another field (`Date`, `Name`, `Author`) are
/// read as the field a replies spreadsheet most likely means, and only when no column has a
/// clearer title for it.
const REPLY_CSV_TITLES: &[(&str, &[&str])] = &[
    (
        "text",
        &[
            "response",
            "reply",
            "response text",
            "reply text",
            "your response",
            "response body",
        ],
    ),
    (
        "posted",
        &[
            "response date",
            "reply date",
            "date posted",
            "posted on",
            "date responded",
            "responded on",
            "date of response",
            "response posted",
            "date",
        ],
    ),
    (
        "story_url",
        &[
            "story link",
            "story address",
            "link",
            "url",
            "web address",
            "permalink",
        ],
    ),
    (
        "responder",
        &[
            "responded by",
            "response by",
            "response author",
            "written by",
            "responder name",
            "staff member",
            "name",
        ],
    ),
    ("story_title", &["title", "story headline"]),
    ("story_body", &["story text", "story content"]),
    (
        "story_posted",
        &[
            "story date",
            "date of story",
            "story published",
            "story published on",
            "story posted on",
        ],
    ),
    (
        "story_author",
        &["story author", "story by", "story posted by", "posted by"],
    ),
    ("story_author_role", &["author role", "story author role"]),
    (
        "story_services",
        &["services", "service", "service name", "story service"],
    ),
];

/// The field a column titled `title` holds without a map, and how sure that is (0: its standard
/// name; higher: further down the field's [`REPLY_CSV_TITLES`]).
pub fn reply_csv_field(title: &str) -> Option<(&'static str, usize)> {
    let title = simplify(title);
    if let Some(field) = REPLY_CSV_COLUMNS
        .iter()
        .find(|field| simplify(field) == title)
    {
        return Some((field, 0));
    }
    REPLY_CSV_TITLES.iter().find_map(|(field, titles)| {
        let rank = titles.iter().position(|known| *known == title)?;
        Some((*field, rank + 1))
    })
}

/// A title as compared: lower case, words separated by one space, CamelCase split
/// (`Story_URL `, `StoryURL` → `story url`).
fn simplify(title: &str) -> String {
    let mut words: Vec<String> = Vec::new();
    let mut previous: Option<char> = None;
    for c in title.chars() {
        if !c.is_alphanumeric() {
            previous = None;
            continue;
        }
        let starts_word = match previous {
            None => true,
            Some(p) => p.is_lowercase() && c.is_uppercase(),
        };
        if starts_word {
            words.push(String::new());
        }
        if let Some(word) = words.last_mut() {
            word.push(fold_case(c));
        }
        previous = Some(c);
    }
    words.join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn standard_names_and_common_titles_are_known() {
        assert_eq!(reply_csv_field("story_url"), Some(("story_url", 0)));
        assert_eq!(reply_csv_field(" Story URL"), Some(("story_url", 0)));
        assert_eq!(reply_csv_field("Response"), Some(("text", 1)));
        assert_eq!(reply_csv_field("RESPONSE DATE"), Some(("posted", 1)));
        assert_eq!(reply_csv_field("Date").map(|f| f.0), Some("posted"));
        assert_eq!(
            reply_csv_field("Story date").map(|f| f.0),
            Some("story_posted")
        );
        assert_eq!(reply_csv_field("StoryURL"), Some(("story_url", 0)));
        assert_eq!(reply_csv_field("ResponseText"), Some(("text", 3)));
        assert_eq!(reply_csv_field("storyTitle"), Some(("story_title", 0)));
        assert_eq!(reply_csv_field("Ref"), None);
        let date = reply_csv_field("Date").unwrap().1;
        assert!(reply_csv_field("Date posted").unwrap().1 < date);
    }
}
