//! What the author is told they are right about. "You're right that…", "spot on to…", "quite
//! right to…", "you did the right thing…" take a side only when what follows is a verdict in
//! the dispute: a grievance, a failing of someone else, or a challenge to the service ("you're
//! right that it wasn't good enough", "spot on to complain", "right to raise it"). Told they are
//! right about a fact ("you're right that the grant is means-tested"), a plan or wish ("spot on
//! to want other parents to know", "quite right to mention it"), their own action ("you did the
//! right thing to come in") or their advice ("your advice about asking early is spot on"), the
//! author is reassured and nobody is judged: `takes-sides` says nothing. A demand on the other
//! party ("spot on to want answers") or a denial whose doer is unsaid ("right that it never
//! arrived") may or may not take a side: a hint, never a warning. An endorsement of someone
//! other than the author (the practice "was quite right to…") or one with nothing after it
//! ("You're spot on.") is left to the verdict phrases.

use crate::text::{Document, PhraseMatch, PhraseSet};
use crate::{word_list, Span};

/// What an endorsement of the author agrees with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Endorsed {
    /// Not read here: no endorsement of the author, or nothing after it to read.
    Unread,
    /// A verdict in the dispute: a side taken.
    Verdict,
    /// A demand on the other party or an unattributed denial: a hint.
    Unsure,
    /// A fact, a plan, a wish or the author's own action: no side.
    NoSide,
}

/// What makes what the author is right about a verdict in the dispute (`word~` = any form): a
/// failing, a grievance, a standard not met or a challenge to the service. Organisations
/// extend it as `takes-sides.endorsed_verdicts`.
pub(crate) const DEFAULT_ENDORSED_VERDICTS: &str = word_list![
    // A challenge to the service.
    "complain~",
    "challeng~",
    "question~",
    "raise~",
    "push~",
    "speak~ up",
    "speak~ out",
    "say so",
    "said so",
    "call~ * out",
    "call~ out",
    "kick~ up",
    "fuss",
    "stand~ up",
    "object~",
    "fight~",
    "demand~",
    "insist~",
    "expect~ better",
    "expect~ more",
    "deserve~ better",
    // A failing, a standard not met or a due denied.
    "deserve~",
    "wrong",
    "fail~",
    "failure~",
    "let * down",
    "let down",
    "neglect~",
    "unacceptable",
    "not acceptable",
    "not good enough",
    "isn't good enough",
    "wasn't good enough",
    "not enough",
    "isn't enough",
    "wasn't enough",
    "nothing like enough",
    "not ok",
    "not okay",
    "not right",
    "shouldn't",
    "should not",
    "should never",
    "should have",
    "ought",
    "mistake~",
    "error~",
    "fault",
    "blame~",
    "poor",
    "disgrace~",
    "shocking",
    "appalling",
    "scandal~",
    "rude~",
    "unfair~",
    "unsafe",
    "dangerous",
    "too long",
    "too late",
    "nonsense",
    "no excuse",
    "cut~ corners",
    "dropped the ball",
    "ignor~",
    "dismiss~",
    "fobbed off",
];

/// What the author may be told they are right to want from the other party: a hint.
const DEMANDS: &[&str] = &[
    "answers",
    "apology",
    "apologise",
    "apologize",
    "explanation",
    "accountability",
    "accountable",
    "justice",
];

/// Words that deny what follows them: with no verdict, "right that it never arrived" may be
/// a grievance or a fact.
const DENIALS: &[&str] = &["not", "never", "nobody", "no", "nothing", "none", "nowhere"];

/// Words that name the author as the one who is right.
const AUTHOR: &[&str] = &[
    "you", "you're", "youre", "you've", "you'd", "you'll", "ye", "ye've", "yer",
];

/// The word that carries an endorsement ("right", "correct", "thing" in "the right thing",
/// "on" in "spot on").
const ANCHORS: &[&str] = &["right", "correct", "thing", "call", "decision"];

/// Words between an endorsement and what it is about ("right that…", "right to…").
const LINKERS: &[&str] = &["that", "to", "about", "in", "on", "with", "for", "by"];

