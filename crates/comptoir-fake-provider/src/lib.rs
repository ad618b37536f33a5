//! A fake of the provider's public API (the paths of `provider-api.md` "Core endpoints"), bound to
//! 127.0.0.1 only, over a seeded state, with switchable faults and a per-token rate limit that
//! counts like the real one (60 in any 60 s, 429 beyond). Tests start it in-process:
//! `let (addr, handle) = FakeProvider::start().await;`. Faults are set through the
//! [`FakeHandle`] or, for people and other processes, `POST /__admin/...` (see `admin_router`).
//! Time is tokio's, so tests on the paused clock see virtual instants here too.

mod oauth;
mod routes;
pub mod state;

use std::collections::{HashMap, HashSet, VecDeque};
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use tokio::time::Instant;

pub use state::ME;

/// The demo token the fake accepts (printed by `cargo run -p comptoir-fake-provider`).
pub const DEMO_TOKEN: &str = "fake-demo-token-0123456789";

/// How to seed and run the fake.
#[derive(Debug, Clone)]
pub struct FakeConfig {
    /// Seed 10,000 products instead of a handful.
    pub many_products: bool,
    /// Port to bind on 127.0.0.1 (0: any free port).
    pub port: u16,
    /// Requests per token in any `rate_window` (the provider's 60 a minute).
    pub rate_limit: usize,
    pub rate_window: Duration,
    /// Largest `per_page` honoured (larger asks are cut to it).
    pub max_per_page: usize,
}

impl Default for FakeConfig {
    fn default() -> Self {
        FakeConfig {
            many_products: false,
            port: 0,
            rate_limit: 60,
            rate_window: Duration::from_secs(60),
            max_per_page: 1000,
        }
    }
}

/// A fault the fake plays on the next API request(s).
#[derive(Debug, Clone, PartialEq)]
pub enum Fault {
    /// 429 with this `Retry-After` (seconds), as the provider does when the limit is hit.
    RateLimited { retry_after: u64 },
    /// This 5xx status (500, 503...) with the error envelope.
    Status(u16),
    /// The request is executed, then the answer waits this long.
    Slow(Duration),
    /// The connection is cut in the middle of the answer (the request is not executed).
    Reset,
    /// 200 with a body that is not JSON (the request is not executed).
    Malformed,
    /// 422 naming this field, as the provider refuses a value (the request is not executed).
    Invalid(String),
}

/// One request the fake received, for tests that check what was sent and when.
#[derive(Debug, Clone)]
pub struct RequestRecord {
    pub at: Instant,
    pub method: String,
    pub path: String,
    pub status: u16,
}

pub(crate) struct Shared {
    pub config: FakeConfig,
    pub data: Mutex<state::Data>,
    pub control: Mutex<Control>,
}

pub(crate) struct Control {
    pub faults: VecDeque<Fault>,
    /// Seeded random faults: (rng, probability of a 429, probability of a 5xx).
    pub random: Option<(StdRng, f64, f64)>,
    pub tokens: HashSet<String>,
    pub expired: HashSet<String>,
    /// Every token's send instants in the last window.
    pub rate_logs: HashMap<String, VecDeque<Instant>>,
    pub requests: Vec<RequestRecord>,
    pub offline: bool,
    /// Writes answer `asynchronous` and a task executed after this many polls.
    pub async_polls: Option<u32>,
    /// OAuth codes handed out: code -> (challenge, redirect_uri, client_id).
    pub oauth_codes: HashMap<String, (String, String, String)>,
    /// Refresh tokens still valid.
    pub refresh_tokens: HashSet<String>,
    pub token_counter: u64,
    /// 429s the per-token limit answered (not the injected ones).
    pub limit_refusals: usize,
}

impl Control {
    /// The fault for this request, if any: the queue first, then the seeded random ones.
    pub fn next_fault(&mut self) -> Option<Fault> {
        if self.offline {
            return Some(Fault::Reset);
        }
        if let Some(f) = self.faults.pop_front() {
            return Some(f);
        }
        let (rng, p429, p5xx) = self.random.as_mut()?;
        let roll: f64 = rng.random();
        if roll < *p429 {
            Some(Fault::RateLimited { retry_after: 2 })
        } else if roll < *p429 + *p5xx {
            Some(Fault::Status(if rng.random_bool(0.5) { 500 } else { 503 }))
        } else {
            None
        }
    }
}

/// Control of a running fake: faults, state inspection, shutdown.
#[derive(Clone)]
pub struct FakeHandle {
    shared: Arc<Shared>,
    shutdown: Arc<Mutex<Option<tokio::sync::oneshot::Sender<()>>>>,
}

