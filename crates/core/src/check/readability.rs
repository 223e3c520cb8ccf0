//! Plain language: very long sentences (AV035) in each section's running text. Språkrådet's
//! klarspråk checklist asks for short sentences and active verbs
//! (`anchors-agreement-tools.md` §6.4, §7 item 4); the threshold is documented in
//! [`crate::readability`]. LIX itself raises no warning: the research calls it a pointer, not a
//! gate (§6.5). Passive-heavy paragraphs are reported in [`crate::readability::Readability`]
//! but raise no warning, since the shipped templates' own dispute and consent texts would
//! trip it in every starter.

use super::{Finding, Findings};
use crate::readability::{VERY_LONG_SENTENCE_WORDS, paragraphs, sentences, start, words};

pub(super) fn check(f: &mut Findings<'_>) {
    for (si, section) in f.agreement.sections.iter().enumerate() {
        for paragraph in paragraphs(&section.text) {
            for sentence in sentences(&paragraph) {
                let words = words(&sentence).len();
                if words > VERY_LONG_SENTENCE_WORDS {
                    f.in_section(
                        si,
                        "text",
                        Finding::VeryLongSentence {
                            words,
                            limit: VERY_LONG_SENTENCE_WORDS,
                            start: start(&sentence),
                        },
                    );
                }
            }
        }
    }
}
