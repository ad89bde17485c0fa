//! The LSH buckets: a multimap from band key to text id that stays compact (8 bytes an entry once
//! merged) and grows one text at a time without a rebuild.
//!
//! Entries live in two parts: `merged`, sorted by key and searched by bisection, and `recent`, a
//! small hash table of chains holding what was added since the last merge. When `recent` outgrows
//! a sixteenth of `merged` it is sorted and merged in, so each entry is copied a bounded number of
//! times on average and `recent` never costs more than a fraction of the memory.

use std::collections::HashMap;

use super::hashing::Prehashed;
use super::sorting::radix_sort;

/// Merge `recent` once it holds more than this many entries and more than a sixteenth of `merged`.
const MIN_RECENT_BEFORE_MERGE: usize = 4096;

/// Marks the end of a chain in `recent`.
const END_OF_CHAIN: u32 = u32::MAX;

/// Band key → ids of the texts with that key.
#[derive(Debug, Clone, Default)]
pub(super) struct Buckets {
    merged_keys: Vec<u32>,
    merged_ids: Vec<u32>,
    /// Key → newest node of its chain in `recent_nodes`.
    recent_heads: HashMap<u32, u32, Prehashed>,
    /// `(text id, older node with the same key or END_OF_CHAIN)`.
    recent_nodes: Vec<(u32, u32)>,
}

impl Buckets {
    /// Records that text `id` has band key `key`.
    pub(super) fn insert(&mut self, key: u32, id: u32) {
        let node = self.recent_nodes.len() as u32;
        let older = self.recent_heads.insert(key, node).unwrap_or(END_OF_CHAIN);
        self.recent_nodes.push((id, older));
        if self.recent_nodes.len() > MIN_RECENT_BEFORE_MERGE.max(self.merged_keys.len() / 16) {
            self.merge_recent();
        }
    }

    /// Calls `visit` with the id of every text that has band key `key`.
    pub(super) fn for_each(&self, key: u32, mut visit: impl FnMut(u32)) {
        let first = self.merged_keys.partition_point(|&k| k < key);
        self.merged_keys[first..]
            .iter()
            .take_while(|&&k| k == key)
            .zip(&self.merged_ids[first..])
            .for_each(|(_, &id)| visit(id));
        let mut node = self.recent_heads.get(&key).copied().unwrap_or(END_OF_CHAIN);
        while node != END_OF_CHAIN {
            let (id, older) = self.recent_nodes[node as usize];
            visit(id);
            node = older;
        }
    }

    /// Bytes held, capacity included.
    pub(super) fn memory_bytes(&self) -> usize {
        use std::mem::size_of;
        (self.merged_keys.capacity() + self.merged_ids.capacity()) * size_of::<u32>()
            + self.recent_nodes.capacity() * size_of::<(u32, u32)>()
            // A hash table slot holds the entry and one control byte.
            + self.recent_heads.capacity() * (size_of::<(u32, u32)>() + 1)
    }

    fn merge_recent(&mut self) {
        // Each entry packed as `key << 32 | id`, so integer order is (key, id) order.
        let mut recent: Vec<u64> = Vec::with_capacity(self.recent_nodes.len());
        for (&key, &head) in &self.recent_heads {
            let mut node = head;
            while node != END_OF_CHAIN {
                let (id, older) = self.recent_nodes[node as usize];
                recent.push(u64::from(key) << 32 | u64::from(id));
                node = older;
            }
        }
        radix_sort(&mut recent);
        let total = self.merged_keys.len() + recent.len();
        let mut keys = Vec::with_capacity(total);
        let mut ids = Vec::with_capacity(total);
        let mut merged = self.merged_keys.iter().zip(&self.merged_ids).peekable();
        for (key, id) in recent
            .into_iter()
            .map(|entry| ((entry >> 32) as u32, entry as u32))
        {
            while let Some((&k, &i)) = merged.next_if(|&(&k, &i)| (k, i) < (key, id)) {
                keys.push(k);
                ids.push(i);
            }
            keys.push(key);
            ids.push(id);
        }
        for (&k, &i) in merged {
            keys.push(k);
            ids.push(i);
        }
        self.merged_keys = keys;
        self.merged_ids = ids;
        self.recent_heads.clear();
        self.recent_nodes.clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(buckets: &Buckets, key: u32) -> Vec<u32> {
        let mut found = Vec::new();
        buckets.for_each(key, |id| found.push(id));
        found.sort_unstable();
        found
    }

    #[test]
    fn finds_entries_before_and_after_merges() {
        let mut buckets = Buckets::default();
        for id in 0..20_000u32 {
            buckets.insert(id % 1000, id);
        }
        assert!(!buckets.merged_keys.is_empty(), "a merge happened");
        let expected: Vec<u32> = (0..20).map(|i| 7 + i * 1000).collect();
        assert_eq!(ids(&buckets, 7), expected);
        assert!(ids(&buckets, 5000).is_empty());
    }
}
