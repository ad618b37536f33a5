//! API-3: at most 60 requests in ANY 60-second window per token. A sliding log of send instants
//! (not fixed buckets: two full buckets back to back would allow 120 in 60 s). Callers queue in
//! arrival order and are never refused; a 429's `Retry-After` or an exhausted
//! `X-RateLimit-Remaining` pauses everyone until the provider's reset. Time is tokio's, so tests
//! run on the paused clock. With a [`SendJournal`] the log also lives in SQLite, shared by every
//! process on the same workspaces and read back after a restart.

use std::collections::{HashMap, VecDeque};
use std::sync::{Arc, Mutex, OnceLock, Weak};
use std::time::Duration;

use tokio::time::Instant;

use crate::error::ProviderError;
use crate::journal::{JournalVerdict, SendJournal};

/// API-3: 60 requests a minute per token.
pub const DEFAULT_LIMIT: usize = 60;
/// The provider's window plus a margin: the provider counts arrivals, we count sends, and the
/// time between the two varies (network jitter). Half a second costs 0.8 % of the throughput.
pub const DEFAULT_WINDOW: Duration = Duration::from_millis(60_500);

#[derive(Debug)]
struct State {
    /// Send instants of the last `window`, oldest first.
    log: VecDeque<Instant>,
    /// No one sends before this (provider asked us to wait).
    paused_until: Option<Instant>,
}

#[derive(Debug)]
pub struct RateLimiter {
    limit: usize,
    window: Duration,
    state: Mutex<State>,
    /// Held by the one caller at the head of the queue while it waits for its slot, so callers are
    /// served in arrival order (tokio's mutex is fair). `state` is a plain mutex held briefly, so
    /// a 429 can pause everyone while the head is sleeping.
    turnstile: tokio::sync::Mutex<()>,
    /// The window as other processes and earlier runs see it (None: this process only).
    journal: Option<SendJournal>,
}

impl Default for RateLimiter {
    fn default() -> Self {
        RateLimiter::new(DEFAULT_LIMIT, DEFAULT_WINDOW)
    }
}

impl RateLimiter {
    pub fn new(limit: usize, window: Duration) -> Self {
        assert!(limit > 0, "a rate limit of 0 would never send");
        RateLimiter {
            limit,
            window,
            state: Mutex::new(State {
                log: VecDeque::with_capacity(limit + 1),
                paused_until: None,
            }),
            turnstile: tokio::sync::Mutex::new(()),
            journal: None,
        }
    }

    /// The same limiter, also counting in `journal`: the sends of its last window (an earlier
    /// run's, another process's) are loaded now, and each later send is decided there too.
    pub fn with_journal(mut self, journal: SendJournal) -> Self {
        let now = Instant::now();
        if let Ok(ages) = journal.recent(self.window) {
            let st = self.state.get_mut().expect("rate limiter state");
            for age in ages {
                st.log.push_back(now.checked_sub(age).unwrap_or(now));
            }
            st.log.make_contiguous().sort();
        }
        self.journal = Some(journal);
        self
    }

    /// The one limiter of provider `url` in this process, counting in the journal file `path`
    /// (the user's one journal) so other processes and the next run count the same sends. Every
    /// request to that provider (the token check included) must use it. Keyed by the URL only:
    /// workspaces in different folders on one token share the provider's 60 a minute.
    pub fn shared_persistent(
        url: &str,
        path: &std::path::Path,
    ) -> Result<Arc<RateLimiter>, ProviderError> {
        let key = format!("{url}\u{0}journal");
        if let Some(limiter) = registry()
            .lock()
            .expect("rate limiter registry")
            .get(&key)
            .and_then(Weak::upgrade)
        {
            return Ok(limiter);
        }
        let journal = SendJournal::open(path, url)?;
        let mut registry = registry().lock().expect("rate limiter registry");
        if let Some(limiter) = registry.get(&key).and_then(Weak::upgrade) {
            return Ok(limiter);
        }
        registry.retain(|_, weak| weak.strong_count() > 0);
        let limiter = Arc::new(RateLimiter::default().with_journal(journal));
        registry.insert(key, Arc::downgrade(&limiter));
        Ok(limiter)
    }

    /// The one limiter of `key` in this process (e.g. the workspace the token belongs to), made
    /// on first use and shared while anyone holds it: every client for that token counts
    /// against the same 60 a minute. The key is a name, never the token itself.
    pub fn shared(key: &str) -> Arc<RateLimiter> {
        let mut registry = registry().lock().expect("rate limiter registry");
        if let Some(limiter) = registry.get(key).and_then(Weak::upgrade) {
            return limiter;
        }
        registry.retain(|_, weak| weak.strong_count() > 0);
        let limiter = Arc::new(RateLimiter::default());
        registry.insert(key.to_string(), Arc::downgrade(&limiter));
        limiter
    }

