//! The message catalogue of the core: every text a user reads that the core produces, in
//! bokmål, nynorsk and English. Diagnostics, file errors, the labels and phrases of the rendered
//! agreement, and the names of kinds, statuses and categories all come from here, so no other
//! module writes user-facing words.

use crate::agreement::{AgreementKind, PartyKind, Status};
use crate::calendar::CalendarError;
use crate::check::Finding;
use crate::clause::{Cadence, Level};
use crate::date::Date;
use crate::error::LoadProblem;
use crate::holidays::{Break, Holiday};
use crate::lang::{Lang, Locale};
use crate::template::Category;
use crate::yaml::YamlProblem;
use crate::{catalogue, msg};

/// The message of a check's finding.
pub fn finding(finding: &Finding, l: Locale) -> String {
    match finding {
        Finding::Placeholder { name, label } => match label {
            Some(label) => {
                let label = lower_first(label);
                msg!(l, "finding", name, label)
            }
            None => msg!(l, "finding-2", name),
        },
        Finding::TaskWithoutResponsible { task } => {
            msg!(l, "finding-task-without-responsible", task)
        }
        Finding::UnknownParty { id } => msg!(l, "finding-unknown-party", id),
        Finding::MeetingWithoutCadence { body } => msg!(l, "finding-meeting-without-cadence", body),
        Finding::MeetingWithoutChair { body } => msg!(l, "finding-meeting-without-chair", body),
        Finding::PeriodEndsBeforeStart => msg!(l, "finding-period-ends-before-start"),
        Finding::OutsideParentPeriod { parent } => msg!(l, "finding-outside-parent-period", parent),
        Finding::PartyWithoutSignatory { party } => {
            msg!(l, "finding-party-without-signatory", party)
        }
        Finding::EvaluationOutsidePeriod => msg!(l, "finding-evaluation-outside-period"),
        Finding::SharingWithoutConsent => msg!(l, "finding-sharing-without-consent"),
        Finding::TooFewParties => msg!(l, "finding-too-few-parties"),
        Finding::NoParent => msg!(l, "finding-no-parent"),
        Finding::AgreementTooLong { words, limit } => {
            msg!(l, "finding-agreement-too-long", words, limit)
        }
        Finding::SectionTooLong { words, limit } => {
            msg!(l, "finding-section-too-long", words, limit)
        }
        Finding::UndefinedAbbreviation { abbreviation } => {
            msg!(l, "finding-undefined-abbreviation", abbreviation)
        }
        Finding::TermDefinedTwice { term, first }
            if term.trim().eq_ignore_ascii_case(first.trim()) =>
        {
            msg!(l, "finding-term-defined-twice", term)
        }
        Finding::TermDefinedTwice { term, first } => {
            msg!(l, "finding-term-defined-twice-2", term, first)
        }
        Finding::GlossaryNotShown { terms } => msg!(l, "finding-glossary-not-shown", terms),
        Finding::NoEvaluation => msg!(l, "finding-no-evaluation"),
        Finding::MeetingWithoutMembers { body } => msg!(l, "finding-meeting-without-members", body),
        Finding::MissingMeetingLevel { strategic: true } => {
            msg!(l, "finding-missing-meeting-level")
        }
        Finding::MissingMeetingLevel { strategic: false } => {
            msg!(l, "finding-missing-meeting-level-2")
        }
        Finding::TooManyMeetings {
            body,
            per_year,
            limit,
        } => msg!(l, "finding-too-many-meetings", body, per_year, limit),
        Finding::ContactWithoutDeputy { name } => msg!(l, "finding-contact-without-deputy", name),
        Finding::GoalNotMeasurable { goal } => msg!(l, "finding-goal-not-measurable", goal),
        Finding::GoalNotFollowable {
            goal,
            no_baseline,
            no_source,
        } => match (no_baseline, no_source) {
            (true, true) => msg!(l, "finding-goal-not-followable", goal),
            (true, false) => msg!(l, "finding-goal-not-followable-2", goal),
            _ => msg!(l, "finding-goal-not-followable-3", goal),
        },
        Finding::MandateIncomplete { group } => msg!(l, "finding-mandate-incomplete", group),
        Finding::PeriodTooLong {
            length: Some(length),
        } => {
            let how_long = period_length(*length, l);
            msg!(l, "finding-period-too-long", how_long)
        }
        Finding::PeriodTooLong { length: None } => msg!(l, "finding-period-too-long-2"),
        Finding::EmptySection => msg!(l, "finding-empty-section"),
        Finding::TargetGroupUndefined { group } => msg!(l, "finding-target-group-undefined", group),
        Finding::BoundaryWithoutLead { area } => msg!(l, "finding-boundary-without-lead", area),
        Finding::ConsentIncomplete => msg!(l, "finding-consent-incomplete"),
        Finding::RenewalWithoutNotice => msg!(l, "finding-renewal-without-notice"),
        Finding::NoSignatures => msg!(l, "finding-no-signatures"),
        Finding::PartyDoesNotSign { party } => msg!(l, "finding-party-does-not-sign", party),
        Finding::DateOutsidePeriod { what } => msg!(l, "finding-date-outside-period", what),
        Finding::UndefinedJargon { term } => msg!(l, "finding-undefined-jargon", term),
        Finding::TargetGroupNamedDifferently {
            first,
            first_section,
            second,
            second_section,
        } => msg!(
            l,
            "finding-target-group-named-differently",
            first,
            first_section,
            second,
            second_section
        ),
        Finding::VeryLongSentence {
            words,
            limit,
            start,
        } => msg!(l, "finding-very-long-sentence", start, words, limit),
        Finding::ParentMismatch { file, title } => msg!(l, "finding-parent-mismatch", file, title),
        Finding::PartyNotInParent { party, parent } => {
            msg!(l, "finding-party-not-in-parent", party, parent)
        }
        Finding::AreaNotInParent {
            area,
            parent,
            areas,
        } => msg!(l, "finding-area-not-in-parent", area, parent, areas),
        Finding::NoArea { parent, areas } => msg!(l, "finding-no-area", parent, areas),
        Finding::ParentUnreadable { file, reason } => {
            msg!(l, "finding-parent-unreadable", file, reason)
        }
        Finding::BrokenReference {
            written,
            known: true,
        } => msg!(l, "finding-broken-reference", written),
        Finding::BrokenReference {
            written,
            known: false,
        } => msg!(l, "finding-broken-reference-2", written),
        Finding::DateInTextOutsidePeriod { words, after: true } => {
            msg!(l, "finding-date-in-text-outside-period", words)
        }
        Finding::DateInTextOutsidePeriod {
            words,
            after: false,
        } => msg!(l, "finding-date-in-text-outside-period-2", words),
        Finding::CadenceInTextDiffers {
            words,
            body,
            cadence,
        } => msg!(l, "finding-cadence-in-text-differs", words, body, cadence),
        Finding::NameInTextNotAParty {
            words,
            title: false,
        } => msg!(l, "finding-name-in-text-not-a-party", words),
        Finding::NameInTextNotAParty { words, title: true } => {
            msg!(l, "finding-name-in-text-not-a-party-2", words)
        }
        Finding::OutdatedWording {
            words,
            current,
            note,
        } => msg!(l, "finding-outdated-wording", words, note, current),
        Finding::RegionUnclear { body, region: None } => msg!(l, "finding-region-unclear", body),
        Finding::RegionUnclear {
            body,
            region: Some(region),
        } => msg!(l, "finding-region-unclear-2", body, region),
        Finding::RegionNotCovered { region } => msg!(l, "finding-region-not-covered", region),
        Finding::ConsideredNotFound { code, reason } => {
            msg!(l, "finding-considered-not-found", code, reason)
        }
        Finding::GlossaryEntryIncomplete {
            term,
            term_blank,
            empty,
        } => match (term, term_blank, empty) {
            (_, _, true) => msg!(l, "finding-3"),
            (_, true, false) => msg!(l, "finding-4"),
            (term, false, false) => {
                let term = term.as_deref().unwrap_or_default();
                msg!(l, "finding-5", term)
            }
        },
    }
}

/// After a warning marked as considered: why.
pub fn considered_because(reason: &str, l: Locale) -> String {
    msg!(l, "considered-because", reason)
}

/// How many warnings are marked as considered, after the open counts.
pub fn considered_count(n: usize, l: Locale) -> String {
    msg!(l, "considered-count", n)
}

/// The print's check summary of the warnings marked as considered: each code, where, and the
/// reason. `marks` holds (code, the section's heading or none, reason).
pub fn considered_in_print(
    marks: &[(crate::check::Code, Option<String>, String)],
    l: Locale,
) -> String {
    let items: Vec<String> = marks
        .iter()
        .map(|(code, section, reason)| match section {
            Some(section) => format!("{code} ({section}): «{reason}»"),
            None => format!("{code}: «{reason}»"),
        })
        .collect();
    let n = marks.len();
    let list = items.join("; ");
    msg!(l, "considered-in-print", n, list)
}

