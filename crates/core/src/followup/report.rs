//! The status report for a meeting of the strategic body: for a period (a tertial, a year or
//! any two days) it says how the measures stand, what is late and why, how the goals' figures
//! move, what good practice was noted, which matters the body is asked to decide, and where the
//! meetings and reports stand. The SINTEF study (R14) found tertial reports of progress,
//! challenges, good practice ("gode grep") and results to be what keeps the cooperation alive.
//!
//! It is a document tree like the agreement's, so every printer (PDF, Word, Markdown, HTML)
//! prints it. Every state comes from [`overview`]: nothing here decides what is late.

use chrono::{Datelike, NaiveDate};

use crate::agreement::Agreement;
use crate::clause::Level;
use crate::date::Date;
use crate::followup::log::MeasureStatus;
use crate::followup::log::{Followed, NoteKind, same_name};
use crate::followup::overview::{Overview, overview};
use crate::lang::Locale;
use crate::messages::{self, Label, ReportWord};
use crate::reminders::ReminderKind;
use crate::render::tree::{Block, Fact, Run, Runs, Tree, TreeSection};

/// Days ahead the report's overview looks: it reports the state, not what is coming.
const LOOK_AHEAD_DAYS: u32 = 0;

/// The days a status report covers, both included.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReportPeriod {
    /// The first day.
    pub from: NaiveDate,
    /// The last day.
    pub to: NaiveDate,
    /// What the period is called, when it is a whole tertial or year.
    named: Named,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Named {
    Span,
    Tertial(i32, u32),
    Year(i32),
}

impl ReportPeriod {
    /// Any two days; `None` when `to` is before `from`.
    pub fn new(from: NaiveDate, to: NaiveDate) -> Option<ReportPeriod> {
        (from <= to).then_some(ReportPeriod {
            from,
            to,
            named: Named::Span,
        })
    }

    /// The `n`th tertial (1–3) of `year`: 1 January–30 April, 1 May–31 August, 1 September–31
    /// December. `None` for another `n`.
    pub fn tertial(year: i32, n: u32) -> Option<ReportPeriod> {
        let first_month = match n {
            1 => 1,
            2 => 5,
            3 => 9,
            _ => return None,
        };
        let from = NaiveDate::from_ymd_opt(year, first_month, 1)?;
        let next = from.checked_add_months(chrono::Months::new(4))?;
        Some(ReportPeriod {
            from,
            to: next.pred_opt()?,
            named: Named::Tertial(year, n),
        })
    }

    /// The whole of `year`.
    pub fn year(year: i32) -> Option<ReportPeriod> {
        Some(ReportPeriod {
            from: NaiveDate::from_ymd_opt(year, 1, 1)?,
            to: NaiveDate::from_ymd_opt(year, 12, 31)?,
            named: Named::Year(year),
        })
    }

    /// Whether a day falls in the period.
    pub fn contains(&self, day: NaiveDate) -> bool {
        (self.from..=self.to).contains(&day)
    }

    /// The period in words: «1. tertial 2027», «2027», «1. mars–15. juni 2027».
    pub fn name(&self, l: Locale) -> String {
        match self.named {
            Named::Tertial(year, n) => messages::report_tertial(n, year, l),
            Named::Year(year) => year.to_string(),
            Named::Span if self.from.year() == self.to.year() && self.is_whole_year() => {
                self.from.year().to_string()
            }
            Named::Span => messages::report_span(Date::from(self.from), Date::from(self.to), l),
        }
    }

    fn is_whole_year(&self) -> bool {
        (
            self.from.month(),
            self.from.day(),
            self.to.month(),
            self.to.day(),
        ) == (1, 1, 12, 31)
    }
}

/// A text as runs; none for an empty text (so an empty cell stays empty).
pub(super) fn plain(text: impl Into<String>) -> Runs {
    let text = text.into();
    if text.is_empty() {
        Vec::new()
    } else {
        vec![Run::plain(text)]
    }
}

/// A day in words as runs; none without a day.
pub(super) fn dated(date: Option<Date>, l: Locale) -> Runs {
    date.map(|d| plain(messages::date_words(d, l)))
        .unwrap_or_default()
}

/// A numbered section of the report.
pub(crate) fn section(number: u32, title: String, blocks: Vec<Block>) -> TreeSection {
    TreeSection {
        id: None,
        number: Some(number),
        title,
        blocks,
        signatures: Vec::new(),
    }
}

/// One line saying a part is empty.
pub(crate) fn none(word: ReportWord, l: Locale) -> Vec<Block> {
    vec![Block::Paragraph {
        runs: plain(messages::report_word(word, l)),
        keep: false,
    }]
}

/// A table, or the one line saying there is nothing when it has no rows.
pub(crate) fn table_or(
    head: Vec<Runs>,
    rows: Vec<Vec<Runs>>,
    empty: ReportWord,
    l: Locale,
) -> Vec<Block> {
    if rows.is_empty() {
        none(empty, l)
    } else {
        vec![Block::Table { head, rows }]
    }
}

