//! A full disk never costs the saved file: saving a bigger version onto a small, full tmpfs
//! fails with a typed error and a clear message, the old file stays byte for byte, and no
//! temporary file is left. Mounting needs root (as CI has); without it the test says why and
//! checks nothing else.

use std::path::{Path, PathBuf};
use std::process::Command;

use avtale_core::format::agreement_from_str;
use avtale_core::{Locale, store};

/// A tmpfs mount that is unmounted however the test ends.
struct Mount(PathBuf);

impl Drop for Mount {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg(&self.0).status();
    }
}

fn mount_small_tmpfs(dir: &Path) -> Option<Mount> {
    let ok = Command::new("mount")
        .args(["-t", "tmpfs", "-o", "size=64k", "tmpfs"])
        .arg(dir)
        .status()
        .is_ok_and(|s| s.success());
    ok.then(|| Mount(dir.to_path_buf()))
}

#[test]
fn a_full_disk_keeps_the_old_file_and_says_so() {
    let dir = tempfile::tempdir().expect("temp dir");
    let Some(_mount) = mount_small_tmpfs(dir.path()) else {
        eprintln!("skipped: cannot mount a tmpfs here (needs root)");
        return;
    };
    let text = include_str!("../../../examples/hovedavtale-vestland.avtale.yaml");
    let agreement = agreement_from_str(text, "example").expect("example");
    let file = dir.path().join("avtale.avtale.yaml");
    store::save_agreement(&file, &agreement).expect("the first save fits");
    let saved = std::fs::read(&file).expect("saved");

    // Fill the rest of the disk: write ever smaller files until not even 512 bytes fit.
    let mut size = 64 * 1024;
    let mut n = 0;
    while size >= 512 {
        let filler = dir.path().join(format!("fyll-{n}"));
        n += 1;
        if std::fs::write(&filler, vec![0u8; size]).is_err() {
            let _ = std::fs::remove_file(&filler);
            size /= 2;
        }
    }

    let mut bigger = agreement.clone();
    bigger.sections[0].text.push_str(&"Mer tekst. ".repeat(500));
    let err = store::save_agreement(&file, &bigger).expect_err("the disk is full");
    assert!(
        matches!(err, avtale_core::error::SaveError::DiskFull { .. }),
        "{err:?}"
    );
    let message = err.report(Locale::Nb);
    assert!(message.contains("disken er full"), "{message}");
    assert!(
        message.contains("forrige versjonen av filen er beholdt"),
        "{message}"
    );
    assert_eq!(
        std::fs::read(&file).expect("still there"),
        saved,
        "the old file is intact"
    );
    let temps: Vec<_> = std::fs::read_dir(dir.path())
        .expect("dir")
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
        .collect();
    assert!(temps.is_empty(), "no temporary file left");
}
