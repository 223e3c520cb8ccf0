//! The status report of the follow-up fixture (the Vestland example with a measure in each
//! status and a follow-up log) for the first tertial of 2027, made on 10 May 2027: its text
//! matches the golden file (run with `UPDATE_GOLDEN=1` to accept a change). The PDF prints the
//! same tree; the CLI's tests read its text.

use std::path::Path;

use avtale_core::Agreement;
use avtale_core::agreement::PartyId;
use avtale_core::date::Date;
use avtale_core::followup::{ReportPeriod, party_extract, status_report};
use avtale_core::format::agreement_from_str;
use avtale_core::render::markdown;
use avtale_tests::assert_golden;

fn fixture() -> Agreement {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/followup-vestland.avtale.yaml");
    let text = std::fs::read_to_string(&path).expect("fixture readable");
    agreement_from_str(&text, "followup-vestland.avtale.yaml").expect("fixture loads")
}

/// The day the report is made.
fn made() -> Date {
    Date::parse("2027-05-10").expect("a day")
}

#[test]
fn the_status_report_of_the_first_tertial_matches_golden() {
    let a = fixture();
    let period = ReportPeriod::tertial(2027, 1).expect("tertial");
    let tree = status_report(&a, period, made().naive());
    assert_golden(
        "followup-vestland.report-2027-1.md",
        &markdown::write(&tree, a.meta.language),
    );
}

#[test]
fn the_extract_for_nav_matches_golden() {
    let a = fixture();
    let tree = party_extract(&a, &PartyId("nav".into()), made().naive()).expect("nav");
    assert_golden(
        "followup-vestland.extract-nav.md",
        &markdown::write(&tree, a.meta.language),
    );
}
