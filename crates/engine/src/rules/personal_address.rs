//! `personal-address`: "Remember you are speaking directly to someone."
//!
//! Fires on each third-person reference to the author ("the patient", "this person", "the
//! author", "the family"), suggesting "you" / "your family"; team names such as "the patient
//! experience team" are exceptions. When the author is a relative or friend, "the patient" is
//! someone else, so that finding is a hint without a suggestion. In a draft that also says
//! "you", a third-person phrase may be general ("we check details with the author"), so it is a
//! hint too. Also hints (whole draft) when a draft reads as a broadcast: no "you"/"your", no
//! greeting and not the author's name.

use super::{only, rule_finding, Context, Rule};
use crate::config::{strings, CommonSettings, Count};
use crate::text::agreement::address_as_you;
use crate::text::{
    fold_case, fold_each, fold_text, is_function_word, sign_off, with_possessives,
    PhraseMatch, PhraseSet,
};
use crate::{rule_settings, word_list, Config, Document, Finding, Severity, Span};

rule_settings! {
    /// Settings of `personal-address`. Phrases are whole words; possessives ("the patient's")
    /// are matched too.
    pub struct Settings {
        /// Ways of naming the author in the third person; suggested fix "you".
        pub author_phrases: Vec<String> = strings(DEFAULT_AUTHOR),
        /// Ways of naming the patient; "you" when the author is the patient.
        pub patient_phrases: Vec<String> = strings(DEFAULT_PATIENT),
        /// Ways of naming the author's family; suggested fix "your family".
        pub family_phrases: Vec<String> = strings(DEFAULT_FAMILY),
        /// Ways of naming everyone in the author's place ("anyone reading", "families in this
        /// situation"): the author in the third person only in a draft that neither greets nor
        /// names them; in a reply to them, a route for others too.
        pub group_phrases: Vec<String> = strings(DEFAULT_GROUP),
        /// Nouns that end the name of a service or body ("team", "council", "association"):
        /// after one of the phrases above and at most two more words ("the patient experience
        /// team", "the patient opinion website", "the patient and client council") they make
        /// it a name, not a person.
        pub service_heads: Vec<String> = strings(DEFAULT_SERVICE_HEADS),
        /// Phrases that contain one of the above but name something else (team names).
        pub exceptions: Vec<String> = strings(DEFAULT_EXCEPTIONS),
        /// Greetings that make a draft personal.
        pub greetings: Vec<String> = strings(DEFAULT_GREETINGS),
        /// Words that speak to the author directly ("please" asks them to do something).
        pub second_person: Vec<String> = strings(DEFAULT_SECOND_PERSON),
        /// Drafts shorter than this are never called a broadcast (they may still be being typed).
        pub broadcast_min_words: Count = Count(20),
        /// Words that, after the author's name, speak of them in the third person ("Gladys
        /// has been in touch", "Mick should…"); "Kirra's story" does too.
        pub third_person_verbs: Vec<String> = strings(DEFAULT_THIRD_PERSON_VERBS),
    }
}

const DEFAULT_AUTHOR: &str = word_list![
    "the author",
    "the story author",
    "this author",
    "this person",
    "the person who wrote",
    "the reviewer",
    "the storyteller",
    "this individual",
    "the individual concerned",
    "the person concerned",
    "the complainant",
    "this gentleman",
    "the gentleman concerned",
    "this lady",
    "the lady concerned",
    "the writer",
    "the original poster",
    "the poster",
    "the person posting",
    "the constituent",
    "this constituent",
    "our constituent",
    "my constituent",
];
const DEFAULT_PATIENT: &str = word_list![
    "the patient",
    "this patient",
    "the service user",
    "this service user",
    "the daughter",
    "the son",
    "the mother",
    "the father",
    "the husband",
    "the wife",
    "the partner",
    "the carer",
    "the relative",
    "the granddaughter",
    "the grandson",
    "the niece",
    "the nephew",
    "the poster's",
    "this man",
    "this woman",
    "this young man",
    "this young woman",
    "this poor man",
    "this poor woman",
    "the fella",
    "this fella",
    "the lad",
    "this lad",
    "the bloke",
    "this bloke",
    "the chap",
    "this chap",
];
const DEFAULT_GROUP: &str = word_list![
    "anyone reading",
    "whoever is reading",
    "anyone in * situation",
    "anyone in * * situation",
    "anyone in * position",
    "anyone in * * position",
    "families in * situation",
    "families in * * situation",
    "families in * position",
    "people in * situation",
    "people in * * situation",
    "people in * position",
    "people * in * position",
    "people * in * situation",
    "consumers in * situation",
    "patients in * situation",
    "patients in * position",
    "carers in * situation",
    "carers in * position",
    "parents in * situation",
    "parents in * position",
];
const DEFAULT_SERVICE_HEADS: &str = word_list![
    "team", "teams", "service", "services", "council", "association", "office", "line",
    "helpline", "unit", "department", "group", "forum", "panel", "network", "portal", "website",
    "site", "committee", "board", "charter", "ombudsman", "commissioner", "liaison", "hub",
    "centre", "center", "project", "programme", "partnership", "alliance", "society", "trust",
];
const DEFAULT_FAMILY: &str = word_list![
    "the family",
    "this family",
    "the patient's family",
    "the relatives",
];
const DEFAULT_EXCEPTIONS: &str = word_list![
    "the patient experience",
    "the patient advice",
    "the patient liaison",
    "the patient safety",
    "the patient transport",
    "the patient participation",
    "the patient advocacy",
    "the patient and client",
    "the patient support",
    "the patient relations",
    "the patient services",
    "the patient information",
    "the patient feedback",
    "the patient voice",
    "the patient panel",
    "the patient forum",
    "the patient portal",
    "the patient partnership",
    "the family liaison",
    "the family room",
    "in the family",
    "runs in the family",
    "the family support",
    "the patient journey",
    "the patient pathway",
    "the patient charter",
    "the patient group",
    "the carer's assessment",
    "the carers assessment",
    "the carer's allowance",
    "the carers allowance",
    "the carer support",
    "the carers centre",
    "the carer's centre",
    "the mother and baby",
    "the family doctor",
    "the family planning",
];
const DEFAULT_THIRD_PERSON_VERBS: &str = word_list![
    "has", "hasn't", "is", "isn't", "was", "wasn't", "says", "said", "wrote", "writes", "tells",
    "told", "describes", "described", "explains", "explained", "should", "can", "could", "may",
    "might", "will", "would", "needs", "wants", "deserves", "feels", "felt", "had", "does",
    "doesn't", "did", "didn't", "got", "gets",
];
/// Words of a screen name that name a relation or role, not the author ("Kirra_mum"): "your
/// mum's" in a draft is no third-person reference to them.
const NOT_NAMES: &[&str] = &[
    "mum", "mam", "mom", "dad", "mother", "father", "son", "daughter", "wife", "husband",
    "partner", "carer", "nan", "gran", "sister", "brother", "girl", "boy", "lad", "nurse",
    "patient", "mummy", "daddy", "family",
];
const DEFAULT_GREETINGS: &str = word_list![
    "dear",
    "hello",
    "hi",
    "hiya",
    "hey",
    "g'day",
    "gday",
    "a chara",
    "oh love",
    "ah love",
    "aw love",
    "hun",
    "mate",
    "good morning",
    "good afternoon",
    "good evening",
    "kia ora",
    "helo",
    "shwmae",
    "bore da",
    "dia dhuit",
];
const DEFAULT_SECOND_PERSON: &str =
    word_list!["you", "your", "yours", "yourself", "you're", "you've", "you'll", "you'd", "u", "ur", "yous", "youse", "yourselves", "please",];

