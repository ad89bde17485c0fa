//! `tells-author-of-use`: "If you are learning from or using the author’s story in some way, can
//! you let the author know that?"
//!
//! Applies only when the config says the organisation uses stories (`organisation.uses_stories`).
//! Fires on the whole draft when it says nothing about what will happen with the story: that it
//! will be shared, included in a report, passed to a team or used to inform work. The rule cannot
//! know whether this particular story will be used, so it is a hint.

use super::{only, rule_finding, Context, Rule};
use crate::config::{strings, CommonSettings};
use super::speaker::{speaker_names, subject_of};
use crate::text::PhraseSet;
use crate::{rule_settings, word_list, Config, Document, Finding, Severity, Span};

rule_settings! {
    /// Settings of `tells-author-of-use`.
    pub struct Settings {
        /// Phrases that tell the author what will happen with the story (whole words, `*` = any
        /// one word, `word*` = prefix). "Thank you for sharing your story" is deliberately not one.
        pub phrases: Vec<String> = strings(DEFAULT_PHRASES),
        /// Who acts on the story: a sentence telling the author of a use names the
        /// organisation ("we", "I", "our") or the story as what will be acted on ("will be").
        pub agents: Vec<String> = strings(DEFAULT_AGENTS),
        /// Verbs of using a story, any form (`word~`): share, include, quote, raise, feed in…
        pub uses: Vec<String> = strings(DEFAULT_USES),
        /// Everyday verbs that tell of a use only with the organisation as their subject, right
        /// before them ("we'll take your points to the board", "Rhys has asked the minister"),
        /// or the story in the passive ("your story has been copied to…").
        pub acts: Vec<String> = strings(DEFAULT_ACTS),
        /// What is used, or where it goes: the story ("your comments", "your mum's
        /// experience", "it") or a destination ("our next board paper", "the trust").
        pub objects: Vec<String> = strings(DEFAULT_OBJECTS),
        /// The organisation saying what it will do ("we'll", "I have"): before a word of
        /// follow-up, a promise to act on the story.
        pub promises: Vec<String> = strings(DEFAULT_PROMISES),
        /// What the organisation may do with a story ("let * know", "write to", "written to", "follow * up").
        pub follow_ups: Vec<String> = strings(DEFAULT_FOLLOW_UPS),
        /// Words holding a use verb that tell the author nothing about what will happen:
        /// thanks for the story ("thank you for sharing"), a feeling shared ("we share your
        /// frustration").
        pub thanks: Vec<String> = strings(DEFAULT_THANKS),
        /// Someone other than the organisation: a use whose subject is one of them ("you could
        /// share it with PALS", "I hope the hospital uses your feedback") is not the
        /// organisation's.
        pub others: Vec<String> = strings(DEFAULT_OTHERS),
    }
}

const DEFAULT_OTHERS: &str = word_list![
    "you",
    "you'd",
    "you'll",
    "you've",
    "you're",
    "they",
    "they'd",
    "they'll",
    "they've",
    "they're",
    "he",
    "she",
    "he'll",
    "she'll",
    "hospital",
    "the trust",
    "practice",
    "surgery",
    "ward",
    "staff",
    "hse",
    "service",
    "services",
    "gp",
    "doctor",
    "doctors",
    "nurse",
    "nurses",
    "consultant",
    "provider",
    "home",
    "unit",
    "department",
    "clinic",
    "others",
    "people",
    "anyone",
    "everyone",
    "families",
    "someone",
    "who",
];

const DEFAULT_PROMISES: &str = word_list![
    "we will",
    "we'll",
    "we have",
    "we've",
    "we would",
    "we'd",
    "we are",
    "we're",
    "we shall",
    "i will",
    "i'll",
    "i have",
    "i've",
    "i would",
    "i'd",
    "i am",
    "i'm",
    "we would like to",
    "we'd like to",
    "i would like to",
    "i'd like to",
    "we will be",
    "we'll be",
    "i will be",
    "i'll be",
    "we plan to",
    "we intend to",
    "we want to",
    "we're going to",
    "i'm going to",
];

const DEFAULT_FOLLOW_UPS: &str = word_list![
    "let~ * know",
    "let~ * * know",
    "let~ * * * know",
    "let~ them know",
    "let~ the * know",
    "tell~ the",
    "tell~ them",
    "write to",
    "written to",
    "take~ this up",
    "take~ it up",
    "take~ * up with",
    "follow~ this up",
    "follow~ it up",
    "follow~ up",
    "contact~ the",
    "contact~ them",
    "ask~ the",
    "ask~ them",
    "make sure",
    "note~",
    "monitor~",
    "track~",
    "collect~",
    "keep~ an eye",
    "look~ into",
    "speak~ to the",
    "speak~ with the",
    "talk~ to the",
    "meet~ with",
    "put this to",
    "put it to",
    "bring~ this",
    "bring~ it",
    "pass~",
    "share~",
    "raise~",
    "feed~",
    "include~",
    "quote~",
    "use~",
    "add~",
    "added",
    "adding",
    "log~",
    "record~",
    "flag~",
    "highlight~",
];

