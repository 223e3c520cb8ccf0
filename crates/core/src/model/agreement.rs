//! The agreement: metadata, parties, ordered sections and the glossary, plus its revision
//! history. This is what one `*.avtale.yaml` file holds.
//!
//! Field names are English; values that are Norwegian domain words (agreement kinds, statuses,
//! party kinds, meeting levels) keep their Norwegian names, since no English word says the same.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::clause::{
    Annex, Boundary, Contact, Evaluation, Finance, Goal, InformationSharing, Mandate, Measure,
    MeetingBody, Reporting, Role, Signatures, Step, TargetGroup, Termination,
};
use crate::date::Date;
use crate::history::History;
use crate::lang::Lang;

/// The newest file format version this build reads and writes.
pub const FORMAT_VERSION: u32 = 1;

/// One cooperation agreement with its whole revision history.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct Agreement {
    /// The file format version; always first in the file.
    pub format: u32,
    /// Title, kind, county, language, period and status.
    pub meta: Meta,
    /// The parties to the agreement.
    pub parties: Vec<Party>,
    /// The clauses, in reading order.
    pub sections: Vec<Section>,
    /// Terms and definitions both parties agree on.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "ts", ts(as = "Option<Vec<GlossaryEntry>>", optional))]
    pub glossary: Vec<GlossaryEntry>,
    /// Warnings marked as considered, each with its reason (`check::considered`): part of the
    /// agreed text, so in the revision hash.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(
        feature = "ts",
        ts(as = "Option<Vec<crate::check::considered::Considered>>", optional)
    )]
    pub considered: Vec<crate::check::considered::Considered>,
    /// What the parties have recorded since signing (`followup::log`): measures' statuses,
    /// figures, meetings held, reports given. Kept in the file but not part of the agreed
    /// text: no revision holds it and no revision hash covers it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(
        feature = "ts",
        ts(as = "Option<Vec<crate::followup::Entry>>", optional)
    )]
    pub followup: Vec<crate::followup::Entry>,
    /// Saved revisions, oldest first.
    #[serde(default, skip_serializing_if = "History::is_empty")]
    #[cfg_attr(feature = "ts", ts(as = "Option<History>", optional))]
    pub history: History,
}

impl Agreement {
    /// The party with this id.
    pub fn party(&self, id: &PartyId) -> Option<&Party> {
        self.parties.iter().find(|p| &p.id == id)
    }

    /// The section with this id.
    pub fn section(&self, id: &SectionId) -> Option<&Section> {
        self.sections.iter().find(|s| &s.id == id)
    }

    /// Whether a section shows the glossary. When none does and the glossary has terms, the
    /// print adds them as an unnumbered part before the signatures (and AV041 says so).
    pub fn shows_glossary(&self) -> bool {
        self.sections
            .iter()
            .any(|s| s.show == Some(Generated::Glossary))
    }

    /// The parties that sign in a signatures clause: those it names, or every party when it
    /// names none.
    pub fn signing_parties(&self, signatures: &Signatures) -> Vec<PartyId> {
        if signatures.parties.is_empty() {
            self.parties.iter().map(|p| p.id.clone()).collect()
        } else {
            signatures.parties.clone()
        }
    }

    /// The parties that sign the agreement (in its first signatures clause); none without one.
    pub fn signers(&self) -> Vec<PartyId> {
        self.sections
            .iter()
            .find_map(|s| s.signatures.as_ref())
            .map(|s| self.signing_parties(s))
            .unwrap_or_default()
    }

    /// The contact person of a party: its own contact when named, else the first named
    /// contact for it in a contacts clause (where the starters keep them). What the signature
    /// block prints under the party.
    pub fn contact_of(&self, id: &PartyId) -> Option<&Contact> {
        let named = |c: &&Contact| !c.name.trim().is_empty();
        self.party(id)
            .and_then(|p| p.contact.as_ref())
            .filter(named)
            .or_else(|| {
                self.sections
                    .iter()
                    .filter_map(|s| s.contacts.as_ref())
                    .flatten()
                    .filter(|c| c.party.as_ref() == Some(id))
                    .find(named)
            })
    }

