//! Replies as JSON Lines: `{"text": …, "story_url"?, "posted"?, "story"?: {StoryContext}, "now"?}`.
//! A `HISTORY.jsonl` line is a valid reply line.

use chrono::{DateTime, Utc};
use replyguide_engine::{HistoryEntry, InputError, StoryContext};
use serde::Deserialize;
use serde_json::value::RawValue;

use super::{within, Reply};
use crate::inputs::{json_lines, parse_date};
use crate::CliError;

/// The fields of a reply line beyond those of a history line, kept raw so that their errors
/// can name the field.
#[derive(Deserialize)]
struct ReplyExtras {
    #[serde(default)]
    story: Option<Box<RawValue>>,
    #[serde(default)]
    now: Option<Box<RawValue>>,
}

/// Parses every non-blank line of `text` (the contents of file `name`).
pub(super) fn read(name: &str, text: &str) -> Result<Vec<Reply>, CliError> {
    json_lines(text)
        .map(|(line, json)| {
            parse_line(line, json).map_err(|err| CliError::on_line(name, line, err))
        })
        .collect()
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
        story,
    })
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
        .unwrap();
        assert_eq!(replies[0].story_url.as_deref(), Some("https://x/1"));
        assert_eq!(replies[0].line, 1);
    }

    #[test]
    fn story_url_defaults_to_the_story_address() {
        let replies = read(
            "r.jsonl",
            r#"{"text": "Hi", "story": {"url": "https://x/2", "body": "b"}}"#,
        )
        .unwrap();
        assert_eq!(replies[0].story_url.as_deref(), Some("https://x/2"));
    }

    #[test]
    fn errors_name_the_line_and_the_field_inside_the_story() {
        let text = "{\"text\": \"a\"}\n\n{\"text\": \"b\", \"story\": {\"body\": \"x\", \"posted\": \"soon\"}}";
        let err = read("r.jsonl", text).unwrap_err();
        assert_eq!(
            err.to_string(),
            "r.jsonl line 3: story.posted: input contains invalid characters"
        );
    }

    #[test]
    fn bad_now_names_the_field() {
        let err = read("r.jsonl", r#"{"text": "a", "now": 5}"#).unwrap_err();
        assert_eq!(
            err.to_string(),
            "r.jsonl line 1: now: expected an RFC 3339 date, got 5"
        );
    }
}