/// Words that make a short finished draft a broadcast: someone spoken of in the third person
/// ("hope he's back on his feet"), or a log entry ("Noted. The office has logged this.").
const SHORT_BROADCAST: &[&str] = &[
    "he", "he's", "his", "him", "she", "she's", "her", "noted", "logged", "received", "re",
];

/// The `author_role` the site gives when the author is the patient.
const PATIENT_ROLE: &str = "patient";

#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Author,
    Patient,
    Family,
    Group,
}

/// The `personal-address` rule.
pub struct PersonalAddress {
    phrases: PhraseSet,
    kinds: Vec<Kind>,
    exceptions: PhraseSet,
    greetings: PhraseSet,
    second_person: Vec<String>,
    broadcast_min_words: usize,
    third_person_verbs: Vec<String>,
    service_heads: Vec<String>,
}

impl PersonalAddress {
    /// Compiles the phrase lists from `config`.
    pub fn new(config: &Config) -> Self {
        let s = &config.rules.personal_address;
        let (mut phrases, mut kinds) = (Vec::new(), Vec::new());
        for (kind, list) in [
            (Kind::Author, &s.author_phrases),
            (Kind::Patient, &s.patient_phrases),
            (Kind::Family, &s.family_phrases),
            (Kind::Group, &s.group_phrases),
        ] {
            for phrase in with_possessives(list) {
                phrases.push(phrase);
                kinds.push(kind);
            }
        }
        Self {
            phrases: PhraseSet::new(&phrases),
            kinds,
            exceptions: PhraseSet::new(&s.exceptions),
            greetings: PhraseSet::new(&s.greetings),
            second_person: fold_each(&s.second_person),
            broadcast_min_words: s.broadcast_min_words.0,
            third_person_verbs: fold_each(&s.third_person_verbs),
            service_heads: fold_each(&s.service_heads),
        }
    }

    fn third_person(&self, ctx: &Context, m: PhraseMatch) -> Finding {
        let text = ctx.draft.text();
        let said = m.span.text(text);
        let possessive = said.ends_with("'s") || said.ends_with("\u{2019}s");
        let author_is_patient = ctx
            .story
            .author_role
            .as_deref()
            .is_none_or(|r| r.trim().eq_ignore_ascii_case(PATIENT_ROLE));
        let (span, fix) = match self.kinds[m.phrase] {
            Kind::Patient if !author_is_patient => {
                let mut f = rule_finding(
                    self,
                    Some(m.span),
                    format!(
                        "Speak to the author directly, and name the person the way they do \
                         (e.g. \u{201c}your mum\u{201d}) rather than \u{201c}{said}\u{201d}."
                    ),
                );
                f.severity = Severity::Hint;
                return f;
            }
            Kind::Family if possessive => (m.span, "your family's".to_string()),
            Kind::Family => (m.span, "your family".to_string()),
            _ if possessive => (m.span, "your".to_string()),
            _ => match address_as_you(ctx.draft, m.span) {
                Some(rewrite) => (rewrite.span, rewrite.text),
                None => return rule_finding(self, Some(m.span), without_one_step(said)),
            },
        };
        let fix = match_case(said, &fix);
        let mut f = rule_finding(
            self,
            Some(span),
            format!(
                "Speak to the author directly: write \u{201c}{fix}\u{201d} rather than \
                 \u{201c}{said}\u{201d}."
            ),
        );
        f.suggestion = Some(fix);
        f
    }

