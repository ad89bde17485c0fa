//! Byte offsets of a UTF-8 text and the UTF-16 offsets JavaScript uses for the same places,
//! walked forward together so a whole search of the text converts in one pass.

/// A place in a text, as a byte offset and as a UTF-16 offset. It only moves forward.
pub(super) struct Utf16Cursor<'t> {
    text: &'t str,
    byte: usize,
    unit: usize,
}

impl<'t> Utf16Cursor<'t> {
    /// The start of `text`.
    pub(super) fn new(text: &'t str) -> Self {
        Self {
            text,
            byte: 0,
            unit: 0,
        }
    }

    /// Moves to byte offset `byte` (a character boundary at or after the cursor) and returns its
    /// UTF-16 offset.
    pub(super) fn unit_at_byte(&mut self, byte: usize) -> usize {
        self.unit += self.text[self.byte..byte]
            .chars()
            .map(char::len_utf16)
            .sum::<usize>();
        self.byte = byte;
        self.unit
    }

    /// Moves to UTF-16 offset `unit` (between characters, at or after the cursor) and returns its
    /// byte offset.
    pub(super) fn byte_at_unit(&mut self, unit: usize) -> usize {
        let mut chars = self.text[self.byte..].chars();
        while self.unit < unit {
            let Some(c) = chars.next() else { break };
            self.unit += c.len_utf16();
            self.byte += c.len_utf8();
        }
        self.byte
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn walks_bytes_and_utf16_units_together() {
        let text = "é “a” 😀 b";
        let places: Vec<(usize, usize)> = text
            .char_indices()
            .map(|(byte, _)| byte)
            .chain([text.len()])
            .map(|byte| (byte, text[..byte].encode_utf16().count()))
            .collect();
        let mut cursor = Utf16Cursor::new(text);
        for (i, &(byte, unit)) in places.iter().enumerate() {
            if i % 2 == 0 {
                assert_eq!(cursor.unit_at_byte(byte), unit, "byte {byte}");
            } else {
                assert_eq!(cursor.byte_at_unit(unit), byte, "unit {unit}");
            }
        }
        let mut skipping = Utf16Cursor::new(text);
        assert_eq!(skipping.byte_at_unit(places[6].1), places[6].0);
        assert_eq!(skipping.unit_at_byte(text.len()), places.last().unwrap().1);
    }
}
