//! Regular expressions in WebAssembly: the browser's own `RegExp`, so the module carries no regex
//! engine. The `u` flag makes the syntax as strict as `regex-lite`'s and keeps a match from
//! splitting a surrogate pair; `g` makes a search start at `lastIndex`. The text crosses into
//! JavaScript once per search and UTF-16 offsets are turned into byte offsets by walking it
//! forward once.

use js_sys::JsString;
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::JsValue;

use super::utf16_cursor::Utf16Cursor;
use crate::Span;

#[wasm_bindgen]
extern "C" {
    /// A JavaScript `RegExp`.
    #[wasm_bindgen(js_name = RegExp)]
    type JsRegExp;

    /// `new RegExp(source, flags)`, or the `SyntaxError` it throws.
    #[wasm_bindgen(constructor, js_class = "RegExp", catch)]
    fn new(source: &str, flags: &str) -> Result<JsRegExp, JsValue>;

    /// Where the next search starts, in UTF-16 code units; after a match, where it ended.
    #[wasm_bindgen(method, getter = lastIndex)]
    fn last_index(this: &JsRegExp) -> u32;

    #[wasm_bindgen(method, setter = lastIndex)]
    fn set_last_index(this: &JsRegExp, index: u32);

    /// The first match at `lastIndex` or later, or `null`.
    #[wasm_bindgen(method)]
    fn exec(this: &JsRegExp, text: &JsString) -> Option<RegExpMatch>;

    /// What `exec` returns for a match.
    type RegExpMatch;

    /// Where the match starts, in UTF-16 code units.
    #[wasm_bindgen(method, getter)]
    fn index(this: &RegExpMatch) -> u32;
}

/// A checked pattern. It keeps the source rather than the `RegExp`: a JavaScript object cannot be
/// shared between threads, and the rules holding patterns must be (the CLI checks in parallel).
/// Each search builds its `RegExp` again, which the browser answers from its cache of compiled
/// expressions.
pub(super) struct Compiled {
    source: String,
    flags: &'static str,
}

impl Compiled {
    /// Checks `source` with the browser's parser, ignoring case if asked (Unicode case folding).
    pub(super) fn new(source: &str, case_insensitive: bool) -> Result<Self, String> {
        let flags = if case_insensitive { "giu" } else { "gu" };
        JsRegExp::new(source, flags)
            .map_err(|err| String::from(js_sys::Error::from(err).message()))?;
        Ok(Self {
            source: source.to_owned(),
            flags,
        })
    }

    /// Searches `haystack`: one `RegExp` and one JavaScript copy of the text for the whole search.
    pub(super) fn searcher<'t>(&self, haystack: &'t str) -> Searcher<'t> {
        Searcher {
            regex: JsRegExp::new(&self.source, self.flags).expect("compiled before"),
            text: JsString::from(haystack),
            cursor: Utf16Cursor::new(haystack),
        }
    }
}

/// One haystack being searched.
pub(super) struct Searcher<'t> {
    regex: JsRegExp,
    text: JsString,
    cursor: Utf16Cursor<'t>,
}

impl Searcher<'_> {
    /// The first match starting at byte `at` or later (`at` never goes back).
    pub(super) fn find_at(&mut self, at: usize) -> Option<Span> {
        self.regex
            .set_last_index(self.cursor.unit_at_byte(at) as u32);
        let found = self.regex.exec(&self.text)?;
        let start = self.cursor.byte_at_unit(found.index() as usize);
        let end = self.cursor.byte_at_unit(self.regex.last_index() as usize);
        Some(Span::new(start, end))
    }
}
