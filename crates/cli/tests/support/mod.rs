//! What the CLI's test files share: running the binary with a hang guard, reading its output,
//! the example agreement, and poppler's tools.
#![allow(dead_code, reason = "each test file uses a part")]

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

pub(crate) fn avtale(args: &[&str]) -> Output {
    avtale_in(args, None)
}

/// Runs the binary with a hang guard: a run that takes more than 20 s is a failure.
pub(crate) fn avtale_in(args: &[&str], dir: Option<&Path>) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_avtale"));
    cmd.args(args)
        .env("NO_COLOR", "1")
        .env_remove("AVTALE_TEMPLATES");
    if let Some(dir) = dir {
        cmd.current_dir(dir);
    }
    let mut child = cmd
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("avtale starts");
    let started = Instant::now();
    loop {
        if child.try_wait().expect("waitable").is_some() {
            return child.wait_with_output().expect("output");
        }
        if started.elapsed() > Duration::from_secs(20) {
            let _ = child.kill();
            panic!("avtale {args:?} hung");
        }
        std::thread::sleep(Duration::from_millis(10));
    }
}

pub(crate) fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

pub(crate) fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

pub(crate) fn example() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/hovedavtale-vestland.avtale.yaml")
}

pub(crate) fn write(dir: &Path, name: &str, content: &[u8]) -> String {
    let path = dir.join(name);
    std::fs::write(&path, content).expect("writable");
    path.display().to_string()
}

/// The text of a PDF, as poppler's pdftotext extracts it (installed by make test).
pub(crate) fn pdftotext(pdf: &Path) -> String {
    let out = std::process::Command::new("pdftotext")
        .arg(pdf)
        .arg("-")
        .output()
        .expect("pdftotext");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// What poppler's pdfinfo says of a PDF.
pub(crate) fn pdfinfo(pdf: &Path) -> String {
    let out = Command::new("pdfinfo").arg(pdf).output().expect("pdfinfo");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// The PDF's text with all whitespace as single spaces (lines and hyphenation aside).
pub(crate) fn pdftext_flat(pdf: &Path) -> String {
    pdftotext(pdf)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}
