//! What a recurrence is about. How often or how widely ("every week", "for a long time",
//! "really common", "across the region") claims a wider problem only when the sentence says
//! that what recurs or spreads is a problem with care: a failing, a delay, a complaint, people
//! telling of one, or the story's own problem again ("like this"). Said of a routine ("we
//! phone every other Tuesday"), of how common a condition or feeling is ("a lot of that is
//! normal after a stroke"), of how long the author's situation has lasted or of the
//! organisation's own long-standing work, it claims nothing about a service; when unsure the
//! rule says so as a hint, not a warning.

use crate::config::strings;
use crate::text::{Document, PhraseSet};
use crate::{word_list, Span};

/// Words of a problem with care that both say what recurs is a problem and what others had
/// in common ("many families have had appointments cancelled"): the start of the defaults of
/// `unsubstantiated-concern.problem_topics` and `.problems` alike.
pub(crate) const DEFAULT_PROBLEM_WORDS: &str = word_list![
    // A failing.
    "fail~",
    "poor",
    // Care not given, or given late.
    "delay~",
    "wait~",
    "cancel~",
    "turned away",
    "sent home",
    "denied",
    "lost",
    "no reply",
    "stuck",
    "bounc~",
    "happen~ to",
    "pillar to post",
    "runaround",
    "left",
    // A complaint.
    "complain~",
    "complaint~",
    "concern~",
    "problem~",
    "issue~",
    "trouble",
    "raise~",
    "report~",
    // The story's own problem, again.
    "like this",
];

/// More words that make a recurrence or spread a problem with care (`word~` = any form),
/// after [`DEFAULT_PROBLEM_WORDS`]. Organisations extend the two as
/// `unsubstantiated-concern.problem_topics`.
const DEFAULT_PROBLEM_TOPICS: &str = word_list![
    // A failing.
    "failure~",
    "failings",
    "let * down",
    "let down",
    "mistake~",
    "error~",
    "wrong",
    "neglect~",
    "unsafe",
    "poorly",
    "bad",
    "badly",
    "worse",
    "worst",
    "awful",
    "terrible",
    "dreadful",
    "shocking",
    "appalling",
    "rude~",
    "disgrace~",
    "scandal~",
    "shambles",
    "chaos",
    "chaotic",
    "crisis",
    "mess",
    "unacceptable",
    "not good enough",
    "broken",
    "dirty",
    // A service judged in everyday words (valence, not a stock verdict).
    "not safe",
    "at risk",
    "out of order",
    "breaking point",
    "on its knees",
    "downhill",
    "hopeless",
    "basket case",
    "a joke",
    "a farce",
    "a disaster",
    "desert",
    "cutting corners",
    "not getting any better",
    "overcrowd~",
    // Care not given, or given late.
    "queue~",
    "turn~ away",
    "refus~",
    "missing",
    "miss~",
    "forgot~",
    "no answer",
    "no one",
    "nobody",
    "never",
    "can't get",
    "cannot get",
    "couldn't get",
    "short staffed",
    "short-staffed",
    "understaffed",
    "staffing",
    "shortage~",
    "overstretched",
    "struggl~",
    "battle~",
    "fight~",
    "chas~",
    "shut out",
    "dropped",
    "slashed",
    "fobbed off",
    "ignor~",
    "dismiss~",
    // A complaint, or people telling of one.
    "told us",
    "tell~ us",
    "tell~ me",
    "hear~",
    "heard",
    "come~ up",
    "came up",
    "coming up",
    "stories",
    "story",
    "moans",
    "gripes",
    "grumbles",
    "contact~ us",
    "in touch",
    "casework",
    "postbag",
    "inbox",
    "we see",
    "we're seeing",
    "we are seeing",
    // The story's own problem, again.
    "like that",
    "this happen~",
    "it happen~",
    "that happen~",
    "happen~ again",
    "the same thing",
    "the same problem~",
    "the same issue~",
    "the same story",
    "same old",
];

