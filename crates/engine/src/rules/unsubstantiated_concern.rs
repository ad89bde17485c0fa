//! `unsubstantiated-concern`: "If you want to highlight wider concerns around a specific service,
//! you should aim to substantiate these by reference to other evidence in the public domain."
//!
//! Fires on phrases that raise a wider or repeated problem ("we've heard many similar stories",
//! "there is a pattern", "ongoing concerns about"), one finding per sentence underlining from
//! the first to the last of them, when the draft cites no public
//! evidence anywhere: no web address on another site than the organisation's own and no named
//! published source ("CQC", "inspection report", "report found", "published", a year followed by
//! "report"). The organisation's own links (`links` in the config, and any page on the same
//! site) point to its services, not to evidence of a wider problem. A concern denied earlier in
//! its sentence ("we are not aware of wider problems") is not one.
//!
//! Beyond the stock phrases it reads a frame: a sentence that says how often or how widely
//! ("every week", "for a decade", "across the borough", "loads of calls") something happens to
//! a service or is heard about it (a service, a problem or a report), or how many others had
//! the same problem. Such a sentence is no claim when it shares a feeling ("many carers feel
//! alone"), praises ("lovely things about the ward"), is about the author's own repeats, or
//! opens with the organisation doing something itself ("our volunteers visit the ward every
//! week") without hearing of a problem.

use super::recurrence_topic::{
    about_a_problem, default_problem_topics, only_measures, ProblemTopics, DEFAULT_PROBLEM_WORDS,
};
use super::{rule_finding, Context, Rule};
use crate::config::{strings, CommonSettings};
use crate::text::{
    cued_before, fold_each, fold_text, merge_by_sentence, url_host, Frame, PhraseMatch, PhraseSet,
};
use crate::text::Word;
use crate::{rule_settings, word_list, Config, Document, Finding, Severity, Span};

rule_settings! {
    /// Settings of `unsubstantiated-concern` (whole words, `*` = any one word, `word*` = prefix).
    pub struct Settings {
        /// Phrases that raise a wider or repeated concern.
        pub concerns: Vec<String> = strings(DEFAULT_CONCERNS),
        /// Phrases that cite public evidence; any one of them (or a web address of evidence)
        /// in the draft backs every concern in it.
        pub evidence: Vec<String> = strings(DEFAULT_EVIDENCE),
        /// Names of a published source ("report", "review", "survey"): with a word of
        /// `findings` later in its sentence ("the RQIA's 2025 review of CAMHS set out the same
        /// pattern", "the NHS report 'LeDeR 2024' says") the draft cites evidence.
        pub sources: Vec<String> = strings(DEFAULT_SOURCES),
        /// What a source does with its evidence ("found", "shows", "set out").
        pub findings: Vec<String> = strings(DEFAULT_FINDINGS),
        /// Words that make a web address one of evidence when its address or sentence has one
        /// ("cqc.org.uk/reports/…", "the figures are at …"); a web address in the sentence of
        /// a concern is its evidence too. Any other is a service to contact, not a source.
        pub evidence_links: Vec<String> = strings(DEFAULT_EVIDENCE_LINKS),
        /// Phrases that, earlier in the sentence, deny the concern ("we are not aware of…",
        /// "we haven't heard of…"); a "not" about the service ("it isn't safe and hasn't been
        /// for a long time") denies nothing.
        pub negations: Vec<String> = strings(DEFAULT_NEGATIONS),
        /// Everyday ways of saying a problem recurs or is shared ("time and again", "plenty of
        /// others"); a concern when the same sentence also has a word of `reports`.
        pub recurrence: Vec<String> = strings(DEFAULT_RECURRENCE),
        /// Words of a problem or of hearing about one ("told us", "complaints", "delays").
        pub reports: Vec<String> = strings(DEFAULT_REPORTS),
        /// Words of feeling: a sentence about how many people feel ("many carers tell us they
        /// feel alone") shares a feeling, not a concern about a service.
        pub feelings: Vec<String> = strings(DEFAULT_FEELINGS),
        /// Everyday ways of saying a service does something again and again ("week in, week
        /// out", "has form", "far from unusual"): a concern on their own, unless the sentence
        /// is about the author's own repeats or feelings.
        pub repeated: Vec<String> = strings(DEFAULT_REPEATED),
        /// The responder's own story ("my own mother", "my sister"): "the same" in its
        /// sentence is one more case, not a pattern, unless it says how long or how often
        /// ("it's always the same there", "it was the same then").
        pub own_accounts: Vec<String> = strings(DEFAULT_OWN_ACCOUNTS),
        /// Words that make a repeat the author's own ("not the first time you have had to").
        pub author_repeats: Vec<String> = strings(DEFAULT_AUTHOR_REPEATS),
        /// Words that make a sentence what the responder would do or hopes for, a fix from
        /// now on, or an invitation, not a claim ("if it was my son I'd be at the surgery every
        /// day", "so that other families are spared it", "an interpreter will now be booked
        /// every time", "constituents with similar issues may contact the office").
        pub hypotheticals: Vec<String> = strings(DEFAULT_HYPOTHETICALS),
        /// Verbs of pressing a problem on those who run services ("raise~", "campaign~"):
        /// with the responder, the organisation or a named person as their subject ("we have
        /// raised this repeatedly with the board", "an issue Ms Reid has been pressing for
        /// years") how often or how long is said of the organisation's own work, not of the
        /// problem. With others as the subject ("patients have been raising it with us for
        /// years"), or said in the passive, it is still a claim.
        pub campaigning: Vec<String> = strings(DEFAULT_CAMPAIGNING),
        /// The responder's own experience given as grounds ("in my experience"): with a word
        /// of `generalisers` in its clause ("in my experience those wards always discharge
        /// too early") it makes one person's cases into a rule about a service.
        pub experiences: Vec<String> = strings(DEFAULT_EXPERIENCES),
        /// Words that say something holds always or for all ("always", "rarely",
        /// "everyone", "one of the worst").
        pub generalisers: Vec<String> = strings(DEFAULT_GENERALISERS),
        /// Words of advice: in the clause of an experience ("in my experience it's always
        /// worth asking") they make it a tip, not a claim.
        pub advice: Vec<String> = strings(DEFAULT_ADVICE),
        /// How many: with `others` and `problems` in one sentence, a claim that a problem is
        /// shared ("a lot of families have come to us").
        pub quantities: Vec<String> = strings(DEFAULT_QUANTITIES),
        /// Who else: people, families, members.
        pub others: Vec<String> = strings(DEFAULT_OTHERS),
        /// What those others had: a problem, or a complaint about one.
        pub problems: Vec<String> = [strings(DEFAULT_PROBLEM_WORDS), strings(DEFAULT_PROBLEMS)].concat(),
        /// Words of praise or thanks: a sentence about how many people say something good
        /// ("several people have written lovely things about the ward") is no concern.
        pub praise: Vec<String> = strings(DEFAULT_PRAISE),
        /// The organisation as the subject at the start of a sentence ("our volunteers visit
        /// the ward every week", "we support many families"): what it does itself, no claim,
        /// unless the sentence also has a word of `hearing`.
        pub own_subjects: Vec<String> = strings(DEFAULT_OWN_SUBJECTS),
        /// Words of hearing about problems ("told us", "calls", "complaints", "we see"): with
        /// them the organisation's own sentence reports what others say.
        pub hearing: Vec<String> = strings(DEFAULT_HEARING),
        /// Verbs of opinion right after that opening subject ("I reckon…", "we know…"): what
        /// follows is a claim the responder makes, not something the organisation does.
        pub stances: Vec<String> = strings(DEFAULT_STANCES),
        /// Words of a problem with care (a failing, a delay, a complaint, "like this"): a
        /// sentence that says how often or how widely without one ("we phone every other
        /// Tuesday", "really common after a stroke") is a hint, not a warning
        /// (`rules/recurrence_topic.rs`). The stock `concerns` need none.
        pub problem_topics: Vec<String> = default_problem_topics(),
    }
}

const DEFAULT_CAMPAIGNING: &str = word_list![
    "raise~",
    "press~",
    "campaign~",
    "lobby~",
    "pursue~",
    "highlight~",
];

/// Words between a subject and its verb ("has been", "'ve long", "continues to").
const AUXILIARIES: &[&str] = &[
    "have", "has", "had", "'ve", "'s", "'d", "been", "be", "is", "are", "was", "were", "am",
    "will", "'ll", "continue", "continues", "to", "also", "already", "long", "repeatedly",
    "consistently", "regularly", "often", "always", "personally",
];

/// Verbs of being: before a past participle ("has been raised") they make it passive.
const BEING: &[&str] = &["been", "be", "is", "are", "was", "were", "am"];

/// Subjects that are the responder or the organisation's representative ("she has raised…").
const OWN_PRONOUNS: &[&str] = &[
    "i", "we", "i've", "we've", "i'm", "we're", "i'd", "we'd", "i'll", "we'll", "she", "he",
    "she's", "he's", "they've",
];

const DEFAULT_EXPERIENCES: &str = word_list![
    "in my experience",
    "in my own experience",
    "in my personal experience",
    "from my experience",
    "from my own experience",
    "in our experience",
    "from our experience",
];

const DEFAULT_GENERALISERS: &str = word_list![
    "always",
    "never",
    "rarely",
    "seldom",
    "hardly ever",
    "usually",
    "invariably",
    "constantly",
    "everyone",
    "everybody",
    "all the same",
    "one of the worst",
    "the worst",
];

const DEFAULT_ADVICE: &str = word_list![
    "should",
    "must",
    "worth",
    "best",
    "help~",
    "need to",
    "needs to",
    "have to",
    "has to",
    "ask~",
];

