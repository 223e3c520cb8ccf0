//! Checks: what is missing, unclear or inconsistent in an agreement, as diagnostics with a
//! stable code, a severity, the place (section and field path) and a Norwegian message that
//! says what to do.
//!
//! The rules come from the studies behind the product: every task needs one responsible party,
//! meeting bodies need a cadence and a chair, dates must agree, every party must sign,
//! information sharing needs consent, agreements should be short, and jargon should be defined
//! (see `docs/checks.md` for each code and its source).

mod cache;
pub mod considered;
mod dates;
mod family;
pub mod fix;
mod language;
pub mod locate;
mod meetings;
mod parties;
mod readability;
mod references;
mod regions;
mod responsibility;
mod sections;

use serde::{Deserialize, Serialize};

use crate::agreement::{Agreement, Section, SectionId};
use crate::fix::Fix;
use crate::lang::Locale;
use crate::locate::{LocationIndex, Position};
use crate::messages;

pub use cache::{CheckCache, check_with};
pub use language::{ABBREVIATIONS_EVERYONE_KNOWS, word_count};

/// How serious a diagnostic is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub enum Severity {
    /// Must be fixed before the agreement can be signed.
    Error,
    /// Should be looked at.
    Warning,
}

macro_rules! codes {
    ($($variant:ident = $code:literal, $severity:ident;)*) => {
        /// A check's stable code. Codes never change meaning; retired codes are not reused.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
        pub enum Code {
            $(
                #[doc = concat!("`", $code, "`")]
                #[serde(rename = $code)]
                $variant,
            )*
        }

        impl Code {
            /// Every code, in order.
            pub const ALL: &'static [Code] = &[$(Code::$variant),*];

            /// The code as written: `AV001`.
            pub fn as_str(self) -> &'static str {
                match self { $(Code::$variant => $code,)* }
            }

            /// Parses `AV001`.
            pub fn parse(text: &str) -> Option<Code> {
                match text { $($code => Some(Code::$variant),)* _ => None }
            }

            /// The severity of diagnostics with this code.
            pub fn severity(self) -> Severity {
                match self { $(Code::$variant => Severity::$severity,)* }
            }
        }
    };
}

codes! {
    Placeholder = "AV001", Error;
    TaskWithoutResponsible = "AV002", Error;
    UnknownParty = "AV003", Error;
    MeetingWithoutCadence = "AV004", Error;
    MeetingWithoutChair = "AV005", Error;
    PeriodEndsBeforeStart = "AV006", Error;
    OutsideParentPeriod = "AV007", Error;
    PartyWithoutSignatory = "AV008", Error;
    EvaluationOutsidePeriod = "AV009", Error;
    SharingWithoutConsent = "AV010", Error;
    TooFewParties = "AV011", Error;
    NoParent = "AV012", Warning;
    AgreementTooLong = "AV013", Warning;
    SectionTooLong = "AV014", Warning;
    UndefinedAbbreviation = "AV015", Warning;
    TermDefinedTwice = "AV016", Warning;
    NoEvaluation = "AV017", Warning;
    MeetingWithoutMembers = "AV018", Warning;
    MissingMeetingLevel = "AV019", Warning;
    TooManyMeetings = "AV020", Warning;
    ContactWithoutDeputy = "AV021", Warning;
    GoalNotMeasurable = "AV022", Warning;
    MandateIncomplete = "AV023", Warning;
    PeriodTooLong = "AV024", Warning;
    EmptySection = "AV025", Warning;
    TargetGroupUndefined = "AV026", Warning;
    BoundaryWithoutLead = "AV027", Warning;
    ConsentIncomplete = "AV028", Warning;
    RenewalWithoutNotice = "AV029", Warning;
    NoSignatures = "AV030", Warning;
    PartyDoesNotSign = "AV031", Warning;
    DateOutsidePeriod = "AV032", Warning;
    UndefinedJargon = "AV033", Warning;
    TargetGroupNamedDifferently = "AV034", Warning;
    VeryLongSentence = "AV035", Warning;
    ParentMismatch = "AV036", Error;
    PartyNotInParent = "AV037", Warning;
    AreaNotInParent = "AV038", Warning;
    NoArea = "AV039", Warning;
    ParentUnreadable = "AV040", Warning;
    GlossaryNotShown = "AV041", Warning;
    BrokenReference = "AV042", Error;
    DateInTextOutsidePeriod = "AV043", Warning;
    CadenceInTextDiffers = "AV044", Warning;
    NameInTextNotAParty = "AV045", Warning;
    OutdatedWording = "AV046", Warning;
    RegionUnclear = "AV047", Warning;
    ConsideredNotFound = "AV048", Warning;
    GlossaryEntryIncomplete = "AV049", Error;
    GoalNotFollowable = "AV050", Warning;
    RegionNotCovered = "AV051", Warning;
}

