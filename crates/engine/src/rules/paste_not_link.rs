//! `paste-not-link`: "You link to online information, rather than pasting the same information
//! in each response."
//!
//! Fires on a pasted block of reference information: several phone numbers, an address (a UK
//! postcode), a timetable of opening hours, a list of eligibility criteria, or one of the
//! organisation's boilerplate paragraphs (near-matched sentence by sentence). One phone number, or
//! one sentence with a link, is fine. The finding underlines the block and, when the config has a
//! relevant link, names it.

use std::sync::OnceLock;

use super::wording::{join_and, quoted_link};
use super::{rule_finding, Context, Rule};
use crate::config::{strings, CommonSettings, Count, Fraction, Link};
use crate::similarity::SentenceIndex;
use crate::sorting::insert_by_key;
use crate::text::pattern::{any_byte, ascii_digits, contains_ignoring_case, Letters, Pattern};
use crate::text::PhraseSet;
use crate::{rule_settings, word_list, Config, Document, Finding, Severity, Span};

rule_settings! {
    /// Settings of `paste-not-link`.
    pub struct Settings {
        /// This many phone numbers or more make a pasted contact list.
        pub phone_numbers: Count = Count(3),
        /// This many times of day or more, next to days of the week, make a timetable.
        pub opening_times: Count = Count(4),
        /// This many criteria or more after an eligibility phrase make a pasted list.
        pub criteria: Count = Count(3),
        /// This many items or more in a bulleted or numbered list (on lines, or inline as
        /// "(1) … (2) …" or "• … • …"), or in one sentence of clauses holding figures separated
        /// by semicolons, make a pasted list (of steps, stages, contacts or sessions).
        pub list_items: Count = Count(4),
        /// This many ways of getting in touch or more (phone numbers, emails, web addresses,
        /// social media handles) make a pasted contact list.
        pub contact_channels: Count = Count(4),
        /// Phrases that introduce eligibility criteria.
        pub eligibility_phrases: Vec<String> = strings(ELIGIBILITY_PHRASES),
        /// How alike a draft sentence and a boilerplate sentence must be.
        pub boilerplate_similarity: Fraction = Fraction(0.8),
        /// Share of a boilerplate paragraph's words that, pasted, count as pasting it.
        pub boilerplate_share: Fraction = Fraction(0.6),
    }
}

const ELIGIBILITY_PHRASES: &str = word_list![
    "eligible",
    "eligibility",
    "to qualify",
    "you qualify",
    "criteria",
    "you must",
    "you need to be",
    "only available to",
    "only available for",
    "you can use this service if",
    "you can get * if",
    "entitled to",
];

/// A pasted block: where it is, what it holds ("opening hours", "3 phone numbers") and words a
/// link to the same information would likely use in its label ("contact", "hours").
#[derive(Debug, Clone)]
struct Block {
    span: Span,
    holds: Vec<String>,
    link_words: String,
    is_boilerplate: bool,
}

/// The `paste-not-link` rule.
pub struct PasteNotLink {
    phone_numbers: usize,
    opening_times: usize,
    criteria: usize,
    list_items: usize,
    contact_channels: usize,
    eligibility: PhraseSet,
    boilerplate: SentenceIndex,
    boilerplate_similarity: f64,
    boilerplate_share: f64,
    /// The [`link_stems`] of each of the config's links, in order.
    link_stems: Vec<Vec<String>>,
}

impl PasteNotLink {
    /// Reads the thresholds, phrases and boilerplate from `config` (the links are read from the
    /// config in the check's context).
    pub fn new(config: &Config) -> Self {
        let settings = &config.rules.paste_not_link;
        Self {
            phone_numbers: settings.phone_numbers.0,
            opening_times: settings.opening_times.0,
            criteria: settings.criteria.0,
            list_items: settings.list_items.0.max(2),
            contact_channels: settings.contact_channels.0.max(2),
            eligibility: PhraseSet::new(&settings.eligibility_phrases),
            boilerplate: SentenceIndex::new(&config.boilerplate),
            boilerplate_similarity: settings.boilerplate_similarity.0,
            boilerplate_share: settings.boilerplate_share.0,
            link_stems: config.links.iter().map(link_stems).collect(),
        }
    }

