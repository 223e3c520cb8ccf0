//! Accepting or rejecting each change a comparison brings into the current draft, whatever its
//! source: an older revision, another file of the same agreement, or a Word file read back.
//!
//! The source is [`Incoming`]: its text (`theirs`) and, when known, the version both sides
//! started from (`common`). [`changes`] lists what the source changed since `common`, at the
//! grain a person decides on: a paragraph of prose (its word-level changes together), one
//! structured field, a section added, removed, renamed or moved, one field of the details, a
//! party or a glossary entry. Each change has a stable id and a state: it applies, it is already
//! in the draft, or it conflicts with what the draft changed since `common` (both are shown).
//! [`accept`] applies exactly one change into the draft (prose so that the draft's other edits
//! in the same text survive) and refuses a conflict, which [`take_theirs`] resolves by taking the
//! source's version; rejecting a change is not applying it.
//!
//! Everything works on the agreement as the file writes it (its JSON shape), with list items
//! found by their id or name rather than their place, so a change still finds its place after
//! others were accepted. The status, the warnings marked as considered and the history are the
//! draft's own and never come in.

use std::collections::{BTreeSet, HashMap};

use serde::{Deserialize, Serialize};
use serde_json::Value;
use similar::{Algorithm, DiffOp, capture_diff_slices};

use crate::Agreement;
use crate::diff::{self, Ctx, PartyNames, Words};
use crate::history::History;
use crate::lang::Locale;
use crate::messages;
use crate::workflow::{self, WorkflowError};

/// What a comparison brings in: the source's text, the version both sides started from when
/// known, and the source in words.
#[derive(Debug, Clone, PartialEq)]
pub struct Incoming {
    /// The source's version of the agreement.
    pub theirs: Agreement,
    /// The version the source and the draft both started from; none when unknown, and then
    /// the changes are what the source says differently from the draft.
    pub common: Option<Agreement>,
    /// The source in words, for the revision message ("Word-fil utkast-fk.docx (fra revisjon
    /// 3)", "revisjon 2").
    pub source: String,
}

impl Incoming {
    /// The same source with the draft as it is now as the common version when none is known:
    /// then each change keeps its id while others are accepted, and an accepted change shows
    /// as already in the draft. What the app keeps in its state.
    pub fn anchored(mut self, ours: &Agreement) -> Self {
        if self.common.is_none() {
            self.common = Some(content(ours));
        }
        self
    }

    /// What comparing two versions of the open agreement brings into the current draft
    /// (`ours`, with its history): between two revisions, the changes from the older to the
    /// newer; between a revision and the current text, what the revision says differently
    /// (accepting a change takes that revision's text back into the draft). None when both are
    /// the current text.
    pub fn from_revisions(
        ours: &Agreement,
        old: Option<u32>,
        new: Option<u32>,
        locale: Locale,
    ) -> Result<Option<Incoming>, WorkflowError> {
        let incoming = match (old, new) {
            (Some(old), Some(new)) => Incoming {
                theirs: workflow::at_revision(ours, new)?,
                common: Some(workflow::at_revision(ours, old)?),
                source: messages::merge_source_revisions(old, new, locale),
            },
            (Some(n), None) | (None, Some(n)) => Incoming {
                theirs: workflow::at_revision(ours, n)?,
                common: None,
                source: messages::merge_source_revision(n, locale),
            },
            (None, None) => return Ok(None),
        };
        Ok(Some(incoming.anchored(ours)))
    }

    /// What another file of the same agreement (`other`, named `name`) brings into the draft:
    /// the changes since the newest revision both files hold (the same hash), else what it
    /// says differently from the draft.
    pub fn from_file(ours: &Agreement, other: &Agreement, name: &str, locale: Locale) -> Incoming {
        let theirs: BTreeSet<&str> = (other.history.revisions.iter())
            .map(|r| r.hash.as_str())
            .collect();
        let shared = (ours.history.revisions.iter().rev())
            .find(|r| theirs.contains(r.hash.as_str()))
            .map(|r| r.number);
        let common = shared.and_then(|n| workflow::at_revision(ours, n).ok());
        Incoming {
            theirs: content(other),
            source: messages::merge_source_file(
                name,
                common.is_some().then_some(shared).flatten(),
                locale,
            ),
            common,
        }
        .anchored(ours)
    }

    /// The message a revision of the accepted changes is offered with.
    pub fn message(&self, locale: Locale) -> String {
        messages::merged_revision(&self.source, locale)
    }

    fn base<'a>(&'a self, ours: &'a Agreement) -> &'a Agreement {
        self.common.as_ref().unwrap_or(ours)
    }
}

/// What kind of change it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub enum ChangeKind {
    /// A paragraph of a section's text, word by word.
    Text,
    /// One field: of a structured clause, the details, a party or a glossary entry.
    Field,
    /// A section's title.
    Title,
    /// A section, party, glossary entry or list item the source added.
    Added,
    /// One the source removed.
    Removed,
    /// One the source moved.
    Moved,
}

/// Whether a change can be accepted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub enum ChangeState {
    /// Accepting it changes the draft.
    Applicable,
    /// The draft already says the same (the same change on both sides, or accepted already).
    Already,
    /// The draft changed the same text or field differently since the common version.
    Conflict,
}

