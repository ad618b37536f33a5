//! Writes the reseller-sized workspace the benchmarks use: the demo plus `N` more products
//! (`Store::seed_many_products`, the generator of the store bench and the e2e tests).
//! `cargo run --release -p comptoir-store --example big_workspace -- FILE [N=100000]`;
//! `COMPTOIR_NOW` fixes the day the demo's dates are relative to.

use std::sync::Arc;

use comptoir_core::{Clock, FixedClock, SystemClock};
use comptoir_store::Store;

fn main() {
    let mut args = std::env::args().skip(1);
    let Some(path) = args.next() else {
        eprintln!("usage: big_workspace FILE [PRODUCTS]");
        std::process::exit(2);
    };
    let n: usize = args
        .next()
        .map_or(100_000, |s| s.parse().expect("PRODUCTS is a number"));
    if std::path::Path::new(&path).exists() {
        eprintln!("{path} exists: a new file only");
        std::process::exit(2);
    }
    let clock: Arc<dyn Clock> = match std::env::var("COMPTOIR_NOW") {
        Ok(now) => Arc::new(FixedClock::parse(&now).expect("COMPTOIR_NOW is RFC 3339")),
        Err(_) => Arc::new(SystemClock),
    };
    let mut store = Store::open(&path, clock).expect("a new workspace");
    store.seed_many_products(n).expect("seeded");
    println!("{path}: demo + {n} products");
}