    fn phone_block(&self, doc: &Document) -> Option<Block> {
        let phones = doc.phone_numbers();
        (phones.len() >= self.phone_numbers.max(1)).then(|| {
            Block::new(
                sentences_around(doc, phones),
                format!("{} phone numbers", phones.len()),
                "phone numbers contact call",
            )
        })
    }

    /// Phone numbers, emails, web addresses and handles together.
    fn contact_block(&self, doc: &Document) -> Option<Block> {
        let text = doc.text();
        let mut channels = doc.phone_numbers().to_vec();
        channels.extend(doc.emails());
        channels.extend(doc.urls());
        for word in doc.words() {
            if text[..word.span.start].ends_with('@') && !text[..word.span.start].ends_with("@@") {
                let before = text[..word.span.start - 1].chars().next_back();
                if before.is_none_or(|c| !c.is_alphanumeric()) {
                    channels.push(word.span);
                }
            }
        }
        // Several phone numbers already make a block of their own.
        let phones_block = doc.phone_numbers().len() >= self.phone_numbers.max(1);
        (channels.len() >= self.contact_channels && !phones_block).then(|| {
            Block::new(
                sentences_around(doc, &channels),
                format!("{} ways to get in touch", channels.len()),
                "contact",
            )
        })
    }

    /// A bulleted or numbered list, on lines or inline, or a sentence of figures separated by
    /// semicolons.
    fn list_block(&self, doc: &Document) -> Option<Block> {
        let text = doc.text();
        let mut items: Vec<Span> = Vec::new();
        let mut at = 0;
        for line in text.split_inclusive('\n') {
            if is_list_line(line.trim_start()) {
                items.push(Span::new(at, at + line.trim_end().len()));
            }
            at += line.len();
        }
        if items.len() < self.list_items {
            items.clear();
            // A list run together on one line ("you must: 1. be…; 2. have…; 3. consent…").
            let mut at = 0;
            for line in text.split_inclusive('\n') {
                if inline_items(line) >= self.list_items {
                    items.push(Span::new(at, at + line.trim_end().len()));
                }
                at += line.len();
            }
            for sentence in doc.sentences() {
                let said = sentence.span.text(text);
                let inline = inline_items(said);
                let clauses: Vec<&str> = said.split(';').collect();
                let figured = clauses
                    .iter()
                    .filter(|c| c.chars().any(|ch| ch.is_ascii_digit()))
                    .count();
                // "Referrals are accepted where: the person is 18; is registered…; …": clauses
                // set out after a colon are a list whatever they hold.
                let after_colon = said
                    .split_once(": ")
                    .map_or(0, |(_, rest)| rest.split(';').count());
                if inline >= self.list_items
                    || after_colon >= self.list_items
                    || (clauses.len() >= self.list_items && figured + 1 >= self.list_items)
                {
                    items.push(sentence.span);
                }
            }
        }
        (!items.is_empty()).then(|| {
            Block::new(
                sentences_around(doc, &items),
                "a list".into(),
                "steps how to guide information",
            )
        })
    }

    fn address_block(doc: &Document) -> Option<Block> {
        let postcodes = postcode_pattern().find_all(doc.text());
        (!postcodes.is_empty()).then(|| {
            Block::new(
                sentences_around(doc, &postcodes),
                "an address".into(),
                "address contact find visit",
            )
        })
    }

    fn opening_hours_block(&self, doc: &Document) -> Option<Block> {
        let mut times = Vec::new();
        for sentence in doc.sentences() {
            let text = sentence.span.text(doc.text());
            if day_pattern().is_match(text) {
                let start = sentence.span.start;
                for time in time_pattern().find_all(text) {
                    times.push(Span::new(start + time.start, start + time.end));
                }
            }
        }
        (times.len() >= self.opening_times.max(1)).then(|| {
            Block::new(
                sentences_around(doc, &times),
                "opening hours".into(),
                "opening hours times contact",
            )
        })
    }

