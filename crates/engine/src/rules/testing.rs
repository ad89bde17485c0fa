//! Test helpers shared by the rules' tests.

use chrono::{DateTime, Utc};

use crate::{Config, Engine, Finding, Severity, StoryContext};

/// "Now" for tests: 2026-11-23 12:00 UTC.
pub fn now() -> DateTime<Utc> {
    "2026-11-23T12:00:00Z".parse().unwrap()
}

/// A plain story with no date and no responses.
pub fn story() -> StoryContext {
    StoryContext {
        body: "I waited four hours in A&E at Eastbrook Hospital and nobody told me why.".into(),
        author: Some("hedgerow_walker".into()),
        services: vec!["Eastbrook Hospital / Emergency Department".into()],
        ..Default::default()
    }
}

/// Findings of rule `id` for `draft` on `story` with `config`.
pub fn findings_with(id: &str, draft: &str, story: &StoryContext, config: &Config) -> Vec<Finding> {
    Engine::new(config.clone())
        .check(draft, story, now())
        .into_iter()
        .filter(|f| f.rule == id)
        .collect()
}

/// Findings of rule `id` for `draft` on the default story and config.
pub fn findings(id: &str, draft: &str) -> Vec<Finding> {
    findings_with(id, draft, &story(), &Config::default())
}

/// The texts the findings of rule `id` underline in `draft`.
pub fn flagged(id: &str, draft: &str) -> Vec<String> {
    findings(id, draft)
        .iter()
        .map(|f| {
            f.span
                .map(|s| s.text(draft).to_string())
                .unwrap_or_default()
        })
        .collect()
}

/// Asserts rule `id` fires on `draft` (default story and config).
pub fn assert_fires(id: &str, draft: &str) {
    assert!(
        !findings(id, draft).is_empty(),
        "{id} should fire on: {draft}"
    );
}

/// Asserts rule `id` stays silent on `draft` (default story and config).
pub fn assert_silent(id: &str, draft: &str) {
    let found = findings(id, draft);
    assert!(
        found.is_empty(),
        "{id} should not fire on: {draft}\n{found:#?}"
    );
}

/// Asserts rule `id` fires on `draft` about `story`, stays silent when the config switches it
/// off, and reports at whichever severity the config sets.
pub fn assert_configurable_on(id: &str, draft: &str, story: &StoryContext) {
    let rule_config = |setting: &str| {
        Config::from_json(&format!(r#"{{"rules": {{"{id}": {{{setting}}}}}}}"#))
            .expect("valid rule config")
    };
    assert!(
        !findings_with(id, draft, story, &Config::default()).is_empty(),
        "{id} should fire on: {draft}"
    );
    let off = findings_with(id, draft, story, &rule_config(r#""enabled": false"#));
    assert!(off.is_empty(), "{id} should be off:\n{off:#?}");
    for severity in [Severity::Hint, Severity::Warning] {
        let name = serde_json::to_string(&severity).expect("severity serialises");
        let found = findings_with(
            id,
            draft,
            story,
            &rule_config(&format!(r#""severity": {name}"#)),
        );
        assert!(!found.is_empty(), "{id} should still fire at {name}");
        assert!(
            found.iter().all(|f| f.severity == severity),
            "{id} should report at {name}:\n{found:#?}"
        );
    }
}

/// [`assert_configurable_on`] with the default story.
pub fn assert_configurable(id: &str, draft: &str) {
    assert_configurable_on(id, draft, &story());
}
