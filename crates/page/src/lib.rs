//! The pure parsers for a story page's text: dates in the service's time zone, `Response from …`
//! headers, bylines, response kinds, and the word helpers they share. The wasm crate's page
//! adapter feeds them the text it finds in the DOM; what they read by ([`PageProfile`], month
//! names) is the engine's, because an organisation's config can override it.
//!
//! A crate of its own, apart from the engine, so that the wasm module compiles it for size (a page
//! is read once, not at every check) while it compiles the engine's rules for speed.
//!
//! [`PageProfile`]: replyguide_engine::page::PageProfile

pub mod dates;
pub mod headers;
pub mod kind;
pub mod words;
mod zone_rules;
pub mod zones;