    fn eligibility_block(&self, doc: &Document) -> Option<Block> {
        let text = doc.text();
        for found in self.eligibility.find_all(doc) {
            let Some(sentence) = doc.sentences().iter().find(|s| s.span.overlaps(found.span))
            else {
                continue;
            };
            // Criteria numbered inline may split the line into sentences ("you must: 1. be…").
            let line_end = text[found.span.end..].find('\n').map_or(text.len(), |i| found.span.end + i);
            let inline = inline_items(&text[found.span.start..line_end]);
            let clauses = (sentence.span.text(text).matches(';').count() + 1).max(inline);
            let (items, list_end) = list_after(text, sentence.span.end);
            if items.max(clauses) >= self.criteria.max(1) {
                let inline_end = if inline >= self.criteria { line_end } else { 0 };
                let end = list_end.max(sentence.span.end).max(inline_end);
                return Some(Block::new(
                    Span::new(sentence.span.start, end),
                    "eligibility criteria".into(),
                    "eligibility criteria who can",
                ));
            }
        }
        None
    }

    /// One block per boilerplate paragraph whose sentences, pasted, make up enough of it (in
    /// the order the paragraphs are first matched; a draft sentence matches one paragraph at
    /// most, so no two blocks start together).
    fn boilerplate_blocks(&self, doc: &Document) -> Vec<Block> {
        let matches = self
            .boilerplate
            .best_matches(doc, self.boilerplate_similarity);
        let (mut blocks, mut paragraphs_seen) = (Vec::new(), Vec::new());
        for paragraph in &matches {
            if paragraphs_seen.contains(&paragraph.source) {
                continue;
            }
            paragraphs_seen.push(paragraph.source);
            let (mut pasted_words, mut pasted_sentences, mut spans) = (0, Vec::new(), Vec::new());
            for m in &matches {
                if m.source != paragraph.source {
                    continue;
                }
                if !pasted_sentences.contains(&m.source_sentence) {
                    pasted_sentences.push(m.source_sentence);
                    pasted_words += m.source_sentence_words;
                }
                spans.push(doc.sentences()[m.draft_sentence].span);
            }
            let paragraph_words = self.boilerplate.source_words(paragraph.source) as f64;
            if (pasted_words as f64) < self.boilerplate_share * paragraph_words {
                continue;
            }
            let mut block = Block::new(
                sentences_around(doc, &spans),
                "a standard paragraph".into(),
                "about",
            );
            block.is_boilerplate = true;
            blocks.push(block);
        }
        blocks
    }
}

/// The words of a link's label and address that say what it is about: their stems, four
/// letters or longer.
fn link_stems(link: &Link) -> Vec<String> {
    let label = Document::new(&format!("{} {}", link.label, link.url));
    (label.words().iter())
        .map(|word| stem(&word.norm).to_string())
        .filter(|stem| stem.chars().count() >= 4)
        .collect()
}

/// The link of `links` (with their [`link_stems`]) that shares the most words with `block` of
/// `doc`, if any shares one.
fn relevant_link<'a>(
    links: impl Iterator<Item = (&'a Link, &'a Vec<String>)>,
    doc: &Document,
    block: &Block,
) -> Option<&'a Link> {
    let in_block = (doc.words().iter())
        .filter(|w| block.span.start <= w.span.start && w.span.end <= block.span.end);
    let mut block_words: Vec<String> = in_block.map(|word| stem(&word.norm).to_string()).collect();
    block_words.extend(block.link_words.split_whitespace().map(|w| stem(w).to_string()));
    // The link sharing the most words, the last of equals.
    let mut best: Option<(usize, &Link)> = None;
    for (link, stems) in links {
        let shared = stems.iter().filter(|s| block_words.contains(s)).count();
        if shared > 0 && best.is_none_or(|(most, _)| shared >= most) {
            best = Some((shared, link));
        }
    }
    best.map(|(_, link)| link)
}

impl Block {
    fn new(span: Span, holds: String, link_words: &str) -> Self {
        Self {
            span,
            holds: vec![holds],
            link_words: link_words.to_string(),
            is_boilerplate: false,
        }
    }
}

impl Rule for PasteNotLink {
    fn id(&self) -> &str {
        "paste-not-link"
    }

    fn guideline(&self) -> &str {
        "You link to online information, rather than pasting the same information in each response"
    }

    fn why(&self) -> &str {
        "A pasted block makes the reply long and impersonal, and goes out of date; a link keeps \
         the reply about the author and the details current."
    }

    fn default_severity(&self) -> Severity {
        Severity::Hint
    }

    fn settings<'a>(&'a self, config: &'a Config) -> &'a dyn CommonSettings {
        &config.rules.paste_not_link
    }