/// One change the source brings.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct Change {
    /// Stable while changes are accepted: what [`accept`] takes.
    pub id: String,
    /// The id of the section it is in; none for the details, parties and glossary.
    #[cfg_attr(feature = "ts", ts(optional))]
    pub section: Option<String>,
    /// The section's title (the source's, or the common one when the source removed it).
    #[cfg_attr(feature = "ts", ts(optional))]
    pub place: Option<String>,
    /// What kind of change.
    pub kind: ChangeKind,
    /// What changed in words ("Møtearena «Styringsgruppe» › Hyppighet"); empty for a
    /// paragraph of text.
    pub label: String,
    /// The field's place in the file's terms, list items by their id or name; for a field.
    #[cfg_attr(feature = "ts", ts(optional))]
    pub path: Option<String>,
    /// What the source did, from the common version to its own, word by word.
    pub theirs: Vec<Words>,
    /// For a conflict: what the draft did to the same text or field since the common version.
    #[cfg_attr(feature = "ts", ts(optional))]
    pub ours: Option<Vec<Words>>,
    /// Whether it can be accepted.
    pub state: ChangeState,
}

/// Why a change could not be applied; the draft is unchanged.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MergeError {
    /// The source brings no change with this id.
    #[error("no change {0}")]
    NoSuchChange(String),
    /// The draft changed the same text or field differently: accepting it needs an explicit
    /// choice ([`take_theirs`]).
    #[error("change {0} conflicts with the draft")]
    Conflict(String),
    /// The draft no longer has the place the change goes (its section was removed).
    #[error("the draft no longer has the place of change {0}")]
    NoPlace(String),
    /// The result would not be a valid agreement (a section with two kinds of clause).
    #[error("the result does not fit the file format: {0}")]
    DoesNotFit(String),
}

/// The changes the source brings, relative to the common version (or to the draft when there
/// is none), each with its state against the draft; labels and values in `locale`.
pub fn changes(ours: &Agreement, incoming: &Incoming, locale: Locale) -> Vec<Change> {
    let base = incoming.base(ours);
    let (b, t, o) = (
        to_value(&content(base)),
        to_value(&content(&incoming.theirs)),
        to_value(&content(ours)),
    );
    let ctx = Ctx {
        names: PartyNames::new(&base.parties, &incoming.theirs.parties),
        locale,
    };
    plan(&b, &t, &ctx)
        .into_iter()
        .map(|p| {
            let (state, mine) = state(&p.op, &b, &t, &o, &ctx);
            Change {
                id: p.id,
                section: p.section,
                place: p.place,
                kind: p.kind,
                label: p.label,
                path: p.path,
                theirs: p.words,
                ours: (state == ChangeState::Conflict).then_some(mine),
                state,
            }
        })
        .collect()
}

/// The draft with exactly the change `id` applied; the draft as it is when the change is
/// already in it. A conflict is refused ([`MergeError::Conflict`]): see [`take_theirs`].
pub fn accept(
    ours: &Agreement,
    incoming: &Incoming,
    change_id: &str,
) -> Result<Agreement, MergeError> {
    apply(ours, incoming, change_id, false)
}

/// The draft with the source's version of the change `id`, also when the draft changed the
/// same text or field differently (the draft's change there is replaced): the user's explicit
/// "take theirs" for a conflict.
pub fn take_theirs(
    ours: &Agreement,
    incoming: &Incoming,
    change_id: &str,
) -> Result<Agreement, MergeError> {
    apply(ours, incoming, change_id, true)
}

fn apply(
    ours: &Agreement,
    incoming: &Incoming,
    change_id: &str,
    force: bool,
) -> Result<Agreement, MergeError> {
    let base = incoming.base(ours);
    let (b, t) = (
        to_value(&content(base)),
        to_value(&content(&incoming.theirs)),
    );
    let mut o = to_value(&content(ours));
    let ctx = Ctx {
        names: PartyNames::new(&base.parties, &incoming.theirs.parties),
        locale: Locale::En,
    };
    let planned = plan(&b, &t, &ctx)
        .into_iter()
        .find(|p| p.id == change_id)
        .ok_or_else(|| MergeError::NoSuchChange(change_id.to_owned()))?;
    let (state, _) = state(&planned.op, &b, &t, &o, &ctx);
    match state {
        ChangeState::Already => return Ok(ours.clone()),
        ChangeState::Conflict if !force => return Err(MergeError::Conflict(change_id.to_owned())),
        _ => {}
    }
    let no_place = || MergeError::NoPlace(change_id.to_owned());
    perform(&planned.op, &b, &t, &mut o, force).ok_or_else(no_place)?;
    let mut merged =
        Agreement::deserialize(&o).map_err(|e| MergeError::DoesNotFit(e.to_string()))?;
    merged.history = ours.history.clone();
    // The draft's follow-up log is not agreed text: no change of the source reaches it.
    merged.followup = ours.followup.clone();
    Ok(merged)
}

/// The agreement without its history, status and considered marks: what a change can touch.
fn content(a: &Agreement) -> Agreement {
    Agreement {
        format: a.format,
        meta: a.meta.clone(),
        parties: a.parties.clone(),
        sections: a.sections.clone(),
        glossary: a.glossary.clone(),
        considered: a.considered.clone(),
        followup: Vec::new(),
        history: History::default(),
    }
}

fn to_value<T: Serialize>(value: &T) -> Value {
    serde_json::to_value(value).unwrap_or(Value::Null)
}

// ---- addresses ----

/// One step into the file's shape: a key of an object, or an item of a list found by its key.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Step {
    Key(String),
    Item(ItemKey),
}

