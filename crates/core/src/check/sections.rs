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
    if !agreement.shows_glossary() && !agreement.glossary.is_empty() {
        f.agreement_level(
            "glossary",
            Finding::GlossaryNotShown {
                terms: agreement.glossary.len(),
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
}
