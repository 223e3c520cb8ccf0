//! The clause templates and starter documents shipped with Avtale, compiled in from
//! `templates/` by the build script.

include!(concat!(env!("OUT_DIR"), "/shipped.rs"));
