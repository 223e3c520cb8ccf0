//! A new agreement from a Word document Avtale did not make: headings become sections (their
//! numbers recognised and left to Avtale), sub-headings, paragraphs, lists and tables stay in
//! the section's text as Markdown, the text before the first heading becomes an opening
//! section, sections are matched to clause templates by title (keeping their own text), and
//! the parties and period are taken from the text where it states them plainly. The report
//! lists each section with its template and everything left out or changed in form, so nothing
//! is dropped silently.

use std::collections::BTreeSet;

use avtale_core::agreement::{
    Agreement, AgreementKind, FORMAT_VERSION, Meta, Party, PartyId, PartyKind, Period, Section,
    SectionId, Status,
};
use avtale_core::catalog;
use avtale_core::date::Date;
use avtale_core::history::History;
use avtale_core::lang::{Lang, Locale};
use avtale_core::messages;
use avtale_core::template::TemplateSet;
use serde::Serialize;

use crate::WordError;
use crate::package;
use crate::read::{self, Block, Outline, Span};

/// What an import needs besides the bytes: the templates to match sections against, and the
/// two things the core never makes up (today, read from the clock by the caller, and a new id).
#[derive(Debug, Clone, Copy)]
pub struct ImportOptions<'a> {
    /// The clause templates sections are matched against.
    pub templates: &'a TemplateSet,
    /// Today: an agreement whose text states no period starts on the first of next month.
    pub today: Date,
    /// A new, unique identity for the agreement.
    pub id: &'a str,
    /// The file's name without its extension: the title when the document names none.
    pub file_stem: Option<&'a str>,
}

/// An imported agreement and what the import did.
#[derive(Debug, Clone, PartialEq)]
pub struct Imported {
    /// The new agreement (a draft without history).
    pub agreement: Agreement,
    /// Each section with its template, and what was left out or changed in form.
    pub report: ImportReport,
}

/// What an import made and what it could not place.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct ImportReport {
    /// The sections in order, each with the template it was matched to.
    pub sections: Vec<ImportedSection>,
    /// The parties found in the text (organisation names); empty when none was.
    pub parties: Vec<String>,
    /// The period found in the text ("1. januar 2024 – 31. desember 2027"), if any.
    pub period: Option<String>,
    /// What was left out or changed in form, in document order.
    pub left_out: Vec<LeftOut>,
}

/// One imported section.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct ImportedSection {
    /// The section's id in the agreement.
    pub id: String,
    /// Its title, without its number.
    pub title: String,
    /// The number the document gave it ("3", "7.1", "§ 3"), if any.
    #[cfg_attr(feature = "ts", ts(optional))]
    pub number: Option<String>,
    /// The template it was matched to, if any.
    #[cfg_attr(feature = "ts", ts(optional))]
    pub template: Option<String>,
}

/// Something left out of the agreement or changed in form.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct LeftOut {
    /// What kind of thing: a [`read::SkippedKind`] name (`image`, `field`, `text_box`, …),
    /// or `comment`, `tracked_changes`, `numbering`, `merged_cells`.
    pub kind: String,
    /// The title of the section it was in, if it was in one.
    #[cfg_attr(feature = "ts", ts(optional))]
    pub section: Option<String>,
    /// What it showed or said, if anything.
    pub text: String,
}

impl ImportReport {
    /// The report as lines for a reader, naming the file: the sections with their templates,
    /// the parties and period found, and what was left out.
    pub fn lines(&self, file: &str, templates: &TemplateSet, lang: Lang, l: Locale) -> Vec<String> {
        let mut lines = vec![messages::import_report_heading(
            file,
            self.sections.len(),
            l,
        )];
        for s in &self.sections {
            let template = s
                .template
                .as_deref()
                .and_then(|id| templates.get(id))
                .map(|t| t.text(lang).title.clone());
            let title = match &s.number {
                Some(n) => format!("  {n} {}", s.title),
                None => format!("  {}", s.title),
            };
            lines.push(messages::import_report_section(
                &title,
                template.as_deref(),
                l,
            ));
        }
        lines.push(messages::import_parties(&self.parties, l));
        lines.push(messages::import_period(self.period.as_deref(), l));
        if !self.left_out.is_empty() {
            lines.push(messages::import_left_out_heading(l));
            for item in &self.left_out {
                lines.push(messages::import_left_out(
                    &item.kind,
                    item.section.as_deref(),
                    &item.text,
                    l,
                ));
            }
        }
        lines
    }
}

