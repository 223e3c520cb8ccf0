//! Comparing two versions of one agreement: sections matched by their stable ids (added,
//! removed, moved, renamed), structured clauses compared field by field with values in words
//! ("4 ganger i året → 2 ganger i året", "NAV Vestland → Vestland fylkeskommune"), prose
//! compared word by word, and metadata, parties and glossary changes alongside.
//!
//! Whitespace-only changes in prose are not changes. Section numbers are not part of the data,
//! so renumbering never shows up as a change.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use serde::Serialize;
use serde_json::Value;
use similar::{ChangeTag, TextDiff};

use crate::Agreement;
use crate::agreement::{Party, Section};
use crate::clause::{Cadence, Holder};
use crate::lang::Locale;
use crate::messages;
use crate::render::reference::Values;
use crate::render::tree;

/// A change of one field: its place, its name in words, and its value before and after
/// (none when it was not there).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct FieldChange {
    /// The field's path within its part, as in the file (`meetings[0].cadence`).
    pub path: String,
    /// The field in words ("Møtearena «Styringsgruppe»: hyppighet").
    pub label: String,
    /// The value before, in words.
    #[cfg_attr(feature = "ts", ts(optional))]
    pub before: Option<String>,
    /// The value after, in words.
    #[cfg_attr(feature = "ts", ts(optional))]
    pub after: Option<String>,
}

/// A run of words in a prose comparison.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", content = "text", rename_all = "snake_case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub enum Words {
    /// In both versions.
    Same(String),
    /// Only in the newer version.
    Added(String),
    /// Only in the older version.
    Removed(String),
}

/// The two texts a word comparison came from: the older (same and removed words) and the newer
/// (same and added words).
pub fn sides(pieces: &[Words]) -> (String, String) {
    let (mut old, mut new) = (String::new(), String::new());
    for piece in pieces {
        match piece {
            Words::Same(t) => {
                old.push_str(t);
                new.push_str(t);
            }
            Words::Removed(t) => old.push_str(t),
            Words::Added(t) => new.push_str(t),
        }
    }
    (old, new)
}

/// A prose comparison split into paragraphs (a paragraph, heading, list item or table row
/// each), at the line breaks between them; each piece keeps its kind.
pub fn paragraphs(pieces: &[Words]) -> Vec<Vec<Words>> {
    let mut out: Vec<Vec<Words>> = vec![Vec::new()];
    for piece in pieces {
        let (text, make): (&str, fn(String) -> Words) = match piece {
            Words::Same(t) => (t, Words::Same),
            Words::Added(t) => (t, Words::Added),
            Words::Removed(t) => (t, Words::Removed),
        };
        let mut lines = text.split('\n').peekable();
        while let Some(line) = lines.next() {
            if !line.is_empty()
                && let Some(last) = out.last_mut()
            {
                last.push(make(line.to_owned()));
            }
            if lines.peek().is_some() {
                out.push(Vec::new());
            }
        }
    }
    out.retain(|p| {
        p.iter().any(|w| match w {
            Words::Same(t) | Words::Added(t) | Words::Removed(t) => !t.trim().is_empty(),
        })
    });
    out
}

/// What happened to one section.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct SectionChange {
    /// The section's stable id.
    pub id: String,
    /// Its title in the newer version (in the older one if it was removed).
    pub title: String,
    /// Added, removed, or kept (possibly moved, renamed or edited).
    pub status: SectionStatus,
    /// Its place (from 1) in the older version.
    #[cfg_attr(feature = "ts", ts(optional))]
    pub old_number: Option<u32>,
    /// Its place (from 1) in the newer version.
    #[cfg_attr(feature = "ts", ts(optional))]
    pub new_number: Option<u32>,
    /// True when it moved relative to the other sections.
    pub moved: bool,
    /// The older title, when it was renamed.
    #[cfg_attr(feature = "ts", ts(optional))]
    pub old_title: Option<String>,
    /// The text, word by word, when it changed.
    #[cfg_attr(feature = "ts", ts(optional))]
    pub text: Option<Vec<Words>>,
    /// Changed structured fields.
    pub fields: Vec<FieldChange>,
}

/// Whether a section is new, gone or in both versions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub enum SectionStatus {
    /// Only in the newer version.
    Added,
    /// Only in the older version.
    Removed,
    /// In both.
    Kept,
}

