//! The renewals table on a reseller-sized workspace (100,000 products): the engine's query
//! (filters + sort + one page of 100 rows + the total count, with statuses evaluated) against the
//! raw indexed SQLite query for the same rows, measured in the same process. Prints p50/p95 and
//! the ratio for each shape. Goal (issue 4): ratio <= 2x and p95 <= 10 ms for the default view.

use std::sync::Arc;
use std::time::{Duration, Instant};

use comptoir_core::renewal::{ProductQuery, SortKey};
use comptoir_core::FixedClock;
use comptoir_store::Store;

const PRODUCTS: usize = 100_000;
const RUNS: usize = 200;

fn percentile(samples: &mut [Duration], p: f64) -> Duration {
    samples.sort();
    let i = ((samples.len() as f64 - 1.0) * p).round() as usize;
    samples[i]
}

fn measure(mut f: impl FnMut() -> usize) -> (Duration, Duration, usize) {
    for _ in 0..10 {
        f(); // warm the page cache and the statement cache
    }
    let mut samples = Vec::with_capacity(RUNS);
    let mut rows = 0;
    for _ in 0..RUNS {
        let t = Instant::now();
        rows = f();
        samples.push(t.elapsed());
    }
    (
        percentile(&mut samples, 0.5),
        percentile(&mut samples, 0.95),
        rows,
    )
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}

