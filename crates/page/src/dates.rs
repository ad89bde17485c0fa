//! Dates and times as the page shows them: always day/month/year, 24-hour (`09:50`) or 12-hour
//! (`2:52 PM`, `12:20 PM` = noon) clock, in the service's local time (see [`crate::zones`]).
//! Also relative ages (`17 months ago`). Parsers return `None` on anything they do not
//! recognise and never panic.

use chrono::{NaiveDate, NaiveDateTime, NaiveTime};

use crate::words::{
    after_marker, find_ignore_case, leading_number, leading_word, starts_with_ignore_case,
};
use replyguide_engine::page::months::month_number;

/// `30/01/2023 at 09:50`, `16/07/2025 at 10:48 AM`, `27/08/2021 14:12` → local date and time.
/// Text after the time (`and published on …`) is ignored. The year has four digits: in
/// `06/12/26` the century is a guess.
pub fn parse_numeric_date_time(text: &str) -> Option<NaiveDateTime> {
    let (date, rest) = numeric_date(text)?;
    let time = parse_clock_time(skip_at(rest))?;
    Some(date.and_time(time))
}

/// `30/01/2023` → the date and the text after it.
fn numeric_date(text: &str) -> Option<(NaiveDate, &str)> {
    let text = text.trim_start();
    let (day, rest) = leading_number(text, 2)?;
    let rest = rest.strip_prefix('/')?;
    let (month, rest) = leading_number(rest, 2)?;
    let rest = rest.strip_prefix('/')?;
    let (year, rest) = four_digit_year(rest)?;
    let date = NaiveDate::from_ymd_opt(i32::try_from(year).ok()?, month, day)?;
    Some((date, rest))
}

/// `Monday 9 June 2025 at 21:17`, `Tuesday 15 July 2025 at 8:31 AM`, `9 Jun 2025, 21:17` → local
/// date and time (the weekday is optional and not checked).
pub fn parse_worded_date_time(text: &str) -> Option<NaiveDateTime> {
    let (date, rest) = worded_date(text)?;
    let time = parse_clock_time(skip_at(rest))?;
    Some(date.and_time(time))
}

/// `Monday 9 June 2025`, `9 Jun, 2025` → the date and the text after it.
fn worded_date(text: &str) -> Option<(NaiveDate, &str)> {
    let mut rest = text.trim_start();
    if let Some((word, after)) = leading_word(rest) {
        if month_number(word).is_none() {
            rest = after.trim_start_matches(',').trim_start();
        }
    }
    let (day, rest) = leading_number(rest, 2)?;
    let rest = rest.trim_start();
    let rest = rest.strip_prefix("of ").unwrap_or(rest);
    let (month_word, rest) = leading_word(rest)?;
    let month = month_number(month_word)?;
    let (year, rest) = four_digit_year(rest.trim_start_matches(',').trim_start())?;
    let date = NaiveDate::from_ymd_opt(i32::try_from(year).ok()?, month, day)?;
    Some((date, rest))
}

/// The time written before the date: `2:02 PM, 18 May 2026`, `14:02 on 18/05/2026`.
pub fn parse_time_first_date_time(text: &str) -> Option<NaiveDateTime> {
    let (time, rest) = clock_time(text)?;
    let rest = rest.trim_start_matches(',').trim_start();
    let rest = rest.strip_prefix("on ").unwrap_or(rest);
    let (date, _) = numeric_date(rest).or_else(|| worded_date(rest))?;
    Some(date.and_time(time))
}

/// A year written with four digits, and the text after it.
fn four_digit_year(text: &str) -> Option<(u32, &str)> {
    leading_number(text, 4).filter(|(_, rest)| text.len() - rest.len() == 4)
}

/// A local date and time in either form the page uses.
pub fn parse_local_date_time(text: &str) -> Option<NaiveDateTime> {
    parse_numeric_date_time(text)
        .or_else(|| parse_worded_date_time(text))
        .or_else(|| parse_time_first_date_time(text))
}

