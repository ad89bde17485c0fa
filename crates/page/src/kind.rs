//! Who posted a response: the provider, a third-sector organisation, or the author.
//!
//! The heuristic, in order:
//! 1. an author update (its container or header says so) is `author_update`;
//! 2. a response with neither organisation nor role is `unknown`;
//! 3. an organisation that *is* one of the story's services (or a service's site) is `provider`
//!    (the story is about that organisation);
//! 4. an organisation or role containing a third-sector marker (`Healthwatch`, `MP`,
//!    `Council for`, `Charity`… — [`replyguide_engine::page::PageProfile::third_sector_markers`]) is `third_sector`;
//! 5. a response whose text says what its organisation is (`Heart Matters NSW is a
//!    not-for-profit…`, `I work for Silver Connect, a small charity…`) with a third-sector marker
//!    is `third_sector` (its own words outweigh a place name it shares with a service);
//! 6. a role speaking for the community (`Engagement Officer`, `Peer Support Coordinator`) in
//!    an organisation whose name is no care provider's (`NHS`, `Hospital`, `Health Board`) is
//!    `third_sector`;
//!    so is an organisation of members or volunteers (`… Network`, `… Association`) whose name
//!    is no care provider's, whatever the job title;
//! 7. an organisation or role naming a service's unit (`Senior Charge Nurse, Emergency
//!    Department` ~ `Strathallan Royal Infirmary / Emergency Department`), or sharing a
//!    distinctive word with a service (`Northmoor Teaching Hospitals NHS Foundation Trust` ~
//!    `Northmoor General Hospital / Delivery Suite`), is `provider` (generic words such as
//!    hospital, health, NHS, trust, service do not count on their own);
//! 8. an organisation whose name says it provides care (`… Health and Social Care Trust`, `NHS
//!    …`, `… Health Board`) is `provider`: on a story page it answers for the care told of;
//! 9. anything else is `unknown`: no guess.
//!
//! Then, over the page ([`settle_by_organisation`]): a response still `unknown` takes the kind of
//! the other responses from the same organisation, when they agree.

use std::sync::OnceLock;

use replyguide_engine::text::fold_text;
use replyguide_engine::{ResponseKind, StoryResponse};

/// What the page says about one response.
#[derive(Debug, Clone, Copy, Default)]
pub struct ResponseFacts<'a> {
    /// The container or header marks it as the story author's update.
    pub is_author_update: bool,
    /// The responder's job title.
    pub role: Option<&'a str>,
    /// The responder's organisation.
    pub organisation: Option<&'a str>,
    /// What the response says.
    pub text: &'a str,
}

/// Words that may stand between an organisation's name and what it says it is: `is a`,
/// `, a small`, `is an independent`.
const MAX_WORDS_BEFORE_WHAT_IT_IS: usize = 3;

/// Words that say what kind of place something is, not which one.
const GENERIC_WORDS: &[&str] = &[
    "and",
    "the",
    "for",
    "nhs",
    "hospital",
    "hospitals",
    "health",
    "healthcare",
    "service",
    "services",
    "care",
    "trust",
    "foundation",
    "teaching",
    "general",
    "university",
    "community",
    "department",
    "unit",
    "ward",
    "local",
    "district",
    "group",
    "team",
    "clinic",
    "centre",
    "center",
    "home",
    "medical",
    "practice",
    "emergency",
    "children",
    "mental",
    "partnership",
    "board",
    "network",
    "primary",
    "acute",
    "royal",
    "national",
    "director",
    "manager",
    "head",
    "officer",
    "nurse",
    "nursing",
    "lead",
    "chief",
    "executive",
    "patient",
    "experience",
];

