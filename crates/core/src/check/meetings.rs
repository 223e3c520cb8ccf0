//! Meeting bodies: each needs a cadence, a chair and members; an agreement needs bodies on both
//! levels (strategic for leaders, operative for caseworkers); and no body should meet more often
//! than its level calls for, since too many meetings is a known failure (IRIS 2017 §2.3
//! R10–R15, §3 B13; SINTEF 2010 §4.2 R22–R23).

use super::{Finding, Findings};
use crate::clause::{Holder, Level};

/// Strategic bodies meet 1–4 times a year in the studies.
const MAX_STRATEGIC_PER_YEAR: u32 = 4;
/// Operative bodies meet from weekly to every 4–6 weeks.
const MAX_OPERATIVE_PER_YEAR: u32 = 52;

pub(super) fn check(f: &mut Findings<'_>) {
    let agreement = f.agreement;
    let mut levels = (false, false);
    for (si, section) in agreement.sections.iter().enumerate() {
        for (mi, body) in section.meetings.iter().flatten().enumerate() {
            let path = |field: &str| format!("meetings[{mi}].{field}");
            match body.level {
                Some(Level::Strategisk) => levels.0 = true,
                Some(Level::Operativ) => levels.1 = true,
                None => {}
            }
            // A cadence that never meets (every 0 weeks) is none.
            let cadence = body
                .cadence
                .as_ref()
                .filter(|c| c.per_year().is_none_or(|n| n > 0.0));
            match cadence {
                None => f.in_section(
                    si,
                    &path("cadence"),
                    Finding::MeetingWithoutCadence {
                        body: body.name.clone(),
                    },
                ),
                Some(cadence) => {
                    let limit = match body.level {
                        Some(Level::Strategisk) => Some(MAX_STRATEGIC_PER_YEAR),
                        Some(Level::Operativ) => Some(MAX_OPERATIVE_PER_YEAR),
                        None => None,
                    };
                    if let (Some(limit), Some(per_year)) = (limit, cadence.per_year())
                        && per_year.round() as u32 > limit
                    {
                        f.in_section(
                            si,
                            &path("cadence"),
                            Finding::TooManyMeetings {
                                body: body.name.clone(),
                                per_year: per_year.round() as u32,
                                limit,
                            },
                        );
                    }
                }
            }
            if body.chair.as_ref().is_none_or(Holder::is_nobody) {
                f.in_section(
                    si,
                    &path("chair"),
                    Finding::MeetingWithoutChair {
                        body: body.name.clone(),
                    },
                );
            }
            // A region named twice (as the calendar compares them), or a blank one.
            for (ri, region) in body.regions.iter().enumerate() {
                let repeated = body.regions[..ri]
                    .iter()
                    .any(|r| crate::model::name::same_name(r, region));
                if region.trim().is_empty() || repeated {
                    f.in_section(
                        si,
                        &path(&format!("regions[{ri}]")),
                        Finding::RegionUnclear {
                            body: body.name.clone(),
                            region: (!region.trim().is_empty()).then(|| region.trim().to_owned()),
                        },
                    );
                }
            }
            if body.members.is_empty() {
                f.in_section(
                    si,
                    &path("members"),
                    Finding::MeetingWithoutMembers {
                        body: body.name.clone(),
                    },
                );
            }
        }
    }
    // The levels come from the county studies: only county agreements are held to them.
    let (needs_strategic, needs_operative) = agreement.meta.kind.meeting_levels();
    if needs_strategic && !levels.0 {
        f.agreement_level("sections", Finding::MissingMeetingLevel { strategic: true });
    }
    if needs_operative && !levels.1 {
        f.agreement_level(
            "sections",
            Finding::MissingMeetingLevel { strategic: false },
        );
    }
}
