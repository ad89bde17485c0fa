//! `criticises-others`: "We would recommend you avoid appearing to criticise services provided
//! by other organisations, on the basis of a single story."
//!
//! Fires when one sentence both names a service and passes judgement on it ("failed you",
//! "failed the patient", "poor care", "badly run"). A service is one from the story's
//! `Site / Service` list or an organisation that has responded (in full, or by one distinctive
//! word: "physio" names "Physiotherapy" when one word starts with the other and they share at
//! least `partial_name_min_letters` letters) or by its acronym ("WAST", "CAMHS"), a provider noun such as "the hospital", "staff"
//! or "department", or staff by their trade ("the sonographer", "that dermatologist"). Routes
//! to help ("the PALS team", "our advocacy service") are not services being judged. A service
//! after the judgement counts only in its clause ("poor care at Ward 5", not "a joke, and the
//! ward…"), and one that only says where a figure was measured ("trolley numbers at X are the
//! worst") is not judged. Everyday words that are verdicts only of a subject ("wrong", "daft",
//! "can't even") count when a service or "they"/"which" is their subject ("the receptionist was
//! wrong"), as does a thing done right denied of one ("not being run properly"). Each sentence
//! makes at most one finding, underlining its first verdict clause: from the service to its
//! judgement when they are close, else the judgement alone. Sentences that
//! put the view in the author's mouth ("if you feel the hospital let you down…") are left alone,
//! as are neutral mentions ("you can raise this with the hospital's PALS team"), risk words about
//! the author's own situation ("not safe for your dad at home") and judgements the author reports
//! ("the rude reply you describe") or that others report ("people tell us they felt brushed
//! off", "the author describes a dismissive receptionist").
//!
//! Some verdicts name no service in their own sentence and are told at hint, as they may be
//! about something else: one after "it" or "they" (or in a short sentence) about a service named
//! in the sentence before; one in the two sentences after a fragment that only names a service
//! ("The ED in Kilbrack. No fit place for a man of 80."); one said of "they" with no service
//! named before ("they properly dropped the ball"), who can only be the story's; one on an act
//! a service does named after it ("no excuse for leaving her in bed") or on a kind of handling
//! ("that discharge was shocking"); one whose doer can only be a service
//! ("your nan was let down"); and one hedged right after the service ("the ward sounds like a
//! shambles").

use super::act_clause::heads_handling;
use super::habitual_claim::{habitual_claims, has_habits};
use super::country::Country;
use super::wording::join_and;
use super::{rule_finding, Context, PerStory, Rule};
use crate::config::{strings, CommonSettings, Count};
use crate::text::{
    cued_in_clause, fold_each, fold_text, trim_end_str, with_possessives, PhraseMatch, PhraseSet,
};
use crate::{rule_settings, word_list, Config, Finding, Severity, Span, StoryContext};

rule_settings! {
    /// Settings of `criticises-others` (whole words, `*` = any one word, `word*` = prefix).
    pub struct Settings {
        /// Generic names of providers, counted as well as the services named on the story page.
        pub provider_nouns: Vec<String> = strings(DEFAULT_PROVIDER_NOUNS),
        /// Phrases naming a route to help or the responder's own services; a provider noun
        /// inside one ("team" in "the PALS team") is not a service being judged.
        pub help_routes: Vec<String> = strings(DEFAULT_HELP_ROUTES),
        /// Phrases that pass judgement on a service.
        pub judgements: Vec<String> = strings(DEFAULT_JUDGEMENTS),
        /// Phrases that make what follows in the sentence the author's view, or deny it.
        pub attributions: Vec<String> = strings(DEFAULT_ATTRIBUTIONS),
        /// Underline from the service to the judgement when at most this many words lie between.
        pub max_clause_gap_words: Count = Count(8),
        /// A word of a service's name is matched by a word it starts with (or that starts with
        /// it) when both have at least this many letters; 0 turns partial names off.
        pub partial_name_min_letters: Count = Count(5),
        /// Words that refer back to a service named in the sentence before ("it", "they"): a
        /// judgement after one of them is read as about that service, at hint.
        pub references: Vec<String> = strings(DEFAULT_REFERENCES),
        /// A sentence of at most this many words with a judgement and no service of its own
        /// ("Pretty poor show.") is read as about a service named in the sentence before, at
        /// hint; 0 turns this off.
        pub short_verdict_words: Count = Count(6),
        /// Words that make a sentence without a service of its own about the author's
        /// experience instead ("That sounds awful.", "What a night.").
        pub short_empathy: Vec<String> = strings(DEFAULT_SHORT_EMPATHY),
        /// Words of service names too common to name a service on their own.
        pub generic_name_words: Vec<String> = strings(DEFAULT_GENERIC_NAME_WORDS),
        /// Verdicts whose doer can only be a service, said of the author or their family ("you
        /// were failed", "your nan was let down"): a hint even where no service is named.
        pub passive_verdicts: Vec<String> = strings(DEFAULT_PASSIVE_VERDICTS),
        /// A sentence of at most this many words that only names a service ("The ED in
        /// Kilbrack.", "Bannside's crisis team.") makes it the topic of the next two sentences:
        /// a judgement there with no service of its own is read as about it, at hint; 0 turns
        /// this off.
        pub topic_fragment_words: Count = Count(7),
        /// Phrases that put a risk word on the author's own situation ("not safe for your dad",
        /// "feel unsafe at home"): a judgement they overlap is no verdict on a service.
        pub situations: Vec<String> = strings(DEFAULT_SITUATIONS),
        /// Phrases that report the author's account ("you describe", "you mention"): a
        /// judgement just before one in the same clause ("the rude reply you describe") is theirs.
        pub reported_speech: Vec<String> = strings(DEFAULT_REPORTED_SPEECH),
        /// How many words may lie between a judgement and the reported speech after it.
        pub max_reported_gap_words: Count = Count(3),
        /// A duty not done ("should have", "ought to have"): a judgement when a service or a
        /// word referring back to one is its subject ("the hospital should have scanned him"),
        /// not when something else is ("you should have received a letter").
        pub duty_verdicts: Vec<String> = strings(DEFAULT_DUTY_VERDICTS),
        /// Words after a duty that make it something to have or expect, not a duty missed ("the
        /// GP should have a record", "should have received it").
        pub not_duties: Vec<String> = strings(DEFAULT_NOT_DUTIES),
        /// A judgement at most this many words after the verb of a clause about an act or a
        /// wait ("Sending partners home at 10pm is a daft rule") is read as about the service
        /// that did it, at hint, when the sentence names none.
        pub max_act_verdict_gap_words: Count = Count(3),
        /// Judgements that say how something felt rather than how it was done ("waiting all
        /// night was awful"): no verdict on a service after an act.
        pub experience_words: Vec<String> = strings(DEFAULT_EXPERIENCE_WORDS),
        /// Acts a service does to people ("sending", "discharging", "leaving"): a clause about
        /// one of them ("Sending him home at 3am…", "Being left in a wet bed…") is about the
        /// service, unlike one about a wait or the author's lot ("Being 14 and missing trips…").
        pub service_acts: Vec<String> = strings(DEFAULT_SERVICE_ACTS),
        /// Judgements that are verdicts only when a service, or a word referring to one, is
        /// their subject ("the receptionist was wrong", "the rules are daft", "Braeside cannae
        /// even keep track"), not when someone else is ("you're not wrong", "I can't even
        /// imagine").
        pub subject_verdicts: Vec<String> = strings(DEFAULT_SUBJECT_VERDICTS),
        /// Words of a thing done right ("properly", "correctly"): denied of a service as its
        /// subject ("Braeside is not being run properly", "they didn't check it properly"), a
        /// verdict.
        pub conduct_words: Vec<String> = strings(DEFAULT_CONDUCT_WORDS),
        /// Nouns of amounts and rates ("numbers", "waits"): a judgement on one of them at a
        /// service ("trolley numbers at St Brigid's are the worst in the region") ranks a
        /// figure, and is no verdict on the service.
        pub measures: Vec<String> = strings(DEFAULT_MEASURES),
        /// Phrases naming the system at large ("the whole system"): a provider noun inside one
        /// names no service, and a verdict on it is one on policy.
        pub systems: Vec<String> = strings(DEFAULT_SYSTEMS),
        /// Phrases naming whoever is to blame without naming them ("whoever was in charge",
        /// "those responsible"): a judgement after one, in a sentence naming no service, is read
        /// as about the story's service, at hint.
        pub culprits: Vec<String> = strings(DEFAULT_CULPRITS),
        /// Words that make a place of a service's name after "in" ("carers in Hartwell",
        /// "families in Tayside"): the people of an area, not the service that bears its name.
        pub residents: Vec<String> = strings(DEFAULT_RESIDENTS),
    }
}

const DEFAULT_SUBJECT_VERDICTS: &str = word_list![
    "wrong",
    "cold",
    "the worst * in",
    "the worst * for",
    "daft",
    "stupid",
    "unfair",
    "no good",
    "not on",
    "can't even",
    "cannot even",
    "cannae even",
    "couldn't even",
    "could not even",
    "couldnae even",
    "didn't even",
    "did not even",
    "never even",
    // Unfavourable comparisons ("the ward is always the weak link", "no different from the rest").
    "the weak link",
    "the weakest link",
    "no different from the rest",
    "no different to the rest",
    "no different from the others",
    "never much better",
    "no better than",
    "worse than the rest",
    "worse than most",
    "lags behind",
    "lagging behind",
];

const DEFAULT_SYSTEMS: &str = word_list![
    "the whole system",
    "the entire system",
    "the system as a whole",
    "the health system",
    "the healthcare system",
    "the care system",
    "the whole nhs",
];

const DEFAULT_CULPRITS: &str = word_list![
    "whoever",
    "whoever's",
    "those responsible",
    "the people responsible",
    "those in charge",
    "the people in charge",
    "those at the top",
];

const DEFAULT_RESIDENTS: &str = word_list![
    "people", "folk", "families", "carers", "patients", "parents", "children", "kids", "residents",
    "women", "men", "mums", "mothers", "older", "elderly", "everyone", "anyone", "someone",
];

const DEFAULT_CONDUCT_WORDS: &str = word_list![
    "properly",
    "correctly",
    "appropriately",
    "adequately",
    "safely",
    "fairly",
    "professionally",
    "competently",
    "responsibly",
];

const DEFAULT_MEASURES: &str = word_list![
    "numbers",
    "figures",
    "rates",
    "rate",
    "statistics",
    "stats",
    "levels",
    "scores",
    "ratings",
];

const DEFAULT_DUTY_VERDICTS: &str = word_list![
    "should have",
    "should've",
    "ought to have",
    "should * have",
    "could at least have",
    "could * at least have",
];

const DEFAULT_NOT_DUTIES: &str = word_list![
    "a", "an", "the", "some", "any", "your", "their", "his", "her", "its", "more", "no", "received",
    "got", "had", "access", "details", "information", "records", "a record", "been in touch",
    // "Should of course", not "should of" for "should've".
    "course",
];

const DEFAULT_SERVICE_ACTS: &str = word_list![
    "send~", "discharg~", "leav~", "left", "cut~", "chuck~", "turn~", "refus~", "cancel~",
    "keep~", "kept", "tell~", "told", "ignor~", "mov~", "transfer~", "withdraw~", "withdrawn",
    "clos~", "stop~", "treat~", "reject~", "fob~", "push~", "kick~", "throw~", "thrown", "deny~",
    "denied", "los~", "lost", "dismiss~", "rush~", "bounc~", "shunt~", "dump~", "abandon~",
    "neglect~", "speak~", "spoken", "talk~", "shout~", "miss~", "forgot", "forget~",
];

const DEFAULT_EXPERIENCE_WORDS: &str = word_list![
    "awful",
    "awfully",
    "terrible",
    "terribly",
    "dreadful",
    "dreadfully",
    "horrible",
];

const DEFAULT_SITUATIONS: &str = word_list![
    "safe for you",
    "safe for your",
    "safe for him",
    "safe for her",
    "safe for them",
    "dangerous for you",
    "dangerous for your",
    "dangerous for him",
    "dangerous for her",
    "risky for you",
    "risky for your",
    "safe at home",
    "unsafe at home",
    "feel~ unsafe",
    "feel~ * unsafe",
    "feel~ safe",
    "feel~ * safe",
    "keep * safe",
    "keep yourself safe",
    "stay safe",
    "too risky",
    "too dangerous",
    // What no one should have to bear ("young people shouldn't have to wait like that").
    "shouldn't have to",
    "should not have to",
    "should never have to",
];

