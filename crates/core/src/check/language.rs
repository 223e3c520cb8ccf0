//! Language: unfilled `{{placeholders}}`, abbreviations and jargon used without a definition
//! in the glossary ("stammespråk", IRIS 2017 §2.6 R24 and §3 B10; SINTEF 2010 §4.2 R20), terms
//! defined twice, target groups named in different ways (IRIS 2017 §3 B8), and length,
//! because long, vague agreements are not used (IRIS 2017 §2.1 R1; SINTEF 2010 §4.2 R1).
//! Abbreviations and jargon found in the term bank ([`crate::termbank`]) carry the bank's
//! definition as a fix.

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};

use serde_json::Value;

use super::{Finding, Findings};
use crate::agreement::Section;
use crate::facts::Facts;
use crate::fix::Fix;
use crate::placeholder;
use crate::template::TemplateSet;
use crate::termbank::{TermBank, TermUse, term_aliases};

/// Abbreviations so well known that no agreement needs to define them.
/// "Nav" is the agency's name as it writes it since 2023 (a name, not an abbreviation).
pub const ABBREVIATIONS_EVERYONE_KNOWS: [&str; 3] = ["NAV", "Nav", "KS"];

/// The most words advised for one section (about one page).
const SECTION_WORD_LIMIT: usize = 500;

/// One text of an agreement, read once for the language checks.
#[derive(Debug, Clone)]
pub(super) struct TextUse {
    /// The field path: inside the section for a section's text ("text",
    /// "roles[0].tasks[1].task"), else from the top of the file ("meta.title").
    path: String,
    /// The placeholders in the text, each name once, in order.
    placeholders: Vec<String>,
    /// False for ids and template references, which are not prose.
    prose: bool,
    /// True for the name a target-group clause gives.
    target_group_name: bool,
    /// Abbreviations: words that look like one, then those the bank knows and the first
    /// list lacks, each with the bank's entry when it has one.
    abbreviations: Vec<(String, Option<usize>)>,
    /// Uses of the bank's wordings (not abbreviations), in text order.
    terms: Vec<TermUse>,
    /// Wordings the legal facts list as outdated, in text order.
    outdated: Vec<OutdatedUse>,
}

/// An outdated wording found in a text (AV046).
#[derive(Debug, Clone)]
struct OutdatedUse {
    /// The fact's index in [`Facts::all`].
    fact: usize,
    /// The outdated wording as the table lists it.
    old: String,
    /// The words as they are written.
    words: String,
    /// Where the words stand in the text.
    range: std::ops::Range<usize>,
}

impl TextUse {
    /// Reads one text. `full_path` is the path from the top of the file, which decides what
    /// kind of field it is; `path` is what is kept.
    fn read(bank: Option<&TermBank>, path: String, full_path: &str, text: &str) -> TextUse {
        let mut placeholders: Vec<String> = Vec::new();
        for name in placeholder::names(text) {
            if !placeholders.contains(&name) {
                placeholders.push(name);
            }
        }
        let prose = !(full_path.ends_with(".template") || full_path.ends_with(".id"));
        let mut abbreviations_found = Vec::new();
        let mut terms = Vec::new();
        if prose {
            let uses = bank.map(|b| b.find(text)).unwrap_or_default();
            abbreviations_found = abbreviations(text)
                .into_iter()
                .map(|a| {
                    let entry = bank.and_then(|b| b.by_abbreviation(&a));
                    (a, entry)
                })
                .collect();
            for term_use in uses {
                if term_use.abbreviation {
                    if !abbreviations_found
                        .iter()
                        .any(|(a, _)| a == &term_use.written)
                    {
                        abbreviations_found.push((term_use.written, Some(term_use.entry)));
                    }
                } else {
                    terms.push(term_use);
                }
            }
        }
        TextUse {
            outdated: Vec::new(),
            target_group_name: full_path.contains(".target_groups[")
                && full_path.ends_with(".name"),
            path,
            placeholders,
            prose,
            abbreviations: abbreviations_found,
            terms,
        }
    }
}

/// What the language checks read from one section: a pure function of the section's
/// content, so it can be kept while the section is unchanged (see [`super::CheckCache`]).
#[derive(Debug, Clone, Default)]
pub(super) struct SectionText {
    /// Every text of the section, with its path inside the section.
    texts: Vec<TextUse>,
    /// Words in the section's text and structured data.
    words: usize,
}

