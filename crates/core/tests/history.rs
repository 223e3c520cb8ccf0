//! Revision history: committing through the status workflow, restoring, and detecting any
//! edited, removed or reordered revision.

use avtale_core::Agreement;
use avtale_core::agreement::Status;
use avtale_core::date::Date;
use avtale_core::history::{ChainProblem, RevisionInfo, Timestamp};
use avtale_core::lang::Lang;
use avtale_core::starter::{self, NewAgreement};
use avtale_core::template::TemplateSet;
use avtale_core::workflow::{self, WorkflowError};

fn agreement() -> Agreement {
    let templates = TemplateSet::shipped().expect("templates");
    let new = NewAgreement {
        starter: "handlingsplan",
        county: Some("Agder"),
        lang: Lang::Nb,
        today: Date::from_ymd(2026, 11, 22).expect("date"),
        id: "test".into(),
    };
    starter::create(&templates, &new).expect("starter")
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
    assert_eq!(step.shift_end(old.to.expect("end")), new.to.expect("end"));
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
    assert!(summary.contains(&new.from.to_string()), "{summary}");
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
