//! Property test (issue 8): random sequences of pay / renew / credit / top-up / pay-pending /
//! cancel-pending operations on both organizations keep the books straight: prepaid balances
//! equal the sum of their movements, no invoice is credited beyond its total, no product is
//! extended twice for one payment, document numbers stay gapless.

use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

use comptoir_core::billing::{OrderStatus, PaymentMethodKind};
use comptoir_core::renewal::{PayItem, PaymentChoice};
use comptoir_core::FixedClock;
use comptoir_store::seed::{CHF_ORG, EUR_ORG, SIGNED_IN_USER};
use comptoir_store::Store;
use proptest::prelude::*;
use rusqlite::Connection;

#[derive(Debug, Clone)]
enum Op {
    /// Pay a few products of one organization (one product: "renew now").
    Pay {
        org: usize,
        products: Vec<usize>,
        method: usize,
        prepaid: bool,
        key: u8,
    },
    Credit {
        invoice: usize,
        line: Option<usize>,
    },
    TopUp {
        org: usize,
        cents: i64,
        iban: bool,
    },
    PayPending {
        order: usize,
        method: usize,
    },
    CancelPending {
        order: usize,
    },
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        3 => (0..2usize, prop::collection::vec(0..40usize, 1..4), 0..4usize, any::<bool>(), 0..6u8)
            .prop_map(|(org, products, method, prepaid, key)| Op::Pay { org, products, method, prepaid, key }),
        2 => (0..64usize, prop::option::of(0..4usize)).prop_map(|(invoice, line)| Op::Credit { invoice, line }),
        1 => (0..2usize, 1..1_200_000i64, any::<bool>()).prop_map(|(org, cents, iban)| Op::TopUp { org, cents, iban }),
        2 => (0..16usize, 0..4usize).prop_map(|(order, method)| Op::PayPending { order, method }),
        1 => (0..16usize).prop_map(|order| Op::CancelPending { order }),
    ]
}