/// The local date and time after the first `marker` (e.g. `Submitted on`) in `text` that is
/// followed by a date: `Submitted on 02/09/2021 at 09:47 and published on Care Opinion at 10:02`
/// → 2 Sep 2021 09:47; `Submitted on Sunday 6 December 2026 at 2:05 PM`. Earlier occurrences
/// without a date (`the form I submitted on Monday`) are passed over, so a whole response's text
/// can be searched.
pub fn parse_submitted(text: &str, marker: &str) -> Option<NaiveDateTime> {
    let mut rest = text;
    while let Some(after) = after_marker(rest, marker) {
        if let Some(date_time) = parse_local_date_time(after) {
            return Some(date_time);
        }
        rest = after;
    }
    None
}

/// `paragraph` is a date line of its own: it starts with `marker` and a date, e.g.
/// `Submitted on 03/07/2026 at 16:30 · Published on Care Opinion at 16:52`.
pub fn is_submitted_line(paragraph: &str, marker: &str) -> bool {
    let paragraph = paragraph.trim_start();
    starts_with_ignore_case(paragraph, marker.trim())
        && parse_submitted(paragraph, marker).is_some()
}

/// `text` (paragraphs joined with a blank line) without its date lines
/// ([`is_submitted_line`]): a response's dates are not part of what it says.
pub fn without_submitted_lines(text: &str, marker: &str) -> String {
    let (mut kept, mut separator) = (String::new(), "");
    for paragraph in text.split("\n\n") {
        if !is_submitted_line(paragraph, marker) {
            kept.push_str(separator);
            kept.push_str(paragraph);
            separator = "\n\n";
        }
    }
    kept
}

/// `09:50`, `9:50:12`, `10:48 AM`, `12:20 PM` (noon), `12:05 am` (just after midnight).
pub fn parse_clock_time(text: &str) -> Option<NaiveTime> {
    clock_time(text).map(|(time, _)| time)
}

/// A [`parse_clock_time`] time and the text after it (and after its AM or PM).
fn clock_time(text: &str) -> Option<(NaiveTime, &str)> {
    let text = text.trim_start();
    let (hour, rest) = leading_number(text, 2)?;
    let (minute, rest) = leading_number(rest.strip_prefix(':')?, 2)?;
    let (second, rest) = match rest.strip_prefix(':') {
        Some(rest) => leading_number(rest, 2)?,
        None => (0, rest),
    };
    let (hour, rest) = match meridiem(rest) {
        Some((pm, after)) if (1..=12).contains(&hour) => {
            (hour % 12 + if pm { 12 } else { 0 }, after)
        }
        Some(_) => return None,
        None => (hour, rest),
    };
    Some((NaiveTime::from_hms_opt(hour, minute, second)?, rest))
}

/// `Some(true)` for PM, `Some(false)` for AM, `None` for a 24-hour time; with the text after it.
fn meridiem(text: &str) -> Option<(bool, &str)> {
    let (word, after) = leading_word(text.trim_start())?;
    let mut letters = word
        .bytes()
        .filter(|b| *b != b'.')
        .map(|b| b.to_ascii_lowercase());
    let pm = match letters.next()? {
        b'a' => false,
        b'p' => true,
        _ => return None,
    };
    (letters.next() == Some(b'm') && letters.next().is_none()).then_some((pm, after))
}

/// Skips the separator between a date and its time: ` at `, `, ` or spaces.
fn skip_at(text: &str) -> &str {
    let text = text.trim_start_matches(',').trim_start();
    // "at" in English, "am" in Welsh: a short word between the date and a time.
    let word_len = text
        .find(|c: char| !c.is_alphabetic())
        .unwrap_or(text.len());
    match text[word_len..].strip_prefix(' ') {
        Some(rest)
            if (1..=3).contains(&word_len) && rest.starts_with(|c: char| c.is_ascii_digit()) =>
        {
            rest
        }
        _ => text,
    }
}

/// The unit of a relative age.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AgeUnit {
    /// Seconds.
    Second,
    /// Minutes.
    Minute,
    /// Hours.
    Hour,
    /// Days.
    Day,
    /// Weeks.
    Week,
    /// Months.
    Month,
    /// Years.
    Year,
}

