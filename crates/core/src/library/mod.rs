//! What the app ships and offers: clause templates ([`template`]) and starters ([`starter`]),
//! compiled in ([`shipped`]); what a picker offers and the section a picked template makes
//! ([`catalog`]); `{{placeholders}}` in template text ([`placeholder`]); the legal facts templates
//! write as `{{lov.ID}}` ([`facts`]); the regions of each county, for an agreement's
//! `meta.regions` ([`regions`]).

pub mod catalog;
pub mod facts;
pub mod placeholder;
pub mod regions;
pub(crate) mod shipped;
pub mod starter;
pub mod template;
