//! Errors that stop a file from being read or written. Each names the file and, where there is
//! one, the line, column and field; its text comes from the message catalogue, in bokmål unless
//! another language is asked for.

use std::fmt;

use crate::lang::Locale;
use crate::locate::Position;
use crate::messages;
use crate::yaml::YamlProblem;

/// An agreement or template file that could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoadError {
    /// The file as the user named it.
    pub file: String,
    /// Line and column, when the problem has a place.
    pub position: Option<Position>,
    /// The field path, when known (`sections[2].meetings[0].cadence`).
    pub field: Option<String>,
    /// What is wrong.
    pub problem: LoadProblem,
}

/// What is wrong with a file that could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum LoadProblem {
    /// No file by that name.
    NotFound,
    /// The name is a directory.
    IsDirectory,
    /// The operating system refused to read it.
    Unreadable(String),
    /// Larger than the limit.
    TooLarge {
        /// The file's size in bytes.
        bytes: u64,
        /// The limit in bytes.
        limit: u64,
    },
    /// Not valid UTF-8 text.
    NotUtf8,
    /// Empty, or only whitespace and comments.
    Empty,
    /// The file does not start with `format:`.
    NoFormatVersion,
    /// Written by a newer version of Avtale.
    NewerFormat {
        /// The version in the file.
        found: u32,
        /// The newest version this build reads.
        supported: u32,
    },
    /// Not YAML of the expected shape.
    Yaml(Box<YamlProblem>),
    /// Two sections share an id.
    DuplicateSectionId(String),
    /// Two parties share an id.
    DuplicatePartyId(String),
    /// An id that is empty or has spaces or other characters ids may not have.
    BadId(String),
    /// A section holds more than one kind of structured clause.
    SeveralClauseKinds(Vec<String>),
    /// A template lacks its bokmål or nynorsk text.
    MissingLanguage(String),
    /// A template lists a check code that does not exist.
    UnknownCheck(String),
    /// A template's text uses a placeholder it does not declare as a parameter.
    UndeclaredParameter(String),
    /// A template's default data does not fit its clause kind.
    TemplateData(String),
    /// A starter names a template that does not exist.
    UnknownTemplate(String),
    /// Two entries of a term bank share an id.
    DuplicateTermId(String),
    /// Two entries of a term bank share a wording or abbreviation.
    DuplicateTerm(String),
    /// A term bank entry lacks its term, definition or source in bokmål or nynorsk.
    IncompleteTerm(String),
}

impl LoadError {
    /// A problem at a field of a file's text (`terms[3].nb`), with the field's line and column.
    pub fn at_field(file: &str, text: &str, path: String, problem: LoadProblem) -> Self {
        LoadError {
            file: file.to_owned(),
            position: crate::locate::LocationIndex::build(text).position(&path),
            field: Some(path),
            problem,
        }
    }

    /// A problem with the whole file (no position).
    pub fn whole(file: impl Into<String>, problem: LoadProblem) -> Self {
        Self {
            file: file.into(),
            position: None,
            field: None,
            problem,
        }
    }

    /// The message in the given language, without file and position.
    pub fn message(&self, locale: Locale) -> String {
        messages::load_problem(&self.problem, locale)
    }

    /// The whole one-line report: `file:line:column: field: message`.
    pub fn report(&self, locale: Locale) -> String {
        let mut out = self.file.clone();
        if let Some(pos) = self.position {
            out.push_str(&format!(":{}:{}", pos.line, pos.column));
        }
        out.push_str(": ");
        if let Some(field) = self.field.as_deref().filter(|f| !f.is_empty()) {
            out.push_str(&messages::field_label(field, locale));
            out.push_str(": ");
        }
        out.push_str(&self.message(locale));
        out
    }
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.report(Locale::Nb))
    }
}

impl std::error::Error for LoadError {}

