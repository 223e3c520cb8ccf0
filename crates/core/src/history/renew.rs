//! Moving an agreement in time: renewal ("Forny avtale", the next period) and moving the period
//! (an agreement entered with the starter's default period that really ran another one). Both
//! are [`moved`]: the period is set as given, and every structured date in the agreement and the
//! years in its title move by one [`Step`], the step from the old start to the new.
//!
//! The studies describe agreements of one to four years that are renewed and revised rather
//! than written anew (SINTEF 2010 §3.2, status "fornyet"); renewal keeps the text the parties
//! already agreed on and moves only the calendar.
//!
//! The rules:
//! - The step is whole months (forward or back) when the old start moved by whole months lands
//!   on the new start (1 January 2027 → 1 January 2021 is 72 months back), otherwise days.
//! - With a step of months, a date on the last day of its month stays on the last day of its
//!   month (30 June → 30 June, 28 February 2027 + 12 months → 29 February 2028); other dates
//!   keep their day, or take the month's last day when it is shorter (29 February + 12 months is
//!   28 February).
//! - A date equal to the old period's end follows the new end, whatever the step: when the new
//!   period is shorter or longer than the old one, a goal "by the end of the period" is still at
//!   the end. A date that lands after the new end (only when the new period is shorter) moves
//!   by the step like any other and is marked [`DateMove::after_end`]; the checks report it.
//! - Years in the title move when the step is whole years, and only the years that lie in the
//!   old period ("Handlingsplan 2027" becomes "Handlingsplan 2028", "sak 12345" stays).
//! - Prose is not read: dates written in the text are not moved here. Live references in the
//!   text follow the period by themselves, and hand-written dates are for the contradiction
//!   check. Such dates could join [`Moved::moves`] later as moves of their own.
//! - The parent's period copied into `meta.parent` is the main agreement's and stays.

use chrono::{Datelike, Days, Months, NaiveDate};

use crate::agreement::{Agreement, Period, SectionId};
use crate::date::Date;

/// How far every date moves: whole months or days, forward (positive) or back (negative).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// Whole months: a month's last day stays a month's last day; another day is kept, or
    /// becomes the month's last day when the month is shorter.
    Months(i32),
    /// Days.
    Days(i64),
}

impl Step {
    /// Moves a date by this step (the date itself when the result would leave the calendar).
    pub fn shift(self, date: Date) -> Date {
        let d = date.naive();
        let moved = match self {
            Step::Months(m) if is_month_end(d) => {
                // From the first of the next month, and back one day: the last day again.
                d.succ_opt()
                    .and_then(|first| add_months(first, m))
                    .and_then(|first| first.pred_opt())
            }
            Step::Months(m) => add_months(d, m),
            Step::Days(n) if n >= 0 => d.checked_add_days(Days::new(n.unsigned_abs())),
            Step::Days(n) => d.checked_sub_days(Days::new(n.unsigned_abs())),
        };
        moved.map_or(date, Date::from_naive)
    }

    /// The step that moves back again.
    pub fn back(self) -> Step {
        match self {
            Step::Months(m) => Step::Months(-m),
            Step::Days(n) => Step::Days(-n),
        }
    }

    /// Whether dates stay where they are.
    pub fn is_zero(self) -> bool {
        matches!(self, Step::Months(0) | Step::Days(0))
    }

    /// Whole years (negative back), when the step is a multiple of twelve months.
    pub fn whole_years(self) -> Option<i32> {
        match self {
            Step::Months(m) if m % 12 == 0 => Some(m / 12),
            _ => None,
        }
    }
}

fn add_months(date: NaiveDate, months: i32) -> Option<NaiveDate> {
    let by = Months::new(months.unsigned_abs());
    if months >= 0 {
        date.checked_add_months(by)
    } else {
        date.checked_sub_months(by)
    }
}

fn is_month_end(date: NaiveDate) -> bool {
    date.succ_opt().is_some_and(|next| next.day() == 1)
}

fn month_index(date: NaiveDate) -> i64 {
    i64::from(date.year()) * 12 + i64::from(date.month0())
}

/// The step that takes `from` to `to`: whole months when moving `from` by whole months lands on
/// `to`, otherwise days.
pub fn step_between(from: Date, to: Date) -> Step {
    let months = month_index(to.naive()) - month_index(from.naive());
    if let Ok(months) = i32::try_from(months) {
        let by_months = Step::Months(months);
        if by_months.shift(from) == to {
            return by_months;
        }
    }
    Step::Days((to.naive() - from.naive()).num_days())
}

/// The step from this period to the next one: the period's own length, so the next period
/// starts the day after this one ends. `None` for a period without an end.
pub fn step(period: &Period) -> Option<Step> {
    let next_from = Date::from_naive(period.to?.naive().succ_opt()?);
    let step = step_between(period.from, next_from);
    (!step.is_zero() && next_from > period.from).then_some(step)
}

/// The next period: as long as this one, from the day after it ends. `None` without an end.
pub fn next_period(period: &Period) -> Option<Period> {
    let step = step(period)?;
    let from = step.shift(period.from);
    // The last day of the next period is the day before the one after it starts.
    let to = step.shift(from).pred();
    Some(Period {
        from,
        to: Some(to),
        renewal: period.renewal.clone(),
    })
}

