//! `avtale docx FILE[@N] -o OUT.docx`: the Word export's contract. The file it writes is a
//! Word package the crate's own reader takes back, stamped with the agreement and, for FILE@N,
//! the revision; addresses fail as `avtale pdf`'s do.

mod support;

use avtale_word::package;
use avtale_word::properties::Stamp;
use support::{avtale, example, stderr};

fn stamp_of(path: &std::path::Path) -> Stamp {
    let bytes = std::fs::read(path).expect("the .docx was written");
    Stamp::read(&package::read(&bytes).expect("a Word package")).expect("stamped")
}

#[test]
fn docx_writes_a_stamped_word_document_of_the_file_or_a_revision() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("avtale.avtale.yaml");
    std::fs::copy(example(), &file).expect("copy");
    let f = file.display().to_string();
    let out = dir.path().join("avtale.docx");
    let o = out.display().to_string();

    let done = avtale(&["docx", &f, "-o", &o]);
    assert_eq!(done.status.code(), Some(0), "{}", stderr(&done));
    let agreement = avtale_core::store::read_agreement(&file).expect("example");
    let unsaved = stamp_of(&out);
    assert_eq!(unsaved.agreement_id, agreement.meta.id);
    assert_eq!(
        unsaved.revision, None,
        "the example's text is no saved revision"
    );

    let commit = avtale(&[
        "commit",
        &f,
        "--author",
        "Kari Nordmann",
        "-m",
        "Til forhandling",
    ]);
    assert_eq!(commit.status.code(), Some(0), "{}", stderr(&commit));
    let text = std::fs::read_to_string(&file).expect("file");
    std::fs::write(&file, text.replacen("Formål", "Formål og verdier", 1)).expect("edited");

    // FILE@1 is the revision, even after the file changed since.
    let done = avtale(&["docx", &format!("{f}@1"), "-o", &o]);
    assert_eq!(done.status.code(), Some(0), "{}", stderr(&done));
    let stamp = stamp_of(&out);
    let saved = avtale_core::store::read_agreement(&file).expect("file");
    let revision = saved.history.latest().expect("a revision");
    assert_eq!(stamp.revision, Some(1));
    assert_eq!(stamp.hash.as_deref(), Some(revision.hash.as_str()));
    // The file's own text is changed since: no revision is named.
    let done = avtale(&["docx", &f, "-o", &o]);
    assert_eq!(done.status.code(), Some(0), "{}", stderr(&done));
    assert_eq!(stamp_of(&out).revision, None);

    let missing = avtale(&["docx", &format!("{f}@9"), "-o", &o]);
    assert_eq!(missing.status.code(), Some(2));
    assert!(
        stderr(&missing).contains("ingen revisjon 9"),
        "{}",
        stderr(&missing)
    );
    let nofile = avtale(&["docx", "finnes-ikke.avtale.yaml", "-o", &o]);
    assert_eq!(nofile.status.code(), Some(2));
    let no_output = avtale(&["docx", &f]);
    assert_eq!(no_output.status.code(), Some(2), "-o is required");
}
