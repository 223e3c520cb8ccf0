//! The family of agreements: a sub-agreement checked against its main agreement as that file is
//! now (period, parties, area), the family put together for the view, and the links between
//! files.

use avtale_core::Agreement;
use avtale_core::check::{self, CheckOptions, Code, ParentFile};
use avtale_core::date::Date;
use avtale_core::family::{self, FAMILY_CODES, Found};
use avtale_core::format::agreement_from_str;
use avtale_core::lang::{Lang, Locale};
use avtale_core::starter::{self, NewAgreement};
use avtale_core::store;
use avtale_core::template::TemplateSet;

fn main_agreement() -> Agreement {
    let text = include_str!("../../../examples/hovedavtale-vestland.avtale.yaml");
    agreement_from_str(text, "hovedavtale").expect("example")
}

/// The OT sub-agreement starter for Vestland, linked to the example.
fn sub_agreement(main: &Agreement) -> Agreement {
    let templates = TemplateSet::shipped().expect("templates");
    let new = NewAgreement {
        starter: "underavtale-ot",
        county: Some("Vestland"),
        municipality: None,
        lang: Lang::Nb,
        today: Date::from_ymd(2027, 1, 10).expect("date"),
        id: "ot".into(),
    };
    let mut sub = starter::create(&templates, &new).expect("starter");
    family::link(&mut sub, main, "hovedavtale-vestland.avtale.yaml".into());
    sub.meta.parent.as_mut().expect("linked").area = Some("oppfølgingstjenesten".into());
    sub
}

fn family_codes(sub: &Agreement, parent: Option<ParentFile<'_>>) -> Vec<(Code, String)> {
    let options = CheckOptions {
        locale: Locale::Nb,
        templates: None,
        parent,
    };
    check::check(sub, options)
        .into_iter()
        .filter(|d| FAMILY_CODES.contains(&d.code))
        .map(|d| (d.code, d.message))
        .collect()
}

#[test]
fn a_sub_agreement_inside_its_main_agreement_has_no_family_findings() {
    let main = main_agreement();
    let sub = sub_agreement(&main);
    assert_eq!(family_codes(&sub, Some(ParentFile::Loaded(&main))), vec![]);
    let link = sub.meta.parent.as_ref().expect("link");
    assert_eq!(link.id, main.meta.id);
    assert_eq!(link.period.as_ref(), Some(&main.meta.period));
}

#[test]
fn the_period_is_checked_against_the_main_agreement_as_it_is_now() {
    let mut main = main_agreement();
    let sub = sub_agreement(&main);
    // The main agreement was shortened after the link was made: the copy in the sub-agreement
    // still says it fits, the file says it does not.
    main.meta.period.to = Date::from_ymd(2027, 6, 30);
    assert_eq!(family_codes(&sub, None), vec![]);
    let found = family_codes(&sub, Some(ParentFile::Loaded(&main)));
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].0, Code::OutsideParentPeriod);
}

#[test]
fn a_party_outside_the_main_agreement_must_be_named_as_additional() {
    let main = main_agreement();
    let mut sub = sub_agreement(&main);
    sub.parties[1].organisation = "Bergen katedralskole".into();
    let found = family_codes(&sub, Some(ParentFile::Loaded(&main)));
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].0, Code::PartyNotInParent);
    assert!(
        found[0].1.contains("Bergen katedralskole"),
        "{}",
        found[0].1
    );
    assert!(found[0].1.contains("tilleggspart"), "{}", found[0].1);
    let id = sub.parties[1].id.clone();
    sub.meta
        .parent
        .as_mut()
        .expect("link")
        .additional_parties
        .push(id);
    assert_eq!(family_codes(&sub, Some(ParentFile::Loaded(&main))), vec![]);
    // A unit of a party's organisation is the same party, whatever the spacing or case.
    sub.parties[1].organisation = " vestland  FYLKESKOMMUNE".into();
    sub.meta
        .parent
        .as_mut()
        .expect("link")
        .additional_parties
        .clear();
    assert_eq!(family_codes(&sub, Some(ParentFile::Loaded(&main))), vec![]);
}

