//! Revision history: committing through the status workflow, restoring, and detecting any
//! edited, removed or reordered revision.

use avtale_core::Agreement;
use avtale_core::agreement::Status;
use avtale_core::date::Date;
use avtale_core::history::{ChainProblem, HashScheme, RevisionInfo, Timestamp, revision_hash};
use avtale_core::lang::Lang;
use avtale_core::starter::{self, NewAgreement};
use avtale_core::template::TemplateSet;
use avtale_core::workflow::{self, WorkflowError};

fn agreement() -> Agreement {
    let templates = TemplateSet::shipped().expect("templates");
    let new = NewAgreement {
        starter: "handlingsplan",
        county: Some("Agder"),
        municipality: None,
        lang: Lang::Nb,
        today: Date::from_ymd(2026, 11, 22).expect("date"),
        id: "test".into(),
    };
    filled(starter::create(&templates, &new).expect("starter"))
}

/// The agreement with every `{{placeholder}}` filled in, so the checks find no error and it
/// can be approved and signed.
fn filled(a: Agreement) -> Agreement {
    let mut json = serde_json::to_string(&a).expect("json");
    while let Some(start) = json.find("{{") {
        let end = json[start..].find("}}").expect("closed") + start + 2;
        json.replace_range(start..end, "Utfylt");
    }
    let a: Agreement = serde_json::from_str(&json).expect("agreement");
    assert!(
        !avtale_core::check::has_errors(&avtale_core::check(&a, Default::default())),
        "no errors once filled in"
    );
    a
}

fn info(message: &str) -> RevisionInfo {
    RevisionInfo {
        author: "Kari Nordmann".into(),
        time: Timestamp::parse("2026-11-24T10:00:00+01:00").expect("time"),
        message: message.into(),
        name: None,
    }
}

/// Three revisions: a draft, a change, and the signed version.
fn three() -> Agreement {
    let mut a = agreement();
    workflow::commit(&mut a, info("Første utkast"), None).expect("1");
    a.sections[0].title = "Tiltak for 2027".into();
    workflow::commit(&mut a, info("Ny tittel"), None).expect("2");
    for status in [Status::TilGodkjenning, Status::Godkjent, Status::Signert] {
        workflow::commit(&mut a, info("Status"), Some(status)).expect("status");
    }
    a
}

#[test]
fn an_intact_history_verifies() {
    assert_eq!(three().history.verify(), Ok(()));
}

#[test]
fn an_edited_revision_is_named() {
    let mut a = three();
    a.history.revisions[1].message = "Noe annet".into();
    let err = a.history.verify().expect_err("tampered");
    assert_eq!((err.revision, err.problem), (2, ChainProblem::Edited));
}

#[test]
fn edited_section_content_is_found_at_the_first_revision_using_it() {
    let mut a = three();
    let key = a.history.revisions[0].sections[0].clone();
    a.history.sections.get_mut(&key).expect("stored").title = "Endret i ettertid".into();
    let err = a.history.verify().expect_err("tampered");
    assert_eq!((err.revision, err.problem), (1, ChainProblem::Edited));
}

#[test]
fn a_removed_or_reordered_revision_is_named() {
    let mut removed = three();
    removed.history.revisions.remove(1);
    let err = removed.history.verify().expect_err("removed");
    assert_eq!(err.revision, 3);
    assert_eq!(err.problem, ChainProblem::OutOfOrder { expected: 2 });

    let mut swapped = three();
    swapped.history.revisions.swap(1, 2);
    assert_eq!(swapped.history.verify().expect_err("swapped").revision, 3);

    let mut renumbered = three();
    renumbered.history.revisions.remove(1);
    for (i, r) in renumbered.history.revisions.iter_mut().enumerate() {
        r.number = u32::try_from(i + 1).expect("small");
    }
    let err = renumbered.history.verify().expect_err("renumbered");
    assert_eq!((err.revision, err.problem), (2, ChainProblem::WrongParent));
}

#[test]
fn the_workflow_moves_one_step_at_a_time() {
    let mut a = agreement();
    workflow::commit(&mut a, info("Utkast"), None).expect("draft");
    let err = workflow::commit(&mut a, info("Rett til signert"), Some(Status::Signert));
    assert_eq!(
        err,
        Err(WorkflowError::Transition {
            from: Status::Utkast,
            to: Status::Signert
        })
    );
    assert_eq!(
        workflow::commit(&mut a, info("Ingen endring"), None),
        Err(WorkflowError::NothingToCommit)
    );
}

