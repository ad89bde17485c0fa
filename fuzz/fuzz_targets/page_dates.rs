//! Fuzzes the page's date text: `Submitted on 30/01/2023 at 09:50`, `… at 2:52 PM`,
//! `Monday 9 June 2025 at 21:17`, relative ages (`16 months ago`), and the local-to-UTC step.
//! Parsers must never panic; what they accept must survive being written back out and read
//! again; a relative age must start on a character boundary of the text.
#![no_main]

use chrono::{Datelike, NaiveDateTime, Timelike};
use libfuzzer_sys::fuzz_target;
use replyguide_fuzz as fx;
use replyguide_page::dates::{
    parse_clock_time, parse_local_date_time, parse_numeric_date_time, parse_relative_age,
    parse_submitted, parse_worded_date_time, strip_relative_age,
};
use replyguide_page::zones::{local_to_utc, SiteRegion};

/// Every zone any site region reads dates in.
const REGIONS: [SiteRegion; 4] = [
    SiteRegion::UnitedKingdom,
    SiteRegion::Ireland,
    SiteRegion::Australia,
    SiteRegion::Unknown,
];

/// `dt` as the page writes it (`30/01/2023 at 09:50:12`).
fn numeric(dt: NaiveDateTime) -> String {
    format!(
        "{:02}/{:02}/{:04} at {:02}:{:02}:{:02}",
        dt.day(),
        dt.month(),
        dt.year(),
        dt.hour(),
        dt.minute(),
        dt.second()
    )
}

fuzz_target!(|data: &[u8]| {
    let text = fx::text(data);
    let text = text.as_ref();

    let numeric_dt = parse_numeric_date_time(text);
    let worded_dt = parse_worded_date_time(text);
    assert_eq!(parse_local_date_time(text), numeric_dt.or(worded_dt));
    parse_clock_time(text);
    let submitted = parse_submitted(text, "Submitted on");

    for dt in [numeric_dt, worded_dt, submitted].into_iter().flatten() {
        assert_eq!(parse_numeric_date_time(&numeric(dt)), Some(dt), "{text:?}");
        for region in REGIONS {
            for &zone in region.candidate_zones() {
                if let Some(utc) = local_to_utc(dt, zone) {
                    let inferred = region.infer_zone(Some((utc, dt)));
                    assert!(region.candidate_zones().contains(&inferred), "{inferred:?}");
                }
            }
        }
    }

    if let Some((age, start)) = parse_relative_age(text) {
        assert!(
            text.is_char_boundary(start),
            "age starts mid-character at {start}"
        );
        assert!(age.count <= 999_999);
    }
    let stripped = strip_relative_age(text);
    assert!(
        text.starts_with(stripped),
        "{stripped:?} is not a prefix of {text:?}"
    );
    SiteRegion::from_url(text);
});