const DEFAULT_THANKS: &str = word_list![
    "thank~ you for *",
    "thank~ for *",
    "thank~ you so much for *",
    "thank~ you very much for *",
    "for share~",
    "for take~ the time",
    "grateful to you for *",
    "for raise~",
    "for tell~ us",
    "share~ your concern~",
    "share~ your frustration~",
    "share~ your disappointment",
    "share~ your anger",
    "share~ your worr~",
    "share~ your sadness",
    "share~ your view~",
    "share~ your upset",
    "share~ your relief",
    "share~ your joy",
    "share~ * concern~",
    "share~ * frustration~",
];

const DEFAULT_AGENTS: &str = word_list![
    "we",
    "we'll",
    "we've",
    "we'd",
    "we're",
    "i",
    "i'll",
    "i'd",
    "i've",
    "i'm",
    "us",
    "our",
    "will be",
    "would be",
    "will go",
    "will feed",
    "will help",
    "will form",
    "can be",
    "our *",
    "the office",
    "our office",
    "the mp",
    "the msp",
    "the ms",
    "the mla",
    "the td",
    "the councillor",
    "councillor *",
    "cllr *",
    "the senator",
    "mp",
    "msp",
    "mla",
    "td",
    "healthwatch",
];

const DEFAULT_USES: &str = word_list![
    "share~",
    "include~",
    "pass~",
    "raise~",
    "quote~",
    "feed~",
    "fed",
    "inform~",
    "use~",
    "using",
    "highlight~",
    "log~",
    "record~",
    "discuss~",
    "present~",
    "bring~",
    "brought",
    "mention~",
    "forward~",
    "send~",
    "sent",
    "escalate~",
    "flag~",
    "put forward",
    "go into",
    "going into",
    "go~ in",
    "goes in",
    "gone in",
    "went in",
    "collect~",
    "goes into",
    "add~",
    "adding",
    "added",
    "aloud",
    "print~",
    "pin~",
    "display~",
    "read~ out",
    "read~ * aloud",
    "read~ * out",
    "learn~",
    "shape~",
    "influence~",
    "anonymise~",
    "look~ at",
    "analyse~",
    "review~",
    "collate~",
    "gather~",
    "compile~",
    "summarise~",
    "draw~ on",
    "drew on",
    "cite",
    "cited",
    "contribute~",
    "form part",
    "be part",
    "publish~",
    "report~",
    "make changes",
    "learn~ from",
    "on the agenda",
    "on our agenda",
    "be seen by",
    "be read by",
    "be heard",
    "read by",
    "seen by",
    "heard by",
];

const DEFAULT_ACTS: &str = word_list![
    "take~",
    "took",
    "taken",
    "put~",
    "tell~",
    "told",
    "show~",
    "shown",
    "table~",
    "feature~",
    "copy",
    "copied",
    "cc'd",
    "refer~ to",
    "reflect~",
    "make~ * aware",
    "made * aware",
    "make~ * * aware",
    "made * * aware",
    "make~ sure",
    "made sure",
    "ask~",
    "press~",
    "write~ to",
    "written to",
    "wrote to",
    "go~ to",
    "goes to",
    "gone to",
    "went to",
    "go~ straight",
    "goes straight",
    "go~ into",
    "gone into",
    "went into",
    "count~",
    "reach~",
    "be read",
    "part of",
    "help~ us",
    "help~ make",
    "help~ build",
    "strengthen~",
    "support~ our",
    "lodge~",
    "submit~",
    "challenge~",
    "note~",
    "contact~",
    "speak~ to",
    "speak~ with",
    "spoke~ to",
    "spoken to",
    "spoken with",
    "talk~ to",
    "talk~ with",
    "meet~ with",
    "met with",
    "been in touch with",
    "be in touch with",
    "get~ in touch with",

    "follow~ * up",
    "chase~",
    "question~",
    "email~",
    "pop~",
];

