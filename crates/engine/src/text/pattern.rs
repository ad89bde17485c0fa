//! Built-in regular expressions with a cheap test in front: `regex-lite` has no literal
//! prefilter, so searching a whole draft costs a few hundred instructions a byte. Nearly every
//! draft holds no phone number, address or timetable, so each [`Pattern`] first cuts the text into
//! the runs of bytes a match could consist of and runs the regex only on the runs a quick look says
//! could hold one, with one character of context either side. The results are the regex's own,
//! except in a run longer than [`MAX_RUN_BYTES`], which is searched in pieces of that length.

use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::OnceLock;

use super::regex::{pieces, Regex};
use crate::Span;

/// Longest run a built-in pattern searches at once, in bytes: far longer than any address, phone
/// number or time. A longer run (a pasted block without spaces) is searched in pieces, so no run
/// costs more than a bounded search of its own length.
pub(crate) const MAX_RUN_BYTES: usize = 1_000;

/// How a built-in pattern's ASCII letters match.
#[derive(Clone, Copy)]
pub(crate) enum Letters {
    /// Only in the case written.
    AsWritten,
    /// In either case (ASCII letters only).
    EitherCase,
}

/// A regex searched only where it could match.
pub(crate) struct Pattern {
    regex: Regex,
    /// True for the bytes a match can hold (a table of the `run_byte` given to [`Self::cached`]).
    run_bytes: [bool; 256],
    /// False for a run that cannot hold a match (a run holding one must pass).
    may_match: fn(&str) -> bool,
}

impl Pattern {
    /// A pattern compiled once into `cell`: the regex must be valid, never match empty text and
    /// look no further than one character either side of a match (`\b`). `run_byte` is true for
    /// the bytes a match can hold: every match lies inside one maximal run of them. It must give
    /// the same answer for every non-ASCII byte, so runs end on character boundaries.
    /// `may_match` is false for a run that cannot hold a match, and must be true for every text
    /// holding a run it is true for (the whole text is tried first).
    pub(crate) fn cached(
        cell: &'static OnceLock<Pattern>,
        regex: &str,
        letters: Letters,
        run_byte: fn(u8) -> bool,
        may_match: fn(&str) -> bool,
    ) -> &'static Pattern {
        cell.get_or_init(|| Pattern {
            regex: Regex::new(regex, matches!(letters, Letters::EitherCase))
                .expect("valid built-in regex"),
            run_bytes: std::array::from_fn(|b| run_byte(b as u8)),
            may_match,
        })
    }

    /// Every match in `text`, in order.
    pub(crate) fn find_all(&self, text: &str) -> Vec<Span> {
        self.search(text, usize::MAX)
    }

    /// True when `text` holds a match.
    pub(crate) fn is_match(&self, text: &str) -> bool {
        !self.search(text, 1).is_empty()
    }

    /// The first `limit` matches in `text`, in order: the regex runs only on the maximal runs
    /// of `run_byte` bytes that pass `may_match`.
    fn search(&self, text: &str, limit: usize) -> Vec<Span> {
        let mut found = Vec::new();
        // A text that fails `may_match` holds no run that passes (a draft without `@` no email
        // address), so it is not cut into runs.
        if !(self.may_match)(text) {
            return found;
        }
        let bytes = text.as_bytes();
        let is_run_byte = |b: &u8| self.run_bytes[usize::from(*b)];
        let mut at = 0;
        while let Some(skipped) = bytes[at..].iter().position(is_run_byte) {
            let start = at + skipped;
            let end = bytes[start..]
                .iter()
                .position(|b| !is_run_byte(b))
                .map_or(bytes.len(), |len| start + len);
            at = end;
            if !(self.may_match)(&text[start..end]) {
                continue;
            }
            let run = &text[start..end];
            for (piece_start, piece) in pieces(run, MAX_RUN_BYTES) {
                let (start, end) = (start + piece_start, start + piece_start + piece.len());
                // The characters either side of the piece stay in the haystack: `\b` looks at them.
                let before = text[..start].chars().next_back().map_or(0, char::len_utf8);
                let after = text[end..].chars().next().map_or(0, char::len_utf8);
                let offset = start - before;
                let haystack = &text[offset..end + after];
                for span in self.matches_in(haystack, before) {
                    debug_assert!(!span.is_empty(), "built-in patterns never match empty text");
                    found.push(Span::new(offset + span.start, offset + span.end));
                    if found.len() == limit {
                        return found;
                    }
                }
            }
        }
        found
    }
}

