//! Moments as RFC 3339 text (`2026-11-20T15:42:18Z`, any offset), read into UTC and written back:
//! the one reader of every date in story, history and config JSON (and of the `now` a caller
//! gives), and the one writer of dates in output.
//!
//! Read with chrono's RFC 3339 parser, not its `FromStr`: `T`, `t` or a space between date and
//! time, `Z`/`z` or `±hh:mm`, surrounding spaces ignored.

use std::fmt;

use chrono::format::ParseErrorKind;
use chrono::{DateTime, Datelike, SecondsFormat, Utc};
use serde::de::{self, Deserializer, Visitor};
use serde::{Deserialize, Serializer};

/// A complete date, used to finish a short text so that the parser finds its first fault.
const SAMPLE_DATE: &str = "2000-01-01T00:00:00Z";

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

/// `2025-03-03T10:00:00+00:00` (`…Z` when `zulu`), with fractional seconds only when there are
/// some: chrono's `to_rfc3339` and, with `zulu`, chrono's serde form.
pub fn rfc3339(moment: &DateTime<Utc>, zulu: bool) -> String {
    moment.to_rfc3339_opts(SecondsFormat::AutoSi, zulu)
}

/// Serializes an optional moment exactly as chrono's serde support does (`…Z`), for
/// `#[serde(serialize_with)]`.
pub fn serialize_optional<S: Serializer>(
    moment: &Option<DateTime<Utc>>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    match moment {
        Some(moment) => serializer.serialize_str(&rfc3339(moment, true)),
        None => serializer.serialize_none(),
    }
}

/// Deserializes an optional moment with [`parse_rfc3339`] (`null` is `None`), for
/// `#[serde(deserialize_with)]`; the error is the parser's (`premature end of input`).
pub fn deserialize_optional<'de, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<Option<DateTime<Utc>>, D::Error> {
    Option::<Rfc3339>::deserialize(deserializer).map(|moment| moment.map(|Rfc3339(moment)| moment))
}

/// A moment read from an RFC 3339 string.
struct Rfc3339(DateTime<Utc>);

impl<'de> Deserialize<'de> for Rfc3339 {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_str(Rfc3339Visitor)
    }
}

struct Rfc3339Visitor;

impl Visitor<'_> for Rfc3339Visitor {
    type Value = Rfc3339;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("an RFC 3339 formatted date and time string")
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<Rfc3339, E> {
        parse_rfc3339(text).map(Rfc3339).map_err(E::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn moment(text: &str) -> DateTime<Utc> {
        text.parse().unwrap()
    }

    #[test]
    fn writes_as_chrono_does() {
        for text in [
            "2025-03-03T10:00:00Z",
            "2026-11-20T15:42:18.5Z",
            "0001-01-01T00:00:00.123456789Z",
        ] {
            let moment = moment(text);
            assert_eq!(rfc3339(&moment, false), moment.to_rfc3339());
            assert_eq!(
                serde_json::to_value(Some(moment)).unwrap(),
                rfc3339(&moment, true)
            );
        }
    }

    #[test]
    fn reads_what_it_writes_and_names_what_is_not_a_date() {
        #[derive(serde::Serialize, Deserialize, Debug, PartialEq)]
        struct Posted(
            #[serde(
                serialize_with = "serialize_optional",
                deserialize_with = "deserialize_optional"
            )]
            Option<DateTime<Utc>>,
        );
        for posted in [None, Some(moment("2025-03-03T10:00:00.250Z"))] {
            let written = serde_json::to_string(&Posted(posted)).unwrap();
            assert_eq!(
                serde_json::from_str::<Posted>(&written).unwrap(),
                Posted(posted)
            );
        }
        let err = serde_json::from_value::<Posted>(serde_json::json!(5)).unwrap_err();
        assert_eq!(
            err.to_string(),
            "invalid type: integer `5`, expected an RFC 3339 formatted date and time string"
        );
        let err = serde_json::from_value::<Posted>(serde_json::json!("soon")).unwrap_err();
        assert_eq!(err.to_string(), "input contains invalid characters");
    }

    #[test]
    fn serializes_like_chrono_serde() {
        #[derive(serde::Serialize)]
        struct Posted(#[serde(serialize_with = "serialize_optional")] Option<DateTime<Utc>>);
        for posted in [None, Some(moment("2025-03-03T10:00:00.250Z"))] {
            assert_eq!(
                serde_json::to_value(Posted(posted)).unwrap(),
                serde_json::to_value(posted).unwrap()
            );
        }
    }
}

#[cfg(test)]
mod parse_tests {
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
}
