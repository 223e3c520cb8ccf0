//! Checking again after an edit: what the checks read from each section's text is kept per
//! section, and read again only for sections whose content changed.
//!
//! Reading the text (placeholders, abbreviations, term bank wordings, word counts, sentence
//! lengths) is nearly all the cost of checking a long agreement, and it depends on nothing but
//! the section's own content. Everything that weighs one section against the rest of the
//! agreement – parties, period, glossary, "reported once" for abbreviations and jargon, target
//! groups named differently, total length, meeting levels, signatures, the family – runs over
//! the whole agreement every time, from the kept readings. So [`check_with`] gives exactly the
//! diagnostics [`check`](super::check) gives, in the same order.
//!
//! A reading is kept under the section's id together with a copy of the section, and used
//! again only when the section is equal to that copy. Field paths in a reading are inside the
//! section, so a section that moves keeps its reading; the place (`sections[3]…`) is added
//! when the diagnostics are made.

use std::collections::{HashMap, HashSet};

use super::{CheckOptions, Diagnostic, SectionReading, read_section, run};
use crate::agreement::{Agreement, Section, SectionId};

/// What the checks read from each section of one agreement, kept between runs of
/// [`check_with`]. Hold one per open agreement; an empty one (`CheckCache::default()`) is
/// always correct, only slower the first time.
#[derive(Debug, Clone, Default)]
pub struct CheckCache {
    entries: HashMap<SectionId, Entry>,
    read_last_run: usize,
}

/// One section's reading and the content it was read from.
#[derive(Debug, Clone)]
struct Entry {
    content: Section,
    reading: SectionReading,
}

impl CheckCache {
    /// An empty cache.
    pub fn new() -> Self {
        Self::default()
    }

    /// How many sections the last [`check_with`] read afresh (the others were unchanged).
    pub fn read_last_run(&self) -> usize {
        self.read_last_run
    }

    /// How many sections have a kept reading.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// True when no section has a kept reading.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Forgets every kept reading.
    pub fn clear(&mut self) {
        self.entries.clear();
        self.read_last_run = 0;
    }
}

/// Runs every check, like [`check`](super::check), and gives the same diagnostics in the same
/// order; the text of sections that are unchanged since the last run with this cache is not
/// read again. Sections no longer in the agreement are forgotten.
pub fn check_with(
    cache: &mut CheckCache,
    agreement: &Agreement,
    options: CheckOptions<'_>,
) -> Vec<Diagnostic> {
    let mut read = 0;
    // A second section with an id already seen (only possible before the file is saved and
    // read again) is read on its own each time, so the two never share a reading.
    let mut seen: HashSet<&SectionId> = HashSet::with_capacity(agreement.sections.len());
    let mut own: Vec<Option<SectionReading>> = Vec::with_capacity(agreement.sections.len());
    for section in &agreement.sections {
        if !seen.insert(&section.id) {
            own.push(Some(read_section(section)));
            read += 1;
            continue;
        }
        own.push(None);
        let kept = cache
            .entries
            .get(&section.id)
            .is_some_and(|entry| entry.content == *section);
        if !kept {
            cache.entries.insert(
                section.id.clone(),
                Entry {
                    content: section.clone(),
                    reading: read_section(section),
                },
            );
            read += 1;
        }
    }
    if cache.entries.len() > seen.len() {
        cache.entries.retain(|id, _| seen.contains(id));
    }
    cache.read_last_run = read;
    let readings: Vec<&SectionReading> = agreement
        .sections
        .iter()
        .zip(&own)
        .filter_map(|(section, own)| {
            own.as_ref()
                .or_else(|| cache.entries.get(&section.id).map(|e| &e.reading))
        })
        .collect();
    run(agreement, options, &readings)
}