#[test]
fn the_area_must_be_one_of_the_main_agreements_areas() {
    let main = main_agreement();
    assert!(!main.meta.areas.is_empty(), "the example names its areas");
    let mut sub = sub_agreement(&main);
    sub.meta.parent.as_mut().expect("link").area = Some("Fengselsundervisning".into());
    let found = family_codes(&sub, Some(ParentFile::Loaded(&main)));
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].0, Code::AreaNotInParent);
    assert!(found[0].1.contains("karriereveiledning"), "{}", found[0].1);
    sub.meta.parent.as_mut().expect("link").area = None;
    let found = family_codes(&sub, Some(ParentFile::Loaded(&main)));
    assert_eq!(
        found.iter().map(|f| f.0).collect::<Vec<_>>(),
        vec![Code::NoArea]
    );
    // An action plan covers the whole cooperation and names no area.
    let mut plan = sub.clone();
    plan.meta.kind = avtale_core::agreement::AgreementKind::Handlingsplan;
    assert_eq!(family_codes(&plan, Some(ParentFile::Loaded(&main))), vec![]);
    // A main agreement without areas asks for none.
    let mut plain = main.clone();
    plain.meta.areas.clear();
    assert_eq!(family_codes(&sub, Some(ParentFile::Loaded(&plain))), vec![]);
}

#[test]
fn a_file_that_is_another_agreement_or_cannot_be_read_is_reported() {
    let main = main_agreement();
    let sub = sub_agreement(&main);
    let mut other = main.clone();
    other.meta.id = "en-annen".into();
    other.meta.title = "Avtale om noe annet".into();
    let found = family_codes(&sub, Some(ParentFile::Loaded(&other)));
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].0, Code::ParentMismatch);
    assert!(found[0].1.contains("Avtale om noe annet"), "{}", found[0].1);
    assert_eq!(
        check::Code::ParentMismatch.severity(),
        check::Severity::Error
    );
    let found = family_codes(
        &sub,
        Some(ParentFile::Unreadable {
            reason: "Filen finnes ikke.",
        }),
    );
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].0, Code::ParentUnreadable);
    assert!(found[0].1.contains("Filen finnes ikke."), "{}", found[0].1);
}

#[test]
fn the_family_lists_the_members_that_link_to_the_main_agreement_by_period() {
    let main = main_agreement();
    let sub = sub_agreement(&main);
    let mut plan = sub.clone();
    plan.meta.title = "Handlingsplan 2027".into();
    plan.meta.period.from = Date::from_ymd(2027, 3, 1).expect("date");
    plan.meta.period.to = Date::from_ymd(2031, 12, 31);
    let mut stranger = sub.clone();
    stranger.meta.parent.as_mut().expect("link").id = "en-annen".into();
    let others = [
        Found {
            file: "plan.avtale.yaml",
            agreement: &plan,
        },
        Found {
            file: "fremmed.avtale.yaml",
            agreement: &stranger,
        },
    ];
    let current = Found {
        file: "ot.avtale.yaml",
        agreement: &sub,
    };
    let main_found = Found {
        file: "hovedavtale.avtale.yaml",
        agreement: &main,
    };
    let fam = family::build(current, Some(Ok(main_found)), &others, vec![], Locale::Nb);
    let main_member = fam.main.as_ref().expect("main");
    assert_eq!(main_member.title, main.meta.title);
    assert!(!main_member.current);
    assert_eq!(fam.areas, main.meta.areas);
    let titles: Vec<_> = fam.members.iter().map(|m| m.title.as_str()).collect();
    assert_eq!(titles, vec![sub.meta.title.as_str(), "Handlingsplan 2027"]);
    assert!(fam.members[0].current);
    assert!(fam.members[0].problems.is_empty(), "{:?}", fam.members[0]);
    // The plan runs past the main agreement's end.
    assert_eq!(fam.members[1].problems.len(), 1, "{:?}", fam.members[1]);

    // Seen from the main agreement, the same family, with the main agreement current.
    let sub_found = Found {
        file: "ot.avtale.yaml",
        agreement: &sub,
    };
    let current = Found {
        file: "hovedavtale.avtale.yaml",
        agreement: &main,
    };
    let fam = family::build(current, Some(Ok(current)), &[sub_found], vec![], Locale::Nb);
    assert!(fam.main.as_ref().expect("main").current);
    assert_eq!(fam.members.len(), 1);
}