    fn says_you(&self, ctx: &Context) -> bool {
        let words = ctx.draft.words();
        words.iter().any(|w| self.second_person.contains(&w.norm))
    }

    /// True when the draft says "you" outside its thanks ("Thank you for sharing your
    /// experience" is said to anyone): it speaks to the author.
    fn speaks_to_author(&self, ctx: &Context) -> bool {
        let doc = ctx.draft;
        let words = doc.words();
        doc.sentences().iter().any(|sentence| {
            let said = &words[sentence.words.clone()];
            !said.first().is_some_and(|w| THANKS.contains(&w.norm.as_str()))
                && said.iter().any(|w| self.second_person.contains(&w.norm))
        })
    }

    /// True when the draft has a greeting that is not part of an email or web address
    /// ("hello@…" greets nobody).
    fn greets(&self, ctx: &Context) -> bool {
        let addresses = || ctx.draft.emails().iter().chain(ctx.draft.urls());
        self.greetings
            .find_all(ctx.draft)
            .iter()
            .any(|m| !addresses().any(|a| a.overlaps(m.span)))
    }

    /// True when the draft greets the author, or calls them by name near its start or after a
    /// comma, or opens with a name.
    fn addresses_author(&self, ctx: &Context) -> bool {
        let text = ctx.draft.text();
        let author_named = ctx.story.author.as_deref().is_some_and(|a| {
            let parts = name_parts(a);
            let words = ctx.draft.words();
            // Near the start ("hey jaz love this") unless spoken of ("Niamh_Galway's father"),
            // or called by name after a comma anywhere ("That's brilliant news, Bob.").
            let possessive = |w: &crate::text::Word| w.norm.ends_with("'s");
            let near_start = words.iter().take(NAME_AT_MOST_AFTER).position(|w| parts.contains(&w.norm));
            near_start.is_some_and(|i| {
                let after = words[i..].iter().find(|w| !parts.contains(&w.norm));
                !words[i..].iter().take_while(|w| parts.contains(&w.norm)).any(possessive)
                    && !after.is_some_and(|w| {
                        possessive(w) && parts.iter().any(|p| w.norm.starts_with(p.as_str()))
                    })
            })
                || words.windows(2).any(|pair| {
                    parts.contains(&pair[1].norm)
                        && text[pair[0].span.end..pair[1].span.start].contains(',')
                })
        });
        author_named || self.greets(ctx) || opens_with_a_name(ctx) || opens_with_handle(ctx)
    }

    fn is_broadcast(&self, ctx: &Context) -> bool {
        // A short draft that ends with a sign-off is finished, not still being typed; it is a
        // broadcast when it speaks of someone in the third person or reads as a log entry.
        let finished = || {
            sign_off(ctx.draft).is_some()
                && ctx
                    .draft
                    .words()
                    .iter()
                    .any(|w| SHORT_BROADCAST.contains(&w.norm.as_str()))
        };
        (ctx.draft.words().len() >= self.broadcast_min_words || finished())
            && !self.says_you(ctx)
            && !self.addresses_author(ctx)
    }
}

impl PersonalAddress {
    /// The author called by name in the third person: a capitalised part of their screen name
    /// followed by a third-person verb ("Gladys has been in touch") or with "'s" ("Kirra's
    /// story"), leaving out parts that also name one of the story's services.
    fn named_in_third_person(&self, ctx: &Context) -> Vec<Finding> {
        let Some(handle) = ctx.story.author.as_deref() else {
            return Vec::new();
        };
        // Only the first name in the screen name is surely the author's: "SisterOfTom",
        // "MamOfDara" and "ger_and_conor" name someone else after it, and "Shaz_NSW" a place.
        // A screen name with a relation in it ("Kirra_mum", "Callum_dad") may be named
        // after the relative.
        let services = fold_text(&ctx.story.services.join(" "));
        let parts = name_parts(handle);
        if parts.iter().any(|p| NOT_NAMES.contains(&p.as_str())) {
            return Vec::new();
        }
        let Some(name) = parts
            .into_iter()
            .next()
            .filter(|p| !services.contains(p.as_str()))
        else {
            return Vec::new();
        };
        let text = ctx.draft.text();
        let words = ctx.draft.words();
        let mut found = Vec::new();
        for (i, word) in words.iter().enumerate() {
            let capitalised = text[word.span.start..]
                .chars()
                .next()
                .is_some_and(char::is_uppercase);
            if !capitalised {
                continue;
            }
            let possessive = word
                .norm
                .strip_suffix("'s")
                .is_some_and(|n| n == name);
            let named = word.norm == name
                && words
                    .get(i + 1)
                    .is_some_and(|next| self.third_person_verbs.contains(&next.norm))
                && !text[word.span.end..words[i + 1].span.start].contains([',', ':', '!', '?']);
            if possessive || named {
                let said = word.span.text(text);
                let message = if possessive {
                    format!(
                        "Speak to the author directly: write \u{201c}your\u{201d} rather than \u{201c}{said}\u{201d}."
                    )
                } else {
                    without_one_step(said)
                };
                found.push(rule_finding(self, Some(word.span), message));
            }
        }
        found
    }
}

