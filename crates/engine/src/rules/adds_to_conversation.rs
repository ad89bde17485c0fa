//! `adds-to-conversation`: "Does your response add to the current conversation?"
//!
//! Fires when most of the draft restates a response already on the page: its sentences closely
//! match that response's sentences (the same advice, the same phone number, the same words).
//! Quoting one phrase of an earlier reply and then adding new help is fine. Author updates are not
//! responses to restate.
//!
//! It also compares the draft's help with each response's, whatever the wording. The draft's help
//! is each sentence that gives a route (a number, a named service, an offer, a suggestion of whom
//! to contact; see `offers-guidance`), points at help on the page ("the number in her reply"), or
//! reports what a responder said ("Leanne has advised that the diversion has changed"). When each
//! such sentence is covered by one response (the same number or address, the same named route,
//! most of the same content words, or a pointer to the page with some of them) and none names a
//! number, address or service that no response gave, nor help of the responder's own ("our
//! carers' group"), the draft restates that response. A
//! sentence with no content of its own ("I'd suggest phoning them") neither adds nor restates.
//! Saying how the story will be used adds nothing for the author's problem, but it is the
//! responder's own contribution, so such a draft gets a hint rather than a warning.

use std::cell::OnceCell;
use std::sync::{Arc, Mutex, OnceLock, PoisonError};

use super::offers_guidance::OffersGuidance;
use super::speaker::signature;
use super::tells_author_of_use::TellsAuthorOfUse;
use super::{only, rule_finding, Context, Rule};
use crate::config::{strings, CommonSettings, Count, Fraction};
use crate::similarity::SentenceIndex;
use crate::text::{
    fold_case, fold_text, is_function_word, sign_off, stem, trim_end_str, url_host,
    PhraseMatch,
    PhraseSet, Sentence, Word, WordSet,
};
use crate::{
    rule_settings, word_list, Config, Document, Finding, ResponseKind, Severity, Span, StoryContext,
    StoryResponse,
};

rule_settings! {
    /// Settings of `adds-to-conversation`.
    pub struct Settings {
        /// How alike a draft sentence and a sentence of an earlier response must be to count as
        /// restating it (word-level edit similarity).
        pub sentence_similarity: Fraction = Fraction(0.8),
        /// Share of the draft's words in restated sentences that counts as "mostly restates".
        pub share: Fraction = Fraction(0.5),
        /// Drafts shorter than this many words are not judged by their share of restated
        /// sentences (a greeting alone is not a reply yet); their help still is.
        pub min_words: Count = Count(20),
        /// Share of a help sentence's content words (any form) found in one response that
        /// counts as the same help.
        pub help_overlap: Fraction = Fraction(0.5),
        /// With a pointer to the page ("as noted above"), this share is enough.
        pub pointed_help_overlap: Fraction = Fraction(0.25),
        /// Words pointing at help already on the page.
        pub page_pointers: Vec<String> = strings(DEFAULT_PAGE_POINTERS),
        /// Ways of reaching help: a sentence with one of them and a page pointer ("ring them
        /// on the number in her reply") gives that help, whether or not it names a route.
        pub contact_words: Vec<String> = strings(DEFAULT_CONTACT_WORDS),
    }
}

const DEFAULT_PAGE_POINTERS: &str = word_list![
    "above",
    "in their reply",
    "in her reply",
    "in his reply",
    "in the reply",
    "in their response",
    "in the response",
    "already",
    "mention~",
    "offer~",
    "has asked",
    "have asked",
    "asked you",
    "suggest~",
    "as noted",
    "says",
    "said",
    "explain~",
    "has set out",
    "set out",
    "has given",
    "have given",
    "recommend~",
    "gave",
    "given",
    "provided",
    "like they said",
    "like she said",
    "like he said",
    "advised",
    "advises",
    "invit~",
    "told you",
    "point~ out",
    "pointed out",
    "in * reply",
    "in * message",
    "in * response",
    "in * post",
    "take~ * up on",
];

const DEFAULT_CONTACT_WORDS: &str = word_list![
    "number", "email", "address", "details", "contact~", "line", "phone~", "ring", "call", "team",
    "office", "website", "form", "meeting",
];

