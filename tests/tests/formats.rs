//! Upgrades keep old files: every file of every format version in `tests/fixtures/formats/`
//! opens, its history verifies, and saving it then opening it again gives the same agreement.
//! A file of today's version is written back byte for byte as it was.

use std::path::{Path, PathBuf};

use avtale_core::agreement::FORMAT_VERSION;
use avtale_core::format::{agreement_from_str, agreement_to_string};
use avtale_core::store;

fn files() -> Vec<(u32, PathBuf)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/formats");
    let mut out = Vec::new();
    for dir in std::fs::read_dir(&root).expect("fixtures/formats") {
        let dir = dir.expect("entry").path();
        let Some(version) = dir
            .file_name()
            .and_then(|n| n.to_str())
            .and_then(|n| n.strip_prefix('v'))
            .and_then(|n| n.parse::<u32>().ok())
        else {
            continue;
        };
        for file in std::fs::read_dir(&dir).expect("version folder") {
            let file = file.expect("entry").path();
            if file.to_string_lossy().ends_with(".avtale.yaml") {
                out.push((version, file));
            }
        }
    }
    out.sort();
    out
}

#[test]
fn every_format_version_still_opens_verifies_and_saves() {
    let files = files();
    assert!(
        files.iter().any(|(v, _)| *v == FORMAT_VERSION),
        "add files of today's format version {FORMAT_VERSION} to tests/fixtures/formats"
    );
    assert!(files.len() >= 3, "{files:?}");
    for (version, path) in &files {
        let name = path.display();
        let text = std::fs::read_to_string(path).expect("readable");
        assert!(
            text.starts_with(&format!("format: {version}\n")),
            "{name} is in the folder of version {version}"
        );
        let agreement = store::read_agreement(path).unwrap_or_else(|e| panic!("{name}: {e:?}"));
        agreement
            .history
            .verify()
            .unwrap_or_else(|e| panic!("{name}: history {e:?}"));
        let saved = agreement_to_string(&agreement);
        let again = agreement_from_str(&saved, "saved").unwrap_or_else(|e| panic!("{name}: {e:?}"));
        assert_eq!(again, agreement, "{name}: save and open again");
        if *version == FORMAT_VERSION {
            assert_eq!(
                saved, text,
                "{name}: today's files are written back unchanged"
            );
        }
    }
}

#[test]
fn a_file_with_history_keeps_every_revision() {
    let path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/formats/v1/med-historikk.avtale.yaml");
    let agreement = store::read_agreement(&path).expect("opens");
    assert_eq!(agreement.history.latest().map(|r| r.number), Some(2));
}
