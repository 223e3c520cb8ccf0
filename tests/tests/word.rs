//! Word export read by a second, independent reader: LibreOffice converts the exported
//! example agreement and every starter to PDF, and every section heading and some clause text
//! must arrive; the stamp reads back through the crate's own reader.

use std::path::{Path, PathBuf};
use std::process::Command;

use avtale_core::date::Date;
use avtale_core::lang::Lang;
use avtale_core::render::tree::{self, Block};
use avtale_core::starter::{self, NewAgreement};
use avtale_core::{Agreement, TemplateSet};
use avtale_word::export::{self, Surroundings};
use avtale_word::package;
use avtale_word::properties::Stamp;

fn example() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("..")
        .join("examples")
        .join("hovedavtale-vestland.avtale.yaml")
}

fn starter(id: &str, lang: Lang) -> Agreement {
    let templates = TemplateSet::shipped().expect("templates load");
    let new = NewAgreement {
        starter: id,
        county: Some("Vestland"),
        municipality: (id == "partnerskapsavtale").then_some("Bergen"),
        lang,
        today: Date::from_ymd(2026, 11, 22).expect("date"),
        id: format!("word-{id}"),
    };
    starter::create(&templates, &new).expect("starter")
}

fn soffice() -> Option<&'static str> {
    ["soffice", "libreoffice"].into_iter().find(|bin| {
        Command::new(bin)
            .arg("--version")
            .output()
            .is_ok_and(|o| o.status.success())
    })
}

/// Text flattened to single spaces, for comparing across line breaks.
fn flat(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The first paragraph's text of a section, if it has one.
fn first_paragraph(blocks: &[Block]) -> Option<String> {
    blocks.iter().find_map(|b| match b {
        Block::Paragraph { runs, .. } => Some(flat(&tree::text_of(runs))),
        _ => None,
    })
}

/// Exports, converts with LibreOffice, and checks what arrives.
fn check_through_libreoffice(soffice: &str, name: &str, agreement: &Agreement) {
    let dir = tempfile::tempdir().expect("temp dir");
    let docx = dir.path().join(format!("{name}.docx"));
    let bytes = export::export(agreement, Surroundings::default()).expect("export");
    std::fs::write(&docx, &bytes).expect("write");

    let stamp = Stamp::read(&package::read(&bytes).expect("reads back")).expect("stamped");
    assert_eq!(stamp.agreement_id, agreement.meta.id);

    // A private profile: parallel runs of LibreOffice must not share one.
    let profile = format!(
        "-env:UserInstallation=file://{}/profile",
        dir.path().display()
    );
    let out = Command::new(soffice)
        .args([
            profile.as_str(),
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
        ])
        .arg(dir.path())
        .arg(&docx)
        .output()
        .expect("soffice runs");
    let pdf = dir.path().join(format!("{name}.pdf"));
    assert!(
        pdf.exists(),
        "{name}: LibreOffice made no PDF: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = Command::new("pdftotext")
        .args(["-layout"])
        .arg(&pdf)
        .arg("-")
        .output()
        .expect("pdftotext");
    let text = flat(&String::from_utf8_lossy(&text.stdout));
    let tree = tree::build(agreement);
    assert!(text.contains(&flat(&tree.title)), "{name}: the title");
    let mut paragraphs = 0;
    for section in &tree.sections {
        let heading = flat(&section.heading());
        assert!(text.contains(&heading), "{name}: missing heading {heading}");
        if let Some(p) = first_paragraph(&section.blocks) {
            let start: String = p.chars().take(60).collect();
            let start = start.trim_end();
            assert!(
                text.contains(start),
                "{name}: missing clause text {start:?}"
            );
            paragraphs += 1;
        }
        for s in &section.signatures {
            assert!(
                text.contains(&flat(&s.party)),
                "{name}: signature of {}",
                s.party
            );
        }
    }
    assert!(paragraphs > 0, "{name}: some clause text was checked");
}

#[test]
fn exported_agreements_read_in_libreoffice_with_every_section() {
    let Some(soffice) = soffice() else {
        eprintln!("SKIPPED: LibreOffice (soffice) is not installed; `make deps` installs it");
        return;
    };
    let example = avtale_core::store::read_agreement(&example()).expect("example");
    check_through_libreoffice(soffice, "eksempel", &example);
    for id in [
        "hovedavtale",
        "underavtale-ot",
        "handlingsplan",
        "partnerskapsavtale",
    ] {
        for lang in [Lang::Nb, Lang::Nn] {
            check_through_libreoffice(soffice, &format!("{id}-{}", lang.tag()), &starter(id, lang));
        }
    }
}

#[test]
fn the_stamp_of_a_committed_revision_reads_back() {
    let mut agreement = starter("hovedavtale", Lang::Nb);
    let info = avtale_core::history::RevisionInfo {
        author: "Kari".into(),
        time: avtale_core::history::Timestamp::parse("2026-12-01T10:00:00+01:00").expect("time"),
        message: "Til forhandling".into(),
        name: None,
    };
    avtale_core::workflow::commit(&mut agreement, info, None).expect("commit");
    let revision = agreement.committed_revision().expect("committed").clone();
    let bytes = export::export(&agreement, Surroundings::default()).expect("export");
    let stamp = Stamp::read(&package::read(&bytes).expect("reads")).expect("stamped");
    assert_eq!(
        stamp,
        Stamp {
            agreement_id: agreement.meta.id.clone(),
            revision: Some(revision.number),
            hash: Some(revision.hash.clone()),
        }
    );
    // Changed since: the copy names no revision, only the agreement.
    agreement.meta.title.push_str(" (endret)");
    let bytes = export::export(&agreement, Surroundings::default()).expect("export");
    let stamp = Stamp::read(&package::read(&bytes).expect("reads")).expect("stamped");
    assert_eq!((stamp.revision, stamp.hash), (None, None));
}
