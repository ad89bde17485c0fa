//! Word forms: the English Snowball stemmer, so a word list written with one form of a word
//! ("criticise", "report") also matches the others ("criticised", "criticising", "reports").

use std::borrow::Cow;
use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::OnceLock;

use foldhash::fast::FixedState;
use rust_stemmers::{Algorithm, Stemmer};

/// How many stems [`stem`] remembers before it starts again.
const REMEMBERED: usize = 4096;

thread_local! {
    /// Words already stemmed on this thread, with their stems: a draft is checked again at every
    /// keystroke, with nearly the same words each time. Hashed with foldhash, which hashes a short
    /// word in a few steps where the standard library's SipHash takes many.
    static STEMS: RefCell<HashMap<String, String, FixedState>> = RefCell::default();
}

/// The Snowball stem of a lowercase English word: `reported` → `report`.
pub fn stem(word: &str) -> Cow<'_, str> {
    static STEMMER: OnceLock<Stemmer> = OnceLock::new();
    STEMS.with(|stems| {
        let mut stems = stems.borrow_mut();
        if let Some(known) = stems.get(word) {
            return Cow::Owned(known.clone());
        }
        let stemmed = STEMMER
            .get_or_init(|| Stemmer::create(Algorithm::English))
            .stem(word)
            .into_owned();
        if stems.len() >= REMEMBERED {
            stems.clear();
        } else {
            stems.insert(word.to_string(), stemmed.clone());
        }
        Cow::Owned(stemmed)
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
