//! Phrases in hand-written prose that repeat the agreement's data: dates ("31. desember 2030",
//! "31.12.2030", "juni 2028", "2030"), cadences ("2 ganger i året", "hver 6. uke") and names
//! of NAV units and county authorities ("NAV Vestland", "Vestland fylkeskommune"). The
//! contradiction checks compare them with the data; live references (`[[…]]`) are skipped,
//! since they cannot disagree.

use std::ops::Range;

use crate::clause::Cadence;
use crate::date::{Date, month_name};
use crate::render::reference;

/// A word of the text: letters and digits, with its byte range.
#[derive(Debug, Clone)]
struct Word<'a> {
    text: &'a str,
    range: Range<usize>,
}

/// The words of a text, references left out.
fn words(text: &str) -> Vec<Word<'_>> {
    let skip: Vec<Range<usize>> = reference::find(text).into_iter().map(|f| f.range).collect();
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text
        .char_indices()
        .chain(std::iter::once((text.len(), ' ')))
    {
        let inside = skip.iter().any(|r| r.contains(&i));
        if c.is_alphanumeric() && !inside {
            start.get_or_insert(i);
        } else if let Some(s) = start.take() {
            out.push(Word {
                text: &text[s..i],
                range: s..i,
            });
        }
    }
    out
}

/// What lies between two words: the separator text.
fn between<'a>(text: &'a str, a: &Word<'_>, b: &Word<'_>) -> &'a str {
    &text[a.range.end..b.range.start]
}

fn month_number(word: &str) -> Option<u32> {
    let lower = word.to_lowercase();
    (1..=12).find(|m| month_name(*m) == lower)
}

fn year(word: &str) -> Option<i32> {
    (word.len() == 4 && word.bytes().all(|b| b.is_ascii_digit()))
        .then(|| word.parse().ok())
        .flatten()
        .filter(|y| (1900..=2199).contains(y))
}

fn small(word: &str, max: u32) -> Option<u32> {
    (word.len() <= 2 && word.bytes().all(|b| b.is_ascii_digit()))
        .then(|| word.parse().ok())
        .flatten()
        .filter(|n| (1..=max).contains(n))
}

/// A date, month or year written in prose.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Written {
    /// A day: "31. desember 2030", "31.12.2030", "2030-12-31".
    Day(Date),
    /// A month: "juni 2028".
    Month {
        /// The year.
        year: i32,
        /// The month, 1–12.
        month: u32,
    },
    /// A year on its own: "2030".
    Year(i32),
}

/// A date found in prose, with the words just before it (lowercase), which tell a deadline
/// ("innen", "senest") from a mention.
#[derive(Debug, Clone, PartialEq)]
pub struct WrittenDate {
    /// Byte range of the date's words.
    pub range: Range<usize>,
    /// What it says.
    pub date: Written,
    /// Whether a deadline word ("innen", "senest", "frist", "før", "til") comes just before.
    pub deadline: bool,
}

const DEADLINE_WORDS: [&str; 10] = [
    "innen", "innan", "senest", "seinast", "frist", "fristen", "før", "til", "ferdig", "nådd",
];

