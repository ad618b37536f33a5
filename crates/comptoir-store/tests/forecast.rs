//! Issue 17: the renewal forecast. Its bars equal the table's sums for the same filters, it
//! follows the organization's calendar across a DST change and a month end, and a card that
//! expires before the charge day moves its product to "needs action".

use std::sync::Arc;

use chrono::NaiveDate;
use comptoir_core::billing::InvoiceKind;
use comptoir_core::forecast::ChargeKind;
use comptoir_core::product::ProductStatus;
use comptoir_core::renewal::ProductQuery;
use comptoir_core::{Currency, ErrorCode, FixedClock, Money};
use comptoir_store::forecast::month_range;
use comptoir_store::seed::{CHF_ORG, EUR_ORG, SIGNED_IN_USER};
use comptoir_store::{Store, MAX_PAGE};

fn open_at(dir: &tempfile::TempDir, instant: &str) -> Store {
    Store::open(
        dir.path().join("ws.sqlite3"),
        Arc::new(FixedClock::parse(instant).unwrap()),
    )
    .unwrap()
}

/// Sum and count of the table's rows for a filter, page by page.
fn table_sum(s: &Store, mut q: ProductQuery) -> (i64, u32) {
    let (mut minor, mut count) = (0, 0);
    q.limit = MAX_PAGE;
    loop {
        let page = s.query_products(&q).unwrap();
        for r in &page.rows {
            minor += r.product.price.to_minor().unwrap();
            count += 1;
        }
        if page.rows.len() < MAX_PAGE as usize {
            return (minor, count);
        }
        q.offset += MAX_PAGE;
    }
}

const LIVE: [ProductStatus; 4] = [
    ProductStatus::Active,
    ProductStatus::Expiring,
    ProductStatus::Overdue,
    ProductStatus::Blocked,
];

#[test]
fn every_bar_is_the_sum_of_the_rows_it_opens() {
    let dir = tempfile::tempdir().unwrap();
    let s = open_at(&dir, "2026-11-27T09:00:00Z");
    // The review found a bar's rows mixed currencies: one organization with products in both.
    let c = rusqlite::Connection::open(s.path()).unwrap();
    for (expires_on, auto) in [("2027-06-15", 0), ("2026-12-20", 0), ("2027-03-03", 0)] {
        c.execute(
            "INSERT INTO products (organization_id, kind, name, customer_name, expires_on,
                                   period_months, price_minor, currency, auto_renew)
             VALUES (?1, 'domain_ch', ?2, 'Euro client', ?3, 12, 5000, 'EUR', ?4)",
            rusqlite::params![CHF_ORG, format!("euro-{expires_on}.ch"), expires_on, auto],
        )
        .unwrap();
    }
    for org in [CHF_ORG, EUR_ORG] {
        let f = s.renewal_forecast(SIGNED_IN_USER, org, 12).unwrap();
        assert_eq!(f.first_month, "2026-11");
        let mut bars_total = 0;
        for c in &f.currencies {
            assert_eq!(c.bars.len(), 12);
            for (i, bar) in c.bars.iter().enumerate() {
                let (first, last) = month_range(&bar.month).unwrap();
                for (kind, amount, count) in [
                    (ChargeKind::Automatic, bar.automatic, bar.automatic_count),
                    (
                        ChargeKind::NeedsAction,
                        bar.needs_action,
                        bar.needs_action_count,
                    ),
                ] {
                    assert_eq!(amount.currency, c.currency);
                    let q = ProductQuery {
                        organization_id: Some(org),
                        // The first month also holds what is already past due.
                        expires_from: (i > 0).then_some(first),
                        expires_to: Some(last),
                        statuses: LIVE.to_vec(),
                        charge: Some(kind),
                        currency: Some(c.currency),
                        ..Default::default()
                    };
                    let (minor, n) = table_sum(&s, q);
                    assert_eq!(
                        (amount.to_minor().unwrap(), count),
                        (minor, n),
                        "org {org} {} {kind:?}",
                        bar.month
                    );
                    bars_total += n;
                }
            }
        }
        // And nothing is lost: every live product expiring before the end is in a bar.
        let (_, all) = table_sum(
            &s,
            ProductQuery {
                organization_id: Some(org),
                expires_to: Some(NaiveDate::from_ymd_opt(2027, 10, 31).unwrap()),
                statuses: LIVE.to_vec(),
                ..Default::default()
            },
        );
        assert_eq!(bars_total, all, "org {org}");
        assert!(all > 5, "the demo has renewals to forecast");
    }
}

