//! The short version ("kortversjon"): one page of who does what for NAV offices and schools.
//! It keeps the sections that hold roles and tasks, meeting bodies or contacts, with only that
//! data and their numbers from the whole agreement, so a reader can find the full clause.

use avtale_core::Agreement;
use avtale_core::agreement::Section;
use avtale_core::render::markdown;

use crate::printable::{Frame, Printable, parse};

/// The section reduced to who does what, if it holds any of it.
fn who_does_what(section: &Section) -> Option<Section> {
    let keep = Section {
        id: section.id.clone(),
        title: section.title.clone(),
        roles: section.roles.clone().filter(|r| !r.is_empty()),
        meetings: section.meetings.clone().filter(|m| !m.is_empty()),
        contacts: section.contacts.clone().filter(|c| !c.is_empty()),
        ..Section::default()
    };
    (keep.roles.is_some() || keep.meetings.is_some() || keep.contacts.is_some()).then_some(keep)
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
    let (_, front, mut sections) = parse(&markdown::render(&reduced));
    for ((number, section), printed) in kept.iter().zip(sections.iter_mut()) {
        printed.title = format!("{number}. {}", section.title);
    }
    Printable {
        frame,
        note,
        front,
        sections,
    }
}