#[test]
fn editing_a_signed_agreement_starts_a_new_draft() {
    let mut a = three();
    assert_eq!(a.meta.status, Status::Signert);
    a.sections[0].title = "Endret etter signering".into();
    let done = workflow::commit(&mut a, info("Etter signering"), None).expect("commit");
    assert!(done.new_draft_after_signing);
    assert_eq!(a.meta.status, Status::Utkast);
    assert_eq!(
        a.history.revisions[4].meta.status,
        Status::Signert,
        "the signed one stays"
    );
    assert_eq!(a.history.verify(), Ok(()));
}

#[test]
fn restoring_makes_a_new_revision_and_keeps_the_history() {
    let mut a = three();
    let before = a.history.revisions.clone();
    let done = workflow::restore(&mut a, 1, info("Tilbake til første utkast")).expect("restored");
    assert_eq!(done.number, 6);
    assert_eq!(&a.history.revisions[..5], &before[..]);
    assert_ne!(a.sections[0].title, "Tiltak for 2027");
    assert_eq!(a.meta.status, Status::Utkast);
    assert_eq!(a.history.verify(), Ok(()));
    assert_eq!(
        workflow::restore(&mut a, 99, info("x")).map(|_| ()),
        Err(WorkflowError::NoSuchRevision(99))
    );
}

/// Every date in the sections, in a fixed order, for comparing before and after a renewal.
fn section_dates(a: &Agreement) -> Vec<Date> {
    let mut dates = Vec::new();
    for s in &a.sections {
        dates.extend(s.evaluation.as_ref().and_then(|e| e.next));
        dates.extend(s.goals.iter().flatten().filter_map(|g| g.deadline));
        for m in s.measures.iter().flatten() {
            dates.extend(m.start);
            dates.extend(m.deadline);
        }
    }
    dates
}

#[test]
fn renewing_a_signed_agreement_starts_the_next_period_as_a_draft_revision() {
    let mut a = three();
    let before = a.clone();
    let old_dates = section_dates(&before);
    assert!(!old_dates.is_empty(), "the starter has dates to move");
    let done = workflow::renew(&mut a, info("Fornyet")).expect("renewed");
    assert_eq!(done.number, 6);
    let (old, new) = (&before.meta.period, &a.meta.period);
    let step = avtale_core::renew::step(old).expect("a period with an end");
    // The next period starts the day after the old one ended and is as long.
    assert_eq!(new.from.pred(), old.to.expect("end"));
    assert_eq!(step.shift(old.to.expect("end")), new.to.expect("end"));
    let moved: Vec<Date> = old_dates.iter().map(|d| step.shift(*d)).collect();
    assert_eq!(section_dates(&a), moved);
    assert_eq!(a.meta.status, Status::Utkast);
    assert_eq!(a.history.verify(), Ok(()));
    // Everything but dates is kept: the comparison lists the period and the moved dates only.
    assert_eq!(a.parties, before.parties);
    assert_eq!(a.glossary, before.glossary);
    let text: Vec<_> = a
        .sections
        .iter()
        .map(|s| (&s.id, &s.title, &s.text))
        .collect();
    let was: Vec<_> = before
        .sections
        .iter()
        .map(|s| (&s.id, &s.title, &s.text))
        .collect();
    assert_eq!(text, was);
    let signed = workflow::at_revision(&a, 5).expect("revision 5");
    assert_eq!(
        signed.meta.period, before.meta.period,
        "the signed one is kept"
    );
    let diff = avtale_core::diff::compare(&signed, &a, avtale_core::Locale::Nb);
    let summary = avtale_core::render::comparison::text(&diff, avtale_core::Locale::Nb, false);
    // Dates as a person reads them, not the file's ISO form.
    assert!(
        summary.contains(&new.from.long(avtale_core::Lang::Nb)),
        "{summary}"
    );
    assert!(!summary.contains(&new.from.to_string()), "{summary}");
}

#[test]
fn renewal_is_refused_with_unsaved_changes_without_revisions_or_without_an_end() {
    let mut fresh = agreement();
    assert_eq!(
        workflow::renew(&mut fresh, info("x")).map(|_| ()),
        Err(WorkflowError::NotCommitted)
    );
    let mut a = three();
    a.sections[0].text.push_str(" Endret.");
    let before = a.clone();
    assert_eq!(
        workflow::renew(&mut a, info("x")).map(|_| ()),
        Err(WorkflowError::UncommittedChanges)
    );
    assert_eq!(a, before, "a refused renewal changes nothing");
    let mut open = agreement();
    open.meta.period.to = None;
    workflow::commit(&mut open, info("Uten slutt"), None).expect("commit");
    assert_eq!(
        workflow::renew(&mut open, info("x")).map(|_| ()),
        Err(WorkflowError::OpenEnded)
    );
    for err in [
        WorkflowError::NotCommitted,
        WorkflowError::UncommittedChanges,
        WorkflowError::OpenEnded,
    ] {
        let message = avtale_core::messages::workflow_error(&err, avtale_core::Locale::Nb);
        assert!(message.contains("forny"), "{message}");
    }
}

