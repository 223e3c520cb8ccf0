//! The life of an agreement: its status workflow (utkast → til godkjenning → godkjent →
//! signert → gjeldende → utløpt), committing revisions, and restoring an old one. A signed
//! revision is frozen: changing it afterwards starts a new draft on top of it.

use crate::agreement::{Agreement, Status};
use crate::check::{CheckOptions, Diagnostic};
use crate::history::{ReasonKind, RevisionInfo, RevisionNotes, RevisionReason, Snapshot, signing};

/// Why a commit, a restore, a renewal or a registration was refused.
#[derive(Debug, Clone, PartialEq)]
pub enum WorkflowError {
    /// The status cannot go from `from` to `to` in one step.
    Transition {
        /// The status now.
        from: Status,
        /// The status asked for.
        to: Status,
    },
    /// There is no revision with this number.
    NoSuchRevision(u32),
    /// Nothing changed since the last revision and no new status or name was given.
    NothingToCommit,
    /// Renewal needs the agreement saved as a revision first, so the renewal can be compared
    /// with it.
    NotCommitted,
    /// Renewal needs the changes since the last revision saved or discarded first.
    UncommittedChanges,
    /// The period has no end, so there is no next period to renew into.
    OpenEnded,
    /// The status needs an agreement without errors ([`signing::needs_no_errors`]), the checks
    /// find errors, and no reason to accept them was given.
    OpenErrors {
        /// The status asked for.
        status: Status,
        /// The errors, as the checks gave them.
        errors: Vec<Diagnostic>,
    },
    /// The reason "annet" (other) needs words saying what it is.
    ReasonWithoutText,
    /// Only signert or gjeldende can be registered (what was asked, if anything).
    RegisterStatus(Option<Status>),
    /// The agreement has been signed in Avtale before (it has a signed revision): it moves one
    /// step at a time.
    SignedBefore,
    /// The agreement has no signatures clause to record the signing in.
    NoSignatures,
    /// A signing party was given no date and place (its name).
    SigningMissing(String),
    /// A party given a signing is not among those who sign (its id).
    DoesNotSign(String),
}

impl std::fmt::Display for WorkflowError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&crate::messages::workflow_error(
            self,
            crate::lang::Locale::En,
        ))
    }
}

impl std::error::Error for WorkflowError {}

/// How a revision is committed, besides who, when and what.
#[derive(Debug, Clone, Copy, Default)]
pub struct CommitOptions<'a> {
    /// The status to move to; none keeps it (or makes a new draft after signing).
    pub status: Option<Status>,
    /// Why the revision is made.
    pub reason: Option<&'a RevisionReason>,
    /// Why the revision may take a status that needs an agreement without errors although the
    /// checks find errors; recorded in the revision. None (or blank) refuses.
    pub accept_errors: Option<&'a str>,
    /// How the agreement is checked (the main agreement's file, the templates).
    pub checks: CheckOptions<'a>,
}

/// What a commit did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Committed {
    /// The new revision's number.
    pub number: u32,
    /// True when the agreement had been signed and the changes became a new draft.
    pub new_draft_after_signing: bool,
}

/// Whether the status may go from `from` to `to` in one step: forward along the workflow, or
/// back to a draft (a rejected proposal, or a new draft on top of a signed agreement).
pub fn transition_allowed(from: Status, to: Status) -> bool {
    use Status::{Gjeldende, Godkjent, Signert, TilGodkjenning, Utkast, Utlopt};
    matches!(
        (from, to),
        (Utkast, TilGodkjenning)
            | (TilGodkjenning, Godkjent)
            | (Godkjent, Signert)
            | (Signert, Gjeldende)
            | (Gjeldende, Utlopt)
            | (
                TilGodkjenning | Godkjent | Signert | Gjeldende | Utlopt,
                Utkast
            )
    ) || from == to
}

/// The statuses a revision may take after one with status `from`, in the workflow's order
/// (`from` itself included): what a status list offers.
pub fn next_statuses(from: Status) -> Vec<Status> {
    Status::ALL
        .into_iter()
        .filter(|to| transition_allowed(from, *to))
        .collect()
}