/// Why the period cannot be moved.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MoveError {
    /// The new period ends before it starts.
    #[error("the period {from} – {to} ends before it starts")]
    EndsBeforeStart {
        /// The new start.
        from: Date,
        /// The new end.
        to: Date,
    },
    /// The agreement is signed (or in force, or expired): its text is what was signed.
    #[error("the agreement is {0:?}; a signed agreement's dates are not moved")]
    Frozen(crate::agreement::Status),
}

/// One date that moves, and where it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateMove {
    /// The field's path (`meta.period.to`, `sections[6].goals[0].deadline`), the address the
    /// editor and the checks use.
    pub field: String,
    /// The section the date is in; none for the period itself.
    pub section: Option<SectionId>,
    /// That section's title.
    pub section_title: Option<String>,
    /// The item in the section the date belongs to: the goal, the measure, the group.
    pub item: Option<String>,
    /// The date before.
    pub from: Date,
    /// The date after.
    pub to: Date,
    /// Whether it lands after the new period's end (only when the new period is shorter).
    pub after_end: bool,
}

impl DateMove {
    /// The field's name in the file (`deadline`, `next`, `from`): the last step of its path.
    pub fn key(&self) -> &str {
        self.field.rsplit('.').next().unwrap_or(&self.field)
    }
}

/// An agreement moved to another period, with what moved.
#[derive(Debug, Clone, PartialEq)]
pub struct Moved {
    /// The agreement with its new period and every date moved (status and history as given).
    pub agreement: Agreement,
    /// How far the dates moved.
    pub step: Step,
    /// The dates that changed, the period's own first, then in reading order.
    pub moves: Vec<DateMove>,
    /// The title before and after, when years in it moved.
    pub title: Option<(String, String)>,
}

/// The agreement moved to `period`: the period set as given, and every structured date and the
/// years in the title moved as the module's rules say. Refused when the period ends before it
/// starts.
pub fn moved(agreement: &Agreement, period: &Period) -> Result<Moved, MoveError> {
    if let Some(to) = period.to
        && to < period.from
    {
        return Err(MoveError::EndsBeforeStart {
            from: period.from,
            to,
        });
    }
    let old = &agreement.meta.period;
    let step = step_between(old.from, period.from);
    let mut next = agreement.clone();
    let mut mover = Mover {
        step,
        old_end: old.to,
        new_end: period.to,
        moves: Vec::new(),
    };
    // The period itself is set as given, and listed when it changed.
    mover.note("meta.period.from", old.from, period.from);
    if let (Some(from), Some(to)) = (old.to, period.to) {
        mover.note("meta.period.to", from, to);
    }
    next.meta.period = period.clone();
    let old_years = (old.from.year(), old.to.map_or(old.from.year(), Date::year));
    if let Some(years) = step.whole_years().filter(|y| *y != 0) {
        next.meta.title = shift_years_in(&agreement.meta.title, old_years, years);
    }
    let title = (next.meta.title != agreement.meta.title)
        .then(|| (agreement.meta.title.clone(), next.meta.title.clone()));
    for (i, section) in next.sections.iter_mut().enumerate() {
        let at = Section {
            path: format!("sections[{i}]"),
            id: section.id.clone(),
            title: section.title.clone(),
        };
        if let Some(mandate) = section.mandate.as_mut()
            && let Some(range) = mandate.period.as_mut()
        {
            let item = Some(mandate.group.as_str());
            range.from = mover.shift(&at, "mandate.period.from", item, range.from);
            if let Some(to) = range.to {
                range.to = Some(mover.shift(&at, "mandate.period.to", item, to));
            }
        }
        for (g, goal) in section.goals.iter_mut().flatten().enumerate() {
            if let Some(d) = goal.deadline {
                let field = format!("goals[{g}].deadline");
                goal.deadline = Some(mover.shift(&at, &field, Some(&goal.goal), d));
            }
        }
        for (m, measure) in section.measures.iter_mut().flatten().enumerate() {
            let item = Some(measure.name.as_str());
            if let Some(d) = measure.start {
                let field = format!("measures[{m}].start");
                measure.start = Some(mover.shift(&at, &field, item, d));
            }
            if let Some(d) = measure.deadline {
                let field = format!("measures[{m}].deadline");
                measure.deadline = Some(mover.shift(&at, &field, item, d));
            }
        }
        if let Some(evaluation) = section.evaluation.as_mut()
            && let Some(d) = evaluation.next
        {
            evaluation.next = Some(mover.shift(&at, "evaluation.next", None, d));
        }
    }
    Ok(Moved {
        agreement: next,
        step,
        moves: mover.moves,
        title,
    })
}

/// A section, for naming where a date is.
struct Section {
    path: String,
    id: SectionId,
    title: String,
}

/// Moves dates by the step, the old end to the new end, and lists what changed.
struct Mover {
    step: Step,
    old_end: Option<Date>,
    new_end: Option<Date>,
    moves: Vec<DateMove>,
}

