//! The workspace file itself: what a file is before we write to it, creating a new one, the
//! checkpoint that keeps the `.sqlite3` self-contained, and backups.
//!
//! A file is inspected read-only first (header bytes, then an immutable SQLite connection that
//! creates no `-wal`/`-shm`), so a file we refuse is left exactly as it was.

use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};

use comptoir_core::Error;
use rusqlite::{Connection, OpenFlags, OptionalExtension};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::{schema, StoreError, StoreResult};

/// `PRAGMA application_id` of every Comptoir workspace: ASCII "CMPT".
pub const APPLICATION_ID: i32 = 0x434D_5054;

/// The last schema version written before files carried [`APPLICATION_ID`]; such files are
/// recognised by their `meta` and `organizations` tables.
pub const LEGACY_SCHEMA: u32 = 4;

const SQLITE_MAGIC: &[u8; 16] = b"SQLite format 3\0";

/// Why a workspace file was not opened. The UI words each one in its own language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum OpenRefusal {
    /// Not a SQLite database at all (another kind of file).
    NotSqlite,
    /// A SQLite database that fails its integrity check.
    Damaged,
    /// Another program's SQLite database.
    Foreign,
    /// A SQLite database with no tables (e.g. copied without its `-wal` file).
    EmptyDatabase,
    /// A Comptoir workspace written by a newer version.
    Newer,
    /// A Comptoir workspace that lost the row saying what kind it is.
    MissingKind,
    /// The file cannot be read (permissions, a folder, an I/O error...).
    Unreadable,
    /// The file, or its folder, cannot be written: changes could not be saved.
    ReadOnly,
}

/// A workspace that could not be opened: which file, why, and the details in English (logs).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct WorkspaceProblem {
    pub path: String,
    pub reason: OpenRefusal,
    pub message: String,
}

impl WorkspaceProblem {
    fn new(path: &Path, reason: OpenRefusal, message: impl Into<String>) -> Self {
        WorkspaceProblem {
            path: path.display().to_string(),
            reason,
            message: message.into(),
        }
    }
}

/// What a file holds, as far as opening it is concerned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileState {
    /// No file, or an empty one: a new workspace is created.
    Missing,
    /// One of ours at this schema version (≤ this build's): opened and migrated.
    Ours { schema: u32 },
}

/// The length of `path`'s write-ahead log (0 when it has none).
pub fn wal_len(path: &Path) -> u64 {
    fs::metadata(sidecar(path, "-wal")).map_or(0, |m| m.len())
}

/// `<path>-wal`, `<path>-shm`...
pub fn sidecar(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_os_string();
    name.push(suffix);
    PathBuf::from(name)
}

/// What tells a file's bytes changed without reading them: its length, modification, creation
/// and change times, device and inode. Any write to the file, by SQLite, another program or a copy
/// over it, changes at least one of them: the change time cannot be set back (`cp -p` keeps the
/// modification time, not the change time), and a file renamed onto the path has another inode.
/// Only on Unix: elsewhere the standard library gives neither a change time nor an inode, and a
/// copy keeping the modification time would look the same, so no file is ever vouched for there.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FileIdentity {
    len: u64,
    modified_ns: u128,
    created_ns: u128,
    changed_ns: i128,
    device: u64,
    inode: u64,
}

impl FileIdentity {
    #[cfg(unix)]
    pub fn of(path: &Path) -> Option<FileIdentity> {
        use std::os::unix::fs::MetadataExt;
        let m = fs::metadata(path).ok()?;
        let since_epoch = |t: std::io::Result<std::time::SystemTime>| {
            t.ok()
                .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
                .map_or(0, |d| d.as_nanos())
        };
        Some(FileIdentity {
            len: m.len(),
            modified_ns: since_epoch(m.modified()),
            created_ns: since_epoch(m.created()),
            changed_ns: i128::from(m.ctime()) * 1_000_000_000 + i128::from(m.ctime_nsec()),
            device: m.dev(),
            inode: m.ino(),
        })
    }