/// Makes a new agreement from the bytes of a Word document. Bytes that are not a readable
/// .docx are refused with a [`WordError`] (see [`package::read`]).
pub fn import(bytes: &[u8], options: &ImportOptions<'_>) -> Result<Imported, WordError> {
    let docx = package::read(bytes)?;
    let outline = read::outline(&docx);
    let core_title = package::core_title(bytes);
    Ok(from_outline(&outline, core_title.as_deref(), options))
}

/// A heading block seen as a possible section start.
struct Heading {
    index: usize,
    level: u8,
    text: String,
}

/// Makes the agreement from a document's outline.
pub fn from_outline(
    outline: &Outline,
    core_title: Option<&str>,
    options: &ImportOptions<'_>,
) -> Imported {
    let blocks = &outline.blocks;
    let all_text = outline.text();
    let lang = guess_lang(&all_text);
    let locale = Locale::from(lang);
    let mut left_out = Vec::new();

    // Headings: styled ones, else short paragraphs in bold (a document without styles).
    let mut headings: Vec<Heading> = blocks
        .iter()
        .enumerate()
        .filter_map(|(index, b)| match b {
            Block::Heading { level, text } => Some(Heading {
                index,
                level: *level,
                text: clean(&read::text_shown(text)),
            }),
            _ => None,
        })
        .filter(|h| !h.text.is_empty())
        .collect();
    if headings.iter().all(|h| h.level == 0) {
        headings.extend(
            blocks
                .iter()
                .enumerate()
                .filter(|(_, b)| looks_like_heading(b))
                .map(|(index, b)| Heading {
                    index,
                    level: 1,
                    text: clean(&b.text()),
                }),
        );
        headings.sort_by_key(|h| h.index);
    }

    // The title: the Title style, else a lone top heading over the sections, else the core
    // properties, else the file's name.
    let mut title_block: Option<usize> = headings.iter().find(|h| h.level == 0).map(|h| h.index);
    let section_level = section_level(&headings);
    if title_block.is_none()
        && let Some(first) = headings.iter().find(|h| h.level >= 1)
        && first.level < section_level
        && headings.iter().filter(|h| h.level == first.level).count() == 1
        && first.index == headings[0].index
    {
        title_block = Some(first.index);
    }
    let title = title_block
        .map(|i| clean(&blocks[i].text()))
        .filter(|t| !t.is_empty())
        .or_else(|| core_title.map(clean).filter(|t| !t.is_empty()))
        .or_else(|| options.file_stem.map(clean).filter(|t| !t.is_empty()))
        .unwrap_or_else(|| messages::import_default_title(locale));

    // Section starts: every heading at the section level or above (but not the title).
    let starts: Vec<&Heading> = headings
        .iter()
        .filter(|h| h.level >= 1 && h.level <= section_level && Some(h.index) != title_block)
        .collect();

    let mut sections: Vec<Section> = Vec::new();
    let mut report_sections = Vec::new();
    let mut ids = BTreeSet::new();
    let mut block_section: Vec<Option<usize>> = vec![None; blocks.len()];

    // The text before the first section (a cover, a preamble).
    let first_start = starts.first().map_or(blocks.len(), |h| h.index);
    let preamble: Vec<usize> = (0..first_start)
        .filter(|i| Some(*i) != title_block)
        .collect();
    if !preamble.is_empty() {
        let text = markdown(blocks, &preamble, section_level, None, &mut left_out, None);
        if !text.trim().is_empty() {
            let title = messages::import_preamble_title(locale);
            let id = unique_id(&mut ids, &title);
            for i in &preamble {
                block_section[*i] = Some(sections.len());
            }
            report_sections.push(ImportedSection {
                id: id.clone(),
                title: title.clone(),
                number: None,
                template: None,
            });
            sections.push(Section {
                id: SectionId(id),
                title,
                text,
                ..Section::default()
            });
        }
    }

    let mut numbers = Vec::new();
    for (n, start) in starts.iter().enumerate() {
        let end = starts.get(n + 1).map_or(blocks.len(), |h| h.index);
        let (number, title) = split_number(&start.text);
        if let Some(n) = &number {
            numbers.push(n.clone());
        }
        let body: Vec<usize> = (start.index + 1..end)
            .filter(|i| Some(*i) != title_block)
            .collect();
        block_section[start.index] = Some(sections.len());
        for i in &body {
            block_section[*i] = Some(sections.len());
        }
        let text = markdown(
            blocks,
            &body,
            section_level,
            number.as_deref(),
            &mut left_out,
            Some(&title),
        );
        let template = catalog::match_template(options.templates, &title).map(|t| t.id.clone());
        let id = unique_id(&mut ids, &title);
        report_sections.push(ImportedSection {
            id: id.clone(),
            title: title.clone(),
            number,
            template: template.clone(),
        });
        sections.push(Section {
            id: SectionId(id),
            title,
            template,
            text,
            ..Section::default()
        });
    }

    // The headings' own numbers, once for all (each section's is in the report's list).
    if !numbers.is_empty() {
        left_out.insert(
            0,
            LeftOut {
                kind: "numbering".to_owned(),
                section: None,
                text: numbers.join(", "),
            },
        );
    }

    // What the reader did not take as text, the comments and the tracked changes.
    let section_title = |block: Option<usize>| {
        let b = block?;
        let s = match block_section.get(b) {
            Some(s) => (*s)?,
            None => sections.len().checked_sub(1)?,
        };
        Some(sections[s].title.clone())
    };
    for s in &outline.skipped {
        let kind = serde_json::to_value(s.kind)
            .ok()
            .and_then(|v| v.as_str().map(str::to_owned))
            .unwrap_or_default();
        left_out.push(LeftOut {
            kind,
            section: section_title(s.block),
            text: s.text.clone(),
        });
    }
    for c in &outline.comments {
        left_out.push(LeftOut {
            kind: "comment".to_owned(),
            section: section_title(c.block),
            text: format!("{}: {}", c.author, c.text),
        });
    }
    if outline.has_changes() {
        let mut authors = BTreeSet::new();
        for b in blocks {
            collect_authors(b, &mut authors);
        }
        left_out.push(LeftOut {
            kind: "tracked_changes".to_owned(),
            section: None,
            text: authors.into_iter().collect::<Vec<_>>().join(", "),
        });
    }

    // Parties, period, kind and county from the text.
    let opening: String = blocks
        .iter()
        .take(first_start.max(1) + 40)
        .map(Block::text)
        .collect::<Vec<_>>()
        .join("\n");
    let parties = find_parties(&format!("{title}\n{opening}"));
    let found_period = find_period(&all_text);
    let period = found_period.clone().unwrap_or_else(|| Period {
        from: options.today.first_of_next_month(),
        to: None,
        renewal: None,
    });
    let period_text = found_period.map(|p| match p.to {
        Some(to) => format!("{} – {}", p.from.long(lang), to.long(lang)),
        None => p.from.long(lang),
    });
    let county = parties
        .iter()
        .find_map(|p| county_of(&p.organisation))
        .unwrap_or_default();
    let kind = kind_of(&title);

    let agreement = Agreement {
        format: FORMAT_VERSION,
        meta: Meta {
            id: options.id.to_owned(),
            title,
            kind,
            parent: None,
            county,
            municipality: None,
            language: lang,
            period,
            status: Status::Utkast,
            areas: Vec::new(),
            references: Vec::new(),
            regions: Vec::new(),
        },
        parties: parties.clone(),
        sections,
        glossary: Vec::new(),
        considered: Vec::new(),
        followup: Vec::new(),
        history: History::default(),
    };
    Imported {
        agreement,
        report: ImportReport {
            sections: report_sections,
            parties: parties.into_iter().map(|p| p.organisation).collect(),
            period: period_text,
            left_out,
        },
    }
}

