//! The typed client. Every request goes through the one [`RateLimiter`] of its token (clones of a
//! `Client` share it), then the envelope is read: `success` gives `data`, `error` a typed
//! [`ProviderError`], `asynchronous` a task polled to completion with a bound.

use std::future::Future;
use std::sync::Arc;
use std::time::Duration;

use reqwest::header::HeaderMap;
use reqwest::Method;
use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::Value;
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

    /// A client on the process-wide limiter of `key` ([`RateLimiter::shared`]): use the same key
    /// (e.g. the workspace id) for every client of one token, the token check included.
    pub fn shared(
        config: ClientConfig,
        token: Arc<dyn TokenSource>,
        key: &str,
    ) -> Result<Self, ProviderError> {
        Client::with_limiter(config, token, RateLimiter::shared(key))
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
        self.get("/2/profile", &[]).await
    }

    /// `GET /1/accounts`.
    pub async fn accounts(&self) -> Result<Vec<Account>, ProviderError> {
        self.get("/1/accounts", &[]).await
    }

    /// `GET /2/accounts/{account}/users` (members and pending invitations).
    pub async fn account_users(
        &self,
        account: Id,
        page: PageRequest,
    ) -> Result<Page<AccountUser>, ProviderError> {
        self.get_page(&format!("/2/accounts/{account}/users"), page, &[])
            .await
    }

    /// Pending invitations of an account: the spec has no list of invitations, the pending rows
    /// of the members list (`filter[state_in_account]=pending`) are they.
    pub async fn invitations(&self, account: Id) -> Result<Vec<PendingInvitation>, ProviderError> {
        let path = format!("/2/accounts/{account}/users");
        let filter = [("filter[state_in_account]", "pending".to_string())];
        let rows: Vec<AccountUser> = all_pages(
            PAGE_SIZE,
            |page| self.get_page(&path, page, &filter),
            |_, _| {},
        )
        .await?;
        Ok(rows
            .into_iter()
            .filter(AccountUser::is_pending)
            .filter_map(|u| {
                Some(PendingInvitation {
                    invitation_id: u.invitation_id?,
                    email: u.email,
                    first_name: u.first_name,
                    last_name: u.last_name,
                    role_type: u.role_type,
                })
            })
            .collect())
    }

    /// `GET /1/accounts/{account}/invitations/{invitation}`.
    pub async fn invitation(
        &self,
        account: Id,
        invitation: Id,
    ) -> Result<Invitation, ProviderError> {
        self.get(
            &format!("/1/accounts/{account}/invitations/{invitation}"),
            &[],
        )
        .await
    }

    /// `POST /1/accounts/{account}/invitations` (never retried; a 429 is re-queued).
    pub async fn create_invitation(
        &self,
        account: Id,
        body: &InvitationCreate,
    ) -> Result<Invitation, ProviderError> {
        let reply = self
            .call(
                Method::POST,
                &format!("/1/accounts/{account}/invitations"),
                &[],
                Some(json(body)?),
            )
            .await?;
        decode(reply.data)
    }

    /// `DELETE /1/accounts/{account}/invitations/{invitation}` (cancel).
    pub async fn delete_invitation(
        &self,
        account: Id,
        invitation: Id,
    ) -> Result<(), ProviderError> {
        self.delete(
            &format!("/1/accounts/{account}/invitations/{invitation}"),
            None,
        )
        .await
    }

    /// `DELETE /2/accounts/{account}/users/{user}`: remove a member. NOT in the spec export (it
    /// has no removal path); assumed after the members list's path, served by the fake.
    pub async fn remove_user(&self, account: Id, user: Id) -> Result<(), ProviderError> {
        self.delete(&format!("/2/accounts/{account}/users/{user}"), None)
            .await
    }

    /// `GET /1/accounts/{account}/teams`.
    pub async fn teams(&self, account: Id, page: PageRequest) -> Result<Page<Team>, ProviderError> {
        self.get_page(&format!("/1/accounts/{account}/teams"), page, &[])
            .await
    }

    /// `POST /1/accounts/{account}/teams`.
    pub async fn create_team(&self, account: Id, body: &TeamCreate) -> Result<Team, ProviderError> {
        let reply = self
            .call(
                Method::POST,
                &format!("/1/accounts/{account}/teams"),
                &[],
                Some(json(body)?),
            )
            .await?;
        decode(reply.data)
    }

    /// `GET /1/accounts/{account}/teams/{team}`.
    pub async fn team(&self, account: Id, team: Id) -> Result<Team, ProviderError> {
        let reply = self
            .call(
                Method::GET,
                &format!("/1/accounts/{account}/teams/{team}"),
                &[],
                None,
            )
            .await?;
        decode(reply.data)
    }

    /// `PATCH /1/accounts/{account}/teams/{team}` with a name (PATCH is not retried).
    pub async fn rename_team(
        &self,
        account: Id,
        team: Id,
        name: &str,
    ) -> Result<Team, ProviderError> {
        let body = TeamPatch {
            name: Some(name.to_string()),
            ..TeamPatch::default()
        };
        let reply = self
            .call(
                Method::PATCH,
                &format!("/1/accounts/{account}/teams/{team}"),
                &[],
                Some(json(&body)?),
            )
            .await?;
        decode(reply.data)
    }

    /// `DELETE /1/accounts/{account}/teams/{team}`.
    pub async fn delete_team(&self, account: Id, team: Id) -> Result<(), ProviderError> {
        self.delete(&format!("/1/accounts/{account}/teams/{team}"), None)
            .await
    }

    /// `GET /1/accounts/{account}/teams/{team}/users`.
    pub async fn team_users(
        &self,
        account: Id,
        team: Id,
        page: PageRequest,
    ) -> Result<Page<TeamUser>, ProviderError> {
        self.get_page(
            &format!("/1/accounts/{account}/teams/{team}/users"),
            page,
            &[],
        )
        .await
    }

    /// `POST /1/accounts/{account}/teams/{team}/users`.
    pub async fn add_team_users(
        &self,
        account: Id,
        team: Id,
        user_ids: &[Id],
    ) -> Result<(), ProviderError> {
        let body = json(&TeamUserIds {
            user_ids: user_ids.to_vec(),
        })?;
        self.call(
            Method::POST,
            &format!("/1/accounts/{account}/teams/{team}/users"),
            &[],
            Some(body),
        )
        .await
        .map(|_| ())
    }

    /// `DELETE /1/accounts/{account}/teams/{team}/users`.
    pub async fn remove_team_users(
        &self,
        account: Id,
        team: Id,
        user_ids: &[Id],
    ) -> Result<(), ProviderError> {
        let body = json(&TeamUserIds {
            user_ids: user_ids.to_vec(),
        })?;
        self.delete(
            &format!("/1/accounts/{account}/teams/{team}/users"),
            Some(body),
        )
        .await
    }

    /// `GET /1/products`.
    pub async fn products(&self, page: PageRequest) -> Result<Page<Product>, ProviderError> {
        self.get_page("/1/products", page, &[]).await
    }

    /// `GET /1/async/tasks/{uuid}` once.
    pub async fn task(&self, uuid: &str) -> Result<AsyncTask, ProviderError> {
        if uuid.is_empty() || !uuid.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') {
            return Err(ProviderError::Malformed {
                message: "the asynchronous task id is not a uuid".into(),
            });
        }
        self.get(&format!("/1/async/tasks/{uuid}"), &[]).await
    }

    async fn get<T: DeserializeOwned>(
        &self,
        path: &str,
        query: &[(&str, String)],
    ) -> Result<T, ProviderError> {
        decode(self.call(Method::GET, path, query, None).await?.data)
    }

    async fn get_page<T: DeserializeOwned>(
        &self,
        path: &str,
        page: PageRequest,
        extra: &[(&str, String)],
    ) -> Result<Page<T>, ProviderError> {
        let mut query = vec![
            ("page", page.page.to_string()),
            ("per_page", page.per_page.to_string()),
        ];
        query.extend(extra.iter().cloned());
        let reply = self.call(Method::GET, path, &query, None).await?;
        let items: Vec<T> = decode(reply.data)?;
        // Without meta (a provider that ignored `page`) the answer is the whole list.
        let meta = reply.meta.unwrap_or(PageMeta {
            total: items.len() as u64,
            page: 1,
            pages: 1,
            items_per_page: items.len() as u32,
        });
        Ok(Page {
            items,
            total: meta.total,
            page: meta.page,
            pages: meta.pages,
            items_per_page: meta.items_per_page,
        })
    }

    async fn delete(&self, path: &str, body: Option<Value>) -> Result<(), ProviderError> {
        self.call(Method::DELETE, path, &[], body).await.map(|_| ())
    }

    /// One logical request: rate limit, send, read the envelope; retries and re-queues as the
    /// policy says; a 401 lets the token source refresh once.
    async fn call(
        &self,
        method: Method,
        path: &str,
        query: &[(&str, String)],
        body: Option<Value>,
    ) -> Result<Reply, ProviderError> {
        let url = self.url(path)?;
        let idempotent = matches!(method, Method::GET | Method::PUT | Method::DELETE);
        let policy = &self.config.retry;
        let mut retries = 0u32;
        let mut rate_limited = 0u32;
        let mut refreshed = false;
        loop {
            self.limiter.acquire().await;
            let token = self.token.token().await?;
            let mut request = self
                .http
                .request(method.clone(), url.clone())
                .bearer_auth(token.expose())
                .header(reqwest::header::ACCEPT, "application/json");
            if !query.is_empty() {
                request = request.query(query);
            }
            if let Some(body) = &body {
                request = request.json(body);
            }
            let answer = match request.send().await {
                Ok(response) => {
                    let status = response.status();
                    let headers = response.headers().clone();
                    response.bytes().await.map(|bytes| (status, headers, bytes))
                }
                Err(e) => Err(e),
            };
            let (status, headers, bytes) = match answer {
                Ok(answer) => answer,
                Err(e) => {
                    let error = transport_error(&e);
                    if idempotent && retries < policy.max_retries {
                        tokio::time::sleep(backoff(policy, retries)).await;
                        retries += 1;
                        continue;
                    }
                    return Err(error);
                }
            };
            self.observe_rate_headers(&headers);
            match status.as_u16() {
                429 => {
                    // Not executed by the provider: waiting and re-sending is safe for any method.
                    let wait = retry_after(&headers).unwrap_or(self.limiter.window());
                    self.limiter.pause_for(wait);
                    rate_limited += 1;
                    if rate_limited > policy.max_rate_limited {
                        return Err(ProviderError::RateLimited {
                            retry_after: Some(wait),
                        });
                    }
                    continue;
                }
                500..=599 => {
                    if idempotent && retries < policy.max_retries {
                        tokio::time::sleep(backoff(policy, retries)).await;
                        retries += 1;
                        continue;
                    }
                    return Err(ProviderError::Server {
                        status: status.as_u16(),
                    });
                }
                401 => {
                    if !refreshed && self.token.refresh().await? {
                        refreshed = true;
                        continue;
                    }
                    return Err(ProviderError::Unauthorized);
                }
                // A retried DELETE whose first attempt was executed before the answer was lost.
                404 if method == Method::DELETE && retries > 0 => {
                    return Ok(Reply {
                        data: Value::Bool(true),
                        meta: None,
                    });
                }
                400..=499 => return Err(ProviderError::from_response(status.as_u16(), &bytes)),
                _ => {}
            }
            let envelope: Value =
                serde_json::from_slice(&bytes).map_err(|e| ProviderError::Malformed {
                    message: format!("not JSON ({e})"),
                })?;
            return match envelope.get("result").and_then(Value::as_str) {
                Some("success") => Ok(Reply {
                    meta: page_meta(&envelope),
                    data: envelope.get("data").cloned().unwrap_or(Value::Null),
                }),
                Some("asynchronous") => {
                    let uuid = envelope
                        .get("data")
                        .and_then(Value::as_str)
                        .ok_or_else(|| ProviderError::Malformed {
                            message: "an asynchronous answer without a task id".into(),
                        })?;
                    // Boxed: polling calls `call` again.
                    Box::pin(self.wait_task(uuid))
                        .await
                        .map(|data| Reply { data, meta: None })
                }
                Some("error") => Err(ProviderError::from_response(status.as_u16(), &bytes)),
                _ => Err(ProviderError::Malformed {
                    message: "no result field in the answer".into(),
                }),
            };
        }
    }

    /// Poll a task until executed or failed, at most `max_polls` times; its `response` is the data.
    async fn wait_task(&self, uuid: &str) -> Result<Value, ProviderError> {
        let poll = &self.config.poll;
        for _ in 0..poll.max_polls {
            tokio::time::sleep(poll.interval).await;
            let task = self.task(uuid).await?;
            match task.status {
                TaskStatus::Executed => return Ok(task.response.unwrap_or(Value::Bool(true))),
                TaskStatus::Failed => {
                    let message = task
                        .error
                        .as_ref()
                        .and_then(|e| e.get("description").and_then(Value::as_str))
                        .unwrap_or("no reason given")
                        .to_string();
                    return Err(ProviderError::TaskFailed { message });
                }
                TaskStatus::Spooled | TaskStatus::Running => {}
            }
        }
        Err(ProviderError::Timeout)
    }

    /// `X-RateLimit-Remaining: 0` pauses everyone until `X-RateLimit-Reset`.
    fn observe_rate_headers(&self, headers: &HeaderMap) {
        let remaining = header_u64(headers, "x-ratelimit-remaining");
        if remaining == Some(0) {
            if let Some(wait) = reset_delay(headers) {
                self.limiter.pause_for(wait);
            }
        }
    }

    fn url(&self, path: &str) -> Result<Url, ProviderError> {
        let base = self.config.base_url.as_str().trim_end_matches('/');
        Url::parse(&format!("{base}{path}")).map_err(|e| ProviderError::Invalid {
            field: "path".into(),
            message: e.to_string(),
        })
    }
}

