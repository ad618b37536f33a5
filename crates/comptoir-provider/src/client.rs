//! The typed client. Every request goes through the one [`RateLimiter`] of its token (clones of a
//! `Client` share it), then the envelope is read: `success` gives `data`, `error` a typed
//! [`ProviderError`], `asynchronous` a task polled to completion with a bound.

use std::future::Future;
use std::sync::Arc;
use std::time::Duration;

use url::Url;

use crate::error::ProviderError;
use crate::model::*;
use crate::ratelimit::RateLimiter;
use crate::token::TokenSource;

/// Retries for idempotent requests (GET, PUT, DELETE; never POST or PATCH) after a 5xx, a timeout
/// or a connection error: exponential backoff from `base`, capped at `max_delay`, full jitter.
#[derive(Debug, Clone)]
pub struct RetryPolicy {
    pub max_retries: u32,
    pub base: Duration,
    pub max_delay: Duration,
    /// How many 429 answers one request may get before `RateLimited` is returned (each one pauses
    /// the limiter and re-queues the request, whatever its method: a 429 was not executed).
    pub max_rate_limited: u32,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        RetryPolicy {
            max_retries: 4,
            base: Duration::from_millis(500),
            max_delay: Duration::from_secs(30),
            max_rate_limited: 10,
        }
    }
}

/// Polling of `/1/async/tasks/{uuid}`: every `interval`, at most `max_polls` times.
#[derive(Debug, Clone)]
pub struct PollPolicy {
    pub interval: Duration,
    pub max_polls: u32,
}

impl Default for PollPolicy {
    fn default() -> Self {
        PollPolicy {
            interval: Duration::from_secs(2),
            max_polls: 30,
        }
    }
}

#[derive(Debug, Clone)]
pub struct ClientConfig {
    /// e.g. `https://api.infomaniak.com` or the fake's `http://127.0.0.1:PORT`.
    pub base_url: Url,
    /// Per-request timeout.
    pub timeout: Duration,
    pub retry: RetryPolicy,
    pub poll: PollPolicy,
}

impl ClientConfig {
    /// Checks the base URL: http(s), with a host.
    pub fn new(base_url: &str) -> Result<Self, ProviderError> {
        let invalid = |message: &str| ProviderError::Invalid {
            field: "provider_url".into(),
            message: message.into(),
        };
        let url = Url::parse(base_url).map_err(|e| invalid(&e.to_string()))?;
        if !matches!(url.scheme(), "http" | "https") || url.host().is_none() {
            return Err(invalid("must be an http(s) URL with a host"));
        }
        Ok(ClientConfig {
            base_url: url,
            timeout: Duration::from_secs(30),
            retry: RetryPolicy::default(),
            poll: PollPolicy::default(),
        })
    }
}

#[derive(Clone)]
pub struct Client {
    http: reqwest::Client,
    config: Arc<ClientConfig>,
    token: Arc<dyn TokenSource>,
    limiter: Arc<RateLimiter>,
}

impl std::fmt::Debug for Client {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Client")
            .field("base_url", &self.config.base_url.as_str())
            .finish_non_exhaustive()
    }
}

impl Client {
    /// A client with its own limiter: make ONE per token and clone it (clones share the limiter).
    pub fn new(config: ClientConfig, token: Arc<dyn TokenSource>) -> Result<Self, ProviderError> {
        Client::with_limiter(config, token, Arc::new(RateLimiter::default()))
    }

    /// A client on a given limiter (several clients for the same token).
    pub fn with_limiter(
        config: ClientConfig,
        token: Arc<dyn TokenSource>,
        limiter: Arc<RateLimiter>,
    ) -> Result<Self, ProviderError> {
        let http = reqwest::Client::builder()
            .timeout(config.timeout)
            .build()
            .map_err(|e| ProviderError::Invalid {
                field: "http_client".into(),
                message: e.to_string(),
            })?;
        Ok(Client {
            http,
            config: Arc::new(config),
            token,
            limiter,
        })
    }

    pub fn limiter(&self) -> &Arc<RateLimiter> {
        &self.limiter
    }

    pub fn token_source(&self) -> &Arc<dyn TokenSource> {
        &self.token
    }

    /// `GET /2/profile`: also how a pasted token is checked.
    pub async fn profile(&self) -> Result<Profile, ProviderError> {
        todo!()
    }

    /// `GET /1/accounts`.
    pub async fn accounts(&self) -> Result<Vec<Account>, ProviderError> {
        todo!()
    }

