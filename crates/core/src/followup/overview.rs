//! Where the follow-up stands on a day: what is late (measures past their deadline and not
//! done, evaluations and reports not recorded since they fell due, contact persons not
//! confirmed for a year, a signatory changed since signing), what is coming in the next days,
//! and each measure, goal, meeting body and report with what was last recorded. One function
//! for the app's follow-up view, its reminders and the status report.
//!
//! A day is late only after it has passed: a deadline today is coming, not late.

use chrono::{Months, NaiveDate};
use serde::Serialize;

use crate::agreement::{Agreement, Party, PartyId, SectionId, Status};
use crate::calendar;
use crate::clause::{Baseline, Cadence, GoalKind, Level};
use crate::date::Date;
use crate::followup::log::{Followed, GoalFigure, MeasureStatus, same_name};
use crate::lang::Locale;
use crate::messages;
use crate::reminders::{self, Reminder, ReminderKind};

/// How long a contact person stays confirmed: 12 months.
pub const CONTACT_CONFIRMED_MONTHS: u32 = 12;

/// The follow-up on one day.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct Overview {
    /// The day it is for.
    pub today: Date,
    /// How many days ahead `coming` looks.
    pub within_days: u32,
    /// What is late, oldest first.
    pub late: Vec<Reminder>,
    /// What falls from today to `within_days` days later, by date.
    pub coming: Vec<Reminder>,
    /// Every measure, in the order of the agreement.
    pub measures: Vec<MeasureState>,
    /// Every goal, in the order of the agreement.
    pub goals: Vec<GoalState>,
    /// Every meeting body, in the order of the agreement.
    pub bodies: Vec<BodyState>,
    /// Every report of the reporting clauses, in the order of the agreement.
    pub reports: Vec<ReportState>,
}

/// Where a measure stands.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct MeasureState {
    /// The section holding it.
    pub section: SectionId,
    /// Its place in the section's list.
    pub index: u32,
    /// Its name.
    pub name: String,
    /// The party responsible, by name.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub responsible: Option<String>,
    /// When it starts.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub start: Option<Date>,
    /// When it is to be done.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub deadline: Option<Date>,
    /// Its status: the last recorded, else planned.
    pub status: MeasureStatus,
    /// The note recorded with the status.
    pub note: String,
    /// The day the status was recorded; none when no status has been.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub updated: Option<Date>,
    /// Who recorded it.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub by: Option<String>,
    /// Whether its deadline has passed and it is neither done nor stopped.
    pub late: bool,
}

/// Where a goal stands: its starting point, its target and the latest figure.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct GoalState {
    /// The section holding it.
    pub section: SectionId,
    /// Its place in the section's list.
    pub index: u32,
    /// The goal.
    pub goal: String,
    /// What is measured.
    pub indicator: String,
    /// The starting point.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub baseline: Option<Baseline>,
    /// The target.
    pub target: String,
    /// When the target is to be reached.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub deadline: Option<Date>,
    /// Where the figures come from.
    pub source: String,
    /// Effect, result or process goal.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub kind: Option<GoalKind>,
    /// Shared by both parties.
    pub shared: bool,
    /// The party that follows it up, by name.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub responsible: Option<String>,
    /// The latest figure recorded.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub latest: Option<GoalFigure>,
}

/// A meeting body's last meeting recorded and its next in the calendar.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct BodyState {
    /// The section holding it.
    pub section: SectionId,
    /// Its place in the section's list.
    pub index: u32,
    /// Its name.
    pub name: String,
    /// Strategic or operative.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub level: Option<Level>,
    /// The last meeting recorded as held.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub last: Option<Date>,
    /// What it decided then.
    pub last_note: String,
    /// The next meeting in the calendar, from today.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub next: Option<Date>,
}

/// A report's last delivery recorded and when it is next due.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct ReportState {
    /// The section holding it.
    pub section: SectionId,
    /// Its place in the section's list.
    pub index: u32,
    /// What is reported.
    pub report: String,
    /// Who writes it, by name.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub from: Option<String>,
    /// Who receives it.
    pub to: String,
    /// The last time it was recorded as given.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub last: Option<Date>,
    /// The due day it missed, when one has passed without it.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub missed: Option<Date>,
    /// The next due day from today.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub next: Option<Date>,
}

