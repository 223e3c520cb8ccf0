//! A counterpart's copy back: the example agreement exported at a revision, edited as Word
//! would (a phrase changed without tracking, a tracked deletion and insertion with an author, a
//! comment), and read back: the comparison shows exactly those changes, the tracked ones with
//! their author, the comment beside its section; an unedited export compares as no change.

#[path = "../support/docx_edit.rs"]
mod docx_edit;

use std::path::Path;

use avtale_core::history::{RevisionInfo, Timestamp};
use avtale_core::render::tree::Surroundings;
use avtale_core::{Agreement, Locale, diff, store, workflow};
use avtale_word::edited::{ChangeKind, EditedError, read_edited};
use docx_edit::Package;

/// The example agreement with its text saved as revision 1.
fn committed_example() -> Agreement {
    let file =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../examples/hovedavtale-vestland.avtale.yaml");
    let mut agreement = store::read_agreement(&file).expect("the example reads");
    workflow::commit(
        &mut agreement,
        RevisionInfo {
            author: "Test".into(),
            time: Timestamp::parse("2026-12-01T09:00:00+01:00").expect("a time"),
            message: "Sendt til Nav".into(),
            name: None,
        },
        None,
    )
    .expect("committed");
    agreement
}

fn export(agreement: &Agreement) -> Vec<u8> {
    avtale_word::export::export(agreement, Surroundings::default()).expect("exported")
}

#[test]
fn an_unedited_export_compares_as_no_change() {
    let agreement = committed_example();
    let copy = read_edited(&export(&agreement), &agreement, None).expect("read back");
    assert_eq!(copy.revision, 1);
    let changes = diff::compare(&copy.common, &copy.theirs, Locale::Nb);
    assert!(changes.is_empty(), "{changes:#?}");
    assert!(copy.changes.is_empty(), "{:?}", copy.changes);
    assert!(copy.comments.is_empty(), "{:?}", copy.comments);
    assert!(copy.unplaced.is_empty(), "{:?}", copy.unplaced);
    assert_eq!(copy.theirs.sections, copy.common.sections);
}

/// The example's export with the three edits the tests look for.
fn edited(agreement: &Agreement) -> Vec<u8> {
    let mut package = Package::open(&export(agreement));
    package.replace_phrase("og kommer i arbeid.", "og får varig arbeid.");
    package.track_replace("uten både skole og ", "jobb", "arbeid", "Kari Nordmann");
    package.comment(
        "Altfor mange ungdommer",
        "Ola Normann",
        "Har vi tall for dette?",
    );
    package.bytes()
}