/// Adds a product of CHF_ORG expiring on `expires_on`, auto-renewed with a Visa valid to
/// `card_expiry` (MM/YYYY); returns its id.
fn auto_renewed_product(s: &Store, expires_on: &str, card_expiry: &str, price_minor: i64) -> i64 {
    let c = rusqlite::Connection::open(s.path()).unwrap();
    c.execute(
        "INSERT INTO payment_methods (organization_id, kind, label, last4, expiry, is_default)
         VALUES (?1, 'visa', 'Test Visa', '4242', ?2, 0)",
        rusqlite::params![CHF_ORG, card_expiry],
    )
    .unwrap();
    let method = c.last_insert_rowid();
    c.execute(
        "INSERT INTO products (organization_id, kind, name, customer_name, expires_on,
                               period_months, price_minor, currency, auto_renew, auto_renew_method_id)
         VALUES (?1, 'domain_ch', ?2, 'Forecast test', ?3, 12, ?4, 'CHF', 1, ?5)",
        rusqlite::params![
            CHF_ORG,
            format!("forecast-{expires_on}.ch"),
            expires_on,
            price_minor,
            method
        ],
    )
    .unwrap();
    c.last_insert_rowid()
}

fn charge_of(s: &Store, product: i64) -> ChargeKind {
    for kind in [ChargeKind::Automatic, ChargeKind::NeedsAction] {
        let page = s
            .query_products(&ProductQuery {
                ids: vec![product],
                charge: Some(kind),
                limit: 1,
                ..Default::default()
            })
            .unwrap();
        if !page.rows.is_empty() {
            return kind;
        }
    }
    panic!("product {product} is in neither kind");
}

#[test]
fn a_card_expiring_the_day_before_the_charge_needs_action() {
    let dir = tempfile::tempdir().unwrap();
    let s = open_at(&dir, "2026-11-27T09:00:00Z");
    // REN-4: charged 14 days before expiry. The card runs to 2027-03-31.
    let charged_on_its_last_day = auto_renewed_product(&s, "2027-04-14", "03/2027", 10_000);
    let charged_the_day_after = auto_renewed_product(&s, "2027-04-15", "03/2027", 20_000);
    assert_eq!(
        charge_of(&s, charged_on_its_last_day),
        ChargeKind::Automatic
    );
    assert_eq!(
        charge_of(&s, charged_the_day_after),
        ChargeKind::NeedsAction
    );
    let before = s.renewal_forecast(SIGNED_IN_USER, CHF_ORG, 12).unwrap();
    let april = |f: &comptoir_core::forecast::Forecast| {
        f.currencies
            .iter()
            .find(|c| c.currency == Currency::CHF)
            .unwrap()
            .bars
            .iter()
            .find(|b| b.month == "2027-04")
            .unwrap()
            .clone()
    };
    let bar = april(&before);
    assert!(bar.automatic.to_minor().unwrap() >= 10_000);
    assert!(bar.needs_action.to_minor().unwrap() >= 20_000);
    // A card renewed to April: both are charged automatically.
    rusqlite::Connection::open(s.path())
        .unwrap()
        .execute(
            "UPDATE payment_methods SET expiry = '04/2027' WHERE label = 'Test Visa'",
            [],
        )
        .unwrap();
    assert_eq!(charge_of(&s, charged_the_day_after), ChargeKind::Automatic);
    let after = april(&s.renewal_forecast(SIGNED_IN_USER, CHF_ORG, 12).unwrap());
    assert_eq!(
        after.automatic.to_minor().unwrap(),
        bar.automatic.to_minor().unwrap() + 20_000
    );
    assert_eq!(
        after.needs_action.to_minor().unwrap(),
        bar.needs_action.to_minor().unwrap() - 20_000
    );
}

