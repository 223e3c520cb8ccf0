use chrono::NaiveDate;

use super::*;
use crate::agreement::SectionId;
use crate::followup::log::{
    ContactConfirmed, Entry, EvaluationHeld, GoalFigure, MeasureUpdate, ReportGiven,
};
use crate::history::Timestamp;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).expect("a day")
}

fn example() -> Agreement {
    let text = include_str!("../../../../../examples/hovedavtale-vestland.avtale.yaml");
    crate::format::agreement_from_str(text, "example").expect("example")
}

fn at(text: &str) -> Timestamp {
    Timestamp::parse(text).expect("a time")
}

fn status(a: &mut Agreement, when: &str, measure: &str, status: MeasureStatus, note: &str) {
    a.record(Entry {
        at: at(when),
        by: "Kari".into(),
        what: Followed::Measure(MeasureUpdate {
            section: SectionId("kompetanse".into()),
            measure: measure.into(),
            status,
            note: note.into(),
        }),
    });
}

fn set_deadline(a: &mut Agreement, measure: &str, day: NaiveDate) {
    let m = a
        .sections
        .iter_mut()
        .flat_map(|s| s.measures.iter_mut().flatten())
        .find(|m| m.name == measure)
        .expect("the measure");
    m.deadline = Some(Date::from(day));
}

fn measure<'a>(o: &'a Overview, name: &str) -> &'a MeasureState {
    o.measures.iter().find(|m| m.name == name).expect("listed")
}

#[test]
fn the_latest_status_counts_and_a_measure_without_one_is_planned() {
    let mut a = example();
    let o = overview(&a, d(2027, 3, 1), 90, Locale::Nb);
    assert_eq!(measure(&o, "Hospitering").status, MeasureStatus::Planlagt);
    assert_eq!(measure(&o, "Hospitering").updated, None);
    status(
        &mut a,
        "2027-02-01T09:00:00+01:00",
        "Hospitering",
        MeasureStatus::Pagar,
        "",
    );
    status(
        &mut a,
        "2027-04-03T09:00:00+02:00",
        "hospitering",
        MeasureStatus::Forsinket,
        "Venter på avtale med skolene",
    );
    let o = overview(&a, d(2027, 4, 10), 90, Locale::Nb);
    let m = measure(&o, "Hospitering");
    assert_eq!(m.status, MeasureStatus::Forsinket);
    assert_eq!(m.note, "Venter på avtale med skolene");
    assert_eq!(m.updated, Date::from_ymd(2027, 4, 3));
    assert_eq!(m.by.as_deref(), Some("Kari"));
    // The log keeps every status: two entries, oldest first.
    assert_eq!(a.followup.len(), 2);
}

#[test]
fn a_deadline_today_is_coming_and_yesterday_is_late() {
    let mut a = example();
    set_deadline(&mut a, "Hospitering", d(2027, 6, 30));
    let today = overview(&a, d(2027, 6, 30), 90, Locale::Nb);
    assert!(!measure(&today, "Hospitering").late);
    assert!(
        today
            .late
            .iter()
            .all(|r| !matches!(&r.kind, ReminderKind::Measure { .. }))
    );
    let due = today
        .coming
        .iter()
        .find(|r| matches!(&r.kind, ReminderKind::Measure { measure, .. } if measure == "Hospitering"))
        .expect("coming");
    assert_eq!(due.days, 0);
    assert!(due.message.contains("i dag"), "{}", due.message);

    let next_day = overview(&a, d(2027, 7, 1), 90, Locale::Nb);
    assert!(measure(&next_day, "Hospitering").late);
    let late = next_day
        .late
        .iter()
        .find(|r| matches!(&r.kind, ReminderKind::Measure { .. }))
        .expect("late");
    assert_eq!(late.days, -1);
    assert_eq!(
        late.message,
        "Tiltaket «Hospitering» skulle vært ferdig i går (30. juni 2027), men står som planlagt."
    );
}

#[test]
fn a_done_or_stopped_measure_is_never_late() {
    let mut a = example();
    set_deadline(&mut a, "Hospitering", d(2027, 6, 30));
    status(
        &mut a,
        "2027-06-29T12:00:00+02:00",
        "Hospitering",
        MeasureStatus::Ferdig,
        "",
    );
    let o = overview(&a, d(2028, 1, 1), 90, Locale::Nb);
    assert!(!measure(&o, "Hospitering").late);
    status(
        &mut a,
        "2027-07-02T12:00:00+02:00",
        "Hospitering",
        MeasureStatus::Stoppet,
        "",
    );
    assert!(!measure(&overview(&a, d(2028, 1, 1), 90, Locale::Nb), "Hospitering").late);
    status(
        &mut a,
        "2027-07-03T12:00:00+02:00",
        "Hospitering",
        MeasureStatus::Pagar,
        "",
    );
    assert!(measure(&overview(&a, d(2028, 1, 1), 90, Locale::Nb), "Hospitering").late);
}

