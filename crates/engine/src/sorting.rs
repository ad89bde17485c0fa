//! The engine's one sort: [`replyguide_similarity::sorted_by`], shared with the near-duplicate
//! index so the wasm holds a single copy.

pub(crate) use replyguide_similarity::sorted_by;
