//! The follow-up prints: the status report for the strategic body, in the agreement's look,
//! and one party's extract for its business plan, on one page in the short version's look.
//! Both are the core's trees ([`avtale_core::followup::status_report`],
//! [`avtale_core::followup::party_extract`]) laid out as the agreement's are.

use avtale_core::Agreement;
use avtale_core::lang::Locale;
use avtale_core::messages::{self, ReportWord};
use avtale_core::render::tree::Tree;
use chrono::{Datelike, NaiveDate};

use crate::printable::{Frame, Printable};

/// The printable form of a follow-up tree, in the caller's frame, dated `today`.
pub(crate) fn printable(tree: Tree, mut frame: Frame, note: String, today: NaiveDate) -> Printable {
    frame.title = tree.title;
    frame.date = [
        today.year(),
        i32::try_from(today.month()).unwrap_or(1),
        i32::try_from(today.day()).unwrap_or(1),
    ];
    Printable {
        frame,
        note,
        facts: tree.facts,
        sections: tree.sections.into_iter().map(Into::into).collect(),
        contents: false,
        checks: String::new(),
    }
}

/// The line under an extract's title: what it is and that the agreement takes precedence.
pub(crate) fn extract_note(agreement: &Agreement) -> String {
    messages::report_word(
        ReportWord::ExtractNote,
        Locale::from(agreement.meta.language),
    )
}
