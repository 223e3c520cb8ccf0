//! Signing: which statuses need an agreement without errors, the errors a revision may accept
//! with a reason, whether an agreement may be printed as final, and registering an agreement
//! that was signed before it reached Avtale.
//!
//! One rule, asked by the workflow, the command line, the app and the PDF: a revision may take
//! the status godkjent, signert or gjeldende only when the checks find no error, or when its
//! author accepts the errors with a reason, recorded in the revision (and printed in the PDF's
//! check summary). A print that is not a draft follows from it: the printed text has no
//! errors, or is a revision that accepted them.

use crate::agreement::{Agreement, PartyId, Status};
use crate::check::{self, CheckOptions, Code, Diagnostic, Severity};
use crate::clause::Signing;
use crate::history::{AcceptedErrors, RevisionInfo, RevisionNotes};
use crate::workflow::{Committed, WorkflowError, is_frozen};

/// Whether a revision with this status must be free of errors (or accept them with a reason):
/// godkjent, signert and gjeldende. A draft, a proposal and an expired agreement need not.
pub fn needs_no_errors(status: Status) -> bool {
    matches!(
        status,
        Status::Godkjent | Status::Signert | Status::Gjeldende
    )
}

/// The errors among the diagnostics, in their order.
pub fn errors(diagnostics: &[Diagnostic]) -> Vec<Diagnostic> {
    diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .cloned()
        .collect()
}

/// What a revision taking `status` records of the errors the checks find in the agreement:
/// nothing when the status needs no error-free agreement or there are no errors; the errors
/// accepted when the author gave a reason (`accept`, not blank); else the refusal, listing
/// them.
pub(crate) fn judge(
    agreement: &Agreement,
    status: Status,
    checks: CheckOptions<'_>,
    accept: Option<&str>,
) -> Result<Option<AcceptedErrors>, WorkflowError> {
    if !needs_no_errors(status) {
        return Ok(None);
    }
    let errors = errors(&check::check(agreement, checks));
    if errors.is_empty() {
        return Ok(None);
    }
    match accept.map(str::trim).filter(|r| !r.is_empty()) {
        Some(reason) => Ok(Some(accepted(reason, &errors))),
        None => Err(WorkflowError::OpenErrors { status, errors }),
    }
}

fn accepted(reason: &str, errors: &[Diagnostic]) -> AcceptedErrors {
    let mut codes: Vec<Code> = errors.iter().map(|d| d.code).collect();
    codes.sort();
    codes.dedup();
    AcceptedErrors {
        reason: reason.to_owned(),
        count: u32::try_from(errors.len()).unwrap_or(u32::MAX),
        codes,
    }
}

/// Whether an agreement may be printed as final (not marked as a draft).
#[derive(Debug, Clone, PartialEq)]
pub enum PrintClearance<'a> {
    /// The checks find no error.
    Clear,
    /// There are errors, and the printed text is a revision that accepted errors with a
    /// reason: the print says so in its check summary.
    Accepted(&'a AcceptedErrors),
    /// There are errors no revision accepted: only a draft may be printed. Carries them.
    Refused(Vec<Diagnostic>),
}

impl PrintClearance<'_> {
    /// Whether only a draft may be printed.
    pub fn is_refused(&self) -> bool {
        matches!(self, PrintClearance::Refused(_))
    }
}

/// Whether the agreement (its current text, or a revision as [`crate::workflow::at_revision`]
/// gives it) may be printed as final, given what the checks found in it.
pub fn final_print<'a>(agreement: &'a Agreement, diagnostics: &[Diagnostic]) -> PrintClearance<'a> {
    let errors = errors(diagnostics);
    if errors.is_empty() {
        return PrintClearance::Clear;
    }
    match accepted_in_print(agreement) {
        Some(accepted) => PrintClearance::Accepted(accepted),
        None => PrintClearance::Refused(errors),
    }
}

/// The errors accepted by the revision whose text the agreement is, if it accepted any: what
/// a print's check summary shows.
pub fn accepted_in_print(agreement: &Agreement) -> Option<&AcceptedErrors> {
    agreement
        .committed_revision()
        .and_then(|r| r.accepted_errors.as_ref())
}

/// Whether the agreement may be registered as signed (or in force) in one step: it has never
/// been signed in Avtale. No revision of it, and not the agreement itself, has a signed (or
/// later) status; a renewed agreement has, and walks through the workflow again.
pub fn can_register(agreement: &Agreement) -> bool {
    !is_frozen(agreement.meta.status)
        && !agreement
            .history
            .revisions
            .iter()
            .any(|r| is_frozen(r.meta.status))
}

/// Registering an agreement that was signed before it reached Avtale.
#[derive(Debug, Clone, Default)]
pub struct Registration<'a> {
    /// Signert or gjeldende.
    pub status: Option<Status>,
    /// When and where each signing party signed.
    pub signed: Vec<Signing>,
    /// Why the agreement is registered although the checks find errors in it.
    pub accept_errors: Option<String>,
    /// How to check it (the main agreement's file, the templates).
    pub checks: CheckOptions<'a>,
}

/// Records an agreement that was signed before it reached Avtale as signed (or in force), in one
/// step: each signing party's date and place go into the signatures clause, and the revision
/// says it was registered, not walked through the workflow. Refused when the agreement has
/// been signed in Avtale ([`can_register`]), the status is not signert or gjeldende, the
/// agreement has no signatures clause, a signing party lacks its date or place, a party given
/// does not sign, or the checks find errors not accepted.
pub fn register(
    agreement: &mut Agreement,
    info: RevisionInfo,
    registration: Registration<'_>,
) -> Result<Committed, WorkflowError> {
    let status = match registration.status {
        Some(s @ (Status::Signert | Status::Gjeldende)) => s,
        other => return Err(WorkflowError::RegisterStatus(other)),
    };
    if !can_register(agreement) {
        return Err(WorkflowError::SignedBefore);
    }
    let mut next = agreement.clone();
    let signing: Vec<PartyId> = next.signers();
    let signatures = next
        .sections
        .iter_mut()
        .find_map(|s| s.signatures.as_mut())
        .ok_or(WorkflowError::NoSignatures)?;
    let mut signed: Vec<Signing> = Vec::with_capacity(signing.len());
    for given in &registration.signed {
        if !signing.contains(&given.party) {
            return Err(WorkflowError::DoesNotSign(given.party.0.clone()));
        }
    }
    for party in &signing {
        let found = registration
            .signed
            .iter()
            .rev()
            .find(|s| &s.party == party)
            .filter(|s| !s.place.trim().is_empty());
        let Some(found) = found else {
            return Err(WorkflowError::SigningMissing(agreement.party_name(party)));
        };
        signed.push(Signing {
            party: party.clone(),
            date: found.date,
            place: found.place.trim().to_owned(),
        });
    }
    signatures.signed = signed;
    let accepted = judge(
        &next,
        status,
        registration.checks,
        registration.accept_errors.as_deref(),
    )?;
    next.meta.status = status;
    let number = next.record_revision_with(
        info,
        RevisionNotes {
            reason: None,
            accepted_errors: accepted,
            registered: true,
        },
    );
    *agreement = next;
    Ok(Committed {
        number,
        new_draft_after_signing: false,
    })
}
