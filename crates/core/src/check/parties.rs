//! Parties: at least two, each with a signatory, each named where it signs, every party id a
//! clause uses must exist, and contact persons need deputies (so the cooperation does not rest
//! on one person; SINTEF 2010 §4.2 R9).

use std::collections::HashSet;

use super::{Finding, Findings};
use crate::agreement::{PartyId, Section};
use crate::clause::Holder;

pub(super) fn check(f: &mut Findings<'_>) {
    let agreement = f.agreement;
    if agreement.parties.len() < 2 {
        f.agreement_level("parties", Finding::TooFewParties);
    }
    for (i, party) in agreement.parties.iter().enumerate() {
        if party
            .signatory
            .as_ref()
            .is_none_or(|s| s.name.trim().is_empty())
        {
            f.agreement_level(
                format!("parties[{i}].signatory"),
                Finding::PartyWithoutSignatory {
                    party: party.organisation.clone(),
                },
            );
        }
        if let Some(contact) = &party.contact
            && !named(contact.deputy.as_ref())
        {
            f.agreement_level(
                format!("parties[{i}].contact"),
                Finding::ContactWithoutDeputy {
                    name: contact.name.clone(),
                },
            );
        }
    }

    let known: HashSet<&PartyId> = agreement.parties.iter().map(|p| &p.id).collect();
    for (si, section) in agreement.sections.iter().enumerate() {
        for (field, id) in party_refs(section) {
            if !known.contains(id) {
                f.in_section(si, &field, Finding::UnknownParty { id: id.0.clone() });
            }
        }
        for (ci, contact) in section.contacts.iter().flatten().enumerate() {
            if !named(contact.deputy.as_ref()) {
                f.in_section(
                    si,
                    &format!("contacts[{ci}].deputy"),
                    Finding::ContactWithoutDeputy {
                        name: contact.name.clone(),
                    },
                );
            }
        }
    }

    let signature_sections: Vec<(usize, &Section)> = agreement
        .sections
        .iter()
        .enumerate()
        .filter(|(_, s)| s.signatures.is_some())
        .collect();
    if signature_sections.is_empty() {
        f.agreement_level("sections", Finding::NoSignatures);
    }
    for (si, section) in signature_sections {
        let Some(signatures) = &section.signatures else {
            continue;
        };
        if signatures.parties.is_empty() {
            continue; // Every party signs.
        }
        for party in &agreement.parties {
            if !signatures.parties.contains(&party.id) {
                f.in_section(
                    si,
                    "signatures.parties",
                    Finding::PartyDoesNotSign {
                        party: party.organisation.clone(),
                    },
                );
            }
        }
    }
}

fn holder<'s>(out: &mut Vec<(String, &'s PartyId)>, path: String, h: &'s Holder) {
    match h {
        Holder::Party(id) => out.push((format!("{path}.party"), id)),
        Holder::Alternating(ids) => {
            for (k, id) in ids.iter().enumerate() {
                out.push((format!("{path}.alternating[{k}]"), id));
            }
        }
    }
}

/// Every party id a section names, with its field path inside the section.
pub(super) fn party_refs(section: &Section) -> Vec<(String, &PartyId)> {
    let mut out: Vec<(String, &PartyId)> = Vec::new();
    for (ri, role) in section.roles.iter().flatten().enumerate() {
        if let Some(id) = &role.party {
            out.push((format!("roles[{ri}].party"), id));
        }
        for (ti, task) in role.tasks.iter().enumerate() {
            if let Some(id) = &task.responsible {
                out.push((format!("roles[{ri}].tasks[{ti}].responsible"), id));
            }
        }
    }
    if let Some(mandate) = &section.mandate {
        for (mi, member) in mandate.members.iter().enumerate() {
            if let Some(id) = &member.party {
                out.push((format!("mandate.members[{mi}].party"), id));
            }
        }
        if let Some(leader) = &mandate.leader {
            holder(&mut out, "mandate.leader".into(), leader);
        }
    }
    for (bi, boundary) in section.boundaries.iter().flatten().enumerate() {
        if let Some(id) = &boundary.lead {
            out.push((format!("boundaries[{bi}].lead"), id));
        }
        for (k, id) in boundary.support.iter().enumerate() {
            out.push((format!("boundaries[{bi}].support[{k}]"), id));
        }
    }
    for (mi, body) in section.meetings.iter().flatten().enumerate() {
        for (k, member) in body.members.iter().enumerate() {
            if let Some(id) = &member.party {
                out.push((format!("meetings[{mi}].members[{k}].party"), id));
            }
        }
        if let Some(chair) = &body.chair {
            holder(&mut out, format!("meetings[{mi}].chair"), chair);
        }
        if let Some(minutes) = &body.minutes {
            holder(&mut out, format!("meetings[{mi}].minutes"), minutes);
        }
    }
    for (k, step) in section.steps.iter().flatten().enumerate() {
        if let Some(id) = &step.responsible {
            out.push((format!("steps[{k}].responsible"), id));
        }
    }
    for (k, group) in section.target_groups.iter().flatten().enumerate() {
        if let Some(id) = &group.lead {
            out.push((format!("target_groups[{k}].lead"), id));
        }
    }
    for (k, goal) in section.goals.iter().flatten().enumerate() {
        if let Some(id) = &goal.responsible {
            out.push((format!("goals[{k}].responsible"), id));
        }
    }
    for (k, measure) in section.measures.iter().flatten().enumerate() {
        if let Some(id) = &measure.responsible {
            out.push((format!("measures[{k}].responsible"), id));
        }
    }
    for (k, contact) in section.contacts.iter().flatten().enumerate() {
        if let Some(id) = &contact.party {
            out.push((format!("contacts[{k}].party"), id));
        }
    }
    for (k, finance) in section.finances.iter().flatten().enumerate() {
        out.push((format!("finances[{k}].party"), &finance.party));
    }
    for (k, report) in section.reporting.iter().flatten().enumerate() {
        if let Some(id) = &report.from {
            out.push((format!("reporting[{k}].from"), id));
        }
    }
    if let Some(evaluation) = &section.evaluation
        && let Some(responsible) = &evaluation.responsible
    {
        holder(&mut out, "evaluation.responsible".into(), responsible);
    }
    if let Some(signatures) = &section.signatures {
        for (k, id) in signatures.parties.iter().enumerate() {
            out.push((format!("signatures.parties[{k}]"), id));
        }
    }
    out
}

/// Whether a deputy is there and has a name (the app's form adds one with a blank name when its
/// box is ticked).
fn named(deputy: Option<&crate::clause::Deputy>) -> bool {
    deputy.is_some_and(|d| !d.name.trim().is_empty())
}
