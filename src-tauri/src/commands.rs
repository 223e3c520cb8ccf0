//! The app's commands, one per use case, each a few lines calling the core.

use std::path::PathBuf;
use std::sync::atomic::Ordering;

use avtale_core::agreement::{AgreementKind, Section};
use avtale_core::calendar::{self, Calendar};
use avtale_core::catalog::{self, StarterInfo, TemplateInfo};
use avtale_core::check::Diagnostic;
use avtale_core::check::ParentFile;
use avtale_core::date::Date;
use avtale_core::diff::{self, Comparison};
use avtale_core::family::{self, Family, Found, Unreadable};
use avtale_core::history::{RevisionInfo, Timestamp};
use avtale_core::ics::{self, IcsOptions};
use avtale_core::matrix::Matrix;
use avtale_core::readability::{self, Readability, ReadabilityComparison};
use avtale_core::reminders::Reminder;
use avtale_core::render::comparison;
use avtale_core::render::html;
use avtale_core::starter::{self, NewAgreement};
use avtale_core::store::{self, Recovery};
use avtale_core::{
    Agreement, CheckOptions, Lang, LoadError, LoadProblem, Locale, check, messages, workflow,
};
use avtale_pdf::ExportOptions;
use serde::Serialize;
use tauri::{AppHandle, Manager, State, WebviewWindow};
use tauri_plugin_dialog::DialogExt;
use ts_rs::TS;

use crate::AppState;
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

/// What the checks and the renderer make of an agreement being edited.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct LiveCheck {
    /// The agreement rendered by the core (all agreement text escaped).
    pub html: String,
    /// What the checks found, in the requested language.
    pub diagnostics: Vec<Diagnostic>,
}

/// What the start screen needs.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct StartInfo {
    /// The agreement named on the command line, opened.
    #[ts(optional)]
    pub opened: Option<AgreementView>,
    /// An autosaved copy left by a session that did not end normally.
    #[ts(optional)]
    pub recovery: Option<AgreementView>,
    /// Recently opened or saved files, newest first.
    pub recent: Vec<String>,
}

fn view(
    state: &AppState,
    path: Option<String>,
    agreement: Agreement,
    locale: Locale,
) -> AgreementView {
    let LiveCheck { html, diagnostics } = evaluation(state, &agreement, locale);
    AgreementView {
        path,
        agreement,
        html,
        diagnostics,
    }
}

fn evaluation(state: &AppState, agreement: &Agreement, locale: Locale) -> LiveCheck {
    let main = read_main(state, agreement, locale);
    let parent = match &main {
        Some(Ok((_, main))) => Some(ParentFile::Loaded(main)),
        Some(Err(reason)) => Some(ParentFile::Unreadable { reason }),
        None => None,
    };
    let options = CheckOptions {
        locale,
        templates: Some(&state.templates),
        parent,
    };
    LiveCheck {
        html: html::fragment(agreement),
        diagnostics: check(agreement, options),
    }
}

/// The file named on the command line, an autosave to recover, and the recent files.
#[tauri::command(async)]
pub(crate) fn start(state: State<'_, AppState>, locale: Locale) -> Result<StartInfo, IpcError> {
    let opened = match &state.startup_file {
        Some(file) => {
            hold(&state, file, locale)?;
            let agreement = store::read_agreement(file).map_err(|e| IpcError::load(&e, locale))?;
            store::remember_recent(&state.data_dir, file).ok();
            Some(view(
                &state,
                Some(file.display().to_string()),
                agreement,
                locale,
            ))
        }
        None => None,
    };
    let recovery = store::read_recovery(&state.data_dir)
        .map_err(|e| IpcError::load(&e, locale))?
        .map(|r| {
            view(
                &state,
                r.path.map(|p| p.display().to_string()),
                r.agreement,
                locale,
            )
        });
    let recent = store::recent_files(&state.data_dir)
        .iter()
        .map(|p| p.display().to_string())
        .collect();
    Ok(StartInfo {
        opened,
        recovery,
        recent,
    })
}