    #[cfg(not(unix))]
    pub fn of(_path: &Path) -> Option<FileIdentity> {
        None
    }
}

/// Workspace files that passed the integrity check and have not changed since (issue 12: the
/// check reads the whole file, ~0.4 s for 100,000 products, at every start). The app keeps the
/// memo in its own data folder. A file is recorded when it passes the full check with no
/// write-ahead log waiting, and vouched for while its [`FileIdentity`] is the one recorded, its
/// `-wal` is empty, and for at most [`CheckMemo::VOUCHED_FOR`] (damage that leaves no trace in a
/// file's metadata, a failing disk, is found within that time). Any session that changed the
/// file (the checkpoint writes it) means the full check at the next start.
#[derive(Debug, Default, Serialize, Deserialize)]
pub struct CheckMemo {
    files: Vec<Checked>,
}

#[derive(Debug, Serialize, Deserialize)]
struct Checked {
    path: PathBuf,
    identity: FileIdentity,
    /// When it passed the check (Unix seconds).
    at: i64,
}

impl CheckMemo {
    /// The files a memo names at most (the most recent ones).
    pub const MAX_FILES: usize = 16;
    /// How long a passed check stands for an unchanged file.
    pub const VOUCHED_FOR: chrono::Duration = chrono::Duration::days(7);

    /// The memo at `memo`; an absent or unreadable one vouches for nothing.
    pub fn load(memo: &Path) -> CheckMemo {
        fs::read(memo)
            .ok()
            .and_then(|bytes| serde_json::from_slice(&bytes).ok())
            .unwrap_or_default()
    }

    /// Whether `path` is unchanged since it passed the check, less than [`Self::VOUCHED_FOR`]
    /// before `now`, with nothing in its `-wal`.
    pub fn vouches(&self, path: &Path, now: chrono::DateTime<chrono::Utc>) -> bool {
        let Some(identity) = FileIdentity::of(path) else {
            return false;
        };
        let wal_empty = wal_len(path) == 0;
        let key = key(path);
        let since = (now - Self::VOUCHED_FOR).timestamp();
        let until = now.timestamp();
        wal_empty
            && self
                .files
                .iter()
                .any(|c| c.path == key && c.identity == identity && (since..=until).contains(&c.at))
    }

    /// Records that `path`, as `identity` says, passed the check at `at` (best effort: a memo that
    /// cannot be written only means a full check next time). Written to a temporary file and
    /// renamed, so a crash leaves the old memo.
    pub fn remember(
        memo: &Path,
        path: &Path,
        identity: FileIdentity,
        at: chrono::DateTime<chrono::Utc>,
    ) {
        let mut m = CheckMemo::load(memo);
        let key = key(path);
        m.files.retain(|c| c.path != key);
        m.files.push(Checked {
            path: key,
            identity,
            at: at.timestamp(),
        });
        let excess = m.files.len().saturating_sub(Self::MAX_FILES);
        m.files.drain(..excess);
        let written = serde_json::to_vec(&m).ok().is_some_and(|bytes| {
            let tmp = sidecar(memo, &format!(".part-{}", std::process::id()));
            let ok = memo.parent().is_some_and(|d| fs::create_dir_all(d).is_ok())
                && fs::write(&tmp, bytes).is_ok()
                && fs::rename(&tmp, memo).is_ok();
            if !ok {
                let _ = fs::remove_file(&tmp);
            }
            ok
        });
        if !written {
            tracing::warn!(memo = %memo.display(), "cannot write the memo of checked workspaces");
        }
    }
}

/// The memo's name for a file: its canonical path (a file reached through a link is one file).
fn key(path: &Path) -> PathBuf {
    fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf())
}

/// Decides, without writing anything, whether `path` may be opened as a workspace.
pub fn inspect(path: &Path) -> Result<FileState, WorkspaceProblem> {
    inspect_vouched(path, false)
}