/// Words after an endorsement that make it the author's feeling, read by `takes-sides`'
/// feeling phrases ("right to be angry", "right to feel let down").
const FEELING_VERBS: &[&str] = &["be", "feel", "feeling", "being"];

/// Words after an endorsement that add nothing to what it agrees with ("you're right here",
/// "quite right too"), or deny it ("right not to"): read as the phrase alone.
const BARE_ENDINGS: &[&str] = &["not", "here", "there", "too", "again", "now", "and", "but"];

/// What the author may have said or suggested that an endorsement agrees with ("your advice
/// … is spot on"): a verdict only when the words after it hold one ("your complaint …").
const CONTRIBUTIONS: &[&str] = &[
    "advice",
    "tip",
    "tips",
    "suggestion",
    "suggestions",
    "idea",
    "ideas",
    "message",
    "plan",
    "reminder",
];

/// Verbs between a subject and an endorsement of it ("your advice is spot on").
const COPULAS: &[&str] = &["is", "was", "are", "were", "sounds", "seems"];

/// How many words an endorsement's anchor may stand after its verb ("is absolutely spot on").
const VERB_REACH: usize = 4;

/// How many words the verb may stand after "your" (the contribution's name and what it is
/// about).
const SUBJECT_REACH: usize = 12;

/// How many words before an endorsement its holder may stand ("you absolutely did the right
/// thing", "you were quite right").
const HOLDER_REACH: usize = 3;

/// Reads endorsements of the author.
pub(crate) struct Endorsements {
    verdicts: PhraseSet,
}

impl Endorsements {
    /// Compiles the words that make what is endorsed a verdict.
    pub(crate) fn new(verdicts: &[String]) -> Self {
        Self {
            verdicts: PhraseSet::new(verdicts),
        }
    }

    /// The verdict words of `doc`, found once for every endorsement in it.
    pub(crate) fn cues(&self, doc: &Document) -> Vec<PhraseMatch> {
        self.verdicts.find_all(doc)
    }

    /// What the phrase at `span` agrees with, when it tells the author they are right;
    /// `cues` are [`cues`](Self::cues) and `other_verdicts` the spans of other verdicts found
    /// in the draft (either, inside what is endorsed, makes it a verdict).
    pub(crate) fn read(
        &self,
        doc: &Document,
        span: Span,
        cues: &[PhraseMatch],
        other_verdicts: &[Span],
    ) -> Endorsed {
        let words = doc.words();
        let first = words.partition_point(|w| w.span.start < span.start);
        let end = words.partition_point(|w| w.span.start < span.end);
        let Some(anchor) = (first..end)
            .rev()
            .find(|&i| ANCHORS.contains(&words[i].norm.as_str()) || is_spot_on(doc, i))
        else {
            return Endorsed::Unread;
        };
        // "In the right" is a verdict on the dispute itself.
        let in_the_right =
            anchor >= 2 && words[anchor - 2].norm == "in" && words[anchor - 1].norm == "the";
        if end - anchor > 2 || in_the_right {
            return Endorsed::Unread;
        }
        if !held_by_author(doc, first, anchor) {
            return match authors_contribution(doc, anchor) {
                Some(subject) => self.judge(doc, subject, span, cues, other_verdicts),
                None => Endorsed::Unread,
            };
        }
        // What is endorsed: after the anchor and any linker, to the end of the clause; or the
        // clause that a comma, colon or dash sets after it ("yes, you're right: the clinic
        // moved in October", "you're right, they let you down").
        let text = doc.text();
        let mut from = anchor + 1;
        if words.get(from).is_some_and(|w| {
            LINKERS.contains(&w.norm.as_str()) && !gap_ends_clause(text, words[anchor].span, w.span)
        }) {
            from += 1;
        }
        let Some(start) = words.get(from).filter(|w| {
            !gap_ends_clause(text, words[from - 1].span, w.span)
                || (from == anchor + 1 && introduces(&text[words[anchor].span.end..w.span.start]))
        }) else {
            return Endorsed::Unread;
        };
        if FEELING_VERBS.contains(&start.norm.as_str())
            || BARE_ENDINGS.contains(&start.norm.as_str())
        {
            return Endorsed::Unread;
        }
        let endorsed = Span::new(start.span.start, clause_end(text, start.span.start));
        // A clause set after a mark is what a plain "you're right" confirms ("yes, you're
        // right: the clinic moved"); it must say something ("You're right, Sam." names the
        // author), and agreement said with emphasis ("you're totally right, …", "spot on -")
        // sides with the author's whole account, whatever follows.
        let set_after = gap_ends_clause(text, words[from - 1].span, start.span);
        if set_after
            && (words[from..]
                .iter()
                .take_while(|w| w.span.end <= endorsed.end)
                .count()
                < 3
                || is_spot_on(doc, anchor)
                || words[first..anchor]
                    .iter()
                    .any(|w| EMPHASES.contains(&w.norm.as_str())))
        {
            return Endorsed::Unread;
        }
        self.judge(doc, endorsed, span, cues, other_verdicts)
    }