    fn check(&self, ctx: &Context) -> Vec<Finding> {
        let doc = ctx.draft;
        let mut blocks = Vec::new();
        blocks.extend(self.phone_block(doc));
        blocks.extend(self.contact_block(doc));
        blocks.extend(self.list_block(doc));
        blocks.extend(Self::address_block(doc));
        blocks.extend(self.opening_hours_block(doc));
        blocks.extend(self.eligibility_block(doc));
        blocks.extend(self.boilerplate_blocks(doc));
        // In order of start, equal starts in the order above.
        let mut sorted = Vec::with_capacity(blocks.len());
        for block in blocks {
            insert_by_key(&mut sorted, block, |b| b.span.start);
        }
        let mut found = Vec::new();
        for block in merge_touching(sorted, doc.text()) {
            found.push(self.finding_for(&block, ctx));
        }
        found
    }
}

impl PasteNotLink {
    fn finding_for(&self, block: &Block, ctx: &Context) -> Finding {
        let links = ctx.config.links.iter().zip(&self.link_stems);
        let link = relevant_link(links, ctx.draft, block);
        let instead = link.map_or(
            "the page on your website with these details".to_string(),
            quoted_link,
        );
        let mut finding = rule_finding(
            self,
            Some(block.span),
            format!(
                "This pastes {}. Link to {instead} instead: a link keeps the reply short and the \
                 details up to date.",
                join_and(&block.holds)
            ),
        );
        finding.suggestion = link.map(|l| format!("{}: {}", l.label, l.url));
        if block.is_boilerplate {
            finding.severity = Severity::Warning;
        }
        finding
    }
}

/// Blocks that overlap or are separated only by white space become one.
fn merge_touching(blocks: Vec<Block>, text: &str) -> Vec<Block> {
    let mut merged: Vec<Block> = Vec::new();
    for block in blocks {
        match merged.last_mut() {
            Some(last)
                if block.span.start <= last.span.end
                    || text[last.span.end..block.span.start].trim().is_empty() =>
            {
                last.span = last.span.union(block.span);
                last.holds.extend(block.holds);
                last.link_words.push(' ');
                last.link_words.push_str(&block.link_words);
                last.is_boilerplate |= block.is_boilerplate;
            }
            _ => merged.push(block),
        }
    }
    merged
}

/// The sentences overlapping any of `spans` (not empty), first to last.
fn sentences_around(doc: &Document, spans: &[Span]) -> Span {
    let mut all = spans[0];
    for span in spans {
        all = all.union(*span);
    }
    for sentence in doc.sentences() {
        if spans.iter().any(|span| sentence.span.overlaps(*span)) {
            all = all.union(sentence.span);
        }
    }
    all
}

/// How many list lines follow the line holding byte `from`, and where the last one ends.
fn list_after(text: &str, from: usize) -> (usize, usize) {
    let mut at = text[from..].find('\n').map_or(text.len(), |i| from + i + 1);
    let (mut items, mut end) = (0, 0);
    for line in text[at..].split_inclusive('\n') {
        if !is_list_line(line) {
            break;
        }
        items += 1;
        end = at + line.trim_end().len();
        at += line.len();
    }
    (items, end)
}

/// How many inline list markers `sentence` holds: bullets ("• a • b"), numbers counted from
/// one ("(1) … (2) …", "1) … 2) …", "1. … 2. …"), or short items after a colon ("Pharmacy First
/// covers: sinusitis, sore throat, earache, …"; one more is needed than of markers).
fn inline_items(sentence: &str) -> usize {
    let bullets = sentence.matches('\u{2022}').count();
    let numbered = ('1'..='9')
        .take_while(|&digit| numbers_item(sentence, digit))
        .count();
    bullets.max(numbered).max(colon_items(sentence).saturating_sub(1))
}

/// True when `digit` stands in `sentence` as the number of an inline list item: "(2)", " 2)",
/// " 2. ", or "2. " at its start.
fn numbers_item(sentence: &str, digit: char) -> bool {
    sentence.match_indices(digit).any(|(at, _)| {
        let after = &sentence[at + digit.len_utf8()..];
        match sentence[..at].chars().next_back() {
            Some('(') => after.starts_with(')'),
            Some(' ') => after.starts_with(')') || after.starts_with(". "),
            None => after.starts_with(". "),
            Some(_) => false,
        }
    })
}

