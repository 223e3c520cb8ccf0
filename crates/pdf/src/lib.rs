//! PDF export of an agreement through Typst used as a library: A4, numbered sections, tables
//! with repeated headers and rows that do not split, Norwegian hyphenation, a footer with the
//! title, the revision and "Side x av y", embedded fonts, and PDF/A-2a by default.
//!
//! The agreement reaches Typst only as data (JSON read by the template in `template/`); the
//! same agreement and revision give the same bytes.

mod printable;
mod world;

use avtale_core::Agreement;
use avtale_core::lang::Locale;
use avtale_core::messages;
use typst::foundations::{Datetime, Smart};
use typst_layout::PagedDocument;
use typst_pdf::{PdfOptions, PdfStandard, PdfStandards, Timestamp};

use printable::Labels;

/// How to export.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ExportOptions {
    /// Mark every page "UTKAST" (draft).
    pub draft: bool,
    /// PDF/A-2a (archival and tagged); otherwise PDF/A-2b.
    pub accessible: bool,
}

impl Default for ExportOptions {
    fn default() -> Self {
        ExportOptions {
            draft: false,
            accessible: true,
        }
    }
}

/// Why an export failed. Typst's own diagnostics are kept for us in `detail`; users read the
/// message from the core's catalogue.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("PDF export failed: {detail}")]
pub struct PdfError {
    /// What Typst said, for bug reports.
    pub detail: String,
}

impl PdfError {
    /// The message for users: which characters the fonts lack, when that is the problem
    /// (PDF/A allows no missing glyphs), else that this is a fault in Avtale.
    pub fn report(&self, locale: Locale) -> String {
        let missing = self.missing_characters();
        if missing.is_empty() {
            messages::pdf_failed(locale)
        } else {
            messages::pdf_missing_glyphs(&missing, locale)
        }
    }

    /// Characters Typst could not show with the shipped fonts.
    pub fn missing_characters(&self) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for part in self.detail.split("the text `").skip(1) {
            if let Some((text, rest)) = part.split_once('`')
                && rest.starts_with(" could not be displayed")
            {
                let text = text.trim_matches('"').to_owned();
                if !out.contains(&text) {
                    out.push(text);
                }
            }
        }
        out
    }
}

/// The date the PDF carries: the newest revision's, else the start of the period. Never the
/// clock, so a revision exports to the same bytes every time.
fn document_date(agreement: &Agreement) -> [i32; 3] {
    use chrono::Datelike;
    match agreement.history.latest() {
        Some(r) => {
            let d = r.time.0.date_naive();
            [d.year(), small(d.month()), small(d.day())]
        }
        None => {
            let d = agreement.meta.period.from;
            [d.year(), small(d.month()), small(d.day())]
        }
    }
}

fn small(n: u32) -> i32 {
    i32::try_from(n).unwrap_or(1)
}

/// Exports the agreement (its current text) as PDF.
pub fn export(agreement: &Agreement, options: ExportOptions) -> Result<Vec<u8>, PdfError> {
    let lang = agreement.meta.language;
    let locale = Locale::from(lang);
    let revision = match agreement.history.latest() {
        Some(r) => messages::pdf_revision(r.number, &r.hash[..8.min(r.hash.len())], locale),
        None => messages::status(agreement.meta.status, locale),
    };
    // A draft says so in the footer too, where text extraction finds it.
    let revision = if options.draft {
        format!("{} · {revision}", messages::pdf_draft(locale))
    } else {
        revision
    };
    let labels = Labels {
        page: messages::pdf_page(locale),
        of: messages::pdf_of(locale),
        draft: messages::pdf_draft(locale),
        place_and_date: messages::pdf_place_and_date(locale),
        parties: messages::field_name("parties", locale),
    };
    let date = document_date(agreement);
    let data = printable::printable(agreement, options.draft, revision, labels, date);
    let json = serde_json::to_vec(&data).map_err(|e| PdfError {
        detail: e.to_string(),
    })?;
    let today = Datetime::from_ymd(
        date[0],
        u8::try_from(date[1]).unwrap_or(1),
        u8::try_from(date[2]).unwrap_or(1),
    )
    .ok_or_else(|| PdfError {
        detail: format!("invalid date {date:?}"),
    })?;
    let world = world::AvtaleWorld::new(json, today);
    let document: PagedDocument = typst::compile(&world).output.map_err(from_typst)?;
    let standard = if options.accessible {
        PdfStandard::A_2a
    } else {
        PdfStandard::A_2b
    };
    let standards = PdfStandards::new(&[standard]).map_err(|e| PdfError {
        detail: format!("{e:?}"),
    })?;
    let pdf_options = PdfOptions {
        ident: Smart::Custom(agreement.meta.id.clone()),
        creator: Smart::Custom(Some("Avtale".into())),
        timestamp: Some(Timestamp::new_utc(today)),
        standards,
        ..PdfOptions::default()
    };
    typst_pdf::pdf(&document, &pdf_options).map_err(from_typst)
}

/// Typst's diagnostics, kept as the error's detail.
fn from_typst(errors: typst::ecow::EcoVec<typst::diag::SourceDiagnostic>) -> PdfError {
    PdfError {
        detail: errors
            .iter()
            .map(|e| e.message.to_string())
            .collect::<Vec<_>>()
            .join("; "),
    }
}
