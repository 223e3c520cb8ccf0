//! The agreement as the PDF template reads it: the core's Markdown of the agreement, parsed
//! into plain data (title, front matter, sections of paragraphs, lists and tables made of text
//! runs), plus the labels and metadata the page needs. No user text becomes markup.

use avtale_core::Agreement;
use avtale_core::render::markdown;
use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};
use serde::Serialize;

/// A run of text with its emphasis.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub(crate) struct Run {
    pub(crate) t: String,
    pub(crate) b: bool,
    pub(crate) i: bool,
}

/// A block of the printed agreement.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "k")]
pub(crate) enum Block {
    /// A paragraph.
    #[serde(rename = "p")]
    Paragraph { runs: Vec<Run> },
    /// A list; each item a sequence of runs.
    #[serde(rename = "list")]
    List { ordered: bool, items: Vec<Vec<Run>> },
    /// A table with a header row.
    #[serde(rename = "table")]
    Table {
        head: Vec<Vec<Run>>,
        rows: Vec<Vec<Vec<Run>>>,
    },
}

/// A numbered section.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub(crate) struct PrintSection {
    pub(crate) title: String,
    pub(crate) blocks: Vec<Block>,
    /// Signature blocks, for the signatures section: laid out side by side and kept together.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub(crate) signatures: Vec<Signature>,
}

/// One party's signature block.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub(crate) struct Signature {
    pub(crate) party: String,
    pub(crate) name: String,
    pub(crate) title: String,
}

/// Words the page itself needs.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub(crate) struct Labels {
    pub(crate) page: String,
    pub(crate) of: String,
    pub(crate) draft: String,
    pub(crate) place_and_date: String,
    pub(crate) parties: String,
}

/// What every layout's pages carry: metadata, footer, labels and the draft mark.
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
    pub(crate) front: Vec<Block>,
    pub(crate) sections: Vec<PrintSection>,
}

/// Inline state while reading one block.
#[derive(Default)]
struct Inline {
    runs: Vec<Run>,
    bold: u32,
    italic: u32,
}

impl Inline {
    fn push(&mut self, text: &str) {
        let (b, i) = (self.bold > 0, self.italic > 0);
        match self.runs.last_mut() {
            Some(last) if last.b == b && last.i == i => last.t.push_str(text),
            _ => self.runs.push(Run {
                t: text.to_owned(),
                b,
                i,
            }),
        }
    }

    fn take(&mut self) -> Vec<Run> {
        std::mem::take(&mut self.runs)
    }
}

/// A cell: a sequence of runs.
type Cell = Vec<Run>;

/// A table being read: its header, its rows, and whether the header is being read.
type TableState = (Vec<Cell>, Vec<Vec<Cell>>, bool);

