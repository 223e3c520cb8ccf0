//! The document view: the whole agreement edited where it stands, in step with the forms.

use super::*;

/// Puts the cursor in the purpose's text in the document view; returns the editor.
async fn into_the_purpose(client: &Client) -> fantoccini::elements::Element {
    let editor = css(
        client,
        "[data-testid=\"doc-section-formal\"] [data-testid=\"prose-editor\"]",
    )
    .await;
    reach(client, &editor).await;
    editor.click().await.expect("into the text");
    editor
}

/// The example in the document view: a section's heading and text typed where they print
/// reach the saved file, the preview and the form; a remark in the margin puts the cursor in
/// its field; the view passes the accessibility audit.
#[tokio::test]
#[ignore = "needs Xvfb, tauri-driver and the built app: run by `make e2e`"]
async fn typing_in_the_document_view_reaches_the_file_the_preview_and_the_form() {
    let (_data, file, _driver, client) = open_example_copy().await;
    click(&client, "document-view-toggle").await;
    let view = by_test_id(&client, "document-view").await;
    let pressed = by_test_id(&client, "document-view-toggle")
        .await
        .attr("aria-pressed")
        .await
        .expect("aria-pressed");
    assert_eq!(pressed.as_deref(), Some("true"));
    // Every section is there, in order, with its number.
    let text = view.text().await.expect("document text");
    assert!(text.contains("Formål"), "{text}");
    let headings = client
        .find_all(Locator::Css(".doc-heading input"))
        .await
        .expect("headings");
    assert_eq!(headings.len(), outline_ids(&client).await.len());
    // Choosing a section in the outline goes to it in the document; its lists are tables.
    click(&client, "section-mal").await;
    css(&client, "[data-testid=\"doc-section-mal\"] table").await;
    // The workspace scrolls to the section, the window stays where it was.
    let scrolled = page_value(
        &client,
        "return [document.getElementById('doc-section-mal').getBoundingClientRect().top \
         - document.querySelector('.workspace').getBoundingClientRect().top, \
         document.scrollingElement.scrollTop]",
    )
    .await;
    assert!(
        scrolled[0].as_f64().is_some_and(|top| top.abs() < 5.0),
        "{scrolled}"
    );
    assert_eq!(scrolled[1].as_f64(), Some(0.0), "{scrolled}");
    shot(&client, "document-view-goals").await;
    click(&client, "section-motearenaer").await;
    shot(&client, "document-view-meetings").await;

    // A heading renamed and a sentence added to the purpose, in the document.
    type_into(
        &client,
        "[data-testid=\"doc-section-formal\"] .doc-title",
        "Formålet med avtalen",
    )
    .await;
    let editor = into_the_purpose(&client).await;
    editor
        .send_keys(&format!("{}{}", Key::Control, Key::End))
        .await
        .expect("to the end");
    editor
        .send_keys(" Skrevet i dokumentvisningen.")
        .await
        .expect("type");
    shot(&client, "document-view").await;

    // The form shows the same words at once.
    click(&client, "document-view-toggle").await;
    click(&client, "section-formal").await;
    wait_for_text(&client, "section-heading", |t| {
        t.contains("Formålet med avtalen")
    })
    .await;
    wait_for_text(&client, "prose-editor", |t| {
        t.contains("Skrevet i dokumentvisningen.")
    })
    .await;

    // The preview and the saved file have them.
    click(&client, "preview-toggle").await;
    wait_for_text(&client, "preview", |t| {
        t.contains("Formålet med avtalen") && t.contains("Skrevet i dokumentvisningen.")
    })
    .await;
    click(&client, "preview-toggle").await;
    click(&client, "save").await;
    wait_for_text(&client, "save-state", |t| t == "Lagret").await;
    let saved = std::fs::read_to_string(&file).expect("the saved file");
    assert!(saved.contains("title: Formålet med avtalen"), "{saved}");
    assert!(saved.contains("Skrevet i dokumentvisningen."), "{saved}");

    // An emptied text is a remark shown in the margin beside it; choosing it puts the cursor
    // in the text.
    click(&client, "document-view-toggle").await;
    let editor = into_the_purpose(&client).await;
    editor
        .send_keys(&format!("{}a{}", Key::Control, Key::Backspace))
        .await
        .expect("empty the text");
    let note = css(
        &client,
        "[data-testid=\"doc-section-formal\"] [data-testid=\"doc-note\"]",
    )
    .await;
    assert_eq!(
        note.attr("data-note-field").await.ok().flatten().as_deref(),
        Some("sections[0].text")
    );
    reach(&client, &note).await;
    // Focus elsewhere first, so the click is what puts it back.
    css(&client, "#doc-meta-title")
        .await
        .click()
        .await
        .expect("title");
    note.click().await.expect("the remark");
    wait_for_focus(
        &client,
        "[data-testid=\"doc-section-formal\"] [data-testid=\"prose-editor\"]",
    )
    .await;

    // F1 in the document view opens the guide where the document view is explained.
    press(&client, &[], char::from(Key::F1)).await;
    wait_for_text(&client, "guide-text", |t| t.contains("Dokumentvisning")).await;
    wait_for_guide_pictures(&client).await;
    let (_, top) = guide_position(&client, "dokumentvisning").await;
    assert!(top.abs() < 40.0, "opened at «Dokumentvisning»: {top}");
    click(&client, "guide-close").await;
    wait_gone(&client, "user-guide", Duration::from_secs(5)).await;

    let mut audit = Audit::default();
    audit.audit(&client, "document view").await;
    client.close().await.expect("close the session");
    audit.finish();
}
