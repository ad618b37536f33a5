//! The renewals table on a reseller-sized workspace (100,000 products): the engine's query as
//! the app runs it (as the signed-in user)
//! (filters + sort + one page of 100 rows + the total count, with statuses evaluated) against the
//! raw indexed SQLite query for the same rows, measured in the same process.
//!
//! Issue 12, item 3: every date preset × sort (both directions) × search (none, broad, narrow)
//! is measured and printed as a table: combination, p50, p95, the raw query's p95 (the better of
//! its two plans: the filters' index then a sort, or the sort's index), the ratio of
//! the p95s and whether the goal (p95 <= 5 ms) is met. `TABLE_BENCH_ONLY=text` keeps the
//! combinations whose label contains `text`. A search's hits are kept between queries of the
//! same term (the raw query reads the index each time); a line after the table times a new
//! term at every query.

use std::sync::Arc;
use std::time::{Duration, Instant};

use chrono::{Months, NaiveDate};
use comptoir_core::product::ProductStatus;
use comptoir_core::renewal::{ProductQuery, SortKey};
use comptoir_core::FixedClock;
use comptoir_store::Store;

const PRODUCTS: usize = 100_000;
const RUNS: usize = 60;
/// A slow combination stops sampling after this long (at least `MIN_RUNS` samples).
const BUDGET: Duration = Duration::from_millis(1500);
const MIN_RUNS: usize = 8;
const GOAL_MS: f64 = 5.0;

/// A date preset of the table: its label, window and statuses.
type Preset = (
    &'static str,
    Option<NaiveDate>,
    Option<NaiveDate>,
    Vec<ProductStatus>,
);

fn percentile(samples: &mut [Duration], p: f64) -> Duration {
    samples.sort();
    let i = ((samples.len() as f64 - 1.0) * p).round() as usize;
    samples[i]
}

