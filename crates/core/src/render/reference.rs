//! Live references in prose: words that say what the agreement's data says, written in the
//! text as `[[periodens slutt]]` and shown as the value ("31. desember 2030") in every output.
//! When the period, a party's name, a signatory or a meeting body's cadence changes, every
//! text that refers to it follows, so the prose and the data cannot disagree.
//!
//! The file keeps the reference readable: double square brackets around a Norwegian name, with
//! an argument after a colon where one is needed, and an offset for dates derived from the
//! period (`[[periodens slutt - 6 måneder]]`). The names are bokmål in every agreement: they
//! are the file's vocabulary, not the agreement's language.
//!
//! | In the file                          | Shows                                        |
//! |--------------------------------------|----------------------------------------------|
//! | `[[fylke]]`                          | the county                                   |
//! | `[[periode]]`                        | "1. januar 2027 – 31. desember 2030"         |
//! | `[[periodens start]]`, `[[periodens slutt]]` | the first and last day, with an offset `± N år/måneder/uker/dager` |
//! | `[[periodens lengde]]`               | "4 år"                                       |
//! | `[[første år]]`, `[[siste år]]`      | "2027", "2030"                               |
//! | `[[part: ID]]`                       | the party's organisation                     |
//! | `[[signatar: ID]]`, `[[tittel: ID]]` | who signs for the party, and their title     |
//! | `[[hyppighet: MØTE]]`, `[[møteleder: MØTE]]` | a meeting body's cadence and chair    |
//! | `[[neste evaluering]]`               | the date of the next evaluation              |

use std::ops::Range;

use chrono::{Days, Months};
use serde::Serialize;

use crate::agreement::{Agreement, PartyId};
use crate::clause::{Holder, MeetingBody};
use crate::date::Date;
use crate::lang::{Lang, Locale};
use crate::messages::{self, Label};

/// Where a reference starts in the text.
pub const OPEN: &str = "[[";
/// Where a reference ends.
pub const CLOSE: &str = "]]";

/// Longest text between the brackets that is read as a reference.
const MAX_INNER: usize = 120;

/// A date the period gives: its first or its last day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Base {
    /// The period's first day.
    Start,
    /// The period's last day.
    End,
}

/// How far a date derived from the period lies from it: months (years are twelve) and days
/// (weeks are seven), either way.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Offset {
    /// Whole months, negative for earlier.
    pub months: i32,
    /// Days, negative for earlier.
    pub days: i32,
}

impl Offset {
    /// The date moved by this offset; `None` outside the calendar.
    pub fn apply(self, date: Date) -> Option<Date> {
        let mut d = date.naive();
        d = if self.months >= 0 {
            d.checked_add_months(Months::new(self.months.unsigned_abs()))?
        } else {
            d.checked_sub_months(Months::new(self.months.unsigned_abs()))?
        };
        d = if self.days >= 0 {
            d.checked_add_days(Days::new(u64::from(self.days.unsigned_abs())))?
        } else {
            d.checked_sub_days(Days::new(u64::from(self.days.unsigned_abs())))?
        };
        Some(Date::from_naive(d))
    }

    /// As written after the name: " + 6 måneder", " - 1 år", " + 6 måneder - 1 dag", ""
    /// for none.
    fn written(self) -> String {
        let mut out = String::new();
        let sign = |n: i32| if n < 0 { '-' } else { '+' };
        let months = self.months.unsigned_abs();
        if months > 0 {
            let amount = if months.is_multiple_of(12) {
                format!("{} år", months / 12)
            } else if months == 1 {
                "1 måned".to_owned()
            } else {
                format!("{months} måneder")
            };
            out.push_str(&format!(" {} {amount}", sign(self.months)));
        }
        let days = self.days.unsigned_abs();
        if days > 0 {
            let amount = match (days % 7, days / 7) {
                (0, 1) => "1 uke".to_owned(),
                (0, weeks) => format!("{weeks} uker"),
                _ if days == 1 => "1 dag".to_owned(),
                _ => format!("{days} dager"),
            };
            out.push_str(&format!(" {} {amount}", sign(self.days)));
        }
        out
    }
}

