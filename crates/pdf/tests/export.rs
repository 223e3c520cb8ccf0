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

fn pages(pdf: &[u8]) -> usize {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("a.pdf");
    std::fs::write(&path, pdf).expect("written");
    let out = std::process::Command::new("pdfinfo")
        .arg(&path)
        .output()
        .expect("pdfinfo (poppler-utils, installed by make test)");
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .find_map(|l| {
            l.strip_prefix("Pages:")
                .map(|n| n.trim().parse().unwrap_or(0))
        })
        .unwrap_or(0)
}

#[test]
fn a_long_agreement_exports_every_page() {
    let pdf = export(&agreement(200), ExportOptions::default()).expect("exports");
    assert!(pdf.starts_with(b"%PDF-1.7"));
    assert!(pages(&pdf) > 50, "{} pages", pages(&pdf));
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
