//! Phrase lists from config, compiled for fast whole-word matching inside sentences.

mod book;

pub(crate) use book::Hits;

use std::cell::{Cell, RefCell};
use std::collections::{HashMap, VecDeque};
use std::ops::Range;
use std::rc::Rc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Weak};

use replyguide_phrase_index::{PhraseIndex, Start, Then};
use replyguide_similarity::word_ranges;

use super::stem::stem;
use super::{normalize_word_into, Document};
use crate::similarity::hash_word;
use crate::Span;

/// One token of a compiled phrase. Its words are ranges of [`PhraseSet::words`].
#[derive(Debug, Clone, PartialEq, Eq)]
enum Token {
    /// This exact word, and its [`hash_word`] (compared first).
    Word(Range<usize>, u64),
    /// Any word starting with this (written `word*`).
    Prefix(Range<usize>),
    /// Any form of this word (written `word~`): a word with the same Snowball stem, such as
    /// `criticised` for `criticise~`. `prefix` is the part of the stem every such form starts
    /// with, checked first so that few words are stemmed.
    Stem {
        stem: Range<usize>,
        prefix: Range<usize>,
    },
    /// Any one word (written `*`).
    Any,
}

impl Token {
    /// True when `word`, of [`hash_word`] `hash`, is one this token matches; `words` holds the
    /// token's words.
    fn matches(&self, words: &str, word: &super::Word, hash: u64) -> bool {
        match self {
            // Compared as bytes: the ranges lie on character boundaries, so no check is needed.
            Token::Word(w, h) => *h == hash && words.as_bytes()[w.clone()] == *word.norm.as_bytes(),
            Token::Prefix(p) => word
                .norm
                .as_bytes()
                .starts_with(&words.as_bytes()[p.clone()]),
            Token::Stem { stem: s, prefix } => {
                word.norm
                    .as_bytes()
                    .starts_with(&words.as_bytes()[prefix.clone()])
                    && same_stem(word.stem(), &words[s.clone()])
            }
            Token::Any => true,
        }
    }
}

/// Where a phrase matched, and which phrase it was.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PhraseMatch {
    /// The matched words, first to last (bytes).
    pub span: Span,
    /// Index of the phrase in the list the set was compiled from.
    pub phrase: usize,
}

/// A list of phrases compiled for matching: case-insensitive, whole words, curly and straight
/// apostrophes alike, never across a sentence boundary. Punctuation between words is ignored
/// (`you are, absolutely, right` matches `you are absolutely right`).
///
/// A list is compiled once on a thread while a set compiled from it lives: rules built from
/// one config share lists (`adds-to-conversation` reads the draft with the lists of
/// `offers-guidance` and `tells-author-of-use`), and their sets share one compilation.
#[derive(Debug, Clone, Default)]
pub struct PhraseSet(Arc<Compiled>);

/// The words of a list's phrases, their tokens and the index of how they start.
#[derive(Debug, Default)]
struct Compiled {
    /// A number no other list compiled in this process has: what a text's [`book::Hits`] know
    /// the list by.
    id: u64,
    /// The words of every token, one after another (one allocation for a whole list).
    words: String,
    /// The tokens of every phrase, one phrase after another.
    tokens: Vec<Token>,
    /// Each phrase's tokens, as a range of `tokens`.
    phrases: Vec<Range<usize>>,
    /// The phrases by how they start: which may match at a word.
    index: PhraseIndex,
}

impl PhraseSet {
    /// Compiles `phrases`, or shares the compilation of the same list. Blank phrases are
    /// skipped.
    pub fn new<S: AsRef<str>>(phrases: &[S]) -> Self {
        let mut list = Vec::new();
        for phrase in phrases {
            let phrase = phrase.as_ref().as_bytes();
            list.extend((phrase.len() as u64).to_le_bytes());
            list.extend(phrase);
        }
        COMPILED.with(|compiled| {
            let mut compiled = compiled.borrow_mut();
            if let Some(set) = compiled.sets.get(&list).and_then(Weak::upgrade) {
                return PhraseSet(set);
            }
            let mut set = Compiled {
                id: NEXT_LIST_ID.fetch_add(1, Ordering::Relaxed),
                ..Compiled::default()
            };
            for phrase in phrases {
                set.push(phrase.as_ref());
            }
            let set = Arc::new(set);
            compiled.insert(list, &set);
            PhraseSet(set)
        })
    }

