//! The renewals table's total for a date window (issue 12): summed from the per-day counts that
//! triggers keep (`product_day_counts`, schema 22) instead of counting the window's products.
//! The sum must equal a count of the products themselves for any window, organization and
//! reader, and the per-day counts must follow every way products change: a new product, a new
//! expiry date, another organization, a deletion, an organization's deletion (its products go by
//! cascade), made through the store or through any other connection.

use std::collections::BTreeMap;
use std::sync::Arc;

use chrono::{Duration, NaiveDate};
use comptoir_core::renewal::{ProductQuery, SortKey};
use comptoir_core::FixedClock;
use comptoir_store::Store;

/// The demo's signed-in user, a member of both organizations; user 1 is a member of the first.
const BOTH: i64 = 2;
const FIRST_ONLY: i64 = 1;

/// A small deterministic generator: the same windows and changes at every run.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

/// (day, organization) → count, as a query of those three columns gives them.
fn by_day(raw: &rusqlite::Connection, sql: &str) -> BTreeMap<(String, i64), i64> {
    let mut st = raw.prepare(sql).unwrap();
    st.query_map([], |r| Ok(((r.get(0)?, r.get(1)?), r.get(2)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect()
}

/// What the triggers kept.
fn kept_counts(raw: &rusqlite::Connection) -> BTreeMap<(String, i64), i64> {
    by_day(
        raw,
        "SELECT expires_on, organization_id, n FROM product_day_counts",
    )
}

/// What the products say.
fn counted(raw: &rusqlite::Connection) -> BTreeMap<(String, i64), i64> {
    by_day(
        raw,
        "SELECT expires_on, organization_id, count(*) FROM products GROUP BY 1, 2",
    )
}

/// The products a window keeps, counted one by one.
fn scanned(
    raw: &rusqlite::Connection,
    from: Option<NaiveDate>,
    to: Option<NaiveDate>,
    org: Option<i64>,
    reader: Option<i64>,
) -> u32 {
    raw.query_row(
        "SELECT count(*) FROM products
         WHERE (?1 IS NULL OR expires_on >= ?1) AND (?2 IS NULL OR expires_on <= ?2)
           AND (?3 IS NULL OR organization_id = ?3)
           AND (?4 IS NULL OR organization_id IN
                (SELECT organization_id FROM memberships WHERE user_id = ?4 AND status = 'active'))",
        rusqlite::params![
            from.map(|d| d.to_string()),
            to.map(|d| d.to_string()),
            org,
            reader
        ],
        |r| r.get(0),
    )
    .unwrap()
}

fn check_windows(
    s: &Store,
    raw: &rusqlite::Connection,
    rng: &mut Rng,
    rounds: usize,
    orgs: &[Option<i64>],
) {
    let first: NaiveDate = "2026-09-01".parse().unwrap();
    let day = |n: u64| first + Duration::days(n as i64);
    for _ in 0..rounds {
        let a = day(rng.below(900));
        let b = a + Duration::days(rng.below(400) as i64);
        let (from, to) = match rng.below(4) {
            0 => (None, None),
            1 => (Some(a), None),
            2 => (None, Some(b)),
            _ => (Some(a), Some(b)),
        };
        let org = orgs[rng.below(orgs.len() as u64) as usize];
        let q = ProductQuery {
            expires_from: from,
            expires_to: to,
            organization_id: org,
            sort: SortKey::Name,
            limit: 10,
            ..ProductQuery::default()
        };
        assert_eq!(
            s.query_products(&q).unwrap().total,
            scanned(raw, from, to, org, None),
            "{q:?}"
        );
        // A reader of the first organization only: the second's products are not counted
        // (asking for the second organization itself is refused, ORG-6).
        if org != Some(2) {
            assert_eq!(
                s.query_products_as(FIRST_ONLY, &q).unwrap().total,
                scanned(raw, from, to, org, Some(FIRST_ONLY)),
                "as user {FIRST_ONLY}: {q:?}"
            );
        }
        assert_eq!(
            s.query_products_as(BOTH, &q).unwrap().total,
            scanned(raw, from, to, org, Some(BOTH)),
            "as user {BOTH}: {q:?}"
        );
    }
}

#[test]
fn a_windows_total_equals_a_count_of_its_products_through_every_change() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ws.sqlite3");
    let mut s = Store::open(
        &path,
        Arc::new(FixedClock::parse("2026-11-27T09:00:00Z").unwrap()),
    )
    .unwrap();
    s.seed_many_products(1_500).unwrap();
    let raw = rusqlite::Connection::open(&path).unwrap();
    raw.execute_batch("PRAGMA foreign_keys = ON").unwrap();
    assert_eq!(kept_counts(&raw), counted(&raw), "after seeding");
    assert!(kept_counts(&raw).len() > 100, "many days are counted");
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    check_windows(&s, &raw, &mut rng, 300, &[None, Some(1), Some(2)]);

    // Changes from another connection, as any SQLite client would make them.
    let first: NaiveDate = "2026-09-01".parse().unwrap();
    for round in 0..400 {
        let ids: Vec<i64> = {
            let mut st = raw.prepare("SELECT id FROM products").unwrap();
            st.query_map([], |r| r.get(0))
                .unwrap()
                .map(Result::unwrap)
                .collect()
        };
        let id = ids[rng.below(ids.len() as u64) as usize];
        let date = (first + Duration::days(rng.below(900) as i64)).to_string();
        match rng.below(5) {
            0 => {
                raw.execute(
                    "INSERT INTO products (organization_id, kind, name, customer_name, expires_on,
                         period_months, price_minor, currency)
                     VALUES (?1, 'domain_ch', ?2, 'Test', ?3, 12, 1500, 'CHF')",
                    rusqlite::params![1 + rng.below(2) as i64, format!("new-{round}.ch"), date],
                )
                .unwrap();
            }
            1 => {
                raw.execute(
                    "UPDATE products SET expires_on = ?2 WHERE id = ?1",
                    rusqlite::params![id, date],
                )
                .unwrap();
            }
            2 => {
                raw.execute(
                    "UPDATE products SET organization_id = 3 - organization_id WHERE id = ?1",
                    [id],
                )
                .unwrap();
            }
            3 => {
                // Both at once, and a change to neither (the name) that must count nothing.
                raw.execute(
                    "UPDATE products SET expires_on = ?2, organization_id = 3 - organization_id,
                         name = name || '.' WHERE id = ?1",
                    rusqlite::params![id, date],
                )
                .unwrap();
                raw.execute("UPDATE products SET name = name || '-' WHERE id = ?1", [id])
                    .unwrap();
            }
            _ => {
                // The first product from `id` on that no order line keeps (they refuse).
                raw.execute(
                    "DELETE FROM products WHERE id = (SELECT id FROM products p WHERE id >= ?1
                       AND NOT EXISTS (SELECT 1 FROM order_lines l WHERE l.product_id = p.id)
                       ORDER BY id LIMIT 1)",
                    [id],
                )
                .unwrap();
            }
        }
        if round % 50 == 0 {
            assert_eq!(
                kept_counts(&raw),
                counted(&raw),
                "after change round {round}"
            );
        }
    }
    assert_eq!(kept_counts(&raw), counted(&raw), "after the changes");
    assert!(
        kept_counts(&raw).values().all(|n| *n > 0),
        "a day with no product left is not kept"
    );
    check_windows(&s, &raw, &mut rng, 200, &[None, Some(1), Some(2)]);

    // A whole organization's products go with it (ON DELETE CASCADE fires the triggers too).
    let theirs: i64 = raw
        .query_row(
            "SELECT count(*) FROM products WHERE organization_id = 2",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert!(theirs > 0);
    raw.execute("DELETE FROM organizations WHERE id = 2", [])
        .unwrap();
    assert_eq!(
        kept_counts(&raw),
        counted(&raw),
        "after an organization went"
    );
    assert!(kept_counts(&raw).keys().all(|(_, org)| *org == 1));
    check_windows(&s, &raw, &mut rng, 100, &[None, Some(1)]);
}

/// A workspace written before the per-day counts (schema 21) gains them from its products at
/// its next open.
#[test]
fn an_older_workspace_gains_the_counts_of_the_products_it_already_had() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ws.sqlite3");
    let clock = || Arc::new(FixedClock::parse("2026-11-27T09:00:00Z").unwrap());
    {
        let mut s = Store::open(&path, clock()).unwrap();
        s.seed_many_products(800).unwrap();
    }
    // Back to schema 21: no table, no triggers, and a product added meanwhile.
    {
        let raw = rusqlite::Connection::open(&path).unwrap();
        raw.execute_batch(
            "DROP TRIGGER product_day_counts_insert;
             DROP TRIGGER product_day_counts_delete;
             DROP TRIGGER product_day_counts_update;
             DROP TABLE product_day_counts;
             UPDATE products SET expires_on = '2027-03-03' WHERE id % 7 = 0;
             PRAGMA user_version = 21;",
        )
        .unwrap();
    }
    let s = Store::open(&path, clock()).unwrap();
    let raw = rusqlite::Connection::open(&path).unwrap();
    let version: u32 = raw
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap();
    assert_eq!(version as usize, comptoir_store::schema::MIGRATIONS.len());
    assert_eq!(kept_counts(&raw), counted(&raw));
    let day: NaiveDate = "2027-03-03".parse().unwrap();
    let q = ProductQuery {
        expires_from: Some(day),
        expires_to: Some(day),
        limit: 10,
        ..ProductQuery::default()
    };
    let total = s.query_products(&q).unwrap().total;
    assert_eq!(total, scanned(&raw, Some(day), Some(day), None, None));
    assert!(total >= 800 / 7, "{total}");
}
