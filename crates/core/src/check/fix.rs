//! Fixes a diagnostic can carry: a change the user can accept with one click, applied by a
//! pure function so the UI, the command line and tests apply it the same way.

use serde::{Deserialize, Serialize};

use crate::agreement::{Agreement, GlossaryEntry};

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
}

/// The agreement with the fix applied. Applying a fix twice changes nothing the second time:
/// a glossary entry whose term is already in the glossary (ignoring case and spaces around
/// it) is not added again.
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
    }
    out
}
