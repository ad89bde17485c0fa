//! The general near-duplicate index: LSH buckets pick candidates, strsim confirms them.
//!
//! For the confirmation each text keeps a compact sample of its words: one byte per word, and for
//! texts longer than [`SAMPLE_TARGET`] words only the words whose hash falls in one of `2^shift`
//! classes (chosen by content, so the same words are sampled in the query). Similarity is one
//! minus the word-level Levenshtein distance over the longer sample's length.

use super::buckets::Buckets;
use super::fingerprint::{Fingerprint, Shape};

/// Texts up to this many words are kept whole; longer ones are sampled down to about this many.
const SAMPLE_TARGET: usize = 96;

/// At most this many candidates (those sharing the most bands) are confirmed with strsim.
const CANDIDATES_CONFIRMED: usize = 8;

/// A confirmed near-duplicate.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Match {
    /// The matched text's id: its position in the order texts were added.
    pub id: usize,
    /// From 0 (nothing alike) to 1 (the same words in the same order).
    pub similarity: f64,
}

/// Texts indexed for near-duplicate search; see the module documentation.
#[derive(Debug, Clone)]
pub struct NearDuplicateIndex {
    shape: Shape,
    buckets: Buckets,
    /// Every text's sampled word bytes, one after another.
    samples: Vec<u8>,
    /// Where each text's samples end in `samples`.
    sample_ends: Vec<u32>,
    /// Each text's sampling rate: one word in `2^shift`.
    sample_shifts: Vec<u8>,
}

impl NearDuplicateIndex {
    /// An empty index cutting texts as `shape` says.
    pub fn new(shape: Shape) -> Self {
        Self {
            shape,
            buckets: Buckets::default(),
            samples: Vec::new(),
            sample_ends: Vec::new(),
            sample_shifts: Vec::new(),
        }
    }

    /// How this index cuts texts.
    pub fn shape(&self) -> Shape {
        self.shape
    }

    /// Adds a text (fingerprinted with this index's [`shape`](Self::shape)) and returns its id.
    pub fn add(&mut self, text: &Fingerprint) -> usize {
        let id = self.sample_ends.len();
        for &key in text.band_keys() {
            self.buckets.insert(key, id as u32);
        }
        let shift = sample_shift(text.words().len());
        self.samples.extend(sampled(text.words(), shift));
        self.sample_ends.push(self.samples.len() as u32);
        self.sample_shifts.push(shift);
        id
    }

    /// Number of texts indexed.
    pub fn len(&self) -> usize {
        self.sample_ends.len()
    }

    /// True when no text is indexed.
    pub fn is_empty(&self) -> bool {
        self.sample_ends.is_empty()
    }

    /// Indexed texts at least `min_similarity` similar to `query`, most similar first (ties: the
    /// earliest added first).
    pub fn matches(&self, query: &Fingerprint, min_similarity: f64) -> Vec<Match> {
        self.matches_before(query, min_similarity, self.len())
    }

    /// [`matches`](Self::matches) among the texts with ids below `limit` only: the same result
    /// as an index holding just those texts.
    pub fn matches_before(
        &self,
        query: &Fingerprint,
        min_similarity: f64,
        limit: usize,
    ) -> Vec<Match> {
        let mut query_samples: Vec<(u8, Vec<u8>)> = Vec::new();
        let mut found: Vec<Match> = self
            .candidates(query, limit.min(self.len()))
            .into_iter()
            .filter_map(|id| {
                let shift = self.sample_shifts[id];
                let query_sample = match query_samples.iter().position(|(s, _)| *s == shift) {
                    Some(i) => &query_samples[i].1,
                    None => {
                        query_samples.push((shift, sampled(query.words(), shift).collect()));
                        &query_samples[query_samples.len() - 1].1
                    }
                };
                similarity(query_sample, self.samples_of(id), min_similarity)
                    .map(|similarity| Match { id, similarity })
            })
            .collect();
        found.sort_by(|a, b| b.similarity.total_cmp(&a.similarity).then(a.id.cmp(&b.id)));
        found
    }

