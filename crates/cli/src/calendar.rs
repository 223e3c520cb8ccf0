//! `avtale calendar FILE [-o OUT.ics]`: the meetings the agreement's cadences give, as an
//! iCalendar file that Outlook and other calendar programs import.

use std::path::Path;

use avtale_core::ics::{IcsOptions, calendar_ics};
use avtale_core::{calendar, messages, store};

use crate::commands::{Ctx, FAILED, emit};
use crate::history::now;

/// Writes the meeting calendar as iCalendar to `output`, or to standard output.
pub(crate) fn calendar(ctx: &Ctx, file: &Path, output: Option<&Path>) -> u8 {
    let l = ctx.locale();
    let agreement = match store::read_agreement(file) {
        Ok(a) => a,
        Err(err) => return ctx.fail(&err),
    };
    let meetings = match calendar::calendar(&agreement) {
        Ok(c) => c,
        Err(err) => {
            eprintln!("{}: {}", file.display(), messages::calendar_error(&err, l));
            return FAILED;
        }
    };
    let ics = calendar_ics(&agreement, &meetings, &IcsOptions::new(now()));
    emit(ctx, output, ics.as_bytes())
}
