//! A comparison laid out for print: a summary page listing what changed, then each changed part
//! with removed words struck through, added words underlined and moved sections marked.

use avtale_core::diff::{Comparison, FieldChange, SectionStatus, Words, paragraphs};
use avtale_core::lang::Locale;
use avtale_core::messages;
use avtale_core::render::comparison::{other_parts, section_heading};
use serde::Serialize;

use crate::printable::Frame;

/// A piece of text and whether it was added ("a"), removed ("r") or kept ("").
#[derive(Debug, Clone, PartialEq, Serialize)]
pub(crate) struct Marked {
    t: String,
    m: &'static str,
}

impl Marked {
    fn new(t: &str, m: &'static str) -> Self {
        Marked { t: t.to_owned(), m }
    }
}

/// One field that changed: its label, old and new value.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub(crate) struct Field {
    label: String,
    before: Vec<Marked>,
    after: Vec<Marked>,
}

/// One changed part: the details, the parties, the glossary or a section.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub(crate) struct Part {
    heading: String,
    /// "added", "removed" or "kept".
    status: &'static str,
    moved: bool,
    /// The prose, paragraph by paragraph.
    paragraphs: Vec<Vec<Marked>>,
    fields: Vec<Field>,
}

/// Words a printed comparison needs.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub(crate) struct RedlineLabels {
    versions: String,
    summary: String,
    overview: String,
    legend: [String; 3],
    field: String,
    before: String,
    after: String,
}

/// Everything the redline layout reads.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub(crate) struct Redline {
    #[serde(flatten)]
    frame: Frame,
    redline: RedlineLabels,
    parts: Vec<Part>,
}

fn field(change: &FieldChange) -> Field {
    let side = |value: &Option<String>, mark| {
        value
            .as_deref()
            .map(|v| vec![Marked::new(v, mark)])
            .unwrap_or_default()
    };
    Field {
        label: change.label.clone(),
        before: side(&change.before, "r"),
        after: side(&change.after, "a"),
    }
}

/// The prose's words, paragraph by paragraph (as the core splits them), each keeping its
/// mark; the whitespace around marked words is never marked (a struck-through space reads as a
/// gap).
fn marked_paragraphs(words: &[Words]) -> Vec<Vec<Marked>> {
    paragraphs(words)
        .iter()
        .map(|paragraph| {
            let mut out = Vec::new();
            for word in paragraph {
                let (text, mark) = match word {
                    Words::Same(t) => (t.as_str(), ""),
                    Words::Added(t) => (t.as_str(), "a"),
                    Words::Removed(t) => (t.as_str(), "r"),
                };
                if mark.is_empty() {
                    out.push(Marked::new(text, mark));
                    continue;
                }
                let core = text.trim();
                let start = text.len() - text.trim_start().len();
                let (lead, tail) = (&text[..start], &text[start + core.len()..]);
                for (piece, m) in [(lead, ""), (core, mark), (tail, "")] {
                    if !piece.is_empty() {
                        out.push(Marked::new(piece, m));
                    }
                }
            }
            out
        })
        .collect()
}

/// The printable comparison, in the caller's frame; `from` and `to` name the two versions.
pub(crate) fn redline(c: &Comparison, frame: Frame, from: &str, to: &str, l: Locale) -> Redline {
    let mut parts = Vec::new();
    for (heading, changes) in other_parts(c, l) {
        if !changes.is_empty() {
            parts.push(Part {
                heading,
                status: "kept",
                moved: false,
                paragraphs: Vec::new(),
                fields: changes.iter().map(field).collect(),
            });
        }
    }
    for s in &c.sections {
        parts.push(Part {
            heading: section_heading(s, l),
            status: match s.status {
                SectionStatus::Added => "added",
                SectionStatus::Removed => "removed",
                SectionStatus::Kept => "kept",
            },
            moved: s.moved,
            paragraphs: s.text.as_deref().map(marked_paragraphs).unwrap_or_default(),
            fields: s.fields.iter().map(field).collect(),
        });
    }
    Redline {
        frame,
        redline: RedlineLabels {
            versions: messages::pdf_redline_versions(from, to, l),
            summary: messages::diff_summary(&c.summary, l),
            overview: messages::pdf_redline_overview(l),
            legend: messages::pdf_redline_legend(l),
            field: messages::pdf_field(l),
            before: messages::diff_before(l),
            after: messages::diff_after(l),
        },
        parts,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraphs_split_at_line_breaks_and_keep_marks() {
        let words = vec![
            Words::Same("Partene møtes ".into()),
            Words::Removed("to".into()),
            Words::Added("fire".into()),
            Words::Same(" ganger.\nNy ".into()),
            Words::Added("setning ".into()),
        ];
        let p = marked_paragraphs(&words);
        let m = |t, m| Marked::new(t, m);
        assert_eq!(
            p,
            vec![
                vec![
                    m("Partene møtes ", ""),
                    m("to", "r"),
                    m("fire", "a"),
                    m(" ganger.", "")
                ],
                vec![m("Ny ", ""), m("setning", "a"), m(" ", "")],
            ]
        );
    }
}