const DEFAULT_RECURRENCE: &str = word_list![
    "isn't going away",
    "is not going away",
    "not going away",
    "a large number",
    "a huge number",
    "a high number",
    "large numbers",
    "a great many",
    "over the years",
    "every weekend",
    "every winter",
    "each week",
    "so common",
    "very common",
    "really common",
    "pretty common",
    "yet again",
    "once again",
    "keep~ hear~",
    "keep~ get~",
    "keep~ see~",
    "keep~ receiv~",
    "keep~ hav~",
    "this a lot",
    "that a lot",
    "these a lot",
    "happen~ a lot",
    "half the",
    "half of the",
    "the same story",
    "the same thing",
    "the same problem*",
    "the same issue*",
    "similar stor*",
    "similar experience*",
    "similar complaint*",
    "similar concern*",
    "similar issue*",
    "similar problem*",
    "similar feedback",
    "not isolated",
    "plenty of people",
    "plenty of other*",
    "many other*",
    "many people",
    "many patients",
    "many families",
    "many residents",
    "lots of people",
    "lots of other*",
    "a lot of people",
    "a lot of other*",
    "a number of people",
    "a number of other*",
    "a number of patients",
    "a number of families",
    "several people",
    "several other*",
    "several families",
    "several patients",
    "other people",
    "other patients",
    "other families",
    "others have",
    "others who",
    "we hear this",
    "we often hear",
    "we've heard this",
    "we have heard this",
    "increasing~ number",
    "growing number",
    "rising number",
    "more and more",
    "common problem*",
    "common complaint*",
    "common issue*",
    "a familiar",
    "ongoing",
    "long standing",
    "longstanding",
    "pattern",
    "trend",
    "theme",
    "widespread",
    "systemic",
    "across the trust",
    "across the board",
    "across the county",
    "across the area",
    "right across",
    "regularly",
    "frequently",
    "repeatedly",
    "recurring",
    "recurrent",
    "persistent",
    "persistently",
    "all the time",
    "constantly",
    "every week",
    "every single week",
    "every day",
    "every month",
    "for months",
    "for years",
    "always seems",
    "always seem",
    "routinely",
    "become routine",
    "became routine",
    "routine at",
    "habitually",
    "a habit of",
    "in the habit of",
    "on a regular basis",
    "on a weekly basis",
    "on a daily basis",
    "weekly",
    "every other",
    "every few",
    "once a week",
    "twice a week",
    "at least once a",
    "a few times a",
    "several times a",
    "more often than",
    "far more often",
    "more than * should",
    "far more than",
    "everywhere",
    "throughout the",
    "across the borough",
    "across the city",
    "across the district",
    "across the north",
    "across the south",
    "across the east",
    "across the west",
    "across the whole",
    "across our",
    "across all",
    "for a decade",
    "for decades",
    "for as long as",
    "years now",
    "months now",
    "for * years",
    "for the last * years",
    "for the past * years",
    "lost count",
    "a string of",
    "a run of",
    "a series of",
    "the second time",
    "the third time",
    "the fourth time",
    "not the first",
    "nearly everyone",
    "almost everyone",
    "nearly everybody",
    "almost everybody",
    "so often",
    "too often",
    "echo~",
    "mirror~",
    "still happening",
    "still going on",
    "more of the same",
    "nothing unusual",
    "dozens",
    "hundreds",
    "all too",
    "time and time again",
    "in the same boat",
    "all over",
    "forever",
    "been that way",
    "that way for",
    "in every",
    "every time",
    "every family",
    "every person",
    "every parent",
    "every carer",
    "every patient",
    "everyone we",
    "all over the",
    "a common",
    "sadly common",
    "quite common",
    "common experience~",
    "all the * time",
    "that hasn't a",
    "that hasn't had",
    "who hasn't had",
    "that hasn't got",
    "who hasn't got",
    "commonplace",
    "become normal",
    "became normal",
    "becoming normal",
    "the new normal",
    "standard at",
    "standard there",
    "standard now",
    "out of the ordinary",
    "almost daily",
    "nearly daily",
    "most weeks",
    "most days",
    "for a good while",
    "for quite a while",
    "for a while now",
    "never seem~",
    "can never get",
    "can't ever get",
    "can ever get",
    "always los~",
    "always forget~",
    "always get~",
    "always leav~",
    "broken system",
    "system is broken",
    "are all like this",
    "are all like that",
    "are all the same",
    "across the region",
    "across the country",
    "nationwide",
    "no secret",
    "these days",
    "nowadays",
    "becoming more common",
    "becoming common",
    "more people",
    "more families",
    "up and down the",
];

const DEFAULT_REPORTS: &str = word_list![
    "scandal",
    "crisis",
    "chaos",
    "shambles",
    "disgrace",
    "mess",
    "excuse~",
    "stuck",
    "cut~ back",
    "cuts",
    "told us",
    "tell~ us",
    "contact~ us",
    "heard",
    "hear~",
    "raise~",
    "report~",
    "come~ up",
    "came up",
    "complain~",
    "complaint~",
    "concern~",
    "problem~",
    "issue~",
    "stories",
    "story",
    "tale~",
    "experience~",
    "feedback",
    "happen~",
    "wait~",
    "delay~",
    "fail~",
    "struggle~",
    "shortage~",
    "poor",
    "surgery",
    "hospital",
    "ward",
    "service",
    "practice",
    "mention~",
    "us",
    "our members",
    "our carers",
    "our clients",
    "constituents",
    "local people",
    "this office",
    "our office",
    "people tell",
    "we talk to",
    "we work with",
    "come~ through",
    "come~ to us",
    "came to us",
    "we see",
    "we're seeing",
    "been in touch",
    "get~ in touch",
    "got in touch",
    "the same",
    "similar",
    "unit",
    "clinic",
    "department",
    "a&e",
    "pharmacy",
    "chemist",
    "home",
    "homes",
    "trust",
    "council",
    "gp",
    "gps",
    "staff",
    "nurses",
    "doctors",
    "reception",
    "receptionist~",
    "ambulance~",
    "paramedic~",
    "appointment~",
    "discharg~",
    "cancel~",
    "late",
    "referral~",
    "booking",
    "switchboard",
    "phone~",
    "queue~",
    "dentist~",
    "dental",
    "surgeries",
    "hospitals",
    "practices",
    "services",
    "calls",
    "emails",
    "messages",
    "letters",
    "inbox",
    "casework",
    "postbag",
    "mailbag",
    "corridor~",
    "trolley~",
    "turn~ away",
    "upset",
    "rude",
    "shocking",
    "dreadful",
    "awful",
    "terrible",
    "worse",
    "worst",
    "slow",
    "short staffed",
    "understaffed",
    "staffing",
    "ignored",
    "left waiting",
    "sent home",
    "refused",
    "family~",
    "patients",
    "people",
    "carers",
    "residents",
    "parents",
    "ed",
    "emergency",
    "moans",
    "gripes",
    "grumbles",
    "runaround",
    "knocked back",
    "fobbed off",
    "slashed",
    "failure~",
    "failings",
];

