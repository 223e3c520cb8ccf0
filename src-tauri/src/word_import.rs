//! "Importer fra Word" on the start screen: the native open dialog for a .docx, a preview of
//! what the import makes (each section with its matched template, what was left out), and the
//! agreement opened as a new, unsaved one with the templates the user chose.

use std::path::Path;

use avtale_core::document::Screen;
use avtale_core::store;
use avtale_core::{Lang, Locale, messages};
use avtale_word::import::{ImportOptions, ImportReport, Imported, import};
use serde::{Deserialize, Serialize};
use tauri::{AppHandle, State, WebviewWindow};
use tauri_plugin_dialog::DialogExt;
use ts_rs::TS;

use crate::AppState;
use crate::commands::{show, test_dialog_answer, today};
use crate::error::{ErrorCode, IpcError};
use avtale_core::document::OpenDocument;

/// The largest Word file read.
const MAX_DOCX_BYTES: u64 = 64 * 1024 * 1024;

/// What the import dialog shows before the agreement opens.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub(crate) struct ImportPreview {
    /// The Word file.
    pub path: String,
    /// The title the agreement gets.
    pub title: String,
    /// The agreement's language (the templates' titles are in it).
    pub lang: Lang,
    /// What the import made and left out.
    pub report: ImportReport,
    /// The report's lines about the parties, the period and what was left out, in the
    /// user's language.
    pub notes: Vec<String>,
    /// The templates a section can be matched to: id and title, in the agreement's language.
    pub templates: Vec<TemplateChoice>,
}

/// A template a section can be matched to.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub(crate) struct TemplateChoice {
    /// The template's id.
    pub id: String,
    /// Its title in the agreement's language.
    pub title: String,
}

/// The template the user chose for one section (none for no template).
#[derive(Debug, Clone, Deserialize, TS)]
#[ts(export)]
pub(crate) struct SectionTemplate {
    /// The section's id, as in the preview.
    pub section: String,
    /// The chosen template, or none.
    pub template: Option<String>,
}

fn import_error(message: String) -> IpcError {
    IpcError {
        code: ErrorCode::Unreadable,
        message,
    }
}

/// Reads and imports a Word file (the same answer every time for the same file, but for the
/// new agreement's id).
fn run(state: &AppState, path: &str, locale: Locale) -> Result<Imported, IpcError> {
    let bytes = store::read_limited(Path::new(path), MAX_DOCX_BYTES)
        .map_err(|e| IpcError::load(&e, locale))?;
    let id = uuid::Uuid::new_v4().to_string();
    let stem = Path::new(path)
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned());
    let options = ImportOptions {
        templates: &state.templates,
        today: today(),
        id: &id,
        file_stem: stem.as_deref(),
    };
    import(&bytes, &options).map_err(|e| import_error(e.report(path, locale)))
}

/// The native open dialog for a Word file; none when the user cancels.
#[tauri::command(async)]
pub(crate) fn pick_word_path(app: AppHandle, title: String) -> Option<String> {
    if let Some(path) = test_dialog_answer() {
        return Some(path);
    }
    app.dialog()
        .file()
        .set_title(title)
        .add_filter("Word", &["docx"])
        .blocking_pick_file()
        .map(|p| p.to_string())
}

/// What importing the Word file at `path` makes, for the user to look over.
#[tauri::command(async)]
pub(crate) fn import_word_preview(
    state: State<'_, AppState>,
    path: String,
    locale: Locale,
) -> Result<ImportPreview, IpcError> {
    let imported = run(&state, &path, locale)?;
    let lang = imported.agreement.meta.language;
    let report = imported.report;
    let mut notes = vec![
        messages::import_parties(&report.parties, locale),
        messages::import_period(report.period.as_deref(), locale),
    ];
    if !report.left_out.is_empty() {
        notes.push(messages::import_left_out_heading(locale));
        notes.extend(
            report
                .left_out
                .iter()
                .map(|l| messages::import_left_out(&l.kind, l.section.as_deref(), &l.text, locale)),
        );
    }
    let mut templates: Vec<TemplateChoice> = state
        .templates
        .iter()
        .map(|t| TemplateChoice {
            id: t.id.clone(),
            title: t.text(lang).title.clone(),
        })
        .collect();
    templates.sort_by(|a, b| (&a.title, &a.id).cmp(&(&b.title, &b.id)));
    Ok(ImportPreview {
        path,
        title: imported.agreement.meta.title,
        lang,
        report,
        notes,
        templates,
    })
}

/// Imports the Word file at `path` with the templates the user chose and opens it as a new
/// agreement, not yet saved (the user saves it where they like, as with a new one).
#[tauri::command(async)]
pub(crate) fn import_word_open(
    state: State<'_, AppState>,
    window: WebviewWindow,
    path: String,
    choices: Vec<SectionTemplate>,
    locale: Locale,
) -> Result<Screen, IpcError> {
    let mut agreement = run(&state, &path, locale)?.agreement;
    for choice in choices {
        if let Some(section) = agreement
            .sections
            .iter_mut()
            .find(|s| s.id.0 == choice.section)
        {
            section.template = choice
                .template
                .filter(|id| state.templates.get(id).is_some());
        }
    }
    state.release();
    show(
        &state,
        &window,
        OpenDocument::new(agreement, None, false),
        locale,
    )
}