    /// The display name of a party: its organisation, or the id when the party is unknown.
    pub fn party_name(&self, id: &PartyId) -> String {
        self.party(id)
            .map_or_else(|| id.0.clone(), |p| p.organisation.clone())
    }
}

/// Identity and frame of an agreement.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct Meta {
    /// A stable identity shared by every copy and revision of this agreement, so two files can
    /// be recognised as the same agreement.
    pub id: String,
    /// The title on the first page.
    pub title: String,
    /// Main agreement, sub-agreement or action plan.
    pub kind: AgreementKind,
    /// The main agreement this one belongs under (for sub-agreements and action plans).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub parent: Option<ParentRef>,
    /// The county (fylke) the agreement covers.
    pub county: String,
    /// The municipality (kommune) a partnership agreement covers, with its Nav office.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub municipality: Option<String>,
    /// Bokmål or nynorsk.
    pub language: Lang,
    /// When the agreement applies, and how it is renewed.
    pub period: Period,
    /// Where the agreement is in its life.
    pub status: Status,
    /// The areas of cooperation (samarbeidsområder) a main agreement covers; each
    /// sub-agreement belongs to one of them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "ts", ts(as = "Option<Vec<String>>", optional))]
    pub areas: Vec<String>,
    /// Other agreements this one rests on, replaces or relates to (the central agreement
    /// between the ministry and KS, the agreement of the last period), printed on the cover
    /// and where a section shows them. Part of what is signed, so the revision hash covers it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "ts", ts(as = "Option<Vec<AgreementRef>>", optional))]
    pub references: Vec<AgreementRef>,
    /// The regions of the county the agreement reaches, each with its Nav offices and
    /// municipalities; meeting bodies, measures and contacts name them in their `regions`.
    /// Part of what is signed, so the revision hash covers it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "ts", ts(as = "Option<Vec<Region>>", optional))]
    pub regions: Vec<Region>,
}

/// A region of the county: its name, the Nav offices serving it and its municipalities.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct Region {
    /// The region's name, as tags name it ("Drammensregionen").
    pub name: String,
    /// The Nav offices serving the region ("Nav Drammen").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "ts", ts(as = "Option<Vec<String>>", optional))]
    pub offices: Vec<String>,
    /// The municipalities (kommuner) in the region.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "ts", ts(as = "Option<Vec<String>>", optional))]
    pub municipalities: Vec<String>,
}

/// Another agreement this one names: what it is to this one, its title, and optionally its
/// date and file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct AgreementRef {
    /// Whether this agreement rests on it, replaces it or relates to it.
    pub relation: Relation,
    /// Its title, as it is known ("Samarbeidsavtalen fra 2007 mellom …").
    pub title: String,
    /// The day it was signed or took effect, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub date: Option<Date>,
    /// Its file or archive reference, when there is one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub file: Option<String>,
}

/// What another agreement is to this one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub enum Relation {
    /// This agreement rests on it (the central agreement it follows up).
    ByggerPa,
    /// This agreement replaces it (the agreement of the last period).
    Erstatter,
    /// This agreement relates to it in another way.
    Relatert,
}

impl Relation {
    /// Every relation, in the order they print.
    pub const ALL: [Relation; 3] = [Relation::ByggerPa, Relation::Erstatter, Relation::Relatert];
}

/// The kind of agreement.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub enum AgreementKind {
    /// The overarching county agreement.
    Hovedavtale,
    /// A sub-agreement for one area (also called særavtale or delavtale).
    Underavtale,
    /// A yearly action plan under a main agreement.
    Handlingsplan,
    /// The partnership agreement between a Nav office's municipality and Nav (nav-loven § 14).
    Partnerskapsavtale,
}

