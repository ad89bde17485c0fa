//! `adds-to-conversation`: "Does your response add to the current conversation?"
//!
//! Fires when most of the draft restates a response already on the page: its sentences closely
//! match that response's sentences (the same advice, the same phone number, the same words).
//! Quoting one phrase of an earlier reply and then adding new help is fine. Author updates are not
//! responses to restate.

use super::{only, rule_finding, Context, Rule};
use crate::config::{CommonSettings, Count, Fraction};
use crate::similarity::SentenceIndex;
use crate::{rule_settings, Config, Finding, ResponseKind, Severity, StoryResponse};

rule_settings! {
    /// Settings of `adds-to-conversation`.
    pub struct Settings {
        /// How alike a draft sentence and a sentence of an earlier response must be to count as
        /// restating it (word-level edit similarity).
        pub sentence_similarity: Fraction = Fraction(0.8),
        /// Share of the draft's words in restated sentences that counts as "mostly restates".
        pub share: Fraction = Fraction(0.5),
        /// Drafts shorter than this many words are not judged (a greeting alone is not a reply yet).
        pub min_words: Count = Count(20),
    }
}

/// The `adds-to-conversation` rule.
pub struct AddsToConversation {
    sentence_similarity: f64,
    share: f64,
    min_words: usize,
}

impl AddsToConversation {
    /// Reads the thresholds from `config`.
    pub fn new(config: &Config) -> Self {
        let settings = &config.rules.adds_to_conversation;
        Self {
            sentence_similarity: settings.sentence_similarity.0,
            share: settings.share.0,
            min_words: settings.min_words.0,
        }
    }
}

impl Rule for AddsToConversation {
    fn id(&self) -> &str {
        "adds-to-conversation"
    }

    fn guideline(&self) -> &str {
        "Does your response add to the current conversation?"
    }

    fn why(&self) -> &str {
        "The story author should be at the centre of every response. Repeating what is already \
         on the page lengthens the conversation without helping them; new information or a new \
         route to help does."
    }

    fn default_severity(&self) -> Severity {
        Severity::Warning
    }

    fn settings<'a>(&'a self, config: &'a Config) -> &'a dyn CommonSettings {
        &config.rules.adds_to_conversation
    }

    fn check(&self, ctx: &Context) -> Vec<Finding> {
        if ctx.story.responses_unknown {
            return Vec::new();
        }
        let draft_words = ctx.draft.words().len();
        let (mut responses, mut texts) = (Vec::new(), Vec::new());
        for response in &ctx.story.responses {
            if response.kind != ResponseKind::AuthorUpdate && !response.text.trim().is_empty() {
                responses.push(response);
                texts.push(response.text.as_str());
            }
        }
        if draft_words < self.min_words || responses.is_empty() {
            return Vec::new();
        }
        let restated = SentenceIndex::new(&texts).best_matches(ctx.draft, self.sentence_similarity);
        let mut words_by_response = vec![0; responses.len()];
        for m in &restated {
            let sentence = &ctx.draft.sentences()[m.draft_sentence];
            words_by_response[m.source] += sentence.words.len();
        }
        let restated_words: usize = words_by_response.iter().sum();
        let share = restated_words as f64 / draft_words as f64;
        if share < self.share {
            return Vec::new();
        }
        // The response with the most restated words, the earliest of equals.
        let mut most_restated = 0;
        for (i, &words) in words_by_response.iter().enumerate() {
            if words > words_by_response[most_restated] {
                most_restated = i;
            }
        }
        only(rule_finding(
            self,
            None,
            format!(
                "Most of this ({}%) repeats what {} already said. Add what is new \u{2014} your \
                 own help, information or next step \u{2014} or leave the repeated part out.",
                (share * 100.0).round() as u32,
                describe_responder(responses[most_restated])
            ),
        ))
    }
}

/// "Tom Reddaway (Healthwatch Wexcombe)", "Tom Reddaway", "Healthwatch Wexcombe", or "an earlier
/// response" when the page named no one.
fn describe_responder(response: &StoryResponse) -> String {
    match (named(&response.responder), named(&response.organisation)) {
        (Some(name), Some(org)) => format!("{name} ({org})"),
        (Some(one), None) | (None, Some(one)) => one.to_string(),
        (None, None) => "an earlier response".to_string(),
    }
}