/// Words in an organisation's name that say it provides care (`Shannonside Hospital Group`,
/// `NHS Clydeside`, `Teifi Valley University Health Board`): its engagement officer speaks for a
/// service, not for the community. (Which service is told by the story's services: another
/// trust answering is not taken for the provider.)
const PROVIDER_NAMES: &[&str] = &[
    "NHS",
    "HSE",
    "HSC",
    "Hospital",
    "Hospitals",
    "Health Board",
    "Health Service",
    "Health Services",
    "Health and Social Care",
    "Local Health District",
    "Local Health Network",
    "Hospital and Health Service",
    "Ambulance Service",
    "Medical Practice",
    "Medical Centre",
    "Health Centre",
    "Surgery",
    "Care Home",
    "Primary Care Network",
    "Clinical Network",
    "Operational Delivery Network",
    "Cancer Alliance",
    "GP Federation",
    "Integrated Care",
];

/// Words that name an organisation of members or volunteers (`Rural Women's Health Network
/// Victoria`, `Stroke Association`, `Parents Alliance`): with no care provider's word in its name
/// (a `Local Health Network`, a `Primary Care Network` provide care), it speaks for the
/// community whatever its people's job titles (`Program Officer`).
const COMMUNITY_ORGANISATIONS: &[&str] = &[
    "Network",
    "Association",
    "Alliance",
    "Society",
    "Coalition",
    "Collective",
    "Forum",
    "Federation",
];

/// Words in a role that say its holder speaks for the community (`Engagement Officer`, `Peer
/// Support Coordinator`), read when the organisation's name is no care provider's: a local group
/// often shares its place name with the hospital it talks about.
const THIRD_SECTOR_ROLES: &[&str] = &["Engagement", "Peer Support", "Advocate", "Caseworker"];

/// Words that make a part of a header an organisation's name, not a person's or a job title
/// (`Carers Together Coldharbour`, `Cyfeillion Ysbyty Glan Teifi`), besides
/// [`PROVIDER_NAMES`] and [`COMMUNITY_ORGANISATIONS`].
const ORGANISATION_WORDS: &[&str] = &[
    "Trust",
    "Board",
    "Council",
    "Charity",
    "Carers",
    "Gofalwyr",
    "Friends of",
    "Cyfeillion",
    "Healthwatch",
    "Office of",
    "Partnership",
    "Limited",
    "Ltd",
];

/// `text` names an organisation by the words of its name (`NHS Coldharbour Integrated Care
/// Board`, `Carers Together Coldharbour`).
pub fn names_an_organisation(text: &str) -> bool {
    static WORDS: OnceLock<Vec<Vec<String>>> = OnceLock::new();
    let words = WORDS.get_or_init(|| {
        word_lists(
            &PROVIDER_NAMES
                .iter()
                .chain(COMMUNITY_ORGANISATIONS)
                .chain(ORGANISATION_WORDS)
                .copied()
                .collect::<Vec<_>>(),
        )
    });
    let name = tokens(text);
    words.iter().any(|word| contains_phrase(&name, word))
}

/// The [`tokens`] of each of `phrases` (a built-in list, read once for every reply).
fn word_lists(phrases: &[&str]) -> Vec<Vec<String>> {
    phrases.iter().map(|phrase| tokens(phrase)).collect()
}

