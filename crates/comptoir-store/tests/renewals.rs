//! REN-1..7 and PAY-1..9 on a real workspace file with an injected clock.

/// The demo's signed-in user: legal representative of the CHF organization, admin of the EUR one.
const ACTOR: i64 = comptoir_store::seed::SIGNED_IN_USER;

use std::collections::BTreeSet;
use std::path::Path;
use std::sync::Arc;

use chrono::NaiveDate;
use comptoir_core::billing::{InvoiceKind, NewPaymentMethod, OrderStatus, PaymentMethodKind};
use comptoir_core::product::{Lifecycle, ProductKind, ProductStatus};
use comptoir_core::renewal::{
    PayItem, PaymentChoice, ProductQuery, RowOutcome, Selection, SortKey,
};
use comptoir_core::{Error, ErrorCode, FixedClock, RuleId};
use comptoir_store::seed::{CHF_ORG, EUR_ORG};
use comptoir_store::{Store, StoreResult};

/// The demo's signed-in user: legal representative of the CHF organization, admin of the EUR one.
const ME: i64 = comptoir_store::seed::SIGNED_IN_USER;

fn at(path: &Path, instant: &str) -> Store {
    Store::open(path, Arc::new(FixedClock::parse(instant).unwrap())).unwrap()
}

fn open() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let s = at(&dir.path().join("ws.sqlite3"), "2026-11-27T09:00:00Z");
    (dir, s)
}

fn err<T: std::fmt::Debug>(r: StoreResult<T>) -> Error {
    r.expect_err("expected a refusal").into()
}

fn d(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

fn q() -> ProductQuery {
    ProductQuery {
        limit: 500,
        ..ProductQuery::default()
    }
}

/// Sets a product's expiry straight in the file (to stand exactly on an edge).
fn set_expiry(store: &Store, id: i64, day: &str) {
    let c = rusqlite::Connection::open(store.path()).unwrap();
    c.execute("UPDATE products SET expires_on = ?2, auto_renew = 0, auto_renew_method_id = NULL WHERE id = ?1", rusqlite::params![id, day]).unwrap();
}

fn unpaid_past_due(store: &Store, id: i64, today: NaiveDate) -> bool {
    let c = rusqlite::Connection::open(store.path()).unwrap();
    c.query_row(
        "SELECT EXISTS (SELECT 1 FROM invoice_lines l JOIN invoices i ON i.id = l.invoice_id
          WHERE l.product_id = ?1 AND i.kind = 'invoice' AND i.paid_minor < i.total_minor AND i.due_on < ?2)",
        rusqlite::params![id, today.to_string()],
        |r| r.get(0),
    )
    .unwrap()
}

#[test]
fn pay1_status_in_sql_matches_the_lifecycle_on_several_days() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ws.sqlite3");
    at(&path, "2026-11-27T09:00:00Z");
    for instant in [
        "2026-11-27T09:00:00Z",
        "2026-12-10T09:00:00Z",
        "2027-01-20T09:00:00Z",
    ] {
        let s = at(&path, instant);
        let today = d(&instant[..10]);
        for p in s.products(None).unwrap() {
            let expected =
                Lifecycle::of(p.expires_on).status(today, unpaid_past_due(&s, p.id, today));
            assert_eq!(p.status, expected, "{} on {today}", p.name);
            assert_eq!(p.days_left, (p.expires_on - today).num_days());
        }
    }
}

