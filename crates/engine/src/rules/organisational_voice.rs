//! `organisational-voice`: "Are you representing your organisation’s values and responsibilities
//! (rather than your personal views)?"
//!
//! Fires on phrases that give the responder's own opinion or experience ("personally I think",
//! "in my opinion", "if it were my mum I would", "I believe the hospital…", "my own experience
//! there was…"). "I" used to act for the organisation ("I have passed your story to our team",
//! "I'm the engagement officer at…") is fine, so the list names opinions, not the word "I".

use super::{rule_finding, Context, Rule};
use crate::config::{strings, CommonSettings};
use crate::text::{Frame, PhraseSet};
use crate::{rule_settings, word_list, Config, Document, Finding, Severity, Span};

rule_settings! {
    /// Settings of `organisational-voice`.
    pub struct Settings {
        /// Phrases that give a personal view (whole words, `*` = any one word, `word*` = prefix).
        pub phrases: Vec<String> = strings(DEFAULT_PHRASES),
        /// A view given as the responder's own ("I think", "I'd say"): a personal view when the
        /// same sentence judges (an opinion judgement), not when it only points to help ("I
        /// think the best next step is to call PALS").
        pub opinion_verbs: Vec<String> = strings(DEFAULT_OPINION_VERBS),
        /// What makes an opinion-verb sentence a verdict ("should have", "wrong", "unfair"), for
        /// the service as much as against it ("did their very best", "can't be blamed").
        pub opinion_judgements: Vec<String> = strings(DEFAULT_OPINION_JUDGEMENTS),
        /// The responder's own life ("I've got", "I nursed"): personal when the same sentence
        /// names family (a family word).
        pub own_life: Vec<String> = strings(DEFAULT_OWN_LIFE),
        /// Candour ("to be honest", "frankly"): a personal view when the same sentence speaks
        /// in the first person singular (a candid view: "to be honest I'd…"), not when it
        /// speaks for the organisation ("to be honest, we don't cover your area").
        pub candour: Vec<String> = strings(DEFAULT_CANDOUR),
        /// A standpoint that names a role ("as a parent", "speaking as someone who…", "in your
        /// shoes"): the responder's own only when its sentence speaks in the first person
        /// singular ("as a mum, I know…") or speaks to nobody ("as a parent, it's heartbreaking
        /// to read"); the author's when it speaks to them instead ("we can support you as a
        /// parent carer", "families in your shoes often find…").
        pub standpoints: Vec<String> = strings(DEFAULT_STANDPOINTS),
        /// First person singular, for candour.
        pub candid_views: Vec<String> = strings(DEFAULT_CANDID_VIEWS),
        /// Family, for the responder's own life.
        pub family_words: Vec<String> = strings(DEFAULT_FAMILY_WORDS),
        /// What someone ought to do ("should", "needs to"): with an opinion verb, a personal
        /// verdict on what a service must change ("I honestly think the trust should scrap
        /// it"), not when the author or the organisation is told what to do ("I think you
        /// should call PALS").
        pub obligations: Vec<String> = strings(DEFAULT_OBLIGATIONS),
        /// Fellow feeling said in the first person ("I do feel for you both", "I feel so sorry
        /// for your mum"): sympathy, not a view, so its "I feel" opens no opinion or candid view.
        pub sympathies: Vec<String> = strings(DEFAULT_SYMPATHIES),
    }
}

const DEFAULT_SYMPATHIES: &str = word_list![
    "feel for",
    "feel * for you",
    "feel * for your",
    "feel * for her",
    "feel * for him",
    "feel * for them",
    "feel * for the",
    "feel * * for you",
    "feel * * for your",
    "feel sorry",
    "feel * sorry",
];

const DEFAULT_OBLIGATIONS: &str = word_list![
    "should",
    "shouldn't",
    "ought to",
    "needs to",
    "need to",
    "must",
    "has to",
    "have to",
];

