//! The family of agreements: a main agreement, the sub-agreements and action plans that link
//! to it, and how each of them fits the main agreement's frame, for the family view. The files
//! are found and read by [`crate::store`]; this module only puts them together.

use serde::Serialize;

use crate::agreement::{Agreement, AgreementKind, Period, Status};
use crate::check::{self, CheckOptions, Code, ParentFile};
use crate::date::Date;
use crate::lang::Locale;
use crate::messages;

/// The codes that say how an agreement fits its main agreement.
pub const FAMILY_CODES: [Code; 7] = [
    Code::NoParent,
    Code::OutsideParentPeriod,
    Code::ParentMismatch,
    Code::PartyNotInParent,
    Code::AreaNotInParent,
    Code::NoArea,
    Code::ParentUnreadable,
];

/// One agreement in the family.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct FamilyMember {
    /// Its file, as found (empty for an agreement not saved yet).
    pub file: String,
    /// Its title.
    pub title: String,
    /// Main agreement, sub-agreement or action plan.
    pub kind: AgreementKind,
    /// Its period.
    pub period: Period,
    /// Its status.
    pub status: Status,
    /// The main agreement's area it belongs to.
    #[cfg_attr(feature = "ts", ts(optional))]
    pub area: Option<String>,
    /// Whether this is the agreement open in the editor.
    pub current: bool,
    /// How it does not fit the main agreement, as messages; empty when it fits.
    pub problems: Vec<String>,
}

/// A file in the folder that looked like an agreement but could not be read.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct Unreadable {
    /// The file.
    pub file: String,
    /// Why, in the user's language.
    pub message: String,
}

/// The family as the view shows it.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct Family {
    /// The main agreement, when it is known (the open one, or the file it links to).
    #[cfg_attr(feature = "ts", ts(optional))]
    pub main: Option<FamilyMember>,
    /// The main agreement's areas of cooperation.
    pub areas: Vec<String>,
    /// Sub-agreements and action plans under it, the open one among them, by period.
    pub members: Vec<FamilyMember>,
    /// Why the main agreement could not be read, when it could not.
    #[cfg_attr(feature = "ts", ts(optional))]
    pub main_problem: Option<String>,
    /// Agreement files in the folder that could not be read.
    pub unreadable: Vec<Unreadable>,
    /// A reminder that the action plan of a year the main agreement covers is missing, from
    /// 60 days before that year starts (set by [`Family::remind_of_action_plan`]).
    #[cfg_attr(feature = "ts", ts(optional))]
    pub missing_action_plan: Option<String>,
}

/// How long before a year starts its action plan is missed, in days.
pub const ACTION_PLAN_LEAD_DAYS: i64 = 60;

impl Family {
    /// Sets the reminder of a missing action plan: for this year and, from 60 days before it
    /// starts, the next, when the main agreement's period covers the year and no action plan
    /// in the family does. The studies ask for a yearly action plan under the main agreement
    /// (`seed-sintef-2010-county-agreements.md` §2.2; issue 14).
    pub fn remind_of_action_plan(mut self, today: Date, locale: Locale) -> Self {
        self.missing_action_plan = self
            .missing_year(today)
            .map(|year| messages::action_plan_missing(year, locale));
        self
    }

    /// The first year (this one, or the next within 60 days of its start) the main agreement
    /// covers without an action plan.
    fn missing_year(&self, today: Date) -> Option<i32> {
        let main = self.main.as_ref()?;
        if !main.kind.heads_family() {
            return None;
        }
        let soon = today.naive() + chrono::Duration::days(ACTION_PLAN_LEAD_DAYS);
        let years = [today.year(), chrono::Datelike::year(&soon)];
        // Days of the year a period covers.
        let overlap = |period: &Period, year: i32| -> i64 {
            let (Some(start), Some(end)) =
                (Date::from_ymd(year, 1, 1), Date::from_ymd(year, 12, 31))
            else {
                return 0;
            };
            let from = period.from.max(start);
            let to = period.to.map_or(end, |to| to.min(end));
            (to.naive() - from.naive()).num_days() + 1
        };
        // A main agreement needs a year's plan when it runs for at least a quarter of the year.
        years.into_iter().find(|&year| {
            overlap(&main.period, year) >= 90
                && !self
                    .members
                    .iter()
                    .any(|m| m.kind == AgreementKind::Handlingsplan && overlap(&m.period, year) > 0)
        })
    }
}

/// An agreement with the file it came from (empty when not saved).
#[derive(Debug, Clone, Copy)]
pub struct Found<'a> {
    /// The file.
    pub file: &'a str,
    /// The agreement in it.
    pub agreement: &'a Agreement,
}

/// An agreement file read from disk, or why it could not be.
pub type ReadResult = Result<Agreement, crate::error::LoadError>;

