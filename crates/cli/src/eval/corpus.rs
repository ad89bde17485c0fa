//! The labelled corpus: one case per JSON line, read and checked exactly as `replyguide check`
//! would check it, and split once into a tuning half and a test half by a hash of its id.

use std::path::Path;

use chrono::{DateTime, Utc};
use replyguide_engine::{Config, Engine, Finding, HistoryEntry, StoryContext};
use serde::Deserialize;
use serde_json::Value;

use crate::inputs::{file_name, json_lines, parse_date, read_text};
use crate::CliError;

/// One labelled reply.
#[derive(Debug, Clone, Deserialize)]
pub struct Case {
    /// Unique id; also decides the half the case falls in.
    pub id: String,
    /// Who is writing (a Healthwatch officer, an MP's caseworker…); for reading failures.
    #[serde(default)]
    pub voice: Option<String>,
    /// The story's country; for reading failures.
    #[serde(default)]
    pub country: Option<String>,
    /// The reply's language when not English (`cy`, `ga`…).
    #[serde(default)]
    pub language: Option<String>,
    /// The organisation config (as in `--config`).
    #[serde(default)]
    pub config: Option<Value>,
    /// The story context (as in `--story`).
    #[serde(default)]
    pub story: Option<Value>,
    /// Earlier replies (as in `--history`).
    #[serde(default)]
    pub history: Vec<Value>,
    /// When the draft is checked (RFC 3339).
    pub now: String,
    /// The draft reply.
    pub draft: String,
    /// Rules that must fire, at any severity.
    #[serde(default)]
    pub expect: Vec<String>,
    /// Rules a careless reading would fire, that must stay silent.
    #[serde(default)]
    pub tricky: Vec<String>,
    /// What the case is about.
    #[serde(default)]
    pub note: Option<String>,
}

impl Case {
    /// The findings `replyguide check` gives this draft with this story, config, history and time.
    pub fn check(&self) -> Result<Vec<Finding>, String> {
        let config = match &self.config {
            Some(value) => {
                Config::from_json(&value.to_string()).map_err(|e| format!("config: {e}"))?
            }
            None => Config::default(),
        };
        let story = match &self.story {
            Some(value) => {
                StoryContext::from_json(&value.to_string()).map_err(|e| format!("story: {e}"))?
            }
            None => StoryContext::default(),
        };
        let mut engine = Engine::new(config);
        for (at, entry) in self.history.iter().enumerate() {
            let entry = HistoryEntry::from_json(&entry.to_string())
                .map_err(|e| format!("history[{at}]: {e}"))?;
            engine.add_history(entry);
        }
        let now: DateTime<Utc> = parse_date(&self.now).map_err(|e| format!("now: {e}"))?;
        Ok(engine.check(&self.draft, &story, now))
    }
}

/// Reads a corpus file: one case per line, blank lines skipped; errors name the line.
pub fn read_cases(path: &Path) -> Result<Vec<Case>, CliError> {
    let name = file_name(path);
    json_lines(&read_text(path)?)
        .map(|(line, json)| {
            serde_json::from_str(json)
                .map_err(|err| CliError::new(format!("{name} line {line}: {err}")))
        })
        .collect()
}

/// The two halves of the corpus.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Half {
    /// Rules are tuned on these cases; their failures may be read.
    Tune,
    /// Held out: only the aggregate figures are read.
    Test,
}

/// The half a case falls in: the low bit of the 64-bit FNV-1a hash of its id, so the split is
/// the same on every machine and does not depend on the order of the file.
pub fn split_half(id: &str) -> Half {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in id.bytes() {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    if hash & 1 == 0 {
        Half::Tune
    } else {
        Half::Test
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_split_depends_only_on_the_id() {
        assert_eq!(split_half("a-001"), split_half("a-001"));
        let ids: Vec<String> = (0..200).map(|i| format!("case-{i}")).collect();
        let tune = ids.iter().filter(|id| split_half(id) == Half::Tune).count();
        assert!(
            (70..130).contains(&tune),
            "{tune} of 200 in the tuning half"
        );
    }

    #[test]
    fn a_case_is_checked_as_the_command_line_checks_it() {
        let case: Case = serde_json::from_str(
            r#"{"id": "x", "now": "2026-11-23T12:00:00Z", "draft": "You are absolutely right.",
                "story": {"body": "The ward was noisy."}, "expect": ["takes-sides"]}"#,
        )
        .unwrap();
        let findings = case.check().unwrap();
        assert!(findings.iter().any(|f| f.rule == "takes-sides"));
    }
}
