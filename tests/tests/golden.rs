//! Golden files: the Markdown and HTML of each starter in bokmål and nynorsk, and of an
//! agreement full of hostile text. A change in rendering shows up as a diff to review; run with
//! `UPDATE_GOLDEN=1` to accept it.

use std::path::Path;

use avtale_tests::assert_golden;

use avtale_core::date::Date;
use avtale_core::lang::Lang;
use avtale_core::render::{html, markdown, tree};
use avtale_core::starter::{self, NewAgreement};
use avtale_core::{Agreement, CheckOptions, TemplateSet, check, format};

fn starter(id: &str, lang: Lang) -> Agreement {
    let templates = TemplateSet::shipped().expect("templates load");
    let new = NewAgreement {
        starter: id,
        county: Some("Vestland"),
        // Only the partnership agreement names a municipality (with its Nav office).
        municipality: (id == "partnerskapsavtale").then_some("Bergen"),
        lang,
        today: Date::from_ymd(2026, 11, 22).expect("date"),
        id: "golden".into(),
    };
    starter::create(&templates, &new).expect("starter")
}

#[test]
fn starters_render_as_their_golden_files() {
    for id in [
        "hovedavtale",
        "underavtale-ot",
        "handlingsplan",
        "partnerskapsavtale",
    ] {
        for lang in [Lang::Nb, Lang::Nn] {
            let agreement = starter(id, lang);
            let tag = lang.tag();
            assert_golden(
                &format!("{id}-{tag}.avtale.yaml"),
                &format::agreement_to_string(&agreement),
            );
            assert_golden(&format!("{id}-{tag}.md"), &markdown::render(&agreement));
            assert_golden(&format!("{id}-{tag}.html"), &html::document(&agreement));
            let doc_tree = serde_json::to_string_pretty(&tree::build(&agreement))
                .expect("the tree serialises");
            assert_golden(&format!("{id}-{tag}.tree.json"), &(doc_tree + "\n"));
            let templates = TemplateSet::shipped().expect("templates");
            let diagnostics = check(
                &agreement,
                CheckOptions {
                    locale: lang.into(),
                    templates: Some(&templates),
                    parent: None,
                },
            );
            let text: String = diagnostics
                .iter()
                .map(|d| format!("{:?}[{}] {}: {}\n", d.severity, d.code, d.field, d.message))
                .collect();
            assert_golden(&format!("{id}-{tag}.check.txt"), &text);
        }
    }
}

#[test]
fn rendering_is_deterministic() {
    let a = starter("hovedavtale", Lang::Nb);
    assert_eq!(markdown::render(&a), markdown::render(&a.clone()));
    assert_eq!(html::document(&a), html::document(&a.clone()));
}

#[test]
fn hostile_text_stays_text() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/hostile.avtale.yaml");
    let text = std::fs::read_to_string(&path).expect("fixture");
    let agreement = format::agreement_from_str(&text, "hostile.avtale.yaml").expect("loads");
    let md = markdown::render(&agreement);
    let page = html::document(&agreement);
    assert_golden("hostile.md", &md);
    assert_golden("hostile.html", &page);
    let body = page.split("<main>").nth(1).expect("a main element");
    for forbidden in [
        "<script",
        "<img",
        "<iframe",
        "<style",
        "<svg",
        "<div",
        "href=\"javascript",
        "href=\"data",
    ] {
        assert!(
            !body.to_lowercase().contains(forbidden),
            "`{forbidden}` reached the HTML:\n{body}"
        );
    }
    assert!(
        body.contains("&lt;script&gt;"),
        "the hostile text is still shown as text"
    );
}

/// The section with this id.
fn section<'a>(a: &'a mut Agreement, id: &str) -> &'a mut avtale_core::agreement::Section {
    a.sections
        .iter_mut()
        .find(|s| s.id.0 == id)
        .unwrap_or_else(|| panic!("section {id}"))
}

