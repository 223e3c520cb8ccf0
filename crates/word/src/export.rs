//! An agreement as an editable Word document (.docx), written from the core's document tree
//! (`avtale_core::render::tree`), the same tree the PDF, the HTML and the Markdown are written
//! from: nothing here reads the agreement's model for its content.
//!
//! # Which tree element becomes which Word construct
//!
//! The importer and the reading of an edited copy rely on this mapping.
//!
//! | Tree | Word |
//! |------|------|
//! | the title | a paragraph in style `Title`; also `dc:title` in the core properties |
//! | the cover facts | one paragraph each, after the title: the label in bold with a colon, then the value ("**Periode:** 1. januar 2026 – …") |
//! | a section | a paragraph in style `Heading1` (name "heading 1") holding the number in the text as the core writes it ("3. Roller og ansvar"); an unnumbered part (the glossary) has the title alone |
//! | a subheading (level 1, 2, 3) | `Heading2`, `Heading3`, `Heading4` |
//! | a paragraph | a paragraph in the default style (`Normal`), its runs bold, italic or struck through as the tree has them; a line break in a run is a `w:br`; a link is a `w:hyperlink` to its target |
//! | a list | one paragraph per item in style `ListParagraph` with a numbering (`w:numPr`): numbered lists use abstract numbering [`DECIMAL_LIST`], bullet lists [`BULLET_LIST`]; each list is an instance of its own (a numbered list restarts at its first number); a nested list is one level (`w:ilvl`) deeper; an item's further paragraphs are indented, unnumbered |
//! | a table | a Word table (style `AvtaleTable`) whose first row is the header (`w:tblHeader`, bold, shaded), one cell per column, each cell one paragraph |
//! | facts inside a section | like the cover facts: "**Label:** value", one paragraph each |
//! | a quotation | its blocks, paragraphs in style `Quote` |
//! | code | a paragraph in style `Code`, its lines separated by `w:br` |
//! | the signature blocks | after the blocks of their section, a table without borders, two parties a row: per cell the party (bold), "Sted og dato: …", a line to sign on, name and title, the contact person |
//!
//! The document's language is set on the text (`w:lang` in the default run properties of
//! `styles.xml`: `nb-NO` or `nn-NO` by the agreement's language) and in `dc:language`. The
//! stamp ([`Stamp`]: the agreement's id; a committed revision's number and hash) is in the
//! custom properties. Pages are A4 with "Side x av y" in the footer.
//!
//! The export is a pure function of the agreement: no clock (the document's date is the
//! exported revision's, else the start of the period) and ids numbered in document order, so
//! the same revision gives the same bytes.
//!
//! # What docx-rs cannot say, and is mended in the package's XML here
//!
//! docx-rs 0.4 has no setter for the title or language in the core properties, no `w:lang`, no
//! repeated table header row (`w:tblHeader`); it numbers paragraph ids from a thread-wide
//! counter and hyperlink ids from a process-wide one, and writes the hyperlink relationships in
//! a hash map's order. [`export`] builds the package's parts with docx-rs and mends these in
//! their XML before packing.

use avtale_core::Agreement;
use avtale_core::lang::{Lang, Locale};
use avtale_core::messages::{self, Label};
use avtale_core::render::tree::{self, Block, Fact, Run as TreeRun, Signature, Tree, TreeSection};
use docx_rs::{
    AbstractNumbering, AlignmentType, BorderType, BreakType, Docx, Footer, HeightRule, Hyperlink,
    HyperlinkData, HyperlinkType, IndentLevel, Level, LevelJc, LevelOverride, LevelText,
    LineSpacing, LineSpacingType, NumPages, NumberFormat, Numbering, NumberingId, PageMargin,
    PageNum, Paragraph, Run, RunFonts, Shading, ShdType, Start, Style, StyleType, Table,
    TableBorder, TableBorderPosition, TableBorders, TableCell, TableRow, VAlignType, WidthType,
};

pub use avtale_core::render::tree::Surroundings;

use crate::WordError;
use crate::properties::Stamp;

/// The paragraph style of the title.
pub const STYLE_TITLE: &str = "Title";
/// The paragraph style of a section's heading ("3. Roller og ansvar").
pub const STYLE_SECTION: &str = "Heading1";
/// The paragraph styles of subheadings of level 1, 2 and 3 inside a section.
pub const STYLE_SUBHEADINGS: [&str; 3] = ["Heading2", "Heading3", "Heading4"];
/// The paragraph style of a list item.
pub const STYLE_LIST: &str = "ListParagraph";
/// The paragraph style of a quotation.
pub const STYLE_QUOTE: &str = "Quote";
/// The paragraph style of code.
pub const STYLE_CODE: &str = "Code";
/// The table style of a table in a section.
pub const STYLE_TABLE: &str = "AvtaleTable";
/// The character style of a link.
pub const STYLE_LINK: &str = "Hyperlink";
/// The abstract numbering of numbered lists.
pub const DECIMAL_LIST: usize = 2;
/// The abstract numbering of bullet lists.
pub const BULLET_LIST: usize = 3;

