//! What the index keeps of each text to confirm a candidate, and how two texts are compared.
//!
//! A text is cut into units (its words, or its word pairs: see [`Measure`]) and each unit is
//! kept as 16 bits of its hash. A text of more than [`SAMPLE_TARGET`] units keeps only the units
//! whose hash falls in one of `2^shift` classes, chosen by content, so that a query sampled at
//! the same `shift` keeps the same units.

use super::hashing::hash_sequence;

/// Texts of up to this many units are kept whole; longer ones are sampled down to about this many.
const SAMPLE_TARGET: usize = 48;

/// How alike two texts are, from 0 (nothing alike) to 1.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Measure {
    /// Word-level edit similarity: one minus the Levenshtein distance over the longer text's
    /// words (strsim). Order matters: for single sentences.
    InOrder,
    /// Shared word pairs: the share of each text's word pairs that the other has too, the
    /// smaller of the two (the shared pairs over the longer text's). Paragraphs put in another
    /// order keep nearly every pair, and a short text with a clause added keeps most of the
    /// longer's, so order does not count and added length counts only by its share; a text
    /// that is mostly its own words around a copied part is not alike, and two replies on one
    /// topic share few pairs beyond a greeting, a sign-off and a route. For whole replies.
    AnyOrder,
}

impl Measure {
    /// The smallest `shift` that samples the units of a text of these word hashes down to at
    /// most [`SAMPLE_TARGET`].
    pub(super) fn sample_shift(self, words: &[u64]) -> u8 {
        let units = match self {
            Measure::InOrder => words.len(),
            Measure::AnyOrder => words.len().saturating_sub(1).max(words.len().min(1)),
        };
        let mut shift = 0;
        while units >> shift > SAMPLE_TARGET {
            shift += 1;
        }
        shift
    }

    /// The sample of a text of these word hashes at `shift`: its words in order, or its word
    /// pairs (the one word of a one-word text) sorted.
    pub(super) fn sample(self, words: &[u64], shift: u8) -> Vec<u16> {
        let mask = (1u64 << shift) - 1;
        let keep = |hash: &u64| hash & mask == 0;
        let unit = |hash: u64| (hash >> 48) as u16;
        match self {
            Measure::InOrder => words.iter().copied().filter(keep).map(unit).collect(),
            Measure::AnyOrder => {
                let mut pairs: Vec<u16> = if words.len() == 1 {
                    words.iter().copied().filter(keep).map(unit).collect()
                } else {
                    words
                        .windows(2)
                        .map(|pair| hash_sequence(0, pair.iter().copied()))
                        .filter(keep)
                        .map(unit)
                        .collect()
                };
                pairs.sort_unstable();
                pairs
            }
        }
    }

    /// The similarity of two samples taken at the same shift, or `None` when below
    /// `min_similarity` (their lengths alone can rule it out before they are compared).
    pub(super) fn similarity(self, a: &[u16], b: &[u16], min_similarity: f64) -> Option<f64> {
        let (shorter, longer) = (a.len().min(b.len()) as f64, a.len().max(b.len()) as f64);
        if shorter == 0.0 {
            return None;
        }
        let similarity = match self {
            Measure::InOrder => {
                if shorter < min_similarity * longer
                    || 1.0 - distance_lower_bound(a, b) as f64 / longer < min_similarity
                {
                    return None;
                }
                let distance = strsim::generic_levenshtein(&Units(a), &Units(b));
                1.0 - distance as f64 / longer
            }
            Measure::AnyOrder => {
                // At best the shorter is all in the longer.
                if shorter / longer < min_similarity {
                    return None;
                }
                shared_in_sorted(a, b) as f64 / longer
            }
        };
        (similarity >= min_similarity).then_some(similarity)
    }
}

/// How many units two sorted samples share, counting a repeated unit as often as both have it.
fn shared_in_sorted(a: &[u16], b: &[u16]) -> usize {
    let (mut i, mut j, mut shared) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                shared += 1;
                i += 1;
                j += 1;
            }
        }
    }
    shared
}

/// At most the Levenshtein distance of `a` and `b`: every unit of one that the other lacks (as
/// multisets) takes an edit, and one edit removes at most one such unit from each side.
fn distance_lower_bound(a: &[u16], b: &[u16]) -> usize {
    let mut a = a.to_vec();
    let mut b = b.to_vec();
    a.sort_unstable();
    b.sort_unstable();
    let shared = shared_in_sorted(&a, &b);
    (a.len() - shared).max(b.len() - shared)
}

/// A sample as strsim's generic Levenshtein wants it (something whose reference iterates).
struct Units<'a>(&'a [u16]);

impl<'a> IntoIterator for &Units<'a> {
    type Item = &'a u16;
    type IntoIter = std::slice::Iter<'a, u16>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.iter()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::hashing::{finish, word_hashes};

