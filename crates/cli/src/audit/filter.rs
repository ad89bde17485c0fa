//! `--since`, `--until` and `--responder`: which audited replies a report covers.
//!
//! Replies are checked against every reply before them in the file whatever the filter, so a
//! reply that repeats a colleague's is still found; the filter only chooses what is counted.

use chrono::{DateTime, Duration, Utc};

use super::spreadsheet_dates::parse_spreadsheet_date;
use super::Reply;
use crate::inputs::format_date;

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

    /// Refuses a period that ends before it starts (it would count nothing).
    pub fn check(&self) -> Result<(), String> {
        match (self.since, self.before) {
            (Some(since), Some(before)) if since >= before => Err(format!(
                "--since {} is not before --until {}: no reply could be counted",
                format_date(since),
                format_date(before - Duration::nanoseconds(1))
            )),
            _ => Ok(()),
        }
    }

    /// The `--responder` names no reply of `replies` is by (a misspelling, or someone else's
    /// file), so the person is told rather than shown an empty report.
    pub fn unknown_responders<'a>(&'a self, replies: &[Reply]) -> Vec<&'a str> {
        self.responders
            .iter()
            .map(|wanted| wanted.trim())
            .filter(|wanted| {
                !replies.iter().any(|reply| {
                    reply
                        .responder
                        .as_deref()
                        .is_some_and(|name| wanted.eq_ignore_ascii_case(name))
                })
            })
            .collect()
    }

    /// The filter in words for the report's heading, e.g. `posted 1 October 2026 to 31 December
    /// 2026, by Sam Okoro`; empty when everything is counted.
    pub fn describe(&self) -> String {
        let mut parts = Vec::new();
        let until = |before: DateTime<Utc>| match whole_day(before) {
            Some(_) => day_name(before - Duration::days(1)),
            None => format_date(before - Duration::nanoseconds(1)),
        };
        let from = |since: DateTime<Utc>| whole_day(since).unwrap_or_else(|| format_date(since));
        match (self.since, self.before) {
            (Some(since), Some(before)) => {
                parts.push(format!("posted {} to {}", from(since), until(before)))
            }
            (Some(since), None) => parts.push(format!("posted from {}", from(since))),
            (None, Some(before)) => parts.push(format!("posted up to {}", until(before))),
            (None, None) => {}
        }
        if !self.responders.is_empty() {
            parts.push(format!("by {}", self.responders.join(", ")));
        }
        parts.join(", ")
    }
}

/// `time` as a day (`1 October 2026`) when it is the start of one.
fn whole_day(time: DateTime<Utc>) -> Option<String> {
    (time.time() == chrono::NaiveTime::MIN).then(|| day_name(time))
}

fn day_name(time: DateTime<Utc>) -> String {
    time.format("%-d %B %Y").to_string()
}

/// `--since`: a day (`2026-10-01`, `01/10/2026`: from its start, UTC) or a time.
pub fn parse_since(text: &str) -> Result<DateTime<Utc>, String> {
    parse_spreadsheet_date(text)
}

/// `--until`: a day (`2026-12-31`, `31/12/2026`: to its end, UTC) or a time; returns the first
/// moment no longer counted.
pub fn parse_until(text: &str) -> Result<DateTime<Utc>, String> {
    let until = parse_spreadsheet_date(text)?;
    Ok(if text.contains(':') {
        until + Duration::nanoseconds(1)
    } else {
        until + Duration::days(1)
    })
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
    fn days_may_be_written_day_first_and_a_period_must_not_end_before_it_starts() {
        assert_eq!(parse_since("01/10/2026"), parse_since("2026-10-01"));
        assert_eq!(parse_until("31/12/2026"), parse_until("2026-12-31"));
        let backwards = Filter {
            since: Some(parse_since("2026-12-01").unwrap()),
            before: Some(parse_until("2026-11-30").unwrap()),
            ..Default::default()
        };
        assert_eq!(
            backwards.check().unwrap_err(),
            "--since 2026-12-01T00:00:00Z is not before --until 2026-11-30T23:59:59Z: no reply could be counted"
        );
        let one_day = Filter {
            since: Some(parse_since("2026-12-01").unwrap()),
            before: Some(parse_until("2026-12-01").unwrap()),
            ..Default::default()
        };
        assert_eq!(one_day.check(), Ok(()));
    }

    #[test]
    fn the_filter_reads_as_days_when_it_is_whole_days() {
        let filter = Filter {
            since: Some(parse_since("01/10/2026").unwrap()),
            before: Some(parse_until("2026-12-31").unwrap()),
            responders: vec!["Sam Okoro".into()],
        };
        assert_eq!(
            filter.describe(),
            "posted 1 October 2026 to 31 December 2026, by Sam Okoro"
        );
        let times = Filter {
            before: Some(parse_until("2026-12-31T12:00:00Z").unwrap()),
            ..Default::default()
        };
        assert_eq!(times.describe(), "posted up to 2026-12-31T12:00:00Z");
        assert_eq!(Filter::default().describe(), "");
    }

    #[test]
    fn responders_in_no_reply_are_named() {
        let filter = Filter {
            responders: vec!["sam okoro".into(), "Sam Okoru".into()],
            ..Default::default()
        };
        let replies = [reply(None, Some("Sam Okoro")), reply(None, None)];
        assert_eq!(filter.unknown_responders(&replies), vec!["Sam Okoru"]);
    }

    #[test]
    fn an_exact_until_is_inclusive() {
        let before = parse_until("2026-10-01T12:00:00Z").unwrap();
        assert!(reply(Some("2026-10-01T12:00:00Z"), None).posted.unwrap() < before);
    }
}