/// The message of a file that could not be read.
pub fn load_problem(problem: &LoadProblem, l: Locale) -> String {
    match problem {
        LoadProblem::NotFound => msg!(l, "load-problem-not-found"),
        LoadProblem::IsDirectory => msg!(l, "load-problem-is-directory"),
        LoadProblem::Unreadable(detail) => msg!(l, "load-problem-unreadable", detail),
        LoadProblem::TooLarge { bytes, limit } => {
            let (size, limit) = (mebibytes(*bytes), mebibytes(*limit));
            msg!(l, "load-problem-too-large", size, limit)
        }
        LoadProblem::NotUtf8 => msg!(l, "load-problem"),
        LoadProblem::Empty => msg!(l, "load-problem-empty"),
        LoadProblem::NoFormatVersion => msg!(l, "load-problem-no-format-version"),
        LoadProblem::NewerFormat { found, supported } => {
            msg!(l, "load-problem-newer-format", found, supported)
        }
        LoadProblem::Yaml(problem) => yaml_problem(problem, l),
        LoadProblem::DuplicateSectionId(id) => msg!(l, "load-problem-duplicate-section-id", id),
        LoadProblem::DuplicatePartyId(id) => msg!(l, "load-problem-duplicate-party-id", id),
        LoadProblem::BadId(id) => msg!(l, "load-problem-bad-id", id),
        LoadProblem::SeveralClauseKinds(kinds) => {
            let list = join_list(kinds, l);
            msg!(l, "load-problem-several-clause-kinds", list)
        }
        LoadProblem::MissingLanguage(lang) => {
            let name = match lang.as_str() {
                "nn" => msg!(l, "load-problem-2"),
                _ => msg!(l, "load-problem-3"),
            };
            msg!(l, "load-problem-4", name)
        }
        LoadProblem::UnknownCheck(code) => msg!(l, "load-problem-unknown-check", code),
        LoadProblem::UndeclaredParameter(name) => {
            msg!(l, "load-problem-undeclared-parameter", name)
        }
        LoadProblem::TemplateData(detail) => msg!(l, "load-problem-template-data", detail),
        LoadProblem::UnknownTemplate(id) => msg!(l, "load-problem-unknown-template", id),
        LoadProblem::DuplicateTermId(id) => msg!(l, "load-problem-duplicate-term-id", id),
        LoadProblem::DuplicateTerm(term) => msg!(l, "load-problem-duplicate-term", term),
        LoadProblem::IncompleteTerm(id) => msg!(l, "load-problem-incomplete-term", id),
    }
}

fn yaml_problem(problem: &YamlProblem, l: Locale) -> String {
    match problem {
        YamlProblem::UnknownField { field, expected } => {
            let list = expected.join(", ");
            msg!(l, "yaml-problem-unknown-field", field, list)
        }
        YamlProblem::MissingField(field) => msg!(l, "yaml-problem-missing-field", field),
        YamlProblem::UnknownValue { value, expected } => {
            let list = expected.join(", ");
            msg!(l, "yaml-problem-unknown-value", value, list)
        }
        YamlProblem::WrongType { found, expected } if found.is_empty() => {
            let expected = type_name(expected, l);
            msg!(l, "yaml-problem-wrong-type", expected)
        }
        YamlProblem::WrongType { found, expected } => {
            let (found, expected) = (type_name(found, l), type_name(expected, l));
            msg!(l, "yaml-problem-wrong-type-2", found, expected)
        }
        YamlProblem::BadDate(text) => bad_date(text, l),
        YamlProblem::BadTime(text) => msg!(l, "yaml-problem-bad-time", text),
        YamlProblem::DuplicateKey(key) => msg!(l, "yaml-problem-duplicate-key", key),
        YamlProblem::TooComplex(_) => msg!(l, "yaml-problem-too-complex"),
        YamlProblem::Other(message) => msg!(l, "yaml-problem-other", message),
    }
}

/// Serde's English type descriptions, in the user's language.
fn type_name(description: &str, l: Locale) -> String {
    let d = description.trim();
    if let Some(rest) = d.strip_prefix("string ") {
        return msg!(l, "type-name", rest);
    }
    if let Some(rest) = d
        .strip_prefix("integer ")
        .or_else(|| d.strip_prefix("floating point "))
    {
        return msg!(l, "type-name-2", rest);
    }
    if let Some(rest) = d.strip_prefix("boolean ") {
        return msg!(l, "type-name-3", rest);
    }
    match d {
        "u8" | "u16" | "u32" | "u64" | "i32" | "i64" | "usize" | "an integer" => {
            msg!(l, "type-name-4")
        }
        "f64" | "f32" => msg!(l, "type-name-5"),
        "a string" | "string" => msg!(l, "type-name-6"),
        "a sequence" | "sequence" => msg!(l, "type-name-7"),
        "a boolean" | "bool" => msg!(l, "type-name-8"),
        "map" | "a map" => msg!(l, "type-name-9"),
        "unit value" | "null" => msg!(l, "type-name-10"),
        _ if d.starts_with("struct ") => msg!(l, "type-name-11"),
        _ if d.starts_with("enum ") || d.starts_with("variant") => {
            msg!(l, "type-name-12")
        }
        _ if d.starts_with("a sequence") || d.starts_with("tuple") => {
            msg!(l, "type-name-13")
        }
        other => other.to_owned(),
    }
}

/// A size in MiB with one decimal, a number for the catalogue to write ("10,5" in Norwegian).
fn mebibytes(bytes: u64) -> f64 {
    (bytes as f64 / (1024.0 * 1024.0) * 10.0).round() / 10.0
}

/// A field path as shown in error messages.
pub fn field_label(path: &str, _l: Locale) -> String {
    path.to_owned()
}

/// The message of a file that could not be saved.
pub fn save_failed(detail: &str, l: Locale) -> String {
    msg!(l, "save-failed", detail)
}

/// The window title: the open agreement's title (after a dot while there are unsaved changes)
/// and the app's name; the app's name alone when no agreement is open.
pub fn window_title(title: Option<&str>, unsaved: bool, _l: Locale) -> String {
    let mark = if unsaved { "● " } else { "" };
    match title {
        Some(title) => format!("{mark}{title} — Avtale"),
        None => "Avtale".to_owned(),
    }
}

/// The message of a revision that restores an old one.
pub fn restored_revision(n: u32, l: Locale) -> String {
    msg!(l, "restored-revision", n)
}

/// An export (PDF, calendar) whose chosen file is the open agreement's own file.
pub fn export_over_agreement(l: Locale) -> String {
    msg!(l, "export-over-agreement")
}

/// A command that needs an open agreement, when none is open.
pub fn no_open_agreement(l: Locale) -> String {
    msg!(l, "no-open-agreement")
}

/// A save refused because the file on disk holds revisions the open agreement lacks.
pub fn history_would_be_lost(on_disk: u32, kept: u32, l: Locale) -> String {
    let lost = on_disk.saturating_sub(kept);
    msg!(l, "history-would-be-lost", on_disk, lost)
}

/// A save that failed because the disk is full.
pub fn disk_full(l: Locale) -> String {
    msg!(l, "disk-full")
}

/// An agreement file another window or program has open for writing.
pub fn file_locked(pid: Option<u32>, l: Locale) -> String {
    match pid {
        Some(pid) => msg!(l, "file-locked-by", pid = pid.to_string()),
        None => msg!(l, "file-locked"),
    }
}

/// A lock file that could not be made.
pub fn lock_failed(detail: &str, l: Locale) -> String {
    msg!(l, "lock-failed", detail)
}

/// A cadence in words: "4 ganger i året", "hver 6. uke", "i mars og september", "ved behov: …".
pub fn cadence(cadence: &Cadence, l: Locale) -> String {
    match cadence {
        Cadence::PerYear(1) => msg!(l, "cadence-per-year"),
        Cadence::PerYear(n) => msg!(l, "cadence-per-year-2", n),
        Cadence::PerMonth(1) => msg!(l, "cadence-per-month"),
        Cadence::PerMonth(n) => {
            msg!(l, "cadence-per-month-2", n)
        }
        Cadence::PerWeek(1) => msg!(l, "cadence-per-week"),
        Cadence::PerWeek(n) => msg!(l, "cadence-per-week-2", n),
        Cadence::EveryWeeks(1) => msg!(l, "cadence-every-weeks"),
        Cadence::EveryWeeks(2) => msg!(l, "cadence-every-weeks-2"),
        Cadence::EveryWeeks(n) => msg!(l, "cadence-every-weeks-3", n),
        Cadence::Months(months) if months.is_empty() => {
            msg!(l, "cadence-months")
        }
        Cadence::Months(months) => {
            let names: Vec<String> = months.iter().map(|m| month_name(*m, l)).collect();
            let list = join_list(&names, l);
            msg!(l, "cadence", list)
        }
        Cadence::AsNeeded(trigger) if trigger.trim().is_empty() => {
            msg!(l, "cadence-as-needed")
        }
        Cadence::AsNeeded(trigger) => {
            msg!(l, "cadence-as-needed-2", trigger)
        }
    }
}

/// After the cadence of a body held in several regions: each region meets that often.
pub fn in_each_region(l: Locale) -> String {
    msg!(l, "in-each-region")
}

