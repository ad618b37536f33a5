//! A second connection on an open workspace, for long work (bulk changes, exports) that must not
//! hold the app's shared connection: WAL lets the app's readers go on while the worker writes, and
//! the worker commits in short chunks so the app's own writes wait at most one chunk.
//!
//! The worker opens a file the app has already opened (and so validated, migrated and seeded):
//! it never creates, migrates or seeds, and refuses a file whose schema is not the one it knows.

use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Duration;

use comptoir_core::{Clock, Error};
use rusqlite::{Connection, OpenFlags, TransactionBehavior};

use crate::{schema, Store, StoreResult};

/// How long a worker's statement waits for another connection's write before giving up. A chunk
/// commits in milliseconds; this only guards against a stuck writer.
const BUSY_TIMEOUT: Duration = Duration::from_secs(5);

/// How long the app's connection waits for a worker's chunk before giving up, in polls of 1 ms.
const APP_WAIT_POLLS: i32 = 5_000;
/// How long a worker waits, at most, for the app to take the write lock it is waiting for.
const MAX_YIELD_POLLS: u32 = 25;

/// Set by the app's connection each time it finds the file locked by another writer; read and
/// cleared by workers between chunks. Process-wide (a busy handler has no context), so two
/// workspaces open in one process only cost each other a few milliseconds.
static APP_WAITING: AtomicBool = AtomicBool::new(false);

/// The app's busy handler: polls every millisecond (SQLite's own backs off to 100 ms sleeps and
/// would keep missing the short gaps between a worker's chunks) and says it is waiting.
fn app_busy(attempt: i32) -> bool {
    APP_WAITING.store(true, Ordering::SeqCst);
    std::thread::sleep(Duration::from_millis(1));
    attempt < APP_WAIT_POLLS
}

/// Prepares the app's shared connection for workers writing the same file: write transactions
/// take the lock at BEGIN (a read-then-write one would otherwise fail at once with "database is
/// locked" when a chunk commits between its read and its write), and waiting is announced so
/// workers let it in between chunks. Called by `Store::open`.
pub(crate) fn share_with_workers(conn: &mut Connection) -> rusqlite::Result<()> {
    conn.set_transaction_behavior(TransactionBehavior::Immediate);
    conn.busy_handler(Some(app_busy))
}

/// Between two chunks of a long job: when the app's connection is waiting for the write lock,
/// pause until it has taken it (it stops announcing), so a UI write waits one chunk, not the job.
pub(crate) fn yield_to_app() {
    if !APP_WAITING.swap(false, Ordering::SeqCst) {
        return;
    }
    for _ in 0..MAX_YIELD_POLLS {
        std::thread::sleep(Duration::from_millis(1));
        if !APP_WAITING.swap(false, Ordering::SeqCst) {
            return;
        }
    }
}

/// What a worker thread needs to open its own connection: the file and the clock. Taken from the
/// shared store in microseconds (under its lock), then sent to the worker.
#[derive(Clone)]
pub struct WorkerHandle {
    path: PathBuf,
    clock: Arc<dyn Clock>,
}

impl Store {
    /// The file and clock of this workspace, for [`WorkerHandle::open`] on another thread.
    pub fn worker_handle(&self) -> WorkerHandle {
        WorkerHandle {
            path: self.path.clone(),
            clock: self.clock.clone(),
        }
    }

    /// Opens another connection on an existing workspace file (see [`WorkerHandle::open`]).
    pub fn open_worker(path: impl Into<PathBuf>, clock: Arc<dyn Clock>) -> StoreResult<Store> {
        WorkerHandle {
            path: path.into(),
            clock,
        }
        .open()
    }
}

impl WorkerHandle {
    /// A connection of its own on the workspace file: read-write, never created, never migrated
    /// or seeded; foreign keys on and a busy timeout, like the app's connection. The file's
    /// journal mode (WAL) is the file's own, set when the app opened it.
    pub fn open(&self) -> StoreResult<Store> {
        let mut conn = Connection::open_with_flags(
            &self.path,
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(|e| {
            Error::storage(format!(
                "cannot open {} for background work: {e}",
                self.path.display()
            ))
        })?;
        conn.busy_timeout(BUSY_TIMEOUT)?;
        let version: u32 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
        if version as usize != schema::MIGRATIONS.len() {
            return Err(Error::storage(format!(
                "{} has schema version {version}, expected {}: reopen the workspace",
                self.path.display(),
                schema::MIGRATIONS.len()
            ))
            .into());
        }
        conn.pragma_update(None, "foreign_keys", "ON")?;
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        conn.set_prepared_statement_cache_capacity(64);
        // Two writers now share the file: a transaction that read before it writes would fail
        // at once ("database is locked") if the other committed in between; taking the write
        // lock at BEGIN makes it wait (busy timeout) instead.
        conn.set_transaction_behavior(TransactionBehavior::Immediate);
        Ok(Store {
            conn,
            clock: self.clock.clone(),
            path: self.path.clone(),
            sending: Default::default(),
            search: Default::default(),
            search_rows_max: crate::renewals::SEARCH_ROWS_MAX,
        })
    }
}