    /// `GET /2/accounts/{account}/users` (members and pending invitations).
    pub async fn account_users(
        &self,
        account: Id,
        page: PageRequest,
    ) -> Result<Page<AccountUser>, ProviderError> {
        let _ = (account, page);
        todo!()
    }

    /// Pending invitations of an account (the pending rows of the members list).
    pub async fn invitations(&self, account: Id) -> Result<Vec<PendingInvitation>, ProviderError> {
        let _ = account;
        todo!()
    }

    /// `GET /1/accounts/{account}/invitations/{invitation}`.
    pub async fn invitation(&self, account: Id, invitation: Id) -> Result<Invitation, ProviderError> {
        let _ = (account, invitation);
        todo!()
    }

    /// `POST /1/accounts/{account}/invitations` (never retried; a 429 is re-queued).
    pub async fn create_invitation(
        &self,
        account: Id,
        body: &InvitationCreate,
    ) -> Result<Invitation, ProviderError> {
        let _ = (account, body);
        todo!()
    }

    /// `DELETE /1/accounts/{account}/invitations/{invitation}` (cancel).
    pub async fn delete_invitation(&self, account: Id, invitation: Id) -> Result<(), ProviderError> {
        let _ = (account, invitation);
        todo!()
    }

    /// `DELETE /1/accounts/{account}/users/{user}`: remove a member. NOT in the spec export (it
    /// has no removal path); assumed, served by the fake. See provider-api notes.
    pub async fn remove_user(&self, account: Id, user: Id) -> Result<(), ProviderError> {
        let _ = (account, user);
        todo!()
    }

    /// `GET /1/accounts/{account}/teams`.
    pub async fn teams(&self, account: Id, page: PageRequest) -> Result<Page<Team>, ProviderError> {
        let _ = (account, page);
        todo!()
    }

    /// `POST /1/accounts/{account}/teams`.
    pub async fn create_team(&self, account: Id, body: &TeamCreate) -> Result<Team, ProviderError> {
        let _ = (account, body);
        todo!()
    }

    /// `PATCH /1/accounts/{account}/teams/{team}` with a name.
    pub async fn rename_team(
        &self,
        account: Id,
        team: Id,
        name: &str,
    ) -> Result<Team, ProviderError> {
        let _ = (account, team, name);
        todo!()
    }

    /// `DELETE /1/accounts/{account}/teams/{team}`.
    pub async fn delete_team(&self, account: Id, team: Id) -> Result<(), ProviderError> {
        let _ = (account, team);
        todo!()
    }

    /// `GET /1/accounts/{account}/teams/{team}/users`.
    pub async fn team_users(
        &self,
        account: Id,
        team: Id,
        page: PageRequest,
    ) -> Result<Page<TeamUser>, ProviderError> {
        let _ = (account, team, page);
        todo!()
    }

    /// `POST /1/accounts/{account}/teams/{team}/users`.
    pub async fn add_team_users(
        &self,
        account: Id,
        team: Id,
        user_ids: &[Id],
    ) -> Result<(), ProviderError> {
        let _ = (account, team, user_ids);
        todo!()
    }

    /// `DELETE /1/accounts/{account}/teams/{team}/users`.
    pub async fn remove_team_users(
        &self,
        account: Id,
        team: Id,
        user_ids: &[Id],
    ) -> Result<(), ProviderError> {
        let _ = (account, team, user_ids);
        todo!()
    }

    /// `GET /1/products`.
    pub async fn products(&self, page: PageRequest) -> Result<Page<Product>, ProviderError> {
        let _ = page;
        todo!()
    }

    /// `GET /1/async/tasks/{uuid}` once.
    pub async fn task(&self, uuid: &str) -> Result<AsyncTask, ProviderError> {
        let _ = uuid;
        todo!()
    }
}

/// Fetch every page, `per_page` at a time, calling `on_page(done, total)` after each one (bulk
/// progress). Stops at the last page the provider announces.
pub async fn all_pages<T, F, Fut>(
    per_page: u32,
    mut fetch: F,
    mut on_page: impl FnMut(usize, u64),
) -> Result<Vec<T>, ProviderError>
where
    F: FnMut(PageRequest) -> Fut,
    Fut: Future<Output = Result<Page<T>, ProviderError>>,
{
    let mut request = PageRequest::first(per_page);
    let mut out = Vec::new();
    loop {
        let page = fetch(request).await?;
        let last = page.is_last() || page.items.is_empty();
        out.extend(page.items);
        on_page(out.len(), page.total);
        if last {
            return Ok(out);
        }
        request = request.next();
    }
}
