//! Live references and the contradiction checks (issue 14): an agreement made from a starter and
//! re-entered for an earlier period prints no stale date, cadence or title in its prose, and
//! words written by hand that disagree with the data are found and fixed with a reference.

use avtale_core::agreement::{Agreement, Period};
use avtale_core::check::{Code, Diagnostic};
use avtale_core::clause::Cadence;
use avtale_core::date::Date;
use avtale_core::fix::{self, Fix};
use avtale_core::reference::{self, Piece, Values};
use avtale_core::render::{markdown, tree};
use avtale_core::starter::{self, NewAgreement};
use avtale_core::{CheckOptions, Lang, Locale, TemplateSet, check};
use proptest::prelude::*;

fn date(text: &str) -> Date {
    Date::parse(text).expect("date")
}

fn from_starter(id: &str, lang: Lang) -> Agreement {
    let templates = TemplateSet::shipped().expect("templates");
    starter::create(
        &templates,
        &NewAgreement {
            starter: id,
            county: Some("Vestland"),
            municipality: None,
            lang,
            today: date("2026-12-06"),
            id: "test".into(),
        },
    )
    .expect("starter")
}

fn diagnostics(a: &Agreement) -> Vec<Diagnostic> {
    check(
        a,
        CheckOptions {
            locale: Locale::Nb,
            ..CheckOptions::default()
        },
    )
}

fn codes(a: &Agreement) -> Vec<Code> {
    diagnostics(a).iter().map(|d| d.code).collect()
}

/// The prose of every section as printed (its paragraphs, lists and tables, not the data).
fn printed_prose(a: &Agreement) -> String {
    let values = Values::of(a);
    a.sections
        .iter()
        .map(|s| tree::prose_lines(&s.text, Some(values)))
        .collect::<Vec<_>>()
        .join("\n")
}

fn body_mut<'a>(a: &'a mut Agreement, name: &str) -> &'a mut avtale_core::clause::MeetingBody {
    a.sections
        .iter_mut()
        .flat_map(|s| s.meetings.iter_mut().flatten())
        .find(|b| b.name == name)
        .unwrap_or_else(|| panic!("no body {name}"))
}

/// The walkthrough: a main agreement from the starter, set to 2021–2024, its operative
/// meetings to four a year, NAV's signatory to a regional director.
#[test]
fn re_entering_an_earlier_period_leaves_no_stale_prose() {
    for lang in [Lang::Nb, Lang::Nn] {
        let mut a = from_starter("hovedavtale", lang);
        a.meta.period = Period {
            from: date("2021-01-01"),
            to: Some(date("2024-12-31")),
            renewal: a.meta.period.renewal.clone(),
        };
        body_mut(&mut a, "Operativt samarbeidsmøte").cadence = Some(Cadence::PerYear(4));
        if let Some(signatory) = a.parties[0].signatory.as_mut() {
            signatory.title = "regiondirektør".into();
        }
        // The data the prose does not hold (goal deadlines, the next evaluation) is still in
        // the old period: each is a diagnostic, none is silent.
        let found = codes(&a);
        assert!(
            found.contains(&Code::DateOutsidePeriod),
            "{lang:?}: {found:?}"
        );
        assert!(
            found.contains(&Code::EvaluationOutsidePeriod),
            "{lang:?}: {found:?}"
        );
        // The next evaluation's date in the text is the data's, whatever it is: moved into the
        // period, as the diagnostic asks, the text follows.
        for s in &mut a.sections {
            if let Some(e) = s.evaluation.as_mut() {
                e.next = Some(date("2021-12-01"));
            }
        }
        let prose = printed_prose(&a);
        for year in 2025..=2031 {
            assert!(
                !prose.contains(&year.to_string()),
                "{lang:?}: {year} in\n{prose}"
            );
        }
        assert!(
            prose.contains("1. desember 2021"),
            "{lang:?}: the next evaluation"
        );
        assert!(prose.contains("31. desember 2024"), "{lang:?}: {prose}");
        assert!(
            prose.contains("30. juni 2024"),
            "{lang:?}: renewal starts half a year before"
        );
        assert!(
            prose.contains("1. juli 2021"),
            "{lang:?}: the first seminar"
        );
        assert!(
            !prose.contains("6. uke") && !prose.contains("6. veke"),
            "{lang:?}: {prose}"
        );
        assert!(prose.contains("4 ganger i året") || prose.contains("4 gonger i året"));
        assert!(prose.contains("regiondirektør") && !prose.contains("fylkesdirektør "));
    }
}