fn collect_authors(block: &Block, authors: &mut BTreeSet<String>) {
    match block {
        Block::Table { rows } => {
            for b in rows.iter().flatten().flat_map(|c| &c.blocks) {
                collect_authors(b, authors);
            }
        }
        _ => {
            for s in block.spans() {
                for c in &s.changes {
                    let (read::Change::Inserted { author, .. }
                    | read::Change::Deleted { author, .. }) = c;
                    if !author.trim().is_empty() {
                        authors.insert(author.trim().to_owned());
                    }
                }
            }
        }
    }
}

/// The heading level that numbers sections: the level of the headings that carry a single
/// number ("3.", "§ 3") when some do, else the shallowest level used more than once, else the
/// shallowest used.
fn section_level(headings: &[Heading]) -> u8 {
    let levels: BTreeSet<u8> = headings
        .iter()
        .map(|h| h.level)
        .filter(|l| *l >= 1)
        .collect();
    for level in &levels {
        let numbered = headings
            .iter()
            .filter(|h| h.level == *level)
            .filter(|h| split_number(&h.text).0.is_some_and(|n| !n.contains('.')))
            .count();
        if numbered >= 2 {
            return *level;
        }
    }
    levels
        .iter()
        .find(|l| headings.iter().filter(|h| h.level == **l).count() > 1)
        .or_else(|| levels.first())
        .copied()
        .unwrap_or(1)
}

