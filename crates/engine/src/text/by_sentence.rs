//! Findings merged by sentence, so several phrases in one heated sentence make one piece of
//! advice rather than a row of warnings.

use super::Document;
use crate::Span;

/// Groups `spans` by the sentence of `doc` they lie in: one span per sentence, from its first
/// span to its last, with the positions in `spans` of the spans it holds, in text order. Spans
/// outside every sentence are kept on their own.
pub fn merge_by_sentence(doc: &Document, spans: &[Span]) -> Vec<(Span, Vec<usize>)> {
    // Positions in order of start, equal starts in their given order.
    let mut order: Vec<usize> = (0..spans.len()).collect();
    order.sort_by_key(|&position| spans[position].start);
    let sentence_of = |span: Span| {
        doc.sentences()
            .iter()
            .position(|s| s.span.start <= span.start && span.end <= s.span.end)
    };
    let mut merged: Vec<(Span, Vec<usize>)> = Vec::new();
    let mut last_sentence = None;
    for at in order {
        let span = spans[at];
        let sentence = sentence_of(span);
        match merged.last_mut() {
            Some((all, positions)) if sentence.is_some() && sentence == last_sentence => {
                *all = all.union(span);
                positions.push(at);
            }
            _ => merged.push((span, vec![at])),
        }
        last_sentence = sentence;
    }
    merged
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_span_per_sentence() {
        let text = "Bad and worse. Fine. Awful.";
        let doc = Document::new(text);
        let at = |word: &str| {
            let start = text.find(word).unwrap();
            Span::new(start, start + word.len())
        };
        let merged = merge_by_sentence(&doc, &[at("worse"), at("Bad"), at("Awful")]);
        let shown: Vec<_> = merged
            .iter()
            .map(|(span, positions)| (span.text(text), positions.clone()))
            .collect();
        assert_eq!(shown, [("Bad and worse", vec![1, 0]), ("Awful", vec![2])]);
    }
}
