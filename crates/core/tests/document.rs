//! The open document: small edits with undo and redo as inverse edits, revisions that undo
//! cannot reach past, and saves that never remove history.

use avtale_core::Agreement;
use avtale_core::agreement::Status;
use avtale_core::document::{Edit, OpenDocument};
use avtale_core::fix::Fix;
use avtale_core::format;
use avtale_core::history::{RevisionInfo, Timestamp};
use avtale_core::store;
use avtale_core::template::TemplateSet;
use proptest::prelude::*;
use serde_json::json;

fn example() -> Agreement {
    let text = include_str!("../../../examples/hovedavtale-vestland.avtale.yaml");
    format::agreement_from_str(text, "example").expect("example")
}

fn templates() -> TemplateSet {
    TemplateSet::shipped().expect("templates")
}

fn info(message: &str) -> RevisionInfo {
    RevisionInfo {
        author: "Kari Nordmann".into(),
        time: Timestamp::parse("2026-12-06T10:00:00+01:00").expect("time"),
        message: message.into(),
        name: None,
    }
}

fn set(path: &str, value: serde_json::Value) -> Edit {
    Edit::Set {
        path: path.into(),
        value,
    }
}

#[test]
fn a_field_edit_changes_only_that_field_and_undoes() {
    let t = templates();
    let start = example();
    let mut doc = OpenDocument::new(start.clone(), None, true);
    assert!(!doc.unsaved());
    doc.apply(
        &set("meta.title", json!("Ny tittel")),
        Some("meta.title"),
        0,
        &t,
    )
    .expect("edit");
    assert_eq!(doc.agreement().meta.title, "Ny tittel");
    assert!(doc.unsaved());
    assert!(doc.state().can_undo);
    assert!(doc.undo());
    assert_eq!(doc.agreement(), &start);
    assert!(!doc.unsaved(), "back at the saved state");
    assert!(doc.redo());
    assert_eq!(doc.agreement().meta.title, "Ny tittel");
}

#[test]
fn typing_in_one_field_within_a_second_is_one_step() {
    let t = templates();
    let start = example();
    let mut doc = OpenDocument::new(start.clone(), None, true);
    for (i, text) in ["N", "Ny", "Nye"].iter().enumerate() {
        let at = i64::try_from(i).expect("small") * 300;
        doc.apply(&set("meta.title", json!(text)), Some("meta.title"), at, &t)
            .expect("edit");
    }
    // A pause makes a new step.
    doc.apply(
        &set("meta.title", json!("Nyere")),
        Some("meta.title"),
        5000,
        &t,
    )
    .expect("edit");
    doc.undo();
    assert_eq!(doc.agreement().meta.title, "Nye");
    doc.undo();
    assert_eq!(doc.agreement(), &start);
    assert!(!doc.undo());
}

#[test]
fn items_inserted_and_a_field_set_with_one_key_are_one_step() {
    // A list pasted into a table: the first line fills the row it is pasted into, the others
    // become new items after it, all with the paste's key.
    let t = templates();
    let start = example();
    let mut doc = OpenDocument::new(start.clone(), None, true);
    let section = doc
        .agreement()
        .sections
        .iter()
        .position(|s| s.id.0 == "mal")
        .expect("the goals section");
    let goals = format!("sections[{section}].goals");
    doc.apply(
        &set(&format!("{goals}[0].goal"), json!("Første")),
        Some("paste"),
        0,
        &t,
    )
    .expect("set");
    for (i, text) in ["Andre", "Tredje", "Fjerde"].iter().enumerate() {
        doc.apply(
            &Edit::Insert {
                path: goals.clone(),
                index: i + 1,
                value: json!({ "goal": text }),
            },
            Some("paste"),
            10,
            &t,
        )
        .expect("insert");
    }
    let content = serde_json::to_value(doc.agreement()).expect("json");
    assert_eq!(
        content["sections"][section]["goals"][3]["goal"],
        json!("Fjerde")
    );
    assert!(doc.undo());
    assert_eq!(
        doc.agreement(),
        &start,
        "one step takes the whole paste back"
    );
    assert!(!doc.undo());
    assert!(doc.redo());
    let again = serde_json::to_value(doc.agreement()).expect("json");
    assert_eq!(again, content);
}

#[test]
fn an_emptied_optional_field_goes_and_a_required_one_stays_as_empty_text() {
    let t = templates();
    let mut doc = OpenDocument::new(example(), None, true);
    let section = doc
        .agreement()
        .sections
        .iter()
        .position(|s| !s.text.is_empty())
        .expect("a section with text");
    doc.apply(
        &set(&format!("sections[{section}].text"), json!("")),
        None,
        0,
        &t,
    )
    .expect("optional text emptied");
    assert_eq!(doc.agreement().sections[section].text, "");
    doc.apply(
        &set(&format!("sections[{section}].title"), json!("")),
        None,
        0,
        &t,
    )
    .expect("required title emptied");
    assert_eq!(doc.agreement().sections[section].title, "");
    doc.apply(
        &set(
            &format!("sections[{section}].title"),
            serde_json::Value::Null,
        ),
        None,
        0,
        &t,
    )
    .expect("required title nulled");
    assert_eq!(doc.agreement().sections[section].title, "");
}

