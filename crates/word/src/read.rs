//! The one reading of a Word document's body, shared by the import and by a counterpart's
//! edited copy: the blocks in document order (headings with their level, paragraphs, list
//! items, tables), their text as spans that keep tracked changes, bold and italic, and comment
//! anchors; the comments; and everything Avtale does not read (images, fields such as a table of
//! contents or page numbers, text boxes, footnotes, headers and footers, embedded objects),
//! listed in [`Outline::skipped`] so nothing is dropped silently.
//!
//! The reading is over docx-rs's document ([`crate::package::read`] gives it); this module
//! neither reads bytes nor decides what an agreement is.

use std::collections::{BTreeSet, HashMap};

use docx_rs::{
    Delete, DeleteChild, DocumentChild, Docx, DrawingData, FieldCharType, Insert, InsertChild,
    MoveFromChild, MoveToChild, Paragraph, ParagraphChild, Run, RunChild, StructuredDataTagChild,
    Table, TableCellContent, TableChild, TableRowChild,
};
use serde::Serialize;

/// A document body read in order, with its comments and what was not read.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Outline {
    /// The body's blocks in document order.
    pub blocks: Vec<Block>,
    /// The document's comments, in the order of the comments part.
    pub comments: Vec<Comment>,
    /// What the body holds that is not read as text, in document order.
    pub skipped: Vec<Skipped>,
}

/// One block of a document body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    /// A heading: level 0 is the document title (the Title style), 1 is Heading 1, and so on.
    Heading {
        /// 0 for the title, 1–9 for Heading 1–9.
        level: u8,
        /// The heading's text.
        text: Vec<Span>,
    },
    /// A paragraph of body text.
    Paragraph {
        /// The paragraph's text.
        text: Vec<Span>,
    },
    /// An item of a bulleted or numbered list.
    ListItem {
        /// Nesting, 0 for the outermost list.
        level: u8,
        /// Numbered (1., a), i.) rather than bulleted.
        ordered: bool,
        /// The item's text.
        text: Vec<Span>,
    },
    /// A table; each cell holds blocks of its own.
    Table {
        /// Rows of cells, top to bottom, left to right.
        rows: Vec<Vec<Cell>>,
    },
}

/// One cell of a table.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Cell {
    /// The cell's blocks (paragraphs, lists, nested tables).
    pub blocks: Vec<Block>,
}

/// A run of text with the same formatting, tracked change and comments.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Span {
    /// The text; a tab is `\t`, a line break `\n`.
    pub text: String,
    /// Bold.
    pub bold: bool,
    /// Italic.
    pub italic: bool,
    /// The tracked changes this text is inside, outermost first (an insertion later deleted by
    /// someone else has both).
    pub changes: Vec<Change>,
    /// The ids of the comments whose range covers this text.
    pub comments: Vec<usize>,
}

/// A tracked change (Word's "Spor endringer").
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change {
    /// Inserted text (`w:ins`, `w:moveTo`).
    Inserted {
        /// Who made the change, as Word recorded it.
        author: String,
        /// When, as Word recorded it (ISO 8601), or empty.
        date: String,
    },
    /// Deleted text (`w:del`, `w:moveFrom`).
    Deleted {
        /// Who made the change, as Word recorded it.
        author: String,
        /// When, as Word recorded it (ISO 8601), or empty.
        date: String,
    },
}

/// A comment in the document's comments part.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Comment {
    /// Word's id, as in [`Span::comments`].
    pub id: usize,
    /// The comment's author.
    pub author: String,
    /// When it was written (ISO 8601), or empty.
    pub date: String,
    /// The comment's text, paragraphs joined by a line break.
    pub text: String,
    /// The comment this one answers, if it is a reply.
    pub parent: Option<usize>,
    /// The index in [`Outline::blocks`] of the block where the comment's range starts, if it
    /// is anchored in the body.
    pub block: Option<usize>,
}

/// Something in the document that is not read as text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Skipped {
    /// What it is.
    pub kind: SkippedKind,
    /// The index in [`Outline::blocks`] of the block it was in or next to, if in the body.
    pub block: Option<usize>,
    /// The text it showed, when it had any (a field's result, a text box's or a header's
    /// text, a field's instruction).
    pub text: String,
}

/// The kinds of content [`Skipped`] lists.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SkippedKind {
    /// A picture.
    Image,
    /// A drawing or shape other than a picture or text box.
    Drawing,
    /// A text box (its text is in [`Skipped::text`]).
    TextBox,
    /// A generated field: table of contents, page numbers, dates, cross-references.
    Field,
    /// A footnote or endnote reference.
    Footnote,
    /// A page header.
    Header,
    /// A page footer.
    Footer,
    /// A symbol from a symbol font.
    Symbol,
}

impl Block {
    /// The block's spans (none for a table).
    pub fn spans(&self) -> &[Span] {
        match self {
            Block::Heading { text, .. }
            | Block::Paragraph { text }
            | Block::ListItem { text, .. } => text,
            Block::Table { .. } => &[],
        }
    }

    /// The text as the author left it: insertions kept, deletions dropped. A table's cells
    /// are joined by a tab, its rows by a line break.
    pub fn text(&self) -> String {
        self.joined(Span::shown)
    }

