//! Sections: none empty, and an evaluation planned somewhere, because agreements that are not
//! evaluated and revised fall out of use (IRIS 2017 §2.7 R27–R29; Buskerud/thesis §3.3 check 6);
//! and a glossary with terms is shown by a section, so what prints is what the outline shows.

use super::{Finding, Findings};

pub(super) fn check(f: &mut Findings<'_>) {
    let agreement = f.agreement;
    for (si, section) in agreement.sections.iter().enumerate() {
        if section.text.trim().is_empty() && section.kinds().is_empty() && section.show.is_none() {
            f.in_section(si, "text", Finding::EmptySection);
        }
    }
    let planned = agreement
        .sections
        .iter()
        .filter_map(|s| s.evaluation.as_ref())
        .any(|e| e.cadence.is_some() || e.next.is_some());
    // The advice to plan an evaluation comes from the county studies.
    if !planned && agreement.meta.kind.is_county() {
        f.agreement_level("sections", Finding::NoEvaluation);
    }
    let printed = agreement
        .glossary
        .iter()
        .filter(|e| e.is_complete())
        .count();
    if !agreement.shows_glossary() && printed > 0 {
        f.agreement_level("glossary", Finding::GlossaryNotShown { terms: printed });
    }
    // AV049: a glossary entry with a blank term or definition is not printed; it is an error
    // (not a refused edit) so the row the page adds can be typed into first.
    for (i, entry) in agreement.glossary.iter().enumerate() {
        if entry.is_complete() {
            continue;
        }
        let term_blank = entry.term.trim().is_empty();
        let field = if term_blank { "term" } else { "definition" };
        f.agreement_level(
            format!("glossary[{i}].{field}"),
            Finding::GlossaryEntryIncomplete {
                term: (!term_blank).then(|| entry.term.trim().to_owned()),
                term_blank,
                empty: term_blank && entry.definition.trim().is_empty(),
            },
        );
    }
}

#[cfg(test)]
mod tests {
    use crate::check::{CheckOptions, Code, check};

    /// Seen in a new-user walkthrough: the glossary's section was deleted, the terms stayed and
    /// printed as an unnumbered part, with no word about it.
    #[test]
    fn a_glossary_no_section_shows_is_reported() {
        let example = include_str!("../../../../examples/hovedavtale-vestland.avtale.yaml");
        let mut a = crate::format::agreement_from_str(example, "x").expect("example");
        let codes = |a: &crate::Agreement| -> Vec<Code> {
            check(a, CheckOptions::default())
                .into_iter()
                .map(|d| d.code)
                .collect()
        };
        assert!(!codes(&a).contains(&Code::GlossaryNotShown));
        a.sections
            .retain(|s| s.show != Some(crate::agreement::Generated::Glossary));
        assert!(codes(&a).contains(&Code::GlossaryNotShown));
        a.glossary.clear();
        assert!(!codes(&a).contains(&Code::GlossaryNotShown));
    }

    /// Seen in a new-user walkthrough: an empty glossary row was accepted and printed as a
    /// blank row. It is an error naming the blank field, and it is not printed; the edit that
    /// adds the row is not refused, so the page can add a row and the user type into it.
    #[test]
    fn a_blank_glossary_entry_is_an_error_at_its_blank_field_and_is_not_printed() {
        use crate::agreement::GlossaryEntry;
        use crate::lang::Locale;
        let example = include_str!("../../../../examples/hovedavtale-vestland.avtale.yaml");
        let mut a = crate::format::agreement_from_str(example, "x").expect("example");
        let n = a.glossary.len();
        let entry = |term: &str, definition: &str| GlossaryEntry {
            term: term.into(),
            definition: definition.into(),
        };
        a.glossary.push(entry("", " "));
        a.glossary.push(entry(" ", "Det som er avtalt."));
        a.glossary.push(entry("Xylofonplan", ""));
        let found: Vec<_> = check(
            &a,
            CheckOptions {
                locale: Locale::Nb,
                ..CheckOptions::default()
            },
        )
        .into_iter()
        .filter(|d| d.code == Code::GlossaryEntryIncomplete)
        .collect();
        let fields: Vec<&str> = found.iter().map(|d| d.field.as_str()).collect();
        assert_eq!(
            fields,
            [
                format!("glossary[{n}].term"),
                format!("glossary[{}].term", n + 1),
                format!("glossary[{}].definition", n + 2),
            ]
        );
        assert!(found.iter().all(|d| d.severity == crate::Severity::Error));
        assert!(found[0].message.contains("tom rad"), "{}", found[0].message);
        assert!(
            found[1].message.starts_with("Begrep mangler"),
            "{}",
            found[1].message
        );
        assert!(
            found[2].message.starts_with("Definisjon mangler")
                && found[2].message.contains("«Xylofonplan»"),
            "{}",
            found[2].message
        );

        // Printed: the complete entries only.
        let md = crate::render::markdown::render(&a);
        assert!(
            !md.contains("Xylofonplan"),
            "a term without definition printed"
        );
        assert!(
            !md.contains("Det som er avtalt"),
            "a definition without term printed"
        );
        let glossary = md
            .split("Begreper\n")
            .nth(1)
            .and_then(|rest| rest.split("\n## ").next())
            .expect("the glossary section");
        let rows = glossary.lines().filter(|l| l.starts_with("| ")).count();
        assert_eq!(
            rows,
            n + 1,
            "the heading and the complete entries only:\n{glossary}"
        );

        // A glossary of blank rows only prints nothing, and is not reported as not shown.
        a.glossary.retain(|e| !e.is_complete());
        a.sections
            .retain(|s| s.show != Some(crate::agreement::Generated::Glossary));
        let tree = crate::render::tree::build(&a);
        assert!(
            tree.sections.iter().all(|s| s.number.is_some()),
            "an empty glossary part printed"
        );
        assert!(
            !check(&a, CheckOptions::default())
                .iter()
                .any(|d| d.code == Code::GlossaryNotShown)
        );
    }
}
