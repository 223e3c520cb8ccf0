//! The language checks against real documents: the example agreement stays free of
//! diagnostics, the term bank's fixes resolve what they are attached to, and the readability
//! figures and matrix work on the shipped starters.

use std::path::Path;

use avtale_core::agreement::GlossaryEntry;
use avtale_core::check::{Code, Diagnostic};
use avtale_core::date::Date;
use avtale_core::fix::{self, Fix};
use avtale_core::lang::Lang;
use avtale_core::readability::{self, Trend};
use avtale_core::starter::{self, NewAgreement};
use avtale_core::template::TemplateSet;
use avtale_core::{Agreement, CheckOptions, check, format};

fn example() -> Agreement {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../examples/hovedavtale-vestland.avtale.yaml");
    let text = std::fs::read_to_string(&path).expect("the example exists");
    format::agreement_from_str(&text, "example").unwrap_or_else(|e| panic!("{e}"))
}

fn starters() -> Vec<(String, Agreement)> {
    let templates = TemplateSet::shipped().expect("templates");
    let mut out = Vec::new();
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
            let a = starter::create(&templates, &new).expect("starter");
            out.push((format!("{} {lang:?}", s.id), a));
        }
    }
    out
}

#[test]
fn the_example_has_no_diagnostics() {
    let diagnostics = check(&example(), CheckOptions::default());
    assert!(diagnostics.is_empty(), "{diagnostics:#?}");
}

#[test]
fn starters_raise_no_language_warnings_of_their_own() {
    for (name, a) in starters() {
        let found: Vec<String> = check(&a, CheckOptions::default())
            .iter()
            // A goal's baseline (AV050) is today's figure, left for the drafter like a placeholder.
            .filter(|d| {
                d.code >= Code::UndefinedAbbreviation
                    && d.code != Code::Placeholder
                    && d.code != Code::GoalNotFollowable
            })
            .map(|d| format!("{name}: {} {} {}", d.code, d.field, d.message))
            .collect();
        assert!(found.is_empty(), "{found:#?}");
    }
}

fn with_code(a: &Agreement, code: Code) -> Vec<Diagnostic> {
    check(a, CheckOptions::default())
        .into_iter()
        .filter(|d| d.code == code)
        .collect()
}

fn append_text(a: &mut Agreement, section: usize, text: &str) {
    a.sections[section].text.push_str(text);
}

#[test]
fn undefined_jargon_gets_the_bank_definition_as_a_fix() {
    let mut a = example();
    append_text(&mut a, 4, "\nLærekandidatene får en egen plan.\n");
    let found = with_code(&a, Code::UndefinedJargon);
    assert_eq!(found.len(), 1, "{found:#?}");
    assert!(
        found[0].message.contains("Lærekandidatene"),
        "{}",
        found[0].message
    );
    assert_eq!(found[0].field, "sections[4].text");
    let Some(Fix::AddGlossaryEntry { term, definition }) = &found[0].fix else {
        panic!("a fix: {:?}", found[0].fix);
    };
    assert_eq!(term, "lærekandidat");
    assert!(definition.contains("kompetanseprøve"));
    let fixed = fix::apply(&a, found[0].fix.as_ref().expect("fix"));
    assert!(check(&fixed, CheckOptions::default()).is_empty());
    // Applying the fix again changes nothing.
    assert_eq!(
        fix::apply(&fixed, found[0].fix.as_ref().expect("fix")),
        fixed
    );
}

#[test]
fn abbreviations_from_the_bank_carry_a_fix_in_the_agreements_language() {
    let mut a = example();
    a.meta.language = Lang::Nn;
    append_text(&mut a, 4, "\nUngdom med AAP kan få tilbod.\n");
    let found = with_code(&a, Code::UndefinedAbbreviation);
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(
        found[0].fix,
        Some(Fix::AddGlossaryEntry {
            term: "AAP (arbeidsavklaringspengar)".into(),
            definition: "Ei yting frå Nav til personar med nedsett arbeidsevne på grunn av sjukdom eller skade, medan dei får behandling eller tiltak for å kome i arbeid.".into(),
        })
    );
    // Once the term is defined in any wording, neither the abbreviation nor the term is flagged.
    a.glossary.push(GlossaryEntry {
        term: "arbeidsavklaringspengar".into(),
        definition: "Ei yting.".into(),
    });
    assert!(with_code(&a, Code::UndefinedAbbreviation).is_empty());
    assert!(with_code(&a, Code::UndefinedJargon).is_empty());
    // An abbreviation the bank does not know is still flagged, without a fix.
    append_text(&mut a, 4, "\nXYZ er ukjent.\n");
    let found = with_code(&a, Code::UndefinedAbbreviation);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].fix, None);
}

