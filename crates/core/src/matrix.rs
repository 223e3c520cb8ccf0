//! Who does what: a responsibility matrix of the agreement's tasks (rows) against its parties
//! (columns), built from the roles and tasks, the boundaries between the parties, the routine
//! steps and the joint measures. It shows at a glance what nobody owns (a gap), what two
//! parties each think they own (an overlap), and whether one party carries almost everything.
//!
//! The studies ask for exactly this: "who is responsible for what" made concrete and visible
//! (IRIS 2017 §2.2 R4, the responsibility matrix; S:731-734, the agreement that works "describes
//! who is responsible for what"), and note that an agreement one party carries alone is not
//! anchored in the other (SINTEF 2010 §4.2 R11).

use serde::Serialize;

use crate::agreement::{Agreement, PartyId, SectionId};

/// A party's part in one task.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub enum Part {
    /// Has the responsibility.
    Responsible,
    /// Takes part: owns the role the task belongs to, or supports where the parties meet.
    Involved,
}

/// Where a row comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub enum Source {
    /// A task of a role.
    Task,
    /// An area where the parties meet (grenseflate).
    Boundary,
    /// A step of a routine.
    Step,
    /// A joint measure.
    Measure,
}

/// One task and each party's part in it.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct Row {
    /// The task, area, step or measure, as written.
    pub task: String,
    /// The role it belongs to, for tasks of a role.
    #[cfg_attr(feature = "ts", ts(optional))]
    pub role: Option<String>,
    /// What kind of row it is.
    pub source: Source,
    /// The section it is written in.
    pub section: SectionId,
    /// The field path of the responsible party, for going to it.
    pub field: String,
    /// One cell per party, in the order of [`Matrix::parties`]; `None` is no part.
    pub cells: Vec<Option<Part>>,
}

/// What the matrix shows that needs looking at.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "snake_case", tag = "kind")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub enum Concern {
    /// A task nobody is responsible for.
    Gap {
        /// The row.
        row: u32,
    },
    /// The same task written twice with different responsible parties.
    Overlap {
        /// The rows.
        rows: Vec<u32>,
    },
    /// One party is responsible for more than [`IMBALANCE_SHARE`] of the tasks.
    Imbalance {
        /// The party.
        party: PartyId,
        /// How many tasks it owns.
        owns: u32,
        /// Of how many with an owner.
        of: u32,
    },
}

/// The matrix.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct Matrix {
    /// The columns: the agreement's parties.
    pub parties: Vec<PartyId>,
    /// The rows, in the agreement's order.
    pub rows: Vec<Row>,
    /// Tasks each party is responsible for, in the order of `parties`.
    pub owned: Vec<u32>,
    /// Gaps, overlaps and imbalance.
    pub concerns: Vec<Concern>,
}

/// The share of owned tasks above which one party is said to carry the agreement alone. Three
/// quarters leaves room for the natural lead of one party (the county for pupils, NAV for
/// adults) while catching an agreement that asks almost nothing of the other.
pub const IMBALANCE_SHARE: f64 = 0.75;

/// Fewer owned tasks than this say too little to judge balance.
pub const IMBALANCE_MIN_TASKS: u32 = 6;

struct Builder<'a> {
    parties: &'a [PartyId],
    rows: Vec<Row>,
}

impl Builder<'_> {
    fn push(&mut self, row: RowInput<'_>) {
        let mut cells = vec![None; self.parties.len()];
        for id in row.involved {
            if let Some(i) = self.parties.iter().position(|p| p == id) {
                cells[i] = Some(Part::Involved);
            }
        }
        if let Some(id) = row.responsible
            && let Some(i) = self.parties.iter().position(|p| p == id)
        {
            cells[i] = Some(Part::Responsible);
        }
        self.rows.push(Row {
            task: row.task.to_owned(),
            role: row.role.map(str::to_owned),
            source: row.source,
            section: row.section.clone(),
            field: row.field,
            cells,
        });
    }
}

struct RowInput<'a> {
    task: &'a str,
    role: Option<&'a str>,
    source: Source,
    section: &'a SectionId,
    field: String,
    responsible: Option<&'a PartyId>,
    involved: Vec<&'a PartyId>,
}

