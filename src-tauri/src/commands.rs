//! The app's commands, one per use case, each a few lines calling the core. The open agreement
//! lives in the core's [`OpenDocument`], held in the app state; the page sends edits and gets
//! back what the screen shows ([`Screen`]).

use std::path::{Path, PathBuf};

use avtale_core::agreement::{PartyId, Period};
use avtale_core::calendar::{self, Calendar};
use avtale_core::catalog::{self, KindInfo, StarterInfo, TemplateInfo};
use avtale_core::check::ParentFile;
use avtale_core::clause::Signing;
use avtale_core::date::Date;
use avtale_core::diff;
use avtale_core::document::{Edit, OpenDocument, PeriodMove, Screen};
use avtale_core::family::{self, Family};
use avtale_core::find::Found;
use avtale_core::followup::{self, Entry, Followed, Overview};
use avtale_core::guide::{self, Guide};
use avtale_core::history::{Revision, RevisionInfo, RevisionReason, Timestamp};
use avtale_core::ics::{self, IcsOptions};
use avtale_core::matrix::Matrix;
use avtale_core::merge;
use avtale_core::readability::{self, Readability, ReadabilityComparison};
use avtale_core::recent::{self, RecentAgreement};
use avtale_core::render::{comparison, html};
use avtale_core::starter::{self, NewAgreement};
use avtale_core::store::{self, Recovery};
use avtale_core::{Agreement, CheckOptions, Lang, Locale, messages, signing, workflow};
use avtale_pdf::ExportOptions;
use serde::{Deserialize, Serialize};
use tauri::{AppHandle, Manager, State, WebviewWindow};
use tauri_plugin_dialog::DialogExt;
use ts_rs::TS;

use crate::AppState;
use crate::error::IpcError;

/// What the start screen needs.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct StartInfo {
    /// The agreement named on the command line, opened.
    #[ts(optional)]
    pub opened: Option<Screen>,
    /// An autosaved copy left by a session that did not end normally.
    #[ts(optional)]
    pub recovery: Option<RecoveryInfo>,
}

/// An autosaved copy the start screen offers to recover.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct RecoveryInfo {
    /// The agreement's title.
    pub title: String,
    /// The file it belongs to, if it had one.
    #[ts(optional)]
    pub path: Option<String>,
}

/// One edit from the page with the key that merges fast typing into one undo step.
#[derive(Debug, Clone, Deserialize, TS)]
#[ts(export)]
pub struct KeyedEdit {
    /// The edit.
    pub edit: Edit,
    /// Usually the field path; edits with the same key within a second are one undo step.
    #[ts(optional)]
    pub key: Option<String>,
}

/// The main agreement an agreement links to, as its file reads now (or why it cannot be
/// read): what checking a sub-agreement needs.
struct MainFile(Option<Result<std::sync::Arc<Agreement>, String>>);

impl MainFile {
    /// The main agreement `agreement` (in the file `path`) links to.
    fn of(state: &AppState, path: Option<&Path>, agreement: &Agreement, locale: Locale) -> Self {
        let main = state.mains().of(path, agreement);
        MainFile(main.map(|(_, read)| read.map_err(|e| e.report(locale))))
    }

    /// The checks' options with this main agreement and the app's templates.
    fn options<'a>(&'a self, state: &'a AppState, locale: Locale) -> CheckOptions<'a> {
        let parent = match &self.0 {
            Some(Ok(a)) => Some(ParentFile::Loaded(a)),
            Some(Err(reason)) => Some(ParentFile::Unreadable { reason }),
            None => None,
        };
        CheckOptions {
            locale,
            templates: Some(&state.templates),
            parent,
        }
    }
}

/// What the screen shows for the open document, with the agreement when asked.
fn screen(state: &AppState, doc: &mut OpenDocument, locale: Locale, content: bool) -> Screen {
    let main = MainFile::of(state, doc.path(), doc.agreement(), locale);
    doc.screen(main.options(state, locale), today().naive(), content)
}

/// Opens `doc` as the agreement being edited and shows it; the window title follows.
pub(crate) fn show(
    state: &AppState,
    window: &WebviewWindow,
    mut doc: OpenDocument,
    locale: Locale,
) -> Result<Screen, IpcError> {
    let shown = screen(state, &mut doc, locale, true);
    *state.doc() = Some(doc);
    *state.merging() = None;
    let _ = window.set_title(&shown.window_title);
    Ok(shown)
}

/// Runs `f` on the open document; an error when none is open.
fn with_doc<T>(
    state: &AppState,
    locale: Locale,
    f: impl FnOnce(&mut OpenDocument) -> Result<T, IpcError>,
) -> Result<T, IpcError> {
    let mut held = state.doc();
    let doc = held.as_mut().ok_or_else(|| IpcError::no_document(locale))?;
    f(doc)
}

/// The screen after a change to the open document, with the window title updated.
fn after(
    state: &AppState,
    window: &WebviewWindow,
    locale: Locale,
    content: bool,
) -> Result<Screen, IpcError> {
    let shown = with_doc(state, locale, |doc| Ok(screen(state, doc, locale, content)))?;
    let _ = window.set_title(&shown.window_title);
    Ok(shown)
}

/// Opens the agreement in `path`, holding its lock.
fn open_file(state: &AppState, path: &Path, locale: Locale) -> Result<OpenDocument, IpcError> {
    state.hold(path, locale)?;
    let agreement = store::read_agreement(path).map_err(|e| IpcError::load(&e, locale))?;
    store::remember_recent(&state.data_dir, path).ok();
    Ok(OpenDocument::new(agreement, Some(path.to_path_buf()), true))
}

/// The file named on the command line and an autosave to recover.
#[tauri::command(async)]
pub(crate) fn start(
    state: State<'_, AppState>,
    window: WebviewWindow,
    locale: Locale,
) -> Result<StartInfo, IpcError> {
    let opened = match state.startup_file.clone() {
        Some(file) => Some(show(
            &state,
            &window,
            open_file(&state, &file, locale)?,
            locale,
        )?),
        None => None,
    };
    Ok(StartInfo {
        opened,
        recovery: recovery_info(&state, locale)?,
    })
}