    /// What the `endorsed` words are, for the endorsement at `span`: a verdict when they hold
    /// one of `cues` or `other_verdicts`, unsure with a demand or a denial, else no side.
    fn judge(
        &self,
        doc: &Document,
        endorsed: Span,
        span: Span,
        cues: &[PhraseMatch],
        other_verdicts: &[Span],
    ) -> Endorsed {
        let within = |s: Span| endorsed.start <= s.start && s.start < endorsed.end;
        if cues.iter().any(|c| within(c.span))
            || other_verdicts
                .iter()
                .any(|&v| within(v) && !v.overlaps(span))
        {
            return Endorsed::Verdict;
        }
        let unsure = doc.words().iter().filter(|w| within(w.span)).any(|w| {
            DEMANDS.contains(&w.norm.as_str())
                || DENIALS.contains(&w.norm.as_str())
                || w.norm.ends_with("n't")
        });
        match unsure {
            true => Endorsed::Unsure,
            false => Endorsed::NoSide,
        }
    }
}

/// True when the word at `i` is "on" after "spot" or "bang".
fn is_spot_on(doc: &Document, i: usize) -> bool {
    let words = doc.words();
    words[i].norm == "on" && i > 0 && matches!(words[i - 1].norm.as_str(), "spot" | "bang")
}

/// What the author said or suggested, as the subject of the endorsement whose anchor is word
/// `anchor` ("your advice about asking early is spot on", "your tip was so right"): the words
/// from the contribution's name up to the verb, in its clause.
fn authors_contribution(doc: &Document, anchor: usize) -> Option<Span> {
    let words = doc.words();
    let text = doc.text();
    let joined = |i: usize| !gap_ends_clause(text, words[i - 1].span, words[i].span);
    let is_verb = |i: usize| COPULAS.contains(&words[i].norm.as_str());
    let mut verb = anchor;
    while verb > 0 && anchor - verb < VERB_REACH && joined(verb) && !is_verb(verb) {
        verb -= 1;
    }
    if !is_verb(verb) {
        return None;
    }
    let mut owner = verb;
    while owner > 0 && verb - owner < SUBJECT_REACH && joined(owner) {
        owner -= 1;
        if words[owner].norm == "your" {
            let name = owner + 1;
            let named = name < verb && CONTRIBUTIONS.contains(&words[name].norm.as_str());
            return named.then(|| Span::new(words[name].span.start, words[verb].span.start));
        }
    }
    None
}

/// True when a word naming the author stands in the endorsement or up to [`HOLDER_REACH`]
/// words before it, in its clause ("you're quite right", "you absolutely did the right thing").
fn held_by_author(doc: &Document, first: usize, anchor: usize) -> bool {
    let words = doc.words();
    let text = doc.text();
    let mut i = anchor;
    while i > 0 && (i >= first || first - i < HOLDER_REACH) {
        i -= 1;
        if gap_ends_clause(text, words[i].span, words[i + 1].span) {
            return false;
        }
        if AUTHOR.contains(&words[i].norm.as_str()) {
            return true;
        }
    }
    false
}

/// True when the text between two words ends a clause (a dash between spaces too).
fn gap_ends_clause(text: &str, before: Span, after: Span) -> bool {
    let gap = &text[before.end..after.start];
    gap.contains(CLAUSE_MARKS) || (gap.contains('-') && gap.contains(char::is_whitespace))
}

