//! The sign-off of a reply: the name and job title it ends with ("Leanne Cole, Information and
//! Signposting Officer"), which are not part of what the reply says.

use super::Document;
use crate::Span;

/// Short words a title may hold in lower case ("Head of Engagement and Research").
const TITLE_JOINERS: &[&str] = &["and", "of", "the", "for", "at", "in", "on", "x", "xx"];

/// The last sentence of `doc` when it reads as a sign-off: at most ten words, every one
/// capitalised or a joining word, after at least one other sentence.
pub fn sign_off(doc: &Document) -> Option<Span> {
    let sentences = doc.sentences();
    let last = sentences.last().filter(|_| sentences.len() > 1)?;
    let words = doc.sentence_words(last);
    let text = doc.text();
    let titled = words.iter().all(|w| {
        TITLE_JOINERS.contains(&w.norm.as_str())
            || text[w.span.start..]
                .chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || c.is_numeric())
    });
    (words.len() <= 10 && titled).then_some(last.span)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_and_title_at_the_end_is_the_sign_off() {
        let text = "It was published in January. Leanne Cole, Information and Signposting Officer";
        let doc = Document::new(text);
        assert_eq!(
            sign_off(&doc).map(|s| s.text(text)),
            Some("Leanne Cole, Information and Signposting Officer")
        );
        assert_eq!(sign_off(&Document::new("Thanks. Call PALS today.")), None);
        assert_eq!(sign_off(&Document::new("Leanne Cole")), None);
    }
}
