//! End-to-end tests: the real app under Xvfb, driven through tauri-driver and WebKitWebDriver,
//! clicking and typing as a county leader would.
//!
//! They need a display, `tauri-driver` and `WebKitWebDriver`, and the app built, so they are
//! ignored by a plain `cargo test`; `make e2e` (part of `make test`) runs them under Xvfb with
//! `AVTALE_APP` set to the app binary. With `AVTALE_SCREENSHOTS=DIR` they also save a PNG of
//! each main screen there (`tests/screenshots.sh`).

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use fantoccini::key::Key;
use fantoccini::{Client, Locator};

#[path = "../support/webdriver.rs"]
mod webdriver;

use webdriver::{Driver, app, by_test_id, css, open};

#[path = "e2e/document.rs"]
mod document;
#[path = "e2e/drafting.rs"]
mod drafting;
#[path = "e2e/find.rs"]
mod find;
#[path = "e2e/followup.rs"]
mod followup;
#[path = "e2e/regions.rs"]
mod regions;
#[path = "e2e/tables.rs"]
mod tables;

fn example() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../examples/hovedavtale-vestland.avtale.yaml")
}

/// A copy of the example agreement in a fresh data folder, opened in the app once its checks
/// show (no errors). Keep the folder and the driver alive while the client is used.
async fn open_example_copy() -> (tempfile::TempDir, PathBuf, Driver, Client) {
    let data = tempfile::tempdir().expect("data folder");
    let file = data.path().join("vestland.avtale.yaml");
    std::fs::copy(example(), &file).expect("copy");
    let driver = Driver::start(&[("AVTALE_DATA_DIR", data.path())]);
    let client = open(&driver, &[file.display().to_string()]).await;
    wait_for_text(&client, "diagnostic-counts", |t| t.contains("0 feil")).await;
    (data, file, driver, client)
}

/// Clicks the element with this test id.
async fn click(client: &Client, id: &str) {
    let element = by_test_id(client, id).await;
    reach(client, &element).await;
    element
        .click()
        .await
        .unwrap_or_else(|e| panic!("click {id}: {e}"));
}

