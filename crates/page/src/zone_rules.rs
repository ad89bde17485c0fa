//! The clocks of the time zones Care Opinion's services are in, as rules rather than the tz
//! database: each zone's standard offset from UTC and, where the clocks change, its daylight
//! saving rule. All of it is the table in [`Zone::clock`].
//!
//! - Europe/London and Europe/Dublin: UTC+0; one hour ahead from the last Sunday of March to the
//!   last Sunday of October, changing at 01:00 UTC (the EU rule, in force since 1996).
//! - Australia/Sydney (also Melbourne and Canberra), Hobart: UTC+10; Adelaide: UTC+9:30. One hour
//!   ahead from the first Sunday of October at 02:00 standard time to the first Sunday of April at
//!   03:00 daylight time (02:00 standard), in force since 2008.
//! - Australia/Lord_Howe: UTC+10:30, only half an hour ahead in summer; clocks change on the same
//!   Sundays at 02:00 local time of either clock (so in April at 01:30 standard time).
//! - Australia/Perth UTC+8, Brisbane UTC+10, Darwin UTC+9:30, Eucla UTC+8:45: no daylight saving.
//!
//! **Range.** These rules give the same offsets as the tz database from 29 March 2009 on (the end
//! of Western Australia's daylight-saving trial) with no end date, which covers every story and
//! response on Care Opinion. Earlier times are read with the same rules, so they can be off by
//! the clock change (an hour, half an hour at Lord Howe) around the old change dates, and in
//! Perth and Eucla during the trial (December 2006 to March 2009).

use chrono::{DateTime, Datelike, Duration, NaiveDate, NaiveDateTime, Utc, Weekday};

/// A time zone a Care Opinion service may be in (named after the tz database's zones).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Zone {
    /// Europe/London: GMT, BST in summer.
    London,
    /// Europe/Dublin: GMT, IST in summer.
    Dublin,
    /// Australia/Sydney (New South Wales, Victoria, the ACT): AEST, AEDT in summer.
    Sydney,
    /// Australia/Perth (Western Australia): AWST all year.
    Perth,
    /// Australia/Brisbane (Queensland): AEST all year.
    Brisbane,
    /// Australia/Adelaide (South Australia): ACST, ACDT in summer.
    Adelaide,
    /// Australia/Darwin (Northern Territory): ACST all year.
    Darwin,
    /// Australia/Hobart (Tasmania): AEST, AEDT in summer.
    Hobart,
    /// Australia/Eucla: UTC+8:45 all year.
    Eucla,
    /// Australia/Lord_Howe: UTC+10:30, UTC+11 in summer.
    LordHowe,
}

/// How a zone keeps time.
struct Clock {
    /// Standard time's offset from UTC, in minutes.
    standard_minutes: i64,
    /// When and by how much the clocks go forward, if they do.
    daylight: Option<DaylightSaving>,
}

/// A daylight-saving rule: clocks go forward by `shift_minutes` at `forward` and back at `back`.
struct DaylightSaving {
    forward: ClockChange,
    back: ClockChange,
    shift_minutes: i64,
}

/// One yearly clock change: on a Sunday of `month`, `standard_minutes` after midnight of
/// standard time (for the UK and Ireland, whose standard time is UTC, that is UTC).
struct ClockChange {
    month: u32,
    sunday: WhichSunday,
    standard_minutes: i64,
}

/// Which Sunday of the month a clock change falls on.
enum WhichSunday {
    First,
    Last,
}

/// The EU rule of the UK and Ireland: last Sunday of March to last Sunday of October, 01:00 UTC.
const EUROPEAN_SUMMER_TIME: DaylightSaving = DaylightSaving {
    forward: ClockChange {
        month: 3,
        sunday: WhichSunday::Last,
        standard_minutes: 60,
    },
    back: ClockChange {
        month: 10,
        sunday: WhichSunday::Last,
        standard_minutes: 60,
    },
    shift_minutes: 60,
};

/// South-eastern Australia's rule: first Sunday of October to first Sunday of April, 02:00
/// standard time.
const AUSTRALIAN_DAYLIGHT_TIME: DaylightSaving = DaylightSaving {
    forward: ClockChange {
        month: 10,
        sunday: WhichSunday::First,
        standard_minutes: 2 * 60,
    },
    back: ClockChange {
        month: 4,
        sunday: WhichSunday::First,
        standard_minutes: 2 * 60,
    },
    shift_minutes: 60,
};

/// Lord Howe Island's rule: half an hour, changing at 02:00 of the clock in force.
const LORD_HOWE_DAYLIGHT_TIME: DaylightSaving = DaylightSaving {
    forward: ClockChange {
        month: 10,
        sunday: WhichSunday::First,
        standard_minutes: 2 * 60,
    },
    back: ClockChange {
        month: 4,
        sunday: WhichSunday::First,
        standard_minutes: 60 + 30,
    },
    shift_minutes: 30,
};

