//! Exports that must not fail or lose text: a long agreement, text in other scripts.

use avtale_core::Agreement;
use avtale_core::agreement::SectionId;
use avtale_core::date::Date;
use avtale_core::lang::Lang;
use avtale_core::starter::{self, NewAgreement};
use avtale_core::template::TemplateSet;
use avtale_pdf::{ExportOptions, export};

fn agreement(sections: usize) -> Agreement {
    let templates = TemplateSet::shipped().expect("templates");
    let new = NewAgreement {
        starter: "hovedavtale",
        county: Some("Finnmark"),
        municipality: None,
        lang: Lang::Nn,
        today: Date::from_ymd(2026, 11, 22).expect("date"),
        id: "test".into(),
    };
    let mut a = starter::create(&templates, &new).expect("starter");
    let base = a.sections.clone();
    a.sections = (0..sections)
        .map(|i| {
            let mut s = base[i % base.len()].clone();
            s.id = SectionId(format!("{}-{i}", s.id));
            s
        })
        .collect();
    a
}

/// What a poppler tool (installed by make test) prints for this PDF.
fn poppler(tool: &str, pdf: &[u8], args: &[&str]) -> String {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("a.pdf");
    std::fs::write(&path, pdf).expect("written");
    let out = std::process::Command::new(tool)
        .arg(&path)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("{tool} (poppler-utils): {e}"));
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn pages(pdf: &[u8]) -> usize {
    poppler("pdfinfo", pdf, &[])
        .lines()
        .find_map(|l| {
            l.strip_prefix("Pages:")
                .map(|n| n.trim().parse().unwrap_or(0))
        })
        .unwrap_or(0)
}