const DEFAULT_REPEATED: &str = word_list![
    "in good company",
    "stuff of legend",
    "stuff of legends",
    "a good word to say",
    "the same then",
    "the same back then",
    "nothing has changed",
    "nothing's changed",
    "still the same",
    "the second person",
    "the third person",
    "the fourth person",
    "the third * this",
    "the fourth * this",
    "umpteenth",
    "longer every",
    "worse every",
    "worse and worse",
    "longer and longer",
    "national scandal",
    "ongoing scandal",
    "a national disgrace",
    "in chaos every",
    "week in week out",
    "week after week",
    "month after month",
    "year after year",
    "day after day",
    "over and over",
    "again and again",
    "time and again",
    "time after time",
    "keep~ happen~",
    "keep~ on happen~",
    "happen~ again and again",
    "happen~ all the time",
    "happen~ a lot",
    "happen~ too often",
    "has form",
    "have form",
    "far from unusual",
    "not unusual",
    "hardly unusual",
    "by no means unusual",
    "far from the first",
    "by no means the first",
    "not the first to",
    "far from the only",
    "by no means the only",
    "not the only one",
    "not the only person",
    "not the only family",
    "not just you",
    "not only you",
    "more than once",
    "far from a one off",
    "hardly a one off",
    "anything but a one off",
    "far from an isolated",
    "hardly an isolated",
    "anything but an isolated",
    "far from isolated",
    "always like this",
    "always the same",
    "always been like this",
    "the norm",
    "par for the course",
    "same old",
    "usual story",
    "regular occurrence",
    "all too often",
    "far too often",
    "every single week",
    "every single time",
    "for a long while",
    "for a long time",
    "for some time",
    "for years",
    "for ages",
    "nothing new",
    "no surprise",
    "sadly typical",
    "typical of",
    "again and again",
    "in nearly every",
    "in almost every",
    "in every conversation",
    "keep~ telling us",
    "keep~ tell~ us",
    "keep~ coming to us",
    "keep~ contact~ us",
    "left right and centre",
    "from what we hear",
    "from what we've heard",
    "from what we have heard",
    "only going to get worse",
    "than any other",
    "more complaints",
    "the most complaints",
    "worst in the",
    "are forever",
    "is forever",
    "everyone knows",
    "everybody knows",
    "everyone * knows",
    "everybody * knows",
    "everyone * * knows",
    "everybody * * knows",
    "as everyone knows",
    "we all know",
    "well known",
    "constant problem",
    "a constant",
    "one after another",
    "one after the other",
    "this is what * do",
    "this is what they do",
    "nearly every",
    "almost every",
    "our * is full of",
    "our * are full of",
    "been like that for",
    "been like this for",
    "always late",
    "always busy",
    "always engaged",
    "always full",
    "always closed",
    "always rude",
    "always short",
    "always a battle",
    "always a struggle",
    "always a problem",
    "always an issue",
    "always a nightmare",
    "not the first time",
    "isn't the first time",
    "far from it",
    "going around",
    "going round",
    "doing the rounds",
    "a lot of this",
    "a lot of that",
    "lots of this",
    "plenty of this",
    "done this before",
    "done it before",
    "did this before",
    "did it before",
    "done the same before",
    "not the first * to",
    "not the first * * to",
    "revolving door",
    "one of many",
    "one of a number",
    "one of several",
    "rule rather than the exception",
    "rule not the exception",
    "widely known",
    "common knowledge",
    "known for this",
    "known for it",
    "a long history",
    "ringing off the hook",
    "lost track of how many",
    "not the first * like this",
    "not the first * like yours",
    "hardly the first",
    "hardly the only",
    "everyone round here",
    "everyone around here",
    "everybody round here",
    "everybody around here",
    "more times than",
    "then too",
    "back then too",
    "then as well",
    "like most * in",
    "like most * * in",
    "like many * in",
    "like many * * in",
    "like every other",
    "like all the other",
    "same as every other",
    "as with most * in",
    "too many times to",
    "countless times",
    "can't count the",
    "cannot count the",
    "the second story",
    "the second complaint",
    "the second family",
    "the second case",
    "the second call",
    "the second report",
    "the second person",
    "the third story",
    "the third complaint",
    "the third family",
    "the third case",
    "the third call",
    "the third report",
    "the third person",
    "the fourth story",
    "the fourth complaint",
    "the fourth family",
    "the fourth case",
    "the fourth call",
    "the fourth report",
    "the fourth person",
    "the fifth story",
    "the fifth complaint",
    "the fifth family",
    "the fifth case",
    "the fifth call",
    "the fifth report",
    "the fifth person",
    "the sixth story",
    "the sixth complaint",
    "the sixth family",
    "the sixth case",
    "the sixth call",
    "the sixth report",
    "the sixth person",
    "the third * story",
    "the second * story",
    "everyone says",
    "everybody says",
    "everyone tells",
    "everybody tells",
    "ask anyone",
    "anyone will tell you",
    "anybody will tell you",
    "as long as anyone can",
    "as long as i can remember",
    "as long as we can remember",
    "why is it always",
    "why does * always",
    "why do * always",
    "why are * always",
    "why is * always",
    "why do * keep",
    "why does * keep",
    "how many more",
    "fair share of",
    "its share of",
    "their share of",
    "nothing ever change~",
    "never learn~",
    "rarely change~",
    "seldom change~",
    "nobody can get",
    "no one can get",
    "nobody ever gets",
    "no one ever gets",
    "more common than",
    "more than you'd think",
    "more than you might think",
    "system is failing",
    "system fails",
    "by all accounts",
    "word has it",
    "word on the street",
    "so i hear",
    "so we hear",
    "a regular thing",
    "becoming a regular",
    "well documented",
    "everyone * * * knows",
    "everybody * * * knows",
    "go~ much wider",
    "go~ wider",
    "go~ far wider",
    "wider than your",
    "wider than just",
    "bigger than your",
    "beyond your case",
    "why do * * always",
    "why does * * always",
    "why are * * always",
    "why is * * always",
    "repeated across",
    "increasingly concerned",
    "increasingly worried",
];

const DEFAULT_AUTHOR_REPEATS: &str = word_list![
    "myself",
    "i've been saying",
    "i have been saying",
    "i keep saying",
    "to me",
    "happened to me",
    "you've",
    "you have",
    "you had",
    "you were",
    "to you",
    "for you",
    "happened to your",
    "sorry",
    "you said",
    "you say",
    "you mention~",
    "you describe~",
    "you've said",
    "as you say",
    "you told",
    "telling it",
    "tell it all",
    "telling your",
    "telling the",
    "tell your",
    "explaining your",
    "explaining it",
    "repeating your",
    "repeating it",
    "you could",
    "you can",
    "you might",
    "you may",
    "retell~",
    "repeat~ yourself",
    "go over",
    "goes over",
    "going over",
    "replay~",
    "reliv~",
];

const DEFAULT_OWN_ACCOUNTS: &str = word_list![
    "my own",
    "my mum",
    "my mother",
    "my mam",
    "my dad",
    "my father",
    "my husband",
    "my wife",
    "my partner",
    "my son",
    "my daughter",
    "my sister",
    "my brother",
    "my nan",
    "my gran",
    "my grandad",
];

const DEFAULT_HYPOTHETICALS: &str = word_list![
    "i'd",
    "i would",
    "if it was",
    "if it were",
    "spare~",
    "so that other*",
    "so other*",
    "would be to",
    "my instinct",
    "to be fair",
    "in fairness",
    "would",
    "if it keep~",
    "if this keep~",
    "if that keep~",
    "if it happen~",
    "if this happen~",
    "if it carr~ on",
    "if it continu~",
    "will now",
    "'ll now",
    "from now on",
    "going forward",
    "may contact",
    "can contact",
    "should contact",
    "may wish to",
    "may get in touch",
    "can get in touch",
    "are welcome to",
    "will be shared",
    "will share",
    "we share",
    "be shared",
    "be passed",
    "will pass",
    "'ll share",
    "'ll pass",
    "be used",
    "will use",
    "'ll use",
    "offer~ support",
    "offer~ free",
    "offer~ advice",
    "offer~ help",
    "is available",
    "are available",
    "available to",
];

const DEFAULT_PROBLEMS: &str = word_list![
    "let~ down",
    "been let down",
    "horror stor~",
    "excuse~",
    "the same",
    "similar",
    "had their",
    "come~ to us about",
    "came to us about",
    "been in touch about",
    "contact~ us about",
    "call~ about",
    "struggle~",
    "pushed out",
    "kicked out",
    "hear~ from",
    "heard from",
    "contact us about",
    "contacted us",
    "contact us",
    "upset",
    "ignored",
    "waited",
    "waiting",
    "had to",
    "been told",
    "like yours",
    "like you",
    "say the same",
    "in the same boat",
    "went through",
    "gone through",
    "been through",
    "unhappy",
    "treated",
    "missed",
    "left without",
    "discharged",
    "refused",
    "unit",
    "clinic",
    "department",
    "a&e",
    "pharmacy",
    "surgery",
    "hospital",
    "ward",
    "practice",
    "trust",
    "council",
    "gp",
    "receptionist~",
    "staff",
    "done this",
    "did this",
    "do this",
    "done the same",
    "did the same",
    "pull~ this",
    "pull~ that",
    "stunt~",
    "knocked back",
    "get this",
    "got this",
];

const DEFAULT_QUANTITIES: &str = word_list![
    "every second",
    "a large number of",
    "large numbers of",
    "a huge number of",
    "a great many",
    "most",
    "many",
    "lots of",
    "a lot of",
    "plenty of",
    "several",
    "a number of",
    "dozens of",
    "hundreds of",
    "so many",
    "countless",
    "numerous",
    "more and more",
    "a few",
    "heaps of",
    "loads of",
    "tons of",
    "masses of",
    "a heap of",
    "a load of",
    "all sorts of",
    "lost count of",
    "dozens",
    "hundreds",
    "scores of",
    "a string of",
    "a stream of",
    "other",
    "half the",
    "half our",
    "most of",
    "nearly all",
    "almost all",
    // More than can be kept up with, or a flow that does not stop.
    "inundated with",
    "swamped with",
    "flooded with",
    "deluged with",
    "a steady trickle of",
    "a steady flow of",
    "a good few",
    "a fair few",
    "a fair number of",
    "no end of",
];

const DEFAULT_OTHERS: &str = word_list![
    "person",
    "children",
    "kids",
    "young adults",
    "youngsters",
    "mothers",
    "fathers",
    "dads",
    "people",
    "families",
    "patients",
    "members",
    "carers",
    "residents",
    "parents",
    "constituents",
    "callers",
    "others",
    "mums",
    "relatives",
    "women",
    "men",
    "folk",
    "clients",
    "users",
    "calls",
    "emails",
    "messages",
    "letters",
    "stories",
    "cases",
    "contacts",
    "enquiries",
    "queries",
    "households",
    "neighbours",
    "locals",
    "pensioners",
];

const DEFAULT_FEELINGS: &str = word_list![
    "exhaust~",
    "draining",
    "tiring",
    "grief",
    "griev~",
    "going over",
    "feel~",
    "felt",
    "lonely",
    "overwhelm~",
    "worried",
    "anxious",
    "frighten~",
    "scary",
    "scared",
    "daunting",
    "terrifying",
    "help~",
    "useful",
    "benefit~",
    "found it",
    "find it",
    "reassure~",
    "comfort~",
    "support~",
    "join~",
    "use our",
    // Meeting others, the verb: "these meetings rarely change much" names an event.
    "meet",
    "meets",
    "met",
    "meeting",
    "must be",
    "must have",
    "find~ it",
    "find~ that",
    "find~ our",
    "find~ the",
    "find~ this",
    "find~ them",
    "found that",
];

const DEFAULT_PRAISE: &str = word_list![
    "thank*",
    "lovely",
    "prais~",
    "compliment~",
    "so kind",
    "very kind",
    "kindness",
    "wonderful",
    "brilliant",
    "excellent",
    "fantastic",
    "positive",
    "glad",
    "pleased",
    "recommend~",
    "grateful",
    "useful",
    "invaluable",
    "really helpful",
    "very helpful",
    "so helpful",
];

const DEFAULT_OWN_SUBJECTS: &str = word_list![
    "we",
    "we'll",
    "we've",
    "we'd",
    "our",
    "i",
    "i'll",
    "i've",
];

const DEFAULT_STANCES: &str = word_list![
    "reckon", "think", "believe", "know", "suspect", "guess", "bet", "gather", "understand", "say",
    "imagine",
];

