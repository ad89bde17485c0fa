//! Which phrases of a list may start at a word: the index the engine's phrase lists
//! (`replyguide-engine`'s `PhraseSet`) look every word of a draft up in at every keystroke,
//! once for all the lists together (their phrases filed in one index) or, for a list compiled
//! after the draft was read, once for that list.
//!
//! A phrase is indexed by its first word: a plain word by its hash, with what follows it when
//! that narrows the phrases tried at the word (a second plain word, the first bytes of a second
//! word form or prefix, or a wildcard and a plain word), a word form or prefix by the word's
//! first bytes ([`START_KEY_BYTES`] or [`SHORT_START_BYTES`]), a wildcard followed by a plain
//! word by the hash of that second word, and any other wildcard under every word. The index
//! names candidates; the engine compares their words.
//!
//! It is a crate of its own so that the wasm build can compile it for speed while the rest of
//! the engine is compiled for size (see the workspace Cargo.toml).

use std::cell::Cell;
use std::collections::HashMap;

use replyguide_similarity::Prehashed;

/// How a phrase starts, as the index files it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Start<'a> {
    /// A plain word, by its hash, and what follows it.
    Word { first: u64, then: Then<'a> },
    /// Any word beginning with these bytes (a word form's stem or a prefix).
    Prefix(&'a str),
    /// Any word followed by a plain word, by the hash of that second word.
    AnyThenWord(u64),
    /// Any word at all.
    Any,
}

/// What follows a phrase's first word when that is a plain word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Then<'a> {
    /// A plain word, by its hash.
    Word(u64),
    /// A word beginning with these bytes (a word form's stem or a prefix).
    Prefix(&'a str),
    /// Any word and then a plain word, by the hash of that third word.
    AnyThenWord(u64),
    /// Nothing, or nothing the index files by.
    Other,
}

/// Phrase numbers by how the phrases start.
#[derive(Debug, Clone, Default)]
pub struct PhraseIndex {
    /// The phrases whose first word is a plain word followed by nothing filed below, by the
    /// hash of that word (a word with the same hash is only a candidate: the engine compares
    /// words). Hash maps, as every word of a draft is looked up in every list.
    by_first_word: HashMap<u64, Vec<usize>, Prehashed>,
    /// The phrases starting with two plain words, by the [`pair_key`] of their hashes (many
    /// phrases of a list share a first word such as "we").
    by_first_two_words: HashMap<u64, Vec<usize>, Prehashed>,
    /// The phrases starting with a plain word and then a word of a known beginning, by the
    /// [`pair_key`] of the first word's hash and the second's [`start_key`].
    by_first_word_then_start: HashMap<u64, Vec<usize>, Prehashed>,
    /// The phrases starting with a plain word, any word and a plain word ("we * you"), by the
    /// [`pair_key`] of the first and third words' hashes.
    by_first_and_third_words: HashMap<u64, Vec<usize>, Prehashed>,
    /// The phrases whose first word has a known beginning, by the [`start_key`] of it.
    by_start: HashMap<u32, Vec<usize>, Prehashed>,
    /// The first words of the phrases starting with a plain word, to pass over most words of a
    /// draft without a hash map lookup.
    first_words: WordFilter,
    /// The [`start_key`]s of `by_start`, likewise.
    starts: WordFilter,
    /// The phrases starting with any word and then a plain word, by the hash of that second
    /// word: tried only at a word followed by it ("* is disgraceful").
    by_second_word: HashMap<u64, Vec<usize>, Prehashed>,
    /// The second words of `by_second_word`, likewise.
    second_words: WordFilter,
    /// Phrases starting with any word or a one-letter beginning: tried at every word.
    open_start: Vec<usize>,
    /// The hashes of the first words of the phrases starting with a plain word, each once:
    /// what [`Self::starts_in`] looks up in a text.
    first_hashes: Vec<u64>,
}

impl PhraseIndex {
    /// Files phrase number `phrase`, which starts as `start`.
    pub fn insert(&mut self, start: Start, phrase: usize) {
        match start {
            Start::Word { first, then } => {
                self.add_first_word(first);
                let (table, key) = match then {
                    Then::Word(second) => (&mut self.by_first_two_words, pair_key(first, second)),
                    Then::Prefix(prefix) if prefix.len() >= SHORT_START_BYTES => {
                        let start = start_key(prefix, START_KEY_BYTES.min(prefix.len()));
                        let key = pair_key(first, u64::from(start));
                        (&mut self.by_first_word_then_start, key)
                    }
                    Then::AnyThenWord(third) => {
                        (&mut self.by_first_and_third_words, pair_key(first, third))
                    }
                    Then::Prefix(_) | Then::Other => (&mut self.by_first_word, first),
                };
                table.entry(key).or_default().push(phrase);
            }
            Start::Prefix(prefix) if prefix.len() >= SHORT_START_BYTES => {
                let key = start_key(prefix, START_KEY_BYTES.min(prefix.len()));
                self.starts.insert(spread(key));
                self.by_start.entry(key).or_default().push(phrase);
            }
            Start::AnyThenWord(second) => {
                self.second_words.insert(second);
                self.by_second_word.entry(second).or_default().push(phrase);
            }
            Start::Prefix(_) | Start::Any => self.open_start.push(phrase),
        }
    }

    fn add_first_word(&mut self, hash: u64) {
        if !self.first_words.has_bit(WordFilter::bit(hash)) || !self.first_hashes.contains(&hash) {
            self.first_hashes.push(hash);
        }
        self.first_words.insert(hash);
    }

    /// True when no phrase is filed.
    pub fn is_empty(&self) -> bool {
        self.first_hashes.is_empty()
            && self.by_start.is_empty()
            && self.by_second_word.is_empty()
            && self.open_start.is_empty()
    }

    /// The first word at or after `from`, of words with these keys, at which some phrase may
    /// start (for most lists, most words are passed over on three bit tests).
    pub fn next_start(&self, keys: &[WordKey], from: usize) -> Option<usize> {
        if !self.open_start.is_empty() {
            return (from < keys.len()).then_some(from);
        }
        (from..keys.len()).find(|&at| {
            self.may_start_with(keys[at])
                || (keys.get(at + 1)).is_some_and(|next| self.second_words.has_bit(next.first_bit))
        })
    }

    /// The words of `text` at which some phrase may start, in order, into `out` (emptied
    /// first): those [`Self::next_start`] stops at, found by looking each way a phrase starts
    /// up in the text rather than each word of the text up in the index, when that is fewer
    /// lookups.
    pub fn starts_in(&self, text: &TextIndex, keys: &[WordKey], out: &mut Vec<usize>) {
        out.clear();
        let lookups = self.first_hashes.len() + self.by_start.len() + self.by_second_word.len();
        if !self.open_start.is_empty() || lookups >= keys.len() {
            let mut from = 0;
            while let Some(at) = self.next_start(keys, from) {
                out.push(at);
                from = at + 1;
            }
            return;
        }
        // The words found, as bits (a word may be found more than once; they come in any
        // order), in a buffer kept on the thread: every list of a check looks in one text.
        let mut found = FOUND.take();
        found.clear();
        found.resize(keys.len().div_ceil(64), 0);
        // `before` words before each word filed under `key` in `table`.
        let mut mark = |table: &WordTable, key: u64, before: usize| {
            for at in table.words_with(key) {
                if let Some(at) = at.checked_sub(before) {
                    found[at / 64] |= 1 << (at % 64);
                }
            }
        };
        for &hash in &self.first_hashes {
            if text.hash_filter.has_bit(WordFilter::bit(hash)) {
                mark(&text.hashes, hash, 0);
            }
        }
        for &key in self.by_start.keys() {
            if text.start_filter.has_bit(WordFilter::bit(spread(key))) {
                mark(&text.starts, u64::from(key), 0);
            }
        }
        for &hash in self.by_second_word.keys() {
            if text.hash_filter.has_bit(WordFilter::bit(hash)) {
                mark(&text.hashes, hash, 1);
            }
        }
        for (block, &bits) in found.iter().enumerate() {
            let mut bits = bits;
            while bits != 0 {
                out.push(block * 64 + bits.trailing_zeros() as usize);
                bits &= bits - 1;
            }
        }
        FOUND.set(found);
    }

    /// The phrases that may start at a word, given the hashes and keys of it and the words
    /// after it in its sentence, into `out` (emptied first).
    pub fn candidates(&self, hashes: &[u64], keys: &[WordKey], out: &mut Vec<usize>) {
        out.clear();
        let mut add = |phrases: Option<&Vec<usize>>| {
            if let Some(phrases) = phrases {
                out.extend_from_slice(phrases);
            }
        };
        let key = keys[0];
        if self.first_words.has_bit(key.first_bit) {
            let first = hashes[0];
            add(self.by_first_word.get(&first));
            if let ([_, second, rest @ ..], [_, next, ..]) = (hashes, keys) {
                add(self.by_first_two_words.get(&pair_key(first, *second)));
                if !self.by_first_word_then_start.is_empty() {
                    for start in [next.long_start, next.short_start].into_iter().flatten() {
                        let key = pair_key(first, u64::from(start.key));
                        add(self.by_first_word_then_start.get(&key));
                    }
                }
                if let [third, ..] = rest {
                    add(self.by_first_and_third_words.get(&pair_key(first, *third)));
                }
            }
        }
        for start in [key.long_start, key.short_start] {
            if let Some(start) = self.starts_with_known(start) {
                add(self.by_start.get(&start.key));
            }
        }
        if let [_, second, ..] = hashes {
            if self.second_words.has_bit(WordFilter::bit(*second)) {
                add(self.by_second_word.get(second));
            }
        }
        out.extend_from_slice(&self.open_start);
    }

    /// False when no phrase can start with the word of this key.
    #[inline(always)]
    fn may_start_with(&self, key: WordKey) -> bool {
        self.first_words.has_bit(key.first_bit)
            || self.starts_with_known(key.long_start).is_some()
            || self.starts_with_known(key.short_start).is_some()
    }

    /// `start` when some phrase's first word may begin with it.
    #[inline(always)]
    fn starts_with_known(&self, start: Option<StartBits>) -> Option<StartBits> {
        match start {
            Some(start) if self.starts.has_bit(start.bit) => Some(start),
            _ => None,
        }
    }
}

thread_local! {
    /// The buffer [`PhraseIndex::starts_in`] marks the words it finds in.
    static FOUND: Cell<Vec<u64>> = Cell::default();
}

/// The words of a text by their hashes and first bytes, for [`PhraseIndex::starts_in`].
#[derive(Debug, Clone, Default)]
pub struct TextIndex {
    /// The words by hash.
    hashes: WordTable,
    /// The words by their [`start_key`]s (of both lengths each is long enough for).
    starts: WordTable,
    /// The hashes, to pass over most first words of a list without a lookup.
    hash_filter: WordFilter,
    /// The start keys, likewise.
    start_filter: WordFilter,
}

impl TextIndex {
    /// The index of the words with these hashes and keys.
    pub fn new(hashes: &[u64], keys: &[WordKey]) -> Self {
        let mut hash_filter = WordFilter::default();
        let mut by_hash = WordTable::with_capacity(hashes.len());
        for (at, &hash) in hashes.iter().enumerate() {
            hash_filter.insert(hash);
            by_hash.insert(hash, at);
        }
        let mut start_filter = WordFilter::default();
        let mut starts = WordTable::with_capacity(2 * keys.len());
        for (at, key) in keys.iter().enumerate() {
            for start in [key.long_start, key.short_start].into_iter().flatten() {
                start_filter.insert(spread(start.key));
                starts.insert(u64::from(start.key), at);
            }
        }
        Self {
            hashes: by_hash,
            starts,
            hash_filter,
            start_filter,
        }
    }
}

/// Word numbers by key, in a hash table with open addressing: each key leads to a chain of the
/// words filed under it, so that a list's first word is found in a text in one probe or a few.
#[derive(Debug, Clone, Default)]
struct WordTable {
    /// A key and the last entry filed under it, per slot; [`NO_ENTRY`] in a free slot.
    slots: Vec<(u64, u32)>,
    /// A word number and the entry filed before it under the same key (or [`NO_ENTRY`]).
    entries: Vec<(u32, u32)>,
    /// How far a key's [`spread`] is shifted to give its first slot.
    shift: u32,
}

/// No entry: a free slot, or the end of a chain.
const NO_ENTRY: u32 = u32::MAX;

impl WordTable {
    /// An empty table for `capacity` entries (it stays at most half full).
    fn with_capacity(capacity: usize) -> Self {
        let slots = (2 * capacity).next_power_of_two().max(16);
        Self {
            slots: vec![(0, NO_ENTRY); slots],
            entries: Vec::with_capacity(capacity),
            shift: 64 - slots.trailing_zeros(),
        }
    }

    /// Files word number `word` under `key`.
    fn insert(&mut self, key: u64, word: usize) {
        let at = self.slot(key);
        let entry = u32::try_from(self.entries.len()).expect("fewer than 2^32 words");
        let (filed_key, last) = &mut self.slots[at];
        let word = u32::try_from(word).expect("fewer than 2^32 words");
        self.entries.push((word, *last));
        *filed_key = key;
        *last = entry;
    }

    /// The numbers of the words filed under `key`, last filed first.
    fn words_with(&self, key: u64) -> impl Iterator<Item = usize> + '_ {
        let mut entry = self
            .slots
            .get(self.slot(key))
            .map_or(NO_ENTRY, |&(_, last)| last);
        std::iter::from_fn(move || {
            let &(word, before) = self.entries.get(entry as usize)?;
            entry = before;
            Some(word as usize)
        })
    }

    /// The slot of `key`: the one holding it, or the free one where it would go.
    fn slot(&self, key: u64) -> usize {
        if self.slots.is_empty() {
            return 0;
        }
        let mask = self.slots.len() - 1;
        let mut at = (spread_u64(key) >> self.shift) as usize;
        while self.slots[at].1 != NO_ENTRY && self.slots[at].0 != key {
            at = (at + 1) & mask;
        }
        at
    }
}

