//! An agreement as Markdown: title, a short fact list, numbered sections with their prose and
//! structured data as tables and lists, and the glossary. Deterministic: the same agreement
//! always gives the same text. Every field from the agreement is escaped, and user prose is
//! sanitised (see `prose`), so agreement text never becomes markup or raw HTML.

use std::fmt::Write;

use crate::agreement::{Agreement, Generated, PartyId, Section};
use crate::clause::{Holder, Member};
use crate::lang::{Lang, Locale};
use crate::messages::{self, Label};

use super::prose;

/// Renders the agreement as Markdown.
pub fn render(agreement: &Agreement) -> String {
    let lang = agreement.meta.language;
    let mut md = Md {
        out: String::new(),
        agreement,
        lang,
        markdown_left: prose::MAX_AGREEMENT_MARKDOWN_BYTES,
    };
    md.front_matter();
    for (i, section) in agreement.sections.iter().enumerate() {
        md.section(i + 1, section);
    }
    let shows_glossary = agreement
        .sections
        .iter()
        .any(|s| s.show == Some(Generated::Glossary));
    if !shows_glossary && !agreement.glossary.is_empty() {
        let _ = writeln!(md.out, "## {}\n", messages::label(Label::Glossary, lang));
        md.glossary();
    }
    md.out.trim_end().to_owned() + "\n"
}

struct Md<'a> {
    out: String,
    agreement: &'a Agreement,
    lang: Lang,
    /// How much more user prose may be read as Markdown.
    markdown_left: usize,
}