/// The status report of an agreement for a period, made on `today`, in the agreement's
/// language.
pub fn status_report(agreement: &Agreement, period: ReportPeriod, today: NaiveDate) -> Tree {
    let l = Locale::from(agreement.meta.language);
    let o = overview(agreement, today, LOOK_AHEAD_DAYS, l);
    let lang = agreement.meta.language;
    let label = |label: Label| messages::label(label, lang);
    let word = |w: ReportWord| messages::report_word(w, l);

    let mut facts = vec![
        Fact {
            label: label(Label::Period),
            value: plain(period.name(l)),
        },
        Fact {
            label: word(ReportWord::Made),
            value: dated(Some(Date::from(today)), l),
        },
    ];
    let strategic: Vec<String> = (o.bodies.iter())
        .filter(|b| b.level == Some(Level::Strategisk))
        .map(|b| b.name.clone())
        .collect();
    if !strategic.is_empty() {
        facts.push(Fact {
            label: word(ReportWord::For),
            value: plain(messages::join_list(&strategic, l)),
        });
    }
    facts.push(Fact {
        label: word(ReportWord::FollowsUp),
        value: plain(revision(agreement, l)),
    });

    let notes = |kind: NoteKind| -> Vec<(Date, String, Option<String>)> {
        (agreement.followup.iter())
            .filter_map(|e| match &e.what {
                Followed::Note(n) if n.kind == kind && period.contains(n.date.naive()) => {
                    let section = (n.section.as_ref())
                        .and_then(|id| agreement.sections.iter().find(|s| &s.id == id))
                        .map(|s| s.title.clone());
                    Some((n.date, n.text.clone(), section))
                }
                _ => None,
            })
            .collect()
    };
    let good = notes(NoteKind::GodPraksis);
    let decisions = notes(NoteKind::Beslutning);

    let sections = vec![
        section(
            1,
            word(ReportWord::Summary),
            summary(&o, good.len(), decisions.len(), l),
        ),
        section(2, word(ReportWord::Goals), goals(agreement, &o, period, l)),
        section(3, word(ReportWord::Measures), measures(&o, l, lang)),
        section(4, word(ReportWord::Late), late(&o, l)),
        section(5, word(ReportWord::GoodPractice), note_list(&good, l)),
        section(6, word(ReportWord::Decisions), note_list(&decisions, l)),
        section(7, word(ReportWord::Meetings), meetings(&o, l, lang)),
    ];
    Tree {
        title: messages::report_title(&agreement.meta.title, l),
        facts,
        sections,
    }
}

/// The revision the report follows up: the saved revision whose text the agreement is, text
/// changed since the newest one, or the status when none is saved (as a print says it).
fn revision(agreement: &Agreement, l: Locale) -> String {
    match (agreement.committed_revision(), agreement.history.latest()) {
        (Some(r), _) => messages::pdf_revision(r.number, r.hash.get(..8).unwrap_or(&r.hash), l),
        (None, Some(latest)) => messages::pdf_after_revision(latest.number, l),
        (None, None) => messages::status(agreement.meta.status, l),
    }
}

fn summary(o: &Overview, good: usize, decisions: usize, l: Locale) -> Vec<Block> {
    let late = o
        .measures
        .iter()
        .filter(|m| m.late || m.status == MeasureStatus::Forsinket)
        .count();
    let mut blocks = vec![Block::Paragraph {
        runs: plain(messages::report_summary(
            o.measures.len(),
            late,
            good,
            decisions,
            l,
        )),
        keep: false,
    }];
    let items: Vec<Fact> = MeasureStatus::ALL
        .iter()
        .map(|s| (s, o.measures.iter().filter(|m| m.status == *s).count()))
        .filter(|(_, n)| *n > 0)
        .map(|(s, n)| Fact {
            label: messages::measure_status(*s, l),
            value: plain(n.to_string()),
        })
        .collect();
    if !items.is_empty() {
        blocks.push(Block::Facts { items });
    }
    blocks
}

fn goals(agreement: &Agreement, o: &Overview, period: ReportPeriod, l: Locale) -> Vec<Block> {
    let lang = agreement.meta.language;
    let head = vec![
        plain(messages::label(Label::Goal, lang)),
        plain(messages::label(Label::Indicator, lang)),
        plain(messages::label(Label::Baseline, lang)),
        plain(messages::label(Label::Target, lang)),
        plain(messages::report_word(ReportWord::Latest, l)),
        plain(messages::report_word(ReportWord::FiguresInPeriod, l)),
    ];
    let rows = (o.goals.iter())
        .map(|g| {
            let in_period: Vec<String> = (agreement.followup.iter())
                .filter_map(|e| match &e.what {
                    Followed::Figure(f)
                        if f.section == g.section
                            && same_name(&f.goal, &g.goal)
                            && period.contains(f.date.naive()) =>
                    {
                        Some(messages::report_dated(&f.value, f.date, l))
                    }
                    _ => None,
                })
                .collect();
            let baseline = g
                .baseline
                .as_ref()
                .map_or_else(String::new, |b| match b.date {
                    Some(d) => messages::report_dated(&b.value, d, l),
                    None => b.value.clone(),
                });
            vec![
                plain(g.goal.clone()),
                plain(g.indicator.clone()),
                plain(baseline),
                plain(g.target.clone()),
                plain(
                    g.latest
                        .as_ref()
                        .map(|f| messages::report_dated(&f.value, f.date, l))
                        .unwrap_or_default(),
                ),
                plain(in_period.join("; ")),
            ]
        })
        .collect();
    table_or(head, rows, ReportWord::NoneInPeriod, l)
}