/// Whether a revision with this status is frozen (its content is what was signed).
pub fn is_frozen(status: Status) -> bool {
    matches!(status, Status::Signert | Status::Gjeldende | Status::Utlopt)
}

fn content_of(agreement: &Agreement) -> Snapshot {
    Snapshot {
        meta: agreement.meta.clone(),
        parties: agreement.parties.clone(),
        sections: agreement.sections.clone(),
        glossary: agreement.glossary.clone(),
        considered: agreement.considered.clone(),
    }
}

/// Saves the agreement's current content as a new revision, optionally moving its status
/// ([`commit_with`] with the checks' default options and no reason).
pub fn commit(
    agreement: &mut Agreement,
    info: RevisionInfo,
    status: Option<Status>,
) -> Result<Committed, WorkflowError> {
    commit_with(
        agreement,
        info,
        CommitOptions {
            status,
            ..CommitOptions::default()
        },
    )
}

/// Saves the agreement's current content as a new revision, optionally moving its status.
/// If the last revision was signed (or later) and the content changed, the change is recorded
/// as a new draft, whatever status the file still shows. A status that needs an agreement
/// without errors is refused while the checks find errors, unless the errors are accepted with
/// a reason, which the revision records ([`signing`]).
pub fn commit_with(
    agreement: &mut Agreement,
    info: RevisionInfo,
    options: CommitOptions<'_>,
) -> Result<Committed, WorkflowError> {
    let status = options.status;
    let last = agreement.history.latest().cloned();
    let last_snapshot = last.as_ref().and_then(|r| agreement.history.snapshot(r));
    let from = last
        .as_ref()
        .map_or(agreement.meta.status, |r| r.meta.status);
    let current = content_of(agreement);
    // Compare content without the status: a status change alone is not an edit.
    let changed = last_snapshot.as_ref().is_none_or(|snap| {
        let mut was = snap.clone();
        was.meta.status = current.meta.status;
        was != current
    });
    let mut new_draft_after_signing = false;
    let target = match status {
        Some(to) => to,
        None if changed && is_frozen(from) => {
            new_draft_after_signing = true;
            Status::Utkast
        }
        None => agreement.meta.status,
    };
    if !transition_allowed(from, target) {
        return Err(WorkflowError::Transition { from, to: target });
    }
    let reason = options.reason.map(checked_reason).transpose()?;
    let accepted = signing::judge(agreement, target, options.checks, options.accept_errors)?;
    // Accepting errors the last revision did not accept is something to record.
    let newly_accepted =
        accepted.is_some() && last.as_ref().is_none_or(|r| r.accepted_errors != accepted);
    if last.is_some() && !changed && target == from && info.name.is_none() && !newly_accepted {
        return Err(WorkflowError::NothingToCommit);
    }
    agreement.meta.status = target;
    let number = agreement.record_revision_with(
        info,
        RevisionNotes {
            reason,
            accepted_errors: accepted,
            registered: false,
        },
    );
    Ok(Committed {
        number,
        new_draft_after_signing,
    })
}

/// The reason as recorded: its words trimmed, none when blank; refused when "annet" has none.
fn checked_reason(reason: &RevisionReason) -> Result<RevisionReason, WorkflowError> {
    let text = reason
        .text
        .as_deref()
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .map(str::to_owned);
    if reason.kind == ReasonKind::Annet && text.is_none() {
        return Err(WorkflowError::ReasonWithoutText);
    }
    Ok(RevisionReason {
        kind: reason.kind,
        text,
    })
}

/// What a renewal's revision says of itself: its author and time, and a message naming the
/// period it starts ("Ny periode: …"). The app and the command line say the same.
pub fn renewal_info(
    agreement: &Agreement,
    author: String,
    time: crate::history::Timestamp,
    locale: crate::lang::Locale,
) -> RevisionInfo {
    let message = crate::renew::next_period(&agreement.meta.period)
        .map(|p| crate::messages::renewed_revision(&p, locale))
        .unwrap_or_default();
    RevisionInfo {
        author,
        time,
        message,
        name: None,
    }
}

