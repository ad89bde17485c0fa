//! Is a text English? The rules read English, so a reply in Welsh, Irish or Scottish Gaelic
//! gets one notice instead of findings from rules that cannot read it. English prose is full of
//! a few short function words ("the", "you", "to", "we"); a text where they are scarce, and where
//! another language's function words are not, is read as that language.

use std::sync::OnceLock;

use std::collections::HashMap;

use super::{Document, Word, WordSet};
use crate::similarity::{hash_word, Prehashed};

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
    (
        "Scottish Gaelic",
        &[
            "tha",
            "bha",
            "chan",
            "eil",
            "air",
            "gu",
            "mi",
            "sinn",
            "sibh",
            "bho",
            "ri",
            "ris",
            "agus",
            "na",
            "le",
            "ach",
            "sin",
            "seo",
            "airson",
            "tapadh",
            "leibh",
            "leat",
            "mòran",
            "taing",
            "ur",
            "dhuibh",
            "dhut",
            "againn",
            "agaibh",
            "leinn",
            "duilich",
            "cuideachd",
            "cuideachadh",
            "fiosrachadh",
            "seirbheis",
            "sgeulachd",
            "cùram",
            "feumaidh",
            "faodaidh",
            "mar",
            "nach",
            "nuair",
            "fhathast",
            "bhith",
            "gun",
            "às",
            "dè",
            "ciamar",
            "latha",
            "madainn",
            "oidhche",
            "slàn",
            "leis",
            "dhomh",
            "oirnn",
            "oirbh",
            "ruibh",
            "còmhla",
            "fios",
            "fhaighinn",
            "cluinntinn",
            "clàr",
            "ùine",
            "cheart",
        ],
    ),
];

/// Letters of each of [`OTHERS`], in its order, that English words do not have: a word with
/// one ("sheirbhísí", "gwaethygu" has none, "â" has) is a word of that language.
const LETTERS: [&str; OTHERS.len()] = [
    "\u{e2}\u{ea}\u{ee}\u{f4}\u{fb}\u{175}\u{177}",
    "\u{e1}\u{e9}\u{ed}\u{f3}\u{fa}",
    "\u{e0}\u{e8}\u{ec}\u{f2}\u{f9}",
];

/// A word's class: an English function word, and a word of the `i`th of [`OTHERS`] at bit
/// `OWN_WORD << i`; both at once for a word of either ("a", "is", "do").
const ENGLISH_WORD: u8 = 1;
const OWN_WORD: u8 = 2;

/// Words with their class, by [`hash_word`].
type Classes = HashMap<u64, Vec<(&'static str, u8)>, Prehashed>;

/// Every word of [`ENGLISH`] and [`OTHERS`] with its class, by [`hash_word`], so that each
/// word of a text is looked up once by the hash its [`Document`] already holds.
fn classes() -> &'static Classes {
    static CLASSES: OnceLock<Classes> = OnceLock::new();
    CLASSES.get_or_init(|| {
        let mut classes = Classes::default();
        let lists = std::iter::once((ENGLISH, ENGLISH_WORD)).chain(
            OTHERS
                .iter()
                .enumerate()
                .map(|(i, (_, list))| (*list, OWN_WORD << i)),
        );
        for (list, class) in lists {
            for &word in list {
                let entry = classes.entry(hash_word(word)).or_default();
                match entry.iter_mut().find(|(w, _)| *w == word) {
                    Some((_, known)) => *known |= class,
                    None => entry.push((word, class)),
                }
            }
        }
        classes
    })
}

/// Fewer of a language's own words than this are too few to tell ("Diolch yn fawr" could end
/// an English reply).
const MIN_HITS: usize = 3;

/// A sentence is in another language when that many or more of its words are the language's
/// own and they outnumber its English function words.
const MIN_SENTENCE_HITS: usize = 2;