const DEFAULT_PHRASES: &str = word_list![
    "personally i think",
    "personally i feel",
    "personally i believe",
    "personally i would",
    "personally speaking",
    "speaking personally",
    "speaking for myself",
    "i personally think",
    "i personally feel",
    "i personally believe",
    "i personally would",
    "i would personally",
    "i'd personally",
    "in my opinion",
    "in my personal opinion",
    "in my own opinion",
    "in my view",
    "in my own view",
    "my view is",
    "my opinion is",
    "my own view",
    "my own opinion",
    "my personal view",
    "my personal opinion",
    "if i were you",
    "if it were my",
    "if it was my",
    "if that were my",
    "if that was my",
    "if this were my",
    "if this was my",
    "if it had been my",
    "as a * myself",
    "as a * of * myself",
    "my own experience",
    "in my experience",
    "in my own experience",
    "from my own experience",
    "the same happened to me",
    "the same thing happened to me",
    "if you ask me",
    "the way i see it",
    "as i see it",
    "to be honest i'd",
    "to be honest i would",
    "if i'm honest",
    "if i am honest",
    "between you and me",
    "between ourselves",
    "firm believer",
    "i'd say myself",
    "my instinct",
    "my gut",
    "my feeling is",
    "my own feeling",
    "if it were up to me",
    "if it was up to me",
    "for what it's worth",
    "i reckon",
    "i'd have to side",
    "i would have to side",
    "i'm convinced",
    "i am convinced",
    "as a carer for my",
    "having nursed",
    "having cared for my",
    "having lost",
    "having been through",
    "having gone through",
    "i lost my",
    "i nursed my",
    "i cared for my",
    "i looked after my",
    "i remember how",
    "i know how it feels",
    "i know just how",
    "i've been there",
    "i have been there",
    "been there myself",
    "struck a chord",
    "family myself",
    "ones myself",
    "mum myself",
    "mother myself",
    "parent myself",
    "carer myself",
    "kids myself",
    "children myself",
    "through it myself",
    "through this myself",
    "experienced this myself",
    "my wife",
    "my husband",
    "my partner",
    "my mum",
    "my mam",
    "my mother",
    "my dad",
    "my father",
    "my son",
    "my daughter",
    "my own *",
    "my children",
    "my kids",
    "my gran",
    "my nan",
    "my grandmother",
    "my grandfather",
    "my grandad",
    "my sister",
    "my brother",
    "my baby",
    "my late",
    "i'd be inclined",
    "i would be inclined",
    "what i'd do",
    "what i would do",
    "if i were in your",
    "in your position i",
    "my advice would",
    "my advice is",
    "my take",
    "my two cents",
    "i myself",
    "me personally",
    "i've always found",
    "i've found that",
    "i have found that",
    "i speak from",
    "from personal experience",
    "i've seen it",
    "i have seen it",
    "i went through",
    "i've been through",
    "i have been through",
    "when i had my",
    "i had my",
    "i had a similar",
    "happened to me",
    "happened to my",
    "my own",
    "my gut feeling",
    "i'm a great believer",
    "i am a great believer",
    "i'm a big believer",
    "i always tell",
    "i always say",
    "i'd never",
    "i would never",
    "to be frank",
    "tbh i'd",
    "if you want my",
    "if you ask my",
    "i've got to say",
    "i have to say",
    "i must say",
    "i'd have thought",
    "i would have thought",
    "i can't believe",
    "i cannot believe",
    "i was shocked",
    "i was appalled",
    "i was horrified",
    "i was saddened",
    "i was angry",
    "makes my blood boil",
    "i'd push",
    "i'd insist",
    "i'd demand",
    "i'd be livid",
    "i'd be fuming",
    "if it were me",
    "if it was me",
    "in my book",
    "for me personally",
    "i can't help thinking",
    "i can't help feeling",
    "i'd want to know",
    "i would want to know",
    "i'd be asking",
    "i'd be tempted",
    "i would be tempted",
    "i'd complain",
    "i would complain",
    "to my mind",
    "for my part",
    "truth be told",
    "off the record",
    "my honest opinion",
    "my honest view",
    "my personal feeling",
    "my personal view",
    "from experience",
    "from my experience",
    "from bitter experience",
    "my own family",
    "being a * myself",
    "being a * of * myself",
    "i'm a * myself",
    "i am a * myself",
    "as a * myself for",
    "i know from experience",
    "i know from my own",
    "i know from personal",
    "i know what it's like",
    "i know what it is like",
    "i've been in your",
    "i have been in your",
    "i know only too well",
    "only too well",
    "happened to us",
    "my lad",
    "my boy",
    "my girl",
    "my other half",
    "my granny",
    "my aunt*",
    "my uncle",
    "my grandson",
    "my granddaughter",
    "my grandchildren",
    "my parents",
    "my family",
    "my in laws",
    "my mother in law",
    "my father in law",
    "my step*",
    "i'm a * too",
    "i am a * too",
    "i'm a * as well",
    "personally i'd",
    "i'd be on",
    "i'd be straight",
    "i'd be demanding",
    "i'd be insisting",
    "i'd be pushing",
    "i'd be kicking",
    "i'd be chasing",
    "i'd be complaining",
    "i'd be writing",
    "i'd be ringing",
    "i'd be raising",
    "i'd be making",
    "i'd be beside",
    "i'd be devastated",
    "i'd be angry",
    "i'd be furious",
    "i would be on",
    "i would be demanding",
    "i would be insisting",
    "i would be pushing",
    "i would be chasing",
    "i would be complaining",
    "i would be writing",
    "i would be ringing",
    "i would be raising",
    "i would be making",
    "i would be furious",
    "i'm not being funny",
    "call me old-fashioned",
    "call me old fashioned",
    "don't get me started",
    "i'm old enough to remember",
    "back in my day",
    "i have to admit",
    "i must admit",
    "i'll admit",
    "i'm no expert",
    "i'm not an expert",
    "dare i say",
    "if i had my way",
    "mark my words",
    "take it from me",
    "trust me",
    "believe me",
    "i kid you not",
    "i'm in the same boat",
    "same thing with my",
    "same with my",
    "i had the same",
    "i've had the same",
    "my experience was",
    "my experience has been",
    "in my eyes",
    "it seems to me",
    "seems to me",
    "it strikes me",
    "strikes me that",
    "i feel strongly",
    "i feel very strongly",
    "i've always said",
    "i've always thought",
    "i always thought",
    "breaks my heart",
    "broke my heart",
    "gets my goat",
    "drives me mad",
    "drives me up the wall",
    "does my head in",
    "i'm sick of",
    "i'm fed up",
    "i despair",
    "no patience left",
    "i've no patience",
    "i have no patience",
    "lost for words",
    "words fail me",
    "when i was a",
    "years in nursing",
    "years as a nurse",
    "years as a carer",
    "imo",
    "imho",
    "in my humble opinion",
    "my humble opinion",
    "i'm of the opinion",
    "i am of the opinion",
    "if you want my opinion",
    "my two pennies",
    "my 2 cents",
    "just my opinion",
    "just my view",
    "just saying",
    "personally i find",
    "personally i'm",
    "personally i'd",
    "in my mind",
    "for my money",
    "no doubt in my mind",
    "i'd bet",
    "i would bet",
    "i bet",
    "i'd put money on",
    "i'd wager",
    "my money's on",
    "i've no doubt",
    "i have no doubt",
    "had mine done",
    "went there too",
    "been there too",
    "was there too",
    "went there myself",
    "i'd have expected",
    "i'd * have expected",
    "i would have expected",
    "i would * have expected",
    "i nursed on",
    "i nursed for",
    "i nursed in",
    "when i nursed",
    "when i worked on",
    "i worked on a ward",
    "in my nursing days",
    "that's what i did",
    "what worked for me",
    "with mine when",
    "both of mine",
    "all of mine",
    "when mine were",
    "i was in a * like",
    "i was in * like",
    "when i was younger",
    "when i was little",
    "if i'd been",
    "if i had been",
    "i'd have gone through",
    "i'd have hit",
    "i'd have been livid",
    "i'd have been furious",
    "my honest *",
    "my * take",
    "personally i",
    "i wouldn't trust",
    "i would not trust",
    "i know the manager",
    "i know the staff",
    "i know the team",
    "i'd have walked",
    "i'd have gone",
    "i'd have kicked",
    "i'd have made",
    "i'd have complained",
    "i'd have insisted",
    "i'd have demanded",
    "i'd have lost",
    "i'd have been straight",
    "i'd have been on",
    "i'd have * straight",
    "i would have walked",
    "i would have gone",
    "i would have kicked",
    "i would have made",
    "i would have complained",
    "i would have insisted",
    "i would have demanded",
    "me i'd",
    "being straight with you",
    "level with you",
    "from the heart",
    "not being funny",
    "as far as i'm concerned",
    "as far as i am concerned",
    "where i'm sitting",
    "where i sit",
    "my hunch",
    "i personally reckon",
    "i personally found",
    "i personally don't",
    "i'd like to think",
    "i would like to think",
    "knowing * as i do",
    "knowing the * as i do",
    "having worked in a",
    "having worked on",
    "having worked as",
    "i used to work at",
    "i used to work there",
    "i used to nurse",
    "when i worked",
];

