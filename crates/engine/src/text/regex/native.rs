//! Native regular expressions: `regex-lite`, small and without Unicode tables, which is all the
//! shared syntax needs.

use regex_lite::RegexBuilder;

use crate::Span;

/// A `regex-lite` regex.
pub(super) struct Compiled(regex_lite::Regex);

impl Compiled {
    /// Compiles `source`, ignoring case if asked (`regex-lite` folds ASCII letters only).
    pub(super) fn new(source: &str, case_insensitive: bool) -> Result<Self, String> {
        RegexBuilder::new(source)
            .case_insensitive(case_insensitive)
            .build()
            .map(Compiled)
            .map_err(|err| err.to_string())
    }

    /// Searches `haystack`.
    pub(super) fn searcher<'r, 't>(&'r self, haystack: &'t str) -> Searcher<'r, 't> {
        Searcher {
            regex: &self.0,
            haystack,
        }
    }
}

/// One haystack being searched.
pub(super) struct Searcher<'r, 't> {
    regex: &'r regex_lite::Regex,
    haystack: &'t str,
}

impl Searcher<'_, '_> {
    /// The first match starting at byte `at` or later.
    pub(super) fn find_at(&mut self, at: usize) -> Option<Span> {
        let found = self.regex.find_at(self.haystack, at)?;
        Some(Span::new(found.start(), found.end()))
    }
}
