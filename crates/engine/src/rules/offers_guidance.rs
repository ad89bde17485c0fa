//! `offers-guidance`: "Do you offer the author some information or guidance that will directly
//! help their current situation?"
//!
//! Fires on the whole draft when it offers no route at all: no web address, email or phone
//! number, none of the organisation's approved links (by label or address), and no named route
//! ("PALS", "our advocacy service", "you can contact…"). It warns when the draft is only
//! sympathy ("I'm so sorry…"): the author has a problem and is given nowhere to take it. Other
//! drafts get a hint, since a thank-you for a positive story may need no route, and so do drafts
//! shorter than `short_draft_words` (a reply still being typed). A postal address and a place
//! and day where the organisation meets again and again are routes.

use super::country::Country;
use super::paste_not_link::{day_pattern, is_list_line, postcode_pattern, time_pattern};
use super::wording::quoted_link;
use super::{only, rule_finding, Context, Rule};
use crate::config::{strings, CommonSettings, Count};
use super::speaker::{signature, speaker_names, subject_of};
use crate::text::{fold_text, sign_off, Frame, PhraseMatch, PhraseSet, Word};
use crate::{rule_settings, word_list, Config, Document, Finding, Severity, Span, StoryContext};

rule_settings! {
    /// Settings of `offers-guidance`.
    pub struct Settings {
        /// Phrases that name a route to help (whole words, `*` = any one word, `word*` = prefix).
        pub routes: Vec<String> = strings(DEFAULT_ROUTES),
        /// Words of sympathy that show the author has a problem (`word*` = prefix): a draft
        /// with one of them and no route gets a warning, other drafts a hint.
        pub sympathy: Vec<String> = strings(DEFAULT_SYMPATHY),
        /// Drafts with fewer words than this get a hint instead of a warning.
        pub short_draft_words: Count = Count(15),
        /// Who a suggestion is for: with a contact action in one sentence, a route
        /// ("if you phone Ward 12", "your GP can refer you").
        pub addressees: Vec<String> = strings(DEFAULT_ADDRESSEES),
        /// Ways of getting help (`word~` = any form): phone, ask for, speak to, refer…
        pub contact_actions: Vec<String> = strings(DEFAULT_CONTACT_ACTIONS),
        /// A service offering help, or help already given on the page: a route on its own
        /// ("the nurse navigator can check", "their number is in the reply above").
        pub offers: Vec<String> = strings(DEFAULT_OFFERS),
        /// Words that point at a reply further up the page ("above", "in the board's reply"):
        /// with a word of `help_given` in one sentence, a route already given, pointed at
        /// ("do take up the trust's offer above", "their phone and email are above").
        pub page_pointers: Vec<String> = strings(DEFAULT_PAGE_POINTERS),
        /// Help a reply can give: an offer, a number, an email, a form.
        pub help_given: Vec<String> = strings(DEFAULT_HELP_GIVEN),
        /// Words that send the author to read a source cited for a finding ("you can read it
        /// at cqc.org.uk"): its link is then somewhere to go, not only a citation.
        pub reading: Vec<String> = strings(DEFAULT_READING),
    }
}

const DEFAULT_PAGE_POINTERS: &str = word_list![
    "above",
    "earlier reply",
    "earlier response",
    "in * reply",
    "in * response",
    "in * message",
    "in * * reply",
    "in * * response",
];

const DEFAULT_HELP_GIVEN: &str = word_list![
    "offer",
    "offers",
    "invitation",
    "number",
    "numbers",
    "phone",
    "email",
    "e-mail",
    "details",
    "contact details",
    "form",
    "link",
    "helpline",
    "call-back",
    "callback",
];

const DEFAULT_READING: &str = word_list!["read~", "see it", "see the", "look at", "download~"];

const DEFAULT_ADDRESSEES: &str = word_list![
    "you",
    "your",
    "you'd",
    "you're",
    "please",
    "can",
    "could",
    "should",
    "may",
    "might",
    "worth",
    "anyone",
    "families",
    "carers",
    "parents",
    "they",
    "she",
    "he",
    "the family",
    "relatives",
    "said to",
    "advised to",
    "told you to",
    "suggested you",
    "anyone who",
    "people who",
    "could be",
    "can be",
    "if it was me",
    "if it were me",
    "in your shoes",
    "my advice",
    "i'd suggest",
    "i would suggest",
    "i'd recommend",
    "i would recommend",
    "i'd be asking",
    "patients",
    "people",
    "residents",
    "someone",
    "anybody",
    "everyone",
    "family members",
    "next of kin",
    "mums",
    "dads",
];

const DEFAULT_CONTACT_ACTIONS: &str = word_list![
    "email~",
    "e-mail~",
    "contact~",
    "ask~ for",
    "ask~ your",
    "ask~ the",
    "ask~ to",
    "ask~ her",
    "ask~ his",
    "ask~ their",
    "put~ * in writing",
    "in writing",
    "ask~ at",
    "ask~ about",
    "take~ * up on",
    "dial~",
    "speak~ to",
    "speak~ with",
    "talk~ to",
    "talk~ with",
    "talk it through",
    "talk it over",
    "get in touch",
    "reach out",
    "write~ to",
    "drop in",
    "drop-in",
    "pop in",
    "refer~",
    "self-refer~",
    "book~",
    "go to",
    "go~ straight to",
    "text~ * to",
    "text~ us",
    "text~ me",
    "message~ us",
    "message~ me",
    "head~ to",
    "attend~",
    "join~",
    "request~",
    "apply",
    "look~ into",
    "raise~ it",
    "raise~ this",
    "raise~ your",
    "raise~ a",
    "complain~",
    "complaint~",
    "escalate~",
    "take it forward",
    "take this forward",
    "give feedback",
    "leave feedback",
    "comment further",
    "go through",
    "chase~",
    "follow~ up",
    "seek",
    "get advice",
    "get~ * from",
    "get~ * * from",
    "get~ * * * from",
    "get support",
    "get help",
    "find out",
    "visit~",
    "see~ your",
    "see~ a gp",
    "see~ a doctor",
    "see~ the gp",
    "see~ a pharmacist",
    "look at",
    "search",
    "download",
    "check~ out",
    "register",
    "sign up",
    "whatsapp",
    "webchat",
    "chat to",
    "chat with",
    "drop us",
    "drop me",
    "give us a",
    "give me a",
    "let us know",
    "let me know",
    "come along",
    "come to",
    "come and see",
    "come and talk",
    "pop along",
    "walk in",
    "phone us",
    "phone me",
    "phone the",
    "phone them",
    "phone her",
    "phone him",
    "phone their",
    "phone our",
    "phone your",
    "phone on",
    "phone back",
    "phone 111",
    "phone 999",
    "phone 000",
    "phone 112",
    "phone ahead",
    "call us",
    "call me",
    "call the",
    "call them",
    "call her",
    "call him",
    "call their",
    "call our",
    "call your",
    "call on",
    "call back",
    "call 111",
    "call 999",
    "call 000",
    "call 112",
    "call ahead",
    "ring us",
    "ring me",
    "ring the",
    "ring them",
    "ring her",
    "ring him",
    "ring their",
    "ring our",
    "ring your",
    "ring on",
    "ring back",
    "ring 111",
    "ring 999",
    "ring 000",
    "ring 112",
    "ring ahead",
    "phoning",
    "calling",
    "ringing",
    "give * a call",
    "give * a ring",
    "a call on",
    "a ring on",
    "report~ it to",
    "report~ this to",
];

