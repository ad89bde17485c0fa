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

pub use profile::{Markers, PageProfile, TextPatterns, Wording};