/// The follow-up of an agreement on `today`, looking `within_days` ahead.
pub fn overview(agreement: &Agreement, today: NaiveDate, within_days: u32, l: Locale) -> Overview {
    let until = today + chrono::Duration::days(i64::from(within_days));
    let measures = measures(agreement, today);
    let reports = reports(agreement, today);
    let mut late = late(agreement, &measures, &reports, today, l);
    let mut coming = reminders::reminders(agreement, today, within_days, l);
    for m in &measures {
        if m.status.is_closed() {
            continue;
        }
        let kind = || ReminderKind::Measure {
            section: m.section.clone(),
            measure: m.name.clone(),
        };
        if let Some(deadline) = m.deadline.filter(|d| (today..=until).contains(&d.naive())) {
            coming.push(reminder(
                deadline,
                today,
                kind(),
                messages::reminder_measure_due(&m.name, days(today, deadline), deadline, l),
            ));
        } else if let Some(start) = m
            .start
            .filter(|d| m.status == MeasureStatus::Planlagt && (today..=until).contains(&d.naive()))
        {
            coming.push(reminder(
                start,
                today,
                kind(),
                messages::reminder_measure_starts(&m.name, days(today, start), start, l),
            ));
        }
    }
    for r in &reports {
        if let Some(next) = r.next.filter(|d| d.naive() <= until) {
            coming.push(reminder(
                next,
                today,
                ReminderKind::Report {
                    section: r.section.clone(),
                    report: r.report.clone(),
                },
                messages::reminder_report_due(&r.report, days(today, next), next, l),
            ));
        }
    }
    let bodies = bodies(agreement, today);
    for b in &bodies {
        if let Some(next) = b.next.filter(|d| d.naive() <= until) {
            coming.push(reminder(
                next,
                today,
                ReminderKind::Meeting {
                    section: b.section.clone(),
                    body: b.name.clone(),
                },
                messages::reminder_meeting(&b.name, days(today, next), next, l),
            ));
        }
    }
    late.sort_by_key(|r| r.date);
    coming.sort_by_key(|r| r.date);
    Overview {
        today: Date::from(today),
        within_days,
        late,
        coming,
        measures,
        goals: goals(agreement),
        bodies,
        reports,
    }
}

/// What is late on `today`, oldest first: the reminders that look back. The app shows them
/// with those that look ahead ([`reminders::reminders`]).
pub fn looking_back(agreement: &Agreement, today: NaiveDate, l: Locale) -> Vec<Reminder> {
    let measures = measures(agreement, today);
    let reports = reports(agreement, today);
    late(agreement, &measures, &reports, today, l)
}

/// [`looking_back`] from the measures' and reports' states already worked out.
fn late(
    agreement: &Agreement,
    measures: &[MeasureState],
    reports: &[ReportState],
    today: NaiveDate,
    l: Locale,
) -> Vec<Reminder> {
    let mut late = Vec::new();
    for m in measures.iter().filter(|m| m.late) {
        if let Some(deadline) = m.deadline {
            late.push(reminder(
                deadline,
                today,
                ReminderKind::Measure {
                    section: m.section.clone(),
                    measure: m.name.clone(),
                },
                messages::reminder_measure_late(
                    &m.name,
                    -days(today, deadline),
                    deadline,
                    m.status,
                    l,
                ),
            ));
        }
    }
    for section in &agreement.sections {
        let Some(evaluation) = &section.evaluation else {
            continue;
        };
        let due = reminders::evaluation_dates(evaluation, agreement, today);
        let done: Vec<NaiveDate> = (agreement.followup.iter())
            .filter_map(|e| match &e.what {
                Followed::Evaluation(h) if h.section == section.id => Some(h.date.naive()),
                _ => None,
            })
            .collect();
        if let Some(missed) = missed(&due, &done, period_start(agreement), today) {
            let missed = Date::from(missed);
            late.push(reminder(
                missed,
                today,
                ReminderKind::Evaluation(section.id.clone()),
                messages::reminder_evaluation_late(-days(today, missed), missed, l),
            ));
        }
    }
    for r in reports {
        if let Some(missed) = r.missed {
            late.push(reminder(
                missed,
                today,
                ReminderKind::Report {
                    section: r.section.clone(),
                    report: r.report.clone(),
                },
                messages::reminder_report_late(&r.report, -days(today, missed), missed, l),
            ));
        }
    }
    late.extend(unconfirmed_contacts(agreement, today, l));
    late.extend(changed_signatories(agreement, today, l));
    late.sort_by_key(|r| r.date);
    late
}

fn reminder(date: Date, today: NaiveDate, kind: ReminderKind, message: String) -> Reminder {
    Reminder {
        date,
        days: days(today, date),
        kind,
        message,
    }
}

/// Days from `today` to `date`: negative when it has passed.
fn days(today: NaiveDate, date: Date) -> i32 {
    i32::try_from((date.naive() - today).num_days()).unwrap_or(i32::MAX)
}

fn period_start(agreement: &Agreement) -> Option<NaiveDate> {
    Some(agreement.meta.period.from.naive())
}