/// The language `doc` is written in when it is mostly not English: `Some("Welsh")`,
/// `Some("another language")`; `None` for English, for a text mixing English prose with
/// another language about equally (a bilingual reply), and for texts too short to tell.
///
/// Each sentence is read on its own: a Welsh reply that ends "Thank you, Sian" or quotes an
/// English service name is still Welsh, and an English reply that opens "A chara" or quotes
/// "Gweithio i Wella" is still English. The words of sentences in another language must
/// outnumber those of English sentences by half again; names, numbers and sign-offs, in no
/// language, count for neither.
pub fn not_english(doc: &Document) -> Option<&'static str> {
    let words = doc.words();
    let is_word = |w: &&Word| w.norm.chars().any(char::is_alphabetic);
    let classes = classes();
    // Per language: words of its sentences, words of English sentences, its own words found.
    let mut tally = [(0, 0, 0); OTHERS.len()];
    for sentence in doc.sentences() {
        let (mut size, mut english) = (0, 0);
        let mut own = [0; OTHERS.len()];
        for (word, &hash) in words[sentence.words.clone()]
            .iter()
            .zip(doc.sentence_word_hashes(sentence))
        {
            if !is_word(&word) {
                continue;
            }
            size += 1;
            let class = classes
                .get(&hash)
                .and_then(|ws| ws.iter().find(|(w, _)| *w == word.norm))
                .map_or(0, |&(_, class)| class);
            // "a", "is", "an", "do" are Irish or Welsh words too: they count for neither.
            english += usize::from(class == ENGLISH_WORD);
            for (i, (count, letters)) in own.iter_mut().zip(LETTERS).enumerate() {
                let theirs = class & (OWN_WORD << i) != 0
                    || (!word.norm.is_ascii() && word.norm.contains(|c| letters.contains(c)));
                *count += usize::from(theirs && class & ENGLISH_WORD == 0);
            }
        }
        for ((theirs, english_words, hits), own) in tally.iter_mut().zip(own) {
            if own >= MIN_SENTENCE_HITS && own > english {
                *theirs += size;
                *hits += own;
            } else if english > 0 {
                *english_words += size;
            }
        }
    }
    // Irish and Scottish Gaelic share many words: the language with the most of its own words wins.
    let named = OTHERS
        .iter()
        .zip(tally)
        .filter(|(_, (theirs, english_words, hits))| {
            *hits >= MIN_HITS && theirs * 2 > english_words * 3
        })
        .max_by_key(|(_, (_, _, hits))| *hits)
        .map(|((name, _), _)| *name);
    if named.is_some() {
        return named;
    }
    // Names, numbers and opening hours hold few function words too, so only a text mostly in
    // another script is called another language without naming it.
    let words: Vec<&str> = words
        .iter()
        .filter(is_word)
        .map(|w| w.norm.as_str())
        .collect();
    let other_script = words
        .iter()
        .filter(|w| w.chars().any(|c| c.is_alphabetic() && c > '\u{24f}'))
        .count();
    (words.len() >= MIN_SCRIPT_WORDS && other_script * 2 > words.len())
        .then_some("another language")
}

/// Texts in another script shorter than this are too short to tell.
const MIN_SCRIPT_WORDS: usize = 4;

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

    #[test]
    fn scottish_gaelic_replies_are_named_apart_from_irish() {
        assert_eq!(
            language(
                "Madainn mhath, tapadh leibh airson ur sgeulachd a roinn leinn. Tha sinn duilich \
                 cluinntinn mu na thachair. Faodaidh an t-seirbheis comhairle ur cuideachadh \
                 le gearan. Le dùrachd, Catriona"
            ),
            Some("Scottish Gaelic")
        );
        assert_eq!(
            language("Tapadh leibh airson ur sgeulachd. Tha sinn duilich. Mòran taing, Iain"),
            Some("Scottish Gaelic")
        );
    }

    #[test]
    fn short_welsh_and_irish_replies_are_named() {
        assert_eq!(
            language("Diolch yn fawr am rannu, Sian. Cofion, Dai"),
            Some("Welsh")
        );
        assert_eq!(
            language("Mae'n ddrwg gen i glywed. Pob lwc, Nia"),
            Some("Welsh")
        );
        assert_eq!(
            language("A chara, tá brón orm. Le meas, Seán"),
            Some("Irish")
        );
    }

    #[test]
    fn a_reply_mostly_in_welsh_is_welsh_and_a_bilingual_one_is_english() {
        assert_eq!(
            language(
                "Annwyl Sam, mae'n ddrwg gennym glywed am eich profiad. Gallwch gysylltu â \
                 Llais am gymorth: 01443 405 830. Thank you for sharing. Elin"
            ),
            Some("Welsh")
        );
        assert_eq!(
            language(
                "Diolch am rannu eich stori gyda ni. Mae'n ddrwg gennym glywed am eich \
                 profiad. Thank you for sharing your story with us. We are sorry to hear about \
                 your experience."
            ),
            None
        );
    }

    #[test]
    fn english_replies_quoting_welsh_or_irish_are_english() {
        assert_eq!(
            language(
                "Bore da Sian. Llais can help you raise this through Gweithio i Wella, the NHS \
                 Wales complaints process, on 01443 405 830. Diolch, Dai"
            ),
            None
        );
        assert_eq!(
            language(
                "A chara, thank you for your story. Go raibh maith agat. Please contact the \
                 Patient Advocacy Service on 0818 293 003 if you would like help. Máire"
            ),
            None
        );
        assert_eq!(
            language(
                "Dear Se\u{e1}n, I'm so sorry about your mam. Seirbh\u{ed}s Abhc\u{f3}ideachta na \
                 nOthar can help on 0818 293 003. Br\u{ed}d N\u{ed} Mh\u{e1}ille"
            ),
            None
        );
    }
}
