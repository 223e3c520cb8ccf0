//! Property tests of the file format: saving then loading gives the same agreement, for random
//! agreements with random section orders and any Unicode text; a second save is byte-identical
//! to the first; and saving through the file system round-trips too.

use avtale_core::agreement::{
    Agreement, AgreementKind, AgreementRef, FORMAT_VERSION, Generated, GlossaryEntry, Meta,
    ParentRef, Party, PartyId, PartyKind, Period, Person, Region, Relation, Renewal, Section,
    SectionId, Status,
};
use avtale_core::check::Code;
use avtale_core::check::considered::Considered;
use avtale_core::clause::{
    AgeRange, Annex, Baseline, Boundary, Cadence, Consent, Contact, Deputy, Evaluation, Finance,
    Goal, GoalKind, Holder, InformationSharing, Level, Mandate, Measure, MeetingBody, Member,
    Reporting, Role, Signatures, Signing, Step, TargetGroup, Task, Termination,
};
use avtale_core::date::Date;
use avtale_core::followup::{Entry, Followed, MeasureStatus, NoteKind};
use avtale_core::format::{agreement_from_str, agreement_to_string};
use avtale_core::history::{
    AcceptedErrors, ReasonKind, RevisionInfo, RevisionNotes, RevisionReason, Timestamp,
};
use avtale_core::lang::Lang;
use avtale_core::store;
use proptest::prelude::*;

/// Any text, including the characters YAML treats specially.
fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => "[\\PC\\n\\t ]{0,40}",
        1 => prop::sample::select(vec![
            "yes", "no", "null", "~", "true", "0x1F", "1e3", "- item", "# not a comment",
            "key: value", "  leading", "trailing  ", "line\n", "\n\nblank", "'quote", "\"dq",
            "æøå ÆØÅ «sitat» – tankestrek", "{{plassholder}}", "<script>alert(1)</script>",
            "|", ">", "&anchor", "*alias", "!tag", "%", "@", "`", "---", "...", "a\tb", "\u{feff}bom",
            "emoji 🙂", "windows\r\nline", "lone\rcr", "nul\u{0}byte", "ctrl\u{7}bell", "right-to-left עברית", "",
        ]).prop_map(str::to_owned),
    ]
}

fn opt<T: std::fmt::Debug + Clone>(
    s: impl Strategy<Value = T>,
) -> impl Strategy<Value = Option<T>> {
    prop::option::of(s)
}

fn date() -> impl Strategy<Value = Date> {
    (1990i32..2100, 1u32..=12, 1u32..=28)
        .prop_map(|(y, m, d)| Date::from_ymd(y, m, d).expect("valid"))
}

/// A follow-up entry of any kind, recorded at a moment with an offset.
fn followup_entry() -> impl Strategy<Value = Entry> {
    use avtale_core::followup::log::{
        ContactConfirmed, EvaluationHeld, GoalFigure, MeasureUpdate, MeetingHeld, Note, ReportGiven,
    };
    (
        (date(), 0u32..24, -2i32..3, text()),
        (0usize..7, text(), text(), date(), text()),
        (
            prop::sample::select(MeasureStatus::ALL.to_vec()),
            any::<bool>(),
            opt(0usize..8),
        ),
    )
        .prop_map(
            |(
                (day, hour, offset, by),
                (which, name, note, date, value),
                (status, good, section),
            )| {
                let sign = if offset < 0 { '-' } else { '+' };
                let time = format!("{day}T{hour:02}:00:00{sign}{:02}:00", offset.abs());
                let at = Timestamp::parse(&time).expect("a time");
                let section_id = SectionId(format!("s{}", section.unwrap_or(0)));
                let what = match which {
                    0 => Followed::Measure(MeasureUpdate {
                        section: section_id,
                        measure: name,
                        status,
                        note,
                    }),
                    1 => Followed::Figure(GoalFigure {
                        section: section_id,
                        goal: name,
                        value,
                        date,
                        note,
                    }),
                    2 => Followed::Meeting(MeetingHeld {
                        body: name,
                        date,
                        note,
                    }),
                    3 => Followed::Report(ReportGiven {
                        report: name,
                        date,
                        note,
                    }),
                    4 => Followed::Evaluation(EvaluationHeld {
                        section: section_id,
                        date,
                        note,
                    }),
                    5 => Followed::Contact(ContactConfirmed { name, date }),
                    _ => Followed::Note(Note {
                        kind: if good {
                            NoteKind::GodPraksis
                        } else {
                            NoteKind::Beslutning
                        },
                        date,
                        text: note,
                        section: section.map(|i| SectionId(format!("s{i}"))),
                    }),
                };
                Entry { at, by, what }
            },
        )
}

