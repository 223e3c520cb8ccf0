//! Moving the period moves the agreement (issue 14, item 3): an agreement entered with the
//! starter's period that really ran another moves back (or forward) with every structured date
//! and the years in its title; renewal is the same move, to the next period.

use avtale_core::Agreement;
use avtale_core::agreement::{Period, Status};
use avtale_core::clause::Goal;
use avtale_core::date::Date;
use avtale_core::document::OpenDocument;
use avtale_core::history::{RevisionInfo, Timestamp};
use avtale_core::lang::{Lang, Locale};
use avtale_core::messages;
use avtale_core::renew::{self, MoveError, Step};
use avtale_core::starter::{self, NewAgreement};
use avtale_core::template::TemplateSet;
use avtale_core::workflow;
use proptest::prelude::*;

fn date(text: &str) -> Date {
    Date::parse(text).expect("date")
}

fn period(from: &str, to: Option<&str>) -> Period {
    Period {
        from: date(from),
        to: to.map(date),
        renewal: None,
    }
}

/// The main agreement starter made in December 2026: the period 2027–2030.
fn main_agreement() -> Agreement {
    let templates = TemplateSet::shipped().expect("templates");
    let new = NewAgreement {
        starter: "hovedavtale",
        county: Some("Agder"),
        municipality: None,
        lang: Lang::Nb,
        today: date("2026-12-15"),
        id: "test".into(),
    };
    let mut a = starter::create(&templates, &new).expect("starter");
    a.meta.title = "Samarbeidsavtale 2027–2030 (sak 12345)".into();
    // The periods below are written without renewal terms; a move sets the period as given.
    a.meta.period.renewal = None;
    a
}

/// Every structured date in the sections, with its place.
fn dates(a: &Agreement) -> Vec<(String, Date)> {
    let mut out = Vec::new();
    for s in &a.sections {
        let id = s.id.0.clone();
        if let Some(range) = s.mandate.as_ref().and_then(|m| m.period.as_ref()) {
            out.push((format!("{id} mandate from"), range.from));
            out.extend(range.to.map(|d| (format!("{id} mandate to"), d)));
        }
        for g in s.goals.iter().flatten() {
            out.extend(g.deadline.map(|d| (format!("{id} goal"), d)));
        }
        for m in s.measures.iter().flatten() {
            out.extend(m.start.map(|d| (format!("{id} start"), d)));
            out.extend(m.deadline.map(|d| (format!("{id} deadline"), d)));
        }
        out.extend(
            (s.evaluation.as_ref())
                .and_then(|e| e.next)
                .map(|d| (format!("{id} evaluation"), d)),
        );
    }
    out
}

#[test]
fn an_agreement_that_really_ran_2021_to_2024_moves_back_72_months_and_forth_again() {
    let a = main_agreement();
    assert_eq!(a.meta.period, period("2027-01-01", Some("2030-12-31")));
    let before = dates(&a);
    assert!(
        before.iter().any(|(_, d)| *d == date("2030-12-31")),
        "goals by the end of the period: {before:?}"
    );
    let back = renew::moved(&a, &period("2021-01-01", Some("2024-12-31"))).expect("moved");
    assert_eq!(back.step, Step::Months(-72));
    assert_eq!(
        back.agreement.meta.period,
        period("2021-01-01", Some("2024-12-31"))
    );
    assert_eq!(
        back.agreement.meta.title,
        "Samarbeidsavtale 2021–2024 (sak 12345)"
    );
    let expected: Vec<_> = (before.iter())
        .map(|(p, d)| (p.clone(), Step::Months(-72).shift(*d)))
        .collect();
    assert_eq!(dates(&back.agreement), expected);
    // One move per date, the period's own first, each naming its field and section.
    assert_eq!(back.moves.len(), before.len() + 2);
    assert_eq!(back.moves[0].field, "meta.period.from");
    assert_eq!(back.moves[1].field, "meta.period.to");
    for m in &back.moves[2..] {
        assert!(
            m.section.is_some() && m.field.starts_with("sections["),
            "{m:?}"
        );
        assert!(!m.after_end, "{m:?}");
    }
    // Everything else is kept: text, parties, status.
    let text = |a: &Agreement| {
        a.sections
            .iter()
            .map(|s| s.text.clone())
            .collect::<Vec<_>>()
    };
    assert_eq!(text(&back.agreement), text(&a));
    assert_eq!(back.agreement.parties, a.parties);
    assert_eq!(back.agreement.meta.status, a.meta.status);

    // And forth again: the same agreement.
    let forth = renew::moved(&back.agreement, &a.meta.period).expect("moved");
    assert_eq!(forth.step, Step::Months(72));
    assert_eq!(forth.agreement, a);
}