const DEFAULT_OBJECTS: &str = word_list![
    "your story",
    "your experience~",
    "your feedback",
    "your comment~",
    "your account",
    "your words",
    "your view~",
    "your concern~",
    "your case",
    "your * story",
    "your * experience~",
    "your * feedback",
    "what you've told us",
    "what you have told us",
    "what you told us",
    "what you've shared",
    "what you have shared",
    "what you shared",
    "this story",
    "this feedback",
    "these concerns",
    "feedback",
    "our website",
    "it",
    "it's",
    "this",
    "them",
    "you",
    "board",
    "meeting~",
    "report~",
    "the trust",
    "commissioner~",
    "panel",
    "committee",
    "council",
    "cqc",
    "enter and view",
    "visit~",
    "our work",
    "survey",
    "insight~",
    "data",
    "evidence",
    "the provider",
    "the health board",
    "the icb",
    "quarterly",
    "annual",
    "theme~",
    "priority~",
    "campaign~",
    "your thanks",
    "your kind words",
    "what you've described",
    "what you have described",
    "what you describe",
    "what you've said",
    "what you said",
    "figures",
    "our figures",
    "our submission",
    "submission",
    "staff room",
    "handover",
    "our msps",
    "our mps",
    "our board",
    "our trustees",
    "our committee",
    "our panel",
    "decision makers",
    "commissioners",
    "those who plan",
    "people who plan",
    "those who run",
    "people who run",
    "services",
    "changes",
    "improvements",
    "lessons",
    "your point~",
    "anonymously",
    "without names",
    "without any names",
    "without your name",
    "without naming you",
    "no names",
    "these views",
    "such views",
    "the list",
    "our list",
    "next time",
    "yours will",
    "yours is",
    "and yours",
    "including yours",
    "your voice",
    "your words",
    "the points you",
    "the issues you",
    "what you've written",
    "what you have written",
    "what you wrote",
    "what happened",
    "stories like yours",
    "experiences like yours",
    "stories such as yours",
    "experiences such as yours",
    "accounts like yours",
    "accounts such as yours",
    "feedback like yours",
    "feedback such as yours",
    "comments like yours",
    "your mum*",
    "your dad*",
    "your mother*",
    "your father*",
    "your husband*",
    "your wife*",
    "your partner*",
    "your son*",
    "your daughter*",
    "your nan*",
    "your gran*",
    "your family*",
    "your baby*",
    "your child*",
    "the hospital",
    "the ward",
    "the practice",
    "the surgery",
    "the home",
    "the hse",
    "minister",
    "department",
    "health district",
    "lhd",
    "mp",
    "mps",
    "msp",
    "msps",
    "ms",
    "mss",
    "mla",
    "mlas",
    "td",
    "tds",
    "senedd",
    "parliament",
    "assembly",
    "oireachtas",
    "director",
    "chief executive",
    "chief exec",
    "chief nurse",
    "head of",
    "manager",
    "matron",
    "sister",
    "staff",
    "team",
    "group",
    "forum",
    "network",
    "partnership",
    "newsletter",
    "training",
    "briefing",
    "hscp",
    "ijb",
    "cabinet secretary",
    "your post",
    "your message",
    "your review",
    "the issues you raise",
    "the issues you've raised",
    "the issues you have raised",
    "the points you raise",
    "the points you've raised",
    "the points you have raised",
    "the concerns you raise",
    "the concerns you've raised",
    "the concerns you have raised",
    "stories like this",
    "stories like this one",
    "experiences like this",
    "experiences like this one",
    "stories such as this",
    "experiences such as this",
    "feedback like this",
    "feedback such as this",
    "accounts like this",
    "experience~",
    "story",
    "stories",
    "account",
];

const DEFAULT_PHRASES: &str = word_list![
    "with your permission",
    "with your consent",
    "with your ok",
    "with your okay",
    "with your agreement",
    "with your blessing",
    "if you're ok with",
    "if you are ok with",
    "if you are happy for us",
    "if you're happy for us",
    "we will share",
    "we'll share",
    "we will be sharing",
    "we have shared",
    "we've shared",
    "i will share",
    "i'll share",
    "i have shared",
    "i've shared",
    "like to share your",
    "include your story",
    "include your experience",
    "include your feedback",
    "include it in",
    "included in our",
    "will be included",
    "pass* your story",
    "pass* your feedback",
    "pass* your comments",
    "pass* your experience",
    "pass* it on",
    "pass* this on",
    "pass* on your",
    "your story will",
    "your feedback will",
    "your experience will",
    "your comments will",
    "use your story",
    "use your feedback",
    "use your experience",
    "inform our work",
    "to inform our",
    "help* us shape",
    "help* to shape",
    "help* shape",
    "feed* into",
    "fed into",
    "in our report",
    "in our next report",
    "our report to",
    "board paper*",
    "we will raise",
    "we'll raise",
    "i will raise",
    "i'll raise",
    "we have raised",
    "we've raised",
    "i have raised",
    "i've raised",
    "we have logged",
    "we've logged",
    "we will log",
    "we'll log",
    "we have recorded",
    "we've recorded",
    "been made aware of your",
    "been made aware of what",
    "been passed on",
    "been passed to",
    "been shared with",
    "been forwarded to",
    "been raised with",
    "been fed back",
    "now with the",
    "now with our",
    "case stud*",
    "one of the things we'll",
    "one of the things we will",
    "one of the issues we'll",
    "one of the issues we will",
    "one of the examples we'll",
    "one of the examples we will",
    "put* on the table",
    "put* it on the table",
    "put* this on the table",
    "will hear your",
    "will hear about your",
    "will be hearing about",
];

