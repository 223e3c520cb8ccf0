//! Word (.docx) in and out for Avtale agreements.
//!
//! - `package`: the one way into a .docx file's bytes: what is not a zip, not a Word document,
//!   password-protected, an old binary .doc, or too large once inflated (a zip bomb) is refused
//!   with a [`WordError`] before the Word reader sees it; the reader runs guarded, so a fault in
//!   it becomes an error, never a panic.
//! - `properties`: the stamp an export leaves in the document's custom properties (the
//!   agreement's id, the revision and its hash), so an edited copy can be read back against
//!   the revision it came from.
//! - `edited`: a counterpart's edited copy read back against the revision it was exported
//!   from: the revision, the agreement with their text, tracked changes by author, comments
//!   beside their sections, and what could not be placed back.
//! - `export`: the agreement as an editable Word document, written from the core's document
//!   tree; its module documentation says which tree element becomes which Word construct.
//!
//! The crate reads no files: callers pass bytes in and take bytes out (the core's `store`
//! touches files). Words users read come from the core's message catalogue.

pub mod edited;
mod error;
pub mod export;
pub mod import;
pub mod package;
pub mod properties;
pub mod read;

pub use error::WordError;
