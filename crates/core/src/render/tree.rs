//! The agreement as one typed document tree, made once: the title and its facts, numbered
//! sections of blocks (subheadings, paragraphs of runs, lists, tables, facts), and the signature
//! blocks. Every output renders from this tree: Markdown, HTML (the preview and the export), the
//! PDF's data and the comparison of two versions. The prose of a section is parsed here and
//! nowhere else, so a heading a user writes stays inside its section in every output.
//!
//! Nothing from the agreement becomes markup: text is only ever a run's text. Raw HTML in prose
//! becomes visible text, links keep only `http`, `https` and `mailto` targets, and images
//! become their description.

use pulldown_cmark::utils::TextMergeStream;
use pulldown_cmark::{Event, HeadingLevel, Parser, Tag, TagEnd};
use serde::Serialize;

use crate::agreement::{
    Agreement, AgreementKind, Generated, GlossaryEntry, PartyId, Place, Relation, Section,
};
use crate::clause::{Holder, Member};
use crate::family::FamilyMember;
use crate::lang::{Lang, Locale};
use crate::messages::{self, Label};

use super::prose;
use super::reference::{self, Reference, Values};

/// A piece of text with one look. The short field names are what the PDF template reads.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Run {
    /// The text. A `\n` in it is a line break within the paragraph.
    #[serde(rename = "t")]
    pub text: String,
    /// Bold.
    #[serde(rename = "b", skip_serializing_if = "is_false")]
    pub bold: bool,
    /// Italic.
    #[serde(rename = "i", skip_serializing_if = "is_false")]
    pub italic: bool,
    /// Struck through.
    #[serde(rename = "s", skip_serializing_if = "is_false")]
    pub strike: bool,
    /// Code (set in the body font in print; kept apart in Markdown).
    #[serde(rename = "c", skip_serializing_if = "is_false")]
    pub code: bool,
    /// The name of a party or organisation: never hyphenated in print.
    #[serde(rename = "n", skip_serializing_if = "is_false")]
    pub name: bool,
    /// A link's target (only `http`, `https` or `mailto`); print shows the text.
    #[serde(rename = "u", skip_serializing_if = "Option::is_none")]
    pub link: Option<String>,
    /// A live reference (`reference::Reference::key`, no brackets): the text is its value now.
    #[serde(rename = "r", skip_serializing_if = "Option::is_none")]
    pub reference: Option<String>,
}

#[allow(clippy::trivially_copy_pass_by_ref)]
fn is_false(b: &bool) -> bool {
    !*b
}

impl Run {
    /// Plain text.
    pub fn plain(text: impl Into<String>) -> Run {
        Run {
            text: text.into(),
            ..Run::default()
        }
    }

    /// Bold text.
    pub fn bold(text: impl Into<String>) -> Run {
        Run {
            text: text.into(),
            bold: true,
            ..Run::default()
        }
    }

    /// A party's or organisation's name.
    pub fn name(text: impl Into<String>) -> Run {
        Run {
            text: text.into(),
            name: true,
            ..Run::default()
        }
    }

    fn same_look(&self, other: &Run) -> bool {
        self.bold == other.bold
            && self.italic == other.italic
            && self.strike == other.strike
            && self.code == other.code
            && self.name == other.name
            && self.link == other.link
            && self.reference == other.reference
    }
}

/// A sequence of runs: a paragraph's, a cell's or a fact's text.
pub type Runs = Vec<Run>;

/// The plain text of runs.
pub fn text_of(runs: &[Run]) -> String {
    runs.iter().map(|r| r.text.as_str()).collect()
}

/// Runs in the order given, cut where the link changes: each piece shares one link target (or
/// has none), so a writer can wrap it in one link.
pub fn by_link(runs: &[Run]) -> Vec<(Option<&str>, &[Run])> {
    let mut out = Vec::new();
    let mut start = 0;
    for i in 1..=runs.len() {
        if i == runs.len() || runs[i].link != runs[start].link {
            out.push((runs[start].link.as_deref(), &runs[start..i]));
            start = i;
        }
    }
    out
}

/// Appends a run, joined to the last one when both look the same.
fn push_run(runs: &mut Runs, run: Run) {
    if run.text.is_empty() {
        return;
    }
    match runs.last_mut() {
        Some(last) if last.same_look(&run) => last.text.push_str(&run.text),
        _ => runs.push(run),
    }
}

/// One labelled value ("Hyppighet: 4 ganger i året").
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Fact {
    /// The label, without the colon.
    pub label: String,
    /// The value.
    pub value: Runs,
}

/// A block of a section.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "k")]
pub enum Block {
    /// A subheading inside a section: level 1 is the first level below the section's heading.
    /// Numbered sub-points ("7.1 Drift") keep the number the user wrote, in the text.
    #[serde(rename = "h")]
    Heading {
        /// 1, 2 or 3.
        level: u8,
        /// The heading's text.
        runs: Runs,
    },
    /// A paragraph. `keep` marks a label that belongs to what follows it (a role's or a
    /// meeting body's name before its table), kept on the same page in print.
    #[serde(rename = "p")]
    Paragraph {
        /// The text.
        runs: Runs,
        /// Keep with the next block.
        #[serde(skip_serializing_if = "is_false")]
        keep: bool,
    },
    /// A list; each item holds blocks (a paragraph, and maybe a nested list).
    #[serde(rename = "list")]
    List {
        /// Numbered.
        ordered: bool,
        /// The first number of a numbered list.
        start: u64,
        /// The items.
        items: Vec<Vec<Block>>,
    },
    /// A table with a header row. Columns with nothing in any row are left out.
    #[serde(rename = "table")]
    Table {
        /// The header cells.
        head: Vec<Runs>,
        /// The rows, each as many cells as the header.
        rows: Vec<Vec<Runs>>,
    },
    /// Labelled values, one per line.
    #[serde(rename = "facts")]
    Facts {
        /// The facts; none has an empty value.
        items: Vec<Fact>,
    },
    /// A quotation.
    #[serde(rename = "quote")]
    Quote {
        /// What is quoted.
        blocks: Vec<Block>,
    },
    /// Preformatted text, shown as written.
    #[serde(rename = "code")]
    Code {
        /// The text, lines kept.
        text: String,
    },
}

/// Characters in the line a party signs on, where a print has no drawn line (Markdown, HTML).
pub const SIGNATURE_LINE_CHARS: usize = 32;

/// Characters in the line for place and date, likewise.
pub const PLACE_LINE_CHARS: usize = 24;

/// One party's signature block.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Signature {
    /// The party's organisation.
    pub party: String,
    /// Who signs, when known.
    pub name: String,
    /// Their title, when known.
    pub title: String,
    /// Where the party signs or signed ("Bergen"): its registered signing's place, else the
    /// planned common place; empty leaves a line to write it on.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub place: String,
    /// When, likewise ("1. mars 2021").
    #[serde(skip_serializing_if = "String::is_empty")]
    pub date: String,
    /// The party's contact person for the agreement, with label, e-mail and phone
    /// ("Kontaktperson: Kari Nordmann, kari@nav.no, telefon 55 55 55 55"), when known.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub contact: String,
}

impl Signature {
    /// The place and date line after its label, `blank` (a line to write on) standing for
    /// what is not known ("Bergen, ____").
    pub fn place_and_date(&self, blank: &str) -> String {
        messages::place_and_date(&self.place, &self.date, blank)
    }
}

/// What a print shows of the agreements around this one, gathered by the caller (the CLI's and
/// the app's exports read them through `store`): the tree itself reads no file.
#[derive(Debug, Clone, Copy, Default)]
pub struct Surroundings<'a> {
    /// The family's sub-agreements and action plans, for a main agreement's print
    /// ([`crate::family::Family::members`]); a sub-agreement's print names its main agreement
    /// from its own link.
    pub members: &'a [FamilyMember],
}

