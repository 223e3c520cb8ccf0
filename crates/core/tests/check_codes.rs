//! Every check code has a case that raises it and a near miss that must not (issue 14, item 8).
//!
//! Each case starts from a clean agreement – the Vestland example, or the same text made into a
//! sub-agreement linked to it – makes one small change and checks that the code is raised, with
//! its declared severity and at the field that was changed; its near miss makes a close change
//! that the rule allows (the boundary value, a wording the rule accepts, the thing that makes
//! the finding moot) and checks that the code is not raised. A new code without a case fails
//! `every_code_has_a_raising_case_and_a_near_miss`.

use avtale_core::Agreement;
use avtale_core::agreement::{
    AgreementKind, Generated, GlossaryEntry, Party, PartyId, Person, Region, Renewal, Section,
    SectionId,
};
use avtale_core::check::considered::Considered;
use avtale_core::check::{self, CheckOptions, Code, Diagnostic, ParentFile, Severity};
use avtale_core::clause::{Cadence, Holder, Mandate, Member, Signatures};
use avtale_core::date::Date;
use avtale_core::family;
use avtale_core::format::agreement_from_str;
use avtale_core::lang::Locale;
use avtale_core::template::TemplateSet;

/// The main agreement's file, as the checks are given it.
enum Parent {
    /// No file is linked, or the agreement is a main agreement.
    None,
    /// The file was read: [`Setup::main`].
    Loaded,
    /// The file could not be read, for this reason.
    Unreadable(&'static str),
}

/// An agreement to check, and the main agreement its link points at.
struct Setup {
    a: Agreement,
    main: Agreement,
    parent: Parent,
}

fn example() -> Agreement {
    let text = include_str!("../../../examples/hovedavtale-vestland.avtale.yaml");
    agreement_from_str(text, "hovedavtale").expect("the example loads")
}

/// The example, a main agreement with no findings.
fn main_base() -> Setup {
    Setup {
        a: example(),
        main: example(),
        parent: Parent::None,
    }
}

/// The example's text as a sub-agreement for the OT area, linked to the example and checked
/// against it; no findings.
fn sub_base() -> Setup {
    let main = example();
    let mut a = example();
    a.meta.id = "ot-underavtale".into();
    a.meta.title = "Underavtale om oppfølgingstjenesten i Vestland".into();
    a.meta.kind = AgreementKind::Underavtale;
    a.meta.areas.clear();
    family::link(&mut a, &main, "hovedavtale-vestland.avtale.yaml".into());
    link(&mut a).area = Some("oppfølgingstjenesten".into());
    Setup {
        a,
        main,
        parent: Parent::Loaded,
    }
}

fn check(s: &Setup, templates: &TemplateSet) -> Vec<Diagnostic> {
    let parent = match s.parent {
        Parent::None => None,
        Parent::Loaded => Some(ParentFile::Loaded(&s.main)),
        Parent::Unreadable(reason) => Some(ParentFile::Unreadable { reason }),
    };
    check::check(
        &s.a,
        CheckOptions {
            locale: Locale::Nb,
            templates: Some(templates),
            parent,
        },
    )
}

fn date(y: i32, m: u32, d: u32) -> Date {
    Date::from_ymd(y, m, d).expect("a date")
}

fn id(id: &str) -> PartyId {
    PartyId(id.to_owned())
}

/// The section with this id.
/// What an `expect` on the example's data says: the clean example fills in every part a case
/// changes.
const FILLED: &str = "the example fills this in";

fn sec<'a>(a: &'a mut Agreement, id: &str) -> &'a mut Section {
    a.sections
        .iter_mut()
        .find(|s| s.id.0 == id)
        .unwrap_or_else(|| panic!("the example has section {id}"))
}

fn link(a: &mut Agreement) -> &mut avtale_core::agreement::ParentRef {
    a.meta.parent.as_mut().expect("linked to a main agreement")
}

