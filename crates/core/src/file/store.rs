//! The one module of the core that touches the file system: reading agreement and template
//! files with a size limit, and saving atomically (write a temporary file beside the target,
//! flush it to disk, rename it over the target, flush the directory), so a crash mid-save leaves
//! either the old file or the new one, never a mix.

use std::fs::{self, File, OpenOptions};
use std::io::{ErrorKind, Read, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::agreement::{Agreement, Meta};
use crate::error::{LoadError, LoadProblem, LockError, SaveError};
use crate::format::{self, MAX_FILE_BYTES};

/// Reads and parses an agreement file.
pub fn read_agreement(path: &Path) -> Result<Agreement, LoadError> {
    let name = path.display().to_string();
    let bytes = read_limited(path, MAX_FILE_BYTES)?;
    format::agreement_from_bytes(&bytes, &name)
}

/// How much of a file [`read_meta`] reads first: the metadata Avtale writes fits many times.
const META_HEAD_BYTES: u64 = 16 * 1024;

/// Reads an agreement file's metadata (title, kind, period…) cheaply: only the start of the
/// file, where Avtale writes it; the whole file only when the metadata is not found there
/// (a hand-edited file, or one that does not read), so its problem is reported as on opening.
/// A file whose metadata reads is not otherwise checked: opening it may still fail.
pub fn read_meta(path: &Path) -> Result<Meta, LoadError> {
    let head = (|| {
        let file = File::open(path).ok()?;
        let mut bytes = Vec::new();
        file.take(META_HEAD_BYTES + 1)
            .read_to_end(&mut bytes)
            .ok()?;
        let whole = bytes.len() as u64 <= META_HEAD_BYTES;
        if !whole {
            // Whole lines only: a cut character or line is not read.
            let end = bytes.iter().rposition(|&b| b == b'\n')?;
            bytes.truncate(end + 1);
        }
        let text = std::str::from_utf8(&bytes).ok()?;
        format::meta_from_head(text, whole)
    })();
    match head {
        Some(meta) => Ok(meta),
        None => read_agreement(path).map(|a| a.meta),
    }
}

/// Main agreements read from their files, kept by path with the file's modification time and
/// length: a sub-agreement is checked on every keystroke, and its main agreement's file is read
/// again only when it changed. The app keeps one for its lifetime; the CLI one per command.
#[derive(Debug, Default)]
pub struct MainAgreements {
    read: std::collections::HashMap<PathBuf, (FileStamp, Result<Arc<Agreement>, LoadError>)>,
}

/// What tells that a file changed: its modification time and length.
type FileStamp = Option<(std::time::SystemTime, u64)>;

fn stamp(path: &Path) -> FileStamp {
    let meta = fs::metadata(path).ok()?;
    Some((meta.modified().ok()?, meta.len()))
}

impl MainAgreements {
    /// The agreement in `path`, read now unless the file is unchanged since it was last read.
    pub fn read(&mut self, path: &Path) -> Result<Arc<Agreement>, LoadError> {
        let now = stamp(path);
        if let Some((was, result)) = self.read.get(path)
            && now.is_some()
            && *was == now
        {
            return result.clone();
        }
        let result = read_agreement(path).map(Arc::new);
        self.read.insert(path.to_path_buf(), (now, result.clone()));
        result
    }

    /// The main agreement `agreement` links to by file (relative to `file`, the agreement's own
    /// file), with the path it was found at; none when it links to no file.
    pub fn of(
        &mut self,
        file: Option<&Path>,
        agreement: &Agreement,
    ) -> Option<(PathBuf, Result<Arc<Agreement>, LoadError>)> {
        let link = agreement.meta.parent.as_ref()?.file.as_deref()?;
        let path = parent_path(file, link);
        let result = self.read(&path);
        Some((path, result))
    }
}

/// Whether two paths name the same file (the same file on disk when both exist, else the
/// same path).
pub fn same_file(a: &Path, b: &Path) -> bool {
    match (fs::canonicalize(a), fs::canonicalize(b)) {
        (Ok(a), Ok(b)) => a == b,
        _ => a == b,
    }
}

/// Where a sub-agreement's link to its main agreement points: `link` taken relative to the
/// folder of `file` (the sub-agreement's own file), or as it is when absolute or when the
/// sub-agreement has no file yet.
pub fn parent_path(file: Option<&Path>, link: &str) -> PathBuf {
    let link = Path::new(link);
    match file.and_then(Path::parent) {
        Some(dir) if link.is_relative() => dir.join(link),
        _ => link.to_path_buf(),
    }
}

/// How a sub-agreement at `file` writes the path of its main agreement at `main`: the main
/// agreement's path relative to the sub-agreement's folder when it lies in that folder or
/// below it (so the pair can be moved or mailed together), else the full path.
pub fn link_to(file: Option<&Path>, main: &Path) -> String {
    let dir = file.and_then(Path::parent);
    let relative = dir.and_then(|d| main.strip_prefix(d).ok());
    relative.unwrap_or(main).display().to_string()
}

/// The most agreement files read from one folder for the family view.
const FAMILY_FILES: usize = 200;

/// The agreement files (`*.avtale.yaml`) directly in `dir`, read, in name order: at most 200,
/// so a folder full of files cannot stall the view.
pub fn read_agreements_in(dir: &Path) -> Vec<(PathBuf, Result<Agreement, LoadError>)> {
    let Ok(entries) = fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut files: Vec<PathBuf> = entries
        .flatten()
        .map(|e| e.path())
        .filter(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.ends_with(".avtale.yaml") && !n.starts_with('.'))
        })
        .collect();
    files.sort();
    files.truncate(FAMILY_FILES);
    files
        .into_iter()
        .map(|p| {
            let read = read_agreement(&p);
            (p, read)
        })
        .collect()
}

