//! The `avtale` command-line contract: each command, each exit code, and a clear one-line error
//! with file, line and column for each kind of bad input, without a panic or a hang.

mod support;

use std::path::Path;
use std::process::Output;

use support::{avtale, avtale_in, example, stderr, stdout, write};

/// Asserts exit code 2 and one line on stderr that starts with `file:line:col:` (or `file:`
/// when the problem has no place) and contains `needle`.
fn assert_bad_input(file: &str, out: &Output, line_col: bool, needle: &str) {
    assert_eq!(
        out.status.code(),
        Some(2),
        "stdout: {}\nstderr: {}",
        stdout(out),
        stderr(out)
    );
    let err = stderr(out);
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(lines.len(), 1, "one line expected: {err}");
    assert!(!err.contains("panicked"), "{err}");
    let rest = lines[0]
        .strip_prefix(&format!("{file}:"))
        .unwrap_or_else(|| panic!("names the file: {err}"));
    if line_col {
        let mut parts = rest.splitn(3, ':');
        let line: usize = parts
            .next()
            .and_then(|p| p.parse().ok())
            .unwrap_or_else(|| panic!("a line: {err}"));
        let col: usize = parts
            .next()
            .and_then(|p| p.parse().ok())
            .unwrap_or_else(|| panic!("a column: {err}"));
        assert!(line >= 1 && col >= 1, "{err}");
    }
    assert!(err.contains(needle), "expected `{needle}` in: {err}");
}

#[test]
fn new_creates_each_starter_and_check_reports_its_placeholders() {
    let dir = tempfile::tempdir().expect("temp dir");
    for starter in ["hovedavtale", "underavtale-ot", "handlingsplan"] {
        for lang in ["nb", "nn"] {
            let file = format!("{starter}-{lang}.avtale.yaml");
            let out = avtale_in(
                &[
                    "new",
                    "--starter",
                    starter,
                    "--county",
                    "Vestland",
                    "--lang",
                    lang,
                    "-o",
                    &file,
                ],
                Some(dir.path()),
            );
            assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
            let text = std::fs::read_to_string(dir.path().join(&file)).expect("created");
            assert!(text.starts_with("format: 1\n"), "{text}");
            assert!(text.contains("Vestland"));

            let out = avtale_in(&["check", &file], Some(dir.path()));
            assert_eq!(
                out.status.code(),
                Some(1),
                "placeholders are errors: {}",
                stdout(&out)
            );
            for line in stdout(&out).lines() {
                // FILE:LINE:COL: error|warning[CODE]: message
                let (place, rest) = line.split_once(": ").expect("place then message");
                let mut parts = place.rsplitn(3, ':');
                let col: usize = parts.next().and_then(|c| c.parse().ok()).expect("column");
                let row: usize = parts.next().and_then(|c| c.parse().ok()).expect("line");
                assert_eq!(parts.next(), Some(file.as_str()));
                assert!(row >= 1 && col >= 1);
                assert!(
                    rest.starts_with("error[AV") || rest.starts_with("warning[AV"),
                    "{line}"
                );
                if rest.starts_with("error[") {
                    assert!(
                        rest.starts_with("error[AV001]"),
                        "only placeholders are errors in a starter: {line}"
                    );
                }
            }
        }
    }
}

#[test]
fn new_refuses_to_overwrite_without_force() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = write(dir.path(), "a.avtale.yaml", b"format: 1\n");
    let out = avtale(&["new", "--starter", "hovedavtale", "-o", &file]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        std::fs::read(&file).expect("kept"),
        b"format: 1\n",
        "the file is untouched"
    );
    let out = avtale(&["new", "--starter", "hovedavtale", "-o", &file, "--force"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
}

#[test]
fn check_exits_0_on_a_complete_agreement_and_prints_json() {
    let file = example().display().to_string();
    let out = avtale(&["check", &file]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}{}",
        stdout(&out),
        stderr(&out)
    );
    let out = avtale(&["check", &file, "--format", "json"]);
    assert_eq!(out.status.code(), Some(0));
    let value: serde_json::Value = serde_json::from_str(&stdout(&out)).expect("JSON");
    assert!(value.is_array());
}