/// Classifies one response (see the module documentation for the heuristic).
pub fn classify_response(
    facts: ResponseFacts,
    services: &[String],
    third_sector_markers: &[String],
) -> ResponseKind {
    if facts.is_author_update {
        return ResponseKind::AuthorUpdate;
    }
    // The words of the organisation then the role, as if the two were one text. Without any
    // (neither given, or only blanks and punctuation) nothing below can match.
    let mut words = Vec::new();
    for part in [facts.organisation, facts.role].into_iter().flatten() {
        words.extend(tokens(part));
    }
    // `Calderbrook LINk` whose text says `the Calderbrook Local Involvement Network (LINk)`: the
    // organisation read by what its acronym stands for too.
    if let Some(expansion) = facts
        .organisation
        .and_then(|org| acronym_expansion(org, facts.text))
    {
        words.extend(tokens(&expansion));
    }
    if words.is_empty() {
        return ResponseKind::Unknown;
    }
    if let Some(org) = facts.organisation {
        for service in services {
            if names_service(org, service) {
                return ResponseKind::Provider;
            }
        }
    }
    for marker in third_sector_markers {
        if contains_phrase(&words, &tokens(marker)) {
            return ResponseKind::ThirdSector;
        }
    }
    if let Some(org) = facts.organisation {
        if says_it_is_third_sector(facts.text, org, third_sector_markers) {
            return ResponseKind::ThirdSector;
        }
    }
    static PROVIDERS: OnceLock<Vec<Vec<String>>> = OnceLock::new();
    static COMMUNITY: OnceLock<Vec<Vec<String>>> = OnceLock::new();
    let is_care_provider = facts.organisation.is_some_and(|org| {
        let name = tokens(org);
        PROVIDERS
            .get_or_init(|| word_lists(PROVIDER_NAMES))
            .iter()
            .any(|p| contains_phrase(&name, p))
    });
    let is_community = facts.organisation.is_some_and(|org| {
        let name = tokens(org);
        COMMUNITY
            .get_or_init(|| word_lists(COMMUNITY_ORGANISATIONS))
            .iter()
            .any(|c| contains_phrase(&name, c))
    });
    if is_community && !is_care_provider {
        return ResponseKind::ThirdSector;
    }
    if let Some(role) = facts.role.filter(|_| !is_care_provider) {
        let role = tokens(role);
        if THIRD_SECTOR_ROLES
            .iter()
            .any(|r| contains_phrase(&role, &tokens(r)))
        {
            return ResponseKind::ThirdSector;
        }
    }
    for service in services {
        if contains_phrase(&words, &tokens(unit_of(service))) {
            return ResponseKind::Provider;
        }
        for word in tokens(service) {
            if is_distinctive(&word) && words.contains(&word) {
                return ResponseKind::Provider;
            }
        }
    }
    if is_care_provider {
        return ResponseKind::Provider;
    }
    ResponseKind::Unknown
}

/// `text` names `organisation` and says what it is with a third-sector marker: the name, then
/// `is`/`are` (or nothing, after a comma), `a`/`an`, a few words and the marker.
fn says_it_is_third_sector(text: &str, organisation: &str, markers: &[String]) -> bool {
    let name = tokens(organisation);
    if name.is_empty() {
        return false;
    }
    // The text's words are read only when it holds the name's first word at all (a reply's text
    // is long, and most never name their organisation).
    if !fold_text(text).contains(name[0].as_str()) {
        return false;
    }
    let markers: Vec<Vec<String>> = markers.iter().map(|m| tokens(m)).collect();
    let words = tokens(text);
    let mut at = 0;
    while let Some(found) = find_phrase(&words[at..], &name) {
        let mut rest = &words[at + found + name.len()..];
        if rest.first().is_some_and(|w| w == "is" || w == "are") {
            rest = &rest[1..];
        }
        if rest.first().is_some_and(|w| w == "a" || w == "an") {
            let described = &rest[1..];
            let within = (0..=MAX_WORDS_BEFORE_WHAT_IT_IS).any(|skip| {
                described.get(skip..).is_some_and(|what| {
                    markers.iter().any(|m| !m.is_empty() && what.starts_with(m))
                })
            });
            if within {
                return true;
            }
        }
        at += found + 1;
    }
    false
}

/// The words an acronym in `organisation` stands for, as `text` spells them out before it in
/// brackets (`Local Involvement Network (LINk)` for `Calderbrook LINk`): as many words as the
/// acronym has capitals, each starting with its capital.
fn acronym_expansion(organisation: &str, text: &str) -> Option<String> {
    organisation
        .split(|c: char| !c.is_alphanumeric())
        .filter(|word| word.chars().filter(char::is_ascii_uppercase).count() >= 2)
        .find_map(|acronym| {
            let at = text.find(&format!("({acronym})"))?;
            let capitals: Vec<char> = acronym.chars().filter(char::is_ascii_uppercase).collect();
            let before: Vec<&str> = text[..at].split_whitespace().collect();
            let words = before.get(before.len().checked_sub(capitals.len())?..)?;
            let spelled = words
                .iter()
                .zip(&capitals)
                .all(|(word, capital)| word.starts_with(*capital));
            spelled.then(|| words.join(" "))
        })
}

