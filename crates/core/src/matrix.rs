//! The responsibility matrix: tasks (rows) by parties (columns), built from the roles and
//! tasks, routine steps and joint measures of an agreement, with what it shows: tasks nobody
//! owns, tasks with more than one owner, and one party owning most of the tasks.
//!
//! The studies ask for exactly this view: a "who does what" matrix linking each task to one
//! responsible party, with a check for gaps and overlaps (IRIS 2017 §2.2 R4–R5, §2.1 R2; SINTEF
//! 2010 §4.2 R2–R3), and a party balance view that warns when the tasks are heavily skewed to
//! one party, since one party taking over the initiative is a known failure (SINTEF 2010 §4.2
//! R24, R4; IRIS 2017 §3 B19: no party should alone define the cooperation).

use serde::Serialize;

use crate::agreement::{Agreement, PartyId, SectionId};

/// One party owning more than this share of the owned tasks is an imbalance. Three in four is
/// our reading of "heavily skewed" (SINTEF 2010 R24): at two in three a main agreement where
/// the county runs OT and the schools is still normal, beyond three in four the other party
/// has little left to do.
pub const IMBALANCE_SHARE: f64 = 0.75;

/// Below this many owned tasks the balance is not judged: with a handful of tasks one party
/// owning most of them says little.
pub const IMBALANCE_MIN_TASKS: usize = 6;

/// A party's part in a task.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub enum Cell {
    /// The party is responsible for the task.
    Responsible,
    /// The task belongs to a role of the party, but another party is responsible.
    Involved,
    /// The party has no part in the task.
    None,
}

/// Where a task comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub enum TaskSource {
    /// A task of a role.
    Role,
    /// A step of a routine.
    Step,
    /// A joint measure.
    Measure,
}

/// A column: one party.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct MatrixParty {
    /// The party's id.
    pub id: PartyId,
    /// Its organisation, or the id when a clause names a party that does not exist.
    pub name: String,
}

/// A row: one task, with one cell per party in [`Matrix::parties`] order. The same task
/// written the same way in several places (ignoring case and spacing) is one row.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct MatrixRow {
    /// The task as first written.
    pub task: String,
    /// The roles the task is listed under, if any.
    pub roles: Vec<String>,
    /// Where the task was first found.
    pub source: TaskSource,
    /// The section it was first found in.
    pub section: SectionId,
    /// Its field path, such as `sections[6].roles[0].tasks[1]`.
    pub field: String,
    /// One cell per party.
    pub cells: Vec<Cell>,
}

/// What the matrix shows.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub enum MatrixFinding {
    /// A task nobody is responsible for.
    Gap {
        /// The row.
        row: usize,
    },
    /// A task more than one party is responsible for.
    Overlap {
        /// The row.
        row: usize,
        /// The responsible parties.
        parties: Vec<PartyId>,
    },
    /// One party owns more than [`IMBALANCE_SHARE`] of the owned tasks.
    Imbalance {
        /// The party.
        party: PartyId,
        /// Tasks it is responsible for.
        owned: usize,
        /// Tasks with a responsible party.
        total: usize,
    },
}

/// The responsibility matrix of an agreement.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct Matrix {
    /// The columns: the agreement's parties in order, then any unknown party a task names.
    pub parties: Vec<MatrixParty>,
    /// The rows, in reading order.
    pub rows: Vec<MatrixRow>,
    /// Gaps, overlaps and imbalance.
    pub findings: Vec<MatrixFinding>,
}

