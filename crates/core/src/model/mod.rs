//! The agreement as data: its parts and sections ([`agreement`]), the structured clauses
//! ([`clause`]), dates ([`date`]) and the languages ([`lang`]).

pub mod agreement;
pub mod clause;
pub mod date;
pub mod lang;
