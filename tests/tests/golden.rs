//! Golden files: the Markdown and HTML of each starter in bokmål and nynorsk, and of an
//! agreement full of hostile text. A change in rendering shows up as a diff to review; run with
//! `UPDATE_GOLDEN=1` to accept it.

use std::path::{Path, PathBuf};

use avtale_core::date::Date;
use avtale_core::lang::Lang;
use avtale_core::render::{html, markdown};
use avtale_core::starter::{self, NewAgreement};
use avtale_core::{Agreement, CheckOptions, TemplateSet, check, format};

fn golden_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("golden")
}

/// Compares `actual` with the golden file, or rewrites it when `UPDATE_GOLDEN` is set.
fn assert_golden(name: &str, actual: &str) {
    let path = golden_dir().join(name);
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&path, actual).expect("golden file writable");
        return;
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_else(|_| {
        panic!(
            "missing golden file {}: run with UPDATE_GOLDEN=1",
            path.display()
        )
    });
    if expected != actual {
        let first = expected
            .lines()
            .zip(actual.lines())
            .position(|(a, b)| a != b)
            .unwrap_or(0);
        panic!(
            "{name} differs from its golden file at line {}:\n  golden: {:?}\n  actual: {:?}\n(run with UPDATE_GOLDEN=1 to accept)",
            first + 1,
            expected.lines().nth(first),
            actual.lines().nth(first)
        );
    }
}

fn starter(id: &str, lang: Lang) -> Agreement {
    let templates = TemplateSet::shipped().expect("templates load");
    let new = NewAgreement {
        starter: id,
        county: Some("Vestland"),
        lang,
        today: Date::from_ymd(2026, 11, 22).expect("date"),
        id: "golden".into(),
    };
    starter::create(&templates, &new).expect("starter")
}

#[test]
fn starters_render_as_their_golden_files() {
    for id in ["hovedavtale", "underavtale-ot", "handlingsplan"] {
        for lang in [Lang::Nb, Lang::Nn] {
            let agreement = starter(id, lang);
            let tag = lang.tag();
            assert_golden(
                &format!("{id}-{tag}.avtale.yaml"),
                &format::agreement_to_string(&agreement),
            );
            assert_golden(&format!("{id}-{tag}.md"), &markdown::render(&agreement));
            assert_golden(&format!("{id}-{tag}.html"), &html::document(&agreement));
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
    purpose.text = purpose
        .text
        .replace(
            "et forpliktende samarbeid",
            "et tett og forpliktende samarbeid",
        )
        .replace("brukes samordnet", "brukes samlet og samordnet");
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
}