/// "a, b og c".
pub fn join_list(items: &[String], l: Locale) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => {
            let and = msg!(l, "join-list");
            format!("{} {and} {last}", init.join(", "))
        }
    }
}

/// The name of an agreement kind.
pub fn kind(kind: AgreementKind, l: Locale) -> String {
    match kind {
        AgreementKind::Hovedavtale => msg!(l, "kind-hovedavtale"),
        AgreementKind::Underavtale => msg!(l, "kind-underavtale"),
        AgreementKind::Handlingsplan => msg!(l, "kind-handlingsplan"),
        AgreementKind::Partnerskapsavtale => msg!(l, "kind-partnerskapsavtale"),
    }
}

/// The name of a status.
pub fn status(status: Status, l: Locale) -> String {
    match status {
        Status::Utkast => msg!(l, "status-utkast"),
        Status::TilGodkjenning => msg!(l, "status-til-godkjenning"),
        Status::Godkjent => msg!(l, "status-godkjent"),
        Status::Signert => msg!(l, "status-signert"),
        Status::Gjeldende => msg!(l, "status-gjeldende"),
        Status::Utlopt => msg!(l, "status-utlopt"),
    }
}

/// The name of a party kind.
pub fn party_kind(kind: PartyKind, l: Locale) -> String {
    match kind {
        PartyKind::NavFylke => msg!(l, "party-kind-nav-fylke"),
        PartyKind::NavKontor => msg!(l, "party-kind-nav-kontor"),
        PartyKind::Fylkeskommune => msg!(l, "party-kind-fylkeskommune"),
        PartyKind::Skole => msg!(l, "party-kind-skole"),
        PartyKind::Kommune => msg!(l, "party-kind-kommune"),
        PartyKind::Ks => msg!(l, "party-kind-ks"),
        PartyKind::Annen => msg!(l, "party-kind-annen"),
    }
}

/// The name of a meeting level.
pub fn level(level: Level, l: Locale) -> String {
    match level {
        Level::Strategisk => msg!(l, "level-strategisk"),
        Level::Operativ => msg!(l, "level-operativ"),
    }
}

/// The name of a template category.
pub fn category(category: Category, l: Locale) -> String {
    match category {
        Category::Eget => msg!(l, "category-eget"),
        Category::Grunnlag => msg!(l, "category-grunnlag"),
        Category::MalgruppeOgMal => msg!(l, "category-malgruppe-og-mal"),
        Category::Ansvar => msg!(l, "category-ansvar"),
        Category::Samarbeid => msg!(l, "category-samarbeid"),
        Category::Informasjon => msg!(l, "category-informasjon"),
        Category::Okonomi => msg!(l, "category-okonomi"),
        Category::Oppfolging => msg!(l, "category-oppfolging"),
        Category::Avslutning => msg!(l, "category-avslutning"),
    }
}

/// Words and headings of the rendered agreement.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[allow(missing_docs, reason = "each variant is the label it names")]
pub enum Label {
    Kind,
    County,
    Period,
    Status,
    Parties,
    Party,
    Unit,
    Signatory,
    Contact,
    Deputy,
    Role,
    Task,
    Responsible,
    Deadline,
    MeetingBody,
    Level,
    Members,
    Chair,
    Cadence,
    Minutes,
    Agenda,
    Purpose,
    Deliverables,
    Authority,
    ReportsTo,
    Leader,
    Area,
    Lead,
    Support,
    Handover,
    Step,
    TargetGroup,
    Definition,
    Age,
    Criteria,
    Goal,
    Indicator,
    Target,
    Measure,
    Start,
    Contribution,
    Amount,
    Report,
    From,
    To,
    NextEvaluation,
    EvaluationResponsible,
    Questions,
    Notice,
    PlaceAndDate,
    Glossary,
    Term,
    PersonalData,
    LegalBasis,
    Consent,
    GivenBy,
    Written,
    Scope,
    Withdrawal,
    Renewal,
    Reference,
    Phone,
    Email,
    Yes,
    No,
    Years,
    Months,
    UntilFurtherNotice,
    AlternatingBetween,
    Municipality,
    BuildsOn,
    Replaces,
    RelatedTo,
    MakesConcrete,
    SubAgreements,
    ActionPlans,
    Regions,
    Baseline,
    Source,
    Region,
    NavOffices,
    Municipalities,
    TaggedRegions,
}

/// A label in the agreement's language.
pub fn label(label: Label, lang: Lang) -> String {
    let id = match label {
        Label::Kind => "label-kind",
        Label::County => "label-county",
        Label::Municipality => "label-municipality",
        Label::Region => "label-region",
        Label::NavOffices => "label-nav-offices",
        Label::Municipalities => "label-municipalities",
        Label::TaggedRegions => "label-tagged-regions",
        Label::Period => "label-period",
        Label::Status => "label-status",
        Label::Parties => "label-parties",
        Label::Party => "label-party",
        Label::Unit => "label-unit",
        Label::Signatory => "label-signatory",
        Label::Contact => "label-contact",
        Label::Deputy => "label-deputy",
        Label::Role => "label-role",
        Label::Task => "label-task",
        Label::Responsible => "label-responsible",
        Label::Deadline => "label-deadline",
        Label::MeetingBody => "label-meeting-body",
        Label::Level => "label-level",
        Label::Members => "label-members",
        Label::Chair => "label-chair",
        Label::Cadence => "label-cadence",
        Label::Minutes => "label-minutes",
        Label::Agenda => "label-agenda",
        Label::Purpose => "label-purpose",
        Label::Deliverables => "label-deliverables",
        Label::Authority => "label-authority",
        Label::ReportsTo => "label-reports-to",
        Label::Leader => "label-leader",
        Label::Area => "label-area",
        Label::Lead => "label-lead",
        Label::Support => "label-support",
        Label::Handover => "label-handover",
        Label::Step => "label-step",
        Label::TargetGroup => "label-target-group",
        Label::Definition => "label-definition",
        Label::Age => "label-age",
        Label::Criteria => "label-criteria",
        Label::Goal => "label-goal",
        Label::Indicator => "label-indicator",
        Label::Baseline => "label-baseline",
        Label::Source => "label-source",
        Label::Target => "label-target",
        Label::Measure => "label-measure",
        Label::Start => "label-start",
        Label::Contribution => "label-contribution",
        Label::Amount => "label-amount",
        Label::Report => "label-report",
        Label::From => "label-from",
        Label::To => "label-to",
        Label::NextEvaluation => "label-next-evaluation",
        Label::EvaluationResponsible => "label-evaluation-responsible",
        Label::Questions => "label-questions",
        Label::Notice => "label-notice",
        Label::PlaceAndDate => "label-place-and-date",
        Label::Glossary => "label-glossary",
        Label::Term => "label-term",
        Label::PersonalData => "label-personal-data",
        Label::LegalBasis => "label-legal-basis",
        Label::Consent => "label-consent",
        Label::GivenBy => "label-given-by",
        Label::Written => "label-written",
        Label::Scope => "label-scope",
        Label::Withdrawal => "label-withdrawal",
        Label::Renewal => "label-renewal",
        Label::Reference => "label-reference",
        Label::Phone => "label-phone",
        Label::Email => "label-email",
        Label::Yes => "label-yes",
        Label::No => "label-no",
        Label::Years => "label-years",
        Label::Months => "label-months",
        Label::UntilFurtherNotice => "label-until-further-notice",
        Label::AlternatingBetween => "label-alternating-between",
        Label::BuildsOn => "label-builds-on",
        Label::Replaces => "label-replaces",
        Label::RelatedTo => "label-related-to",
        Label::MakesConcrete => "label-makes-concrete",
        Label::SubAgreements => "label-sub-agreements",
        Label::ActionPlans => "label-action-plans",
        Label::Regions => "label-regions",
    };
    catalogue::text(Locale::from(lang), id, &[])
}

/// The renewal terms in words.
pub fn renewal(automatic: bool, years: Option<u32>, lang: Lang) -> String {
    let l = Locale::from(lang);
    match (automatic, years) {
        (true, Some(years)) => msg!(l, "renewal", years),
        (true, None) => msg!(l, "renewal-2"),
        (false, _) => msg!(l, "renewal-3"),
    }
}