#[test]
fn each_move_is_said_in_words_in_bokmal_and_nynorsk() {
    let a = main_agreement();
    let back = renew::moved(&a, &period("2021-01-01", Some("2024-12-31"))).expect("moved");
    let lines: Vec<String> = (back.moves.iter())
        .map(|m| messages::date_move_line(m, Locale::Nb))
        .collect();
    assert_eq!(lines[0], "Periode › Fra: 1. januar 2027 → 1. januar 2021");
    assert_eq!(
        lines[1],
        "Periode › Til: 31. desember 2030 → 31. desember 2024"
    );
    assert!(
        lines.iter().any(
            |l| l.contains("› Frist: 31. desember 2030 → 31. desember 2024") && l.contains('«')
        ),
        "{lines:#?}"
    );
    assert_eq!(
        messages::dates_moved(back.step, Locale::Nb),
        "Datoene er flyttet 6 år tilbake."
    );
    assert_eq!(
        messages::dates_moved(back.step, Locale::Nn),
        "Datoane er flytta 6 år tilbake."
    );
    assert_eq!(
        messages::step_words(Step::Days(1), Locale::Nn),
        "1 dag fram"
    );
    assert_eq!(
        messages::step_words(Step::Months(-3), Locale::Nn),
        "3 månader tilbake"
    );
    let nn = messages::date_move_line(&back.moves[2], Locale::Nn);
    assert!(nn.contains(" → "), "{nn}");
}

#[test]
fn a_shorter_period_takes_the_end_along_and_marks_what_lands_after_it() {
    let a = main_agreement();
    // Half a year: moved by the start's step, the end set as given.
    let short = renew::moved(&a, &period("2021-01-01", Some("2021-06-30"))).expect("moved");
    assert_eq!(short.step, Step::Months(-72));
    for (m, (_, was)) in short.moves[2..].iter().zip(dates(&a)) {
        assert_eq!(m.from, was);
        if was == date("2030-12-31") {
            // "By the end of the period" stays at the end.
            assert_eq!(m.to, date("2021-06-30"), "{m:?}");
            assert!(!m.after_end);
        } else {
            assert_eq!(m.to, Step::Months(-72).shift(was));
            assert_eq!(m.after_end, m.to > date("2021-06-30"), "{m:?}");
        }
    }
    assert!(short.moves.iter().any(|m| m.after_end), "{:?}", short.moves);
    let line = (short.moves.iter())
        .find(|m| m.after_end)
        .map(|m| messages::date_move_line(m, Locale::Nb))
        .expect("after the end");
    assert!(line.ends_with("(etter periodens slutt)"), "{line}");

    // The same start and a longer end: only the dates at the old end move, to the new end.
    let longer = renew::moved(&a, &period("2027-01-01", Some("2031-12-31"))).expect("moved");
    assert_eq!(longer.step, Step::Months(0));
    assert_eq!(
        longer.agreement.meta.title, a.meta.title,
        "no whole-year step"
    );
    assert!(
        longer.moves[1..]
            .iter()
            .all(|m| m.from == date("2030-12-31") && m.to == date("2031-12-31"))
    );
}

#[test]
fn an_open_ended_period_moves_by_its_start() {
    let a = main_agreement();
    let open = renew::moved(&a, &period("2026-01-01", None)).expect("moved");
    assert_eq!(open.step, Step::Months(-12));
    assert_eq!(open.agreement.meta.period.to, None);
    // Without a new end, the dates at the old end move by the step like any other.
    for (m, (_, was)) in open.moves[1..].iter().zip(dates(&a)) {
        assert_eq!(m.to, Step::Months(-12).shift(was));
        assert!(!m.after_end);
    }
    assert_eq!(
        open.agreement.meta.title,
        "Samarbeidsavtale 2026–2029 (sak 12345)"
    );
    // From an open-ended period on, the old start is the only anchor.
    let again =
        renew::moved(&open.agreement, &period("2021-01-01", Some("2024-12-31"))).expect("moved");
    assert_eq!(again.step, Step::Months(-60));
    assert_eq!(renew::next_period(&open.agreement.meta.period), None);
}

