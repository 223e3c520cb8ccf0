//! PDF export through the CLI: the whole agreement, the short version and the redline of a
//! comparison, checked with poppler's tools (installed by make test).

mod support;

use std::path::Path;

use support::{avtale, example, pdfinfo, pdftext_flat, pdftotext, stderr};

/// Runs `avtale` and asserts it succeeded, showing what it said if not.
fn succeed(args: &[&str]) {
    let out = avtale(args);
    assert_eq!(out.status.code(), Some(0), "{args:?}: {}", stderr(&out));
}

#[test]
fn pdf_export_embeds_fonts_keeps_every_word_and_repeats_exactly() {
    let dir = tempfile::tempdir().expect("temp dir");
    let pdf = dir.path().join("avtale.pdf");
    succeed(&[
        "pdf",
        &example().display().to_string(),
        "-o",
        &pdf.display().to_string(),
    ]);

    let fonts = std::process::Command::new("pdffonts")
        .arg(&pdf)
        .output()
        .expect("pdffonts");
    let fonts = String::from_utf8_lossy(&fonts.stdout).into_owned();
    let rows: Vec<&str> = fonts.lines().skip(2).collect();
    assert!(!rows.is_empty(), "{fonts}");
    for row in rows {
        let cols: Vec<&str> = row.split_whitespace().collect();
        let n = cols.len();
        assert_eq!(cols[n - 5], "yes", "embedded: {row}");
    }

    let text = pdftotext(&pdf);
    let agreement = avtale_core::store::read_agreement(&example()).expect("example");
    for (i, section) in agreement.sections.iter().enumerate() {
        let heading = format!("{}. {}", i + 1, section.title);
        let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(flat.contains(&heading), "missing heading {heading}");
    }
    for party in &agreement.parties {
        assert!(text.contains(&party.organisation), "{}", party.organisation);
    }
    assert!(
        text.contains("Side 2 av"),
        "footer (the first page has none)"
    );
    for letter in ["æ", "ø", "å", "Ø", "Å"] {
        assert!(text.contains(letter), "{letter}");
    }

    let info = std::process::Command::new("pdfinfo")
        .arg(&pdf)
        .output()
        .expect("pdfinfo");
    let info = String::from_utf8_lossy(&info.stdout).into_owned();
    assert!(info.contains("PDF version:     1.7"), "{info}");
    assert!(
        info.contains("Title:           Samarbeidsavtale mellom Nav Vestland"),
        "{info}"
    );
    assert!(info.contains("Tagged:          yes"), "{info}");

    let bytes = std::fs::read(&pdf).expect("pdf");
    let xmp = String::from_utf8_lossy(&bytes);
    assert!(xmp.contains("<pdfaid:part>2</pdfaid:part>"), "PDF/A-2");
    assert!(
        xmp.contains("<pdfaid:conformance>A</pdfaid:conformance>"),
        "level A"
    );

    let again = dir.path().join("igjen.pdf");
    let out = avtale(&[
        "pdf",
        &example().display().to_string(),
        "-o",
        &again.display().to_string(),
    ]);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        bytes,
        std::fs::read(&again).expect("again"),
        "byte-identical"
    );

    let draft = dir.path().join("utkast.pdf");
    let out = avtale(&[
        "pdf",
        &example().display().to_string(),
        "-o",
        &draft.display().to_string(),
        "--draft",
    ]);
    assert_eq!(out.status.code(), Some(0));
    assert!(pdftotext(&draft).contains("UTKAST"));
}

