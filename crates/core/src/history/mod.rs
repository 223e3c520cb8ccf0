//! The agreement's history: revisions chained by hash (this module), hashed over a canonical
//! encoding ([`canonical`]); the status workflow, commit and restore ([`workflow`]); renewal
//! ([`renew`]); accepting or rejecting each change a comparison brings ([`merge`]); which statuses need an agreement without errors, final prints and registering an
//! agreement signed elsewhere ([`signing`]); and the comparison of two versions ([`diff`]).

pub mod canonical;
pub mod diff;
pub mod merge;
pub mod renew;
mod revisions;
pub mod signing;
pub mod workflow;

pub use revisions::*;
