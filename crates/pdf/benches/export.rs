//! PDF export time for a 20-page and a 100-page agreement (target: under 300 ms for 20 pages),
//! made from the example agreement's real sections repeated. For each size it reports, as
//! medians: the first export in a fresh process (fonts, template and caches cold; the bench
//! runs itself as a child for this), a repeated export of the same agreement in one process
//! (Typst's caches warm), and an export after a one-word edit (what the app does on each
//! preview while someone works), with pages per second.
//!
//! Run with `cargo bench -p avtale-pdf --bench export` (release build).

use std::path::Path;
use std::process::Command;
use std::time::Instant;

use avtale_core::Agreement;
use avtale_core::agreement::SectionId;
use avtale_core::store;
use avtale_pdf::{ExportOptions, Print, export, preview};

/// The example's sections repeated until there are `sections` of them.
fn agreement(sections: usize) -> Agreement {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../examples/hovedavtale-vestland.avtale.yaml");
    let mut a = store::read_agreement(&path).expect("the example agreement");
    let base = a.sections.clone();
    a.sections = (0..sections)
        .map(|i| {
            let mut s = base[i % base.len()].clone();
            s.id = SectionId(format!("{}-{i}", s.id));
            s
        })
        .collect();
    a
}

fn millis(start: Instant) -> f64 {
    start.elapsed().as_secs_f64() * 1000.0
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

/// The fewest sections that give at least `pages` pages.
fn sections_for(pages: usize) -> usize {
    let options = ExportOptions::default();
    let mut n = 10;
    while preview(&agreement(n), Print::Whole, options)
        .expect("lays out")
        .pages
        < pages
    {
        n += 5;
    }
    n
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    // Child mode: one export in a fresh process, time printed.
    if let Some(i) = args.iter().position(|a| a == "--once") {
        let n: usize = args[i + 1].parse().expect("sections");
        let a = agreement(n);
        let start = Instant::now();
        let pdf = export(&a, ExportOptions::default()).expect("exports");
        println!("{} {}", millis(start), pdf.len());
        return;
    }
    if args.iter().any(|a| a == "--list") {
        return;
    }
    let me = std::env::current_exe().expect("the bench binary");
    println!("PDF export (medians; release build)");
    for target in [20, 100] {
        let n = sections_for(target);
        let a = agreement(n);
        let options = ExportOptions::default();
        let pages = preview(&a, Print::Whole, options).expect("lays out").pages;

        let first: Vec<f64> = (0..5)
            .map(|_| {
                let out = Command::new(&me)
                    .args(["--once", &n.to_string()])
                    .output()
                    .expect("child runs");
                let text = String::from_utf8_lossy(&out.stdout).into_owned();
                text.split_whitespace()
                    .next()
                    .and_then(|t| t.parse().ok())
                    .expect("child prints its time")
            })
            .collect();

        let _ = export(&a, options).expect("warm-up");
        let repeated: Vec<f64> = (0..10)
            .map(|_| {
                let start = Instant::now();
                let _ = export(&a, options).expect("exports");
                millis(start)
            })
            .collect();

        let edited: Vec<f64> = (0..10)
            .map(|i| {
                let mut b = a.clone();
                let k = i % b.sections.len();
                b.sections[k].text.push_str(&format!(" Endring {i}."));
                let start = Instant::now();
                let _ = export(&b, options).expect("exports");
                millis(start)
            })
            .collect();

        let (first, repeated, edited) = (median(first), median(repeated), median(edited));
        let rate = |ms: f64| pages as f64 / (ms / 1000.0);
        println!(
            "{pages:>4} pages ({n} sections): first in a process {first:7.1} ms ({:5.0} pages/s), \
             repeated {repeated:7.1} ms ({:5.0} pages/s), after a one-word edit {edited:7.1} ms ({:5.0} pages/s)",
            rate(first),
            rate(repeated),
            rate(edited)
        );
    }
}
