//! Issue 12: a workspace file that passed its integrity check and has not changed since is not
//! read page by page again at the next start (`file::CheckMemo`). Any change to the file, a WAL
//! with changes, a file put in its place, another path, a week gone by or a damaged memo means the
//! full check. Real files.
#![cfg(unix)]

use std::io::{Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use chrono::{DateTime, Utc};
use comptoir_core::{Clock, FixedClock};
use comptoir_store::file::{self, CheckMemo, FileIdentity, FileState};
use comptoir_store::{OpenRefusal, Store, StoreError};
use rusqlite::Connection;

fn clock() -> Arc<FixedClock> {
    Arc::new(FixedClock::parse("2026-11-27T09:00:00Z").unwrap())
}

fn now() -> DateTime<Utc> {
    clock().now()
}

/// Overwrites the file's last two pages with garbage (its schema on the first pages stays
/// readable: only the integrity check that reads every page finds it), keeping its length.
fn damage_last_pages(path: &Path) {
    let len = std::fs::metadata(path).unwrap().len();
    let mut f = std::fs::OpenOptions::new().write(true).open(path).unwrap();
    f.seek(SeekFrom::Start(len - 2 * 4096)).unwrap();
    f.write_all(&[0x5a; 2 * 4096]).unwrap();
}

/// A closed demo workspace at `path` that passed the full check at an open with `memo`.
fn checked(path: &Path, memo: &Path) {
    Store::open(path, clock()).unwrap().close().unwrap();
    assert!(
        !CheckMemo::load(memo).vouches(path, now()),
        "a new file was never checked"
    );
    Store::open_with_memo(path, clock(), Some(memo))
        .unwrap()
        .close()
        .unwrap();
    assert!(CheckMemo::load(memo).vouches(path, now()));
}

/// A temporary folder with a memo and a workspace that passed the check (see [`checked`]).
fn checked_workspace() -> (tempfile::TempDir, PathBuf, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let memo = dir.path().join("checked.json");
    let path = dir.path().join("ws.sqlite3");
    checked(&path, &memo);
    (dir, memo, path)
}

#[test]
fn a_file_is_vouched_for_only_while_unchanged_since_its_check() {
    let dir = tempfile::tempdir().unwrap();
    let memo = dir.path().join("app/checked.json");
    let path = dir.path().join("ws.sqlite3");
    assert!(
        !CheckMemo::load(&memo).vouches(&path, now()),
        "no memo, no file"
    );
    checked(&path, &memo);

    // The same bytes through another path (a copy) are another file.
    let copy = dir.path().join("copy.sqlite3");
    std::fs::copy(&path, &copy).unwrap();
    assert!(!CheckMemo::load(&memo).vouches(&copy, now()));

    // Any write to the file, even of the bytes it already had, ends the vouching.
    let byte = std::fs::read(&path).unwrap()[100];
    let mut f = std::fs::OpenOptions::new().write(true).open(&path).unwrap();
    f.seek(SeekFrom::Start(100)).unwrap();
    f.write_all(&[byte]).unwrap();
    drop(f);
    assert!(
        !CheckMemo::load(&memo).vouches(&path, now()),
        "a rewritten byte"
    );
    Store::open_with_memo(&path, clock(), Some(&memo))
        .unwrap()
        .close()
        .unwrap();
    assert!(
        CheckMemo::load(&memo).vouches(&path, now()),
        "checked again"
    );

    // Written over with its modification time set back, as `cp -p` of another copy does: the
    // change time still tells.
    let modified = std::fs::metadata(&path).unwrap().modified().unwrap();
    let bytes = std::fs::read(&path).unwrap();
    std::thread::sleep(std::time::Duration::from_millis(20));
    std::fs::write(&path, &bytes).unwrap();
    std::fs::File::options()
        .write(true)
        .open(&path)
        .unwrap()
        .set_modified(modified)
        .unwrap();
    assert_eq!(
        std::fs::metadata(&path).unwrap().modified().unwrap(),
        modified
    );
    assert!(
        !CheckMemo::load(&memo).vouches(&path, now()),
        "same bytes and times, written again"
    );
    Store::open_with_memo(&path, clock(), Some(&memo))
        .unwrap()
        .close()
        .unwrap();

    // Another file renamed onto the path (a sync tool, a restored backup): another inode.
    let other = dir.path().join("other.sqlite3");
    std::fs::copy(&path, &other).unwrap();
    std::fs::rename(&other, &path).unwrap();
    assert!(
        !CheckMemo::load(&memo).vouches(&path, now()),
        "a file put in its place"
    );
    Store::open_with_memo(&path, clock(), Some(&memo))
        .unwrap()
        .close()
        .unwrap();

    // A memo that is not one (damaged, another program's) vouches for nothing and is replaced.
    Store::open_with_memo(&path, clock(), Some(&memo))
        .unwrap()
        .close()
        .unwrap();
    std::fs::write(&memo, "{ not json").unwrap();
    assert!(!CheckMemo::load(&memo).vouches(&path, now()));
    Store::open_with_memo(&path, clock(), Some(&memo))
        .unwrap()
        .close()
        .unwrap();
    assert!(CheckMemo::load(&memo).vouches(&path, now()));

    // A WAL with changes in it (a crash, another program's session) means the full check.
    let conn = Connection::open(&path).unwrap();
    conn.pragma_update(None, "wal_autocheckpoint", 0).unwrap();
    conn.execute("INSERT INTO meta(key, value) VALUES ('probe', 'x')", [])
        .unwrap();
    let wal = file::sidecar(&path, "-wal");
    assert!(std::fs::metadata(&wal).unwrap().len() > 0);
    assert!(
        !CheckMemo::load(&memo).vouches(&path, now()),
        "changes waiting in the WAL"
    );
    // Checked together with that WAL, the file alone is not recorded: were the WAL then lost,
    // the file alone was never checked. (Both connections left without their closing
    // checkpoint, which would write the file; this step is the test's last.)
    std::fs::write(&memo, r#"{"files":[]}"#).unwrap();
    std::mem::forget(Store::open_with_memo(&path, clock(), Some(&memo)).unwrap());
    std::mem::forget(conn);
    std::fs::remove_file(&wal).unwrap();
    assert!(
        !CheckMemo::load(&memo).vouches(&path, now()),
        "checked with a WAL since lost"
    );
}

#[test]
fn a_session_that_changed_the_file_means_the_full_check_at_the_next_start() {
    let (_dir, memo, path) = checked_workspace();
    let store = Store::open_with_memo(&path, clock(), Some(&memo)).unwrap();
    store.set_setting("probe", "x").unwrap();
    store.close().unwrap();
    assert!(
        !CheckMemo::load(&memo).vouches(&path, now()),
        "closing records nothing"
    );
}

#[test]
fn a_passed_check_stands_for_a_week() {
    let (_dir, memo, path) = checked_workspace();
    let week = CheckMemo::VOUCHED_FOR;
    let m = CheckMemo::load(&memo);
    assert!(m.vouches(&path, now() + week - chrono::Duration::minutes(1)));
    assert!(
        !m.vouches(&path, now() + week + chrono::Duration::minutes(1)),
        "checked again"
    );
    assert!(
        !m.vouches(&path, now() - chrono::Duration::days(1)),
        "a check from the future"
    );
}

#[test]
fn a_file_damaged_after_its_check_is_refused_untouched() {
    let (_dir, memo, path) = checked_workspace();

    damage_last_pages(&path);
    let before = std::fs::read(&path).unwrap();
    let err = Store::open_with_memo(&path, clock(), Some(&memo))
        .err()
        .expect("a damaged file is refused");
    let StoreError::Refused(problem) = err else {
        panic!("expected a refusal, got {err}");
    };
    assert_eq!(problem.reason, OpenRefusal::Damaged, "{}", problem.message);
    assert_eq!(
        std::fs::read(&path).unwrap(),
        before,
        "a refused file must not change"
    );
    assert!(!CheckMemo::load(&memo).vouches(&path, now()));
}

#[test]
fn vouching_leaves_out_only_the_page_by_page_check() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ws.sqlite3");
    Store::open(&path, clock()).unwrap().close().unwrap();
    damage_last_pages(&path);
    // The damage is only in the pages the integrity check reads: vouched for, the file passes
    // (what the memo saves); not vouched for, it is refused.
    assert!(matches!(
        file::inspect_vouched(&path, true),
        Ok(FileState::Ours { .. })
    ));
    assert_eq!(
        file::inspect(&path).unwrap_err().reason,
        OpenRefusal::Damaged
    );

    // Every other look is still made: another program's file is refused even when vouched for.
    let foreign = dir.path().join("notes.db");
    Connection::open(&foreign)
        .unwrap()
        .execute_batch("CREATE TABLE foo (x);")
        .unwrap();
    assert_eq!(
        file::inspect_vouched(&foreign, true).unwrap_err().reason,
        OpenRefusal::Foreign
    );
}

#[test]
fn the_memo_keeps_the_most_recent_files() {
    let dir = tempfile::tempdir().unwrap();
    let memo = dir.path().join("checked.json");
    let first = dir.path().join("ws0.sqlite3");
    Store::open(&first, clock()).unwrap().close().unwrap();
    let mut paths = vec![first.clone()];
    for i in 1..=CheckMemo::MAX_FILES {
        let p = dir.path().join(format!("ws{i}.sqlite3"));
        std::fs::copy(&first, &p).unwrap();
        paths.push(p);
    }
    for p in &paths {
        CheckMemo::remember(&memo, p, FileIdentity::of(p).unwrap(), now());
    }
    let kept = CheckMemo::load(&memo);
    assert!(!kept.vouches(&paths[0], now()), "the oldest is dropped");
    assert!(paths[1..].iter().all(|p| kept.vouches(p, now())));
}