/// The place an agreement kind names on its cover: the county or the municipality it covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub enum Place {
    /// The county (fylke): `Meta::county`.
    County,
    /// The municipality (kommune): `Meta::municipality`.
    Municipality,
}

/// The rules that follow from an agreement's kind, in one place: checks, the cover, the
/// family view, the command line and the page all ask these.
impl AgreementKind {
    /// Every kind, in the order pickers offer them.
    pub const ALL: [AgreementKind; 4] = [
        AgreementKind::Hovedavtale,
        AgreementKind::Underavtale,
        AgreementKind::Handlingsplan,
        AgreementKind::Partnerskapsavtale,
    ];

    /// Whether this is one of the county agreements between Nav and the county authority, the
    /// agreements the studies behind the county-only checks looked at (AV017, AV019, AV024).
    pub fn is_county(self) -> bool {
        match self {
            AgreementKind::Hovedavtale
            | AgreementKind::Underavtale
            | AgreementKind::Handlingsplan => true,
            AgreementKind::Partnerskapsavtale => false,
        }
    }

    /// Whether an agreement of this kind belongs under a main agreement (AV012 when it names
    /// none).
    pub fn belongs_under_main(self) -> bool {
        matches!(
            self,
            AgreementKind::Underavtale | AgreementKind::Handlingsplan
        )
    }

    /// Whether an agreement of this kind heads a family of sub-agreements and action plans.
    pub fn heads_family(self) -> bool {
        self == AgreementKind::Hovedavtale
    }

    /// Whether an agreement of this kind covers the whole cooperation rather than one area of
    /// its main agreement (an action plan; AV039 does not ask it for an area).
    pub fn covers_whole_cooperation(self) -> bool {
        self == AgreementKind::Handlingsplan
    }

    /// The place the cover names: the county, or for a partnership agreement the municipality.
    pub fn place(self) -> Place {
        match self {
            AgreementKind::Partnerskapsavtale => Place::Municipality,
            _ => Place::County,
        }
    }

    /// The meeting levels the agreement should have bodies on (AV019): strategic, operative.
    /// Only county agreements are held to this; the levels come from the county studies.
    pub fn meeting_levels(self) -> (bool, bool) {
        match self {
            AgreementKind::Hovedavtale => (true, true),
            AgreementKind::Underavtale => (false, true),
            AgreementKind::Handlingsplan | AgreementKind::Partnerskapsavtale => (false, false),
        }
    }

    /// The most words advised for a whole agreement of this kind (AV013). The studies praise
    /// agreements that are "short and to the point"; these limits (about 6, 5 and 4 pages, and
    /// 6 for a partnership agreement's twelve points) are our reading of that advice.
    pub fn word_limit(self) -> usize {
        match self {
            AgreementKind::Hovedavtale | AgreementKind::Partnerskapsavtale => 3000,
            AgreementKind::Underavtale => 2500,
            AgreementKind::Handlingsplan => 2000,
        }
    }
}

impl Meta {
    /// The place the cover names for this agreement's kind: the county or the municipality,
    /// as written (empty when not given).
    pub fn place(&self) -> &str {
        match self.kind.place() {
            Place::County => &self.county,
            Place::Municipality => self.municipality.as_deref().unwrap_or(""),
        }
    }
}

/// A reference to the main agreement a sub-agreement or action plan belongs under. The parent's
/// period is copied here so the dates can be checked without opening the parent's file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct ParentRef {
    /// The parent's `meta.id`.
    pub id: String,
    /// The parent's title.
    pub title: String,
    /// The parent's period, as last seen.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub period: Option<Period>,
    /// The parent's file, relative to this file's folder (or absolute), so the family can be
    /// checked against the parent as it is now.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub file: Option<String>,
    /// The parent's area of cooperation (one of its `meta.areas`) this agreement belongs to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub area: Option<String>,
    /// This agreement's parties that are not parties to the parent, named as additional
    /// (a school or a NAV office joining a sub-agreement, for example).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "ts", ts(as = "Option<Vec<PartyId>>", optional))]
    pub additional_parties: Vec<PartyId>,
}