#[test]
fn ren6_date_range_is_inclusive_and_total_counts_every_page() {
    let (_d, s) = open();
    let all = s.products(None).unwrap();
    let from = d("2026-11-27");
    let to = from + chrono::Months::new(2);
    let expected: Vec<i64> = all
        .iter()
        .filter(|p| p.expires_on >= from && p.expires_on <= to)
        .map(|p| p.id)
        .collect();
    let mut got = Vec::new();
    let mut query = ProductQuery {
        expires_from: Some(from),
        expires_to: Some(to),
        limit: 3,
        ..q()
    };
    loop {
        let page = s.query_products(&query).unwrap();
        assert_eq!(page.total as usize, expected.len());
        if page.rows.is_empty() {
            break;
        }
        got.extend(page.rows.iter().map(|r| r.product.id));
        query.offset += 3;
    }
    let mut sorted = expected.clone();
    sorted.sort();
    got.sort();
    assert_eq!(got, sorted);
    // An exact-day range finds the product expiring that day (index 2 of the seed: today).
    let today = s
        .query_products(&ProductQuery {
            expires_from: Some(from),
            expires_to: Some(from),
            ..q()
        })
        .unwrap();
    assert!(today.rows.iter().any(|r| r.product.days_left == 0));
}

#[test]
fn filters_search_and_sort_happen_in_the_store() {
    let (_d, s) = open();
    let page = s
        .query_products(&ProductQuery {
            organization_id: Some(EUR_ORG),
            kinds: vec![ProductKind::DomainCh],
            ..q()
        })
        .unwrap();
    assert!(page.total > 0);
    assert!(page
        .rows
        .iter()
        .all(|r| r.product.organization_id == EUR_ORG && r.product.kind == ProductKind::DomainCh));
    let on = s
        .query_products(&ProductQuery {
            auto_renew: Some(true),
            ..q()
        })
        .unwrap();
    assert!(on.rows.iter().all(|r| r.product.auto_renew));
    let blocked = s
        .query_products(&ProductQuery {
            statuses: vec![ProductStatus::Blocked, ProductStatus::Overdue],
            ..q()
        })
        .unwrap();
    assert!(blocked.total >= 2);
    assert!(blocked.rows.iter().all(|r| matches!(
        r.product.status,
        ProductStatus::Blocked | ProductStatus::Overdue
    )));
    // Search matches name or customer name, and treats % and _ literally.
    let lumiere = s
        .query_products(&ProductQuery {
            search: "LUMIERE".into(),
            ..q()
        })
        .unwrap();
    assert!(lumiere.total >= 1);
    assert_eq!(
        s.query_products(&ProductQuery {
            search: "%".into(),
            ..q()
        })
        .unwrap()
        .total,
        0
    );
    assert_eq!(
        s.query_products(&ProductQuery {
            search: "_".into(),
            ..q()
        })
        .unwrap()
        .total,
        0
    );
    // Every sort key, both directions, gives a total order over the same rows.
    for key in SortKey::ALL {
        let asc = s
            .query_products(&ProductQuery { sort: key, ..q() })
            .unwrap();
        let desc = s
            .query_products(&ProductQuery {
                sort: key,
                descending: true,
                ..q()
            })
            .unwrap();
        assert_eq!(asc.rows.len(), desc.rows.len());
        let a: Vec<i64> = asc.rows.iter().map(|r| r.product.id).collect();
        let mut b: Vec<i64> = desc.rows.iter().map(|r| r.product.id).collect();
        b.reverse();
        assert_eq!(a, b, "{key:?}");
    }
    let by_name = s
        .query_products(&ProductQuery {
            sort: SortKey::Name,
            ..q()
        })
        .unwrap();
    let names: Vec<String> = by_name
        .rows
        .iter()
        .map(|r| r.product.name.to_lowercase())
        .collect();
    let mut sorted = names.clone();
    sorted.sort();
    assert_eq!(names, sorted);
}

#[test]
fn bad_queries_name_their_field() {
    let (_d, s) = open();
    assert_eq!(
        err(s.query_products(&ProductQuery { limit: 0, ..q() }))
            .field
            .as_deref(),
        Some("limit")
    );
    assert_eq!(
        err(s.query_products(&ProductQuery { limit: 501, ..q() }))
            .field
            .as_deref(),
        Some("limit")
    );
    let e = err(s.query_products(&ProductQuery {
        expires_from: Some(d("2027-01-01")),
        expires_to: Some(d("2026-01-01")),
        ..q()
    }));
    assert_eq!(e.field.as_deref(), Some("expires_to"));
}

fn one(id: i64) -> Selection {
    Selection {
        ids: vec![id],
        ..Selection::default()
    }
}

