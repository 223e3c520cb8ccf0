//! Accepting or rejecting each change a comparison brings: prose merged so the draft's own
//! edits survive, conflicts shown and refused, sections added, removed, moved and renamed.

use avtale_core::Agreement;
use avtale_core::clause::Cadence;
use avtale_core::date::Date;
use avtale_core::diff::Words;
use avtale_core::lang::{Lang, Locale};
use avtale_core::merge::{
    Change, ChangeKind, ChangeState, Incoming, MergeError, accept, changes, take_theirs,
};
use avtale_core::starter::{self, NewAgreement};
use avtale_core::template::TemplateSet;
use proptest::prelude::*;

fn agreement() -> Agreement {
    let templates = TemplateSet::shipped().expect("templates");
    let new = NewAgreement {
        starter: "hovedavtale",
        county: Some("Vestland"),
        municipality: None,
        lang: Lang::Nb,
        today: Date::from_ymd(2026, 11, 22).expect("date"),
        id: "test".into(),
    };
    starter::create(&templates, &new).expect("starter")
}

fn section<'a>(a: &'a mut Agreement, id: &str) -> &'a mut avtale_core::agreement::Section {
    a.sections
        .iter_mut()
        .find(|s| s.id.0 == id)
        .expect("section")
}

fn body(a: &mut Agreement, i: usize) -> &mut avtale_core::clause::MeetingBody {
    &mut section(a, "motearenaer")
        .meetings
        .as_mut()
        .expect("meetings")[i]
}

fn text_of(a: &Agreement, id: &str) -> String {
    a.sections
        .iter()
        .find(|s| s.id.0 == id)
        .map(|s| s.text.clone())
        .unwrap_or_default()
}

fn incoming(theirs: &Agreement, common: &Agreement) -> Incoming {
    Incoming {
        theirs: theirs.clone(),
        common: Some(common.clone()),
        source: "test".into(),
    }
}

fn only(changes: &[Change], kind: ChangeKind) -> Change {
    let found: Vec<&Change> = changes.iter().filter(|c| c.kind == kind).collect();
    assert_eq!(found.len(), 1, "{changes:#?}");
    found[0].clone()
}

const TWO_PARAGRAPHS: &str = "Partene skal møtes to ganger i året.\n\nNav kaller inn til møtet.\n";

/// Common, theirs, ours with one section's text set.
fn three(common: &str, theirs: &str, ours: &str) -> (Agreement, Agreement, Agreement) {
    let mut c = agreement();
    section(&mut c, "formal").text = common.into();
    let mut t = c.clone();
    section(&mut t, "formal").text = theirs.into();
    let mut o = c.clone();
    section(&mut o, "formal").text = ours.into();
    (c, t, o)
}

#[test]
fn a_changed_word_comes_in_and_the_drafts_other_edit_stays() {
    let (c, t, o) = three(
        TWO_PARAGRAPHS,
        "Partene skal møtes fire ganger i året.\n\nNav kaller inn til møtet.\n",
        "Partene skal møtes to ganger i året.\n\nFylkeskommunen kaller inn til møtet.\n",
    );
    let inc = incoming(&t, &c);
    let found = changes(&o, &inc, Locale::Nb);
    let change = only(&found, ChangeKind::Text);
    assert_eq!(change.state, ChangeState::Applicable);
    assert_eq!(change.section.as_deref(), Some("formal"));
    assert!(change.theirs.contains(&Words::Removed("to".into())));
    assert!(change.theirs.contains(&Words::Added("fire".into())));
    let merged = accept(&o, &inc, &change.id).expect("accepted");
    assert_eq!(
        text_of(&merged, "formal"),
        "Partene skal møtes fire ganger i året.\n\nFylkeskommunen kaller inn til møtet.\n"
    );
    // Now it is in the draft.
    let again = changes(&merged, &inc, Locale::Nb);
    assert_eq!(only(&again, ChangeKind::Text).state, ChangeState::Already);
}