#[test]
fn links_are_relative_to_the_sub_agreements_folder_and_found_again() {
    let dir = tempfile::tempdir().expect("dir");
    let main_file = dir.path().join("hovedavtale.avtale.yaml");
    let sub_file = dir.path().join("ot.avtale.yaml");
    let link = store::link_to(Some(&sub_file), &main_file);
    assert_eq!(link, "hovedavtale.avtale.yaml");
    assert_eq!(store::parent_path(Some(&sub_file), &link), main_file);
    // Elsewhere, or before the sub-agreement has a file: the full path.
    let elsewhere = std::path::Path::new("/srv/avtaler/hoved.avtale.yaml");
    assert_eq!(
        store::link_to(Some(&sub_file), elsewhere),
        elsewhere.display().to_string()
    );
    assert_eq!(store::parent_path(None, &link), std::path::Path::new(&link));

    let main = main_agreement();
    store::save_agreement(&main_file, &main).expect("save main");
    store::save_agreement(&sub_file, &sub_agreement(&main)).expect("save sub");
    std::fs::write(dir.path().join("ødelagt.avtale.yaml"), "format: 1\nmeta: [").expect("broken");
    std::fs::write(dir.path().join("notat.txt"), "ikke en avtale").expect("other file");
    let read = store::read_agreements_in(dir.path());
    let names: Vec<_> = read
        .iter()
        .map(|(p, r)| {
            (
                p.file_name().unwrap().to_string_lossy().into_owned(),
                r.is_ok(),
            )
        })
        .collect();
    assert_eq!(
        names,
        vec![
            ("hovedavtale.avtale.yaml".to_owned(), true),
            ("ot.avtale.yaml".to_owned(), true),
            ("ødelagt.avtale.yaml".to_owned(), false),
        ]
    );
}

/// Issue 14: nothing reminded anyone that this year's action plan was missing.
#[test]
fn a_missing_action_plan_is_remembered_from_60_days_before_its_year() {
    let main = main_agreement();
    // The example runs 1 December 2026 – 30 November 2030.
    let mut plan = sub_agreement(&main);
    plan.meta.kind = avtale_core::agreement::AgreementKind::Handlingsplan;
    plan.meta.period.from = Date::from_ymd(2027, 1, 1).expect("date");
    plan.meta.period.to = Date::from_ymd(2027, 12, 31);
    let family_on = |members: &[Found<'_>], today: (i32, u32, u32)| {
        family::build(
            Found {
                file: "hovedavtale.avtale.yaml",
                agreement: &main,
            },
            Some(Ok(Found {
                file: "hovedavtale.avtale.yaml",
                agreement: &main,
            })),
            members,
            Vec::new(),
            Locale::Nb,
        )
        .remind_of_action_plan(
            Date::from_ymd(today.0, today.1, today.2).expect("today"),
            Locale::Nb,
        )
        .missing_action_plan
    };
    let with_plan = [Found {
        file: "handlingsplan-2027.avtale.yaml",
        agreement: &plan,
    }];
    // December 2026 is one month of the agreement: no plan asked for 2026, but 2027 starts
    // within 60 days.
    let missing = family_on(&[], (2026, 12, 5)).expect("the 2027 plan is due");
    assert!(
        missing.starts_with("Handlingsplanen for 2027 mangler"),
        "{missing}"
    );
    assert_eq!(family_on(&with_plan, (2026, 12, 5)), None);
    assert_eq!(family_on(&with_plan, (2027, 6, 1)), None);
    // From 2 November 2027, the 2028 plan is due.
    assert_eq!(family_on(&with_plan, (2027, 11, 1)), None);
    let next = family_on(&with_plan, (2027, 11, 2)).expect("the 2028 plan is due");
    assert!(next.contains("2028"), "{next}");
    // After the agreement has ended, nothing is asked.
    assert_eq!(family_on(&[], (2031, 6, 1)), None);
}