const DEFAULT_OFFERS: &str = word_list![
    "can help",
    "can support",
    "can advise",
    "can tell you",
    "can give you",
    "can look into",
    "can look at",
    "can arrange",
    "can book",
    "can sort",
    "can refer",
    "can check",
    "can go through",
    "can pass",
    "can confirm",
    "can ring",
    "can call",
    "can review",
    "can request",
    "can take",
    "can explain",
    "can assist",
    "can answer",
    "could help",
    "will help you",
    "will pass your",
    "will reply",
    "offer~ support",
    "offer~ free",
    "offer~ peer",
    "offer~ to",
    "offers",
    "provides",
    "runs a",
    "run a",
    "is open to",
    "are open to",
    "open to anyone",
    "is the route",
    "is the way",
    "is the place",
    "is the person",
    "is the right",
    "is the team",
    "is the step",
    "the step to take",
    "is there if",
    "are there if",
    "is there to",
    "is there for",
    "are there for",
    "can be reached",
    "can be contacted",
    "quickest way",
    "quickest route",
    "best way to",
    "good person to",
    "right person to",
    "good place to",
    "the one who can",
    "the person who can",
    "the people who can",
    "door is always open",
    "door is open",
    "the number to",
    "number is on",
    "details are on",
    "direct number",
    "free session*",
    "free course*",
    "free workshop*",
    "free advice",
    "free help",
    "free support",
    "free counselling",
    "we help people",
    "we support people",
    "we help families",
    "we support families",
    "we help carers",
    "we support carers",
    "self-referral*",
    "self referral*",
    "minor ailments",
    "pharmacy first",
    "our team can",
    "my team can",
    "my office can",
    "our caseworker*",
    "my caseworker*",
    "our advocate*",
    "our * advocate*",
    "our advisers",
    "our advisors",
    "our * worker",
    "our * workers",
    "meets every",
    "lets you",
    "number is in",
    "number above",
    "details above",
    "details are in",
    "address is in",
    "in their reply",
    "in her reply",
    "in his reply",
    "in the reply",
    "in the response",
    "in * message",
    "in * reply",
    "in * response",
    "in * post",
    "details below",
    "number below",
    "link below",
    "is the one to",
    "are the ones to",
    "is who to",
    "the people to",
    "entitled to",
    "eligible for",
    "you have the right",
    "you have a right",
    "your rights",
    "as noted above",
    "given above",
    "listed above",
    "listed at",
    "details at",
    "no booking needed",
    "nhs 24",
    "nhs 111",
    "111",
    "999",
    "112",
    "call 000",
    "ring 000",
    "dial 000",
    "triple zero",
    "116 123",
    "13 11 14",
    "samaritans",
    "lifeline",
    "healthdirect",
    "hse live",
    "is available",
    "are available",
    "available to",
    "free of charge",
    "worth doing",
    "worth trying",
    "worth a try",
    "worth a call",
    "worth a ring",
    "worth a look",
    "worth taking",
    "worth asking",
    "worth going",
    "worth booking",
    "worth accepting",
    "worth following",
    "best bet",
    "good bet",
    "has offered",
    "have offered",
    "kindly offered",
    "offered you",
    "invited you",
    "wants to sit down",
    "would like to sit down",
    "wants to meet",
    "wants to talk",
    "wants to speak",
    "would like to meet",
    "would like to talk",
    "would like to speak",
    "can supply",
    "can prescribe",
    "can do an",
    "can do a",
    "free and confidential",
    "confidential",
    "24/7",
    "24 hours",
    "open 24",
    "helpline",
    "advice line",
    "webchat",
    "website",
    "web site",
    "online",
    "leaflet",
    "booklet",
    "factsheet",
    "fact sheet",
    "information sheet",
    "guide",
    "toolkit",
    "here to help",
    "happy to help",
    "happy to talk",
    "happy to chat",
    "glad to help",
    "would be glad",
    "would be happy",
    "would welcome",
    "you'd be welcome",
    "you would be welcome",
    "you're welcome to",
    "you are welcome to",
    "feel free to",
    "don't hesitate",
    "do get in touch",
    "do contact",
    "do call",
    "do ring",
    "do email",
    "could be added",
    "can be added",
    "can be arranged",
    "could be arranged",
    "can be referred",
    "could be referred",
    "can be booked",
    "can be requested",
    "is able to",
    "are able to",
    "be able to",
    "can give",
    "can provide",
    "can offer",
    "can issue",
    "can point you",
    "can signpost",
    "could get you",
    "can get you",
    "could give you",
    "best person to",
    "person to speak to",
    "best place to",
    "first port of call",
    "the first step",
    "our volunteers",
    "our * volunteers",
    "befriend*",
    "meets",
    "meet~ on",
    "meet~ every",
    "all welcome",
    "are welcome",
    "is welcome",
    "are very welcome",
    "is very welcome",
    "welcome to join",
    "welcome to come",
    "no referral needed",
    "no appointment needed",
    "walk in",
    "our group",
    "our * group",
    "our * service",
    "our * fund",
    "our fund",
    "our * line",
    "our * clinic",
    "our * sessions",
    "our * cafe",
    "our * café",
    "our * team can",
    "our service",
    "our sessions",
    "our * morning",
    "our * grant",
    "our grants",
    "our * scheme",
    "our * programme",
    "our * project",
    "our * hub",
];