    /// The text before the tracked changes: deletions kept, insertions dropped.
    pub fn text_before(&self) -> String {
        self.joined(Span::before)
    }

    /// Whether the block holds a tracked change, in a table's cells too.
    pub fn has_changes(&self) -> bool {
        match self {
            Block::Table { rows } => rows
                .iter()
                .flatten()
                .flat_map(|c| &c.blocks)
                .any(Block::has_changes),
            _ => self.spans().iter().any(|s| !s.changes.is_empty()),
        }
    }

    fn joined(&self, keep: fn(&Span) -> bool) -> String {
        match self {
            Block::Table { rows } => rows
                .iter()
                .map(|row| {
                    row.iter()
                        .map(|cell| {
                            cell.blocks
                                .iter()
                                .map(|b| b.joined(keep))
                                .collect::<Vec<_>>()
                                .join("\n")
                        })
                        .collect::<Vec<_>>()
                        .join("\t")
                })
                .collect::<Vec<_>>()
                .join("\n"),
            _ => text_of(self.spans(), keep),
        }
    }
}

impl Span {
    /// Whether the text is inside a tracked insertion.
    pub fn is_inserted(&self) -> bool {
        self.changes
            .iter()
            .any(|c| matches!(c, Change::Inserted { .. }))
    }

    /// Whether the text is inside a tracked deletion.
    pub fn is_deleted(&self) -> bool {
        self.changes
            .iter()
            .any(|c| matches!(c, Change::Deleted { .. }))
    }

    /// Whether the text shows in the document as the author left it.
    pub fn shown(&self) -> bool {
        !self.is_deleted()
    }

    /// Whether the text was there before the tracked changes.
    pub fn before(&self) -> bool {
        !self.is_inserted()
    }
}

/// The text of spans as the author left it (insertions kept, deletions dropped).
pub fn text_shown(spans: &[Span]) -> String {
    text_of(spans, Span::shown)
}

/// The text of spans before the tracked changes (deletions kept, insertions dropped).
pub fn text_before(spans: &[Span]) -> String {
    text_of(spans, Span::before)
}

fn text_of(spans: &[Span], keep: fn(&Span) -> bool) -> String {
    spans
        .iter()
        .filter(|s| keep(s))
        .map(|s| s.text.as_str())
        .collect()
}

impl Outline {
    /// The whole body's text as the author left it, one block a line.
    pub fn text(&self) -> String {
        self.blocks
            .iter()
            .map(Block::text)
            .collect::<Vec<_>>()
            .join("\n")
    }

    /// Whether the body holds any tracked change.
    pub fn has_changes(&self) -> bool {
        self.blocks.iter().any(Block::has_changes)
    }
}

/// Reads a document's body in document order.
pub fn outline(docx: &Docx) -> Outline {
    let mut reader = Reader::new(docx);
    for child in &docx.document.children {
        reader.document_child(child);
    }
    reader.finish_page_parts(docx);
    let mut comments: Vec<Comment> = docx
        .comments
        .inner()
        .iter()
        .map(|c| Comment {
            id: c.id,
            author: unescape(&c.author),
            date: c.date.clone(),
            text: c
                .children
                .iter()
                .map(|ch| match ch {
                    docx_rs::CommentChild::Paragraph(p) => plain_text(p),
                    docx_rs::CommentChild::Table(t) => table_plain_text(t),
                })
                .collect::<Vec<_>>()
                .join("\n"),
            parent: c.parent_comment_id,
            block: reader.comment_blocks.get(&c.id).copied(),
        })
        .collect();
    // Comments anchored in the body but missing from the comments part still show.
    for (id, block) in &reader.comment_blocks {
        if !comments.iter().any(|c| c.id == *id) {
            comments.push(Comment {
                id: *id,
                author: String::new(),
                date: String::new(),
                text: String::new(),
                parent: None,
                block: Some(*block),
            });
        }
    }
    Outline {
        blocks: reader.blocks,
        comments,
        skipped: reader.skipped,
    }
}

/// What a paragraph style says about its paragraphs.
#[derive(Debug, Clone, Copy, Default)]
struct StyleInfo {
    heading: Option<u8>,
    numbering: Option<(usize, usize)>,
}

/// A complex field being read (`w:fldChar` begin … separate … end).
#[derive(Debug, Default)]
struct Field {
    instruction: String,
    in_result: bool,
    shown: String,
}

struct Reader<'a> {
    docx: &'a Docx,
    styles: HashMap<String, StyleInfo>,
    blocks: Vec<Block>,
    skipped: Vec<Skipped>,
    /// Comments whose range is open at this point of the reading.
    open_comments: BTreeSet<usize>,
    /// The block each comment's range starts in.
    comment_blocks: HashMap<usize, usize>,
    fields: Vec<Field>,
}

impl<'a> Reader<'a> {
    fn new(docx: &'a Docx) -> Self {
        Reader {
            docx,
            styles: style_table(docx),
            blocks: Vec::new(),
            skipped: Vec::new(),
            open_comments: BTreeSet::new(),
            comment_blocks: HashMap::new(),
            fields: Vec::new(),
        }
    }

