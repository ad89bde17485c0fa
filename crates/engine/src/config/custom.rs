//! The organisation's own phrase rules, written as data.

use serde::{Deserialize, Serialize};

use crate::input::quoted;
use crate::text::regex::CustomPattern;
use crate::{InputError, Severity};

/// A phrase rule an organisation adds without code: it fires on any of its phrases or patterns.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct CustomRuleConfig {
    /// Stable id, lowercase words joined by hyphens, e.g. `no-jargon`. Must not reuse a built-in id.
    pub id: String,
    /// Word sequences to flag, matched case-insensitively on whole words (`*` = any one word,
    /// `word*` = any word starting with `word`).
    #[serde(default)]
    pub phrases: Vec<String>,
    /// Regular expressions to flag (Rust `regex` syntax, without Unicode classes: no lookaround,
    /// no backreferences), matched without regard to the case of ASCII letters, one line of the
    /// draft at a time (a line longer than 1,000 bytes in pieces). At most 300 characters each.
    #[serde(default)]
    pub patterns: Vec<String>,
    /// What to tell the person, saying what to do.
    pub message: String,
    /// `warning` or `hint` (default `hint`).
    #[serde(default = "default_custom_severity")]
    pub severity: Severity,
    /// Whether the rule runs (default true).
    #[serde(default = "enabled_by_default")]
    pub enabled: bool,
    /// The guideline or house style the rule serves, shown with the finding.
    #[serde(default)]
    pub guideline: Option<String>,
    /// Replacement text offered for a match.
    #[serde(default)]
    pub suggestion: Option<String>,
}

fn default_custom_severity() -> Severity {
    Severity::Hint
}

fn enabled_by_default() -> bool {
    true
}

/// Checks every custom rule: well-formed unique ids, something to match, patterns that compile.
pub(super) fn validate_all(rules: &[CustomRuleConfig]) -> Result<(), InputError> {
    let builtin = crate::rules::builtin_ids();
    for (i, rule) in rules.iter().enumerate() {
        let at = |field: &str| format!("custom_rules[{i}].{field}");
        let id_ok = !rule.id.is_empty()
            && rule
                .id
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
        if !id_ok {
            return Err(InputError::new(
                at("id"),
                format!(
                    "expected lowercase words joined by hyphens (like \"no-jargon\"), got {}",
                    quoted(&rule.id)
                ),
            ));
        }
        if builtin.contains(&rule.id.as_str()) {
            return Err(InputError::new(
                at("id"),
                format!(
                    "{} is a built-in rule; use rules.{} to change it",
                    quoted(&rule.id),
                    rule.id
                ),
            ));
        }
        if rules[..i].iter().any(|earlier| earlier.id == rule.id) {
            return Err(InputError::new(
                at("id"),
                format!("{} is used by an earlier custom rule", quoted(&rule.id)),
            ));
        }
        if rule.phrases.iter().all(|p| p.trim().is_empty()) && rule.patterns.is_empty() {
            return Err(InputError::new(
                at("phrases"),
                "expected at least one phrase or pattern",
            ));
        }
        for (j, pattern) in rule.patterns.iter().enumerate() {
            if let Err(err) = CustomPattern::new(pattern) {
                return Err(InputError::new(
                    format!("custom_rules[{i}].patterns[{j}]"),
                    format!("not a valid pattern: {err}"),
                ));
            }
        }
        if rule.message.trim().is_empty() {
            return Err(InputError::new(
                at("message"),
                "expected a message, got an empty string",
            ));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use crate::Config;

    #[test]
    fn bad_pattern_names_its_index() {
        let err = Config::from_json(
            r#"{"custom_rules": [{"id": "x", "patterns": ["ok", "(unclosed"], "message": "m"}]}"#,
        )
        .unwrap_err();
        assert_eq!(err.path, "custom_rules[0].patterns[1]");
    }

    #[test]
    fn patterns_that_backtrack_forever_elsewhere_are_accepted() {
        let config = Config::from_json(
            r#"{"custom_rules": [{"id": "x", "patterns": ["(\\w+\\s?)*$", "(a+)+$"], "message": "m"}]}"#,
        );
        assert!(config.is_ok(), "{config:?}");
    }

    #[test]
    fn an_overlong_pattern_is_refused_with_the_limit() {
        let pattern = "a|".repeat(200);
        let json = format!(
            r#"{{"custom_rules": [{{"id": "x", "patterns": ["{pattern}"], "message": "m"}}]}}"#
        );
        let err = Config::from_json(&json).unwrap_err();
        assert_eq!(
            err.to_string(),
            "custom_rules[0].patterns[0]: not a valid pattern: expected a pattern of at most 300 characters, got 400"
        );
    }

    #[test]
    fn builtin_id_is_refused() {
        let err = Config::from_json(
            r#"{"custom_rules": [{"id": "takes-sides", "phrases": ["x"], "message": "m"}]}"#,
        )
        .unwrap_err();
        assert_eq!(err.path, "custom_rules[0].id");
    }

    #[test]
    fn duplicate_id_is_refused() {
        let err = Config::from_json(
            r#"{"custom_rules": [{"id": "a", "phrases": ["x"], "message": "m"},
                                 {"id": "a", "phrases": ["y"], "message": "m"}]}"#,
        )
        .unwrap_err();
        assert_eq!(err.path, "custom_rules[1].id");
    }
}
