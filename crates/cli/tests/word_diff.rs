//! The contract of `avtale diff FILE[@N] EDITED.docx`: a counterpart's Word copy compared with
//! the revision it was exported from, the authors of tracked changes and the comments under
//! their sections; a copy Avtale did not export is refused with a pointer to the import.

mod support;

#[path = "../../../tests/support/docx_edit.rs"]
mod docx_edit;

use docx_edit::Package;
use support::{avtale, example, stderr, stdout};

#[test]
fn diff_reads_a_counterparts_word_copy() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("avtale.avtale.yaml");
    std::fs::copy(example(), &file).expect("copy");
    let f = file.display().to_string();
    let commit = avtale(&["commit", &f, "-m", "Sendt til Nav", "--author", "Kari"]);
    assert_eq!(commit.status.code(), Some(0), "{}", stderr(&commit));
    let sent = dir.path().join("sendt.docx");
    let export = avtale(&["docx", &f, "-o", &sent.display().to_string()]);
    assert_eq!(export.status.code(), Some(0), "{}", stderr(&export));

    // Unedited: no change.
    let same = avtale(&["diff", &f, &sent.display().to_string()]);
    assert_eq!(same.status.code(), Some(0), "{}", stderr(&same));
    assert_eq!(stdout(&same).trim(), "Ingen endringer.");

    // Edited as Word would.
    let mut package = Package::open(&std::fs::read(&sent).expect("exported"));
    package.replace_phrase("og kommer i arbeid.", "og får varig arbeid.");
    package.track_replace("uten både skole og ", "jobb", "arbeid", "Kari Nordmann");
    package.comment(
        "Altfor mange ungdommer",
        "Ola Normann",
        "Har vi tall for dette?",
    );
    let back = dir.path().join("tilbake.docx");
    std::fs::write(&back, package.bytes()).expect("written");
    let b = back.display().to_string();
    let out = avtale(&["diff", &format!("{f}@1"), &b]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(text.starts_with("2 punkter endret."), "{text}");
    assert!(
        // The comparison goes word by word: each replaced word struck beside its successor.
        text.contains("[-kommer-]{+får+} [-i-]{+varig+}"),
        "{text}"
    );
    assert!(
        text.contains("[-jobb.-]") && text.contains("{+arbeid.+}"),
        "{text}"
    );
    let bakgrunn = text
        .split("\n\n")
        .find(|p| p.contains("Bakgrunn"))
        .expect("section");
    assert!(
        bakgrunn.contains("Sporet endring av Kari Nordmann: satt inn «arbeid»; slettet «jobb»"),
        "{text}"
    );
    assert!(
        bakgrunn.contains("Kommentar fra Ola Normann «Altfor mange ungdommer"),
        "{text}"
    );
    assert!(bakgrunn.contains("Har vi tall for dette?"), "{text}");

    let json = stdout(&avtale(&["diff", &f, &b, "--format", "json"]));
    let value: serde_json::Value = serde_json::from_str(&json).expect("json");
    assert_eq!(value["revision"], 1);
    assert_eq!(value["comparison"]["summary"]["changed"], 2);
    assert_eq!(value["comments"][0]["section_id"], "bakgrunn");
    assert_eq!(value["changes"].as_array().map(Vec::len), Some(2));

    // A Word file Avtale did not export.
    let mut package = Package::open(&std::fs::read(&sent).expect("exported"));
    let id = {
        let yaml = std::fs::read_to_string(&file).expect("file");
        yaml.lines()
            .find_map(|l| l.trim().strip_prefix("id: ").map(str::to_owned))
            .expect("an id")
    };
    package.set_agreement_id(&id, "");
    let foreign = dir.path().join("fremmed.docx");
    std::fs::write(&foreign, package.bytes()).expect("written");
    let refused = avtale(&["diff", &f, &foreign.display().to_string()]);
    assert_eq!(refused.status.code(), Some(2));
    assert!(
        stderr(&refused).contains("Importer fra Word"),
        "{}",
        stderr(&refused)
    );
}