/// A relative age as the page shows it: `17 months ago`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RelativeAge {
    /// How many units.
    pub count: u32,
    /// Which unit.
    pub unit: AgeUnit,
}

/// Reads a relative age at the end of `text` (`… 17 months ago`, `1 day ago`, `an hour ago`),
/// and where it starts in `text`.
pub fn parse_relative_age(text: &str) -> Option<(RelativeAge, usize)> {
    let trimmed = text.trim_end();
    let before_ago = trimmed.strip_suffix("ago")?.trim_end();
    let (before_unit, unit_word) = before_ago.rsplit_once(char::is_whitespace)?;
    let unit = age_unit(unit_word)?;
    let before_unit = before_unit.trim_end();
    let count_word = before_unit
        .rsplit_once(char::is_whitespace)
        .map_or(before_unit, |(_, word)| word);
    let mut start = before_unit.len() - count_word.len();
    // `(7 months ago)`: the age in brackets.
    let word_len = count_word.len();
    let mut count_word = count_word.trim_start_matches('(');
    // `Kylie Donnelly1 month ago`: the age glued to the name before it by the page's markup.
    let digits_at = count_word
        .trim_end_matches(|c: char| c.is_ascii_digit())
        .len();
    if digits_at > 0
        && digits_at < count_word.len()
        && count_word[..digits_at].ends_with(char::is_alphabetic)
    {
        start += word_len - count_word.len() + digits_at;
        count_word = &count_word[digits_at..];
    }
    let count = match count_word.to_ascii_lowercase().as_str() {
        "a" | "an" => 1,
        digits => {
            leading_number(digits, 6)
                .filter(|(_, rest)| rest.is_empty())?
                .0
        }
    };
    Some((RelativeAge { count, unit }, start))
}

/// `text` up to its relative age, without the separator before it: `Response from A, B, C 17
/// months ago` → `Response from A, B, C`; `… C · 12 days ago Change made` → `… C` (a badge may
/// follow the age).
pub fn strip_relative_age(text: &str) -> &str {
    let mut searched = 0;
    while let Some(at) = find_ignore_case(&text[searched..], "ago") {
        let end = searched + at + 3;
        let whole_word = !text[end..].starts_with(|c: char| c.is_ascii_alphanumeric());
        if let Some((_, start)) = parse_relative_age(&text[..end]).filter(|_| whole_word) {
            let before = text[..start].trim_end_matches(|c| is_separator(c) || c == '(');
            return strip_welsh_or_irish_age(strip_translated_age(before));
        }
        searched = end;
    }
    strip_welsh_or_irish_age(text.trim_end())
}

/// `text` without a short date at its end, as a list newest first shows beside each header
/// (`… Health and Social Care Trust 20 Oct` → `… Trust`; also `20 Oct 2026`, `Oct 20`,
/// `20/10/2026`), with the separator before it. A trailing number that is no day of a named
/// month (`Ward 7`) is kept.
pub fn strip_trailing_date(text: &str) -> &str {
    let words: Vec<&str> = text.split_whitespace().collect();
    let is_day = |w: &str| {
        let w = w.trim_end_matches(',');
        !w.is_empty() && w.len() <= 2 && w.chars().all(|c| c.is_ascii_digit())
    };
    let is_year = |w: &str| w.len() == 4 && w.chars().all(|c| c.is_ascii_digit());
    let is_month = |w: &str| month_number(w.trim_end_matches(',')).is_some();
    let mut date_words = match words.as_slice() {
        [.., d, m, y] if is_day(d) && is_month(m) && is_year(y) => 3,
        [.., m, d, y] if is_month(m) && is_day(d) && is_year(y) => 3,
        [.., d, m] if is_day(d) && is_month(m) => 2,
        [.., m, d] if is_month(m) && is_day(d) => 2,
        [.., date] if numeric_date(date).is_some_and(|(_, rest)| rest.is_empty()) => 1,
        _ => 0,
    };
    // Something must stand before the date, or it is the whole text, not an addition to it.
    if date_words >= words.len() {
        date_words = 0;
    }
    if date_words == 0 {
        return text;
    }
    let kept = &words[..words.len() - date_words];
    let end = kept.last().map_or(0, |last| {
        let start = last.as_ptr() as usize - text.as_ptr() as usize;
        start + last.len()
    });
    text[..end].trim_end_matches(is_separator)
}