/// [`inspect`]; with `vouched` (the file is unchanged since it passed, see [`CheckMemo`]) the
/// integrity check that reads every page is left out, every other look is made.
pub fn inspect_vouched(path: &Path, vouched: bool) -> Result<FileState, WorkspaceProblem> {
    use OpenRefusal::*;
    let refuse = |reason, message: String| WorkspaceProblem::new(path, reason, message);
    let wal_len = wal_len(path);
    let len = match fs::metadata(path) {
        Ok(m) if m.is_dir() => return Err(refuse(Unreadable, "it is a folder, not a file".into())),
        Ok(m) => m.len(),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound && wal_len == 0 => {
            return Ok(FileState::Missing)
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Err(refuse(
                Damaged,
                "its -wal file is there but the database file is missing".into(),
            ))
        }
        Err(e) => return Err(refuse(Unreadable, format!("cannot read it: {e}"))),
    };
    if len == 0 && wal_len == 0 {
        return Ok(FileState::Missing);
    }
    if len > 0 {
        let mut header = [0u8; 100];
        let read = fs::File::open(path).and_then(|mut f| f.read_exact(&mut header));
        match read {
            Err(e) if e.kind() != std::io::ErrorKind::UnexpectedEof => {
                return Err(refuse(Unreadable, format!("cannot read it: {e}")))
            }
            Err(_) => return Err(refuse(NotSqlite, "it is not a SQLite database".into())),
            Ok(()) if &header[..16] != SQLITE_MAGIC => {
                return Err(refuse(NotSqlite, "it is not a SQLite database".into()))
            }
            Ok(()) => {}
        }
    }
    let facts = if wal_len > 0 {
        // Reading a WAL database, even read-only, creates its `-shm` beside it: look at a
        // private copy of the file and its WAL instead, so nothing appears beside the original.
        inspect_copy(path).map_err(|e| db_refusal(path, e))?
    } else {
        let conn = read_only(path, false).map_err(|e| db_refusal(path, e))?;
        Facts::read(&conn, !vouched).map_err(|e| db_refusal(path, e))?
    };
    facts.classify(path)
}

/// [`Facts`] of a copy of `path` and its `-wal` in a private temporary folder (removed after).
fn inspect_copy(path: &Path) -> rusqlite::Result<Facts> {
    let io = |e: std::io::Error| rusqlite::Error::ToSqlConversionFailure(Box::new(e));
    let stamp = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or(0);
    let dir = std::env::temp_dir().join(format!("comptoir-inspect-{}-{stamp}", std::process::id()));
    fs::create_dir(&dir).map_err(io)?;
    let result = (|| {
        let copy = dir.join("workspace.sqlite3");
        fs::copy(path, &copy).map_err(io)?;
        fs::copy(sidecar(path, "-wal"), sidecar(&copy, "-wal")).map_err(io)?;
        let conn = read_only(&copy, true)?;
        Facts::read(&conn, true)
    })();
    let _ = fs::remove_dir_all(&dir);
    result
}

/// Refuses (`ReadOnly`) a workspace whose file or folder cannot be written, before any write:
/// opening would succeed and every change would then fail. Nothing of the file changes: it is
/// opened for writing and closed; a probe file is created and removed in its folder (SQLite
/// keeps the `-wal` and `-shm` files there).
pub fn check_writable(path: &Path) -> Result<(), WorkspaceProblem> {
    let refuse = |message: String| WorkspaceProblem::new(path, OpenRefusal::ReadOnly, message);
    if path.exists() {
        fs::OpenOptions::new()
            .write(true)
            .open(path)
            .map_err(|e| refuse(format!("the file cannot be written ({e})")))?;
    }
    let dir = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    if dir.exists() {
        // Unique per call: threads of one process (two connections opening at once) must not
        // collide on the probe's name ("File exists").
        static PROBES: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
        let n = PROBES.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let probe = dir.join(format!(".comptoir-write-check-{}-{n}", std::process::id()));
        fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&probe)
            .map_err(|e| {
                refuse(format!(
                    "its folder {} cannot be written ({e})",
                    dir.display()
                ))
            })?;
        let _ = fs::remove_file(&probe);
    }
    Ok(())
}

