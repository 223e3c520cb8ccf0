//! PDF export of an agreement through Typst used as a library: A4, numbered sections, tables
//! with repeated headers and rows that do not split, Norwegian hyphenation, a footer with the
//! title, the revision and "Side x av y", embedded fonts, and PDF/A-2a by default.
//!
//! The agreement reaches Typst only as data (JSON read by the template in `template/`); the
//! same agreement and revision give the same bytes. A print of a committed revision names it
//! in its metadata too (agreement id, number and full hash), for [`printed_revision`] to read
//! back.

mod claim;
mod followup;
mod printable;
mod redline;
mod short;
mod table_words;
mod world;

use avtale_core::Agreement;
use avtale_core::lang::Locale;
use avtale_core::messages;
use typst::foundations::{Datetime, Smart};
use typst_layout::PagedDocument;
use typst_pdf::{PdfOptions, PdfStandard, PdfStandards, Timestamp};

use avtale_core::messages::Label;
pub use avtale_core::render::tree::Surroundings;
use printable::{Frame, Labels};
use world::{AvtaleWorld, Layout};

pub use claim::{PrintedRevision, ReadError, printed_revision};

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

/// Why an export failed. Typst's own diagnostics are kept for bug reports in `detail`; users
/// read the message from the core's catalogue.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PdfError {
    /// The text has characters the shipped fonts cannot show (PDF/A allows no missing
    /// glyphs), found from the fonts' own coverage, not from Typst's words.
    #[error("the fonts lack {characters:?}: {detail}")]
    MissingGlyphs {
        /// The characters, each once, in the order they first occur.
        characters: Vec<String>,
        /// What Typst said.
        detail: String,
    },
    /// Anything else: a fault in Avtale (a template or the data it was given).
    #[error("PDF export failed: {detail}")]
    Failed {
        /// What Typst (or the data's encoding) said.
        detail: String,
    },
}

impl PdfError {
    /// The message for users: which characters the fonts lack, when that is the problem,
    /// else that this is a fault in Avtale.
    pub fn report(&self, locale: Locale) -> String {
        match self {
            PdfError::MissingGlyphs { characters, .. } => {
                messages::pdf_missing_glyphs(characters, locale)
            }
            PdfError::Failed { .. } => messages::pdf_failed(locale),
        }
    }

    /// Characters the shipped fonts cannot show (none unless that is why the export failed).
    pub fn missing_characters(&self) -> &[String] {
        match self {
            PdfError::MissingGlyphs { characters, .. } => characters,
            PdfError::Failed { .. } => &[],
        }
    }

    /// What Typst said, for bug reports.
    pub fn detail(&self) -> &str {
        match self {
            PdfError::MissingGlyphs { detail, .. } | PdfError::Failed { detail } => detail,
        }
    }

    fn failed(detail: impl Into<String>) -> Self {
        PdfError::Failed {
            detail: detail.into(),
        }
    }
}

