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
