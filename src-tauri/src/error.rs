//! The error the UI receives when a command fails.

use avtale_core::{LoadError, LoadProblem, Locale, SaveError};
use serde::Serialize;
use ts_rs::TS;

/// What the UI receives when a command fails: a class to branch on and a message to show.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct IpcError {
    /// The class of error.
    pub code: ErrorCode,
    /// The message, in the user's language, naming file, line and field where there are any.
    pub message: String,
}

/// Error classes the UI branches on.
#[derive(Debug, Clone, Copy, Serialize, TS)]
#[ts(export)]
pub enum ErrorCode {
    /// The file does not exist.
    NotFound,
    /// The file is from a newer version of Avtale.
    NewerFormat,
    /// The file is not a valid agreement.
    Invalid,
    /// The file could not be read.
    Unreadable,
    /// The file could not be saved.
    SaveFailed,
    /// A revision could not be saved or restored (status order, missing revision).
    Workflow,
    /// The status asked for needs an agreement without errors, and the checks find errors:
    /// the page offers to accept them with a reason.
    OpenErrors,
    /// The dates cannot move with the period (it ends before it starts).
    Period,
    /// Two files that are not versions of the same agreement.
    OtherAgreement,
    /// The PDF could not be made (a fault in Avtale).
    PdfFailed,
    /// No meeting calendar can be made from the agreement's period.
    Calendar,
    /// Another window or program has the file open for writing.
    Locked,
    /// The file on disk holds revisions the open agreement lacks; saving would remove them
    /// ("Lagre som" saves elsewhere).
    HistoryWouldBeLost,
    /// No agreement is open.
    NoDocument,
    /// A change of a comparison could not be accepted (a conflict, its place gone).
    Merge,
    /// A fault in Avtale itself.
    Internal,
}

impl IpcError {
    /// A load error, reported in the user's language.
    pub fn load(err: &LoadError, locale: Locale) -> Self {
        let code = match err.problem {
            LoadProblem::NotFound => ErrorCode::NotFound,
            LoadProblem::NewerFormat { .. } => ErrorCode::NewerFormat,
            LoadProblem::IsDirectory
            | LoadProblem::Unreadable(_)
            | LoadProblem::TooLarge { .. } => ErrorCode::Unreadable,
            _ => ErrorCode::Invalid,
        };
        Self {
            code,
            message: err.report(locale),
        }
    }

    /// A save error, reported in the user's language.
    pub fn save(err: &SaveError, locale: Locale) -> Self {
        Self {
            code: match err {
                SaveError::HistoryWouldBeLost { .. } => ErrorCode::HistoryWouldBeLost,
                _ => ErrorCode::SaveFailed,
            },
            message: err.report(locale),
        }
    }

    /// A refused commit or restore, reported in the user's language.
    pub fn workflow(err: &avtale_core::workflow::WorkflowError, locale: Locale) -> Self {
        use avtale_core::workflow::WorkflowError;
        Self {
            code: match err {
                WorkflowError::OpenErrors { .. } => ErrorCode::OpenErrors,
                _ => ErrorCode::Workflow,
            },
            message: avtale_core::messages::workflow_error(err, locale),
        }
    }

    /// Dates that cannot move with the period, reported in the user's language.
    pub fn period(err: &avtale_core::renew::MoveError, locale: Locale) -> Self {
        Self {
            code: ErrorCode::Period,
            message: avtale_core::messages::move_error(err, locale),
        }
    }

    /// A status report's period that ends before it starts.
    pub fn report_period(text: &str, locale: Locale) -> Self {
        Self {
            code: ErrorCode::Period,
            message: avtale_core::messages::report_bad_period(text, locale),
        }
    }

    /// An extract for a party the agreement does not have (a fault of the caller).
    pub fn unknown_party(
        agreement: &avtale_core::Agreement,
        party: &avtale_core::agreement::PartyId,
        locale: Locale,
    ) -> Self {
        let ids: Vec<String> = agreement.parties.iter().map(|p| p.id.0.clone()).collect();
        Self {
            code: ErrorCode::Internal,
            message: avtale_core::messages::extract_unknown_party(
                &party.0,
                &ids.join(", "),
                locale,
            ),
        }
    }

    /// An export that would replace the open agreement's own file.
    pub fn export_over_agreement(locale: Locale) -> Self {
        Self {
            code: ErrorCode::SaveFailed,
            message: avtale_core::messages::export_over_agreement(locale),
        }
    }

    /// A command that needs an open agreement, when none is open.
    pub fn no_document(locale: Locale) -> Self {
        Self {
            code: ErrorCode::NoDocument,
            message: avtale_core::messages::no_open_agreement(locale),
        }
    }

    /// Two files that are not versions of one agreement.
    pub fn other_agreement(locale: Locale) -> Self {
        Self {
            code: ErrorCode::OtherAgreement,
            message: avtale_core::messages::not_same_agreement(locale),
        }
    }

    /// A change of a comparison that could not be accepted.
    pub fn merge(err: &avtale_core::merge::MergeError, locale: Locale) -> Self {
        Self {
            code: ErrorCode::Merge,
            message: avtale_core::messages::merge_error(err, locale),
        }
    }

    /// A file another window or program holds, or a lock that could not be made.
    pub fn lock(err: &avtale_core::LockError, locale: Locale) -> Self {
        Self {
            code: ErrorCode::Locked,
            message: err.report(locale),
        }
    }

    /// A period the meeting calendar cannot be made from.
    pub fn calendar(err: &avtale_core::calendar::CalendarError, locale: Locale) -> Self {
        Self {
            code: ErrorCode::Calendar,
            message: avtale_core::messages::calendar_error(err, locale),
        }
    }

    /// A Word export that failed (a fault in Avtale), naming the document it was to be.
    pub fn word_export(err: &avtale_word::WordError, title: &str, locale: Locale) -> Self {
        eprintln!("Word export: {err}");
        Self {
            code: ErrorCode::Internal,
            message: err.report(&format!("{title}.docx"), locale),
        }
    }

    /// A PDF export that failed; the detail goes to the log, not to the user.
    pub fn pdf(err: &avtale_pdf::PdfError, locale: Locale) -> Self {
        eprintln!("PDF export: {}", err.detail());
        Self {
            code: ErrorCode::PdfFailed,
            message: err.report(locale),
        }
    }

    /// A counterpart's Word copy that cannot be read back against the open agreement.
    pub fn edited(err: &avtale_word::edited::EditedError, file: &str, locale: Locale) -> Self {
        use avtale_word::edited::EditedError;
        let code = match err {
            EditedError::Word(_) => ErrorCode::Unreadable,
            EditedError::NoStamp => ErrorCode::Invalid,
            EditedError::OtherAgreement { .. } => ErrorCode::OtherAgreement,
            EditedError::NoRevision
            | EditedError::UnknownRevision(_)
            | EditedError::HashMismatch(_) => ErrorCode::Workflow,
        };
        Self {
            code,
            message: err.report(file, locale),
        }
    }
}