/// What a reference points at.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Reference {
    /// The county.
    County,
    /// The whole period, first to last day.
    Period,
    /// A day of the period, or a day that far from it.
    PeriodDate(Base, Offset),
    /// How long the period runs.
    PeriodLength,
    /// The year the period starts.
    FirstYear,
    /// The year the period ends.
    LastYear,
    /// A party's organisation.
    Party(PartyId),
    /// Who signs for a party.
    Signatory(PartyId),
    /// The title of who signs for a party.
    Title(PartyId),
    /// How often a meeting body meets, by the body's name.
    Cadence(String),
    /// Who chairs a meeting body, by the body's name.
    Chair(String),
    /// The date of the next evaluation.
    NextEvaluation,
}

impl Reference {
    /// Reads the text between the brackets: `periodens slutt - 6 måneder`, `part: nav`.
    /// Case and runs of spaces do not matter; `None` for anything else.
    pub fn parse(inner: &str) -> Option<Reference> {
        let inner = inner.split_whitespace().collect::<Vec<_>>().join(" ");
        if inner.is_empty() || inner.len() > MAX_INNER {
            return None;
        }
        if let Some((name, argument)) = inner.split_once(':') {
            let argument = argument.trim();
            if argument.is_empty() {
                return None;
            }
            return match name.trim().to_lowercase().as_str() {
                "part" => Some(Reference::Party(PartyId(argument.to_owned()))),
                "signatar" => Some(Reference::Signatory(PartyId(argument.to_owned()))),
                "tittel" => Some(Reference::Title(PartyId(argument.to_owned()))),
                "hyppighet" => Some(Reference::Cadence(argument.to_owned())),
                "møteleder" | "møteleiar" => Some(Reference::Chair(argument.to_owned())),
                _ => None,
            };
        }
        let lower = inner.to_lowercase();
        match lower.as_str() {
            "fylke" => return Some(Reference::County),
            "periode" | "perioden" => return Some(Reference::Period),
            "periodens lengde" => return Some(Reference::PeriodLength),
            "første år" | "fyrste år" => return Some(Reference::FirstYear),
            "siste år" => return Some(Reference::LastYear),
            "neste evaluering" => return Some(Reference::NextEvaluation),
            _ => {}
        }
        let (base, rest) = if let Some(rest) = lower.strip_prefix("periodens start") {
            (Base::Start, rest)
        } else if let Some(rest) = lower.strip_prefix("periodens slutt") {
            (Base::End, rest)
        } else {
            return None;
        };
        Some(Reference::PeriodDate(base, parse_offset(rest)?))
    }

    /// The reference as written in a file, without the brackets, in its one canonical form.
    pub fn key(&self) -> String {
        match self {
            Reference::County => "fylke".to_owned(),
            Reference::Period => "periode".to_owned(),
            Reference::PeriodDate(Base::Start, offset) => {
                format!("periodens start{}", offset.written())
            }
            Reference::PeriodDate(Base::End, offset) => {
                format!("periodens slutt{}", offset.written())
            }
            Reference::PeriodLength => "periodens lengde".to_owned(),
            Reference::FirstYear => "første år".to_owned(),
            Reference::LastYear => "siste år".to_owned(),
            Reference::Party(id) => format!("part: {id}"),
            Reference::Signatory(id) => format!("signatar: {id}"),
            Reference::Title(id) => format!("tittel: {id}"),
            Reference::Cadence(body) => format!("hyppighet: {body}"),
            Reference::Chair(body) => format!("møteleder: {body}"),
            Reference::NextEvaluation => "neste evaluering".to_owned(),
        }
    }

    /// The reference with its brackets, as it goes into a text.
    pub fn written(&self) -> String {
        format!("{OPEN}{}{CLOSE}", self.key())
    }

    /// True for references to a name (a party's), which print never hyphenates.
    pub fn is_name(&self) -> bool {
        matches!(self, Reference::Party(_) | Reference::Signatory(_))
    }
}

