//! The text and the data never disagree. Live references (`[[periodens slutt]]`) must point at
//! something the agreement has (AV042). Hand-written words that repeat the data are compared
//! with it: dates outside the period or deadlines before it starts (AV043), a cadence that is
//! not the meeting body's (AV044), and a NAV unit, county authority or leader's title that is
//! none of the parties or signatories (AV045). Each of those points at the words and offers to
//! replace them with the live reference, so they cannot go stale again.
//!
//! Why: the first users re-entering agreements from earlier periods printed "innen 31. desember
//! 2030" in an agreement for 2021–2024 and "hver 6. uke" beside a cadence of four times a year
//! (issue 14); the studies name dates that do not agree and meetings whose cadence is unclear
//! among the reasons agreements are not followed (SINTEF 2010 §4.2 R13, R17; IRIS 2017 §2.3).

use super::{Finding, Findings};
use crate::agreement::{Agreement, PartyId, PartyKind, Section};
use crate::clause::MeetingBody;
use crate::date::Date;
use crate::fix::Fix;
use crate::language::phrases::{self, Organisation, Written};
use crate::render::reference::{self, Base, Offset, Reference, Values};

/// What these checks find in one section's text, whatever the rest of the agreement says:
/// kept per section between runs, so a keystroke re-reads only the section it changed.
#[derive(Debug, Clone, Default)]
pub(super) struct Reading {
    references: Vec<reference::Found>,
    dates: Vec<phrases::WrittenDate>,
    cadences: Vec<phrases::WrittenCadence>,
    organisations: Vec<phrases::WrittenName>,
    titles: Vec<phrases::WrittenTitle>,
}

/// Reads a section's text for [`check`].
pub(super) fn read_section(section: &Section) -> Reading {
    let text = &section.text;
    if text.trim().is_empty() {
        return Reading::default();
    }
    Reading {
        references: reference::find(text),
        dates: phrases::dates(text),
        cadences: phrases::cadences(text),
        organisations: phrases::organisations(text),
        titles: phrases::titles(text),
    }
}

/// Weighs what each section's text says (`readings`, in section order) against the data.
pub(super) fn check(f: &mut Findings<'_>, readings: &[&Reading]) {
    let agreement = f.agreement;
    let values = Values::of(agreement);
    // What the text is weighed against, gathered once for all sections.
    let bodies: Vec<&MeetingBody> = agreement
        .sections
        .iter()
        .flat_map(|s| s.meetings.iter().flatten())
        .filter(|b| !b.name.trim().is_empty())
        .collect();
    let signing: Vec<(&PartyId, String)> = agreement
        .parties
        .iter()
        .filter_map(|p| Some((&p.id, p.signatory.as_ref()?.title.to_lowercase())))
        .filter(|(_, t)| !t.trim().is_empty())
        .collect();
    for ((index, section), reading) in agreement.sections.iter().enumerate().zip(readings) {
        broken(f, index, section, &reading.references, values);
        dates(f, index, section, &reading.dates, values);
        cadences(f, index, section, &reading.cadences, &bodies, values);
        names(f, index, section, reading, &signing, values);
    }
}

/// AV042: a `[[…]]` that is no reference, or points at nothing.
fn broken(
    f: &mut Findings<'_>,
    index: usize,
    section: &Section,
    found: &[reference::Found],
    values: Values<'_>,
) {
    for found in found {
        let written = section.text[found.range.clone()].to_owned();
        let known = found
            .reference
            .as_ref()
            .is_some_and(|r| values.value(r).is_some());
        if !known {
            f.in_section(
                index,
                "text",
                Finding::BrokenReference {
                    written,
                    known: found.reference.is_some(),
                },
            );
        }
    }
}

/// The fix that puts a reference where the words are.
fn use_reference(
    values: Values<'_>,
    section: &Section,
    range: std::ops::Range<usize>,
    r: &Reference,
) -> Fix {
    Fix::UseReference {
        shows: values.value(r).unwrap_or_else(|| r.written()),
        section: section.id.clone(),
        start: u32::try_from(range.start).unwrap_or(u32::MAX),
        words: section.text[range].to_owned(),
        reference: r.written(),
    }
}

