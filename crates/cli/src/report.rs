//! `avtale report FILE (--from D --to D | --tertial YYYY-N | --year YYYY) [--format pdf|docx|md]
//! [-o OUT]`: the status report for a meeting of the strategic body; and `avtale extract FILE
//! --party ID -o OUT.pdf`: one party's extract for its business plan. Today is read from the
//! clock once, here.

use std::path::Path;

use avtale_core::agreement::PartyId;
use avtale_core::date::Date;
use avtale_core::followup::{ReportPeriod, status_report};
use avtale_core::render::markdown;
use avtale_core::{messages, store};
use avtale_pdf::ExportOptions;

use crate::commands::{Ctx, FAILED, emit, today};

/// The period as the user gave it.
#[derive(Debug, Clone, Default)]
pub(crate) struct PeriodArgs {
    pub(crate) from: Option<String>,
    pub(crate) to: Option<String>,
    pub(crate) tertial: Option<String>,
    pub(crate) year: Option<String>,
}

/// The format of the report.
#[derive(Debug, Clone, Copy)]
pub(crate) enum ReportFormat {
    Pdf,
    Docx,
    Markdown,
}

impl PeriodArgs {
    /// The period, or the text that could not be read.
    fn period(&self) -> Result<ReportPeriod, String> {
        if let Some(t) = &self.tertial {
            let (year, n) = t.split_once('-').ok_or_else(|| t.clone())?;
            let year: i32 = year.trim().parse().map_err(|_| t.clone())?;
            let n: u32 = n.trim().parse().map_err(|_| t.clone())?;
            return ReportPeriod::tertial(year, n).ok_or_else(|| t.clone());
        }
        if let Some(y) = &self.year {
            let year: i32 = y.trim().parse().map_err(|_| y.clone())?;
            return ReportPeriod::year(year).ok_or_else(|| y.clone());
        }
        let whole = || {
            format!(
                "{}–{}",
                self.from.as_deref().unwrap_or(""),
                self.to.as_deref().unwrap_or("")
            )
        };
        let day = |text: Option<&str>| text.and_then(Date::parse).map(Date::naive);
        match (day(self.from.as_deref()), day(self.to.as_deref())) {
            (Some(from), Some(to)) => ReportPeriod::new(from, to).ok_or_else(whole),
            _ => Err(whole()),
        }
    }
}

/// `avtale report`: the status report over the period, as PDF, Word or Markdown.
pub(crate) fn report(
    ctx: &Ctx,
    file: &Path,
    period: &PeriodArgs,
    format: ReportFormat,
    output: Option<&Path>,
) -> u8 {
    let l = ctx.locale();
    let agreement = match store::read_agreement(file) {
        Ok(a) => a,
        Err(err) => return ctx.fail(&err),
    };
    let period = match period.period() {
        Ok(p) => p,
        Err(text) => {
            eprintln!("{}", messages::report_bad_period(&text, l));
            return FAILED;
        }
    };
    let today = today().naive();
    let bytes = match format {
        ReportFormat::Markdown => {
            let tree = status_report(&agreement, period, today);
            markdown::write(&tree, agreement.meta.language).into_bytes()
        }
        ReportFormat::Pdf | ReportFormat::Docx if output.is_none() => {
            eprintln!("{}", messages::pdf_needs_output(l));
            return FAILED;
        }
        ReportFormat::Pdf => {
            match avtale_pdf::export_report(&agreement, period, today, ExportOptions::default()) {
                Ok(bytes) => bytes,
                Err(err) => return failed(file, &err, ctx),
            }
        }
        ReportFormat::Docx => {
            let tree = status_report(&agreement, period, today);
            match avtale_word::export::export_tree(&agreement, &tree, Date::from(today)) {
                Ok(bytes) => bytes,
                Err(err) => {
                    eprintln!("{}", err.report(&file.display().to_string(), l));
                    return FAILED;
                }
            }
        }
    };
    emit(ctx, output, &bytes)
}

/// `avtale extract`: one party's extract as a one-page PDF.
pub(crate) fn extract(ctx: &Ctx, file: &Path, party: &str, output: &Path) -> u8 {
    let l = ctx.locale();
    let agreement = match store::read_agreement(file) {
        Ok(a) => a,
        Err(err) => return ctx.fail(&err),
    };
    let id = PartyId(party.to_owned());
    let Some(result) =
        avtale_pdf::export_extract(&agreement, &id, today().naive(), ExportOptions::default())
    else {
        let ids: Vec<String> = agreement.parties.iter().map(|p| p.id.0.clone()).collect();
        eprintln!(
            "{}: {}",
            file.display(),
            messages::extract_unknown_party(party, &ids.join(", "), l)
        );
        return FAILED;
    };
    match result {
        Ok(bytes) => emit(ctx, Some(output), &bytes),
        Err(err) => failed(file, &err, ctx),
    }
}

fn failed(file: &Path, err: &avtale_pdf::PdfError, ctx: &Ctx) -> u8 {
    eprintln!("{}: {}", file.display(), err.report(ctx.locale()));
    if std::env::var_os("AVTALE_DEBUG").is_some() {
        eprintln!("({})", err.detail());
    }
    FAILED
}