const DEFAULT_REPORTED_SPEECH: &str = word_list![
    "you describe~",
    "you've described",
    "you have described",
    "you mention~",
    "you've mentioned",
    "you raise~",
    "you've raised",
    "you report~",
    "you've reported",
    "you tell us about",
    "you told us about",
    "you've told us about",
    "you write about",
    "you wrote about",
    "you've written about",
    "you set out",
    "you've set out",
    "you outline~",
    "you talk about",
    "you talked about",
    "you speak of",
    "you spoke of",
];

const DEFAULT_PASSIVE_VERDICTS: &str = word_list![
    "were failed",
    "was failed",
    "been failed",
    "were let down",
    "was let down",
    "been let down",
    "were * let down",
    "was * let down",
    "been * let down",
    "were badly treated",
    "was badly treated",
    "been badly treated",
    "were treated appallingly",
    "was treated appallingly",
    "been treated appallingly",
    "were treated badly",
    "was treated badly",
    "been treated badly",
    "were treated terribly",
    "was treated terribly",
    "were treated shamefully",
    "was treated shamefully",
    "were treated disgracefully",
    "was treated disgracefully",
    "were treated shabbily",
    "was treated shabbily",
    "were neglected",
    "was neglected",
    "been neglected",
    "were fobbed off",
    "was fobbed off",
    "been fobbed off",
    "were left high and dry",
    "was left high and dry",
    "been left high and dry",
    "not listened to",
    "never listened to",
    "wasn't listened to",
    "weren't listened to",
    "not taken seriously",
    "never taken seriously",
    "wasn't taken seriously",
    "weren't taken seriously",
    "were brushed off",
    "was brushed off",
    "been brushed off",
];

/// Words that make a short sentence say something rather than only name a service: verbs of
/// being and having, modals, and the openings of greetings and thanks.
const NOT_A_FRAGMENT: &[&str] = &[
    "is", "was", "were", "are", "am", "be", "been", "being", "has", "have", "had", "do", "does",
    "did", "can", "could", "will", "would", "should", "may", "might", "must", "it's", "that's",
    "dear", "hi", "hello", "thank", "thanks", "sorry", "please",
];

const DEFAULT_PROVIDER_NOUNS: &str = word_list![
    "the hospital*",
    "this hospital*",
    "that hospital*",
    "the ward",
    "the wards",
    "the unit",
    "the department",
    "the clinic",
    "the surgery",
    "the practice",
    "the service",
    "the team",
    "the * ward",
    "the * unit",
    "the * department",
    "the * clinic",
    "the * service",
    "the * team",
    "ward",
    "wards",
    "unit",
    "units",
    "department",
    "departments",
    "clinic",
    "clinics",
    "surgery",
    "the gp surgery",
    "the gp practice",
    "practice",
    "the gp",
    "your gp",
    "the trust",
    "the health board",
    "the care home",
    "the home",
    "service",
    "the services",
    "the * services",
    "the provider",
    "the * trust",
    "the * * trust",
    "the * board",
    "the * agency",
    "the * council",
    "the * hospital",
    "the * practice",
    "the * surgery",
    "team",
    "the management",
    "management",
    "the manager",
    "the staff",
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
    "ed",
    "a&e",
    "the emergency department",
    "emergency department",
    "agency",
    "the agency",
    "nursing home",
    "dental practice",
    "dentist",
    "dentists",
    "the dentist",
    "the physio",
    "receptionist",
    "reception",
    "the reception",
    "admin",
    "the admin",
    "the booking team",
    "the ambulance",
    "ambulance crew",
    "paramedic",
    "the gp's",
    "gps",
    "ward staff",
    "nursing staff",
    "the nurses",
    "the doctors",
    "the consultant",
    "the pharmacy",
    "pharmacy",
    "the pharmacist",
    "the chemist",
    "the optician",
    "social services",
    "the care agency",
    "camhs",
    "the health visitor",
    "district nurses",
    "the district nurses",
    "the out of hours",
    "out of hours service",
    "the call handler",
    "call handlers",
    "nhs 111",
    "the hospice",
    "the practice manager",
    "admin staff",
    "the hse",
    "the nurse",
    "the doctor",
    "the registrar",
    "the surgeon",
    "the midwife",
    "the midwives",
    "the therapist",
    "the porters",
    "the carers",
    "their staff",
    "the care staff",
    "the home's",
    "the home staff",
    // Staff by role, and the parts of a service people deal with ("the after-hours line").
    "nurse",
    "doctor",
    "gp",
    "manager",
    "managers",
    "matron",
    "locum",
    "crew",
    "the * nurse",
    "the * nurses",
    "the * doctor",
    "the * doctors",
    "the * manager",
    "the * staff",
    "the * line",
    "the * system",
    "her gp",
    "his gp",
    "their gp",
    "docs",
    "the board",
    "the hub",
    "care home",
    "that home",
    // More staff by role, and the parts of a service people reach.
    "the sister",
    "ward sister",
    "porters",
    "surgeons",
    "the anaesthetist",
    "the radiographer",
    "the dietitian",
    "the social worker",
    "social workers",
    "the care coordinator",
    "the psychiatrist",
    "psychiatrists",
    "healthcare assistants",
    "support workers",
    "the support worker",
    "the call centre",
    "the switchboard",
    "the booking office",
    "the walk-in centre",
    "the walk in centre",
    "the local authority",
    "social care",
    // Institutions people deal with, and a service by its staff as a crowd ("the discharge lot").
    // Who runs a service ("the owners have treated families shamefully").
    "the owner",
    "the owners",
    "the bosses",
    "the directors",
    "the school",
    "the college",
    "the * lot",
    "the * * lot",
];

const DEFAULT_HELP_ROUTES: &str = word_list![
    "our service",
    "our services",
    "our team",
    "our staff",
    "our * service",
    "our * services",
    "our * team",
    "pals",
    "pals team",
    "patient advice and liaison service",
    "patient experience team",
    "patient experience department",
    "complaints team",
    "complaints department",
    "complaints service",
    "advocacy service",
    "advocacy team",
    "ombudsman",
    "healthwatch",
];

const DEFAULT_REFERENCES: &str = word_list![
    "it",
    "they",
    "their",
    "its",
    "there",
    "them",
    "it's",
    "they're",
    "they've",
    "that place",
    "that's",
    "that",
    "which",
    "this",
];

const DEFAULT_SHORT_EMPATHY: &str =
    word_list!["sound~", "seem~", "must", "what a", "how", "i", "i'm"];

const DEFAULT_GENERIC_NAME_WORDS: &str = word_list![
    "general",
    "royal",
    "hospital",
    "hospitals",
    "health",
    "healthcare",
    "service",
    "services",
    "centre",
    "center",
    "trust",
    "foundation",
    "national",
    "community",
    "teaching",
    "university",
    "medical",
    "practice",
    "surgery",
    "department",
    "clinic",
    "district",
    "county",
    "primary",
];

