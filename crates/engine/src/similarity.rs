//! Near-duplicate search over earlier replies. (Placeholder: the indexed implementation lands next.)

use crate::{Config, HistoryEntry};

/// The responder's earlier replies, indexed for near-duplicate search.
#[derive(Debug, Clone, Default)]
pub struct HistoryIndex {
    entries: Vec<HistoryEntry>,
}

impl HistoryIndex {
    /// An empty index tuned by `config`.
    pub fn new(_config: &Config) -> Self {
        Self::default()
    }

    /// Adds one reply.
    pub fn add(&mut self, entry: HistoryEntry) {
        self.entries.push(entry);
    }

    /// Number of replies indexed.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// True when no reply is indexed.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}
