//! Lists as tables: a list pasted from Word or a spreadsheet becomes rows, rows are added,
//! moved and removed with the keyboard, and the tables pass the accessibility audit.

use std::io::Write;
use std::process::Stdio;

use super::*;

/// The goals of the example (its sixth section, "Mål").
const GOALS: &str = "sections[5].goals";

fn cell(row: usize, key: &str) -> String {
    format!("[data-field=\"{GOALS}[{row}].{key}\"]")
}

/// Puts `content` on the X clipboard as `mime` (the display the app runs on), as copying in
/// Word or a spreadsheet does. xclip keeps serving it in the background until another copy.
pub(super) fn copy_to_clipboard(content: &str, mime: &str) {
    let mut xclip = Command::new("xclip")
        .args(["-selection", "clipboard", "-t", mime, "-i"])
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("xclip is installed (make apt installs it)");
    xclip
        .stdin
        .take()
        .expect("xclip's input")
        .write_all(content.as_bytes())
        .expect("the text to xclip");
    let status = xclip.wait().expect("xclip");
    assert!(status.success(), "xclip failed: {status}");
}

/// The goals' texts in the file as saved.
fn saved_goals(file: &Path) -> Vec<serde_json::Value> {
    let text = std::fs::read_to_string(file).expect("the saved file");
    let agreement = avtale_core::format::agreement_from_str(&text, "saved").expect("it reads");
    let value = serde_json::to_value(&agreement).expect("json");
    value["sections"][5]["goals"]
        .as_array()
        .expect("goals")
        .clone()
}

/// How many goal rows the table shows.
async fn goal_rows(client: &Client) -> usize {
    client
        .find_all(Locator::Css(&format!(
            "[data-testid=\"table-goals\"] tbody tr[data-field^=\"{GOALS}[\"]"
        )))
        .await
        .expect("rows")
        .len()
}