    /// The best match at least `min_similarity` similar to `query`.
    pub fn best_match(&self, query: &Fingerprint, min_similarity: f64) -> Option<Match> {
        self.matches(query, min_similarity).into_iter().next()
    }

    /// Bytes held, capacity included (an estimate of the index's memory).
    pub fn memory_bytes(&self) -> usize {
        self.buckets.memory_bytes()
            + self.samples.capacity()
            + self.sample_ends.capacity() * std::mem::size_of::<u32>()
            + self.sample_shifts.capacity()
    }

    /// Ids below `limit` of the texts sharing the most bands with `query`, most shared first
    /// (ties: the lowest id first).
    fn candidates(&self, query: &Fingerprint, limit: usize) -> Vec<usize> {
        // Bands shared per id, counted in place (texts alike share many bands, so the hits can
        // run to thousands: counting beats sorting them).
        let mut shared = vec![0u16; limit];
        let mut hit_ids: Vec<u32> = Vec::new();
        for &key in query.band_keys() {
            self.buckets.for_each(key, |id| {
                if let Some(count) = shared.get_mut(id as usize) {
                    if *count == 0 {
                        hit_ids.push(id);
                    }
                    *count = count.saturating_add(1);
                }
            });
        }
        // The best so far, kept in order by insertion (no sort): most shared bands first, then
        // the lowest id, packed into one integer so that the smaller ranks first.
        let mut best: Vec<u64> = Vec::with_capacity(CANDIDATES_CONFIRMED + 1);
        for id in hit_ids {
            let rank = (u64::from(u16::MAX - shared[id as usize]) << 32) | u64::from(id);
            let at = best.partition_point(|&better| better < rank);
            if at < CANDIDATES_CONFIRMED {
                best.insert(at, rank);
                best.truncate(CANDIDATES_CONFIRMED);
            }
        }
        best.into_iter().map(|rank| rank as u32 as usize).collect()
    }

    fn samples_of(&self, id: usize) -> &[u8] {
        let start = id
            .checked_sub(1)
            .map_or(0, |i| self.sample_ends[i] as usize);
        &self.samples[start..self.sample_ends[id] as usize]
    }
}

/// The smallest `shift` that samples `word_count` words down to at most [`SAMPLE_TARGET`].
fn sample_shift(word_count: usize) -> u8 {
    let mut shift = 0;
    while word_count >> shift > SAMPLE_TARGET {
        shift += 1;
    }
    shift
}

/// One byte (the top of its hash) per word whose low `shift` hash bits are zero.
fn sampled(words: &[u64], shift: u8) -> impl Iterator<Item = u8> + '_ {
    let mask = (1u64 << shift) - 1;
    words
        .iter()
        .filter(move |&&h| h & mask == 0)
        .map(|&h| (h >> 56) as u8)
}

/// Word-level Levenshtein similarity of two samples, or `None` when below `min_similarity` (the
/// length difference or the words they do not share can rule it out before strsim runs).
fn similarity(a: &[u8], b: &[u8], min_similarity: f64) -> Option<f64> {
    let longer = a.len().max(b.len());
    if longer == 0 || (a.len().min(b.len()) as f64) < min_similarity * longer as f64 {
        return None;
    }
    if 1.0 - (distance_lower_bound(a, b) as f64 / longer as f64) < min_similarity {
        return None;
    }
    let distance = strsim::generic_levenshtein(&WordSample(a), &WordSample(b));
    let similarity = 1.0 - distance as f64 / longer as f64;
    (similarity >= min_similarity).then_some(similarity)
}