fn switch(
    s: &mut Store,
    sel: &Selection,
    on: bool,
    method: Option<i64>,
) -> comptoir_core::renewal::BulkReport {
    s.set_auto_renew(ME, sel, on, method, &mut |_| true)
        .unwrap()
}

#[test]
fn ren5_exactly_fourteen_days_is_allowed_thirteen_is_not() {
    let (_d, mut s) = open();
    set_expiry(&s, 20, "2026-12-11"); // 14 days from 27 Nov
    set_expiry(&s, 21, "2026-12-10"); // 13 days
    let r = switch(&mut s, &one(20), true, None);
    assert_eq!(r.changed, 1, "{r:?}");
    let r = switch(&mut s, &one(21), true, None);
    assert_eq!(
        r.refused[0].error.as_ref().unwrap().rule,
        Some(RuleId::Ren5)
    );
    assert!(r.refused[0]
        .error
        .as_ref()
        .unwrap()
        .message
        .contains("13 days"));
}

#[test]
fn ren5_counts_days_in_the_organizations_time_zone() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ws.sqlite3");
    // 23:30 UTC on 27 Nov is already 28 Nov in Zurich: 11 Dec is then 13 days away.
    let mut s = at(&path, "2026-11-27T23:30:00Z");
    set_expiry(&s, 20, "2026-12-11");
    set_expiry(&s, 22, "2026-12-12");
    assert_eq!(switch(&mut s, &one(20), true, None).refused.len(), 1);
    assert_eq!(switch(&mut s, &one(22), true, None).changed, 1);
}

#[test]
fn ren5_across_the_spring_daylight_saving_change() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ws.sqlite3");
    // Zurich moves to summer time on 28 March 2027: a 23-hour day must still count as one day.
    let mut s = at(&path, "2027-03-27T22:30:00Z"); // 23:30 CET, 27 March
    set_expiry(&s, 20, "2027-04-10"); // 14 calendar days
    assert_eq!(switch(&mut s, &one(20), true, None).changed, 1);
    let mut s = at(&path, "2027-03-28T00:30:00Z"); // 01:30 CET, 28 March
    set_expiry(&s, 21, "2027-04-10"); // 13 calendar days
    assert_eq!(
        switch(&mut s, &one(21), true, None).refused[0]
            .error
            .as_ref()
            .unwrap()
            .rule,
        Some(RuleId::Ren5)
    );
}

#[test]
fn ren2_ren3_methods_and_switching_off() {
    let (_d, mut s) = open();
    set_expiry(&s, 30, "2027-06-01");
    // IBAN transfer (method 4) cannot carry auto-renewal.
    let r = switch(&mut s, &one(30), true, Some(4));
    assert_eq!(
        r.refused[0].error.as_ref().unwrap().rule,
        Some(RuleId::Ren2)
    );
    // Twint (method 2) can.
    assert_eq!(switch(&mut s, &one(30), true, Some(2)).changed, 1);
    let p = s
        .products(None)
        .unwrap()
        .into_iter()
        .find(|p| p.id == 30)
        .unwrap();
    assert_eq!(p.auto_renew_method_id, Some(2));
    let row = &s.product_rows(&[30]).unwrap()[0];
    assert_eq!(row.auto_renew_method, Some(PaymentMethodKind::Twint));
    // REN-7: a method of another organization is refused on that row, not silently replaced by
    // the product's own; an unknown one refuses the whole call, naming the field.
    let r = switch(&mut s, &one(30), true, Some(5));
    let e = r.refused[0].error.as_ref().unwrap();
    assert_eq!(
        (e.rule, e.field.as_deref()),
        (Some(RuleId::Ren7), Some("method"))
    );
    assert_eq!(r.unchanged + r.changed, 0);
    let e = err(s.set_auto_renew(ME, &one(30), true, Some(999), &mut |_| true));
    assert_eq!(
        (e.code, e.field.as_deref()),
        (ErrorCode::NotFound, Some("method"))
    );
    assert_eq!(
        s.product_rows(&[30]).unwrap()[0]
            .product
            .auto_renew_method_id,
        Some(2)
    );
    // REN-3: off at any time, even on an expired product.
    set_expiry(&s, 31, "2026-11-20");
    let c = rusqlite::Connection::open(s.path()).unwrap();
    c.execute(
        "UPDATE products SET auto_renew = 1, auto_renew_method_id = 1 WHERE id = 31",
        [],
    )
    .unwrap();
    assert_eq!(switch(&mut s, &one(31), false, None).changed, 1);
}