/// The `tells-author-of-use` rule.
pub struct TellsAuthorOfUse {
    phrases: PhraseSet,
    agents: PhraseSet,
    uses: PhraseSet,
    acts: PhraseSet,
    objects: PhraseSet,
    others: PhraseSet,
    promises: PhraseSet,
    follow_ups: PhraseSet,
    thanks: PhraseSet,
    uses_stories: bool,
    organisation: String,
}

impl TellsAuthorOfUse {
    /// Each promise followed by a follow-up, next to it or with one word between ("we'll let
    /// the ward know", "I have also written to the trust").
    fn promised_follow_ups(&self, doc: &Document) -> Vec<Span> {
        let follow_ups = self.follow_ups.find_all(doc);
        let words = doc.words();
        let mut found = Vec::new();
        for promise in self.promises.find_all(doc) {
            let next = words.partition_point(|w| w.span.start < promise.span.end);
            // The first follow-up after the promise, in text order.
            let at = follow_ups.partition_point(|f| f.span.start < promise.span.end);
            let Some(follow_up) = follow_ups.get(at) else {
                continue;
            };
            let starts_at = words.partition_point(|w| w.span.start < follow_up.span.start);
            let same_sentence = doc.sentence_at(follow_up.span) == doc.sentence_at(promise.span);
            if starts_at <= next + 1 && same_sentence {
                found.push(promise.span.union(follow_up.span));
            }
        }
        found
    }

    /// Compiles the phrase list and reads `organisation.uses_stories` from `config`.
    pub fn new(config: &Config) -> Self {
        let s = &config.rules.tells_author_of_use;
        Self {
            phrases: PhraseSet::new(&s.phrases),
            agents: PhraseSet::new(&agents(config)),
            uses: PhraseSet::new(&s.uses),
            acts: PhraseSet::new(&s.acts),
            objects: PhraseSet::new(&s.objects),
            others: PhraseSet::new(&s.others),
            thanks: PhraseSet::new(&s.thanks),
            promises: PhraseSet::new(&s.promises),
            follow_ups: PhraseSet::new(&s.follow_ups),
            uses_stories: config.organisation.uses_stories,
            organisation: config
                .organisation
                .name
                .clone()
                .unwrap_or_else(|| "Your organisation".to_string()),
        }
    }
}

/// Who acts for the organisation: the configured `agents` plus the organisation's and the
/// responder's names ("Healthwatch Millbrook will share…", "Rhys has written to…").
fn agents(config: &Config) -> Vec<String> {
    let mut agents = config.rules.tells_author_of_use.agents.clone();
    agents.extend(speaker_names(config));
    agents
}

/// Who does a use, judged from the word before its verb (past auxiliaries: "we will also
/// share", "your story has been passed").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Subject {
    /// The organisation; `habitual` in the plain present ("we share reports with…"), which
    /// describes the organisation's work rather than what will happen with this story.
    Organisation { habitual: bool },
    /// The story ("your comments will go…"); `passive` when a form of "be" stands before the
    /// verb ("your story has been passed").
    Story { passive: bool },
    /// Someone else ("you could share", "the hospital uses").
    Other,
    /// No subject recognised next to the verb.
    Unknown,
}

/// Forms of "be" that make what stands before them the thing acted on.
const PASSIVE: &[&str] = &["be", "been", "being", "is", "are", "was", "were"];

/// First words of what names the story itself rather than where it goes ("your comments",
/// "what you've told us", "it").
const STORY_WORDS: &[&str] = &[
    "your", "yours", "and", "including", "what", "it", "it's", "this", "these", "stories", "experiences",
    "accounts", "feedback", "comments", "anonymously", "without", "no",
];

/// Last words of what names the story itself ("the family's experience", "the issues you
/// raise").
const STORY_ENDS: &[&str] = &[
    "experience",
    "experiences",
    "story",
    "stories",
    "account",
    "raise",
    "raised",
];