/// Every date, month and year written in the text, in order.
pub fn dates(text: &str) -> Vec<WrittenDate> {
    let w = words(text);
    let mut out = Vec::new();
    let mut i = 0;
    while i < w.len() {
        let sep = |k: usize| between(text, &w[k], &w[k + 1]);
        let found: Option<(usize, Written)> = (|| {
            // 31. desember 2030
            if i + 2 < w.len()
                && let Some(day) = small(w[i].text, 31)
                && sep(i).trim_start().starts_with('.')
                && sep(i).trim() == "."
                && let Some(month) = month_number(w[i + 1].text)
                && sep(i + 1).trim().is_empty()
                && let Some(y) = year(w[i + 2].text)
            {
                return Date::from_ymd(y, month, day).map(|d| (3, Written::Day(d)));
            }
            // 31.12.2030
            if i + 2 < w.len()
                && let Some(day) = small(w[i].text, 31)
                && sep(i) == "."
                && let Some(month) = small(w[i + 1].text, 12)
                && sep(i + 1) == "."
                && let Some(y) = year(w[i + 2].text)
            {
                return Date::from_ymd(y, month, day).map(|d| (3, Written::Day(d)));
            }
            // 2030-12-31
            if i + 2 < w.len()
                && let Some(y) = year(w[i].text)
                && sep(i) == "-"
                && let Some(month) = small(w[i + 1].text, 12)
                && sep(i + 1) == "-"
                && let Some(day) = small(w[i + 2].text, 31)
            {
                return Date::from_ymd(y, month, day).map(|d| (3, Written::Day(d)));
            }
            // juni 2028
            if i + 1 < w.len()
                && let Some(month) = month_number(w[i].text)
                && sep(i).trim().is_empty()
                && let Some(y) = year(w[i + 1].text)
            {
                return Some((2, Written::Month { year: y, month }));
            }
            year(w[i].text).map(|y| (1, Written::Year(y)))
        })();
        match found {
            Some((n, date)) => {
                let before: Vec<String> = w[i.saturating_sub(3)..i]
                    .iter()
                    .map(|x| x.text.to_lowercase())
                    .collect();
                out.push(WrittenDate {
                    range: w[i].range.start..w[i + n - 1].range.end,
                    date,
                    deadline: before.iter().any(|b| DEADLINE_WORDS.contains(&b.as_str())),
                });
                i += n;
            }
            None => i += 1,
        }
    }
    out
}

/// A cadence written in prose: "2 ganger i året", "hver 6. uke", "kvartalsvis".
#[derive(Debug, Clone, PartialEq)]
pub struct WrittenCadence {
    /// Byte range of the phrase.
    pub range: Range<usize>,
    /// The cadence it says.
    pub cadence: Cadence,
}

fn number_word(word: &str) -> Option<u32> {
    let lower = word.to_lowercase();
    if let Some(n) = small(&lower, 99) {
        return Some(n);
    }
    let n = match lower.as_str() {
        "en" | "én" | "ein" | "éin" | "ett" | "eitt" | "éitt" => 1,
        "to" => 2,
        "tre" => 3,
        "fire" => 4,
        "fem" => 5,
        "seks" => 6,
        "sju" | "syv" => 7,
        "åtte" => 8,
        "ni" => 9,
        "ti" => 10,
        "elleve" => 11,
        "tolv" => 12,
        _ => return None,
    };
    Some(n)
}

fn ordinal_word(word: &str) -> Option<u32> {
    let n = match word.to_lowercase().as_str() {
        "andre" => 2,
        "tredje" => 3,
        "fjerde" => 4,
        "femte" => 5,
        "sjette" => 6,
        "sjuende" | "syvende" => 7,
        "åttende" => 8,
        _ => return None,
    };
    Some(n)
}