/// The due day a duty missed: the last due day before `today`, when nothing was done from
/// half an interval before it (so a report given a little early counts, and one given late for
/// the due day before does not) up to today. None when that due day was met, or none has
/// passed.
fn missed(
    due: &[NaiveDate],
    done: &[NaiveDate],
    start: Option<NaiveDate>,
    today: NaiveDate,
) -> Option<NaiveDate> {
    let passed: Vec<NaiveDate> = due.iter().copied().filter(|d| *d < today).collect();
    let last = *passed.last()?;
    let before = passed
        .len()
        .checked_sub(2)
        .map(|i| passed[i])
        .or(start)
        .filter(|b| *b < last)
        .unwrap_or(last);
    let from = last - (last - before) / 2;
    let met = done.iter().any(|d| *d > from && *d <= today)
        || (before == last && done.iter().any(|d| *d <= today && *d >= last));
    (!met).then_some(last)
}

fn party_name(agreement: &Agreement, id: Option<&PartyId>) -> Option<String> {
    id.map(|id| agreement.party_name(id))
}

fn measures(agreement: &Agreement, today: NaiveDate) -> Vec<MeasureState> {
    let mut out = Vec::new();
    for section in &agreement.sections {
        for (i, m) in section.measures.iter().flatten().enumerate() {
            let entry = agreement.measure_status(&section.id, &m.name);
            let (status, note) = match entry.map(|e| &e.what) {
                Some(Followed::Measure(u)) => (u.status, u.note.clone()),
                _ => (MeasureStatus::Planlagt, String::new()),
            };
            out.push(MeasureState {
                section: section.id.clone(),
                index: u32::try_from(i).unwrap_or(u32::MAX),
                name: m.name.clone(),
                responsible: party_name(agreement, m.responsible.as_ref()),
                start: m.start,
                deadline: m.deadline,
                status,
                note,
                updated: entry.map(crate::followup::Entry::date),
                by: entry.map(|e| e.by.clone()),
                late: !status.is_closed() && m.deadline.is_some_and(|d| d.naive() < today),
            });
        }
    }
    out
}

fn goals(agreement: &Agreement) -> Vec<GoalState> {
    let mut out = Vec::new();
    for section in &agreement.sections {
        for (i, g) in section.goals.iter().flatten().enumerate() {
            out.push(GoalState {
                section: section.id.clone(),
                index: u32::try_from(i).unwrap_or(u32::MAX),
                goal: g.goal.clone(),
                indicator: g.indicator.clone(),
                baseline: g.baseline.clone(),
                target: g.target.clone(),
                deadline: g.deadline,
                source: g.source.clone(),
                kind: g.kind,
                shared: g.shared,
                responsible: party_name(agreement, g.responsible.as_ref()),
                latest: agreement.latest_figure(&section.id, &g.goal).cloned(),
            });
        }
    }
    out
}

fn bodies(agreement: &Agreement, today: NaiveDate) -> Vec<BodyState> {
    let planned = calendar::calendar(agreement).ok();
    let mut out = Vec::new();
    for section in &agreement.sections {
        for (i, body) in section.meetings.iter().flatten().enumerate() {
            let index = u32::try_from(i).unwrap_or(u32::MAX);
            let held = (agreement.followup.iter())
                .filter_map(|e| match &e.what {
                    Followed::Meeting(m) if same_name(&m.body, &body.name) => Some(m),
                    _ => None,
                })
                .fold(
                    None,
                    |best: Option<&crate::followup::log::MeetingHeld>, m| match best {
                        Some(b) if b.date > m.date => Some(b),
                        _ => Some(m),
                    },
                );
            let next = planned
                .as_ref()
                .and_then(|c| {
                    c.bodies
                        .iter()
                        .find(|b| b.section == section.id && b.index == index)
                })
                .and_then(|b| b.dates.iter().copied().find(|d| d.naive() >= today));
            out.push(BodyState {
                section: section.id.clone(),
                index,
                name: body.name.clone(),
                level: body.level,
                last: held.map(|m| m.date),
                last_note: held.map(|m| m.note.clone()).unwrap_or_default(),
                next,
            });
        }
    }
    out
}

/// The due days of a report at its cadence over the period (none for "as needed" or without
/// a period start): every `12 / per year` months from the start, the first one interval in.
fn report_due(
    cadence: Option<&Cadence>,
    agreement: &Agreement,
    horizon: NaiveDate,
) -> Vec<NaiveDate> {
    let Some(start) = period_start(agreement) else {
        return Vec::new();
    };
    let end = agreement.meta.period.to.map_or(horizon, Date::naive);
    if let Some(Cadence::Months(months)) = cadence {
        return calendar::dates(&Cadence::Months(months.clone()), start, end);
    }
    let Some(step) = cadence
        .and_then(Cadence::per_year)
        .filter(|n| *n > 0.0)
        .map(|n| (12.0 / n).round().max(1.0) as u32)
    else {
        return Vec::new();
    };
    (1..=1200)
        .map_while(|k| start.checked_add_months(Months::new(step * k)))
        .take_while(|d| *d <= end)
        .collect()
}