/// `text` without an age in another language set before the English one and a slash
/// (`… Health Board 22 diwrnod /` → `… Health Board`): a number, then one or two words, then `/`.
fn strip_translated_age(text: &str) -> &str {
    let Some(before) = text.strip_suffix('/') else {
        return text;
    };
    let words: Vec<&str> = before.split_whitespace().collect();
    for unit_words in 1..=2 {
        let Some(number_at) = words.len().checked_sub(unit_words + 1) else {
            break;
        };
        let is_number = words[number_at].chars().all(|c| c.is_ascii_digit());
        let are_words = words[number_at + 1..]
            .iter()
            .all(|w| w.chars().all(char::is_alphabetic));
        if is_number && are_words && number_at > 0 {
            let number = words[number_at];
            let start = before.trim_end().len()
                - words[number_at..]
                    .join(" ")
                    .len()
                    .min(before.trim_end().len());
            if before[start..].starts_with(number) {
                return before[..start].trim_end_matches(is_separator);
            }
        }
    }
    text
}

/// `text` without a relative age in Welsh or Irish at its end (`Elin Prys 2 fis yn ôl` → `Elin
/// Prys`; `… Trust (2 mhí ó shin)`, `(3 wythnos yn ôl /` → what stands before it): a count or
/// none, a unit of time, then the language's `ago`, in brackets or after a separator.
fn strip_welsh_or_irish_age(text: &str) -> &str {
    let trimmed = text.trim_end_matches(|c| is_separator(c) || matches!(c, '/' | ')'));
    for ending in AGO_IN_WELSH_OR_IRISH {
        let Some(before) = strip_suffix_ignore_case(trimmed, ending) else {
            continue;
        };
        let before = before.trim_end();
        // `uair an chloig ó shin`: the Irish hour is three words.
        let before = strip_suffix_ignore_case(before, "an chloig").map_or(before, str::trim_end);
        let (rest, unit) = before.rsplit_once(' ').unwrap_or(("", before));
        let unit = unit.trim_start_matches('(').to_lowercase();
        if !AGE_UNITS_IN_WELSH_OR_IRISH.contains(&unit.as_str()) {
            continue;
        }
        let (before_count, count) = rest.trim_end().rsplit_once(' ').unwrap_or(("", rest));
        let count = count.trim_start_matches('(');
        let rest = if !count.is_empty() && count.chars().all(|c| c.is_ascii_digit()) {
            before_count
        } else {
            rest
        };
        let rest = rest.trim_end_matches(|c| is_separator(c) || c == '(');
        return if rest.is_empty() {
            rest
        } else {
            strip_welsh_or_irish_age(rest)
        };
    }
    text
}

/// `ago` in Welsh and Irish, lower case.
const AGO_IN_WELSH_OR_IRISH: &[&str] = &["yn ôl", "ó shin"];

/// The units of a relative age in Welsh and Irish (with their mutated forms), lower case.
const AGE_UNITS_IN_WELSH_OR_IRISH: &[&str] = &[
    // Welsh: second, minute, hour, day, week, month, year.
    "eiliad",
    "eiliadau",
    "munud",
    "funud",
    "munudau",
    "awr",
    "oriau",
    "diwrnod",
    "ddiwrnod",
    "diwrnodau",
    "dydd",
    "wythnos",
    "wythnosau",
    "mis",
    "fis",
    "misoedd",
    "blwyddyn",
    "flwyddyn",
    "blynedd",
    "flynedd",
    "mlynedd",
    // Irish: second, minute, hour, day, week, month, year.
    "soicind",
    "nóiméad",
    "nóiméid",
    "uair",
    "n-uair",
    "lá",
    "lae",
    "seachtain",
    "sheachtain",
    "seachtainí",
    "mí",
    "mhí",
    "bliain",
    "bhliain",
    "mbliana",
    "bliana",
];