/// Every cadence phrase in the text, in order.
pub fn cadences(text: &str) -> Vec<WrittenCadence> {
    let w = words(text);
    let lower: Vec<String> = w.iter().map(|x| x.text.to_lowercase()).collect();
    let is =
        |k: usize, options: &[&str]| lower.get(k).is_some_and(|x| options.contains(&x.as_str()));
    let mut out = Vec::new();
    let mut i = 0;
    while i < w.len() {
        let found: Option<(usize, Cadence)> = (|| {
            // N ganger i året / i måneden / i uken; per år
            if let Some(n) = number_word(w[i].text)
                && is(i + 1, &["gang", "ganger", "gong", "gonger"])
            {
                let unit = if is(i + 2, &["i", "per", "pr"]) {
                    i + 3
                } else {
                    return None;
                };
                return match lower.get(unit).map(String::as_str) {
                    Some("året" | "år") => Some((4, Cadence::PerYear(n))),
                    Some("halvåret") => Some((4, Cadence::PerYear(n * 2))),
                    Some("kvartalet") => Some((4, Cadence::PerYear(n * 4))),
                    Some("måneden" | "måned" | "månaden" | "månad") => {
                        Some((4, Cadence::PerMonth(n)))
                    }
                    Some("uken" | "uka" | "uke" | "veka" | "veke") => {
                        Some((4, Cadence::PerWeek(n)))
                    }
                    _ => None,
                };
            }
            // hver 6. uke / hver sjette uke / hver uke / hver måned / hvert kvartal / hvert halvår / hvert år
            if is(i, &["hver", "hvert", "kvar", "kvart"]) {
                if let Some(n) = small(lower.get(i + 1)?, 52)
                    && between(text, &w[i + 1], w.get(i + 2)?).trim() == "."
                    && is(i + 2, &["uke", "veke"])
                {
                    return Some((3, Cadence::EveryWeeks(n)));
                }
                if let Some(n) = ordinal_word(lower.get(i + 1)?) {
                    if is(i + 2, &["uke", "veke"]) {
                        return Some((3, Cadence::EveryWeeks(n)));
                    }
                    if is(i + 2, &["måned", "månad"]) && 12 % n == 0 {
                        return Some((3, Cadence::PerYear(12 / n)));
                    }
                }
                return match lower.get(i + 1).map(String::as_str) {
                    Some("uke" | "veke") => Some((2, Cadence::EveryWeeks(1))),
                    Some("måned" | "månad") => Some((2, Cadence::PerMonth(1))),
                    Some("kvartal") => Some((2, Cadence::PerYear(4))),
                    Some("halvår") => Some((2, Cadence::PerYear(2))),
                    Some("år") => Some((2, Cadence::PerYear(1))),
                    _ => None,
                };
            }
            match lower[i].as_str() {
                "annenhver" | "annakvar" if is(i + 1, &["uke", "veke"]) => {
                    Some((2, Cadence::EveryWeeks(2)))
                }
                "kvartalsvis" => Some((1, Cadence::PerYear(4))),
                "halvårlig" | "halvårleg" => Some((1, Cadence::PerYear(2))),
                "månedlig" | "månadleg" => Some((1, Cadence::PerMonth(1))),
                "ukentlig" | "vekentleg" => Some((1, Cadence::EveryWeeks(1))),
                _ => None,
            }
        })();
        match found {
            Some((n, cadence)) => {
                out.push(WrittenCadence {
                    range: w[i].range.start..w[i + n - 1].range.end,
                    cadence,
                });
                i += n;
            }
            None => i += 1,
        }
    }
    out
}

/// The sentence around a byte offset: from after the last `.`, `!`, `?` or blank line before
/// it (a dot between digits, as in "6. uke", does not end a sentence) to the next one.
pub fn sentence_around(text: &str, at: usize) -> Range<usize> {
    let ends_sentence = |i: usize, c: char| {
        matches!(c, '!' | '?' | '\n')
            || (c == '.'
                && !text[..i]
                    .chars()
                    .next_back()
                    .is_some_and(|p| p.is_ascii_digit()))
    };
    let start = text[..at]
        .char_indices()
        .rev()
        .find(|(i, c)| ends_sentence(*i, *c))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let end = text[at..]
        .char_indices()
        .find(|(i, c)| ends_sentence(at + i, *c))
        .map_or(text.len(), |(i, _)| at + i);
    start..end
}

/// Whether every word of a name (of four letters or more) is in the sentence, allowing Norwegian
/// endings ("Strategisk samarbeidsgruppe" is in "Den strategiske samarbeidsgruppen møtes").
pub fn mentions(sentence: &str, name: &str) -> bool {
    let said: Vec<String> = words(sentence)
        .iter()
        .map(|w| w.text.to_lowercase())
        .collect();
    let wanted: Vec<String> = words(name)
        .iter()
        .map(|w| w.text.to_lowercase())
        .filter(|w| w.chars().count() >= 4)
        .collect();
    !wanted.is_empty()
        && wanted.iter().all(|n| {
            said.iter().any(|s| {
                let common = n.chars().zip(s.chars()).take_while(|(a, b)| a == b).count();
                common + 2 >= n.chars().count().max(s.chars().count()) && common >= 4
            })
        })
}

