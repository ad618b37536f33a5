//! The provider connection (issue 10): connect with a personal token (checked with
//! `GET /2/profile`, kept only in the OS keyring), sync, the outbox, disconnect. The work is
//! comptoir-sync's and the store's; this adapts it: one `Syncer` per token (one rate limiter),
//! progress through a channel, and a background flusher that sends queued writes as soon as
//! they are made, and every 30 s while offline.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use comptoir_core::{Error, ErrorCode, Result};
use comptoir_provider::{
    Client, ClientConfig, KeyringToken, ProviderError, RateLimiter, Secret, StaticToken,
    TokenSource,
};
use comptoir_store::{OutboxEntry, Store, WorkspaceInfo, WorkspaceKind};
use comptoir_sync::{LinkState, SyncOutcome, SyncProgress, Syncer};
use serde::{Deserialize, Serialize};
use tauri::ipc::Channel;
use tauri::{AppHandle, Emitter, Manager, Runtime, State};
use ts_rs::TS;

use crate::AppState;

/// The provider's API when `COMPTOIR_PROVIDER_URL` is not set.
pub const DEFAULT_PROVIDER_URL: &str = "https://api.infomaniak.com";
/// The rate limiter's journal: ONE per user, in the app data folder (keyed by provider URL), so
/// workspaces in different folders on one token count the same 60 a minute.
pub const RATE_JOURNAL: &str = "provider-ratelimit.sqlite3";
/// While offline, queued writes are tried again this often ("Retry now" does it at once).
const RETRY_OFFLINE: Duration = Duration::from_secs(30);
/// The event the UI listens to for the link's state (after every sync and flush).
pub const STATUS_EVENT: &str = "provider-status";
/// The background flush's progress ("n of N sent", time left); `null` when it ends.
pub const PROGRESS_EVENT: &str = "provider-progress";

/// Where the link stands, for the source labels and the sync panel.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ProviderStatus {
    pub provider_url: String,
    /// A provider workspace is open and a token for it is in the keyring.
    pub connected: bool,
    /// The last sync's or flush's result, when there was one in this run.
    pub link: Option<LinkState>,
    pub reason: Option<String>,
    /// The oldest of the datasets' last syncs (RFC 3339), what "synced at" may claim.
    pub last_synced_at: Option<String>,
    pub unsent: u32,
    /// The failed or conflicting write holding the queue back.
    pub blocked_by: Option<i64>,
    /// What the last write became: sent at once, or queued.
    pub last_write_sent: Option<bool>,
    /// How many flushes tried to send something in this run (the UI tells each one).
    pub flushes: u32,
    /// The person cancelled sending: queued writes wait for "Send now".
    pub held: bool,
    /// Products the last sync left out of Renewals: no expiry date on the provider, and of a
    /// service the renewals engine does not know (said in words, kept across screens).
    pub left_out_no_expiry: u32,
    pub left_out_unknown_service: u32,
}

/// What connecting did: the workspace now open and the link.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
pub struct Connected {
    pub workspace: WorkspaceInfo,
    pub status: ProviderStatus,
}

#[derive(Default)]
struct Link {
    /// The syncer of the open provider workspace, with its path.
    syncer: Option<(PathBuf, Syncer)>,
    last: Option<SyncOutcome>,
    last_attempt: Option<Instant>,
    last_write_sent: Option<bool>,
    flushes: u32,
    busy: bool,
    /// Cancel was pressed: the background flusher leaves the queue alone until "Send now".
    held: bool,
    /// A sync (Sync now) runs, not only a flush of the queue.
    syncing: bool,
    /// The last completed sync's changes (a flush's outcome replaces `last`, not these).
    synced: Option<comptoir_store::SyncChanges>,
}

impl Link {
    /// Cancel stops what runs. Cancelling a bulk send holds the rest of the queue until "Send
    /// now" (else the background flusher would resume it at once); cancelling a sync stops
    /// the sync only: queued writes still go out.
    fn cancel(&mut self) {
        if !self.syncing {
            self.held = true;
        }
    }
}

/// The shell's provider state.
pub struct ProviderLink {
    url: String,
    link: Mutex<Link>,
    keyring: std::sync::Once,
    /// The rate journal's file: `COMPTOIR_RATE_JOURNAL` (tests), else set from the app data
    /// folder at setup.
    journal: std::sync::OnceLock<PathBuf>,
}

