//! An organisation's own phrase rule, built from config data.

use super::{rule_finding, Context, Rule};
use crate::config::{CommonSettings, CustomRuleConfig};
use crate::text::regex::CustomPattern;
use crate::text::PhraseSet;
use crate::{Config, Finding, Severity, Span};

/// A custom rule: fires on each of its phrases and patterns.
pub struct CustomRule {
    config: CustomRuleConfig,
    phrases: PhraseSet,
    patterns: Vec<CustomPattern>,
}

impl CustomRule {
    /// Compiles a custom rule. Patterns that do not compile are skipped (config validation
    /// reports them first).
    pub fn new(config: &CustomRuleConfig) -> Self {
        Self {
            phrases: PhraseSet::new(&config.phrases),
            patterns: config
                .patterns
                .iter()
                .filter_map(|pattern| CustomPattern::new(pattern).ok())
                .collect(),
            config: config.clone(),
        }
    }
}

impl CommonSettings for CustomRuleConfig {
    fn enabled(&self) -> bool {
        self.enabled
    }
    fn severity(&self) -> Option<Severity> {
        Some(self.severity)
    }
}

impl Rule for CustomRule {
    fn id(&self) -> &str {
        &self.config.id
    }

    fn guideline(&self) -> &str {
        self.config
            .guideline
            .as_deref()
            .unwrap_or("Your organisation's own guidance.")
    }

    fn why(&self) -> &str {
        "Your organisation added this check."
    }

    fn default_severity(&self) -> Severity {
        self.config.severity
    }

    fn settings<'a>(&'a self, _config: &'a Config) -> &'a dyn CommonSettings {
        &self.config
    }

    fn check(&self, ctx: &Context) -> Vec<Finding> {
        let mut found_spans: Vec<Span> = self
            .phrases
            .find_all(ctx.draft)
            .iter()
            .map(|m| m.span)
            .collect();
        for pattern in &self.patterns {
            found_spans.extend(pattern.find_all(ctx.draft.text()));
        }
        found_spans.retain(|span| !span.is_empty());
        found_spans.sort_unstable();
        found_spans.dedup();
        found_spans
            .into_iter()
            .map(|span| {
                let mut f = rule_finding(self, Some(span), self.config.message.clone());
                f.suggestion = self.config.suggestion.clone();
                f
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{findings_with, story};
    use crate::Config;

    #[test]
    fn custom_phrase_and_pattern_rules_fire() {
        let config = Config::from_json(
            r#"{"custom_rules": [{"id": "no-jargon", "phrases": ["going forward"],
                "patterns": ["\\bPALS?\\b"], "message": "Say it plainly.", "severity": "warning",
                "suggestion": "from now on"}]}"#,
        )
        .unwrap();
        let draft = "Going forward, please contact PALS.";
        let found = findings_with("no-jargon", draft, &story(), &config);
        let texts: Vec<_> = found.iter().map(|f| f.span.unwrap().text(draft)).collect();
        assert_eq!(texts, ["Going forward", "PALS"]);
        assert_eq!(found[0].severity, crate::Severity::Warning);
        assert_eq!(found[0].suggestion.as_deref(), Some("from now on"));
    }

    #[test]
    fn disabled_custom_rule_is_silent() {
        let config = Config::from_json(
            r#"{"custom_rules": [{"id": "x", "phrases": ["hello"], "message": "m", "enabled": false}]}"#,
        )
        .unwrap();
        assert!(findings_with("x", "hello there", &story(), &config).is_empty());
    }
}
