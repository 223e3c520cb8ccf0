//! The agreement open in the editor: the one copy of it, its file, whether it is saved, and
//! undo/redo as inverse edits.
//!
//! The editor sends small [`Edit`]s (a field path and a value; insert, remove or move an item
//! of a list) and never a whole agreement. Each edit applied gives back its inverse, which is
//! what undo applies; typing in one field within a second is one undo step. Saving a revision,
//! restoring one and renewing the agreement are not edits: they go through the history
//! ([`crate::workflow`]) and afterwards undo reaches only edits made after them, so a saved
//! revision can never be undone away.
//!
//! Time is passed in (milliseconds from any fixed point); this module never reads the clock
//! and never touches a file.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::agreement::{Agreement, Period, Status};
use crate::catalog;
use crate::check::{self, CheckCache, CheckOptions, Diagnostic, considered};
use crate::fix::{self, Fix};
use crate::history::{History, RevisionInfo, Timestamp};
use crate::lang::Locale;
use crate::messages;
use crate::reminders::{self, Reminder};
use crate::render::html;
use crate::renew::{self, MoveError, Moved};
use crate::template::TemplateSet;
use crate::workflow::{self, Committed, WorkflowError};

/// Typing in one field within this many milliseconds of the last keystroke is one undo step.
pub const COALESCE_MS: i64 = 1000;
/// How many undo steps are kept.
pub const MAX_UNDO: usize = 200;

/// One change to the open agreement, addressed by the field paths the checks use
/// (`sections[3].meetings[0].cadence`; the empty path is the whole agreement without its
/// history).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "op", rename_all = "snake_case", deny_unknown_fields)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub enum Edit {
    /// Sets the value at `path`, making the objects on the way. Null, or an emptied text or
    /// list, removes an optional field; an emptied required text stays as empty text.
    Set {
        /// Where.
        path: String,
        /// The new value, as the file format writes it.
        #[cfg_attr(feature = "ts", ts(type = "unknown"))]
        value: Value,
    },
    /// Inserts `value` at `index` into the list at `path` (made when missing).
    Insert {
        /// The list.
        path: String,
        /// Where in it (at most its length).
        index: usize,
        /// The new item.
        #[cfg_attr(feature = "ts", ts(type = "unknown"))]
        value: Value,
    },
    /// Removes the item at `index` from the list at `path`; an emptied optional list goes.
    Remove {
        /// The list.
        path: String,
        /// Which item.
        index: usize,
    },
    /// Moves an item of the list at `path` from one place to another.
    Move {
        /// The list.
        path: String,
        /// The item's place now.
        from: usize,
        /// Its place afterwards.
        to: usize,
    },
    /// Inserts the section a clause template makes at `index` of the sections.
    AddSection {
        /// The template's id.
        template: String,
        /// Where (at most the number of sections).
        index: usize,
    },
    /// Applies a fix a diagnostic carries.
    ApplyFix {
        /// The fix.
        fix: Fix,
    },
    /// Marks a warning as considered, with a reason (`check::considered`).
    Consider {
        /// The warning, as the checks gave it.
        diagnostic: crate::check::Diagnostic,
        /// Why it does not apply, or what was weighed.
        reason: String,
    },
    /// Takes a warning's mark as considered away: it is an open warning again.
    Unconsider {
        /// The warning, as the checks gave it.
        diagnostic: crate::check::Diagnostic,
    },
}

/// Why an edit was refused; the document is unchanged.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EditError {
    /// The path names nothing that can hold the value (a missing list item, a text where an
    /// object was expected).
    #[error("no such place: {0}")]
    NoSuchPlace(String),
    /// The value does not fit the field (a text where a number belongs, an unknown status).
    #[error("value does not fit {path}: {detail}")]
    DoesNotFit {
        /// The field.
        path: String,
        /// What the file format said.
        detail: String,
    },
    /// No clause template has this id.
    #[error("unknown template {0}")]
    UnknownTemplate(String),
    /// The diagnostic cannot be marked as considered (an error, or no reason).
    #[error(transparent)]
    Consider(#[from] crate::check::considered::ConsiderError),
}