impl std::fmt::Display for Code {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// What a check found, with the details its message needs.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum Finding {
    /// A `{{placeholder}}` is still in the text.
    Placeholder {
        /// The placeholder's name.
        name: String,
        /// A label saying what to fill in, from the template's parameter.
        label: Option<String>,
    },
    /// A task has no responsible party.
    TaskWithoutResponsible {
        /// The task.
        task: String,
    },
    /// A clause names a party id that is not among the parties.
    UnknownParty {
        /// The id.
        id: String,
    },
    /// A meeting body has no cadence.
    MeetingWithoutCadence {
        /// The body.
        body: String,
    },
    /// A meeting body has no chair.
    MeetingWithoutChair {
        /// The body.
        body: String,
    },
    /// A period ends before it starts.
    PeriodEndsBeforeStart,
    /// The period reaches outside the parent agreement's period.
    OutsideParentPeriod {
        /// The parent's title.
        parent: String,
    },
    /// A party has no signatory.
    PartyWithoutSignatory {
        /// The party's organisation.
        party: String,
    },
    /// The next evaluation falls outside the period.
    EvaluationOutsidePeriod,
    /// Personal information is shared without a consent routine.
    SharingWithoutConsent,
    /// Fewer than two parties.
    TooFewParties,
    /// A sub-agreement or action plan does not name its main agreement.
    NoParent,
    /// The agreement is longer than advised.
    AgreementTooLong {
        /// Words in the agreement.
        words: usize,
        /// The advised maximum.
        limit: usize,
    },
    /// A section is longer than advised.
    SectionTooLong {
        /// Words in the section.
        words: usize,
        /// The advised maximum.
        limit: usize,
    },
    /// An abbreviation is used but not defined in the glossary.
    UndefinedAbbreviation {
        /// The abbreviation.
        abbreviation: String,
    },
    /// A glossary term is defined twice, also when written differently ("OT" and
    /// "Oppfølgingstjenesten (OT)").
    TermDefinedTwice {
        /// The term as the later entry writes it.
        term: String,
        /// The earlier entry's term.
        first: String,
    },
    /// No evaluation is planned.
    NoEvaluation,
    /// The glossary has terms but no section shows it: it prints as an unnumbered part before
    /// the signatures (seen when a user deleted the glossary's section and the terms still
    /// printed).
    GlossaryNotShown {
        /// How many terms.
        terms: usize,
    },
    /// A meeting body has no members.
    MeetingWithoutMembers {
        /// The body.
        body: String,
    },
    /// A level of meeting body is missing.
    MissingMeetingLevel {
        /// True when the strategic level is missing, false for the operative.
        strategic: bool,
    },
    /// A body meets more often than its level calls for.
    TooManyMeetings {
        /// The body.
        body: String,
        /// Meetings a year.
        per_year: u32,
        /// The advised maximum.
        limit: u32,
    },
    /// A contact person has no deputy.
    ContactWithoutDeputy {
        /// The contact's name.
        name: String,
    },
    /// A goal has no indicator or no deadline.
    GoalNotMeasurable {
        /// The goal.
        goal: String,
    },
    /// A mandate lacks decision authority, reporting line or leader.
    MandateIncomplete {
        /// The group.
        group: String,
    },
    /// The period is longer than the studies advise, or has no end.
    PeriodTooLong {
        /// How long it runs, counting its first and last day; none when open-ended.
        length: Option<crate::agreement::Length>,
    },
    /// A section has neither text nor data.
    EmptySection,
    /// A target group has no definition or age range.
    TargetGroupUndefined {
        /// The group.
        group: String,
    },
    /// A boundary area names no lead party.
    BoundaryWithoutLead {
        /// The area.
        area: String,
    },
    /// The consent routine does not say how consent is withdrawn or what it covers.
    ConsentIncomplete,
    /// The agreement renews itself but sets no notice period.
    RenewalWithoutNotice,
    /// The agreement has no signature section.
    NoSignatures,
    /// A party is left out of the signature blocks.
    PartyDoesNotSign {
        /// The party's organisation.
        party: String,
    },
    /// A date in a clause falls outside the agreement's period.
    DateOutsidePeriod {
        /// What the date is (a goal or measure).
        what: String,
    },
    /// A term of the term bank whose meaning cannot be read from its words is used but not
    /// defined in the glossary.
    UndefinedJargon {
        /// The term as written in the text.
        term: String,
    },
    /// A target group is named in different ways in different sections.
    TargetGroupNamedDifferently {
        /// The first wording.
        first: String,
        /// The title of the section it stands in.
        first_section: String,
        /// The other wording.
        second: String,
        /// The title of the section it stands in.
        second_section: String,
    },
    /// A sentence is very long.
    VeryLongSentence {
        /// Words in the sentence.
        words: usize,
        /// The advised maximum.
        limit: usize,
        /// The first words of the sentence, to find it by.
        start: String,
    },
    /// The file named as the main agreement is another agreement.
    ParentMismatch {
        /// The file as linked.
        file: String,
        /// The title of the agreement found there.
        title: String,
    },
    /// A party that is not a party to the main agreement and not named as additional.
    PartyNotInParent {
        /// The party's organisation.
        party: String,
        /// The main agreement's title.
        parent: String,
    },
    /// The area named is not one of the main agreement's areas.
    AreaNotInParent {
        /// The area as written.
        area: String,
        /// The main agreement's title.
        parent: String,
        /// The main agreement's areas, listed.
        areas: String,
    },
    /// The main agreement has areas, and this agreement names none.
    NoArea {
        /// The main agreement's title.
        parent: String,
        /// The main agreement's areas, listed.
        areas: String,
    },
    /// The main agreement's file could not be read.
    ParentUnreadable {
        /// The file as linked.
        file: String,
        /// Why it could not be read.
        reason: String,
    },
    /// A `[[…]]` in the text is no reference, or points at data the agreement does not have.
    BrokenReference {
        /// The reference as written, brackets included.
        written: String,
        /// Whether it is a known kind of reference (then the data is what is missing).
        known: bool,
    },
    /// A date written in the text lies after the period, or is a deadline before it starts.
    DateInTextOutsidePeriod {
        /// The words of the date.
        words: String,
        /// After the period (else a deadline before it).
        after: bool,
    },
    /// A cadence written in a sentence about a meeting body is not the body's.
    CadenceInTextDiffers {
        /// The words of the cadence.
        words: String,
        /// The body's name.
        body: String,
        /// The body's cadence, in words.
        cadence: String,
    },
    /// A NAV unit or county authority that is no party, or a title nobody signing has.
    NameInTextNotAParty {
        /// The words.
        words: String,
        /// A leader's title (else an organisation).
        title: bool,
    },
    /// Words that state the law or a name as it was before (the legal facts table's
    /// `outdated`): an OT age of 21, "spesialundervisning", "arbeidspraksis".
    OutdatedWording {
        /// The words, as written.
        words: String,
        /// What to write instead.
        current: String,
        /// What applies now and where it is stated, in the agreement's language.
        note: String,
    },
    /// A meeting body's region is blank, or names a region the body already has.
    RegionUnclear {
        /// The body.
        body: String,
        /// The region named twice; none when it is blank.
        region: Option<String>,
    },
    /// A region of the agreement that no meeting body is held in and no measure or contact
    /// is tagged with.
    RegionNotCovered {
        /// The region's name.
        region: String,
    },
    /// A warning marked as considered is no longer found: the text changed, or the warning
    /// went away. The mark stays in the file until it is removed (the fix removes it).
    ConsideredNotFound {
        /// The code of the warning that was considered.
        code: Code,
        /// The reason given.
        reason: String,
    },
    /// A goal with a target but no baseline or no source for its figures: progress cannot be
    /// read against where it started, nor the figures found again.
    GoalNotFollowable {
        /// The goal.
        goal: String,
        /// Whether the baseline is missing.
        no_baseline: bool,
        /// Whether the source is missing.
        no_source: bool,
    },
    /// A glossary entry whose term or definition is blank: it is not printed (a row with
    /// nothing to read), so it is refused until it is filled in or removed.
    GlossaryEntryIncomplete {
        /// The term, when it is the definition that is blank.
        term: Option<String>,
        /// Which is blank: the term (else the definition).
        term_blank: bool,
        /// Whether both are blank (an empty row).
        empty: bool,
    },
}

