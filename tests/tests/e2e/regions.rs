//! Where the agreement reaches: a new action plan for Innlandet takes the county's shipped
//! regions in one undoable step, warns about each region nothing reaches (AV051), and a measure
//! tagged with a region takes its warning away; the regions and the tags pass the audit.

use super::*;

/// The messages of the AV051 diagnostics shown now.
async fn uncovered(client: &Client) -> Vec<String> {
    let found = page_value(
        client,
        "return Array.from(document.querySelectorAll('[data-testid=\"diagnostic\"][data-code=\"AV051\"]')).map(d => d.textContent);",
    )
    .await;
    serde_json::from_value(found).expect("the messages")
}

/// Polls until `f` holds for the AV051 messages.
async fn wait_for_uncovered(client: &Client, f: impl Fn(&[String]) -> bool) -> Vec<String> {
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        let now = uncovered(client).await;
        if f(&now) {
            return now;
        }
        assert!(
            Instant::now() < deadline,
            "the AV051 warnings never matched: {now:?}"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// How many rows the regions table has.
async fn region_rows(client: &Client) -> usize {
    let rows = page_value(
        client,
        "return document.querySelectorAll('[data-testid=\"regions\"] tbody tr[data-field^=\"meta.regions[\"]').length;",
    )
    .await;
    rows.as_u64().expect("a count") as usize
}

async fn wait_for_region_rows(client: &Client, want: usize) {
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        let rows = region_rows(client).await;
        if rows == want {
            return;
        }
        assert!(
            Instant::now() < deadline,
            "the regions table never had {want} rows; it has {rows}"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

#[tokio::test]
#[ignore = "needs Xvfb, tauri-driver and the built app: run by `make e2e`"]
async fn the_county_s_regions_are_taken_in_and_a_region_nothing_reaches_is_warned_about() {
    let data = tempfile::tempdir().expect("data folder");
    let driver = Driver::start(&[("AVTALE_DATA_DIR", data.path())]);
    let client = open(&driver, &[]).await;
    let mut audit = Audit::default();
    create(&client, "handlingsplan", "Innlandet").await;

    // The details offer Innlandet's regions, with where they come from.
    click(&client, "part-details").await;
    let offer = wait_for_text(&client, "take-regions", |t| !t.is_empty()).await;
    assert_eq!(offer, "Hent regionene for Innlandet");
    let source = text_of(&client, "#regions-source").await;
    assert!(
        source.starts_with("Kilde: Innlandet fylkeskommune"),
        "{source}"
    );
    assert_eq!(region_rows(&client).await, 0);
    assert!(uncovered(&client).await.is_empty());
    click(&client, "take-regions").await;
    wait_for_region_rows(&client, 10).await;
    let name = field_value(&client, "[data-field=\"meta.regions[0].name\"]").await;
    assert_eq!(name, "Glåmdal");

    // Each region nothing reaches yet is a warning that names it.
    let warnings = wait_for_uncovered(&client, |w| w.len() == 10).await;
    assert!(
        warnings.iter().any(|w| w.contains("«Glåmdal»")),
        "{warnings:?}"
    );
    shot(&client, "regions-01-taken").await;
    audit.audit(&client, "details, regions").await;

    // Taking them in is one step: undo empties the table, redo brings all ten back.
    click(&client, "undo").await;
    wait_for_region_rows(&client, 0).await;
    wait_for_uncovered(&client, <[String]>::is_empty).await;
    click(&client, "redo").await;
    wait_for_region_rows(&client, 10).await;

    // A measure tagged with Glåmdal reaches it: its warning goes, the others stay.
    click(&client, "section-felles-tiltak").await;
    open_more(&client, "[data-row$=\".measures[0]\"]").await;
    let tags = "[data-testid^=\"region-tags-\"][data-testid$=\".measures[0].regions\"]";
    let labels = page_value(
        &client,
        &format!(
            "return Array.from(document.querySelectorAll('{}' + ' label')).map(l => l.textContent.trim());",
            tags.replace('\'', "\\'")
        ),
    )
    .await;
    let labels: Vec<String> = serde_json::from_value(labels).expect("the tag labels");
    assert_eq!(labels.len(), 10, "{labels:?}");
    assert_eq!(labels[0], "Glåmdal");
    let glamdal = css(&client, &format!("{tags} input")).await;
    reach(&client, &glamdal).await;
    glamdal.click().await.expect("tick Glåmdal");
    let warnings = wait_for_uncovered(&client, |w| w.len() == 9).await;
    assert!(
        !warnings.iter().any(|w| w.contains("«Glåmdal»")),
        "{warnings:?}"
    );
    shot(&client, "regions-02-measure-tagged").await;
    audit.audit(&client, "section, measure's region tags").await;

    // The print's measures table says which region each measure reaches.
    click(&client, "preview-toggle").await;
    wait_for_text(&client, "preview", |t| t.contains("Glåmdal")).await;
    click(&client, "preview-toggle").await;

    client.close().await.expect("close the session");
    audit.finish();
}