/// Where the open document stands, for the title bar, the undo buttons and the history panel.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct DocumentState {
    /// The agreement's title.
    pub title: String,
    /// The file, once the agreement has one.
    #[cfg_attr(feature = "ts", ts(optional))]
    pub path: Option<String>,
    /// Whether there are changes not written to the file.
    pub unsaved: bool,
    /// Whether undo has a step to take back.
    pub can_undo: bool,
    /// Whether redo has a step to take again.
    pub can_redo: bool,
    /// How many revisions the history holds.
    pub revisions: u32,
    /// The newest revision, when it is signed or later: its content is locked, and changes
    /// become a new draft.
    #[cfg_attr(feature = "ts", ts(optional))]
    pub locked: Option<LockedRevision>,
    /// The statuses a revision saved now may take (the workflow's next steps from the newest
    /// revision's status, that status itself included).
    pub next_statuses: Vec<Status>,
    /// Whether the agreement may be registered as signed (or in force) in one step: it has
    /// never been signed in Avtale ([`crate::signing::can_register`]).
    pub can_register: bool,
    /// The parties that sign, in order (none without a signatures clause): whose date and
    /// place a registration asks for.
    pub signers: Vec<crate::agreement::PartyId>,
}

/// What the editor shows after a change, in one reply: the state for the title bar and the
/// buttons, the checks' findings, the agreement rendered, what is coming up, and the content
/// when it changed in a way the editor did not make itself (undo, a new section, a revision).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct Screen {
    /// Where the document stands.
    pub state: DocumentState,
    /// What the checks found, in the user's language.
    pub diagnostics: Vec<Diagnostic>,
    /// The agreement rendered by the core (all agreement text escaped).
    pub html: String,
    /// What is late (measures, evaluations, reports, contacts to confirm, a changed signatory:
    /// `followup::overview::looking_back`), then evaluations, the notice deadline and the end
    /// of the period in the next 90 days.
    pub reminders: Vec<Reminder>,
    /// The agreement without its history, when the editor must take it as it is now.
    #[cfg_attr(feature = "ts", ts(optional))]
    pub content: Option<Agreement>,
    /// The window title: the agreement's title, marked while there are unsaved changes. For
    /// the shell, which sets it; not sent to the page.
    #[serde(skip)]
    pub window_title: String,
    /// The form each section is edited with, in section order ([`catalog::form_kind`]).
    pub section_kinds: Vec<crate::agreement::ClauseKind>,
    /// The live references the editor's «Sett inn» menu offers, with what they show now.
    pub references: Vec<crate::reference::Choice>,
    /// Each section's text cut into words and references (shown as their values), in section
    /// order; none for a text without references, which the editor shows as it is.
    pub pieces: Vec<Option<Vec<crate::reference::Piece>>>,
}

/// What moving every date with a change of the period would move, for the editor to offer
/// before it does ([`OpenDocument::period_move`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct PeriodMove {
    /// How far the dates move, in words ("6 år tilbake").
    pub step: String,
    /// What would move, the title first, then the dates in reading order; the period itself,
    /// already changed, is not among them. Empty when nothing would move.
    pub moves: Vec<MoveLine>,
}

/// One thing that moves with the period, in words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct MoveLine {
    /// The field's path (`meta.title`, `sections[6].goals[0].deadline`).
    pub field: String,
    /// Where it is: "Mål › «Flere fullfører» › Frist".
    pub place: String,
    /// What it says now.
    pub from: String,
    /// What it will say.
    pub to: String,
    /// Said beside it, when it lands after the period's end.
    #[cfg_attr(feature = "ts", ts(optional))]
    pub note: Option<String>,
}

/// A signed (or later) revision whose content is locked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct LockedRevision {
    /// Its number.
    pub number: u32,
    /// Its status.
    pub status: Status,
}

/// One undo (or redo) step: the edits that take it back, in the order to apply them.
#[derive(Debug, Clone)]
struct Step {
    id: u64,
    edits: Vec<Edit>,
}

/// The agreement being edited, with its file and its undo history.
#[derive(Debug, Clone)]
pub struct OpenDocument {
    agreement: Agreement,
    path: Option<PathBuf>,
    undo: Vec<Step>,
    redo: Vec<Step>,
    /// The state with an empty undo stack (after opening, or after a revision was saved).
    base: u64,
    /// The state that is on disk; none when nothing is.
    saved: Option<u64>,
    next_id: u64,
    /// The field path and time of the last edit that can merge with the next.
    last: Option<(String, i64)>,
    /// What the checks read from each section, so a keystroke re-reads only its section.
    checks: CheckCache,
    /// Whether a follow-up entry was recorded since the last save (it is not an undo step).
    recorded: bool,
}

impl OpenDocument {
    /// Opens an agreement; `saved` says whether it is what the file at `path` holds.
    pub fn new(agreement: Agreement, path: Option<PathBuf>, saved: bool) -> Self {
        Self {
            agreement,
            path,
            undo: Vec::new(),
            redo: Vec::new(),
            base: 0,
            saved: saved.then_some(0),
            next_id: 1,
            last: None,
            checks: CheckCache::default(),
            recorded: false,
        }
    }