#[test]
fn check_exits_1_with_the_place_of_each_error() {
    let dir = tempfile::tempdir().expect("temp dir");
    let text = std::fs::read_to_string(example()).expect("example");
    // A task whose responsible party does not exist.
    let broken = text.replacen("responsible: fk", "responsible: fylket", 1);
    let file = write(dir.path(), "broken.avtale.yaml", broken.as_bytes());
    let out = avtale(&["check", &file, "--format", "json"]);
    assert_eq!(out.status.code(), Some(1), "{}", stdout(&out));
    let items: Vec<serde_json::Value> = serde_json::from_str(&stdout(&out)).expect("JSON");
    let unknown = items
        .iter()
        .find(|d| d["code"] == "AV003")
        .expect("AV003 reported");
    let line = unknown["line"].as_u64().expect("line") as usize;
    assert!(
        broken
            .lines()
            .nth(line - 1)
            .expect("the line exists")
            .contains("responsible: fylket"),
        "line {line}"
    );
    assert!(
        unknown["message"]
            .as_str()
            .expect("message")
            .contains("fylket")
    );
}

#[test]
fn bad_input_gets_one_line_with_file_line_and_column() {
    let dir = tempfile::tempdir().expect("temp dir");
    let good = std::fs::read_to_string(example()).expect("example");
    let cases: Vec<(&str, Vec<u8>, bool, &str)> = vec![
        (
            "syntax.avtale.yaml",
            b"format: 1\nmeta: [uavsluttet\n".to_vec(),
            true,
            "YAML",
        ),
        (
            "unknown-field.avtale.yaml",
            good.replacen("  title:", "  tittel:", 1).into_bytes(),
            true,
            "Ukjent felt «tittel»",
        ),
        (
            "wrong-type.avtale.yaml",
            good.replacen("notice_months: 6", "notice_months: seks", 1)
                .into_bytes(),
            true,
            "Feil type",
        ),
        (
            "bad-date.avtale.yaml",
            good.replacen("from: ", "from: 2026-13-45 #", 1)
                .into_bytes(),
            true,
            "Ugyldig dato",
        ),
        (
            "bad-value.avtale.yaml",
            good.replacen("kind: hovedavtale", "kind: superavtale", 1)
                .into_bytes(),
            true,
            "Ukjent verdi «superavtale»",
        ),
        (
            "duplicate-id.avtale.yaml",
            good.replacen("- id: bakgrunn", "- id: formal", 1)
                .into_bytes(),
            true,
            "samme id «formal»",
        ),
        (
            "newer.avtale.yaml",
            good.replacen("format: 1", "format: 7", 1).into_bytes(),
            true,
            "nyere versjon av Avtale",
        ),
        (
            "no-version.avtale.yaml",
            b"meta: {}\n".to_vec(),
            true,
            "formatversjon",
        ),
        (
            "invalid-utf8.avtale.yaml",
            [b"format: 1\nmeta:\n  title: \xff\xfe\n".as_slice()].concat(),
            true,
            "UTF-8",
        ),
        ("empty.avtale.yaml", Vec::new(), false, "tom"),
        (
            "alias-bomb.avtale.yaml",
            alias_bomb().into_bytes(),
            true,
            "for kompleks",
        ),
        (
            "deep.avtale.yaml",
            format!("format: 1\nmeta: {}{}\n", "[".repeat(200), "]".repeat(200)).into_bytes(),
            true,
            "for kompleks",
        ),
    ];
    for (name, content, line_col, needle) in cases {
        let file = write(dir.path(), name, &content);
        let out = avtale(&["check", &file]);
        assert_bad_input(&file, &out, line_col, needle);
    }
}

fn alias_bomb() -> String {
    let mut bomb = String::from("format: 1\na: &a [x,x,x,x,x,x,x,x,x,x]\n");
    let names = ["a", "b", "c", "d", "e", "f", "g", "h", "i"];
    for pair in names.windows(2) {
        let refs = vec![format!("*{}", pair[0]); 10].join(",");
        bomb.push_str(&format!("{}: &{} [{refs}]\n", pair[1], pair[1]));
    }
    bomb
}

