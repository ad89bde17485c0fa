//! Byte spans into the draft, and their conversion to UTF-16 offsets for JavaScript.

use serde::Serialize;

/// A half-open range `start..end` of **byte** offsets into a UTF-8 string.
///
/// Rules work on bytes (what Rust slices use); [`Utf16Offsets`] turns a span into the
/// UTF-16 code-unit offsets that JavaScript string indices use, at the output boundary.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub struct Span {
    /// First byte of the span.
    pub start: usize,
    /// One past the last byte of the span.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end`; the two are swapped if given in the wrong order.
    pub fn new(start: usize, end: usize) -> Self {
        Self {
            start: start.min(end),
            end: start.max(end),
        }
    }

    /// Number of bytes covered.
    pub fn len(&self) -> usize {
        self.end - self.start
    }

    /// True when the span covers nothing.
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }

    /// The smallest span covering both `self` and `other`.
    pub fn union(&self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }

    /// True when the two spans share at least one byte.
    pub fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// The text the span covers, or `""` if it does not fall on character boundaries.
    pub fn text<'a>(&self, source: &'a str) -> &'a str {
        source.get(self.start..self.end).unwrap_or("")
    }
}

/// Converts byte offsets of one string into UTF-16 code-unit offsets.
///
/// Built once per draft; each conversion is a binary search over the non-ASCII characters, so
/// converting every finding of a long draft stays cheap.
#[derive(Debug, Clone)]
pub struct Utf16Offsets {
    /// One entry per non-ASCII character, in order.
    anchors: Vec<Anchor>,
    byte_len: usize,
    utf16_len: usize,
}

#[derive(Debug, Clone, Copy)]
struct Anchor {
    byte: usize,
    utf16: usize,
    utf8_len: usize,
    utf16_len: usize,
}

impl Utf16Offsets {
    /// Indexes `text`.
    pub fn new(text: &str) -> Self {
        let bytes = text.as_bytes();
        let mut anchors = Vec::new();
        let mut utf16 = 0;
        // Runs of ASCII are passed over a byte at a time, without decoding characters.
        let mut at = 0;
        while let Some(ascii) = bytes[at..].iter().position(|b| !b.is_ascii()) {
            let byte = at + ascii;
            utf16 += ascii;
            let Some(ch) = text[byte..].chars().next() else {
                break;
            };
            anchors.push(Anchor {
                byte,
                utf16,
                utf8_len: ch.len_utf8(),
                utf16_len: ch.len_utf16(),
            });
            utf16 += ch.len_utf16();
            at = byte + ch.len_utf8();
        }
        Self {
            anchors,
            byte_len: text.len(),
            utf16_len: utf16 + (bytes.len() - at),
        }
    }

    /// The UTF-16 offset of byte offset `byte` (clamped to the end of the text).
    pub fn to_utf16(&self, byte: usize) -> usize {
        if byte >= self.byte_len {
            return self.utf16_len;
        }
        let idx = self.anchors.partition_point(|a| a.byte < byte);
        match idx.checked_sub(1).map(|i| self.anchors[i]) {
            // Everything before `byte` is ASCII: one byte is one code unit.
            None => byte,
            // Bytes between the end of the last non-ASCII character and `byte` are ASCII.
            Some(a) => a.utf16 + a.utf16_len + byte.saturating_sub(a.byte + a.utf8_len),
        }
    }

    /// The UTF-16 offsets of `span`.
    pub fn span(&self, span: Span) -> (usize, usize) {
        (self.to_utf16(span.start), self.to_utf16(span.end))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn js_index(text: &str, byte: usize) -> usize {
        text[..byte].encode_utf16().count()
    }

    #[test]
    fn ascii_offsets_are_unchanged() {
        let map = Utf16Offsets::new("hello world");
        assert_eq!(map.span(Span::new(6, 11)), (6, 11));
    }

    #[test]
    fn emoji_and_accents_match_javascript() {
        let text = "Café 😀 naïve résumé — “quoted” 👩‍⚕️ end";
        let map = Utf16Offsets::new(text);
        for (byte, _) in text.char_indices().chain([(text.len(), ' ')]) {
            assert_eq!(map.to_utf16(byte), js_index(text, byte), "byte {byte}");
        }
    }

    #[test]
    fn span_after_emoji_points_at_the_same_words() {
        let text = "😀😀 you are absolutely right";
        let start = text.find("absolutely").unwrap();
        let (s, e) = Utf16Offsets::new(text).span(Span::new(start, start + 10));
        let utf16: Vec<u16> = text.encode_utf16().collect();
        assert_eq!(String::from_utf16(&utf16[s..e]).unwrap(), "absolutely");
    }
}
