//! `takes-sides`: "Be wary of appearing to take sides in a discussion."
//!
//! Fires on verdicts about who was right or wrong ("you are absolutely right", "that is
//! disgraceful", "they should be ashamed"). Empathy without a verdict ("I'm sorry to hear how
//! difficult this was") is fine.

use super::{Context, Rule};
use crate::config::{strings, CommonSettings};
use crate::text::PhraseSet;
use crate::{rule_settings, Config, Finding, Severity};

rule_settings! {
    /// Settings of `takes-sides`.
    pub struct Settings {
        /// Phrases that pass a verdict (whole words, `*` = any one word, `word*` = prefix).
        pub phrases: Vec<String> = strings(DEFAULT_PHRASES),
    }
}

const DEFAULT_PHRASES: &[&str] = &[
    "you are absolutely right",
    "you're absolutely right",
    "you are completely right",
    "you're completely right",
    "you are quite right",
    "you're quite right",
    "you are totally right",
    "you're totally right",
    "you are right to be angry",
    "you're right to be angry",
    "i completely agree",
    "i totally agree",
    "i fully agree",
    "i agree with you",
    "i * agree with you",
    "we completely agree",
    "we agree with you",
    "we're on your side",
    "we are on your side",
    "clearly in the wrong",
    "were in the wrong",
    "was in the wrong",
    "that is disgraceful",
    "that's disgraceful",
    "it is disgraceful",
    "it's disgraceful",
    "is a disgrace",
    "was a disgrace",
    "absolutely disgraceful",
    "absolutely shocking",
    "absolutely appalling",
    "is appalling",
    "was appalling",
    "is shameful",
    "was shameful",
    "is scandalous",
    "was scandalous",
    "is outrageous",
    "was outrageous",
    "completely unacceptable",
    "totally unacceptable",
    "should be ashamed",
    "should be * ashamed",
    "ought to be ashamed",
    "they got it wrong",
    "they let you down badly",
];

/// The `takes-sides` rule.
pub struct TakesSides {
    phrases: PhraseSet,
}

impl TakesSides {
    /// Compiles the phrase list from `config`.
    pub fn new(config: &Config) -> Self {
        Self {
            phrases: PhraseSet::new(&config.rules.takes_sides.phrases),
        }
    }
}

impl Rule for TakesSides {
    fn id(&self) -> &str {
        "takes-sides"
    }

    fn guideline(&self) -> &str {
        "Does your response add to the current conversation? Be wary of appearing to take sides in a discussion."
    }

    fn why(&self) -> &str {
        "The provider and the author are still in conversation. A verdict from a third party can \
         inflame it or pre-judge what the provider finds; acknowledging feelings helps without taking sides."
    }

    fn default_severity(&self) -> Severity {
        Severity::Warning
    }

    fn settings<'a>(&'a self, config: &'a Config) -> &'a dyn CommonSettings {
        &config.rules.takes_sides
    }

    fn check(&self, ctx: &Context) -> Vec<Finding> {
        self.phrases
            .find_all(ctx.draft)
            .into_iter()
            .map(|m| {
                self.finding(
                    Some(m.span),
                    "This may read as taking sides. Acknowledge how the author feels without a \
                     verdict, e.g. \u{201c}I\u{2019}m sorry to hear how difficult this was.\u{201d}"
                        .to_string(),
                )
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{assert_fires, assert_silent, findings_with, flagged, story};
    use crate::Config;

    const ID: &str = "takes-sides";

    #[test]
    fn fires_on_rules_md_examples() {
        for draft in [
            "You are absolutely right.",
            "The staff were clearly in the wrong.",
            "That is disgraceful.",
            "They should be ashamed.",
            "I completely agree with you that the ward failed.",
        ] {
            assert_fires(ID, draft);
        }
    }

    #[test]
    fn silent_on_empathy_without_a_verdict() {
        assert_silent(ID, "I'm sorry to hear how difficult this was.");
        assert_silent(ID, "That sounds really distressing.");
        assert_silent(
            ID,
            "You are right at the centre of this, and we want to help.",
        );
    }

    #[test]
    fn underlines_the_phrase_only() {
        assert_eq!(
            flagged(
                ID,
                "Dear Sam, you’re absolutely right and they should be thoroughly ashamed."
            ),
            ["you’re absolutely right", "should be thoroughly ashamed"]
        );
    }

    #[test]
    fn phrase_list_is_config_data() {
        let config =
            Config::from_json(r#"{"rules": {"takes-sides": {"phrases": ["hear hear"]}}}"#).unwrap();
        assert_eq!(findings_with(ID, "Hear, hear!", &story(), &config).len(), 1);
        assert!(findings_with(ID, "That is disgraceful.", &story(), &config).is_empty());
    }

    #[test]
    fn can_be_turned_off_or_softened() {
        let off = Config::from_json(r#"{"rules": {"takes-sides": {"enabled": false}}}"#).unwrap();
        assert!(findings_with(ID, "That is disgraceful.", &story(), &off).is_empty());
        let hint =
            Config::from_json(r#"{"rules": {"takes-sides": {"severity": "hint"}}}"#).unwrap();
        let found = findings_with(ID, "That is disgraceful.", &story(), &hint);
        assert_eq!(found[0].severity, crate::Severity::Hint);
    }
}