/// How a list item is found: by its id or name, or by its place where items have neither.
#[derive(Debug, Clone, PartialEq, Eq)]
enum ItemKey {
    Named(String),
    Index(usize),
}

fn address(at: &[Step]) -> String {
    let mut out = String::new();
    for step in at {
        match step {
            Step::Key(k) => {
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(k);
            }
            Step::Item(ItemKey::Named(n)) => {
                let escaped = n.replace('\\', "\\\\").replace(']', "\\]");
                out.push_str(&format!("[={escaped}]"));
            }
            Step::Item(ItemKey::Index(i)) => out.push_str(&format!("[#{i}]")),
        }
    }
    out
}

fn with(at: &[Step], step: Step) -> Vec<Step> {
    let mut v = at.to_vec();
    v.push(step);
    v
}

/// The key a list item is found by: its id, else its name.
fn key_of(item: &Value) -> Option<String> {
    item.get("id")
        .and_then(Value::as_str)
        .map(str::to_owned)
        .or_else(|| diff::item_name(item))
}

fn find(list: &[Value], key: &ItemKey) -> Option<usize> {
    match key {
        ItemKey::Named(n) => list
            .iter()
            .position(|v| key_of(v).as_deref() == Some(n.as_str())),
        ItemKey::Index(i) => (*i < list.len()).then_some(*i),
    }
}

/// The value at `at`; none when it is not there (a null counts as not there).
fn get<'a>(root: &'a Value, at: &[Step]) -> Option<&'a Value> {
    let mut node = root;
    for step in at {
        node = match step {
            Step::Key(k) => node.as_object()?.get(k)?,
            Step::Item(key) => {
                let list = node.as_array()?;
                &list[find(list, key)?]
            }
        };
    }
    (!node.is_null()).then_some(node)
}

fn get_mut<'a>(root: &'a mut Value, at: &[Step]) -> Option<&'a mut Value> {
    let mut node = root;
    for step in at {
        node = match step {
            Step::Key(k) => node.as_object_mut()?.get_mut(k)?,
            Step::Item(key) => {
                let at = find(node.as_array()?, key)?;
                node.as_array_mut()?.get_mut(at)?
            }
        };
    }
    Some(node)
}

// ---- planning: what the source changed ----

/// What applying a change does.
#[derive(Debug, Clone, PartialEq)]
enum Op {
    /// Sets (or, with none, removes) the value at an address.
    Set { at: Vec<Step>, value: Option<Value> },
    /// Inserts an item into a list, after the first of `after` the list has (at the start
    /// when none).
    Insert {
        list: Vec<Step>,
        key: ItemKey,
        after: Vec<ItemKey>,
    },
    /// Removes an item from a list.
    Remove { list: Vec<Step>, key: ItemKey },
    /// Moves an item of a list after the first of `after` the list has.
    Move {
        list: Vec<Step>,
        key: ItemKey,
        after: Vec<ItemKey>,
    },
    /// The changes to one line of a section's text (the line in the common version).
    Text { at: Vec<Step>, line: usize },
}

struct Planned {
    id: String,
    section: Option<String>,
    place: Option<String>,
    kind: ChangeKind,
    label: String,
    path: Option<String>,
    words: Vec<Words>,
    op: Op,
}

struct Planner<'a> {
    ctx: &'a Ctx,
    out: Vec<Planned>,
    /// The section being walked: its id and title.
    section: Option<(String, String)>,
}

