//! A counterpart's copy back: a .docx exported from an agreement, edited elsewhere (with or
//! without Word's tracked changes and comments), read back as the revision it was exported from
//! and the agreement with the counterpart's text, ready for the core's comparison.
//!
//! The document's stamp names the agreement and the revision. That revision is exported again
//! and both documents are read with the one reader (`read::outline`); their sections are lined
//! up by their Heading 1 ("3. Title"), and within a section the blocks are lined up by their
//! text. A block the counterpart did not touch keeps its source as written (Markdown, live
//! references); a changed prose block is written back as Markdown from the edited text, with
//! the live references whose values it still shows restored. A changed cell of a structured
//! clause's table goes back into the one plain text field it was rendered from; what cannot be
//! placed so is listed in [`EditedCopy::unplaced`], never dropped silently.

use std::collections::BTreeSet;

use avtale_core::agreement::{Section, SectionId};
use avtale_core::lang::Locale;
use avtale_core::reference::Values;
use avtale_core::render::comparison::SectionNotes;
use avtale_core::render::tree::{self, Surroundings};
use avtale_core::{Agreement, messages, workflow};
use serde::Serialize;
use serde_json::Value;

use crate::WordError;
use crate::properties::Stamp;

/// Why an edited copy cannot be read back against the agreement.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EditedError {
    /// The file cannot be read as a Word document.
    #[error(transparent)]
    Word(#[from] WordError),
    /// The document carries no stamp: Avtale did not export it.
    #[error("the document was not exported by Avtale")]
    NoStamp,
    /// The document was exported from another agreement.
    #[error("the document belongs to agreement {theirs}, not {ours}")]
    OtherAgreement {
        /// The open agreement's id.
        ours: String,
        /// The id the document names.
        theirs: String,
    },
    /// The document names no saved revision (an unsaved draft was exported) and none was given.
    #[error("the document names no saved revision")]
    NoRevision,
    /// The revision is not in the agreement's history.
    #[error("revision {0} is not in the history")]
    UnknownRevision(u32),
    /// The document's revision has another hash than the history's revision of that number.
    #[error("revision {0} in the document does not match the history")]
    HashMismatch(u32),
}

impl EditedError {
    /// The message for users, naming the file.
    pub fn report(&self, file: &str, locale: Locale) -> String {
        match self {
            EditedError::Word(err) => err.report(file, locale),
            EditedError::NoStamp => messages::word_edited_no_stamp(file, locale),
            EditedError::OtherAgreement { ours, theirs } => {
                messages::word_edited_other_agreement(file, theirs, ours, locale)
            }
            EditedError::NoRevision => messages::word_edited_no_revision(file, locale),
            EditedError::UnknownRevision(n) => {
                messages::word_edited_unknown_revision(file, *n, locale)
            }
            EditedError::HashMismatch(n) => messages::word_edited_hash_mismatch(file, *n, locale),
        }
    }
}

/// A tracked change's kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ChangeKind {
    /// Words the author inserted (kept in the counterpart's text).
    Inserted,
    /// Words the author deleted (dropped from the counterpart's text).
    Deleted,
}

/// Words one author inserted or deleted with Word's tracked changes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TrackedChange {
    /// The section it is in (none before the first section, or in a part without an id).
    pub section_id: Option<String>,
    /// Who made it, as Word recorded it.
    pub author: String,
    /// When, as Word recorded it.
    pub date: Option<String>,
    /// Inserted or deleted.
    pub kind: ChangeKind,
    /// The words.
    pub text: String,
}

/// A comment in the edited copy.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Comment {
    /// The section it is anchored in (none when its anchor is outside every section).
    pub section_id: Option<String>,
    /// Who wrote it.
    pub author: String,
    /// When, as Word recorded it.
    pub date: Option<String>,
    /// The comment.
    pub text: String,
    /// The words it is anchored on.
    pub quoted: String,
}

/// An edit that could not be placed back into the agreement: shown, never dropped.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Unplaced {
    /// The section it is in, when known.
    pub section_id: Option<String>,
    /// The section's heading as the document shows it ("4. Møter"), or empty before the
    /// first section.
    pub heading: String,
    /// The text before (none for something added).
    pub before: Option<String>,
    /// The text after (none for something removed).
    pub after: Option<String>,
}

/// A counterpart's edited copy, read back.
#[derive(Debug, Clone, PartialEq)]
pub struct EditedCopy {
    /// The revision it was exported from.
    pub revision: u32,
    /// That revision.
    pub common: Agreement,
    /// That revision with the counterpart's text: tracked insertions kept, deletions dropped.
    pub theirs: Agreement,
    /// The tracked changes, in document order.
    pub changes: Vec<TrackedChange>,
    /// The comments, in document order.
    pub comments: Vec<Comment>,
    /// Edits that could not be placed back.
    pub unplaced: Vec<Unplaced>,
}

/// One author's tracked changes in one section.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AuthorChanges {
    /// The author.
    pub author: String,
    /// The section (none outside the sections).
    pub section_id: Option<String>,
    /// The words they inserted.
    pub inserted: Vec<String>,
    /// The words they deleted.
    pub deleted: Vec<String>,
}

impl EditedCopy {
    /// The tracked changes grouped by section and author, in document order.
    pub fn by_author(&self) -> Vec<AuthorChanges> {
        let mut out: Vec<AuthorChanges> = Vec::new();
        for c in &self.changes {
            let at = out
                .iter()
                .position(|a| a.author == c.author && a.section_id == c.section_id);
            let entry = if let Some(i) = at {
                &mut out[i]
            } else {
                out.push(AuthorChanges {
                    author: c.author.clone(),
                    section_id: c.section_id.clone(),
                    inserted: Vec::new(),
                    deleted: Vec::new(),
                });
                let last = out.len() - 1;
                &mut out[last]
            };
            match c.kind {
                ChangeKind::Inserted => entry.inserted.push(c.text.clone()),
                ChangeKind::Deleted => entry.deleted.push(c.text.clone()),
            }
        }
        out
    }

