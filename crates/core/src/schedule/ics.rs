//! The meeting calendar as an iCalendar file (RFC 5545), for Outlook, Google Calendar and the
//! like: the studies ask for meeting dates that can go into the parties' calendars
//! (`seed-sintef-2010-county-agreements.md` §4.2 R22).
//!
//! Choices:
//!
//! - **One `VEVENT` per meeting, no `RRULE`.** Dates move off holidays and skip breaks, so few
//!   series are exactly regular, and single events import the same everywhere.
//! - **Timed events in Europe/Oslo**, starting at [`IcsOptions::start`] (09:00 unless the caller
//!   says otherwise) and lasting the body's hours. The file carries a `VTIMEZONE` for
//!   Europe/Oslo (CET/CEST, the EU rule of the last Sunday in March and October), as RFC 5545
//!   §3.2.19 requires for every `TZID` used.
//! - **Stable UIDs**: a SHA-256 of the agreement's id, the body's section, name and occurrence
//!   among bodies of that name, and the date. Exporting again gives the same file, and a
//!   calendar that imported it updates its events instead of doubling them.
//! - **No clock**: `DTSTAMP` is passed in.
//! - **Regions**: a meeting of a body held in several regions has the region as its `LOCATION`,
//!   and the region in its UID (a body without regions keeps the UIDs it had).
//! - Labels in the description come from [`crate::messages`], in the agreement's language.
//!
//! Text values are escaped (backslash, semicolon, comma, newline; other control characters are
//! dropped), lines end in CRLF and are folded at 75 octets without splitting a UTF-8 character.

use std::fmt::Write;

use chrono::{Duration, NaiveDateTime, NaiveTime};
use sha2::{Digest, Sha256};

use crate::agreement::Agreement;
use crate::calendar::{BodySchedule, Calendar};
use crate::clause::Holder;
use crate::date::Date;
use crate::history::Timestamp;
use crate::lang::Locale;
use crate::messages::{self, Label};

/// The product identifier written in every file.
pub const PRODID: &str = "-//Avtale//Avtale meeting calendar//NO";

/// The time zone of every event.
pub const TIME_ZONE: &str = "Europe/Oslo";

/// The longest line in octets, CRLF not counted (RFC 5545 §3.1).
const MAX_LINE_OCTETS: usize = 75;

/// Europe/Oslo since 1996: CET in winter, CEST from the last Sunday in March to the last Sunday
/// in October.
const VTIMEZONE: &[&str] = &[
    "BEGIN:VTIMEZONE",
    "TZID:Europe/Oslo",
    "BEGIN:DAYLIGHT",
    "TZOFFSETFROM:+0100",
    "TZOFFSETTO:+0200",
    "TZNAME:CEST",
    "DTSTART:19700329T020000",
    "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
    "END:DAYLIGHT",
    "BEGIN:STANDARD",
    "TZOFFSETFROM:+0200",
    "TZOFFSETTO:+0100",
    "TZNAME:CET",
    "DTSTART:19701025T030000",
    "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
    "END:STANDARD",
    "END:VTIMEZONE",
];

/// What the caller decides: when the file is made, and when meetings start.
#[derive(Debug, Clone, PartialEq)]
pub struct IcsOptions {
    /// When the file is made (`DTSTAMP`); the core reads no clock.
    pub dtstamp: Timestamp,
    /// When every meeting starts, local time in Europe/Oslo.
    pub start: NaiveTime,
}

impl IcsOptions {
    /// Options with meetings starting at 09:00, the start of a working day that leaves travel
    /// time for a morning meeting.
    pub fn new(dtstamp: Timestamp) -> Self {
        Self {
            dtstamp,
            start: NaiveTime::from_hms_opt(9, 0, 0).unwrap_or(NaiveTime::MIN),
        }
    }
}