impl Planner<'_> {
    fn push(&mut self, kind: ChangeKind, label: String, words: Vec<Words>, op: Op) {
        let (id, path) = match &op {
            Op::Set { at, .. } => (address(at), Some(address(at))),
            Op::Insert { list, key, .. } => (
                format!("{}+", address(&with(list, Step::Item(key.clone())))),
                None,
            ),
            Op::Remove { list, key } => (
                format!("{}-", address(&with(list, Step::Item(key.clone())))),
                None,
            ),
            Op::Move { list, key, .. } => (
                format!("{}~", address(&with(list, Step::Item(key.clone())))),
                None,
            ),
            Op::Text { at, line } => (format!("{}@{line}", address(at)), None),
        };
        let (section, place) = match &self.section {
            Some((id, title)) => (Some(id.clone()), Some(title.clone())),
            None => (None, None),
        };
        self.out.push(Planned {
            id,
            section,
            place,
            kind,
            label,
            path: path.filter(|_| kind == ChangeKind::Field),
            words,
            op,
        });
    }

    fn value_words(&self, key: &str, value: Option<&Value>) -> Option<String> {
        value.map(|v| diff::words(key, v, self.ctx))
    }

    fn set_words(&self, key: &str, before: Option<&Value>, after: Option<&Value>) -> Vec<Words> {
        let mut out = Vec::new();
        if let Some(b) = self.value_words(key, before).filter(|w| !w.is_empty()) {
            out.push(Words::Removed(b));
        }
        if let Some(a) = self.value_words(key, after).filter(|w| !w.is_empty()) {
            if !out.is_empty() {
                out.push(Words::Same(" ".into()));
            }
            out.push(Words::Added(a));
        }
        out
    }

    /// Two objects field by field, skipping `skip`.
    fn object(&mut self, b: &Value, t: &Value, at: &[Step], label: &str, skip: &[&str]) {
        let empty = serde_json::Map::new();
        let bm = b.as_object().unwrap_or(&empty);
        let tm = t.as_object().unwrap_or(&empty);
        let mut keys: Vec<&String> = tm.keys().collect();
        keys.extend(bm.keys().filter(|k| !tm.contains_key(*k)));
        for key in keys {
            if skip.contains(&key.as_str()) {
                continue;
            }
            let (bv, tv) = (
                bm.get(key).filter(|v| !v.is_null()),
                tm.get(key).filter(|v| !v.is_null()),
            );
            if bv == tv {
                continue;
            }
            let here = with(at, Step::Key(key.clone()));
            let key_label = diff::child_label(label, key, self.ctx.locale);
            match (bv, tv) {
                (Some(bo @ Value::Object(_)), Some(to @ Value::Object(_)))
                    if !diff::HOLDER_FIELDS.contains(&key.as_str()) && key != "cadence" =>
                {
                    self.object(bo, to, &here, &key_label, &[]);
                }
                (Some(Value::Array(bl)), Some(Value::Array(tl)))
                    if bl.iter().chain(tl).all(Value::is_object) =>
                {
                    self.list(bl, tl, &here, &key_label, key);
                }
                _ => {
                    let words = self.set_words(key, bv, tv);
                    self.push(
                        ChangeKind::Field,
                        key_label,
                        words,
                        Op::Set {
                            at: here,
                            value: tv.cloned(),
                        },
                    );
                }
            }
        }
    }

    /// Two lists of objects: items matched by their id or name (by place when they have
    /// none, or when names repeat and the lists are as long), else the list as one field.
    fn list(&mut self, b: &[Value], t: &[Value], at: &[Step], label: &str, field: &str) {
        let item_label = |item: &Value, place: usize| {
            let which = diff::item_name(item)
                .map_or_else(|| format!("{}", place + 1), |n| format!("«{n}»"));
            if label.is_empty() {
                which
            } else {
                format!("{label} {which}")
            }
        };
        let keys = |l: &[Value]| -> Option<Vec<String>> {
            let keys: Vec<String> = l.iter().map(key_of).collect::<Option<_>>()?;
            let unique: BTreeSet<&String> = keys.iter().collect();
            (unique.len() == keys.len()).then_some(keys)
        };
        let (Some(bk), Some(tk)) = (keys(b), keys(t)) else {
            if b.len() == t.len() {
                for (i, (bi, ti)) in b.iter().zip(t).enumerate() {
                    if bi != ti {
                        let here = with(at, Step::Item(ItemKey::Index(i)));
                        self.object(bi, ti, &here, &item_label(ti, i), &[]);
                    }
                }
            } else {
                let (bv, tv) = (Value::Array(b.to_vec()), Value::Array(t.to_vec()));
                let words = self.set_words(field, Some(&bv), Some(&tv));
                self.push(
                    ChangeKind::Field,
                    label.to_owned(),
                    words,
                    Op::Set {
                        at: at.to_vec(),
                        value: Some(tv),
                    },
                );
            }
            return;
        };
        let is_sections = at == [Step::Key("sections".into())];
        let kept_b: Vec<&str> = bk
            .iter()
            .filter(|k| tk.contains(k))
            .map(String::as_str)
            .collect();
        let kept_t: Vec<&str> = tk
            .iter()
            .filter(|k| bk.contains(k))
            .map(String::as_str)
            .collect();
        let still = diff::unmoved(&kept_b, &kept_t);
        for (j, (key, item)) in tk.iter().zip(t).enumerate() {
            let named = ItemKey::Named(key.clone());
            let after: Vec<ItemKey> = tk[..j]
                .iter()
                .rev()
                .map(|k| ItemKey::Named(k.clone()))
                .collect();
            if is_sections {
                let title = item
                    .get("title")
                    .and_then(Value::as_str)
                    .unwrap_or_default();
                self.section = Some((key.clone(), title.to_owned()));
            }
            match bk.iter().position(|k| k == key) {
                None => {
                    let words = vec![Words::Added(self.item_words(field, item))];
                    self.push(
                        ChangeKind::Added,
                        item_label(item, j),
                        words,
                        Op::Insert {
                            list: at.to_vec(),
                            key: named,
                            after,
                        },
                    );
                }
                Some(i) => {
                    if !still.contains(key.as_str()) {
                        self.push(
                            ChangeKind::Moved,
                            item_label(item, j),
                            Vec::new(),
                            Op::Move {
                                list: at.to_vec(),
                                key: named.clone(),
                                after,
                            },
                        );
                    }
                    let here = with(at, Step::Item(named));
                    if is_sections {
                        self.section_fields(&b[i], item, &here);
                    } else if b[i] != *item {
                        self.object(&b[i], item, &here, &item_label(item, j), &[]);
                    }
                }
            }
            if is_sections {
                self.section = None;
            }
        }
        for (i, (key, item)) in bk.iter().zip(b).enumerate() {
            if !tk.contains(key) {
                if is_sections {
                    let title = item
                        .get("title")
                        .and_then(Value::as_str)
                        .unwrap_or_default();
                    self.section = Some((key.clone(), title.to_owned()));
                }
                let words = vec![Words::Removed(self.item_words(field, item))];
                self.push(
                    ChangeKind::Removed,
                    item_label(item, i),
                    words,
                    Op::Remove {
                        list: at.to_vec(),
                        key: ItemKey::Named(key.clone()),
                    },
                );
                if is_sections {
                    self.section = None;
                }
            }
        }
    }

    /// An item in words: a section by its title, others field by field.
    fn item_words(&self, field: &str, item: &Value) -> String {
        if field == "sections" {
            return item
                .get("title")
                .and_then(Value::as_str)
                .unwrap_or_default()
                .to_owned();
        }
        diff::words(field, item, self.ctx)
    }

    /// A section kept by the source: its title, its text paragraph by paragraph, its fields.
    fn section_fields(&mut self, b: &Value, t: &Value, at: &[Step]) {
        let (bt, tt) = (b.get("title"), t.get("title"));
        if bt != tt {
            let words = self.set_words("title", bt, tt);
            self.push(
                ChangeKind::Title,
                messages::field_name("title", self.ctx.locale),
                words,
                Op::Set {
                    at: with(at, Step::Key("title".into())),
                    value: tt.cloned(),
                },
            );
        }
        let text = |v: &Value| {
            v.get("text")
                .and_then(Value::as_str)
                .unwrap_or_default()
                .to_owned()
        };
        let (btext, ttext) = (text(b), text(t));
        if btext != ttext {
            let here = with(at, Step::Key("text".into()));
            let base = tokens(&btext);
            let hunks = significant(&base, hunks(&base, &tokens(&ttext)));
            let mut lines: Vec<usize> = hunks.iter().map(|h| line_of(&base, h.s)).collect();
            lines.dedup();
            for line in lines {
                let group: Vec<&Hunk> = hunks
                    .iter()
                    .filter(|h| line_of(&base, h.s) == line)
                    .collect();
                let words = shown(&base, &group);
                self.push(
                    ChangeKind::Text,
                    String::new(),
                    words,
                    Op::Text {
                        at: here.clone(),
                        line,
                    },
                );
            }
        }
        self.object(b, t, at, "", &["id", "title", "text"]);
    }
}