#[test]
fn each_paragraph_is_its_own_change() {
    let (c, t, o) = three(
        TWO_PARAGRAPHS,
        "Partene skal møtes fire ganger i året.\n\nFylkeskommunen kaller inn til møtet.\n",
        TWO_PARAGRAPHS,
    );
    let inc = incoming(&t, &c);
    let found = changes(&o, &inc, Locale::Nb);
    assert_eq!(found.len(), 2, "{found:#?}");
    // Accept the second only: the first stays as it was.
    let merged = accept(&o, &inc, &found[1].id).expect("accepted");
    assert_eq!(
        text_of(&merged, "formal"),
        "Partene skal møtes to ganger i året.\n\nFylkeskommunen kaller inn til møtet.\n"
    );
    // The first keeps its id after the second is accepted.
    let after = changes(&merged, &inc, Locale::Nb);
    assert_eq!(after[0].id, found[0].id);
    assert_eq!(after[0].state, ChangeState::Applicable);
    assert_eq!(after[1].state, ChangeState::Already);
}

#[test]
fn the_same_word_changed_differently_is_a_conflict() {
    let (c, t, o) = three(
        TWO_PARAGRAPHS,
        "Partene skal møtes fire ganger i året.\n\nNav kaller inn til møtet.\n",
        "Partene skal møtes seks ganger i året.\n\nNav kaller inn til møtet.\n",
    );
    let inc = incoming(&t, &c);
    let found = changes(&o, &inc, Locale::Nb);
    let change = only(&found, ChangeKind::Text);
    assert_eq!(change.state, ChangeState::Conflict);
    let ours = change.ours.clone().expect("the draft's side");
    assert!(ours.contains(&Words::Added("seks".into())), "{ours:?}");
    assert_eq!(
        accept(&o, &inc, &change.id),
        Err(MergeError::Conflict(change.id.clone()))
    );
    let taken = take_theirs(&o, &inc, &change.id).expect("taken");
    assert_eq!(text_of(&taken, "formal"), text_of(&t, "formal"));
}

#[test]
fn the_same_change_on_both_sides_is_already_in() {
    let theirs = "Partene skal møtes fire ganger i året.\n\nNav kaller inn til møtet.\n";
    let (c, t, o) = three(TWO_PARAGRAPHS, theirs, theirs);
    let inc = incoming(&t, &c);
    let found = changes(&o, &inc, Locale::Nb);
    assert_eq!(only(&found, ChangeKind::Text).state, ChangeState::Already);
    assert_eq!(accept(&o, &inc, &found[0].id).expect("nothing to do"), o);
}

#[test]
fn a_reflowed_line_is_no_change() {
    let (c, t, o) = three(
        TWO_PARAGRAPHS,
        "Partene skal møtes  to ganger i året.\n\nNav kaller inn til møtet.\n",
        TWO_PARAGRAPHS,
    );
    assert!(changes(&o, &incoming(&t, &c), Locale::Nb).is_empty());
}

#[test]
fn a_field_changed_on_both_sides_is_a_conflict_and_elsewhere_applies() {
    let c = agreement();
    let mut t = c.clone();
    let mut o = c.clone();
    body(&mut t, 0).cadence = Some(Cadence::PerYear(4));
    body(&mut o, 0).cadence = Some(Cadence::PerYear(3));
    body(&mut t, 1).hours = Some(2.0);
    let inc = incoming(&t, &c);
    let found = changes(&o, &inc, Locale::Nb);
    assert_eq!(found.len(), 2, "{found:#?}");
    let cadence = found
        .iter()
        .find(|c| c.path.as_deref().is_some_and(|p| p.ends_with("cadence")))
        .expect("cadence");
    assert_eq!(cadence.kind, ChangeKind::Field);
    assert_eq!(cadence.state, ChangeState::Conflict);
    assert!(
        cadence.label.contains("Strategisk samarbeidsgruppe"),
        "{}",
        cadence.label
    );
    let theirs_words = format!("{:?}", cadence.theirs);
    assert!(theirs_words.contains("4 ganger i året"), "{theirs_words}");
    assert!(format!("{:?}", cadence.ours).contains("3 ganger i året"));
    assert!(matches!(
        accept(&o, &inc, &cadence.id),
        Err(MergeError::Conflict(_))
    ));
    let hours = found.iter().find(|c| c.id != cadence.id).expect("hours");
    assert_eq!(hours.state, ChangeState::Applicable);
    let merged = accept(&o, &inc, &hours.id).expect("accepted");
    assert_eq!(body(&mut merged.clone(), 1).hours, Some(2.0));
    assert_eq!(
        body(&mut merged.clone(), 0).cadence,
        Some(Cadence::PerYear(3))
    );
    let taken = take_theirs(&merged, &inc, &cadence.id).expect("taken");
    assert_eq!(
        body(&mut taken.clone(), 0).cadence,
        Some(Cadence::PerYear(4))
    );
}