#[test]
fn pdf_export_keeps_hostile_text_as_text() {
    let dir = tempfile::tempdir().expect("temp dir");
    let fixture =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/hostile.avtale.yaml");
    let pdf = dir.path().join("hostile.pdf");
    succeed(&[
        "pdf",
        &fixture.display().to_string(),
        "-o",
        &pdf.display().to_string(),
    ]);
    let text = pdftotext(&pdf);
    assert!(text.contains("<script>"), "{text}");

    // Typst's own markup in user text stays text.
    let hostile = "#import \"x\": * og #set page(width: 1cm) og $x^2$ og @ref og <etikett> og \\ og `kode` og [a] *b* _c_ ~ -- Donaudampfskipsselskapskapteinsforsamlingsprotokollsvedleggsoversiktene";
    let text = std::fs::read_to_string(example()).expect("example");
    let file = dir.path().join("typst.avtale.yaml");
    std::fs::write(&file, text.replacen("Målet med samarbeidet er", hostile, 1)).expect("written");
    let pdf = dir.path().join("typst.pdf");
    succeed(&[
        "pdf",
        &file.display().to_string(),
        "-o",
        &pdf.display().to_string(),
    ]);
    let flat = pdftext_flat(&pdf);
    // Backticks, stars and underscores are Markdown in prose (code, bold, italic); everything
    // that would be Typst markup must come out as the characters typed.
    for piece in [
        "#import \"x\": *",
        "#set page(width: 1cm)",
        "$x^2$",
        "@ref",
        "<etikett>",
        "og \\ og",
        "kode",
        "[a] b c ~",
    ] {
        assert!(flat.contains(piece), "{piece} in {flat}");
    }
    assert!(flat.contains("Donaudampfskips"), "the long word");

    // Northern Sami, Cyrillic and Greek come out letter for letter.
    let text = std::fs::read_to_string(example()).expect("example");
    let file = dir.path().join("sami.avtale.yaml");
    let sami = "Čállin Guovdageainnu gielddas ŋ đ ŧ ž š č русский ελληνικά";
    std::fs::write(&file, text.replacen("Målet med samarbeidet er", sami, 1)).expect("written");
    succeed(&[
        "pdf",
        &file.display().to_string(),
        "-o",
        &pdf.display().to_string(),
    ]);
    assert!(pdftotext(&pdf).contains(sami));
}

#[test]
fn a_signed_agreement_is_not_printed_as_a_draft() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("avtale.avtale.yaml");
    std::fs::copy(example(), &file).expect("copy");
    let f = file.display().to_string();
    let commit = |args: &[&str]| {
        let mut all = vec!["commit", f.as_str(), "--author", "Kari Nordmann", "-m", "x"];
        all.extend_from_slice(args);
        avtale(&all)
    };
    assert_eq!(commit(&[]).status.code(), Some(0));
    for status in ["til-godkjenning", "godkjent", "signert"] {
        assert_eq!(commit(&["--status", status]).status.code(), Some(0));
    }
    let pdf = dir.path().join("a.pdf").display().to_string();
    let out = avtale(&["pdf", &f, "-o", &pdf, "--draft"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("kan ikke skrives ut som utkast"));
    let out = avtale(&["pdf", &format!("{f}@1"), "-o", &pdf, "--draft"]);
    assert_eq!(out.status.code(), Some(0), "revision 1 was a draft");
}

#[test]
fn pdf_metadata_names_the_parties_subject_and_keywords() {
    let dir = tempfile::tempdir().expect("temp dir");
    let pdf = dir.path().join("avtale.pdf");
    succeed(&[
        "pdf",
        &example().display().to_string(),
        "-o",
        &pdf.display().to_string(),
    ]);
    let info = pdfinfo(&pdf);
    assert!(
        info.contains("Author:          Nav Vestland, Vestland fylkeskommune"),
        "{info}"
    );
    assert!(
        info.contains(
            "Subject:         Samarbeidsavtale (hovedavtale) mellom Nav Vestland og Vestland fylkeskommune, 1. desember 2026 – 30. november 2030"
        ),
        "{info}"
    );
    assert!(
        info.contains("Keywords:        samarbeidsavtale, Nav, fylkeskommune, Vestland"),
        "{info}"
    );
    let bytes = std::fs::read(&pdf).expect("pdf");
    let raw = String::from_utf8_lossy(&bytes);
    assert!(raw.contains("<dc:language>"), "language in the XMP");
    assert!(raw.contains("/OutputIntents"), "an output intent (PDF/A)");

    // The structure behind PDF/A-2a, read with qpdf from uncompressed objects: a structure tree
    // with headings, paragraphs, lists and tables, marked content, the document's language,
    // and an sRGB output intent with its ICC profile.
    let plain = dir.path().join("plain.pdf");
    let status = std::process::Command::new("qpdf")
        .args(["--qdf", "--object-streams=disable"])
        .arg(&pdf)
        .arg(&plain)
        .status()
        .expect("qpdf (installed by make test)");
    assert!(status.success());
    let bytes = std::fs::read(&plain).expect("plain pdf");
    let objects = String::from_utf8_lossy(&bytes);
    for needle in [
        "/StructTreeRoot",
        "/Marked true",
        "/Lang (nb-NO)",
        "/S /GTS_PDFA1",
        "/DestOutputProfile",
        "/S /Document",
        "/S /H1",
        "/S /H2",
        "/S /P",
        "/S /L",
        "/S /Table",
        "/S /TH",
    ] {
        assert!(objects.contains(needle), "{needle}");
    }
}

