//! The extension's feedback counts, as a person exports them from the history page, and
//! `replyguide feedback merge`, which adds up a team's exports.
//!
//! An export and a merge have one shape, so merges can be merged again:
//! `{"format": "replyguide-feedback", "version": 1, "people": 1, "guidelines":
//! {"takes-sides": {"shown": 12, "dismissed": 3, "applied": 4, "posted_with": 2}}}`.
//! The counter names are `FEEDBACK_COUNTERS` in `extension/shared/feedback-store.js`.

use std::collections::BTreeMap;
use std::path::Path;

use serde::{Deserialize, Serialize};

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
    #[serde(default)]
    pub shown: u64,
    /// Dismissed for the draft.
    #[serde(default)]
    pub dismissed: u64,
    /// Fixed with "Apply".
    #[serde(default)]
    pub applied: u64,
    /// Replies posted with the finding still there.
    #[serde(default)]
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
        let name = file_name(path);
        let text = read_text(path)?;
        let mut reader = serde_json::Deserializer::from_str(&text);
        let export: Self = serde_path_to_error::deserialize(&mut reader).map_err(|err| {
            let field = err.path().to_string();
            let what = err.into_inner();
            if field == "." {
                CliError::in_file(&name, what)
            } else {
                CliError::in_file(&name, format!("{field}: {what}"))
            }
        })?;
        if export.format != FORMAT || export.version != VERSION {
            return Err(CliError::in_file(
                &name,
                format!(
                    "expected a Reply Guide feedback export (format \"{FORMAT}\", version {VERSION}), got format \"{}\" version {}",
                    export.format, export.version
                ),
            ));
        }
        Ok(export)
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

    /// The counts as a table, one guideline a line.
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
        for (rule, c) in &self.guidelines {
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

#[cfg(test)]
mod tests {
    use super::*;

    fn export(json: &str) -> FeedbackExport {
        serde_json::from_str(json).unwrap()
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