    /// What to print under a section (its id, or none for what is outside the sections):
    /// each author's insertions and deletions, the comments, and what could not be placed.
    pub fn notes(&self, section_id: Option<&str>, locale: Locale) -> Vec<String> {
        let mut out = Vec::new();
        for a in self.by_author() {
            if a.section_id.as_deref() != section_id {
                continue;
            }
            out.push(messages::word_edited_author_line(
                &a.author,
                &a.inserted,
                &a.deleted,
                locale,
            ));
        }
        for c in self
            .comments
            .iter()
            .filter(|c| c.section_id.as_deref() == section_id)
        {
            out.push(messages::word_edited_comment_line(
                &c.author, &c.quoted, &c.text, locale,
            ));
        }
        for u in self
            .unplaced
            .iter()
            .filter(|u| u.section_id.as_deref() == section_id)
        {
            out.push(messages::word_edited_unplaced_line(
                u.before.as_deref(),
                u.after.as_deref(),
                locale,
            ));
        }
        out
    }
}

impl EditedCopy {
    /// The notes of every section that has any, for the comparison's text: outside the sections
    /// first, then the sections in the counterpart's order, then the ones they removed.
    pub fn section_notes(&self, locale: Locale) -> Vec<SectionNotes> {
        let mut out = Vec::new();
        let outside = self.notes(None, locale);
        if !outside.is_empty() {
            out.push(SectionNotes {
                id: None,
                heading: messages::word_edited_outside(locale),
                lines: outside,
            });
        }
        let numbered = self.theirs.sections.iter().enumerate().chain(
            self.common
                .sections
                .iter()
                .enumerate()
                .filter(|(_, s)| !self.theirs.sections.iter().any(|t| t.id == s.id)),
        );
        for (i, s) in numbered {
            let lines = self.notes(Some(&s.id.0), locale);
            if !lines.is_empty() {
                out.push(SectionNotes {
                    id: Some(s.id.0.clone()),
                    heading: format!(
                        "{}. {} ({})",
                        i + 1,
                        s.title,
                        messages::word_edited_notes_only(locale)
                    ),
                    lines,
                });
            }
        }
        out
    }
}

/// Reads a counterpart's edited copy of `agreement`. `revision` (the user's `@N`) overrides the
/// revision the document names.
pub fn read_edited(
    bytes: &[u8],
    agreement: &Agreement,
    revision: Option<u32>,
) -> Result<EditedCopy, EditedError> {
    read_edited_in(bytes, agreement, revision, Surroundings::default())
}

/// [`read_edited`] for an agreement whose export showed the agreements around it (a main
/// agreement's sub-agreements on its cover): the revision is exported again with them, so the
/// cover compares as it was sent.
pub fn read_edited_in(
    bytes: &[u8],
    agreement: &Agreement,
    revision: Option<u32>,
    around: Surroundings<'_>,
) -> Result<EditedCopy, EditedError> {
    let docx = crate::package::read(bytes)?;
    let stamp = Stamp::read(&docx).ok_or(EditedError::NoStamp)?;
    if stamp.agreement_id != agreement.meta.id {
        return Err(EditedError::OtherAgreement {
            ours: agreement.meta.id.clone(),
            theirs: stamp.agreement_id,
        });
    }
    let number = match revision {
        Some(n) => n,
        None => {
            let n = stamp.revision.ok_or(EditedError::NoRevision)?;
            let saved = agreement
                .history
                .revision(n)
                .ok_or(EditedError::UnknownRevision(n))?;
            if stamp.hash.as_ref().is_some_and(|h| *h != saved.hash) {
                return Err(EditedError::HashMismatch(n));
            }
            n
        }
    };
    let common = workflow::at_revision(agreement, number)
        .map_err(|_| EditedError::UnknownRevision(number))?;
    let exported = crate::export::export(&common, around)?;
    let original = outline::of(&crate::package::read(&exported)?);
    let edited = outline::of(&docx);
    Ok(compare_outlines(number, common, &original, &edited))
}

/// The glue between the one reader's outline and what this module lines up.
mod outline {
    use super::{Doc, DocSection, Piece, RawComment, Unit, UnitKind};
    use crate::read;

    /// A document's outline as units of sections.
    pub(super) fn of(docx: &docx_rs::Docx) -> Doc {
        from(&read::outline(docx))
    }

    fn who(change: &read::Change) -> (String, Option<String>) {
        let (read::Change::Inserted { author, date } | read::Change::Deleted { author, date }) =
            change;
        let date = (!date.trim().is_empty()).then(|| date.clone());
        (author.clone(), date)
    }

    fn pieces(spans: &[read::Span]) -> Vec<Piece> {
        spans
            .iter()
            .map(|s| Piece {
                text: s.text.clone(),
                inserted: s
                    .changes
                    .iter()
                    .find(|c| matches!(c, read::Change::Inserted { .. }))
                    .map(who),
                deleted: s
                    .changes
                    .iter()
                    .find(|c| matches!(c, read::Change::Deleted { .. }))
                    .map(who),
                comments: s.comments.clone(),
            })
            .collect()
    }

    /// A cell's blocks as one run of pieces, a space between blocks.
    fn cell_pieces(cell: &read::Cell) -> Vec<Piece> {
        let mut out = Vec::new();
        for (i, block) in cell.blocks.iter().enumerate() {
            if i > 0 {
                out.push(Piece {
                    text: " ".to_owned(),
                    ..Piece::default()
                });
            }
            match block {
                read::Block::Table { rows } => {
                    for c in rows.iter().flatten() {
                        out.extend(cell_pieces(c));
                        out.push(Piece {
                            text: " ".to_owned(),
                            ..Piece::default()
                        });
                    }
                }
                other => out.extend(pieces(other.spans())),
            }
        }
        out
    }

