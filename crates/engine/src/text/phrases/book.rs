//! Every phrase list compiled on a thread in one index, so that a text is read once for all of
//! them: at each word, the index names the phrases of every list that may start there, and
//! each list keeps its longest match at the word and skips the words inside its last match,
//! as it does reading the text alone ([`Compiled::find_all`]).

use std::ops::Range;
use std::sync::{Arc, Weak};

use replyguide_phrase_index::PhraseIndex;

use super::{wins_over, Compiled, PhraseMatch};
use crate::text::Document;

/// The phrases of the lists compiled on a thread, by how they start.
#[derive(Debug, Default)]
pub(super) struct Book {
    /// The lists, by their number in the book.
    lists: Vec<Weak<Compiled>>,
    /// The list number and phrase number of each phrase filed in `index`.
    phrases: Vec<(usize, usize)>,
    /// The phrases of every list, numbered as in `phrases`.
    index: PhraseIndex,
}

/// What every list of a [`Book`] matched in one text.
#[derive(Debug, Clone, Default)]
pub(crate) struct Hits {
    /// The matches, list after list, each list's in text order.
    matches: Vec<PhraseMatch>,
    /// Each list read, by its [`Compiled::id`] (in order), and its matches in `matches`.
    lists: Vec<(u64, Range<usize>)>,
}

impl Hits {
    /// The matches of the list of this id, or `None` if it was not read.
    pub(super) fn of(&self, list: u64) -> Option<&[PhraseMatch]> {
        let at = self.lists.binary_search_by_key(&list, |(id, _)| *id).ok()?;
        Some(&self.matches[self.lists[at].1.clone()])
    }
}

impl Book {
    /// The book of `lists`.
    pub(super) fn new(lists: impl Iterator<Item = Arc<Compiled>>) -> Self {
        let mut book = Book::default();
        for list in lists {
            let number = book.lists.len();
            for phrase in 0..list.phrases.len() {
                if let Some(start) = list.start(phrase) {
                    book.index.insert(start, book.phrases.len());
                    book.phrases.push((number, phrase));
                }
            }
            book.lists.push(Arc::downgrade(&list));
        }
        book
    }

    /// True when most lists of the book are no longer in use.
    pub(super) fn mostly_gone(&self) -> bool {
        let gone = self.lists.iter().filter(|list| list.strong_count() == 0);
        2 * gone.count() > self.lists.len()
    }

    /// Every match of every list of the book still in use in `doc`.
    pub(super) fn read(&self, doc: &Document) -> Hits {
        let lists: Vec<Option<Arc<Compiled>>> = self.lists.iter().map(Weak::upgrade).collect();
        // Per list: the first word not inside its last match, and its best match at this word.
        let mut free = vec![0; lists.len()];
        let mut best: Vec<Option<(usize, usize)>> = vec![None; lists.len()];
        let mut matched = Vec::new();
        let mut candidates = Vec::new();
        let mut found: Vec<(usize, PhraseMatch)> = Vec::new();
        for sentence in doc.sentences() {
            let end = sentence.words.end;
            for i in sentence.words.clone() {
                let words = &doc.words()[i..end];
                let hashes = &doc.word_hashes()[i..end];
                let keys = &doc.word_keys()[i..end];
                (self.index).candidates(hashes, keys, &mut candidates);
                for &candidate in &candidates {
                    let (number, phrase) = self.phrases[candidate];
                    let Some(list) = &lists[number] else {
                        continue;
                    };
                    if i < free[number] {
                        continue;
                    }
                    let Some(len) = list.match_len(phrase, words, hashes) else {
                        continue;
                    };
                    match &mut best[number] {
                        Some(best) => {
                            if wins_over((len, phrase), *best) {
                                *best = (len, phrase);
                            }
                        }
                        none => {
                            *none = Some((len, phrase));
                            matched.push(number);
                        }
                    }
                }
                for number in matched.drain(..) {
                    let Some((len, phrase)) = best[number].take() else {
                        continue;
                    };
                    let span = words[0].span.union(words[len - 1].span);
                    found.push((number, PhraseMatch { span, phrase }));
                    free[number] = i + len;
                }
            }
        }
        found.sort_by_key(|(number, _)| *number);
        let mut hits = Hits::default();
        let mut next = found.iter().peekable();
        for (number, list) in lists.iter().enumerate() {
            let start = hits.matches.len();
            while let Some((_, m)) = next.next_if(|(n, _)| *n == number) {
                hits.matches.push(*m);
            }
            if let Some(list) = list {
                hits.lists.push((list.id, start..hits.matches.len()));
            }
        }
        hits.lists.sort_unstable_by_key(|(id, _)| *id);
        hits
    }
}

#[cfg(test)]
mod tests {
    use super::super::PhraseSet;
    use crate::text::Document;

    #[test]
    fn lists_read_in_one_pass_match_as_each_list_alone() {
        let text = "We will tell you what we hear. We will report it to them, and they should be \
                    utterly ashamed. You are absolutely right; we reported it.";
        let doc = Document::new(text);
        let lists = [
            PhraseSet::new(&["we will", "we will tell you", "report~", "* ashamed"]),
            PhraseSet::new(&["we * you", "we report*", "should be * ashamed", "you are"]),
            PhraseSet::new(&["you are absolutely right", "you are", "it"]),
        ];
        for list in &lists {
            assert_eq!(list.find_all(&doc), list.0.find_all(&doc));
        }
        let hits = doc.phrase_hits.get().expect("read in one pass");
        assert!(hits.of(lists[2].0.id).is_some());
        // A list compiled after the pass reads the text alone.
        let later = PhraseSet::new(&["what we hear"]);
        assert!(hits.of(later.0.id).is_none());
        let found = later.find_all(&doc);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].span.text(text), "what we hear");
    }
}