fn party_id() -> impl Strategy<Value = PartyId> {
    prop::sample::select(vec!["nav", "fk", "ks", "skole-1", "ukjent"]).prop_map(PartyId::from)
}

fn holder() -> impl Strategy<Value = Holder> {
    prop_oneof![
        party_id().prop_map(Holder::Party),
        prop::collection::vec(party_id(), 0..3).prop_map(Holder::Alternating)
    ]
}

fn cadence() -> impl Strategy<Value = Cadence> {
    prop_oneof![
        (0u32..60).prop_map(Cadence::PerYear),
        (0u32..5).prop_map(Cadence::PerMonth),
        (0u32..5).prop_map(Cadence::PerWeek),
        (0u32..10).prop_map(Cadence::EveryWeeks),
        prop::collection::vec(1u32..=12, 0..4).prop_map(Cadence::Months),
        text().prop_map(Cadence::AsNeeded),
    ]
}

fn member() -> impl Strategy<Value = Member> {
    (text(), opt(party_id())).prop_map(|(role, party)| Member { role, party })
}

fn contact() -> impl Strategy<Value = Contact> {
    (
        opt(party_id()),
        text(),
        text(),
        opt(text()),
        opt(text()),
        opt((text(), opt(text()), opt(text()))),
        prop::collection::vec(text(), 0..3),
    )
        .prop_map(
            |(party, role, name, email, phone, deputy, regions)| Contact {
                party,
                role,
                name,
                email,
                phone,
                deputy: deputy.map(|(name, email, phone)| Deputy { name, email, phone }),
                regions,
            },
        )
}

