//! Who speaks in a draft: the organisation and its responder, by pronoun or by name, and the
//! word that is the subject of a verb ("we will also share", "Deputy Cullinane will be
//! raising"), so that rules can tell what the organisation does from what it suggests others do.

use crate::text::{fold_text, is_function_word};
use crate::{Config, Document, Span};

/// Words that may stand between a subject and its verb ("we will also", "I have now", "we'd
/// like to", "your story has been").
pub(crate) const AUXILIARIES: &[&str] = &[
    "will",
    "would",
    "shall",
    "should",
    "can",
    "could",
    "may",
    "might",
    "must",
    "have",
    "has",
    "had",
    "be",
    "been",
    "being",
    "is",
    "are",
    "was",
    "were",
    "am",
    "also",
    "now",
    "already",
    "then",
    "just",
    "certainly",
    "definitely",
    "gladly",
    "happily",
    "like",
    "love",
    "want",
    "wants",
    "plan",
    "plans",
    "intend",
    "intends",
    "hope",
    "hopes",
    "going",
    "to",
    "not",
    "soon",
    "personally",
    "do",
    "does",
    "did",
    "try",
    "able",
    "always",
    "really",
    "both",
    "all",
    "anonymously",
    "today",
    "directly",
    "formally",
    "specifically",
    "once",
    "again",
    "make",
    "sure",
    "aim",
    "aims",
];

/// Words of an organisation's name that name no one in particular ("Office of Rhys Evans MS"
/// gives "Rhys" and "Evans", not "Office").
const GENERIC_NAME_WORDS: &[&str] = &[
    "office",
    "carers",
    "care",
    "health",
    "voice",
    "network",
    "forum",
    "group",
    "charity",
    "trust",
    "society",
    "association",
    "council",
    "centre",
    "center",
    "support",
    "service",
    "services",
    "patient",
    "patients",
    "people",
    "team",
    "local",
    "community",
    "hospital",
    "nhs",
    "hse",
    "family",
    "families",
    "consumer",
    "consumers",
    "mental",
    "friends",
    "parents",
    "partnership",
    "hospice",
    "foundation",
    "national",
    "action",
    "alliance",
    "together",
    "advocacy",
    "disability",
    "recovery",
    "peer",
    "bereavement",
    "circle",
    "connect",
];

/// The organisation's and the responder's names, whole, and each of their distinctive words
/// lowercased ("Healthwatch Millbrook", "millbrook"; "Office of Rhys Evans MS", "rhys", "evans").
pub(crate) fn speaker_names(config: &Config) -> Vec<String> {
    let mut names = Vec::new();
    for name in [&config.organisation.name, &config.responder.name]
        .into_iter()
        .flatten()
    {
        names.push(name.clone());
        for word in name.split_whitespace() {
            let proper = word.chars().next().is_some_and(char::is_uppercase);
            // "Patients' Voice" names no one in "patients", as "Patients Voice" would not.
            let lower = fold_text(word.trim_end_matches(['\'', '\u{2019}']));
            if proper && !GENERIC_NAME_WORDS.contains(&lower.as_str()) && !is_function_word(&lower)
            {
                names.push(lower);
            }
        }
    }
    names
}

/// The signature of the responder named `responder`: from their first name, set apart at the end of the draft (on a
/// line of its own or after "Best wishes,", "take care,", "Diolch,"), to the end, when that is
/// a few words at most ("Dai Jenkins / Senior Caseworker / 01554 496 0200"). A number in it is
/// where the responder can be reached, not help offered.
pub(crate) fn signature(doc: &Document, responder: Option<&str>) -> Option<Span> {
    const MOST_WORDS: usize = 16;
    const VALEDICTIONS: &[&str] = &[
        "regards",
        "wishes",
        "best",
        "thanks",
        "care",
        "cheers",
        "diolch",
        "sincerely",
        "warmly",
        "x",
        "xx",
        "love",
        "faithfully",
        "soon",
    ];
    let first_name = responder?.split_whitespace().next()?;
    let first_name = fold_text(first_name);
    let words = doc.words();
    let at = words.iter().rposition(|w| w.norm == first_name)?;
    let set_apart = at == 0
        || doc.text()[words[at - 1].span.end..words[at].span.start].contains('\n')
        || VALEDICTIONS.contains(&words[at - 1].norm.as_str());
    (set_apart && words.len() - at <= MOST_WORDS)
        .then(|| Span::new(words[at].span.start, doc.text().len()))
}

/// The subject of the verb at `verb`: the index in `doc.words()` of the first word before it,
/// in its sentence, that is not one of [`AUXILIARIES`], and the auxiliaries passed over.
pub(crate) fn subject_of(doc: &Document, verb: Span) -> Option<(usize, Vec<&str>)> {
    let words = doc.words();
    let sentence = &doc.sentences()[doc.sentence_at(verb)?];
    let mut at = words.partition_point(|w| w.span.start < verb.start);
    let mut passed = Vec::new();
    while at > sentence.words.start {
        at -= 1;
        let word = words[at].norm.as_str();
        if !AUXILIARIES.contains(&word) {
            return Some((at, passed));
        }
        passed.push(word);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_their_distinctive_words() {
        let config = Config::from_json(
            r#"{"organisation": {"name": "Office of Rhys Evans MS"}, "responder": {"name": "Sam Lee"}}"#,
        )
        .unwrap();
        let names = speaker_names(&config);
        for name in [
            "Office of Rhys Evans MS",
            "rhys",
            "evans",
            "ms",
            "Sam Lee",
            "sam",
            "lee",
        ] {
            assert!(names.contains(&name.to_string()), "{name}");
        }
        assert!(!names.contains(&"office".to_string()));
        let config =
            Config::from_json(r#"{"organisation": {"name": "Patients’ Voice Scotland"}}"#).unwrap();
        let names = speaker_names(&config);
        assert!(
            !names.iter().any(|n| n.starts_with("patients")),
            "{names:?}"
        );
    }

    #[test]
    fn the_subject_is_found_past_auxiliaries() {
        let doc = Document::new("Our office has already contacted the board.");
        let verb = doc.words()[4].span;
        let (at, passed) = subject_of(&doc, verb).unwrap();
        assert_eq!(doc.words()[at].norm, "office");
        assert_eq!(passed, ["already", "has"]);
        assert_eq!(subject_of(&doc, doc.words()[0].span), None);
    }
}