    /// The agreement, history included.
    pub fn agreement(&self) -> &Agreement {
        &self.agreement
    }

    /// The agreement without its history: what the editor shows.
    pub fn content(&self) -> Agreement {
        without_history(&self.agreement)
    }

    /// The file, once the agreement has one.
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    fn current(&self) -> u64 {
        self.undo.last().map_or(self.base, |s| s.id)
    }

    /// Whether there are changes not written to the file.
    pub fn unsaved(&self) -> bool {
        self.recorded || self.saved != Some(self.current())
    }

    /// Records a follow-up entry (a measure's status, a figure, a meeting held): kept in the
    /// file, outside the agreed text, so no revision is made and undo does not take it back.
    pub fn record(&mut self, entry: crate::followup::Entry) {
        self.agreement.record(entry);
        self.recorded = true;
    }

    /// Records that the agreement as it is now was written to `path`.
    pub fn mark_saved(&mut self, path: PathBuf) {
        self.path = Some(path);
        self.saved = Some(self.current());
        self.recorded = false;
        // Typing on after a save is a new step, so undoing it returns to the saved state.
        self.last = None;
    }

    /// Where the document stands.
    pub fn state(&self) -> DocumentState {
        let latest = self.agreement.history.latest();
        let from = latest.map_or(self.agreement.meta.status, |r| r.meta.status);
        DocumentState {
            title: self.agreement.meta.title.clone(),
            path: self.path.as_ref().map(|p| p.display().to_string()),
            unsaved: self.unsaved(),
            can_undo: !self.undo.is_empty(),
            can_redo: !self.redo.is_empty(),
            revisions: latest.map_or(0, |r| r.number),
            locked: latest
                .filter(|r| workflow::is_frozen(r.meta.status))
                .map(|r| LockedRevision {
                    number: r.number,
                    status: r.meta.status,
                }),
            next_statuses: workflow::next_statuses(from),
            can_register: crate::signing::can_register(&self.agreement),
            signers: self.agreement.signers(),
        }
    }

    /// What the editor shows now. `today` dates the reminders; `with_content` adds the
    /// agreement without its history. The checks re-read only sections changed since the last
    /// screen; their findings equal a full check's.
    pub fn screen(
        &mut self,
        options: CheckOptions<'_>,
        today: chrono::NaiveDate,
        with_content: bool,
    ) -> Screen {
        let locale = options.locale;
        let state = self.state();
        let section_kinds = (self.agreement.sections.iter())
            .map(|s| catalog::form_kind(s, options.templates))
            .collect();
        Screen {
            section_kinds,
            window_title: messages::window_title(Some(&state.title), state.unsaved, locale),
            state,
            diagnostics: check::check_with(&mut self.checks, &self.agreement, options),
            html: html::fragment(&self.agreement),
            reminders: crate::followup::overview::looking_back(&self.agreement, today, locale)
                .into_iter()
                .chain(reminders::reminders(
                    &self.agreement,
                    today,
                    reminders::DEFAULT_REMINDER_DAYS,
                    locale,
                ))
                .collect(),
            content: with_content.then(|| self.content()),
            references: crate::reference::choices(&self.agreement, locale),
            pieces: (self.agreement.sections.iter())
                .map(|s| {
                    crate::reference::has_any(&s.text)
                        .then(|| crate::reference::pieces(&self.agreement, &s.text, locale))
                })
                .collect(),
        }
    }

    /// Applies one edit. Edits with the same `key` (usually the field path) less than
    /// [`COALESCE_MS`] apart are undone together. The templates make sections for
    /// [`Edit::AddSection`].
    pub fn apply(
        &mut self,
        edit: &Edit,
        key: Option<&str>,
        now_ms: i64,
        templates: &TemplateSet,
    ) -> Result<(), EditError> {
        let raw = self.resolve(edit, templates)?;
        let Some(raw) = raw else {
            return Ok(());
        };
        let names_before = body_names(&self.agreement);
        let Some(inverse) = apply_raw(&mut self.agreement, &raw)? else {
            return Ok(());
        };
        // Texts that refer to a renamed meeting body follow the new name, in the same step.
        let followed = self.follow_renames(&names_before);
        let merge = match (key, &self.last, self.undo.last()) {
            (Some(key), Some((last, at)), Some(_)) => {
                key == last && (0..COALESCE_MS).contains(&(now_ms - at))
            }
            _ => false,
        };
        self.redo.clear();
        if merge {
            // A value set again at the same place is already taken back by the step; any
            // other edit (an item inserted by a paste, another field) is taken back first.
            // A text it has not touched yet is taken back before that.
            if let Some(step) = self.undo.last_mut() {
                let covered = matches!(inverse, Edit::Set { .. })
                    && step
                        .edits
                        .iter()
                        .any(|e| matches!(e, Edit::Set { .. }) && e.path() == inverse.path());
                if !covered {
                    step.edits.insert(0, inverse);
                }
                for edit in followed {
                    if !step.edits.iter().any(|e| e.path() == edit.path()) {
                        step.edits.insert(0, edit);
                    }
                }
            }
        } else {
            let id = self.fresh_id();
            let mut edits = followed;
            edits.reverse();
            edits.push(inverse);
            self.undo.push(Step { id, edits });
            if self.undo.len() > MAX_UNDO {
                self.undo.remove(0);
            }
        }
        self.last = key.map(|k| (k.to_owned(), now_ms));
        Ok(())
    }