#[test]
fn a_deadline_on_leap_day_is_late_the_day_after() {
    let mut a = example();
    set_deadline(&mut a, "Hospitering", d(2028, 2, 29));
    assert!(!measure(&overview(&a, d(2028, 2, 29), 90, Locale::Nb), "Hospitering").late);
    assert!(measure(&overview(&a, d(2028, 3, 1), 90, Locale::Nb), "Hospitering").late);
}

#[test]
fn a_contact_confirmed_on_leap_day_is_due_a_year_later_on_the_28th() {
    let mut a = example();
    a.sections
        .iter_mut()
        .find_map(|s| s.signatures.as_mut())
        .expect("signatures")
        .signed
        .push(crate::clause::Signing {
            party: crate::agreement::PartyId("nav".into()),
            date: Date::from_ymd(2027, 1, 15).expect("day"),
            place: "Bergen".into(),
        });
    // A year after signing, nobody confirmed: every named contact is reminded of.
    let unconfirmed = |a: &Agreement, day| {
        looking_back(a, day, Locale::Nb)
            .into_iter()
            .filter_map(|r| match r.kind {
                ReminderKind::ContactUnconfirmed { name } => Some(name),
                _ => None,
            })
            .collect::<Vec<_>>()
    };
    assert!(
        unconfirmed(&a, d(2028, 1, 15)).is_empty(),
        "a year to the day is not late"
    );
    assert!(unconfirmed(&a, d(2028, 1, 16)).contains(&"Ingrid Haugland".to_owned()));
    a.record(Entry {
        at: at("2028-02-29T10:00:00+01:00"),
        by: "Ola".into(),
        what: Followed::Contact(ContactConfirmed {
            name: "ingrid  haugland".into(),
            date: Date::from_ymd(2028, 2, 29).expect("leap day"),
        }),
    });
    assert!(!unconfirmed(&a, d(2029, 2, 28)).contains(&"Ingrid Haugland".to_owned()));
    let late = unconfirmed(&a, d(2029, 3, 1));
    assert!(late.contains(&"Ingrid Haugland".to_owned()), "{late:?}");
    assert!(late.contains(&"Sigrid Bø".to_owned()), "{late:?}");
}

#[test]
fn a_draft_has_no_contacts_to_confirm() {
    let a = example();
    assert!(
        looking_back(&a, d(2030, 1, 1), Locale::Nb)
            .iter()
            .all(|r| !matches!(r.kind, ReminderKind::ContactUnconfirmed { .. }))
    );
}

#[test]
fn a_tertial_report_is_late_until_it_is_given() {
    let mut a = example();
    // Three times a year from 1 December 2026: due 1 April, 1 August, 1 December.
    let report = |o: &Overview| {
        o.reports
            .iter()
            .find(|r| r.report.starts_with("Statusrapport"))
            .cloned()
            .expect("report")
    };
    let o = overview(&a, d(2027, 4, 1), 90, Locale::Nb);
    assert_eq!(report(&o).missed, None, "due today is not late");
    assert_eq!(report(&o).next, Date::from_ymd(2027, 4, 1));
    let o = overview(&a, d(2027, 4, 2), 90, Locale::Nb);
    assert_eq!(report(&o).missed, Date::from_ymd(2027, 4, 1));
    assert!(
        o.late
            .iter()
            .any(|r| matches!(&r.kind, ReminderKind::Report { .. }))
    );
    let name = report(&o).report;
    a.record(Entry {
        at: at("2027-04-05T10:00:00+02:00"),
        by: "Ola".into(),
        what: Followed::Report(ReportGiven {
            report: name,
            date: Date::from_ymd(2027, 4, 5).expect("day"),
            note: String::new(),
        }),
    });
    let o = overview(&a, d(2027, 4, 6), 90, Locale::Nb);
    assert_eq!(report(&o).missed, None);
    assert_eq!(report(&o).last, Date::from_ymd(2027, 4, 5));
    // The next due day passes without a report: late again.
    let o = overview(&a, d(2027, 8, 2), 90, Locale::Nb);
    assert_eq!(report(&o).missed, Date::from_ymd(2027, 8, 1));
}

#[test]
fn an_evaluation_is_late_until_one_is_recorded() {
    let mut a = example();
    let late = |a: &Agreement, day| {
        looking_back(a, day, Locale::Nb)
            .into_iter()
            .any(|r| matches!(r.kind, ReminderKind::Evaluation(_)))
    };
    assert!(!late(&a, d(2027, 11, 1)));
    assert!(late(&a, d(2027, 11, 2)));
    a.record(Entry {
        at: at("2027-11-20T10:00:00+01:00"),
        by: "Ola".into(),
        what: Followed::Evaluation(EvaluationHeld {
            section: SectionId("evaluering".into()),
            date: Date::from_ymd(2027, 11, 20).expect("day"),
            note: "Evaluert – ingen endring".into(),
        }),
    });
    assert!(!late(&a, d(2027, 11, 21)));
    assert!(late(&a, d(2028, 11, 2)), "a year later the next one is due");
}

