//! The stamp an export leaves in a document's custom properties, read back from an edited copy
//! to find the revision it came from.

use docx_rs::Docx;

/// The custom property holding the agreement's id.
pub const AGREEMENT_ID: &str = "avtale.id";
/// The custom property holding the exported revision's number (none for an unsaved draft).
pub const REVISION: &str = "avtale.revision";
/// The custom property holding the exported revision's hash.
pub const REVISION_HASH: &str = "avtale.hash";

/// Which agreement and revision a document was exported from.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Stamp {
    /// The agreement's id.
    pub agreement_id: String,
    /// The revision's number, when a saved revision was exported.
    pub revision: Option<u32>,
    /// The revision's hash, when a saved revision was exported.
    pub hash: Option<String>,
}

impl Stamp {
    /// Writes the stamp into a document's custom properties.
    pub fn write(&self, docx: Docx) -> Docx {
        let mut docx = docx.custom_property(AGREEMENT_ID, self.agreement_id.clone());
        if let Some(n) = self.revision {
            docx = docx.custom_property(REVISION, n.to_string());
        }
        if let Some(hash) = &self.hash {
            docx = docx.custom_property(REVISION_HASH, hash.clone());
        }
        docx
    }

    /// The stamp of a document read back, if it has one (a document Avtale never exported
    /// has none).
    pub fn read(docx: &Docx) -> Option<Stamp> {
        let props = &docx.doc_props.custom.properties;
        let id = props.get(AGREEMENT_ID)?.trim().to_owned();
        if id.is_empty() {
            return None;
        }
        Some(Stamp {
            agreement_id: id,
            revision: props.get(REVISION).and_then(|v| v.trim().parse().ok()),
            hash: props
                .get(REVISION_HASH)
                .map(|v| v.trim().to_owned())
                .filter(|v| !v.is_empty()),
        })
    }
}