/// The format fixture with two legacy (scheme 1) revisions.
fn fixture_with_history() -> Agreement {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/fixtures/formats/v1/med-historikk.avtale.yaml");
    avtale_core::store::read_agreement(&path).expect("fixture")
}

/// Scheme 1 hashes serde's JSON of the Rust types in field order. These hashes are stored
/// (and printed on signed PDFs) in files that already exist, so they must never change: if
/// this test fails, a change to the model or to the legacy encoding broke every old file.
#[test]
fn legacy_hashes_of_the_v1_fixture_are_pinned() {
    let a = fixture_with_history();
    let pinned = [
        "c6c9076da9d1853da5a9ffe045343207e884ae3f2e5b4d7f520306e4e62011cc",
        "6b444804bb63231a0afd60aee4ee2afbd48153c0ddddbe56aee429bf472125bc",
    ];
    assert_eq!(a.history.revisions.len(), pinned.len());
    for (revision, pinned) in a.history.revisions.iter().zip(pinned) {
        assert_eq!(revision.hash_scheme, None, "legacy: no scheme in the file");
        assert_eq!(HashScheme::of(revision), Ok(HashScheme::Legacy));
        let sections = a.history.snapshot(revision).expect("snapshot").sections;
        assert_eq!(
            revision_hash(revision, &sections).as_deref(),
            Ok(pinned),
            "revision {}",
            revision.number
        );
        assert_eq!(revision.hash, pinned);
    }
    assert_eq!(a.history.verify(), Ok(()));
}

/// A small agreement with nothing optional filled in but a name and a glossary.
fn small() -> Agreement {
    let yaml = r#"format: 1
meta:
  id: 7d0c1f2e-0000-4000-8000-000000000001
  title: Liten avtale
  kind: hovedavtale
  county: Agder
  language: nb
  period:
    from: "2027-01-01"
    to: "2028-12-31"
  status: utkast
parties:
- id: nav
  organisation: NAV Agder
  kind: nav_fylke
sections:
- id: formal
  title: Formål
  text: "Vi \"samarbeider\".\n"
  meetings:
  - name: Styringsgruppe
    cadence:
      per_year: 2
    hours: 1.5
glossary:
- term: OT
  definition: Oppfølgingstjenesten
"#;
    avtale_core::format::agreement_from_str(yaml, "liten.avtale.yaml").expect("small agreement")
}

