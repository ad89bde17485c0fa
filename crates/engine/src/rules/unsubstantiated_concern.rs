//! `unsubstantiated-concern`: PLACEHOLDER — to be implemented.

use super::{Context, Rule};
use crate::config::CommonSettings;
use crate::{rule_settings, Config, Finding, Severity};

rule_settings! {
    /// Settings of `unsubstantiated-concern`.
    pub struct Settings {

    }
}

/// The `unsubstantiated-concern` rule.
pub struct UnsubstantiatedConcern;

impl UnsubstantiatedConcern {
    /// Builds the rule from `config`.
    pub fn new(_config: &Config) -> Self {
        Self
    }
}

impl Rule for UnsubstantiatedConcern {
    fn id(&self) -> &str {
        "unsubstantiated-concern"
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
        &config.rules.unsubstantiated_concern
    }
    fn check(&self, _ctx: &Context) -> Vec<Finding> {
        Vec::new()
    }
}
