//! Clauses whose subject is something that happened rather than someone who did it: an act
//! ("Sending him home at 3am is a joke", "Being left in a wet bed was inexcusable"), a wait
//! ("Thirty hours on a trolley is nowhere near good enough") or a named kind of handling ("the
//! way they spoke to you was…", "the discharge was…"). A judgement after the verb of being of
//! such a clause is a verdict on what happened: `takes-sides` reads it as one, and
//! `criticises-others` as one on the service that did it.

use crate::text::{trim_end_str, Document, Word};
use crate::Span;

/// Verbs of being that join a subject to its verdict.
const BEING: &[&str] = &[
    "is", "was", "are", "were", "isn't", "wasn't", "aren't", "weren't",
];

/// Words ending in "-ing" that are no act ("nothing", "morning", "according to").
const NOT_ACTS: &[&str] = &[
    "nothing",
    "something",
    "anything",
    "everything",
    "morning",
    "evening",
    "during",
    "according",
    "regarding",
    "including",
    "concerning",
    "following",
    "notwithstanding",
    "thing",
    "king",
    "bring",
];

/// Words that count an amount of time ("two", "46", "a couple of").
const AMOUNTS: &[&str] = &[
    "a",
    "an",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "sixty",
    "seventy",
    "eighty",
    "ninety",
    "hundred",
    "couple",
    "few",
    "several",
    "nearly",
    "almost",
    "over",
    "more",
    "than",
    "and",
    "half",
    "of",
];

/// Units of time a wait is counted in.
const TIME_UNITS: &[&str] = &[
    "hour", "hours", "hrs", "day", "days", "week", "weeks", "month", "months", "year", "years",
    "yr", "yrs", "night", "nights", "minutes", "mins",
];

/// Nouns naming a wait ("the wait", "your delay").
const WAIT_NOUNS: &[&str] = &["wait", "waits", "delay", "delays"];

/// Nouns naming a kind of handling ("your mum's discharge", "the way they…").
const HANDLING: &[&str] = &["way", "treatment", "discharge", "handling", "decision"];

/// Words that point at a noun of handling ("the", "your", "that").
const POINTERS: &[&str] = &["the", "this", "that", "your", "his", "her", "their", "such"];

/// A clause whose subject is an act, a wait or a kind of handling.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ActClause {
    /// The subject, from its first word to the last before the verb of being.
    pub subject: Span,
    /// The verb of being after it.
    pub verb: Span,
}

impl ActClause {
    /// True when `judgement` follows this clause's verb with at most `max_gap` words between
    /// and no clause break ("was simply not good enough", "is a joke").
    pub fn leads_to(&self, doc: &Document, judgement: Span, max_gap: usize) -> bool {
        if judgement.start < self.verb.end {
            return false;
        }
        let between = &doc.text()[self.verb.end..judgement.start];
        if between.contains(CLAUSE_BREAKS) {
            return false;
        }
        let gap = doc
            .words()
            .iter()
            .filter(|w| w.span.start >= self.verb.end && w.span.end <= judgement.start)
            .count();
        gap <= max_gap
    }
}

/// Punctuation that ends a clause.
const CLAUSE_BREAKS: &[char] = &[
    ',', ';', ':', '(', ')', '\u{2014}', '\u{2013}', '.', '!', '?',
];

/// How many words a subject may run to before its verb of being.
const MAX_SUBJECT_WORDS: usize = 16;

/// Every clause of `doc` whose subject is an act, a wait or a kind of handling, in text order.
pub fn act_clauses(doc: &Document) -> Vec<ActClause> {
    let text = doc.text();
    let mut found = Vec::new();
    for sentence in doc.sentences() {
        let words = doc.sentence_words(sentence);
        for (i, word) in words.iter().enumerate() {
            let starts_clause = i == 0
                || text[words[i - 1].span.end..word.span.start].contains(CLAUSE_BREAKS)
                || (i == 1 && is_opener(&words[0]));
            if !starts_clause || !heads_act(&words[i..]) {
                continue;
            }
            let rest = words.iter().enumerate().skip(i + 1).take(MAX_SUBJECT_WORDS);
            for (j, next) in rest {
                if text[words[j - 1].span.end..next.span.start].contains(CLAUSE_BREAKS) {
                    break;
                }
                if BEING.contains(&next.norm.as_str()) {
                    found.push(ActClause {
                        subject: word.span.union(words[j - 1].span),
                        verb: next.span,
                    });
                    break;
                }
            }
        }
    }
    found
}