impl PersonalAddress {
    /// The author named by a title and an initial ("Mrs G may wish to…", "Mr D. has had"):
    /// how a case note speaks of a constituent, where staff are named in full.
    fn initialled(&self, ctx: &Context) -> Vec<Finding> {
        let text = ctx.draft.text();
        let words = ctx.draft.words();
        let mut found = Vec::new();
        for pair in words.windows(2) {
            let initial = pair[1].norm.chars().count() == 1
                && text[pair[1].span.start..]
                    .chars()
                    .next()
                    .is_some_and(char::is_uppercase);
            if initial && TITLES.contains(&pair[0].norm.as_str()) {
                let said = pair[0].span.union(pair[1].span).text(text);
                found.push(rule_finding(self, Some(pair[0].span.union(pair[1].span)), without_one_step(said)));
            }
        }
        found
    }
}

impl PersonalAddress {
    /// True when `m` begins the name of a body ("the patient experience team", "the patient
    /// opinion website", "the patient and client council"): one of [`Settings::service_heads`]
    /// follows it within [`MAX_NAME_WORDS`] words, with no word between that is a function word
    /// other than "and".
    ///
    /// [`Settings::service_heads`]: Settings
    fn heads_a_name(&self, ctx: &Context, m: PhraseMatch) -> bool {
        let words = ctx.draft.words();
        let text = ctx.draft.text();
        // "The patient's care team" is still the patient's.
        let said = m.span.text(text);
        if said.ends_with("'s") || said.ends_with("\u{2019}s") {
            return false;
        }
        let next = words.partition_point(|w| w.span.start < m.span.end);
        let mut end = m.span.end;
        for word in words.iter().skip(next).take(MAX_NAME_WORDS + 1) {
            if text[end..word.span.start].contains(|c: char| !c.is_whitespace() && c != '&') {
                return false;
            }
            if self.service_heads.contains(&word.norm) {
                return true;
            }
            if is_function_word(&word.norm) && word.norm != "and" {
                return false;
            }
            end = word.span.end;
        }
        false
    }
}

/// How many words may stand between a phrase and the noun that ends a name it begins.
const MAX_NAME_WORDS: usize = 2;

/// Titles that, before an initial, name a person ("Mrs G").
const TITLES: &[&str] = &["mr", "mrs", "ms", "miss", "mx"];

/// How far into a draft a part of the author's screen name counts as greeting them ("hey jaz
/// love this"); further on it is more likely a place ("Jen_Kent" and "Kent NHS").
const NAME_AT_MOST_AFTER: usize = 3;

/// The names a screen name is made of, lowercased: its words split at punctuation, digits and
/// capitals ("JanetRoss" and "janet_ross82" give "janet" and "ross"), leaving out words of two
/// letters or fewer and function words ("ger_and_conor" gives "ger" and "conor").
fn name_parts(handle: &str) -> Vec<String> {
    let mut parts = Vec::new();
    let mut part = String::new();
    let mut previous_lower = false;
    for c in handle.chars() {
        let boundary = !c.is_alphabetic() || (c.is_uppercase() && previous_lower);
        if boundary && !part.is_empty() {
            parts.push(std::mem::take(&mut part));
        }
        if c.is_alphabetic() {
            part.push(fold_case(c));
        }
        previous_lower = c.is_lowercase();
    }
    if !part.is_empty() {
        parts.push(part);
    }
    parts.retain(|p| p.chars().count() >= 3 && !is_function_word(p));
    parts
}

/// True when the draft opens with the author's screen name as written, not as a possessive
/// ("SarahJ_1960, thank you…", not "SarahJ_1960's mum…").
fn opens_with_handle(ctx: &Context) -> bool {
    let Some(handle) = ctx.story.author.as_deref().map(str::trim).filter(|h| !h.is_empty()) else {
        return false;
    };
    let text = ctx.draft.text().trim_start();
    let rest = text
        .get(..handle.len())
        .filter(|start| start.eq_ignore_ascii_case(handle))
        .map(|_| &text[handle.len()..]);
    rest.is_some_and(|rest| {
        !rest.starts_with(char::is_alphanumeric) && !rest.starts_with("'s") && !rest.starts_with("\u{2019}s")
    })
}

/// True when the draft opens by calling someone by name: one or two capitalised words and a
/// comma or dash ("Penny, it's…", "Rob — honestly…").
fn opens_with_a_name(ctx: &Context) -> bool {
    let text = ctx.draft.text();
    let words = ctx.draft.words();
    (1..=2).any(|n| {
        let Some(last) = words.get(n - 1) else {
            return false;
        };
        let capitalised = words[..n].iter().all(|w| {
            text[w.span.start..]
                .chars()
                .next()
                .is_some_and(char::is_uppercase)
        });
        let after = text[last.span.end..].trim_start();
        capitalised
            && (after.starts_with(',') || after.starts_with('\u{2014}') || after.starts_with(" -"))
    })
}

/// The message when "you" in place of `said` needs the rest of the sentence changed too.
fn without_one_step(said: &str) -> String {
    let you = match_case(said, "you");
    format!(
        "Speak to the author directly: write \u{201c}{you}\u{201d} rather than \u{201c}{said}\u{201d}, \
         and change the rest of the sentence to match."
    )
}