/// Words that say nothing about which help is given: left out when comparing help.
const GENERIC_WORDS: &[&str] = &[
    "can", "could", "may", "might", "should", "would", "will", "also", "just", "any", "all", "if",
    "so", "when", "then", "who", "which", "she", "he", "her", "him", "they", "their", "them",
    "its", "get", "go", "going", "do", "does", "did", "has", "had", "have", "be", "been", "is",
    "are", "was", "were", "one", "some", "more", "want", "like", "help", "you'd", "you'll",
    "you've", "they'll", "she'll", "he'll", "there", "here", "way", "time", "dear", "hi", "hello",
    "best", "wishes", "regards", "sorry", "thank", "thanks", "hope", "really", "contact", "phone",
    "call", "ring", "number", "team", "email", "e-mail", "website", "site", "online", "web",
    "address", "details", "link", "give", "i", "i'd", "i'm", "i'll", "they're", "you're", "them",
    "through", "suggest", "encourage", "urge", "either", "too", "ever", "mr", "mrs", "ms", "miss",
    "dr", "reach", "reached",
];

/// [`GENERIC_WORDS`] as a set (nearly every word of a draft is looked up in it).
fn generic_words() -> &'static WordSet {
    static SET: OnceLock<WordSet> = OnceLock::new();
    SET.get_or_init(|| WordSet::new(GENERIC_WORDS))
}

/// Words that may join the capitalised words of one name ("Patient Advice and Liaison Service").
const NAME_JOINERS: &[&str] = &["and", "of", "the", "for"];

/// Words that open a greeting; the names after them are the author's.
const GREETINGS: &[&str] = &["dear", "hi", "hello", "hey", "hiya", "morning", "afternoon"];

/// Words that stand for no one in particular in a responder's organisation ("NHS",
/// "Foundation"): a sentence using them does not name that responder.
const UNNAMING_WORDS: &[&str] = &["nhs", "health", "care", "foundation", "services", "service"];

/// Words often left out of an organisation's initials ("WAST", "NHSGGC" aside).
const INITIAL_LESS: &[&str] = &["nhs", "university", "foundation"];

/// Words that name the kind of body that replied rather than any one body ("the Board's
/// feedback team", "the Trust", "the HSE"): a name made only of them is the responder's.
const BODY_KIND_WORDS: &[&str] = &[
    "board", "trust", "hse", "hospital", "practice", "surgery", "council", "lhd", "hospitals",
];

/// The `adds-to-conversation` rule.
pub struct AddsToConversation {
    routes: OffersGuidance,
    uses: TellsAuthorOfUse,
    page_pointers: PhraseSet,
    contact_words: PhraseSet,
    help_overlap: f64,
    pointed_help_overlap: f64,
    sentence_similarity: f64,
    share: f64,
    min_words: usize,
    /// The help of the responses last checked against: the responses on a page stay the same
    /// from one keystroke to the next.
    known_help: Mutex<Vec<Arc<ResponseHelp>>>,
    /// The texts of the responses last checked against, and their sentences indexed.
    known_sentences: Mutex<Option<(Vec<String>, Arc<SentenceIndex>)>>,
}

impl AddsToConversation {
    /// Reads the thresholds from `config`.
    pub fn new(config: &Config) -> Self {
        let settings = &config.rules.adds_to_conversation;
        Self {
            routes: OffersGuidance::new(config),
            uses: TellsAuthorOfUse::new(config),
            page_pointers: PhraseSet::new(&settings.page_pointers),
            contact_words: PhraseSet::new(&settings.contact_words),
            help_overlap: settings.help_overlap.0,
            pointed_help_overlap: settings.pointed_help_overlap.0,
            sentence_similarity: settings.sentence_similarity.0,
            share: settings.share.0,
            min_words: settings.min_words.0,
            known_help: Mutex::default(),
            known_sentences: Mutex::default(),
        }
    }

    /// The sentences of `texts` indexed: remembered from the last check when the texts are
    /// the same.
    fn sentence_index(&self, texts: &[&str]) -> Arc<SentenceIndex> {
        let known = self.known_sentences.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some((known_texts, index)) = &*known {
            if known_texts.len() == texts.len() && known_texts.iter().zip(texts).all(|(a, b)| a == b) {
                return Arc::clone(index);
            }
        }
        drop(known);
        let index = Arc::new(SentenceIndex::new(texts));
        let texts = texts.iter().map(|&text| text.to_string()).collect();
        *self.known_sentences.lock().unwrap_or_else(PoisonError::into_inner) =
            Some((texts, Arc::clone(&index)));
        index
    }

