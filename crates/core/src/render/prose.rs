//! User prose (Markdown written in a clause) made safe to read: raw HTML becomes visible text,
//! links keep only `http`, `https` and `mailto` targets, and images become their description
//! (no remote content). The document tree (`tree`) reads prose through this filter.

use pulldown_cmark::{Event, LinkType, Options, Tag, TagEnd};

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
/// plain paragraphs instead of being read as Markdown, so a hostile file cannot make every
/// output slow.
pub(crate) const MAX_MARKDOWN_BYTES: usize = 64 * 1024;

/// User Markdown read as Markdown in one agreement, at most (a hundred times a long real one);
/// texts beyond it are shown as plain paragraphs, so rendering a file with hundreds of texts
/// dense with markup stays within seconds.
pub(crate) const MAX_AGREEMENT_MARKDOWN_BYTES: usize = 1024 * 1024;

/// What a safe stream of Markdown keeps besides text: which links, and whether images.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Keep {
    /// Whether a link to this target stays a link (else it becomes its text).
    pub(crate) link: fn(&str, LinkType) -> bool,
    /// Whether images stay (else an image becomes its description).
    pub(crate) images: bool,
}

impl Keep {
    /// Agreement prose: `http`, `https` and `mailto` links, no images (no remote content).
    pub(crate) const PROSE: Keep = Keep {
        link: |url, link_type| link_type == LinkType::Email || is_safe_url(url),
        images: false,
    };
}

/// Rewrites a stream of Markdown events so nothing in it is raw HTML, an unsafe link or an
/// image; a block of raw HTML becomes a paragraph showing its text. NUL characters become U+FFFD, as
/// CommonMark asks. The events stream through: a text made of millions of tiny events (every
/// character escaped) is never held as a list.
pub(crate) fn safe_events<'a>(
    events: impl Iterator<Item = Event<'a>>,
) -> impl Iterator<Item = Event<'a>> {
    safe_events_keeping(events, Keep::PROSE)
}

/// [`safe_events`] with its own rule for links and images (the user guide keeps its pictures
/// and only links to its own headings).
pub(crate) fn safe_events_keeping<'a>(
    events: impl Iterator<Item = Event<'a>>,
    keep_only: Keep,
) -> impl Iterator<Item = Event<'a>> {
    // For each open link: whether it was kept (true) or dropped (false).
    let mut links: Vec<bool> = Vec::new();
    // Inside a raw HTML block: whether a line has been written yet.
    let mut html_block: Option<bool> = None;
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
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                title,
                id,
            }) => {
                let keep = (keep_only.link)(&dest_url, link_type);
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
            Event::Start(Tag::Image { .. }) | Event::End(TagEnd::Image) if !keep_only.images => {
                (None, None)
            }
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

#[cfg(test)]
mod tests {
    use super::*;
    use pulldown_cmark::Parser;

    /// Broke before: a county written "Vest\0land" (an escaped NUL, valid YAML) reached the
    /// HTML as a raw NUL character.
    #[test]
    fn nul_becomes_the_replacement_character() {
        let events = safe_events(Parser::new_ext("Vest\0land `a\0b`", options()));
        let mut html = String::new();
        pulldown_cmark::html::push_html(&mut html, events);
        assert!(!html.contains('\0'), "{html:?}");
        assert!(html.contains("Vest\u{fffd}land"), "{html:?}");
        assert_eq!(super::super::html::escape_html("a\0b"), "a\u{fffd}b");
    }
}