/// True when `m` begins a name ("the Patient Opinion team", "the Patient Safety Unit"): a word
/// after the article is capitalised mid-sentence, and so is the word after the match.
fn names_a_service(ctx: &Context, m: PhraseMatch) -> bool {
    let text = ctx.draft.text();
    let words = ctx.draft.words();
    let Some(first) = words.iter().position(|w| w.span.start == m.span.start) else {
        return false;
    };
    let capital = |at: usize| {
        words
            .get(at)
            .and_then(|w| text[w.span.start..].chars().next())
            .is_some_and(char::is_uppercase)
    };
    let last = words
        .iter()
        .rposition(|w| w.span.end <= m.span.end)
        .unwrap_or(first);
    let joined = words
        .get(last + 1)
        .is_some_and(|w| matches!(w.norm.as_str(), "and" | "of" | "for"))
        && capital(last + 2);
    last > first && capital(last) && (capital(last + 1) || joined)
}

/// True when `span` stands inside quotation marks in its sentence: the words of a letter,
/// a note or the author, quoted ("you were told 'the family will be called'").
fn quoted(doc: &Document, span: Span) -> bool {
    let Some(sentence) = doc.sentence_at(span).map(|i| doc.sentences()[i].span) else {
        return false;
    };
    let text = doc.text();
    let before = &text[sentence.start..span.start];
    let mut open = false;
    let mut previous = ' ';
    let mut chars = before.chars().peekable();
    while let Some(c) = chars.next() {
        let next = chars.peek().copied().unwrap_or(' ');
        match c {
            '\u{201c}' | '\u{2018}' => open = true,
            '\u{201d}' => open = false,
            '"' => open = !open,
            // An apostrophe inside a word ("don't", "Sam's") is no quotation mark.
            '\'' | '\u{2019}' if previous.is_alphanumeric() && next.is_alphanumeric() => {}
            '\'' if !previous.is_alphanumeric() => open = true,
            '\'' | '\u{2019}' => open = false,
            _ => {}
        }
        previous = c;
    }
    open
}

/// True when the sentence of `m` sets a patient beside someone else who may act instead ("a
/// concern can be raised by the patient or someone acting for them", "you must be the patient,
/// or have the patient's consent"): a role in a rule, not the author.
fn role_in_a_rule(doc: &Document, m: PhraseMatch, patients: &[PhraseMatch]) -> bool {
    let Some(sentence) = doc.sentence_at(m.span).map(|i| doc.sentences()[i].span) else {
        return false;
    };
    let words = doc.words();
    patients
        .iter()
        .filter(|p| p.span.start >= sentence.start && p.span.end <= sentence.end)
        .any(|p| {
            let next = words.partition_point(|w| w.span.start < p.span.end);
            let before = words.partition_point(|w| w.span.start < p.span.start);
            words.get(next).is_some_and(|w| w.norm == "or")
                || before.checked_sub(1).is_some_and(|b| words[b].norm == "or")
        })
}

/// True when words after `m` say which person it means, someone other than the author ("the
/// carer who visits your dad", "the family in the next bay", "the daughter of another
/// patient"), unless they point back at the story ("the family who wrote this").
/// Called for relations and patients only: "the author of this story" is always the author.
fn someone_else(doc: &Document, m: PhraseMatch) -> bool {
    const RESTRICTIVE: &[&str] = &["who", "whom", "in", "at", "from", "on", "next", "opposite"];
    /// After "of", words that make it someone else's relation ("the daughter of another
    /// patient"), not the patient's own ("the family of the deceased" is the author's).
    const OTHER: &[&str] = &["another", "other", "a", "an", "someone", "one"];
    /// Words just after the restrictive word that point back at the story or its author.
    const BACK_AT_THE_STORY: &[&str] = &[
        "this", "that", "your", "wrote", "written", "posted", "shared", "care", "here",
    ];
    /// The story itself, a few words on ("the family at the centre of this story").
    const THE_STORY: &[&str] = &["story", "stories", "post", "review", "feedback"];
    let said = m.span.text(doc.text());
    if said.ends_with("'s") || said.ends_with('\u{2019}') || said.ends_with("\u{2019}s") {
        return false;
    }
    let words = doc.words();
    let next = words.partition_point(|w| w.span.start < m.span.end);
    let after = words.get(next + 1..).unwrap_or_default();
    // After a comma the words describe the person already meant ("the patient, who was in
    // pain"): they do not pick out someone else.
    let described = words
        .get(next)
        .is_some_and(|w| doc.text()[m.span.end..w.span.start].contains(','));
    let restricted = !described
        && words.get(next).is_some_and(|w| {
            RESTRICTIVE.contains(&w.norm.as_str())
                || (w.norm == "of" && after.first().is_some_and(|o| OTHER.contains(&o.norm.as_str())))
        });
    restricted
        && !after
            .first()
            .is_some_and(|w| BACK_AT_THE_STORY.contains(&w.norm.as_str()))
        && !after.iter().take(4).any(|w| THE_STORY.contains(&w.norm.as_str()))
}

/// True when a relative clause right after `m` says which one it means ("the family who
/// wrote this").
fn said_which(doc: &Document, m: PhraseMatch) -> bool {
    let words = doc.words();
    let next = words.partition_point(|w| w.span.start < m.span.end);
    words.get(next).is_some_and(|w| {
        matches!(w.norm.as_str(), "who" | "whom" | "that")
            && doc.text()[m.span.end..w.span.start].trim().is_empty()
    })
}