#[test]
fn ren7_bulk_applies_what_it_can_reports_the_rest_and_is_idempotent() {
    let (_d, mut s) = open();
    let all = Selection {
        query: Some(ProductQuery {
            limit: 100,
            ..ProductQuery::default()
        }),
        ..Selection::default()
    };
    let total = s.products(None).unwrap().len() as u32;
    let first = switch(&mut s, &all, true, None);
    assert_eq!(first.total, total);
    assert_eq!(
        first.changed + first.unchanged + first.refused.len() as u32,
        total
    );
    assert!(first.changed > 0);
    let rules: BTreeSet<_> = first
        .refused
        .iter()
        .filter_map(|r| r.error.as_ref().unwrap().rule)
        .collect();
    assert!(
        rules.contains(&RuleId::Ren5) && rules.contains(&RuleId::Pay1),
        "{rules:?}"
    );
    assert!(first
        .refused
        .iter()
        .all(|r| r.outcome == RowOutcome::Refused && !r.name.is_empty()));
    let second = switch(&mut s, &all, true, None);
    assert_eq!(second.changed, 0);
    assert_eq!(second.refused.len(), first.refused.len());
    // Excluding rows after "select all".
    let some = Selection {
        excluded: vec![1, 2, 3],
        ..all.clone()
    };
    assert_eq!(s.resolve_selection(&some).unwrap().len() as u32, total - 3);
    assert_eq!(
        err(s.set_auto_renew(ME, &Selection::default(), true, None, &mut |_| true))
            .field
            .as_deref(),
        Some("selection")
    );
}

#[test]
fn ren7_bulk_reports_progress_and_stops_when_cancelled_between_chunks() {
    let (_d, mut s) = open();
    s.seed_many_products(1000).unwrap();
    let all = Selection {
        query: Some(ProductQuery {
            limit: 100,
            ..ProductQuery::default()
        }),
        ..Selection::default()
    };
    let mut seen = Vec::new();
    let report = s
        .set_auto_renew(ME, &all, false, None, &mut |p| {
            seen.push(p);
            p.done < 500
        })
        .unwrap();
    assert!(report.cancelled);
    assert_eq!(report.processed, 500);
    assert_eq!(seen.len(), 2);
    assert_eq!(seen[0].done, comptoir_store::BULK_CHUNK as u32);
    assert_eq!(seen[0].total, report.total);
}

fn items(ids: &[(i64, u16)]) -> Vec<PayItem> {
    ids.iter()
        .map(|&(product_id, period_months)| PayItem {
            product_id,
            period_months,
        })
        .collect()
}

fn card(org: i64) -> PaymentChoice {
    let method_id = if org == CHF_ORG { 1 } else { 5 };
    PaymentChoice {
        organization_id: org,
        method_id: Some(method_id),
        use_prepaid: false,
    }
}

