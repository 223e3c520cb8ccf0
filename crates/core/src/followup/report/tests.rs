use super::*;
use crate::agreement::PartyId;
use crate::followup::party_extract;
use crate::render::tree::text_of;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).expect("a day")
}

fn fixture() -> Agreement {
    let text = include_str!("../../../../../tests/fixtures/followup-vestland.avtale.yaml");
    crate::format::agreement_from_str(text, "fixture").expect("fixture")
}

fn blocks_text(blocks: &[Block]) -> String {
    crate::render::markdown::blocks(blocks)
}

fn part<'a>(tree: &'a Tree, title: &str) -> &'a TreeSection {
    tree.sections
        .iter()
        .find(|s| s.title == title)
        .unwrap_or_else(|| panic!("no part {title}"))
}

fn rows(section: &TreeSection) -> Vec<Vec<String>> {
    match section.blocks.first() {
        Some(Block::Table { rows, .. }) => rows
            .iter()
            .map(|r| r.iter().map(|c| text_of(c)).collect())
            .collect(),
        other => panic!("no table: {other:?}"),
    }
}

#[test]
fn tertials_cover_the_year_without_gaps_also_in_a_leap_year() {
    for year in [2027, 2028] {
        let t: Vec<ReportPeriod> = (1..=3)
            .map(|n| ReportPeriod::tertial(year, n).expect("tertial"))
            .collect();
        assert_eq!(t[0].from, d(year, 1, 1));
        assert_eq!(t[0].to, d(year, 4, 30));
        assert_eq!(t[1].from, d(year, 5, 1));
        assert_eq!(t[1].to, d(year, 8, 31));
        assert_eq!(t[2].from, d(year, 9, 1));
        assert_eq!(t[2].to, d(year, 12, 31));
    }
    assert!(
        ReportPeriod::tertial(2028, 1)
            .expect("t")
            .contains(d(2028, 2, 29))
    );
    assert_eq!(ReportPeriod::tertial(2027, 0), None);
    assert_eq!(ReportPeriod::tertial(2027, 4), None);
    let year = ReportPeriod::year(2028).expect("year");
    assert_eq!((year.from, year.to), (d(2028, 1, 1), d(2028, 12, 31)));
    assert_eq!(ReportPeriod::new(d(2027, 3, 2), d(2027, 3, 1)), None);
}

#[test]
fn a_period_has_a_name_in_words() {
    let t = ReportPeriod::tertial(2027, 1).expect("t");
    assert_eq!(t.name(Locale::Nb), "1. tertial 2027");
    assert_eq!(t.name(Locale::En), "Tertial 1 2027");
    assert_eq!(
        ReportPeriod::year(2027).expect("y").name(Locale::Nb),
        "2027"
    );
    let span = ReportPeriod::new(d(2027, 3, 1), d(2027, 6, 15)).expect("span");
    assert_eq!(span.name(Locale::Nb), "1. mars–15. juni 2027");
    let across = ReportPeriod::new(d(2026, 12, 1), d(2027, 6, 15)).expect("span");
    assert_eq!(across.name(Locale::Nb), "1. desember 2026–15. juni 2027");
    let whole = ReportPeriod::new(d(2027, 1, 1), d(2027, 12, 31)).expect("span");
    assert_eq!(whole.name(Locale::Nb), "2027");
}

#[test]
fn each_measure_lands_in_the_table_with_its_status_and_the_delayed_say_why() {
    let a = fixture();
    let report = status_report(
        &a,
        ReportPeriod::tertial(2027, 1).expect("t"),
        d(2027, 5, 10),
    );
    assert_eq!(
        report.title,
        "Statusrapport: Samarbeidsavtale mellom Nav Vestland og Vestland fylkeskommune"
    );
    let measures = rows(part(&report, "Tiltak"));
    let status = |name: &str| {
        measures
            .iter()
            .find(|r| r[0] == name)
            .map(|r| r[3].clone())
            .unwrap_or_else(|| panic!("{name} not in {measures:?}"))
    };
    assert_eq!(status("Felles fagsamling"), "Pågår");
    assert_eq!(status("Hospitering"), "Forsinket, over fristen");
    assert_eq!(status("Innføring for nytilsatte"), "Ferdig");
    assert_eq!(
        status("Felles rutine for overgang fra skole til Nav"),
        "Planlagt, over fristen"
    );
    assert_eq!(status("Felles digital oversikt over tilbud"), "Stoppet");
    assert_eq!(status("Kartlegging av ungdom uten skoleplass"), "Planlagt");

    let late = blocks_text(&part(&report, "Forsinket og hvorfor").blocks);
    assert!(
        late.contains("Få veiledere kunne reise i vinter; ny plan til høsten."),
        "{late}"
    );
    assert!(
        late.contains("Felles rutine for overgang fra skole til Nav"),
        "{late}"
    );
    assert!(late.contains("Ingen grunn er oppgitt."), "{late}");
    assert!(!late.contains("Felles fagsamling"), "{late}");
    assert!(
        !late.contains("Felles digital oversikt"),
        "a stopped one is not late: {late}"
    );

    let summary = blocks_text(&part(&report, "Sammendrag").blocks);
    assert!(
        summary.contains("Avtalen har 6 tiltak. 2 tiltak er forsinket"),
        "{summary}"
    );
}