#[test]
fn month_ends_and_leap_years_stay_month_ends() {
    let mut a = main_agreement();
    let goals = a
        .sections
        .iter_mut()
        .find_map(|s| s.goals.as_mut())
        .expect("goals");
    goals[0].deadline = Some(date("2028-02-29"));
    goals[1].deadline = Some(date("2027-02-28"));
    goals[2].deadline = Some(date("2027-06-30"));
    let back = renew::moved(&a, &period("2023-01-01", Some("2026-12-31"))).expect("moved");
    let goals = (back.agreement.sections.iter())
        .find_map(|s| s.goals.as_ref())
        .expect("goals");
    assert_eq!(goals[0].deadline, Some(date("2024-02-29")));
    assert_eq!(goals[1].deadline, Some(date("2023-02-28")));
    assert_eq!(goals[2].deadline, Some(date("2023-06-30")));
    // One year back from a leap day is the end of February; forward again, the leap day.
    let one = renew::moved(&a, &period("2026-01-01", Some("2029-12-31"))).expect("moved");
    let goals = (one.agreement.sections.iter())
        .find_map(|s| s.goals.as_ref())
        .expect("goals");
    assert_eq!(goals[0].deadline, Some(date("2027-02-28")));
    assert_eq!(goals[1].deadline, Some(date("2026-02-28")));
    // A start that is not on a month's boundary in the same way moves by days.
    let days = renew::moved(&a, &period("2027-01-11", Some("2031-01-10"))).expect("moved");
    assert_eq!(days.step, Step::Days(10));
    assert_eq!(days.agreement.meta.title, a.meta.title);
}

#[test]
fn a_period_that_ends_before_it_starts_is_refused() {
    let a = main_agreement();
    let err = renew::moved(&a, &period("2024-01-01", Some("2021-12-31"))).expect_err("refused");
    assert!(matches!(err, MoveError::EndsBeforeStart { .. }));
    let words = messages::move_error(&err, Locale::Nb);
    assert!(words.contains("slutter før den begynner"), "{words}");
}

fn info(message: &str) -> RevisionInfo {
    RevisionInfo {
        author: "Kari Nordmann".into(),
        time: Timestamp::parse("2026-12-16T10:00:00+01:00").expect("time"),
        message: message.into(),
        name: None,
    }
}

#[test]
fn a_signed_agreement_is_not_moved() {
    let mut a = main_agreement();
    workflow::commit(&mut a, info("Utkast"), None).expect("1");
    // The starter's placeholders are errors: signing it takes a reason to accept them.
    for status in [Status::TilGodkjenning, Status::Godkjent, Status::Signert] {
        let options = workflow::CommitOptions {
            status: Some(status),
            accept_errors: Some("Navnene fylles inn ved signering"),
            ..workflow::CommitOptions::default()
        };
        workflow::commit_with(&mut a, info("Status"), options).expect("status");
    }
    let before = a.clone();
    let err = workflow::move_period(&mut a, &period("2021-01-01", Some("2024-12-31")))
        .expect_err("frozen");
    assert_eq!(err, MoveError::Frozen(Status::Signert));
    assert_eq!(a, before, "a refused move changes nothing");
    assert!(messages::move_error(&err, Locale::Nn).contains("«Signert»"));
    // A draft is moved in place, its history kept.
    let mut draft = main_agreement();
    workflow::commit(&mut draft, info("Utkast"), None).expect("1");
    let moved = workflow::move_period(&mut draft, &period("2021-01-01", Some("2024-12-31")))
        .expect("moved");
    assert_eq!(draft.meta.period, moved.agreement.meta.period);
    assert_eq!(draft.history.revisions.len(), 1);
    assert_eq!(draft.history.verify(), Ok(()));
}

#[test]
fn renewal_is_a_move_to_the_next_period() {
    let a = main_agreement();
    let next = renew::next_period(&a.meta.period).expect("next");
    assert_eq!(next, period("2031-01-01", Some("2034-12-31")));
    let moved = renew::moved(&a, &next).expect("moved");
    assert_eq!(renew::renewed(&a), Some(moved.agreement.clone()));
    assert_eq!(
        moved.agreement.meta.title,
        "Samarbeidsavtale 2031–2034 (sak 12345)"
    );
}

