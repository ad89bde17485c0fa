//! How story pages are read: the selectors and text patterns ([`PageProfile`], data that config
//! can override) and the pure parsers for the page's text (dates in the service's time zone,
//! month names, `Response from …` headers, bylines, response kinds). The DOM itself is only
//! touched by the wasm crate's adapter, which feeds these parsers the text it finds.

pub mod dates;
pub mod headers;
pub mod kind;
pub mod months;
mod profile;
pub mod words;
mod zone_rules;
pub mod zones;

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
