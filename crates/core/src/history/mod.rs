//! The agreement's history: revisions chained by hash (this module), hashed over a canonical
//! encoding ([`canonical`]); the status workflow, commit and restore ([`workflow`]); renewal
//! ([`renew`]); and the comparison of two versions ([`diff`]).

pub mod canonical;
pub mod diff;
pub mod renew;
mod revisions;
pub mod workflow;

pub use revisions::*;
