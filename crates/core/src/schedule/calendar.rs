//! The meeting calendar: the concrete dates on which each meeting body of an agreement meets
//! within the agreement's period, a view per year, and the meeting load per party and per role.
//!
//! How dates are placed (the rules the tests pin down):
//!
//! - Meetings fall on **Tuesday, Wednesday or Thursday** that are working days outside the breaks
//!   of [`crate::holidays`] (summer weeks 27–32, 20 December–2 January, Easter week). Mid-week
//!   days keep meetings away from the long weekends around holidays and from Monday's and
//!   Friday's leave. Only `per_week` above 3 uses Monday and Friday too.
//! - **`per_year: n`** spreads n meetings evenly over the year's meeting days: the i-th meeting
//!   is the meeting day in the middle of the i-th of n equal shares (2 a year gives March and
//!   October, the spring and autumn meetings of the studies).
//! - **`per_month: n`** does the same within each month; a month with no meeting day (July) has
//!   no meeting. **`months: [..]`** gives one meeting in the middle of each named month; a named
//!   month that lies wholly in a break still gets its meeting, on a mid-week working day, since
//!   the drafter chose it.
//! - **`per_week: n`** meets on Tuesday (1), Tuesday and Thursday (2), Tuesday to Thursday (3),
//!   Monday to Thursday (4) or every working day (5 or more). **`every_weeks: n`** meets on the
//!   Tuesday of every n-th week, counted from the first week whose Tuesday is inside the period.
//!   In both, a meeting on a holiday moves to the nearest free Tuesday–Thursday of the same week
//!   (the later day on a tie), and a week in a break is skipped without shifting the series.
//! - **`as_needed`** gives no dates; the body is listed with `as_needed` set.
//! - **Regions**: a body held in several regions meets once in each region for every date its
//!   cadence gives. Bodies without regions are placed first and keep the dates above; then
//!   each region's meeting goes to the nearest free meeting day (Tuesday–Thursday, working, not
//!   in a break, inside the period, in the same month, at most [`REGION_REACH_DAYS`] days away,
//!   the later day on a tie): free means no other body and no other region meets that day. When no day is free,
//!   the meeting keeps the cadence's date. Every meeting says which region it is for.
//! - Nothing falls before the period's first day or after its last. Slots are placed over whole
//!   years and months and then cut to the period, so a period starting in December gets only the
//!   slots left in that year, which prorates a short first or last year by where its meetings
//!   fall. An open-ended period is shown for [`OPEN_ENDED_YEARS`] years.

use std::collections::BTreeMap;

use chrono::{Datelike, Duration, NaiveDate, Weekday};
use serde::Serialize;
use thiserror::Error;

use crate::agreement::{Agreement, PartyId, SectionId};
use crate::clause::{Cadence, Holder, Level, MeetingBody, Member};
use crate::date::Date;
use crate::holidays;

/// The length of a meeting whose body gives no `hours`. The studies name one hour for a short
/// update meeting (`seed-iris-2017-dropout-cooperation.md` §1.3, S:1340-1343); a working
/// meeting with cases, agenda and minutes (§2.3 R12) runs longer. Two hours is the upper end,
/// so the load is not underestimated.
pub const DEFAULT_MEETING_HOURS: f64 = 2.0;

/// A role or party with more meeting hours than this in a month is flagged as overloaded.
///
/// The most frequent rhythm the studies report as working is a weekly operative meeting
/// (`seed-iris-2017-dropout-cooperation.md` §1.3, the pupil-services meeting, S:1414-1422; the
/// limit of check AV020 for operative bodies). One such meeting of [`DEFAULT_MEETING_HOURS`] in a
/// month with five meeting weeks makes 10 hours. More than that is more than a weekly meeting,
/// and too many meetings lead to skipped meetings, few decisions and little output (§2.3 R14,
/// §3 B13, S:1380-1383; "marerittet er liksom faste oppfølgingsmøter", S:1364-1366).
pub const MAX_HOURS_PER_MONTH: f64 = 10.0;

/// How many years an agreement without an end date is shown for: the longest period the studies
/// see used (`seed-sintef-2010-county-agreements.md` §4.2 R17–R18, 1–4 years; check AV024).
pub const OPEN_ENDED_YEARS: i32 = 4;

/// The longest period a calendar is made for; longer periods are refused rather than cut.
pub const MAX_CALENDAR_YEARS: i32 = 20;

/// How far (in days) a region's meeting may move from the date its cadence gives, looking for a
/// day no other meeting has: two weeks either way (and never out of its month), so a monthly or
/// quarterly rhythm is kept and four regions find days around a date that falls at a month's
/// end.
pub const REGION_REACH_DAYS: i64 = 14;

/// Why no calendar can be made.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum CalendarError {
    /// The period's last day is before its first.
    #[error("the agreement period ends before it starts")]
    PeriodEndsBeforeStart,
    /// The period is longer than [`MAX_CALENDAR_YEARS`].
    #[error("the agreement period is longer than {max_years} years")]
    PeriodTooLong {
        /// The limit in years.
        max_years: i32,
    },
}

