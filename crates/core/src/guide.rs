//! The user guide (`docs/brukerveiledning.md`), compiled in and rendered for the app's Help:
//! its HTML, its parts for a table of contents, which part explains each view of the app, and
//! the screenshots it shows. The Markdown file is the one source; the app reads it only here.
//!
//! A heading names its anchor and the views it explains in Markdown heading attributes:
//! `## Revidere og sammenligne {#revisjoner for=history}`. The guide is our own text, but it is
//! rendered as strictly as agreement prose: raw HTML becomes text, and a link leads only to an
//! anchor in the guide (any other becomes its text), so nothing in it can leave the app's page.

use std::collections::BTreeMap;

use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};

use crate::render::prose::{Keep, safe_events_keeping};
use serde::Serialize;

/// The guide's Markdown, as shipped.
pub const SOURCE: &str = include_str!("../../../docs/brukerveiledning.md");

/// A view of the app the guide can be opened at (F1 opens the part that explains it).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub enum GuideView {
    /// The start screen.
    Start,
    /// The agreement's details.
    Details,
    /// The parties.
    Parties,
    /// The glossary.
    Glossary,
    /// A section being edited.
    Section,
    /// The whole agreement edited as one document.
    Document,
    /// The preview of the whole agreement.
    Preview,
    /// History, revisions and comparisons.
    History,
    /// Who does what.
    Matrix,
    /// The meeting calendar.
    Calendar,
    /// Plain language.
    Language,
    /// The family of agreements.
    Family,
    /// The follow-up after signing.
    Followup,
    /// The export dialog.
    Export,
}

impl GuideView {
    /// Every view, in the order the app shows them.
    pub const ALL: [GuideView; 14] = [
        GuideView::Start,
        GuideView::Details,
        GuideView::Parties,
        GuideView::Glossary,
        GuideView::Section,
        GuideView::Document,
        GuideView::Preview,
        GuideView::History,
        GuideView::Matrix,
        GuideView::Calendar,
        GuideView::Language,
        GuideView::Family,
        GuideView::Followup,
        GuideView::Export,
    ];

    /// The name a heading's `for=` attribute uses (as serialised).
    pub fn name(self) -> &'static str {
        match self {
            GuideView::Start => "start",
            GuideView::Details => "details",
            GuideView::Parties => "parties",
            GuideView::Glossary => "glossary",
            GuideView::Section => "section",
            GuideView::Document => "document",
            GuideView::Preview => "preview",
            GuideView::History => "history",
            GuideView::Matrix => "matrix",
            GuideView::Calendar => "calendar",
            GuideView::Language => "language",
            GuideView::Family => "family",
            GuideView::Followup => "followup",
            GuideView::Export => "export",
        }
    }

    /// The view a `for=` attribute names.
    pub fn from_name(name: &str) -> Option<GuideView> {
        GuideView::ALL.into_iter().find(|v| v.name() == name)
    }
}

/// One part of the guide (a level-2 heading): an entry of its table of contents.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct GuidePart {
    /// The heading's anchor (`{#id}`).
    pub id: String,
    /// The heading's text.
    pub title: String,
}

/// Where the guide explains one view.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct GuideViewPart {
    /// The view.
    pub view: GuideView,
    /// The anchor of the heading that explains it.
    pub id: String,
}

/// The guide, ready to show.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct Guide {
    /// The guide as HTML. Headings with an anchor carry it as their `id`; images keep the path
    /// the Markdown gives (`bilder/NAME.png`, under `docs/`), which the page resolves to the
    /// copy it ships.
    pub html: String,
    /// The level-2 headings, in order.
    pub parts: Vec<GuidePart>,
    /// The heading that explains each view (`for=` in the heading; the first one when
    /// several name it), in the order of [`GuideView::ALL`].
    pub views: Vec<GuideViewPart>,
    /// The images the guide shows, as written, in order.
    /// For the tests that keep the guide true; the page does not need it.
    #[serde(skip)]
    #[cfg_attr(feature = "ts", ts(skip))]
    pub images: Vec<String>,
    /// Each anchor a link in the guide leads to, in order (each must be a heading's).
    /// For the tests that keep the guide true; the page does not need it.
    #[serde(skip)]
    #[cfg_attr(feature = "ts", ts(skip))]
    pub links: Vec<String>,
    /// Every heading anchor, in order.
    /// For the tests that keep the guide true; the page does not need it.
    #[serde(skip)]
    #[cfg_attr(feature = "ts", ts(skip))]
    pub anchors: Vec<String>,
}

impl Guide {
    /// The anchor of the heading that explains `view`, if one does.
    pub fn part_for(&self, view: GuideView) -> Option<&str> {
        self.views
            .iter()
            .find(|v| v.view == view)
            .map(|v| v.id.as_str())
    }
}

/// The shipped guide, rendered.
pub fn guide() -> Guide {
    render(SOURCE)
}

