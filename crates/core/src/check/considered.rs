//! Warnings marked as considered ("vurdert"): a warning that does not apply to this agreement
//! can be set aside with a short reason. The mark is kept in the agreement file
//! (`considered:`), so it is part of the text the parties agree on and of the revision hash.
//!
//! What a mark matches (the one rule, used by the checks, the app, the command line and the
//! print):
//!
//! - the warning's **code**;
//! - the **section** it is about, by the section's id (not its place), or none for a warning
//!   about the agreement as a whole;
//! - the **field** inside that section (`meetings[0].members`, `text`; the section itself is
//!   the empty field), or for a warning about the agreement as a whole its field path
//!   (`meta.period`);
//! - the **subject** the warning names when a field can hold several of the same kind (the
//!   abbreviation, term, words or sentence it is about), so a new abbreviation in the same text
//!   is a new warning.
//!
//! Moving sections, and edits elsewhere, leave a mark matching. Errors cannot be marked: they
//! are fixed, or accepted with a reason when the status is raised. A mark that matches no
//! warning any more (the warning went away, or what it names changed) is not dropped by itself:
//! it is reported as [`Code::ConsideredNotFound`] with a fix that removes it, so a reason the
//! parties agreed on never disappears from the file without anybody seeing it.

use serde::{Deserialize, Serialize};

use super::{Code, Diagnostic, Severity};
use crate::agreement::{Agreement, SectionId};

/// A warning marked as considered, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct Considered {
    /// The warning's code.
    pub code: Code,
    /// The section the warning is about, by id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub section: Option<SectionId>,
    /// The field inside the section (empty: the section itself), or the field path of a
    /// warning about the whole agreement.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    #[cfg_attr(feature = "ts", ts(as = "Option<String>", optional))]
    pub field: String,
    /// What the warning names, when one field can hold several warnings of its code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub subject: Option<String>,
    /// Why the warning does not apply, or has been weighed.
    pub reason: String,
}

/// Why a warning cannot be marked as considered.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ConsiderError {
    /// Errors are fixed, or accepted when the status is raised; not set aside.
    #[error("{0} is an error, not a warning")]
    NotAWarning(Code),
    /// A mark that no longer matches is removed, not considered.
    #[error("{0} cannot be marked as considered")]
    NotConsiderable(Code),
    /// The reason is blank.
    #[error("a reason is needed")]
    NoReason,
}

/// Whether warnings of this code can be marked as considered: every warning but the one that
/// says a mark is no longer found.
pub fn can_consider(code: Code) -> bool {
    code.severity() == Severity::Warning && code != Code::ConsideredNotFound
}

/// The field of a diagnostic as a mark names it: inside its section (without
/// `sections[3].`), or as it is for a warning about the whole agreement.
fn field_in_section(diagnostic: &Diagnostic) -> String {
    if diagnostic.section.is_none() {
        return diagnostic.field.clone();
    }
    let field = diagnostic.field.as_str();
    match field.strip_prefix("sections[").and_then(|rest| {
        let end = rest.find(']')?;
        rest[..end].parse::<usize>().ok()?;
        Some(&rest[end + 1..])
    }) {
        Some(rest) => rest.strip_prefix('.').unwrap_or(rest).to_owned(),
        None => field.to_owned(),
    }
}

/// Whether a mark names this diagnostic (the module's rule).
pub fn matches(mark: &Considered, diagnostic: &Diagnostic) -> bool {
    can_consider(diagnostic.code)
        && mark.code == diagnostic.code
        && mark.section == diagnostic.section
        && mark.field == field_in_section(diagnostic)
        && mark.subject == diagnostic.subject
}

/// The mark for a diagnostic, with a reason.
pub fn mark(diagnostic: &Diagnostic, reason: &str) -> Considered {
    Considered {
        code: diagnostic.code,
        section: diagnostic.section.clone(),
        field: field_in_section(diagnostic),
        subject: diagnostic.subject.clone(),
        reason: reason.trim().to_owned(),
    }
}

/// The agreement with the diagnostic marked as considered for this reason (a mark it already
/// had gets the new reason).
pub fn consider(
    agreement: &Agreement,
    diagnostic: &Diagnostic,
    reason: &str,
) -> Result<Agreement, ConsiderError> {
    if diagnostic.code.severity() != Severity::Warning {
        return Err(ConsiderError::NotAWarning(diagnostic.code));
    }
    if !can_consider(diagnostic.code) {
        return Err(ConsiderError::NotConsiderable(diagnostic.code));
    }
    if reason.trim().is_empty() {
        return Err(ConsiderError::NoReason);
    }
    let mut out = agreement.clone();
    let new = mark(diagnostic, reason);
    match out.considered.iter_mut().find(|m| matches(m, diagnostic)) {
        Some(old) => *old = new,
        None => out.considered.push(new),
    }
    Ok(out)
}

/// The agreement without the marks that name this diagnostic: it is an open warning again.
pub fn unconsider(agreement: &Agreement, diagnostic: &Diagnostic) -> Agreement {
    let mut out = agreement.clone();
    out.considered.retain(|m| !matches(m, diagnostic));
    out
}

/// Sets [`Diagnostic::considered`] on the warnings a mark names, and returns the places (in
/// `considered`) of the marks that name none.
pub(super) fn apply(agreement: &Agreement, diagnostics: &mut [Diagnostic]) -> Vec<usize> {
    let mut unmatched = Vec::new();
    for (i, mark) in agreement.considered.iter().enumerate() {
        let mut found = false;
        for d in diagnostics.iter_mut().filter(|d| matches(mark, d)) {
            d.considered = Some(mark.reason.clone());
            found = true;
        }
        if !found {
            unmatched.push(i);
        }
    }
    unmatched
}

/// The open diagnostics: every error, and the warnings not marked as considered.
pub fn open(diagnostics: &[Diagnostic]) -> impl Iterator<Item = &Diagnostic> {
    diagnostics.iter().filter(|d| d.considered.is_none())
}