/// The meeting calendar of one agreement.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct Calendar {
    /// The agreement's `meta.id`.
    pub agreement_id: String,
    /// The first day covered: the period's first day.
    pub from: Date,
    /// The last day covered: the period's last day, or [`OPEN_ENDED_YEARS`] on when it has none.
    pub to: Date,
    /// Whether the period has no end date, so `to` is a horizon, not the end.
    pub open_ended: bool,
    /// Every meeting body, in the order of the agreement.
    pub bodies: Vec<BodySchedule>,
    /// The meetings of each calendar year the period touches.
    pub years: Vec<YearSchedule>,
    /// Meeting hours per month, per party and per role.
    pub load: MeetingLoad,
}

/// One meeting body and the dates it meets.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct BodySchedule {
    /// The section that holds the body.
    pub section: SectionId,
    /// The body's place in the section's `meetings` list.
    pub index: u32,
    /// The body's name.
    pub name: String,
    /// Strategic or operative.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub level: Option<Level>,
    /// Who chairs.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub chair: Option<Holder>,
    /// Members, by role.
    pub members: Vec<Member>,
    /// Hours per meeting: the body's `hours`, or [`DEFAULT_MEETING_HOURS`].
    pub hours: f64,
    /// Whether `hours` is the default because the body gives none (or none between 0 and 24).
    pub hours_assumed: bool,
    /// How often the body meets.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub cadence: Option<Cadence>,
    /// Whether the body meets only as needed, so it has no dates.
    pub as_needed: bool,
    /// The meeting dates, in order: for a body held in regions, every region's meetings.
    pub dates: Vec<Date>,
    /// The body's regions, each with its own dates; empty when the body meets as one.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "ts", ts(as = "Option<Vec<RegionDates>>", optional))]
    pub regions: Vec<RegionDates>,
}

/// The meetings of one region of a body held in several.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct RegionDates {
    /// The region or place, as the body names it.
    pub region: String,
    /// Its meeting dates, in order.
    pub dates: Vec<Date>,
}

/// The meetings of one calendar year.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct YearSchedule {
    /// The year.
    pub year: i32,
    /// Its meetings by date, then by body order.
    pub meetings: Vec<ScheduledMeeting>,
    /// The hours of all its meetings together.
    pub hours: f64,
}

/// One meeting on one day.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct ScheduledMeeting {
    /// The day.
    pub date: Date,
    /// The body's place in [`Calendar::bodies`].
    pub body: u32,
    /// The body's name.
    pub name: String,
    /// The region the meeting is for, when the body is held in several.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub region: Option<String>,
}

/// Meeting hours per month for every party and every role, with the months above the
/// threshold.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct MeetingLoad {
    /// [`MAX_HOURS_PER_MONTH`].
    pub threshold_hours_per_month: f64,
    /// One row per party. A party's hours are those of the meetings where it has a member or
    /// the chair: the time the party is tied up, not person-hours. For a body held in regions
    /// the party's people in each region attend their own region's meeting, so it counts as
    /// one region's meetings (the region with the most hours that month), not their sum.
    pub parties: Vec<LoadRow>,
    /// One row per role (the member's role text and party), in order of first appearance. A
    /// role in a body held in regions is held by someone in each region, who attends that
    /// region's meetings only: one region's hours (the most in that month), not their sum.
    pub roles: Vec<LoadRow>,
}

/// The meeting hours of one party or role.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct LoadRow {
    /// The role, for a role's row.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub role: Option<String>,
    /// The party: the row's party, or the role's party when it has one.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub party: Option<PartyId>,
    /// Hours in every month from the calendar's first to its last, in order.
    pub months: Vec<MonthHours>,
    /// The most hours in one month.
    pub peak_hours: f64,
    /// Hours per month on average over the calendar's months.
    pub average_hours: f64,
    /// The months with more than [`MAX_HOURS_PER_MONTH`] hours.
    pub over_threshold: Vec<MonthHours>,
}

/// Hours in one month.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct MonthHours {
    /// The year.
    pub year: i32,
    /// The month, 1–12.
    pub month: u32,
    /// The hours.
    pub hours: f64,
}

/// Makes the meeting calendar of an agreement: every meeting body in every section, over the
/// agreement's period.
pub fn calendar(agreement: &Agreement) -> Result<Calendar, CalendarError> {
    let (from, to, open_ended) = span(agreement)?;
    let mut bodies = Vec::new();
    for section in &agreement.sections {
        for (index, body) in section.meetings.iter().flatten().enumerate() {
            bodies.push(schedule(&section.id, index, body, from, to));
        }
    }
    spread_regions(agreement, &mut bodies, from, to);
    let years = year_view(&bodies, from, to);
    let load = load(agreement, &bodies, from, to);
    Ok(Calendar {
        agreement_id: agreement.meta.id.clone(),
        from: from.into(),
        to: to.into(),
        open_ended,
        bodies,
        years,
        load,
    })
}

