//! Word forms: the English Snowball stemmer, so a word list written with one form of a word
//! ("criticise", "report") also matches the others ("criticised", "criticising", "reports").

use std::borrow::Cow;
use std::sync::OnceLock;

use rust_stemmers::{Algorithm, Stemmer};

/// The Snowball stem of a lowercase English word: `reported` → `report`.
pub fn stem(word: &str) -> Cow<'_, str> {
    static STEMMER: OnceLock<Stemmer> = OnceLock::new();
    STEMMER
        .get_or_init(|| Stemmer::create(Algorithm::English))
        .stem(word)
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
