//! The walks over many nodes, each one call into `walk.js`: crossing from wasm to the browser
//! once per node (its name, its text, its next sibling) made reading a page with 200 replies
//! several times slower than the reading itself. The JavaScript gathers raw text only; the
//! text's meaning (whitespace, lines, wording) is read here. A walk that throws gives nothing.

use std::sync::OnceLock;

use js_sys::Array;
use wasm_bindgen::prelude::*;
use web_sys::Element;

use replyguide_engine::page::BLOCK_ELEMENTS;

#[wasm_bindgen(module = "/src/page/walk.js")]
extern "C" {
    #[wasm_bindgen(js_name = matchesAny, catch)]
    fn js_matches_any(element: &Element, list: &str) -> Result<bool, JsValue>;

    /// A custom element standing apart from running text (`walk.js`).
    #[wasm_bindgen(js_name = isCustomBlock)]
    pub fn is_custom_block(element: &Element, name: &str) -> bool;

    #[wasm_bindgen(js_name = blockLines, catch)]
    fn js_block_lines(
        root: &Element,
        skipped: &str,
        unread: &str,
        blocks: &str,
        max_chars: u32,
        line_break: char,
        separator: char,
    ) -> Result<Array, JsValue>;

    #[wasm_bindgen(js_name = blockText, catch)]
    fn js_block_text(
        root: &Element,
        excluded: &str,
        left_out: &Array,
        blocks: &str,
        paragraph: char,
        line_break: char,
    ) -> Result<String, JsValue>;
}

/// Stands for a `<br>` in gathered text: the HTML parser turns every carriage return of a page
/// into a line feed, so none is left in its text.
pub const LINE_BREAK: char = '\r';
/// Stands for the start or end of a block element in gathered text, and separates texts: the
/// HTML parser drops every NUL from a page's text.
pub const PARAGRAPH: char = '\0';

/// `element` matches at least one of `selectors` (one query for the list, each selector on its
/// own when the browser rejects the list).
pub fn matches_any(element: &Element, selectors: &[String]) -> bool {
    !selectors.is_empty() && js_matches_any(element, &selector_list(selectors)).unwrap_or(false)
}

/// Each block element under `root` (and `root`) that has inline text before its first nested
/// block, in page order, with that text (at most about `max_chars`; `<br>` as [`LINE_BREAK`]).
/// Elements named in `unread` and those matching `skipped` are passed over with all they hold.
pub fn block_lines(
    root: &Element,
    skipped: &[String],
    unread: &[&str],
    max_chars: usize,
) -> Vec<(Element, String)> {
    let Ok(found) = js_block_lines(
        root,
        &selector_list(skipped),
        wasm_bindgen::intern(&unread.join(" ")),
        block_names(),
        u32::try_from(max_chars).unwrap_or(u32::MAX),
        LINE_BREAK,
        PARAGRAPH,
    ) else {
        return Vec::new();
    };
    let elements = Array::from(&found.get(0));
    let texts = found.get(1).as_string().unwrap_or_default();
    elements
        .iter()
        .filter_map(|e| e.dyn_into::<Element>().ok())
        .zip(texts.split(PARAGRAPH).map(str::to_string))
        .collect()
}

/// The raw text of `root` without the elements matching `excluded` and those `left_out`: `<br>`
/// as [`LINE_BREAK`], [`PARAGRAPH`] before and after each block element.
pub fn block_text(root: &Element, excluded: &[String], left_out: &[Element]) -> String {
    js_block_text(
        root,
        &selector_list(excluded),
        &left_out.iter().collect(),
        block_names(),
        PARAGRAPH,
        LINE_BREAK,
    )
    .unwrap_or_default()
}

/// The selectors as `walk.js` takes a list: separated by NUL (which no selector holds), interned,
/// as the same few lists cross for every element read.
fn selector_list(selectors: &[String]) -> String {
    let list = selectors.join("\0");
    wasm_bindgen::intern(&list);
    list
}

/// The block elements' names, separated by spaces.
fn block_names() -> &'static str {
    static NAMES: OnceLock<String> = OnceLock::new();
    wasm_bindgen::intern(NAMES.get_or_init(|| BLOCK_ELEMENTS.join(" ")))
}