    /// The index the next top-level block will have.
    fn here(&self) -> usize {
        self.blocks.len()
    }

    fn skip(&mut self, kind: SkippedKind, text: String) {
        let block = Some(self.here());
        self.skipped.push(Skipped { kind, block, text });
    }

    fn comment_start(&mut self, id: usize) {
        self.open_comments.insert(id);
        let here = self.here();
        self.comment_blocks.entry(id).or_insert(here);
    }

    fn comment_end(&mut self, end: &docx_rs::CommentRangeEnd) {
        if let Some(id) = serde_json::to_value(end)
            .ok()
            .and_then(|v| v.get("id").and_then(serde_json::Value::as_u64))
        {
            self.open_comments.remove(&(id as usize));
        }
    }

    fn document_child(&mut self, child: &DocumentChild) {
        match child {
            DocumentChild::Paragraph(p) => {
                if let Some(b) = self.paragraph(p) {
                    self.blocks.push(b);
                }
            }
            DocumentChild::Table(t) => {
                let b = self.table(t);
                self.blocks.push(b);
            }
            DocumentChild::CommentStart(c) => self.comment_start(c.id),
            DocumentChild::CommentEnd(c) => {
                self.comment_end(c);
            }
            DocumentChild::StructuredDataTag(sdt) => {
                let mut out = Vec::new();
                self.sdt_children(&sdt.children, &mut out);
                self.blocks.extend(out);
            }
            DocumentChild::TableOfContents(_) => self.skip(SkippedKind::Field, "TOC".to_owned()),
            DocumentChild::BookmarkStart(_)
            | DocumentChild::BookmarkEnd(_)
            | DocumentChild::Section(_) => {}
        }
    }

    fn sdt_children(&mut self, children: &[StructuredDataTagChild], out: &mut Vec<Block>) {
        let mut loose = Vec::new();
        for child in children {
            match child {
                StructuredDataTagChild::Run(r) => self.run(r, &[], &mut loose),
                StructuredDataTagChild::Paragraph(p) => {
                    if let Some(b) = self.paragraph(p) {
                        out.push(b);
                    }
                }
                StructuredDataTagChild::Table(t) => out.push(self.table(t)),
                StructuredDataTagChild::StructuredDataTag(s) => {
                    self.sdt_children(&s.children, out);
                }
                StructuredDataTagChild::CommentStart(c) => self.comment_start(c.id),
                StructuredDataTagChild::CommentEnd(c) => {
                    self.comment_end(c);
                }
                StructuredDataTagChild::BookmarkStart(_)
                | StructuredDataTagChild::BookmarkEnd(_) => {}
            }
        }
        if !loose.is_empty() {
            out.push(Block::Paragraph { text: loose });
        }
    }

    fn table(&mut self, table: &Table) -> Block {
        let mut rows = Vec::new();
        for TableChild::TableRow(row) in &table.rows {
            let mut cells = Vec::new();
            for TableRowChild::TableCell(cell) in &row.cells {
                let mut blocks = Vec::new();
                for content in &cell.children {
                    match content {
                        TableCellContent::Paragraph(p) => {
                            if let Some(b) = self.paragraph(p) {
                                blocks.push(b);
                            }
                        }
                        TableCellContent::Table(t) => blocks.push(self.table(t)),
                        TableCellContent::StructuredDataTag(s) => {
                            self.sdt_children(&s.children, &mut blocks);
                        }
                        TableCellContent::TableOfContents(_) => {
                            self.skip(SkippedKind::Field, "TOC".to_owned());
                        }
                    }
                }
                cells.push(Cell { blocks });
            }
            rows.push(cells);
        }
        Block::Table { rows }
    }

    /// A paragraph as a block, or none when it holds nothing (an empty paragraph, or one made
    /// only of a generated field's result, such as a line of a table of contents).
    fn paragraph(&mut self, p: &Paragraph) -> Option<Block> {
        let mut spans = Vec::new();
        self.paragraph_children(&p.children, &[], &mut spans);
        let spans = merge(spans);
        if spans.iter().all(|s| s.text.trim().is_empty()) {
            return None;
        }
        let style = p
            .property
            .style
            .as_ref()
            .and_then(|s| self.styles.get(&s.val).copied())
            .unwrap_or_default();
        let heading = match p.property.outline_lvl.as_ref().map(|o| o.v) {
            Some(v) if v < 9 => Some(v as u8 + 1),
            Some(_) => None,
            None => style.heading,
        };
        if let Some(level) = heading {
            return Some(Block::Heading { level, text: spans });
        }
        let numbering = match &p.property.numbering_property {
            Some(np) => np
                .id
                .as_ref()
                .map(|id| (id.id, np.level.as_ref().map_or(0, |l| l.val))),
            None => style.numbering,
        };
        match numbering {
            Some((id, level)) if id != 0 => Some(Block::ListItem {
                level: level.min(9) as u8,
                ordered: self.is_ordered(id, level),
                text: spans,
            }),
            _ => Some(Block::Paragraph { text: spans }),
        }
    }

