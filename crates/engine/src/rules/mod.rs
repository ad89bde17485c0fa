//! The rules: one guideline per file, each with its id, explanation, settings and tests.
//!
//! To add a rule: write `rules/<name>.rs` with a `Settings` struct (declared with
//! `rule_settings!`, in `config/rule_settings.rs`), a struct implementing [`Rule`], and tests at the
//! bottom; then add it to [`builtin_rules`] and to [`crate::config::RulesConfig`].

pub mod adds_to_conversation;
mod country;
pub mod criticises_others;
pub mod custom;
pub mod language;
pub mod offers_guidance;
pub mod organisational_voice;
pub mod paste_not_link;
pub mod personal_address;
pub mod repeated_response;
pub mod takes_sides;
pub mod tells_author_of_use;
pub mod too_early;
pub mod too_late;
pub mod unsubstantiated_concern;
mod wording;

#[cfg(test)]
pub(crate) mod testing;

use chrono::{DateTime, Utc};
use serde::Serialize;

use crate::config::CommonSettings;
use crate::{Config, Document, Finding, HistoryIndex, Severity, Span, StoryContext};

/// Everything a rule may look at: the analysed draft, the story, the config, the responder's
/// history and the time of checking.
pub struct Context<'a> {
    /// The draft reply, analysed.
    pub draft: &'a Document,
    /// The story and the responses already on the page.
    pub story: &'a StoryContext,
    /// The organisation's config.
    pub config: &'a Config,
    /// The responder's and organisation's earlier replies.
    pub history: &'a HistoryIndex,
    /// "Now": when the draft is being checked.
    pub now: DateTime<Utc>,
}

/// A guideline check.
pub trait Rule: Send + Sync {
    /// Stable id, e.g. `takes-sides`.
    fn id(&self) -> &str;
    /// The Care Opinion guideline, quoted.
    fn guideline(&self) -> &str;
    /// Why the guideline matters, in a sentence or two.
    fn why(&self) -> &str;
    /// Severity when the config does not set one.
    fn default_severity(&self) -> Severity;
    /// This rule's `enabled`/`severity` settings within `config`.
    fn settings<'a>(&'a self, config: &'a Config) -> &'a dyn CommonSettings;
    /// Judges the draft.
    fn check(&self, ctx: &Context) -> Vec<Finding>;
}

/// A finding of `rule` at its default severity. A function of `dyn Rule` rather than a
/// provided method, so the wasm holds one copy instead of one per rule.
pub fn rule_finding(rule: &dyn Rule, span: Option<Span>, message: String) -> Finding {
    Finding {
        rule: rule.id().to_string(),
        severity: rule.default_severity(),
        message,
        guideline: rule.guideline().to_string(),
        why: rule.why().to_string(),
        span,
        suggestion: None,
        related: None,
    }
}

/// `finding` alone, as a rule's findings. Not inlined, so the wasm holds one copy of the
/// allocation instead of one per rule.
#[inline(never)]
pub(crate) fn only(finding: Finding) -> Vec<Finding> {
    vec![finding]
}

/// Every built-in rule configured by `config`, in alphabetical order of id.
pub fn builtin_rules(config: &Config) -> Vec<Box<dyn Rule>> {
    vec![
        Box::new(adds_to_conversation::AddsToConversation::new(config)),
        Box::new(criticises_others::CriticisesOthers::new(config)),
        Box::new(offers_guidance::OffersGuidance::new(config)),
        Box::new(organisational_voice::OrganisationalVoice::new(config)),
        Box::new(paste_not_link::PasteNotLink::new(config)),
        Box::new(personal_address::PersonalAddress::new(config)),
        Box::new(repeated_response::RepeatedResponse::new(config)),
        Box::new(takes_sides::TakesSides::new(config)),
        Box::new(tells_author_of_use::TellsAuthorOfUse::new(config)),
        Box::new(too_early::TooEarly::new(config)),
        Box::new(too_late::TooLate::new(config)),
        Box::new(unsubstantiated_concern::UnsubstantiatedConcern::new(config)),
    ]
}

/// Built-in rules followed by the organisation's custom phrase rules.
pub fn all_rules(config: &Config) -> Vec<Box<dyn Rule>> {
    let mut rules = builtin_rules(config);
    // A plain loop: the iterator chain costs more code in the wasm.
    for custom_rule in &config.custom_rules {
        rules.push(Box::new(custom::CustomRule::new(custom_rule)));
    }
    rules
}

/// The ids of the built-in rules, in the order of [`builtin_rules`].
pub fn builtin_ids() -> &'static [&'static str] {
    &[
        "adds-to-conversation",
        "criticises-others",
        "offers-guidance",
        "organisational-voice",
        "paste-not-link",
        "personal-address",
        "repeated-response",
        "takes-sides",
        "tells-author-of-use",
        "too-early",
        "too-late",
        "unsubstantiated-concern",
    ]
}

/// A rule described for people and tools (`replyguide rules`, the extension's options page).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RuleInfo {
    /// Stable id.
    pub id: String,
    /// Severity when the config does not set one.
    pub default_severity: Severity,
    /// The guideline, quoted.
    pub guideline: String,
    /// Why it matters.
    pub why: String,
}

/// Describes every rule (built-in and custom) under `config`.
pub fn describe(config: &Config) -> Vec<RuleInfo> {
    let rules = all_rules(config);
    // A plain loop: the iterator chain costs more code in the wasm.
    let mut described = Vec::with_capacity(rules.len());
    for rule in &rules {
        described.push(RuleInfo {
            id: rule.id().to_string(),
            default_severity: rule.default_severity(),
            guideline: rule.guideline().to_string(),
            why: rule.why().to_string(),
        });
    }
    described
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn registry_and_id_list_agree() {
        let config = Config::default();
        let ids: Vec<_> = builtin_rules(&config)
            .iter()
            .map(|r| r.id().to_string())
            .collect();
        assert_eq!(ids, builtin_ids());
    }

    #[test]
    fn every_builtin_rule_is_documented() {
        for rule in builtin_rules(&Config::default()) {
            assert!(!rule.guideline().is_empty(), "{}", rule.id());
            assert!(!rule.why().is_empty(), "{}", rule.id());
        }
    }
}