const DEFAULT_JUDGEMENTS: &str = word_list![
    "failed you",
    "failed your",
    "failed your *",
    "failed him",
    "failed her",
    "failed her *",
    "failed his *",
    "failed them",
    "failed their *",
    "failed its *",
    "failed the *",
    "failed this *",
    "failed these *",
    "failed patients",
    "failing you",
    "is failing",
    "clearly failing",
    "failing its patients",
    "failing their patients",
    "are failing",
    "let * down",
    "let your * down",
    "let the * down",
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
    "incompetent~",
    "incompetence",
    "negligent",
    "negligence",
    "neglected",
    "neglectful",
    "unsafe",
    "not fit for purpose",
    "unprofessional~",
    "uncaring",
    "rude~",
    "careless~",
    "useless",
    "a shambles",
    "shambolic",
    "failed in their duty",
    "failed in its duty",
    "no excuse",
    "inexcusable",
    "should have known better",
    "chaotic~",
    "chaos",
    "disorganised",
    "a mess",
    "a right mess",
    "a real mess",
    "made a mess",
    "made a hash",
    "made a right mess",
    "couldn't be bothered",
    "could not be bothered",
    "didn't care",
    "did not care",
    "don't care",
    "dismissive",
    "unhelpful~",
    "hopeless",
    "clueless",
    "lazy",
    "arrogant~",
    "callous~",
    "heartless",
    "cold and",
    "rude and",
    "disrespectful",
    "lacked compassion",
    "lack of compassion",
    "no compassion",
    "lack of care",
    "lack~ basic",
    "basic failure*",
    "failure~ of care",
    "fell short",
    "falls short",
    "fall short",
    "not good enough",
    "woeful",
    "woefully",
    "dreadful",
    "terrible",
    "awful",
    "abysmal",
    "atrocious",
    "appalling",
    "shocking",
    "disgraceful",
    "inadequate",
    "below standard",
    "below the standard",
    "dangerous",
    "mismanage~",
    "mishandle~",
    "botched",
    "got it wrong",
    "got this wrong",
    "dropped the ball",
    "ignored you",
    "ignored your",
    "let you down",
    "let your * down",
    "treated you badly",
    "treated her badly",
    "treated him badly",
    "should be ashamed",
    "should be * ashamed",
    "ought to be * ashamed",
    "should know better",
    "not fit",
    "sloppy",
    "shabby",
    "shabbily",
    "shoddy",
    "slapdash",
    "inept",
    "lax",
    "a joke",
    "a farce",
    "a disgrace",
    "a national embarrassment",
    "an embarrassment",
    "a muddle",
    "muddle~",
    "pathetic",
    "ridiculous",
    "rubbish",
    "dire",
    "appalling~",
    "dreadfully",
    "terrible~",
    "awfully",
    "atrocious~",
    "abysmal~",
    "poorly run",
    "poorly managed",
    "poorly organised",
    "handled this badly",
    "handled it badly",
    "handled this poorly",
    "isn't coping",
    "is not coping",
    "aren't coping",
    "are not coping",
    "not coping",
    "can't cope",
    "cannot cope",
    "short staffed",
    "short-staffed",
    "understaffed",
    "under staffed",
    "broken down",
    "fallen apart",
    "falling apart",
    "forgotten about you",
    "forgotten about your",
    "forgotten about her",
    "forgotten about him",
    "forgot about you",
    "didn't listen",
    "did not listen",
    "don't listen",
    "never listen~",
    "wouldn't listen",
    "not listening",
    "lost your",
    "lost his",
    "lost her",
    "lost their",
    "messed up",
    "messed you",
    "cocked up",
    "bungle~",
    "blunder~",
    "not feeding",
    "neglect~",
    "ignore~ you",
    "ignore~ her",
    "ignore~ him",
    "dismiss~ you",
    "dismiss~ her",
    "dismiss~ him",
    "fobbed you off",
    "fobbed off",
    "brushed off",
    "brushed you off",
    "treated you shabbily",
    "treated you appallingly",
    "treated appallingly",
    "wild goose chase",
    "unkind",
    "thoughtless~",
    "out of order",
    "way out of line",
    "beyond a joke",
    "hasn't got a clue",
    "haven't a clue",
    "hasn't a clue",
    "havenae a clue",
    "don't have a clue",
    "doesn't have a clue",
    "has no clue",
    "have no clue",
    "haven't got a clue",
    "no idea what",
    "failure~",
    "failings",
    "serious failings",
    "basic failings",
    "badly",
    "unacceptable",
    "lamentable",
    "lousy",
    "rotten",
    "crap",
    "second rate",
    "third rate",
    "not up to scratch",
    "not up to standard",
    "below par",
    "fell below",
    "falls below",
    "letting people down",
    "lets people down",
    "let patients down",
    "letting patients down",
    "doesn't care",
    "couldn't care less",
    "could not care less",
    "doesn't listen",
    "won't listen",
    "cut corners",
    "cutting corners",
    "slack",
    "indifferent",
    "indifference",
    "cruel",
    "insensitive~",
    "tactless",
    "patronising",
    "condescending",
    "disrespect~",
    "contempt",
    "broke the rules",
    "broke their own",
    "in breach",
    "breached",
    "flouted",
    "a catalogue of",
    "a litany of",
    "fiasco",
    "debacle",
    "a disaster",
    "disastrous",
    "ought to be ashamed",
    "should have known",
    "should have done",
    "should have been",
    "shouldn't have",
    "should not have",
    "let her down",
    "let him down",
    "let them down",
    "let your family down",
    "unforgivable",
    // Quality verdicts with a degree word inside them ("fell far short", "a complete hash").
    "fell * short",
    "falls * short",
    "fell * below",
    "falls * below",
    "made a * hash",
    "made a * mess",
    "a complete mess",
    "a total mess",
    "a * shambles",
    "shambles",
    "out of line",
    "shameful",
    "shamefully",
    "scandalous",
    "disgrace",
    "not acceptable",
    "in limbo",
    "poor show",
    "was poor",
    "were poor",
    "is poor",
    "are poor",
    "been poor",
    "was * poor",
    "were * poor",
    "is * poor",
    "are * poor",
    "been * poor",
    "poorly handled",
    "poorly treated",
    "handled * poorly",
    "handled * badly",
    "should have * sooner",
    "should have * earlier",
    "should never have",
    // Duties not done ("didn't seem to care", "weren't interested", "no respect").
    "didn't * care",
    "did not * care",
    "no respect",
    "not interested",
    "weren't interested",
    "wasn't interested",
    "no interest in",
    "don't know what they're doing",
    "don't * know what they're doing",
    "didn't know what they were doing",
    "don't seem to know what",
    "didn't seem to know what",
    "doesn't seem to know what",
    "don't know what they are doing",
    "not doing * job",
    "not doing their job",
    "not doing its job",
    "not up to the job",
    "didn't bother",
    "never bothered",
    "nobody bothered",
    "no one bothered",
    "shouldn't be happening",
    "should not be happening",
    "shouldn't happen",
    "let down by",
    "did not do enough",
    "didn't do enough",
    "didnt do enough",
    "not done enough",
    "hasn't done enough",
    "haven't done enough",
    "dont care",
    "didnt care",
    "doesnt care",
    "dont listen",
    "didnt listen",
    "cant cope",
    "isnt coping",
    "broken system",
    "clearly broken",
    "is broken",
    "poor * care",
    "poor quality",
    "free for all",
    "a law unto",
    "all over the place",
    "is the worst",
    "are the worst",
    "the worst in the",
    "left to it",
    "leave families to it",
    "leave people to it",
    "left you to it",
    "not safe",
    "isn't safe",
    "isnt safe",
    // Failing people in general ("has failed people like your mam", "is frankly failing people").
    "failed people",
    "failing people",
    "fail~ famil*",
    "fail~ * patients",
    "letting down",
    "letting * down",
    "let~ * * down",
    // Owing an account, or needing to change ("has a lot to answer for", "get a grip").
    "a lot to answer for",
    "much to answer for",
    "questions to answer",
    "some explaining to do",
    "get a grip",
    "get~ its act together",
    "get~ their act together",
    "get~ its house in order",
    "get~ their house in order",
    "pull~ its socks up",
    "pull~ their socks up",
    "head examined",
    "head looked at",
    "heads looked at",
    "heads examined",
    "asleep at the wheel",
    "asleep on the job",
    "should * scrap",
    "should scrap",
    "has no business",
    "have no business",
    "had no business",
    "should have * long ago",
    "should have * * long ago",
    // The state a service is in ("on its knees", "in a bad way", "a byword for lost paperwork").
    "on its knees",
    "on their knees",
    "a lottery",
    "box ticking",
    "box-ticking",
    "tick box",
    "tick-box",
    "par for the course",
    "the norm at",
    "the norm there",
    "gone downhill",
    "going downhill",
    "gone to pot",
    "gone to the dogs",
    "gone to pieces",
    "don't think * is coping",
    "don't think * * is coping",
    "don't think * are coping",
    "don't think * * are coping",
    "don't think they're coping",
    "an absolute joke",
    "a complete joke",
    "a total joke",
    "an utter joke",
    "an absolute farce",
    "a complete farce",
    "a total farce",
    "has form for",
    "have form for",
    "got form for",
    "nobody seemed to care",
    "no one seemed to care",
    "nobody seem~ to care",
    "no one seem~ to care",
    "nobody cared",
    "no one cared",
    "don't talk to anyone",
    "don't talk to each other",
    "doesn't talk to anyone",
    "never talk to each other",
    "don't communicate",
    "doesn't communicate",
    "need~ a shake up",
    "need~ a shake-up",
    "need~ a good shake",
    "need~ sorting out",
    "lost control of",
    "a serious failing",
    "a failing by",
    "only listen~ when",
    "job for them",
    "has to fix its",
    "needs to fix its",
    "have to fix their",
    "need to fix their",
    "must fix its",
    "nothing like enough",
    "nowhere near enough",
    "unreasonable policy",
    "unreasonable decision",
    "unreasonable rule",
    "priced out",
    "priced * out",
    "horrible to you",
    "horrible to him",
    "horrible to her",
    "nasty to you",
    "nasty to him",
    "nasty to her",
    "an attitude problem",
    "attitude problem",
    "only care~ about",
    "only interested in",
    "poor management",
    "poor * management",
    "bad management",
    "bad * management",
    "deserve~ better than",
    "deserve~ * better than",
    "deserve~ * * better than",
    "byword for",
    "notorious~",
    "scandal",
    "pitiful",
    "brass neck",
    "daft rule",
    "daft policy",
    "daft system",
    "daft decision",
    "high and dry",
    "money before",
    "profit before",
    "profits before",
    "leave~ a lot to be desired",
    "left a lot to be desired",
    "leave~ much to be desired",
    "couldn't organise",
    "could not organise",
    "couldn't run a",
    "fob~ * off",
    "fob~ off",
    // A standard not met, in the negative ("wasn't up to the job", "no fit place").
    "wasn't up to the job",
    "weren't up to the job",
    "isn't up to the job",
    "aren't up to the job",
    "not up to the task",
    "nowhere near good enough",
    "no fit place",
    "not a fit place",
    "not their finest hour",
    "not its finest hour",
    // A way of working that does not work ("their triage obviously isn't working for kids").
    "isn't working for",
    "aren't working for",
    "not working for",
    "* isn't working",
    "clearly not working",
    "simply not working",
    // How staff dealt with people, in everyday words ("curt and offhand", "passed the buck").
    "curt",
    "brusque",
    "offhand",
    "off-hand",
    "obstructive",
    "evasive",
    "unresponsive",
    "unreliable",
    "uninterested",
    "disinterested",
    "unsympathetic",
    "unfeeling",
    "inhumane~",
    "degrading",
    "undignified",
    "amateurish",
    "haphazard",
    "dysfunctional",
    "cowboys",
    "jobsworth*",
    "penny pinching",
    "penny-pinching",
    "uncooperative",
    "pass~ the buck",
    "buck passing",
    "closed ranks",
    "closing ranks",
    "cover-up",
    "whitewash",
    "wash~ their hands",
    "wash~ its hands",
    "washed their hands",
    "couldn't give a",
    "didn't give a",
    "don't give a",
    "so-called care",
    "so called care",
    "call that care",
    "treated * like cattle",
    "treated like cattle",
    "treated * like a number",
    "treated like a number",
    "treated * like a nuisance",
    "treated like a nuisance",
    "treated * like dirt",
    "treated like dirt",
    "left to rot",
    "left * to rot",
    "left to fend for",
    "left * to fend for",
    "hung * out to dry",
    "hung out to dry",
    "pillar to post",
    "the runaround",
    "the run around",
    "stonewall~",
    "palmed * off",
    "palmed off",
    "brushed aside",
    "under the carpet",
    "cover their backs",
    "covering their backs",
    "cover its back",
    "left * in a state",
    "short on the basics",
    "the basics wrong",
    "couldn't get the basics",
    "didn't get the basics",
    "did not get the basics",
    "can't get the basics",
    "cannot get the basics",
    "not getting the basics",
    "failed to get the basics",
    "amateur hour",
    "a circus",
    // What a service is in everyday idiom ("a basket case", "a revolving door", "in a total
    // state", "having a laugh", "pretty ordinary").
    "a basket case",
    "a * basket case",
    "a revolving door",
    "in a total state",
    "in a right state",
    "in a real state",
    "having a laugh",
    "having a giraffe",
    "pretty ordinary",
    "hard to excuse",
    "impossible to excuse",
    "should be mortified",
    "ought to be mortified",
    "should be red-faced",
    "a madhouse",
    "a conveyor belt",
    "dickensian",
    "third world",
    "barbaric",
    "diabolical",
    // Keeping one's own family away ("I'd never put my mother in Ardcarn").
    "i'd never put my",
    "i'd never send my",
    "i'd never let my",
    "i'd never let a",
    "i'd never bring my",
    "i would never put my",
    "i would never send my",
    "i would never let my",
    "i wouldn't put my",
    "i wouldn't send my",
    "i wouldn't let my",
    "i wouldn't let a",
    "i wouldn't bring my",
    "i wouldn't take my",
    "i wouldn't trust",
    "steer clear of",
    // Manner and attitude ("behaved disgracefully", "didn't take it seriously", "cavalier").
    "negligently",
    "disgracefully",
    "behaved badly",
    "behaved * badly",
    "didn't take * seriously",
    "didn't take * * seriously",
    "didn't take * * * seriously",
    "didn't take * * * * seriously",
    "did not take * seriously",
    "did not take * * seriously",
    "did not take * * * seriously",
    "never took * seriously",
    "never took * * seriously",
    "nobody * bothered",
    "nobody * * bothered",
    "nobody * * * bothered",
    "no one * bothered",
    "no one * * bothered",
    "no one * * * bothered",
    "a habit of",
    "long hard look",
    "a hard look at",
    "should be embarrassed",
    "ought to be embarrassed",
    "cavalier",
    "complacent",
    "complacency",
    "blase",
    "blasé",
    "forgotten basic",
    "forgot basic",
    "forgotten the basics",
    "forgot the basics",
    "left * sitting",
    "left * * sitting",
    "left * lying",
    "left * * lying",
    "let * sit there",
    "let * * sit there",
    // How a service goes about things ("hiding behind consent rules", "lost its grip").
    "hiding behind",
    "hide~ behind",
    "hang* their heads",
    "bad practice",
    "lost its grip",
    "lost their grip",
    "lost the plot",
    "got * wrong",
    "got * * wrong",
    "typical of",
    "has a long way to go",
    "have a long way to go",
    "can't plan",
    "cannot plan",
    "can't organise",
    "cannot organise",
    // Verdicts in idiom and slang ("a waste of time", "at breaking point", "out of her depth").
    "a nightmare",
    "a waste of time",
    "a waste of space",
    "waste of money",
    "at breaking point",
    "criminal",
    "indefensible",
    "reckless~",
    "unfairly",
    "unreasonabl~",
    "in the wrong",
    "out of * depth",
    "out of their depth",
    "tick~ box~",
    "being failed",
    "failed by",
    "put~ * ahead of",
    "put~ * * ahead of",
    "put~ * * * ahead of",
    // What the service deserves or owes ("should be struck off", "must say sorry").
    "struck off",
    "should be sacked",
    "should be fired",
    "should be disciplined",
    "need~ * overhaul",
    "need~ a * overhaul",
    "want~ replacing",
    "need~ replacing",
    "want~ sorting",
    "should be * affronted",
    "black affronted",
    "must say sorry",
    "should say sorry",
    "must apologise",
    "should apologise",
    "owe~ you an apology",
    "owe~ * an apology",
    // Sarcasm and rhetorical questions ("Funny how the board always finds money for…", "what
    // is the point of having a PALS team if…", "Is anyone at Braeside actually reading…").
    "funny how",
    "strange how",
    "odd how",
    "isn't that marvellous",
    "isn't that wonderful",
    "isn't that great",
    "isn't that lovely",
    "what is the point of",
    "what's the point of",
    "what is the point in",
    "what's the point in",
    "is anyone * actually",
    "is anyone * * actually",
    "is anyone * * * actually",
    "is anyone actually",
    "does anyone * actually",
    "does anyone actually",
    "why is it always",
    "why does it always",
    "why do they always",
    "how hard can it be",
    "how hard is it to",
    "how is this acceptable",
    "how is that acceptable",
    "thought this was acceptable",
    "thought that was acceptable",
    "thought it was acceptable",
    "thought this was ok",
    "thought that was ok",
    "thought it was ok",
    "think~ this is acceptable",
    "think~ that's acceptable",
    "think~ it's acceptable",
    // Verdicts in idiom ("a dog's breakfast", "the usual bland PR").
    "dog's breakfast",
    "dogs breakfast",
    "pig's ear",
    "pigs ear",
    "a bloody joke",
    "a bloody disgrace",
    "a bloody shambles",
    "a bloody farce",
    "tells you all you need to know",
    "tells you everything you need to know",
    "never forgiven them",
    "never forgive them",
    "bland",
    "usual pr",
    "pr exercise",
    "mealy-mouthed",
    "mealy mouthed",
    "non-apology",
    "copy and paste",
    "cut and paste",
    "boilerplate",
    // Lessons not learnt, standards expected ("would have learnt by now", "I'd have expected").
    "learnt by now",
    "learned by now",
    "never learn~",
    "would have expected",
    "would've expected",
    "i'd have expected",
    "i'd * have expected",
    "doesn't take * seriously",
    "doesn't take * * seriously",
    "don't take * seriously",
    "don't take * * seriously",
    "does not take * seriously",
    "do not take * seriously",
    "contract torn up",
    "contracts torn up",
];
const DEFAULT_ATTRIBUTIONS: &str = word_list![
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
    "you describe~",
    "you've described",
    "you have described",
    "you mention~",
    "you've mentioned",
    "you raise~",
    "you've raised",
    "you have raised",
    "you experience~",
    "you tell us",
    "you told us",
    "you say",
    "you said",
    "you found",
    "you felt",
    "you've felt",
    "you may feel",
    "you might feel",
    "you may have felt",
    "you reported",
    "your concerns about",
    "your experience of",
    "your account of",
    "what you describe",
    "if the",
    "if it",
    "if your",
    "if you",
    "in case",
    "whether or not",
    "to check whether",
    "to ask whether",
    "to see whether",
    "to find out",
    "to make sure",
    "ask~ why",
    "look~ into",
    "investigate~",
    // How hard it was for the author, not how the service did ("it must have been awful").
    "must have been",
    "must've been",
    "must be",
    "sounds like a",
    "sounded like a",
    "what a",
    "must feel",
    "must have felt",
    "must be feeling",
    "can only imagine",
    // Others' accounts reported ("people tell us they felt brushed off", "the author describes
    // a dismissive receptionist").
    "describes",
    "described",
    "tell us they",
    "told us they",
    "tells us they",
    "they felt",
    "felt they were",
];