impl Finding {
    /// What the finding names, for the findings of which one field can hold several (the
    /// text's abbreviations, words, sentences): what tells them apart for a mark as
    /// considered. None for the others, which one field holds at most one of.
    pub fn subject(&self) -> Option<&str> {
        match self {
            Finding::Placeholder { name, .. } => Some(name),
            Finding::UnknownParty { id } => Some(id),
            Finding::UndefinedAbbreviation { abbreviation } => Some(abbreviation),
            Finding::TermDefinedTwice { term, .. } => Some(term),
            Finding::DateOutsidePeriod { what } => Some(what),
            Finding::UndefinedJargon { term } => Some(term),
            Finding::TargetGroupNamedDifferently { second, .. } => Some(second),
            Finding::VeryLongSentence { start, .. } => Some(start),
            Finding::BrokenReference { written, .. } => Some(written),
            Finding::DateInTextOutsidePeriod { words, .. }
            | Finding::CadenceInTextDiffers { words, .. }
            | Finding::NameInTextNotAParty { words, .. }
            | Finding::OutdatedWording { words, .. } => Some(words),
            _ => None,
        }
    }

    /// The code this finding is reported under.
    pub fn code(&self) -> Code {
        match self {
            Finding::Placeholder { .. } => Code::Placeholder,
            Finding::TaskWithoutResponsible { .. } => Code::TaskWithoutResponsible,
            Finding::UnknownParty { .. } => Code::UnknownParty,
            Finding::MeetingWithoutCadence { .. } => Code::MeetingWithoutCadence,
            Finding::MeetingWithoutChair { .. } => Code::MeetingWithoutChair,
            Finding::PeriodEndsBeforeStart => Code::PeriodEndsBeforeStart,
            Finding::OutsideParentPeriod { .. } => Code::OutsideParentPeriod,
            Finding::PartyWithoutSignatory { .. } => Code::PartyWithoutSignatory,
            Finding::EvaluationOutsidePeriod => Code::EvaluationOutsidePeriod,
            Finding::SharingWithoutConsent => Code::SharingWithoutConsent,
            Finding::TooFewParties => Code::TooFewParties,
            Finding::NoParent => Code::NoParent,
            Finding::AgreementTooLong { .. } => Code::AgreementTooLong,
            Finding::SectionTooLong { .. } => Code::SectionTooLong,
            Finding::UndefinedAbbreviation { .. } => Code::UndefinedAbbreviation,
            Finding::TermDefinedTwice { .. } => Code::TermDefinedTwice,
            Finding::NoEvaluation => Code::NoEvaluation,
            Finding::GlossaryNotShown { .. } => Code::GlossaryNotShown,
            Finding::GlossaryEntryIncomplete { .. } => Code::GlossaryEntryIncomplete,
            Finding::GoalNotFollowable { .. } => Code::GoalNotFollowable,
            Finding::MeetingWithoutMembers { .. } => Code::MeetingWithoutMembers,
            Finding::MissingMeetingLevel { .. } => Code::MissingMeetingLevel,
            Finding::TooManyMeetings { .. } => Code::TooManyMeetings,
            Finding::ContactWithoutDeputy { .. } => Code::ContactWithoutDeputy,
            Finding::GoalNotMeasurable { .. } => Code::GoalNotMeasurable,
            Finding::MandateIncomplete { .. } => Code::MandateIncomplete,
            Finding::PeriodTooLong { .. } => Code::PeriodTooLong,
            Finding::EmptySection => Code::EmptySection,
            Finding::TargetGroupUndefined { .. } => Code::TargetGroupUndefined,
            Finding::BoundaryWithoutLead { .. } => Code::BoundaryWithoutLead,
            Finding::ConsentIncomplete => Code::ConsentIncomplete,
            Finding::RenewalWithoutNotice => Code::RenewalWithoutNotice,
            Finding::NoSignatures => Code::NoSignatures,
            Finding::PartyDoesNotSign { .. } => Code::PartyDoesNotSign,
            Finding::DateOutsidePeriod { .. } => Code::DateOutsidePeriod,
            Finding::UndefinedJargon { .. } => Code::UndefinedJargon,
            Finding::TargetGroupNamedDifferently { .. } => Code::TargetGroupNamedDifferently,
            Finding::VeryLongSentence { .. } => Code::VeryLongSentence,
            Finding::ParentMismatch { .. } => Code::ParentMismatch,
            Finding::PartyNotInParent { .. } => Code::PartyNotInParent,
            Finding::AreaNotInParent { .. } => Code::AreaNotInParent,
            Finding::NoArea { .. } => Code::NoArea,
            Finding::ParentUnreadable { .. } => Code::ParentUnreadable,
            Finding::BrokenReference { .. } => Code::BrokenReference,
            Finding::DateInTextOutsidePeriod { .. } => Code::DateInTextOutsidePeriod,
            Finding::CadenceInTextDiffers { .. } => Code::CadenceInTextDiffers,
            Finding::NameInTextNotAParty { .. } => Code::NameInTextNotAParty,
            Finding::OutdatedWording { .. } => Code::OutdatedWording,
            Finding::RegionUnclear { .. } => Code::RegionUnclear,
            Finding::RegionNotCovered { .. } => Code::RegionNotCovered,
            Finding::ConsideredNotFound { .. } => Code::ConsideredNotFound,
        }
    }
}

