//! The short version ("kortversjon"): one page of who does what for NAV offices and schools.
//! First the responsibility matrix (every task against the parties: ● responsible, ○ takes
//! part), then the sections that hold meeting bodies or contacts, with only that data and their
//! numbers from the whole agreement, so a reader can find the full clause.

use avtale_core::Agreement;
use avtale_core::agreement::Section;
use avtale_core::clause::MeetingBody;
use avtale_core::lang::Locale;
use avtale_core::matrix::{self, Part};
use avtale_core::messages::{self, Label};
use avtale_core::render::tree::{self, Block, Run, TreeSection};

use crate::printable::{Frame, Printable};

fn plain(text: &str) -> Vec<Run> {
    vec![Run::plain(text)]
}

/// The responsibility matrix as a table, or nothing when the agreement has no tasks.
fn matrix_section(agreement: &Agreement) -> Option<TreeSection> {
    let m = matrix::matrix(agreement);
    if m.rows.is_empty() {
        return None;
    }
    let lang = agreement.meta.language;
    let name = |id: &avtale_core::agreement::PartyId| {
        agreement
            .parties
            .iter()
            .find(|p| &p.id == id)
            .map_or_else(|| id.0.clone(), |p| p.organisation.clone())
    };
    let mut head = vec![plain(&messages::label(Label::Task, lang))];
    head.extend(m.parties.iter().map(|p| vec![Run::name(name(p))]));
    let rows = m
        .rows
        .iter()
        .map(|row| {
            let task = match &row.role {
                Some(role) => vec![
                    Run::plain(format!("{} ", row.task)),
                    Run {
                        italic: true,
                        ..Run::plain(format!("({role})"))
                    },
                ],
                None => plain(&row.task),
            };
            let mut cells = vec![task];
            cells.extend(row.cells.iter().map(|c| {
                plain(match c {
                    Some(Part::Responsible) => "●",
                    Some(Part::Involved) => "○",
                    None => "",
                })
            }));
            cells
        })
        .collect();
    let locale = Locale::from(lang);
    Some(TreeSection {
        id: None,
        number: None,
        title: messages::matrix_title(locale),
        blocks: vec![
            Block::Paragraph {
                runs: plain(&messages::matrix_legend(locale)),
                keep: false,
            },
            Block::Table { head, rows },
        ],
        signatures: Vec::new(),
    })
}

/// The section reduced to who does what, if it holds any of it.
fn who_does_what(section: &Section) -> Option<Section> {
    let keep = Section {
        id: section.id.clone(),
        title: section.title.clone(),
        // Who meets, how often and who chairs; purpose and standing items stay in the whole
        // agreement.
        meetings: section
            .meetings
            .as_ref()
            .filter(|m| !m.is_empty())
            .map(|bodies| {
                bodies
                    .iter()
                    .map(|b| MeetingBody {
                        purpose: String::new(),
                        agenda: Vec::new(),
                        minutes: None,
                        ..b.clone()
                    })
                    .collect()
            }),
        contacts: section.contacts.clone().filter(|c| !c.is_empty()),
        ..Section::default()
    };
    (keep.meetings.is_some() || keep.contacts.is_some()).then_some(keep)
}

/// The printable short version, in the caller's frame, with `note` under the title.
pub(crate) fn short(agreement: &Agreement, frame: Frame, note: String) -> Printable {
    let kept: Vec<(usize, Section)> = agreement
        .sections
        .iter()
        .enumerate()
        .filter_map(|(i, s)| who_does_what(s).map(|k| (i + 1, k)))
        .collect();
    let mut reduced = agreement.clone();
    reduced.sections = kept.iter().map(|(_, s)| s.clone()).collect();
    // Built from the reduced agreement, the sections carry their numbers in the whole one.
    let tree = tree::build(&reduced);
    let mut sections: Vec<TreeSection> = tree
        .sections
        .into_iter()
        .filter(|s| s.id.is_some())
        .zip(&kept)
        .map(|(s, (number, _))| TreeSection {
            number: u32::try_from(*number).ok(),
            ..s
        })
        .collect();
    if let Some(matrix) = matrix_section(agreement) {
        sections.insert(0, matrix);
    }
    Printable {
        frame,
        note,
        facts: tree.facts,
        sections: sections.into_iter().map(Into::into).collect(),
        contents: false,
        checks: String::new(),
    }
}