/// The `criticises-others` rule.
pub struct CriticisesOthers {
    nouns: PhraseSet,
    help_routes: PhraseSet,
    judgements: PhraseSet,
    attributions: PhraseSet,
    references: PhraseSet,
    own_organisation: Option<String>,
    max_gap: usize,
    partial_min: usize,
    short_verdict: usize,
    short_empathy: PhraseSet,
    generic_words: Vec<String>,
    passive_verdicts: PhraseSet,
    topic_fragment_words: usize,
    situations: PhraseSet,
    reported_speech: PhraseSet,
    max_reported_gap: usize,
    duties: PhraseSet,
    not_duties: PhraseSet,
    max_act_gap: usize,
    experience_words: Vec<String>,
    service_acts: PhraseSet,
    subject_verdicts: PhraseSet,
    conduct_words: Vec<String>,
    measures: Vec<String>,
    systems: PhraseSet,
    culprits: PhraseSet,
    residents: Vec<String>,
    story_services: PerStory<StoryServices>,
}

/// The services the story names, read once per story.
struct StoryServices {
    /// Their names and the possessives of them, as a phrase list.
    names: PhraseSet,
    /// The distinctive words of the names, for [`CriticisesOthers::partial_names`].
    name_words: Vec<String>,
    /// The initials of each name's capitalised words, for [`acronyms`].
    initials: Vec<String>,
}

impl CriticisesOthers {
    /// Compiles the word lists from `config`.
    pub fn new(config: &Config) -> Self {
        let s = &config.rules.criticises_others;
        Self {
            nouns: PhraseSet::new(&with_possessives(&with_demonstratives(&s.provider_nouns))),
            help_routes: PhraseSet::new(&with_possessives(&s.help_routes)),
            judgements: PhraseSet::new(&with_of_for_have(&with_contractions(&s.judgements))),
            attributions: PhraseSet::new(&s.attributions),
            references: PhraseSet::new(&s.references),
            own_organisation: config.organisation.name.as_deref().map(fold_text),
            max_gap: s.max_clause_gap_words.0,
            partial_min: s.partial_name_min_letters.0,
            short_verdict: s.short_verdict_words.0,
            short_empathy: PhraseSet::new(&s.short_empathy),
            generic_words: fold_each(&s.generic_name_words),
            passive_verdicts: PhraseSet::new(&s.passive_verdicts),
            topic_fragment_words: s.topic_fragment_words.0,
            situations: PhraseSet::new(&s.situations),
            reported_speech: PhraseSet::new(&s.reported_speech),
            max_reported_gap: s.max_reported_gap_words.0,
            duties: PhraseSet::new(&with_of_for_have(&s.duty_verdicts)),
            not_duties: PhraseSet::new(&s.not_duties),
            max_act_gap: s.max_act_verdict_gap_words.0,
            experience_words: fold_each(&s.experience_words),
            service_acts: PhraseSet::new(&s.service_acts),
            subject_verdicts: PhraseSet::new(&s.subject_verdicts),
            conduct_words: fold_each(&s.conduct_words),
            measures: fold_each(&s.measures),
            systems: PhraseSet::new(&s.systems),
            culprits: PhraseSet::new(&s.culprits),
            residents: fold_each(&s.residents),
            story_services: PerStory::default(),
        }
    }

    /// What [`Self::mentions`] looks for of the services `story` names.
    fn story_services(&self, story: &StoryContext) -> StoryServices {
        let names = self.service_names(story);
        let long_enough = |w: &str| self.long_enough(w);
        let mut name_words: Vec<String> = Vec::new();
        for name in &names {
            for word in crate::Document::new(name).words() {
                if long_enough(&word.norm) && !self.generic_words.contains(&word.norm) {
                    name_words.push(word.norm.clone());
                }
            }
        }
        let initials = names
            .iter()
            .map(|name| {
                name.split(|c: char| !c.is_alphanumeric() && c != '\'')
                    .filter_map(|w| w.chars().next())
                    .filter(|c| c.is_uppercase())
                    .collect()
            })
            .collect();
        StoryServices {
            names: PhraseSet::new(&with_possessives(&names)),
            name_words,
            initials,
        }
    }

    /// True when `word` has letters enough to name a service by itself.
    fn long_enough(&self, word: &str) -> bool {
        word.chars().filter(|c| c.is_alphabetic()).count() >= self.partial_min
    }

    /// The services named on the story page: each part of `Site / Service`, and every
    /// responding organisation other than the responder's own.
    fn service_names<'a>(&self, story: &'a StoryContext) -> Vec<&'a str> {
        let services = story.services.iter().flat_map(|service| service.split('/'));
        let organisations = story.responses.iter().filter_map(|r| r.organisation.as_deref());
        services
            .chain(organisations)
            .map(str::trim)
            .filter(|name| !name.is_empty() && Some(fold_text(name)) != self.own_organisation)
            .collect()
    }

    /// Draft words naming a service by one distinctive word of its name ("physio" for
    /// "Physiotherapy"): one word starts with the other and both are long enough.
    fn partial_names(&self, ctx: &Context, name_words: &[String]) -> Vec<PhraseMatch> {
        if self.partial_min == 0 {
            return Vec::new();
        }
        let words = ctx.draft.words();
        let named: Vec<usize> = (0..words.len())
            .filter(|&i| {
                let word = &words[i];
                let draft = trim_end_str(&word.norm, "'s");
                self.long_enough(&word.norm)
                    && name_words
                        .iter()
                        .any(|n| n.starts_with(draft) || draft.starts_with(n.as_str()))
            })
            .collect();
        let mut found = Vec::new();
        // Runs of adjacent words ("Lagan South") are one name.
        for run in named.chunk_by(|a, b| b - a == 1) {
            let (first, last) = (run[0], run[run.len() - 1]);
            if self.names_a_place(ctx, first, last) {
                continue;
            }
            found.extend(run.iter().map(|&i| PhraseMatch {
                span: words[i].span,
                phrase: 0,
            }));
        }
        found
    }

    /// True when words `first..=last`, a service's name in part, name the area it serves: after
    /// "across" or "throughout" ("right across Glenarden"), or after "in" when people stand
    /// before ("carers in Hartwell") or the clause ends after ("left on trolleys in Lagan
    /// South, …").
    fn names_a_place(&self, ctx: &Context, first: usize, last: usize) -> bool {
        let words = ctx.draft.words();
        let text = ctx.draft.text();
        let Some(before) = first.checked_sub(1).map(|b| &words[b]) else {
            return false;
        };
        if text[before.span.end..words[first].span.start].contains(CLAUSE_MARKS) {
            return false;
        }
        match before.norm.as_str() {
            "across" | "throughout" => true,
            "in" => {
                let residents = first
                    .checked_sub(2)
                    .is_some_and(|b| self.residents.contains(&words[b].norm));
                let clause_ends = words.get(last + 1).is_none_or(|next| {
                    let between = &text[words[last].span.end..next.span.start];
                    between.contains(CLAUSE_MARKS) || between.contains(['.', '!', '?'])
                });
                residents || clause_ends
            }
            _ => false,
        }
    }

    /// The service `sentence` names when it does nothing but name it ("The ED in Kilbrack.",
    /// "Ward 14 and its night shift."): short, not a question, with no verb of being or having,
    /// no modal, no greeting and no word ending as a verb form ("-ed", "-ing", "-n't") outside
    /// the name.
    fn topic_fragment<'m>(
        &self,
        ctx: &Context,
        sentence: &crate::text::Sentence,
        mentions: &'m [PhraseMatch],
    ) -> Option<&'m PhraseMatch> {
        let words = ctx.draft.sentence_words(sentence);
        if words.len() > self.topic_fragment_words
            || sentence.span.text(ctx.draft.text()).ends_with('?')
        {
            return None;
        }
        let inside = |s: Span| s.start >= sentence.span.start && s.end <= sentence.span.end;
        let named: Vec<&PhraseMatch> = mentions.iter().filter(|m| inside(m.span)).collect();
        let says_more = words.iter().any(|w| {
            let verb_form = ["ed", "ing", "n't"].iter().any(|end| w.norm.ends_with(end));
            NOT_A_FRAGMENT.contains(&w.norm.as_str())
                || (verb_form && !named.iter().any(|m| m.span.overlaps(w.span)))
        });
        named.first().copied().filter(|_| !says_more)
    }

    /// True when reported speech follows `judgement` closely in its clause ("the rude reply you
    /// describe"): the judgement is the author's account.
    fn reported(&self, ctx: &Context, judgement: Span, reports: &[PhraseMatch]) -> bool {
        let text = ctx.draft.text();
        reports.iter().any(|r| {
            r.span.start >= judgement.end
                && words_between(ctx, judgement, r.span) <= self.max_reported_gap
                && !text[judgement.end..r.span.start]
                    .contains(['.', '!', '?', ',', ';', ':', '\u{2014}', '\u{2013}'])
        })
    }

    /// The duties not done whose subject is a service or "they" ("the ward should have told
    /// you", "they ought to have checked"): the word before the duty ends a mention or is
    /// "they", and what follows is no thing to have ("should have a
    /// record") and no "by now".
    fn missed_duties(&self, ctx: &Context, mentions: &[PhraseMatch]) -> Vec<PhraseMatch> {
        let text = ctx.draft.text();
        let words = ctx.draft.words();
        let duties = self.duties.find_all(ctx.draft);
        if duties.is_empty() {
            return duties;
        }
        let not_duties = self.not_duties.find_all(ctx.draft);
        let mut found = Vec::new();
        for duty in duties {
            let Some(at) = words.iter().position(|w| w.span.start == duty.span.start) else {
                continue;
            };
            let Some(before) = at.checked_sub(1).map(|i| words[i].span) else {
                continue;
            };
            let they = matches!(words[at - 1].norm.as_str(), "they" | "they'd");
            let subject = they
                || mentions.iter().any(|m| {
                    m.span.end == before.end
                        && !text[before.end..duty.span.start].contains([',', ';', ':'])
                });
            let has_or_expects = words
                .get(at..)
                .and_then(|rest| rest.iter().find(|w| w.span.start >= duty.span.end))
                .is_some_and(|w| not_duties.iter().any(|n| n.span.start == w.span.start))
                || ctx
                    .draft
                    .sentence_at(duty.span)
                    .map(|i| ctx.draft.sentences()[i].span)
                    .is_some_and(|s| fold_text(&text[duty.span.end..s.end]).contains("by now"));
            if subject && !has_or_expects {
                found.push(duty);
            }
        }
        found
    }

    /// Every mention of a service in the draft, leaving out routes to help.
    fn mentions(&self, ctx: &Context) -> Vec<PhraseMatch> {
        self.mentions_and_routes(ctx).0
    }

    /// Every mention of a service in the draft, leaving out routes to help and the system at
    /// large; and the routes to help other than the responder's own ("our team").
    fn mentions_and_routes(&self, ctx: &Context) -> (Vec<PhraseMatch>, Vec<PhraseMatch>) {
        let services = (self.story_services).get(ctx.story, |story| self.story_services(story));
        let mut mentions = services.names.find_all(ctx.draft);
        mentions.extend(self.partial_names(ctx, &services.name_words));
        mentions.extend(acronyms(ctx, &services.initials));
        mentions.extend(self.nouns.find_all(ctx.draft));
        mentions.extend(staff_by_trade(ctx));
        mentions.extend(staff_by_title(ctx));
        // A provider noun inside or just before a route's name ("Public Services Ombudsman").
        let mut routes = self.help_routes.find_all(ctx.draft);
        let systems = self.systems.find_all(ctx.draft);
        let text = ctx.draft.text();
        mentions.retain(|m| {
            !systems.iter().any(|s| s.span.overlaps(m.span))
                && !routes.iter().any(|r| {
                    r.span.overlaps(m.span)
                        || (m.span.end <= r.span.start
                            && text[m.span.end..r.span.start].trim().is_empty())
                })
        });
        // "Carers in Hartwell": the people of an area, not the carers a service sends.
        let words = ctx.draft.words();
        mentions.retain(|m| {
            let next = words.partition_point(|w| w.span.start < m.span.end);
            !(self.residents.contains(&fold_text(m.span.text(text)))
                && words
                    .get(next)
                    .is_some_and(|w| matches!(w.norm.as_str(), "in" | "across" | "throughout")))
        });
        routes.retain(|r| !fold_text(r.span.text(text)).starts_with("our "));
        (mentions, routes)
    }

    /// True when `span` is put in the author's mouth by an attribution before it in its clause
    /// ("if you feel the ward let you down"), unless a service opens a new clause between them
    /// ("what a worrying time that must have been and staff at Fernlea couldn't be bothered").
    fn attributed(
        &self,
        ctx: &Context,
        span: Span,
        attributions: &[PhraseMatch],
        mentions: &[PhraseMatch],
    ) -> bool {
        if !cued_in_clause(ctx.draft, span, attributions) {
            return false;
        }
        let Some(sentence) = ctx.draft.sentence_at(span).map(|i| ctx.draft.sentences()[i].span) else {
            return true;
        };
        let Some(cue) = attributions
            .iter()
            .filter(|a| a.span.start >= sentence.start && a.span.end <= span.start)
            .map(|a| a.span)
            .max_by_key(|a| a.end)
        else {
            return true;
        };
        let words = ctx.draft.words();
        let resumed = words.windows(2).any(|pair| {
            pair[0].span.start >= cue.end
                && pair[1].span.end <= span.start
                && CONJUNCTIONS.contains(&pair[0].norm.as_str())
                && mentions.iter().any(|m| m.span.start == pair[1].span.start)
        });
        !resumed
    }

    /// True when the words before `verdict` are its subject: a service, or a word standing for
    /// one, joined to it by at most a verb of being and adverbs in the same clause ("the
    /// receptionist was wrong", "they properly dropped the ball", "Braeside's the worst").
    fn has_service_subject(&self, ctx: &Context, verdict: Span, mentions: &[PhraseMatch]) -> bool {
        subject_among(ctx, verdict, mentions, SUBJECT_REFERENCES)
    }

    /// Every mention of a service the story names in the draft (see [`Self::mentions`]).
    pub(crate) fn service_mentions(&self, ctx: &Context) -> Vec<PhraseMatch> {
        self.mentions(ctx)
    }

    /// True when `verdict` is said of a service mentioned in `mentions`: one is its subject
    /// ("the receptionist was wrong", "the trust has let him down badly"), or its source right
    /// after it ("not good enough from the out-of-hours service"). A word standing for a service
    /// ("it", "that") does not count: "that was wrong" may judge what happened.
    pub(crate) fn said_of_named_service(
        &self,
        ctx: &Context,
        verdict: Span,
        mentions: &[PhraseMatch],
    ) -> bool {
        if subject_among(ctx, verdict, mentions, &[]) {
            return true;
        }
        let words = ctx.draft.words();
        let text = ctx.draft.text();
        let next = words.partition_point(|w| w.span.start < verdict.end);
        let source = words
            .get(next)
            .filter(|w| matches!(w.norm.as_str(), "from" | "by"))
            .filter(|w| !text[verdict.end..w.span.start].contains(CLAUSE_MARKS));
        source.is_some_and(|from| {
            words[next + 1..].iter().take(3).any(|w| {
                mentions.iter().any(|m| m.span.start == w.span.start)
                    && !text[from.span.end..w.span.start].contains(CLAUSE_MARKS)
            })
        })
    }
}

