//! Near-duplicate search over texts cut into normalised words: an index picks candidates, strsim
//! confirms them.
//!
//! Words are hashed deterministically ([`word_hashes`]) and cut into shingles. A one-permutation
//! MinHash signature of the shingles is split into LSH bands; texts sharing a band key become
//! candidates ([`Shape`] says how texts are cut). Only the few candidates sharing the most bands
//! are compared, on a sample of their words or word pairs ([`Measure`]), and a band looks at a
//! bounded number of texts, so a query costs about the same against 1,000 or 100,000 indexed
//! texts, however often one template was indexed.
//!
//! Words are compared after [`normalize_char`]: case folded by a function of its own
//! ([`fold_case`], faster than `char::to_lowercase` on the words the index hashes). The engine
//! normalises its words with the same functions, so hashes agree.
//!
//! The engine (`replyguide-engine`) builds its reply-history and sentence indexes on this crate.
//! It is a crate of its own so that the wasm build can compile it for speed (indexing 100,000
//! earlier replies) while everything else is compiled for size (see the workspace Cargo.toml).

mod buckets;
mod fingerprint;
mod hashing;
mod near_duplicate;
mod normalize;
mod sample;
mod sorting;

pub use fingerprint::{Fingerprint, Shape};
pub use hashing::{hash_word, word_hashes, word_ranges, Prehashed};
pub use near_duplicate::{Match, NearDuplicateIndex};
pub use normalize::{fold_case, fold_text, is_apostrophe, normalize_char};
pub use sample::Measure;
