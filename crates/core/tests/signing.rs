//! Signing: no approval, signing or entry into force with open errors unless they are accepted
//! with a reason (recorded in the revision and covered by its hash); why a revision was made;
//! which prints may be final; and registering an agreement signed before it reached Avtale.

use avtale_core::Agreement;
use avtale_core::agreement::{PartyId, Status};
use avtale_core::check::Code;
use avtale_core::clause::Signing;
use avtale_core::date::Date;
use avtale_core::document::OpenDocument;
use avtale_core::format;
use avtale_core::history::{ChainProblem, ReasonKind, RevisionInfo, RevisionReason, Timestamp};
use avtale_core::render::{html, markdown, tree};
use avtale_core::signing::{self, PrintClearance, Registration};
use avtale_core::workflow::{self, CommitOptions, WorkflowError};

/// The example agreement: no errors.
fn example() -> Agreement {
    let text = include_str!("../../../examples/hovedavtale-vestland.avtale.yaml");
    format::agreement_from_str(text, "example").expect("example")
}

/// The example with two errors: a placeholder (AV001) and a party without signatory (AV008).
fn with_errors() -> Agreement {
    let mut a = example();
    a.sections[0]
        .text
        .push_str("\n\nKontakt {{navn på kontaktperson}}.\n");
    a.parties[1].signatory = None;
    let errors = signing::errors(&avtale_core::check(&a, Default::default()));
    assert_eq!(
        errors.iter().map(|d| d.code).collect::<Vec<_>>(),
        vec![Code::PartyWithoutSignatory, Code::Placeholder],
        "{errors:#?}"
    );
    a
}

fn info(message: &str) -> RevisionInfo {
    RevisionInfo {
        author: "Kari Nordmann".into(),
        time: Timestamp::parse("2026-12-06T10:00:00+01:00").expect("time"),
        message: message.into(),
        name: None,
    }
}

fn to(status: Status) -> CommitOptions<'static> {
    CommitOptions {
        status: Some(status),
        ..CommitOptions::default()
    }
}

/// Walks the agreement to `til godkjenning` (no check is needed on the way).
fn proposed(mut a: Agreement) -> Agreement {
    workflow::commit(&mut a, info("Utkast"), None).expect("draft");
    workflow::commit_with(&mut a, info("Til godkjenning"), to(Status::TilGodkjenning))
        .expect("a proposal with errors is fine");
    a
}

#[test]
fn the_statuses_that_need_an_agreement_without_errors() {
    let needs: Vec<Status> = Status::ALL
        .into_iter()
        .filter(|s| signing::needs_no_errors(*s))
        .collect();
    assert_eq!(
        needs,
        vec![Status::Godkjent, Status::Signert, Status::Gjeldende]
    );
}

#[test]
fn approval_with_open_errors_is_refused_and_lists_them() {
    let mut a = proposed(with_errors());
    let before = a.clone();
    let err =
        workflow::commit_with(&mut a, info("Godkjent"), to(Status::Godkjent)).expect_err("refused");
    let WorkflowError::OpenErrors { status, errors } = &err else {
        panic!("{err:?}");
    };
    assert_eq!(*status, Status::Godkjent);
    assert_eq!(errors.len(), 2);
    assert_eq!(a, before, "nothing recorded");
    let message = avtale_core::messages::workflow_error(&err, avtale_core::Locale::Nb);
    assert!(
        message.contains("«Godkjent»") && message.contains("2 feil"),
        "{message}"
    );
    // A blank reason is no reason.
    let blank = CommitOptions {
        accept_errors: Some("  "),
        ..to(Status::Godkjent)
    };
    assert!(matches!(
        workflow::commit_with(&mut a, info("Godkjent"), blank),
        Err(WorkflowError::OpenErrors { .. })
    ));
}

#[test]
fn the_open_document_refuses_signing_with_errors_too() {
    let mut doc = OpenDocument::new(proposed(with_errors()), None, true);
    let err = doc
        .commit(info("Godkjent"), Some(Status::Godkjent))
        .expect_err("refused");
    assert!(matches!(err, WorkflowError::OpenErrors { .. }));
    assert_eq!(doc.agreement().history.revisions.len(), 2);
}

