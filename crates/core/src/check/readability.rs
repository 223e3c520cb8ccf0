//! Plain language: very long sentences (AV035) in each section's running text. Språkrådet's
//! klarspråk checklist asks for short sentences and active verbs
//! (`anchors-agreement-tools.md` §6.4, §7 item 4); the threshold is documented in
//! [`crate::readability`]. LIX itself raises no warning: the research calls it a pointer, not a
//! gate (§6.5). Passive-heavy paragraphs are reported in [`crate::readability::Readability`]
//! but raise no warning, since the shipped templates' own dispute and consent texts would
//! trip it in every starter.

use super::language::word_count;
use super::{Finding, Findings};
use crate::agreement::Section;
use crate::readability::{VERY_LONG_SENTENCE_WORDS, paragraphs, sentences, start};

/// The very long sentences of a section's text: words and first words of each. A pure
/// function of the section's content, so it can be kept while the section is unchanged.
pub(super) fn read_section(section: &Section) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    for paragraph in paragraphs(&section.text) {
        for sentence in sentences(&paragraph) {
            // The same count as `readability::words(&sentence).len()`: trimming punctuation
            // from a word never changes whether it has a letter or digit.
            let words = word_count(&sentence);
            if words > VERY_LONG_SENTENCE_WORDS {
                out.push((words, start(&sentence)));
            }
        }
    }
    out
}

/// `sections` holds [`read_section`] of each section, in order.
pub(super) fn check(f: &mut Findings<'_>, sections: &[&[(usize, String)]]) {
    for (si, long) in sections.iter().enumerate() {
        for (words, start) in long.iter() {
            f.in_section(
                si,
                "text",
                Finding::VeryLongSentence {
                    words: *words,
                    limit: VERY_LONG_SENTENCE_WORDS,
                    start: start.clone(),
                },
            );
        }
    }
}
