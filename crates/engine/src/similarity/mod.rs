//! Near-duplicate search: an index picks candidates, strsim confirms them.
//!
//! Texts are cut into normalised words (as [`crate::text::Document`] does), hashed
//! deterministically, and cut again into word shingles. A one-permutation MinHash signature of the
//! shingles is split into LSH bands; texts sharing a band key become candidates
//! ([`Shape`] says how texts are cut). Only the few candidates sharing the most bands are compared
//! word by word with `strsim::generic_levenshtein`, so a check costs about the same against 1,000
//! or 100,000 earlier replies.
//!
//! - [`HistoryIndex`]: the responder's earlier replies (`repeated-response`).
//! - [`SentenceIndex`]: the sentences of the responses on the page or of boilerplate paragraphs
//!   (`adds-to-conversation`, `paste-not-link`).
//! - [`NearDuplicateIndex`]: the general index both are built on.

mod buckets;
mod fingerprint;
mod hashing;
mod history;
mod near_duplicate;
mod sentences;

pub use fingerprint::{Fingerprint, Shape};
pub(crate) use hashing::Prehashed;
pub use hashing::{hash_word, word_hashes};
pub use history::{EarlierReply, HistoryIndex};
pub use near_duplicate::{Match, NearDuplicateIndex};
pub use sentences::{SentenceIndex, SentenceMatch};