#[test]
fn a_term_defined_twice_in_different_wordings_is_found() {
    let mut a = example();
    a.glossary.push(GlossaryEntry {
        term: "Oppfølgingstjenesten".into(),
        definition: "Samme som OT.".into(),
    });
    a.glossary.push(GlossaryEntry {
        term: "OT".into(),
        definition: "Igjen.".into(),
    });
    a.glossary.push(GlossaryEntry {
        term: "ppt".into(),
        definition: "Små bokstaver.".into(),
    });
    let found = with_code(&a, Code::TermDefinedTwice);
    let fields: Vec<&str> = found.iter().map(|d| d.field.as_str()).collect();
    assert_eq!(
        fields,
        ["glossary[3].term", "glossary[4].term", "glossary[5].term"]
    );
    assert!(
        found[0].message.contains("«OT (oppfølgingstjenesten)»"),
        "{}",
        found[0].message
    );
    // Two terms that share a word but not a meaning are not duplicates.
    let mut b = example();
    for term in ["Samarbeid (strategisk nivå)", "Samarbeid (operativt nivå)"] {
        b.glossary.push(GlossaryEntry {
            term: term.into(),
            definition: "Noe.".into(),
        });
    }
    assert!(with_code(&b, Code::TermDefinedTwice).is_empty());
}

#[test]
fn a_target_group_named_differently_in_two_sections_is_found() {
    let mut a = example();
    append_text(
        &mut a,
        1,
        "\nMange unge utenfor opplæring og arbeid trenger hjelp.\n",
    );
    append_text(
        &mut a,
        3,
        "\nAvtalen gjelder også ungdom som har falt ut.\n",
    );
    let found = with_code(&a, Code::TargetGroupNamedDifferently);
    assert_eq!(found.len(), 1, "{found:#?}");
    let message = &found[0].message;
    for part in [
        "unge utenfor opplæring og arbeid",
        "«Bakgrunn»",
        "ungdom som har falt ut",
        "«Virkeområde»",
    ] {
        assert!(message.contains(part), "{part}: {message}");
    }
    assert_eq!(found[0].field, "sections[3].text");
    // The same wording, inflected, and the abbreviation beside it, are one name.
    let mut b = example();
    append_text(
        &mut b,
        1,
        "\nMange unge utenfor opplæring og arbeid (NEET) trenger hjelp.\n",
    );
    append_text(
        &mut b,
        3,
        "\nAvtalen gjelder unge utenfor opplæring og arbeid.\n",
    );
    b.glossary.push(GlossaryEntry {
        term: "NEET".into(),
        definition: "Unge utenfor opplæring og arbeid.".into(),
    });
    assert!(check(&b, CheckOptions::default()).is_empty());
}

#[test]
fn a_very_long_sentence_is_found() {
    let mut a = example();
    let sentence = format!("Partene {}.", vec!["samarbeider"; 45].join(" "));
    append_text(&mut a, 0, &format!("\n{sentence}\n"));
    let found = with_code(&a, Code::VeryLongSentence);
    assert_eq!(found.len(), 1, "{found:#?}");
    assert!(found[0].message.contains("46 ord"), "{}", found[0].message);
}

#[test]
fn readability_of_the_example_and_a_clearer_revision() {
    let old = example();
    let report = readability::readability(&old);
    assert_eq!(report.sections.len(), old.sections.len());
    let lix = report.whole.lix.expect("words");
    assert!((30.0..70.0).contains(&lix), "{lix}");
    let mut new = old.clone();
    new.sections[7].text = "Nav og OT er enige. De vet hvem som gjør hva.".into();
    let comparison = readability::compare(&old, &new);
    let section = &comparison.sections[7];
    assert_eq!(section.change.trend, Trend::Clearer, "{section:#?}");
    assert_eq!(
        readability::compare(&old, &old).whole.trend,
        Trend::Unchanged
    );
}

