//! The command palette's search on a reseller-sized workspace (100,000 products): every kind
//! searched and ranked (`Store::palette_search`) against the raw trigram query for the same
//! text in the same process. Prints p50/p95, the ratio to the raw query and the goal
//! (issue 17: an answer within 50 ms).

use std::sync::Arc;
use std::time::{Duration, Instant};

use comptoir_core::FixedClock;
use comptoir_store::seed::SIGNED_IN_USER;
use comptoir_store::Store;

const PRODUCTS: usize = 100_000;
const RUNS: usize = 100;
const GOAL_MS: f64 = 50.0;

fn percentile(samples: &mut [Duration], p: f64) -> Duration {
    samples.sort();
    samples[((samples.len() as f64 - 1.0) * p).round() as usize]
}

fn measure(mut f: impl FnMut() -> usize) -> (f64, f64, usize) {
    for _ in 0..5 {
        f();
    }
    let mut samples = Vec::with_capacity(RUNS);
    let mut n = 0;
    for _ in 0..RUNS {
        let t = Instant::now();
        n = f();
        samples.push(t.elapsed());
    }
    let ms = |d: Duration| d.as_secs_f64() * 1e3;
    (
        ms(percentile(&mut samples, 0.5)),
        ms(percentile(&mut samples, 0.95)),
        n,
    )
}

fn main() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bench.sqlite3");
    let clock = Arc::new(FixedClock::parse("2026-11-27T09:00:00Z").unwrap());
    let mut store = Store::open(&path, clock).unwrap();
    store.seed_many_products(PRODUCTS).unwrap();
    let raw = rusqlite::Connection::open(&path).unwrap();
    let invoice = store.invoices(None).unwrap()[0].number.clone();
    let some_name = store.products(None).unwrap()[PRODUCTS / 2].name.clone();
    let queries = [
        ("broad, 3 letters", "web".to_string()),
        ("common word", "shop".to_string()),
        ("a product's name", some_name),
        ("an invoice number", invoice),
        ("one letter", "a".to_string()),
        ("two letters", "zu".to_string()),
        ("accented, case", "ZURICH".to_string()),
        ("an e-mail", "marc.dubois@".to_string()),
        ("nothing matches", "qqxz-none".to_string()),
    ];
    println!(
        "{:<20} {:>9} {:>9} {:>11} {:>7} {:>5}  goal p95 <= {GOAL_MS} ms",
        "query", "p50 ms", "p95 ms", "raw p95 ms", "ratio", "hits"
    );
    let mut worst: f64 = 0.0;
    for (label, q) in &queries {
        let (p50, p95, hits) =
            measure(|| store.palette_search(SIGNED_IN_USER, q, 30).unwrap().len());
        // The raw query: the trigram index's matches for the same text, 60 of them.
        let phrase = format!("\"{}\"", q.replace('"', "\"\""));
        let mut stmt = raw
            .prepare("SELECT rowid FROM products_fts WHERE products_fts MATCH ?1 LIMIT 60")
            .unwrap();
        let (_, raw95, _) = measure(|| {
            if q.chars().count() < 3 {
                return 0;
            }
            stmt.query_map([&phrase], |r| r.get::<_, i64>(0))
                .unwrap()
                .count()
        });
        worst = worst.max(p95);
        println!(
            "{label:<20} {p50:>9.2} {p95:>9.2} {raw95:>11.2} {:>7} {hits:>5}  {}",
            if raw95 > 0.0 {
                format!("{:.1}x", p95 / raw95)
            } else {
                "-".into()
            },
            if p95 <= GOAL_MS { "met" } else { "NOT MET" }
        );
    }
    println!("worst p95: {worst:.2} ms (goal {GOAL_MS} ms)");
}
