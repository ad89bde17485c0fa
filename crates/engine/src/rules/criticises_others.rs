//! `criticises-others`: PLACEHOLDER — to be implemented.

use super::{Context, Rule};
use crate::config::CommonSettings;
use crate::{rule_settings, Config, Finding, Severity};

rule_settings! {
    /// Settings of `criticises-others`.
    pub struct Settings {

    }
}

/// The `criticises-others` rule.
pub struct CriticisesOthers;

impl CriticisesOthers {
    /// Builds the rule from `config`.
    pub fn new(_config: &Config) -> Self {
        Self
    }
}

impl Rule for CriticisesOthers {
    fn id(&self) -> &str {
        "criticises-others"
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
        &config.rules.criticises_others
    }
    fn check(&self, _ctx: &Context) -> Vec<Finding> {
        Vec::new()
    }
}
