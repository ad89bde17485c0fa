//! [`insert_by_key`]: a sorted list built one item at a time, for the few items one draft yields
//! (phrases, pasted blocks).

/// Inserts `item` into `sorted` (ordered by `key`) after every item whose key is no greater, so
/// items inserted one by one end up in a stable order. Each insertion moves the items after it:
/// for short lists only.
pub(crate) fn insert_by_key<T>(sorted: &mut Vec<T>, item: T, key: impl Fn(&T) -> usize) {
    let item_key = key(&item);
    let at = sorted.partition_point(|other| key(other) <= item_key);
    sorted.insert(at, item);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn equal_keys_keep_their_order() {
        let mut sorted = Vec::new();
        for item in [(2, 'a'), (1, 'b'), (2, 'c'), (0, 'd'), (1, 'e')] {
            insert_by_key(&mut sorted, item, |&(key, _)| key);
        }
        assert_eq!(sorted, [(0, 'd'), (1, 'b'), (1, 'e'), (2, 'a'), (2, 'c')]);
    }
}