/// How many short items (five words at most) separated by commas or semicolons follow the
/// colon of `sentence`, up to its first full stop; none unless every item is short.
fn colon_items(sentence: &str) -> usize {
    const MOST_WORDS: usize = 5;
    let Some((_, after)) = sentence.split_once(": ") else {
        return 0;
    };
    let listed = after.split(". ").next().unwrap_or(after).trim_end().trim_end_matches('.');
    let items: Vec<&str> = listed.split([',', ';']).map(str::trim).collect();
    let short = items.iter().all(|item| {
        let words = item.split_whitespace().count();
        (1..=MOST_WORDS).contains(&words)
    });
    if short {
        items.len()
    } else {
        0
    }
}

/// True when `line` starts with a bullet or a list number ("- ", "• ", "2. ", "b) ", "Step 2
/// -"), or is a labelled field of a pasted block ("Phone: 1300 582 113", "Local offices:
/// Tullamore, Athlone").
pub(crate) fn is_list_line(line: &str) -> bool {
    let mut words = line.split_whitespace();
    let written = words.next().unwrap_or("");
    // "(a)", "(2)" as well as "a)", "2.".
    let marker = written
        .strip_prefix('(')
        .filter(|m| m.ends_with(')'))
        .unwrap_or(written);
    let numbered = (2..=3).contains(&marker.len())
        && marker.ends_with(['.', ')'])
        && marker[..marker.len() - 1]
            .chars()
            .all(|c| c.is_ascii_alphanumeric());
    let number = words.next().unwrap_or("");
    let numbered_word = number.starts_with(|c: char| c.is_ascii_digit())
        && (marker.eq_ignore_ascii_case("step") || labels_item(marker, number, words.next()));
    numbered
        || numbered_word
        || is_field_line(line)
        || matches!(marker, "-" | "*" | "\u{2022}" | "\u{00b7}" | "\u{2013}")
}

/// True when `word` and `number` label a list item: a capitalised word, a number, then a
/// colon, a full stop or a dash ("Stage 2 – assessment", "Option 3: a mix", "Tier 1. …").
fn labels_item(word: &str, number: &str, after: Option<&str>) -> bool {
    let digits = number.trim_end_matches([':', '.', ')']);
    word.starts_with(|c: char| c.is_uppercase())
        && word.chars().all(char::is_alphabetic)
        && !digits.is_empty()
        && digits.chars().all(|c| c.is_ascii_digit())
        && (digits.len() < number.len()
            || after.is_some_and(|a| matches!(a, "-" | "\u{2013}" | "\u{2014}" | ":")))
}

/// True when `line` is a short capitalised label, a colon and a value ("Email:
/// info@example.org", "Hours: Mon-Fri 9am-5pm", "Option 2: the council arranges it"), not a
/// sentence that ends in a colon, a time or a web address.
fn is_field_line(line: &str) -> bool {
    let Some((label, value)) = line.trim().split_once(':') else {
        return false;
    };
    let label_words: Vec<&str> = label.split_whitespace().collect();
    // "At 9:30" is a time, not a field.
    let time = value.starts_with(|c: char| c.is_ascii_digit());
    let value = value.trim();
    (1..=3).contains(&label_words.len())
        && label.starts_with(|c: char| c.is_uppercase())
        && label_words.iter().all(|w| {
            w.chars()
                .all(|c| c.is_alphanumeric() || "'’&-".contains(c))
        })
        && !time
        && !value.is_empty()
        && !value.starts_with('/')
}

/// A word without a plural `s`, so "complaints" matches "complaint".
fn stem(word: &str) -> &str {
    word.strip_suffix('s')
        .filter(|w| w.len() >= 3)
        .unwrap_or(word)
}

/// A postcode: a UK postcode (capitals, digits and at most one space), an Irish Eircode
/// ("D02 W773") or an Australian state and postcode ("VIC 3000").
pub(crate) fn postcode_pattern() -> &'static Pattern {
    static PATTERN: OnceLock<Pattern> = OnceLock::new();
    Pattern::cached(
        &PATTERN,
        r"\b[A-Z]{1,2}\d[A-Z\d]? ?\d[ABD-HJLNP-UW-Z]{2}\b|\b(?:[AC-FHKNPRTV-Y]\d{2}|D6W) [AC-FHKNPRTV-Y\d]{4}\b|\b(?:NSW|VIC|QLD|SA|WA|TAS|NT|ACT) \d{4}\b",
        Letters::AsWritten,
        |b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b' ',
        |run| ascii_digits(run) >= 2,
    )
}

