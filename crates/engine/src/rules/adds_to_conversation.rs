//! `adds-to-conversation`: PLACEHOLDER — to be implemented.

use super::{Context, Rule};
use crate::config::CommonSettings;
use crate::{rule_settings, Config, Finding, Severity};

rule_settings! {
    /// Settings of `adds-to-conversation`.
    pub struct Settings {

    }
}

/// The `adds-to-conversation` rule.
pub struct AddsToConversation;

impl AddsToConversation {
    /// Builds the rule from `config`.
    pub fn new(_config: &Config) -> Self {
        Self
    }
}

impl Rule for AddsToConversation {
    fn id(&self) -> &str {
        "adds-to-conversation"
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
        &config.rules.adds_to_conversation
    }
    fn check(&self, _ctx: &Context) -> Vec<Finding> {
        Vec::new()
    }
}
