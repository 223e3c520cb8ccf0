//! Importing Word documents Avtale did not make: a county's agreement written elsewhere comes
//! in whole (every word of its body is in the agreement), its sections matched to templates,
//! its parties and period found; and bad input (not a zip, not Word, password-protected, a zip
//! bomb, 5,000 paragraphs, images and fields, damaged bytes) gives a clear message or a clean
//! import that lists what was left out, never a panic or a hang.

use std::collections::BTreeSet;
use std::io::{Cursor, Write};
use std::path::Path;
use std::time::{Duration, Instant};

use avtale_core::agreement::{Agreement, PartyKind};
use avtale_core::date::Date;
use avtale_core::format::{agreement_from_str, agreement_to_string};
use avtale_core::lang::{Lang, Locale};
use avtale_core::render::markdown;
use avtale_core::{CheckOptions, TemplateSet, check};
use avtale_word::WordError;
use avtale_word::import::{ImportOptions, Imported, import};

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("fixtures/word")
            .join(name),
    )
    .expect("fixture")
}

fn run(bytes: &[u8]) -> Result<Imported, WordError> {
    let templates = TemplateSet::shipped().expect("templates");
    let options = ImportOptions {
        templates: &templates,
        today: Date::from_ymd(2026, 12, 7).expect("date"),
        id: "import-test",
        file_stem: Some("avtale"),
    };
    import(bytes, &options)
}

/// Every piece of text the import put in the agreement, as words.
fn words_of_agreement(a: &Agreement) -> BTreeSet<String> {
    let mut all = a.meta.title.clone();
    for s in &a.sections {
        all.push('\n');
        all.push_str(&s.title);
        all.push('\n');
        all.push_str(&s.text);
    }
    words(&all)
}

/// Words with a letter in them, lower case (numbers such as a page number are not words).
fn words(text: &str) -> BTreeSet<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().any(char::is_alphabetic))
        .map(str::to_lowercase)
        .collect()
}

/// The words of the fixture's source: its HTML body with the tags taken out (an independent
/// reading: LibreOffice made the .docx from it).
fn words_of_html(html: &str) -> BTreeSet<String> {
    let body = &html[html.find("<body>").expect("body")..];
    let mut text = String::new();
    let mut in_tag = false;
    for c in body.chars() {
        match c {
            '<' => in_tag = true,
            '>' => {
                in_tag = false;
                text.push(' ');
            }
            c if !in_tag => text.push(c),
            _ => {}
        }
    }
    words(&text)
}