#[test]
fn pay8_pay_a_selection_one_order_and_one_invoice_per_currency() {
    let (_d, mut s) = open();
    // 40 (CHF) and 41 (CHF) and 60 (EUR): expiring later, none cancelled.
    let sel = items(&[(40, 12), (41, 1), (60, 12)]);
    let before: Vec<_> = s
        .products(None)
        .unwrap()
        .into_iter()
        .filter(|p| [40, 41, 60].contains(&p.id))
        .collect();
    let preview = s.pay_preview(&sel).unwrap();
    assert_eq!(preview.len(), 2);
    assert_eq!(preview[0].total.currency, comptoir_core::Currency::CHF);
    assert_eq!(preview[1].total.currency, comptoir_core::Currency::EUR);
    let paid = s
        .pay_selection(
            ACTOR,
            &sel,
            &[card(CHF_ORG), card(EUR_ORG)],
            "key-pay8-0001",
        )
        .unwrap();
    assert_eq!(paid.len(), 2);
    for (p, split) in paid.iter().zip(&preview) {
        assert_eq!(p.status, OrderStatus::Paid);
        assert_eq!(p.document_kind, InvoiceKind::Invoice);
        assert_eq!(p.total, split.total);
        let inv = s
            .invoices(Some(p.organization_id))
            .unwrap()
            .into_iter()
            .find(|i| i.id == p.document_id)
            .unwrap();
        assert_eq!(inv.total, p.total);
        assert_eq!(inv.status, comptoir_core::billing::InvoiceStatus::Paid);
    }
    // Each product renewed by its chosen period.
    let after = s.products(None).unwrap();
    for b in before {
        let a = after.iter().find(|p| p.id == b.id).unwrap();
        let months = sel
            .iter()
            .find(|i| i.product_id == b.id)
            .unwrap()
            .period_months;
        assert_eq!(
            a.expires_on,
            b.expires_on + chrono::Months::new(months.into()),
            "{}",
            b.name
        );
        assert_eq!(a.period_months, months);
    }
}

#[test]
fn pay_retry_with_the_same_key_never_charges_twice() {
    let (_d, mut s) = open();
    let sel = items(&[(40, 12)]);
    let first = s
        .pay_selection(ACTOR, &sel, &[card(CHF_ORG)], "double-click-42")
        .unwrap();
    let invoices = s.invoices(None).unwrap().len();
    let expiry = s
        .products(None)
        .unwrap()
        .into_iter()
        .find(|p| p.id == 40)
        .unwrap()
        .expires_on;
    let again = s
        .pay_selection(ACTOR, &sel, &[card(CHF_ORG)], "double-click-42")
        .unwrap();
    assert!(again[0].replayed);
    assert_eq!(again[0].document_number, first[0].document_number);
    assert_eq!(s.invoices(None).unwrap().len(), invoices);
    assert_eq!(
        s.products(None)
            .unwrap()
            .into_iter()
            .find(|p| p.id == 40)
            .unwrap()
            .expires_on,
        expiry
    );
}

#[test]
fn pay3_pay5_prepaid_first_then_iban_pro_forma_pending_until_paid() {
    let (_d, mut s) = open();
    let balance = s.prepaid_account(CHF_ORG).unwrap().balance;
    let sel = items(&[(40, 36), (42, 12)]);
    let choice = PaymentChoice {
        organization_id: CHF_ORG,
        method_id: Some(4),
        use_prepaid: true,
    };
    let expiry_before = s
        .products(None)
        .unwrap()
        .into_iter()
        .find(|p| p.id == 40)
        .unwrap()
        .expires_on;
    let paid = s
        .pay_selection(ACTOR, &sel, &[choice], "iban-order-0001")
        .unwrap();
    let order = &paid[0];
    assert_eq!(order.status, OrderStatus::Pending);
    assert_eq!(order.document_kind, InvoiceKind::ProForma);
    assert_eq!(order.paid_from_prepaid, balance);
    assert!(s.prepaid_account(CHF_ORG).unwrap().balance.is_zero());
    assert!(order.document_number.starts_with("PRO-AL-"));
    // Not renewed yet.
    assert_eq!(
        s.products(None)
            .unwrap()
            .into_iter()
            .find(|p| p.id == 40)
            .unwrap()
            .expires_on,
        expiry_before
    );
    // PAY-4: the transfer arrives.
    let done = s.pay_pending_order(ACTOR, order.order_id, 4).unwrap();
    assert_eq!(done.document_kind, InvoiceKind::Invoice);
    assert_eq!(
        s.products(None)
            .unwrap()
            .into_iter()
            .find(|p| p.id == 40)
            .unwrap()
            .expires_on,
        expiry_before + chrono::Months::new(36)
    );
    assert_eq!(
        err(s.pay_pending_order(ACTOR, order.order_id, 4)).code,
        ErrorCode::Conflict
    );
}