/// One diagnostic: what is wrong, where, and what to do.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct Diagnostic {
    /// The check's stable code.
    pub code: Code,
    /// Error or warning.
    pub severity: Severity,
    /// The section it concerns, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub section: Option<SectionId>,
    /// The field path in the file, such as `sections[3].meetings[0].cadence`.
    pub field: String,
    /// The message, in the requested language.
    pub message: String,
    /// A change that resolves the diagnostic, when there is an obvious one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub fix: Option<Fix>,
    /// What the diagnostic names when one field can hold several of its code (the
    /// abbreviation, the words): part of what a mark as considered matches.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub subject: Option<String>,
    /// The reason given when this warning was marked as considered: it is then not an open
    /// warning ([`considered::open`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub considered: Option<String>,
    /// Whether it may be marked as considered ([`considered::can_consider`]): the page offers
    /// it only then.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    #[cfg_attr(feature = "ts", ts(as = "Option<bool>", optional))]
    pub can_consider: bool,
}

/// A diagnostic placed in the file text.
#[derive(Debug, Clone, PartialEq)]
pub struct Located<'a> {
    /// The diagnostic.
    pub diagnostic: &'a Diagnostic,
    /// Where its field (or the nearest present ancestor) stands.
    pub position: Position,
}