/// The first and last day of the calendar, and whether the period is open-ended.
fn span(agreement: &Agreement) -> Result<(NaiveDate, NaiveDate, bool), CalendarError> {
    let period = &agreement.meta.period;
    let from = period.from;
    let (to, open_ended) = match period.to {
        Some(to) => (to, false),
        None => (from.add_years(OPEN_ENDED_YEARS).pred(), true),
    };
    if to < from {
        return Err(CalendarError::PeriodEndsBeforeStart);
    }
    if to > from.add_years(MAX_CALENDAR_YEARS) {
        return Err(CalendarError::PeriodTooLong {
            max_years: MAX_CALENDAR_YEARS,
        });
    }
    Ok((from.naive(), to.naive(), open_ended))
}

fn schedule(
    section: &SectionId,
    index: usize,
    body: &MeetingBody,
    from: NaiveDate,
    to: NaiveDate,
) -> BodySchedule {
    let (hours, hours_assumed) = match body.hours {
        Some(h) if h.is_finite() && h > 0.0 && h <= 24.0 => (h, false),
        _ => (DEFAULT_MEETING_HOURS, true),
    };
    let dates = body
        .cadence
        .as_ref()
        .map(|c| dates(c, from, to))
        .unwrap_or_default();
    BodySchedule {
        section: section.clone(),
        index: u32::try_from(index).unwrap_or(u32::MAX),
        name: body.name.clone(),
        level: body.level,
        chair: body.chair.clone(),
        members: body.members.clone(),
        hours,
        hours_assumed,
        cadence: body.cadence.clone(),
        as_needed: matches!(body.cadence, Some(Cadence::AsNeeded(_))),
        dates: dates.into_iter().map(Date::from).collect(),
        regions: Vec::new(),
    }
}

/// The regions a body is held in: its named regions, trimmed, blank and repeated ones left out
/// (the checks report them).
pub fn regions(body: &MeetingBody) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for region in &body.regions {
        let region = region.trim();
        if !region.is_empty() && !out.iter().any(|r| crate::model::name::same_name(r, region)) {
            out.push(region.to_owned());
        }
    }
    out
}

/// Gives each region of the bodies held in regions its own dates: for each date of the
/// cadence, one meeting per region on the nearest day no other meeting has (see the module's
/// rules). Bodies without regions keep their dates and are placed first.
fn spread_regions(
    agreement: &Agreement,
    bodies: &mut [BodySchedule],
    from: NaiveDate,
    to: NaiveDate,
) {
    let named: Vec<Vec<String>> = bodies
        .iter()
        .map(|b| {
            agreement
                .section(&b.section)
                .and_then(|s| s.meetings.as_ref())
                .and_then(|m| m.get(b.index as usize))
                .map(regions)
                .unwrap_or_default()
        })
        .collect();
    let mut taken: std::collections::BTreeSet<NaiveDate> = bodies
        .iter()
        .zip(&named)
        .filter(|(_, r)| r.is_empty())
        .flat_map(|(b, _)| b.dates.iter().map(|d| d.naive()))
        .collect();
    for (body, names) in bodies.iter_mut().zip(named) {
        if names.is_empty() {
            continue;
        }
        let mut per_region: Vec<Vec<Date>> = vec![Vec::new(); names.len()];
        for date in &body.dates {
            let wanted = date.naive();
            for dates in &mut per_region {
                let day = free_day_near(wanted, from, to, &taken).unwrap_or(wanted);
                taken.insert(day);
                dates.push(Date::from(day));
            }
        }
        let mut all: Vec<Date> = per_region.iter().flatten().copied().collect();
        all.sort();
        body.dates = all;
        body.regions = names
            .into_iter()
            .zip(per_region)
            .map(|(region, mut dates)| {
                dates.sort();
                RegionDates { region, dates }
            })
            .collect();
    }
}

/// The meeting day nearest `wanted` (itself first, then the later day on a tie) within
/// [`REGION_REACH_DAYS`] and the same month that is inside the period and not taken. The month
/// is kept so a cadence of named months holds, and each region has the month's meetings the
/// cadence gives.
fn free_day_near(
    wanted: NaiveDate,
    from: NaiveDate,
    to: NaiveDate,
    taken: &std::collections::BTreeSet<NaiveDate>,
) -> Option<NaiveDate> {
    let free = |d: NaiveDate| {
        (from..=to).contains(&d)
            && d.month() == wanted.month()
            && is_mid_week_meeting_day(d)
            && !taken.contains(&d)
    };
    if !taken.contains(&wanted) && (from..=to).contains(&wanted) {
        return Some(wanted);
    }
    (1..=REGION_REACH_DAYS)
        .flat_map(|k| [wanted + Duration::days(k), wanted - Duration::days(k)])
        .find(|d| free(*d))
}

/// The meeting dates a cadence gives from `from` to `to`, both included, in order.
pub fn dates(cadence: &Cadence, from: NaiveDate, to: NaiveDate) -> Vec<NaiveDate> {
    let mut dates = match cadence {
        Cadence::PerYear(n) => per_year(*n, from, to),
        Cadence::PerMonth(n) => per_month(*n, from, to),
        Cadence::Months(months) => in_months(months, from, to),
        Cadence::PerWeek(n) => weekly(1, &week_pattern(*n), from, to),
        Cadence::EveryWeeks(n) => weekly(*n, &[Weekday::Tue], from, to),
        Cadence::AsNeeded(_) => Vec::new(),
    };
    dates.retain(|d| (from..=to).contains(d));
    dates.sort();
    dates.dedup();
    dates
}

