//! A full sync of the fake's 10,000 products into a fresh provider workspace, in real time under
//! the client's rate limiter: requests, elapsed time, requests a minute against the limit of 60,
//! the most requests the fake saw in any 60 s, and a second (idempotent) sync's changes.
//! `cargo run -p comptoir-sync --example sync_many` (about two minutes: the limit is the point)

use std::sync::Arc;
use std::time::{Duration, Instant};

use comptoir_core::SystemClock;
use comptoir_fake_provider::{FakeConfig, FakeProvider, DEMO_TOKEN};
use comptoir_provider::{Client, ClientConfig, Secret, StaticToken};
use comptoir_store::Store;
use comptoir_sync::Syncer;

#[tokio::main]
async fn main() {
    let (addr, fake) = FakeProvider::start_with(FakeConfig {
        many_products: true,
        ..FakeConfig::default()
    })
    .await;
    let dir = tempfile::tempdir().unwrap();
    let store =
        Store::open_provider(dir.path().join("provider.sqlite3"), Arc::new(SystemClock)).unwrap();
    let config = ClientConfig::new(&format!("http://{addr}")).unwrap();
    let client = Client::new(config, Arc::new(StaticToken(Secret::new(DEMO_TOKEN)))).unwrap();
    let syncer = Syncer::new(client, store.worker_handle());
    let start = Instant::now();
    let mut last_left = 0;
    let first = syncer
        .sync(&mut |p| {
            if p.done % 20 == 0 && p.seconds_left != last_left {
                last_left = p.seconds_left;
                println!(
                    "  {} of {} requests, about {} s left",
                    p.done, p.total, p.seconds_left
                );
            }
        })
        .await
        .unwrap();
    let took = start.elapsed();
    let per_min = first.requests as f64 / took.as_secs_f64() * 60.0;
    println!(
        "first sync: {:?}, {} requests in {:.1} s = {:.1} requests/min (limit 60), {} products",
        first.link,
        first.requests,
        took.as_secs_f64(),
        per_min,
        store.info().unwrap().products
    );
    println!(
        "most requests the fake saw in any 60 s: {}",
        fake.max_in_window(Duration::from_secs(60))
    );
    let again = syncer.sync(&mut |_| {}).await.unwrap();
    println!(
        "second sync: {} requests, changes {:?}",
        again.requests, again.changes
    );
}