    pub(super) fn from(outline: &read::Outline) -> Doc {
        let mut doc = Doc::default();
        for block in &outline.blocks {
            let unit = match block {
                read::Block::Heading { level: 1, text } => {
                    doc.sections.push(DocSection::new(pieces(text)));
                    continue;
                }
                read::Block::Heading { level: 0, text } => Unit {
                    kind: UnitKind::Paragraph,
                    cells: vec![pieces(text)],
                },
                read::Block::Heading { level, text } => Unit {
                    kind: UnitKind::Heading(level.saturating_sub(1).max(1)),
                    cells: vec![pieces(text)],
                },
                read::Block::Paragraph { text } => Unit {
                    kind: UnitKind::Paragraph,
                    cells: vec![pieces(text)],
                },
                read::Block::ListItem {
                    ordered,
                    level,
                    text,
                } => Unit {
                    kind: UnitKind::Item {
                        ordered: *ordered,
                        level: *level,
                    },
                    cells: vec![pieces(text)],
                },
                read::Block::Table { rows } => {
                    for row in rows {
                        doc.push(Unit {
                            kind: UnitKind::Row,
                            cells: row.iter().map(cell_pieces).collect(),
                        });
                    }
                    continue;
                }
            };
            doc.push(unit);
        }
        doc.comments = outline
            .comments
            .iter()
            .map(|c| RawComment {
                id: c.id,
                author: c.author.clone(),
                date: (!c.date.trim().is_empty()).then(|| c.date.clone()),
                text: c.text.clone(),
            })
            .collect();
        doc
    }
}

/// A piece of text read from a document, with its tracked changes and the comments anchored
/// on it.
#[derive(Debug, Clone, Default, PartialEq)]
struct Piece {
    text: String,
    /// Inside a tracked insertion: by whom, when.
    inserted: Option<(String, Option<String>)>,
    /// Inside a tracked deletion: by whom, when.
    deleted: Option<(String, Option<String>)>,
    comments: Vec<usize>,
}

/// What a unit of a section is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum UnitKind {
    /// A subheading, 1 the first level below the section.
    Heading(u8),
    Paragraph,
    Item {
        ordered: bool,
        level: u8,
    },
    /// A table row.
    Row,
}

/// A paragraph, subheading, list item or table row (its cells).
#[derive(Debug, Clone, PartialEq)]
struct Unit {
    kind: UnitKind,
    cells: Vec<Vec<Piece>>,
}

/// The text of pieces, the counterpart's (`theirs`: insertions kept, deletions dropped) or as
/// it was before the tracked changes.
fn text(pieces: &[Piece], theirs: bool) -> String {
    let keep = |p: &&Piece| {
        if theirs {
            p.deleted.is_none()
        } else {
            p.inserted.is_none()
        }
    };
    flat(
        &pieces
            .iter()
            .filter(keep)
            .map(|p| p.text.as_str())
            .collect::<String>(),
    )
}

impl Unit {
    fn cell_texts(&self) -> Vec<String> {
        self.cells.iter().map(|c| text(c, true)).collect()
    }

    /// The unit as one line, as `tree::prose_lines` writes it without list markers.
    fn line(&self) -> String {
        self.cell_texts().join(" | ")
    }
}

/// A section of a document: its heading and units.
#[derive(Debug, Clone, Default, PartialEq)]
struct DocSection {
    heading: Vec<Piece>,
    units: Vec<Unit>,
}

impl DocSection {
    fn new(heading: Vec<Piece>) -> Self {
        DocSection {
            heading,
            units: Vec::new(),
        }
    }

    /// The heading's title without its number ("3. Møter" → "Møter").
    fn title(&self) -> String {
        let heading = text(&self.heading, true);
        let digits = heading
            .char_indices()
            .find(|(_, c)| !c.is_ascii_digit() && *c != '.')
            .map_or(heading.len(), |(i, _)| i);
        if digits > 0 && heading[..digits].ends_with('.') {
            heading[digits..].trim().to_owned()
        } else {
            heading
        }
    }
}

/// A comment as read.
#[derive(Debug, Clone, Default, PartialEq)]
struct RawComment {
    id: usize,
    author: String,
    date: Option<String>,
    text: String,
}

/// A document: what stands before the first section, the sections, the comments.
#[derive(Debug, Clone, Default, PartialEq)]
struct Doc {
    front: Vec<Unit>,
    sections: Vec<DocSection>,
    comments: Vec<RawComment>,
}

impl Doc {
    fn push(&mut self, unit: Unit) {
        match self.sections.last_mut() {
            Some(s) => s.units.push(unit),
            None => self.front.push(unit),
        }
    }
}

/// Text on one line.
fn flat(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// How two sequences line up: pairs of places, equal ones by `same`; the rest in between.
/// Returns, for each place in `a`, its partner in `b`.
fn lcs<T, U>(a: &[T], b: &[U], same: impl Fn(&T, &U) -> bool) -> Vec<Option<usize>> {
    let (n, m) = (a.len(), b.len());
    let mut table = vec![vec![0u32; m + 1]; n + 1];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            table[i][j] = if same(&a[i], &b[j]) {
                table[i + 1][j + 1] + 1
            } else {
                table[i + 1][j].max(table[i][j + 1])
            };
        }
    }
    let mut out = vec![None; n];
    let (mut i, mut j) = (0, 0);
    while i < n && j < m {
        if same(&a[i], &b[j]) {
            out[i] = Some(j);
            i += 1;
            j += 1;
        } else if table[i + 1][j] >= table[i][j + 1] {
            i += 1;
        } else {
            j += 1;
        }
    }
    out
}