fn section() -> impl Strategy<Value = Section> {
    let base = (
        text(),
        opt(text()),
        text(),
        opt(prop::sample::select(vec![
            Generated::Parties,
            Generated::Period,
            Generated::Glossary,
            Generated::References,
            Generated::Regions,
        ])),
    );
    let kind = 0usize..17;
    (base, kind, any::<u64>()).prop_flat_map(|((title, template, body, show), kind, _)| {
        let data: BoxedStrategy<Section> = match kind {
            0 => Just(Section::default()).boxed(),
            1 => prop::collection::vec(
                (
                    text(),
                    opt(party_id()),
                    prop::collection::vec((text(), opt(party_id()), opt(text())), 0..3),
                ),
                0..3,
            )
            .prop_map(|roles| Section {
                roles: Some(
                    roles
                        .into_iter()
                        .map(|(role, party, tasks)| Role {
                            role,
                            party,
                            tasks: tasks
                                .into_iter()
                                .map(|(task, responsible, deadline)| Task {
                                    task,
                                    responsible,
                                    deadline,
                                })
                                .collect(),
                        })
                        .collect(),
                ),
                ..Section::default()
            })
            .boxed(),
            2 => (
                text(),
                text(),
                prop::collection::vec(text(), 0..3),
                text(),
                text(),
                prop::collection::vec(member(), 0..3),
                opt(holder()),
                opt((date(), opt(date()))),
            )
                .prop_map(
                    |(
                        group,
                        purpose,
                        deliverables,
                        authority,
                        reports_to,
                        members,
                        leader,
                        period,
                    )| Section {
                        mandate: Some(Mandate {
                            group,
                            purpose,
                            deliverables,
                            authority,
                            reports_to,
                            members,
                            leader,
                            period: period
                                .map(|(from, to)| avtale_core::clause::DateRange { from, to }),
                        }),
                        ..Section::default()
                    },
                )
                .boxed(),
            3 => prop::collection::vec(
                (
                    text(),
                    opt(party_id()),
                    prop::collection::vec(party_id(), 0..2),
                    text(),
                ),
                0..3,
            )
            .prop_map(|b| Section {
                boundaries: Some(
                    b.into_iter()
                        .map(|(area, lead, support, handover)| Boundary {
                            area,
                            lead,
                            support,
                            handover,
                        })
                        .collect(),
                ),
                ..Section::default()
            })
            .boxed(),
            4 => prop::collection::vec(
                (
                    text(),
                    opt(prop::sample::select(vec![
                        Level::Strategisk,
                        Level::Operativ,
                    ])),
                    text(),
                    prop::collection::vec(member(), 0..3),
                    opt(holder()),
                    opt(cadence()),
                    opt((0u32..16).prop_map(|h| f64::from(h) / 2.0)),
                    prop::collection::vec(text(), 0..2),
                    opt(holder()),
                    prop::collection::vec(text(), 0..3),
                ),
                0..3,
            )
            .prop_map(|bodies| Section {
                meetings: Some(
                    bodies
                        .into_iter()
                        .map(
                            |(
                                name,
                                level,
                                purpose,
                                members,
                                chair,
                                cadence,
                                hours,
                                agenda,
                                minutes,
                                regions,
                            )| MeetingBody {
                                name,
                                level,
                                purpose,
                                members,
                                chair,
                                cadence,
                                hours,
                                agenda,
                                minutes,
                                regions,
                            },
                        )
                        .collect(),
                ),
                ..Section::default()
            })
            .boxed(),
            5 => prop::collection::vec((text(), opt(party_id()), opt(text())), 0..4)
                .prop_map(|s| Section {
                    steps: Some(
                        s.into_iter()
                            .map(|(action, responsible, deadline)| Step {
                                action,
                                responsible,
                                deadline,
                            })
                            .collect(),
                    ),
                    ..Section::default()
                })
                .boxed(),
            6 => prop::collection::vec(
                (
                    text(),
                    text(),
                    opt((0u32..30, 0u32..99)),
                    prop::collection::vec(text(), 0..2),
                    opt(party_id()),
                ),
                0..3,
            )
            .prop_map(|g| Section {
                target_groups: Some(
                    g.into_iter()
                        .map(|(name, definition, age, criteria, lead)| TargetGroup {
                            name,
                            definition,
                            age: age.map(|(from, to)| AgeRange { from, to }),
                            criteria,
                            lead,
                        })
                        .collect(),
                ),
                ..Section::default()
            })
            .boxed(),
            7 => prop::collection::vec(
                (
                    (text(), text(), text(), opt(date()), opt(party_id())),
                    (
                        opt((text(), opt(date()))),
                        text(),
                        opt(0usize..3),
                        any::<bool>(),
                    ),
                ),
                0..3,
            )
            .prop_map(|g| Section {
                goals: Some(
                    g.into_iter()
                        .map(
                            |(
                                (goal, indicator, target, deadline, responsible),
                                (baseline, source, kind, shared),
                            )| Goal {
                                goal,
                                indicator,
                                target,
                                deadline,
                                responsible,
                                baseline: baseline.map(|(value, date)| Baseline { value, date }),
                                source,
                                kind: kind.map(|k| GoalKind::ALL[k]),
                                shared,
                            },
                        )
                        .collect(),
                ),
                ..Section::default()
            })
            .boxed(),
            8 => prop::collection::vec(
                (
                    text(),
                    text(),
                    opt(party_id()),
                    opt(date()),
                    opt(date()),
                    prop::collection::vec(text(), 0..3),
                ),
                0..3,
            )
            .prop_map(|m| Section {
                measures: Some(
                    m.into_iter()
                        .map(
                            |(name, description, responsible, start, deadline, regions)| Measure {
                                name,
                                description,
                                responsible,
                                start,
                                deadline,
                                regions,
                            },
                        )
                        .collect(),
                ),
                ..Section::default()
            })
            .boxed(),
            9 => prop::collection::vec(contact(), 0..3)
                .prop_map(|c| Section {
                    contacts: Some(c),
                    ..Section::default()
                })
                .boxed(),
            10 => (
                any::<bool>(),
                text(),
                text(),
                opt((text(), any::<bool>(), text(), text())),
            )
                .prop_map(|(personal_data, purpose, legal_basis, consent)| Section {
                    information_sharing: Some(InformationSharing {
                        personal_data,
                        purpose,
                        legal_basis,
                        consent: consent.map(|(given_by, written, scope, withdrawal)| Consent {
                            given_by,
                            written,
                            scope,
                            withdrawal,
                        }),
                    }),
                    ..Section::default()
                })
                .boxed(),
            11 => prop::collection::vec((party_id(), text(), opt(any::<u64>())), 0..3)
                .prop_map(|f| Section {
                    finances: Some(
                        f.into_iter()
                            .map(|(party, contribution, amount_nok)| Finance {
                                party,
                                contribution,
                                amount_nok,
                            })
                            .collect(),
                    ),
                    ..Section::default()
                })
                .boxed(),
            12 => prop::collection::vec((text(), opt(party_id()), text(), opt(cadence())), 0..3)
                .prop_map(|r| Section {
                    reporting: Some(
                        r.into_iter()
                            .map(|(report, from, to, cadence)| Reporting {
                                report,
                                from,
                                to,
                                cadence,
                            })
                            .collect(),
                    ),
                    ..Section::default()
                })
                .boxed(),
            13 => (
                opt(cadence()),
                opt(date()),
                opt(holder()),
                prop::collection::vec(text(), 0..3),
            )
                .prop_map(|(cadence, next, responsible, questions)| Section {
                    evaluation: Some(Evaluation {
                        cadence,
                        next,
                        responsible,
                        questions,
                    }),
                    ..Section::default()
                })
                .boxed(),
            14 => opt(0u32..24)
                .prop_map(|notice_months| Section {
                    termination: Some(Termination { notice_months }),
                    ..Section::default()
                })
                .boxed(),
            15 => (
                prop::collection::vec(party_id(), 0..3),
                prop::collection::vec((party_id(), date(), text()), 0..3),
                opt(text()),
                opt(date()),
            )
                .prop_map(|(parties, signed, place, date)| Section {
                    signatures: Some(Signatures {
                        parties,
                        signed: signed
                            .into_iter()
                            .map(|(party, date, place)| Signing { party, date, place })
                            .collect(),
                        place,
                        date,
                    }),
                    ..Section::default()
                })
                .boxed(),
            _ => prop::collection::vec((text(), opt(text())), 0..3)
                .prop_map(|a| Section {
                    annexes: Some(
                        a.into_iter()
                            .map(|(title, reference)| Annex { title, reference })
                            .collect(),
                    ),
                    ..Section::default()
                })
                .boxed(),
        };
        data.prop_map(move |mut s| {
            s.title = title.clone();
            s.template = template.clone();
            s.text = body.clone();
            s.show = show;
            s
        })
    })
}