/// A short paragraph wholly in bold, without a closing full stop: a heading in a document
/// written without heading styles.
fn looks_like_heading(block: &Block) -> bool {
    let Block::Paragraph { text } = block else {
        return false;
    };
    let shown: Vec<&Span> = text
        .iter()
        .filter(|s| s.shown() && !s.text.trim().is_empty())
        .collect();
    let words = block.text();
    let words = words.trim();
    !shown.is_empty()
        && shown.iter().all(|s| s.bold)
        && words.chars().count() <= 80
        && !words.ends_with('.')
        && !words.ends_with(':')
}

/// A heading's number and its title without it: "3. Formål", "7.1 Mål", "§ 3 Parter",
/// "Punkt 3: Parter", "IV. Økonomi". No number when nothing would be left of the title.
pub fn split_number(heading: &str) -> (Option<String>, String) {
    let text = heading.trim();
    let lower = text.to_lowercase();
    let mut rest = text;
    let mut prefix = "";
    for word in [
        "§", "punkt", "pkt.", "pkt", "kapittel", "kap.", "artikkel", "art.",
    ] {
        if lower.starts_with(word) {
            let after = &text[word.len()..];
            if after.trim_start().starts_with(|c: char| c.is_ascii_digit()) {
                prefix = &text[..word.len()];
                rest = after.trim_start();
                break;
            }
        }
    }
    let number_len = rest
        .char_indices()
        .take_while(|(_, c)| c.is_ascii_digit() || *c == '.')
        .last()
        .map_or(0, |(i, c)| i + c.len_utf8());
    let (number, after) = if number_len > 0 && rest.starts_with(|c: char| c.is_ascii_digit()) {
        (
            rest[..number_len].trim_end_matches('.').to_owned(),
            &rest[number_len..],
        )
    } else if prefix.is_empty() {
        // Roman numerals and capital letters: "IV. Økonomi", "A) Formål".
        let word: String = rest
            .chars()
            .take_while(|c| !c.is_whitespace() && *c != '.' && *c != ')')
            .collect();
        let roman = !word.is_empty() && word.chars().all(|c| "IVXL".contains(c)) && word.len() <= 5;
        let letter = word.chars().count() == 1 && word.chars().all(|c| c.is_ascii_uppercase());
        let marked = rest[word.len()..].starts_with(['.', ')']);
        if (roman || letter) && marked {
            (word.clone(), &rest[word.len() + 1..])
        } else {
            return (None, text.to_owned());
        }
    } else {
        return (None, text.to_owned());
    };
    if number.is_empty() {
        return (None, text.to_owned());
    }
    let title = after
        .trim_start_matches([')', ':', '-', '–', '—', ' ', '\t', '.'])
        .trim();
    // "2024 Handlingsplan" is not a number, and "3" alone is no title.
    if title.is_empty() || (number.len() == 4 && !number.contains('.') && prefix.is_empty()) {
        return (None, text.to_owned());
    }
    if !after.starts_with([' ', '\t', ')', ':', '-', '–', '—', '.']) && !number_len.eq(&0) {
        return (None, text.to_owned());
    }
    let number = if prefix.is_empty() {
        number
    } else {
        format!("{prefix} {number}")
    };
    (Some(number), title.to_owned())
}