impl ProviderLink {
    pub fn from_env() -> Self {
        let journal = std::sync::OnceLock::new();
        if let Some(p) = std::env::var_os("COMPTOIR_RATE_JOURNAL").filter(|p| !p.is_empty()) {
            let _ = journal.set(PathBuf::from(p));
        }
        ProviderLink {
            url: std::env::var("COMPTOIR_PROVIDER_URL")
                .ok()
                .filter(|u| !u.trim().is_empty())
                .unwrap_or_else(|| DEFAULT_PROVIDER_URL.to_owned()),
            link: Mutex::new(Link::default()),
            keyring: std::sync::Once::new(),
            journal,
        }
    }

    /// The app data folder, known only at setup: the journal goes there unless the env set it.
    pub fn set_journal_dir(&self, dir: &Path) {
        let _ = self.journal.set(dir.join(RATE_JOURNAL));
    }

    fn lock(&self) -> Result<std::sync::MutexGuard<'_, Link>> {
        self.link
            .lock()
            .map_err(|_| Error::new(ErrorCode::Internal, "the provider link lock was poisoned"))
    }

    /// The OS keyring, or (`COMPTOIR_KEYRING=mock`, tests only) keyring-core's in-memory store.
    /// Also the 2FA seeds' store (security_commands): one default store per process.
    pub(crate) fn init_keyring(&self) {
        self.keyring.call_once(|| {
            if std::env::var("COMPTOIR_KEYRING").as_deref() == Ok("mock") {
                if let Ok(store) = keyring_core::mock::Store::new() {
                    keyring_core::set_default_store(store);
                }
            } else if let Err(e) = comptoir_provider::use_os_keyring() {
                eprintln!("comptoir: {e}");
            }
        });
    }

    /// The name of this provider's personal token: its keyring entry. One keyring entry per provider and account: a workspace only ever uses its own
    /// account's token (another account's workspace reads "not connected").
    fn key(&self, profile: i64) -> String {
        format!("personal-token {} profile {profile}", self.url)
    }

    fn token(&self, profile: i64) -> KeyringToken {
        self.init_keyring();
        KeyringToken::new(self.key(profile))
    }

    fn config(&self) -> Result<ClientConfig> {
        ClientConfig::new(&self.url).map_err(provider_error)
    }

    /// A client on this provider's ONE rate limiter (API-3), whatever the token, the call (the
    /// token check included) or the workspace's folder: keyed by the provider URL and journaled
    /// in the user's one journal, so a restart, a second instance or a workspace elsewhere counts
    /// the same sends. `dir` (the workspace's folder) serves only when no app data folder is
    /// known (the mock runtime).
    fn client(&self, dir: &Path, token: Arc<dyn TokenSource>) -> Result<Client> {
        let journal = self
            .journal
            .get()
            .cloned()
            .unwrap_or_else(|| dir.join(RATE_JOURNAL));
        let limiter =
            RateLimiter::shared_persistent(&self.url, &journal).map_err(provider_error)?;
        Client::with_limiter(self.config()?, token, limiter).map_err(provider_error)
    }

    /// The syncer of the open workspace when it is a provider workspace with a stored token.
    fn syncer(&self, state: &AppState) -> Result<Option<Syncer>> {
        let (kind, path, handle) =
            state.with(|s| Ok((s.info()?.kind, s.path().to_path_buf(), s.worker_handle())))?;
        let mut link = self.lock()?;
        if kind != WorkspaceKind::Provider {
            link.syncer = None;
            return Ok(None);
        }
        if let Some((p, s)) = &link.syncer {
            if *p == path {
                return Ok(Some(s.clone()));
            }
        }
        let Some(profile) = state.with(|s| s.provider_profile())? else {
            link.syncer = None;
            return Ok(None);
        };
        let token = self.token(profile);
        if !token.is_stored().map_err(provider_error)? {
            link.syncer = None;
            return Ok(None);
        }
        let dir = path.parent().unwrap_or(Path::new("."));
        let client = self.client(dir, Arc::new(token))?;
        let syncer = Syncer::new(client, handle);
        link.syncer = Some((path, syncer.clone()));
        Ok(Some(syncer))
    }

    fn status(&self, state: &AppState) -> Result<ProviderStatus> {
        let connected = self.syncer(state)?.is_some();
        let (last_synced_at, unsent) = state.with(|s| {
            Ok(if s.info()?.kind == WorkspaceKind::Provider {
                (s.last_synced_at()?, s.outbox_unsent()?)
            } else {
                (None, 0)
            })
        })?;
        let link = self.lock()?;
        Ok(ProviderStatus {
            provider_url: self.url.clone(),
            connected,
            link: link.last.as_ref().map(|o| o.link),
            reason: link.last.as_ref().and_then(|o| o.reason.clone()),
            last_synced_at,
            unsent,
            blocked_by: link.last.as_ref().and_then(|o| o.blocked_by),
            last_write_sent: link.last_write_sent,
            flushes: link.flushes,
            held: link.held,
            left_out_no_expiry: link.synced.map_or(0, |c| c.no_expiry),
            left_out_unknown_service: link.synced.map_or(0, |c| c.skipped),
        })
    }

    fn record(&self, outcome: &SyncOutcome) {
        if let Ok(mut link) = self.lock() {
            link.last = Some(outcome.clone());
            link.last_attempt = Some(Instant::now());
        }
    }
}

