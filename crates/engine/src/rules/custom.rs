//! An organisation's own phrase rule, built from config data.

use super::{rule_finding, Context, Rule};
use crate::config::{CommonSettings, CustomRuleConfig};
use crate::text::regex::Regex;
use crate::text::PhraseSet;
use crate::{Config, Finding, Severity, Span};

/// A custom rule: fires on each of its phrases and patterns.
pub struct CustomRule {
    config: CustomRuleConfig,
    phrases: PhraseSet,
    patterns: Vec<Regex>,
}

impl CustomRule {
    /// Compiles a custom rule. Patterns that do not compile are skipped (config validation
    /// reports them first).
    pub fn new(config: &CustomRuleConfig) -> Self {
        // A plain loop: the iterator chain costs more code in the wasm.
        let mut patterns = Vec::new();
        for pattern in &config.patterns {
            if let Ok(regex) = Regex::new(pattern, true) {
                patterns.push(regex);
            }
        }
        Self {
            phrases: PhraseSet::new(&config.phrases),
            patterns,
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
        // Sorted and without repeats: each span is inserted in its place unless already there.
        let mut spans: Vec<Span> = Vec::new();
        for span in found_spans {
            let at = spans.partition_point(|s| *s < span);
            if !span.is_empty() && spans.get(at) != Some(&span) {
                spans.insert(at, span);
            }
        }
        let mut found = Vec::with_capacity(spans.len());
        for span in spans {
            let mut f = rule_finding(self, Some(span), self.config.message.clone());
            f.suggestion = self.config.suggestion.clone();
            found.push(f);
        }
        found
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