/// The starter documents, in the agreement language.
#[tauri::command(async)]
pub(crate) fn starters(lang: Lang, locale: Locale) -> Result<Vec<StarterInfo>, IpcError> {
    catalog::starter_infos(lang).map_err(|e| IpcError::load(&e, locale))
}

/// The clause templates for the picker, in the agreement language.
#[tauri::command(async)]
pub(crate) fn templates(
    state: State<'_, AppState>,
    lang: Lang,
    locale: Locale,
) -> Vec<TemplateInfo> {
    catalog::template_infos(&state.templates, lang, locale)
}

/// A new agreement from a starter; the period starts on the first of next month.
#[tauri::command(async)]
pub(crate) fn new_agreement(
    state: State<'_, AppState>,
    starter: String,
    county: String,
    lang: Lang,
    locale: Locale,
) -> Result<AgreementView, IpcError> {
    let new = NewAgreement {
        starter: &starter,
        county: Some(county.as_str()),
        lang,
        today: today(),
        id: uuid::Uuid::new_v4().to_string(),
    };
    let agreement =
        starter::create(&state.templates, &new).map_err(|e| IpcError::load(&e, locale))?;
    // A new agreement has no file yet: the previous file is free for others.
    *state
        .lock
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner) = None;
    Ok(view(&state, None, agreement, locale))
}

/// Opens an agreement file.
#[tauri::command(async)]
pub(crate) fn open_agreement(
    state: State<'_, AppState>,
    path: String,
    locale: Locale,
) -> Result<AgreementView, IpcError> {
    hold(&state, path.as_ref(), locale)?;
    let agreement = store::read_agreement(path.as_ref()).map_err(|e| IpcError::load(&e, locale))?;
    store::remember_recent(&state.data_dir, path.as_ref()).ok();
    Ok(view(&state, Some(path), agreement, locale))
}

/// Locks the file being edited, releasing the previous one: another window or the CLI cannot
/// write it meanwhile. Keeping the lock already held on the same file is fine.
fn hold(state: &AppState, path: &std::path::Path, locale: Locale) -> Result<(), IpcError> {
    let mut held = state
        .lock
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    if held.as_ref().is_some_and(|l| l.path() == path) {
        return Ok(());
    }
    let lock = store::lock_agreement(path).map_err(|e| IpcError::lock(&e, locale))?;
    *held = Some(lock);
    Ok(())
}

/// The file of the agreement being edited, once it has one.
fn current_file(state: &AppState) -> Option<PathBuf> {
    let held = state
        .lock
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    held.as_ref().map(|l| l.path().to_path_buf())
}

/// The main agreement the open agreement links to by file, read now, or why it could not be.
fn read_main(
    state: &AppState,
    agreement: &Agreement,
    locale: Locale,
) -> Option<Result<(PathBuf, Agreement), String>> {
    let link = agreement.meta.parent.as_ref()?.file.as_deref()?;
    let path = store::parent_path(current_file(state).as_deref(), link);
    Some(
        store::read_agreement(&path)
            .map(|a| (path, a))
            .map_err(|e| e.report(locale)),
    )
}