    fn is_ordered(&self, num_id: usize, level: usize) -> bool {
        let numberings = &self.docx.numberings;
        let Some(num) = numberings.numberings.iter().find(|n| n.id == num_id) else {
            return false;
        };
        let overridden = num
            .level_overrides
            .iter()
            .find(|o| o.level == level)
            .and_then(|o| o.override_level.as_ref());
        let format = overridden
            .or_else(|| {
                numberings
                    .abstract_nums
                    .iter()
                    .find(|a| a.id == num.abstract_num_id)
                    .and_then(|a| a.levels.iter().find(|l| l.level == level))
            })
            .map(|l| l.format.val.as_str());
        !matches!(format, None | Some("bullet" | "none"))
    }

    fn paragraph_children(
        &mut self,
        children: &[ParagraphChild],
        changes: &[Change],
        out: &mut Vec<Span>,
    ) {
        for child in children {
            match child {
                ParagraphChild::Run(r) => self.run(r, changes, out),
                ParagraphChild::Insert(ins) => self.insert(ins, changes, out),
                ParagraphChild::Delete(del) => self.delete(del, changes, out),
                ParagraphChild::MoveFrom(m) => {
                    let changes = with(changes, deleted(&m.author, &m.date));
                    for c in &m.children {
                        match c {
                            MoveFromChild::Run(r) => self.run(r, &changes, out),
                            MoveFromChild::CommentStart(c) => self.comment_start(c.id),
                            MoveFromChild::CommentEnd(c) => {
                                self.comment_end(c);
                            }
                        }
                    }
                }
                ParagraphChild::MoveTo(m) => {
                    let changes = with(changes, inserted(&m.author, &m.date));
                    for c in &m.children {
                        match c {
                            MoveToChild::Run(r) => self.run(r, &changes, out),
                            MoveToChild::Delete(d) => self.delete(d, &changes, out),
                            MoveToChild::CommentStart(c) => self.comment_start(c.id),
                            MoveToChild::CommentEnd(c) => {
                                self.comment_end(c);
                            }
                        }
                    }
                }
                ParagraphChild::Hyperlink(h) => self.paragraph_children(&h.children, changes, out),
                ParagraphChild::CommentStart(c) => self.comment_start(c.id),
                ParagraphChild::CommentEnd(c) => {
                    self.comment_end(c);
                }
                ParagraphChild::StructuredDataTag(sdt) => {
                    for c in &sdt.children {
                        match c {
                            StructuredDataTagChild::Run(r) => self.run(r, changes, out),
                            StructuredDataTagChild::Paragraph(p) => {
                                self.paragraph_children(&p.children, changes, out);
                            }
                            StructuredDataTagChild::CommentStart(c) => self.comment_start(c.id),
                            StructuredDataTagChild::CommentEnd(c) => {
                                self.comment_end(c);
                            }
                            StructuredDataTagChild::Table(t) => {
                                let text = table_plain_text(t);
                                out.push(self.span(text, false, false, changes));
                            }
                            StructuredDataTagChild::StructuredDataTag(_)
                            | StructuredDataTagChild::BookmarkStart(_)
                            | StructuredDataTagChild::BookmarkEnd(_) => {}
                        }
                    }
                }
                ParagraphChild::PageNum(_) => self.skip(SkippedKind::Field, "PAGE".to_owned()),
                ParagraphChild::NumPages(_) => {
                    self.skip(SkippedKind::Field, "NUMPAGES".to_owned());
                }
                ParagraphChild::BookmarkStart(_) | ParagraphChild::BookmarkEnd(_) => {}
            }
        }
    }

    fn insert(&mut self, ins: &Insert, changes: &[Change], out: &mut Vec<Span>) {
        let changes = with(changes, inserted(&ins.author, &ins.date));
        for c in &ins.children {
            match c {
                InsertChild::Run(r) => self.run(r, &changes, out),
                InsertChild::Delete(d) => self.delete(d, &changes, out),
                InsertChild::CommentStart(c) => self.comment_start(c.id),
                InsertChild::CommentEnd(c) => {
                    self.comment_end(c);
                }
            }
        }
    }

    fn delete(&mut self, del: &Delete, changes: &[Change], out: &mut Vec<Span>) {
        let changes = with(changes, deleted(&del.author, &del.date));
        for c in &del.children {
            match c {
                DeleteChild::Run(r) => self.run(r, &changes, out),
                DeleteChild::CommentStart(c) => self.comment_start(c.id),
                DeleteChild::CommentEnd(c) => {
                    self.comment_end(c);
                }
            }
        }
    }

    fn span(&self, text: String, bold: bool, italic: bool, changes: &[Change]) -> Span {
        Span {
            text,
            bold,
            italic,
            changes: changes.to_vec(),
            comments: self.open_comments.iter().copied().collect(),
        }
    }

    /// Whether text read now is a generated field's result, not the author's text.
    fn in_generated_field(&self) -> bool {
        self.fields
            .iter()
            .any(|f| f.in_result && is_generated(&f.instruction))
            || self.fields.iter().any(|f| !f.in_result)
    }