/// Finds and puts together the family of the open agreement: its main agreement (itself, or
/// the file it links to, as `main` gives it – see [`crate::store::MainAgreements::of`]) and the
/// sub-agreements and action plans in the main agreement's folder (this one's, until it is
/// linked) that link to it. `file` is the open agreement's file; `read_folder` reads the
/// agreement files in a folder ([`crate::store::read_agreements_in`]), so this module itself
/// touches no file.
pub fn gather(
    file: Option<&std::path::Path>,
    agreement: &Agreement,
    main: Option<(
        std::path::PathBuf,
        Result<std::sync::Arc<Agreement>, crate::error::LoadError>,
    )>,
    read_folder: impl FnOnce(&std::path::Path) -> Vec<(std::path::PathBuf, ReadResult)>,
    locale: Locale,
) -> Family {
    let is_main = agreement.meta.kind.heads_family();
    let main = if is_main { None } else { main };
    let main_path = match &main {
        _ if is_main => file.map(std::path::Path::to_path_buf),
        Some((path, Ok(_))) => Some(path.clone()),
        _ => None,
    };
    let folder = main_path
        .as_deref()
        .or(file)
        .and_then(std::path::Path::parent);
    let read = folder.map(read_folder).unwrap_or_default();
    let text = |p: Option<&std::path::Path>| p.map(|p| p.display().to_string()).unwrap_or_default();
    let file_text = text(file);
    let main_text = text(main_path.as_deref());
    let mut unreadable = Vec::new();
    let mut found = Vec::new();
    for (path, result) in &read {
        match result {
            Ok(a) => found.push((path.display().to_string(), a)),
            Err(e) => unreadable.push(Unreadable {
                file: path.display().to_string(),
                message: e.report(locale),
            }),
        }
    }
    let others: Vec<Found<'_>> = found
        .iter()
        .filter(|(path, _)| *path != main_text)
        .map(|(path, a)| Found {
            file: path,
            agreement: a,
        })
        .collect();
    let current = Found {
        file: &file_text,
        agreement,
    };
    let main_found = match &main {
        _ if is_main => Some(Ok(current)),
        Some((_, Ok(a))) => Some(Ok(Found {
            file: &main_text,
            agreement: a,
        })),
        Some((_, Err(e))) => Some(Err(e.report(locale))),
        None => None,
    };
    build(current, main_found, &others, unreadable, locale)
}

/// The sub-agreements and action plans a main agreement's print lists: the members of its
/// family found beside its file (read by `read_folder`, [`crate::store::read_agreements_in`]).
/// None for a sub-agreement or action plan, whose print names its main agreement from its own
/// link.
pub fn in_print(
    file: Option<&std::path::Path>,
    agreement: &Agreement,
    read_folder: impl FnOnce(&std::path::Path) -> Vec<(std::path::PathBuf, ReadResult)>,
) -> Vec<FamilyMember> {
    if agreement.meta.kind != AgreementKind::Hovedavtale {
        return Vec::new();
    }
    gather(
        file,
        agreement,
        None,
        read_folder,
        agreement.meta.language.into(),
    )
    .members
}

/// Puts the family together around the open agreement. `main` is the main agreement (the open
/// one itself when it is a main agreement) or why it could not be read; `others` are the other
/// agreements found beside it, of which those linking to the main agreement become members.
pub fn build(
    current: Found<'_>,
    main: Option<Result<Found<'_>, String>>,
    others: &[Found<'_>],
    unreadable: Vec<Unreadable>,
    locale: Locale,
) -> Family {
    let (main, main_problem) = match main {
        Some(Ok(found)) => (Some(found), None),
        Some(Err(problem)) => (None, Some(problem)),
        None => (None, None),
    };
    let main_is_current = main.is_some_and(|m| std::ptr::eq(m.agreement, current.agreement));
    let mut members: Vec<FamilyMember> = Vec::new();
    if !main_is_current && !current.agreement.meta.kind.heads_family() {
        members.push(member(current, main, main_problem.as_deref(), true, locale));
    }
    if let Some(m) = main {
        for other in others {
            let links = other
                .agreement
                .meta
                .parent
                .as_ref()
                .is_some_and(|p| p.id == m.agreement.meta.id);
            if links && other.file != current.file {
                members.push(member(*other, main, None, false, locale));
            }
        }
    }
    members.sort_by(|a, b| (a.period.from, &a.title).cmp(&(b.period.from, &b.title)));
    Family {
        main: main.map(|m| member(m, None, None, main_is_current, locale)),
        areas: main
            .map(|m| m.agreement.meta.areas.clone())
            .unwrap_or_default(),
        members,
        main_problem,
        unreadable,
        missing_action_plan: None,
    }
}

fn member(
    found: Found<'_>,
    main: Option<Found<'_>>,
    main_problem: Option<&str>,
    current: bool,
    locale: Locale,
) -> FamilyMember {
    let a = found.agreement;
    let parent = match (main, main_problem) {
        (Some(m), _) if !a.meta.kind.heads_family() => Some(ParentFile::Loaded(m.agreement)),
        (_, Some(reason)) => Some(ParentFile::Unreadable { reason }),
        _ => None,
    };
    let problems = if a.meta.kind.heads_family() {
        Vec::new()
    } else {
        let options = CheckOptions {
            locale,
            templates: None,
            parent,
        };
        check::check(a, options)
            .into_iter()
            .filter(|d| FAMILY_CODES.contains(&d.code))
            .map(|d| d.message)
            .collect()
    };
    FamilyMember {
        file: found.file.to_owned(),
        title: a.meta.title.clone(),
        kind: a.meta.kind,
        period: a.meta.period.clone(),
        status: a.meta.status,
        area: a.meta.parent.as_ref().and_then(|p| p.area.clone()),
        current,
        problems,
    }
}

/// The link a sub-agreement keeps to its main agreement: id, title and period copied, the file
/// as given; the area and additional parties already chosen are kept.
pub fn link(agreement: &mut Agreement, main: &Agreement, file: String) {
    let old = agreement.meta.parent.take();
    let (area, additional_parties) = old
        .map(|p| (p.area, p.additional_parties))
        .unwrap_or_default();
    agreement.meta.parent = Some(crate::agreement::ParentRef {
        id: main.meta.id.clone(),
        title: main.meta.title.clone(),
        period: Some(main.meta.period.clone()),
        file: Some(file),
        area,
        additional_parties,
    });
}