/// Scheme 2 hashes the revision under the file's names, sorted, so its bytes do not depend on
/// the order in which the Rust types declare their fields (`meta` declares `id, title, kind,
/// county, language, period, status`; the bytes have them alphabetically). The expected bytes
/// are written out by hand; the hash is pinned.
#[test]
fn scheme_2_hashes_canonical_json_of_the_file_names_and_is_pinned() {
    let mut a = small();
    let named = RevisionInfo {
        name: Some("Til høring".into()),
        ..info("Første utkast")
    };
    workflow::commit(&mut a, named, None).expect("1");
    let revision = a.history.latest().expect("revision").clone();
    assert_eq!(revision.hash_scheme, Some(2));
    assert_eq!(HashScheme::of(&revision), Ok(HashScheme::Canonical));
    let bytes = HashScheme::Canonical.hashed_bytes(&revision, &a.sections);
    let expected = concat!(
        r#"{"author":"Kari Nordmann","#,
        r#""glossary":[{"definition":"Oppfølgingstjenesten","term":"OT"}],"#,
        r#""hash_scheme":2,"message":"Første utkast","#,
        r#""meta":{"county":"Agder","id":"7d0c1f2e-0000-4000-8000-000000000001","#,
        r#""kind":"hovedavtale","language":"nb","#,
        r#""period":{"from":"2027-01-01","to":"2028-12-31"},"#,
        r#""status":"utkast","title":"Liten avtale"},"#,
        r#""name":"Til høring","number":1,"#,
        r#""parties":[{"id":"nav","kind":"nav_fylke","organisation":"NAV Agder"}],"#,
        r#""sections":[{"id":"formal","#,
        r#""meetings":[{"cadence":{"per_year":2},"hours":1.5,"name":"Styringsgruppe"}],"#,
        r#""text":"Vi \"samarbeider\".\n","title":"Formål"}],"#,
        r#""time":"2026-11-24T10:00:00+01:00"}"#,
    );
    assert_eq!(String::from_utf8_lossy(&bytes), expected);
    assert_eq!(
        revision.hash, "a6cab4a6bc3f7d8c813d7e733ea9ebf68e0e77a89b480423d4536125b4e27649",
        "scheme 2 hash of the small revision"
    );

    // A second revision names its parent inside the hashed bytes.
    a.sections[0].title = "Formål og verdier".into();
    workflow::commit(&mut a, info("Ny tittel"), None).expect("2");
    let second = a.history.latest().expect("revision 2");
    let bytes =
        String::from_utf8(HashScheme::Canonical.hashed_bytes(second, &a.sections)).expect("UTF-8");
    assert!(
        bytes.contains(&format!(r#""parent":"{}""#, revision.hash)),
        "{bytes}"
    );
    assert_eq!(a.history.verify(), Ok(()));
}

/// Scheme 2 does not follow the Rust field order: the same content as a JSON value built by
/// hand, members in another order, gives the same bytes once written canonically.
#[test]
fn scheme_2_bytes_do_not_depend_on_member_order() {
    let mut a = small();
    workflow::commit(&mut a, info("Første utkast"), None).expect("1");
    let revision = a.history.latest().expect("revision");
    let bytes = HashScheme::Canonical.hashed_bytes(revision, &a.sections);
    let mut by_hand = serde_json::Map::new();
    // Reverse alphabetical, unlike both the Rust declaration order and the sorted output.
    let value: serde_json::Value =
        serde_json::from_slice(&bytes).expect("the hashed bytes are JSON");
    let serde_json::Value::Object(members) = value else {
        panic!("an object")
    };
    let mut names: Vec<_> = members.keys().cloned().collect();
    names.sort();
    names.reverse();
    for name in names {
        by_hand.insert(name.clone(), members[&name].clone());
    }
    let rewritten = avtale_core::canonical::to_string(&serde_json::Value::Object(by_hand));
    assert_eq!(rewritten.as_bytes(), &bytes[..]);
}

/// Old and new revisions live in one chain: a file of scheme-1 revisions gets a scheme-2
/// revision on top, and each is checked with its own scheme.
#[test]
fn a_legacy_chain_continues_with_scheme_2_and_each_verifies_by_its_own_scheme() {
    let mut a = fixture_with_history();
    a.sections[0].title = "Formål og verdier".into();
    let done = workflow::commit(&mut a, info("Ny tittel"), None).expect("3");
    assert_eq!(done.number, 3);
    let schemes: Vec<_> = a.history.revisions.iter().map(|r| r.hash_scheme).collect();
    assert_eq!(schemes, [None, None, Some(2)]);
    assert_eq!(a.history.verify(), Ok(()));

    // Read back from the file text, the chain still holds.
    let text = avtale_core::format::agreement_to_string(&a);
    assert!(text.contains("hash_scheme: 2"), "{text}");
    let back = avtale_core::format::agreement_from_str(&text, "x.avtale.yaml").expect("read");
    assert_eq!(back.history.verify(), Ok(()));

    // Claiming the legacy scheme for the new revision breaks it.
    let mut downgraded = back.clone();
    downgraded.history.revisions[2].hash_scheme = None;
    let err = downgraded.history.verify().expect_err("wrong scheme");
    assert_eq!((err.revision, err.problem), (3, ChainProblem::Edited));

    // A scheme from a newer Avtale is named, not taken for tampering.
    let mut newer = back;
    newer.history.revisions[2].hash_scheme = Some(3);
    let err = newer.history.verify().expect_err("unknown scheme");
    assert_eq!(
        (err.revision, err.problem),
        (3, ChainProblem::UnknownScheme(3))
    );
}

/// A print may name a revision only when the content is that revision's; a named revision is
/// found, told apart from another with its number, or missing.
#[test]
fn committed_revision_and_printed_revisions_are_told_apart() {
    use avtale_core::history::Printed;
    let mut a = three();
    let latest = a.history.latest().expect("5").clone();
    assert_eq!(a.committed_revision().map(|r| r.number), Some(5));
    let at_2 = workflow::at_revision(&a, 2).expect("2");
    assert_eq!(at_2.committed_revision().map(|r| r.number), Some(2));
    a.sections[0].title = "Ulagret endring".into();
    assert_eq!(
        a.committed_revision(),
        None,
        "unsaved changes name no revision"
    );

    let h = &a.history;
    assert_eq!(
        h.find_printed(5, &latest.hash.to_uppercase()),
        Printed::Found(&latest)
    );
    assert!(matches!(h.find_printed(5, &"0".repeat(64)), Printed::Different(r) if r.number == 5));
    assert!(matches!(h.find_printed(6, &latest.hash), Printed::Missing(Some(r)) if r.number == 5));
    assert_eq!(
        agreement().history.find_printed(1, &latest.hash),
        Printed::Missing(None)
    );
}