/// The period an agreement applies for.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct Period {
    /// First day the agreement applies.
    pub from: Date,
    /// Last day the agreement applies; none means until terminated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub to: Option<Date>,
    /// How the agreement is renewed when the period ends.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub renewal: Option<Renewal>,
}

/// How long a period runs: whole months, and the days beyond the last whole month.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Length {
    /// Whole months.
    pub months: u32,
    /// Days beyond the whole months (0 for a period of whole months).
    pub days: u32,
}

impl Length {
    /// Whole years, when the period is a whole number of years.
    pub fn whole_years(self) -> Option<u32> {
        (self.days == 0 && self.months.is_multiple_of(12)).then_some(self.months / 12)
    }
}

impl Period {
    /// How long the period runs, counting its first and its last day (1 January 2021 to
    /// 31 December 2025 is five years). None when it has no end or ends before it starts.
    pub fn length(&self) -> Option<Length> {
        use chrono::Months;
        let to = self.to?;
        let from = self.from.naive();
        let end = to.naive().succ_opt()?;
        if end <= from {
            return None;
        }
        // Count whole months forward from the first day; calendar months, so 31 January plus
        // one month is the end of February.
        let mut months: u32 = 0;
        while let Some(next) = from.checked_add_months(Months::new(months + 1))
            && next <= end
        {
            months += 1;
        }
        let reached = from.checked_add_months(Months::new(months))?;
        let days = u32::try_from((end - reached).num_days()).unwrap_or(0);
        Some(Length { months, days })
    }
}

/// How an agreement is renewed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct Renewal {
    /// Whether the agreement renews itself unless a party gives notice.
    pub automatic: bool,
    /// For how many years each renewal runs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub years: Option<u32>,
    /// Months of notice a party must give to stop a renewal.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub notice_months: Option<u32>,
}

/// Where an agreement is in its life: utkast → til godkjenning → godkjent → signert →
/// gjeldende → utløpt.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub enum Status {
    /// Draft.
    Utkast,
    /// Sent for approval.
    TilGodkjenning,
    /// Approved by both parties, not yet signed.
    Godkjent,
    /// Signed; the signed revision is frozen.
    Signert,
    /// In force.
    Gjeldende,
    /// Expired.
    Utlopt,
}

impl Status {
    /// Every status, in the workflow's order.
    pub const ALL: [Status; 6] = [
        Status::Utkast,
        Status::TilGodkjenning,
        Status::Godkjent,
        Status::Signert,
        Status::Gjeldende,
        Status::Utlopt,
    ];
}

/// A party's identifier, unique within one agreement (for example `nav` or `fk`).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct PartyId(pub String);

impl fmt::Display for PartyId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl From<&str> for PartyId {
    fn from(id: &str) -> Self {
        Self(id.to_owned())
    }
}

/// A party to the agreement.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct Party {
    /// Identifier used by clauses to name this party.
    pub id: PartyId,
    /// The organisation, for example "NAV Vestland".
    pub organisation: String,
    /// The unit within the organisation, for example "Opplæringsavdelingen".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub unit: Option<String>,
    /// What kind of organisation it is.
    pub kind: PartyKind,
    /// Who signs for the party.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub signatory: Option<Person>,
    /// The party's contact person for the agreement.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub contact: Option<Contact>,
}

/// The kind of organisation a party is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub enum PartyKind {
    /// NAV at county level (NAV fylke).
    NavFylke,
    /// A local NAV office.
    NavKontor,
    /// The county authority.
    Fylkeskommune,
    /// A school.
    Skole,
    /// A municipality.
    Kommune,
    /// KS, the association of local and regional authorities.
    Ks,
    /// Any other organisation.
    Annen,
}

/// A named person with a title, such as a signatory.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct Person {
    /// Full name.
    pub name: String,
    /// Title, for example "fylkesdirektør".
    pub title: String,
}