    fn run(&mut self, run: &Run, changes: &[Change], out: &mut Vec<Span>) {
        let bold = flag(&run.run_property.bold);
        let italic = flag(&run.run_property.italic);
        let push = |reader: &mut Self, text: &str, out: &mut Vec<Span>| {
            if reader.in_generated_field() {
                if let Some(f) = reader.fields.last_mut() {
                    f.shown.push_str(text);
                }
                return;
            }
            out.push(reader.span(text.to_owned(), bold, italic, changes));
        };
        for child in &run.children {
            match child {
                RunChild::Text(t) => push(self, &t.text, out),
                RunChild::DeleteText(t) => push(self, &field_str(t, "text"), out),
                RunChild::Tab(_) | RunChild::PTab(_) => push(self, "\t", out),
                RunChild::Break(_) | RunChild::CarriageReturn(_) => push(self, "\n", out),
                RunChild::Sym(s) => {
                    let shown = u32::from_str_radix(&s.char, 16)
                        .ok()
                        .and_then(char::from_u32)
                        .filter(|c| !('\u{F000}'..='\u{F0FF}').contains(c));
                    match shown {
                        Some(c) => push(self, &c.to_string(), out),
                        None => self.skip(SkippedKind::Symbol, format!("{} {}", s.font, s.char)),
                    }
                }
                RunChild::Drawing(d) => match &d.data {
                    Some(DrawingData::Pic(_)) => self.skip(SkippedKind::Image, String::new()),
                    Some(DrawingData::TextBox(tb)) => {
                        let text = tb
                            .children
                            .iter()
                            .map(|c| match c {
                                docx_rs::TextBoxContentChild::Paragraph(p) => plain_text(p),
                                docx_rs::TextBoxContentChild::Table(t) => table_plain_text(t),
                            })
                            .collect::<Vec<_>>()
                            .join("\n");
                        self.skip(SkippedKind::TextBox, text);
                    }
                    None => self.skip(SkippedKind::Drawing, String::new()),
                },
                RunChild::Shape(s) => {
                    let kind = if s.image_data.is_some() {
                        SkippedKind::Image
                    } else {
                        SkippedKind::Drawing
                    };
                    self.skip(kind, String::new());
                }
                RunChild::CommentStart(c) => self.comment_start(c.id),
                RunChild::CommentEnd(c) => {
                    self.comment_end(c);
                }
                RunChild::FieldChar(f) => match f.field_char_type {
                    FieldCharType::Begin => self.fields.push(Field::default()),
                    FieldCharType::Separate => {
                        if let Some(f) = self.fields.last_mut() {
                            f.in_result = true;
                        }
                    }
                    FieldCharType::End => {
                        if let Some(f) = self.fields.pop()
                            && is_generated(&f.instruction)
                        {
                            let instruction = f.instruction.trim().to_owned();
                            let text = if f.shown.trim().is_empty() {
                                instruction
                            } else {
                                format!("{instruction}: {}", f.shown.trim())
                            };
                            self.skip(SkippedKind::Field, text);
                        }
                    }
                    FieldCharType::Unsupported => {}
                },
                RunChild::InstrTextString(s) => {
                    if let Some(f) = self.fields.last_mut() {
                        f.instruction.push_str(&unescape(s));
                    }
                }
                RunChild::InstrText(i) => {
                    if let Some(f) = self.fields.last_mut() {
                        f.instruction.push_str(&format!("{i:?}"));
                    }
                }
                RunChild::DeleteInstrText(_) | RunChild::Shading(_) => {}
                RunChild::FootnoteReference(f) => {
                    let text = f.content.iter().map(plain_text).collect::<Vec<_>>();
                    self.skip(SkippedKind::Footnote, text.join("\n"));
                }
            }
        }
    }

    fn finish_page_parts(&mut self, docx: &Docx) {
        let sp = &docx.document.section_property;
        let headers = [&sp.header, &sp.first_header, &sp.even_header];
        for (_, h) in headers.into_iter().flatten() {
            let text = h
                .children
                .iter()
                .map(|c| match c {
                    docx_rs::HeaderChild::Paragraph(p) => plain_text(p),
                    docx_rs::HeaderChild::Table(t) => table_plain_text(t),
                    docx_rs::HeaderChild::StructuredDataTag(_) => String::new(),
                })
                .filter(|t| !t.trim().is_empty())
                .collect::<Vec<_>>()
                .join("\n");
            self.skipped.push(Skipped {
                kind: SkippedKind::Header,
                block: None,
                text,
            });
        }
        let footers = [&sp.footer, &sp.first_footer, &sp.even_footer];
        for (_, f) in footers.into_iter().flatten() {
            let text = f
                .children
                .iter()
                .map(|c| match c {
                    docx_rs::FooterChild::Paragraph(p) => plain_text(p),
                    docx_rs::FooterChild::Table(t) => table_plain_text(t),
                    docx_rs::FooterChild::StructuredDataTag(_) => String::new(),
                })
                .filter(|t| !t.trim().is_empty())
                .collect::<Vec<_>>()
                .join("\n");
            self.skipped.push(Skipped {
                kind: SkippedKind::Footer,
                block: None,
                text,
            });
        }
    }
}