const DEFAULT_HEARING: &str = word_list![
    "told",
    "tell~",
    "hear~",
    "heard",
    "contact~",
    "calls",
    "callers",
    "emails",
    "messages",
    "letters",
    "complain~",
    "complaint~",
    "raise~",
    "report~",
    "stories",
    "story",
    "receiv~",
    "see",
    "seeing",
    "seen",
    "come~ to us",
    "came to us",
    "in touch",
    "lost count",
    "inbox",
    "casework",
    "postbag",
    "mailbag",
    "had",
    "get",
    "got",
];

const DEFAULT_CONCERNS: &str = word_list![
    "we've heard many similar",
    "we have heard many similar",
    "we've heard similar",
    "we have heard similar",
    "we've heard * similar",
    "we have heard * similar",
    "many similar stories",
    "many similar experiences",
    "many similar complaints",
    "several similar",
    "there is a pattern",
    "there's a pattern",
    "there is * a pattern",
    "there's * a pattern",
    "a pattern here",
    "a clear pattern",
    "see a pattern",
    "seeing a pattern",
    "a pattern of",
    "part of a pattern",
    "part of a wider pattern",
    "ongoing concerns",
    "ongoing issues",
    "ongoing problems",
    "long standing concerns",
    "longstanding concerns",
    "we have received several",
    "we've received several",
    "we have received a number of",
    "we've received a number of",
    "we have received many",
    "we've received many",
    "several complaints",
    "numerous complaints",
    "many complaints",
    "a number of complaints",
    "this is not the first time we",
    "not the first time we've",
    "not the first time we have",
    "not the first time this service",
    "a number of people have told us",
    "many people have told us",
    "other people have told us",
    "others have told us",
    "widespread problem*",
    "widespread concern*",
    "widespread issue*",
    "systemic problem*",
    "systemic issue*",
    "systemic failing*",
    "systemic failure*",
    "systemic concern*",
    "keep~ hear~ about",
    "keep~ hear~ the same",
    "same old story",
    "not an isolated",
    "isn't an isolated",
    "not a one off",
    "isn't a one off",
    "all too familiar",
    "all too common",
    "far too common",
    "sadly common",
    "plenty of others",
    "plenty of other people",
    "we hear this a lot",
    "we hear this often",
    "we hear this all the time",
    "we keep hearing",
    "we often hear",
    "we frequently hear",
    "we regularly hear",
    "recurring problem*",
    "recurring theme",
    "common theme",
    "a known problem",
    "a known issue",
    "wider concerns",
    "wider problem*",
    "repeated concerns",
    "repeated problems",
    "repeated failings",
    "persistent problems",
    "persistent concerns",
    "keep~ come~ up",
    "keep~ crop~ up",
    "far from the first",
    "not the first time we",
    "isn't the first time we",
    "not the first time this",
    "steady stream",
    "a stream of",
    "a flood of",
    "similar call~",
    "similar case~",
    "similar report~",
    "similar contact~",
    "similar complaint~",
    "similar stories",
    "similar experiences",
    "long running",
    "long-running",
    "most common",
    "raise with us most",
    "tell us most",
    "we hear most",
    "countless",
    "becoming the norm",
    "become the norm",
    "is the norm",
    "are the norm",
    "the norm at",
    "well known problem",
    "well known issue",
    "well-known problem",
    "everyday story",
    "every day story",
    "so many of us",
    "crop~ up a lot",
    "come~ up a lot",
    "come~ up constantly",
    "come~ up again and again",
    "sore point",
    "all too often",
    "far too often",
    "more often than not",
    "we see this a lot",
    "we see this often",
    "we see this all the time",
    "hear~ this all the time",
    "recurring issue",
    "recurring problem",
    "a theme in",
    "a theme that",
    "a common theme",
    "a consistent theme",
    "consistent theme",
    "constant theme",
    "dozens of",
    "hundreds of",
    "scores of",
    "a spate of",
    "a rash of",
    "a wave of",
    "increasingly common",
    "on the rise",
    "growing problem",
    "growing concern",
    "growing issue",
    "a bigger problem",
    "a wider problem",
    "a wider issue",
    "wider issue",
    "the wider picture",
    "not alone in this",
    "not on your own in this",
    "you're one of many",
    "among many",
    "yet another",
    "another example of",
    "another case of",
    "typical of",
    "the usual story",
    "a familiar story",
    "heard it all before",
    "heard this before",
    "heard it before",
    "heard the same",
    "told us the same",
    "said the same",
    "the same complaint",
    "the same concern",
    "endemic",
    "rife",
    "chronic problem",
    "entrenched",
    "culture of",
    "institutional",
    "long term problem",
    "for a long time now",
    "for some time now",
    "for years now",
    "years of complaints",
    "months of complaints",
    "a history of",
    "track record",
    "reputation for",
    "notorious",
    "infamous",
    "more and more people",
    "more and more families",
    "increasing number",
    "increasing numbers",
    "ever more",
    "we are seeing more",
    "we're seeing more",
    "we've seen a",
    "we have seen a",
    "we keep seeing",
    "keep~ see~",
    "common complaint",
    "common problem",
    "common concern",
    "common issue",
    "frequent complaint",
    "frequent problem",
    "frequently raised",
    "often raised",
    "regularly raised",
    "raised many times",
    "raised before",
    "raised repeatedly",
    "many times before",
    "not new",
    "nothing new",
    "isn't new",
    "is not new",
    "same story",
    "same experience",
    "same problems",
    "same issues",
    "heard from lots of",
    "heard from many",
    "heard from others",
    "heard from other",
    "others have said",
    "others have raised",
    "other people have raised",
    "other families have",
    "other parents have",
    "other patients have",
    "other carers have",
    "isn't unusual",
    "is not unusual",
    "sadly not unusual",
    "we've noticed",
    "we have noticed",
    "we're noticing",
    "we are noticing",
    "we're seeing",
    "we are seeing",
    "ongoing problem",
    "a known issue with",
    "a problem across",
    "problems across",
    "regular complaint~",
    "regular problem~",
    "regular issue~",
    "regular theme",
    "a worrying pattern",
    "a * pattern of",
    "hear~ plenty",
    "hear~ a lot",
    "hear~ lots",
    "hear~ loads",
    "heard plenty",
    "heard a lot",
    "heard lots",
    "heard loads",
    "aware of difficulties",
    "aware of problems",
    "aware of issues",
    "aware of concerns",
    "aware of ongoing",
    "aware of the difficulties",
    "aware of the problems",
    "aware of the issues",
    "hear~ * again and again",
    "hear~ * time and again",
    "hear~ * over and over",
    "hear~ * time after time",
    "hear~ * * again and again",
    "hear~ * * time and again",
    "hear~ * * over and over",
    "hear~ again and again",
    "hear~ time and again",
    "time and again we",
    "time and again people",
    "again and again we",
    "again and again people",
    "time after time we",
    "time after time people",
];

const DEFAULT_EVIDENCE: &str = word_list![
    "cqc report*",
    "cqc's report*",
    "cqc's * report*",
    "cqc inspect*",
    "cqc rated",
    "cqc rates",
    "cqc has rated",
    "cqc have rated",
    "cqc found",
    "cqc said",
    "rated * by the",
    "rated * by",
    "rated inadequate",
    "requires improvement",
    "inspection*",
    "report found",
    "report showed",
    "report shows",
    "report highlighted",
    "published",
    "ombudsman report",
    "ombudsman's report",
    "healthwatch report",
    "national survey",
    "survey found",
    "survey showed",
    "review found",
    "investigation found",
    "inquiry found",
    "19* report",
    "20* report",
    "19* * report",
    "20* * report",
    "19* * * report",
    "20* * * report",
    "20* * * * report",
    "19* survey",
    "20* survey",
    "20* * survey",
    "20* * * survey",
    "20* * * * survey",
    "parliamentary question*",
    "written question*",
    "written answer*",
    "hansard",
    "freedom of information",
    "foi request*",
    "foi figures",
    "official figures",
    "official statistics",
    "latest figures",
    "published figures",
    "according to * figures",
    "according to * data",
    "according to the latest",
    "according to official",
    "figures from",
    "data from",
];

const DEFAULT_SOURCES: &str = word_list![
    "report",
    "reports",
    "review",
    "reviews",
    "survey",
    "surveys",
    "inspection",
    "inspections",
    "audit",
    "audits",
    "study",
    "research",
    "data",
    "figures",
    "statistics",
    "inquiry",
    "investigation",
    "evaluation",
    "analysis",
    "league table",
];

const DEFAULT_FINDINGS: &str = word_list![
    "found",
    "find~",
    "show~",
    "shown",
    "say~",
    "said",
    "set out",
    "sets out",
    "highlight~",
    "conclud~",
    "reveal~",
    "confirm~",
    "identif~",
    "rated",
    "rank~",
    "record~",
    "document~",
    "suggest~",
    "indicat~",
    "warn~",
    "describ~",
    "flag~",
    "point~ to",
];

const DEFAULT_EVIDENCE_LINKS: &str = word_list![
    "report~",
    "inspect~",
    "survey~",
    "data",
    "findings",
    "research~",
    "review~",
    "publication~",
    "statistic~",
    "stats",
    "evidence",
    "result~",
    "rating~",
    "audit~",
    "figures",
    "performance",
];

const DEFAULT_NEGATIONS: &str = word_list![
    "not aware",
    "unaware",
    "no other",
    "no similar",
    "no evidence",
    "no sign",
    "no pattern",
    "haven't heard",
    "have not heard",
    "hasn't been raised",
    "haven't seen",
    "have not seen",
    "not seen",
    "not heard",
    "don't hear",
    "do not hear",
    "rarely hear",
    "rarely see",
    "not something we",
    "isn't something we",
    "don't know of",
    "do not know of",
    "not know of",
    "not a pattern",
    "isn't a pattern",
    "not widespread",
    "isn't widespread",
    "not common",
    "isn't common",
    "not typical",
    "isn't typical",
];