#[test]
fn a_county_agreement_written_in_another_program_imports_whole() {
    let imported = run(&fixture("samarbeidsavtale-vestland.docx")).expect("imports");
    let a = &imported.agreement;
    let html = String::from_utf8(fixture("samarbeidsavtale-vestland.html")).expect("utf-8");
    let missing: Vec<String> = words_of_html(&html)
        .difference(&words_of_agreement(a))
        .cloned()
        .collect();
    assert!(missing.is_empty(), "words not imported: {missing:?}");

    let titles: Vec<(&str, Option<&str>)> = a
        .sections
        .iter()
        .map(|s| (s.title.as_str(), s.template.as_deref()))
        .collect();
    assert_eq!(
        titles,
        vec![
            ("Innledning", None),
            ("Formål med avtalen", Some("formal")),
            ("Parter og virkeområde", Some("parter")),
            ("Mål", Some("mal")),
            ("Roller og ansvar", Some("roller")),
            ("Møtearenaer og møtehyppighet", Some("motearenaer")),
            (
                "Informasjonsdeling og taushetsplikt",
                Some("informasjonsdeling")
            ),
            ("Uenighet og eskalering", Some("tvister")),
            ("Varighet og oppsigelse", Some("varighet")),
            ("Kantine og lokaler", None),
        ]
    );
    // The number is Avtale's to give; the document's is reported.
    assert_eq!(imported.report.sections[1].number.as_deref(), Some("1"));
    assert_eq!(
        a.meta.title,
        "Samarbeidsavtale mellom Nav Vestland og Vestland fylkeskommune"
    );
    assert_eq!(a.meta.language, Lang::Nb);
    assert_eq!(a.meta.county, "Vestland");
    assert_eq!(
        a.parties
            .iter()
            .map(|p| (p.organisation.as_str(), p.kind))
            .collect::<Vec<_>>(),
        vec![
            ("Nav Vestland", PartyKind::NavFylke),
            ("Vestland fylkeskommune", PartyKind::Fylkeskommune)
        ]
    );
    assert_eq!(
        a.meta.period.from,
        Date::from_ymd(2024, 1, 1).expect("date")
    );
    assert_eq!(a.meta.period.to, Date::from_ymd(2027, 12, 31));

    // Sub-heading, lists, table and emphasis kept as the prose's Markdown.
    let goals = &a.sections[3].text;
    assert!(goals.contains("1. Andelen som fullfører"), "{goals}");
    assert!(goals.contains("## Oppfølging av målene"), "{goals}");
    assert!(goals.contains("*strategiske samarbeidsforumet*"), "{goals}");
    assert!(goals.contains("**sekretariatsansvaret**"), "{goals}");
    let roles = &a.sections[4].text;
    assert!(
        roles.contains("| Oppgave | Ansvarlig | Frist |") && roles.contains("| --- |"),
        "{roles}"
    );
    assert!(a.sections[5].text.contains("- Strategisk samarbeidsforum"));

    // The picture and the page-number field are listed, with where they were.
    let kinds: Vec<(&str, Option<&str>)> = imported
        .report
        .left_out
        .iter()
        .filter(|l| l.kind != "numbering")
        .map(|l| (l.kind.as_str(), l.section.as_deref()))
        .collect();
    assert!(kinds.contains(&("image", Some("Innledning"))), "{kinds:?}");
    assert!(kinds.contains(&("field", Some("Innledning"))), "{kinds:?}");

    // The agreement saves, loads back the same, checks and renders.
    let yaml = agreement_to_string(a);
    assert_eq!(
        &agreement_from_str(&yaml, "import.avtale.yaml").expect("loads"),
        a
    );
    let _ = check(a, CheckOptions::default());
    let md = markdown::render(a);
    assert!(md.contains("Oppfølging av målene"), "{md}");
    let lines = imported.report.lines(
        "samarbeidsavtale-vestland.docx",
        &TemplateSet::shipped().expect("t"),
        Lang::Nb,
        Locale::Nb,
    );
    assert!(
        lines
            .iter()
            .any(|l| l.contains("Kantine og lokaler (ingen mal)")),
        "{lines:?}"
    );
    assert!(
        lines.iter().any(|l| l.contains("Bilde [Innledning]")),
        "{lines:?}"
    );
}

fn zip_of(parts: &[(&str, &[u8])]) -> Vec<u8> {
    let mut out = Vec::new();
    {
        let mut w = zip::ZipWriter::new(Cursor::new(&mut out));
        let opts = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated);
        for (name, data) in parts {
            w.start_file(*name, opts).expect("part");
            w.write_all(data).expect("write");
        }
        w.finish().expect("zip");
    }
    out
}

fn docx_bytes(docx: docx_rs::Docx) -> Vec<u8> {
    let mut out = Cursor::new(Vec::new());
    docx.build().pack(&mut out).expect("pack");
    out.into_inner()
}

#[test]
fn bad_input_gets_a_clear_message() {
    let msg = |err: WordError| err.report("avtale.docx", Locale::Nb);
    let not_zip = run(b"Samarbeidsavtale mellom Nav og fylket").unwrap_err();
    assert_eq!(not_zip, WordError::NotZip);
    assert!(msg(not_zip).contains("ikke et Word-dokument"));

    let not_word = run(&zip_of(&[("bilde.png", b"PNG")])).unwrap_err();
    assert_eq!(not_word, WordError::NotWord);

    let encrypted = run(&fixture("passordbeskyttet.docx")).unwrap_err();
    assert_eq!(encrypted, WordError::Encrypted);
    assert!(msg(encrypted).contains("passordbeskyttet"));

    let zeros = vec![0u8; 1024 * 1024];
    let mut parts: Vec<(String, &[u8])> = (0..140)
        .map(|i| (format!("word/media/z{i}.bin"), zeros.as_slice()))
        .collect();
    parts.push(("[Content_Types].xml".into(), b"<Types/>"));
    parts.push(("word/document.xml".into(), b"<w:document/>"));
    let named: Vec<(&str, &[u8])> = parts.iter().map(|(n, d)| (n.as_str(), *d)).collect();
    let started = Instant::now();
    let bomb = run(&zip_of(&named)).unwrap_err();
    assert!(matches!(bomb, WordError::TooLarge { .. }), "{bomb:?}");
    assert!(started.elapsed() < Duration::from_secs(10));
}