/// Whether a meeting may be placed on this day: a working Tuesday–Thursday outside the breaks.
fn is_mid_week_meeting_day(date: NaiveDate) -> bool {
    is_mid_week(date) && holidays::is_meeting_day(date)
}

fn is_mid_week(date: NaiveDate) -> bool {
    matches!(date.weekday(), Weekday::Tue | Weekday::Wed | Weekday::Thu)
}

/// The days from `first` to `last`, both included, that pass `keep`.
fn days(first: NaiveDate, last: NaiveDate, keep: fn(NaiveDate) -> bool) -> Vec<NaiveDate> {
    first
        .iter_days()
        .take_while(|d| *d <= last)
        .filter(|d| keep(*d))
        .collect()
}

/// n of the days, evenly spread: the middle day of each of n equal shares.
fn spread(days: &[NaiveDate], n: u32) -> Vec<NaiveDate> {
    let len = days.len();
    let n = (n as usize).min(len);
    (0..n)
        .filter_map(|i| days.get((2 * i + 1) * len / (2 * n)).copied())
        .collect()
}

fn year_bounds(year: i32) -> Option<(NaiveDate, NaiveDate)> {
    Some((
        NaiveDate::from_ymd_opt(year, 1, 1)?,
        NaiveDate::from_ymd_opt(year, 12, 31)?,
    ))
}

fn month_bounds(year: i32, month: u32) -> Option<(NaiveDate, NaiveDate)> {
    let first = NaiveDate::from_ymd_opt(year, month, 1)?;
    let next = if month == 12 {
        NaiveDate::from_ymd_opt(year + 1, 1, 1)?
    } else {
        NaiveDate::from_ymd_opt(year, month + 1, 1)?
    };
    Some((first, next.pred_opt()?))
}

/// Every (year, month) from the month of `from` to the month of `to`.
fn months_between(from: NaiveDate, to: NaiveDate) -> Vec<(i32, u32)> {
    let mut out = Vec::new();
    let (mut y, mut m) = (from.year(), from.month());
    while (y, m) <= (to.year(), to.month()) {
        out.push((y, m));
        (y, m) = if m == 12 { (y + 1, 1) } else { (y, m + 1) };
    }
    out
}

fn per_year(n: u32, from: NaiveDate, to: NaiveDate) -> Vec<NaiveDate> {
    (from.year()..=to.year())
        .filter_map(year_bounds)
        .flat_map(|(first, last)| spread(&days(first, last, is_mid_week_meeting_day), n))
        .collect()
}

fn per_month(n: u32, from: NaiveDate, to: NaiveDate) -> Vec<NaiveDate> {
    months_between(from, to)
        .into_iter()
        .filter_map(|(y, m)| month_bounds(y, m))
        .flat_map(|(first, last)| spread(&days(first, last, is_mid_week_meeting_day), n))
        .collect()
}

fn in_months(months: &[u32], from: NaiveDate, to: NaiveDate) -> Vec<NaiveDate> {
    months_between(from, to)
        .into_iter()
        .filter(|(_, m)| months.contains(m))
        .filter_map(|(y, m)| month_bounds(y, m))
        .flat_map(|(first, last)| {
            let mut candidates = days(first, last, is_mid_week_meeting_day);
            if candidates.is_empty() {
                candidates = days(first, last, |d| {
                    is_mid_week(d) && holidays::is_working_day(d)
                });
            }
            spread(&candidates, 1)
        })
        .collect()
}

/// The weekdays of `per_week: n`.
fn week_pattern(n: u32) -> Vec<Weekday> {
    use Weekday::{Fri, Mon, Thu, Tue, Wed};
    match n {
        0 => vec![],
        1 => vec![Tue],
        2 => vec![Tue, Thu],
        3 => vec![Tue, Wed, Thu],
        4 => vec![Mon, Tue, Wed, Thu],
        _ => vec![Mon, Tue, Wed, Thu, Fri],
    }
}

/// Meetings on `pattern` in every `step`-th week, starting with the first week whose first
/// pattern day is on or after `from`.
fn weekly(step: u32, pattern: &[Weekday], from: NaiveDate, to: NaiveDate) -> Vec<NaiveDate> {
    let Some(first_day) = pattern.first() else {
        return Vec::new();
    };
    if step == 0 {
        return Vec::new();
    }
    let mut monday = from.week(Weekday::Mon).first_day();
    if weekday_in(monday, *first_day) < from {
        monday += Duration::weeks(1);
    }
    let mut out = Vec::new();
    while monday <= to {
        out.extend(week_dates(monday, pattern));
        monday += Duration::weeks(i64::from(step));
    }
    out
}

fn weekday_in(monday: NaiveDate, day: Weekday) -> NaiveDate {
    monday + Duration::days(i64::from(day.num_days_from_monday()))
}

