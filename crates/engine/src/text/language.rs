//! Is a text English? The rules read English, so a reply in Welsh or Irish gets one notice
//! instead of findings from rules that cannot read it. English prose is full of a few short
//! function words ("the", "you", "to", "we"); a text where they are scarce, and where another
//! language's function words are not, is read as that language.

use std::sync::OnceLock;

use super::{Document, WordSet};

/// English function words: together a third or more of the words of ordinary prose. A text is
/// another language when that language's common words outnumber these by half again.
const ENGLISH: &[&str] = &[
    "the", "and", "to", "of", "a", "you", "your", "we", "our", "i", "is", "it", "in", "for",
    "that", "this", "with", "on", "be", "are", "have", "was", "were", "as", "at", "if", "can",
    "will", "would", "not", "so", "me", "my", "us", "has", "had", "been", "by", "from", "or", "do",
    "please", "thank", "an", "about", "what", "very", "there", "they", "he", "she", "her", "his",
    "them", "their", "i'm", "we're", "you're", "it's", "sorry", "hear", "go",
];

/// True for an English function word ("the", "you", "we"…).
pub fn is_function_word(word: &str) -> bool {
    static SET: OnceLock<WordSet> = OnceLock::new();
    SET.get_or_init(|| WordSet::new(ENGLISH)).contains(word)
}

/// Languages Care Opinion replies are written in besides English, each with common words of
/// its own that English prose does not use.
const OTHERS: &[(&str, &[&str])] = &[
    (
        "Welsh",
        &[
            "yn", "y", "yr", "ac", "ar", "eich", "ein", "mae", "gyda", "diolch", "chi", "ni",
            "rydym", "ydych", "wedi", "bod", "ddim", "hefyd", "fel", "neu", "os", "sydd", "hyn",
            "hwn", "hon", "am", "gan", "i'r", "o'r", "mae'n", "yw", "ei", "eu", "cysylltu",
            "gyfer", "gennym", "iawn", "â", "ag", "rhannu", "stori", "gofal", "cofion", "annwyl",
            "a", "i", "gen", "gallwch", "gall", "eich", "helpu", "ffoniwch", "os", "yw", "fod",
            "mor", "am", "ddrwg", "glywed", "profiad", "cymorth", "chi'n", "bydd", "anodd",
        ],
    ),
    (
        "Irish",
        &[
            "agus",
            "an",
            "na",
            "ar",
            "le",
            "go",
            "do",
            "bhí",
            "tá",
            "sé",
            "sí",
            "mé",
            "tú",
            "sibh",
            "muid",
            "bhur",
            "míle",
            "buíochas",
            "as",
            "leat",
            "libh",
            "dhuit",
            "ag",
            "aon",
            "ach",
            "sin",
            "seo",
            "faoi",
            "leis",
            "chun",
            "scéal",
            "cúram",
            "dia",
            "raibh",
            "maith",
            "agat",
            "féidir",
            "meas",
            "de",
            "nó",
            "trí",
            "roinnt",
            "linn",
            "gur",
            "ba",
            "cara",
            "chara",
            "is",
            "bua",
            "a",
            "i",
            "má",
            "ort",
            "arís",
            "agam",
            "súil",
            "bhfuil",
            "orainn",
            "brón",
            "liom",
            "leo",
            "dom",
        ],
    ),
];

/// Texts shorter than this are too short to tell (a name, "Diolch", a half-typed word).
const MIN_WORDS: usize = 8;

/// The language `doc` is written in when it is clearly not English: `Some("Welsh")`,
/// `Some("another language")`; `None` for English, for a text mixing English prose with
/// another language, and for texts too short to tell.
pub fn not_english(doc: &Document) -> Option<&'static str> {
    let words: Vec<&str> = doc
        .words()
        .iter()
        .map(|w| w.norm.as_str())
        .filter(|w| w.chars().any(char::is_alphabetic))
        .collect();
    if words.len() < MIN_WORDS {
        return None;
    }
    // Ordinary English prose is a third or more function words: no need to look further.
    let english_words = words.iter().filter(|w| is_function_word(w)).count();
    if english_words * 10 >= words.len() * 3 {
        return None;
    }
    // Words both languages use ("a", "is", "an") say nothing about which it is.
    let share = |list: &[&str], other: &[&str]| {
        let hits = words
            .iter()
            .filter(|w| list.contains(w) && !other.contains(w))
            .count();
        hits as f64 / words.len() as f64
    };
    for (name, list) in OTHERS {
        let theirs = share(list, ENGLISH);
        if theirs >= 0.1 && theirs > 1.5 * share(ENGLISH, list) {
            return Some(name);
        }
    }
    // Names, numbers and opening hours hold few function words too, so only a text mostly in
    // another script is called another language without naming it.
    let other_script = words
        .iter()
        .filter(|w| w.chars().any(|c| c.is_alphabetic() && c > '\u{24f}'))
        .count();
    (other_script * 2 > words.len()).then_some("another language")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn language(text: &str) -> Option<&'static str> {
        not_english(&Document::new(text))
    }

    #[test]
    fn english_replies_are_english() {
        assert_eq!(
            language(
                "Dear Sam, thank you for sharing your story. I'm sorry to hear about the wait."
            ),
            None
        );
        assert_eq!(
            language("Diolch am rannu eich stori. Thank you for sharing your story with us, we will pass it on."),
            None
        );
        assert_eq!(language("Diolch yn fawr"), None);
        assert_eq!(
            language("Some numbers: healthdirect 1800 022 222 (24/7); Seniors Rights Victoria 1300 368 821 (10am-5pm)."),
            None
        );
    }

    #[test]
    fn welsh_and_irish_replies_are_named() {
        assert_eq!(
            language(
                "Annwyl Sam, diolch am rannu eich stori gyda ni. Mae'n ddrwg gennym glywed am \
                 eich profiad. Gallwch gysylltu â Llais am gymorth."
            ),
            Some("Welsh")
        );
        assert_eq!(
            language(
                "A chara, go raibh míle maith agat as do scéal a roinnt linn. Tá brón orainn \
                 faoi sin agus ba mhaith linn cabhrú leat."
            ),
            Some("Irish")
        );
        assert_eq!(
            language(
                "Dia dhuit, a Bhean. Is maith liom a chloisteáil gur tháinig an bhanaltra as an \
                 gCeathrú Rua agus gur tháinig feabhas ar chúrsaí. Is féidir leis an tSeirbhís \
                 Abhcóideachta Othar cabhrú leat gearán a dhéanamh. Beir bua, Dónal"
            ),
            Some("Irish")
        );
    }
}