/// A section of the printed agreement.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TreeSection {
    /// The section's stable id (none for a part the agreement adds, such as the glossary).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Its number (from 1), as in the editor; none for an added part.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub number: Option<u32>,
    /// The title without the number.
    pub title: String,
    /// What the section holds.
    pub blocks: Vec<Block>,
    /// Signature blocks, in the signatures section: one per signing party.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub signatures: Vec<Signature>,
}

impl TreeSection {
    /// The heading as printed: "7. Drift", or the title alone for an unnumbered part.
    pub fn heading(&self) -> String {
        match self.number {
            Some(n) => format!("{n}. {}", self.title),
            None => self.title.clone(),
        }
    }
}

/// The whole agreement as a tree.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Tree {
    /// The agreement's title.
    pub title: String,
    /// Kind, county, period, status and the main agreement, under the title.
    pub facts: Vec<Fact>,
    /// The sections in print order.
    pub sections: Vec<TreeSection>,
}

/// Makes the tree of an agreement, alone (no family around it).
pub fn build(agreement: &Agreement) -> Tree {
    build_in(agreement, Surroundings::default())
}

/// Makes the tree of an agreement with what its print shows of the agreements around it.
pub fn build_in(agreement: &Agreement, around: Surroundings<'_>) -> Tree {
    let mut b = Builder {
        agreement,
        around,
        lang: agreement.meta.language,
        markdown_left: prose::MAX_AGREEMENT_MARKDOWN_BYTES,
        names: agreement
            .parties
            .iter()
            .map(|p| flat(&p.organisation))
            .filter(|n| n.len() > 2)
            .collect(),
        values: Values::of(agreement),
    };
    let mut sections: Vec<TreeSection> = agreement
        .sections
        .iter()
        .enumerate()
        .map(|(i, s)| b.section(u32::try_from(i + 1).unwrap_or(u32::MAX), s))
        .collect();
    if !agreement.shows_glossary() && agreement.glossary.iter().any(GlossaryEntry::is_complete) {
        // The glossary is part of what is signed: it comes before the signatures.
        let glossary = TreeSection {
            id: None,
            number: None,
            title: b.l(Label::Glossary).to_owned(),
            blocks: b.glossary(),
            signatures: Vec::new(),
        };
        let at = agreement
            .sections
            .iter()
            .position(|s| s.signatures.is_some())
            .unwrap_or(sections.len());
        sections.insert(at, glossary);
    }
    Tree {
        title: flat(&agreement.meta.title),
        facts: b.front_matter(),
        sections,
    }
}

/// The blocks of one text of prose, as the tree holds them, with live references showing their
/// values in the agreement `values` come from (without values they stay as written). Texts too
/// long or too deeply nested to read as Markdown are plain paragraphs.
pub fn prose_blocks(text: &str, values: Option<Values<'_>>) -> Vec<Block> {
    if text.len() > prose::MAX_MARKDOWN_BYTES {
        return plain_paragraphs(&filled(text, values));
    }
    ProseReader {
        values,
        ..ProseReader::default()
    }
    .read(text)
    .unwrap_or_else(|| plain_paragraphs(&filled(text, values)))
}

/// The text with references replaced by their values, where there are values.
fn filled(text: &str, values: Option<Values<'_>>) -> String {
    values.map_or_else(|| text.to_owned(), |v| v.fill(text))
}

/// The text of prose as lines a comparison reads: one line per paragraph, heading, list item,
/// table row or line of code, without any markup, references showing their values.
pub fn prose_lines(text: &str, values: Option<Values<'_>>) -> String {
    let mut lines = Vec::new();
    for block in prose_blocks(text, values) {
        block_lines(&block, "", &mut lines);
    }
    lines.join("\n")
}

fn block_lines(block: &Block, indent: &str, out: &mut Vec<String>) {
    match block {
        Block::Heading { runs, .. } | Block::Paragraph { runs, .. } => {
            out.push(format!("{indent}{}", flat(&text_of(runs))));
        }
        Block::List {
            ordered,
            start,
            items,
        } => {
            for (n, item) in (*start..).zip(items) {
                let marker = if *ordered {
                    format!("{indent}{n}. ")
                } else {
                    format!("{indent}• ")
                };
                let mut inner = Vec::new();
                for b in item {
                    block_lines(b, "", &mut inner);
                }
                for (k, line) in inner.into_iter().enumerate() {
                    if k == 0 {
                        out.push(format!("{marker}{line}"));
                    } else {
                        out.push(format!("{indent}  {line}"));
                    }
                }
            }
        }
        Block::Table { head, rows } => {
            for row in std::iter::once(head).chain(rows) {
                let cells: Vec<String> = row.iter().map(|c| flat(&text_of(c))).collect();
                out.push(format!("{indent}{}", cells.join(" | ")));
            }
        }
        Block::Facts { items } => {
            for f in items {
                out.push(format!("{indent}{}: {}", f.label, flat(&text_of(&f.value))));
            }
        }
        Block::Quote { blocks } => {
            for b in blocks {
                block_lines(b, indent, out);
            }
        }
        Block::Code { text } => out.extend(text.lines().map(|l| format!("{indent}{l}"))),
    }
}

/// Text on one line: runs of whitespace become one space, none at the ends.
/// A NUL becomes U+FFFD, as CommonMark asks, so no output carries one.
fn flat(text: &str) -> String {
    text.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .replace('\0', "\u{fffd}")
}

/// The text as plain paragraphs, split at blank lines.
fn plain_paragraphs(text: &str) -> Vec<Block> {
    text.replace("\r\n", "\n")
        .split("\n\n")
        .map(flat)
        .filter(|p| !p.is_empty())
        .map(|p| Block::Paragraph {
            runs: vec![Run::plain(p)],
            keep: false,
        })
        .collect()
}

/// Containers open while reading prose.
enum Open {
    Quote(Vec<Block>),
    List {
        ordered: bool,
        start: u64,
        items: Vec<Vec<Block>>,
    },
    Item(Vec<Block>),
}

/// A table being read.
#[derive(Default)]
struct TableState {
    head: Vec<Runs>,
    rows: Vec<Vec<Runs>>,
    row: Vec<Runs>,
}

/// Reads one text of prose into blocks.
#[derive(Default)]
struct ProseReader<'a> {
    /// Where references get their values.
    values: Option<Values<'a>>,
    /// The references in the text, in order: what was written and what it points at. The text
    /// is read with each replaced by a marker (`MARK_OPEN` index `MARK_CLOSE`), so no value can
    /// become markup and no reference is cut by the parser.
    references: Vec<(String, Option<Reference>)>,
    root: Vec<Block>,
    open: Vec<Open>,
    runs: Runs,
    bold: u32,
    italic: u32,
    strike: u32,
    links: Vec<Option<String>>,
    heading: Option<HeadingLevel>,
    headings: Vec<(usize, HeadingLevel)>,
    code: Option<String>,
    table: Option<TableState>,
}

/// Lists and quotes nested deeper than this make a text plain paragraphs.
const MAX_NESTING: usize = 32;

/// Marks where a reference stands in prose while it is parsed (private-use characters, which
/// prose never holds: any found in it are replaced first).
const MARK_OPEN: char = '\u{E000}';
const MARK_CLOSE: char = '\u{E001}';