/// The `unsubstantiated-concern` rule.
pub struct UnsubstantiatedConcern {
    concerns: PhraseSet,
    evidence: PhraseSet,
    sources: PhraseSet,
    findings: PhraseSet,
    evidence_links: PhraseSet,
    /// The words of `evidence_links` without their word-form marks, to find in addresses.
    evidence_link_words: Vec<String>,
    negations: PhraseSet,
    recurrence: PhraseSet,
    reports: PhraseSet,
    experiences: PhraseSet,
    generalisers: PhraseSet,
    advice: PhraseSet,
    campaigning: PhraseSet,
    /// The words of `others`, folded.
    other_words: Vec<String>,
    shared: Frame,
    repeated: PhraseSet,
    author_repeats: PhraseSet,
    own_accounts: PhraseSet,
    hypotheticals: PhraseSet,
    feelings: PhraseSet,
    praise: PhraseSet,
    own_subjects: PhraseSet,
    /// The words of `own_subjects`, folded.
    own_subject_words: Vec<String>,
    hearing: PhraseSet,
    /// Verbs of opinion after an opening subject, folded.
    stances: Vec<String>,
    /// Hosts of the organisation's own links.
    own_hosts: Vec<String>,
    /// Finds the sentences that name a problem with care.
    problem_topics: ProblemTopics,
}

impl UnsubstantiatedConcern {
    /// Compiles the phrase lists from `config`.
    pub fn new(config: &Config) -> Self {
        let s = &config.rules.unsubstantiated_concern;
        let own_hosts: Vec<_> = config.links.iter().filter_map(|l| url_host(&l.url)).collect();
        Self {
            concerns: PhraseSet::new(&s.concerns),
            evidence: PhraseSet::new(&s.evidence),
            sources: PhraseSet::new(&s.sources),
            findings: PhraseSet::new(&s.findings),
            evidence_links: PhraseSet::new(&s.evidence_links),
            evidence_link_words: s
                .evidence_links
                .iter()
                .map(|w| fold_text(w.trim_end_matches(['~', '*'])))
                .collect(),
            negations: PhraseSet::new(&s.negations),
            recurrence: PhraseSet::new(&s.recurrence),
            reports: PhraseSet::new(&s.reports),
            experiences: PhraseSet::new(&s.experiences),
            generalisers: PhraseSet::new(&s.generalisers),
            advice: PhraseSet::new(&s.advice),
            campaigning: PhraseSet::new(&s.campaigning),
            other_words: fold_each(&s.others),
            shared: Frame::new(vec![
                PhraseSet::new(&s.quantities),
                PhraseSet::new(&s.others),
                PhraseSet::new(&s.problems),
            ]),
            repeated: PhraseSet::new(&s.repeated),
            author_repeats: PhraseSet::new(&s.author_repeats),
            own_accounts: PhraseSet::new(&s.own_accounts),
            hypotheticals: PhraseSet::new(&s.hypotheticals),
            feelings: PhraseSet::new(&s.feelings),
            praise: PhraseSet::new(&s.praise),
            own_subjects: PhraseSet::new(&s.own_subjects),
            own_subject_words: fold_each(&s.own_subjects),
            hearing: PhraseSet::new(&s.hearing),
            stances: fold_each(&s.stances),
            own_hosts,
            problem_topics: ProblemTopics::new(&s.problem_topics),
        }
    }

    /// True when `url` is on the organisation's own site.
    fn is_own(&self, url: &str) -> bool {
        url_host(url).is_some_and(|h| self.own_hosts.contains(&h))
    }

    /// Whether the draft cites public evidence for the `concerns`, and whether it links to the
    /// organisation's own pages (which do not count).
    fn evidence(&self, ctx: &Context, concerns: &[Span]) -> (bool, bool) {
        let doc = ctx.draft;
        let text = doc.text();
        let (mut cited, mut own) = (false, false);
        let mut sentences: Vec<usize> = concerns
            .iter()
            .filter_map(|&c| doc.sentence_at(c))
            .collect();
        let words = self.evidence_links.find_all(doc);
        sentences.extend(words.iter().filter_map(|w| doc.sentence_at(w.span)));
        for &url in doc.urls() {
            let address = url.text(text);
            if self.is_own(address) {
                own = true;
            } else if let Some(path) = page_path(address) {
                // A site's home page ("https://www.hccc.nsw.gov.au", "pals.org.uk") names a
                // service to contact, not a source; so does a page of one ("…/make-a-complaint")
                // given apart from the concern, even on an inspector's site
                // ("careinspectorate.com/complaints"): the page, not the host, says which.
                let path = fold_text(path);
                cited = cited
                    || doc.sentence_at(url).is_some_and(|at| sentences.contains(&at))
                    || self.evidence_link_words.iter().any(|w| path.contains(w.as_str()));
            }
        }
        cited = cited || self.evidence.find_first(ctx.draft).is_some() || self.source_finds(doc);
        (cited, own)
    }

    /// True when the feeling at `span` follows the organisation in a relative clause that says
    /// who ("every family we meet", "the families we support"), not what anyone feels; "we
    /// help many families" opens its clause and says what the organisation does.
    fn says_who(&self, doc: &Document, span: Span) -> bool {
        let text = doc.text();
        word_before(doc, span).is_some_and(|subject| {
            self.own_subject_words.contains(&subject.norm)
                && word_before(doc, subject.span).is_some_and(|noun| {
                    doc.sentence_at(noun.span) == doc.sentence_at(subject.span)
                        && !CLAUSE_OPENERS.contains(&noun.norm.as_str())
                        && text[noun.span.end..subject.span.start].trim().is_empty()
                })
        })
    }

    /// True when a sentence names a source and then, within a few words, what it found
    /// ("Healthwatch Ashby's report 'Hanging on the Line' (March 2026) found…"), wherever it
    /// stands in the draft. The source is a named one: after "the", a possessive, a year or a
    /// name ("the report", "RQIA's review", "2025 survey", "NHS report"), not a verb ("people
    /// report the same and say…").
    fn source_finds(&self, doc: &Document) -> bool {
        let words = doc.words();
        let text = doc.text();
        let index = |span: Span| words.partition_point(|w| w.span.start < span.start);
        let findings = self.findings.find_all(doc);
        self.sources.find_all(doc).iter().any(|source| {
            let at = index(source.span);
            let sentence = doc.sentence_at(source.span);
            let opens = |i: usize| sentence.is_none_or(|s| doc.sentences()[s].words.start == i);
            let named = at.checked_sub(1).is_some_and(|i| {
                let before = &words[i];
                let word = before.span.text(text);
                SOURCE_OPENERS.contains(&before.norm.as_str())
                    || before.norm.ends_with("'s")
                    || word.chars().all(|c| c.is_ascii_digit())
                    || word.chars().all(|c| c.is_uppercase())
                    || (!opens(i) && word.chars().next().is_some_and(char::is_uppercase))
            });
            named
                && findings.iter().any(|f| {
                    f.span.start > source.span.end
                        && index(f.span) <= at + SOURCE_REACH
                        && doc.sentence_at(f.span) == sentence
                })
        })
    }
}

impl UnsubstantiatedConcern {
    /// Each sentence's first word of `recurrence` with a word of `reports` or another of
    /// `recurrence` apart from it ("for years" with "the surgery"; "many people" alone is no
    /// claim), from one to the other.
    /// Each pair is the word of `recurrence` and the span to underline.
    fn recurrences(&self, doc: &Document, recurrences: &[PhraseMatch]) -> Vec<(Span, Span)> {
        let reports = self.reports.find_all(doc);
        let mut found: Vec<(Span, Span)> = Vec::new();
        for recurrence in recurrences {
            let at = doc.sentence_at(recurrence.span);
            let same = |span: Span| doc.sentence_at(span) == at;
            if at.is_none() || found.iter().any(|&(f, _)| same(f)) {
                continue;
            }
            // Two words of spread or frequency ("a real trend across the region") say it
            // without a word of a problem.
            let partner = reports
                .iter()
                .chain(recurrences)
                .find(|r| same(r.span) && !r.span.overlaps(recurrence.span));
            if let Some(partner) = partner {
                found.push((recurrence.span, recurrence.span.union(partner.span)));
            }
        }
        found
    }

    /// The verbs of campaigning whose subject is the responder, the organisation or a named
    /// person ("we have raised", "Ms Reid has been pressing"), not others ("patients have
    /// raised") nor left out by a passive ("it has been raised"), each from its subject to
    /// the verb.
    fn own_campaigns(&self, doc: &Document) -> Vec<Span> {
        let words = doc.words();
        self.campaigning
            .find_all(doc)
            .iter()
            .filter_map(|m| {
                let at = words.partition_point(|w| w.span.start < m.span.start);
                let progressive = words[at].norm.ends_with("ing");
                let sentence = doc.sentence_at(m.span).map(|i| &doc.sentences()[i])?;
                let mut i = at;
                while i > sentence.words.start && AUXILIARIES.contains(&words[i - 1].norm.as_str()) {
                    i -= 1;
                }
                let passive = !progressive
                    && at > sentence.words.start
                    && BEING.contains(&words[at - 1].norm.as_str());
                if passive || i == sentence.words.start {
                    return None;
                }
                let subject = &words[i - 1];
                let named = i - 1 > sentence.words.start
                    && doc.text()[subject.span.start..].starts_with(char::is_uppercase);
                // "our chair has raised…", "my colleague has been pressing…"
                let ours = i >= 2 && matches!(words[i - 2].norm.as_str(), "our" | "my");
                let own = (OWN_PRONOUNS.contains(&subject.norm.as_str()) || named || ours)
                    && !self.other_words.contains(&subject.norm);
                own.then(|| subject.span.union(m.span))
            })
            .collect()
    }