const DEFAULT_STANDPOINTS: &str = word_list![
    "as a mum",
    "as a mam",
    "as a dad",
    "as a mother",
    "as a father",
    "as a parent",
    "as a daughter",
    "as a son",
    "as a wife",
    "as a husband",
    "as a grandparent",
    "speaking as a",
    "as someone with",
    "as someone who has",
    "as someone who's",
    "as someone whose",
    "speaking as someone",
    "in your shoes",
];

const DEFAULT_CANDOUR: &str = word_list![
    "to be honest",
    "in all honesty",
    "honestly",
    "if i'm being honest",
    "i'll be honest",
    "i'll be straight",
    "truthfully",
    "hand on heart",
    "i won't lie",
    "not gonna lie",
    "frankly",
    "between us",
    "tbh",
];

const DEFAULT_CANDID_VIEWS: &str = word_list![
    "i don't think",
    "i do not think",
    "i don't believe",
    "i'd",
    "i would",
    "i think",
    "i feel",
    "i believe",
];

const DEFAULT_OPINION_VERBS: &str = word_list![
    "i think",
    "i don't think",
    "i do think",
    "i really think",
    "i honestly think",
    "i genuinely think",
    "i believe",
    "i honestly believe",
    "i genuinely believe",
    "i firmly believe",
    "i strongly believe",
    "i truly believe",
    "i really believe",
    "i feel",
    "i do feel",
    "i honestly feel",
    "i'd say",
    "i would say",
    "i reckon",
    "i suspect",
    "i'm sure",
    "i am sure",
    "i'm certain",
    "i am certain",
    "i'd argue",
    "i would argue",
    "i'm of the view",
    "i am of the view",
    "i find it",
    "i found it",
    "it made me",
    "it makes me",
    "i'd expect",
    "i would expect",
    "i'd hope",
];

