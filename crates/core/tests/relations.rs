//! The agreements an agreement names and the family it belongs to, in print: what it rests on,
//! replaces or relates to (`meta.references`) on the cover and in the background section, the
//! main agreement a sub-agreement makes concrete, and a main agreement's sub-agreements and
//! action plans (gathered by the caller and passed into the tree).

use std::path::{Path, PathBuf};

use avtale_core::Agreement;
use avtale_core::agreement::{AgreementKind, AgreementRef, Generated, Relation};
use avtale_core::date::Date;
use avtale_core::family::{self, ReadResult};
use avtale_core::format;
use avtale_core::lang::Lang;
use avtale_core::render::tree::{self, Block, Fact, Surroundings, Tree};
use avtale_core::render::{html, markdown};
use avtale_core::starter::{self, NewAgreement};
use avtale_core::template::TemplateSet;
use avtale_core::workflow;

fn create(id: &str, lang: Lang) -> Agreement {
    let templates = TemplateSet::shipped().expect("templates");
    let new = NewAgreement {
        starter: id,
        county: Some("Vestland"),
        municipality: None,
        lang,
        today: Date::from_ymd(2026, 11, 22).expect("date"),
        id: id.into(),
    };
    starter::create(&templates, &new).expect("starter")
}

fn fact(facts: &[Fact], label: &str) -> Option<String> {
    facts
        .iter()
        .find(|f| f.label == label)
        .map(|f| tree::text_of(&f.value))
}

/// The facts the background section shows.
fn background(tree: &Tree) -> Vec<Fact> {
    tree.sections
        .iter()
        .find(|s| s.id.as_deref() == Some("bakgrunn"))
        .expect("bakgrunn")
        .blocks
        .iter()
        .filter_map(|b| match b {
            Block::Facts { items } => Some(items.clone()),
            _ => None,
        })
        .flatten()
        .collect()
}

#[test]
fn the_main_agreement_starter_rests_on_the_central_agreement_from_the_legal_fact() {
    let a = create("hovedavtale", Lang::Nb);
    assert_eq!(
        a.meta.references,
        vec![AgreementRef {
            relation: Relation::ByggerPa,
            title: "Samarbeidsavtalen fra 2007 mellom Arbeids- og inkluderingsdepartementet og KS"
                .into(),
            date: None,
            file: None,
        }]
    );
    let t = tree::build(&a);
    let named = Some(
        "Samarbeidsavtalen fra 2007 mellom Arbeids- og inkluderingsdepartementet og KS".to_owned(),
    );
    assert_eq!(fact(&t.facts, "Bygger på"), named);
    assert_eq!(fact(&background(&t), "Bygger på"), named);
    assert_eq!(
        a.sections
            .iter()
            .find(|s| s.id.0 == "bakgrunn")
            .and_then(|s| s.show),
        Some(Generated::References)
    );
    let nn = tree::build(&create("hovedavtale", Lang::Nn));
    assert_eq!(
        fact(&nn.facts, "Byggjer på").as_deref(),
        Some("Samarbeidsavtalen frå 2007 mellom Arbeids- og inkluderingsdepartementet og KS")
    );
    // Markdown and HTML write the same facts.
    assert!(markdown::render(&a).contains("- **Bygger på:** Samarbeidsavtalen fra 2007"));
    assert!(html::fragment(&a).contains("<strong>Bygger på:</strong> Samarbeidsavtalen fra 2007"));
}

#[test]
fn references_print_grouped_by_relation_with_their_dates() {
    let mut a = create("hovedavtale", Lang::Nb);
    a.meta.references.push(AgreementRef {
        relation: Relation::Erstatter,
        title: "Samarbeidsavtale mellom NAV Vestland og Vestland fylkeskommune 2020–2023".into(),
        date: Date::from_ymd(2020, 3, 1),
        file: Some("hovedavtale-2020.avtale.yaml".into()),
    });
    a.meta.references.push(AgreementRef {
        relation: Relation::Relatert,
        title: "Avtale om Nav-veiledere i skolen".into(),
        date: None,
        file: None,
    });
    a.meta.references.push(AgreementRef {
        relation: Relation::Relatert,
        title: "Avtale om lærlinger".into(),
        date: None,
        file: None,
    });
    let t = tree::build(&a);
    assert_eq!(
        fact(&t.facts, "Erstatter").as_deref(),
        Some(
            "Samarbeidsavtale mellom NAV Vestland og Vestland fylkeskommune 2020–2023 \
             (1. mars 2020)"
        )
    );
    assert_eq!(
        fact(&t.facts, "Ses sammen med").as_deref(),
        Some("\n– Avtale om Nav-veiledere i skolen\n– Avtale om lærlinger")
    );
    // The order on the cover: rests on, replaces, relates to.
    let labels: Vec<&str> = t.facts.iter().map(|f| f.label.as_str()).collect();
    assert!(labels.ends_with(&["Bygger på", "Erstatter", "Ses sammen med"]));
}

