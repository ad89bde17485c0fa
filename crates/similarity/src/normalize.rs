//! How a word's characters are normalised before words are compared or hashed: case folded,
//! curly apostrophes straightened.
//!
//! Case folding covers the scripts replies on Care Opinion are written in: ASCII, Latin-1,
//! Latin Extended-A (Welsh ŵ and ŷ, Irish, Polish, Czech names), basic Greek and Cyrillic. Any
//! other character is left as it is. `char::to_lowercase` would fold every script, but it is
//! slower on the words the history index hashes by the hundred thousand.
//! Every character this folds keeps its UTF-8 length, so a folded text lines up with the original.

/// The lowercase form of `c` in the scripts named in the module doc, else `c` itself.
pub fn fold_case(c: char) -> char {
    // Most characters of a reply are ASCII: one test instead of the ranges below.
    if c.is_ascii() {
        return c.to_ascii_lowercase();
    }
    let code = u32::from(c);
    let lower = match code {
        0x41..=0x5A | 0xC0..=0xD6 | 0xD8..=0xDE | 0x391..=0x3A1 | 0x3A3..=0x3AB | 0x410..=0x42F => {
            code + 0x20
        }
        0x400..=0x40F => code + 0x50,
        // İ lowercases to i and a combining dot, which would change the length: left as it is.
        0x130 => code,
        0x178 => 0xFF,
        // Latin Extended-A pairs each capital with the small letter after it: on even code
        // points from Ā to ķ and from Ŋ to ŷ, on odd ones from Ĺ to ň and from Ź to ž.
        0x100..=0x137 | 0x14A..=0x177 if code % 2 == 0 => code + 1,
        0x139..=0x148 | 0x179..=0x17E if code % 2 == 1 => code + 1,
        _ => code,
    };
    char::from_u32(lower).unwrap_or(c)
}

/// True for the characters read as an apostrophe inside a word (`don't`, `I’m`).
pub fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '\u{2018}' | '\u{02BC}')
}

/// A word character as words are compared: case folded, any apostrophe turned into `'`.
pub fn normalize_char(c: char) -> char {
    if is_apostrophe(c) {
        '\''
    } else {
        fold_case(c)
    }
}

/// `text` with every character case folded (see [`fold_case`]); the same length in bytes.
pub fn fold_text(text: &str) -> String {
    if text.is_ascii() {
        return text.to_ascii_lowercase();
    }
    text.chars().map(fold_case).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The blocks [`fold_case`] covers, where it must agree with the standard library.
    const COVERED: [std::ops::RangeInclusive<u32>; 3] = [0..=0x2FF, 0x370..=0x3CF, 0x400..=0x45F];

    #[test]
    fn agrees_with_std_lowercase_on_the_covered_blocks() {
        for c in COVERED.into_iter().flatten().filter_map(char::from_u32) {
            let expected: String = c.to_lowercase().collect();
            // Characters std folds but the module doc does not cover (Latin Extended-B, accented
            // Greek capitals, İ) are left as they are, never folded wrongly.
            let folded = fold_case(c);
            assert!(
                folded.to_string() == expected || folded == c,
                "{c:?} ({:#x}): folded to {folded:?}, std gives {expected:?}",
                u32::from(c)
            );
        }
    }

    #[test]
    fn folds_the_letters_of_names_and_welsh() {
        assert_eq!(
            fold_text("ŴYR ÉLODIE Ŷ ŁÓDŹ ØRSTED"),
            "ŵyr élodie ŷ łódź ørsted"
        );
        assert_eq!(fold_text("ΑΘΗΝΑ МОСКВА Ё"), "αθηνα москва ё");
        assert_eq!(fold_text("Ÿ İ ß × ÷"), "ÿ İ ß × ÷");
    }

    #[test]
    fn keeps_byte_length() {
        for c in COVERED.into_iter().flatten().filter_map(char::from_u32) {
            assert_eq!(fold_case(c).len_utf8(), c.len_utf8(), "{c:?}");
        }
    }

    #[test]
    fn straightens_apostrophes() {
        let word: String = "I’M".chars().map(normalize_char).collect();
        assert_eq!(word, "i'm");
    }
}
