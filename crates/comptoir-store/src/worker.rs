//! A second connection on an open workspace, for long work (bulk changes, exports) that must not
//! hold the app's shared connection: WAL lets the app's readers go on while the worker writes, and
//! the worker commits in short chunks so the app's own writes wait at most one chunk.
//!
//! The worker opens a file the app has already opened (and so validated, migrated and seeded):
//! it never creates, migrates or seeds, and refuses a file whose schema is not the one it knows.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use comptoir_core::{Clock, Error};
use rusqlite::{Connection, OpenFlags, TransactionBehavior};

use crate::{schema, Store, StoreResult};

/// How long a worker's statement waits for another connection's write before giving up. A chunk
/// commits in milliseconds; this only guards against a stuck writer.
const BUSY_TIMEOUT: Duration = Duration::from_secs(5);

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
        })
    }
}