    /// True when no phrase can match.
    pub fn is_empty(&self) -> bool {
        self.0.index.is_empty()
    }

    /// Every match in `doc`, in text order; overlapping matches starting at the same word keep
    /// only the longest, the earliest phrase among equally long ones.
    ///
    /// The first list to read a text matches every list compiled on the thread in one pass
    /// over its words ([`book`]); the others then read their matches from the text. A list
    /// compiled after that pass reads the text alone.
    pub fn find_all(&self, doc: &Document) -> Vec<PhraseMatch> {
        if self.is_empty() {
            return Vec::new();
        }
        let hits = doc.phrase_hits(|| {
            COMPILED
                .with(|compiled| compiled.borrow_mut().book())
                .read(doc)
        });
        match hits.of(self.0.id) {
            Some(found) => found.to_vec(),
            None => self.0.find_all(doc),
        }
    }

    /// The first match in `doc`, if any.
    pub fn find_first(&self, doc: &Document) -> Option<PhraseMatch> {
        self.find_all(doc).into_iter().next()
    }
}

/// Which of two matches at one word a list keeps, each given as (words matched, phrase number):
/// the longer, and of two as long the phrase listed first.
fn wins_over((len, phrase): (usize, usize), (best_len, best_phrase): (usize, usize)) -> bool {
    len > best_len || (len == best_len && phrase < best_phrase)
}

/// The number of the next list compiled (see [`Compiled::id`]).
static NEXT_LIST_ID: AtomicU64 = AtomicU64::new(0);

/// The lists compiled on one thread, by their phrases (each one's length, then its bytes).
#[derive(Default)]
struct CompiledLists {
    sets: HashMap<Vec<u8>, Weak<Compiled>>,
    /// The index of every list's phrases, for matching them all in one pass; `None` when a
    /// list was compiled since it was made.
    book: Option<Rc<book::Book>>,
    /// How many lists are remembered when the dropped ones are next forgotten.
    forget_at: usize,
    /// The lists compiled last, kept alive: a rule that compiles a list of the story's words
    /// on every check (the services it names) finds it compiled at the next keystroke.
    recent: VecDeque<Arc<Compiled>>,
}

impl CompiledLists {
    /// The book of the lists compiled on the thread, made again when a list was compiled
    /// since, or when most of the lists it holds are gone.
    fn book(&mut self) -> Rc<book::Book> {
        if let Some(book) = self.book.as_ref().filter(|book| !book.mostly_gone()) {
            return Rc::clone(book);
        }
        let book = Rc::new(book::Book::new(
            self.sets.values().filter_map(Weak::upgrade),
        ));
        self.book = Some(Rc::clone(&book));
        book
    }

    fn insert(&mut self, list: Vec<u8>, set: &Arc<Compiled>) {
        self.book = None;
        if self.sets.len() >= self.forget_at {
            self.sets.retain(|_, set| set.strong_count() > 0);
            self.forget_at = (2 * self.sets.len()).max(FORGET_AT_LEAST);
        }
        self.sets.insert(list, Arc::downgrade(set));
        if self.recent.len() == KEPT_RECENT {
            self.recent.pop_front();
        }
        self.recent.push_back(Arc::clone(set));
    }
}

/// Lists remembered before dropped ones are first looked for.
const FORGET_AT_LEAST: usize = 256;

/// How many of the lists compiled last stay compiled when no set holds them.
const KEPT_RECENT: usize = 8;

thread_local! {
    static COMPILED: RefCell<CompiledLists> = RefCell::default();
    /// The words where phrases may start and the phrases that may start at one, kept between
    /// two lists' reads.
    static SCRATCH: Cell<(Vec<usize>, Vec<usize>)> = Cell::default();
}

impl Compiled {
    /// Compiles one more phrase.
    fn push(&mut self, phrase: &str) {
        let first = self.tokens.len();
        self.compile(phrase);
        if first == self.tokens.len() {
            return;
        }
        self.phrases.push(first..self.tokens.len());
        let phrase = self.phrases.len() - 1;
        if let Some(start) = start_of(&self.tokens[first..], &self.words) {
            self.index.insert(start, phrase);
        }
    }