#[test]
fn pay_refusals_change_nothing() {
    let (_d, mut s) = open();
    let invoices = s.invoices(None).unwrap().len();
    // Empty selection.
    assert_eq!(
        err(s.pay_selection(ACTOR, &[], &[card(CHF_ORG)], "k-empty-0001"))
            .field
            .as_deref(),
        Some("selection")
    );
    // PAY-9: a period the type does not offer (a .ch domain for 3 months).
    let e = err(s.pay_selection(
        ACTOR,
        &items(&[(40, 12), (1, 3)]),
        &[card(CHF_ORG)],
        "k-period-001",
    ));
    assert_eq!(e.rule, Some(RuleId::Pay9));
    // PAY-1: a cancelled product in the selection.
    set_expiry(&s, 43, "2026-10-01");
    let e = err(s.pay_selection(
        ACTOR,
        &items(&[(40, 12), (43, 12)]),
        &[card(CHF_ORG)],
        "k-cancel-001",
    ));
    assert_eq!(
        (e.rule, e.field.as_deref()),
        (Some(RuleId::Pay1), Some("selection"))
    );
    // PAY-5: PostFinance on EUR: the EUR organization has none, so use the CHF one's: refused
    // as another organization's method.
    let pf = PaymentChoice {
        organization_id: EUR_ORG,
        method_id: Some(3),
        use_prepaid: false,
    };
    let e = err(s.pay_selection(ACTOR, &items(&[(60, 12)]), &[pf], "k-pf-eur-001"));
    assert_eq!(
        (e.code, e.field.as_deref()),
        (ErrorCode::InvalidInput, Some("method"))
    );
    assert!(e.message.contains("another organization"), "{}", e.message);
    // A missing method for one organization of the selection.
    let e = err(s.pay_selection(
        ACTOR,
        &items(&[(40, 12), (60, 12)]),
        &[card(CHF_ORG)],
        "k-nometh-01",
    ));
    assert_eq!(e.field.as_deref(), Some("method"));
    assert_eq!(s.invoices(None).unwrap().len(), invoices);
    assert_eq!(
        err(s.pay_selection(ACTOR, &items(&[(40, 12)]), &[card(CHF_ORG)], "short"))
            .field
            .as_deref(),
        Some("idempotency_key")
    );
}

#[test]
fn pay5_postfinance_only_in_chf() {
    let (_d, mut s) = open();
    let pf = NewPaymentMethod {
        kind: PaymentMethodKind::PostfinanceCard,
        label: "PF".into(),
        last4: Some("1234".into()),
        expiry: None,
    };
    assert_eq!(
        err(s.add_payment_method(ACTOR, EUR_ORG, &pf)).rule,
        Some(RuleId::Pay5)
    );
    assert!(s.add_payment_method(ACTOR, CHF_ORG, &pf).is_ok());
}

#[test]
fn payment_methods_keep_only_last4_and_expiry() {
    let (_d, mut s) = open();
    let mut card = NewPaymentMethod {
        kind: PaymentMethodKind::Visa,
        label: "Office Visa".into(),
        last4: Some("4242424242424242".into()),
        expiry: Some("12/2028".into()),
    };
    assert_eq!(
        err(s.add_payment_method(ACTOR, CHF_ORG, &card))
            .field
            .as_deref(),
        Some("last4")
    );
    card.last4 = Some("4242".into());
    card.expiry = Some("10/2026".into());
    assert_eq!(
        err(s.add_payment_method(ACTOR, CHF_ORG, &card))
            .field
            .as_deref(),
        Some("expiry")
    );
    card.expiry = Some("12/2028".into());
    let id = s.add_payment_method(ACTOR, CHF_ORG, &card).unwrap();
    s.set_default_method(ACTOR, CHF_ORG, id).unwrap();
    let methods = s.payment_methods(CHF_ORG).unwrap();
    assert_eq!(
        methods
            .iter()
            .filter(|m| m.is_default)
            .map(|m| m.id)
            .collect::<Vec<_>>(),
        vec![id]
    );
    assert_eq!(
        err(s.set_default_method(ACTOR, CHF_ORG, 5)).code,
        ErrorCode::NotFound
    );
    let iban = NewPaymentMethod {
        kind: PaymentMethodKind::IbanTransfer,
        label: "Bank".into(),
        last4: None,
        expiry: None,
    };
    assert_eq!(
        err(s.add_payment_method(ACTOR, CHF_ORG, &iban)).code,
        ErrorCode::Conflict
    );
}

