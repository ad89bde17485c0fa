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

/// About this many merged keys share a slot of the directory.
const KEYS_PER_SLOT: usize = 16;

/// Marks the end of a chain in `recent`.
const END_OF_CHAIN: u32 = u32::MAX;

/// Band key → ids of the texts with that key.
#[derive(Debug, Clone)]
pub(super) struct Buckets {
    merged_keys: Vec<u32>,
    merged_ids: Vec<u32>,
    /// Key → newest node of its chain in `recent_nodes`.
    recent_heads: HashMap<u32, u32, Prehashed>,
    /// `(text id, older node with the same key or END_OF_CHAIN)`.
    recent_nodes: Vec<(u32, u32)>,
    /// The lowest id in `recent` (`u32::MAX` when it is empty).
    recent_first_id: u32,
    /// Where the keys whose top bits are `slot` start in `merged_keys`, at `directory[slot]`,
    /// and end, at `directory[slot + 1]` (a slot per sixteen keys or so): a lookup bisects a
    /// few neighbouring keys instead of the whole list, whose every step would miss the cache.
    directory: Vec<u32>,
    /// A key's slot in `directory` is `key >> directory_shift`.
    directory_shift: u32,
}

/// The ids of the texts with one band key.
pub(super) struct Postings<'a> {
    /// Those in `merged`, ascending.
    merged: &'a [u32],
    /// The newest node of the key's chain in `recent_nodes`.
    recent_head: u32,
    recent_nodes: &'a [(u32, u32)],
    /// Every id in the chain is at least this, and higher than every id in `merged` (ids are
    /// added in order and a merge empties `recent`); a chain runs from its newest node.
    recent_first_id: u32,
}

impl Postings<'_> {
    /// Calls `visit` with the ids below `limit`, newest (highest) first, at most `most` of
    /// them, and tells whether there were more: a key common to thousands of texts (a template
    /// sent again and again) costs a query no more than a rare one.
    pub(super) fn for_each_newest(
        &self,
        limit: u32,
        most: usize,
        mut visit: impl FnMut(u32),
    ) -> bool {
        let mut left = most;
        if limit > self.recent_first_id {
            for id in self.recent().filter(|&id| id < limit) {
                if left == 0 {
                    return true;
                }
                visit(id);
                left -= 1;
            }
        }
        let below = self.merged.partition_point(|&id| id < limit);
        self.merged[below.saturating_sub(left)..below]
            .iter()
            .rev()
            .for_each(|&id| visit(id));
        below > left
    }

    /// True when text `id` has the key.
    pub(super) fn contains(&self, id: u32) -> bool {
        if id < self.recent_first_id {
            self.merged.binary_search(&id).is_ok()
        } else {
            self.recent().find(|&found| found <= id) == Some(id)
        }
    }

    /// The ids in the chain, newest first.
    fn recent(&self) -> impl Iterator<Item = u32> + '_ {
        let mut node = self.recent_head;
        std::iter::from_fn(move || {
            let (id, older) = *self.recent_nodes.get(node as usize)?;
            node = older;
            Some(id)
        })
    }
}

impl Default for Buckets {
    fn default() -> Self {
        Self {
            merged_keys: Vec::new(),
            merged_ids: Vec::new(),
            recent_heads: HashMap::default(),
            recent_nodes: Vec::new(),
            recent_first_id: u32::MAX,
            directory: Vec::new(),
            directory_shift: u32::BITS,
        }
    }
}

impl Buckets {
    /// Records that text `id` has band key `key`; ids come in ascending order.
    pub(super) fn insert(&mut self, key: u32, id: u32) {
        self.recent_first_id = self.recent_first_id.min(id);
        let node = self.recent_nodes.len() as u32;
        let older = self.recent_heads.insert(key, node).unwrap_or(END_OF_CHAIN);
        self.recent_nodes.push((id, older));
        if self.recent_nodes.len() > MIN_RECENT_BEFORE_MERGE.max(self.merged_keys.len() / 16) {
            self.merge_recent();
        }
    }

