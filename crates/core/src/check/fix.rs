//! Fixes a diagnostic can carry: a change the user can accept with one click, applied by a
//! pure function so the UI, the command line and tests apply it the same way.

use serde::{Deserialize, Serialize};

use crate::agreement::{Agreement, GlossaryEntry, SectionId};

/// A machine-readable change that resolves a diagnostic.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub enum Fix {
    /// Add a term and its definition to the glossary (from the term bank, in the agreement's
    /// language).
    AddGlossaryEntry {
        /// The term, for example "OT (oppfølgingstjenesten)".
        term: String,
        /// The definition.
        definition: String,
    },
    /// Replace words in a section's text with a live reference, so they follow the data.
    UseReference {
        /// The section whose text holds the words.
        section: SectionId,
        /// Where the words start in the text, in bytes.
        start: u32,
        /// The words, as they stand there.
        words: String,
        /// The reference to put in their place, brackets included.
        reference: String,
    },
}

/// The agreement with the fix applied. Applying a fix twice changes nothing the second time:
/// a glossary entry whose term is already in the glossary (ignoring case and spaces around
/// it) is not added again, and words are replaced by a reference only where they still stand.
pub fn apply(agreement: &Agreement, fix: &Fix) -> Agreement {
    let mut out = agreement.clone();
    match fix {
        Fix::AddGlossaryEntry { term, definition } => {
            let key = term.trim().to_lowercase();
            if !out
                .glossary
                .iter()
                .any(|e| e.term.trim().to_lowercase() == key)
            {
                out.glossary.push(GlossaryEntry {
                    term: term.trim().to_owned(),
                    definition: definition.trim().to_owned(),
                });
            }
        }
        Fix::UseReference {
            section,
            start,
            words,
            reference,
        } => {
            if let Some(s) = out.sections.iter_mut().find(|s| &s.id == section) {
                let start = usize::try_from(*start).unwrap_or(usize::MAX);
                let end = start.saturating_add(words.len());
                if s.text.get(start..end) == Some(words.as_str()) {
                    s.text.replace_range(start..end, reference);
                }
            }
        }
    }
    out
}
