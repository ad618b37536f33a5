//! Sync and write-through between the provider (comptoir-provider's client) and a provider
//! workspace (comptoir-store), issue 10. No Tauri: the shell runs a [`Syncer`] on its async
//! runtime and forwards [`SyncProgress`] through a channel.
//!
//! - Sync pages through the client (every request through the one rate limiter of the token) and
//!   applies each page on a connection of its own (`WorkerHandle`): short transactions, never the
//!   lock the UI's reads need. Products are applied page by page; deletions only once every page
//!   is in, so a cancelled or interrupted sync deletes nothing.
//! - Progress after every request, with the time left the rate limiter predicts for the
//!   requests still to make. Cancellable between requests.
//! - The outbox is flushed in order; a connection error, a timeout or a server error leaves the
//!   entry pending (offline: the queue keeps growing, nothing is lost) and stops the flush; a
//!   refusal fails the entry with a reason code; a change on the provider since the last sync is
//!   a conflict, never overwritten unless the person chose to.
//! - Sending twice never duplicates: an entry sent before (the app may have stopped mid-send) is
//!   checked against the provider's state first (an invitation or team already there is adopted;
//!   a delete of something already gone is done).

use std::collections::{BTreeMap, HashMap};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use comptoir_core::Error;
use comptoir_provider::{
    Client, Id, InvitationCreate, InvitationLocale, PageRequest, ProviderError, RoleType, Team,
    TeamCreate,
};
use comptoir_store::{
    role_from_provider, OutboxState, RemoteOp, ResolvedWrite, SentResult, Store, SyncChanges,
    SyncedAccount, SyncedInvitation, SyncedMember, SyncedProduct, SyncedProfile, SyncedTeam,
    WorkerHandle,
};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Items asked per page (the provider's lists take `per_page`).
pub const PER_PAGE: u32 = 100;

/// What a sync or flush is doing, for the progress bar.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum SyncPhase {
    Profile,
    Accounts,
    Members,
    Teams,
    Products,
    Outbox,
}

/// Progress of a sync or flush: requests done of those known so far, and the time the rate
/// limiter predicts for the rest (API-3: 60 a minute).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SyncProgress {
    pub phase: SyncPhase,
    pub done: u32,
    pub total: u32,
    pub seconds_left: u32,
}

/// Where the link to the provider stands after a sync or flush. The UI words each one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum LinkState {
    /// Everything asked was done.
    Online,
    /// No connection, a timeout, server errors or the rate limit: the queue waits, data is kept.
    Offline,
    /// The token was refused (expired or revoked): connect again.
    Unauthorized,
    /// The provider refused or answered something unreadable (`reason` says what).
    Refused,
    /// The person cancelled.
    Cancelled,
}

/// The outcome of a sync or a flush.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SyncOutcome {
    pub link: LinkState,
    /// An outbox reason code (`comptoir_store::OUTBOX_REASONS`) when not online.
    pub reason: Option<String>,
    pub changes: SyncChanges,
    pub requests: u32,
    /// Writes sent by this flush.
    pub sent: u32,
    /// Writes still waiting (pending, failed or in conflict).
    pub unsent: u32,
    /// The failed or conflicting write holding the queue back, if any.
    pub blocked_by: Option<i64>,
}

impl SyncOutcome {
    fn new() -> Self {
        SyncOutcome {
            link: LinkState::Online,
            reason: None,
            changes: SyncChanges::default(),
            requests: 0,
            sent: 0,
            unsent: 0,
            blocked_by: None,
        }
    }

    fn stopped(mut self, e: &ProviderError) -> Self {
        self.link = link_of(e);
        self.reason = Some(reason_of(e).to_owned());
        self
    }
}