    /// How phrase number `phrase` starts, as a [`PhraseIndex`] files it.
    fn start(&self, phrase: usize) -> Option<Start<'_>> {
        start_of(&self.tokens[self.phrases[phrase].clone()], &self.words)
    }

    /// Appends the tokens of one phrase: its words, split as a draft's words are ("100% right"
    /// is "100 right", "A&E" is "a e"), a `*` or `~` at the end of a piece applying to its last.
    fn compile(&mut self, phrase: &str) {
        for piece in phrase.split_whitespace() {
            if piece == "*" {
                self.tokens.push(Token::Any);
                continue;
            }
            let (body, marker) = match piece.strip_suffix(['*', '~']) {
                Some(body) => (body, piece[body.len()..].chars().next()),
                None => (piece, None),
            };
            let words = word_ranges(body);
            let last = words.len().saturating_sub(1);
            for (i, range) in words.into_iter().enumerate() {
                let w = &body[range];
                let token = match marker.filter(|_| i == last) {
                    Some('~') => self.stem_token(w),
                    Some(_) => Token::Prefix(self.add_word(w)),
                    None => {
                        let word = self.add_word(w);
                        let hash = hash_word(&self.words[word.clone()]);
                        Token::Word(word, hash)
                    }
                };
                self.tokens.push(token);
            }
        }
    }

    /// Appends `word`, normalised, to [`Self::words`], and says where.
    fn add_word(&mut self, word: &str) -> Range<usize> {
        let start = self.words.len();
        normalize_word_into(word, &mut self.words);
        start..self.words.len()
    }

    /// The token matching every form of `word`. Snowball may change the last letter of a stem
    /// (`happy` → `happi`), so forms are only required to share the stem less its last letter.
    fn stem_token(&mut self, word: &str) -> Token {
        let mut normalized = String::new();
        normalize_word_into(word, &mut normalized);
        let start = self.words.len();
        self.words.push_str(&stem(&normalized));
        let stem = start..self.words.len();
        let mut prefix = stem.clone();
        let stemmed = &self.words[stem.clone()];
        if stemmed.chars().count() > 3 {
            prefix.end -= stemmed.chars().next_back().map_or(0, char::len_utf8);
        }
        Token::Stem { stem, prefix }
    }

    fn find_all(&self, doc: &Document) -> Vec<PhraseMatch> {
        let mut found = Vec::new();
        if self.index.is_empty() {
            return found;
        }
        // Lists are read one after another: the buffers of one serve the next.
        let (mut starts, mut candidates) = SCRATCH.take();
        self.index
            .starts_in(doc.phrase_starts(), doc.word_keys(), &mut starts);
        // Every word is in one sentence, and a phrase never runs past its word's sentence.
        let sentences = doc.sentences();
        let mut sentence = 0;
        // The first word not inside a match already found.
        let mut free = 0;
        for &i in &starts {
            while sentences.get(sentence).is_some_and(|s| s.words.end <= i) {
                sentence += 1;
            }
            let Some(end) = sentences.get(sentence).map(|s| s.words.end) else {
                break;
            };
            if i < free {
                continue;
            }
            let words = &doc.words()[i..end];
            let hashes = &doc.word_hashes()[i..end];
            self.index
                .candidates(hashes, &doc.word_keys()[i..end], &mut candidates);
            // The longest match, the earliest phrase among equally long ones.
            let mut best: Option<(usize, usize)> = None;
            for &phrase in &candidates {
                let Some(len) = self.match_len(phrase, words, hashes) else {
                    continue;
                };
                if best.is_none_or(|best| wins_over((len, phrase), best)) {
                    best = Some((len, phrase));
                }
            }
            if let Some((len, phrase)) = best {
                found.push(PhraseMatch {
                    span: words[0].span.union(words[len - 1].span),
                    phrase,
                });
                free = i + len;
            }
        }
        SCRATCH.set((starts, candidates));
        found
    }

    /// How many words of `words` (of [`hash_word`]s `hashes`) phrase number `phrase` matches
    /// from the first, if it matches there.
    fn match_len(&self, phrase: usize, words: &[super::Word], hashes: &[u64]) -> Option<usize> {
        let tokens = &self.tokens[self.phrases[phrase].clone()];
        if tokens.len() > words.len() {
            return None;
        }
        tokens
            .iter()
            .zip(words.iter().zip(hashes))
            .all(|(t, (w, &h))| t.matches(&self.words, w, h))
            .then_some(tokens.len())
    }
}