impl ProseReader<'_> {
    /// The text with each reference replaced by a marker, remembering the references.
    fn mark_references(&mut self, text: &str) -> String {
        let found = reference::find(text);
        let clean = |t: &str| t.replace([MARK_OPEN, MARK_CLOSE], "\u{fffd}");
        if found.is_empty() {
            return clean(text);
        }
        let mut out = String::with_capacity(text.len());
        let mut last = 0;
        for f in found {
            out.push_str(&clean(&text[last..f.range.start]));
            out.push(MARK_OPEN);
            out.push_str(&self.references.len().to_string());
            out.push(MARK_CLOSE);
            self.references
                .push((text[f.range.clone()].to_owned(), f.reference));
            last = f.range.end;
        }
        out.push_str(&clean(&text[last..]));
        out
    }

    /// A marked reference as a run: its value, or what was written when it has none.
    fn reference_run(&self, index: &str) -> Run {
        let Some((written, reference)) = index
            .parse::<usize>()
            .ok()
            .and_then(|i| self.references.get(i))
        else {
            return Run::plain(index);
        };
        let value = self
            .values
            .zip(reference.as_ref())
            .and_then(|(v, r)| v.value(r));
        match (value, reference) {
            (Some(value), Some(r)) => Run {
                text: value,
                name: r.is_name(),
                reference: Some(r.key()),
                ..Run::default()
            },
            _ => Run::plain(written.clone()),
        }
    }

    fn read(mut self, text: &str) -> Option<Vec<Block>> {
        let marked;
        let text = if self.values.is_some() {
            marked = self.mark_references(text);
            marked.as_str()
        } else {
            text
        };
        let events = prose::safe_events(Parser::new_ext(text, prose::options()));
        for event in TextMergeStream::new(events) {
            self.event(event);
            if self.open.len() > MAX_NESTING * 2 {
                return None;
            }
        }
        self.flush_inline();
        // Subheadings: the highest level the text uses becomes level 1 below the section.
        let top = self
            .headings
            .iter()
            .map(|(_, l)| level_number(*l))
            .min()
            .unwrap_or(1);
        relevel(&mut self.root, top);
        Some(self.root)
    }

    fn container(&mut self) -> &mut Vec<Block> {
        for open in self.open.iter_mut().rev() {
            match open {
                Open::Quote(blocks) | Open::Item(blocks) => return blocks,
                Open::List { .. } => {}
            }
        }
        &mut self.root
    }

    fn push_block(&mut self, block: Block) {
        self.container().push(block);
    }

    /// Text read outside a paragraph (a tight list item's) becomes a paragraph.
    fn flush_inline(&mut self) {
        let runs = trimmed(std::mem::take(&mut self.runs));
        if !runs.is_empty() {
            self.push_block(Block::Paragraph { runs, keep: false });
        }
    }

    fn text(&mut self, text: &str, code: bool) {
        if !text.contains(MARK_OPEN) {
            self.piece(text.to_owned(), code);
            return;
        }
        let mut rest = text;
        while let Some(open) = rest.find(MARK_OPEN) {
            self.piece(rest[..open].to_owned(), code);
            let after = &rest[open + MARK_OPEN.len_utf8()..];
            let close = after.find(MARK_CLOSE).unwrap_or(after.len());
            let run = self.reference_run(&after[..close]);
            if self.code.is_some() || code {
                self.piece(run.text, code);
            } else {
                push_run(
                    &mut self.runs,
                    Run {
                        bold: self.bold > 0,
                        italic: self.italic > 0,
                        strike: self.strike > 0,
                        link: self.links.iter().rev().find_map(Clone::clone),
                        ..run
                    },
                );
            }
            rest = after.get(close + MARK_CLOSE.len_utf8()..).unwrap_or("");
        }
        self.piece(rest.to_owned(), code);
    }

    /// Text with the look the reader is in.
    fn piece(&mut self, text: String, code: bool) {
        if let Some(block) = self.code.as_mut() {
            block.push_str(&text);
            return;
        }
        let run = Run {
            text,
            bold: self.bold > 0,
            italic: self.italic > 0,
            strike: self.strike > 0,
            code,
            name: false,
            link: self.links.iter().rev().find_map(Clone::clone),
            reference: None,
        };
        push_run(&mut self.runs, run);
    }

    fn event(&mut self, event: Event<'_>) {
        match event {
            Event::Start(Tag::Paragraph) => self.flush_inline(),
            Event::End(TagEnd::Paragraph) => {
                let runs = trimmed(std::mem::take(&mut self.runs));
                if !runs.is_empty() {
                    self.push_block(Block::Paragraph { runs, keep: false });
                }
            }
            Event::Start(Tag::Heading { level, .. }) => {
                self.flush_inline();
                self.heading = Some(level);
            }
            Event::End(TagEnd::Heading(_)) => {
                let runs = trimmed(std::mem::take(&mut self.runs));
                let level = self.heading.take().unwrap_or(HeadingLevel::H1);
                if !runs.is_empty() {
                    self.headings.push((self.open.len(), level));
                    // The level is set relative to the text's top level once all is read.
                    self.push_block(Block::Heading {
                        level: level_number(level),
                        runs,
                    });
                }
            }
            Event::Start(Tag::BlockQuote(_)) => {
                self.flush_inline();
                self.open.push(Open::Quote(Vec::new()));
            }
            Event::End(TagEnd::BlockQuote(_)) => {
                self.flush_inline();
                if let Some(Open::Quote(blocks)) = self.open.pop()
                    && !blocks.is_empty()
                {
                    self.push_block(Block::Quote { blocks });
                }
            }
            Event::Start(Tag::List(first)) => {
                self.flush_inline();
                self.open.push(Open::List {
                    ordered: first.is_some(),
                    start: first.unwrap_or(1),
                    items: Vec::new(),
                });
            }
            Event::End(TagEnd::List(_)) => {
                if let Some(Open::List {
                    ordered,
                    start,
                    items,
                }) = self.open.pop()
                {
                    self.push_block(Block::List {
                        ordered,
                        start,
                        items,
                    });
                }
            }
            Event::Start(Tag::Item) => self.open.push(Open::Item(Vec::new())),
            Event::End(TagEnd::Item) => {
                self.flush_inline();
                if let Some(Open::Item(blocks)) = self.open.pop()
                    && let Some(Open::List { items, .. }) = self.open.last_mut()
                {
                    items.push(blocks);
                }
            }
            Event::Start(Tag::CodeBlock(_)) => {
                self.flush_inline();
                self.code = Some(String::new());
            }
            Event::End(TagEnd::CodeBlock) => {
                if let Some(text) = self.code.take() {
                    let text = text.trim_end_matches('\n').to_owned();
                    if !text.trim().is_empty() {
                        self.push_block(Block::Code { text });
                    }
                }
            }
            Event::Start(Tag::Table(_)) => {
                self.flush_inline();
                self.table = Some(TableState::default());
            }
            Event::End(TagEnd::TableHead) => {
                if let Some(t) = self.table.as_mut() {
                    t.head = std::mem::take(&mut t.row);
                }
            }
            Event::End(TagEnd::TableCell) => {
                let runs = trimmed(std::mem::take(&mut self.runs));
                if let Some(t) = self.table.as_mut() {
                    t.row.push(runs);
                }
            }
            Event::End(TagEnd::TableRow) => {
                if let Some(t) = self.table.as_mut() {
                    let row = std::mem::take(&mut t.row);
                    t.rows.push(row);
                }
            }
            Event::End(TagEnd::Table) => {
                if let Some(t) = self.table.take() {
                    let width = t.head.len();
                    let rows = t
                        .rows
                        .into_iter()
                        .map(|mut r| {
                            r.resize(width, Runs::new());
                            r
                        })
                        .collect();
                    self.push_block(table_block(t.head, rows));
                }
            }
            Event::Start(Tag::Strong) => self.bold += 1,
            Event::End(TagEnd::Strong) => self.bold = self.bold.saturating_sub(1),
            Event::Start(Tag::Emphasis) => self.italic += 1,
            Event::End(TagEnd::Emphasis) => self.italic = self.italic.saturating_sub(1),
            Event::Start(Tag::Strikethrough) => self.strike += 1,
            Event::End(TagEnd::Strikethrough) => self.strike = self.strike.saturating_sub(1),
            // `safe_events` has dropped the links it does not keep, so every link here is safe.
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                ..
            }) => {
                // An e-mail autolink (`<a@b.no>`) carries the address alone.
                let url = if link_type == pulldown_cmark::LinkType::Email {
                    format!("mailto:{dest_url}")
                } else {
                    dest_url.to_string()
                };
                self.links.push(Some(url));
            }
            Event::End(TagEnd::Link) => {
                self.links.pop();
            }
            Event::Text(t) => self.text(&t, false),
            Event::Code(t) => self.text(&t, true),
            Event::Html(t) | Event::InlineHtml(t) => self.text(&t, false),
            Event::SoftBreak => self.text(" ", false),
            Event::HardBreak => self.text("\n", false),
            _ => {}
        }
    }
}