/// Gives each response whose kind is unknown and whose organisation is named the kind of the
/// other responses from the same organisation, when they are all of one kind; returns the
/// indices of the responses given one.
pub fn settle_by_organisation(responses: &mut [StoryResponse]) -> Vec<usize> {
    let organisation = |r: &StoryResponse| r.organisation.as_deref().map(tokens);
    let mut settled = Vec::new();
    for i in 0..responses.len() {
        if responses[i].kind != ResponseKind::Unknown {
            continue;
        }
        let Some(name) = organisation(&responses[i]).filter(|n| !n.is_empty()) else {
            continue;
        };
        let mut kinds = responses
            .iter()
            .filter(|r| r.kind != ResponseKind::Unknown && organisation(r).as_ref() == Some(&name))
            .map(|r| r.kind);
        if let Some(kind) = kinds.next() {
            if kinds.all(|k| k == kind) {
                responses[i].kind = kind;
                settled.push(i);
            }
        }
    }
    settled
}

/// The unit a service names within its site: `Emergency Department` in `Strathallan Royal
/// Infirmary / Emergency Department`, `Ward 7B` in `… / Ward 7B (Medicine for the Elderly)`
/// (a role names the ward, seldom what it does); the whole name when it has no site.
fn unit_of(service: &str) -> &str {
    let unit = service.rsplit_once('/').map_or(service, |(_, unit)| unit);
    match unit.split_once('(') {
        Some((named, _)) if !named.trim().is_empty() => named,
        _ => unit,
    }
}

/// `org` is the service itself or its site (`Larchfield House Care Home`, `Site / Service`).
fn names_service(org: &str, service: &str) -> bool {
    let org = tokens(org);
    let site = service.split_once('/').map_or(service, |(site, _)| site);
    !org.is_empty() && (tokens(service) == org || tokens(site) == org)
}

/// Lowercase alphanumeric words, a plural `s` dropped (`Outpatients` ~ `Outpatient Services
/// Manager`).
fn tokens(text: &str) -> Vec<String> {
    let mut words = Vec::new();
    for word in text.split(|c: char| !c.is_alphanumeric()) {
        if !word.is_empty() {
            words.push(singular(fold_text(word)));
        }
    }
    words
}

/// `word` without a plural `s` (`outpatients` → `outpatient`; `services` → `service`), kept
/// whole when short or ending `ss`/`us`/`is` (`mps`, `access`, `virus`, `dialysis`).
fn singular(mut word: String) -> String {
    let is_plural = word.len() > 4
        && word.ends_with('s')
        && !word.ends_with("ss")
        && !word.ends_with("us")
        && !word.ends_with("is");
    if is_plural {
        word.pop();
    }
    word
}

/// A word of three or more letters that is not generic.
fn is_distinctive(word: &str) -> bool {
    word.chars().count() >= 3 && !GENERIC_WORDS.contains(&word)
}

/// `phrase` occurs as consecutive whole words in `words`.
fn contains_phrase(words: &[String], phrase: &[String]) -> bool {
    find_phrase(words, phrase).is_some()
}

/// Where `phrase` first occurs as consecutive whole words in `words`.
fn find_phrase(words: &[String], phrase: &[String]) -> Option<usize> {
    if phrase.is_empty() {
        return None;
    }
    words.windows(phrase.len()).position(|w| w == phrase)
}

#[cfg(test)]
mod tests {
    use super::*;
    use replyguide_engine::page::PageProfile;

    fn kind(role: Option<&str>, org: Option<&str>, services: &[&str]) -> ResponseKind {
        kind_saying("", role, org, services)
    }

    #[test]
    fn an_acronym_the_text_spells_out_is_read_as_what_it_stands_for() {
        let text = "The Calderbrook Local Involvement Network (LINk) is looking at discharge.";
        let org = Some("Calderbrook LINk");
        let role = Some("Development Officer");
        let services = ["Calder Royal Hospital / Ward 21"];
        assert_eq!(
            kind_saying(text, role, org, &services),
            ResponseKind::ThirdSector
        );
        // Without the text spelling it out, or spelled with other initials, nothing is read.
        assert_eq!(kind(role, org, &services), ResponseKind::Unknown);
        let other = "The Calderbrook Local Network (LINk) is looking at discharge.";
        assert_eq!(
            kind_saying(other, role, org, &services),
            ResponseKind::Unknown
        );
    }

