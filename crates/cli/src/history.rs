//! The CLI's history commands: `log`, `commit`, `renew`, `move-period`, `show`, `verify` and
//! `diff`.

use std::io::Write;
use std::path::{Path, PathBuf};

use avtale_core::agreement::{PartyId, Period, Status};
use avtale_core::clause::Signing;
use avtale_core::date::Date;
use avtale_core::history::{Printed, RevisionInfo, RevisionReason, Timestamp};
use avtale_core::render::{comparison, html, markdown};
use avtale_core::{Agreement, messages, signing, store, workflow};

use crate::commands::{Checking, Ctx, FAILED, HAS_ERRORS, OK};

/// A file, or one revision of it: `FILE@N`.
#[derive(Debug, Clone)]
pub(crate) struct Address {
    /// The agreement file.
    pub(crate) file: PathBuf,
    /// The revision, or none for the current text.
    pub(crate) revision: Option<u32>,
}

impl Address {
    /// Parses `FILE` or `FILE@N` (`@` followed by digits at the end names a revision).
    pub(crate) fn parse(text: &str) -> Address {
        if let Some((file, n)) = text.rsplit_once('@')
            && let Ok(n) = n.parse::<u32>()
        {
            return Address {
                file: PathBuf::from(file),
                revision: Some(n),
            };
        }
        Address {
            file: PathBuf::from(text),
            revision: None,
        }
    }
}

/// Now, with the local UTC offset: the one place these commands read the clock.
#[expect(
    clippy::disallowed_methods,
    reason = "the CLI is the edge that reads the clock"
)]
pub(crate) fn now() -> Timestamp {
    Timestamp(chrono::Local::now().fixed_offset())
}

/// `avtale log FILE`: the revisions, newest first.
pub(crate) fn log(ctx: &Ctx, file: &Path) -> u8 {
    let l = ctx.locale();
    let agreement = match store::read_agreement(file) {
        Ok(a) => a,
        Err(err) => return ctx.fail(&err),
    };
    if agreement.history.revisions.is_empty() {
        println!("{}", messages::no_revisions(l));
        return OK;
    }
    let mut out = std::io::stdout().lock();
    // Times in words ("7. desember 2026 kl. 07.14"), padded to one width so the authors line up.
    let times: Vec<String> = (agreement.history.revisions.iter().rev())
        .map(|r| messages::date_time(&r.time, l))
        .collect();
    let width = times.iter().map(|t| t.chars().count()).max().unwrap_or(0);
    for (r, time) in agreement.history.revisions.iter().rev().zip(&times) {
        let name = r
            .name
            .as_deref()
            .map(|n| format!(" «{n}»"))
            .unwrap_or_default();
        let _ = writeln!(
            out,
            "{:>4}  {time:<width$}  {}  [{}]{}  {}",
            r.number,
            r.author,
            messages::status(r.meta.status, l),
            name,
            r.message
        );
        for note in messages::revision_notes(r, l) {
            let _ = writeln!(out, "      {note}");
        }
    }
    if let Err(err) = agreement.history.verify() {
        eprintln!("{}", messages::chain_error(&err, l));
        return HAS_ERRORS;
    }
    OK
}

/// What `avtale commit` records besides the text.
pub(crate) struct CommitArgs {
    /// What changed.
    pub(crate) message: String,
    /// Who saves it.
    pub(crate) author: String,
    /// A name for the revision.
    pub(crate) name: Option<String>,
    /// The status to move to.
    pub(crate) status: Option<Status>,
    /// Why the revision is made.
    pub(crate) reason: Option<RevisionReason>,
    /// Why it may take its status although the checks find errors.
    pub(crate) accept_errors: Option<String>,
}

