//! The template and term bank loaders: any text is refused with a message naming the file, or
//! loads.
#![no_main]

use avtale_core::lang::Locale;
use avtale_core::template::{parse_template, summary};
use avtale_core::termbank::TermBank;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    match parse_template(text, "mal.yaml") {
        Ok(template) => assert!(!summary(&template, Locale::Nb).is_empty()),
        Err(err) => assert!(err.report(Locale::Nb).starts_with("mal.yaml")),
    }
    match TermBank::parse(text, "begrep.yaml") {
        Ok(bank) => {
            let _ = bank.find(text);
        }
        Err(err) => assert!(err.report(Locale::Nb).starts_with("begrep.yaml")),
    }
});
