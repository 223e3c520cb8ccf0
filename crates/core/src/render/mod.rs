//! Rendering an agreement for reading: Markdown, and HTML made from that Markdown.

pub mod comparison;
pub mod html;
pub mod markdown;
mod prose;
