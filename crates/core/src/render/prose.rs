//! User prose (Markdown written in a clause) made safe to embed: raw HTML becomes visible text,
//! links keep only `http`, `https` and `mailto` targets, images become their description (no
//! remote content), and headings move below the section heading so they cannot break the
//! agreement's numbering.

use pulldown_cmark::utils::TextMergeStream;
use pulldown_cmark::{Event, HeadingLevel, LinkType, Options, Parser, Tag, TagEnd};

/// Markdown options used for user prose and for the rendered agreement.
pub(crate) fn options() -> Options {
    Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH
}

/// True for link targets that are safe to follow from an agreement.
pub(crate) fn is_safe_url(url: &str) -> bool {
    let lower = url.trim().to_ascii_lowercase();
    lower.starts_with("https://") || lower.starts_with("http://") || lower.starts_with("mailto:")
}

/// User Markdown longer than this (about 10 000 words, far beyond any real clause) is shown as
/// plain paragraphs instead of being read as Markdown: the Markdown writer's time and memory
/// grow faster than the text when it is dense with markup.
pub(crate) const MAX_MARKDOWN_BYTES: usize = 64 * 1024;

/// User Markdown read as Markdown in one agreement, at most (a hundred times a long real one);
/// texts beyond it are shown as plain paragraphs, so rendering a file with hundreds of texts
/// dense with markup stays within seconds.
pub(crate) const MAX_AGREEMENT_MARKDOWN_BYTES: usize = 1024 * 1024;

/// Makes user Markdown safe, as Markdown. Neighbouring pieces of text are joined first: the
/// Markdown writer holds a whole paragraph's events at once, several times over, and a text in
/// which every character is escaped would otherwise be millions of them.
pub(crate) fn sanitize(markdown: &str) -> String {
    if markdown.len() > MAX_MARKDOWN_BYTES {
        return plain_paragraphs(markdown);
    }
    // One pass: the depth guard stops the stream at the first container nested too deeply, so
    // the writer never sees the deep part, and the text is then shown plain instead.
    let mut depth = 0usize;
    let mut too_deep = false;
    let guarded = safe_events(Parser::new_ext(markdown, options()), true).take_while(|event| {
        match event {
            Event::Start(Tag::BlockQuote(_) | Tag::List(_) | Tag::Item) => depth += 1,
            Event::End(TagEnd::BlockQuote(_) | TagEnd::List(_) | TagEnd::Item) => {
                depth = depth.saturating_sub(1);
            }
            _ => {}
        }
        too_deep = depth > MAX_MARKDOWN_NESTING;
        !too_deep
    });
    let mut out = String::new();
    // Writing into a String cannot fail.
    let _ = pulldown_cmark_to_cmark::cmark(TextMergeStream::new(guarded), &mut out, options());
    if too_deep {
        return plain_paragraphs(markdown);
    }
    out.trim_end().to_owned()
}

/// Block quotes and lists nested deeper than this (items count as a level) make a text plain:
/// the Markdown writer repeats every level's marker on each line, so its output grows with the
/// square of the depth.
const MAX_MARKDOWN_NESTING: usize = 32;

/// The text as plain paragraphs (split at blank lines), every character that means something
/// in Markdown escaped.
pub(crate) fn plain_paragraphs(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 4);
    let mut paragraph = String::new();
    for line in text.lines().chain([""]) {
        if line.trim().is_empty() {
            if !paragraph.trim().is_empty() {
                if !out.is_empty() {
                    out.push_str("\n\n");
                }
                out.push_str(&super::markdown::esc(&paragraph));
            }
            paragraph.clear();
        } else {
            paragraph.push_str(line);
            paragraph.push('\n');
        }
    }
    out
}

/// Rewrites a stream of Markdown events so nothing in it is raw HTML, an unsafe link or an
/// image; a block of raw HTML becomes a paragraph showing its text. With `demote_headings`,
/// no heading is above level 3 (for prose inside a section). NUL characters become U+FFFD, as
/// CommonMark asks. The events stream through: a text made of millions of tiny events (every
/// character escaped) is never held as a list.
pub(crate) fn safe_events<'a>(
    events: impl Iterator<Item = Event<'a>>,
    demote_headings: bool,
) -> impl Iterator<Item = Event<'a>> {
    // For each open link: whether it was kept (true) or dropped (false).
    let mut links: Vec<bool> = Vec::new();
    // Inside a raw HTML block: whether a line has been written yet.
    let mut html_block: Option<bool> = None;
    let level = move |l: HeadingLevel| if demote_headings { demote(l) } else { l };
    events.flat_map(move |event| {
        // At most two events come out for one that goes in.
        let (first, second): (Option<Event<'a>>, Option<Event<'a>>) = match event {
            Event::Start(Tag::HtmlBlock) => {
                html_block = Some(false);
                (Some(Event::Start(Tag::Paragraph)), None)
            }
            Event::End(TagEnd::HtmlBlock) => {
                html_block = None;
                (Some(Event::End(TagEnd::Paragraph)), None)
            }
            Event::Html(html) if html_block.is_some() => {
                let line_break = (html_block == Some(true)).then_some(Event::SoftBreak);
                html_block = Some(true);
                let text = Event::Text(html.trim_end_matches(['\n', '\r']).to_owned().into());
                (line_break, Some(text))
            }
            Event::Html(html) | Event::InlineHtml(html) => (Some(Event::Text(html)), None),
            Event::Start(Tag::Heading {
                level: l,
                id,
                classes,
                attrs,
            }) => (
                Some(Event::Start(Tag::Heading {
                    level: level(l),
                    id,
                    classes,
                    attrs,
                })),
                None,
            ),
            Event::End(TagEnd::Heading(l)) => (Some(Event::End(TagEnd::Heading(level(l)))), None),
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                title,
                id,
            }) => {
                let keep = link_type == LinkType::Email || is_safe_url(&dest_url);
                links.push(keep);
                let link = keep.then_some(Event::Start(Tag::Link {
                    link_type,
                    dest_url,
                    title,
                    id,
                }));
                (link, None)
            }
            Event::End(TagEnd::Link) => {
                let keep = links.pop().unwrap_or(false);
                (keep.then_some(Event::End(TagEnd::Link)), None)
            }
            // An image shows its description as plain text; nothing is loaded.
            Event::Start(Tag::Image { .. }) | Event::End(TagEnd::Image) => (None, None),
            other => (Some(other), None),
        };
        [first, second].into_iter().flatten().map(without_nul)
    })
}

