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
    /// Why the revision was made, when the author said (evaluation, reorganisation, …).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub reason: Option<RevisionReason>,
    /// The errors the checks found when the revision took a status that needs an agreement
    /// without errors (godkjent, signert, gjeldende), accepted by its author with a reason.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub accepted_errors: Option<AcceptedErrors>,
    /// True when the revision registers an agreement signed before it reached Avtale: its
    /// status was set in one step, not walked through the workflow.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    #[cfg_attr(feature = "ts", ts(optional, as = "Option<bool>"))]
    pub registered: bool,
    /// The parent revision's hash (none for the first).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub parent: Option<String>,
    /// SHA-256 over this revision's content and its parent's hash, in lowercase hex, computed
    /// as `hash_scheme` says.
    pub hash: String,
    /// How `hash` was computed: absent for the legacy scheme 1 (revisions saved before scheme 2
    /// existed), 2 for the canonical encoding (see [`HashScheme`] and `docs/file-format.md`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub hash_scheme: Option<u32>,
    /// The metadata at this revision (its status included).
    pub meta: Meta,
    /// The parties at this revision.
    pub parties: Vec<Party>,
    /// The glossary at this revision.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "ts", ts(as = "Option<Vec<GlossaryEntry>>", optional))]
    pub glossary: Vec<GlossaryEntry>,
    /// The warnings marked as considered at this revision, with their reasons.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(
        feature = "ts",
        ts(as = "Option<Vec<crate::check::considered::Considered>>", optional)
    )]
    pub considered: Vec<crate::check::considered::Considered>,
    /// Keys of the sections at this revision, in order. Written as one line of keys separated
    /// by spaces: a list of 200 keys per revision made a long history slow to read.
    #[serde(with = "key_line")]
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub sections: Vec<String>,
}

/// Why a revision was made: one of a short list, with the author's words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct RevisionReason {
    /// The kind of reason.
    pub kind: ReasonKind,
    /// More, in the author's words (required for [`ReasonKind::Annet`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub text: Option<String>,
}

/// The kinds of reason a revision is made for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub enum ReasonKind {
    /// After an evaluation of the cooperation.
    Evaluering,
    /// A party was reorganised.
    Omorganisering,
    /// A new law or new rules.
    NyeRegler,
    /// The period is ending.
    PeriodensSlutt,
    /// Something else (say what in the text).
    Annet,
}

impl ReasonKind {
    /// Every kind, in the order a list offers them.
    pub const ALL: [ReasonKind; 5] = [
        ReasonKind::Evaluering,
        ReasonKind::Omorganisering,
        ReasonKind::NyeRegler,
        ReasonKind::PeriodensSlutt,
        ReasonKind::Annet,
    ];
}

/// Errors accepted in a revision: what the checks found when it took its status, and why its
/// author went ahead.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct AcceptedErrors {
    /// Why, in the author's words.
    pub reason: String,
    /// How many errors there were.
    pub count: u32,
    /// Their codes, each once, in order.
    pub codes: Vec<crate::check::Code>,
}

/// What a revision records besides its author, time, message and name: set by the workflow
/// ([`crate::workflow`]), which decides when each applies.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RevisionNotes {
    /// Why the revision was made.
    pub reason: Option<RevisionReason>,
    /// Errors accepted to give it its status.
    pub accepted_errors: Option<AcceptedErrors>,
    /// It registers an agreement signed outside Avtale.
    pub registered: bool,
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
    /// Warnings marked as considered.
    pub considered: Vec<crate::check::considered::Considered>,
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
            considered: revision.considered.clone(),
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
        self.record_revision_with(info, RevisionNotes::default())
    }

    /// [`Agreement::record_revision`], with what else the revision records (its reason,
    /// accepted errors, or that it registers a signed agreement). The hash covers them.
    pub fn record_revision_with(&mut self, info: RevisionInfo, notes: RevisionNotes) -> u32 {
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
            reason: notes.reason,
            accepted_errors: notes.accepted_errors,
            registered: notes.registered,
            parent,
            hash: String::new(),
            hash_scheme: Some(HashScheme::CURRENT.number()),
            meta: self.meta.clone(),
            parties: self.parties.clone(),
            glossary: self.glossary.clone(),
            considered: self.considered.clone(),
            sections: keys,
        };
        revision.hash = HashScheme::CURRENT.hash(&revision, &self.sections);
        self.history.revisions.push(revision);
        number
    }
}

/// How a revision's hash is computed. A revision records its scheme in `hash_scheme`, so
/// revisions saved under an older scheme keep verifying after the encoding has moved on. The
/// exact bytes of each scheme are described in `docs/file-format.md`, "Revision hashes".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HashScheme {
    /// Scheme 1, the legacy one (no `hash_scheme` in the file): SHA-256 of compact JSON written
    /// by serde from the Rust types, in the order their fields are declared. Kept only to
    /// verify revisions saved with it; reordering or renaming a field of the model breaks it.
    Legacy,
    /// Scheme 2: SHA-256 of the canonical JSON (RFC 8785 style: members sorted, compact) of
    /// the revision as the file names it, with its sections' full content, its parent's hash
    /// and `"hash_scheme":2`, without members that are null or empty.
    Canonical,
}

impl HashScheme {
    /// The scheme new revisions use.
    pub const CURRENT: HashScheme = HashScheme::Canonical;

    /// The number written in `hash_scheme` (1 is never written: absent means 1).
    pub fn number(self) -> u32 {
        match self {
            HashScheme::Legacy => 1,
            HashScheme::Canonical => 2,
        }
    }

