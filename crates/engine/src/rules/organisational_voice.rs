//! `organisational-voice`: PLACEHOLDER — to be implemented.

use super::{Context, Rule};
use crate::config::CommonSettings;
use crate::{rule_settings, Config, Finding, Severity};

rule_settings! {
    /// Settings of `organisational-voice`.
    pub struct Settings {

    }
}

/// The `organisational-voice` rule.
pub struct OrganisationalVoice;

impl OrganisationalVoice {
    /// Builds the rule from `config`.
    pub fn new(_config: &Config) -> Self {
        Self
    }
}

impl Rule for OrganisationalVoice {
    fn id(&self) -> &str {
        "organisational-voice"
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
        &config.rules.organisational_voice
    }
    fn check(&self, _ctx: &Context) -> Vec<Finding> {
        Vec::new()
    }
}