const DEFAULT_OPINION_JUDGEMENTS: &str = word_list![
    "should have",
    "shouldn't have",
    "should not have",
    "should never",
    "should apologise",
    "should be ashamed",
    "ought to have",
    "owe~ you",
    "owe~ your",
    "owe~ her",
    "owe~ him",
    "wrong",
    "not right",
    "it's right",
    "that's right",
    "it's fair",
    "isn't right",
    "wasn't right",
    "is right",
    "was right",
    "were right",
    "in the right",
    "not fair",
    "isn't fair",
    "wasn't fair",
    "unfair",
    "deserve~",
    "failed",
    "failing",
    "badly~",
    "poor~",
    "poorly handled",
    "acceptable",
    "unacceptable~",
    "disgrace~",
    "shocking~",
    "appalling~",
    "awful~",
    "terrible~",
    "fault",
    "to blame",
    "rushed",
    "let * down",
    "let you down",
    "no excuse",
    "too long",
    "far too",
    "better than",
    "angry",
    "furious",
    "good enough",
    "don't care",
    "dont care",
    "doesn't care",
    "didn't care",
    "disgrace",
    "disgust~",
    "outrageous~",
    "scandal~",
    "shameful~",
    "dreadful~",
    "horrendous~",
    "inexcusable~",
    "negligent~",
    "incompetent~",
    "cruel~",
    "callous~",
    "heartless",
    "inhumane",
    "unprofessional",
    "rude~",
    "dismissive~",
    "careless~",
    "useless",
    "hopeless",
    "shambles",
    "nothing short of",
    "beyond belief",
    "out of order",
    "ashamed",
    "treated like",
    "their best",
    "on purpose",
    "deliberately",
    "intentionally",
    "got it wrong",
    "their * best",
    "be blamed",
    "be faulted",
    "as well as it could",
    "as well as they could",
    "as well as * could",
    "all they could",
    "handled it well",
];

