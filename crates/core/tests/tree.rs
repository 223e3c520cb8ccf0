//! The document tree every output is written from: whatever prose a section holds, the tree's
//! sections are the agreement's, in order, and Markdown written from the tree reads back as the
//! same tree.

use std::sync::LazyLock;

use avtale_core::Agreement;
use avtale_core::format::agreement_from_str;
use avtale_core::render::{markdown, tree};
use proptest::prelude::*;

static EXAMPLE: LazyLock<Agreement> = LazyLock::new(|| {
    let text = include_str!("../../../examples/hovedavtale-vestland.avtale.yaml");
    agreement_from_str(text, "hovedavtale-vestland.avtale.yaml").expect("example loads")
});

/// Prose as users write it: headings of any level, paragraphs with emphasis and links, lists
/// (nested too), tables, quotes.
fn prose() -> impl Strategy<Value = String> {
    let word = prop::sample::select(vec![
        "avtale",
        "partene",
        "NAV",
        "skolen",
        "7.1",
        "møte",
        "(OT)",
        "ungdom",
        "ca.",
        "1.",
        "–",
        "«sitat»",
        "a_b",
        "x*y",
        "50 %",
        "#3",
        "e-post",
    ]);
    let words = prop::collection::vec(word, 1..6).prop_map(|w| w.join(" "));
    let block = prop_oneof![
        (1usize..7, words.clone()).prop_map(|(l, w)| format!("{} {w}", "#".repeat(l))),
        words.clone(),
        (words.clone(), words.clone()).prop_map(|(a, b)| format!("{a} **{b}** og *{a}*")),
        (words.clone(), words.clone()).prop_map(|(a, b)| format!("{a} [{b}](https://nav.no/x)")),
        prop::collection::vec(words.clone(), 1..4)
            .prop_map(|items| items.iter().map(|i| format!("- {i}\n")).collect()),
        prop::collection::vec(words.clone(), 1..4).prop_map(|items| {
            items
                .iter()
                .enumerate()
                .map(|(n, i)| format!("{}. {i}\n   - {i}\n", n + 1))
                .collect()
        }),
        (words.clone(), words.clone())
            .prop_map(|(a, b)| format!("| {a} | {b} |\n|---|---|\n| {b} | {a} |\n")),
        words.prop_map(|w| format!("> {w}")),
    ];
    prop::collection::vec(block, 0..6).prop_map(|b| b.join("\n\n"))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    /// Whatever a section's prose holds, the tree has the agreement's sections, in order,
    /// with their numbers.
    #[test]
    fn the_trees_sections_are_the_agreements(texts in prop::collection::vec(prose(), 19)) {
        let mut a = EXAMPLE.clone();
        for (s, text) in a.sections.iter_mut().zip(texts) {
            s.text = text;
        }
        let t = tree::build(&a);
        let numbered: Vec<(u32, String)> = t
            .sections
            .iter()
            .filter_map(|s| Some((s.number?, s.id.clone()?)))
            .collect();
        let expected: Vec<(u32, String)> = a
            .sections
            .iter()
            .enumerate()
            .map(|(i, s)| (u32::try_from(i + 1).unwrap_or(0), s.id.0.clone()))
            .collect();
        prop_assert_eq!(numbered, expected);
        // The Markdown has one section heading per section, whatever the prose's headings.
        let md = markdown::render(&a);
        let headings = md.lines().filter(|l| l.starts_with("## ")).count();
        prop_assert_eq!(headings, t.sections.len());
    }

    /// Markdown written from the tree reads back as the same blocks (the look of a space
    /// between two marked words aside: Markdown keeps spaces outside its marks).
    #[test]
    fn markdown_from_the_tree_reads_back_the_same(text in prose()) {
        let blocks = tree::prose_blocks(&text, None);
        let written = markdown::blocks(&blocks);
        prop_assert_eq!(
            looks(&tree::prose_blocks(&written, None)),
            looks(&blocks),
            "{}",
            written
        );
    }
}

/// The blocks as text: each character with its look, spaces without one.
fn looks(blocks: &[tree::Block]) -> String {
    use std::fmt::Write;
    let mut out = String::new();
    let runs = |out: &mut String, runs: &[tree::Run]| {
        for r in runs {
            for c in r.text.chars() {
                if c.is_whitespace() {
                    out.push(c);
                } else {
                    let _ = write!(
                        out,
                        "{c}{}{}{}{}{}",
                        if r.bold { "b" } else { "" },
                        if r.italic { "i" } else { "" },
                        if r.strike { "s" } else { "" },
                        if r.code { "c" } else { "" },
                        r.link.as_deref().unwrap_or("")
                    );
                }
            }
        }
    };
    for b in blocks {
        match b {
            tree::Block::Heading { level, runs: r } => {
                let _ = write!(out, "[h{level}]");
                runs(&mut out, r);
            }
            tree::Block::Paragraph { runs: r, .. } => {
                out.push_str("[p]");
                runs(&mut out, r);
            }
            tree::Block::List {
                ordered,
                start,
                items,
            } => {
                let _ = write!(out, "[list {ordered} {start}]");
                for item in items {
                    out.push_str("[item]");
                    out.push_str(&looks(item));
                }
            }
            tree::Block::Table { head, rows } => {
                out.push_str("[table]");
                for cell in head.iter().chain(rows.iter().flatten()) {
                    out.push_str("[cell]");
                    runs(&mut out, cell);
                }
            }
            tree::Block::Facts { items } => {
                for f in items {
                    let _ = write!(out, "[fact {}]", f.label);
                    runs(&mut out, &f.value);
                }
            }
            tree::Block::Quote { blocks } => {
                let _ = write!(out, "[quote]{}[/quote]", looks(blocks));
            }
            tree::Block::Code { text } => {
                let _ = write!(out, "[code]{text}");
            }
        }
    }
    out
}
