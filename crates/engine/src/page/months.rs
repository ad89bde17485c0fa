//! English month names, both ways: read from the page (`June`, `Jun` → 6) and written into
//! messages (`6 March 2025`). Writing dates here keeps chrono's strftime machinery out of the
//! build.

use chrono::{Datelike, NaiveDate};

/// The months' English names, January first.
const MONTH_NAMES: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// `June`/`Jun`/`JUNE.` → 6: a month's full name, or its first three or four letters, ignoring
/// case and a trailing full stop.
pub fn month_number(word: &str) -> Option<u32> {
    let word = word.trim_end_matches('.');
    if word.len() < 3 {
        return None;
    }
    let index = MONTH_NAMES.iter().position(|name| {
        name.eq_ignore_ascii_case(word)
            || (word.len() <= 4
                && name
                    .get(..word.len())
                    .is_some_and(|start| start.eq_ignore_ascii_case(word)))
    })?;
    u32::try_from(index + 1).ok()
}

/// `6 March`: the day without padding and the month's name.
pub fn day_month(date: NaiveDate) -> String {
    let month = MONTH_NAMES
        .get(date.month0() as usize)
        .copied()
        .unwrap_or_default();
    format!("{} {month}", date.day())
}

/// `6 March 2025`: [`day_month`] and the year.
pub fn day_month_year(date: NaiveDate) -> String {
    format!("{} {}", day_month(date), date.year())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(year: i32, month: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(year, month, day).unwrap()
    }

    #[test]
    fn reads_names_and_abbreviations() {
        assert_eq!(month_number("June"), Some(6));
        assert_eq!(month_number("jun"), Some(6));
        assert_eq!(month_number("Sept."), Some(9));
        assert_eq!(month_number("DECEMBER"), Some(12));
        assert_eq!(month_number("May"), Some(5));
        assert_eq!(month_number("Ju"), None);
        assert_eq!(month_number("Junes"), None);
        assert_eq!(month_number("Mayday"), None);
        assert_eq!(month_number("Juné"), None);
    }

    #[test]
    fn writes_day_month_and_year() {
        assert_eq!(day_month(date(2025, 3, 6)), "6 March");
        assert_eq!(day_month(date(2024, 12, 31)), "31 December");
        assert_eq!(day_month_year(date(2025, 3, 6)), "6 March 2025");
        assert_eq!(day_month_year(date(2026, 1, 1)), "1 January 2026");
    }

    #[test]
    fn writes_what_chrono_strftime_writes() {
        let mut day = date(2024, 1, 1);
        while day.year() == 2024 {
            assert_eq!(day_month(day), day.format("%-d %B").to_string());
            assert_eq!(day_month_year(day), day.format("%-d %B %Y").to_string());
            day = day.succ_opt().unwrap();
        }
    }
}