/// The source's changes in order: the details, the parties, the sections (in the source's
/// order, removed ones last), the glossary. Ids made unique.
fn plan(b: &Value, t: &Value, ctx: &Ctx) -> Vec<Planned> {
    let mut p = Planner {
        ctx,
        out: Vec::new(),
        section: None,
    };
    let empty = Value::Null;
    let part = |v: &'_ Value, k: &str| v.get(k).cloned().unwrap_or(empty.clone());
    let l = ctx.locale;
    p.object(
        &part(b, "meta"),
        &part(t, "meta"),
        &[Step::Key("meta".into())],
        "",
        &["status"],
    );
    for (key, label) in [
        ("parties", messages::field_name("party", l)),
        ("sections", String::new()),
        ("glossary", messages::field_name("term", l)),
    ] {
        let (bv, tv) = (part(b, key), part(t, key));
        if bv == tv {
            continue;
        }
        let list = |v: &Value| v.as_array().cloned().unwrap_or_default();
        p.list(
            &list(&bv),
            &list(&tv),
            &[Step::Key(key.into())],
            &label,
            key,
        );
    }
    let mut seen: HashMap<String, usize> = HashMap::new();
    for planned in &mut p.out {
        let n = seen.entry(planned.id.clone()).or_insert(0);
        if *n > 0 {
            planned.id = format!("{}#{n}", planned.id);
        }
        *n += 1;
    }
    p.out
}

// ---- state and application ----

fn state(op: &Op, b: &Value, t: &Value, o: &Value, ctx: &Ctx) -> (ChangeState, Vec<Words>) {
    use ChangeState::{Already, Applicable, Conflict};
    let key_name = |at: &[Step]| match at.last() {
        Some(Step::Key(k)) => k.clone(),
        _ => String::new(),
    };
    let words = |key: &str, before: Option<&Value>, after: Option<&Value>| {
        let p = Planner {
            ctx,
            out: Vec::new(),
            section: None,
        };
        p.set_words(key, before, after)
    };
    match op {
        Op::Set { at, value } => {
            let (bv, ov) = (get(b, at), get(o, at));
            let parent_gone = at.len() > 1 && get(o, &at[..at.len() - 1]).is_none();
            if ov == value.as_ref() {
                (Already, Vec::new())
            } else if ov == bv && !parent_gone {
                (Applicable, Vec::new())
            } else {
                let key = key_name(at);
                (Conflict, words(&key, bv, ov))
            }
        }
        Op::Insert { list, key, .. } => {
            let here = with(list, Step::Item(key.clone()));
            let (tv, ov) = (get(t, &here), get(o, &here));
            match ov {
                None if get(o, list).is_some() || get(b, list).is_none() => {
                    (Applicable, Vec::new())
                }
                None => (Conflict, words(&key_name(list), get(b, list), None)),
                Some(v) if Some(v) == tv => (Already, Vec::new()),
                Some(v) => (Conflict, words(&key_name(list), None, Some(v))),
            }
        }
        Op::Remove { list, key } => {
            let here = with(list, Step::Item(key.clone()));
            match (get(b, &here), get(o, &here)) {
                (_, None) => (Already, Vec::new()),
                (bv, Some(ov)) if bv == Some(ov) => (Applicable, Vec::new()),
                (bv, ov) => (Conflict, words(&key_name(list), bv, ov)),
            }
        }
        Op::Move { list, key, after } => {
            let Some(items) = get(o, list).and_then(Value::as_array) else {
                return (Conflict, Vec::new());
            };
            let Some(at) = find(items, key) else {
                let gone = get(b, &with(list, Step::Item(key.clone())));
                return (Conflict, words(&key_name(list), gone, None));
            };
            let wanted = after.iter().find_map(|k| find(items, k));
            let before = at.checked_sub(1);
            if wanted == before {
                (Already, Vec::new())
            } else {
                (Applicable, Vec::new())
            }
        }
        Op::Text { at, line } => {
            let section = &at[..at.len() - 1];
            if get(o, section).is_none() {
                return (Conflict, Vec::new());
            }
            let merge = Prose::of(at, *line, b, t, o);
            let base = &merge.base;
            if merge.clusters.iter().any(|c| c.applied.is_none()) {
                let mut mine: Vec<&Hunk> = (merge.clusters.iter())
                    .filter(|c| c.applied.is_none())
                    .flat_map(|c| c.ours.iter().map(|&i| &merge.ours[i]))
                    .collect();
                mine.sort_by_key(|h| h.s);
                (Conflict, shown(base, &mine))
            } else if merge.clean.is_empty()
                && merge.clusters.iter().all(|c| {
                    let applied = c.applied.as_deref().unwrap_or_default();
                    c.in_group.iter().zip(applied).all(|(g, a)| !g || *a)
                })
            {
                (Already, Vec::new())
            } else {
                (Applicable, Vec::new())
            }
        }
    }
}