/// The recently used agreements as the start screen lists them: title, kind and period, or
/// why a file cannot be opened.
#[tauri::command(async)]
pub(crate) fn recent_agreements(
    state: State<'_, AppState>,
    locale: Locale,
) -> Vec<RecentAgreement> {
    recent::recent_agreements(store::recent_metas(&state.data_dir), locale)
}

/// The autosaved copy left by a session that did not end normally, as the start screen names it.
fn recovery_info(state: &AppState, locale: Locale) -> Result<Option<RecoveryInfo>, IpcError> {
    let recovery = store::read_recovery(&state.data_dir).map_err(|e| IpcError::load(&e, locale))?;
    Ok(recovery.map(|r| RecoveryInfo {
        title: r.agreement.meta.title,
        path: r.path.map(|p| p.display().to_string()),
    }))
}

/// Opens the autosaved copy as the agreement being edited (not saved: it differs from its file).
#[tauri::command(async)]
pub(crate) fn recover(
    state: State<'_, AppState>,
    window: WebviewWindow,
    locale: Locale,
) -> Result<Screen, IpcError> {
    let Recovery { agreement, path } = store::read_recovery(&state.data_dir)
        .map_err(|e| IpcError::load(&e, locale))?
        .ok_or_else(|| IpcError::no_document(locale))?;
    state.release();
    show(
        &state,
        &window,
        OpenDocument::new(agreement, path, false),
        locale,
    )
}

/// The starter documents, in the agreement language.
#[tauri::command(async)]
pub(crate) fn starters(lang: Lang, locale: Locale) -> Result<Vec<StarterInfo>, IpcError> {
    catalog::starter_infos(lang).map_err(|e| IpcError::load(&e, locale))
}

/// The agreement kinds with their names, for the details form.
#[tauri::command(async)]
pub(crate) fn kinds(locale: Locale) -> Vec<KindInfo> {
    catalog::kind_infos(locale)
}

/// The regions shipped for a county, with their source, for «Hent regionene» in the details
/// form; none when no regions are shipped for it.
#[tauri::command(async)]
pub(crate) fn county_regions(
    county: String,
    lang: Lang,
) -> Option<avtale_core::library::regions::RegionsOffer> {
    avtale_core::library::regions::offer(&county, lang)
}

/// The user guide, for the Help menu and F1.
#[tauri::command(async)]
pub(crate) fn user_guide() -> Guide {
    guide::guide()
}

/// What this copy of Avtale is, for Help → About.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub(crate) struct About {
    /// The program's version.
    pub(crate) version: String,
    /// The version of the file format it writes.
    pub(crate) format_version: u32,
}

/// The program's version and file format.
#[tauri::command]
pub(crate) fn about(app: AppHandle) -> About {
    About {
        version: app.package_info().version.to_string(),
        format_version: avtale_core::agreement::FORMAT_VERSION,
    }
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
    window: WebviewWindow,
    starter: String,
    county: String,
    municipality: Option<String>,
    lang: Lang,
    locale: Locale,
) -> Result<Screen, IpcError> {
    let (today, id) = (today(), uuid::Uuid::new_v4().to_string());
    let new = NewAgreement {
        starter: &starter,
        county: Some(&county),
        municipality: municipality.as_deref(),
        lang,
        today,
        id,
    };
    let agreement =
        starter::create(&state.templates, &new).map_err(|e| IpcError::load(&e, locale))?;
    // A new agreement has no file yet: the previous file is free for others.
    state.release();
    show(
        &state,
        &window,
        OpenDocument::new(agreement, None, false),
        locale,
    )
}

/// Opens an agreement file.
#[tauri::command(async)]
pub(crate) fn open_agreement(
    state: State<'_, AppState>,
    window: WebviewWindow,
    path: String,
    locale: Locale,
) -> Result<Screen, IpcError> {
    let doc = open_file(&state, path.as_ref(), locale)?;
    show(&state, &window, doc, locale)
}

/// Applies the page's edits, in order, and returns what the screen shows. The agreement comes
/// back only when an edit was not a plain field value (the page shows those as it sends them)
/// or was refused.
#[tauri::command(async)]
pub(crate) fn edit(
    state: State<'_, AppState>,
    window: WebviewWindow,
    edits: Vec<KeyedEdit>,
    now_ms: i64,
    locale: Locale,
) -> Result<Screen, IpcError> {
    let content = with_doc(&state, locale, |doc| {
        let mut content = false;
        for KeyedEdit { edit, key } in &edits {
            let applied = doc.apply(edit, key.as_deref(), now_ms, &state.templates);
            content |= applied.is_err() || !matches!(edit, Edit::Set { .. });
        }
        Ok(content)
    })?;
    after(&state, &window, locale, content)
}

/// Takes back the last edit.
#[tauri::command(async)]
pub(crate) fn undo(
    state: State<'_, AppState>,
    window: WebviewWindow,
    locale: Locale,
) -> Result<Screen, IpcError> {
    with_doc(&state, locale, |doc| Ok(doc.undo()))?;
    after(&state, &window, locale, true)
}

/// Takes the last undone edit again.
#[tauri::command(async)]
pub(crate) fn redo(
    state: State<'_, AppState>,
    window: WebviewWindow,
    locale: Locale,
) -> Result<Screen, IpcError> {
    with_doc(&state, locale, |doc| Ok(doc.redo()))?;
    after(&state, &window, locale, true)
}

/// Saves the open agreement atomically (to `path` for "save as"), remembers the file and drops
/// the autosave copy. Refused when the file holds revisions the open agreement lacks.
#[tauri::command(async)]
pub(crate) fn save_agreement(
    state: State<'_, AppState>,
    window: WebviewWindow,
    path: Option<String>,
    locale: Locale,
) -> Result<Screen, IpcError> {
    with_doc(&state, locale, |doc| {
        let path = path
            .map(PathBuf::from)
            .or_else(|| doc.path().map(Path::to_path_buf));
        state.save(
            doc,
            path.ok_or_else(|| IpcError::no_document(locale))?,
            locale,
        )
    })?;
    after(&state, &window, locale, false)
}