/// A section's blocks as the prose's Markdown: deeper headings as subheadings, paragraphs,
/// lists and tables. Tracked changes are taken as shown.
fn markdown(
    blocks: &[Block],
    indices: &[usize],
    section_level: u8,
    number: Option<&str>,
    left_out: &mut Vec<LeftOut>,
    section: Option<&str>,
) -> String {
    let mut out = String::new();
    let mut previous_list = false;
    for &i in indices {
        let block = &blocks[i];
        let is_list = matches!(block, Block::ListItem { .. });
        if !out.is_empty() {
            out.push_str(if is_list && previous_list {
                "\n"
            } else {
                "\n\n"
            });
        }
        previous_list = is_list;
        match block {
            Block::Heading { level, text } => {
                let shown = clean(&read::text_shown(text));
                // A subheading numbered under its section ("7.1" under "7") loses its number.
                let shown = match (number, split_number(&shown)) {
                    (Some(n), (Some(sub), title)) if sub.starts_with(&format!("{n}.")) => title,
                    _ => shown,
                };
                let depth = level.saturating_sub(section_level).clamp(1, 5) + 1;
                out.push_str(&"#".repeat(depth as usize));
                out.push(' ');
                out.push_str(&escape(&shown, true));
            }
            Block::Paragraph { text } => out.push_str(&inline(text, true)),
            Block::ListItem {
                level,
                ordered,
                text,
            } => {
                out.push_str(&"    ".repeat(*level as usize));
                out.push_str(if *ordered { "1. " } else { "- " });
                out.push_str(&inline(text, false));
            }
            Block::Table { rows } => {
                let (table, simplified) = table(rows);
                if simplified {
                    left_out.push(LeftOut {
                        kind: "merged_cells".to_owned(),
                        section: section.map(str::to_owned),
                        text: String::new(),
                    });
                }
                out.push_str(&table);
            }
        }
    }
    out
}

/// Spans as Markdown inline text: bold and italic kept, deletions dropped, line breaks as
/// hard breaks, characters Markdown would read as markup escaped.
fn inline(spans: &[Span], line_start: bool) -> String {
    let mut out = String::new();
    for s in spans.iter().filter(|s| s.shown()) {
        let text = s.text.replace('\t', " ");
        let at_start = line_start && out.is_empty();
        let escaped = escape(&text, at_start);
        let escaped = escaped.replace('\n', "\\\n");
        let core = escaped.trim();
        if (s.bold || s.italic) && !core.is_empty() {
            let mark = match (s.bold, s.italic) {
                (true, true) => "***",
                (true, false) => "**",
                _ => "*",
            };
            let lead = &escaped[..escaped.len() - escaped.trim_start().len()];
            let trail = &escaped[escaped.trim_end().len()..];
            out.push_str(lead);
            out.push_str(mark);
            out.push_str(core);
            out.push_str(mark);
            out.push_str(trail);
        } else {
            out.push_str(&escaped);
        }
    }
    out.trim().to_owned()
}

/// Text escaped so Markdown reads it as it is: emphasis marks, links, code, raw HTML, table
/// bars and, at the start of a line, what would start a heading, list or quote.
fn escape(text: &str, line_start: bool) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(
            c,
            '\\' | '*' | '_' | '`' | '[' | ']' | '<' | '>' | '|' | '~' | '#'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    if line_start {
        let trimmed = out.trim_start();
        let digits = trimmed.chars().take_while(char::is_ascii_digit).count();
        if digits > 0 && trimmed[digits..].starts_with(['.', ')']) {
            let lead = out.len() - trimmed.len();
            out.insert(lead + digits, '\\');
        } else if trimmed.starts_with(['-', '+', '=']) {
            let lead = out.len() - trimmed.len();
            out.insert(lead, '\\');
        }
    }
    out
}

/// A table as a Markdown table (the first row as its header), and whether it had to be made
/// simpler (nested tables or several paragraphs in a cell).
fn table(rows: &[Vec<read::Cell>]) -> (String, bool) {
    let mut simplified = false;
    let width = rows.iter().map(Vec::len).max().unwrap_or(0).max(1);
    let mut lines = Vec::new();
    for (r, row) in rows.iter().enumerate() {
        let mut cells: Vec<String> = row
            .iter()
            .map(|cell| {
                if cell.blocks.len() > 1
                    || cell.blocks.iter().any(|b| matches!(b, Block::Table { .. }))
                {
                    simplified = true;
                }
                cell.blocks
                    .iter()
                    .map(|b| match b {
                        Block::Table { .. } => escape(&clean(&b.text()), false),
                        Block::ListItem { text, .. } => format!("– {}", inline(text, false)),
                        _ => inline(b.spans(), false),
                    })
                    .collect::<Vec<_>>()
                    .join(" ")
                    .replace("\\\n", " ")
                    .replace('\n', " ")
            })
            .collect();
        cells.resize(width, String::new());
        lines.push(format!("| {} |", cells.join(" | ")));
        if r == 0 {
            lines.push(format!("|{}", " --- |".repeat(width)));
        }
    }
    (lines.join("\n"), simplified)
}