impl Zone {
    /// The table: each zone's standard offset (hours, minutes) and daylight saving.
    fn clock(self) -> Clock {
        let (hours, minutes, daylight) = match self {
            Zone::London | Zone::Dublin => (0, 0, Some(EUROPEAN_SUMMER_TIME)),
            Zone::Sydney | Zone::Hobart => (10, 0, Some(AUSTRALIAN_DAYLIGHT_TIME)),
            Zone::Adelaide => (9, 30, Some(AUSTRALIAN_DAYLIGHT_TIME)),
            Zone::LordHowe => (10, 30, Some(LORD_HOWE_DAYLIGHT_TIME)),
            Zone::Perth => (8, 0, None),
            Zone::Brisbane => (10, 0, None),
            Zone::Darwin => (9, 30, None),
            Zone::Eucla => (8, 45, None),
        };
        Clock {
            standard_minutes: hours * 60 + minutes,
            daylight,
        }
    }

    /// The zone's offset from UTC (local time minus UTC) at the UTC moment `utc`.
    pub fn offset_at(self, utc: NaiveDateTime) -> Duration {
        let clock = self.clock();
        let standard = Duration::minutes(clock.standard_minutes);
        match clock.daylight {
            Some(daylight) if daylight.in_effect(utc, standard) => {
                standard + Duration::minutes(daylight.shift_minutes)
            }
            _ => standard,
        }
    }

    /// The offsets the zone's clocks ever show, daylight time first.
    fn offsets(self) -> impl Iterator<Item = Duration> {
        let clock = self.clock();
        let daylight = clock
            .daylight
            .map(|d| clock.standard_minutes + d.shift_minutes);
        daylight
            .into_iter()
            .chain([clock.standard_minutes])
            .map(Duration::minutes)
    }
}

impl DaylightSaving {
    /// Whether daylight time is in force at the UTC moment `utc`, in a zone whose standard time is
    /// `standard` ahead of UTC. Works in the zone's standard time, where both changes of the
    /// year are fixed moments; south of the equator daylight time spans the new year.
    fn in_effect(&self, utc: NaiveDateTime, standard: Duration) -> bool {
        let Some(local) = utc.checked_add_signed(standard) else {
            return false;
        };
        let year = local.year();
        let (Some(forward), Some(back)) = (self.forward.on(year), self.back.on(year)) else {
            return false;
        };
        if forward < back {
            forward <= local && local < back
        } else {
            local >= forward || local < back
        }
    }
}

impl ClockChange {
    /// The moment of this change in `year`, in standard time.
    fn on(&self, year: i32) -> Option<NaiveDateTime> {
        let nth_sunday =
            |n| NaiveDate::from_weekday_of_month_opt(year, self.month, Weekday::Sun, n);
        let day = match self.sunday {
            WhichSunday::First => nth_sunday(1),
            WhichSunday::Last => nth_sunday(5).or_else(|| nth_sunday(4)),
        }?;
        day.and_hms_opt(0, 0, 0)?
            .checked_add_signed(Duration::minutes(self.standard_minutes))
    }
}

/// The UTC moment of a local time in `zone`. In the hour repeated when clocks go back the earlier
/// reading is taken; a time skipped when clocks go forward does not exist (`None`).
pub fn local_to_utc(local: NaiveDateTime, zone: Zone) -> Option<DateTime<Utc>> {
    zone.offsets()
        .filter_map(|offset| {
            let utc = local.checked_sub_signed(offset)?;
            (zone.offset_at(utc) == offset).then_some(utc)
        })
        .min()
        .map(|utc| utc.and_utc())
}

#[cfg(test)]
mod tests {
    //! Expected values are the tz database's (Python's `zoneinfo`, tzdata 2025).

    use super::*;

    fn utc(s: &str) -> NaiveDateTime {
        s.parse::<DateTime<Utc>>().unwrap().naive_utc()
    }

    fn local(s: &str) -> NaiveDateTime {
        s.parse().unwrap()
    }

    fn hours_minutes(hours: i64, minutes: i64) -> Duration {
        Duration::minutes(hours * 60 + minutes)
    }

    /// The offset just before and at `instant` (UTC).
    fn around(zone: Zone, instant: &str) -> (Duration, Duration) {
        let at = utc(instant);
        (
            zone.offset_at(at - Duration::seconds(1)),
            zone.offset_at(at),
        )
    }

