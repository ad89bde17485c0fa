//! Which time zone a page's local dates are in. The site never says: times are the local time of
//! the service. The site's address gives the country (Europe/London for careopinion.org.uk,
//! .cymru and patientopinion.org.uk; Europe/Dublin for .ie; Australia for .org.au). In Australia
//! the state matters (Perth is UTC+8 without daylight saving, Sydney AEST/AEDT), so the zone is
//! inferred from a sample: the story's `<time datetime>` (UTC) against the page's local rendering
//! of the same moment. Without a sample, an Australian page is read in the zone of the first
//! state or capital it names (`South Australia`, `QLD`), else as Australia/Sydney. Each
//! zone's clock changes are the rules of `zone_rules.rs`.

use chrono::{DateTime, NaiveDateTime, Timelike, Utc};

pub use crate::zone_rules::{local_to_utc, Zone};

/// The Care Opinion site a page belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SiteRegion {
    /// careopinion.org.uk, careopinion.cymru, patientopinion.org.uk.
    UnitedKingdom,
    /// careopinion.ie.
    Ireland,
    /// careopinion.org.au.
    Australia,
    /// Any other address (e.g. a page served locally without a canonical link).
    Unknown,
}

const UK_ZONES: &[Zone] = &[Zone::London];
const IRISH_ZONES: &[Zone] = &[Zone::Dublin];
const AUSTRALIAN_ZONES: &[Zone] = &[
    Zone::Sydney,
    Zone::Perth,
    Zone::Brisbane,
    Zone::Adelaide,
    Zone::Darwin,
    Zone::Hobart,
    Zone::Eucla,
    Zone::LordHowe,
];
const ANY_ZONE: &[Zone] = &[
    Zone::London,
    Zone::Sydney,
    Zone::Perth,
    Zone::Brisbane,
    Zone::Adelaide,
    Zone::Darwin,
];

impl SiteRegion {
    /// The region of a page address, from its host name.
    pub fn from_url(url: &str) -> Self {
        let host = host_of(url);
        if host.ends_with(".au") {
            SiteRegion::Australia
        } else if host.ends_with(".ie") {
            SiteRegion::Ireland
        } else if host.ends_with(".uk") || host.ends_with(".cymru") {
            SiteRegion::UnitedKingdom
        } else {
            SiteRegion::Unknown
        }
    }

    /// The zones the region's services may be in, the default first.
    pub fn candidate_zones(self) -> &'static [Zone] {
        match self {
            SiteRegion::UnitedKingdom => UK_ZONES,
            SiteRegion::Ireland => IRISH_ZONES,
            SiteRegion::Australia => AUSTRALIAN_ZONES,
            SiteRegion::Unknown => ANY_ZONE,
        }
    }

    /// The zone the page's local times are in: the first candidate in which `sample`'s UTC moment
    /// reads as its local rendering (to the minute), else the region's default.
    pub fn infer_zone(self, sample: Option<(DateTime<Utc>, NaiveDateTime)>) -> Zone {
        self.sampled_zone(sample)
            .unwrap_or_else(|| self.default_zone())
    }

    /// The region's default zone.
    pub fn default_zone(self) -> Zone {
        self.candidate_zones()
            .first()
            .copied()
            .unwrap_or(Zone::London)
    }

    /// The first candidate zone in which `sample`'s UTC moment reads as its local rendering.
    pub fn sampled_zone(self, sample: Option<(DateTime<Utc>, NaiveDateTime)>) -> Option<Zone> {
        let (utc, local) = sample?;
        let utc_minute = utc
            .naive_utc()
            .with_second(0)
            .and_then(|t| t.with_nanosecond(0))?;
        let shown_offset = local - utc_minute;
        self.candidate_zones()
            .iter()
            .copied()
            .find(|zone| zone.offset_at(utc.naive_utc()) == shown_offset)
    }

    /// The zone of the first Australian state, territory or capital `text` names as a whole
    /// word (`Care Opinion Australia · South Australia`); `None` outside Australia.
    pub fn zone_named_in(self, text: &str) -> Option<Zone> {
        if self != SiteRegion::Australia {
            return None;
        }
        PLACES
            .iter()
            .filter_map(|&(name, zone)| Some((find_word(text, name)?, zone)))
            .min_by_key(|&(at, _)| at)
            .map(|(_, zone)| zone)
    }
}

/// Australian states, territories and capitals (names and abbreviations, as written), and the
/// names only one state gives its public health services, and their zones.
const PLACES: &[(&str, Zone)] = &[
    ("Hospital and Health Service", Zone::Brisbane),
    ("Local Health District", Zone::Sydney),
    ("Local Health Network", Zone::Adelaide),
    ("New South Wales", Zone::Sydney),
    ("NSW", Zone::Sydney),
    ("Sydney", Zone::Sydney),
    ("Victoria", Zone::Sydney),
    ("VIC", Zone::Sydney),
    ("Melbourne", Zone::Sydney),
    ("Canberra", Zone::Sydney),
    ("Queensland", Zone::Brisbane),
    ("QLD", Zone::Brisbane),
    ("Qld", Zone::Brisbane),
    ("Brisbane", Zone::Brisbane),
    ("South Australia", Zone::Adelaide),
    ("SA", Zone::Adelaide),
    ("Adelaide", Zone::Adelaide),
    ("Western Australia", Zone::Perth),
    ("WA", Zone::Perth),
    ("Perth", Zone::Perth),
    ("Northern Territory", Zone::Darwin),
    ("NT", Zone::Darwin),
    ("Darwin", Zone::Darwin),
    ("Tasmania", Zone::Hobart),
    ("TAS", Zone::Hobart),
    ("Hobart", Zone::Hobart),
];

