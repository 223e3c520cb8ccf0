//! Agreement kinds: the rules that follow from a kind live on `AgreementKind`, and the checks,
//! the cover, the pickers and the edit path follow them. The partnership agreement between a
//! municipality and Nav (partnerskapsavtale) is not a county agreement: the checks that rest on
//! the county studies stay quiet on it, and its cover names its municipality, not a county.

use avtale_core::agreement::{AgreementKind, Place};
use avtale_core::catalog;
use avtale_core::check::Code;
use avtale_core::date::Date;
use avtale_core::document::{Edit, OpenDocument};
use avtale_core::lang::{Lang, Locale};
use avtale_core::render::tree;
use avtale_core::starter::{self, NewAgreement};
use avtale_core::template::{Category, TemplateSet};
use avtale_core::{Agreement, CheckOptions, check, format};

fn new(starter_id: &str, county: Option<&str>, municipality: Option<&str>) -> Agreement {
    let templates = TemplateSet::shipped().expect("templates");
    let new = NewAgreement {
        starter: starter_id,
        county,
        municipality,
        lang: Lang::Nb,
        today: Date::from_ymd(2026, 11, 22).expect("date"),
        id: "kinds".into(),
    };
    starter::create(&templates, &new).expect("starter")
}

fn codes(agreement: &Agreement) -> Vec<Code> {
    check(agreement, CheckOptions::default())
        .into_iter()
        .map(|d| d.code)
        .collect()
}

fn cover(agreement: &Agreement) -> Vec<(String, String)> {
    tree::build(agreement)
        .facts
        .into_iter()
        .map(|f| {
            let value = f.value.iter().map(|r| r.text.as_str()).collect::<String>();
            (f.label, value)
        })
        .collect()
}

#[test]
fn each_kind_says_whether_it_is_a_county_agreement_and_where_it_belongs() {
    use AgreementKind::*;
    assert!(Hovedavtale.is_county() && Underavtale.is_county() && Handlingsplan.is_county());
    assert!(!Partnerskapsavtale.is_county());
    assert!(Underavtale.belongs_under_main() && Handlingsplan.belongs_under_main());
    assert!(!Hovedavtale.belongs_under_main() && !Partnerskapsavtale.belongs_under_main());
    assert!(Hovedavtale.heads_family());
    assert!(!Partnerskapsavtale.heads_family() && !Underavtale.heads_family());
    assert!(Handlingsplan.covers_whole_cooperation());
    assert_eq!(Partnerskapsavtale.place(), Place::Municipality);
    assert_eq!(Hovedavtale.place(), Place::County);
    assert_eq!(Hovedavtale.meeting_levels(), (true, true));
    assert_eq!(Underavtale.meeting_levels(), (false, true));
    assert_eq!(Partnerskapsavtale.meeting_levels(), (false, false));
    assert!(AgreementKind::ALL.iter().all(|k| k.word_limit() >= 2000));
    assert_eq!(AgreementKind::ALL.len(), 4);
}

#[test]
fn county_only_checks_stay_quiet_on_a_partnership_agreement() {
    let county_only = [
        Code::NoEvaluation,
        Code::MissingMeetingLevel,
        Code::PeriodTooLong,
        Code::NoParent,
    ];
    let mut partnership = new("partnerskapsavtale", Some("Vestland"), Some("Bergen"));
    // Open-ended: a county agreement would get AV024 for it.
    partnership.meta.period.to = None;
    let found = codes(&partnership);
    for code in county_only {
        assert!(!found.contains(&code), "{code} on a partnership: {found:?}");
    }
    // The same agreement called a main county agreement gets them.
    partnership.meta.kind = AgreementKind::Hovedavtale;
    let found = codes(&partnership);
    for code in [
        Code::NoEvaluation,
        Code::MissingMeetingLevel,
        Code::PeriodTooLong,
    ] {
        assert!(found.contains(&code), "{code} missing: {found:?}");
    }
    // And called a sub-agreement, it should name its main agreement.
    partnership.meta.kind = AgreementKind::Underavtale;
    assert!(codes(&partnership).contains(&Code::NoParent));
}

#[test]
fn the_cover_names_the_place_the_kind_names() {
    let partnership = new("partnerskapsavtale", Some("Vestland"), Some("Bergen"));
    let facts = cover(&partnership);
    assert!(
        facts.contains(&("Kommune".into(), "Bergen".into())),
        "{facts:?}"
    );
    assert!(!facts.iter().any(|(l, _)| l == "Fylke"), "{facts:?}");
    assert!(facts.contains(&("Avtaletype".into(), "Partnerskapsavtale".into())));
    assert_eq!(
        partnership.meta.title,
        "Partnerskapsavtale om Nav Bergen mellom Bergen kommune og Nav"
    );

    let main = new("hovedavtale", Some("Vestland"), None);
    let facts = cover(&main);
    assert!(facts.contains(&("Fylke".into(), "Vestland".into())));
    assert!(!facts.iter().any(|(l, _)| l == "Kommune"));
    // No county given on a county agreement's cover: no empty row.
    let mut blank = main.clone();
    blank.meta.county = String::new();
    assert!(!cover(&blank).iter().any(|(l, _)| l == "Fylke"));
}

#[test]
fn a_partnership_starter_without_a_municipality_leaves_one_to_fill_in() {
    let partnership = new("partnerskapsavtale", None, None);
    assert_eq!(
        partnership.meta.municipality.as_deref(),
        Some("{{kommune}}")
    );
    assert_eq!(partnership.meta.county, "");
    let diagnostics = check(&partnership, CheckOptions::default());
    assert!(
        diagnostics
            .iter()
            .any(|d| d.code == Code::Placeholder && d.field == "meta.municipality"),
        "{diagnostics:?}"
    );
    // A county agreement has no municipality, and its file has no such field.
    let main = new("hovedavtale", Some("Vestland"), None);
    assert_eq!(main.meta.municipality, None);
    let text = format::agreement_to_string(&main);
    assert!(!text.contains("municipality"), "{text}");
}