fn measures(o: &Overview, l: Locale, lang: crate::lang::Lang) -> Vec<Block> {
    let head = vec![
        plain(messages::label(Label::Measure, lang)),
        plain(messages::label(Label::Responsible, lang)),
        plain(messages::label(Label::Deadline, lang)),
        plain(messages::label(Label::Status, lang)),
        plain(messages::report_word(ReportWord::Note, l)),
        plain(messages::report_word(ReportWord::Updated, l)),
    ];
    let rows = (o.measures.iter())
        .map(|m| {
            vec![
                plain(m.name.clone()),
                m.responsible
                    .clone()
                    .map(|r| vec![Run::name(r)])
                    .unwrap_or_default(),
                dated(m.deadline, l),
                plain(messages::report_status(m.status, m.late, l)),
                plain(m.note.clone()),
                dated(m.updated, l),
            ]
        })
        .collect();
    table_or(head, rows, ReportWord::NoneInPeriod, l)
}

/// Each delayed or late measure with why, then the evaluations and reports not done when due
/// (the overview's own words for them).
fn late(o: &Overview, l: Locale) -> Vec<Block> {
    let mut items: Vec<Vec<Block>> = (o.measures.iter())
        .filter(|m| m.late || m.status == MeasureStatus::Forsinket)
        .map(|m| {
            vec![Block::Paragraph {
                runs: vec![
                    Run::bold(format!("{}: ", m.name)),
                    Run::plain(messages::report_late_measure(
                        m.status, m.deadline, &m.note, l,
                    )),
                ],
                keep: false,
            }]
        })
        .collect();
    items.extend(
        (o.late.iter())
            .filter(|r| {
                matches!(
                    r.kind,
                    ReminderKind::Evaluation(_) | ReminderKind::Report { .. }
                )
            })
            .map(|r| {
                vec![Block::Paragraph {
                    runs: plain(r.message.clone()),
                    keep: false,
                }]
            }),
    );
    if items.is_empty() {
        none(ReportWord::NoneInPeriod, l)
    } else {
        vec![Block::List {
            ordered: false,
            start: 1,
            items,
        }]
    }
}

fn note_list(notes: &[(Date, String, Option<String>)], l: Locale) -> Vec<Block> {
    if notes.is_empty() {
        return none(ReportWord::NoneInPeriod, l);
    }
    let items = notes
        .iter()
        .map(|(date, text, section)| {
            let mut runs = vec![Run::bold(format!("{}: ", messages::date_words(*date, l)))];
            runs.push(Run::plain(text.clone()));
            if let Some(section) = section {
                runs.push(Run {
                    italic: true,
                    ..Run::plain(format!(" ({section})"))
                });
            }
            vec![Block::Paragraph { runs, keep: false }]
        })
        .collect();
    vec![Block::List {
        ordered: false,
        start: 1,
        items,
    }]
}

fn meetings(o: &Overview, l: Locale, lang: crate::lang::Lang) -> Vec<Block> {
    let word = |w: ReportWord| plain(messages::report_word(w, l));
    let mut blocks = table_or(
        vec![
            plain(messages::label(Label::MeetingBody, lang)),
            word(ReportWord::LastHeld),
            word(ReportWord::Decided),
            word(ReportWord::NextMeeting),
        ],
        (o.bodies.iter())
            .map(|b| {
                vec![
                    plain(b.name.clone()),
                    dated(b.last, l),
                    plain(b.last_note.clone()),
                    dated(b.next, l),
                ]
            })
            .collect(),
        ReportWord::NoneInPeriod,
        l,
    );
    if !o.reports.is_empty() {
        blocks.push(Block::Table {
            head: vec![
                plain(messages::label(Label::Report, lang)),
                plain(messages::label(Label::From, lang)),
                word(ReportWord::LastGiven),
                word(ReportWord::Missed),
                word(ReportWord::NextDue),
            ],
            rows: (o.reports.iter())
                .map(|r| {
                    vec![
                        plain(r.report.clone()),
                        r.from
                            .clone()
                            .map(|f| vec![Run::name(f)])
                            .unwrap_or_default(),
                        dated(r.last, l),
                        dated(r.missed, l),
                        dated(r.next, l),
                    ]
                })
                .collect(),
        });
    }
    blocks
}

#[cfg(test)]
mod tests;
