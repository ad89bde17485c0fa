//! `too-late`: "Conversely responding after a significant period of time has elapsed may be
//! unhelpful depending on the situation."
//!
//! A hint when the story is older than the configured age; a warning when the story also
//! concerns what the guidance names: an upsetting experience, death or loss, or an elderly person
//! (word lists matched on the story's title and text). Silent on recent or undated stories.
//!
//! Death or loss and an elderly person are strong signals: one phrase is enough. Upsetting words
//! are weak alone: a thankful story may say "I was terrified" about one moment that was handled
//! well. So an upsetting experience needs `upsetting_min_distinct` different upsetting phrases
//! (default 2: "terrified" and "traumatic"); with fewer the story gets the plain hint.

use chrono::Duration;

use super::{only, rule_finding, Context, Rule};
use crate::config::{strings, CommonSettings, Count, Days};
use crate::text::PhraseSet;
use crate::{rule_settings, word_list, Config, Document, Finding, Severity};

rule_settings! {
    /// Settings of `too-late`.
    pub struct Settings {
        /// Stories older than this many days get the finding.
        pub max_age_days: Days = Days(183),
        /// Words and phrases that mark a story about death or loss.
        pub death_or_loss: Vec<String> = strings(DEATH_OR_LOSS),
        /// Words and phrases that mark an upsetting experience.
        pub upsetting: Vec<String> = strings(UPSETTING),
        /// How many different upsetting phrases the story needs before it counts as an
        /// upsetting experience (death or loss and elderly words need one).
        pub upsetting_min_distinct: Count = Count(2),
        /// Words and phrases that mark a story about an elderly person.
        pub elderly: Vec<String> = elderly_defaults(),
    }
}

const DEATH_OR_LOSS: &str = word_list![
    "died",
    "dying",
    "death",
    "passed away",
    "bereavement",
    "bereaved",
    "funeral",
    "end of life",
    "palliative",
    "hospice",
    "terminally ill",
    "terminal illness",
    "terminal cancer",
    "terminal diagnosis",
    "do not resuscitate",
    "dnacpr",
    "dnr",
    "deceased",
    "late husband",
    "late wife",
    "late mother",
    "late father",
    "late mum",
    "late dad",
    "lost my mum",
    "lost my mother",
    "lost my dad",
    "lost my father",
    "lost my husband",
    "lost my wife",
    "lost my partner",
    "lost my son",
    "lost my daughter",
    "lost my baby",
    "lost our baby",
    "lost our son",
    "lost our daughter",
    "miscarriage",
    "miscarried",
    "stillbirth",
    "stillborn",
    "took his own life",
    "took her own life",
    "took their own life",
    "suicide",
];

const UPSETTING: &str = word_list![
    "distressing",
    "distressed",
    "traumatic",
    "traumatised",
    "terrified",
    "frightened",
    "frightening",
    "horrific",
    "horrendous",
    "harrowing",
    "devastated",
    "devastating",
    "heartbroken",
    "humiliated",
    "humiliating",
    "degrading",
    "undignified",
    "neglected",
    "neglect",
    "abuse",
    "abused",
    "assaulted",
    "in tears",
    "sobbing",
    "in agony",
    "left in pain",
    "screaming in pain",
    "suicidal",
    "self harm",
    "self harming",
    "safeguarding",
    "upsetting",
    "very upset",
    "so upset",
    "extremely upset",
];

const ELDERLY: &str = word_list![
    "elderly",
    "older person",
    "older people",
    "older adult",
    "older adults",
    "pensioner",
    "oap",
    "care home",
    "nursing home",
    "residential home",
    "dementia",
    "alzheimer's",
    "alzheimers",
    "frail",
    "frailty",
    "nan",
    "nana",
    "nanna",
    "gran",
    "granny",
    "grandma",
    "grandmother",
    "grandad",
    "grandpa",
    "grandfather",
    "great grandmother",
    "great grandfather",
    "in her 80s",
    "in his 80s",
    "in their 80s",
    "in her 90s",
    "in his 90s",
    "in their 90s",
    "in her eighties",
    "in his eighties",
    "in her nineties",
    "in his nineties",
];

/// Ways of giving someone's age as a number: `{}` is the age ("who is 82", "82 years old").
const AGE_FRAMES: &[&str] = &[
    "aged {}",
    "age {}",
    "{} year old",
    "{} years old",
    "{} yr old",
    "{} yrs old",
    "{} yo",
    "who is {}",
    "who was {}",
    "who's {}",
    "who is now {}",
    "he is {}",
    "she is {}",
    "he's {}",
    "she's {}",
    "he was {}",
    "she was {}",
    "is now {}",
    "turned {}",
];

