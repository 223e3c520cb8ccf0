//! Ctrl+F: finding words across the whole agreement and going from hit to hit.

use super::*;

/// The field that has focus (its `data-field`) and the words selected in it.
async fn focused_selection(client: &Client) -> (String, String) {
    let found = page_value(
        client,
        "const e = document.activeElement;
         const text = e instanceof HTMLInputElement || e instanceof HTMLTextAreaElement
           ? e.value.substring(e.selectionStart, e.selectionEnd)
           : String(window.getSelection());
         return [e ? e.getAttribute('data-field') || '' : '', text];",
    )
    .await;
    (
        found[0].as_str().unwrap_or_default().to_owned(),
        found[1].as_str().unwrap_or_default().to_owned(),
    )
}

/// Polls until the focused field is `field` with `words` selected in it.
async fn wait_for_selection(client: &Client, field: &str, words: &str) {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let now = focused_selection(client).await;
        if now.0 == field && now.1 == words {
            return;
        }
        assert!(
            Instant::now() < deadline,
            "wanted {words:?} selected in {field}; focus is on {} with {:?} selected",
            now.0,
            now.1
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// The element a hit is selected in: a line of a list (`agenda[1]`) is edited in the list's
/// text area.
fn element_of(field: &str) -> &str {
    match field.rsplit_once('[') {
        Some((list, _)) if field.ends_with(']') => list,
        _ => field,
    }
}

#[tokio::test]
#[ignore = "needs Xvfb, tauri-driver and the built app: run by `make e2e`"]
async fn ctrl_f_finds_words_in_the_text_and_the_fields_and_goes_from_hit_to_hit() {
    let (_data, file, _driver, client) = open_example_copy().await;
    let enter = char::from(Key::Enter);
    let f3 = char::from(Key::F3);
    let mut audit = Audit::default();
    // What the core finds is what the bar shows, in the same order.
    let agreement = avtale_core::format::agreement_from_str(
        &std::fs::read_to_string(&file).expect("the copy"),
        "copy",
    )
    .expect("the example loads");
    let words = "samarbeidsgruppe";
    let expected = avtale_core::find::find(&agreement, words);
    let hits = &expected.hits;
    assert!(hits.len() >= 3, "{hits:?}");
    assert!(
        hits.iter().any(|h| h.field.ends_with(".text")),
        "in a section's text: {hits:?}"
    );
    assert!(
        hits.iter().any(|h| h.field.contains(".meetings[")),
        "in a meeting's fields: {hits:?}"
    );

    // The window takes keys once something in it has been clicked.
    click(&client, "part-details").await;
    press(&client, &[Key::Control], 'f').await;
    by_test_id(&client, "find").await;
    wait_for_focus(&client, &tid("find-input")).await;
    // Case does not matter: the words as the core was asked for them, capitalised.
    type_keys(&client, "Samarbeidsgruppe").await;
    let total = hits.len();
    wait_for_text(&client, "find-count", |t| t == format!("{total} treff")).await;
    let listed = page_value(
        &client,
        "return Array.from(document.querySelectorAll('[data-testid=\"find-hit\"]')).map((b) => b.dataset.hitField)",
    )
    .await;
    let fields: Vec<&str> = hits.iter().map(|h| h.field.as_str()).collect();
    assert_eq!(listed, serde_json::json!(fields));
    audit.audit(&client, "find bar with hits").await;

    // Enter goes to the first hit: its section opens, its field has the focus and the words
    // found are selected in it.
    press(&client, &[], enter).await;
    wait_for_selection(&client, element_of(&hits[0].field), &hits[0].matched).await;
    wait_for_text(&client, "find-count", |t| {
        t == format!("1 av {total} treff")
    })
    .await;
    key_shot(&client, "find-01-first-hit").await;

    // Enter again, from the field the bar went to, goes on to the next hit.
    press(&client, &[], enter).await;
    wait_for_selection(&client, element_of(&hits[1].field), &hits[1].matched).await;
    wait_for_text(&client, "find-count", |t| {
        t == format!("2 av {total} treff")
    })
    .await;
    // F3 goes on too; Shift+F3 back.
    press(&client, &[], f3).await;
    wait_for_selection(&client, element_of(&hits[2].field), &hits[2].matched).await;
    press(&client, &[Key::Shift], f3).await;
    wait_for_selection(&client, element_of(&hits[1].field), &hits[1].matched).await;
    wait_for_text(&client, "find-count", |t| {
        t == format!("2 av {total} treff")
    })
    .await;
    key_shot(&client, "find-02-in-a-field").await;

    // Escape closes the bar; the cursor stays at the hit.
    press(&client, &[], char::from(Key::Escape)).await;
    wait_gone(&client, "find", Duration::from_secs(5)).await;
    wait_for_selection(&client, element_of(&hits[1].field), &hits[1].matched).await;

    // Opened again, nothing found says so.
    press(&client, &[Key::Control], 'f').await;
    wait_for_focus(&client, &tid("find-input")).await;
    type_keys(&client, "qqxz").await;
    wait_for_text(&client, "find-count", |t| t == "Ingen treff.").await;
    press(&client, &[], char::from(Key::Escape)).await;
    wait_gone(&client, "find", Duration::from_secs(5)).await;

    // Words the palette finds no name for: Enter searches the text for them.
    press(&client, &[Key::Control], 'k').await;
    wait_for_focus(&client, &tid("palette-input")).await;
    type_keys(&client, "Samarbeidsgruppe").await;
    wait_for_text(&client, "palette-find", |t| t.contains("Samarbeidsgruppe")).await;
    press(&client, &[], char::from(Key::Enter)).await;
    wait_gone(&client, "command-palette", Duration::from_secs(5)).await;
    wait_for_text(&client, "find-count", |t| {
        t.contains("treff") && t != "Ingen treff."
    })
    .await;
    assert_eq!(
        css(&client, &tid("find-input"))
            .await
            .prop("value")
            .await
            .ok()
            .flatten()
            .as_deref(),
        Some("Samarbeidsgruppe")
    );
    press(&client, &[], char::from(Key::Escape)).await;
    wait_gone(&client, "find", Duration::from_secs(5)).await;
    audit.finish();
    client.close().await.expect("close the session");
}
