//! Reminders of what is coming up in an agreement's life: evaluations, the last day to give
//! notice before the period ends, and the end of the period. The studies ask for agreements
//! that are evaluated and revised on schedule, with reminders and overdue items visible
//! (`seed-sintef-2010-county-agreements.md` §4.2 R15 and R35).
//!
//! The core reads no clock: `today` is passed in.

use chrono::{Duration, Months, NaiveDate};
use serde::Serialize;

use crate::agreement::{Agreement, PartyId, SectionId};
use crate::clause::Evaluation;
use crate::date::Date;
use crate::lang::Locale;
use crate::messages;

/// How far ahead reminders look when the caller has no preference: 90 days, one quarter, so a
/// strategic body meeting 4 times a year sees what falls before its next meeting.
pub const DEFAULT_REMINDER_DAYS: u32 = 90;

/// Something coming up, with the message to show.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct Reminder {
    /// The day it happens.
    pub date: Date,
    /// Days from today: 0 is today, negative for what is late.
    pub days: i32,
    /// What happens.
    pub kind: ReminderKind,
    /// The reminder in words, for example "Avtalen utløper om 60 dager (30. november 2030)."
    pub message: String,
}

/// What a reminder is about.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub enum ReminderKind {
    /// An evaluation of the agreement, from the evaluation clause in this section.
    Evaluation(SectionId),
    /// The last day a party can give notice to end the agreement or stop its renewal.
    NoticeDeadline,
    /// The last day of the agreement period.
    PeriodEnds,
    /// A measure's deadline or start (`followup`).
    Measure {
        /// The section holding it.
        section: SectionId,
        /// The measure, by name.
        measure: String,
    },
    /// A report due (`followup`).
    Report {
        /// The section holding the reporting clause.
        section: SectionId,
        /// The report, by name.
        report: String,
    },
    /// A meeting body's next meeting (`followup`).
    Meeting {
        /// The section holding the body.
        section: SectionId,
        /// The body, by name.
        body: String,
    },
    /// A contact person not confirmed for a year (`followup`).
    ContactUnconfirmed {
        /// The contact, by name.
        name: String,
    },
    /// A party whose signatory has changed since the agreement was signed (`followup`).
    SignatoryChanged(PartyId),
}

/// The reminders from `today` to `within_days` days later, both included, by date.
pub fn reminders(
    agreement: &Agreement,
    today: NaiveDate,
    within_days: u32,
    l: Locale,
) -> Vec<Reminder> {
    let until = today + Duration::days(i64::from(within_days));
    type Words = fn(u32, Date, Locale) -> String;
    let mut found: Vec<(NaiveDate, ReminderKind, Words)> = Vec::new();
    for section in &agreement.sections {
        if let Some(evaluation) = &section.evaluation {
            found.extend(
                evaluation_dates(evaluation, agreement, until)
                    .into_iter()
                    .map(|d| {
                        let kind = ReminderKind::Evaluation(section.id.clone());
                        (d, kind, messages::reminder_evaluation as Words)
                    }),
            );
        }
    }
    if let Some(deadline) = notice_deadline(agreement) {
        found.push((
            deadline,
            ReminderKind::NoticeDeadline,
            messages::reminder_notice_deadline,
        ));
    }
    if let Some(to) = agreement.meta.period.to {
        found.push((
            to.naive(),
            ReminderKind::PeriodEnds,
            messages::reminder_period_ends,
        ));
    }
    let mut out: Vec<Reminder> = found
        .into_iter()
        .filter(|(date, _, _)| (today..=until).contains(date))
        .map(|(date, kind, words)| {
            let days_left = u32::try_from((date - today).num_days()).unwrap_or(0);
            let date = Date::from(date);
            Reminder {
                date,
                days: i32::try_from(days_left).unwrap_or(i32::MAX),
                kind,
                message: words(days_left, date, l),
            }
        })
        .collect();
    out.sort_by_key(|r| r.date);
    out
}

