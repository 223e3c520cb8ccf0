//! The user guide (`docs/brukerveiledning.md`) stays true to the app: every picture it shows
//! is in `docs/bilder/` and is made by an end-to-end test (so `make guide-images` can make it
//! again), no picture lies there unused, and every control it names in bold is named so by the
//! app's own catalogue (a renamed button fails here, not in a reader's hands).

use std::collections::BTreeSet;

#[path = "../support/ftl.rs"]
#[allow(dead_code, reason = "each test file uses part of the reader")]
mod ftl;

use avtale_core::guide;

/// The guide's pictures, by file name.
fn pictures() -> Vec<String> {
    guide::guide()
        .images
        .iter()
        .map(|path| {
            path.strip_prefix("bilder/")
                .unwrap_or_else(|| panic!("{path}: the guide's pictures live in docs/bilder/"))
                .to_owned()
        })
        .collect()
}

#[test]
fn every_picture_of_the_guide_is_there_and_none_lies_unused() {
    let shown: BTreeSet<String> = pictures().into_iter().collect();
    let folder = ftl::repo().join("docs/bilder");
    let there: BTreeSet<String> = std::fs::read_dir(&folder)
        .unwrap_or_else(|err| panic!("{}: {err}", folder.display()))
        .filter_map(Result::ok)
        .map(|entry| entry.file_name().to_string_lossy().into_owned())
        .collect();
    let missing: Vec<_> = shown.difference(&there).collect();
    assert!(
        missing.is_empty(),
        "the guide shows pictures docs/bilder/ lacks: {missing:?}"
    );
    let unused: Vec<_> = there.difference(&shown).collect();
    assert!(
        unused.is_empty(),
        "docs/bilder/ holds pictures the guide does not show: {unused:?}"
    );
    for name in &shown {
        let bytes = std::fs::read(folder.join(name)).expect("readable");
        assert!(
            bytes.starts_with(b"\x89PNG\r\n\x1a\n"),
            "{name} is not a PNG"
        );
    }
}

#[test]
fn every_picture_of_the_guide_is_made_by_one_end_to_end_test() {
    let e2e = std::fs::read_to_string(ftl::repo().join("tests/tests/e2e.rs")).expect("e2e.rs");
    for name in pictures() {
        let stem = name.strip_suffix(".png").expect("a PNG");
        assert!(
            stem.starts_with("guide-"),
            "{name}: the guide's pictures are named guide-*, so make guide-images finds them"
        );
        let calls = e2e.matches(&format!("shot(&client, \"{stem}\")")).count();
        assert_eq!(
            calls, 1,
            "{name}: made by {calls} shot() calls in tests/tests/e2e.rs; make guide-images needs one"
        );
    }
}

/// The phrases the guide sets in bold, with the line each is on.
fn bold_phrases(markdown: &str) -> Vec<(usize, String)> {
    let mut phrases = Vec::new();
    for (n, line) in markdown.lines().enumerate() {
        let mut rest = line;
        while let Some(start) = rest.find("**") {
            let after = &rest[start + 2..];
            let Some(end) = after.find("**") else {
                // A phrase broken over two lines: the next line holds its end.
                panic!(
                    "docs/brukerveiledning.md:{}: a bold phrase runs over the line; keep it on one",
                    n + 1
                );
            };
            phrases.push((n + 1, after[..end].to_owned()));
            rest = &after[end + 2..];
        }
    }
    phrases
}

#[test]
fn every_control_the_guide_names_is_named_so_by_the_app() {
    // The bokmål texts the app shows as they stand: messages without variables.
    let mut labels = BTreeSet::new();
    for file in ["app.ftl", "core.ftl"] {
        let messages = ftl::read("nb", file).unwrap_or_else(|e| panic!("{}", e.join("\n")));
        for m in messages.into_iter().filter(|m| m.variables.is_empty()) {
            labels.extend(m.texts.into_iter().map(|t| t.trim().to_owned()));
        }
    }
    let phrases = bold_phrases(guide::SOURCE);
    assert!(
        phrases.len() > 40,
        "only {} bold phrases found",
        phrases.len()
    );
    let unknown: Vec<String> = phrases
        .iter()
        .filter(|(_, p)| !labels.contains(p.as_str()))
        .map(|(line, p)| format!("docs/brukerveiledning.md:{line}: «{p}»"))
        .collect();
    assert!(
        unknown.is_empty(),
        "the guide names controls the app does not show by these words (bold is for the app's \
         own labels):\n{}",
        unknown.join("\n")
    );
}

#[test]
fn the_reader_of_bold_phrases_finds_them_as_written() {
    assert_eq!(
        bold_phrases("Velg **Ny avtale** og så **Lagre**.\nIngen her."),
        [(1, "Ny avtale".to_owned()), (1, "Lagre".to_owned())]
    );
}