    fn kind_saying(
        text: &str,
        role: Option<&str>,
        org: Option<&str>,
        services: &[&str],
    ) -> ResponseKind {
        let services: Vec<String> = services.iter().map(|s| s.to_string()).collect();
        let facts = ResponseFacts {
            is_author_update: false,
            role,
            organisation: org,
            text,
        };
        classify_response(
            facts,
            &services,
            &PageProfile::default().third_sector_markers,
        )
    }

    #[test]
    fn an_organisation_that_says_it_is_a_charity_is_third_sector() {
        let services = ["Kestrel Lane Surgery"];
        let said = [
            "I work for Silver Connect Kestrelshire, a small charity that helps older people.",
            "Silver Connect Kestrelshire is a registered charity.",
            "Silver Connect Kestrelshire is an independent not-for-profit.",
        ];
        for text in said {
            assert_eq!(
                kind_saying(
                    text,
                    Some("Digital Inclusion Coordinator"),
                    Some("Silver Connect Kestrelshire"),
                    &services
                ),
                ResponseKind::ThirdSector,
                "{text}"
            );
        }
        let not_said = [
            // Another organisation is the charity.
            "Kestrel Lane Surgery works with Silver Connect, a local charity.",
            "Silver Connect Kestrelshire is not a charity.",
            // Too far from the name to be what it says it is.
            "Silver Connect Kestrelshire is a service that also runs a charity shop.",
            "",
        ];
        for text in not_said {
            assert_eq!(
                kind_saying(
                    text,
                    Some("Practice Manager"),
                    Some("Silver Connect Kestrelshire"),
                    &["Elsewhere"]
                ),
                ResponseKind::Unknown,
                "{text}"
            );
        }
    }

    #[test]
    fn a_provider_named_by_the_services_stays_the_provider_whatever_it_says() {
        assert_eq!(
            kind_saying(
                "Kestrel Lane Surgery is a charity-funded practice.",
                Some("Practice Manager"),
                Some("Kestrel Lane Surgery"),
                &["Kestrel Lane Surgery"]
            ),
            ResponseKind::Provider
        );
    }

    fn response(organisation: Option<&str>, kind: ResponseKind) -> StoryResponse {
        StoryResponse {
            organisation: organisation.map(str::to_string),
            kind,
            ..StoryResponse::default()
        }
    }

    #[test]
    fn an_unknown_response_takes_the_kind_of_its_organisation_on_the_page() {
        let trust = Some("Wessex Vale Hospitals NHS Trust");
        let mut responses = vec![
            response(trust, ResponseKind::Provider),
            response(Some("Healthwatch Wessex"), ResponseKind::ThirdSector),
            response(
                Some("wessex vale hospitals NHS trust"),
                ResponseKind::Unknown,
            ),
            response(None, ResponseKind::Unknown),
            response(Some("Elsewhere"), ResponseKind::Unknown),
        ];
        assert_eq!(settle_by_organisation(&mut responses), [2]);
        assert_eq!(responses[2].kind, ResponseKind::Provider);
        assert_eq!(responses[3].kind, ResponseKind::Unknown);
        assert_eq!(responses[4].kind, ResponseKind::Unknown);
    }

    #[test]
    fn an_organisation_read_two_ways_settles_nothing() {
        let org = Some("Kestrel Partnership");
        let mut responses = vec![
            response(org, ResponseKind::Provider),
            response(org, ResponseKind::ThirdSector),
            response(org, ResponseKind::Unknown),
        ];
        assert!(settle_by_organisation(&mut responses).is_empty());
        assert_eq!(responses[2].kind, ResponseKind::Unknown);
    }

    #[test]
    fn author_update() {
        let facts = ResponseFacts {
            is_author_update: true,
            ..ResponseFacts::default()
        };
        assert_eq!(
            classify_response(facts, &[], &[]),
            ResponseKind::AuthorUpdate
        );
    }