    /// The texts that have band key `key`.
    pub(super) fn postings(&self, key: u32) -> Postings<'_> {
        let slot = (u64::from(key) >> self.directory_shift) as usize;
        let (start, end) = match self.directory.get(slot..slot + 2) {
            Some(&[start, end]) => (start as usize, end as usize),
            _ => (0, self.merged_keys.len()),
        };
        let keys = &self.merged_keys[start..end];
        let first = start + keys.partition_point(|&k| k < key);
        let last = start + keys.partition_point(|&k| k <= key);
        Postings {
            merged: &self.merged_ids[first..last],
            recent_head: self.recent_heads.get(&key).copied().unwrap_or(END_OF_CHAIN),
            recent_nodes: &self.recent_nodes,
            recent_first_id: self.recent_first_id,
        }
    }

    /// Bytes held, capacity included.
    pub(super) fn memory_bytes(&self) -> usize {
        use std::mem::size_of;
        (self.merged_keys.capacity() + self.merged_ids.capacity() + self.directory.capacity())
            * size_of::<u32>()
            + self.recent_nodes.capacity() * size_of::<(u32, u32)>()
            // A hash table slot holds the entry and one control byte.
            + self.recent_heads.capacity() * (size_of::<(u32, u32)>() + 1)
    }

    /// Records the band keys of many texts at once, each entry packed as `key << 32 | id`, with
    /// ids above every id inserted before: sorted and merged in one go, as a history is indexed
    /// on page load, instead of growing `recent` and merging it again and again.
    pub(super) fn insert_all(&mut self, entries: Vec<u64>) {
        self.merge(entries);
    }

    fn merge_recent(&mut self) {
        self.merge(Vec::with_capacity(self.recent_nodes.len()));
    }

    /// Merges `entries` (packed as in [`Self::insert_all`]) and everything in `recent` into
    /// `merged`, leaving `recent` empty.
    fn merge(&mut self, mut recent: Vec<u64>) {
        // Each entry packed as `key << 32 | id`, so integer order is (key, id) order.
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
        self.build_directory();
        self.recent_heads.clear();
        self.recent_nodes.clear();
        self.recent_first_id = u32::MAX;
    }

    /// Rebuilds `directory` for the current `merged_keys`.
    fn build_directory(&mut self) {
        let slots_log2 = (self.merged_keys.len() / KEYS_PER_SLOT).max(1).ilog2();
        self.directory_shift = u32::BITS - slots_log2;
        let slot_of = |key: u32| (u64::from(key) >> self.directory_shift) as usize;
        let mut directory = Vec::with_capacity((1 << slots_log2) + 1);
        let mut at = 0;
        for slot in 0..1usize << slots_log2 {
            at += self.merged_keys[at..].partition_point(|&key| slot_of(key) < slot);
            directory.push(at as u32);
        }
        directory.push(self.merged_keys.len() as u32);
        self.directory = directory;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(buckets: &Buckets, key: u32, limit: u32, most: usize) -> Vec<u32> {
        let mut found = Vec::new();
        buckets
            .postings(key)
            .for_each_newest(limit, most, |id| found.push(id));
        found
    }

    fn ids_mod_1000(count: u32) -> Buckets {
        let mut buckets = Buckets::default();
        for id in 0..count {
            buckets.insert(id % 1000, id);
        }
        buckets
    }

    #[test]
    fn finds_entries_before_and_after_merges() {
        let buckets = ids_mod_1000(20_000);
        assert!(!buckets.merged_keys.is_empty(), "a merge happened");
        assert!(!buckets.recent_nodes.is_empty(), "some entries are recent");
        let newest_first: Vec<u32> = (0..20).rev().map(|i| 7 + i * 1000).collect();
        assert_eq!(ids(&buckets, 7, u32::MAX, 100), newest_first);
        assert!(ids(&buckets, 5000, u32::MAX, 100).is_empty());
    }

    #[test]
    fn the_directory_finds_every_key() {
        let mut buckets = Buckets::default();
        let keys: Vec<u32> = (0..10_000u32)
            .map(|i| i.wrapping_mul(0x9E37_79B9))
            .collect();
        for (id, &key) in keys.iter().enumerate() {
            buckets.insert(key, id as u32);
        }
        assert!(buckets.directory.len() > 2);
        for (id, &key) in keys.iter().enumerate() {
            assert_eq!(ids(&buckets, key, u32::MAX, 9), [id as u32]);
        }
        assert!(ids(&buckets, u32::MAX, u32::MAX, 9).is_empty());
    }

    #[test]
    fn visits_the_newest_ids_below_the_limit_and_no_more_than_asked() {
        let buckets = ids_mod_1000(20_000);
        // 17,007 to 19,007 are recent, 7 to 16,007 merged (the last merge took 16,388 entries).
        assert_eq!(ids(&buckets, 7, u32::MAX, 3), [19_007, 18_007, 17_007]);
        assert_eq!(ids(&buckets, 7, 17_007, 3), [16_007, 15_007, 14_007]);
        assert_eq!(ids(&buckets, 7, 2_000, 3), [1_007, 7]);
        assert!(ids(&buckets, 7, 7, 3).is_empty());
        let more = |limit, most| buckets.postings(7).for_each_newest(limit, most, |_| {});
        assert!(more(u32::MAX, 19));
        assert!(!more(u32::MAX, 20));
        assert!(!more(17_007, 17));
    }

    #[test]
    fn inserting_all_at_once_finds_what_inserting_one_by_one_does() {
        let key_of = |id: u32| (id % 1000).wrapping_mul(0x9E37_79B9);
        let one_by_one = {
            let mut buckets = Buckets::default();
            (0..20_000).for_each(|id| buckets.insert(key_of(id), id));
            buckets
        };
        let mut at_once = Buckets::default();
        (0..300).for_each(|id| at_once.insert(key_of(id), id));
        at_once.insert_all(
            (300..20_000)
                .map(|id| u64::from(key_of(id)) << 32 | u64::from(id))
                .collect(),
        );
        assert!(at_once.recent_nodes.is_empty(), "everything is merged");
        for key in (0..1000).map(key_of) {
            for (limit, most) in [(u32::MAX, 100), (17_000, 5), (350, 9)] {
                assert_eq!(
                    ids(&at_once, key, limit, most),
                    ids(&one_by_one, key, limit, most)
                );
            }
        }
    }

    #[test]
    fn knows_which_texts_have_a_key() {
        let buckets = ids_mod_1000(20_000);
        for id in [7, 16_007, 17_007, 19_007] {
            assert!(buckets.postings(7).contains(id), "{id}");
            assert!(!buckets.postings(8).contains(id), "{id}");
        }
        assert!(!buckets.postings(7).contains(17_008));
        assert!(!buckets.postings(7).contains(20_007));
    }
}
