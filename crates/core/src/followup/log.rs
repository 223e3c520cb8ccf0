//! The follow-up log: what the parties record after signing, oldest first. Each entry says who
//! recorded it and when; what it is about names the section and the measure, goal, body or
//! report by its name in the agreement, as comparisons match list items by name.

use serde::{Deserialize, Serialize};

use crate::agreement::{Agreement, SectionId};
use crate::date::Date;
use crate::history::Timestamp;
pub use crate::model::name::same_name;

/// One thing recorded in the follow-up.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct Entry {
    /// When it was recorded.
    pub at: Timestamp,
    /// Who recorded it.
    pub by: String,
    /// What was recorded.
    pub what: Followed,
}

/// What a follow-up entry records.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub enum Followed {
    /// A measure's status from now on.
    Measure(MeasureUpdate),
    /// A goal's indicator measured.
    Figure(GoalFigure),
    /// A meeting of a body held.
    Meeting(MeetingHeld),
    /// A report given.
    Report(ReportGiven),
    /// The agreement evaluated.
    Evaluation(EvaluationHeld),
    /// A contact person confirmed as still the right one.
    Contact(ContactConfirmed),
    /// A good practice noted, or a decision the strategic body is asked for.
    Note(Note),
}

/// A measure's status, set at a day.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct MeasureUpdate {
    /// The section holding the measure.
    pub section: SectionId,
    /// The measure, by its name.
    pub measure: String,
    /// Its status from now on.
    pub status: MeasureStatus,
    /// A short note: why it is delayed, what was done.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    #[cfg_attr(feature = "ts", ts(as = "Option<String>", optional))]
    pub note: String,
}

/// Where a measure stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub enum MeasureStatus {
    /// Not started (every measure is, until a status is recorded).
    Planlagt,
    /// Under way.
    Pagar,
    /// Done.
    Ferdig,
    /// Behind its plan.
    Forsinket,
    /// Stopped for good.
    Stoppet,
}

impl MeasureStatus {
    /// Every status, in the order a picker offers them.
    pub const ALL: [MeasureStatus; 5] = [
        MeasureStatus::Planlagt,
        MeasureStatus::Pagar,
        MeasureStatus::Ferdig,
        MeasureStatus::Forsinket,
        MeasureStatus::Stoppet,
    ];

    /// Whether nothing more is expected of the measure: done or stopped.
    pub fn is_closed(self) -> bool {
        matches!(self, MeasureStatus::Ferdig | MeasureStatus::Stoppet)
    }
}

/// A goal's indicator as measured.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct GoalFigure {
    /// The section holding the goal.
    pub section: SectionId,
    /// The goal, by its words.
    pub goal: String,
    /// The value measured ("74 prosent").
    pub value: String,
    /// The day the value is for.
    pub date: Date,
    /// What it means, or where it came from when that differs from the goal's source.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    #[cfg_attr(feature = "ts", ts(as = "Option<String>", optional))]
    pub note: String,
}

/// A meeting held.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct MeetingHeld {
    /// The body, by its name.
    pub body: String,
    /// The day it met.
    pub date: Date,
    /// What it decided.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    #[cfg_attr(feature = "ts", ts(as = "Option<String>", optional))]
    pub note: String,
}

/// A report given.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct ReportGiven {
    /// The report, by its name in the reporting clause.
    pub report: String,
    /// The day it was given.
    pub date: Date,
    /// A note.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    #[cfg_attr(feature = "ts", ts(as = "Option<String>", optional))]
    pub note: String,
}

/// An evaluation done.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct EvaluationHeld {
    /// The section holding the evaluation clause.
    pub section: SectionId,
    /// The day it was done.
    pub date: Date,
    /// Its outcome ("evaluert – ingen endring").
    #[serde(default, skip_serializing_if = "String::is_empty")]
    #[cfg_attr(feature = "ts", ts(as = "Option<String>", optional))]
    pub note: String,
}

/// A contact person confirmed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct ContactConfirmed {
    /// The contact, by name.
    pub name: String,
    /// The day it was confirmed.
    pub date: Date,
}

/// A note for the strategic body.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct Note {
    /// A good practice or a decision needed.
    pub kind: NoteKind,
    /// The day it concerns.
    pub date: Date,
    /// The note.
    pub text: String,
    /// The section it concerns, if one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub section: Option<SectionId>,
}

/// What a note is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub enum NoteKind {
    /// A good practice (godt grep) worth spreading.
    GodPraksis,
    /// A decision the strategic body is asked to make.
    Beslutning,
}

impl Followed {
    /// The day the entry is about (a status counts from the moment it was recorded).
    pub fn date(&self, at: Timestamp) -> Date {
        match self {
            Followed::Measure(_) => Date::from(at.0.date_naive()),
            Followed::Figure(f) => f.date,
            Followed::Meeting(m) => m.date,
            Followed::Report(r) => r.date,
            Followed::Evaluation(e) => e.date,
            Followed::Contact(c) => c.date,
            Followed::Note(n) => n.date,
        }
    }
}

impl Entry {
    /// The day the entry is about.
    pub fn date(&self) -> Date {
        self.what.date(self.at)
    }
}

impl Agreement {
    /// Adds an entry to the follow-up log. The agreed text is untouched: no revision is made.
    pub fn record(&mut self, entry: Entry) {
        self.followup.push(entry);
    }

    /// The latest status recorded for a measure, with the entry that set it; `None` when none
    /// has been (the measure is then planned).
    pub fn measure_status(&self, section: &SectionId, measure: &str) -> Option<&Entry> {
        self.followup.iter().rev().find(|e| {
            matches!(&e.what, Followed::Measure(u) if &u.section == section && same_name(&u.measure, measure))
        })
    }

    /// The latest figure recorded for a goal (by the day it is for; the later entry of one day).
    pub fn latest_figure(&self, section: &SectionId, goal: &str) -> Option<&GoalFigure> {
        self.followup
            .iter()
            .filter_map(|e| match &e.what {
                Followed::Figure(f) if &f.section == section && same_name(&f.goal, goal) => Some(f),
                _ => None,
            })
            .fold(None, |best: Option<&GoalFigure>, f| match best {
                Some(b) if b.date > f.date => Some(b),
                _ => Some(f),
            })
    }
}
