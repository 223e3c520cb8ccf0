//! Load, check and render an agreement with 200 sections and 300 revisions in its history.
//! Target: load + check under 50 ms on the project's two-core machines.
//!
//! Run with `cargo bench -p avtale-core --bench load_check_render`.

use std::hint::black_box;

use avtale_core::agreement::SectionId;
use avtale_core::check::{CheckCache, check_with};
use avtale_core::date::Date;
use avtale_core::format::{agreement_from_str, agreement_to_string};
use avtale_core::history::{RevisionInfo, Timestamp};
use avtale_core::lang::Lang;
use avtale_core::render::{html, markdown};
use avtale_core::starter::{self, NewAgreement};
use avtale_core::{Agreement, CheckOptions, TemplateSet, check};
use criterion::{Criterion, criterion_group, criterion_main};

/// A main agreement grown to 200 sections by repeating the starter's sections, with 300
/// revisions, each changing the text of one section.
fn big_agreement(templates: &TemplateSet) -> Agreement {
    let new = NewAgreement {
        starter: "hovedavtale",
        county: Some("Vestland"),
        municipality: None,
        lang: Lang::Nb,
        today: Date::from_ymd(2026, 11, 22).expect("date"),
        id: "bench".into(),
    };
    let mut agreement = starter::create(templates, &new).expect("starter");
    let base = agreement.sections.clone();
    agreement.sections = (0..200)
        .map(|i| {
            let mut s = base[i % base.len()].clone();
            s.id = SectionId(format!("{}-{i}", s.id));
            s
        })
        .collect();
    let time = Timestamp::parse("2026-11-22T10:00:00+01:00").expect("time");
    for n in 0..300 {
        let section = &mut agreement.sections[(n * 7) % 200];
        section.text.push_str(&format!(
            "\n\nEndring {n}: partene har avtalt en justering."
        ));
        agreement.record_revision(RevisionInfo {
            author: "Kari Nordmann".into(),
            time,
            message: format!("Revisjon {n}"),
            name: None,
        });
    }
    agreement
}

fn bench(c: &mut Criterion) {
    let templates = TemplateSet::shipped().expect("templates");
    let agreement = big_agreement(&templates);
    let text = agreement_to_string(&agreement);
    if let Some(path) = std::env::var_os("AVTALE_BENCH_DUMP") {
        std::fs::write(path, &text).expect("dump");
    }
    eprintln!(
        "agreement: {} sections, {} revisions, {} stored section versions, file {:.2} MiB",
        agreement.sections.len(),
        agreement.history.revisions.len(),
        agreement.history.sections.len(),
        text.len() as f64 / 1024.0 / 1024.0
    );
    let options = CheckOptions {
        locale: Lang::Nb.into(),
        templates: Some(&templates),
        parent: None,
    };

    c.bench_function("load", |b| {
        b.iter(|| agreement_from_str(black_box(&text), "bench.avtale.yaml").expect("loads"));
    });
    c.bench_function("check", |b| {
        b.iter(|| check(black_box(&agreement), options));
    });
    c.bench_function("load + check", |b| {
        b.iter(|| {
            let a = agreement_from_str(black_box(&text), "bench.avtale.yaml").expect("loads");
            check(&a, options)
        });
    });
    // The app checks after every keystroke: one section's text changes, the rest are kept.
    // Two versions of section 100 take turns, so every run reads that section again.
    let mut edited = agreement.clone();
    edited.sections[100].text.push_str(" Ett ord til.");
    let mut cache = CheckCache::new();
    check_with(&mut cache, &agreement, options);
    let mut turn = false;
    c.bench_function("check after one-section edit (cached)", |b| {
        b.iter(|| {
            turn = !turn;
            let version = if turn { &edited } else { &agreement };
            check_with(&mut cache, black_box(version), options)
        });
    });
    c.bench_function("render markdown", |b| {
        b.iter(|| markdown::render(black_box(&agreement)));
    });
    c.bench_function("render html", |b| {
        b.iter(|| html::document(black_box(&agreement)));
    });
    c.bench_function("save (serialise)", |b| {
        b.iter(|| agreement_to_string(black_box(&agreement)));
    });
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(30);
    targets = bench
}
criterion_main!(benches);