#[test]
fn five_thousand_paragraphs_import_quickly() {
    let mut docx = docx_rs::Docx::new().add_style(
        docx_rs::Style::new("Heading1", docx_rs::StyleType::Paragraph).name("heading 1"),
    );
    for i in 0..5_000 {
        let p = if i % 50 == 0 {
            docx_rs::Paragraph::new()
                .add_run(docx_rs::Run::new().add_text(format!(
                    "{}. Punkt nummer {}",
                    i / 50 + 1,
                    i / 50 + 1
                )))
                .style("Heading1")
        } else {
            docx_rs::Paragraph::new().add_run(docx_rs::Run::new().add_text(format!(
                "Avsnitt {i}: partene samarbeider om oppfølging av ungdom og unge voksne."
            )))
        };
        docx = docx.add_paragraph(p);
    }
    let bytes = docx_bytes(docx);
    let started = Instant::now();
    let imported = run(&bytes).expect("imports");
    let took = started.elapsed();
    eprintln!(
        "5,000 paragraphs ({} bytes) imported in {took:?}",
        bytes.len()
    );
    assert_eq!(imported.agreement.sections.len(), 100);
    assert!(
        imported.agreement.sections[99]
            .text
            .contains("Avsnitt 4999:")
    );
    assert!(took < Duration::from_secs(10), "took {took:?}");
}

#[test]
fn tracked_changes_are_taken_as_shown_and_comments_reported() {
    use docx_rs::{Comment, Delete, Docx, Insert, Paragraph, Run, Style, StyleType};
    let docx = Docx::new()
        .add_style(Style::new("Heading1", StyleType::Paragraph).name("heading 1"))
        .add_paragraph(
            Paragraph::new()
                .add_run(Run::new().add_text("1. Formål"))
                .style("Heading1"),
        )
        .add_paragraph(
            Paragraph::new()
                .add_run(Run::new().add_text("Partene møtes "))
                .add_delete(
                    Delete::new()
                        .add_run(Run::new().add_delete_text("hvert år"))
                        .author("Kari"),
                )
                .add_insert(Insert::new(Run::new().add_text("hvert halvår")).author("Ola"))
                .add_comment_start(
                    Comment::new(1)
                        .author("Kari")
                        .add_paragraph(Paragraph::new().add_run(Run::new().add_text("Enig?"))),
                )
                .add_run(Run::new().add_text("."))
                .add_comment_end(1),
        );
    let imported = run(&docx_bytes(docx)).expect("imports");
    let s = &imported.agreement.sections[0];
    assert_eq!(s.title, "Formål");
    assert_eq!(s.text, "Partene møtes hvert halvår.");
    let left: Vec<(&str, &str)> = imported
        .report
        .left_out
        .iter()
        .map(|l| (l.kind.as_str(), l.text.as_str()))
        .collect();
    assert!(left.contains(&("comment", "Kari: Enig?")), "{left:?}");
    assert!(left.contains(&("tracked_changes", "Kari, Ola")), "{left:?}");
}

#[test]
fn a_document_without_heading_styles_uses_its_bold_lines() {
    use docx_rs::{Docx, Paragraph, Run};
    let bold = |t: &str| Paragraph::new().add_run(Run::new().add_text(t).bold());
    let plain = |t: &str| Paragraph::new().add_run(Run::new().add_text(t));
    let docx = Docx::new()
        .add_paragraph(plain(
            "Avtalen er inngått mellom Nav Troms og Finnmark og Troms fylkeskommune.",
        ))
        .add_paragraph(bold("§ 1 Formål"))
        .add_paragraph(plain("Flere skal fullføre."))
        .add_paragraph(bold("§ 2 Kontaktpersoner"))
        .add_paragraph(plain("Se vedlegg."));
    let a = run(&docx_bytes(docx)).expect("imports").agreement;
    let titles: Vec<&str> = a.sections.iter().map(|s| s.title.as_str()).collect();
    assert_eq!(titles, vec!["Innledning", "Formål", "Kontaktpersoner"]);
    assert_eq!(a.sections[2].template.as_deref(), Some("kontaktpersoner"));
    assert_eq!(a.parties.len(), 2);
}