#[test]
fn pay6_top_up_edges() {
    let (_d, mut s) = open();
    let start = s.prepaid_account(CHF_ORG).unwrap().balance;
    for ok in ["0.10", "9999.00"] {
        s.top_up(ACTOR, CHF_ORG, ok, "en", PaymentMethodKind::Visa, None)
            .unwrap();
    }
    let bal = s.prepaid_account(CHF_ORG).unwrap().balance;
    assert_eq!(bal.amount - start.amount, "9999.10".parse().unwrap());
    for bad in ["0.09", "9999.01", "-1", "0"] {
        assert_eq!(
            err(s.top_up(ACTOR, CHF_ORG, bad, "en", PaymentMethodKind::Visa, None)).rule,
            Some(RuleId::Pay6),
            "{bad}"
        );
    }
    for bad in ["1.234", "abc", ""] {
        assert_eq!(
            err(s.top_up(ACTOR, CHF_ORG, bad, "en", PaymentMethodKind::Visa, None))
                .field
                .as_deref(),
            Some("amount"),
            "{bad}"
        );
    }
    assert_eq!(
        err(s.top_up(
            ACTOR,
            EUR_ORG,
            "10",
            "en",
            PaymentMethodKind::PostfinanceCard,
            None
        ))
        .rule,
        Some(RuleId::Pay6)
    );
    assert_eq!(
        err(s.top_up(ACTOR, CHF_ORG, "10", "en", PaymentMethodKind::Paypal, None)).rule,
        Some(RuleId::Pay6)
    );
    // IBAN: recorded, pending, not in the balance.
    let acct = s
        .top_up(
            ACTOR,
            CHF_ORG,
            "50",
            "en",
            PaymentMethodKind::IbanTransfer,
            None,
        )
        .unwrap();
    assert_eq!(acct.balance, bal);
    assert!(acct.movements.iter().any(|m| m.pending));
    assert_eq!(s.prepaid_account(CHF_ORG).unwrap().balance, bal);
}

#[test]
fn pay9_change_period_scales_the_price() {
    let (_d, mut s) = open();
    let p = s
        .products(None)
        .unwrap()
        .into_iter()
        .find(|p| p.kind == ProductKind::Vps)
        .unwrap();
    let monthly = p.price.to_minor().unwrap() / i64::from(p.period_months);
    s.set_period(ME, p.id, 12).unwrap();
    let after = s
        .products(None)
        .unwrap()
        .into_iter()
        .find(|x| x.id == p.id)
        .unwrap();
    assert_eq!(after.period_months, 12);
    assert_eq!(after.price.to_minor().unwrap(), monthly * 12);
    assert_eq!(err(s.set_period(ME, p.id, 5)).rule, Some(RuleId::Pay9));
    assert_eq!(err(s.set_period(ME, 9999, 12)).code, ErrorCode::NotFound);
}