    /// The scheme a revision says it uses; the number it gives when this version of Avtale does
    /// not know it (a file saved by a newer version).
    pub fn of(revision: &Revision) -> Result<HashScheme, u32> {
        match revision.hash_scheme {
            None | Some(1) => Ok(HashScheme::Legacy),
            Some(2) => Ok(HashScheme::Canonical),
            Some(other) => Err(other),
        }
    }

    /// The bytes this scheme hashes for a revision whose sections, in order, are `sections`.
    /// The revision's own `hash` is never part of them; for scheme 2 its `hash_scheme` is.
    pub fn hashed_bytes(self, revision: &Revision, sections: &[Section]) -> Vec<u8> {
        match self {
            HashScheme::Legacy => legacy_bytes(revision, sections),
            HashScheme::Canonical => canonical_bytes(revision, sections),
        }
    }

    /// SHA-256 of [`HashScheme::hashed_bytes`], in lowercase hex.
    pub fn hash(self, revision: &Revision, sections: &[Section]) -> String {
        hex(&Sha256::digest(self.hashed_bytes(revision, sections)))
    }
}

impl Agreement {
    /// The revision whose content this agreement is: the newest revision whose full snapshot
    /// (metadata with its status, parties, sections, glossary) equals the agreement's content.
    /// None when the content has changes not saved as a revision. Only a print of a committed
    /// revision may name one.
    pub fn committed_revision(&self) -> Option<&Revision> {
        self.history.revisions.iter().rev().find(|revision| {
            revision.meta == self.meta
                && revision.parties == self.parties
                && revision.glossary == self.glossary
                && revision.considered == self.considered
                && revision.sections.len() == self.sections.len()
                && revision
                    .sections
                    .iter()
                    .zip(&self.sections)
                    .all(|(key, section)| self.history.sections.get(key) == Some(section))
        })
    }
}

/// How a revision named elsewhere (on a printed PDF: its number and full hash) stands in a
/// history.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Printed<'a> {
    /// The history holds this revision with this hash.
    Found(&'a Revision),
    /// The history has a revision with this number, but with another hash: the print is of
    /// another copy or another agreement, or one of them was altered.
    Different(&'a Revision),
    /// The history has no revision with this number: the file was cut back to an earlier
    /// revision, or the print is of a later copy. Carries the newest revision, if any.
    Missing(Option<&'a Revision>),
}

impl History {
    /// Where revision `number` with `hash` stands in this history. Hashes are compared without
    /// regard to case. Verify the chain first: this looks only at the numbers and hashes.
    pub fn find_printed(&self, number: u32, hash: &str) -> Printed<'_> {
        match self.revision(number) {
            Some(revision) if revision.hash.eq_ignore_ascii_case(hash) => Printed::Found(revision),
            Some(revision) => Printed::Different(revision),
            None => Printed::Missing(self.latest()),
        }
    }
}

/// The hash of a revision under the scheme it records: SHA-256 over everything in it (with the
/// sections' full content, not only their keys) and the parent's hash. `Err` carries the
/// scheme number when this version of Avtale does not know the scheme.
pub fn revision_hash(revision: &Revision, sections: &[Section]) -> Result<String, u32> {
    HashScheme::of(revision).map(|scheme| scheme.hash(revision, sections))
}

/// Scheme 1: compact JSON of the Rust types, fields in declaration order. Frozen: the pinned
/// hashes in the tests fail if this (or the model's field order) changes.
fn legacy_bytes(revision: &Revision, sections: &[Section]) -> Vec<u8> {
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
        // Scheme-1 revisions were saved before these fields existed, so they never hold
        // them and hash as before; written only when present, so one added to an old
        // revision by hand breaks its hash instead of passing unchecked.
        #[serde(skip_serializing_if = "Option::is_none")]
        reason: &'a Option<RevisionReason>,
        #[serde(skip_serializing_if = "Option::is_none")]
        accepted_errors: &'a Option<AcceptedErrors>,
        #[serde(skip_serializing_if = "std::ops::Not::not")]
        registered: bool,
        #[serde(skip_serializing_if = "<[_]>::is_empty")]
        considered: &'a [crate::check::considered::Considered],
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
        reason: &revision.reason,
        accepted_errors: &revision.accepted_errors,
        registered: revision.registered,
        considered: &revision.considered,
    };
    canonical(&hashed)
}

/// Scheme 2: the revision as a JSON value under the file's own names, `hash` left out and
/// `sections` (a line of keys in the file) replaced by the list of the full sections; members
/// that are null or empty pruned; written canonically.
fn canonical_bytes(revision: &Revision, sections: &[Section]) -> Vec<u8> {
    // Serialising plain data to a JSON value cannot fail: every map key is a string.
    let mut value = serde_json::to_value(revision).unwrap_or_default();
    if let serde_json::Value::Object(members) = &mut value {
        members.remove("hash");
        members.insert(
            "sections".to_owned(),
            serde_json::to_value(sections).unwrap_or_default(),
        );
    }
    crate::canonical::prune(&mut value);
    crate::canonical::to_string(&value).into_bytes()
}

/// The status a revision recorded.
pub fn revision_status(revision: &Revision) -> Status {
    revision.meta.status
}

/// Compact JSON with fields in declaration order: section keys, and scheme-1 hashes.
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
    /// The revision's hash was made with a scheme this version of Avtale does not know (the
    /// number it gives): the file was saved by a newer version.
    UnknownScheme(u32),
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
            match revision_hash(revision, &snapshot.sections) {
                Err(scheme) => return Err(fail(ChainProblem::UnknownScheme(scheme))),
                Ok(hash) if hash != revision.hash => return Err(fail(ChainProblem::Edited)),
                Ok(_) => {}
            }
            parent = Some(&revision.hash);
        }
        Ok(())
    }
}