fn party() -> impl Strategy<Value = Party> {
    (
        text(),
        opt(text()),
        prop::sample::select(vec![
            PartyKind::NavFylke,
            PartyKind::NavKontor,
            PartyKind::Fylkeskommune,
            PartyKind::Skole,
            PartyKind::Kommune,
            PartyKind::Ks,
            PartyKind::Annen,
        ]),
        opt((text(), text())),
        opt(contact()),
    )
        .prop_map(|(organisation, unit, kind, signatory, contact)| Party {
            id: PartyId::from("x"),
            organisation,
            unit,
            kind,
            signatory: signatory.map(|(name, title)| Person { name, title }),
            contact,
        })
}

fn agreement() -> impl Strategy<Value = Agreement> {
    let meta = (
        text(),
        text(),
        prop::sample::select(AgreementKind::ALL.to_vec()),
        opt((
            (text(), text(), opt((date(), opt(date())))),
            (
                opt(text()),
                opt(text()),
                prop::collection::vec(0usize..4, 0..3),
            ),
        )),
        // The county, and the municipality a partnership agreement names.
        (text(), opt(text())),
        any::<bool>(),
        date(),
        opt(date()),
        opt((any::<bool>(), opt(0u32..9), opt(0u32..24))),
        prop::sample::select(Status::ALL.to_vec()),
    );
    let body = (
        prop::collection::vec(party(), 0..4),
        prop::collection::vec(section(), 0..8),
        prop::collection::vec((text(), text()), 0..3),
        prop::collection::vec(any::<u32>(), 8),
        prop::collection::vec(text(), 0..4),
        prop::collection::vec(
            (
                prop::sample::select(Relation::ALL.to_vec()),
                text(),
                opt(date()),
                opt(text()),
            ),
            0..3,
        ),
        prop::collection::vec(
            (
                prop::sample::select(Code::ALL.to_vec()),
                opt(0usize..8),
                text(),
                opt(text()),
                text(),
            ),
            0..3,
        ),
        prop::collection::vec(followup_entry(), 0..4),
        prop::collection::vec(
            (
                text(),
                prop::collection::vec(text(), 0..3),
                prop::collection::vec(text(), 0..4),
            ),
            0..3,
        ),
    );
    (meta, body).prop_map(
        |(
            (id, title, kind, parent, (county, municipality), nn, from, to, renewal, status),
            (
                mut parties,
                mut sections,
                glossary,
                swaps,
                areas,
                references,
                considered,
                followup,
                regions,
            ),
        )| {
            for (i, p) in parties.iter_mut().enumerate() {
                p.id = PartyId(format!("p{i}"));
            }
            for (i, s) in sections.iter_mut().enumerate() {
                s.id = SectionId(format!("s{i}"));
            }
            // A random order of sections, as a user would leave them after moving them around.
            for i in (1..sections.len()).rev() {
                let j = (swaps[i % swaps.len()] as usize) % (i + 1);
                sections.swap(i, j);
            }
            Agreement {
                format: FORMAT_VERSION,
                meta: Meta {
                    id,
                    title,
                    kind,
                    parent: parent.map(|((id, title, period), (file, area, extra))| ParentRef {
                        id,
                        title,
                        period: period.map(|(from, to)| Period {
                            from,
                            to,
                            renewal: None,
                        }),
                        file,
                        area,
                        additional_parties: extra
                            .into_iter()
                            .map(|i| PartyId(format!("p{i}")))
                            .collect(),
                    }),
                    county,
                    municipality,
                    language: if nn { Lang::Nn } else { Lang::Nb },
                    period: Period {
                        from,
                        to,
                        renewal: renewal.map(|(automatic, years, notice_months)| Renewal {
                            automatic,
                            years,
                            notice_months,
                        }),
                    },
                    status,
                    areas,
                    references: references
                        .into_iter()
                        .map(|(relation, title, date, file)| AgreementRef {
                            relation,
                            title,
                            date,
                            file,
                        })
                        .collect(),
                    regions: regions
                        .into_iter()
                        .map(|(name, offices, municipalities)| Region {
                            name,
                            offices,
                            municipalities,
                        })
                        .collect(),
                },
                parties,
                sections,
                glossary: glossary
                    .into_iter()
                    .map(|(term, definition)| GlossaryEntry { term, definition })
                    .collect(),
                considered: considered
                    .into_iter()
                    .map(|(code, section, field, subject, reason)| Considered {
                        code,
                        section: section.map(|i| SectionId(format!("s{i}"))),
                        field,
                        subject,
                        reason,
                    })
                    .collect(),
                followup,
                history: Default::default(),
            }
        },
    )
}