const DEFAULT_ROUTES: &str = word_list![
    "you can contact",
    "you could contact",
    "you may wish to contact",
    "you might wish to contact",
    "you might want to contact",
    "please contact",
    "please do contact",
    "contact us",
    "contact our",
    "get in touch",
    "you can call",
    "you can ring",
    "you can email",
    "call us",
    "ring us",
    "email us",
    "you can speak to",
    "you can talk to",
    "you can ask",
    "you could ask",
    "you can raise",
    "you can find",
    "visit our website",
    "our advocacy service",
    "advocacy",
    "advocate",
    "pals",
    "liaison",
    "bereavement office",
    "bereavement officer",
    "bereavement team",
    "pohwer",
    "voiceability",
    "age uk",
    "age cymru",
    "age scotland",
    "age ni",
    "carers uk",
    "carers trust",
    "carers wales",
    "carers scotland",
    "carers ni",
    "cruse",
    "macmillan",
    "marie curie",
    "mensline",
    "13yarn",
    "head to health",
    "my aged care",
    "complaint*",
    "ombudsman",
    "nhs complaints advocacy",
    "our information line",
    "information line",
    "helpline",
    "support line",
    "signpost*",
    "cqc",
    "care quality commission",
    "citizens advice",
    "patient advice and support service",
    "putting things right",
    "llais",
    "patient and client council",
    "your service your say",
    "your service, your say",
    "patient advocacy service",
    "patient relations",
    "concerns team",
    "feedback team",
    "feedback and complaints",
    "consumer advisory",
    "health complaints commissioner",
    "health services commissioner",
    "health ombudsman",
    "hccc",
    "hcscc",
    "hadsco",
    "ahpra",
    "hiqa",
    "rqia",
    "care inspectorate",
    "healthcare improvement scotland",
    "healthcare inspectorate wales",
    "public services ombudsman",
    "sendiass",
    "iass",
    "key worker",
    "social worker",
    "care coordinator",
    "helpdesk",
    "peer support",
    "support group",
    "support groups",
    "support team",
    "family support",
    "support service",
    "support worker",
    "advice service",
    "advice team",
    "welfare rights",
    "bereavement service",
    "counselling service",
    "carer's assessment",
    "carers assessment",
    "needs assessment",
    "drop in",
    "drop-in",
    "carers centre",
    "carers cafe",
    "advice line",
    "direct line",
    "text service",
    "text line",
    "textline",
    "phone line",
    "phoneline",
    "freephone",
    "hse live",
    "nhs inform",
    "nhs direct",
    "nurse on call",
    "13 health",
    "kids helpline",
    "beyond blue",
    "headspace",
    "pieta",
    "mental welfare commission",
    "health ombudsman",
    "switchboard",
    "spso",
    "nipso",
    "citizens information",
    "mabs",
    "jigsaw",
    "breathing space",
    "advice ni",
    "carer gateway",
    "1800respect",
    "older persons advocacy",
    "translating and interpreting",
    "medicines line",
    "panda",
    "just turn up",
    "turn up on",
    "pop along",
    "pop down",
];

const DEFAULT_SYMPATHY: &str = word_list![
    "sorry",
    "apologise",
    "distressing",
    "upsetting",
    "upset",
    "difficult",
    "frustrating",
    "worrying",
    "disappointing",
    "concerning",
    "must have been hard",
    "rough",
    "terrifying",
    "frightening",
    "scary",
    "awful",
    "horrid",
    "long wait",
    "a long time",
    "long night",
];

/// The `offers-guidance` rule.
pub struct OffersGuidance {
    routes: PhraseSet,
    sympathy: PhraseSet,
    links: PhraseSet,
    suggestions: Frame,
    /// The `contact_actions` on their own: one opening a sentence is an instruction ("Go
    /// straight to A&E if…", "Please ring the ward").
    contact_actions: PhraseSet,
    offers: PhraseSet,
    /// A pointer at a reply above and a word of help in one sentence: help already given.
    given_help: Frame,
    /// Names of a published source ("report", "inspection") and what a source does with its
    /// evidence ("found", "rated"), as `unsubstantiated-concern` reads them: a source and,
    /// after it, a finding in one sentence ("the CQC's 2025 inspection rated…") cite
    /// evidence, and a link or a body named there is its source, not a route.
    sources: PhraseSet,
    findings: PhraseSet,
    reading: PhraseSet,
    link_urls: Vec<String>,
    first_link: Option<String>,
    short_draft_words: usize,
    /// The organisation's own name: a route word inside it ("Riverland Disability Advocacy
    /// will share…") is no route.
    own_name: PhraseSet,
    /// The organisation and responder by name: what they say they will do themselves ("I'm
    /// raising it at the committee") is no suggestion to the author.
    speakers: PhraseSet,
    /// The responder's name: a number under it is their signature.
    responder: Option<String>,
}

impl OffersGuidance {
    /// Compiles the route phrases and the organisation's approved links from `config`.
    pub fn new(config: &Config) -> Self {
        let settings = &config.rules.offers_guidance;
        let (mut labels, mut link_urls) = (Vec::new(), Vec::new());
        for link in &config.links {
            labels.push(link.label.as_str());
            let url = bare_address(&link.url);
            if !url.is_empty() {
                link_urls.push(url);
            }
        }
        Self {
            routes: PhraseSet::new(&settings.routes),
            sympathy: PhraseSet::new(&settings.sympathy),
            links: PhraseSet::new(&labels),
            suggestions: Frame::new(vec![
                PhraseSet::new(&settings.addressees),
                PhraseSet::new(&settings.contact_actions),
            ]),
            contact_actions: PhraseSet::new(&settings.contact_actions),
            offers: PhraseSet::new(&settings.offers),
            given_help: Frame::new(vec![
                PhraseSet::new(&settings.page_pointers),
                PhraseSet::new(&settings.help_given),
            ]),
            sources: PhraseSet::new(&config.rules.unsubstantiated_concern.sources),
            findings: PhraseSet::new(&config.rules.unsubstantiated_concern.findings),
            reading: PhraseSet::new(&settings.reading),
            link_urls,
            first_link: config.links.first().map(quoted_link),
            short_draft_words: settings.short_draft_words.0,
            own_name: PhraseSet::new(config.organisation.name.as_slice()),
            speakers: PhraseSet::new(&speaker_names(config)),
            responder: config.responder.name.clone(),
        }
    }

    fn has_route(&self, ctx: &Context) -> bool {
        let lower = fold_text(ctx.draft.text());
        !ctx.route_sentences(self).is_empty()
            || self.links.find_first(ctx.draft).is_some()
            || self.link_urls.iter().any(|u| lower.contains(u.as_str()))
    }