#[test]
fn pdfa_2b_is_an_option() {
    let dir = tempfile::tempdir().expect("temp dir");
    let pdf = dir.path().join("b.pdf");
    succeed(&[
        "pdf",
        &example().display().to_string(),
        "-o",
        &pdf.display().to_string(),
        "--pdfa",
        "2b",
    ]);
    let bytes = std::fs::read(&pdf).expect("pdf");
    let xmp = String::from_utf8_lossy(&bytes);
    assert!(xmp.contains("<pdfaid:part>2</pdfaid:part>"));
    assert!(xmp.contains("<pdfaid:conformance>B</pdfaid:conformance>"));
    let out = avtale(&[
        "pdf",
        &example().display().to_string(),
        "-o",
        &pdf.display().to_string(),
        "--pdfa",
        "3u",
    ]);
    assert_eq!(out.status.code(), Some(2), "an unknown level is refused");
}

#[test]
fn the_short_version_is_one_page_of_who_does_what() {
    let dir = tempfile::tempdir().expect("temp dir");
    let pdf = dir.path().join("kort.pdf");
    succeed(&[
        "pdf",
        &example().display().to_string(),
        "--short",
        "-o",
        &pdf.display().to_string(),
    ]);
    assert!(pdfinfo(&pdf).contains("Pages:           1"));
    let flat = pdftext_flat(&pdf);
    assert!(flat.contains("Kortversjon: Samarbeidsavtale"), "{flat}");
    assert!(
        flat.contains("Hvem gjør hva ● har ansvaret"),
        "the matrix: {flat}"
    );
    let agreement = avtale_core::store::read_agreement(&example()).expect("example");
    let mut seen = 0;
    for (i, section) in agreement.sections.iter().enumerate() {
        for role in section.roles.iter().flatten() {
            for task in &role.tasks {
                // Table cells may hyphenate a long task; its first words are on one line.
                let start: String = task.task.split(' ').take(3).collect::<Vec<_>>().join(" ");
                assert!(flat.contains(&start), "task {start}");
                seen += 1;
            }
        }
        for body in section.meetings.iter().flatten() {
            assert!(flat.contains(&format!("{}. {}", i + 1, section.title)));
            assert!(flat.contains(&body.name), "meeting body {}", body.name);
            seen += 1;
        }
        for contact in section.contacts.iter().flatten() {
            assert!(flat.contains(&contact.name), "contact {}", contact.name);
            seen += 1;
        }
    }
    assert!(seen > 10, "the example has tasks, bodies and contacts");
    // What is not who-does-what stays out.
    assert!(!flat.contains("Bakgrunn"));
}

