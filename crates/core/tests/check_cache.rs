//! Checking again after an edit with a kept [`CheckCache`] gives exactly what a full check
//! gives, in the same order, over a sequence of edits to the example and every starter: text
//! edited, sections moved, added and deleted, parties, period, glossary, language and kind
//! changed, and two sections given the same id.

use std::path::Path;

use avtale_core::agreement::{GlossaryEntry, Section, SectionId};
use avtale_core::check::{CheckCache, check_with};
use avtale_core::date::Date;
use avtale_core::lang::{Lang, Locale};
use avtale_core::starter::{self, NewAgreement};
use avtale_core::template::TemplateSet;
use avtale_core::{Agreement, CheckOptions, check, format};

fn example() -> Agreement {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../examples/hovedavtale-vestland.avtale.yaml");
    let text = std::fs::read_to_string(&path).expect("the example exists");
    format::agreement_from_str(&text, "example").unwrap_or_else(|e| panic!("{e}"))
}

fn documents(templates: &TemplateSet) -> Vec<(String, Agreement)> {
    let mut out = vec![("example".to_owned(), example())];
    for s in starter::starters().expect("starters") {
        for lang in [Lang::Nb, Lang::Nn] {
            let new = NewAgreement {
                starter: &s.id,
                county: Some("Vestland"),
                municipality: None,
                lang,
                today: Date::from_ymd(2026, 11, 22).expect("date"),
                id: "test".into(),
            };
            let a = starter::create(templates, &new).expect("starter");
            out.push((format!("{} {lang:?}", s.id), a));
        }
    }
    out
}

/// One edit, named for the failure message.
type Edit = (&'static str, fn(&mut Agreement));

fn edits() -> Vec<Edit> {
    vec![
        ("nothing", |_| {}),
        ("append a sentence", |a| {
            a.sections[0]
                .text
                .push_str("\n\nOT og PPT møter NEET-ungdom og lærekandidater hver uke.");
        }),
        ("a very long sentence", |a| {
            let long = vec!["ordet"; 45].join(" ");
            let last = a.sections.len() - 1;
            a.sections[last]
                .text
                .push_str(&format!("\n\nDette er {long}."));
        }),
        ("a placeholder", |a| {
            a.sections[1].text.push_str(" {{navn på kontaktperson}}");
        }),
        ("a long section", |a| {
            a.sections[2]
                .text
                .push_str(&"Ungdom utenfor opplæring og arbeid får hjelp av IKT. ".repeat(70));
        }),
        ("move the first section last", |a| {
            let first = a.sections.remove(0);
            a.sections.push(first);
        }),
        ("swap two sections", |a| {
            let n = a.sections.len();
            a.sections.swap(1, n - 2);
        }),
        ("delete a section", |a| {
            a.sections.remove(2);
        }),
        ("add a section", |a| {
            let mut s = Section {
                id: SectionId("ny".into()),
                title: "Ny del".into(),
                text: "Unge utenfor arbeid og NAV-veileder, ASVL og IPS. {{fylke}}".into(),
                ..Section::default()
            };
            s.template = a.sections[0].template.clone();
            a.sections.insert(1, s);
        }),
        ("empty a section", |a| {
            a.sections[1].text.clear();
        }),
        ("rename a party", |a| {
            a.parties[0].organisation = "Oppfølgingstjenesten (OT) i fylket".into();
        }),
        ("change a party id", |a| {
            a.parties[1].id.0 = "annen".into();
        }),
        ("drop a party", |a| {
            a.parties.pop();
        }),
        ("shorten the period", |a| {
            a.meta.period.from = Date::from_ymd(2031, 1, 1).expect("date");
            a.meta.period.to = Some(Date::from_ymd(2031, 6, 1).expect("date"));
        }),
        ("open-ended period", |a| {
            a.meta.period.to = None;
        }),
        ("define terms", |a| {
            for term in ["OT", "Oppfølgingstjenesten (OT)", "PPT", "IKT"] {
                a.glossary.push(GlossaryEntry {
                    term: term.into(),
                    definition: "Forklart.".into(),
                });
            }
        }),
        ("drop the glossary", |a| {
            a.glossary.clear();
        }),
        ("change language", |a| {
            a.meta.language = match a.meta.language {
                Lang::Nb => Lang::Nn,
                Lang::Nn => Lang::Nb,
            };
        }),
        ("the same id twice", |a| {
            let mut copy = a.sections[0].clone();
            copy.text.push_str(" PPT og OT.");
            a.sections.push(copy);
        }),
        ("edit the twin", |a| {
            let last = a.sections.len() - 1;
            a.sections[last].text.push_str(" Endret igjen av IKT.");
        }),
        ("remove the twin", |a| {
            a.sections.pop();
        }),
        ("edit a title", |a| {
            a.sections[3].title.push_str(" (endret)");
        }),
    ]
}

#[test]
fn cached_checks_equal_full_checks_over_a_sequence_of_edits() {
    let templates = TemplateSet::shipped().expect("templates");
    for (name, original) in documents(&templates) {
        for locale in [Locale::from(Lang::Nb), Locale::from(Lang::Nn)] {
            let mut agreement = original.clone();
            let options = CheckOptions {
                locale,
                templates: Some(&templates),
                parent: None,
            };
            let mut cache = CheckCache::new();
            for (edit, apply) in edits() {
                apply(&mut agreement);
                let full = check(&agreement, options);
                let cached = check_with(&mut cache, &agreement, options);
                assert_eq!(cached, full, "{name}, {locale:?}, after: {edit}");
                // Checking again without a change reads nothing.
                let again = check_with(&mut cache, &agreement, options);
                assert_eq!(again, full, "{name}, {locale:?}, again after: {edit}");
                let twins = agreement.sections.len() - cache.len();
                assert_eq!(cache.read_last_run(), twins, "{name}: {edit}");
            }
        }
    }
}

#[test]
fn only_changed_sections_are_read_again() {
    let templates = TemplateSet::shipped().expect("templates");
    let mut agreement = example();
    let options = CheckOptions {
        locale: Lang::Nb.into(),
        templates: Some(&templates),
        parent: None,
    };
    let mut cache = CheckCache::new();
    check_with(&mut cache, &agreement, options);
    assert_eq!(cache.read_last_run(), agreement.sections.len());
    agreement.sections[2].text.push_str(" Endret.");
    check_with(&mut cache, &agreement, options);
    assert_eq!(cache.read_last_run(), 1);
    // Moving and deleting sections reads nothing: a reading does not depend on the place.
    let moved = agreement.sections.remove(0);
    agreement.sections.push(moved);
    agreement.sections.remove(1);
    assert_eq!(
        check_with(&mut cache, &agreement, options),
        check(&agreement, options)
    );
    assert_eq!(cache.read_last_run(), 0);
    assert_eq!(cache.len(), agreement.sections.len());
    // Parties, period and glossary are whole-agreement data: no section is read again.
    agreement.parties[0].organisation.push_str(" (OT)");
    agreement.glossary.clear();
    assert_eq!(
        check_with(&mut cache, &agreement, options),
        check(&agreement, options)
    );
    assert_eq!(cache.read_last_run(), 0);
}