/// The trimmed text, unless missing or blank.
fn named(field: &Option<String>) -> Option<&str> {
    field.as_deref().map(str::trim).filter(|s| !s.is_empty())
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{findings_with, story};
    use crate::{Config, Finding, ResponseKind, Severity, StoryContext, StoryResponse};

    const ID: &str = "adds-to-conversation";

    const EARLIER: &str = "Dear hedgerow_walker, thank you for sharing your story. I'm sorry you \
        waited so long without being told why. You can contact the Patient Advice and Liaison \
        Service at Eastbrook Hospital on 01632 960218, and they will look into what happened. \
        If you would like support to make a complaint, the independent advocacy service can \
        help you. Kind regards, Tom Reddaway";

    fn on_page(kind: ResponseKind, text: &str) -> StoryContext {
        let mut story = story();
        story.responses.push(StoryResponse {
            responder: Some("Tom Reddaway".into()),
            organisation: Some("Healthwatch Wexcombe".into()),
            kind,
            text: text.into(),
            ..Default::default()
        });
        story
    }

    fn check(draft: &str) -> Vec<Finding> {
        findings_with(
            ID,
            draft,
            &on_page(ResponseKind::ThirdSector, EARLIER),
            &Config::default(),
        )
    }

    #[test]
    fn fires_when_the_draft_restates_a_response_on_the_page() {
        let draft = "Dear hedgerow_walker, thank you for sharing your story. I’m so sorry you \
            waited so long without being told why. You can contact the Patient Advice and \
            Liaison Service at Eastbrook Hospital on 01632 960218 and they will look into what \
            happened. Best wishes, Sam";
        let found = check(draft);
        assert_eq!(found.len(), 1, "{found:#?}");
        assert_eq!(found[0].severity, Severity::Warning);
        assert!(
            found[0]
                .message
                .contains("repeats what Tom Reddaway (Healthwatch Wexcombe) already said"),
            "{}",
            found[0].message
        );
    }

    #[test]
    fn is_silent_when_the_page_shows_responses_it_could_not_read() {
        let story = StoryContext {
            responses_unknown: true,
            ..on_page(ResponseKind::ThirdSector, EARLIER)
        };
        assert!(findings_with(ID, EARLIER, &story, &Config::default()).is_empty());
        assert_eq!(check(EARLIER).len(), 1);
    }

    #[test]
    fn fires_on_the_same_advice_and_phone_number_reworded_slightly() {
        let draft = "Hello. You can contact the Patient Advice and Liaison Service at Eastbrook \
            Hospital on 01632 960218, and they can look into what happened. If you would like \
            support to make a complaint, an independent advocacy service can help you 😊";
        assert_eq!(check(draft).len(), 1);
    }

    #[test]
    fn silent_when_quoting_one_phrase_then_adding_new_help() {
        let draft = "Dear hedgerow_walker, as Tom said, the independent advocacy service can \
            help you. We can also put you in touch with our volunteer who helps people write to \
            the hospital's chief executive, and we will raise waiting times in A&E at our next \
            meeting with the trust. Call us on 0300 123 4567 or visit \
            https://healthwatchwexcombe.example/help to arrange this.";
        assert!(check(draft).is_empty(), "{:#?}", check(draft));
    }

    #[test]
    fn silent_when_only_the_greeting_and_thanks_are_shared() {
        let draft = "Dear hedgerow_walker, thank you for sharing your story. We visit the \
            emergency department every quarter to talk with patients about waiting, and we will \
            share your experience with the team there anonymously. Kind regards, Sam";
        assert!(check(draft).is_empty());
    }

    #[test]
    fn author_updates_and_short_drafts_are_not_judged() {
        let update = on_page(ResponseKind::AuthorUpdate, EARLIER);
        assert!(findings_with(ID, EARLIER, &update, &Config::default()).is_empty());
        assert!(check("Dear hedgerow_walker, thank you for sharing your story.").is_empty());
        assert!(findings_with(ID, EARLIER, &story(), &Config::default()).is_empty());
    }

    #[test]
    fn names_whoever_the_page_names() {
        let mut story = on_page(ResponseKind::Provider, EARLIER);
        story.responses[0].responder = None;
        let found = findings_with(ID, EARLIER, &story, &Config::default());
        assert!(found[0]
            .message
            .contains("repeats what Healthwatch Wexcombe already said"));
        story.responses[0].organisation = Some("  ".into());
        let found = findings_with(ID, EARLIER, &story, &Config::default());
        assert!(found[0]
            .message
            .contains("repeats what an earlier response already said"));
    }

    #[test]
    fn thresholds_and_switch_are_config() {
        let story = on_page(ResponseKind::ThirdSector, EARLIER);
        let lenient =
            Config::from_json(r#"{"rules": {"adds-to-conversation": {"share": 1}}}"#).unwrap();
        let draft = format!("{EARLIER} We will also visit the department next month.");
        assert!(findings_with(ID, &draft, &story, &lenient).is_empty());
        assert_eq!(
            findings_with(ID, &draft, &story, &Config::default()).len(),
            1
        );
        let off = Config::from_json(r#"{"rules": {"adds-to-conversation": {"enabled": false}}}"#)
            .unwrap();
        assert!(findings_with(ID, EARLIER, &story, &off).is_empty());
    }
}