/// Fields whose result Word generates (a table of contents, page numbers, dates,
/// cross-references): their shown text is not the author's and is listed as skipped. The result
/// of other fields (a hyperlink, a merge field) is kept as text.
fn is_generated(instruction: &str) -> bool {
    let word = instruction
        .split_whitespace()
        .next()
        .unwrap_or("")
        .trim_start_matches('\\')
        .to_ascii_uppercase();
    matches!(
        word.as_str(),
        "TOC"
            | "PAGE"
            | "NUMPAGES"
            | "SECTIONPAGES"
            | "PAGEREF"
            | "REF"
            | "NOTEREF"
            | "DATE"
            | "TIME"
            | "CREATEDATE"
            | "SAVEDATE"
            | "PRINTDATE"
            | "FILENAME"
            | "SEQ"
            | "INDEX"
            | "TA"
            | "TC"
            | "XE"
    ) || word.starts_with("TOC")
}

fn with(changes: &[Change], change: Change) -> Vec<Change> {
    let mut all = changes.to_vec();
    all.push(change);
    all
}

fn inserted(author: &str, date: &str) -> Change {
    Change::Inserted {
        author: unescape(author),
        date: date.to_owned(),
    }
}

fn deleted(author: &str, date: &str) -> Change {
    Change::Deleted {
        author: unescape(author),
        date: date.to_owned(),
    }
}

/// Joins neighbouring spans of the same formatting, change and comments.
fn merge(spans: Vec<Span>) -> Vec<Span> {
    let mut out: Vec<Span> = Vec::with_capacity(spans.len());
    for s in spans {
        if s.text.is_empty() {
            continue;
        }
        match out.last_mut() {
            Some(last)
                if last.bold == s.bold
                    && last.italic == s.italic
                    && last.changes == s.changes
                    && last.comments == s.comments =>
            {
                last.text.push_str(&s.text);
            }
            _ => out.push(s),
        }
    }
    out
}

/// The shown text of a paragraph outside the body (a comment, a header, a text box), without
/// reading its structure.
fn plain_text(p: &Paragraph) -> String {
    fn children(list: &[ParagraphChild], out: &mut String) {
        for c in list {
            match c {
                ParagraphChild::Run(r) => run(r, out),
                ParagraphChild::Insert(i) => {
                    for c in &i.children {
                        if let InsertChild::Run(r) = c {
                            run(r, out);
                        }
                    }
                }
                ParagraphChild::MoveTo(m) => {
                    for c in &m.children {
                        if let MoveToChild::Run(r) = c {
                            run(r, out);
                        }
                    }
                }
                ParagraphChild::Hyperlink(h) => children(&h.children, out),
                ParagraphChild::StructuredDataTag(s) => {
                    for c in &s.children {
                        match c {
                            StructuredDataTagChild::Run(r) => run(r, out),
                            StructuredDataTagChild::Paragraph(p) => children(&p.children, out),
                            _ => {}
                        }
                    }
                }
                _ => {}
            }
        }
    }
    fn run(r: &Run, out: &mut String) {
        for c in &r.children {
            match c {
                RunChild::Text(t) => out.push_str(&t.text),
                RunChild::Tab(_) => out.push('\t'),
                RunChild::Break(_) => out.push('\n'),
                _ => {}
            }
        }
    }
    let mut out = String::new();
    children(&p.children, &mut out);
    out
}

