//! The family of agreements: a sub-agreement or action plan checked against its main agreement
//! as that file is now. Sub-agreements must stay inside the main agreement's frame: its period,
//! its parties (or parties named as additional) and one of its areas of cooperation – an action
//! plan, which covers the whole cooperation, may name none (SINTEF 2010 §3.1 and the Troms
//! finding in §2.8 that new særavtaler must fit existing areas;
//! anchors-agreement-tools.md: "the app must handle a document family, not a single document").

use super::{Finding, Findings, ParentFile};
use crate::agreement::{Agreement, Party};

pub(super) fn check(f: &mut Findings<'_>, parent: ParentFile<'_>) {
    let Some(link) = &f.agreement.meta.parent else {
        return;
    };
    let file = link.file.clone().unwrap_or_default();
    let main = match parent {
        ParentFile::Unreadable { reason } => {
            f.agreement_level(
                "meta.parent.file",
                Finding::ParentUnreadable {
                    file,
                    reason: reason.to_owned(),
                },
            );
            return;
        }
        ParentFile::Loaded(main) => main,
    };
    if !link.id.is_empty() && main.meta.id != link.id {
        f.agreement_level(
            "meta.parent.file",
            Finding::ParentMismatch {
                file,
                title: main.meta.title.clone(),
            },
        );
        return;
    }
    let title = main.meta.title.clone();
    for (i, party) in f.agreement.parties.iter().enumerate() {
        let additional = link.additional_parties.contains(&party.id);
        if !additional && !in_main(party, main) {
            f.agreement_level(
                format!("parties[{i}]"),
                Finding::PartyNotInParent {
                    party: party.organisation.clone(),
                    parent: title.clone(),
                },
            );
        }
    }
    let named = link.area.as_deref().filter(|a| !a.trim().is_empty());
    let areas = &main.meta.areas;
    // A yearly action plan covers the whole cooperation, not one area (issue 14: an action
    // plan linked to its main agreement was asked for an area).
    let whole = f.agreement.meta.kind.covers_whole_cooperation();
    match named {
        _ if areas.is_empty() => {}
        None if whole => {}
        Some(area) if !areas.iter().any(|a| crate::model::name::same_name(a, area)) => f
            .agreement_level(
                "meta.parent.area",
                Finding::AreaNotInParent {
                    area: area.to_owned(),
                    parent: title,
                    areas: areas.join(", "),
                },
            ),
        Some(_) => {}
        None => f.agreement_level(
            "meta.parent.area",
            Finding::NoArea {
                parent: title,
                areas: areas.join(", "),
            },
        ),
    }
}

/// Whether a party of the sub-agreement is a party to the main agreement: the same
/// organisation, whatever unit of it signs.
fn in_main(party: &Party, main: &Agreement) -> bool {
    main.parties
        .iter()
        .any(|p| crate::model::name::same_name(&p.organisation, &party.organisation))
}
