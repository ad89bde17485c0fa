//! Text analysis shared by the rules: words and sentences with byte spans, and phrase matching.

pub mod agreement;
mod by_sentence;
mod cues;
mod frames;
mod hosts;
mod language;
pub(crate) mod pattern;
#[cfg(test)]
mod pattern_cases;
mod phrases;
mod possessive;
pub(crate) mod regex;
mod sign_off;
mod signals;
mod stem;
mod word_set;

pub use by_sentence::merge_by_sentence;
pub use cues::{cued_before, cued_in_clause};
pub use frames::{Frame, FrameMatch};
pub use hosts::url_host;
pub use language::{is_function_word, not_english};
pub use phrases::{PhraseMatch, PhraseSet};
pub use possessive::{trim_end_str, with_possessives};
pub use sign_off::sign_off;
pub use signals::{emails, phone_numbers, urls};
pub use stem::stem;
pub use word_set::WordSet;

use std::ops::Range;
use std::sync::OnceLock;

use crate::similarity::hash_word;
use crate::Span;
use replyguide_phrase_index::{TextIndex, WordKey};
pub use replyguide_similarity::{fold_case, fold_text};
use replyguide_similarity::{normalize_char, word_ranges};

/// A word of the text: its span and its normalised form (lowercase, curly apostrophes straightened).
#[derive(Debug, Clone)]
pub struct Word {
    /// Where the word is in the text (bytes).
    pub span: Span,
    /// Lowercase form with `’`/`‘` turned into `'`.
    pub norm: String,
    /// The [`stem`] of `norm`, found when first asked for: phrase lists match many words by
    /// their form (`criticise~`), and several lists look at the same word.
    stem: OnceLock<String>,
}

impl Word {
    /// The Snowball [`stem`] of the word's `norm`.
    pub fn stem(&self) -> &str {
        self.stem.get_or_init(|| stem(&self.norm).into_owned())
    }
}

impl PartialEq for Word {
    fn eq(&self, other: &Self) -> bool {
        self.span == other.span && self.norm == other.norm
    }
}

impl Eq for Word {}

/// A sentence (or a line without end punctuation): its span and the words it holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    /// Where the sentence is in the text (bytes), trimmed of surrounding white space.
    pub span: Span,
    /// Indices into [`Document::words`].
    pub words: Range<usize>,
}

/// A text analysed once, for every rule to read.
#[derive(Debug, Clone, Default)]
pub struct Document {
    text: String,
    words: Vec<Word>,
    /// [`hash_word`] of each word's `norm`, computed once for phrase and near-duplicate lookups.
    word_hashes: Vec<u64>,
    /// Each word's key for phrase matching, computed once for every [`PhraseSet`].
    word_keys: Vec<WordKey>,
    sentences: Vec<Sentence>,
    /// The words by hash and first bytes, built when a phrase list first looks in the text.
    phrase_starts: OnceLock<TextIndex>,
    /// What every phrase list compiled on the thread matched in the text, found when a list
    /// first looks in it.
    phrase_hits: OnceLock<phrases::Hits>,
    /// The web addresses, email addresses and phone numbers in the text, found when a rule
    /// first asks: several rules read them on every check.
    contacts: OnceLock<Contacts>,
}

/// The concrete ways of getting in touch written in a text.
#[derive(Debug, Clone, Default)]
struct Contacts {
    urls: Vec<Span>,
    emails: Vec<Span>,
    phone_numbers: Vec<Span>,
}

impl Document {
    /// Analyses `text`.
    pub fn new(text: &str) -> Self {
        let words = tokenize(text);
        let mut word_hashes = Vec::with_capacity(words.len());
        for word in &words {
            word_hashes.push(hash_word(&word.norm));
        }
        let word_keys = words
            .iter()
            .zip(&word_hashes)
            .map(|(word, &hash)| WordKey::new(&word.norm, hash))
            .collect();
        let sentences = split_sentences(text, &words);
        Self {
            text: text.to_string(),
            words,
            word_hashes,
            word_keys,
            sentences,
            phrase_starts: OnceLock::new(),
            phrase_hits: OnceLock::new(),
            contacts: OnceLock::new(),
        }
    }

    fn contacts(&self) -> &Contacts {
        self.contacts.get_or_init(|| Contacts {
            urls: urls(&self.text),
            emails: emails(&self.text),
            phone_numbers: phone_numbers(&self.text),
        })
    }

    /// The web addresses in the text ([`urls`]), in order.
    pub fn urls(&self) -> &[Span] {
        &self.contacts().urls
    }

    /// The email addresses in the text ([`emails`]), in order.
    pub fn emails(&self) -> &[Span] {
        &self.contacts().emails
    }

    /// The phone numbers in the text ([`phone_numbers`]), in order.
    pub fn phone_numbers(&self) -> &[Span] {
        &self.contacts().phone_numbers
    }

    /// The text as given.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// Every word, in order.
    pub fn words(&self) -> &[Word] {
        &self.words
    }

    /// [`hash_word`] of every word's `norm`, in order.
    pub fn word_hashes(&self) -> &[u64] {
        &self.word_hashes
    }

