//! Deterministic hashing of normalised words and word sequences: fixed constants, no random
//! seeds, the same results natively and in WebAssembly.

use std::hash::{BuildHasherDefault, Hasher};
use std::ops::Range;

use crate::normalize::{is_apostrophe, normalize_char};

/// Starting state of every hash.
const SEED: u64 = 0x243F_6A88_85A3_08D3;

/// Mixes `value` into `state` (FxHash's step: cheap and good enough before [`finish`]).
pub(super) fn combine(state: u64, value: u64) -> u64 {
    (state.rotate_left(5) ^ value).wrapping_mul(0x517C_C1B7_2722_0A95)
}

/// Spreads the bits of `x` over all 64 (SplitMix64's finaliser).
pub(super) fn finish(mut x: u64) -> u64 {
    x ^= x >> 30;
    x = x.wrapping_mul(0xBF58_476D_1CE4_E5B9);
    x ^= x >> 27;
    x = x.wrapping_mul(0x94D0_49BB_1331_11EB);
    x ^ (x >> 31)
}

/// Hash of a sequence of hashes (a shingle, an LSH band).
pub(super) fn hash_sequence(start: u64, items: impl IntoIterator<Item = u64>) -> u64 {
    finish(items.into_iter().fold(combine(SEED, start), combine))
}

/// Hash of one normalised word (a `text::Word::norm` of the engine).
pub fn hash_word(norm: &str) -> u64 {
    let mut word = WordHasher::default();
    norm.chars().for_each(|c| word.push(c));
    word.finish()
}

/// Hashes of the words of `text`, equal to [`hash_word`] of each word the engine's `text::Document` finds,
/// computed in one pass without building the words (history is indexed in bulk).
pub fn word_hashes(text: &str) -> Vec<u64> {
    let mut hashes = Vec::with_capacity(text.len() / 5);
    let mut word: Option<WordHasher> = None;
    let bytes = text.as_bytes();
    let mut at = 0;
    while let Some(&byte) = bytes.get(at) {
        // A run of ASCII letters and digits (most of a reply) needs no Unicode tests or folding:
        // it is found first, then hashed in one go.
        if byte.is_ascii_alphanumeric() {
            let rest = &bytes[at..];
            let run = rest
                .iter()
                .position(|byte| !byte.is_ascii_alphanumeric())
                .unwrap_or(rest.len());
            word.get_or_insert_with(WordHasher::default)
                .push_ascii_alphanumeric(&rest[..run]);
            at += run;
            continue;
        }
        let c = next_char(text, at).unwrap_or_default();
        at += c.len_utf8();
        if is_word_char(text, c, at, word.is_some()) {
            word.get_or_insert_with(WordHasher::default)
                .push(normalize_char(c));
        } else if let Some(finished) = word.take() {
            hashes.push(finished.finish());
        }
    }
    hashes.extend(word.map(WordHasher::finish));
    hashes
}

/// The words of `text`, as byte ranges: runs of letters and digits, with an apostrophe inside a
/// word kept (`don't`, `I’m`). The engine's `text::Document` reads a draft's words with it (every
/// check does, so it is compiled for speed here), and [`word_hashes`] hashes the same words.
pub fn word_ranges(text: &str) -> Vec<Range<usize>> {
    let mut words = Vec::with_capacity(text.len() / 5);
    let mut start = None;
    let mut at = 0;
    while let Some(c) = next_char(text, at) {
        let next = at + c.len_utf8();
        match (is_word_char(text, c, next, start.is_some()), start) {
            (true, None) => start = Some(at),
            (false, Some(first)) => {
                words.push(first..at);
                start = None;
            }
            _ => {}
        }
        at = next;
    }
    words.extend(start.map(|first| first..text.len()));
    words
}

/// Whether `c`, whose next character starts at `next`, belongs to a word: a letter or digit, or
/// an apostrophe inside a word (`in_word`) with a letter or digit after it (`don't`, `I’m`). The
/// one rule [`word_ranges`] and [`word_hashes`] both split by.
fn is_word_char(text: &str, c: char, next: usize, in_word: bool) -> bool {
    c.is_alphanumeric()
        || (in_word && is_apostrophe(c) && next_char(text, next).is_some_and(char::is_alphanumeric))
}

/// Hashes a word's normalised characters, packing ASCII runs eight to a step (one multiply per
/// eight letters instead of one per letter).
#[derive(Debug, Clone, Copy)]
struct WordHasher {
    state: u64,
    packed: u64,
    packed_len: u32,
}