/// Words that may open a sentence before its subject ("Honestly sending him home…").
fn is_opener(word: &Word) -> bool {
    matches!(
        word.norm.as_str(),
        "and" | "but" | "so" | "honestly" | "frankly" | "sadly" | "surely" | "also"
    )
}

/// True when `words` start with an act ("Sending…", "Being left…"), a wait ("Thirty hours…",
/// "46 hours…", "the wait") or a noun of handling ("your discharge").
fn heads_act(words: &[Word]) -> bool {
    let first = words[0].norm.as_str();
    let gerund = first.len() >= 5 && first.ends_with("ing") && !NOT_ACTS.contains(&first);
    let amount =
        |w: &Word| AMOUNTS.contains(&w.norm.as_str()) || w.norm.chars().all(|c| c.is_ascii_digit());
    let wait = amount(&words[0])
        && words
            .iter()
            .skip(1)
            .take(3)
            .take_while(|w| amount(w) || TIME_UNITS.contains(&w.norm.as_str()))
            .any(|w| TIME_UNITS.contains(&w.norm.as_str()));
    gerund || wait || heads_noun(words, WAIT_NOUNS) || heads_handling(words)
}

/// True when `words` start with a noun of handling ("that discharge", "the way they…"): what
/// a service did, named without its act.
pub fn heads_handling(words: &[Word]) -> bool {
    heads_noun(words, HANDLING)
}

/// True when `words` start with a pointer and, within two words, one of `nouns`.
fn heads_noun(words: &[Word], nouns: &[&str]) -> bool {
    words
        .first()
        .is_some_and(|first| POINTERS.contains(&first.norm.as_str()))
        && words
            .iter()
            .skip(1)
            .take(2)
            .any(|w| nouns.contains(&trim_end_str(&w.norm, "'s")))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn subjects(text: &str) -> Vec<String> {
        let doc = Document::new(text);
        act_clauses(&doc)
            .iter()
            .map(|c| c.subject.text(text).to_string())
            .collect()
    }

    #[test]
    fn acts_waits_and_handling_are_subjects() {
        assert_eq!(
            subjects("Dear Sue, sending him home at 3am was a joke."),
            ["sending him home at 3am"]
        );
        assert_eq!(
            subjects("Thirty hours on a trolley is not good enough."),
            ["Thirty hours on a trolley"]
        );
        assert_eq!(subjects("46 hours. That was wrong."), Vec::<String>::new());
        assert_eq!(
            subjects("The way the ward spoke to you was rude."),
            ["The way the ward spoke to you"]
        );
        assert_eq!(
            subjects("Honestly chucking someone out on a friday is a joke."),
            ["chucking someone out on a friday"]
        );
    }

    #[test]
    fn people_places_and_broken_clauses_are_not() {
        assert!(subjects("The ward was a shambles.").is_empty());
        assert!(subjects("Nothing was done about it.").is_empty());
        assert!(subjects("Waiting for the results, I was scared.").is_empty());
        assert!(subjects("Thanks for writing. It is a lot to take in.").is_empty());
    }

    #[test]
    fn a_judgement_must_follow_the_verb_closely() {
        let text = "Sending him home was simply not good enough, and the ward knows it.";
        let doc = Document::new(text);
        let clause = act_clauses(&doc)[0];
        let at = |s: &str| {
            let start = text.find(s).unwrap();
            Span::new(start, start + s.len())
        };
        assert!(clause.leads_to(&doc, at("not good enough"), 2));
        assert!(!clause.leads_to(&doc, at("knows"), 2));
        assert!(!clause.leads_to(&doc, at("Sending"), 2));
    }
}
