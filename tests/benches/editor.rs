//! Editor benchmark (a bench binary, not a timed test): with a 50-section agreement, without
//! history and with 300 revisions, in one run: the time from starting the app to an
//! interactive editor, from a keystroke in a field to the updated diagnostics on screen, and the
//! memory (resident set size) of the app and its web process before and after 500 edits.
//! Targets: under 1.5 s to interactive, under 40 ms per keystroke round-trip, and the
//! agreement with history within 1.2x of the one without. Reports medians.
//!
//! Needs Xvfb, tauri-driver and the built app, like the end-to-end tests: `make bench-editor`.

use std::path::Path;
use std::time::{Duration, Instant};

use avtale_core::agreement::SectionId;
use avtale_core::date::Date;
use avtale_core::history::{RevisionInfo, Timestamp};
use avtale_core::lang::Lang;
use avtale_core::starter::{self, NewAgreement};
use avtale_core::{TemplateSet, store};

#[path = "../support/webdriver.rs"]
mod webdriver;

use webdriver::{Driver, by_test_id, css, open};

const STARTS: usize = 7;
const KEYSTROKES: usize = 40;
const EDITS: usize = 500;
const REVISIONS: usize = 300;

/// A main agreement grown to 50 sections by repeating the starter's; with `revisions`, that
/// many revisions of it, each changing one section's text.
fn write_agreement(path: &Path, revisions: usize) {
    let templates = TemplateSet::shipped().expect("templates");
    let new = NewAgreement {
        starter: "hovedavtale",
        county: Some("Vestland"),
        municipality: None,
        lang: Lang::Nb,
        today: Date::from_ymd(2026, 11, 22).expect("date"),
        id: "bench".into(),
    };
    let mut agreement = starter::create(&templates, &new).expect("starter");
    let base = agreement.sections.clone();
    agreement.sections = (0..50)
        .map(|i| {
            let mut s = base[i % base.len()].clone();
            s.id = SectionId(format!("{}-{i}", s.id));
            s
        })
        .collect();
    let time = Timestamp::parse("2026-12-06T10:00:00+01:00").expect("time");
    for n in 0..revisions {
        let len = agreement.sections.len();
        agreement.sections[n % len]
            .text
            .push_str(&format!(" Endring {n}."));
        let info = RevisionInfo {
            author: "Bench".into(),
            time,
            message: format!("Revisjon {n}"),
            name: None,
        };
        avtale_core::workflow::commit(&mut agreement, info, None).expect("commit");
    }
    store::save_agreement(path, &agreement).expect("saved");
}

/// Resident set size in MiB of the processes whose command line contains `name`, summed.
fn rss_mib(name: &str) -> f64 {
    let mut total = 0.0;
    for entry in std::fs::read_dir("/proc").into_iter().flatten().flatten() {
        let dir = entry.path();
        let cmdline = std::fs::read(dir.join("cmdline")).unwrap_or_default();
        if !String::from_utf8_lossy(&cmdline).contains(name) {
            continue;
        }
        let status = std::fs::read_to_string(dir.join("status")).unwrap_or_default();
        if let Some(kb) = status
            .lines()
            .find_map(|l| l.strip_prefix("VmRSS:"))
            .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<f64>().ok())
        {
            total += kb / 1024.0;
        }
    }
    total
}

/// What one agreement measured.
struct Measured {
    start: f64,
    keystroke: f64,
    keystroke_range: (f64, f64),
    memory: [(f64, f64); 2],
}

fn median(values: &mut [f64]) -> f64 {
    values.sort_by(f64::total_cmp);
    values[values.len() / 2]
}

/// In the page: types into the title field (adding or removing a placeholder, which adds or
/// removes a diagnostic) and resolves with the milliseconds until the diagnostic count shown
/// changes.
const KEYSTROKE: &str = r#"
const done = arguments[arguments.length - 1];
const withPlaceholder = arguments[0];
const field = document.querySelector('[data-field="meta.title"]');
const counts = document.querySelector('[data-testid="diagnostic-counts"]');
const before = counts.textContent;
const observer = new MutationObserver(() => {
  if (counts.textContent !== before) {
    observer.disconnect();
    done(performance.now() - start);
  }
});
observer.observe(counts, { childList: true, characterData: true, subtree: true });
const start = performance.now();
field.value = withPlaceholder ? "Samarbeidsavtale {{navn}}" : "Samarbeidsavtale";
field.dispatchEvent(new Event("input", { bubbles: true }));
"#;

