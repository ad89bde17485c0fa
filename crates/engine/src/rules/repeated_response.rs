//! `repeated-response`: "You avoid posting the same or closely similar responses to many stories."
//!
//! Fires when the draft is near-identical (same sentences, small edits, names swapped,
//! paragraphs in another order, a short template with a clause added) to one of the
//! responder's or organisation's earlier replies. Replies sharing only a greeting and a sign-off,
//! or saying the same things in other words, are not alike enough; a reply on the same story (an
//! edit, a follow-up) is not a repeat.

use super::{only, rule_finding, Context, Rule};
use crate::config::{CommonSettings, Count, Fraction};
use crate::page::months::day_month_year;
use crate::rfc3339::rfc3339;
use crate::similarity::EarlierReply;
use crate::text::fold_text;
use crate::{rule_settings, Config, Finding, RelatedReply, Severity};

rule_settings! {
    /// Settings of `repeated-response`.
    pub struct Settings {
        /// How alike the draft and an earlier reply must be to count as the same response: the
        /// share of the longer one's word pairs that the other has too (so the order of
        /// paragraphs does not count, and a clause added counts only by its length, while a
        /// reply mostly of its own words around a copied sentence or two is not a repeat).
        pub similarity: Fraction = Fraction(0.5),
        /// Drafts shorter than this many words are not checked (a line of thanks is alike anyway).
        pub min_words: Count = Count(10),
        /// Drafts shorter than this many words are short: short replies share more by chance,
        /// so one counts only when this alike, and is a hint.
        pub short_words: Count = Count(25),
        /// How alike a short draft and an earlier reply must be (see `short_words`).
        pub short_similarity: Fraction = Fraction(0.75),
    }
}

/// The `repeated-response` rule.
pub struct RepeatedResponse {
    similarity: f64,
    min_words: usize,
    short_words: usize,
    short_similarity: f64,
}

impl RepeatedResponse {
    /// Reads the thresholds from `config`.
    pub fn new(config: &Config) -> Self {
        let settings = &config.rules.repeated_response;
        Self {
            similarity: settings.similarity.0,
            min_words: settings.min_words.0,
            short_words: settings.short_words.0,
            short_similarity: settings.short_similarity.0,
        }
    }
}

impl Rule for RepeatedResponse {
    fn id(&self) -> &str {
        "repeated-response"
    }

    fn guideline(&self) -> &str {
        "You avoid posting the same or closely similar responses to many stories"
    }

    fn why(&self) -> &str {
        "Each story is a personal conversation. A reply the author (or anyone reading several \
         stories) recognises as a template tells them their story was not really read."
    }

    fn default_severity(&self) -> Severity {
        Severity::Warning
    }

    fn settings<'a>(&'a self, config: &'a Config) -> &'a dyn CommonSettings {
        &config.rules.repeated_response
    }

    fn check(&self, ctx: &Context) -> Vec<Finding> {
        let words = ctx.draft.words().len();
        if words < self.min_words {
            return Vec::new();
        }
        let short = words < self.short_words;
        let min_similarity = if short {
            self.short_similarity.max(self.similarity)
        } else {
            self.similarity
        };
        let this_story = ctx.story.url.as_deref().map(story_key);
        let mut earlier = None;
        for m in ctx
            .history
            .matches_words(ctx.draft.word_hashes().to_vec(), min_similarity)
        {
            let Some(reply) = ctx.history.entry(m.id) else {
                continue;
            };
            if this_story.is_none() || reply.story_url.map(story_key) != this_story {
                earlier = Some((reply, m.similarity));
                break;
            }
        }
        let Some((reply, similarity)) = earlier else {
            return Vec::new();
        };
        let mut finding = rule_finding(
            self,
            None,
            format!(
                "This is {}% similar to {}. Write to this author about their story: keep what \
                 helps, and say what is specific to them.",
                (similarity * 100.0).floor() as u32,
                describe(&reply)
            ),
        );
        if short {
            finding.severity = Severity::Hint;
        }
        finding.related = Some(RelatedReply {
            story_url: reply.story_url.map(str::to_string),
            posted: reply.posted.map(|posted| rfc3339(&posted, false)),
            similarity,
        });
        only(finding)
    }
}