/// The elderly words plus explicit ages from 75 ("aged 82", "who is 82", "82 years old").
fn elderly_defaults() -> Vec<String> {
    let mut elderly = strings(ELDERLY);
    for age in 75..=105 {
        for frame in AGE_FRAMES {
            elderly.push(frame.replace("{}", &age.to_string()));
        }
    }
    elderly
}

/// Something sensitive a story may concern.
struct Sensitivity {
    /// How the message names it: "death or loss".
    what: &'static str,
    /// Its words.
    words: PhraseSet,
    /// How many different phrases must match.
    min_distinct: usize,
}

impl Sensitivity {
    /// The first different phrases found in `story` (as written there, as many as are needed),
    /// if there are enough.
    fn found_in(&self, story: &Document) -> Option<Vec<String>> {
        let mut seen = Vec::new();
        let mut said = Vec::new();
        for m in self.words.find_all(story) {
            if !seen.contains(&m.phrase) {
                seen.push(m.phrase);
                said.push(m.span.text(story.text()).to_string());
            }
        }
        let needed = self.min_distinct.max(1);
        if said.len() < needed {
            return None;
        }
        said.truncate(needed);
        Some(said)
    }
}

/// The `too-late` rule.
pub struct TooLate {
    max_age: Duration,
    /// What the story may concern, most serious first.
    sensitivities: Vec<Sensitivity>,
}

impl TooLate {
    /// Reads the age and word lists from `config`.
    pub fn new(config: &Config) -> Self {
        let settings = &config.rules.too_late;
        Self {
            max_age: Duration::days(i64::from(settings.max_age_days.0)),
            sensitivities: vec![
                Sensitivity {
                    what: "death or loss",
                    words: PhraseSet::new(&settings.death_or_loss),
                    min_distinct: 1,
                },
                Sensitivity {
                    what: "an upsetting experience",
                    words: PhraseSet::new(&settings.upsetting),
                    min_distinct: settings.upsetting_min_distinct.0,
                },
                Sensitivity {
                    what: "an elderly person",
                    words: PhraseSet::new(&settings.elderly),
                    min_distinct: 1,
                },
            ],
        }
    }
}

impl Rule for TooLate {
    fn id(&self) -> &str {
        "too-late"
    }

    fn guideline(&self) -> &str {
        "Conversely responding after a significant period of time has elapsed may be unhelpful \
         depending on the situation, eg does the story relate to or concern:- an upsetting \
         experience; death or loss; an elderly person."
    }

    fn why(&self) -> &str {
        "A reply long after the story can reopen a painful time for the author, or offer help \
         that no longer fits their situation."
    }

    fn default_severity(&self) -> Severity {
        Severity::Hint
    }

    fn settings<'a>(&'a self, config: &'a Config) -> &'a dyn CommonSettings {
        &config.rules.too_late
    }

    fn check(&self, ctx: &Context) -> Vec<Finding> {
        let Some(posted) = ctx.story.posted else {
            return Vec::new();
        };
        let age = ctx.now - posted;
        if age <= self.max_age {
            return Vec::new();
        }
        let story = Document::new(&format!(
            "{}\n{}",
            ctx.story.title.as_deref().unwrap_or_default(),
            ctx.story.body
        ));
        let sensitivity = self
            .sensitivities
            .iter()
            .find_map(|s| Some((s.what, s.found_in(&story)?)));
        let age = describe_age(age.num_days());
        match sensitivity {
            None => only(rule_finding(
                self,
                None,
                format!(
                    "This story was posted {age} ago. A reply this late may no longer help: \
                     check it still fits the author's situation, or say why you are replying now."
                ),
            )),
            Some((what, words)) => {
                let words = words.join("\u{201d}, \u{201c}");
                let mut finding = rule_finding(
                    self,
                    None,
                    format!(
                        "This story was posted {age} ago and concerns {what} (\u{201c}{words}\u{201d}). \
                         A reply this late may reopen a painful time: post only if it still \
                         helps the author, and acknowledge the time that has passed."
                    ),
                );
                finding.severity = Severity::Warning;
                only(finding)
            }
        }
    }
}

/// "3 weeks", "8 months", "2 years".
fn describe_age(days: i64) -> String {
    let (count, unit) = match days {
        ..=13 => (days, "day"),
        14..=59 => (days / 7, "week"),
        60..=729 => (days * 12 / 365, "month"),
        _ => (days / 365, "year"),
    };
    if count == 1 {
        format!("1 {unit}")
    } else {
        format!("{count} {unit}s")
    }
}

#[cfg(test)]
mod tests {
    use chrono::Duration;

    use crate::rules::testing::{assert_configurable_on, findings_with, now, story};
    use crate::{Config, Finding, Severity, StoryContext};

    const ID: &str = "too-late";
    const DRAFT: &str = "Dear hedgerow_walker, thank you for sharing your story.";

