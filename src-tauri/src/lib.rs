//! The Avtale desktop app: a thin Tauri shell. Each command is a few lines calling the core;
//! errors cross to the UI as `{code, message}`. The shell reads the clock, the command line and
//! the app's data folder; the core does none of these.

mod commands;
mod error;
mod word_import;

use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard, PoisonError};

use avtale_core::document::OpenDocument;
use avtale_core::store::{self, AgreementLock, MainAgreements};
use avtale_core::{Locale, TemplateSet};
use tauri::{Emitter, Manager, WindowEvent};

pub use commands::WordCompareView;
pub use commands::{
    CommitOutcome, CompareView, HistoryView, IncomingView, KeyedEdit, MergeOutcome, PdfPreview,
    Recorded, RecoveryInfo, ReportFormat, StartInfo,
};
pub use error::{ErrorCode, IpcError};

/// What every command shares.
pub struct AppState {
    /// The clause templates (shipped ones).
    pub templates: TemplateSet,
    /// The agreement file named on the command line, if any.
    pub startup_file: Option<PathBuf>,
    /// Where the autosave copy and the recent files list live.
    pub data_dir: PathBuf,
    /// The agreement being edited: the one copy of it, with its undo history.
    pub doc: Mutex<Option<OpenDocument>>,
    /// The lock on the agreement file being edited: no other window or program writes it
    /// meanwhile.
    pub lock: Mutex<Option<AgreementLock>>,
    /// Main agreements read for the open sub-agreement, re-read only when their file changes.
    pub mains: Mutex<MainAgreements>,
    /// What the last comparison brings into the draft, with the changes the user rejected.
    pub merging: Mutex<Option<Merging>>,
}

/// A comparison's changes being accepted or rejected one by one.
pub struct Merging {
    /// The source: its text, the version both started from, its name.
    pub incoming: avtale_core::merge::Incoming,
    /// The ids of the changes the user rejected: hidden, never applied.
    pub rejected: std::collections::BTreeSet<String>,
}

fn guard<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(PoisonError::into_inner)
}

impl AppState {
    /// The open document.
    pub fn doc(&self) -> MutexGuard<'_, Option<OpenDocument>> {
        guard(&self.doc)
    }

    /// The comparison being accepted or rejected, if any.
    pub fn merging(&self) -> MutexGuard<'_, Option<Merging>> {
        guard(&self.merging)
    }

    /// The main agreements read so far.
    pub fn mains(&self) -> MutexGuard<'_, MainAgreements> {
        guard(&self.mains)
    }

    /// Locks the file being edited, releasing the previous one: another window or the CLI
    /// cannot write it meanwhile. Keeping the lock already held on the same file is fine.
    pub fn hold(&self, path: &Path, locale: Locale) -> Result<(), IpcError> {
        let mut held = guard(&self.lock);
        if held.as_ref().is_some_and(|l| l.path() == path) {
            return Ok(());
        }
        *held = Some(store::lock_agreement(path).map_err(|e| IpcError::lock(&e, locale))?);
        Ok(())
    }

    /// Frees the file held (a new agreement has none yet).
    pub fn release(&self) {
        *guard(&self.lock) = None;
    }

    /// Saves the open document to `path` atomically while holding its lock, remembers the file
    /// and drops the autosave copy.
    pub fn save(
        &self,
        doc: &mut OpenDocument,
        path: PathBuf,
        locale: Locale,
    ) -> Result<(), IpcError> {
        self.hold(&path, locale)?;
        store::save_agreement(&path, doc.agreement()).map_err(|e| IpcError::save(&e, locale))?;
        store::remember_recent(&self.data_dir, &path).ok();
        store::discard_recovery(&self.data_dir);
        doc.mark_saved(path);
        Ok(())
    }
}