#[test]
fn every_starter_resolves_every_reference() {
    for id in ["hovedavtale", "underavtale-ot", "handlingsplan"] {
        for lang in [Lang::Nb, Lang::Nn] {
            let a = from_starter(id, lang);
            let values = Values::of(&a);
            for s in &a.sections {
                for found in reference::find(&s.text) {
                    let r = found.reference.as_ref().unwrap_or_else(|| {
                        panic!("{id} {lang:?}: {}", &s.text[found.range.clone()])
                    });
                    assert!(values.value(r).is_some(), "{id} {lang:?}: {}", r.key());
                }
            }
            assert!(!codes(&a).contains(&Code::BrokenReference));
            assert!(!markdown::render(&a).contains("[["), "{id} {lang:?}");
        }
    }
}

/// A text written for another period, another cadence and another leader: each disagreement
/// is found, its fix puts in the reference, and after the fixes none is left.
#[test]
fn hand_written_contradictions_are_fixed_with_references() {
    let mut a = from_starter("hovedavtale", Lang::Nb);
    a.meta.period = Period {
        from: date("2021-01-01"),
        to: Some(date("2024-12-31")),
        renewal: None,
    };
    let formal = a
        .sections
        .iter()
        .position(|s| s.id.0 == "formal")
        .expect("formal");
    a.sections[formal].text = "Målene skal være nådd innen 31. desember 2030, og første \
        samling holdes innen 1. juli 2027. Arbeidet med ny avtale starter senest 30. juni 2028. \
        Operative samarbeidsmøter holdes hver 4. uke. I NAV Rogaland ligger ansvaret hos \
        regiondirektøren. Handlingsplanene dekker 2027–2030."
        .into();
    let found: Vec<Diagnostic> = diagnostics(&a)
        .into_iter()
        .filter(|d| d.field == format!("sections[{formal}].text"))
        .collect();
    let fixes: Vec<(Code, Fix)> = found
        .iter()
        .map(|d| {
            (
                d.code,
                d.fix.clone().unwrap_or_else(|| panic!("{d:?} has no fix")),
            )
        })
        .collect();
    let written: Vec<(Code, String, String)> = fixes
        .iter()
        .map(|(c, f)| match f {
            Fix::UseReference {
                words, reference, ..
            } => (*c, words.clone(), reference.clone()),
            _ => panic!("not a reference"),
        })
        .collect();
    // The button names what the reference says now.
    assert!(
        fixes.iter().any(|(_, f)| matches!(f,
            Fix::UseReference { reference, shows, .. }
                if reference == "[[periodens slutt]]" && shows == "31. desember 2024")),
        "{fixes:#?}"
    );
    let expect = [
        (
            Code::DateInTextOutsidePeriod,
            "31. desember 2030",
            "[[periodens slutt]]",
        ),
        (
            Code::DateInTextOutsidePeriod,
            "1. juli 2027",
            "[[periodens start + 6 måneder]]",
        ),
        (
            Code::DateInTextOutsidePeriod,
            "30. juni 2028",
            "[[periodens slutt - 6 måneder]]",
        ),
        (
            Code::CadenceInTextDiffers,
            "hver 4. uke",
            "[[hyppighet: Operativt samarbeidsmøte]]",
        ),
        (Code::NameInTextNotAParty, "NAV Rogaland", "[[part: nav]]"),
        // A range of years: its first year stands for the period's first, not its last.
        (Code::DateInTextOutsidePeriod, "2027", "[[første år]]"),
        (Code::DateInTextOutsidePeriod, "2030", "[[siste år]]"),
        (
            Code::NameInTextNotAParty,
            "regiondirektøren",
            "[[tittel: nav]]",
        ),
    ];
    for (code, words, reference) in expect {
        assert!(
            written
                .iter()
                .any(|(c, w, r)| *c == code && w == words && r == reference),
            "{code} {words} → {reference} not in {written:#?}"
        );
    }
    // Fixes found together apply together from the end of the text back (each finds its words
    // where they still stand; the app re-checks after each one), and twice is once.
    let start = |f: &Fix| match f {
        Fix::UseReference { start, .. } | Fix::ReplaceWords { start, .. } => *start,
        Fix::AddGlossaryEntry { .. } | Fix::ForgetConsidered { .. } => 0,
    };
    let mut backwards: Vec<&Fix> = fixes.iter().map(|(_, f)| f).collect();
    backwards.sort_by_key(|f| std::cmp::Reverse(start(f)));
    let mut fixed = a.clone();
    for f in backwards.iter().chain(backwards.iter()) {
        fixed = fix::apply(&fixed, f);
    }
    let text = &fixed.sections[formal].text;
    assert!(
        text.contains("innen [[periodens slutt]], og første"),
        "{text}"
    );
    assert!(
        text.contains("dekker [[første år]]–[[siste år]]."),
        "{text}"
    );
    assert!(
        text.contains("I [[part: nav]] ligger ansvaret hos [[tittel: nav]]."),
        "{text}"
    );
    let left: Vec<Code> = diagnostics(&fixed)
        .iter()
        .filter(|d| d.field == format!("sections[{formal}].text"))
        .map(|d| d.code)
        .collect();
    assert!(left.is_empty(), "{left:?}");
    let prose = printed_prose(&fixed);
    assert!(prose.contains("innen 31. desember 2024, og første samling holdes innen 1. juli 2021"));
    assert!(
        prose.contains("I Nav Vestland ligger ansvaret hos fylkesdirektør."),
        "{prose}"
    );
}