    /// Each mention of the responder's own experience with a word of `generalisers` in its
    /// clause ("in my experience the lounge there is always slow"), and the span from one to
    /// the other. "In my experience it helps to write it down" generalises nothing, and
    /// advice drawn from it ("in my experience you should always ask") claims nothing.
    fn generalised_experiences(&self, doc: &Document) -> Vec<(Span, Span)> {
        let experiences = self.experiences.find_all(doc);
        if experiences.is_empty() {
            return Vec::new();
        }
        let generalisers = self.generalisers.find_all(doc);
        let advice = self.advice.find_all(doc);
        let text = doc.text();
        experiences
            .iter()
            .filter_map(|e| {
                // The comma that sets the phrase off ("In my experience, the ward…") opens
                // the clause it speaks for rather than closing it.
                let rest = &text[e.span.end..];
                let trimmed = rest.trim_start_matches(' ');
                let lead = match trimmed.strip_prefix(',') {
                    Some(after) => Span::new(e.span.start, text.len() - after.len()),
                    None => e.span,
                };
                let g = generalisers
                    .iter()
                    .find(|g| same_clause(doc, lead, g.span, &CLAUSE_MARKS))?;
                let advised = advice
                    .iter()
                    .any(|a| same_clause(doc, lead, a.span, &CLAUSE_MARKS));
                if advised {
                    return None;
                }
                Some((e.span, e.span.union(g.span)))
            })
            .collect()
    }

    /// The clauses that open with the organisation as their subject and hold no word of
    /// hearing about a problem: what it does itself ("our volunteers visit the ward every
    /// week", "every month we share Deaf people's stories with the trust", "the home is in my
    /// ward and I visit it regularly"), not what others tell it. "I have to say I agree, the
    /// parking has been a disgrace for years" says more after its first clause. A sentence's
    /// opening clause is read whole; a later one, or one after a time phrase, by its own words.
    fn own_doings(&self, doc: &Document, times: &[PhraseMatch]) -> Vec<Span> {
        let hearing = self.hearing.find_all(doc);
        let sentences = doc.sentences();
        let words = doc.words();
        let text = doc.text();
        self.own_subjects
            .find_all(doc)
            .iter()
            .filter_map(|m| {
                let at = doc.sentence_at(m.span)?;
                let sentence = sentences[at].span;
                let index = words.partition_point(|w| w.span.start < m.span.start);
                let opens = index == sentences[at].words.start;
                let after_time = times
                    .iter()
                    .any(|t| t.span.start == sentence.start && word_after(doc, t.span).is_some_and(|w| w.span == m.span));
                let after_break = !opens && {
                    let before = &words[index - 1];
                    CLAUSE_OPENERS.contains(&before.norm.as_str())
                        || first_mark(&text[before.span.end..m.span.start]).is_some()
                };
                if !(opens || after_time || after_break)
                    || word_after(doc, m.span).is_some_and(|w| self.stances.contains(&w.norm))
                {
                    return None;
                }
                let rest = &text[m.span.end..sentence.end];
                let end = first_mark(rest).map_or(sentence.end, |i| m.span.end + i);
                let start = if after_break { m.span.start } else { sentence.start };
                let clause = Span::new(start, end);
                let heard = hearing.iter().any(|h| {
                    if opens {
                        doc.sentence_at(h.span) == Some(at)
                    } else {
                        // "Deaf people's stories" are passed on, not heard.
                        clause.start <= h.span.start
                            && h.span.end <= clause.end
                            && !word_before(doc, h.span).is_some_and(|w| w.norm.ends_with("'s"))
                    }
                });
                (!heard).then_some(clause)
            })
            .collect()
    }
}

/// Marks that end a clause of the organisation's own doing.
const CLAUSE_MARKS: [&str; 6] = [",", ";", ":", "\u{2014}", "\u{2013}", " - "];

/// Where the first of `CLAUSE_MARKS` in `text` is.
fn first_mark(text: &str) -> Option<usize> {
    CLAUSE_MARKS.iter().filter_map(|m| text.find(m)).min()
}

/// Words that open a new clause ("…is in my ward and I visit it regularly").
const CLAUSE_OPENERS: [&str; 3] = ["and", "but", "where"];

/// Words before a source that make it a named one ("the review", "a national survey").
const SOURCE_OPENERS: [&str; 13] = [
    "the", "a", "its", "their", "our", "his", "her", "latest", "recent", "annual", "national",
    "this", "independent",
];

/// How many words after a source its finding may come ("the review of domiciliary care
/// (rqia.org.uk) found").
const SOURCE_REACH: usize = 12;

/// Marks that end a clause of feeling: a feeling or a wish in one does not speak for the next.
const CLAUSE_BREAKS: [&str; 1] = [";"];

/// True when `a` and `b` are in one sentence with none of `marks` between them.
fn same_clause(doc: &Document, a: Span, b: Span, marks: &[&str]) -> bool {
    if doc.sentence_at(a) != doc.sentence_at(b) {
        return false;
    }
    let (start, end) = if a.start < b.start { (a.end, b.start) } else { (b.end, a.start) };
    start > end || {
        let between = &doc.text()[start..end];
        !marks.iter().any(|m| between.contains(m))
    }
}

/// True for a concern that only says "the same" or "similar" ("much the same experience"),
/// not for how long or how often ("always the same", "the same then").
fn is_one_more_case(concern: &str) -> bool {
    let concern = fold_text(concern);
    let words: Vec<&str> = concern.split_whitespace().collect();
    words.iter().any(|w| ["same", "similar"].contains(w))
        && !words.iter().any(|w| ["always", "then", "still", "every", "again"].contains(w))
}

/// The word just before `span`, in its sentence or not.
/// Words that make the "-ing" word after them a noun ("every meeting", "the next meeting").
const DETERMINERS: &[&str] = &[
    "every", "each", "the", "a", "an", "our", "this", "that", "next", "last", "their", "any",
];

/// True when the feeling word at `span` is an "-ing" word after a determiner: an event ("we
/// hear it at every meeting"), not anyone's feeling.
fn names_an_event(doc: &Document, span: Span) -> bool {
    span.text(doc.text()).ends_with("ing")
        && word_before(doc, span).is_some_and(|w| DETERMINERS.contains(&w.norm.as_str()))
}

fn word_before(doc: &Document, span: Span) -> Option<&Word> {
    let words = doc.words();
    let at = words.partition_point(|w| w.span.start < span.start);
    at.checked_sub(1).map(|i| &words[i])
}

/// The word just after `span`.
fn word_after(doc: &Document, span: Span) -> Option<&Word> {
    let words = doc.words();
    words.get(words.partition_point(|w| w.span.start < span.end))
}

/// The path of `url` below its site's home page ("location/1-234" in
/// "cqc.org.uk/location/1-234"), or `None` for a home page.
fn page_path(url: &str) -> Option<&str> {
    let rest = url.split_once("://").map_or(url, |(_, rest)| rest);
    rest.split_once('/')
        .map(|(_, path)| path)
        .filter(|path| path.chars().any(char::is_alphanumeric))
}

impl Rule for UnsubstantiatedConcern {
    fn id(&self) -> &str {
        "unsubstantiated-concern"
    }

    fn guideline(&self) -> &str {
        "If you want to highlight wider concerns around a specific service, you should aim to substantiate these by reference to other evidence in the public domain."
    }

    fn why(&self) -> &str {
        "A claim that a problem is widespread carries your organisation's weight. Pointing to \
         published evidence lets readers check it and keeps it fair to the service."
    }

    fn default_severity(&self) -> Severity {
        Severity::Warning
    }

    fn settings<'a>(&'a self, config: &'a Config) -> &'a dyn CommonSettings {
        &config.rules.unsubstantiated_concern
    }