/// Builds the responsibility matrix of an agreement.
pub fn matrix(agreement: &Agreement) -> Matrix {
    let mut parties: Vec<MatrixParty> = agreement
        .parties
        .iter()
        .map(|p| MatrixParty {
            id: p.id.clone(),
            name: p.organisation.clone(),
        })
        .collect();
    // (task, role, source, section, field, responsible, role's party)
    let mut items = Vec::new();
    for (si, section) in agreement.sections.iter().enumerate() {
        for (ri, role) in section.roles.iter().flatten().enumerate() {
            for (ti, task) in role.tasks.iter().enumerate() {
                items.push((
                    task.task.clone(),
                    Some(role.role.clone()),
                    TaskSource::Role,
                    si,
                    format!("sections[{si}].roles[{ri}].tasks[{ti}]"),
                    task.responsible.clone(),
                    role.party.clone(),
                ));
            }
        }
        for (k, step) in section.steps.iter().flatten().enumerate() {
            items.push((
                step.action.clone(),
                None,
                TaskSource::Step,
                si,
                format!("sections[{si}].steps[{k}]"),
                step.responsible.clone(),
                None,
            ));
        }
        for (k, measure) in section.measures.iter().flatten().enumerate() {
            items.push((
                measure.name.clone(),
                None,
                TaskSource::Measure,
                si,
                format!("sections[{si}].measures[{k}]"),
                measure.responsible.clone(),
                None,
            ));
        }
    }

    let mut rows: Vec<MatrixRow> = Vec::new();
    let mut keys: Vec<String> = Vec::new();
    for (task, role, source, si, field, responsible, role_party) in items {
        for id in responsible.iter().chain(role_party.iter()) {
            if !parties.iter().any(|p| &p.id == id) {
                parties.push(MatrixParty {
                    id: id.clone(),
                    name: id.0.clone(),
                });
            }
        }
        let key = normalise(&task);
        let row = match keys.iter().position(|k| *k == key) {
            Some(row) => row,
            None => {
                keys.push(key);
                rows.push(MatrixRow {
                    task: task.trim().to_owned(),
                    roles: Vec::new(),
                    source,
                    section: agreement.sections[si].id.clone(),
                    field,
                    cells: Vec::new(),
                });
                rows.len() - 1
            }
        };
        let row = &mut rows[row];
        if let Some(role) = role
            && !row.roles.contains(&role)
        {
            row.roles.push(role);
        }
        row.cells.resize(parties.len(), Cell::None);
        if let Some(id) = &responsible
            && let Some(col) = parties.iter().position(|p| &p.id == id)
        {
            row.cells[col] = Cell::Responsible;
        }
        if let Some(id) = &role_party
            && let Some(col) = parties.iter().position(|p| &p.id == id)
            && row.cells[col] == Cell::None
        {
            row.cells[col] = Cell::Involved;
        }
    }
    for row in &mut rows {
        row.cells.resize(parties.len(), Cell::None);
    }

    let mut findings = Vec::new();
    for (i, row) in rows.iter().enumerate() {
        let owners: Vec<PartyId> = row
            .cells
            .iter()
            .zip(&parties)
            .filter(|(c, _)| **c == Cell::Responsible)
            .map(|(_, p)| p.id.clone())
            .collect();
        match owners.len() {
            0 => findings.push(MatrixFinding::Gap { row: i }),
            1 => {}
            _ => findings.push(MatrixFinding::Overlap {
                row: i,
                parties: owners,
            }),
        }
    }
    let owned = |col: usize| {
        rows.iter()
            .filter(|r| r.cells[col] == Cell::Responsible)
            .count()
    };
    let total: usize = rows
        .iter()
        .filter(|r| r.cells.contains(&Cell::Responsible))
        .count();
    if total >= IMBALANCE_MIN_TASKS {
        for (col, party) in parties.iter().enumerate() {
            let n = owned(col);
            if n as f64 > IMBALANCE_SHARE * total as f64 {
                findings.push(MatrixFinding::Imbalance {
                    party: party.id.clone(),
                    owned: n,
                    total,
                });
            }
        }
    }
    Matrix {
        parties,
        rows,
        findings,
    }
}