/// `avtale commit FILE -m MESSAGE --author NAME [--name LABEL] [--status S] [--reason KIND
/// [--reason-text TEXT]] [--accept-errors REASON]`.
pub(crate) fn commit(ctx: &Ctx, file: &Path, args: CommitArgs) -> u8 {
    let l = ctx.locale();
    let done = new_revision(ctx, file, |agreement, checks| {
        let info = RevisionInfo {
            author: args.author,
            time: now(),
            message: args.message,
            name: args.name,
        };
        let options = workflow::CommitOptions {
            status: args.status,
            reason: args.reason.as_ref(),
            accept_errors: args.accept_errors.as_deref(),
            checks,
        };
        workflow::commit_with(agreement, info, options)
    });
    let Some(done) = done else {
        return FAILED;
    };
    if done.new_draft_after_signing {
        eprintln!("{}", messages::new_draft_after_signing(l));
    }
    println!("{}", messages::revision_saved(done.number, l));
    OK
}

/// `avtale renew FILE --author NAME`: the next period as a new draft revision.
pub(crate) fn renew(ctx: &Ctx, file: &Path, author: String) -> u8 {
    let l = ctx.locale();
    let mut message = String::new();
    let done = new_revision(ctx, file, |agreement, _| {
        let info = workflow::renewal_info(agreement, author, now(), l);
        message.clone_from(&info.message);
        workflow::renew(agreement, info)
    });
    let Some(done) = done else {
        return FAILED;
    };
    println!("{message}");
    println!("{}", messages::revision_saved(done.number, l));
    OK
}

/// What `avtale register` records.
pub(crate) struct RegisterArgs {
    /// Signert or gjeldende.
    pub(crate) status: Status,
    /// `PARTY=DATE,PLACE`, one per signing party.
    pub(crate) signed: Vec<String>,
    /// Who registers it.
    pub(crate) author: String,
    /// The revision's message; a default names what was done.
    pub(crate) message: Option<String>,
    /// Why it may be registered although the checks find errors.
    pub(crate) accept_errors: Option<String>,
}

/// `avtale register FILE --status signert|gjeldende --signed PARTY=DATE,PLACE … --author NAME`:
/// an agreement signed before it reached Avtale, recorded as signed (or in force) in one step.
pub(crate) fn register(ctx: &Ctx, file: &Path, args: RegisterArgs) -> u8 {
    let l = ctx.locale();
    let mut signed = Vec::with_capacity(args.signed.len());
    for text in &args.signed {
        match parse_signing(text) {
            Some(signing) => signed.push(signing),
            None => {
                eprintln!("{}", messages::signed_syntax(text, l));
                return FAILED;
            }
        }
    }
    let done = new_revision(ctx, file, |agreement, checks| {
        let info = RevisionInfo {
            author: args.author,
            time: now(),
            message: args
                .message
                .unwrap_or_else(|| messages::registered_revision(args.status, l)),
            name: None,
        };
        let registration = signing::Registration {
            status: Some(args.status),
            signed,
            accept_errors: args.accept_errors,
            checks,
        };
        signing::register(agreement, info, registration)
    });
    let Some(done) = done else {
        return FAILED;
    };
    println!("{}", messages::revision_saved(done.number, l));
    OK
}

/// `nav=2021-03-01,Bergen`: a party's id, the date (YYYY-MM-DD) and the place.
fn parse_signing(text: &str) -> Option<Signing> {
    let (party, rest) = text.split_once('=')?;
    let (date, place) = rest.split_once(',')?;
    let date = Date::parse(date)?;
    let (party, place) = (party.trim(), place.trim());
    if party.is_empty() || place.is_empty() {
        return None;
    }
    Some(Signing {
        party: PartyId(party.to_owned()),
        date,
        place: place.to_owned(),
    })
}

/// Records a revision in the file under its lock: reads it, refuses a tampered history, lets
/// `make` record the revision (with the checks' options for the file), and saves. Reports any
/// failure (listing the errors when the checks' errors refused it) and gives none.
fn new_revision(
    ctx: &Ctx,
    file: &Path,
    make: impl FnOnce(
        &mut Agreement,
        avtale_core::CheckOptions<'_>,
    ) -> Result<workflow::Committed, workflow::WorkflowError>,
) -> Option<workflow::Committed> {
    let l = ctx.locale();
    update(ctx, file, |agreement| {
        let checking = Checking::new(ctx, file, agreement).map_err(|_| ())?;
        make(agreement, checking.options()).map_err(|err| {
            eprintln!("{}: {}", file.display(), messages::workflow_error(&err, l));
            if let workflow::WorkflowError::OpenErrors { errors, .. } = &err {
                crate::commands::print_errors(file, errors, true);
                eprintln!("{}", messages::accept_errors_hint(l));
            }
        })
    })
}