/// A4, in twentieths of a point.
const PAGE_WIDTH: u32 = 11_906;
const PAGE_HEIGHT: u32 = 16_838;
/// 2.5 cm.
const MARGIN: i32 = 1_418;
/// The width between the margins.
const TEXT_WIDTH: usize = 9_070;
/// How far each list level is indented.
const LIST_INDENT: i32 = 567;
/// The hanging indent of a list item's number or bullet.
const LIST_HANGING: i32 = 397;
/// Body text size in half-points (11 pt).
const BODY_SIZE: usize = 22;
const BODY_FONT: &str = "Calibri";
const HEADING_FONT: &str = "Calibri";
const CODE_FONT: &str = "Consolas";
const HEADER_FILL: &str = "E7ECF1";
const LINK_COLOR: &str = "0563C1";
/// A row height only header rows have, replaced by `w:tblHeader` in the XML (docx-rs cannot
/// write that element).
const HEADER_ROW_MARK: &str = r#"<w:trHeight w:val="1" w:hRule="exact" />"#;

/// The stamp an export of this agreement carries: its id, and the committed revision's number
/// and hash when the agreement's text is that revision's.
pub fn stamp(agreement: &Agreement) -> Stamp {
    let committed = agreement.committed_revision();
    Stamp {
        agreement_id: agreement.meta.id.clone(),
        revision: committed.map(|r| r.number),
        hash: committed.map(|r| r.hash.clone()),
    }
}

/// The agreement as a .docx package, with what its print shows of the agreements around it
/// (gathered by the caller, as for the PDF). See the module's documentation for what each part
/// of the tree becomes.
pub fn export(agreement: &Agreement, around: Surroundings<'_>) -> Result<Vec<u8>, WordError> {
    let tree = tree::build_in(agreement, around);
    package(
        &tree,
        agreement.meta.language,
        &document_date(agreement),
        Some(stamp(agreement)),
    )
}

/// A document tree made from the agreement but not its text (the status report for the
/// strategic body), as a .docx package dated `today`, in the agreement's language. It carries
/// no stamp: it is no copy of the agreement to edit and compare.
pub fn export_tree(
    agreement: &Agreement,
    tree: &Tree,
    today: avtale_core::date::Date,
) -> Result<Vec<u8>, WordError> {
    package(
        tree,
        agreement.meta.language,
        &format!("{today}T00:00:00Z"),
        None,
    )
}

/// The tree as a .docx package: `date` is the document's creation time (ISO 8601), `stamp`
/// names the agreement and revision when the tree is the agreement's text.
fn package(
    tree: &Tree,
    lang: Lang,
    date: &str,
    stamp: Option<Stamp>,
) -> Result<Vec<u8>, WordError> {
    let mut w = Writer::new(lang);

    let mut pieces = vec![Piece::P(
        Paragraph::new()
            .style(STYLE_TITLE)
            .add_run(Run::new().add_text(xml_text(&tree.title))),
    )];
    for fact in &tree.facts {
        pieces.push(Piece::P(w.fact(fact, 0)));
    }
    for section in &tree.sections {
        w.section(section, &mut pieces);
    }

    let locale = Locale::from(lang);
    let footer = Footer::new().add_paragraph(
        Paragraph::new()
            .align(AlignmentType::Center)
            .size(18)
            .add_run(Run::new().add_text(format!("{} ", messages::pdf_page(locale))))
            .add_page_num(PageNum::new())
            .add_run(Run::new().add_text(format!(" {} ", messages::pdf_of(locale))))
            .add_num_pages(NumPages::new()),
    );

    let mut docx = Docx::new()
        .page_size(PAGE_WIDTH, PAGE_HEIGHT)
        .page_margin(
            PageMargin::new()
                .top(MARGIN)
                .bottom(MARGIN)
                .left(MARGIN)
                .right(MARGIN)
                .header(708)
                .footer(708),
        )
        .default_fonts(
            RunFonts::new()
                .ascii(BODY_FONT)
                .hi_ansi(BODY_FONT)
                .cs(BODY_FONT)
                .east_asia(BODY_FONT),
        )
        .default_size(BODY_SIZE)
        .default_line_spacing(body_spacing())
        .footer(footer)
        .created_at(date)
        .updated_at(date);
    for style in styles() {
        docx = docx.add_style(style);
    }
    docx = docx
        .add_abstract_numbering(list_numbering(DECIMAL_LIST, true))
        .add_abstract_numbering(list_numbering(BULLET_LIST, false));
    for numbering in std::mem::take(&mut w.numberings) {
        docx = docx.add_numbering(numbering);
    }
    let mut after_table = false;
    for piece in pieces {
        docx = match piece {
            // Room between a table and the paragraph after it.
            Piece::P(p) if after_table => {
                docx.add_paragraph(p.line_spacing(body_spacing().before(200)))
            }
            Piece::P(p) => docx.add_paragraph(p),
            Piece::T(t) => docx.add_table(t),
        };
        after_table = matches!(
            docx.document.children.last(),
            Some(docx_rs::DocumentChild::Table(_))
        );
    }
    if let Some(stamp) = stamp {
        docx = stamp.write(docx);
    }

    let mut xml = docx.build();
    xml.styles = with_language(&xml.styles, lang)?;
    xml.doc_props.core = with_core_properties(&xml.doc_props.core, &tree.title, lang)?;
    let mut ids = 0u32;
    let document =
        String::from_utf8_lossy(&xml.document).replace(HEADER_ROW_MARK, "<w:tblHeader />");
    xml.document = renumber_paragraphs(document.as_bytes(), &mut ids);
    for footer in &mut xml.footers {
        *footer = renumber_paragraphs(footer, &mut ids);
    }
    xml.document_rels = sorted_relationships(&xml.document_rels);

    let mut out = std::io::Cursor::new(Vec::new());
    xml.pack(&mut out).map_err(|e| WordError::Failed {
        detail: e.to_string(),
    })?;
    Ok(out.into_inner())
}