/// Lines up `a` with `b`: equal items by `same`, and between two equal pairs, items paired in
/// order (an edited one with its original). Returns for each place in `a` its partner in `b`,
/// and whether they are equal.
fn align<T, U>(a: &[T], b: &[U], same: impl Fn(&T, &U) -> bool) -> Vec<Option<(usize, bool)>> {
    let anchors = lcs(a, b, same);
    let mut out: Vec<Option<(usize, bool)>> =
        anchors.iter().map(|m| m.map(|j| (j, true))).collect();
    let mut i = 0;
    let mut next_b = 0;
    while i < a.len() {
        if let Some(j) = anchors[i] {
            next_b = j + 1;
            i += 1;
            continue;
        }
        // A gap in `a` from i to the next anchor, against the gap in `b` before that anchor.
        let end = (i..a.len())
            .find(|&k| anchors[k].is_some())
            .unwrap_or(a.len());
        let b_end = anchors.get(end).copied().flatten().unwrap_or(b.len());
        for (k, j) in (i..end).zip(next_b..b_end) {
            out[k] = Some((j, false));
        }
        i = end;
    }
    out
}

/// The section of the agreement each section of the re-export stands for: the tree's sections
/// in order (the glossary, when printed as a part of its own, has none).
fn tree_ids(agreement: &Agreement) -> Vec<Option<String>> {
    tree::build(agreement)
        .sections
        .into_iter()
        .map(|s| s.id)
        .collect()
}

/// Builds the copy from the re-exported revision's outline and the edited one's.
fn compare_outlines(revision: u32, common: Agreement, original: &Doc, edited: &Doc) -> EditedCopy {
    let ids = tree_ids(&common);
    let mut theirs = common.clone();
    let mut unplaced = Vec::new();
    let values = Values::of(&common);

    // Sections lined up by title; renamed ones paired in order between the anchors.
    let pairs = align(&original.sections, &edited.sections, |a, b| {
        a.title() == b.title()
    });
    // Which agreement section each edited section belongs to.
    let mut edited_ids: Vec<Option<String>> = vec![None; edited.sections.len()];
    let mut kept: Vec<Section> = Vec::new();
    let mut gone: BTreeSet<String> = BTreeSet::new();
    let mut glossary = common.glossary.clone();
    for (i, original_section) in original.sections.iter().enumerate() {
        let id = ids.get(i).cloned().flatten();
        let Some((j, _)) = pairs[i] else {
            if let Some(id) = id {
                gone.insert(id);
            }
            continue;
        };
        edited_ids[j].clone_from(&id);
        let edited_section = &edited.sections[j];
        let heading = text(&edited_section.heading, true);
        let Some(id) = id else {
            // A part the agreement adds (the glossary): its cells go back into the glossary.
            let mut target = serde_json::to_value(&glossary).unwrap_or(Value::Null);
            structured(
                &original_section.units,
                &edited_section.units,
                &mut target,
                &mut |before, after| {
                    unplaced.push(Unplaced {
                        section_id: None,
                        heading: heading.clone(),
                        before,
                        after,
                    });
                },
            );
            if let Ok(g) = serde_json::from_value(target) {
                glossary = g;
            }
            continue;
        };
        let Some(section) = common.sections.iter().find(|s| s.id.0 == id) else {
            continue;
        };
        let mut section = section.clone();
        section.title = edited_section.title();
        let mut report = |before, after| {
            unplaced.push(Unplaced {
                section_id: Some(id.clone()),
                heading: heading.clone(),
                before,
                after,
            });
        };
        section_back(
            &mut section,
            values,
            &original_section.units,
            &edited_section.units,
            &mut report,
        );
        kept.push(section);
    }
    // The sections in the edited copy's order, those it added where they stand.
    let mut sections: Vec<Section> = Vec::new();
    let mut used: BTreeSet<String> = common.sections.iter().map(|s| s.id.0.clone()).collect();
    for (j, edited_section) in edited.sections.iter().enumerate() {
        match &edited_ids[j] {
            Some(id) => {
                if let Some(s) = kept.iter().find(|s| &s.id.0 == id) {
                    sections.push(s.clone());
                }
            }
            None if pairs.iter().any(|p| p.is_some_and(|(k, _)| k == j)) => {}
            None => {
                let id = fresh_id(&edited_section.title(), &used);
                used.insert(id.clone());
                edited_ids[j] = Some(id.clone());
                sections.push(Section {
                    id: SectionId(id),
                    title: edited_section.title(),
                    text: markdown(&edited_section.units),
                    ..Section::default()
                });
            }
        }
    }
    theirs.sections = sections;
    theirs.glossary = glossary;
    let _ = gone;

    // Before the first section: the title and the facts the export writes there.
    for (k, unit) in edited.front.iter().enumerate() {
        let before = original.front.get(k).map(Unit::line);
        if before.as_deref() != Some(unit.line().as_str()) {
            unplaced.push(Unplaced {
                section_id: None,
                heading: String::new(),
                before,
                after: Some(unit.line()),
            });
        }
    }

    let (changes, comments) = annotations(edited, &edited_ids);
    EditedCopy {
        revision,
        common,
        theirs,
        changes,
        comments,
        unplaced,
    }
}

/// A section id not yet used, from a title.
fn fresh_id(title: &str, used: &BTreeSet<String>) -> String {
    let slug: String = title
        .to_lowercase()
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { '-' })
        .collect::<String>()
        .split('-')
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    let base = if slug.is_empty() {
        "word".to_owned()
    } else {
        slug
    };
    let mut id = base.clone();
    let mut n = 2;
    while used.contains(&id) {
        id = format!("{base}-{n}");
        n += 1;
    }
    id
}

