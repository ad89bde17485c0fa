//! Fuzzes `PhraseSet`: any phrase list against any text must not panic, and every match must
//! lie inside the text on character boundaries, name a phrase of the list, and come in text
//! order without overlapping. The text analysis behind it (words, sentences) and the signal
//! detectors (URLs, emails, phone numbers) are held to the same span rules.
#![no_main]

use libfuzzer_sys::fuzz_target;
use replyguide_engine::text::{emails, phone_numbers, urls, with_possessives, PhraseSet};
use replyguide_engine::Document;
use replyguide_fuzz as fx;

/// One structured input: a phrase list (custom-rule syntax, `*` and `word*` included) and a text.
#[derive(Debug, arbitrary::Arbitrary)]
struct Input {
    phrases: Vec<String>,
    possessives: bool,
    text: String,
}

fuzz_target!(|input: Input| {
    let text = input.text.as_str();
    let doc = Document::new(text);
    for word in doc.words() {
        fx::assert_span(text, word.span, "word");
    }
    for sentence in doc.sentences() {
        fx::assert_span(text, sentence.span, "sentence");
        for word in doc.sentence_words(sentence) {
            assert!(
                sentence.span.start <= word.span.start && word.span.end <= sentence.span.end,
                "word {:?} outside its sentence {:?}",
                word.span,
                sentence.span
            );
        }
    }
    for (what, spans) in [
        ("url", urls(text)),
        ("email", emails(text)),
        ("phone", phone_numbers(text)),
    ] {
        for span in spans {
            fx::assert_span(text, span, what);
        }
    }

    let phrases = if input.possessives {
        with_possessives(&input.phrases)
    } else {
        input.phrases
    };
    let set = PhraseSet::new(&phrases);
    let found = set.find_all(&doc);
    let mut end = 0;
    for m in &found {
        fx::assert_span(text, m.span, "phrase match");
        assert!(
            m.phrase < phrases.len(),
            "phrase index {} of {}",
            m.phrase,
            phrases.len()
        );
        assert!(
            m.span.start >= end,
            "match {:?} overlaps or precedes the last",
            m.span
        );
        end = m.span.end;
    }
    assert_eq!(set.find_first(&doc), found.first().copied());
});