/// The event with any NUL in its text replaced by U+FFFD.
fn without_nul(event: Event<'_>) -> Event<'_> {
    match event {
        Event::Text(text) if text.contains('\0') => {
            Event::Text(text.replace('\0', "\u{fffd}").into())
        }
        Event::Code(text) if text.contains('\0') => {
            Event::Code(text.replace('\0', "\u{fffd}").into())
        }
        other => other,
    }
}

/// Headings in prose sit below the section heading (level 2): level 1 → 3, 2 → 4, and so on.
fn demote(level: HeadingLevel) -> HeadingLevel {
    match level {
        HeadingLevel::H1 => HeadingLevel::H3,
        HeadingLevel::H2 => HeadingLevel::H4,
        HeadingLevel::H3 => HeadingLevel::H5,
        HeadingLevel::H4 | HeadingLevel::H5 | HeadingLevel::H6 => HeadingLevel::H6,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn raw_html_becomes_text() {
        let out = sanitize("Hei <script>alert(1)</script> og <img src=x onerror=alert(1)>");
        let mut html = String::new();
        pulldown_cmark::html::push_html(&mut html, Parser::new_ext(&out, options()));
        assert!(
            !html.contains("<script") && !html.contains("<img"),
            "{html}"
        );
        assert!(
            html.contains("&lt;script&gt;"),
            "the text stays visible: {html}"
        );
    }

    #[test]
    fn unsafe_links_lose_their_target() {
        let out = sanitize("[klikk](javascript:alert(1)) og [nav](https://www.nav.no)");
        assert!(!out.contains("javascript:"), "{out}");
        assert!(out.contains("https://www.nav.no"), "{out}");
        assert!(out.contains("klikk"), "{out}");
    }

    #[test]
    fn images_become_their_description() {
        let out = sanitize("![kart over fylket](https://example.com/x.png)");
        assert!(!out.contains("example.com"), "{out}");
        assert!(out.contains("kart over fylket"), "{out}");
    }

    /// Broke before: a county written "Vest\0land" (an escaped NUL, valid YAML) reached the
    /// HTML as a raw NUL character.
    #[test]
    fn nul_becomes_the_replacement_character() {
        let events = safe_events(Parser::new_ext("Vest\0land `a\0b`", options()), false);
        let mut html = String::new();
        pulldown_cmark::html::push_html(&mut html, events);
        assert!(!html.contains('\0'), "{html:?}");
        assert!(html.contains("Vest\u{fffd}land"), "{html:?}");
        assert_eq!(super::super::html::escape_html("a\0b"), "a\u{fffd}b");
    }

    /// Broke before: a 10 MiB section text of `x` and `[*_` repeated took 43 seconds and
    /// 2.4 GiB in the Markdown writer.
    #[test]
    fn very_long_text_becomes_plain_paragraphs() {
        let long = format!(
            "x{}\n\n<script>alert(1)</script>",
            "[*_".repeat(MAX_MARKDOWN_BYTES)
        );
        let start = std::time::Instant::now();
        let out = sanitize(&long);
        assert!(start.elapsed() < std::time::Duration::from_secs(2));
        assert!(out.starts_with("x\\[\\*\\_"), "{}", &out[..20]);
        assert!(
            out.ends_with("\n\n\\<script\\>alert(1)\\</script\\>"),
            "{}",
            &out[out.len() - 40..]
        );
        let mut html = String::new();
        pulldown_cmark::html::push_html(&mut html, Parser::new_ext(&out, options()));
        assert!(!html.contains("<script") && html.matches("<p>").count() == 2);
    }

    /// Broke before: 5 000 nested block quotes ("> > > … x", 10 KB) became 37 MB of Markdown,
    /// every line carrying every level's marker.
    #[test]
    fn deep_nesting_becomes_plain_text() {
        for deep in [
            format!("{}x", "> ".repeat(5_000)),
            format!("{}x", "- ".repeat(5_000)),
        ] {
            let out = sanitize(&deep);
            assert!(out.len() < 4 * deep.len(), "{}", out.len());
            assert!(out.ends_with('x'), "{}", &out[out.len() - 10..]);
        }
        // A shallow quote is still a quote, not escaped text.
        let shallow = sanitize("> > sitat");
        assert!(
            shallow.contains("> sitat") && !shallow.contains('\\'),
            "{shallow}"
        );
    }

    #[test]
    fn headings_are_demoted() {
        assert!(
            sanitize("# Stor").starts_with("### Stor"),
            "{}",
            sanitize("# Stor")
        );
    }
}