/// Polls until `f` is true for the text of the element with this test id.
async fn wait_for_text(client: &Client, id: &str, f: impl Fn(&str) -> bool) -> String {
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        // textContent, not the rendered text: WebKitWebDriver gives no text for an element
        // whose text is cut off with an ellipsis.
        let text = by_test_id(client, id)
            .await
            .prop("textContent")
            .await
            .ok()
            .flatten()
            .unwrap_or_default();
        let text = text.trim().to_owned();
        if f(&text) {
            return text;
        }
        assert!(
            Instant::now() < deadline,
            "{id} never matched; last text: {text}"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// The codes of the diagnostics shown now.
async fn diagnostic_codes(client: &Client) -> Vec<String> {
    let mut codes = Vec::new();
    for d in client
        .find_all(Locator::Css("[data-testid=\"diagnostic\"]"))
        .await
        .expect("diagnostics")
    {
        codes.push(d.attr("data-code").await.ok().flatten().unwrap_or_default());
    }
    codes
}

/// Polls until the diagnostics panel does or does not show `code`.
async fn wait_for_code(client: &Client, code: &str, present: bool) {
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        let codes = diagnostic_codes(client).await;
        if codes.iter().any(|c| c == code) == present {
            return;
        }
        assert!(
            Instant::now() < deadline,
            "{code} present={present} never held; codes: {codes:?}"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// Saves a screenshot of the page when `AVTALE_SCREENSHOTS` names a folder.
async fn shot(client: &Client, name: &str) {
    let Some(dir) = std::env::var_os("AVTALE_SCREENSHOTS") else {
        return;
    };
    let png = client.screenshot().await.expect("screenshot");
    std::fs::create_dir_all(&dir).expect("screenshot folder");
    std::fs::write(Path::new(&dir).join(format!("{name}.png")), png).expect("screenshot written");
}

/// Types into the field found by `selector`, replacing what was there. WebDriver's clear does
/// not fire an input event, so a space typed and deleted tells the page the field is empty.
async fn type_into(client: &Client, selector: &str, text: &str) {
    let field = css(client, selector).await;
    reach(client, &field).await;
    field.clear().await.expect("clear");
    let keys = if text.is_empty() {
        format!(" {}", Key::Backspace)
    } else {
        text.to_owned()
    };
    field.send_keys(&keys).await.expect("type");
}

/// Scrolls an element to the middle of the window: WebKitWebDriver refuses to type into or
/// choose in elements it considers out of reach.
async fn reach(client: &Client, element: &fantoccini::elements::Element) {
    let arg = serde_json::to_value(element).expect("element reference");
    client
        .execute("arguments[0].scrollIntoView({block: 'center'})", vec![arg])
        .await
        .expect("scroll");
}

/// Opens the "more" of a table row (`row` selects its button by `data-row`, e.g.
/// `[data-row$=".meetings[0]"]`) when it is closed, so the fields behind it can be reached.
async fn open_more(client: &Client, row: &str) {
    let button = css(client, &format!("{row}[data-testid=\"row-more\"]")).await;
    if button.attr("aria-expanded").await.ok().flatten().as_deref() == Some("false") {
        reach(client, &button).await;
        button.click().await.expect("open the row's more");
    }
}

/// Chooses `value` in the select found by `selector`, scrolled into view first (WebKitWebDriver
/// refuses elements it considers out of reach).
async fn choose(client: &Client, selector: &str, value: &str) {
    let select = css(client, selector).await;
    reach(client, &select).await;
    select
        .select_by_value(value)
        .await
        .unwrap_or_else(|e| panic!("choose {value} in {selector}: {e}"));
}

/// From the start screen: a new agreement from `starter` for `county`.
async fn create(client: &Client, starter: &str, county: &str) {
    click(client, "new-agreement").await;
    click(client, &format!("starter-{starter}")).await;
    type_into(client, "[data-testid=\"county\"]", county).await;
    shot(client, "02-new-agreement").await;
    click(client, "create-agreement").await;
    by_test_id(client, "section-list").await;
}

#[tokio::test]
#[ignore = "needs Xvfb, tauri-driver and the built app: run by `make e2e`"]
async fn creates_an_agreement_from_each_starter() {
    let data = tempfile::tempdir().expect("data folder");
    let driver = Driver::start(&[("AVTALE_DATA_DIR", data.path())]);
    let client = open(&driver, &[]).await;
    shot(&client, "01-start").await;

    for (starter, first_section) in [
        ("hovedavtale", "section-formal"),
        ("underavtale-ot", "section-saksrutine"),
        ("handlingsplan", "section-felles-tiltak"),
    ] {
        create(&client, starter, "Nordland").await;
        by_test_id(&client, first_section).await;
        wait_for_text(&client, "doc-title", |t| t.contains("Nordland")).await;
        if starter == "hovedavtale" {
            // A starter's placeholders are errors: the export offers only a draft and says why.
            click(&client, "export-pdf").await;
            wait_for_text(&client, "export-refused", |t| {
                t.contains("kan bare skrives ut som utkast")
            })
            .await;
            wait_for_text(&client, "export-problems", |t| t.contains("Plassholderen")).await;
            wait_for_text(&client, "export-save", |t| t == "Lagre utkast som PDF …").await;
            shot(&client, "14b-export-refused").await;
            click(&client, "export-close").await;
        }
        click(&client, "preview-toggle").await;
        wait_for_text(&client, "preview", |t| t.contains("Nav Nordland")).await;
        // The new agreement was never saved: leaving asks first.
        click(&client, "home").await;
        click(&client, "leave-discard").await;
        by_test_id(&client, "new-agreement").await;
    }
    client.close().await.expect("close the session");
}

#[tokio::test]
#[ignore = "needs Xvfb, tauri-driver and the built app: run by `make e2e`"]
async fn drafts_an_agreement_saves_it_and_opens_it_again() {
    let data = tempfile::tempdir().expect("data folder");
    let file = data.path().join("troms.avtale.yaml");
    let driver = Driver::start(&[
        ("AVTALE_DATA_DIR", data.path()),
        ("AVTALE_TEST_DIALOG_PATH", &file),
    ]);
    let client = open(&driver, &[]).await;
    create(&client, "hovedavtale", "Troms").await;
    shot(&client, "03-editor-details").await;

    // A third party, with a signatory.
    click(&client, "part-parties").await;
    click(&client, "add-party").await;
    type_into(
        &client,
        "[data-field=\"parties[2].organisation\"]",
        "NAV Tromsø",
    )
    .await;
    type_into(
        &client,
        "[data-field=\"parties[2].signatory.name\"]",
        "Aslak Eira",
    )
    .await;
    type_into(
        &client,
        "[data-field=\"parties[2].signatory.title\"]",
        "kontorleder",
    )
    .await;
    shot(&client, "04-parties").await;

    // A meeting body from the template picker, with its guidance.
    click(&client, "add-section").await;
    by_test_id(&client, "template-picker").await;
    click(&client, "template-motearenaer").await;
    shot(&client, "05-template-picker").await;
    click(&client, "add-template").await;
    let editor = "[data-testid=\"section-editor\"]";
    open_more(&client, &format!("{editor} [data-row$=\".meetings[0]\"]")).await;
    let cadence =
        format!("{editor} [data-field$=\".meetings[0].cadence\"] [data-testid=\"cadence-kind\"]");

    // Without a cadence the checks complain; with one they stop.
    choose(&client, &cadence, "").await;
    wait_for_code(&client, "AV004", true).await;
    shot(&client, "06-meeting-without-cadence").await;
    choose(&client, &cadence, "per_year").await;
    type_into(
        &client,
        &format!("{editor} [data-field$=\".meetings[0].cadence\"] [data-testid=\"cadence-count\"]"),
        "4",
    )
    .await;
    wait_for_code(&client, "AV004", false).await;
    wait_for_text(&client, "section-preview", |t| {
        t.contains("4 ganger i året")
    })
    .await;
    // The organisation typed is the one the meeting's chair can be picked from.
    let options = css(
        &client,
        &format!("{editor} [data-field$=\".meetings[0].members[0].party\"]"),
    )
    .await
    .text()
    .await
    .unwrap();
    assert!(options.contains("NAV Tromsø"), "{options}");

    // Save (the dialog answers with the test file), then open it again from the start screen.
    click(&client, "save").await;
    wait_for_text(&client, "save-state", |t| t == "Lagret").await;
    let saved = std::fs::read_to_string(&file).expect("the saved file");
    assert!(saved.starts_with("format: 1\n"), "{saved}");
    assert!(saved.contains("organisation: NAV Tromsø"), "{saved}");
    assert!(saved.contains("name: Aslak Eira"), "{saved}");
    assert!(saved.contains("id: motearenaer-2"), "{saved}");
    assert!(saved.contains("per_year: 4"), "{saved}");
    click(&client, "preview-toggle").await;
    shot(&client, "07-preview").await;

    // While the app has the file open, the command line may not write it.
    let cli = Path::new(&app()).with_file_name("avtale");
    let refused = Command::new(&cli)
        .args([
            "commit",
            &file.display().to_string(),
            "-m",
            "x",
            "--author",
            "Ola",
        ])
        .output()
        .expect("the avtale command (built by make e2e)");
    assert_eq!(refused.status.code(), Some(2));
    let message = String::from_utf8_lossy(&refused.stderr);
    assert!(message.contains("åpen for redigering"), "{message}");

    click(&client, "home").await;
    click(&client, "recent-file").await;
    by_test_id(&client, "section-motearenaer-2").await;
    click(&client, "part-parties").await;
    let organisation = css(&client, "[data-field=\"parties[2].organisation\"]")
        .await
        .prop("value")
        .await
        .unwrap()
        .unwrap_or_default();
    assert_eq!(organisation, "NAV Tromsø");

    // Undo takes back the last change across the document; redo brings it back.
    type_into(&client, "[data-field=\"parties[2].unit\"]", "Ungdomsteamet").await;
    wait_for_text(&client, "save-state", |t| t == "Ikke lagret").await;
    click(&client, "undo").await;
    wait_for_text(&client, "save-state", |t| t == "Lagret").await;
    click(&client, "redo").await;
    wait_for_text(&client, "save-state", |t| t == "Ikke lagret").await;
    client.close().await.expect("close the session");
}

#[tokio::test]
#[ignore = "needs Xvfb, tauri-driver and the built app: run by `make e2e`"]
async fn a_diagnostic_leads_to_its_field_and_the_language_switches() {
    let data = tempfile::tempdir().expect("data folder");
    let driver = Driver::start(&[("AVTALE_DATA_DIR", data.path())]);
    let client = open(&driver, &[example().display().to_string()]).await;
    wait_for_text(&client, "diagnostic-counts", |t| t.contains("0 feil")).await;

    // A placeholder left in a contact's name brings a diagnostic; choosing it focuses that field.
    click(&client, "section-kontaktpersoner").await;
    type_into(
        &client,
        "[data-field=\"sections[9].contacts[0].name\"]",
        "{{navn på kontaktperson}}",
    )
    .await;
    wait_for_text(&client, "diagnostic-counts", |t| !t.contains("0 feil")).await;
    click(&client, "part-details").await;
    click(&client, "diagnostic").await;
    let focused = client
        .execute("return document.activeElement.dataset.field || ''", vec![])
        .await
        .expect("active element");
    assert_eq!(focused.as_str(), Some("sections[9].contacts[0].name"));
    shot(&client, "08-diagnostic-focus").await;

    // The interface switches language; the agreement's own text stays as written.
    let select = by_test_id(&client, "language-select").await;
    select.select_by_value("nn").await.expect("nynorsk");
    wait_for_text(&client, "diagnostics", |t| t.contains("Kontrollar")).await;
    click(&client, "section-roller").await;
    shot(&client, "10-roles-nynorsk").await;
    select.select_by_value("en").await.expect("English");
    wait_for_text(&client, "diagnostics", |t| t.contains("Checks")).await;
    let outline = by_test_id(&client, "section-list")
        .await
        .text()
        .await
        .unwrap();
    assert!(outline.contains("Formål"), "{outline}");
    client.close().await.expect("close the session");
}

#[tokio::test]
#[ignore = "needs Xvfb, tauri-driver and the built app: run by `make e2e`"]
async fn work_survives_a_crash() {
    let data = tempfile::tempdir().expect("data folder");
    {
        let driver = Driver::start(&[("AVTALE_DATA_DIR", data.path())]);
        let client = open(&driver, &[]).await;
        create(&client, "handlingsplan", "Innlandet").await;
        type_into(
            &client,
            "[data-field=\"meta.title\"]",
            "Handlingsplan 2027 for Innlandet",
        )
        .await;
        // Autosave runs two seconds after the last change.
        let deadline = Instant::now() + Duration::from_secs(20);
        while !data.path().join("gjenoppretting.avtale.yaml").exists() {
            assert!(Instant::now() < deadline, "no autosave");
            tokio::time::sleep(Duration::from_millis(200)).await;
        }
        // The power goes: the app dies without a chance to clean up.
        let killed = Command::new("pkill")
            .args(["-KILL", "-f", &app()])
            .status()
            .expect("pkill");
        assert!(killed.success(), "the app was running");
        drop(client);
    }
    let driver = Driver::start(&[("AVTALE_DATA_DIR", data.path())]);
    let client = open(&driver, &[]).await;
    wait_for_text(&client, "recovery", |t| {
        t.contains("Handlingsplan 2027 for Innlandet")
    })
    .await;
    shot(&client, "09-recovery").await;
    let mut audit = Audit::default();
    audit.audit(&client, "start, recovery offered").await;
    audit.finish();
    click(&client, "recover").await;
    let title = css(&client, "[data-field=\"meta.title\"]")
        .await
        .prop("value")
        .await
        .unwrap()
        .unwrap_or_default();
    assert_eq!(title, "Handlingsplan 2027 for Innlandet");
    wait_for_text(&client, "save-state", |t| t == "Ikke lagret").await;
    client.close().await.expect("close the session");
}

#[tokio::test]
#[ignore = "needs Xvfb, tauri-driver and the built app: run by `make e2e`"]
async fn revisions_are_saved_and_compared() {
    let data = tempfile::tempdir().expect("data folder");
    let file = data.path().join("vestland.avtale.yaml");
    std::fs::copy(example(), &file).expect("copy");
    let pdf = data.path().join("vestland.pdf");
    let driver = Driver::start(&[
        ("AVTALE_DATA_DIR", data.path()),
        ("AVTALE_TEST_DIALOG_PATH", &pdf),
    ]);
    let client = open(&driver, &[file.display().to_string()]).await;

    // Revision 1: the agreement as it is.
    first_revision(&client).await;

    // Edit: the steering group meets four times a year, and the purpose is reworded.
    click(&client, "section-motearenaer").await;
    open_more(&client, "[data-row=\"sections[8].meetings[0]\"]").await;
    type_into(
        &client,
        "[data-field=\"sections[8].meetings[0].cadence\"] [data-testid=\"cadence-count\"]",
        "4",
    )
    .await;
    click(&client, "section-formal").await;
    let text = css(&client, "[data-field=\"sections[0].text\"]").await;
    let arg = serde_json::to_value(&text).expect("element");
    client
        .execute(
            // The prose editor is a plain-text contenteditable, not a textarea: the caret
            // goes to the start through a range.
            "const el = arguments[0]; el.focus(); const r = document.createRange(); \
             r.setStart(el, 0); r.collapse(true); const s = window.getSelection(); \
             s.removeAllRanges(); s.addRange(r);",
            vec![arg],
        )
        .await
        .expect("caret at the start");
    text.send_keys("Kort sagt: ").await.expect("type");

    // Revision 2, sent for approval.
    click(&client, "part-history").await;
    type_into(
        &client,
        "[data-testid=\"revision-message\"]",
        "Oftere møter",
    )
    .await;
    choose(
        &client,
        "[data-testid=\"revision-status\"]",
        "til_godkjenning",
    )
    .await;
    click(&client, "commit-revision").await;
    by_test_id(&client, "revision-2").await;
    shot(&client, "11-history").await;

    // Compare 1 with 2: the changes, in words.
    choose(&client, "[data-testid=\"compare-from\"]", "1").await;
    choose(&client, "[data-testid=\"compare-from\"]", "1").await;
    choose(&client, "[data-testid=\"compare-to\"]", "2").await;
    click(&client, "compare-button").await;
    let summary = wait_for_text(&client, "compare-summary", |t| t.contains("endret")).await;
    assert!(summary.starts_with("2 punkter endret"), "{summary}");
    let compare = wait_for_text(&client, "compare", |t| t.contains("4 ganger i året")).await;
    assert!(compare.contains("2 ganger i året"), "{compare}");
    assert!(compare.contains("Kort sagt:"), "{compare}");
    assert!(compare.contains("Til godkjenning"), "{compare}");
    click(&client, "next-change").await;
    shot(&client, "12-compare").await;
    click(&client, "compare-mode").await;
    wait_for_text(&client, "compare", |t| {
        t.contains("Før") && t.contains("Etter")
    })
    .await;
    shot(&client, "13-side-by-side").await;

    // Revision 1 opens read-only.
    click(&client, "show-revision-1").await;
    let old = wait_for_text(&client, "revision-view", |t| t.contains("Formål")).await;
    assert!(!old.contains("Kort sagt:"), "revision 1 is shown as it was");

    // Approved and signed: the app says the signed revision is locked.
    // The status list offers only the steps the workflow accepts from the newest revision.
    for (status, number) in [("godkjent", 3), ("signert", 4)] {
        type_into(&client, "[data-testid=\"revision-message\"]", status).await;
        choose(&client, "[data-testid=\"revision-status\"]", status).await;
        click(&client, "commit-revision").await;
        by_test_id(&client, &format!("revision-{number}")).await;
    }
    let offered = page_value(
        &client,
        "return [...document.querySelectorAll('[data-testid=\"revision-status\"] option')].map(o => o.value)",
    )
    .await;
    assert_eq!(
        offered,
        serde_json::json!(["", "utkast", "signert", "gjeldende"])
    );
    wait_for_text(&client, "frozen-notice", |t| t.contains("revisjon 4")).await;

    // The signed agreement exports as PDF, with its revision in the footer and no draft mark.
    // The export dialog previews the first page and counts the pages, for both prints.
    click(&client, "export-pdf").await;
    by_test_id(&client, "export-preview").await;
    let pages = wait_for_text(&client, "export-pages", |t| t.contains("sider")).await;
    // The dialog says what is printed, as the footer will.
    wait_for_text(&client, "export-printing", |t| t.contains("Revisjon 4 (")).await;
    let count: u32 = pages
        .split(' ')
        .next()
        .and_then(|n| n.parse().ok())
        .unwrap_or(0);
    assert!(count > 1, "{pages}");
    click(&client, "export-short").await;
    wait_for_text(&client, "export-pages", |t| t == "1 side").await;
    by_test_id(&client, "export-preview").await;
    shot(&client, "14-export").await;
    click(&client, "export-whole").await;
    wait_for_text(&client, "export-pages", |t| t.contains("sider")).await;
    click(&client, "export-save").await;
    wait_for_text(&client, "notice", |t| t.contains("PDF")).await;
    let text = std::process::Command::new("pdftotext")
        .args([pdf.as_os_str(), std::ffi::OsStr::new("-")])
        .output()
        .expect("pdftotext");
    let text = String::from_utf8_lossy(&text.stdout).into_owned();
    assert!(text.contains("Revisjon 4 ("), "{text}");
    assert!(
        !text.contains("UTKAST"),
        "a signed agreement is not a draft"
    );

    // "Forny avtale": the next period (2030–2034) starts from the signed one as a new draft
    // revision, and the comparison with the signed revision shows the moved dates at once.
    click(&client, "part-history").await;
    click(&client, "renew-agreement").await;
    by_test_id(&client, "revision-5").await;
    let compare = wait_for_text(&client, "compare", |t| t.contains("2034")).await;
    assert!(
        compare.contains("2031"),
        "the evaluation moved too: {compare}"
    );
    assert!(
        !compare.contains("Kort sagt:"),
        "only dates changed: {compare}"
    );
    shot(&client, "15-renewed").await;

    // The revisions are in the file, chained (the save after the renewal may still be on its way).
    let deadline = Instant::now() + Duration::from_secs(15);
    let saved = loop {
        let saved = std::fs::read_to_string(&file).expect("file");
        if saved.contains("number: 5") || Instant::now() > deadline {
            break saved;
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    };
    assert!(saved.contains("number: 5"), "{saved}");
    assert!(saved.contains("to: \"2034-11-30\""), "{saved}");
    assert!(saved.contains("number: 2"), "{saved}");
    assert!(saved.contains("message: Oftere møter"), "{saved}");
    assert!(saved.contains("status: til_godkjenning"), "{saved}");
    client.close().await.expect("close the session");
}

/// Runs a script in the page and returns what it gives back, as JSON.
async fn page_value(client: &Client, script: &str) -> serde_json::Value {
    client
        .execute(script, vec![])
        .await
        .unwrap_or_else(|e| panic!("script {script}: {e}"))
}

#[tokio::test]
#[ignore = "needs Xvfb, tauri-driver and the built app: run by `make e2e`"]
async fn agreement_text_cannot_run_code_in_the_app() {
    let data = tempfile::tempdir().expect("data folder");
    // Every script in the hostile file would set a marker in the page if it ever ran.
    let hostile = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/hostile.avtale.yaml"),
    )
    .expect("fixture")
    .replace("alert('tittel')", "window.__pwned='tittel'")
    .replace("alert(1)", "window.__pwned=1");
    let file = data.path().join("fiendtlig.avtale.yaml");
    std::fs::write(&file, &hostile).expect("written");
    // The other version to compare with has hostile text of its own.
    let other = data.path().join("annen.avtale.yaml");
    std::fs::write(
        &other,
        hostile.replace(
            "Tekst med",
            "Endret <img src=y onerror=window.__pwned=2> tekst med <script>window.__pwned=3</script>",
        ),
    )
    .expect("written");
    let driver = Driver::start(&[
        ("AVTALE_DATA_DIR", data.path()),
        ("AVTALE_TEST_DIALOG_PATH", &other),
    ]);
    let client = open(&driver, &[file.display().to_string()]).await;

    // The editor: the section with raw HTML, its preview, and the roles form.
    click(&client, "section-prosa").await;
    let preview = wait_for_text(&client, "section-preview", |t| t.contains("Tekst med")).await;
    assert!(
        preview.contains("<script>window.__pwned=1</script>"),
        "{preview}"
    );
    click(&client, "section-roller").await;
    let task = css(&client, "[data-field$=\".tasks[0].task\"]")
        .await
        .prop("value")
        .await
        .unwrap()
        .unwrap_or_default();
    assert!(task.contains("<b>tegn</b>"), "shown as typed: {task}");
    // The whole preview.
    click(&client, "preview-toggle").await;
    let whole = wait_for_text(&client, "preview", |t| t.contains("Overskrift i prosa")).await;
    assert!(whole.contains("<svg onload=window.__pwned=1>"), "{whole}");
    click(&client, "preview-toggle").await;
    // The compare view, against the other file.
    click(&client, "part-history").await;
    click(&client, "compare-file").await;
    let compare = wait_for_text(&client, "compare", |t| t.contains("Endret")).await;
    assert!(
        compare.contains("<script>window.__pwned=3</script>"),
        "{compare}"
    );
    click(&client, "compare-mode").await;
    wait_for_text(&client, "compare", |t| t.contains("Før")).await;
    shot(&client, "15-hostile-compare").await;
    // Give any timer or load handler a moment to fire.
    tokio::time::sleep(Duration::from_millis(500)).await;

    let pwned = page_value(
        &client,
        "return window.__pwned === undefined ? null : String(window.__pwned);",
    )
    .await;
    assert_eq!(
        pwned,
        serde_json::Value::Null,
        "a script from the agreement ran"
    );
    let handlers = page_value(
        &client,
        "return document.querySelectorAll('[onerror],[onload],[onclick],iframe,object,embed,style:not([data-vite-dev-id])').length;",
    )
    .await;
    assert_eq!(
        handlers,
        serde_json::json!(0),
        "no handler attributes or frames from the text"
    );
    let links = page_value(
        &client,
        "return Array.from(document.querySelectorAll('a[href]')).map(a => a.getAttribute('href')).filter(h => !/^(https?:|#)/.test(h)).length;",
    )
    .await;
    assert_eq!(links, serde_json::json!(0), "no javascript: or data: links");
    let scripts = page_value(
        &client,
        "return Array.from(document.scripts).filter(s => !s.src).length;",
    )
    .await;
    assert_eq!(
        scripts,
        serde_json::json!(0),
        "no inline scripts in the page"
    );
    client.close().await.expect("close the session");
}

#[tokio::test]
#[ignore = "needs Xvfb, tauri-driver and the built app: run by `make e2e`"]
async fn a_starter_shows_who_does_what_and_its_meeting_calendar_and_exports_it() {
    let data = tempfile::tempdir().expect("data folder");
    let ics = data.path().join("møter.ics");
    let driver = Driver::start(&[
        ("AVTALE_DATA_DIR", data.path()),
        ("AVTALE_TEST_DIALOG_PATH", &ics),
    ]);
    let client = open(&driver, &[]).await;
    create(&client, "hovedavtale", "Agder").await;

    // Who does what: the starter's tasks against the two parties.
    click(&client, "part-matrix").await;
    let table = wait_for_text(&client, "matrix-table", |t| t.contains("Nav Agder")).await;
    assert!(table.contains("Agder fylkeskommune"), "{table}");
    assert!(table.contains('●'), "responsible marks: {table}");
    by_test_id(&client, "matrix-concerns").await;
    shot(&client, "17-matrix").await;

    // Jargon: an abbreviation from the term bank that the glossary lacks gets a one-click fix
    // that adds the bank's definition.
    click(&client, "section-formal").await;
    let text = css(&client, "[data-field=\"sections[0].text\"]").await;
    reach(&client, &text).await;
    text.send_keys(" Ungdom med AAP skal også få tilbud.")
        .await
        .expect("type");
    wait_for_code(&client, "AV015", true).await;
    click(&client, "apply-fix").await;
    wait_for_code(&client, "AV015", false).await;
    click(&client, "part-glossary").await;
    let glossary = css(&client, "[data-testid=\"glossary\"], .panel").await;
    let glossary_text = glossary.text().await.unwrap_or_default();
    let values = page_value(
        &client,
        "return Array.from(document.querySelectorAll('[data-field^=\"glossary\"] input, [data-field^=\"glossary\"] textarea')).map(e => e.value).join(' | ');",
    )
    .await;
    assert!(
        values.as_str().unwrap_or_default().contains("AAP"),
        "the glossary has the term: {values} {glossary_text}"
    );

    // Plain language: LIX for the whole agreement and each section.
    click(&client, "part-language").await;
    wait_for_text(&client, "plain-whole", |t| t.contains("LIX")).await;
    shot(&client, "18-plain-language").await;

    // The calendar: concrete meetings over the period, year by year, and the load.
    click(&client, "part-calendar").await;
    let summary = wait_for_text(&client, "calendar-summary", |t| t.contains("møter fra")).await;
    let count: u32 = summary
        .split(' ')
        .next()
        .and_then(|n| n.parse().ok())
        .unwrap_or(0);
    assert!(count > 0, "{summary}");
    let months = wait_for_text(&client, "calendar-months", |t| !t.is_empty()).await;
    assert!(months.contains("jan") && months.contains("des"), "{months}");
    wait_for_text(&client, "calendar-load", |t| t.contains("Nav Agder")).await;
    shot(&client, "16-calendar").await;

    // Export: the .ics has one event per meeting.
    click(&client, "export-ics").await;
    wait_for_text(&client, "notice", |t| t.contains("Møtekalender lagret")).await;
    let text = std::fs::read_to_string(&ics).expect("the .ics file");
    assert!(text.starts_with("BEGIN:VCALENDAR\r\n"));
    assert_eq!(
        text.matches("BEGIN:VEVENT").count(),
        count as usize,
        "one event per meeting shown"
    );
    client.close().await.expect("close the session");
}

#[tokio::test]
#[ignore = "needs Xvfb, tauri-driver and the built app: run by `make e2e`"]
async fn a_sub_agreement_is_linked_to_its_main_agreement_and_the_family_shows_how_each_fits() {
    let data = tempfile::tempdir().expect("data folder");
    let folder = tempfile::tempdir().expect("agreements folder");
    let main = folder.path().join("hoved.avtale.yaml");
    std::fs::copy(example(), &main).expect("copy");
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures/formats/v1/underavtale-ot-nn.avtale.yaml");
    let sub = std::fs::read_to_string(fixture)
        .expect("fixture")
        .replace("Troms", "Vestland");
    let ot = folder.path().join("ot.avtale.yaml");
    std::fs::write(&ot, &sub).expect("write the sub-agreement");
    // An action plan already linked, which runs past the main agreement's end.
    let plan = sub
        .replacen("83db42a5-87d2-4256-abed-169b93d770d9", "plan-2029", 1)
        .replacen(
            "title: Underavtale om oppfølgingstenesta",
            "title: Handlingsplan 2029 for oppfølgingstenesta",
            1,
        )
        .replacen(
            "  parent:\n    id: \"\"\n",
            "  parent:\n    id: 53f29eaa-e8b9-4532-ade9-f2f35f6c3687\n    file: hoved.avtale.yaml\n    area: oppfølgingstjenesten\n",
            1,
        )
        .replacen("from: \"2026-12-01\"", "from: \"2029-01-01\"", 1)
        .replacen("to: \"2028-11-30\"", "to: \"2031-12-31\"", 1);
    assert!(
        plan.contains("plan-2029") && plan.contains("2031-12-31"),
        "{plan}"
    );
    std::fs::write(folder.path().join("plan.avtale.yaml"), plan).expect("write the plan");

    let driver = Driver::start(&[
        ("AVTALE_DATA_DIR", data.path()),
        ("AVTALE_TEST_DIALOG_PATH", &main),
    ]);
    let client = open(&driver, &[ot.display().to_string()]).await;
    click(&client, "part-family").await;
    wait_for_text(&client, "family-parent", |t| t.contains("ikke knyttet")).await;
    click(&client, "link-parent").await;
    wait_for_text(&client, "family-parent", |t| {
        t.contains("hoved.avtale.yaml")
    })
    .await;
    // The family: the main agreement, the plan (outside the period) and this one (no area).
    wait_for_text(&client, "family-main", |t| t.contains("Nav Vestland")).await;
    let members = wait_for_text(&client, "family-members", |t| {
        t.contains("Handlingsplan 2029") && t.contains("utenfor perioden")
    })
    .await;
    assert!(members.contains("samarbeidsområde"), "{members}");
    wait_for_code(&client, "AV039", true).await;
    choose(
        &client,
        "[data-testid=\"family-area\"]",
        "oppfølgingstjenesten",
    )
    .await;
    let members = wait_for_text(&client, "family-members", |t| {
        t.contains("Passer inn i hovedavtalen")
    })
    .await;
    assert!(
        members.contains("utenfor perioden"),
        "the plan still does not fit"
    );
    // Named by the main agreement's title as its file says, not by the plan's stale copy.
    assert!(
        members.contains("hovedavtalen «Samarbeidsavtale mellom Nav Vestland"),
        "{members}"
    );
    wait_for_code(&client, "AV039", false).await;
    shot(&client, "guide-family").await;
    client.close().await.expect("close the session");
}

/// In the history panel: Kari Nordmann saves revision 1, "Første utkast".
async fn first_revision(client: &Client) {
    click(client, "part-history").await;
    type_into(client, "[data-testid=\"revision-author\"]", "Kari Nordmann").await;
    type_into(
        client,
        "[data-testid=\"revision-message\"]",
        "Første utkast",
    )
    .await;
    click(client, "commit-revision").await;
    by_test_id(client, "revision-1").await;
}

/// Whether the button with this test id is disabled now.
async fn disabled(client: &Client, id: &str) -> bool {
    by_test_id(client, id)
        .await
        .prop("disabled")
        .await
        .ok()
        .flatten()
        .is_some_and(|v| v == "true")
}

/// Polls until the button with this test id is (or is not) disabled.
async fn wait_disabled(client: &Client, id: &str, want: bool) {
    let deadline = Instant::now() + Duration::from_secs(20);
    while disabled(client, id).await != want {
        assert!(
            Instant::now() < deadline,
            "{id} never became disabled={want}"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

#[tokio::test]
#[ignore = "needs Xvfb, tauri-driver and the built app: run by `make e2e`"]
async fn a_saved_revision_cannot_be_undone_away() {
    let data = tempfile::tempdir().expect("data folder");
    let file = data.path().join("vestland.avtale.yaml");
    std::fs::copy(example(), &file).expect("copy");
    // Every file dialog answers with the agreement's own file: an export must refuse it.
    let driver = Driver::start(&[
        ("AVTALE_DATA_DIR", data.path()),
        ("AVTALE_TEST_DIALOG_PATH", &file),
    ]);
    let client = open(&driver, &[file.display().to_string()]).await;

    // An edit, then the revision saved in the history panel (which saves the file too).
    type_into(&client, "[data-field=\"meta.county\"]", "Vestland og Sogn").await;
    wait_disabled(&client, "undo", false).await;
    first_revision(&client).await;
    wait_for_text(&client, "save-state", |t| t == "Lagret").await;

    // Undo is not offered past the revision, and Ctrl+Z does nothing to it.
    wait_disabled(&client, "undo", true).await;
    client
        .execute(
            "window.dispatchEvent(new KeyboardEvent('keydown', {key: 'z', ctrlKey: true}))",
            vec![],
        )
        .await
        .expect("ctrl+z");
    click(&client, "save").await;
    wait_for_text(&client, "notice", |t| t == "Lagret").await;
    let saved = avtale_core::store::read_agreement(&file).expect("file reads");
    assert_eq!(
        saved.history.revisions.len(),
        1,
        "the revision is in the file"
    );
    assert_eq!(saved.meta.county, "Vestland og Sogn");
    saved.history.verify().expect("the chain holds");

    // An edit after the revision undoes back to it, and no further.
    click(&client, "part-details").await;
    type_into(&client, "[data-field=\"meta.county\"]", "Vestland").await;
    wait_disabled(&client, "undo", false).await;
    click(&client, "undo").await;
    wait_disabled(&client, "undo", true).await;
    let county = css(&client, "[data-field=\"meta.county\"]")
        .await
        .prop("value")
        .await
        .unwrap()
        .unwrap_or_default();
    assert_eq!(county, "Vestland og Sogn");

    // A copy of the file with one more revision on disk: saving the open agreement is refused,
    // the file keeps both revisions, and "Lagre som" is offered.
    let mut newer = avtale_core::store::read_agreement(&file).expect("file reads");
    newer.meta.title.push_str(" (endret i et annet vindu)");
    let time = avtale_core::history::Timestamp::parse("2026-12-06T12:00:00+01:00").expect("time");
    let info = avtale_core::history::RevisionInfo {
        author: "Ola".into(),
        time,
        message: "Fra et annet vindu".into(),
        name: None,
    };
    avtale_core::workflow::commit(&mut newer, info, None).expect("commit");
    std::fs::write(&file, avtale_core::format::agreement_to_string(&newer)).expect("write");
    type_into(&client, "[data-field=\"meta.county\"]", "Vestland fylke").await;
    click(&client, "save").await;
    let conflict = wait_for_text(&client, "history-conflict", |t| t.contains("revisjoner")).await;
    assert!(conflict.contains("Lagre som"), "{conflict}");
    by_test_id(&client, "conflict-save-as").await;
    let mut audit = Audit::default();
    audit.audit(&client, "history conflict").await;
    audit.finish();
    let kept = avtale_core::store::read_agreement(&file).expect("file reads");
    assert_eq!(kept.history.revisions.len(), 2, "both revisions kept");

    // A PDF export never writes over the agreement file itself.
    click(&client, "export-pdf").await;
    wait_for_text(&client, "export-pages", |t| t.contains("sider")).await;
    // Changed since revision 1 and not saved as a revision: the print says so.
    wait_for_text(&client, "export-printing", |t| {
        t.contains("Endret etter revisjon 1 – ikke lagret som revisjon")
    })
    .await;
    click(&client, "export-save").await;
    wait_for_text(&client, "export-problem", |t| {
        t.contains("selve avtalefilen")
    })
    .await;
    let still = avtale_core::store::read_agreement(&file).expect("still an agreement file");
    assert_eq!(still.history.revisions.len(), 2);
    client.close().await.expect("close the session");
}

/// The value of the field found by `selector`.
async fn field_value(client: &Client, selector: &str) -> String {
    css(client, selector)
        .await
        .prop("value")
        .await
        .unwrap()
        .unwrap_or_default()
}

#[tokio::test]
#[ignore = "needs Xvfb, tauri-driver and the built app: run by `make e2e`"]
async fn changing_the_period_offers_to_move_every_date_as_one_undoable_edit() {
    let (_data, _file, _driver, client) = open_example_copy().await;

    // The agreement really ran four years earlier: both ends typed, then the fields left.
    let from = "[data-field=\"meta.period.from\"]";
    let to = "[data-field=\"meta.period.to\"]";
    type_into(&client, from, "01.12.2022").await;
    type_into(&client, to, "30.11.2026").await;
    css(&client, "[data-field=\"meta.county\"]")
        .await
        .click()
        .await
        .expect("leave the period");
    let offer = wait_for_text(&client, "period-move", |t| t.contains("4 år tilbake")).await;
    assert!(
        offer.contains("«Flere fullfører videregående opplæring» › Frist: 30. november 2030 → 30. november 2026"),
        "{offer}"
    );
    assert!(
        offer.contains("Neste evaluering: 1. november 2027 → 1. november 2023"),
        "{offer}"
    );
    shot(&client, "19-period-move").await;
    let mut audit = Audit::default();
    audit.audit(&client, "period move offered").await;
    audit.finish();
    click(&client, "move-dates").await;

    // Every structured date moved; the text written by hand did not.
    click(&client, "section-mal").await;
    let deadline = "[data-field$=\".goals[0].deadline\"]";
    let deadline_is = |want: &'static str| {
        let client = &client;
        async move {
            let until = Instant::now() + Duration::from_secs(20);
            loop {
                let now = field_value(client, deadline).await;
                if now == want {
                    return;
                }
                assert!(Instant::now() < until, "deadline {now}, expected {want}");
                tokio::time::sleep(Duration::from_millis(100)).await;
            }
        }
    };
    deadline_is("30.11.2026").await;

    // One undo takes the dates back and keeps the new period.
    click(&client, "undo").await;
    deadline_is("30.11.2030").await;
    click(&client, "part-details").await;
    assert_eq!(field_value(&client, from).await, "01.12.2022");
    assert_eq!(field_value(&client, to).await, "30.11.2026");
    client.close().await.expect("close the session");
}

/// The text of every reference chip in the section's editor, in order.
/// Opens a section, puts the cursor at the end of its text and types there; returns the
/// editor for more typing.
async fn type_at_end_of_section(
    client: &Client,
    section: &str,
    text: &str,
) -> fantoccini::elements::Element {
    click(client, &format!("section-{section}")).await;
    let editor = css(client, "[data-testid=\"prose-editor\"]").await;
    reach(client, &editor).await;
    editor.click().await.expect("into the text");
    editor
        .send_keys(&format!("{}{}", Key::Control, Key::End))
        .await
        .expect("to the end");
    editor.send_keys(text).await.expect("type");
    editor
}

async fn chips(client: &Client) -> Vec<String> {
    let mut texts = Vec::new();
    for chip in client
        .find_all(Locator::Css("[data-testid=\"reference-chip\"]"))
        .await
        .expect("chips")
    {
        texts.push(
            chip.prop("textContent")
                .await
                .ok()
                .flatten()
                .unwrap_or_default(),
        );
    }
    texts
}

#[tokio::test]
#[ignore = "needs Xvfb, tauri-driver and the built app: run by `make e2e`"]
async fn a_reference_from_the_menu_follows_the_period_and_a_stale_date_is_fixed_with_one() {
    let (_data, file, _driver, client) = open_example_copy().await;

    // Words typed at the end of the purpose, then the period's last day from the menu.
    let editor = type_at_end_of_section(&client, "formal", " Avtalen varer til ").await;
    click(&client, "insert-reference").await;
    by_test_id(&client, "reference-menu").await;
    shot(&client, "20-reference-menu").await;
    css(
        &client,
        "[data-testid=\"reference-choice\"][data-written=\"[[periodens slutt]]\"]",
    )
    .await
    .click()
    .await
    .expect("choose the period's last day");
    wait_for_text(&client, "section-preview", |t| {
        t.contains("Avtalen varer til 30. november 2030")
    })
    .await;
    assert_eq!(
        chips(&client).await.last().map(String::as_str),
        Some("30. november 2030")
    );

    // A date typed by hand outside the period is caught, and one click makes it the reference.
    editor
        .send_keys(". Første rapport kommer 1. januar 2035.")
        .await
        .expect("type a stale date");
    wait_for_code(&client, "AV043", true).await;
    shot(&client, "21-date-outside-period").await;
    let fix = css(
        &client,
        "li:has([data-code=\"AV043\"]) [data-testid=\"apply-fix\"]",
    )
    .await;
    reach(&client, &fix).await;
    fix.click().await.expect("apply the fix");
    wait_for_code(&client, "AV043", false).await;
    wait_for_text(&client, "section-preview", |t| {
        t.contains("Første rapport kommer 1. januar 2027")
    })
    .await;

    // The period moves (the dates are kept): the reference follows, the words stay.
    click(&client, "part-details").await;
    type_into(&client, "[data-field=\"meta.period.from\"]", "01.12.2022").await;
    type_into(&client, "[data-field=\"meta.period.to\"]", "30.11.2026").await;
    css(&client, "[data-field=\"meta.county\"]")
        .await
        .click()
        .await
        .expect("leave the period");
    click(&client, "keep-dates").await;
    click(&client, "section-formal").await;
    wait_for_text(&client, "section-preview", |t| {
        t.contains("Avtalen varer til 30. november 2026")
            && t.contains("Første rapport kommer 1. januar 2023")
    })
    .await;
    shot(&client, "22-reference-followed").await;

    // The file keeps the reference as readable words, not the value.
    click(&client, "save").await;
    wait_for_text(&client, "save-state", |t| t == "Lagret").await;
    let saved = std::fs::read_to_string(&file).expect("the saved file");
    assert!(
        saved.contains("Avtalen varer til [[periodens slutt]]"),
        "{saved}"
    );
    assert!(!saved.contains("1. januar 2035"), "{saved}");
    client.close().await.expect("close the session");
}

#[tokio::test]
#[ignore = "needs Xvfb, tauri-driver and the built app: run by `make e2e`"]
async fn an_agreement_signed_before_it_reached_avtale_is_registered_with_dates_and_places() {
    let (_data, file, _driver, client) = open_example_copy().await;

    // The history offers the registration with a date and a place for each signing party.
    click(&client, "part-history").await;
    click(&client, "register-open").await;
    by_test_id(&client, "register-form").await;
    type_into(
        &client,
        "[data-testid=\"register-author\"]",
        "Kari Nordmann",
    )
    .await;
    choose(&client, "[data-testid=\"register-status\"]", "gjeldende").await;
    type_into(&client, "[data-field=\"signing.nav.date\"]", "8.1.2027").await;
    type_into(&client, "[data-field=\"signing.nav.place\"]", "Bergen").await;
    wait_for_text(&client, "signing-fk", |t| {
        t.contains("Vestland fylkeskommune")
    })
    .await;

    // A party without its date and place: refused in the core's words, nothing recorded.
    click(&client, "register-signed").await;
    wait_for_text(&client, "register-failure", |t| {
        t == "Oppgi dato og sted for når Vestland fylkeskommune signerte."
    })
    .await;
    type_into(&client, "[data-field=\"signing.fk.date\"]", "10.01.2027").await;
    type_into(&client, "[data-field=\"signing.fk.place\"]", "Leikanger").await;
    shot(&client, "23-register").await;
    click(&client, "register-signed").await;

    // One revision, in force, saying it was registered; the offer is gone.
    by_test_id(&client, "revision-1").await;
    let revision = wait_for_text(&client, "revision-1", |t| t.contains("Gjeldende")).await;
    assert!(
        revision.contains("Registrert som gjeldende: avtalen ble signert før den kom inn i Avtale"),
        "{revision}"
    );
    let notes = wait_for_text(&client, "revision-1-notes", |t| !t.is_empty()).await;
    assert!(
        notes.contains("Registrert, ikke ført gjennom godkjenningen i Avtale"),
        "{notes}"
    );
    let deadline = Instant::now() + Duration::from_secs(20);
    while client
        .find(Locator::Css("[data-testid=\"register-form\"]"))
        .await
        .is_ok()
    {
        assert!(
            Instant::now() < deadline,
            "the registration is still offered"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    shot(&client, "24-registered").await;

    // The file holds the revision and each party's date and place in the signatures clause.
    let deadline = Instant::now() + Duration::from_secs(15);
    let saved = loop {
        let saved = avtale_core::store::read_agreement(&file).expect("file reads");
        if !saved.history.revisions.is_empty() || Instant::now() > deadline {
            break saved;
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    };
    saved.history.verify().expect("the chain holds");
    let revision = &saved.history.revisions[0];
    assert!(revision.registered);
    assert_eq!(
        revision.meta.status,
        avtale_core::agreement::Status::Gjeldende
    );
    let signed: Vec<(String, String, String)> = saved
        .sections
        .iter()
        .find_map(|s| s.signatures.as_ref())
        .expect("signatures")
        .signed
        .iter()
        .map(|s| (s.party.0.clone(), s.date.to_string(), s.place.clone()))
        .collect();
    assert_eq!(
        signed,
        [
            ("nav".into(), "2027-01-08".into(), "Bergen".into()),
            ("fk".into(), "2027-01-10".into(), "Leikanger".into()),
        ]
    );
    client.close().await.expect("close the session");
}

#[tokio::test]
#[ignore = "needs Xvfb, tauri-driver and the built app: run by `make e2e`"]
async fn a_status_refused_for_open_errors_is_taken_when_they_are_accepted_with_a_reason() {
    let data = tempfile::tempdir().expect("data folder");
    let file = data.path().join("vestland.avtale.yaml");
    // The example with a placeholder left in a heading: one error.
    let text = std::fs::read_to_string(example()).expect("example");
    let text = text.replacen(
        "title: Formål",
        "title: Formål {{hva avtalen skal oppnå}}",
        1,
    );
    std::fs::write(&file, text).expect("written");
    let driver = Driver::start(&[("AVTALE_DATA_DIR", data.path())]);
    let client = open(&driver, &[file.display().to_string()]).await;
    wait_for_code(&client, "AV001", true).await;

    // Revision 1, then revision 2 sent for approval after an evaluation.
    first_revision(&client).await;
    type_into(
        &client,
        "[data-testid=\"revision-message\"]",
        "Til ledermøtet",
    )
    .await;
    choose(&client, "[data-testid=\"revision-reason\"]", "evaluering").await;
    type_into(
        &client,
        "[data-testid=\"revision-reason-text\"]",
        "etter evalueringen våren 2026",
    )
    .await;
    choose(
        &client,
        "[data-testid=\"revision-status\"]",
        "til_godkjenning",
    )
    .await;
    click(&client, "commit-revision").await;
    let notes = wait_for_text(&client, "revision-2-notes", |t| !t.is_empty()).await;
    assert_eq!(notes, "Grunn: Evaluering: etter evalueringen våren 2026");

    // Approving it is refused while the placeholder is there: the error is listed, and it
    // can be accepted only with a reason.
    type_into(
        &client,
        "[data-testid=\"revision-message\"]",
        "Godkjent i styringsgruppen",
    )
    .await;
    choose(&client, "[data-testid=\"revision-status\"]", "godkjent").await;
    click(&client, "commit-revision").await;
    let refused = wait_for_text(&client, "open-errors-message", |t| !t.is_empty()).await;
    assert!(
        refused.starts_with("Avtalen kan ikke få statusen «Godkjent»: kontrollen finner 1 feil."),
        "{refused}"
    );
    let listed = wait_for_text(&client, "open-errors-list", |t| t.contains("AV001")).await;
    assert!(listed.contains("hva avtalen skal oppnå"), "{listed}");
    assert!(
        disabled(&client, "accept-errors").await,
        "no reason, no acceptance"
    );
    assert!(
        client
            .find(Locator::Css("[data-testid=\"revision-3\"]"))
            .await
            .is_err(),
        "nothing recorded"
    );
    type_into(
        &client,
        "[data-testid=\"accept-reason\"]",
        "Overskriften rettes ved neste revisjon",
    )
    .await;
    wait_disabled(&client, "accept-errors", false).await;
    shot(&client, "25-open-errors").await;
    let mut audit = Audit::default();
    audit.audit(&client, "open errors to accept").await;
    audit.finish();
    click(&client, "accept-errors").await;

    // Revision 3 is approved and says which errors it accepted, and why.
    let revision = wait_for_text(&client, "revision-3", |t| t.contains("Godkjent")).await;
    assert!(
        revision.contains("Godkjent i styringsgruppen"),
        "{revision}"
    );
    let notes = wait_for_text(&client, "revision-3-notes", |t| !t.is_empty()).await;
    assert_eq!(
        notes,
        "Kontroll: 1 feil (AV001) var ikke rettet da avtalen fikk statusen «Godkjent». Godtatt med begrunnelsen: «Overskriften rettes ved neste revisjon»."
    );
    assert!(
        client
            .find(Locator::Css("[data-testid=\"open-errors\"]"))
            .await
            .is_err(),
        "the offer is gone"
    );
    let shown = by_test_id(&client, "revision-3-notes").await;
    reach(&client, &shown).await;
    shot(&client, "26-accepted").await;
    client.close().await.expect("close the session");
}

#[tokio::test]
#[ignore = "needs Xvfb, tauri-driver and the built app: run by `make e2e`"]
async fn an_outdated_age_of_the_follow_up_service_is_put_right_with_one_click() {
    let (_data, file, _driver, client) = open_example_copy().await;

    // The old law typed into the purpose: the follow-up service "til de fyller 21 år".
    type_at_end_of_section(
        &client,
        "formal",
        " Oppfølgingstjenesten følger opp ungdom til de fyller 21 år.",
    )
    .await;
    wait_for_code(&client, "AV046", true).await;
    let message = wait_for_text(&client, "diagnostics", |t| t.contains("AV046")).await;
    assert!(message.contains("opplæringslova § 9-4"), "{message}");
    shot(&client, "27-outdated-law").await;
    let fix = css(
        &client,
        "li:has([data-code=\"AV046\"]) [data-testid=\"apply-fix\"]",
    )
    .await;
    assert_eq!(
        fix.text().await.expect("the button"),
        "Skriv «fyller 24 år»"
    );
    reach(&client, &fix).await;
    fix.click().await.expect("apply the fix");
    wait_for_code(&client, "AV046", false).await;
    wait_for_text(&client, "section-preview", |t| {
        t.contains("til de fyller 24 år")
    })
    .await;

    click(&client, "save").await;
    wait_for_text(&client, "save-state", |t| t == "Lagret").await;
    let saved = std::fs::read_to_string(&file).expect("the saved file");
    assert!(saved.contains("til de fyller 24 år"), "{saved}");
    client.close().await.expect("close the session");
}

// ---- kinds ----

/// The ids of the sections in the outline, in order.
async fn outline_ids(client: &Client) -> Vec<String> {
    let value = page_value(
        client,
        "return [...document.querySelectorAll('[data-testid=\"section-list\"] [data-testid^=\"section-\"]')].map(e => e.dataset.testid)",
    )
    .await;
    serde_json::from_value(value).expect("a list of ids")
}

#[tokio::test]
#[ignore = "needs Xvfb, tauri-driver and the built app: run by `make e2e`"]
async fn a_free_clause_from_the_picker_gets_a_title_and_text_that_the_preview_shows() {
    let (_data, _file, _driver, client) = open_example_copy().await;
    click(&client, "add-section").await;
    by_test_id(&client, "template-picker").await;
    // The free clause is offered first.
    let first = page_value(
        &client,
        "return document.querySelector('[data-testid^=\"template-\"]:not([data-testid=\"template-picker\"])').dataset.testid",
    )
    .await;
    assert_eq!(first, "template-eget-punkt");
    click(&client, "template-eget-punkt").await;
    shot(&client, "kinds-01-free-clause-picker").await;
    click(&client, "add-template").await;
    // Empty, it asks for its text.
    wait_for_code(&client, "AV025", true).await;
    type_into(&client, "#section-title", "Felles lokaler").await;
    let editor = css(&client, "[data-testid=\"prose-editor\"]").await;
    reach(&client, &editor).await;
    editor.click().await.expect("into the text");
    editor
        .send_keys("Partene deler lokaler i Bergen sentrum.")
        .await
        .expect("type");
    wait_for_code(&client, "AV025", false).await;
    click(&client, "preview-toggle").await;
    wait_for_text(&client, "preview", |t| {
        t.contains("Felles lokaler") && t.contains("Partene deler lokaler i Bergen sentrum.")
    })
    .await;
    shot(&client, "kinds-02-free-clause-preview").await;
    client.close().await.expect("close the session");
}

#[tokio::test]
#[ignore = "needs Xvfb, tauri-driver and the built app: run by `make e2e`"]
async fn a_partnership_agreement_starts_with_the_guide_s_points_in_order_and_its_kind_can_change() {
    let data = tempfile::tempdir().expect("data folder");
    let driver = Driver::start(&[("AVTALE_DATA_DIR", data.path())]);
    let client = open(&driver, &[]).await;
    click(&client, "new-agreement").await;
    click(&client, "starter-partnerskapsavtale").await;
    // The partnership agreement asks for its municipality as well as the county.
    type_into(&client, "[data-testid=\"municipality\"]", "Bergen").await;
    type_into(&client, "[data-testid=\"county\"]", "Vestland").await;
    shot(&client, "kinds-03-new-partnership").await;
    click(&client, "create-agreement").await;
    by_test_id(&client, "section-list").await;
    wait_for_text(&client, "doc-title", |t| {
        t.contains("Nav Bergen") && t.contains("Bergen kommune")
    })
    .await;
    let points: Vec<String> = outline_ids(&client)
        .await
        .into_iter()
        .filter(|id| {
            !["section-list", "section-partnerskap-parter"].contains(&id.as_str())
                && id.starts_with("section-partnerskap-")
        })
        .collect();
    let guide = [
        "formal",
        "lokalisering",
        "styring",
        "ansettelse",
        "personvern",
        "medbestemmelse",
        "mal",
        "kompetanse",
        "myndighet",
        "tjenester",
        "samhandling",
        "tvister",
        "varighet",
    ]
    .map(|p| format!("section-partnerskap-{p}"));
    assert_eq!(points, guide);
    shot(&client, "kinds-04-partnership-outline").await;

    // The cover names the municipality, not a county; no county-only warning shows.
    click(&client, "preview-toggle").await;
    wait_for_text(&client, "preview", |t| {
        t.contains("Partnerskapsavtale") && t.contains("Kommune: Bergen") && !t.contains("Fylke:")
    })
    .await;
    assert!(
        !diagnostic_codes(&client)
            .await
            .contains(&"AV019".to_owned())
    );

    // Changed to a main county agreement in the details, the county checks apply.
    click(&client, "part-details").await;
    choose(&client, "[data-testid=\"agreement-kind\"]", "hovedavtale").await;
    wait_for_code(&client, "AV019", true).await;
    shot(&client, "kinds-05-kind-changed").await;
    choose(
        &client,
        "[data-testid=\"agreement-kind\"]",
        "partnerskapsavtale",
    )
    .await;
    wait_for_code(&client, "AV019", false).await;
    css(&client, "[data-field=\"meta.municipality\"]").await;
    client.close().await.expect("close the session");
}

// ---- refs ----

#[tokio::test]
#[ignore = "needs Xvfb, tauri-driver and the built app: run by `make e2e`"]
async fn signing_place_and_date_and_the_agreements_it_names_reach_the_print() {
    let data = tempfile::tempdir().expect("data folder");
    let file = data.path().join("vestland.avtale.yaml");
    std::fs::copy(example(), &file).expect("copy");
    // A sub-agreement beside it that links to it: the main agreement's print lists it.
    let main = avtale_core::store::read_agreement(&file).expect("example");
    let templates = avtale_core::TemplateSet::shipped().expect("templates");
    let new = avtale_core::starter::NewAgreement {
        starter: "underavtale-ot",
        county: Some("Vestland"),
        municipality: None,
        lang: avtale_core::Lang::Nb,
        today: avtale_core::date::Date::from_ymd(2026, 11, 22).expect("date"),
        id: "ot-vestland".into(),
    };
    let mut sub = avtale_core::starter::create(&templates, &new).expect("starter");
    avtale_core::family::link(&mut sub, &main, "vestland.avtale.yaml".into());
    sub.meta.title = "Delavtale om oppfølgingstjenesten i Vestland".into();
    std::fs::write(
        data.path().join("ot.avtale.yaml"),
        avtale_core::format::agreement_to_string(&sub),
    )
    .expect("sub-agreement written");
    let pdf = data.path().join("vestland.pdf");
    let driver = Driver::start(&[
        ("AVTALE_DATA_DIR", data.path()),
        ("AVTALE_TEST_DIALOG_PATH", &pdf),
    ]);
    let client = open(&driver, &[file.display().to_string()]).await;
    wait_for_text(&client, "diagnostic-counts", |t| t.contains("0 feil")).await;

    // The signatures clause's form takes the planned place and date of the signing.
    click(&client, "section-underskrifter").await;
    type_into(&client, "[data-field$=\".signatures.place\"]", "Bergen").await;
    type_into(&client, "[data-field$=\".signatures.date\"]", "15.01.2027").await;
    wait_for_text(&client, "section-preview", |t| {
        t.contains("Sted og dato: Bergen, 15. januar 2027")
    })
    .await;
    shot(&client, "refs-01-signing-place-and-date").await;

    // The details name the agreement this one replaces.
    click(&client, "part-details").await;
    click(&client, "add-references").await;
    choose(
        &client,
        "[data-field=\"meta.references[0].relation\"]",
        "erstatter",
    )
    .await;
    type_into(
        &client,
        "[data-field=\"meta.references[0].title\"]",
        "Samarbeidsavtale for Vestland 2020–2023",
    )
    .await;
    type_into(
        &client,
        "[data-field=\"meta.references[0].date\"]",
        "1.3.2020",
    )
    .await;
    shot(&client, "refs-02-references").await;
    click(&client, "preview-toggle").await;
    let preview = wait_for_text(&client, "preview", |t| {
        t.contains("Erstatter: Samarbeidsavtale for Vestland 2020–2023 (1. mars 2020)")
    })
    .await;
    assert!(
        preview.contains("Sted og dato: Bergen, 15. januar 2027"),
        "{preview}"
    );
    shot(&client, "refs-03-preview").await;
    click(&client, "preview-toggle").await;

    // The print: the planned signing in each block, what it replaces, its sub-agreement.
    click(&client, "export-pdf").await;
    wait_for_text(&client, "export-pages", |t| t.contains("sider")).await;
    shot(&client, "refs-04-export").await;
    click(&client, "export-save").await;
    wait_for_text(&client, "notice", |t| t.contains("PDF")).await;
    let text = std::process::Command::new("pdftotext")
        .args([pdf.as_os_str(), std::ffi::OsStr::new("-")])
        .output()
        .expect("pdftotext");
    let text = String::from_utf8_lossy(&text.stdout).into_owned();
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert_eq!(
        flat.matches("Bergen, 15. januar 2027").count(),
        2,
        "both blocks: {flat}"
    );
    assert!(
        flat.contains("Erstatter: Samarbeidsavtale for Vestland"),
        "{flat}"
    );
    assert!(flat.contains("Underavtaler:"), "{flat}");
    assert!(
        flat.contains("Delavtale om oppfølgingstjenesten i Vestland"),
        "{flat}"
    );
    // The signature page as a picture, to look at.
    if let Some(dir) = std::env::var_os("AVTALE_SCREENSHOTS") {
        let pages = std::process::Command::new("pdfinfo")
            .arg(&pdf)
            .output()
            .expect("pdfinfo");
        let info = String::from_utf8_lossy(&pages.stdout).into_owned();
        let last = info
            .lines()
            .find_map(|l| l.strip_prefix("Pages:"))
            .map(|n| n.trim().to_owned())
            .unwrap_or_else(|| "1".into());
        let _ = std::process::Command::new("pdftoppm")
            .args(["-png", "-r", "60", "-f", &last, "-l", &last])
            .arg(&pdf)
            .arg(Path::new(&dir).join("refs-05-signature-page"))
            .status();
        let _ = std::process::Command::new("pdftoppm")
            .args(["-png", "-r", "60", "-f", "1", "-l", "1"])
            .arg(&pdf)
            .arg(Path::new(&dir).join("refs-06-cover"))
            .status();
    }

    // The file keeps the plan and the reference.
    click(&client, "save").await;
    wait_for_text(&client, "save-state", |t| t == "Lagret").await;
    let saved = avtale_core::store::read_agreement(&file).expect("file reads");
    let signatures = saved
        .sections
        .iter()
        .find_map(|s| s.signatures.as_ref())
        .expect("signatures");
    assert_eq!(signatures.place.as_deref(), Some("Bergen"));
    assert_eq!(
        signatures.date.map(|d| d.to_string()).as_deref(),
        Some("2027-01-15")
    );
    assert_eq!(
        saved.meta.references[0].relation,
        avtale_core::agreement::Relation::Erstatter
    );
    client.close().await.expect("close the session");
}

// ---- regions ----

#[tokio::test]
#[ignore = "needs Xvfb, tauri-driver and the built app: run by `make e2e`"]
async fn a_body_held_in_four_regions_meets_on_four_spread_days() {
    let (_data, file, _driver, client) = open_example_copy().await;

    // The operative body, held in four regions: one body, four lines in its regions field.
    click(&client, "section-motearenaer").await;
    open_more(&client, "[data-row=\"sections[8].meetings[1]\"]").await;
    let field = "[data-field=\"sections[8].meetings[1].regions\"]";
    type_into(
        &client,
        field,
        &format!(
            "Nordfjord{}Sunnfjord{}Sogn{}Hordaland",
            Key::Enter,
            Key::Enter,
            Key::Enter
        ),
    )
    .await;
    wait_for_text(&client, "section-preview", |t| {
        t.contains("Nordfjord, Sunnfjord, Sogn og Hordaland")
    })
    .await;
    shot(&client, "40-regions-form").await;

    // The calendar: each region has its own meetings, on days of their own.
    click(&client, "part-calendar").await;
    click(&client, "calendar-year-2027").await;
    wait_for_text(&client, "calendar-months", |t| t.contains("Hordaland")).await;
    let meetings = page_value(
        &client,
        "return Array.from(document.querySelectorAll('[data-testid=\"calendar-meeting\"]')).map(li => [li.querySelector('time').getAttribute('datetime'), (li.querySelector('[data-testid=\"calendar-region\"]')?.textContent ?? '').replace(/^,\\s*/, '')]);",
    )
    .await;
    let meetings: Vec<(String, String)> =
        serde_json::from_value(meetings).expect("date and region of each meeting");
    let count = |region: &str| meetings.iter().filter(|(_, r)| r == region).count();
    let per_region = count("Nordfjord");
    assert!(per_region > 0, "{meetings:?}");
    for region in ["Sunnfjord", "Sogn", "Hordaland"] {
        assert_eq!(count(region), per_region, "{region}: {meetings:?}");
    }
    let mut days: Vec<&String> = meetings.iter().map(|(d, _)| d).collect();
    days.sort();
    days.dedup();
    assert_eq!(
        days.len(),
        meetings.len(),
        "no two meetings on one day: {meetings:?}"
    );
    // The four regions' first meetings fall in one month, on four days.
    let firsts: Vec<&String> = ["Nordfjord", "Sunnfjord", "Sogn", "Hordaland"]
        .iter()
        .filter_map(|r| meetings.iter().find(|(_, m)| m == r).map(|(d, _)| d))
        .collect();
    assert_eq!(firsts.len(), 4);
    assert!(
        firsts.iter().all(|d| d[..7] == firsts[0][..7]),
        "{firsts:?}"
    );
    shot(&client, "41-regions-calendar").await;

    click(&client, "save").await;
    wait_for_text(&client, "save-state", |t| t == "Lagret").await;
    let saved = std::fs::read_to_string(&file).expect("the saved file");
    assert!(saved.contains("regions:\n    - Nordfjord"), "{saved}");
    client.close().await.expect("close the session");
}

#[tokio::test]
#[ignore = "needs Xvfb, tauri-driver and the built app: run by `make e2e`"]
async fn a_warning_marked_as_considered_with_a_reason_leaves_the_open_count() {
    let (_data, file, _driver, client) = open_example_copy().await;

    type_at_end_of_section(&client, "formal", " Partene bruker XYZQ i arbeidet.").await;
    wait_for_code(&client, "AV015", true).await;
    wait_for_text(&client, "diagnostic-counts", |t| t == "0 feil, 1 advarsel").await;

    let consider = css(
        &client,
        "li:has([data-code=\"AV015\"]) [data-testid=\"consider\"]",
    )
    .await;
    reach(&client, &consider).await;
    consider.click().await.expect("mark as considered");
    type_into(
        &client,
        "[data-testid=\"consider-reason\"]",
        "XYZQ er navnet på prosjektet, ikke en forkortelse.",
    )
    .await;
    let mut audit = Audit::default();
    audit.audit(&client, "consider form").await;
    click(&client, "consider-save").await;
    wait_for_text(&client, "diagnostic-counts", |t| {
        t == "0 feil, 0 advarsler (1 vurdert)"
    })
    .await;
    wait_for_code(&client, "AV015", false).await;
    let listed = wait_for_text(&client, "considered-list", |t| t.contains("AV015")).await;
    assert!(listed.contains("XYZQ er navnet på prosjektet"), "{listed}");
    shot(&client, "42-considered").await;
    audit.audit(&client, "considered warnings").await;
    audit.finish();

    click(&client, "save").await;
    wait_for_text(&client, "save-state", |t| t == "Lagret").await;
    let saved = std::fs::read_to_string(&file).expect("the saved file");
    assert!(saved.contains("considered:\n- code: AV015"), "{saved}");

    // Taken back, it is an open warning again.
    click(&client, "unconsider").await;
    wait_for_text(&client, "diagnostic-counts", |t| t == "0 feil, 1 advarsel").await;
    wait_for_code(&client, "AV015", true).await;
    client.close().await.expect("close the session");
}

// ---- wayfind ----

/// Polls until no element with this test id is on the page.
async fn wait_gone(client: &Client, id: &str, within: Duration) {
    let deadline = Instant::now() + within;
    loop {
        let found = client
            .find_all(Locator::Css(&format!("[data-testid=\"{id}\"]")))
            .await
            .expect("find");
        if found.is_empty() {
            return;
        }
        assert!(Instant::now() < deadline, "{id} never went away");
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

/// The texts of every element with this test id, in order.
async fn texts(client: &Client, id: &str) -> Vec<String> {
    let mut out = Vec::new();
    for e in client
        .find_all(Locator::Css(&format!("[data-testid=\"{id}\"]")))
        .await
        .expect("find")
    {
        let text = e
            .prop("textContent")
            .await
            .ok()
            .flatten()
            .unwrap_or_default();
        out.push(text.trim().to_owned());
    }
    out
}

#[tokio::test]
#[ignore = "needs Xvfb, tauri-driver and the built app: run by `make e2e`"]
async fn the_start_screen_names_recent_agreements_by_title_and_says_which_file_is_gone() {
    let data = tempfile::tempdir().expect("data folder");
    let file = data.path().join("vestland.avtale.yaml");
    std::fs::copy(example(), &file).expect("copy");
    let gone = data.path().join("flyttet.avtale.yaml");
    std::fs::write(
        data.path().join("nylig-brukt.txt"),
        format!("{}\n{}\n", file.display(), gone.display()),
    )
    .expect("recent files");
    let driver = Driver::start(&[("AVTALE_DATA_DIR", data.path())]);
    let client = open(&driver, &[]).await;

    let title = wait_for_text(&client, "recent-file", |t| !t.is_empty()).await;
    assert_eq!(
        title,
        "Samarbeidsavtale mellom Nav Vestland og Vestland fylkeskommune"
    );
    let facts = wait_for_text(&client, "recent-facts", |t| !t.is_empty()).await;
    assert_eq!(facts, "Hovedavtale · 1. desember 2026 – 30. november 2030");
    let items = texts(&client, "recent-item").await;
    assert_eq!(items.len(), 2, "{items:?}");
    assert!(items[0].contains("vestland.avtale.yaml"), "{items:?}");
    assert!(
        items[1].contains("flyttet.avtale.yaml") && items[1].contains("finnes ikke lenger"),
        "{items:?}"
    );
    let buttons = client
        .find_all(Locator::Css("[data-testid=\"recent-file\"]"))
        .await
        .expect("buttons");
    assert_eq!(
        buttons[1].prop("disabled").await.ok().flatten().as_deref(),
        Some("true"),
        "a file that is gone cannot be opened"
    );
    shot(&client, "wayfind-01-start-recent").await;

    // In English, the kind and the dates are the core's English words.
    choose(&client, "[data-testid=\"language-select\"]", "en").await;
    wait_for_text(&client, "recent-facts", |t| {
        t == "Main agreement · 1 December 2026 – 30 November 2030"
    })
    .await;

    click(&client, "recent-file").await;
    wait_for_text(&client, "doc-title", |t| t.contains("Nav Vestland")).await;
    client.close().await.expect("close the session");
}

#[tokio::test]
#[ignore = "needs Xvfb, tauri-driver and the built app: run by `make e2e`"]
async fn a_family_member_opens_from_the_family_view_after_asking_about_unsaved_changes() {
    let data = tempfile::tempdir().expect("data folder");
    let folder = tempfile::tempdir().expect("agreements folder");
    let main = folder.path().join("hoved.avtale.yaml");
    std::fs::copy(example(), &main).expect("copy");
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures/formats/v1/underavtale-ot-nn.avtale.yaml");
    let plan = std::fs::read_to_string(fixture)
        .expect("fixture")
        .replace("Troms", "Vestland")
        .replacen("83db42a5-87d2-4256-abed-169b93d770d9", "plan-2027", 1)
        .replacen(
            "title: Underavtale om oppfølgingstenesta",
            "title: Handlingsplan 2027 for oppfølgingstenesta",
            1,
        )
        .replacen(
            "  parent:\n    id: \"\"\n",
            "  parent:\n    id: 53f29eaa-e8b9-4532-ade9-f2f35f6c3687\n    file: hoved.avtale.yaml\n    area: oppfølgingstjenesten\n",
            1,
        );
    assert!(plan.contains("file: hoved.avtale.yaml"), "{plan}");
    std::fs::write(folder.path().join("plan.avtale.yaml"), plan).expect("write the plan");

    let driver = Driver::start(&[("AVTALE_DATA_DIR", data.path())]);
    let client = open(&driver, &[main.display().to_string()]).await;
    // An unsaved change to the main agreement.
    type_into(
        &client,
        "[data-field=\"meta.title\"]",
        "Samarbeidsavtale Vestland",
    )
    .await;
    wait_for_text(&client, "save-state", |t| t == "Ikke lagret").await;

    click(&client, "part-family").await;
    wait_for_text(&client, "family-members", |t| {
        t.contains("Handlingsplan 2027")
    })
    .await;
    shot(&client, "wayfind-02-family-open").await;
    // The main agreement is the one open: only the member has an open action.
    assert_eq!(texts(&client, "family-open").await.len(), 1);
    click(&client, "family-open").await;
    // The unsaved change is asked about, as when going home; discarded, the plan opens.
    by_test_id(&client, "unsaved-prompt").await;
    click(&client, "leave-discard").await;
    wait_for_text(&client, "doc-title", |t| t.contains("Handlingsplan 2027")).await;

    // From the plan, its main agreement opens the same way (nothing unsaved: no question).
    click(&client, "part-family").await;
    wait_for_text(&client, "family-main", |t| t.contains("Nav Vestland")).await;
    click(&client, "family-open").await;
    wait_for_text(&client, "doc-title", |t| {
        t == "Samarbeidsavtale mellom Nav Vestland og Vestland fylkeskommune"
    })
    .await;
    client.close().await.expect("close the session");
}

/// Waits until the guidance beside the section is open ("true") or closed ("false"): the
/// `toggle` event that remembers it comes after the click.
async fn guidance_open_becomes(client: &Client, want: &str) {
    let deadline = Instant::now() + Duration::from_secs(5);
    loop {
        let open = by_test_id(client, "section-guidance")
            .await
            .prop("open")
            .await
            .ok()
            .flatten();
        if open.as_deref() == Some(want) {
            return;
        }
        assert!(
            Instant::now() < deadline,
            "the guidance is open: {open:?}, wanted {want}"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

#[tokio::test]
#[ignore = "needs Xvfb, tauri-driver and the built app: run by `make e2e`"]
async fn the_guidance_of_a_sections_template_is_shown_beside_it_and_stays_as_left() {
    let data = tempfile::tempdir().expect("data folder");
    let file = data.path().join("vestland.avtale.yaml");
    // One section from a template that no longer exists.
    let text = std::fs::read_to_string(example())
        .expect("example")
        .replacen("  template: bakgrunn\n", "  template: fjernet-mal\n", 1);
    std::fs::write(&file, text).expect("write");
    let driver = Driver::start(&[("AVTALE_DATA_DIR", data.path())]);
    let client = open(&driver, &[file.display().to_string()]).await;

    click(&client, "section-formal").await;
    let questions = wait_for_text(&client, "section-guidance-questions", |t| !t.is_empty()).await;
    assert!(
        questions.contains("Kan formålet sies i to–tre setninger?"),
        "{questions}"
    );
    shot(&client, "wayfind-03-guidance").await;

    // The page remembers the last state in the web view's storage, which outlives the app
    // (and this test): open it first if an earlier run left it closed.
    let was_open = by_test_id(&client, "section-guidance")
        .await
        .prop("open")
        .await
        .ok()
        .flatten();
    if was_open.as_deref() != Some("true") {
        click(&client, "section-guidance-toggle").await;
        guidance_open_becomes(&client, "true").await;
    }
    // Closed, it stays closed in the next section.
    click(&client, "section-guidance-toggle").await;
    guidance_open_becomes(&client, "false").await;
    click(&client, "section-malgrupper").await;
    wait_for_text(&client, "section-heading", |t| t.contains("Målgrupper")).await;
    guidance_open_becomes(&client, "false").await;

    // A template that no longer exists shows nothing.
    click(&client, "section-bakgrunn").await;
    by_test_id(&client, "section-editor").await;
    wait_gone(&client, "section-guidance", Duration::from_secs(5)).await;
    client.close().await.expect("close the session");
}

#[tokio::test]
#[ignore = "needs Xvfb, tauri-driver and the built app: run by `make e2e`"]
async fn after_a_revision_one_click_compares_it_with_the_current_text() {
    let (_data, _file, _driver, client) = open_example_copy().await;
    first_revision(&client).await;
    type_at_end_of_section(&client, "formal", " Ny setning.").await;
    click(&client, "part-history").await;
    wait_for_text(&client, "compare-from", |t| !t.is_empty()).await;
    let from = css(&client, "[data-testid=\"compare-from\"]")
        .await
        .prop("value")
        .await
        .ok()
        .flatten();
    assert_eq!(from.as_deref(), Some("1"));
    click(&client, "compare-button").await;
    wait_for_text(&client, "compare", |t| t.contains("Ny setning")).await;
    shot(&client, "wayfind-04-compare").await;
    client.close().await.expect("close the session");
}

#[tokio::test]
#[ignore = "needs Xvfb, tauri-driver and the built app: run by `make e2e`"]
async fn the_deleted_section_notice_closes_by_itself_and_undo_stays_in_the_toolbar() {
    let (_data, _file, _driver, client) = open_example_copy().await;
    click(&client, "section-tvister").await;
    click(&client, "delete-section").await;
    wait_for_text(&client, "deleted-notice", |t| {
        t.contains("Uenighet og eskalering")
    })
    .await;
    shot(&client, "wayfind-05-deleted").await;
    // Another deletion replaces the notice.
    click(&client, "section-rapportering").await;
    click(&client, "delete-section").await;
    wait_for_text(&client, "deleted-notice", |t| t.contains("Rapportering")).await;
    // It closes by itself; the toolbar's undo still brings the section back.
    wait_gone(&client, "deleted-notice", Duration::from_secs(20)).await;
    click(&client, "undo").await;
    by_test_id(&client, "section-rapportering").await;
    client.close().await.expect("close the session");
}

// ---- export ----

#[tokio::test]
#[ignore = "needs Xvfb, tauri-driver and the built app: run by `make e2e`"]
async fn the_export_dialog_saves_a_word_copy_stamped_with_the_revision() {
    let data = tempfile::tempdir().expect("data folder");
    let file = data.path().join("vestland.avtale.yaml");
    std::fs::copy(example(), &file).expect("copy");
    let docx = data.path().join("vestland.docx");
    let driver = Driver::start(&[
        ("AVTALE_DATA_DIR", data.path()),
        ("AVTALE_TEST_DIALOG_PATH", &docx),
    ]);
    let client = open(&driver, &[file.display().to_string()]).await;
    first_revision(&client).await;

    click(&client, "export-pdf").await;
    by_test_id(&client, "export-word").await;
    shot(&client, "export-01-word").await;
    click(&client, "export-word").await;
    wait_for_text(&client, "notice", |t| t.contains("Word-dokument lagret")).await;

    let bytes = std::fs::read(&docx).expect("the Word copy was written");
    let read = avtale_word::package::read(&bytes).expect("a Word package");
    let stamp = avtale_word::properties::Stamp::read(&read).expect("stamped");
    let saved = avtale_core::store::read_agreement(&file).expect("file");
    assert_eq!(stamp.agreement_id, saved.meta.id);
    assert_eq!(stamp.revision, Some(1));
    let revision = saved.history.latest().expect("revision 1");
    assert_eq!(stamp.hash.as_deref(), Some(revision.hash.as_str()));
    client.close().await.expect("close the session");
}

// ---- merge ----

#[tokio::test]
#[ignore = "needs Xvfb, tauri-driver and the built app: run by `make e2e`"]
async fn each_change_of_a_comparison_is_accepted_or_rejected_into_a_new_revision() {
    let (_data, file, _driver, client) = open_example_copy().await;
    first_revision(&client).await;
    // The draft goes on in two sections.
    type_at_end_of_section(&client, "formal", " Ny setning i formålet.").await;
    type_at_end_of_section(&client, "bakgrunn", " Ny setning i bakgrunnen.").await;
    // Revision 1 against the current text: what revision 1 says differently can come back.
    click(&client, "part-history").await;
    wait_for_text(&client, "compare-from", |t| !t.is_empty()).await;
    click(&client, "compare-button").await;
    wait_for_text(&client, "merge-left", |t| t.ends_with(": 2")).await;
    shot(&client, "merge-01-changes").await;
    let changes = client
        .find_all(Locator::Css("[data-testid=\"merge-change\"]"))
        .await
        .expect("changes");
    assert_eq!(changes.len(), 2);
    let ids: Vec<String> = {
        let mut ids = Vec::new();
        for c in &changes {
            ids.push(c.attr("data-id").await.ok().flatten().unwrap_or_default());
        }
        ids
    };
    assert!(ids.iter().any(|i| i.contains("formal")), "{ids:?}");
    // Accept the one in «Formål» (its new sentence goes), reject the one in «Bakgrunn».
    for (change, id) in changes.iter().zip(&ids) {
        let which = if id.contains("formal") {
            "merge-accept"
        } else {
            "merge-reject"
        };
        let button = change
            .find(Locator::Css(&format!("[data-testid=\"{which}\"]")))
            .await
            .expect("button");
        reach(&client, &button).await;
        button.click().await.expect("click");
        if which == "merge-accept" {
            wait_for_text(&client, "merge-left", |t| t.ends_with(": 1")).await;
        }
    }
    wait_for_text(&client, "merge-left", |t| t.contains("Alle endringer")).await;
    shot(&client, "merge-02-decided").await;
    // Saved as a new revision whose message names the source.
    click(&client, "merge-save").await;
    let message = css(&client, "[data-testid=\"revision-message\"]")
        .await
        .prop("value")
        .await
        .ok()
        .flatten()
        .unwrap_or_default();
    assert_eq!(message, "Godtatt endringer fra revisjon 1");
    click(&client, "commit-revision").await;
    wait_for_text(&client, "revision-2", |t| {
        t.contains("Godtatt endringer fra revisjon 1")
    })
    .await;
    let saved = std::fs::read_to_string(&file).expect("file");
    assert!(!saved.contains("Ny setning i formålet"), "accepted: gone");
    assert!(saved.contains("Ny setning i bakgrunnen"), "rejected: kept");
    // Comparing revision 2 with revision 1 shows the one kept sentence.
    choose(&client, "[data-testid=\"compare-from\"]", "1").await;
    choose(&client, "[data-testid=\"compare-to\"]", "2").await;
    click(&client, "compare-button").await;
    // Wait for the new comparison itself: the earlier one (with both sentences) is still
    // shown until it arrives.
    let compare = wait_for_text(&client, "compare", |t| {
        t.contains("Ny setning i bakgrunnen") && !t.contains("Ny setning i formålet")
    })
    .await;
    assert!(compare.contains("Ny setning i bakgrunnen"), "{compare}");
    assert!(!compare.contains("Ny setning i formålet"), "{compare}");
    shot(&client, "merge-03-saved").await;
    client.close().await.expect("close the session");
}

// ---- wordiff ----

#[path = "../support/docx_edit.rs"]
mod docx_edit;

/// The example with revision 1 saved ("Sendt til …", `message`) as `file`, and the Word copy
/// exported from that revision as the counterpart sends it back, written as `back`: one phrase
/// replaced, one tracked change by `tracker`, one comment by Ola Nordmann.
fn example_and_its_word_copy_back(file: &Path, back: &Path, message: &str, tracker: &str) {
    use avtale_core::history::{RevisionInfo, Timestamp};
    let mut agreement = avtale_core::store::read_agreement(&example()).expect("the example");
    avtale_core::workflow::commit(
        &mut agreement,
        RevisionInfo {
            author: "Kari Nordmann".into(),
            time: Timestamp::parse("2026-12-01T09:00:00+01:00").expect("a time"),
            message: message.into(),
            name: None,
        },
        None,
    )
    .expect("committed");
    avtale_core::store::save_agreement(file, &agreement).expect("saved");
    let sent = avtale_word::export::export(&agreement, Default::default()).expect("exported");
    let mut package = docx_edit::Package::open(&sent);
    package.replace_phrase("og kommer i arbeid.", "og får varig arbeid.");
    package.track_replace("uten både skole og ", "jobb", "arbeid", tracker);
    package.comment(
        "Altfor mange ungdommer",
        "Ola Nordmann",
        "Har vi tall for dette?",
    );
    std::fs::write(back, package.bytes()).expect("written");
}

#[tokio::test]
#[ignore = "needs Xvfb, tauri-driver and the built app: run by `make e2e`"]
async fn a_counterparts_word_copy_compares_with_its_revision() {
    let data = tempfile::tempdir().expect("data folder");
    let file = data.path().join("vestland.avtale.yaml");
    let back = data.path().join("tilbake.docx");
    example_and_its_word_copy_back(&file, &back, "Sendt til Nav", "Kari Nordmann");

    let driver = Driver::start(&[
        ("AVTALE_DATA_DIR", data.path()),
        ("AVTALE_TEST_DIALOG_PATH", &back),
    ]);
    let client = open(&driver, &[file.display().to_string()]).await;
    click(&client, "part-history").await;
    click(&client, "compare-word").await;
    let compare = wait_for_text(&client, "compare", |t| t.contains("varig")).await;
    assert!(compare.contains("2 punkter endret"), "{compare}");
    assert!(compare.contains("Har vi tall for dette?"), "{compare}");
    assert!(compare.contains("Kari Nordmann"), "{compare}");
    let info = wait_for_text(&client, "compare-word-info", |t| t.contains("revisjon 1")).await;
    assert!(info.contains("tilbake.docx"), "{info}");
    assert!(info.contains("Kari Nordmann"), "{info}");
    shot(&client, "wordiff-compare").await;
    client.close().await.expect("close the session");
}

// ---- import ----

#[tokio::test]
#[ignore = "needs Xvfb, tauri-driver and the built app: run by `make e2e`"]
async fn an_agreement_written_in_word_is_imported_with_its_templates_shown_and_changeable() {
    let data = tempfile::tempdir().expect("data folder");
    let docx = data.path().join("samarbeidsavtale-vestland.docx");
    std::fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/word/samarbeidsavtale-vestland.docx"),
        &docx,
    )
    .expect("fixture copied");
    let driver = Driver::start(&[
        ("AVTALE_DATA_DIR", data.path()),
        ("AVTALE_TEST_DIALOG_PATH", &docx),
    ]);
    let client = open(&driver, &[]).await;
    click(&client, "import-word").await;
    by_test_id(&client, "import-dialog").await;
    wait_for_text(&client, "import-sections", |t| {
        t.contains("Formål med avtalen") && t.contains("Kantine og lokaler")
    })
    .await;
    wait_for_text(&client, "import-notes", |t| {
        t.contains("Nav Vestland") && t.contains("31. desember 2027") && t.contains("Bilde")
    })
    .await;
    let matched = css(
        &client,
        "[data-testid=\"import-template-formal-med-avtalen\"]",
    )
    .await
    .prop("value")
    .await
    .ok()
    .flatten();
    assert_eq!(matched.as_deref(), Some("formal"));
    // The user says "Parter og virkeområde" is the scope clause, and the canteen has none.
    choose(
        &client,
        "[data-testid=\"import-template-parter-og-virkeomrade\"]",
        "virkeomrade",
    )
    .await;
    shot(&client, "import-01-report").await;
    click(&client, "import-open").await;
    by_test_id(&client, "section-list").await;
    wait_for_text(&client, "doc-title", |t| t.contains("Vestland")).await;
    by_test_id(&client, "section-kantine-og-lokaler").await;
    click(&client, "section-parter-og-virkeomrade").await;
    wait_for_text(&client, "section-guidance", |t| !t.is_empty()).await;
    click(&client, "preview-toggle").await;
    wait_for_text(&client, "preview", |t| {
        t.contains("Kartlegge ungdom uten skoleplass") && t.contains("Oppfølging av målene")
    })
    .await;
    shot(&client, "import-02-opened").await;
    client.close().await.expect("close the session");
}

// ---- a11y ----

/// axe-core's source, from the page's node_modules (a pinned devDependency): the app's CSP
/// allows no remote script, so the audit brings axe in through WebDriver's execute, which
/// runs in the page as the driver's own script.
fn axe_source() -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../ui/node_modules/axe-core/axe.min.js");
    std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{}: {e} (run npm install in ui/)", path.display()))
}

/// WCAG 2.1 A and AA: what the audit checks.
const AXE_RUN: &str = "const done = arguments[arguments.length - 1];
axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
  .then((r) => done(JSON.stringify(r.violations.map((v) => ({
    id: v.id, impact: v.impact, help: v.help,
    targets: v.nodes.map((n) => n.target.join(' '))
  })))))
  .catch((e) => done(JSON.stringify({ error: String(e) })));";

/// The accessibility audit of one session: each screen audited adds what axe-core finds;
/// `finish` fails on any serious or critical violation, naming them all.
#[derive(Default)]
struct Audit {
    failures: Vec<String>,
    took: Duration,
    screens: usize,
}

impl Audit {
    /// Runs axe-core (WCAG 2.1 A/AA) on the page as it is now, as `screen`, and saves a
    /// screenshot of it (see `shot`).
    async fn audit(&mut self, client: &Client, screen: &str) {
        let started = Instant::now();
        let loaded = client
            .execute("return typeof window.axe === 'object'", vec![])
            .await
            .expect("is axe in the page");
        if loaded != serde_json::Value::Bool(true) {
            client
                .execute(
                    &format!("{}\nreturn typeof window.axe;", axe_source()),
                    vec![],
                )
                .await
                .expect("axe-core injected through WebDriver");
        }
        let found = client
            .execute_async(AXE_RUN, vec![])
            .await
            .unwrap_or_else(|e| panic!("axe on {screen}: {e}"));
        let found: serde_json::Value =
            serde_json::from_str(found.as_str().expect("axe's answer")).expect("axe's JSON");
        if let Some(error) = found.get("error") {
            panic!("axe failed on {screen}: {error}");
        }
        for v in found.as_array().expect("violations") {
            let impact = v["impact"].as_str().unwrap_or("");
            let line = format!(
                "{screen}: {} ({impact}, {} nodes) {} at {}",
                v["id"].as_str().unwrap_or(""),
                v["targets"].as_array().map_or(0, Vec::len),
                v["help"].as_str().unwrap_or(""),
                v["targets"]
            );
            eprintln!("axe {line}");
            if matches!(impact, "serious" | "critical") {
                self.failures.push(line);
            }
        }
        self.took += started.elapsed();
        self.screens += 1;
        let slug: String = screen
            .chars()
            .map(|c| if c.is_alphanumeric() { c } else { '-' })
            .collect();
        shot(client, &format!("audit-{:02}-{slug}", self.screens)).await;
    }

    /// Fails on every serious or critical violation found.
    fn finish(self) {
        eprintln!(
            "axe: {} screens audited in {:.1} s",
            self.screens,
            self.took.as_secs_f64()
        );
        assert!(
            self.failures.is_empty(),
            "serious or critical accessibility violations:\n{}",
            self.failures.join("\n")
        );
    }
}

#[tokio::test]
#[ignore = "needs Xvfb, tauri-driver and the built app: run by `make e2e`"]
async fn every_screen_and_dialog_passes_the_accessibility_audit() {
    let data = tempfile::tempdir().expect("data folder");
    let file = data.path().join("vestland.avtale.yaml");
    std::fs::copy(example(), &file).expect("copy");
    let driver = Driver::start(&[
        ("AVTALE_DATA_DIR", data.path()),
        ("AVTALE_TEST_DIALOG_PATH", &file),
    ]);
    let client = open(&driver, &[]).await;
    let mut audit = Audit::default();

    by_test_id(&client, "new-agreement").await;
    audit.audit(&client, "start").await;
    click(&client, "new-agreement").await;
    by_test_id(&client, "starter-hovedavtale").await;
    audit.audit(&client, "start, new agreement").await;

    // The example, opened from the start screen (the dialog answers with its copy).
    click(&client, "open-agreement").await;
    wait_for_text(&client, "diagnostic-counts", |t| t.contains("0 feil")).await;
    click(&client, "part-details").await;
    audit.audit(&client, "editor, details").await;
    click(&client, "section-formal").await;
    by_test_id(&client, "section-editor").await;
    audit.audit(&client, "editor, section").await;
    click(&client, "insert-reference").await;
    by_test_id(&client, "reference-choice").await;
    audit.audit(&client, "reference menu").await;
    // Opened, the menu has focus on its first choice; Escape closes it.
    wait_for_focus(&client, &tid("reference-choice")).await;
    press(&client, &[], char::from(Key::Escape)).await;
    wait_gone(&client, "reference-menu", Duration::from_secs(5)).await;
    click(&client, "part-parties").await;
    by_test_id(&client, "add-party").await;
    audit.audit(&client, "parties").await;
    click(&client, "part-glossary").await;
    css(&client, "#glossary-heading").await;
    audit.audit(&client, "glossary").await;
    click(&client, "part-matrix").await;
    wait_for_text(&client, "matrix-table", |t| t.contains("Nav Vestland")).await;
    audit.audit(&client, "who does what").await;
    click(&client, "part-calendar").await;
    wait_for_text(&client, "calendar-months", |t| !t.is_empty()).await;
    audit.audit(&client, "calendar").await;
    click(&client, "part-language").await;
    wait_for_text(&client, "plain-whole", |t| t.contains("LIX")).await;
    audit.audit(&client, "plain language").await;
    click(&client, "part-family").await;
    wait_for_text(&client, "family-view", |t| t.contains("Underavtaler")).await;
    audit.audit(&client, "family").await;
    click(&client, "preview-toggle").await;
    wait_for_text(&client, "preview", |t| t.contains("Formål")).await;
    audit.audit(&client, "preview").await;
    click(&client, "preview-toggle").await;

    click(&client, "add-section").await;
    by_test_id(&client, "template-motearenaer").await;
    audit.audit(&client, "template picker").await;
    click(&client, "picker-close").await;

    // History with a revision, then the comparison with the text as it is now.
    first_revision(&client).await;
    audit.audit(&client, "history").await;
    type_at_end_of_section(&client, "formal", " Ny setning.").await;
    click(&client, "part-history").await;
    click(&client, "compare-button").await;
    wait_for_text(&client, "compare", |t| t.contains("Ny setning")).await;
    audit.audit(&client, "compare").await;
    click(&client, "compare-mode").await;
    wait_for_text(&client, "compare", |t| {
        t.contains("Før") && t.contains("Etter")
    })
    .await;
    audit.audit(&client, "compare, side by side").await;

    click(&client, "export-pdf").await;
    by_test_id(&client, "export-preview").await;
    wait_for_text(&client, "export-pages", |t| t.contains("sider")).await;
    audit.audit(&client, "export").await;
    click(&client, "export-close").await;

    // Unsaved changes: leaving asks first.
    click(&client, "home").await;
    by_test_id(&client, "unsaved-prompt").await;
    audit.audit(&client, "unsaved prompt").await;
    click(&client, "leave-cancel").await;
    client.close().await.expect("close the session");
    audit.finish();
}

#[tokio::test]
#[ignore = "needs Xvfb, tauri-driver and the built app: run by `make e2e`"]
async fn the_word_import_dialog_passes_the_accessibility_audit() {
    let data = tempfile::tempdir().expect("data folder");
    let docx = data.path().join("samarbeidsavtale-vestland.docx");
    std::fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/word/samarbeidsavtale-vestland.docx"),
        &docx,
    )
    .expect("fixture copied");
    let driver = Driver::start(&[
        ("AVTALE_DATA_DIR", data.path()),
        ("AVTALE_TEST_DIALOG_PATH", &docx),
    ]);
    let client = open(&driver, &[]).await;
    let mut audit = Audit::default();
    click(&client, "import-word").await;
    wait_for_text(&client, "import-sections", |t| {
        t.contains("Formål med avtalen")
    })
    .await;
    audit.audit(&client, "import from Word").await;
    client.close().await.expect("close the session");
    audit.finish();
}

/// Presses `key` on the keyboard (WebDriver key actions: the page sees real key events, sent
/// to whatever has focus), with `modifiers` held.
async fn press(client: &Client, modifiers: &[Key], key: char) {
    use fantoccini::actions::{InputSource, KeyAction, KeyActions};
    let mut actions = KeyActions::new("keyboard".into());
    for m in modifiers {
        actions = actions.then(KeyAction::Down {
            value: char::from(*m),
        });
    }
    actions = actions
        .then(KeyAction::Down { value: key })
        .then(KeyAction::Up { value: key });
    for m in modifiers.iter().rev() {
        actions = actions.then(KeyAction::Up {
            value: char::from(*m),
        });
    }
    client.perform_actions(actions).await.expect("keys");
}

/// Types `text` on the keyboard, into whatever has focus.
async fn type_keys(client: &Client, text: &str) {
    use fantoccini::actions::{InputSource, KeyAction, KeyActions};
    let mut actions = KeyActions::new("keyboard".into());
    for c in text.chars() {
        actions = actions
            .then(KeyAction::Down { value: c })
            .then(KeyAction::Up { value: c });
    }
    client.perform_actions(actions).await.expect("typing");
}

/// Whether the focused element matches a CSS selector.
async fn focus_is(client: &Client, selector: &str) -> bool {
    client
        .execute(
            "return !!document.activeElement && document.activeElement.matches(arguments[0])",
            vec![selector.into()],
        )
        .await
        .expect("the focused element")
        == serde_json::Value::Bool(true)
}

/// What has focus, for a failure message.
async fn focus_description(client: &Client) -> String {
    client
        .execute(
            "const e = document.activeElement; return e ? e.outerHTML.slice(0, 160) : 'nothing'",
            vec![],
        )
        .await
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default()
}

/// Presses Tab (or Shift+Tab with `back`) until the element matching `selector` has focus;
/// fails when it is not reached in `most` presses.
async fn tab_to(client: &Client, selector: &str, back: bool, most: usize) {
    let modifiers: &[Key] = if back { &[Key::Shift] } else { &[] };
    for _ in 0..most {
        if focus_is(client, selector).await {
            return;
        }
        press(client, modifiers, char::from(Key::Tab)).await;
    }
    assert!(
        focus_is(client, selector).await,
        "{selector} not reached with {} in {most} presses; focus is on {}",
        if back { "Shift+Tab" } else { "Tab" },
        focus_description(client).await
    );
}

/// A screenshot after the page has painted what the last key did (WebKit's screenshot shows
/// the last frame painted, which may come from before the key).
async fn key_shot(client: &Client, name: &str) {
    if std::env::var_os("AVTALE_SCREENSHOTS").is_none() {
        return;
    }
    tokio::time::sleep(Duration::from_millis(400)).await;
    shot(client, name).await;
}

/// Polls until the element matching `selector` has focus.
async fn wait_for_focus(client: &Client, selector: &str) {
    let deadline = Instant::now() + Duration::from_secs(10);
    while !focus_is(client, selector).await {
        assert!(
            Instant::now() < deadline,
            "focus never reached {selector}; it is on {}",
            focus_description(client).await
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

fn tid(id: &str) -> String {
    format!("[data-testid=\"{id}\"]")
}

#[tokio::test]
#[ignore = "needs Xvfb, tauri-driver and the built app: run by `make e2e`"]
async fn an_agreement_is_drafted_revised_and_exported_with_the_keyboard_alone() {
    let data = tempfile::tempdir().expect("data folder");
    let pdf = data.path().join("troms.pdf");
    let driver = Driver::start(&[
        ("AVTALE_DATA_DIR", data.path()),
        ("AVTALE_TEST_DIALOG_PATH", &pdf),
    ]);
    let client = open(&driver, &[]).await;
    by_test_id(&client, "new-agreement").await;
    let (enter, space) = (char::from(Key::Enter), ' ');

    // A new agreement: the starters open with Enter, the arrow keys pick the action plan (the first; WebKit does not wrap around), the
    // county is typed, and Enter in the field creates the agreement.
    tab_to(&client, &tid("new-agreement"), false, 10).await;
    press(&client, &[], enter).await;
    tab_to(&client, "input[name=\"starter\"]", false, 5).await;
    assert!(focus_is(&client, &tid("starter-hovedavtale")).await);
    for _ in 0..6 {
        if focus_is(&client, &tid("starter-handlingsplan")).await {
            break;
        }
        press(&client, &[], char::from(Key::Up)).await;
    }
    assert!(
        focus_is(
            &client,
            &format!("{}:checked", tid("starter-handlingsplan"))
        )
        .await,
        "the arrows choose the action plan; focus is on {}",
        focus_description(&client).await
    );
    tab_to(&client, &tid("county"), false, 5).await;
    type_keys(&client, "Troms").await;
    key_shot(&client, "a11y-01-keyboard-new").await;
    press(&client, &[], enter).await;
    wait_for_text(&client, "doc-title", |t| t.contains("Troms")).await;

    // The title, typed over.
    tab_to(&client, "[data-field=\"meta.title\"]", false, 60).await;
    press(&client, &[Key::Control], 'a').await;
    type_keys(&client, "Handlingsplan 2027 for Troms").await;
    wait_for_text(&client, "doc-title", |t| {
        t == "Handlingsplan 2027 for Troms"
    })
    .await;
    key_shot(&client, "a11y-02-keyboard-title").await;

    // A revision: back to the outline's history with Shift+Tab, Enter, the form with Tab,
    // Enter in the message field sends it.
    tab_to(&client, &tid("part-history"), true, 60).await;
    key_shot(&client, "a11y-03a-focus-outline").await;
    press(&client, &[], enter).await;
    tab_to(&client, &tid("revision-author"), false, 20).await;
    press(&client, &[Key::Control], 'a').await;
    type_keys(&client, "Kari Nordmann").await;
    tab_to(&client, &tid("revision-message"), false, 5).await;
    type_keys(&client, "Første utkast").await;
    press(&client, &[], enter).await;
    by_test_id(&client, "revision-1").await;
    key_shot(&client, "a11y-03-keyboard-revision").await;

    // The export dialog: focus moves into it, Escape closes it and focus returns to the
    // toolbar button; opened again with Space, the PDF is saved with Enter.
    tab_to(&client, &tid("export-pdf"), true, 80).await;
    key_shot(&client, "a11y-03b-focus-toolbar").await;
    press(&client, &[], enter).await;
    by_test_id(&client, "export-dialog").await;
    wait_for_focus(&client, "[data-testid=\"export-dialog\"] *").await;
    press(&client, &[], char::from(Key::Escape)).await;
    wait_gone(&client, "export-dialog", Duration::from_secs(5)).await;
    wait_for_focus(&client, &tid("export-pdf")).await;
    press(&client, &[], space).await;
    wait_for_text(&client, "export-pages", |t| t.contains("side")).await;
    by_test_id(&client, "export-preview").await;
    tab_to(&client, &tid("export-save"), false, 12).await;
    key_shot(&client, "a11y-04-keyboard-export").await;
    press(&client, &[], enter).await;
    wait_for_text(&client, "notice", |t| t.contains("PDF")).await;
    let text = Command::new("pdftotext")
        .args([pdf.as_os_str(), std::ffi::OsStr::new("-")])
        .output()
        .expect("pdftotext");
    let text = String::from_utf8_lossy(&text.stdout).into_owned();
    assert!(text.contains("Handlingsplan 2027 for Troms"), "{text}");
    client.close().await.expect("close the session");
}

// ---- guide ----

/// Scrolls the element with this test id to the top of its scrolling panel (for a picture that
/// shows what the guide's paragraph is about).
async fn scroll_to_top(client: &Client, id: &str) {
    let element = by_test_id(client, id).await;
    let arg = serde_json::to_value(&element).expect("element reference");
    client
        .execute("arguments[0].scrollIntoView({block: 'start'})", vec![arg])
        .await
        .expect("scroll");
}

/// A picture for the guide once the page has painted the last step (WebKit's screenshot shows
/// the last frame painted, which may come from before a scroll or a keystroke).
async fn guide_shot(client: &Client, name: &str) {
    if std::env::var_os("AVTALE_SCREENSHOTS").is_none() {
        return;
    }
    tokio::time::sleep(Duration::from_millis(500)).await;
    shot(client, name).await;
}

/// How far the open user guide's text is scrolled, and the top of `heading` within its view.
async fn guide_position(client: &Client, heading: &str) -> (f64, f64) {
    let value = page_value(
        client,
        &format!(
            "const a = document.querySelector('[data-testid=\"guide-text\"]'); \
             const h = a.querySelector('#{heading}'); \
             return [a.scrollTop, h.getBoundingClientRect().top - a.getBoundingClientRect().top];"
        ),
    )
    .await;
    let number = |i: usize| {
        value
            .get(i)
            .and_then(serde_json::Value::as_f64)
            .unwrap_or(-1.0)
    };
    (number(0), number(1))
}

/// Polls until every picture in the open user guide has loaded.
async fn wait_for_guide_pictures(client: &Client) -> usize {
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        let value = page_value(
            client,
            "const imgs = [...document.querySelectorAll('[data-testid=\"guide-text\"] img')]; \
             return [imgs.length, imgs.filter(i => i.complete && i.naturalWidth > 0).length];",
        )
        .await;
        let (all, loaded) = (
            value[0].as_u64().unwrap_or(0),
            value[1].as_u64().unwrap_or(0),
        );
        if all > 0 && all == loaded {
            return usize::try_from(all).unwrap_or(0);
        }
        assert!(
            Instant::now() < deadline,
            "{loaded} of {all} pictures of the guide loaded"
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

/// The user guide's walk through the app, step by step as `docs/brukerveiledning.md` tells it:
/// each step is checked, and its picture is taken here (`make guide-images` copies the
/// `guide-*` screenshots to docs/bilder/). F1 and the Help menu open the guide at the part for
/// the screen in front of the user; the menu, the guide and About pass the accessibility audit.
#[tokio::test]
#[ignore = "needs Xvfb, tauri-driver and the built app: run by `make e2e`"]
async fn the_user_guide_s_walk_through_works_and_help_opens_it_where_the_user_is() {
    let data = tempfile::tempdir().expect("data folder");
    let file = data.path().join("vestland.avtale.yaml");
    // The county's copy, back in Word with a tracked change and a comment.
    let back = data.path().join("fra-fylkeskommunen.docx");
    example_and_its_word_copy_back(&file, &back, "Sendt til fylkeskommunen", "Ola Nordmann");
    let driver = Driver::start(&[
        ("AVTALE_DATA_DIR", data.path()),
        ("AVTALE_TEST_DIALOG_PATH", &back),
    ]);
    let client = open(&driver, &[file.display().to_string()]).await;
    wait_for_text(&client, "doc-title", |t| t.contains("Vestland")).await;
    let mut audit = Audit::default();

    // Kom i gang: the start screen names the agreement just used.
    click(&client, "home").await;
    wait_for_text(&client, "recent-facts", |t| t.contains("Hovedavtale")).await;
    guide_shot(&client, "guide-start").await;
    audit.audit(&client, "start, recent agreements").await;

    // F1 on the start screen opens the guide at its start part, pictures and all.
    press(&client, &[], char::from(Key::F1)).await;
    by_test_id(&client, "user-guide").await;
    wait_for_text(&client, "guide-text", |t| t.contains("Kom i gang")).await;
    let pictures = wait_for_guide_pictures(&client).await;
    assert!(pictures >= 10, "{pictures} pictures");
    let (_, top) = guide_position(&client, "kom-i-gang").await;
    assert!(top.abs() < 40.0, "the start part is at the top: {top}");
    audit.audit(&client, "user guide").await;
    press(&client, &[], char::from(Key::Escape)).await;
    wait_gone(&client, "user-guide", Duration::from_secs(5)).await;

    // A new agreement from a starter.
    click(&client, "new-agreement").await;
    click(&client, "starter-hovedavtale").await;
    type_into(&client, "[data-testid=\"county\"]", "Innlandet").await;
    wait_for_text(&client, "starter-list", |t| {
        t.contains("Nav Innlandet og Innlandet")
    })
    .await;
    guide_shot(&client, "guide-new").await;
    click(&client, "create-agreement").await;
    by_test_id(&client, "section-list").await;
    wait_for_text(&client, "doc-title", |t| t.contains("Innlandet")).await;
    let counts = wait_for_text(&client, "diagnostic-counts", |t| !t.starts_with("0 feil")).await;
    assert!(counts.contains("feil"), "{counts}");
    let kind = css(&client, "[data-testid=\"agreement-kind\"] option:checked").await;
    assert_eq!(kind.text().await.ok().as_deref(), Some("Hovedavtale"));
    guide_shot(&client, "guide-editor").await;

    // A diagnostic leads to its field.
    click(&client, "diagnostic").await;
    wait_for_focus(&client, "input, textarea, [contenteditable]").await;
    guide_shot(&client, "guide-diagnostic").await;

    // A section with fields, and its template's guidance.
    click(&client, "section-motearenaer").await;
    wait_for_text(&client, "section-guidance", |t| !t.is_empty()).await;
    guide_shot(&client, "guide-section").await;

    // F1 in a section opens the guide where checking is explained; the contents lead on.
    press(&client, &[], char::from(Key::F1)).await;
    wait_for_text(&client, "guide-text", |t| t.contains("Kontrollere avtalen")).await;
    let (scrolled, top) = guide_position(&client, "kontroller").await;
    assert!(
        scrolled > 0.0 && top.abs() < 40.0,
        "opened at «Kontrollere avtalen»: {scrolled} {top}"
    );
    click(&client, "guide-part-arkivere").await;
    let (_, top) = guide_position(&client, "arkivere").await;
    assert!(top.abs() < 40.0, "the contents lead to «Arkivere»: {top}");
    click(&client, "guide-close").await;
    wait_gone(&client, "user-guide", Duration::from_secs(5)).await;

    // A section from the templates.
    click(&client, "add-section").await;
    click(&client, "template-evaluering").await;
    guide_shot(&client, "guide-picker").await;
    click(&client, "picker-close").await;

    // The Help menu: About, and the guide from its start.
    click(&client, "help").await;
    by_test_id(&client, "help-menu").await;
    audit.audit(&client, "help menu").await;
    wait_for_focus(&client, &tid("help-guide")).await;
    click(&client, "help-about").await;
    let version = wait_for_text(&client, "about-version", |t| t.starts_with("Versjon")).await;
    assert!(version.contains(env!("CARGO_PKG_VERSION")), "{version}");
    audit.audit(&client, "about").await;
    click(&client, "about-close").await;
    click(&client, "help").await;
    click(&client, "help-guide").await;
    wait_for_text(&client, "guide-text", |t| {
        t.contains("Brukerveiledning for Avtale")
    })
    .await;
    let (scrolled, _) = guide_position(&client, "kom-i-gang").await;
    assert!(
        scrolled.abs() < 1.0,
        "the menu opens the guide at its start: {scrolled}"
    );
    click(&client, "guide-close").await;

    // Back to the example, from the start screen's list.
    click(&client, "home").await;
    click(&client, "leave-discard").await;
    click(&client, "recent-file").await;
    wait_for_text(&client, "doc-title", |t| t.contains("Vestland")).await;

    // A revision: the steering group meets four times a year.
    click(&client, "section-motearenaer").await;
    open_more(&client, "[data-row=\"sections[8].meetings[0]\"]").await;
    type_into(
        &client,
        "[data-field=\"sections[8].meetings[0].cadence\"] [data-testid=\"cadence-count\"]",
        "4",
    )
    .await;
    click(&client, "part-history").await;
    type_into(
        &client,
        "[data-testid=\"revision-author\"]",
        "Kari Nordmann",
    )
    .await;
    type_into(
        &client,
        "[data-testid=\"revision-message\"]",
        "Styringsgruppen møtes fire ganger i året",
    )
    .await;
    click(&client, "commit-revision").await;
    by_test_id(&client, "revision-2").await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    reach(&client, &by_test_id(&client, "revision-2").await).await;
    guide_shot(&client, "guide-history").await;

    // F1 in the history opens the guide at revising and comparing.
    press(&client, &[], char::from(Key::F1)).await;
    wait_for_text(&client, "guide-text", |t| {
        t.contains("Revidere og sammenligne")
    })
    .await;
    let (_, top) = guide_position(&client, "revisjoner").await;
    assert!(
        top.abs() < 40.0,
        "opened at «Revidere og sammenligne»: {top}"
    );
    press(&client, &[], char::from(Key::Escape)).await;
    wait_gone(&client, "user-guide", Duration::from_secs(5)).await;

    // The comparison of revision 1 and 2.
    choose(&client, "[data-testid=\"compare-from\"]", "1").await;
    choose(&client, "[data-testid=\"compare-to\"]", "2").await;
    click(&client, "compare-button").await;
    wait_for_text(&client, "compare", |t| t.contains("4 ganger i året")).await;
    scroll_to_top(&client, "compare-summary").await;
    guide_shot(&client, "guide-compare").await;

    // The county's Word copy against the revision it came from.
    click(&client, "compare-word").await;
    wait_for_text(&client, "compare", |t| t.contains("varig")).await;
    let info = wait_for_text(&client, "compare-word-info", |t| t.contains("revisjon 1")).await;
    assert!(info.contains("Ola Nordmann"), "{info}");
    scroll_to_top(&client, "compare-word-info").await;
    guide_shot(&client, "guide-word").await;

    // The print, previewed.
    click(&client, "export-pdf").await;
    by_test_id(&client, "export-preview").await;
    wait_for_text(&client, "export-pages", |t| t.contains("sider")).await;
    guide_shot(&client, "guide-export").await;
    click(&client, "export-close").await;

    // Registering an agreement signed on paper: a date and a place for each party.
    click(&client, "part-history").await;
    click(&client, "register-open").await;
    by_test_id(&client, "register-form").await;
    type_into(
        &client,
        "[data-testid=\"register-author\"]",
        "Kari Nordmann",
    )
    .await;
    choose(&client, "[data-testid=\"register-status\"]", "signert").await;
    type_into(&client, "[data-field=\"signing.nav.date\"]", "8.1.2027").await;
    type_into(&client, "[data-field=\"signing.nav.place\"]", "Bergen").await;
    type_into(&client, "[data-field=\"signing.fk.date\"]", "10.1.2027").await;
    type_into(&client, "[data-field=\"signing.fk.place\"]", "Leikanger").await;
    scroll_to_top(&client, "register-form").await;
    guide_shot(&client, "guide-register").await;
    audit.audit(&client, "register as signed").await;
    audit.finish();
    client.close().await.expect("close the session");
}

// ---- dates ----

/// The text of the first element the CSS selector finds, read in the page.
async fn text_of(client: &Client, selector: &str) -> String {
    let script = format!(
        "return document.querySelector({}).textContent.trim()",
        serde_json::to_string(selector).expect("selector")
    );
    page_value(client, &script)
        .await
        .as_str()
        .unwrap_or_default()
        .to_owned()
}

#[tokio::test]
#[ignore = "needs Xvfb, tauri-driver and the built app: run by `make e2e`"]
async fn revision_times_and_shares_read_the_norwegian_way_and_the_english_in_english() {
    let (_data, _file, _driver, client) = open_example_copy().await;
    first_revision(&client).await;

    // The history names when the revision was saved in words, the clock after «kl.», as the
    // command line's log does (the core writes both).
    let saved = text_of(&client, "[data-testid=\"revision-1\"] .hint").await;
    let (author, time) = saved.split_once(", ").expect("author, time");
    assert_eq!(author, "Kari Nordmann");
    let (date, clock) = time.split_once(" kl. ").expect("kl.");
    let mut words = date.split(' ');
    let day = words.next().unwrap_or_default();
    assert!(
        day.ends_with('.') && !day.starts_with('0'),
        "a day without a leading zero: {saved}"
    );
    assert!(
        words
            .next()
            .is_some_and(|m| m.chars().all(char::is_lowercase)),
        "a month's name: {saved}"
    );
    assert!(
        clock.len() == 5 && clock.as_bytes()[2] == b'.',
        "hours.minutes: {saved}"
    );
    reach(&client, &by_test_id(&client, "revision-1").await).await;
    shot(&client, "dates-01-history").await;

    // Plain language: the passive share with a no-break space before the sign.
    click(&client, "part-language").await;
    wait_for_text(&client, "plain-whole", |t| t.contains("LIX")).await;
    let share = text_of(
        &client,
        "[data-testid=\"plain-language\"] tbody td:last-child",
    )
    .await;
    assert!(share.ends_with("\u{a0}%"), "{share:?}");
    shot(&client, "dates-02-plain-language").await;

    // In English the same moment reads "7 December 2026, 07:14" and the share "0%".
    choose(&client, "[data-testid=\"language-select\"]", "en").await;
    wait_for_text(&client, "plain-whole", |t| t.contains("whole agreement")).await;
    let share = text_of(
        &client,
        "[data-testid=\"plain-language\"] tbody td:last-child",
    )
    .await;
    assert!(
        share.ends_with('%') && !share.contains('\u{a0}'),
        "{share:?}"
    );
    click(&client, "part-history").await;
    by_test_id(&client, "revision-1").await;
    let deadline = Instant::now() + Duration::from_secs(20);
    let saved = loop {
        let saved = text_of(&client, "[data-testid=\"revision-1\"] .hint").await;
        if !saved.contains(" kl. ") || Instant::now() > deadline {
            break saved;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    };
    let clock = saved.rsplit(", ").next().unwrap_or_default();
    assert!(
        clock.len() == 5 && clock.as_bytes()[2] == b':',
        "hours:minutes in English: {saved}"
    );
    reach(&client, &by_test_id(&client, "revision-1").await).await;
    shot(&client, "dates-03-history-english").await;
    client.close().await.expect("close the session");
}

// ---- palette ----

/// Opens the command palette with Ctrl+K, types `words` and waits until its first entry
/// holds `first`; gives that entry's text.
async fn palette_find(client: &Client, words: &str, first: &str) -> String {
    press(client, &[Key::Control], 'k').await;
    by_test_id(client, "command-palette").await;
    wait_for_focus(client, &tid("palette-input")).await;
    type_keys(client, words).await;
    wait_for_text(client, "palette-entry", |t| t.contains(first)).await
}

#[tokio::test]
#[ignore = "needs Xvfb, tauri-driver and the built app: run by `make e2e`"]
async fn ctrl_k_goes_to_a_section_a_part_or_a_remark_and_adds_a_section_by_typing_its_name() {
    let (_data, _file, _driver, client) = open_example_copy().await;
    let enter = char::from(Key::Enter);
    let mut audit = Audit::default();
    // The window takes keys once something in it has been clicked.
    click(&client, "part-details").await;

    // A section, by part of its name without the accents.
    palette_find(&client, "motearena", "Møtearenaer").await;
    audit.audit(&client, "command palette").await;
    press(&client, &[], enter).await;
    wait_gone(&client, "command-palette", Duration::from_secs(5)).await;
    wait_for_text(&client, "section-heading", |t| t.contains("Møtearenaer")).await;

    // A part.
    palette_find(&client, "histor", "Historikk").await;
    press(&client, &[], enter).await;
    by_test_id(&client, "commit-revision").await;

    // A remark: the cursor lands in the text it is about.
    type_at_end_of_section(&client, "formal", " Partene bruker XYZQ i arbeidet.").await;
    wait_for_code(&client, "AV015", true).await;
    click(&client, "part-history").await;
    palette_find(&client, "av015", "AV015").await;
    press(&client, &[], enter).await;
    wait_for_focus(&client, "[data-field=\"sections[0].text\"]").await;

    // A section from a template, added after the one open.
    let before = outline_ids(&client).await.len();
    let entry = palette_find(&client, "legg til tvist", "Legg til").await;
    let title = entry
        .split_once("Legg til: ")
        .map(|(_, t)| t.trim().to_owned())
        .expect("a template entry");
    press(&client, &[], enter).await;
    wait_for_text(&client, "section-heading", |t| t.ends_with(title.as_str())).await;
    assert_eq!(outline_ids(&client).await.len(), before + 1);
    wait_for_text(&client, "section-heading", |t| t.starts_with("2. ")).await;

    // No name found: the palette offers to search the text instead (Ctrl+F); Escape closes and
    // gives focus back to where it was.
    press(&client, &[Key::Control], 'k').await;
    wait_for_focus(&client, &tid("palette-input")).await;
    type_keys(&client, "qqxz").await;
    wait_for_text(&client, "command-palette", |t| {
        t.contains("Søk etter «qqxz» i teksten (Ctrl+F)")
    })
    .await;
    let found = page_value(
        &client,
        "return document.querySelectorAll('[data-testid=\"palette-entry\"]').length",
    )
    .await;
    assert_eq!(found, serde_json::json!(0));
    press(&client, &[], char::from(Key::Escape)).await;
    wait_gone(&client, "command-palette", Duration::from_secs(5)).await;
    shot(&client, "palette-01-added").await;
    audit.finish();
    client.close().await.expect("close the session");
}
