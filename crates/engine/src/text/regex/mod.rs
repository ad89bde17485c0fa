//! Regular expressions, the one place that names a regex engine.
//!
//! Natively (the CLI, `make dist`) this is `regex-lite`. In WebAssembly it is the browser's own
//! `RegExp`, which costs the module nothing: `regex-lite`'s parser, matcher and tables were about
//! 49 KB of it. Both take the syntax JavaScript's `u` mode and Rust's regex share: no lookaround,
//! no backreferences, no inline flags. Spans are UTF-8 byte offsets either way.

#[cfg(target_arch = "wasm32")]
mod browser;
#[cfg(not(target_arch = "wasm32"))]
mod native;
#[cfg(any(target_arch = "wasm32", test))]
mod utf16_cursor;

#[cfg(target_arch = "wasm32")]
use browser::Compiled;
#[cfg(not(target_arch = "wasm32"))]
use native::Compiled;

use crate::Span;

/// A compiled regular expression.
pub(crate) struct Regex {
    compiled: Compiled,
}

impl Regex {
    /// Compiles `source`; the error is a readable message saying what is wrong with it.
    pub(crate) fn new(source: &str, case_insensitive: bool) -> Result<Regex, String> {
        Compiled::new(source, case_insensitive).map(|compiled| Regex { compiled })
    }

    /// Every match in `haystack`, in order.
    pub(crate) fn find_all(&self, haystack: &str) -> Vec<Span> {
        self.find_iter(haystack, 0).collect()
    }

    /// The matches starting at byte `start` of `haystack` or later, in order: each search starts
    /// where the last match ended, or one character further after an empty match. The text
    /// before `start` is still seen by `\b`.
    pub(crate) fn find_iter<'t>(
        &self,
        haystack: &'t str,
        start: usize,
    ) -> impl Iterator<Item = Span> + use<'t, '_> {
        let mut searcher = self.compiled.searcher(haystack);
        let mut next = Some(start);
        std::iter::from_fn(move || {
            let found = searcher.find_at(next?);
            next = found.and_then(|span| match span.is_empty() {
                false => Some(span.end),
                true => haystack[span.end..]
                    .chars()
                    .next()
                    .map(|c| span.end + c.len_utf8()),
            });
            found
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts<'t>(regex: &Regex, haystack: &'t str) -> Vec<&'t str> {
        regex
            .find_all(haystack)
            .iter()
            .map(|span| span.text(haystack))
            .collect()
    }

    #[test]
    fn finds_every_match_in_byte_offsets() {
        let regex = Regex::new(r"\bpals?\b", true).unwrap();
        let haystack = "“Café” PALS, pal, Pals’ apals";
        assert_eq!(texts(&regex, haystack), ["PALS", "pal", "Pals"]);
        let case_sensitive = Regex::new(r"\bpals?\b", false).unwrap();
        assert_eq!(texts(&case_sensitive, haystack), ["pal"]);
    }

    #[test]
    fn moves_past_empty_matches_without_splitting_characters() {
        let regex = Regex::new(r"x*", false).unwrap();
        let haystack = "éxx😀x";
        let spans: Vec<_> = regex.find_all(haystack);
        let starts: Vec<_> = spans.iter().map(|s| s.start).collect();
        assert_eq!(starts, [0, 2, 4, 8, 9]);
        assert_eq!(texts(&regex, haystack), ["", "xx", "", "x", ""]);
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
}