/// Reads a section for the language checks.
pub(super) fn read_section(section: &Section) -> SectionText {
    let bank = TermBank::shipped().ok();
    let mut texts = Vec::new();
    collect(to_value(section), "", &mut texts);
    let words = texts
        .iter()
        .filter(|(path, _)| path != "id" && path != "template")
        .map(|(_, text)| word_count(text))
        .sum();
    // A target group's ages are numbers; they are read as the agreement prints them
    // ("15–21 år"), so an outdated age range is found like outdated words (AV046).
    for (i, group) in section.target_groups.iter().flatten().enumerate() {
        if let Some(age) = group.age {
            texts.push((
                format!("target_groups[{i}].age"),
                format!("{}–{} år", age.from, age.to),
            ));
        }
    }
    let mut reads: Vec<TextUse> = texts
        .iter()
        .map(|(path, text)| {
            // The path from the top of the file only needs the dot before the field.
            let full = format!(".{path}");
            TextUse::read(bank, path.clone(), &full, text)
        })
        .collect();
    // Outdated wordings in prose, each weighed in its context: the sentence of the section's
    // text, or the row of structured data (every text under the same list item), gathered
    // only for a find whose fact asks for context.
    for (read, (path, text)) in reads.iter_mut().zip(&texts) {
        if !read.prose {
            continue;
        }
        let row = path.rfind("].").map(|i| &path[..=i]);
        read.outdated = outdated_uses(text, |range| match row {
            Some(row) => texts
                .iter()
                .filter(|(p, _)| p.starts_with(row))
                .map(|(_, t)| t.as_str())
                .collect::<Vec<_>>()
                .join("\n"),
            None => text[crate::language::phrases::sentence_around(text, range.start)].to_owned(),
        });
    }
    let texts = reads;
    SectionText { texts, words }
}