impl Md<'_> {
    fn l(&self, label: Label) -> &'static str {
        messages::label(label, self.lang)
    }

    fn locale(&self) -> Locale {
        self.lang.into()
    }

    fn party(&self, id: &PartyId) -> String {
        esc(&self.agreement.party_name(id))
    }

    fn opt_party(&self, id: Option<&PartyId>) -> String {
        id.map(|id| self.party(id)).unwrap_or_default()
    }

    fn holder(&self, holder: &Holder) -> String {
        match holder {
            Holder::Party(id) => self.party(id),
            Holder::Alternating(ids) => {
                let names: Vec<String> = ids.iter().map(|id| self.party(id)).collect();
                format!(
                    "{} {}",
                    self.l(Label::AlternatingBetween),
                    messages::join_list(&names, self.locale())
                )
            }
        }
    }

    fn members(&self, members: &[Member]) -> String {
        members
            .iter()
            .map(|m| match &m.party {
                Some(party) => format!("{} ({})", esc(&m.role), self.party(party)),
                None => esc(&m.role),
            })
            .collect::<Vec<_>>()
            .join("; ")
    }

    fn period_text(&self) -> String {
        let period = &self.agreement.meta.period;
        match period.to {
            Some(to) => format!("{} – {}", period.from.long(self.lang), to.long(self.lang)),
            None => format!(
                "{} – {}",
                period.from.long(self.lang),
                self.l(Label::UntilFurtherNotice)
            ),
        }
    }

    fn front_matter(&mut self) {
        let meta = &self.agreement.meta;
        let _ = writeln!(self.out, "# {}\n", esc(&meta.title));
        let facts = [
            (Label::Kind, messages::kind(meta.kind, self.locale())),
            (Label::County, esc(&meta.county)),
            (Label::Period, self.period_text()),
            (Label::Status, messages::status(meta.status, self.locale())),
        ];
        for (label, value) in facts {
            let _ = writeln!(self.out, "- **{}:** {value}", self.l(label));
        }
        if let Some(parent) = &meta.parent {
            let _ = writeln!(
                self.out,
                "- **{}:** {}",
                self.l(Label::Parent),
                esc(&parent.title)
            );
        }
        self.out.push('\n');
    }

    fn section(&mut self, number: usize, section: &Section) {
        let _ = writeln!(self.out, "## {number}. {}\n", esc(&section.title));
        if !section.text.trim().is_empty() {
            let text = if section.text.len() <= self.markdown_left {
                self.markdown_left -= section.text.len();
                prose::sanitize(&section.text)
            } else {
                prose::plain_paragraphs(&section.text)
            };
            let _ = writeln!(self.out, "{text}\n");
        }
        match section.show {
            Some(Generated::Parties) => self.parties(),
            Some(Generated::Period) => self.period(section),
            Some(Generated::Glossary) => self.glossary(),
            None => {}
        }
        self.structured(section);
    }

    fn table(&mut self, headers: &[Label], rows: Vec<Vec<String>>) {
        if rows.is_empty() {
            return;
        }
        let head: Vec<&str> = headers.iter().map(|h| self.l(*h)).collect();
        let _ = writeln!(self.out, "| {} |", head.join(" | "));
        let _ = writeln!(self.out, "|{}", "---|".repeat(headers.len()));
        for row in rows {
            let _ = writeln!(self.out, "| {} |", row.join(" | "));
        }
        self.out.push('\n');
    }

    fn facts(&mut self, facts: Vec<(Label, String)>) {
        let mut any = false;
        for (label, value) in facts {
            if !value.trim().is_empty() {
                let _ = writeln!(self.out, "- **{}:** {value}", self.l(label));
                any = true;
            }
        }
        if any {
            self.out.push('\n');
        }
    }

    fn parties(&mut self) {
        let agreement = self.agreement;
        for party in &agreement.parties {
            let mut line = format!("- **{}**", esc(&party.organisation));
            if let Some(unit) = &party.unit {
                let _ = write!(line, ", {}", esc(unit));
            }
            let _ = write!(
                line,
                " ({})",
                messages::party_kind(party.kind, self.locale())
            );
            if let Some(s) = &party.signatory {
                let _ = write!(
                    line,
                    ". {}: {}, {}",
                    self.l(Label::Signatory),
                    esc(&s.name),
                    esc(&s.title)
                );
            }
            if let Some(c) = &party.contact {
                let _ = write!(
                    line,
                    ". {}: {}",
                    self.l(Label::Contact),
                    self.contact_text(&c.name, c.email.as_deref(), c.phone.as_deref())
                );
                if let Some(d) = &c.deputy {
                    let _ = write!(
                        line,
                        ". {}: {}",
                        self.l(Label::Deputy),
                        self.contact_text(&d.name, d.email.as_deref(), d.phone.as_deref())
                    );
                }
            }
            let _ = writeln!(self.out, "{line}");
        }
        self.out.push('\n');
    }

    fn contact_text(&self, name: &str, email: Option<&str>, phone: Option<&str>) -> String {
        let mut text = esc(name);
        if let Some(phone) = phone {
            let _ = write!(
                text,
                ", {} {}",
                self.l(Label::Phone).to_lowercase(),
                esc(phone)
            );
        }
        if let Some(email) = email {
            let _ = write!(text, ", {}", esc(email));
        }
        text
    }

    /// The period, renewal and notice as one list. A notice the section itself states is
    /// listed here too, in place of the period's, so the section shows one list, not two.
    fn period(&mut self, section: &Section) {
        let period = &self.agreement.meta.period;
        let mut facts = vec![(Label::Period, self.period_text())];
        let own_notice = section.termination.as_ref().and_then(|t| t.notice_months);
        if let Some(r) = &period.renewal {
            facts.push((
                Label::Renewal,
                messages::renewal(r.automatic, r.years, self.lang),
            ));
        }
        let notice = own_notice.or(period.renewal.as_ref().and_then(|r| r.notice_months));
        if let Some(n) = notice {
            facts.push((Label::Notice, format!("{n} {}", self.l(Label::Months))));
        }
        self.facts(facts);
    }

    fn glossary(&mut self) {
        let rows = self
            .agreement
            .glossary
            .iter()
            .map(|g| vec![esc(&g.term), esc(&g.definition)])
            .collect();
        self.table(&[Label::Term, Label::Definition], rows);
    }

    fn structured(&mut self, s: &Section) {
        let locale = self.locale();
        if let Some(roles) = &s.roles {
            for role in roles {
                let heading = match &role.party {
                    Some(p) => format!("**{}** ({})", esc(&role.role), self.party(p)),
                    None => format!("**{}**", esc(&role.role)),
                };
                let _ = writeln!(self.out, "{heading}\n");
                let rows = role
                    .tasks
                    .iter()
                    .map(|t| {
                        vec![
                            esc(&t.task),
                            self.opt_party(t.responsible.as_ref()),
                            esc(t.deadline.as_deref().unwrap_or("")),
                        ]
                    })
                    .collect();
                self.table(&[Label::Task, Label::Responsible, Label::Deadline], rows);
            }
        }
        if let Some(m) = &s.mandate {
            let _ = writeln!(self.out, "**{}**\n", esc(&m.group));
            let deliverables = m
                .deliverables
                .iter()
                .map(|d| esc(d))
                .collect::<Vec<_>>()
                .join("; ");
            let period = m.period.as_ref().map(|p| match p.to {
                Some(to) => format!("{} – {}", p.from.long(self.lang), to.long(self.lang)),
                None => p.from.long(self.lang),
            });
            self.facts(vec![
                (Label::Purpose, esc(&m.purpose)),
                (Label::Deliverables, deliverables),
                (Label::Authority, esc(&m.authority)),
                (Label::ReportsTo, esc(&m.reports_to)),
                (
                    Label::Leader,
                    m.leader
                        .as_ref()
                        .map(|h| self.holder(h))
                        .unwrap_or_default(),
                ),
                (Label::Members, self.members(&m.members)),
                (Label::Period, period.unwrap_or_default()),
            ]);
        }
        if let Some(boundaries) = &s.boundaries {
            let rows = boundaries
                .iter()
                .map(|b| {
                    let support: Vec<String> = b.support.iter().map(|p| self.party(p)).collect();
                    vec![
                        esc(&b.area),
                        self.opt_party(b.lead.as_ref()),
                        messages::join_list(&support, locale),
                        esc(&b.handover),
                    ]
                })
                .collect();
            self.table(
                &[Label::Area, Label::Lead, Label::Support, Label::Handover],
                rows,
            );
        }
        if let Some(bodies) = &s.meetings {
            let rows = bodies
                .iter()
                .map(|b| {
                    vec![
                        esc(&b.name),
                        b.level
                            .map(|l| messages::level(l, locale))
                            .unwrap_or_default(),
                        self.members(&b.members),
                        b.chair.as_ref().map(|h| self.holder(h)).unwrap_or_default(),
                        b.cadence
                            .as_ref()
                            .map(|c| esc(&messages::cadence(c, locale)))
                            .unwrap_or_default(),
                    ]
                })
                .collect();
            self.table(
                &[
                    Label::MeetingBody,
                    Label::Level,
                    Label::Members,
                    Label::Chair,
                    Label::Cadence,
                ],
                rows,
            );
            for b in bodies {
                let agenda = b
                    .agenda
                    .iter()
                    .map(|a| esc(a))
                    .collect::<Vec<_>>()
                    .join("; ");
                let minutes = b
                    .minutes
                    .as_ref()
                    .map(|h| self.holder(h))
                    .unwrap_or_default();
                if b.purpose.trim().is_empty() && agenda.is_empty() && minutes.is_empty() {
                    continue;
                }
                let _ = writeln!(self.out, "**{}**\n", esc(&b.name));
                self.facts(vec![
                    (Label::Purpose, esc(&b.purpose)),
                    (Label::Agenda, agenda),
                    (Label::Minutes, minutes),
                ]);
            }
        }
        if let Some(steps) = &s.steps {
            for (i, step) in steps.iter().enumerate() {
                let mut line = format!("{}. {}", i + 1, esc(&step.action));
                if let Some(p) = &step.responsible {
                    let _ = write!(line, " ({}: {})", self.l(Label::Responsible), self.party(p));
                }
                if let Some(d) = &step.deadline {
                    let _ = write!(line, " ({}: {})", self.l(Label::Deadline), esc(d));
                }
                let _ = writeln!(self.out, "{line}");
            }
            self.out.push('\n');
        }
        if let Some(groups) = &s.target_groups {
            for g in groups {
                let age = g
                    .age
                    .map(|a| format!("{}–{} {}", a.from, a.to, self.l(Label::Years)))
                    .unwrap_or_default();
                let _ = writeln!(self.out, "**{}**\n", esc(&g.name));
                let criteria = g
                    .criteria
                    .iter()
                    .map(|c| esc(c))
                    .collect::<Vec<_>>()
                    .join("; ");
                self.facts(vec![
                    (Label::Definition, esc(&g.definition)),
                    (Label::Age, age),
                    (Label::Criteria, criteria),
                    (Label::Lead, self.opt_party(g.lead.as_ref())),
                ]);
            }
        }
        if let Some(goals) = &s.goals {
            let rows = goals
                .iter()
                .map(|g| {
                    vec![
                        esc(&g.goal),
                        esc(&g.indicator),
                        esc(&g.target),
                        g.deadline.map(|d| d.long(self.lang)).unwrap_or_default(),
                        self.opt_party(g.responsible.as_ref()),
                    ]
                })
                .collect();
            self.table(
                &[
                    Label::Goal,
                    Label::Indicator,
                    Label::Target,
                    Label::Deadline,
                    Label::Responsible,
                ],
                rows,
            );
        }
        if let Some(measures) = &s.measures {
            let rows = measures
                .iter()
                .map(|m| {
                    vec![
                        esc(&m.name),
                        esc(&m.description),
                        self.opt_party(m.responsible.as_ref()),
                        m.start.map(|d| d.long(self.lang)).unwrap_or_default(),
                        m.deadline.map(|d| d.long(self.lang)).unwrap_or_default(),
                    ]
                })
                .collect();
            self.table(
                &[
                    Label::Measure,
                    Label::Definition,
                    Label::Responsible,
                    Label::Start,
                    Label::Deadline,
                ],
                rows,
            );
        }
        if let Some(contacts) = &s.contacts {
            let rows = contacts
                .iter()
                .map(|c| {
                    vec![
                        self.opt_party(c.party.as_ref()),
                        esc(&c.role),
                        self.contact_text(&c.name, c.email.as_deref(), c.phone.as_deref()),
                        c.deputy
                            .as_ref()
                            .map(|d| {
                                self.contact_text(&d.name, d.email.as_deref(), d.phone.as_deref())
                            })
                            .unwrap_or_default(),
                    ]
                })
                .collect();
            self.table(
                &[Label::Party, Label::Role, Label::Contact, Label::Deputy],
                rows,
            );
        }
        if let Some(sharing) = &s.information_sharing {
            let yes_no = |b: bool| self.l(if b { Label::Yes } else { Label::No }).to_owned();
            let mut facts = vec![
                (Label::PersonalData, yes_no(sharing.personal_data)),
                (Label::Purpose, esc(&sharing.purpose)),
                (Label::LegalBasis, esc(&sharing.legal_basis)),
            ];
            if let Some(c) = &sharing.consent {
                facts.extend([
                    (Label::GivenBy, esc(&c.given_by)),
                    (Label::Written, yes_no(c.written)),
                    (Label::Scope, esc(&c.scope)),
                    (Label::Withdrawal, esc(&c.withdrawal)),
                ]);
            }
            self.facts(facts);
        }
        if let Some(finances) = &s.finances {
            let rows = finances
                .iter()
                .map(|f| {
                    vec![
                        self.party(&f.party),
                        esc(&f.contribution),
                        f.amount_nok.map(kroner).unwrap_or_default(),
                    ]
                })
                .collect();
            self.table(&[Label::Party, Label::Contribution, Label::Amount], rows);
        }
        if let Some(reports) = &s.reporting {
            let rows = reports
                .iter()
                .map(|r| {
                    vec![
                        esc(&r.report),
                        self.opt_party(r.from.as_ref()),
                        esc(&r.to),
                        r.cadence
                            .as_ref()
                            .map(|c| esc(&messages::cadence(c, locale)))
                            .unwrap_or_default(),
                    ]
                })
                .collect();
            self.table(
                &[Label::Report, Label::From, Label::To, Label::Cadence],
                rows,
            );
        }
        if let Some(e) = &s.evaluation {
            let questions = e
                .questions
                .iter()
                .map(|q| esc(q))
                .collect::<Vec<_>>()
                .join("; ");
            self.facts(vec![
                (
                    Label::Cadence,
                    e.cadence
                        .as_ref()
                        .map(|c| esc(&messages::cadence(c, locale)))
                        .unwrap_or_default(),
                ),
                (
                    Label::NextEvaluation,
                    e.next.map(|d| d.long(self.lang)).unwrap_or_default(),
                ),
                (
                    Label::EvaluationResponsible,
                    e.responsible
                        .as_ref()
                        .map(|h| self.holder(h))
                        .unwrap_or_default(),
                ),
                (Label::Questions, questions),
            ]);
        }
        if let Some(t) = &s.termination
            && let Some(n) = t.notice_months
            && s.show != Some(Generated::Period)
        {
            self.facts(vec![(
                Label::Notice,
                format!("{n} {}", self.l(Label::Months)),
            )]);
        }
        if let Some(signatures) = &s.signatures {
            let agreement = self.agreement;
            let ids: Vec<&PartyId> = if signatures.parties.is_empty() {
                agreement.parties.iter().map(|p| &p.id).collect()
            } else {
                signatures.parties.iter().collect()
            };
            let line = "\\_".repeat(32);
            for id in ids {
                let signatory = agreement.party(id).and_then(|p| p.signatory.as_ref());
                let _ = writeln!(self.out, "**{}**\n", self.party(id));
                let _ = writeln!(
                    self.out,
                    "{}: {}\n",
                    self.l(Label::PlaceAndDate),
                    "\\_".repeat(24)
                );
                let _ = writeln!(self.out, "{line}  ");
                match signatory {
                    Some(s) => {
                        let _ = writeln!(self.out, "{}, {}\n", esc(&s.name), esc(&s.title));
                    }
                    None => self.out.push('\n'),
                }
            }
        }
        if let Some(annexes) = &s.annexes {
            for (i, a) in annexes.iter().enumerate() {
                let mut line = format!("{}. {}", i + 1, esc(&a.title));
                if let Some(r) = &a.reference {
                    let _ = write!(line, " ({})", esc(r));
                }
                let _ = writeln!(self.out, "{line}");
            }
            self.out.push('\n');
        }
    }
}

