//! Structured clause data: roles and tasks, mandates, meeting bodies with their cadence, target
//! groups, goals, contacts, consent, finances, reporting, evaluation, termination, signatures and
//! annexes. Each type keeps what the studies say a working agreement must pin down (who, what,
//! when, how often), so checks can find what is missing and comparisons can show what changed.

use serde::{Deserialize, Serialize};

use crate::agreement::PartyId;
use crate::date::Date;

/// A role and the tasks it carries.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct Role {
    /// The role, for example "OT-koordinator".
    pub role: String,
    /// The party the role belongs to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub party: Option<PartyId>,
    /// What the role does.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "ts", ts(as = "Option<Vec<Task>>", optional))]
    pub tasks: Vec<Task>,
}

/// A task with exactly one responsible party.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct Task {
    /// What is to be done.
    pub task: String,
    /// The one party responsible.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub responsible: Option<PartyId>,
    /// When, in words ("innen fire uker") or as a date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub deadline: Option<String>,
}

/// Who holds a duty that can rotate, such as chairing a meeting or writing minutes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub enum Holder {
    /// One party holds it.
    Party(PartyId),
    /// The parties take turns, in this order.
    Alternating(Vec<PartyId>),
}

impl Holder {
    /// Whether it names nobody: taking turns among no parties (what the app's picker writes
    /// when every party is unticked), or a blank party.
    pub fn is_nobody(&self) -> bool {
        match self {
            Holder::Party(id) => id.0.trim().is_empty(),
            Holder::Alternating(ids) => ids.iter().all(|id| id.0.trim().is_empty()),
        }
    }

    /// Every party this holder names.
    pub fn parties(&self) -> Vec<&PartyId> {
        match self {
            Holder::Party(id) => vec![id],
            Holder::Alternating(ids) => ids.iter().collect(),
        }
    }
}

/// A member of a group or meeting body, named by role.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct Member {
    /// The role, for example "leder for OT".
    pub role: String,
    /// The party the member comes from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub party: Option<PartyId>,
}

/// The mandate of a working group or committee.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct Mandate {
    /// The group's name.
    pub group: String,
    /// Why the group exists.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    #[cfg_attr(feature = "ts", ts(as = "Option<String>", optional))]
    pub purpose: String,
    /// What the group delivers.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "ts", ts(as = "Option<Vec<String>>", optional))]
    pub deliverables: Vec<String>,
    /// What the group may decide, and what it must refer upwards.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    #[cfg_attr(feature = "ts", ts(as = "Option<String>", optional))]
    pub authority: String,
    /// Whom the group reports to.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    #[cfg_attr(feature = "ts", ts(as = "Option<String>", optional))]
    pub reports_to: String,
    /// Members, by role.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "ts", ts(as = "Option<Vec<Member>>", optional))]
    pub members: Vec<Member>,
    /// Who leads the group.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub leader: Option<Holder>,
    /// How long the mandate runs, if shorter than the agreement.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub period: Option<DateRange>,
}

/// A span of dates.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct DateRange {
    /// First day.
    pub from: Date,
    /// Last day.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub to: Option<Date>,
}

/// Where the parties' responsibilities meet: who leads, who supports, and when a case passes
/// from one to the other. Unclear boundaries are the main source of conflict in the studies.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct Boundary {
    /// The area or group of cases, for example "ungdom med rett til videregående opplæring".
    pub area: String,
    /// The party with the main responsibility.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub lead: Option<PartyId>,
    /// Parties that support.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "ts", ts(as = "Option<Vec<PartyId>>", optional))]
    pub support: Vec<PartyId>,
    /// When the responsibility passes to another party, and how.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    #[cfg_attr(feature = "ts", ts(as = "Option<String>", optional))]
    pub handover: String,
}

/// Whether a meeting body works at leadership or caseworker level.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub enum Level {
    /// Leaders, questions of principle, 1–4 times a year.
    Strategisk,
    /// Caseworkers, concrete cases, weekly to every 4–6 weeks.
    Operativ,
}

/// How often a body meets.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub enum Cadence {
    /// N times a year.
    PerYear(u32),
    /// N times a month.
    PerMonth(u32),
    /// N times a week.
    PerWeek(u32),
    /// Every N weeks.
    EveryWeeks(u32),
    /// In the given months (1–12), once each.
    Months(Vec<u32>),
    /// When something happens; the text says what.
    AsNeeded(String),
}

impl Cadence {
    /// Meetings a year this cadence gives; `None` for "as needed".
    pub fn per_year(&self) -> Option<f64> {
        match self {
            Cadence::PerYear(n) => Some(f64::from(*n)),
            Cadence::PerMonth(n) => Some(f64::from(*n) * 12.0),
            Cadence::PerWeek(n) => Some(f64::from(*n) * 52.0),
            Cadence::EveryWeeks(n) if *n > 0 => Some(52.0 / f64::from(*n)),
            Cadence::EveryWeeks(_) => Some(0.0),
            Cadence::Months(months) => Some(months.len() as f64),
            Cadence::AsNeeded(_) => None,
        }
    }
}

