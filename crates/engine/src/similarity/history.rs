//! [`HistoryIndex`]: the responder's and organisation's earlier replies, for `repeated-response`.
//!
//! Only what a finding needs is kept per reply (its story link and date) plus the compact
//! near-duplicate data, never the reply text: 100,000 replies fit in a few tens of megabytes.

use std::fmt;
use std::sync::Arc;

use chrono::{DateTime, Utc};

use super::{word_hashes, Fingerprint, Match, NearDuplicateIndex, Shape};
use crate::{Config, HistoryEntry};

/// The responder's earlier replies, indexed for near-duplicate search. Adding a reply is
/// incremental (no rebuild); a search looks at a handful of candidates, not every reply.
///
/// The replies are shared, so a clone is cheap (adding to a clone copies them first), and the
/// engine can search the first *n* replies of one index without a copy of its own (an audit
/// checks each reply against those before it: [`crate::Engine::check_against_first`]).
#[derive(Clone)]
pub struct HistoryIndex {
    replies: Arc<Replies>,
    /// Replies `0..visible` are searched: all of them, unless this is a [`Self::first`] view.
    visible: usize,
}

/// The indexed replies.
#[derive(Clone)]
struct Replies {
    texts: NearDuplicateIndex,
    story_urls: StoryUrls,
    /// Per reply: when it was posted, in seconds since 1970, or [`UNKNOWN_DATE`].
    posted: Vec<i64>,
}

/// Keeps in `story_urls` and `posted` what a finding needs of `entry`, and returns the
/// fingerprint its text is indexed by.
fn remember(
    story_urls: &mut StoryUrls,
    posted: &mut Vec<i64>,
    entry: &HistoryEntry,
) -> Fingerprint {
    story_urls.push(entry.story_url.as_deref());
    posted.push(entry.posted.map_or(UNKNOWN_DATE, |p| p.timestamp()));
    Fingerprint::of_text(&entry.text, Shape::REPLIES)
}

/// Stands for "no date" in `Replies::posted` (half the memory of an `Option`).
const UNKNOWN_DATE: i64 = i64::MIN;

/// What is known of an indexed earlier reply.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EarlierReply<'a> {
    /// The story it was posted on, when known.
    pub story_url: Option<&'a str>,
    /// When it was posted, when known.
    pub posted: Option<DateTime<Utc>>,
}

impl HistoryIndex {
    /// An empty index tuned by `config`.
    pub fn new(_config: &Config) -> Self {
        Self {
            replies: Arc::new(Replies {
                texts: NearDuplicateIndex::new(Shape::REPLIES),
                story_urls: StoryUrls::default(),
                posted: Vec::new(),
            }),
            visible: 0,
        }
    }

    /// Adds one reply; its entry index is the number of replies added before it.
    pub fn add(&mut self, entry: HistoryEntry) {
        let Replies {
            texts,
            story_urls,
            posted,
        } = self.replies_to_add_to();
        texts.add(&remember(story_urls, posted, &entry));
        self.visible += 1;
    }

    /// Adds many replies, as [`add`](Self::add) each in turn would, in a fraction of the time
    /// (the near-duplicate index files them in one go: [`NearDuplicateIndex::extend`]).
    pub fn extend(&mut self, entries: impl IntoIterator<Item = HistoryEntry>) {
        let Replies {
            texts,
            story_urls,
            posted,
        } = self.replies_to_add_to();
        texts.extend(
            entries
                .into_iter()
                .map(|entry| remember(story_urls, posted, &entry)),
        );
        self.visible = posted.len();
    }

    fn replies_to_add_to(&mut self) -> &mut Replies {
        debug_assert_eq!(
            self.visible,
            self.replies.posted.len(),
            "views are not added to"
        );
        Arc::make_mut(&mut self.replies)
    }

    /// The first `count` replies (all of them if fewer), sharing this index's storage: searches
    /// give what an index of just those replies would. Only for searching, never added to.
    pub(crate) fn first(&self, count: usize) -> Self {
        Self {
            replies: Arc::clone(&self.replies),
            visible: count.min(self.visible),
        }
    }

    /// Number of replies indexed.
    pub fn len(&self) -> usize {
        self.visible
    }

    /// True when no reply is indexed.
    pub fn is_empty(&self) -> bool {
        self.visible == 0
    }

    /// The reply with entry index `index`.
    pub fn entry(&self, index: usize) -> Option<EarlierReply<'_>> {
        if index >= self.visible {
            return None;
        }
        let posted = self.replies.posted[index];
        Some(EarlierReply {
            story_url: self.replies.story_urls.get(index),
            posted: (posted != UNKNOWN_DATE)
                .then(|| DateTime::from_timestamp(posted, 0))
                .flatten(),
        })
    }

    /// Earlier replies at least `min_similarity` similar to `text` (0 to 1), most similar first.
    /// [`Match::id`] is the entry index.
    pub fn matches(&self, text: &str, min_similarity: f64) -> Vec<Match> {
        self.matches_words(word_hashes(text), min_similarity)
    }

    /// [`matches`](Self::matches) for a text given as its word hashes, as
    /// [`Document::word_hashes`](crate::Document::word_hashes) has them.
    pub fn matches_words(&self, words: Vec<u64>, min_similarity: f64) -> Vec<Match> {
        self.replies.texts.matches_before(
            &Fingerprint::new(words, Shape::REPLIES),
            min_similarity,
            self.visible,
        )
    }

    /// The earlier reply most similar to `text`, if at least `min_similarity` similar.
    pub fn find_similar(&self, text: &str, min_similarity: f64) -> Option<Match> {
        self.matches(text, min_similarity).into_iter().next()
    }

    /// Bytes held by the index, capacity included (an estimate for benchmarks and budgets).
    pub fn memory_bytes(&self) -> usize {
        let replies = &self.replies;
        std::mem::size_of::<Self>()
            + std::mem::size_of::<Replies>()
            + replies.texts.memory_bytes()
            + replies.story_urls.memory_bytes()
            + replies.posted.capacity() * std::mem::size_of::<i64>()
    }
}