/// Builds the matrix of an agreement.
pub fn matrix(agreement: &Agreement) -> Matrix {
    let parties: Vec<PartyId> = agreement.parties.iter().map(|p| p.id.clone()).collect();
    let mut b = Builder {
        parties: &parties,
        rows: Vec::new(),
    };
    for (si, s) in agreement.sections.iter().enumerate() {
        let base = format!("sections[{si}]");
        for (ri, role) in s.roles.iter().flatten().enumerate() {
            for (ti, task) in role.tasks.iter().enumerate() {
                b.push(RowInput {
                    task: &task.task,
                    role: Some(&role.role),
                    source: Source::Task,
                    section: &s.id,
                    field: format!("{base}.roles[{ri}].tasks[{ti}].responsible"),
                    responsible: task.responsible.as_ref(),
                    involved: role.party.iter().collect(),
                });
            }
        }
        for (k, boundary) in s.boundaries.iter().flatten().enumerate() {
            b.push(RowInput {
                task: &boundary.area,
                role: None,
                source: Source::Boundary,
                section: &s.id,
                field: format!("{base}.boundaries[{k}].lead"),
                responsible: boundary.lead.as_ref(),
                involved: boundary.support.iter().collect(),
            });
        }
        for (k, step) in s.steps.iter().flatten().enumerate() {
            b.push(RowInput {
                task: &step.action,
                role: None,
                source: Source::Step,
                section: &s.id,
                field: format!("{base}.steps[{k}].responsible"),
                responsible: step.responsible.as_ref(),
                involved: Vec::new(),
            });
        }
        for (k, measure) in s.measures.iter().flatten().enumerate() {
            b.push(RowInput {
                task: &measure.name,
                role: None,
                source: Source::Measure,
                section: &s.id,
                field: format!("{base}.measures[{k}].responsible"),
                responsible: measure.responsible.as_ref(),
                involved: Vec::new(),
            });
        }
    }
    let rows = b.rows;
    let owned: Vec<u32> = (0..parties.len())
        .map(|i| {
            count(
                rows.iter()
                    .filter(|r| r.cells[i] == Some(Part::Responsible)),
            )
        })
        .collect();
    let concerns = concerns(&parties, &rows, &owned);
    Matrix {
        parties,
        rows,
        owned,
        concerns,
    }
}

fn count<T>(items: impl Iterator<Item = T>) -> u32 {
    u32::try_from(items.count()).unwrap_or(u32::MAX)
}

fn index(i: usize) -> u32 {
    u32::try_from(i).unwrap_or(u32::MAX)
}

/// A task as compared for overlaps: lower case, single spaces, no final full stop.
fn normalised(task: &str) -> String {
    task.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .trim_end_matches('.')
        .to_lowercase()
}

