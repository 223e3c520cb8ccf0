//! Rendering an agreement for reading: one document tree (`tree`), written as Markdown and HTML;
//! the PDF reads the same tree. Comparisons of two versions are rendered by `comparison`.

pub mod comparison;
pub mod html;
pub mod markdown;
pub(crate) mod prose;
pub mod reference;
pub mod tree;