impl Mover {
    /// The date `date` at `field` of `section` moved.
    fn shift(&mut self, section: &Section, field: &str, item: Option<&str>, date: Date) -> Date {
        let to = match (self.old_end, self.new_end) {
            (Some(old), Some(new)) if date == old => new,
            _ => self.step.shift(date),
        };
        if to != date {
            self.moves.push(DateMove {
                field: format!("{}.{field}", section.path),
                section: Some(section.id.clone()),
                section_title: Some(section.title.clone()),
                item: item.map(str::to_owned),
                from: date,
                to,
                after_end: self.new_end.is_some_and(|end| to > end),
            });
        }
        to
    }

    /// Lists a change of the period itself.
    fn note(&mut self, field: &str, from: Date, to: Date) {
        if from != to {
            self.moves.push(DateMove {
                field: field.to_owned(),
                section: None,
                section_title: None,
                item: None,
                from,
                to,
                after_end: false,
            });
        }
    }
}

/// The agreement for its next period: the period and every date inside it moved by one period
/// length ([`moved`] to [`next_period`]). Status, history and everything else are left to the
/// caller. `None` when the period has no end.
pub fn renewed(agreement: &Agreement) -> Option<Agreement> {
    let next = next_period(&agreement.meta.period)?;
    moved(agreement, &next).ok().map(|m| m.agreement)
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
        assert_eq!(s.shift(date("2028-12-31")), date("2030-12-31"));
        assert_eq!(s.whole_years(), Some(2));
        assert_eq!(
            next_period(&p),
            Some(period("2029-01-01", Some("2030-12-31")))
        );
    }

    #[test]
    fn school_years_and_month_ends_keep_their_shape() {
        let p = period("2026-08-01", Some("2027-07-31"));
        let s = step(&p).expect("step");
        assert_eq!(s, Step::Months(12));
        // The end of February stays the end of February across a leap year, both ways.
        assert_eq!(s.shift(date("2027-02-28")), date("2028-02-29"));
        assert_eq!(s.shift(date("2028-02-29")), date("2029-02-28"));
        assert_eq!(s.back().shift(date("2028-02-29")), date("2027-02-28"));
        // The end of a half-year stays the end of a half-year.
        assert_eq!(
            Step::Months(-6).shift(date("2027-06-30")),
            date("2026-12-31")
        );
        // A day that is not the month's last keeps its number, or the month's last day.
        assert_eq!(
            Step::Months(1).shift(date("2027-01-30")),
            date("2027-02-28")
        );
        assert_eq!(
            Step::Months(-12).shift(date("2027-03-15")),
            date("2026-03-15")
        );
    }

    #[test]
    fn odd_periods_move_by_days() {
        // Mid-month to mid-month is still whole months…
        let p = period("2026-12-15", Some("2027-03-14"));
        assert_eq!(step(&p), Some(Step::Months(3)));
        assert_eq!(
            next_period(&p),
            Some(period("2027-03-15", Some("2027-06-14")))
        );
        // …but a period that ends on another day of the month moves by its length in days.
        let p = period("2026-12-15", Some("2027-03-10"));
        let s = step(&p).expect("step");
        assert_eq!(s, Step::Days(86));
        assert_eq!(s.shift(p.from), date("2027-03-11"));
        assert_eq!(s.back().shift(date("2027-03-11")), p.from);
        assert_eq!(s.whole_years(), None);
    }

    #[test]
    fn the_step_between_two_starts_is_signed() {
        assert_eq!(
            step_between(date("2027-01-01"), date("2021-01-01")),
            Step::Months(-72)
        );
        assert_eq!(Step::Months(-72).whole_years(), Some(-6));
        assert_eq!(
            step_between(date("2027-01-01"), date("2027-01-11")),
            Step::Days(10)
        );
        assert_eq!(
            step_between(date("2027-01-11"), date("2027-01-01")),
            Step::Days(-10)
        );
        assert_eq!(
            step_between(date("2027-01-01"), date("2027-01-01")),
            Step::Months(0)
        );
        // Month ends are month ends both ways.
        assert_eq!(
            step_between(date("2027-01-31"), date("2027-02-28")),
            Step::Months(1)
        );
        assert_eq!(
            step_between(date("2027-02-28"), date("2027-01-31")),
            Step::Months(-1)
        );
    }

    #[test]
    fn a_period_without_an_end_has_no_next_period() {
        assert_eq!(step(&period("2026-01-01", None)), None);
        assert_eq!(next_period(&period("2026-01-01", None)), None);
    }

    #[test]
    fn years_in_the_title_follow_the_period() {
        assert_eq!(
            shift_years_in("Handlingsplan 2027–2028 (sak 12345, 1999)", (2027, 2028), 2),
            "Handlingsplan 2029–2030 (sak 12345, 1999)"
        );
        assert_eq!(
            shift_years_in("Avtale 2027–2030", (2027, 2030), -6),
            "Avtale 2021–2024"
        );
        assert_eq!(shift_years_in("Avtale", (2027, 2028), 2), "Avtale");
    }
}