/// The meeting days of one week: each pattern day, or when it is not a meeting day the nearest
/// free mid-week meeting day of the same week (the later on a tie). A week in a break has none.
fn week_dates(monday: NaiveDate, pattern: &[Weekday]) -> Vec<NaiveDate> {
    let wanted: Vec<NaiveDate> = pattern.iter().map(|d| weekday_in(monday, *d)).collect();
    let mut taken: Vec<NaiveDate> = wanted
        .iter()
        .copied()
        .filter(|d| holidays::is_meeting_day(*d))
        .collect();
    for day in wanted.iter().filter(|d| !holidays::is_meeting_day(**d)) {
        let mut alternatives: Vec<NaiveDate> = (1..=3)
            .map(|i| monday + Duration::days(i))
            .filter(|d| is_mid_week_meeting_day(*d) && !taken.contains(d))
            .collect();
        alternatives.sort_by_key(|d| ((*d - *day).num_days().abs(), -d.num_days_from_ce()));
        if let Some(alternative) = alternatives.first() {
            taken.push(*alternative);
        }
    }
    taken
}

fn year_view(bodies: &[BodySchedule], from: NaiveDate, to: NaiveDate) -> Vec<YearSchedule> {
    (from.year()..=to.year())
        .map(|year| {
            let mut meetings = Vec::new();
            let mut hours = 0.0;
            for (i, body) in bodies.iter().enumerate() {
                let instances: Vec<(Option<&String>, &Vec<Date>)> = if body.regions.is_empty() {
                    vec![(None, &body.dates)]
                } else {
                    body.regions
                        .iter()
                        .map(|r| (Some(&r.region), &r.dates))
                        .collect()
                };
                for (region, dates) in instances {
                    for date in dates.iter().filter(|d| d.year() == year) {
                        hours += body.hours;
                        meetings.push(ScheduledMeeting {
                            date: *date,
                            body: u32::try_from(i).unwrap_or(u32::MAX),
                            name: body.name.clone(),
                            region: region.cloned(),
                        });
                    }
                }
            }
            meetings.sort_by_key(|m| (m.date, m.body));
            YearSchedule {
                year,
                meetings,
                hours,
            }
        })
        .collect()
}

/// Who a load row is for: a party, or a role with its party.
type LoadKey = (Option<String>, Option<PartyId>);

/// Hours per (year, month) for each load row, in row order.
type Tally = Vec<(LoadKey, BTreeMap<(i32, u32), f64>)>;

fn load(
    agreement: &Agreement,
    bodies: &[BodySchedule],
    from: NaiveDate,
    to: NaiveDate,
) -> MeetingLoad {
    let months = months_between(from, to);
    let mut parties: Tally = agreement
        .parties
        .iter()
        .map(|p| ((None, Some(p.id.clone())), BTreeMap::new()))
        .collect();
    let mut roles: Tally = Vec::new();
    for body in bodies {
        for key in body_parties(body) {
            add_hours(&mut parties, (None, Some(key)), body);
        }
        let mut keys: Vec<LoadKey> = Vec::new();
        for member in &body.members {
            let key = (Some(member.role.trim().to_owned()), member.party.clone());
            if !keys.contains(&key) {
                keys.push(key);
            }
        }
        for key in keys {
            add_hours(&mut roles, key, body);
        }
    }
    MeetingLoad {
        threshold_hours_per_month: MAX_HOURS_PER_MONTH,
        parties: parties
            .into_iter()
            .map(|(k, h)| row(k, &h, &months))
            .collect(),
        roles: roles
            .into_iter()
            .map(|(k, h)| row(k, &h, &months))
            .collect(),
    }
}

/// The parties at a body's meetings: its members' parties and its chair's, each once.
fn body_parties(body: &BodySchedule) -> Vec<PartyId> {
    let mut parties: Vec<PartyId> = Vec::new();
    let chairs = body.chair.iter().flat_map(Holder::parties);
    for party in body
        .members
        .iter()
        .filter_map(|m| m.party.as_ref())
        .chain(chairs)
    {
        if !parties.contains(party) {
            parties.push(party.clone());
        }
    }
    parties
}

/// Adds a body's meeting hours to the row for `key`, making the row when it is new.
fn add_hours(rows: &mut Tally, key: LoadKey, body: &BodySchedule) {
    let position = match rows.iter().position(|(k, _)| *k == key) {
        Some(position) => position,
        None => {
            rows.push((key, BTreeMap::new()));
            rows.len() - 1
        }
    };
    let Some((_, hours)) = rows.get_mut(position) else {
        return;
    };
    for (month, h) in body_month_hours(body) {
        *hours.entry(month).or_insert(0.0) += h;
    }
}

/// The hours one person on a body spends in its meetings each month: every meeting of a body
/// that meets as one; of a body held in regions, one region's meetings (the region with the most
/// hours that month), since each region has its own people.
fn body_month_hours(body: &BodySchedule) -> BTreeMap<(i32, u32), f64> {
    let tally = |dates: &[Date]| {
        let mut months: BTreeMap<(i32, u32), f64> = BTreeMap::new();
        for date in dates {
            *months.entry((date.year(), date.month())).or_insert(0.0) += body.hours;
        }
        months
    };
    if body.regions.is_empty() {
        return tally(&body.dates);
    }
    let mut most: BTreeMap<(i32, u32), f64> = BTreeMap::new();
    for region in &body.regions {
        for (month, h) in tally(&region.dates) {
            let entry = most.entry(month).or_insert(0.0);
            *entry = entry.max(h);
        }
    }
    most
}

