//! The agreement loader: any bytes are refused with a message naming the file, or load and
//! then check, render, save and read back to the same agreement.
#![no_main]

use avtale_core::diff::compare;
use avtale_core::format::{agreement_from_bytes, agreement_from_str, agreement_to_string};
use avtale_core::lang::Locale;
use avtale_core::render::{html, markdown};
use avtale_core::{CheckOptions, check};
use libfuzzer_sys::fuzz_target;

const FILE: &str = "fuzz.avtale.yaml";

fuzz_target!(|bytes: &[u8]| {
    let agreement = match agreement_from_bytes(bytes, FILE) {
        Ok(agreement) => agreement,
        Err(err) => {
            let report = err.report(Locale::Nb);
            assert!(report.starts_with(FILE), "{report}");
            assert!(!err.message(Locale::En).trim().is_empty(), "{err:?}");
            return;
        }
    };
    let _ = check(&agreement, CheckOptions::default());
    let _ = markdown::render(&agreement);
    let page = html::document(&agreement);
    assert!(!page.to_lowercase().contains("<script"), "a script tag");
    let saved = agreement_to_string(&agreement);
    let reloaded = agreement_from_str(&saved, FILE).expect("a saved agreement loads");
    assert_eq!(reloaded, agreement, "saved and read back differs");
    let _ = agreement.history.verify();
    assert!(compare(&agreement, &reloaded, Locale::Nb).is_empty());
});