/// Verbs of a use that are past tense without an auxiliary ("we raised", "I sent").
fn is_past(verb: &str) -> bool {
    const IRREGULAR: &[&str] = &[
        "told", "took", "sent", "brought", "fed", "wrote", "spoke", "went", "met", "put", "made",
        "gave", "read",
    ];
    verb.ends_with("ed") || IRREGULAR.contains(&verb)
}

/// True when `verb` is one the story itself can do: go somewhere ("your account has gone to
/// the trust") or help ("your story will help us make the case").
fn is_motion(doc: &Document, verb: Span) -> bool {
    const MOTIONS: &[&str] = &[
        "go", "goes", "going", "gone", "went", "reach", "reaches", "reached", "help", "helps",
        "helped", "count", "counts",
    ];
    let words = doc.words();
    let at = words.partition_point(|w| w.span.start < verb.start);
    words
        .get(at)
        .is_some_and(|w| MOTIONS.contains(&w.norm.as_str()))
}

/// True when the verb at `verb` is the story helping the organisation act ("what you've told
/// us will help us push for…", "your story helps make the case").
fn helps_the_organisation(doc: &Document, verb: Span) -> bool {
    let words = doc.words();
    let at = words.partition_point(|w| w.span.start < verb.start);
    let end = words.partition_point(|w| w.span.start < verb.end);
    end > at + 1 && words[at].norm.starts_with("help")
}

/// True when the word at `at` ends a noun phrase the organisation owns, "our" up to three
/// words before it ("our Enter and View team", "our volunteers").
fn owned_by_organisation(doc: &Document, at: usize) -> bool {
    let words = doc.words();
    (1..=4).any(|back| {
        at.checked_sub(back)
            .is_some_and(|i| words[i].norm == "our" && doc.sentence_at(words[i].span) == doc.sentence_at(words[at].span))
    })
}

/// Matches found once per draft.
struct Found {
    agents: Vec<Span>,
    objects: Vec<Span>,
    /// The `objects` that name the story itself (see [`STORY_WORDS`] and [`STORY_ENDS`]).
    stories: Vec<Span>,
    others: Vec<Span>,
}

impl Found {
    fn ends_at(spans: &[Span], end: usize) -> bool {
        spans.iter().any(|s| s.end == end)
    }

    fn in_sentence(spans: &[Span], sentence: Span) -> impl Iterator<Item = &Span> {
        spans
            .iter()
            .filter(move |s| s.start >= sentence.start && s.end <= sentence.end)
    }

    /// Who does the use at `verb`: the first word before it that is not an auxiliary.
    fn subject(&self, doc: &Document, verb: Span) -> Subject {
        let Some((at, passed)) = subject_of(doc, verb) else {
            return Subject::Unknown;
        };
        let words = doc.words();
        let passive = passed.iter().any(|w| PASSIVE.contains(w));
        let next = words.partition_point(|w| w.span.start < verb.start);
        let plain =
            passed.is_empty() && !words[at].norm.contains('\'') && !is_past(&words[next].norm);
        let end = words[at].span.end;
        // "What you've told us will help": the story, though it ends in "us".
        if Self::ends_at(&self.others, end) {
            Subject::Other
        } else if Self::ends_at(&self.stories, end)
            || (STORY_ENDS.contains(&words[at].norm.as_str()) && is_motion(doc, verb))
        {
            // "Her experience will go in our report": anyone's story moving somewhere.
            Subject::Story { passive }
        } else if Self::ends_at(&self.agents, end) {
            Subject::Organisation { habitual: plain }
        } else if words[at].norm == "and" {
            // "We'll check back … and publish what we find": the verb shares the subject
            // that opens its sentence.
            let first = doc.sentences()[doc.sentence_at(verb).unwrap_or(0)].words.start;
            let opener = words[first].span;
            if first < at && Self::ends_at(&self.agents, opener.end) {
                Subject::Organisation { habitual: false }
            } else {
                Subject::Unknown
            }
        } else if owned_by_organisation(doc, at) {
            Subject::Organisation { habitual: plain }
        } else {
            Subject::Unknown
        }
    }
}

