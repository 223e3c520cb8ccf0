//! The Markdown and HTML renderers: any text as a section's prose and as plain fields renders,
//! and the HTML never holds a script tag, an event handler attribute or a `javascript:` link.
#![no_main]

use std::sync::LazyLock;

use avtale_core::Agreement;
use avtale_core::format::agreement_from_str;
use avtale_core::render::{html, markdown};
use libfuzzer_sys::fuzz_target;

static EXAMPLE: LazyLock<Agreement> = LazyLock::new(|| {
    let text = include_str!("../../examples/hovedavtale-vestland.avtale.yaml");
    agreement_from_str(text, "eksempel.avtale.yaml").expect("the example loads")
});

fuzz_target!(|text: &str| {
    let mut agreement = EXAMPLE.clone();
    agreement.sections[0].text = text.to_owned();
    agreement.sections[1].title = text.to_owned();
    agreement.meta.title = text.to_owned();
    let _ = markdown::render(&agreement);
    let page = html::document(&agreement).to_lowercase();
    assert!(!page.contains("<script"), "a script tag");
    assert!(!page.contains("href=\"javascript:"), "a javascript link");
    // Outside tags `<` is always escaped, so any ` on…=` inside a tag would be an attribute.
    for tag in page.split('<').skip(1) {
        let tag = tag.split('>').next().unwrap_or_default();
        assert!(!tag.contains(" on"), "an event handler in <{tag}>");
    }
});