impl Pattern {
    /// The regex's matches in `haystack` from byte `start` on, remembered on this thread: a
    /// draft is checked again at every keystroke, and its addresses, numbers and times seldom
    /// change between two.
    fn matches_in(&self, haystack: &str, start: usize) -> Vec<Span> {
        let pattern = (std::ptr::from_ref(self) as usize, start);
        let remembered = FOUND.with(|found| {
            let found = found.borrow();
            let by_pattern = found.get(haystack)?;
            let (_, spans) = by_pattern.iter().find(|(p, _)| *p == pattern)?;
            Some(spans.clone())
        });
        if let Some(spans) = remembered {
            return spans;
        }
        let spans: Vec<Span> = self.regex.find_iter(haystack, start).collect();
        FOUND.with(|found| {
            let mut found = found.borrow_mut();
            if found.len() >= REMEMBERED_RUNS && !found.contains_key(haystack) {
                found.clear();
            }
            let by_pattern = found.entry(haystack.to_string()).or_default();
            by_pattern.push((pattern, spans.clone()));
        });
        spans
    }
}

/// How many runs [`Pattern::matches_in`] remembers before it starts again.
const REMEMBERED_RUNS: usize = 1024;

/// Which pattern searched a run, and from where: its address (every pattern lives in a static)
/// and the start of the search in the run.
type SearchOf = (usize, usize);

/// The matches found in one run of text, by the search that found them.
type FoundInRun = Vec<(SearchOf, Vec<Span>)>;

thread_local! {
    /// Matches found in runs of text on this thread, by run.
    static FOUND: RefCell<HashMap<String, FoundInRun>> = RefCell::new(HashMap::new());
}

/// Any byte: the whole text is one run (for patterns only a prefilter can speed up).
pub(crate) fn any_byte(_: u8) -> bool {
    true
}

/// Not ASCII white space, the class built-in patterns write as `[ \t\n\v\f\r]`.
pub(crate) fn not_space(b: u8) -> bool {
    !matches!(b, b'\t' | b'\n' | b'\x0B' | b'\x0C' | b'\r' | b' ')
}

/// True when `text` holds `needle`, ignoring ASCII case (`needle` is lowercase ASCII).
pub(crate) fn contains_ignoring_case(text: &str, needle: &str) -> bool {
    let Some(&first) = needle.as_bytes().first() else {
        return true;
    };
    // The first byte alone rules out nearly every place, without a call per place.
    text.as_bytes()
        .windows(needle.len())
        .any(|w| (w[0] | 0x20) == (first | 0x20) && w.eq_ignore_ascii_case(needle.as_bytes()))
}

/// Number of ASCII digits in `text`.
pub(crate) fn ascii_digits(text: &str) -> usize {
    text.bytes().filter(u8::is_ascii_digit).count()
}

#[cfg(test)]
mod tests {
    use super::*;

    static DIGIT_PAIRS: OnceLock<Pattern> = OnceLock::new();

    fn digit_pairs() -> &'static Pattern {
        Pattern::cached(
            &DIGIT_PAIRS,
            r"\b\d\d\b",
            Letters::AsWritten,
            |b| b.is_ascii_digit(),
            |run| ascii_digits(run) >= 2,
        )
    }

    #[test]
    fn finds_what_the_regex_finds_with_context_at_run_edges() {
        let text = "12 a34 56b 78\u{e9} 9 00";
        let regex = Regex::new(r"\b\d\d\b", false).unwrap();
        let expected: Vec<_> = regex.find_iter(text, 0).collect();
        assert_eq!(digit_pairs().find_all(text), expected);
        assert_eq!(expected.len(), 3, "12, 78 before a non-ASCII letter, 00");
        assert!(!digit_pairs().is_match("a12b 345"));
    }

    #[test]
    fn helpers() {
        assert!(contains_ignoring_case("Visit WWW.nhs.uk", "www."));
        assert!(!contains_ignoring_case("ww", "www."));
        assert_eq!(ascii_digits("01632 960 218"), 11);
        assert!(!not_space(b'\x0B') && not_space(b'/'));
    }
}
