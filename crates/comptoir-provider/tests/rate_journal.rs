//! API-3 across processes and restarts: the limiter's window lives in a journal file beside the
//! workspaces. Two limiters on one file stand for two processes (each has its own memory, as a
//! second instance or a restarted app does); the fake counts what arrives. Virtual time: both
//! journals read one clock that follows tokio's paused clock.

use std::sync::Arc;
use std::time::Duration;

use comptoir_fake_provider::{FakeProvider, DEMO_TOKEN};
use comptoir_provider::*;
use tokio::time::Instant;

const MINUTE: Duration = Duration::from_secs(60);

fn paused_runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .start_paused(true)
        .build()
        .unwrap()
}

/// A wall clock that moves with tokio's (paused) clock.
fn virtual_clock() -> JournalClock {
    let t0 = Instant::now();
    Arc::new(move || 1_700_000_000_000 + (Instant::now() - t0).as_millis() as i64)
}

/// A limiter as a fresh process builds it: its own memory, the shared journal file.
fn process(path: &std::path::Path, url: &str, clock: &JournalClock) -> Arc<RateLimiter> {
    let journal = SendJournal::open(path, url)
        .unwrap()
        .with_clock(clock.clone());
    Arc::new(RateLimiter::default().with_journal(journal))
}

#[test]
fn two_processes_on_one_workspace_never_send_more_than_60_a_minute() {
    paused_runtime().block_on(async {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("provider-ratelimit.sqlite3");
        let (addr, fake) = FakeProvider::start().await;
        let url = format!("http://{addr}");
        let clock = virtual_clock();
        let mut tasks = Vec::new();
        for _ in 0..2 {
            let client = Client::with_limiter(
                ClientConfig::new(&url).unwrap(),
                Arc::new(StaticToken(Secret::new(DEMO_TOKEN))),
                process(&path, &url, &clock),
            )
            .unwrap();
            for _ in 0..60 {
                let client = client.clone();
                tasks.push(tokio::spawn(
                    async move { client.profile().await.map(|_| ()) },
                ));
            }
        }
        for t in tasks {
            t.await.unwrap().unwrap();
        }
        assert_eq!(fake.requests().len(), 120);
        assert_eq!(fake.limit_refusals(), 0, "the fake answered 429");
        assert!(
            fake.max_in_window(MINUTE) <= 60,
            "{} in a minute",
            fake.max_in_window(MINUTE)
        );
    });
}

#[test]
fn a_restart_within_the_minute_waits_for_the_window() {
    paused_runtime().block_on(async {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("provider-ratelimit.sqlite3");
        let url = "http://127.0.0.1:9";
        let clock = virtual_clock();
        let t0 = Instant::now();
        let first = process(&path, url, &clock);
        for _ in 0..60 {
            first.acquire().await;
        }
        drop(first);
        tokio::time::advance(Duration::from_secs(20)).await;
        // The restarted app knows the 60 sends of 20 s ago: its estimate and its next send wait.
        let restarted = process(&path, url, &clock);
        assert_eq!(restarted.in_window(), 60);
        assert!(restarted.estimated_wait(1) >= Duration::from_secs(40));
        let at = restarted.acquire().await;
        assert!(at - t0 >= MINUTE, "sent {:?} after the first 60", at - t0);
        // Another provider URL in the same file has its own 60.
        let other = process(&path, "http://127.0.0.1:10", &clock);
        let before = Instant::now();
        other.acquire().await;
        assert_eq!(Instant::now(), before);
    });
}

#[test]
fn a_providers_pause_holds_for_every_process() {
    paused_runtime().block_on(async {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("provider-ratelimit.sqlite3");
        let url = "http://127.0.0.1:9";
        let clock = virtual_clock();
        let a = process(&path, url, &clock);
        let b = process(&path, url, &clock);
        a.pause_for(Duration::from_secs(30));
        let t0 = Instant::now();
        b.acquire().await;
        assert!(Instant::now() - t0 >= Duration::from_secs(30));
    });
}