/// Realistic revisions of a main agreement, each compared with the original.
#[test]
fn comparisons_read_as_their_golden_files() {
    use avtale_core::catalog;
    use avtale_core::clause::Cadence;
    use avtale_core::diff::compare;
    use avtale_core::lang::Locale;
    use avtale_core::render::comparison;

    let old = starter("hovedavtale", Lang::Nb);
    let templates = TemplateSet::shipped().expect("templates");

    // The steering group meets four times a year instead of twice; the operative meeting
    // loses a member.
    let mut cadence = old.clone();
    let meetings = section(&mut cadence, "motearenaer")
        .meetings
        .as_mut()
        .expect("meetings");
    meetings[0].cadence = Some(Cadence::PerYear(4));
    meetings[1].members.remove(0);

    // A task moves from the county to NAV.
    let mut responsibility = old.clone();
    let roles = section(&mut responsibility, "roller")
        .roles
        .as_mut()
        .expect("roles");
    roles[0].tasks[1].responsible = Some(avtale_core::agreement::PartyId("nav".into()));

    // A case routine is added after the boundaries, and the glossary moves to the end.
    let mut added = old.clone();
    let routine = catalog::new_section(&added, templates.get("saksrutine").expect("template"));
    let at = added
        .sections
        .iter()
        .position(|s| s.id.0 == "grenseflater")
        .expect("boundaries")
        + 1;
    added.sections.insert(at, routine);
    let glossary = added
        .sections
        .iter()
        .position(|s| s.id.0 == "begreper")
        .expect("glossary");
    let moved = added.sections.remove(glossary);
    added.sections.push(moved);

    // The purpose is reworded and renamed; a signatory is named.
    let mut reworded = old.clone();
    let purpose = section(&mut reworded, "formal");
    purpose.title = "Formål og verdier".into();
    let before = purpose.text.clone();
    purpose.text = purpose
        .text
        .replace(
            "Målet med samarbeidet er at flere",
            "Målet med samarbeidet er at mange flere",
        )
        .replace("utfyller hverandre", "utfyller og styrker hverandre");
    assert_ne!(
        purpose.text, before,
        "the purpose's words were found and changed"
    );
    reworded.parties[0]
        .signatory
        .as_mut()
        .expect("signatory")
        .name = "Kari Nordmann".into();

    for (name, new) in [
        ("cadence", &cadence),
        ("responsibility", &responsibility),
        ("section-added", &added),
        ("reworded", &reworded),
    ] {
        let c = compare(&old, new, Locale::Nb);
        assert_golden(
            &format!("diff-{name}.txt"),
            &comparison::text(&c, Locale::Nb, false),
        );
    }
    let c = compare(&old, &reworded, Locale::Nb);
    assert_golden("diff-reworded.md", &comparison::markdown(&c, Locale::Nb));
    assert_golden("diff-reworded.html", &comparison::html(&c, Locale::Nb));
    let c = compare(&old, &cadence, Locale::Nb);
    assert_golden(
        "diff-cadence.side-by-side.html",
        &comparison::side_by_side(&c, Locale::Nb),
    );
    assert!(compare(&old, &old, Locale::Nb).is_empty());

    // Formatted prose is compared as read: no Markdown marks, paragraphs and list items apart.
    let mut formatted_old = old.clone();
    section(&mut formatted_old, "formal").text =
        "Partene skal **samarbeide** tett.\n\n- Skolen melder fra.\n- Nav følger opp.".into();
    let mut formatted = formatted_old.clone();
    section(&mut formatted, "formal").text =
        "Partene skal **samarbeide** tett og *forpliktende*.\n\n- Skolen melder fra innen en uke.\n- Nav følger opp.\n\n### 1.1 Nytt punkt\n\nNy tekst.".into();
    let c = compare(&formatted_old, &formatted, Locale::Nb);
    assert_golden(
        "diff-formatted.txt",
        &comparison::text(&c, Locale::Nb, false),
    );
    assert_golden("diff-formatted.md", &comparison::markdown(&c, Locale::Nb));
    assert_golden("diff-formatted.html", &comparison::html(&c, Locale::Nb));
    assert_golden(
        "diff-formatted.side-by-side.html",
        &comparison::side_by_side(&c, Locale::Nb),
    );
    let html = comparison::html(&c, Locale::Nb);
    assert!(!html.contains("**") && !html.contains("###"), "{html}");
    assert_eq!(html.matches("<p class=\"redline\">").count(), 5, "{html}");
}
