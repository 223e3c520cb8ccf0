//! The agreement file: the format ([`format`], read and written through [`yaml`], the only
//! module naming the YAML library), file access ([`store`], the only module touching the file
//! system) and the errors of loading and saving ([`error`]).

pub mod error;
pub mod format;
pub mod store;
pub(crate) mod yaml;