/// `fix` capitalised when `said` starts with a capital (the suggestions are English words, so an
/// ASCII capital is enough).
fn match_case(said: &str, fix: &str) -> String {
    let mut matched = fix.to_string();
    if said.chars().next().is_some_and(|c| fold_case(c) != c) {
        if let Some(first) = matched.get_mut(..1) {
            first.make_ascii_uppercase();
        }
    }
    matched
}

impl Rule for PersonalAddress {
    fn id(&self) -> &str {
        "personal-address"
    }

    fn guideline(&self) -> &str {
        "Care Opinion is a way for you to reach out to individuals and you should treat each \
         conversation as a personal interaction. Remember you are speaking directly to someone."
    }

    fn why(&self) -> &str {
        "The author will read your reply. Talking about them in the third person, or writing a \
         general statement, makes it feel like they are not being heard."
    }

    fn default_severity(&self) -> Severity {
        Severity::Warning
    }

    fn settings<'a>(&'a self, config: &'a Config) -> &'a dyn CommonSettings {
        &config.rules.personal_address
    }

    fn check(&self, ctx: &Context) -> Vec<Finding> {
        let exceptions = self.exceptions.find_all(ctx.draft);
        let says_you = self.says_you(ctx);
        // Asked once, and only when a group is named: a reply that greets or names the author
        // names the group for others in their place.
        let mut addressed = None;
        let mut speaks_to_author = None;
        let mut found = Vec::new();
        let phrases = self.phrases.find_all(ctx.draft);
        let patients: Vec<PhraseMatch> = phrases
            .iter()
            .filter(|m| self.kinds[m.phrase] == Kind::Patient)
            .copied()
            .collect();
        for m in phrases {
            if exceptions.iter().any(|e| e.span.overlaps(m.span))
                || (self.kinds[m.phrase] == Kind::Patient
                    && role_in_a_rule(ctx.draft, m, &patients))
                || names_a_service(ctx, m)
                || self.heads_a_name(ctx, m)
                || quoted(ctx.draft, m.span)
                || (matches!(self.kinds[m.phrase], Kind::Patient | Kind::Family)
                    && someone_else(ctx.draft, m))
            {
                continue;
            }
            if self.kinds[m.phrase] == Kind::Group
                && *addressed.get_or_insert_with(|| self.addresses_author(ctx))
            {
                continue;
            }
            // Beside "you", "the family" is the household the author belongs to ("we can
            // support the family and Dean together"), not the author named in the third person
            // ("the family who wrote this" is).
            if self.kinds[m.phrase] == Kind::Family
                && !said_which(ctx.draft, m)
                && *speaks_to_author.get_or_insert_with(|| self.speaks_to_author(ctx))
            {
                continue;
            }
            let mut f = self.third_person(ctx, m);
            if says_you {
                f.severity = Severity::Hint;
            }
            found.push(f);
        }
        if !says_you {
            found.extend(self.named_in_third_person(ctx));
            found.extend(self.initialled(ctx));
        }
        found.sort_by_key(|f| f.span.map(|s| s.start));
        if found.is_empty() && self.is_broadcast(ctx) {
            let mut f = rule_finding(
                self,
                None,
                "This reads as a general statement rather than a reply to one person. Greet the \
                 author and speak to them as \u{201c}you\u{201d}, e.g. \u{201c}Dear …, thank you \
                 for sharing your story.\u{201d}"
                    .to_string(),
            );
            f.severity = Severity::Hint;
            return only(f);
        }
        found
    }
}

/// Words that open a sentence of thanks, whose "you" speaks to no one in particular.
const THANKS: &[&str] = &["thank", "thanks"];

#[cfg(test)]
mod tests {
    use crate::rules::testing::{
        assert_configurable, assert_fires, assert_silent, findings, findings_with, flagged, story,
    };
    use crate::{Config, Severity, StoryContext};

    const ID: &str = "personal-address";

    fn suggestions(draft: &str) -> Vec<Option<String>> {
        findings(ID, draft)
            .into_iter()
            .map(|f| f.suggestion)
            .collect()
    }

    #[test]
    fn the_patient_beside_someone_acting_instead_is_a_role_in_a_rule() {
        assert_silent(
            ID,
            "Dear Sam, a complaint can be made by the patient or a relative on their behalf, \
             with the patient's consent. Jo",
        );
        assert_silent(ID, "Dear Sam, either you or the patient can ask for the notes. Jo");
        assert_fires(ID, "Dear Sam, we hope the patient has recovered. Jo");
    }

    #[test]
    fn quoted_words_named_services_and_other_people_are_not_the_author() {
        for draft in [
            "Dear Jo, you said the nurse told you 'the family will be called', but nobody rang you.",
            "Dear Jo, when you read \u{201c}the patient was comfortable\u{201d} in the notes, we can see why you were upset.",
            "Dear Jo, the carer who visits your dad should have a care plan you can ask to see.",
            "Dear Jo, the family in the next bay may have been told more, but you deserved the same.",
            "Dear Jo, the daughter of another patient wrote to us about the same ward.",
            "Dear Jo, the Patient and Public Involvement group meets monthly, and you'd be welcome.",
        ] {
            assert_silent(ID, draft);
        }
        for draft in [
            "Dear Jo, we will make sure the family are kept informed.",
            "Dear Jo, we hope the patient, who was in pain, got help quickly.",
            "The family of the deceased may wish to contact PALS on 0300 123 4567.",
            "Dear Jo, we have asked the ward to call the patient's daughter, who wrote this story.",
            "Dear Jo, the family who wrote this deserve an answer, so we'll call you.",
        ] {
            assert_fires(ID, draft);
        }
    }