/// Autosaves the agreement being edited to the recovery copy.
#[tauri::command(async)]
pub(crate) fn autosave(state: State<'_, AppState>, locale: Locale) -> Result<(), IpcError> {
    with_doc(&state, locale, |doc| {
        let recovery = Recovery {
            agreement: doc.agreement().clone(),
            path: doc.path().map(Path::to_path_buf),
        };
        store::write_recovery(&state.data_dir, &recovery).map_err(|e| IpcError::save(&e, locale))
    })
}

/// Drops the autosave copy (the user declined to recover it).
#[tauri::command(async)]
pub(crate) fn discard_recovery(state: State<'_, AppState>) {
    store::discard_recovery(&state.data_dir);
}

/// Closes the open agreement (back to the start screen), freeing its file.
#[tauri::command(async)]
pub(crate) fn close_agreement(state: State<'_, AppState>, window: WebviewWindow) {
    *state.doc() = None;
    state.release();
    let _ = window.set_title(&messages::window_title(None, false, Locale::Nb));
}

/// The native "open" dialog; none when the user cancels.
#[tauri::command(async)]
pub(crate) fn pick_open_path(app: AppHandle, title: String) -> Option<String> {
    if let Some(path) = test_dialog_answer() {
        return Some(path);
    }
    let dialog = app
        .dialog()
        .file()
        .set_title(title)
        .add_filter("Avtale", &["yaml", "yml"]);
    dialog.blocking_pick_file().map(|p| p.to_string())
}

/// The native "save as" dialog; none when the user cancels.
#[tauri::command(async)]
pub(crate) fn pick_save_path(app: AppHandle, title: String, suggested: String) -> Option<String> {
    save_dialog(&app, title, suggested, ("Avtale", "yaml"))
}

/// The native "save as" dialog showing files of one kind (name, extension).
fn save_dialog(
    app: &AppHandle,
    title: String,
    suggested: String,
    (kind, extension): (&str, &str),
) -> Option<String> {
    if let Some(path) = test_dialog_answer() {
        return Some(path);
    }
    let dialog = app.dialog().file().set_title(title);
    let dialog = dialog
        .set_file_name(suggested)
        .add_filter(kind, &[extension]);
    dialog.blocking_save_file().map(|p| p.to_string())
}

/// Writes an export to a file the user picks (never over the open agreement's own file);
/// returns the file written, or none when the user cancelled.
fn export_to(
    app: &AppHandle,
    state: &AppState,
    title: String,
    (kind, extension): (&str, &str),
    bytes: &[u8],
    locale: Locale,
) -> Result<Option<String>, IpcError> {
    let (open, name) = with_doc(state, locale, |doc| {
        let path = doc.path().map(Path::to_path_buf);
        Ok((path, doc.agreement().meta.title.clone()))
    })?;
    let suggested = format!("{name}.{extension}");
    let Some(path) = save_dialog(app, title, suggested, (kind, extension)) else {
        return Ok(None);
    };
    if open.is_some_and(|open| store::same_file(&open, Path::new(&path))) {
        return Err(IpcError::export_over_agreement(locale));
    }
    store::write_atomic(path.as_ref(), bytes).map_err(|e| IpcError::save(&e, locale))?;
    Ok(Some(path))
}

/// Closes the window without asking again (the page has asked).
#[tauri::command]
pub(crate) fn close_window(window: WebviewWindow, state: State<'_, AppState>) {
    *state.doc() = None;
    let _ = window
        .app_handle()
        .get_webview_window("main")
        .map(|w| w.close());
}

/// End-to-end tests cannot click in a native dialog: when `AVTALE_TEST_DIALOG_PATH` is set,
/// file dialogs answer with that path instead of opening.
pub(crate) fn test_dialog_answer() -> Option<String> {
    std::env::var("AVTALE_TEST_DIALOG_PATH")
        .ok()
        .filter(|p| !p.is_empty())
}

/// Today's date: the shell reads the clock, the core never does.
#[expect(
    clippy::disallowed_methods,
    reason = "the app shell is the edge that reads the clock"
)]
pub(crate) fn today() -> Date {
    Date::from(chrono::Local::now().date_naive())
}

/// Now, with the local offset: the shell reads the clock, the core never does.
#[expect(
    clippy::disallowed_methods,
    reason = "the app shell is the edge that reads the clock"
)]
fn now() -> Timestamp {
    Timestamp(chrono::Local::now().fixed_offset())
}

/// The history panel's view: the revisions (newest last) and whether the chain holds.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct HistoryView {
    /// The revisions, oldest first, without their sections' content.
    pub revisions: Vec<Revision>,
    /// What is wrong with the chain, when it does not hold.
    #[ts(optional)]
    pub broken: Option<String>,
    /// What each revision records besides its message (why it was made, that it was
    /// registered, the errors it accepted), a line each, in the user's language; in the order
    /// of `revisions`.
    pub notes: Vec<Vec<String>>,
    /// When each revision was saved, in words ("7. desember 2026 kl. 07.14"), in the order of
    /// `revisions`.
    pub times: Vec<String>,
}

/// The history, only when the history panel asks for it.
#[tauri::command(async)]
pub(crate) fn history(state: State<'_, AppState>, locale: Locale) -> Result<HistoryView, IpcError> {
    with_doc(&state, locale, |doc| {
        let history = &doc.agreement().history;
        let broken = history
            .verify()
            .err()
            .map(|e| messages::chain_error(&e, locale));
        Ok(HistoryView {
            notes: (history.revisions.iter())
                .map(|r| messages::revision_notes(r, locale))
                .collect(),
            times: (history.revisions.iter())
                .map(|r| messages::date_time(&r.time, locale))
                .collect(),
            revisions: history.revisions.clone(),
            broken,
        })
    })
}

/// The outcome of saving a revision in the app.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct CommitOutcome {
    /// The screen after it, with the agreement.
    pub screen: Screen,
    /// The new revision's number.
    pub number: u32,
    /// What to tell the user: the revision saved, or that the changes to a signed agreement
    /// became a new draft, or why the file could not be written.
    pub notice: String,
}