#[test]
fn sections_added_removed_moved_and_renamed() {
    let c = agreement();
    let mut t = c.clone();
    let removed = t.sections.remove(1);
    let mut added = t.sections[0].clone();
    added.id = avtale_core::agreement::SectionId("ny".into());
    added.title = "Nytt punkt".into();
    t.sections.insert(2, added);
    let moved = t.sections.remove(5);
    t.sections.insert(0, moved.clone());
    section(&mut t, "kompetanse").title = "Nytt navn".into();
    let inc = incoming(&t, &c);
    let found = changes(&c, &inc, Locale::Nb);
    let kinds: Vec<ChangeKind> = found.iter().map(|c| c.kind).collect();
    for kind in [
        ChangeKind::Added,
        ChangeKind::Removed,
        ChangeKind::Moved,
        ChangeKind::Title,
    ] {
        assert!(kinds.contains(&kind), "{kind:?} in {found:#?}");
    }
    let removal = only(&found, ChangeKind::Removed);
    assert_eq!(removal.section.as_deref(), Some(removed.id.0.as_str()));
    // Each alone touches only its own section.
    for change in &found {
        let merged = accept(&c, &inc, &change.id).expect("accepted");
        for s in &c.sections {
            if Some(s.id.0.as_str()) != change.section.as_deref() {
                assert_eq!(merged.section(&s.id), Some(s), "{}", change.id);
            }
        }
    }
    // All of them give the source's version.
    let mut merged = c.clone();
    for change in &found {
        merged = accept(&merged, &inc, &change.id).expect("accepted");
    }
    assert_eq!(merged.sections, t.sections);
}

#[test]
fn without_a_common_version_the_changes_are_against_the_draft_and_keep_their_ids() {
    let c = agreement();
    let mut old = c.clone();
    section(&mut old, "formal").title = "Gammel tittel".into();
    let text = text_of(&old, "bakgrunn").replacen("Altfor", "Svært", 1);
    section(&mut old, "bakgrunn").text = text;
    let inc = Incoming {
        theirs: old.clone(),
        common: None,
        source: "revisjon 1".into(),
    }
    .anchored(&c);
    let found = changes(&c, &inc, Locale::Nb);
    assert_eq!(found.len(), 2, "{found:#?}");
    let merged = accept(&c, &inc, &found[0].id).expect("accepted");
    let after = changes(&merged, &inc, Locale::Nb);
    assert_eq!(after.len(), 2);
    assert_eq!(after[0].id, found[0].id);
    assert_eq!(after[0].state, ChangeState::Already);
    assert_eq!(after[1].id, found[1].id);
    assert_eq!(after[1].state, ChangeState::Applicable);
}

#[test]
fn an_unknown_change_is_refused() {
    let c = agreement();
    assert_eq!(
        accept(&c, &incoming(&c, &c), "nope"),
        Err(MergeError::NoSuchChange("nope".into()))
    );
}

#[test]
fn details_parties_and_glossary_come_in() {
    let c = agreement();
    let mut t = c.clone();
    t.meta.title = "Ny tittel".into();
    t.parties[0].organisation = "Nav Vest".into();
    t.glossary.push(avtale_core::agreement::GlossaryEntry {
        term: "OT".into(),
        definition: "Oppfølgingstjenesten".into(),
    });
    t.meta.status = avtale_core::agreement::Status::Signert;
    let inc = incoming(&t, &c);
    let found = changes(&c, &inc, Locale::Nb);
    assert_eq!(found.len(), 3, "{found:#?}");
    assert!(found.iter().all(|c| c.section.is_none()));
    let mut merged = c.clone();
    for change in &found {
        merged = accept(&merged, &inc, &change.id).expect("accepted");
    }
    // The status is the draft's own.
    assert_eq!(merged.meta.status, c.meta.status);
    assert_eq!(merged.meta.title, "Ny tittel");
    assert_eq!(merged.parties, t.parties);
    assert_eq!(merged.glossary, t.glossary);
}