/// The family of the open agreement: its main agreement and the sub-agreements and action
/// plans beside it that link to the main agreement, each with how it fits.
#[tauri::command(async)]
pub(crate) fn agreement_family(
    state: State<'_, AppState>,
    agreement: Agreement,
    locale: Locale,
) -> Family {
    let file = current_file(&state);
    let file_text = file
        .as_ref()
        .map(|f| f.display().to_string())
        .unwrap_or_default();
    let current = Found {
        file: &file_text,
        agreement: &agreement,
    };
    let is_main = agreement.meta.kind == AgreementKind::Hovedavtale;
    let main = if is_main {
        None
    } else {
        read_main(&state, &agreement, locale)
    };
    let main_path = match &main {
        _ if is_main => file.clone(),
        Some(Ok((path, _))) => Some(path.clone()),
        _ => None,
    };
    // The family lives in the main agreement's folder (or this one's, until it is linked).
    let folder = main_path
        .as_ref()
        .or(file.as_ref())
        .and_then(|p| p.parent());
    let read = folder.map(store::read_agreements_in).unwrap_or_default();
    let main_text = main_path
        .map(|p| p.display().to_string())
        .unwrap_or_default();
    let mut unreadable = Vec::new();
    let mut found = Vec::new();
    for (path, result) in &read {
        match result {
            Ok(a) => found.push((path.display().to_string(), a)),
            Err(e) => unreadable.push(Unreadable {
                file: path.display().to_string(),
                message: e.report(locale),
            }),
        }
    }
    let others: Vec<Found<'_>> = found
        .iter()
        .filter(|(path, _)| *path != main_text)
        .map(|(path, a)| Found {
            file: path,
            agreement: a,
        })
        .collect();
    let main_found = match &main {
        _ if is_main => Some(Ok(current)),
        Some(Ok((_, a))) => Some(Ok(Found {
            file: &main_text,
            agreement: a,
        })),
        Some(Err(reason)) => Some(Err(reason.clone())),
        None => None,
    };
    family::build(current, main_found, &others, unreadable, locale)
}

/// Links the open sub-agreement to the main agreement in `path` (chosen in the open dialog).
#[tauri::command(async)]
pub(crate) fn link_parent(
    state: State<'_, AppState>,
    mut agreement: Agreement,
    path: String,
    locale: Locale,
) -> Result<Agreement, IpcError> {
    let path = PathBuf::from(path);
    let main = store::read_agreement(&path).map_err(|e| IpcError::load(&e, locale))?;
    let link = store::link_to(current_file(&state).as_deref(), &path);
    family::link(&mut agreement, &main, link);
    Ok(agreement)
}

/// Checks and renders the agreement as it is being edited.
#[tauri::command(async)]
pub(crate) fn evaluate(
    state: State<'_, AppState>,
    agreement: Agreement,
    locale: Locale,
) -> LiveCheck {
    evaluation(&state, &agreement, locale)
}

/// The section a template makes in this agreement.
#[tauri::command(async)]
pub(crate) fn new_section(
    state: State<'_, AppState>,
    agreement: Agreement,
    template: String,
    locale: Locale,
) -> Result<Section, IpcError> {
    let found = state.templates.get(&template).ok_or_else(|| {
        IpcError::load(
            &LoadError::whole("templates", LoadProblem::UnknownTemplate(template.clone())),
            locale,
        )
    })?;
    Ok(catalog::new_section(&agreement, found))
}

/// Saves atomically, remembers the file and drops the autosave copy.
#[tauri::command(async)]
pub(crate) fn save_agreement(
    state: State<'_, AppState>,
    path: String,
    agreement: Agreement,
    locale: Locale,
) -> Result<(), IpcError> {
    hold(&state, path.as_ref(), locale)?;
    store::save_agreement(path.as_ref(), &agreement).map_err(|e| IpcError::save(&e, locale))?;
    store::remember_recent(&state.data_dir, path.as_ref()).ok();
    store::discard_recovery(&state.data_dir);
    Ok(())
}

/// Autosaves the agreement being edited to the recovery copy.
#[tauri::command(async)]
pub(crate) fn autosave(
    state: State<'_, AppState>,
    path: Option<String>,
    agreement: Agreement,
    locale: Locale,
) -> Result<(), IpcError> {
    let recovery = Recovery {
        agreement,
        path: path.map(PathBuf::from),
    };
    store::write_recovery(&state.data_dir, &recovery).map_err(|e| IpcError::save(&e, locale))
}

/// Drops the autosave copy (the user declined to recover it).
#[tauri::command(async)]
pub(crate) fn discard_recovery(state: State<'_, AppState>) {
    store::discard_recovery(&state.data_dir);
}