/// Applies a change to the draft's value; none when its place is not there.
fn perform(op: &Op, b: &Value, t: &Value, o: &mut Value, force: bool) -> Option<()> {
    match op {
        Op::Set { at, value } => {
            let (last, parent) = at.split_last()?;
            let node = get_mut(o, parent)?;
            match (last, value) {
                (Step::Key(k), Some(v)) => {
                    node.as_object_mut()?.insert(k.clone(), v.clone());
                }
                (Step::Key(k), None) => {
                    node.as_object_mut()?.remove(k);
                }
                (Step::Item(key), Some(v)) => {
                    let list = node.as_array_mut()?;
                    let i = find(list, key)?;
                    list[i] = v.clone();
                }
                (Step::Item(_), None) => return None,
            }
        }
        Op::Insert { list, key, after } => {
            let value = get(t, &with(list, Step::Item(key.clone())))?.clone();
            if get(o, list).is_none() {
                let (Step::Key(k), parent) = list.split_last()? else {
                    return None;
                };
                get_mut(o, parent)?
                    .as_object_mut()?
                    .insert(k.clone(), Value::Array(Vec::new()));
            }
            let items = get_mut(o, list)?.as_array_mut()?;
            if let Some(i) = find(items, key) {
                // Only when taking theirs over the draft's own item of that name.
                items[i] = value;
            } else {
                let at = after
                    .iter()
                    .find_map(|k| find(items, k))
                    .map_or(0, |i| i + 1);
                items.insert(at, value);
            }
        }
        Op::Remove { list, key } => {
            let items = get_mut(o, list)?.as_array_mut()?;
            if let Some(i) = find(items, key) {
                items.remove(i);
            }
        }
        Op::Move { list, key, after } => {
            let items = get_mut(o, list)?.as_array_mut()?;
            let item = match find(items, key) {
                Some(i) => items.remove(i),
                None if force => get(t, &with(list, Step::Item(key.clone())))?.clone(),
                None => return None,
            };
            let at = after
                .iter()
                .find_map(|k| find(items, k))
                .map_or(0, |i| i + 1);
            items.insert(at, item);
        }
        Op::Text { at, line } => {
            let woven = Prose::of(at, *line, b, t, o).woven(force);
            let (last, parent) = at.split_last()?;
            let Step::Key(k) = last else { return None };
            let node = get_mut(o, parent)?.as_object_mut()?;
            if woven.is_empty() {
                node.remove(k);
            } else {
                node.insert(k.clone(), Value::String(woven));
            }
        }
    }
    Some(())
}

// ---- prose ----

/// A stretch of the common text's tokens `s..e` replaced by `with`.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Hunk {
    s: usize,
    e: usize,
    with: Vec<String>,
}

/// A text as runs of whitespace and runs of anything else; together they are the text.
fn tokens(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut last: Option<bool> = None;
    for c in text.chars() {
        let ws = c.is_whitespace();
        match out.last_mut() {
            Some(t) if last == Some(ws) => t.push(c),
            _ => out.push(c.to_string()),
        }
        last = Some(ws);
    }
    out
}

/// Where `other` differs from `base`, token by token: the stretches between the runs both
/// share, so neighbouring changes are one hunk.
fn hunks(base: &[String], other: &[String]) -> Vec<Hunk> {
    let mut out: Vec<Hunk> = Vec::new();
    let (mut old_at, mut new_at) = (0, 0);
    let mut gap = |old_end: usize, new_end: usize, old_at: usize, new_at: usize| {
        if old_end > old_at || new_end > new_at {
            out.push(Hunk {
                s: old_at,
                e: old_end,
                with: other[new_at..new_end].to_vec(),
            });
        }
    };
    for op in capture_diff_slices(Algorithm::Myers, base, other) {
        if let DiffOp::Equal {
            old_index,
            new_index,
            len,
        } = op
        {
            gap(old_index, new_index, old_at, new_at);
            old_at = old_index + len;
            new_at = new_index + len;
        }
    }
    gap(base.len(), other.len(), old_at, new_at);
    out
}

fn newlines(tokens: &[String]) -> usize {
    tokens.iter().map(|t| t.matches('\n').count()).sum()
}

/// The hunks that change more than whitespace within a line (a reflowed line is no change).
fn significant(base: &[String], hunks: Vec<Hunk>) -> Vec<Hunk> {
    let blank = |ts: &[String]| ts.iter().all(|t| t.trim().is_empty());
    hunks
        .into_iter()
        .filter(|h| {
            let old = &base[h.s..h.e];
            !(blank(old) && blank(&h.with) && newlines(old) == newlines(&h.with))
        })
        .collect()
}