/// A revision made by `make` on the open document, then the file saved while its lock is held.
fn revision(
    state: &AppState,
    window: &WebviewWindow,
    locale: Locale,
    make: impl FnOnce(&mut OpenDocument) -> Result<workflow::Committed, workflow::WorkflowError>,
) -> Result<CommitOutcome, IpcError> {
    let (number, notice) = with_doc(state, locale, |doc| {
        let done = make(doc).map_err(|e| IpcError::workflow(&e, locale))?;
        let mut notice = match done.new_draft_after_signing {
            true => messages::new_draft_after_signing(locale),
            false => messages::revision_saved(done.number, locale),
        };
        if let Some(path) = doc.path().map(Path::to_path_buf)
            && let Err(e) = state.save(doc, path, locale)
        {
            notice = format!("{notice} {}", e.message);
        }
        Ok((done.number, notice))
    })?;
    let screen = after(state, window, locale, true)?;
    Ok(CommitOutcome {
        screen,
        number,
        notice,
    })
}

/// Saves the agreement's current content as a new revision (author, message and reason from
/// the user, time from the clock), optionally moving its status, and saves the file. A status
/// that needs an agreement without errors is refused while the checks find errors, unless
/// `accept_errors` gives a reason (recorded in the revision).
#[tauri::command(async)]
#[expect(
    clippy::too_many_arguments,
    reason = "one argument per field of the dialog"
)]
pub(crate) fn commit_revision(
    state: State<'_, AppState>,
    window: WebviewWindow,
    author: String,
    message: String,
    name: Option<String>,
    status: Option<avtale_core::agreement::Status>,
    reason: Option<RevisionReason>,
    accept_errors: Option<String>,
    locale: Locale,
) -> Result<CommitOutcome, IpcError> {
    let info = revision_info(author, message, name);
    revision(&state, &window, locale, |doc| {
        let main = MainFile::of(&state, doc.path(), doc.agreement(), locale);
        let options = workflow::CommitOptions {
            status,
            reason: reason.as_ref(),
            accept_errors: accept_errors.as_deref(),
            checks: main.options(&state, locale),
        };
        doc.commit_with(info, options)
    })
}

/// Registers the open agreement, signed before it reached Avtale, as signed (or in force) in
/// one step with each party's date and place of signing, and saves the file.
#[tauri::command(async)]
pub(crate) fn register_signed(
    state: State<'_, AppState>,
    window: WebviewWindow,
    author: String,
    status: avtale_core::agreement::Status,
    signed: Vec<Signing>,
    accept_errors: Option<String>,
    locale: Locale,
) -> Result<CommitOutcome, IpcError> {
    let message = messages::registered_revision(status, locale);
    let info = revision_info(author, message, None);
    revision(&state, &window, locale, |doc| {
        let main = MainFile::of(&state, doc.path(), doc.agreement(), locale);
        let registration = signing::Registration {
            status: Some(status),
            signed,
            accept_errors,
            checks: main.options(&state, locale),
        };
        doc.register(info, registration)
    })
}

/// Makes an old revision current again, as a new revision, and saves the file.
#[tauri::command(async)]
pub(crate) fn restore_revision(
    state: State<'_, AppState>,
    window: WebviewWindow,
    number: u32,
    author: String,
    locale: Locale,
) -> Result<CommitOutcome, IpcError> {
    let info = revision_info(author, messages::restored_revision(number, locale), None);
    revision(&state, &window, locale, |doc| doc.restore(number, info))
}

/// Starts the agreement's next period ("Forny avtale"): dates moved, a new draft revision.
#[tauri::command(async)]
pub(crate) fn renew_agreement(
    state: State<'_, AppState>,
    window: WebviewWindow,
    author: String,
    locale: Locale,
) -> Result<CommitOutcome, IpcError> {
    revision(&state, &window, locale, |doc| {
        doc.renew(author, now(), locale)
    })
}

/// What moving every date from the period `was` (before the user changed it) to the period
/// now would move: what the page offers when the period changes.
#[tauri::command(async)]
pub(crate) fn period_move(
    state: State<'_, AppState>,
    was: Period,
    locale: Locale,
) -> Result<PeriodMove, IpcError> {
    with_doc(&state, locale, |doc| {
        doc.period_move(&was, locale)
            .map_err(|e| IpcError::period(&e, locale))
    })
}

/// Moves every date from the period `was` to the period now, as one undo step.
#[tauri::command(async)]
pub(crate) fn move_dates(
    state: State<'_, AppState>,
    window: WebviewWindow,
    was: Period,
    locale: Locale,
) -> Result<Screen, IpcError> {
    with_doc(&state, locale, |doc| {
        doc.move_dates(&was)
            .map_err(|e| IpcError::period(&e, locale))
    })?;
    after(&state, &window, locale, true)
}

/// Links the open sub-agreement to the main agreement in `path` (chosen in the open dialog),
/// as one undo step.
#[tauri::command(async)]
pub(crate) fn link_parent(
    state: State<'_, AppState>,
    window: WebviewWindow,
    path: String,
    locale: Locale,
) -> Result<Screen, IpcError> {
    let path = PathBuf::from(path);
    let main = store::read_agreement(&path).map_err(|e| IpcError::load(&e, locale))?;
    with_doc(&state, locale, |doc| {
        let link = store::link_to(doc.path(), &path);
        doc.change_with(|a| family::link(a, &main, link));
        Ok(())
    })?;
    after(&state, &window, locale, true)
}

/// The family of the open agreement: its main agreement and the sub-agreements and action
/// plans beside it that link to the main agreement, each with how it fits.
#[tauri::command(async)]
pub(crate) fn agreement_family(
    state: State<'_, AppState>,
    locale: Locale,
) -> Result<Family, IpcError> {
    with_doc(&state, locale, |doc| {
        let main = state.mains().of(doc.path(), doc.agreement());
        Ok(family::gather(
            doc.path(),
            doc.agreement(),
            main,
            store::read_agreements_in,
            locale,
        )
        .remind_of_action_plan(today(), locale))
    })
}

