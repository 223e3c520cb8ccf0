//! A main agreement drafted in the document view from the start screen to a compared revision,
//! counting what the user does: every click, every field typed into and every key chord is one
//! action (the measure: clicks and field entries). Copying the goals in Word is not an
//! action in the app; pasting them is.

use super::*;

/// Drives the app and counts the user's actions.
struct Actions<'a> {
    client: &'a Client,
    count: usize,
    /// What each action was, for the report.
    log: Vec<String>,
}

impl<'a> Actions<'a> {
    fn new(client: &'a Client) -> Self {
        Self {
            client,
            count: 0,
            log: Vec::new(),
        }
    }

    fn note(&mut self, what: String) {
        self.count += 1;
        self.log.push(what);
    }

    /// Clicks the element with this test id.
    async fn click(&mut self, id: &str) {
        click(self.client, id).await;
        self.note(format!("click {id}"));
    }

    /// Clicks the element found by `selector`. The table may draw its rows again between finding
    /// the element and clicking it (the core's answer to the last edit arriving); the click is
    /// then made on the element drawn anew, still one action.
    async fn click_css(&mut self, selector: &str) {
        let mut tries = 0;
        loop {
            let element = css(self.client, selector).await;
            reach(self.client, &element).await;
            match element.click().await {
                Ok(()) => break,
                Err(e) if tries < 5 => {
                    eprintln!("click {selector} again: {e:?}");
                    tries += 1;
                    tokio::time::sleep(Duration::from_millis(200)).await;
                }
                Err(e) => panic!("click {selector}: {e:?}"),
            }
        }
        self.note(format!("click {selector}"));
    }

    /// Types into a field, replacing what it held: one field entry.
    async fn type_into(&mut self, selector: &str, text: &str) {
        type_into(self.client, selector, text).await;
        self.note(format!("type {selector}"));
    }

    /// A key chord on whatever has focus.
    async fn press(&mut self, modifiers: &[Key], key: char) {
        press(self.client, modifiers, key).await;
        self.note(format!("press {key}"));
    }
}

/// Five goals as they stand in last year's Word agreement: goal, indicator, target.
const GOALS: &str = "\
Flere fullfører videregående opplæring\tAndel elever som fullfører og består innen fem år\tØkning på 5 prosentpoeng
Færre unge utenfor opplæring og arbeid\tAntall helt ledige under 25 år uten fullført videregående\tNedgang på 20 prosent
Raskt tilbud i oppfølgingstjenesten\tAndel som får tilbud innen fire uker\tMinst 80 prosent
Flere lærlinger fra Nav\tAntall lærekontrakter for ungdom som får oppfølging fra Nav\t40 i året
Voksne fullfører fagbrev\tAntall voksne som tar fagbrev med støtte fra Nav\t100 i perioden
";

