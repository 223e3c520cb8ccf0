//! End-to-end tests of Avtale; see the files under `tests/`. The library holds what the tests
//! share: the one golden-file harness of the repository.

use std::path::{Path, PathBuf};

/// The folder of golden files.
pub fn golden_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("golden")
}

/// Compares `actual` with the golden file `name`, or rewrites the file when the environment
/// variable `UPDATE_GOLDEN` is set (the one switch for every golden file). A difference names
/// the first line that differs.
///
/// # Panics
/// When the golden file is missing or differs.
pub fn assert_golden(name: &str, actual: &str) {
    let path = golden_dir().join(name);
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&path, actual).expect("golden file writable");
        return;
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_else(|_| {
        panic!(
            "missing golden file {}: run with UPDATE_GOLDEN=1",
            path.display()
        )
    });
    if expected != actual {
        let lines = |s: &str| {
            s.split('\n')
                .map(|l| l.trim_end_matches('\r').to_owned())
                .collect::<Vec<_>>()
        };
        let (e, a) = (lines(&expected), lines(actual));
        let first = e
            .iter()
            .zip(&a)
            .position(|(x, y)| x != y)
            .unwrap_or(e.len().min(a.len()));
        panic!(
            "{name} differs from its golden file at line {}:\n  golden: {:?}\n  actual: {:?}\n(run with UPDATE_GOLDEN=1 to accept)",
            first + 1,
            e.get(first),
            a.get(first)
        );
    }
}
