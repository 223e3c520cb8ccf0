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
//! language. Every user-facing word comes from [`messages`].
//!
//! The core never reads the clock (time is passed in) and touches the file system only in
//! [`store`].

pub mod agreement;
pub mod calendar;
pub mod canonical;
pub mod catalog;
pub mod check;
pub mod clause;
pub mod date;
pub mod diff;
pub mod document;
pub mod error;
pub mod family;
pub mod fix;
pub mod format;
pub mod history;
pub mod holidays;
pub mod ics;
pub mod lang;
pub mod locate;
pub mod matrix;
pub mod messages;
pub mod placeholder;
pub mod readability;
pub mod reminders;
pub mod render;
pub mod renew;
mod shipped;
pub mod starter;
pub mod store;
pub mod template;
pub mod termbank;
pub mod workflow;
mod yaml;

pub use agreement::{Agreement, FORMAT_VERSION};
pub use check::{CheckOptions, Diagnostic, Severity, check};
pub use error::{LoadError, LoadProblem, LockError, SaveError};
pub use lang::{Lang, Locale};
pub use template::TemplateSet;
pub use yaml::{YamlError, YamlProblem};
