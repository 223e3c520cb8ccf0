//! Comparisons: properties that hold for any change, checked on generated edits.

use avtale_core::Agreement;
use avtale_core::date::Date;
use avtale_core::diff::{compare, prose, sides};
use avtale_core::lang::{Lang, Locale};
use avtale_core::starter::{self, NewAgreement};
use avtale_core::template::TemplateSet;
use proptest::prelude::*;

fn agreement() -> Agreement {
    let templates = TemplateSet::shipped().expect("templates");
    let new = NewAgreement {
        starter: "hovedavtale",
        county: Some("Vestland"),
        municipality: None,
        lang: Lang::Nb,
        today: Date::from_ymd(2026, 11, 22).expect("date"),
        id: "test".into(),
    };
    starter::create(&templates, &new).expect("starter")
}

/// Words with Norwegian letters and punctuation attached.
fn text() -> impl Strategy<Value = String> {
    let word = prop::sample::select(vec![
        "Partene",
        "skal",
        "møtes",
        "to",
        "ganger",
        "i",
        "året.",
        "NAV",
        "fylkeskommunen,",
        "oppfølgingstjenesten",
        "ungdom",
        "«samarbeid»",
        "særlig",
        "på",
        "Ørsta",
        "15–21",
        "år;",
    ]);
    prop::collection::vec(word, 0..30).prop_map(|words| words.join(" "))
}

fn words(text: &str) -> Vec<String> {
    text.split_whitespace().map(str::to_owned).collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn an_agreement_compared_with_itself_has_no_changes(seed in 0usize..1000, body in text()) {
        let mut a = agreement();
        let n = a.sections.len();
        a.sections.rotate_left(seed % n);
        a.sections[0].text = body;
        let c = compare(&a, &a, Locale::Nb);
        prop_assert!(c.is_empty(), "{c:?}");
    }

    #[test]
    fn every_word_of_both_sides_appears_in_order(old in text(), new in text()) {
        let old_words: Vec<String> = old.split_whitespace().map(str::to_owned).collect();
        let new_words: Vec<String> = new.split_whitespace().map(str::to_owned).collect();
        match prose(&old, &new) {
            None => prop_assert_eq!(&old_words, &new_words),
            Some(pieces) => {
                let (before, after) = sides(&pieces);
                let (before, after) = (words(&before), words(&after));
                prop_assert_eq!(before, old_words);
                prop_assert_eq!(after, new_words);
            }
        }
    }

    #[test]
    fn moving_one_section_is_one_move(from in 0usize..19, to in 0usize..19) {
        prop_assume!(from != to);
        let old = agreement();
        let mut new = old.clone();
        let section = new.sections.remove(from);
        new.sections.insert(to, section);
        let c = compare(&old, &new, Locale::Nb);
        prop_assert_eq!(c.summary.moved, 1, "{:?}", c.sections);
        prop_assert_eq!(c.summary.added + c.summary.removed + c.summary.changed, 0);
        prop_assert_eq!(c.sections.len(), 1);
        // Two neighbours swapping places can be told either way round; otherwise the moved
        // section is the one that moved.
        if from.abs_diff(to) > 1 {
            prop_assert_eq!(&c.sections[0].id, &old.sections[from].id.0);
        }
    }
}

#[test]
fn whitespace_alone_is_not_a_change() {
    assert_eq!(
        prose("Partene møtes\nto ganger.", "Partene  møtes to\n\nganger."),
        None
    );
    // Text reflowed: sentences on lines of their own, words further apart. (Not every space
    // may become a line break: "- item" at the start of a line is a list item, "-\nitem" is not.)
    let a = agreement();
    let mut b = a.clone();
    let text = &a.sections[1].text;
    assert!(text.contains(". ") && text.contains(" og "), "{text}");
    b.sections[1].text = text.replace(". ", ".\n").replace(" og ", "   og ");
    assert!(compare(&a, &b, Locale::Nb).is_empty());
}

/// Broke before: two texts of 10 000 words that differ throughout (found by the fuzz tests)
/// took over 7 seconds to compare in a debug build, and the time grows with the product of
/// their lengths.
#[test]
fn long_texts_that_differ_throughout_compare_quickly() {
    for (old, new) in [
        ("c d ".repeat(20_000), "a b ".repeat(20_000)),
        ("c d\n".repeat(20_000), "a b\n".repeat(20_000)),
    ] {
        let start = std::time::Instant::now();
        let pieces = prose(&old, &new).expect("a change");
        assert!(start.elapsed() < std::time::Duration::from_secs(3));
        let (before, after) = sides(&pieces);
        assert_eq!(words(&before), words(&old));
        assert_eq!(words(&after), words(&new));
    }
}

/// Broke before: comparing agreements with 20 000 sections (a file well under the size limit)
/// built a table of 20 000 × 20 000 counts, 1.6 GB, to find the sections that did not move.
#[test]
fn many_sections_compare_quickly() {
    let mut old = agreement();
    let section = old.sections[0].clone();
    old.sections = (0..20_000)
        .map(|i| {
            let mut s = section.clone();
            s.id.0 = format!("s{i}");
            s
        })
        .collect();
    let mut new = old.clone();
    let last = new.sections.pop().expect("a section");
    new.sections.insert(0, last);
    let start = std::time::Instant::now();
    let c = compare(&old, &new, Locale::Nb);
    assert!(start.elapsed() < std::time::Duration::from_secs(10));
    assert_eq!(c.summary.moved, 1);
    assert_eq!(c.sections[0].id, "s19999");
}