/// A standing meeting body: steering group, cooperation committee, case meeting.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct MeetingBody {
    /// The body's name.
    pub name: String,
    /// Strategic or operative.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub level: Option<Level>,
    /// What the body is for.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    #[cfg_attr(feature = "ts", ts(as = "Option<String>", optional))]
    pub purpose: String,
    /// Members, by role.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "ts", ts(as = "Option<Vec<Member>>", optional))]
    pub members: Vec<Member>,
    /// Who chairs: one party, or the parties in turn.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub chair: Option<Holder>,
    /// How often the body meets.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub cadence: Option<Cadence>,
    /// Length of one meeting in hours, for the meeting load.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub hours: Option<f64>,
    /// Standing agenda items and duties.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "ts", ts(as = "Option<Vec<String>>", optional))]
    pub agenda: Vec<String>,
    /// Who writes the minutes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub minutes: Option<Holder>,
    /// The regions or places the body is held in, each as its own meeting with the members
    /// (by role) of that region: four local arenas with the same members, cadence and agenda are
    /// one body with four regions. Empty: the body meets as one.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "ts", ts(as = "Option<Vec<String>>", optional))]
    pub regions: Vec<String>,
}

/// One step of a routine: who does what, by when.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct Step {
    /// What happens.
    pub action: String,
    /// The party that does it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub responsible: Option<PartyId>,
    /// Deadline or trigger, in words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub deadline: Option<String>,
}

/// An age range in whole years, both ends included.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct AgeRange {
    /// Youngest age.
    pub from: u32,
    /// Oldest age.
    pub to: u32,
}

/// A target group, defined so both parties mean the same people.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct TargetGroup {
    /// The group's name as used in the agreement.
    pub name: String,
    /// Who belongs to the group.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    #[cfg_attr(feature = "ts", ts(as = "Option<String>", optional))]
    pub definition: String,
    /// Age range.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub age: Option<AgeRange>,
    /// Criteria for belonging to the group.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "ts", ts(as = "Option<Vec<String>>", optional))]
    pub criteria: Vec<String>,
    /// The party with the main responsibility for the group.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub lead: Option<PartyId>,
}

/// A goal with the indicator that shows whether it is reached.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct Goal {
    /// The goal.
    pub goal: String,
    /// What is measured.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    #[cfg_attr(feature = "ts", ts(as = "Option<String>", optional))]
    pub indicator: String,
    /// The target value, in words or numbers.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    #[cfg_attr(feature = "ts", ts(as = "Option<String>", optional))]
    pub target: String,
    /// When the target should be reached.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub deadline: Option<Date>,
    /// The party that follows the goal up.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub responsible: Option<PartyId>,
    /// Where the indicator stands when the agreement starts, so progress can be read against
    /// it (the studies: goals without a starting point cannot be followed up).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub baseline: Option<Baseline>,
    /// Where the figures come from ("SSB, tabell 12971").
    #[serde(default, skip_serializing_if = "String::is_empty")]
    #[cfg_attr(feature = "ts", ts(as = "Option<String>", optional))]
    pub source: String,
    /// Whether it is an effect, result or process goal.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub kind: Option<GoalKind>,
    /// Whether both parties answer for the goal together, not one sector alone.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    #[cfg_attr(feature = "ts", ts(as = "Option<bool>", optional))]
    pub shared: bool,
}

impl Goal {
    /// Whether the goal has a target to be followed up against (a blank target counts as none).
    pub fn has_target(&self) -> bool {
        !self.target.trim().is_empty()
    }

    /// Whether the goal's starting point is known: a baseline with a value.
    pub fn has_baseline(&self) -> bool {
        self.baseline
            .as_ref()
            .is_some_and(|b| !b.value.trim().is_empty())
    }

    /// Whether the goal names where its figures come from.
    pub fn has_source(&self) -> bool {
        !self.source.trim().is_empty()
    }
}

/// A goal's starting point: the indicator's value, and the day it was true for.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct Baseline {
    /// The value, in words or numbers ("72 prosent").
    pub value: String,
    /// The day or the end of the period the value was measured for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub date: Option<Date>,
}

/// What a goal measures: an effect in the lives of the people served, a result the services
/// deliver, or how the cooperation itself works.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub enum GoalKind {
    /// Effect goal (effektmål): what changes for the target group.
    Effekt,
    /// Result goal (resultatmål): what the services deliver.
    Resultat,
    /// Process goal (prosessmål): how the parties work together.
    Prosess,
}

impl GoalKind {
    /// Every kind, in the order a picker offers them.
    pub const ALL: [GoalKind; 3] = [GoalKind::Effekt, GoalKind::Resultat, GoalKind::Prosess];
}

/// A joint measure: what is done, by whom, when.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct Measure {
    /// The measure's name.
    pub name: String,
    /// What it is.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    #[cfg_attr(feature = "ts", ts(as = "Option<String>", optional))]
    pub description: String,
    /// The party responsible.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub responsible: Option<PartyId>,
    /// When it starts.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub start: Option<Date>,
    /// When it is done.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub deadline: Option<Date>,
    /// The regions (of the agreement's [`crate::model::agreement::Meta::regions`]) the measure covers,
    /// by name; empty: not tied to a region.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "ts", ts(as = "Option<Vec<String>>", optional))]
    pub regions: Vec<String>,
}