    /// Rewrites references to meeting bodies whose name changed since `before` (the same body
    /// at the same place), returning the edits that take the texts back.
    fn follow_renames(&mut self, before: &[(String, usize, String)]) -> Vec<Edit> {
        let after = body_names(&self.agreement);
        let renamed: Vec<(&str, &str)> = before
            .iter()
            .filter_map(|(section, i, old)| {
                let new = after
                    .iter()
                    .find(|(s, j, _)| s == section && j == i)
                    .map(|(_, _, n)| n)?;
                let count = |names: &[(String, usize, String)]| {
                    names.iter().filter(|(s, _, _)| s == section).count()
                };
                (count(before) == count(&after)
                    && old.trim() != new.trim()
                    && !new.trim().is_empty())
                .then_some((old.as_str(), new.as_str()))
            })
            .collect();
        if renamed.is_empty() {
            return Vec::new();
        }
        let mut inverses = Vec::new();
        let texts: Vec<(usize, String)> = self
            .agreement
            .sections
            .iter()
            .enumerate()
            .filter(|(_, s)| crate::reference::has_any(&s.text))
            .map(|(k, s)| {
                let moved = renamed.iter().fold(s.text.clone(), |t, (old, new)| {
                    crate::reference::rename_body(&t, old, new)
                });
                (k, moved)
            })
            .collect();
        for (k, moved) in texts {
            if moved == self.agreement.sections[k].text {
                continue;
            }
            let edit = Edit::Set {
                path: format!("sections[{k}].text"),
                value: Value::String(moved),
            };
            if let Ok(Some(inverse)) = apply_raw(&mut self.agreement, &edit) {
                inverses.push(inverse);
            }
        }
        inverses
    }

    /// The raw edit an edit stands for; none when it changes nothing.
    fn resolve(&self, edit: &Edit, templates: &TemplateSet) -> Result<Option<Edit>, EditError> {
        Ok(Some(match edit {
            Edit::AddSection { template, index } => {
                let found = templates
                    .get(template)
                    .ok_or_else(|| EditError::UnknownTemplate(template.clone()))?;
                let section = catalog::new_section(&self.agreement, found);
                Edit::Insert {
                    path: "sections".into(),
                    index: (*index).min(self.agreement.sections.len()),
                    value: to_value(&section),
                }
            }
            Edit::ApplyFix { fix } => {
                let fixed = fix::apply(&self.agreement, fix);
                if fixed == self.agreement {
                    return Ok(None);
                }
                Edit::Set {
                    path: String::new(),
                    value: content_value(&fixed),
                }
            }
            Edit::Consider { diagnostic, reason } => {
                let marked = considered::consider(&self.agreement, diagnostic, reason)?;
                if marked == self.agreement {
                    return Ok(None);
                }
                Edit::Set {
                    path: String::new(),
                    value: content_value(&marked),
                }
            }
            Edit::Unconsider { diagnostic } => {
                let open = considered::unconsider(&self.agreement, diagnostic);
                if open == self.agreement {
                    return Ok(None);
                }
                Edit::Set {
                    path: String::new(),
                    value: content_value(&open),
                }
            }
            other => other.clone(),
        }))
    }

    /// Changes the agreement by a function (linking to a main agreement, for example) as one
    /// undo step.
    pub fn change_with(&mut self, change: impl FnOnce(&mut Agreement)) {
        let before = content_value(&self.agreement);
        let mut changed = without_history(&self.agreement);
        change(&mut changed);
        let after = content_value(&changed);
        if after == before {
            return;
        }
        // The whole content is set, so the history cannot be changed this way.
        let _ = apply_raw(
            &mut self.agreement,
            &Edit::Set {
                path: String::new(),
                value: after,
            },
        );
        self.redo.clear();
        let id = self.fresh_id();
        self.undo.push(Step {
            id,
            edits: vec![Edit::Set {
                path: String::new(),
                value: before,
            }],
        });
        self.last = None;
    }

