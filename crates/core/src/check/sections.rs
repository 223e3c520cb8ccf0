//! Sections: none empty, and an evaluation planned somewhere, because agreements that are not
//! evaluated and revised fall out of use (IRIS 2017 §2.7 R27–R29; Buskerud/thesis §3.3 check 6).

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
    if !planned {
        f.agreement_level("sections", Finding::NoEvaluation);
    }
}
