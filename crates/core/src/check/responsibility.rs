//! Responsibility: every task and routine step has one responsible party, every boundary area
//! a lead party, every goal an indicator and a deadline, every mandate its authority, reporting
//! line and leader. These are the points the studies name as the difference between an
//! agreement that is used and one that is not (IRIS 2017 §2.2 R4–R5; SINTEF 2010 §4.2 R2, R7,
//! R13).

use super::{Finding, Findings};

pub(super) fn check(f: &mut Findings<'_>) {
    for (si, section) in f.agreement.sections.iter().enumerate() {
        for (ri, role) in section.roles.iter().flatten().enumerate() {
            for (ti, task) in role.tasks.iter().enumerate() {
                if task.responsible.is_none() {
                    f.in_section(
                        si,
                        &format!("roles[{ri}].tasks[{ti}].responsible"),
                        Finding::TaskWithoutResponsible {
                            task: task.task.clone(),
                        },
                    );
                }
            }
        }
        for (k, step) in section.steps.iter().flatten().enumerate() {
            if step.responsible.is_none() {
                f.in_section(
                    si,
                    &format!("steps[{k}].responsible"),
                    Finding::TaskWithoutResponsible {
                        task: step.action.clone(),
                    },
                );
            }
        }
        for (k, measure) in section.measures.iter().flatten().enumerate() {
            if measure.responsible.is_none() {
                f.in_section(
                    si,
                    &format!("measures[{k}].responsible"),
                    Finding::TaskWithoutResponsible {
                        task: measure.name.clone(),
                    },
                );
            }
        }
        for (k, boundary) in section.boundaries.iter().flatten().enumerate() {
            if boundary.lead.is_none() {
                f.in_section(
                    si,
                    &format!("boundaries[{k}].lead"),
                    Finding::BoundaryWithoutLead {
                        area: boundary.area.clone(),
                    },
                );
            }
        }
        for (k, goal) in section.goals.iter().flatten().enumerate() {
            if goal.indicator.trim().is_empty() || goal.deadline.is_none() {
                let field = if goal.indicator.trim().is_empty() {
                    "indicator"
                } else {
                    "deadline"
                };
                f.in_section(
                    si,
                    &format!("goals[{k}].{field}"),
                    Finding::GoalNotMeasurable {
                        goal: goal.goal.clone(),
                    },
                );
            }
            // AV050: a target is followed up against a starting point and figures from a
            // known source (seed-sintef-2010-county-agreements.md R13).
            let (no_baseline, no_source) = (!goal.has_baseline(), !goal.has_source());
            if goal.has_target() && (no_baseline || no_source) {
                let field = if no_baseline { "baseline" } else { "source" };
                f.in_section(
                    si,
                    &format!("goals[{k}].{field}"),
                    Finding::GoalNotFollowable {
                        goal: goal.goal.clone(),
                        no_baseline,
                        no_source,
                    },
                );
            }
        }
        if let Some(mandate) = &section.mandate {
            let missing = [
                ("authority", mandate.authority.trim().is_empty()),
                ("reports_to", mandate.reports_to.trim().is_empty()),
                (
                    "leader",
                    mandate
                        .leader
                        .as_ref()
                        .is_none_or(crate::clause::Holder::is_nobody),
                ),
            ]
            .into_iter()
            .find(|(_, missing)| *missing);
            if let Some((field, _)) = missing {
                f.in_section(
                    si,
                    &format!("mandate.{field}"),
                    Finding::MandateIncomplete {
                        group: mandate.group.clone(),
                    },
                );
            }
        }
        for (k, group) in section.target_groups.iter().flatten().enumerate() {
            if group.definition.trim().is_empty()
                && group.age.is_none()
                && group.criteria.is_empty()
            {
                f.in_section(
                    si,
                    &format!("target_groups[{k}].definition"),
                    Finding::TargetGroupUndefined {
                        group: group.name.clone(),
                    },
                );
            }
        }
        if let Some(sharing) = &section.information_sharing {
            match &sharing.consent {
                None if sharing.personal_data => {
                    f.in_section(
                        si,
                        "information_sharing.consent",
                        Finding::SharingWithoutConsent,
                    );
                }
                Some(consent)
                    if consent.given_by.trim().is_empty()
                        || consent.withdrawal.trim().is_empty()
                        || consent.scope.trim().is_empty() =>
                {
                    f.in_section(
                        si,
                        "information_sharing.consent",
                        Finding::ConsentIncomplete,
                    );
                }
                _ => {}
            }
        }
    }
}