fn reports(agreement: &Agreement, today: NaiveDate) -> Vec<ReportState> {
    let horizon = today.checked_add_months(Months::new(24)).unwrap_or(today);
    let mut out = Vec::new();
    for section in &agreement.sections {
        for (i, r) in section.reporting.iter().flatten().enumerate() {
            let given: Vec<NaiveDate> = (agreement.followup.iter())
                .filter_map(|e| match &e.what {
                    Followed::Report(g) if same_name(&g.report, &r.report) => Some(g.date.naive()),
                    _ => None,
                })
                .collect();
            let due = report_due(r.cadence.as_ref(), agreement, horizon);
            out.push(ReportState {
                section: section.id.clone(),
                index: u32::try_from(i).unwrap_or(u32::MAX),
                report: r.report.clone(),
                from: party_name(agreement, r.from.as_ref()),
                to: r.to.clone(),
                last: given.iter().max().copied().map(Date::from),
                missed: missed(&due, &given, period_start(agreement), today).map(Date::from),
                next: due.iter().copied().find(|d| *d >= today).map(Date::from),
            });
        }
    }
    out
}

/// The day the agreement was signed: the first registered signing, else the time of the first
/// revision that made it signed or in force.
fn signed_on(agreement: &Agreement) -> Option<NaiveDate> {
    let registered = agreement
        .sections
        .iter()
        .filter_map(|s| s.signatures.as_ref())
        .flat_map(|s| s.signed.iter().map(|x| x.date.naive()))
        .min();
    registered.or_else(|| {
        (agreement.history.revisions.iter())
            .find(|r| matches!(r.meta.status, Status::Signert | Status::Gjeldende))
            .map(|r| r.time.0.date_naive())
    })
}

/// Contact persons not confirmed for [`CONTACT_CONFIRMED_MONTHS`]: counted from their last
/// confirmation, else from the signing (a draft has no contact to confirm yet).
fn unconfirmed_contacts(agreement: &Agreement, today: NaiveDate, l: Locale) -> Vec<Reminder> {
    let Some(signed) = signed_on(agreement) else {
        return Vec::new();
    };
    let mut names: Vec<&str> = Vec::new();
    let party_contacts = agreement.parties.iter().filter_map(|p| p.contact.as_ref());
    let clause_contacts = (agreement.sections.iter())
        .filter_map(|s| s.contacts.as_ref())
        .flatten();
    for c in party_contacts.chain(clause_contacts) {
        let name = c.name.trim();
        if !name.is_empty() && !names.iter().any(|n| same_name(n, name)) {
            names.push(name);
        }
    }
    let mut out = Vec::new();
    for name in names {
        let confirmed = (agreement.followup.iter())
            .filter_map(|e| match &e.what {
                Followed::Contact(c) if same_name(&c.name, name) => Some(c.date.naive()),
                _ => None,
            })
            .max()
            .map_or(signed, |d| d.max(signed));
        let Some(due) = confirmed.checked_add_months(Months::new(CONTACT_CONFIRMED_MONTHS)) else {
            continue;
        };
        if due < today {
            let since = Date::from(confirmed);
            out.push(reminder(
                Date::from(due),
                today,
                ReminderKind::ContactUnconfirmed {
                    name: name.to_owned(),
                },
                messages::reminder_contact_unconfirmed(name, since, l),
            ));
        }
    }
    out
}

/// Parties whose signatory is another person now than in the revision that was signed.
fn changed_signatories(agreement: &Agreement, today: NaiveDate, l: Locale) -> Vec<Reminder> {
    let Some(signed) = (agreement.history.revisions.iter())
        .rev()
        .find(|r| matches!(r.meta.status, Status::Signert | Status::Gjeldende))
    else {
        return Vec::new();
    };
    let signatory = |p: &Party| {
        p.signatory
            .as_ref()
            .map(|s| s.name.trim().to_owned())
            .filter(|n| !n.is_empty())
    };
    let mut out = Vec::new();
    for party in &agreement.parties {
        let then = signed
            .parties
            .iter()
            .find(|p| p.id == party.id)
            .and_then(signatory);
        let now = signatory(party);
        if let (Some(then), Some(now)) = (then, now)
            && !same_name(&then, &now)
        {
            let date = Date::from(signed.time.0.date_naive());
            out.push(reminder(
                date,
                today,
                ReminderKind::SignatoryChanged(party.id.clone()),
                messages::reminder_signatory_changed(&party.organisation, &then, &now, l),
            ));
        }
    }
    out
}

#[cfg(test)]
mod tests;