/// The outbox reason code for a provider error.
pub fn reason_of(e: &ProviderError) -> &'static str {
    match e {
        ProviderError::Connection { .. } | ProviderError::NotConnected => "offline",
        ProviderError::Timeout => "timeout",
        // 502, 503, 504: the provider is there but not serving (maintenance, overload): not
        // "no connection", which would send the person checking their network.
        ProviderError::Server { status: 502..=504 } => "unavailable",
        ProviderError::Server { .. } => "server_error",
        ProviderError::RateLimited { .. } => "rate_limited",
        ProviderError::Unauthorized => "not_authorized",
        ProviderError::AccessDenied { .. } => "access_denied",
        ProviderError::NotFound { .. } => "not_found",
        ProviderError::Conflict { .. } => "already_exists",
        // A 422 naming a field the app sends is said with that field, in words.
        ProviderError::Validation { .. } => match e.field() {
            Some("email") => "invalid_email",
            Some("first_name") => "invalid_first_name",
            Some("last_name") => "invalid_last_name",
            Some("name") => "invalid_name",
            Some("role_type") => "invalid_role",
            Some("locale") => "invalid_language",
            _ => "validation_failed",
        },
        ProviderError::Malformed { .. } => "malformed_response",
        _ => "unexpected",
    }
}

/// The link state a provider error leaves.
pub fn link_of(e: &ProviderError) -> LinkState {
    if e.is_transient() || matches!(e, ProviderError::NotConnected) {
        LinkState::Offline
    } else if matches!(e, ProviderError::Unauthorized) {
        LinkState::Unauthorized
    } else {
        LinkState::Refused
    }
}

/// Why a run stopped early: the provider (the outcome says how), or the person.
enum Stop {
    Provider(ProviderError),
    Cancelled,
    Store(Error),
}

impl From<ProviderError> for Stop {
    fn from(e: ProviderError) -> Self {
        Stop::Provider(e)
    }
}

impl From<comptoir_store::StoreError> for Stop {
    fn from(e: comptoir_store::StoreError) -> Self {
        Stop::Store(e.into())
    }
}

/// Runs syncs and flushes for one workspace and one token.
#[derive(Clone)]
pub struct Syncer {
    client: Client,
    worker: WorkerHandle,
    cancel: Arc<AtomicBool>,
    /// One sync or flush at a time per workspace: a write is never sent by two runs at once
    /// (the background flusher and "Retry now" or "Sync now" would otherwise race).
    running: Arc<tokio::sync::Mutex<()>>,
}

struct Run<'a> {
    outcome: SyncOutcome,
    total: u32,
    phase: SyncPhase,
    progress: &'a mut (dyn FnMut(SyncProgress) + Send),
}

impl Syncer {
    pub fn new(client: Client, worker: WorkerHandle) -> Self {
        Syncer {
            client,
            worker,
            cancel: Arc::new(AtomicBool::new(false)),
            running: Arc::new(tokio::sync::Mutex::new(())),
        }
    }

    pub fn client(&self) -> &Client {
        &self.client
    }

    /// Asks the running sync or flush to stop after its current request.
    pub fn cancel(&self) {
        self.cancel.store(true, Ordering::SeqCst);
    }

    fn open(&self) -> Result<Store, Error> {
        self.worker.open().map_err(Error::from)
    }

    /// Counts a request about to be made and reports progress; stops when cancelled. A flush
    /// counts writes, not requests: it reports and checks Cancel between writes
    /// ([`Syncer::report_writes`]), so a write is never cut between its check and its send.
    fn step(&self, run: &mut Run<'_>, phase: SyncPhase) -> Result<(), Stop> {
        if phase == SyncPhase::Outbox {
            run.phase = phase;
            run.outcome.requests += 1;
            return Ok(());
        }
        if self.cancel.load(Ordering::SeqCst) {
            return Err(Stop::Cancelled);
        }
        run.phase = phase;
        run.outcome.requests += 1;
        run.total = run.total.max(run.outcome.requests);
        let left = run.total - run.outcome.requests;
        let wait = self.client.limiter().estimated_wait(left as usize);
        (run.progress)(SyncProgress {
            phase,
            done: run.outcome.requests - 1,
            total: run.total,
            seconds_left: wait.as_secs().min(u64::from(u32::MAX)) as u32,
        });
        Ok(())
    }