/// Changes the file under its lock: reads it, refuses a tampered history, lets `change` change
/// the agreement (or refuse, having said why), and saves atomically. The one path of every
/// command that writes an agreement it read. Reports any failure and gives none.
pub(crate) fn update<T>(
    ctx: &Ctx,
    file: &Path,
    change: impl FnOnce(&mut Agreement) -> Result<T, ()>,
) -> Option<T> {
    let l = ctx.locale();
    // No other window or program may write the file between reading and saving it.
    let _lock = match store::lock_agreement(file) {
        Ok(lock) => lock,
        Err(err) => {
            eprintln!("{}", err.report(l));
            return None;
        }
    };
    let mut agreement = match store::read_agreement(file) {
        Ok(a) => a,
        Err(err) => {
            ctx.fail(&err);
            return None;
        }
    };
    if let Err(err) = agreement.history.verify() {
        eprintln!("{}: {}", file.display(), messages::chain_error(&err, l));
        return None;
    }
    let done = match change(&mut agreement) {
        Ok(done) => done,
        Err(()) => {
            return None;
        }
    };
    if let Err(err) = store::save_agreement(file, &agreement) {
        eprintln!("{}", err.report(l));
        return None;
    }
    Some(done)
}

/// `avtale move-period FILE --from D [--to D]`: the period set anew and every date in the
/// agreement moved with it, as an edit of the current text (not a revision); prints what moved.
pub(crate) fn move_period(ctx: &Ctx, file: &Path, from: &str, to: Option<&str>) -> u8 {
    let l = ctx.locale();
    let date =
        |text: &str| Date::parse(text).ok_or_else(|| eprintln!("{}", messages::bad_date(text, l)));
    let (Ok(from), Ok(to)) = (date(from), to.map(date).transpose()) else {
        return FAILED;
    };
    let moved = update(ctx, file, |agreement| {
        let period = Period {
            from,
            to,
            renewal: agreement.meta.period.renewal.clone(),
        };
        workflow::move_period(agreement, &period)
            .map_err(|err| eprintln!("{}: {}", file.display(), messages::move_error(&err, l)))
    });
    let Some(moved) = moved else {
        return FAILED;
    };
    let mut out = std::io::stdout().lock();
    if moved.moves.is_empty() && moved.title.is_none() {
        let _ = writeln!(out, "{}", messages::nothing_moved(l));
        return OK;
    }
    if !moved.step.is_zero() {
        let _ = writeln!(out, "{}", messages::dates_moved(moved.step, l));
    }
    if let Some((was, now)) = &moved.title {
        let _ = writeln!(out, "{}", messages::title_move_line(was, now, l));
    }
    for m in &moved.moves {
        let _ = writeln!(out, "{}", messages::date_move_line(m, l));
    }
    OK
}

/// `avtale show FILE@N`: the agreement as it was at revision N (or now), as Markdown or HTML.
pub(crate) fn show(ctx: &Ctx, address: &Address, as_html: bool) -> u8 {
    let l = ctx.locale();
    let agreement = match store::read_agreement(&address.file) {
        Ok(a) => a,
        Err(err) => return ctx.fail(&err),
    };
    let agreement = match address.revision {
        Some(n) => match workflow::at_revision(&agreement, n) {
            Ok(a) => a,
            Err(err) => {
                eprintln!(
                    "{}: {}",
                    address.file.display(),
                    messages::workflow_error(&err, l)
                );
                return FAILED;
            }
        },
        None => agreement,
    };
    let text = if as_html {
        html::document(&agreement)
    } else {
        markdown::render(&agreement)
    };
    let _ = std::io::stdout().lock().write_all(text.as_bytes());
    OK
}