    pub fn limit(&self) -> usize {
        self.limit
    }

    pub fn window(&self) -> Duration {
        self.window
    }

    /// Wait for a slot and record the send; returns the instant recorded. Never fails.
    pub async fn acquire(&self) -> Instant {
        let _turn = self.turnstile.lock().await;
        loop {
            let now = Instant::now();
            let wait_until = {
                let mut st = self.state.lock().expect("rate limiter state");
                st.forget_before(now, self.window);
                match st.next_slot(now, self.limit, self.window) {
                    Some(at) => at,
                    None => match self.journal_verdict() {
                        JournalVerdict::Sent => {
                            st.log.push_back(now);
                            return now;
                        }
                        JournalVerdict::Wait(wait) => now + wait,
                    },
                }
            };
            tokio::time::sleep_until(wait_until).await;
        }
    }

    /// The provider said "wait `delay`" (429 Retry-After, or Remaining 0 until Reset): nobody
    /// sends before then. A shorter pause never shortens a longer one.
    pub fn pause_for(&self, delay: Duration) {
        let until = Instant::now() + delay;
        let mut st = self.state.lock().expect("rate limiter state");
        if st.paused_until.is_none_or(|p| p < until) {
            st.paused_until = Some(until);
        }
        if let Some(journal) = &self.journal {
            if let Err(e) = journal.pause_for(delay) {
                eprintln!("comptoir: rate limit journal: {e}");
            }
        }
    }

    /// The journal's say on a send the in-memory log allows. A journal that cannot be read
    /// (disk full, locked past its timeout) leaves the decision to the in-memory log: queued
    /// requests must never fail, and this process's own count still holds.
    fn journal_verdict(&self) -> JournalVerdict {
        match &self.journal {
            None => JournalVerdict::Sent,
            Some(journal) => journal
                .try_send(self.limit, self.window)
                .unwrap_or_else(|e| {
                    eprintln!("comptoir: rate limit journal: {e}");
                    JournalVerdict::Sent
                }),
        }
    }

    /// How long `n_requests` more would take from now at the limit ("time left" in bulk jobs):
    /// the instant the last of them could be sent, counting the log and any pause.
    pub fn estimated_wait(&self, n_requests: usize) -> Duration {
        if n_requests == 0 {
            return Duration::ZERO;
        }
        let now = Instant::now();
        let st = self.state.lock().expect("rate limiter state");
        let start = st.paused_until.filter(|p| *p > now).unwrap_or(now);
        // Slot k (0-based over log ++ new) may be sent at max(start, slot[k - limit] + window).
        let mut slots: VecDeque<Instant> = st
            .log
            .iter()
            .copied()
            .filter(|t| *t + self.window > now)
            .collect();
        let mut last = start;
        for _ in 0..n_requests {
            let at = if slots.len() >= self.limit {
                let oldest = slots[slots.len() - self.limit];
                (oldest + self.window).max(start)
            } else {
                start
            };
            slots.push_back(at);
            if slots.len() > self.limit {
                slots.pop_front();
            }
            last = at;
        }
        last.saturating_duration_since(now)
    }

    /// Requests sent in the last window (for progress displays and tests).
    pub fn in_window(&self) -> usize {
        let now = Instant::now();
        let mut st = self.state.lock().expect("rate limiter state");
        st.forget_before(now, self.window);
        st.log.len()
    }
}

fn registry() -> &'static Mutex<HashMap<String, Weak<RateLimiter>>> {
    static REGISTRY: OnceLock<Mutex<HashMap<String, Weak<RateLimiter>>>> = OnceLock::new();
    REGISTRY.get_or_init(Default::default)
}

impl State {
    fn forget_before(&mut self, now: Instant, window: Duration) {
        // A send at t counts for the windows [t, t + window); at t + window it is out.
        while self.log.front().is_some_and(|t| *t + window <= now) {
            self.log.pop_front();
        }
        if self.paused_until.is_some_and(|p| p <= now) {
            self.paused_until = None;
        }
    }

    /// None when a send is allowed now, else the instant to check again.
    fn next_slot(&self, now: Instant, limit: usize, window: Duration) -> Option<Instant> {
        if let Some(p) = self.paused_until.filter(|p| *p > now) {
            return Some(p);
        }
        if self.log.len() >= limit {
            let oldest = self.log[self.log.len() - limit];
            return Some(oldest + window);
        }
        None
    }
}
