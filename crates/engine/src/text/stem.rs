//! Word forms: the English Snowball stemmer, so a word list written with one form of a word
//! ("criticise", "report") also matches the others ("criticised", "criticising", "reports").

use std::borrow::Cow;
use std::cell::RefCell;
use std::sync::OnceLock;

use rust_stemmers::{Algorithm, Stemmer};

/// How many stems [`stem`] remembers before it starts again.
const REMEMBERED: usize = 4096;

thread_local! {
    /// Words already stemmed on this thread, with their stems, sorted by word: a draft is
    /// checked again at every keystroke, with nearly the same words each time.
    static STEMS: RefCell<Vec<(String, String)>> = const { RefCell::new(Vec::new()) };
}

/// The Snowball stem of a lowercase English word: `reported` → `report`.
pub fn stem(word: &str) -> Cow<'_, str> {
    static STEMMER: OnceLock<Stemmer> = OnceLock::new();
    STEMS.with(|stems| {
        let mut stems = stems.borrow_mut();
        match stems.binary_search_by(|(known, _)| known.as_str().cmp(word)) {
            Ok(at) => Cow::Owned(stems[at].1.clone()),
            Err(at) => {
                let stemmed = STEMMER
                    .get_or_init(|| Stemmer::create(Algorithm::English))
                    .stem(word)
                    .into_owned();
                if stems.len() >= REMEMBERED {
                    stems.clear();
                } else {
                    stems.insert(at, (word.to_string(), stemmed.clone()));
                }
                Cow::Owned(stemmed)
            }
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forms_of_a_word_share_a_stem() {
        for (a, b) in [
            ("criticised", "criticise"),
            ("reports", "report"),
            ("reporting", "report"),
            ("describes", "described"),
        ] {
            assert_eq!(stem(a), stem(b), "{a} / {b}");
        }
    }
}
