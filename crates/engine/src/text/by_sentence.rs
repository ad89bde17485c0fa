//! Findings merged by sentence, so several phrases in one heated sentence make one piece of
//! advice rather than a row of warnings.

use super::Document;
use crate::sorting::sorted_by;
use crate::Span;

/// Groups `items` by the sentence of `doc` their span lies in: one span per sentence, from its
/// first item to its last, with the items' values in text order. Items outside every sentence
/// are kept on their own.
pub fn merge_by_sentence<T>(
    doc: &Document,
    items: impl IntoIterator<Item = (Span, T)>,
) -> Vec<(Span, Vec<T>)> {
    let items = sorted_by(items.into_iter().collect(), |(a, _), (b, _)| {
        a.start.cmp(&b.start)
    });
    let sentence_of = |span: Span| {
        doc.sentences()
            .iter()
            .position(|s| s.span.start <= span.start && span.end <= s.span.end)
    };
    let mut merged: Vec<(Span, Vec<T>, Option<usize>)> = Vec::new();
    for (span, value) in items {
        let sentence = sentence_of(span);
        match merged.last_mut() {
            Some((all, values, Some(last))) if sentence == Some(*last) => {
                *all = all.union(span);
                values.push(value);
            }
            _ => merged.push((span, vec![value], sentence)),
        }
    }
    merged
        .into_iter()
        .map(|(span, values, _)| (span, values))
        .collect()
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
        let merged = merge_by_sentence(&doc, [(at("worse"), 2), (at("Bad"), 1), (at("Awful"), 3)]);
        let shown: Vec<_> = merged
            .iter()
            .map(|(span, values)| (span.text(text), values.clone()))
            .collect();
        assert_eq!(shown, [("Bad and worse", vec![1, 2]), ("Awful", vec![3])]);
    }
}
