//! Renewal ("Forny avtale"): the next period of an agreement, with every date in it moved by
//! the same step and everything else kept. The studies describe agreements of one to four years
//! that are renewed and revised rather than written anew (SINTEF 2010 §3.2, status "fornyet");
//! renewal keeps the text the parties already agreed on and moves only the calendar.
//!
//! The step is whole months when the period starts and ends on month boundaries in the same
//! way (the usual case: 1 January to 31 December two years later), otherwise days. Periods
//! without an end cannot be renewed: there is no next period to start.

use chrono::{Days, Months};

use crate::agreement::{Agreement, Period};
use crate::date::Date;

/// How far every date moves.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// Whole months (the day of the month is kept, or the month's last day when it is shorter).
    Months(u32),
    /// Days.
    Days(u64),
}

impl Step {
    /// Moves a date by this step.
    pub fn shift(self, date: Date) -> Date {
        let moved = match self {
            Step::Months(m) => date.naive().checked_add_months(Months::new(m)),
            Step::Days(d) => date.naive().checked_add_days(Days::new(d)),
        };
        moved.map_or(date, Date::from_naive)
    }

    /// Moves the last day of a span, so the last day of a month stays the last day of a month
    /// (28 February 2027 + 12 months is 29 February 2028).
    pub fn shift_end(self, date: Date) -> Date {
        match self {
            Step::Months(_) => {
                let next_day = date.naive().succ_opt().map(Date::from_naive);
                next_day.map_or(date, |d| self.shift(d).pred())
            }
            Step::Days(_) => self.shift(date),
        }
    }

    /// Whole years, when the step is a multiple of twelve months.
    pub fn whole_years(self) -> Option<i32> {
        match self {
            Step::Months(m) if m % 12 == 0 => i32::try_from(m / 12).ok(),
            _ => None,
        }
    }
}

/// The step from this period to the next one: the period's own length, so the next period
/// starts the day after this one ends. `None` for a period without an end.
pub fn step(period: &Period) -> Option<Step> {
    let to = period.to?;
    let next_from = to.naive().succ_opt()?;
    let from = period.from.naive();
    let months = month_index(next_from) - month_index(from);
    let aligned = months > 0
        && from.checked_add_months(Months::new(u32::try_from(months).ok()?)) == Some(next_from);
    if aligned {
        return Some(Step::Months(u32::try_from(months).ok()?));
    }
    let days = (next_from - from).num_days();
    u64::try_from(days).ok().filter(|d| *d > 0).map(Step::Days)
}

fn month_index(date: chrono::NaiveDate) -> i64 {
    use chrono::Datelike;
    i64::from(date.year()) * 12 + i64::from(date.month0())
}

/// The next period: as long as this one, from the day after it ends. `None` without an end.
pub fn next_period(period: &Period) -> Option<Period> {
    let step = step(period)?;
    Some(Period {
        from: step.shift(period.from),
        to: period.to.map(|d| step.shift_end(d)),
        renewal: period.renewal.clone(),
    })
}

/// The agreement for its next period: the period and every date inside it moved by one period
/// length, years in the title that lie in the old period moved with them when the step is whole
/// years. Status, history and everything else are left to the caller. `None` when the period
/// has no end.
pub fn renewed(agreement: &Agreement) -> Option<Agreement> {
    let period = &agreement.meta.period;
    let step = step(period)?;
    let mut next = agreement.clone();
    let old_years = (
        period.from.year(),
        period.to.map_or(period.from.year(), Date::year),
    );
    next.meta.period = next_period(period)?;
    if let Some(years) = step.whole_years() {
        next.meta.title = shift_years_in(&agreement.meta.title, old_years, years);
    }
    for section in &mut next.sections {
        if let Some(range) = section.mandate.as_mut().and_then(|m| m.period.as_mut()) {
            range.from = step.shift(range.from);
            range.to = range.to.map(|d| step.shift_end(d));
        }
        for goal in section.goals.iter_mut().flatten() {
            goal.deadline = goal.deadline.map(|d| step.shift(d));
        }
        for measure in section.measures.iter_mut().flatten() {
            measure.start = measure.start.map(|d| step.shift(d));
            measure.deadline = measure.deadline.map(|d| step.shift(d));
        }
        if let Some(evaluation) = section.evaluation.as_mut() {
            evaluation.next = evaluation.next.map(|d| step.shift(d));
        }
    }
    Some(next)
}

/// Moves four-digit years between `first` and `last` (inclusive) by `by`, leaving other numbers
/// (and years outside the period) as written: "Handlingsplan 2027" becomes "Handlingsplan 2028".
fn shift_years_in(text: &str, (first, last): (i32, i32), by: i32) -> String {
    let mut out = String::with_capacity(text.len());
    let mut digits = String::new();
    let flush = |digits: &mut String, out: &mut String| {
        match digits.parse::<i32>() {
            Ok(year) if digits.len() == 4 && (first..=last).contains(&year) => {
                out.push_str(&(year + by).to_string());
            }
            _ => out.push_str(digits),
        }
        digits.clear();
    };
    for c in text.chars() {
        if c.is_ascii_digit() {
            digits.push(c);
        } else {
            flush(&mut digits, &mut out);
            out.push(c);
        }
    }
    flush(&mut digits, &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(text: &str) -> Date {
        Date::parse(text).expect("date")
    }

    fn period(from: &str, to: Option<&str>) -> Period {
        Period {
            from: date(from),
            to: to.map(date),
            renewal: None,
        }
    }

    #[test]
    fn calendar_years_move_by_whole_years() {
        let p = period("2027-01-01", Some("2028-12-31"));
        let s = step(&p).expect("step");
        assert_eq!(s, Step::Months(24));
        assert_eq!(s.shift(p.from), date("2029-01-01"));
        assert_eq!(s.shift_end(date("2028-12-31")), date("2030-12-31"));
        assert_eq!(s.whole_years(), Some(2));
    }

    #[test]
    fn school_years_and_month_ends_keep_their_shape() {
        let p = period("2026-08-01", Some("2027-07-31"));
        let s = step(&p).expect("step");
        assert_eq!(s, Step::Months(12));
        // The end of February stays the end of February across a leap year.
        assert_eq!(s.shift_end(date("2027-02-28")), date("2028-02-29"));
        assert_eq!(s.shift_end(date("2028-02-29")), date("2029-02-28"));
        // A plain date on the 29th of February lands on the 28th the year after.
        assert_eq!(s.shift(date("2028-02-29")), date("2029-02-28"));
    }

    #[test]
    fn odd_periods_move_by_days() {
        // Mid-month to mid-month is still whole months…
        let p = period("2026-12-15", Some("2027-03-14"));
        assert_eq!(step(&p), Some(Step::Months(3)));
        // …but a period that ends on another day of the month moves by its length in days.
        let p = period("2026-12-15", Some("2027-03-10"));
        let s = step(&p).expect("step");
        assert_eq!(s, Step::Days(86));
        assert_eq!(s.shift(p.from), date("2027-03-11"));
        assert_eq!(s.whole_years(), None);
    }

    #[test]
    fn a_period_without_an_end_has_no_next_period() {
        assert_eq!(step(&period("2026-01-01", None)), None);
    }

    #[test]
    fn years_in_the_title_follow_the_period() {
        assert_eq!(
            shift_years_in("Handlingsplan 2027–2028 (sak 12345, 1999)", (2027, 2028), 2),
            "Handlingsplan 2029–2030 (sak 12345, 1999)"
        );
        assert_eq!(shift_years_in("Avtale", (2027, 2028), 2), "Avtale");
    }
}