/// An amount in kroner with a thin space between thousands: "500 000 kr".
fn kroner(amount: u64) -> String {
    let digits = amount.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push('\u{a0}');
        }
        out.push(c);
    }
    out + "\u{a0}kr"
}

/// Escapes a field's text so Markdown reads it as plain text on one line.
pub(crate) fn esc(text: &str) -> String {
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut out = String::with_capacity(flat.len() + 8);
    for (i, c) in flat.chars().enumerate() {
        let leading = i == 0 && matches!(c, '-' | '+' | '=' | '>');
        if leading
            || matches!(
                c,
                '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '~' | '&' | '#' | '!'
            )
        {
            out.push('\\');
        }
        out.push(c);
    }
    // A leading "1." or "1)" would start an ordered list.
    if let Some(pos) = out.find(|c: char| !c.is_ascii_digit())
        && pos > 0
        && matches!(out[pos..].chars().next(), Some('.' | ')'))
    {
        out.insert(pos, '\\');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn esc_neutralises_markup() {
        assert_eq!(esc("<b>*fet*</b>"), "\\<b\\>\\*fet\\*\\</b\\>");
        assert_eq!(esc("1. punkt"), "1\\. punkt");
        assert_eq!(esc("- a\nb"), "\\- a b");
    }

    /// Broke before: 163 sections of 64 KB of `*_` (a 10 MiB file) took 42 seconds to render.
    #[test]
    fn prose_beyond_the_agreement_budget_is_plain() {
        let example = include_str!("../../../../examples/hovedavtale-vestland.avtale.yaml");
        let mut agreement = crate::format::agreement_from_str(example, "x").expect("example");
        let dense = format!("x{}", "*_".repeat(30_000));
        let template = agreement.sections[0].clone();
        agreement.sections = (0..40)
            .map(|i| Section {
                id: crate::agreement::SectionId(format!("s{i}")),
                text: if i == 39 {
                    "*fet*".into()
                } else {
                    dense.clone()
                },
                ..template.clone()
            })
            .collect();
        let start = std::time::Instant::now();
        let md = render(&agreement);
        assert!(start.elapsed() < std::time::Duration::from_secs(5));
        assert_eq!(
            md.matches("\n## ").count(),
            40 + 1,
            "every section and the glossary"
        );
        // A short text still fits in what is left of the budget.
        assert!(md.contains("\n*fet*\n"), "{}", &md[md.len() - 200..]);
    }

    #[test]
    fn kroner_groups_thousands() {
        assert_eq!(kroner(1_250_000), "1\u{a0}250\u{a0}000\u{a0}kr");
        assert_eq!(kroner(900), "900\u{a0}kr");
    }
}