#[test]
fn a_broken_reference_prints_as_written_and_is_an_error() {
    let mut a = from_starter("hovedavtale", Lang::Nb);
    a.sections[0].text = "Se [[møteleder: Styringsgruppe]] og [[noe annet]].".into();
    let lines = tree::prose_lines(&a.sections[0].text, Some(Values::of(&a)));
    assert_eq!(lines, "Se [[møteleder: Styringsgruppe]] og [[noe annet]].");
    let broken: Vec<Diagnostic> = diagnostics(&a)
        .into_iter()
        .filter(|d| d.code == Code::BrokenReference)
        .collect();
    assert_eq!(broken.len(), 2, "{broken:#?}");
    assert!(
        broken
            .iter()
            .all(|d| d.severity == avtale_core::Severity::Error)
    );
}

#[test]
fn renaming_a_meeting_body_keeps_the_references_to_it() {
    use avtale_core::document::{Edit, OpenDocument};
    let a = from_starter("hovedavtale", Lang::Nb);
    let templates = TemplateSet::shipped().expect("templates");
    let (index, section) = a
        .sections
        .iter()
        .enumerate()
        .find(|(_, s)| s.meetings.is_some())
        .expect("meetings");
    let before = section.text.clone();
    assert!(before.contains("[[hyppighet: Operativt samarbeidsmøte]]"));
    let mut doc = OpenDocument::new(a.clone(), None, true);
    doc.apply(
        &Edit::Set {
            path: format!("sections[{index}].meetings[1].name"),
            value: "Operativt forum".into(),
        },
        Some("name"),
        0,
        &templates,
    )
    .expect("edit");
    let text = &doc.agreement().sections[index].text;
    assert!(text.contains("[[hyppighet: Operativt forum]]"), "{text}");
    assert!(!codes(doc.agreement()).contains(&Code::BrokenReference));
    // One undo takes back the name and the text together.
    assert!(doc.undo());
    assert_eq!(doc.agreement().sections[index].text, before);
    assert_eq!(doc.agreement(), &a);
}

fn reference_strategy() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("[[periodens slutt]]".to_owned()),
        Just("[[periodens start + 6 måneder - 1 dag]]".to_owned()),
        Just("[[part: nav]]".to_owned()),
        Just("[[part:  fk]]".to_owned()),
        Just("[[hyppighet: Strategisk samarbeidsgruppe]]".to_owned()),
        Just("[[ukjent]]".to_owned()),
        Just("[[".to_owned()),
        Just("]]".to_owned()),
        "[a-zæøå*_#\\-\\. \n]{0,12}",
    ]
}

proptest! {
    /// Whatever the text, its pieces joined are the text (the editor sends back what it was
    /// given), every known reference shows its value in print, and no marker leaks.
    #[test]
    fn pieces_join_to_the_text_and_references_print_their_values(
        parts in prop::collection::vec(reference_strategy(), 0..12)
    ) {
        let mut a = from_starter("hovedavtale", Lang::Nb);
        let text: String = parts.concat();
        a.sections[0].text = text.clone();
        let pieces = reference::pieces(&a, &text, Locale::Nb);
        let joined: String = pieces
            .iter()
            .map(|p| match p {
                Piece::Text { text } => text.clone(),
                Piece::Reference { written, .. } => written.clone(),
            })
            .collect();
        prop_assert_eq!(&joined, &text);
        let lines = tree::prose_lines(&text, Some(Values::of(&a)));
        let marks = ['\u{E000}', '\u{E001}'];
        let unmarked = !lines.contains(marks);
        prop_assert!(unmarked, "a reference mark leaked into {:?}", lines);
        for found in reference::find(&text) {
            if let Some(r) = found.reference.as_ref()
                && Values::of(&a).value(r).is_some()
            {
                prop_assert!(!lines.contains(&r.written()));
            }
        }
    }
}