/// A paragraph or a table, in document order.
#[allow(
    clippy::large_enum_variant,
    reason = "a few thousand pieces, built once"
)]
enum Piece {
    P(Paragraph),
    T(Table),
}

/// What the writer numbers as it goes: list instances and links.
struct Writer {
    lang: Lang,
    numberings: Vec<Numbering>,
    links: usize,
}

impl Writer {
    fn new(lang: Lang) -> Self {
        Writer {
            lang,
            numberings: Vec::new(),
            links: 0,
        }
    }

    fn section(&mut self, section: &TreeSection, out: &mut Vec<Piece>) {
        out.push(Piece::P(
            Paragraph::new()
                .style(STYLE_SECTION)
                .add_run(Run::new().add_text(xml_text(&section.heading()))),
        ));
        for block in &section.blocks {
            self.block(block, 0, None, out);
        }
        if !section.signatures.is_empty() {
            out.push(Piece::T(self.signatures(&section.signatures)));
        }
    }

    /// One block; `indent` (twips) for blocks inside a list item or quotation, `style` for a
    /// quotation's paragraphs.
    fn block(&mut self, block: &Block, indent: i32, style: Option<&str>, out: &mut Vec<Piece>) {
        match block {
            Block::Heading { level, runs } => {
                let at = usize::from(level.saturating_sub(1)).min(STYLE_SUBHEADINGS.len() - 1);
                let p = self.runs(Paragraph::new().style(STYLE_SUBHEADINGS[at]), runs);
                out.push(Piece::P(p));
            }
            Block::Paragraph { runs, keep } => {
                let mut p = self.runs(styled(style), runs);
                if *keep {
                    p = p.keep_next(true);
                }
                out.push(Piece::P(indented(p, indent)));
            }
            Block::List {
                ordered,
                start,
                items,
            } => self.list(*ordered, *start, items, 0, indent, out),
            Block::Table { head, rows } => out.push(Piece::T(self.table(head, rows, indent))),
            Block::Facts { items } => {
                for fact in items {
                    let p = self.fact(fact, indent);
                    out.push(Piece::P(p));
                }
            }
            Block::Quote { blocks } => {
                for b in blocks {
                    self.block(b, indent, Some(STYLE_QUOTE), out);
                }
            }
            Block::Code { text } => {
                let mut run = Run::new();
                for (i, line) in text.trim_end_matches('\n').split('\n').enumerate() {
                    if i > 0 {
                        run = run.add_break(BreakType::TextWrapping);
                    }
                    run = run.add_text(xml_text(line));
                }
                out.push(Piece::P(indented(
                    Paragraph::new().style(STYLE_CODE).add_run(run),
                    indent,
                )));
            }
        }
    }

    /// A list at a depth (0 for the outermost), each item's first paragraph numbered.
    fn list(
        &mut self,
        ordered: bool,
        start: u64,
        items: &[Vec<Block>],
        depth: usize,
        indent: i32,
        out: &mut Vec<Piece>,
    ) {
        let depth = depth.min(8);
        let id = self.numberings.len() + 2;
        let start = usize::try_from(start).unwrap_or(1);
        self.numberings.push(
            Numbering::new(id, if ordered { DECIMAL_LIST } else { BULLET_LIST })
                .add_override(LevelOverride::new(depth).start(if ordered { start } else { 1 })),
        );
        let inner = level_indent(depth) + indent;
        for item in items {
            let mut numbered = false;
            for block in item {
                match block {
                    Block::Paragraph { runs, .. } if !numbered => {
                        let p = self.runs(list_paragraph(id, depth, indent), runs);
                        out.push(Piece::P(p));
                        numbered = true;
                    }
                    Block::List {
                        ordered,
                        start,
                        items,
                    } => {
                        if !numbered {
                            out.push(Piece::P(list_paragraph(id, depth, indent)));
                            numbered = true;
                        }
                        self.list(*ordered, *start, items, depth + 1, indent, out);
                    }
                    other => {
                        if !numbered {
                            out.push(Piece::P(list_paragraph(id, depth, indent)));
                            numbered = true;
                        }
                        self.block(other, inner, None, out);
                    }
                }
            }
            if !numbered {
                out.push(Piece::P(list_paragraph(id, depth, indent)));
            }
        }
    }

    /// A table with its header row first, columns of equal width.
    fn table(&mut self, head: &[tree::Runs], rows: &[Vec<tree::Runs>], indent: i32) -> Table {
        let width = TEXT_WIDTH.saturating_sub(usize::try_from(indent).unwrap_or(0));
        let grid = column_widths(head, rows, width);
        let header = TableRow::new(
            head.iter()
                .zip(&grid)
                .map(|(cell, &column)| {
                    let cell: Vec<TreeRun> = cell
                        .iter()
                        .map(|r| TreeRun {
                            bold: true,
                            ..r.clone()
                        })
                        .collect();
                    let p = self.runs(Paragraph::new().keep_next(true), &cell);
                    TableCell::new()
                        .width(column, WidthType::Dxa)
                        .shading(Shading::new().shd_type(ShdType::Clear).fill(HEADER_FILL))
                        .add_paragraph(p)
                })
                .collect(),
        )
        .cant_split()
        .row_height(1.0)
        .height_rule(HeightRule::Exact);
        let mut table_rows = vec![header];
        for row in rows {
            table_rows.push(
                TableRow::new(
                    row.iter()
                        .zip(&grid)
                        .map(|(cell, &column)| {
                            TableCell::new()
                                .width(column, WidthType::Dxa)
                                .add_paragraph(self.runs(Paragraph::new(), cell))
                        })
                        .collect(),
                )
                .cant_split(),
            );
        }
        Table::new(table_rows)
            .style(STYLE_TABLE)
            .set_grid(grid)
            .width(width, WidthType::Dxa)
            .indent(indent)
            .set_borders(grid_borders())
    }

