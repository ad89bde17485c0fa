//! Near-duplicate search for the engine, built on the `replyguide-similarity` crate (an index
//! picks candidates over word hashes, strsim confirms them).
//!
//! - [`HistoryIndex`]: the responder's earlier replies (`repeated-response`).
//! - [`SentenceIndex`]: the sentences of the responses on the page or of boilerplate paragraphs
//!   (`adds-to-conversation`, `paste-not-link`).
//! - [`NearDuplicateIndex`]: the general index both are built on.

mod history;
mod sentences;

pub use history::{EarlierReply, HistoryIndex};
pub use replyguide_similarity::{
    hash_word, word_hashes, Fingerprint, Match, NearDuplicateIndex, Prehashed, Shape,
};
pub use sentences::{SentenceIndex, SentenceMatch};

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Document;

    #[test]
    fn one_pass_hashes_equal_document_word_hashes() {
        for text in [
            "I’m sure you DON'T mind — 'quoted'. Café naïve résumé.",
            "Dear Ms O‘Brien,\n\nCall 01632 960218 😀 (9am–5pm) isn't it?",
            "ÀÉÎ straße İstanbul ǅ 3.5 hours; rock'n'roll ''",
        ] {
            let doc = Document::new(text);
            let expected: Vec<u64> = doc.words().iter().map(|w| hash_word(&w.norm)).collect();
            assert_eq!(word_hashes(text), expected, "{text}");
        }
    }
}