/// The PDF's text with all whitespace as single spaces.
fn text(pdf: &[u8]) -> String {
    poppler("pdftotext", pdf, &["-"])
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn a_300_page_agreement_exports_every_page_and_section() {
    let a = agreement(920);
    let pdf = export(&a, ExportOptions::default()).expect("exports");
    assert!(pdf.starts_with(b"%PDF-1.7"));
    let n = pages(&pdf);
    assert!(n >= 300, "{n} pages");
    let flat = text(&pdf);
    assert!(flat.contains(&format!("Side {n} av {n}")), "last footer");
    let last = a.sections.len();
    assert!(
        flat.contains(&format!("{last}. {}", a.sections[last - 1].title)),
        "the last section's heading"
    );
}

#[test]
fn a_table_wider_than_the_page_keeps_every_cell() {
    let mut a = agreement(2);
    let head: Vec<String> = (1..=14).map(|i| format!("Kolonne{i}")).collect();
    let row: Vec<String> = (1..=14)
        .map(|i| format!("Celle{i}Medetsværtlangtordutenmellomrom"))
        .collect();
    let tall = "Et langt avsnitt i en celle. ".repeat(400);
    a.sections[0].text = format!(
        "Bred tabell:\n\n| {} |\n|{}|\n| {} |\n| {tall} |{}\n",
        head.join(" | "),
        "---|".repeat(14),
        row.join(" | "),
        " x |".repeat(13),
    );
    let pdf = export(&a, ExportOptions::default()).expect("exports");
    let flat = text(&pdf).replace(['-', ' ', '\u{ad}'], "");
    for i in 1..=14 {
        assert!(flat.contains(&format!("Kolonne{i}")), "header {i}");
        assert!(
            flat.contains(&format!("Celle{i}Medetsværtlangtordutenmellomrom")),
            "cell {i}"
        );
    }
    // A cell taller than a page is broken across pages rather than cut.
    let words = text(&pdf).matches("celle.").count();
    assert_eq!(words, 400, "every sentence of the tall cell");
}

#[test]
fn the_short_version_and_a_redline_export() {
    let a = agreement(10);
    let short = avtale_pdf::export_short(&a, ExportOptions::default()).expect("short");
    assert_eq!(pages(&short), 1);
    let mut b = a.clone();
    b.sections.swap(1, 2);
    b.sections[0].text = format!("{} Ny setning.", b.sections[0].text);
    b.sections.remove(5);
    let red =
        avtale_pdf::export_redline(&a, &b, "A", "B", ExportOptions::default()).expect("redline");
    let flat = text(&red);
    assert!(flat.contains("Ny setning."), "{flat}");
    assert!(
        flat.contains("flytta"),
        "a moved section in nynorsk: {flat}"
    );
    assert!(flat.contains("fjerna"), "a removed section: {flat}");
}

#[test]
fn text_in_other_scripts_and_empty_sections_export() {
    let mut a = agreement(3);
    a.sections[0].text =
        "Sámegillii: Čállin Guovdageainnu gielddas, ŋ đ ŧ ž š č. Русский. Ελληνικά.".into();
    a.sections[1].text = String::new();
    a.sections[1].title = String::new();
    let pdf = export(
        &a,
        ExportOptions {
            draft: true,
            accessible: true,
        },
    )
    .expect("exports");
    assert!(pages(&pdf) >= 1);
}

#[test]
fn characters_the_fonts_lack_are_named_to_the_user() {
    let mut a = agreement(2);
    a.sections[0].text = "Kinesisk: 中文.".into();
    let err = export(&a, ExportOptions::default()).expect_err("PDF/A allows no missing glyphs");
    assert_eq!(err.missing_characters(), ["中", "文"]);
    let message = err.report(avtale_core::lang::Locale::Nb);
    assert!(message.contains("«中»"), "{message}");
    assert!(
        !message.contains("PDF/A-2a error"),
        "no raw Typst text: {message}"
    );
}

/// A twelve-section agreement: the starter's first eleven and its signatures, last.
fn twelve() -> Agreement {
    let mut a = agreement(0);
    let full = agreement(40);
    let signing = full
        .sections
        .iter()
        .find(|s| s.signatures.is_some())
        .expect("a signatures section")
        .clone();
    a.sections = full
        .sections
        .into_iter()
        .filter(|s| s.signatures.is_none())
        .take(11)
        .chain([signing])
        .collect();
    a
}

/// The places of the section headings "N. Title" in the PDF's text, in the agreement's order;
/// panics when one is missing or out of order.
fn assert_sections_in_order(flat: &str, a: &Agreement) -> Vec<usize> {
    // Past the table of contents, which lists the headings too.
    let body_start = flat
        .find(&format!("1. {} ", a.sections[0].title))
        .and_then(|first| {
            flat[first + 1..]
                .find(&format!("1. {} ", a.sections[0].title))
                .map(|second| first + 1 + second)
        })
        .filter(|_| flat.contains("Innhald") || flat.contains("Innhold"))
        .unwrap_or(0);
    let mut at = body_start;
    let mut places = Vec::new();
    for (i, s) in a.sections.iter().enumerate() {
        let heading = format!("{}. {}", i + 1, s.title);
        let found = flat[at..]
            .find(&heading)
            .unwrap_or_else(|| panic!("section «{heading}» missing or out of order"));
        at += found + heading.len();
        places.push(at);
    }
    places
}

/// Broke before: a property agreement whose §7 had the sub-points `### 7.1` and `### 7.2`
/// printed every later section two places off, dropped §11 and put the signature blocks under
/// the wrong heading; one `## Delmål` in the purpose moved the signatures to section 18.
#[test]
fn subheadings_in_prose_never_move_a_section() {
    let mut a = twelve();
    a.sections[0].text = "Formålet.\n\n## Delmål\n\nFlere fullfører.".into();
    a.sections[6].text = "Innledning.\n\n### 7.1 Drift\n\nPartene drifter.\n\n### 7.2 Vedlikehold\n\nPartene vedlikeholder.".into();
    let pdf = export(&a, ExportOptions::default()).expect("exports");
    let flat = text(&pdf);
    let places = assert_sections_in_order(&flat, &a);
    let sub = flat[places[6]..places[7]].to_owned();
    assert!(
        sub.contains("7.1 Drift") && sub.contains("7.2 Vedlikehold"),
        "the sub-points stay in section 7: {sub}"
    );
    let last = *places.last().expect("sections");
    assert!(
        flat[last..].contains("Stad og dato"),
        "the signature blocks sit under the signatures heading"
    );
    assert!(!flat[..last].contains("Stad og dato"));
}

/// An export of text changed since the newest revision says so in its footer, and never
/// carries the revision's label or its claim in the metadata.
#[test]
fn a_print_of_unsaved_changes_is_not_labelled_as_the_revision() {
    use avtale_core::history::{RevisionInfo, Timestamp};
    let mut a = agreement(3);
    let time = chrono::DateTime::parse_from_rfc3339("2026-12-01T10:00:00+01:00").expect("time");
    avtale_core::workflow::commit(
        &mut a,
        RevisionInfo {
            author: "Test".into(),
            time: Timestamp(time),
            message: "Første".into(),
            name: None,
        },
        None,
    )
    .expect("commit");
    let saved = text(&export(&a, ExportOptions::default()).expect("exports"));
    assert!(saved.contains("Revisjon 1 ("), "{saved}");
    a.sections[0].text.push_str(" Ei endring.");
    let changed_pdf = export(&a, ExportOptions::default()).expect("exports");
    let changed = text(&changed_pdf);
    assert!(!changed.contains("Revisjon 1 ("), "{changed}");
    assert!(
        changed.contains("Endra etter revisjon 1 – ikkje lagra som revisjon"),
        "{changed}"
    );
    assert_eq!(
        avtale_pdf::printed_revision(&changed_pdf).ok().flatten(),
        None
    );
}

mod prose {
    use super::*;
    use proptest::prelude::*;

    /// A piece of prose a user may write: headings of any level, lists, a table, emphasis.
    fn block() -> impl Strategy<Value = String> {
        let word = prop::sample::select(vec![
            "avtale",
            "partene",
            "skolen",
            "møte",
            "ungdom",
            "oppfølging",
            "tiltak",
            "plan",
        ]);
        let words = prop::collection::vec(word, 1..6).prop_map(|w| w.join(" "));
        prop_oneof![
            (1usize..7, words.clone()).prop_map(|(l, w)| format!("{} {w}", "#".repeat(l))),
            words
                .clone()
                .prop_map(|w| format!("Tekst med **{w}** og *{w}*.")),
            prop::collection::vec(words.clone(), 1..4)
                .prop_map(|items| items.iter().map(|i| format!("- {i}\n")).collect()),
            (words.clone(), words.clone())
                .prop_map(|(a, b)| format!("| {a} | {b} |\n|---|---|\n| {b} | |\n")),
            words.prop_map(|w| format!("> {w}")),
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 6, ..ProptestConfig::default() })]

        /// Whatever prose each section holds, the PDF's sections are the agreement's, in
        /// order, and the signature blocks sit in the signatures section.
        #[test]
        fn the_pdfs_sections_are_the_agreements(texts in prop::collection::vec(prop::collection::vec(block(), 0..4), 12)) {
            let mut a = twelve();
            for (s, blocks) in a.sections.iter_mut().zip(texts) {
                s.text = blocks.join("\n\n");
            }
            let pdf = export(&a, ExportOptions::default()).expect("exports");
            let flat = text(&pdf);
            let places = assert_sections_in_order(&flat, &a);
            let signing = a.sections.iter().position(|s| s.signatures.is_some()).expect("signatures");
            let end = places.get(signing + 1).copied().unwrap_or(flat.len());
            let signatures = &flat[places[signing]..end];
            prop_assert!(signatures.contains("Stad og dato"), "{}", signatures);
        }
    }
}