async fn measure(driver: &Driver, file: &Path) -> Measured {
    let args = [file.display().to_string()];
    let mut starts = Vec::new();
    for _ in 0..STARTS {
        let begin = Instant::now();
        let client = open(driver, &args).await;
        css(&client, "[data-testid=\"section-list\"] li:nth-child(50)").await;
        by_test_id(&client, "diagnostic-counts").await;
        starts.push(begin.elapsed().as_secs_f64() * 1000.0);
        client.close().await.expect("close");
        tokio::time::sleep(Duration::from_millis(500)).await;
    }

    let client = open(driver, &args).await;
    by_test_id(&client, "diagnostic-counts").await;
    let before = [rss_mib("avtale-app"), rss_mib("WebKitWebProcess")];
    let mut rounds = Vec::new();
    for n in 0..EDITS {
        let ms = client
            .execute_async(KEYSTROKE, vec![serde_json::Value::Bool(n % 2 == 0)])
            .await
            .expect("keystroke")
            .as_f64()
            .expect("milliseconds");
        // The first keystrokes are the ones timed; the rest grow the undo history.
        if n < KEYSTROKES {
            rounds.push(ms);
        }
    }
    let after = [rss_mib("avtale-app"), rss_mib("WebKitWebProcess")];
    client.close().await.expect("close");
    tokio::time::sleep(Duration::from_millis(500)).await;
    let keystroke = median(&mut rounds);
    Measured {
        start: median(&mut starts),
        keystroke,
        keystroke_range: (rounds[0], rounds[rounds.len() - 1]),
        memory: [(before[0], after[0]), (before[1], after[1])],
    }
}

fn report(name: &str, m: &Measured) {
    println!(
        "{name}: start to interactive median {:.0} ms over {STARTS} starts (target 1500 ms); \
         keystroke to updated diagnostics median {:.1} ms over {KEYSTROKES} (min {:.1}, max {:.1}; \
         target 40 ms)",
        m.start, m.keystroke, m.keystroke_range.0, m.keystroke_range.1
    );
    println!(
        "{name}: memory before and after {EDITS} edits: app {:.0} -> {:.0} MiB (+{:.0}), web \
         process {:.0} -> {:.0} MiB (+{:.0})",
        m.memory[0].0,
        m.memory[0].1,
        m.memory[0].1 - m.memory[0].0,
        m.memory[1].0,
        m.memory[1].1,
        m.memory[1].1 - m.memory[1].0
    );
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    if std::env::var_os("AVTALE_APP").is_none() {
        eprintln!("editor bench: AVTALE_APP is not set; run it with `make bench-editor`");
        return;
    }
    let data = tempfile::tempdir().expect("data folder");
    let plain = data.path().join("femti.avtale.yaml");
    let long = data.path().join("femti-historikk.avtale.yaml");
    write_agreement(&plain, 0);
    write_agreement(&long, REVISIONS);
    let size = |p: &Path| std::fs::metadata(p).map(|m| m.len() / 1024).unwrap_or(0);
    println!(
        "agreements: 50 sections without history ({} KiB), with {REVISIONS} revisions ({} KiB)",
        size(&plain),
        size(&long)
    );
    let driver = Driver::start(&[("AVTALE_DATA_DIR", data.path())]);
    let without = measure(&driver, &plain).await;
    let with = measure(&driver, &long).await;
    report("without history", &without);
    report(&format!("with {REVISIONS} revisions"), &with);
    println!(
        "ratio with/without history: keystroke {:.2} (target <= 1.2), start {:.2}",
        with.keystroke / without.keystroke,
        with.start / without.start
    );
}
