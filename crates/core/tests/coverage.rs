//! Where the agreement reaches (AV051): every region in `meta.regions` needs a meeting body
//! held in it, or a measure or contact person tagged with it.

use avtale_core::Agreement;
use avtale_core::agreement::{Region, Section};
use avtale_core::check::{self, CheckOptions, Code, Diagnostic, Severity};
use avtale_core::clause::{Contact, Measure};
use avtale_core::format::agreement_from_str;

fn example() -> Agreement {
    let text = include_str!("../../../examples/hovedavtale-vestland.avtale.yaml");
    agreement_from_str(text, "example").expect("example")
}

fn region(name: &str) -> Region {
    Region {
        name: name.into(),
        offices: vec![format!("Nav {name}")],
        municipalities: Vec::new(),
    }
}

fn section<'a>(a: &'a mut Agreement, id: &str) -> &'a mut Section {
    a.sections
        .iter_mut()
        .find(|s| s.id.0 == id)
        .unwrap_or_else(|| panic!("the example has section {id}"))
}

/// The AV051 diagnostics of an agreement.
fn uncovered(a: &Agreement) -> Vec<Diagnostic> {
    check::check(a, CheckOptions::default())
        .into_iter()
        .filter(|d| d.code == Code::RegionNotCovered)
        .collect()
}

#[test]
fn no_regions_no_warning() {
    let a = example();
    assert!(a.meta.regions.is_empty());
    assert!(uncovered(&a).is_empty());
}

#[test]
fn an_uncovered_region_is_named_as_a_warning_at_its_place() {
    let mut a = example();
    a.meta.regions = vec![region("Sogn"), region("Nordfjord")];
    let found = uncovered(&a);
    assert_eq!(found.len(), 2, "{found:#?}");
    assert_eq!(found[0].severity, Severity::Warning);
    assert_eq!(found[0].field, "meta.regions[0]");
    assert!(found[0].message.contains("«Sogn»"), "{}", found[0].message);
    assert!(
        found[0].message.contains("møtearena"),
        "{}",
        found[0].message
    );
    assert_eq!(found[1].field, "meta.regions[1]");
}

#[test]
fn a_body_a_measure_or_a_contact_covers_a_region() {
    let mut a = example();
    a.meta.regions = vec![region("Sogn"), region("Nordfjord"), region("Sunnhordland")];
    section(&mut a, "motearenaer")
        .meetings
        .as_mut()
        .expect("bodies")[1]
        .regions = vec!["Sogn".into()];
    let contacts = &mut section(&mut a, "kontaktpersoner");
    let contact = contacts.contacts.get_or_insert_with(Vec::new);
    contact.push(Contact {
        party: None,
        role: "Regionkontakt".into(),
        name: "Kari Nordmann".into(),
        email: None,
        phone: None,
        deputy: None,
        regions: vec!["Nordfjord".into()],
    });
    let found = uncovered(&a);
    assert_eq!(found.len(), 1, "{found:#?}");
    assert!(found[0].message.contains("Sunnhordland"));
    let first = a.sections.first_mut().expect("a section");
    first.measures.get_or_insert_with(Vec::new).push(Measure {
        name: "Felles kurs".into(),
        description: String::new(),
        responsible: None,
        start: None,
        deadline: None,
        regions: vec!["Sunnhordland".into()],
    });
    assert!(uncovered(&a).is_empty());
}

#[test]
fn names_match_as_the_calendar_matches_them() {
    let mut a = example();
    a.meta.regions = vec![region("Sunnfjord")];
    // Case and spaces around the name aside, as `model::name::same_name` compares.
    section(&mut a, "motearenaer")
        .meetings
        .as_mut()
        .expect("bodies")[1]
        .regions = vec!["  SUNNFJORD ".into()];
    assert!(uncovered(&a).is_empty());
    // Another name is another region.
    section(&mut a, "motearenaer")
        .meetings
        .as_mut()
        .expect("bodies")[1]
        .regions = vec!["Sunnfjord og Ytre Sogn".into()];
    assert_eq!(uncovered(&a).len(), 1);
}

#[test]
fn a_party_contact_covers_a_region_too() {
    let mut a = example();
    a.meta.regions = vec![region("Sogn")];
    let party = a.parties.first_mut().expect("a party");
    party.contact = Some(Contact {
        party: None,
        role: String::new(),
        name: "Ola Nordmann".into(),
        email: None,
        phone: None,
        deputy: None,
        regions: vec!["sogn".into()],
    });
    assert!(uncovered(&a).is_empty());
}

/// The example with its first section showing the regions (`show: regions`).
fn showing_regions(regions: Vec<Region>) -> Agreement {
    let mut a = example();
    a.meta.regions = regions;
    a.sections[0].show = Some(avtale_core::agreement::Generated::Regions);
    a
}

#[test]
fn a_section_showing_the_regions_prints_them_as_a_table() {
    use avtale_core::render::markdown;
    let offered = avtale_core::regions::offer("Innlandet", avtale_core::Lang::Nb)
        .expect("Innlandet's regions are shipped");
    assert!(offered.source.contains("Innlandet fylkeskommune"));
    let text = markdown::render(&showing_regions(offered.regions));
    // No region names a Nav office, so the table has no column for them.
    assert!(text.contains("| Region | Kommuner |"), "{text}");
    assert!(!text.contains("| Region | Nav-kontor |"), "{text}");
    assert!(
        text.contains(
            "| Valdres | Etnedal, Nord-Aurdal, Sør-Aurdal, Vang, Vestre Slidre og Øystre Slidre |"
        ),
        "{text}"
    );
    // With an office named, the column is there.
    let sogn = Region {
        municipalities: vec!["Luster".into(), "Sogndal".into()],
        ..region("Sogn")
    };
    let text = markdown::render(&showing_regions(vec![sogn]));
    assert!(
        text.contains("| Region | Nav-kontor | Kommuner |"),
        "{text}"
    );
    assert!(
        text.contains("| Sogn | Nav Sogn | Luster og Sogndal |"),
        "{text}"
    );
    // No regions: no table.
    let text = markdown::render(&showing_regions(Vec::new()));
    assert!(!text.contains("| Region |"), "{text}");
}

#[test]
fn a_measure_s_regions_are_a_column_of_its_table_only_when_one_has_any() {
    use avtale_core::render::markdown;
    let mut a = example();
    let before = markdown::render(&a);
    assert!(!before.contains("| Regioner |"));
    let section = a.sections.first_mut().expect("a section");
    section.measures = Some(vec![
        Measure {
            name: "Felles kurs".into(),
            description: String::new(),
            responsible: None,
            start: None,
            deadline: None,
            regions: vec!["Sogn".into(), "Nordfjord".into()],
        },
        Measure {
            name: "Hospitering".into(),
            description: String::new(),
            responsible: None,
            start: None,
            deadline: None,
            regions: Vec::new(),
        },
    ]);
    let text = markdown::render(&a);
    assert!(text.contains("| Regioner |"), "{text}");
    assert!(text.contains("Sogn og Nordfjord |"), "{text}");
}