/// What changed between two versions.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct CompareView {
    /// The comparison as data.
    pub comparison: diff::Comparison,
    /// The comparison as the core's HTML (agreement text escaped), with `<del>` and `<ins>`.
    pub html: String,
    /// The same side by side: older version left, newer right.
    pub side_by_side: String,
    /// The summary line.
    pub summary: String,
    /// Whether the newer version reads more easily (LIX, long sentences, passive voice).
    pub readability: ReadabilityComparison,
    /// The changes the comparison can bring into the current draft, one by one.
    #[ts(optional)]
    pub incoming: Option<IncomingView>,
}

fn view_of(old: &Agreement, new: &Agreement, locale: Locale) -> CompareView {
    let comparison = diff::compare(old, new, locale);
    CompareView {
        html: comparison::html(&comparison, locale),
        side_by_side: comparison::side_by_side(&comparison, locale),
        summary: messages::diff_summary(&comparison.summary, locale),
        readability: readability::compare(old, new),
        comparison,
        incoming: None,
    }
}

/// The changes a comparison brings into the current draft, and what is left to decide.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct IncomingView {
    /// The source in words ("revisjon 2", "filen kopi.avtale.yaml (fra revisjon 1)").
    pub source: String,
    /// Each change with its state, rejected ones included.
    pub changes: Vec<merge::Change>,
    /// The ids of the changes the user rejected.
    pub rejected: Vec<String>,
    /// How many are left to decide: not rejected, not already in the draft.
    pub left: u32,
    /// The message a revision of the accepted changes is offered with.
    pub message: String,
}

/// The changes of the comparison kept in the state, against the open draft.
fn incoming_view(state: &AppState, doc: &OpenDocument, locale: Locale) -> Option<IncomingView> {
    let merging = state.merging();
    let m = merging.as_ref()?;
    let changes = merge::changes(doc.agreement(), &m.incoming, locale);
    let left = (changes.iter())
        .filter(|c| c.state != merge::ChangeState::Already && !m.rejected.contains(&c.id))
        .count();
    Some(IncomingView {
        source: m.incoming.source.clone(),
        left: u32::try_from(left).unwrap_or(u32::MAX),
        rejected: m.rejected.iter().cloned().collect(),
        message: m.incoming.message(locale),
        changes,
    })
}

/// Keeps what a comparison brings in and adds its changes to the view.
fn keep_incoming(
    state: &AppState,
    doc: &OpenDocument,
    incoming: Option<merge::Incoming>,
    mut view: CompareView,
    locale: Locale,
) -> CompareView {
    *state.merging() = incoming.map(|incoming| crate::Merging {
        incoming,
        rejected: Default::default(),
    });
    view.incoming = incoming_view(state, doc, locale);
    view
}

/// Compares two versions of the open agreement: revision numbers, or none for the current text.
/// What the comparison brings into the current draft is kept for accepting change by change.
#[tauri::command(async)]
pub(crate) fn compare_versions(
    state: State<'_, AppState>,
    old: Option<u32>,
    new: Option<u32>,
    locale: Locale,
) -> Result<CompareView, IpcError> {
    with_doc(&state, locale, |doc| {
        let pick = |n: Option<u32>| match n {
            Some(n) => workflow::at_revision(doc.agreement(), n)
                .map_err(|e| IpcError::workflow(&e, locale)),
            None => Ok(doc.agreement().clone()),
        };
        let view = view_of(&pick(old)?, &pick(new)?, locale);
        let incoming = merge::Incoming::from_revisions(doc.agreement(), old, new, locale)
            .map_err(|e| IpcError::workflow(&e, locale))?;
        Ok(keep_incoming(&state, doc, incoming, view, locale))
    })
}

/// Compares another file of the same agreement (its current text) with the open one; its
/// changes since the revision both hold are kept for accepting change by change.
#[tauri::command(async)]
pub(crate) fn compare_with_file(
    state: State<'_, AppState>,
    path: String,
    locale: Locale,
) -> Result<CompareView, IpcError> {
    let path = PathBuf::from(path);
    let other = store::read_agreement(&path).map_err(|e| IpcError::load(&e, locale))?;
    let name = path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    );
    with_doc(&state, locale, |doc| {
        if other.meta.id != doc.agreement().meta.id {
            return Err(IpcError::other_agreement(locale));
        }
        let view = view_of(&other, doc.agreement(), locale);
        let incoming = merge::Incoming::from_file(doc.agreement(), &other, &name, locale);
        Ok(keep_incoming(&state, doc, Some(incoming), view, locale))
    })
}

/// The changes the last comparison brings into the draft; none when there is no comparison.
#[tauri::command(async)]
pub(crate) fn incoming_changes(
    state: State<'_, AppState>,
    locale: Locale,
) -> Result<Option<IncomingView>, IpcError> {
    with_doc(&state, locale, |doc| Ok(incoming_view(&state, doc, locale)))
}

/// The screen and the changes left after accepting or rejecting one.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct MergeOutcome {
    /// The screen, with the agreement.
    pub screen: Screen,
    /// The changes, with their states now.
    #[ts(optional)]
    pub incoming: Option<IncomingView>,
}

/// Applies one change of the comparison (`take` is what applies it) as one undo step.
fn apply_change(
    state: &AppState,
    window: &WebviewWindow,
    locale: Locale,
    take: impl FnOnce(&Agreement, &merge::Incoming) -> Result<Agreement, merge::MergeError>,
) -> Result<MergeOutcome, IpcError> {
    with_doc(state, locale, |doc| {
        let merged = {
            let merging = state.merging();
            let m = merging.as_ref().ok_or_else(|| {
                IpcError::merge(&merge::MergeError::NoSuchChange(String::new()), locale)
            })?;
            take(doc.agreement(), &m.incoming).map_err(|e| IpcError::merge(&e, locale))?
        };
        doc.change_with(|a| {
            a.meta = merged.meta;
            a.parties = merged.parties;
            a.sections = merged.sections;
            a.glossary = merged.glossary;
        });
        Ok(())
    })?;
    let screen = after(state, window, locale, true)?;
    let incoming = with_doc(state, locale, |doc| Ok(incoming_view(state, doc, locale)))?;
    Ok(MergeOutcome { screen, incoming })
}

