//! The agreement file format (`*.avtale.yaml`): reading text into an [`Agreement`] with clear
//! errors, and writing it back.
//!
//! Reading refuses, with file, line, column and field: text that is not UTF-8, empty files,
//! files from a newer format version (before looking at anything else in them), YAML errors,
//! unknown or misspelled fields, wrong types, duplicate section or party ids, and sections with
//! more than one kind of structured clause. Writing is deterministic, so a file written by
//! Avtale is read and written back byte for byte. Comments and custom layout in a hand-edited
//! file are not kept when Avtale writes it.

use std::collections::HashSet;

use crate::agreement::{Agreement, FORMAT_VERSION, Meta};
use crate::error::{LoadError, LoadProblem};
use crate::locate::{LocationIndex, Position};
use crate::yaml::{self, YamlError};

/// The largest agreement file Avtale reads: 10 MiB.
pub const MAX_FILE_BYTES: u64 = 10 * 1024 * 1024;

/// Reads an agreement from the bytes of a file named `file` (used in messages only).
pub fn agreement_from_bytes(bytes: &[u8], file: &str) -> Result<Agreement, LoadError> {
    let text = text_from_bytes(bytes, file)?;
    agreement_from_str(text, file)
}

/// Checks the size and encoding of a file's bytes and returns its text.
pub fn text_from_bytes<'a>(bytes: &'a [u8], file: &str) -> Result<&'a str, LoadError> {
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(LoadError::whole(
            file,
            LoadProblem::TooLarge {
                bytes: bytes.len() as u64,
                limit: MAX_FILE_BYTES,
            },
        ));
    }
    std::str::from_utf8(bytes).map_err(|err| {
        let valid = &bytes[..err.valid_up_to()];
        // The valid prefix is UTF-8 by definition.
        let before = std::str::from_utf8(valid).unwrap_or_default();
        LoadError {
            file: file.to_owned(),
            position: Some(end_position(before)),
            field: None,
            problem: LoadProblem::NotUtf8,
        }
    })
}

/// Reads an agreement from YAML text.
pub fn agreement_from_str(text: &str, file: &str) -> Result<Agreement, LoadError> {
    if is_blank(text) {
        return Err(LoadError::whole(file, LoadProblem::Empty));
    }
    check_format_version(text, file)?;
    let agreement: Agreement = yaml::from_str(text).map_err(|err| yaml_error(err, text, file))?;
    validate_structure(&agreement, text, file)?;
    Ok(agreement)
}

/// Only the top-level `meta:` mapping of an agreement file, read without its sections and history.
#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct MetaOnly {
    meta: Meta,
}

/// An agreement's metadata read from the start of its file (`head`; `whole` when it is the
/// whole file), without reading the sections and the history: what a list of files needs to
/// name each. Avtale writes `meta:` right after the format line, so a few kilobytes hold it.
/// None when the head has no block-style `meta:` mapping that ends within it, is from a newer
/// format version, or does not parse: the caller then reads the whole file, which reports
/// any problem with its position.
pub fn meta_from_head(head: &str, whole: bool) -> Option<Meta> {
    check_format_version(head, "").ok()?;
    let mut lines = head.split_inclusive('\n');
    lines.by_ref().find(|l| l.trim_end() == "meta:")?;
    let mut block = String::from("meta:\n");
    let mut ended = false;
    for line in lines {
        let top_level = !line.trim().is_empty() && !line.starts_with([' ', '\t', '#']);
        if top_level {
            ended = true;
            break;
        }
        block.push_str(line);
    }
    if !ended && !whole {
        return None;
    }
    yaml::from_str::<MetaOnly>(&block).ok().map(|m| m.meta)
}

/// Writes an agreement as YAML. The same agreement always gives the same text.
pub fn agreement_to_string(agreement: &Agreement) -> String {
    yaml::to_string(agreement)
}

/// Turns a YAML error into a load error that names the field it happened in.
pub(crate) fn yaml_error(err: YamlError, text: &str, file: &str) -> LoadError {
    let field = err.position.and_then(|pos| {
        let index = LocationIndex::build(text);
        index.field_at(pos).map(str::to_owned)
    });
    LoadError {
        file: file.to_owned(),
        position: err.position,
        field,
        problem: LoadProblem::Yaml(Box::new(err.problem)),
    }
}