#[test]
fn a_value_that_does_not_fit_is_refused_and_changes_nothing() {
    let t = templates();
    let start = example();
    let mut doc = OpenDocument::new(start.clone(), None, true);
    assert!(
        doc.apply(&set("meta.status", json!("ukjent")), None, 0, &t)
            .is_err()
    );
    assert!(
        doc.apply(&set("sections[999].title", json!("x")), None, 0, &t)
            .is_err()
    );
    assert!(
        doc.apply(
            &Edit::Remove {
                path: "parties".into(),
                index: 99
            },
            None,
            0,
            &t
        )
        .is_err()
    );
    assert_eq!(doc.agreement(), &start);
    assert!(!doc.state().can_undo);
}

#[test]
fn sections_are_added_from_templates_moved_and_deleted_with_undo() {
    let t = templates();
    let start = example();
    let n = start.sections.len();
    let mut doc = OpenDocument::new(start.clone(), None, true);
    let template = t.iter().next().expect("a template").id.clone();
    doc.apply(
        &Edit::AddSection {
            template: template.clone(),
            index: 1,
        },
        None,
        0,
        &t,
    )
    .expect("add");
    assert_eq!(doc.agreement().sections.len(), n + 1);
    assert_eq!(
        doc.agreement().sections[1].template.as_deref(),
        Some(template.as_str())
    );
    doc.apply(
        &Edit::Move {
            path: "sections".into(),
            from: 1,
            to: 3,
        },
        None,
        0,
        &t,
    )
    .expect("move");
    assert_eq!(
        doc.agreement().sections[3].template.as_deref(),
        Some(template.as_str())
    );
    doc.apply(
        &Edit::Remove {
            path: "sections".into(),
            index: 3,
        },
        None,
        0,
        &t,
    )
    .expect("delete");
    assert_eq!(doc.agreement().sections, start.sections);
    for _ in 0..3 {
        assert!(doc.undo());
    }
    assert_eq!(doc.agreement(), &start);
    for _ in 0..3 {
        assert!(doc.redo());
    }
    assert_eq!(doc.agreement().sections, start.sections);
}

#[test]
fn a_fix_applied_twice_adds_the_term_once() {
    let t = templates();
    let mut doc = OpenDocument::new(example(), None, true);
    let before = doc.agreement().glossary.len();
    let fix = Fix::AddGlossaryEntry {
        term: "AAP (arbeidsavklaringspenger)".into(),
        definition: "En ytelse.".into(),
    };
    doc.apply(&Edit::ApplyFix { fix: fix.clone() }, None, 0, &t)
        .expect("fix");
    doc.apply(&Edit::ApplyFix { fix }, None, 10, &t)
        .expect("fix again");
    assert_eq!(doc.agreement().glossary.len(), before + 1);
    assert!(doc.undo());
    assert_eq!(doc.agreement().glossary.len(), before);
    assert!(!doc.state().can_undo, "the second fix was no step");
}

#[test]
fn a_saved_revision_cannot_be_undone_away() {
    let t = templates();
    let mut doc = OpenDocument::new(example(), None, true);
    doc.apply(
        &set("meta.title", json!("Før revisjonen")),
        Some("meta.title"),
        0,
        &t,
    )
    .expect("edit");
    let done = doc.commit(info("Første revisjon"), None).expect("commit");
    assert_eq!(done.number, 1);
    assert!(!doc.state().can_undo, "undo does not reach past a revision");
    assert!(!doc.undo());
    assert_eq!(doc.agreement().history.revisions.len(), 1);
    // Edits after it undo back to it, never before.
    doc.apply(
        &set("meta.title", json!("Etter")),
        Some("meta.title"),
        5000,
        &t,
    )
    .expect("edit");
    assert!(doc.undo());
    assert!(!doc.undo());
    assert_eq!(doc.agreement().meta.title, "Før revisjonen");
    assert_eq!(doc.agreement().history.revisions.len(), 1);
    // The whole content set back cannot touch the history either.
    doc.change_with(|a| a.history = Default::default());
    assert_eq!(doc.agreement().history.revisions.len(), 1);
}