    fn finish(
        &self,
        run: Run<'_>,
        result: Result<(), Stop>,
        store: &Store,
    ) -> Result<SyncOutcome, Error> {
        self.cancel.store(false, Ordering::SeqCst);
        let Run {
            outcome,
            total,
            phase,
            progress,
        } = run;
        let mut outcome = match result {
            Ok(()) => outcome,
            Err(Stop::Provider(e)) => outcome.stopped(&e),
            Err(Stop::Cancelled) => SyncOutcome {
                link: LinkState::Cancelled,
                ..outcome
            },
            Err(Stop::Store(e)) => return Err(e),
        };
        outcome.unsent = store.outbox_unsent()?;
        if outcome.blocked_by.is_none() {
            outcome.blocked_by = store
                .outbox_next()?
                .filter(|e| matches!(e.state, OutboxState::Failed | OutboxState::Conflict))
                .map(|e| e.id);
        }
        let (done, total) = if phase == SyncPhase::Outbox {
            (outcome.sent, outcome.sent + outcome.unsent)
        } else {
            (outcome.requests, total.max(outcome.requests))
        };
        progress(SyncProgress {
            phase,
            done,
            total,
            seconds_left: 0,
        });
        Ok(outcome)
    }

    /// A full sync: profile, organizations, their members and invitations, teams with their
    /// members, and products. Incremental and idempotent (the store writes only what changed).
    pub async fn sync(
        &self,
        progress: &mut (dyn FnMut(SyncProgress) + Send),
    ) -> Result<SyncOutcome, Error> {
        let _one = self.running.lock().await;
        // A Cancel pressed while nothing ran does not stop this run.
        self.cancel.store(false, Ordering::SeqCst);
        let mut store = self.open()?;
        let mut run = Run {
            outcome: SyncOutcome::new(),
            total: 3,
            phase: SyncPhase::Profile,
            progress,
        };
        let result = self.sync_inner(&mut store, &mut run).await;
        self.finish(run, result, &store)
    }

    async fn sync_inner(&self, store: &mut Store, run: &mut Run<'_>) -> Result<(), Stop> {
        let c = &self.client;
        self.step(run, SyncPhase::Profile)?;
        let p = c.profile().await?;
        let ch = store.apply_profile(&SyncedProfile {
            remote_id: p.id,
            display_name: p.display_name.clone(),
            email: p.email.clone(),
            language: p
                .preferences
                .as_ref()
                .and_then(|x| x.language.as_ref())
                .and_then(language_code),
        })?;
        run.outcome.changes.add(ch);

        self.step(run, SyncPhase::Accounts)?;
        let accounts = c.accounts().await?;
        // Two requests per account at least (members, teams), one for the first product page.
        run.total += 2 * accounts.len() as u32;
        let ch = store.apply_accounts(
            &accounts
                .iter()
                .map(|a| SyncedAccount {
                    remote_id: a.id,
                    name: a.name.clone(),
                    legal_entity_type: a.legal_entity_type.clone(),
                    timezone: None,
                    language: a.locale.clone(),
                    created_at: Some(a.created_at),
                })
                .collect::<Vec<_>>(),
        )?;
        run.outcome.changes.add(ch);

        for a in &accounts {
            let users = self
                .pages(run, SyncPhase::Members, |page| c.account_users(a.id, page))
                .await?;
            let mut members = Vec::new();
            let mut invitations = Vec::new();
            for u in users {
                let role = role_from_provider(&u.role_type);
                match (u.is_pending(), u.user_id, u.invitation_id) {
                    (true, _, Some(inv)) => invitations.push(SyncedInvitation {
                        remote_id: inv,
                        email: u.email,
                        display_name: u.display_name,
                        role,
                        sent_at: None,
                    }),
                    (false, Some(id), _) => members.push(SyncedMember {
                        remote_user_id: id,
                        display_name: u.display_name,
                        email: u.email,
                        role,
                        last_login_at: u.last_login_at,
                    }),
                    _ => {}
                }
            }
            run.outcome
                .changes
                .add(store.apply_members(a.id, &members, &invitations)?);

            let teams = self
                .pages(run, SyncPhase::Teams, |page| c.teams(a.id, page))
                .await?;
            run.total += teams.len() as u32;
            let mut synced = Vec::with_capacity(teams.len());
            for t in teams {
                let users = self
                    .pages(run, SyncPhase::Teams, |page| c.team_users(a.id, t.id, page))
                    .await?;
                synced.push(SyncedTeam {
                    remote_id: t.id,
                    name: t.name,
                    updated_at: Some(t.updated_at),
                    member_remote_ids: users.into_iter().map(|u| u.id).collect(),
                });
            }
            run.outcome.changes.add(store.apply_teams(a.id, &synced)?);
        }

        // Products: applied page by page (10,000 of them stay fluid); deletions at the end only.
        let known: std::collections::HashSet<Id> = accounts.iter().map(|a| a.id).collect();
        let mut seen: BTreeMap<Id, Vec<Id>> = accounts.iter().map(|a| (a.id, vec![])).collect();
        let mut request = PageRequest::first(PER_PAGE);
        loop {
            self.step(run, SyncPhase::Products)?;
            let page = c.products(request).await?;
            run.total = run
                .total
                .max(run.outcome.requests + page.pages.saturating_sub(page.page));
            let mut by_account: HashMap<Id, Vec<SyncedProduct>> = HashMap::new();
            for p in &page.items {
                if !known.contains(&p.account_id) {
                    continue;
                }
                seen.entry(p.account_id).or_default().push(p.id);
                by_account
                    .entry(p.account_id)
                    .or_default()
                    .push(SyncedProduct {
                        remote_id: p.id,
                        service_name: p.service_name.clone(),
                        customer_name: p.customer_name.clone(),
                        internal_name: p.internal_name.clone(),
                        expired_at: p.expired_at,
                    });
            }
            for (account, items) in by_account {
                run.outcome
                    .changes
                    .add(store.apply_products_page(account, &items)?);
            }
            if page.is_last() || page.items.is_empty() {
                break;
            }
            request = request.next();
        }
        for (account, ids) in seen {
            run.outcome
                .changes
                .add(store.finish_products(account, &ids)?);
        }
        Ok(())
    }

