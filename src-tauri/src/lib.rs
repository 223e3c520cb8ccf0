//! The Avtale desktop app: a thin Tauri shell. Each command is a few lines calling the core;
//! errors cross to the UI as `{code, message}`. The shell reads the clock and the command line;
//! the core does neither.

mod commands;
mod error;

use std::path::PathBuf;

pub use commands::AgreementView;
pub use error::{ErrorCode, IpcError};

/// What the app was started with.
pub struct Startup {
    /// The agreement file named on the command line, if any.
    pub file: Option<PathBuf>,
}

/// Builds and runs the app.
pub fn run() {
    let file = std::env::args_os().nth(1).map(PathBuf::from);
    let result = tauri::Builder::default()
        .manage(Startup { file })
        .invoke_handler(tauri::generate_handler![commands::initial_view])
        .run(tauri::generate_context!());
    if let Err(err) = result {
        eprintln!("Avtale kunne ikke starte: {err}");
        std::process::exit(1);
    }
}