fn ids(c: &Connection, sql: &str, arg: i64) -> Vec<i64> {
    let mut st = c.prepare(sql).unwrap();
    st.query_map([arg], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect()
}

fn expiries(c: &Connection) -> HashMap<i64, String> {
    let mut st = c.prepare("SELECT id, expires_on FROM products").unwrap();
    st.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect()
}

/// The (product, months) an order renews when it is paid now: its lines, less those a credit
/// note has taken back.
fn renewing_lines(c: &Connection, order: i64) -> Vec<(i64, i64)> {
    let mut st = c
        .prepare(
            "SELECT l.product_id, l.period_months FROM order_lines l WHERE l.order_id = ?1
             AND l.product_id NOT IN (SELECT il.product_id FROM invoices i
                 JOIN invoice_lines il ON il.invoice_id = i.id
                 JOIN invoice_lines cl ON cl.credits_line_id = il.id
                 WHERE i.order_id = ?1 AND il.product_id IS NOT NULL)",
        )
        .unwrap();
    st.query_map([order], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect()
}

fn add_months(c: &Connection, day: &str, months: i64) -> String {
    let shift = if months < 0 {
        format!("-{} months", -months)
    } else {
        format!("+{months} months")
    };
    c.query_row("SELECT date(?1, ?2)", rusqlite::params![day, shift], |r| {
        r.get(0)
    })
    .unwrap()
}

/// The (product, months) a credit note on `invoice` for `chosen` products (all when empty)
/// takes back: its lines not yet credited, when the invoice's order was paid.
fn taken_back(c: &Connection, invoice: i64, chosen: &[i64]) -> Vec<(i64, i64)> {
    let mut st = c
        .prepare(
            "SELECT l.product_id, ol.period_months FROM invoice_lines l
             JOIN invoices i ON i.id = l.invoice_id
             JOIN orders o ON o.id = i.order_id AND o.status = 'paid'
             JOIN order_lines ol ON ol.order_id = o.id AND ol.product_id = l.product_id
             WHERE l.invoice_id = ?1
               AND NOT EXISTS (SELECT 1 FROM invoice_lines cl WHERE cl.credits_line_id = l.id)",
        )
        .unwrap();
    st.query_map([invoice], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .map(Result::unwrap)
        .filter(|(p, _): &(i64, i64)| chosen.is_empty() || chosen.contains(p))
        .collect()
}

fn check_books(s: &Store, c: &Connection, expected: &HashMap<i64, String>) {
    // Prepaid balances equal the sum of their (received) movements.
    for org in [CHF_ORG, EUR_ORG] {
        let account = s.prepaid_account(org).unwrap();
        let sum: rust_decimal::Decimal = account
            .movements
            .iter()
            .filter(|m| !m.pending)
            .map(|m| m.amount.amount)
            .sum();
        assert_eq!(account.balance.amount, sum, "balance of {org}");
        assert!(
            !account.balance.amount.is_sign_negative(),
            "balance of {org} below zero"
        );
    }
    // No invoice is credited beyond its total.
    let over: i64 = c
        .query_row(
            "SELECT count(*) FROM invoices i WHERE i.kind = 'invoice' AND i.total_minor <
               (SELECT coalesce(-sum(c.total_minor), 0) FROM invoices c
                WHERE c.corrects_invoice_id = i.id AND c.kind = 'credit_note')",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(over, 0, "an invoice credited beyond its total");
    let line_twice: i64 = c
        .query_row(
            "SELECT count(*) FROM (SELECT credits_line_id FROM invoice_lines
             WHERE credits_line_id IS NOT NULL GROUP BY credits_line_id HAVING count(*) > 1)",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(line_twice, 0, "an invoice line credited twice");
    // Each product is extended exactly by the payments that renewed it.
    assert_eq!(&expiries(c), expected, "product expiries");
    // Document numbers: one gapless series per organization and kind.
    let mut st = c
        .prepare("SELECT organization_id, kind, number FROM invoices ORDER BY id")
        .unwrap();
    let mut series: BTreeMap<(i64, String), Vec<u32>> = BTreeMap::new();
    for row in st
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get::<_, String>(2)?)))
        .unwrap()
    {
        let (org, kind, number) = row.unwrap();
        let n: u32 = number.rsplit('-').next().unwrap().parse().unwrap();
        series.entry((org, kind)).or_default().push(n);
    }
    for (k, mut ns) in series {
        ns.sort_unstable();
        assert_eq!(
            ns,
            (1..=ns.len() as u32).collect::<Vec<_>>(),
            "series {k:?}"
        );
    }
}

fn run(ops: Vec<Op>) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ws.sqlite3");
    let mut s = Store::open(
        &path,
        Arc::new(FixedClock::parse("2026-11-27T09:00:00Z").unwrap()),
    )
    .unwrap();
    let c = Connection::open(&path).unwrap();
    let orgs = [CHF_ORG, EUR_ORG];
    let products: Vec<Vec<i64>> = orgs
        .iter()
        .map(|&o| {
            ids(
                &c,
                "SELECT id FROM products WHERE organization_id = ?1 ORDER BY id",
                o,
            )
        })
        .collect();
    let methods: Vec<Vec<i64>> = orgs
        .iter()
        .map(|&o| {
            ids(
                &c,
                "SELECT id FROM payment_methods WHERE organization_id = ?1 ORDER BY id",
                o,
            )
        })
        .collect();
    let mut expected = expiries(&c);
    for op in ops {
        match op {
            Op::Pay {
                org,
                products: picks,
                method,
                prepaid,
                key,
            } => {
                let mut items: Vec<PayItem> = Vec::new();
                for p in picks {
                    let id = products[org][p % products[org].len()];
                    if items.iter().all(|i| i.product_id != id) {
                        let months: u16 = c
                            .query_row(
                                "SELECT period_months FROM products WHERE id = ?1",
                                [id],
                                |r| r.get(0),
                            )
                            .unwrap();
                        items.push(PayItem {
                            product_id: id,
                            period_months: months,
                        });
                    }
                }
                let choice = PaymentChoice {
                    organization_id: orgs[org],
                    method_id: Some(methods[org][method % methods[org].len()]),
                    use_prepaid: prepaid,
                };
                // A few keys only, so retries and reused keys happen.
                let key = format!("prop-key-{key:03}");
                if let Ok(paid) = s.pay_selection(SIGNED_IN_USER, &items, &[choice], &key) {
                    for p in paid {
                        if p.status == OrderStatus::Paid && !p.replayed {
                            for (pid, months) in renewing_lines(&c, p.order_id) {
                                let day = expected[&pid].clone();
                                expected.insert(pid, add_months(&c, &day, months));
                            }
                        }
                    }
                }
            }
            Op::Credit { invoice, line } => {
                let invoices = ids(
                    &c,
                    "SELECT id FROM invoices WHERE kind = 'invoice' AND ?1 = ?1 ORDER BY id",
                    0,
                );
                let id = invoices[invoice % invoices.len()];
                let lines = ids(
                    &c,
                    "SELECT product_id FROM invoice_lines WHERE invoice_id = ?1 ORDER BY id",
                    id,
                );
                let chosen: Vec<i64> = match line {
                    Some(l) if !lines.is_empty() => vec![lines[l % lines.len()]],
                    _ => Vec::new(),
                };
                // A paid renewal taken back gives its months back (the model, in SQL terms).
                let taken_back = taken_back(&c, id, &chosen);
                if s.issue_credit_note(SIGNED_IN_USER, id, &chosen).is_ok() {
                    for (pid, months) in taken_back {
                        let day = expected[&pid].clone();
                        expected.insert(pid, add_months(&c, &day, -months));
                    }
                }
            }
            Op::TopUp { org, cents, iban } => {
                let amount = format!("{}.{:02}", cents / 100, cents % 100);
                let method = if iban {
                    PaymentMethodKind::IbanTransfer
                } else {
                    PaymentMethodKind::Visa
                };
                let _ = s.top_up(SIGNED_IN_USER, orgs[org], &amount, "en", method, None);
            }
            Op::CancelPending { order } => {
                let pending = ids(
                    &c,
                    "SELECT id FROM orders WHERE status = 'pending' AND ?1 = ?1 ORDER BY id",
                    0,
                );
                if let Some(&id) = pending.get(order % pending.len().max(1)) {
                    // Renews nothing; a pro-forma's prepaid part comes back (checked below).
                    let _ = s.cancel_pending_order(SIGNED_IN_USER, id);
                }
            }
            Op::PayPending { order, method } => {
                let pending = ids(
                    &c,
                    "SELECT id FROM orders WHERE status = 'pending' AND ?1 = ?1 ORDER BY id",
                    0,
                );
                if pending.is_empty() {
                    continue;
                }
                let id = pending[order % pending.len()];
                let org: i64 = c
                    .query_row(
                        "SELECT organization_id FROM orders WHERE id = ?1",
                        [id],
                        |r| r.get(0),
                    )
                    .unwrap();
                let org_methods = &methods[if org == CHF_ORG { 0 } else { 1 }];
                let renewing = renewing_lines(&c, id);
                if s.pay_pending_order(SIGNED_IN_USER, id, org_methods[method % org_methods.len()])
                    .is_ok()
                {
                    for (pid, months) in renewing {
                        let day = expected[&pid].clone();
                        expected.insert(pid, add_months(&c, &day, months));
                    }
                }
            }
        }
        check_books(&s, &c, &expected);
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 32, ..ProptestConfig::default() })]

    #[test]
    fn money_moves_once(ops in prop::collection::vec(op(), 1..30)) {
        run(ops);
    }
}

#[test]
fn the_books_hold_on_a_fresh_demo() {
    // The invariants themselves, on the seed: a check that could never fail would pass here
    // and in the property alike, so the property test is proved to bite in `books_catch_*`.
    run(Vec::new());
}

#[test]
#[should_panic(expected = "an invoice credited beyond its total")]
fn books_catch_an_invoice_credited_twice() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ws.sqlite3");
    let s = Store::open(
        &path,
        Arc::new(FixedClock::parse("2026-11-27T09:00:00Z").unwrap()),
    )
    .unwrap();
    let c = Connection::open(&path).unwrap();
    // What the old engine did: a second full credit note on an already credited invoice.
    c.execute(
        "INSERT INTO invoices(organization_id, kind, number, issued_on, due_on, total_minor,
            paid_minor, currency, corrects_invoice_id)
         SELECT organization_id, 'credit_note', 'CRN-X-9', issued_on, due_on, -total_minor * 2,
            -total_minor * 2, currency, id FROM invoices WHERE kind = 'invoice' ORDER BY id LIMIT 1",
        [],
    )
    .unwrap();
    check_books(&s, &c, &expiries(&c));
}
