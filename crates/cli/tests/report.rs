//! `avtale report` and `avtale extract` on the follow-up fixture: the report as PDF (every part
//! in its text), Word and Markdown; a period that cannot be read and a party the agreement
//! lacks are refused with exit 2.

mod support;

use std::path::{Path, PathBuf};

use support::{avtale, pdfinfo, pdftext_flat, stderr, stdout};

fn fixture() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/followup-vestland.avtale.yaml")
}

#[test]
fn the_report_prints_every_part_as_pdf_word_and_markdown() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = fixture().display().to_string();
    let pdf = dir.path().join("rapport.pdf");
    let out = avtale(&[
        "report",
        &file,
        "--tertial",
        "2027-1",
        "-o",
        &pdf.display().to_string(),
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = pdftext_flat(&pdf);
    for part in [
        "Statusrapport: Samarbeidsavtale mellom Nav Vestland og Vestland fylkeskommune",
        "Periode: 1. tertial 2027",
        "1. Sammendrag",
        "2. Mål",
        "3. Tiltak",
        "4. Forsinket og hvorfor",
        "5. Gode grep",
        "6. Saker til beslutning",
        "7. Møter og rapporter",
        "Få veiledere kunne reise i vinter",
        "Faste kontordager",
    ] {
        assert!(text.contains(part), "{part}: {text}");
    }
    assert!(
        !text.contains("julemøte"),
        "a note outside the period: {text}"
    );

    let docx = dir.path().join("rapport.docx");
    let out = avtale(&[
        "report",
        &file,
        "--year",
        "2027",
        "--format",
        "docx",
        "-o",
        &docx.display().to_string(),
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(std::fs::read(&docx).expect("written").starts_with(b"PK"));

    let out = avtale(&[
        "report",
        &file,
        "--from",
        "2027-03-01",
        "--to",
        "2027-06-15",
        "--format",
        "md",
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let md = stdout(&out);
    assert!(md.contains("**Periode:** 1. mars–15. juni 2027"), "{md}");
    assert!(md.contains("## 6. Saker til beslutning"), "{md}");
}

#[test]
fn a_bad_period_and_an_unknown_party_are_refused() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = fixture().display().to_string();
    let out = avtale(&["report", &file, "--tertial", "2027-4", "--format", "md"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("«2027-4» kan ikke brukes"),
        "{}",
        stderr(&out)
    );
    let out = avtale(&[
        "report",
        &file,
        "--from",
        "2027-05-01",
        "--to",
        "2027-04-01",
        "--format",
        "md",
    ]);
    assert_eq!(out.status.code(), Some(2));
    let out = avtale(&["report", &file, "--year", "2027"]);
    assert_eq!(out.status.code(), Some(2), "a PDF needs -o");
    let pdf = dir.path().join("x.pdf");
    let out = avtale(&[
        "extract",
        &file,
        "--party",
        "x",
        "-o",
        &pdf.display().to_string(),
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("Partene er: nav, fk."),
        "{}",
        stderr(&out)
    );
    assert!(!pdf.exists());
}

#[test]
fn the_extract_is_one_page_for_the_party() {
    let dir = tempfile::tempdir().expect("temp dir");
    let pdf = dir.path().join("nav.pdf");
    let out = avtale(&[
        "extract",
        &fixture().display().to_string(),
        "--party",
        "nav",
        "-o",
        &pdf.display().to_string(),
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(
        pdfinfo(&pdf).contains("Pages:           1"),
        "{}",
        pdfinfo(&pdf)
    );
    let text = pdftext_flat(&pdf);
    assert!(text.contains("Utdrag for Nav Vestland"), "{text}");
    assert!(text.contains("Hospitering"), "{text}");
    assert!(
        !text.contains("Felles fagsamling"),
        "the county's measure: {text}"
    );
}