    /// Every page of a list, one counted request each.
    async fn pages<T, F, Fut>(
        &self,
        run: &mut Run<'_>,
        phase: SyncPhase,
        mut fetch: F,
    ) -> Result<Vec<T>, Stop>
    where
        F: FnMut(PageRequest) -> Fut,
        Fut: std::future::Future<Output = Result<comptoir_provider::Page<T>, ProviderError>>,
    {
        let mut request = PageRequest::first(PER_PAGE);
        let mut out = Vec::new();
        loop {
            self.step(run, phase)?;
            let page = fetch(request).await?;
            let last = page.is_last() || page.items.is_empty();
            run.total = run
                .total
                .max(run.outcome.requests + page.pages.saturating_sub(page.page));
            out.extend(page.items);
            if last {
                return Ok(out);
            }
            request = request.next();
        }
    }

    /// Sends the outbox in order until it is empty, a write fails or conflicts (it holds the
    /// rest back until the person retries or discards it), or the provider cannot be reached.
    pub async fn flush(
        &self,
        progress: &mut (dyn FnMut(SyncProgress) + Send),
    ) -> Result<SyncOutcome, Error> {
        let _one = self.running.lock().await;
        self.cancel.store(false, Ordering::SeqCst);
        let mut store = self.open()?;
        let unsent = store.outbox_unsent()?;
        let mut run = Run {
            outcome: SyncOutcome::new(),
            total: unsent,
            phase: SyncPhase::Outbox,
            progress,
        };
        let result = self.flush_inner(&mut store, &mut run).await;
        self.finish(run, result, &store)
    }

    /// Flush progress in writes: "n of N sent", with the time the rate limiter predicts for the
    /// rest (one request a write at least; N grows when writes are queued meanwhile).
    fn report_writes(&self, run: &mut Run<'_>, store: &Store) -> Result<(), Stop> {
        let unsent = store.outbox_unsent()?;
        run.total = run.total.max(run.outcome.sent + unsent);
        let wait = self.client.limiter().estimated_wait(unsent as usize);
        (run.progress)(SyncProgress {
            phase: SyncPhase::Outbox,
            done: run.outcome.sent,
            total: run.total,
            seconds_left: wait.as_secs().min(u64::from(u32::MAX)) as u32,
        });
        Ok(())
    }