/// A task's text for matching: lower case, single spaces, no final full stop.
fn normalise(task: &str) -> String {
    task.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .trim_end_matches('.')
        .to_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::agreement::{Section, SectionId};
    use crate::clause::{Measure, Role, Step, Task};

    fn task(text: &str, responsible: Option<&str>) -> Task {
        Task {
            task: text.into(),
            responsible: responsible.map(PartyId::from),
            deadline: None,
        }
    }

    fn agreement(roles: Vec<Role>, steps: Vec<Step>, measures: Vec<Measure>) -> Agreement {
        let text = include_str!("../../../examples/hovedavtale-vestland.avtale.yaml");
        let mut a = crate::format::agreement_from_str(text, "example").expect("example");
        a.sections = vec![
            Section {
                id: SectionId("roller".into()),
                title: "Roller".into(),
                roles: Some(roles),
                ..Section::default()
            },
            Section {
                id: SectionId("rutine".into()),
                title: "Rutine".into(),
                steps: Some(steps),
                measures: None,
                ..Section::default()
            },
            Section {
                id: SectionId("tiltak".into()),
                title: "Tiltak".into(),
                measures: Some(measures),
                ..Section::default()
            },
        ];
        a
    }

    #[test]
    fn the_example_has_a_balanced_matrix_without_gaps() {
        let text = include_str!("../../../examples/hovedavtale-vestland.avtale.yaml");
        let a = crate::format::agreement_from_str(text, "example").expect("example");
        let m = matrix(&a);
        assert_eq!(m.parties.len(), 2);
        assert!(m.rows.len() >= 9, "{}", m.rows.len());
        assert!(m.findings.is_empty(), "{:?}", m.findings);
        assert!(m.rows.iter().all(|r| r.cells.len() == 2));
    }

    #[test]
    fn finds_gaps_overlaps_and_involvement() {
        let roles = vec![
            Role {
                role: "OT".into(),
                party: Some("fk".into()),
                tasks: vec![
                    task("Melde fra om elever som slutter", Some("fk")),
                    task("Betale buss-kort", None),
                    task("Vurdere tiltak", Some("nav")),
                ],
            },
            Role {
                role: "NAV-kontoret".into(),
                party: Some("nav".into()),
                tasks: vec![task("melde fra om elever som slutter.", Some("nav"))],
            },
        ];
        let m = matrix(&agreement(roles, Vec::new(), Vec::new()));
        assert_eq!(m.rows.len(), 3);
        assert_eq!(m.rows[0].roles, ["OT", "NAV-kontoret"]);
        assert_eq!(m.rows[0].cells, [Cell::Responsible, Cell::Responsible]);
        assert_eq!(m.rows[2].cells, [Cell::Responsible, Cell::Involved]);
        assert_eq!(
            m.findings,
            [
                MatrixFinding::Overlap {
                    row: 0,
                    parties: vec!["nav".into(), "fk".into()]
                },
                MatrixFinding::Gap { row: 1 },
            ]
        );
    }

    #[test]
    fn finds_imbalance_only_above_the_share_and_the_minimum() {
        let steps = |n: usize, nav: usize| -> Vec<Step> {
            (0..n)
                .map(|i| Step {
                    action: format!("Steg {i}"),
                    responsible: Some(if i < nav { "nav" } else { "fk" }.into()),
                    deadline: None,
                })
                .collect()
        };
        // 7 of 8 (87.5 %) is an imbalance.
        let m = matrix(&agreement(Vec::new(), steps(8, 7), Vec::new()));
        assert_eq!(
            m.findings,
            [MatrixFinding::Imbalance {
                party: "nav".into(),
                owned: 7,
                total: 8
            }]
        );
        // 6 of 8 (75 %) is not; nor 5 of 5, below the minimum.
        assert!(
            matrix(&agreement(Vec::new(), steps(8, 6), Vec::new()))
                .findings
                .is_empty()
        );
        assert!(
            matrix(&agreement(Vec::new(), steps(5, 5), Vec::new()))
                .findings
                .is_empty()
        );
    }

    #[test]
    fn an_unknown_party_gets_a_column_and_measures_are_rows() {
        let measures = vec![Measure {
            name: "Fagsamling".into(),
            description: String::new(),
            responsible: Some("kommunen".into()),
            start: None,
            deadline: None,
        }];
        let m = matrix(&agreement(Vec::new(), Vec::new(), measures));
        assert_eq!(m.parties[2].name, "kommunen");
        assert_eq!(m.rows[0].source, TaskSource::Measure);
        assert_eq!(m.rows[0].cells, [Cell::None, Cell::None, Cell::Responsible]);
    }
}