    #[test]
    fn offsets_either_side_of_each_change() {
        // (zone, the change in UTC, offset before, offset after, as (hours, minutes)).
        let cases = [
            // London and Dublin change at 01:00 UTC.
            (Zone::London, "2024-03-31T01:00:00Z", (0, 0), (1, 0)),
            (Zone::London, "2024-10-27T01:00:00Z", (1, 0), (0, 0)),
            (Zone::London, "2025-03-30T01:00:00Z", (0, 0), (1, 0)),
            (Zone::Dublin, "2024-03-31T01:00:00Z", (0, 0), (1, 0)),
            (Zone::Dublin, "2024-10-27T01:00:00Z", (1, 0), (0, 0)),
            (Zone::Dublin, "2025-03-30T01:00:00Z", (0, 0), (1, 0)),
            // South-eastern Australia: 2024-10-06 02:00 standard time, 2025-04-06 03:00 daylight time.
            (Zone::Sydney, "2024-10-05T16:00:00Z", (10, 0), (11, 0)),
            (Zone::Sydney, "2025-04-05T16:00:00Z", (11, 0), (10, 0)),
            (Zone::Hobart, "2024-10-05T16:00:00Z", (10, 0), (11, 0)),
            (Zone::Hobart, "2025-04-05T16:00:00Z", (11, 0), (10, 0)),
            (Zone::Adelaide, "2024-10-05T16:30:00Z", (9, 30), (10, 30)),
            (Zone::Adelaide, "2025-04-05T16:30:00Z", (10, 30), (9, 30)),
            // Lord Howe moves half an hour at 02:00 local: 02:00 LHST → 02:30, 02:00 LHDT → 01:30.
            (Zone::LordHowe, "2024-10-05T15:30:00Z", (10, 30), (11, 0)),
            (Zone::LordHowe, "2025-04-05T15:00:00Z", (11, 0), (10, 30)),
        ];
        for (zone, change, before, after) in cases {
            assert_eq!(
                around(zone, change),
                (
                    hours_minutes(before.0, before.1),
                    hours_minutes(after.0, after.1)
                ),
                "{zone:?} at {change}"
            );
        }
    }

    #[test]
    fn zones_without_daylight_saving() {
        for moment in ["2025-01-15T12:00:00Z", "2025-07-15T12:00:00Z"] {
            let at = utc(moment);
            assert_eq!(Zone::Perth.offset_at(at), hours_minutes(8, 0));
            assert_eq!(Zone::Brisbane.offset_at(at), hours_minutes(10, 0));
            assert_eq!(Zone::Darwin.offset_at(at), hours_minutes(9, 30));
            assert_eq!(Zone::Eucla.offset_at(at), hours_minutes(8, 45));
        }
    }

    #[test]
    fn summer_and_winter_either_side_of_the_year() {
        let january = utc("2026-01-10T00:00:00Z");
        let july = utc("2025-07-10T00:00:00Z");
        assert_eq!(Zone::London.offset_at(january), hours_minutes(0, 0));
        assert_eq!(Zone::London.offset_at(july), hours_minutes(1, 0));
        assert_eq!(Zone::Sydney.offset_at(january), hours_minutes(11, 0));
        assert_eq!(Zone::Sydney.offset_at(july), hours_minutes(10, 0));
        assert_eq!(Zone::LordHowe.offset_at(january), hours_minutes(11, 0));
        assert_eq!(Zone::LordHowe.offset_at(july), hours_minutes(10, 30));
    }

    #[test]
    fn local_times_at_the_changes() {
        let cases = [
            // Skipped when clocks go forward.
            ("2024-03-31T01:30:00", Zone::London, None),
            ("2024-10-06T02:30:00", Zone::Sydney, None),
            ("2024-10-06T02:15:00", Zone::LordHowe, None),
            (
                "2024-10-06T02:30:00",
                Zone::LordHowe,
                Some("2024-10-05T15:30:00Z"),
            ),
            // Repeated when clocks go back: the earlier reading.
            (
                "2024-10-27T01:30:00",
                Zone::London,
                Some("2024-10-27T00:30:00Z"),
            ),
            (
                "2025-04-06T02:30:00",
                Zone::Sydney,
                Some("2025-04-05T15:30:00Z"),
            ),
            (
                "2025-04-06T02:30:00",
                Zone::Adelaide,
                Some("2025-04-05T16:00:00Z"),
            ),
            (
                "2025-04-06T01:45:00",
                Zone::LordHowe,
                Some("2025-04-05T14:45:00Z"),
            ),
            // Just outside the changes.
            (
                "2025-04-06T03:00:00",
                Zone::Sydney,
                Some("2025-04-05T17:00:00Z"),
            ),
            (
                "2024-10-06T03:00:00",
                Zone::Sydney,
                Some("2024-10-05T16:00:00Z"),
            ),
            (
                "2025-01-01T00:00:00",
                Zone::Eucla,
                Some("2024-12-31T15:15:00Z"),
            ),
        ];
        for (shown, zone, expected) in cases {
            assert_eq!(
                local_to_utc(local(shown), zone).map(|t| t.naive_utc()),
                expected.map(utc),
                "{shown} in {zone:?}"
            );
        }
    }

    #[test]
    fn extreme_dates_do_not_panic() {
        for zone in [Zone::London, Zone::Sydney, Zone::LordHowe, Zone::Perth] {
            for moment in [NaiveDateTime::MIN, NaiveDateTime::MAX] {
                zone.offset_at(moment);
                local_to_utc(moment, zone);
            }
        }
    }
}