fn row(key: LoadKey, hours: &BTreeMap<(i32, u32), f64>, months: &[(i32, u32)]) -> LoadRow {
    let months: Vec<MonthHours> = months
        .iter()
        .map(|&(year, month)| MonthHours {
            year,
            month,
            hours: hours.get(&(year, month)).copied().unwrap_or(0.0),
        })
        .collect();
    let total: f64 = months.iter().map(|m| m.hours).sum();
    let peak_hours = months.iter().map(|m| m.hours).fold(0.0, f64::max);
    let average_hours = if months.is_empty() {
        0.0
    } else {
        total / months.len() as f64
    };
    let over_threshold = months
        .iter()
        .copied()
        .filter(|m| m.hours > MAX_HOURS_PER_MONTH)
        .collect();
    let (role, party) = key;
    LoadRow {
        role,
        party,
        months,
        peak_hours,
        average_hours,
        over_threshold,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::format::agreement_from_str;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).expect("valid date")
    }

    fn agreement(period: &str, meetings: &str) -> Agreement {
        let yaml = format!(
            "format: 1
meta:
  id: test
  title: Test
  kind: hovedavtale
  county: Vestland
  language: nb
  period:
{period}
  status: utkast
parties:
- id: nav
  organisation: NAV Vestland
  kind: nav_fylke
- id: fk
  organisation: Vestland fylkeskommune
  kind: fylkeskommune
sections:
- id: moter
  title: Møter
  meetings:
{meetings}"
        );
        agreement_from_str(&yaml, "test.avtale.yaml").expect("test agreement loads")
    }

    const WEEKLY_AND_TWICE_A_YEAR: &str = "  - name: Ukemøte
    members:
    - role: Veileder
      party: nav
    - role: Veileder
      party: nav
    chair:
      party: fk
    cadence:
      per_week: 1
    hours: 3.0
  - name: Styringsgruppe
    members:
    - role: Fylkesdirektør
      party: nav
    cadence:
      per_year: 2
  - name: Ved behov
    cadence:
      as_needed: når en ungdom står i fare for å avbryte
    hours: -1.0