/// Marks the parties' names where prose mentions them, so print never hyphenates them.
fn mark_names(blocks: &mut [Block], names: &[String]) {
    if names.is_empty() {
        return;
    }
    let mark = |runs: &mut Runs| *runs = named(std::mem::take(runs), names);
    for block in blocks {
        match block {
            Block::Heading { runs, .. } | Block::Paragraph { runs, .. } => mark(runs),
            Block::List { items, .. } => {
                for item in items {
                    mark_names(item, names);
                }
            }
            Block::Table { head, rows } => {
                head.iter_mut()
                    .chain(rows.iter_mut().flatten())
                    .for_each(mark);
            }
            Block::Facts { items } => items.iter_mut().for_each(|f| mark(&mut f.value)),
            Block::Quote { blocks } => mark_names(blocks, names),
            Block::Code { .. } => {}
        }
    }
}

/// The runs with every occurrence of a name split out as a name run.
fn named(runs: Runs, names: &[String]) -> Runs {
    let mut out = Runs::with_capacity(runs.len());
    for run in runs {
        if run.name || run.code || run.reference.is_some() {
            out.push(run);
            continue;
        }
        let mut rest = run.text.as_str();
        // The earliest (then longest) name in what is left.
        while let Some((at, name)) = names
            .iter()
            .filter_map(|n| rest.find(n.as_str()).map(|at| (at, n)))
            .min_by_key(|(at, n)| (*at, std::cmp::Reverse(n.len())))
        {
            if at > 0 {
                out.push(Run {
                    text: rest[..at].to_owned(),
                    ..run.clone()
                });
            }
            out.push(Run {
                text: name.clone(),
                name: true,
                ..run.clone()
            });
            rest = &rest[at + name.len()..];
        }
        if !rest.is_empty() {
            out.push(Run {
                text: rest.to_owned(),
                ..run
            });
        }
    }
    out
}

fn level_number(level: HeadingLevel) -> u8 {
    match level {
        HeadingLevel::H1 => 1,
        HeadingLevel::H2 => 2,
        HeadingLevel::H3 => 3,
        HeadingLevel::H4 => 4,
        HeadingLevel::H5 => 5,
        HeadingLevel::H6 => 6,
    }
}

/// Sets subheading levels relative to the text's top level, at most 3.
fn relevel(blocks: &mut [Block], top: u8) {
    for block in blocks {
        match block {
            Block::Heading { level, .. } => *level = (*level - top.min(*level) + 1).min(3),
            Block::List { items, .. } => {
                for item in items {
                    relevel(item, top);
                }
            }
            Block::Quote { blocks } => relevel(blocks, top),
            _ => {}
        }
    }
}

/// Runs without whitespace at either end and with runs of whitespace (not line breaks) as one
/// space.
fn trimmed(runs: Runs) -> Runs {
    let mut out: Runs = Vec::with_capacity(runs.len());
    let mut space = false;
    for run in runs {
        let mut text = String::with_capacity(run.text.len());
        for c in run.text.chars() {
            if c == '\n' {
                // A line break swallows the spaces around it.
                while text.ends_with(' ') {
                    text.pop();
                }
                if text.is_empty()
                    && let Some(last) = out.last_mut()
                {
                    while last.text.ends_with(' ') {
                        last.text.pop();
                    }
                }
                text.push('\n');
                space = true;
            } else if c.is_whitespace() {
                if !space {
                    text.push(' ');
                }
                space = true;
            } else {
                text.push(c);
                space = false;
            }
        }
        if out.is_empty() {
            text = text.trim_start().to_owned();
        }
        push_run(&mut out, Run { text, ..run });
    }
    while let Some(last) = out.last_mut() {
        let end = last.text.trim_end().len();
        last.text.truncate(end);
        if last.text.is_empty() {
            out.pop();
        } else {
            break;
        }
    }
    out.retain(|r| !r.text.is_empty());
    out
}

/// A table of the given header and rows, without the columns no row fills in. A table of a
/// header row alone (a row of names to sign under, say) keeps its header: it has no rows to
/// leave a column empty, and a table of no columns cannot be printed.
fn table_block(head: Vec<Runs>, rows: Vec<Vec<Runs>>) -> Block {
    let keep: Vec<bool> = (0..head.len())
        .map(|c| {
            rows.is_empty()
                || rows.iter().any(|r| {
                    r.get(c)
                        .is_some_and(|cell| !text_of(cell).trim().is_empty())
                })
        })
        .collect();
    let pick = |cells: Vec<Runs>| -> Vec<Runs> {
        cells
            .into_iter()
            .zip(&keep)
            .filter(|(_, k)| **k)
            .map(|(c, _)| c)
            .collect()
    };
    Block::Table {
        head: pick(head),
        rows: rows.into_iter().map(pick).collect(),
    }
}

/// Makes the tree's parts from the agreement.
struct Builder<'a> {
    agreement: &'a Agreement,
    /// The agreements around it.
    around: Surroundings<'a>,
    lang: Lang,
    /// How much more prose may be read as Markdown.
    markdown_left: usize,
    /// The parties' names, marked where prose mentions them.
    names: Vec<String>,
    /// What live references in prose show.
    values: Values<'a>,
}