/// Where a finding was made, before it becomes a diagnostic.
struct Place {
    section: Option<SectionId>,
    field: String,
    fix: Option<Fix>,
}

/// Collects findings from the rules.
struct Findings<'a> {
    agreement: &'a Agreement,
    found: Vec<(Place, Finding)>,
}

impl<'a> Findings<'a> {
    fn agreement_level(&mut self, field: impl Into<String>, finding: Finding) {
        self.found.push((
            Place {
                section: None,
                field: field.into(),
                fix: None,
            },
            finding,
        ));
    }

    fn in_section(&mut self, index: usize, field: &str, finding: Finding) {
        let section = self.agreement.sections.get(index).map(|s| s.id.clone());
        let field = if field.is_empty() {
            format!("sections[{index}]")
        } else {
            format!("sections[{index}].{field}")
        };
        self.found.push((
            Place {
                section,
                field,
                fix: None,
            },
            finding,
        ));
    }

    /// Attaches a fix to the finding added last.
    fn with_fix(&mut self, fix: Option<Fix>) {
        if let Some((place, _)) = self.found.last_mut() {
            place.fix = fix;
        }
    }
}

/// What the checks need besides the agreement.
#[derive(Debug, Clone, Copy, Default)]
pub struct CheckOptions<'a> {
    /// The language of the messages.
    pub locale: Locale,
    /// Templates, for placeholder labels; none is fine.
    pub templates: Option<&'a crate::template::TemplateSet>,
    /// The main agreement's file as read now, for a sub-agreement or action plan that links to
    /// one; none skips the family checks (the period is then checked against the copy).
    pub parent: Option<ParentFile<'a>>,
}

/// The main agreement a sub-agreement links to, as its file was found.
#[derive(Debug, Clone, Copy)]
pub enum ParentFile<'a> {
    /// The file was read.
    Loaded(&'a Agreement),
    /// The file could not be read; the reason is a full message in the user's language.
    Unreadable {
        /// Why.
        reason: &'a str,
    },
}

/// Runs every check and returns the diagnostics, errors before warnings. To check an agreement
/// again and again as it is edited, [`check_with`] gives the same diagnostics and reads only
/// the sections that changed.
pub fn check(agreement: &Agreement, options: CheckOptions<'_>) -> Vec<Diagnostic> {
    let readings: Vec<SectionReading> = agreement.sections.iter().map(read_section).collect();
    let readings: Vec<&SectionReading> = readings.iter().collect();
    run(agreement, options, &readings)
}

