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
            .filter(|d| d.code >= Code::UndefinedAbbreviation && d.code != Code::Placeholder)
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
    new.sections[7].text = "Partene har avklart ansvaret. NAV og OT er enige.".into();
    let comparison = readability::compare(&old, &new);
    let section = &comparison.sections[7];
    assert_eq!(section.change.trend, Trend::Clearer, "{section:#?}");
    assert_eq!(
        readability::compare(&old, &old).whole.trend,
        Trend::Unchanged
    );
}
