//! The domain of Avtale: cooperation agreements between NAV and the county authorities.
//!
//! The pipeline: a starter or template makes sections ([`template`], [`starter`]); the agreement
//! ([`agreement`], [`clause`]) is read from and written to its YAML file ([`format`], [`store`]);
//! checks find what is missing or unclear ([`check`]); the agreement renders to Markdown and
//! HTML ([`render`]); revisions are kept in the file ([`history`]). The meeting bodies' cadences
//! become concrete dates and a meeting load ([`calendar`], on the working days of
//! [`holidays`]), exported as iCalendar ([`ics`]); [`reminders`] tell what is coming up; who
//! does what is laid out as a [`matrix`] of tasks and parties. A term bank ([`termbank`]) backs
//! the language checks, whose diagnostics can carry a [`fix`]; [`readability`] measures plain
//! language; [`find`] finds words across every editable text. Every user-facing word comes
//! from [`messages`].
//!
//! The core never reads the clock (time is passed in) and touches the file system only in
//! [`store`].

pub mod catalogue;
pub mod check;
pub mod document;
pub mod family;
pub mod file;
pub mod find;
pub mod followup;
pub mod guide;
pub mod history;
pub mod language;
pub mod library;
pub mod matrix;
pub mod messages;
pub mod model;
pub mod recent;
pub mod render;
pub mod schedule;

// The modules' paths from before they were grouped, which the command line and the app use.
pub use check::{fix, locate};
pub(crate) use file::yaml;
pub use file::{error, format, store};
pub use history::{canonical, diff, merge, renew, signing, workflow};
pub use language::{readability, termbank};
pub(crate) use library::shipped;
pub use library::{catalog, facts, placeholder, regions, starter, template};
pub use model::{agreement, clause, date, lang};
pub use render::reference;
pub use schedule::{calendar, holidays, ics, reminders};

pub use agreement::{Agreement, FORMAT_VERSION};
pub use check::{CheckOptions, Diagnostic, Severity, check};
pub use error::{LoadError, LoadProblem, LockError, SaveError};
pub use lang::{Lang, Locale};
pub use template::TemplateSet;
pub use yaml::{YamlError, YamlProblem};