/// Text with runs of white space made one space, trimmed.
fn clean(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A section id from a title: lower-case ASCII words joined by hyphens, unique in the
/// agreement.
fn unique_id(taken: &mut BTreeSet<String>, title: &str) -> String {
    let mut base = String::new();
    for c in title.to_lowercase().chars() {
        let mapped = match c {
            'æ' => "ae".to_owned(),
            'ø' => "o".to_owned(),
            'å' => "a".to_owned(),
            'é' | 'è' | 'ê' => "e".to_owned(),
            c if c.is_ascii_alphanumeric() => c.to_string(),
            _ => "-".to_owned(),
        };
        base.push_str(&mapped);
    }
    let base: String = base
        .split('-')
        .filter(|w| !w.is_empty())
        .take(6)
        .collect::<Vec<_>>()
        .join("-");
    let base = if base.is_empty() {
        "punkt".to_owned()
    } else {
        base
    };
    let mut id = base.clone();
    let mut n = 2;
    while taken.contains(&id) {
        id = format!("{base}-{n}");
        n += 1;
    }
    taken.insert(id.clone());
    id
}

/// Nynorsk when its marker words outnumber bokmål's.
fn guess_lang(text: &str) -> Lang {
    const NN: [&str; 10] = [
        "ikkje",
        "eit",
        "gjeld",
        "korleis",
        "dei",
        "frå",
        "kva",
        "vere",
        "samarbeidet",
        "mykje",
    ];
    const NB: [&str; 10] = [
        "ikke",
        "et",
        "gjelder",
        "hvordan",
        "de",
        "fra",
        "hva",
        "være",
        "samarbeidet",
        "mye",
    ];
    let mut nn = 0;
    let mut nb = 0;
    for word in text
        .split(|c: char| !c.is_alphabetic())
        .map(str::to_lowercase)
    {
        nn += usize::from(NN.contains(&word.as_str()));
        nb += usize::from(NB.contains(&word.as_str()));
    }
    if nn > nb { Lang::Nn } else { Lang::Nb }
}

/// The kind of agreement a title names.
fn kind_of(title: &str) -> AgreementKind {
    let lower = title.to_lowercase();
    if lower.contains("partnerskap") || lower.contains("partnarskap") {
        AgreementKind::Partnerskapsavtale
    } else if lower.contains("handlingsplan") {
        AgreementKind::Handlingsplan
    } else if lower.contains("underavtale") || lower.contains("delavtale") {
        AgreementKind::Underavtale
    } else {
        AgreementKind::Hovedavtale
    }
}

/// The parties a text names plainly: "mellom X og Y" (or "X og Y inngår …"), each an
/// organisation Avtale knows the kind of (Nav, a county authority, a municipality). A name
/// may hold "og" itself ("Nav Møre og Romsdal og Møre og Romsdal fylkeskommune"): every split
/// is tried, and one whose two names share their place wins over the first that fits.
fn find_parties(text: &str) -> Vec<Party> {
    for line in text.lines() {
        let lower = line.to_lowercase();
        let Some(at) = lower.find("mellom ") else {
            continue;
        };
        let after = &line[at + "mellom ".len()..];
        let mut fitting: Vec<(&str, &str)> = Vec::new();
        for (and, _) in after.match_indices(" og ") {
            let first = after[..and].trim();
            let rest = &after[and + " og ".len()..];
            let end = [
                ",", ".", ";", "(", "\n", " om ", " for ", " i ", " gjeld", " inngår",
            ]
            .iter()
            .filter_map(|stop| rest.find(stop))
            .min()
            .unwrap_or(rest.len());
            let second = rest[..end].trim();
            let second = second.strip_suffix(" og").unwrap_or(second).trim();
            if party_kind(first).is_some() && party_kind(second).is_some() {
                fitting.push((first, second));
            }
        }
        let chosen = fitting
            .iter()
            .find(|(a, b)| place_of(a).is_some() && place_of(a) == place_of(b))
            .or_else(|| fitting.first());
        if let Some((first, second)) = chosen {
            return [*first, *second]
                .into_iter()
                .map(|name| {
                    let kind = party_kind(name).unwrap_or(PartyKind::Annen);
                    Party {
                        id: PartyId(party_id(kind).to_owned()),
                        organisation: name.to_owned(),
                        unit: None,
                        kind,
                        signatory: None,
                        contact: None,
                    }
                })
                .collect();
        }
    }
    Vec::new()
}

/// The place an organisation's name gives, in lower case: "Nav Møre og Romsdal" and "Møre og
/// Romsdal fylkeskommune" both give "møre og romsdal".
fn place_of(name: &str) -> Option<String> {
    let lower = name.to_lowercase();
    let place = if let Some(rest) = lower.strip_prefix("nav ") {
        rest.trim()
    } else if let Some(rest) = lower.strip_suffix(" fylkeskommune") {
        rest.trim()
    } else if let Some(rest) = lower.strip_suffix(" kommune") {
        rest.trim()
    } else {
        return None;
    };
    (!place.is_empty()).then(|| place.to_owned())
}

fn party_kind(name: &str) -> Option<PartyKind> {
    let lower = name.to_lowercase();
    let words = lower.split_whitespace().count();
    if words == 0 || words > 6 {
        return None;
    }
    if lower.starts_with("nav ") || lower == "nav" {
        Some(PartyKind::NavFylke)
    } else if lower.contains("fylkeskommune") {
        Some(PartyKind::Fylkeskommune)
    } else if lower.ends_with("kommune") {
        Some(PartyKind::Kommune)
    } else {
        None
    }
}

fn party_id(kind: PartyKind) -> &'static str {
    match kind {
        PartyKind::NavFylke | PartyKind::NavKontor => "nav",
        PartyKind::Fylkeskommune => "fk",
        PartyKind::Kommune => "kommune",
        _ => "part",
    }
}