/// Words that make agreement emphatic ("you're totally right", "so right").
const EMPHASES: &[&str] = &[
    "absolutely",
    "totally",
    "completely",
    "entirely",
    "so",
    "dead",
    "100",
    "100%",
    "utterly",
    "perfectly",
    "spot",
];

/// True when `gap`, the text between an endorsement and the next word, is a mark that sets
/// what it agrees with after it: a comma, a colon or a dash, alone.
fn introduces(gap: &str) -> bool {
    matches!(gap.trim(), "," | ":" | "-" | "\u{2014}" | "\u{2013}")
}

/// Marks that end what an endorsement is about.
const CLAUSE_MARKS: [char; 10] = [
    '.', ',', ';', ':', '!', '?', '\n', '\u{2014}', '\u{2013}', '(',
];

/// Where the clause holding `from` ends.
fn clause_end(text: &str, from: usize) -> usize {
    let rest = &text[from..];
    [rest.find(CLAUSE_MARKS), rest.find(" - ")]
        .into_iter()
        .flatten()
        .min()
        .map_or(text.len(), |i| from + i)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::strings;

    fn read(text: &str, phrase: &str) -> Endorsed {
        let doc = Document::new(text);
        let endorsements = Endorsements::new(&strings(DEFAULT_ENDORSED_VERDICTS));
        let at = text.find(phrase).expect("phrase in text");
        let span = Span::new(at, at + phrase.len());
        endorsements.read(&doc, span, &endorsements.cues(&doc), &[])
    }

    #[test]
    fn a_verdict_or_a_challenge_endorsed_takes_a_side() {
        let cases = [
            (
                "You're right that six sessions wasn't good enough.",
                "You're right that",
            ),
            ("You were quite right to complain.", "quite right to"),
            ("You're spot on to push for a referral.", "spot on"),
            (
                "You're right that they should never have sent him home.",
                "You're right that",
            ),
            ("You were entirely right to raise it.", "entirely right to"),
            (
                "Your advice to complain about the ward is spot on.",
                "spot on",
            ),
        ];
        for (text, phrase) in cases {
            assert_eq!(read(text, phrase), Endorsed::Verdict, "{text}");
        }
    }

    #[test]
    fn a_fact_a_wish_or_the_authors_own_action_takes_no_side() {
        let cases = [
            (
                "You're right that the grant is means-tested.",
                "You're right that",
            ),
            (
                "You're spot on to want other parents to know about the group.",
                "spot on",
            ),
            (
                "You're quite right to mention the parking.",
                "quite right to",
            ),
            (
                "You absolutely did the right thing to come in.",
                "did the right thing",
            ),
            ("You were right to ring 111 first.", "were right to"),
            (
                "Your advice about asking early for a referral is spot on.",
                "spot on",
            ),
            ("Your tip was absolutely right.", "absolutely right"),
        ];
        for (text, phrase) in cases {
            assert_eq!(read(text, phrase), Endorsed::NoSide, "{text}");
        }
    }

    #[test]
    fn a_demand_or_a_denial_without_a_verdict_is_unsure() {
        assert_eq!(
            read("You're spot on to want answers.", "spot on"),
            Endorsed::Unsure
        );
        assert_eq!(
            read(
                "You're right that nobody rang you back.",
                "You're right that"
            ),
            Endorsed::Unsure
        );
        assert_eq!(
            read(
                "You're completely right that it's nowhere near resolved.",
                "completely right that"
            ),
            Endorsed::Unsure
        );
    }

    #[test]
    fn leaves_feelings_other_holders_and_bare_agreement_to_the_phrases() {
        let cases = [
            ("You're quite right to be angry.", "quite right to"),
            (
                "The practice was quite right to refer him.",
                "was quite right to",
            ),
            ("You're spot on. The ward let you down.", "spot on"),
            (
                "You're absolutely right, that's a disgrace.",
                "You're absolutely right",
            ),
            ("You're spot on - the ward let your dad down.", "spot on"),
            ("Your point is spot on.", "spot on"),
            ("The advice you were given was right.", "was right"),
            (
                "In my view you are in the right here.",
                "you are in the right",
            ),
        ];
        for (text, phrase) in cases {
            assert_eq!(read(text, phrase), Endorsed::Unread, "{text}");
        }
    }
}
