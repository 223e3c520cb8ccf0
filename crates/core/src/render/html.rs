//! An agreement as HTML, made from its Markdown. Raw HTML in the Markdown is turned into
//! visible text once more here, unsafe links and images are dropped, and each numbered section
//! heading gets the id `section-<id>`, so the app can scroll to it.

use pulldown_cmark::{CowStr, Event, HeadingLevel, Parser, Tag};

use crate::agreement::Agreement;

use super::{markdown, prose};

/// The agreement as an HTML fragment (no `<html>` or `<body>`), for the app's preview.
pub fn fragment(agreement: &Agreement) -> String {
    let md = markdown::render(agreement);
    let events = prose::safe_events(Parser::new_ext(&md, prose::options()), false);
    let mut section_ids = agreement
        .sections
        .iter()
        .map(|s| format!("section-{}", s.id));
    let events = events.map(|event| match event {
        Event::Start(Tag::Heading {
            level: HeadingLevel::H2,
            id: None,
            classes,
            attrs,
        }) => {
            let id = section_ids.next().map(CowStr::from);
            Event::Start(Tag::Heading {
                level: HeadingLevel::H2,
                id,
                classes,
                attrs,
            })
        }
        other => other,
    });
    let mut out = String::with_capacity(md.len() * 2);
    pulldown_cmark::html::push_html(&mut out, events);
    out
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

/// Escapes text for HTML. A NUL becomes U+FFFD, as in the Markdown the agreement is made from.
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
