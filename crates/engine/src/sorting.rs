//! One stable sort for the engine's short lists.
//!
//! Every `sort_by` with its own element type or comparator is compiled into its own copy of the
//! standard library's sort (3 to 7 KB of wasm each). [`sorted_by`] sorts positions instead, with
//! the comparison behind a `dyn` reference, so all its callers share one copy. The lists it
//! serves are short (a draft's findings, the phrases of a rule, a few candidates), where the
//! indirection costs nothing measurable; a hot loop over many elements keeps a sort of its own.

use std::cmp::Ordering;

/// `items` ordered by `compare`; items that compare equal keep their order (a stable sort).
pub(crate) fn sorted_by<T>(items: Vec<T>, compare: impl Fn(&T, &T) -> Ordering) -> Vec<T> {
    let order = stable_order(items.len(), &|a, b| compare(&items[a], &items[b]));
    let mut slots: Vec<Option<T>> = items.into_iter().map(Some).collect();
    order.into_iter().filter_map(|i| slots[i].take()).collect()
}

/// The positions `0..len` ordered by `compare`, equal ones in ascending order.
fn stable_order(len: usize, compare: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..len).collect();
    order.sort_by(|&a, &b| compare(a, b));
    order
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
    fn agrees_with_the_standard_stable_sort() {
        let items: Vec<(u32, usize)> = (0..500).map(|i| ((i * 7919 % 61) as u32, i)).collect();
        let mut expected = items.clone();
        expected.sort_by_key(|item| std::cmp::Reverse(item.0));
        assert_eq!(sorted_by(items, |x, y| y.0.cmp(&x.0)), expected);
        assert!(sorted_by(Vec::<u8>::new(), u8::cmp).is_empty());
    }
}