/// What the text checks read from one section: the expensive part of checking, and a pure
/// function of the section's content (not of its place, the parties, the period or the
/// glossary), so it can be kept while the section is unchanged. Field paths in it are inside
/// the section.
#[derive(Debug, Clone)]
struct SectionReading {
    /// For the placeholder, abbreviation, jargon, target group and length checks.
    language: language::SectionText,
    /// Very long sentences of the running text.
    long_sentences: Vec<(usize, String)>,
    /// References and the dates, cadences and names written in the text (AV042–AV045).
    references: references::Reading,
}

fn read_section(section: &Section) -> SectionReading {
    SectionReading {
        language: language::read_section(section),
        long_sentences: readability::read_section(section),
        references: references::read_section(section),
    }
}

/// Runs every check, with `readings` holding [`read_section`] of each section in order.
fn run(
    agreement: &Agreement,
    options: CheckOptions<'_>,
    readings: &[&SectionReading],
) -> Vec<Diagnostic> {
    debug_assert_eq!(readings.len(), agreement.sections.len());
    let mut findings = Findings {
        agreement,
        found: Vec::new(),
    };
    parties::check(&mut findings);
    // The main agreement's period and title as they are now, unless its file is another
    // agreement.
    let outer = match options.parent {
        Some(ParentFile::Loaded(main))
            if agreement
                .meta
                .parent
                .as_ref()
                .is_some_and(|p| p.id.is_empty() || p.id == main.meta.id) =>
        {
            Some((&main.meta.period, main.meta.title.as_str()))
        }
        _ => None,
    };
    dates::check(&mut findings, outer);
    if let Some(parent) = options.parent {
        family::check(&mut findings, parent);
    }
    responsibility::check(&mut findings);
    meetings::check(&mut findings);
    regions::check(&mut findings);
    sections::check(&mut findings);
    let texts: Vec<&references::Reading> = readings.iter().map(|r| &r.references).collect();
    references::check(&mut findings, &texts);
    let language: Vec<&language::SectionText> = readings.iter().map(|r| &r.language).collect();
    language::check(&mut findings, options.templates, &language);
    let long: Vec<&[(usize, String)]> = readings
        .iter()
        .map(|r| r.long_sentences.as_slice())
        .collect();
    readability::check(&mut findings, &long);
    let mut diagnostics: Vec<Diagnostic> = findings
        .found
        .into_iter()
        .map(|(place, finding)| {
            let code = finding.code();
            Diagnostic {
                code,
                severity: code.severity(),
                section: place.section,
                field: place.field,
                message: messages::finding(&finding, options.locale),
                fix: place.fix,
                subject: finding.subject().map(str::to_owned),
                considered: None,
                can_consider: considered::can_consider(code),
            }
        })
        .collect();
    // Warnings marked as considered say so; a mark that names no warning any more is one.
    for i in considered::apply(agreement, &mut diagnostics) {
        let Some(mark) = agreement.considered.get(i) else {
            continue;
        };
        let finding = Finding::ConsideredNotFound {
            code: mark.code,
            reason: mark.reason.clone(),
        };
        let code = finding.code();
        diagnostics.push(Diagnostic {
            code,
            severity: code.severity(),
            section: None,
            field: format!("considered[{i}]"),
            message: messages::finding(&finding, options.locale),
            fix: Some(Fix::ForgetConsidered {
                considered: mark.clone(),
            }),
            subject: None,
            considered: None,
            can_consider: false,
        });
    }
    diagnostics.sort_by_key(|d| d.severity);
    diagnostics
}

/// Places diagnostics in the file text they were found in.
pub fn locate<'a>(diagnostics: &'a [Diagnostic], text: &str) -> Vec<Located<'a>> {
    if diagnostics.is_empty() {
        return Vec::new();
    }
    let index = LocationIndex::build(text);
    diagnostics
        .iter()
        .map(|diagnostic| Located {
            diagnostic,
            position: index
                .position(&diagnostic.field)
                .unwrap_or(Position { line: 1, column: 1 }),
        })
        .collect()
}

/// True when any diagnostic is an error.
pub fn has_errors(diagnostics: &[Diagnostic]) -> bool {
    diagnostics.iter().any(|d| d.severity == Severity::Error)
}