/// The calendar as an iCalendar file: CRLF line endings, folded lines, one event per meeting in
/// date order.
pub fn calendar_ics(agreement: &Agreement, calendar: &Calendar, options: &IcsOptions) -> String {
    let mut lines: Vec<String> = vec![
        "BEGIN:VCALENDAR".into(),
        "VERSION:2.0".into(),
        format!("PRODID:{PRODID}"),
        "CALSCALE:GREGORIAN".into(),
        "METHOD:PUBLISH".into(),
        format!("X-WR-CALNAME:{}", escape_text(&agreement.meta.title)),
        format!("X-WR-TIMEZONE:{TIME_ZONE}"),
    ];
    lines.extend(VTIMEZONE.iter().map(|l| (*l).to_owned()));
    let dtstamp = options
        .dtstamp
        .0
        .naive_utc()
        .format("%Y%m%dT%H%M%SZ")
        .to_string();
    for year in &calendar.years {
        for meeting in &year.meetings {
            let Some(body) = calendar.bodies.get(meeting.body as usize) else {
                continue;
            };
            let event = Event {
                agreement,
                calendar,
                body,
                date: meeting.date,
                region: meeting.region.as_deref(),
            };
            lines.extend(event.lines(&dtstamp, options.start));
        }
    }
    lines.push("END:VCALENDAR".into());
    lines.iter().map(|l| fold_line(l)).collect()
}

/// One meeting of one body.
struct Event<'a> {
    agreement: &'a Agreement,
    calendar: &'a Calendar,
    body: &'a BodySchedule,
    date: Date,
    region: Option<&'a str>,
}

impl Event<'_> {
    fn lines(&self, dtstamp: &str, start: NaiveTime) -> Vec<String> {
        let begin = NaiveDateTime::new(self.date.naive(), start);
        let minutes = (self.body.hours * 60.0).round() as i64;
        let end = begin + Duration::minutes(minutes.max(1));
        let mut lines = vec![
            "BEGIN:VEVENT".into(),
            format!("UID:{}", self.uid()),
            format!("DTSTAMP:{dtstamp}"),
            format!("DTSTART;TZID={TIME_ZONE}:{}", local(begin)),
            format!("DTEND;TZID={TIME_ZONE}:{}", local(end)),
            format!("SUMMARY:{}", escape_text(&self.body.name)),
        ];
        if let Some(region) = self.region {
            lines.push(format!("LOCATION:{}", escape_text(region)));
        }
        lines.push(format!("DESCRIPTION:{}", escape_text(&self.description())));
        lines.push("END:VEVENT".into());
        lines
    }

    /// A stable UID: the same agreement, body and date always give the same UID.
    fn uid(&self) -> String {
        let body = self.body;
        let occurrence = self
            .calendar
            .bodies
            .iter()
            .take_while(|b| !std::ptr::eq(*b, body))
            .filter(|b| b.section == body.section && b.name == body.name)
            .count();
        let mut key = format!(
            "{}\n{}\n{}\n{occurrence}\n{}",
            self.calendar.agreement_id, body.section, body.name, self.date
        );
        if let Some(region) = self.region {
            key.push('\n');
            key.push_str(region);
        }
        let digest = Sha256::digest(key.as_bytes());
        let hex = digest
            .iter()
            .take(16)
            .fold(String::with_capacity(32), |mut out, b| {
                let _ = write!(out, "{b:02x}");
                out
            });
        format!("{hex}@avtale")
    }

    /// Level, chair, members, cadence and purpose, one per line, labelled in the agreement's
    /// language.
    fn description(&self) -> String {
        let lang = self.agreement.meta.language;
        let l = Locale::from(lang);
        let body = self.body;
        let mut rows: Vec<(Label, String)> = Vec::new();
        if let Some(level) = body.level {
            rows.push((Label::Level, messages::level(level, l)));
        }
        if let Some(chair) = &body.chair {
            rows.push((Label::Chair, self.holder(chair, l)));
        }
        if !body.members.is_empty() {
            let members: Vec<String> = body
                .members
                .iter()
                .map(|m| match &m.party {
                    Some(party) => format!("{} ({})", m.role, self.agreement.party_name(party)),
                    None => m.role.clone(),
                })
                .collect();
            rows.push((Label::Members, members.join("; ")));
        }
        if let Some(cadence) = &body.cadence {
            rows.push((Label::Cadence, messages::cadence(cadence, l)));
        }
        let purpose = self
            .agreement
            .section(&body.section)
            .and_then(|s| s.meetings.as_ref())
            .and_then(|m| m.get(body.index as usize))
            .map(|m| m.purpose.trim())
            .unwrap_or_default();
        if !purpose.is_empty() {
            rows.push((Label::Purpose, purpose.to_owned()));
        }
        rows.iter()
            .map(|(label, value)| format!("{}: {value}", messages::label(*label, lang)))
            .collect::<Vec<_>>()
            .join("\n")
    }

    fn holder(&self, holder: &Holder, l: Locale) -> String {
        match holder {
            Holder::Party(id) => self.agreement.party_name(id),
            Holder::Alternating(ids) => {
                let names: Vec<String> =
                    ids.iter().map(|id| self.agreement.party_name(id)).collect();
                format!(
                    "{} {}",
                    messages::alternating(l),
                    messages::join_list(&names, l)
                )
            }
        }
    }
}