/// A provider error as the one IPC error type: field `token` when the token was refused, else
/// `provider`, with the reason code the UI words (`params.reason`). Never the token itself.
fn provider_error(e: ProviderError) -> Error {
    let field = match e {
        ProviderError::Unauthorized | ProviderError::Invalid { .. } => "token",
        ProviderError::Keyring { .. } => "keyring",
        _ => "provider",
    };
    let code = match e {
        ProviderError::Unauthorized | ProviderError::Invalid { .. } => ErrorCode::InvalidInput,
        _ => ErrorCode::Conflict,
    };
    Error::new(code, e.to_string())
        .with_field(field)
        .with_param("reason", e.code())
}

fn emit_status<R: Runtime>(app: &AppHandle<R>) {
    let status = app.state::<ProviderLink>().status(&app.state::<AppState>());
    if let Ok(status) = status {
        let _ = app.emit(STATUS_EVENT, status);
    }
}

/// Flushes the outbox when a provider workspace with a token is open (the background flusher,
/// "Retry now", a retried write).
async fn flush<R: Runtime>(app: &AppHandle<R>) -> Result<Option<SyncOutcome>> {
    let Some(syncer) = app
        .state::<ProviderLink>()
        .syncer(&app.state::<AppState>())?
    else {
        return Ok(None);
    };
    if let Ok(mut l) = app.state::<ProviderLink>().lock() {
        l.busy = true;
    }
    let emitter = app.clone();
    let outcome = syncer
        .flush(&mut |p| {
            let _ = emitter.emit(PROGRESS_EVENT, Some(p));
        })
        .await;
    let _ = app.emit(PROGRESS_EVENT, None::<SyncProgress>);
    let link = app.state::<ProviderLink>();
    if let Ok(mut l) = link.lock() {
        l.busy = false;
    }
    let outcome = outcome?;
    link.record(&outcome);
    // A cancelled flush is no news about the last write: the bar says "Sending stopped".
    if outcome.requests > 0 && outcome.link != LinkState::Cancelled {
        if let Ok(mut l) = link.lock() {
            l.last_write_sent = Some(outcome.sent > 0 && outcome.unsent == 0);
            l.flushes += 1;
        }
    }
    emit_status(app);
    Ok(Some(outcome))
}

/// Sends queued writes as soon as they are made (checked every second: a count in SQLite), and
/// every 30 s while offline.
pub fn start_flusher<R: Runtime>(app: AppHandle<R>) {
    tauri::async_runtime::spawn(async move {
        loop {
            tokio::time::sleep(Duration::from_secs(1)).await;
            let state = app.state::<AppState>();
            if !state.is_open() {
                continue;
            }
            let Ok(unsent) = state.with(|s| s.outbox_unsent()) else {
                continue;
            };
            let due = {
                let link = app.state::<ProviderLink>();
                let Ok(l) = link.lock() else { continue };
                let waiting_offline = l.last.as_ref().is_some_and(|o| o.link != LinkState::Online);
                let blocked = l.last.as_ref().is_some_and(|o| o.blocked_by.is_some());
                let recent = l.last_attempt.is_some_and(|t| t.elapsed() < RETRY_OFFLINE);
                // Offline or held back by a failed write: wait for the 30 s retry. Cancelled by
                // the person: wait for them.
                let wait = recent && (blocked || waiting_offline);
                !l.busy && !l.held && unsent > 0 && !wait
            };
            if due {
                let _ = flush(&app).await;
            }
        }
    });
}