pub(super) fn check(
    f: &mut Findings<'_>,
    templates: Option<&TemplateSet>,
    sections: &[&SectionText],
) {
    let agreement = f.agreement;
    let lang = agreement.meta.language;
    let bank = TermBank::shipped().ok();

    // Every text of the agreement with its section: the metadata and parties, then each
    // section's; the glossary is read separately.
    let mut head: Vec<(String, String)> = Vec::new();
    collect(to_value(&agreement.meta), "meta", &mut head);
    collect(to_value(&agreement.parties), "parties", &mut head);
    let head: Vec<TextUse> = head
        .into_iter()
        .map(|(path, text)| {
            let full = path.clone();
            TextUse::read(bank, path, &full, &text)
        })
        .collect();
    let texts = || {
        head.iter().map(|t| (None, t)).chain(
            sections
                .iter()
                .enumerate()
                .flat_map(|(si, s)| s.texts.iter().map(move |t| (Some(si), t))),
        )
    };

    // The glossary prints too: a placeholder left in a term or definition is as unfilled.
    for (i, entry) in agreement.glossary.iter().enumerate() {
        for (field, text) in [("term", &entry.term), ("definition", &entry.definition)] {
            for name in crate::placeholder::names(text) {
                push(
                    f,
                    &format!("glossary[{i}].{field}"),
                    None,
                    Finding::Placeholder { name, label: None },
                );
            }
        }
    }
    for (section, text) in texts() {
        for name in &text.placeholders {
            let label = section
                .and_then(|si| agreement.sections[si].template.as_deref())
                .and_then(|id| templates?.get(id))
                .and_then(|t| t.parameter(name))
                .map(|p| p.label.get(lang).to_owned());
            push(
                f,
                &text.path,
                section,
                Finding::Placeholder {
                    name: name.clone(),
                    label,
                },
            );
        }
    }

    let defined = defined_terms(agreement);
    // Bank entries the glossary defines, by any of their wordings or abbreviations.
    let defined_entries: HashSet<usize> = bank
        .map(|bank| {
            agreement
                .glossary
                .iter()
                .flat_map(|e| bank.defined_by(&e.term))
                .collect()
        })
        .unwrap_or_default();
    let fix_for = |entry: usize| -> Option<Fix> {
        let suggested = bank?.entries().get(entry)?.glossary_entry(lang);
        Some(Fix::AddGlossaryEntry {
            term: suggested.term,
            definition: suggested.definition,
        })
    };

    // AV015 and AV033: abbreviations and jargon not defined in the glossary, each reported
    // once, with the bank's definition as the fix when the bank knows the word.
    let mut seen = HashSet::new();
    let mut reported_entries = HashSet::new();
    for (section, text) in texts() {
        if !text.prose {
            continue;
        }
        for (abbreviation, entry) in &text.abbreviations {
            let known = ABBREVIATIONS_EVERYONE_KNOWS
                .iter()
                .any(|k| k.eq_ignore_ascii_case(abbreviation));
            if known
                || entry.is_some_and(|e| defined_entries.contains(&e))
                || defined.contains(&abbreviation.to_lowercase())
                || !seen.insert(abbreviation.as_str())
            {
                continue;
            }
            if let Some(e) = entry {
                reported_entries.insert(*e);
            }
            push(
                f,
                &text.path,
                section,
                Finding::UndefinedAbbreviation {
                    abbreviation: abbreviation.clone(),
                },
            );
            f.with_fix(entry.and_then(fix_for));
        }
        for term_use in &text.terms {
            let is_jargon = bank
                .and_then(|b| b.entries().get(term_use.entry))
                .is_some_and(|e| e.jargon);
            if !is_jargon
                || defined_entries.contains(&term_use.entry)
                || defined.contains(&term_use.written.to_lowercase())
                || !reported_entries.insert(term_use.entry)
            {
                continue;
            }
            push(
                f,
                &text.path,
                section,
                Finding::UndefinedJargon {
                    term: term_use.written.clone(),
                },
            );
            f.with_fix(fix_for(term_use.entry));
        }
    }

    // AV046: the law or a name as it was before, with the current wording as the fix (not
    // for an age range, which is numbers: the message says what to enter).
    if let Ok(facts) = Facts::shipped() {
        for (section, text) in texts() {
            for found in &text.outdated {
                let Some((current, note)) = current_wording(facts, found, lang) else {
                    continue;
                };
                let words = found.words.clone();
                push(
                    f,
                    &text.path,
                    section,
                    Finding::OutdatedWording {
                        words: words.clone(),
                        current: current.clone(),
                        note,
                    },
                );
                let fix =
                    section
                        .filter(|_| !text.path.ends_with(".age"))
                        .map(|si| Fix::ReplaceWords {
                            section: agreement.sections[si].id.clone(),
                            field: text.path.clone(),
                            start: u32::try_from(found.range.start).unwrap_or(u32::MAX),
                            words,
                            with: current,
                        });
                f.with_fix(fix);
            }
        }
        // The glossary prints too; its entries are read here, not cached with a section, and
        // carry no fix (a fix replaces words in a section).
        for (i, entry) in agreement.glossary.iter().enumerate() {
            let row = format!("{}\n{}", entry.term, entry.definition);
            for (field, text) in [("term", &entry.term), ("definition", &entry.definition)] {
                for found in outdated_uses(text, |_| row.clone()) {
                    let Some((current, note)) = current_wording(facts, &found, lang) else {
                        continue;
                    };
                    f.agreement_level(
                        format!("glossary[{i}].{field}"),
                        Finding::OutdatedWording {
                            words: found.words,
                            current,
                            note,
                        },
                    );
                }
            }
        }
    }

    // AV016: the same term defined twice, also when written differently: "OT" and
    // "Oppfølgingstjenesten (OT)", or two wordings of one entry of the term bank.
    let mut terms: HashMap<String, usize> = HashMap::new();
    for (i, entry) in agreement.glossary.iter().enumerate() {
        let mut keys: Vec<String> = vec![entry.term.trim().to_lowercase()];
        let aliases = term_aliases(&entry.term);
        if aliases.len() > 1 && aliases.iter().skip(1).any(|a| !abbreviations(a).is_empty()) {
            keys.extend(aliases.iter().skip(1).map(|a| a.to_lowercase()));
        }
        if let Some(bank) = bank {
            keys.extend(
                bank.defined_by(&entry.term)
                    .into_iter()
                    .map(|e| format!("\u{0}bank:{e}")),
            );
        }
        keys.sort();
        keys.dedup();
        let earlier = keys.iter().find_map(|k| terms.get(k).copied());
        for key in keys {
            terms.entry(key).or_insert(i);
        }
        if let Some(first) = earlier {
            f.agreement_level(
                format!("glossary[{i}].term"),
                Finding::TermDefinedTwice {
                    term: entry.term.clone(),
                    first: agreement.glossary[first].term.clone(),
                },
            );
        }
    }

    if let Some(bank) = bank {
        target_group_wordings(f, bank, sections);
    }

    let mut total = 0;
    for (si, section) in sections.iter().enumerate() {
        let words = section.words;
        total += words;
        if words > SECTION_WORD_LIMIT {
            f.in_section(
                si,
                "text",
                Finding::SectionTooLong {
                    words,
                    limit: SECTION_WORD_LIMIT,
                },
            );
        }
    }
    let limit = agreement.meta.kind.word_limit();
    if total > limit {
        f.agreement_level(
            "sections",
            Finding::AgreementTooLong {
                words: total,
                limit,
            },
        );
    }
}

