//! The app's commands, one per use case.

use avtale_core::check::Diagnostic;
use avtale_core::date::Date;
use avtale_core::render::html;
use avtale_core::starter::{self, NewAgreement};
use avtale_core::{Agreement, CheckOptions, Lang, Locale, TemplateSet, check, store};
use serde::Serialize;
use tauri::State;
use ts_rs::TS;

use crate::Startup;
use crate::error::IpcError;

/// An agreement as the UI shows it: the data, its rendered HTML and its diagnostics.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct AgreementView {
    /// The file it was read from; none for a new, unsaved agreement.
    #[ts(optional)]
    pub path: Option<String>,
    /// The agreement.
    pub agreement: Agreement,
    /// The agreement rendered by the core (all agreement text escaped).
    pub html: String,
    /// What the checks found, in the requested language.
    pub diagnostics: Vec<Diagnostic>,
}

/// The agreement named on the command line, or a new main agreement from the starter.
#[tauri::command(async)]
pub(crate) fn initial_view(
    startup: State<'_, Startup>,
    locale: Locale,
) -> Result<AgreementView, IpcError> {
    let templates = TemplateSet::shipped().map_err(|e| IpcError::load(&e, locale))?;
    let (path, agreement) = match &startup.file {
        Some(file) => {
            let agreement = store::read_agreement(file).map_err(|e| IpcError::load(&e, locale))?;
            (Some(file.display().to_string()), agreement)
        }
        None => {
            let new = NewAgreement {
                starter: "hovedavtale",
                county: None,
                lang: Lang::Nb,
                today: today(),
                id: uuid::Uuid::new_v4().to_string(),
            };
            (
                None,
                starter::create(&templates, &new).map_err(|e| IpcError::load(&e, locale))?,
            )
        }
    };
    let diagnostics = check(
        &agreement,
        CheckOptions {
            locale,
            templates: Some(&templates),
        },
    );
    Ok(AgreementView {
        path,
        html: html::fragment(&agreement),
        diagnostics,
        agreement,
    })
}

/// Today's date: the shell reads the clock, the core never does.
#[expect(
    clippy::disallowed_methods,
    reason = "the app shell is the edge that reads the clock"
)]
fn today() -> Date {
    Date::from(chrono::Local::now().date_naive())
}
