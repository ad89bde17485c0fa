//! Cue phrases that change what a later phrase in the same sentence means: "if you feel the
//! hospital let you down" (the author's view, not a verdict), "we are not aware of a wider
//! problem" (a denial, not a concern).

use super::{Document, PhraseMatch};
use crate::Span;

/// True when one of `cues` lies before `span` in the same sentence of `doc`.
pub fn cued_before(doc: &Document, span: Span, cues: &[PhraseMatch]) -> bool {
    cues_before(doc, span, cues).next().is_some()
}

/// True when one of `cues` lies before `span` in the same clause of `doc`: the same sentence
/// with no comma, semicolon, colon or dash between them ("if you ask me, the home was
/// slapdash" is not a condition on the verdict; "if you feel the ward let you down" is).
pub fn cued_in_clause(doc: &Document, span: Span, cues: &[PhraseMatch]) -> bool {
    let text = doc.text();
    cues_before(doc, span, cues)
        .any(|c| !text[c.span.end..span.start].contains([',', ';', ':', '\u{2014}', '\u{2013}']))
}

/// The `cues` lying before `span` in the sentence of `doc` that holds it (none when no sentence
/// holds it whole).
fn cues_before<'a>(
    doc: &Document,
    span: Span,
    cues: &'a [PhraseMatch],
) -> impl Iterator<Item = &'a PhraseMatch> {
    let sentence_start = doc
        .sentences()
        .iter()
        .find(|s| s.span.start <= span.start && span.end <= s.span.end)
        .map(|s| s.span.start);
    cues.iter().filter(move |c| {
        sentence_start.is_some_and(|start| c.span.start >= start && c.span.end <= span.start)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::PhraseSet;

    #[test]
    fn only_earlier_cues_in_the_same_sentence_count() {
        let text = "If you feel it failed you, say so. It failed you, if you feel so.";
        let doc = Document::new(text);
        let cues = PhraseSet::new(&["if you feel"]).find_all(&doc);
        let failed = PhraseSet::new(&["failed you"]).find_all(&doc);
        assert!(cued_before(&doc, failed[0].span, &cues));
        assert!(!cued_before(&doc, failed[1].span, &cues));
    }

    #[test]
    fn a_clause_break_ends_a_cue() {
        let text = "If you ask me, it failed you. If you feel it failed you, say so.";
        let doc = Document::new(text);
        let cues = PhraseSet::new(&["if you"]).find_all(&doc);
        let failed = PhraseSet::new(&["failed you"]).find_all(&doc);
        assert!(!cued_in_clause(&doc, failed[0].span, &cues));
        assert!(cued_in_clause(&doc, failed[1].span, &cues));
    }
}