    fn similarity(measure: Measure, a: &str, b: &str) -> f64 {
        let (a, b) = (word_hashes(a), word_hashes(b));
        let shift = measure.sample_shift(&a).max(measure.sample_shift(&b));
        measure
            .similarity(&measure.sample(&a, shift), &measure.sample(&b, shift), 0.0)
            .unwrap_or(0.0)
    }

    const PARAGRAPHS: [&str; 3] = [
        "Thank you for telling us about the long wait for your mother's hip operation.",
        "Our advocacy service can help you raise this with the hospital; call us on 01632 960218.",
        "We will share your story, without your name, with the trust's patient experience team.",
    ];

    #[test]
    fn sampling_is_by_content_and_bounded() {
        let words: Vec<u64> = (0..1000u64).map(finish).collect();
        assert_eq!(Measure::InOrder.sample_shift(&words[..48]), 0);
        assert_eq!(Measure::InOrder.sample_shift(&words[..49]), 1);
        assert_eq!(Measure::AnyOrder.sample_shift(&words[..49]), 0);
        for measure in [Measure::InOrder, Measure::AnyOrder] {
            let kept = measure.sample(&words, measure.sample_shift(&words)).len();
            assert!((15..=80).contains(&kept), "{measure:?}: {kept}");
        }
    }

    #[test]
    fn reordered_paragraphs_are_alike_in_any_order_only() {
        let original = PARAGRAPHS.join(" ");
        let reordered = [PARAGRAPHS[2], PARAGRAPHS[0], PARAGRAPHS[1]].join(" ");
        assert!(similarity(Measure::AnyOrder, &original, &reordered) > 0.9);
        assert!(similarity(Measure::InOrder, &original, &reordered) < 0.5);
    }

    #[test]
    fn a_clause_added_to_a_short_text_is_not_swamped_by_its_length() {
        let template = PARAGRAPHS[..2].join(" ");
        let added = template.replace(
            "raise this",
            "raise this, and we can come with you to the meeting if you would like",
        );
        let any_order = similarity(Measure::AnyOrder, &template, &added);
        assert!(any_order > 0.6, "{any_order}");
        assert!(similarity(Measure::InOrder, &template, &added) < 0.8);
    }

    #[test]
    fn a_copied_part_among_more_words_of_its_own_is_not_alike() {
        let own = "Your account of the discharge lounge, where you waited six hours for \
            transport with no food offered, is one we will raise with the trust's patient \
            experience lead next week; we would like to hear whether the promised call came.";
        let template = PARAGRAPHS[..2].join(" ");
        let any_order = similarity(Measure::AnyOrder, &template, &format!("{template} {own}"));
        assert!(any_order < 0.5, "{any_order}");
    }

    #[test]
    fn texts_on_one_topic_in_other_words_share_little() {
        let other = "We're sorry your mum waited so long for her operation. Healthwatch can \
            support you to complain: ring 01632 960218. With your permission we'll pass your \
            feedback to the hospital anonymously.";
        let any_order = similarity(Measure::AnyOrder, &PARAGRAPHS.join(" "), other);
        assert!(any_order < 0.2, "{any_order}");
    }

    #[test]
    fn shared_units_are_counted_as_multisets() {
        assert_eq!(shared_in_sorted(&[1, 1, 2, 5], &[1, 2, 2, 5, 6]), 3);
        assert_eq!(shared_in_sorted(&[], &[1]), 0);
    }

    #[test]
    fn the_lower_bound_never_exceeds_the_distance() {
        let samples: [&[u16]; 5] = [&[1, 2, 3, 4], &[4, 3, 2, 1], &[1, 1, 2], &[9], &[]];
        for a in samples {
            for b in samples {
                let distance = strsim::generic_levenshtein(&Units(a), &Units(b));
                assert!(distance_lower_bound(a, b) <= distance, "{a:?} {b:?}");
            }
        }
        assert_eq!(distance_lower_bound(&[1, 2, 3], &[3, 2, 1]), 0);
        assert_eq!(distance_lower_bound(&[1, 2, 3], &[4, 5]), 3);
    }

    #[test]
    fn short_samples_are_compared_exactly() {
        let in_order = Measure::InOrder;
        assert_eq!(
            in_order.similarity(&[1, 2, 3, 4], &[1, 2, 9, 4], 0.5),
            Some(0.75)
        );
        assert_eq!(in_order.similarity(&[1, 2, 3, 4], &[1], 0.5), None);
        assert_eq!(in_order.similarity(&[], &[], 0.0), None);
        let any_order = Measure::AnyOrder;
        assert_eq!(
            any_order.similarity(&[1, 2, 3, 4], &[1, 2, 3], 0.5),
            Some(0.75)
        );
        assert_eq!(any_order.similarity(&[1, 2, 3, 4], &[1], 0.7), None);
    }
}