/// Accepts one change of the comparison into the draft, as one undo step; a conflict is refused.
#[tauri::command(async)]
pub(crate) fn accept_change(
    state: State<'_, AppState>,
    window: WebviewWindow,
    id: String,
    locale: Locale,
) -> Result<MergeOutcome, IpcError> {
    apply_change(&state, &window, locale, |ours, incoming| {
        merge::accept(ours, incoming, &id)
    })
}

/// Takes the source's version of a conflicting change over the draft's, as one undo step.
#[tauri::command(async)]
pub(crate) fn take_theirs(
    state: State<'_, AppState>,
    window: WebviewWindow,
    id: String,
    locale: Locale,
) -> Result<MergeOutcome, IpcError> {
    apply_change(&state, &window, locale, |ours, incoming| {
        merge::take_theirs(ours, incoming, &id)
    })
}

/// Rejects one change of the comparison: it is not applied and no longer offered.
#[tauri::command(async)]
pub(crate) fn reject_change(
    state: State<'_, AppState>,
    id: String,
    locale: Locale,
) -> Result<Option<IncomingView>, IpcError> {
    if let Some(m) = state.merging().as_mut() {
        m.rejected.insert(id);
    }
    with_doc(&state, locale, |doc| Ok(incoming_view(&state, doc, locale)))
}

/// A counterpart's Word copy compared with the revision it was exported from: the comparison
/// (its HTML with each author's tracked changes and the comments beside their sections), and
/// what came with it.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct WordCompareView {
    /// The comparison of the revision (older) with the counterpart's text (newer).
    pub view: CompareView,
    /// The Word file's name.
    pub file: String,
    /// The revision it was exported from.
    pub revision: u32,
    /// The authors of its tracked changes, in the order they first appear.
    pub authors: Vec<String>,
    /// How many comments it holds.
    pub comments: u32,
    /// Edits that could not be placed back into the agreement, in words (also beside their
    /// sections in the HTML).
    pub unplaced: Vec<String>,
}

/// Compares a Word copy the user picks (exported from the open agreement and edited elsewhere)
/// with the revision it was exported from; none when the user cancels the dialog. The revision
/// (`common`) and the counterpart's version (`theirs`) are in `EditedCopy`, for accepting or
/// rejecting each change.
#[tauri::command(async)]
pub(crate) fn compare_with_word(
    app: AppHandle,
    state: State<'_, AppState>,
    title: String,
    locale: Locale,
) -> Result<Option<WordCompareView>, IpcError> {
    let Some(path) = pick_word_path(&app, title) else {
        return Ok(None);
    };
    let path = PathBuf::from(path);
    let name = path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    );
    let bytes = store::read_limited(&path, WORD_LIMIT).map_err(|e| IpcError::load(&e, locale))?;
    with_doc(&state, locale, |doc| {
        let members = family::in_print(doc.path(), doc.agreement(), store::read_agreements_in);
        let around = avtale_core::render::tree::Surroundings { members: &members };
        let copy = avtale_word::edited::read_edited_in(&bytes, doc.agreement(), None, around)
            .map_err(|e| IpcError::edited(&e, &name, locale))?;
        let notes = copy.section_notes(locale);
        let mut view = view_of(&copy.common, &copy.theirs, locale);
        view.html = comparison::html_with_notes(&view.comparison, locale, &notes);
        // The counterpart's changes since the exported revision can be accepted one by one.
        let incoming = merge::Incoming {
            theirs: copy.theirs.clone(),
            common: Some(copy.common.clone()),
            source: messages::merge_source_word(&name, copy.revision, locale),
        };
        let view = keep_incoming(&state, doc, Some(incoming), view, locale);
        let mut authors: Vec<String> = Vec::new();
        for c in &copy.changes {
            if !authors.contains(&c.author) {
                authors.push(c.author.clone());
            }
        }
        Ok(Some(WordCompareView {
            view,
            file: name.clone(),
            revision: copy.revision,
            authors,
            comments: u32::try_from(copy.comments.len()).unwrap_or(u32::MAX),
            unplaced: copy
                .unplaced
                .iter()
                .map(|u| {
                    messages::word_edited_unplaced_line(
                        u.before.as_deref(),
                        u.after.as_deref(),
                        locale,
                    )
                })
                .collect(),
        }))
    })
}

/// The most a Word file may be on disk (the package is measured again while inflating).
const WORD_LIMIT: u64 = 64 * 1024 * 1024;

/// The native "open" dialog for a Word document; none when the user cancels.
fn pick_word_path(app: &AppHandle, title: String) -> Option<String> {
    if let Some(path) = test_dialog_answer() {
        return Some(path);
    }
    let dialog = app
        .dialog()
        .file()
        .set_title(title)
        .add_filter("Word", &["docx"]);
    dialog.blocking_pick_file().map(|p| p.to_string())
}

/// One revision, rendered read-only.
#[tauri::command(async)]
pub(crate) fn show_revision(
    state: State<'_, AppState>,
    number: u32,
    locale: Locale,
) -> Result<String, IpcError> {
    with_doc(&state, locale, |doc| {
        let old = workflow::at_revision(doc.agreement(), number)
            .map_err(|e| IpcError::workflow(&e, locale))?;
        Ok(html::fragment(&old))
    })
}

fn revision_info(author: String, message: String, name: Option<String>) -> RevisionInfo {
    let name = name.filter(|n| !n.trim().is_empty());
    RevisionInfo {
        author,
        time: now(),
        message,
        name,
    }
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
    /// What the print says it is, as its footer does: a saved revision, text changed since
    /// one, or the status.
    pub printing: String,
    /// The errors the checks find, in the user's language: while no revision accepted them,
    /// the agreement is printed only as a draft.
    pub problems: Vec<String>,
    /// Why the print can only be a draft: the agreement has errors no revision accepted (none
    /// when it has none, or when they were accepted).
    #[ts(optional)]
    pub refused: Option<String>,
    /// The check summary of a revision that accepted errors with a reason, as the print shows it.
    #[ts(optional)]
    pub accepted: Option<String>,
}

/// How the agreement is printed: the whole agreement or the one-page short version; as a
/// draft until it is signed, and while it has errors no revision accepted (the core's rule).
struct PrintPlan {
    print: avtale_pdf::Print,
    options: ExportOptions,
    problems: Vec<String>,
    refused: Option<String>,
    accepted: Option<String>,
}

