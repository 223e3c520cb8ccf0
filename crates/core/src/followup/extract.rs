//! One party's extract of the agreement for its business plan (virksomhetsplan): the tasks it is
//! responsible for, its measures with where they stand, the meeting bodies it sits in, the goals
//! it follows up and the reports it writes, in short tables for one page. The SINTEF study
//! (R35, R36) found that an agreement lives when its tasks reach each party's own plans.
//!
//! Who is responsible comes from the responsibility matrix and the overview: nothing here
//! decides it a second time.

use chrono::NaiveDate;

use crate::agreement::{Agreement, PartyId};
use crate::clause::Holder;
use crate::date::Date;
use crate::followup::overview::overview;
use crate::followup::report::{dated, plain, section, table_or};
use crate::lang::Locale;
use crate::matrix::{self, Part, Source};
use crate::messages::{self, Label, ReportWord};
use crate::render::tree::{Fact, Runs, Tree};

/// The extract of the agreement for `party`, on `today` (for the measures' status and the next
/// meetings and reports), in the agreement's language. `None` when the agreement has no such
/// party.
pub fn party_extract(agreement: &Agreement, party: &PartyId, today: NaiveDate) -> Option<Tree> {
    let who = agreement.parties.iter().find(|p| &p.id == party)?;
    let name = who.organisation.clone();
    let lang = agreement.meta.language;
    let l = Locale::from(lang);
    let label = |label: Label| plain(messages::label(label, lang));
    let o = overview(agreement, today, 0, l);
    let none = ReportWord::NoneForParty;

    let m = matrix::matrix(agreement);
    let column = m.parties.iter().position(|p| p == party);
    let tasks: Vec<Vec<Runs>> = (m.rows.iter())
        .filter(|r| r.source != Source::Measure)
        .filter(|r| {
            column.and_then(|c| r.cells.get(c).copied().flatten()) == Some(Part::Responsible)
        })
        .map(|r| {
            vec![
                plain(r.task.clone()),
                plain(r.role.clone().unwrap_or_default()),
            ]
        })
        .collect();

    let measures: Vec<Vec<Runs>> = (o.measures.iter())
        .filter(|m| m.responsible.as_deref() == Some(name.as_str()))
        .map(|m| {
            vec![
                plain(m.name.clone()),
                dated(m.deadline, l),
                plain(messages::report_status(m.status, m.late, l)),
            ]
        })
        .collect();

    let mut bodies = Vec::new();
    for (section, body) in (agreement.sections.iter())
        .flat_map(|s| s.meetings.iter().flatten().map(move |b| (&s.id, b)))
    {
        let ours: Vec<String> = (body.members.iter())
            .filter(|m| m.party.as_ref() == Some(party))
            .map(|m| m.role.clone())
            .collect();
        let chairs = body
            .chair
            .as_ref()
            .is_some_and(|c| c.parties().contains(&party));
        if ours.is_empty() && !chairs {
            continue;
        }
        let chair = match &body.chair {
            Some(Holder::Party(id)) => agreement.party_name(id),
            Some(Holder::Alternating(ids)) => format!(
                "{} {}",
                messages::label(Label::AlternatingBetween, lang),
                messages::join_list(
                    &ids.iter()
                        .map(|id| agreement.party_name(id))
                        .collect::<Vec<_>>(),
                    l
                )
            ),
            None => String::new(),
        };
        let next = (o.bodies.iter())
            .find(|b| &b.section == section && b.name == body.name)
            .and_then(|b| b.next);
        bodies.push(vec![
            plain(body.name.clone()),
            plain(ours.join("; ")),
            plain(chair),
            plain(
                body.cadence
                    .as_ref()
                    .map(|c| messages::cadence(c, l))
                    .unwrap_or_default(),
            ),
            dated(next, l),
        ]);
    }

    let goals: Vec<Vec<Runs>> = (o.goals.iter())
        .filter(|g| g.shared || g.responsible.as_deref() == Some(name.as_str()))
        .map(|g| {
            vec![
                plain(g.goal.clone()),
                plain(g.target.clone()),
                dated(g.deadline, l),
                plain(
                    g.latest
                        .as_ref()
                        .map(|f| messages::report_dated(&f.value, f.date, l))
                        .unwrap_or_default(),
                ),
            ]
        })
        .collect();

    let reports: Vec<Vec<Runs>> = (o.reports.iter())
        .filter(|r| r.from.as_deref() == Some(name.as_str()))
        .map(|r| {
            vec![
                plain(r.report.clone()),
                plain(r.to.clone()),
                dated(r.next, l),
            ]
        })
        .collect();

    let word = |w: ReportWord| messages::report_word(w, l);
    let sections = vec![
        section(
            1,
            word(ReportWord::Tasks),
            table_or(vec![label(Label::Task), label(Label::Role)], tasks, none, l),
        ),
        section(
            2,
            word(ReportWord::Measures),
            table_or(
                vec![
                    label(Label::Measure),
                    label(Label::Deadline),
                    label(Label::Status),
                ],
                measures,
                none,
                l,
            ),
        ),
        section(
            3,
            word(ReportWord::Bodies),
            table_or(
                vec![
                    label(Label::MeetingBody),
                    plain(word(ReportWord::TheirMembers)),
                    label(Label::Chair),
                    label(Label::Cadence),
                    plain(word(ReportWord::NextMeeting)),
                ],
                bodies,
                none,
                l,
            ),
        ),
        section(
            4,
            word(ReportWord::Goals),
            table_or(
                vec![
                    label(Label::Goal),
                    label(Label::Target),
                    label(Label::Deadline),
                    plain(word(ReportWord::Latest)),
                ],
                goals,
                none,
                l,
            ),
        ),
        section(
            5,
            word(ReportWord::Reports),
            table_or(
                vec![
                    label(Label::Report),
                    label(Label::To),
                    plain(word(ReportWord::NextDue)),
                ],
                reports,
                none,
                l,
            ),
        ),
    ];
    Some(Tree {
        title: messages::extract_title(&name, &agreement.meta.title, l),
        facts: vec![Fact {
            label: word(ReportWord::Made),
            value: dated(Some(Date::from(today)), l),
        }],
        sections,
    })
}
