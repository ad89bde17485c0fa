//! A fixed set of normalised words, looked up by [`hash_word`]: the rules ask of nearly every
//! word of a draft whether it is a function word or a word saying nothing, at every keystroke.

use std::collections::HashMap;

use crate::similarity::{hash_word, Prehashed};

/// Words (as [`super::Word::norm`] gives them) by their [`hash_word`].
#[derive(Debug, Default)]
pub struct WordSet(HashMap<u64, Vec<&'static str>, Prehashed>);

impl WordSet {
    /// The set of `words`.
    pub fn new(words: &[&'static str]) -> Self {
        let mut set = Self::default();
        for &word in words {
            set.0.entry(hash_word(word)).or_default().push(word);
        }
        set
    }

    /// True when `word` is in the set.
    pub fn contains(&self, word: &str) -> bool {
        self.0
            .get(&hash_word(word))
            .is_some_and(|words| words.contains(&word))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn holds_its_words_and_no_others() {
        let set = WordSet::new(&["the", "you're", "dr"]);
        assert!(set.contains("the") && set.contains("you're") && set.contains("dr"));
        assert!(!set.contains("them") && !set.contains("") && !set.contains("The"));
    }
}