    /// The signature blocks as a table without borders, two parties a row.
    fn signatures(&mut self, signatures: &[Signature]) -> Table {
        let column = TEXT_WIDTH / 2;
        let blank = "_".repeat(tree::PLACE_LINE_CHARS);
        let line = "_".repeat(tree::SIGNATURE_LINE_CHARS);
        let place_label = messages::label(Label::PlaceAndDate, self.lang);
        let rows =
            signatures
                .chunks(2)
                .map(|pair| {
                    let mut cells: Vec<TableCell> =
                        pair.iter()
                            .map(|s| {
                                let mut cell =
                                    TableCell::new()
                                        .width(column, WidthType::Dxa)
                                        .vertical_align(VAlignType::Top)
                                        .add_paragraph(Paragraph::new().keep_next(true).add_run(
                                            Run::new().bold().add_text(xml_text(&s.party)),
                                        ))
                                        .add_paragraph(Paragraph::new().keep_next(true).add_run(
                                            Run::new().add_text(xml_text(&format!(
                                                "{place_label}: {}",
                                                s.place_and_date(&blank)
                                            ))),
                                        ))
                                        .add_paragraph(
                                            Paragraph::new()
                                                .keep_next(true)
                                                .line_spacing(LineSpacing::new().before(480))
                                                .add_run(Run::new().add_text(&line)),
                                        );
                                let who: Vec<&str> = [s.name.as_str(), s.title.as_str()]
                                    .into_iter()
                                    .filter(|t| !t.is_empty())
                                    .collect();
                                if !who.is_empty() {
                                    cell = cell.add_paragraph(
                                        Paragraph::new().keep_next(true).add_run(
                                            Run::new().add_text(xml_text(&who.join(", "))),
                                        ),
                                    );
                                }
                                if !s.contact.is_empty() {
                                    cell = cell.add_paragraph(Paragraph::new().add_run(
                                        Run::new().size(18).add_text(xml_text(&s.contact)),
                                    ));
                                }
                                cell
                            })
                            .collect();
                    while cells.len() < 2 {
                        cells.push(
                            TableCell::new()
                                .width(column, WidthType::Dxa)
                                .add_paragraph(Paragraph::new()),
                        );
                    }
                    TableRow::new(cells).cant_split()
                })
                .collect();
        Table::without_borders(rows)
            .set_grid(vec![column; 2])
            .width(TEXT_WIDTH, WidthType::Dxa)
    }

    /// "**Label:** value".
    fn fact(&mut self, fact: &Fact, indent: i32) -> Paragraph {
        let p = Paragraph::new().add_run(
            Run::new()
                .bold()
                .add_text(xml_text(&format!("{}: ", fact.label))),
        );
        indented(self.runs(p, &fact.value), indent)
    }

    /// Appends runs to a paragraph, a link's runs inside a hyperlink.
    fn runs(&mut self, mut p: Paragraph, runs: &[TreeRun]) -> Paragraph {
        for (link, piece) in tree::by_link(runs) {
            match link {
                Some(target) => {
                    self.links += 1;
                    let mut h = Hyperlink::new(target, HyperlinkType::External);
                    // Numbered here, in document order (docx-rs counts process-wide); the
                    // relationship's writer takes the target as escaped XML.
                    h.link = HyperlinkData::External {
                        rid: format!("rIdHyperlink{}", self.links),
                        path: escape(target),
                    };
                    for r in piece {
                        h = h.add_run(run(r).style(STYLE_LINK));
                    }
                    p = p.add_hyperlink(h);
                }
                None => {
                    for r in piece {
                        p = p.add_run(run(r));
                    }
                }
            }
        }
        p
    }
}

/// One run of the tree, its line breaks as `w:br`.
fn run(r: &TreeRun) -> Run {
    let mut out = Run::new();
    if r.bold {
        out = out.bold();
    }
    if r.italic {
        out = out.italic();
    }
    if r.strike {
        out = out.strike();
    }
    if r.code {
        out = out.fonts(RunFonts::new().ascii(CODE_FONT).hi_ansi(CODE_FONT));
    }
    for (i, line) in r.text.split('\n').enumerate() {
        if i > 0 {
            out = out.add_break(BreakType::TextWrapping);
        }
        let line = xml_text(line);
        if !line.is_empty() {
            out = out.add_text(line);
        }
    }
    out
}

/// Text without the characters XML 1.0 cannot hold (control characters other than tab).
fn xml_text(text: &str) -> String {
    text.chars()
        .filter(|&c| c == '\t' || (c >= ' ' && c != '\u{fffe}' && c != '\u{ffff}'))
        .collect()
}