";

    #[test]
    fn twice_a_year_falls_in_spring_and_autumn() {
        let two = dates(&Cadence::PerYear(2), d(2027, 1, 1), d(2027, 12, 31));
        assert_eq!(two, vec![d(2027, 3, 18), d(2027, 10, 6)]);
        let four = dates(&Cadence::PerYear(4), d(2027, 1, 1), d(2027, 12, 31));
        let months: Vec<u32> = four.iter().map(Datelike::month).collect();
        assert_eq!(months, vec![2, 5, 8, 11]);
    }

    #[test]
    fn every_date_is_a_mid_week_meeting_day_inside_the_period() {
        let (from, to) = (d(2026, 12, 1), d(2030, 11, 30));
        let cadences = [
            Cadence::PerYear(1),
            Cadence::PerYear(3),
            Cadence::PerYear(12),
            Cadence::PerMonth(1),
            Cadence::PerMonth(3),
            Cadence::PerWeek(1),
            Cadence::PerWeek(2),
            Cadence::PerWeek(3),
            Cadence::EveryWeeks(2),
            Cadence::EveryWeeks(6),
            Cadence::Months(vec![1, 4, 12]),
        ];
        for cadence in cadences {
            let all = dates(&cadence, from, to);
            assert!(!all.is_empty(), "{cadence:?}");
            for date in all {
                assert!((from..=to).contains(&date), "{cadence:?}: {date}");
                assert!(is_mid_week_meeting_day(date), "{cadence:?}: {date}");
            }
        }
    }

    #[test]
    fn period_edges_are_kept_exactly() {
        // A period starting in June keeps only the autumn meeting of that year.
        let late = dates(&Cadence::PerYear(2), d(2027, 6, 1), d(2027, 12, 31));
        assert_eq!(late, vec![d(2027, 10, 6)]);
        // A meeting on the last day is kept; one a day after is not.
        let to_day = dates(&Cadence::PerYear(2), d(2027, 1, 1), d(2027, 10, 6));
        assert_eq!(to_day.last(), Some(&d(2027, 10, 6)));
        let before = dates(&Cadence::PerYear(2), d(2027, 1, 1), d(2027, 10, 5));
        assert_eq!(before, vec![d(2027, 3, 18)]);
        // A period starting on a Wednesday starts its weekly series the week after.
        let weekly = dates(&Cadence::EveryWeeks(6), d(2027, 1, 13), d(2027, 3, 1));
        assert_eq!(weekly.first(), Some(&d(2027, 1, 19)));
        // A one-day period with no meeting day has no meetings.
        assert!(dates(&Cadence::PerWeek(5), d(2027, 1, 16), d(2027, 1, 16)).is_empty());
    }

    #[test]
    fn leap_years_are_counted() {
        let feb = dates(&Cadence::PerMonth(4), d(2028, 2, 1), d(2028, 2, 29));
        assert_eq!(feb.len(), 4);
        assert!(feb.iter().all(|x| x.month() == 2));
        let open = agreement("    from: \"2028-02-29\"", WEEKLY_AND_TWICE_A_YEAR);
        let calendar = calendar(&open).expect("calendar");
        assert!(calendar.open_ended);
        assert_eq!(calendar.to, Date::from_ymd(2032, 2, 28).expect("date"));
        assert_eq!(calendar.years.len(), 5);
    }

    #[test]
    fn holidays_move_within_the_week_and_breaks_are_skipped() {
        // 17 May 2022 was a Tuesday: that week's meeting is on Wednesday.
        let may = dates(&Cadence::PerWeek(1), d(2022, 5, 1), d(2022, 5, 31));
        assert_eq!(
            may,
            vec![
                d(2022, 5, 3),
                d(2022, 5, 10),
                d(2022, 5, 18),
                d(2022, 5, 24),
                d(2022, 5, 31)
            ]
        );
        // Easter week 2026 (30 March – 6 April) has no meeting; the series keeps its days.
        let easter = dates(&Cadence::PerWeek(2), d(2026, 3, 23), d(2026, 4, 12));
        assert_eq!(
            easter,
            vec![d(2026, 3, 24), d(2026, 3, 26), d(2026, 4, 7), d(2026, 4, 9)]
        );
        // Every sixth week skips the summer weeks without shifting the series.
        let six = dates(&Cadence::EveryWeeks(6), d(2027, 6, 29), d(2027, 9, 30));
        assert_eq!(six, vec![d(2027, 6, 29), d(2027, 9, 21)]);
    }

    #[test]
    fn a_chosen_month_in_a_break_still_gets_its_meeting() {
        let july = dates(
            &Cadence::Months(vec![7, 13, 0]),
            d(2026, 1, 1),
            d(2026, 12, 31),
        );
        assert_eq!(july.len(), 1);
        assert_eq!(july.first().map(Datelike::month), Some(7));
    }

    #[test]
    fn zero_cadences_give_no_dates() {
        for cadence in [
            Cadence::PerYear(0),
            Cadence::PerMonth(0),
            Cadence::PerWeek(0),
            Cadence::EveryWeeks(0),
            Cadence::Months(vec![]),
        ] {
            assert!(dates(&cadence, d(2027, 1, 1), d(2027, 12, 31)).is_empty());
        }
        // More meetings than meeting days gives one on every meeting day.
        let every_day = days(d(2027, 1, 1), d(2027, 12, 31), is_mid_week_meeting_day);
        assert_eq!(
            dates(&Cadence::PerYear(10_000), d(2027, 1, 1), d(2027, 12, 31)),
            every_day
        );
    }

    #[test]
    fn bodies_keep_their_details_and_as_needed_has_no_dates() {
        let a = agreement(
            "    from: \"2027-01-01\"\n    to: \"2027-12-31\"",
            WEEKLY_AND_TWICE_A_YEAR,
        );
        let c = calendar(&a).expect("calendar");
        let [weekly, steering, as_needed] = c.bodies.as_slice() else {
            panic!("three bodies");
        };
        assert_eq!(weekly.hours, 3.0);
        assert!(!weekly.hours_assumed);
        assert_eq!(steering.hours, DEFAULT_MEETING_HOURS);
        assert!(steering.hours_assumed);
        assert_eq!(steering.dates.len(), 2);
        assert!(as_needed.as_needed);
        assert!(as_needed.dates.is_empty());
        assert!(as_needed.hours_assumed);
        let year = c.years.first().expect("2027");
        assert_eq!(year.meetings.len(), weekly.dates.len() + 2);
        assert!(year.meetings.windows(2).all(|w| w[0].date <= w[1].date));
    }

    #[test]
    fn load_counts_hours_per_month_and_flags_overload() {
        let a = agreement(
            "    from: \"2027-01-01\"\n    to: \"2027-12-31\"",
            WEEKLY_AND_TWICE_A_YEAR,
        );
        let load = calendar(&a).expect("calendar").load;
        assert_eq!(load.threshold_hours_per_month, MAX_HOURS_PER_MONTH);
        let nav = load.parties.first().expect("nav");
        assert_eq!(nav.party, Some(PartyId::from("nav")));
        assert_eq!(nav.months.len(), 12);
        // September 2027 has four Tuesdays at 3 hours, November five; March has five, less
        // the one in Easter week, plus the steering group.
        let month =
            |row: &LoadRow, m: u32| row.months.iter().find(|x| x.month == m).map(|x| x.hours);
        assert_eq!(month(nav, 9), Some(12.0));
        assert_eq!(month(nav, 11), Some(15.0));
        assert_eq!(month(nav, 3), Some(4.0 * 3.0 + 2.0));
        assert_eq!(month(nav, 7), Some(0.0));
        assert!(!nav.over_threshold.is_empty());
        // The chair's party counts although it has no member.
        let fk = load.parties.get(1).expect("fk");
        assert_eq!(month(fk, 9), Some(12.0));
        // A role listed twice in one body is counted once.
        let adviser = load.roles.first().expect("Veileder");
        assert_eq!(adviser.role.as_deref(), Some("Veileder"));
        assert_eq!(month(adviser, 9), Some(12.0));
        let director = load.roles.get(1).expect("Fylkesdirektør");
        assert_eq!(director.peak_hours, 2.0);
        assert!(director.over_threshold.is_empty());
        assert!((director.average_hours - 4.0 / 12.0).abs() < 1e-9);
    }

    const REGIONAL: &str = "  - name: Strategisk gruppe
    level: strategisk
    members:
    - role: Fylkesdirektør
      party: nav
    cadence:
      per_year: 4
  - name: Lokal arena
    level: operativ
    members:
    - role: Leder for OT
      party: fk
    - role: Nav-leder
      party: nav
    chair:
      party: fk
    cadence:
      per_year: 4
    regions:
    - Nord
    - Sør
    - Øst
    - Vest
