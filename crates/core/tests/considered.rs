//! Warnings marked as considered: a mark names its warning by code, section id, field in the
//! section and subject, so it keeps matching after unrelated edits and moves; a mark whose
//! warning is gone is reported (AV048) with a fix that removes it; errors cannot be marked; the
//! mark is content, so a revision and its hash hold it.

use avtale_core::Agreement;
use avtale_core::check::considered::{self, ConsiderError};
use avtale_core::check::{self, CheckOptions, Code, Diagnostic};
use avtale_core::document::{Edit, OpenDocument};
use avtale_core::fix;
use avtale_core::format::{agreement_from_str, agreement_to_string};
use avtale_core::history::{RevisionInfo, Timestamp};
use avtale_core::template::TemplateSet;

fn example() -> Agreement {
    let text = include_str!("../../../examples/hovedavtale-vestland.avtale.yaml");
    agreement_from_str(text, "example").expect("example")
}

fn check(a: &Agreement) -> Vec<Diagnostic> {
    check::check(a, CheckOptions::default())
}

fn contacts(a: &mut Agreement) -> &mut Vec<avtale_core::clause::Contact> {
    a.sections
        .iter_mut()
        .find(|s| s.id.0 == "kontaktpersoner")
        .and_then(|s| s.contacts.as_mut())
        .expect("contacts")
}

/// The example with its first contact's deputy gone: one AV021 warning.
fn without_deputy() -> Agreement {
    let mut a = example();
    contacts(&mut a)[0].deputy = None;
    a
}

fn warning(a: &Agreement, code: Code) -> Diagnostic {
    check(a)
        .into_iter()
        .find(|d| d.code == code)
        .unwrap_or_else(|| panic!("{code} found"))
}

const REASON: &str = "Kommunen har bare én rådgiver; stedfortreder avtales ved fravær.";

#[test]
fn a_considered_warning_is_not_open_and_keeps_matching_after_other_edits() {
    let a = without_deputy();
    let open_before = considered::open(&check(&a)).count();
    let d = warning(&a, Code::ContactWithoutDeputy);
    let mut marked = considered::consider(&a, &d, &format!("  {REASON} ")).expect("marked");
    let found = check(&marked);
    let again = found
        .iter()
        .find(|x| x.code == Code::ContactWithoutDeputy)
        .expect("still found");
    assert_eq!(again.considered.as_deref(), Some(REASON));
    assert_eq!(considered::open(&found).count(), open_before - 1);
    assert!(!found.iter().any(|x| x.code == Code::ConsideredNotFound));

    // Edits elsewhere: the purpose's text, and the sections in another order.
    marked.sections[0].text.push_str(" Partene møtes jevnlig.");
    marked.sections.swap(1, 2);
    let last = marked.sections.len() - 1;
    marked.sections.swap(0, last);
    let found = check(&marked);
    let again = found
        .iter()
        .find(|x| x.code == Code::ContactWithoutDeputy)
        .expect("still found");
    assert_eq!(again.considered.as_deref(), Some(REASON), "{found:?}");
    assert!(!found.iter().any(|x| x.code == Code::ConsideredNotFound));

    // The same warning at another contact is a new, open warning.
    contacts(&mut marked)[1].deputy = None;
    let found = check(&marked);
    let deputies: Vec<&Diagnostic> = found
        .iter()
        .filter(|x| x.code == Code::ContactWithoutDeputy)
        .collect();
    assert_eq!(deputies.len(), 2);
    assert_eq!(
        deputies.iter().filter(|x| x.considered.is_some()).count(),
        1
    );

    // Unmarked, it is open again.
    let d = deputies
        .iter()
        .find(|x| x.considered.is_some())
        .copied()
        .expect("marked one")
        .clone();
    let open = considered::unconsider(&marked, &d);
    assert!(open.considered.is_empty());
}

#[test]
fn a_mark_whose_warning_is_gone_is_reported_and_its_fix_removes_it() {
    let a = without_deputy();
    let d = warning(&a, Code::ContactWithoutDeputy);
    let mut marked = considered::consider(&a, &d, REASON).expect("marked");
    // The deputy is found after all: the warning is gone, the mark stays and is reported.
    contacts(&mut marked)[0].deputy = example()
        .sections
        .iter()
        .find(|s| s.id.0 == "kontaktpersoner")
        .and_then(|s| s.contacts.as_ref())
        .and_then(|c| c[0].deputy.clone());
    let found = check(&marked);
    assert!(!found.iter().any(|x| x.code == Code::ContactWithoutDeputy));
    let stale = found
        .iter()
        .find(|x| x.code == Code::ConsideredNotFound)
        .expect("AV048");
    assert_eq!(stale.field, "considered[0]");
    assert!(stale.message.contains("AV021"), "{}", stale.message);
    assert!(stale.message.contains(REASON), "{}", stale.message);
    assert!(stale.considered.is_none());
    // The stale mark itself cannot be marked as considered.
    assert_eq!(
        considered::consider(&marked, stale, "nei"),
        Err(ConsiderError::NotConsiderable(Code::ConsideredNotFound))
    );
    let fixed = fix::apply(&marked, stale.fix.as_ref().expect("fix"));
    assert!(fixed.considered.is_empty());
    assert!(check(&fixed) == check(&example()));
}