/// The agreement file named on the command line, as a desktop entry's `%f` gives it (a path,
/// relative to the folder the app was started in) or as a file manager may give it (a `file://`
/// URI). Made absolute, so the recent files and the lock name the file wherever the app starts
/// next time.
fn startup_file(arg: OsString) -> PathBuf {
    if let Some(path) = arg
        .to_str()
        .filter(|arg| arg.starts_with("file://"))
        .and_then(|uri| tauri::Url::parse(uri).ok())
        .and_then(|url| url.to_file_path().ok())
    {
        return path;
    }
    let path = PathBuf::from(arg);
    std::path::absolute(&path).unwrap_or(path)
}

/// Builds and runs the app.
pub fn run() {
    let startup_file = std::env::args_os().nth(1).map(startup_file);
    let templates = match TemplateSet::shipped() {
        Ok(templates) => templates,
        Err(err) => {
            eprintln!(
                "Avtale kunne ikke starte: {}",
                err.report(avtale_core::Locale::Nb)
            );
            std::process::exit(1);
        }
    };
    let result = tauri::Builder::default()
        .plugin(tauri_plugin_dialog::init())
        .setup(move |app| {
            // AVTALE_DATA_DIR lets tests use a folder of their own.
            let data_dir = match std::env::var_os("AVTALE_DATA_DIR") {
                Some(dir) => PathBuf::from(dir),
                None => app.path().app_data_dir()?,
            };
            app.manage(AppState {
                templates,
                startup_file,
                data_dir,
                doc: Mutex::new(None),
                lock: Mutex::new(None),
                mains: Mutex::new(MainAgreements::default()),
                merging: Mutex::new(None),
            });
            Ok(())
        })
        .on_window_event(|window, event| {
            if let WindowEvent::CloseRequested { api, .. } = event {
                let unsaved = window
                    .try_state::<AppState>()
                    .is_some_and(|s| s.doc().as_ref().is_some_and(OpenDocument::unsaved));
                if unsaved {
                    api.prevent_close();
                    let _ = window.emit("close-requested", ());
                }
            }
        })
        .invoke_handler(tauri::generate_handler![
            commands::start,
            commands::recent_agreements,
            commands::starters,
            commands::kinds,
            commands::county_regions,
            commands::user_guide,
            commands::about,
            commands::templates,
            commands::new_agreement,
            commands::open_agreement,
            commands::recover,
            commands::edit,
            commands::undo,
            commands::redo,
            commands::save_agreement,
            commands::close_agreement,
            commands::history,
            commands::autosave,
            commands::discard_recovery,
            commands::pick_open_path,
            commands::pick_save_path,
            commands::close_window,
            commands::commit_revision,
            commands::register_signed,
            commands::restore_revision,
            commands::renew_agreement,
            commands::period_move,
            commands::move_dates,
            commands::agreement_family,
            commands::link_parent,
            commands::compare_versions,
            commands::compare_with_file,
            commands::incoming_changes,
            commands::accept_change,
            commands::reject_change,
            commands::take_theirs,
            commands::compare_with_word,
            commands::show_revision,
            commands::preview_pdf,
            commands::export_pdf,
            commands::export_word,
            commands::export_status_report,
            commands::export_party_extract,
            commands::meeting_calendar,
            commands::export_calendar,
            commands::responsibility_matrix,
            commands::readability_report,
            commands::find,
            commands::palette_matches,
            commands::followup_overview,
            commands::record_followup,
            word_import::pick_word_path,
            word_import::import_word_preview,
            word_import::import_word_open,
        ])
        .run(tauri::generate_context!());
    if let Err(err) = result {
        eprintln!("Avtale kunne ikke starte: {err}");
        std::process::exit(1);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    #[cfg(unix)]
    fn startup_file_is_absolute_and_reads_file_uris() {
        let cwd = std::env::current_dir().unwrap();
        assert_eq!(
            startup_file("examples/a.avtale.yaml".into()),
            cwd.join("examples/a.avtale.yaml")
        );
        assert_eq!(
            startup_file("/tmp/a.avtale.yaml".into()),
            PathBuf::from("/tmp/a.avtale.yaml")
        );
        assert_eq!(
            startup_file("file:///tmp/Tr%C3%B8ndelag%20avtale.avtale.yaml".into()),
            PathBuf::from("/tmp/Trøndelag avtale.avtale.yaml")
        );
    }
}