/// A read-only connection. Without a `-wal` beside the file it is `immutable`: no lock, no
/// `-shm`/`-wal` is created. With one (a crash left committed data there) SQLite must read it.
pub(crate) fn read_only(path: &Path, has_wal: bool) -> rusqlite::Result<Connection> {
    // Every byte of the path, percent-encoded where a URI needs it (a file name that is not
    // UTF-8 must name this file, never a lossy look-alike).
    let mut uri = String::from("file:");
    #[cfg(unix)]
    let bytes: Vec<u8> = {
        use std::os::unix::ffi::OsStrExt;
        path.as_os_str().as_bytes().to_vec()
    };
    #[cfg(not(unix))]
    let bytes: Vec<u8> = path.to_string_lossy().replace('\\', "/").into_bytes();
    for b in bytes {
        match b {
            b'%' | b'?' | b'#' => uri.push_str(&format!("%{b:02x}")),
            0x21..=0x7e => uri.push(b as char),
            _ => uri.push_str(&format!("%{b:02x}")),
        }
    }
    uri.push_str(if has_wal { "?mode=ro" } else { "?immutable=1" });
    Connection::open_with_flags(
        uri,
        OpenFlags::SQLITE_OPEN_READ_ONLY
            | OpenFlags::SQLITE_OPEN_URI
            | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
}

fn db_refusal(path: &Path, e: rusqlite::Error) -> WorkspaceProblem {
    use rusqlite::ErrorCode as C;
    let reason = match e.sqlite_error_code() {
        Some(C::NotADatabase) => OpenRefusal::NotSqlite,
        Some(C::DatabaseCorrupt) => OpenRefusal::Damaged,
        _ => OpenRefusal::Unreadable,
    };
    let message = match reason {
        OpenRefusal::NotSqlite => "it is not a SQLite database".to_owned(),
        OpenRefusal::Damaged => format!("the database is damaged ({e})"),
        _ => format!("cannot read it: {e}"),
    };
    WorkspaceProblem::new(path, reason, message)
}

/// What the read-only look at a SQLite file found.
struct Facts {
    check: String,
    application_id: i32,
    version: u32,
    tables: Vec<String>,
    has_kind: bool,
}

impl Facts {
    /// With `check`, the integrity check too (every page read); without, it counts as passed.
    fn read(conn: &Connection, check: bool) -> rusqlite::Result<Facts> {
        let check: String = if check {
            conn.query_row("PRAGMA quick_check(1)", [], |r| r.get(0))?
        } else {
            "ok".to_owned()
        };
        let application_id = conn.pragma_query_value(None, "application_id", |r| r.get(0))?;
        let version = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
        let tables = conn
            .prepare(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
                 ORDER BY name",
            )?
            .query_map([], |r| r.get(0))?
            .collect::<rusqlite::Result<Vec<String>>>()?;
        // Another program's `meta` table may have other columns: then there is no kind row.
        let has_kind = tables.iter().any(|t| t == "meta")
            && conn
                .query_row("SELECT 1 FROM meta WHERE key = 'kind'", [], |_| Ok(()))
                .optional()
                .unwrap_or(None)
                .is_some();
        Ok(Facts {
            check,
            application_id,
            version,
            tables,
            has_kind,
        })
    }

    fn classify(&self, path: &Path) -> Result<FileState, WorkspaceProblem> {
        use OpenRefusal::*;
        let refuse = |reason, message: String| Err(WorkspaceProblem::new(path, reason, message));
        if self.check != "ok" {
            return refuse(Damaged, format!("the database is damaged ({})", self.check));
        }
        let has = |t: &str| self.tables.iter().any(|n| n == t);
        let legacy = self.application_id == 0
            && (1..=LEGACY_SCHEMA).contains(&self.version)
            && has("meta")
            && has("organizations");
        if self.application_id != APPLICATION_ID && !legacy {
            if self.tables.is_empty() && self.application_id == 0 {
                return refuse(
                    EmptyDatabase,
                    "it is an empty SQLite database with no Comptoir data (a copy made \
                     without its -wal file?)"
                        .into(),
                );
            }
            let shown: Vec<&str> = self.tables.iter().take(5).map(String::as_str).collect();
            return refuse(
                Foreign,
                format!(
                    "it is another program's SQLite database (application id {:#010x}, tables: {})",
                    self.application_id,
                    shown.join(", ")
                ),
            );
        }
        let latest = schema::MIGRATIONS.len() as u32;
        if self.version > latest {
            return refuse(
                Newer,
                format!(
                    "it was written by a newer Comptoir (schema {}, this build knows {latest})",
                    self.version
                ),
            );
        }
        if !self.has_kind {
            return refuse(
                MissingKind,
                "it is a Comptoir workspace whose kind (demo, local, provider) is missing; \
                 it is not re-seeded, to keep its data"
                    .into(),
            );
        }
        Ok(FileState::Ours {
            schema: self.version,
        })
    }
}

/// Creates `path` readable by its owner only (0600 on Unix). Fails if it exists.
pub(crate) fn create_private_file(path: &Path) -> std::io::Result<()> {
    let mut opts = fs::OpenOptions::new();
    opts.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut opts, 0o600);
    opts.open(path).map(drop)
}