    /// Takes back the last step; false when there is none.
    pub fn undo(&mut self) -> bool {
        self.step(true)
    }

    /// Takes the last undone step again; false when there is none.
    pub fn redo(&mut self) -> bool {
        self.step(false)
    }

    /// Takes a step off the undo stack (`back`) or the redo stack and puts the step that takes
    /// it back on the other.
    fn step(&mut self, back: bool) -> bool {
        let taken = if back {
            self.undo.pop()
        } else {
            self.redo.pop()
        };
        let Some(step) = taken else {
            return false;
        };
        let reverse = self.replay(&step);
        if back { &mut self.redo } else { &mut self.undo }.push(reverse);
        self.last = None;
        true
    }

    /// Applies a step's edits and returns the step that takes them back (same id, so the
    /// saved state is recognised when it comes back).
    fn replay(&mut self, step: &Step) -> Step {
        let mut back = Vec::with_capacity(step.edits.len());
        for edit in &step.edits {
            // A step's edits were made from this very state, so they apply.
            if let Ok(Some(inverse)) = apply_raw(&mut self.agreement, edit) {
                back.push(inverse);
            }
        }
        back.reverse();
        Step {
            id: step.id,
            edits: back,
        }
    }

    fn fresh_id(&mut self) -> u64 {
        let id = self.next_id;
        self.next_id += 1;
        id
    }

    /// After a revision is recorded: undo reaches only what is done from now on.
    fn start_after_revision(&mut self) {
        self.undo.clear();
        self.redo.clear();
        self.base = self.fresh_id();
        self.last = None;
    }

    /// Saves the current content as a new revision ([`workflow::commit`]). Not an undo step.
    pub fn commit(
        &mut self,
        info: RevisionInfo,
        status: Option<Status>,
    ) -> Result<Committed, WorkflowError> {
        let done = workflow::commit(&mut self.agreement, info, status)?;
        self.start_after_revision();
        Ok(done)
    }

    /// Saves the current content as a new revision with a reason, a status that may need an
    /// agreement without errors, and the checks' options ([`workflow::commit_with`]).
    pub fn commit_with(
        &mut self,
        info: RevisionInfo,
        options: workflow::CommitOptions<'_>,
    ) -> Result<Committed, WorkflowError> {
        let done = workflow::commit_with(&mut self.agreement, info, options)?;
        self.start_after_revision();
        Ok(done)
    }

    /// Registers the agreement as signed (or in force) in one step, with each party's date and
    /// place of signing ([`crate::signing::register`]). Not an undo step.
    pub fn register(
        &mut self,
        info: RevisionInfo,
        registration: crate::signing::Registration<'_>,
    ) -> Result<Committed, WorkflowError> {
        let done = crate::signing::register(&mut self.agreement, info, registration)?;
        self.start_after_revision();
        Ok(done)
    }

    /// Makes an old revision current again as a new revision ([`workflow::restore`]).
    pub fn restore(&mut self, number: u32, info: RevisionInfo) -> Result<Committed, WorkflowError> {
        let mut next = self.agreement.clone();
        let done = workflow::restore(&mut next, number, info)?;
        self.agreement = next;
        self.start_after_revision();
        Ok(done)
    }

    /// Starts the next period as a new revision ([`workflow::renew`]), by `author` at `time`,
    /// with a message that names the new period.
    pub fn renew(
        &mut self,
        author: String,
        time: Timestamp,
        locale: Locale,
    ) -> Result<Committed, WorkflowError> {
        let info = workflow::renewal_info(&self.agreement, author, time, locale);
        let mut next = self.agreement.clone();
        let done = workflow::renew(&mut next, info)?;
        self.agreement = next;
        self.start_after_revision();
        Ok(done)
    }
}

impl OpenDocument {
    /// The agreement as it was with the period `was`, moved to the period it has now.
    fn moved_since(&self, was: &Period) -> Result<Moved, MoveError> {
        let mut before = self.content();
        before.meta.period = was.clone();
        renew::moved(&before, &self.agreement.meta.period)
    }