#[test]
fn accepted_errors_are_recorded_in_the_revision_and_covered_by_its_hash() {
    let mut a = proposed(with_errors());
    let accept = CommitOptions {
        accept_errors: Some(" Signert på papir i 2021; rettes ved neste revisjon "),
        ..to(Status::Godkjent)
    };
    workflow::commit_with(&mut a, info("Godkjent"), accept).expect("accepted");
    let revision = a.history.latest().expect("revision");
    assert_eq!(revision.meta.status, Status::Godkjent);
    let accepted = revision.accepted_errors.as_ref().expect("recorded");
    assert_eq!(
        accepted.reason,
        "Signert på papir i 2021; rettes ved neste revisjon"
    );
    assert_eq!(accepted.count, 2);
    assert_eq!(
        accepted.codes,
        vec![Code::Placeholder, Code::PartyWithoutSignatory]
    );
    assert_eq!(a.history.verify(), Ok(()));

    // The reason is inside the hash: changing it afterwards is tampering.
    let mut tampered = a.clone();
    if let Some(accepted) = tampered.history.revisions[2].accepted_errors.as_mut() {
        accepted.reason = "Noe annet".into();
    }
    let err = tampered.history.verify().expect_err("tampered");
    assert_eq!((err.revision, err.problem), (3, ChainProblem::Edited));

    // Each status that needs it asks again: signing needs its own reason.
    assert!(matches!(
        workflow::commit_with(&mut a, info("Signert"), to(Status::Signert)),
        Err(WorkflowError::OpenErrors { .. })
    ));

    // The file keeps it: saved and read back, byte for byte.
    let text = format::agreement_to_string(&a);
    assert!(text.contains("accepted_errors:"), "{text}");
    let back = format::agreement_from_str(&text, "a").expect("read back");
    assert_eq!(back, a);
    assert_eq!(format::agreement_to_string(&back), text);
}

#[test]
fn an_agreement_without_errors_is_approved_and_records_nothing_accepted() {
    let mut a = proposed(example());
    let accept = CommitOptions {
        accept_errors: Some("Ikke nødvendig"),
        ..to(Status::Godkjent)
    };
    workflow::commit_with(&mut a, info("Godkjent"), accept).expect("approved");
    assert_eq!(a.history.latest().expect("r").accepted_errors, None);
}

#[test]
fn a_signed_revision_with_errors_can_accept_them_afterwards_without_a_change() {
    // A file signed with errors before this rule: its text cannot be printed as final until a
    // revision accepts the errors (same text, same status, a name and the reason).
    let mut a = with_errors();
    a.meta.status = Status::Signert;
    workflow::commit(&mut a, info("Signert før regelen"), Some(Status::Signert))
        .expect_err("even the first revision is judged");
    a.meta.status = Status::Utkast;
    let mut a = proposed(a);
    let accept = |reason| CommitOptions {
        accept_errors: Some(reason),
        ..to(Status::Godkjent)
    };
    workflow::commit_with(&mut a, info("Godkjent"), accept("Første")).expect("approved");
    let same = CommitOptions {
        status: None,
        ..accept("Første")
    };
    assert_eq!(
        workflow::commit_with(&mut a, info("Igjen"), same),
        Err(WorkflowError::NothingToCommit),
        "the same acceptance again is nothing new"
    );
    workflow::commit_with(
        &mut a,
        info("Ny begrunnelse"),
        CommitOptions {
            status: None,
            ..accept("Ny begrunnelse")
        },
    )
    .expect("a new reason is recorded");
}

#[test]
fn a_revision_records_why_it_was_made() {
    let mut a = example();
    let reason = RevisionReason {
        kind: ReasonKind::Evaluering,
        text: Some(" Etter evalueringen våren 2026 ".into()),
    };
    let options = CommitOptions {
        reason: Some(&reason),
        ..CommitOptions::default()
    };
    workflow::commit_with(&mut a, info("Evaluert"), options).expect("commit");
    let recorded = a.history.latest().and_then(|r| r.reason.clone());
    assert_eq!(
        recorded,
        Some(RevisionReason {
            kind: ReasonKind::Evaluering,
            text: Some("Etter evalueringen våren 2026".into()),
        })
    );
    assert_eq!(
        avtale_core::messages::revision_reason(
            recorded.as_ref().expect("reason"),
            avtale_core::Locale::Nb
        ),
        "Evaluering: Etter evalueringen våren 2026"
    );
    assert_eq!(a.history.verify(), Ok(()));

    // "Annet" needs words.
    a.sections[0].title = "Formål og bakgrunn".into();
    let other = RevisionReason {
        kind: ReasonKind::Annet,
        text: Some(" ".into()),
    };
    let options = CommitOptions {
        reason: Some(&other),
        ..CommitOptions::default()
    };
    assert_eq!(
        workflow::commit_with(&mut a, info("Annet"), options),
        Err(WorkflowError::ReasonWithoutText)
    );

    // A renewal is made because the period ends.
    workflow::renew(&mut a.clone(), info("x")).expect_err("uncommitted changes");
    workflow::commit(&mut a, info("Tittel"), None).expect("commit");
    workflow::renew(&mut a, info("Ny periode")).expect("renewed");
    assert_eq!(
        a.history
            .latest()
            .and_then(|r| r.reason.as_ref())
            .map(|r| r.kind),
        Some(ReasonKind::PeriodensSlutt)
    );
}

