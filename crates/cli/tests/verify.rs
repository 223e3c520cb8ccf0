//! `avtale verify FILE [--pdf SIGNED.pdf]`: the chain, the newest revision, and whether the
//! revision a printed PDF shows is in the file's history.

mod support;

use std::path::Path;

use avtale_core::store;
use support::{avtale, example, pdfinfo, pdftext_flat, stderr, stdout};

/// Runs `avtale` and asserts it succeeded, showing what it said if not.
fn succeed(args: &[&str]) -> String {
    let out = avtale(args);
    assert_eq!(out.status.code(), Some(0), "{args:?}: {}", stderr(&out));
    stdout(&out)
}

fn s(path: &Path) -> String {
    path.display().to_string()
}

/// A copy of the example with three revisions, the file's content being revision 3.
fn three_revisions(dir: &Path) -> std::path::PathBuf {
    let file = dir.join("avtale.avtale.yaml");
    std::fs::copy(example(), &file).expect("copy");
    let f = s(&file);
    let commit = |args: &[&str]| {
        let mut all = vec!["commit", f.as_str(), "--author", "Kari Nordmann"];
        all.extend_from_slice(args);
        succeed(&all);
    };
    commit(&["-m", "Første utkast"]);
    commit(&["-m", "Til godkjenning", "--status", "til-godkjenning"]);
    commit(&["-m", "Godkjent", "--status", "godkjent"]);
    file
}

#[test]
fn verify_names_the_newest_revision_with_its_short_and_full_hash() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = three_revisions(dir.path());
    let agreement = store::read_agreement(&file).expect("read");
    let latest = agreement.history.latest().expect("revision 3");
    assert_eq!(latest.hash_scheme, Some(2), "new revisions use scheme 2");
    let out = succeed(&["verify", &s(&file)]);
    assert!(out.contains("Historikken er intakt: 3 revisjoner"), "{out}");
    assert!(
        out.contains(&format!(
            "Nyeste revisjon: 3 ({}), kontrollsum {}",
            &latest.hash[..8],
            latest.hash
        )),
        "{out}"
    );

    // The legacy fixture (scheme 1) verifies unchanged, and says so in nynorsk too.
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/fixtures/formats/v1/med-historikk.avtale.yaml");
    let out = succeed(&["verify", &s(&fixture), "--locale", "nn"]);
    assert!(
        out.contains("Nyaste revisjon: 2 (6b444804), kontrollsum 6b444804bb63231a0afd60aee4ee2afbd48153c0ddddbe56aee429bf472125bc"),
        "{out}"
    );

    // A file without revisions is intact and names none.
    let out = succeed(&["verify", &s(&example())]);
    assert!(!out.contains("Nyeste revisjon"), "{out}");
}

#[test]
fn a_pdf_of_revision_3_is_in_the_chain_of_its_file_but_not_of_a_copy_cut_back_to_2() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = three_revisions(dir.path());
    let f = s(&file);
    let pdf = dir.path().join("signert.pdf");
    succeed(&["pdf", &f, "-o", &s(&pdf)]);

    // The PDF names the revision in its metadata (full hash) and its footer (short hash).
    let agreement = store::read_agreement(&file).expect("read");
    let hash = agreement.history.latest().expect("revision 3").hash.clone();
    let info = pdfinfo(&pdf);
    assert!(
        info.contains(&format!("avtale-revisjon:3:{hash}:{}", agreement.meta.id)),
        "{info}"
    );
    assert!(
        pdftext_flat(&pdf).contains(&format!("Revisjon 3 ({})", &hash[..8])),
        "footer"
    );
    // Printing the revision again gives the same bytes.
    let again = dir.path().join("igjen.pdf");
    succeed(&["pdf", &f, "-o", &s(&again)]);
    assert!(
        std::fs::read(&pdf).expect("pdf") == std::fs::read(&again).expect("pdf"),
        "byte-identical"
    );

    let out = succeed(&["verify", &f, "--pdf", &s(&pdf)]);
    assert!(
        out.contains(&format!(
            "PDF-en viser revisjon 3 ({}), og den revisjonen finnes uendret",
            &hash[..8]
        )),
        "{out}"
    );

    // The same file cut back to revision 2 through the core: revisions 1 and 2 are the very
    // same, the chain holds, but revision 3 is gone.
    let mut cut = workflow_at(&agreement, 2);
    cut.history.revisions.truncate(2);
    let cut_file = dir.path().join("kuttet.avtale.yaml");
    store::save_agreement(&cut_file, &cut).expect("saved");
    assert_eq!(succeed(&["verify", &s(&cut_file)]).lines().count(), 2);
    let out = avtale(&["verify", &s(&cut_file), "--pdf", &s(&pdf)]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(
        stdout(&out)
            .contains("PDF-en viser revisjon 3, men filen har bare revisjoner til og med 2"),
        "{}",
        stdout(&out)
    );

    // A PDF of revision 2, printed from FILE@2, is in both.
    let pdf2 = dir.path().join("revisjon-2.pdf");
    succeed(&["pdf", &format!("{f}@2"), "-o", &s(&pdf2)]);
    assert!(
        pdfinfo(&pdf2).contains("avtale-revisjon:2:"),
        "FILE@2 names 2"
    );
    for checked in [&f, &s(&cut_file)] {
        let out = succeed(&["verify", checked, "--pdf", &s(&pdf2)]);
        assert!(out.contains("PDF-en viser revisjon 2"), "{out}");
    }
}

