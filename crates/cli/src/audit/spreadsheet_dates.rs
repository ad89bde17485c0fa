//! Dates in a CSV of replies, written as spreadsheets and people write them in the countries Care
//! Opinion serves, where the day comes first: `06/12/2026`, `6.12.26`, `6 December 2026`,
//! `Tuesday 6th Dec 2026, 10:30 am`, `2026-12-06 10:30`, RFC 3339. A date without a time zone
//! is read as UTC; a month-first date (`12/25/2026`) is refused rather than guessed.

use chrono::{DateTime, Datelike, NaiveDate, NaiveDateTime, NaiveTime, Utc};

use crate::inputs::parse_date;

/// Years a reply or story can have been posted in (Care Opinion began in 2005).
const PLAUSIBLE_YEARS: std::ops::RangeInclusive<i32> = 2000..=2100;

/// Day, month and year orders, after [`tidy`]; a two-digit year (`%y`) is tried before a
/// four-digit one, which would otherwise read `26` as the year 26.
const DAYS: &[&str] = &[
    "%Y-%m-%d", "%d/%m/%y", "%d/%m/%Y", "%d %B %y", "%d %B %Y", "%d %b %y", "%d %b %Y", "%B %d %Y",
    "%b %d %Y",
];

/// Times of day, after [`tidy`].
const TIMES: &[&str] = &["%H:%M:%S", "%H:%M", "%I:%M:%S %p", "%I:%M %p"];

/// Reads a spreadsheet's date; the error quotes the cell and gives examples of what is read.
pub fn parse_spreadsheet_date(text: &str) -> Result<DateTime<Utc>, String> {
    let text = text.trim();
    if let Ok(date) = parse_date(text) {
        return Ok(date);
    }
    let tidied = tidy(text);
    let naive = day_and_time(&tidied).ok_or_else(|| {
        format!(
            "expected a date such as 2026-12-08, 08/12/2026, 8 December 2026 or 2026-12-08T10:00:00Z (day before month), got \"{text}\""
        )
    })?;
    if !PLAUSIBLE_YEARS.contains(&naive.year()) {
        return Err(format!(
            "the year of \"{text}\" is {}: expected one from {} to {}",
            naive.year(),
            PLAUSIBLE_YEARS.start(),
            PLAUSIBLE_YEARS.end()
        ));
    }
    Ok(naive.and_utc())
}

/// The date read with one of [`DAYS`], and a time with one of [`TIMES`] when text follows it.
fn day_and_time(text: &str) -> Option<NaiveDateTime> {
    DAYS.iter().find_map(|format| {
        let (day, rest) = NaiveDate::parse_and_remainder(text, format).ok()?;
        let rest = rest.trim_start_matches([' ', 'T']);
        if rest.is_empty() {
            return day.and_hms_opt(0, 0, 0);
        }
        TIMES
            .iter()
            .find_map(|format| NaiveTime::parse_from_str(rest, format).ok())
            .map(|time| day.and_time(time))
    })
}

/// `Tuesday, 6th Dec. 2026` → `6 Dec 2026`; `06.12.2026` and `06-12-2026` → `06/12/2026`.
/// Weekday names, ordinal endings and commas say nothing the rest does not.
fn tidy(text: &str) -> String {
    let words: Vec<String> = text
        .split([' ', ','])
        .filter(|word| !word.is_empty() && !is_weekday(word))
        .map(|word| {
            let word = word.trim_end_matches('.');
            match word.find(|c: char| !c.is_ascii_digit()) {
                Some(cut)
                    if cut > 0
                        && ["st", "nd", "rd", "th"]
                            .iter()
                            .any(|end| word[cut..].eq_ignore_ascii_case(end)) =>
                {
                    word[..cut].to_string()
                }
                _ => word.to_string(),
            }
        })
        .collect();
    let mut tidied = words.join(" ");
    // A day-first date with dots or dashes (`06.12.2026`, `06-12-2026`), not an ISO date.
    let first = tidied.split(' ').next().unwrap_or_default();
    if first.split(['.', '-']).count() == 3
        && first.split(['.', '-']).next().unwrap_or("").len() <= 2
    {
        let slashed = first.replace(['.', '-'], "/");
        tidied.replace_range(..first.len(), &slashed);
    }
    tidied
}

fn is_weekday(word: &str) -> bool {
    const DAYS_OF_WEEK: &[&str] = &[
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    ];
    let word = word.trim_end_matches('.').to_ascii_lowercase();
    word.len() >= 3 && DAYS_OF_WEEK.iter().any(|day| day.starts_with(&word))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> String {
        parse_spreadsheet_date(text)
            .unwrap_or_else(|err| panic!("{text}: {err}"))
            .to_rfc3339()
    }

    #[test]
    fn day_first_dates_in_every_common_spelling() {
        for text in [
            "06/12/2026",
            "6/12/2026",
            "06/12/26",
            "06.12.2026",
            "06-12-2026",
            "6 December 2026",
            "6 Dec 2026",
            "6th December 2026",
            "Sunday 6 December 2026",
            "Sun, 6 Dec. 2026",
            "December 6, 2026",
            "2026-12-06",
        ] {
            assert_eq!(day(text), "2026-12-06T00:00:00+00:00", "{text}");
        }
    }

    #[test]
    fn times_after_the_date_are_kept() {
        for text in [
            "06/12/2026 10:30",
            "06/12/2026 10:30:00",
            "6 December 2026, 10:30 am",
            "6 December 2026 10:30AM",
            "2026-12-06 10:30",
            "2026-12-06T10:30",
        ] {
            assert_eq!(day(text), "2026-12-06T10:30:00+00:00", "{text}");
        }
        assert_eq!(day("06/12/2026 3:05 pm"), "2026-12-06T15:05:00+00:00");
        assert_eq!(
            day("2026-12-08T10:00:00+01:00"),
            "2026-12-08T09:00:00+00:00"
        );
    }

    #[test]
    fn month_first_nonsense_and_odd_years_are_refused() {
        for text in ["12/25/2026", "yesterday", "06/12/2026 soon", "32/01/2026"] {
            let err = parse_spreadsheet_date(text).unwrap_err();
            assert!(err.ends_with(&format!("got \"{text}\"")), "{text}: {err}");
        }
        assert!(parse_spreadsheet_date("06/12/0026")
            .unwrap_err()
            .contains("year"));
    }
}
