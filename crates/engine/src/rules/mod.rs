//! The rules: one guideline per file, each with its id, explanation, settings and tests.
//!
//! To add a rule: write `rules/<name>.rs` with a `Settings` struct (declared with
//! `rule_settings!`, in `config/rule_settings.rs`), a struct implementing [`Rule`] with a
//! `new(&Config)` constructor, and tests at the bottom; then add one line to the
//! `builtin_rules!` list below.

mod act_clause;
mod country;
pub mod custom;
mod endorsement;
mod habitual_claim;
pub mod language;
mod recurrence_topic;
mod speaker;
mod wording;

#[cfg(test)]
pub(crate) mod testing;

use std::cell::OnceCell;
use std::sync::{Arc, Mutex, PoisonError};

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

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
    /// What more than one rule reads of the draft, worked out by the first rule that asks.
    shared: SharedReading,
}

/// Readings of the draft that several rules need on every check.
#[derive(Default)]
struct SharedReading {
    route_sentences: OnceCell<Vec<usize>>,
    use_sentences: OnceCell<Vec<usize>>,
    act_clauses: OnceCell<Vec<act_clause::ActClause>>,
}

impl<'a> Context<'a> {
    /// The context of one check of `draft`.
    pub fn new(
        draft: &'a Document,
        story: &'a StoryContext,
        config: &'a Config,
        history: &'a HistoryIndex,
        now: DateTime<Utc>,
    ) -> Self {
        Self {
            draft,
            story,
            config,
            history,
            now,
            shared: SharedReading::default(),
        }
    }

    /// The draft's sentences that give a route to help, as `routes` finds them. Every rule of
    /// an engine is built from one config, so the first rule to ask finds what the others would.
    pub(crate) fn route_sentences(&self, routes: &offers_guidance::OffersGuidance) -> &[usize] {
        (self.shared.route_sentences).get_or_init(|| routes.route_sentences(self.draft))
    }

    /// The draft's sentences that tell the author how the story will be used, as `uses` finds
    /// them (shared like [`Self::route_sentences`]).
    pub(crate) fn use_sentences(&self, uses: &tells_author_of_use::TellsAuthorOfUse) -> &[usize] {
        (self.shared.use_sentences).get_or_init(|| uses.use_sentences(self.draft))
    }

    /// The draft's clauses whose subject is an act, a wait or a kind of handling
    /// (takes-sides and criticises-others both judge them).
    pub(crate) fn act_clauses(&self) -> &[act_clause::ActClause] {
        (self.shared.act_clauses).get_or_init(|| act_clause::act_clauses(self.draft))
    }
}

/// What a rule reads from the story alone, read again only when the story changes: every
/// keystroke checks a new draft against the same story.
pub(crate) struct PerStory<T>(Mutex<Option<(StoryContext, Arc<T>)>>);

impl<T> Default for PerStory<T> {
    fn default() -> Self {
        Self(Mutex::new(None))
    }
}

impl<T> PerStory<T> {
    /// `read(story)`, or what it gave for the last story when `story` is the same.
    pub(crate) fn get(
        &self,
        story: &StoryContext,
        read: impl FnOnce(&StoryContext) -> T,
    ) -> Arc<T> {
        let last = || self.0.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some((known, reading)) = &*last() {
            if known == story {
                return Arc::clone(reading);
            }
        }
        let reading = Arc::new(read(story));
        *last() = Some((story.clone(), Arc::clone(&reading)));
        reading
    }
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

/// A finding of `rule` at its default severity.
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

/// `finding` alone, as a rule's findings.
pub(crate) fn only(finding: Finding) -> Vec<Finding> {
    vec![finding]
}

/// Declares every built-in rule once, as `"id" => module::Type`: from this one list come the
/// rule modules (`rules/<module>.rs`), the registry ([`builtin_rules`]), the id list
/// ([`builtin_ids`]) and the config's `rules` section ([`RulesConfig`]: the module's `Settings`
/// under the rule's id).
macro_rules! builtin_rules {
    ($($id:literal => $module:ident::$rule:ident,)*) => {
        $(pub mod $module;)*

        /// Settings of every built-in rule, keyed by its id.
        #[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
        #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
        #[serde(deny_unknown_fields, default)]
        pub struct RulesConfig {
            $(
                #[doc = concat!("`", $id, "`")]
                #[serde(rename = $id, deserialize_with = "crate::input::object")]
                pub $module: $module::Settings,
            )*
        }

        /// Every built-in rule configured by `config`, in the order of [`builtin_ids`].
        pub fn builtin_rules(config: &Config) -> Vec<Box<dyn Rule>> {
            vec![$(Box::new($module::$rule::new(config)),)*]
        }

        /// The ids of the built-in rules, in alphabetical order.
        pub fn builtin_ids() -> &'static [&'static str] {
            &[$($id,)*]
        }
    };
}

builtin_rules! {
    "adds-to-conversation" => adds_to_conversation::AddsToConversation,
    "criticises-others" => criticises_others::CriticisesOthers,
    "offers-guidance" => offers_guidance::OffersGuidance,
    "organisational-voice" => organisational_voice::OrganisationalVoice,
    "paste-not-link" => paste_not_link::PasteNotLink,
    "personal-address" => personal_address::PersonalAddress,
    "repeated-response" => repeated_response::RepeatedResponse,
    "takes-sides" => takes_sides::TakesSides,
    "tells-author-of-use" => tells_author_of_use::TellsAuthorOfUse,
    "too-early" => too_early::TooEarly,
    "too-late" => too_late::TooLate,
    "unsubstantiated-concern" => unsubstantiated_concern::UnsubstantiatedConcern,
}

/// Built-in rules followed by the organisation's custom phrase rules.
pub fn all_rules(config: &Config) -> Vec<Box<dyn Rule>> {
    let mut rules = builtin_rules(config);
    rules.extend(
        (config.custom_rules.iter())
            .map(|custom_rule| Box::new(custom::CustomRule::new(custom_rule)) as Box<dyn Rule>),
    );
    rules
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
    all_rules(config)
        .iter()
        .map(|rule| RuleInfo {
            id: rule.id().to_string(),
            default_severity: rule.default_severity(),
            guideline: rule.guideline().to_string(),
            why: rule.why().to_string(),
        })
        .collect()
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
    fn a_reading_of_the_story_is_kept_until_the_story_changes() {
        let reads = std::cell::Cell::new(0);
        let per_story = PerStory::default();
        let title = |story: &StoryContext| {
            reads.set(reads.get() + 1);
            story.title.clone()
        };
        let mut story = StoryContext {
            title: Some("Nine hours in A&E".into()),
            ..StoryContext::default()
        };
        assert_eq!(*per_story.get(&story, title), story.title);
        assert_eq!(*per_story.get(&story, title), story.title);
        assert_eq!(reads.get(), 1);
        story.title = Some("Kind staff on Ward 5".into());
        assert_eq!(*per_story.get(&story, title), story.title);
        assert_eq!(reads.get(), 2);
    }

    #[test]
    fn every_builtin_rule_is_documented() {
        for rule in builtin_rules(&Config::default()) {
            assert!(!rule.guideline().is_empty(), "{}", rule.id());
            assert!(!rule.why().is_empty(), "{}", rule.id());
        }
    }
}