#[tauri::command(async)]
pub fn provider_status(
    state: State<'_, AppState>,
    link: State<'_, ProviderLink>,
) -> Result<ProviderStatus> {
    link.status(&state)
}

/// Checks the pasted token with `GET /2/profile`, stores it in the keyring only, then opens (or
/// creates) the provider workspace `provider-<profile id>.sqlite3` beside the open workspace:
/// the demo is never mixed with provider data.
#[tauri::command]
pub async fn connect_provider<R: Runtime>(app: AppHandle<R>, token: String) -> Result<Connected> {
    let link = app.state::<ProviderLink>();
    let secret = Secret::new(token.trim());
    if secret.is_empty() {
        return Err(Error::invalid("token", "paste the personal API token").reason("empty"));
    }
    let check: Arc<dyn TokenSource> = Arc::new(StaticToken(secret.clone()));
    let state = app.state::<AppState>();
    let dir = state.with(|s| Ok(s.path().parent().map(|p| p.to_path_buf())))?;
    let dir = match dir {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => app
            .path()
            .app_data_dir()
            .map_err(|e| Error::storage(format!("no app data folder: {e}")))?,
    };
    // The check counts against the same limiter as every later sync and write.
    let profile = link
        .client(&dir, check)?
        .profile()
        .await
        .map_err(provider_error)?;
    let path = dir.join(format!("provider-{}.sqlite3", profile.id));
    let workspace = open_bound(&state, &path, |s| {
        s.with(|s| s.bind_provider_profile(profile.id))?;
        link.token(profile.id)
            .store(&secret)
            .map_err(provider_error)
    })?;
    if let Ok(mut l) = link.lock() {
        *l = Link::default();
    }
    Ok(Connected {
        workspace,
        status: link.status(&state)?,
    })
}

/// Opens (or creates) the provider workspace `path` and runs `keep` (bind to the account, keep
/// the token). Either refused (another account's workspace, a locked keyring): back to the
/// workspace the screen shows, so nothing lands in the other one unseen, and a file this call
/// created is removed (an empty `provider-<id>.sqlite3` left behind looked like a workspace).
fn open_bound(
    state: &AppState,
    path: &Path,
    keep: impl FnOnce(&AppState) -> Result<()>,
) -> Result<WorkspaceInfo> {
    let created = !path.exists();
    let previous = state.with(|s| Ok(s.path().to_path_buf()))?;
    let undo = || {
        if previous != path {
            let _ = state.open(&previous);
        }
        if created {
            for suffix in ["", "-wal", "-shm", "-journal"] {
                let mut file = path.as_os_str().to_owned();
                file.push(suffix);
                let _ = std::fs::remove_file(file);
            }
        }
    };
    let opened = Store::open_provider(path, Arc::clone(&state.clock))
        .and_then(|s| s.close())
        .map_err(Error::from)
        .and_then(|()| state.open(path));
    let workspace = match opened {
        Ok(w) => w,
        Err(e) => {
            undo();
            return Err(e);
        }
    };
    if let Err(e) = keep(state) {
        undo();
        return Err(e);
    }
    Ok(workspace)
}

/// Deletes the token from the keyring. The provider workspace stays (its data is the person's).
#[tauri::command]
pub async fn disconnect_provider<R: Runtime>(app: AppHandle<R>) -> Result<ProviderStatus> {
    let link = app.state::<ProviderLink>();
    if let Some(profile) = app.state::<AppState>().with(|s| s.provider_profile())? {
        link.token(profile).forget().await.map_err(provider_error)?;
    }
    if let Ok(mut l) = link.lock() {
        *l = Link::default();
    }
    link.status(&app.state::<AppState>())
}

