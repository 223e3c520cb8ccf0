//! Why a Word file could not be read or written, typed here and put in words at the edge.

use avtale_core::lang::Locale;
use avtale_core::messages;

/// A Word file Avtale cannot take in (or a fault writing one).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum WordError {
    /// The bytes are not a zip package (a .docx is one).
    #[error("not a zip package")]
    NotZip,
    /// A zip, but without the parts of a Word document.
    #[error("a zip package without a Word document in it")]
    NotWord,
    /// A password-protected (encrypted) Word document.
    #[error("the document is password-protected")]
    Encrypted,
    /// The old binary Word format (.doc), not Office Open XML.
    #[error("the old binary Word format (.doc)")]
    OldFormat,
    /// The package inflates to more than Avtale reads (a zip bomb, or a huge document).
    #[error("the package inflates to more than {limit_mib} MiB")]
    TooLarge {
        /// The limit, in MiB.
        limit_mib: u64,
    },
    /// The package is damaged or its XML cannot be read.
    #[error("the document cannot be read: {detail}")]
    Unreadable {
        /// What the zip or XML reader said.
        detail: String,
    },
    /// Writing the document failed: a fault in Avtale.
    #[error("writing the document failed: {detail}")]
    Failed {
        /// What the writer said.
        detail: String,
    },
}

impl WordError {
    /// The message for users, naming the file.
    pub fn report(&self, file: &str, locale: Locale) -> String {
        let reason = match self {
            WordError::NotZip | WordError::NotWord => messages::word_not_docx(locale),
            WordError::Encrypted => messages::word_encrypted(locale),
            WordError::OldFormat => messages::word_old_format(locale),
            WordError::TooLarge { limit_mib } => messages::word_too_large(*limit_mib, locale),
            WordError::Unreadable { .. } => messages::word_unreadable(locale),
            WordError::Failed { .. } => messages::word_failed(locale),
        };
        messages::word_file_problem(file, &reason, locale)
    }
}