/// The largest PDF `verify --pdf` reads (a scanned, signed copy can be large).
const PDF_LIMIT: u64 = 512 * 1024 * 1024;

/// `avtale verify FILE [--pdf SIGNED.pdf]`: 0 when the chain holds (and the PDF's revision is
/// in it), 1 when it does not (naming the revision), 2 when a file cannot be read.
pub(crate) fn verify(ctx: &Ctx, file: &Path, pdf: Option<&Path>) -> u8 {
    let l = ctx.locale();
    let agreement = match store::read_agreement(file) {
        Ok(a) => a,
        Err(err) => return ctx.fail(&err),
    };
    // Read the PDF before judging, so an unreadable one is told as such (exit 2).
    let printed = match pdf.map(|pdf| read_printed(ctx, pdf)).transpose() {
        Ok(printed) => printed,
        Err(code) => return code,
    };
    let history = &agreement.history;
    if let Err(err) = history.verify() {
        println!("{}: {}", file.display(), messages::chain_error(&err, l));
        return HAS_ERRORS;
    }
    println!("{}", messages::history_intact(history.revisions.len(), l));
    if let Some(latest) = history.latest() {
        println!(
            "{}",
            messages::latest_revision(latest.number, short(&latest.hash), &latest.hash, l)
        );
    }
    let (Some(pdf), Some(printed)) = (pdf, printed) else {
        return OK;
    };
    let verdict = match printed {
        None => Err(messages::printed_revision_none(l)),
        Some(p) if p.agreement != agreement.meta.id => Err(messages::printed_other_agreement(l)),
        Some(p) => match history.find_printed(p.number, &p.hash) {
            Printed::Found(r) => Ok(messages::printed_revision_found(
                r.number,
                short(&r.hash),
                l,
            )),
            Printed::Different(r) => Err(messages::printed_revision_different(
                r.number,
                short(&p.hash),
                short(&r.hash),
                l,
            )),
            Printed::Missing(latest) => Err(messages::printed_revision_missing(
                p.number,
                latest.map(|r| r.number),
                l,
            )),
        },
    };
    match verdict {
        Ok(found) => {
            println!("{}: {found}", pdf.display());
            OK
        }
        Err(problem) => {
            println!("{}: {problem}", pdf.display());
            HAS_ERRORS
        }
    }
}

/// The revision a PDF names (none when it names none), or the exit code after saying why the
/// PDF cannot be read.
fn read_printed(ctx: &Ctx, pdf: &Path) -> Result<Option<avtale_pdf::PrintedRevision>, u8> {
    let bytes = store::read_limited(pdf, PDF_LIMIT).map_err(|err| ctx.fail(&err))?;
    avtale_pdf::printed_revision(&bytes).map_err(|err| {
        eprintln!("{}: {}", pdf.display(), err.report(ctx.locale()));
        FAILED
    })
}

/// The first 8 hex digits of a hash, as the PDF's footer shows them.
fn short(hash: &str) -> &str {
    hash.get(..8).unwrap_or(hash)
}

/// The agreement an address names: a file's current text, or one of its revisions.
pub(crate) fn load(ctx: &Ctx, address: &Address) -> Result<avtale_core::Agreement, u8> {
    let l = ctx.locale();
    let agreement = store::read_agreement(&address.file).map_err(|err| ctx.fail(&err))?;
    match address.revision {
        Some(n) => workflow::at_revision(&agreement, n).map_err(|err| {
            eprintln!(
                "{}: {}",
                address.file.display(),
                messages::workflow_error(&err, l)
            );
            FAILED
        }),
        None => Ok(agreement),
    }
}

/// The output forms of `avtale diff`.
#[derive(Debug, Clone, Copy)]
pub(crate) enum DiffFormat {
    /// Plain text, coloured on a terminal.
    Text,
    /// Markdown.
    Markdown,
    /// An HTML fragment.
    Html,
    /// JSON.
    Json,
    /// A redline PDF.
    Pdf,
}