#[test]
fn document_numbers_stay_gapless_under_concurrent_payments() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ws.sqlite3");
    at(&path, "2026-11-27T09:00:00Z");
    let handles: Vec<_> = (0..4)
        .map(|t| {
            let path = path.clone();
            std::thread::spawn(move || {
                let mut s = at(&path, "2026-11-27T09:00:00Z");
                for i in 0..5 {
                    let product = 40 + (t * 5 + i) as i64 % 10;
                    s.pay_selection(
                        ACTOR,
                        &items(&[(product, 12)]),
                        &[card(CHF_ORG)],
                        &format!("thread-{t}-pay-{i}"),
                    )
                    .unwrap();
                }
            })
        })
        .collect();
    for h in handles {
        h.join().unwrap();
    }
    let s = at(&path, "2026-11-27T09:00:00Z");
    let mut seqs: Vec<u32> = s
        .invoices(Some(CHF_ORG))
        .unwrap()
        .iter()
        .filter(|i| i.kind == InvoiceKind::Invoice)
        .map(|i| i.number.rsplit('-').next().unwrap().parse().unwrap())
        .collect();
    seqs.sort();
    assert_eq!(seqs, (1..=seqs.len() as u32).collect::<Vec<_>>());
    // 12 seeded invoices (the last one is the KC-blocked order's) and the 20 paid here.
    assert_eq!(seqs.len(), 12 + 20);
}

#[test]
fn credit_note_for_a_cancelled_product_refunds_to_prepaid_and_continues_the_series() {
    let (_d, mut s) = open();
    // A paid CHF invoice; its product is then cancelled (expired 57 days ago).
    let paid = s
        .invoices(Some(CHF_ORG))
        .unwrap()
        .into_iter()
        .find(|i| {
            i.kind == InvoiceKind::Invoice
                && i.status == comptoir_core::billing::InvoiceStatus::Paid
                && i.line_count == 1
        })
        .unwrap();
    let c = rusqlite::Connection::open(s.path()).unwrap();
    let pid: i64 = c
        .query_row(
            "SELECT product_id FROM invoice_lines WHERE invoice_id = ?1",
            [paid.id],
            |r| r.get(0),
        )
        .unwrap();
    drop(c);
    set_expiry(&s, pid, "2026-10-01");
    assert_eq!(
        s.products(None)
            .unwrap()
            .iter()
            .find(|p| p.id == pid)
            .unwrap()
            .status,
        ProductStatus::Cancelled
    );
    let balance = s.prepaid_account(CHF_ORG).unwrap().balance;
    let (id, number) = s.issue_credit_note(ACTOR, paid.id, &[pid]).unwrap();
    assert_eq!(
        number, "CRN-AL-00002",
        "the seeded series has one credit note"
    );
    let note = s
        .invoices(Some(CHF_ORG))
        .unwrap()
        .into_iter()
        .find(|i| i.id == id)
        .unwrap();
    assert_eq!(note.total.amount, -paid.total.amount);
    assert_eq!(note.corrects_invoice_id, Some(paid.id));
    let after = s.prepaid_account(CHF_ORG).unwrap().balance;
    assert_eq!(
        after.amount - balance.amount,
        paid.total.amount,
        "refunded to the prepaid balance"
    );
    // Only invoices can be corrected; a product not on it is refused.
    assert_eq!(
        err(s.issue_credit_note(ACTOR, id, &[])).field.as_deref(),
        Some("invoice_id")
    );
    assert_eq!(
        err(s.issue_credit_note(ACTOR, paid.id, &[99_999]))
            .field
            .as_deref(),
        Some("product_ids")
    );
}

#[test]
fn counts_in_sql_match_the_rows_one_by_one() {
    let (_d, mut s) = open();
    s.seed_many_products(2_000).unwrap();
    for org in [None, Some(CHF_ORG), Some(EUR_ORG)] {
        let rows = s.products(org).unwrap();
        let c = s.product_counts(org).unwrap();
        let n = |st: ProductStatus| rows.iter().filter(|p| p.status == st).count() as u32;
        assert_eq!(c.total as usize, rows.len());
        assert_eq!(
            (c.active, c.expiring, c.overdue, c.blocked, c.cancelled),
            (
                n(ProductStatus::Active),
                n(ProductStatus::Expiring),
                n(ProductStatus::Overdue),
                n(ProductStatus::Blocked),
                n(ProductStatus::Cancelled)
            )
        );
        assert_eq!(
            c.auto_renew_on as usize,
            rows.iter().filter(|p| p.auto_renew).count()
        );
    }
}