/// A revision that took its status with open errors, accepted with a reason, prints that
/// reason and the errors in the check summary on its first page; the registration's signing
/// dates and places print in the signature blocks (nynorsk here).
#[test]
fn a_print_shows_the_accepted_errors_and_the_signing_date_and_place() {
    use avtale_core::agreement::{PartyId, Status};
    use avtale_core::clause::Signing;
    use avtale_core::history::{RevisionInfo, Timestamp};
    use avtale_core::signing::{self, Registration};
    let mut a = agreement(24);
    let time = chrono::DateTime::parse_from_rfc3339("2026-12-01T10:00:00+01:00").expect("time");
    let signed = |party: &str, day: u32, place: &str| Signing {
        party: PartyId(party.into()),
        date: Date::from_ymd(2021, 3, day).expect("date"),
        place: place.into(),
    };
    let errors = signing::errors(&avtale_core::check(&a, Default::default())).len();
    assert!(errors > 0, "the starter has placeholders left");
    signing::register(
        &mut a,
        RevisionInfo {
            author: "Test".into(),
            time: Timestamp(time),
            message: "Registrert".into(),
            name: None,
        },
        Registration {
            status: Some(Status::Signert),
            signed: vec![signed("nav", 1, "Vadsø"), signed("fk", 4, "Vadsø")],
            accept_errors: Some("Avtalen vart signert slik i 2021".into()),
            ..Registration::default()
        },
    )
    .expect("registered");
    let printed = text(&export(&a, ExportOptions::default()).expect("exports"));
    let flat = printed.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        flat.contains(&format!(
            "Kontroll: {errors} feil (AV001) var ikkje retta då avtalen fekk statusen «Signert». Godteke med grunngjevinga: «Avtalen vart signert slik i 2021»."
        )),
        "{flat}"
    );
    assert!(flat.contains("Stad og dato: Vadsø, 1. mars 2021"), "{flat}");
    assert!(flat.contains("Stad og dato: Vadsø, 4. mars 2021"), "{flat}");
}