#[test]
fn the_editor_offers_the_move_and_applies_it_as_one_undo_step() {
    let templates = TemplateSet::shipped().expect("templates");
    let a = main_agreement();
    let was = a.meta.period.clone();
    let mut doc = OpenDocument::new(a.clone(), None, true);
    for (field, value) in [
        ("meta.period.from", "2021-01-01"),
        ("meta.period.to", "2024-12-31"),
    ] {
        let edit = avtale_core::document::Edit::Set {
            path: field.into(),
            value: serde_json::json!(value),
        };
        doc.apply(&edit, Some(field), 0, &templates).expect("edit");
    }
    let offer = doc.period_move(&was, Locale::Nb).expect("offer");
    assert_eq!(offer.step, "6 år tilbake");
    assert_eq!(offer.moves[0].field, "meta.title");
    assert_eq!(offer.moves[0].to, "Samarbeidsavtale 2021–2024 (sak 12345)");
    assert_eq!(
        offer.moves.len(),
        dates(&a).len() + 1,
        "the period itself is not offered"
    );
    assert!(
        offer
            .moves
            .iter()
            .all(|m| m.place.contains(" › ") || m.field == "meta.title")
    );
    let undo_steps_before = doc.state().can_undo;
    assert!(undo_steps_before);
    assert!(doc.move_dates(&was).expect("moved"));
    let expected = renew::moved(&a, &period("2021-01-01", Some("2024-12-31"))).expect("moved");
    assert_eq!(doc.content().sections, expected.agreement.sections);
    assert_eq!(doc.agreement().meta.title, expected.agreement.meta.title);
    // One undo takes back the moved dates and keeps the new period.
    assert!(doc.undo());
    assert_eq!(doc.content().sections, a.sections);
    assert_eq!(
        doc.agreement().meta.period,
        period("2021-01-01", Some("2024-12-31"))
    );
    // Nothing left to move once the period is where the dates are.
    assert!(doc.redo());
    let none = doc
        .period_move(&doc.agreement().meta.period.clone(), Locale::Nb)
        .expect("offer");
    assert!(none.moves.is_empty());
}

/// A date that month steps move and move back exactly: the 1st to the 27th, or a month's end
/// (the 28th of a leap February becomes a month's end a year later, and goes back as the 29th).
fn month_date() -> impl Strategy<Value = Date> {
    (2000i32..2040, 1u32..=12, 0u32..=27).prop_map(|(y, m, d)| {
        if d == 0 {
            Date::from_ymd(y, m, 1)
                .expect("date")
                .first_of_next_month()
                .pred()
        } else {
            Date::from_ymd(y, m, d).expect("date")
        }
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Moving a month-aligned period by whole months and back gives the agreement back.
    #[test]
    fn moving_by_months_and_back_gives_the_original(
        (y, m, d) in (2000i32..2040, 1u32..=12, 1u32..=27),
        months in 1u32..=60,
        by in -120i32..=120,
        deadlines in proptest::collection::vec(month_date(), 0..6),
    ) {
        let mut a = main_agreement();
        let from = Date::from_ymd(y, m, d).expect("start");
        let end = Step::Months(i32::try_from(months).expect("months")).shift(from).pred();
        a.meta.period = Period { from, to: Some(end), renewal: None };
        a.meta.title = format!("Avtale {}–{}", from.year(), end.year());
        let goals = a.sections.iter_mut().find_map(|s| s.goals.as_mut()).expect("goals");
        *goals = deadlines.iter().map(|d| Goal {
            goal: "Mål".into(),
            indicator: "Andel".into(),
            target: "90 %".into(),
            deadline: Some(*d),
            responsible: None,
            baseline: None,
            source: String::new(),
            kind: None,
            shared: false,
        }).collect();
        let step = Step::Months(by);
        let new_from = step.shift(from);
        let new_end = Step::Months(i32::try_from(months).expect("months")).shift(new_from).pred();
        let there = renew::moved(&a, &Period { from: new_from, to: Some(new_end), renewal: None })
            .expect("there");
        prop_assert_eq!(there.step, step);
        let back = renew::moved(&there.agreement, &a.meta.period).expect("back");
        prop_assert_eq!(back.step, step.back());
        prop_assert_eq!(back.agreement, a);
    }
}