    /// Every sentence, in order.
    pub fn sentences(&self) -> &[Sentence] {
        &self.sentences
    }

    /// The words of one sentence.
    pub fn sentence_words(&self, sentence: &Sentence) -> &[Word] {
        &self.words[sentence.words.clone()]
    }

    /// [`hash_word`] of the words of one sentence.
    pub fn sentence_word_hashes(&self, sentence: &Sentence) -> &[u64] {
        &self.word_hashes[sentence.words.clone()]
    }

    /// The phrase-matching keys of every word, in order.
    pub(crate) fn word_keys(&self) -> &[WordKey] {
        &self.word_keys
    }

    /// The words by hash and first bytes, for phrase lists to look their first words up in.
    pub(crate) fn phrase_starts(&self) -> &TextIndex {
        self.phrase_starts
            .get_or_init(|| TextIndex::new(&self.word_hashes, &self.word_keys))
    }

    /// What the phrase lists match in the text, found by `read` when first asked for.
    pub(crate) fn phrase_hits(&self, read: impl FnOnce() -> phrases::Hits) -> &phrases::Hits {
        self.phrase_hits.get_or_init(read)
    }

    /// The index of the sentence holding `span` (or where it starts), if any.
    pub fn sentence_at(&self, span: Span) -> Option<usize> {
        let at = self.sentences.partition_point(|s| s.span.end <= span.start);
        (at < self.sentences.len() && self.sentences[at].span.start <= span.start).then_some(at)
    }

    /// True when the text has no words at all.
    pub fn is_blank(&self) -> bool {
        self.words.is_empty()
    }
}

/// Lowercases a word (see [`fold_case`]) and straightens curly apostrophes.
pub fn normalize_word(word: &str) -> String {
    if word.is_ascii() {
        return word.to_ascii_lowercase();
    }
    let mut normalized = String::with_capacity(word.len());
    normalize_word_into(word, &mut normalized);
    normalized
}

/// Appends `word` to `out` as [`normalize_word`] gives it.
fn normalize_word_into(word: &str, out: &mut String) {
    if word.is_ascii() {
        let start = out.len();
        out.push_str(word);
        out[start..].make_ascii_lowercase();
    } else {
        out.extend(word.chars().map(normalize_char));
    }
}

/// Each of `words` case-folded with [`fold_text`], in order.
pub fn fold_each(words: &[String]) -> Vec<String> {
    let mut folded = Vec::with_capacity(words.len());
    for word in words {
        folded.push(fold_text(word));
    }
    folded
}

/// Splits text into words: runs of letters and digits, with apostrophes inside a word kept
/// (`don't`, `I’m`).
fn tokenize(text: &str) -> Vec<Word> {
    (word_ranges(text).into_iter())
        .map(|word| make_word(text, word.start, word.end))
        .collect()
}

fn make_word(text: &str, start: usize, end: usize) -> Word {
    Word {
        span: Span::new(start, end),
        norm: normalize_word(&text[start..end]),
        stem: OnceLock::new(),
    }
}

/// Splits at `.`, `!`, `?` followed by white space, and at line breaks.
fn split_sentences(text: &str, words: &[Word]) -> Vec<Sentence> {
    let mut bounds = Vec::new();
    let mut start = 0;
    let bytes = text.as_bytes();
    // Bytes, not characters: every byte of a character of more than one is 0x80 or above.
    for (i, &b) in bytes.iter().enumerate() {
        let ends = match b {
            b'\n' => true,
            b'.' | b'!' | b'?' => bytes.get(i + 1).is_none_or(u8::is_ascii_whitespace),
            _ => false,
        };
        if ends {
            bounds.push(Span::new(start, i + 1));
            start = i + 1;
        }
    }
    bounds.push(Span::new(start, text.len()));

    let mut sentences = Vec::new();
    let mut w = 0;
    for bound in bounds {
        let first = w;
        while w < words.len() && words[w].span.end <= bound.end {
            w += 1;
        }
        if first == w {
            continue;
        }
        let trimmed_end = text[..bound.end]
            .trim_end()
            .len()
            .max(words[w - 1].span.end);
        sentences.push(Sentence {
            span: Span::new(words[first].span.start, trimmed_end),
            words: first..w,
        });
    }
    sentences
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_keep_inner_apostrophes() {
        let doc = Document::new("I’m sure you don't mind — 'quoted'.");
        let norms: Vec<_> = doc.words().iter().map(|w| w.norm.as_str()).collect();
        assert_eq!(norms, ["i'm", "sure", "you", "don't", "mind", "quoted"]);
    }

    #[test]
    fn sentences_split_on_punctuation_and_lines() {
        let doc = Document::new("Dear Sam,\nThank you. It was 3.5 hours! Really?");
        let texts: Vec<_> = doc
            .sentences()
            .iter()
            .map(|s| s.span.text(doc.text()))
            .collect();
        assert_eq!(
            texts,
            ["Dear Sam,", "Thank you.", "It was 3.5 hours!", "Really?"]
        );
    }

    #[test]
    fn spans_are_byte_exact_with_accents() {
        let doc = Document::new("café naïve");
        assert_eq!(doc.words()[1].span.text(doc.text()), "naïve");
    }
}