impl TellsAuthorOfUse {
    /// The sentences of `doc` (indices, in order) that tell the author what will happen with
    /// the story, in a set phrase or in the organisation's own words ("your comments will go
    /// into our next board paper"), thanks for sharing aside. A use whose subject is someone
    /// else ("you could share it") does not count; a use next to its subject needs only
    /// something used or a destination after the verb, otherwise the organisation must be
    /// named in the sentence too.
    pub(crate) fn use_sentences(&self, doc: &Document) -> Vec<usize> {
        let thanks: Vec<_> = self.thanks.find_all(doc).iter().map(|m| m.span).collect();
        let spans_of = |set: &PhraseSet| -> Vec<Span> {
            set.find_all(doc).iter().map(|m| m.span).collect()
        };
        let objects = spans_of(&self.objects);
        let words = doc.words();
        let stories = objects
            .iter()
            .filter(|o| {
                let first = words.partition_point(|w| w.span.start < o.start);
                let last = words.partition_point(|w| w.span.start < o.end) - 1;
                // "The family's experience", not "to discuss her experience".
                let someone_elses = first
                    .checked_sub(1)
                    .is_some_and(|i| matches!(words[i].norm.as_str(), "her" | "his" | "their"));
                words
                    .get(first)
                    .is_some_and(|w| STORY_WORDS.contains(&w.norm.as_str()))
                    || (STORY_ENDS.contains(&words[last].norm.as_str()) && !someone_elses)
            })
            .copied()
            .collect();
        let found = Found {
            agents: spans_of(&self.agents),
            objects,
            stories,
            others: spans_of(&self.others),
        };
        let mut spans: Vec<Span> = Vec::new();
        for phrase in self.phrases.find_all(doc) {
            if found.subject(doc, phrase.span) != Subject::Other {
                spans.push(phrase.span);
            }
        }
        let uses = self.uses.find_all(doc).into_iter().map(|m| (m.span, false));
        let acts = self.acts.find_all(doc).into_iter().map(|m| (m.span, true));
        let mut verbs = Vec::new();
        for (verb, everyday) in uses.chain(acts) {
            if thanks.iter().any(|t| t.overlaps(verb)) {
                continue;
            }
            if let Some(sentence) = doc.sentence_at(verb) {
                verbs.push((verb, everyday, sentence, found.subject(doc, verb)));
            }
        }
        // A sentence where someone else uses the story ("I hope the hospital uses your
        // feedback to make changes") tells of the organisation's use only in its own clause.
        let others_use: Vec<usize> = verbs
            .iter()
            .filter(|v| v.3 == Subject::Other)
            .map(|v| v.2)
            .collect();
        for &(verb, everyday, at, subject) in &verbs {
            let sentence = doc.sentences()[at].span;
            let mut objects =
                Found::in_sentence(&found.objects, sentence).filter(|o| !o.overlaps(verb));
            let told = match subject {
                Subject::Other => false,
                Subject::Organisation { habitual: true } => {
                    Found::in_sentence(&found.stories, sentence).any(|o| !o.overlaps(verb))
                }
                Subject::Organisation { habitual: false } => objects.any(|o| o.start >= verb.end),
                Subject::Story { passive: true } => true,
                Subject::Story { passive: false } if helps_the_organisation(doc, verb) => true,
                Subject::Story { passive: false } if !everyday || is_motion(doc, verb) => {
                    objects.any(|o| o.start >= verb.end)
                }
                // "Sending him home at 3am was careless": a gerund opening the sentence
                // names what a service did.
                Subject::Unknown if opens_as_gerund(doc, verb, at) => false,
                Subject::Story { passive: false } | Subject::Unknown => {
                    !everyday
                        && !others_use.contains(&at)
                        && !authors_own(doc, &found.agents, sentence, verb)
                        && Found::in_sentence(&found.stories, sentence).any(|o| !o.overlaps(verb))
                        && Found::in_sentence(&found.agents, sentence).any(|a| !a.overlaps(verb))
                }
            };
            if told {
                spans.push(verb);
            }
        }
        spans.extend(self.promised_follow_ups(doc));
        let mut sentences: Vec<usize> = spans.iter().filter_map(|&s| doc.sentence_at(s)).collect();
        sentences.sort_unstable();
        sentences.dedup();
        sentences
    }
}

/// True when the author is the last one named before `verb` in its sentence, after any
/// agent ("Call us if you want support to raise this with the Trust"): the use is theirs.
fn authors_own(doc: &Document, agents: &[Span], sentence: Span, verb: Span) -> bool {
    const AUTHOR: &[&str] = &["you", "you'd", "you're", "you've", "you'll"];
    let words = doc.words();
    let before = words.partition_point(|w| w.span.start < verb.start);
    let start = words.partition_point(|w| w.span.start < sentence.start);
    let Some(author) = (start..before).rev().find(|&i| AUTHOR.contains(&words[i].norm.as_str()))
    else {
        return false;
    };
    !agents
        .iter()
        .any(|a| a.start >= words[author].span.end && a.end <= verb.start)
}