/// Reads a file's bytes, refusing directories, missing files and files over `limit` bytes
/// without reading more than `limit + 1` bytes.
pub fn read_limited(path: &Path, limit: u64) -> Result<Vec<u8>, LoadError> {
    let name = path.display().to_string();
    let meta = fs::metadata(path).map_err(|err| io_load_error(&name, &err))?;
    if meta.is_dir() {
        return Err(LoadError::whole(name, LoadProblem::IsDirectory));
    }
    if meta.len() > limit {
        return Err(LoadError::whole(
            name,
            LoadProblem::TooLarge {
                bytes: meta.len(),
                limit,
            },
        ));
    }
    let file = File::open(path).map_err(|err| io_load_error(&name, &err))?;
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    file.take(limit + 1)
        .read_to_end(&mut bytes)
        .map_err(|err| io_load_error(&name, &err))?;
    if bytes.len() as u64 > limit {
        return Err(LoadError::whole(
            name,
            LoadProblem::TooLarge {
                bytes: bytes.len() as u64,
                limit,
            },
        ));
    }
    Ok(bytes)
}

fn io_load_error(name: &str, err: &std::io::Error) -> LoadError {
    let problem = match err.kind() {
        ErrorKind::NotFound => LoadProblem::NotFound,
        ErrorKind::IsADirectory => LoadProblem::IsDirectory,
        _ => LoadProblem::Unreadable(err.to_string()),
    };
    LoadError::whole(name, problem)
}

/// Saves an agreement atomically. Refuses to overwrite a file written by a newer format
/// version, so such a file is never silently rewritten, and refuses to remove history: when
/// the file holds revisions of the same agreement that the one being saved lacks.
pub fn save_agreement(path: &Path, agreement: &Agreement) -> Result<(), SaveError> {
    refuse_newer(path)?;
    refuse_history_loss(path, agreement)?;
    write_atomic(path, format::agreement_to_string(agreement).as_bytes())
}

/// Refuses a save that would remove revisions: the file on disk is the same agreement and its
/// revisions are not all, in order, the first revisions of the one being saved. A file that
/// cannot be read or is another agreement is left to the caller (the user chose to replace it).
fn refuse_history_loss(path: &Path, agreement: &Agreement) -> Result<(), SaveError> {
    let Ok(on_disk) = read_agreement(path) else {
        return Ok(());
    };
    if on_disk.meta.id != agreement.meta.id {
        return Ok(());
    }
    let theirs = &on_disk.history.revisions;
    let ours = &agreement.history.revisions;
    let shared = theirs
        .iter()
        .zip(ours)
        .take_while(|(a, b)| a.hash == b.hash)
        .count();
    if shared == theirs.len() {
        return Ok(());
    }
    let count = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
    Err(SaveError::HistoryWouldBeLost {
        file: path.display().to_string(),
        lost: crate::error::LostRevisions {
            on_disk: count(theirs.len()),
            kept: count(shared),
        },
    })
}

