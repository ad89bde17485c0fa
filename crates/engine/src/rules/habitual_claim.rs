//! A service said to fail by habit: a service's name the subject of a verb with an adverb of
//! a habitual failing ("the Barry CMHT is chronically understaffed", "Joondalup's ED routinely
//! sidelines carers"). Such a claim passes judgement on that service, which `criticises-others`
//! reads as a verdict, at hint. Adverbs that praise as often as they blame ("always",
//! "consistently") are left out: "the board always finds money for…" is as often sarcasm or
//! praise as a claim.

use crate::text::{Document, PhraseMatch};
use crate::Span;

/// Adverbs of habit that lean to a failing ("routinely sidelines", "chronically short").
const HABITS: &[&str] = &[
    "chronically",
    "routinely",
    "notoriously",
    "persistently",
    "perpetually",
    "habitually",
];

/// Words that may join a service to its adverb of habit ("is", "has been", "still").
const LINKS: &[&str] = &[
    "is", "was", "are", "were", "has", "have", "had", "been", "be", "just", "still", "so",
    "really", "clearly", "also", "sadly", "now", "seems", "seem", "almost", "nearly", "pretty",
    "'s", "'re",
];

/// How many joining words may stand between the service and its adverb.
const MAX_LINKS: usize = 3;

/// Punctuation that ends a clause.
const CLAUSE_BREAKS: &[char] = &[
    ',', ';', ':', '(', ')', '\u{2014}', '\u{2013}', '.', '!', '?',
];

/// True when `doc` has an adverb of habit at all: the cheap test before finding services.
pub fn has_habits(doc: &Document) -> bool {
    doc.words()
        .iter()
        .any(|w| HABITS.contains(&w.norm.as_str()))
}

/// Every adverb of habit in `doc` whose subject is one of `services`, joined to it by at most
/// [`MAX_LINKS`] verbs of being or having and adverbs in one clause.
/// Each span runs from the service's name to the adverb.
pub fn habitual_claims(doc: &Document, services: &[PhraseMatch]) -> Vec<Span> {
    let words = doc.words();
    let text = doc.text();
    let mut found = Vec::new();
    for (at, word) in words.iter().enumerate() {
        if !HABITS.contains(&word.norm.as_str()) {
            continue;
        }
        let mut i = at;
        for _ in 0..=MAX_LINKS {
            let Some(before) = i.checked_sub(1).map(|b| &words[b]) else {
                break;
            };
            if text[before.span.end..words[i].span.start].contains(CLAUSE_BREAKS) {
                break;
            }
            if let Some(service) = services.iter().find(|m| m.span.end == before.span.end) {
                found.push(service.span.union(word.span));
                break;
            }
            if !LINKS.contains(&before.norm.as_str()) {
                break;
            }
            i -= 1;
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn claims(text: &str, service: &str) -> Vec<String> {
        let doc = Document::new(text);
        let services: Vec<PhraseMatch> = text
            .match_indices(service)
            .map(|(at, s)| PhraseMatch {
                span: Span::new(at, at + s.len()),
                phrase: 0,
            })
            .collect();
        habitual_claims(&doc, &services)
            .iter()
            .map(|c| c.text(text).to_string())
            .collect()
    }

    #[test]
    fn a_service_as_the_subject_of_an_adverb_of_habit() {
        assert!(claims("The lounge at UHL is always slow.", "UHL").is_empty());
        assert_eq!(
            claims(
                "Sadly the CMHT has been chronically understaffed.",
                "the CMHT"
            ),
            ["the CMHT has been chronically"]
        );
        assert_eq!(
            claims(
                "Joondalup's ED routinely sidelines carers.",
                "Joondalup's ED"
            ),
            ["Joondalup's ED routinely"]
        );
    }

    #[test]
    fn another_subject_or_a_clause_between_is_not() {
        assert!(claims("We routinely tell the ward.", "the ward").is_empty());
        assert!(claims("I called the ward, routinely.", "the ward").is_empty());
    }
}
