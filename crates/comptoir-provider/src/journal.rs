//! API-3 across restarts and processes: the send instants of the last window, kept in a small
//! SQLite file beside the workspaces and keyed by provider URL. The in-memory limiter alone
//! forgot them at a restart (a new process sent 60 more at once) and a second instance on the
//! same workspace counted apart. Each send is decided in one IMMEDIATE transaction, so two
//! processes never both take the 60th slot.

use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use rusqlite::{params, Connection, OptionalExtension, TransactionBehavior};

use crate::error::ProviderError;

/// Milliseconds on a clock every process agrees on (the wall clock by default).
pub type JournalClock = Arc<dyn Fn() -> i64 + Send + Sync>;

pub struct SendJournal {
    conn: Mutex<Connection>,
    key: String,
    clock: JournalClock,
}

impl std::fmt::Debug for SendJournal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SendJournal")
            .field("key", &self.key)
            .finish_non_exhaustive()
    }
}

/// What the journal says about sending now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JournalVerdict {
    /// Recorded: send now.
    Sent,
    /// Full window or a provider pause: ask again after this long.
    Wait(Duration),
}

impl SendJournal {
    /// Opens (or creates) the journal file; `key` is the provider URL.
    pub fn open(path: &Path, key: &str) -> Result<Self, ProviderError> {
        let invalid = |e: rusqlite::Error| ProviderError::Invalid {
            field: "rate_journal".into(),
            message: format!("{}: {e}", path.display()),
        };
        create_private(path).map_err(|e| ProviderError::Invalid {
            field: "rate_journal".into(),
            message: format!("{}: {e}", path.display()),
        })?;
        let conn = Connection::open(path).map_err(invalid)?;
        conn.busy_timeout(Duration::from_secs(5)).map_err(invalid)?;
        conn.execute_batch(
            "CREATE TABLE IF NOT EXISTS provider_sends (key TEXT NOT NULL, at_ms INTEGER NOT NULL);
             CREATE INDEX IF NOT EXISTS provider_sends_key_at ON provider_sends (key, at_ms);
             CREATE TABLE IF NOT EXISTS provider_pauses (key TEXT PRIMARY KEY, until_ms INTEGER NOT NULL);",
        )
        .map_err(invalid)?;
        Ok(SendJournal {
            conn: Mutex::new(conn),
            key: key.to_owned(),
            clock: Arc::new(wall_ms),
        })
    }

    /// The same journal on another clock (tests: tokio's paused clock, shared by two journals).
    pub fn with_clock(mut self, clock: JournalClock) -> Self {
        self.clock = clock;
        self
    }

    pub fn now_ms(&self) -> i64 {
        (self.clock)()
    }

    /// Sends still inside `window`, as their age, oldest first (read when a limiter is built).
    pub fn recent(&self, window: Duration) -> Result<Vec<Duration>, rusqlite::Error> {
        let now = self.now_ms();
        let conn = self.conn.lock().expect("rate journal");
        let mut stmt = conn.prepare(
            "SELECT at_ms FROM provider_sends WHERE key = ?1 AND at_ms > ?2 ORDER BY at_ms",
        )?;
        let rows = stmt.query_map(params![self.key, now - window.as_millis() as i64], |r| {
            r.get::<_, i64>(0)
        })?;
        rows.map(|at| at.map(|at| Duration::from_millis((now - at).max(0) as u64)))
            .collect()
    }

    /// Records a send now when fewer than `limit` were sent in the last `window` (by any process)
    /// and the provider asked no one to wait; else says how long to wait.
    pub fn try_send(
        &self,
        limit: usize,
        window: Duration,
    ) -> Result<JournalVerdict, rusqlite::Error> {
        let now = self.now_ms();
        let window_ms = window.as_millis() as i64;
        let mut conn = self.conn.lock().expect("rate journal");
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        tx.execute(
            "DELETE FROM provider_sends WHERE key = ?1 AND at_ms <= ?2",
            params![self.key, now - window_ms],
        )?;
        let paused: Option<i64> = tx
            .query_row(
                "SELECT until_ms FROM provider_pauses WHERE key = ?1 AND until_ms > ?2",
                params![self.key, now],
                |r| r.get(0),
            )
            .optional()?;
        if let Some(until) = paused {
            return Ok(JournalVerdict::Wait(Duration::from_millis(
                (until - now) as u64,
            )));
        }
        // The (limit)th newest send leaves the window at its instant + window.
        let blocking: Option<i64> = tx
            .query_row(
                "SELECT at_ms FROM provider_sends WHERE key = ?1 ORDER BY at_ms DESC LIMIT 1 OFFSET ?2",
                params![self.key, limit as i64 - 1],
                |r| r.get(0),
            )
            .optional()?;
        if let Some(at) = blocking {
            let wait = (at + window_ms - now).max(1);
            return Ok(JournalVerdict::Wait(Duration::from_millis(wait as u64)));
        }
        tx.execute(
            "INSERT INTO provider_sends (key, at_ms) VALUES (?1, ?2)",
            params![self.key, now],
        )?;
        tx.commit()?;
        Ok(JournalVerdict::Sent)
    }

    /// The provider said wait (429, Remaining 0): every process waits, a shorter pause never
    /// shortens a longer one.
    pub fn pause_for(&self, delay: Duration) -> Result<(), rusqlite::Error> {
        let until = self.now_ms() + delay.as_millis() as i64;
        let conn = self.conn.lock().expect("rate journal");
        conn.execute(
            "INSERT INTO provider_pauses (key, until_ms) VALUES (?1, ?2)
             ON CONFLICT (key) DO UPDATE SET until_ms = max(until_ms, excluded.until_ms)",
            params![self.key, until],
        )?;
        Ok(())
    }
}

fn wall_ms() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_millis() as i64)
}

/// Creates the journal (and its folder) readable by its owner only (0600 on Unix), as the
/// workspaces are; an existing file is left as it is.
fn create_private(path: &Path) -> std::io::Result<()> {
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir)?;
    }
    let mut opts = std::fs::OpenOptions::new();
    opts.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut opts, 0o600);
    match opts.open(path) {
        Ok(_) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Ok(()),
        Err(e) => Err(e),
    }
}
