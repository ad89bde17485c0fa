//! Phrase lists from config, compiled for fast whole-word matching inside sentences.

use std::collections::HashMap;

use super::stem::stem;
use super::{normalize_word, Document};
use crate::similarity::{hash_word, Prehashed};
use crate::Span;

/// One token of a compiled phrase.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Token {
    /// This exact word, and its [`hash_word`] (compared first).
    Word(String, u64),
    /// Any word starting with this (written `word*`).
    Prefix(String),
    /// Any form of this word (written `word~`): a word with the same Snowball stem, such as
    /// `criticised` for `criticise~`. `prefix` is the part of the stem every such form starts
    /// with, checked first so that few words are stemmed.
    Stem { stem: String, prefix: String },
    /// Any one word (written `*`).
    Any,
}

impl Token {
    fn matches(&self, word: &super::Word, hash: u64) -> bool {
        match self {
            Token::Word(w, h) => *h == hash && *w == word.norm,
            Token::Prefix(p) => word.norm.starts_with(p.as_str()),
            Token::Stem { stem: s, prefix } => {
                word.norm.starts_with(prefix.as_str()) && same_stem(word.stem(), s)
            }
            Token::Any => true,
        }
    }
}

/// Where a phrase matched, and which phrase it was.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PhraseMatch {
    /// The matched words, first to last (bytes).
    pub span: Span,
    /// Index of the phrase in the list the set was compiled from.
    pub phrase: usize,
}

/// A list of phrases compiled for matching: case-insensitive, whole words, curly and straight
/// apostrophes alike, never across a sentence boundary. Punctuation between words is ignored
/// (`you are, absolutely, right` matches `you are absolutely right`).
#[derive(Debug, Clone, Default)]
pub struct PhraseSet {
    phrases: Vec<Vec<Token>>,
    /// The phrases whose first word is a plain word and whose second is not, by the
    /// [`hash_word`] of that word (a word with the same hash is only a candidate: every token is
    /// compared). Hash maps, as every word of a draft is looked up in every set.
    by_first_word: HashMap<u64, Vec<usize>, Prehashed>,
    /// The phrases starting with two plain words, by the [`pair_key`] of their hashes (many
    /// phrases of a list share a first word such as "we").
    by_first_two_words: HashMap<u64, Vec<usize>, Prehashed>,
    /// The phrases whose first word is any form of a word or any word with a prefix, by the
    /// [`start_key`] of what every such word starts with.
    by_start: HashMap<u32, Vec<usize>, Prehashed>,
    /// The first words of the phrases in `by_first_word` and `by_first_two_words`, to pass over
    /// most words of a draft without a hash map lookup.
    first_words: WordFilter,
    /// The [`start_key`]s of `by_start`, likewise.
    starts: WordFilter,
    /// Phrases starting with a wildcard or a one-letter prefix: tried at every word.
    open_start: Vec<usize>,
}

impl PhraseSet {
    /// Compiles `phrases`. Blank phrases are skipped.
    pub fn new<S: AsRef<str>>(phrases: &[S]) -> Self {
        let mut set = PhraseSet::default();
        for phrase in phrases {
            set.push(phrase.as_ref());
        }
        set
    }

    /// Compiles one more phrase.
    fn push(&mut self, phrase: &str) {
        let index = self.phrases.len();
        let tokens = compile(phrase);
        match tokens.as_slice() {
            [] => {}
            [Token::Word(_, first), Token::Word(_, second), ..] => {
                self.first_words.insert(*first);
                self.by_first_two_words
                    .entry(pair_key(*first, *second))
                    .or_default()
                    .push(index);
            }
            [Token::Word(_, hash), ..] => {
                self.first_words.insert(*hash);
                self.by_first_word.entry(*hash).or_default().push(index);
            }
            [Token::Stem { prefix, .. } | Token::Prefix(prefix), ..]
                if prefix.len() >= SHORT_START_BYTES =>
            {
                let key = start_key(prefix, START_KEY_BYTES.min(prefix.len()));
                self.starts.insert(spread(key));
                self.by_start.entry(key).or_default().push(index);
            }
            _ => self.open_start.push(index),
        }
        self.phrases.push(tokens);
    }

    /// True when no phrase can match.
    pub fn is_empty(&self) -> bool {
        self.by_first_word.is_empty()
            && self.by_first_two_words.is_empty()
            && self.by_start.is_empty()
            && self.open_start.is_empty()
    }

