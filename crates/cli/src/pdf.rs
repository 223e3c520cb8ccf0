//! The CLI's PDF commands: `avtale pdf FILE[@N] -o OUT [--draft] [--short] [--pdfa 2a|2b]` and
//! `avtale diff A B --format pdf -o OUT`. A print that is not a draft is refused, listing the
//! errors (exit 1), while the checks find errors no revision accepted.

use std::path::Path;

use avtale_core::signing::{self, PrintClearance};
use avtale_core::{Agreement, family, messages, store, workflow};
use avtale_pdf::{ExportOptions, PdfError, Print};

use crate::commands::{Checking, Ctx, FAILED, HAS_ERRORS, OK, print_errors};
use crate::history::{Address, load};

/// What to export, as the user asked.
#[derive(Debug, Clone, Copy)]
pub(crate) struct PdfChoice {
    /// "UTKAST" on every page.
    pub(crate) draft: bool,
    /// The one-page short version instead of the whole agreement.
    pub(crate) short: bool,
    /// PDF/A-2a (else 2b).
    pub(crate) accessible: bool,
}

/// `avtale pdf`: the agreement (or one revision) as a PDF/A file.
pub(crate) fn pdf(ctx: &Ctx, address: &Address, output: &Path, choice: PdfChoice) -> u8 {
    let l = ctx.locale();
    let agreement = match load(ctx, address) {
        Ok(a) => a,
        Err(code) => return code,
    };
    // Only an agreement without errors, or a revision that accepted its errors with a
    // reason, is printed as final; the rule is the core's.
    let checking = match Checking::new(ctx, &address.file, &agreement) {
        Ok(c) => c,
        Err(code) => return code,
    };
    let diagnostics = avtale_core::check(&agreement, checking.options());
    let clearance = signing::final_print(&agreement, &diagnostics);
    let frozen = workflow::is_frozen(agreement.meta.status);
    match &clearance {
        // A signed agreement is printed as signed; as a draft only while it has open errors.
        _ if choice.draft && frozen && !clearance.is_refused() => {
            eprintln!(
                "{}: {}",
                address.file.display(),
                messages::pdf_signed_not_draft(l)
            );
            return FAILED;
        }
        PrintClearance::Refused(errors) if !choice.draft => {
            eprintln!(
                "{}: {}",
                address.file.display(),
                messages::print_refused(errors.len(), l)
            );
            print_errors(&address.file, errors, address.revision.is_none());
            eprintln!("{}", messages::print_refused_hint(frozen, l));
            return HAS_ERRORS;
        }
        _ => {}
    }
    let options = ExportOptions {
        draft: choice.draft,
        accessible: choice.accessible,
    };
    // A main agreement's print lists the sub-agreements and action plans beside it.
    let members = family::in_print(Some(&address.file), &agreement, store::read_agreements_in);
    let around = avtale_pdf::Surroundings { members: &members };
    let print = if choice.short {
        Print::Short
    } else {
        Print::Whole
    };
    let result = avtale_pdf::export_print_in(&agreement, around, print, options);
    write(ctx, &address.file, result, output)
}

/// `avtale diff A B --format pdf -o OUT`: the comparison as a redline PDF.
pub(crate) fn redline(
    ctx: &Ctx,
    (old_address, old): (&Address, &Agreement),
    (new_address, new): (&Address, &Agreement),
    output: Option<&Path>,
) -> u8 {
    let l = ctx.locale();
    let Some(output) = output else {
        eprintln!("{}", messages::pdf_needs_output(l));
        return FAILED;
    };
    let name = |a: &Address| {
        let file = a
            .file
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        messages::pdf_version(&file, a.revision, l)
    };
    let result = avtale_pdf::export_redline(
        old,
        new,
        &name(old_address),
        &name(new_address),
        ExportOptions::default(),
    );
    write(ctx, &new_address.file, result, output)
}

/// Writes the PDF, or says why there is none. Typst's own words are shown only with
/// `AVTALE_DEBUG=1`: they are for bug reports, not for users.
fn write(ctx: &Ctx, file: &Path, result: Result<Vec<u8>, PdfError>, output: &Path) -> u8 {
    let l = ctx.locale();
    let bytes = match result {
        Ok(bytes) => bytes,
        Err(err) => {
            eprintln!("{}: {}", file.display(), err.report(l));
            if std::env::var_os("AVTALE_DEBUG").is_some() {
                eprintln!("({})", err.detail());
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
