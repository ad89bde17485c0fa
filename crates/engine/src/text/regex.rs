//! Regular expressions: `regex-lite` for built-in and custom patterns alike, natively and in
//! WebAssembly. Its searches take time linear in the text searched (no backtracking), so no
//! pattern can freeze a check; [`CustomPattern`] also bounds the pattern and the text it sees.
//! Spans are UTF-8 byte offsets. Case-insensitive matching folds ASCII letters only.

use regex_lite::RegexBuilder;

use crate::Span;

/// A compiled regular expression.
pub(crate) struct Regex(regex_lite::Regex);

impl Regex {
    /// Compiles `source`; the error is a readable message saying what is wrong with it.
    pub(crate) fn new(source: &str, case_insensitive: bool) -> Result<Regex, String> {
        RegexBuilder::new(source)
            .case_insensitive(case_insensitive)
            .build()
            .map(Regex)
            .map_err(|err| err.to_string())
    }

    /// The matches starting at byte `start` of `haystack` or later, in order. The text before
    /// `start` is still seen by `\b`.
    pub(crate) fn find_iter<'t>(
        &self,
        haystack: &'t str,
        start: usize,
    ) -> impl Iterator<Item = Span> + use<'t, '_> {
        let mut next = Some(start);
        std::iter::from_fn(move || {
            let found = self.0.find_at(haystack, next?)?;
            // After an empty match the next search starts one character further.
            next = match found.is_empty() {
                false => Some(found.end()),
                true => haystack[found.end()..]
                    .chars()
                    .next()
                    .map(|c| found.end() + c.len_utf8()),
            };
            Some(Span::new(found.start(), found.end()))
        })
    }
}

/// Longest custom pattern accepted, in characters: a phrase rule needs far less.
pub(crate) const MAX_PATTERN_CHARS: usize = 300;

/// Largest compiled custom pattern, in bytes of `regex-lite`'s program: a short pattern can still
/// repeat itself into a large one (`(a{100}){100}`), and a search costs time in proportion to it.
const MAX_COMPILED_BYTES: usize = 64 * 1024;

/// Longest run of text a custom pattern is applied to at once, in bytes.
pub(crate) const MAX_RUN_BYTES: usize = 1_000;

/// An organisation's pattern (`custom_rules[].patterns`), matched without regard to ASCII case
/// one line of the draft at a time, a long line in pieces of at most [`MAX_RUN_BYTES`]: together
/// with the bound on the pattern's size, a check of any draft takes time in proportion to its
/// length, whatever the pattern.
pub(crate) struct CustomPattern(Regex);

impl CustomPattern {
    /// Compiles `source`, or says why it is refused.
    pub(crate) fn new(source: &str) -> Result<Self, String> {
        let chars = source.chars().count();
        if chars > MAX_PATTERN_CHARS {
            return Err(format!(
                "expected a pattern of at most {MAX_PATTERN_CHARS} characters, got {chars}"
            ));
        }
        RegexBuilder::new(source)
            .case_insensitive(true)
            .size_limit(MAX_COMPILED_BYTES)
            .build()
            .map(|regex| CustomPattern(Regex(regex)))
            .map_err(|err| err.to_string())
    }

    /// Every match in `text`, in order; a match never crosses a line end or a piece boundary.
    pub(crate) fn find_all(&self, text: &str) -> Vec<Span> {
        runs(text, MAX_RUN_BYTES)
            .flat_map(|(offset, run)| {
                self.0
                    .find_iter(run, 0)
                    .map(move |span| Span::new(offset + span.start, offset + span.end))
            })
            .collect()
    }
}

/// The lines of `text` (without their `\n`) with their byte offsets, a line longer than `max` bytes cut into pieces of
/// at most `max` bytes: after its last white space when it has one, else on a character boundary.
fn runs(text: &str, max: usize) -> impl Iterator<Item = (usize, &str)> {
    let mut offset = 0;
    text.split('\n').flat_map(move |line| {
        let start = offset;
        offset += line.len() + 1;
        pieces(line, max).map(move |(at, piece)| (start + at, piece))
    })
}