/// The county an organisation's name gives: "Vestland fylkeskommune", "Nav Vestland".
fn county_of(organisation: &str) -> Option<String> {
    let lower = organisation.to_lowercase();
    if let Some(at) = lower.find(" fylkeskommune") {
        let county = organisation[..at].trim();
        return (!county.is_empty()).then(|| county.to_owned());
    }
    None
}

/// The period a text states plainly: a paragraph about the agreement's time ("gjelder fra",
/// "perioden", "varighet", "trer i kraft") with one or two dates in it.
fn find_period(text: &str) -> Option<Period> {
    for sentence in text.lines() {
        let lower = sentence.to_lowercase();
        if ![
            "gjeld",
            "periode",
            "varighet",
            "varigheit",
            "i kraft",
            "fra ",
            "frå ",
        ]
        .iter()
        .any(|w| lower.contains(w))
        {
            continue;
        }
        let dates = dates_in(&lower);
        match dates.as_slice() {
            [from, to, ..] if from < to => {
                return Some(Period {
                    from: *from,
                    to: Some(*to),
                    renewal: None,
                });
            }
            [from] if lower.contains("i kraft") || lower.contains("gjeld") => {
                return Some(Period {
                    from: *from,
                    to: None,
                    renewal: None,
                });
            }
            _ => {}
        }
    }
    None
}