    #[test]
    fn the_service_itself_is_the_provider() {
        let services = ["Larchfield House Care Home"];
        assert_eq!(
            kind(
                Some("Registered Manager"),
                Some("Larchfield House Care Home"),
                &services
            ),
            ResponseKind::Provider
        );
        assert_eq!(
            kind(
                Some("Chief executive"),
                Some("Care Opinion"),
                &["Care Opinion"]
            ),
            ResponseKind::Provider
        );
    }

    #[test]
    fn healthwatch_is_third_sector() {
        let services = ["Larchfield House Care Home"];
        assert_eq!(
            kind(
                Some("Engagement Officer"),
                Some("Healthwatch Wexcombe"),
                &services
            ),
            ResponseKind::ThirdSector
        );
        assert_eq!(
            kind(Some("Caseworker"), Some("Office of Jane Doe MP"), &services),
            ResponseKind::ThirdSector
        );
    }

    #[test]
    fn healthwatch_named_after_the_town_is_still_third_sector() {
        assert_eq!(
            kind(
                Some("Officer"),
                Some("Healthwatch Wexcombe"),
                &["Wexcombe General Hospital / A&E"]
            ),
            ResponseKind::ThirdSector
        );
    }

    #[test]
    fn shared_distinctive_word_is_the_provider() {
        let services = ["Northmoor General Hospital / Delivery Suite"];
        assert_eq!(
            kind(
                Some("Head of Midwifery"),
                Some("Northmoor Teaching Hospitals NHS Foundation Trust"),
                &services
            ),
            ResponseKind::Provider
        );
        let services = ["Banksia Park Hospital / Emergency Department"];
        assert_eq!(
            kind(
                Some("Executive Director, Banksia Park Hospital Group"),
                Some("Southern Coastal Health Service"),
                &services
            ),
            ResponseKind::Provider
        );
    }

    #[test]
    fn carers_centres_community_transport_and_volunteers_are_third_sector() {
        assert_eq!(
            kind(
                Some("Volunteer Coordinator"),
                Some("Teifi Community Transport"),
                &["Ysbyty Bro Teifi / Minor Injuries Unit"]
            ),
            ResponseKind::ThirdSector
        );
        assert_eq!(
            kind(
                Some("Carers Support Lead"),
                Some("Ashby Vale Carers Centre"),
                &["Ashby Vale Hospital / Ward 12"]
            ),
            ResponseKind::ThirdSector
        );
        // Carers' groups named in Welsh.
        assert_eq!(
            kind(
                Some("Project Worker"),
                Some("Gofalwyr Gyda’n Gilydd Ceredigion"),
                &["Ysbyty Bronglais / Ward Glaslyn"]
            ),
            ResponseKind::ThirdSector
        );
    }

    #[test]
    fn elected_members_offices_and_friends_groups_are_third_sector() {
        let services = ["Ballykeel Hospital / Fracture Clinic"];
        for (role, organisation) in [
            ("Constituency Manager", "Office of Conor Devlin MLA"),
            ("Parliamentary Assistant", "Office of Niamh Ó Broin TD"),
            ("Ward Councillor for Ashby", "Wexcombe Borough Council"),
            ("Volunteer Lead", "Friends of Ballykeel Hospital"),
            ("Panel Coordinator", "Ballykeel Patient Panel"),
            ("Ysgrifennydd / Secretary", "Cyfeillion Ysbyty Glan Teifi"),
        ] {
            assert_eq!(
                kind(Some(role), Some(organisation), &services),
                ResponseKind::ThirdSector,
                "{role}, {organisation}"
            );
        }
    }

    #[test]
    fn generic_words_alone_are_not_enough() {
        let services = ["Eastbrook Community Hospital / Physiotherapy"];
        assert_eq!(
            kind(Some("Nurse"), Some("Westfield Community Trust"), &services),
            ResponseKind::Unknown
        );
    }