#[test]
fn errors_and_blank_reasons_are_refused() {
    let mut a = example();
    a.parties[0].signatory = None;
    let error = check(&a)
        .into_iter()
        .find(|d| d.severity == check::Severity::Error)
        .expect("an error");
    assert_eq!(
        considered::consider(&a, &error, REASON),
        Err(ConsiderError::NotAWarning(error.code))
    );
    // A mark written into the file by hand for an error never hides it.
    let mut forged = a.clone();
    forged.considered.push(considered::mark(&error, "skjult"));
    let found = check(&forged);
    assert!(
        found
            .iter()
            .any(|d| d.code == error.code && d.considered.is_none())
    );
    assert!(found.iter().any(|d| d.code == Code::ConsideredNotFound));
    let w = warning(&without_deputy(), Code::ContactWithoutDeputy);
    assert_eq!(
        considered::consider(&without_deputy(), &w, "   "),
        Err(ConsiderError::NoReason)
    );
}

#[test]
fn warnings_in_one_text_are_told_apart_by_what_they_name() {
    let mut a = example();
    a.sections[0]
        .text
        .push_str(" Partene bruker XYZQ og QZYX i arbeidet.");
    let found = check(&a);
    let abbreviations: Vec<&Diagnostic> = found
        .iter()
        .filter(|d| d.code == Code::UndefinedAbbreviation)
        .collect();
    assert_eq!(abbreviations.len(), 2, "{found:?}");
    let marked = considered::consider(&a, abbreviations[0], "Et internt navn.").expect("ok");
    let found = check(&marked);
    let open: Vec<&Diagnostic> = found
        .iter()
        .filter(|d| d.code == Code::UndefinedAbbreviation && d.considered.is_none())
        .collect();
    assert_eq!(open.len(), 1);
    assert_ne!(open[0].subject, abbreviations[0].subject);
}

#[test]
fn the_mark_is_saved_in_the_file_and_in_the_revision_hash() {
    let a = without_deputy();
    let d = warning(&a, Code::ContactWithoutDeputy);
    let mut marked = considered::consider(&a, &d, REASON).expect("marked");
    let text = agreement_to_string(&marked);
    assert!(text.contains("considered:"), "{text}");
    assert!(text.contains("code: AV021"), "{text}");
    let back = agreement_from_str(&text, "back").expect("loads");
    assert_eq!(back, marked);
    // A file without marks is written as before.
    assert!(!agreement_to_string(&a).contains("considered"));

    marked.record_revision(RevisionInfo {
        author: "Kari".into(),
        time: Timestamp::parse("2026-12-06T10:00:00+01:00").expect("time"),
        message: "Vurdert".into(),
        name: None,
    });
    assert!(marked.committed_revision().is_some());
    assert!(marked.history.verify().is_ok());
    // Changing the reason is a change to the agreed text.
    marked.considered[0].reason = "Annen grunn.".into();
    assert!(marked.committed_revision().is_none());
    // Changing it inside the saved revision breaks the hash.
    let mut tampered = marked.clone();
    tampered.history.revisions[0].considered[0].reason = "Endret i ettertid.".into();
    assert!(tampered.history.verify().is_err());
}

#[test]
fn the_app_marks_and_unmarks_through_edits_with_undo() {
    let t = TemplateSet::shipped().expect("templates");
    let a = without_deputy();
    let d = warning(&a, Code::ContactWithoutDeputy);
    let mut doc = OpenDocument::new(a.clone(), None, true);
    doc.apply(
        &Edit::Consider {
            diagnostic: d.clone(),
            reason: REASON.into(),
        },
        None,
        0,
        &t,
    )
    .expect("marked");
    assert_eq!(doc.agreement().considered.len(), 1);
    assert!(
        doc.apply(
            &Edit::Consider {
                diagnostic: d.clone(),
                reason: " ".into(),
            },
            None,
            0,
            &t,
        )
        .is_err()
    );
    doc.apply(&Edit::Unconsider { diagnostic: d }, None, 0, &t)
        .expect("unmarked");
    assert!(doc.agreement().considered.is_empty());
    assert!(doc.undo());
    assert_eq!(doc.agreement().considered.len(), 1);
}