    #[test]
    fn the_family_beside_you_is_the_authors_household_but_beside_thanks_alone_is_not() {
        assert_silent(
            ID,
            "Hi Sam, I'm sorry the family has been left to work out the forms alone. You can call us on 0300 123 4567.",
        );
        assert_fires(
            ID,
            "Thank you Sinéad. The family can contact the Patient Advocacy Service on 0818 293 003.",
        );
    }

    #[test]
    fn a_reply_opening_with_the_authors_name_is_personal() {
        let draft = "Penny, it is completely understandable to have questions after an emergency \
                     birth. The birth debrief page explains how to book one. Lifeline is there on 13 11 14.";
        assert_silent(ID, draft);
    }

    #[test]
    fn the_authors_screen_name_at_the_start_greets_them() {
        let story = |author: &str| StoryContext {
            author: Some(author.into()),
            ..Default::default()
        };
        let broadcast = "it is so hard when a parent is moved at night without warning and \
                         relatives only hear about it the next morning from a stranger on the phone.";
        for (author, greeted) in [("JanetRoss", "Janet"), ("ger_and_conor", "ger"), ("jaz_17", "hey jaz")] {
            let draft = format!("{greeted} {broadcast}");
            assert!(
                findings_with(ID, &draft, &story(author), &Config::default()).is_empty(),
                "{draft}"
            );
        }
        let later = format!("{broadcast} We work across Kent.");
        assert_eq!(
            findings_with(ID, &later, &story("Jen_Kent"), &Config::default()).len(),
            1
        );
    }

    #[test]
    fn broadcasts_about_this_man_or_to_anyone_reading_and_requests_to_the_author() {
        assert_fires(ID, "Another shocking example. This man waited eight hours.");
        assert_fires(
            ID,
            "To anyone reading who has been through something similar: there is help out there.",
        );
        let asks = "this is shocking, both of them passing the buck while an 80 year old lies in \
                    bed. the hospital and the council should be ashamed. please ring 111 if hes \
                    unwell. bev";
        assert_silent(ID, asks);
        assert_silent(
            ID,
            "You may be able to get support through the carer's assessment at the council.",
        );
    }

    #[test]
    fn service_names_beginning_the_patient_are_not_the_author() {
        assert_silent(
            ID,
            "You can contact the Patient Advocacy Service, or the Patient Opinion Team, for help.",
        );
        assert_fires(ID, "We hope the Patient is now recovering.");
    }

    #[test]
    fn groups_in_the_authors_place_are_the_author_only_in_a_broadcast() {
        let route = "Families in this situation can ask the NHS complaints advocacy service for \
                     free help.";
        assert_fires(ID, route);
        let story = |author: &str| StoryContext {
            author: Some(author.into()),
            ..Default::default()
        };
        for (author, greeting) in [
            ("lucyk", "Dear lucyk, sorry you've had such a hard time of it."),
            ("SarahJ_1960", "SarahJ_1960, thank you for posting this."),
        ] {
            let draft = format!("{greeting} {route}");
            assert!(
                findings_with(ID, &draft, &story(author), &Config::default()).is_empty(),
                "{draft}"
            );
        }
        let spoken_of = format!("Niamh_Galway's father deserved better. {route}");
        assert!(!findings_with(ID, &spoken_of, &story("Niamh_Galway"), &Config::default()).is_empty());
    }

    #[test]
    fn the_patient_before_a_bodys_name_is_no_person() {
        for draft in [
            "You could also leave feedback on the patient opinion website.",
            "The patient and client council can support you.",
            "We have shared it with the patient experience team.",
        ] {
            assert_silent(ID, draft);
        }
        assert_fires(ID, "We have written to the patient's care team.");
        assert_fires(ID, "We hope the patient was seen by the team.");
    }

    #[test]
    fn other_third_person_references_are_underlined() {
        assert_eq!(
            flagged(ID, "We are sorry this gentleman waited so long."),
            ["this gentleman"]
        );
        assert_eq!(
            flagged(
                ID,
                "We have written to the ward on behalf of the lady concerned."
            ),
            ["the lady concerned"]
        );
    }

    #[test]
    fn fires_on_rules_md_examples() {
        for draft in [
            "We hope the patient is feeling better.",
            "We are sorry this person had to wait.",
            "Thanks to the author for their feedback.",
            "Our thoughts are with the family.",
        ] {
            assert_fires(ID, draft);
        }
    }

    #[test]
    fn silent_on_direct_address() {
        assert_silent(
            ID,
            "Dear hedgerow_walker, I hope the wait was explained in the end.",
        );
        assert_silent(ID, "Hello, and welcome to Care Opinion.");
        assert_silent(ID, "Thank you for sharing your story.");
        assert_silent(
            ID,
            "You can contact PALS if you would like to talk it through.",
        );
    }

    #[test]
    fn suggests_you_with_the_verb_agreeing() {
        let draft = "The patient was kept waiting and we hope the patient’s knee is better.";
        assert_eq!(flagged(ID, draft), ["The patient was", "the patient’s"]);
        assert_eq!(
            suggestions(draft),
            [Some("You were".to_string()), Some("your".to_string())]
        );
        assert_eq!(
            suggestions("We send our best wishes to the family."),
            [Some("your family".to_string())]
        );
    }