fn styled(style: Option<&str>) -> Paragraph {
    match style {
        Some(s) => Paragraph::new().style(s),
        None => Paragraph::new(),
    }
}

fn indented(p: Paragraph, indent: i32) -> Paragraph {
    if indent > 0 {
        p.indent(Some(indent), None, None, None)
    } else {
        p
    }
}

fn list_paragraph(id: usize, depth: usize, indent: i32) -> Paragraph {
    let p = Paragraph::new()
        .style(STYLE_LIST)
        .numbering(NumberingId::new(id), IndentLevel::new(depth));
    if indent > 0 {
        p.indent(
            Some(level_indent(depth) + indent),
            Some(docx_rs::SpecialIndentType::Hanging(LIST_HANGING)),
            None,
            None,
        )
    } else {
        p
    }
}

/// The left indent of a list level's text.
fn level_indent(depth: usize) -> i32 {
    LIST_INDENT * (i32::try_from(depth).unwrap_or(8) + 1)
}

/// An abstract numbering of nine levels: "1.", "a)", "i." … or bullets.
fn list_numbering(id: usize, ordered: bool) -> AbstractNumbering {
    const DECIMAL: [(&str, &str); 3] =
        [("decimal", "."), ("lowerLetter", ")"), ("lowerRoman", ".")];
    const BULLETS: [&str; 3] = ["•", "◦", "▪"];
    let mut n = AbstractNumbering::new(id);
    for level in 0..9 {
        let (format, text) = if ordered {
            let (f, suffix) = DECIMAL[level % 3];
            (f, format!("%{}{suffix}", level + 1))
        } else {
            ("bullet", BULLETS[level % 3].to_owned())
        };
        n = n.add_level(
            Level::new(
                level,
                Start::new(1),
                NumberFormat::new(format),
                LevelText::new(text),
                LevelJc::new("left"),
            )
            .indent(
                Some(level_indent(level)),
                Some(docx_rs::SpecialIndentType::Hanging(LIST_HANGING)),
                None,
                None,
            ),
        );
    }
    n
}

/// The body text's spacing: 6 pt after a paragraph, lines at 1.1.
fn body_spacing() -> LineSpacing {
    LineSpacing::new()
        .line_rule(LineSpacingType::Auto)
        .after(120)
        .line(264)
}

/// Column widths (twips) summing to `width`: each column at least as wide as its longest
/// word, the rest shared by how much text the column holds.
fn column_widths(head: &[tree::Runs], rows: &[Vec<tree::Runs>], width: usize) -> Vec<usize> {
    /// About one character of 11 pt text (wide enough for a substitute font), and a cell's margins.
    const CHAR: usize = 150;
    const PADDING: usize = 230;
    let columns = head.len().max(1);
    let cells = |i: usize| {
        std::iter::once(head.get(i))
            .chain(rows.iter().map(move |r| r.get(i)))
            .flatten()
            .map(|runs| tree::text_of(runs))
    };
    let need: Vec<usize> = (0..columns)
        .map(|i| {
            let word = cells(i)
                .flat_map(|t| {
                    t.split_whitespace()
                        .map(|w| w.chars().count())
                        .collect::<Vec<_>>()
                })
                .max()
                .unwrap_or(4);
            word.min(24) * CHAR + PADDING
        })
        .collect();
    let weight: Vec<usize> = (0..columns)
        .map(|i| {
            let (total, n) =
                cells(i).fold((0, 0), |(t, n), text| (t + text.chars().count(), n + 1));
            (total / n.max(1)).clamp(6, 80)
        })
        .collect();
    // Narrow columns first get their longest word's room; when the room runs out, the wide
    // columns left share what remains (their long words break, the short ones' do not).
    let mut order: Vec<usize> = (0..columns).collect();
    order.sort_by_key(|&i| need[i]);
    let mut left = width;
    let mut out = vec![0; columns];
    for (k, &i) in order.iter().enumerate() {
        let share = left / (columns - k);
        if need[i] > share {
            for &j in &order[k..] {
                out[j] = share;
            }
            return out;
        }
        out[i] = need[i];
        left -= need[i];
    }
    let spare = left;
    let weights: usize = weight.iter().sum::<usize>().max(1);
    for (o, w) in out.iter_mut().zip(&weight) {
        *o += spare * w / weights;
    }
    let sum: usize = out.iter().sum();
    if let Some(last) = out.last_mut() {
        *last += width.saturating_sub(sum);
    }
    out
}

/// Thin grey lines around and between cells.
fn grid_borders() -> TableBorders {
    let mut borders = TableBorders::new();
    for position in [
        TableBorderPosition::Top,
        TableBorderPosition::Left,
        TableBorderPosition::Bottom,
        TableBorderPosition::Right,
        TableBorderPosition::InsideH,
        TableBorderPosition::InsideV,
    ] {
        borders = borders.set(
            TableBorder::new(position)
                .border_type(BorderType::Single)
                .size(4)
                .color("8C96A0"),
        );
    }
    borders
}