/// The native "open" dialog; none when the user cancels.
#[tauri::command(async)]
pub(crate) fn pick_open_path(app: AppHandle, title: String) -> Option<String> {
    if let Some(path) = test_dialog_answer() {
        return Some(path);
    }
    let picked = app
        .dialog()
        .file()
        .set_title(title)
        .add_filter("Avtale", &["yaml", "yml"])
        .blocking_pick_file();
    picked.map(|p| p.to_string())
}

/// The native "save as" dialog; none when the user cancels.
#[tauri::command(async)]
pub(crate) fn pick_save_path(app: AppHandle, title: String, suggested: String) -> Option<String> {
    if let Some(path) = test_dialog_answer() {
        return Some(path);
    }
    let picked = app
        .dialog()
        .file()
        .set_title(title)
        .set_file_name(suggested)
        .add_filter("Avtale", &["yaml"])
        .blocking_save_file();
    picked.map(|p| p.to_string())
}

/// Shows the document title and whether there are unsaved changes in the window's title
/// bar; closing the window while there are asks the page first.
#[tauri::command]
pub(crate) fn set_document(
    window: WebviewWindow,
    state: State<'_, AppState>,
    title: String,
    unsaved: bool,
) {
    state.unsaved.store(unsaved, Ordering::SeqCst);
    let _ = window.set_title(&title);
}

/// Closes the window without asking again (the page has asked).
#[tauri::command]
pub(crate) fn close_window(window: WebviewWindow, state: State<'_, AppState>) {
    state.unsaved.store(false, Ordering::SeqCst);
    let _ = window
        .app_handle()
        .get_webview_window("main")
        .map(|w| w.close());
}

/// End-to-end tests cannot click in a native dialog: when `AVTALE_TEST_DIALOG_PATH` is set,
/// file dialogs answer with that path instead of opening.
fn test_dialog_answer() -> Option<String> {
    std::env::var("AVTALE_TEST_DIALOG_PATH")
        .ok()
        .filter(|p| !p.is_empty())
}

/// Today's date: the shell reads the clock, the core never does.
#[expect(
    clippy::disallowed_methods,
    reason = "the app shell is the edge that reads the clock"
)]
fn today() -> Date {
    Date::from(chrono::Local::now().date_naive())
}

/// The outcome of saving a revision in the app.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct CommitOutcome {
    /// The agreement with the new revision in its history.
    pub agreement: Agreement,
    /// The new revision's number.
    pub number: u32,
    /// Set when the agreement had been signed and the changes became a new draft: what to
    /// tell the user.
    #[ts(optional)]
    pub notice: Option<String>,
}

/// Saves the agreement's current content as a new revision (author and message from the
/// user, time from the clock), optionally moving its status.
#[tauri::command(async)]
pub(crate) fn commit_revision(
    mut agreement: Agreement,
    author: String,
    message: String,
    name: Option<String>,
    status: Option<avtale_core::agreement::Status>,
    locale: Locale,
) -> Result<CommitOutcome, IpcError> {
    let info = revision_info(author, message, name);
    let done = workflow::commit(&mut agreement, info, status)
        .map_err(|e| IpcError::workflow(&e, locale))?;
    let notice = done
        .new_draft_after_signing
        .then(|| messages::new_draft_after_signing(locale));
    Ok(CommitOutcome {
        agreement,
        number: done.number,
        notice,
    })
}

/// Makes an old revision current again, as a new revision.
#[tauri::command(async)]
pub(crate) fn restore_revision(
    mut agreement: Agreement,
    number: u32,
    author: String,
    message: String,
    locale: Locale,
) -> Result<CommitOutcome, IpcError> {
    let info = revision_info(author, message, None);
    let done = workflow::restore(&mut agreement, number, info)
        .map_err(|e| IpcError::workflow(&e, locale))?;
    Ok(CommitOutcome {
        agreement,
        number: done.number,
        notice: None,
    })
}

