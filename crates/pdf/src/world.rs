//! A minimal Typst world: one main template per layout, a shared template file, one data file, fonts shipped with the crate. No
//! package downloads, no system fonts, no file system, and "today" given by the caller, so the
//! same input gives the same PDF.

use typst::diag::{FileError, FileResult};
use typst::foundations::{Bytes, Datetime, Duration};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World};

/// The fonts shipped with the crate (DejaVu Sans; licence in `fonts/`).
const FONTS: [&[u8]; 4] = [
    include_bytes!("../fonts/DejaVuSans.ttf"),
    include_bytes!("../fonts/DejaVuSans-Bold.ttf"),
    include_bytes!("../fonts/DejaVuSans-Oblique.ttf"),
    include_bytes!("../fonts/DejaVuSans-BoldOblique.ttf"),
];

/// What the layouts share: text runs, blocks (paragraphs, lists, tables), page setup.
const COMMON: &str = include_str!("../template/common.typ");

/// The layouts, each a main file of its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Layout {
    /// The whole agreement.
    Agreement,
    /// One page of who does what.
    Short,
    /// A comparison with struck and underlined words.
    Redline,
}

impl Layout {
    fn source(self) -> (&'static str, &'static str) {
        match self {
            Layout::Agreement => ("/agreement.typ", include_str!("../template/agreement.typ")),
            Layout::Short => ("/short.typ", include_str!("../template/short.typ")),
            Layout::Redline => ("/redline.typ", include_str!("../template/redline.typ")),
        }
    }
}

/// The path the template reads the agreement's data from.
pub(crate) const DATA_PATH: &str = "/avtale.json";

pub(crate) struct AvtaleWorld {
    library: LazyHash<Library>,
    book: LazyHash<FontBook>,
    fonts: Vec<Font>,
    main: Source,
    common: Source,
    data_id: FileId,
    data: Bytes,
    today: Datetime,
}

fn file_id(path: &str) -> FileId {
    // The paths are constants of this crate, always valid.
    let vpath = VirtualPath::new(path).unwrap_or_else(|_| unreachable!("valid path {path}"));
    RootedPath::new(VirtualRoot::Project, vpath).intern()
}

impl AvtaleWorld {
    /// A world whose main file is the layout's template and whose data file is `data`.
    pub(crate) fn new(layout: Layout, data: Vec<u8>, today: Datetime) -> Self {
        let (path, text) = layout.source();
        Self::with_main(path, text.to_owned(), data, today)
    }

    /// A world with any main file: for tests of what happens when a template is broken.
    pub(crate) fn with_main(path: &str, main: String, data: Vec<u8>, today: Datetime) -> Self {
        let fonts: Vec<Font> = FONTS
            .iter()
            .flat_map(|bytes| Font::iter(Bytes::new(*bytes)))
            .collect();
        let book = FontBook::from_fonts(&fonts);
        AvtaleWorld {
            library: LazyHash::new(Library::builder().build()),
            book: LazyHash::new(book),
            fonts,
            main: Source::new(file_id(path), main),
            common: Source::new(file_id("/common.typ"), COMMON.to_owned()),
            data_id: file_id(DATA_PATH),
            data: Bytes::new(data),
            today,
        }
    }
}

impl AvtaleWorld {
    /// The characters in the data that no shipped font covers, each once, in order. Spaces,
    /// controls and characters that are never drawn (joiners, soft hyphens, variation
    /// selectors) are not asked for.
    pub(crate) fn uncovered_characters(&self) -> Vec<String> {
        let Ok(value) = serde_json::from_slice::<serde_json::Value>(self.data.as_slice()) else {
            return Vec::new();
        };
        let mut out: Vec<String> = Vec::new();
        let mut strings = vec![&value];
        while let Some(v) = strings.pop() {
            match v {
                serde_json::Value::String(text) => {
                    for c in text.chars() {
                        if drawn(c)
                            && !self
                                .fonts
                                .iter()
                                .any(|f| f.info().coverage.contains(u32::from(c)))
                        {
                            let c = c.to_string();
                            if !out.contains(&c) {
                                out.push(c);
                            }
                        }
                    }
                }
                serde_json::Value::Array(items) => strings.extend(items.iter().rev()),
                serde_json::Value::Object(map) => strings.extend(map.values().rev()),
                _ => {}
            }
        }
        out
    }
}

/// Whether a character needs a glyph of its own.
fn drawn(c: char) -> bool {
    !(c.is_whitespace()
        || c.is_control()
        || matches!(c, '\u{ad}' | '\u{200b}'..='\u{200f}' | '\u{2060}'..='\u{206f}' | '\u{feff}' | '\u{fe00}'..='\u{fe0f}'))
}

impl World for AvtaleWorld {
    fn library(&self) -> &LazyHash<Library> {
        &self.library
    }

    fn book(&self) -> &LazyHash<FontBook> {
        &self.book
    }

    fn main(&self) -> FileId {
        self.main.id()
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        if id == self.main.id() {
            Ok(self.main.clone())
        } else if id == self.common.id() {
            Ok(self.common.clone())
        } else {
            Err(FileError::AccessDenied)
        }
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        if id == self.data_id {
            Ok(self.data.clone())
        } else if id == self.main.id() {
            Ok(Bytes::from_string(self.main.clone()))
        } else if id == self.common.id() {
            Ok(Bytes::from_string(self.common.clone()))
        } else {
            Err(FileError::AccessDenied)
        }
    }

    fn font(&self, index: usize) -> Option<Font> {
        self.fonts.get(index).cloned()
    }

    fn today(&self, _offset: Option<Duration>) -> Option<Datetime> {
        Some(self.today)
    }
}