/// `text` without `suffix` at its end, matched without regard to case.
fn strip_suffix_ignore_case<'a>(text: &'a str, suffix: &str) -> Option<&'a str> {
    let start = text.len().checked_sub(suffix.len())?;
    (text.is_char_boundary(start) && text[start..].to_lowercase() == suffix).then(|| &text[..start])
}

/// Spaces and the marks a page puts between a header and its age (`·`, `|`, `–`).
fn is_separator(c: char) -> bool {
    c.is_whitespace() || matches!(c, '·' | '|' | '•' | '–' | '—' | '-' | ',')
}

fn age_unit(word: &str) -> Option<AgeUnit> {
    let word = word.to_ascii_lowercase();
    let singular = word.strip_suffix('s').unwrap_or(&word);
    Some(match singular {
        "second" | "sec" => AgeUnit::Second,
        "minute" | "min" => AgeUnit::Minute,
        "hour" | "hr" => AgeUnit::Hour,
        "day" => AgeUnit::Day,
        "week" => AgeUnit::Week,
        "month" => AgeUnit::Month,
        "year" => AgeUnit::Year,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(y: i32, mo: u32, d: u32, h: u32, mi: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(y, mo, d)
            .unwrap()
            .and_hms_opt(h, mi, 0)
            .unwrap()
    }

    #[test]
    fn an_age_glued_to_the_name_before_it_is_stripped() {
        assert_eq!(
            strip_relative_age("Kylie Donnelly1 month ago"),
            "Kylie Donnelly"
        );
        assert_eq!(strip_relative_age("Jo Hart (3 days ago)"), "Jo Hart");
        assert_eq!(strip_relative_age("Ward 7 changes"), "Ward 7 changes");
    }

    #[test]
    fn strips_a_short_date_after_a_header() {
        for (text, expected) in [
            (
                "Dr A, Chief Executive, Ardmore Trust 20 Oct",
                "Dr A, Chief Executive, Ardmore Trust",
            ),
            (
                "Ulster Stroke Companions · 8 Oct 2026",
                "Ulster Stroke Companions",
            ),
            ("Ardmore Trust Oct 20", "Ardmore Trust"),
            ("Ardmore Trust, 20/10/2026", "Ardmore Trust"),
            ("Nurse, Ward 7", "Nurse, Ward 7"),
            ("20 Oct", "20 Oct"),
            ("Team May", "Team May"),
        ] {
            assert_eq!(strip_trailing_date(text), expected, "{text}");
        }
    }

    #[test]
    fn time_before_the_date() {
        assert_eq!(
            parse_local_date_time("2:02 PM, 18 May 2026"),
            Some(at(2026, 5, 18, 14, 2))
        );
        assert_eq!(
            parse_local_date_time("12:15 PM on 03/02/2026"),
            Some(at(2026, 2, 3, 12, 15))
        );
        assert_eq!(
            parse_local_date_time("Friday 20 February 2026, 7:44 PM"),
            Some(at(2026, 2, 20, 19, 44))
        );
        assert_eq!(parse_local_date_time("2:02 PM, in May"), None);
        assert_eq!(parse_local_date_time("13:02 PM, 18 May 2026"), None);
    }

    #[test]
    fn submitted_24_hour() {
        assert_eq!(
            parse_submitted("Submitted on 30/01/2023 at 09:50", "Submitted on"),
            Some(at(2023, 1, 30, 9, 50))
        );
    }

    #[test]
    fn relative_age_and_what_follows_it_are_stripped() {
        assert_eq!(strip_relative_age("A, B, C 17 months ago"), "A, B, C");
        assert_eq!(strip_relative_age("A, B, C · 12 days ago"), "A, B, C");
        assert_eq!(
            strip_relative_age("A, B, C 6 months ago Change made"),
            "A, B, C"
        );
        assert_eq!(strip_relative_age("A, Chicago, C"), "A, Chicago, C");
        assert_eq!(
            strip_relative_age("A, B, C Trust (7 months ago)"),
            "A, B, C Trust"
        );
        assert_eq!(strip_relative_age("Elin Prys 2 fis yn ôl"), "Elin Prys");
        assert_eq!(strip_relative_age("Elin Prys · wythnos yn ôl"), "Elin Prys");
        assert_eq!(
            strip_relative_age("Dr Rhodri Bowen (3 wythnos yn ôl / 3 weeks ago)"),
            "Dr Rhodri Bowen"
        );
        assert_eq!(
            strip_relative_age("A, B, C Group (2 mhí ó shin)"),
            "A, B, C Group"
        );
        assert_eq!(strip_relative_age("A, B 3 uair an chloig ó shin"), "A, B");
        assert_eq!(strip_relative_age("2 fis yn ôl"), "");
        assert_eq!(
            strip_relative_age("Ward Manager, Ysbyty yn ôl"),
            "Ward Manager, Ysbyty yn ôl"
        );
        assert_eq!(strip_relative_age("A ago"), "A ago");
        assert_eq!(
            strip_relative_age("A, B, C Board 22 diwrnod / 22 days ago"),
            "A, B, C Board"
        );
        assert_eq!(strip_relative_age("A, B 4 / 12 days ago"), "A, B 4 /");
        assert_eq!(
            strip_relative_age("22 diwrnod / 22 days ago"),
            "22 diwrnod /"
        );
    }

    #[test]
    fn submitted_with_the_month_in_words() {
        assert_eq!(
            parse_submitted("Submitted on 6 December 2026 at 14:05", "Submitted on"),
            Some(at(2026, 12, 6, 14, 5))
        );
        assert_eq!(
            parse_submitted(
                "The form I submitted on Monday. Submitted on Sunday 6 December 2026 at 2:05 PM",
                "Submitted on"
            ),
            Some(at(2026, 12, 6, 14, 5))
        );
        assert_eq!(
            parse_submitted("I submitted on 6 December a form", "Submitted on"),
            None
        );
    }

    #[test]
    fn a_year_in_two_digits_is_not_guessed() {
        assert_eq!(parse_numeric_date_time("06/12/26 at 14:05"), None);
        assert_eq!(parse_worded_date_time("6 December 26 at 14:05"), None);
        assert_eq!(
            parse_numeric_date_time("06/12/2026 at 14:05"),
            Some(at(2026, 12, 6, 14, 5))
        );
    }

    #[test]
    fn submitted_in_welsh() {
        assert_eq!(
            parse_submitted("Cyflwynwyd ar 21/09/2026 am 10:12", "Cyflwynwyd ar"),
            Some(at(2026, 9, 21, 10, 12))
        );
        assert_eq!(parse_numeric_date_time("21/09/2026 am"), None);
    }

    #[test]
    fn submitted_12_hour() {
        let read = |t| parse_submitted(t, "Submitted on");
        assert_eq!(
            read("Submitted on 16/07/2025 at 10:48 AM"),
            Some(at(2025, 7, 16, 10, 48))
        );
        assert_eq!(
            read("Submitted on 16/07/2025 at 12:20 PM"),
            Some(at(2025, 7, 16, 12, 20))
        );
        assert_eq!(
            read("submitted on 16/07/2025 at 12:05 am"),
            Some(at(2025, 7, 16, 0, 5))
        );
        assert_eq!(
            read("Submitted on 16/07/2025 at 2:52 p.m."),
            Some(at(2025, 7, 16, 14, 52))
        );
    }

    #[test]
    fn submitted_and_published_variant() {
        let title = "Submitted on 02/09/2021 at 09:47 and published on Care Opinion at 10:02";
        assert_eq!(
            parse_submitted(title, "Submitted on"),
            Some(at(2021, 9, 2, 9, 47))
        );
    }

    #[test]
    fn submitted_after_an_undated_mention() {
        let text = "Response from A, B, C. The form I submitted on Monday was lost. \
                    Submitted on 03/07/2026 at 16:30 · Published on Care Opinion at 16:52";
        assert_eq!(
            parse_submitted(text, "Submitted on"),
            Some(at(2026, 7, 3, 16, 30))
        );
        assert_eq!(
            parse_submitted("I submitted on Monday, then submitted on", "Submitted on"),
            None
        );
    }

    #[test]
    fn date_lines_are_recognised_and_dropped() {
        let meta = "Submitted on 03/07/2026 at 16:30 · Published on Care Opinion at 16:52";
        assert!(is_submitted_line(meta, "Submitted on"));
        assert!(is_submitted_line(
            "  submitted on 03/07/2026 at 4:30 PM",
            "Submitted on"
        ));
        assert!(!is_submitted_line(
            "I submitted on 03/07/2026 at 16:30",
            "Submitted on"
        ));
        assert!(!is_submitted_line("Submitted on Monday", "Submitted on"));
        let text = format!("{meta}\n\nDear A,\n\nSubmitted on time, as promised.\nB");
        assert_eq!(
            without_submitted_lines(&text, "Submitted on"),
            "Dear A,\n\nSubmitted on time, as promised.\nB"
        );
    }

    #[test]
    fn dates_are_day_month_year() {
        assert_eq!(
            parse_numeric_date_time("05/03/2025 at 14:20"),
            Some(at(2025, 3, 5, 14, 20))
        );
        assert_eq!(parse_numeric_date_time("12/31/2025 at 14:20"), None);
    }

    #[test]
    fn time_without_at() {
        assert_eq!(
            parse_numeric_date_time("27/08/2021 14:12"),
            Some(at(2021, 8, 27, 14, 12))
        );
    }

    #[test]
    fn rejects_nonsense() {
        for text in [
            "",
            "Submitted on",
            "Submitted on 31/02/2023 at 09:50",
            "Submitted on 30/01/2023 at 25:00",
            "Submitted on 30/01/2023 at 13:00 PM",
            "Submitted on 30/01/2023 at 0:10 AM",
            "Submitted on 30/01/2023",
            "Submitted on 30/01/99999 at 09:50",
            "Submitted on 30/01/2023 at 09:501",
            "Submitted on é/é/é",
        ] {
            assert_eq!(parse_submitted(text, "Submitted on"), None, "{text}");
        }
    }

    #[test]
    fn worded_dates() {
        assert_eq!(
            parse_worded_date_time("Monday 9 June 2025 at 21:17"),
            Some(at(2025, 6, 9, 21, 17))
        );
        assert_eq!(
            parse_worded_date_time("Tuesday 15 July 2025 at 8:31 AM"),
            Some(at(2025, 7, 15, 8, 31))
        );
        assert_eq!(
            parse_worded_date_time("9 Jun 2025, 21:17"),
            Some(at(2025, 6, 9, 21, 17))
        );
        assert_eq!(parse_worded_date_time("27 August 2021"), None);
        assert_eq!(parse_worded_date_time("Monday Mayday 2025 at 1:00"), None);
    }

    #[test]
    fn local_date_time_takes_either_form() {
        assert_eq!(
            parse_local_date_time("27/08/2021 14:12"),
            Some(at(2021, 8, 27, 14, 12))
        );
        assert_eq!(
            parse_local_date_time("Sunday 2 March 2025 at 19:25"),
            Some(at(2025, 3, 2, 19, 25))
        );
    }

    #[test]
    fn relative_ages() {
        let age = |t| parse_relative_age(t).map(|(a, _)| (a.count, a.unit));
        assert_eq!(age("17 months ago"), Some((17, AgeUnit::Month)));
        assert_eq!(age("21 hours ago"), Some((21, AgeUnit::Hour)));
        assert_eq!(age("1 day ago"), Some((1, AgeUnit::Day)));
        assert_eq!(age("an hour ago"), Some((1, AgeUnit::Hour)));
        assert_eq!(
            age("Response from A, B 2 years ago"),
            Some((2, AgeUnit::Year))
        );
        assert_eq!(age("long ago"), None);
        assert_eq!(age("many days ago"), None);
        assert_eq!(age("ago"), None);
    }

    #[test]
    fn strips_relative_age() {
        assert_eq!(
            strip_relative_age("Response from A, B, C 17 months ago "),
            "Response from A, B, C"
        );
        assert_eq!(
            strip_relative_age("Response from A, B, C"),
            "Response from A, B, C"
        );
        assert_eq!(strip_relative_age("14 days ago"), "");
    }
}
