//! The general near-duplicate index: LSH buckets pick candidates, and the few that share the
//! most bands are confirmed on a compact sample of each text ([`Measure`] says which sample and
//! how it is compared).

use super::buckets::Buckets;
use super::fingerprint::{Fingerprint, Shape};
#[cfg(doc)]
use super::sample::Measure;

/// At most this many candidates (those sharing the most bands) are confirmed on their samples.
const CANDIDATES_CONFIRMED: usize = 8;

/// At most this many texts (the newest) are looked at for each band of a query.
const POSTINGS_PER_BAND: usize = 32;

/// Texts tested for the crowded bands of a query (see [`NearDuplicateIndex::candidates`]).
const SHORTLISTED: usize = 64;

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
    /// Every text's sample (see [`Measure::sample`]), one after another.
    samples: Vec<u16>,
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
        self.add_sample(text);
        id
    }

    /// Adds many texts, as [`add`](Self::add) each in turn would, but files their band keys in
    /// one sort and merge: indexing a whole history takes a fraction of the time.
    pub fn extend(&mut self, texts: impl IntoIterator<Item = Fingerprint>) {
        let texts = texts.into_iter();
        let mut keys = Vec::with_capacity(texts.size_hint().0 * self.shape.bands);
        for text in texts {
            let id = self.sample_ends.len() as u64;
            keys.extend(
                text.band_keys()
                    .iter()
                    .map(|&key| u64::from(key) << 32 | id),
            );
            self.add_sample(&text);
        }
        self.buckets.insert_all(keys);
    }

    /// Stores the sample `text` is confirmed on.
    fn add_sample(&mut self, text: &Fingerprint) {
        let measure = self.shape.measure;
        let shift = measure.sample_shift(text.words());
        let sample = measure.sample(text.words(), shift);
        if self.samples.capacity() - self.samples.len() < sample.len() {
            // Grown by an eighth, not doubled: the samples are most of the index's memory.
            self.samples
                .reserve_exact(sample.len().max(self.samples.capacity() / 8));
        }
        self.samples.extend(sample);
        self.sample_ends.push(self.samples.len() as u32);
        self.sample_shifts.push(shift);
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
        let measure = self.shape.measure;
        let mut query_samples: Vec<(u8, Vec<u16>)> = Vec::new();
        let mut found: Vec<Match> = self
            .candidates(query, limit.min(self.len()))
            .into_iter()
            .filter_map(|id| {
                let shift = self.sample_shifts[id];
                let query_sample = match query_samples.iter().position(|(s, _)| *s == shift) {
                    Some(i) => &query_samples[i].1,
                    None => {
                        query_samples.push((shift, measure.sample(query.words(), shift)));
                        &query_samples[query_samples.len() - 1].1
                    }
                };
                measure
                    .similarity(query_sample, self.samples_of(id), min_similarity)
                    .map(|similarity| Match { id, similarity })
            })
            .collect();
        found.sort_unstable_by(|a, b| b.similarity.total_cmp(&a.similarity).then(a.id.cmp(&b.id)));
        found
    }

    /// The best match at least `min_similarity` similar to `query`.
    pub fn best_match(&self, query: &Fingerprint, min_similarity: f64) -> Option<Match> {
        self.matches(query, min_similarity).into_iter().next()
    }

    /// Bytes held, capacity included (an estimate of the index's memory).
    pub fn memory_bytes(&self) -> usize {
        self.buckets.memory_bytes()
            + self.samples.capacity() * std::mem::size_of::<u16>()
            + self.sample_ends.capacity() * std::mem::size_of::<u32>()
            + self.sample_shifts.capacity()
    }

    /// Ids below `limit` of the texts sharing the most bands with `query`, most shared first
    /// (ties: the lowest id first).
    ///
    /// A band looks at no more than [`POSTINGS_PER_BAND`] texts, the newest, so a query costs
    /// about the same however often a template was indexed. Counted that way, an older copy
    /// would lose to the newest texts of the crowded bands; so the [`SHORTLISTED`] texts sharing
    /// the most bands looked at are then tested for each crowded band they were not looked at in.
    fn candidates(&self, query: &Fingerprint, limit: usize) -> Vec<usize> {
        if limit <= self.shape.compare_all_up_to {
            return (0..limit).collect();
        }
        let limit = u32::try_from(limit).unwrap_or(u32::MAX);
        let mut hits: Vec<u32> = Vec::with_capacity(query.band_keys().len() * POSTINGS_PER_BAND);
        // Per crowded band: its postings and the oldest id looked at in them.
        let mut crowded = Vec::new();
        for &key in query.band_keys() {
            let postings = self.buckets.postings(key);
            if postings.for_each_newest(limit, POSTINGS_PER_BAND, |id| hits.push(id)) {
                crowded.push((postings, hits.last().copied().unwrap_or(limit)));
            }
        }
        hits.sort_unstable();
        let mut ranked: Vec<u64> = hits
            .chunk_by(|a, b| a == b)
            .map(|run| rank(run.len(), run[0]))
            .collect();
        if !crowded.is_empty() {
            keep_best(&mut ranked, SHORTLISTED);
            for entry in &mut ranked {
                let (mut shared, id) = unrank(*entry);
                shared += crowded
                    .iter()
                    .filter(|(postings, oldest_seen)| id < *oldest_seen && postings.contains(id))
                    .count();
                *entry = rank(shared, id);
            }
        }
        keep_best(&mut ranked, CANDIDATES_CONFIRMED);
        ranked.sort_unstable();
        ranked
            .into_iter()
            .map(|entry| unrank(entry).1 as usize)
            .collect()
    }

    fn samples_of(&self, id: usize) -> &[u16] {
        let start = id
            .checked_sub(1)
            .map_or(0, |i| self.sample_ends[i] as usize);
        &self.samples[start..self.sample_ends[id] as usize]
    }
}