/// Dates written "1. januar 2024", "01.01.2024", "1.1.2024" or "2024-01-01", in order.
fn dates_in(lower: &str) -> Vec<Date> {
    let words: Vec<&str> = lower
        .split(|c: char| c.is_whitespace() || c == '–' || c == ',' || c == '(' || c == ')')
        .filter(|w| !w.is_empty())
        .collect();
    let mut dates = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let w = words[i].trim_end_matches(['.', ';', ':']);
        // "1." "januar" "2024"
        if let (Ok(day), Some(month), Some(year)) = (
            w.parse::<u32>(),
            // The month names are the core's, the ones every date is printed with.
            words.get(i + 1).and_then(|m| {
                (1..=12u32).find(|n| avtale_core::date::month_name(*n) == m.trim_end_matches('.'))
            }),
            words
                .get(i + 2)
                .and_then(|y| y.trim_end_matches(['.', ';', ':']).parse::<i32>().ok()),
        ) && let Some(d) = Date::from_ymd(year, month, day)
        {
            dates.push(d);
            i += 3;
            continue;
        }
        let parts: Vec<&str> = w.split(['.', '-', '/']).collect();
        if let [a, b, c] = parts.as_slice()
            && let (Ok(a), Ok(b), Ok(c)) = (a.parse::<i32>(), b.parse::<u32>(), c.parse::<i32>())
        {
            let date = if a > 999 {
                Date::from_ymd(a, b, c as u32)
            } else if c > 999 {
                Date::from_ymd(c, b, a as u32)
            } else {
                None
            };
            if let Some(d) = date {
                dates.push(d);
            }
        }
        i += 1;
    }
    dates
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn heading_numbers_are_recognised_and_stripped() {
        let cases = [
            ("3. Formål", Some("3"), "Formål"),
            ("7.1 Mål", Some("7.1"), "Mål"),
            ("7.1. Mål", Some("7.1"), "Mål"),
            ("§ 3 Parter", Some("§ 3"), "Parter"),
            ("§3. Parter", Some("§ 3"), "Parter"),
            ("Punkt 4: Økonomi", Some("Punkt 4"), "Økonomi"),
            ("IV. Økonomi", Some("IV"), "Økonomi"),
            ("A) Formål", Some("A"), "Formål"),
            ("2024 Handlingsplan", None, "2024 Handlingsplan"),
            ("Formål", None, "Formål"),
            ("3.", None, "3."),
            ("3D-printing", None, "3D-printing"),
            ("Vedlegg", None, "Vedlegg"),
        ];
        for (heading, number, title) in cases {
            let (n, t) = split_number(heading);
            assert_eq!((n.as_deref(), t.as_str()), (number, title), "{heading}");
        }
    }

    #[test]
    fn parties_and_period_from_plain_statements() {
        let parties = find_parties(
            "Samarbeidsavtale mellom Nav Vestland og Vestland fylkeskommune om oppfølging",
        );
        assert_eq!(
            parties
                .iter()
                .map(|p| (p.organisation.as_str(), p.kind))
                .collect::<Vec<_>>(),
            vec![
                ("Nav Vestland", PartyKind::NavFylke),
                ("Vestland fylkeskommune", PartyKind::Fylkeskommune)
            ]
        );
        assert_eq!(
            county_of("Vestland fylkeskommune").as_deref(),
            Some("Vestland")
        );
        assert!(find_parties("Samarbeid mellom skole og hjem").is_empty());
        // A county whose name holds "og": the split where both names share the place wins.
        let parties = find_parties(
            "Avtalen er inngått mellom NAV Møre og Romsdal og Møre og Romsdal fylkeskommune og gjelder fra 1. januar 2025.",
        );
        assert_eq!(
            parties
                .iter()
                .map(|p| p.organisation.as_str())
                .collect::<Vec<_>>(),
            vec!["NAV Møre og Romsdal", "Møre og Romsdal fylkeskommune"]
        );
        let p = find_period("Avtalen gjelder fra 1. januar 2024 til 31. desember 2027.").unwrap();
        assert_eq!(p.from, Date::from_ymd(2024, 1, 1).unwrap());
        assert_eq!(p.to, Date::from_ymd(2027, 12, 31));
        let p = find_period("Avtaleperioden er 01.03.2025–28.02.2029").unwrap();
        assert_eq!(p.to, Date::from_ymd(2029, 2, 28));
        assert!(find_period("Møtet holdes 1. mars 2025.").is_none());
    }

    #[test]
    fn markdown_escapes_what_would_become_markup() {
        assert_eq!(escape("1. januar", true), "1\\. januar");
        assert_eq!(escape("- ikke en liste", true), "\\- ikke en liste");
        assert_eq!(escape("a*b_c <x> | y", false), "a\\*b\\_c \\<x\\> \\| y");
    }

    #[test]
    fn language_is_guessed_from_marker_words() {
        assert_eq!(
            guess_lang("Avtalen gjeld frå 2024, og dei skal ikkje"),
            Lang::Nn
        );
        assert_eq!(guess_lang("Avtalen gjelder fra 2024"), Lang::Nb);
    }
}