    /// Every match in `doc`, in text order; overlapping matches starting at the same word keep
    /// only the longest.
    pub fn find_all(&self, doc: &Document) -> Vec<PhraseMatch> {
        let mut found = Vec::new();
        if self.is_empty() {
            return found;
        }
        for sentence in doc.sentences() {
            let words = doc.sentence_words(sentence);
            let hashes = doc.sentence_word_hashes(sentence);
            let keys = doc.sentence_word_keys(sentence);
            let mut i = 0;
            while i < words.len() {
                if !self.may_start_with(keys[i]) {
                    i += 1;
                    continue;
                }
                // The longest match, the earliest phrase among equally long ones.
                let mut best: Option<(usize, usize)> = None;
                for phrase in self.candidates(&hashes[i..], keys[i]) {
                    let Some(len) = self.match_len(phrase, &words[i..], &hashes[i..]) else {
                        continue;
                    };
                    if best.is_none_or(|(best_len, best_phrase)| {
                        len > best_len || (len == best_len && phrase < best_phrase)
                    }) {
                        best = Some((len, phrase));
                    }
                }
                match best {
                    Some((len, phrase)) => {
                        found.push(PhraseMatch {
                            span: words[i].span.union(words[i + len - 1].span),
                            phrase,
                        });
                        i += len;
                    }
                    None => i += 1,
                }
            }
        }
        found
    }

    /// The first match in `doc`, if any.
    pub fn find_first(&self, doc: &Document) -> Option<PhraseMatch> {
        self.find_all(doc).into_iter().next()
    }

    /// False when no phrase can start with the word of this key (most words, for most sets:
    /// three bit tests). Inlined, as are the tests: it runs for every word of a draft in every
    /// set, at every keystroke.
    #[inline(always)]
    fn may_start_with(&self, key: WordKey) -> bool {
        !self.open_start.is_empty()
            || self.first_words.has_bit(key.first_bit)
            || self.starts_with_known(key.long_start).is_some()
            || self.starts_with_known(key.short_start).is_some()
    }

    /// `start` when some phrase's first word may begin with it.
    #[inline(always)]
    fn starts_with_known(&self, start: Option<Start>) -> Option<Start> {
        match start {
            Some(start) if self.starts.has_bit(start.bit) => Some(start),
            _ => None,
        }
    }

    /// The phrases that may match at a word, given the hashes of it and the words after it in
    /// its sentence, and its key.
    fn candidates(&self, hashes: &[u64], key: WordKey) -> impl Iterator<Item = usize> + '_ {
        let known_first_word = self.first_words.has_bit(key.first_bit);
        let by_word = known_first_word
            .then(|| self.by_first_word.get(&hashes[0]))
            .flatten();
        let by_two_words = match hashes {
            [first, second, ..] if known_first_word => {
                self.by_first_two_words.get(&pair_key(*first, *second))
            }
            _ => None,
        };
        let by_start = |start| {
            self.starts_with_known(start)
                .and_then(|start| self.by_start.get(&start.key))
        };
        by_word
            .into_iter()
            .chain(by_two_words)
            .chain(by_start(key.long_start))
            .chain(by_start(key.short_start))
            .flatten()
            .chain(&self.open_start)
            .copied()
    }

    fn match_len(&self, phrase: usize, words: &[super::Word], hashes: &[u64]) -> Option<usize> {
        let tokens = &self.phrases[phrase];
        if tokens.len() > words.len() {
            return None;
        }
        tokens
            .iter()
            .zip(words.iter().zip(hashes))
            .all(|(t, (w, &h))| t.matches(w, h))
            .then_some(tokens.len())
    }
}

/// What a [`PhraseSet`] looks up for a word of a document before anything else, computed once
/// per document ([`Document::sentence_word_keys`]) rather than once per set.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct WordKey {
    /// The word's bit in a [`WordFilter`] of first words.
    first_bit: u16,
    /// The word's [`start_key`] of [`START_KEY_BYTES`], when it is that long.
    long_start: Option<Start>,
    /// Its [`start_key`] of [`SHORT_START_BYTES`], when it is that long.
    short_start: Option<Start>,
}

/// A [`start_key`] and its bit in a [`WordFilter`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Start {
    key: u32,
    bit: u16,
}

impl Start {
    /// The start of `word` of `bytes` bytes, if it is that long.
    fn of(word: &str, bytes: usize) -> Option<Self> {
        (word.len() >= bytes).then(|| {
            let key = start_key(word, bytes);
            Start {
                key,
                bit: WordFilter::bit(spread(key)),
            }
        })
    }
}

impl WordKey {
    /// The key of a word given as its `norm` and [`hash_word`].
    pub(crate) fn new(norm: &str, hash: u64) -> Self {
        Self {
            first_bit: WordFilter::bit(hash),
            long_start: Start::of(norm, START_KEY_BYTES),
            short_start: Start::of(norm, SHORT_START_BYTES),
        }
    }
}

/// A set of word hashes that may answer "yes" for a word not in it but never "no" for a word in
/// it (a one-hash Bloom filter): one bit test instead of a hash map lookup for most words.
#[derive(Debug, Clone, Default)]
struct WordFilter([u64; WORD_FILTER_BITS / 64]);

/// Bits of a [`WordFilter`]: enough for a few hundred first words to leave most bits clear.
const WORD_FILTER_BITS: usize = 1024;

impl WordFilter {
    fn insert(&mut self, hash: u64) {
        let bit = usize::from(Self::bit(hash));
        self.0[bit / 64] |= 1 << (bit % 64);
    }

