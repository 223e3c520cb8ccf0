//! The one message catalogue (`locales/<locale>/*.ftl`, Project Fluent): every file parses, every
//! message is in bokmål, nynorsk and English with the same variables, no id is in two files,
//! every message is used and every message the code asks for exists, the page repeats none of
//! the core's messages, and counts choose their words by the language's plural rules.

#[path = "../support/ftl.rs"]
#[allow(dead_code, reason = "each test file uses part of the reader")]
mod ftl;

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use avtale_core::Locale;
use avtale_core::catalogue;

/// Every message of every file of every locale, by (locale, file).
fn all() -> BTreeMap<(&'static str, &'static str), Vec<ftl::Message>> {
    let mut out = BTreeMap::new();
    let mut problems = Vec::new();
    for locale in ftl::LOCALES {
        for file in ftl::FILES {
            match ftl::read(locale, file) {
                Ok(messages) => {
                    out.insert((locale, file), messages);
                }
                Err(errors) => problems.extend(errors),
            }
        }
    }
    assert!(
        problems.is_empty(),
        "Fluent files that do not parse:\n{}",
        problems.join("\n")
    );
    out
}

#[test]
fn every_fluent_file_parses_and_holds_messages() {
    let all = all();
    for ((locale, file), messages) in &all {
        assert!(
            messages.len() > 5,
            "{}: only {} messages",
            ftl::relative(locale, file),
            messages.len()
        );
    }
}