/// A section's identifier: stable across reordering and renaming, unique within an agreement.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize)]
#[serde(transparent)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct SectionId(pub String);

impl fmt::Display for SectionId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// One clause of the agreement: a heading, optional prose (Markdown) and at most one block of
/// structured data, depending on the clause type.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct Section {
    /// Stable identifier.
    pub id: SectionId,
    /// Heading, without its number.
    pub title: String,
    /// The template the section was made from, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub template: Option<String>,
    /// The clause text in Markdown.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    #[cfg_attr(feature = "ts", ts(optional, as = "Option<String>"))]
    pub text: String,
    /// Shows a generated part of the agreement in this section.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub show: Option<Generated>,
    /// Roles and their tasks.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub roles: Option<Vec<Role>>,
    /// The mandate of a group.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub mandate: Option<Mandate>,
    /// Boundaries between the parties: who leads and who supports where they meet.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub boundaries: Option<Vec<Boundary>>,
    /// Meeting bodies.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub meetings: Option<Vec<MeetingBody>>,
    /// Ordered steps of a routine (case routine, escalation).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub steps: Option<Vec<Step>>,
    /// Target groups.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub target_groups: Option<Vec<TargetGroup>>,
    /// Goals with indicators.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub goals: Option<Vec<Goal>>,
    /// Joint measures.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub measures: Option<Vec<Measure>>,
    /// Contact persons.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub contacts: Option<Vec<Contact>>,
    /// Information sharing and consent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub information_sharing: Option<InformationSharing>,
    /// Each party's contribution.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub finances: Option<Vec<Finance>>,
    /// Reports: what, from whom, to whom, how often.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub reporting: Option<Vec<Reporting>>,
    /// Evaluation and revision.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub evaluation: Option<Evaluation>,
    /// Termination terms.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub termination: Option<Termination>,
    /// Signature blocks.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub signatures: Option<Signatures>,
    /// Annexes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub annexes: Option<Vec<Annex>>,
}

/// The kind of structured clause a section holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub enum ClauseKind {
    /// Prose only.
    Prose,
    /// Roles and tasks.
    Roles,
    /// A group's mandate.
    Mandate,
    /// Boundaries between the parties.
    Boundaries,
    /// Meeting bodies.
    Meetings,
    /// A routine of ordered steps.
    Steps,
    /// Target groups.
    TargetGroups,
    /// Goals.
    Goals,
    /// Joint measures.
    Measures,
    /// Contact persons.
    Contacts,
    /// Information sharing and consent.
    InformationSharing,
    /// Finances.
    Finances,
    /// Reporting.
    Reporting,
    /// Evaluation and revision.
    Evaluation,
    /// Termination.
    Termination,
    /// Signatures.
    Signatures,
    /// Annexes.
    Annexes,
}

impl ClauseKind {
    /// The key the structured data has in the file (`prose` has none).
    pub fn key(self) -> &'static str {
        match self {
            ClauseKind::Prose => "prose",
            ClauseKind::Roles => "roles",
            ClauseKind::Mandate => "mandate",
            ClauseKind::Boundaries => "boundaries",
            ClauseKind::Meetings => "meetings",
            ClauseKind::Steps => "steps",
            ClauseKind::TargetGroups => "target_groups",
            ClauseKind::Goals => "goals",
            ClauseKind::Measures => "measures",
            ClauseKind::Contacts => "contacts",
            ClauseKind::InformationSharing => "information_sharing",
            ClauseKind::Finances => "finances",
            ClauseKind::Reporting => "reporting",
            ClauseKind::Evaluation => "evaluation",
            ClauseKind::Termination => "termination",
            ClauseKind::Signatures => "signatures",
            ClauseKind::Annexes => "annexes",
        }
    }
}