fn print_plan(
    state: &AppState,
    short: bool,
    locale: Locale,
) -> Result<(Agreement, PrintPlan), IpcError> {
    let (agreement, main) = with_doc(state, locale, |doc| {
        let main = MainFile::of(state, doc.path(), doc.agreement(), locale);
        Ok((doc.agreement().clone(), main))
    })?;
    let print = if short {
        avtale_pdf::Print::Short
    } else {
        avtale_pdf::Print::Whole
    };
    let diagnostics = avtale_core::check(&agreement, main.options(state, locale));
    let clearance = signing::final_print(&agreement, &diagnostics);
    let frozen = workflow::is_frozen(agreement.meta.status);
    let problems = signing::errors(&diagnostics)
        .into_iter()
        .map(|d| d.message)
        .collect::<Vec<_>>();
    let refused = clearance
        .is_refused()
        .then(|| messages::print_refused(problems.len(), locale));
    let accepted = match clearance {
        signing::PrintClearance::Accepted(a) => {
            Some(messages::accepted_errors(a, agreement.meta.status, locale))
        }
        _ => None,
    };
    let options = ExportOptions {
        draft: !frozen || clearance.is_refused(),
        ..Default::default()
    };
    Ok((
        agreement,
        PrintPlan {
            print,
            options,
            problems,
            refused,
            accepted,
        },
    ))
}

/// The open agreement, copied out so a long task (PDF, calendar) does not hold the document.
fn agreement(state: &AppState, locale: Locale) -> Result<Agreement, IpcError> {
    with_doc(state, locale, |doc| Ok(doc.agreement().clone()))
}

/// What a print of the open agreement lists of its family: a main agreement's sub-agreements
/// and action plans found beside its file.
fn in_print(state: &AppState, locale: Locale) -> Result<Vec<family::FamilyMember>, IpcError> {
    with_doc(state, locale, |doc| {
        Ok(family::in_print(
            doc.path(),
            doc.agreement(),
            store::read_agreements_in,
        ))
    })
}

/// Lays out the PDF and returns its first page, for a preview before saving.
#[tauri::command(async)]
pub(crate) fn preview_pdf(
    state: State<'_, AppState>,
    short: bool,
    locale: Locale,
) -> Result<PdfPreview, IpcError> {
    let (agreement, plan) = print_plan(&state, short, locale)?;
    let members = in_print(&state, locale)?;
    let around = avtale_pdf::Surroundings { members: &members };
    let preview = avtale_pdf::preview_in(&agreement, around, plan.print, plan.options)
        .map_err(|e| IpcError::pdf(&e, locale))?;
    let pages = u32::try_from(preview.pages).unwrap_or(u32::MAX);
    Ok(PdfPreview {
        svg: preview.svg,
        pages,
        draft: plan.options.draft,
        printing: preview.printing,
        problems: plan.problems,
        refused: plan.refused,
        accepted: plan.accepted,
    })
}

/// Exports the agreement (or its short version) as PDF/A-2a to a file the user picks;
/// "UTKAST" on every page until the agreement is signed, and while it has errors no revision
/// accepted. Returns the file written, or none
/// when the user cancelled.
#[tauri::command(async)]
pub(crate) fn export_pdf(
    app: AppHandle,
    state: State<'_, AppState>,
    short: bool,
    title: String,
    locale: Locale,
) -> Result<Option<String>, IpcError> {
    let (agreement, plan) = print_plan(&state, short, locale)?;
    let members = in_print(&state, locale)?;
    let around = avtale_pdf::Surroundings { members: &members };
    let bytes = avtale_pdf::export_print_in(&agreement, around, plan.print, plan.options)
        .map_err(|e| IpcError::pdf(&e, locale))?;
    export_to(&app, &state, title, ("PDF", "pdf"), &bytes, locale)
}

/// Exports the open agreement as an editable Word document to a file the user picks: a working
/// copy for a counterpart in Word, written whatever the checks find (unlike a final PDF). It
/// names the agreement, and the revision when the text is a saved one. Returns the file
/// written, or none when the user cancelled.
#[tauri::command(async)]
pub(crate) fn export_word(
    app: AppHandle,
    state: State<'_, AppState>,
    title: String,
    locale: Locale,
) -> Result<Option<String>, IpcError> {
    let agreement = agreement(&state, locale)?;
    let members = in_print(&state, locale)?;
    let around = avtale_word::export::Surroundings { members: &members };
    let bytes = avtale_word::export::export(&agreement, around)
        .map_err(|e| IpcError::word_export(&e, &agreement.meta.title, locale))?;
    export_to(&app, &state, title, ("Word", "docx"), &bytes, locale)
}

/// The file format of a status report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
#[ts(export)]
pub enum ReportFormat {
    /// PDF/A in the agreement's look.
    Pdf,
    /// An editable Word document.
    Docx,
    /// Markdown.
    Md,
}

/// Exports the status report for the strategic body over the days `from`–`to` (both
/// included), made today, to a file the user picks. Returns the file written, or none when the
/// user cancelled.
#[tauri::command(async)]
pub(crate) fn export_status_report(
    app: AppHandle,
    state: State<'_, AppState>,
    from: Date,
    to: Date,
    format: ReportFormat,
    title: String,
    locale: Locale,
) -> Result<Option<String>, IpcError> {
    let agreement = agreement(&state, locale)?;
    let period = avtale_core::followup::ReportPeriod::new(from.naive(), to.naive())
        .ok_or_else(|| IpcError::report_period(&format!("{from}–{to}"), locale))?;
    let today = today();
    let (bytes, kind) = match format {
        ReportFormat::Pdf => (
            avtale_pdf::export_report(&agreement, period, today.naive(), ExportOptions::default())
                .map_err(|e| IpcError::pdf(&e, locale))?,
            ("PDF", "pdf"),
        ),
        ReportFormat::Docx => {
            let tree = avtale_core::followup::status_report(&agreement, period, today.naive());
            let bytes = avtale_word::export::export_tree(&agreement, &tree, today)
                .map_err(|e| IpcError::word_export(&e, &agreement.meta.title, locale))?;
            (bytes, ("Word", "docx"))
        }
        ReportFormat::Md => {
            let tree = avtale_core::followup::status_report(&agreement, period, today.naive());
            let text = avtale_core::render::markdown::write(&tree, agreement.meta.language);
            (text.into_bytes(), ("Markdown", "md"))
        }
    };
    export_to(&app, &state, title, kind, &bytes, locale)
}

