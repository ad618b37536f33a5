//! The renewals table as a signed-in reader (issue 12): how the reader's organizations enter the
//! query changes with who reads (a member of every organization reads without that filter; a
//! member of some has it checked on the way or through its index), never which rows come back.

use std::sync::Arc;

use comptoir_core::product::ProductStatus;
use comptoir_core::renewal::{ProductQuery, SortKey};
use comptoir_core::FixedClock;
use comptoir_store::Store;

/// The demo's signed-in user, a member of both organizations; user 1 is a member of the first.
const BOTH: i64 = 2;
const FIRST_ONLY: i64 = 1;

fn every_page(
    q: &ProductQuery,
    mut read: impl FnMut(&ProductQuery) -> (u32, Vec<i64>),
) -> (u32, Vec<i64>) {
    let mut q = q.clone();
    let mut out = Vec::new();
    loop {
        let (total, ids) = read(&q);
        let n = ids.len() as u32;
        out.extend(ids);
        if n < q.limit {
            return (total, out);
        }
        q.offset += n;
    }
}

#[test]
fn a_reader_gets_the_rows_of_their_organizations_in_every_order() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = Store::open(
        dir.path().join("ws.sqlite3"),
        Arc::new(FixedClock::parse("2026-11-27T09:00:00Z").unwrap()),
    )
    .unwrap();
    s.seed_many_products(1_500).unwrap();
    let today: chrono::NaiveDate = "2026-11-27".parse().unwrap();
    let page = |p: comptoir_core::renewal::ProductPage| {
        (
            p.total,
            p.rows.iter().map(|r| r.product.id).collect::<Vec<_>>(),
        )
    };
    for (from, to, statuses) in [
        (None, None, vec![]),
        (
            None,
            None,
            vec![ProductStatus::Overdue, ProductStatus::Blocked],
        ),
        (Some(today), Some(today + chrono::Months::new(6)), vec![]),
    ] {
        for sort in [
            SortKey::ExpiresOn,
            SortKey::Name,
            SortKey::Status,
            SortKey::Organization,
        ] {
            for descending in [false, true] {
                let q = ProductQuery {
                    expires_from: from,
                    expires_to: to,
                    statuses: statuses.clone(),
                    sort,
                    descending,
                    limit: 97,
                    ..ProductQuery::default()
                };
                let everyone = every_page(&q, |q| page(s.query_products(q).unwrap()));
                let both = every_page(&q, |q| page(s.query_products_as(BOTH, q).unwrap()));
                assert_eq!(both, everyone, "{q:?}");
                let first = ProductQuery {
                    organization_id: Some(1),
                    ..q.clone()
                };
                let of_first = every_page(&first, |q| page(s.query_products(q).unwrap()));
                let member = every_page(&q, |q| page(s.query_products_as(FIRST_ONLY, q).unwrap()));
                assert!(of_first.0 > 0, "{q:?}: the first organization has products");
                assert_eq!(member, of_first, "{q:?}");
            }
        }
    }
}