/// A file that could not be written. The previous file, if any, is left as it was.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveError {
    /// The disk (or the user's quota) is full.
    DiskFull {
        /// The file as the user named it.
        file: String,
    },
    /// The file on disk holds revisions the agreement being saved lacks (another window, a
    /// hand edit, a stale copy): writing would remove them, so the save was refused.
    HistoryWouldBeLost {
        /// The file as the user named it.
        file: String,
        /// What the save would have removed.
        lost: LostRevisions,
    },
    /// The file on disk was written by a newer version of Avtale; it is never rewritten.
    NewerFormat {
        /// The file as the user named it.
        file: String,
        /// The format version the file has.
        found: u32,
    },
    /// Anything else the operating system refused.
    Io {
        /// The file as the user named it.
        file: String,
        /// What the operating system said.
        detail: String,
    },
}

/// Revisions a refused save would have removed from the file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LostRevisions {
    /// How many revisions the file on disk holds.
    pub on_disk: u32,
    /// How many of them the agreement being saved has (the shared start of both histories).
    pub kept: u32,
}

impl SaveError {
    /// An error of the operating system's while writing `file`.
    pub fn io(file: String, err: &std::io::Error) -> Self {
        if err.kind() == std::io::ErrorKind::StorageFull {
            SaveError::DiskFull { file }
        } else {
            SaveError::Io {
                file,
                detail: err.to_string(),
            }
        }
    }

    /// The file as the user named it.
    pub fn file(&self) -> &str {
        match self {
            SaveError::DiskFull { file }
            | SaveError::HistoryWouldBeLost { file, .. }
            | SaveError::NewerFormat { file, .. }
            | SaveError::Io { file, .. } => file,
        }
    }

    /// The revisions a refused save would have removed, when that is why it was refused.
    pub fn lost_revisions(&self) -> Option<LostRevisions> {
        match self {
            SaveError::HistoryWouldBeLost { lost, .. } => Some(*lost),
            _ => None,
        }
    }

    /// The message in the given language.
    pub fn report(&self, locale: Locale) -> String {
        let message = match self {
            SaveError::HistoryWouldBeLost { lost, .. } => {
                messages::history_would_be_lost(lost.on_disk, lost.kept, locale)
            }
            SaveError::DiskFull { .. } => messages::disk_full(locale),
            SaveError::NewerFormat { found, .. } => messages::load_problem(
                &LoadProblem::NewerFormat {
                    found: *found,
                    supported: crate::agreement::FORMAT_VERSION,
                },
                locale,
            ),
            SaveError::Io { detail, .. } => messages::save_failed(detail, locale),
        };
        format!("{}: {message}", self.file())
    }
}

impl fmt::Display for SaveError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.report(Locale::Nb))
    }
}

impl std::error::Error for SaveError {}

/// Why an agreement file could not be locked for writing.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LockError {
    /// Another window or program has the file open for writing.
    #[error("{file}: locked by another program (process {pid:?})")]
    Held {
        /// The agreement file as the user named it.
        file: String,
        /// The process holding it, when the lock file says.
        pid: Option<u32>,
    },
    /// The lock file could not be made.
    #[error("{file}: could not lock: {detail}")]
    Io {
        /// The agreement file as the user named it.
        file: String,
        /// What the operating system said.
        detail: String,
    },
}

impl LockError {
    /// The message in the given language.
    pub fn report(&self, locale: Locale) -> String {
        match self {
            LockError::Held { file, pid } => {
                format!("{file}: {}", messages::file_locked(*pid, locale))
            }
            LockError::Io { file, detail } => {
                format!("{file}: {}", messages::lock_failed(detail, locale))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::LoadProblem;
    use crate::lang::Locale;
    use crate::messages::load_problem;

    #[test]
    fn a_file_too_large_names_its_size_with_a_decimal_comma_in_norwegian() {
        let problem = LoadProblem::TooLarge {
            bytes: 11 * 1024 * 1024 + 512 * 1024,
            limit: 10 * 1024 * 1024,
        };
        assert_eq!(
            load_problem(&problem, Locale::Nb),
            "Filen er for stor (11,5\u{a0}MiB). Avtale leser filer på opptil 10\u{a0}MiB."
        );
        assert!(load_problem(&problem, Locale::Nn).contains("(11,5\u{a0}MiB)"));
        assert!(load_problem(&problem, Locale::En).contains("(11.5\u{a0}MiB)"));
    }
}