#[test]
fn months_follow_zurich_across_dst_and_month_ends() {
    // 2026-03-31 22:30 UTC is already 1 April in Zurich (summer time since 29 March).
    let dir = tempfile::tempdir().unwrap();
    let s = open_at(&dir, "2026-03-31T22:30:00Z");
    // The last day of April and the first of May fall in their own months.
    let last_april = auto_renewed_product(&s, "2026-04-30", "12/2030", 1_111);
    let first_may = auto_renewed_product(&s, "2026-05-01", "12/2030", 2_222);
    let f = s.renewal_forecast(SIGNED_IN_USER, CHF_ORG, 3).unwrap();
    assert_eq!(f.first_month, "2026-04");
    let chf = f
        .currencies
        .iter()
        .find(|c| c.currency == Currency::CHF)
        .unwrap();
    let months: Vec<&str> = chf.bars.iter().map(|b| b.month.as_str()).collect();
    assert_eq!(months, ["2026-04", "2026-05", "2026-06"]);
    assert_eq!(charge_of(&s, last_april), ChargeKind::Automatic);
    assert_eq!(charge_of(&s, first_may), ChargeKind::Automatic);
    let (may_auto, _) = table_sum(
        &s,
        ProductQuery {
            organization_id: Some(CHF_ORG),
            expires_from: Some(NaiveDate::from_ymd_opt(2026, 5, 1).unwrap()),
            expires_to: Some(NaiveDate::from_ymd_opt(2026, 5, 31).unwrap()),
            statuses: LIVE.to_vec(),
            charge: Some(ChargeKind::Automatic),
            ..Default::default()
        },
    );
    assert_eq!(chf.bars[1].automatic.to_minor().unwrap(), may_auto);
    assert!(may_auto >= 2_222);
    let (april_auto, _) = table_sum(
        &s,
        ProductQuery {
            organization_id: Some(CHF_ORG),
            expires_to: Some(NaiveDate::from_ymd_opt(2026, 4, 30).unwrap()),
            statuses: LIVE.to_vec(),
            charge: Some(ChargeKind::Automatic),
            ..Default::default()
        },
    );
    assert_eq!(chf.bars[0].automatic.to_minor().unwrap(), april_auto);
    assert!(april_auto >= 1_111);
    // One minute earlier (still 31 March in Zurich) the first month is March.
    drop(s);
    let s = open_at(&dir, "2026-03-31T21:59:00Z");
    assert_eq!(
        s.renewal_forecast(SIGNED_IN_USER, CHF_ORG, 3)
            .unwrap()
            .first_month,
        "2026-03"
    );
    // Winter time again: 2026-10-31 23:30 UTC is 1 November 00:30 in Zurich.
    drop(s);
    let s = open_at(&dir, "2026-10-31T23:30:00Z");
    assert_eq!(
        s.renewal_forecast(SIGNED_IN_USER, CHF_ORG, 1)
            .unwrap()
            .first_month,
        "2026-11"
    );
}

#[test]
fn the_prepaid_balance_is_drawn_by_automatic_renewals_and_never_goes_below_zero() {
    let dir = tempfile::tempdir().unwrap();
    let s = open_at(&dir, "2026-11-27T09:00:00Z");
    let f = s.renewal_forecast(SIGNED_IN_USER, CHF_ORG, 12).unwrap();
    let chf = f
        .currencies
        .iter()
        .find(|c| c.currency == Currency::CHF)
        .unwrap();
    let account = s.prepaid_account(CHF_ORG).unwrap();
    assert_eq!(chf.prepaid.balance, account.balance);
    let mut left = chf.prepaid.balance.to_minor().unwrap();
    for (bar, after) in chf.bars.iter().zip(&chf.prepaid.left_after) {
        left = (left - bar.automatic.to_minor().unwrap()).max(0);
        assert_eq!(*after, Money::from_minor(left, Currency::CHF));
    }
    assert_eq!(chf.prepaid.left_after.len(), 12);
}

#[test]
fn only_members_read_it_and_the_span_is_bounded() {
    let dir = tempfile::tempdir().unwrap();
    let s = open_at(&dir, "2026-11-27T09:00:00Z");
    let outsider = s
        .members(EUR_ORG)
        .unwrap()
        .into_iter()
        .map(|m| m.user_id)
        .find(|u| s.members(CHF_ORG).unwrap().iter().all(|m| m.user_id != *u))
        .expect("the demo has a member of one organization only");
    let e = comptoir_core::Error::from(s.renewal_forecast(outsider, CHF_ORG, 12).unwrap_err());
    assert_eq!(e.code, ErrorCode::RuleViolation, "{e:?}");
    for months in [0, 25] {
        let e = comptoir_core::Error::from(
            s.renewal_forecast(SIGNED_IN_USER, CHF_ORG, months)
                .unwrap_err(),
        );
        assert_eq!(e.field.as_deref(), Some("months"));
    }
}