/// Reads an offset after a period date: empty, or terms such as `+ 6 måneder`, `- 1 år`,
/// `+ 6 måneder - 1 dag`. Each term has a sign; years count as twelve months, weeks as seven
/// days.
fn parse_offset(rest: &str) -> Option<Offset> {
    let mut tokens: Vec<String> = Vec::new();
    for word in rest.split_whitespace() {
        // A sign may stand alone or be written against the number ("+6").
        let mut chars = word.chars();
        match chars.next() {
            Some(c @ ('+' | '-' | '−' | '–')) => {
                tokens.push(c.to_string());
                let tail = chars.as_str();
                if !tail.is_empty() {
                    tokens.push(tail.to_owned());
                }
            }
            _ => tokens.push(word.to_owned()),
        }
    }
    let mut offset = Offset::default();
    let mut terms = tokens.chunks(3);
    for term in &mut terms {
        let [sign, number, unit] = term else {
            return None;
        };
        let sign = match sign.as_str() {
            "+" => 1,
            "-" | "−" | "–" => -1,
            _ => return None,
        };
        let n: i32 = number.parse().ok().filter(|n| (0..=1200).contains(n))?;
        match unit.as_str() {
            "år" => offset.months += n * 12 * sign,
            "måned" | "måneder" | "månad" | "månader" | "mnd" => offset.months += n * sign,
            "uke" | "uker" | "veke" | "veker" => offset.days += n * 7 * sign,
            "dag" | "dager" | "dagar" => offset.days += n * sign,
            _ => return None,
        }
    }
    Some(offset)
}

/// One `[[…]]` in a text: where it is, and what it points at when it reads as a reference.
#[derive(Debug, Clone, PartialEq)]
pub struct Found {
    /// Byte range of the whole reference, brackets included.
    pub range: Range<usize>,
    /// What it points at; `None` when the words between the brackets are no reference.
    pub reference: Option<Reference>,
}

/// Every `[[…]]` in a text, in order. Brackets spanning a blank line or longer than a
/// reference can be are left as text (a single line break counts as a space).
pub fn find(text: &str) -> Vec<Found> {
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(start) = text[from..].find(OPEN).map(|i| from + i) {
        let inner_start = start + OPEN.len();
        let Some(end) = text[inner_start..].find(CLOSE).map(|i| inner_start + i) else {
            break;
        };
        let inner = &text[inner_start..end];
        if inner.contains('[') || inner.contains("\n\n") || inner.len() > MAX_INNER {
            from = start + 1;
            continue;
        }
        out.push(Found {
            range: start..end + CLOSE.len(),
            reference: Reference::parse(inner),
        });
        from = end + CLOSE.len();
    }
    out
}

/// True when the text holds a `[[…]]`.
pub fn has_any(text: &str) -> bool {
    text.contains(OPEN) && !find(text).is_empty()
}

/// The values references take in one agreement.
#[derive(Debug, Clone, Copy)]
pub struct Values<'a> {
    agreement: &'a Agreement,
    lang: Lang,
}

impl<'a> Values<'a> {
    /// The values in this agreement, written in its language.
    pub fn of(agreement: &'a Agreement) -> Self {
        Values {
            agreement,
            lang: agreement.meta.language,
        }
    }

    fn locale(&self) -> Locale {
        self.lang.into()
    }

    /// A date the reference names, when it names one.
    pub fn date(&self, reference: &Reference) -> Option<Date> {
        let period = &self.agreement.meta.period;
        match reference {
            Reference::PeriodDate(Base::Start, offset) => offset.apply(period.from),
            Reference::PeriodDate(Base::End, offset) => offset.apply(period.to?),
            Reference::NextEvaluation => self
                .agreement
                .sections
                .iter()
                .find_map(|s| s.evaluation.as_ref()?.next),
            _ => None,
        }
    }

