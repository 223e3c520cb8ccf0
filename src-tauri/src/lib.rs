//! The Avtale desktop app: a thin Tauri shell. Each command is a few lines calling the core;
//! errors cross to the UI as `{code, message}`. The shell reads the clock, the command line and
//! the app's data folder; the core does none of these.

mod commands;
mod error;

use std::path::PathBuf;
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, Ordering};

use avtale_core::TemplateSet;
use avtale_core::store::AgreementLock;
use tauri::{Emitter, Manager, WindowEvent};

pub use commands::{AgreementView, CommitOutcome, CompareView, LiveCheck, PdfPreview, StartInfo};
pub use error::{ErrorCode, IpcError};

/// What every command shares.
pub struct AppState {
    /// The clause templates (shipped ones).
    pub templates: TemplateSet,
    /// The agreement file named on the command line, if any.
    pub startup_file: Option<PathBuf>,
    /// Where the autosave copy and the recent files list live.
    pub data_dir: PathBuf,
    /// Whether the page has unsaved changes; closing then asks first.
    pub unsaved: AtomicBool,
    /// The lock on the agreement file being edited: no other window or program writes it
    /// meanwhile.
    pub lock: Mutex<Option<AgreementLock>>,
}

/// Builds and runs the app.
pub fn run() {
    let startup_file = std::env::args_os().nth(1).map(PathBuf::from);
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
                unsaved: AtomicBool::new(false),
                lock: Mutex::new(None),
            });
            Ok(())
        })
        .on_window_event(|window, event| {
            if let WindowEvent::CloseRequested { api, .. } = event {
                let unsaved = window
                    .try_state::<AppState>()
                    .is_some_and(|s| s.unsaved.load(Ordering::SeqCst));
                if unsaved {
                    api.prevent_close();
                    let _ = window.emit("close-requested", ());
                }
            }
        })
        .invoke_handler(tauri::generate_handler![
            commands::start,
            commands::starters,
            commands::templates,
            commands::new_agreement,
            commands::open_agreement,
            commands::evaluate,
            commands::new_section,
            commands::save_agreement,
            commands::autosave,
            commands::discard_recovery,
            commands::pick_open_path,
            commands::pick_save_path,
            commands::set_document,
            commands::close_window,
            commands::commit_revision,
            commands::restore_revision,
            commands::renew_agreement,
            commands::agreement_family,
            commands::link_parent,
            commands::compare_versions,
            commands::verify_history,
            commands::compare_with_file,
            commands::show_revision,
            commands::preview_pdf,
            commands::export_pdf,
            commands::meeting_calendar,
            commands::export_calendar,
            commands::reminders,
            commands::responsibility_matrix,
            commands::readability_report,
        ])
        .run(tauri::generate_context!());
    if let Err(err) = result {
        eprintln!("Avtale kunne ikke starte: {err}");
        std::process::exit(1);
    }
}