/// Waits until the document's goals table has `want` rows.
async fn wait_for_goal_rows(client: &Client, want: usize) {
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        let rows = client
            .find_all(Locator::Css(&format!("{GOALS_TABLE} tbody tr[data-field]")))
            .await
            .expect("rows")
            .len();
        if rows == want {
            return;
        }
        assert!(Instant::now() < deadline, "{rows} goal rows, never {want}");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

const GOALS_TABLE: &str = "[data-testid=\"doc-section-mal\"] [data-testid=\"table-goals\"]";

#[tokio::test]
#[ignore = "needs Xvfb, tauri-driver and the built app: run by `make e2e`"]
async fn a_main_agreement_is_drafted_in_the_document_view_revised_and_compared_in_few_actions() {
    let data = tempfile::tempdir().expect("data folder");
    let file = data.path().join("troms.avtale.yaml");
    let driver = Driver::start(&[
        ("AVTALE_DATA_DIR", data.path()),
        ("AVTALE_TEST_DIALOG_PATH", &file),
    ]);
    let client = open(&driver, &[]).await;
    let mut act = Actions::new(&client);

    // From the start screen: a main agreement for Troms, shown as a document.
    act.click("new-agreement").await;
    act.click("starter-hovedavtale").await;
    act.type_into("[data-testid=\"county\"]", "Troms").await;
    act.click("create-agreement").await;
    by_test_id(&client, "section-list").await;
    act.click("document-view-toggle").await;
    by_test_id(&client, "document-view").await;

    // The head: title, period (a school year's start; every date follows), both parties'
    // signatories.
    act.type_into(
        "#doc-meta-title",
        "Samarbeidsavtale mellom Nav Troms og Troms fylkeskommune 2027–2031",
    )
    .await;
    act.type_into("[data-field=\"meta.period.from\"]", "01.08.2027")
        .await;
    act.type_into("[data-field=\"meta.period.to\"]", "31.07.2031")
        .await;
    act.type_into("[data-field=\"parties[0].signatory.name\"]", "Ole Hætta")
        .await;
    act.click("move-dates").await;
    act.type_into(
        "[data-field=\"parties[0].signatory.title\"]",
        "direktør for Nav Troms",
    )
    .await;
    act.type_into("[data-field=\"parties[1].signatory.name\"]", "Anne Berg")
        .await;
    act.type_into(
        "[data-field=\"parties[1].signatory.title\"]",
        "fylkesdirektør for utdanning",
    )
    .await;

    // Five goals pasted from last year's agreement over the starter's first (its text selected
    // whole: the first pasted row takes its place), and the starter's other goals removed.
    let starter_goals = client
        .find_all(Locator::Css(&format!("{GOALS_TABLE} tbody tr[data-field]")))
        .await
        .expect("rows")
        .len();
    tables::copy_to_clipboard(GOALS, "UTF8_STRING");
    act.click_css(&format!(
        "{GOALS_TABLE} [data-field=\"sections[5].goals[0].goal\"]"
    ))
    .await;
    act.press(&[Key::Control], 'a').await;
    act.press(&[Key::Control], 'v').await;
    wait_for_goal_rows(&client, starter_goals + 4).await;
    for removed in 1..starter_goals {
        act.click_css(&format!(
            "{GOALS_TABLE} tr[data-field=\"sections[5].goals[5]\"] [data-testid=\"row-remove\"]"
        ))
        .await;
        // As a person would, the next click waits for the row to go.
        wait_for_goal_rows(&client, starter_goals + 4 - removed).await;
    }

    // The two meeting bodies, named as in Troms.
    act.type_into(
        "[data-field=\"sections[8].meetings[0].name\"]",
        "Strategisk samarbeidsforum",
    )
    .await;
    act.type_into(
        "[data-field=\"sections[8].meetings[1].name\"]",
        "Operativt samarbeidsmøte OT og Nav",
    )
    .await;

    // Saved, and the first revision.
    act.press(&[Key::Control], 's').await;
    wait_for_text(&client, "save-state", |t| t == "Lagret").await;
    act.click("part-history").await;
    act.type_into("[data-testid=\"revision-author\"]", "Anne Berg")
        .await;
    act.type_into("[data-testid=\"revision-message\"]", "Første utkast")
        .await;
    act.click("commit-revision").await;
    by_test_id(&client, "revision-1").await;

    // A sentence added in the document, compared with the revision.
    act.click("section-formal").await;
    let editor = "[data-testid=\"doc-section-formal\"] [data-testid=\"prose-editor\"]";
    act.click_css(editor).await;
    let element = css(&client, editor).await;
    element
        .send_keys(&format!("{}{}", Key::Control, Key::End))
        .await
        .expect("to the end");
    act.note("press Ctrl+End".to_owned());
    element
        .send_keys(" Avtalen gjelder hele Troms.")
        .await
        .expect("type");
    act.note("type the sentence".to_owned());
    act.click("part-history").await;
    act.click("compare-button").await;
    wait_for_text(&client, "compare", |t| {
        t.contains("Avtalen gjelder hele Troms.")
    })
    .await;
    shot(&client, "drafting-compare").await;

    // What the file holds.
    let saved = std::fs::read_to_string(&file).expect("the saved file");
    let agreement = avtale_core::format::agreement_from_str(&saved, "saved").expect("it reads");
    let value = serde_json::to_value(&agreement).expect("json");
    let goals: Vec<(&str, &str, &str)> = value["sections"][5]["goals"]
        .as_array()
        .expect("goals")
        .iter()
        .map(|g| {
            (
                g["goal"].as_str().unwrap_or(""),
                g["indicator"].as_str().unwrap_or(""),
                g["target"].as_str().unwrap_or(""),
            )
        })
        .collect();
    let wanted: Vec<(&str, &str, &str)> = GOALS
        .lines()
        .map(|l| {
            let mut cells = l.split('\t');
            (
                cells.next().unwrap_or(""),
                cells.next().unwrap_or(""),
                cells.next().unwrap_or(""),
            )
        })
        .collect();
    assert_eq!(goals, wanted);
    assert_eq!(value["meta"]["period"]["from"], "2027-08-01");
    assert_eq!(value["meta"]["period"]["to"], "2031-07-31");
    assert_eq!(value["parties"][0]["signatory"]["name"], "Ole Hætta");
    assert_eq!(value["parties"][1]["signatory"]["name"], "Anne Berg");
    assert_eq!(
        value["sections"][8]["meetings"][1]["name"],
        "Operativt samarbeidsmøte OT og Nav"
    );
    assert!(
        saved.contains("Første utkast"),
        "the revision is in the file"
    );
    // Kept beside the screenshots, to be printed and looked at (`avtale pdf`).
    if let Some(dir) = std::env::var_os("AVTALE_SCREENSHOTS") {
        std::fs::copy(&file, Path::new(&dir).join("drafting.avtale.yaml")).expect("kept");
    }

    eprintln!(
        "drafting: {} actions from the start screen to the comparison:\n  {}",
        act.count,
        act.log.join("\n  ")
    );
    assert!(act.count < 60, "{} actions", act.count);
    client.close().await.expect("close the session");
}