/// AV043: a date written in the text that lies after the period, or a deadline before it.
fn dates(
    f: &mut Findings<'_>,
    index: usize,
    section: &Section,
    found: &[phrases::WrittenDate],
    values: Values<'_>,
) {
    let agreement = f.agreement;
    let period = &agreement.meta.period;
    let (first, last) = (period.from, period.to);
    for written in found {
        let (start, end) = match written.date {
            Written::Day(d) => (d, d),
            Written::Month { year, month } => {
                let Some(start) = Date::from_ymd(year, month, 1) else {
                    continue;
                };
                (start, start.first_of_next_month().pred())
            }
            Written::Year(y) => match (Date::from_ymd(y, 1, 1), Date::from_ymd(y, 12, 31)) {
                (Some(a), Some(b)) => (a, b),
                _ => continue,
            },
        };
        let after = last.is_some_and(|to| start > to);
        let before = written.deadline && end < first;
        if !after && !before {
            continue;
        }
        let words = section.text[written.range.clone()].to_owned();
        f.in_section(
            index,
            "text",
            Finding::DateInTextOutsidePeriod { words, after },
        );
        let fix = suggested_date(agreement, section, written)
            .map(|r| use_reference(values, section, written.range.clone(), &r));
        f.with_fix(fix);
    }
}

/// The reference a stale date most likely stood for: the next evaluation where the sentence
/// is about it; else the period date with the same day and month, the smallest whole number of
/// months from the period's start or end; a year becomes the first or last year.
fn suggested_date(
    agreement: &Agreement,
    section: &Section,
    written: &phrases::WrittenDate,
) -> Option<Reference> {
    let period = &agreement.meta.period;
    let date = match written.date {
        Written::Day(d) => d,
        Written::Month { .. } => return None,
        Written::Year(y) => {
            // In a range of years ("2027–2030") the first stood for the first year and the
            // second for the last, whichever side of the period they fall on.
            let first = match year_range_side(&section.text, written.range.clone()) {
                Some(first) => first,
                None => y < period.from.year(),
            };
            return if first {
                Some(Reference::FirstYear)
            } else {
                period.to.map(|_| Reference::LastYear)
            };
        }
    };
    let sentence = &section.text[phrases::sentence_around(&section.text, written.range.start)];
    if section
        .evaluation
        .as_ref()
        .is_some_and(|e| e.next.is_some())
        && sentence.to_lowercase().contains("evaluering")
    {
        return Some(Reference::NextEvaluation);
    }
    let span = period
        .length()
        .map_or(0, |l| i32::try_from(l.months).unwrap_or(0));
    let same_day =
        |d: Option<Date>| d.is_some_and(|d| (d.day(), d.month()) == (date.day(), date.month()));
    let mut best: Option<(i32, Reference)> = None;
    for months in 0..=span.max(0) {
        for (base, sign, from) in [
            (Base::Start, 1, Some(period.from)),
            (Base::End, -1, period.to),
        ] {
            let offset = Offset {
                months: months * sign,
                days: 0,
            };
            if let Some(from) = from
                && same_day(offset.apply(from))
                && best.as_ref().is_none_or(|(m, _)| months < *m)
            {
                best = Some((months, Reference::PeriodDate(base, offset)));
            }
        }
        if best.is_some() {
            break;
        }
    }
    best.map(|(_, r)| r)
}

/// Whether the year at `range` opens a range of years (`Some(true)`: "2027" in "2027–2030"),
/// closes one (`Some(false)`), or stands alone (`None`). A hyphen or dash joins them, with or
/// without spaces.
fn year_range_side(text: &str, range: std::ops::Range<usize>) -> Option<bool> {
    let is_year = |s: &str| s.len() == 4 && s.bytes().all(|b| b.is_ascii_digit());
    let dash = |c: char| matches!(c, '-' | '–' | '—');
    let after = text[range.end..].trim_start();
    if let Some(rest) = after.strip_prefix(dash) {
        let rest = rest.trim_start();
        if rest.get(..4).is_some_and(is_year) {
            return Some(true);
        }
    }
    let before = text[..range.start].trim_end();
    if let Some(rest) = before.strip_suffix(dash) {
        let rest = rest.trim_end();
        if rest.len() >= 4 && rest.get(rest.len() - 4..).is_some_and(is_year) {
            return Some(false);
        }
    }
    None
}