impl Builder<'_> {
    fn l(&self, label: Label) -> String {
        messages::label(label, self.lang)
    }

    fn locale(&self) -> Locale {
        self.lang.into()
    }

    fn party(&self, id: &PartyId) -> Runs {
        vec![Run::name(flat(&self.agreement.party_name(id)))]
    }

    fn opt_party(&self, id: Option<&PartyId>) -> Runs {
        id.map(|id| self.party(id)).unwrap_or_default()
    }

    fn holder(&self, holder: &Holder) -> Runs {
        match holder {
            Holder::Party(id) => self.party(id),
            Holder::Alternating(ids) => {
                let names: Vec<String> = ids
                    .iter()
                    .map(|id| flat(&self.agreement.party_name(id)))
                    .collect();
                let mut runs = vec![Run::plain(format!(
                    "{} ",
                    self.l(Label::AlternatingBetween)
                ))];
                runs.extend(names_joined(&names, self.locale()));
                runs
            }
        }
    }

    fn members(&self, members: &[Member]) -> Runs {
        let mut runs = Runs::new();
        for (i, m) in members.iter().enumerate() {
            if i > 0 {
                push_run(&mut runs, Run::plain("; "));
            }
            push_run(&mut runs, Run::plain(flat(&m.role)));
            if let Some(party) = &m.party {
                push_run(&mut runs, Run::plain(" ("));
                runs.extend(self.party(party));
                push_run(&mut runs, Run::plain(")"));
            }
        }
        runs
    }

    fn period_text(&self) -> String {
        reference::period_text(self.agreement, self.lang)
    }

    fn front_matter(&self) -> Vec<Fact> {
        let meta = &self.agreement.meta;
        let mut facts = vec![fact(
            &self.l(Label::Kind),
            plain(&messages::kind(meta.kind, self.locale())),
        )];
        // The place the kind names: the county, or a partnership agreement's municipality;
        // none when it is not given.
        let place = match meta.kind.place() {
            Place::County => Label::County,
            Place::Municipality => Label::Municipality,
        };
        if !meta.place().trim().is_empty() {
            facts.push(fact(&self.l(place), plain(&flat(meta.place()))));
        }
        facts.push(fact(&self.l(Label::Period), plain(&self.period_text())));
        facts.push(fact(
            &self.l(Label::Status),
            plain(&messages::status(meta.status, self.locale())),
        ));
        facts.extend(self.relations());
        facts
    }

    /// The agreements this one names and the family it belongs to, as facts: the main
    /// agreement a sub-agreement or action plan makes concrete, what it rests on, replaces and
    /// relates to, and a main agreement's sub-agreements and action plans found beside it.
    fn relations(&self) -> Vec<Fact> {
        let meta = &self.agreement.meta;
        let mut facts = Vec::new();
        if let Some(parent) = &meta.parent
            && !meta.kind.heads_family()
            && !parent.title.trim().is_empty()
        {
            facts.push(fact(
                &self.l(Label::MakesConcrete),
                plain(&flat(&parent.title)),
            ));
        }
        for relation in Relation::ALL {
            let named: Vec<String> = meta
                .references
                .iter()
                .filter(|r| r.relation == relation && !r.title.trim().is_empty())
                .map(|r| match r.date {
                    Some(d) => format!("{} ({})", flat(&r.title), d.long(self.lang)),
                    None => flat(&r.title),
                })
                .collect();
            if !named.is_empty() {
                let label = match relation {
                    Relation::ByggerPa => Label::BuildsOn,
                    Relation::Erstatter => Label::Replaces,
                    Relation::Relatert => Label::RelatedTo,
                };
                facts.push(fact(&self.l(label), lines(&named)));
            }
        }
        if meta.kind.heads_family() {
            for (kind, label) in [
                (AgreementKind::Underavtale, Label::SubAgreements),
                (AgreementKind::Handlingsplan, Label::ActionPlans),
            ] {
                let named: Vec<String> = self
                    .around
                    .members
                    .iter()
                    .filter(|m| m.kind == kind && !m.title.trim().is_empty())
                    .map(|m| {
                        format!(
                            "{} ({})",
                            flat(&m.title),
                            reference::period_words(&m.period, self.lang)
                        )
                    })
                    .collect();
                if !named.is_empty() {
                    facts.push(fact(&self.l(label), lines(&named)));
                }
            }
        }
        facts
    }

    fn section(&mut self, number: u32, section: &Section) -> TreeSection {
        let mut blocks = if section.text.trim().is_empty() {
            Vec::new()
        } else if section.text.len() <= self.markdown_left {
            self.markdown_left -= section.text.len();
            prose_blocks(&section.text, Some(self.values))
        } else {
            plain_paragraphs(&self.values.fill(&section.text))
        };
        mark_names(&mut blocks, &self.names);
        match section.show {
            Some(Generated::Parties) => blocks.extend(self.parties()),
            Some(Generated::Period) => blocks.extend(self.period(section)),
            Some(Generated::Glossary) => blocks.extend(self.glossary()),
            Some(Generated::Regions) => blocks.extend(self.regions()),
            Some(Generated::References) => {
                let items = self.relations();
                if !items.is_empty() {
                    blocks.push(Block::Facts { items });
                }
            }
            None => {}
        }
        self.structured(section, &mut blocks);
        TreeSection {
            id: Some(section.id.0.clone()),
            number: Some(number),
            title: flat(&section.title),
            blocks,
            signatures: self.signatures(section),
        }
    }

    fn table(&self, headers: &[Label], rows: Vec<Vec<Runs>>, blocks: &mut Vec<Block>) {
        if rows.is_empty() {
            return;
        }
        let head = headers.iter().map(|h| plain(&self.l(*h))).collect();
        blocks.push(table_block(head, rows));
    }

    fn facts(&self, facts: Vec<(Label, Runs)>, blocks: &mut Vec<Block>) {
        let items: Vec<Fact> = facts
            .into_iter()
            .filter(|(_, v)| !text_of(v).trim().is_empty())
            .map(|(label, value)| fact(&self.l(label), value))
            .collect();
        if !items.is_empty() {
            blocks.push(Block::Facts { items });
        }
    }

    fn parties(&self) -> Vec<Block> {
        let items = self
            .agreement
            .parties
            .iter()
            .map(|party| {
                let mut runs = vec![Run {
                    text: flat(&party.organisation),
                    bold: true,
                    name: true,
                    ..Run::default()
                }];
                let mut rest = String::new();
                if let Some(unit) = &party.unit {
                    rest.push_str(&format!(", {}", flat(unit)));
                }
                if let Some(s) = &party.signatory {
                    rest.push_str(&format!(
                        ". {}: {}, {}",
                        self.l(Label::Signatory),
                        flat(&s.name),
                        flat(&s.title)
                    ));
                }
                if let Some(c) = &party.contact {
                    rest.push_str(&format!(
                        ". {}: {}",
                        self.l(Label::Contact),
                        self.contact_text(&c.name, c.email.as_deref(), c.phone.as_deref())
                    ));
                    if let Some(d) = &c.deputy {
                        rest.push_str(&format!(
                            ". {}: {}",
                            self.l(Label::Deputy),
                            self.contact_text(&d.name, d.email.as_deref(), d.phone.as_deref())
                        ));
                    }
                }
                runs.push(Run::plain(rest));
                vec![Block::Paragraph { runs, keep: false }]
            })
            .collect();
        vec![Block::List {
            ordered: false,
            start: 1,
            items,
        }]
    }

    fn contact_text(&self, name: &str, email: Option<&str>, phone: Option<&str>) -> String {
        let mut text = flat(name);
        if let Some(phone) = phone {
            text.push_str(&format!(
                ", {} {}",
                self.l(Label::Phone).to_lowercase(),
                flat(phone)
            ));
        }
        if let Some(email) = email {
            text.push_str(&format!(", {}", flat(email)));
        }
        text
    }

    /// The period, renewal and notice as one list. A notice the section itself states is
    /// listed here too, in place of the period's, so the section shows one list, not two.
    fn period(&self, section: &Section) -> Vec<Block> {
        let period = &self.agreement.meta.period;
        let mut facts = vec![(Label::Period, plain(&self.period_text()))];
        let own_notice = section.termination.as_ref().and_then(|t| t.notice_months);
        if let Some(r) = &period.renewal {
            facts.push((
                Label::Renewal,
                plain(&messages::renewal(r.automatic, r.years, self.lang)),
            ));
        }
        let notice = own_notice.or(period.renewal.as_ref().and_then(|r| r.notice_months));
        if let Some(n) = notice {
            facts.push((
                Label::Notice,
                plain(&format!("{n} {}", self.l(Label::Months))),
            ));
        }
        let mut blocks = Vec::new();
        self.facts(facts, &mut blocks);
        blocks
    }

    fn glossary(&self) -> Vec<Block> {
        let rows = self
            .agreement
            .glossary
            .iter()
            // A blank term or definition is no row to read (check AV049 reports it).
            .filter(|g| g.is_complete())
            .map(|g| vec![plain(&flat(&g.term)), plain(&flat(&g.definition))])
            .collect();
        let mut blocks = Vec::new();
        self.table(&[Label::Term, Label::Definition], rows, &mut blocks);
        blocks
    }

    /// The regions the agreement reaches: region, Nav offices (when any is named) and
    /// municipalities.
    fn regions(&self) -> Vec<Block> {
        let locale = self.locale();
        let regions: Vec<_> = self
            .agreement
            .meta
            .regions
            .iter()
            .filter(|r| !r.name.trim().is_empty())
            .collect();
        let offices = regions.iter().any(|r| !r.offices.is_empty());
        let list = |items: &[String]| {
            let items: Vec<String> = items.iter().map(|i| flat(i)).collect();
            plain(&messages::join_list(&items, locale))
        };
        let rows = regions
            .iter()
            .map(|r| {
                let mut row = vec![plain(&flat(&r.name))];
                if offices {
                    row.push(list(&r.offices));
                }
                row.push(list(&r.municipalities));
                row
            })
            .collect();
        let headers: &[Label] = if offices {
            &[Label::Region, Label::NavOffices, Label::Municipalities]
        } else {
            &[Label::Region, Label::Municipalities]
        };
        let mut blocks = Vec::new();
        self.table(headers, rows, &mut blocks);
        blocks
    }

    /// A row's regions, for the region column of a table whose rows are tagged.
    fn tags(&self, regions: &[String]) -> Runs {
        let items: Vec<String> = regions.iter().map(|r| flat(r)).collect();
        plain(&messages::join_list(&items, self.locale()))
    }

    fn signatures(&self, section: &Section) -> Vec<Signature> {
        let Some(signing) = &section.signatures else {
            return Vec::new();
        };
        let agreement = self.agreement;
        agreement
            .signing_parties(signing)
            .iter()
            .map(|id| {
                let party = agreement.party(id);
                let signatory = party.and_then(|p| p.signatory.as_ref());
                let (place, date) = signing.place_and_date(id);
                let contact = agreement
                    .contact_of(id)
                    .map(|c| {
                        format!(
                            "{}: {}",
                            self.l(Label::Contact),
                            self.contact_text(&c.name, c.email.as_deref(), c.phone.as_deref())
                        )
                    })
                    .unwrap_or_default();
                Signature {
                    party: flat(&agreement.party_name(id)),
                    name: signatory.map(|s| flat(&s.name)).unwrap_or_default(),
                    title: signatory.map(|s| flat(&s.title)).unwrap_or_default(),
                    place: place.map(flat).unwrap_or_default(),
                    date: date.map(|d| d.long(self.lang)).unwrap_or_default(),
                    contact,
                }
            })
            .collect()
    }

    /// A name in bold before its table or facts ("Oppfølgingstjenesten (Vestland
    /// fylkeskommune)"), kept with them in print; `rest` follows in plain text.
    fn label_paragraph(&self, name: &str, rest: Runs) -> Block {
        let mut runs = vec![Run::bold(flat(name))];
        runs.extend(rest);
        Block::Paragraph { runs, keep: true }
    }

    /// A baseline: the value, and the day it is for in brackets.
    pub(crate) fn baseline_cell(&self, baseline: Option<&crate::clause::Baseline>) -> Runs {
        let Some(b) = baseline.filter(|b| !b.value.trim().is_empty()) else {
            return Runs::new();
        };
        match b.date {
            Some(d) => plain(&format!("{} ({})", flat(&b.value), d.long(self.lang))),
            None => plain(&flat(&b.value)),
        }
    }

    fn date(&self, date: Option<crate::date::Date>) -> Runs {
        date.map(|d| plain(&d.long(self.lang))).unwrap_or_default()
    }

    fn cadence(&self, cadence: Option<&crate::clause::Cadence>) -> Runs {
        cadence
            .map(|c| plain(&flat(&messages::cadence(c, self.locale()))))
            .unwrap_or_default()
    }

    /// A body's cadence; for a body held in regions, said to hold in each region.
    fn body_cadence(&self, body: &crate::clause::MeetingBody) -> Runs {
        let mut runs = self.cadence(body.cadence.as_ref());
        if !runs.is_empty() && !crate::calendar::regions(body).is_empty() {
            runs.push(Run::plain(format!(
                " {}",
                messages::in_each_region(self.locale())
            )));
        }
        runs
    }

    /// Labelled values, then labelled lists: a list of one item is a value like the others; a
    /// longer one has its items on lines of their own under its label, each after a dash (items
    /// such as questions end in their own punctuation and cannot be joined in one line).
    fn facts_and_lists(
        &self,
        mut facts: Vec<(Label, Runs)>,
        lists: Vec<(Label, &[String])>,
        blocks: &mut Vec<Block>,
    ) {
        for (label, items) in lists {
            let items: Vec<String> = items
                .iter()
                .map(|i| flat(i))
                .filter(|i| !i.trim().is_empty())
                .collect();
            match items.as_slice() {
                [] => {}
                [one] => facts.push((label, plain(one))),
                _ => {
                    let lines: Vec<String> = items.iter().map(|i| format!("– {i}")).collect();
                    facts.push((label, plain(&format!("\n{}", lines.join("\n")))));
                }
            }
        }
        self.facts(facts, blocks);
    }

    #[allow(clippy::too_many_lines)]
    fn structured(&self, s: &Section, blocks: &mut Vec<Block>) {
        let locale = self.locale();
        if let Some(roles) = &s.roles {
            for role in roles {
                let mut rest = Runs::new();
                if let Some(p) = &role.party {
                    rest.push(Run::plain(" ("));
                    rest.extend(self.party(p));
                    rest.push(Run::plain(")"));
                }
                blocks.push(self.label_paragraph(&role.role, rest));
                let rows = role
                    .tasks
                    .iter()
                    .map(|t| {
                        vec![
                            plain(&flat(&t.task)),
                            self.opt_party(t.responsible.as_ref()),
                            plain(&flat(t.deadline.as_deref().unwrap_or(""))),
                        ]
                    })
                    .collect();
                self.table(
                    &[Label::Task, Label::Responsible, Label::Deadline],
                    rows,
                    blocks,
                );
            }
        }
        if let Some(m) = &s.mandate {
            blocks.push(self.label_paragraph(&m.group, Runs::new()));
            let period = m.period.as_ref().map(|p| match p.to {
                Some(to) => format!("{} – {}", p.from.long(self.lang), to.long(self.lang)),
                None => p.from.long(self.lang),
            });
            self.facts_and_lists(
                vec![
                    (Label::Purpose, plain(&flat(&m.purpose))),
                    (Label::Authority, plain(&flat(&m.authority))),
                    (Label::ReportsTo, plain(&flat(&m.reports_to))),
                    (
                        Label::Leader,
                        m.leader
                            .as_ref()
                            .map(|h| self.holder(h))
                            .unwrap_or_default(),
                    ),
                    (Label::Members, self.members(&m.members)),
                    (Label::Period, plain(&period.unwrap_or_default())),
                ],
                vec![(Label::Deliverables, &m.deliverables)],
                blocks,
            );
        }
        if let Some(boundaries) = &s.boundaries {
            let rows = boundaries
                .iter()
                .map(|b| {
                    let support: Vec<String> = b
                        .support
                        .iter()
                        .map(|p| flat(&self.agreement.party_name(p)))
                        .collect();
                    vec![
                        plain(&flat(&b.area)),
                        self.opt_party(b.lead.as_ref()),
                        names_joined(&support, locale),
                        plain(&flat(&b.handover)),
                    ]
                })
                .collect();
            self.table(
                &[Label::Area, Label::Lead, Label::Support, Label::Handover],
                rows,
                blocks,
            );
        }
        if let Some(bodies) = &s.meetings {
            let rows = bodies
                .iter()
                .map(|b| {
                    vec![
                        plain(&flat(&b.name)),
                        b.level
                            .map(|l| plain(&messages::level(l, locale)))
                            .unwrap_or_default(),
                        self.members(&b.members),
                        b.chair.as_ref().map(|h| self.holder(h)).unwrap_or_default(),
                        self.body_cadence(b),
                    ]
                })
                .collect();
            self.table(
                &[
                    Label::MeetingBody,
                    Label::Level,
                    Label::Members,
                    Label::Chair,
                    Label::Cadence,
                ],
                rows,
                blocks,
            );
            for b in bodies {
                let minutes = b
                    .minutes
                    .as_ref()
                    .map(|h| self.holder(h))
                    .unwrap_or_default();
                let regions = crate::calendar::regions(b);
                if b.purpose.trim().is_empty()
                    && b.agenda.is_empty()
                    && minutes.is_empty()
                    && regions.is_empty()
                {
                    continue;
                }
                let regions: Vec<String> = regions.iter().map(|r| flat(r)).collect();
                blocks.push(self.label_paragraph(&b.name, Runs::new()));
                self.facts_and_lists(
                    vec![
                        (
                            Label::Regions,
                            plain(&messages::join_list(&regions, locale)),
                        ),
                        (Label::Purpose, plain(&flat(&b.purpose))),
                        (Label::Minutes, minutes),
                    ],
                    vec![(Label::Agenda, &b.agenda)],
                    blocks,
                );
            }
        }
        if let Some(steps) = &s.steps {
            let items = steps
                .iter()
                .map(|step| {
                    let mut runs = plain(&flat(&step.action));
                    if let Some(p) = &step.responsible {
                        runs.push(Run::plain(format!(" ({}: ", self.l(Label::Responsible))));
                        runs.extend(self.party(p));
                        runs.push(Run::plain(")"));
                    }
                    if let Some(d) = &step.deadline {
                        runs.push(Run::plain(format!(
                            " ({}: {})",
                            self.l(Label::Deadline),
                            flat(d)
                        )));
                    }
                    vec![Block::Paragraph { runs, keep: false }]
                })
                .collect::<Vec<_>>();
            if !items.is_empty() {
                blocks.push(Block::List {
                    ordered: true,
                    start: 1,
                    items,
                });
            }
        }
        if let Some(groups) = &s.target_groups {
            for g in groups {
                let age = g
                    .age
                    .map(|a| format!("{}–{} {}", a.from, a.to, self.l(Label::Years)))
                    .unwrap_or_default();
                blocks.push(self.label_paragraph(&g.name, Runs::new()));
                self.facts_and_lists(
                    vec![
                        (Label::Definition, plain(&flat(&g.definition))),
                        (Label::Age, plain(&age)),
                        (Label::Lead, self.opt_party(g.lead.as_ref())),
                    ],
                    vec![(Label::Criteria, &g.criteria)],
                    blocks,
                );
            }
        }
        if let Some(goals) = &s.goals {
            let rows = goals
                .iter()
                .map(|g| {
                    vec![
                        plain(&flat(&g.goal)),
                        plain(&flat(&g.indicator)),
                        plain(&flat(&g.source)),
                        self.baseline_cell(g.baseline.as_ref()),
                        plain(&flat(&g.target)),
                        self.date(g.deadline),
                        self.opt_party(g.responsible.as_ref()),
                    ]
                })
                .collect();
            self.table(
                &[
                    Label::Goal,
                    Label::Indicator,
                    Label::Source,
                    Label::Baseline,
                    Label::Target,
                    Label::Deadline,
                    Label::Responsible,
                ],
                rows,
                blocks,
            );
        }
        if let Some(measures) = &s.measures {
            // A region column only when a measure is tied to a region.
            let tagged = measures.iter().any(|m| !m.regions.is_empty());
            let rows = measures
                .iter()
                .map(|m| {
                    let mut row = vec![
                        plain(&flat(&m.name)),
                        plain(&flat(&m.description)),
                        self.opt_party(m.responsible.as_ref()),
                        self.date(m.start),
                        self.date(m.deadline),
                    ];
                    if tagged {
                        row.push(self.tags(&m.regions));
                    }
                    row
                })
                .collect();
            let mut headers = vec![
                Label::Measure,
                Label::Definition,
                Label::Responsible,
                Label::Start,
                Label::Deadline,
            ];
            if tagged {
                headers.push(Label::TaggedRegions);
            }
            self.table(&headers, rows, blocks);
        }
        if let Some(contacts) = &s.contacts {
            // A region column only when a contact is tied to a region.
            let tagged = contacts.iter().any(|c| !c.regions.is_empty());
            let rows = contacts
                .iter()
                .map(|c| {
                    let mut row = vec![
                        self.opt_party(c.party.as_ref()),
                        plain(&flat(&c.role)),
                        plain(&self.contact_text(&c.name, c.email.as_deref(), c.phone.as_deref())),
                        c.deputy
                            .as_ref()
                            .map(|d| {
                                plain(&self.contact_text(
                                    &d.name,
                                    d.email.as_deref(),
                                    d.phone.as_deref(),
                                ))
                            })
                            .unwrap_or_default(),
                    ];
                    if tagged {
                        row.push(self.tags(&c.regions));
                    }
                    row
                })
                .collect();
            let mut headers = vec![Label::Party, Label::Role, Label::Contact, Label::Deputy];
            if tagged {
                headers.push(Label::TaggedRegions);
            }
            self.table(&headers, rows, blocks);
        }
        if let Some(sharing) = &s.information_sharing {
            let yes_no = |b: bool| plain(&self.l(if b { Label::Yes } else { Label::No }));
            let mut facts = vec![
                (Label::PersonalData, yes_no(sharing.personal_data)),
                (Label::Purpose, plain(&flat(&sharing.purpose))),
                (Label::LegalBasis, plain(&flat(&sharing.legal_basis))),
            ];
            if let Some(c) = &sharing.consent {
                facts.extend([
                    (Label::GivenBy, plain(&flat(&c.given_by))),
                    (Label::Written, yes_no(c.written)),
                    (Label::Scope, plain(&flat(&c.scope))),
                    (Label::Withdrawal, plain(&flat(&c.withdrawal))),
                ]);
            }
            self.facts(facts, blocks);
        }
        if let Some(finances) = &s.finances {
            let rows = finances
                .iter()
                .map(|f| {
                    vec![
                        self.party(&f.party),
                        plain(&flat(&f.contribution)),
                        f.amount_nok.map(|a| plain(&kroner(a))).unwrap_or_default(),
                    ]
                })
                .collect();
            self.table(
                &[Label::Party, Label::Contribution, Label::Amount],
                rows,
                blocks,
            );
        }
        if let Some(reports) = &s.reporting {
            let rows = reports
                .iter()
                .map(|r| {
                    vec![
                        plain(&flat(&r.report)),
                        self.opt_party(r.from.as_ref()),
                        plain(&flat(&r.to)),
                        self.cadence(r.cadence.as_ref()),
                    ]
                })
                .collect();
            self.table(
                &[Label::Report, Label::From, Label::To, Label::Cadence],
                rows,
                blocks,
            );
        }
        if let Some(e) = &s.evaluation {
            self.facts_and_lists(
                vec![
                    (Label::Cadence, self.cadence(e.cadence.as_ref())),
                    (Label::NextEvaluation, self.date(e.next)),
                    (
                        Label::EvaluationResponsible,
                        e.responsible
                            .as_ref()
                            .map(|h| self.holder(h))
                            .unwrap_or_default(),
                    ),
                ],
                vec![(Label::Questions, &e.questions)],
                blocks,
            );
        }
        if let Some(t) = &s.termination
            && let Some(n) = t.notice_months
            && s.show != Some(Generated::Period)
        {
            self.facts(
                vec![(
                    Label::Notice,
                    plain(&format!("{n} {}", self.l(Label::Months))),
                )],
                blocks,
            );
        }
        if let Some(annexes) = &s.annexes {
            let items: Vec<Vec<Block>> = annexes
                .iter()
                .map(|a| {
                    let mut text = flat(&a.title);
                    if let Some(r) = &a.reference {
                        text.push_str(&format!(" ({})", flat(r)));
                    }
                    vec![Block::Paragraph {
                        runs: plain(&text),
                        keep: false,
                    }]
                })
                .collect();
            if !items.is_empty() {
                blocks.push(Block::List {
                    ordered: true,
                    start: 1,
                    items,
                });
            }
        }
    }
}