/// Parses the core's Markdown into the title, front matter and sections.
pub(crate) fn parse(md: &str) -> (String, Vec<Block>, Vec<PrintSection>) {
    let mut title = String::new();
    let mut front = Vec::new();
    let mut sections: Vec<PrintSection> = Vec::new();
    let mut inline = Inline::default();
    let mut lists: Vec<(bool, Vec<Vec<Run>>)> = Vec::new();
    let mut table: Option<TableState> = None;
    let mut row: Vec<Vec<Run>> = Vec::new();
    let mut heading: Option<HeadingLevel> = None;

    let mut emit = |block: Block, sections: &mut Vec<PrintSection>| match sections.last_mut() {
        Some(s) => s.blocks.push(block),
        None => front.push(block),
    };

    for event in Parser::new_ext(md, Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH) {
        match event {
            Event::Start(Tag::Heading { level, .. }) => heading = Some(level),
            Event::End(TagEnd::Heading(_)) => {
                let text: String = inline.take().into_iter().map(|r| r.t).collect();
                match heading.take() {
                    Some(HeadingLevel::H1) => title = text,
                    _ => sections.push(PrintSection {
                        title: text,
                        blocks: Vec::new(),
                        signatures: Vec::new(),
                    }),
                }
            }
            Event::Start(Tag::Strong) => inline.bold += 1,
            Event::End(TagEnd::Strong) => inline.bold = inline.bold.saturating_sub(1),
            Event::Start(Tag::Emphasis) => inline.italic += 1,
            Event::End(TagEnd::Emphasis) => inline.italic = inline.italic.saturating_sub(1),
            Event::Text(t) | Event::Code(t) => inline.push(&t),
            Event::SoftBreak => inline.push(" "),
            Event::HardBreak => inline.push("\n"),
            Event::End(TagEnd::Paragraph) => {
                let runs = inline.take();
                if let Some((_, items)) = lists.last_mut() {
                    // A paragraph inside a list item: keep it in the item.
                    if let Some(item) = items.last_mut() {
                        if !item.is_empty() {
                            item.push(Run {
                                t: "\n".into(),
                                b: false,
                                i: false,
                            });
                        }
                        item.extend(runs);
                    }
                } else if table.is_none() {
                    emit(Block::Paragraph { runs }, &mut sections);
                }
            }
            Event::Start(Tag::List(first)) => {
                // Text before a nested list belongs to the enclosing item.
                let pending = inline.take();
                if let Some(item) = lists.last_mut().and_then(|(_, items)| items.last_mut()) {
                    item.extend(pending);
                }
                lists.push((first.is_some(), Vec::new()));
            }
            Event::Start(Tag::Item) => {
                if let Some((_, items)) = lists.last_mut() {
                    items.push(Vec::new());
                }
            }
            Event::End(TagEnd::Item) => {
                let pending = inline.take();
                if let Some(item) = lists.last_mut().and_then(|(_, items)| items.last_mut()) {
                    item.extend(pending);
                }
            }
            Event::End(TagEnd::List(_)) => {
                if let Some((ordered, items)) = lists.pop() {
                    match lists.last_mut().and_then(|(_, items)| items.last_mut()) {
                        // A nested list joins its parent item, one line per entry.
                        Some(parent) => {
                            for item in items {
                                parent.push(Run {
                                    t: "\n– ".into(),
                                    b: false,
                                    i: false,
                                });
                                parent.extend(item);
                            }
                        }
                        None => emit(Block::List { ordered, items }, &mut sections),
                    }
                }
            }
            Event::Start(Tag::Table(_)) => table = Some((Vec::new(), Vec::new(), false)),
            Event::Start(Tag::TableHead) => {
                if let Some(t) = table.as_mut() {
                    t.2 = true;
                }
            }
            Event::End(TagEnd::TableHead) => {
                if let Some(t) = table.as_mut() {
                    t.0 = std::mem::take(&mut row);
                    t.2 = false;
                }
            }
            Event::End(TagEnd::TableCell) => row.push(inline.take()),
            Event::End(TagEnd::TableRow) => {
                if let Some(t) = table.as_mut() {
                    t.1.push(std::mem::take(&mut row));
                }
            }
            Event::End(TagEnd::Table) => {
                if let Some((head, rows, _)) = table.take() {
                    emit(Block::Table { head, rows }, &mut sections);
                }
            }
            _ => {}
        }
    }
    (title, front, sections)
}

/// The printable form of an agreement, in the frame the caller made.
pub(crate) fn printable(agreement: &Agreement, mut frame: Frame) -> Printable {
    let (title, front, mut sections) = parse(&markdown::render(agreement));
    // The signatures section: its own prose, then a signature block per signing party drawn by
    // the template (instead of the lines the Markdown draws).
    for (section, printed) in agreement.sections.iter().zip(sections.iter_mut()) {
        let Some(signing) = &section.signatures else {
            continue;
        };
        let (_, prose, _) = parse(&section.text);
        printed.blocks = prose;
        printed.signatures = agreement
            .parties
            .iter()
            .filter(|p| signing.parties.is_empty() || signing.parties.contains(&p.id))
            .map(|p| Signature {
                party: p.organisation.clone(),
                name: p
                    .signatory
                    .as_ref()
                    .map(|s| s.name.clone())
                    .unwrap_or_default(),
                title: p
                    .signatory
                    .as_ref()
                    .map(|s| s.title.clone())
                    .unwrap_or_default(),
            })
            .collect();
    }
    frame.title = title;
    Printable {
        frame,
        note: String::new(),
        front,
        sections,
    }
}
