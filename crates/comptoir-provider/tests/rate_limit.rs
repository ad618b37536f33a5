//! API-3, proved on virtual time (tokio's paused clock): never more than 60 requests in ANY
//! 60-second window, whatever the schedule of bursts, retries and 429 pauses; callers queue and
//! all get through. Two levels: the limiter alone under proptest's schedules, and the real client
//! against the fake provider (which counts arrivals per token like the provider) under seeded
//! schedules with injected 429s and 5xx.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use comptoir_fake_provider::{max_in_window, FakeProvider, DEMO_TOKEN};
use comptoir_provider::*;
use proptest::prelude::*;
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use tokio::time::Instant;

const MINUTE: Duration = Duration::from_secs(60);

fn paused_runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .start_paused(true)
        .build()
        .unwrap()
}

#[derive(Debug, Clone)]
struct Schedule {
    /// (start offset in ms, callers arriving together, extra sends each makes: retries)
    bursts: Vec<(u64, usize, u8)>,
    /// (at ms, pause ms): a 429's Retry-After.
    pauses: Vec<(u64, u64)>,
}

fn schedules() -> impl Strategy<Value = Schedule> {
    (
        prop::collection::vec((0u64..180_000, 1usize..90, 0u8..3), 1..8),
        prop::collection::vec((0u64..240_000, 1u64..20_000), 0..4),
    )
        .prop_map(|(bursts, pauses)| Schedule { bursts, pauses })
}