#[test]
fn every_message_is_in_every_language_with_the_same_variables() {
    let all = all();
    let mut problems = Vec::new();
    for file in ftl::FILES {
        let by_id = |locale: &str| -> BTreeMap<String, &ftl::Message> {
            all[&(
                ftl::LOCALES
                    .iter()
                    .find(|l| **l == locale)
                    .copied()
                    .unwrap_or("nb"),
                file,
            )]
                .iter()
                .map(|m| (m.id.clone(), m))
                .collect()
        };
        let nb = by_id("nb");
        for locale in ["nn", "en"] {
            let other = by_id(locale);
            for (id, m) in &nb {
                match other.get(id) {
                    None => problems.push(format!(
                        "{}:{}: {id} has no {locale} text",
                        ftl::relative("nb", file),
                        m.line
                    )),
                    Some(o) if o.variables != m.variables => problems.push(format!(
                        "{}:{}: {id} takes {:?} in {locale}, {:?} in nb",
                        ftl::relative(locale, file),
                        o.line,
                        o.variables,
                        m.variables
                    )),
                    Some(o) if o.texts.iter().all(|t| t.trim().is_empty()) => problems.push(
                        format!("{}:{}: {id} is empty", ftl::relative(locale, file), o.line),
                    ),
                    Some(_) => {}
                }
            }
            for (id, o) in &other {
                if !nb.contains_key(id) {
                    problems.push(format!(
                        "{}:{}: {id} has no bokmål text",
                        ftl::relative(locale, file),
                        o.line
                    ));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn no_message_id_is_in_two_files_or_twice_in_one() {
    let all = all();
    let mut seen: BTreeMap<&str, String> = BTreeMap::new();
    let mut problems = Vec::new();
    for file in ftl::FILES {
        for m in &all[&("nb", file)] {
            let here = format!("{}:{}", ftl::relative("nb", file), m.line);
            if let Some(first) = seen.insert(&m.id, here.clone()) {
                problems.push(format!("{here}: {} is also at {first}", m.id));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// Every source file that can show a message: the Rust crates and the page.
fn sources() -> Vec<(String, String)> {
    fn walk(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                if !path.ends_with("bindings") && !path.ends_with("node_modules") {
                    walk(&path, out);
                }
            } else if path
                .extension()
                .is_some_and(|e| e == "rs" || e == "ts" || e == "svelte")
                && !path.to_string_lossy().ends_with(".test.ts")
            {
                out.push(path);
            }
        }
    }
    let root = ftl::repo();
    let mut files = Vec::new();
    for dir in [
        "crates/core/src",
        "crates/cli/src",
        "crates/pdf/src",
        "crates/word/src",
        "src-tauri/src",
        "ui/src",
    ] {
        walk(&root.join(dir), &mut files);
    }
    files
        .into_iter()
        .map(|p| {
            let text = std::fs::read_to_string(&p).unwrap_or_default();
            let name = p.strip_prefix(&root).unwrap_or(&p).display().to_string();
            (name, text)
        })
        .collect()
}

/// Message families whose ids are made from data rather than written out, and where.
const MADE_FROM_DATA: [(&str, &str); 2] = [
    (
        "field-",
        "messages::field_name: a field of the file by its key (field-<key>)",
    ),
    (
        "cli-help-",
        "crates/cli/src/help.rs: the help of a command, argument or value by its path in clap's \
         Command (cli-help-check--format--json); the CLI's own test finds each one present",
    ),
];

#[test]
fn every_message_is_used_and_every_message_asked_for_exists() {
    let all = all();
    let sources = sources();
    let mut problems = Vec::new();
    let mut known = BTreeSet::new();
    for file in ftl::FILES {
        for m in &all[&("nb", file)] {
            known.insert(m.id.clone());
            let quoted = format!("\"{}\"", m.id);
            let used = sources.iter().any(|(_, text)| text.contains(&quoted))
                || MADE_FROM_DATA
                    .iter()
                    .any(|(prefix, _)| m.id.starts_with(prefix));
            if !used {
                problems.push(format!(
                    "{}:{}: {} is not used anywhere",
                    ftl::relative("nb", file),
                    m.line,
                    m.id
                ));
            }
        }
    }
    // The Rust side asks by literal id: msg!(l, "id", …), catalogue::text(l, "id", …),
    // catalogue::lookup(l, "id", …), the CLI's heading("id"), or an id in a table (label-…,
    // diff-summary-…, cli-…).
    let asks = [
        ("msg!(", true),
        ("catalogue::text(", true),
        ("catalogue::lookup(", true),
        ("heading(", false),
    ];
    for (name, text) in sources
        .iter()
        .filter(|(n, _)| n.ends_with(".rs") && !n.ends_with("catalogue.rs"))
    {
        let line = |at: usize| text[..at].matches('\n').count() + 1;
        for (call, after_locale) in asks {
            for (at, _) in text.match_indices(call) {
                let mut rest = &text[at + call.len()..];
                if after_locale {
                    let Some(comma) = rest.find(',') else {
                        continue;
                    };
                    rest = &rest[comma + 1..];
                }
                let rest = rest.trim_start();
                let Some(literal) = rest.strip_prefix('"').and_then(|r| r.split('"').next()) else {
                    continue;
                };
                if !known.contains(literal) {
                    problems.push(format!(
                        "{name}:{}: asks for {literal}, which no .ftl file holds",
                        line(at)
                    ));
                }
            }
        }
        for (at, _) in text.match_indices('"') {
            let Some(literal) = text[at + 1..].split('"').next() else {
                continue;
            };
            // A literal ending in '-' is the prefix of ids made from data, not an id.
            let tabled = ["label-", "diff-summary-", "cli-"]
                .iter()
                .any(|p| literal.starts_with(p))
                && !literal.ends_with('-')
                && literal
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
            if tabled && !known.contains(literal) {
                problems.push(format!(
                    "{name}:{}: asks for {literal}, which no .ftl file holds",
                    line(at)
                ));
            }
        }
    }
    problems.sort();
    problems.dedup();
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_page_repeats_no_message_of_the_core() {
    let all = all();
    let triple = |file: &'static str, id: &str| -> Vec<Vec<String>> {
        ftl::LOCALES
            .iter()
            .map(|l| {
                all[&(*l, file)]
                    .iter()
                    .find(|m| m.id == id)
                    .map(|m| m.texts.clone())
                    .unwrap_or_default()
            })
            .collect()
    };
    let mut core: BTreeMap<Vec<Vec<String>>, String> = BTreeMap::new();
    for m in &all[&("nb", "core.ftl")] {
        core.entry(triple("core.ftl", &m.id))
            .or_insert_with(|| m.id.clone());
    }
    let mut problems = Vec::new();
    for file in ["app.ftl", "cli.ftl"] {
        for m in &all[&("nb", file)] {
            if let Some(same) = core.get(&triple(file, &m.id)) {
                problems.push(format!(
                    "{}:{}: {} says what core.ftl's {same} says in every language: use that one",
                    ftl::relative("nb", file),
                    m.line,
                    m.id
                ));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn counts_choose_their_words_by_the_language_s_plural_rules() {
    let summary = |l: Locale, errors: u32, warnings: u32| {
        catalogue::text(
            l,
            "cli-check-summary",
            &[("errors", errors.into()), ("warnings", warnings.into())],
        )
    };
    assert_eq!(summary(Locale::Nb, 0, 1), "0 feil, 1 advarsel");
    assert_eq!(summary(Locale::Nb, 2, 3), "2 feil, 3 advarsler");
    assert_eq!(summary(Locale::Nn, 1, 1), "1 feil, 1 åtvaring");
    assert_eq!(summary(Locale::Nn, 1, 2), "1 feil, 2 åtvaringar");
    assert_eq!(summary(Locale::En, 1, 0), "1 error, 0 warnings");
    assert_eq!(
        avtale_core::messages::history_intact(1, Locale::Nb),
        "Historikken er intakt: 1 revisjon, ingen endret, fjernet eller flyttet."
    );
    assert_eq!(
        avtale_core::messages::history_intact(2, Locale::En),
        "The history is intact: 2 revisions, none edited, removed or moved."
    );
}

#[test]
fn a_message_missing_from_the_catalogue_shows_its_id_not_nothing() {
    assert_eq!(
        catalogue::text(Locale::Nb, "no-such-message", &[]),
        "no-such-message"
    );
    assert_eq!(catalogue::lookup(Locale::Nb, "no-such-message", &[]), None);
}