/// The default words that make a recurrence or spread a problem with care.
pub(crate) fn default_problem_topics() -> Vec<String> {
    [
        strings(DEFAULT_PROBLEM_WORDS),
        strings(DEFAULT_PROBLEM_TOPICS),
    ]
    .concat()
}

/// Finds the sentences that name a problem with care.
pub(crate) struct ProblemTopics {
    topics: PhraseSet,
}

impl ProblemTopics {
    /// Compiles the words of a problem.
    pub(crate) fn new(topics: &[String]) -> Self {
        Self {
            topics: PhraseSet::new(topics),
        }
    }

    /// The sentences of `doc` (their positions) that name a problem with care.
    pub(crate) fn sentences(&self, doc: &Document) -> Vec<usize> {
        let mut found: Vec<usize> = self
            .topics
            .find_all(doc)
            .iter()
            .filter_map(|m| doc.sentence_at(m.span))
            .collect();
        found.dedup();
        found
    }
}

/// Words that only measure how often, how long or how widely ("for a long time", "nearly
/// every", "a lot of that"): a phrase made of nothing else needs a problem in its sentence.
/// An idiom with a word of its own ("par for the course", "keeps happening") says the
/// problem itself.
const MEASURES: &[&str] = &[
    "for",
    "a",
    "an",
    "long",
    "time",
    "while",
    "some",
    "years",
    "ages",
    "months",
    "weeks",
    "lot",
    "lots",
    "of",
    "this",
    "that",
    "plenty",
    "nearly",
    "almost",
    "every",
    "in",
    "single",
    "week",
    "day",
    "month",
    "year",
    "the",
    "all",
    "over",
    "across",
    "regularly",
    "often",
];

/// True when the phrase at `span` only measures how often, how long or how widely.
pub(crate) fn only_measures(doc: &Document, span: Span) -> bool {
    doc.words()
        .iter()
        .filter(|w| span.start <= w.span.start && w.span.end <= span.end)
        .all(|w| MEASURES.contains(&w.norm.as_str()))
}

/// True when `span` lies in one of `sentences` of `doc`.
pub(crate) fn about_a_problem(doc: &Document, span: Span, sentences: &[usize]) -> bool {
    doc.sentence_at(span)
        .is_some_and(|at| sentences.contains(&at))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn about(text: &str, phrase: &str) -> bool {
        let doc = Document::new(text);
        let topics = ProblemTopics::new(&default_problem_topics());
        let at = text.find(phrase).expect("phrase in text");
        about_a_problem(
            &doc,
            Span::new(at, at + phrase.len()),
            &topics.sentences(&doc),
        )
    }

    #[test]
    fn a_recurring_failing_or_complaint_is_about_a_problem() {
        assert!(about(
            "Appointments are cancelled every week at that surgery.",
            "every week"
        ));
        assert!(about(
            "Families have told us the same for years.",
            "for years"
        ));
        assert!(about(
            "The ward has been like this for a long time.",
            "for a long time"
        ));
    }

    #[test]
    fn a_phrase_of_measures_alone_needs_a_problem_an_idiom_does_not() {
        let doc = Document::new("for a long time; par for the course");
        assert!(only_measures(&doc, Span::new(0, 15)));
        assert!(!only_measures(&doc, Span::new(17, 35)));
    }

    #[test]
    fn a_routine_a_condition_or_a_span_of_the_authors_life_is_not() {
        assert!(!about(
            "Our volunteer can phone you every other Tuesday.",
            "every other"
        ));
        assert!(!about(
            "A lot of that is really common for families after a stroke.",
            "really common"
        ));
        assert!(!about(
            "You have cared for him for a long time.",
            "for a long time"
        ));
        assert!(!about(
            "We have a longstanding interest in carers across the region.",
            "across the region"
        ));
    }
}