/// How a phrase of these tokens starts, as a [`PhraseIndex`] files it; `words` holds the
/// tokens' words.
fn start_of<'a>(tokens: &[Token], words: &'a str) -> Option<Start<'a>> {
    Some(match tokens {
        [] => return None,
        [Token::Word(_, first), then @ ..] => Start::Word {
            first: *first,
            then: match then {
                [Token::Word(_, second), ..] => Then::Word(*second),
                [Token::Stem { prefix, .. } | Token::Prefix(prefix), ..] => {
                    Then::Prefix(&words[prefix.clone()])
                }
                [Token::Any, Token::Word(_, third), ..] => Then::AnyThenWord(*third),
                _ => Then::Other,
            },
        },
        [Token::Stem { prefix, .. } | Token::Prefix(prefix), ..] => {
            Start::Prefix(&words[prefix.clone()])
        }
        [Token::Any, Token::Word(_, second), ..] => Start::AnyThenWord(*second),
        [Token::Any, ..] => Start::Any,
    })
}

/// True when two Snowball stems are of one word: equal, or one the other plus a letter when both
/// have four letters or more (Snowball drops a final "e" or undoubles in some forms only).
fn same_stem(a: &str, b: &str) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    a == b || (short.len() >= 4 && long.len() == short.len() + 1 && long.starts_with(short))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn matched(phrases: &[&str], text: &str) -> Vec<String> {
        let doc = Document::new(text);
        PhraseSet::new(phrases)
            .find_all(&doc)
            .iter()
            .map(|m| m.span.text(text).to_string())
            .collect()
    }

    #[test]
    fn phrase_words_split_as_a_drafts_words_do() {
        assert_eq!(
            matched(
                &["100% right", "a&e", "drop-in*", "self-refer~"],
                "You're 100% right. \
                Go to A&E or our drop-ins, or self-referring works."
            ),
            ["100% right", "A&E", "drop-ins", "self-referring"]
        );
        assert!(matched(&["100% right"], "You're 100 percent right.").is_empty());
    }

    #[test]
    fn matches_whole_words_case_insensitively() {
        assert_eq!(
            matched(&["you are right"], "Well, You are RIGHT."),
            ["You are RIGHT"]
        );
        assert!(matched(&["right"], "brightly").is_empty());
    }

    #[test]
    fn curly_apostrophes_match_straight_ones() {
        assert_eq!(
            matched(&["that's disgraceful"], "That’s disgraceful!"),
            ["That’s disgraceful"]
        );
    }

    #[test]
    fn wildcards_and_prefixes() {
        assert_eq!(
            matched(&["should be * ashamed"], "They should be utterly ashamed"),
            ["should be utterly ashamed"]
        );
        assert_eq!(
            matched(
                &["* was disgraceful"],
                "Was disgraceful. The wait was disgraceful"
            ),
            ["wait was disgraceful"]
        );
        assert_eq!(
            matched(&["disgrace*"], "It was disgraceful"),
            ["disgraceful"]
        );
    }

    #[test]
    fn stems_match_every_form_of_a_word() {
        assert_eq!(
            matched(
                &["criticise~ the staff"],
                "We never criticised the staff, or criticising them."
            ),
            ["criticised the staff"]
        );
        assert_eq!(
            matched(
                &["report~"],
                "Reports, reporting and reported; not reportage."
            ),
            ["Reports", "reporting", "reported"]
        );
    }

    #[test]
    fn one_list_is_compiled_once_while_in_use() {
        let list = ["you are right", "spot on"];
        let first = PhraseSet::new(&list);
        assert!(Arc::ptr_eq(&first.0, &PhraseSet::new(&list).0));
        // The same words cut into other phrases are another list.
        let other = PhraseSet::new(&["you are", "right spot on"]);
        assert!(!Arc::ptr_eq(&first.0, &other.0));
        assert_eq!(
            matched(&["you are", "right spot on"], "you are right spot on"),
            ["you are", "right spot on"]
        );
    }

    #[test]
    fn never_matches_across_sentences() {
        assert!(matched(&["you are right"], "Thank you. Are right turns allowed?").is_empty());
    }

    #[test]
    fn longest_phrase_wins() {
        assert_eq!(
            matched(
                &["you are", "you are absolutely right"],
                "you are absolutely right"
            ),
            ["you are absolutely right"]
        );
    }
}