impl FakeHandle {
    fn control(&self) -> std::sync::MutexGuard<'_, Control> {
        self.shared.control.lock().expect("fake control")
    }

    /// Play these faults on the next API requests, one each, in order.
    pub fn push_faults(&self, faults: impl IntoIterator<Item = Fault>) {
        self.control().faults.extend(faults);
    }

    /// From now on, each request gets a 429 with probability `p429` or a 500/503 with `p5xx`
    /// (seeded, so a run is repeatable).
    pub fn random_faults(&self, seed: u64, p429: f64, p5xx: f64) {
        self.control().random = Some((StdRng::seed_from_u64(seed), p429, p5xx));
    }

    pub fn clear_faults(&self) {
        let mut c = self.control();
        c.faults.clear();
        c.random = None;
    }

    /// Offline: every API request has its connection cut, until set back.
    pub fn set_offline(&self, offline: bool) {
        self.control().offline = offline;
    }

    /// Writes answer `asynchronous`; the task is executed after `polls` polls. None: synchronous.
    pub fn set_async_writes(&self, polls: Option<u32>) {
        self.control().async_polls = polls;
    }

    /// Accept another bearer token.
    pub fn add_token(&self, token: &str) {
        self.control().tokens.insert(token.to_string());
    }

    /// This token now gets 401 (expired or revoked).
    pub fn expire_token(&self, token: &str) {
        self.control().expired.insert(token.to_string());
    }

    /// Every request received so far.
    pub fn requests(&self) -> Vec<RequestRecord> {
        self.control().requests.clone()
    }

    /// How many requests the per-token rate limit refused (a client over the limit).
    pub fn limit_refusals(&self) -> usize {
        self.control().limit_refusals
    }

    /// The most requests any `window` saw (over every token), from the request log.
    pub fn max_in_window(&self, window: Duration) -> usize {
        max_in_window(self.requests().iter().map(|r| r.at), window)
    }

    /// Read the fake's state (to check a write reached it).
    pub fn with_data<T>(&self, f: impl FnOnce(&mut state::Data) -> T) -> T {
        f(&mut self.shared.data.lock().expect("fake data"))
    }

    /// Rename a team as if someone did it on the provider (bumps `updated_at`): a conflict source.
    pub fn touch_team(&self, account: state::Id, team: state::Id, name: &str) {
        self.with_data(|d| {
            let stamp = d.stamp();
            if let Some(t) = d
                .account_mut(account)
                .and_then(|a| a.teams.iter_mut().find(|t| t.id == team))
            {
                t.name = name.to_string();
                t.updated_at = stamp;
            }
        });
    }

    /// Stop serving (the port is freed).
    pub fn shutdown(&self) {
        if let Some(tx) = self.shutdown.lock().expect("fake shutdown").take() {
            let _ = tx.send(());
        }
    }
}

/// The largest number of instants inside any half-open window `[t, t + window)`.
pub fn max_in_window(instants: impl IntoIterator<Item = Instant>, window: Duration) -> usize {
    let mut all: Vec<Instant> = instants.into_iter().collect();
    all.sort();
    let mut best = 0;
    let mut start = 0;
    for end in 0..all.len() {
        while all[end] >= all[start] + window {
            start += 1;
        }
        best = best.max(end - start + 1);
    }
    best
}

pub struct FakeProvider;

impl FakeProvider {
    /// Start with the default seed on a free port of 127.0.0.1.
    pub async fn start() -> (SocketAddr, FakeHandle) {
        FakeProvider::start_with(FakeConfig::default()).await
    }

    pub async fn start_with(config: FakeConfig) -> (SocketAddr, FakeHandle) {
        let products = if config.many_products { 10_000 } else { 12 };
        let listener = tokio::net::TcpListener::bind(("127.0.0.1", config.port))
            .await
            .expect("bind 127.0.0.1");
        let addr = listener.local_addr().expect("local addr");
        let shared = Arc::new(Shared {
            config,
            data: Mutex::new(state::Data::seed(products)),
            control: Mutex::new(Control {
                faults: VecDeque::new(),
                random: None,
                tokens: HashSet::from([DEMO_TOKEN.to_string()]),
                expired: HashSet::new(),
                rate_logs: HashMap::new(),
                requests: Vec::new(),
                offline: false,
                async_polls: None,
                oauth_codes: HashMap::new(),
                refresh_tokens: HashSet::new(),
                token_counter: 0,
                limit_refusals: 0,
            }),
        });
        let app = routes::router(shared.clone());
        let (tx, rx) = tokio::sync::oneshot::channel::<()>();
        tokio::spawn(async move {
            let _ = axum::serve(listener, app)
                .with_graceful_shutdown(async {
                    let _ = rx.await;
                })
                .await;
        });
        let handle = FakeHandle {
            shared,
            shutdown: Arc::new(Mutex::new(Some(tx))),
        };
        (addr, handle)
    }
}

pub(crate) fn random_token(c: &mut Control, prefix: &str) -> String {
    c.token_counter += 1;
    let n: u64 = rand::rng().random();
    format!("{prefix}-{}-{n:016x}", c.token_counter)
}
