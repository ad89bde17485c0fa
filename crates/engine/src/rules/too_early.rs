//! `too-early`: "We would recommend allowing time for the providers to respond and resolve
//! situations with the author. We suggest a week or two."
//!
//! Fires when the story is younger than the configured wait and no provider has responded yet.
//! Silent when the story's date is unknown, a provider has responded, the wait is over, or the
//! page's replies could not be read or a reply's kind could not be told (it may be the
//! provider's).

use chrono::{Datelike, Duration};

use super::{only, rule_finding, Context, Rule};
use crate::config::{CommonSettings, Days};
use crate::page::months::{day_month, day_month_year};
use crate::{rule_settings, Config, Finding, ResponseKind, Severity};

rule_settings! {
    /// Settings of `too-early`.
    pub struct Settings {
        /// Days to leave the provider to respond first.
        pub wait_days: Days = Days(14),
    }
}

/// The `too-early` rule.
pub struct TooEarly {
    wait: Duration,
}

impl TooEarly {
    /// Reads the wait from `config`.
    pub fn new(config: &Config) -> Self {
        Self {
            wait: Duration::days(i64::from(config.rules.too_early.wait_days.0)),
        }
    }
}

impl Rule for TooEarly {
    fn id(&self) -> &str {
        "too-early"
    }

    fn guideline(&self) -> &str {
        "We would recommend allowing time for the providers to respond and resolve situations with \
         the author. We suggest a week or two."
    }

    fn why(&self) -> &str {
        "Most site users are expecting a response from the provider and may be confused by a \
         response that cuts across this conversation."
    }

    fn default_severity(&self) -> Severity {
        Severity::Warning
    }

    fn settings<'a>(&'a self, config: &'a Config) -> &'a dyn CommonSettings {
        &config.rules.too_early
    }

    fn check(&self, ctx: &Context) -> Vec<Finding> {
        // A reply whose kind the page did not show may be the provider's: saying the provider
        // has not replied would be a guess, and a wrong "wait" is worse than none.
        let unclassified = ctx
            .story
            .responses
            .iter()
            .any(|r| r.kind == ResponseKind::Unknown);
        if ctx.story.responses_unknown || unclassified {
            return Vec::new();
        }
        let Some(posted) = ctx.story.posted else {
            return Vec::new();
        };
        let age = (ctx.now - posted).max(Duration::zero());
        if age >= self.wait || ctx.story.has_provider_response() {
            return Vec::new();
        }
        let wait_ends = posted + self.wait;
        let wait_ends_date = if wait_ends.year() == ctx.now.year() {
            day_month(wait_ends.date_naive())
        } else {
            day_month_year(wait_ends.date_naive())
        };
        only(rule_finding(
            self,
            None,
            format!(
                "The provider has had {} to respond to this story. Most readers expect the \
                 provider to reply first: consider waiting until {} unless the author needs \
                 help now.",
                describe_days(age.num_days()),
                wait_ends_date
            ),
        ))
    }
}

/// "less than a day", "1 day", "3 days".
fn describe_days(days: i64) -> String {
    match days {
        0 => "less than a day".to_string(),
        1 => "1 day".to_string(),
        n => format!("{n} days"),
    }
}

#[cfg(test)]
mod tests {
    use chrono::Duration;

    use crate::rules::testing::{findings_with, now, story};
    use crate::{Config, ResponseKind, Severity, StoryContext, StoryResponse};

    const ID: &str = "too-early";
    const DRAFT: &str = "Dear hedgerow_walker, thank you for sharing your story 😊.";

    fn posted_days_ago(days: i64) -> StoryContext {
        StoryContext {
            posted: Some(now() - Duration::days(days)),
            ..story()
        }
    }

    fn with_response(mut story: StoryContext, kind: ResponseKind) -> StoryContext {
        story.responses.push(StoryResponse {
            kind,
            text: "Thank you for your feedback.".into(),
            ..Default::default()
        });
        story
    }

    fn check(story: &StoryContext) -> Vec<crate::Finding> {
        findings_with(ID, DRAFT, story, &Config::default())
    }

    #[test]
    fn is_silent_when_the_page_shows_responses_it_could_not_read() {
        let story = StoryContext {
            responses_unknown: true,
            ..posted_days_ago(3)
        };
        assert!(check(&story).is_empty());
    }

    #[test]
    fn fires_on_a_young_story_without_a_provider_response() {
        let found = check(&posted_days_ago(3));
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].severity, Severity::Warning);
        assert_eq!(
            found[0].message,
            "The provider has had 3 days to respond to this story. Most readers expect the \
             provider to reply first: consider waiting until 4 December unless the author needs \
             help now."
        );
    }

    #[test]
    fn counts_hours_and_a_single_day_kindly() {
        assert!(check(&posted_days_ago(0))[0]
            .message
            .contains("less than a day"));
        assert!(check(&posted_days_ago(1))[0].message.contains("had 1 day "));
    }

    #[test]
    fn a_third_sector_response_does_not_end_the_wait() {
        let story = with_response(posted_days_ago(5), ResponseKind::ThirdSector);
        assert_eq!(check(&story).len(), 1);
    }

    #[test]
    fn silent_once_a_provider_has_responded() {
        let story = with_response(posted_days_ago(2), ResponseKind::Provider);
        assert!(check(&story).is_empty());
    }

    #[test]
    fn silent_when_a_response_may_be_the_providers() {
        let story = with_response(posted_days_ago(2), ResponseKind::Unknown);
        assert!(check(&story).is_empty());
        let story = with_response(posted_days_ago(2), ResponseKind::ThirdSector);
        assert!(!check(&story).is_empty());
    }

    #[test]
    fn silent_when_older_than_the_wait_or_undated() {
        assert!(check(&posted_days_ago(14)).is_empty());
        assert!(check(&posted_days_ago(400)).is_empty());
        assert!(check(&story()).is_empty());
    }

    #[test]
    fn a_story_dated_in_the_future_counts_as_just_posted() {
        let found = check(&posted_days_ago(-2));
        assert!(found[0].message.contains("less than a day"));
    }

    #[test]
    fn names_the_year_when_the_wait_ends_next_year() {
        let mut config = Config::default();
        config.rules.too_early.wait_days = crate::config::Days(60);
        let found = findings_with(ID, DRAFT, &posted_days_ago(10), &config);
        assert!(
            found[0].message.contains("until 12 January 2027"),
            "{}",
            found[0].message
        );
    }

    #[test]
    fn wait_and_switch_are_config() {
        let week = Config::from_json(r#"{"rules": {"too-early": {"wait_days": 7}}}"#).unwrap();
        assert!(findings_with(ID, DRAFT, &posted_days_ago(8), &week).is_empty());
        assert_eq!(
            findings_with(ID, DRAFT, &posted_days_ago(6), &week).len(),
            1
        );
        let off = Config::from_json(r#"{"rules": {"too-early": {"enabled": false}}}"#).unwrap();
        assert!(findings_with(ID, DRAFT, &posted_days_ago(3), &off).is_empty());
        let hint = Config::from_json(r#"{"rules": {"too-early": {"severity": "hint"}}}"#).unwrap();
        assert_eq!(
            findings_with(ID, DRAFT, &posted_days_ago(3), &hint)[0].severity,
            Severity::Hint
        );
    }
}