/// The counties of Norway, today's and those before the 2020 and 2024 reforms, as they appear
/// in the names of NAV's county units and the county authorities.
pub const COUNTIES: [&str; 26] = [
    "Agder",
    "Akershus",
    "Aust-Agder",
    "Buskerud",
    "Finnmark",
    "Hedmark",
    "Hordaland",
    "Innlandet",
    "Møre og Romsdal",
    "Nord-Trøndelag",
    "Nordland",
    "Oppland",
    "Oslo",
    "Rogaland",
    "Sogn og Fjordane",
    "Sør-Trøndelag",
    "Telemark",
    "Troms",
    "Troms og Finnmark",
    "Trøndelag",
    "Vest-Agder",
    "Vestfold",
    "Vestfold og Telemark",
    "Vestland",
    "Viken",
    "Østfold",
];

/// Which organisation a name in prose is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Organisation {
    /// "Nav Vestland".
    Nav,
    /// "Vestland fylkeskommune".
    CountyAuthority,
}

/// A NAV county unit or county authority named in prose.
#[derive(Debug, Clone, PartialEq)]
pub struct WrittenName {
    /// Byte range of the name.
    pub range: Range<usize>,
    /// Which kind of organisation.
    pub organisation: Organisation,
}

/// Every "Nav <county>" (or "NAV <county>", as it was written before 2023) and
/// "<county> fylkeskommune" in the text (the longest county name
/// that fits), in order.
pub fn organisations(text: &str) -> Vec<WrittenName> {
    let skip: Vec<Range<usize>> = reference::find(text).into_iter().map(|f| f.range).collect();
    let mut out = Vec::new();
    let mut counties: Vec<&str> = COUNTIES.to_vec();
    counties.sort_by_key(|c| std::cmp::Reverse(c.len()));
    let boundary_before = |i: usize| {
        !text[..i]
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric)
    };
    let boundary_after = |i: usize| {
        !text[i..]
            .chars()
            .next()
            .is_some_and(|c| c.is_alphanumeric() || c == '-')
    };
    for (i, _) in text.char_indices() {
        if skip.iter().any(|r| r.contains(&i)) || !boundary_before(i) {
            continue;
        }
        let rest = &text[i..];
        if let Some(after) = rest
            .strip_prefix("Nav ")
            .or_else(|| rest.strip_prefix("NAV "))
            && let Some(county) = counties.iter().find(|c| after.starts_with(*c))
        {
            let end = i + 4 + county.len();
            if boundary_after(end) {
                out.push(WrittenName {
                    range: i..end,
                    organisation: Organisation::Nav,
                });
            }
            continue;
        }
        if let Some(county) = counties.iter().find(|c| rest.starts_with(*c)) {
            let after = &rest[county.len()..];
            for suffix in [" fylkeskommune", " fylkeskommunes"] {
                if after.starts_with(suffix) && boundary_after(i + county.len() + suffix.len()) {
                    out.push(WrittenName {
                        range: i..i + county.len() + " fylkeskommune".len(),
                        organisation: Organisation::CountyAuthority,
                    });
                    break;
                }
            }
        }
    }
    out
}

/// Titles of the leaders who sign these agreements, as prose names them (without the
/// definite ending).
pub const LEADER_TITLES: [&str; 8] = [
    "fylkeskommunedirektør",
    "fylkesdirektør",
    "regiondirektør",
    "fylkesrådmann",
    "kommunedirektør",
    "rådmann",
    "fylkesråd",
    "avdelingsdirektør",
];

/// A leader's title named in prose: the words and the title they are (indefinite, lowercase).
#[derive(Debug, Clone, PartialEq)]
pub struct WrittenTitle {
    /// Byte range of the word.
    pub range: Range<usize>,
    /// The title, indefinite and lowercase ("fylkesdirektør").
    pub title: String,
}

