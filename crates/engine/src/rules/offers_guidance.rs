//! `offers-guidance`: PLACEHOLDER — to be implemented.

use super::{Context, Rule};
use crate::config::CommonSettings;
use crate::{rule_settings, Config, Finding, Severity};

rule_settings! {
    /// Settings of `offers-guidance`.
    pub struct Settings {

    }
}

/// The `offers-guidance` rule.
pub struct OffersGuidance;

impl OffersGuidance {
    /// Builds the rule from `config`.
    pub fn new(_config: &Config) -> Self {
        Self
    }
}

impl Rule for OffersGuidance {
    fn id(&self) -> &str {
        "offers-guidance"
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
        &config.rules.offers_guidance
    }
    fn check(&self, _ctx: &Context) -> Vec<Finding> {
        Vec::new()
    }
}