/// What a revision may record besides its text: any, all or none of the new fields.
fn notes() -> impl Strategy<Value = RevisionNotes> {
    let kind = prop::sample::select(ReasonKind::ALL.to_vec());
    let reason = opt((kind, opt(text())).prop_map(|(kind, text)| RevisionReason { kind, text }));
    let codes = prop::sample::subsequence(Code::ALL.to_vec(), 0..4);
    let accepted = opt(
        (text(), 0u32..50, codes).prop_map(|(reason, count, codes)| AcceptedErrors {
            reason,
            count,
            codes,
        }),
    );
    (reason, accepted, any::<bool>()).prop_map(|(reason, accepted_errors, registered)| {
        RevisionNotes {
            reason,
            accepted_errors,
            registered,
        }
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    /// Save then load gives the same agreement, and saving again gives the same bytes.
    #[test]
    fn save_then_load_gives_the_same_agreement(a in agreement()) {
        let text = agreement_to_string(&a);
        let back = agreement_from_str(&text, "prop.avtale.yaml").map_err(|e| TestCaseError::fail(format!("{e}\n---\n{text}")))?;
        prop_assert_eq!(&back, &a);
        prop_assert_eq!(agreement_to_string(&back), text);
    }

    /// Revisions round-trip too, with what they record (why, errors accepted, registered), and
    /// keep their sections in order.
    #[test]
    fn history_round_trips(mut a in agreement(), edits in prop::collection::vec((text(), notes()), 1..4)) {
        let time = Timestamp::parse("2026-03-01T10:15:00+01:00").expect("valid time");
        for (i, (edit, notes)) in edits.iter().enumerate() {
            if let Some(first) = a.sections.first_mut() {
                first.text = edit.clone();
            }
            a.record_revision_with(RevisionInfo { author: format!("Forfatter {i}"), time, message: edit.clone(), name: None }, notes.clone());
        }
        prop_assert_eq!(a.history.verify(), Ok(()));
        let text = agreement_to_string(&a);
        let back = agreement_from_str(&text, "prop.avtale.yaml").map_err(|e| TestCaseError::fail(format!("{e}")))?;
        prop_assert_eq!(&back, &a);
        let latest = back.history.latest().expect("a revision");
        let snapshot = back.history.snapshot(latest).expect("complete snapshot");
        prop_assert_eq!(snapshot.sections, a.sections);
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 32, ..ProptestConfig::default() })]

    /// Saving through the file system (atomic write) and reading back gives the same agreement.
    #[test]
    fn save_to_disk_then_read_gives_the_same_agreement(a in agreement()) {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("a.avtale.yaml");
        store::save_agreement(&path, &a).expect("saved");
        let back = store::read_agreement(&path).expect("read");
        prop_assert_eq!(back, a);
        // Nothing is left behind but the file itself.
        let names: Vec<_> = std::fs::read_dir(dir.path()).expect("listable").map(|e| e.expect("entry").file_name()).collect();
        prop_assert_eq!(names.len(), 1);
    }
}

