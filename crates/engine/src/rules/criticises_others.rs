//! `criticises-others`: "We would recommend you avoid appearing to criticise services provided
//! by other organisations, on the basis of a single story."
//!
//! Fires when one sentence both names a service (one from the story's `Site / Service` list, an
//! organisation that has responded, or a provider noun such as "the hospital" or "staff") and
//! passes judgement on it ("failed you", "poor care", "badly run"). The span runs from the service
//! to the judgement when they are close, else covers the judgement. Sentences that put the view
//! in the author's mouth ("if you feel the hospital let you down…") are left alone, as are
//! neutral mentions ("you can raise this with the hospital's PALS team").

use super::{Context, Rule};
use crate::config::{strings, CommonSettings, Count};
use crate::text::{cued_before, with_possessives, PhraseMatch, PhraseSet};
use crate::{rule_settings, Config, Finding, Severity, Span};

rule_settings! {
    /// Settings of `criticises-others` (whole words, `*` = any one word, `word*` = prefix).
    pub struct Settings {
        /// Generic names of providers, counted as well as the services named on the story page.
        pub provider_nouns: Vec<String> = strings(DEFAULT_PROVIDER_NOUNS),
        /// Phrases that pass judgement on a service.
        pub judgements: Vec<String> = strings(DEFAULT_JUDGEMENTS),
        /// Phrases that make what follows in the sentence the author's view, or deny it.
        pub attributions: Vec<String> = strings(DEFAULT_ATTRIBUTIONS),
        /// Underline from the service to the judgement when at most this many words lie between.
        pub max_clause_gap_words: Count = Count(8),
    }
}

const DEFAULT_PROVIDER_NOUNS: &[&str] = &[
    "the hospital*",
    "this hospital*",
    "that hospital*",
    "the ward",
    "the wards",
    "the unit",
    "the department",
    "the clinic",
    "the surgery",
    "the gp surgery",
    "the gp practice",
    "the practice",
    "the gp",
    "your gp",
    "the trust",
    "the health board",
    "the care home",
    "the home",
    "the service",
    "the provider",
    "the team",
    "the management",
    "management",
    "the manager",
    "staff",
    "nurses",
    "doctors",
    "midwives",
    "carers",
    "consultant*",
    "receptionist*",
    "paramedics",
    "the ambulance service",
    "the council",
];

const DEFAULT_JUDGEMENTS: &[&str] = &[
    "failed you",
    "failed your",
    "failing you",
    "is failing",
    "clearly failing",
    "failing its patients",
    "failing their patients",
    "are failing",
    "let you down",
    "let your * down",
    "were let down by",
    "was let down by",
    "been let down by",
    "poor care",
    "poor treatment",
    "poor service",
    "poor standard*",
    "poor practice",
    "bad care",
    "terrible care",
    "awful care",
    "appalling care",
    "shocking care",
    "substandard",
    "sub standard",
    "badly run",
    "badly managed",
    "badly organised",
    "badly treated",
    "incompetent",
    "incompetence",
    "negligent",
    "negligence",
    "neglected",
    "neglectful",
    "unsafe",
    "not fit for purpose",
    "unprofessional",
    "uncaring",
    "rude",
    "careless",
    "useless",
    "a shambles",
    "shambolic",
    "failed in their duty",
    "failed in its duty",
    "no excuse",
    "inexcusable",
    "should have known better",
];

const DEFAULT_ATTRIBUTIONS: &[&str] = &[
    "if you feel",
    "if you felt",
    "if you think",
    "if you believe",
    "if you consider",
    "you feel",
    "you felt",
    "you describe",
    "you described",
    "whether",
    "not saying",
    "doesn't mean",
    "does not mean",
];

/// The `criticises-others` rule.
pub struct CriticisesOthers {
    nouns: PhraseSet,
    judgements: PhraseSet,
    attributions: PhraseSet,
    own_organisation: Option<String>,
    max_gap: usize,
}

impl CriticisesOthers {
    /// Compiles the word lists from `config`.
    pub fn new(config: &Config) -> Self {
        let s = &config.rules.criticises_others;
        Self {
            nouns: PhraseSet::new(&with_possessives(&s.provider_nouns)),
            judgements: PhraseSet::new(&s.judgements),
            attributions: PhraseSet::new(&s.attributions),
            own_organisation: config.organisation.name.as_deref().map(str::to_lowercase),
            max_gap: s.max_clause_gap_words.0,
        }
    }

    /// The services named on the story page: each part of `Site / Service`, and every
    /// responding organisation other than the responder's own.
    fn named_services(&self, ctx: &Context) -> PhraseSet {
        let story = ctx.story;
        let parts = story.services.iter().flat_map(|s| s.split('/'));
        let orgs = story
            .responses
            .iter()
            .filter_map(|r| r.organisation.as_deref());
        let names: Vec<&str> = parts
            .chain(orgs)
            .map(str::trim)
            .filter(|n| Some(n.to_lowercase()) != self.own_organisation)
            .collect();
        PhraseSet::new(&with_possessives(&names))
    }
}

/// Number of words of `ctx.draft` lying wholly between spans `a` and `b`.
fn words_between(ctx: &Context, a: Span, b: Span) -> usize {
    let (from, to) = if a.end <= b.start {
        (a.end, b.start)
    } else {
        (b.end, a.start)
    };
    let words = ctx.draft.words().iter();
    words
        .filter(|w| w.span.start >= from && w.span.end <= to)
        .count()
}