/// A local date-time in iCalendar form: `20270318T090000`.
fn local(at: NaiveDateTime) -> String {
    at.format("%Y%m%dT%H%M%S").to_string()
}

/// Escapes a TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma and newline; CR and
/// other control characters except tab are dropped.
fn escape_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push(c),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// One content line, folded at 75 octets (RFC 5545 §3.1) on character boundaries, with CRLF
/// after each physical line; a continuation line starts with a space.
fn fold_line(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + line.len() / MAX_LINE_OCTETS * 3 + 2);
    let mut octets = 0;
    for c in line.chars() {
        if octets + c.len_utf8() > MAX_LINE_OCTETS {
            out.push_str("\r\n ");
            octets = 1;
        }
        out.push(c);
        octets += c.len_utf8();
    }
    out.push_str("\r\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_escaped() {
        assert_eq!(
            escape_text("a\\b; c, d\ne\r\nf\u{7}g\th"),
            "a\\\\b\\; c\\, d\\ne\\nfg\th"
        );
    }

    #[test]
    fn short_lines_are_not_folded() {
        assert_eq!(fold_line("SUMMARY:Møte"), "SUMMARY:Møte\r\n");
        let exact = "X".repeat(75);
        assert_eq!(fold_line(&exact), format!("{exact}\r\n"));
    }

    #[test]
    fn long_lines_fold_at_75_octets() {
        let line = "D".repeat(200);
        let folded = fold_line(&line);
        let physical: Vec<&str> = folded.split_terminator("\r\n").collect();
        assert_eq!(physical.len(), 3);
        assert!(physical.iter().all(|l| l.len() <= 75));
        assert_eq!(physical.first().map(|l| l.len()), Some(75));
        assert!(physical.iter().skip(1).all(|l| l.starts_with(' ')));
        let unfolded = folded.replace("\r\n ", "").replace("\r\n", "");
        assert_eq!(unfolded, line);
    }

    #[test]
    fn folding_never_splits_a_character() {
        // ASCII prefixes of 70–75 octets put each of æøå, € (3 octets) and 𝄞 (4) on the fold.
        for prefix in 70..76 {
            let line = format!("{}æøåÆØÅ€𝄞 æøå", "a".repeat(prefix));
            let folded = fold_line(&line);
            for physical in folded.split_terminator("\r\n") {
                assert!(physical.len() <= 75, "{physical:?}");
            }
            let unfolded = folded.replace("\r\n ", "").replace("\r\n", "");
            assert_eq!(unfolded, line, "prefix {prefix}");
        }
        let line = format!("{}å", "a".repeat(74));
        assert_eq!(fold_line(&line), format!("{}\r\n å\r\n", "a".repeat(74)));
    }
}