fn measure(mut f: impl FnMut() -> usize) -> (Duration, Duration, usize) {
    for _ in 0..3 {
        f(); // warm the page cache and the statement cache
    }
    let mut samples = Vec::with_capacity(RUNS);
    let mut rows = 0;
    let start = Instant::now();
    while samples.len() < RUNS && (samples.len() < MIN_RUNS || start.elapsed() < BUDGET) {
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

const COLUMNS: &str = "p.id, p.organization_id, p.kind, p.name, p.customer_name, p.expires_on,
    p.period_months, p.price_minor, p.currency, p.auto_renew, p.auto_renew_method_id";

/// The raw query of a page: the plain columns, the filter as indexed ranges, the sort's column,
/// `LIMIT 100`, and its count; no statuses, organization names or payment methods.
fn raw_page(raw: &rusqlite::Connection, filter: &str, order: &str, args: &[String]) -> usize {
    let sql = format!("SELECT {COLUMNS} FROM products p WHERE {filter} ORDER BY {order} LIMIT 100");
    let n = raw
        .prepare_cached(&sql)
        .unwrap()
        .query_map(rusqlite::params_from_iter(args), |r| {
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
    let _total: i64 = raw
        .prepare_cached(&format!("SELECT count(*) FROM products p WHERE {filter}"))
        .unwrap()
        .query_row(rusqlite::params_from_iter(args), |r| r.get(0))
        .unwrap();
    n
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
    let only = std::env::var("TABLE_BENCH_ONLY").unwrap_or_default();
    // The table's query as the app runs it: as the signed-in user (the demo's is a member of
    // both organizations, so every product is theirs to read).
    let user = store.signed_in_user().unwrap();

    // Both demo organizations are on 2026-11-27 at 09:00 UTC (Zurich and Madrid).
    let today: NaiveDate = "2026-11-27".parse().unwrap();
    let day = |d: i64| (today + chrono::Duration::days(d)).to_string();
    // PAY-1 as indexed ranges: blocked from the day after expiry, cancelled 30 days later;
    // overdue through the few unpaid invoices past due.
    let overdue_raw = format!(
        "((p.expires_on > '{}' AND p.expires_on <= '{}')
          OR (p.expires_on > '{}' AND p.id IN (SELECT l.product_id FROM invoices i
              JOIN invoice_lines l ON l.invoice_id = i.id WHERE i.kind = 'invoice'
              AND i.paid_minor < i.total_minor AND i.due_on < '{today}')))",
        day(-31),
        day(-1),
        day(-1)
    );
    let presets: Vec<Preset> = vec![
        ("2m", Some(today), Some(today + Months::new(2)), vec![]),
        ("6m", Some(today), Some(today + Months::new(6)), vec![]),
        ("12m", Some(today), Some(today + Months::new(12)), vec![]),
        (
            "overdue",
            None,
            None,
            vec![ProductStatus::Overdue, ProductStatus::Blocked],
        ),
        ("all", None, None, vec![]),
    ];
    let sorts = [
        (SortKey::ExpiresOn, "expiry", "p.expires_on"),
        (SortKey::Name, "name", "p.name COLLATE NOCASE"),
        (SortKey::Kind, "kind", "p.kind"),
        (SortKey::Organization, "org", "p.organization_id"),
        (
            SortKey::CustomerName,
            "customer",
            "p.customer_name COLLATE NOCASE",
        ),
        (SortKey::Period, "period", "p.period_months"),
        (SortKey::Price, "price", "p.currency, p.price_minor"),
        (SortKey::AutoRenew, "auto", "p.auto_renew"),
        // The status follows the expiry date band by band: the raw query is the expiry order.
        (SortKey::Status, "status", "p.expires_on"),
    ];
    let searches = [("", "-"), ("fromagerie", "broad"), ("club-42", "narrow")];

    println!(
        "{:<34} {:>9} {:>9} {:>9} {:>7} {:>5} {:>6}",
        "combination (100 rows + total)", "p50", "p95", "raw p95", "ratio", "goal", "total"
    );
    let (mut met, mut all, mut worst) = (0, 0, (0.0f64, String::new()));
    for (preset, from, to, statuses) in &presets {
        for (sort, sort_label, sort_sql) in &sorts {
            for descending in [false, true] {
                for (term, search_label) in &searches {
                    let label = format!(
                        "{preset} {sort_label}{} {search_label}",
                        if descending { " desc" } else { "" }
                    );
                    if !label.contains(&only) {
                        continue;
                    }
                    let query = ProductQuery {
                        expires_from: *from,
                        expires_to: *to,
                        statuses: statuses.clone(),
                        search: term.to_string(),
                        sort: *sort,
                        descending,
                        limit: 100,
                        ..ProductQuery::default()
                    };
                    let mut total = 0;
                    let (e50, e95, rows) = measure(|| {
                        let page = store.query_products_as(user, &query).unwrap();
                        total = page.total;
                        page.rows.len()
                    });
                    let mut filter = vec!["1 = 1".to_string()];
                    let mut args = vec![];
                    if let (Some(f), Some(t)) = (from, to) {
                        filter.push("p.expires_on >= ? AND p.expires_on <= ?".into());
                        args.extend([f.to_string(), t.to_string()]);
                    }
                    if !statuses.is_empty() {
                        filter.push(overdue_raw.clone());
                    }
                    if !term.is_empty() {
                        filter.push(
                            "p.id IN (SELECT rowid FROM products_fts WHERE products_fts MATCH ?)"
                                .into(),
                        );
                        args.push(format!("\"{term}\""));
                    }
                    // The raw query's best plan: the filters' index then a sort, or the sort's
                    // index with the filters checked on the way (the unary `+` rules out the
                    // other index); sorting by expiry, the window's index is the sort's.
                    let filter = filter.join(" AND ");
                    let unindexed = filter
                        .replace("p.expires_on", "+p.expires_on")
                        .replace("p.id IN", "+p.id IN");
                    let dir = if descending { "DESC" } else { "ASC" };
                    let order = |plus: &str| {
                        sort_sql
                            .split(", ")
                            .chain(["p.id"])
                            .map(|c| format!("{plus}{c} {dir}"))
                            .collect::<Vec<_>>()
                            .join(", ")
                    };
                    let plans = if sort_sql == &"p.expires_on" {
                        vec![(filter.clone(), order("")), (filter.clone(), order("+"))]
                    } else {
                        vec![(filter.clone(), order("+")), (unindexed, order(""))]
                    };
                    let mut r95 = Duration::MAX;
                    let mut raw_rows = 0;
                    for (filter, order) in &plans {
                        let (_, p95, n) = measure(|| raw_page(&raw, filter, order, &args));
                        r95 = r95.min(p95);
                        raw_rows = n;
                    }
                    assert_eq!(rows, raw_rows, "{label}: both return the same page size");
                    let ok = ms(e95) <= GOAL_MS;
                    all += 1;
                    met += usize::from(ok);
                    if ms(e95) > worst.0 {
                        worst = (ms(e95), label.clone());
                    }
                    println!(
                        "{label:<34} {:>7.2}ms {:>7.2}ms {:>7.2}ms {:>6.2}x {:>5} {total:>6}",
                        ms(e50),
                        ms(e95),
                        ms(r95),
                        ms(e95) / ms(r95),
                        if ok { "yes" } else { "NO" }
                    );
                }
            }
        }
    }
    println!(
        "table: {met} of {all} combinations within {GOAL_MS} ms p95; slowest {} at {:.2} ms",
        worst.1, worst.0
    );
    // As a member of one organization of the two (66,719 of the products): the reader's
    // organizations are then a filter of their own. Not a goal line of the table above: said.
    let mut member_met = 0;
    let mut member_all = 0;
    let mut member_worst = (0.0f64, String::new());
    for (preset, from, to, statuses) in &presets {
        for (sort, sort_label, _) in &sorts {
            let query = ProductQuery {
                expires_from: *from,
                expires_to: *to,
                statuses: statuses.clone(),
                sort: *sort,
                limit: 100,
                ..ProductQuery::default()
            };
            let mut total = 0;
            let (p50, p95, _) = measure(|| {
                let page = store.query_products_as(1, &query).unwrap();
                total = page.total;
                page.rows.len()
            });
            println!(
                "member {:<27} {:>7.2}ms {:>7.2}ms {:>26} {total:>6}",
                format!("{preset} {sort_label}"),
                ms(p50),
                ms(p95),
                if ms(p95) <= GOAL_MS { "yes" } else { "NO" }
            );
            member_all += 1;
            member_met += usize::from(ms(p95) <= GOAL_MS);
            if ms(p95) > member_worst.0 {
                member_worst = (ms(p95), format!("{preset} {sort_label}"));
            }
        }
    }
    println!(
        "as a member of one organization (user 1, no search, ascending): {member_met} of \
         {member_all} within {GOAL_MS} ms p95; slowest {} at {:.2} ms",
        member_worst.1, member_worst.0
    );

    // The table's searches above read the hits of their term once and keep them while nothing
    // changes (`Store::prepare_search`), as a sort or preset change after typing does; the raw
    // query reads the index every time. Typing a new term reads them again: two broad terms in
    // turn, each query a new one.
    for (preset, from, to) in [
        ("6m", Some(today), Some(today + Months::new(6))),
        ("all", None, None),
    ] {
        let terms = ["fromagerie", "horlogerie"];
        let mut turn = 0;
        let (n50, n95, _) = measure(|| {
            turn += 1;
            let query = ProductQuery {
                expires_from: from,
                expires_to: to,
                search: terms[turn % 2].into(),
                limit: 100,
                ..ProductQuery::default()
            };
            store.query_products_as(user, &query).unwrap().rows.len()
        });
        println!(
            "{preset} expiry, broad search, a new term every query: {:.2}ms p50 {:.2}ms p95 ({})",
            ms(n50),
            ms(n95),
            if ms(n95) <= GOAL_MS {
                "within the goal"
            } else {
                "over the goal"
            }
        );
    }
    if !only.is_empty() {
        return;
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