/// Bands shared and id packed into one integer so that the smaller ranks first: most shared,
/// then the lowest id.
fn rank(shared: usize, id: u32) -> u64 {
    (u64::from(u32::MAX - shared as u32) << 32) | u64::from(id)
}

/// The bands shared and the id of a [`rank`].
fn unrank(rank: u64) -> (usize, u32) {
    ((u32::MAX - (rank >> 32) as u32) as usize, rank as u32)
}

/// Keeps the `count` best ranks of `ranked`, in any order.
fn keep_best(ranked: &mut Vec<u64>, count: usize) {
    if count < ranked.len() {
        ranked.select_nth_unstable(count);
        ranked.truncate(count);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Whole replies, found by their bands however few are indexed.
    const BANDED: Shape = Shape {
        compare_all_up_to: 0,
        ..Shape::REPLIES
    };

    fn index_of(texts: &[&str]) -> NearDuplicateIndex {
        index_shaped(texts, BANDED)
    }

    fn index_shaped(texts: &[&str], shape: Shape) -> NearDuplicateIndex {
        let mut index = NearDuplicateIndex::new(shape);
        for text in texts {
            index.add(&Fingerprint::of_text(text, shape));
        }
        index
    }

    fn best(index: &NearDuplicateIndex, text: &str) -> Option<Match> {
        index.best_match(&Fingerprint::of_text(text, index.shape()), 0.5)
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
        let query = Fingerprint::of_text(copy, BANDED);
        let expected: Vec<usize> = (3..3 + CANDIDATES_CONFIRMED).collect();
        assert_eq!(index.candidates(&query, index.len()), expected);
        assert_eq!(index.candidates(&query, 5), [3, 4]);
    }

    #[test]
    fn a_template_indexed_thousands_of_times_costs_a_query_a_bounded_look() {
        let template = "Thank you for your feedback, which we have shared with the ward manager.";
        let index = index_of(&[template; 5_000]);
        let query = Fingerprint::of_text(template, BANDED);
        assert_eq!(
            index.candidates(&query, index.len()).len(),
            CANDIDATES_CONFIRMED
        );
        assert_eq!(index.candidates(&query, 3), [0, 1, 2]);
        let found = index.matches(&query, 0.9);
        assert_eq!(found.len(), CANDIDATES_CONFIRMED);
        assert!(found
            .iter()
            .all(|m| m.id >= 5_000 - POSTINGS_PER_BAND && m.similarity == 1.0));
    }

    #[test]
    fn texts_added_at_once_are_found_as_texts_added_one_by_one() {
        let texts = [
            "Thank you for telling us about the noise on the ward at night.",
            "Parking at the hospital was expensive and hard to find.",
            "The receptionist was kind and the wait was short.",
            "Thank you for telling us about the noise on the ward in the evening.",
        ];
        let one_by_one = index_of(&texts);
        let mut at_once = index_of(&texts[..1]);
        at_once.extend(
            texts[1..]
                .iter()
                .map(|text| Fingerprint::of_text(text, BANDED)),
        );
        assert_eq!(at_once.len(), texts.len());
        for text in texts {
            let query = Fingerprint::of_text(text, BANDED);
            assert_eq!(
                at_once.matches(&query, 0.3),
                one_by_one.matches(&query, 0.3)
            );
        }
        assert_eq!(best(&at_once, texts[3]).map(|m| m.id), Some(3));
    }

    #[test]
    fn a_small_index_compares_every_text() {
        let texts = [
            "Thank you for telling us about the noise on the ward at night.",
            "Parking at the hospital was expensive and hard to find.",
        ];
        let small = index_shaped(&texts, Shape::REPLIES);
        let query = Fingerprint::of_text("Parking was dear", Shape::REPLIES);
        assert_eq!(small.candidates(&query, small.len()), [0, 1]);
        let mut large = index_shaped(&texts, Shape::REPLIES);
        for _ in 0..Shape::REPLIES.compare_all_up_to {
            large.add(&Fingerprint::of_text(
                "Our pharmacy opens on Sundays.",
                Shape::REPLIES,
            ));
        }
        assert!(large.candidates(&query, large.len()).len() <= CANDIDATES_CONFIRMED);
    }
}