const DEFAULT_FAMILY_WORDS: &str = word_list![
    "parents",
    "mum",
    "mam",
    "mother",
    "dad",
    "father",
    "kids",
    "children",
    "grandchildren",
    "son",
    "daughter",
    "husband",
    "wife",
    "partner",
    "family",
    "twins",
    "baby",
];

const DEFAULT_OWN_LIFE: &str = word_list![
    "i've got",
    "i have got",
    "i've had",
    "i had",
    "i lost",
    "we lost",
    "i nursed",
    "i cared for",
    "i looked after",
    "i've looked after",
    "i've cared for",
    "i've nursed",
    "i've lost",
];

/// The `organisational-voice` rule.
pub struct OrganisationalVoice {
    phrases: PhraseSet,
    standpoints: PhraseSet,
    opinions: Frame,
    own_life: Frame,
    candour: Frame,
    /// An opinion verb with an obligation ("I think the trust should…").
    demands: Frame,
    /// The first person with "myself" ("I use a chair myself").
    own_use: Frame,
    sympathies: PhraseSet,
    organisation: String,
}

impl OrganisationalVoice {
    /// Compiles the phrase list from `config`.
    pub fn new(config: &Config) -> Self {
        let s = &config.rules.organisational_voice;
        Self {
            phrases: PhraseSet::new(&s.phrases),
            standpoints: PhraseSet::new(&s.standpoints),
            opinions: Frame::new(vec![
                PhraseSet::new(&s.opinion_verbs),
                PhraseSet::new(&s.opinion_judgements),
            ]),
            candour: Frame::new(vec![
                PhraseSet::new(&s.candour),
                PhraseSet::new(&s.candid_views),
            ]),
            own_life: Frame::new(vec![
                PhraseSet::new(&s.own_life),
                PhraseSet::new(&s.family_words),
            ]),
            demands: Frame::new(vec![
                PhraseSet::new(&s.opinion_verbs),
                PhraseSet::new(&s.obligations),
            ]),
            own_use: Frame::new(vec![
                PhraseSet::new(&["i", "i've", "i'm"]),
                PhraseSet::new(&["myself"]),
            ]),
            sympathies: PhraseSet::new(&s.sympathies),
            organisation: config
                .organisation
                .name
                .clone()
                .unwrap_or_else(|| "your organisation".to_string()),
        }
    }
}

impl Rule for OrganisationalVoice {
    fn id(&self) -> &str {
        "organisational-voice"
    }

    fn guideline(&self) -> &str {
        "Are you representing your organisation’s values and responsibilities (rather than your personal views)?"
    }

    fn why(&self) -> &str {
        "You reply on behalf of your organisation, and readers take your words as its position. \
         A personal opinion or anecdote can be mistaken for an official view or a verdict."
    }

    fn default_severity(&self) -> Severity {
        Severity::Warning
    }

    fn settings<'a>(&'a self, config: &'a Config) -> &'a dyn CommonSettings {
        &config.rules.organisational_voice
    }

    fn check(&self, ctx: &Context) -> Vec<Finding> {
        let message = format!(
            "This reads as a personal view. Speak for {}: say what it has heard, what it can \
             do, or where the author can get help.",
            self.organisation
        );
        let mut spans = Vec::new();
        for m in self.phrases.find_all(ctx.draft) {
            spans.push(m.span);
        }
        for m in self.standpoints.find_all(ctx.draft) {
            if !spans.iter().any(|s| s.overlaps(m.span)) && standpoint_is_own(ctx.draft, m.span) {
                spans.push(m.span);
            }
        }
        let sympathy: Vec<Span> = self.sympathies.find_all(ctx.draft).iter().map(|m| m.span).collect();
        let mut personal = self.opinions.find_all_except(ctx.draft, &sympathy);
        personal.extend(self.candour.find_all_except(ctx.draft, &sympathy));
        for m in self.own_life.find_all(ctx.draft) {
            // "I've got your mum's details" is about the author's family.
            if !others_family(ctx.draft, m.parts[1]) {
                personal.push(m);
            }
        }
        for m in self.demands.find_all(ctx.draft) {
            if obliges_a_third_party(ctx.draft, m.parts[1]) {
                personal.push(m);
            }
        }
        for m in self.own_use.find_all(ctx.draft) {
            let [me, myself] = [m.parts[0], m.parts[1]];
            if me.end <= myself.start && tells_own_use(ctx.draft, myself) {
                spans.push(me.union(myself));
            }
        }
        for m in personal {
            // The words giving the view: "I think", "I've got", not the whole sentence.
            if !spans.iter().any(|s| s.overlaps(m.parts[0])) {
                spans.push(m.parts[0]);
            }
        }
        spans.sort_unstable();
        let mut found = Vec::new();
        for span in spans {
            found.push(rule_finding(self, Some(span), message.clone()));
        }
        found
    }
}