/// `avtale diff A B`: what changed from A to B.
pub(crate) fn diff(
    ctx: &Ctx,
    old: &Address,
    new: &Address,
    output: Option<&Path>,
    format: DiffFormat,
) -> u8 {
    use std::io::IsTerminal;
    let l = ctx.locale();
    if is_docx(&new.file) {
        return diff_word(ctx, old, &new.file, output, format);
    }
    let (a, b) = match (load(ctx, old), load(ctx, new)) {
        (Ok(a), Ok(b)) => (a, b),
        (Err(code), _) | (_, Err(code)) => return code,
    };
    if a.meta.id != b.meta.id {
        eprintln!("{}", messages::not_same_agreement(l));
        return FAILED;
    }
    let changes = || avtale_core::diff::compare(&a, &b, l);
    let text = match format {
        DiffFormat::Pdf => return crate::pdf::redline(ctx, (old, &a), (new, &b), output),
        DiffFormat::Text => {
            let colour = output.is_none()
                && std::io::stdout().is_terminal()
                && std::env::var_os("NO_COLOR").is_none();
            comparison::text(&changes(), l, colour)
        }
        DiffFormat::Markdown => comparison::markdown(&changes(), l),
        DiffFormat::Html => comparison::html(&changes(), l),
        DiffFormat::Json => {
            let mut json = serde_json::to_string_pretty(&changes()).unwrap_or_default();
            json.push('\n');
            json
        }
    };
    crate::commands::emit(ctx, output, text.as_bytes())
}

/// The most a Word file may be on disk (the package is measured again while inflating).
const DOCX_LIMIT: u64 = 64 * 1024 * 1024;

/// Whether a path names a Word document.
fn is_docx(path: &Path) -> bool {
    path.extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("docx"))
}

/// `avtale diff FILE[@N] EDITED.docx`: a counterpart's edited copy against the revision it was
/// exported from (or N), with the authors of tracked changes and the comments under their
/// sections.
fn diff_word(
    ctx: &Ctx,
    address: &Address,
    docx: &Path,
    output: Option<&Path>,
    format: DiffFormat,
) -> u8 {
    use std::io::IsTerminal;
    let l = ctx.locale();
    let agreement = match store::read_agreement(&address.file) {
        Ok(a) => a,
        Err(err) => return ctx.fail(&err),
    };
    let bytes = match store::read_limited(docx, DOCX_LIMIT) {
        Ok(b) => b,
        Err(err) => return ctx.fail(&err),
    };
    let members =
        avtale_core::family::in_print(Some(&address.file), &agreement, store::read_agreements_in);
    let around = avtale_core::render::tree::Surroundings { members: &members };
    let copy =
        match avtale_word::edited::read_edited_in(&bytes, &agreement, address.revision, around) {
            Ok(c) => c,
            Err(err) => {
                eprintln!("{}", err.report(&docx.display().to_string(), l));
                return FAILED;
            }
        };
    let changes = avtale_core::diff::compare(&copy.common, &copy.theirs, l);
    let notes = copy.section_notes(l);
    let text = match format {
        DiffFormat::Pdf => {
            let common = Address {
                file: address.file.clone(),
                revision: Some(copy.revision),
            };
            let theirs = Address {
                file: docx.to_path_buf(),
                revision: None,
            };
            return crate::pdf::redline(
                ctx,
                (&common, &copy.common),
                (&theirs, &copy.theirs),
                output,
            );
        }
        DiffFormat::Text => {
            let colour = output.is_none()
                && std::io::stdout().is_terminal()
                && std::env::var_os("NO_COLOR").is_none();
            comparison::text_with_notes(&changes, l, colour, &notes)
        }
        DiffFormat::Markdown => comparison::markdown(&changes, l),
        DiffFormat::Html => comparison::html(&changes, l),
        DiffFormat::Json => {
            let value = serde_json::json!({
                "revision": copy.revision,
                "comparison": changes,
                "changes": copy.changes,
                "comments": copy.comments,
                "unplaced": copy.unplaced,
            });
            let mut json = serde_json::to_string_pretty(&value).unwrap_or_default();
            json.push('\n');
            json
        }
    };
    crate::commands::emit(ctx, output, text.as_bytes())
}
