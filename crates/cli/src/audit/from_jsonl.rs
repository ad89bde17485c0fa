//! Replies as JSON Lines:
//! `{"text": …, "story_url"?, "posted"?, "responder"?, "story"?: {StoryContext}, "now"?}`.
//! A `HISTORY.jsonl` line is a valid reply line.

use std::io::BufRead;

use chrono::{DateTime, Utc};
use replyguide_engine::{HistoryEntry, InputError, StoryContext};
use serde::Deserialize;
use serde_json::value::RawValue;

use super::{within, BadRow, Reply, Rows};
use crate::inputs::parse_date;
use crate::CliError;

/// The fields of a reply line beyond those of a history line, kept raw so that their errors
/// can name the field.
#[derive(Deserialize)]
struct ReplyExtras {
    #[serde(default)]
    story: Option<Box<RawValue>>,
    #[serde(default)]
    now: Option<Box<RawValue>>,
    #[serde(default)]
    responder: Option<Box<RawValue>>,
}

/// Parses every non-blank line of `text` (the contents of file `name`).
#[cfg(test)]
fn read(name: &str, text: &str) -> Rows {
    read_lines(name, text.as_bytes()).expect("reading from memory cannot fail")
}

/// Parses every non-blank line read from `input` (file `name`) a line at a time, so a large file
/// is never held whole beside its replies. A leading byte-order mark is skipped.
pub(super) fn read_lines(name: &str, input: impl BufRead) -> Result<Rows, CliError> {
    let mut rows = Vec::new();
    for (index, text) in input.lines().enumerate() {
        let text = text.map_err(|err| CliError::unreadable(name, &err))?;
        let json = text.trim_start_matches('\u{feff}').trim();
        if json.is_empty() {
            continue;
        }
        let line = index + 1;
        rows.push(parse_line(line, json).map_err(|err| BadRow {
            line,
            problem: err.to_string(),
        }));
    }
    Ok(Rows::collect(name, rows.into_iter()))
}

fn parse_line(line: usize, json: &str) -> Result<Reply, InputError> {
    let entry = HistoryEntry::from_json(json)?;
    let extras: ReplyExtras =
        serde_json::from_str(json).map_err(|err| InputError::new("", err.to_string()))?;
    let story = match &extras.story {
        Some(raw) => StoryContext::from_json(raw.get()).map_err(|err| within("story", err))?,
        None => StoryContext::default(),
    };
    Ok(Reply {
        line,
        story_url: entry.story_url.or_else(|| story.url.clone()),
        text: entry.text,
        posted: entry.posted,
        now: extras.now.as_deref().map(parse_now).transpose()?,
        responder: extras
            .responder
            .as_deref()
            .map(parse_responder)
            .transpose()?
            .flatten(),
        story,
    })
}

fn parse_responder(raw: &RawValue) -> Result<Option<String>, InputError> {
    let name: Option<String> = serde_json::from_str(raw.get()).map_err(|_| {
        InputError::new(
            "responder",
            format!("expected the responder's name, got {}", raw.get()),
        )
    })?;
    Ok(name.map(|n| n.trim().to_string()).filter(|n| !n.is_empty()))
}

fn parse_now(raw: &RawValue) -> Result<DateTime<Utc>, InputError> {
    let text: String = serde_json::from_str(raw.get()).map_err(|_| {
        InputError::new(
            "now",
            format!("expected an RFC 3339 date, got {}", raw.get()),
        )
    })?;
    parse_date(&text).map_err(|err| InputError::new("now", err.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_history_line_is_a_reply() {
        let replies = read(
            "r.jsonl",
            r#"{"text": "Hello", "story_url": "https://x/1", "posted": "2026-11-01T10:00:00Z"}"#,
        )
        .replies;
        assert_eq!(replies[0].story_url.as_deref(), Some("https://x/1"));
        assert_eq!(replies[0].line, 1);
    }

    #[test]
    fn story_url_defaults_to_the_story_address() {
        let replies = read(
            "r.jsonl",
            r#"{"text": "Hi", "story": {"url": "https://x/2", "body": "b"}}"#,
        )
        .replies;
        assert_eq!(replies[0].story_url.as_deref(), Some("https://x/2"));
    }

    #[test]
    fn errors_name_the_line_and_the_field_inside_the_story() {
        let text = "{\"text\": \"a\"}\n\n{\"text\": \"b\", \"story\": {\"body\": \"x\", \"posted\": \"soon\"}}";
        let rows = read("r.jsonl", text);
        assert_eq!(rows.replies.len(), 1);
        assert_eq!(
            rows.all_or_first_error().unwrap_err().to_string(),
            "r.jsonl line 3: story.posted: input contains invalid characters"
        );
    }

    #[test]
    fn bad_now_names_the_field() {
        let rows = read("r.jsonl", r#"{"text": "a", "now": 5}"#);
        assert_eq!(
            rows.bad_rows,
            vec![BadRow {
                line: 1,
                problem: "now: expected an RFC 3339 date, got 5".into()
            }]
        );
    }

    #[test]
    fn responder_is_read_and_blank_is_none() {
        let rows = read(
            "r.jsonl",
            "{\"text\": \"a\", \"responder\": \" Sam Okoro \"}\n{\"text\": \"b\", \"responder\": \"\"}",
        );
        assert_eq!(rows.replies[0].responder.as_deref(), Some("Sam Okoro"));
        assert_eq!(rows.replies[1].responder, None);
    }
}
