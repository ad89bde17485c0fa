//! `--columns text=Response,posted=Date,…`: which column of someone's own spreadsheet holds each
//! field of a reply, so an export from a Care Opinion subscription or an organisation's own
//! records is audited without editing.

use std::str::FromStr;

use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};

use crate::inputs::parse_date;

/// Every field a CSV of replies can carry, as the standard header names it.
pub use replyguide_engine::REPLY_CSV_COLUMNS as FIELDS;

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

/// A date as spreadsheets write it: RFC 3339, `2026-12-08 10:00[:00]`, `2026-12-08`,
/// `08/12/2026 [10:00[:00]]` (day first, as in every country Care Opinion serves) or
/// `8 December 2026`. Dates without a time zone are read as UTC.
pub fn parse_spreadsheet_date(text: &str) -> Result<DateTime<Utc>, String> {
    let text = text.trim();
    if let Ok(date) = parse_date(text) {
        return Ok(date);
    }
    const DATE_TIMES: &[&str] = &[
        "%Y-%m-%d %H:%M:%S",
        "%Y-%m-%d %H:%M",
        "%Y-%m-%dT%H:%M:%S",
        "%Y-%m-%dT%H:%M",
        "%d/%m/%Y %H:%M:%S",
        "%d/%m/%Y %H:%M",
    ];
    const DATES: &[&str] = &["%Y-%m-%d", "%d/%m/%Y", "%d %B %Y", "%d %b %Y"];
    DATE_TIMES
        .iter()
        .find_map(|format| NaiveDateTime::parse_from_str(text, format).ok())
        .or_else(|| {
            DATES
                .iter()
                .find_map(|format| NaiveDate::parse_from_str(text, format).ok())
                .and_then(|date| date.and_hms_opt(0, 0, 0))
        })
        .map(|naive| naive.and_utc())
        .ok_or_else(|| {
            format!("expected a date such as 2026-12-08, 08/12/2026 or 2026-12-08T10:00:00Z, got \"{text}\"")
        })
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

    #[test]
    fn spreadsheet_dates_are_day_first() {
        let day = |text| parse_spreadsheet_date(text).unwrap().to_rfc3339();
        assert_eq!(day("08/12/2026"), "2026-12-08T00:00:00+00:00");
        assert_eq!(day("2026-12-08 10:30"), "2026-12-08T10:30:00+00:00");
        assert_eq!(day("8 December 2026"), "2026-12-08T00:00:00+00:00");
        assert_eq!(
            day("2026-12-08T10:00:00+01:00"),
            "2026-12-08T09:00:00+00:00"
        );
        assert!(parse_spreadsheet_date("yesterday")
            .unwrap_err()
            .ends_with("got \"yesterday\""));
    }
}