/// Refuses to overwrite a file written by a newer format version. Only the file's first line
/// is parsed: a save (or an autosave every few seconds) must not parse the old file whole.
fn refuse_newer(path: &Path) -> Result<(), SaveError> {
    let Ok(bytes) = read_limited(path, MAX_FILE_BYTES) else {
        return Ok(());
    };
    let text = String::from_utf8_lossy(&bytes);
    match format::is_newer_format(&text, &path.display().to_string()) {
        Some(LoadError {
            problem: LoadProblem::NewerFormat { found, .. },
            ..
        }) => Err(SaveError::NewerFormat {
            file: path.display().to_string(),
            found,
        }),
        _ => Ok(()),
    }
}

/// Writes bytes to `path` atomically: temporary file, fsync, rename, fsync of the directory.
/// Keeps the permissions of the file it replaces.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), SaveError> {
    let fail = |err: std::io::Error| SaveError::io(path.display().to_string(), &err);
    let dir = match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir.to_path_buf(),
        _ => PathBuf::from("."),
    };
    if path.is_dir() {
        return Err(fail(std::io::Error::new(
            ErrorKind::IsADirectory,
            "is a directory",
        )));
    }
    let file_name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let temp = dir.join(format!(".{file_name}.{}.tmp", std::process::id()));
    let result = (|| {
        let mut file = OpenOptions::new()
            .write(true)
            .create(true)
            .truncate(true)
            .open(&temp)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        if let Ok(meta) = fs::metadata(path) {
            fs::set_permissions(&temp, meta.permissions())?;
        }
        drop(file);
        fs::rename(&temp, path)?;
        // Make the rename itself durable.
        if let Ok(dir_handle) = File::open(&dir) {
            let _ = dir_handle.sync_all();
        }
        Ok(())
    })();
    if result.is_err() {
        let _ = fs::remove_file(&temp);
    } else {
        remove_dead_temp_files(&dir, &file_name);
    }
    result.map_err(fail)
}

/// Removes temporary files that a process killed mid-save left beside `file_name` (their
/// process is gone). Only on Linux, where a process's liveness can be read from `/proc`.
fn remove_dead_temp_files(dir: &Path, file_name: &str) {
    if !cfg!(target_os = "linux") {
        return;
    }
    let prefix = format!(".{file_name}.");
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        let Some(pid) = name
            .strip_prefix(&prefix)
            .and_then(|rest| rest.strip_suffix(".tmp"))
            .and_then(|pid| pid.parse::<u32>().ok())
        else {
            continue;
        };
        if pid != std::process::id() && !Path::new("/proc").join(pid.to_string()).exists() {
            let _ = fs::remove_file(entry.path());
        }
    }
}

/// Reads a UTF-8 text file of at most `limit` bytes.
pub fn read_text(path: &Path, limit: u64) -> Result<String, LoadError> {
    let bytes = read_limited(path, limit)?;
    let name = path.display().to_string();
    format::text_from_bytes(&bytes, &name).map(str::to_owned)
}

/// The `*.yaml` files directly in a folder, sorted by name. A missing folder has none.
pub fn yaml_files(dir: &Path) -> Result<Vec<PathBuf>, LoadError> {
    let name = dir.display().to_string();
    let entries = match fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(err) if err.kind() == ErrorKind::NotFound => return Ok(Vec::new()),
        Err(err) => return Err(io_load_error(&name, &err)),
    };
    let mut files: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|p| p.is_file() && p.extension().is_some_and(|e| e == "yaml" || e == "yml"))
        .collect();
    files.sort();
    Ok(files)
}

/// The autosave copy of an agreement being edited, kept in the app's data folder so a crash or
/// power cut loses at most the last few seconds of work.
#[derive(Debug, Clone, PartialEq)]
pub struct Recovery {
    /// The agreement as it was when last autosaved.
    pub agreement: Agreement,
    /// The file it belongs to; none for an agreement never saved.
    pub path: Option<PathBuf>,
}

const RECOVERY_FILE: &str = "gjenoppretting.avtale.yaml";
const RECOVERY_PATH_FILE: &str = "gjenoppretting.sti";
const RECENT_FILE: &str = "nylig-brukt.txt";
/// How many recent files the start screen lists.
pub const RECENT_MAX: usize = 8;