/// Damaged copies of a real document (bytes flipped, cut short, parts overwritten) are
/// refused with a typed error or imported; never a panic or a hang.
#[test]
fn damaged_documents_never_panic_or_hang() {
    let real = fixture("samarbeidsavtale-vestland.docx");
    let mut seed: u64 = 0x5eed_1234_abcd_ef01;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    let started = Instant::now();
    let (mut ok, mut refused) = (0, 0);
    for round in 0..300 {
        let mut bytes = real.clone();
        match round % 3 {
            0 => {
                for _ in 0..(1 + next() % 8) {
                    let at = (next() as usize) % bytes.len();
                    bytes[at] = next() as u8;
                }
            }
            1 => bytes.truncate((next() as usize) % bytes.len()),
            _ => {
                let at = (next() as usize) % bytes.len();
                let len = ((next() % 64) as usize).min(bytes.len() - at);
                for b in &mut bytes[at..at + len] {
                    *b = next() as u8;
                }
            }
        }
        let one = Instant::now();
        let result = std::panic::catch_unwind(|| run(&bytes));
        assert!(result.is_ok(), "panicked on round {round}");
        match result.expect("no panic") {
            Ok(_) => ok += 1,
            Err(err) => {
                assert!(!err.report("x.docx", Locale::Nb).is_empty());
                refused += 1;
            }
        }
        assert!(
            one.elapsed() < Duration::from_secs(5),
            "round {round} was slow"
        );
    }
    eprintln!(
        "300 damaged copies: {ok} imported, {refused} refused in {:?}",
        started.elapsed()
    );

    // Damage inside the document's XML, repacked so the zip itself is sound.
    let mut archive = zip::ZipArchive::new(Cursor::new(real.as_slice())).expect("zip");
    let mut parts: Vec<(String, Vec<u8>)> = Vec::new();
    for i in 0..archive.len() {
        let mut part = archive.by_index(i).expect("part");
        let mut data = Vec::new();
        std::io::Read::read_to_end(&mut part, &mut data).expect("inflate");
        parts.push((part.name().to_owned(), data));
    }
    let doc = parts
        .iter()
        .position(|(n, _)| n == "word/document.xml")
        .expect("document part");
    let (mut ok, mut refused) = (0, 0);
    for round in 0..150 {
        let mut damaged = parts.clone();
        let xml = &mut damaged[doc].1;
        for _ in 0..(1 + next() % 6) {
            let at = (next() as usize) % xml.len();
            match next() % 3 {
                0 => xml[at] = b"<>/\"&= wpx0"[(next() % 11) as usize],
                1 => {
                    xml.remove(at);
                }
                _ => xml.truncate(at.max(1)),
            }
        }
        let named: Vec<(&str, &[u8])> = damaged
            .iter()
            .map(|(n, d)| (n.as_str(), d.as_slice()))
            .collect();
        let bytes = zip_of(&named);
        if let Ok(dir) = std::env::var("AVTALE_DAMAGED_DIR") {
            std::fs::write(format!("{dir}/round-{round}.docx"), &bytes).expect("write");
            eprintln!("round {round}");
        }
        let one = Instant::now();
        let result = std::panic::catch_unwind(|| run(&bytes));
        assert!(result.is_ok(), "panicked on XML round {round}");
        match result.expect("no panic") {
            Ok(_) => ok += 1,
            Err(_) => refused += 1,
        }
        assert!(
            one.elapsed() < Duration::from_secs(5),
            "XML round {round} was slow"
        );
    }
    eprintln!("150 damaged XML copies: {ok} imported, {refused} refused");
}