    #[test]
    fn a_role_naming_the_services_unit_is_the_provider() {
        let services = ["Strathallan Royal Infirmary / Emergency Department"];
        assert_eq!(
            kind(
                Some("Senior Charge Nurse, Emergency Department"),
                Some("NHS Glenmorven"),
                &services
            ),
            ResponseKind::Provider
        );
        assert_eq!(
            kind(
                Some("Senior Charge Nurse"),
                Some("Glenmorven Partners"),
                &services
            ),
            ResponseKind::Unknown
        );
        // What the unit does, in brackets after its name, is seldom in a role.
        assert_eq!(
            kind(
                Some("Senior Charge Nurse, Ward 7B"),
                Some("NHS Clydeside"),
                &["Inverbrae Royal Infirmary / Ward 7B (Medicine for the Elderly)"]
            ),
            ResponseKind::Provider
        );
    }

    #[test]
    fn a_charity_sharing_the_services_place_name_is_third_sector_by_its_own_words() {
        let services = ["Brackenridge Mental Health Services / Crisis Team"];
        let text = "I am a peer support worker with Open Door Brackenridge, a local mental health charity.";
        assert_eq!(
            kind_saying(
                text,
                Some("Peer Support Worker"),
                Some("Open Door Brackenridge"),
                &services
            ),
            ResponseKind::ThirdSector
        );
    }

    #[test]
    fn a_community_role_outside_a_care_provider_is_third_sector() {
        // The group shares its place name with the hospital.
        let services = ["Llanfair Teifi Community Hospital / Podiatry"];
        assert_eq!(
            kind(
                Some("Engagement Officer"),
                Some("Teifi Patient Link"),
                &services
            ),
            ResponseKind::ThirdSector
        );
        assert_eq!(
            kind(
                Some("Patient Engagement Officer"),
                Some("Teifi Valley University Health Board"),
                &services
            ),
            ResponseKind::Provider
        );
        // A care provider's engagement lead speaks for care, whichever service it names.
        assert_eq!(
            kind(
                Some("Patient Engagement Lead"),
                Some("Westfield NHS Trust"),
                &services
            ),
            ResponseKind::Provider
        );
    }

    #[test]
    fn an_organisation_of_members_is_third_sector_whatever_the_title() {
        // It shares `Victoria` with the hospital; its officer's title says nothing either way.
        let services = ["Victoria Base Hospital / Maternity"];
        for org in [
            "Rural Women's Health Network Victoria",
            "Victoria Stroke Association",
            "Parents Alliance of Victoria",
        ] {
            assert_eq!(
                kind(Some("Rural Program Officer"), Some(org), &services),
                ResponseKind::ThirdSector,
                "{org}"
            );
        }
        // Networks and alliances that provide care are not.
        assert_eq!(
            kind(
                Some("Program Officer"),
                Some("Victoria Local Health Network"),
                &services
            ),
            ResponseKind::Provider
        );
        assert_eq!(
            kind(
                Some("Operations Officer"),
                Some("Riverside Primary Care Network"),
                &["Elsewhere"]
            ),
            ResponseKind::Provider
        );
        assert_eq!(
            kind(
                Some("Patient Experience Officer"),
                Some("Northmoor NHS Cancer Alliance"),
                &["Elsewhere"]
            ),
            ResponseKind::Provider
        );
    }

    #[test]
    fn a_plural_names_the_same_unit() {
        assert_eq!(
            kind(
                Some("Outpatient Services Manager"),
                Some("Shannonside Hospital Group"),
                &["St Brigid's University Hospital / Rheumatology Outpatients"]
            ),
            ResponseKind::Provider
        );
    }

    #[test]
    fn no_signal_is_unknown() {
        assert_eq!(kind(None, None, &["Anything"]), ResponseKind::Unknown);
        assert_eq!(
            kind(Some("Nurse"), Some("Somewhere"), &[]),
            ResponseKind::Unknown
        );
    }

    #[test]
    fn mp_must_be_a_whole_word() {
        assert_eq!(
            kind(Some("Manager"), Some("Hampton Lodge"), &["Other place"]),
            ResponseKind::Unknown
        );
    }
}
