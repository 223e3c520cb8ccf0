//! An agreement as HTML, written from its document tree (`tree`). Every piece of agreement
//! text is escaped; links keep only the targets the tree kept (`http`, `https`, `mailto`); each
//! numbered section heading gets the id `section-<id>`, so the app can scroll to it.

use std::fmt::Write;

use crate::agreement::Agreement;
use crate::messages::{self, Label};

use super::tree::{self, Block, Fact, Run, Tree, TreeSection};

/// The agreement as an HTML fragment (no `<html>` or `<body>`), for the app's preview.
pub fn fragment(agreement: &Agreement) -> String {
    write(&tree::build(agreement), agreement.meta.language)
}

/// Writes a document tree as an HTML fragment.
pub fn write(tree: &Tree, lang: crate::lang::Lang) -> String {
    let mut out = String::with_capacity(16 * 1024);
    let _ = writeln!(out, "<h1>{}</h1>", escape_html(&tree.title));
    facts(&mut out, &tree.facts);
    for section in &tree.sections {
        write_section(&mut out, section, lang);
    }
    out
}

fn write_section(out: &mut String, section: &TreeSection, lang: crate::lang::Lang) {
    match &section.id {
        Some(id) => {
            let _ = writeln!(
                out,
                "<h2 id=\"section-{}\">{}</h2>",
                escape_html(id),
                escape_html(&section.heading())
            );
        }
        None => {
            let _ = writeln!(out, "<h2>{}</h2>", escape_html(&section.heading()));
        }
    }
    for block in &section.blocks {
        write_block(out, block);
    }
    let line = "_".repeat(tree::SIGNATURE_LINE_CHARS);
    for s in &section.signatures {
        let _ = writeln!(out, "<p><strong>{}</strong></p>", escape_html(&s.party));
        let place_and_date = s.place_and_date(&"_".repeat(tree::PLACE_LINE_CHARS));
        let place_and_date = escape_html(&place_and_date);
        let _ = writeln!(
            out,
            "<p>{}: {place_and_date}</p>",
            escape_html(&messages::label(Label::PlaceAndDate, lang)),
        );
        if s.name.is_empty() && s.title.is_empty() {
            let _ = writeln!(out, "<p>{line}</p>");
        } else {
            let _ = writeln!(
                out,
                "<p>{line}<br>\n{}, {}</p>",
                escape_html(&s.name),
                escape_html(&s.title)
            );
        }
        if !s.contact.is_empty() {
            let _ = writeln!(out, "<p>{}</p>", escape_html(&s.contact));
        }
    }
}

fn facts(out: &mut String, items: &[Fact]) {
    out.push_str("<ul>\n");
    for f in items {
        let _ = writeln!(
            out,
            "<li><strong>{}:</strong> {}</li>",
            escape_html(&f.label),
            runs(&f.value)
        );
    }
    out.push_str("</ul>\n");
}

fn write_block(out: &mut String, block: &Block) {
    match block {
        Block::Heading { level, runs: r } => {
            let h = level + 2;
            let _ = writeln!(out, "<h{h}>{}</h{h}>", runs(r));
        }
        Block::Paragraph { runs: r, .. } => {
            let _ = writeln!(out, "<p>{}</p>", runs(r));
        }
        Block::List {
            ordered,
            start,
            items,
        } => {
            match (ordered, start) {
                (true, 1) => out.push_str("<ol>\n"),
                (true, n) => {
                    let _ = writeln!(out, "<ol start=\"{n}\">");
                }
                (false, _) => out.push_str("<ul>\n"),
            }
            for item in items {
                out.push_str("<li>");
                match &item[..] {
                    // A one-paragraph item is written without a paragraph of its own.
                    [Block::Paragraph { runs: r, .. }, rest @ ..]
                        if rest.iter().all(|b| matches!(b, Block::List { .. })) =>
                    {
                        out.push_str(&runs(r));
                        if !rest.is_empty() {
                            out.push('\n');
                        }
                        for b in rest {
                            write_block(out, b);
                        }
                    }
                    blocks => {
                        out.push('\n');
                        for b in blocks {
                            write_block(out, b);
                        }
                    }
                }
                out.push_str("</li>\n");
            }
            out.push_str(if *ordered { "</ol>\n" } else { "</ul>\n" });
        }
        Block::Table { head, rows } => {
            out.push_str("<table>\n<thead>\n<tr>");
            for c in head {
                let _ = write!(out, "<th>{}</th>", runs(c));
            }
            out.push_str("</tr>\n</thead>\n<tbody>\n");
            for row in rows {
                out.push_str("<tr>");
                for c in row {
                    let _ = write!(out, "<td>{}</td>", runs(c));
                }
                out.push_str("</tr>\n");
            }
            out.push_str("</tbody>\n</table>\n");
        }
        Block::Facts { items } => facts(out, items),
        Block::Quote { blocks } => {
            out.push_str("<blockquote>\n");
            for b in blocks {
                write_block(out, b);
            }
            out.push_str("</blockquote>\n");
        }
        Block::Code { text } => {
            let _ = writeln!(out, "<pre><code>{}</code></pre>", escape_html(text));
        }
    }
}

/// Runs as inline HTML.
fn runs(runs: &[Run]) -> String {
    let mut out = String::new();
    for (link, piece) in tree::by_link(runs) {
        let inner: String = piece.iter().map(run_html).collect();
        match link {
            Some(url) => {
                let _ = write!(out, "<a href=\"{}\">{inner}</a>", escape_html(url));
            }
            None => out.push_str(&inner),
        }
    }
    out
}

fn run_html(run: &Run) -> String {
    let mut text = escape_html(&run.text).replace('\n', "<br>\n");
    if run.code {
        text = format!("<code>{text}</code>");
    }
    if run.strike {
        text = format!("<del>{text}</del>");
    }
    if run.italic {
        text = format!("<em>{text}</em>");
    }
    if run.bold {
        text = format!("<strong>{text}</strong>");
    }
    if run.reference.is_some() {
        // A live reference: the app's preview marks it; print shows only the words.
        text = format!("<span class=\"ref\">{text}</span>");
    }
    text
}

/// The agreement as a complete, self-contained HTML document with print-friendly styling.
pub fn document(agreement: &Agreement) -> String {
    let lang = agreement.meta.language.tag();
    let title = escape_html(&agreement.meta.title);
    let body = fragment(agreement);
    format!(
        "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n<title>{title}</title>\n<style>\n{STYLE}</style>\n</head>\n<body>\n<main>\n{body}</main>\n</body>\n</html>\n"
    )
}

const STYLE: &str = "body { font-family: 'Noto Sans', 'DejaVu Sans', sans-serif; line-height: 1.5; color: #1a1a1a; }
main { max-width: 48rem; margin: 2rem auto; padding: 0 1rem; }
h1 { font-size: 1.8rem; }
h2 { font-size: 1.3rem; margin-top: 2rem; border-bottom: 1px solid #ccc; }
table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 1rem; }
th, td { border: 1px solid #999; padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; }
th { background: #eef1f4; }
";

/// Escapes text for HTML. A NUL becomes U+FFFD.
pub fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\0' => out.push('\u{fffd}'),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}
