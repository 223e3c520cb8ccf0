//! The agreement as the PDF template reads it: the core's document tree (title, facts,
//! numbered sections of subheadings, paragraphs, lists, tables and signature blocks), plus the
//! labels and metadata the page needs. The PDF reads the same tree as the preview and the
//! Markdown, so what a user writes in a section can never move a section in print. No user
//! text becomes markup.

use avtale_core::Agreement;
use avtale_core::render::tree::{self, Block, Fact, TreeSection};
use serde::Serialize;

/// Words the page itself needs.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub(crate) struct Labels {
    pub(crate) page: String,
    pub(crate) of: String,
    pub(crate) draft: String,
    pub(crate) place_and_date: String,
    pub(crate) parties: String,
    pub(crate) contents: String,
}

/// What every layout's pages carry: metadata, header, footer, labels and the draft mark.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub(crate) struct Frame {
    pub(crate) title: String,
    pub(crate) lang: String,
    pub(crate) authors: Vec<String>,
    /// The PDF's subject.
    pub(crate) description: String,
    pub(crate) keywords: Vec<String>,
    /// The document date: year, month, day.
    pub(crate) date: [i32; 3],
    /// The footer's middle part: the revision, or which versions a comparison compares.
    pub(crate) revision: String,
    pub(crate) draft: bool,
    pub(crate) labels: Labels,
}

/// Everything the agreement and short layouts read.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub(crate) struct Printable {
    #[serde(flatten)]
    pub(crate) frame: Frame,
    /// A line under the title (the short version says what it is).
    #[serde(skip_serializing_if = "String::is_empty")]
    pub(crate) note: String,
    /// Kind, county, period and status, under the title.
    pub(crate) facts: Vec<Fact>,
    pub(crate) sections: Vec<PrintSection>,
    /// Whether a table of contents follows the first page.
    pub(crate) contents: bool,
    /// The check summary on the first page: the errors the printed revision accepted and
    /// why, and the warnings the agreement marks as considered and why; empty when there are
    /// none.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub(crate) checks: String,
}

/// A section as the template reads it: the tree's, with its heading as the core writes it
/// ("7. Roller og ansvar"), so the number's form is the core's alone.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub(crate) struct PrintSection {
    #[serde(flatten)]
    section: TreeSection,
    heading: String,
}

impl From<TreeSection> for PrintSection {
    fn from(section: TreeSection) -> Self {
        PrintSection {
            heading: section.heading(),
            section,
        }
    }
}

/// Text, in characters, beyond which an agreement is long enough for a table of contents
/// (about four printed pages of prose and tables).
const CONTENTS_FROM_CHARS: usize = 12_000;

/// Sections from which an agreement gets a table of contents whatever its length: with this
/// many, a reader looks a section up rather than reading through.
const CONTENTS_FROM_SECTIONS: usize = 8;

/// The printable form of an agreement, in the frame the caller made.
pub(crate) fn printable(
    agreement: &Agreement,
    around: tree::Surroundings<'_>,
    mut frame: Frame,
) -> Printable {
    let tree = tree::build_in(agreement, around);
    frame.title = tree.title;
    let length: usize = tree
        .sections
        .iter()
        .map(|s| s.blocks.iter().map(block_length).sum::<usize>())
        .sum();
    let locale = avtale_core::lang::Locale::from(agreement.meta.language);
    let mut checks = avtale_core::signing::accepted_in_print(agreement)
        .map(|accepted| {
            avtale_core::messages::accepted_errors(accepted, agreement.meta.status, locale)
        })
        .unwrap_or_default();
    if !agreement.considered.is_empty() {
        let marks: Vec<_> = agreement
            .considered
            .iter()
            .map(|mark| {
                let heading = mark.section.as_ref().and_then(|id| {
                    tree.sections
                        .iter()
                        .find(|s| s.id.as_deref() == Some(id.0.as_str()))
                        .map(TreeSection::heading)
                });
                (mark.code, heading, mark.reason.clone())
            })
            .collect();
        if !checks.is_empty() {
            checks.push('\n');
        }
        checks.push_str(&avtale_core::messages::considered_in_print(&marks, locale));
    }
    Printable {
        frame,
        checks,
        note: String::new(),
        facts: tree.facts,
        contents: length >= CONTENTS_FROM_CHARS || tree.sections.len() >= CONTENTS_FROM_SECTIONS,
        sections: tree.sections.into_iter().map(PrintSection::from).collect(),
    }
}

/// About how many characters a block prints.
fn block_length(block: &Block) -> usize {
    let runs = |r: &[tree::Run]| r.iter().map(|r| r.text.len()).sum::<usize>();
    match block {
        Block::Heading { runs: r, .. } | Block::Paragraph { runs: r, .. } => runs(r),
        Block::List { items, .. } => items.iter().flatten().map(block_length).sum(),
        Block::Table { head, rows } => {
            head.iter().map(|c| runs(c)).sum::<usize>()
                + rows.iter().flatten().map(|c| runs(c)).sum::<usize>()
        }
        Block::Facts { items } => items.iter().map(|f| f.label.len() + runs(&f.value)).sum(),
        Block::Quote { blocks } => blocks.iter().map(block_length).sum(),
        Block::Code { text } => text.len(),
    }
}