/// Exports one party's extract for its business plan (its tasks, measures, meetings, goals and
/// reports) as a one-page PDF to a file the user picks. Returns the file written, or none when
/// the user cancelled.
#[tauri::command(async)]
pub(crate) fn export_party_extract(
    app: AppHandle,
    state: State<'_, AppState>,
    party: PartyId,
    title: String,
    locale: Locale,
) -> Result<Option<String>, IpcError> {
    let agreement = agreement(&state, locale)?;
    let bytes = avtale_pdf::export_extract(
        &agreement,
        &party,
        today().naive(),
        ExportOptions::default(),
    )
    .ok_or_else(|| IpcError::unknown_party(&agreement, &party, locale))?
    .map_err(|e| IpcError::pdf(&e, locale))?;
    export_to(&app, &state, title, ("PDF", "pdf"), &bytes, locale)
}

/// The meetings the agreement's cadences give over its period, by year, with the meeting load
/// per party and role.
#[tauri::command(async)]
pub(crate) fn meeting_calendar(
    state: State<'_, AppState>,
    locale: Locale,
) -> Result<Calendar, IpcError> {
    let agreement = agreement(&state, locale)?;
    calendar::calendar(&agreement).map_err(|e| IpcError::calendar(&e, locale))
}

/// Writes the meeting calendar as an iCalendar file the user picks. Returns the file written,
/// or none when the user cancelled.
#[tauri::command(async)]
pub(crate) fn export_calendar(
    app: AppHandle,
    state: State<'_, AppState>,
    title: String,
    locale: Locale,
) -> Result<Option<String>, IpcError> {
    let agreement = agreement(&state, locale)?;
    let meetings = calendar::calendar(&agreement).map_err(|e| IpcError::calendar(&e, locale))?;
    let text = ics::calendar_ics(&agreement, &meetings, &IcsOptions::new(now()));
    export_to(
        &app,
        &state,
        title,
        ("iCalendar", "ics"),
        text.as_bytes(),
        locale,
    )
}

/// Who does what: the agreement's tasks against its parties, with gaps, overlaps and imbalance.
#[tauri::command(async)]
pub(crate) fn responsibility_matrix(
    state: State<'_, AppState>,
    locale: Locale,
) -> Result<Matrix, IpcError> {
    with_doc(&state, locale, |doc| {
        Ok(avtale_core::matrix::matrix(doc.agreement()))
    })
}

/// Where words occur in the open agreement's texts, ignoring case and accents (Ctrl+F).
#[tauri::command(async)]
pub(crate) fn find(
    state: State<'_, AppState>,
    query: String,
    locale: Locale,
) -> Result<Found, IpcError> {
    with_doc(&state, locale, |doc| {
        Ok(avtale_core::find::find(doc.agreement(), &query))
    })
}

/// Which of the palette's labels hold the words typed, in the order to show them (the core
/// owns how words match, for the palette as for the find).
#[tauri::command]
pub(crate) fn palette_matches(labels: Vec<String>, query: String) -> Vec<usize> {
    avtale_core::find::matching_labels(&labels, &query)
}

/// Plain-language figures per section and for the whole agreement: LIX, long sentences,
/// passive voice.
#[tauri::command(async)]
pub(crate) fn readability_report(
    state: State<'_, AppState>,
    locale: Locale,
) -> Result<Readability, IpcError> {
    with_doc(&state, locale, |doc| {
        Ok(readability::readability(doc.agreement()))
    })
}

/// How many days ahead the follow-up view looks when the page does not say.
const FOLLOWUP_DAYS: u32 = 90;

/// Where the follow-up of the open agreement stands today: what is late, what is coming in
/// the next `within_days` days (90 when not given), and each measure, goal, body and report.
#[tauri::command(async)]
pub(crate) fn followup_overview(
    state: State<'_, AppState>,
    within_days: Option<u32>,
    locale: Locale,
) -> Result<Overview, IpcError> {
    with_doc(&state, locale, |doc| {
        Ok(followup::overview(
            doc.agreement(),
            today().naive(),
            within_days.unwrap_or(FOLLOWUP_DAYS),
            locale,
        ))
    })
}

/// What the follow-up view gets back after recording an entry.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct Recorded {
    /// The follow-up after it.
    pub overview: Overview,
    /// The screen after it (unsaved or saved, the reminders), without the agreement.
    pub screen: Screen,
    /// Why the file could not be written, when it could not: the entry is kept in the open
    /// document, to be saved with it.
    #[ts(optional)]
    pub problem: Option<String>,
}

/// Records a follow-up entry by `by` (the name the user gives, as for a revision) at the
/// clock's moment, outside the agreed text (no revision), then saves the file at once when the
/// agreement has one, under its lock, so a status recorded is never lost.
#[tauri::command(async)]
pub(crate) fn record_followup(
    state: State<'_, AppState>,
    window: WebviewWindow,
    what: Followed,
    by: String,
    within_days: Option<u32>,
    locale: Locale,
) -> Result<Recorded, IpcError> {
    let (overview, problem) = with_doc(&state, locale, |doc| {
        doc.record(Entry {
            at: now(),
            by: by.trim().to_string(),
            what,
        });
        let problem = match doc.path().map(Path::to_path_buf) {
            Some(path) => state.save(doc, path, locale).err().map(|e| e.message),
            None => None,
        };
        let overview = followup::overview(
            doc.agreement(),
            today().naive(),
            within_days.unwrap_or(FOLLOWUP_DAYS),
            locale,
        );
        Ok((overview, problem))
    })?;
    let screen = after(&state, &window, locale, false)?;
    Ok(Recorded {
        overview,
        screen,
        problem,
    })
}