/// `n` words in sentences of ten.
fn words(n: usize) -> String {
    (1..=n)
        .map(|i| match i % 10 {
            1 => "Ord",
            _ if i == n => "ord.",
            0 => "ord.",
            _ => "ord",
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// A sentence of `n` words.
fn sentence(n: usize) -> String {
    format!("Partene {}.", vec!["samarbeider"; n - 1].join(" "))
}

/// Words the length checks count in a section: every text in it but its id and template.
fn section_words(section: &Section) -> usize {
    fn strings(value: &serde_json::Value, out: &mut usize) {
        match value {
            serde_json::Value::String(s) => *out += check::word_count(s),
            serde_json::Value::Array(items) => items.iter().for_each(|v| strings(v, out)),
            serde_json::Value::Object(map) => map.values().for_each(|v| strings(v, out)),
            _ => {}
        }
    }
    let mut value = serde_json::to_value(section).expect("a section serialises");
    if let Some(map) = value.as_object_mut() {
        map.remove("id");
        map.remove("template");
    }
    let mut out = 0;
    strings(&value, &mut out);
    out
}

/// Adds sections of plain words (at most 400 each, below the section limit) until the
/// agreement counts `total` words.
fn pad_to(a: &mut Agreement, total: usize) {
    let mut have: usize = a.sections.iter().map(section_words).sum();
    assert!(have < total, "the example has {have} words");
    let mut k = 0;
    while have < total {
        k += 1;
        // The title is one word.
        let text = (total - have - 1).min(400);
        a.sections.push(Section {
            id: SectionId(format!("tillegg-{k}")),
            title: "Tillegg".into(),
            text: words(text),
            ..Section::default()
        });
        have += text + 1;
    }
    assert_eq!(a.sections.iter().map(section_words).sum::<usize>(), total);
}

/// A mandate with everything the check asks for.
fn mandate() -> Mandate {
    Mandate {
        group: "Arbeidsgruppe for overgangen fra skole til arbeid".into(),
        purpose: "Lage en felles rutine for ungdom som slutter i skolen.".into(),
        deliverables: vec!["En skriftlig rutine".into()],
        authority: "Gruppen kan foreslå endringer, men ikke vedta dem.".into(),
        reports_to: "Den strategiske samarbeidsgruppen".into(),
        members: vec![Member {
            role: "Rådgiver".into(),
            party: Some(id("fk")),
        }],
        leader: Some(Holder::Party(id("fk"))),
        period: None,
    }
}

/// One code: a change that raises it (at `field`) and a close change that does not.
struct Case {
    code: Code,
    base: fn() -> Setup,
    field: &'static str,
    raise: fn(&mut Setup),
    near: fn(&mut Setup),
}

fn case(
    code: Code,
    base: fn() -> Setup,
    field: &'static str,
    raise: fn(&mut Setup),
    near: fn(&mut Setup),
) -> Case {
    Case {
        code,
        base,
        field,
        raise,
        near,
    }
}

// Sections of the example, by index: formal 0, parter 2, malgrupper 4, mal 5, roller 6,
// grenseflater 7, motearenaer 8, kontaktpersoner 9, informasjonsdeling 10, kompetanse 12,
// begreper 13, evaluering 15, varighet 16, underskrifter 18 (`sections_are_where_the_fields_say`).
fn cases() -> Vec<Case> {
    use Code::*;
    let m = main_base;
    vec![
        // A placeholder needs double braces around a name.
        case(
            Placeholder,
            m,
            "sections[0].text",
            |s| {
                sec(&mut s.a, "formal")
                    .text
                    .push_str("Kontakt {{navn på kontaktperson}}.\n");
            },
            |s| {
                sec(&mut s.a, "formal")
                    .text
                    .push_str("Kontakt {navn på kontaktperson}.\n");
            },
        ),
        // Any party may be responsible, but one must be.
        case(
            TaskWithoutResponsible,
            m,
            "sections[6].roles[0].tasks[0].responsible",
            |s| {
                sec(&mut s.a, "roller").roles.as_mut().expect(FILLED)[0].tasks[0].responsible =
                    None;
            },
            |s| {
                sec(&mut s.a, "roller").roles.as_mut().expect(FILLED)[0].tasks[0].responsible =
                    Some(id("nav"));
            },
        ),
        case(
            UnknownParty,
            m,
            "sections[6].roles[0].tasks[0].responsible",
            |s| {
                sec(&mut s.a, "roller").roles.as_mut().expect(FILLED)[0].tasks[0].responsible =
                    Some(id("skolen"));
            },
            |s| {
                // The same id, once the party is added.
                sec(&mut s.a, "roller").roles.as_mut().expect(FILLED)[0].tasks[0].responsible =
                    Some(id("skolen"));
                let mut school = s.a.parties[1].clone();
                school.id = id("skolen");
                school.organisation = "Bergen katedralskole".into();
                s.a.parties.push(school);
            },
        ),
        // "As needed" is a cadence.
        case(
            MeetingWithoutCadence,
            m,
            "sections[8].meetings[1].cadence",
            |s| {
                sec(&mut s.a, "motearenaer")
                    .meetings
                    .as_mut()
                    .expect(FILLED)[1]
                    .cadence = None;
            },
            |s| {
                sec(&mut s.a, "motearenaer")
                    .meetings
                    .as_mut()
                    .expect(FILLED)[1]
                    .cadence = Some(Cadence::AsNeeded("ved behov".into()));
            },
        ),
        // One party is a chair, as is an alternating chair.
        case(
            MeetingWithoutChair,
            m,
            "sections[8].meetings[0].chair",
            |s| {
                sec(&mut s.a, "motearenaer")
                    .meetings
                    .as_mut()
                    .expect(FILLED)[0]
                    .chair = None;
            },
            |s| {
                sec(&mut s.a, "motearenaer")
                    .meetings
                    .as_mut()
                    .expect(FILLED)[0]
                    .chair = Some(Holder::Party(id("nav")));
            },
        ),
        // A one-day period runs forwards.
        case(
            PeriodEndsBeforeStart,
            m,
            "meta.period.to",
            |s| {
                s.a.meta.period.to = Some(date(2026, 11, 30));
            },
            |s| {
                s.a.meta.period.to = Some(date(2026, 12, 1));
            },
        ),
        // One day past the main agreement's end; the main agreement's file as it is now
        // counts, not the copy in the link.
        case(
            OutsideParentPeriod,
            sub_base,
            "meta.period",
            |s| {
                s.a.meta.period.from = date(2026, 12, 2);
                s.a.meta.period.to = Some(date(2030, 12, 1));
            },
            |s| {
                s.a.meta.period.from = date(2026, 12, 2);
                s.a.meta.period.to = Some(date(2030, 12, 1));
                s.main.meta.period.to = Some(date(2030, 12, 1));
            },
        ),
        // A blank name is no signatory; a short one is.
        case(
            PartyWithoutSignatory,
            m,
            "parties[1].signatory",
            |s| {
                s.a.parties[1].signatory.as_mut().expect(FILLED).name = "  ".into();
            },
            |s| {
                s.a.parties[1].signatory.as_mut().expect(FILLED).name = "O. Vik".into();
            },
        ),
        // The last day of the period is inside it.
        case(
            EvaluationOutsidePeriod,
            m,
            "sections[15].evaluation.next",
            |s| {
                sec(&mut s.a, "evaluering")
                    .evaluation
                    .as_mut()
                    .expect(FILLED)
                    .next = Some(date(2030, 12, 1));
            },
            |s| {
                sec(&mut s.a, "evaluering")
                    .evaluation
                    .as_mut()
                    .expect(FILLED)
                    .next = Some(date(2030, 11, 30));
            },
        ),
        // Without personal data no consent is needed.
        case(
            SharingWithoutConsent,
            m,
            "sections[10].information_sharing.consent",
            |s| {
                sec(&mut s.a, "informasjonsdeling")
                    .information_sharing
                    .as_mut()
                    .expect(FILLED)
                    .consent = None;
            },
            |s| {
                let sharing = sec(&mut s.a, "informasjonsdeling")
                    .information_sharing
                    .as_mut();
                let sharing = sharing.expect(FILLED);
                sharing.consent = None;
                sharing.personal_data = false;
            },
        ),
        // Two parties are enough, whoever they are.
        case(
            TooFewParties,
            m,
            "parties",
            |s| {
                s.a.parties.truncate(1);
            },
            |s| {
                s.a.parties.truncate(1);
                s.a.parties.push(Party {
                    id: id("kommune"),
                    organisation: "Bergen kommune".into(),
                    unit: None,
                    kind: avtale_core::agreement::PartyKind::Kommune,
                    signatory: Some(Person {
                        name: "Anne Berg".into(),
                        title: "kommunedirektør".into(),
                    }),
                    contact: None,
                });
            },
        ),
        // A main agreement names no main agreement.
        case(
            NoParent,
            sub_base,
            "meta.kind",
            |s| {
                s.a.meta.parent = None;
                s.parent = Parent::None;
            },
            |s| {
                s.a.meta.parent = None;
                s.parent = Parent::None;
                s.a.meta.kind = AgreementKind::Hovedavtale;
            },
        ),
        // 3000 words is the limit for a main agreement.
        case(
            AgreementTooLong,
            m,
            "sections",
            |s| pad_to(&mut s.a, 3001),
            |s| {
                pad_to(&mut s.a, 3000);
            },
        ),
        // 500 words, title included, is the limit for a section.
        case(
            SectionTooLong,
            m,
            "sections[0].text",
            |s| {
                sec(&mut s.a, "formal").text = words(500);
            },
            |s| {
                sec(&mut s.a, "formal").text = words(499);
            },
        ),
        // Defined in the glossary, an abbreviation is fine.
        case(
            UndefinedAbbreviation,
            m,
            "sections[0].text",
            |s| {
                sec(&mut s.a, "formal")
                    .text
                    .push_str("Partene samarbeider med BUP.\n");
            },
            |s| {
                sec(&mut s.a, "formal")
                    .text
                    .push_str("Partene samarbeider med BUP.\n");
                s.a.glossary.push(GlossaryEntry {
                    term: "BUP (barne- og ungdomspsykiatrisk poliklinikk)".into(),
                    definition: "Poliklinikk for barn og unge med psykiske vansker.".into(),
                });
            },
        ),
        // "OT" is defined as "OT (oppfølgingstjenesten)"; "OT-koordinator" is another term.
        case(
            TermDefinedTwice,
            m,
            "glossary[3].term",
            |s| {
                s.a.glossary.push(GlossaryEntry {
                    term: "OT".into(),
                    definition: "Oppfølgingstjenesten.".into(),
                });
            },
            |s| {
                s.a.glossary.push(GlossaryEntry {
                    term: "OT-koordinator".into(),
                    definition: "Den i oppfølgingstjenesten som følger opp ungdom på en skole."
                        .into(),
                });
            },
        ),
        // A date for the next evaluation is a plan, without a cadence.
        case(
            NoEvaluation,
            m,
            "sections",
            |s| {
                let evaluation = sec(&mut s.a, "evaluering")
                    .evaluation
                    .as_mut()
                    .expect(FILLED);
                evaluation.cadence = None;
                evaluation.next = None;
            },
            |s| {
                sec(&mut s.a, "evaluering")
                    .evaluation
                    .as_mut()
                    .expect(FILLED)
                    .cadence = None;
            },
        ),
        case(
            MeetingWithoutMembers,
            m,
            "sections[8].meetings[1].members",
            |s| {
                sec(&mut s.a, "motearenaer")
                    .meetings
                    .as_mut()
                    .expect(FILLED)[1]
                    .members
                    .clear();
            },
            |s| {
                sec(&mut s.a, "motearenaer")
                    .meetings
                    .as_mut()
                    .expect(FILLED)[1]
                    .members
                    .truncate(1);
            },
        ),
        // A main agreement needs a strategic body, in any section.
        case(
            MissingMeetingLevel,
            m,
            "sections",
            |s| {
                sec(&mut s.a, "motearenaer")
                    .meetings
                    .as_mut()
                    .expect(FILLED)[0]
                    .level = None;
            },
            |s| {
                let body = sec(&mut s.a, "motearenaer")
                    .meetings
                    .as_mut()
                    .expect(FILLED)
                    .remove(0);
                sec(&mut s.a, "roller").meetings = Some(vec![body]);
            },
        ),
        // A sub-agreement needs an operative body, not a strategic one.
        case(
            MissingMeetingLevel,
            sub_base,
            "sections",
            |s| {
                sec(&mut s.a, "motearenaer")
                    .meetings
                    .as_mut()
                    .expect(FILLED)[1]
                    .level = None;
            },
            |s| {
                sec(&mut s.a, "motearenaer")
                    .meetings
                    .as_mut()
                    .expect(FILLED)[0]
                    .level = None;
            },
        ),
        // A strategic body may meet 4 times a year.
        case(
            TooManyMeetings,
            m,
            "sections[8].meetings[0].cadence",
            |s| {
                sec(&mut s.a, "motearenaer")
                    .meetings
                    .as_mut()
                    .expect(FILLED)[0]
                    .cadence = Some(Cadence::PerYear(5));
            },
            |s| {
                sec(&mut s.a, "motearenaer")
                    .meetings
                    .as_mut()
                    .expect(FILLED)[0]
                    .cadence = Some(Cadence::PerYear(4));
            },
        ),
        // An operative body may meet weekly.
        case(
            TooManyMeetings,
            m,
            "sections[8].meetings[1].cadence",
            |s| {
                sec(&mut s.a, "motearenaer")
                    .meetings
                    .as_mut()
                    .expect(FILLED)[1]
                    .cadence = Some(Cadence::PerWeek(2));
            },
            |s| {
                sec(&mut s.a, "motearenaer")
                    .meetings
                    .as_mut()
                    .expect(FILLED)[1]
                    .cadence = Some(Cadence::EveryWeeks(1));
            },
        ),
        // Without the contact, no deputy is needed.
        case(
            ContactWithoutDeputy,
            m,
            "sections[9].contacts[0].deputy",
            |s| {
                sec(&mut s.a, "kontaktpersoner")
                    .contacts
                    .as_mut()
                    .expect(FILLED)[0]
                    .deputy = None;
            },
            |s| {
                sec(&mut s.a, "kontaktpersoner")
                    .contacts
                    .as_mut()
                    .expect(FILLED)
                    .remove(0);
            },
        ),
        // A party's own contact needs a deputy too.
        case(
            ContactWithoutDeputy,
            m,
            "parties[0].contact",
            |s| {
                let mut contact = sec(&mut s.a, "kontaktpersoner")
                    .contacts
                    .as_ref()
                    .expect(FILLED)[0]
                    .clone();
                contact.deputy = None;
                s.a.parties[0].contact = Some(contact);
            },
            |s| {
                let contact = sec(&mut s.a, "kontaktpersoner")
                    .contacts
                    .as_ref()
                    .expect(FILLED)[0]
                    .clone();
                s.a.parties[0].contact = Some(contact);
            },
        ),
        // A goal needs an indicator and a deadline, not a target value.
        case(
            GoalNotMeasurable,
            m,
            "sections[5].goals[0].indicator",
            |s| {
                sec(&mut s.a, "mal").goals.as_mut().expect(FILLED)[0].indicator = " ".into();
            },
            |s| {
                sec(&mut s.a, "mal").goals.as_mut().expect(FILLED)[0]
                    .target
                    .clear();
            },
        ),
        case(
            GoalNotMeasurable,
            m,
            "sections[5].goals[1].deadline",
            |s| {
                sec(&mut s.a, "mal").goals.as_mut().expect(FILLED)[1].deadline = None;
            },
            |s| {
                sec(&mut s.a, "mal").goals.as_mut().expect(FILLED)[1].deadline =
                    Some(date(2027, 12, 31));
            },
        ),
        // A goal with a target needs a baseline with a value, not its date ...
        case(
            GoalNotFollowable,
            m,
            "sections[5].goals[0].baseline",
            |s| {
                sec(&mut s.a, "mal").goals.as_mut().expect(FILLED)[0].baseline = None;
            },
            |s| {
                let goal = &mut sec(&mut s.a, "mal").goals.as_mut().expect(FILLED)[0];
                goal.baseline.as_mut().expect(FILLED).date = None;
            },
        ),
        // ... and a source, not a kind.
        case(
            GoalNotFollowable,
            m,
            "sections[5].goals[1].source",
            |s| {
                sec(&mut s.a, "mal").goals.as_mut().expect(FILLED)[1].source = " ".into();
            },
            |s| {
                sec(&mut s.a, "mal").goals.as_mut().expect(FILLED)[1].kind = None;
            },
        ),
        // A mandate needs authority, a reporting line and a leader, not deliverables.
        case(
            MandateIncomplete,
            m,
            "sections[6].mandate.authority",
            |s| {
                let mut mandate = mandate();
                mandate.authority.clear();
                sec(&mut s.a, "roller").mandate = Some(mandate);
            },
            |s| {
                let mut mandate = mandate();
                mandate.deliverables.clear();
                sec(&mut s.a, "roller").mandate = Some(mandate);
            },
        ),
        // Four years to the day is not too long (1 Dec 2026 – 30 Nov 2030 is the example's).
        case(
            PeriodTooLong,
            m,
            "meta.period.to",
            |s| {
                s.a.meta.period.to = Some(date(2030, 12, 1));
            },
            |s| {
                s.a.meta.period.from = date(2026, 12, 2);
                s.a.meta.period.to = Some(date(2030, 12, 1));
            },
        ),
        // The issue's own example: 1.1.2021–31.12.2025 is five years, to 31.12.2024 four.
        case(
            PeriodTooLong,
            m,
            "meta.period.to",
            |s| {
                s.a.meta.period.from = date(2021, 1, 1);
                s.a.meta.period.to = Some(date(2025, 12, 31));
            },
            |s| {
                s.a.meta.period.from = date(2021, 1, 1);
                s.a.meta.period.to = Some(date(2024, 12, 31));
            },
        ),
        // An open end is too long, however the agreement renews.
        case(
            PeriodTooLong,
            m,
            "meta.period",
            |s| {
                s.a.meta.period.to = None;
            },
            |s| {
                s.a.meta.period.renewal = Some(Renewal {
                    automatic: true,
                    years: Some(4),
                    notice_months: Some(6),
                });
            },
        ),
        // A section that only shows generated content is not empty.
        case(
            EmptySection,
            m,
            "sections[0].text",
            |s| {
                sec(&mut s.a, "formal").text = " \n".into();
            },
            |s| {
                sec(&mut s.a, "parter").text.clear();
            },
        ),
        // Criteria alone define a target group (the follow-up service's: its age and right by
        // law), as ages alone do.
        case(
            TargetGroupUndefined,
            m,
            "sections[4].target_groups[0].definition",
            |s| {
                let group = &mut sec(&mut s.a, "malgrupper")
                    .target_groups
                    .as_mut()
                    .expect(FILLED)[0];
                group.definition.clear();
                group.age = None;
                group.criteria.clear();
            },
            |s| {
                let group = &mut sec(&mut s.a, "malgrupper")
                    .target_groups
                    .as_mut()
                    .expect(FILLED)[0];
                group.definition.clear();
                group.age = None;
            },
        ),
        // Support parties are optional; the lead is not.
        case(
            BoundaryWithoutLead,
            m,
            "sections[7].boundaries[0].lead",
            |s| {
                sec(&mut s.a, "grenseflater")
                    .boundaries
                    .as_mut()
                    .expect(FILLED)[0]
                    .lead = None;
            },
            |s| {
                sec(&mut s.a, "grenseflater")
                    .boundaries
                    .as_mut()
                    .expect(FILLED)[0]
                    .support
                    .clear();
            },
        ),
        // Written or not, a consent routine needs who, what and how to withdraw.
        case(
            ConsentIncomplete,
            m,
            "sections[10].information_sharing.consent",
            |s| {
                let sharing = sec(&mut s.a, "informasjonsdeling")
                    .information_sharing
                    .as_mut();
                sharing
                    .expect(FILLED)
                    .consent
                    .as_mut()
                    .expect(FILLED)
                    .withdrawal
                    .clear();
            },
            |s| {
                let sharing = sec(&mut s.a, "informasjonsdeling")
                    .information_sharing
                    .as_mut();
                sharing
                    .expect(FILLED)
                    .consent
                    .as_mut()
                    .expect(FILLED)
                    .written = false;
            },
        ),
        case(
            RenewalWithoutNotice,
            m,
            "meta.period.renewal",
            |s| {
                s.a.meta.period.renewal = Some(Renewal {
                    automatic: true,
                    years: Some(2),
                    notice_months: None,
                });
            },
            |s| {
                s.a.meta.period.renewal = Some(Renewal {
                    automatic: true,
                    years: Some(2),
                    notice_months: Some(6),
                });
            },
        ),
        // The signature block may stand in any section.
        case(
            NoSignatures,
            m,
            "sections",
            |s| {
                sec(&mut s.a, "underskrifter").signatures = None;
            },
            |s| {
                sec(&mut s.a, "underskrifter").signatures = None;
                sec(&mut s.a, "varighet").signatures = Some(Signatures {
                    parties: vec![],
                    signed: vec![],
                    place: None,
                    date: None,
                });
            },
        ),
        // Naming the parties who sign is fine when all of them are named.
        case(
            PartyDoesNotSign,
            m,
            "sections[18].signatures.parties",
            |s| {
                sec(&mut s.a, "underskrifter").signatures = Some(Signatures {
                    parties: vec![id("nav")],
                    signed: vec![],
                    place: None,
                    date: None,
                });
            },
            |s| {
                sec(&mut s.a, "underskrifter").signatures = Some(Signatures {
                    parties: vec![id("fk"), id("nav")],
                    signed: vec![],
                    place: None,
                    date: None,
                });
            },
        ),
        // The first day of the period is inside it.
        case(
            DateOutsidePeriod,
            m,
            "sections[12].measures[0].start",
            |s| {
                sec(&mut s.a, "kompetanse").measures.as_mut().expect(FILLED)[0].start =
                    Some(date(2026, 11, 30));
            },
            |s| {
                sec(&mut s.a, "kompetanse").measures.as_mut().expect(FILLED)[0].start =
                    Some(date(2026, 12, 1));
            },
        ),
        case(
            DateOutsidePeriod,
            m,
            "sections[5].goals[0].deadline",
            |s| {
                sec(&mut s.a, "mal").goals.as_mut().expect(FILLED)[0].deadline =
                    Some(date(2030, 12, 1));
            },
            |s| {
                sec(&mut s.a, "mal").goals.as_mut().expect(FILLED)[0].deadline =
                    Some(date(2026, 12, 1));
            },
        ),
        // Jargon defined in the glossary is fine.
        case(
            UndefinedJargon,
            m,
            "sections[0].text",
            |s| {
                sec(&mut s.a, "formal")
                    .text
                    .push_str("Søkere med ungdomsrett prioriteres.\n");
            },
            |s| {
                sec(&mut s.a, "formal")
                    .text
                    .push_str("Søkere med ungdomsrett prioriteres.\n");
                s.a.glossary.push(GlossaryEntry {
                    term: "ungdomsrett".into(),
                    definition: "Retten ungdom har til videregående opplæring etter grunnskolen."
                        .into(),
                });
            },
        ),
        // The example names "ungdom i oppfølgingstjenesten" in Målgrupper; another wording in
        // another section is flagged, in the same section it is not.
        case(
            TargetGroupNamedDifferently,
            m,
            "sections[0].text",
            |s| {
                sec(&mut s.a, "formal")
                    .text
                    .push_str("OT-ungdom skal få et tilbud raskt.\n");
            },
            |s| {
                sec(&mut s.a, "malgrupper")
                    .text
                    .push_str("OT-ungdom skal få et tilbud raskt.\n");
            },
        ),
        // More than 40 words in a sentence.
        case(
            VeryLongSentence,
            m,
            "sections[0].text",
            |s| {
                let text = &mut sec(&mut s.a, "formal").text;
                *text = format!("{text}{}\n", sentence(41));
            },
            |s| {
                let text = &mut sec(&mut s.a, "formal").text;
                *text = format!("{text}{}\n", sentence(40));
            },
        ),
        // The same agreement renamed since the link was made is still the main agreement.
        case(
            ParentMismatch,
            sub_base,
            "meta.parent.file",
            |s| {
                s.main.meta.id = "en-annen-avtale".into();
            },
            |s| {
                s.main.meta.title = "Samarbeidsavtale mellom NAV Vestland og fylket".into();
            },
        ),
        // The same organisation, whatever the spacing and case.
        case(
            PartyNotInParent,
            sub_base,
            "parties[1]",
            |s| {
                s.a.parties[1].organisation = "Bergen katedralskole".into();
            },
            |s| {
                s.a.parties[1].organisation = " vestland  FYLKESKOMMUNE".into();
            },
        ),
        // A school named as an additional party may join.
        case(
            PartyNotInParent,
            sub_base,
            "parties[1]",
            |s| {
                s.a.parties[1].organisation = "Bergen katedralskole".into();
                link(&mut s.a).additional_parties.push(id("nav"));
            },
            |s| {
                s.a.parties[1].organisation = "Bergen katedralskole".into();
                link(&mut s.a).additional_parties.push(id("fk"));
            },
        ),
        // Areas match whatever the case.
        case(
            AreaNotInParent,
            sub_base,
            "meta.parent.area",
            |s| {
                link(&mut s.a).area = Some("Fengselsundervisning".into());
            },
            |s| {
                link(&mut s.a).area = Some("Oppfølgingstjenesten".into());
            },
        ),
        // No area is needed when the main agreement lists none.
        case(
            NoArea,
            sub_base,
            "meta.parent.area",
            |s| {
                link(&mut s.a).area = None;
            },
            |s| {
                link(&mut s.a).area = None;
                s.main.meta.areas.clear();
            },
        ),
        // A link with no file is not read (the app and the command line pass no parent then).
        case(
            ParentUnreadable,
            sub_base,
            "meta.parent.file",
            |s| {
                s.parent = Parent::Unreadable("Fant ikke filen hovedavtale-vestland.avtale.yaml.");
            },
            |s| {
                link(&mut s.a).file = None;
                s.parent = Parent::None;
            },
        ),
        // A glossary shown in another section, or no glossary, is fine.
        case(
            GlossaryNotShown,
            m,
            "glossary",
            |s| {
                sec(&mut s.a, "begreper").show = None;
            },
            |s| {
                sec(&mut s.a, "begreper").show = None;
                sec(&mut s.a, "formal").show = Some(Generated::Glossary);
            },
        ),
        // A reference to a party that is not there; one to a party that is, is fine.
        case(
            BrokenReference,
            m,
            "sections[0].text",
            |s| {
                sec(&mut s.a, "formal")
                    .text
                    .push_str(" Signert av [[signatar: skole]].");
            },
            |s| {
                sec(&mut s.a, "formal")
                    .text
                    .push_str(" Signert av [[signatar: nav]].");
            },
        ),
        // A deadline after the period (it ends 30 November 2030); one inside it, or a year
        // before it that is no deadline, is fine.
        case(
            DateInTextOutsidePeriod,
            m,
            "sections[0].text",
            |s| {
                sec(&mut s.a, "formal")
                    .text
                    .push_str(" Målene skal være nådd innen 31. desember 2030.");
            },
            |s| {
                sec(&mut s.a, "formal").text.push_str(
                    " Målene skal være nådd innen 30. november 2030, som loven fra 2005 sier.",
                );
            },
        ),
        // The operative meeting is every 6 weeks: "hver 4. uke" about it disagrees, "hver 6.
        // uke" does not, and a cadence in a sentence about no meeting is not compared.
        case(
            CadenceInTextDiffers,
            m,
            "sections[8].text",
            |s| {
                sec(&mut s.a, "motearenaer")
                    .text
                    .push_str(" Operative samarbeidsmøter holdes hver 4. uke.");
            },
            |s| {
                sec(&mut s.a, "motearenaer").text.push_str(
                    " Operative samarbeidsmøter holdes hver 6. uke. Nyhetsbrevet kommer hver 4. uke.",
                );
            },
        ),
        // Nav Rogaland is no party, nor is a regional director anyone who signs; Nav Vestland
        // and its county director are.
        case(
            NameInTextNotAParty,
            m,
            "sections[2].text",
            |s| {
                sec(&mut s.a, "parter")
                    .text
                    .push_str(" I Nav Rogaland har regiondirektøren ansvaret.");
            },
            |s| {
                sec(&mut s.a, "parter")
                    .text
                    .push_str(" I Nav Vestland har fylkesdirektøren ansvaret.");
            },
        ),
        // The follow-up service now serves young people up to the year they turn 24: an age
        // of 21 about it is outdated; the same words about something else are not.
        case(
            OutdatedWording,
            m,
            "sections[0].text",
            |s| {
                sec(&mut s.a, "formal")
                    .text
                    .push_str(" Oppfølgingstjenesten følger opp ungdom til de fyller 21 år.");
            },
            |s| {
                sec(&mut s.a, "formal").text.push_str(
                    " Oppfølgingstjenesten følger opp ungdom til de fyller 24 år. Lærlinger som fyller 21 år, får lønn som voksne.",
                );
            },
        ),
        // A body's regions are each named once (case and spaces aside)...
        case(
            RegionUnclear,
            m,
            "sections[8].meetings[1].regions[1]",
            |s| {
                sec(&mut s.a, "motearenaer")
                    .meetings
                    .as_mut()
                    .expect(FILLED)[1]
                    .regions = vec!["Nordfjord".into(), " nordfjord ".into()];
            },
            |s| {
                sec(&mut s.a, "motearenaer")
                    .meetings
                    .as_mut()
                    .expect(FILLED)[1]
                    .regions = vec!["Nordfjord".into(), "Nord".into()];
            },
        ),
        // ... and none is blank.
        case(
            RegionUnclear,
            m,
            "sections[8].meetings[1].regions[0]",
            |s| {
                sec(&mut s.a, "motearenaer")
                    .meetings
                    .as_mut()
                    .expect(FILLED)[1]
                    .regions = vec!["  ".into(), "Sunnfjord".into()];
            },
            |s| {
                sec(&mut s.a, "motearenaer")
                    .meetings
                    .as_mut()
                    .expect(FILLED)[1]
                    .regions = vec!["Sunnfjord".into()];
            },
        ),
        // A region of the agreement that nothing reaches is reported; one a meeting body is
        // held in (named as the calendar compares names) is not.
        case(
            RegionNotCovered,
            m,
            "meta.regions[0]",
            |s| {
                s.a.meta.regions = vec![Region {
                    name: "Sunnfjord".into(),
                    offices: Vec::new(),
                    municipalities: vec!["Sunnfjord".into()],
                }];
            },
            |s| {
                s.a.meta.regions = vec![Region {
                    name: "Sunnfjord".into(),
                    offices: Vec::new(),
                    municipalities: vec!["Sunnfjord".into()],
                }];
                sec(&mut s.a, "motearenaer")
                    .meetings
                    .as_mut()
                    .expect(FILLED)[1]
                    .regions = vec![" sunnfjord ".into()];
            },
        ),
        // A mark as considered that names no warning is reported; one that names a warning
        // is not.
        case(
            ConsideredNotFound,
            m,
            "considered[0]",
            |s| s.a.considered.push(deputy_considered()),
            |s| {
                sec(&mut s.a, "kontaktpersoner")
                    .contacts
                    .as_mut()
                    .expect(FILLED)[0]
                    .deputy = None;
                s.a.considered.push(deputy_considered());
            },
        ),
        // A glossary row whose definition is only spaces is not printed; a short one is.
        case(
            GlossaryEntryIncomplete,
            m,
            "glossary[1].definition",
            |s| s.a.glossary[1].definition = "  ".into(),
            |s| s.a.glossary[1].definition = "Kort.".into(),
        ),
    ]
}

/// A mark as considered of the first contact's missing deputy.
fn deputy_considered() -> Considered {
    Considered {
        code: Code::ContactWithoutDeputy,
        section: Some(SectionId("kontaktpersoner".into())),
        field: "contacts[0].deputy".into(),
        subject: None,
        reason: "Stedfortreder er ikke avklart ennå.".into(),
    }
}

fn codes(diagnostics: &[Diagnostic]) -> Vec<Code> {
    diagnostics.iter().map(|d| d.code).collect()
}

#[test]
fn the_bases_are_clean() {
    let templates = TemplateSet::shipped().expect("templates");
    for (name, base) in [("main", main_base()), ("sub", sub_base())] {
        let found = check(&base, &templates);
        assert!(found.is_empty(), "{name}: {found:#?}");
    }
}

#[test]
fn sections_are_where_the_fields_say() {
    let ids: Vec<String> = example().sections.iter().map(|s| s.id.0.clone()).collect();
    for (index, id) in [
        (0, "formal"),
        (2, "parter"),
        (4, "malgrupper"),
        (5, "mal"),
        (6, "roller"),
        (7, "grenseflater"),
        (8, "motearenaer"),
        (9, "kontaktpersoner"),
        (10, "informasjonsdeling"),
        (12, "kompetanse"),
        (13, "begreper"),
        (15, "evaluering"),
        (16, "varighet"),
        (18, "underskrifter"),
    ] {
        assert_eq!(ids[index], id);
    }
}

#[test]
fn every_code_has_a_raising_case_and_a_near_miss() {
    let templates = TemplateSet::shipped().expect("templates");
    let cases = cases();
    let mut problems = Vec::new();
    for code in Code::ALL {
        if !cases.iter().any(|c| c.code == *code) {
            problems.push(format!("{code}: no case"));
        }
    }
    for (i, c) in cases.iter().enumerate() {
        let code = c.code;
        let mut raised = (c.base)();
        (c.raise)(&mut raised);
        let found = check(&raised, &templates);
        let hits: Vec<&Diagnostic> = found.iter().filter(|d| d.code == code).collect();
        if hits.is_empty() {
            problems.push(format!(
                "{code} (case {i}) not raised; found {:?}",
                codes(&found)
            ));
        }
        if !hits.iter().any(|d| d.field == c.field) {
            problems.push(format!(
                "{code} (case {i}) not at {}: {:?}",
                c.field,
                hits.iter().map(|d| &d.field).collect::<Vec<_>>()
            ));
        }
        for d in &hits {
            if d.severity != code.severity() || d.message.trim().is_empty() {
                problems.push(format!("{code} (case {i}): {d:?}"));
            }
        }
        let mut near = (c.base)();
        (c.near)(&mut near);
        let near = check(&near, &templates);
        if let Some(d) = near.iter().find(|d| d.code == code) {
            problems.push(format!("{code} (case {i}) raised by the near miss: {d:?}"));
        }
        // The change raises exactly this code: anything else it raises, the near miss raises
        // too (a period that ends before it starts leaves every date outside it, whatever
        // the end).
        // A change that empties data the text refers to ([[hyppighet: …]], [[periodens
        // slutt]]) also breaks those references (AV042), as it should.
        let near = codes(&near);
        let others: Vec<Code> = codes(&found)
            .into_iter()
            .filter(|k| *k != code && !near.contains(k) && *k != Code::BrokenReference)
            .collect();
        if !others.is_empty() {
            problems.push(format!("{code} (case {i}) also raises {others:?}"));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// The severities in `docs/checks.md` are the ones the code declares, and every code is
/// documented.
#[test]
fn documented_severities_match_the_codes() {
    let docs = include_str!("../../../docs/checks.md");
    for code in Code::ALL {
        let row = docs
            .lines()
            .find(|l| l.starts_with(&format!("| {code} |")))
            .unwrap_or_else(|| panic!("{code} is not in docs/checks.md"));
        let severity = row.split('|').nth(2).map(str::trim);
        let declared = match code.severity() {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        assert_eq!(severity, Some(declared), "{code}: {row}");
    }
}

/// Codes raised by one change to the example.
fn raised_by(change: fn(&mut Agreement)) -> Vec<Code> {
    let templates = TemplateSet::shipped().expect("templates");
    let mut s = main_base();
    change(&mut s.a);
    codes(&check(&s, &templates))
}

/// The words `pad_to` adds raise nothing of their own below the limit (so the AV013 case
/// raises AV013 alone).
#[test]
fn padding_below_the_limit_raises_nothing() {
    assert_eq!(raised_by(|a| pad_to(a, 3000)), vec![]);
}

// Cases that should raise their code and do not. Each loads from a file as written here (the
// loader accepts it) and can be made in the app; run them with `--ignored`.

/// The app's form adds a deputy as `{ name: "" }` when its box is ticked (`clauseForms.ts`);
/// left blank, that is no deputy, as a blank signatory is no signatory for AV008.
#[test]
fn av021_a_deputy_with_a_blank_name_is_no_deputy() {
    let found = raised_by(|a| {
        let contacts = sec(a, "kontaktpersoner").contacts.as_mut().expect(FILLED);
        contacts[0].deputy.as_mut().expect(FILLED).name = " ".into();
    });
    assert!(found.contains(&Code::ContactWithoutDeputy), "{found:?}");
}

/// The app's chair picker writes `alternating: []` when every party is unticked
/// (`HolderPicker.svelte`): nobody chairs.
#[test]
fn av005_an_alternating_chair_of_no_parties_is_no_chair() {
    let found = raised_by(|a| {
        sec(a, "motearenaer").meetings.as_mut().expect(FILLED)[0].chair =
            Some(Holder::Alternating(vec![]));
    });
    assert!(found.contains(&Code::MeetingWithoutChair), "{found:?}");
}

/// The same picker sets a mandate's leader.
#[test]
fn av023_an_alternating_leader_of_no_parties_is_no_leader() {
    let found = raised_by(|a| {
        let mut mandate = mandate();
        mandate.leader = Some(Holder::Alternating(vec![]));
        sec(a, "roller").mandate = Some(mandate);
    });
    assert!(found.contains(&Code::MandateIncomplete), "{found:?}");
}

/// "Every 0 weeks" never meets; it is no cadence (and not "too many meetings" either).
#[test]
fn av004_every_zero_weeks_is_no_cadence() {
    let found = raised_by(|a| {
        sec(a, "motearenaer").meetings.as_mut().expect(FILLED)[1].cadence =
            Some(Cadence::EveryWeeks(0));
    });
    assert!(found.contains(&Code::MeetingWithoutCadence), "{found:?}");
}

/// The glossary prints with the agreement, so a placeholder left in it prints too.
#[test]
fn av001_a_placeholder_in_the_glossary_is_reported() {
    let found = raised_by(|a| {
        a.glossary[0].definition = "{{definisjon av oppfølgingstjenesten}}".into();
    });
    assert!(found.contains(&Code::Placeholder), "{found:?}");
}