/// Counts for the summary line.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct Summary {
    /// Sections whose text or fields changed.
    pub changed: u32,
    /// Sections moved.
    pub moved: u32,
    /// Sections renamed.
    pub renamed: u32,
    /// New sections.
    pub added: u32,
    /// Removed sections.
    pub removed: u32,
    /// Changed fields of the agreement's details, parties and glossary.
    pub other: u32,
}

/// Everything that differs between two versions of an agreement.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct Comparison {
    /// Title, kind, county, period, status.
    pub meta: Vec<FieldChange>,
    /// The parties.
    pub parties: Vec<FieldChange>,
    /// Sections with any change, in the newer version's order, removed ones where they were.
    pub sections: Vec<SectionChange>,
    /// The glossary.
    pub glossary: Vec<FieldChange>,
    /// Counts.
    pub summary: Summary,
}

impl Comparison {
    /// True when the two versions say the same.
    pub fn is_empty(&self) -> bool {
        self.meta.is_empty()
            && self.parties.is_empty()
            && self.sections.is_empty()
            && self.glossary.is_empty()
    }
}

/// Compares an older and a newer version; labels and values in `locale`.
pub fn compare(old: &Agreement, new: &Agreement, locale: Locale) -> Comparison {
    let names = PartyNames::new(&old.parties, &new.parties);
    let ctx = Ctx { names, locale };
    let l = locale;
    let meta = fields(&to_value(&old.meta), &to_value(&new.meta), "meta", "", &ctx);
    let parties = list_fields(
        &to_value(&old.parties),
        &to_value(&new.parties),
        "parties",
        &messages::field_name("party", l),
        &ctx,
    );
    let glossary = list_fields(
        &to_value(&old.glossary),
        &to_value(&new.glossary),
        "glossary",
        &messages::field_name("term", l),
        &ctx,
    );
    let sections = sections(old, new, &ctx);
    let mut summary = Summary {
        other: count(meta.len() + parties.len() + glossary.len()),
        ..Summary::default()
    };
    for s in &sections {
        match s.status {
            SectionStatus::Added => summary.added += 1,
            SectionStatus::Removed => summary.removed += 1,
            SectionStatus::Kept => {
                summary.moved += u32::from(s.moved);
                summary.renamed += u32::from(s.old_title.is_some());
                summary.changed += u32::from(s.text.is_some() || !s.fields.is_empty());
            }
        }
    }
    Comparison {
        meta,
        parties,
        sections,
        glossary,
        summary,
    }
}