    /// Waits until the rate limiter has a slot (a bulk job spends most of its time here), and
    /// returns at once when the person cancels. Takes no slot: the request still queues in the
    /// limiter, which stays the one authority on API-3.
    async fn wait_for_slot(&self) -> Result<(), Stop> {
        loop {
            if self.cancel.load(Ordering::SeqCst) {
                return Err(Stop::Cancelled);
            }
            let wait = self.client.limiter().estimated_wait(1);
            if wait.is_zero() {
                return Ok(());
            }
            tokio::time::sleep(wait.min(std::time::Duration::from_millis(200))).await;
        }
    }

    async fn flush_inner(&self, store: &mut Store, run: &mut Run<'_>) -> Result<(), Stop> {
        while let Some(entry) = store.outbox_next()? {
            if matches!(entry.state, OutboxState::Failed | OutboxState::Conflict) {
                run.outcome.blocked_by = Some(entry.id);
                return Ok(());
            }
            self.report_writes(run, store)?;
            // Cancel stops between writes: the one in flight finishes, the rest stay pending.
            // Waiting for the rate limit's next slot is not "in flight": Cancel ends it too.
            self.wait_for_slot().await?;
            let w = match store.outbox_begin(entry.id) {
                Ok(Some(w)) => w,
                Ok(None) => continue, // failed as `not_on_provider`: the loop stops on it next
                // Another process is sending the queue's head: it sends the rest in order.
                Err(e) if comptoir_store::claimed_elsewhere(&e) => return Ok(()),
                Err(e) => return Err(e.into()),
            };
            match self.send(run, &w).await {
                Ok(Sent::Done(result)) => {
                    store.outbox_sent(w.entry_id, &result)?;
                    run.outcome.sent += 1;
                }
                Ok(Sent::Conflict(reason)) => {
                    store.outbox_conflict(w.entry_id, reason)?;
                }
                Err(Stop::Provider(e)) if link_of(&e) == LinkState::Offline => {
                    store.outbox_waiting(w.entry_id, reason_of(&e))?;
                    return Err(Stop::Provider(e));
                }
                // The token was refused, not the write: it waits (pending) for a new token and
                // goes out after the person connects again, without a "Retry" first.
                Err(Stop::Provider(e)) if matches!(e, ProviderError::Unauthorized) => {
                    store.outbox_waiting(w.entry_id, reason_of(&e))?;
                    return Err(Stop::Provider(e));
                }
                Err(Stop::Provider(e)) => {
                    store.outbox_failed(w.entry_id, reason_of(&e))?;
                }
                Err(Stop::Cancelled) => {
                    store.outbox_requeue(w.entry_id)?;
                    return Err(Stop::Cancelled);
                }
                Err(other) => return Err(other),
            }
        }
        Ok(())
    }