/// Starts the agreement's next period ("Forny avtale"): dates moved, a new draft revision.
#[tauri::command(async)]
pub(crate) fn renew_agreement(
    mut agreement: Agreement,
    author: String,
    locale: Locale,
) -> Result<CommitOutcome, IpcError> {
    let message = avtale_core::renew::next_period(&agreement.meta.period)
        .map(|p| messages::renewed_revision(&p, locale))
        .unwrap_or_default();
    let done = workflow::renew(&mut agreement, revision_info(author, message, None))
        .map_err(|e| IpcError::workflow(&e, locale))?;
    Ok(CommitOutcome {
        agreement,
        number: done.number,
        notice: None,
    })
}

/// What changed between two versions: revision numbers, or none for the current text.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct CompareView {
    /// The comparison as data.
    pub comparison: Comparison,
    /// The comparison as the core's HTML (agreement text escaped), with `<del>` and `<ins>`.
    pub html: String,
    /// The same side by side: older version left, newer right.
    pub side_by_side: String,
    /// The summary line.
    pub summary: String,
    /// Whether the newer version reads more easily (LIX, long sentences, passive voice).
    pub readability: ReadabilityComparison,
}

/// Compares two versions of the agreement being edited.
#[tauri::command(async)]
pub(crate) fn compare_versions(
    agreement: Agreement,
    old: Option<u32>,
    new: Option<u32>,
    locale: Locale,
) -> Result<CompareView, IpcError> {
    let pick = |n: Option<u32>| match n {
        Some(n) => workflow::at_revision(&agreement, n).map_err(|e| IpcError::workflow(&e, locale)),
        None => Ok(agreement.clone()),
    };
    Ok(view_of(&pick(old)?, &pick(new)?, locale))
}

fn view_of(old: &Agreement, new: &Agreement, locale: Locale) -> CompareView {
    let comparison = diff::compare(old, new, locale);
    CompareView {
        html: comparison::html(&comparison, locale),
        side_by_side: comparison::side_by_side(&comparison, locale),
        summary: messages::diff_summary(&comparison.summary, locale),
        readability: readability::compare(old, new),
        comparison,
    }
}

/// Compares another file of the same agreement (its current text) with the one being edited.
#[tauri::command(async)]
pub(crate) fn compare_with_file(
    agreement: Agreement,
    path: String,
    locale: Locale,
) -> Result<CompareView, IpcError> {
    let other = store::read_agreement(path.as_ref()).map_err(|e| IpcError::load(&e, locale))?;
    if other.meta.id != agreement.meta.id {
        return Err(IpcError::other_agreement(locale));
    }
    Ok(view_of(&other, &agreement, locale))
}

/// One revision, rendered read-only.
#[tauri::command(async)]
pub(crate) fn show_revision(
    agreement: Agreement,
    number: u32,
    locale: Locale,
) -> Result<String, IpcError> {
    let old =
        workflow::at_revision(&agreement, number).map_err(|e| IpcError::workflow(&e, locale))?;
    Ok(html::fragment(&old))
}

/// Whether the history's chain holds; the problem in words when it does not.
#[tauri::command(async)]
pub(crate) fn verify_history(agreement: Agreement, locale: Locale) -> Option<String> {
    agreement
        .history
        .verify()
        .err()
        .map(|e| messages::chain_error(&e, locale))
}

fn revision_info(author: String, message: String, name: Option<String>) -> RevisionInfo {
    RevisionInfo {
        author,
        time: now(),
        message,
        name: name.filter(|n| !n.trim().is_empty()),
    }
}

/// Now, with the local offset: the shell reads the clock, the core never does.
#[expect(
    clippy::disallowed_methods,
    reason = "the app shell is the edge that reads the clock"
)]
fn now() -> Timestamp {
    Timestamp(chrono::Local::now().fixed_offset())
}

/// The first page of a PDF export and what the export will be.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct PdfPreview {
    /// The first page as an SVG image (shown in an `<img>`, where SVG cannot run scripts).
    pub svg: String,
    /// How many pages the PDF has.
    pub pages: u32,
    /// Whether every page will say "UTKAST" (until the agreement is signed).
    pub draft: bool,
}

