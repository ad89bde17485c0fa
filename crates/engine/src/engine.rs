//! The engine: rules configured once, then any number of drafts checked.

use std::sync::OnceLock;

use chrono::{DateTime, Utc};

use crate::rules::{all_rules, language, Context, Rule};
use crate::text::not_english;
use crate::{Config, Document, Finding, HistoryEntry, HistoryIndex, StoryContext};

/// Judges drafts against the guidelines. Build one per config; check many drafts with it.
pub struct Engine {
    config: Config,
    /// The enabled rules, built (their phrase lists compiled) by the first draft that needs
    /// them: an engine opened for a page whose reply box is still empty answers its first,
    /// blank check without them, so the extension's panel is ready sooner.
    rules: OnceLock<Vec<Box<dyn Rule>>>,
    history: HistoryIndex,
}

impl Engine {
    /// An engine for `config` with no history.
    pub fn new(config: Config) -> Self {
        let history = HistoryIndex::new(&config);
        Self::with_history(config, history)
    }

    /// An engine for `config` checking against an existing history index.
    pub fn with_history(config: Config, history: HistoryIndex) -> Self {
        Self {
            config,
            rules: OnceLock::new(),
            history,
        }
    }

    /// The rules `config` enables, built on first use.
    fn rules(&self) -> &[Box<dyn Rule>] {
        self.rules.get_or_init(|| {
            let mut rules = all_rules(&self.config);
            rules.retain(|rule| rule.settings(&self.config).enabled());
            rules
        })
    }

    /// The config in force.
    pub fn config(&self) -> &Config {
        &self.config
    }

    /// The history index.
    pub fn history(&self) -> &HistoryIndex {
        &self.history
    }

    /// Adds one earlier reply to the history (no rebuild).
    pub fn add_history(&mut self, entry: HistoryEntry) {
        self.history.add(entry);
    }

    /// Adds many earlier replies to the history, as [`add_history`](Self::add_history) each in
    /// turn would, in a fraction of the time (a whole history read on page load).
    pub fn extend_history(&mut self, entries: impl IntoIterator<Item = HistoryEntry>) {
        self.history.extend(entries);
    }

    /// Judges `draft`, written in reply to `story`, at time `now`. Findings come in draft order,
    /// whole-draft findings first. A blank draft has no findings; a draft that is not in
    /// English has one, the [`language::notice`], since the rules read English.
    pub fn check(&self, draft: &str, story: &StoryContext, now: DateTime<Utc>) -> Vec<Finding> {
        self.check_with_history(draft, story, now, &self.history)
    }

    /// [`check`](Self::check) against only the first `replies` replies of the history: what
    /// `check` would find had no later reply been added. An audit checks each reply against
    /// those before it this way, all threads sharing one index.
    pub fn check_against_first(
        &self,
        replies: usize,
        draft: &str,
        story: &StoryContext,
        now: DateTime<Utc>,
    ) -> Vec<Finding> {
        self.check_with_history(draft, story, now, &self.history.first(replies))
    }

    fn check_with_history(
        &self,
        draft: &str,
        story: &StoryContext,
        now: DateTime<Utc>,
        history: &HistoryIndex,
    ) -> Vec<Finding> {
        let document = Document::new(draft);
        if document.is_blank() {
            return Vec::new();
        }
        if let Some(language) = not_english(&document) {
            return vec![language::notice(language)];
        }
        let ctx = Context::new(&document, story, &self.config, history, now);
        let mut findings: Vec<Finding> = (self.rules().iter())
            .flat_map(|rule| {
                let severity = rule.settings(&self.config).severity();
                rule.check(&ctx).into_iter().map(move |mut finding| {
                    finding.severity = severity.unwrap_or(finding.severity);
                    finding
                })
            })
            .collect();
        findings.sort_by(|a, b| {
            let key = |f: &Finding| f.span.map(|s| (1, s.start, s.end)).unwrap_or((0, 0, 0));
            key(a).cmp(&key(b)).then_with(|| a.rule.cmp(&b.rule))
        });
        findings
    }
}