#[test]
fn references_are_written_only_when_there_are_some_and_the_revision_hash_covers_them() {
    // Without references nothing is written: existing files stay as they were.
    let mut a = create("underavtale-ot", Lang::Nb);
    assert!(a.meta.references.is_empty());
    assert!(!format::agreement_to_string(&a).contains("references"));
    a.meta.references.push(AgreementRef {
        relation: Relation::Erstatter,
        title: "Delavtale om OT 2022".into(),
        date: Date::from_ymd(2022, 8, 1),
        file: None,
    });
    let text = format::agreement_to_string(&a);
    assert!(text.contains("references:"), "{text}");
    assert_eq!(
        format::agreement_from_str(&text, "x").expect("reads back"),
        a
    );
    workflow::commit(&mut a, info(), None).expect("commit");
    assert_eq!(a.history.verify(), Ok(()));
    let last = a.history.revisions.len() - 1;
    a.history.revisions[last].meta.references[0].title = "Delavtale om OT 2021".into();
    assert!(a.history.verify().is_err(), "an edited reference is found");
}

fn info() -> avtale_core::history::RevisionInfo {
    avtale_core::history::RevisionInfo {
        author: "Kari Nordmann".into(),
        time: avtale_core::history::Timestamp::parse("2026-12-06T10:00:00+01:00").expect("time"),
        message: "Utkast".into(),
        name: None,
    }
}

#[test]
fn a_sub_agreement_says_which_main_agreement_it_makes_concrete() {
    let main = create("hovedavtale", Lang::Nb);
    for (id, lang, label) in [
        ("underavtale-ot", Lang::Nb, "Konkretiserer"),
        ("handlingsplan", Lang::Nb, "Konkretiserer"),
        ("underavtale-ot", Lang::Nn, "Konkretiserer"),
    ] {
        let mut sub = create(id, lang);
        family::link(&mut sub, &main, "hovedavtale.avtale.yaml".into());
        let t = tree::build(&sub);
        assert_eq!(
            fact(&t.facts, label).as_deref(),
            Some("Samarbeidsavtale mellom Nav Vestland og Vestland fylkeskommune"),
            "{id} {lang:?}"
        );
        assert_eq!(fact(&t.facts, "Hører under"), None);
        assert_eq!(fact(&t.facts, "Høyrer under"), None);
    }
}

#[test]
fn a_main_agreement_lists_its_sub_agreements_and_action_plans_found_beside_it() {
    let main = create("hovedavtale", Lang::Nb);
    let mut sub = create("underavtale-ot", Lang::Nb);
    family::link(&mut sub, &main, "hovedavtale.avtale.yaml".into());
    sub.meta.title = "Delavtale om oppfølgingstjenesten".into();
    let mut plan = create("handlingsplan", Lang::Nb);
    family::link(&mut plan, &main, "hovedavtale.avtale.yaml".into());
    plan.meta.title = "Handlingsplan 2027".into();
    // An agreement beside it that links elsewhere is not in the family.
    let mut stranger = create("underavtale-ot", Lang::Nb);
    stranger.meta.title = "Fremmed avtale".into();
    let folder = |_: &Path| -> Vec<(PathBuf, ReadResult)> {
        vec![
            (
                PathBuf::from("/a/hovedavtale.avtale.yaml"),
                Ok(main.clone()),
            ),
            (PathBuf::from("/a/ot.avtale.yaml"), Ok(sub.clone())),
            (PathBuf::from("/a/plan.avtale.yaml"), Ok(plan.clone())),
            (
                PathBuf::from("/a/fremmed.avtale.yaml"),
                Ok(stranger.clone()),
            ),
        ]
    };
    let members = family::in_print(Some(Path::new("/a/hovedavtale.avtale.yaml")), &main, folder);
    assert_eq!(members.len(), 2);
    let t = tree::build_in(&main, Surroundings { members: &members });
    assert_eq!(
        fact(&t.facts, "Underavtaler"),
        Some(format!(
            "Delavtale om oppfølgingstjenesten ({})",
            tree_period(&sub)
        ))
    );
    assert_eq!(
        fact(&t.facts, "Handlingsplaner"),
        Some(format!("Handlingsplan 2027 ({})", tree_period(&plan)))
    );
    assert!(
        fact(&background(&t), "Underavtaler").is_some(),
        "the background shows the family too"
    );
    assert!(!format!("{t:?}").contains("Fremmed avtale"));
    // Alone, the tree knows no family.
    assert_eq!(fact(&tree::build(&main).facts, "Underavtaler"), None);
    // A sub-agreement's print lists no family of its own.
    assert!(family::in_print(Some(Path::new("/a/ot.avtale.yaml")), &sub, folder).is_empty());
    assert_eq!(sub.meta.kind, AgreementKind::Underavtale);
}

fn tree_period(a: &Agreement) -> String {
    avtale_core::reference::period_words(&a.meta.period, a.meta.language)
}
