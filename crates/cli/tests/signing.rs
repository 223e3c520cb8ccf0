//! Signing on the command line: `avtale pdf` refuses a final print with open errors (exit 1,
//! listing them) and `--draft` prints; `avtale commit` refuses godkjent/signert/gjeldende with
//! errors unless `--accept-errors` gives a reason, printed in the PDF's check summary; `--reason`
//! records why; `avtale register` records an agreement signed elsewhere in one step.

mod support;

use std::path::Path;

use support::{avtale, example, pdftext_flat, stderr, stdout};

fn s(p: &Path) -> String {
    p.display().to_string()
}

/// Runs `avtale` and asserts it succeeded, showing what it said if not.
fn succeed(args: &[&str]) -> String {
    let out = avtale(args);
    assert_eq!(out.status.code(), Some(0), "{args:?}: {}", stderr(&out));
    stdout(&out)
}

/// A new main agreement from the starter: placeholders left, so the checks find errors.
fn new_agreement(dir: &Path) -> String {
    let file = s(&dir.join("ny.avtale.yaml"));
    succeed(&[
        "new",
        "--starter",
        "hovedavtale",
        "--county",
        "Agder",
        "-o",
        &file,
    ]);
    file
}

#[test]
fn a_final_print_with_open_errors_is_refused_listing_them_and_a_draft_prints() {
    let dir = tempfile::tempdir().expect("dir");
    let file = new_agreement(dir.path());
    let pdf = dir.path().join("avtale.pdf");
    let out = avtale(&["pdf", &file, "-o", &s(&pdf)]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let said = stderr(&out);
    assert!(said.contains("kan bare skrives ut som utkast"), "{said}");
    let listed: Vec<&str> = said.lines().filter(|l| l.contains(": error[AV")).collect();
    assert!(listed.len() >= 5, "{said}");
    assert!(
        listed
            .iter()
            .all(|l| l.starts_with(&format!("{file}:")) && l.contains("error[AV001]")),
        "FILE:LINE:COL: error[CODE]: message, as check writes it: {said}"
    );
    assert!(said.contains("--draft"), "{said}");
    assert!(!pdf.exists(), "no PDF written");

    succeed(&["pdf", &file, "-o", &s(&pdf), "--draft"]);
    assert!(pdftext_flat(&pdf).contains("UTKAST"));

    // The example has no errors: it prints as it did.
    let clean = dir.path().join("eksempel.pdf");
    succeed(&["pdf", &s(&example()), "-o", &s(&clean)]);
}

/// The example with two errors, walked to "til godkjenning".
fn proposed_with_errors(dir: &Path) -> String {
    let text = std::fs::read_to_string(example()).expect("example");
    let text = text.replacen(
        "title: Formål",
        "title: Formål {{hva avtalen skal oppnå}}",
        1,
    );
    assert!(text.contains("{{hva avtalen skal oppnå}}"));
    let file = s(&dir.join("avtale.avtale.yaml"));
    std::fs::write(&file, text).expect("written");
    succeed(&["commit", &file, "-m", "Utkast", "--author", "Kari"]);
    succeed(&[
        "commit",
        &file,
        "-m",
        "Til godkjenning",
        "--author",
        "Kari",
        "--status",
        "til-godkjenning",
    ]);
    file
}

#[test]
fn approval_with_errors_is_refused_until_accepted_and_the_pdf_prints_the_reason() {
    let dir = tempfile::tempdir().expect("dir");
    let file = proposed_with_errors(dir.path());
    let approve = [
        "commit", &file, "-m", "Godkjent", "--author", "Kari", "--status", "godkjent",
    ];
    let out = avtale(&approve);
    assert_eq!(out.status.code(), Some(2));
    let said = stderr(&out);
    assert!(
        said.contains("kan ikke få statusen «Godkjent»") && said.contains("error[AV001]"),
        "{said}"
    );
    assert!(said.contains("--accept-errors"), "{said}");
    assert!(
        !succeed(&["log", &file]).contains("Godkjent"),
        "nothing saved"
    );

    let mut accepted = approve.to_vec();
    accepted.extend(["--accept-errors", "Tittelen rettes ved neste revisjon"]);
    succeed(&accepted);
    let log = succeed(&["log", &file]);
    assert!(
        log.contains("Godtatt med begrunnelsen: «Tittelen rettes ved neste revisjon»"),
        "{log}"
    );

    // Signing asks again; accepted, the signed revision prints as final with the summary.
    let sign = [
        "commit",
        &file,
        "-m",
        "Signert",
        "--author",
        "Kari",
        "--status",
        "signert",
        "--accept-errors",
        "Signert på møtet 1. mars; tittelen rettes",
    ];
    succeed(&sign);
    let pdf = dir.path().join("signert.pdf");
    succeed(&["pdf", &file, "-o", &s(&pdf)]);
    let text = pdftext_flat(&pdf);
    assert!(text.contains("Status: Signert"), "{text}");
    assert!(!text.contains("UTKAST"), "{text}");
    assert!(
        text.contains("Kontroll: 1 feil (AV001) var ikke rettet da avtalen fikk statusen «Signert». Godtatt med begrunnelsen: «Signert på møtet 1. mars; tittelen rettes»."),
        "{text}"
    );
    // Signed, with its errors accepted, it is no draft.
    let draft = avtale(&[
        "pdf",
        &file,
        "-o",
        &s(&dir.path().join("utkast.pdf")),
        "--draft",
    ]);
    assert_eq!(draft.status.code(), Some(2));
    // Revision 3 (godkjent) accepted errors too: printed on its own, it says so.
    let third = dir.path().join("r3.pdf");
    succeed(&["pdf", &format!("{file}@3"), "-o", &s(&third)]);
    assert!(pdftext_flat(&third).contains("«Tittelen rettes ved neste revisjon»"));
}

#[test]
fn a_signed_revision_with_errors_from_before_the_rule_prints_only_as_a_draft() {
    let dir = tempfile::tempdir().expect("dir");
    // A file signed with errors before this version: written as such, then its status set.
    let file = s(&dir.path().join("gammel.avtale.yaml"));
    let text = std::fs::read_to_string(example()).expect("example");
    let text = text
        .replacen("title: Formål", "title: Formål {{x}}", 1)
        .replacen("status: utkast", "status: signert", 1);
    std::fs::write(&file, text).expect("written");
    let pdf = dir.path().join("a.pdf");
    let out = avtale(&["pdf", &file, "-o", &s(&pdf)]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(stderr(&out).contains("--accept-errors"), "{}", stderr(&out));
    succeed(&["pdf", &file, "-o", &s(&pdf), "--draft"]);
}

#[test]
fn a_revision_records_why_it_was_made() {
    let dir = tempfile::tempdir().expect("dir");
    let file = s(&dir.path().join("a.avtale.yaml"));
    std::fs::copy(example(), &file).expect("copied");
    succeed(&[
        "commit",
        &file,
        "-m",
        "Nye møtetider",
        "--author",
        "Kari",
        "--reason",
        "evaluering",
        "--reason-text",
        "Evalueringen i 2026",
    ]);
    let text = std::fs::read_to_string(&file).expect("file");
    assert!(text.contains("kind: evaluering"), "{text}");
    assert!(succeed(&["log", &file]).contains("Grunn: Evaluering: Evalueringen i 2026"));
    let out = avtale(&[
        "commit", &file, "-m", "x", "--author", "Kari", "--name", "n", "--reason", "annet",
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("«annet» trenger en forklaring"),
        "{}",
        stderr(&out)
    );
    succeed(&["verify", &file]);
}

#[test]
fn register_records_an_agreement_signed_elsewhere_in_one_step() {
    let dir = tempfile::tempdir().expect("dir");
    let file = s(&dir.path().join("a.avtale.yaml"));
    std::fs::copy(example(), &file).expect("copied");
    let bad = avtale(&[
        "register",
        &file,
        "--status",
        "signert",
        "--signed",
        "nav=1.3.2021",
        "--author",
        "Kari",
    ]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(
        stderr(&bad).contains("--signed PART=DATO,STED"),
        "{}",
        stderr(&bad)
    );
    let missing = avtale(&[
        "register",
        &file,
        "--status",
        "signert",
        "--signed",
        "nav=2021-03-01,Bergen",
        "--author",
        "Kari",
    ]);
    assert_eq!(missing.status.code(), Some(2));
    assert!(
        stderr(&missing).contains("Oppgi dato og sted for når Vestland fylkeskommune signerte"),
        "{}",
        stderr(&missing)
    );

    let register = [
        "register",
        &file,
        "--status",
        "gjeldende",
        "--signed",
        "nav=2021-03-01,Bergen",
        "--signed",
        "fk=2021-03-04,Leikanger",
        "--author",
        "Kari",
    ];
    succeed(&register);
    let log = succeed(&["log", &file]);
    assert!(log.contains("[Gjeldende]"), "{log}");
    assert!(
        log.contains("Registrert som gjeldende") && log.contains("Registrert, ikke ført gjennom"),
        "{log}"
    );
    succeed(&["verify", &file]);
    let md = succeed(&["render", &file, "--format", "md"]);
    assert!(md.contains("Sted og dato: Bergen, 1. mars 2021"), "{md}");
    assert!(md.contains("Sted og dato: Leikanger, 4. mars 2021"), "{md}");
    let pdf = dir.path().join("a.pdf");
    succeed(&["pdf", &file, "-o", &s(&pdf)]);
    let text = pdftext_flat(&pdf);
    assert!(text.contains("Bergen, 1. mars 2021"), "{text}");
    assert!(text.contains("Status: Gjeldende"), "{text}");

    // Once signed, it moves one step at a time.
    let again = avtale(&register);
    assert_eq!(again.status.code(), Some(2));
    assert!(
        stderr(&again).contains("signert i Avtale før"),
        "{}",
        stderr(&again)
    );
}