/// A contact person, with a deputy so the cooperation does not hang on one person.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct Contact {
    /// The party the contact belongs to (left out inside a party's own entry).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub party: Option<PartyId>,
    /// The role or area the contact covers.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    #[cfg_attr(feature = "ts", ts(as = "Option<String>", optional))]
    pub role: String,
    /// Name.
    pub name: String,
    /// E-mail address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub email: Option<String>,
    /// Telephone.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub phone: Option<String>,
    /// The deputy.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub deputy: Option<Deputy>,
    /// The regions (of the agreement's [`crate::model::agreement::Meta::regions`]) the contact covers,
    /// by name; empty: not tied to a region.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "ts", ts(as = "Option<Vec<String>>", optional))]
    pub regions: Vec<String>,
}

/// A contact person's deputy.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct Deputy {
    /// Name.
    pub name: String,
    /// E-mail address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub email: Option<String>,
    /// Telephone.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub phone: Option<String>,
}

/// How the parties share information about young people, and on what basis.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct InformationSharing {
    /// Whether the parties share information about named persons.
    pub personal_data: bool,
    /// What is shared, and why.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    #[cfg_attr(feature = "ts", ts(as = "Option<String>", optional))]
    pub purpose: String,
    /// The legal basis (lovhjemmel) for sharing.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    #[cfg_attr(feature = "ts", ts(as = "Option<String>", optional))]
    pub legal_basis: String,
    /// The consent routine.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub consent: Option<Consent>,
}

/// A consent routine: who consents, in what form, to what, and how consent is withdrawn.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct Consent {
    /// Who gives consent (the young person; guardians too when under 18).
    pub given_by: String,
    /// Whether consent must be written.
    pub written: bool,
    /// What the consent covers and who may receive the information.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    #[cfg_attr(feature = "ts", ts(as = "Option<String>", optional))]
    pub scope: String,
    /// How consent is withdrawn.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    #[cfg_attr(feature = "ts", ts(as = "Option<String>", optional))]
    pub withdrawal: String,
}

/// What one party contributes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct Finance {
    /// The contributing party.
    pub party: PartyId,
    /// The contribution in words (staff, premises, share of costs).
    pub contribution: String,
    /// An amount in Norwegian kroner per year, if the contribution is money.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub amount_nok: Option<u64>,
}

/// A report: what, from whom, to whom, how often.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct Reporting {
    /// What is reported.
    pub report: String,
    /// The party that writes it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub from: Option<PartyId>,
    /// Who receives it.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    #[cfg_attr(feature = "ts", ts(as = "Option<String>", optional))]
    pub to: String,
    /// How often.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub cadence: Option<Cadence>,
}

/// How and when the agreement is evaluated and revised.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct Evaluation {
    /// How often the agreement is evaluated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub cadence: Option<Cadence>,
    /// The date of the next evaluation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub next: Option<Date>,
    /// Who is responsible for the evaluation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub responsible: Option<Holder>,
    /// Questions the evaluation answers.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "ts", ts(as = "Option<Vec<String>>", optional))]
    pub questions: Vec<String>,
}

/// Terms for ending the agreement.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct Termination {
    /// Months of notice a party must give to end the agreement.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub notice_months: Option<u32>,
}

/// The signature blocks: which parties sign, and when and where those who have signed did.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct Signatures {
    /// The signing parties, in order; every party when empty.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "ts", ts(as = "Option<Vec<PartyId>>", optional))]
    pub parties: Vec<PartyId>,
    /// When and where each party signed, once known (an agreement signed before it reached
    /// Avtale is registered with them); printed in the party's signature block.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "ts", ts(as = "Option<Vec<Signing>>", optional))]
    pub signed: Vec<Signing>,
    /// Where the parties plan to sign together ("Bergen"), printed in every block's place and
    /// date until a registered signing (`signed`) gives the party's own.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub place: Option<String>,
    /// The day the parties plan to sign, printed likewise.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub date: Option<Date>,
}

impl Signatures {
    /// When and where this party signed, if recorded.
    pub fn signing(&self, party: &PartyId) -> Option<&Signing> {
        self.signed.iter().find(|s| &s.party == party)
    }

    /// The place and the date this party's block prints: its registered signing, else the
    /// planned common place and date (an empty place counts as none).
    pub fn place_and_date(&self, party: &PartyId) -> (Option<&str>, Option<Date>) {
        match self.signing(party) {
            Some(s) => (Some(s.place.as_str()), Some(s.date)),
            None => (
                self.place.as_deref().filter(|p| !p.trim().is_empty()),
                self.date,
            ),
        }
    }
}

/// One party's signing: the date and the place.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct Signing {
    /// The party that signed.
    pub party: PartyId,
    /// The day it signed.
    pub date: Date,
    /// Where it signed ("Bergen").
    pub place: String,
}

/// An annex to the agreement.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct Annex {
    /// The annex's title.
    pub title: String,
    /// Where it is found (file name, archive reference).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub reference: Option<String>,
}
