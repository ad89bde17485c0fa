//! Dates in JSON: RFC 3339 strings (`2026-11-20T15:42:18Z`, any offset), read into UTC.
//!
//! chrono's small RFC 3339 parser, not its `FromStr` (which pulls in the general format parser):
//! `T`, `t` or a space between date and time, `Z`/`z` or `±hh:mm`, surrounding spaces ignored.

use chrono::format::ParseErrorKind;
use chrono::{DateTime, Datelike, Utc};
use serde_json::Value;

use super::describe::invalid_type;
use super::read::ReadJson;
use super::{InputError, JsonPath};

/// A complete date, used to finish a short text so that the parser finds its first fault.
const SAMPLE_DATE: &str = "2000-01-01T00:00:00Z";

impl ReadJson for DateTime<Utc> {
    fn read_json(value: Value, at: &JsonPath) -> Result<Self, InputError> {
        let Value::String(text) = value else {
            return Err(invalid_type(
                &value,
                "an RFC 3339 formatted date and time string",
                at,
            ));
        };
        parse_rfc3339(&text).map_err(|message| InputError::new(at.to_string(), message))
    }
}

/// Parses an RFC 3339 date into UTC, as dates in story, history and config JSON are read; the
/// error is chrono's (`premature end of input`). Years stay within 0000–9999 in UTC, so every date
/// read is written back the same way.
pub fn parse_rfc3339(text: &str) -> Result<DateTime<Utc>, String> {
    let text = text.trim();
    let date = DateTime::parse_from_rfc3339(text)
        .map_err(|err| match err.kind() {
            ParseErrorKind::TooShort => invalid_start(text).unwrap_or_else(|| err.to_string()),
            _ => err.to_string(),
        })?
        .with_timezone(&Utc);
    if (0..=9999).contains(&date.year()) {
        Ok(date)
    } else {
        Err("input is out of range".into())
    }
}

/// For a text too short to be a date: chrono's message when it does not even start like one
/// (`soon`: `input contains invalid characters`, not `premature end of input`).
fn invalid_start(text: &str) -> Option<String> {
    let completed = format!("{text}{}", SAMPLE_DATE.get(text.len()..)?);
    match DateTime::parse_from_rfc3339(&completed) {
        Err(err) if err.kind() == ParseErrorKind::Invalid => Some(err.to_string()),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parsed(text: &str) -> Result<String, String> {
        parse_rfc3339(text).map(|date| date.to_rfc3339())
    }

    #[test]
    fn offsets_are_read_into_utc() {
        assert_eq!(
            parsed("2026-11-20T15:42:18+01:00"),
            Ok("2026-11-20T14:42:18+00:00".into())
        );
        assert_eq!(
            parsed(" 2026-11-20 15:42:18.5z "),
            Ok("2026-11-20T15:42:18.500+00:00".into())
        );
    }

    #[test]
    fn errors_name_the_first_fault() {
        assert_eq!(parsed("2026-11-"), Err("premature end of input".into()));
        assert_eq!(parsed("2026-11-3"), Err("premature end of input".into()));
        assert_eq!(
            parsed("soon"),
            Err("input contains invalid characters".into())
        );
        assert_eq!(
            parsed("last week"),
            Err("input contains invalid characters".into())
        );
        assert_eq!(
            parsed("2026-02-30T00:00:00Z"),
            Err("input is out of range".into())
        );
        assert_eq!(
            parsed("2026-11-20T15:42:18ZZ"),
            Err("trailing input".into())
        );
    }

    #[test]
    fn dates_beyond_four_digit_years_in_utc_are_refused() {
        assert_eq!(
            parsed("9999-12-31T23:59:59-23:59"),
            Err("input is out of range".into())
        );
        assert_eq!(
            parsed("0000-01-01T00:00:00+00:01"),
            Err("input is out of range".into())
        );
    }

    #[test]
    fn a_date_that_is_not_a_string_is_named() {
        let err = DateTime::<Utc>::read_json(Value::from(5), &JsonPath::Root.field("posted"))
            .unwrap_err();
        assert_eq!(
            err.to_string(),
            "posted: invalid type: integer `5`, expected an RFC 3339 formatted date and time string"
        );
    }
}