/// Every leader's title in the text ("fylkesdirektøren", "Regiondirektør"), in order.
pub fn titles(text: &str) -> Vec<WrittenTitle> {
    words(text)
        .into_iter()
        .filter_map(|w| {
            let lower = w.text.to_lowercase();
            let title = LEADER_TITLES.iter().find(|t| {
                lower == **t
                    || lower
                        .strip_prefix(**t)
                        .is_some_and(|e| ["en", "n", "ens"].contains(&e))
            })?;
            Some(WrittenTitle {
                range: w.range,
                title: (*title).to_owned(),
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(text: &str) -> Date {
        Date::parse(text).expect("date")
    }

    #[test]
    fn dates_in_their_written_forms() {
        let text = "Målene skal være nådd innen 31. desember 2030, første gang 1.7.2027, \
                    seinast 2028-06-30, i juni 2028 og i 2031, men ikke [[periodens slutt]].";
        let found = dates(text);
        let said: Vec<Written> = found.iter().map(|f| f.date).collect();
        assert_eq!(
            said,
            vec![
                Written::Day(d("2030-12-31")),
                Written::Day(d("2027-07-01")),
                Written::Day(d("2028-06-30")),
                Written::Month {
                    year: 2028,
                    month: 6
                },
                Written::Year(2031),
            ]
        );
        assert_eq!(&text[found[0].range.clone()], "31. desember 2030");
        assert!(found[0].deadline);
        assert!(!found[1].deadline);
        assert!(found[2].deadline);
    }

    #[test]
    fn cadences_in_their_written_forms() {
        let text = "Gruppen møtes 2 ganger i året. Møtene holdes hver 6. uke, annenhver uke, \
                    hver sjette uke, kvartalsvis, fire gonger i året og éin gong i månaden.";
        let found: Vec<Cadence> = cadences(text).into_iter().map(|c| c.cadence).collect();
        assert_eq!(
            found,
            vec![
                Cadence::PerYear(2),
                Cadence::EveryWeeks(6),
                Cadence::EveryWeeks(2),
                Cadence::EveryWeeks(6),
                Cadence::PerYear(4),
                Cadence::PerYear(4),
                Cadence::PerMonth(1),
            ]
        );
        let c = &cadences(text)[1];
        assert_eq!(&text[c.range.clone()], "hver 6. uke");
    }

    #[test]
    fn a_name_is_mentioned_with_norwegian_endings() {
        assert!(mentions(
            "Den strategiske samarbeidsgruppen møtes 2 ganger i året",
            "Strategisk samarbeidsgruppe"
        ));
        assert!(mentions(
            "Operative samarbeidsmøter holdes hver 6. uke",
            "Operativt samarbeidsmøte"
        ));
        assert!(!mentions(
            "Operative samarbeidsmøter holdes hver 6. uke",
            "Strategisk samarbeidsgruppe"
        ));
    }

    #[test]
    fn sentences_do_not_end_at_ordinals() {
        let text = "Første setning. Møtene holdes hver 6. uke i året. Neste.";
        let at = text.find("holdes").expect("word");
        assert_eq!(
            &text[sentence_around(text, at)],
            " Møtene holdes hver 6. uke i året"
        );
    }

    #[test]
    fn organisations_and_titles() {
        let text = "Mellom NAV Vestland og Vestland fylkeskommune; NAV-kontoret og NAV Møre og \
                    Romsdal. Ansvaret ligger hos fylkesdirektøren, ikke hos Regiondirektør.";
        let names: Vec<&str> = organisations(text)
            .iter()
            .map(|n| &text[n.range.clone()])
            .collect();
        assert_eq!(
            names,
            vec![
                "NAV Vestland",
                "Vestland fylkeskommune",
                "NAV Møre og Romsdal"
            ]
        );
        let titles: Vec<String> = titles(text).into_iter().map(|t| t.title).collect();
        assert_eq!(titles, vec!["fylkesdirektør", "regiondirektør"]);
    }
}