/// Spending history: each month's paid and credited figures are the sums of the documents the
/// invoices list shows for that month and kind (the same the UI filter keeps), per currency.
#[test]
fn spending_months_are_the_sums_of_the_documents_the_list_shows() {
    let dir = tempfile::tempdir().unwrap();
    let s = open_at(&dir, "2026-11-27T09:00:00Z");
    for org in [None, Some(CHF_ORG), Some(EUR_ORG)] {
        let h = s.spending_history(SIGNED_IN_USER, org, 24).unwrap();
        assert_eq!(h.first_month, "2024-12");
        let docs = s.invoices_as(SIGNED_IN_USER, org).unwrap();
        let mut shown = 0;
        for c in &h.currencies {
            assert_eq!(c.months.len(), 24);
            for m in &c.months {
                let of_month = |kind: InvoiceKind| {
                    docs.iter().filter(move |i| {
                        i.kind == kind
                            && i.total.currency == c.currency
                            && i.issued_on.format("%Y-%m").to_string() == m.month
                    })
                };
                let paid: i64 = of_month(InvoiceKind::Invoice)
                    .map(|i| i.paid.to_minor().unwrap())
                    .sum();
                let paid_count = of_month(InvoiceKind::Invoice)
                    .filter(|i| i.paid.to_minor().unwrap() > 0)
                    .count() as u32;
                // Credit notes are stored negative; the history says what came back.
                let credited: i64 = of_month(InvoiceKind::CreditNote)
                    .map(|i| i.total.to_minor().unwrap().abs())
                    .sum();
                let credited_count = of_month(InvoiceKind::CreditNote).count() as u32;
                assert_eq!(
                    (m.paid.to_minor().unwrap(), m.paid_count),
                    (paid, paid_count),
                    "{org:?} {} {} paid",
                    c.currency.code(),
                    m.month
                );
                assert_eq!(
                    (m.credited.to_minor().unwrap(), m.credited_count),
                    (credited, credited_count),
                    "{org:?} {} {} credited",
                    c.currency.code(),
                    m.month
                );
                shown += m.paid_count + m.credited_count;
            }
        }
        assert!(
            shown > 0,
            "the demo has paid invoices in the last 24 months"
        );
        // Currencies are never summed: each currency's months hold only its own documents.
        for c in &h.currencies {
            for m in &c.months {
                assert_eq!(m.paid.currency, c.currency);
                assert_eq!(m.credited.currency, c.currency);
            }
        }
    }
    // One month is the current one.
    let before = s
        .spending_history(SIGNED_IN_USER, Some(CHF_ORG), 1)
        .unwrap();
    assert_eq!(before.first_month, "2026-11");
    let e = comptoir_core::Error::from(
        s.spending_history(SIGNED_IN_USER, Some(CHF_ORG), 37)
            .unwrap_err(),
    );
    assert_eq!(e.field.as_deref(), Some("months"));
}

#[test]
fn spending_is_read_by_members_only_and_follows_the_month_end() {
    let dir = tempfile::tempdir().unwrap();
    let s = open_at(&dir, "2026-11-27T09:00:00Z");
    let outsider = s
        .members(EUR_ORG)
        .unwrap()
        .into_iter()
        .map(|m| m.user_id)
        .find(|u| s.members(CHF_ORG).unwrap().iter().all(|m| m.user_id != *u))
        .expect("the demo has a member of one organization only");
    let e =
        comptoir_core::Error::from(s.spending_history(outsider, Some(CHF_ORG), 12).unwrap_err());
    assert_eq!(e.code, ErrorCode::RuleViolation, "{e:?}");
    // Without an organization, an outsider's history holds none of CHF_ORG's documents.
    let theirs = s.spending_history(outsider, None, 24).unwrap();
    let all = s.spending_history(SIGNED_IN_USER, None, 24).unwrap();
    let count = |h: &comptoir_core::forecast::SpendingHistory| -> u32 {
        h.currencies
            .iter()
            .flat_map(|c| &c.months)
            .map(|m| m.paid_count + m.credited_count)
            .sum()
    };
    assert!(
        count(&theirs) < count(&all),
        "{} vs {}",
        count(&theirs),
        count(&all)
    );
    // 30 November 23:30 UTC is 1 December in Zurich: the current month is December.
    drop(s);
    let s = open_at(&dir, "2026-11-30T23:30:00Z");
    let h = s
        .spending_history(SIGNED_IN_USER, Some(CHF_ORG), 12)
        .unwrap();
    assert_eq!(h.first_month, "2026-01");
    assert_eq!(h.currencies[0].months.last().unwrap().month, "2026-12");
}

/// Review of issue 17: a product whose charge day (REN-4, 14 days before expiry) has passed
/// without a renewal is not "charged automatically" any more: someone must renew it now.
#[test]
fn a_charge_day_already_past_needs_action() {
    let dir = tempfile::tempdir().unwrap();
    // Today in Zurich: 2026-11-27.
    let s = open_at(&dir, "2026-11-27T09:00:00Z");
    let charged_yesterday = auto_renewed_product(&s, "2026-12-10", "12/2030", 1_000);
    let charged_today = auto_renewed_product(&s, "2026-12-11", "12/2030", 1_000);
    let charged_tomorrow = auto_renewed_product(&s, "2026-12-12", "12/2030", 1_000);
    assert_eq!(charge_of(&s, charged_yesterday), ChargeKind::NeedsAction);
    assert_eq!(charge_of(&s, charged_today), ChargeKind::Automatic);
    assert_eq!(charge_of(&s, charged_tomorrow), ChargeKind::Automatic);
}