/// `line` in pieces of at most `max` bytes, each ending after its last white space when it has
/// one, else on a character boundary, with their offsets in `line`.
pub(crate) fn pieces(line: &str, max: usize) -> impl Iterator<Item = (usize, &str)> {
    let mut at = 0;
    std::iter::from_fn(move || {
        let rest = &line[at..];
        if rest.is_empty() {
            return None;
        }
        let mut end = rest.len().min(max);
        if end < rest.len() {
            while !rest.is_char_boundary(end) {
                end -= 1;
            }
            if let Some(space) = rest[..end].rfind(char::is_whitespace) {
                end = space + rest[space..].chars().next().map_or(1, char::len_utf8);
            }
            if end == 0 {
                // A single character longer than `max`: only when `max` is under 4 bytes.
                end = rest.chars().next().map_or(rest.len(), char::len_utf8);
            }
        }
        let piece = (at, &rest[..end]);
        at += end;
        Some(piece)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn find_all(regex: &Regex, haystack: &str) -> Vec<Span> {
        regex.find_iter(haystack, 0).collect()
    }

    fn texts<'t>(spans: &[Span], haystack: &'t str) -> Vec<&'t str> {
        spans.iter().map(|span| span.text(haystack)).collect()
    }

    #[test]
    fn finds_every_match_in_byte_offsets() {
        let regex = Regex::new(r"\bpals?\b", true).unwrap();
        let haystack = "“Café” PALS, pal, Pals’ apals";
        assert_eq!(
            texts(&find_all(&regex, haystack), haystack),
            ["PALS", "pal", "Pals"]
        );
        let case_sensitive = Regex::new(r"\bpals?\b", false).unwrap();
        assert_eq!(
            texts(&find_all(&case_sensitive, haystack), haystack),
            ["pal"]
        );
    }

    #[test]
    fn moves_past_empty_matches_without_splitting_characters() {
        let regex = Regex::new(r"x*", false).unwrap();
        let haystack = "éxx😀x";
        let spans = find_all(&regex, haystack);
        let starts: Vec<_> = spans.iter().map(|s| s.start).collect();
        assert_eq!(starts, [0, 2, 4, 8, 9]);
        assert_eq!(texts(&spans, haystack), ["", "xx", "", "x", ""]);
    }

    #[test]
    fn searches_from_an_offset_with_the_text_before_it_in_view() {
        let regex = Regex::new(r"\b\d\d\b", false).unwrap();
        let found: Vec<_> = regex.find_iter("a12 34", 1).collect();
        assert_eq!(found, [Span::new(4, 6)]);
    }

    #[test]
    fn a_bad_pattern_is_refused_with_a_message() {
        let message = Regex::new("(unclosed", true).err().unwrap();
        assert!(!message.is_empty());
    }

    #[test]
    fn custom_patterns_are_bounded_in_length_and_compiled_size() {
        let long = "a".repeat(MAX_PATTERN_CHARS + 1);
        assert_eq!(
            CustomPattern::new(&long).err().unwrap(),
            "expected a pattern of at most 300 characters, got 301"
        );
        assert!(CustomPattern::new("(?:a{100}){100}").is_err());
        assert!(CustomPattern::new(&"a".repeat(MAX_PATTERN_CHARS)).is_ok());
    }

    #[test]
    fn custom_patterns_match_within_lines_in_any_case() {
        let pattern = CustomPattern::new(r"\bpals?\b|end$").unwrap();
        let text = "Café PALS\nthe end\npal end.";
        assert_eq!(texts(&pattern.find_all(text), text), ["PALS", "end", "pal"]);
    }

    #[test]
    fn long_lines_are_cut_after_white_space_or_on_character_boundaries() {
        let text = "ab cd éé\nxyz";
        let cut: Vec<_> = runs(text, 4).collect();
        assert_eq!(cut, [(0, "ab "), (3, "cd "), (6, "éé"), (11, "xyz")]);
    }
}