/// The most the provider can make us wait at once; a bogus header must not freeze the app.
const MAX_PAUSE: Duration = Duration::from_secs(600);
/// Page size for whole-list helpers.
pub const PAGE_SIZE: u32 = 100;

struct Reply {
    data: Value,
    meta: Option<PageMeta>,
}

struct PageMeta {
    total: u64,
    page: u32,
    pages: u32,
    items_per_page: u32,
}

fn page_meta(envelope: &Value) -> Option<PageMeta> {
    let n = |k: &str| envelope.get(k).and_then(Value::as_u64);
    Some(PageMeta {
        total: n("total")?,
        page: n("page")? as u32,
        pages: n("pages")? as u32,
        items_per_page: n("items_per_page").unwrap_or(0) as u32,
    })
}

fn json<T: Serialize>(body: &T) -> Result<Value, ProviderError> {
    serde_json::to_value(body).map_err(|e| ProviderError::Invalid {
        field: "body".into(),
        message: e.to_string(),
    })
}

fn decode<T: DeserializeOwned>(data: Value) -> Result<T, ProviderError> {
    serde_json::from_value(data).map_err(|e| ProviderError::Malformed {
        message: format!("unexpected data ({e})"),
    })
}

/// Plain words for a transport failure; reqwest's own text is not shown (it carries the URL).
fn transport_error(e: &reqwest::Error) -> ProviderError {
    if e.is_timeout() {
        ProviderError::Timeout
    } else if e.is_connect() {
        ProviderError::Connection {
            message: "the connection was refused or the host is unreachable".into(),
        }
    } else if e.is_body() || e.is_decode() {
        ProviderError::Connection {
            message: "the connection was cut before the whole answer arrived".into(),
        }
    } else {
        ProviderError::Connection {
            message: "the connection failed or was reset".into(),
        }
    }
}