/// AV034: a target group of the term bank named with different wordings in different
/// sections (IRIS 2017 §3 B8: target groups defined differently by each party). The name a
/// target-group clause gives counts first, as the agreement's own name for the group;
/// abbreviations are left to AV015, since "NEET" beside its full name is one wording.
fn target_group_wordings(f: &mut Findings<'_>, bank: &TermBank, sections: &[&SectionText]) {
    // Per entry: (wording as the bank writes it, as written, section, path), clause names first.
    let mut uses: HashMap<usize, Vec<(String, &str, usize, &str)>> = HashMap::new();
    let mut order: Vec<usize> = Vec::new();
    let texts = || {
        sections
            .iter()
            .enumerate()
            .flat_map(|(si, s)| s.texts.iter().map(move |t| (si, t)))
    };
    let ordered = texts()
        .filter(|(_, t)| t.target_group_name)
        .chain(texts().filter(|(_, t)| !t.target_group_name));
    for (si, text) in ordered {
        if !text.prose {
            continue;
        }
        for term_use in &text.terms {
            let target_group = bank
                .entries()
                .get(term_use.entry)
                .is_some_and(|e| e.target_group);
            if !target_group {
                continue;
            }
            if !uses.contains_key(&term_use.entry) {
                order.push(term_use.entry);
            }
            uses.entry(term_use.entry).or_default().push((
                term_use.form.to_lowercase(),
                &term_use.written,
                si,
                &text.path,
            ));
        }
    }
    for entry in order {
        let Some(list) = uses.get(&entry) else {
            continue;
        };
        let Some(first) = list.first() else { continue };
        // Words written alike are one name, whichever of the bank's wordings they matched (the
        // matcher tolerates inflection, so "elever" may match the nynorsk "elevar" too).
        let Some(other) = list.iter().find(|(form, written, si, _)| {
            *form != first.0 && *si != first.2 && written.to_lowercase() != first.1.to_lowercase()
        }) else {
            continue;
        };
        let title = |si: usize| {
            f.agreement
                .sections
                .get(si)
                .map(|s| s.title.clone())
                .unwrap_or_default()
        };
        let finding = Finding::TargetGroupNamedDifferently {
            first: first.1.to_owned(),
            first_section: title(first.2),
            second: other.1.to_owned(),
            second_section: title(other.2),
        };
        f.in_section(other.2, other.3, finding);
    }
}

/// Adds a finding at a text: `path` is inside the section when there is one.
fn push(f: &mut Findings<'_>, path: &str, section: Option<usize>, finding: Finding) {
    match section {
        Some(si) => f.in_section(si, path, finding),
        None => f.agreement_level(path, finding),
    }
}

fn to_value<T: serde::Serialize>(value: &T) -> Value {
    serde_json::to_value(value).unwrap_or(Value::Null)
}

/// Every string in a JSON value, with its path in the file's notation. The value is taken
/// apart, so its strings are moved, not copied.
fn collect(value: Value, path: &str, out: &mut Vec<(String, String)>) {
    match value {
        Value::String(s) => out.push((path.to_owned(), s)),
        Value::Array(items) => {
            for (i, item) in items.into_iter().enumerate() {
                collect(item, &format!("{path}[{i}]"), out);
            }
        }
        Value::Object(map) => {
            for (key, item) in map {
                let child = if path.is_empty() {
                    key
                } else {
                    format!("{path}.{key}")
                };
                collect(item, &child, out);
            }
        }
        _ => {}
    }
}

/// Terms defined in the glossary, lower-cased, with the abbreviation of a term written as
/// "OT (oppfølgingstjenesten)" or "oppfølgingstjenesten (OT)" counted too.
fn defined_terms(agreement: &crate::agreement::Agreement) -> HashSet<String> {
    let mut out = HashSet::new();
    for entry in &agreement.glossary {
        let term = entry.term.trim().to_lowercase();
        for part in term.split(['(', ')', '/', ',']) {
            let part = part.trim();
            if !part.is_empty() {
                out.insert(part.to_owned());
            }
        }
        out.insert(term);
    }
    for party in &agreement.parties {
        for word in abbreviations(&party.organisation) {
            out.insert(word.to_lowercase());
        }
    }
    out
}