/// The tracked changes and the comments, each with the section it stands in.
fn annotations(doc: &Doc, ids: &[Option<String>]) -> (Vec<TrackedChange>, Vec<Comment>) {
    let mut changes: Vec<TrackedChange> = Vec::new();
    // Per comment id: its section and the words it is anchored on.
    let mut anchors: Vec<(usize, Option<String>, String)> = Vec::new();
    let parts = std::iter::once((None, &doc.front, None)).chain(
        doc.sections
            .iter()
            .enumerate()
            .map(|(j, s)| (ids.get(j).cloned().flatten(), &s.units, Some(&s.heading))),
    );
    for (id, units, heading) in parts {
        let cells = heading
            .into_iter()
            .chain(units.iter().flat_map(|u| u.cells.iter()));
        for cell in cells {
            for kind in [ChangeKind::Inserted, ChangeKind::Deleted] {
                let mut open = false;
                for piece in cell {
                    let change = match kind {
                        ChangeKind::Inserted => &piece.inserted,
                        ChangeKind::Deleted => &piece.deleted,
                    };
                    match change {
                        Some((author, date)) => match changes.last_mut() {
                            Some(c) if open && &c.author == author => c.text.push_str(&piece.text),
                            _ => {
                                changes.push(TrackedChange {
                                    section_id: id.clone(),
                                    author: author.clone(),
                                    date: date.clone(),
                                    kind,
                                    text: piece.text.clone(),
                                });
                                open = true;
                            }
                        },
                        None => open = false,
                    }
                }
            }
            for piece in cell {
                for c in &piece.comments {
                    match anchors.iter_mut().find(|(k, ..)| k == c) {
                        Some((_, _, quoted)) => quoted.push_str(&piece.text),
                        None => anchors.push((*c, id.clone(), piece.text.clone())),
                    }
                }
            }
        }
    }
    for c in &mut changes {
        c.text = flat(&c.text);
    }
    changes.retain(|c| !c.text.is_empty());
    let comments = doc
        .comments
        .iter()
        .map(|c| {
            let anchor = anchors.iter().find(|(k, ..)| *k == c.id);
            Comment {
                section_id: anchor.and_then(|(_, s, _)| s.clone()),
                author: c.author.clone(),
                date: c.date.clone(),
                text: c.text.clone(),
                quoted: anchor.map(|(_, _, q)| flat(q)).unwrap_or_default(),
            }
        })
        .collect();
    (changes, comments)
}

/// A reported edit: before and after.
type Report<'r> = dyn FnMut(Option<String>, Option<String>) + 'r;

/// The lines of prose as units show them, without list markers or indentation.
fn prose_units(text: &str, values: Values<'_>) -> Vec<String> {
    if text.trim().is_empty() {
        return Vec::new();
    }
    tree::prose_lines(text, Some(values))
        .lines()
        .map(|l| flat(strip_marker(l.trim_start())))
        .collect()
}

/// A line without its list marker ("• ", "3. ").
fn strip_marker(line: &str) -> &str {
    if let Some(rest) = line.strip_prefix("• ") {
        return rest;
    }
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    if digits > 0
        && let Some(rest) = line[digits..].strip_prefix(". ")
    {
        return rest;
    }
    line
}

/// Writes the counterpart's version of one section back into it: its prose, then the cells of
/// its structured parts.
fn section_back(
    section: &mut Section,
    values: Values<'_>,
    original: &[Unit],
    edited: &[Unit],
    report: &mut Report<'_>,
) {
    // The units the prose made: as many as its lines, where the re-export shows them.
    let lines = prose_units(&section.text, values);
    let prose_len = original
        .iter()
        .zip(&lines)
        .take_while(|(u, l)| &u.line() == *l)
        .count();
    let prose_len = if prose_len == lines.len() {
        prose_len
    } else {
        // The export wrote the prose otherwise than its lines: all of it read as prose when the
        // section has nothing else.
        if section_has_data(section) {
            prose_len
        } else {
            original.len()
        }
    };
    let pairs = align(original, edited, |a, b| a.line() == b.line());
    // Where the prose ends in the edited copy: after the last unit paired with a prose unit,
    // and before the first paired with a unit after it.
    let edited_prose_end = pairs[prose_len..]
        .iter()
        .find_map(|p| p.map(|(j, _)| j))
        .unwrap_or_else(|| {
            pairs[..prose_len]
                .iter()
                .rev()
                .find_map(|p| p.map(|(j, _)| j + 1))
                .unwrap_or(if prose_len == original.len() {
                    edited.len()
                } else {
                    0
                })
        });
    let (edited_prose, edited_rest) = edited.split_at(edited_prose_end.min(edited.len()));
    let (original_prose, original_rest) = original.split_at(prose_len);
    let same_prose = original_prose.len() == edited_prose.len()
        && original_prose
            .iter()
            .zip(edited_prose)
            .all(|(a, b)| a.line() == b.line());
    if !same_prose {
        section.text = prose_back(&section.text, values, original_prose, edited_prose);
    }
    if original_rest.len() == edited_rest.len()
        && original_rest
            .iter()
            .zip(edited_rest)
            .all(|(a, b)| a.line() == b.line())
    {
        return;
    }
    let mut target = serde_json::to_value(&*section).unwrap_or(Value::Null);
    if let Some(map) = target.as_object_mut() {
        for key in ["id", "title", "text", "template", "show"] {
            map.remove(key);
        }
    }
    structured(original_rest, edited_rest, &mut target, report);
    if let Some(map) = target.as_object_mut() {
        map.insert("id".into(), Value::String(section.id.0.clone()));
        map.insert("title".into(), Value::String(section.title.clone()));
        map.insert("text".into(), Value::String(section.text.clone()));
        if let Some(t) = &section.template {
            map.insert("template".into(), Value::String(t.clone()));
        }
        if let Some(show) = &section.show {
            map.insert(
                "show".into(),
                serde_json::to_value(show).unwrap_or(Value::Null),
            );
        }
    }
    if let Ok(s) = serde_json::from_value::<Section>(target) {
        *section = s;
    }
}