    /// The sentences of `doc` (indices, in order) that give a route to help: a web address,
    /// email or phone number, a named route, a service offering help, a suggestion of whom
    /// to contact or help given above, pointed at. A job title in the sign-off or signature
    /// ("Information and Signposting Officer") is none, nor is the office's number in the
    /// responder's signature, nor the link or body cited as the source of a finding ("the
    /// CQC's 2025 inspection rated it as requiring improvement (cqc.org.uk)").
    pub(crate) fn route_sentences(&self, doc: &Document) -> Vec<usize> {
        let sign_off = sign_off(doc);
        let own_name = self.own_name.find_all(doc);
        let speakers = self.speakers.find_all(doc);
        let signature = signature(doc, self.responder.as_deref());
        let citing = self.citing_sentences(doc);
        let cited = |span: Span| doc.sentence_at(span).is_some_and(|at| citing.contains(&at));
        let mut spans: Vec<Span> = Vec::new();
        spans.extend(doc.urls().iter().filter(|&&u| !cited(u)));
        spans.extend(doc.emails());
        spans.extend(doc.phone_numbers());
        spans.extend(postcode_pattern().find_all(doc.text()));
        // The responder's own number or address under their name is no help offered.
        spans.retain(|span| signature.is_none_or(|s| span.end <= s.start));
        spans.extend(regular_meetings(doc));
        spans.extend(listed_information(doc.text()));
        let routes = self
            .routes
            .find_all(doc)
            .into_iter()
            .filter(|m| !self.said_of_itself(doc, m.span, &speakers));
        let offers = self
            .offers
            .find_all(doc)
            .into_iter()
            .filter(|m| !told_as_past(doc, m.span) && !only_hoped(doc, m.span))
            .filter(|m| {
                !clause_before(doc, m.span)
                    .iter()
                    .any(|w| tells_what_happened(doc, w.span))
            });
        for m in routes.chain(offers) {
            let in_own_name = own_name.iter().any(|n| n.span.overlaps(m.span));
            let signed = sign_off.is_some_and(|s| s.overlaps(m.span))
                || signature.is_some_and(|s| m.span.end > s.start);
            if !signed && !in_own_name && !cited(m.span) {
                spans.push(m.span);
            }
        }
        spans.extend(self.given_help.find_all(doc).iter().map(|m| m.span));
        for action in self.contact_actions.find_all(doc) {
            if is_instruction(doc, action.span) && sign_off.is_none_or(|s| !s.overlaps(action.span))
            {
                spans.push(action.span);
            }
        }
        for frame in self.suggestions.find_all(doc) {
            let [addressee, action] = [frame.parts[0], frame.parts[1]];
            if !self.said_of_itself(doc, action, &speakers)
                && !names_a_thing(doc, action)
                && !tells_what_happened(doc, addressee)
            {
                spans.push(frame.span);
            }
        }
        let mut sentences: Vec<usize> = spans.iter().filter_map(|&s| doc.sentence_at(s)).collect();
        sentences.sort_unstable();
        sentences.dedup();
        sentences
    }
}

impl OffersGuidance {
    /// The sentences of `doc` that cite a finding of a published source ("HIQA's 2026
    /// inspection found overcrowding (hiqa.ie)") and do not send the author to read it.
    fn citing_sentences(&self, doc: &Document) -> Vec<usize> {
        let findings = self.findings.find_all(doc);
        if findings.is_empty() {
            return Vec::new();
        }
        let reading: Vec<usize> = (self.reading.find_all(doc).iter())
            .filter_map(|m| doc.sentence_at(m.span))
            .collect();
        let mut citing: Vec<usize> = (self.sources.find_all(doc).iter())
            .filter_map(|source| {
                let at = doc.sentence_at(source.span)?;
                findings
                    .iter()
                    .any(|f| f.span.start > source.span.end && doc.sentence_at(f.span) == Some(at))
                    .then_some(at)
            })
            .filter(|at| !reading.contains(at))
            .collect();
        citing.dedup();
        citing
    }

    /// True when the organisation says it will take the step itself ("I'm raising it at the
    /// Health Committee", "Deputy Cullinane will be raising your father's case"), rather
    /// than offering to ("we can raise it for you").
    fn said_of_itself(&self, doc: &Document, action: Span, speakers: &[PhraseMatch]) -> bool {
        let Some((mut at, mut passed)) = subject_of(doc, action) else {
            return false;
        };
        let words = doc.words();
        // "Harbour Lights will continue to advocate": the subject is that of "continue".
        if CONTINUING.contains(&words[at].norm.as_str()) {
            let Some((before, more)) = subject_of(doc, words[at].span) else {
                return false;
            };
            at = before;
            passed.extend(more);
        }
        let subject = &words[at];
        // "Alasdair is very concerned. He will be writing to the chief executive": the
        // member or officer named earlier, in the third person.
        let named_before = THIRD_PERSON.contains(&subject.norm.as_str())
            && speakers.iter().any(|s| s.span.end <= subject.span.start);
        let speaker = FIRST_PERSON.contains(&subject.norm.as_str())
            || named_before
            || speakers.iter().any(|s| s.span.end == subject.span.end);
        let offered = passed.iter().any(|w| OFFERING.contains(w));
        // "We'll call you", "I'll refer you": the author is put in touch, which is a route.
        let after = words.partition_point(|w| w.span.start < action.end);
        let reaches_author = words[after.saturating_sub(1)..]
            .iter()
            .take(2)
            .any(|w| w.norm == "you");
        speaker && !offered && !reaches_author
    }
}

/// The days of the week on which the organisation says it meets or is open, again and again
/// ("we're at Dunmore Library every Tuesday", "our clinic is on the first Friday of each
/// month", "we meet Thursdays 10-12"): a place and time to go to is a route. A day in an
/// account of what happened ("we visited on Tuesday") is none.
fn regular_meetings(doc: &Document) -> Vec<Span> {
    const OWN: &[&str] = &["we", "we're", "our", "us", "we'll"];
    const AGAIN: &[&str] = &[
        "every", "each", "weekly", "monthly", "fortnightly", "first", "last", "second",
        "mornings", "afternoons", "evenings",
    ];
    const PAST: &[&str] = &["was", "were", "had", "did", "went"];
    let text = doc.text();
    let mut found = Vec::new();
    for day in day_pattern().find_all(text) {
        let Some(at) = doc.sentence_at(day) else {
            continue;
        };
        let sentence = &doc.sentences()[at];
        let words = doc.sentence_words(sentence);
        let has = |list: &[&str]| words.iter().any(|w| list.contains(&w.norm.as_str()));
        let plural = day.text(text).ends_with('s');
        let again = plural || has(AGAIN) || time_pattern().is_match(sentence.span.text(text));
        if has(OWN) && again && !has(PAST) {
            found.push(day);
        }
    }
    found
}

/// The lines of a list of three items or more (options, steps, places to park): information
/// set out for the author is guidance, however it is worded (`paste-not-link` says whether a
/// link would serve better).
fn listed_information(text: &str) -> Vec<Span> {
    const ITEMS: usize = 3;
    let (mut found, mut run) = (Vec::new(), Vec::new());
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        let trimmed = line.trim_end();
        if is_list_line(trimmed) {
            // From the item's first word: its marker may stand outside every sentence.
            let words_at = trimmed.find(char::is_alphanumeric).unwrap_or(0);
            run.push(Span::new(at + words_at, at + trimmed.len()));
        } else if !trimmed.trim().is_empty() || run.is_empty() {
            if run.len() >= ITEMS {
                found.append(&mut run);
            }
            run.clear();
        }
        at += line.len();
    }
    if run.len() >= ITEMS {
        found.append(&mut run);
    }
    found
}