/// Words that look like abbreviations: 2–6 capitals (digits allowed after the first letter),
/// outside placeholders, and not Roman numerals.
pub(super) fn abbreviations(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let cleaned = if text.contains("{{") {
        Cow::Owned(placeholder::fill(text, &|_| Some(" ".to_owned())))
    } else {
        Cow::Borrowed(text)
    };
    for word in cleaned.split(|c: char| !c.is_alphanumeric()) {
        // Most words start with a small letter: no need to count them.
        if !word.chars().next().is_some_and(char::is_uppercase) {
            continue;
        }
        let count = word.chars().count();
        let letters = word.chars().filter(|c| c.is_alphabetic()).count();
        let looks_like = (2..=6).contains(&count)
            && letters >= 2
            && word.chars().next().is_some_and(char::is_uppercase)
            && word.chars().all(|c| c.is_uppercase() || c.is_ascii_digit());
        let roman = word.chars().all(|c| matches!(c, 'I' | 'V' | 'X'));
        if looks_like && !roman {
            out.push(word.to_owned());
        }
    }
    out
}

/// The outdated wordings of the legal facts in a text, in either language's list (a text
/// may mix them), matched as whole words and without regard to case; a fact with context
/// words counts only where `context` (the words around a find) holds one.
fn outdated_uses(
    text: &str,
    context: impl Fn(&std::ops::Range<usize>) -> String,
) -> Vec<OutdatedUse> {
    let Ok(facts) = Facts::shipped() else {
        return Vec::new();
    };
    let lower = text.to_lowercase();
    let mut out: Vec<OutdatedUse> = Vec::new();
    for wording in facts.outdated_wordings() {
        if !lower.contains(&wording.lower) {
            continue;
        }
        let Some(fact) = facts.all().get(wording.fact) else {
            continue;
        };
        for range in whole_words(text, &wording.lower) {
            if !fact.context.is_empty() && !fact.in_context(&context(&range)) {
                continue;
            }
            if !out
                .iter()
                .any(|u| u.range.start < range.end && range.start < u.range.end)
            {
                out.push(OutdatedUse {
                    fact: wording.fact,
                    old: wording.old.clone(),
                    words: text[range.clone()].to_owned(),
                    range,
                });
            }
        }
    }
    out.sort_by_key(|u| u.range.start);
    out
}

/// What to write instead of an outdated wording, in the agreement's language, and the note
/// saying why (the wording may be listed under the other language only).
fn current_wording(
    facts: &Facts,
    found: &OutdatedUse,
    lang: crate::lang::Lang,
) -> Option<(String, String)> {
    let fact = facts.all().get(found.fact)?;
    let mine = fact.text(lang);
    let outdated = mine
        .outdated
        .iter()
        .chain(fact.text(lang.other()).outdated.iter())
        .find(|o| o.old.to_lowercase() == found.old.to_lowercase())?;
    Some((mine.replacement(outdated), mine.note.clone()))
}

/// Where `needle` (lowercase) stands in `text` as whole words, ignoring case.
fn whole_words(text: &str, needle: &str) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    let is_word = |c: char| c.is_alphanumeric();
    for (start, _) in text.char_indices() {
        if text[..start].chars().next_back().is_some_and(is_word) {
            continue;
        }
        let mut wanted = needle.chars();
        let mut end = start;
        let mut matched = true;
        for c in text[start..].chars() {
            let Some(_) = wanted.clone().next() else {
                break;
            };
            let mut lower = c.to_lowercase();
            for lc in lower.by_ref() {
                if wanted.next() != Some(lc) {
                    matched = false;
                    break;
                }
            }
            if !matched {
                break;
            }
            end += c.len_utf8();
        }
        if matched && wanted.next().is_none() && !text[end..].chars().next().is_some_and(is_word) {
            out.push(start..end);
        }
    }
    out
}

/// Words in a text: runs of non-space characters with at least one letter or digit.
pub fn word_count(text: &str) -> usize {
    // The same as counting `split_whitespace` pieces with a letter or digit, in one pass that
    // stops looking for a letter once a word has one.
    let (mut count, mut in_word, mut counted) = (0, false, false);
    for c in text.chars() {
        if c.is_whitespace() {
            in_word = false;
            continue;
        }
        if !in_word {
            in_word = true;
            counted = false;
        }
        if !counted && c.is_alphanumeric() {
            counted = true;
            count += 1;
        }
    }
    count
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_abbreviations_but_not_ordinary_words() {
        assert_eq!(
            abbreviations("OT og PPT møter NAV-kontoret i VG1 og Oslo, kap. IV"),
            ["OT", "PPT", "NAV", "VG1"]
        );
        assert!(abbreviations("Dette er en {{OT-KONTAKT}} I A").is_empty());
    }

    #[test]
    fn counts_words() {
        assert_eq!(word_count("Én to – tre\n\n- fire"), 4);
    }
}
