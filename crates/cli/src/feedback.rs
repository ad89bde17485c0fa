//! The extension's feedback counts, as a person exports them from the history page, and
//! `replyguide feedback merge`, which adds up a team's exports.
//!
//! An export and a merge have one shape, so merges can be merged again:
//! `{"format": "replyguide-feedback", "version": 1, "people": 1, "guidelines":
//! {"takes-sides": {"shown": 12, "dismissed": 3, "applied": 4, "posted_with": 2}}}`.
//! The counter names are `FEEDBACK_COUNTERS` in `extension/shared/feedback-store.js`.

use std::collections::BTreeMap;
use std::path::Path;

use serde::de::{Deserializer, Error, Unexpected, Visitor};
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::inputs::{file_name, read_text};
use crate::CliError;

/// The `format` every export carries.
pub const FORMAT: &str = "replyguide-feedback";
/// The export version this command reads and writes.
pub const VERSION: u32 = 1;

/// One person's (or a team's) counts per guideline.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FeedbackExport {
    /// Always [`FORMAT`].
    pub format: String,
    /// Always [`VERSION`].
    pub version: u32,
    /// How many people's exports were added up (1 for one export).
    #[serde(default = "one")]
    pub people: u64,
    /// When the export was made (RFC 3339), if it says; merges leave it out.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exported: Option<String>,
    /// Counts per guideline id.
    pub guidelines: BTreeMap<String, FeedbackCounts>,
}

fn one() -> u64 {
    1
}

/// What happened to one guideline's findings in the extension.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FeedbackCounts {
    /// Findings shown in the panel.
    #[serde(default, deserialize_with = "count")]
    pub shown: u64,
    /// Dismissed for the draft.
    #[serde(default, deserialize_with = "count")]
    pub dismissed: u64,
    /// Fixed with "Apply".
    #[serde(default, deserialize_with = "count")]
    pub applied: u64,
    /// Replies posted with the finding still there.
    #[serde(default, deserialize_with = "count")]
    pub posted_with: u64,
}

impl FeedbackCounts {
    /// Dismissed findings as a share of those shown, in percent.
    pub fn dismissed_percent(&self) -> f64 {
        if self.shown == 0 {
            0.0
        } else {
            100.0 * self.dismissed as f64 / self.shown as f64
        }
    }

    fn add(&mut self, other: &Self) {
        self.shown += other.shown;
        self.dismissed += other.dismissed;
        self.applied += other.applied;
        self.posted_with += other.posted_with;
    }
}

impl FeedbackExport {
    /// Reads one export (or merge), naming the file and field on error.
    pub fn load(path: &Path) -> Result<Self, CliError> {
        Self::from_json(&read_text(path)?).map_err(|what| CliError::in_file(&file_name(path), what))
    }

    /// Parses an export; the error names the field at fault, and says so first when the JSON is
    /// something else altogether (a config, another tool's file, a newer export).
    fn from_json(text: &str) -> Result<Self, String> {
        let value: Value = serde_json::from_str(text).map_err(|err| format!("not JSON: {err}"))?;
        let Some(object) = value.as_object() else {
            return Err(format!(
                "expected a Reply Guide feedback export (a JSON object with \"format\": \"{FORMAT}\"), got {}",
                json_kind(&value)
            ));
        };
        let foreign =
            "not a Reply Guide feedback export (the extension's history page exports one)";
        match object.get("format") {
            Some(Value::String(format)) if format == FORMAT => {}
            Some(other) => {
                return Err(format!(
                    "format: expected \"{FORMAT}\", got {other}: {foreign}"
                ))
            }
            None => {
                let keys: Vec<&str> = object.keys().map(String::as_str).take(5).collect();
                return Err(format!(
                    "no \"format\": \"{FORMAT}\" (its fields are {}): {foreign}",
                    if keys.is_empty() {
                        "none".to_string()
                    } else {
                        keys.join(", ")
                    }
                ));
            }
        }
        match object.get("version").and_then(Value::as_u64) {
            Some(version) if version == u64::from(VERSION) => {}
            Some(newer) if newer > u64::from(VERSION) => {
                return Err(format!(
                    "version: {newer} is newer than this replyguide reads ({VERSION}): update replyguide"
                ))
            }
            _ => {
                return Err(format!(
                    "version: expected {VERSION}, got {}",
                    object.get("version").map_or("nothing".to_string(), Value::to_string)
                ))
            }
        }
        serde_path_to_error::deserialize(value).map_err(|err| {
            let field = err.path().to_string();
            format!("{field}: {}", err.into_inner())
        })
    }

    /// Whether `other` is this very export again (same time of export, same counts): a file
    /// sent twice.
    pub fn same_export(&self, other: &Self) -> bool {
        self.exported.is_some() && self == other
    }