/// True when `action` is a bare verb that opens its sentence, or follows only a word such as
/// "please" or "definitely" ("Go straight to A&E", "Please do ring the ward"), or opens the
/// clause after a condition or topic ("If she gets worse, ring 111", "For the parking, ask at
/// the main desk") or after a comma and "so" ("…wants to see you both, so do give the unit a
/// call"): an instruction to the reader. "Visits are carried out…" and "Referred to council"
/// are none.
fn is_instruction(doc: &Document, action: Span) -> bool {
    const OPENERS: &[&str] = &[
        "please", "do", "just", "then", "so", "and", "or", "also", "anyway", "definitely", "def",
        "defo", "really", "maybe", "perhaps", "certainly", "honestly", "now", "still", "simply",
        "always",
    ];
    /// Words that join an instruction to what came before it, after a comma.
    const CONSEQUENT: &[&str] = &["so", "then", "and"];
    let Some(sentence) = doc.sentence_at(action).map(|i| &doc.sentences()[i]) else {
        return false;
    };
    let words = doc.words();
    let at = word_index(doc, action);
    if !is_bare_verb(&words[at].norm) {
        return false;
    }
    let before = &words[sentence.words.start..at];
    if before.iter().all(|w| OPENERS.contains(&w.norm.as_str())) {
        return true;
    }
    let clause = clause_before(doc, action);
    let fronted = before
        .first()
        .is_some_and(|w| FRONTING.contains(&w.norm.as_str()));
    let opens_clause = clause.iter().all(|w| OPENERS.contains(&w.norm.as_str()));
    let after_colon = opens_clause && {
        let gap_start = before.last().map_or(sentence.span.start, |w| w.span.end);
        doc.text()[gap_start..action.start].contains(':')
    };
    // "In an emergency go straight to A&E": no comma, but no subject before the verb either.
    let unpunctuated = fronted
        && before.len() <= 4
        && before
            .last()
            .is_some_and(|w| !SUBJECTS.contains(&w.norm.as_str()));
    let follows_on = opens_clause
        && before.len() > clause.len()
        && clause
            .first()
            .is_some_and(|w| CONSEQUENT.contains(&w.norm.as_str()));
    after_colon
        || follows_on
        || (fronted && ((opens_clause && before.len() > clause.len()) || unpunctuated))
}

/// Words that, right before a verb, make it a statement or a noun rather than an instruction
/// ("if you go to", "for them to call", "after the visit").
const SUBJECTS: &[&str] = &[
    "i", "we", "you", "they", "he", "she", "it", "who", "to", "will", "would", "can", "could",
    "should", "did", "do", "don't", "not", "never", "i'd", "we'd", "you'd", "they'd", "i'll",
    "we'll", "you'll", "they'll", "may", "might", "must", "people", "families", "staff", "a",
    "an", "the", "this", "that", "my", "your", "our", "their", "his", "her", "its", "any", "no",
];

/// Words that open a condition or topic put before an instruction ("If she gets worse, ring
/// 111", "For the parking, ask at the desk", "In the meantime, do call the ward").
const FRONTING: &[&str] = &[
    "if",
    "when",
    "whenever",
    "should",
    "for",
    "on",
    "about",
    "regarding",
    "in",
    "once",
    "next",
    "meanwhile",
    "otherwise",
    "failing",
    "alternatively",
    "until",
    "before",
    "after",
    "while",
    "as",
    "re",
];

/// True when `word` may be an imperative: not a past or -ing form, nor a plural ("visits"),
/// nor the noun "complaint".
fn is_bare_verb(word: &str) -> bool {
    let plural = word.ends_with('s') && !word.ends_with("ss");
    !(plural || word.ends_with("ed") || word.ends_with("ing") || word == "complaint")
}

/// The index in `doc.words()` of the first word of `span`.
fn word_index(doc: &Document, span: Span) -> usize {
    doc.words().partition_point(|w| w.span.start < span.start)
}

/// The words before `span` in its clause: back to the start of its sentence or to the last
/// comma, semicolon, colon or dash before it.
fn clause_before(doc: &Document, span: Span) -> &[Word] {
    let words = doc.words();
    let Some(sentence) = doc.sentence_at(span).map(|i| &doc.sentences()[i]) else {
        return &[];
    };
    let at = word_index(doc, span);
    let text = doc.text();
    let mut start = at;
    while start > sentence.words.start {
        let gap = &text[words[start - 1].span.end..words[start].span.start];
        if gap.contains([',', ';', ':', '\u{2014}', '\u{2013}']) || gap.contains(" - ") {
            break;
        }
        start -= 1;
    }
    &words[start..at]
}

/// True when the contact word at `action` names a thing rather than asks for a step: after
/// an article ("a proper follow-up system", "a second referral"), a plural or past form
/// ("rejecting referrals", "never phoned"), or an -ing form after a preposition ("a story
/// about ringing at 2am", "after calling three times").
fn names_a_thing(doc: &Document, action: Span) -> bool {
    const DETERMINERS: &[&str] = &[
        "a", "an", "the", "this", "that", "these", "those", "any", "no", "every", "each",
        "proper", "formal", "further", "second",
    ];
    const PREPOSITIONS: &[&str] = &[
        "about", "of", "after", "before", "from", "since", "without", "by", "for", "despite",
    ];
    let words = doc.words();
    let at = word_index(doc, action);
    let previous = at.checked_sub(1).map(|i| words[i].norm.as_str());
    let after_determiner = previous.is_some_and(|w| DETERMINERS.contains(&w));
    let first = words[at].norm.as_str();
    let plural_or_past = (first.ends_with('s') && !first.ends_with("ss")) || first.ends_with("ed");
    let event = first.ends_with("ing") && previous.is_some_and(|w| PREPOSITIONS.contains(&w));
    after_determiner || plural_or_past || event
}

/// True when `person` tells what someone did ("you were right to go to the walk-in", "you
/// had to ring three times", "they were happy to help"), not what the author could do.
fn tells_what_happened(doc: &Document, person: Span) -> bool {
    const PEOPLE: &[&str] = &["you", "we", "i", "they", "she", "he"];
    const PAST: &[&str] = &["were", "was", "had", "did", "went", "got", "rang", "phoned", "called"];
    let words = doc.words();
    let at = word_index(doc, person);
    PEOPLE.contains(&words[at].norm.as_str())
        && words
            .get(at + 1)
            .is_some_and(|w| PAST.contains(&w.norm.as_str()))
}

/// True when the service or offer at `span` is the subject of a past event ("NHS 24 has
/// responded", "the walk-in sorted you"): what happened, not where to go next.
fn told_as_past(doc: &Document, span: Span) -> bool {
    const DONE: &[&str] = &["been", "done", "given", "taken", "seen", "told", "got", "gone"];
    let words = doc.words();
    let next = words.partition_point(|w| w.span.start < span.end);
    let Some(first) = words.get(next).map(|w| w.norm.as_str()) else {
        return false;
    };
    let past = |w: &str| (w.len() > 3 && w.ends_with("ed")) || DONE.contains(&w);
    match first {
        "had" | "was" | "were" | "did" => true,
        "has" | "have" => words.get(next + 1).is_some_and(|w| past(&w.norm)),
        w => w.len() > 3 && w.ends_with("ed"),
    }
}