/// A time of day holds a digit, or is noon, midday or midnight.
pub(crate) fn time_pattern() -> &'static Pattern {
    static PATTERN: OnceLock<Pattern> = OnceLock::new();
    Pattern::cached(
        &PATTERN,
        r"\b(?:[01]?\d|2[0-3])(?:[:.][0-5]\d)?[ \t\n\v\f\r]?(?:am|pm)\b|\b(?:[01]\d|2[0-3])[:.][0-5]\d\b|\b(?:noon|midday|midnight)\b",
        Letters::EitherCase,
        any_byte,
        |text| {
            ascii_digits(text) > 0
                || contains_ignoring_case(text, "noon")
                || contains_ignoring_case(text, "mid")
        },
    )
}

/// A day of the week, weekdays, weekends or bank holidays: a word starting with one of
/// [`DAY_STARTS`].
pub(crate) fn day_pattern() -> &'static Pattern {
    static PATTERN: OnceLock<Pattern> = OnceLock::new();
    Pattern::cached(
        &PATTERN,
        r"\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\b|\b(?:mon|tues|wednes|thurs|fri|satur|sun)days?\b|\b(?:weekdays?|weekends?|bank holidays?)\b",
        Letters::EitherCase,
        any_byte,
        has_day_word,
    )
}

/// How every word [`day_pattern`] matches starts.
const DAY_STARTS: [[u8; 3]; 9] = [
    *b"mon", *b"tue", *b"wed", *b"thu", *b"fri", *b"sat", *b"sun", *b"wee", *b"ban",
];

/// True when a word of `text` (ASCII `\b` before it) starts with one of [`DAY_STARTS`], in
/// either case: setting bit 5 lowercases an ASCII capital and leaves a lowercase letter as it
/// is, and turns no other byte into a lowercase letter.
fn has_day_word(text: &str) -> bool {
    let bytes = text.as_bytes();
    bytes.windows(3).enumerate().any(|(i, start)| {
        let word_start = i == 0 || !is_ascii_word_byte(bytes[i - 1]);
        word_start && DAY_STARTS.contains(&[start[0] | 0x20, start[1] | 0x20, start[2] | 0x20])
    })
}