#[test]
fn the_status_list_offers_what_the_workflow_accepts() {
    let t = templates();
    let mut doc = OpenDocument::new(example(), None, true);
    let _ = t;
    assert_eq!(
        doc.state().next_statuses,
        vec![Status::Utkast, Status::TilGodkjenning]
    );
    doc.commit(info("1"), None).expect("commit");
    for status in [Status::TilGodkjenning, Status::Godkjent, Status::Signert] {
        doc.commit(info("neste"), Some(status)).expect("step");
    }
    let state = doc.state();
    assert_eq!(state.locked.map(|l| l.number), Some(4));
    assert_eq!(
        state.next_statuses,
        vec![Status::Utkast, Status::Signert, Status::Gjeldende]
    );
}

#[test]
fn a_save_that_would_remove_revisions_is_refused_and_keeps_both() {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("avtale.avtale.yaml");
    let mut stale = example();
    avtale_core::workflow::commit(&mut stale, info("1"), None).expect("1");
    let mut newer = stale.clone();
    newer.meta.title = "Endret i et annet vindu".into();
    avtale_core::workflow::commit(&mut newer, info("2"), None).expect("2");
    store::save_agreement(&path, &newer).expect("save newer");
    let on_disk = std::fs::read(&path).expect("read");

    stale.meta.title = "Gammel kopi".into();
    let err = store::save_agreement(&path, &stale).expect_err("refused");
    let lost = err.lost_revisions().expect("lost revisions named");
    assert_eq!((lost.on_disk, lost.kept), (2, 1));
    assert!(
        err.report(avtale_core::Locale::Nb).contains("Lagre som"),
        "{}",
        err.report(avtale_core::Locale::Nb)
    );
    assert_eq!(
        std::fs::read(&path).expect("read"),
        on_disk,
        "file unchanged"
    );
    // The open copy is untouched too, and "save as" to another file works.
    assert_eq!(stale.meta.title, "Gammel kopi");
    store::save_agreement(&dir.path().join("kopi.avtale.yaml"), &stale).expect("save as");
    // Saving with the whole history (and more) is fine.
    newer.meta.title = "Videre".into();
    store::save_agreement(&path, &newer).expect("save with history");
}

/// An edit the property test makes, by kind and place (places wrap around to what exists).
fn edit_strategy() -> impl Strategy<Value = (u8, usize, usize, String)> {
    (0u8..8, 0usize..40, 0usize..40, "[a-zæøå ]{0,12}")
}

fn make_edit(
    kind: u8,
    a: usize,
    b: usize,
    text: &str,
    doc: &OpenDocument,
) -> (Edit, Option<String>) {
    let agreement = doc.agreement();
    let sections = agreement.sections.len().max(1);
    let parties = agreement.parties.len().max(1);
    match kind {
        0 => ("meta.title".to_owned(), json!(text)),
        1 => (format!("sections[{}].text", a % sections), json!(text)),
        2 => (format!("sections[{}].title", a % sections), json!(text)),
        3 => (
            format!("parties[{}].organisation", a % parties),
            json!(text),
        ),
        4 => {
            return (
                Edit::Move {
                    path: "sections".into(),
                    from: a % sections,
                    to: b % sections,
                },
                None,
            );
        }
        5 => {
            return (
                Edit::Remove {
                    path: "sections".into(),
                    index: a % sections,
                },
                None,
            );
        }
        6 => {
            return (
                Edit::Insert {
                    path: "glossary".into(),
                    index: agreement.glossary.len().min(a),
                    value: json!({"term": text, "definition": "d"}),
                },
                None,
            );
        }
        _ => ("meta.county".to_owned(), json!(text)),
    }
    .into_edit()
}

trait IntoEdit {
    fn into_edit(self) -> (Edit, Option<String>);
}

impl IntoEdit for (String, serde_json::Value) {
    fn into_edit(self) -> (Edit, Option<String>) {
        let (path, value) = self;
        (
            Edit::Set {
                path: path.clone(),
                value,
            },
            Some(path),
        )
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, failure_persistence: None, ..ProptestConfig::default() })]

    /// Any sequence of edits, then undo all, gives the start; redo all gives the end.
    #[test]
    fn undo_all_gives_the_start_and_redo_all_the_end(
        edits in proptest::collection::vec((edit_strategy(), 0i64..3000), 1..30)
    ) {
        let t = templates();
        let start = example();
        let mut doc = OpenDocument::new(start.clone(), None, true);
        let mut now = 0;
        for ((kind, a, b, text), pause) in &edits {
            now += pause;
            let (edit, key) = make_edit(*kind, *a, *b, text, &doc);
            let _ = doc.apply(&edit, key.as_deref(), now, &t);
        }
        let end = doc.agreement().clone();
        let mut steps = 0;
        while doc.undo() {
            steps += 1;
        }
        prop_assert_eq!(doc.agreement(), &start);
        prop_assert!(!doc.unsaved());
        for _ in 0..steps {
            prop_assert!(doc.redo());
        }
        prop_assert!(!doc.redo());
        prop_assert_eq!(doc.agreement(), &end);
    }
}