    /// One write, with the provider's state checked first where a blind send could duplicate
    /// (a retry) or overwrite (a team changed since the last sync).
    async fn send(&self, run: &mut Run<'_>, w: &ResolvedWrite) -> Result<Sent, Stop> {
        let c = &self.client;
        let a = w.account;
        match &w.op {
            RemoteOp::InviteUser {
                email,
                first_name,
                last_name,
                role_type,
                locale,
            } => {
                if w.retry {
                    if let Some(id) = self.pending_invitation(run, a, email).await? {
                        return Ok(Sent::created(id, None, None));
                    }
                }
                self.step(run, SyncPhase::Outbox)?;
                let body = InvitationCreate {
                    email: email.clone(),
                    first_name: first_name.clone(),
                    last_name: last_name.clone(),
                    locale: invitation_locale(locale),
                    role_type: match *role_type {
                        "owner" => RoleType::Owner,
                        "admin" => RoleType::Admin,
                        _ => RoleType::Normal,
                    },
                    teams: vec![],
                };
                let inv = c.create_invitation(a, &body).await?;
                Ok(Sent::created(inv.id, Some(inv.updated_at), None))
            }
            RemoteOp::CancelInvitation { invitation_id } => {
                self.step(run, SyncPhase::Outbox)?;
                gone_is_done(c.delete_invitation(a, *invitation_id).await)
            }
            RemoteOp::RemoveMember { user_id } => {
                self.step(run, SyncPhase::Outbox)?;
                gone_is_done(c.remove_user(a, *user_id).await)
            }
            RemoteOp::CreateTeam { name } => {
                if w.retry {
                    if let Some(t) = self.find_team(run, a, |t| t.name == *name).await? {
                        return Ok(Sent::created(t.id, Some(t.updated_at), Some(t.name)));
                    }
                }
                self.step(run, SyncPhase::Outbox)?;
                let t = c
                    .create_team(
                        a,
                        &TeamCreate {
                            name: name.clone(),
                            owned_by_id: None,
                        },
                    )
                    .await?;
                Ok(Sent::created(t.id, Some(t.updated_at), Some(t.name)))
            }
            RemoteOp::RenameTeam {
                team_id,
                name,
                base_updated_at,
                base_name,
            } => {
                if !w.overwrite {
                    match self.find_team(run, a, |t| t.id == *team_id).await? {
                        None => return Ok(Sent::Conflict("deleted_on_provider")),
                        Some(t) if t.name == *name => {
                            // Already so (a retry after the answer was lost).
                            return Ok(Sent::Done(SentResult::Updated {
                                updated_at: Some(t.updated_at),
                                name: t.name,
                            }));
                        }
                        Some(t) if changed(&t, *base_updated_at, base_name.as_deref()) => {
                            return Ok(Sent::Conflict("changed_on_provider"))
                        }
                        Some(_) => {}
                    }
                }
                self.step(run, SyncPhase::Outbox)?;
                match c.rename_team(a, *team_id, name).await {
                    Ok(t) => Ok(Sent::Done(SentResult::Updated {
                        updated_at: Some(t.updated_at),
                        name: t.name,
                    })),
                    Err(ProviderError::NotFound { .. }) => {
                        Ok(Sent::Conflict("deleted_on_provider"))
                    }
                    Err(e) => Err(e.into()),
                }
            }
            RemoteOp::DeleteTeam {
                team_id,
                base_updated_at,
                base_name,
            } => {
                if !w.overwrite {
                    match self.find_team(run, a, |t| t.id == *team_id).await? {
                        None => return Ok(Sent::Done(SentResult::Done)),
                        Some(t) if changed(&t, *base_updated_at, base_name.as_deref()) => {
                            return Ok(Sent::Conflict("changed_on_provider"))
                        }
                        Some(_) => {}
                    }
                }
                self.step(run, SyncPhase::Outbox)?;
                gone_is_done(c.delete_team(a, *team_id).await)
            }
            RemoteOp::AddTeamMembers { team_id, user_ids } => {
                let unchanged = self.unchanged_since_base(run, w, a, *team_id).await?;
                self.step(run, SyncPhase::Outbox)?;
                c.add_team_users(a, *team_id, user_ids).await?;
                Ok(self.rebased(run, a, *team_id, unchanged).await)
            }
            RemoteOp::RemoveTeamMembers { team_id, user_ids } => {
                let unchanged = self.unchanged_since_base(run, w, a, *team_id).await?;
                self.step(run, SyncPhase::Outbox)?;
                match gone_is_done(c.remove_team_users(a, *team_id, user_ids).await)? {
                    Sent::Done(_) => Ok(self.rebased(run, a, *team_id, unchanged).await),
                    conflict => Ok(conflict),
                }
            }
        }
    }