/// A byte of `\w` (ASCII in both regex engines).
fn is_ascii_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{assert_fires, assert_silent, findings, findings_with, story};
    use crate::{Config, Finding, Severity};

    #[test]
    fn day_words_are_found_at_word_starts_in_either_case() {
        use super::has_day_word;
        assert!(has_day_word("Open MONDAYS to Fri"));
        assert!(has_day_word("(wEekends)"));
        assert!(!has_day_word("lemon salmon"));
        assert!(!has_day_word("M\u{0}N, @ON, mo"));
    }

    #[test]
    fn inline_numbers_count_from_one_in_each_written_form() {
        use super::inline_items;
        assert_eq!(inline_items("You can (1) call, (2) write or (3) visit."), 3);
        assert_eq!(inline_items("1. Call us 2. Write to us 3) Visit"), 3);
        assert_eq!(inline_items("Call us 1) today 2) tomorrow"), 2);
        // Counting stops at the first number missing, and a digit inside a number is none.
        assert_eq!(inline_items("Call (1) or (3) or (11) or 21) or 1.5 times."), 1);
        assert_eq!(inline_items("We have 12. 2. cases"), 0);
        assert_eq!(inline_items("No list here, (a) or b)."), 0);
    }

    const ID: &str = "paste-not-link";

    const CONFIG: &str = r#"{
        "boilerplate": ["Healthwatch Wexcombe is the independent champion for people who use health and social care services in Wexcombe. We listen to what people like about services and what could be improved, and we share their views with those who have the power to make change happen."],
        "links": [
            {"label": "About Healthwatch Wexcombe", "url": "https://healthwatchwexcombe.example/about"},
            {"label": "Contact us and opening hours", "url": "https://healthwatchwexcombe.example/contact"}
        ]
    }"#;

    fn with_config(draft: &str) -> Vec<Finding> {
        findings_with(ID, draft, &story(), &Config::from_json(CONFIG).unwrap())
    }

    fn underlined(draft: &str, found: &[Finding]) -> Vec<String> {
        found
            .iter()
            .map(|f| f.span.unwrap().text(draft).to_string())
            .collect()
    }

    #[test]
    fn fires_on_several_phone_numbers_and_underlines_the_block() {
        let draft = "Dear hedgerow_walker, I'm sorry to hear this.\nPALS: 01632 960218\n\
                     Advocacy: 0113 496 0471\nOur office: 01632 960999\nKind regards, Sam";
        let found = findings(ID, draft);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].severity, Severity::Hint);
        assert!(
            found[0].message.starts_with("This pastes 3 phone numbers."),
            "{}",
            found[0].message
        );
        assert_eq!(
            underlined(draft, &found),
            ["PALS: 01632 960218\nAdvocacy: 0113 496 0471\nOur office: 01632 960999"]
        );
    }

    #[test]
    fn fires_on_opening_hours_an_address_and_eligibility() {
        assert_fires(
            ID,
            "We are open Monday to Friday 9am to 5pm, Saturday 10am to 1pm.",
        );
        assert_fires(ID, "Visit us at Unit 4, Riverside Court, Wexcombe WX1 2AB.");
        assert_fires(
            ID,
            "You are eligible for patient transport if you:\n- need oxygen\n- cannot walk\n\
             - have a medical condition that makes travel unsafe",
        );
        assert_fires(
            ID,
            "To qualify you must live in Wexcombe; be over 65; and receive Pension Credit.",
        );
    }

    #[test]
    fn fires_on_labelled_fields_numbered_steps_and_addresses_abroad() {
        assert_fires(
            ID,
            "Hi Mel,\n\nHealth Complaints Commissioner\nPhone: 1300 582 113\nEmail: \
             hcc@hcc.vic.gov.au\nHours: Mon-Fri\nInterpreter: ask when you ring\n\nLachlan",
        );
        assert_fires(
            ID,
            "Dear Maura,\n\nStep 1 - Speak to the ward manager\nStep 2 - Write to the \
             Complaints Officer\nStep 3 - Request a review\nStep 4 - Contact the Ombudsman\n\nOrla",
        );
        assert_fires(ID, "The office is at 6 Earlsfort Terrace, Dublin 2, D02 W773.");
        assert_fires(ID, "Write to Level 26, 570 Bourke Street, Melbourne VIC 3000.");
        assert_fires(
            ID,
            "You're entitled to a carer support plan if:\n- you care for an adult\n- you're 16 \
             or over\n- you're not paid to care",
        );
        assert_silent(
            ID,
            "Dear Sam,\n\nRe: your story\nThank you: we read every one.\nNote: PALS can help.\n\nJo",
        );
    }

    #[test]
    fn fires_on_lists_run_together_lettered_or_labelled_by_number() {
        assert_fires(
            ID,
            "Dear PJ, to use the advocacy service you must: 1. be a patient of a public \
             hospital; 2. have raised a complaint; 3. consent to us contacting the HSE. Ciarán",
        );
        assert_fires(
            ID,
            "To register: 1. find a practice on the list; 2. phone them Mon-Fri; 3. if refused, \
             call the dental helpline; 4. for pain call 111. Euan",
        );
        assert_fires(
            ID,
            "hi Jo, Pharmacy First covers: sinusitis (12+), sore throat (5+), earache (1-17), \
             impetigo (1+), shingles (18+). bev",
        );
        assert_fires(
            ID,
            "The criteria are:\n(a) the chair is too small;\n(b) it causes pain;\n(c) the chair \
             is unsafe.",
        );
        assert_fires(
            ID,
            "Hello Gordon,\nOption 1: a direct payment.\nOption 2: you choose the support.\n\
             Option 3: the council chooses.\nOption 4: a mix of options.\nIain",
        );
        assert_silent(
            ID,
            "Dear Sam, I'm sorry about the wait, the cold tea and the noise. At 3:30 the ward \
             was quieter. You can ask PALS, your GP or us. Jo",
        );
    }

    #[test]
    fn fires_on_stages_labelled_by_a_word_and_a_number_and_clauses_set_out_after_a_colon() {
        assert_fires(
            ID,
            "Dear Pat,\nPhase 1 \u{2013} you write to the practice.\nPhase 2 \u{2013} the \
             practice replies within 10 days.\nPhase 3 - the board reviews it.\nPhase 4: the \
             ombudsman.\nJo",
        );
        assert_fires(
            ID,
            "Hi Kim. The memory service sees people who: are over 40; have a GP letter; have had \
             blood tests; live in the county. Jo",
        );
        assert_silent(
            ID,
            "Dear Pat,\nWard 4 was busy that night, I know.\nWard 5 has a quieter bay.\nJo",
        );
        assert_silent(
            ID,
            "Hi Kim, two things: ring PALS; and keep a note of the dates. Jo",
        );
    }

    #[test]
    fn silent_on_one_phone_number_or_one_sentence_with_a_link() {
        assert_silent(
            ID,
            "You can call PALS on 01632 960218 (Monday to Friday, 9am to 5pm).",
        );
        assert_silent(
            ID,
            "Our advice on making a complaint is at https://healthwatchwexcombe.example/complaints.",
        );
        assert_silent(ID, "Call 01632 960218 or 0113 496 0471 if you need us.");
        assert_silent(ID, "You must be so tired after all this 😔. We'll help.");
    }

    #[test]
    fn a_pasted_boilerplate_paragraph_is_a_warning_and_names_the_link() {
        let draft = "Dear hedgerow_walker, thank you for your story.\n\nHealthwatch Wexcombe is \
            the independent champion for people who use health and social care services in \
            Wexcombe. We listen to what people like about services and what could be improved, \
            and we share their views with those who have the power to make change happen.";
        let found = with_config(draft);
        assert_eq!(found.len(), 1, "{found:#?}");
        assert_eq!(found[0].severity, Severity::Warning);
        assert!(
            found[0].message.contains("a standard paragraph"),
            "{}",
            found[0].message
        );
        assert!(
            found[0].message.contains("\u{201c}About Healthwatch Wexcombe\u{201d} (https://healthwatchwexcombe.example/about)"),
            "{}",
            found[0].message
        );
        assert_eq!(
            found[0].suggestion.as_deref(),
            Some("About Healthwatch Wexcombe: https://healthwatchwexcombe.example/about")
        );
        assert!(underlined(draft, &found)[0].starts_with("Healthwatch Wexcombe is"));
    }

    #[test]
    fn a_lightly_edited_boilerplate_paragraph_still_counts_but_one_borrowed_phrase_does_not() {
        let edited = "Healthwatch Wexcombe is the independent champion for people using health \
            and social care services in Wexcombe. We listen to what people like about services \
            and what could be improved, and we share their views with those who have the power \
            to make change happen!";
        assert_eq!(with_config(edited).len(), 1);
        let borrowed = "As the independent champion for people who use health and social care \
            services, we will raise your concerns about the wait at our next meeting.";
        assert!(with_config(borrowed).is_empty());
    }

    #[test]
    fn touching_blocks_become_one_finding_naming_everything() {
        let draft = "Our office is open Monday to Thursday 9am to 5pm and Friday 9am to 4.30pm.\n\
                     Phone 01632 960218, 01632 960219 or 0113 496 0471.";
        let found = with_config(draft);
        assert_eq!(found.len(), 1, "{found:#?}");
        assert!(
            found[0]
                .message
                .starts_with("This pastes opening hours and 3 phone numbers."),
            "{}",
            found[0].message
        );
        assert!(found[0].message.contains("Contact us and opening hours"));
    }

    #[test]
    fn without_a_relevant_link_it_suggests_one_in_general() {
        let found = findings(ID, "Visit us at Unit 4, Riverside Court, Wexcombe WX1 2AB.");
        assert!(found[0]
            .message
            .contains("Link to the page on your website with these details"));
        assert_eq!(found[0].suggestion, None);
    }

    #[test]
    fn thresholds_and_switch_are_config() {
        let two =
            Config::from_json(r#"{"rules": {"paste-not-link": {"phone_numbers": 2}}}"#).unwrap();
        let draft = "Call 01632 960218 or 0113 496 0471 if you need us.";
        assert_eq!(findings_with(ID, draft, &story(), &two).len(), 1);
        let off =
            Config::from_json(r#"{"rules": {"paste-not-link": {"enabled": false}}}"#).unwrap();
        let address = "Visit us at Unit 4, Riverside Court, Wexcombe WX1 2AB.";
        assert!(findings_with(ID, address, &story(), &off).is_empty());
    }
}