/// True when the standpoint at `span` ("as a parent", "in your shoes") is the responder's: its
/// sentence, outside it, speaks in the first person singular, or speaks to nobody and the
/// standpoint does not follow the people who hold it ("families in your shoes", "you as a
/// parent carer").
fn standpoint_is_own(doc: &Document, span: Span) -> bool {
    const FIRST_SINGULAR: &[&str] = &["i", "i'm", "i'd", "i've", "i'll", "me", "my", "myself", "mine"];
    const ADDRESSED: &[&str] = &[
        "you", "your", "yours", "yourself", "you're", "you've", "you'll", "you'd",
    ];
    /// People who may hold a standpoint named just after them.
    const HOLDERS: &[&str] = &[
        "you", "families", "people", "parents", "carers", "others", "anyone", "those", "someone",
        "patients", "relatives", "many",
    ];
    let Some(sentence) = doc.sentence_at(span).map(|i| &doc.sentences()[i]) else {
        return true;
    };
    let words = doc.sentence_words(sentence);
    let outside = || words.iter().filter(|w| !span.overlaps(w.span));
    if outside().any(|w| FIRST_SINGULAR.contains(&w.norm.as_str())) {
        return true;
    }
    let held = words
        .iter()
        .take_while(|w| w.span.end <= span.start)
        .last()
        .is_some_and(|w| HOLDERS.contains(&w.norm.as_str()));
    !held && !outside().any(|w| ADDRESSED.contains(&w.norm.as_str()))
}

/// True when the obligation at `obligation` binds someone other than the author or the
/// organisation ("the trust should scrap it", "it needs to change"), not "you should call".
fn obliges_a_third_party(doc: &Document, obligation: Span) -> bool {
    const ADDRESSED: &[&str] = &["you", "we", "i", "us", "they", "someone", "anyone"];
    let words = doc.words();
    let at = words.partition_point(|w| w.span.start < obligation.start);
    at.checked_sub(1)
        .is_some_and(|i| !ADDRESSED.contains(&words[i].norm.as_str()) && !is_opinion_word(&words[i].norm))
}

/// Words of the opinion verbs themselves ("I think should…" has no subject of its own).
fn is_opinion_word(word: &str) -> bool {
    matches!(word, "think" | "believe" | "feel" | "reckon" | "say" | "that")
}

/// True when "myself" at `myself` tells what the responder is or does in their own life ("I
/// use a chair myself", "I used the hub myself"), not a step they take for the organisation
/// ("I'll look into it myself", "let me introduce myself").
fn tells_own_use(doc: &Document, myself: Span) -> bool {
    /// Words that make the sentence a step taken for the organisation.
    const ACTING: &[&str] = &[
        "i'll", "will", "can", "could", "would", "i'd", "introduce", "let", "happy", "glad",
        "pleased", "willing", "reported", "raised", "chased", "checked", "contacted", "rang",
        "phoned", "emailed", "wrote", "written", "asked", "passed", "spoke", "spoken", "flagged",
        "logged",
    ];
    /// Objects that make "myself" emphasise who acts ("I'll call you myself").
    const EMPHASISED: &[&str] = &["it", "you", "this", "that", "them", "him", "her"];
    let Some(sentence) = doc.sentence_at(myself).map(|i| &doc.sentences()[i]) else {
        return false;
    };
    let before: Vec<&str> = doc
        .sentence_words(sentence)
        .iter()
        .take_while(|w| w.span.end <= myself.start)
        .map(|w| w.norm.as_str())
        .collect();
    !before.iter().any(|w| ACTING.contains(w))
        && before.last().is_some_and(|w| !EMPHASISED.contains(w))
}

