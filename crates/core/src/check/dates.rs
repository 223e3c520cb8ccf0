//! Dates: the period must run forwards, stay inside a parent agreement's period, and not run
//! longer than the studies see used (1–4 years, with renewal; SINTEF 2010 §4.2 R17–R18);
//! evaluations, goals and measures must fall inside it.

use super::{Finding, Findings};
use crate::agreement::{AgreementKind, Period};
use crate::date::Date;

/// The longest period the studies report for these agreements, in years.
const LONGEST_PERIOD_YEARS: i32 = 4;

/// `outer` is the main agreement's period: as its file says now when it could be read, else as
/// last copied into this file.
pub(super) fn check(f: &mut Findings<'_>, outer: Option<(&Period, &str)>) {
    let meta = &f.agreement.meta;
    let period = &meta.period;
    if let Some(to) = period.to
        && to < period.from
    {
        f.agreement_level("meta.period.to", Finding::PeriodEndsBeforeStart);
    }
    match period.to {
        None => f.agreement_level("meta.period", Finding::PeriodTooLong { years: None }),
        Some(to) if to > period.from.add_years(LONGEST_PERIOD_YEARS) => {
            let years = (to.year() - period.from.year()).max(0) as u32;
            f.agreement_level(
                "meta.period.to",
                Finding::PeriodTooLong { years: Some(years) },
            );
        }
        Some(_) => {}
    }
    if let Some(renewal) = &period.renewal
        && renewal.automatic
        && renewal.notice_months.is_none()
    {
        f.agreement_level("meta.period.renewal", Finding::RenewalWithoutNotice);
    }

    match &meta.parent {
        None if meta.kind != AgreementKind::Hovedavtale => {
            f.agreement_level("meta.kind", Finding::NoParent);
        }
        Some(parent) => {
            let copy = parent.period.as_ref().map(|p| (p, parent.title.as_str()));
            if let Some((outer, title)) = outer.or(copy)
                && !inside(period, outer)
            {
                f.agreement_level(
                    "meta.period",
                    Finding::OutsideParentPeriod {
                        parent: title.to_owned(),
                    },
                );
            }
        }
        None => {}
    }

    for (si, section) in f.agreement.sections.iter().enumerate() {
        if let Some(next) = section.evaluation.as_ref().and_then(|e| e.next)
            && !contains(period, next)
        {
            f.in_section(si, "evaluation.next", Finding::EvaluationOutsidePeriod);
        }
        for (k, goal) in section.goals.iter().flatten().enumerate() {
            if let Some(deadline) = goal.deadline
                && !contains(period, deadline)
            {
                f.in_section(
                    si,
                    &format!("goals[{k}].deadline"),
                    Finding::DateOutsidePeriod {
                        what: goal.goal.clone(),
                    },
                );
            }
        }
        for (k, measure) in section.measures.iter().flatten().enumerate() {
            for (field, date) in [("start", measure.start), ("deadline", measure.deadline)] {
                if let Some(date) = date
                    && !contains(period, date)
                {
                    f.in_section(
                        si,
                        &format!("measures[{k}].{field}"),
                        Finding::DateOutsidePeriod {
                            what: measure.name.clone(),
                        },
                    );
                }
            }
        }
    }
}

/// True when a date falls within a period (an open end runs forever).
fn contains(period: &Period, date: Date) -> bool {
    date >= period.from && period.to.is_none_or(|to| date <= to)
}

/// True when `inner` lies within `outer`.
fn inside(inner: &Period, outer: &Period) -> bool {
    let starts_inside = inner.from >= outer.from;
    let ends_inside = match (inner.to, outer.to) {
        (_, None) => true,
        (None, Some(_)) => false,
        (Some(i), Some(o)) => i <= o,
    };
    starts_inside && ends_inside
}
