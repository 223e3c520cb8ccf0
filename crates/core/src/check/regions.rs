//! Where the agreement reaches: every region it names (`meta.regions`) should have a meeting
//! body held in it, a measure or a contact person tagged with it, or the cooperation does not
//! reach there (SINTEF 2010 R27: equal treatment across the county's regions).

use super::{Finding, Findings};
use crate::agreement::Agreement;
use crate::model::name::same_name;

pub(super) fn check(f: &mut Findings<'_>) {
    let agreement = f.agreement;
    for (ri, region) in agreement.meta.regions.iter().enumerate() {
        let name = region.name.trim();
        if name.is_empty() || covered(agreement, name) {
            continue;
        }
        f.agreement_level(
            format!("meta.regions[{ri}]"),
            Finding::RegionNotCovered {
                region: name.to_owned(),
            },
        );
    }
}

/// Whether a meeting body is held in the region, or a measure or a contact (in a section or a
/// party's own) is tagged with it; names compare as the calendar compares them.
fn covered(agreement: &Agreement, region: &str) -> bool {
    let tagged = |tags: &[String]| tags.iter().any(|t| same_name(t, region));
    agreement.sections.iter().any(|section| {
        section
            .meetings
            .iter()
            .flatten()
            .any(|b| tagged(&b.regions))
            || section
                .measures
                .iter()
                .flatten()
                .any(|m| tagged(&m.regions))
            || section
                .contacts
                .iter()
                .flatten()
                .any(|c| tagged(&c.regions))
    }) || agreement
        .parties
        .iter()
        .filter_map(|p| p.contact.as_ref())
        .any(|c| tagged(&c.regions))
}