#[test]
fn only_an_agreement_without_errors_or_a_revision_that_accepted_them_prints_as_final() {
    let clean = example();
    let diagnostics = avtale_core::check(&clean, Default::default());
    assert_eq!(
        signing::final_print(&clean, &diagnostics),
        PrintClearance::Clear
    );

    let mut a = proposed(with_errors());
    let diagnostics = avtale_core::check(&a, Default::default());
    let PrintClearance::Refused(errors) = signing::final_print(&a, &diagnostics) else {
        panic!("refused");
    };
    assert_eq!(errors.len(), 2);

    let accept = CommitOptions {
        accept_errors: Some("Signert på papir"),
        ..to(Status::Godkjent)
    };
    workflow::commit_with(&mut a, info("Godkjent"), accept).expect("accepted");
    let PrintClearance::Accepted(accepted) = signing::final_print(&a, &diagnostics) else {
        panic!("accepted");
    };
    assert_eq!(accepted.reason, "Signert på papir");
    let summary =
        avtale_core::messages::accepted_errors(accepted, Status::Godkjent, avtale_core::Locale::Nb);
    assert_eq!(
        summary,
        "Kontroll: 2 feil (AV001, AV008) var ikke rettet da avtalen fikk statusen «Godkjent». Godtatt med begrunnelsen: «Signert på papir»."
    );

    // Changed since that revision: no revision accepted the text printed.
    a.sections[0].title = "Endret".into();
    assert!(signing::final_print(&a, &diagnostics).is_refused());
}

fn signed(party: &str, date: (i32, u32, u32), place: &str) -> Signing {
    Signing {
        party: PartyId(party.into()),
        date: Date::from_ymd(date.0, date.1, date.2).expect("date"),
        place: place.into(),
    }
}

fn registration(status: Status, signed_by: Vec<Signing>) -> Registration<'static> {
    Registration {
        status: Some(status),
        signed: signed_by,
        ..Registration::default()
    }
}

fn both() -> Vec<Signing> {
    vec![
        signed("nav", (2021, 3, 1), " Bergen "),
        signed("fk", (2021, 3, 4), "Leikanger"),
    ]
}

#[test]
fn a_signed_agreement_is_registered_in_one_step_with_date_and_place() {
    let mut a = example();
    assert!(signing::can_register(&a));
    let done = signing::register(
        &mut a,
        info("Registrert"),
        registration(Status::Signert, both()),
    )
    .expect("registered");
    assert_eq!(done.number, 1);
    assert_eq!(a.meta.status, Status::Signert);
    let revision = a.history.latest().expect("revision");
    assert!(revision.registered, "the history says it was registered");
    assert_eq!(revision.meta.status, Status::Signert);
    assert_eq!(a.history.verify(), Ok(()));
    let signatures = a
        .sections
        .iter()
        .find_map(|s| s.signatures.as_ref())
        .expect("signatures");
    assert_eq!(signatures.signed[0], signed("nav", (2021, 3, 1), "Bergen"));
    assert_eq!(a.committed_revision().map(|r| r.number), Some(1));

    // Once signed, the agreement walks the workflow: no second registration.
    assert!(!signing::can_register(&a));
    assert_eq!(
        signing::register(
            &mut a.clone(),
            info("Igjen"),
            registration(Status::Gjeldende, both())
        ),
        Err(WorkflowError::SignedBefore)
    );
    // ... and the next step is one step.
    workflow::commit(&mut a, info("I kraft"), Some(Status::Gjeldende)).expect("gjeldende");

    // The flag is inside the hash.
    let mut tampered = a.clone();
    tampered.history.revisions[0].registered = false;
    assert_eq!(
        tampered.history.verify().map_err(|e| e.problem),
        Err(ChainProblem::Edited)
    );

    // Files with registered revisions and signings save and load unchanged.
    let text = format::agreement_to_string(&a);
    assert!(text.contains("registered: true") && text.contains("place: Bergen"));
    let back = format::agreement_from_str(&text, "a").expect("read back");
    assert_eq!(back, a);
    assert_eq!(format::agreement_to_string(&back), text);
}