    /// The help of each of `responses`, in order: remembered from the last check where the
    /// response is the same, found anew where it is not.
    fn help_of(&self, responses: &[&StoryResponse]) -> Vec<Arc<ResponseHelp>> {
        let known = self.known_help.lock().unwrap_or_else(PoisonError::into_inner).clone();
        let help: Vec<Arc<ResponseHelp>> = (responses.iter())
            .map(|&response| {
                (known.iter())
                    .find(|help| help.response == *response)
                    .cloned()
                    .unwrap_or_else(|| Arc::new(ResponseHelp::new(response)))
            })
            .collect();
        *self.known_help.lock().unwrap_or_else(PoisonError::into_inner) = help.clone();
        help
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
        if responses.is_empty() {
            return Vec::new();
        }
        if draft_words < self.min_words {
            return self
                .restated_help(ctx, &responses)
                .map_or_else(Vec::new, only);
        }
        let restated = self
            .sentence_index(&texts)
            .best_matches(ctx.draft, self.sentence_similarity);
        let mut words_by_response = vec![0; responses.len()];
        for m in &restated {
            let sentence = &ctx.draft.sentences()[m.draft_sentence];
            words_by_response[m.source] += sentence.words.len();
        }
        let restated_words: usize = words_by_response.iter().sum();
        let share = restated_words as f64 / draft_words as f64;
        if share < self.share {
            return self
                .restated_help(ctx, &responses)
                .map_or_else(Vec::new, only);
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

/// A response's help, for comparing the draft's with: its content words (stems) and the digits of
/// each number in it.
struct ResponseHelp {
    /// The response this is the help of.
    response: StoryResponse,
    stems: Vec<String>,
    contacts: Vec<String>,
    /// Stems of who gave it: the responder's name, job title and organisation.
    names: Vec<String>,
}

impl ResponseHelp {
    /// True when the response gave `contact`: the same number, address or site, or a site
    /// named by its first word ("hse.ie" for "the HSE website").
    fn gave(&self, contact: &str) -> bool {
        self.contacts.iter().any(|c| c == contact)
            || contact.split_once('.').is_some_and(|(name, _)| {
                self.stems
                    .iter()
                    .any(|s| s == name.trim_start_matches("www"))
            })
    }

    /// The help of `response`: its text, and who gave it (a draft saying "NHS 24 have asked
    /// you to phone their Patient Relations team" names the route by its giver).
    fn new(response: &StoryResponse) -> Self {
        let mut text = response.text.clone();
        let mut names = String::new();
        for name in [&response.organisation, &response.responder, &response.role]
            .into_iter()
            .flatten()
        {
            text.push('\n');
            text.push_str(name);
            names.push('\n');
            names.push_str(name);
        }
        let mut names = content_stems(&Document::new(&names), None);
        names.retain(|n| !UNNAMING_WORDS.contains(&n.as_str()));
        // The response's own text comes first: its contacts are those that end within it.
        let doc = Document::new(&text);
        Self {
            response: response.clone(),
            stems: content_stems(&doc, None),
            contacts: contacts(&doc, Span::new(0, response.text.len())),
            names,
        }
    }
}

/// The content words of `doc` (or of one sentence), stemmed, without function words or words
/// that say nothing about which help is given.
fn content_stems(doc: &Document, sentence: Option<&Sentence>) -> Vec<String> {
    let words = match sentence {
        Some(sentence) => doc.sentence_words(sentence),
        None => doc.words(),
    };
    stems_of(doc, words)
}

/// The content words among `words` of `doc`, stemmed (see [`content_stems`]).
fn stems_of(doc: &Document, words: &[Word]) -> Vec<String> {
    let mut stems = Vec::new();
    for word in words {
        let w = trim_end_str(&word.norm, "'s");
        if w.chars().count() < 2 || is_function_word(w) || generic_words().contains(w) {
            continue;
        }
        let stemmed = word.stem().to_string();
        if !stems.contains(&stemmed) && !generic_words().contains(&stemmed) {
            stems.push(stemmed);
        }
    }
    for acronym in acronyms(doc, words) {
        let stemmed = stem(&acronym).into_owned();
        if !stems.contains(&stemmed) {
            stems.push(stemmed);
        }
    }
    stems
}

/// The initials of each run of capitalised words ("Patient Advice and Liaison Service" →
/// "pals"), so that a route named in full matches its acronym; "and", "of" and "the" may sit
/// inside a run.
fn acronyms(doc: &Document, words: &[Word]) -> Vec<String> {
    let text = doc.text();
    let mut found = Vec::new();
    let mut run = String::new();
    for word in words {
        let capitalised = word.span.text(text).starts_with(char::is_uppercase);
        if capitalised {
            run.extend(word.norm.chars().next());
        } else if run.is_empty() || !matches!(word.norm.as_str(), "and" | "of" | "the" | "for") {
            if run.chars().count() >= 3 {
                found.push(std::mem::take(&mut run));
            }
            run.clear();
        }
    }
    if run.chars().count() >= 3 {
        found.push(run);
    }
    found
}

/// The ways of reaching help written out in `doc` within `within`: the digits of each phone
/// number, each email address and each web address's host, lowercased. The document's own
/// addresses and numbers are read, found once for all the rules.
fn contacts(doc: &Document, within: Span) -> Vec<String> {
    let text = doc.text();
    let inside = |span: &&Span| within.start <= span.start && span.end <= within.end;
    let mut found = Vec::new();
    for span in doc.phone_numbers().iter().filter(inside) {
        found.push(
            span.text(text)
                .chars()
                .filter(char::is_ascii_digit)
                .collect(),
        );
    }
    for span in doc.emails().iter().filter(inside) {
        found.push(fold_text(span.text(text)));
    }
    for span in doc.urls().iter().filter(inside) {
        found.extend(url_host(span.text(text)));
    }
    found
}

impl AddsToConversation {
    /// A finding when the draft's only help is help a response already gave, in whatever
    /// words: see the module documentation.
    fn restated_help(&self, ctx: &Context, responses: &[&StoryResponse]) -> Option<Finding> {
        let doc = ctx.draft;
        let pointers = self.page_pointers.find_all(doc);
        let pointed_at: Vec<usize> = pointers
            .iter()
            .filter_map(|p| doc.sentence_at(p.span))
            .collect();
        let mut help = ctx.route_sentences(&self.routes).to_vec();
        // "Ring them on the number in her reply": help given by pointing at the page.
        let mut pointing = Vec::new();
        for contact in self.contact_words.find_all(doc) {
            pointing.extend(doc.sentence_at(contact.span).filter(|at| pointed_at.contains(at)));
        }
        help.extend_from_slice(&pointing);
        if help.is_empty() && pointed_at.is_empty() {
            return None;
        }
        let given = self.help_of(responses);
        // "Leanne has advised that the diversion has changed": a responder's words reported.
        for &at in &pointed_at {
            let stems = content_stems(doc, Some(&doc.sentences()[at]));
            if given.iter().any(|r| r.names.iter().any(|n| stems.contains(n))) {
                help.push(at);
            }
        }
        let ignored = self.unmeaning_stems(ctx, &pointers);
        help.sort_unstable();
        help.dedup();
        if help.is_empty() {
            return None;
        }
        let known = KnownNames::new(ctx, responses, &given);
        let sign_off = sign_off(doc);
        let signature = signature(doc, ctx.config.responder.name.as_deref());
        let own_uses = self.own_use_sentences(ctx);
        let mut restated: Option<(Span, usize)> = None;
        // The last help sentence found restated, and by which response.
        let mut previous: Option<(usize, usize)> = None;
        for &at in &help {
            let sentence = &doc.sentences()[at];
            let unsigned = signature.map_or(sentence.span, |s| {
                Span::new(sentence.span.start, sentence.span.end.min(s.start.max(sentence.span.start)))
            });
            let words = doc.sentence_words(sentence);
            let unsigned_words = &words[..words.partition_point(|w| w.span.end <= unsigned.end)];
            let mut stems = stems_of(doc, unsigned_words);
            // "The board's feedback team": the kind of body says nothing about which help.
            stems.retain(|s| !ignored.contains(s) && !BODY_KIND_WORDS.contains(&s.as_str()));
            let sentence_contacts = contacts(doc, unsigned);
            // A number, email or web address no response gave is new help; so is a service
            // named that no response named. The responder's own number under their name is
            // a signature, not help.
            if sentence_contacts
                .iter()
                .any(|c| !given.iter().any(|r| r.gave(c)))
            {
                return None;
            }
            let names: Vec<Name> = names_in(doc, sentence, sign_off, &ignored)
                .into_iter()
                .filter(|n| signature.is_none_or(|s| n.start < s.start))
                .collect();
            if names.iter().any(|n| !known.is_known(n)) {
                return None;
            }
            // "We'll add your story to our discharge project": what the responder will do with
            // the story, judged below, is no help for the author's problem.
            if own_uses.contains(&at) {
                continue;
            }
            // "Our reference group", "my colleague": help of the responder's own.
            if doc
                .sentence_words(sentence)
                .iter()
                .any(|w| OWN_WORDS.contains(&w.norm.as_str()))
            {
                return None;
            }
            let pointed = pointed_at.contains(&at);
            if stems.is_empty() && sentence_contacts.is_empty() {
                // "Email address is in Claire's message": help pointed at, with nothing
                // of its own.
                if pointing.contains(&at) {
                    let named = content_stems(doc, Some(sentence));
                    let response = (given.iter())
                        .position(|r| r.names.iter().any(|n| named.contains(n)))
                        .unwrap_or(0);
                    previous = Some((at, response));
                    restated = Some(match restated {
                        Some((span, first)) => (span.union(sentence.span), first),
                        None => (sentence.span, response),
                    });
                }
                continue;
            }
            let mut covered_by = None;
            for (i, response) in given.iter().enumerate() {
                let shared = stems.iter().filter(|s| response.stems.contains(s)).count();
                let overlap = shared as f64 / stems.len().max(1) as f64;
                let same_contact = sentence_contacts
                    .iter()
                    .any(|c| response.contacts.contains(c));
                let same_route = !names.is_empty()
                    && names.iter().all(|n| n.stems.iter().all(|s| response.stems.contains(s)))
                    && shared >= 2
                    && overlap >= self.pointed_help_overlap;
                let same_words = if pointed {
                    shared >= 1 && overlap >= self.pointed_help_overlap
                } else {
                    shared >= 2 && overlap >= self.help_overlap
                };
                // "She wants to meet you": a short sentence all of whose words the response used.
                let all_words = stems.len() <= 2 && shared == stems.len();
                if same_contact || same_route || same_words || all_words {
                    covered_by = Some(i);
                    break;
                }
            }
            // "They'll be able to look into the medication", "Worth a call": a sentence
            // that only goes on about the help restated just before it.
            if covered_by.is_none() && sentence_contacts.is_empty() && names.is_empty() {
                covered_by = previous
                    .filter(|&(before, _)| before + 1 == at && Self::goes_on(doc, sentence, &stems))
                    .map(|(_, response)| response);
            }
            let response = covered_by?;
            previous = Some((at, response));
            restated = Some(match restated {
                Some((span, first)) => (span.union(sentence.span), first),
                None => (sentence.span, response),
            });
        }
        let (span, response) = restated?;
        let mut finding = rule_finding(
            self,
            Some(span),
            format!(
                "This repeats the help {} already gave. Add something new \u{2014} another route, \
                 information or what you will do with the story \u{2014} or leave it to their reply.",
                describe_responder(responses[response])
            ),
        );
        // Saying what the responder will do with the story is its own, though it does not help
        // with the author's problem. What the provider will do ("so the call can be traced and
        // reviewed") is part of the help restated.
        if ctx
            .use_sentences(&self.uses)
            .iter()
            .any(|at| !help.contains(at) || own_uses.contains(at))
        {
            finding.severity = Severity::Hint;
        }
        Some(finding)
    }

    /// Stems that say nothing about which help a sentence gives: the words pointing at the
    /// page ("mentioned", "in her reply") and the story author's name.
    fn unmeaning_stems(&self, ctx: &Context, pointers: &[PhraseMatch]) -> Vec<String> {
        let doc = ctx.draft;
        let mut ignored = Vec::new();
        for word in doc.words() {
            if pointers.iter().any(|p| p.span.overlaps(word.span)) {
                ignored.push(stem(trim_end_str(&word.norm, "'s")).into_owned());
            }
        }
        if let Some(author) = &ctx.story.author {
            ignored.extend(content_stems(&Document::new(author), None));
        }
        ignored
    }
}

/// Words that open a sentence going on about what was said just before it ("They'll look
/// into it", "That's your best bet").
const BACK_REFERENCES: &[&str] = &[
    "they", "they'll", "they're", "they'd", "she", "she'll", "she's", "he", "he'll", "he's",
    "it", "it's", "it'll", "that", "that's", "this", "those", "these",
];

/// Words that only commend the help just given ("worth a call", "your best bet", "the right
/// place to start"), as stems.
const COMMENDING: &[&str] = &[
    "honest", "think", "bet", "worth", "right", "place", "start", "defo", "definit", "good",
    "idea", "option",
];

/// Words that may open a sentence before what it is about ("Honestly, they'll…").
const OPENERS: &[&str] = &["so", "and", "honestly", "definitely", "but", "oh", "well"];

impl AddsToConversation {
    /// True when `sentence` only goes on about the help before it: it opens by pointing back
    /// at it, or says nothing of its own but to commend it.
    fn goes_on(doc: &Document, sentence: &Sentence, stems: &[String]) -> bool {
        let words = doc.sentence_words(sentence);
        let opening = words.iter().find(|w| !OPENERS.contains(&w.norm.as_str()));
        let points_back = opening.is_some_and(|w| BACK_REFERENCES.contains(&w.norm.as_str()));
        let own = stems.iter().filter(|s| !COMMENDING.contains(&s.as_str())).count();
        points_back || own <= 1
    }

    /// The draft's sentences that say how the responder will use the story ("We'll add your
    /// story to our discharge project"); what they have done with it already ("I've flagged
    /// your story with our reference group") is news of their own.
    fn own_use_sentences(&self, ctx: &Context) -> Vec<usize> {
        const WILL: &[&str] = &["we'll", "i'll", "will", "shall"];
        let doc = ctx.draft;
        (ctx.use_sentences(&self.uses).iter().copied())
            .filter(|&at| {
                (doc.sentence_words(&doc.sentences()[at]).iter())
                    .any(|w| WILL.contains(&w.norm.as_str()))
            })
            .collect()
    }
}

/// Words that make help the responder's own.
const OWN_WORDS: &[&str] = &["our", "my"];

/// One name in a sentence: a run of capitalised words ("Patient Advice and Liaison Service",
/// "NUM"), as the stems of its words and its initials.
struct Name {
    /// Where the name begins in the draft.
    start: usize,
    stems: Vec<String>,
    /// The initials of a run of two or more words, or the letters of a word in capitals.
    initials: String,
}

/// The names in `sentence`, without the run of capitalised words it opens with (a greeting,
/// the author's name or just the first word), the sign-off, function words and `ignored` stems.
fn names_in(
    doc: &Document,
    sentence: &Sentence,
    sign_off: Option<Span>,
    ignored: &[String],
) -> Vec<Name> {
    let text = doc.text();
    let mut names = Vec::new();
    let mut run: Vec<&Word> = Vec::new();
    let mut opening = true;
    let words = doc.sentence_words(sentence);
    for (i, word) in words.iter().enumerate() {
        let written = word.span.text(text);
        let capitalised = written.starts_with(char::is_uppercase);
        opening = opening && (capitalised || GREETINGS.contains(&word.norm.as_str()));
        let joins = !run.is_empty()
            && NAME_JOINERS.contains(&word.norm.as_str())
            && words
                .get(i + 1)
                .is_some_and(|next| next.span.text(text).starts_with(char::is_uppercase));
        // "NHS 111 Wales", "Ward 7": a number inside a name is part of it.
        let numbered = !run.is_empty() && written.starts_with(|c: char| c.is_ascii_digit());
        let in_name = !opening
            && (capitalised || joins || numbered)
            && word.norm != "i"
            && sign_off.is_none_or(|s| !s.overlaps(word.span));
        if in_name {
            run.push(word);
        } else if !run.is_empty() {
            names.extend(name_of(&run, text, ignored));
            run.clear();
        }
    }
    names.extend(name_of(&run, text, ignored));
    names
}

/// The name a run of capitalised words gives, unless it is only function words.
fn name_of(run: &[&Word], text: &str, ignored: &[String]) -> Option<Name> {
    let mut stems = Vec::new();
    let mut initials = String::new();
    for word in run {
        if !NAME_JOINERS.contains(&word.norm.as_str()) {
            initials.extend(word.norm.chars().next());
        }
        let w = trim_end_str(&word.norm, "'s");
        if is_function_word(w) || generic_words().contains(w) || BODY_KIND_WORDS.contains(&w) {
            continue;
        }
        let stemmed = stem(w).into_owned();
        if !ignored.contains(&stemmed) && !stems.contains(&stemmed) {
            stems.push(stemmed);
        }
    }
    if run.len() == 1 {
        let written = run[0].span.text(text);
        let capitals = written.chars().filter(char::is_ascii_alphabetic).count() >= 2
            && !written.chars().any(char::is_lowercase);
        initials = if capitals { run[0].norm.clone() } else { String::new() };
    }
    let start = run.first()?.span.start;
    (!stems.is_empty()).then_some(Name {
        start,
        stems,
        initials,
    })
}

/// What the page already names: the responses' content words, and, looked up only when a
/// sentence names something they do not, the words of the responses, their responders and the
/// story's title and services in full (the service the story is about is no new help, and a
/// name spelled out there may be shortened in the draft: "LHD" for "Local Health District").
struct KnownNames<'a> {
    given: &'a [Arc<ResponseHelp>],
    texts: Vec<&'a str>,
    story: &'a StoryContext,
    story_stems: OnceCell<Vec<String>>,
}

impl<'a> KnownNames<'a> {
    fn new(ctx: &'a Context, responses: &[&'a StoryResponse], given: &'a [Arc<ResponseHelp>]) -> Self {
        let story = ctx.story;
        let mut texts = Vec::new();
        for response in responses {
            texts.push(response.text.as_str());
            for name in [&response.organisation, &response.responder, &response.role] {
                texts.extend(name.as_deref());
            }
        }
        texts.extend(story.title.as_deref());
        texts.extend(story.services.iter().map(String::as_str));
        Self {
            given,
            texts,
            story_stems: OnceCell::new(),
            story,
        }
    }

    /// True when `name` is on the page: its initials stand for a name there, or each of its
    /// words is there.
    fn is_known(&self, name: &Name) -> bool {
        let given = |s: &String| self.given.iter().any(|r| r.stems.contains(s));
        if !name.initials.is_empty() && given(&stem(&name.initials).into_owned()) {
            return true;
        }
        if name.stems.iter().all(given) {
            return true;
        }
        if name.initials.chars().count() >= 2
            && self.texts.iter().any(|t| spells_out(t, &name.initials))
        {
            return true;
        }
        let story = self.story_stems.get_or_init(|| {
            let mut about = self.story.title.clone().unwrap_or_default();
            for service in &self.story.services {
                about.push('\n');
                about.push_str(service);
            }
            content_stems(&Document::new(&about), None)
        });
        name.stems.iter().all(|s| given(s) || story.contains(s))
    }
}

/// True when consecutive capitalised words of `text` (leaving out "and", "of", "NHS",
/// "University"…) begin with the letters of `initials`, in order: "WAST" spells out "Welsh
/// Ambulance Services University NHS Trust".
fn spells_out(text: &str, initials: &str) -> bool {
    let firsts: Vec<Option<char>> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| {
            !w.is_empty()
                && !NAME_JOINERS.contains(w)
                && !INITIAL_LESS.contains(&fold_text(w).as_str())
        })
        .map(|w| {
            let first = w.chars().next()?;
            first.is_uppercase().then(|| fold_case(first))
        })
        .collect();
    let letters: Vec<Option<char>> = initials.chars().map(Some).collect();
    firsts.windows(letters.len()).any(|w| w == letters.as_slice())
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
    fn help_remembered_from_one_page_is_not_read_on_another() {
        let draft = "You can contact the Patient Advice and Liaison Service at Eastbrook \
            Hospital on 01632 960218 and they will look into what happened.";
        let engine = crate::Engine::new(Config::default());
        let pages = [
            on_page(ResponseKind::ThirdSector, EARLIER),
            on_page(ResponseKind::ThirdSector, "Please ring our helpline on 0300 123 4567."),
            on_page(ResponseKind::ThirdSector, EARLIER),
        ];
        let counts: Vec<usize> = (pages.iter())
            .map(|page| {
                let found = engine.check(draft, page, crate::rules::testing::now());
                found.iter().filter(|f| f.rule == ID).count()
            })
            .collect();
        assert_eq!(counts, [1, 0, 1]);
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
    fn fires_on_help_given_by_pointing_at_the_page_in_other_words() {
        let mut story = on_page(
            ResponseKind::Provider,
            "Dear Sam, I'm sorry. Please contact our PALS team on 01632 960 412, quoting this \
             story, so we can look into it. Karen",
        );
        story.responses[0].responder = Some("Karen".into());
        story.responses[0].organisation = Some("Eastbrook Hospitals NHS Trust".into());
        let check = |draft: &str| findings_with(ID, draft, &story, &Config::default());
        let pointed = "Hi Sam, I'm sorry your dad had such a long wait. As Karen from the trust \
            has said, the hospital's Patient Advice and Liaison Service is the place to start: \
            give them a ring on the number in her reply. Owen";
        assert_eq!(check(pointed).len(), 1, "{:#?}", check(pointed));
        let new_number = "Hi Sam, as well as the PALS team Karen mentioned, the independent \
            advocacy service can help you complain; call them on 0300 123 4567. Owen";
        assert!(check(new_number).is_empty());
        let new_site = "Hi Sam, as well as the PALS team Karen mentioned, advocacy can help you \
            complain; see https://www.advocacy.example/complaints. Owen";
        assert!(check(new_site).is_empty());
    }

    /// A provider's reply naming one route, for the tests of help restated in other words.
    fn provider_page() -> StoryContext {
        let mut story = on_page(
            ResponseKind::Provider,
            "Dear Sam, I'm sorry about the mix-up with the appointment letters. Our Patient \
             Relations office can look into it: 01632 960 733 or relations@eastbrook.example. \
             We have also moved the clinic's letters to a new printing firm. Bernadette",
        );
        story.responses[0].responder = Some("Bernadette Quayle".into());
        story.responses[0].role = Some("Outpatients Manager".into());
        story.responses[0].organisation = Some("Eastbrook Hospitals NHS Trust".into());
        story
    }

    #[test]
    fn fires_on_a_short_draft_whose_only_help_points_back_at_the_page() {
        let story = provider_page();
        let check = |draft: &str| findings_with(ID, draft, &story, &Config::default());
        let pointed = "Sam, Patient Relations are the ones to talk to. Their details are in \
            Bernadette's reply. Jo";
        let found = check(pointed);
        assert_eq!(found.len(), 1, "{found:#?}");
        assert_eq!(found[0].severity, Severity::Warning);
        let reported = "Dear Sam, so sorry. I see the Outpatients Manager has advised that \
            letters now go through a new printing firm. Jo";
        assert_eq!(check(reported).len(), 1, "{:#?}", check(reported));
    }

    #[test]
    fn a_draft_that_also_says_how_the_story_is_used_gets_a_hint() {
        let story = provider_page();
        let draft = "Sam, Patient Relations are the ones to talk to; their details are in \
            Bernadette's reply. We will include your story in our outpatients report. Jo";
        let found = findings_with(ID, draft, &story, &Config::default());
        assert_eq!(found.len(), 1, "{found:#?}");
        assert_eq!(found[0].severity, Severity::Hint);
    }

    #[test]
    fn fires_on_help_restated_with_follow_ons_a_signature_and_a_promised_use() {
        let story = provider_page();
        let mut config = Config::default();
        config.responder.name = Some("Jo Hale".into());
        let check = |draft: &str| findings_with(ID, draft, &story, &config);
        let follow_on = "Sam, the Trust's Patient Relations office is on 01632 960 733. \
            They'll be able to sort out the letters for you. Worth a call. Jo";
        assert_eq!(check(follow_on).len(), 1, "{:#?}", check(follow_on));
        let signed = "Sam, Patient Relations can look into it on 01632 960 733. \
            Best wishes, Jo Hale, Volunteer, 0300 555 0199";
        assert_eq!(check(signed).len(), 1, "{:#?}", check(signed));
        let pointed_only = "Sam, Patient Relations will look into the letters. The email \
            address is in Bernadette's reply. Jo";
        assert_eq!(check(pointed_only).len(), 1, "{:#?}", check(pointed_only));
        let with_use = "Sam, Patient Relations can look into it on 01632 960 733. We'll add \
            your story to our report on hospital letters. Jo";
        let found = check(with_use);
        assert_eq!(found.len(), 1, "{found:#?}");
        assert_eq!(found[0].severity, Severity::Hint);
        let own_news = "Sam, Patient Relations can look into it on 01632 960 733. They can \
            also ask our advocacy service to sit in with you. Jo";
        assert!(check(own_news).is_empty(), "{:#?}", check(own_news));
    }

    #[test]
    fn silent_when_a_sentence_names_help_no_response_gave() {
        let story = provider_page();
        let check = |draft: &str| findings_with(ID, draft, &story, &Config::default());
        let new_service = "Sam, Bernadette has offered a call with Patient Relations; if you \
            want someone on your side, Independent Complaints Advocacy can join you. Jo";
        assert!(check(new_service).is_empty(), "{:#?}", check(new_service));
        let own_help = "Sam, as well as the office Bernadette mentioned, our volunteers can sit \
            with you when you ring them. Jo";
        assert!(check(own_help).is_empty(), "{:#?}", check(own_help));
        let numbered_name = "Sam, Patient Relations can look into the letters. If you are ever \
            in crisis, call NHS 111 Wales and press 2. Jo";
        assert!(check(numbered_name).is_empty(), "{:#?}", check(numbered_name));
        let reached = "Sam, if you want the Trust to look into it, its Patient Relations office \
            can be reached by phone or email (details in the reply above). Jo";
        assert_eq!(check(reached).len(), 1, "{:#?}", check(reached));
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
            Config::from_json(r#"{"rules": {"adds-to-conversation": {"share": 1, "help_overlap": 1, "pointed_help_overlap": 1}}}"#).unwrap();
        let draft = format!("{EARLIER} You can also ring Llais on 0300 123 4567.");
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