fn table_plain_text(t: &Table) -> String {
    t.rows
        .iter()
        .map(|TableChild::TableRow(row)| {
            row.cells
                .iter()
                .map(|TableRowChild::TableCell(cell)| {
                    cell.children
                        .iter()
                        .map(|c| match c {
                            TableCellContent::Paragraph(p) => plain_text(p),
                            TableCellContent::Table(t) => table_plain_text(t),
                            _ => String::new(),
                        })
                        .collect::<Vec<_>>()
                        .join("\n")
                })
                .collect::<Vec<_>>()
                .join("\t")
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Whether an on/off property (bold, italic) is on; docx-rs keeps its value private but
/// serialises it.
fn flag<T: Serialize>(value: &Option<T>) -> bool {
    value
        .as_ref()
        .and_then(|v| serde_json::to_value(v).ok())
        .and_then(|v| v.as_bool())
        .unwrap_or(false)
}

/// A private string field of a serialisable value (a deleted run's text).
fn field_str<T: Serialize>(value: &T, field: &str) -> String {
    serde_json::to_value(value)
        .ok()
        .and_then(|v| v.get(field).and_then(|f| f.as_str().map(str::to_owned)))
        .unwrap_or_default()
}

/// A serialised private string (a style's name, what it is based on).
fn string_of<T: Serialize>(value: &T) -> String {
    serde_json::to_value(value)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default()
}

/// docx-rs keeps some attributes (authors, names) XML-escaped.
fn unescape(s: &str) -> String {
    if !s.contains('&') {
        return s.to_owned();
    }
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&#39;", "'")
        .replace("&#xA;", "\n")
        .replace("&amp;", "&")
}

/// The heading level a style's name or id names: "heading 2", "Heading2", "Overskrift 2",
/// "Title", "Tittel".
fn heading_level_of_name(name: &str) -> Option<u8> {
    let lower: String = name
        .to_lowercase()
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '_' && *c != '-')
        .collect();
    if matches!(lower.as_str(), "title" | "tittel") {
        return Some(0);
    }
    for prefix in ["heading", "overskrift"] {
        if let Some(rest) = lower.strip_prefix(prefix)
            && let Ok(n) = rest.parse::<u8>()
            && (1..=9).contains(&n)
        {
            return Some(n);
        }
    }
    None
}

/// Every paragraph style's heading level and numbering, resolved through the styles it is
/// based on.
fn style_table(docx: &Docx) -> HashMap<String, StyleInfo> {
    struct Raw {
        heading: Option<u8>,
        numbering: Option<(usize, usize)>,
        based_on: Option<String>,
    }
    let raw: HashMap<String, Raw> = docx
        .styles
        .styles
        .iter()
        .map(|s| {
            let name = unescape(&string_of(&s.name));
            let heading = heading_level_of_name(&name)
                .or_else(|| heading_level_of_name(&s.style_id))
                .or_else(|| {
                    s.paragraph_property
                        .outline_lvl
                        .as_ref()
                        .filter(|o| o.v < 9)
                        .map(|o| o.v as u8 + 1)
                });
            let numbering = s
                .paragraph_property
                .numbering_property
                .as_ref()
                .and_then(|np| {
                    np.id
                        .as_ref()
                        .map(|id| (id.id, np.level.as_ref().map_or(0, |l| l.val)))
                });
            let based_on = s.based_on.as_ref().map(string_of);
            (
                s.style_id.clone(),
                Raw {
                    heading,
                    numbering,
                    based_on,
                },
            )
        })
        .collect();
    raw.keys()
        .map(|id| {
            let mut info = StyleInfo::default();
            let mut current = Some(id.as_str());
            let mut heading_known = false;
            let mut numbering_known = false;
            for _ in 0..16 {
                let Some(r) = current.and_then(|c| raw.get(c)) else {
                    break;
                };
                if !heading_known && r.heading.is_some() {
                    info.heading = r.heading;
                    heading_known = true;
                }
                if !numbering_known && r.numbering.is_some() {
                    info.numbering = r.numbering;
                    numbering_known = true;
                }
                current = r.based_on.as_deref();
            }
            (id.clone(), info)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use docx_rs::{
        AbstractNumbering, Comment as DocxComment, Delete, Docx, IndentLevel, Insert, Level,
        LevelJc, LevelText, NumberFormat, Numbering, NumberingId, Paragraph, Run, Start, Style,
        StyleType, Table, TableCell, TableRow,
    };

    fn bytes(docx: Docx) -> Vec<u8> {
        let mut out = std::io::Cursor::new(Vec::new());
        docx.build().pack(&mut out).expect("pack");
        out.into_inner()
    }

    fn read(docx: Docx) -> Outline {
        outline(&crate::package::read(&bytes(docx)).expect("read back"))
    }

    fn para(text: &str) -> Paragraph {
        Paragraph::new().add_run(Run::new().add_text(text))
    }

    #[test]
    fn headings_by_style_id_name_and_outline_level() {
        let docx = Docx::new()
            .add_style(Style::new("Heading1", StyleType::Paragraph).name("heading 1"))
            .add_style(Style::new("Overskrift2", StyleType::Paragraph).name("Overskrift 2"))
            .add_style(Style::new("Tittel", StyleType::Paragraph).name("Title"))
            .add_style(Style::new("Custom", StyleType::Paragraph).name("Min stil"))
            .add_style(
                Style::new("Mine", StyleType::Paragraph)
                    .name("Min overskrift")
                    .based_on("Heading1"),
            )
            .add_paragraph(para("Samarbeidsavtale").style("Tittel"))
            .add_paragraph(para("1. Formål").style("Heading1"))
            .add_paragraph(para("1.1 Mål").style("Overskrift2"))
            .add_paragraph(para("Tekst."))
            .add_paragraph(para("Basert").style("Mine"))
            .add_paragraph(para("Disposisjon").outline_lvl(2))
            .add_paragraph(para("Vanlig").style("Custom"));
        let o = read(docx);
        let got: Vec<(Option<u8>, String)> = o
            .blocks
            .iter()
            .map(|b| match b {
                Block::Heading { level, .. } => (Some(*level), b.text()),
                _ => (None, b.text()),
            })
            .collect();
        assert_eq!(
            got,
            vec![
                (Some(0), "Samarbeidsavtale".to_owned()),
                (Some(1), "1. Formål".to_owned()),
                (Some(2), "1.1 Mål".to_owned()),
                (None, "Tekst.".to_owned()),
                (Some(1), "Basert".to_owned()),
                (Some(3), "Disposisjon".to_owned()),
                (None, "Vanlig".to_owned()),
            ]
        );
    }

    #[test]
    fn tracked_changes_nested_and_formatting() {
        let ins = Insert::new(Run::new().add_text("fylkeskommunen "))
            .author("Kari Nordmann")
            .date("2026-01-02T10:00:00Z")
            .add_delete(
                Delete::new()
                    .add_run(Run::new().add_delete_text("kommunen "))
                    .author("Ola & Co"),
            );
        let p = Paragraph::new()
            .add_run(Run::new().add_text("Nav og "))
            .add_insert(ins)
            .add_delete(
                Delete::new()
                    .add_run(Run::new().add_delete_text("staten "))
                    .author("Per"),
            )
            .add_run(Run::new().add_text("samarbeider").bold())
            .add_run(Run::new().add_text(" godt.").italic());
        let o = read(Docx::new().add_paragraph(p));
        let b = &o.blocks[0];
        assert_eq!(b.text(), "Nav og fylkeskommunen samarbeider godt.");
        assert_eq!(b.text_before(), "Nav og staten samarbeider godt.");
        assert!(o.has_changes());
        let spans = b.spans();
        let nested = spans
            .iter()
            .find(|s| s.text == "kommunen ")
            .expect("nested deletion");
        assert_eq!(
            nested.changes,
            vec![
                Change::Inserted {
                    author: "Kari Nordmann".into(),
                    date: "2026-01-02T10:00:00Z".into()
                },
                Change::Deleted {
                    author: "Ola & Co".into(),
                    date: "1970-01-01T00:00:00Z".into()
                },
            ]
        );
        assert!(spans.iter().any(|s| s.text == "samarbeider" && s.bold));
        assert!(
            spans
                .iter()
                .any(|s| s.text == " godt." && s.italic && !s.bold)
        );
    }

    #[test]
    fn comments_and_their_anchors() {
        let c = DocxComment::new(3)
            .author("Leder <Nav>")
            .date("2026-02-01T00:00:00Z")
            .add_paragraph(para("Skal vi si halvår?"));
        let docx = Docx::new().add_paragraph(para("Innledning")).add_paragraph(
            Paragraph::new()
                .add_run(Run::new().add_text("Partene møtes "))
                .add_comment_start(c)
                .add_run(Run::new().add_text("hvert år"))
                .add_comment_end(3)
                .add_run(Run::new().add_text(".")),
        );
        let o = read(docx);
        assert_eq!(o.comments.len(), 1);
        let c = &o.comments[0];
        assert_eq!(
            (c.id, c.author.as_str(), c.text.as_str(), c.block),
            (3, "Leder <Nav>", "Skal vi si halvår?", Some(1))
        );
        let spans = o.blocks[1].spans();
        assert_eq!(
            spans
                .iter()
                .map(|s| (s.text.as_str(), s.comments.clone()))
                .collect::<Vec<_>>(),
            vec![
                ("Partene møtes ", vec![]),
                ("hvert år", vec![3]),
                (".", vec![])
            ]
        );
    }

    #[test]
    fn lists_tables_and_fields() {
        let numbering = Numberings(vec![(1, "decimal"), (2, "bullet")]);
        let mut docx = Docx::new();
        for (id, fmt) in numbering.0 {
            docx = docx
                .add_abstract_numbering(AbstractNumbering::new(id).add_level(Level::new(
                    0,
                    Start::new(1),
                    NumberFormat::new(fmt),
                    LevelText::new("%1."),
                    LevelJc::new("left"),
                )))
                .add_numbering(Numbering::new(id, id));
        }
        let table = Table::new(vec![
            TableRow::new(vec![
                TableCell::new().add_paragraph(para("Tiltak")),
                TableCell::new().add_paragraph(para("Ansvar")),
            ]),
            TableRow::new(vec![
                TableCell::new().add_paragraph(para("Kurs")),
                TableCell::new().add_paragraph(para("Nav")),
            ]),
        ]);
        docx = docx
            .add_paragraph(para("Først").numbering(NumberingId::new(1), IndentLevel::new(0)))
            .add_paragraph(para("Punkt").numbering(NumberingId::new(2), IndentLevel::new(0)))
            .add_table(table)
            .add_paragraph(
                Paragraph::new()
                    .add_run(Run::new().add_text("Side "))
                    .add_run(Run::new().add_field_char(FieldCharType::Begin, false))
                    .add_run(
                        Run::new()
                            .add_instr_text(docx_rs::InstrText::PAGE(docx_rs::InstrPAGE::new())),
                    )
                    .add_run(Run::new().add_field_char(FieldCharType::Separate, false))
                    .add_run(Run::new().add_text("4"))
                    .add_run(Run::new().add_field_char(FieldCharType::End, false)),
            );
        let o = read(docx);
        assert_eq!(
            o.blocks[0],
            Block::ListItem {
                level: 0,
                ordered: true,
                text: vec![Span {
                    text: "Først".into(),
                    ..Span::default()
                }]
            }
        );
        assert!(matches!(
            o.blocks[1],
            Block::ListItem { ordered: false, .. }
        ));
        assert_eq!(o.blocks[2].text(), "Tiltak\tAnsvar\nKurs\tNav");
        assert_eq!(o.blocks[3].text(), "Side ");
        assert!(
            o.skipped
                .iter()
                .any(|s| s.kind == SkippedKind::Field && s.text.contains('4')),
            "{:?}",
            o.skipped
        );
    }

    struct Numberings(Vec<(usize, &'static str)>);
}
