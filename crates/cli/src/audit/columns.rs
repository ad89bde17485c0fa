//! Which column of a CSV holds each field of a reply. Without `--columns`, a column is known by
//! its standard name (`story_url`) or a title people give it (`Story URL`, `Link`, `Response`,
//! `Response date`…); with `--columns text=Response,posted=Date,…`, by the titles given. Either
//! way an export from a Care Opinion subscription or an organisation's own records is audited
//! without editing.

use std::str::FromStr;

/// Every field a CSV of replies can carry, as the standard header names it; and the field a
/// column's title names without a map.
pub use replyguide_engine::{reply_csv_field as standard_field, REPLY_CSV_COLUMNS as FIELDS};

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