// ---- merge ----

/// What accepting changes may leave different from the source: the draft's own status,
/// warnings marked as considered and follow-up log (not agreed text), and whitespace that
/// changes no line (a reflowed line is no change).
fn as_merged(mut a: Agreement, draft: &Agreement) -> Agreement {
    a.meta.status = draft.meta.status;
    a.considered = draft.considered.clone();
    a.followup = draft.followup.clone();
    for s in &mut a.sections {
        s.text = s.text.split_whitespace().collect::<Vec<_>>().join(" ");
    }
    a
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

    /// Accepting every change of a source into the common version gives the source; accepting
    /// none leaves the draft; accepting one change into a draft with changes of its own never
    /// touches another section, and a conflict is refused unless theirs is taken explicitly.
    #[test]
    fn accepting_changes(common in agreement(), theirs in agreement(), ours in agreement()) {
        use avtale_core::merge::{accept, changes, take_theirs, ChangeState, Incoming, MergeError};
        use avtale_core::Locale;
        let incoming = Incoming { theirs: theirs.clone(), common: Some(common.clone()), source: "prop".into() };
        // As in the app: after each accepted change the list is read again (a move that held
        // in the common order may be needed once other sections have moved), and nothing in it
        // may be a conflict, the draft being the common version.
        let mut merged = common.clone();
        let mut rounds = 0;
        loop {
            rounds += 1;
            prop_assert!(rounds < 500, "accepting changes does not settle");
            let found = changes(&merged, &incoming, Locale::Nb);
            for change in &found {
                prop_assert_ne!(change.state, ChangeState::Conflict, "{:?}", change);
            }
            let Some(next) = found.iter().find(|c| c.state == ChangeState::Applicable) else {
                break;
            };
            merged = accept(&merged, &incoming, &next.id).map_err(|e| TestCaseError::fail(format!("{}: {e}", next.id)))?;
        }
        prop_assert_eq!(&merged.followup, &common.followup, "the draft's follow-up log stays");
        prop_assert_eq!(as_merged(merged, &common), as_merged(theirs.clone(), &common));

        for change in changes(&ours, &incoming, Locale::Nb) {
            let result = accept(&ours, &incoming, &change.id);
            if change.state == ChangeState::Conflict {
                prop_assert_eq!(result.clone().err(), Some(MergeError::Conflict(change.id.clone())));
                let _ = take_theirs(&ours, &incoming, &change.id);
            }
            let Ok(after) = result else { continue };
            for s in &ours.sections {
                if Some(s.id.0.as_str()) != change.section.as_deref() {
                    prop_assert_eq!(after.section(&s.id), Some(s), "{}", change.id);
                }
            }
        }
    }
}
