//! `repeated-response`: PLACEHOLDER — to be implemented.

use super::{Context, Rule};
use crate::config::CommonSettings;
use crate::{rule_settings, Config, Finding, Severity};

rule_settings! {
    /// Settings of `repeated-response`.
    pub struct Settings {

    }
}

/// The `repeated-response` rule.
pub struct RepeatedResponse;

impl RepeatedResponse {
    /// Builds the rule from `config`.
    pub fn new(_config: &Config) -> Self {
        Self
    }
}

impl Rule for RepeatedResponse {
    fn id(&self) -> &str {
        "repeated-response"
    }
    fn guideline(&self) -> &str {
        "TODO"
    }
    fn why(&self) -> &str {
        "TODO"
    }
    fn default_severity(&self) -> Severity {
        Severity::Hint
    }
    fn settings<'a>(&'a self, config: &'a Config) -> &'a dyn CommonSettings {
        &config.rules.repeated_response
    }
    fn check(&self, _ctx: &Context) -> Vec<Finding> {
        Vec::new()
    }
}