/// The styles the document uses, with Word's own ids and names, so Word's navigation pane,
/// outline and table of contents know the headings.
fn styles() -> Vec<Style> {
    let heading = |id: &str, name: &str, size: usize, level: usize| {
        Style::new(id, StyleType::Paragraph)
            .name(name)
            .based_on("Normal")
            .next("Normal")
            .q_format(true)
            .ui_priority(9)
            .fonts(RunFonts::new().ascii(HEADING_FONT).hi_ansi(HEADING_FONT))
            .size(size)
            .bold()
            .color("1F3A5F")
            .outline_lvl(level)
            .line_spacing(
                LineSpacing::new()
                    .line_rule(LineSpacingType::Auto)
                    .line(240)
                    .before(if level == 0 { 360 } else { 240 })
                    .after(80),
            )
    };
    let [h2, h3, h4] = STYLE_SUBHEADINGS;
    vec![
        Style::new(STYLE_TITLE, StyleType::Paragraph)
            .name("Title")
            .based_on("Normal")
            .next("Normal")
            .q_format(true)
            .ui_priority(10)
            .fonts(RunFonts::new().ascii(HEADING_FONT).hi_ansi(HEADING_FONT))
            .size(40)
            .bold()
            .color("1F3A5F")
            .line_spacing(
                LineSpacing::new()
                    .line_rule(LineSpacingType::Auto)
                    .line(240)
                    .after(240),
            ),
        heading(STYLE_SECTION, "heading 1", 30, 0),
        heading(h2, "heading 2", 26, 1),
        heading(h3, "heading 3", 23, 2),
        heading(h4, "heading 4", 22, 3),
        Style::new(STYLE_LIST, StyleType::Paragraph)
            .name("List Paragraph")
            .based_on("Normal")
            .q_format(true)
            .ui_priority(34)
            .line_spacing(LineSpacing::new().after(60)),
        Style::new(STYLE_QUOTE, StyleType::Paragraph)
            .name("Quote")
            .based_on("Normal")
            .next("Normal")
            .q_format(true)
            .ui_priority(29)
            .italic()
            .indent(Some(567), None, Some(567), None),
        Style::new(STYLE_CODE, StyleType::Paragraph)
            .name("Code")
            .based_on("Normal")
            .fonts(RunFonts::new().ascii(CODE_FONT).hi_ansi(CODE_FONT))
            .size(20),
        Style::new(STYLE_LINK, StyleType::Character)
            .name("Hyperlink")
            .ui_priority(99)
            .color(LINK_COLOR)
            .underline("single"),
        Style::new(STYLE_TABLE, StyleType::Table)
            .name("Avtale Table")
            .based_on("TableNormal")
            .ui_priority(59),
    ]
}

/// The date the document carries: the exported revision's time, else the newest revision's,
/// else the start of the period. Never the clock.
fn document_date(agreement: &Agreement) -> String {
    match agreement
        .committed_revision()
        .or_else(|| agreement.history.latest())
    {
        Some(r) => r
            .time
            .0
            .naive_utc()
            .format("%Y-%m-%dT%H:%M:%SZ")
            .to_string(),
        None => format!("{}T00:00:00Z", agreement.meta.period.from),
    }
}

/// The language tag Word uses for the agreement's written standard.
pub fn word_language(lang: Lang) -> &'static str {
    match lang {
        Lang::Nb => "nb-NO",
        Lang::Nn => "nn-NO",
    }
}