/// Makes the app's data folder if it is missing.
fn ensure_dir(dir: &Path) -> Result<(), SaveError> {
    fs::create_dir_all(dir).map_err(|err| SaveError::io(dir.display().to_string(), &err))
}

/// Writes the autosave copy (atomically, like every save) into `dir`.
pub fn write_recovery(dir: &Path, recovery: &Recovery) -> Result<(), SaveError> {
    ensure_dir(dir)?;
    let path = recovery
        .path
        .as_ref()
        .map(|p| p.display().to_string())
        .unwrap_or_default();
    write_atomic(&dir.join(RECOVERY_PATH_FILE), path.as_bytes())?;
    // The copy of whatever is open now: not an agreement file whose history must be kept.
    write_atomic(
        &dir.join(RECOVERY_FILE),
        format::agreement_to_string(&recovery.agreement).as_bytes(),
    )
}

/// The autosave copy in `dir`, if there is one. A copy that cannot be read is an error, so
/// the caller can say so instead of silently dropping it.
pub fn read_recovery(dir: &Path) -> Result<Option<Recovery>, LoadError> {
    let file = dir.join(RECOVERY_FILE);
    if !file.exists() {
        return Ok(None);
    }
    let agreement = read_agreement(&file)?;
    let path = read_text(&dir.join(RECOVERY_PATH_FILE), 64 * 1024)
        .ok()
        .map(|p| p.trim().to_owned())
        .filter(|p| !p.is_empty())
        .map(PathBuf::from);
    Ok(Some(Recovery { agreement, path }))
}

/// Removes the autosave copy, after a save or when the user declines to recover.
pub fn discard_recovery(dir: &Path) {
    let _ = fs::remove_file(dir.join(RECOVERY_FILE));
    let _ = fs::remove_file(dir.join(RECOVERY_PATH_FILE));
}

/// The recently opened or saved agreement files listed in `dir`, newest first, leaving out
/// files that no longer exist.
pub fn recent_files(dir: &Path) -> Vec<PathBuf> {
    read_text(&dir.join(RECENT_FILE), 256 * 1024)
        .map(|text| {
            text.lines()
                .map(PathBuf::from)
                .filter(|p| p.is_file())
                .take(RECENT_MAX)
                .collect()
        })
        .unwrap_or_default()
}

/// The recently opened or saved agreement files listed in `dir`, newest first, at most
/// [`RECENT_MAX`], each with its metadata or why it cannot be read: a file that is gone is
/// kept in the list ([`LoadProblem::NotFound`]), so the start screen can say so.
pub fn recent_metas(dir: &Path) -> Vec<(PathBuf, Result<Meta, LoadError>)> {
    let Ok(text) = read_text(&dir.join(RECENT_FILE), 256 * 1024) else {
        return Vec::new();
    };
    text.lines()
        .filter(|l| !l.trim().is_empty())
        .take(RECENT_MAX)
        .map(PathBuf::from)
        .map(|p| {
            let meta = read_meta(&p);
            (p, meta)
        })
        .collect()
}

