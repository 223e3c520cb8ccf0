//! The follow-up after signing: a measure past its deadline is marked delayed with a note in
//! «Oppfølging», shows under «Forsinket» with its note, and the file on disk holds the entry at
//! once without a new revision; the reminder bar names the measure, and the view passes the
//! accessibility audit.

use super::*;

/// The example with «Felles fagsamling» given a deadline that has passed (inside the period).
fn example_with_a_late_measure(file: &Path) {
    let text = std::fs::read_to_string(example()).expect("the example");
    let measure = "  - name: Felles fagsamling\n";
    let at = text.find(measure).expect("the measure") + measure.len();
    let start = "    start: \"2027-06-01\"\n";
    let from = at + text[at..].find(start).expect("its start");
    let late = format!(
        "{}    start: \"2026-12-01\"\n    deadline: \"2026-12-02\"\n{}",
        &text[..from],
        &text[from + start.len()..]
    );
    std::fs::write(file, late).expect("the copy");
}

#[tokio::test]
#[ignore = "needs Xvfb, tauri-driver and the built app: run by `make e2e`"]
async fn a_measure_marked_delayed_is_late_in_the_follow_up_and_kept_in_the_file_without_a_revision()
{
    let data = tempfile::tempdir().expect("data folder");
    let file = data.path().join("vestland.avtale.yaml");
    example_with_a_late_measure(&file);
    let pdf = data.path().join("statusrapport.pdf");
    let driver = Driver::start(&[
        ("AVTALE_DATA_DIR", data.path()),
        ("AVTALE_TEST_DIALOG_PATH", &pdf),
    ]);
    let client = open(&driver, &[file.display().to_string()]).await;
    wait_for_text(&client, "diagnostic-counts", |t| t.contains("feil")).await;

    // The reminder bar already looks back at the measure past its deadline.
    wait_for_text(&client, "reminders", |t| t.contains("Felles fagsamling")).await;

    click(&client, "part-followup").await;
    wait_for_text(&client, "followup-late", |t| {
        t.contains("Felles fagsamling") && t.contains("planlagt")
    })
    .await;
    let mut audit = Audit::default();
    audit.audit(&client, "followup").await;

    type_into(
        &client,
        "[data-testid=\"followup-author\"]",
        "Kari Nordmann",
    )
    .await;
    let row = "[data-testid=\"followup-measure\"]:first-child";
    let name = css(&client, &format!("{row} th"))
        .await
        .text()
        .await
        .expect("name");
    assert!(name.contains("Felles fagsamling"), "first measure: {name}");
    choose(
        &client,
        &format!("{row} [data-testid=\"followup-status\"]"),
        "forsinket",
    )
    .await;
    type_into(
        &client,
        &format!("{row} [data-testid=\"followup-note\"]"),
        "Venter på lokaler",
    )
    .await;
    let record = css(&client, &format!("{row} [data-testid=\"followup-record\"]")).await;
    reach(&client, &record).await;
    record.click().await.expect("record");

    let late = wait_for_text(&client, "followup-late", |t| {
        t.contains("forsinket") && t.contains("Venter på lokaler")
    })
    .await;
    assert!(late.contains("Felles fagsamling"), "late: {late}");
    wait_for_text(&client, "notice", |t| t.contains("Registrert")).await;
    let updated = css(
        &client,
        &format!("{row} [data-testid=\"followup-updated\"]"),
    )
    .await
    .text()
    .await
    .expect("updated");
    assert!(updated.contains("Kari Nordmann"), "updated: {updated}");
    wait_for_text(&client, "save-state", |t| t == "Lagret").await;
    wait_for_text(&client, "reminders", |t| {
        t.contains("Felles fagsamling") && t.contains("forsinket")
    })
    .await;
    shot(&client, "followup").await;
    let goals = by_test_id(&client, "followup-goals").await;
    reach(&client, &goals).await;
    shot(&client, "followup-goals").await;
    let print = by_test_id(&client, "followup-print").await;
    reach(&client, &print).await;
    shot(&client, "followup-print").await;

    // On disk at once: the entry, by whom, and no revision made for it.
    let saved = std::fs::read_to_string(&file).expect("the saved file");
    assert!(saved.contains("\nfollowup:"), "{saved}");
    assert!(saved.contains("status: forsinket"), "{saved}");
    assert!(saved.contains("Venter på lokaler"), "{saved}");
    assert!(saved.contains("by: Kari Nordmann"), "{saved}");
    assert!(
        !saved.contains("\nhistory:"),
        "a revision was made: {saved}"
    );

    // The status report for this tertial (the first period offered) names the delayed measure
    // and why, read back from the PDF.
    click(&client, "followup-print").await;
    wait_for_text(&client, "notice", |t| t.contains("statusrapport.pdf")).await;
    let text = std::process::Command::new("pdftotext")
        .args([pdf.as_os_str(), std::ffi::OsStr::new("-")])
        .output()
        .expect("pdftotext");
    let text = String::from_utf8_lossy(&text.stdout).into_owned();
    assert!(text.contains("Statusrapport"), "{text}");
    assert!(text.contains("Forsinket og hvorfor"), "{text}");
    assert!(text.contains("Felles fagsamling"), "{text}");
    assert!(text.contains("Venter på lokaler"), "{text}");

    audit.audit(&client, "followup after recording").await;
    audit.finish();
    client.close().await.expect("close");
}
