//! The agreement as data: its parts and sections ([`agreement`]), the structured clauses
//! ([`clause`]), dates ([`date`]), the languages ([`lang`]) and when two names are one ([`name`]).

pub mod agreement;
pub mod clause;
pub mod date;
pub mod lang;
pub mod name;