/// Whether a section has more than prose: structured data or a generated part.
fn section_has_data(section: &Section) -> bool {
    let value = serde_json::to_value(section).unwrap_or(Value::Null);
    value.as_object().is_some_and(|m| {
        m.keys()
            .any(|k| !["id", "title", "text", "template"].contains(&k.as_str()))
    })
}

/// The prose with the counterpart's text: the chunks (between blank lines) the counterpart did
/// not touch keep their source; the others are written from the edited units.
fn prose_back(source: &str, values: Values<'_>, original: &[Unit], edited: &[Unit]) -> String {
    // Chunks of the source and how many units each made; one chunk when they do not add up.
    let mut chunks: Vec<(String, usize)> = source
        .replace("\r\n", "\n")
        .split("\n\n")
        .filter(|c| !c.trim().is_empty())
        .map(|c| (c.to_owned(), prose_units(c, values).len()))
        .collect();
    if chunks.iter().map(|(_, n)| n).sum::<usize>() != original.len() {
        chunks = vec![(source.to_owned(), original.len())];
    }
    let pairs = align(original, edited, |a, b| a.line() == b.line());
    // Each edited unit goes with the chunk of the original unit it pairs with; unpaired ones go
    // with the chunk before them.
    let mut chunk_of_unit = Vec::new();
    for (c, (_, n)) in chunks.iter().enumerate() {
        chunk_of_unit.extend(std::iter::repeat_n(c, *n));
    }
    let mut owner: Vec<Option<usize>> = vec![None; edited.len()];
    let mut dirty = vec![false; chunks.len()];
    for (i, p) in pairs.iter().enumerate() {
        let c = chunk_of_unit.get(i).copied().unwrap_or(0);
        match p {
            Some((j, equal)) => {
                owner[*j] = Some(c);
                dirty[c] |= !equal;
            }
            None => dirty[c] = true,
        }
    }
    let mut current = 0;
    // Units added before every chunk's first unit: written before the first chunk.
    let mut leading: Vec<Unit> = Vec::new();
    let mut units_of: Vec<Vec<Unit>> = vec![Vec::new(); chunks.len()];
    for (j, unit) in edited.iter().enumerate() {
        match owner[j] {
            Some(c) => {
                current = c;
                units_of[c].push(unit.clone());
            }
            None if owner[..j].iter().all(Option::is_none) && !chunks.is_empty() => {
                leading.push(unit.clone());
            }
            None => {
                if let Some(d) = dirty.get_mut(current) {
                    *d = true;
                }
                if let Some(u) = units_of.get_mut(current) {
                    u.push(unit.clone());
                }
            }
        }
    }
    let mut out: Vec<String> = Vec::new();
    if !leading.is_empty() {
        out.push(markdown(&leading));
    }
    for (c, (chunk, _)) in chunks.iter().enumerate() {
        if !dirty[c] {
            out.push(chunk.trim_matches('\n').to_owned());
        } else if !units_of[c].is_empty() {
            out.push(with_references(&markdown(&units_of[c]), chunk, values));
        }
    }
    out.retain(|c| !c.trim().is_empty());
    out.join("\n\n")
}

/// Puts back the live references of `source` whose values the new Markdown shows as often as
/// the source has them; the longest values first, so a name inside a longer one ("Vestland" in
/// "Nav Vestland") is only put back where it stands alone.
fn with_references(markdown: &str, source: &str, values: Values<'_>) -> String {
    // Each value shown, with what was written for it and how often.
    let mut shown: Vec<(String, String, usize)> = Vec::new();
    for found in avtale_core::reference::find(source) {
        let Some(value) = found.reference.as_ref().and_then(|r| values.value(r)) else {
            continue;
        };
        let value = avtale_core::render::markdown::escape(&flat(&value), false);
        let written = source[found.range.clone()].to_owned();
        match shown.iter_mut().find(|(v, ..)| *v == value) {
            Some((_, w, n)) if *w == written => *n += 1,
            // One value written two ways: which is which cannot be told.
            Some((_, _, n)) => *n = usize::MAX,
            None => shown.push((value, written, 1)),
        }
    }
    shown.sort_by_key(|(v, ..)| std::cmp::Reverse(v.len()));
    let mut out = markdown.to_owned();
    for (value, written, n) in shown {
        if !value.is_empty() && out.matches(value.as_str()).count() == n {
            out = out.replace(value.as_str(), &written);
        }
    }
    out
}

/// Units as Markdown: subheadings, paragraphs, list items (a run of them one list), table
/// rows (a run of them one table, the first its header).
fn markdown(units: &[Unit]) -> String {
    use avtale_core::render::markdown::escape;
    let mut out: Vec<String> = Vec::new();
    let mut i = 0;
    while i < units.len() {
        let unit = &units[i];
        match unit.kind {
            UnitKind::Heading(level) => out.push(format!(
                "{} {}",
                "#".repeat(usize::from(level.clamp(1, 5)) + 1),
                escape(&unit.line(), false)
            )),
            UnitKind::Paragraph => out.push(escape(&unit.line(), true)),
            UnitKind::Item { .. } => {
                let mut list = Vec::new();
                while let Some(Unit {
                    kind: UnitKind::Item { ordered, level },
                    ..
                }) = units.get(i)
                {
                    let marker = if *ordered { "1." } else { "-" };
                    list.push(format!(
                        "{}{marker} {}",
                        "    ".repeat(usize::from(*level)),
                        escape(&units[i].line(), false)
                    ));
                    i += 1;
                }
                out.push(list.join("\n"));
                continue;
            }
            UnitKind::Row => {
                let mut rows = Vec::new();
                while let Some(
                    u @ Unit {
                        kind: UnitKind::Row,
                        ..
                    },
                ) = units.get(i)
                {
                    let cells: Vec<String> = u
                        .cell_texts()
                        .iter()
                        .map(|c| escape(c, false).replace('|', "\\|"))
                        .collect();
                    rows.push(format!("| {} |", cells.join(" | ")));
                    if rows.len() == 1 {
                        rows.push(format!("|{}", " --- |".repeat(cells.len().max(1))));
                    }
                    i += 1;
                }
                out.push(rows.join("\n"));
                continue;
            }
        }
        i += 1;
    }
    out.join("\n\n")
}

