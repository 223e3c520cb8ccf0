//! Dates: the period must run forwards, stay inside a parent agreement's period, and not run
//! longer than the studies see used (1–4 years, with renewal; SINTEF 2010 §4.2 R17–R18);
//! evaluations, goals and measures must fall inside it.

use super::{Finding, Findings};
use crate::agreement::Period;
use crate::date::Date;

/// The longest period the studies report for these agreements (four years), in months.
const LONGEST_PERIOD_MONTHS: u32 = 48;

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
    // The usual lengths come from the county studies; a partnership agreement often runs until
    // it is revised, so only county agreements are held to them.
    match (period.to, period.length()) {
        _ if !meta.kind.is_county() => {}
        (None, _) => f.agreement_level("meta.period", Finding::PeriodTooLong { length: None }),
        (Some(_), Some(length))
            if length.months > LONGEST_PERIOD_MONTHS
                || (length.months == LONGEST_PERIOD_MONTHS && length.days > 0) =>
        {
            f.agreement_level(
                "meta.period.to",
                Finding::PeriodTooLong {
                    length: Some(length),
                },
            );
        }
        _ => {}
    }
    if let Some(renewal) = &period.renewal
        && renewal.automatic
        && renewal.notice_months.is_none()
    {
        f.agreement_level("meta.period.renewal", Finding::RenewalWithoutNotice);
    }

    match &meta.parent {
        None if meta.kind.belongs_under_main() => {
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

#[cfg(test)]
mod tests {
    use crate::check::{CheckOptions, Code, check};
    use crate::date::Date;

    fn period_messages(from: Date, to: Date) -> Vec<String> {
        let example = include_str!("../../../../examples/hovedavtale-vestland.avtale.yaml");
        let mut a = crate::format::agreement_from_str(example, "x").expect("example");
        a.meta.period.from = from;
        a.meta.period.to = Some(to);
        check(&a, CheckOptions::default())
            .into_iter()
            .filter(|d| d.code == Code::PeriodTooLong)
            .map(|d| d.message)
            .collect()
    }

    fn date(y: i32, m: u32, d: u32) -> Date {
        Date::from_ymd(y, m, d).expect("date")
    }

    /// Broke before: 1 January 2021 – 31 December 2025 was called "4 år".
    #[test]
    fn av024_counts_the_years_with_the_first_and_last_day() {
        let five = period_messages(date(2021, 1, 1), date(2025, 12, 31));
        assert_eq!(five.len(), 1);
        assert!(five[0].starts_with("Avtaleperioden er 5 år."), "{five:?}");
        assert!(period_messages(date(2021, 1, 1), date(2024, 12, 31)).is_empty());
        let longer = period_messages(date(2021, 1, 1), date(2025, 6, 30));
        assert!(longer[0].contains("4 år og 6 måneder"), "{longer:?}");
        let a_day = period_messages(date(2021, 1, 1), date(2025, 1, 1));
        assert!(a_day[0].contains("drøyt 4 år"), "{a_day:?}");
    }
}
