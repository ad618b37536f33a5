//! The embedded workspace: one SQLite file (WAL, foreign keys on), versioned migrations, and a
//! deterministic demo organization seeded on first open, relative to the injected clock's today.
//!
//! No Tauri here: the shell opens a [`Store`] and calls its methods.

mod access;
mod billing;
mod calendar;
pub mod documents;
pub mod file;
pub mod forecast;
pub mod grants;
pub mod kc;
mod org;
mod org_ops;
mod other;
mod outbox;
mod palette;

pub mod partner;
mod payments;
mod products;
pub mod provider;
pub mod reminders;
mod renewals;
mod row;
pub mod schema;
pub mod security;
pub mod seed;
pub mod support;
pub mod undo;
pub mod vault;
mod worker;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use comptoir_core::{Clock, Error, ErrorCode};
use rusqlite::{Connection, OpenFlags, OptionalExtension};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

pub use file::{BackupReport, OpenRefusal, WorkspaceProblem};
pub use org::{MembersPage, MEMBERS_PAGE_MAX};
pub use outbox::{
    claimed_elsewhere, role_from_provider, role_type, OutboxEntry, OutboxState, ProviderWrite,
    RemoteOp, ResolvedWrite, SentResult, OUTBOX_REASONS,
};
pub use products::ProductCounts;
pub use provider::{
    DatasetSync, SyncChanges, SyncedAccount, SyncedInvitation, SyncedMember, SyncedProduct,
    SyncedProfile, SyncedTeam,
};
pub use renewals::{BULK_CHUNK, MAX_PAGE, SEARCH_ROWS_MAX};
pub use worker::WorkerHandle;

/// Errors inside the store: a domain refusal or a database failure. Both leave as
/// [`comptoir_core::Error`], the one error type that crosses IPC.
#[derive(Debug)]
pub enum StoreError {
    Domain(Error),
    Db(rusqlite::Error),
    /// The workspace file was not opened (and not written to): the shell shows why.
    Refused(WorkspaceProblem),
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
            StoreError::Refused(p) => refused_error(&p),
        }
    }
}

impl std::fmt::Display for StoreError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            StoreError::Domain(e) => e.fmt(f),
            StoreError::Db(e) => write!(f, "workspace database: {e}"),
            StoreError::Refused(p) => refused_error(p).fmt(f),
        }
    }
}

impl std::error::Error for StoreError {}

/// A refused file as the one error type: `Storage`, the field `workspace`, the path and reason.
fn refused_error(p: &WorkspaceProblem) -> Error {
    Error::storage(format!(
        "cannot open the workspace {}: {}",
        p.path, p.message
    ))
    .with_field("workspace")
}

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
    /// Comptoir's version (one version for the whole workspace of crates), for About.
    pub app_version: String,
}

pub struct Store {
    conn: Connection,
    clock: Arc<dyn Clock>,
    path: PathBuf,
    /// Outbox entries this connection claimed for sending: it may take them again after an
    /// interrupted send; another process may not (see [`Store::outbox_begin`]).
    sending: std::collections::HashSet<i64>,
    /// The search whose hits the temporary tables hold (see `Store::prepare_search`).
    search: std::sync::Mutex<Option<renewals::SearchKept>>,
    /// [`renewals::SEARCH_ROWS_MAX`], lower in tests of broad searches.
    search_rows_max: usize,
}

impl Store {
    /// Opens the workspace at `path`. A missing or empty file becomes a new demo workspace; one
    /// of ours is migrated; anything else is refused before a single byte is written (see
    /// [`file::inspect`]).
    pub fn open(path: impl AsRef<Path>, clock: Arc<dyn Clock>) -> StoreResult<Store> {
        Self::open_with_memo(path, clock, None)
    }