/// The date the PDF carries: the printed revision's, else the newest revision's, else the start
/// of the period. Never the clock, so a revision exports to the same bytes every time.
fn document_date(agreement: &Agreement) -> [i32; 3] {
    use chrono::Datelike;
    match agreement
        .committed_revision()
        .or_else(|| agreement.history.latest())
    {
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

/// The agreement's period in words: "1. januar 2026 – 31. desember 2029".
fn period_text(agreement: &Agreement) -> String {
    let lang = agreement.meta.language;
    let period = &agreement.meta.period;
    let to = match period.to {
        Some(to) => to.long(lang),
        None => messages::label(Label::UntilFurtherNotice, lang).to_owned(),
    };
    format!("{} – {to}", period.from.long(lang))
}

/// What a print of the agreement says it is, in its footer (and in the app's export dialog,
/// through [`Preview::printing`]): "Revisjon 3 (a8462dda)" for the text of a saved revision, "Endret etter
/// revisjon 3 – ikke lagret som revisjon" for text changed since, else the status; a draft
/// says so first. `committed` is the revision whose text the agreement is (the caller finds it once: it
/// compares the agreement with its revisions).
fn printed_as(
    agreement: &Agreement,
    committed: Option<&avtale_core::history::Revision>,
    draft: bool,
) -> String {
    let locale = Locale::from(agreement.meta.language);
    // A print of text changed since the newest revision says so, so it is never taken for one.
    let revision = match (committed, agreement.history.latest()) {
        (Some(r), _) => {
            messages::pdf_revision(r.number, r.hash.get(..8).unwrap_or(&r.hash), locale)
        }
        (None, Some(latest)) => messages::pdf_after_revision(latest.number, locale),
        (None, None) => messages::status(agreement.meta.status, locale),
    };
    // A draft says so in the footer too, where text extraction finds it.
    if draft {
        format!("{} · {revision}", messages::pdf_draft(locale))
    } else {
        revision
    }
}

/// What every page of an export of this agreement carries. `print` is false for a comparison,
/// which is no print of a revision and does not name one in its metadata.
fn frame(agreement: &Agreement, draft: bool, print: bool) -> Frame {
    let locale = Locale::from(agreement.meta.language);
    // Only a print of a committed revision names one, in the footer and in the metadata.
    let committed = agreement.committed_revision();
    let revision = printed_as(agreement, committed, draft);
    let authors: Vec<String> = agreement
        .parties
        .iter()
        .map(|p| p.organisation.clone())
        .collect();
    let mut keywords = messages::pdf_keywords(locale);
    if !agreement.meta.place().trim().is_empty() {
        keywords.push(agreement.meta.place().to_owned());
    }
    if let Some(r) = committed.filter(|_| print) {
        let printed = PrintedRevision {
            agreement: agreement.meta.id.clone(),
            number: r.number,
            hash: r.hash.clone(),
        };
        keywords.push(printed.keyword());
    }
    Frame {
        title: agreement.meta.title.clone(),
        lang: agreement.meta.language.tag().to_owned(),
        description: messages::pdf_subject(
            agreement.meta.kind,
            &authors,
            &period_text(agreement),
            locale,
        ),
        authors,
        keywords,
        date: document_date(agreement),
        revision,
        draft,
        labels: Labels {
            page: messages::pdf_page(locale),
            of: messages::pdf_of(locale),
            draft: messages::pdf_draft(locale),
            place_and_date: messages::pdf_place_and_date(locale),
            parties: messages::field_name("parties", locale),
            contents: messages::pdf_contents(locale),
        },
    }
}

/// Which print of an agreement.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Print {
    /// The whole agreement.
    #[default]
    Whole,
    /// The short version ("kortversjon"): roles and tasks, meeting bodies and contacts on one
    /// page (more only when the agreement holds more than a page of them).
    Short,
}

/// The first page of an export as SVG, and how many pages the PDF will have.
#[derive(Debug, Clone, PartialEq)]
pub struct Preview {
    /// The first page as a standalone SVG image (text drawn as outlines; no scripts).
    pub svg: String,
    /// The number of pages.
    pub pages: usize,
    /// What the print says it is, as its footer and header do: a saved revision, text changed
    /// since one, or the status.
    pub printing: String,
}

/// The world that lays out this print of the agreement, and its date.
fn agreement_world(
    agreement: &Agreement,
    around: Surroundings<'_>,
    print: Print,
    options: ExportOptions,
) -> Result<(AvtaleWorld, Datetime, String), PdfError> {
    let locale = Locale::from(agreement.meta.language);
    let mut frame = frame(agreement, options.draft, true);
    let (date, printing) = (frame.date, frame.revision.clone());
    let (layout, data) = match print {
        Print::Whole => (
            Layout::Agreement,
            printable::printable(agreement, around, frame),
        ),
        Print::Short => {
            frame.title = messages::pdf_short_title(&agreement.meta.title, locale);
            let note = messages::pdf_short_note(locale);
            (Layout::Short, short::short(agreement, frame, note))
        }
    };
    let (world, today) = world(layout, &data, date)?;
    Ok((world, today, printing))
}

/// Exports the agreement (its current text) as PDF.
pub fn export(agreement: &Agreement, options: ExportOptions) -> Result<Vec<u8>, PdfError> {
    export_print(agreement, Print::Whole, options)
}

/// Exports the short version ("kortversjon") as PDF.
pub fn export_short(agreement: &Agreement, options: ExportOptions) -> Result<Vec<u8>, PdfError> {
    export_print(agreement, Print::Short, options)
}

/// Exports one print of the agreement as PDF.
pub fn export_print(
    agreement: &Agreement,
    print: Print,
    options: ExportOptions,
) -> Result<Vec<u8>, PdfError> {
    export_print_in(agreement, Surroundings::default(), print, options)
}

/// Exports one print of the agreement as PDF, with what it shows of the agreements around it
/// (a main agreement lists its sub-agreements and action plans), gathered by the caller.
pub fn export_print_in(
    agreement: &Agreement,
    around: Surroundings<'_>,
    print: Print,
    options: ExportOptions,
) -> Result<Vec<u8>, PdfError> {
    let (world, today, _) = agreement_world(agreement, around, print, options)?;
    render(&world, today, &agreement.meta.id, options)
}

/// Lays out one print of the agreement and returns its first page as SVG, for a preview
/// before saving. Typst caches the layout, so exporting afterwards is quick.
pub fn preview(
    agreement: &Agreement,
    print: Print,
    options: ExportOptions,
) -> Result<Preview, PdfError> {
    preview_in(agreement, Surroundings::default(), print, options)
}

/// The preview of one print, with what it shows of the agreements around it (as
/// [`export_print_in`]).
pub fn preview_in(
    agreement: &Agreement,
    around: Surroundings<'_>,
    print: Print,
    options: ExportOptions,
) -> Result<Preview, PdfError> {
    let (world, _, printing) = agreement_world(agreement, around, print, options)?;
    let document: PagedDocument = typst::compile(&world)
        .output
        .map_err(|e| from_typst(&e, &world))?;
    typst::comemo::evict(10);
    let svg = document
        .pages()
        .first()
        .map(|page| typst_svg::svg(page, &typst_svg::SvgOptions::default()))
        .unwrap_or_default();
    Ok(Preview {
        svg,
        pages: document.pages().len(),
        printing,
    })
}

/// Exports the status report for the strategic body over `period`, made on `today`, as PDF in
/// the agreement's look ([`avtale_core::followup::status_report`]).
pub fn export_report(
    agreement: &Agreement,
    period: avtale_core::followup::ReportPeriod,
    today: chrono::NaiveDate,
    options: ExportOptions,
) -> Result<Vec<u8>, PdfError> {
    let tree = avtale_core::followup::status_report(agreement, period, today);
    let frame = frame(agreement, options.draft, false);
    let data = followup::printable(tree, frame, String::new(), today);
    let (world, date) = world(Layout::Agreement, &data, data.frame.date)?;
    render(&world, date, &agreement.meta.id, options)
}

/// Exports one party's extract for its business plan, on `today`, as a one-page PDF in the
/// short version's look ([`avtale_core::followup::party_extract`]). `None` when the agreement
/// has no such party.
pub fn export_extract(
    agreement: &Agreement,
    party: &avtale_core::agreement::PartyId,
    today: chrono::NaiveDate,
    options: ExportOptions,
) -> Option<Result<Vec<u8>, PdfError>> {
    let tree = avtale_core::followup::party_extract(agreement, party, today)?;
    let frame = frame(agreement, options.draft, false);
    let data = followup::printable(tree, frame, followup::extract_note(agreement), today);
    Some(
        world(Layout::Short, &data, data.frame.date)
            .and_then(|(world, date)| render(&world, date, &agreement.meta.id, options)),
    )
}

/// Exports a comparison of two versions of one agreement as a redline: a summary page, then
/// each changed part with removed words struck through and added words underlined. `from` and
/// `to` name the versions ("revisjon 3", a file name); the language and metadata are the newer
/// version's.
pub fn export_redline(
    old: &Agreement,
    new: &Agreement,
    from: &str,
    to: &str,
    options: ExportOptions,
) -> Result<Vec<u8>, PdfError> {
    let locale = Locale::from(new.meta.language);
    let comparison = avtale_core::diff::compare(old, new, locale);
    let mut frame = frame(new, options.draft, false);
    frame.title = messages::pdf_redline_title(&new.meta.title, locale);
    frame.revision = messages::pdf_redline_versions(from, to, locale);
    let data = redline::redline(&comparison, frame, from, to, locale);
    let (world, today) = world(Layout::Redline, &data, document_date(new))?;
    render(&world, today, &new.meta.id, options)
}

/// A world that lays out `data` with the layout's template, and its date.
fn world(
    layout: Layout,
    data: &impl serde::Serialize,
    date: [i32; 3],
) -> Result<(AvtaleWorld, Datetime), PdfError> {
    let mut value = serde_json::to_value(data).map_err(|e| PdfError::failed(e.to_string()))?;
    table_words::mark_long_words(&mut value);
    let json = serde_json::to_vec(&value).map_err(|e| PdfError::failed(e.to_string()))?;
    let today = datetime(date)?;
    Ok((AvtaleWorld::new(layout, json, today), today))
}

fn datetime(date: [i32; 3]) -> Result<Datetime, PdfError> {
    Datetime::from_ymd(
        date[0],
        u8::try_from(date[1]).unwrap_or(1),
        u8::try_from(date[2]).unwrap_or(1),
    )
    .ok_or_else(|| PdfError::failed(format!("invalid date {date:?}")))
}

/// Compiles the world's main file and writes it as PDF/A.
fn render(
    world: &AvtaleWorld,
    today: Datetime,
    ident: &str,
    options: ExportOptions,
) -> Result<Vec<u8>, PdfError> {
    let document: PagedDocument = typst::compile(world)
        .output
        .map_err(|e| from_typst(&e, world))?;
    let standard = if options.accessible {
        PdfStandard::A_2a
    } else {
        PdfStandard::A_2b
    };
    let standards =
        PdfStandards::new(&[standard]).map_err(|e| PdfError::failed(format!("{e:?}")))?;
    let pdf_options = PdfOptions {
        ident: Smart::Custom(ident.to_owned()),
        creator: Smart::Custom(Some("Avtale".into())),
        timestamp: Some(Timestamp::new_utc(today)),
        standards,
        ..PdfOptions::default()
    };
    let pdf = typst_pdf::pdf(&document, &pdf_options).map_err(|e| from_typst(&e, world));
    // Typst memoises layout across calls; in the long-running app, drop what has not been used
    // for a while so the cache does not grow with every export (as Typst's own watch mode does).
    typst::comemo::evict(10);
    pdf
}

/// Typst's diagnostics, kept as the error's detail. When the data has characters no shipped
/// font covers, that is the reason, named from the fonts' coverage.
fn from_typst(
    errors: &typst::ecow::EcoVec<typst::diag::SourceDiagnostic>,
    world: &AvtaleWorld,
) -> PdfError {
    let detail = errors
        .iter()
        .map(|e| e.message.to_string())
        .collect::<Vec<_>>()
        .join("; ");
    let characters = world.uncovered_characters();
    if characters.is_empty() {
        PdfError::Failed { detail }
    } else {
        PdfError::MissingGlyphs { characters, detail }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A template error is a bug of ours; users get the catalogue's message, never Typst's.
    #[test]
    fn a_broken_template_reaches_the_user_as_a_plain_message() {
        let today = datetime([2026, 11, 24]).expect("date");
        let world = AvtaleWorld::with_main(
            "/broken.typ",
            "#let data = json(\"/avtale.json\")\n#data.no-such-field\n#(1 + )".into(),
            b"{}".to_vec(),
            today,
        );
        let err = render(&world, today, "test", ExportOptions::default()).expect_err("broken");
        assert!(
            !err.detail().is_empty(),
            "Typst's diagnostic is kept for bug reports"
        );
        assert!(err.missing_characters().is_empty());
        let message = err.report(Locale::Nb);
        assert_eq!(message, messages::pdf_failed(Locale::Nb));
        assert!(!message.contains("no-such-field") && !message.contains("typ"));
    }
}