/// True when `verb` is the first word of sentence `at` and an -ing form ("Sending an
/// 84-year-old out at 3am…").
fn opens_as_gerund(doc: &Document, verb: Span, at: usize) -> bool {
    let first = doc.sentences()[at].words.start;
    doc.words()
        .get(first)
        .is_some_and(|w| w.span.start == verb.start && w.norm.ends_with("ing"))
}

impl Rule for TellsAuthorOfUse {
    fn id(&self) -> &str {
        "tells-author-of-use"
    }

    fn guideline(&self) -> &str {
        "If you are learning from or using the author’s story in some way, can you let the author know that?"
    }

    fn why(&self) -> &str {
        "Authors want to know their story made a difference. Saying how it will be used, and asking \
         permission where needed, builds trust and shows the story was heard."
    }

    fn default_severity(&self) -> Severity {
        Severity::Hint
    }

    fn settings<'a>(&'a self, config: &'a Config) -> &'a dyn CommonSettings {
        &config.rules.tells_author_of_use
    }

    fn check(&self, ctx: &Context) -> Vec<Finding> {
        if !self.uses_stories || !ctx.use_sentences(self).is_empty() {
            return Vec::new();
        }
        only(rule_finding(
            self,
            None,
            format!(
                "{} uses stories in its work. If you will use this one, tell the author how, e.g. \
                 \u{201c}With your permission, we would like to include your story in our report.\u{201d}",
                self.organisation
            ),
        ))
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{findings_with, story};
    use crate::{Config, Finding};

    const ID: &str = "tells-author-of-use";

    const SILENT_ABOUT_USE: &str = "Dear hedgerow_walker,\n\nThank you for sharing your story. \
        I’m sorry to hear about your wait. You can contact PALS on 01632 960218.\n\nBest wishes,\nSam";

    fn uses_stories() -> Config {
        Config::from_json(
            r#"{"organisation": {"name": "Healthwatch Wexcombe", "uses_stories": true}}"#,
        )
        .unwrap()
    }

    fn check(draft: &str) -> Vec<Finding> {
        findings_with(ID, draft, &story(), &uses_stories())
    }

    #[test]
    fn fires_when_the_draft_says_nothing_about_use() {
        let found = check(SILENT_ABOUT_USE);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].span, None);
        assert_eq!(found[0].severity, crate::Severity::Hint);
        assert!(found[0]
            .message
            .starts_with("Healthwatch Wexcombe uses stories"));
    }

    #[test]
    fn thanks_for_sharing_is_not_telling_of_use() {
        assert_eq!(check("Thank you for sharing your story with us.").len(), 1);
        assert_eq!(
            check("Thanks for raising this with us, we know it took courage.").len(),
            1
        );
    }

    #[test]
    fn uses_told_of_the_story_in_the_third_person_or_other_shapes() {
        for draft in [
            "The family's experience will be shared with the trust's Patient Experience Group.",
            "Stories like this one are shared with the integration joint board.",
            "The issues you raise will form part of our evidence to the Health Committee.",
            "Your post has gone to the ward sister.",
            "Your story has been read by the Director of Nursing.",
            "What you have told us will help us push for better discharge planning.",
            "Your comments are now with the patient experience team.",
            "I've emailed the surgery to ask why the appointment was cancelled.",
            "Your story goes in our evidence pack for the trust.",
        ] {
            assert!(check(draft).is_empty(), "{draft}");
        }
        let theirs = "Call us if you want support to raise this with the Trust.";
        assert_eq!(check(theirs).len(), 1);
        let elsewhere = "She may wish to contact PALS at Wexcombe General to discuss her experience.";
        assert_eq!(check(elsewhere).len(), 1);
    }

    #[test]
    fn silent_when_the_draft_says_what_will_happen() {
        for draft in [
            "We will share your story with the hospital’s patient experience team.",
            "Your story will be included in our next report to the board.",
            "I have passed your story to our team.",
            "We’ll use your feedback to inform our work on waiting times.",
            "With your permission, we would like to include your story, anonymously, in that report.",
            "Stories like yours feed into our enter and view visits.",
            "Your comments will go into our next board paper.",
            "We’d like to quote you, without your name, when we meet the trust.",
            "We’ll raise your mum’s experience at the quality committee.",
            "It is important to us, so we have added it to the evidence for our review.",
            "I’ll let the practice manager know what happened.",
            "We have also written to the trust about the discharge.",
        ] {
            assert!(check(draft).is_empty(), "should be silent on: {draft}");
        }
    }

    #[test]
    fn a_use_by_the_organisations_team_a_later_clause_or_the_story_moving() {
        for draft in [
            "Our Enter and View team will look at visiting when they next go to the home.",
            "Our volunteers will raise it at the next meeting.",
            "We'll check back with the practice in March and publish what we find on our website.",
            "Her experience will go in our ambulance report.",
            "It's going in our good news round-up for the trust.",
            "Feedback will be passed to the trust's engagement team.",
            "With your ok I'll read bits of your story to our youth panel.",
            "Our carers' network collects families' experiences for our paper.",
        ] {
            assert!(check(draft).is_empty(), "should be silent on: {draft}");
        }
        for draft in [
            "Reports are published on our website and shared with the CQC.",
            "You can go in and ask the ward for a copy of the policy.",
            "We hear this kind of story all the time.",
        ] {
            assert_eq!(check(draft).len(), 1, "should fire on: {draft}");
        }
    }

    #[test]
    fn a_use_told_as_a_case_study_an_item_for_a_meeting_or_a_visit() {
        for draft in [
            "Your account is now one of the case studies in our submission to the inquiry.",
            "We're meeting the CAMHS lead next week and your daughter's wait, without any \
             names, is one of the things we'll put on the table.",
            "We visit care homes and will add laundry to the list of things we look at next \
             time we're at Rosewood.",
            "You can tell the CQC, and our Enter and View team will hear your comments.",
            "We listen to what people say about services, and we share these views with \
             those who have the power to make change happen.",
        ] {
            assert!(check(draft).is_empty(), "should be silent on: {draft}");
        }
        for draft in [
            "Your mum's case is one of many we hear about.",
            "The tray was left on the table out of reach.",
        ] {
            assert_eq!(check(draft).len(), 1, "should fire on: {draft}");
        }
    }

    #[test]
    fn a_use_in_any_verb_next_to_the_organisation_or_the_story() {
        for draft in [
            "Your story is exactly the kind of evidence we take to the ICB.",
            "Healthwatch Wexcombe will pass this to the ward manager.",
            "Your account has gone to the trust’s director of nursing, with your name removed.",
            "Our office has contacted the health board on your behalf.",
            "We’ll make the hospital aware of what happened to your mum.",
            "Your concerns have been raised with the practice.",
            "We pass every story we receive to the quality team, and yours is no exception.",
            "What happened to your mum will be on the agenda at our next meeting.",
            "Please be assured your comments have been noted and passed on.",
            "The practice manager has been made aware of your concerns.",
            "Your story will help us push for a proper discharge lounge.",
            "We'll pop your words (anonymously) into our monthly note to the trust.",
        ] {
            assert!(check(draft).is_empty(), "should be silent on: {draft}");
        }
    }

    #[test]
    fn a_use_by_someone_else_or_a_description_of_the_work_is_not_telling() {
        for draft in [
            "You could share your experience with the hospital’s PALS team.",
            "You may want to pass this on to your GP.",
            "I hope the hospital uses your feedback to make changes.",
            "We share reports with the CQC and the ICB.",
            "Healthwatch Wexcombe listens to people and shares their views with those who run services.",
            "We share your frustration.",
            "Sending him out at 3am was careless, and we hear of it far too often.",
        ] {
            assert_eq!(check(draft).len(), 1, "should fire on: {draft}");
        }
    }

    #[test]
    fn silent_on_the_healthwatch_reply_from_the_fixtures() {
        let draft = "Dear ferncombe_rose,\n\nI’m very sorry for the loss of your mum. We are \
            gathering families’ experiences of end-of-life care for a report to our local health \
            and care partners. With your permission, we would like to include your story, \
            anonymously, in that report.\n\nWith best wishes,\nTom Reddaway";
        assert!(check(draft).is_empty());
    }

    #[test]
    fn applies_only_when_the_organisation_uses_stories() {
        assert!(findings_with(ID, SILENT_ABOUT_USE, &story(), &Config::default()).is_empty());
    }

    #[test]
    fn phrase_list_is_config_data() {
        let config = Config::from_json(
            r#"{"organisation": {"uses_stories": true},
                "rules": {"tells-author-of-use": {"phrases": ["our quarterly insight"], "uses": [], "follow_ups": []}}}"#,
        )
        .unwrap();
        let draft = "Thank you. Your story will appear in our quarterly insight summary.";
        assert!(findings_with(ID, draft, &story(), &config).is_empty());
        let found = findings_with(ID, "I have passed your story on.", &story(), &config);
        assert!(found[0]
            .message
            .starts_with("Your organisation uses stories"));
    }

    #[test]
    fn can_be_turned_off() {
        let off = Config::from_json(
            r#"{"organisation": {"uses_stories": true},
                "rules": {"tells-author-of-use": {"enabled": false}}}"#,
        )
        .unwrap();
        assert!(findings_with(ID, SILENT_ABOUT_USE, &story(), &off).is_empty());
    }
}