/// True when the words before `verdict` are its subject: a service in `mentions` or one of
/// `references` standing for one, joined to it by at most [`MAX_LINKS`] verbs of being and
/// adverbs in the same clause.
fn subject_among(ctx: &Context, verdict: Span, mentions: &[PhraseMatch], references: &[&str]) -> bool {
    {
        let words = ctx.draft.words();
        let text = ctx.draft.text();
        let Some(mut i) = word_at(ctx, verdict.start) else {
            return false;
        };
        for _ in 0..=MAX_LINKS {
            let Some(before) = i.checked_sub(1).map(|b| &words[b]) else {
                return false;
            };
            if text[before.span.end..words[i].span.start].contains(CLAUSE_MARKS) {
                return false;
            }
            let norm = before.norm.as_str();
            if references.contains(&norm)
                || mentions.iter().any(|m| m.span.end == before.span.end)
            {
                return true;
            }
            if !LINKS.contains(&norm) {
                return false;
            }
            i -= 1;
        }
        false
    }
}

impl CriticisesOthers {
    /// True when "they" is the subject of `verdict`, joined to it as in
    /// [`Self::has_service_subject`] ("they properly dropped the ball").
    fn has_they_subject(&self, ctx: &Context, verdict: Span) -> bool {
        let words = ctx.draft.words();
        let Some(at) = word_at(ctx, verdict.start) else {
            return false;
        };
        let they = words[at.saturating_sub(MAX_LINKS + 1)..at]
            .iter()
            .rposition(|w| matches!(w.norm.as_str(), "they" | "they're" | "they've" | "they'd"));
        they.is_some_and(|_| self.has_service_subject(ctx, verdict, &[]))
    }

    /// Subject verdicts whose subject is a service or stands for one ("the receptionist was
    /// wrong"), and denials of a thing done right ("Braeside is not being run properly").
    fn framed_verdicts(&self, ctx: &Context, mentions: &[PhraseMatch]) -> Vec<PhraseMatch> {
        let mut found = self.subject_verdicts.find_all(ctx.draft);
        found.retain(|v| self.has_service_subject(ctx, v.span, mentions));
        let words = ctx.draft.words();
        let text = ctx.draft.text();
        for (k, word) in words.iter().enumerate() {
            if !self.conduct_words.contains(&word.norm)
                || words
                    .get(k + 1)
                    .is_some_and(|next| NOT_CONDUCT_AFTER.contains(&next.norm.as_str()))
            {
                continue;
            }
            let clause = (k.saturating_sub(MAX_CONDUCT_GAP)..k)
                .rev()
                .take_while(|&n| !text[words[n].span.end..words[n + 1].span.start].contains(CLAUSE_MARKS));
            let Some(n) = clause.into_iter().find(|&n| is_negation(&words[n].norm)) else {
                continue;
            };
            let able = words[n..k].iter().any(|w| w.norm == "able");
            if !able && self.has_service_subject(ctx, words[n].span, mentions) {
                found.push(PhraseMatch {
                    span: words[n].span.union(word.span),
                    phrase: 0,
                });
            }
        }
        found
    }

    /// True when the service `mention` is only where a figure was measured ("trolley numbers at
    /// St Brigid's"): the word before it (and the rest of its name), or before its preposition,
    /// is a measure.
    fn measured_at(&self, ctx: &Context, mention: Span) -> bool {
        let words = ctx.draft.words();
        let Some(mut i) = word_at(ctx, mention.start) else {
            return false;
        };
        let text = ctx.draft.text();
        let capital = |w: &crate::text::Word| text[w.span.start..].starts_with(char::is_uppercase);
        let mut start = mention.start;
        while i > 0 && capital(&words[i - 1]) && start - words[i - 1].span.end <= 1 {
            i -= 1;
            start = words[i].span.start;
        }
        if i > 0 && PLACES.contains(&words[i - 1].norm.as_str()) {
            i -= 1;
        }
        i > 0 && self.measures.contains(&words[i - 1].norm)
    }
}

/// Words that may stand between a subject and its verdict ("was", "is clearly", "are being",
/// "'s a total").
const LINKS: &[&str] = &[
    "is", "was", "are", "were", "be", "been", "being", "has", "have", "had", "just", "so",
    "really", "clearly", "totally", "completely", "simply", "very", "quite", "frankly",
    "absolutely", "utterly", "obviously", "still", "also", "always", "properly", "absolute",
    "total", "complete", "utter", "real", "right", "bloody", "there", "round",
];

/// How many words may stand between a judgement and a route to help it judges ("what is the
/// point of having a PALS team").
const MAX_ROUTE_GAP: usize = 3;

/// How many words of [`LINKS`] may stand between a subject and its verdict.
const MAX_LINKS: usize = 3;

/// Words that stand for a service as the subject of a verdict: "they were wrong", "which is
/// not being run properly", "that was wrong".
const SUBJECT_REFERENCES: &[&str] = &[
    "they", "it", "that", "this", "which", "who", "it's", "that's", "they're", "they've",
    "they'd", "there's",
];

/// Words after which a word of conduct says when or where ("not right away", "right now").
const NOT_CONDUCT_AFTER: &[&str] = &[
    "away", "now", "there", "here", "to", "after", "through", "from", "back", "next", "behind",
    "in", "at", "the", "side", "for",
];

/// How many words before a word of conduct its negation may stand ("not being run properly").
const MAX_CONDUCT_GAP: usize = 4;

/// Prepositions that place a figure at a service ("waits at", "numbers in").
const PLACES: &[&str] = &["at", "in", "on", "from", "for", "of", "across"];

/// Punctuation that ends a clause.
const CLAUSE_MARKS: &[char] = &[',', ';', ':', '(', ')', '\u{2014}', '\u{2013}'];

/// Words that join two clauses.
const CONJUNCTIONS: &[&str] = &[
    "and", "but", "while", "whereas", "so", "because", "although", "though", "yet", "or",
];

/// Endings of the names of health trades ("sonographer", "dermatologist", "paediatrician").
const TRADE_ENDINGS: &[&str] = &["ographer", "ologist", "iatrist", "ician", "therapist"];

/// Words with those endings that name no health trade.
const NOT_TRADES: &[&str] = &["politician", "musician", "electrician", "magician", "statistician"];

/// Words that point at one member of staff ("the sonographer", "that dermatologist").
const STAFF_POINTERS: &[&str] = &["the", "that", "this", "your", "his", "her", "their"];

/// Staff named by their trade after a word pointing at them ("the sonographer", "your
/// dermatologist"): the trades are too many to list, their endings few.
fn staff_by_trade(ctx: &Context) -> Vec<PhraseMatch> {
    let words = ctx.draft.words();
    let mut found = Vec::new();
    for pair in words.windows(2) {
        let trade = trim_end_str(&pair[1].norm, "'s");
        let trade = trade.strip_suffix('s').unwrap_or(trade);
        if STAFF_POINTERS.contains(&pair[0].norm.as_str())
            && TRADE_ENDINGS.iter().any(|e| trade.ends_with(e))
            && !NOT_TRADES.contains(&trade)
        {
            found.push(PhraseMatch {
                span: pair[0].span.union(pair[1].span),
                phrase: 0,
            });
        }
    }
    found
}

/// Titles that, before a capitalised name, name a member of staff ("Dr Patel", "Sister Baines").
const STAFF_TITLES: &[&str] = &[
    "dr", "doctor", "nurse", "sister", "matron", "prof", "professor", "consultant", "midwife",
];

/// Staff named by title and name ("Dr Patel was dismissive", "Nurse Kelly"): the title and the
/// capitalised word after it.
fn staff_by_title(ctx: &Context) -> Vec<PhraseMatch> {
    let text = ctx.draft.text();
    let words = ctx.draft.words();
    let mut found = Vec::new();
    for pair in words.windows(2) {
        let title = trim_end_str(&pair[0].norm, ".");
        let named = text[pair[1].span.start..].starts_with(char::is_uppercase)
            && text[pair[0].span.end..pair[1].span.start].trim_matches('.').trim().is_empty();
        if named && STAFF_TITLES.contains(&title) {
            found.push(PhraseMatch {
                span: pair[0].span.union(pair[1].span),
                phrase: 0,
            });
        }
    }
    found
}

/// Letters of an acronym written for a service ("WAST", "CAMHS").
const ACRONYM_LETTERS: std::ops::RangeInclusive<usize> = 3..=6;

