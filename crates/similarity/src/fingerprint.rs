//! A text reduced to what near-duplicate search needs: its word hashes, and the LSH band keys of
//! a one-permutation MinHash signature of its word shingles.

use super::hashing::{hash_sequence, word_hashes};
use super::sample::Measure;

/// How an index cuts texts into shingles and signatures into LSH bands.
///
/// Two texts become candidates when all `rows` MinHash values of at least one of the `bands`
/// agree; with Jaccard similarity `j` of their shingle sets that happens with probability
/// `1 - (1 - j^rows)^bands`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shape {
    /// Words per shingle.
    pub shingle_words: usize,
    /// LSH bands (each is one key in the index).
    pub bands: usize,
    /// MinHash values per band.
    pub rows: usize,
    /// How a candidate is confirmed.
    pub measure: Measure,
    /// A query is compared with every text of an index holding no more than this many: a few
    /// hundred cheap comparisons cost no more than the band lookups, and miss nothing the
    /// bands would (a reply reworded by a third or more shares few whole bands).
    pub compare_all_up_to: usize,
}

impl Shape {
    /// Whole replies: word 3-shingles, 16 bands of 2. A near-copy with a tenth of its words
    /// changed (shingle Jaccard ≈ 0.55) becomes a candidate 99.7% of the time; two replies
    /// sharing only a greeting and sign-off (Jaccard ≈ 0.1) 15% of the time, and the word
    /// pairs they share then reject them. Paragraphs in any order, clauses added. A history of
    /// up to 256 replies is compared in full, so a template reworded by a third, whose whole
    /// shingles the bands may miss, is still found there.
    pub const REPLIES: Shape = Shape {
        shingle_words: 3,
        bands: 16,
        rows: 2,
        measure: Measure::AnyOrder,
        compare_all_up_to: 256,
    };

    /// Single sentences: word pairs, 8 bands of 1 (short texts have few shingles, so be generous;
    /// there are only a few hundred sentences on a page).
    pub const SENTENCES: Shape = Shape {
        shingle_words: 2,
        bands: 8,
        rows: 1,
        measure: Measure::InOrder,
        compare_all_up_to: 0,
    };

    fn bins(&self) -> usize {
        self.bands * self.rows
    }
}

/// A text's word hashes and LSH band keys.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fingerprint {
    words: Vec<u64>,
    band_keys: Vec<u32>,
}

impl Fingerprint {
    /// Fingerprints a text given as its word hashes (see [`super::hash_word`]).
    pub fn new(words: Vec<u64>, shape: Shape) -> Self {
        let band_keys = signature(&words, shape)
            .map(|signature| band_keys(&signature, shape))
            .unwrap_or_default();
        Self { words, band_keys }
    }

    /// Fingerprints `text`.
    pub fn of_text(text: &str, shape: Shape) -> Self {
        Self::new(word_hashes(text), shape)
    }

    /// The word hashes, in order.
    pub fn words(&self) -> &[u64] {
        &self.words
    }

    /// One key per LSH band; empty for a text without words.
    pub(super) fn band_keys(&self) -> &[u32] {
        &self.band_keys
    }
}

/// Hashes of the text's `width`-word shingles (the whole text as one shingle when shorter).
fn shingles(words: &[u64], width: usize) -> impl Iterator<Item = u64> + '_ {
    let width = width.clamp(1, words.len().max(1));
    words
        .windows(width)
        .map(|shingle| hash_sequence(0, shingle.iter().copied()))
}

/// One-permutation MinHash: each shingle falls into one bin (top bits of its hash) and each bin
/// keeps its smallest value; empty bins borrow from the next filled bin to the right ("rotation"
/// densification), so short texts still get a full signature. `None` when there are no words.
fn signature(words: &[u64], shape: Shape) -> Option<Vec<u32>> {
    let bins = shape.bins();
    let mut minima: Vec<Option<u32>> = vec![None; bins];
    for shingle in shingles(words, shape.shingle_words) {
        let bin = (((shingle >> 32) * bins as u64) >> 32) as usize;
        let value = shingle as u32;
        let slot = &mut minima[bin];
        *slot = Some(slot.map_or(value, |v| v.min(value)));
    }
    if minima.iter().all(Option::is_none) {
        return None;
    }
    Some(
        (0..bins)
            .map(|bin| {
                (0..bins)
                    .find_map(|distance| {
                        minima[(bin + distance) % bins]
                            .map(|v| v.wrapping_add((distance as u32).wrapping_mul(0x9E37_79B9)))
                    })
                    .unwrap_or_default()
            })
            .collect(),
    )
}

/// The key of each band: a hash of its position and its rows.
fn band_keys(signature: &[u32], shape: Shape) -> Vec<u32> {
    signature
        .chunks(shape.rows)
        .enumerate()
        .map(|(band, rows)| hash_sequence(band as u64, rows.iter().map(|&v| u64::from(v))) as u32)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(text: &str) -> Vec<u32> {
        Fingerprint::of_text(text, Shape::REPLIES).band_keys
    }

    #[test]
    fn every_band_has_a_key_even_for_short_texts() {
        assert_eq!(keys("Thanks").len(), Shape::REPLIES.bands);
        assert_eq!(keys("Thank you for sharing").len(), Shape::REPLIES.bands);
        assert!(keys(" … 😀 ").is_empty());
    }

    #[test]
    fn identical_texts_share_every_band_and_unrelated_ones_almost_none() {
        let a = "The advocacy service can help you make a complaint about the ward and the care your father received there.";
        assert_eq!(keys(a), keys(&a.to_uppercase()));
        let b = "Our volunteers visit care homes each spring and report what residents tell them about meals.";
        let shared = keys(a)
            .iter()
            .zip(keys(b))
            .filter(|(x, y)| **x == *y)
            .count();
        assert!(shared <= 1, "{shared}");
    }
}
