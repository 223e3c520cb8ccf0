//! The meeting calendar of the example agreement: its iCalendar file matches the golden file
//! (run with `UPDATE_GOLDEN=1` to accept a change) and parses with a real iCalendar parser.

use std::path::Path;
use std::str::FromStr;

use avtale_core::Agreement;
use avtale_core::calendar::{self, Calendar};
use avtale_core::format::agreement_from_str;
use avtale_core::history::Timestamp;
use avtale_core::ics::{self, IcsOptions};
use avtale_tests::assert_golden;
use icalendar::{CalendarComponent, CalendarDateTime, Component, DatePerhapsTime};

fn example() -> Agreement {
    let path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../examples/hovedavtale-vestland.avtale.yaml");
    let text = std::fs::read_to_string(&path).expect("example readable");
    agreement_from_str(&text, "hovedavtale-vestland.avtale.yaml").expect("example loads")
}

fn options() -> IcsOptions {
    IcsOptions::new(Timestamp::parse("2026-11-24T10:00:00+01:00").expect("timestamp"))
}

fn ics_of(agreement: &Agreement) -> (Calendar, String) {
    let calendar = calendar::calendar(agreement).expect("calendar");
    let text = ics::calendar_ics(agreement, &calendar, &options());
    (calendar, text)
}

#[test]
fn example_ics_matches_golden_and_is_stable() {
    let agreement = example();
    let (_, first) = ics_of(&agreement);
    let (_, second) = ics_of(&agreement);
    assert_eq!(first, second, "exporting twice gives the same file");
    assert_golden("hovedavtale-vestland.ics", &first);
}

#[test]
fn example_ics_is_well_formed() {
    let (_, text) = ics_of(&example());
    assert!(text.ends_with("END:VCALENDAR\r\n"));
    for line in text.split_terminator("\r\n") {
        assert!(line.len() <= 75, "line over 75 octets: {line:?}");
        assert!(
            !line.contains('\n') && !line.contains('\r'),
            "bare line break: {line:?}"
        );
    }
    assert_eq!(text.matches("BEGIN:VTIMEZONE").count(), 1);
}

#[test]
fn example_ics_parses_with_a_real_parser() {
    let agreement = example();
    let (calendar, text) = ics_of(&agreement);
    let parsed = icalendar::Calendar::from_str(&text).expect("the icalendar crate parses it");
    let events: Vec<&icalendar::Event> = parsed
        .components
        .iter()
        .filter_map(|c| match c {
            CalendarComponent::Event(e) => Some(e),
            _ => None,
        })
        .collect();
    let meetings: usize = calendar.bodies.iter().map(|b| b.dates.len()).sum();
    assert!(
        calendar.bodies.iter().all(|b| !b.dates.is_empty()),
        "every body of the example meets"
    );
    assert_eq!(events.len(), meetings);
    let mut uids: Vec<&str> = events.iter().filter_map(|e| e.get_uid()).collect();
    uids.sort_unstable();
    uids.dedup();
    assert_eq!(uids.len(), meetings, "every UID is unique");
    let first_meeting = calendar
        .years
        .iter()
        .flat_map(|y| &y.meetings)
        .next()
        .expect("a first meeting");
    let first = events.first().expect("a first event");
    assert_eq!(first.get_summary(), Some(first_meeting.name.as_str()));
    match first.get_start() {
        Some(DatePerhapsTime::DateTime(CalendarDateTime::WithTimezone { date_time, tzid })) => {
            assert_eq!(tzid, "Europe/Oslo");
            assert_eq!(date_time.date(), first_meeting.date.naive());
            assert_eq!(date_time.time().to_string(), "09:00:00");
        }
        other => panic!("unexpected start {other:?}"),
    }
    let description = first.get_description().expect("description");
    assert!(description.contains("Møteleder"), "{description}");
}

#[test]
fn text_survives_escaping_through_a_parser() {
    let mut agreement = example();
    let tricky = "Møte, felles; NAV\\OT – æøå ÆØÅ «sitat» og en svært lang tekst som må brettes over flere linjer";
    let body = agreement
        .sections
        .iter_mut()
        .find_map(|s| s.meetings.as_mut())
        .and_then(|m| m.first_mut())
        .expect("a meeting body");
    body.name = tricky.into();
    let (_, text) = ics_of(&agreement);
    assert!(text.contains("SUMMARY:Møte\\, felles\\; NAV\\\\OT"));
    let parsed = icalendar::Calendar::from_str(&text).expect("parses");
    let summaries: Vec<String> = parsed
        .components
        .iter()
        .filter_map(|c| match c {
            CalendarComponent::Event(e) => e.get_summary().map(str::to_owned),
            _ => None,
        })
        .collect();
    let unescaped = |s: &str| {
        s.replace("\\,", ",")
            .replace("\\;", ";")
            .replace("\\\\", "\\")
    };
    assert!(
        summaries.iter().any(|s| unescaped(s) == tricky),
        "{:?}",
        summaries.first()
    );
}
