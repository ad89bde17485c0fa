//! The responder's (and organisation's) earlier replies: what `repeated-response` checks against.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// One earlier reply (a line of `HISTORY.jsonl`).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct HistoryEntry {
    /// The reply text.
    pub text: String,
    /// The story it was posted on.
    #[serde(default)]
    pub story_url: Option<String>,
    /// When it was posted.
    #[serde(default, deserialize_with = "crate::rfc3339::deserialize_optional")]
    pub posted: Option<DateTime<Utc>>,
}

impl HistoryEntry {
    /// Parses one history line, naming the field at fault on error.
    ///
    /// Compiled with the engine, for speed (not `#[inline]` like `Config::from_json`): history is
    /// read in bulk, thousands of lines when a page opens, within the history index's build-time
    /// budget (`make bench`).
    pub fn from_json(json: &str) -> Result<Self, crate::InputError> {
        crate::input::from_json_in_bulk(json)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn written_entry_reads_back_the_same() {
        let entry = HistoryEntry {
            text: "Thank you for sharing.".into(),
            story_url: Some("https://www.careopinion.org.uk/1".into()),
            posted: "2026-11-01T10:00:00Z".parse().ok(),
        };
        let json = serde_json::to_string(&entry).unwrap();
        assert_eq!(HistoryEntry::from_json(&json), Ok(entry));
    }

    #[test]
    fn a_reply_line_with_more_fields_is_a_history_entry() {
        let entry = HistoryEntry::from_json(r#"{"text": "a", "story": {"body": "b"}, "now": "x"}"#);
        assert_eq!(entry.map(|entry| entry.text), Ok("a".to_string()));
    }
}