/// Creates the folder (and its parents) with the last one private to its owner (0700 on Unix).
pub fn create_private_dir(dir: &Path) -> StoreResult<()> {
    if dir.is_dir() {
        return Ok(());
    }
    let mut builder = fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    builder
        .create(dir)
        .map_err(|e| Error::storage(format!("cannot create {}: {e}", dir.display())).into())
}

/// What a backup holds, read back from the copy itself.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct BackupReport {
    pub path: String,
    pub bytes: u64,
    pub schema_version: u32,
    pub organizations: u32,
    pub users: u32,
    pub products: u32,
    pub invoices: u32,
}

/// Row counts that must match between a workspace and its backup.
pub(crate) fn counts(conn: &Connection) -> rusqlite::Result<[u32; 4]> {
    let n = |t: &str| -> rusqlite::Result<u32> {
        conn.query_row(&format!("SELECT count(*) FROM {t}"), [], |r| r.get(0))
    };
    Ok([
        n("organizations")?,
        n("users")?,
        n("products")?,
        n("invoices")?,
    ])
}

/// Opens a finished backup standalone and checks it: integrity, that it is ours, and its counts.
pub(crate) fn verify_backup(path: &Path, expected: [u32; 4]) -> StoreResult<BackupReport> {
    let bad = |what: String| -> StoreError {
        Error::storage(format!(
            "the backup {} did not check out: {what}",
            path.display()
        ))
        .into()
    };
    match inspect(path) {
        Ok(FileState::Ours { .. }) => {}
        Ok(FileState::Missing) => return Err(bad("it is empty".into())),
        Err(p) => return Err(bad(p.message)),
    }
    let conn = read_only(path, false)?;
    let got = counts(&conn)?;
    if got != expected {
        return Err(bad(format!(
            "it holds {got:?} organizations/users/products/invoices, the workspace {expected:?}"
        )));
    }
    let [organizations, users, products, invoices] = got;
    Ok(BackupReport {
        path: path.display().to_string(),
        bytes: fs::metadata(path).map(|m| m.len()).unwrap_or(0),
        schema_version: conn.pragma_query_value(None, "user_version", |r| r.get(0))?,
        organizations,
        users,
        products,
        invoices,
    })
}