fn count(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// What values are put in words with: the parties' names and the locale.
pub(crate) struct Ctx {
    pub(crate) names: PartyNames,
    pub(crate) locale: Locale,
}

/// Party ids to names, the newer version's names first.
pub(crate) struct PartyNames(HashMap<String, String>);

impl PartyNames {
    pub(crate) fn new(old: &[Party], new: &[Party]) -> Self {
        let mut map = HashMap::new();
        for p in old.iter().chain(new) {
            map.insert(p.id.0.clone(), p.organisation.clone());
        }
        PartyNames(map)
    }

    fn name(&self, id: &str) -> String {
        self.0.get(id).cloned().unwrap_or_else(|| id.to_owned())
    }
}

fn to_value<T: Serialize>(value: &T) -> Value {
    serde_json::to_value(value).unwrap_or(Value::Null)
}

/// Fields whose value is a party id, or a list of them.
const PARTY_FIELDS: [&str; 6] = ["responsible", "party", "lead", "from", "parties", "support"];
/// Fields whose value says who holds a rotating duty: compared and merged as a whole, since a
/// holder is one party or parties taking turns. The evaluation's `responsible` is one; elsewhere
/// `responsible` is a plain party id, which is never an object and reads the same.
pub(crate) const HOLDER_FIELDS: [&str; 4] = ["chair", "minutes", "leader", "responsible"];
/// Fields that name a list item, in the order they are tried.
const NAME_FIELDS: [&str; 12] = [
    "organisation",
    "name",
    "role",
    "task",
    "goal",
    "area",
    "action",
    "report",
    "title",
    "term",
    "group",
    "id",
];

/// A value in words, knowing which field it is.
pub(crate) fn words(key: &str, value: &Value, ctx: &Ctx) -> String {
    let l = ctx.locale;
    if key == "cadence"
        && let Ok(cadence) = serde_json::from_value::<Cadence>(value.clone())
    {
        return messages::cadence(&cadence, l);
    }
    if let Some(text) = enum_words(key, value, l) {
        return text;
    }
    if HOLDER_FIELDS.contains(&key)
        && let Ok(holder) = serde_json::from_value::<Holder>(value.clone())
    {
        return match holder {
            Holder::Party(id) => ctx.names.name(&id.0),
            Holder::Alternating(ids) => {
                let names: Vec<String> = ids.iter().map(|id| ctx.names.name(&id.0)).collect();
                format!(
                    "{} {}",
                    messages::alternating(l),
                    messages::join_list(&names, l)
                )
            }
        };
    }
    match value {
        // Dates as a person reads them ("1. desember 2026"), never the file's ISO form.
        Value::String(s) if let Some(date) = crate::date::Date::parse(s) => {
            messages::date_words(date, l)
        }
        Value::String(s) if PARTY_FIELDS.contains(&key) => ctx.names.name(s),
        Value::String(s) => s.clone(),
        Value::Bool(b) => messages::yes_no(*b, l),
        Value::Number(n) => n.to_string(),
        Value::Null => String::new(),
        Value::Array(items) => {
            let parts: Vec<String> = items.iter().map(|v| words(key, v, ctx)).collect();
            messages::join_list(&parts, l)
        }
        Value::Object(map) => map
            .iter()
            .map(|(k, v)| format!("{}: {}", messages::field_name(k, l), words(k, v, ctx)))
            .collect::<Vec<_>>()
            .join("; "),
    }
}

/// Statuses, kinds and levels by their names in words.
fn enum_words(key: &str, value: &Value, l: Locale) -> Option<String> {
    use crate::agreement::{AgreementKind, PartyKind, Status};
    use crate::clause::Level;
    let v = value.clone();
    match key {
        "status" => serde_json::from_value::<Status>(v)
            .ok()
            .map(|s| messages::status(s, l)),
        "kind" => serde_json::from_value::<AgreementKind>(v.clone())
            .ok()
            .map(|k| messages::kind(k, l))
            .or_else(|| {
                serde_json::from_value::<PartyKind>(v)
                    .ok()
                    .map(|k| messages::party_kind(k, l))
            }),
        "level" => serde_json::from_value::<Level>(v)
            .ok()
            .map(|x| messages::level(x, l)),
        _ => None,
    }
}

fn join_path(base: &str, key: &str) -> String {
    if base.is_empty() {
        key.to_owned()
    } else {
        format!("{base}.{key}")
    }
}

/// The label of a key under a parent label.
pub(crate) fn child_label(parent: &str, key: &str, l: Locale) -> String {
    let name = messages::field_name(key, l);
    if parent.is_empty() {
        name
    } else {
        format!("{parent} › {name}")
    }
}

/// Compares two JSON objects field by field.
fn fields(old: &Value, new: &Value, base: &str, label: &str, ctx: &Ctx) -> Vec<FieldChange> {
    let empty = serde_json::Map::new();
    let old_map = old.as_object().unwrap_or(&empty);
    let new_map = new.as_object().unwrap_or(&empty);
    // Keys in the order of the newer version (the model's declaration order), then the rest.
    let mut ordered: Vec<&String> = new_map.keys().collect();
    ordered.extend(old_map.keys().filter(|k| !new_map.contains_key(*k)));
    let mut out = Vec::new();
    for key in ordered {
        let path = join_path(base, key);
        let key_label = child_label(label, key, ctx.locale);
        match (old_map.get(key), new_map.get(key)) {
            (Some(a), Some(b)) if a == b => {}
            (Some(a @ Value::Object(_)), Some(b @ Value::Object(_)))
                if !HOLDER_FIELDS.contains(&key.as_str()) && key != "cadence" =>
            {
                out.extend(fields(a, b, &path, &key_label, ctx));
            }
            (Some(a @ Value::Array(items)), Some(b @ Value::Array(_)))
                if items.iter().any(Value::is_object) =>
            {
                out.extend(list_fields(a, b, &path, &key_label, ctx));
            }
            (a, b) => out.push(FieldChange {
                label: key_label,
                path,
                before: a.map(|v| words(key, v, ctx)),
                after: b.map(|v| words(key, v, ctx)),
            }),
        }
    }
    out
}

/// The name of a list item: its first naming field, else its place.
pub(crate) fn item_name(item: &Value) -> Option<String> {
    NAME_FIELDS
        .iter()
        .find_map(|k| item.get(*k).and_then(Value::as_str).map(str::to_owned))
}

/// Compares two lists of objects, matching items by name (so an item inserted in the middle
/// is one addition, not a change to every later item), else by place.
fn list_fields(old: &Value, new: &Value, base: &str, label: &str, ctx: &Ctx) -> Vec<FieldChange> {
    let item_label = |item: &Value, place: usize| {
        let which = item_name(item).map_or_else(|| format!("{}", place + 1), |n| format!("«{n}»"));
        if label.is_empty() {
            which
        } else {
            format!("{label} {which}")
        }
    };
    let empty = Vec::new();
    let old_items = old.as_array().unwrap_or(&empty);
    let new_items = new.as_array().unwrap_or(&empty);
    let mut used = vec![false; old_items.len()];
    let mut out = Vec::new();
    for (j, item) in new_items.iter().enumerate() {
        let path = format!("{base}[{j}]");
        let by_name = item_name(item).and_then(|name| {
            old_items
                .iter()
                .enumerate()
                .position(|(i, o)| !used[i] && item_name(o).as_deref() == Some(name.as_str()))
        });
        let matched = by_name.or_else(|| {
            (j < old_items.len() && !used[j] && item_name(&old_items[j]).is_none()).then_some(j)
        });
        match matched {
            Some(i) => {
                used[i] = true;
                out.extend(fields(
                    &old_items[i],
                    item,
                    &path,
                    &item_label(item, j),
                    ctx,
                ));
            }
            None => out.push(FieldChange {
                label: item_label(item, j),
                path,
                before: None,
                after: Some(words(base_key(base), item, ctx)),
            }),
        }
    }
    for (i, item) in old_items.iter().enumerate() {
        if !used[i] {
            let path = format!("{base}[{i}]");
            out.push(FieldChange {
                label: item_label(item, i),
                path,
                before: Some(words(base_key(base), item, ctx)),
                after: None,
            });
        }
    }
    out
}

fn base_key(path: &str) -> &str {
    path.rsplit('.').next().unwrap_or(path)
}

/// Words (or lines) two texts may have between them and still be compared piece by piece.
const MAX_DIFF_PIECES: usize = 8_000;

/// Prose word by word; none when the texts differ only in whitespace. Words keep their
/// punctuation and letters as written; a change of whitespace alone (a reflowed line) is shown
/// as the newer version's whitespace, not as a change.
///
/// The word diff takes time that grows with the product of the two texts' lengths where they
/// differ throughout, so long texts are compared line by line, and texts with very many lines
/// as wholes (all of the old removed, all of the new added).
pub fn prose(old: &str, new: &str) -> Option<Vec<Words>> {
    let normalise = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    if normalise(old) == normalise(new) {
        return None;
    }
    let words = |s: &str| s.split_whitespace().count();
    let lines = |s: &str| s.lines().count();
    let diff = if words(old) + words(new) <= MAX_DIFF_PIECES {
        TextDiff::configure().diff_words(old, new)
    } else if lines(old) + lines(new) <= MAX_DIFF_PIECES {
        TextDiff::configure().diff_lines(old, new)
    } else {
        return Some(vec![
            Words::Removed(old.to_owned()),
            Words::Added(new.to_owned()),
        ]);
    };
    let mut out: Vec<Words> = Vec::new();
    for change in diff.iter_all_changes() {
        let text = change.value();
        let blank = text.trim().is_empty();
        let last_added = matches!(out.last(), Some(Words::Added(_)));
        let piece = match change.tag() {
            ChangeTag::Equal => Words::Same(text.to_owned()),
            // Whitespace between added words belongs to the addition; elsewhere added
            // whitespace alone is not a change. Removed whitespace stays in the record, so both
            // versions can be read back from it; the renderers show it as plain whitespace.
            ChangeTag::Insert if blank && last_added => Words::Added(text.to_owned()),
            ChangeTag::Insert if blank => Words::Same(text.to_owned()),
            ChangeTag::Insert => Words::Added(text.to_owned()),
            ChangeTag::Delete => Words::Removed(text.to_owned()),
        };
        match (out.last_mut(), piece) {
            (Some(Words::Same(t)), Words::Same(s))
            | (Some(Words::Added(t)), Words::Added(s))
            | (Some(Words::Removed(t)), Words::Removed(s)) => t.push_str(&s),
            (_, piece) => out.push(piece),
        }
    }
    Some(out)
}

/// The ids kept in both versions that did not move: the longest run they share in order.
/// Ids are unique in an agreement, so this is the longest increasing run of the old order's
/// places in the new order, found in O(n log n): a table of both lengths would need gigabytes
/// for an agreement with tens of thousands of sections. Of equally long runs, the one with the
/// later sections is kept.
pub(crate) fn unmoved(old_ids: &[&str], new_ids: &[&str]) -> BTreeSet<String> {
    // Where each id stands in the new order; the first place when an id is there twice.
    let place: HashMap<&str, usize> = new_ids
        .iter()
        .enumerate()
        .rev()
        .map(|(j, id)| (*id, j))
        .collect();
    let run: Vec<(usize, &str)> = old_ids
        .iter()
        .filter_map(|id| place.get(id).map(|&j| (j, *id)))
        .collect();
    // tails[k]: the run element ending the best increasing run of length k + 1 found so far.
    let mut tails: Vec<usize> = Vec::new();
    let mut before: Vec<Option<usize>> = vec![None; run.len()];
    for (i, &(j, _)) in run.iter().enumerate() {
        let k = tails.partition_point(|&t| run[t].0 < j);
        if k > 0 {
            before[i] = Some(tails[k - 1]);
        }
        if k == tails.len() {
            tails.push(i);
        } else {
            tails[k] = i;
        }
    }
    let mut out = BTreeSet::new();
    let mut at = tails.last().copied();
    while let Some(i) = at {
        out.insert(run[i].1.to_owned());
        at = before[i];
    }
    out
}

/// A section's data without its id, title and text, for field comparison.
fn section_data(section: &Section) -> Value {
    let mut value = to_value(section);
    if let Some(map) = value.as_object_mut() {
        for key in ["id", "title", "text"] {
            map.remove(key);
        }
    }
    value
}

fn sections(old_agreement: &Agreement, new_agreement: &Agreement, ctx: &Ctx) -> Vec<SectionChange> {
    let (old, new) = (&old_agreement.sections, &new_agreement.sections);
    // Live references read as each version printed them.
    let (old_values, new_values) = (Values::of(old_agreement), Values::of(new_agreement));
    let old_by_id: BTreeMap<&str, (usize, &Section)> = old
        .iter()
        .enumerate()
        .map(|(i, s)| (s.id.0.as_str(), (i, s)))
        .collect();
    let new_ids: BTreeSet<&str> = new.iter().map(|s| s.id.0.as_str()).collect();
    let kept_old: Vec<&str> = old
        .iter()
        .map(|s| s.id.0.as_str())
        .filter(|id| new_ids.contains(id))
        .collect();
    let kept_new: Vec<&str> = new
        .iter()
        .map(|s| s.id.0.as_str())
        .filter(|id| old_by_id.contains_key(id))
        .collect();
    let still = unmoved(&kept_old, &kept_new);

    let mut out = Vec::new();
    let mut removed: Vec<(usize, SectionChange)> = old
        .iter()
        .enumerate()
        .filter(|(_, s)| !new_ids.contains(s.id.0.as_str()))
        .map(|(i, s)| {
            (
                i,
                SectionChange {
                    id: s.id.0.clone(),
                    title: s.title.clone(),
                    status: SectionStatus::Removed,
                    old_number: Some(count(i + 1)),
                    new_number: None,
                    moved: false,
                    old_title: None,
                    text: None,
                    fields: Vec::new(),
                },
            )
        })
        .collect();
    removed.reverse();
    for (j, section) in new.iter().enumerate() {
        // Removed sections go where they stood, before the section now at their place.
        while removed.last().is_some_and(|(i, _)| *i <= j) {
            if let Some((_, change)) = removed.pop() {
                out.push(change);
            }
        }
        let id = section.id.0.as_str();
        let change = match old_by_id.get(id) {
            None => SectionChange {
                id: id.to_owned(),
                title: section.title.clone(),
                status: SectionStatus::Added,
                old_number: None,
                new_number: Some(count(j + 1)),
                moved: false,
                old_title: None,
                text: None,
                fields: Vec::new(),
            },
            Some((i, before)) => {
                let change = SectionChange {
                    id: id.to_owned(),
                    title: section.title.clone(),
                    status: SectionStatus::Kept,
                    old_number: Some(count(i + 1)),
                    new_number: Some(count(j + 1)),
                    moved: !still.contains(id),
                    old_title: (before.title != section.title).then(|| before.title.clone()),
                    // Compared as the reader sees it: the tree's lines, without Markdown.
                    text: prose(
                        &tree::prose_lines(&before.text, Some(old_values)),
                        &tree::prose_lines(&section.text, Some(new_values)),
                    ),
                    fields: fields(&section_data(before), &section_data(section), "", "", ctx),
                };
                if !change.moved
                    && change.old_title.is_none()
                    && change.text.is_none()
                    && change.fields.is_empty()
                {
                    continue;
                }
                change
            }
        };
        out.push(change);
    }
    out.extend(removed.into_iter().rev().map(|(_, c)| c));
    out
}