#[test]
fn files_that_are_not_agreements_are_refused_clearly() {
    let dir = tempfile::tempdir().expect("temp dir");
    let missing = dir
        .path()
        .join("finnes-ikke.avtale.yaml")
        .display()
        .to_string();
    assert_bad_input(
        &missing,
        &avtale(&["check", &missing]),
        false,
        "finnes ikke",
    );
    let folder = dir.path().display().to_string();
    assert_bad_input(&folder, &avtale(&["check", &folder]), false, "mappe");
    let big = dir.path().join("stor.avtale.yaml");
    let file = std::fs::File::create(&big).expect("creatable");
    file.set_len(11 * 1024 * 1024).expect("sparse file");
    let big = big.display().to_string();
    assert_bad_input(&big, &avtale(&["check", &big]), false, "for stor");
}

#[test]
fn render_writes_markdown_and_html() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = example().display().to_string();
    let out = avtale(&["render", &file, "--format", "md"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(stdout(&out).starts_with("# Samarbeidsavtale"));
    let html = dir.path().join("a.html").display().to_string();
    let out = avtale(&["render", &file, "--format", "html", "-o", &html]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = std::fs::read_to_string(&html).expect("written");
    assert!(text.starts_with("<!DOCTYPE html>") && text.contains("<html lang=\"nb\">"));
}

#[test]
fn templates_list_and_show() {
    let out = avtale(&["templates", "list"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(stdout(&out).lines().count() >= 22, "{}", stdout(&out));
    let out = avtale(&["templates", "show", "motearenaer"]);
    assert_eq!(out.status.code(), Some(0));
    let text = stdout(&out);
    assert!(
        text.contains("Møtearenaer og møtehyppighet")
            && text.contains("Å vurdere")
            && text.contains("AV004"),
        "{text}"
    );
    let out = avtale(&["--locale", "nn", "templates", "show", "motearenaer"]);
    assert!(stdout(&out).contains("Møtearenaer og møtehyppigheit"));
    let out = avtale(&["templates", "show", "finnes-ikke"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("Ukjent mal «finnes-ikke»"));
}

#[test]
fn a_bad_user_template_is_named_and_the_others_still_load() {
    let dir = tempfile::tempdir().expect("temp dir");
    let text = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../templates/formal.yaml"),
    )
    .expect("template");
    write(
        dir.path(),
        "egen.yaml",
        text.replace("id: formal", "id: egen-formal").as_bytes(),
    );
    let bad = write(
        dir.path(),
        "feil.yaml",
        text.replace("category: grunnlag", "kategori: grunnlag")
            .as_bytes(),
    );
    let folder = dir.path().display().to_string();
    let out = avtale(&["--templates", &folder, "templates", "list"]);
    assert_eq!(out.status.code(), Some(0));
    let list = stdout(&out);
    assert!(
        list.contains("egen-formal") && list.contains("motearenaer"),
        "{list}"
    );
    let err = stderr(&out);
    assert!(
        err.starts_with(&format!("{bad}:")) && err.contains("kategori"),
        "{err}"
    );
}

#[test]
fn help_is_available_everywhere() {
    for args in [
        vec!["--help"],
        vec!["new", "--help"],
        vec!["check", "--help"],
        vec!["render", "--help"],
        vec!["templates", "--help"],
        vec!["templates", "list", "--help"],
        vec!["templates", "show", "--help"],
    ] {
        let out = avtale(&[&["--locale", "en"][..], &args].concat());
        assert_eq!(out.status.code(), Some(0), "{args:?}");
        assert!(
            stdout(&out).contains("Usage: avtale"),
            "{args:?}: {}",
            stdout(&out)
        );
    }
}

/// `avtale log` writes when each revision was saved as a person reads it, the Norwegian way
/// ("25. november 2026 kl. 00.02", Språkrådet's form) in bokmål and nynorsk and the English way
/// in English, with the authors lined up; never ISO. The fixture's revisions were saved just
/// after midnight UTC.
#[test]
fn log_writes_revision_times_in_words_with_the_clock_after_kl() {
    let file = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/fixtures/formats/v1/med-historikk.avtale.yaml")
        .display()
        .to_string();
    let log = |locale: &str| {
        let out = avtale(&["log", &file, "--locale", locale]);
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        stdout(&out)
    };
    let nb = log("nb");
    assert_eq!(
        nb.lines().collect::<Vec<_>>(),
        [
            "   2  25. november 2026 kl. 00.02  Ola Vik  [Til godkjenning]  Oftere møter",
            "   1  25. november 2026 kl. 00.02  Kari Nordmann  [Utkast]  Første utkast",
        ],
        "{nb}"
    );
    assert!(
        log("nn").contains("   1  25. november 2026 kl. 00.02  Kari Nordmann"),
        "{}",
        log("nn")
    );
    let en = log("en");
    assert!(
        en.contains("   1  25 November 2026, 00:02  Kari Nordmann"),
        "{en}"
    );
    for text in [&nb, &en] {
        assert!(!text.contains("2026-11-25"), "no ISO dates: {text}");
    }
}

#[test]
fn history_commands_commit_log_show_and_verify() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("avtale.avtale.yaml");
    std::fs::copy(example(), &file).expect("copy");
    let f = file.display().to_string();

    let out = avtale(&["log", &f]);
    assert_eq!(out.status.code(), Some(0));
    assert!(
        stdout(&out).contains("ingen lagrede revisjoner"),
        "{}",
        stdout(&out)
    );

    let commit = |args: &[&str]| {
        let mut all = vec!["commit", f.as_str(), "--author", "Kari Nordmann"];
        all.extend_from_slice(args);
        avtale(&all)
    };
    assert_eq!(commit(&["-m", "Første utkast"]).status.code(), Some(0));
    let nothing = commit(&["-m", "Igjen"]);
    assert_eq!(nothing.status.code(), Some(2));
    assert!(stderr(&nothing).contains("Ingenting er endret"));
    let skip = commit(&["-m", "Signert", "--status", "signert"]);
    assert_eq!(skip.status.code(), Some(2));
    assert!(
        stderr(&skip).contains("fra «Utkast» til «Signert»"),
        "{}",
        stderr(&skip)
    );
    for status in ["til-godkjenning", "godkjent", "signert"] {
        assert_eq!(
            commit(&["-m", status, "--status", status]).status.code(),
            Some(0)
        );
    }
    let text = std::fs::read_to_string(&file).expect("file");
    std::fs::write(&file, text.replacen("Formål", "Formål og verdier", 1)).expect("edited");
    let after = commit(&["-m", "Endret etter signering", "--name", "Nytt utkast"]);
    assert_eq!(after.status.code(), Some(0));
    assert!(stderr(&after).contains("nytt utkast"), "{}", stderr(&after));

    let log = stdout(&avtale(&["log", &f]));
    let lines: Vec<&str> = log.lines().collect();
    assert_eq!(lines.len(), 5, "{log}");
    assert!(
        lines[0].trim_start().starts_with("5 ") && lines[0].contains("«Nytt utkast»"),
        "{log}"
    );
    assert!(lines[1].contains("[Signert]"), "{log}");

    let first = stdout(&avtale(&["show", &format!("{f}@1")]));
    assert!(first.contains("## 1. Formål\n"), "{first}");
    let now = stdout(&avtale(&["show", &f]));
    assert!(now.contains("## 1. Formål og verdier"), "{now}");
    let missing = avtale(&["show", &format!("{f}@9")]);
    assert_eq!(missing.status.code(), Some(2));
    assert!(stderr(&missing).contains("ingen revisjon 9"));

    assert_eq!(avtale(&["verify", &f]).status.code(), Some(0));
    let text = std::fs::read_to_string(&file).expect("file");
    std::fs::write(
        &file,
        text.replace("message: godkjent", "message: godkjent av alle"),
    )
    .expect("tampered");
    let tampered = avtale(&["verify", &f]);
    assert_eq!(tampered.status.code(), Some(1));
    assert!(
        stdout(&tampered).contains("revisjon 3"),
        "{}",
        stdout(&tampered)
    );
    let refused = commit(&["-m", "På toppen av en endret historikk"]);
    assert_eq!(refused.status.code(), Some(2));
}

/// Issue 14: renewal was in the app only.
#[test]
fn renew_starts_the_next_period_as_a_new_revision() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("avtale.avtale.yaml");
    std::fs::copy(example(), &file).expect("copy");
    let f = file.display().to_string();
    let first = avtale(&["renew", &f, "--author", "Kari Nordmann"]);
    assert_eq!(
        first.status.code(),
        Some(2),
        "no revision to renew from yet"
    );
    assert!(
        stderr(&first).contains("ingen revisjon"),
        "{}",
        stderr(&first)
    );
    let commit = avtale(&["commit", &f, "-m", "Signert", "--author", "Kari Nordmann"]);
    assert_eq!(commit.status.code(), Some(0));
    let out = avtale(&["renew", &f, "--author", "Kari Nordmann"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(
        stdout(&out).contains("1. desember 2030 til 30. november 2034"),
        "{}",
        stdout(&out)
    );
    let diff = stdout(&avtale(&["diff", &format!("{f}@1"), &f]));
    assert!(
        diff.contains("Periode › Til: [-30. november 2030-] → {+30. november 2034+}"),
        "{diff}"
    );
    assert_eq!(avtale(&["verify", &f]).status.code(), Some(0));
}

/// Issue 14, item 3: an agreement entered with the wrong period moves, every date with it.
#[test]
fn move_period_moves_every_date_and_refuses_a_signed_agreement() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("avtale.avtale.yaml");
    std::fs::copy(example(), &file).expect("copy");
    let f = file.display().to_string();

    // The example runs 1 December 2026 – 30 November 2030; it really ran four years earlier.
    let out = avtale(&[
        "move-period",
        &f,
        "--from",
        "2022-12-01",
        "--to",
        "2026-11-30",
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = stdout(&out);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines[0], "Datoene er flyttet 4 år tilbake.", "{text}");
    assert_eq!(
        lines[1], "Periode › Fra: 1. desember 2026 → 1. desember 2022",
        "{text}"
    );
    assert_eq!(
        lines[2], "Periode › Til: 30. november 2030 → 30. november 2026",
        "{text}"
    );
    assert!(
        text.contains("Mål › «Flere fullfører videregående opplæring» › Frist: 30. november 2030 → 30. november 2026"),
        "{text}"
    );
    assert!(
        text.contains("Neste evaluering: 1. november 2027 → 1. november 2023"),
        "{text}"
    );
    // Three goals, two measures, one evaluation, and the period's two ends.
    assert_eq!(lines.len(), 1 + 2 + 3 + 2 + 1, "{text}");
    let saved = std::fs::read_to_string(&file).expect("file");
    assert!(saved.contains("from: \"2022-12-01\""), "{saved}");
    assert!(
        !saved.contains("2030-11-30"),
        "every end date moved: {saved}"
    );
    // The prose is not rewritten: the example's text refers to the period, and the
    // references stay as written (they show the new dates wherever the text is printed).
    assert!(saved.contains("[[periodens slutt]]"), "{saved}");
    assert_eq!(
        avtale(&["log", &f]).status.code(),
        Some(0),
        "an edit of the text, not a revision"
    );
    assert!(stdout(&avtale(&["log", &f])).contains("ingen lagrede revisjoner"));

    // Nynorsk, and back again to where it was.
    let back = avtale(&[
        "move-period",
        &f,
        "--from",
        "2026-12-01",
        "--to",
        "2030-11-30",
        "--locale",
        "nn",
    ]);
    assert_eq!(back.status.code(), Some(0), "{}", stderr(&back));
    assert!(
        stdout(&back).starts_with("Datoane er flytta 4 år fram.\n"),
        "{}",
        stdout(&back)
    );
    let render = |path: &str| stdout(&avtale(&["render", path, "--format", "md"]));
    assert_eq!(render(&f), render(&example().display().to_string()));
    let same = avtale(&[
        "move-period",
        &f,
        "--from",
        "2026-12-01",
        "--to",
        "2030-11-30",
    ]);
    assert_eq!(
        stdout(&same).trim(),
        "Perioden er den samme som før. Ingen datoer er flyttet."
    );

    // Open-ended: no end given.
    let open = avtale(&["move-period", &f, "--from", "2027-12-01"]);
    assert_eq!(open.status.code(), Some(0), "{}", stderr(&open));
    assert!(
        stdout(&open).starts_with("Datoene er flyttet 1 år fram.\n"),
        "{}",
        stdout(&open)
    );
    let saved = std::fs::read_to_string(&file).expect("file");
    assert!(!saved.contains("to: \"20"), "no end: {saved}");

    // Refused: a bad date, a period ending before it starts, a signed agreement.
    let bad = avtale(&["move-period", &f, "--from", "1.1.2021"]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(
        stderr(&bad).contains("Ugyldig dato «1.1.2021»"),
        "{}",
        stderr(&bad)
    );
    let reversed = avtale(&[
        "move-period",
        &f,
        "--from",
        "2024-01-01",
        "--to",
        "2021-12-31",
    ]);
    assert_eq!(reversed.status.code(), Some(2));
    assert!(
        stderr(&reversed).contains("slutter før den begynner"),
        "{}",
        stderr(&reversed)
    );
    // Back to a period with an end: the text refers to the period's last day, which an
    // open-ended agreement lacks (an error, AV042), and errors keep it from being signed.
    let closed = avtale(&[
        "move-period",
        &f,
        "--from",
        "2026-12-01",
        "--to",
        "2030-11-30",
    ]);
    assert_eq!(closed.status.code(), Some(0), "{}", stderr(&closed));
    let before = std::fs::read_to_string(&file).expect("file");
    let commit = |args: &[&str]| {
        let mut all = vec!["commit", f.as_str(), "--author", "Kari Nordmann"];
        all.extend_from_slice(args);
        avtale(&all)
    };
    for status in ["til-godkjenning", "godkjent", "signert"] {
        assert_eq!(
            commit(&["-m", status, "--status", status]).status.code(),
            Some(0)
        );
    }
    let signed = std::fs::read_to_string(&file).expect("file");
    let frozen = avtale(&[
        "move-period",
        &f,
        "--from",
        "2021-12-01",
        "--to",
        "2025-11-30",
    ]);
    assert_eq!(frozen.status.code(), Some(2));
    assert!(
        stderr(&frozen).contains("status «Signert»") && stderr(&frozen).contains(&f),
        "{}",
        stderr(&frozen)
    );
    assert_eq!(
        std::fs::read_to_string(&file).expect("file"),
        signed,
        "unchanged"
    );
    assert_ne!(before, signed);
}

#[test]
fn diff_compares_revisions_and_refuses_other_agreements() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("avtale.avtale.yaml");
    std::fs::copy(example(), &file).expect("copy");
    let f = file.display().to_string();
    let commit = avtale(&["commit", &f, "-m", "Første", "--author", "Kari Nordmann"]);
    assert_eq!(commit.status.code(), Some(0));
    let text = std::fs::read_to_string(&file).expect("file");
    std::fs::write(&file, text.replacen("per_year: 2", "per_year: 4", 1)).expect("edited");

    let out = avtale(&["diff", &format!("{f}@1"), &f]);
    assert_eq!(out.status.code(), Some(0));
    let text = stdout(&out);
    assert!(text.starts_with("1 punkt endret."), "{text}");
    assert!(
        text.contains("Hyppighet: [-2 ganger i året-] → {+4 ganger i året+}"),
        "{text}"
    );
    let json = stdout(&avtale(&[
        "diff",
        &format!("{f}@1"),
        &f,
        "--format",
        "json",
    ]));
    let value: serde_json::Value = serde_json::from_str(&json).expect("json");
    assert_eq!(value["summary"]["changed"], 1);

    let same = stdout(&avtale(&["diff", &format!("{f}@1"), &format!("{f}@1")]));
    assert_eq!(same.trim(), "Ingen endringer.");
    let missing = avtale(&["diff", &format!("{f}@7"), &f]);
    assert_eq!(missing.status.code(), Some(2));
    assert!(stderr(&missing).contains("ingen revisjon 7"));

    let other = dir.path().join("annen.avtale.yaml");
    let new = avtale(&[
        "new",
        "--starter",
        "hovedavtale",
        "-o",
        &other.display().to_string(),
    ]);
    assert_eq!(new.status.code(), Some(0));
    let refused = avtale(&["diff", &f, &other.display().to_string()]);
    assert_eq!(refused.status.code(), Some(2));
    assert!(stderr(&refused).contains("ikke versjoner av den samme avtalen"));
}

#[test]
fn calendar_writes_the_meetings_as_icalendar() {
    let dir = tempfile::tempdir().expect("temp dir");
    let ics = dir.path().join("møter.ics");
    let out = avtale(&[
        "calendar",
        &example().display().to_string(),
        "-o",
        &ics.display().to_string(),
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = std::fs::read_to_string(&ics).expect("the .ics file");
    assert!(text.starts_with("BEGIN:VCALENDAR\r\n"), "{text}");
    assert!(text.ends_with("END:VCALENDAR\r\n"));
    assert!(text.contains("SUMMARY:Strategisk samarbeidsgruppe\r\n"));
    assert!(text.contains("SUMMARY:Operativt samarbeidsmøte\r\n"));
    let events = text.matches("BEGIN:VEVENT").count();
    assert!(events > 20, "{events} meetings over the four-year period");
    let stdout_run = avtale(&["calendar", &example().display().to_string()]);
    assert_eq!(stdout_run.status.code(), Some(0));
    assert_eq!(
        stdout(&stdout_run).matches("BEGIN:VEVENT").count(),
        events,
        "the same calendar on standard output"
    );
}

#[test]
fn check_holds_a_sub_agreement_against_its_main_agreements_file() {
    let dir = tempfile::tempdir().expect("temp dir");
    let main = std::fs::read_to_string(example()).expect("example");
    write(dir.path(), "hoved.avtale.yaml", main.as_bytes());
    let sub = include_str!("../../../tests/fixtures/formats/v1/underavtale-ot-nn.avtale.yaml")
        .replacen(
            "  parent:\n    id: \"\"\n    title: \"{{tittel på hovudavtalen}}\"\n",
            "  parent:\n    id: 53f29eaa-e8b9-4532-ade9-f2f35f6c3687\n    title: Samarbeidsavtale\n    file: hoved.avtale.yaml\n    area: oppfølgingstjenesten\n",
            1,
        );
    assert!(
        sub.contains("file: hoved.avtale.yaml"),
        "the fixture has the link"
    );
    let file = write(dir.path(), "ot.avtale.yaml", sub.as_bytes());
    let out = avtale(&["check", &file]);
    let text = stdout(&out);
    // The Troms parties are not parties to the Vestland agreement.
    assert!(text.contains("AV037"), "{text}");
    assert!(text.contains("NAV Troms er ikkje part"), "{text}");
    assert!(
        !text.contains("AV038"),
        "the area is one of the main agreement's: {text}"
    );
    std::fs::remove_file(dir.path().join("hoved.avtale.yaml")).expect("remove");
    let text = stdout(&avtale(&["check", &file]));
    assert!(text.contains("AV040"), "{text}");
    assert!(text.contains("Fila finst ikkje"), "{text}");
}

// ---- import ----

#[test]
fn import_makes_an_agreement_from_word_prints_the_report_and_never_overwrites() {
    let dir = tempfile::tempdir().expect("temp");
    let docx = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/fixtures/word/samarbeidsavtale-vestland.docx");
    let copy = dir.path().join("vestland.docx");
    std::fs::copy(&docx, &copy).expect("copy");
    let copy = copy.display().to_string();

    // Without -o: NAME.avtale.yaml next to the document.
    let out = avtale(&["import", &copy]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let report = stdout(&out);
    assert!(report.contains("10 punkter hentet inn"), "{report}");
    assert!(
        report.contains("1 Formål med avtalen (mal: Formål)"),
        "{report}"
    );
    assert!(
        report.contains("Kantine og lokaler (ingen mal)"),
        "{report}"
    );
    assert!(report.contains("- Bilde [Innledning]"), "{report}");
    let made = dir.path().join("vestland.avtale.yaml");
    let check = avtale(&["check", &made.display().to_string()]);
    assert_ne!(check.status.code(), Some(2), "{}", stderr(&check));

    // It never overwrites.
    let before = std::fs::read(&made).expect("made");
    let again = avtale(&["import", &copy, "-o", &made.display().to_string()]);
    assert_eq!(again.status.code(), Some(2));
    assert!(
        stderr(&again).contains("finnes allerede"),
        "{}",
        stderr(&again)
    );
    assert_eq!(std::fs::read(&made).expect("kept"), before);

    // Bad input: one clear line naming the file, exit 2, nothing written.
    let text = write(dir.path(), "notat.docx", b"Bare tekst");
    let out = avtale(&[
        "import",
        &text,
        "-o",
        &dir.path().join("x.avtale.yaml").display().to_string(),
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("notat.docx: Filen er ikke et Word-dokument"),
        "{}",
        stderr(&out)
    );
    let locked = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/fixtures/word/passordbeskyttet.docx");
    let out = avtale(&[
        "import",
        &locked.display().to_string(),
        "-o",
        &dir.path().join("y.avtale.yaml").display().to_string(),
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("passordbeskyttet"),
        "{}",
        stderr(&out)
    );
    assert!(
        !dir.path().join("x.avtale.yaml").exists() && !dir.path().join("y.avtale.yaml").exists()
    );
}

/// Runs the binary with the given environment: no AVTALE_LOCALE, LANG=C, then `env`.
fn avtale_with_env(args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_avtale"));
    cmd.args(args)
        .env("NO_COLOR", "1")
        .env_remove("AVTALE_TEMPLATES")
        .env_remove("AVTALE_LOCALE")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "C");
    for (name, value) in env {
        cmd.env(name, value);
    }
    cmd.output().expect("avtale runs")
}

#[test]
fn help_follows_the_locale() {
    let nn = avtale_with_env(&["--help"], &[("AVTALE_LOCALE", "nn")]);
    let text = stdout(&nn);
    assert_eq!(nn.status.code(), Some(0), "{text}");
    for expected in [
        "Bruk: avtale",
        "Kommandoar:",
        "Val:",
        "samarbeidsavtalar mellom Nav",
    ] {
        assert!(text.contains(expected), "{expected}: {text}");
    }
    let en = avtale_with_env(&["--locale", "en", "--help"], &[("AVTALE_LOCALE", "nn")]);
    let text = stdout(&en);
    for expected in [
        "Usage: avtale",
        "Commands:",
        "Options:",
        "Create, check and render",
    ] {
        assert!(text.contains(expected), "{expected}: {text}");
    }
    let check = avtale_with_env(&["check", "--help"], &[("LANG", "en_GB.UTF-8")]);
    assert!(stdout(&check).contains("Arguments:"), "{}", stdout(&check));
    let nb = avtale_with_env(&["--help"], &[]);
    let text = stdout(&nb);
    for expected in [
        "Bruk: avtale [VALG] <KOMMANDO>",
        "Kommandoer:",
        "Valg:",
        "Lag, kontroller",
    ] {
        assert!(text.contains(expected), "{expected}: {text}");
    }
    assert!(!text.contains("Print"), "{text}");
}

#[test]
fn a_machine_in_english_does_not_change_what_the_commands_print() {
    let show = ["templates", "show", "motearenaer"];
    let out = avtale_with_env(&show, &[("LANG", "en_US.UTF-8")]);
    assert!(stdout(&out).contains("Kategori"), "{}", stdout(&out));
    let out = avtale_with_env(&show, &[("AVTALE_LOCALE", "en")]);
    assert!(stdout(&out).contains("Category"), "{}", stdout(&out));
}