fn fact(label: &str, value: Runs) -> Fact {
    Fact {
        label: label.to_owned(),
        value,
    }
}

/// Plain text as runs (none for empty text).
/// Items on lines of their own: one item as it is, more each after a dash on a new line (as
/// the labelled lists of a section print).
fn lines(items: &[String]) -> Runs {
    match items {
        [one] => plain(one),
        _ => {
            let lines: Vec<String> = items.iter().map(|i| format!("– {i}")).collect();
            plain(&format!("\n{}", lines.join("\n")))
        }
    }
}

fn plain(text: &str) -> Runs {
    if text.is_empty() {
        Vec::new()
    } else {
        vec![Run::plain(text)]
    }
}

/// Names joined as a list in words ("A, B og C"), each a name run.
fn names_joined(names: &[String], locale: Locale) -> Runs {
    // The joined text, cut where the names are, so each name stays a name.
    let joined = messages::join_list(names, locale);
    let mut runs = Runs::new();
    let mut rest = joined.as_str();
    for name in names {
        if let Some(at) = rest.find(name.as_str()) {
            push_run(&mut runs, Run::plain(&rest[..at]));
            push_run(&mut runs, Run::name(name.clone()));
            rest = &rest[at + name.len()..];
        }
    }
    push_run(&mut runs, Run::plain(rest));
    runs
}