#[test]
fn outdated_law_is_found_with_the_current_wording_as_a_fix() {
    let mut a = example();
    let boundaries = a
        .sections
        .iter()
        .position(|s| {
            s.text.contains("Oppfølgingstjenesten") || s.text.contains("oppfølgingstjenesten")
        })
        .expect("a section about the follow-up service");
    append_text(
        &mut a,
        boundaries,
        "\n\nOppfølgingstjenesten følger opp ungdom til de fyller 21 år. Eleven får Spesialundervisning og arbeidspraksis.",
    );
    let found = with_code(&a, Code::OutdatedWording);
    let words: Vec<&str> = found
        .iter()
        .filter_map(|d| match &d.fix {
            Some(Fix::ReplaceWords { words, .. }) => Some(words.as_str()),
            _ => None,
        })
        .collect();
    assert!(words.contains(&"fyller 21 år"), "{found:#?}");
    assert!(
        words.contains(&"Spesialundervisning"),
        "case as written: {found:#?}"
    );
    assert!(words.contains(&"arbeidspraksis"), "{found:#?}");
    assert!(
        found
            .iter()
            .any(|d| d.message.contains("opplæringslova § 9-4")),
        "the message says where the law stands: {found:#?}"
    );
    // Each fix puts in the current wording; applied from the end of the text back (the app
    // re-checks after each one), they leave nothing to flag, and a fix applied twice changes
    // nothing the second time.
    let mut found = found;
    found.sort_by_key(|d| match &d.fix {
        Some(Fix::ReplaceWords { start, .. }) => std::cmp::Reverse(*start),
        _ => std::cmp::Reverse(0),
    });
    let mut fixed = a.clone();
    for d in &found {
        let fix = d.fix.as_ref().expect("a fix");
        fixed = fix::apply(&fixed, fix);
        assert_eq!(fix::apply(&fixed, fix), fixed);
    }
    let text = &fixed.sections[boundaries].text;
    assert!(text.contains("til de fyller 24 år"), "{text}");
    assert!(
        text.contains("individuelt tilrettelagt opplæring og arbeidstrening"),
        "{text}"
    );
    assert!(with_code(&fixed, Code::OutdatedWording).is_empty());
}

#[test]
fn an_age_of_21_is_outdated_only_about_the_follow_up_service() {
    let mut a = example();
    let groups = a
        .sections
        .iter()
        .position(|s| s.target_groups.is_some())
        .expect("a target group section");
    let list = a.sections[groups].target_groups.as_mut().unwrap();
    let mut ot = list[0].clone();
    ot.name = "Ungdom i oppfølgingstjenesten".into();
    ot.age = Some(avtale_core::clause::AgeRange { from: 15, to: 21 });
    let mut pupils = list[0].clone();
    pupils.name = "Elever som står i fare for å slutte".into();
    pupils.definition = "Elever med høyt fravær.".into();
    pupils.age = Some(avtale_core::clause::AgeRange { from: 15, to: 21 });
    list.clear();
    list.push(ot);
    list.push(pupils);
    let found = with_code(&a, Code::OutdatedWording);
    let fields: Vec<&str> = found.iter().map(|d| d.field.as_str()).collect();
    assert!(
        fields.iter().any(|f| f.ends_with("target_groups[0].age")),
        "{found:#?}"
    );
    assert!(
        !fields.iter().any(|f| f.ends_with("target_groups[1].age")),
        "{found:#?}"
    );
    // An age range is numbers: the message says what to enter, and no text fix is offered.
    assert!(found.iter().all(|d| d.fix.is_none()), "{found:#?}");
    assert!(
        found[0].message.contains("15–24 år"),
        "{}",
        found[0].message
    );
}

#[test]
fn readability_measures_references_as_they_print() {
    let mut a = example();
    a.sections[0].text = "Vi og [[part: nav]] samarbeider.".into();
    let report = readability::readability(&a);
    let stats = &report.sections[0].stats;
    // "Vi og Nav Vestland samarbeider.": five words, two of them long.
    assert_eq!((stats.words, stats.long_words), (5, 2), "{stats:?}");
}