/// Starts the agreement's next period ("Forny avtale"): every date moves by one period length
/// (see [`crate::renew`]), the status becomes draft, and the result is recorded as a new
/// revision, so comparing it with the one before shows exactly what moved. Refused when the
/// agreement has no revision yet, has changes not saved as a revision, or runs without an end.
pub fn renew(agreement: &mut Agreement, info: RevisionInfo) -> Result<Committed, WorkflowError> {
    let last = agreement
        .history
        .latest()
        .cloned()
        .ok_or(WorkflowError::NotCommitted)?;
    let mut was = agreement
        .history
        .snapshot(&last)
        .ok_or(WorkflowError::NoSuchRevision(last.number))?;
    was.meta.status = agreement.meta.status;
    if was != content_of(agreement) {
        return Err(WorkflowError::UncommittedChanges);
    }
    let next = crate::renew::renewed(agreement).ok_or(WorkflowError::OpenEnded)?;
    agreement.meta = next.meta;
    agreement.sections = next.sections;
    agreement.meta.status = Status::Utkast;
    // A renewal is made because the period ends.
    let number = agreement.record_revision_with(
        info,
        RevisionNotes {
            reason: Some(RevisionReason {
                kind: ReasonKind::PeriodensSlutt,
                text: None,
            }),
            ..RevisionNotes::default()
        },
    );
    Ok(Committed {
        number,
        new_draft_after_signing: false,
    })
}

/// The status that keeps the agreement's text as it is, when there is one: its own status or its
/// newest revision's, when that is signed or later ([`is_frozen`]).
pub fn frozen_status(agreement: &Agreement) -> Option<Status> {
    let latest = agreement.history.latest().map(|r| r.meta.status);
    [Some(agreement.meta.status), latest]
        .into_iter()
        .flatten()
        .find(|s| is_frozen(*s))
}

/// Moves the agreement to another period as an edit of its current text, not a revision:
/// every date moves with the period ([`crate::renew::moved`]). Refused for a signed agreement
/// (whose text is what was signed: renew it, or make it a draft first) and for a period that
/// ends before it starts. Gives what moved.
pub fn move_period(
    agreement: &mut Agreement,
    period: &crate::agreement::Period,
) -> Result<crate::renew::Moved, crate::renew::MoveError> {
    if let Some(status) = frozen_status(agreement) {
        return Err(crate::renew::MoveError::Frozen(status));
    }
    let moved = crate::renew::moved(agreement, period)?;
    agreement.meta = moved.agreement.meta.clone();
    agreement.sections = moved.agreement.sections.clone();
    Ok(moved)
}

/// The full content of revision `number`.
fn revision_snapshot(agreement: &Agreement, number: u32) -> Result<Snapshot, WorkflowError> {
    agreement
        .history
        .revision(number)
        .and_then(|revision| agreement.history.snapshot(revision))
        .ok_or(WorkflowError::NoSuchRevision(number))
}

/// Makes revision `number`'s content current again and records that as a new revision, as a
/// draft; the history before it stays as it was.
pub fn restore(
    agreement: &mut Agreement,
    number: u32,
    info: RevisionInfo,
) -> Result<Committed, WorkflowError> {
    let snapshot = revision_snapshot(agreement, number)?;
    agreement.meta = snapshot.meta;
    agreement.parties = snapshot.parties;
    agreement.sections = snapshot.sections;
    agreement.glossary = snapshot.glossary;
    agreement.considered = snapshot.considered;
    let from = agreement
        .history
        .latest()
        .map_or(agreement.meta.status, |r| r.meta.status);
    agreement.meta.status = Status::Utkast;
    if !transition_allowed(from, Status::Utkast) {
        return Err(WorkflowError::Transition {
            from,
            to: Status::Utkast,
        });
    }
    let number = agreement.record_revision(info);
    Ok(Committed {
        number,
        new_draft_after_signing: false,
    })
}

/// The agreement as it was at revision `number`, with that revision's history up to it.
pub fn at_revision(agreement: &Agreement, number: u32) -> Result<Agreement, WorkflowError> {
    let snapshot = revision_snapshot(agreement, number)?;
    Ok(Agreement {
        format: agreement.format,
        meta: snapshot.meta,
        parties: snapshot.parties,
        sections: snapshot.sections,
        glossary: snapshot.glossary,
        considered: snapshot.considered,
        followup: agreement.followup.clone(),
        history: agreement.history.clone(),
    })
}
