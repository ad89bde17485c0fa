//! A service said to do or be something by habit: a service's name the subject of a verb with
//! an adverb of habit ("the discharge lounge at UHL is always slow", "Joondalup's ED routinely
//! sidelines carers", "the Barry CMHT is chronically understaffed"). Such a claim says that a
//! problem recurs at that service, not that it happened once: `unsubstantiated-concern` reads
//! it as a wider concern when its sentence names a problem with care. Adverbs that praise as
//! often as they blame ("always", "consistently") need that problem; the others ("routinely",
//! "chronically") are told at hint without one.

use crate::text::{Document, PhraseMatch};
use crate::Span;

/// Adverbs of habit that say a service does a thing by habit, good or bad ("always").
const HABITS: &[&str] = &[
    "always",
    "constantly",
    "continually",
    "invariably",
    "consistently",
];

/// Adverbs of habit that lean to a failing ("routinely sidelines", "chronically short").
const FAILING_HABITS: &[&str] = &[
    "chronically",
    "routinely",
    "notoriously",
    "persistently",
    "perpetually",
    "habitually",
    "forever",
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

/// A service said to do or be something by habit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HabitualClaim {
    /// From the service's name to its adverb of habit.
    pub span: Span,
    /// True for an adverb that leans to a failing ("routinely"), false for one that may praise
    /// ("always").
    pub failing: bool,
}

/// True when `doc` has an adverb of habit at all: the cheap test before finding services.
pub fn has_habits(doc: &Document) -> bool {
    doc.words().iter().any(|w| habit(&w.norm).is_some())
}

/// Whether `word` is an adverb of habit, and whether it leans to a failing.
fn habit(word: &str) -> Option<bool> {
    if FAILING_HABITS.contains(&word) {
        Some(true)
    } else {
        HABITS.contains(&word).then_some(false)
    }
}

/// Every adverb of habit in `doc` whose subject is one of `services`, joined to it by at most
/// [`MAX_LINKS`] verbs of being or having and adverbs in one clause.
pub fn habitual_claims(doc: &Document, services: &[PhraseMatch]) -> Vec<HabitualClaim> {
    let words = doc.words();
    let text = doc.text();
    let mut found = Vec::new();
    for (at, word) in words.iter().enumerate() {
        let Some(failing) = habit(&word.norm) else {
            continue;
        };
        let mut i = at;
        for _ in 0..=MAX_LINKS {
            let Some(before) = i.checked_sub(1).map(|b| &words[b]) else {
                break;
            };
            if text[before.span.end..words[i].span.start].contains(CLAUSE_BREAKS) {
                break;
            }
            if let Some(service) = services.iter().find(|m| m.span.end == before.span.end) {
                found.push(HabitualClaim {
                    span: service.span.union(word.span),
                    failing,
                });
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

    fn claims(text: &str, service: &str) -> Vec<(String, bool)> {
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
            .map(|c| (c.span.text(text).to_string(), c.failing))
            .collect()
    }

    #[test]
    fn a_service_as_the_subject_of_an_adverb_of_habit() {
        assert_eq!(
            claims("The lounge at UHL is always slow.", "UHL"),
            [("UHL is always".to_string(), false)]
        );
        assert_eq!(
            claims(
                "Sadly the CMHT has been chronically understaffed.",
                "the CMHT"
            ),
            [("the CMHT has been chronically".to_string(), true)]
        );
        assert_eq!(
            claims(
                "Joondalup's ED routinely sidelines carers.",
                "Joondalup's ED"
            ),
            [("Joondalup's ED routinely".to_string(), true)]
        );
    }

    #[test]
    fn another_subject_or_a_clause_between_is_not() {
        assert!(claims("We always tell the ward.", "the ward").is_empty());
        assert!(claims("I called the ward, always polite.", "the ward").is_empty());
        assert!(claims("You can always ring the ward.", "the ward").is_empty());
    }
}