#[test]
fn the_latest_figure_of_a_goal_is_by_its_day() {
    let mut a = example();
    let goal = "Flere fullfører videregående opplæring";
    for (recorded, day, value) in [
        ("2027-09-01T10:00:00+02:00", (2027, 6, 30), "81 prosent"),
        ("2027-09-02T10:00:00+02:00", (2026, 6, 30), "79 prosent"),
    ] {
        a.record(Entry {
            at: at(recorded),
            by: "Ola".into(),
            what: Followed::Figure(GoalFigure {
                section: SectionId("mal".into()),
                goal: goal.into(),
                value: value.into(),
                date: Date::from_ymd(day.0, day.1, day.2).expect("day"),
                note: String::new(),
            }),
        });
    }
    let o = overview(&a, d(2027, 10, 1), 90, Locale::Nb);
    let g = o.goals.iter().find(|g| g.goal == goal).expect("goal");
    assert_eq!(
        g.latest.as_ref().map(|f| f.value.as_str()),
        Some("81 prosent")
    );
    assert_eq!(g.target, "fem prosentpoeng");
}

#[test]
fn a_changed_signatory_since_signing_is_reminded_of() {
    let mut a = example();
    a.meta.status = Status::Signert;
    a.record_revision(crate::history::RevisionInfo {
        author: "Kari".into(),
        time: at("2027-01-15T10:00:00+01:00"),
        message: "Signert".into(),
        name: None,
    });
    let changed = |a: &Agreement| {
        looking_back(a, d(2027, 6, 1), Locale::Nb)
            .into_iter()
            .filter(|r| matches!(r.kind, ReminderKind::SignatoryChanged(_)))
            .map(|r| r.message)
            .collect::<Vec<_>>()
    };
    assert!(changed(&a).is_empty());
    a.parties[0].signatory.as_mut().expect("signatory").name = "Nils Dale".into();
    let found = changed(&a);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(
        found[0].contains("Kari Nordmann") && found[0].contains("Nils Dale"),
        "{}",
        found[0]
    );
}

#[test]
fn the_log_is_kept_in_the_file_and_outside_the_revision_hash() {
    let mut a = example();
    let first = a.record_revision(crate::history::RevisionInfo {
        author: "Kari".into(),
        time: at("2027-01-15T10:00:00+01:00"),
        message: "Første".into(),
        name: None,
    });
    let revision = a.history.revision(first).expect("revision").clone();
    status(
        &mut a,
        "2027-02-01T09:00:00+01:00",
        "Hospitering",
        MeasureStatus::Forsinket,
        "Sykdom",
    );
    let text = crate::format::agreement_to_string(&a);
    assert!(text.contains("followup:"), "{text}");
    let back = crate::format::agreement_from_str(&text, "x").expect("reads back");
    assert_eq!(back, a);
    assert_eq!(back.history.revision(first), Some(&revision));
    assert!(back.history.verify().is_ok());
    assert_eq!(
        back.committed_revision().map(|r| r.number),
        Some(first),
        "no change to the agreed text"
    );
}

#[test]
fn a_recorded_status_survives_undo_edits_and_a_restore_and_waits_to_be_saved() {
    use crate::document::{Edit, OpenDocument};
    let templates = crate::TemplateSet::shipped().expect("templates");
    let mut a = example();
    a.record_revision(crate::history::RevisionInfo {
        author: "Kari".into(),
        time: at("2027-01-15T10:00:00+01:00"),
        message: "Første".into(),
        name: None,
    });
    let mut doc = OpenDocument::new(a, Some("x.avtale.yaml".into()), true);
    doc.apply(
        &Edit::Set {
            path: "meta.title".into(),
            value: serde_json::json!("Ny tittel"),
        },
        None,
        0,
        &templates,
    )
    .expect("edit");
    doc.mark_saved("x.avtale.yaml".into());
    assert!(!doc.unsaved());
    doc.record(Entry {
        at: at("2027-02-01T09:00:00+01:00"),
        by: "Kari".into(),
        what: Followed::Measure(MeasureUpdate {
            section: SectionId("kompetanse".into()),
            measure: "Hospitering".into(),
            status: MeasureStatus::Forsinket,
            note: "Sykdom".into(),
        }),
    });
    assert!(doc.unsaved(), "a recorded status waits to be saved");
    assert!(
        doc.content().followup.is_empty(),
        "the editor's content holds no log"
    );
    // Undo takes back the title, not the status.
    assert!(doc.undo());
    assert_eq!(doc.agreement().followup.len(), 1);
    doc.apply(
        &Edit::Set {
            path: String::new(),
            value: serde_json::to_value(doc.content()).expect("json"),
        },
        None,
        10_000,
        &templates,
    )
    .expect("whole content set");
    assert_eq!(
        doc.agreement().followup.len(),
        1,
        "setting the whole content keeps the log"
    );
    doc.restore(
        1,
        crate::history::RevisionInfo {
            author: "Kari".into(),
            time: at("2027-03-01T10:00:00+01:00"),
            message: "Tilbake".into(),
            name: None,
        },
    )
    .expect("restore");
    assert_eq!(doc.agreement().followup.len(), 1, "a restore keeps the log");
    doc.mark_saved("x.avtale.yaml".into());
    assert!(!doc.unsaved());
}