#[test]
fn a_new_agreement_still_moves_one_step_at_a_time() {
    let mut a = example();
    workflow::commit(&mut a, info("Utkast"), None).expect("draft");
    assert_eq!(
        workflow::commit(&mut a, info("Signert"), Some(Status::Signert)),
        Err(WorkflowError::Transition {
            from: Status::Utkast,
            to: Status::Signert
        })
    );
    // A renewed agreement has signed revisions: it cannot be registered.
    for status in [Status::TilGodkjenning, Status::Godkjent, Status::Signert] {
        workflow::commit(&mut a, info("Steg"), Some(status)).expect("step");
    }
    workflow::renew(&mut a, info("Ny periode")).expect("renewed");
    assert_eq!(a.meta.status, Status::Utkast);
    assert!(!signing::can_register(&a));
}

#[test]
fn a_registration_needs_every_signing_party_with_date_and_place() {
    let mut a = example();
    let before = a.clone();
    let only_nav = vec![signed("nav", (2021, 3, 1), "Bergen")];
    assert_eq!(
        signing::register(&mut a, info("x"), registration(Status::Signert, only_nav)),
        Err(WorkflowError::SigningMissing(
            "Vestland fylkeskommune".into()
        ))
    );
    let no_place = vec![
        signed("nav", (2021, 3, 1), "Bergen"),
        signed("fk", (2021, 3, 4), " "),
    ];
    assert!(matches!(
        signing::register(&mut a, info("x"), registration(Status::Signert, no_place)),
        Err(WorkflowError::SigningMissing(_))
    ));
    let mut stranger = both();
    stranger.push(signed("ks", (2021, 3, 5), "Oslo"));
    assert_eq!(
        signing::register(&mut a, info("x"), registration(Status::Signert, stranger)),
        Err(WorkflowError::DoesNotSign("ks".into()))
    );
    assert_eq!(
        signing::register(&mut a, info("x"), registration(Status::Godkjent, both())),
        Err(WorkflowError::RegisterStatus(Some(Status::Godkjent)))
    );
    let mut unsigned = a.clone();
    for s in &mut unsigned.sections {
        s.signatures = None;
    }
    assert_eq!(
        signing::register(
            &mut unsigned,
            info("x"),
            registration(Status::Signert, both())
        ),
        Err(WorkflowError::NoSignatures)
    );
    assert_eq!(a, before, "nothing changed by a refused registration");
}

#[test]
fn a_registration_with_open_errors_needs_them_accepted() {
    let mut a = with_errors();
    // The party without a signatory still signs: its block has no name yet.
    assert!(matches!(
        signing::register(&mut a, info("x"), registration(Status::Gjeldende, both())),
        Err(WorkflowError::OpenErrors {
            status: Status::Gjeldende,
            ..
        })
    ));
    let accepted = Registration {
        accept_errors: Some("Avtalen ble signert slik i 2021".into()),
        ..registration(Status::Gjeldende, both())
    };
    signing::register(&mut a, info("x"), accepted).expect("registered");
    let revision = a.history.latest().expect("revision");
    assert!(revision.registered);
    assert_eq!(
        revision.accepted_errors.as_ref().map(|e| e.reason.as_str()),
        Some("Avtalen ble signert slik i 2021")
    );
}

#[test]
fn signature_blocks_print_the_date_and_place_when_filled() {
    let mut a = example();
    signing::register(
        &mut a,
        info("Registrert"),
        registration(Status::Signert, both()),
    )
    .expect("registered");
    let tree = tree::build(&a);
    let blocks: Vec<(String, String)> = tree
        .sections
        .iter()
        .flat_map(|s| &s.signatures)
        .map(|s| (s.party.clone(), s.place_and_date("_")))
        .collect();
    assert_eq!(
        blocks,
        vec![
            ("Nav Vestland".to_owned(), "Bergen, 1. mars 2021".to_owned()),
            (
                "Vestland fylkeskommune".to_owned(),
                "Leikanger, 4. mars 2021".to_owned()
            ),
        ]
    );
    let md = markdown::render(&a);
    assert!(md.contains("Sted og dato: Bergen, 1. mars 2021"), "{md}");
    let page = html::document(&a);
    assert!(
        page.contains("<p>Sted og dato: Leikanger, 4. mars 2021</p>"),
        "{page}"
    );
    // Unfilled, the line to sign on stays.
    let unsigned = markdown::render(&example());
    assert!(unsigned.contains("Sted og dato: \\_\\_\\_"));
}

