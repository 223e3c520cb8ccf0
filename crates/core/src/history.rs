//! The revision history kept inside the agreement file.
//!
//! Each revision is logically a full snapshot of the agreement. To keep files small, section
//! contents are stored once, keyed by a hash of their content, and a revision lists the keys of
//! its sections in order: a 200-section agreement with 300 revisions stays a few megabytes.
//! Revisions are chained: each one's hash covers its own content and its parent's hash, so an
//! edited, removed or reordered revision breaks the chain.
//!
//! Time is always passed in by the caller; this module never reads the clock.

use std::collections::BTreeMap;
use std::fmt;

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use sha2::{Digest, Sha256};

use crate::agreement::{Agreement, GlossaryEntry, Meta, Party, Section, Status};

/// Saved revisions and the section contents they refer to.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct History {
    /// Revisions, oldest first, numbered from 1.
    #[serde(default)]
    pub revisions: Vec<Revision>,
    /// Section contents by content key.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    #[cfg_attr(feature = "ts", ts(as = "Option<BTreeMap<String, Section>>", optional))]
    pub sections: BTreeMap<String, Section>,
}

/// One saved revision.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct Revision {
    /// 1 for the first revision, then counting up.
    pub number: u32,
    /// Who saved it.
    pub author: String,
    /// When it was saved.
    pub time: Timestamp,
    /// What changed, in the author's words.
    pub message: String,
    /// An optional name, such as "Sendt til fylkesrådmannen" or "Signert".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub name: Option<String>,
    /// The parent revision's hash (none for the first).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub parent: Option<String>,
    /// SHA-256 over this revision's content and its parent's hash, in hex.
    pub hash: String,
    /// The metadata at this revision (its status included).
    pub meta: Meta,
    /// The parties at this revision.
    pub parties: Vec<Party>,
    /// The glossary at this revision.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "ts", ts(as = "Option<Vec<GlossaryEntry>>", optional))]
    pub glossary: Vec<GlossaryEntry>,
    /// Keys of the sections at this revision, in order. Written as one line of keys separated
    /// by spaces: a list of 200 keys per revision made a long history slow to read.
    #[serde(with = "key_line")]
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub sections: Vec<String>,
}

/// Section keys as one space-separated line.
mod key_line {
    use serde::{Deserialize, Deserializer, Serializer};

    pub(super) fn serialize<S: Serializer>(keys: &[String], out: S) -> Result<S::Ok, S::Error> {
        out.serialize_str(&keys.join(" "))
    }

    pub(super) fn deserialize<'de, D: Deserializer<'de>>(
        input: D,
    ) -> Result<Vec<String>, D::Error> {
        let line = String::deserialize(input)?;
        Ok(line.split_whitespace().map(str::to_owned).collect())
    }
}

/// A point in time with its UTC offset, written in RFC 3339 (`2026-03-01T10:15:00+01:00`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export, type = "string"))]
pub struct Timestamp(pub DateTime<FixedOffset>);

impl fmt::Display for Timestamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0.to_rfc3339())
    }
}

impl Timestamp {
    /// Parses RFC 3339.
    pub fn parse(text: &str) -> Option<Self> {
        DateTime::parse_from_rfc3339(text.trim()).ok().map(Self)
    }
}

impl Serialize for Timestamp {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Timestamp {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        Timestamp::parse(&text).ok_or_else(|| {
            serde::de::Error::custom(format!(
                "invalid time `{text}`: write it as RFC 3339, for example 2026-03-01T10:15:00+01:00"
            ))
        })
    }
}

/// What the caller says about a revision being saved.
#[derive(Debug, Clone)]
pub struct RevisionInfo {
    /// Who saves it.
    pub author: String,
    /// When (read from the clock by the caller, never here).
    pub time: Timestamp,
    /// What changed.
    pub message: String,
    /// An optional name.
    pub name: Option<String>,
}

/// A full snapshot of an agreement's content at one revision.
#[derive(Debug, Clone, PartialEq)]
pub struct Snapshot {
    /// Metadata.
    pub meta: Meta,
    /// Parties.
    pub parties: Vec<Party>,
    /// Sections, in order.
    pub sections: Vec<Section>,
    /// Glossary.
    pub glossary: Vec<GlossaryEntry>,
}

impl History {
    /// True when no revision has been saved.
    pub fn is_empty(&self) -> bool {
        self.revisions.is_empty() && self.sections.is_empty()
    }

    /// The newest revision.
    pub fn latest(&self) -> Option<&Revision> {
        self.revisions.last()
    }

    /// The revision with this number.
    pub fn revision(&self, number: u32) -> Option<&Revision> {
        self.revisions.iter().find(|r| r.number == number)
    }

    /// Rebuilds the full snapshot of a revision; `None` when a section it lists is missing.
    pub fn snapshot(&self, revision: &Revision) -> Option<Snapshot> {
        let sections = revision
            .sections
            .iter()
            .map(|key| self.sections.get(key).cloned())
            .collect::<Option<Vec<_>>>()?;
        Some(Snapshot {
            meta: revision.meta.clone(),
            parties: revision.parties.clone(),
            sections,
            glossary: revision.glossary.clone(),
        })
    }