/// At most the Levenshtein distance of `a` and `b`: every word of one that the other lacks (as
/// multisets) takes an edit, and one edit removes at most one such word from each side.
fn distance_lower_bound(a: &[u8], b: &[u8]) -> usize {
    let mut surplus = [0i32; 256];
    a.iter().for_each(|&w| surplus[usize::from(w)] += 1);
    b.iter().for_each(|&w| surplus[usize::from(w)] -= 1);
    let only_in_a: i32 = surplus.iter().filter(|&&n| n > 0).sum();
    let only_in_b: i32 = -surplus.iter().filter(|&&n| n < 0).sum::<i32>();
    only_in_a.max(only_in_b) as usize
}

/// A sample as strsim's generic Levenshtein wants it (something whose reference iterates).
struct WordSample<'a>(&'a [u8]);

impl<'a> IntoIterator for &WordSample<'a> {
    type Item = &'a u8;
    type IntoIter = std::slice::Iter<'a, u8>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.iter()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn index_of(texts: &[&str]) -> NearDuplicateIndex {
        let mut index = NearDuplicateIndex::new(Shape::REPLIES);
        for text in texts {
            index.add(&Fingerprint::of_text(text, Shape::REPLIES));
        }
        index
    }

    fn best(index: &NearDuplicateIndex, text: &str) -> Option<Match> {
        index.best_match(&Fingerprint::of_text(text, Shape::REPLIES), 0.5)
    }

    #[test]
    fn exact_copy_is_fully_similar() {
        let index = index_of(&[
            "Other text entirely about parking.",
            "Thank you for telling us about the ward.",
        ]);
        let found = best(&index, "Thank you for telling us about the ward.").unwrap();
        assert_eq!((found.id, found.similarity), (1, 1.0));
    }

    #[test]
    fn candidates_share_the_most_bands_lowest_ids_first() {
        let copy = "Thank you for telling us about the noise on the ward at night.";
        let unrelated = [
            "Parking at the hospital was expensive and hard to find.",
            "The receptionist was kind and the wait was short.",
            "Our local pharmacy now opens on Sundays.",
        ];
        let texts: Vec<&str> = unrelated.into_iter().chain([copy; 12]).collect();
        let index = index_of(&texts);
        let query = Fingerprint::of_text(copy, Shape::REPLIES);
        let expected: Vec<usize> = (3..3 + CANDIDATES_CONFIRMED).collect();
        assert_eq!(index.candidates(&query, index.len()), expected);
        assert_eq!(index.candidates(&query, 5), [3, 4]);
    }

    #[test]
    fn sampling_is_by_content_and_bounded() {
        assert_eq!(sample_shift(96), 0);
        assert_eq!(sample_shift(97), 1);
        assert_eq!(sample_shift(400), 3);
        let words: Vec<u64> = (0..1000u64).map(crate::hashing::finish).collect();
        let kept = sampled(&words, sample_shift(words.len())).count();
        assert!((40..=140).contains(&kept), "{kept}");
    }

    #[test]
    fn the_lower_bound_never_exceeds_the_distance() {
        let samples: [&[u8]; 5] = [&[1, 2, 3, 4], &[4, 3, 2, 1], &[1, 1, 2], &[9], &[]];
        for a in samples {
            for b in samples {
                let distance = strsim::generic_levenshtein(&WordSample(a), &WordSample(b));
                assert!(distance_lower_bound(a, b) <= distance, "{a:?} {b:?}");
            }
        }
        assert_eq!(distance_lower_bound(&[1, 2, 3], &[3, 2, 1]), 0);
        assert_eq!(distance_lower_bound(&[1, 2, 3], &[4, 5]), 3);
    }

    #[test]
    fn short_samples_are_compared_exactly() {
        assert_eq!(similarity(&[1, 2, 3, 4], &[1, 2, 9, 4], 0.5), Some(0.75));
        assert_eq!(similarity(&[1, 2, 3, 4], &[1], 0.5), None);
        assert_eq!(similarity(&[], &[], 0.0), None);
    }
}