async fn wait_for_rows(client: &Client, want: usize) {
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        let rows = goal_rows(client).await;
        if rows == want {
            return;
        }
        assert!(
            Instant::now() < deadline,
            "the goals table never had {want} rows; it has {rows}"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// Focuses a cell as a click would, without opening a choice list.
async fn focus(client: &Client, selector: &str) {
    let element = css(client, selector).await;
    reach(client, &element).await;
    let arg = serde_json::to_value(&element).expect("element reference");
    client
        .execute("arguments[0].focus()", vec![arg])
        .await
        .expect("focus");
    wait_for_focus(client, selector).await;
}

async fn wait_for_value(client: &Client, selector: &str, want: &str) {
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        let value = client
            .find(Locator::Css(selector))
            .await
            .ok()
            .map(|e| async move { e.prop("value").await.ok().flatten().unwrap_or_default() });
        let value = match value {
            Some(v) => v.await,
            None => String::new(),
        };
        if value == want {
            return;
        }
        assert!(
            Instant::now() < deadline,
            "{selector} never held {want:?}; it holds {value:?}"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

#[tokio::test]
#[ignore = "needs Xvfb, tauri-driver and the built app: run by `make e2e`"]
async fn eight_lines_pasted_into_the_goals_table_become_eight_goals_in_one_undo_step() {
    let (_data, file, _driver, client) = open_example_copy().await;
    click(&client, "section-mal").await;
    wait_for_rows(&client, 3).await;
    shot(&client, "tables-01-goals").await;

    // A new empty row; the list copied from a Word document goes into its first cell.
    click(&client, "add-goals").await;
    wait_for_rows(&client, 4).await;
    let lines = [
        "Flere fullfører videregående",
        "Færre slutter i første år",
        "Flere lærlinger får læreplass",
        "Raskere tilbud fra oppfølgingstjenesten",
        "Flere unge i arbeid",
        "Færre unge på sosialhjelp",
        "Bedre samarbeid mellom skole og Nav",
        "Alle ungdommer har en kontaktperson",
    ];
    let copied: String = lines
        .iter()
        .enumerate()
        .map(|(i, line)| format!("{}.\t{line}\n{}", i + 1, if i == 3 { "\n" } else { "" }))
        .collect();
    copy_to_clipboard(&copied, "UTF8_STRING");
    focus(&client, &cell(3, "goal")).await;
    press(&client, &[Key::Control], 'v').await;

    wait_for_rows(&client, 11).await;
    for (i, line) in lines.iter().enumerate() {
        wait_for_value(&client, &cell(3 + i, "goal"), line).await;
    }
    let said = wait_for_text(&client, "table-goals-status", |t| !t.is_empty()).await;
    assert_eq!(said, "8 rader limt inn i «Mål»");
    // The cursor is in the last row pasted.
    wait_for_focus(&client, &cell(10, "goal")).await;
    shot(&client, "tables-02-pasted").await;

    click(&client, "save").await;
    wait_for_text(&client, "save-state", |t| t == "Lagret").await;
    let goals = saved_goals(&file);
    let texts: Vec<&str> = goals.iter().filter_map(|g| g["goal"].as_str()).collect();
    assert_eq!(texts.len(), 11, "{texts:?}");
    assert_eq!(&texts[3..], &lines[..]);

    // One undo takes the whole paste back: the row added before it is empty again.
    click(&client, "undo").await;
    wait_for_rows(&client, 4).await;
    wait_for_value(&client, &cell(3, "goal"), "").await;
    client.close().await.expect("close the session");
}

#[tokio::test]
#[ignore = "needs Xvfb, tauri-driver and the built app: run by `make e2e`"]
async fn a_table_pasted_from_a_spreadsheet_fills_goal_indicator_and_target() {
    let (_data, _file, _driver, client) = open_example_copy().await;
    click(&client, "section-mal").await;
    wait_for_rows(&client, 3).await;

    // A table as a spreadsheet puts it on the clipboard as HTML, with its headings; pasted into
    // the first goal (which has text), its rows come after it.
    copy_to_clipboard(
        "<meta charset=\"utf-8\"><table><thead><tr><th>Mål</th><th>Indikator</th><th>Målverdi</th></tr></thead>\
         <tbody><tr><td><p>Flere lærlinger</p></td><td>Antall nye\n lærekontrakter</td><td>50 flere</td></tr>\
         <tr><td>Færre avbrudd</td><td>Andel som slutter</td><td>Under 5 prosent</td></tr></tbody></table>",
        "text/html",
    );
    focus(&client, &cell(0, "goal")).await;
    press(&client, &[Key::Control], 'v').await;

    wait_for_rows(&client, 5).await;
    wait_for_value(&client, &cell(1, "goal"), "Flere lærlinger").await;
    wait_for_value(&client, &cell(1, "indicator"), "Antall nye lærekontrakter").await;
    wait_for_value(&client, &cell(1, "target"), "50 flere").await;
    wait_for_value(&client, &cell(2, "goal"), "Færre avbrudd").await;
    wait_for_value(&client, &cell(2, "indicator"), "Andel som slutter").await;
    wait_for_value(&client, &cell(2, "target"), "Under 5 prosent").await;
    // The first goal kept its text; the one after the paste is the example's second.
    wait_for_value(
        &client,
        &cell(0, "goal"),
        "Flere fullfører videregående opplæring",
    )
    .await;
    wait_for_value(
        &client,
        &cell(3, "goal"),
        "Færre unge står utenfor både opplæring og arbeid",
    )
    .await;
    assert_eq!(
        wait_for_text(&client, "table-goals-status", |t| !t.is_empty()).await,
        "2 rader limt inn i «Mål»"
    );
    wait_for_text(&client, "section-preview", |t| {
        t.contains("Antall nye lærekontrakter")
    })
    .await;
    shot(&client, "tables-03-pasted-table").await;
    client.close().await.expect("close the session");
}

#[tokio::test]
#[ignore = "needs Xvfb, tauri-driver and the built app: run by `make e2e`"]
async fn goal_rows_are_added_moved_and_removed_with_the_keyboard_and_undo_brings_one_back() {
    let (_data, _file, _driver, client) = open_example_copy().await;
    click(&client, "section-mal").await;
    wait_for_rows(&client, 3).await;
    let enter = char::from(Key::Enter);

    // Tab goes across the last row to its party; Enter there adds a row, the cursor in its goal.
    focus(&client, &cell(2, "goal")).await;
    tab_to(&client, &cell(2, "responsible"), false, 4).await;
    press(&client, &[], enter).await;
    wait_for_rows(&client, 4).await;
    wait_for_focus(&client, &cell(3, "goal")).await;
    type_keys(&client, "Nytt mål").await;
    wait_for_value(&client, &cell(3, "goal"), "Nytt mål").await;

    // Ctrl+Up twice and Ctrl+Down once: the new goal is third, the cursor still in its cell.
    press(&client, &[Key::Control], char::from(Key::Up)).await;
    wait_for_value(&client, &cell(2, "goal"), "Nytt mål").await;
    wait_for_focus(&client, &cell(2, "goal")).await;
    press(&client, &[Key::Control], char::from(Key::Up)).await;
    wait_for_value(&client, &cell(1, "goal"), "Nytt mål").await;
    wait_for_focus(&client, &cell(1, "goal")).await;
    press(&client, &[Key::Control], char::from(Key::Down)).await;
    wait_for_value(&client, &cell(2, "goal"), "Nytt mål").await;
    wait_for_focus(&client, &cell(2, "goal")).await;
    wait_for_value(
        &client,
        &cell(3, "goal"),
        "Ungdom i oppfølgingstjenesten får et tilbud raskt",
    )
    .await;
    key_shot(&client, "tables-04-moved").await;

    // Enter in the last column of a row that is not the last goes to the next row's first cell.
    tab_to(&client, &cell(2, "responsible"), false, 4).await;
    press(&client, &[], enter).await;
    wait_for_focus(&client, &cell(3, "goal")).await;
    assert_eq!(goal_rows(&client).await, 4);

    // An empty row added at the end goes again with Delete, the cursor back in the row above;
    // undo brings it back.
    tab_to(&client, &cell(3, "responsible"), false, 4).await;
    press(&client, &[], enter).await;
    wait_for_rows(&client, 5).await;
    wait_for_focus(&client, &cell(4, "goal")).await;
    press(&client, &[], char::from(Key::Delete)).await;
    wait_for_rows(&client, 4).await;
    wait_for_focus(&client, &cell(3, "goal")).await;
    press(&client, &[Key::Control], 'z').await;
    wait_for_rows(&client, 5).await;
    wait_for_value(&client, &cell(4, "goal"), "").await;
    wait_for_value(&client, &cell(2, "goal"), "Nytt mål").await;
    client.close().await.expect("close the session");
}

#[tokio::test]
#[ignore = "needs Xvfb, tauri-driver and the built app: run by `make e2e`"]
async fn the_tables_pass_the_accessibility_audit() {
    let (_data, _file, _driver, client) = open_example_copy().await;
    let mut audit = Audit::default();

    click(&client, "section-mal").await;
    wait_for_rows(&client, 3).await;
    audit.audit(&client, "goals table").await;

    // The meeting bodies: a row's "more" open shows the rest of the body's fields.
    click(&client, "section-motearenaer").await;
    let more = "[data-testid=\"row-more\"][data-row=\"sections[8].meetings[0]\"]";
    css(&client, more).await.click().await.expect("more");
    css(&client, "[data-field=\"sections[8].meetings[0].cadence\"]").await;
    let arg = serde_json::to_value(css(&client, "[data-testid=\"table-meetings\"]").await)
        .expect("element");
    client
        .execute("arguments[0].scrollIntoView({block: 'start'})", vec![arg])
        .await
        .expect("scroll");
    audit
        .audit(&client, "meeting bodies table, more open")
        .await;

    // Roles with their tasks, a table in each role's row.
    click(&client, "section-roller").await;
    css(&client, "[data-testid=\"table-tasks\"]").await;
    audit.audit(&client, "roles and tasks").await;

    click(&client, "section-kontaktpersoner").await;
    css(&client, "[data-testid=\"table-contacts\"]").await;
    audit.audit(&client, "contacts table").await;
    client.close().await.expect("close the session");
    audit.finish();
}

#[tokio::test]
#[ignore = "needs Xvfb, tauri-driver and the built app: run by `make e2e`"]
async fn a_remark_on_a_field_behind_a_closed_more_opens_the_row_and_takes_the_cursor_there() {
    let (_data, _file, _driver, client) = open_example_copy().await;
    click(&client, "section-motearenaer").await;
    let more = "[data-testid=\"row-more\"][data-row=\"sections[8].meetings[0]\"]";
    let cadence = "[data-field=\"sections[8].meetings[0].cadence\"]";

    // The steering group's cadence taken away: the checks complain.
    open_more(&client, "[data-row=\"sections[8].meetings[0]\"]").await;
    choose(
        &client,
        &format!("{cadence} [data-testid=\"cadence-kind\"]"),
        "",
    )
    .await;
    wait_for_code(&client, "AV004", true).await;

    // The row closed, the remark opens it again and puts the cursor in the cadence.
    css(&client, more).await.click().await.expect("close more");
    wait_gone_css(&client, cadence).await;
    let remark = css(&client, "[data-testid=\"diagnostic\"][data-code=\"AV004\"]").await;
    reach(&client, &remark).await;
    remark.click().await.expect("the remark");
    wait_for_focus(&client, &format!("{cadence} *")).await;
    assert_eq!(
        css(&client, more)
            .await
            .attr("aria-expanded")
            .await
            .ok()
            .flatten()
            .as_deref(),
        Some("true")
    );
    client.close().await.expect("close the session");
}

/// Polls until nothing matches `selector`.
async fn wait_gone_css(client: &Client, selector: &str) {
    let deadline = Instant::now() + Duration::from_secs(10);
    while !client
        .find_all(Locator::Css(selector))
        .await
        .expect("find")
        .is_empty()
    {
        assert!(Instant::now() < deadline, "{selector} is still shown");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}