/// AV044: a cadence in a sentence about a meeting body that is not the body's cadence.
fn cadences(
    f: &mut Findings<'_>,
    index: usize,
    section: &Section,
    found: &[phrases::WrittenCadence],
    bodies: &[&MeetingBody],
    values: Values<'_>,
) {
    if bodies.is_empty() {
        return;
    }
    for written in found {
        let sentence = &section.text[phrases::sentence_around(&section.text, written.range.start)];
        let mut about = bodies
            .iter()
            .filter(|b| phrases::mentions(sentence, &b.name));
        let (Some(body), None) = (about.next(), about.next()) else {
            continue;
        };
        let Some(cadence) = &body.cadence else {
            continue;
        };
        let same = match (cadence.per_year(), written.cadence.per_year()) {
            (Some(a), Some(b)) => (a - b).abs() < 0.5,
            _ => true,
        };
        if same {
            continue;
        }
        let reference = Reference::Cadence(body.name.trim().to_owned());
        let Some(in_data) = values.value(&reference) else {
            continue;
        };
        let words = section.text[written.range.clone()].to_owned();
        f.in_section(
            index,
            "text",
            Finding::CadenceInTextDiffers {
                words,
                body: body.name.trim().to_owned(),
                cadence: in_data,
            },
        );
        f.with_fix(Some(use_reference(
            values,
            section,
            written.range.clone(),
            &reference,
        )));
    }
}

/// AV045: a NAV unit or county authority that is none of the parties, or a leader's title
/// that nobody signing has.
fn names(
    f: &mut Findings<'_>,
    index: usize,
    section: &Section,
    reading: &Reading,
    signing: &[(&PartyId, String)],
    values: Values<'_>,
) {
    let agreement = f.agreement;
    let party_of_kind = |kind: PartyKind| agreement.parties.iter().find(|p| p.kind == kind);
    for written in &reading.organisations {
        let words = &section.text[written.range.clone()];
        // "NAV Vestland" and "Nav Vestland" are one name (Nav writes itself "Nav" since 2023).
        let lower = words.to_lowercase();
        if agreement
            .parties
            .iter()
            .any(|p| p.organisation.to_lowercase().contains(&lower))
        {
            continue;
        }
        let kind = match written.organisation {
            Organisation::Nav => PartyKind::NavFylke,
            Organisation::CountyAuthority => PartyKind::Fylkeskommune,
        };
        f.in_section(
            index,
            "text",
            Finding::NameInTextNotAParty {
                words: words.to_owned(),
                title: false,
            },
        );
        let fix = party_of_kind(kind).map(|p| {
            use_reference(
                values,
                section,
                written.range.clone(),
                &Reference::Party(p.id.clone()),
            )
        });
        f.with_fix(fix);
    }
    if signing.is_empty() {
        return;
    }
    for written in &reading.titles {
        // "fylkesdirektør" is not "fylkesdirektør for opplæring"'s first word by accident: a
        // title is someone's when it is their title's first word.
        if signing
            .iter()
            .any(|(_, t)| t.split_whitespace().next() == Some(written.title.as_str()))
        {
            continue;
        }
        let words = section.text[written.range.clone()].to_owned();
        f.in_section(
            index,
            "text",
            Finding::NameInTextNotAParty { words, title: true },
        );
        // The party the sentence names nearest before the title, else NAV's for a NAV title.
        let sentence = phrases::sentence_around(&section.text, written.range.start);
        let before = &section.text[sentence.start..written.range.start];
        let named = agreement
            .parties
            .iter()
            .filter_map(|p| {
                let by_name = before.rfind(p.organisation.as_str());
                let by_reference = before.rfind(&Reference::Party(p.id.clone()).written());
                by_name.max(by_reference).map(|at| (at, p))
            })
            .max_by_key(|(at, _)| *at)
            .map(|(_, p)| p);
        let nav_title = ["fylkesdirektør", "regiondirektør", "avdelingsdirektør"]
            .contains(&written.title.as_str());
        let party = named.or_else(|| {
            party_of_kind(if nav_title {
                PartyKind::NavFylke
            } else {
                PartyKind::Fylkeskommune
            })
        });
        let fix = party.filter(|p| p.signatory.is_some()).map(|p| {
            use_reference(
                values,
                section,
                written.range.clone(),
                &Reference::Title(p.id.clone()),
            )
        });
        f.with_fix(fix);
    }
}