/// True when the offer at `span` is only hoped for ("I hope Lorraine is able to help").
fn only_hoped(doc: &Document, span: Span) -> bool {
    const HOPING: &[&str] = &["hope", "hopefully", "hoping", "wish"];
    clause_before(doc, span)
        .iter()
        .any(|w| HOPING.contains(&w.norm.as_str()))
}

/// Verbs through which the organisation speaks of a step it goes on taking ("we will continue
/// to advocate").
const CONTINUING: &[&str] = &["continue", "continues", "keep", "keeps"];

/// A person named before, spoken of: the member or officer the organisation speaks for.
const THIRD_PERSON: &[&str] = &["he", "she", "he'll", "she'll", "he's", "she's"];

/// The organisation speaking of itself.
const FIRST_PERSON: &[&str] = &["i", "i'm", "i'll", "i've", "we", "we're", "we'll", "we've"];

/// Auxiliaries that make a step the organisation takes an offer to the author ("we can", "I
/// could", "we'd be happy to").
const OFFERING: &[&str] = &["can", "could", "would", "happy", "gladly", "like", "able"];

/// Words of praise or thanks that make a story's title or opening sentence good news.
const PRAISE: &[&str] = &[
    "thank", "thanks", "brilliant", "amazing", "great", "excellent", "wonderful", "fantastic",
    "outstanding", "kind", "lovely", "gem", "gems", "angel", "angels", "superb", "grateful",
    "exceptional", "beautiful", "best", "praise",
];

/// Words that turn praise into a mixed verdict ("great nurses but…", "no parking").
const CONTRAST: &[&str] = &["but", "not", "no", "never", "nobody", "without", "shame", "poor"];

/// Words of a need the story still names: a struggle, a worry, a loss, a wish.
const NEEDS: &[&str] = &[
    "struggling", "struggle", "struggled", "worried", "worrying", "worry", "anxious", "unsure",
    "hard", "low", "help", "still", "cope", "coping", "nobody", "wish", "should", "died",
    "death", "lost", "loss",
];

/// Phrases of a need: not knowing what to do, one thing that went wrong.
const NEED_PHRASES: &[&str] = &["not sure", "don't know", "where to turn", "only thing", "no one"];

fn lower_words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '\u{2019}')
        .filter(|w| !w.is_empty())
}

/// True when `text` praises or thanks and holds no contrast or negation.
fn praises(text: &str) -> bool {
    let text = fold_text(text);
    let mut praised = false;
    for word in lower_words(&text) {
        if CONTRAST.contains(&word) || word.ends_with("n't") || word.ends_with("n\u{2019}t") {
            return false;
        }
        praised |= PRAISE.contains(&word);
    }
    praised
}

/// True when the story is good news that needs no route: its title or opening sentence
/// praises or thanks without a contrast, and nothing in it names a need of its own (a
/// question, a struggle, a loss, "the only thing…").
fn is_good_news(story: &StoryContext) -> bool {
    let opening = story
        .body
        .split_inclusive(['.', '!', '?'])
        .next()
        .unwrap_or_default();
    let title = story.title.as_deref().unwrap_or_default();
    let mixed_title = !praises(title) && lower_words(&fold_text(title)).any(|w| PRAISE.contains(&w));
    if mixed_title || (!praises(title) && !praises(opening)) {
        return false;
    }
    let body = fold_text(&story.body).replace('\u{2019}', "'");
    !body.contains('?')
        && !NEED_PHRASES.iter().any(|p| body.contains(p))
        && !lower_words(&body).any(|w| NEEDS.contains(&w))
}

/// True when the draft only rejoices: no negation, no sorrow ("not", "never", "sorry") and no
/// view or experience of the writer's own ("I'd nominate her", "my own mum").
fn only_rejoices(draft: &Document) -> bool {
    !draft.words().iter().any(|w| {
        matches!(
            w.norm.as_str(),
            "not" | "no" | "never" | "sorry" | "sad" | "i" | "i'd" | "i'm" | "my" | "mine" | "personally"
        ) || w.norm.ends_with("n't")
    })
}

/// A link's address without its scheme, `www.` or trailing slash, lowercased, so
/// `https://www.example.org/advocacy/` is found when the draft says `example.org/advocacy`.
fn bare_address(url: &str) -> String {
    let lower = fold_text(url);
    let rest = lower.split_once("://").map_or(lower.as_str(), |(_, r)| r);
    let rest = rest.strip_prefix("www.").unwrap_or(rest);
    rest.trim_end_matches('/').to_string()
}

impl Rule for OffersGuidance {
    fn id(&self) -> &str {
        "offers-guidance"
    }

    fn guideline(&self) -> &str {
        "Do you offer the author some information or guidance that will directly help their current situation?"
    }

    fn why(&self) -> &str {
        "Sympathy matters, but the author came with a problem. A link, a number or a named service \
         gives them something they can do next."
    }

    fn default_severity(&self) -> Severity {
        Severity::Warning
    }

    fn settings<'a>(&'a self, config: &'a Config) -> &'a dyn CommonSettings {
        &config.rules.offers_guidance
    }