/// What a [`PhraseIndex`] looks up for a word of a text before anything else, computed once per
/// text rather than once per list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WordKey {
    /// The word's bit in a [`WordFilter`] of first words.
    first_bit: u16,
    /// The word's [`start_key`] of [`START_KEY_BYTES`], when it is that long.
    long_start: Option<StartBits>,
    /// Its [`start_key`] of [`SHORT_START_BYTES`], when it is that long.
    short_start: Option<StartBits>,
}

impl WordKey {
    /// The key of a word given as its normalised form and its hash.
    pub fn new(norm: &str, hash: u64) -> Self {
        Self {
            first_bit: WordFilter::bit(hash),
            long_start: StartBits::of(norm, START_KEY_BYTES),
            short_start: StartBits::of(norm, SHORT_START_BYTES),
        }
    }
}

/// A [`start_key`] and its bit in a [`WordFilter`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct StartBits {
    key: u32,
    bit: u16,
}

impl StartBits {
    /// The start of `word` of `bytes` bytes, if it is that long.
    fn of(word: &str, bytes: usize) -> Option<Self> {
        (word.len() >= bytes).then(|| {
            let key = start_key(word, bytes);
            StartBits {
                key,
                bit: WordFilter::bit(spread(key)),
            }
        })
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

    /// The bit of a hash (its top bits: the hash is uniform).
    fn bit(hash: u64) -> u16 {
        (hash >> (64 - WORD_FILTER_BITS.trailing_zeros())) as u16
    }
}

/// A [`start_key`] spread over 64 bits for a [`WordFilter`] (Fibonacci hashing).
fn spread(key: u32) -> u64 {
    spread_u64(u64::from(key))
}

/// A key spread over 64 bits (Fibonacci hashing), so that its top bits pick a slot.
fn spread_u64(key: u64) -> u64 {
    key.wrapping_mul(0x9E37_79B9_7F4A_7C15)
}

/// The key of two words of a phrase in [`PhraseIndex::by_first_two_words`] and the tables like
/// it, from their hashes or keys (rotated so that the key depends on their order).
fn pair_key(first: u64, second: u64) -> u64 {
    first.rotate_left(32) ^ second
}

/// How many leading bytes of a word index the phrases starting with a form of a word.
pub const START_KEY_BYTES: usize = 3;

/// How many leading bytes index the phrases whose first word is a form of a shorter word
/// (`go~`): the keys of two bytes and of three never collide, as a letter is never a zero byte.
pub const SHORT_START_BYTES: usize = 2;

/// The first `bytes` bytes of `word` as a number.
fn start_key(word: &str, bytes: usize) -> u32 {
    let mut key = 0;
    for &byte in &word.as_bytes()[..bytes] {
        key = key << 8 | u32::from(byte);
    }
    key
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Keys and hashes of `words`, with a stand-in hash (any uniform hash will do).
    fn keyed(words: &[&str]) -> (Vec<u64>, Vec<WordKey>) {
        let hash = |w: &str| {
            (w.bytes()).fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
                (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
            })
        };
        let hashes: Vec<u64> = words.iter().map(|w| hash(w)).collect();
        let keys = words
            .iter()
            .zip(&hashes)
            .map(|(w, &h)| WordKey::new(w, h))
            .collect();
        (hashes, keys)
    }