/// Puts `path` first in the recent files list in `dir`.
pub fn remember_recent(dir: &Path, path: &Path) -> Result<(), SaveError> {
    ensure_dir(dir)?;
    let mut list = vec![path.to_path_buf()];
    list.extend(recent_files(dir).into_iter().filter(|p| p != path));
    list.truncate(RECENT_MAX);
    let text: String = list.iter().map(|p| format!("{}\n", p.display())).collect();
    write_atomic(&dir.join(RECENT_FILE), text.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::date::Date;
    use crate::lang::Lang;
    use crate::starter::{self, NewAgreement};
    use crate::template::TemplateSet;

    fn agreement() -> Agreement {
        let templates = TemplateSet::shipped().expect("templates");
        let new = NewAgreement {
            starter: "handlingsplan",
            county: Some("Agder"),
            municipality: None,
            lang: Lang::Nb,
            today: Date::from_ymd(2026, 11, 22).expect("date"),
            id: "test".into(),
        };
        starter::create(&templates, &new).expect("starter")
    }

    #[test]
    fn recovery_round_trips_and_is_gone_after_discard() {
        let dir = tempfile::tempdir().expect("temp dir");
        assert_eq!(read_recovery(dir.path()).expect("none"), None);
        let recovery = Recovery {
            agreement: agreement(),
            path: Some(PathBuf::from("/tmp/plan.avtale.yaml")),
        };
        write_recovery(dir.path(), &recovery).expect("written");
        assert_eq!(read_recovery(dir.path()).expect("read"), Some(recovery));
        discard_recovery(dir.path());
        assert_eq!(read_recovery(dir.path()).expect("none"), None);
    }

    #[test]
    fn a_file_from_a_newer_version_is_not_overwritten() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("ny.avtale.yaml");
        let newer = "format: 99\nnoe: nytt\n";
        fs::write(&path, newer).expect("written");
        let err = save_agreement(&path, &agreement()).expect_err("refused");
        assert!(
            matches!(err, SaveError::NewerFormat { found: 99, .. }),
            "{err:?}"
        );
        assert_eq!(fs::read_to_string(&path).expect("kept"), newer);
    }

    #[test]
    fn recent_files_put_the_newest_first_without_duplicates() {
        let dir = tempfile::tempdir().expect("temp dir");
        let a = dir.path().join("a.avtale.yaml");
        let b = dir.path().join("b.avtale.yaml");
        fs::write(&a, "x").expect("a");
        fs::write(&b, "x").expect("b");
        remember_recent(dir.path(), &a).expect("a");
        remember_recent(dir.path(), &b).expect("b");
        remember_recent(dir.path(), &a).expect("a again");
        assert_eq!(recent_files(dir.path()), [a.clone(), b]);
        fs::remove_file(&a).expect("removed");
        assert_eq!(recent_files(dir.path()).len(), 1);
    }
}

/// The lock file beside an agreement: `.NAME.lock` in the same folder.
fn lock_path(path: &Path) -> PathBuf {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    path.with_file_name(format!(".{name}.lock"))
}

/// A held lock on an agreement file: while it lives, no other window or program can lock the
/// same file. It is an operating-system lock on a small file beside the agreement, so the
/// kernel releases it when the holder dies: a crashed process never leaves a stale lock. Dropping
/// it removes the lock file.
#[derive(Debug)]
pub struct AgreementLock {
    file: File,
    lock_path: PathBuf,
    agreement: PathBuf,
}

impl AgreementLock {
    /// The agreement file this lock is for.
    pub fn path(&self) -> &Path {
        &self.agreement
    }
}

impl Drop for AgreementLock {
    fn drop(&mut self) {
        // Remove the file while still holding the lock; a process that opened it meanwhile
        // sees on locking that its file is no longer the one at the path, and tries again.
        let _ = fs::remove_file(&self.lock_path);
        let _ = self.file.unlock();
    }
}

/// Whether the lock file at `path` is still the one `file` has open.
fn still_at_path(file: &File, path: &Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        match (file.metadata(), fs::metadata(path)) {
            (Ok(a), Ok(b)) => a.dev() == b.dev() && a.ino() == b.ino(),
            _ => false,
        }
    }
    #[cfg(not(unix))]
    {
        let _ = (file, path);
        true
    }
}

/// Locks an agreement file for writing by this process: a second window or program gets
/// [`LockError::Held`] naming the holder's process. A lock left by a process that died is
/// released by the operating system, so it never blocks.
pub fn lock_agreement(path: &Path) -> Result<AgreementLock, LockError> {
    let lock_path = lock_path(path);
    let io = |e: std::io::Error| LockError::Io {
        file: path.display().to_string(),
        detail: e.to_string(),
    };
    for _ in 0..10 {
        let mut file = OpenOptions::new()
            .read(true)
            .write(true)
            .create(true)
            .truncate(false)
            .open(&lock_path)
            .map_err(io)?;
        match file.try_lock() {
            Ok(()) => {}
            Err(fs::TryLockError::WouldBlock) => {
                let mut text = String::new();
                let _ = file.read_to_string(&mut text);
                return Err(LockError::Held {
                    file: path.display().to_string(),
                    pid: text.trim().parse().ok(),
                });
            }
            Err(fs::TryLockError::Error(e)) => return Err(io(e)),
        }
        if !still_at_path(&file, &lock_path) {
            // The holder removed this lock file as we opened it: start again with the new one.
            continue;
        }
        file.set_len(0).map_err(io)?;
        write!(file, "{}", std::process::id()).map_err(io)?;
        file.flush().map_err(io)?;
        return Ok(AgreementLock {
            file,
            lock_path,
            agreement: path.to_path_buf(),
        });
    }
    Err(io(std::io::Error::other("the lock file keeps changing")))
}