/// `styles.xml` with the language on the default run properties (docx-rs has no `w:lang`).
fn with_language(styles: &[u8], lang: Lang) -> Result<Vec<u8>, WordError> {
    let xml = String::from_utf8_lossy(styles);
    let tag = word_language(lang);
    let lang_element = format!(r#"<w:lang w:val="{tag}" w:eastAsia="{tag}" w:bidi="ar-SA" />"#);
    let start = xml
        .find("<w:rPrDefault>")
        .ok_or_else(|| missing("w:rPrDefault"))?;
    let rest = &xml[start..];
    let out = if let Some(end) = rest.find("</w:rPr>") {
        let at = start + end;
        format!("{}{lang_element}{}", &xml[..at], &xml[at..])
    } else if let Some(end) = rest.find("<w:rPr />") {
        let at = start + end;
        format!(
            "{}<w:rPr>{lang_element}</w:rPr>{}",
            &xml[..at],
            &xml[at + "<w:rPr />".len()..]
        )
    } else {
        return Err(missing("w:rPr in w:rPrDefault"));
    };
    Ok(out.into_bytes())
}

/// `core.xml` with the title, the language and Avtale as the writer (docx-rs sets none of
/// them).
fn with_core_properties(core: &[u8], title: &str, lang: Lang) -> Result<Vec<u8>, WordError> {
    let xml = String::from_utf8_lossy(core)
        .replace(
            "<dc:creator>unknown</dc:creator>",
            "<dc:creator>Avtale</dc:creator>",
        )
        .replace(
            "<cp:lastModifiedBy>unknown</cp:lastModifiedBy>",
            "<cp:lastModifiedBy>Avtale</cp:lastModifiedBy>",
        );
    let end = xml
        .rfind("</cp:coreProperties>")
        .ok_or_else(|| missing("cp:coreProperties"))?;
    Ok(format!(
        "{}<dc:title>{}</dc:title><dc:language>{}</dc:language>{}",
        &xml[..end],
        escape(title),
        word_language(lang),
        &xml[end..]
    )
    .into_bytes())
}

/// Paragraph ids (`w14:paraId`) numbered in document order from `next`.
fn renumber_paragraphs(xml: &[u8], next: &mut u32) -> Vec<u8> {
    const ATTR: &str = "w14:paraId=\"";
    let xml = String::from_utf8_lossy(xml);
    let mut out = String::with_capacity(xml.len());
    let mut rest: &str = &xml;
    while let Some(at) = rest.find(ATTR) {
        let value = at + ATTR.len();
        let Some(len) = rest[value..].find('"') else {
            break;
        };
        *next += 1;
        out.push_str(&rest[..value]);
        out.push_str(&format!("{:08X}", *next));
        rest = &rest[value + len..];
    }
    out.push_str(rest);
    out.into_bytes()
}

/// The relationships with hyperlinks in the order of their ids (docx-rs writes them in a hash
/// map's order).
fn sorted_relationships(rels: &[u8]) -> Vec<u8> {
    let xml = String::from_utf8_lossy(rels);
    let Some(first) = xml.find("<Relationship ") else {
        return rels.to_vec();
    };
    let Some(end) = xml.rfind("</Relationships>") else {
        return rels.to_vec();
    };
    let body = &xml[first..end];
    let mut items: Vec<&str> = body
        .split_inclusive("/>")
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .collect();
    let key = |item: &str| -> (bool, u64, String) {
        let id = item
            .split("Id=\"")
            .nth(1)
            .and_then(|s| s.split('"').next())
            .unwrap_or("")
            .to_owned();
        let link = id.strip_prefix("rIdHyperlink").and_then(|n| n.parse().ok());
        (link.is_some(), link.unwrap_or(0), id)
    };
    // Only the hyperlinks move; the others keep docx-rs's order (a stable sort on the links'
    // flag keeps them first, in place).
    let links: Vec<&str> = {
        let mut l: Vec<&str> = items.iter().copied().filter(|i| key(i).0).collect();
        l.sort_by_key(|i| key(i).1);
        l
    };
    items.retain(|i| !key(i).0);
    items.extend(links);
    format!("{}{}{}", &xml[..first], items.concat(), &xml[end..]).into_bytes()
}

fn missing(what: &str) -> WordError {
    WordError::Failed {
        detail: format!("docx-rs wrote no {what}"),
    }
}

/// Escapes text for XML.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c if c < ' ' && c != '\t' => {}
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use std::io::Read;

    use avtale_core::date::Date;
    use avtale_core::history::{RevisionInfo, Timestamp};
    use avtale_core::starter::{self, NewAgreement};
    use avtale_core::{TemplateSet, workflow};

    use super::*;
    use crate::package;

    fn starter(id: &str, lang: Lang) -> Agreement {
        let templates = TemplateSet::shipped().expect("templates");
        let new = NewAgreement {
            starter: id,
            county: Some("Vestland"),
            municipality: (id == "partnerskapsavtale").then_some("Bergen"),
            lang,
            today: Date::from_ymd(2026, 11, 22).expect("date"),
            id: "eksport-test".into(),
        };
        starter::create(&templates, &new).expect("starter")
    }

    /// One part of a package, as text.
    fn part(docx: &[u8], name: &str) -> String {
        let mut zip = zip::ZipArchive::new(std::io::Cursor::new(docx)).expect("zip");
        let mut text = String::new();
        zip.by_name(name)
            .expect(name)
            .read_to_string(&mut text)
            .expect("utf-8");
        text
    }

    fn exported(agreement: &Agreement) -> Vec<u8> {
        export(agreement, Surroundings::default()).expect("export")
    }

    #[test]
    fn sections_are_heading_1_with_their_number_and_subheadings_heading_2() {
        let agreement = starter("hovedavtale", Lang::Nb);
        let docx = exported(&agreement);
        let document = part(&docx, "word/document.xml");
        let read = package::read(&docx).expect("reads back");
        let headings: Vec<String> = read
            .document
            .children
            .iter()
            .filter_map(|c| match c {
                docx_rs::DocumentChild::Paragraph(p)
                    if p.property
                        .style
                        .as_ref()
                        .is_some_and(|s| s.val == STYLE_SECTION) =>
                {
                    Some(p.raw_text())
                }
                _ => None,
            })
            .collect();
        let tree = tree::build(&agreement);
        let expected: Vec<String> = tree.sections.iter().map(TreeSection::heading).collect();
        assert_eq!(headings, expected);
        assert!(headings[0].starts_with("1. "), "{headings:?}");
        assert!(document.contains(r#"<w:pStyle w:val="Title" />"#));
        let styles = part(&docx, "word/styles.xml");
        assert!(styles.contains(r#"<w:name w:val="heading 1" />"#));
        assert!(styles.contains(r#"<w:name w:val="heading 2" />"#));
        // Bold labels of facts are bold runs.
        assert!(document.contains("<w:b />"));
    }

    #[test]
    fn lists_are_numbered_word_lists() {
        let docx = exported(&starter("hovedavtale", Lang::Nb));
        let document = part(&docx, "word/document.xml");
        let numbering = part(&docx, "word/numbering.xml");
        assert!(document.contains(r#"<w:pStyle w:val="ListParagraph" />"#));
        assert!(
            document.contains("<w:numPr>"),
            "list items carry a numbering"
        );
        assert!(numbering.contains(&format!(
            r#"<w:abstractNum w:abstractNumId="{DECIMAL_LIST}""#
        )));
        assert!(numbering.contains(&format!(
            r#"<w:abstractNum w:abstractNumId="{BULLET_LIST}""#
        )));
        assert!(numbering.contains(r#"<w:numFmt w:val="bullet" />"#));
        assert!(numbering.contains(r#"<w:num w:numId="2">"#));
    }

    #[test]
    fn tables_have_a_repeated_header_row_and_signatures_a_table() {
        let agreement = starter("hovedavtale", Lang::Nb);
        let docx = exported(&agreement);
        let document = part(&docx, "word/document.xml");
        let tree = tree::build(&agreement);
        let tables = tree
            .sections
            .iter()
            .flat_map(|s| &s.blocks)
            .filter(|b| matches!(b, Block::Table { .. }))
            .count();
        assert!(tables > 0);
        assert_eq!(document.matches("<w:tblHeader />").count(), tables);
        assert!(!document.contains(HEADER_ROW_MARK));
        let signing = tree.sections.iter().any(|s| !s.signatures.is_empty());
        assert!(signing);
        assert_eq!(
            document.matches("<w:tbl>").count(),
            tables + 1,
            "one signature table"
        );
        assert!(document.contains(&"_".repeat(tree::SIGNATURE_LINE_CHARS)));
    }

    #[test]
    fn the_title_language_and_stamp_are_in_the_properties() {
        let mut agreement = starter("hovedavtale", Lang::Nn);
        let docx = exported(&agreement);
        assert!(part(&docx, "word/styles.xml").contains(r#"<w:lang w:val="nn-NO""#));
        let core = part(&docx, "docProps/core.xml");
        assert!(core.contains(&format!(
            "<dc:title>{}</dc:title>",
            escape(&agreement.meta.title)
        )));
        assert!(core.contains("<dc:language>nn-NO</dc:language>"));
        let read = package::read(&docx).expect("reads back");
        let unsaved = Stamp::read(&read).expect("stamped");
        assert_eq!(unsaved.agreement_id, "eksport-test");
        assert_eq!((unsaved.revision, unsaved.hash), (None, None));

        let info = RevisionInfo {
            author: "Kari".into(),
            time: Timestamp::parse("2026-12-01T10:00:00+01:00").expect("time"),
            message: "Første utkast".into(),
            name: None,
        };
        workflow::commit(&mut agreement, info, None).expect("commit");
        let committed = agreement.committed_revision().expect("committed").clone();
        let docx = exported(&agreement);
        let stamp = Stamp::read(&package::read(&docx).expect("reads")).expect("stamped");
        assert_eq!(stamp.revision, Some(committed.number));
        assert_eq!(stamp.hash.as_deref(), Some(committed.hash.as_str()));
        assert!(part(&docx, "docProps/core.xml").contains("2026-12-01T09:00:00Z"));
        assert!(
            part(
                &exported(&starter("hovedavtale", Lang::Nb)),
                "word/styles.xml"
            )
            .contains(r#"<w:lang w:val="nb-NO""#)
        );
    }

    #[test]
    fn the_same_agreement_gives_the_same_bytes() {
        let agreement = starter("underavtale-ot", Lang::Nb);
        let first = exported(&agreement);
        let _other = exported(&starter("handlingsplan", Lang::Nb));
        assert_eq!(first, exported(&agreement));
    }

    #[test]
    fn runs_keep_their_look_links_and_line_breaks() {
        let blocks = tree::prose_blocks(
            "Dette er **viktig** og *særlig* ~~ute~~, se [Nav](https://www.nav.no/?a=1&b=2).\n\n1. én\n2. to\n   - under\n\n| A | B |\n|---|---|\n| x\u{1} | y |",
            None,
        );
        let mut w = Writer::new(Lang::Nb);
        let mut pieces = Vec::new();
        for b in &blocks {
            w.block(b, 0, None, &mut pieces);
        }
        let mut docx = Docx::new();
        for numbering in std::mem::take(&mut w.numberings) {
            docx = docx.add_numbering(numbering);
        }
        for piece in pieces {
            docx = match piece {
                Piece::P(p) => docx.add_paragraph(p),
                Piece::T(t) => docx.add_table(t),
            };
        }
        let xml = docx.build();
        let document = String::from_utf8(xml.document).expect("utf-8");
        let rels = String::from_utf8(sorted_relationships(&xml.document_rels)).expect("utf-8");
        assert!(document.contains("<w:b />"));
        assert!(document.contains("<w:i />"));
        assert!(document.contains("<w:strike />"));
        assert!(
            document.contains(r#"<w:hyperlink r:id="rIdHyperlink1""#),
            "{document}"
        );
        assert!(
            rels.contains(r#"Target="https://www.nav.no/?a=1&amp;b=2""#),
            "{rels}"
        );
        assert!(
            document.contains(r#"<w:ilvl w:val="1" />"#),
            "a nested list one level deeper"
        );
        assert!(!document.contains('\u{1}'), "no control characters in XML");
    }

    #[test]
    fn columns_fit_their_longest_words_and_fill_the_width() {
        let cell = |t: &str| vec![TreeRun::plain(t)];
        let head = vec![cell("Frist"), cell("Beskrivelse")];
        let rows = vec![vec![
            cell("november"),
            cell("en lang tekst som fyller mye mer enn den første kolonnen gjør"),
        ]];
        let widths = column_widths(&head, &rows, TEXT_WIDTH);
        assert_eq!(widths.iter().sum::<usize>(), TEXT_WIDTH);
        assert!(widths[0] < widths[1]);
        assert!(widths[0] >= 8 * 150, "{widths:?}");
    }
}