    /// The body with this name (case and spaces do not matter).
    fn body(&self, name: &str) -> Option<&'a MeetingBody> {
        let key = normalised(name);
        self.agreement
            .sections
            .iter()
            .flat_map(|s| s.meetings.iter().flatten())
            .find(|b| normalised(&b.name) == key)
    }

    /// What the reference shows, in the agreement's language; `None` when the data it points
    /// at is missing (an unknown party, a signatory not entered, a period without an end).
    pub fn value(&self, reference: &Reference) -> Option<String> {
        let a = self.agreement;
        let l = self.locale();
        let filled = |s: &str| {
            let s = s.split_whitespace().collect::<Vec<_>>().join(" ");
            (!s.is_empty()).then_some(s)
        };
        match reference {
            Reference::County => filled(&a.meta.county),
            Reference::Period => Some(period_text(a, self.lang)),
            Reference::PeriodDate(..) | Reference::NextEvaluation => {
                self.date(reference).map(|d| d.long(self.lang))
            }
            Reference::PeriodLength => a
                .meta
                .period
                .length()
                .map(|length| messages::period_length(length, l)),
            Reference::FirstYear => Some(a.meta.period.from.year().to_string()),
            Reference::LastYear => a.meta.period.to.map(|d| d.year().to_string()),
            Reference::Party(id) => a.party(id).and_then(|p| filled(&p.organisation)),
            Reference::Signatory(id) => a
                .party(id)
                .and_then(|p| p.signatory.as_ref())
                .and_then(|s| filled(&s.name)),
            Reference::Title(id) => a
                .party(id)
                .and_then(|p| p.signatory.as_ref())
                .and_then(|s| filled(&s.title)),
            Reference::Cadence(body) => self
                .body(body)?
                .cadence
                .as_ref()
                .map(|c| messages::cadence(c, l)),
            Reference::Chair(body) => {
                let chair = self.body(body)?.chair.as_ref()?;
                if chair.is_nobody() {
                    return None;
                }
                Some(holder_text(a, chair, self.lang))
            }
        }
    }

    /// The text with every reference that has a value replaced by it; the others stay as
    /// written.
    pub fn fill(&self, text: &str) -> String {
        let found = find(text);
        if found.is_empty() {
            return text.to_owned();
        }
        let mut out = String::with_capacity(text.len());
        let mut last = 0;
        for f in found {
            out.push_str(&text[last..f.range.start]);
            match f.reference.as_ref().and_then(|r| self.value(r)) {
                Some(value) => out.push_str(&value),
                None => out.push_str(&text[f.range.clone()]),
            }
            last = f.range.end;
        }
        out.push_str(&text[last..]);
        out
    }
}

fn normalised(name: &str) -> String {
    name.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// The period in words: "1. januar 2027 – 31. desember 2030", or "– inntil videre".
pub fn period_text(agreement: &Agreement, lang: Lang) -> String {
    period_words(&agreement.meta.period, lang)
}

/// A period in words: "1. januar 2026 – 31. desember 2029", or "… – inntil videre".
pub fn period_words(period: &crate::agreement::Period, lang: Lang) -> String {
    match period.to {
        Some(to) => format!("{} – {}", period.from.long(lang), to.long(lang)),
        None => format!(
            "{} – {}",
            period.from.long(lang),
            messages::label(Label::UntilFurtherNotice, lang)
        ),
    }
}

/// Who holds a duty, in words: a party's name, or "på omgang mellom A og B".
pub fn holder_text(agreement: &Agreement, holder: &Holder, lang: Lang) -> String {
    match holder {
        Holder::Party(id) => agreement.party_name(id),
        Holder::Alternating(ids) => {
            let names: Vec<String> = ids.iter().map(|id| agreement.party_name(id)).collect();
            format!(
                "{} {}",
                messages::label(Label::AlternatingBetween, lang),
                messages::join_list(&names, lang.into())
            )
        }
    }
}

/// A piece of a text as the editor shows it: words, or a reference shown as its value.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub enum Piece {
    /// Text as written.
    Text {
        /// The text.
        text: String,
    },
    /// A reference.
    Reference {
        /// The reference exactly as the text has it, brackets included: what the editor sends
        /// back in its place, so the text's pieces joined are the text.
        written: String,
        /// What it shows; `None` when it points at nothing.
        value: Option<String>,
        /// What it is, in words ("Periodens slutt"), for the editor's tooltip.
        label: String,
    },
}

