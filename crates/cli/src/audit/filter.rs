//! `--since`, `--until` and `--responder`: which audited replies a report covers.
//!
//! Replies are checked against every reply before them in the file whatever the filter, so a
//! reply that repeats a colleague's is still found; the filter only chooses what is counted.

use chrono::{DateTime, Duration, NaiveDate, Utc};

use super::Reply;
use crate::inputs::{format_date, parse_date};

/// Which replies to count: posted within the dates (when any is given), by one of the
/// responders (when any is given).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filter {
    /// Earliest posting time counted.
    pub since: Option<DateTime<Utc>>,
    /// Replies posted at or after this are not counted.
    pub before: Option<DateTime<Utc>>,
    /// Responders counted (compared without case); everyone when empty.
    pub responders: Vec<String>,
}

impl Filter {
    /// Whether `reply` is counted. A reply with no date is left out once a date is given.
    pub fn keeps(&self, reply: &Reply) -> bool {
        let dated = match (self.since, self.before) {
            (None, None) => true,
            (since, before) => reply.posted.is_some_and(|posted| {
                since.is_none_or(|since| posted >= since)
                    && before.is_none_or(|before| posted < before)
            }),
        };
        let by_responder = self.responders.is_empty()
            || reply.responder.as_deref().is_some_and(|name| {
                self.responders
                    .iter()
                    .any(|wanted| wanted.trim().eq_ignore_ascii_case(name))
            });
        dated && by_responder
    }

    /// The filter in words for the report's heading, e.g. `posted 2026-10-01 to 2026-12-31,
    /// by Sam Okoro`; empty when everything is counted.
    pub fn describe(&self) -> String {
        let mut parts = Vec::new();
        match (self.since, self.before) {
            (Some(since), Some(before)) => parts.push(format!(
                "posted from {} until before {}",
                format_date(since),
                format_date(before)
            )),
            (Some(since), None) => parts.push(format!("posted from {}", format_date(since))),
            (None, Some(before)) => parts.push(format!("posted before {}", format_date(before))),
            (None, None) => {}
        }
        if !self.responders.is_empty() {
            parts.push(format!("by {}", self.responders.join(", ")));
        }
        parts.join(", ")
    }
}

/// `--since`: an RFC 3339 time, or a day (`2026-10-01`, from its start, UTC).
pub fn parse_since(text: &str) -> Result<DateTime<Utc>, String> {
    parse_day(text).map_or_else(|| parse_date(text), Ok)
}

/// `--until`: an RFC 3339 time, or a day (`2026-12-31`, to its end, UTC); returns the first
/// moment no longer counted.
pub fn parse_until(text: &str) -> Result<DateTime<Utc>, String> {
    match parse_day(text) {
        Some(start) => Ok(start + Duration::days(1)),
        None => parse_date(text).map(|time| time + Duration::nanoseconds(1)),
    }
}

fn parse_day(text: &str) -> Option<DateTime<Utc>> {
    NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d")
        .ok()
        .and_then(|day| day.and_hms_opt(0, 0, 0))
        .map(|start| start.and_utc())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reply(posted: Option<&str>, responder: Option<&str>) -> Reply {
        Reply {
            posted: posted.map(|p| p.parse().unwrap()),
            responder: responder.map(String::from),
            ..Default::default()
        }
    }

    #[test]
    fn days_count_whole_and_undated_replies_drop_out() {
        let filter = Filter {
            since: Some(parse_since("2026-10-01").unwrap()),
            before: Some(parse_until("2026-10-31").unwrap()),
            ..Default::default()
        };
        assert!(filter.keeps(&reply(Some("2026-10-01T00:00:00Z"), None)));
        assert!(filter.keeps(&reply(Some("2026-10-31T23:59:59Z"), None)));
        assert!(!filter.keeps(&reply(Some("2026-11-01T00:00:00Z"), None)));
        assert!(!filter.keeps(&reply(Some("2026-09-30T23:59:59Z"), None)));
        assert!(!filter.keeps(&reply(None, None)));
    }

    #[test]
    fn responders_compare_without_case() {
        let filter = Filter {
            responders: vec!["sam okoro".into()],
            ..Default::default()
        };
        assert!(filter.keeps(&reply(None, Some("Sam Okoro"))));
        assert!(!filter.keeps(&reply(None, Some("Ann Lee"))));
        assert!(!filter.keeps(&reply(None, None)));
        assert!(Filter::default().keeps(&reply(None, None)));
    }

    #[test]
    fn an_exact_until_is_inclusive() {
        let before = parse_until("2026-10-01T12:00:00Z").unwrap();
        assert!(reply(Some("2026-10-01T12:00:00Z"), None).posted.unwrap() < before);
    }
}