/// Draft words that abbreviate a service name: written in capitals, their letters are the
/// initials of its capitalised words in order, from the first, some perhaps left out ("WAST"
/// for "Welsh Ambulance Services NHS Trust", "CAMHS" for "Child and Adolescent Mental Health
/// Services").
fn acronyms(ctx: &Context, initials: &[String]) -> Vec<PhraseMatch> {
    let abbreviates = |word: &str, initials: &str| {
        let mut rest = initials.chars();
        word.chars().next() == initials.chars().next()
            && word.chars().all(|c| rest.any(|i| i == c))
    };
    let text = ctx.draft.text();
    let mut found = Vec::new();
    for word in ctx.draft.words() {
        let written = word.span.text(text);
        let written = trim_end_str(trim_end_str(written, "'s"), "\u{2019}s");
        let capitals = written.chars().all(|c| c.is_ascii_uppercase());
        if capitals
            && ACRONYM_LETTERS.contains(&written.len())
            && initials.iter().any(|i| abbreviates(written, i))
        {
            found.push(PhraseMatch {
                span: word.span,
                phrase: 0,
            });
        }
    }
    found
}

/// True when `span` opens with a duty ("should never have", "ought to"): said by "they" with
/// no service named before, it may be about anyone ("they shouldn't have let you go").
fn is_duty(ctx: &Context, span: Span) -> bool {
    word_at(ctx, span.start).is_some_and(|i| {
        let first = ctx.draft.words()[i].norm.as_str();
        first.starts_with("should") || first == "ought"
    })
}

/// Words that may stand between a denial and the judgement it denies ("weren't at all rude",
/// "was never remotely unsafe").
const DENIAL_LINKS: &[&str] = &[
    "at", "all", "so", "very", "really", "particularly", "remotely", "in", "any", "way", "being",
    "be", "been", "once",
];

/// True when the judgement at `judgement` is denied by the words just before it ("the staff
/// weren't rude", "they were never careless"): a denial is no verdict. "Not just rude" and
/// "not only careless" still judge.
fn is_denied(ctx: &Context, judgement: Span) -> bool {
    let words = ctx.draft.words();
    let Some(at) = word_at(ctx, judgement.start) else {
        return false;
    };
    if is_negation(&words[at].norm) {
        return false;
    }
    let text = ctx.draft.text();
    let mut n = at;
    let clause_ends = |gap: &str| gap.contains(CLAUSE_MARKS) || gap.contains(['.', '?', '!']);
    while n > 0 && !clause_ends(&text[words[n - 1].span.end..words[n].span.start]) {
        n -= 1;
        let word = words[n].norm.as_str();
        if is_negation(word) {
            let intensified = words
                .get(n + 1)
                .is_some_and(|w| matches!(w.norm.as_str(), "just" | "only" | "merely" | "simply"));
            return !intensified;
        }
        if !DENIAL_LINKS.contains(&word) {
            return false;
        }
    }
    false
}

/// True when `word` denies what follows ("not", "never", "didn't", "cannae").
fn is_negation(word: &str) -> bool {
    matches!(word, "not" | "never" | "cannot") || word.ends_with("n't") || word.ends_with("nae")
}

/// Index of the word of `ctx.draft` that starts at byte `at`.
fn word_at(ctx: &Context, at: usize) -> Option<usize> {
    ctx.draft
        .words()
        .binary_search_by_key(&at, |w| w.span.start)
        .ok()
}

/// The words of `ctx.draft` lying wholly between spans `a` and `b`, in either order.
fn words_within<'a>(ctx: &'a Context, a: Span, b: Span) -> impl Iterator<Item = &'a crate::text::Word> {
    let (from, to) = if a.end <= b.start {
        (a.end, b.start)
    } else {
        (b.end, a.start)
    };
    ctx.draft
        .words()
        .iter()
        .filter(move |w| w.span.start >= from && w.span.end <= to)
}

/// True when a clause ends between spans `a` and `b`: a comma, semicolon, colon, bracket or
/// dash, or a conjunction ("a joke and the ward was chaotic").
fn clause_break_between(ctx: &Context, a: Span, b: Span) -> bool {
    if a.overlaps(b) {
        return false;
    }
    let (from, to) = if a.end <= b.start {
        (a.end, b.start)
    } else {
        (b.end, a.start)
    };
    let between = &ctx.draft.text()[from..to];
    between.contains(CLAUSE_MARKS)
        || between.contains(" - ")
        || words_within(ctx, a, b).any(|w| CONJUNCTIONS.contains(&w.norm.as_str()))
}

/// `phrases` and, for each that opens with "the" and a word, the same after "that" and "this":
/// a service pointed at ("that midwife", "this consultant") is as named as "the midwife". Not
/// "the * ward": "that * ward" would read "agree that the ward" as pointing at it.
fn with_demonstratives(phrases: &[String]) -> Vec<String> {
    let mut all = phrases.to_vec();
    for phrase in phrases {
        let rest = phrase.strip_prefix("the ").filter(|rest| !rest.starts_with('*'));
        if let Some(rest) = rest {
            for pointer in ["that", "this"] {
                all.push(format!("{pointer} {rest}"));
            }
        }
    }
    all
}

/// `phrases` and, for each with "have" after a modal, the same with "of", as "'ve" is often
/// written ("should have known better" → "should of known better", "shouldn't of").
fn with_of_for_have(phrases: &[String]) -> Vec<String> {
    let mut all = phrases.to_vec();
    for phrase in phrases {
        let words: Vec<&str> = phrase.split(' ').collect();
        let after_modal = |k: usize| {
            words[..k]
                .iter()
                .rev()
                .find(|w| !matches!(**w, "*" | "never" | "not" | "at" | "least" | "to"))
                .is_some_and(|w| MODALS.contains(w))
        };
        if let Some(k) = (1..words.len()).find(|&k| words[k] == "have" && after_modal(k)) {
            let mut spelt = words.clone();
            spelt[k] = "of";
            all.push(spelt.join(" "));
        }
    }
    all
}

/// Modal verbs that "have" follows in a past duty or possibility ("should have", "ought to
/// have").
const MODALS: &[&str] = &[
    "should", "shouldn't", "could", "couldn't", "would", "wouldn't", "must", "might", "ought",
];

/// `phrases` and, for each of three words or more that starts with "not", the same after a
/// contracted verb ("not fit for purpose" → "isn't fit for purpose"). Shorter ones are too
/// loose ("not fit" would reach "your dad isn't fit to travel").
fn with_contractions(phrases: &[String]) -> Vec<String> {
    let mut all = phrases.to_vec();
    for phrase in phrases {
        let rest = phrase.strip_prefix("not ").filter(|rest| rest.contains(' '));
        if let Some(rest) = rest {
            for verb in ["isn't", "aren't", "wasn't", "weren't"] {
                all.push(format!("{verb} {rest}"));
            }
        }
    }
    all
}

