//! An agreement as Markdown, written from its document tree (`tree`): the title, a short fact
//! list, numbered sections with their subheadings, prose, tables and lists, and the signature
//! lines. Deterministic: the same agreement always gives the same text. Every piece of text is
//! escaped, so agreement text never becomes markup or raw HTML.

use std::fmt::Write;

use crate::agreement::Agreement;
use crate::messages::{self, Label};

use super::tree::{self, Block, Fact, Run, Tree, TreeSection};

/// Renders the agreement as Markdown.
pub fn render(agreement: &Agreement) -> String {
    write(&tree::build(agreement), agreement.meta.language)
}

/// Writes a document tree as Markdown.
pub fn write(tree: &Tree, lang: crate::lang::Lang) -> String {
    let mut out = format!("# {}\n\n", escape(&tree.title, true));
    facts(&mut out, &tree.facts);
    out.push('\n');
    for section in &tree.sections {
        write_section(&mut out, section, lang);
    }
    out.trim_end().to_owned() + "\n"
}

fn write_section(out: &mut String, section: &TreeSection, lang: crate::lang::Lang) {
    let _ = writeln!(out, "## {}\n", escape(&section.heading(), false));
    for block in &section.blocks {
        out.push_str(&block_text(block));
        out.push_str("\n\n");
    }
    let line = "\\_".repeat(tree::SIGNATURE_LINE_CHARS);
    for s in &section.signatures {
        let _ = writeln!(out, "**{}**\n", escape(&s.party, false));
        let blank = "\\_".repeat(tree::PLACE_LINE_CHARS);
        let place_and_date =
            messages::place_and_date(&escape(&s.place, false), &escape(&s.date, false), &blank);
        let _ = writeln!(
            out,
            "{}: {place_and_date}\n",
            messages::label(Label::PlaceAndDate, lang),
        );
        let _ = writeln!(out, "{line}  ");
        if s.name.is_empty() && s.title.is_empty() {
            out.push('\n');
        } else {
            let _ = writeln!(
                out,
                "{}, {}\n",
                escape(&s.name, true),
                escape(&s.title, false)
            );
        }
        if !s.contact.is_empty() {
            let _ = writeln!(out, "{}\n", escape(&s.contact, false));
        }
    }
}

fn facts(out: &mut String, items: &[Fact]) {
    for f in items {
        let _ = writeln!(
            out,
            "- **{}:** {}",
            escape(&f.label, false),
            runs(&f.value, false)
        );
    }
}

/// Blocks of prose as Markdown, separated by blank lines; reading the result again gives the
/// same blocks.
pub fn blocks(blocks: &[Block]) -> String {
    blocks
        .iter()
        .map(block_text)
        .collect::<Vec<_>>()
        .join("\n\n")
}

/// One block as Markdown, without a trailing newline.
fn block_text(block: &Block) -> String {
    match block {
        Block::Heading { level, runs: r } => {
            format!("{} {}", "#".repeat(usize::from(*level) + 2), runs(r, false))
        }
        Block::Paragraph { runs: r, .. } => runs(r, true),
        Block::List {
            ordered,
            start,
            items,
        } => {
            let mut out = String::new();
            for (n, item) in (*start..).zip(items) {
                let marker = if *ordered {
                    format!("{n}. ")
                } else {
                    "- ".to_owned()
                };
                let indent = " ".repeat(marker.len());
                let body = item.iter().map(block_text).collect::<Vec<_>>().join(
                    if needs_blank_lines(item) {
                        "\n\n"
                    } else {
                        "\n"
                    },
                );
                if !out.is_empty() {
                    out.push('\n');
                }
                out.push_str(&marker);
                for (k, line) in body.lines().enumerate() {
                    if k > 0 {
                        out.push('\n');
                        if !line.is_empty() {
                            out.push_str(&indent);
                        }
                    }
                    out.push_str(line);
                }
            }
            out
        }
        Block::Table { head, rows } => {
            let row = |cells: &[Vec<Run>]| {
                let cells: Vec<String> = cells.iter().map(|c| runs(c, false)).collect();
                format!("| {} |", cells.join(" | "))
            };
            let mut out = row(head);
            let _ = write!(out, "\n|{}", "---|".repeat(head.len()));
            for r in rows {
                out.push('\n');
                out.push_str(&row(r));
            }
            out
        }
        Block::Facts { items } => {
            let mut out = String::new();
            facts(&mut out, items);
            out.trim_end().to_owned()
        }
        Block::Quote { blocks } => blocks
            .iter()
            .map(block_text)
            .collect::<Vec<_>>()
            .join("\n\n")
            .lines()
            .map(|l| {
                if l.is_empty() {
                    ">".to_owned()
                } else {
                    format!("> {l}")
                }
            })
            .collect::<Vec<_>>()
            .join("\n"),
        Block::Code { text } => {
            let mut fence = "```".to_owned();
            while text.contains(fence.as_str()) {
                fence.push('`');
            }
            format!("{fence}\n{text}\n{fence}")
        }
    }
}

/// Whether an item's blocks need blank lines between them: two paragraphs do (else they
/// would run together); a paragraph and its nested list do not.
fn needs_blank_lines(item: &[Block]) -> bool {
    item.windows(2).any(|w| {
        !matches!(
            (&w[0], &w[1]),
            (Block::Paragraph { .. }, Block::List { .. })
        )
    })
}