#[test]
fn a_comparison_prints_as_a_redline() {
    let dir = tempfile::tempdir().expect("temp dir");
    let text = std::fs::read_to_string(example()).expect("example");
    let old = dir.path().join("gammel.avtale.yaml");
    std::fs::write(&old, &text).expect("written");
    let new = dir.path().join("ny.avtale.yaml");
    let changed = text
        .replacen("per_year: 2", "per_year: 4", 1)
        .replacen(
            "Målet med samarbeidet er",
            "Det viktigste målet med samarbeidet er",
            1,
        )
        .replacen("fullfører videregående opplæring", "fullfører opplæring", 1);
    std::fs::write(&new, changed).expect("written");
    let pdf = dir.path().join("endringer.pdf");
    succeed(&[
        "diff",
        &old.display().to_string(),
        &new.display().to_string(),
        "--format",
        "pdf",
        "-o",
        &pdf.display().to_string(),
    ]);
    let flat = pdftext_flat(&pdf);
    for piece in [
        "Endringer i Samarbeidsavtale",
        "Fra gammel.avtale.yaml til ny.avtale.yaml",
        "2 punkter endret",
        "Gjennomstreket tekst er tatt ut.",
        "Det viktigste målet med samarbeidet",
        "2 ganger i året",
        "4 ganger i året",
        "fullfører videregående opplæring",
        "Side 2 av",
    ] {
        assert!(flat.contains(piece), "{piece} in {flat}");
    }
    assert!(pdfinfo(&pdf).contains("Tagged:          yes"));

    let out = avtale(&[
        "diff",
        &old.display().to_string(),
        &new.display().to_string(),
        "--format",
        "pdf",
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("-o FIL.pdf"), "{}", stderr(&out));
}

#[test]
fn a_redline_names_revisions() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("avtale.avtale.yaml");
    std::fs::copy(example(), &file).expect("copy");
    let f = file.display().to_string();
    let commit = || avtale(&["commit", &f, "--author", "Kari Nordmann", "-m", "x"]);
    assert_eq!(commit().status.code(), Some(0));
    let text = std::fs::read_to_string(&file).expect("file");
    // Change the current text only (it comes before the history in the file).
    let at = text.find("history:").expect("history");
    let (current, history) = text.split_at(at);
    let current = current.replacen("per_year: 2", "per_year: 3", 1);
    std::fs::write(&file, format!("{current}{history}")).expect("written");
    assert_eq!(commit().status.code(), Some(0));
    let pdf = dir.path().join("r.pdf");
    succeed(&[
        "diff",
        &format!("{f}@1"),
        &format!("{f}@2"),
        "--format",
        "pdf",
        "-o",
        &pdf.display().to_string(),
    ]);
    let flat = pdftext_flat(&pdf);
    assert!(
        flat.contains("Fra revisjon 1 av avtale.avtale.yaml til revisjon 2 av avtale.avtale.yaml"),
        "{flat}"
    );
    assert!(flat.contains("3 ganger i året"), "{flat}");
}

/// A main agreement's print lists the sub-agreements and action plans beside it that link to
/// it; the sub-agreement's print says which main agreement it makes concrete.
#[test]
fn a_main_agreements_pdf_names_the_sub_agreement_beside_it() {
    let dir = tempfile::tempdir().expect("temp dir");
    let main_file = dir.path().join("hovedavtale.avtale.yaml");
    let sub_file = dir.path().join("ot.avtale.yaml");
    for (starter, file) in [("hovedavtale", &main_file), ("underavtale-ot", &sub_file)] {
        succeed(&[
            "new",
            "--starter",
            starter,
            "--county",
            "Vestland",
            "--lang",
            "nb",
            "-o",
            &file.display().to_string(),
        ]);
    }
    let main = avtale_core::store::read_agreement(&main_file).expect("main");
    let mut sub = avtale_core::store::read_agreement(&sub_file).expect("sub");
    avtale_core::family::link(&mut sub, &main, "hovedavtale.avtale.yaml".into());
    sub.meta.title = "Delavtale om oppfølgingstjenesten i Vestland".into();
    std::fs::write(&sub_file, avtale_core::format::agreement_to_string(&sub)).expect("saved");

    let pdf = dir.path().join("hovedavtale.pdf");
    let print = |file: &Path, pdf: &Path| {
        succeed(&[
            "pdf",
            &file.display().to_string(),
            "-o",
            &pdf.display().to_string(),
            "--draft",
        ]);
        pdftext_flat(pdf)
    };
    let text = print(&main_file, &pdf);
    assert!(text.contains("Underavtaler:"), "{text}");
    assert!(
        text.contains("Delavtale om oppfølgingstjenesten i Vestland"),
        "{text}"
    );
    assert!(
        text.contains("Bygger på: Samarbeidsavtalen fra 2007 mellom Arbeids- og"),
        "{text}"
    );
    let text = print(&sub_file, &dir.path().join("ot.pdf"));
    assert!(
        text.contains("Konkretiserer: Samarbeidsavtale mellom Nav Vestland og Vestland"),
        "{text}"
    );
    assert!(!text.contains("Hører under"), "{text}");
}