/// Renders guide Markdown (see the module's doc for what it allows).
pub fn render(markdown: &str) -> Guide {
    let options = Options::ENABLE_TABLES | Options::ENABLE_HEADING_ATTRIBUTES;
    let mut parts = Vec::new();
    let mut views = BTreeMap::new();
    let mut images = Vec::new();
    let mut links = Vec::new();
    let mut anchors = Vec::new();
    // The level-2 heading being read: its anchor and text so far.
    let mut heading: Option<(String, String)> = None;
    let mut events = Vec::new();
    // Raw HTML as text, only links to the guide's own headings, pictures kept: the filter
    // agreement prose goes through, with the guide's rule for links and images.
    let keep = Keep {
        link: |url, _| url.starts_with('#'),
        images: true,
    };
    for event in safe_events_keeping(Parser::new_ext(markdown, options), keep) {
        match event {
            Event::Start(Tag::Heading {
                level,
                id,
                classes: _,
                attrs,
            }) => {
                if let Some(id) = &id {
                    anchors.push(id.to_string());
                    for (key, value) in &attrs {
                        if key.as_ref() != "for" {
                            continue;
                        }
                        let view = value.as_deref().and_then(GuideView::from_name);
                        if let Some(view) = view {
                            views.entry(view).or_insert_with(|| id.to_string());
                        }
                    }
                    if level == HeadingLevel::H2 {
                        heading = Some((id.to_string(), String::new()));
                    }
                }
                events.push(Event::Start(Tag::Heading {
                    level,
                    id,
                    classes: Vec::new(),
                    attrs: Vec::new(),
                }));
            }
            Event::End(TagEnd::Heading(level)) => {
                if let Some((id, title)) = heading.take() {
                    parts.push(GuidePart {
                        id,
                        title: title.trim().to_owned(),
                    });
                }
                events.push(Event::End(TagEnd::Heading(level)));
            }
            Event::Text(text) | Event::Code(text) if heading.is_some() => {
                if let Some((_, title)) = heading.as_mut() {
                    title.push_str(&text);
                }
                events.push(Event::Text(text));
            }
            Event::Start(Tag::Image { ref dest_url, .. }) => {
                images.push(dest_url.to_string());
                events.push(event);
            }
            Event::Start(Tag::Link { ref dest_url, .. }) => {
                links.push(dest_url.trim_start_matches('#').to_owned());
                events.push(event);
            }
            other => events.push(other),
        }
    }
    let mut html = String::new();
    pulldown_cmark::html::push_html(&mut html, events.into_iter());
    Guide {
        html,
        parts,
        views: views
            .into_iter()
            .map(|(view, id)| GuideViewPart { view, id })
            .collect(),
        images,
        links,
        anchors,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headings_give_parts_anchors_and_views() {
        let guide = render(
            "# Veiledning\n\nInnledning.\n\n## Kom i gang {#kom-i-gang for=start}\n\nTekst.\n\n\
             ### Startsiden {#startsiden for=details for=nope}\n\n## `Kode` og mer {#mer}\n",
        );
        assert_eq!(
            guide.parts,
            [
                GuidePart {
                    id: "kom-i-gang".into(),
                    title: "Kom i gang".into()
                },
                GuidePart {
                    id: "mer".into(),
                    title: "Kode og mer".into()
                },
            ]
        );
        assert_eq!(guide.anchors, ["kom-i-gang", "startsiden", "mer"]);
        assert_eq!(guide.part_for(GuideView::Start), Some("kom-i-gang"));
        assert_eq!(guide.part_for(GuideView::Details), Some("startsiden"));
        assert!(
            guide.html.contains("<h2 id=\"kom-i-gang\">Kom i gang</h2>"),
            "{}",
            guide.html
        );
        assert!(!guide.html.contains("for="), "{}", guide.html);
    }

    #[test]
    fn raw_html_is_text_and_only_anchor_links_stay_links() {
        let guide = render(
            "<script>alert(1)</script>\n\nSe [historikken](#historikk), \
             [nettet](https://example.org) og <b>fet</b>.\n\n![Bilde](bilder/a.png)\n",
        );
        assert!(!guide.html.contains("<script"), "{}", guide.html);
        assert!(guide.html.contains("&lt;script&gt;"), "{}", guide.html);
        assert!(!guide.html.contains("<b>"), "{}", guide.html);
        assert!(
            guide
                .html
                .contains("<a href=\"#historikk\">historikken</a>"),
            "{}",
            guide.html
        );
        assert!(!guide.html.contains("example.org"), "{}", guide.html);
        assert!(guide.html.contains("nettet"), "{}", guide.html);
        assert_eq!(guide.links, ["historikk"]);
        assert_eq!(guide.images, ["bilder/a.png"]);
        assert!(
            guide
                .html
                .contains("<img src=\"bilder/a.png\" alt=\"Bilde\""),
            "{}",
            guide.html
        );
    }

    #[test]
    fn view_names_read_back() {
        for view in GuideView::ALL {
            assert_eq!(GuideView::from_name(view.name()), Some(view));
            let json = serde_json::to_string(&view).unwrap_or_default();
            assert_eq!(json, format!("\"{}\"", view.name()));
        }
    }

    /// The shipped guide: every view of the app is explained somewhere, every part has a
    /// title, every link leads to a heading, and it shows pictures.
    #[test]
    fn the_shipped_guide_covers_every_view_and_its_links_lead_somewhere() {
        let guide = guide();
        for view in GuideView::ALL {
            assert!(
                guide.part_for(view).is_some(),
                "no heading is for={}",
                view.name()
            );
        }
        assert!(guide.parts.len() >= 6, "{:?}", guide.parts);
        assert!(guide.parts.iter().all(|p| !p.title.is_empty()));
        for link in &guide.links {
            assert!(guide.anchors.contains(link), "#{link} leads nowhere");
        }
        let mut seen = std::collections::HashSet::new();
        for anchor in &guide.anchors {
            assert!(seen.insert(anchor), "#{anchor} twice");
        }
        assert!(guide.images.len() >= 8, "{:?}", guide.images);
        assert!(
            guide
                .images
                .iter()
                .all(|i| i.starts_with("bilder/") && i.ends_with(".png"))
        );
    }
}
