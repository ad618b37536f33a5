//! Issue 12: the status filter and the status sort read indexed ranges of expiry dates (one per
//! status, plus the few overdue products) instead of evaluating every product's status. They must
//! find exactly what the status column says, in every organization's own today, on several days.

use std::path::Path;
use std::sync::Arc;

use comptoir_core::product::ProductStatus;
use comptoir_core::renewal::{ProductQuery, ProductRow, SortKey};
use comptoir_core::FixedClock;
use comptoir_store::Store;

const STATUSES: [ProductStatus; 5] = [
    ProductStatus::Active,
    ProductStatus::Expiring,
    ProductStatus::Overdue,
    ProductStatus::Blocked,
    ProductStatus::Cancelled,
];

fn at(path: &Path, instant: &str) -> Store {
    Store::open(path, Arc::new(FixedClock::parse(instant).unwrap())).unwrap()
}

/// Every row of a query, page by page (an odd page size, so pages cut through statuses).
fn all_rows(s: &Store, q: &ProductQuery) -> Vec<ProductRow> {
    let mut q = ProductQuery {
        limit: 37,
        offset: 0,
        ..q.clone()
    };
    let mut out = Vec::new();
    loop {
        let page = s.query_products(&q).unwrap();
        let n = page.rows.len();
        out.extend(page.rows);
        assert!(page.total as usize >= out.len());
        if n < q.limit as usize {
            assert_eq!(page.total as usize, out.len(), "{q:?}");
            return out;
        }
        q.offset += q.limit;
    }
}

fn rank(s: ProductStatus) -> usize {
    STATUSES.iter().position(|x| *x == s).unwrap()
}

#[test]
fn status_filter_and_sort_match_each_products_status_in_its_own_today() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ws.sqlite3");
    {
        let mut s = at(&path, "2026-11-27T09:00:00Z");
        s.seed_many_products(1_500).unwrap();
        let c = rusqlite::Connection::open(&path).unwrap();
        // The second organization lives a day behind the first at 02:00 UTC, so each product's
        // status follows its own organization's today.
        c.execute(
            "UPDATE organizations SET timezone = 'America/New_York' WHERE id = 2",
            [],
        )
        .unwrap();
        // A line without a product (its product was deleted): `NOT IN` a set holding NULL would
        // drop every active and expiring product.
        c.execute(
            "INSERT INTO invoice_lines(invoice_id, product_id, description, unit_price_minor,
                 vat_rate_bp, amount_minor)
             SELECT id, NULL, 'gone', 100, 0, 100 FROM invoices
             WHERE kind = 'invoice' AND paid_minor < total_minor LIMIT 1",
            [],
        )
        .unwrap();
    }
    for instant in [
        "2026-11-28T02:00:00Z",
        "2026-12-27T02:00:00Z",
        "2027-02-10T09:00:00Z",
    ] {
        let s = at(&path, instant);
        let every = all_rows(&s, &ProductQuery::default());
        let present = STATUSES
            .iter()
            .filter(|st| every.iter().any(|r| r.product.status == **st))
            .count();
        // Every status on the first day; later the demo's overdue invoices have expired.
        assert!(present >= 4, "{present} statuses on {instant}");
        if instant.starts_with("2026-11-28") {
            assert_eq!(present, 5, "every status on {instant}");
        }
        // The filter: each status, and the "overdue" preset's two.
        for wanted in STATUSES
            .iter()
            .map(|s| vec![*s])
            .chain([vec![ProductStatus::Overdue, ProductStatus::Blocked]])
        {
            let mut expected: Vec<i64> = every
                .iter()
                .filter(|r| wanted.contains(&r.product.status))
                .map(|r| r.product.id)
                .collect();
            let found = all_rows(
                &s,
                &ProductQuery {
                    statuses: wanted.clone(),
                    ..ProductQuery::default()
                },
            );
            assert!(found.iter().all(|r| wanted.contains(&r.product.status)));
            let mut found: Vec<i64> = found.iter().map(|r| r.product.id).collect();
            expected.sort_unstable();
            found.sort_unstable();
            assert_eq!(found, expected, "{wanted:?} on {instant}");
        }
        // The sort: lifecycle order, then the nearest expiry, then the id; reversed when
        // descending; within a date window and with a status filter too.
        let today =
            every[0].product.expires_on - chrono::Duration::days(every[0].product.days_left);
        for (from, to, statuses) in [
            (None, None, vec![]),
            (Some(today), Some(today + chrono::Months::new(2)), vec![]),
            (
                None,
                None,
                vec![ProductStatus::Overdue, ProductStatus::Blocked],
            ),
            // Windows across the bands' edges (each status arm reads the window intersected
            // with its own dates, and leaves out an arm where that is empty), and one where
            // every arm is empty.
            (
                Some(today - chrono::Duration::days(45)),
                Some(today + chrono::Duration::days(10)),
                vec![],
            ),
            (
                Some(today - chrono::Duration::days(31)),
                Some(today - chrono::Duration::days(29)),
                vec![],
            ),
            (
                Some(today + chrono::Duration::days(29)),
                Some(today + chrono::Duration::days(31)),
                vec![],
            ),
            (
                Some(today + chrono::Duration::days(60)),
                Some(today + chrono::Duration::days(90)),
                vec![ProductStatus::Cancelled],
            ),
        ] {
            let mut expected: Vec<&ProductRow> = every
                .iter()
                .filter(|r| from.is_none_or(|f| r.product.expires_on >= f))
                .filter(|r| to.is_none_or(|t| r.product.expires_on <= t))
                .filter(|r| statuses.is_empty() || statuses.contains(&r.product.status))
                .collect();
            expected.sort_by_key(|r| (rank(r.product.status), r.product.expires_on, r.product.id));
            let expected: Vec<i64> = expected.iter().map(|r| r.product.id).collect();
            for descending in [false, true] {
                let got: Vec<i64> = all_rows(
                    &s,
                    &ProductQuery {
                        expires_from: from,
                        expires_to: to,
                        statuses: statuses.clone(),
                        sort: SortKey::Status,
                        descending,
                        ..ProductQuery::default()
                    },
                )
                .iter()
                .map(|r| r.product.id)
                .collect();
                let mut want = expected.clone();
                if descending {
                    want.reverse();
                }
                assert_eq!(
                    got, want,
                    "{from:?}..{to:?} {statuses:?} desc={descending} on {instant}"
                );
            }
        }
    }
}