    fn story_about(days_ago: i64, title: &str, body: &str) -> StoryContext {
        StoryContext {
            posted: Some(now() - Duration::days(days_ago)),
            title: Some(title.into()),
            body: body.into(),
            ..story()
        }
    }

    fn check(story: &StoryContext) -> Vec<Finding> {
        findings_with(ID, DRAFT, story, &Config::default())
    }

    #[test]
    fn an_old_story_gets_a_hint_saying_how_old() {
        let found = check(&story_about(
            250,
            "Long wait",
            "I waited four hours in A&E.",
        ));
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].severity, Severity::Hint);
        assert!(
            found[0]
                .message
                .starts_with("This story was posted 8 months ago."),
            "{}",
            found[0].message
        );
    }

    #[test]
    fn death_or_loss_makes_it_a_warning() {
        let found = check(&story_about(
            300,
            "Care for my mum",
            "Mum passed away on the ward in March and nobody called us.",
        ));
        assert_eq!(found[0].severity, Severity::Warning);
        assert!(
            found[0]
                .message
                .contains("concerns death or loss (\u{201c}passed away\u{201d})"),
            "{}",
            found[0].message
        );
    }

    #[test]
    fn an_upsetting_experience_or_an_elderly_person_makes_it_a_warning() {
        let upsetting = check(&story_about(
            200,
            "Night on the ward",
            "It was a traumatic night and I was terrified.",
        ));
        assert!(
            upsetting[0].message.contains(
                "an upsetting experience (\u{201c}traumatic\u{201d}, \u{201c}terrified\u{201d})"
            ),
            "{}",
            upsetting[0].message
        );
        assert_eq!(upsetting[0].severity, Severity::Warning);
        for body in [
            "My grandad waited hours for a bed.",
            "My father, aged 87, was left on a trolley.",
            "I am writing about my mother, who is 82, and her discharge.",
            "Dad (he's 91) waited all night.",
            "She is 91 years old and was sent home at 2am.",
            "Visiting at the care home was cancelled again.",
        ] {
            let found = check(&story_about(200, "Visit", body));
            assert!(found[0].message.contains("an elderly person"), "{body}");
        }
    }

    #[test]
    fn the_title_counts_and_curly_apostrophes_match() {
        let found = check(&story_about(
            200,
            "Dad’s funeral arrangements",
            "The ward lost his things.",
        ));
        assert!(found[0].message.contains("death or loss"));
        let found = check(&story_about(
            200,
            "Care",
            "Mum has Alzheimer’s 😢 and was frightened.",
        ));
        assert!(!found[0].message.contains("death or loss"));
        assert_eq!(found[0].severity, Severity::Warning);
    }

    #[test]
    fn a_child_or_a_mild_complaint_stays_a_hint() {
        let found = check(&story_about(
            200,
            "Clinic",
            "My son, aged 8, waited an hour. I was a bit upset.",
        ));
        assert_eq!(found[0].severity, Severity::Hint);
    }

    #[test]
    fn one_upsetting_word_in_a_thankful_story_stays_a_hint() {
        let found = check(&story_about(
            500,
            "Calm, reassuring care during a difficult labour",
            "The midwives were wonderful. When the heart rate dropped I was terrified, but the \
             midwife held my hand. Thank you to everyone.",
        ));
        assert_eq!(found[0].severity, Severity::Hint);
        assert!(
            !found[0].message.contains("terrified"),
            "{}",
            found[0].message
        );
        let twice = check(&story_about(
            500,
            "Night",
            "I was terrified. I was terrified.",
        ));
        assert_eq!(twice[0].severity, Severity::Hint);
    }

    #[test]
    fn silent_on_recent_or_undated_stories() {
        assert!(check(&story_about(30, "Loss", "My husband died on the ward.")).is_empty());
        assert!(check(&story_about(183, "Loss", "My husband died on the ward.")).is_empty());
        assert!(check(&story()).is_empty());
    }

    #[test]
    fn ages_read_naturally() {
        assert_eq!(super::describe_age(10), "10 days");
        assert_eq!(super::describe_age(21), "3 weeks");
        assert_eq!(super::describe_age(200), "6 months");
        assert_eq!(super::describe_age(400), "13 months");
        assert_eq!(super::describe_age(800), "2 years");
        assert_eq!(super::describe_age(365), "12 months");
    }

    #[test]
    fn age_word_lists_and_switch_are_config() {
        let old = story_about(100, "Care", "The ward was hard to find.");
        let config = Config::from_json(
            r#"{"rules": {"too-late": {"max_age_days": 90, "upsetting": ["hard to find"], "upsetting_min_distinct": 1}}}"#,
        )
        .unwrap();
        let found = findings_with(ID, DRAFT, &old, &config);
        assert_eq!(found[0].severity, Severity::Warning);
        assert_configurable_on(ID, DRAFT, &story_about(400, "x", "y"));
    }
}