    /// What moving every date by the step from the period `was` (before the user changed it)
    /// to the period now would move ([`renew::moved`]): what the editor offers when the period
    /// changes. Refused when the period now ends before it starts.
    pub fn period_move(&self, was: &Period, locale: Locale) -> Result<PeriodMove, MoveError> {
        let moved = self.moved_since(was)?;
        let title = moved.title.iter().map(|(from, to)| MoveLine {
            field: "meta.title".into(),
            place: messages::field_name("title", locale),
            from: from.clone(),
            to: to.clone(),
            note: None,
        });
        let dates = (moved.moves.iter())
            .filter(|m| m.section.is_some())
            .map(|m| MoveLine {
                field: m.field.clone(),
                place: messages::date_move_place(m, locale),
                from: messages::date_words(m.from, locale),
                to: messages::date_words(m.to, locale),
                note: m.after_end.then(|| messages::after_period_end(locale)),
            });
        Ok(PeriodMove {
            step: messages::step_words(moved.step, locale),
            moves: title.chain(dates).collect(),
        })
    }

    /// Moves every date by the step from the period `was` to the period now, as one undo step
    /// (the change of the period itself stays a step of its own, so undo takes back the moved
    /// dates first). Gives whether anything moved.
    pub fn move_dates(&mut self, was: &Period) -> Result<bool, MoveError> {
        let moved = self.moved_since(was)?;
        let any = moved.title.is_some() || moved.moves.iter().any(|m| m.section.is_some());
        if any {
            self.change_with(|a| {
                a.meta = moved.agreement.meta;
                a.sections = moved.agreement.sections;
            });
        }
        Ok(any)
    }
}

fn to_value<T: Serialize>(value: &T) -> Value {
    // Plain data with string keys always serialises.
    serde_json::to_value(value).unwrap_or(Value::Null)
}

/// The agreement without its history, as a JSON value shaped like the file.
fn content_value(agreement: &Agreement) -> Value {
    to_value(&without_history(agreement))
}

/// A copy of the agreement without its history and its follow-up log (which are not copied,
/// and which no edit reaches: the log is recorded by [`OpenDocument::record`], never undone).
fn without_history(agreement: &Agreement) -> Agreement {
    Agreement {
        format: agreement.format,
        meta: agreement.meta.clone(),
        parties: agreement.parties.clone(),
        sections: agreement.sections.clone(),
        glossary: agreement.glossary.clone(),
        considered: agreement.considered.clone(),
        followup: Vec::new(),
        history: History::default(),
    }
}

/// One step of a field path.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Segment {
    Key(String),
    Index(usize),
}

/// Splits `sections[3].meetings[0].cadence` into its steps.
fn parse_path(path: &str) -> Result<Vec<Segment>, EditError> {
    let bad = || EditError::NoSuchPlace(path.to_owned());
    let mut out = Vec::new();
    if path.is_empty() {
        return Ok(out);
    }
    for part in path.split('.') {
        let (key, mut rest) = part.split_at(part.find('[').unwrap_or(part.len()));
        if key.contains(']') {
            return Err(bad());
        }
        if !key.is_empty() {
            out.push(Segment::Key(key.to_owned()));
        } else if rest.is_empty() {
            return Err(bad());
        }
        while let Some(inner) = rest.strip_prefix('[') {
            let end = inner.find(']').ok_or_else(bad)?;
            out.push(Segment::Index(inner[..end].parse().map_err(|_| bad())?));
            rest = &inner[end + 1..];
        }
        if !rest.is_empty() {
            return Err(bad());
        }
    }
    Ok(out)
}

/// The value at a field path (`sections[3].goals[0].indicator`) in an agreement's serialized
/// value; none when the path names nothing there.
#[cfg(test)]
pub(crate) fn value_at<'a>(root: &'a Value, path: &str) -> Option<&'a Value> {
    let mut node = root;
    for segment in parse_path(path).ok()? {
        node = match segment {
            Segment::Key(key) => node.as_object()?.get(&key)?,
            Segment::Index(index) => node.as_array()?.get(index)?,
        };
    }
    Some(node)
}

fn join(segments: &[Segment]) -> String {
    let mut out = String::new();
    for segment in segments {
        match segment {
            Segment::Key(key) => {
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(key);
            }
            Segment::Index(i) => out.push_str(&format!("[{i}]")),
        }
    }
    out
}

/// Whether a value means "nothing here": null, an empty text or an empty list.
fn is_empty(value: &Value) -> bool {
    match value {
        Value::Null => true,
        Value::String(s) => s.is_empty(),
        Value::Array(a) => a.is_empty(),
        _ => false,
    }
}

/// Applies a raw edit (not [`Edit::AddSection`] or [`Edit::ApplyFix`]) to the agreement and
/// returns its inverse; none when the edit changed nothing. On error the agreement is
/// unchanged. The history is never touched, nor copied: an edit costs the same with 300
/// revisions as with none.
fn apply_raw(agreement: &mut Agreement, edit: &Edit) -> Result<Option<Edit>, EditError> {
    let history = std::mem::take(&mut agreement.history);
    let followup = std::mem::take(&mut agreement.followup);
    let result = apply_to_content(agreement, edit);
    agreement.history = history;
    agreement.followup = followup;
    result
}