impl Section {
    /// The structured clause kinds present in this section, in field order. A valid section has
    /// at most one; loading refuses a file where a section has more.
    pub fn kinds(&self) -> Vec<ClauseKind> {
        let present = [
            (self.roles.is_some(), ClauseKind::Roles),
            (self.mandate.is_some(), ClauseKind::Mandate),
            (self.boundaries.is_some(), ClauseKind::Boundaries),
            (self.meetings.is_some(), ClauseKind::Meetings),
            (self.steps.is_some(), ClauseKind::Steps),
            (self.target_groups.is_some(), ClauseKind::TargetGroups),
            (self.goals.is_some(), ClauseKind::Goals),
            (self.measures.is_some(), ClauseKind::Measures),
            (self.contacts.is_some(), ClauseKind::Contacts),
            (
                self.information_sharing.is_some(),
                ClauseKind::InformationSharing,
            ),
            (self.finances.is_some(), ClauseKind::Finances),
            (self.reporting.is_some(), ClauseKind::Reporting),
            (self.evaluation.is_some(), ClauseKind::Evaluation),
            (self.termination.is_some(), ClauseKind::Termination),
            (self.signatures.is_some(), ClauseKind::Signatures),
            (self.annexes.is_some(), ClauseKind::Annexes),
        ];
        present
            .into_iter()
            .filter(|(is, _)| *is)
            .map(|(_, kind)| kind)
            .collect()
    }

    /// The structured clause kind of this section (`Prose` when it holds no structured data).
    pub fn kind(&self) -> ClauseKind {
        self.kinds().first().copied().unwrap_or(ClauseKind::Prose)
    }
}

/// A generated part of the agreement that a section can show.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub enum Generated {
    /// The list of parties.
    Parties,
    /// The period and renewal terms.
    Period,
    /// The glossary.
    Glossary,
    /// The agreements this one rests on, replaces or relates to, and the agreements of its
    /// family (the main agreement it makes concrete, or its sub-agreements and action plans).
    References,
    /// The regions the agreement reaches, with their Nav offices and municipalities
    /// (`meta.regions`).
    Regions,
}

/// A term both parties agree on, with its definition.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct GlossaryEntry {
    /// The term, for example "OT".
    pub term: String,
    /// The agreed definition.
    pub definition: String,
}

impl GlossaryEntry {
    /// Whether both the term and the definition are filled in: only such an entry is printed
    /// (a blank one is reported by check AV049).
    pub fn is_complete(&self) -> bool {
        !self.term.trim().is_empty() && !self.definition.trim().is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn period(from: (i32, u32, u32), to: (i32, u32, u32)) -> Period {
        Period {
            from: Date::from_ymd(from.0, from.1, from.2).expect("from"),
            to: Date::from_ymd(to.0, to.1, to.2),
            renewal: None,
        }
    }

    /// Broke before: AV024 called 1 January 2021 – 31 December 2025 "4 år".
    #[test]
    fn a_period_is_counted_with_its_first_and_last_day() {
        let five = period((2021, 1, 1), (2025, 12, 31))
            .length()
            .expect("length");
        assert_eq!(
            five,
            Length {
                months: 60,
                days: 0
            }
        );
        assert_eq!(five.whole_years(), Some(5));
        let four = period((2021, 1, 1), (2024, 12, 31))
            .length()
            .expect("length");
        assert_eq!(four.whole_years(), Some(4));
        let half = period((2021, 1, 1), (2025, 6, 30))
            .length()
            .expect("length");
        assert_eq!(
            half,
            Length {
                months: 54,
                days: 0
            }
        );
        assert_eq!(half.whole_years(), None);
        let odd = period((2026, 12, 1), (2030, 12, 15))
            .length()
            .expect("length");
        assert_eq!(
            odd,
            Length {
                months: 48,
                days: 15
            }
        );
        let mid_month = period((2026, 8, 15), (2028, 8, 14))
            .length()
            .expect("length");
        assert_eq!(mid_month.whole_years(), Some(2));
        assert_eq!(period((2026, 12, 1), (2026, 11, 30)).length(), None);
    }
}
