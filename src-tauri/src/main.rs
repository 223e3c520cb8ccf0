//! Starts the Avtale desktop app; the optional argument is an agreement file to open.

// Hides the console window on Windows release builds.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() {
    avtale_app::run();
}