/// [`apply_raw`] on an agreement whose history has been taken out.
fn apply_to_content(agreement: &mut Agreement, edit: &Edit) -> Result<Option<Edit>, EditError> {
    let mut root = to_value(&*agreement);
    let original = root.clone();
    let inverse = match edit {
        Edit::Set { path, value } => set(&mut root, path, value.clone())?,
        Edit::Insert { path, index, value } => {
            let segments = parse_path(path)?;
            let list = list_at(&mut root, &segments, path, true)?;
            if *index > list.len() {
                return Err(EditError::NoSuchPlace(format!("{path}[{index}]")));
            }
            list.insert(*index, value.clone());
            Edit::Remove {
                path: path.clone(),
                index: *index,
            }
        }
        Edit::Remove { path, index } => {
            let segments = parse_path(path)?;
            let list = list_at(&mut root, &segments, path, false)?;
            if *index >= list.len() {
                return Err(EditError::NoSuchPlace(format!("{path}[{index}]")));
            }
            let removed = list.remove(*index);
            Edit::Insert {
                path: path.clone(),
                index: *index,
                value: removed,
            }
        }
        Edit::Move { path, from, to } => {
            let segments = parse_path(path)?;
            let list = list_at(&mut root, &segments, path, false)?;
            if *from >= list.len() || *to >= list.len() {
                return Err(EditError::NoSuchPlace(format!("{path}[{from}]")));
            }
            let item = list.remove(*from);
            list.insert(*to, item);
            Edit::Move {
                path: path.clone(),
                from: *to,
                to: *from,
            }
        }
        Edit::AddSection { .. }
        | Edit::ApplyFix { .. }
        | Edit::Consider { .. }
        | Edit::Unconsider { .. } => {
            return Err(EditError::NoSuchPlace(String::new()));
        }
    };
    if root == original {
        return Ok(None);
    }
    let mut next = from_content(&root, edit);
    if next.is_err() && as_the_format_writes_empties(&mut root, edit, &inverse)? {
        next = from_content(&root, edit);
    }
    *agreement = next?;
    Ok(Some(inverse))
}

/// After an edit the file format refused, writes an emptied value as the format does: an
/// emptied field it requires stays as empty text (or an empty list), and an optional list
/// emptied by a removal goes. False when neither applies.
fn as_the_format_writes_empties(
    root: &mut Value,
    edit: &Edit,
    inverse: &Edit,
) -> Result<bool, EditError> {
    match (edit, inverse) {
        (Edit::Set { path, value }, Edit::Set { value: before, .. }) if is_empty(value) => {
            let segments = parse_path(path)?;
            let Some((Segment::Key(key), parents)) = segments.split_last() else {
                return Ok(false);
            };
            let kept = if value.is_null() {
                empty_like(before)
            } else {
                value.clone()
            };
            let (parent, _) = walk(root, &segments, parents.len(), path, (false, false))?;
            match parent.as_object_mut() {
                Some(map) if !kept.is_null() => {
                    map.insert(key.clone(), kept);
                    Ok(true)
                }
                _ => Ok(false),
            }
        }
        (Edit::Remove { path, .. }, _) => Ok(remove_at(root, &parse_path(path)?).is_some()),
        _ => Ok(false),
    }
}

impl Edit {
    /// The path a raw edit changes; none for the edits that stand for others.
    fn path(&self) -> Option<&str> {
        match self {
            Edit::Set { path, .. }
            | Edit::Insert { path, .. }
            | Edit::Remove { path, .. }
            | Edit::Move { path, .. } => Some(path),
            _ => None,
        }
    }
}

fn from_content(root: &Value, edit: &Edit) -> Result<Agreement, EditError> {
    Agreement::deserialize(root).map_err(|e| EditError::DoesNotFit {
        path: edit.path().unwrap_or_default().to_owned(),
        detail: e.to_string(),
    })
}