    #[inline(always)]
    fn has_bit(&self, bit: u16) -> bool {
        let bit = usize::from(bit);
        self.0[bit / 64] & 1 << (bit % 64) != 0
    }

    /// The bit of a [`hash_word`] (its top bits: the hash is uniform).
    fn bit(hash: u64) -> u16 {
        (hash >> (64 - WORD_FILTER_BITS.trailing_zeros())) as u16
    }
}

/// A [`start_key`] spread over 64 bits for a [`WordFilter`] (Fibonacci hashing).
fn spread(key: u32) -> u64 {
    u64::from(key).wrapping_mul(0x9E37_79B9_7F4A_7C15)
}

/// The key of two consecutive words in [`PhraseSet::by_first_two_words`], from their
/// [`hash_word`]s (rotated so that the key depends on their order).
fn pair_key(first: u64, second: u64) -> u64 {
    first.rotate_left(32) ^ second
}

/// How many leading bytes of a word index the phrases starting with a form of a word.
const START_KEY_BYTES: usize = 3;

/// How many leading bytes index the phrases whose first word is a form of a shorter word
/// (`go~`): the keys of two bytes and of three never collide, as a letter is never a zero byte.
const SHORT_START_BYTES: usize = 2;

/// The first `bytes` bytes of `word` as a number.
fn start_key(word: &str, bytes: usize) -> u32 {
    let mut key = 0;
    for &byte in &word.as_bytes()[..bytes] {
        key = key << 8 | u32::from(byte);
    }
    key
}

/// The tokens of one phrase: its words split at white space and punctuation.
fn compile(phrase: &str) -> Vec<Token> {
    let separator = |c: char| c.is_whitespace() || matches!(c, ',' | '.' | ';' | ':' | '!' | '?');
    let mut tokens = Vec::new();
    for w in phrase.split(separator) {
        let token = match (w, w.strip_suffix('*')) {
            ("", _) => continue,
            ("*", _) => Token::Any,
            (_, None) if w.ends_with('~') => stem_token(&normalize_word(w.trim_end_matches('~'))),
            (_, Some(prefix)) => Token::Prefix(normalize_word(prefix)),
            (_, None) => {
                let word = normalize_word(w);
                let hash = hash_word(&word);
                Token::Word(word, hash)
            }
        };
        tokens.push(token);
    }
    tokens
}

/// True when two Snowball stems are of one word: equal, or one the other plus a letter when both
/// have four letters or more (Snowball drops a final "e" or undoubles in some forms only).
fn same_stem(a: &str, b: &str) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    a == b || (short.len() >= 4 && long.len() == short.len() + 1 && long.starts_with(short))
}

/// The token matching every form of `word`. Snowball may change the last letter of a stem
/// (`happy` → `happi`), so forms are only required to share the stem less its last letter.
fn stem_token(word: &str) -> Token {
    let stem = stem(word).into_owned();
    let mut prefix = stem.clone();
    if prefix.chars().count() > 3 {
        prefix.pop();
    }
    Token::Stem { stem, prefix }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn matched(phrases: &[&str], text: &str) -> Vec<String> {
        let doc = Document::new(text);
        PhraseSet::new(phrases)
            .find_all(&doc)
            .iter()
            .map(|m| m.span.text(text).to_string())
            .collect()
    }

    #[test]
    fn matches_whole_words_case_insensitively() {
        assert_eq!(
            matched(&["you are right"], "Well, You are RIGHT."),
            ["You are RIGHT"]
        );
        assert!(matched(&["right"], "brightly").is_empty());
    }

    #[test]
    fn curly_apostrophes_match_straight_ones() {
        assert_eq!(
            matched(&["that's disgraceful"], "That’s disgraceful!"),
            ["That’s disgraceful"]
        );
    }

    #[test]
    fn wildcards_and_prefixes() {
        assert_eq!(
            matched(&["should be * ashamed"], "They should be utterly ashamed"),
            ["should be utterly ashamed"]
        );
        assert_eq!(
            matched(&["disgrace*"], "It was disgraceful"),
            ["disgraceful"]
        );
    }

    #[test]
    fn stems_match_every_form_of_a_word() {
        assert_eq!(
            matched(
                &["criticise~ the staff"],
                "We never criticised the staff, or criticising them."
            ),
            ["criticised the staff"]
        );
        assert_eq!(
            matched(
                &["report~"],
                "Reports, reporting and reported; not reportage."
            ),
            ["Reports", "reporting", "reported"]
        );
    }

    #[test]
    fn never_matches_across_sentences() {
        assert!(matched(&["you are right"], "Thank you. Are right turns allowed?").is_empty());
    }

    #[test]
    fn longest_phrase_wins() {
        assert_eq!(
            matched(
                &["you are", "you are absolutely right"],
                "you are absolutely right"
            ),
            ["you are absolutely right"]
        );
    }
}
