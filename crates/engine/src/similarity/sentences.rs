//! Sentence-level near-duplicate search over a few source texts (the responses on the page, the
//! organisation's boilerplate paragraphs): which of a draft's sentences restate one of theirs.

use super::{Fingerprint, NearDuplicateIndex, Shape};
use crate::text::{Document, Sentence};

/// The sentences of some source texts, indexed.
#[derive(Debug, Clone)]
pub struct SentenceIndex {
    index: NearDuplicateIndex,
    /// Per indexed sentence: which source it came from and how many words it has.
    sentences: Vec<SourceSentence>,
    /// Words in each source.
    source_words: Vec<usize>,
}

#[derive(Debug, Clone, Copy)]
struct SourceSentence {
    source: usize,
    words: usize,
}

/// A draft sentence that restates a source sentence.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct SentenceMatch {
    /// The draft sentence: its index in [`Document::sentences`].
    pub draft_sentence: usize,
    /// The source it restates: its index in the list given to [`SentenceIndex::new`].
    pub source: usize,
    /// The source sentence it restates, counted over all sources' sentences in order.
    pub source_sentence: usize,
    /// Words in that source sentence.
    pub source_sentence_words: usize,
    /// From 0 to 1 (word-level Levenshtein similarity).
    pub similarity: f64,
}

impl SentenceIndex {
    /// Indexes every sentence of `sources`.
    pub fn new<S: AsRef<str>>(sources: &[S]) -> Self {
        let mut index = NearDuplicateIndex::new(Shape::SENTENCES);
        let mut sentences = Vec::new();
        let mut source_words = Vec::new();
        for (source, text) in sources.iter().enumerate() {
            let doc = Document::new(text.as_ref());
            for sentence in doc.sentences() {
                index.add(&sentence_fingerprint(&doc, sentence));
                sentences.push(SourceSentence {
                    source,
                    words: sentence.words.len(),
                });
            }
            source_words.push(doc.words().len());
        }
        Self {
            index,
            sentences,
            source_words,
        }
    }

    /// Words in source `source`.
    pub fn source_words(&self, source: usize) -> usize {
        self.source_words.get(source).copied().unwrap_or(0)
    }

    /// For each sentence of `draft` that is at least `min_similarity` similar to a source
    /// sentence, its best match (ties: the earliest source sentence), in draft order.
    pub fn best_matches(&self, draft: &Document, min_similarity: f64) -> Vec<SentenceMatch> {
        if self.index.is_empty() {
            return Vec::new();
        }
        let mut found = Vec::new();
        for (draft_sentence, sentence) in draft.sentences().iter().enumerate() {
            let fingerprint = sentence_fingerprint(draft, sentence);
            let Some(best) = self.index.best_match(&fingerprint, min_similarity) else {
                continue;
            };
            let source = self.sentences[best.id];
            found.push(SentenceMatch {
                draft_sentence,
                source: source.source,
                source_sentence: best.id,
                source_sentence_words: source.words,
                similarity: best.similarity,
            });
        }
        found
    }
}

fn sentence_fingerprint(doc: &Document, sentence: &Sentence) -> Fingerprint {
    Fingerprint::new(
        doc.sentence_word_hashes(sentence).to_vec(),
        Shape::SENTENCES,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_restated_sentences_with_small_edits() {
        let index = SentenceIndex::new(&[
            "Dear Sam, thank you for your story. You can call PALS on 01632 960218 to raise this.",
            "Our advocacy service can help you make a complaint.",
        ]);
        let draft = Document::new(
            "Hello. You can call the PALS team on 01632 960218 to raise this. We visit the ward monthly.",
        );
        let found = index.best_matches(&draft, 0.7);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!((found[0].draft_sentence, found[0].source), (1, 0));
        assert_eq!(found[0].source_sentence_words, 10);
        assert_eq!(index.source_words(1), 9);
    }

    #[test]
    fn nothing_indexed_matches_nothing() {
        let index = SentenceIndex::new::<&str>(&[]);
        assert!(index
            .best_matches(&Document::new("Anything."), 0.1)
            .is_empty());
    }
}