/// Where `word` first stands in `text` as a whole word, case as written.
fn find_word(text: &str, word: &str) -> Option<usize> {
    let is_word_char = |c: char| c.is_alphanumeric();
    text.match_indices(word).map(|(at, _)| at).find(|&at| {
        !text[..at].ends_with(is_word_char) && !text[at + word.len()..].starts_with(is_word_char)
    })
}

/// The lowercase host of an address: `https://www.careopinion.org.au:443/84217` →
/// `www.careopinion.org.au`.
fn host_of(url: &str) -> String {
    let after_scheme = url.split_once("://").map_or(url, |(_, rest)| rest);
    let authority = after_scheme
        .split_once(['/', '?', '#'])
        .map_or(after_scheme, |(authority, _)| authority);
    let host = authority.rsplit_once('@').map_or(authority, |(_, h)| h);
    let host = host.split_once(':').map_or(host, |(h, _)| h);
    host.trim_end_matches('.').to_ascii_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dates::parse_local_date_time;

    fn utc(s: &str) -> DateTime<Utc> {
        s.parse().unwrap()
    }

    #[test]
    fn regions_from_addresses() {
        let region = SiteRegion::from_url;
        assert_eq!(
            region("https://www.careopinion.org.uk/1"),
            SiteRegion::UnitedKingdom
        );
        assert_eq!(
            region("https://www.careopinion.cymru/1"),
            SiteRegion::UnitedKingdom
        );
        assert_eq!(
            region("https://www.patientopinion.org.uk/opinions/1"),
            SiteRegion::UnitedKingdom
        );
        assert_eq!(region("https://www.careopinion.ie/1"), SiteRegion::Ireland);
        assert_eq!(
            region("https://user@www.CareOpinion.org.au:443/1"),
            SiteRegion::Australia
        );
        assert_eq!(region("http://127.0.0.1:8765/x.html"), SiteRegion::Unknown);
        assert_eq!(region(""), SiteRegion::Unknown);
    }

    #[test]
    fn perth_inferred_from_the_2021_au_page() {
        let local = parse_local_date_time("27/08/2021 14:12").unwrap();
        let zone = SiteRegion::Australia.infer_zone(Some((utc("2021-08-27T06:12:09Z"), local)));
        assert_eq!(zone, Zone::Perth);
    }

    #[test]
    fn sydney_inferred_from_aest() {
        let local = parse_local_date_time("Tuesday 15 July 2025 at 8:31 AM").unwrap();
        let zone = SiteRegion::Australia.infer_zone(Some((utc("2025-07-14T22:31:05Z"), local)));
        assert_eq!(zone, Zone::Sydney);
    }

    #[test]
    fn australia_defaults_to_sydney() {
        assert_eq!(SiteRegion::Australia.infer_zone(None), Zone::Sydney);
        let odd = parse_local_date_time("27/08/2021 01:00").unwrap();
        let zone = SiteRegion::Australia.infer_zone(Some((utc("2021-08-27T06:12:09Z"), odd)));
        assert_eq!(zone, Zone::Sydney);
    }

    #[test]
    fn the_first_state_a_page_names() {
        let zone = |text| SiteRegion::Australia.zone_named_in(text);
        assert_eq!(
            zone("Care Opinion Australia South Australia · Renal Support Network SA"),
            Some(Zone::Adelaide)
        );
        assert_eq!(zone("Mackay, QLD. I live in Perth."), Some(Zone::Brisbane));
        // A public health service named as only one state names them.
        assert_eq!(
            zone("Capricorn Downs Hospital and Health Service"),
            Some(Zone::Brisbane)
        );
        assert_eq!(
            zone("Spencer Gulf Local Health Network"),
            Some(Zone::Adelaide)
        );
        // Not inside words, not in another case.
        assert_eq!(zone("Salisbury was vast; a Sarah, Natalie, walked"), None);
        assert_eq!(SiteRegion::UnitedKingdom.zone_named_in("Perth"), None);
    }

    #[test]
    fn ireland_and_uk() {
        assert_eq!(SiteRegion::Ireland.infer_zone(None), Zone::Dublin);
        assert_eq!(SiteRegion::UnitedKingdom.infer_zone(None), Zone::London);
    }

    #[test]
    fn bst_and_gmt() {
        let read = |s| local_to_utc(parse_local_date_time(s).unwrap(), Zone::London);
        assert_eq!(
            read("12/06/2025 at 09:50"),
            Some(utc("2025-06-12T08:50:00Z"))
        );
        assert_eq!(
            read("05/03/2025 at 14:20"),
            Some(utc("2025-03-05T14:20:00Z"))
        );
    }

    #[test]
    fn aest_and_awst() {
        let sydney = local_to_utc(
            parse_local_date_time("16/07/2025 at 12:20 PM").unwrap(),
            Zone::Sydney,
        );
        assert_eq!(sydney, Some(utc("2025-07-16T02:20:00Z")));
        let perth = local_to_utc(
            parse_local_date_time("31/08/2021 at 16:05").unwrap(),
            Zone::Perth,
        );
        assert_eq!(perth, Some(utc("2021-08-31T08:05:00Z")));
    }

    #[test]
    fn clock_changes() {
        let london = |s| local_to_utc(parse_local_date_time(s).unwrap(), Zone::London);
        assert_eq!(london("30/03/2025 at 01:30"), None);
        assert_eq!(
            london("26/10/2025 at 01:30"),
            Some(utc("2025-10-26T00:30:00Z"))
        );
    }
}