/// Sends the outbox, then syncs; progress (with time left from the rate limiter) on the channel.
#[tauri::command]
pub async fn sync_provider<R: Runtime>(
    app: AppHandle<R>,
    on_progress: Channel<SyncProgress>,
) -> Result<SyncOutcome> {
    let link = app.state::<ProviderLink>();
    let syncer = link.syncer(&app.state::<AppState>())?.ok_or_else(|| {
        Error::invalid("token", "not connected to the provider: connect first")
            .with_param("reason", "not_connected")
    })?;
    {
        let mut l = link.lock()?;
        l.busy = true;
        l.syncing = true;
        l.held = false;
    }
    let mut send = |p: SyncProgress| {
        let _ = on_progress.send(p);
    };
    let flushed = syncer.flush(&mut send).await;
    let result = match flushed {
        Ok(f) if f.link == LinkState::Online || f.link == LinkState::Refused => {
            syncer.sync(&mut send).await.map(|mut s| {
                s.sent = f.sent;
                s.blocked_by = s.blocked_by.or(f.blocked_by);
                s
            })
        }
        other => other,
    };
    {
        let mut l = link.lock()?;
        l.busy = false;
        l.syncing = false;
    }
    if let Ok(outcome) = &result {
        link.record(outcome);
        if outcome.link == LinkState::Online {
            link.lock()?.synced = Some(outcome.changes);
        }
    }
    emit_status(&app);
    result
}

/// Stops the running sync or flush after the request or write in flight; after a cancelled
/// flush, queued writes wait for "Send now" ([`Link::cancel`]).
#[tauri::command(async)]
pub fn cancel_provider_sync<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    link: State<'_, ProviderLink>,
) -> Result<()> {
    if let Some(s) = link.syncer(&state)? {
        s.cancel();
    }
    link.lock()?.cancel();
    emit_status(&app);
    Ok(())
}

#[tauri::command(async)]
pub fn list_outbox(state: State<'_, AppState>) -> Result<Vec<OutboxEntry>> {
    state.with(|s| s.outbox())
}

/// Sends a failed write again (a conflict: the person chose to overwrite), at once.
#[tauri::command]
pub async fn retry_outbox<R: Runtime>(app: AppHandle<R>, id: i64) -> Result<ProviderStatus> {
    app.state::<AppState>().with(|s| s.outbox_retry(id))?;
    if let Ok(mut l) = app.state::<ProviderLink>().lock() {
        l.last_attempt = None;
    }
    flush(&app).await?;
    app.state::<ProviderLink>().status(&app.state::<AppState>())
}

/// "Retry now" while offline, "Send now" after a Cancel: the queue is sent at once.
#[tauri::command]
pub async fn retry_provider_now<R: Runtime>(app: AppHandle<R>) -> Result<ProviderStatus> {
    app.state::<ProviderLink>().lock()?.held = false;
    flush(&app).await?;
    app.state::<ProviderLink>().status(&app.state::<AppState>())
}

