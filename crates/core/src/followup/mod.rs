//! Following an agreement up after it is signed: what the parties record as they go (`log`:
//! a measure's status, a goal's latest figure, a meeting held, a report given, an evaluation
//! done, a contact person confirmed, a good practice or a decision needed), and what follows
//! from it on a given day (`overview`: what is late, what is coming, where each goal, measure,
//! body and report stands); the status report for the strategic body (`report`) and one
//! party's extract for its business plan (`extract`) print it. The studies found agreements signed and then forgotten
//! (`seed-sintef-2010-county-agreements.md` R12–R15, R35): this is what keeps them alive.
//!
//! The log is kept in the agreement's file but outside its agreed text: recording a status
//! makes no revision and changes no revision hash. The core reads no clock: the moment of an
//! entry and `today` are passed in.

pub mod extract;
pub mod log;
pub mod overview;
pub mod report;

pub use extract::party_extract;
pub use log::{Entry, Followed, MeasureStatus, NoteKind};
pub use overview::{Overview, overview};
pub use report::{ReportPeriod, status_report};