#[test]
fn an_edited_copy_shows_exactly_its_edits() {
    let agreement = committed_example();
    let copy = read_edited(&edited(&agreement), &agreement, None).expect("read back");
    assert!(copy.unplaced.is_empty(), "{:?}", copy.unplaced);
    let changes = diff::compare(&copy.common, &copy.theirs, Locale::Nb);
    assert!(changes.meta.is_empty() && changes.parties.is_empty() && changes.glossary.is_empty());
    let ids: Vec<&str> = changes.sections.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(ids, ["formal", "bakgrunn"], "{changes:#?}");
    let words = |id: &str| {
        let section = changes
            .sections
            .iter()
            .find(|s| s.id == id)
            .expect("changed");
        assert!(section.fields.is_empty() && section.old_title.is_none());
        let pieces = section.text.as_ref().expect("its text changed");
        let (mut added, mut removed) = (Vec::new(), Vec::new());
        for p in pieces {
            match p {
                diff::Words::Added(t) => added.push(t.trim().to_owned()),
                diff::Words::Removed(t) => removed.push(t.trim().to_owned()),
                diff::Words::Same(_) => {}
            }
        }
        (removed.join(" "), added.join(" "))
    };
    assert_eq!(words("formal"), ("kommer i".into(), "får varig".into()));
    assert_eq!(words("bakgrunn"), ("jobb.".into(), "arbeid.".into()));

    // The tracked changes, with their author, in their section.
    let tracked: Vec<(ChangeKind, &str, &str, Option<&str>)> = copy
        .changes
        .iter()
        .map(|c| {
            (
                c.kind,
                c.author.as_str(),
                c.text.as_str(),
                c.section_id.as_deref(),
            )
        })
        .collect();
    assert_eq!(tracked.len(), 2, "{tracked:?}");
    assert!(tracked.contains(&(
        ChangeKind::Deleted,
        "Kari Nordmann",
        "jobb",
        Some("bakgrunn")
    )));
    assert!(tracked.contains(&(
        ChangeKind::Inserted,
        "Kari Nordmann",
        "arbeid",
        Some("bakgrunn")
    )));

    // The comment, beside its section.
    assert_eq!(copy.comments.len(), 1);
    let comment = &copy.comments[0];
    assert_eq!(comment.section_id.as_deref(), Some("bakgrunn"));
    assert_eq!(comment.author, "Ola Normann");
    assert_eq!(comment.text, "Har vi tall for dette?");
    assert!(
        comment.quoted.contains("Altfor mange ungdommer"),
        "{}",
        comment.quoted
    );

    // The text keeps its live references where the counterpart did not touch them.
    let theirs = |id: &str| {
        copy.theirs
            .sections
            .iter()
            .find(|s| s.id.0 == id)
            .map(|s| s.text.clone())
            .expect("kept")
    };
    assert!(
        theirs("bakgrunn").contains("[[fylke]]"),
        "{}",
        theirs("bakgrunn")
    );
    assert!(
        theirs("formal").contains("[[part: nav]]"),
        "{}",
        theirs("formal")
    );

    // The comparison's text shows both under the section.
    let notes = copy.section_notes(Locale::Nb);
    let text =
        avtale_core::render::comparison::text_with_notes(&changes, Locale::Nb, false, &notes);
    let bakgrunn = text
        .split("\n\n")
        .find(|p| p.contains("Bakgrunn"))
        .expect("the section");
    assert!(bakgrunn.contains("Kari Nordmann"), "{text}");
    assert!(bakgrunn.contains("Har vi tall for dette?"), "{text}");
}

#[test]
fn a_copy_of_another_agreement_or_without_a_stamp_is_refused() {
    let agreement = committed_example();
    let id = agreement.meta.id.clone();
    let mut package = Package::open(&export(&agreement));
    package.set_agreement_id(&id, "en-annen-avtale");
    let err = read_edited(&package.bytes(), &agreement, None).unwrap_err();
    assert!(matches!(err, EditedError::OtherAgreement { .. }));
    let message = err.report("kopi.docx", Locale::Nb);
    assert!(
        message.contains("en-annen-avtale") && message.contains(&id),
        "{message}"
    );

    let mut package = Package::open(&export(&agreement));
    package.set_agreement_id(&id, "");
    let err = read_edited(&package.bytes(), &agreement, None).unwrap_err();
    assert_eq!(err, EditedError::NoStamp);
    assert!(
        err.report("kopi.docx", Locale::Nb)
            .contains("Importer fra Word")
    );

    let err = read_edited(b"not a zip", &agreement, None).unwrap_err();
    assert!(matches!(err, EditedError::Word(_)));
}

#[test]
fn the_users_revision_overrides_the_stamp() {
    let mut agreement = committed_example();
    let bytes = edited(&agreement);
    // A later revision does not change what the copy is compared with.
    agreement.sections[0].title.push_str(" og omfang");
    workflow::commit(
        &mut agreement,
        RevisionInfo {
            author: "Test".into(),
            time: Timestamp::parse("2026-12-02T09:00:00+01:00").expect("a time"),
            message: "Ny tittel".into(),
            name: None,
        },
        None,
    )
    .expect("committed");
    let copy = read_edited(&bytes, &agreement, None).expect("read back");
    assert_eq!(copy.revision, 1);
    let copy = read_edited(&bytes, &agreement, Some(1)).expect("read back");
    assert_eq!(copy.revision, 1);
    assert_eq!(
        read_edited(&bytes, &agreement, Some(9)).unwrap_err(),
        EditedError::UnknownRevision(9)
    );
}