    fn index(starts: &[Start]) -> PhraseIndex {
        let mut index = PhraseIndex::default();
        for (phrase, &start) in starts.iter().enumerate() {
            index.insert(start, phrase);
        }
        index
    }

    #[test]
    fn names_the_phrases_each_word_may_start() {
        let (hashes, keys) = keyed(&["we", "will", "report", "it", "to", "them"]);
        let index = index(&[
            Start::Word {
                first: hashes[0],
                then: Then::Word(hashes[1]),
            },
            Start::Word {
                first: hashes[3],
                then: Then::Other,
            },
            Start::Prefix("repor"),
            Start::Prefix("th"),
        ]);
        let mut found = Vec::new();
        let mut at = 0;
        let mut out = Vec::new();
        while let Some(word) = index.next_start(&keys, at) {
            index.candidates(&hashes[word..], &keys[word..], &mut out);
            found.extend(out.iter().map(|&phrase| (word, phrase)));
            at = word + 1;
        }
        assert_eq!(found, [(0, 0), (2, 2), (3, 1), (5, 3)]);
    }

    #[test]
    fn looking_a_list_up_in_a_text_finds_the_words_scanning_finds() {
        let text = "we will report it to them and we hope they report back to us soon";
        let words: Vec<&str> = text.split(' ').collect();
        let (hashes, keys) = keyed(&words);
        let index = index(&[
            Start::Word {
                first: hashes[0],
                then: Then::Word(hashes[1]),
            },
            Start::Word {
                first: hashes[6],
                then: Then::Other,
            },
            Start::Prefix("repor"),
            Start::Prefix("th"),
            Start::AnyThenWord(hashes[14]),
        ]);
        let with_candidates = |at: &usize| {
            let mut out = Vec::new();
            index.candidates(&hashes[*at..], &keys[*at..], &mut out);
            !out.is_empty()
        };
        let mut scanned = Vec::new();
        let mut from = 0;
        while let Some(at) = index.next_start(&keys, from) {
            scanned.push(at);
            from = at + 1;
        }
        scanned.retain(with_candidates);
        let mut looked_up = Vec::new();
        index.starts_in(&TextIndex::new(&hashes, &keys), &keys, &mut looked_up);
        // Both may stop where no phrase starts ("we" not followed by "will"), never elsewhere.
        looked_up.retain(with_candidates);
        assert_eq!(looked_up, scanned);
        assert_eq!(looked_up, [0, 2, 5, 6, 9, 10, 13]);
    }