    #[test]
    fn a_draft_that_also_says_you_gets_a_hint() {
        let found = findings(ID, "We hope the patient is feeling better.");
        assert_eq!(found[0].severity, Severity::Warning);
        let draft = "Dear Sam, thank you for your question. Sometimes we check details with \
                     the author before a story is published.";
        let found = findings(ID, draft);
        assert_eq!(found[0].span.unwrap().text(draft), "the author");
        assert_eq!(found[0].severity, Severity::Hint);
    }

    #[test]
    fn team_names_are_not_the_author() {
        assert_silent(
            ID,
            "Dear hedgerow_walker, the patient experience team and the Patient Advice and \
             Liaison Service can both help you.",
        );
    }

    #[test]
    fn relative_author_gets_a_hint_without_a_suggestion() {
        let relative = StoryContext {
            author_role: Some("relative".into()),
            ..story()
        };
        let found = findings_with(
            ID,
            "The patient deserved better.",
            &relative,
            &Config::default(),
        );
        assert_eq!(found[0].severity, Severity::Hint);
        assert_eq!(found[0].suggestion, None);
        assert!(found[0].message.contains("your mum"));
    }

    #[test]
    fn the_author_named_in_the_third_person_is_underlined() {
        let gladys = StoryContext {
            author: Some("Gladys_W".into()),
            ..story()
        };
        let config = Config::default();
        let said = |draft: &str| {
            findings_with(ID, draft, &gladys, &config)
                .iter()
                .filter_map(|f| f.span.map(|s| s.text(draft).to_string()))
                .collect::<Vec<_>>()
        };
        assert_eq!(said("Gladys has been in touch about podiatry. She can call PALS."), ["Gladys"]);
        assert_eq!(said("Gladys's story is a timely reminder for the board."), ["Gladys's"]);
        assert!(said("Gladys, has the clinic called back? Call PALS if not.").is_empty());
        // A draft that speaks to the author may mention them by name for another reason.
        assert!(said("Gladys has asked us to help, so please call us.").is_empty());
        let relative = StoryContext {
            author: Some("SisterOfTom".into()),
            ..story()
        };
        assert!(findings_with(ID, "I hope Tom is well. The liaison nurse can help.", &relative, &config)
            .iter()
            .all(|f| f.span.is_none()));
    }

    #[test]
    fn hints_when_the_draft_reads_as_a_broadcast() {
        let draft = "Healthwatch Wexcombe is the independent champion for people who use health \
                     and social care services. We listen to what people say about services and \
                     share it with those who plan them.";
        let found = findings(ID, draft);
        assert_eq!(found.len(), 1);
        assert_eq!((found[0].span, found[0].severity), (None, Severity::Hint));
        assert_silent(ID, "Healthwatch Wexcombe is the independent champion.");
        assert_silent(ID, &format!("Hi hedgerow_walker. {draft}"));
        assert_silent(ID, &format!("{draft} Thank you, hedgerow walker."));
    }

    #[test]
    fn a_short_finished_note_about_someone_is_a_broadcast() {
        for draft in [
            "Poor bloke, two trips to ED for nothing. Hope he's back on his feet. Sue",
            "Noted. The office has logged this. K. Osei, Caseworker",
        ] {
            let found = findings(ID, draft);
            assert_eq!(found.len(), 1, "{draft}");
            assert_eq!(found[0].severity, Severity::Hint);
        }
        assert_silent(ID, "Sorry to hear that, I'll raise it at council. Declan");
        assert_silent(ID, "Hope he's back on his feet soon");
    }

    #[test]
    fn a_title_and_initial_name_the_author() {
        assert_eq!(
            flagged(ID, "Mrs G may wish to contact PASS. Callum Reid"),
            ["Mrs G"]
        );
        assert_silent(ID, "Mrs G, you may wish to contact PASS.");
        assert_silent(ID, "Mr Okafor will raise it with the trust.");
    }

    #[test]
    fn a_greeting_inside_an_address_greets_nobody() {
        let draft = "Healthwatch Wexcombe is the independent champion for people who use health \
                     and social care services. We listen to what people say about services and \
                     share it with those who plan them. Email hello@wexcombe.example or see \
                     https://hi.wexcombe.example/.";
        let found = findings(ID, draft);
        assert_eq!(found.len(), 1);
        assert_eq!((found[0].span, found[0].severity), (None, Severity::Hint));
        assert_silent(ID, &format!("Hello hedgerow_walker. {draft}"));
    }

    #[test]
    fn word_lists_are_config_data() {
        let config = Config::from_json(
            r#"{"rules": {"personal-address": {"author_phrases": ["the customer"], "patient_phrases": []}}}"#,
        )
        .unwrap();
        let found = findings_with(ID, "We thank the customer.", &story(), &config);
        assert_eq!(found[0].suggestion.as_deref(), Some("you"));
        assert!(findings_with(ID, "The patient waited.", &story(), &config).is_empty());
    }

    #[test]
    fn third_person_without_any_you_is_a_warning() {
        let draft = "The hospital clearly failed the patient.";
        let found = findings(ID, draft);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].severity, Severity::Warning);
        assert_eq!(found[0].span.unwrap().text(draft), "the patient");
        assert_eq!(found[0].suggestion.as_deref(), Some("you"));
        let also_you =
            "Dear Sam, I’m sorry you had to wait. The hospital clearly failed the patient.";
        assert_eq!(findings(ID, also_you)[0].severity, Severity::Hint);
    }

    #[test]
    fn can_be_turned_off_or_softened() {
        assert_configurable(ID, "The patient waited.");
    }
}
