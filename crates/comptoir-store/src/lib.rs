//! The embedded workspace: one SQLite file (WAL, foreign keys on), versioned migrations, and a
//! deterministic demo organization seeded on first open, relative to the injected clock's today.
//!
//! No Tauri here: the shell opens a [`Store`] and calls its methods.

mod access;
mod billing;
mod calendar;
pub mod documents;
mod org;
mod org_ops;
mod other;
mod payments;
mod products;
mod renewals;
mod row;
pub mod schema;
pub mod seed;
mod worker;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use comptoir_core::{Clock, Error, ErrorCode};
use rusqlite::{Connection, OptionalExtension};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

pub use products::ProductCounts;
pub use renewals::{BULK_CHUNK, MAX_PAGE};
pub use worker::WorkerHandle;

/// Errors inside the store: a domain refusal or a database failure. Both leave as
/// [`comptoir_core::Error`], the one error type that crosses IPC.
#[derive(Debug)]
pub enum StoreError {
    Domain(Error),
    Db(rusqlite::Error),
}

pub type StoreResult<T> = Result<T, StoreError>;

impl From<Error> for StoreError {
    fn from(e: Error) -> Self {
        StoreError::Domain(e)
    }
}

impl From<rusqlite::Error> for StoreError {
    fn from(e: rusqlite::Error) -> Self {
        StoreError::Db(e)
    }
}

impl From<StoreError> for Error {
    fn from(e: StoreError) -> Self {
        match e {
            StoreError::Domain(e) => e,
            StoreError::Db(e) => Error::new(ErrorCode::Storage, format!("workspace database: {e}")),
        }
    }
}

impl std::fmt::Display for StoreError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            StoreError::Domain(e) => e.fmt(f),
            StoreError::Db(e) => write!(f, "workspace database: {e}"),
        }
    }
}

impl std::error::Error for StoreError {}

/// What kind of workspace is open; the header says it plainly.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum WorkspaceKind {
    /// The seeded demo organization: nothing here ever reached the provider.
    Demo,
    /// A local file of the user's own.
    Local,
    /// Synced from the provider's public API (profile, organizations, users, teams, products);
    /// the rest is still the local engine's.
    Provider,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct WorkspaceInfo {
    pub kind: WorkspaceKind,
    pub path: String,
    pub schema_version: u32,
    /// Today by the engine's clock, in the default time zone (Europe/Zurich).
    pub today: String,
    /// The day the demo data was seeded (its dates are relative to it).
    pub seeded_on: Option<String>,
    pub organizations: u32,
    pub users: u32,
    /// The user the app acts as (see `Store::signed_in_user`).
    pub signed_in_user_id: i64,
    pub products: u32,
}

pub struct Store {
    conn: Connection,
    clock: Arc<dyn Clock>,
    path: PathBuf,
}

impl Store {
    /// Opens (creating if needed) the workspace at `path`, runs pending migrations and seeds the
    /// demo organization when the file holds none yet.
    pub fn open(path: impl AsRef<Path>, clock: Arc<dyn Clock>) -> StoreResult<Store> {
        let path = path.as_ref().to_path_buf();
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(|e| {
                Error::storage(format!("cannot create folder {}: {e}", dir.display()))
            })?;
        }
        let mut conn = Connection::open(&path)?;
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        conn.busy_timeout(std::time::Duration::from_secs(5))?;
        // The table's statements differ per filter shape; keep the usual ones prepared.
        conn.set_prepared_statement_cache_capacity(64);
        // Long jobs write on a worker connection: wait for them fairly (see worker.rs).
        worker::share_with_workers(&mut conn)?;
        schema::migrate(&mut conn)?;
        let mut store = Store { conn, clock, path };
        if store.meta("kind")?.is_none() {
            store.reset_demo()?;
        }
        Ok(store)
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    pub fn clock(&self) -> &dyn Clock {
        self.clock.as_ref()
    }

    /// Rebuilds the demo workspace from scratch, in one transaction: on failure nothing changes.
    /// User settings (language...) are kept.
    pub fn reset_demo(&mut self) -> StoreResult<()> {
        let today = self.clock.today(comptoir_core::clock::DEFAULT_TZ);
        let now = self.clock.now();
        let tx = self.conn.transaction()?;
        seed::clear(&tx)?;
        seed::seed_demo(&tx, today, now)?;
        tx.execute(
            "INSERT INTO meta(key, value)
             VALUES ('kind', 'demo'), ('seeded_on', ?1), ('signed_in_user', ?2)
             ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            rusqlite::params![today.to_string(), seed::SIGNED_IN_USER.to_string()],
        )?;
        tx.commit()?;
        Ok(())
    }

    pub fn info(&self) -> StoreResult<WorkspaceInfo> {
        let kind = match self.meta("kind")?.as_deref() {
            Some("provider") => WorkspaceKind::Provider,
            Some("local") => WorkspaceKind::Local,
            _ => WorkspaceKind::Demo,
        };
        let count = |table: &str| -> StoreResult<u32> {
            Ok(self
                .conn
                .query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))?)
        };
        Ok(WorkspaceInfo {
            kind,
            path: self.path.display().to_string(),
            schema_version: self
                .conn
                .pragma_query_value(None, "user_version", |r| r.get(0))?,
            today: self
                .clock
                .today(comptoir_core::clock::DEFAULT_TZ)
                .to_string(),
            seeded_on: self.meta("seeded_on")?,
            signed_in_user_id: self.signed_in_user()?,
            organizations: count("organizations")?,
            users: count("users")?,
            products: count("products")?,
        })
    }

    fn meta(&self, key: &str) -> StoreResult<Option<String>> {
        Ok(self
            .conn
            .query_row("SELECT value FROM meta WHERE key = ?1", [key], |r| r.get(0))
            .optional()?)
    }

    /// A user setting (e.g. `ui.language`), or `None` when never set.
    pub fn setting(&self, key: &str) -> StoreResult<Option<String>> {
        Ok(self
            .conn
            .query_row("SELECT value FROM settings WHERE key = ?1", [key], |r| {
                r.get(0)
            })
            .optional()?)
    }

    pub fn set_setting(&self, key: &str, value: &str) -> StoreResult<()> {
        if key.is_empty() || key.len() > 64 {
            return Err(Error::invalid("key", "a setting key is 1 to 64 characters").into());
        }
        self.conn.execute(
            "INSERT INTO settings(key, value) VALUES (?1, ?2)
             ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            [key, value],
        )?;
        Ok(())
    }

    /// The raw connection, for the crate's own query modules.
    pub(crate) fn conn(&self) -> &Connection {
        &self.conn
    }

    pub(crate) fn conn_mut(&mut self) -> &mut Connection {
        &mut self.conn
    }
}

/// Every store type that crosses IPC (see `comptoir_core::for_each_ipc_type`).
#[macro_export]
macro_rules! for_each_store_ipc_type {
    ($m:ident) => {
        $m!(
            $crate::WorkspaceKind,
            $crate::WorkspaceInfo,
            $crate::ProductCounts
        )
    };
}
