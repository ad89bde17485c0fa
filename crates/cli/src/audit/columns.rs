//! Which column of a CSV holds each field of a reply. Without `--columns`, a column is known by
//! its standard name (`story_url`) or a title people give it (`Story URL`, `Link`, `Response`,
//! `Response date`…); with `--columns text=Response,posted=Date,…`, by the titles given. Either
//! way an export from a Care Opinion subscription or an organisation's own records is audited
//! without editing.

use std::str::FromStr;

/// Every field a CSV of replies can carry, as the standard header names it.
pub use replyguide_engine::REPLY_CSV_COLUMNS as FIELDS;

/// Titles spreadsheets give a field's column besides its standard name, written as [`simplify`]
/// leaves them. Titles that could as well name another field (`Date`, `Name`, `Author`) are
/// read as the field a replies spreadsheet most likely means, and only when no column has a
/// clearer title for it.
const TITLES: &[(&str, &[&str])] = &[
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
/// name; higher: further down the field's [`TITLES`]).
pub fn standard_field(title: &str) -> Option<(&'static str, usize)> {
    let title = simplify(title);
    if let Some(field) = FIELDS.iter().find(|field| simplify(field) == title) {
        return Some((field, 0));
    }
    TITLES.iter().find_map(|(field, titles)| {
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
            word.extend(c.to_lowercase());
        }
        previous = Some(c);
    }
    words.join(" ")
}

/// For some fields of a reply, the title of the column that holds it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ColumnMap {
    /// `(field, column title)` pairs, as given.
    pub pairs: Vec<(&'static str, String)>,
}

impl ColumnMap {
    /// The field whose column is titled `title` (titles compare without case or outer spaces).
    pub fn field_titled(&self, title: &str) -> Option<&'static str> {
        let title = title.trim();
        self.pairs
            .iter()
            .find(|(_, column)| column.eq_ignore_ascii_case(title))
            .map(|&(field, _)| field)
    }
}

impl FromStr for ColumnMap {
    type Err = String;

    fn from_str(text: &str) -> Result<Self, String> {
        let pairs = text
            .split(',')
            .filter(|pair| !pair.trim().is_empty())
            .map(|pair| {
                let (field, title) = pair
                    .split_once('=')
                    .ok_or_else(|| format!("expected field=Column title, got `{}`", pair.trim()))?;
                let field = FIELDS.iter().find(|&&f| f == field.trim()).ok_or_else(|| {
                    format!(
                        "unknown field `{}`; expected {}",
                        field.trim(),
                        FIELDS.join(", ")
                    )
                })?;
                Ok((*field, title.trim().to_string()))
            })
            .collect::<Result<Vec<_>, String>>()?;
        if !pairs.iter().any(|(field, _)| *field == "text") {
            return Err("the map must name the column holding the reply: text=…".into());
        }
        Ok(Self { pairs })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_map_names_fields_and_titles() {
        let map: ColumnMap = "text=Response, posted=Date,story_posted=Story date"
            .parse()
            .unwrap();
        assert_eq!(map.field_titled("story DATE "), Some("story_posted"));
        assert_eq!(map.field_titled("Response"), Some("text"));
        assert_eq!(map.field_titled("Other"), None);
    }

    #[test]
    fn standard_names_and_common_titles_are_known() {
        assert_eq!(standard_field("story_url"), Some(("story_url", 0)));
        assert_eq!(standard_field(" Story URL"), Some(("story_url", 0)));
        assert_eq!(standard_field("Response"), Some(("text", 1)));
        assert_eq!(standard_field("RESPONSE DATE"), Some(("posted", 1)));
        assert_eq!(standard_field("Date").map(|f| f.0), Some("posted"));
        assert_eq!(
            standard_field("Story date").map(|f| f.0),
            Some("story_posted")
        );
        assert_eq!(standard_field("StoryURL"), Some(("story_url", 0)));
        assert_eq!(standard_field("ResponseText"), Some(("text", 3)));
        assert_eq!(standard_field("storyTitle"), Some(("story_title", 0)));
        assert_eq!(standard_field("Ref"), None);
        let date = standard_field("Date").unwrap().1;
        assert!(standard_field("Date posted").unwrap().1 < date);
    }

    #[test]
    fn a_map_without_text_or_with_unknown_fields_is_refused() {
        assert!("posted=Date"
            .parse::<ColumnMap>()
            .unwrap_err()
            .contains("text=…"));
        assert!("text=R,author=A"
            .parse::<ColumnMap>()
            .unwrap_err()
            .starts_with("unknown field `author`"));
        assert!("text"
            .parse::<ColumnMap>()
            .unwrap_err()
            .starts_with("expected field=Column title"));
    }
}
