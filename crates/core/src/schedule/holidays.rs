//! Norwegian public holidays (helligdagsloven § 2 and the law on 1 and 17 May) for any year, and
//! the breaks when cooperation meetings are not held: summer, Christmas and Easter week.
//!
//! The movable holidays follow Easter Sunday, computed with the Gregorian computus (the
//! "anonymous Gregorian algorithm" of Meeus/Jones/Butcher). The breaks are a choice, not law:
//! the studies describe meetings that follow the school year, in spring and autumn
//! (`seed-iris-2017-dropout-cooperation.md` §1.3, S:1340-1343 and S:1371-1377: "høst- og
//! vårmøter"), so no meeting is placed in the school summer holiday, at Christmas or in Easter
//! week.
//!
//! - **Summer break**: ISO weeks 27–32, about 29 June to 9 August. This covers the common
//!   holiday weeks (fellesferien, weeks 28–30) with a week on each side, and is week-aligned so
//!   that weekly series lose whole weeks, never half of one.
//! - **Christmas break**: 20 December to 2 January, both days included.
//! - **Easter week**: the Monday before Easter (Monday of Holy Week) to Easter Monday.

use chrono::{Datelike, Duration, NaiveDate, Weekday};
use serde::Serialize;

/// A Norwegian public holiday.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub enum Holiday {
    /// 1 January (nyttårsdag).
    NewYearsDay,
    /// Thursday before Easter (skjærtorsdag).
    MaundyThursday,
    /// Friday before Easter (langfredag).
    GoodFriday,
    /// Easter Sunday (1. påskedag).
    EasterSunday,
    /// Easter Monday (2. påskedag).
    EasterMonday,
    /// 1 May (offentlig høytidsdag).
    LabourDay,
    /// 17 May (grunnlovsdag).
    ConstitutionDay,
    /// Ascension Day, 39 days after Easter (Kristi himmelfartsdag).
    AscensionDay,
    /// Whit Sunday, 49 days after Easter (1. pinsedag).
    WhitSunday,
    /// Whit Monday, 50 days after Easter (2. pinsedag).
    WhitMonday,
    /// 25 December (1. juledag).
    ChristmasDay,
    /// 26 December (2. juledag).
    BoxingDay,
}

/// A period in which no meeting is placed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub enum Break {
    /// ISO weeks 27–32.
    Summer,
    /// 20 December to 2 January.
    Christmas,
    /// Monday of Holy Week to Easter Monday.
    Easter,
}

/// First ISO week of the summer break.
pub const SUMMER_FIRST_WEEK: u32 = 27;
/// Last ISO week of the summer break.
pub const SUMMER_LAST_WEEK: u32 = 32;
/// The Christmas break starts on this day of December.
pub const CHRISTMAS_FIRST_DAY: u32 = 20;
/// The Christmas break ends on this day of January.
pub const CHRISTMAS_LAST_DAY: u32 = 2;

/// Easter Sunday in the Gregorian calendar, or `None` for a year chrono cannot represent.
pub fn easter_sunday(year: i32) -> Option<NaiveDate> {
    let a = year.rem_euclid(19);
    let b = year.div_euclid(100);
    let c = year.rem_euclid(100);
    let d = b.div_euclid(4);
    let e = b.rem_euclid(4);
    let f = (b + 8).div_euclid(25);
    let g = (b - f + 1).div_euclid(3);
    let h = (19 * a + b - d - g + 15).rem_euclid(30);
    let i = c.div_euclid(4);
    let k = c.rem_euclid(4);
    let l = (32 + 2 * e + 2 * i - h - k).rem_euclid(7);
    let m = (a + 11 * h + 22 * l).div_euclid(451);
    let month = (h + l - 7 * m + 114).div_euclid(31);
    let day = (h + l - 7 * m + 114).rem_euclid(31) + 1;
    NaiveDate::from_ymd_opt(year, u32::try_from(month).ok()?, u32::try_from(day).ok()?)
}

/// Every public holiday of a year, in date order.
pub fn public_holidays(year: i32) -> Vec<(NaiveDate, Holiday)> {
    let fixed = [
        (1, 1, Holiday::NewYearsDay),
        (5, 1, Holiday::LabourDay),
        (5, 17, Holiday::ConstitutionDay),
        (12, 25, Holiday::ChristmasDay),
        (12, 26, Holiday::BoxingDay),
    ];
    let mut days: Vec<(NaiveDate, Holiday)> = fixed
        .iter()
        .filter_map(|&(m, d, h)| NaiveDate::from_ymd_opt(year, m, d).map(|date| (date, h)))
        .collect();
    if let Some(easter) = easter_sunday(year) {
        let movable = [
            (-3, Holiday::MaundyThursday),
            (-2, Holiday::GoodFriday),
            (0, Holiday::EasterSunday),
            (1, Holiday::EasterMonday),
            (39, Holiday::AscensionDay),
            (49, Holiday::WhitSunday),
            (50, Holiday::WhitMonday),
        ];
        days.extend(movable.iter().filter_map(|&(offset, h)| {
            Some((easter.checked_add_signed(Duration::days(offset))?, h))
        }));
    }
    days.sort();
    days
}

