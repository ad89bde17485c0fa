//! Sentence frames: a judgement is rarely one fixed phrase, but a few kinds of word in one
//! sentence ("plenty of others" + "told us"; "the ward" + "chaotic"). A frame is a list of
//! concept classes, each a [`PhraseSet`] from config, that must all appear in the same sentence;
//! a match underlines from the first of its words to the last.

use super::{Document, PhraseSet};
use crate::Span;

/// Concept classes that must all occur in one sentence.
#[derive(Debug, Clone, Default)]
pub struct Frame {
    parts: Vec<PhraseSet>,
}

/// A sentence holding every part of a frame.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FrameMatch {
    /// From the first matched word to the last.
    pub span: Span,
    /// The first match of each part in the sentence, in the order of the parts.
    pub parts: Vec<Span>,
}

impl Frame {
    /// A frame of the given concept classes, in order (the order of words in the sentence does
    /// not matter).
    pub fn new(parts: Vec<PhraseSet>) -> Self {
        Self { parts }
    }

    /// Every sentence of `doc` holding a match of each part, in text order. A frame with an
    /// empty part (turned off in config) never matches.
    pub fn find_all(&self, doc: &Document) -> Vec<FrameMatch> {
        self.find_all_except(doc, &[])
    }

    /// [`find_all`](Self::find_all) leaving out the words of a part that overlap one of
    /// `excluded` ("sharing" in "thank you for sharing" is no promise to share).
    pub fn find_all_except(&self, doc: &Document, excluded: &[Span]) -> Vec<FrameMatch> {
        if self.parts.is_empty() || self.parts.iter().any(PhraseSet::is_empty) {
            return Vec::new();
        }
        let mut matches: Vec<Vec<Span>> = Vec::with_capacity(self.parts.len());
        for part in &self.parts {
            let mut spans = Vec::new();
            for m in part.find_all(doc) {
                if !excluded.iter().any(|e| e.overlaps(m.span)) {
                    spans.push(m.span);
                }
            }
            // A part found nowhere: no sentence holds the frame, so the other parts are not sought.
            if spans.is_empty() {
                return Vec::new();
            }
            matches.push(spans);
        }
        // Matches come in text order, so one cursor per part walks them once over all sentences.
        let mut cursors = vec![0; matches.len()];
        let mut found = Vec::new();
        for sentence in doc.sentences() {
            let mut parts = Vec::with_capacity(matches.len());
            for (part, cursor) in matches.iter().zip(cursors.iter_mut()) {
                while part
                    .get(*cursor)
                    .is_some_and(|s| s.start < sentence.span.start)
                {
                    *cursor += 1;
                }
                match part.get(*cursor) {
                    Some(span) if span.end <= sentence.span.end => parts.push(*span),
                    _ => {}
                }
            }
            if parts.len() == matches.len() {
                let span = parts.iter().fold(parts[0], |all, s| all.union(*s));
                found.push(FrameMatch { span, parts });
            }
        }
        found
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_part_in_one_sentence_in_any_order() {
        let frame = Frame::new(vec![
            PhraseSet::new(&["plenty of others", "many people"]),
            PhraseSet::new(&["tell~ us", "told us"]),
        ]);
        let text = "Plenty of others have told us the same. Many people. Told us.";
        let doc = Document::new(text);
        let found = frame.find_all(&doc);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].span.text(text), "Plenty of others have told us");
        let reversed = "They tell us this, many people do.";
        let doc = Document::new(reversed);
        assert_eq!(
            frame.find_all(&doc)[0].span.text(reversed),
            "tell us this, many people"
        );
    }

    #[test]
    fn an_empty_part_turns_the_frame_off() {
        let frame = Frame::new(vec![PhraseSet::new(&["many"]), PhraseSet::new::<&str>(&[])]);
        assert!(frame.find_all(&Document::new("many")).is_empty());
    }
}
