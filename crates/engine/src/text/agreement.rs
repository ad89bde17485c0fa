//! Speaking to someone instead of about them: the rewrite that puts "you" in place of a
//! third-person reference ("the patient") and keeps the sentence grammatical.
//!
//! The verb right after agrees ("the patient was" → "you were", "feels" → "feel"), a possessive
//! joined to it follows ("the patient and her family" → "you and your family"), and a relative
//! clause agrees too ("the patient, who was" → "you, who were"). When the rest of the sentence
//! may still refer to the person as "she", "his", "they"… or the next word may be a verb the
//! table does not know, there is no one-step rewrite: the person rewrites the sentence.

use super::{Document, Word};
use crate::Span;

/// Verbs that change after "you", in their normalised form (see [`Word::norm`]).
const AGREEMENT: &[(&str, &str)] = &[
    ("was", "were"),
    ("is", "are"),
    ("has", "have"),
    ("does", "do"),
    ("wasn't", "weren't"),
    ("isn't", "aren't"),
    ("hasn't", "haven't"),
    ("doesn't", "don't"),
    ("says", "say"),
    ("goes", "go"),
    ("feels", "feel"),
    ("needs", "need"),
    ("wants", "want"),
    ("thinks", "think"),
    ("knows", "know"),
    ("hopes", "hope"),
    ("seems", "seem"),
    ("deserves", "deserve"),
    ("remains", "remain"),
    ("recovers", "recover"),
    ("receives", "receive"),
    ("gets", "get"),
    ("continues", "continue"),
    ("lives", "live"),
    ("finds", "find"),
    ("wishes", "wish"),
    ("describes", "describe"),
    ("explains", "explain"),
    ("mentions", "mention"),
    ("writes", "write"),
    ("tells", "tell"),
    ("asks", "ask"),
    ("worries", "worry"),
    ("tries", "try"),
];

/// Words after the subject that end in "s" but are not verbs needing agreement.
const NOT_VERBS: &[&str] = &["always", "perhaps", "as", "us", "yes", "thus"];

/// Possessives a person may be joined to ("the patient and her family").
const POSSESSIVES: &[&str] = &["his", "her", "their"];

/// Words that may refer back to the person, making "you" wrong later in the sentence.
const REFERRING_BACK: &[&str] = &[
    "he",
    "she",
    "him",
    "her",
    "his",
    "hers",
    "himself",
    "herself",
    "they",
    "them",
    "their",
    "theirs",
    "themselves",
    "themself",
    "he's",
    "she's",
    "they're",
    "they've",
    "they'd",
    "they'll",
    "he'd",
    "she'd",
    "he'll",
    "she'll",
];

/// What to write in place of some words of the draft.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rewrite {
    /// The words replaced (bytes): the reference, and any words that had to agree with it.
    pub span: Span,
    /// What goes in their place, in lower case.
    pub text: String,
}

/// The rewrite that speaks to the person `reference` names (the subject or object of its
/// sentence, not a possessive), or `None` when "you" alone would not keep the sentence right.
pub fn address_as_you(draft: &Document, reference: Span) -> Option<Rewrite> {
    let text = draft.text();
    let sentence_end = draft
        .sentences()
        .iter()
        .find(|s| s.span.start <= reference.start && reference.end <= s.span.end)
        .map_or(text.len(), |s| s.span.end);
    let after: Vec<&Word> = draft
        .words()
        .iter()
        .filter(|w| w.span.start >= reference.end && w.span.end <= sentence_end)
        .collect();
    let gap = |from: usize, to: &Word| text[from..to.span.start].trim();

    let mut rewrite = Rewrite {
        span: reference,
        text: "you".to_string(),
    };
    let mut rest = &after[..];
    match rest {
        [conjunction, possessive, tail @ ..]
            if matches!(conjunction.norm.as_str(), "and" | "or")
                && POSSESSIVES.contains(&possessive.norm.as_str())
                && gap(reference.end, conjunction).is_empty()
                && gap(conjunction.span.end, possessive).is_empty() =>
        {
            rewrite.text = format!("you {} your", conjunction.norm);
            rewrite.span.end = possessive.span.end;
            rest = tail;
        }
        [who, verb, tail @ ..]
            if who.norm == "who"
                && matches!(gap(reference.end, who), "" | ",")
                && gap(who.span.end, verb).is_empty() =>
        {
            if let Some(agreeing) = agreeing_verb(verb)? {
                let comma = text[reference.end..who.span.start].trim_end();
                rewrite.text = format!("you{comma} who {agreeing}");
                rewrite.span.end = verb.span.end;
                rest = tail;
            }
        }
        [verb, tail @ ..] if gap(reference.end, verb).is_empty() => {
            if let Some(agreeing) = agreeing_verb(verb)? {
                rewrite.text = format!("you {agreeing}");
                rewrite.span.end = verb.span.end;
                rest = tail;
            }
        }
        _ => {}
    }
    if rest
        .iter()
        .any(|w| REFERRING_BACK.contains(&w.norm.as_str()))
    {
        return None;
    }
    Some(rewrite)
}