    fn check(&self, ctx: &Context) -> Vec<Finding> {
        if self.has_route(ctx) {
            return Vec::new();
        }
        let example = match &self.first_link {
            Some(link) => format!("your {link} page"),
            None => Country::of(ctx.story).complaint_routes().to_string(),
        };
        let mut finding = rule_finding(
            self,
            None,
            format!(
                "This reply offers no route to help. Add a link, a phone number or a named \
                 service the author can use next, e.g. {example}."
            ),
        );
        let only_sympathy = self.sympathy.find_first(ctx.draft).is_some();
        if !only_sympathy && only_rejoices(ctx.draft) && is_good_news(ctx.story) {
            return Vec::new();
        }
        if !only_sympathy || ctx.draft.words().len() < self.short_draft_words {
            finding.severity = Severity::Hint;
        }
        only(finding)
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{assert_fires, assert_silent, findings, findings_with, story};
    use crate::{Config, Severity};

    const ID: &str = "offers-guidance";

    const SYMPATHY_ONLY: &str = "Dear hedgerow_walker,\n\nThank you for sharing your story. I’m \
        so sorry to hear how long you waited in A&E and that nobody explained why. That sounds \
        really distressing, and I hope you are feeling better now.\n\nBest wishes,\nSam";

    #[test]
    fn fires_on_sympathy_only() {
        assert_fires(
            ID,
            "I’m so sorry to hear how difficult this was. That sounds hard.",
        );
        let found = findings(ID, SYMPATHY_ONLY);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].span, None);
        assert_eq!(found[0].severity, Severity::Warning);
        assert!(found[0].message.contains("Add a link"));
    }

    #[test]
    fn a_route_given_in_other_words_or_in_the_third_person_is_a_route() {
        for draft in [
            "Jenny, the Nurse Unit Manager wants to sit down with you both about the care \
             plan, so definitely give the unit a call. Brodie",
            "Lowri, I'm sorry it was so frightening. The birth reflections appointment Sian \
             mentioned is really worth doing. Kate",
            "Hi Kylie, I'm so sorry. Your partner's visits should be looked at by the ED \
             director, and the hospital has offered exactly that. Tegan",
            "Sorry to hear this, Mike. Janet has said to email the practice manager, so do \
             that. Lucy",
            "Sorry you're feeling low, Sian. The health visitor is your best bet. Carys",
            "Dear Yonas, I am so sorry. Come and see us at the community centre. Hanna",
            "Hi there, sorry it was so hard! Anyway do pop in to our coffee morning at the \
             library for a chat. Bev",
            "So sorry, Norma. We do a gentle walk on Thursday mornings from the Methodist Hall.",
            "Hi Anita, sorry about the parking. The options are:\n- Liverpool St car park, \
             level 2\n- Campbell St on-street bays, free with a permit\n- Drop-off zone at \
             the main entrance, 10 minutes\nAroha",
        ] {
            assert_silent(ID, draft);
        }
    }

    #[test]
    fn a_list_of_two_or_a_comma_clause_of_news_is_no_route() {
        assert_fires(
            ID,
            "I'm so sorry. We heard the same:\n- the car park was full\n- the lift was broken",
        );
        assert_fires(
            ID,
            "I'm so sorry, that sounds awful, and visits are carried out far too rarely.",
        );
    }

    #[test]
    fn a_one_line_reply_gets_a_hint() {
        let found = findings(ID, "Thank you for sharing your story, I'm so sorry.");
        assert_eq!(found[0].severity, Severity::Hint);
    }

    #[test]
    fn thanks_for_a_positive_story_gets_a_hint() {
        let draft = "Dear dalesbird,\n\nThank you for taking the time to tell us about the \
                     calm and reassuring care you had in the delivery suite. It is lovely to \
                     read.\n\nBest wishes,\nSam";
        assert_eq!(findings(ID, draft)[0].severity, Severity::Hint);
    }

    #[test]
    fn silent_on_rejoicing_over_good_news_that_names_no_need() {
        let praise = |title: &str, body: &str| crate::StoryContext {
            title: Some(title.into()),
            body: body.into(),
            ..story()
        };
        let config = Config::default();
        let glad = "Dear Kez, congratulations! It's lovely to read such glowing words about the midwives. Imogen";
        let good = praise("Brilliant midwives", "The midwives talked me through every step. Our daughter is thriving.");
        assert!(findings_with(ID, glad, &good, &config).is_empty());
        for (story, draft) in [
            // A loss, a struggle or a question in the story is a need.
            (praise("Beautiful care for Dad", "Dad died on the unit. The nurses were kind."), glad),
            (praise("Brilliant midwives", "Lovely care. I'm struggling a bit since, very low."), glad),
            (praise("Brilliant midwives", "Lovely care. Is it normal to feel this tired?"), glad),
            // A mixed title is no good news.
            (praise("Great nurses but no parking", "The nurses were great."), glad),
            // A draft with a view of the writer's own, or a negation, is more than rejoicing.
            (good.clone(), "Dear Kez, I'd personally nominate them for an award. Imogen"),
            (good.clone(), "Dear Kez, not every unit is this good. Imogen"),
        ] {
            assert_eq!(findings_with(ID, draft, &story, &config).len(), 1, "should fire on: {draft}");
        }
    }

    #[test]
    fn silent_on_any_concrete_route() {
        for draft in [
            "Our advocacy service can help you make a complaint.",
            "There is more at https://www.example.org/advocacy.",
            "Please ring us on 01632 960218.",
            "Write to info@healthwatch.example and we will help.",
            "You may wish to contact PALS at the hospital.",
            "You can take it to the Parliamentary and Health Service Ombudsman.",
            "Please do get in touch if you would like to talk it through.",
        ] {
            assert_silent(ID, draft);
        }
    }

    #[test]
    fn silent_on_a_realistic_reply_with_a_route() {
        assert_silent(
            ID,
            "Dear hedgerow_walker,\n\nI’m sorry to hear about your wait. If you would like to \
             raise this, our free information line can explain your options.\n\nBest wishes,\nSam",
        );
    }

    #[test]
    fn approved_links_count_by_label_or_address() {
        let config = Config::from_json(
            r#"{"links": [{"label": "Hospital discharge guide", "url": "https://www.example.org/discharge/"}]}"#,
        )
        .unwrap();
        let by_label = "Dear Sam, I'm sorry. Our hospital discharge guide explains your rights.";
        let by_url = "Dear Sam, I'm sorry. See example.org/discharge for what happens next.";
        assert!(findings_with(ID, by_label, &story(), &config).is_empty());
        assert!(findings_with(ID, by_url, &story(), &config).is_empty());
        let found = findings_with(ID, SYMPATHY_ONLY, &story(), &config);
        assert!(found[0].message.contains("Hospital discharge guide"));
    }

    #[test]
    fn routes_in_other_words_are_routes() {
        for draft in [
            "I’m sorry. If you phone Ward 12 directly and ask for Sister Patel, she will book a time.",
            "I’m sorry. The hospital’s advice team, whose number is above, is the place to start.",
            "I’m sorry. Our carers cafe meets every other Wednesday; details at millbrookpeers.org.uk.",
            "I’m sorry. If it gets worse, please call 111 or, in an emergency, 999.",
            "I’m sorry. Llais can support you through Putting Things Right.",
        ] {
            assert_silent(ID, draft);
        }
        assert_fires(
            ID,
            "I’m so sorry. Your comments will go into our next board paper. Leanne Cole, \
             Information and Signposting Officer",
        );
    }

    #[test]
    fn the_organisations_own_group_or_drop_in_is_a_route() {
        for draft in [
            "I’m so sorry. Our carers’ group meets on the first Tuesday of the month in Bridgend, all welcome.",
            "I’m so sorry. Parents are very welcome at our Thursday group in Antrim.",
        ] {
            assert_silent(ID, draft);
        }
    }

    #[test]
    fn what_the_organisation_does_itself_or_its_own_name_is_no_route() {
        let config = Config::from_json(
            r#"{"organisation": {"name": "Office of Mairéad Cullinane TD"}}"#,
        )
        .unwrap();
        for draft in [
            "I’m so sorry. This is unacceptable and I’m raising it at the Health Committee.",
            "I’m so sorry. Deputy Cullinane will be raising your father’s case in the Dáil.",
            "Mairéad is very concerned. She will be writing to the chief executive.",
        ] {
            assert_eq!(findings_with(ID, draft, &story(), &config).len(), 1, "{draft}");
        }
        for offer in [
            "I’m so sorry. We can raise your father’s case with the hospital for you.",
            "I’m so sorry. I’ll ring you next week to talk it through.",
            "I’m so sorry. The nurse unit manager is the best person to speak to.",
            "I’m so sorry. Go straight to A&E if she gets chest pain again.",
            "I’m so sorry. The pharmacist can give an emergency supply.",
            "I’m so sorry. The hospice has a family support team who do exactly this.",
            "I’m so sorry. If it was me I’d be asking for a copy of all the notes.",
        ] {
            assert!(findings_with(ID, offer, &story(), &config).is_empty(), "{offer}");
        }
        let signed = Config::from_json(
            r#"{"organisation": {"name": "Office of Mairéad Cullinane TD"}, "responder": {"name": "Aoife Brennan"}}"#,
        )
        .unwrap();
        let draft = "The Deputy was sorry to read this.\n\nAoife Brennan\nSecretary\n066 712 9000";
        assert_eq!(findings_with(ID, draft, &story(), &signed).len(), 1);
        let offered = "The Deputy was sorry to read this. Ring me on 066 712 9000.\nAoife";
        assert!(findings_with(ID, offered, &story(), &signed).is_empty());
        let advocacy =
            Config::from_json(r#"{"organisation": {"name": "Riverland Disability Advocacy"}}"#)
                .unwrap();
        let draft = "I’m so sorry. Riverland Disability Advocacy will share this story with the network.";
        assert_eq!(findings_with(ID, draft, &story(), &advocacy).len(), 1);
    }

    #[test]
    fn instructions_after_a_condition_or_topic_and_routes_in_the_third_person_are_routes() {
        for draft in [
            "So glad she's ok! For the parking, ask at the main desk about a concession permit.",
            "I’m so sorry. If he deteriorates again, dial 000 straight away.",
            "I’m so sorry. Families in this situation can ask the ward for a planning meeting.",
            "I’m so sorry. She may want to ask her GP for a referral to the memory clinic.",
            "I’m so sorry. The trust's advice and liaison team is the one to chase it with.",
            "I’m so sorry. You're entitled to a carer support plan if you care for an adult.",
            "I’m so sorry. His named nurse is a good person to raise it with.",
            "I’m so sorry. In an emergency go straight to ED.",
            "I’m so sorry. Shout is a free text service: text SHOUT to 85258.",
            "I’m so sorry. If things get that bad again, 000 is the number to ring.",
        ] {
            assert_silent(ID, draft);
        }
    }

    #[test]
    fn services_in_an_account_of_what_happened_are_no_route() {
        for draft in [
            "I’m so sorry. NHS 24 has responded appropriately to this parent.",
            "I’m so sorry. So glad the walk in sorted you.",
            "I’m so sorry. You were totally right to go to the walk in.",
            "I’m so sorry. I hope Lorraine is able to help.",
            "I’m so sorry. Referred to council.",
            "I’m so sorry. Visits are carried out by trained representatives.",
            "I’m so sorry. After the visit she was sent home.",
            "I’m so sorry. I think they should have a proper follow-up system.",
            "I’m so sorry. CAMHS rejecting referrals for these children is a scandal and people should be ashamed.",
        ] {
            assert_fires(ID, draft);
        }
        let config =
            Config::from_json(r#"{"organisation": {"name": "Harbour Lights Mental Health"}}"#)
                .unwrap();
        let draft = "I’m so sorry. Harbour Lights will continue to advocate for improved access.";
        assert_eq!(findings_with(ID, draft, &story(), &config).len(), 1);
    }

    #[test]
    fn help_given_above_and_pointed_at_is_a_route() {
        for draft in [
            "I'm so sorry, Ros. The practice manager's invitation above still stands. Mel",
            "So sorry about the wait. Their phone and email are both in the trust's reply \
             further up. Dev",
        ] {
            assert_silent(ID, draft);
        }
        // "Above" with no help in its sentence points at nothing the author can use.
        assert_fires(ID, "I'm so sorry. As I said above, that sounds awful. Dev");
    }

    #[test]
    fn a_source_cited_for_a_finding_or_an_event_told_is_no_route() {
        for draft in [
            "I'm so sorry. HIQA's 2026 inspection of the unit found the same night staffing \
             gaps (hiqa.ie/reports). Take care, Mel",
            "I'm so sorry. The Care Inspectorate's review showed long waits at weekends, \
             www.careinspectorate.com.",
            "I'm so sorry. People could tell you a story about phoning at midnight.",
        ] {
            assert_fires(ID, draft);
        }
        // Sent to read the source, the author has somewhere to go.
        assert_silent(
            ID,
            "I'm so sorry. HIQA's 2026 inspection found the same gaps, and you can read it \
             at hiqa.ie/reports.",
        );
    }

    #[test]
    fn a_route_word_in_the_responders_signature_is_no_route() {
        let config =
            Config::from_json(r#"{"responder": {"name": "Kerry Lang"}}"#).unwrap();
        let draft = "I'm so sorry, that sounds frightening. cheers, Kerry Lang - Patient Liaison \
                     and Advocacy Officer";
        assert_eq!(findings_with(ID, draft, &story(), &config).len(), 1);
    }

    #[test]
    fn a_regular_meeting_place_or_a_postal_address_is_a_route() {
        for draft in [
            "Marlene, so glad you got away. If you fancy a natter we're at Dunmore Library every Tuesday 10-12.",
            "Our nail-cutting clinic is on the first Friday of each month at Glenbrae Church Hall; just turn up.",
            "Write to the CHC team at Brenshire House, 4 Mill Lane, Brenshire BR1 2AA within six months.",
            "Anyone refused by a taxi because of an assistance dog can report it to the local licensing office.",
        ] {
            assert_silent(ID, draft);
        }
        assert_fires(ID, "I'm so sorry. We visited the ward on Tuesday and it was busy.");
    }

    #[test]
    fn route_list_is_config_data() {
        let config =
            Config::from_json(r#"{"rules": {"offers-guidance": {"routes": ["carers hub"], "contact_actions": [], "offers": []}}}"#)
                .unwrap();
        let draft = "I’m sorry. Our carers hub on Tuesdays is good.";
        assert!(findings_with(ID, draft, &story(), &config).is_empty());
        let pals = "I’m sorry. You may wish to contact PALS about the wait you had.";
        assert_eq!(findings_with(ID, pals, &story(), &config).len(), 1);
    }

    #[test]
    fn can_be_turned_off_or_softened() {
        let off =
            Config::from_json(r#"{"rules": {"offers-guidance": {"enabled": false}}}"#).unwrap();
        assert!(findings_with(ID, SYMPATHY_ONLY, &story(), &off).is_empty());
        let hint =
            Config::from_json(r#"{"rules": {"offers-guidance": {"severity": "hint"}}}"#).unwrap();
        assert_eq!(
            findings_with(ID, SYMPATHY_ONLY, &story(), &hint)[0].severity,
            Severity::Hint
        );
    }
}