impl Rule for CriticisesOthers {
    fn id(&self) -> &str {
        "criticises-others"
    }

    fn guideline(&self) -> &str {
        "We would recommend you avoid appearing to criticise services provided by other organisations, on the basis of a single story."
    }

    fn why(&self) -> &str {
        "One story is one side of events, and the provider may still be looking into it. A verdict \
         from your organisation can pre-judge that and damage the conversation."
    }

    fn default_severity(&self) -> Severity {
        Severity::Warning
    }

    fn settings<'a>(&'a self, config: &'a Config) -> &'a dyn CommonSettings {
        &config.rules.criticises_others
    }

    fn check(&self, ctx: &Context) -> Vec<Finding> {
        let mut mentions: Vec<PhraseMatch> = self.named_services(ctx).find_all(ctx.draft);
        mentions.extend(self.nouns.find_all(ctx.draft));
        let attributions = self.attributions.find_all(ctx.draft);
        let judgements = self.judgements.find_all(ctx.draft);
        let mut found = Vec::new();
        for sentence in ctx.draft.sentences() {
            let inside = |s: Span| s.start >= sentence.span.start && s.end <= sentence.span.end;
            for j in judgements.iter().filter(|j| inside(j.span)) {
                if cued_before(ctx.draft, j.span, &attributions) {
                    continue;
                }
                let nearest = mentions
                    .iter()
                    .filter(|m| inside(m.span) && !m.span.overlaps(j.span))
                    .min_by_key(|m| words_between(ctx, m.span, j.span));
                let Some(mention) = nearest else { continue };
                let span = if words_between(ctx, mention.span, j.span) <= self.max_gap {
                    mention.span.union(j.span)
                } else {
                    j.span
                };
                let target = mention.span.text(ctx.draft.text());
                found.push(self.finding(
                    Some(span),
                    format!(
                        "This may read as criticising \u{201c}{target}\u{201d} on the strength of \
                         one story. Describe what the author told you, and point them to who can \
                         look into it, such as PALS or the complaints team."
                    ),
                ));
            }
        }
        found
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{assert_fires, assert_silent, findings_with, flagged, story};
    use crate::{Config, StoryContext, StoryResponse};

    const ID: &str = "criticises-others";

    fn on(story: &StoryContext, draft: &str) -> Vec<String> {
        findings_with(ID, draft, story, &Config::default())
            .iter()
            .map(|f| f.span.unwrap().text(draft).to_string())
            .collect()
    }

    #[test]
    fn fires_on_rules_md_examples() {
        assert_fires(ID, "I’m sorry the hospital failed you.");
        assert_fires(ID, "The GP surgery is clearly badly run.");
        assert_eq!(
            flagged(ID, "Eastbrook Hospital is clearly failing its patients."),
            ["Eastbrook Hospital is clearly failing"]
        );
        let ward = StoryContext {
            services: vec!["Northfield Hospital / Ward 5".into()],
            ..story()
        };
        assert_eq!(
            on(&ward, "This was poor care at Ward 5."),
            ["poor care at Ward 5"]
        );
    }

    #[test]
    fn silent_on_neutral_mentions() {
        assert_silent(ID, "You can raise this with the hospital's PALS team.");
        assert_silent(
            ID,
            "Eastbrook Hospital has a patient experience team who can help.",
        );
        assert_silent(ID, "That sounds like poor care, and I’m sorry.");
    }

    #[test]
    fn silent_when_the_view_is_the_authors() {
        assert_silent(
            ID,
            "If you feel the hospital let you down, our advocacy service can help you complain.",
        );
        assert_silent(ID, "I’m sorry you felt the staff were rude to you.");
        assert_silent(ID, "This doesn’t mean the staff were uncaring.");
    }

    #[test]
    fn names_come_from_the_story_and_its_responses() {
        let draft = "Southern Coastal Health Service is failing its patients.";
        assert_silent(ID, draft);
        let answered = StoryContext {
            responses: vec![StoryResponse {
                organisation: Some("Southern Coastal Health Service".into()),
                ..Default::default()
            }],
            ..story()
        };
        assert_eq!(
            on(&answered, draft),
            ["Southern Coastal Health Service is failing"]
        );
    }

    #[test]
    fn underlines_the_clause_in_a_whole_reply() {
        let draft = "Dear hedgerow_walker,\n\nThank you for your story. Eastbrook Hospital’s \
                     care was substandard, and the Emergency Department let you down.\n\nSam";
        assert_eq!(
            flagged(ID, draft),
            [
                "Eastbrook Hospital’s care was substandard",
                "Emergency Department let you down"
            ]
        );
        let far = "The hospital, which you visited three times over the long summer months \
                   last year, failed you.";
        assert_eq!(flagged(ID, far), ["failed you"]);
    }

    #[test]
    fn word_lists_are_config_data() {
        let config = Config::from_json(
            r#"{"rules": {"criticises-others": {"judgements": ["a joke"], "provider_nouns": ["the pharmacy"]}}}"#,
        )
        .unwrap();
        let found = findings_with(ID, "The pharmacy is a joke.", &story(), &config);
        assert_eq!(found.len(), 1);
        assert!(findings_with(ID, "The hospital failed you.", &story(), &config).is_empty());
    }

    #[test]
    fn can_be_turned_off() {
        let off =
            Config::from_json(r#"{"rules": {"criticises-others": {"enabled": false}}}"#).unwrap();
        assert!(findings_with(ID, "The hospital failed you.", &story(), &off).is_empty());
    }
}
