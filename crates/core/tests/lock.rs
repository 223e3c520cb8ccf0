//! Two writers never corrupt a file: an agreement locked by one holder cannot be locked by a
//! second, the second is told who holds it, and a holder that dies leaves no stale lock.

use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use avtale_core::LockError;
use avtale_core::store::lock_agreement;

#[test]
fn a_second_writer_is_refused_and_told_who_holds_the_file() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("avtale.avtale.yaml");
    let first = lock_agreement(&file).expect("the first writer locks");
    assert_eq!(first.path(), file);
    match lock_agreement(&file) {
        Err(LockError::Held { pid, .. }) => assert_eq!(pid, Some(std::process::id())),
        other => panic!("a second lock: {other:?}"),
    }
    let message = lock_agreement(&file)
        .expect_err("still held")
        .report(avtale_core::Locale::Nb);
    assert!(
        message.contains("åpen for redigering i et annet vindu"),
        "{message}"
    );
    // Released: the lock file goes and the file can be locked again.
    drop(first);
    assert!(!dir.path().join(".avtale.avtale.yaml.lock").exists());
    let again = lock_agreement(&file).expect("free again");
    drop(again);
}

#[test]
fn a_holder_that_dies_leaves_no_stale_lock() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("avtale.avtale.yaml");
    // Another program (util-linux flock) holds the lock file, then is killed.
    let lock = dir.path().join(".avtale.avtale.yaml.lock");
    // `-o`: the lock is held by flock itself, not passed on to its command.
    let mut holder = Command::new("flock")
        .arg("-o")
        .arg(&lock)
        .args(["sleep", "60"])
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("flock (util-linux) runs");
    // Wait for it with a probe that leaves the lock file in place: taking Avtale's own lock
    // here would remove the file on release, and a flock that opened it meanwhile would then
    // lock a file no longer at the path (flock does not check, as Avtale does).
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        let probe = std::fs::OpenOptions::new()
            .read(true)
            .write(true)
            .create(true)
            .truncate(false)
            .open(&lock)
            .expect("the lock file opens");
        match probe.try_lock() {
            Err(std::fs::TryLockError::WouldBlock) => break,
            Ok(()) => {
                probe.unlock().expect("unlock the probe");
                assert!(Instant::now() < deadline, "the other program never locked");
                std::thread::sleep(Duration::from_millis(20));
            }
            Err(e) => panic!("{e:?}"),
        }
    }
    assert!(
        matches!(lock_agreement(&file), Err(LockError::Held { .. })),
        "Avtale sees the other program's lock"
    );
    holder.kill().expect("SIGKILL the holder");
    holder.wait().expect("reaped");
    // The kernel releases a dead process's lock; the lock file it leaves is no obstacle.
    assert!(lock.exists(), "the dead holder's lock file is still there");
    let deadline = Instant::now() + Duration::from_secs(5);
    let lock = loop {
        match lock_agreement(&file) {
            Ok(l) => break l,
            Err(LockError::Held { .. }) if Instant::now() < deadline => {
                std::thread::sleep(Duration::from_millis(50));
            }
            Err(e) => panic!("the dead holder's lock was not released: {e:?}"),
        }
    };
    drop(lock);
}