/// Words with Norwegian letters, some on new lines.
fn prose() -> impl Strategy<Value = String> {
    let word = prop::sample::select(vec![
        "Partene",
        "skal",
        "møtes",
        "to",
        "ganger",
        "i",
        "året.",
        "Nav",
        "fylkeskommunen,",
        "ungdom",
        "«samarbeid»",
        "\n",
        "\n\n",
        "- punkt",
    ]);
    prop::collection::vec(word, 0..25).prop_map(|words| words.join(" "))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    /// Accepting every change of the source into the common version gives the source's text;
    /// none leaves the draft; into a draft with its own edits, each accepted change leaves the
    /// draft's other paragraphs' edits as they were, and conflicts are refused.
    #[test]
    fn prose_merges(common in prose(), theirs in prose(), ours in prose()) {
        let (c, t, _) = three(&common, &theirs, &common);
        let inc = incoming(&t, &c);
        let found = changes(&c, &inc, Locale::Nb);
        let mut merged = c.clone();
        for change in &found {
            prop_assert_eq!(change.state, ChangeState::Applicable);
            merged = accept(&merged, &inc, &change.id).expect("accepted");
        }
        let norm = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
        prop_assert_eq!(norm(&text_of(&merged, "formal")), norm(&theirs));

        let (_, _, o) = three(&common, &theirs, &ours);
        for change in changes(&o, &inc, Locale::Nb) {
            match accept(&o, &inc, &change.id) {
                Ok(merged) => {
                    prop_assert!(change.state != ChangeState::Conflict);
                    // Every other section unchanged.
                    for (a, b) in merged.sections.iter().zip(&o.sections) {
                        if a.id.0 != "formal" { prop_assert_eq!(a, b); }
                    }
                }
                Err(e) => prop_assert_eq!(e, MergeError::Conflict(change.id.clone())),
            }
        }
    }
}

#[test]
fn a_revision_and_another_file_as_sources() {
    use avtale_core::history::{RevisionInfo, Timestamp};
    let mut a = agreement();
    let info = |m: &str| RevisionInfo {
        author: "Kari".into(),
        time: Timestamp::parse("2026-03-01T10:15:00+01:00").expect("time"),
        message: m.into(),
        name: None,
    };
    avtale_core::workflow::commit(&mut a, info("første"), None).expect("committed");
    // Another copy goes its own way from revision 1; the draft changes elsewhere.
    let mut other = a.clone();
    section(&mut other, "formal").title = "Formålet".into();
    section(&mut a, "bakgrunn").title = "Bakgrunnen".into();
    let inc = Incoming::from_file(&a, &other, "kopi.avtale.yaml", Locale::Nb);
    assert_eq!(inc.source, "filen kopi.avtale.yaml (fra revisjon 1)");
    assert_eq!(
        inc.message(Locale::Nb),
        "Godtatt endringer fra filen kopi.avtale.yaml (fra revisjon 1)"
    );
    let found = changes(&a, &inc, Locale::Nb);
    // Only the other file's change: the draft's own is not undone.
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(found[0].section.as_deref(), Some("formal"));

    // The revision against the current text: what it says differently.
    let inc = Incoming::from_revisions(&a, Some(1), None, Locale::Nb)
        .expect("revision")
        .expect("incoming");
    assert_eq!(inc.source, "revisjon 1");
    let found = changes(&a, &inc, Locale::Nb);
    assert_eq!(found.len(), 1);
    let merged = accept(&a, &inc, &found[0].id).expect("accepted");
    assert_eq!(merged.sections, at_rev(&a, 1).sections);
    assert_eq!(merged.history, a.history);
}

fn at_rev(a: &Agreement, n: u32) -> Agreement {
    avtale_core::workflow::at_revision(a, n).expect("revision")
}

/// Found by the property test: the evaluation's responsible is a holder (one party, or parties
/// taking turns), so a change of it is one change of the whole; taken field by field, taking
/// only "party removed" left a holder naming nobody that does not fit the file format.
#[test]
fn a_changed_holder_of_the_evaluation_comes_in_whole() {
    use avtale_core::agreement::PartyId;
    use avtale_core::clause::Holder;
    // The starter has the parties take turns; theirs gives it to the county alone.
    let c = agreement();
    let mut t = c.clone();
    section(&mut t, "evaluering")
        .evaluation
        .as_mut()
        .expect("evaluation")
        .responsible = Some(Holder::Party(PartyId("fk".into())));
    let o = c.clone();
    let incoming = incoming(&t, &c);
    let found = changes(&o, &incoming, Locale::Nb);
    let change = only(&found, ChangeKind::Field);
    let merged = accept(&o, &incoming, &change.id).expect("it fits");
    assert_eq!(
        section(&mut merged.clone(), "evaluering")
            .evaluation
            .as_ref()
            .and_then(|e| e.responsible.clone()),
        Some(Holder::Party(PartyId("fk".into())))
    );
}