/// Exponential backoff with jitter: a random delay in [d/2, d], d = base * 2^n capped.
fn backoff(policy: &RetryPolicy, retries: u32) -> Duration {
    let factor = 2u32.saturating_pow(retries.min(16));
    let full = policy.base.saturating_mul(factor).min(policy.max_delay);
    let half = full / 2;
    let jitter = rand::random_range(0.0..=1.0f64);
    half + half.mul_f64(jitter)
}

fn header_u64(headers: &HeaderMap, name: &str) -> Option<u64> {
    headers.get(name)?.to_str().ok()?.trim().parse().ok()
}

/// `Retry-After` (seconds), else `X-RateLimit-Reset` (epoch seconds).
fn retry_after(headers: &HeaderMap) -> Option<Duration> {
    header_u64(headers, "retry-after")
        .map(Duration::from_secs)
        .or_else(|| reset_delay(headers))
        .map(|d| d.min(MAX_PAUSE))
}

fn reset_delay(headers: &HeaderMap) -> Option<Duration> {
    let reset = header_u64(headers, "x-ratelimit-reset")?;
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .ok()?
        .as_secs();
    Some(Duration::from_secs(reset.saturating_sub(now).max(1)).min(MAX_PAUSE))
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_with_jitter_and_is_capped() {
        let policy = RetryPolicy::default();
        for n in 0..10 {
            let full = (policy.base * 2u32.pow(n)).min(policy.max_delay);
            for _ in 0..50 {
                let d = backoff(&policy, n);
                assert!(
                    d >= full / 2 && d <= full,
                    "retry {n}: {d:?} outside [{:?}, {full:?}]",
                    full / 2
                );
            }
        }
    }

    #[test]
    fn retry_after_wins_over_reset_and_is_bounded() {
        let mut h = HeaderMap::new();
        h.insert("retry-after", "7".parse().unwrap());
        h.insert("x-ratelimit-reset", "1".parse().unwrap());
        assert_eq!(retry_after(&h), Some(Duration::from_secs(7)));
        h.insert("retry-after", "999999".parse().unwrap());
        assert_eq!(retry_after(&h), Some(MAX_PAUSE));
        let mut h = HeaderMap::new();
        assert_eq!(retry_after(&h), None);
        let soon = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .as_secs()
            + 30;
        h.insert("x-ratelimit-reset", soon.to_string().parse().unwrap());
        let d = retry_after(&h).unwrap();
        assert!(
            d >= Duration::from_secs(29) && d <= Duration::from_secs(30),
            "{d:?}"
        );
    }
}