#[test]
fn notes_and_figures_outside_the_period_are_left_out() {
    let a = fixture();
    let report = status_report(
        &a,
        ReportPeriod::tertial(2027, 1).expect("t"),
        d(2027, 5, 10),
    );
    let good = blocks_text(&part(&report, "Gode grep").blocks);
    assert!(good.contains("Faste kontordager"), "{good}");
    assert!(
        !good.contains("julemøte"),
        "December 2026 is outside: {good}"
    );
    let decisions = blocks_text(&part(&report, "Saker til beslutning").blocks);
    assert!(
        decisions.contains("Skal hospiteringen flyttes"),
        "{decisions}"
    );
    let goals = rows(part(&report, "Mål"));
    let first = &goals[0];
    assert_eq!(first[4], "81 prosent (28. februar 2027)");
    assert_eq!(
        first[5], "81 prosent (28. februar 2027)",
        "only the figure in the period"
    );

    let second = status_report(
        &a,
        ReportPeriod::tertial(2027, 2).expect("t"),
        d(2027, 9, 10),
    );
    for title in ["Gode grep", "Saker til beslutning"] {
        assert_eq!(
            blocks_text(&part(&second, title).blocks).trim(),
            "Ingen registrert i perioden."
        );
    }
}

#[test]
fn meetings_and_reports_say_when_they_were_last_and_are_next() {
    let a = fixture();
    let report = status_report(
        &a,
        ReportPeriod::tertial(2027, 1).expect("t"),
        d(2027, 5, 10),
    );
    let part = part(&report, "Møter og rapporter");
    let text = blocks_text(&part.blocks);
    assert!(text.contains("15. mars 2027"), "{text}");
    assert!(text.contains("Vedtok ny plan for hospitering."), "{text}");
    assert!(text.contains("28. mars 2027"), "{text}");
    let facts: Vec<String> = report.facts.iter().map(|f| f.label.clone()).collect();
    assert_eq!(facts, ["Periode", "Laget", "Til", "Følger opp"]);
    assert_eq!(
        text_of(&report.facts[2].value),
        "Strategisk samarbeidsgruppe"
    );
}

#[test]
fn the_report_renders_as_markdown_in_both_written_standards() {
    let mut a = fixture();
    for lang in [crate::lang::Lang::Nb, crate::lang::Lang::Nn] {
        a.meta.language = lang;
        let report = status_report(&a, ReportPeriod::year(2027).expect("y"), d(2027, 5, 10));
        let md = crate::render::markdown::write(&report, lang);
        assert!(md.starts_with("# "), "{md}");
        assert_eq!(report.sections.len(), 7);
        assert!(!md.contains("report-"), "no message id is left: {md}");
    }
}

#[test]
fn a_partys_extract_holds_what_falls_to_it() {
    let a = fixture();
    let nav = party_extract(&a, &PartyId("nav".into()), d(2027, 5, 10)).expect("nav");
    assert_eq!(
        nav.title,
        "Utdrag for Nav Vestland: Samarbeidsavtale mellom Nav Vestland og Vestland fylkeskommune"
    );
    let measures: Vec<String> = rows(part(&nav, "Tiltak"))
        .into_iter()
        .map(|r| r[0].clone())
        .collect();
    assert_eq!(
        measures,
        [
            "Hospitering",
            "Innføring for nytilsatte",
            "Felles digital oversikt over tilbud"
        ]
    );
    let bodies = rows(part(&nav, "Møtearenaer parten deltar i"));
    assert!(
        bodies
            .iter()
            .any(|r| r[0] == "Strategisk samarbeidsgruppe" && r[1] == "Fylkesdirektør")
    );
    let goals: Vec<String> = rows(part(&nav, "Mål"))
        .into_iter()
        .map(|r| r[0].clone())
        .collect();
    assert!(goals.contains(&"Færre unge står utenfor både opplæring og arbeid".to_owned()));
    assert!(!goals.contains(&"Flere fullfører videregående opplæring".to_owned()));
    let reports = rows(part(&nav, "Rapporter"));
    assert_eq!(reports.len(), 1);
    assert!(reports[0][0].starts_with("Årsrapport"));
    assert!(!rows(part(&nav, "Oppgaver parten har ansvar for")).is_empty());

    assert_eq!(
        party_extract(&a, &PartyId("nobody".into()), d(2027, 5, 10)),
        None
    );
}