    /// The sum of `exports`.
    pub fn merge<'a>(exports: impl IntoIterator<Item = &'a Self>) -> Self {
        let mut merged = Self {
            format: FORMAT.to_string(),
            version: VERSION,
            people: 0,
            exported: None,
            guidelines: BTreeMap::new(),
        };
        for export in exports {
            merged.people += export.people;
            for (rule, counts) in &export.guidelines {
                merged
                    .guidelines
                    .entry(rule.clone())
                    .or_default()
                    .add(counts);
            }
        }
        merged
    }

    /// The guidelines and their counts, the one dismissed most often (as a share) first.
    pub fn most_dismissed_first(&self) -> Vec<(&String, &FeedbackCounts)> {
        let mut counts: Vec<_> = self.guidelines.iter().collect();
        counts.sort_by(|a, b| b.1.dismissed_percent().total_cmp(&a.1.dismissed_percent()));
        counts
    }

    /// The counts as a table, one guideline a line, most dismissed first.
    pub fn text(&self) -> String {
        let width = self
            .guidelines
            .keys()
            .map(String::len)
            .max()
            .unwrap_or(9)
            .max(9);
        let mut out = format!(
            "{:<width$}  {:>7}  {:>9}  {:>7}  {:>11}  {:>10}\n",
            "guideline", "shown", "dismissed", "applied", "posted with", "dismissed%"
        );
        for (rule, c) in self.most_dismissed_first() {
            out.push_str(&format!(
                "{rule:<width$}  {:>7}  {:>9}  {:>7}  {:>11}  {:>9.1}%\n",
                c.shown,
                c.dismissed,
                c.applied,
                c.posted_with,
                c.dismissed_percent()
            ));
        }
        out.push_str(&format!("{} people's exports added up.\n", self.people));
        out
    }
}

/// What a JSON value is, for messages: `an array`, `a string`…
fn json_kind(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "true or false",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// A counter: a whole number of 0 or more.
fn count<'de, D: Deserializer<'de>>(deserializer: D) -> Result<u64, D::Error> {
    struct Count;
    impl Visitor<'_> for Count {
        type Value = u64;

        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("a whole number of 0 or more")
        }

        fn visit_u64<E: Error>(self, value: u64) -> Result<u64, E> {
            Ok(value)
        }

        fn visit_i64<E: Error>(self, value: i64) -> Result<u64, E> {
            u64::try_from(value).map_err(|_| E::invalid_value(Unexpected::Signed(value), &self))
        }
    }
    deserializer.deserialize_u64(Count)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn export(json: &str) -> FeedbackExport {
        FeedbackExport::from_json(json).unwrap()
    }

    fn refusal(json: &str) -> String {
        FeedbackExport::from_json(json).unwrap_err()
    }

    #[test]
    fn bad_and_foreign_files_are_told_apart() {
        assert!(refusal("not json").starts_with("not JSON: expected ident at line 1"));
        assert!(refusal("[1]").ends_with("got an array"));
        assert_eq!(
            refusal(r#"{"organisation": {"name": "Healthwatch"}}"#),
            "no \"format\": \"replyguide-feedback\" (its fields are organisation): not a Reply Guide feedback export (the extension's history page exports one)"
        );
        assert!(refusal(r#"{"format": "grammarly"}"#).starts_with("format: expected"));
        assert!(
            refusal(r#"{"format": "replyguide-feedback", "version": 2, "guidelines": {}}"#)
                .starts_with("version: 2 is newer than this replyguide reads (1)")
        );
        assert_eq!(
            refusal(r#"{"format": "replyguide-feedback", "version": 1, "guidelines": {"takes-sides": {"shown": -1}}}"#),
            "guidelines.takes-sides.shown: invalid value: integer `-1`, expected a whole number of 0 or more"
        );
        assert!(refusal(r#"{"format": "replyguide-feedback", "version": 1, "guidelines": {"takes-sides": {"hidden": 1}}}"#)
            .starts_with("guidelines.takes-sides.hidden: unknown field `hidden`"));
    }

    #[test]
    fn merging_adds_counts_and_people() {
        let a = export(
            r#"{"format": "replyguide-feedback", "version": 1, "exported": "2026-12-01T10:00:00Z",
            "guidelines": {"takes-sides": {"shown": 4, "dismissed": 1, "applied": 2, "posted_with": 1}}}"#,
        );
        let b = export(
            r#"{"format": "replyguide-feedback", "version": 1,
            "guidelines": {"takes-sides": {"shown": 6, "dismissed": 5}, "too-early": {"shown": 1}}}"#,
        );
        let merged = FeedbackExport::merge([&a, &b]);
        assert_eq!(merged.people, 2);
        let sides = merged.guidelines["takes-sides"];
        assert_eq!(
            (
                sides.shown,
                sides.dismissed,
                sides.applied,
                sides.posted_with
            ),
            (10, 6, 2, 1)
        );
        assert_eq!(sides.dismissed_percent(), 60.0);
        assert_eq!(FeedbackExport::merge([&merged, &a]).people, 3);
    }
}
