//! Fixes a diagnostic can carry: a change the user can accept with one click, applied by a
//! pure function so the UI, the command line and tests apply it the same way.

use serde::{Deserialize, Serialize};

use crate::agreement::{Agreement, GlossaryEntry, Section, SectionId};

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
        /// What the reference says now (the button names it): "1. januar 2027".
        shows: String,
    },
    /// Replace words in one of a section's texts (its text or a structured field) with other
    /// words: an outdated wording with the current one (AV046).
    ReplaceWords {
        /// The section that holds the words.
        section: SectionId,
        /// The field inside the section: "text", "target_groups[0].definition".
        field: String,
        /// Where the words start in the field's text, in bytes.
        start: u32,
        /// The words, as they stand there.
        words: String,
        /// What to put in their place.
        with: String,
    },
    /// Remove a mark of a warning as considered that names no warning any more (AV048).
    ForgetConsidered {
        /// The mark, as it stands in the file.
        considered: crate::check::considered::Considered,
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
            ..
        } => {
            if let Some(s) = out.sections.iter_mut().find(|s| &s.id == section) {
                let start = usize::try_from(*start).unwrap_or(usize::MAX);
                let end = start.saturating_add(words.len());
                if s.text.get(start..end) == Some(words.as_str()) {
                    s.text.replace_range(start..end, reference);
                }
            }
        }
        Fix::ReplaceWords {
            section,
            field,
            start,
            words,
            with,
        } => {
            if let Some(s) = out.sections.iter_mut().find(|s| &s.id == section)
                && let Some(changed) = replace_in_field(s, field, *start, words, with)
            {
                *s = changed;
            }
        }
        Fix::ForgetConsidered { considered } => {
            out.considered.retain(|m| m != considered);
        }
    }
    out
}

/// The section with `words` at byte `start` of the text at `field` replaced; none when the
/// field is not a text or the words no longer stand there.
fn replace_in_field(
    section: &Section,
    field: &str,
    start: u32,
    words: &str,
    with: &str,
) -> Option<Section> {
    let mut value = serde_json::to_value(section).ok()?;
    let mut at = &mut value;
    for part in field.split('.') {
        let (name, indices) = match part.find('[') {
            Some(i) => (&part[..i], &part[i..]),
            None => (part, ""),
        };
        at = at.get_mut(name)?;
        for index in indices.split(']').filter(|i| !i.is_empty()) {
            let i: usize = index.trim_start_matches('[').parse().ok()?;
            at = at.get_mut(i)?;
        }
    }
    let text = at.as_str()?;
    let start = usize::try_from(start).ok()?;
    let end = start.checked_add(words.len())?;
    if text.get(start..end) != Some(words) {
        return None;
    }
    let mut new = text.to_owned();
    new.replace_range(start..end, with);
    *at = serde_json::Value::String(new);
    serde_json::from_value(value).ok()
}