#[tauri::command(async)]
pub fn discard_outbox(
    state: State<'_, AppState>,
    link: State<'_, ProviderLink>,
    id: i64,
) -> Result<()> {
    state.with(|s| s.outbox_discard(id))?;
    // What blocked the queue is gone: forget the last outcome's "blocked by" (SQLite may give
    // its id to the next write) so the queue is sent at once.
    if let Ok(mut l) = link.lock() {
        if let Some(last) = l.last.as_mut() {
            last.blocked_by = None;
        }
        l.last_attempt = None;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// API-3: the Connect check (a pasted token, no profile yet) and the syncs of any account
    /// on this provider count against ONE limiter, journaled beside the workspaces. The check
    /// had its own key ("{url} unchecked"): check + sync together went over 60 a minute.
    #[test]
    fn the_token_check_and_every_sync_share_one_persistent_limiter() {
        let dir = tempfile::tempdir().unwrap();
        let link = link_on("http://127.0.0.1:9", None);
        let token = |t: &str| -> Arc<dyn TokenSource> { Arc::new(StaticToken(Secret::new(t))) };
        let check = link.client(dir.path(), token("pasted")).unwrap();
        let sync = link.client(dir.path(), token("stored")).unwrap();
        assert!(Arc::ptr_eq(check.limiter(), sync.limiter()));
        assert!(dir.path().join(RATE_JOURNAL).exists());
    }

    fn link_on(url: &str, journal: Option<PathBuf>) -> ProviderLink {
        let link = ProviderLink {
            url: url.into(),
            link: Mutex::new(Link::default()),
            keyring: std::sync::Once::new(),
            journal: std::sync::OnceLock::new(),
        };
        if let Some(j) = journal {
            let _ = link.journal.set(j);
        }
        link
    }

    /// API-3 per token, not per folder: the journal lived beside each workspace, so two
    /// workspaces in two folders on one token each counted their own 60 a minute (62 in 60 s,
    /// 429s). Now one journal per user: the 61st request waits for the window.
    #[test]
    fn workspaces_in_two_folders_share_the_users_one_journal_and_60_a_minute() {
        let rt = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .unwrap();
        rt.block_on(async {
            let data = tempfile::tempdir().unwrap();
            let (a, b) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
            let (addr, fake) = comptoir_fake_provider::FakeProvider::start().await;
            let journal = data.path().join("app").join(RATE_JOURNAL);
            let link = link_on(&format!("http://{addr}"), Some(journal.clone()));
            let token = || -> Arc<dyn TokenSource> {
                Arc::new(StaticToken(Secret::new(comptoir_fake_provider::DEMO_TOKEN)))
            };
            let mut tasks = Vec::new();
            for dir in [a.path(), b.path()] {
                let client = link.client(dir, token()).unwrap();
                for _ in 0..31 {
                    let client = client.clone();
                    tasks.push(tokio::spawn(async move { client.profile().await }));
                }
            }
            tokio::time::sleep(Duration::from_secs(2)).await;
            assert_eq!(fake.requests().len(), 60, "sent in the first seconds");
            assert_eq!(fake.limit_refusals(), 0);
            for t in tasks {
                t.abort();
            }
            assert!(journal.exists());
            assert!(!a.path().join(RATE_JOURNAL).exists());
            assert!(!b.path().join(RATE_JOURNAL).exists());
            #[cfg(unix)]
            {
                use std::os::unix::fs::PermissionsExt;
                let mode = std::fs::metadata(&journal).unwrap().permissions().mode() & 0o777;
                assert_eq!(mode, 0o600, "journal is {mode:o}");
            }
        });
    }

    /// Review finding: a Connect whose token the keyring refused left an empty
    /// `provider-<id>.sqlite3` behind. The file that call created is removed; one that was
    /// there before stays; the workspace shown before is open again.
    #[test]
    fn a_refused_connect_removes_the_workspace_file_it_created_only() {
        let dir = tempfile::tempdir().unwrap();
        let clock = Arc::new(comptoir_core::FixedClock::parse("2026-11-27T09:00:00Z").unwrap());
        let demo = dir.path().join("demo.sqlite3");
        let state = AppState::new(Store::open(&demo, clock).unwrap());
        let locked = |_: &AppState| -> Result<()> {
            Err(Error::new(ErrorCode::Storage, "the keyring is locked"))
        };
        let path = dir.path().join("provider-7.sqlite3");
        assert!(open_bound(&state, &path, locked).is_err());
        assert!(!path.exists(), "the refused connect left its file");
        let left: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .filter(|n| n.starts_with("provider-7"))
            .collect();
        assert!(left.is_empty(), "{left:?}");
        assert_eq!(state.with(|s| Ok(s.path().to_path_buf())).unwrap(), demo);
        // A workspace that was there before is the person's: kept.
        open_bound(&state, &path, |_| Ok(())).unwrap();
        state.open(&demo).unwrap();
        assert!(open_bound(&state, &path, locked).is_err());
        assert!(path.exists());
        assert_eq!(state.with(|s| Ok(s.path().to_path_buf())).unwrap(), demo);
    }

    /// Cancel during "Sync now" held the outbox too: queued writes then waited for "Send now"
    /// although the person only stopped the sync.
    #[test]
    fn cancelling_a_sync_does_not_hold_the_queue_cancelling_a_bulk_send_does() {
        let mut syncing = Link {
            busy: true,
            syncing: true,
            ..Link::default()
        };
        syncing.cancel();
        assert!(!syncing.held);
        let mut flushing = Link {
            busy: true,
            ..Link::default()
        };
        flushing.cancel();
        assert!(flushing.held);
    }
}