    /// [`Store::open`], leaving out the integrity check of a file `memo` vouches for (unchanged
    /// since it passed it, see [`file::CheckMemo`]), and recording the file there when it passes
    /// the check.
    pub fn open_with_memo(
        path: impl AsRef<Path>,
        clock: Arc<dyn Clock>,
        memo: Option<&Path>,
    ) -> StoreResult<Store> {
        let path = path.as_ref().to_path_buf();
        // Issue 12: the startup's breakdown in the app log (each span's time when it closes).
        let _open = tracing::info_span!("workspace_open").entered();
        let now = clock.now();
        let vouched = memo.is_some_and(|m| file::CheckMemo::load(m).vouches(&path, now));
        let state = {
            let _check = tracing::info_span!("workspace_file_check", vouched).entered();
            // Taken before the check: a change made meanwhile is never vouched for; nor a file
            // checked together with a WAL (the check was of both, the memo names the file).
            let before = file::FileIdentity::of(&path);
            let wal_empty = file::wal_len(&path) == 0;
            let state = file::inspect_vouched(&path, vouched).map_err(StoreError::Refused)?;
            file::check_writable(&path).map_err(StoreError::Refused)?;
            if let (Some(m), false, true, Some(before)) = (memo, vouched, wal_empty, before) {
                if file::FileIdentity::of(&path).as_ref() == Some(&before) {
                    file::CheckMemo::remember(m, &path, before, now);
                }
            }
            state
        };
        match state {
            file::FileState::Missing => {
                let seed = tracing::info_span!("workspace_seed_demo").entered();
                Self::create(&path, clock.as_ref())?;
                drop(seed);
                Self::connect(path, clock)
            }
            file::FileState::Ours { .. } => Self::connect(path, clock),
        }
    }

    /// Writes a new seeded workspace beside `path` and renames it into place once complete, so a
    /// crash half-way leaves no half-made workspace behind (only a temporary file).
    fn create(path: &Path, clock: &dyn Clock) -> StoreResult<()> {
        Self::create_with(path, |tx| seed_demo(tx, clock))
    }

