//! Moments written out as RFC 3339 text, through one function, so that chrono's writer is built
//! into the wasm module once (it is large) rather than once per caller.

use chrono::{DateTime, SecondsFormat, Utc};
use serde::Serializer;

/// `2025-03-03T10:00:00+00:00` (`…Z` when `zulu`), with fractional seconds only when there are
/// some: chrono's `to_rfc3339` and, with `zulu`, chrono's serde form.
#[inline(never)]
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