/// The next evaluation and those after it at the clause's cadence, up to `until` and not past
/// the period's end.
pub(crate) fn evaluation_dates(
    evaluation: &Evaluation,
    agreement: &Agreement,
    until: NaiveDate,
) -> Vec<NaiveDate> {
    let Some(first) = evaluation.next.map(Date::naive) else {
        return Vec::new();
    };
    let last = agreement
        .meta
        .period
        .to
        .map_or(until, |to| to.naive().min(until));
    let step = evaluation
        .cadence
        .as_ref()
        .and_then(crate::clause::Cadence::per_year)
        .filter(|per_year| *per_year > 0.0)
        .map(|per_year| (12.0 / per_year).round().max(1.0) as u32);
    let mut dates = vec![first];
    if let Some(step) = step {
        let mut k = 1;
        while let Some(next) = first.checked_add_months(Months::new(step * k)) {
            if next > last || k > 1000 {
                break;
            }
            dates.push(next);
            k += 1;
        }
    }
    dates
}

/// The last day to give notice: the notice months (of the renewal terms, else of a termination
/// clause) before the period's last day.
fn notice_deadline(agreement: &Agreement) -> Option<NaiveDate> {
    let period = &agreement.meta.period;
    let to = period.to?.naive();
    let months = period
        .renewal
        .as_ref()
        .and_then(|r| r.notice_months)
        .or_else(|| {
            agreement
                .sections
                .iter()
                .find_map(|s| s.termination.as_ref().and_then(|t| t.notice_months))
        })?;
    to.checked_sub_months(Months::new(months))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::format::agreement_from_str;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).expect("valid date")
    }

    fn agreement() -> Agreement {
        let yaml = "format: 1
meta:
  id: test
  title: Test
  kind: hovedavtale
  county: Vestland
  language: nb
  period:
    from: \"2026-12-01\"
    to: \"2030-11-30\"
    renewal:
      automatic: true
      notice_months: 6
  status: utkast
parties:
- id: nav
  organisation: NAV Vestland
  kind: nav_fylke
sections:
- id: evaluering
  title: Evaluering
  evaluation:
    cadence:
      per_year: 1
    next: \"2027-11-01\"
";
        agreement_from_str(yaml, "test.avtale.yaml").expect("loads")
    }

    #[test]
    fn the_end_of_the_period_is_announced_in_days() {
        let found = reminders(&agreement(), d(2030, 10, 1), 90, Locale::Nb);
        let last = found.last().expect("period end");
        assert_eq!(last.kind, ReminderKind::PeriodEnds);
        assert_eq!(last.days, 60);
        assert_eq!(
            last.message,
            "Avtalen utløper om 60 dager (30. november 2030)."
        );
        let nn = reminders(&agreement(), d(2030, 11, 29), 90, Locale::Nn);
        assert_eq!(
            nn.last().map(|r| r.message.as_str()),
            Some("Avtalen går ut i morgon (30. november 2030).")
        );
    }

    #[test]
    fn evaluations_repeat_at_their_cadence_inside_the_window() {
        let found = reminders(&agreement(), d(2028, 10, 15), 30, Locale::En);
        assert_eq!(found.len(), 1);
        let evaluation = found.first().expect("evaluation");
        assert_eq!(evaluation.date, Date::from(d(2028, 11, 1)));
        assert_eq!(
            evaluation.kind,
            ReminderKind::Evaluation(SectionId("evaluering".into()))
        );
        assert_eq!(
            evaluation.message,
            "The agreement is to be evaluated in 17 days (1 November 2028)."
        );
        // No evaluation after the period's end.
        assert!(reminders(&agreement(), d(2030, 12, 1), 365, Locale::Nb).is_empty());
    }

    #[test]
    fn the_notice_deadline_comes_before_the_end() {
        let found = reminders(&agreement(), d(2030, 5, 30), 0, Locale::Nb);
        assert_eq!(found.len(), 1);
        let notice = found.first().expect("notice");
        assert_eq!(notice.kind, ReminderKind::NoticeDeadline);
        assert_eq!(notice.days, 0);
        assert_eq!(
            notice.message,
            "Fristen for å si opp avtalen eller stanse fornyelsen går ut i dag (30. mai 2030)."
        );
    }
}