/// "your reply on https://… of 3 March 2025", with whatever is known.
fn describe(reply: &EarlierReply) -> String {
    if reply.story_url.is_none() && reply.posted.is_none() {
        return "one of your earlier replies".to_string();
    }
    let mut described = "your reply".to_string();
    if let Some(url) = reply.story_url {
        described.push_str(" on ");
        described.push_str(url);
    }
    if let Some(posted) = reply.posted {
        described.push_str(" of ");
        described.push_str(&day_month_year(posted.date_naive()));
    }
    described
}

/// A story address reduced to what identifies the story: no scheme, `www.`, query, fragment or
/// trailing slash, lowercase.
fn story_key(url: &str) -> String {
    let url = url.trim();
    let url = url.split(['?', '#']).next().unwrap_or(url);
    let url = url.split_once("://").map_or(url, |(_, rest)| rest);
    let url = url.strip_prefix("www.").unwrap_or(url);
    fold_text(url.trim_end_matches('/'))
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{now, story};
    use crate::{Config, Engine, Finding, HistoryEntry, HistoryIndex, Severity, StoryContext};

    const ID: &str = "repeated-response";

    const EARLIER: &str = "Dear Mrs Jones, thank you for sharing your experience of the \
        emergency department at Eastbrook Hospital. We're sorry to hear that you waited so long \
        without being told why. Healthwatch Wexcombe collects feedback like yours and shares it \
        with the hospital every quarter. If you would like help to make a complaint, our \
        advocacy service can support you: call 01632 960218 or visit \
        https://healthwatchwexcombe.example/advocacy. Kind regards, Sam Okoro, Engagement Officer";

    fn earlier(text: &str, url: Option<&str>, posted: Option<&str>) -> HistoryEntry {
        HistoryEntry {
            text: text.into(),
            story_url: url.map(Into::into),
            posted: posted.map(|p| p.parse().unwrap()),
        }
    }

    fn check_against(
        history: Vec<HistoryEntry>,
        draft: &str,
        story: &StoryContext,
        config: Config,
    ) -> Vec<Finding> {
        let mut index = HistoryIndex::new(&config);
        history.into_iter().for_each(|e| index.add(e));
        Engine::with_history(config, index)
            .check(draft, story, now())
            .into_iter()
            .filter(|f| f.rule == ID)
            .collect()
    }

    fn check(draft: &str) -> Vec<Finding> {
        let history = vec![
            earlier(
                "Hello, we visit care homes every spring and tell the council what residents say.",
                Some("https://www.careopinion.org.uk/1000001"),
                None,
            ),
            earlier(
                EARLIER,
                Some("https://www.careopinion.org.uk/1020304"),
                Some("2025-03-03T10:00:00Z"),
            ),
        ];
        check_against(history, draft, &story(), Config::default())
    }

    #[test]
    fn fires_on_a_near_copy_with_names_swapped() {
        let draft = EARLIER
            .replace("Mrs Jones", "hedgerow_walker")
            .replace("Sam Okoro", "Priya Shah");
        let found = check(&draft);
        assert_eq!(found.len(), 1, "{found:#?}");
        let finding = &found[0];
        assert_eq!(finding.severity, Severity::Warning);
        assert!(finding.span.is_none());
        assert!(
            finding.message.contains(
                "similar to your reply on https://www.careopinion.org.uk/1020304 of 3 March 2025"
            ),
            "{}",
            finding.message
        );
        let related = finding.related.as_ref().unwrap();
        assert_eq!(
            related.story_url.as_deref(),
            Some("https://www.careopinion.org.uk/1020304")
        );
        assert_eq!(related.posted.as_deref(), Some("2025-03-03T10:00:00+00:00"));
        assert!(
            related.similarity > 0.85 && related.similarity < 1.0,
            "{related:?}"
        );
    }

    #[test]
    fn fires_on_the_same_sentences_with_small_edits() {
        let draft = EARLIER
            .replace("so long", "for hours")
            .replace("every quarter", "each quarter")
            .replace("Kind regards", "Best wishes");
        assert_eq!(check(&draft).len(), 1);
    }

    #[test]
    fn silent_when_only_greeting_and_sign_off_are_shared() {
        let draft = "Dear Mrs Jones, thank you for sharing your experience. Our volunteers \
            will be visiting the children's ward next month to hear from families about \
            play facilities, food and how well parents are kept informed. We will publish what \
            we find on our website and send it to the trust board. Kind regards, Sam Okoro, \
            Engagement Officer";
        assert!(check(draft).is_empty());
    }

    #[test]
    fn fires_on_the_same_paragraphs_in_another_order() {
        let paragraphs: Vec<&str> = EARLIER.split(". ").collect();
        let mut reordered = paragraphs.clone();
        reordered.rotate_left(2);
        let found = check(&reordered.join(". "));
        assert_eq!(found.len(), 1, "{found:#?}");
        assert!(found[0].related.as_ref().unwrap().similarity > 0.9);
    }

    /// A short template of the kind pasted under many stories, and the same with one clause.
    const TEMPLATE: &str = "Thank you for taking the time to share your experience with us.         We pass every story we receive to the service concerned and to our board, and we         use them to decide where to look next.";

    #[test]
    fn fires_on_a_short_template_with_one_clause_added() {
        let history = vec![earlier(
            TEMPLATE,
            Some("https://www.careopinion.org.uk/1000002"),
            None,
        )];
        let draft = TEMPLATE.replace(
            "to our board,",
            "to our board, which next meets in June to look at maternity care,",
        );
        let found = check_against(history, &draft, &story(), Config::default());
        assert_eq!(found.len(), 1, "{found:#?}");
    }

    #[test]
    fn silent_on_a_different_reply_about_the_same_things() {
        let draft = "Dear Mr Jones, we were sorry to read how long you were left waiting in A&E             at Eastbrook Hospital with nobody explaining the delay. We share what people tell             us with the hospital's managers every three months. Our advocates can help you             complain if you wish: ring 01632 960218 or see             https://healthwatchwexcombe.example/advocacy. Best wishes, Sam Okoro";
        assert!(check(draft).is_empty());
        let longer = format!(
            "{TEMPLATE} Your account of the discharge lounge, where you waited six hours for              transport with no food offered, is one we will raise with the trust's patient              experience lead next week, and we would like to hear whether the promised              follow-up call ever came."
        );
        let history = vec![earlier(TEMPLATE, None, None)];
        assert!(check_against(history, &longer, &story(), Config::default()).is_empty());
    }

    #[test]
    fn fires_on_a_lightly_reworded_copy() {
        let draft = EARLIER
            .replace("Mrs Jones", "Mr Ahmed")
            .replace("thank you for sharing", "thanks for telling us about")
            .replace("We're sorry to hear", "We were sorry to read")
            .replace("collects feedback like yours", "gathers what people tell us")
            .replace("If you would like", "Should you want");
        let found = check(&draft);
        assert_eq!(found.len(), 1, "{found:#?}");
        assert_eq!(found[0].severity, Severity::Warning);
    }

    #[test]
    fn a_short_near_copy_is_a_hint() {
        let earlier_short = "Hey Tash, sorry to hear. Lifeline is on 13 11 14 any time, day or \
            night. Brodie";
        let history = vec![earlier(earlier_short, None, None)];
        let draft = earlier_short.replace("Tash", "Jenny");
        let found = check_against(history.clone(), &draft, &story(), Config::default());
        assert_eq!(found.len(), 1, "{found:#?}");
        assert_eq!(found[0].severity, Severity::Hint);
        let reworded = "Hey Jenny, so sorry. Lifeline is there on 13 11 14 if you need it. Brodie";
        assert!(check_against(history, reworded, &story(), Config::default()).is_empty());
    }

    #[test]
    fn silent_when_one_paragraph_is_copied_into_a_reply_of_its_own() {
        let draft = "Dear Mrs Jones, what happened to your father on the stroke unit, left \
            without his hearing aids for four days and unable to follow what the doctors said, \
            is exactly the kind of thing the trust's new dementia lead has asked us to bring to \
            her. With your permission we will share it with her this month and ask what has \
            changed. If you would like help to make a complaint, our advocacy service can \
            support you: call 01632 960218 or visit https://healthwatchwexcombe.example/advocacy. \
            Kind regards, Sam Okoro, Engagement Officer";
        assert!(check(draft).is_empty());
    }

    #[test]
    fn silent_without_history_and_on_short_drafts() {
        assert!(check_against(vec![], EARLIER, &story(), Config::default()).is_empty());
        let short = "Thank you for sharing your story. Kind regards, Sam";
        let history = vec![earlier(short, None, None)];
        assert!(check_against(history, short, &story(), Config::default()).is_empty());
    }

    #[test]
    fn an_earlier_reply_on_the_same_story_is_not_a_repeat() {
        let mut on_this_story = story();
        on_this_story.url = Some("http://careopinion.org.uk/1020304/".into());
        let history = vec![earlier(
            EARLIER,
            Some("https://www.careopinion.org.uk/1020304"),
            None,
        )];
        assert!(
            check_against(history.clone(), EARLIER, &on_this_story, Config::default()).is_empty()
        );
        // …but a copy posted on another story still counts.
        let mut both = history;
        both.push(earlier(
            EARLIER,
            Some("https://www.careopinion.org.uk/999"),
            None,
        ));
        let found = check_against(both, EARLIER, &on_this_story, Config::default());
        assert!(found[0].message.contains("/999"), "{}", found[0].message);
    }

    #[test]
    fn names_what_is_known_of_the_earlier_reply() {
        let undated = check_against(
            vec![earlier(EARLIER, None, None)],
            EARLIER,
            &story(),
            Config::default(),
        );
        assert!(undated[0]
            .message
            .starts_with("This is 100% similar to one of your earlier replies."));
        let related = undated[0].related.as_ref().unwrap();
        assert_eq!(
            (related.story_url.clone(), related.posted.clone()),
            (None, None)
        );
    }

    #[test]
    fn curly_quotes_and_emoji_do_not_hide_a_copy() {
        let curly = EARLIER.replace("We're", "We’re") + " 😊";
        let found = check_against(
            vec![earlier(EARLIER, None, None)],
            &curly,
            &story(),
            Config::default(),
        );
        assert_eq!(found.len(), 1);
    }

    #[test]
    fn thresholds_and_switch_are_config() {
        let draft = EARLIER.replace("Mrs Jones", "hedgerow_walker");
        let history = || vec![earlier(EARLIER, None, None)];
        let strict =
            Config::from_json(r#"{"rules": {"repeated-response": {"similarity": 1}}}"#).unwrap();
        assert!(check_against(history(), &draft, &story(), strict).is_empty());
        let long_only =
            Config::from_json(r#"{"rules": {"repeated-response": {"min_words": 500}}}"#).unwrap();
        assert!(check_against(history(), &draft, &story(), long_only).is_empty());
        let off =
            Config::from_json(r#"{"rules": {"repeated-response": {"enabled": false}}}"#).unwrap();
        assert!(check_against(history(), &draft, &story(), off).is_empty());
        let hint =
            Config::from_json(r#"{"rules": {"repeated-response": {"severity": "hint"}}}"#).unwrap();
        assert_eq!(
            check_against(history(), &draft, &story(), hint)[0].severity,
            Severity::Hint
        );
    }

    #[test]
    fn story_keys_ignore_scheme_www_and_trailing_slash() {
        assert_eq!(
            super::story_key("HTTPS://www.careopinion.org.uk/1020304/?utm=x#r"),
            super::story_key("careopinion.org.uk/1020304")
        );
    }
}