/// What to print: the whole agreement, or the one-page short version.
fn print_options(agreement: &Agreement, short: bool) -> (avtale_pdf::Print, ExportOptions) {
    let print = if short {
        avtale_pdf::Print::Short
    } else {
        avtale_pdf::Print::Whole
    };
    let options = ExportOptions {
        draft: !workflow::is_frozen(agreement.meta.status),
        ..Default::default()
    };
    (print, options)
}

/// Lays out the PDF and returns its first page, for a preview before saving.
#[tauri::command(async)]
pub(crate) fn preview_pdf(
    agreement: Agreement,
    short: bool,
    locale: Locale,
) -> Result<PdfPreview, IpcError> {
    let (print, options) = print_options(&agreement, short);
    let preview =
        avtale_pdf::preview(&agreement, print, options).map_err(|e| IpcError::pdf(&e, locale))?;
    Ok(PdfPreview {
        svg: preview.svg,
        pages: u32::try_from(preview.pages).unwrap_or(u32::MAX),
        draft: options.draft,
    })
}

/// Exports the agreement (or its short version) as PDF/A-2a to a file the user picks;
/// "UTKAST" on every page until the agreement is signed. Returns the file written, or none
/// when the user cancelled.
#[tauri::command(async)]
pub(crate) fn export_pdf(
    app: AppHandle,
    agreement: Agreement,
    short: bool,
    title: String,
    locale: Locale,
) -> Result<Option<String>, IpcError> {
    let (print, options) = print_options(&agreement, short);
    let bytes = avtale_pdf::export_print(&agreement, print, options)
        .map_err(|e| IpcError::pdf(&e, locale))?;
    let suggested = format!("{}.pdf", agreement.meta.title);
    let Some(path) = pick_save_path(app, title, suggested) else {
        return Ok(None);
    };
    store::write_atomic(path.as_ref(), &bytes).map_err(|e| IpcError::save(&e, locale))?;
    Ok(Some(path))
}

/// The meetings the agreement's cadences give over its period, by year, with the meeting load
/// per party and role.
#[tauri::command(async)]
pub(crate) fn meeting_calendar(agreement: Agreement, locale: Locale) -> Result<Calendar, IpcError> {
    calendar::calendar(&agreement).map_err(|e| IpcError::calendar(&e, locale))
}

/// Writes the meeting calendar as an iCalendar file the user picks. Returns the file written,
/// or none when the user cancelled.
#[tauri::command(async)]
pub(crate) fn export_calendar(
    app: AppHandle,
    agreement: Agreement,
    title: String,
    locale: Locale,
) -> Result<Option<String>, IpcError> {
    let meetings = calendar::calendar(&agreement).map_err(|e| IpcError::calendar(&e, locale))?;
    let text = ics::calendar_ics(&agreement, &meetings, &IcsOptions::new(now()));
    let suggested = format!("{}.ics", agreement.meta.title);
    let Some(path) = pick_save_path(app, title, suggested) else {
        return Ok(None);
    };
    store::write_atomic(path.as_ref(), text.as_bytes()).map_err(|e| IpcError::save(&e, locale))?;
    Ok(Some(path))
}

/// What is coming up in the next 90 days: evaluations, the last day to give notice, the end
/// of the period.
#[tauri::command]
pub(crate) fn reminders(agreement: Agreement, locale: Locale) -> Vec<Reminder> {
    avtale_core::reminders::reminders(
        &agreement,
        now().0.date_naive(),
        avtale_core::reminders::DEFAULT_REMINDER_DAYS,
        locale,
    )
}

/// Who does what: the agreement's tasks against its parties, with gaps, overlaps and imbalance.
#[tauri::command]
pub(crate) fn responsibility_matrix(agreement: Agreement) -> Matrix {
    avtale_core::matrix::matrix(&agreement)
}

/// Plain-language figures per section and for the whole agreement: LIX, long sentences,
/// passive voice.
#[tauri::command]
pub(crate) fn readability_report(agreement: Agreement) -> Readability {
    readability::readability(&agreement)
}