/// The signatures clause's planned place and date print in every block; a party's registered
/// signing overrides them in its own block; what is not known stays a line to write on.
#[test]
fn planned_place_and_date_print_until_a_registered_signing_overrides_them() {
    fn signatures(a: &mut Agreement) -> &mut avtale_core::clause::Signatures {
        a.sections
            .iter_mut()
            .find_map(|s| s.signatures.as_mut())
            .expect("signatures")
    }
    let blocks = |a: &Agreement| -> Vec<String> {
        tree::build(a)
            .sections
            .iter()
            .flat_map(|s| &s.signatures)
            .map(|s| s.place_and_date("___"))
            .collect()
    };
    let mut a = example();
    signatures(&mut a).place = Some(" Bergen ".into());
    assert_eq!(blocks(&a), vec!["Bergen, ___", "Bergen, ___"]);
    signatures(&mut a).date = Date::from_ymd(2027, 1, 15);
    assert_eq!(
        blocks(&a),
        vec!["Bergen, 15. januar 2027", "Bergen, 15. januar 2027"]
    );
    let md = markdown::render(&a);
    assert!(md.contains("Sted og dato: Bergen, 15. januar 2027"), "{md}");
    let page = html::document(&a);
    assert!(page.contains("<p>Sted og dato: Bergen, 15. januar 2027</p>"));
    signatures(&mut a).place = None;
    assert_eq!(blocks(&a)[0], "___, 15. januar 2027");
    // One party's registered signing is its own; the other keeps the plan.
    signatures(&mut a).place = Some("Bergen".into());
    signatures(&mut a).signed = vec![signed("fk", (2027, 1, 20), "Leikanger")];
    assert_eq!(
        blocks(&a),
        vec!["Bergen, 15. januar 2027", "Leikanger, 20. januar 2027"]
    );
    // Existing files stay as they were: nothing planned, nothing written.
    let text = format::agreement_to_string(&example());
    assert!(text.contains("  signatures: {}"), "{text}");
}

/// Under each party's block, its contact person for the agreement, when known: the party's
/// own contact, else its contact in the contacts clause (the example names Sigrid Bø there for
/// the county authority); a party with neither gets no line.
#[test]
fn signature_blocks_name_the_parties_contact_persons() {
    let mut a = example();
    a.parties[0].contact = Some(avtale_core::clause::Contact {
        name: "Kari Nordmann".into(),
        email: Some("kari.nordmann@nav.no".into()),
        phone: Some("55 55 55 55".into()),
        party: None,
        role: String::new(),
        deputy: None,
        regions: Vec::new(),
    });
    let tree = tree::build(&a);
    let contacts: Vec<&str> = tree
        .sections
        .iter()
        .flat_map(|s| &s.signatures)
        .map(|s| s.contact.as_str())
        .collect();
    assert_eq!(
        contacts,
        vec![
            "Kontaktperson: Kari Nordmann, telefon 55 55 55 55, kari.nordmann@nav.no",
            "Kontaktperson: Sigrid Bø"
        ]
    );
    for s in &mut a.sections {
        s.contacts = None;
    }
    let tree = tree::build(&a);
    let last = tree.sections.iter().flat_map(|s| &s.signatures).nth(1);
    assert_eq!(last.map(|s| s.contact.as_str()), Some(""));
    assert!(markdown::render(&a).contains("Kontaktperson: Kari Nordmann, telefon 55 55 55 55"));
    assert!(html::document(&a).contains("<p>Kontaktperson: Kari Nordmann, telefon"));
}

#[test]
fn a_scheme_1_revision_given_a_new_field_by_hand_no_longer_verifies() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/fixtures/formats/v1/med-historikk.avtale.yaml");
    let mut a = avtale_core::store::read_agreement(&path).expect("fixture");
    assert_eq!(a.history.verify(), Ok(()));
    a.history.revisions[1].accepted_errors = Some(avtale_core::history::AcceptedErrors {
        reason: "lagt til for hånd".into(),
        count: 1,
        codes: vec![Code::Placeholder],
    });
    assert_eq!(
        a.history.verify().map_err(|e| (e.revision, e.problem)),
        Err((2, ChainProblem::Edited))
    );
}
