//! A crash never loses the last saved file: `avtale commit` is killed (SIGKILL) at many points
//! while it reads, adds a revision and saves, and after every kill the file on disk is complete,
//! loads, its history verifies, and it is either the version before the commit or the one
//! after. Temporary files the killed processes left are cleared by the next save.

mod support;

use std::process::{Command, Stdio};
use std::time::Duration;

use avtale_core::store;
use support::example;

/// A small deterministic generator, so a failing run can be repeated exactly.
struct Lcg(u64);

impl Lcg {
    fn below(&mut self, n: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 33) % n
    }
}

#[test]
fn a_commit_killed_at_any_moment_leaves_the_old_or_the_new_file() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("avtale.avtale.yaml");
    std::fs::copy(example(), &file).expect("copy");
    let f = file.display().to_string();
    let mut rng = Lcg(20_261_124);
    let mut revisions = 0;
    let mut completed = 0;
    let mut killed = 0;
    for i in 0..100 {
        let before = std::fs::read(&file).expect("the file");
        let mut child = Command::new(env!("CARGO_BIN_EXE_avtale"))
            .args([
                "commit",
                &f,
                "-m",
                &format!("runde {i}"),
                "--author",
                "Kari",
                // A named revision is made even when the text has not changed.
                "--name",
                &format!("Runde {i}"),
            ])
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("avtale starts");
        std::thread::sleep(Duration::from_micros(rng.below(60_000)));
        // SIGKILL: no chance to clean up, as when the power goes.
        let _ = child.kill();
        let output = child.wait_with_output().expect("reaped");
        let status = output.status;
        let said = String::from_utf8_lossy(&output.stderr);
        assert!(
            status.success() || said.is_empty(),
            "round {i}: a commit that was not killed failed: {said}"
        );
        if status.success() {
            completed += 1;
        } else {
            killed += 1;
        }
        let agreement = store::read_agreement(&file)
            .unwrap_or_else(|e| panic!("round {i}: the file does not load: {e:?}"));
        agreement
            .history
            .verify()
            .unwrap_or_else(|e| panic!("round {i}: history broken: {e:?}"));
        let n = agreement.history.latest().map_or(0, |r| r.number);
        if n == revisions {
            assert_eq!(
                std::fs::read(&file).expect("file"),
                before,
                "round {i}: without the new revision the file is exactly the old one"
            );
        } else {
            assert_eq!(n, revisions + 1, "round {i}: at most one revision added");
            revisions = n;
        }
    }
    assert!(killed > 10, "{killed} runs were killed mid-way");
    assert!(completed > 0 || revisions > 0, "some commits got through");
    // One more commit that runs to the end clears what the killed ones left.
    let out = Command::new(env!("CARGO_BIN_EXE_avtale"))
        .args([
            "commit", &f, "-m", "siste", "--author", "Kari", "--name", "Siste",
        ])
        .output()
        .expect("avtale runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let leftovers: Vec<String> = std::fs::read_dir(dir.path())
        .expect("dir")
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty(), "temporary files left: {leftovers:?}");
    eprintln!("{killed} killed, {completed} completed, {revisions} revisions kept");
}
