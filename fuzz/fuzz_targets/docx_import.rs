//! The Word import: any bytes are refused with a typed error and a message naming the file, or
//! import into an agreement that saves and loads back the same, checks and renders.
#![no_main]

use std::sync::OnceLock;

use avtale_core::date::Date;
use avtale_core::format::{agreement_from_str, agreement_to_string};
use avtale_core::lang::Locale;
use avtale_core::render::markdown;
use avtale_core::{CheckOptions, TemplateSet, check};
use avtale_word::import::{ImportOptions, import};
use libfuzzer_sys::fuzz_target;

const FILE: &str = "fuzz.docx";

fn templates() -> &'static TemplateSet {
    static SET: OnceLock<TemplateSet> = OnceLock::new();
    SET.get_or_init(|| TemplateSet::shipped().expect("shipped templates"))
}

fuzz_target!(|bytes: &[u8]| {
    let options = ImportOptions {
        templates: templates(),
        today: Date::from_ymd(2026, 12, 7).expect("date"),
        id: "fuzz",
        file_stem: Some("fuzz"),
    };
    let imported = match import(bytes, &options) {
        Ok(imported) => imported,
        Err(err) => {
            let report = err.report(FILE, Locale::Nb);
            assert!(report.starts_with(FILE), "{report}");
            return;
        }
    };
    let agreement = imported.agreement;
    let _ = imported
        .report
        .lines(FILE, templates(), agreement.meta.language, Locale::Nb);
    let _ = check(&agreement, CheckOptions::default());
    let _ = markdown::render(&agreement);
    let saved = agreement_to_string(&agreement);
    let reloaded = agreement_from_str(&saved, "fuzz.avtale.yaml").expect("an import loads");
    assert_eq!(reloaded, agreement, "saved and read back differs");
});