    /// Stores a section's content and returns its key. Identical content shares one key.
    fn store(&mut self, section: &Section) -> String {
        let digest = hex(&Sha256::digest(canonical(section)));
        // 16 hex digits are plenty to tell a file's sections apart; lengthen only on a clash.
        let mut len = 16;
        loop {
            let key = &digest[..len];
            match self.sections.get(key) {
                None => {
                    self.sections.insert(key.to_owned(), section.clone());
                    return key.to_owned();
                }
                Some(existing) if existing == section => return key.to_owned(),
                Some(_) if len < digest.len() => len += 8,
                Some(_) => return key.to_owned(),
            }
        }
    }
}

impl Agreement {
    /// Saves the current content as a new revision on top of the history and returns its
    /// number. The status recorded is the agreement's current status.
    pub fn record_revision(&mut self, info: RevisionInfo) -> u32 {
        let number = self.history.latest().map_or(1, |r| r.number + 1);
        let parent = self.history.latest().map(|r| r.hash.clone());
        let keys: Vec<String> = self
            .sections
            .iter()
            .map(|s| self.history.store(s))
            .collect();
        let mut revision = Revision {
            number,
            author: info.author,
            time: info.time,
            message: info.message,
            name: info.name,
            parent,
            hash: String::new(),
            meta: self.meta.clone(),
            parties: self.parties.clone(),
            glossary: self.glossary.clone(),
            sections: keys,
        };
        revision.hash = revision_hash(&revision, &self.sections);
        self.history.revisions.push(revision);
        number
    }
}

/// The hash of a revision: SHA-256 over a canonical serialisation of everything in it (with
/// the sections' full content, not only their keys) and the parent's hash.
pub fn revision_hash(revision: &Revision, sections: &[Section]) -> String {
    #[derive(Serialize)]
    struct Hashed<'a> {
        number: u32,
        author: &'a str,
        time: &'a Timestamp,
        message: &'a str,
        name: &'a Option<String>,
        parent: &'a Option<String>,
        meta: &'a Meta,
        parties: &'a [Party],
        glossary: &'a [GlossaryEntry],
        sections: &'a [Section],
    }
    let hashed = Hashed {
        number: revision.number,
        author: &revision.author,
        time: &revision.time,
        message: &revision.message,
        name: &revision.name,
        parent: &revision.parent,
        meta: &revision.meta,
        parties: &revision.parties,
        glossary: &revision.glossary,
        sections,
    };
    hex(&Sha256::digest(canonical(&hashed)))
}

/// The status a revision recorded.
pub fn revision_status(revision: &Revision) -> Status {
    revision.meta.status
}

/// Canonical bytes of a value: compact JSON with fields in declaration order.
fn canonical<T: Serialize>(value: &T) -> Vec<u8> {
    // Serialising plain data structs to JSON cannot fail: every key is a string.
    serde_json::to_vec(value).unwrap_or_default()
}

fn hex(bytes: &[u8]) -> String {
    use fmt::Write;
    bytes
        .iter()
        .fold(String::with_capacity(bytes.len() * 2), |mut out, b| {
            let _ = write!(out, "{b:02x}");
            out
        })
}

/// What is wrong with a history whose chain does not hold.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ChainProblem {
    /// The revision at this place does not carry the number that belongs there: a revision
    /// before it was removed, or revisions were reordered.
    OutOfOrder {
        /// The number that belongs at this place.
        expected: u32,
    },
    /// The revision does not name the hash of the revision before it.
    WrongParent,
    /// The revision's content no longer gives its recorded hash: it was edited.
    Edited,
    /// A section the revision lists is not stored in the file.
    MissingSection(String),
}

/// The first revision at which a history's chain breaks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChainError {
    /// The revision's number as the file gives it.
    pub revision: u32,
    /// What is wrong with it.
    pub problem: ChainProblem,
}

impl History {
    /// Checks the whole chain, oldest first: numbers run 1, 2, 3, …, each revision names its
    /// parent's hash, and each revision's content still gives its hash. Reports the first
    /// revision where this fails.
    pub fn verify(&self) -> Result<(), ChainError> {
        let mut parent: Option<&str> = None;
        for (place, revision) in self.revisions.iter().enumerate() {
            let fail = |problem| ChainError {
                revision: revision.number,
                problem,
            };
            let expected = u32::try_from(place + 1).unwrap_or(u32::MAX);
            if revision.number != expected {
                return Err(fail(ChainProblem::OutOfOrder { expected }));
            }
            if revision.parent.as_deref() != parent {
                return Err(fail(ChainProblem::WrongParent));
            }
            if let Some(key) = revision
                .sections
                .iter()
                .find(|key| !self.sections.contains_key(*key))
            {
                return Err(fail(ChainProblem::MissingSection(key.clone())));
            }
            let snapshot = self
                .snapshot(revision)
                .ok_or_else(|| fail(ChainProblem::MissingSection(String::new())))?;
            if revision_hash(revision, &snapshot.sections) != revision.hash {
                return Err(fail(ChainProblem::Edited));
            }
            parent = Some(&revision.hash);
        }
        Ok(())
    }
}