/// The line of the common text a token starts on.
fn line_of(base: &[String], at: usize) -> usize {
    newlines(&base[..at.min(base.len())])
}

/// Whether a hunk touches the stretch `s..e` or lies within `near` tokens of it.
fn close(s: usize, e: usize, m: &Hunk, near: usize) -> bool {
    let span = Hunk {
        s,
        e,
        with: Vec::new(),
    };
    touches(&span, m) || (near > 0 && m.s <= e + near && s <= m.e + near)
}

/// Whether two hunks of the same common text change the same stretch (or insert at the same
/// place, or one inserts inside the other's stretch).
fn touches(a: &Hunk, b: &Hunk) -> bool {
    (a.s < b.e && b.s < a.e)
        || (a.s == b.s)
        || (a.s == a.e && b.s <= a.s && a.s <= b.e)
        || (b.s == b.e && a.s <= b.s && b.s <= a.e)
}

/// The lines the hunks are on, word by word: the common text with the hunks shown.
fn shown(base: &[String], hunks: &[&Hunk]) -> Vec<Words> {
    let (Some(first), Some(last)) = (hunks.first(), hunks.last()) else {
        return Vec::new();
    };
    let start = base[..first.s]
        .iter()
        .rposition(|t| t.contains('\n'))
        .map_or(0, |i| i + 1);
    let end = base[last.e..]
        .iter()
        .position(|t| t.contains('\n'))
        .map_or(base.len(), |i| last.e + i);
    let mut out: Vec<Words> = Vec::new();
    let mut push = |w: Words| match (out.last_mut(), w) {
        (Some(Words::Same(a)), Words::Same(b))
        | (Some(Words::Added(a)), Words::Added(b))
        | (Some(Words::Removed(a)), Words::Removed(b)) => a.push_str(&b),
        (_, w) => {
            let empty =
                matches!(&w, Words::Same(t) | Words::Added(t) | Words::Removed(t) if t.is_empty());
            if !empty {
                out.push(w);
            }
        }
    };
    let mut p = start;
    for h in hunks {
        push(Words::Same(base[p..h.s.max(p)].concat()));
        push(Words::Removed(base[h.s..h.e].concat()));
        push(Words::Added(h.with.concat()));
        p = h.e.max(p);
    }
    push(Words::Same(base[p..end.max(p)].concat()));
    out
}

/// One line's changes from the source set against the draft's text.
struct Prose {
    /// The common text's tokens.
    base: Vec<String>,
    /// The draft's hunks against the common text, all of them.
    ours: Vec<Hunk>,
    /// The line's hunks no hunk of the draft touches: they apply as they are.
    clean: Vec<Hunk>,
    /// Where the line's hunks meet the draft's.
    clusters: Vec<Cluster>,
}

/// A stretch of the common text where the source's and the draft's hunks touch.
struct Cluster {
    s: usize,
    e: usize,
    /// The source's (significant) hunks in it, in order.
    hunks: Vec<Hunk>,
    /// Which of them are on the line being decided.
    in_group: Vec<bool>,
    /// The draft's hunks in it, by place in [`Prose::ours`].
    ours: Vec<usize>,
    /// Which of the source's hunks the draft's text there already has: the draft reads as
    /// the common text with those applied. None when it reads otherwise: a conflict.
    applied: Option<Vec<bool>>,
}

impl Prose {
    fn of(at: &[Step], line: usize, b: &Value, t: &Value, o: &Value) -> Prose {
        let text = |v: &Value| get(v, at).and_then(Value::as_str).unwrap_or("").to_owned();
        let base = tokens(&text(b));
        let theirs = significant(&base, hunks(&base, &tokens(&text(t))));
        let ours_tokens = tokens(&text(o));
        let ours = hunks(&base, &ours_tokens);
        let mut used_ours = vec![false; ours.len()];
        let mut used_theirs = vec![false; theirs.len()];
        let mut clean = Vec::new();
        let mut clusters = Vec::new();
        for (k, h) in theirs.iter().enumerate() {
            if used_theirs[k] || line_of(&base, h.s) != line {
                continue;
            }
            used_theirs[k] = true;
            if !ours.iter().any(|m| touches(h, m)) {
                clean.push(h.clone());
                continue;
            }
            // Grow the stretch by every hunk of either side that touches it; where the two
            // sides' diffs line up the same words differently, by the hunks near it too.
            let mut found = None;
            for near in [0, 2, 4, 8, 16] {
                let (mut uo, mut ut) = (used_ours.clone(), used_theirs.clone());
                let (mut s, mut e) = (h.s, h.e);
                let mut mine = vec![k];
                let mut drafts = Vec::new();
                let mut grew = true;
                while grew {
                    grew = false;
                    for (i, m) in ours.iter().enumerate() {
                        if !uo[i] && close(s, e, m, near) {
                            uo[i] = true;
                            drafts.push(i);
                            (s, e, grew) = (s.min(m.s), e.max(m.e), true);
                        }
                    }
                    for (j, m) in theirs.iter().enumerate() {
                        if !ut[j] && close(s, e, m, near) {
                            ut[j] = true;
                            mine.push(j);
                            (s, e, grew) = (s.min(m.s), e.max(m.e), true);
                        }
                    }
                }
                mine.sort_unstable();
                drafts.sort_unstable();
                let hunks: Vec<Hunk> = mine.iter().map(|&j| theirs[j].clone()).collect();
                // The draft's text over the stretch.
                let delta = |m: &Hunk| m.with.len() as isize - (m.e - m.s) as isize;
                let shift = |p: usize, end: bool| -> usize {
                    let d: isize = (ours.iter())
                        .filter(|m| m.e <= p && (end || m.s < p))
                        .map(delta)
                        .sum();
                    p.saturating_add_signed(d)
                };
                let (os, oe) = (shift(s, false), shift(e, true));
                let drafted = ours_tokens
                    .get(os..oe.max(os))
                    .map(<[String]>::concat)
                    .unwrap_or_default();
                let applied = choose(&base, s, e, &hunks, &drafted);
                let done = applied.is_some() || near == 16;
                found = Some((s, e, hunks, drafts, applied, uo, ut));
                if done {
                    break;
                }
            }
            let Some((s, e, hunks, theirs_in, applied, uo, ut)) = found else {
                continue;
            };
            (used_ours, used_theirs) = (uo, ut);
            let in_group = hunks.iter().map(|h| line_of(&base, h.s) == line).collect();
            clusters.push(Cluster {
                s,
                e,
                hunks,
                in_group,
                ours: theirs_in,
                applied,
            });
        }
        Prose {
            base,
            ours,
            clean,
            clusters,
        }
    }