/// Puts the edited cells of a structured part back into the fields they were rendered from
/// (`target`, the part's data); reports what cannot be placed.
fn structured(original: &[Unit], edited: &[Unit], target: &mut Value, report: &mut Report<'_>) {
    let pairs = align(original, edited, |a, b| a.line() == b.line());
    let mut paired = vec![false; edited.len()];
    for (i, p) in pairs.iter().enumerate() {
        let before = &original[i];
        match p {
            Some((j, equal)) => {
                paired[*j] = true;
                if *equal {
                    continue;
                }
                let after = &edited[*j];
                let (a, b) = (before.cell_texts(), after.cell_texts());
                if a.len() != b.len() {
                    report(Some(before.line()), Some(after.line()));
                    continue;
                }
                for (x, y) in a.iter().zip(&b) {
                    if x != y && !set_field(target, x, y) {
                        report(Some(x.clone()), Some(y.clone()));
                    }
                }
            }
            None => report(Some(before.line()), None),
        }
    }
    for (j, unit) in edited.iter().enumerate() {
        if !paired[j] {
            report(None, Some(unit.line()));
        }
    }
}

/// Sets the one plain text field whose value reads `before` (or, for a labelled line
/// "Formål: …", its value) to `after`; false when there is not exactly one.
fn set_field(target: &mut Value, before: &str, after: &str) -> bool {
    let mut candidates = vec![(before.to_owned(), after.to_owned())];
    if let (Some((label, b)), Some((label2, a))) = (before.split_once(": "), after.split_once(": "))
        && label == label2
    {
        candidates.push((b.to_owned(), a.to_owned()));
    }
    for (before, after) in candidates {
        let mut hits = Vec::new();
        find_strings(target, "", &before, &mut hits);
        if let [path] = hits.as_slice()
            && let Some(slot) = target.pointer_mut(path)
        {
            *slot = Value::String(after);
            return true;
        }
    }
    false
}