/// Runs a schedule on the limiter with the provider's 60 per 60 s; returns every send instant,
/// the pauses as intervals, and the total sends expected.
fn run(schedule: &Schedule) -> (Vec<Instant>, Vec<(Instant, Instant)>, usize, Instant) {
    paused_runtime().block_on(async {
        let limiter = Arc::new(RateLimiter::new(60, MINUTE));
        let sends = Arc::new(Mutex::new(Vec::new()));
        let pauses = Arc::new(Mutex::new(Vec::new()));
        let t0 = Instant::now();
        let mut tasks = Vec::new();
        let mut expected = 0;
        for &(start, callers, retries) in &schedule.bursts {
            expected += callers * (1 + retries as usize);
            for _ in 0..callers {
                let (limiter, sends) = (limiter.clone(), sends.clone());
                tasks.push(tokio::spawn(async move {
                    tokio::time::sleep_until(t0 + Duration::from_millis(start)).await;
                    for attempt in 0..=retries {
                        if attempt > 0 {
                            // A retry's backoff, then it queues again like everyone else.
                            tokio::time::sleep(Duration::from_millis(250 << attempt)).await;
                        }
                        let at = limiter.acquire().await;
                        sends.lock().unwrap().push(at);
                    }
                }));
            }
        }
        for &(at, pause) in &schedule.pauses {
            let (limiter, pauses) = (limiter.clone(), pauses.clone());
            tasks.push(tokio::spawn(async move {
                tokio::time::sleep_until(t0 + Duration::from_millis(at)).await;
                let from = Instant::now();
                limiter.pause_for(Duration::from_millis(pause));
                pauses
                    .lock()
                    .unwrap()
                    .push((from, from + Duration::from_millis(pause)));
            }));
        }
        for t in tasks {
            t.await.unwrap();
        }
        let sends = sends.lock().unwrap().clone();
        let pauses = pauses.lock().unwrap().clone();
        (sends, pauses, expected, t0)
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn never_more_than_60_in_any_60_seconds(schedule in schedules()) {
        let (sends, pauses, expected, t0) = run(&schedule);
        // Queueing, never failing: every send happened.
        prop_assert_eq!(sends.len(), expected);
        prop_assert!(max_in_window(sends.iter().copied(), MINUTE) <= 60);
        // Nobody sent during a pause (a 429's Retry-After holds for everyone).
        for (from, to) in &pauses {
            prop_assert!(sends.iter().all(|s| s < from || s >= to), "sent during a pause");
        }
        // And not needlessly slow: within the time the limit and the pauses impose.
        let last_start = schedule.bursts.iter().map(|b| b.0).max().unwrap_or(0);
        let paused: u64 = schedule.pauses.iter().map(|p| p.1).sum();
        let bound = Duration::from_millis(last_start + paused + 2_000)
            + MINUTE * (expected as u32).div_ceil(60);
        let end = sends.iter().max().copied().unwrap_or(t0);
        prop_assert!(end - t0 <= bound, "took {:?}, bound {:?}", end - t0, bound);
    }
}

#[test]
fn a_burst_of_200_is_served_at_exactly_the_limit() {
    let schedule = Schedule {
        bursts: vec![(0, 200, 0)],
        pauses: vec![],
    };
    let (mut sends, _, _, t0) = run(&schedule);
    sends.sort();
    assert_eq!(max_in_window(sends.iter().copied(), MINUTE), 60);
    // 60 at once, then 60 a minute later, and so on: the 200th at 3 minutes.
    assert_eq!(sends[59] - t0, Duration::ZERO);
    assert_eq!(sends[60] - t0, MINUTE);
    assert_eq!(sends[199] - t0, MINUTE * 3);
}

#[test]
fn estimated_wait_matches_what_happens() {
    paused_runtime().block_on(async {
        let limiter = RateLimiter::new(60, MINUTE);
        assert_eq!(limiter.estimated_wait(60), Duration::ZERO);
        assert_eq!(limiter.estimated_wait(61), MINUTE);
        for _ in 0..30 {
            limiter.acquire().await;
        }
        tokio::time::advance(Duration::from_secs(10)).await;
        // 30 slots left now; the next 30 wait for the first 30 to leave at t = 60 s.
        assert_eq!(limiter.estimated_wait(30), Duration::ZERO);
        assert_eq!(limiter.estimated_wait(31), Duration::from_secs(50));
        assert_eq!(limiter.estimated_wait(150), Duration::from_secs(120));
        limiter.pause_for(Duration::from_secs(5));
        assert_eq!(limiter.estimated_wait(1), Duration::from_secs(5));
        // What the estimate said is when the 31st really goes.
        let start = Instant::now();
        for _ in 0..31 {
            limiter.acquire().await;
        }
        assert_eq!(start.elapsed(), Duration::from_secs(50));
    });
}

/// The real client against the fake, whose arrival log is what the provider would count.
#[test]
fn the_client_stays_under_the_providers_limit_with_429s_and_5xx() {
    for seed in 0..6u64 {
        paused_runtime().block_on(async move {
            let (addr, fake) = FakeProvider::start().await;
            fake.random_faults(seed, 0.05, 0.05);
            let mut config = ClientConfig::new(&format!("http://{addr}")).unwrap();
            config.retry.max_retries = 8;
            config.retry.max_rate_limited = 20;
            let client =
                Client::new(config, Arc::new(StaticToken(Secret::new(DEMO_TOKEN)))).unwrap();
            let mut rng = StdRng::seed_from_u64(seed);
            let mut tasks = Vec::new();
            let t0 = Instant::now();
            let mut posts = 0;
            for _ in 0..rng.random_range(3..7) {
                let start = Duration::from_millis(rng.random_range(0..120_000));
                let n = rng.random_range(20..70);
                for i in 0..n {
                    let client = client.clone();
                    let post = i % 5 == 0;
                    posts += post as usize;
                    tasks.push(tokio::spawn(async move {
                        tokio::time::sleep_until(t0 + start).await;
                        if post {
                            let body = TeamCreate {
                                name: format!("t{}", rand::random::<u64>()),
                                owned_by_id: None,
                            };
                            // A POST after a 5xx is not retried: it may fail, visibly.
                            client.create_team(101, &body).await.map(|_| ())
                        } else {
                            client.accounts().await.map(|_| ())
                        }
                    }));
                }
            }
            let mut server_failures = 0;
            for t in tasks {
                match t.await.unwrap() {
                    Ok(()) => {}
                    Err(ProviderError::Server { .. }) => server_failures += 1,
                    Err(e) => panic!("seed {seed}: unexpected {e:?}"),
                }
            }
            assert!(
                server_failures <= posts,
                "seed {seed}: only POSTs may fail on a 5xx"
            );
            let max = fake.max_in_window(MINUTE);
            assert!(max <= 60, "seed {seed}: {max} requests in one minute");
            assert_eq!(
                fake.limit_refusals(),
                0,
                "seed {seed}: the provider's limit was hit"
            );
            let answered_429 = fake.requests().iter().filter(|r| r.status == 429).count();
            assert!(
                answered_429 > 0,
                "seed {seed}: the schedule had no 429 to honour"
            );
        });
    }
}