impl Default for HistoryIndex {
    fn default() -> Self {
        Self::new(&Config::default())
    }
}

impl fmt::Debug for HistoryIndex {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("HistoryIndex")
            .field("replies", &self.len())
            .field("memory_bytes", &self.memory_bytes())
            .finish()
    }
}

/// Story links, one after another in one string (one allocation instead of one per reply).
#[derive(Debug, Clone, Default)]
struct StoryUrls {
    text: String,
    /// Per reply: where its link ends in `text` (it starts where the previous one ends; an empty
    /// range means no link).
    ends: Vec<u32>,
}

impl StoryUrls {
    fn push(&mut self, url: Option<&str>) {
        if let Some(url) = url {
            self.text.push_str(url.trim());
        }
        self.ends.push(self.text.len() as u32);
    }

    fn get(&self, index: usize) -> Option<&str> {
        let end = *self.ends.get(index)? as usize;
        let start = index.checked_sub(1).map_or(0, |i| self.ends[i] as usize);
        (start < end).then(|| &self.text[start..end])
    }

    fn memory_bytes(&self) -> usize {
        self.text.capacity() + self.ends.capacity() * std::mem::size_of::<u32>()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reply(text: &str, url: Option<&str>) -> HistoryEntry {
        HistoryEntry {
            text: text.into(),
            story_url: url.map(Into::into),
            posted: Some("2025-03-03T10:00:00Z".parse().unwrap()),
        }
    }

    /// A reply of about 120 words that differs from others only in `topic` words.
    fn synthetic_reply(n: usize) -> String {
        let words = [
            "ward",
            "clinic",
            "surgery",
            "pharmacy",
            "dentist",
            "ambulance",
            "hospice",
            "theatre",
        ];
        let pick = |k: usize| words[(n / 8usize.pow(k as u32)) % 8];
        format!(
            "Dear reader {n}, thank you for sharing your story about the {} and the {}. \
             We visit the {} every {} and listen to people who use the {}. Our team of {} \
             volunteers talks to staff about the {} and writes up what they hear about the {}. \
             If you would like to talk to us about the {} please call us or write to us; we can \
             also help you find an advocate for the {}. Reply number {n} ends here with kind \
             regards from the team at the {} project.",
            pick(0),
            pick(1),
            pick(2),
            pick(3),
            pick(4),
            pick(5),
            pick(0),
            pick(1),
            pick(2),
            pick(3),
            pick(4)
        )
    }

    #[test]
    fn entries_keep_links_and_dates() {
        let mut index = HistoryIndex::default();
        index.add(reply("One.", Some("https://www.careopinion.org.uk/1")));
        index.add(reply("Two.", None));
        index.add(reply("Three.", Some(" https://www.careopinion.org.uk/3 ")));
        assert_eq!(index.len(), 3);
        assert_eq!(
            index.entry(0).unwrap().story_url,
            Some("https://www.careopinion.org.uk/1")
        );
        assert_eq!(index.entry(1).unwrap().story_url, None);
        assert_eq!(
            index.entry(2).unwrap().story_url,
            Some("https://www.careopinion.org.uk/3")
        );
        assert!(index.entry(2).unwrap().posted.is_some());
        assert!(index.entry(3).is_none());
    }

    #[test]
    fn ten_thousand_replies_index_and_a_near_copy_is_found() {
        let mut index = HistoryIndex::default();
        for n in 0..10_000 {
            index.add(reply(&synthetic_reply(n), None));
        }
        assert_eq!(index.len(), 10_000);
        let near_copy = synthetic_reply(4321)
            .replace("Dear reader 4321", "Dear Mrs Patel")
            .replace("kind regards", "best wishes");
        let found = index
            .find_similar(&near_copy, 0.8)
            .expect("near copy found");
        assert_eq!(found.id, 4321);
        assert!(found.similarity > 0.9, "{found:?}");
        assert!(
            index.memory_bytes() < 10_000 * 400,
            "{}",
            index.memory_bytes()
        );
    }

    #[test]
    fn a_view_of_the_first_replies_finds_only_them() {
        let mut index = HistoryIndex::default();
        for n in 0..300 {
            index.add(reply(&synthetic_reply(n), Some(&format!("https://x/{n}"))));
        }
        let text = synthetic_reply(200);
        let view = index.first(200);
        assert_eq!((view.len(), index.first(1000).len()), (200, 300));
        assert!(view.entry(200).is_none() && view.entry(199).is_some());
        let mut prefix = HistoryIndex::default();
        for n in 0..200 {
            prefix.add(reply(&synthetic_reply(n), Some(&format!("https://x/{n}"))));
        }
        assert_eq!(view.matches(&text, 0.5), prefix.matches(&text, 0.5));
        assert_eq!(index.find_similar(&text, 0.5).map(|m| m.id), Some(200));
    }

    #[test]
    fn unrelated_text_finds_nothing() {
        let mut index = HistoryIndex::default();
        for n in 0..500 {
            index.add(reply(&synthetic_reply(n), None));
        }
        let unrelated = "Our volunteers visit care homes each spring and report what residents \
                         tell them about meals, activities and visiting hours to the council.";
        assert!(index.find_similar(unrelated, 0.5).is_none());
    }
}