/// The span of a sentence's verdicts once `span` is found: `span` joins the one found before
/// when in the same clause; else the first stays, so that the finding points at one verdict
/// ("a joke", not "a joke and the ward was chaotic").
fn joined(ctx: &Context, clause: Option<Span>, span: Span) -> Span {
    match clause {
        Some(c) if clause_break_between(ctx, c, span) => c,
        Some(c) => c.union(span),
        None => span,
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

/// "“A”", "“A” and “B”", "“A”, “B” and “C”", each as it reads mid-sentence ("The night staff"
/// at the start of a sentence → "the night staff").
fn quoted_list(items: &[&str]) -> String {
    let quoted: Vec<String> = items
        .iter()
        .map(|item| match item.strip_prefix("The ") {
            Some(rest) => format!("\u{201c}the {rest}\u{201d}"),
            None => format!("\u{201c}{item}\u{201d}"),
        })
        .collect();
    join_and(&quoted)
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
        let (mentions, routes) = self.mentions_and_routes(ctx);
        let text = ctx.draft.text();
        // "The ward sounds like a shambles": a hedge right after a service is no attribution to
        // the author but a softened verdict, told at hint.
        let mut hedges = Vec::new();
        let mut attributions = self.attributions.find_all(ctx.draft);
        attributions.retain(|a| {
            // "If you ask me, …" gives the responder's own view.
            let words = ctx.draft.words();
            let next = words.partition_point(|w| w.span.start < a.span.end);
            let own_view = words.get(next).is_some_and(|w| w.norm == "ask")
                && words.get(next + 1).is_some_and(|w| w.norm == "me");
            if own_view {
                return false;
            }
            let hedge = fold_text(a.span.text(text)).starts_with("sound");
            // "That reception desk sounds like…": a word of the service's may stand between.
            let after_service = hedge
                && mentions
                    .iter()
                    .any(|m| m.span.end <= a.span.start && words_between(ctx, m.span, a.span) <= 1);
            if after_service {
                hedges.push(a.span);
            }
            !after_service
        });
        let references = self.references.find_all(ctx.draft);
        let mut judgements = self.judgements.find_all(ctx.draft);
        judgements.retain(|j| !is_denied(ctx, j.span));
        // The listed judgements come first; a duty found by its subject after "they" may be
        // about things rather than a service ("things didn't go as well as they should have").
        let listed = judgements.len();
        judgements.extend(self.missed_duties(ctx, &mentions));
        judgements.extend(self.framed_verdicts(ctx, &mentions));
        // Clauses about what a service did: the act opens the subject, after "being" if passive.
        let mut acts = ctx.act_clauses().to_vec();
        // "No excuse for leaving someone of 91 in bed": a judgement on an act named after it.
        let words = ctx.draft.words();
        let acts_after: Vec<(Span, usize)> = judgements
            .iter()
            .filter_map(|j| {
                let next = words.partition_point(|w| w.span.start < j.span.end);
                let acted = words.get(next)?.norm == "for" && next + 1 < words.len();
                acted.then_some((j.span, next + 1))
            })
            .collect();
        let service_acts = if acts.is_empty() && acts_after.is_empty() {
            Vec::new()
        } else {
            self.service_acts.find_all(ctx.draft)
        };
        let judged_acts: Vec<Span> = acts_after
            .iter()
            .filter(|(_, act)| service_acts.iter().any(|m| m.span == words[*act].span))
            .map(|(j, _)| *j)
            .collect();
        acts.retain(|a| {
            let words = ctx.draft.words().iter();
            let mut subject = words.filter(|w| a.subject.start <= w.span.start && w.span.end <= a.subject.end);
            let first = subject.next();
            let head = match first {
                Some(w) if w.norm == "being" => subject.next(),
                other => other,
            };
            let all = ctx.draft.words();
            let from = all.partition_point(|w| w.span.start < a.subject.start);
            head.is_some_and(|h| service_acts.iter().any(|m| m.span == h.span))
                || heads_handling(&all[from..])
        });
        let empathy = self.short_empathy.find_all(ctx.draft);
        let passives = self.passive_verdicts.find_all(ctx.draft);
        let situations = self.situations.find_all(ctx.draft);
        let reports = self.reported_speech.find_all(ctx.draft);
        let culprits = self.culprits.find_all(ctx.draft);
        let habitual = if has_habits(ctx.draft) {
            habitual_claims(ctx.draft, &mentions)
        } else {
            Vec::new()
        };
        let mut found = Vec::new();
        let mut previous: Option<Span> = None;
        // A service a fragment named, and how many sentences more it stays the topic.
        let mut topic: Option<(&PhraseMatch, usize)> = None;
        for sentence in ctx.draft.sentences() {
            let inside = |s: Span| s.start >= sentence.span.start && s.end <= sentence.span.end;
            let mut clause: Option<Span> = None;
            let mut targets: Vec<&str> = Vec::new();
            // A service named in the sentence before, that "it" or "they" may refer to.
            let named_before = previous.and_then(|p| {
                mentions
                    .iter()
                    .find(|m| m.span.start >= p.start && m.span.end <= p.end)
            });
            previous = Some(sentence.span);
            let names_own = mentions.iter().any(|m| inside(m.span));
            let topical = topic.map(|(m, _)| m).filter(|_| !names_own);
            topic = if names_own {
                self.topic_fragment(ctx, sentence, &mentions).map(|m| (m, 2))
            } else {
                topic.and_then(|(m, left)| (left > 1).then_some((m, left - 1)))
            };
            let mut carried_over = false;
            for j in &judgements {
                if !inside(j.span)
                    || self.attributed(ctx, j.span, &attributions, &mentions)
                    || situations.iter().any(|s| s.span.overlaps(j.span))
                    || self.reported(ctx, j.span, &reports)
                {
                    continue;
                }
                // The nearest service (the longest, then the first, of the nearest), counting
                // one word more for one after the judgement: the subject usually comes first
                // ("X's care was substandard, and Y…").
                let mut nearest = None;
                for m in &mentions {
                    // A service the judgement holds ("poor ward management") is judged by it.
                    let held = m.span.start > j.span.start && m.span.end <= j.span.end;
                    if !inside(m.span) || (m.span.overlaps(j.span) && !held) {
                        continue;
                    }
                    let after = m.span.start >= j.span.end;
                    // A service after the judgement is its object in the same clause ("poor
                    // care at Ward 5"); one before it, its subject unless it only says where a
                    // figure was measured.
                    let other_clause = if after {
                        clause_break_between(ctx, j.span, m.span)
                    } else {
                        self.measured_at(ctx, m.span)
                    };
                    if other_clause {
                        continue;
                    }
                    let distance = (
                        words_between(ctx, m.span, j.span) + usize::from(after),
                        after,
                        std::cmp::Reverse(m.span.end - m.span.start),
                    );
                    if nearest.is_none_or(|(best, _)| distance < best) {
                        nearest = Some((distance, m));
                    }
                }
                let referred = || {
                    // "What a shambles." exclaims a verdict; "What a terrible night." a feeling.
                    let exclaimed = |e: &PhraseMatch| {
                        fold_text(e.span.text(text)) == "what a"
                            && e.span.start < j.span.start
                            && (e.span.overlaps(j.span) || words_between(ctx, e.span, j.span) == 0)
                            && !self
                                .experience_words
                                .contains(&fold_text(j.span.text(text)))
                    };
                    let feeling = empathy.iter().any(|e| inside(e.span) && !exclaimed(e));
                    let before = named_before.filter(|_| {
                        sentence.words.len() <= self.short_verdict
                            || references
                                .iter()
                                .any(|r| inside(r.span) && r.span.end <= j.span.start)
                    });
                    before.or(topical).filter(|_| !feeling)
                };
                // A route to help judged as a service is ("what is the point of having a PALS
                // team if…", "the complaints team were useless"): its subject, or close after.
                let judged_route = || {
                    routes.iter().find(|r| {
                        inside(r.span)
                            && ((r.span.start >= j.span.end
                                && words_between(ctx, j.span, r.span) <= MAX_ROUTE_GAP
                                && !clause_break_between(ctx, j.span, r.span))
                                || subject_among(ctx, j.span, std::slice::from_ref(*r), &[]))
                    })
                };
                let mention = match (nearest, referred()) {
                    (Some((_, mention)), _) => mention,
                    (None, Some(before)) => {
                        carried_over = true;
                        before
                    }
                    (None, None) => match judged_route() {
                        Some(route) => route,
                        None => continue,
                    },
                };
                if !inside(mention.span) {
                    clause = Some(joined(ctx, clause, j.span));
                    let target = mention.span.text(text);
                    if !targets.iter().any(|t| t.eq_ignore_ascii_case(target)) {
                        targets.push(target);
                    }
                    continue;
                }
                if hedges.iter().any(|h| inside(*h) && h.start < j.span.start) {
                    carried_over = true;
                }
                let span = if words_between(ctx, mention.span, j.span) <= self.max_gap {
                    mention.span.union(j.span)
                } else {
                    j.span
                };
                clause = Some(joined(ctx, clause, span));
                let target = mention.span.text(text);
                if !targets.iter().any(|t| t.eq_ignore_ascii_case(target)) {
                    targets.push(target);
                }
            }
            if clause.is_none() && !names_own {
                // "Sending partners home at 10pm is a daft rule": a verdict on what a service did.
                clause = judgements
                    .iter()
                    .find(|j| {
                        inside(j.span)
                            && (judged_acts.contains(&j.span)
                                || acts
                                    .iter()
                                    .any(|a| a.leads_to(ctx.draft, j.span, self.max_act_gap)))
                            && !self.experience_words.contains(&fold_text(j.span.text(text)))
                            && !self.attributed(ctx, j.span, &attributions, &mentions)
                            && !situations.iter().any(|s| s.span.overlaps(j.span))
                            && !self.reported(ctx, j.span, &reports)
                    })
                    .map(|j| j.span);
                carried_over = true;
            }
            if clause.is_none() && !names_own {
                // "They properly dropped the ball" with no service named before it: "they" can
                // only be the service the story is about.
                clause = judgements[..listed]
                    .iter()
                    .find(|j| {
                        inside(j.span)
                            && ((!is_duty(ctx, j.span) && self.has_they_subject(ctx, j.span))
                                || culprits.iter().any(|c| inside(c.span) && c.span.end <= j.span.start))
                            && !self.attributed(ctx, j.span, &attributions, &mentions)
                            && !situations.iter().any(|s| s.span.overlaps(j.span))
                            && !self.reported(ctx, j.span, &reports)
                    })
                    .map(|j| j.span);
                carried_over = true;
            }
            if clause.is_none() {
                // "Joondalup's ED routinely sidelines carers": a service said to fail by habit is
                // judged on its record, told at hint as the failing may be named mildly.
                clause = habitual
                    .iter()
                    .find(|h| inside(**h) && !self.attributed(ctx, **h, &attributions, &mentions))
                    .copied();
                carried_over = true;
            }
            if clause.is_none() {
                // "You were failed": no service named, but no one else could have done it.
                clause = passives
                    .iter()
                    .find(|p| inside(p.span) && !self.attributed(ctx, p.span, &attributions, &mentions))
                    .map(|p| p.span);
                carried_over = true;
            }
            if let Some(span) = clause {
                let judged = if targets.is_empty() {
                    "the service".to_string()
                } else {
                    quoted_list(&targets)
                };
                let mut finding = rule_finding(
                    self,
                    Some(span),
                    format!(
                        "This may read as criticising {judged} on the strength of one story. \
                         Describe what the author told you, and point them to who can look into \
                         it, such as {}.",
                        Country::of(ctx.story).complaint_routes()
                    ),
                );
                if carried_over {
                    // "It was chaotic" may be about the service named before, or not.
                    finding.severity = Severity::Hint;
                }
                found.push(finding);
            }
        }
        found
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{
        assert_configurable, assert_fires, assert_silent, findings, findings_with, flagged, story,
    };
    use crate::{Config, Severity, StoryContext, StoryResponse};

    const ID: &str = "criticises-others";

    fn on(story: &StoryContext, draft: &str) -> Vec<String> {
        findings_with(ID, draft, story, &Config::default())
            .iter()
            .map(|f| f.span.unwrap().text(draft).to_string())
            .collect()
    }

    #[test]
    fn verdicts_in_everyday_words_and_in_the_next_sentence() {
        for draft in [
            "The ward was chaotic.",
            "The receptionist was rude and unhelpful.",
            "The surgery made a right mess of it.",
            "Staff couldn’t be bothered.",
        ] {
            assert_fires(ID, draft);
        }
        let draft = "You went to the surgery twice. They made a right mess of it.";
        let found = findings(ID, draft);
        assert_eq!(found[0].severity, Severity::Hint);
        assert_eq!(found[0].span.unwrap().text(draft), "made a right mess");
        for draft in [
            "Eastbrook Hospital kept her for a week. What a shambles.",
            "Eastbrook Hospital kept her for a week. Nobody cared.",
        ] {
            assert_eq!(findings(ID, draft)[0].severity, Severity::Hint, "{draft}");
        }
        assert_silent(ID, "Eastbrook Hospital kept her for a week. What a terrible week.");
        assert_silent(ID, "It's not an unreasonable thing to ask Eastbrook Hospital for.");
        assert_silent(
            ID,
            "If the stairs are getting too risky, tell the falls team.",
        );
        assert_silent(
            ID,
            "I'm sorry about the delays you describe at the surgery.",
        );
        assert_silent(
            ID,
            "We will ask the ward whether it was disorganised that night.",
        );
        assert_silent(
            ID,
            "It isn't safe for your dad at home alone, so do ring the district nurses.",
        );
        assert_silent(
            ID,
            "The rude replies you describe from reception can be raised with the practice manager.",
        );
        assert_fires(ID, "The reception staff were rude, as you describe.");
        assert_fires(ID, "The ward is not safe for patients.");
    }

    #[test]
    fn verdicts_with_degree_words_and_duties_not_done() {
        for draft in [
            "The care your dad got at the hospital fell far short.",
            "The department has made a complete hash of your referral.",
            "The ward’s communication with your family was very poor.",
            "The doctors clearly weren’t interested in your father.",
            "The staff don’t seem to know what they’re doing.",
        ] {
            assert_fires(ID, draft);
        }
        let draft = "You saw the physio service twice. Careless doesn’t begin to cover it.";
        assert_eq!(findings(ID, draft)[0].severity, Severity::Hint);
        assert_silent(ID, "You went to the hospital twice. That sounds awful.");
        assert_silent(ID, "It must have been awful sitting in the department for hours.");
        assert_silent(ID, "It sounds like a terrible night, and the nurse clearly cared.");
    }

    #[test]
    fn a_verdict_in_the_negative_after_a_contracted_verb() {
        assert_fires(ID, "The practice's phone system clearly isn't fit for purpose.");
        assert_fires(ID, "The ward wasn't up to scratch that weekend.");
        assert_silent(ID, "Your dad isn't fit to go home yet, so do ask the ward.");
    }

    #[test]
    fn a_duty_missed_by_a_service() {
        assert_eq!(
            flagged(ID, "I'm sorry. The hospital should have scanned him that night."),
            ["The hospital should have"]
        );
        let draft = "You went to the surgery twice. They should have referred you.";
        assert_eq!(findings(ID, draft)[0].severity, Severity::Hint);
        assert_silent(ID, "Your GP should have a record of the referral.");
        assert_silent(ID, "You should have received a letter from the hospital.");
        assert_silent(ID, "The clinic should have sent it by now, so do ring them.");
    }

    #[test]
    fn a_verdict_on_what_a_service_did_is_a_hint() {
        let draft = "Dear Ellie, sending partners home at 10pm is a daft rule.";
        assert_eq!(findings(ID, draft)[0].severity, Severity::Hint);
        assert_eq!(flagged(ID, draft), ["daft rule"]);
        assert_silent(ID, "Being 14 and missing trips because your chair hurts is rubbish.");
        assert_silent(ID, "Two years for a nine-year-old is a scandal.");
        assert_silent(ID, "Leaving him home alone is awful to think about.");
    }

    #[test]
    fn a_verdict_on_a_kind_of_handling_is_a_hint() {
        let draft = "Lyn, agree 100%, that discharge was shocking.";
        assert_eq!(findings(ID, draft)[0].severity, Severity::Hint);
        assert_eq!(flagged(ID, draft), ["shocking"]);
        assert_silent(ID, "The wait was shocking, I know.");
    }

    #[test]
    fn a_service_named_alone_is_the_topic_of_what_follows() {
        let draft = "The ED at the hospital. No fit place for a man of 80, from what you say.";
        let found = findings(ID, draft);
        assert_eq!(found[0].severity, Severity::Hint);
        assert_eq!(found[0].span.unwrap().text(draft), "No fit place");
        let later = "Dear Sam,\n\nThe clinic. Two years of waiting? Somebody there is asleep at \
                     the wheel.";
        assert_eq!(flagged(ID, later), ["asleep at the wheel"]);
        assert_silent(
            ID,
            "Thank you to the clinic. No fit place for a man of 80 is a phrase you used.",
        );
        assert_silent(ID, "The clinic. That sounds awful, and I'm so sorry.");
    }

    #[test]
    fn a_verdict_hedged_after_the_service_is_a_hint() {
        let draft = "The ward sounds like a shambles.";
        assert_eq!(findings(ID, draft)[0].severity, Severity::Hint);
        assert_silent(ID, "It sounds like a terrible night at the hospital.");
    }

    #[test]
    fn word_forms_do_not_reach_other_words() {
        assert_silent(ID, "Aw, the ward sounds lovely.");
        assert_silent(ID, "I dread to think how the clinic visit felt for you.");
        assert_fires(ID, "The clinic was awfully disorganised.");
    }

    #[test]
    fn verdicts_whose_doer_can_only_be_the_service() {
        let draft = "I'm sorry. Your nan was let down, plain and simple.";
        let found = findings(ID, draft);
        assert_eq!(found[0].severity, Severity::Hint);
        assert_eq!(found[0].span.unwrap().text(draft), "was let down");
        assert!(found[0].message.contains("criticising the service"));
        assert_silent(ID, "I'm sorry if you feel you were let down.");
        assert_silent(ID, "I'm sorry you felt let down.");
    }

    #[test]
    fn verdicts_in_idiom_and_in_the_negative() {
        for draft in [
            "Ward 7 has a lot to answer for.",
            "The ambulance service wasn't up to the job that afternoon.",
            "The trust is frankly failing people.",
            "I'd never put my own mother in that care home.",
            "That admin team couldn't organise a raffle.",
            "The practice manager has a reputation for fobbing families off.",
        ] {
            assert_fires(ID, draft);
        }
        assert_silent(ID, "I wouldn't let this put you off going back to the surgery.");
        assert_silent(ID, "Your dad was in a bad way when the ambulance came.");
    }

    #[test]
    fn a_judgement_denied_is_no_verdict() {
        for draft in [
            "The nurses were not rude to you, you say, but nobody explained the delay.",
            "The staff at the surgery weren't at all careless; they were stretched.",
            "The ward was never unsafe, the trust says, but you felt it was.",
        ] {
            assert_silent(ID, draft);
        }
        assert_fires(ID, "The receptionist was not just rude but dismissive.");
        assert_fires(ID, "You did everything right; they didn't. The ward was chaotic.");
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
            ["was poor care at Ward 5"]
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
        let draft = "Southern Coastal Health is failing its patients.";
        assert_silent(ID, draft);
        let answered = StoryContext {
            responses: vec![StoryResponse {
                organisation: Some("Southern Coastal Health".into()),
                ..Default::default()
            }],
            ..story()
        };
        assert_eq!(on(&answered, draft), ["Southern Coastal Health is failing"]);
    }

    #[test]
    fn underlines_the_clause_in_a_whole_reply() {
        let draft = "Dear hedgerow_walker,\n\nThank you for your story. Eastbrook Hospital’s \
                     care was substandard, and the Emergency Department let you down.\n\nSam";
        assert_eq!(
            flagged(ID, draft),
            ["Eastbrook Hospital’s care was substandard"]
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
    fn fires_on_failing_someone_other_than_you() {
        assert_eq!(
            flagged(ID, "The hospital clearly failed the patient."),
            ["The hospital clearly failed the patient"]
        );
        assert_eq!(
            flagged(ID, "The staff obviously let your dad down."),
            ["The staff obviously let your dad down"]
        );
        assert_silent(
            ID,
            "The hospital failed to send the letter, so please ask PALS.",
        );
    }

    #[test]
    fn services_named_in_part_or_by_a_generic_noun() {
        let physio = StoryContext {
            services: vec!["Eastbrook Hospital / Physiotherapy".into()],
            ..story()
        };
        assert_eq!(
            on(
                &physio,
                "I’m sorry, the physio department is clearly badly run."
            ),
            ["the physio department is clearly badly run"]
        );
        assert_eq!(on(&physio, "Physio is badly run."), ["Physio is badly run"]);
        assert_silent(ID, "Physio is badly run.");
        assert_eq!(
            flagged(ID, "The fracture clinic is clearly badly run."),
            ["The fracture clinic is clearly badly run"]
        );
    }

    #[test]
    fn a_service_by_its_acronym_and_they_with_no_service_before() {
        let mut ambulance = story();
        ambulance.services = vec!["Welsh Ambulance Services NHS Trust".to_string()];
        assert!(!on(&ambulance, "WAST's handling of the call was a shambles.").is_empty());
        assert!(on(&ambulance, "The NHS helpline is a shambles.").iter().all(|f| !f.contains("NHS")));
        let hinted = findings(ID, "Ugh, that sounds rough. They properly dropped the ball.");
        assert_eq!(hinted.len(), 1);
        assert_eq!(hinted[0].severity, Severity::Hint);
        assert_silent(ID, "Sorry. They shouldn't have let you go home like that.");
        assert_silent(ID, "Things didn't go as well as they should have.");
    }

    #[test]
    fn verdicts_in_everyday_idiom_and_others_accounts_reported() {
        for draft in [
            "Eastbrook Hospital has been a basket case for years.",
            "That's pretty ordinary from Eastbrook Hospital.",
            "The hospital should be mortified.",
            "Eastbrook Hospital has gone downhill.",
            "The district nurses round there haven't a clue.",
            "That ward has form for losing paperwork.",
            "Long waits are the norm at Eastbrook Hospital.",
            "Your son deserved so much better than that hospital.",
            "That's an absolute joke from Eastbrook Hospital.",
            "The discharge team in that hospital clearly don't talk to anyone.",
            "If you ask me that clinic needs a shake up.",
            "The trust's leadership has lost control of A&E.",
            "I think that nurse was horrible to you.",
        ] {
            assert_fires(ID, draft);
        }
        let hinted = findings(ID, "The mother in this story was not listened to.");
        assert_eq!(hinted.len(), 1);
        assert_eq!(hinted[0].severity, Severity::Hint);
        let hinted = findings(ID, "If you ask me there's no excuse for leaving someone of 91 in bed.");
        assert_eq!(hinted.len(), 1);
        assert_eq!(hinted[0].severity, Severity::Hint);
        assert_silent(ID, "There's no excuse for feeling this way.");
        assert_silent(ID, "Lots of people tell us they felt brushed off in the hospital.");
        assert_silent(ID, "The author describes long queues and a dismissive receptionist.");
    }

    #[test]
    fn routes_to_help_are_not_judged() {
        assert_silent(
            ID,
            "Our advocacy service can help you complain about poor care.",
        );
        assert_silent(ID, "If you feel the ward let you down, you can complain.");
        assert_silent(
            ID,
            "The PALS team can look into it if you feel the care was poor.",
        );
    }

    #[test]
    fn one_finding_per_sentence() {
        let ward = StoryContext {
            services: vec!["Northfield Hospital / Ward 7".into()],
            ..story()
        };
        let draft = "The hospital failed your husband, and the poor care at Ward 7 shows the ward \
                     is clearly badly run. Thank you.";
        let found = findings_with(ID, draft, &ward, &Config::default());
        assert_eq!(found.len(), 1);
        assert_eq!(
            found[0].span.unwrap().text(draft),
            "The hospital failed your husband"
        );
        assert!(
            found[0]
                .message
                .contains("\u{201c}the hospital\u{201d}, \u{201c}Ward 7\u{201d} and"),
            "{}",
            found[0].message
        );
    }

    #[test]
    fn a_finding_points_at_one_verdict_not_two_clauses() {
        assert_eq!(
            flagged(ID, "Sending him home was a joke and the ward was chaotic."),
            ["the ward was chaotic"]
        );
        assert_eq!(
            flagged(ID, "The ward was chaotic, and the staff were rude."),
            ["The ward was chaotic"]
        );
        assert_eq!(
            flagged(ID, "The receptionist was rude and unhelpful."),
            ["receptionist was rude and unhelpful"]
        );
    }

    #[test]
    fn a_service_after_another_clause_is_not_the_object() {
        assert_silent(
            ID,
            "The audit found the lifts out of order, the hospital among the sites visited.",
        );
        assert_fires(ID, "That was poor care at the hospital.");
    }

    #[test]
    fn everyday_verdicts_need_a_service_as_their_subject() {
        for draft in [
            "The receptionist was wrong to send you away.",
            "The staff at the clinic were wrong.",
            "The transport rules are daft and the ambulance crew are no good.",
            "Care homes like that home cannae even keep track of glasses.",
            "The sonographer should have booked an interpreter, and that was wrong.",
        ] {
            assert_fires(ID, draft);
        }
        assert_silent(ID, "You're not wrong, and the ward will want to hear it.");
        assert_silent(ID, "There's nothing wrong with asking the hospital again.");
        assert_silent(ID, "I can't even imagine how the night on the ward felt.");
        assert_silent(ID, "Your mum was given the wrong tablets, so do ask the ward.");
    }

    #[test]
    fn a_thing_done_right_denied_of_a_service() {
        assert_eq!(
            flagged(ID, "The home, which is clearly not being run properly, has a new manager."),
            ["The home, which is clearly not being run properly"]
        );
        assert_fires(ID, "The ward didn't check his notes properly.");
        assert_silent(ID, "Your dad wasn't able to see properly, so do tell the ward.");
        assert_silent(ID, "The clinic can't see you right away, so ring them on Monday.");
        assert_silent(ID, "The staff answered you properly and fairly.");
    }

    #[test]
    fn a_figure_ranked_at_a_service_is_no_verdict_on_it() {
        assert_silent(
            ID,
            "Trolley numbers at the hospital are the worst in the region, as the figures show.",
        );
        assert_fires(ID, "Waits at the clinic have been dreadful for years.");
    }

    #[test]
    fn the_responders_own_view_and_route_names() {
        assert_fires(ID, "If you ask me the crisis line is a waste of time.");
        assert_silent(ID, "If you feel the crisis line was a waste of time, tell PALS.");
        assert_silent(
            ID,
            "The Public Services Ombudsman's report highlighted unsafe discharges.",
        );
        assert_fires(ID, "The nurse was cold to you.");
        assert_silent(ID, "Meals on the ward were left going cold.");
    }

    #[test]
    fn rights_and_feelings_of_the_author_are_no_verdict() {
        assert_silent(ID, "Young people at the crisis team shouldn't have to wait like that.");
        assert_silent(ID, "Waiting on the memory service must feel awful.");
    }

    #[test]
    fn sarcasm_rhetorical_questions_and_unfavourable_comparisons() {
        for draft in [
            "Funny how the board always finds money for consultants but never for the waiting list, eh?",
            "Why is it always the bush clinics that get dropped first?",
            "Is anyone at the surgery actually reading their own policies?",
            "How the surgery thought this was acceptable I'll never know.",
            "Compared with the neighbouring services, the postnatal ward is always the weak link.",
            "The reply from the trust above is the usual bland PR.",
            "I'd have thought the discharge lot would have learnt by now.",
        ] {
            assert_fires(ID, draft);
        }
        assert_silent(ID, "It's funny how things turn out: the ward rang the next day.");
        assert_silent(ID, "Is anyone at home able to help you with the forms?");
    }

    #[test]
    fn routes_staff_and_culprits_judged() {
        assert_fires(
            ID,
            "What is the point of having a PALS team if they only ring you back a fortnight later?",
        );
        assert_silent(ID, "If the reply doesn't help, the PALS team can look into it for you.");
        assert_eq!(flagged(ID, "Dr Patel was dismissive."), ["Dr Patel was dismissive"]);
        for draft in [
            "Whoever is meant to be coordinating your dad's care has dropped the ball.",
            "Those responsible should hang their heads.",
        ] {
            assert_eq!(findings(ID, draft)[0].severity, Severity::Hint, "{draft}");
        }
        let story = StoryContext {
            services: vec!["NHS Tayside / Ninewells Hospital Ward 7".into()],
            ..Default::default()
        };
        assert_eq!(
            on(&story, "The moves were down to poor ward management."),
            ["poor ward management"]
        );
    }

    #[test]
    fn a_service_opening_a_new_clause_ends_the_authors_view() {
        assert_fires(
            ID,
            "What a worrying few days that must have been and staff couldn't be bothered.",
        );
        assert_silent(ID, "What a worrying few days that must have been and how awful for you.");
    }

    #[test]
    fn the_area_a_service_serves_and_the_system_at_large_are_not_judged() {
        let story = StoryContext {
            services: vec!["Hartwell General Hospital / Emergency Department".into()],
            ..Default::default()
        };
        assert!(on(&story, "Carers in Hartwell are left to fend for themselves.").is_empty());
        assert!(on(&story, "It's a scandal right across Hartwell.").is_empty());
        assert!(!on(&story, "Hartwell are a disgrace.").is_empty());
        assert!(!on(&story, "Waits in Hartwell are a disgrace.").is_empty());
        assert_silent(ID, "The whole system is failing people like you.");
    }

    #[test]
    fn staff_pointed_at_and_those_who_run_a_service_are_named() {
        assert_eq!(
            flagged(ID, "Honestly, that surgeon should be struck off."),
            ["that surgeon should be struck off"]
        );
        assert_fires(ID, "I'm sorry. This registrar was plainly out of his depth.");
        assert_fires(ID, "The owners have run that place shabbily for years.");
        assert_silent(ID, "That surgeon has a clinic on Tuesdays if you want a second look.");
        assert_eq!(
            flagged(ID, "I agree that the ward failed him."),
            ["the ward failed him"]
        );
    }

    #[test]
    fn have_written_as_of_after_a_modal_is_still_a_duty() {
        assert_fires(ID, "The ward should of checked on him every hour.");
        assert_fires(ID, "The clinic shouldn't of sent you away without a plan.");
        assert_silent(ID, "The clinic should of course be told, so do ring them.");
    }

    #[test]
    fn a_service_said_to_fail_by_habit_is_judged_at_hint() {
        let draft = "Sorry. Eastbrook's emergency department persistently loses track of older patients.";
        let found = findings(ID, draft);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].severity, Severity::Hint);
        assert_silent(ID, "You may feel the department routinely overlooks carers.");
    }

    #[test]
    fn can_be_turned_off_or_softened() {
        assert_configurable(ID, "The hospital failed you.");
    }
}