    /// [`Store::create`] with what fills the new file (the demo seed, or a provider workspace's
    /// empty start).
    fn create_with(
        path: &Path,
        fill: impl FnOnce(&rusqlite::Transaction<'_>) -> StoreResult<()>,
    ) -> StoreResult<()> {
        let dir = path.parent().filter(|d| !d.as_os_str().is_empty());
        if let Some(dir) = dir {
            std::fs::create_dir_all(dir).map_err(|e| {
                Error::storage(format!("cannot create folder {}: {e}", dir.display()))
            })?;
        }
        // A name of its own for each seeding, even within one process: two opens of the same
        // missing file at once (commands run concurrently) must not remove each other's file.
        static SEEDS: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
        let seed = SEEDS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let tmp = file::sidecar(path, &format!(".new-{}-{seed}", std::process::id()));
        let _ = std::fs::remove_file(&tmp);
        let made = (|| -> StoreResult<()> {
            file::create_private_file(&tmp)
                .map_err(|e| Error::storage(format!("cannot create {}: {e}", tmp.display())))?;
            let mut conn = Connection::open_with_flags(&tmp, OpenFlags::SQLITE_OPEN_READ_WRITE)?;
            conn.pragma_update(None, "foreign_keys", "ON")?;
            let tx = conn.transaction()?;
            schema::create(&tx)?;
            fill(&tx)?;
            // Where the file will be: its first open then writes nothing (see claim_workspace_id).
            support::record_workspace_path(&tx, path)?;
            tx.commit()?;
            conn.pragma_update(None, "journal_mode", "WAL")?;
            conn.close().map_err(|(_, e)| e)?;
            publish(&tmp, path)
        })();
        // Published (linked) or failed: the temporary name goes either way.
        let _ = std::fs::remove_file(&tmp);
        made
    }

    /// Opens a file known to be ours (never creating one) and migrates it.
    fn connect(path: PathBuf, clock: Arc<dyn Clock>) -> StoreResult<Store> {
        let mut conn = Connection::open_with_flags(
            &path,
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )?;
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        conn.busy_timeout(std::time::Duration::from_secs(5))?;
        // The table's statements differ per filter shape; keep the usual ones prepared.
        conn.set_prepared_statement_cache_capacity(64);
        // Long jobs write on a worker connection: wait for them fairly (see worker.rs).
        worker::share_with_workers(&mut conn)?;
        let migrations = tracing::info_span!("workspace_migrations_check").entered();
        schema::migrate(&mut conn)?;
        support::claim_workspace_id(&conn, &path)?;
        drop(migrations);
        Ok(Store {
            conn,
            clock,
            path,
            sending: Default::default(),
            search: Default::default(),
            search_rows_max: renewals::SEARCH_ROWS_MAX,
        })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    pub fn clock(&self) -> &dyn Clock {
        self.clock.as_ref()
    }

    /// The clock, to open another workspace on the same one.
    pub fn clock_arc(&self) -> &Arc<dyn Clock> {
        &self.clock
    }

    /// Rebuilds the demo workspace from scratch, in one transaction: on failure nothing changes.
    /// User settings (language...) are kept. Only a demo workspace can be reset: a local or
    /// provider workspace holds the user's own data.
    pub fn reset_demo(&mut self) -> StoreResult<()> {
        self.require_demo("be reset")?;
        let tx = self.conn.transaction()?;
        seed::clear(&tx)?;
        seed_demo(&tx, self.clock.as_ref())?;
        tx.commit()?;
        Ok(())
    }

    /// Refuses (Conflict, field `kind`) unless this is the demo workspace: what only the demo
    /// allows (resetting it, acting as another user) never touches a workspace of one's own.
    pub(crate) fn require_demo(&self, what: &str) -> StoreResult<()> {
        match self.meta("kind")?.as_deref() {
            Some("demo") => Ok(()),
            kind => Err(Error::new(
                ErrorCode::Conflict,
                format!(
                    "only the demo workspace can {what}; this one is {}",
                    match kind {
                        Some(k) => format!("a {k} workspace"),
                        None => "of no known kind".to_owned(),
                    }
                ),
            )
            .reason("demo_only")
            .with_field("kind")
            .into()),
        }
    }

    /// Copies everything in the WAL into the `.sqlite3` file and empties the WAL, so the file
    /// alone holds the workspace (a copy or backup of it is complete).
    pub fn checkpoint(&self) -> StoreResult<()> {
        let busy: i64 = self
            .conn
            .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |r| r.get(0))?;
        if busy != 0 {
            return Err(
                Error::storage("the workspace is busy; the checkpoint will be retried").into(),
            );
        }
        Ok(())
    }

    /// Checkpoints and closes the workspace, reporting what went wrong (dropping does the same
    /// silently).
    pub fn close(self) -> StoreResult<()> {
        self.checkpoint()
    }

    /// Writes a self-contained copy of the workspace to `target` (`VACUUM INTO` a temporary file
    /// beside it, then renamed), and checks the copy by opening it on its own.
    pub fn backup_to(&self, target: &Path) -> StoreResult<BackupReport> {
        self.check_backup_target(target)?;
        let expected = file::counts(&self.conn)?;
        let tmp = file::sidecar(target, &format!(".part-{}", std::process::id()));
        let _ = std::fs::remove_file(&tmp);
        let made = (|| -> StoreResult<BackupReport> {
            file::create_private_file(&tmp)
                .map_err(|e| Error::storage(format!("cannot write {}: {e}", tmp.display())))?;
            self.conn
                .execute("VACUUM INTO ?1", [tmp.to_string_lossy().as_ref()])?;
            file::verify_backup(&tmp, expected)?;
            std::fs::rename(&tmp, target)
                .map_err(|e| Error::storage(format!("cannot write {}: {e}", target.display())))?;
            file::verify_backup(target, expected)
        })();
        if made.is_err() {
            let _ = std::fs::remove_file(&tmp);
        }
        made
    }

    /// A backup never lands on the workspace itself, its WAL, shared-memory or journal file, or
    /// inside its vault: replacing any of those under an open connection corrupts the workspace.
    fn check_backup_target(&self, target: &Path) -> StoreResult<()> {
        let refuse = || -> StoreResult<()> {
            Err(Error::invalid(
                "target",
                format!(
                    "{} is the open workspace or one of its own files: choose another file for the backup",
                    target.display()
                ),
            ).reason("backup_target_is_workspace")
            .into())
        };
        // Compare where the names really lead (links, `..`), file by file.
        let resolve = |p: &Path| -> Option<PathBuf> {
            let dir = p.parent().filter(|d| !d.as_os_str().is_empty())?;
            Some(std::fs::canonicalize(dir).ok()?.join(p.file_name()?))
        };
        let Some(wanted) = resolve(target) else {
            return Ok(());
        };
        let workspace = resolve(&self.path).unwrap_or_else(|| self.path.clone());
        let mut own: Vec<PathBuf> = vec![workspace.clone()];
        for suffix in ["-wal", "-shm", "-journal"] {
            let mut name = workspace.clone().into_os_string();
            name.push(suffix);
            own.push(PathBuf::from(name));
        }
        if own.contains(&wanted) {
            return refuse();
        }
        if let Ok(vault) = std::fs::canonicalize(self.vault_dir()) {
            if wanted.starts_with(&vault) {
                return refuse();
            }
        }
        // The same file under another name (a hard link).
        #[cfg(unix)]
        {
            use std::os::unix::fs::MetadataExt;
            if let (Ok(a), Ok(b)) = (std::fs::metadata(target), std::fs::metadata(&self.path)) {
                if a.dev() == b.dev() && a.ino() == b.ino() {
                    return refuse();
                }
            }
        }
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
            app_version: env!("CARGO_PKG_VERSION").to_string(),
        })
    }

    fn meta(&self, key: &str) -> StoreResult<Option<String>> {
        Ok(self
            .conn
            .query_row("SELECT value FROM meta WHERE key = ?1", [key], |r| r.get(0))
            .optional()?)
    }

    /// The messages in the language the screens are in (the `ui.language` setting, else the
    /// OS's): for stored texts the engine writes out for the UI.
    pub fn reader_catalogue(&self) -> StoreResult<comptoir_i18n::Catalogue> {
        let setting = self.setting("ui.language")?;
        Ok(comptoir_i18n::Catalogue::for_tag(
            comptoir_i18n::reader_language(setting.as_deref()),
        ))
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

impl Drop for Store {
    fn drop(&mut self) {
        // SQLite also checkpoints when the last connection closes; this covers a reader left open
        // elsewhere (a backup, the tests), which would keep the WAL alive.
        let _ = self.checkpoint();
    }
}

/// Seeds the demo into a transaction: the first seeding of a new file and `reset_demo`.
fn seed_demo(tx: &rusqlite::Transaction<'_>, clock: &dyn Clock) -> StoreResult<()> {
    let today = clock.today(comptoir_core::clock::DEFAULT_TZ);
    seed::seed_demo(tx, today, clock.now())?;
    tx.execute(
        "INSERT INTO meta(key, value)
         VALUES ('kind', 'demo'), ('seeded_on', ?1), ('signed_in_user', ?2)
         ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        rusqlite::params![today.to_string(), seed::SIGNED_IN_USER.to_string()],
    )?;
    Ok(())
}

/// Every store type that crosses IPC (see `comptoir_core::for_each_ipc_type`).
#[macro_export]
macro_rules! for_each_store_ipc_type {
    ($m:ident) => {
        $m!(
            $crate::WorkspaceKind,
            $crate::WorkspaceInfo,
            $crate::OpenRefusal,
            $crate::WorkspaceProblem,
            $crate::BackupReport,
            $crate::ProductCounts,
            $crate::OutboxEntry,
            $crate::OutboxState,
            $crate::ProviderWrite,
            $crate::DatasetSync,
            $crate::SyncChanges,
            $crate::support::SupportDraft,
            $crate::support::DraftFields,
            $crate::support::SupportAttachment,
            $crate::support::RedactionChange,
            $crate::support::SupportProductPage,
            $crate::support::SupportHistoryEntry,
            $crate::support::SupportHistoryPage,
            $crate::support::SupportPreview,
            $crate::support::PreviewPart,
            $crate::support::RedactionKind,
            $crate::support::Segment,
            $crate::support::Span,
            $crate::support::SupportProduct,
            $crate::support::SupportRedactionChoices,
            $crate::MembersPage,
            $crate::partner::PartnerMember,
            $crate::partner::PartnerOverview,
            $crate::partner::StatementRecord,
            $crate::partner::PartnerClientDetail,
            $crate::partner::PartnerProfileInput,
            $crate::partner::BillingTermsInput,
            $crate::partner::NewPartnerClient,
            $crate::partner::NewClientProduct,
            $crate::partner::StatementFormat
        )
    };
}

/// Puts a freshly seeded file at `path` only where no file is yet (a hard link fails on an
/// existing name, atomically): a workspace another opener published a moment before is kept, and
/// this seed is dropped. Where links are not supported, a rename where nothing is yet.
fn publish(tmp: &Path, path: &Path) -> StoreResult<()> {
    match std::fs::hard_link(tmp, path) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Ok(()),
        Err(_) if !path.exists() => std::fs::rename(tmp, path)
            .map_err(|e| Error::storage(format!("cannot create {}: {e}", path.display())).into()),
        Err(_) => Ok(()),
    }
}
