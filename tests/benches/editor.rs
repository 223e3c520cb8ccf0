//! Editor benchmark (a bench binary, not a timed test): with a 50-section agreement, the time
//! from starting the app to an interactive editor, and from a keystroke in a field to the
//! updated diagnostics on screen. Targets: under 1.5 s to interactive, under 50 ms per check
//! round-trip. Reports medians.
//!
//! Needs Xvfb, tauri-driver and the built app, like the end-to-end tests: `make bench-editor`.

use std::path::Path;
use std::time::{Duration, Instant};

use avtale_core::agreement::SectionId;
use avtale_core::date::Date;
use avtale_core::lang::Lang;
use avtale_core::starter::{self, NewAgreement};
use avtale_core::{TemplateSet, store};

#[path = "../support/webdriver.rs"]
mod webdriver;

use webdriver::{Driver, by_test_id, css, open};

const STARTS: usize = 7;
const KEYSTROKES: usize = 40;

/// A main agreement grown to 50 sections by repeating the starter's.
fn write_agreement(path: &Path) {
    let templates = TemplateSet::shipped().expect("templates");
    let new = NewAgreement {
        starter: "hovedavtale",
        county: Some("Vestland"),
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
    store::save_agreement(path, &agreement).expect("saved");
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

#[tokio::main(flavor = "current_thread")]
async fn main() {
    if std::env::var_os("AVTALE_APP").is_none() {
        eprintln!("editor bench: AVTALE_APP is not set; run it with `make bench-editor`");
        return;
    }
    let data = tempfile::tempdir().expect("data folder");
    let file = data.path().join("femti.avtale.yaml");
    write_agreement(&file);
    let driver = Driver::start(&[("AVTALE_DATA_DIR", data.path())]);
    let args = [file.display().to_string()];

    let mut starts = Vec::new();
    for _ in 0..STARTS {
        let begin = Instant::now();
        let client = open(&driver, &args).await;
        css(&client, "[data-testid=\"section-list\"] li:nth-child(50)").await;
        by_test_id(&client, "diagnostic-counts").await;
        starts.push(begin.elapsed().as_secs_f64() * 1000.0);
        client.close().await.expect("close");
        tokio::time::sleep(Duration::from_millis(500)).await;
    }

    let client = open(&driver, &args).await;
    by_test_id(&client, "diagnostic-counts").await;
    let mut rounds = Vec::new();
    for n in 0..KEYSTROKES {
        let ms = client
            .execute_async(KEYSTROKE, vec![serde_json::Value::Bool(n % 2 == 0)])
            .await
            .expect("keystroke")
            .as_f64()
            .expect("milliseconds");
        rounds.push(ms);
    }
    client.close().await.expect("close");

    let start_median = median(&mut starts);
    let round_median = median(&mut rounds);
    println!(
        "start to interactive (50 sections): median {start_median:.0} ms over {STARTS} starts \
         (min {:.0}, max {:.0}); target 1500 ms",
        starts[0],
        starts[starts.len() - 1]
    );
    println!(
        "keystroke to updated diagnostics: median {round_median:.1} ms over {KEYSTROKES} \
         (min {:.1}, max {:.1}); target 50 ms",
        rounds[0],
        rounds[rounds.len() - 1]
    );
}