/// A text cut into words and references, for the editor.
pub fn pieces(agreement: &Agreement, text: &str, l: Locale) -> Vec<Piece> {
    let values = Values::of(agreement);
    let mut out = Vec::new();
    let mut last = 0;
    for f in find(text) {
        if f.range.start > last {
            out.push(Piece::Text {
                text: text[last..f.range.start].to_owned(),
            });
        }
        let written = &text[f.range.clone()];
        out.push(Piece::Reference {
            written: written.to_owned(),
            value: f.reference.as_ref().and_then(|r| values.value(r)),
            label: f.reference.as_ref().map_or_else(
                || messages::reference_unknown(l),
                |r| messages::reference_label(r, agreement, l),
            ),
        });
        last = f.range.end;
    }
    if last < text.len() {
        out.push(Piece::Text {
            text: text[last..].to_owned(),
        });
    }
    out
}

/// A reference the editor's menu offers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct Choice {
    /// The reference as it goes into the text, brackets included.
    pub written: String,
    /// What it is, in words.
    pub label: String,
    /// What it shows now.
    pub value: String,
    /// The menu's group heading: the period, the parties, the meetings.
    pub group: String,
}

/// The references that show something in this agreement, for the editor's menu: the period
/// and dates derived from it, the county, each party with its signatory and title, each
/// meeting body's cadence and chair, and the next evaluation.
pub fn choices(agreement: &Agreement, l: Locale) -> Vec<Choice> {
    let values = Values::of(agreement);
    let mut candidates: Vec<(String, Reference)> = Vec::new();
    let period = messages::reference_group(ReferenceGroup::Period, l);
    for r in [
        Reference::Period,
        Reference::PeriodDate(Base::Start, Offset::default()),
        Reference::PeriodDate(Base::End, Offset::default()),
        Reference::PeriodDate(
            Base::Start,
            Offset {
                months: 6,
                days: -1,
            },
        ),
        Reference::PeriodDate(
            Base::End,
            Offset {
                months: -12,
                days: 0,
            },
        ),
        Reference::PeriodDate(
            Base::End,
            Offset {
                months: -6,
                days: 0,
            },
        ),
        Reference::PeriodLength,
        Reference::FirstYear,
        Reference::LastYear,
        Reference::NextEvaluation,
        Reference::County,
    ] {
        candidates.push((period.clone(), r));
    }
    let parties = messages::reference_group(ReferenceGroup::Parties, l);
    for p in &agreement.parties {
        for r in [
            Reference::Party(p.id.clone()),
            Reference::Signatory(p.id.clone()),
            Reference::Title(p.id.clone()),
        ] {
            candidates.push((parties.clone(), r));
        }
    }
    let meetings = messages::reference_group(ReferenceGroup::Meetings, l);
    for body in agreement
        .sections
        .iter()
        .flat_map(|s| s.meetings.iter().flatten())
    {
        if body.name.trim().is_empty() {
            continue;
        }
        for r in [
            Reference::Cadence(body.name.trim().to_owned()),
            Reference::Chair(body.name.trim().to_owned()),
        ] {
            candidates.push((meetings.clone(), r));
        }
    }
    candidates
        .into_iter()
        .filter_map(|(group, r)| {
            let value = values.value(&r)?;
            Some(Choice {
                written: r.written(),
                label: messages::reference_label(&r, agreement, l),
                value,
                group,
            })
        })
        .collect()
}

/// The groups of the editor's menu.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReferenceGroup {
    /// The period and its dates.
    Period,
    /// The parties, signatories and titles.
    Parties,
    /// The meeting bodies.
    Meetings,
}

/// The text with every reference to a meeting body named `old` pointing at `new` instead,
/// so renaming a body keeps the texts that refer to it.
pub fn rename_body(text: &str, old: &str, new: &str) -> String {
    rewrite(text, |r| match r {
        Reference::Cadence(name) if normalised(name) == normalised(old) => {
            Some(Reference::Cadence(new.trim().to_owned()))
        }
        Reference::Chair(name) if normalised(name) == normalised(old) => {
            Some(Reference::Chair(new.trim().to_owned()))
        }
        _ => None,
    })
}

