//! What story pages are read by, shared with the engine: the selectors and text patterns
//! ([`PageProfile`], data that config can override), month names (which the rules also write
//! dates with), and the elements that make a paragraph of their own. The parsers of a page's text
//! are the crate `replyguide-page`, and the DOM is only touched by the wasm crate's adapter.

pub mod months;
mod profile;

pub use profile::{PageProfile, TextPatterns, Wording};

/// The elements whose text is a paragraph of its own (lowercase names): what turns a story page
/// (the wasm crate's reader) and a rich-text reply box (the extension's
/// `content/text-mapping.js`, through the generated `shared/engine-facts.js`) into text.
pub const BLOCK_ELEMENTS: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "body",
    "caption",
    "dd",
    "details",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hr",
    "html",
    "legend",
    "li",
    "main",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "summary",
    "table",
    "tbody",
    "td",
    "tfoot",
    "th",
    "thead",
    "tr",
    "ul",
];