/// An amount in kroner with a no-break space between thousands: "500 000 kr".
pub(crate) fn kroner(amount: u64) -> String {
    let digits = amount.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push('\u{a0}');
        }
        out.push(c);
    }
    out + "\u{a0}kr"
}

#[cfg(test)]
mod tests {
    use super::*;

    fn heading_levels(blocks: &[Block]) -> Vec<(u8, String)> {
        blocks
            .iter()
            .filter_map(|b| match b {
                Block::Heading { level, runs } => Some((*level, text_of(runs))),
                _ => None,
            })
            .collect()
    }

    /// Broke before: `### 7.1` in a section's text was read by the PDF as a section of its own.
    #[test]
    fn subheadings_stay_in_their_section_relative_to_the_text() {
        let blocks = prose_blocks(
            "Innledning.\n\n### 7.1 Drift\n\nTekst.\n\n#### a) Detalj\n\n### 7.2 Vedlikehold",
            None,
        );
        assert_eq!(
            heading_levels(&blocks),
            [
                (1, "7.1 Drift".to_owned()),
                (2, "a) Detalj".to_owned()),
                (1, "7.2 Vedlikehold".to_owned())
            ]
        );
        let blocks = prose_blocks("# Stor\n\n###### Liten", None);
        assert_eq!(
            heading_levels(&blocks),
            [(1, "Stor".into()), (3, "Liten".into())]
        );
    }