fn main() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bench.sqlite3");
    let clock = Arc::new(FixedClock::parse("2026-11-27T09:00:00Z").unwrap());
    let mut store = Store::open(&path, clock).unwrap();
    let t = Instant::now();
    store.seed_many_products(PRODUCTS).unwrap();
    println!(
        "seeded {PRODUCTS} products in {:.1} s",
        t.elapsed().as_secs_f64()
    );
    let raw = rusqlite::Connection::open(&path).unwrap();

    let from = "2026-11-27";
    let to = "2027-01-27";
    let shapes: Vec<(&str, ProductQuery, String, Vec<String>)> = vec![
        (
            "next 2 months, by expiry (default)",
            ProductQuery {
                expires_from: Some(from.parse().unwrap()),
                expires_to: Some(to.parse().unwrap()),
                limit: 100,
                ..ProductQuery::default()
            },
            "SELECT id, organization_id, kind, name, customer_name, expires_on, period_months,
                    price_minor, currency, auto_renew, auto_renew_method_id
             FROM products WHERE expires_on >= ?1 AND expires_on <= ?2
             ORDER BY expires_on, id LIMIT 100"
                .into(),
            vec![from.into(), to.into()],
        ),
        (
            "show all, by expiry, page 50",
            ProductQuery {
                limit: 100,
                offset: 5000,
                ..ProductQuery::default()
            },
            "SELECT id, organization_id, kind, name, customer_name, expires_on, period_months,
                    price_minor, currency, auto_renew, auto_renew_method_id
             FROM products ORDER BY expires_on, id LIMIT 100 OFFSET 5000"
                .into(),
            vec![],
        ),
        (
            "next 2 months, by name",
            ProductQuery {
                expires_from: Some(from.parse().unwrap()),
                expires_to: Some(to.parse().unwrap()),
                sort: SortKey::Name,
                limit: 100,
                ..ProductQuery::default()
            },
            "SELECT id, organization_id, kind, name, customer_name, expires_on, period_months,
                    price_minor, currency, auto_renew, auto_renew_method_id
             FROM products WHERE expires_on >= ?1 AND expires_on <= ?2
             ORDER BY name COLLATE NOCASE, id LIMIT 100"
                .into(),
            vec![from.into(), to.into()],
        ),
    ];

    println!(
        "{:<36} {:>10} {:>10} {:>10} {:>10} {:>7}",
        "shape (100 rows + total)", "engine p50", "engine p95", "raw p50", "raw p95", "ratio"
    );
    for (label, query, sql, args) in shapes {
        let (e50, e95, rows) = measure(|| {
            let page = store.query_products(&query).unwrap();
            assert!(page.total > 0);
            page.rows.len()
        });
        let count_sql = format!(
            "SELECT count(*) FROM ({})",
            sql.split(" ORDER BY ").next().unwrap()
        );
        let (r50, r95, raw_rows) = measure(|| {
            let mut stmt = raw.prepare_cached(&sql).unwrap();
            let n = stmt
                .query_map(rusqlite::params_from_iter(&args), |r| {
                    Ok((
                        r.get::<_, i64>(0)?,
                        r.get::<_, i64>(1)?,
                        r.get::<_, String>(2)?,
                        r.get::<_, String>(3)?,
                        r.get::<_, String>(4)?,
                        r.get::<_, String>(5)?,
                        r.get::<_, i64>(6)?,
                        r.get::<_, i64>(7)?,
                        r.get::<_, String>(8)?,
                        r.get::<_, bool>(9)?,
                        r.get::<_, Option<i64>>(10)?,
                    ))
                })
                .unwrap()
                .count();
            let total: i64 = raw
                .prepare_cached(&count_sql)
                .unwrap()
                .query_row(rusqlite::params_from_iter(&args), |r| r.get(0))
                .unwrap();
            assert!(total > 0);
            n
        });
        assert_eq!(rows, raw_rows, "{label}: both return the same page size");
        println!(
            "{label:<36} {:>8.2}ms {:>8.2}ms {:>8.2}ms {:>8.2}ms {:>6.2}x",
            ms(e50),
            ms(e95),
            ms(r50),
            ms(r95),
            ms(e50) / ms(r50)
        );
    }

    // Search (issue 12): the FTS5 trigram index against the LIKE scan it replaced, the same
    // page of 100 rows and total, in the same run.
    for term in ["fromagerie", "velo-club-4242", "zzz-none"] {
        let query = ProductQuery {
            search: term.into(),
            limit: 100,
            ..ProductQuery::default()
        };
        let (e50, e95, rows) = measure(|| store.query_products(&query).unwrap().rows.len());
        let like = format!("%{term}%");
        let (r50, r95, raw_rows) = measure(|| {
            let mut stmt = raw
                .prepare_cached(
                    "SELECT id FROM products WHERE name LIKE ?1 OR customer_name LIKE ?1
                     ORDER BY expires_on, id LIMIT 100",
                )
                .unwrap();
            let n = stmt
                .query_map([&like], |r| r.get::<_, i64>(0))
                .unwrap()
                .count();
            let _total: i64 = raw
                .prepare_cached(
                    "SELECT count(*) FROM products WHERE name LIKE ?1 OR customer_name LIKE ?1",
                )
                .unwrap()
                .query_row([&like], |r| r.get(0))
                .unwrap();
            n
        });
        assert_eq!(rows, raw_rows, "search {term}: same page size");
        println!(
            "search {term:<20} ({rows:>3} rows) index {:>6.2}ms p50 {:>6.2}ms p95; LIKE scan {:>6.2}ms / {:>6.2}ms ({:.1}x faster)",
            ms(e50),
            ms(e95),
            ms(r50),
            ms(r95),
            ms(r50) / ms(e50)
        );
    }

    // The sidebar badge and the Renewals strip (PAY-2): SQL ranges counted, the nearest few
    // read, against walking every product of the reminder window row by row (what
    // `due_reminders` does for the notification) and against the bare window count.
    let (a50, a95, count) = measure(|| store.attention(None).unwrap().count as usize);
    let (w50, w95, _) = measure(|| store.due_reminders().unwrap().len());
    let (c50, c95, _) = measure(|| {
        raw.prepare_cached(
            "SELECT count(*) FROM products WHERE expires_on >= ?1 AND expires_on <= ?2",
        )
        .unwrap()
        .query_row(["2026-11-27", "2026-12-25"], |r| r.get::<_, i64>(0))
        .unwrap() as usize
    });
    println!(
        "attention badge ({count} products): {:.2}ms p50 / {:.2}ms p95; row by row {:.2}ms / {:.2}ms \
         ({:.1}x); raw window count {:.2}ms / {:.2}ms (badge {:.2}x of it)",
        ms(a50),
        ms(a95),
        ms(w50),
        ms(w95),
        ms(w50) / ms(a50),
        ms(c50),
        ms(c95),
        ms(a50) / ms(c50)
    );
}