#[test]
fn the_partnership_starter_follows_the_guide_s_points_in_order() {
    let partnership = new("partnerskapsavtale", Some("Vestland"), Some("Bergen"));
    let titles: Vec<&str> = partnership
        .sections
        .iter()
        .map(|s| s.title.as_str())
        .filter(|t| !["Parter", "Varighet og endring", "Begreper", "Underskrifter"].contains(t))
        .collect();
    assert_eq!(
        titles,
        [
            "Formål",
            "Lokalisering",
            "Styring og ledelse",
            "Ansettelse",
            "Personvern, informasjonssikkerhet og beredskap",
            "Medbestemmelse",
            "Mål og resultatkrav",
            "Kompetanseutvikling",
            "Delegert myndighet",
            "Tjenester",
            "Samhandling",
            "Tvisteløsning",
        ]
    );
    // The minimum municipal services are the legal fact's current wording.
    let services = partnership
        .sections
        .iter()
        .find(|s| s.id.0 == "partnerskap-tjenester")
        .expect("services");
    assert!(services.text.contains("kvalifiseringsprogrammet"));
    assert!(services.text.contains("sosialtjenesteloven § 17"));
}

#[test]
fn the_kind_is_changed_through_the_edit_path_and_the_checks_follow() {
    let templates = TemplateSet::shipped().expect("templates");
    let mut doc = OpenDocument::new(new("hovedavtale", Some("Vestland"), None), None, true);
    let set = |path: &str, value: serde_json::Value| Edit::Set {
        path: path.into(),
        value,
    };
    doc.apply(
        &set("meta.kind", "partnerskapsavtale".into()),
        None,
        0,
        &templates,
    )
    .expect("kind set");
    doc.apply(
        &set("meta.municipality", "Askøy".into()),
        None,
        0,
        &templates,
    )
    .expect("municipality set");
    let agreement = doc.agreement();
    assert_eq!(agreement.meta.kind, AgreementKind::Partnerskapsavtale);
    assert_eq!(agreement.meta.place(), "Askøy");
    assert!(!codes(agreement).contains(&Code::MissingMeetingLevel));
    // An emptied municipality is removed, so the file stays as it was.
    doc.apply(&set("meta.municipality", "".into()), None, 0, &templates)
        .expect("municipality emptied");
    assert_eq!(doc.agreement().meta.municipality, None);
}

#[test]
fn the_kinds_offered_are_named_by_the_core() {
    let kinds = catalog::kind_infos(Locale::Nn);
    assert_eq!(kinds.len(), AgreementKind::ALL.len());
    let partnership = kinds
        .iter()
        .find(|k| k.kind == AgreementKind::Partnerskapsavtale)
        .expect("offered");
    assert_eq!(partnership.name, "Partnarskapsavtale");
    assert_eq!(partnership.place, Place::Municipality);
    let starters = catalog::starter_infos(Lang::Nb).expect("starters");
    let s = starters
        .iter()
        .find(|s| s.id == "partnerskapsavtale")
        .expect("offered on the start screen");
    assert_eq!(s.place, Place::Municipality);
}

#[test]
fn the_free_clause_is_offered_first_and_makes_an_empty_section() {
    let templates = TemplateSet::shipped().expect("templates");
    for (lang, title) in [(Lang::Nb, "Nytt punkt"), (Lang::Nn, "Nytt punkt")] {
        let infos = catalog::template_infos(&templates, lang, Locale::Nb);
        assert_eq!(infos[0].id, "eget-punkt");
        assert_eq!(infos[0].category, Category::Eget);
        assert_eq!(infos[0].title, title);
    }
    let mut agreement = new("hovedavtale", Some("Vestland"), None);
    let section = catalog::new_section(&agreement, templates.get("eget-punkt").expect("free"));
    assert_eq!(section.title, "Nytt punkt");
    assert!(section.text.is_empty() && section.kinds().is_empty());
    agreement.sections.push(section);
    // Empty, it asks for its text; written, it passes its checks.
    assert!(codes(&agreement).contains(&Code::EmptySection));
    let last = agreement.sections.last_mut().expect("added");
    last.title = "Lokaler".into();
    last.text = "Partene deler lokaler i Bergen.".into();
    assert!(!codes(&agreement).contains(&Code::EmptySection));
}

/// Broke before: a partnership agreement had only the county's meeting template, whose body
/// names the county authority (party `fk`): seven AV003 errors on adding it. Its own body names
/// the municipality and Nav, and is held where the partners write.
#[test]
fn a_partnership_agreement_gets_a_meeting_body_of_its_own_parties() {
    let templates = TemplateSet::shipped().expect("templates");
    let mut agreement = new("partnerskapsavtale", Some("Vestland"), Some("Bergen"));
    let before = codes(&agreement);
    let section = catalog::new_section(
        &agreement,
        templates
            .get("partnerskap-moter")
            .expect("the partners' meeting"),
    );
    let body = &section.meetings.as_ref().expect("a meetings clause")[0];
    assert_eq!(body.name, "Partnerskapsmøte");
    // The text refers to the cadence (a live reference), so it follows the data.
    assert!(
        section.text.contains("[[hyppighet: Partnerskapsmøte]]"),
        "{}",
        section.text
    );
    agreement.sections.push(section);
    let after = codes(&agreement);
    assert!(!after.contains(&Code::UnknownParty), "{after:?}");
    assert_eq!(
        after.iter().filter(|c| !before.contains(c)).count(),
        0,
        "{after:?}"
    );
}