/// True when the word before `family` makes it someone else's ("your mum", "her husband").
fn others_family(doc: &Document, family: Span) -> bool {
    let at = doc.words().partition_point(|w| w.span.start < family.start);
    at > 0
        && matches!(
            doc.words()[at - 1].norm.as_str(),
            "your" | "her" | "his" | "their" | "the" | "a" | "our"
        )
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{assert_fires, assert_silent, findings_with, flagged, story};
    use crate::Config;

    const ID: &str = "organisational-voice";

    #[test]
    fn fires_on_rules_md_examples() {
        for draft in [
            "Personally I think the wait was far too long.",
            "In my opinion, you deserved better.",
            "If it were my mum I would ask for a meeting.",
            "I believe the hospital should apologise.",
            "My own experience there was much the same.",
        ] {
            assert_fires(ID, draft);
        }
    }

    #[test]
    fn a_view_in_the_services_favour_is_personal_too() {
        for draft in [
            "I think the nurses did their very best in impossible circumstances.",
            "I think the hospital can't be blamed for the bed shortage.",
            "I think the trust handled it about as well as it could on the night.",
        ] {
            assert_fires(ID, draft);
        }
        assert_silent(ID, "I think the best next step is to call PALS.");
    }

    #[test]
    fn silent_when_i_acts_for_the_organisation() {
        assert_silent(ID, "I have passed your story to our team.");
        assert_silent(ID, "I'm the engagement officer at Healthwatch Wexcombe.");
        assert_silent(ID, "I personally read every story we receive.");
        assert_silent(
            ID,
            "I believe the advocacy service could help you with this.",
        );
    }

    #[test]
    fn certainty_idioms_and_the_responders_own_visit_are_personal() {
        for draft in [
            "There's no question in my mind, the cut is wrong.",
            "I'd bet my house the council's got the sums wrong.",
            "Personally I find it sad that units don't follow up with families.",
            "I had mine done there in 2024 and found them just as good.",
            "Our Mammy went there too and I'd say the same.",
            "I don't think the ED ever turns people away on purpose.",
        ] {
            assert_fires(ID, draft);
        }
        assert_silent(
            ID,
            "I walked past on Friday and have reported the pavement myself as a priority.",
        );
    }

    #[test]
    fn the_responders_own_career_children_and_reactions_are_personal() {
        for draft in [
            "I nursed on a ward like that for twenty years.",
            "I had both of mine at Bramley and the midwives were brilliant.",
            "Ring the practices in town, that's what I did.",
            "If I'd been ringing all Saturday I'd have gone through the roof.",
            "To be honest, I don't think the staff could have done much more.",
            "Personally, I have always found the staff to be kind.",
            "My honest take? Go private.",
        ] {
            assert_fires(ID, draft);
        }
        assert_silent(ID, "To be honest, we don't cover your area.");
    }

    #[test]
    fn counterfactual_reactions_and_stance_idioms_are_personal() {
        for draft in [
            "Speaking from the heart, I'd have walked out.",
            "As far as I'm concerned, nine hours is unacceptable.",
            "I'll level with you, they dropped the ball.",
            "Knowing the ward as I do, they meant well.",
            "My hunch is the trolleys were all in use.",
        ] {
            assert_fires(ID, draft);
        }
        for draft in [
            "I would have replied sooner but our office was closed.",
            "I have passed your story on, as I do with every story we receive.",
            "Having worked with the trust before, our team can help you raise it.",
        ] {
            assert_silent(ID, draft);
        }
    }

    #[test]
    fn underlines_the_phrase_in_a_whole_reply() {
        let draft = "Dear dalesbird,\n\nThank you for your story. Speaking personally, I’d \
                     be furious. As a mum myself I know how hard labour is, and in my view \
                     you should ask for a debrief.\n\nBest wishes,\nSam";
        assert_eq!(
            flagged(ID, draft),
            [
                "Speaking personally",
                "I’d be furious",
                "As a mum myself",
                "in my view"
            ]
        );
    }

    #[test]
    fn an_opinion_is_a_view_only_when_it_judges() {
        assert_eq!(
            flagged(ID, "I honestly believe the surgery should have rung you back."),
            ["I honestly believe"]
        );
        assert_fires(ID, "I don’t think it’s right that you were left waiting.");
        assert_silent(ID, "I think the best next step is to contact PALS.");
        assert_silent(ID, "I’m sure the ward team would want to hear this.");
    }

    #[test]
    fn candour_and_family_in_the_first_person() {
        assert_eq!(
            flagged(ID, "Truth be told, to be honest I’d ask for a meeting."),
            ["Truth be told", "to be honest I’d"]
        );
        assert_fires(ID, "In all honesty I think the discharge was rushed.");
        assert_silent(ID, "To be honest with you, we don’t cover your area.");
        assert_eq!(
            flagged(ID, "I’ve got elderly parents too, so this hit home."),
            ["I’ve got"]
        );
        assert_silent(ID, "I’ve got your mum’s details and will pass them on.");
        assert_silent(
            ID,
            "Having had a chance to read your story, I’ve asked our team to call you.",
        );
    }

    #[test]
    fn own_use_and_demands_on_a_service_are_personal() {
        assert_eq!(
            flagged(ID, "I use a chair myself and I know these waits."),
            ["I use a chair myself"]
        );
        assert_fires(ID, "I used the Talking Therapies Hub myself a few years ago.");
        assert_silent(ID, "I'm happy to raise this with the Trust myself.");
        assert_silent(ID, "I'll look into it myself and ring you on Monday.");
        assert_eq!(
            flagged(ID, "I honestly think the trust should scrap that call-back system."),
            ["I honestly think"]
        );
        assert_silent(ID, "I think you should contact PALS about this.");
        assert_silent(ID, "I think we need to raise this at our next board meeting.");
        assert_fires(ID, "I think you were treated appallingly.");
    }

    #[test]
    fn a_standpoint_is_the_responders_unless_it_is_the_authors() {
        for draft in [
            "As a mum, I know how frightening a high temperature is.",
            "Speaking as a grandmother, this made me so sad.",
            "As a parent, it's heartbreaking to read.",
            "In your shoes I'd ask for a second opinion.",
        ] {
            assert_fires(ID, draft);
        }
        for draft in [
            "As a parent carer, you can ask the council for a carer's assessment.",
            "We can support you as a parent carer - call us on 01324 611 510.",
            "Trusting your gut as a parent is so important.",
            "Families in your shoes often find it helps to keep a diary.",
        ] {
            assert_silent(ID, draft);
        }
    }

    #[test]
    fn fellow_feeling_in_the_first_person_is_no_view() {
        assert_silent(ID, "What a rotten week, I do feel for you and your dad.");
        assert_silent(ID, "The wait sounds dreadful and I feel so sorry for your mum.");
        assert_fires(ID, "I feel the ward was wrong to send him home.");
    }

    #[test]
    fn curly_apostrophes_match() {
        assert_eq!(
            flagged(ID, "I’d personally go straight to the manager."),
            ["I’d personally"]
        );
    }

    #[test]
    fn message_names_the_organisation() {
        let config =
            Config::from_json(r#"{"organisation": {"name": "Healthwatch Wexcombe"}}"#).unwrap();
        let found = findings_with(ID, "In my opinion it was wrong.", &story(), &config);
        assert!(found[0].message.contains("Speak for Healthwatch Wexcombe"));
    }

    #[test]
    fn phrase_list_is_config_data() {
        let config = Config::from_json(
            r#"{"rules": {"organisational-voice": {"phrases": ["between you and me"]}}}"#,
        )
        .unwrap();
        let draft = "Between you and me, the food there is awful.";
        assert_eq!(findings_with(ID, draft, &story(), &config).len(), 1);
        assert!(findings_with(ID, "In my opinion it was wrong.", &story(), &config).is_empty());
    }

    #[test]
    fn can_be_turned_off_or_softened() {
        let draft = "In my opinion it was wrong.";
        let off = Config::from_json(r#"{"rules": {"organisational-voice": {"enabled": false}}}"#)
            .unwrap();
        assert!(findings_with(ID, draft, &story(), &off).is_empty());
        let hint =
            Config::from_json(r#"{"rules": {"organisational-voice": {"severity": "hint"}}}"#)
                .unwrap();
        assert_eq!(
            findings_with(ID, draft, &story(), &hint)[0].severity,
            crate::Severity::Hint
        );
    }
}
