//! Possessive forms of phrases, so a phrase list matches "the patient's" and "Eastbrook Hospital’s"
//! as well as "the patient" and "Eastbrook Hospital" (words keep their apostrophes, so a plain
//! phrase never matches its possessive).

use super::fold_text;

/// Each phrase followed by its possessive (`the patient` → `the patient`, `the patient's`).
/// Phrases already possessive, ending in a wildcard or blank are kept as they are.
pub fn with_possessives<S: AsRef<str>>(phrases: &[S]) -> Vec<String> {
    let mut out = Vec::with_capacity(phrases.len() * 2);
    for phrase in phrases {
        push_with_possessive(&mut out, phrase.as_ref());
    }
    out
}

/// Pushes one phrase of [`with_possessives`] and its possessive.
fn push_with_possessive(out: &mut Vec<String>, phrase: &str) {
    let phrase = phrase.trim();
    if phrase.is_empty() {
        return;
    }
    out.push(phrase.to_string());
    let lower = fold_text(phrase);
    let possessive = lower.ends_with("'s") || lower.ends_with("\u{2019}s");
    if !possessive && !phrase.ends_with('*') {
        out.push(format!("{phrase}'s"));
    }
}

/// `word` with every `suffix` at its end cut off, as `trim_end_matches(suffix)` gives it
/// without building a substring searcher at each call (rules cut "'s" off every word of a draft).
pub fn trim_end_str<'a>(word: &'a str, suffix: &str) -> &'a str {
    let mut word = word;
    while let Some(rest) = word.strip_suffix(suffix).filter(|_| !suffix.is_empty()) {
        word = rest;
    }
    word
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trims_a_suffix_as_often_as_it_ends_the_word() {
        for (word, suffix) in [
            ("nurse's", "'s"),
            ("it's's", "'s"),
            ("s", "'s"),
            ("ward", "'s"),
            ("a", ""),
        ] {
            assert_eq!(trim_end_str(word, suffix), word.trim_end_matches(suffix));
        }
    }

    #[test]
    fn adds_the_possessive_once() {
        assert_eq!(
            with_possessives(&["the patient", "the family's", "hospital*", " "]),
            ["the patient", "the patient's", "the family's", "hospital*"]
        );
    }
}