fn concerns(parties: &[PartyId], rows: &[Row], owned: &[u32]) -> Vec<Concern> {
    let mut out = Vec::new();
    let owner = |r: &Row| r.cells.iter().position(|c| *c == Some(Part::Responsible));
    for (i, row) in rows.iter().enumerate() {
        if owner(row).is_none() && !row.task.trim().is_empty() {
            out.push(Concern::Gap { row: index(i) });
        }
    }
    let mut seen: Vec<usize> = Vec::new();
    for (i, row) in rows.iter().enumerate() {
        if seen.contains(&i) || row.task.trim().is_empty() {
            continue;
        }
        let same: Vec<usize> = (i..rows.len())
            .filter(|&j| normalised(&rows[j].task) == normalised(&row.task))
            .collect();
        let mut owners: Vec<usize> = same.iter().filter_map(|&j| owner(&rows[j])).collect();
        owners.sort_unstable();
        owners.dedup();
        if owners.len() > 1 {
            out.push(Concern::Overlap {
                rows: same.iter().map(|&j| index(j)).collect(),
            });
        }
        seen.extend(same);
    }
    let total: u32 = owned.iter().sum();
    if total >= IMBALANCE_MIN_TASKS {
        for (party, &owns) in parties.iter().zip(owned) {
            if f64::from(owns) > IMBALANCE_SHARE * f64::from(total) {
                out.push(Concern::Imbalance {
                    party: party.clone(),
                    owns,
                    of: total,
                });
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clause::{Boundary, Role, Task};

    fn example() -> Agreement {
        let text = include_str!("../../../examples/hovedavtale-vestland.avtale.yaml");
        crate::format::agreement_from_str(text, "example").expect("the example loads")
    }

    fn agreement(tasks: &[(&str, Option<&str>)]) -> Agreement {
        let mut a = example();
        for s in &mut a.sections {
            (s.roles, s.boundaries, s.steps, s.measures) = (None, None, None, None);
        }
        let mut section = a.sections[0].clone();
        section.id = SectionId("roller".into());
        section.roles = Some(vec![Role {
            role: "OT".into(),
            party: Some(PartyId("fk".into())),
            tasks: tasks
                .iter()
                .map(|(t, r)| Task {
                    task: (*t).into(),
                    responsible: r.map(|r| PartyId(r.into())),
                    deadline: None,
                })
                .collect(),
        }]);
        a.sections.push(section);
        a
    }

    #[test]
    fn a_task_has_its_owner_and_the_role_is_involved() {
        let m = matrix(&agreement(&[("Melde fra", Some("nav"))]));
        assert_eq!(m.parties, [PartyId("nav".into()), PartyId("fk".into())]);
        let row = m.rows.last().expect("row");
        assert_eq!(row.cells, [Some(Part::Responsible), Some(Part::Involved)]);
        assert_eq!(row.role.as_deref(), Some("OT"));
        assert!(row.field.ends_with(".roles[0].tasks[0].responsible"));
    }

    #[test]
    fn gaps_overlaps_and_imbalance_are_found() {
        let m = matrix(&agreement(&[
            ("Holde kontakt", None),
            ("Melde fra", Some("nav")),
            ("melde  fra.", Some("fk")),
        ]));
        let gap = m.rows.iter().position(|r| r.task == "Holde kontakt");
        assert!(
            m.concerns
                .iter()
                .any(|c| matches!(c, Concern::Gap { row } if Some(*row as usize) == gap))
        );
        assert!(
            m.concerns
                .iter()
                .any(|c| matches!(c, Concern::Overlap { rows } if rows.len() == 2))
        );
        // Two owned tasks say nothing about balance.
        assert!(
            !m.concerns
                .iter()
                .any(|c| matches!(c, Concern::Imbalance { .. }))
        );

        let many: Vec<(String, Option<&str>)> = (0..7)
            .map(|i| {
                (
                    format!("Oppgave {i}"),
                    Some(if i == 0 { "nav" } else { "fk" }),
                )
            })
            .collect();
        let many: Vec<(&str, Option<&str>)> = many.iter().map(|(t, r)| (t.as_str(), *r)).collect();
        let m = matrix(&agreement(&many));
        assert!(m.concerns.contains(&Concern::Imbalance {
            party: PartyId("fk".into()),
            owns: 6,
            of: 7
        }));
    }

    #[test]
    fn boundaries_give_a_lead_and_supporters() {
        let mut a = agreement(&[]);
        let last = a.sections.len() - 1;
        a.sections[last].boundaries = Some(vec![Boundary {
            area: "Unge over 21".into(),
            lead: Some(PartyId("nav".into())),
            support: vec![PartyId("fk".into())],
            handover: String::new(),
        }]);
        let m = matrix(&a);
        let row = m
            .rows
            .iter()
            .find(|r| r.task == "Unge over 21")
            .expect("row");
        assert_eq!(row.source, Source::Boundary);
        assert_eq!(row.cells, [Some(Part::Responsible), Some(Part::Involved)]);
    }

    #[test]
    fn the_example_has_no_gaps_or_overlaps() {
        let a = example();
        let m = matrix(&a);
        assert!(m.rows.len() > 10, "{} rows", m.rows.len());
        assert!(
            !m.concerns
                .iter()
                .any(|c| matches!(c, Concern::Gap { .. } | Concern::Overlap { .. })),
            "{:?}",
            m.concerns
        );
        assert_eq!(m.owned.iter().sum::<u32>() as usize, m.rows.len());
    }
}
