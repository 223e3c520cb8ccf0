//! The CLI's Word export: `avtale docx FILE[@N] -o OUT.docx`. The agreement (or one revision)
//! as an editable Word document for a counterpart who works in Word; its custom properties
//! name the agreement and, for a saved revision, its number and hash, so an edited copy can be
//! read back against it. Unlike a final PDF, a Word copy is a working copy: it is written
//! whatever the checks find.

use std::path::Path;

use avtale_core::{family, store};

use crate::commands::{Ctx, FAILED, OK};
use crate::history::{Address, load};

/// `avtale docx`: the agreement (or one revision) as a .docx file.
pub(crate) fn docx(ctx: &Ctx, address: &Address, output: &Path) -> u8 {
    let l = ctx.locale();
    let agreement = match load(ctx, address) {
        Ok(a) => a,
        Err(code) => return code,
    };
    // A main agreement's copy lists the sub-agreements and action plans beside it, as its print.
    let members = family::in_print(Some(&address.file), &agreement, store::read_agreements_in);
    let around = avtale_word::export::Surroundings { members: &members };
    let bytes = match avtale_word::export::export(&agreement, around) {
        Ok(bytes) => bytes,
        Err(err) => {
            eprintln!("{}", err.report(&output.display().to_string(), l));
            if std::env::var_os("AVTALE_DEBUG").is_some() {
                eprintln!("({err})");
            }
            return FAILED;
        }
    };
    match store::write_atomic(output, &bytes) {
        Ok(()) => OK,
        Err(err) => {
            eprintln!("{}", err.report(l));
            FAILED
        }
    }
}