    /// The draft's text with the line's hunks applied; `force` takes the source's text over
    /// a conflicting stretch.
    fn woven(&self, force: bool) -> String {
        let base = &self.base;
        let mut regions: Vec<(usize, usize, String)> = Vec::new();
        let mut used = vec![false; self.ours.len()];
        for h in &self.clean {
            regions.push((h.s, h.e, h.with.concat()));
        }
        for c in &self.clusters {
            let take: Vec<bool> = match &c.applied {
                Some(applied) => applied
                    .iter()
                    .zip(&c.in_group)
                    .map(|(a, g)| *a || *g)
                    .collect(),
                None if force => vec![true; c.hunks.len()],
                None => continue,
            };
            for &i in &c.ours {
                used[i] = true;
            }
            regions.push((c.s, c.e, with_hunks(base, c.s, c.e, &c.hunks, &take)));
        }
        regions.sort_by_key(|r| (r.0, r.1));
        let mut out = String::new();
        let (mut p, mut next_region, mut next_ours) = (0, 0, 0);
        loop {
            if let Some((s, e, text)) = regions.get(next_region)
                && *s == p
            {
                out.push_str(text);
                p = *e;
                next_region += 1;
                continue;
            }
            while next_ours < self.ours.len() && (used[next_ours] || self.ours[next_ours].s < p) {
                next_ours += 1;
            }
            if let Some(o) = self.ours.get(next_ours)
                && o.s == p
            {
                out.push_str(&o.with.concat());
                p = o.e;
                next_ours += 1;
                continue;
            }
            if p >= base.len() {
                break;
            }
            out.push_str(&base[p]);
            p += 1;
        }
        out
    }
}

/// The common text over `s..e` with the hunks marked in `take` applied.
fn with_hunks(base: &[String], s: usize, e: usize, hunks: &[Hunk], take: &[bool]) -> String {
    let mut out = String::new();
    let mut q = s;
    for (h, t) in hunks.iter().zip(take) {
        if !t {
            continue;
        }
        out.push_str(&base[q..h.s.max(q)].concat());
        out.push_str(&h.with.concat());
        q = h.e.max(q);
    }
    out.push_str(&base[q..e.max(q)].concat());
    out
}

/// Which of the hunks, applied to the common text over `s..e`, give `drafted`; none when no
/// choice does. Each hunk is either in the text or not, found left to right.
fn choose(base: &[String], s: usize, e: usize, hunks: &[Hunk], drafted: &str) -> Option<Vec<bool>> {
    let fits = |p: usize, piece: &str| drafted.get(p..).is_some_and(|r| r.starts_with(piece));
    // layers[k]: where the draft's text can stand after hunk k, with where it stood before the
    // common text leading to it and whether the hunk was taken.
    let mut layers: Vec<HashMap<usize, (usize, bool)>> = Vec::new();
    let mut q = s;
    for h in hunks {
        let starts: Vec<usize> = match layers.last() {
            Some(layer) => layer.keys().copied().collect(),
            None => vec![0],
        };
        let gap = base[q..h.s.max(q)].concat();
        let mut next: HashMap<usize, (usize, bool)> = HashMap::new();
        for start in starts.into_iter().filter(|&p| fits(p, &gap)) {
            let p = start + gap.len();
            for (taken, piece) in [(false, base[h.s..h.e].concat()), (true, h.with.concat())] {
                if fits(p, &piece) {
                    next.entry(p + piece.len()).or_insert((start, taken));
                }
            }
        }
        layers.push(next);
        q = h.e.max(q);
    }
    let tail = base[q..e.max(q)].concat();
    let starts: Vec<usize> = match layers.last() {
        Some(layer) => layer.keys().copied().collect(),
        None => vec![0],
    };
    let mut at = starts
        .into_iter()
        .find(|&p| fits(p, &tail) && p + tail.len() == drafted.len())?;
    let mut out = vec![false; hunks.len()];
    for k in (0..hunks.len()).rev() {
        let (before, taken) = *layers[k].get(&at)?;
        out[k] = taken;
        at = before;
    }
    Some(out)
}
