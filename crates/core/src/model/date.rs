//! Calendar dates as the agreement file writes them (`2026-03-01`) and as Norwegian readers
//! read them ("1. mars 2026").

use std::fmt;

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::lang::Lang;

/// A calendar date without time of day, written `YYYY-MM-DD` in the file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
// Named IsoDate in TypeScript so it does not shadow the built-in `Date`.
#[cfg_attr(
    feature = "ts",
    derive(ts_rs::TS),
    ts(export, type = "string", rename = "IsoDate")
)]
pub struct Date(NaiveDate);

impl Date {
    /// The date for a year, month (1–12) and day, or `None` when no such day exists.
    pub fn from_ymd(year: i32, month: u32, day: u32) -> Option<Self> {
        NaiveDate::from_ymd_opt(year, month, day).map(Self)
    }

    /// Parses `YYYY-MM-DD`, or `None` when the text is not such a date.
    pub fn parse(text: &str) -> Option<Self> {
        let text = text.trim();
        // chrono accepts signs and more than four year digits; the file format does not.
        let well_formed = text.len() == 10
            && text.bytes().enumerate().all(|(i, b)| {
                if i == 4 || i == 7 {
                    b == b'-'
                } else {
                    b.is_ascii_digit()
                }
            });
        if !well_formed {
            return None;
        }
        NaiveDate::parse_from_str(text, "%Y-%m-%d").ok().map(Self)
    }

    /// The date for a chrono date.
    pub fn from_naive(date: NaiveDate) -> Self {
        Self(date)
    }

    /// The underlying chrono date.
    pub fn naive(self) -> NaiveDate {
        self.0
    }

    /// The year.
    pub fn year(self) -> i32 {
        self.0.year()
    }

    /// The month, 1–12.
    pub fn month(self) -> u32 {
        self.0.month()
    }

    /// The day of the month, 1–31.
    pub fn day(self) -> u32 {
        self.0.day()
    }

    /// The same day `years` later (28 February when the day does not exist).
    pub fn add_years(self, years: i32) -> Self {
        let year = self.year() + years;
        Self::from_ymd(year, self.month(), self.day())
            .or_else(|| Self::from_ymd(year, self.month(), 28))
            .unwrap_or(self)
    }

    /// The day before.
    pub fn pred(self) -> Self {
        self.0.pred_opt().map(Self).unwrap_or(self)
    }

    /// The first day of the next month.
    pub fn first_of_next_month(self) -> Self {
        let (y, m) = if self.month() == 12 {
            (self.year() + 1, 1)
        } else {
            (self.year(), self.month() + 1)
        };
        Self::from_ymd(y, m, 1).unwrap_or(self)
    }

    /// The long form in running text, as Språkrådet recommends: "1. mars 2026" (the words
    /// from the message catalogue, `date-long`).
    pub fn long(self, lang: Lang) -> String {
        crate::messages::date_words(self, crate::lang::Locale::from(lang))
    }
}

/// The Norwegian name of a month (1–12), lower case as in running text (the same in bokmål and
/// nynorsk; from the message catalogue, `month-name-N`).
pub fn month_name(month: u32) -> String {
    crate::messages::month_name(month, crate::lang::Locale::Nb)
}

impl From<NaiveDate> for Date {
    fn from(date: NaiveDate) -> Self {
        Self(date)
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0.format("%Y-%m-%d"))
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        Date::parse(&text).ok_or_else(|| {
            serde::de::Error::custom(format!(
                "invalid date `{text}`: write it as YYYY-MM-DD, for example 2026-03-01"
            ))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_form_is_norwegian_without_leading_zero() {
        let date = Date::from_ymd(2026, 3, 1).unwrap();
        assert_eq!(date.long(Lang::Nb), "1. mars 2026");
        assert_eq!(
            Date::from_ymd(2027, 12, 31).unwrap().long(Lang::Nn),
            "31. desember 2027"
        );
    }

    #[test]
    fn parse_accepts_only_the_file_form() {
        assert!(Date::parse("2026-03-01").is_some());
        for bad in [
            "2026-13-01",
            "2026-02-30",
            "1.3.2026",
            "+2026-03-01",
            "20260-3-01",
            "",
        ] {
            assert!(Date::parse(bad).is_none(), "{bad} must be refused");
        }
    }

    #[test]
    fn long_form_years_are_names_and_english_has_its_own_order() {
        // A year is never grouped like a quantity (2026, not 2 026), even from five digits.
        let date = Date::from_ymd(2026, 1, 9).unwrap();
        assert_eq!(date.long(Lang::Nb), "9. januar 2026");
        assert_eq!(
            crate::messages::date_words(date, crate::lang::Locale::En),
            "9 January 2026"
        );
        assert_eq!(
            Date::from_ymd(12000, 5, 17).unwrap().long(Lang::Nb),
            "17. mai 12000"
        );
    }

    #[test]
    fn a_moment_reads_in_words_with_the_clock_after_kl() {
        use crate::history::Timestamp;
        use crate::lang::Locale;
        use crate::messages::date_time;
        let at = |text: &str| Timestamp::parse(text).expect("RFC 3339");
        // Single-digit day, month, hour and minute: the date without zeros, the clock with.
        let morning = at("2026-03-01T07:05:00+01:00");
        assert_eq!(date_time(&morning, Locale::Nb), "1. mars 2026 kl. 07.05");
        assert_eq!(date_time(&morning, Locale::Nn), "1. mars 2026 kl. 07.05");
        assert_eq!(date_time(&morning, Locale::En), "1 March 2026, 07:05");
        // Midnight is 00.00 on the new day.
        let midnight = at("2027-01-01T00:00:00+01:00");
        assert_eq!(date_time(&midnight, Locale::Nb), "1. januar 2027 kl. 00.00");
        // The time of day where it was recorded, not UTC: late evening stays on its own day.
        let evening = at("2026-12-31T23:59:59+01:00");
        assert_eq!(
            date_time(&evening, Locale::Nb),
            "31. desember 2026 kl. 23.59"
        );
        let summer = at("2026-06-30T22:30:00Z");
        assert_eq!(date_time(&summer, Locale::Nb), "30. juni 2026 kl. 22.30");
    }

    #[test]
    fn add_years_clamps_leap_day() {
        let leap = Date::from_ymd(2028, 2, 29).unwrap();
        assert_eq!(leap.add_years(1), Date::from_ymd(2029, 2, 28).unwrap());
    }
}
