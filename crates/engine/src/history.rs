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
    #[serde(default)]
    pub posted: Option<DateTime<Utc>>,
}

impl HistoryEntry {
    /// Parses one history line, naming the field at fault on error.
    pub fn from_json(json: &str) -> Result<Self, crate::InputError> {
        crate::input::parse_json(json)
    }
}