/// The text with each reference `change` returns a replacement for rewritten.
fn rewrite(text: &str, change: impl Fn(&Reference) -> Option<Reference>) -> String {
    let mut out = String::with_capacity(text.len());
    let mut last = 0;
    for f in find(text) {
        if let Some(new) = f.reference.as_ref().and_then(&change) {
            out.push_str(&text[last..f.range.start]);
            out.push_str(&new.written());
            last = f.range.end;
        }
    }
    out.push_str(&text[last..]);
    out
}

/// The agreement with references to renamed meeting bodies following the new names: a body
/// at the same place in the same section whose name changed from `before` to `after`.
pub fn follow_renames(before: &Agreement, after: &mut Agreement) {
    let mut renames: Vec<(String, String)> = Vec::new();
    for old in &before.sections {
        let Some(new) = after.sections.iter().find(|s| s.id == old.id) else {
            continue;
        };
        let (Some(old_bodies), Some(new_bodies)) = (&old.meetings, &new.meetings) else {
            continue;
        };
        if old_bodies.len() != new_bodies.len() {
            continue;
        }
        for (o, n) in old_bodies.iter().zip(new_bodies) {
            if normalised(&o.name) != normalised(&n.name) && !n.name.trim().is_empty() {
                renames.push((o.name.clone(), n.name.clone()));
            }
        }
    }
    if renames.is_empty() {
        return;
    }
    for section in &mut after.sections {
        if !section.text.contains(OPEN) {
            continue;
        }
        for (old, new) in &renames {
            section.text = rename_body(&section.text, old, new);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn references_read_in_their_canonical_form() {
        for (written, key) in [
            ("periodens slutt", "periodens slutt"),
            (
                "Periodens  Slutt -  6 måneder",
                "periodens slutt - 6 måneder",
            ),
            ("periodens start + 1 år", "periodens start + 1 år"),
            ("periodens start + 12 måneder", "periodens start + 1 år"),
            ("periodens start + 14 dager", "periodens start + 2 uker"),
            (
                "periodens start +6 måneder -1 dag",
                "periodens start + 6 måneder - 1 dag",
            ),
            ("part: nav", "part: nav"),
            (
                "hyppighet:  Strategisk samarbeidsgruppe",
                "hyppighet: Strategisk samarbeidsgruppe",
            ),
            ("møteleiar: X", "møteleder: X"),
            ("neste evaluering", "neste evaluering"),
        ] {
            let r = Reference::parse(written).unwrap_or_else(|| panic!("{written}"));
            assert_eq!(r.key(), key, "{written}");
            assert_eq!(Reference::parse(&r.key()), Some(r));
        }
        for not in [
            "",
            "perioden slutt",
            "part:",
            "periodens slutt + 6",
            "hva som helst",
        ] {
            assert_eq!(Reference::parse(not), None, "{not}");
        }
    }

    #[test]
    fn found_in_text_with_byte_ranges() {
        let text = "Innen [[periodens\nslutt]] og [[ukjent]], ikke [[\n\n]] eller [x].";
        let found = find(text);
        assert_eq!(found.len(), 2);
        assert_eq!(&text[found[0].range.clone()], "[[periodens\nslutt]]");
        assert!(found[0].reference.is_some());
        assert_eq!(&text[found[1].range.clone()], "[[ukjent]]");
        assert!(found[1].reference.is_none());
    }

    #[test]
    fn offsets_are_calendar_arithmetic() {
        let end = Date::parse("2030-12-31").expect("date");
        let six_back = Offset {
            months: -6,
            days: 0,
        };
        assert_eq!(six_back.apply(end), Date::parse("2030-06-30"));
        let start = Date::parse("2027-01-01").expect("date");
        let half = Offset {
            months: 6,
            days: -1,
        };
        assert_eq!(half.apply(start), Date::parse("2027-06-30"));
    }
}