impl Default for WordHasher {
    fn default() -> Self {
        Self {
            state: SEED,
            packed: 0,
            packed_len: 0,
        }
    }
}

impl WordHasher {
    fn push(&mut self, c: char) {
        if c.is_ascii() {
            self.push_ascii(c as u8);
        } else {
            self.flush();
            self.state = combine(self.state, c as u64);
        }
    }

    /// Packs an ASCII character; eight make one step of the hash.
    fn push_ascii(&mut self, byte: u8) {
        self.packed = self.packed << 8 | u64::from(byte);
        self.packed_len += 1;
        if self.packed_len == 8 {
            self.flush();
        }
    }

    /// Packs a run of ASCII letters and digits, lowercased: the characters that top up the
    /// packed ones, then eight at a time, then the rest. The same hash as [`Self::push_ascii`]
    /// of each lowercased character.
    fn push_ascii_alphanumeric(&mut self, run: &[u8]) {
        /// Sets the lowercase bit of eight letters or digits (a digit has it already).
        const LOWERCASE: u64 = 0x2020_2020_2020_2020;
        let top_up = run.len().min(8 - self.packed_len as usize);
        let (first, rest) = run.split_at(top_up);
        first.iter().for_each(|&byte| self.push_ascii(byte | 0x20));
        let mut eights = rest.chunks_exact(8);
        for eight in &mut eights {
            let packed = u64::from_be_bytes(eight.try_into().unwrap_or_default());
            self.state = combine(self.state, packed | LOWERCASE);
        }
        eights
            .remainder()
            .iter()
            .for_each(|&byte| self.push_ascii(byte | 0x20));
    }

    fn flush(&mut self) {
        if self.packed_len > 0 {
            self.state = combine(self.state, self.packed);
            self.packed = 0;
            self.packed_len = 0;
        }
    }

    fn finish(mut self) -> u64 {
        self.flush();
        finish(self.state)
    }
}

/// Hash maps keyed by values that are already uniform hashes (band keys, word hashes).
pub type Prehashed = BuildHasherDefault<PrehashedHasher>;

/// Spreads an already uniform key with one multiplication instead of SipHash (faster, and the
/// same on every run).
#[derive(Debug, Clone, Copy, Default)]
pub struct PrehashedHasher(u64);

impl Hasher for PrehashedHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 << 8 | u64::from(b)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        }
    }

    fn write_u32(&mut self, key: u32) {
        self.write_u64(u64::from(key));
    }

    fn write_u64(&mut self, key: u64) {
        self.0 = key.wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }
}

/// The character starting at byte `at` (ASCII without decoding).
fn next_char(text: &str, at: usize) -> Option<char> {
    match text.as_bytes().get(at) {
        Some(&b) if b.is_ascii() => Some(b as char),
        Some(_) => text[at..].chars().next(),
        None => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_ranges_are_the_words_word_hashes_hashes() {
        let text = "I’m sure you don't mind \u{2014} 'quoted', Ŵyn 3.5 l'";
        let words: Vec<&str> = word_ranges(text).into_iter().map(|w| &text[w]).collect();
        assert_eq!(
            words,
            ["I’m", "sure", "you", "don't", "mind", "quoted", "Ŵyn", "3", "5", "l"]
        );
        let normalized = words
            .iter()
            .map(|w| w.chars().map(normalize_char).collect::<String>());
        let hashes: Vec<u64> = normalized.map(|w| hash_word(&w)).collect();
        assert_eq!(hashes, word_hashes(text));
    }

    #[test]
    fn long_and_mixed_words_hash_as_their_normalised_text() {
        let text = "UNDERSTANDABLY Ŵynford’s café12345678 x-ray ABCDEFGHIJKLMNOPQ";
        let normalized = [
            "understandably",
            "ŵynford's",
            "café12345678",
            "x",
            "ray",
            "abcdefghijklmnopq",
        ];
        let hashes: Vec<u64> = normalized.into_iter().map(hash_word).collect();
        assert_eq!(word_hashes(text), hashes);
    }

    #[test]
    fn hashing_is_fixed_across_runs() {
        assert_eq!(hash_word("care"), hash_word("care"));
        assert_ne!(hash_word("care"), hash_word("cares"));
        assert_eq!(word_hashes("Care CARE care"), vec![hash_word("care"); 3]);
    }
}