/// True for text with nothing but whitespace, comments and document markers.
fn is_blank(text: &str) -> bool {
    text.lines().all(|line| {
        let line = line.trim();
        line.is_empty() || line.starts_with('#') || line == "---" || line == "..."
    })
}

/// Whether a text is an agreement file from a newer version of Avtale: only its first line is
/// read, so asking costs nothing however long the file is.
pub(crate) fn is_newer_format(text: &str, file: &str) -> Option<LoadError> {
    check_format_version(text, file)
        .err()
        .filter(|e| matches!(e.problem, LoadProblem::NewerFormat { .. }))
}

/// The format version must come first, so a file from a newer version is refused with a clear
/// message before its (perhaps unknown) fields are read.
fn check_format_version(text: &str, file: &str) -> Result<(), LoadError> {
    let (found, line) = match first_key_line(text) {
        Some((line_no, line)) => match line.strip_prefix("format:") {
            Some(value) => (
                value.trim().trim_matches(['"', '\'']).parse::<u32>().ok(),
                line_no,
            ),
            None => (None, line_no),
        },
        None => (None, 1),
    };
    let position = Some(Position { line, column: 1 });
    match found {
        None => Err(LoadError {
            file: file.to_owned(),
            position,
            field: Some("format".into()),
            problem: LoadProblem::NoFormatVersion,
        }),
        Some(found) if found > FORMAT_VERSION => Err(LoadError {
            file: file.to_owned(),
            position,
            field: Some("format".into()),
            problem: LoadProblem::NewerFormat {
                found,
                supported: FORMAT_VERSION,
            },
        }),
        Some(_) => Ok(()),
    }
}

/// The first line that holds YAML content, with its number.
fn first_key_line(text: &str) -> Option<(usize, &str)> {
    text.lines()
        .enumerate()
        .map(|(i, l)| (i + 1, l.trim_end()))
        .find(|(_, line)| {
            let t = line.trim_start();
            !(t.is_empty() || t.starts_with('#') || t.starts_with('%') || t == "---")
        })
}

/// Rules the types alone cannot state: unique ids and one clause kind per section.
fn validate_structure(agreement: &Agreement, text: &str, file: &str) -> Result<(), LoadError> {
    let fail = |path: String, problem: LoadProblem| {
        let index = LocationIndex::build(text);
        LoadError {
            file: file.to_owned(),
            position: index.position(&path),
            field: Some(path),
            problem,
        }
    };
    let mut parties = HashSet::new();
    for (i, party) in agreement.parties.iter().enumerate() {
        if !is_valid_id(&party.id.0) {
            return Err(fail(
                format!("parties[{i}].id"),
                LoadProblem::BadId(party.id.0.clone()),
            ));
        }
        if !parties.insert(&party.id) {
            return Err(fail(
                format!("parties[{i}].id"),
                LoadProblem::DuplicatePartyId(party.id.0.clone()),
            ));
        }
    }
    let mut sections = HashSet::new();
    for (i, section) in agreement.sections.iter().enumerate() {
        if !is_valid_id(&section.id.0) {
            return Err(fail(
                format!("sections[{i}].id"),
                LoadProblem::BadId(section.id.0.clone()),
            ));
        }
        if !sections.insert(&section.id) {
            return Err(fail(
                format!("sections[{i}].id"),
                LoadProblem::DuplicateSectionId(section.id.0.clone()),
            ));
        }
        let kinds = section.kinds();
        if kinds.len() > 1 {
            return Err(fail(
                format!("sections[{i}].{}", kinds[1].key()),
                LoadProblem::SeveralClauseKinds(kinds.iter().map(|k| k.key().to_owned()).collect()),
            ));
        }
    }
    Ok(())
}

/// Ids are short words: letters (Norwegian ones too), digits, `-`, `_` and `.`.
pub fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.chars().count() <= 64
        && id
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | '.'))
}

/// The line and column just after the end of `text`.
fn end_position(text: &str) -> Position {
    let line = text.matches('\n').count() + 1;
    let column = text.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    Position { line, column }
}