/// Runs as inline Markdown. `line_start`: whether the text starts a line, where it could
/// otherwise open a block.
fn runs(runs: &[Run], line_start: bool) -> String {
    let mut out = String::new();
    for (link, piece) in tree::by_link(runs) {
        let mut inner = String::new();
        for run in looks(piece) {
            let start = line_start && out.is_empty() && inner.is_empty();
            inner.push_str(&run_text(&run, start));
        }
        match link {
            Some(url) => {
                let url = url
                    .replace(' ', "%20")
                    .replace('<', "%3C")
                    .replace('>', "%3E");
                let _ = write!(out, "[{inner}](<{url}>)");
            }
            None => out.push_str(&inner),
        }
    }
    out
}

/// Neighbouring runs that look the same in Markdown (a name beside plain text) as one run.
fn looks(runs: &[Run]) -> Vec<Run> {
    let mut out: Vec<Run> = Vec::with_capacity(runs.len());
    for run in runs {
        match out.last_mut() {
            Some(last)
                if (last.bold, last.italic, last.strike, last.code)
                    == (run.bold, run.italic, run.strike, run.code) =>
            {
                last.text.push_str(&run.text);
            }
            _ => out.push(Run {
                name: false,
                ..run.clone()
            }),
        }
    }
    out
}

/// One run: its text escaped, inside the marks of its look, whitespace outside the marks.
fn run_text(run: &Run, line_start: bool) -> String {
    let body = run.text.trim_matches(' ');
    let lead = &run.text[..run.text.len() - run.text.trim_start_matches(' ').len()];
    let tail = &run.text[run.text.trim_end_matches(' ').len()..];
    if body.is_empty() {
        return run.text.replace('\n', "\\\n");
    }
    let mut text = if run.code {
        let mut ticks = "`".to_owned();
        while body.contains(ticks.as_str()) {
            ticks.push('`');
        }
        let pad = if body.starts_with('`') || body.ends_with('`') {
            " "
        } else {
            ""
        };
        format!("{ticks}{pad}{body}{pad}{ticks}")
    } else {
        // A line break is a backslash at the end of the line.
        escape(body, line_start && lead.is_empty()).replace('\n', "\\\n")
    };
    if run.strike {
        text = format!("~~{text}~~");
    }
    if run.italic {
        text = format!("*{text}*");
    }
    if run.bold {
        text = format!("**{text}**");
    }
    format!("{lead}{text}{tail}")
}

/// Escapes plain text so that, placed in Markdown, it reads as the same text: inline markup
/// characters are backslash-escaped, and so is anything that would open a block (a heading, a
/// list item, a quote) if the text starts a line. `at_line_start` says whether the text's
/// first line starts a line where it is placed; its later lines always do.
pub fn escape(text: &str, at_line_start: bool) -> String {
    let mut out = String::with_capacity(text.len() + 4);
    for (n, line) in text.split_inclusive('\n').enumerate() {
        let body = line.trim_start_matches([' ', '\t']);
        out.push_str(&line[..line.len() - body.len()]);
        let digits = body.bytes().take_while(u8::is_ascii_digit).count();
        let block_start = if n == 0 && !at_line_start {
            None
        } else if digits > 0 && digits < 10 {
            matches!(body.as_bytes().get(digits), Some(b'.' | b')')).then_some(digits)
        } else {
            matches!(body.as_bytes().first(), Some(b'-' | b'+' | b'=')).then_some(0)
        };
        for (i, c) in body.char_indices() {
            if Some(i) == block_start
                || matches!(
                    c,
                    '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '~' | '&' | '|' | '#'
                )
            {
                out.push('\\');
            }
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaped_values_read_as_plain_text_in_markdown() {
        assert_eq!(escape("1. mars 2027", true), "1\\. mars 2027");
        assert_eq!(escape("1. mars 2027", false), "1. mars 2027");
        assert_eq!(escape("NAV Vestland", true), "NAV Vestland");
        assert_eq!(escape("a_b *c* <d>", false), "a\\_b \\*c\\* \\<d\\>");
        assert_eq!(escape("- x\n# y", false), "- x\n\\# y");
        assert_eq!(escape("a #", false), "a \\#");
        assert_eq!(escape("15–21 år", true), "15–21 år");
        assert_eq!(escape("a | b", false), "a \\| b");
    }

    #[test]
    fn runs_keep_their_look_with_spaces_outside_the_marks() {
        let r = [
            Run::plain("Dette er "),
            Run::bold("viktig "),
            Run::plain("nå."),
        ];
        assert_eq!(runs(&r, true), "Dette er **viktig** nå.");
        assert_eq!(runs(&[Run::plain("1. punkt")], true), "1\\. punkt");
    }

    /// Broke before: 163 sections of 64 KB of `*_` (a 10 MiB file) took 42 seconds to render.
    #[test]
    fn prose_beyond_the_agreement_budget_is_plain() {
        let example = include_str!("../../../../examples/hovedavtale-vestland.avtale.yaml");
        let mut agreement = crate::format::agreement_from_str(example, "x").expect("example");
        let dense = format!("x{}", "*_".repeat(30_000));
        let template = agreement.sections[0].clone();
        agreement.sections = (0..40)
            .map(|i| crate::agreement::Section {
                id: crate::agreement::SectionId(format!("s{i}")),
                text: if i == 39 {
                    "*fet*".into()
                } else {
                    dense.clone()
                },
                ..template.clone()
            })
            .collect();
        let start = std::time::Instant::now();
        let md = render(&agreement);
        assert!(start.elapsed() < std::time::Duration::from_secs(5));
        assert_eq!(
            md.matches("\n## ").count(),
            40 + 1,
            "every section and the glossary"
        );
        // A short text still fits in what is left of the budget.
        assert!(md.contains("\n*fet*\n"), "{}", &md[md.len() - 200..]);
    }
}