    /// Before a team member write that a later queued rename or delete checks against the
    /// team's base: whether the team is still as last synced (then this write's own change may
    /// be taken into the base; a change by someone else must stay a conflict).
    async fn unchanged_since_base(
        &self,
        run: &mut Run<'_>,
        w: &ResolvedWrite,
        account: Id,
        team: Id,
    ) -> Result<bool, Stop> {
        let Some((base_updated_at, base_name)) = &w.rebase_from else {
            return Ok(false);
        };
        self.step(run, SyncPhase::Outbox)?;
        match self.client.team(account, team).await {
            Ok(t) => Ok(!changed(&t, *base_updated_at, base_name.as_deref())),
            Err(ProviderError::NotFound { .. }) => Ok(false),
            Err(e) => Err(e.into()),
        }
    }

    /// After our own member write on a team that was as last synced: the team as the write left
    /// it becomes the base of the writes queued after it (the write moved its `updated_at`).
    /// The write itself was done: a failed read only leaves the base as it was.
    async fn rebased(&self, run: &mut Run<'_>, account: Id, team: Id, unchanged: bool) -> Sent {
        if !unchanged || self.step(run, SyncPhase::Outbox).is_err() {
            return Sent::Done(SentResult::Done);
        }
        match self.client.team(account, team).await {
            Ok(t) => Sent::Done(SentResult::Updated {
                updated_at: Some(t.updated_at),
                name: t.name,
            }),
            Err(_) => Sent::Done(SentResult::Done),
        }
    }

    async fn find_team(
        &self,
        run: &mut Run<'_>,
        account: Id,
        wanted: impl Fn(&Team) -> bool,
    ) -> Result<Option<Team>, Stop> {
        let c = &self.client;
        let teams = self
            .pages(run, SyncPhase::Outbox, |page| c.teams(account, page))
            .await?;
        Ok(teams.into_iter().find(|t| wanted(t)))
    }

    async fn pending_invitation(
        &self,
        run: &mut Run<'_>,
        account: Id,
        email: &str,
    ) -> Result<Option<Id>, Stop> {
        let c = &self.client;
        let users = self
            .pages(run, SyncPhase::Outbox, |page| {
                c.account_users(account, page)
            })
            .await?;
        Ok(users
            .into_iter()
            .find(|u| u.is_pending() && u.email.eq_ignore_ascii_case(email))
            .and_then(|u| u.invitation_id))
    }
}

enum Sent {
    Done(SentResult),
    Conflict(&'static str),
}

impl Sent {
    fn created(remote_id: Id, updated_at: Option<i64>, name: Option<String>) -> Sent {
        Sent::Done(SentResult::Created {
            remote_id,
            updated_at,
            name,
        })
    }
}

/// A delete of something already gone on the provider is done (sent twice, or removed there).
fn gone_is_done(r: Result<(), ProviderError>) -> Result<Sent, Stop> {
    match r {
        Ok(()) | Err(ProviderError::NotFound { .. }) => Ok(Sent::Done(SentResult::Done)),
        Err(e) => Err(e.into()),
    }
}

/// Whether a team changed on the provider since the last sync.
fn changed(t: &Team, base_updated_at: Option<i64>, base_name: Option<&str>) -> bool {
    match (base_updated_at, base_name) {
        (Some(at), _) => t.updated_at != at,
        (None, Some(name)) => t.name != name,
        (None, None) => false,
    }
}

fn invitation_locale(lang: &str) -> InvitationLocale {
    match lang {
        "de" => InvitationLocale::De,
        "es" => InvitationLocale::Es,
        "fr" => InvitationLocale::Fr,
        "it" => InvitationLocale::It,
        _ => InvitationLocale::En,
    }
}

/// The profile's language preference: a code (`"fr"`, `"fr_CH"`) or an object with one.
fn language_code(v: &serde_json::Value) -> Option<String> {
    match v {
        serde_json::Value::String(s) => Some(s.get(..2)?.to_ascii_lowercase()),
        serde_json::Value::Object(o) => o
            .get("short_name")
            .or_else(|| o.get("code"))
            .or_else(|| o.get("locale"))
            .and_then(language_code),
        _ => None,
    }
}

/// Every sync type that crosses IPC.
#[macro_export]
macro_rules! for_each_sync_ipc_type {
    ($m:ident) => {
        $m!(
            $crate::SyncPhase,
            $crate::SyncProgress,
            $crate::LinkState,
            $crate::SyncOutcome
        )
    };
}