fn lower_first(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// Why a history's chain does not hold, naming the revision.
pub fn chain_error(err: &crate::history::ChainError, l: Locale) -> String {
    use crate::history::ChainProblem;
    let n = err.revision;
    match &err.problem {
        ChainProblem::OutOfOrder { expected } => msg!(l, "chain-error-out-of-order", n, expected),
        ChainProblem::WrongParent => msg!(l, "chain-error-wrong-parent", n),
        ChainProblem::Edited => msg!(l, "chain-error-edited", n),
        ChainProblem::MissingSection(key) => msg!(l, "chain-error-missing-section", n, key),
        ChainProblem::UnknownScheme(scheme) => msg!(l, "chain-error-unknown-scheme", n, scheme),
    }
}

/// Why a commit or restore was refused.
pub fn workflow_error(err: &crate::workflow::WorkflowError, l: Locale) -> String {
    use crate::workflow::WorkflowError;
    match err {
        WorkflowError::Transition { from, to } => {
            let (from, to) = (status(*from, l), status(*to, l));
            msg!(l, "workflow-error-transition", from, to)
        }
        WorkflowError::NoSuchRevision(n) => msg!(l, "workflow-error-no-such-revision", n),
        WorkflowError::NothingToCommit => msg!(l, "workflow-error-nothing-to-commit"),
        WorkflowError::NotCommitted => msg!(l, "workflow-error-not-committed"),
        WorkflowError::UncommittedChanges => msg!(l, "workflow-error-uncommitted-changes"),
        WorkflowError::OpenEnded => msg!(l, "workflow-error-open-ended"),
        WorkflowError::OpenErrors { status: to, errors } => {
            let (to, n) = (status(*to, l), errors.len());
            msg!(l, "workflow-error-open-errors", to, n)
        }
        WorkflowError::ReasonWithoutText => msg!(l, "workflow-error-reason-without-text"),
        WorkflowError::RegisterStatus(_) => msg!(l, "workflow-error-register-status"),
        WorkflowError::SignedBefore => msg!(l, "workflow-error-signed-before"),
        WorkflowError::NoSignatures => msg!(l, "workflow-error-no-signatures"),
        WorkflowError::SigningMissing(party) => msg!(l, "workflow-error-signing-missing", party),
        WorkflowError::DoesNotSign(party) => msg!(l, "workflow-error-does-not-sign", party),
    }
}

/// The name of a kind of reason a revision is made for.
pub fn reason_kind(kind: crate::history::ReasonKind, l: Locale) -> String {
    use crate::history::ReasonKind;
    match kind {
        ReasonKind::Evaluering => msg!(l, "reason-kind-evaluering"),
        ReasonKind::Omorganisering => msg!(l, "reason-kind-omorganisering"),
        ReasonKind::NyeRegler => msg!(l, "reason-kind-nye-regler"),
        ReasonKind::PeriodensSlutt => msg!(l, "reason-kind-periodens-slutt"),
        ReasonKind::Annet => msg!(l, "reason-kind-annet"),
    }
}

/// A revision's reason as a line: "Evaluering: etter evalueringen våren 2026".
pub fn revision_reason(reason: &crate::history::RevisionReason, l: Locale) -> String {
    let kind = reason_kind(reason.kind, l);
    match reason.text.as_deref() {
        Some(text) => format!("{kind}: {text}"),
        None => kind,
    }
}

/// What a revision records besides its message, a line each: why it was made, that it was
/// registered, the errors it accepted. For the history in the app and `avtale log`.
pub fn revision_notes(revision: &crate::history::Revision, l: Locale) -> Vec<String> {
    let mut notes = Vec::new();
    if let Some(reason) = &revision.reason {
        let label = msg!(l, "revision-notes");
        notes.push(format!("{label}: {}", revision_reason(reason, l)));
    }
    if revision.registered {
        notes.push(registered_note(l));
    }
    if let Some(accepted) = &revision.accepted_errors {
        notes.push(accepted_errors(accepted, revision.meta.status, l));
    }
    notes
}

/// The message of a revision that registers an agreement signed before it reached Avtale.
pub fn registered_revision(to: Status, l: Locale) -> String {
    let to = lower_first(&status(to, l));
    msg!(l, "registered-revision", to)
}

/// What the history says of a registered revision.
pub fn registered_note(l: Locale) -> String {
    msg!(l, "registered-note")
}

/// The check summary of a revision that accepted errors: in the PDF and the history.
pub fn accepted_errors(accepted: &crate::history::AcceptedErrors, to: Status, l: Locale) -> String {
    let to = status(to, l);
    let n = accepted.count;
    let codes = accepted
        .codes
        .iter()
        .map(|c| c.as_str())
        .collect::<Vec<_>>()
        .join(", ");
    let reason = &accepted.reason;
    msg!(l, "accepted-errors", n, codes, to, reason)
}

/// Why a final print is refused: the agreement has errors no revision accepted.
pub fn print_refused(errors: usize, l: Locale) -> String {
    msg!(l, "print-refused", errors)
}

/// How the command line's `--signed` is written, when it was not.
pub fn signed_syntax(text: &str, l: Locale) -> String {
    msg!(l, "signed-syntax", text)
}

/// How to go ahead despite the errors on the command line.
pub fn accept_errors_hint(l: Locale) -> String {
    msg!(l, "accept-errors-hint")
}

/// How to print anyway on the command line, after a refused final print.
pub fn print_refused_hint(frozen: bool, l: Locale) -> String {
    if frozen {
        msg!(l, "print-refused-hint")
    } else {
        msg!(l, "print-refused-hint-2")
    }
}

/// A signature block's place and date line after its label: "Bergen, 1. mars 2021", with
/// `blank` (a line to write on) for what is not known yet ("Bergen, ____"), or `blank` alone.
pub fn place_and_date(place: &str, date: &str, blank: &str) -> String {
    match (place.is_empty(), date.is_empty()) {
        (true, true) => blank.to_owned(),
        (false, true) => format!("{place}, {blank}"),
        (true, false) => format!("{blank}, {date}"),
        (false, false) => format!("{place}, {date}"),
    }
}

/// The message of the revision a renewal records: "Fornyet for perioden 1. januar 2029 til
/// 31. desember 2030".
pub fn renewed_revision(period: &crate::agreement::Period, l: Locale) -> String {
    let from = date_words(period.from, l);
    let to = period.to.map(|d| date_words(d, l)).unwrap_or_default();
    msg!(l, "renewed-revision", from, to)
}

/// A date that is not written as the file writes dates (in the file or on the command line).
pub fn bad_date(text: &str, l: Locale) -> String {
    msg!(l, "bad-date", text)
}

/// Why the period could not be moved.
pub fn move_error(err: &crate::renew::MoveError, l: Locale) -> String {
    use crate::renew::MoveError;
    match err {
        MoveError::EndsBeforeStart { from, to } => {
            let (from, to) = (date_words(*from, l), date_words(*to, l));
            msg!(l, "move-error-ends-before-start", from, to)
        }
        MoveError::Frozen(s) => {
            let s = status(*s, l);
            msg!(l, "move-error-frozen", s)
        }
    }
}

/// How far dates move: "6 år tilbake", "3 måneder fram", "10 dager fram"; "0 dager" when they
/// stay.
pub fn step_words(step: crate::renew::Step, l: Locale) -> String {
    use crate::renew::Step;
    let (amount, back) = match step {
        Step::Months(m) => {
            let n = m.unsigned_abs();
            let amount = if n % 12 == 0 && n > 0 {
                let years = n / 12;
                msg!(l, "step-words-years", years)
            } else if n == 1 {
                msg!(l, "step-words-months")
            } else {
                msg!(l, "step-words", n)
            };
            (amount, m < 0)
        }
        Step::Days(d) => {
            let n = d.unsigned_abs();
            let amount = if n == 1 {
                msg!(l, "step-words-days")
            } else {
                msg!(l, "step-words-days-2", n)
            };
            (amount, d < 0)
        }
    };
    if step.is_zero() {
        return amount;
    }
    let direction = if back {
        msg!(l, "step-words-2")
    } else {
        msg!(l, "step-words-3")
    };
    format!("{amount} {direction}")
}

/// The line before the list of moved dates: "Datoene er flyttet 6 år tilbake."
pub fn dates_moved(step: crate::renew::Step, l: Locale) -> String {
    let by = step_words(step, l);
    msg!(l, "dates-moved", by)
}

/// Said when moving the period changed nothing.
pub fn nothing_moved(l: Locale) -> String {
    msg!(l, "nothing-moved")
}

/// Where a moved date is, in words: "Periode › Fra", "Mål › «Flere fullfører» › Frist".
pub fn date_move_place(m: &crate::renew::DateMove, l: Locale) -> String {
    let mut parts = vec![
        m.section_title
            .clone()
            .unwrap_or_else(|| field_name("period", l)),
    ];
    if let Some(item) = m.item.as_deref().filter(|i| !i.trim().is_empty()) {
        parts.push(format!("«{item}»"));
    }
    parts.push(field_name(m.key(), l));
    parts.join(" › ")
}

/// Said after a date that lands after the new period's end.
pub fn after_period_end(l: Locale) -> String {
    msg!(l, "after-period-end")
}

/// One moved date on a line: "Mål › «Flere fullfører» › Frist: 31. desember 2030 → 31. desember
/// 2024", with a note when it lands after the period's end.
pub fn date_move_line(m: &crate::renew::DateMove, l: Locale) -> String {
    let note = if m.after_end {
        format!(" ({})", after_period_end(l))
    } else {
        String::new()
    };
    format!(
        "{}: {} → {}{note}",
        date_move_place(m, l),
        date_words(m.from, l),
        date_words(m.to, l)
    )
}

/// The title's change on a line: "Tittel: «Samarbeidsavtale 2027–2030» → «… 2021–2024»".
pub fn title_move_line(from: &str, to: &str, l: Locale) -> String {
    let title = field_name("title", l);
    msg!(l, "title-move-line", title, from, to)
}

/// Said when changes to a signed agreement were saved as a new draft.
pub fn new_draft_after_signing(l: Locale) -> String {
    msg!(l, "new-draft-after-signing")
}

/// Said when a history's chain holds.
pub fn history_intact(revisions: usize, l: Locale) -> String {
    msg!(l, "history-intact", revisions)
}

/// The newest revision of an intact history: its number, short hash (as printed on PDFs) and
/// full hash.
pub fn latest_revision(number: u32, short: &str, full: &str, l: Locale) -> String {
    msg!(l, "latest-revision", number, short, full)
}

/// A printed PDF shows a revision that the file's intact history holds.
pub fn printed_revision_found(number: u32, short: &str, l: Locale) -> String {
    msg!(l, "printed-revision-found", number, short)
}

/// A PDF that names no revision: printed from unsaved changes, or not made by Avtale.
pub fn printed_revision_none(l: Locale) -> String {
    msg!(l, "printed-revision-none")
}

/// A PDF of another agreement than the file's.
pub fn printed_other_agreement(l: Locale) -> String {
    msg!(l, "printed-other-agreement")
}

/// The file has the PDF's revision number, but with other content.
pub fn printed_revision_different(number: u32, printed: &str, here: &str, l: Locale) -> String {
    msg!(l, "printed-revision-different", number, here, printed)
}

/// The file has no revision with the PDF's number: cut back to an earlier revision, or the
/// PDF is of a later copy.
pub fn printed_revision_missing(number: u32, latest: Option<u32>, l: Locale) -> String {
    match latest {
        Some(latest) => msg!(l, "printed-revision-missing", number, latest),
        None => msg!(l, "printed-revision-missing-2", number),
    }
}

/// A file given as a PDF that is not one.
pub fn pdf_not_a_pdf(l: Locale) -> String {
    msg!(l, "pdf-not-a-pdf")
}

/// A PDF whose metadata cannot be read.
pub fn pdf_no_metadata(l: Locale) -> String {
    msg!(l, "pdf-no-metadata")
}

/// A PDF whose metadata names more than one revision.
pub fn pdf_claims_several(l: Locale) -> String {
    msg!(l, "pdf-claims-several")
}

/// Said when a file has no revisions.
pub fn no_revisions(l: Locale) -> String {
    msg!(l, "no-revisions")
}

/// Said when a revision was saved.
pub fn revision_saved(number: u32, l: Locale) -> String {
    msg!(l, "revision-saved", number)
}

/// "på omgang mellom" and its translations, before a list of parties.
pub fn alternating(l: Locale) -> String {
    msg!(l, "alternating")
}

/// Yes or no.
pub fn yes_no(value: bool, l: Locale) -> String {
    if value { msg!(l, "yes") } else { msg!(l, "no") }
}

/// A field of the agreement by its name in the file, in words (for comparisons).
pub fn field_name(key: &str, l: Locale) -> String {
    catalogue::lookup(l, &format!("field-{}", key.replace('_', "-")), &[])
        .unwrap_or_else(|| key.to_owned())
}

/// The summary line of a comparison: "3 punkter endret, 1 flyttet, 1 nytt".
pub fn diff_summary(s: &crate::diff::Summary, l: Locale) -> String {
    let counts = [
        (s.changed, "diff-summary-changed"),
        (s.moved, "diff-summary-moved"),
        (s.renamed, "diff-summary-renamed"),
        (s.added, "diff-summary-added"),
        (s.removed, "diff-summary-removed"),
        (s.other, "diff-summary-other"),
    ];
    let parts: Vec<String> = counts
        .into_iter()
        .filter(|(n, _)| *n > 0)
        .map(|(n, id)| catalogue::text(l, id, &[("n", n.into())]))
        .collect();
    if parts.is_empty() {
        msg!(l, "diff-summary")
    } else {
        format!("{}.", parts.join(", "))
    }
}

/// The title of a comparison document.
pub fn diff_title(l: Locale) -> String {
    msg!(l, "diff-title")
}

/// A field that is new.
pub fn diff_new(l: Locale) -> String {
    msg!(l, "diff-new")
}

/// A field that is gone.
pub fn diff_gone(l: Locale) -> String {
    msg!(l, "diff-gone")
}

/// A section that is new.
pub fn diff_section_added(l: Locale) -> String {
    msg!(l, "diff-section-added")
}

/// A section that is gone.
pub fn diff_section_removed(l: Locale) -> String {
    msg!(l, "diff-section-removed")
}

/// A section that moved.
pub fn diff_section_moved(from: u32, to: u32, l: Locale) -> String {
    msg!(l, "diff-section-moved", from, to)
}

/// A section that was renamed.
pub fn diff_section_renamed(old: &str, l: Locale) -> String {
    msg!(l, "diff-section-renamed", old)
}

/// A section whose content changed.
pub fn diff_section_changed(l: Locale) -> String {
    msg!(l, "diff-section-changed")
}

/// Two files that are not versions of the same agreement.
pub fn not_same_agreement(l: Locale) -> String {
    msg!(l, "not-same-agreement")
}

/// The heading of the older side in a side-by-side comparison.
pub fn diff_before(l: Locale) -> String {
    msg!(l, "diff-before")
}

/// The heading of the newer side in a side-by-side comparison.
pub fn diff_after(l: Locale) -> String {
    msg!(l, "diff-after")
}

/// The PDF's subject: what the document is, between whom, for which period.
pub fn pdf_subject(kind: AgreementKind, parties: &[String], period: &str, l: Locale) -> String {
    let kind = lower_first(&self::kind(kind, l));
    let parties = join_list(parties, l);
    msg!(l, "pdf-subject", kind, parties, period)
}

/// The PDF's keywords, before the county's name.
pub fn pdf_keywords(l: Locale) -> Vec<String> {
    msg!(l, "pdf-keywords")
        .split(", ")
        .map(str::to_owned)
        .collect()
}

/// The heading of the responsibility matrix.
pub fn matrix_title(l: Locale) -> String {
    msg!(l, "matrix-title")
}

/// How to read the responsibility matrix.
pub fn matrix_legend(l: Locale) -> String {
    msg!(l, "matrix-legend")
}

/// The heading of the short version.
pub fn pdf_short_title(title: &str, l: Locale) -> String {
    msg!(l, "pdf-short-title", title)
}

/// What the short version is, under its heading.
pub fn pdf_short_note(l: Locale) -> String {
    msg!(l, "pdf-short-note")
}

/// The heading of a comparison printed as PDF.
pub fn pdf_redline_title(title: &str, l: Locale) -> String {
    msg!(l, "pdf-redline-title", title)
}

/// Which two versions a printed comparison compares.
pub fn pdf_redline_versions(from: &str, to: &str, l: Locale) -> String {
    msg!(l, "pdf-redline-versions", from, to)
}

/// How to read a printed comparison.
pub fn pdf_redline_legend(l: Locale) -> [String; 3] {
    [
        msg!(l, "pdf-redline-legend"),
        msg!(l, "pdf-redline-legend-2"),
        msg!(l, "pdf-redline-legend-3"),
    ]
}

/// The heading of the list of changed parts in a printed comparison.
pub fn pdf_redline_overview(l: Locale) -> String {
    msg!(l, "pdf-redline-overview")
}

/// A version named in a printed comparison: the file, and the revision if one was chosen.
pub fn pdf_version(file: &str, revision: Option<u32>, l: Locale) -> String {
    match revision {
        Some(n) => msg!(l, "pdf-version", n, file),
        None => file.to_owned(),
    }
}

/// A PDF cannot be written to the terminal.
pub fn pdf_needs_output(l: Locale) -> String {
    msg!(l, "pdf-needs-output")
}

/// The heading of the field column in a printed comparison.
pub fn pdf_field(l: Locale) -> String {
    msg!(l, "pdf-field")
}

/// "Side" before a page number in the PDF footer.
pub fn pdf_page(l: Locale) -> String {
    msg!(l, "pdf-page")
}

/// "av" between page number and page count.
pub fn pdf_of(l: Locale) -> String {
    msg!(l, "pdf-of")
}

/// The mark on every page of a draft.
pub fn pdf_draft(l: Locale) -> String {
    msg!(l, "pdf-draft")
}

/// The revision in the PDF footer.
pub fn pdf_revision(number: u32, hash: &str, l: Locale) -> String {
    msg!(l, "pdf-revision", number, hash)
}

/// The PDF footer of a print whose text differs from the newest revision.
pub fn pdf_after_revision(number: u32, l: Locale) -> String {
    msg!(l, "pdf-after-revision", number)
}

/// The heading of a printed table of contents.
pub fn pdf_contents(l: Locale) -> String {
    msg!(l, "pdf-contents")
}

/// A PDF export that failed.
pub fn pdf_failed(l: Locale) -> String {
    msg!(l, "pdf-failed")
}

/// A Word file that could not be read or written: the file and the reason.
pub fn word_file_problem(file: &str, reason: &str, l: Locale) -> String {
    msg!(l, "word-file-problem", file, reason)
}

/// A file that is not a Word document (.docx).
pub fn word_not_docx(l: Locale) -> String {
    msg!(l, "word-not-docx")
}

/// A password-protected Word document.
pub fn word_encrypted(l: Locale) -> String {
    msg!(l, "word-encrypted")
}

/// The old binary Word format.
pub fn word_old_format(l: Locale) -> String {
    msg!(l, "word-old-format")
}

/// A package that inflates to more than Avtale reads.
pub fn word_too_large(limit_mib: u64, l: Locale) -> String {
    msg!(l, "word-too-large", limit_mib)
}

/// A damaged Word document.
pub fn word_unreadable(l: Locale) -> String {
    msg!(l, "word-unreadable")
}

/// A Word export that failed.
pub fn word_failed(l: Locale) -> String {
    msg!(l, "word-failed")
}

/// The title of the section an import makes of the text before the first heading.
pub fn import_preamble_title(l: Locale) -> String {
    msg!(l, "import-preamble-title")
}

/// The title of an imported agreement when the document names none.
pub fn import_default_title(l: Locale) -> String {
    msg!(l, "import-default-title")
}

/// The heading of an import report.
pub fn import_report_heading(file: &str, sections: usize, l: Locale) -> String {
    msg!(l, "import-report-heading", file, sections)
}

/// One imported section in the report: its title and the template it was matched to.
pub fn import_report_section(title: &str, template: Option<&str>, l: Locale) -> String {
    match template {
        Some(template) => msg!(l, "import-report-section", title, template),
        None => msg!(l, "import-report-section-2", title),
    }
}

/// The choice of no template for an imported section.
pub fn import_no_template(l: Locale) -> String {
    msg!(l, "import-no-template")
}

/// The parties an import found in the text, or that it found none.
pub fn import_parties(found: &[String], l: Locale) -> String {
    if found.is_empty() {
        msg!(l, "import-parties")
    } else {
        let names = found.join(", ");
        msg!(l, "import-parties-2", names)
    }
}

/// The period an import found in the text, or that it found none.
pub fn import_period(found: Option<&str>, l: Locale) -> String {
    match found {
        Some(period) => msg!(l, "import-period", period),
        None => msg!(l, "import-period-2"),
    }
}

/// The heading over what an import left out or changed in form.
pub fn import_left_out_heading(l: Locale) -> String {
    msg!(l, "import-left-out-heading")
}

/// What an import left out or changed in form, one kind of thing (`kind` is the reader's
/// name for it), where (`place`, a section title) and what it showed (`text`).
pub fn import_left_out(kind: &str, place: Option<&str>, text: &str, l: Locale) -> String {
    let what = match kind {
        "image" => msg!(l, "import-left-out"),
        "drawing" => msg!(l, "import-left-out-2"),
        "text_box" => msg!(l, "import-left-out-3"),
        "field" => msg!(l, "import-left-out-4"),
        "footnote" => msg!(l, "import-left-out-5"),
        "header" => msg!(l, "import-left-out-6"),
        "footer" => msg!(l, "import-left-out-7"),
        "symbol" => msg!(l, "import-left-out-8"),
        "comment" => msg!(l, "import-left-out-9"),
        "tracked_changes" => msg!(l, "import-left-out-10"),
        "numbering" => msg!(l, "import-left-out-11"),
        "merged_cells" => msg!(l, "import-left-out-12"),
        _ => kind.to_owned(),
    };
    let place = place.map(|p| format!(" [{p}]")).unwrap_or_default();
    let text = text.trim();
    if text.is_empty() {
        format!("- {what}{place}")
    } else {
        let short: String = text.chars().take(120).collect();
        let more = if text.chars().count() > 120 {
            "…"
        } else {
            ""
        };
        format!("- {what}{place}: {short}{more}")
    }
}

/// Where an import wrote the agreement.
pub fn import_written(file: &str, l: Locale) -> String {
    msg!(l, "import-written", file)
}

/// The place-and-date line of a signature block.
pub fn pdf_place_and_date(l: Locale) -> String {
    msg!(l, "pdf-place-and-date")
}

/// A signed agreement cannot be printed as a draft.
pub fn pdf_signed_not_draft(l: Locale) -> String {
    msg!(l, "pdf-signed-not-draft")
}

/// A PDF that cannot be made because the fonts lack some characters.
pub fn pdf_missing_glyphs(chars: &[String], l: Locale) -> String {
    let list = chars
        .iter()
        .map(|c| format!("«{c}»"))
        .collect::<Vec<_>>()
        .join(", ");
    msg!(l, "pdf-missing-glyphs", list)
}

/// The family view's reminder that a year's action plan is missing.
pub fn action_plan_missing(year: i32, l: Locale) -> String {
    msg!(l, "action-plan-missing", year)
}

/// How long a period runs: "5 år", "4 år og 6 måneder", "drøyt 4 år" (whole months and some
/// days beyond them).
pub fn period_length(length: crate::agreement::Length, l: Locale) -> String {
    let (years, months) = (length.months / 12, length.months % 12);
    let year_words = msg!(l, "period-length-years", years);
    let whole = if months == 0 {
        year_words
    } else {
        let month_words = msg!(l, "period-length-months", months);
        let and = msg!(l, "period-length");
        format!("{year_words} {and} {month_words}")
    };
    if length.days == 0 {
        whole
    } else {
        let more = msg!(l, "period-length-2");
        format!("{more} {whole}")
    }
}

/// A date in running text: "1. mars 2026", in English "1 March 2026".
pub fn date_words(date: Date, l: Locale) -> String {
    let (day, month, year) = (date.day(), month_name(date.month(), l), date.year());
    // The year is a name, not a quantity: never grouped.
    let year = year.to_string();
    msg!(l, "date-long", day, month, year)
}

/// A moment as a person reads it, at the time of day where it was recorded (the timestamp's own
/// UTC offset): "7. desember 2026 kl. 07.14" (Språkrådet's form: the time after «kl.» with a
/// full stop), in English "7 December 2026, 07:14". The history's revision times, in the app
/// and on the command line.
pub fn date_time(time: &crate::history::Timestamp, l: Locale) -> String {
    use chrono::Timelike;
    let at = time.0;
    let date = date_words(Date::from_naive(at.date_naive()), l);
    // Hours and minutes always in two digits, as a clock shows them: never a number to group.
    let hour = format!("{:02}", at.hour());
    let minute = format!("{:02}", at.minute());
    msg!(l, "date-time", date, hour, minute)
}

/// The name of a month (1–12) as running text writes it: "desember", "December".
pub fn month_name(month: u32, l: Locale) -> String {
    catalogue::lookup(l, &format!("month-name-{month}"), &[]).unwrap_or_else(|| "?".to_owned())
}

/// "om 12 dager", "i morgen" or "i dag".
fn in_days(days: u32, l: Locale) -> String {
    match days {
        0 => msg!(l, "in-days"),
        1 => msg!(l, "in-days-2"),
        n => msg!(l, "in-days-3", n),
    }
}

/// A reminder of the end of the agreement period: "Avtalen utløper om 60 dager (30. november 2030)."
pub fn reminder_period_ends(days: u32, date: Date, l: Locale) -> String {
    let when = in_days(days, l);
    let date = date_words(date, l);
    msg!(l, "reminder-period-ends", when, date)
}

/// A reminder of an evaluation of the agreement.
pub fn reminder_evaluation(days: u32, date: Date, l: Locale) -> String {
    let when = in_days(days, l);
    let date = date_words(date, l);
    msg!(l, "reminder-evaluation", when, date)
}

/// A reminder of the last day to give notice before the period ends.
pub fn reminder_notice_deadline(days: u32, date: Date, l: Locale) -> String {
    let when = in_days(days, l);
    let date = date_words(date, l);
    msg!(l, "reminder-notice-deadline", when, date)
}

/// Why no meeting calendar could be made.
pub fn calendar_error(err: &CalendarError, l: Locale) -> String {
    match err {
        CalendarError::PeriodEndsBeforeStart => msg!(l, "calendar-error-period-ends-before-start"),
        CalendarError::PeriodTooLong { max_years } => {
            msg!(l, "calendar-error-period-too-long", max_years)
        }
    }
}

/// The name of a public holiday.
pub fn holiday(holiday: Holiday, l: Locale) -> String {
    match holiday {
        Holiday::NewYearsDay => msg!(l, "holiday-new-years-day"),
        Holiday::MaundyThursday => msg!(l, "holiday-maundy-thursday"),
        Holiday::GoodFriday => msg!(l, "holiday-good-friday"),
        Holiday::EasterSunday => msg!(l, "holiday-easter-sunday"),
        Holiday::EasterMonday => msg!(l, "holiday-easter-monday"),
        Holiday::LabourDay => msg!(l, "holiday-labour-day"),
        Holiday::ConstitutionDay => msg!(l, "holiday-constitution-day"),
        Holiday::AscensionDay => msg!(l, "holiday-ascension-day"),
        Holiday::WhitSunday => msg!(l, "holiday-whit-sunday"),
        Holiday::WhitMonday => msg!(l, "holiday-whit-monday"),
        Holiday::ChristmasDay => msg!(l, "holiday-christmas-day"),
        Holiday::BoxingDay => msg!(l, "holiday-boxing-day"),
    }
}

/// The name of a break in which no meeting is placed.
pub fn meeting_break(b: Break, l: Locale) -> String {
    match b {
        Break::Summer => msg!(l, "meeting-break-summer"),
        Break::Christmas => msg!(l, "meeting-break-christmas"),
        Break::Easter => msg!(l, "meeting-break-easter"),
    }
}

/// What a live reference in prose is, for the editor's tooltip and menu: "Periodens siste
/// dag", "Hvor ofte Strategisk samarbeidsgruppe møtes".
pub fn reference_label(
    r: &crate::render::reference::Reference,
    agreement: &crate::agreement::Agreement,
    l: Locale,
) -> String {
    use crate::render::reference::{Base, Offset, Reference};
    let party = |id: &crate::agreement::PartyId| agreement.party_name(id);
    match r {
        Reference::County => msg!(l, "reference-label-county"),
        Reference::Period => msg!(l, "reference-label-period"),
        Reference::PeriodDate(Base::Start, o) if *o == Offset::default() => {
            msg!(l, "reference-label")
        }
        Reference::PeriodDate(Base::End, o) if *o == Offset::default() => {
            msg!(l, "reference-label-2")
        }
        Reference::PeriodDate(
            Base::Start,
            Offset {
                months: 6,
                days: -1,
            },
        ) => msg!(l, "reference-label-period-date"),
        Reference::PeriodDate(
            Base::End,
            Offset {
                months: -12,
                days: 0,
            },
        ) => msg!(l, "reference-label-period-date-2"),
        Reference::PeriodDate(
            Base::End,
            Offset {
                months: -6,
                days: 0,
            },
        ) => msg!(l, "reference-label-period-date-3"),
        Reference::PeriodDate(..) => {
            let key = r.key();
            let mut chars = key.chars();
            chars
                .next()
                .map(|c| c.to_uppercase().chain(chars).collect())
                .unwrap_or_default()
        }
        Reference::PeriodLength => msg!(l, "reference-label-period-length"),
        Reference::FirstYear => msg!(l, "reference-label-first-year"),
        Reference::LastYear => msg!(l, "reference-label-last-year"),
        Reference::Party(id) => msg!(l, "reference-label-party", party = party(id)),
        Reference::Signatory(id) => msg!(l, "reference-label-signatory", party = party(id)),
        Reference::Title(id) => msg!(l, "reference-label-title", party = party(id)),
        Reference::Cadence(body) => msg!(l, "reference-label-cadence", body),
        Reference::Chair(body) => msg!(l, "reference-label-chair", body),
        Reference::NextEvaluation => msg!(l, "reference-label-next-evaluation"),
    }
}

/// The label of a `[[…]]` that is no reference.
pub fn reference_unknown(l: Locale) -> String {
    msg!(l, "reference-unknown-next-evaluation")
}

/// A group heading in the editor's menu of references.
pub fn reference_group(group: crate::render::reference::ReferenceGroup, l: Locale) -> String {
    use crate::render::reference::ReferenceGroup;
    match group {
        ReferenceGroup::Period => msg!(l, "reference-group-period"),
        ReferenceGroup::Parties => msg!(l, "reference-group-parties"),
        ReferenceGroup::Meetings => msg!(l, "reference-group-meetings"),
    }
}

/// A period in words as a list shows it: "1. januar 2027 – 31. desember 2030", or
/// "1. januar 2027 – inntil videre" when it has no end.
pub fn period_words(period: &crate::agreement::Period, l: Locale) -> String {
    let from = date_words(period.from, l);
    let to = match period.to {
        Some(to) => date_words(to, l),
        None => msg!(l, "until-further-notice"),
    };
    format!("{from} – {to}")
}

/// A recent file that is no longer where it was.
pub fn recent_gone(l: Locale) -> String {
    msg!(l, "recent-gone")
}

/// A revision as the source of changes to accept ("revisjon 3").
pub fn merge_source_revision(n: u32, l: Locale) -> String {
    msg!(l, "merge-source-revision", n)
}

/// The changes between two revisions as the source of changes to accept.
pub fn merge_source_revisions(old: u32, new: u32, l: Locale) -> String {
    msg!(l, "merge-source-revisions", old, new)
}

/// Another file of the agreement as the source of changes to accept, with the revision both
/// started from when there is one ("filen utkast.avtale.yaml (fra revisjon 3)").
pub fn merge_source_file(name: &str, common: Option<u32>, l: Locale) -> String {
    match common {
        Some(n) => msg!(l, "merge-source-file", name, n),
        None => msg!(l, "merge-source-file-2", name),
    }
}

/// A counterpart's Word copy as the source of changes to accept, with the revision it was
/// exported from ("Word-filen utkast-fk.docx (fra revisjon 3)").
pub fn merge_source_word(name: &str, revision: u32, l: Locale) -> String {
    msg!(l, "merge-source-word", name, revision)
}

/// The message a revision of accepted changes is offered with; the user may edit it.
pub fn merged_revision(source: &str, l: Locale) -> String {
    msg!(l, "merged-revision", source)
}

/// Why a change could not be accepted.
pub fn merge_error(err: &crate::merge::MergeError, l: Locale) -> String {
    use crate::merge::MergeError;
    match err {
        MergeError::NoSuchChange(_) => msg!(l, "merge-error-no-such-change"),
        MergeError::Conflict(_) => msg!(l, "merge-error-conflict"),
        MergeError::NoPlace(_) => msg!(l, "merge-error-no-place"),
        MergeError::DoesNotFit(_) => msg!(l, "merge-error-does-not-fit"),
    }
}

/// A Word document read back as a counterpart's copy that Avtale did not export.
pub fn word_edited_no_stamp(file: &str, l: Locale) -> String {
    msg!(l, "word-edited-no-stamp", file)
}

/// A Word document exported from another agreement than the open one.
pub fn word_edited_other_agreement(file: &str, theirs: &str, ours: &str, l: Locale) -> String {
    msg!(l, "word-edited-other-agreement", file, theirs, ours)
}

/// A Word document exported from an unsaved draft: no revision to compare with.
pub fn word_edited_no_revision(file: &str, l: Locale) -> String {
    msg!(l, "word-edited-no-revision", file)
}

/// A Word document naming a revision the history lacks.
pub fn word_edited_unknown_revision(file: &str, n: u32, l: Locale) -> String {
    msg!(l, "word-edited-unknown-revision", file, n)
}

/// A Word document whose revision differs from the history's revision of that number.
pub fn word_edited_hash_mismatch(file: &str, n: u32, l: Locale) -> String {
    msg!(l, "word-edited-hash-mismatch", file, n)
}

/// One author's tracked changes in a section: "Spor endringer av Kari: satt inn «…»; slettet «…»".
pub fn word_edited_author_line(
    author: &str,
    inserted: &[String],
    deleted: &[String],
    l: Locale,
) -> String {
    let quote = |words: &[String]| {
        words
            .iter()
            .map(|w| format!("«{w}»"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let mut parts = Vec::new();
    if !inserted.is_empty() {
        parts.push(format!(
            "{} {}",
            msg!(l, "word-edited-author-line"),
            quote(inserted)
        ));
    }
    if !deleted.is_empty() {
        parts.push(format!(
            "{} {}",
            msg!(l, "word-edited-author-line-2"),
            quote(deleted)
        ));
    }
    let parts = parts.join("; ");
    msg!(l, "word-edited-author-line-3", author, parts)
}

/// A comment from a Word document, beside its section.
pub fn word_edited_comment_line(author: &str, quoted: &str, text: &str, l: Locale) -> String {
    let on = if quoted.trim().is_empty() {
        String::new()
    } else {
        format!(" «{quoted}»")
    };
    msg!(l, "word-edited-comment-line", author, on, text)
}

/// An edit in a Word document that could not be placed back into the agreement.
pub fn word_edited_unplaced_line(before: Option<&str>, after: Option<&str>, l: Locale) -> String {
    let what = match (before, after) {
        (Some(b), Some(a)) => format!("«{b}» → «{a}»"),
        (Some(b), None) => format!("«{b}» {}", msg!(l, "word-edited-unplaced-line")),
        (None, Some(a)) => format!("«{a}» {}", msg!(l, "word-edited-unplaced-line-2")),
        (None, None) => String::new(),
    };
    msg!(l, "word-edited-unplaced-line-3", what)
}

/// The heading of the notes from a Word document outside every section.
pub fn word_edited_outside(l: Locale) -> String {
    msg!(l, "word-edited-outside")
}

/// The heading of a section that only has notes from a Word document (comments), no change.
pub fn word_edited_notes_only(l: Locale) -> String {
    msg!(l, "word-edited-notes-only")
}

/// How long ago, in words: "i dag", "i går", "for 12 dager siden".
fn days_ago(days: u32, l: Locale) -> String {
    match days {
        0 => msg!(l, "days-ago"),
        1 => msg!(l, "days-ago-2"),
        n => msg!(l, "days-ago-3", n),
    }
}

fn ahead(days: i32) -> u32 {
    u32::try_from(days).unwrap_or(0)
}

fn behind(days: i32) -> u32 {
    u32::try_from(days).unwrap_or(0)
}

/// A measure due: "Tiltaket «Hospitering» skal være ferdig om 12 dager (1. mars 2027)."
pub fn reminder_measure_due(measure: &str, days: i32, date: Date, l: Locale) -> String {
    let when = in_days(ahead(days), l);
    let date = date_words(date, l);
    msg!(l, "reminder-measure-due", measure, when, date)
}

/// A planned measure starting soon.
pub fn reminder_measure_starts(measure: &str, days: i32, date: Date, l: Locale) -> String {
    let when = in_days(ahead(days), l);
    let date = date_words(date, l);
    msg!(l, "reminder-measure-starts", measure, when, date)
}

/// A report due.
pub fn reminder_report_due(report: &str, days: i32, date: Date, l: Locale) -> String {
    let when = in_days(ahead(days), l);
    let date = date_words(date, l);
    msg!(l, "reminder-report-due", report, when, date)
}

/// A body's next meeting.
pub fn reminder_meeting(body: &str, days: i32, date: Date, l: Locale) -> String {
    let when = in_days(ahead(days), l);
    let date = date_words(date, l);
    msg!(l, "reminder-meeting", body, when, date)
}

/// A measure past its deadline and not done: "Tiltaket «Hospitering» skulle vært ferdig for
/// 5 dager siden (1. mars 2027), og står som forsinket."
pub fn reminder_measure_late(
    measure: &str,
    days_late: i32,
    date: Date,
    status: crate::followup::MeasureStatus,
    l: Locale,
) -> String {
    let when = days_ago(behind(days_late), l);
    let date = date_words(date, l);
    let status = measure_status(status, l).to_lowercase();
    msg!(l, "reminder-measure-late", measure, when, date, status)
}

/// An evaluation that fell due and is not recorded as done.
pub fn reminder_evaluation_late(days_late: i32, date: Date, l: Locale) -> String {
    let when = days_ago(behind(days_late), l);
    let date = date_words(date, l);
    msg!(l, "reminder-evaluation-late", when, date)
}

/// A report that fell due and is not recorded as given.
pub fn reminder_report_late(report: &str, days_late: i32, date: Date, l: Locale) -> String {
    let when = days_ago(behind(days_late), l);
    let date = date_words(date, l);
    msg!(l, "reminder-report-late", report, when, date)
}

/// A contact person not confirmed for a year.
pub fn reminder_contact_unconfirmed(name: &str, since: Date, l: Locale) -> String {
    let since = date_words(since, l);
    msg!(l, "reminder-contact-unconfirmed", name, since)
}

/// A signatory who has changed since signing.
pub fn reminder_signatory_changed(party: &str, then: &str, now: &str, l: Locale) -> String {
    msg!(l, "reminder-signatory-changed", party, then, now)
}

/// The name of a measure's status.
pub fn measure_status(status: crate::followup::MeasureStatus, l: Locale) -> String {
    use crate::followup::MeasureStatus;
    match status {
        MeasureStatus::Planlagt => msg!(l, "measure-status-planlagt"),
        MeasureStatus::Pagar => msg!(l, "measure-status-pagar"),
        MeasureStatus::Ferdig => msg!(l, "measure-status-ferdig"),
        MeasureStatus::Forsinket => msg!(l, "measure-status-forsinket"),
        MeasureStatus::Stoppet => msg!(l, "measure-status-stoppet"),
    }
}

/// The name of a kind of goal.
pub fn goal_kind(kind: crate::clause::GoalKind, l: Locale) -> String {
    use crate::clause::GoalKind;
    match kind {
        GoalKind::Effekt => msg!(l, "goal-kind-effekt"),
        GoalKind::Resultat => msg!(l, "goal-kind-resultat"),
        GoalKind::Prosess => msg!(l, "goal-kind-prosess"),
    }
}

/// The name of a kind of follow-up note.
pub fn note_kind(kind: crate::followup::NoteKind, l: Locale) -> String {
    use crate::followup::NoteKind;
    match kind {
        NoteKind::GodPraksis => msg!(l, "note-kind-god-praksis"),
        NoteKind::Beslutning => msg!(l, "note-kind-beslutning"),
    }
}

/// Words of the status report and the per-party extract (headings, labels, lines).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[allow(missing_docs, reason = "each variant is the word it names")]
pub enum ReportWord {
    Made,
    For,
    FollowsUp,
    Summary,
    Goals,
    Measures,
    Late,
    GoodPractice,
    Decisions,
    Meetings,
    NoneInPeriod,
    Latest,
    FiguresInPeriod,
    Note,
    Updated,
    LastHeld,
    Decided,
    NextMeeting,
    LastGiven,
    Missed,
    NextDue,
    Tasks,
    Bodies,
    Reports,
    TheirMembers,
    NoneForParty,
    ExtractNote,
}

/// A word of the status report or the extract.
pub fn report_word(word: ReportWord, l: Locale) -> String {
    let id = match word {
        ReportWord::Made => "report-made",
        ReportWord::For => "report-for",
        ReportWord::FollowsUp => "report-follows-up",
        ReportWord::Summary => "report-summary",
        ReportWord::Goals => "report-goals",
        ReportWord::Measures => "report-measures",
        ReportWord::Late => "report-late",
        ReportWord::GoodPractice => "report-good-practice",
        ReportWord::Decisions => "report-decisions",
        ReportWord::Meetings => "report-meetings",
        ReportWord::NoneInPeriod => "report-none-in-period",
        ReportWord::Latest => "report-latest",
        ReportWord::FiguresInPeriod => "report-figures-in-period",
        ReportWord::Note => "report-note",
        ReportWord::Updated => "report-updated",
        ReportWord::LastHeld => "report-last-held",
        ReportWord::Decided => "report-decided",
        ReportWord::NextMeeting => "report-next-meeting",
        ReportWord::LastGiven => "report-last-given",
        ReportWord::Missed => "report-missed",
        ReportWord::NextDue => "report-next-due",
        ReportWord::Tasks => "extract-tasks",
        ReportWord::Bodies => "extract-bodies",
        ReportWord::Reports => "extract-reports",
        ReportWord::TheirMembers => "extract-their-members",
        ReportWord::NoneForParty => "extract-none",
        ReportWord::ExtractNote => "extract-note",
    };
    catalogue::text(l, id, &[])
}

/// The heading of a status report.
pub fn report_title(title: &str, l: Locale) -> String {
    msg!(l, "report-title", title)
}

/// The heading of a party's extract.
pub fn extract_title(party: &str, title: &str, l: Locale) -> String {
    msg!(l, "extract-title", party, title)
}

/// A tertial by name: "1. tertial 2027".
pub fn report_tertial(n: u32, year: i32, l: Locale) -> String {
    let year = year.to_string();
    msg!(l, "report-tertial", n, year)
}

/// A period between two days: "1. mars–15. juni 2027", "1. desember 2026–15. juni 2027".
pub fn report_span(from: Date, to: Date, l: Locale) -> String {
    let to_words = date_words(to, l);
    if from.year() == to.year() {
        let day = from.day();
        let month = month_name(from.month(), l);
        msg!(l, "report-span-same-year", day, month, to = to_words)
    } else {
        let from = date_words(from, l);
        msg!(l, "report-span", from, to = to_words)
    }
}

/// A value with the day it is for: "74 prosent (30. april 2027)".
pub fn report_dated(value: &str, date: Date, l: Locale) -> String {
    let date = date_words(date, l);
    msg!(l, "report-dated", value, date)
}

/// The summary's sentence on the measures: how many, and how many late.
pub fn report_summary(
    measures: usize,
    late: usize,
    notes: usize,
    decisions: usize,
    l: Locale,
) -> String {
    msg!(l, "report-summary-text", measures, late, notes, decisions)
}

/// A measure's status in the report, marked when its deadline has passed.
pub fn report_status(status: crate::followup::MeasureStatus, late: bool, l: Locale) -> String {
    let status = measure_status(status, l);
    if late {
        msg!(l, "report-status-late", status)
    } else {
        status
    }
}

/// What a late or delayed measure's line in the report says after its name.
pub fn report_late_measure(
    status: crate::followup::MeasureStatus,
    deadline: Option<Date>,
    note: &str,
    l: Locale,
) -> String {
    let status = measure_status(status, l);
    let because = if note.trim().is_empty() {
        msg!(l, "report-no-reason")
    } else {
        note.trim().to_owned()
    };
    match deadline {
        Some(d) => {
            let deadline = date_words(d, l);
            msg!(l, "report-late-measure", status, deadline, because)
        }
        None => msg!(l, "report-late-measure-2", status, because),
    }
}

/// A report period the command line cannot read, or that ends before it starts.
pub fn report_bad_period(text: &str, l: Locale) -> String {
    msg!(l, "report-bad-period", text)
}

/// An extract asked for a party the agreement does not have.
pub fn extract_unknown_party(party: &str, parties: &str, l: Locale) -> String {
    msg!(l, "extract-unknown-party", party, parties)
}
