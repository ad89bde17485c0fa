//! What the engine says about a draft: findings, and their JavaScript-ready report form.

use serde::{Deserialize, Serialize};

use crate::span::{Span, Utf16Offsets};

/// How sure a rule is that the draft breaks its guideline.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Worth a second look.
    Hint,
    /// Likely to break the guideline.
    Warning,
}

impl Severity {
    /// The lowercase name used in JSON and on the command line.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Hint => "hint",
            Severity::Warning => "warning",
        }
    }
}

/// An earlier reply that a finding refers to (for `repeated-response`).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RelatedReply {
    /// Link to the story the earlier reply was posted on, when known.
    pub story_url: Option<String>,
    /// When the earlier reply was posted, RFC 3339, when known.
    pub posted: Option<String>,
    /// How similar the draft is to it, from 0 (nothing alike) to 1 (identical).
    pub similarity: f64,
}

/// One piece of advice about the draft, in engine terms (byte spans).
#[derive(Debug, Clone, PartialEq)]
pub struct Finding {
    /// Rule id, e.g. `takes-sides`, or a custom rule's id.
    pub rule: String,
    /// Severity after the organisation's config has been applied.
    pub severity: Severity,
    /// Plain-English message that says what to do.
    pub message: String,
    /// The Care Opinion guideline this finding serves, quoted.
    pub guideline: String,
    /// Why the guideline matters: shown when the person expands the finding.
    pub why: String,
    /// The words that triggered the finding (bytes into the draft), or `None` for the whole draft.
    pub span: Option<Span>,
    /// Replacement text for the span, where one exists.
    pub suggestion: Option<String>,
    /// The earlier reply this finding refers to, if any.
    pub related: Option<RelatedReply>,
}

/// A finding as reported outside the engine: the `findings[]` item of INTERFACES.md, with
/// `start`/`end` in UTF-16 code units (JavaScript string indices).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ReportedFinding {
    /// Rule id.
    pub rule: String,
    /// `warning` or `hint`.
    pub severity: Severity,
    /// What to do.
    pub message: String,
    /// The guideline quoted.
    pub guideline: String,
    /// Why the guideline matters.
    pub why: String,
    /// UTF-16 start offset, or `null` for a finding about the whole draft.
    pub start: Option<usize>,
    /// UTF-16 end offset, or `null` for a finding about the whole draft.
    pub end: Option<usize>,
    /// Replacement text for the span, where one exists.
    pub suggestion: Option<String>,
    /// The earlier reply this finding refers to, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub related: Option<RelatedReply>,
}

/// The `{"findings": [...]}` object printed by `check --format json` and returned by the wasm `check`.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct Report {
    /// Every finding, in draft order (whole-draft findings first).
    pub findings: Vec<ReportedFinding>,
}

impl Report {
    /// Converts engine findings on `draft` into their reported form.
    pub fn new(draft: &str, findings: &[Finding]) -> Self {
        Self::from_findings(draft, findings.to_vec())
    }

    /// [`new`](Self::new) for findings the caller no longer needs: their texts move into the
    /// report instead of being copied.
    pub fn from_findings(draft: &str, findings: Vec<Finding>) -> Self {
        let offsets = Utf16Offsets::new(draft);
        let mut reported = Vec::with_capacity(findings.len());
        for f in findings {
            let (start, end) = match f.span {
                Some(span) => {
                    let (s, e) = offsets.span(span);
                    (Some(s), Some(e))
                }
                None => (None, None),
            };
            reported.push(ReportedFinding {
                rule: f.rule,
                severity: f.severity,
                message: f.message,
                guideline: f.guideline,
                why: f.why,
                start,
                end,
                suggestion: f.suggestion,
                related: f.related,
            });
        }
        Self { findings: reported }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn severities_are_written_as_their_lowercase_names() {
        assert_eq!(serde_json::to_string(&Severity::Hint).unwrap(), "\"hint\"");
        assert_eq!(
            serde_json::to_string(&Severity::Warning).unwrap(),
            "\"warning\""
        );
    }
}