/// Walks the first `upto` steps of `segments` from `root`. When `make`, a missing (or null)
/// step is made on the way: a list where an index follows it, or at the end when `list_at_end`,
/// else an object. Returns where it ended and the place of the first step it made.
fn walk<'a>(
    root: &'a mut Value,
    segments: &[Segment],
    upto: usize,
    path: &str,
    (make, list_at_end): (bool, bool),
) -> Result<(&'a mut Value, Option<usize>), EditError> {
    let nowhere = || EditError::NoSuchPlace(path.to_owned());
    let mut made = None;
    let mut node = root;
    for (i, segment) in segments[..upto].iter().enumerate() {
        node = match segment {
            Segment::Key(key) => {
                let map = node.as_object_mut().ok_or_else(nowhere)?;
                if map.get(key).is_none_or(Value::is_null) {
                    if !make {
                        return Err(nowhere());
                    }
                    made.get_or_insert(i);
                    let list = match segments.get(i + 1) {
                        Some(next) => matches!(next, Segment::Index(_)),
                        None => list_at_end,
                    };
                    let blank = if list {
                        Value::Array(Vec::new())
                    } else {
                        Value::Object(Map::new())
                    };
                    map.insert(key.clone(), blank);
                }
                map.get_mut(key).ok_or_else(nowhere)?
            }
            Segment::Index(index) => node
                .as_array_mut()
                .and_then(|a| a.get_mut(*index))
                .ok_or_else(nowhere)?,
        };
    }
    Ok((node, made))
}

/// The list at `segments`, made (as an empty list, with objects on the way) when `make`.
fn list_at<'a>(
    root: &'a mut Value,
    segments: &[Segment],
    path: &str,
    make: bool,
) -> Result<&'a mut Vec<Value>, EditError> {
    let (node, _) = walk(root, segments, segments.len(), path, (make, true))?;
    node.as_array_mut()
        .ok_or_else(|| EditError::NoSuchPlace(path.to_owned()))
}

/// Removes the value at `segments` (a key of an object); returns it.
fn remove_at(root: &mut Value, segments: &[Segment]) -> Option<Value> {
    let (last, parents) = segments.split_last()?;
    let mut node = root;
    for segment in parents {
        node = match segment {
            Segment::Key(key) => node.as_object_mut()?.get_mut(key)?,
            Segment::Index(index) => node.as_array_mut()?.get_mut(*index)?,
        };
    }
    match last {
        Segment::Key(key) => node.as_object_mut()?.remove(key),
        Segment::Index(_) => None,
    }
}

/// Sets the value at `path` in the content and returns the edit that puts back what was there.
fn set(root: &mut Value, path: &str, value: Value) -> Result<Edit, EditError> {
    let segments = parse_path(path)?;
    let Some((last, parents)) = segments.split_last() else {
        let before = std::mem::replace(root, value);
        return Ok(Edit::Set {
            path: String::new(),
            value: before,
        });
    };
    // Walk to the parent, making objects on the way; the first one made is what the inverse
    // removes again.
    let (node, made) = walk(root, &segments, parents.len(), path, (true, false))?;
    let before = match last {
        Segment::Key(key) => {
            let map = node
                .as_object_mut()
                .ok_or_else(|| EditError::NoSuchPlace(path.to_owned()))?;
            let before = map.remove(key);
            if !is_empty(&value) {
                map.insert(key.clone(), value.clone());
            }
            before
        }
        Segment::Index(index) => {
            let slot = node
                .as_array_mut()
                .and_then(|a| a.get_mut(*index))
                .ok_or_else(|| EditError::NoSuchPlace(path.to_owned()))?;
            Some(std::mem::replace(slot, value.clone()))
        }
    };
    let inverse_path = match made {
        Some(i) => join(&segments[..=i]),
        None => path.to_owned(),
    };
    Ok(Edit::Set {
        path: inverse_path,
        value: if made.is_some() {
            Value::Null
        } else {
            before.unwrap_or(Value::Null)
        },
    })
}

/// An empty value of the same kind: empty text for text, an empty list for a list.
fn empty_like(value: &Value) -> Value {
    match value {
        Value::Array(_) => Value::Array(Vec::new()),
        Value::String(_) => Value::String(String::new()),
        _ => Value::Null,
    }
}

/// Every meeting body's name with its section's id and its place in the section.
fn body_names(agreement: &Agreement) -> Vec<(String, usize, String)> {
    agreement
        .sections
        .iter()
        .flat_map(|s| {
            s.meetings
                .iter()
                .flatten()
                .enumerate()
                .map(|(i, b)| (s.id.0.clone(), i, b.name.clone()))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_parse() {
        assert_eq!(
            parse_path("sections[3].meetings[0].cadence").unwrap(),
            vec![
                Segment::Key("sections".into()),
                Segment::Index(3),
                Segment::Key("meetings".into()),
                Segment::Index(0),
                Segment::Key("cadence".into()),
            ]
        );
        assert_eq!(join(&parse_path("a[1].b").unwrap()), "a[1].b");
        assert!(parse_path("a[x]").is_err());
        assert!(parse_path("a]").is_err());
    }
}