";

    #[test]
    fn regions_get_their_own_spread_dates() {
        let a = agreement("    from: \"2027-01-01\"\n    to: \"2027-12-31\"", REGIONAL);
        let c = calendar(&a).expect("calendar");
        let [strategic, local] = c.bodies.as_slice() else {
            panic!("two bodies");
        };
        // The body without regions keeps the dates its cadence gives.
        assert_eq!(
            strategic.dates,
            dates(&Cadence::PerYear(4), d(2027, 1, 1), d(2027, 12, 31))
                .into_iter()
                .map(Date::from)
                .collect::<Vec<_>>()
        );
        let names: Vec<&str> = local.regions.iter().map(|r| r.region.as_str()).collect();
        assert_eq!(names, ["Nord", "Sør", "Øst", "Vest"]);
        assert!(local.regions.iter().all(|r| r.dates.len() == 4));
        assert_eq!(local.dates.len(), 16);
        // No two meetings of the year share a day, and every day is a mid-week meeting day.
        let year = c.years.first().expect("2027");
        assert_eq!(year.meetings.len(), 20);
        let mut days: Vec<Date> = year.meetings.iter().map(|m| m.date).collect();
        days.dedup();
        assert_eq!(days.len(), 20, "{:?}", year.meetings);
        assert!(
            year.meetings
                .iter()
                .all(|m| is_mid_week_meeting_day(m.date.naive()))
        );
        // Each region's meeting stays near the cadence's date: in the same quarter's month.
        for region in &local.regions {
            let months: Vec<u32> = region.dates.iter().map(|d| d.month()).collect();
            assert_eq!(months, vec![2, 5, 8, 11], "{}", region.region);
        }
        // Every meeting of the regional body names its region; the others name none.
        for m in &year.meetings {
            assert_eq!(m.region.is_some(), m.body == 1, "{m:?}");
        }
        let north = year
            .meetings
            .iter()
            .filter(|m| m.region.as_deref() == Some("Nord"))
            .count();
        assert_eq!(north, 4);
    }

    #[test]
    fn a_region_counts_once_in_the_load() {
        let a = agreement("    from: \"2027-01-01\"\n    to: \"2027-12-31\"", REGIONAL);
        let load = calendar(&a).expect("calendar").load;
        let month =
            |row: &LoadRow, m: u32| row.months.iter().find(|x| x.month == m).map(|x| x.hours);
        // The OT leader of a region attends that region's four meetings a year, two hours each:
        // 8 hours a year, not the 32 of all four regions.
        let ot = load
            .roles
            .iter()
            .find(|r| r.role.as_deref() == Some("Leder for OT"))
            .expect("role");
        let total: f64 = ot.months.iter().map(|m| m.hours).sum();
        assert_eq!(total, 8.0);
        assert_eq!(ot.peak_hours, 2.0);
        assert_eq!(month(ot, 2), Some(2.0));
        // The county authority chairs and sits in every region: one region's meetings too.
        let fk = load.parties.get(1).expect("fk");
        assert_eq!(month(fk, 2), Some(2.0));
        // Nav has the strategic group besides.
        let nav = load.parties.first().expect("nav");
        assert_eq!(month(nav, 2), Some(4.0));
    }

    #[test]
    fn blank_and_repeated_regions_are_left_out() {
        let body = MeetingBody {
            name: "Arena".into(),
            level: None,
            purpose: String::new(),
            members: Vec::new(),
            chair: None,
            cadence: None,
            hours: None,
            agenda: Vec::new(),
            minutes: None,
            regions: vec![" Nord ".into(), "".into(), "nord".into(), "Sør".into()],
        };
        assert_eq!(regions(&body), ["Nord", "Sør"]);
    }

    #[test]
    fn bad_periods_are_errors() {
        let backwards = agreement("    from: \"2027-01-01\"\n    to: \"2026-12-31\"", "    []");
        assert_eq!(
            calendar(&backwards),
            Err(CalendarError::PeriodEndsBeforeStart)
        );
        let long = agreement("    from: \"2027-01-01\"\n    to: \"2127-12-31\"", "    []");
        assert_eq!(
            calendar(&long),
            Err(CalendarError::PeriodTooLong {
                max_years: MAX_CALENDAR_YEARS
            })
        );
    }
}