/// The public holiday on this date, if any.
pub fn holiday(date: NaiveDate) -> Option<Holiday> {
    public_holidays(date.year())
        .into_iter()
        .find(|(d, _)| *d == date)
        .map(|(_, h)| h)
}

/// The break this date falls in, if any.
pub fn break_at(date: NaiveDate) -> Option<Break> {
    let week = date.iso_week().week();
    if (SUMMER_FIRST_WEEK..=SUMMER_LAST_WEEK).contains(&week) && (6..=8).contains(&date.month()) {
        return Some(Break::Summer);
    }
    let christmas = (date.month() == 12 && date.day() >= CHRISTMAS_FIRST_DAY)
        || (date.month() == 1 && date.day() <= CHRISTMAS_LAST_DAY);
    if christmas {
        return Some(Break::Christmas);
    }
    let in_easter_week = easter_sunday(date.year()).is_some_and(|easter| {
        let from = easter - Duration::days(6);
        let to = easter + Duration::days(1);
        (from..=to).contains(&date)
    });
    in_easter_week.then_some(Break::Easter)
}

/// Whether this is a working day: Monday to Friday and not a public holiday.
pub fn is_working_day(date: NaiveDate) -> bool {
    !matches!(date.weekday(), Weekday::Sat | Weekday::Sun) && holiday(date).is_none()
}

/// Whether a meeting may be placed on this day: a working day outside the breaks.
pub fn is_meeting_day(date: NaiveDate) -> bool {
    is_working_day(date) && break_at(date).is_none()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("valid date")
    }

    #[test]
    fn easter_matches_known_years() {
        for (y, m, d) in [
            (2000, 4, 23),
            (2008, 3, 23),
            (2011, 4, 24),
            (2019, 4, 21),
            (2024, 3, 31),
            (2025, 4, 20),
            (2026, 4, 5),
            (2027, 3, 28),
            (2028, 4, 16),
            (2038, 4, 25),
            (2285, 3, 22),
        ] {
            assert_eq!(easter_sunday(y), Some(date(y, m, d)), "Easter {y}");
        }
    }

    #[test]
    fn holidays_of_2026_are_the_twelve_days() {
        let days: Vec<NaiveDate> = public_holidays(2026).into_iter().map(|(d, _)| d).collect();
        assert_eq!(
            days,
            vec![
                date(2026, 1, 1),
                date(2026, 4, 2),
                date(2026, 4, 3),
                date(2026, 4, 5),
                date(2026, 4, 6),
                date(2026, 5, 1),
                date(2026, 5, 14),
                date(2026, 5, 17),
                date(2026, 5, 24),
                date(2026, 5, 25),
                date(2026, 12, 25),
                date(2026, 12, 26),
            ]
        );
    }

    #[test]
    fn leap_years_shift_nothing_but_the_day_count() {
        // 2024 is a leap year: Easter on 31 March, Ascension on 9 May, Whit Monday 20 May.
        assert_eq!(holiday(date(2024, 5, 9)), Some(Holiday::AscensionDay));
        assert_eq!(holiday(date(2024, 5, 20)), Some(Holiday::WhitMonday));
        assert_eq!(holiday(date(2024, 3, 28)), Some(Holiday::MaundyThursday));
        assert!(is_working_day(date(2024, 2, 29)));
        // 2100 is not a leap year; Easter is 28 March.
        assert_eq!(easter_sunday(2100), Some(date(2100, 3, 28)));
    }

    #[test]
    fn breaks_cover_summer_christmas_and_easter_week() {
        assert_eq!(break_at(date(2026, 6, 29)), Some(Break::Summer));
        assert_eq!(break_at(date(2026, 8, 9)), Some(Break::Summer));
        assert_eq!(break_at(date(2026, 8, 10)), None);
        assert_eq!(break_at(date(2026, 6, 26)), None);
        assert_eq!(break_at(date(2026, 12, 20)), Some(Break::Christmas));
        assert_eq!(break_at(date(2027, 1, 2)), Some(Break::Christmas));
        assert_eq!(break_at(date(2027, 1, 4)), None);
        assert_eq!(break_at(date(2026, 3, 30)), Some(Break::Easter));
        assert_eq!(break_at(date(2026, 4, 6)), Some(Break::Easter));
        assert_eq!(break_at(date(2026, 4, 7)), None);
        // Week 1 of 2027 starts on 4 January; an early-January ISO week 53 is not summer.
        assert_eq!(break_at(date(2021, 1, 5)), None);
    }

    #[test]
    fn weekends_and_holidays_are_not_working_days() {
        assert!(!is_working_day(date(2026, 5, 17)));
        assert!(!is_working_day(date(2026, 3, 7)));
        assert!(is_working_day(date(2026, 3, 10)));
        assert!(!is_meeting_day(date(2026, 7, 14)));
        assert!(is_meeting_day(date(2026, 9, 15)));
    }
}