/// The form of `word` after "you": `Some(Some(verb))` when it must change, `Some(None)` when it
/// is not a verb that agrees, `None` when it may be one the table does not know ("recites").
fn agreeing_verb(word: &Word) -> Option<Option<&'static str>> {
    if let Some((_, agreeing)) = AGREEMENT.iter().find(|(from, _)| *from == word.norm) {
        return Some(Some(agreeing));
    }
    let unknown_verb = word.norm.ends_with('s')
        && !word.norm.ends_with("'s")
        && word.norm.len() > 3
        && !NOT_VERBS.contains(&word.norm.as_str());
    if unknown_verb {
        None
    } else {
        Some(None)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each sentence with the reference to replace, and the sentence after the rewrite (`None`:
    /// no one-step rewrite is offered).
    const CASES: &[(&str, &str, Option<&str>)] = &[
        (
            "We hope the patient is feeling better.",
            "the patient",
            Some("We hope you are feeling better."),
        ),
        (
            "We are sorry the patient was kept waiting.",
            "the patient",
            Some("We are sorry you were kept waiting."),
        ),
        (
            "I hope the patient and her family are well.",
            "the patient",
            Some("I hope you and your family are well."),
        ),
        (
            "We would like to thank the patient or his carer for writing.",
            "the patient",
            Some("We would like to thank you or your carer for writing."),
        ),
        (
            "We are sorry the patient wasn't told sooner.",
            "the patient",
            Some("We are sorry you weren't told sooner."),
        ),
        (
            "We know the patient feels let down.",
            "the patient",
            Some("We know you feel let down."),
        ),
        (
            "We hope the patient, who was in pain, got help quickly.",
            "the patient",
            Some("We hope you, who were in pain, got help quickly."),
        ),
        (
            "We spoke to the patient yesterday.",
            "the patient",
            Some("We spoke to you yesterday."),
        ),
        (
            "Thank you to the patient. She was very brave.",
            "the patient",
            Some("Thank you to you. She was very brave."),
        ),
        (
            "We hope the patient does not have to wait again.",
            "the patient",
            Some("We hope you do not have to wait again."),
        ),
        (
            "The nurse told the patient she would call back.",
            "the patient",
            None,
        ),
        (
            "We are sorry this person felt their concerns were ignored.",
            "this person",
            None,
        ),
        ("We hope the patient recites it.", "the patient", None),
        (
            "We know the patient always waited.",
            "the patient",
            Some("We know you always waited."),
        ),
    ];

    fn rewritten(sentence: &str, reference: &str) -> Option<String> {
        let draft = Document::new(sentence);
        let start = sentence
            .find(reference)
            .expect("the reference is in the sentence");
        let rewrite = address_as_you(&draft, Span::new(start, start + reference.len()))?;
        Some(format!(
            "{}{}{}",
            &sentence[..rewrite.span.start],
            rewrite.text,
            &sentence[rewrite.span.end..]
        ))
    }

    #[test]
    fn rewrites_keep_the_sentence_grammatical() {
        for (sentence, reference, expected) in CASES {
            assert_eq!(
                rewritten(sentence, reference).as_deref(),
                *expected,
                "{sentence}"
            );
        }
    }
}