/// The JSON pointers of the strings in `value` that read `text`.
fn find_strings(value: &Value, at: &str, text: &str, out: &mut Vec<String>) {
    match value {
        Value::String(s) if flat(s) == text => out.push(at.to_owned()),
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                find_strings(v, &format!("{at}/{i}"), text, out);
            }
        }
        Value::Object(map) => {
            for (k, v) in map {
                let key = k.replace('~', "~0").replace('/', "~1");
                find_strings(v, &format!("{at}/{key}"), text, out);
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn piece(text: &str) -> Piece {
        Piece {
            text: text.to_owned(),
            ..Piece::default()
        }
    }

    fn para(text: &str) -> Unit {
        Unit {
            kind: UnitKind::Paragraph,
            cells: vec![vec![piece(text)]],
        }
    }

    #[test]
    fn align_pairs_edited_units_between_anchors() {
        let a = ["x", "y", "z"];
        let b = ["x", "Y", "z", "w"];
        let got = align(&a, &b, |p, q| p == q);
        assert_eq!(
            got,
            vec![Some((0, true)), Some((1, false)), Some((2, true))]
        );
    }

    #[test]
    fn headings_lose_their_number() {
        let s = DocSection::new(vec![piece("12. Møter og samarbeid")]);
        assert_eq!(s.title(), "Møter og samarbeid");
        let s = DocSection::new(vec![piece("Ordliste")]);
        assert_eq!(s.title(), "Ordliste");
    }

    fn agreement() -> Agreement {
        use avtale_core::starter::{self, NewAgreement};
        let templates = avtale_core::TemplateSet::shipped().expect("templates");
        let new = NewAgreement {
            starter: "handlingsplan",
            county: Some("Agder"),
            municipality: None,
            lang: avtale_core::Lang::Nb,
            today: avtale_core::date::Date::from_ymd(2026, 11, 22).expect("date"),
            id: "test".into(),
        };
        starter::create(&templates, &new).expect("starter")
    }

    #[test]
    fn untouched_chunks_keep_their_source() {
        let agreement = agreement();
        let values = Values::of(&agreement);
        let source = "Første *avsnitt*.\n\nAndre avsnitt.";
        let original = [para("Første avsnitt."), para("Andre avsnitt.")];
        let edited = [para("Første avsnitt."), para("Andre endrede avsnitt.")];
        let back = prose_back(source, values, &original, &edited);
        assert_eq!(back, "Første *avsnitt*.\n\nAndre endrede avsnitt.");
    }

    #[test]
    fn a_cell_goes_back_to_its_one_field() {
        let mut target = serde_json::json!({"goals": [{"goal": "Flere i jobb", "target": "50"}]});
        assert!(set_field(&mut target, "Flere i jobb", "Flere i arbeid"));
        assert_eq!(target["goals"][0]["goal"], "Flere i arbeid");
        assert!(!set_field(&mut target, "finnes ikke", "x"));
    }

    /// The agreement's tree as an export would show it, as units.
    fn doc_of(agreement: &Agreement) -> Doc {
        fn units(blocks: &[tree::Block], level: u8, out: &mut Vec<Unit>) {
            for b in blocks {
                match b {
                    tree::Block::Heading { level, runs } => out.push(Unit {
                        kind: UnitKind::Heading(*level),
                        cells: vec![vec![piece(&tree::text_of(runs))]],
                    }),
                    tree::Block::Paragraph { runs, .. } => out.push(para(&tree::text_of(runs))),
                    tree::Block::List { ordered, items, .. } => {
                        for item in items {
                            let mut inner = Vec::new();
                            units(item, level + 1, &mut inner);
                            for (k, mut u) in inner.into_iter().enumerate() {
                                if k == 0 && u.kind == UnitKind::Paragraph {
                                    u.kind = UnitKind::Item {
                                        ordered: *ordered,
                                        level,
                                    };
                                }
                                out.push(u);
                            }
                        }
                    }
                    tree::Block::Table { head, rows } => {
                        for row in std::iter::once(head).chain(rows) {
                            out.push(Unit {
                                kind: UnitKind::Row,
                                cells: row.iter().map(|c| vec![piece(&tree::text_of(c))]).collect(),
                            });
                        }
                    }
                    tree::Block::Facts { items } => {
                        for f in items {
                            out.push(para(&format!("{}: {}", f.label, tree::text_of(&f.value))));
                        }
                    }
                    tree::Block::Quote { blocks } => units(blocks, level, out),
                    tree::Block::Code { text } => out.push(para(text)),
                }
            }
        }
        let t = tree::build(agreement);
        let mut doc = Doc {
            front: vec![para(&t.title)],
            ..Doc::default()
        };
        for s in &t.sections {
            let mut section = DocSection::new(vec![piece(&s.heading())]);
            units(&s.blocks, 0, &mut section.units);
            doc.sections.push(section);
        }
        doc
    }

    #[test]
    fn an_unedited_copy_is_the_revision() {
        let a = agreement();
        let doc = doc_of(&a);
        let copy = compare_outlines(1, a.clone(), &doc, &doc);
        assert_eq!(copy.theirs, a);
        assert!(copy.unplaced.is_empty(), "{:?}", copy.unplaced);
        assert!(copy.changes.is_empty() && copy.comments.is_empty());
    }

    #[test]
    fn tracked_changes_and_comments_come_back_by_section() {
        let a = agreement();
        let original = doc_of(&a);
        let mut edited = original.clone();
        // The first section with a paragraph of prose.
        let (k, u) = edited
            .sections
            .iter()
            .enumerate()
            .find_map(|(k, s)| {
                s.units
                    .iter()
                    .position(|u| u.kind == UnitKind::Paragraph && u.line().len() > 20)
                    .map(|u| (k, u))
            })
            .expect("a paragraph");
        let cell = &mut edited.sections[k].units[u].cells[0];
        cell.push(Piece {
            text: " Endret av Nav.".into(),
            inserted: Some(("Kari Nordmann".into(), None)),
            comments: vec![0],
            ..Piece::default()
        });
        edited.comments.push(RawComment {
            id: 0,
            author: "Ola".into(),
            date: None,
            text: "Enig?".into(),
        });
        let copy = compare_outlines(1, a.clone(), &original, &edited);
        let id = a.sections[k].id.0.clone();
        assert!(copy.unplaced.is_empty(), "{:?}", copy.unplaced);
        let theirs = copy.theirs.sections.iter().find(|s| s.id.0 == id).unwrap();
        assert!(theirs.text.contains("Endret av Nav."), "{}", theirs.text);
        assert_eq!(copy.changes.len(), 1);
        assert_eq!(copy.changes[0].section_id.as_deref(), Some(id.as_str()));
        assert_eq!(copy.changes[0].author, "Kari Nordmann");
        assert_eq!(copy.comments[0].section_id.as_deref(), Some(id.as_str()));
        assert_eq!(copy.comments[0].quoted, "Endret av Nav.");
        let c = avtale_core::diff::compare(&copy.common, &copy.theirs, Locale::Nb);
        assert_eq!(c.sections.len(), 1, "{c:#?}");
        assert_eq!(c.sections[0].id, id);
    }

    #[test]
    fn an_edited_cell_goes_back_or_is_listed() {
        let a = agreement();
        let original = doc_of(&a);
        let mut edited = original.clone();
        // The first table's second row: its first cell is a plain field.
        let (k, u) = edited
            .sections
            .iter()
            .enumerate()
            .find_map(|(k, s)| {
                let first = s.units.iter().position(|u| u.kind == UnitKind::Row)?;
                (s.units.get(first + 1)?.kind == UnitKind::Row).then_some((k, first + 1))
            })
            .expect("a table");
        let row = &mut edited.sections[k].units[u];
        let before = row.cell_texts()[0].clone();
        row.cells[0] = vec![piece("Ny tekst i cellen")];
        let copy = compare_outlines(1, a.clone(), &original, &edited);
        let theirs = serde_json::to_string(&copy.theirs.sections[k]).unwrap();
        assert!(theirs.contains("Ny tekst i cellen"), "{theirs}");
        assert!(!theirs.contains(&before));
        assert!(copy.unplaced.is_empty(), "{:?}", copy.unplaced);
        // A whole new row cannot be placed: it is listed.
        let mut edited = original.clone();
        let extra = edited.sections[k].units[u].clone();
        edited.sections[k].units.insert(
            u + 1,
            Unit {
                cells: vec![vec![piece("Ekstra")]; extra.cells.len()],
                ..extra
            },
        );
        let copy = compare_outlines(1, a, &original, &edited);
        assert_eq!(copy.unplaced.len(), 1, "{:?}", copy.unplaced);
        assert_eq!(copy.unplaced[0].before, None);
    }
}
