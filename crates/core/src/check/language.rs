//! Language: unfilled `{{placeholders}}`, abbreviations used without a definition in the
//! glossary ("stammespråk", IRIS 2017 §2.6 R24 and §3 B10), terms defined twice, and length,
//! because long, vague agreements are not used (IRIS 2017 §2.1 R1; SINTEF 2010 §4.2 R1).

use std::collections::{HashMap, HashSet};

use serde_json::Value;

use super::{Finding, Findings};
use crate::agreement::{AgreementKind, Section};
use crate::placeholder;
use crate::template::TemplateSet;

/// Abbreviations so well known that no agreement needs to define them.
pub const ABBREVIATIONS_EVERYONE_KNOWS: [&str; 2] = ["NAV", "KS"];

/// The most words advised for a whole agreement of each kind. The studies praise agreements
/// that are "short and to the point" and fit in daily use; these limits (about 6, 5 and 4
/// pages) are our reading of that advice.
fn word_limit(kind: AgreementKind) -> usize {
    match kind {
        AgreementKind::Hovedavtale => 3000,
        AgreementKind::Underavtale => 2500,
        AgreementKind::Handlingsplan => 2000,
    }
}

/// The most words advised for one section (about one page).
const SECTION_WORD_LIMIT: usize = 500;

pub(super) fn check(f: &mut Findings<'_>, templates: Option<&TemplateSet>) {
    let agreement = f.agreement;
    let lang = agreement.meta.language;

    // Every text of the agreement with its field path; the glossary is read separately.
    let mut texts: Vec<(String, String, Option<usize>)> = Vec::new();
    collect(&to_value(&agreement.meta), "meta", None, &mut texts);
    collect(&to_value(&agreement.parties), "parties", None, &mut texts);
    for (si, section) in agreement.sections.iter().enumerate() {
        collect(
            &to_value(section),
            &format!("sections[{si}]"),
            Some(si),
            &mut texts,
        );
    }

    let mut reported = HashSet::new();
    for (path, text, section) in &texts {
        for name in placeholder::names(text) {
            if !reported.insert((path.clone(), name.clone())) {
                continue;
            }
            let label = section
                .and_then(|si| agreement.sections[si].template.as_deref())
                .and_then(|id| templates?.get(id))
                .and_then(|t| t.parameter(&name))
                .map(|p| p.label.get(lang).to_owned());
            push(f, path, *section, Finding::Placeholder { name, label });
        }
    }

    let defined = defined_terms(agreement);
    let mut seen = HashSet::new();
    for (path, text, section) in &texts {
        if path.ends_with(".template") || path.ends_with(".id") {
            continue;
        }
        for abbreviation in abbreviations(text) {
            if defined.contains(&abbreviation.to_lowercase())
                || ABBREVIATIONS_EVERYONE_KNOWS.contains(&abbreviation.as_str())
                || !seen.insert(abbreviation.clone())
            {
                continue;
            }
            push(
                f,
                path,
                *section,
                Finding::UndefinedAbbreviation { abbreviation },
            );
        }
    }

    let mut terms: HashMap<String, usize> = HashMap::new();
    for (i, entry) in agreement.glossary.iter().enumerate() {
        let key = entry.term.trim().to_lowercase();
        if terms.insert(key, i).is_some() {
            f.agreement_level(
                format!("glossary[{i}].term"),
                Finding::TermDefinedTwice {
                    term: entry.term.clone(),
                },
            );
        }
    }

    let mut total = 0;
    for (si, section) in agreement.sections.iter().enumerate() {
        let words = section_words(section);
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
    let limit = word_limit(agreement.meta.kind);
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

fn push(f: &mut Findings<'_>, path: &str, section: Option<usize>, finding: Finding) {
    match section {
        Some(si) => {
            let prefix = format!("sections[{si}]");
            let field = path
                .strip_prefix(&prefix)
                .unwrap_or(path)
                .trim_start_matches('.');
            f.in_section(si, field, finding);
        }
        None => f.agreement_level(path, finding),
    }
}

fn to_value<T: serde::Serialize>(value: &T) -> Value {
    serde_json::to_value(value).unwrap_or(Value::Null)
}

/// Every string in a JSON value, with its path in the file's notation.
fn collect(
    value: &Value,
    path: &str,
    section: Option<usize>,
    out: &mut Vec<(String, String, Option<usize>)>,
) {
    match value {
        Value::String(s) => out.push((path.to_owned(), s.clone(), section)),
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                collect(item, &format!("{path}[{i}]"), section, out);
            }
        }
        Value::Object(map) => {
            for (key, item) in map {
                let child = if path.is_empty() {
                    key.clone()
                } else {
                    format!("{path}.{key}")
                };
                collect(item, &child, section, out);
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
    let cleaned = placeholder::fill(text, &|_| Some(" ".to_owned()));
    for word in cleaned.split(|c: char| !c.is_alphanumeric()) {
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

/// Words in a text: runs of non-space characters with at least one letter or digit.
pub fn word_count(text: &str) -> usize {
    text.split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count()
}

/// Words in a section's text and structured data.
fn section_words(section: &Section) -> usize {
    let mut texts = Vec::new();
    collect(&to_value(section), "", None, &mut texts);
    texts
        .iter()
        .filter(|(path, _, _)| path != "id" && path != "template")
        .map(|(_, text, _)| word_count(text))
        .sum()
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
