//! The wasm's sorts, small enough that no copy of the standard library's sort is needed.
//!
//! Every `sort_by` with its own element type or comparator is compiled into its own copy of the
//! standard library's sort (3 to 7 KB of wasm each; a copy sorting positions with the comparison
//! behind a `dyn` reference still takes 7 KB). [`sorted_by`] sorts positions with a merge sort
//! of a few hundred bytes that all its callers share, this crate's and the engine's (which
//! re-exports it). The index's long lists of packed integers get [`radix_sort`] instead, as
//! small and much faster there.

use std::cmp::Ordering;

/// `items` ordered by `compare`; items that compare equal keep their order (a stable sort).
pub fn sorted_by<T>(items: Vec<T>, compare: impl Fn(&T, &T) -> Ordering) -> Vec<T> {
    let order = stable_order(items.len(), &|a, b| compare(&items[a], &items[b]));
    let mut slots: Vec<Option<T>> = items.into_iter().map(Some).collect();
    order.into_iter().filter_map(|i| slots[i].take()).collect()
}

/// Sorts `values` in ascending order: a least significant digit radix sort, one byte a pass,
/// through one scratch buffer (a pass is skipped when every value has the same byte there). For
/// the index's long lists of packed integers, where a merge sort through [`sorted_by`]'s
/// positions would take more time and memory, in a few hundred bytes of wasm.
pub(crate) fn radix_sort(values: &mut Vec<u64>) {
    let mut scratch = vec![0u64; values.len()];
    for shift in (0..u64::BITS).step_by(8) {
        let digit = |value: u64| (value >> shift) as usize & 0xff;
        let mut starts = [0usize; 256];
        for &value in values.iter() {
            starts[digit(value)] += 1;
        }
        if starts.contains(&values.len()) {
            continue;
        }
        let mut start = 0;
        for slot in &mut starts {
            let count = *slot;
            *slot = start;
            start += count;
        }
        for &value in values.iter() {
            let slot = &mut starts[digit(value)];
            scratch[*slot] = value;
            *slot += 1;
        }
        std::mem::swap(values, &mut scratch);
    }
}

/// The positions `0..len` ordered by `compare`, equal ones in ascending order: a bottom-up merge
/// sort, merging runs of 1, 2, 4… positions back and forth between two buffers.
fn stable_order(len: usize, compare: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..len).collect();
    let mut merged = vec![0; len];
    let mut run = 1;
    while run < len {
        for start in (0..len).step_by(2 * run) {
            let middle = (start + run).min(len);
            let end = (start + 2 * run).min(len);
            merge(
                &order[start..middle],
                &order[middle..end],
                &mut merged[start..end],
                compare,
            );
        }
        std::mem::swap(&mut order, &mut merged);
        run *= 2;
    }
    order
}

/// Merges the sorted runs `left` and `right` into `out`, taking from `left` on ties.
fn merge(
    left: &[usize],
    right: &[usize],
    out: &mut [usize],
    compare: &dyn Fn(usize, usize) -> Ordering,
) {
    let (mut l, mut r) = (0, 0);
    for slot in out {
        let from_right =
            l == left.len() || (r < right.len() && compare(right[r], left[l]) == Ordering::Less);
        if from_right {
            *slot = right[r];
            r += 1;
        } else {
            *slot = left[l];
            l += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn orders_by_the_comparison_and_keeps_ties_in_place() {
        let items = vec![(3, 'a'), (1, 'b'), (3, 'c'), (2, 'd'), (1, 'e')];
        let sorted = sorted_by(items, |x, y| x.0.cmp(&y.0));
        assert_eq!(sorted, [(1, 'b'), (1, 'e'), (2, 'd'), (3, 'a'), (3, 'c')]);
    }

    #[test]
    fn radix_sort_agrees_with_the_standard_sort() {
        for len in [0, 1, 2, 255, 256, 1000] {
            let mut values: Vec<u64> = (0..len as u64)
                .map(|i| i.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> (i % 40))
                .collect();
            let mut expected = values.clone();
            expected.sort_unstable();
            radix_sort(&mut values);
            assert_eq!(values, expected, "{len}");
        }
        let mut same_high_bytes = vec![7 << 32 | 3, 7 << 32 | 1, 7 << 32 | 2];
        radix_sort(&mut same_high_bytes);
        assert_eq!(same_high_bytes, [7 << 32 | 1, 7 << 32 | 2, 7 << 32 | 3]);
    }

    #[test]
    fn agrees_with_the_standard_stable_sort_at_every_length() {
        for len in 0..300 {
            let items: Vec<(u32, usize)> = (0..len).map(|i| ((i * 7919 % 13) as u32, i)).collect();
            let mut expected = items.clone();
            expected.sort_by_key(|item| std::cmp::Reverse(item.0));
            assert_eq!(sorted_by(items, |x, y| y.0.cmp(&x.0)), expected, "{len}");
        }
    }
}