    #[test]
    fn prose_keeps_emphasis_lists_and_tables() {
        let blocks = prose_blocks(
            "Dette er **viktig** og *lett*.\n\n- én\n- to\n  1. nested\n\n| A | B |\n|---|---|\n| x | |\n",
            None,
        );
        let Block::Paragraph { runs, .. } = &blocks[0] else {
            panic!("{blocks:?}")
        };
        assert_eq!(runs.len(), 5, "{runs:?}");
        assert!(runs[1].bold && runs[3].italic);
        let Block::List { items, ordered, .. } = &blocks[1] else {
            panic!("{blocks:?}")
        };
        assert!(!ordered);
        assert_eq!(items.len(), 2);
        assert!(
            matches!(items[1][1], Block::List { ordered: true, .. }),
            "{items:?}"
        );
        let Block::Table { head, rows } = &blocks[2] else {
            panic!("{blocks:?}")
        };
        assert_eq!(head.len(), 1, "the empty column is left out");
        assert_eq!(text_of(&rows[0][0]), "x");
        // A header row alone is a table of its header (a Word table of one row comes in so).
        let blocks = prose_blocks("| For Nav | For fylkeskommunen |\n| --- | --- |\n", None);
        let Block::Table { head, rows } = &blocks[0] else {
            panic!("{blocks:?}")
        };
        assert_eq!(head.len(), 2, "{blocks:?}");
        assert!(rows.is_empty());
    }

    #[test]
    fn raw_html_and_unsafe_links_are_text() {
        let blocks = prose_blocks(
            "<script>alert(1)</script>\n\n[klikk](javascript:x) [nav](https://nav.no)",
            None,
        );
        let lines = blocks
            .iter()
            .map(|b| match b {
                Block::Paragraph { runs, .. } => runs.clone(),
                _ => Vec::new(),
            })
            .collect::<Vec<_>>();
        assert_eq!(text_of(&lines[0]), "<script>alert(1)</script>");
        assert!(
            lines[1]
                .iter()
                .all(|r| r.link.as_deref() != Some("javascript:x"))
        );
        assert!(
            lines[1]
                .iter()
                .any(|r| r.link.as_deref() == Some("https://nav.no"))
        );
    }

    #[test]
    fn lines_for_comparison_have_no_markup() {
        assert_eq!(
            prose_lines("Et **fett** ord.\n\n- a\n- b\n\n### 1.1 Under", None),
            "Et fett ord.\n• a\n• b\n1.1 Under"
        );
    }

    #[test]
    fn deep_nesting_is_plain() {
        let deep = format!("{}x", "> ".repeat(5_000));
        let blocks = prose_blocks(&deep, None);
        assert!(
            matches!(&blocks[..], [Block::Paragraph { .. }]),
            "{blocks:?}"
        );
    }

    #[test]
    fn party_names_in_prose_are_names() {
        let runs = named(
            vec![Run::plain(
                "Avtale mellom NAV Vestland og Vestland fylkeskommune.",
            )],
            &["Vestland fylkeskommune".into(), "NAV Vestland".into()],
        );
        let names: Vec<&str> = runs
            .iter()
            .filter(|r| r.name)
            .map(|r| r.text.as_str())
            .collect();
        assert_eq!(names, ["NAV Vestland", "Vestland fylkeskommune"]);
        assert_eq!(
            text_of(&runs),
            "Avtale mellom NAV Vestland og Vestland fylkeskommune."
        );
    }

    #[test]
    fn kroner_groups_thousands() {
        assert_eq!(kroner(1_250_000), "1\u{a0}250\u{a0}000\u{a0}kr");
        assert_eq!(kroner(900), "900\u{a0}kr");
    }
}