    fn check(&self, ctx: &Context) -> Vec<Finding> {
        let mut found = self.concerns.find_all(ctx.draft);
        let doc = ctx.draft;
        // "families we support" and "every family we meet" say who, not how anyone feels; "I'd
        // say" gives a view, not a wish.
        let times = self.recurrence.find_all(doc);
        let mut feelings: Vec<Span> = self
            .feelings
            .find_all(doc)
            .iter()
            .filter(|m| !self.says_who(doc, m.span) && !names_an_event(doc, m.span))
            .map(|m| m.span)
            .collect();
        feelings.extend(
            self.hypotheticals
                .find_all(doc)
                .iter()
                .filter(|m| !word_after(doc, m.span).is_some_and(|w| self.stances.contains(&w.norm)))
                .map(|m| m.span),
        );
        // Praise and the author's own repeats speak for their clause: "Thank you for sharing,
        // this is something we hear about the surgery constantly" still claims a pattern.
        let praise: Vec<Span> = self.praise.find_all(doc).iter().map(|m| m.span).collect();
        let praised = |span: Span| praise.iter().any(|&p| same_clause(doc, p, span, &CLAUSE_MARKS));
        // A feeling or a wish speaks for its own clause too, and a clause of feeling runs on
        // past commas: "I'd take the meeting with a pinch of salt; these meetings rarely
        // change much" still claims a pattern.
        let felt = |span: Span| {
            praised(span) || feelings.iter().any(|&f| same_clause(doc, f, span, &CLAUSE_BREAKS))
        };
        let own_doings = self.own_doings(doc, &times);
        let own = |span: Span| {
            own_doings
                .iter()
                .any(|c| c.start <= span.start && span.start < c.end)
        };
        let authors: Vec<Span> = self.author_repeats.find_all(doc).iter().map(|m| m.span).collect();
        let authors_own = |span: Span| authors.iter().any(|&a| same_clause(doc, a, span, &CLAUSE_MARKS));
        found.retain(|concern| !praised(concern.span));
        let mut everyday: Vec<(Span, Span)> = self
            .recurrences(doc, &times)
            .into_iter()
            .filter(|&(_, span)| !authors_own(span))
            .collect();
        everyday.extend(self.generalised_experiences(doc));
        everyday.extend(self.shared.find_all(doc).iter().map(|frame| {
            let span = frame.parts[0].union(frame.parts[1]);
            (span, span)
        }));
        // How often or how widely, said of no problem with care, may be a routine or a
        // condition: a hint. An idiom of `repeated` with a word of its own says the problem.
        let problem_sentences = self.problem_topics.sentences(doc);
        let mut unsure: Vec<Span> = Vec::new();
        let mut note_unsure = |span: Span| {
            if !about_a_problem(doc, span, &problem_sentences) {
                unsure.push(span);
            }
        };
        for (phrase, span) in everyday {
            if !felt(span)
                && !own(phrase)
                && !own(span)
                && !found.iter().any(|c| c.span.overlaps(span))
            {
                note_unsure(span);
                found.push(PhraseMatch {
                    span,
                    phrase: usize::MAX,
                });
            }
        }
        for repeat in self.repeated.find_all(ctx.draft) {
            if !felt(repeat.span)
                && !own(repeat.span)
                && !authors_own(repeat.span)
                && !found.iter().any(|c| c.span.overlaps(repeat.span))
            {
                if only_measures(doc, repeat.span) {
                    note_unsure(repeat.span);
                }
                found.push(repeat);
            }
        }
        let mut accounts = Vec::new();
        for account in self.own_accounts.find_all(doc) {
            accounts.extend(doc.sentence_at(account.span));
        }
        found.retain(|c| {
            !(doc.sentence_at(c.span).is_some_and(|at| accounts.contains(&at))
                && is_one_more_case(c.span.text(doc.text())))
        });
        // A "not" inside a concern ("not the first time we've…") denies nothing.
        let mut negations = self.negations.find_all(ctx.draft);
        negations.retain(|n| !found.iter().any(|c| c.span.overlaps(n.span)));
        let mut concerns = Vec::new();
        for concern in &found {
            if !cued_before(ctx.draft, concern.span, &negations) {
                concerns.push(concern.span);
            }
        }
        if !concerns.is_empty() {
            let campaigns = self.own_campaigns(doc);
            // What comes before the campaigner ("waiting lists have been out of control for
            // years, and the Deputy has been raising it") is still a claim.
            concerns.retain(|&c| {
                !campaigns
                    .iter()
                    .any(|&k| c.end > k.start && same_clause(doc, k, c, &CLAUSE_MARKS))
            });
        }
        if concerns.is_empty() {
            return Vec::new();
        }
        let (cited, own_links) = self.evidence(ctx, &concerns);
        if cited {
            return Vec::new();
        }
        let own_note = if own_links {
            " (a link to your own services is not evidence of it)"
        } else {
            ""
        };
        let message = format!(
            "This raises a wider concern without evidence{own_note}. Link to a published source \
             (an inspection or report), or keep the reply to this author\u{2019}s experience."
        );
        let mut findings = Vec::new();
        for (span, held) in merge_by_sentence(ctx.draft, &concerns) {
            let mut finding = rule_finding(self, Some(span), message.clone());
            if held.iter().all(|&at| unsure.contains(&concerns[at])) {
                finding.severity = Severity::Hint;
            }
            findings.push(finding);
        }
        findings
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{
        assert_configurable, assert_fires, assert_silent, findings, findings_with, flagged, story,
    };
    use crate::Config;

    const ID: &str = "unsubstantiated-concern";

    #[test]
    fn fires_on_rules_md_examples() {
        for draft in [
            "We've heard many similar stories about this ward.",
            "There is a pattern here.",
            "We have ongoing concerns about this service.",
        ] {
            assert_fires(ID, draft);
        }
    }

    #[test]
    fn fires_on_everyday_claims_that_a_problem_recurs_or_is_shared() {
        for draft in [
            "Sadly we hear about waits like this at the hospital week in, week out.",
            "This keeps happening at the surgery.",
            "A lot of families have come to us about visiting at the home.",
            "Your experience is far from unusual at that department.",
            "The practice has form on this.",
            "This is far from an isolated incident.",
        ] {
            assert_fires(ID, draft);
        }
    }

    #[test]
    fn fires_on_acts_done_to_many() {
        for draft in [
            "Caledon Road have done this before to lots of people we know.",
            "I've seen that agency pull this stunt on plenty of families.",
            "Honestly half the people in our group have been through the very same with the Ulster.",
            "Barry is not the first dad to get the runaround from the scheme.",
        ] {
            assert_fires(ID, draft);
        }
    }

    #[test]
    fn an_opinion_verb_after_the_opening_subject_makes_a_claim() {
        assert_fires(ID, "I reckon that clinic is always the same for this.");
        assert_silent(ID, "Our volunteers visit the ward every week.");
    }

    #[test]
    fn fires_on_claims_that_a_problem_is_normal_or_everywhere() {
        for draft in [
            "Trolley waits like this are happening in every hospital in the country.",
            "Corridor waits at the hospital are nothing out of the ordinary.",
            "Waits like this are the rule rather than the exception at that A&E.",
            "Families tell us about corridor waits at the hospital almost daily.",
            "This office is aware of difficulties with telephone access at the practice.",
            "It's hardly the first time the hospital has left someone in a corridor.",
        ] {
            assert_fires(ID, draft);
        }
    }

    #[test]
    fn the_inspector_named_as_a_route_backs_nothing() {
        assert_fires(
            ID,
            "Cut-back visiting at care homes keeps coming up. The CQC's feedback form is online.",
        );
        assert_silent(
            ID,
            "Cut-back visiting at care homes keeps coming up; the CQC rated the home inadequate.",
        );
    }

    #[test]
    fn a_feeling_or_wish_speaks_for_its_own_clause() {
        assert_fires(
            ID,
            "I'd take the meeting with a pinch of salt; the surgery has been like this for years.",
        );
        assert_silent(ID, "I'd be at the surgery every day if it were my dad.");
        assert_silent(ID, "Having to retell it to the hospital every time is exhausting.");
    }

    #[test]
    fn a_complaints_page_on_an_inspectors_site_is_a_route_not_evidence() {
        assert_fires(
            ID,
            "Folk have been telling us about the home for years. Complain at www.careinspectorate.com/complaints.",
        );
        assert_silent(
            ID,
            "Folk have been telling us about the home for years. See www.careinspectorate.com/reports/braeside.",
        );
    }

    #[test]
    fn a_year_before_a_named_survey_or_report_backs_the_concern() {
        assert_silent(
            ID,
            "In the 2024 Private Lives survey by La Trobe, many people reported the same problems.",
        );
    }

    #[test]
    fn fires_on_recurrence_and_spread_in_other_everyday_words() {
        for draft in [
            "We are hearing of repairs being put off in flats all over the county.",
            "Queues for the phone line there are the stuff of legend.",
            "I'm afraid you're in good company with that pharmacy.",
            "You're the third person this week to tell us about the booking system.",
            "My aunt was in that unit a decade ago and it was the same back then.",
            "Discharges like this happen to so many older people.",
            "Our office has had a large number of complaints about the clinic.",
        ] {
            assert_fires(ID, draft);
        }
    }

    #[test]
    fn fires_on_how_often_or_how_widely_a_service_fails_in_any_words() {
        for draft in [
            "We've had loads of calls about the new booking system at the practice.",
            "We get emails about the pharmacy at least once a week.",
            "The A&E at Millbrook routinely leaves people in corridors overnight.",
            "Families across the borough are telling us the same.",
            "We've lost count of the people who've contacted us about the dental practice.",
            "People in this town have been complaining about that surgery for a decade.",
            "There's been a string of complaints about the maternity unit.",
            "Your story echoes dozens we have heard.",
            "Unfortunately there's a lot of this going around with reassessments.",
            "Deputy Nolan has been hearing a lot about home support.",
            "This isn't the first time the office has had this about Kelbrook, far from it.",
            "I have to say I agree, the parking at Beaumont is a disgrace and has been that way forever.",
        ] {
            assert_fires(ID, draft);
        }
    }

    #[test]
    fn silent_on_praise_and_on_what_the_organisation_does_itself() {
        assert_silent(ID, "Several people have written lovely things about the ward staff.");
        assert_silent(ID, "We hear from lots of people who want to say thank you.");
        assert_silent(ID, "Our volunteers visit the hospital every week to listen to patients.");
        assert_silent(ID, "We've heard from other families who found the advocacy service useful.");
        assert_silent(ID, "It must be exhausting to keep chasing the surgery week after week.");
        assert_silent(ID, "If I'm honest my instinct would be to ring the booking line every week.");
        assert_silent(ID, "You said this is the third time this year the clinic has cancelled.");
        assert_silent(ID, "Yes, many people do.");
        assert_silent(ID, "Being spoken to like that in front of other patients would upset anyone.");
    }

    #[test]
    fn a_link_to_a_service_is_no_evidence_but_a_link_given_with_the_concern_is() {
        let apart = "We've heard this from lots of other patients at the clinic. You can complain \
                     online at www.ombudsman.example/complain-now.";
        assert_fires(ID, apart);
        let with_it = "We've heard this from lots of other patients at the clinic \
                       (www.localnews.example/clinic-waits).";
        assert_silent(ID, with_it);
        let figures = "We've heard this from lots of other patients at the clinic. The \
                       figures are at www.nhs.example/clinic-waits.";
        assert_silent(ID, figures);
    }

    #[test]
    fn silent_on_shared_feelings_help_and_the_authors_own_repeats() {
        assert_silent(ID, "Going over and over it is part of grieving.");
        assert_silent(ID, "I've been let down myself more than once, so I understand.");
        assert_silent(ID, "Thank you for writing so that other families are spared the same.");
        assert_silent(ID, "You're not the only one to find the forms hard going.");
        assert_silent(ID, "Lots of carers tell us learning dressings gives them confidence.");
        assert_silent(ID, "Lots of families use our carers’ café every Wednesday.");
        assert_silent(ID, "I’m sorry this keeps happening.");
        assert_silent(ID, "We help many families to raise concerns about care homes.");
        assert_silent(ID, "It has happened to you more than once, which must be so worrying.");
    }

    #[test]
    fn a_named_source_and_what_it_found_back_the_concern_anywhere_in_the_draft() {
        for draft in [
            "Mrs Garside has heard from a number of constituents about the 8am rush, and Healthwatch Ashby's report 'Hanging on the Line' (March 2026) found two in five could not get through.",
            "People tell us this happens a lot at blood tests. The NHS report 'LeDeR 2024' says too many people miss health checks.",
            "Waits at the Southern Trust are among the longest for years - the RQIA's 2025 review of CAMHS set out the same pattern.",
        ] {
            assert_silent(ID, draft);
        }
        // "report" as a verb names no source.
        assert_fires(ID, "Many families report the same problems at the ward and say nothing changes.");
    }

    #[test]
    fn the_organisations_own_doing_in_a_later_clause_or_after_a_time_phrase_is_no_claim() {
        assert_silent(ID, "Oakfield House is in my ward and I visit it regularly.");
        assert_silent(ID, "Every month we share Deaf people's stories with the trust's equality team.");
        assert_fires(ID, "Every week we hear from families about waits at the hospital.");
    }

    #[test]
    fn who_the_organisation_meets_is_no_feeling_and_a_view_is_no_wish() {
        assert_fires(ID, "The same thing has happened to so many of the families we support.");
        assert_fires(ID, "Respite has been slashed all over the county and every family we meet says the same.");
        assert_fires(ID, "I'd say there isn't a family in Galway that hasn't a trolley story from St Brigid's.");
        assert_silent(ID, "If it keeps happening, HIQA's concerns line is 021 240 9646.");
    }

    #[test]
    fn the_responders_own_story_is_one_more_case_unless_it_says_how_often() {
        assert_silent(ID, "My own mother had much the same experience in the same department.");
        assert_fires(ID, "My own husband had his hip cancelled twice at Shannon, it's always the same there.");
    }

    #[test]
    fn sympathy_thanks_and_praise_speak_for_their_own_clause() {
        for draft in [
            "Sorry you have been let down, it happens all the time at that practice.",
            "I'm sorry you were left waiting - sadly the ward is always short staffed.",
            "Thank you for sharing, this is something we hear about the surgery constantly.",
        ] {
            assert_fires(ID, draft);
        }
        assert_silent(ID, "I'm sorry this keeps happening to you.");
        assert_silent(ID, "Lots of carers tell us that, after discharge, they feel abandoned.");
        assert_silent(ID, "I've always found the nurses wonderful, so I'm sure this was a one-off.");
    }

    #[test]
    fn a_fix_from_now_on_or_an_invitation_to_others_is_no_claim() {
        assert_silent(ID, "The hospital says your record will now be flagged so an interpreter is booked every time.");
        assert_silent(ID, "Constituents experiencing similar issues may contact the office.");
    }

    #[test]
    fn fires_on_counting_idioms() {
        assert_fires(ID, "This office has been contacted about dentistry in Ceredigion more times than I can count.");
        assert_fires(ID, "This is the third story about trolley waits in Ardmore this month.");
    }

    #[test]
    fn silent_when_backed_by_public_evidence() {
        assert_silent(
            ID,
            "We have ongoing concerns about this service, as the CQC’s 2024 inspection report found.",
        );
        assert_silent(
            ID,
            "We’ve heard many similar stories: see https://www.example.org/reports/waiting-times.",
        );
        assert_silent(
            ID,
            "There is a pattern, which our 2025 annual report sets out.",
        );
    }

    #[test]
    fn silent_on_a_single_story_or_the_authors_own_repeats() {
        assert_silent(ID, "I’m sorry this has happened to you.");
        assert_silent(
            ID,
            "This is not the first time you have had to chase them, I know.",
        );
        assert_silent(ID, "We will include your story in our report.");
        assert_silent(ID, "We are not aware of a wider problem at the department.");
    }

    #[test]
    fn underlines_the_concerns_of_each_sentence_once_in_a_whole_reply() {
        let draft = "Dear hedgerow_walker,\n\nI’m sorry about your wait. This is not the first \
                     time we’ve heard this, and a number of people have told us the same. There \
                     is a pattern.\n\nBest wishes,\nSam";
        assert_eq!(
            flagged(ID, draft),
            [
                "not the first time we’ve heard this, and a number of people have told us",
                "There is a pattern"
            ]
        );
    }

    #[test]
    fn word_lists_are_config_data() {
        let config = Config::from_json(
            r#"{"rules": {"unsubstantiated-concern": {"concerns": ["same old story"], "evidence": ["our dashboard"]}}}"#,
        )
        .unwrap();
        let draft = "It’s the same old story.";
        assert_eq!(findings_with(ID, draft, &story(), &config).len(), 1);
        let backed = "It’s the same old story, as our dashboard shows.";
        assert!(findings_with(ID, backed, &story(), &config).is_empty());
    }

    #[test]
    fn the_organisations_own_links_are_not_evidence() {
        let config = Config::from_json(
            r#"{"links": [{"label": "Advocacy", "url": "https://www.healthwatchexampleshire.org.uk/advocacy"}]}"#,
        )
        .unwrap();
        let draft = "We’ve heard many similar stories, and there is a pattern of ongoing concerns. \
                     Our advocacy service can help: https://www.healthwatchexampleshire.org.uk/advocacy";
        let found = findings_with(ID, draft, &story(), &config);
        assert!(!found.is_empty());
        assert!(
            found[0].message.contains("your own services"),
            "{}",
            found[0].message
        );
        let own_site = "There is a pattern: healthwatchexampleshire.org.uk/contact";
        assert!(!findings_with(ID, own_site, &story(), &config).is_empty());
        let elsewhere = "There is a pattern: https://www.cqc.example/reports/eastbrook";
        assert!(findings_with(ID, elsewhere, &story(), &config).is_empty());
        assert!(!findings(ID, "There is a pattern here.")[0]
            .message
            .contains("your own"));
    }

    #[test]
    fn fires_on_patterns_systems_and_rhetorical_generalisations() {
        for draft in [
            "There's definitely a pattern here.",
            "The whole system is failing people like you.",
            "Why is it always the bush clinics that get dropped first?",
            "This has become a real trend across the region.",
            "I have heard this story time and again from families in the constituency.",
            "Clearly the problem goes much wider than your case.",
        ] {
            assert_fires(ID, draft);
        }
    }

    #[test]
    fn silent_on_the_authors_own_telling_route_coverage_and_statistics_shown() {
        assert_silent(ID, "Telling your story over and over is a lot to ask of anyone.");
        assert_silent(ID, "It's natural to go over it again and again.");
        assert_silent(ID, "The Patient and Client Council offers support across the region.");
        assert_silent(
            ID,
            "Public Health Scotland's weekly A&E statistics show the hospital has been below the standard all year.",
        );
        assert_fires(
            ID,
            "It keeps coming up in our conversations. You can find your local adviser at https://www.cas.org.uk/pass.",
        );
    }

    #[test]
    fn how_often_said_of_no_problem_with_care_is_a_hint() {
        let routine = findings(ID, "The surgery runs a carers' clinic every week.");
        assert_eq!(routine[0].severity, crate::Severity::Hint);
        let failing = findings(ID, "Appointments at the surgery are cancelled every week.");
        assert_eq!(failing[0].severity, crate::Severity::Warning);
    }

    #[test]
    fn the_responders_experience_made_a_rule_is_a_claim_but_a_tip_from_it_is_not() {
        for draft in [
            "In my experience that unit always sends people home before they're ready.",
            "From my own experience, the clinic there is one of the worst for cancelling.",
            "Those panels seldom change their minds, in my experience.",
            "In my experience these meetings rarely change anything.",
        ] {
            assert!(!findings(ID, draft).is_empty(), "{draft}");
        }
        assert_silent(ID, "In my experience, it's always worth asking for a copy of the notes.");
        assert_silent(ID, "In my experience it always helps to bring a friend.");
        assert_silent(ID, "In my experience the physio team were lovely.");
    }

    #[test]
    fn a_meeting_named_as_an_event_is_no_feeling() {
        assert!(!findings(ID, "Parents raise the same problem at every meeting of our group.").is_empty());
        assert_silent(ID, "Our members meet every month at the library.");
        assert_silent(ID, "Many carers find meeting others helps.");
    }

    #[test]
    fn the_organisations_own_campaigning_is_no_claim_but_others_raising_it_is() {
        assert_silent(ID, "We have raised this repeatedly with the health board.");
        assert_silent(ID, "Ambulance waits are something the MP has been pressing ministers on for years.");
        assert_silent(ID, "Our chair has pressed the trust on this again and again.");
        assert!(!findings(ID, "Patients have been raising this with us for years.").is_empty());
        assert!(!findings(ID, "It has been raised with us again and again by families.").is_empty());
        assert!(!findings(
            ID,
            "Waiting lists have been out of control for years and we have raised it."
        )
        .is_empty());
    }

    #[test]
    fn can_be_turned_off_or_softened() {
        assert_configurable(ID, "There is a pattern here.");
    }
}