/// The agreement as it was at revision `n`.
fn workflow_at(agreement: &avtale_core::Agreement, n: u32) -> avtale_core::Agreement {
    avtale_core::workflow::at_revision(agreement, n).expect("revision")
}

#[test]
fn a_pdf_of_another_agreement_or_of_unsaved_changes_fails_and_an_unreadable_one_is_told() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = three_revisions(dir.path());
    let f = s(&file);

    // Another agreement, with a revision of its own.
    let other = dir.path().join("annen.avtale.yaml");
    succeed(&[
        "new",
        "--starter",
        "underavtale-ot",
        "--county",
        "Agder",
        "-o",
        &s(&other),
    ]);
    succeed(&["commit", &s(&other), "-m", "Første", "--author", "Ola Vik"]);
    let other_pdf = dir.path().join("annen.pdf");
    // A new agreement has placeholders left (errors): it prints as a draft.
    succeed(&["pdf", &s(&other), "-o", &s(&other_pdf), "--draft"]);
    let out = avtale(&["verify", &f, "--pdf", &s(&other_pdf)]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stdout(&out).contains("PDF-en gjelder en annen avtale"),
        "{}",
        stdout(&out)
    );

    // Changes not saved as a revision: the print names no revision, in metadata or footer.
    let text = std::fs::read_to_string(&file).expect("file");
    let edited = dir.path().join("endret.avtale.yaml");
    std::fs::write(&edited, text.replacen("Formål", "Formål og verdier", 1)).expect("edited");
    let unsaved = dir.path().join("ulagret.pdf");
    succeed(&["pdf", &s(&edited), "-o", &s(&unsaved)]);
    assert!(!pdfinfo(&unsaved).contains("avtale-revisjon"));
    assert!(!pdftext_flat(&unsaved).contains("Revisjon 3"), "footer");
    let out = avtale(&["verify", &f, "--pdf", &s(&unsaved)]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stdout(&out).contains("PDF-en viser ingen lagret revisjon"),
        "{}",
        stdout(&out)
    );

    // Not a PDF, and no file at all: exit 2 with the reason on stderr.
    let out = avtale(&["verify", &f, "--pdf", &f]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("Filen er ikke en PDF"),
        "{}",
        stderr(&out)
    );
    let missing = dir.path().join("finnes-ikke.pdf");
    let out = avtale(&["verify", &f, "--pdf", &s(&missing)]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));

    // A tampered file fails on its chain, whatever the PDF.
    let pdf = dir.path().join("signert.pdf");
    succeed(&["pdf", &f, "-o", &s(&pdf)]);
    std::fs::write(
        &file,
        text.replace("message: Godkjent", "message: Godkjent av alle"),
    )
    .expect("tampered");
    let out = avtale(&["verify", &f, "--pdf", &s(&pdf)]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stdout(&out).contains("revisjon 3"), "{}", stdout(&out));
}