    #[test]
    fn a_first_word_files_a_phrase_with_what_follows_it() {
        let (hashes, keys) = keyed(&["we", "tell", "you", "we", "told", "them"]);
        let index = index(&[
            Start::Word {
                first: hashes[0],
                then: Then::AnyThenWord(hashes[2]),
            },
            Start::Word {
                first: hashes[0],
                then: Then::Prefix("tel"),
            },
            Start::Word {
                first: hashes[0],
                then: Then::Prefix("to"),
            },
            Start::Word {
                first: hashes[0],
                then: Then::Other,
            },
        ]);
        let mut out = Vec::new();
        // "we tell you": not the phrase whose second word begins with "to".
        index.candidates(&hashes, &keys, &mut out);
        out.sort_unstable();
        assert_eq!(out, [0, 1, 3]);
        // "we told them": only that one, and the phrase filed by its first word alone.
        index.candidates(&hashes[3..], &keys[3..], &mut out);
        out.sort_unstable();
        assert_eq!(out, [2, 3]);
    }

    #[test]
    fn a_phrase_starting_with_any_word_is_tried_everywhere() {
        let (hashes, keys) = keyed(&["a", "b"]);
        let index = index(&[Start::Any, Start::Prefix("b")]);
        assert_eq!(index.next_start(&keys, 1), Some(1));
        assert_eq!(index.next_start(&keys, 2), None);
        let mut out = Vec::new();
        index.candidates(&hashes, &keys, &mut out);
        assert_eq!(out, [0, 1]);
    }
}
