//! The store on real SQLite files in temporary folders, with an injected clock.

use std::collections::BTreeSet;
use std::sync::Arc;

use chrono::{Days, NaiveDate};
use comptoir_core::billing::{InvoiceKind, InvoiceStatus, PaymentMethodKind};
use comptoir_core::org::{check_has_legal_representative, MemberStatus, Role};
use comptoir_core::product::ProductStatus;
use comptoir_core::support::GrantState;
use comptoir_core::{Currency, ErrorCode, FixedClock};
use comptoir_store::{schema, Store, WorkspaceKind};

fn clock(at: &str) -> Arc<FixedClock> {
    Arc::new(FixedClock::parse(at).unwrap())
}

fn open_demo() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path().join("ws.sqlite3"), clock("2026-11-27T09:00:00Z")).unwrap();
    (dir, store)
}

fn today() -> NaiveDate {
    "2026-11-27".parse().unwrap()
}

#[test]
fn migrates_an_empty_file_to_the_latest_schema_with_wal_and_foreign_keys() {
    let (_dir, store) = open_demo();
    let info = store.info().unwrap();
    assert_eq!(info.schema_version as usize, schema::MIGRATIONS.len());
    assert_eq!(info.kind, WorkspaceKind::Demo);
    assert_eq!(info.seeded_on.as_deref(), Some("2026-11-27"));
    let conn = rusqlite::Connection::open(store.path()).unwrap();
    let mode: String = conn
        .pragma_query_value(None, "journal_mode", |r| r.get(0))
        .unwrap();
    assert_eq!(mode, "wal");
}

#[test]
fn refuses_a_workspace_from_a_newer_version() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("future.sqlite3");
    let conn = rusqlite::Connection::open(&path).unwrap();
    // A newer Comptoir's file says it is ours (application id) at a schema we do not know.
    conn.pragma_update(None, "application_id", comptoir_store::file::APPLICATION_ID)
        .unwrap();
    conn.pragma_update(None, "user_version", 999).unwrap();
    drop(conn);
    let err: comptoir_core::Error = Store::open(&path, clock("2026-11-27T09:00:00Z"))
        .err()
        .expect("a newer schema must be refused")
        .into();
    assert_eq!(err.code, ErrorCode::Storage);
    assert!(err.message.contains("newer"), "{}", err.message);
}

#[test]
fn org1_org7_every_seeded_organization_has_an_active_legal_representative() {
    let (_dir, store) = open_demo();
    let orgs = store.organizations().unwrap();
    assert_eq!(orgs.len(), 2);
    let currencies: BTreeSet<_> = orgs.iter().map(|o| o.currency).collect();
    assert_eq!(currencies, BTreeSet::from([Currency::CHF, Currency::EUR]));
    let mut reps = Vec::new();
    for org in &orgs {
        let members = store.members(org.id).unwrap();
        check_has_legal_representative(&members).unwrap();
        reps.push(
            members
                .iter()
                .filter(|m| m.role == Role::LegalRepresentative && m.status == MemberStatus::Active)
                .count(),
        );
    }
    reps.sort();
    assert_eq!(
        reps,
        vec![1, 2],
        "two legal representatives in one org, one in the other"
    );
}

#[test]
fn seed_has_the_people_and_teams_the_demo_promises() {
    let (_dir, store) = open_demo();
    assert!(store.info().unwrap().users >= 12);
    let mut roles = BTreeSet::new();
    let mut teams = 0;
    let mut invited = 0;
    for org in store.organizations().unwrap() {
        for m in store.members(org.id).unwrap() {
            roles.insert(m.role);
            invited += usize::from(m.status == MemberStatus::Invited);
        }
        let org_teams = store.teams(org.id).unwrap();
        assert!(org_teams.iter().all(|t| !t.member_ids.is_empty()));
        teams += org_teams.len();
    }
    assert_eq!(roles.len(), 3, "every role is represented");
    assert_eq!(teams, 3);
    assert!(invited >= 1, "a pending invitation is in the demo");
}

#[test]
fn seed_products_cover_types_dates_and_auto_renew() {
    let (_dir, store) = open_demo();
    let products = store.products(None).unwrap();
    assert!(products.len() >= 80, "{}", products.len());
    let kinds: BTreeSet<_> = products.iter().map(|p| p.kind).collect();
    assert!(kinds.len() >= 8);
    let min = products.iter().map(|p| p.expires_on).min().unwrap();
    let max = products.iter().map(|p| p.expires_on).max().unwrap();
    assert_eq!(min, today() - Days::new(30));
    assert!(max <= today() + Days::new(731) && max > today() + Days::new(600));
    let within_14 = products
        .iter()
        .filter(|p| {
            (p.expires_on - today()).num_days() >= 0 && (p.expires_on - today()).num_days() < 14
        })
        .count();
    assert!(within_14 >= 2, "{within_14}");
    let statuses: BTreeSet<_> = products.iter().map(|p| p.status).collect();
    for s in [
        ProductStatus::Active,
        ProductStatus::Expiring,
        ProductStatus::Overdue,
        ProductStatus::Blocked,
    ] {
        assert!(statuses.contains(&s), "missing {s:?}");
    }
    let on = products.iter().filter(|p| p.auto_renew).count();
    assert!(
        on > 10 && on < products.len() - 10,
        "auto-renew is mixed: {on}"
    );
    for p in &products {
        p.kind.check_period(p.period_months).unwrap(); // PAY-9 holds in the seed
        assert_eq!(p.auto_renew, p.auto_renew_method_id.is_some());
        let org = store.organization(p.organization_id).unwrap();
        assert_eq!(p.price.currency, org.currency);
    }
}

#[test]
fn ren2_seeded_auto_renew_methods_are_compatible() {
    let (_dir, store) = open_demo();
    for org in store.organizations().unwrap() {
        let methods = store.payment_methods(org.id).unwrap();
        for p in store.products(Some(org.id)).unwrap() {
            if let Some(m) = p.auto_renew_method_id {
                let method = methods.iter().find(|x| x.id == m).expect("own method");
                assert!(
                    method.allows_auto_renew,
                    "{} uses {:?}",
                    p.name, method.kind
                );
            }
        }
        assert_eq!(methods.iter().filter(|m| m.is_default).count(), 1);
        for m in &methods {
            m.kind.check_currency(org.currency).unwrap(); // PAY-5 holds in the seed
        }
    }
    let chf = store.payment_methods(1).unwrap();
    let kinds: BTreeSet<_> = chf.iter().map(|m| m.kind).collect();
    for k in [
        PaymentMethodKind::Visa,
        PaymentMethodKind::Twint,
        PaymentMethodKind::PostfinanceCard,
        PaymentMethodKind::IbanTransfer,
    ] {
        assert!(kinds.contains(&k), "{k:?}");
    }
}

#[test]
fn seed_invoices_and_prepaid() {
    let (_dir, store) = open_demo();
    let invoices = store.invoices(None).unwrap();
    let statuses: BTreeSet<_> = invoices.iter().map(|i| i.status).collect();
    assert!(statuses.contains(&InvoiceStatus::Paid));
    assert!(statuses.contains(&InvoiceStatus::Overdue));
    assert!(statuses.contains(&InvoiceStatus::Unpaid));
    let kinds: BTreeSet<_> = invoices.iter().map(|i| i.kind).collect();
    assert_eq!(kinds.len(), 3);
    for i in &invoices {
        assert!(i.line_count > 0);
        if i.kind == InvoiceKind::CreditNote {
            assert!(i.total.amount.is_sign_negative());
            assert!(i.corrects_invoice_id.is_some());
        }
    }
    // Top-ups and payments, plus the seeded credit note refunded to the balance as the engine
    // refunds a paid invoice's credit.
    for (org, before_refund) in [(1, "205.00"), (2, "87.50")] {
        let account = store.prepaid_account(org).unwrap();
        let credit = invoices
            .iter()
            .find(|i| i.organization_id == org && i.kind == InvoiceKind::CreditNote)
            .unwrap();
        let expected =
            before_refund.parse::<rust_decimal::Decimal>().unwrap() - credit.total.amount;
        assert_eq!(account.balance.amount, expected);
        assert!(account
            .movements
            .iter()
            .any(|m| m.description == format!("Refund of {}", credit.number)));
    }
}

#[test]
fn sup2_seeded_grants_show_every_state() {
    let (_dir, store) = open_demo();
    let states: BTreeSet<_> = store
        .support_grants(None)
        .unwrap()
        .iter()
        .map(|g| g.state)
        .collect();
    assert_eq!(
        states,
        BTreeSet::from([GrantState::Active, GrantState::Revoked, GrantState::Expired])
    );
}

#[test]
fn seed_is_deterministic_for_a_given_day() {
    let (_a, one) = open_demo();
    let (_b, two) = open_demo();
    assert_eq!(one.products(None).unwrap(), two.products(None).unwrap());
    assert_eq!(one.invoices(None).unwrap(), two.invoices(None).unwrap());
}

#[test]
fn seed_follows_today() {
    let dir = tempfile::tempdir().unwrap();
    let later = Store::open(dir.path().join("ws.sqlite3"), clock("2027-06-01T09:00:00Z")).unwrap();
    let min = later
        .products(None)
        .unwrap()
        .iter()
        .map(|p| p.expires_on)
        .min()
        .unwrap();
    assert_eq!(min, "2027-05-02".parse::<NaiveDate>().unwrap());
}

#[test]
fn what_the_app_writes_survives_reopening_and_reset_keeps_settings() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ws.sqlite3");
    {
        let store = Store::open(&path, clock("2026-11-27T09:00:00Z")).unwrap();
        store.set_setting("ui.language", "es").unwrap();
    }
    let mut store = Store::open(&path, clock("2026-11-28T09:00:00Z")).unwrap();
    assert_eq!(store.setting("ui.language").unwrap().as_deref(), Some("es"));
    // Reopening does not reseed: the demo stays as seeded on the 27th.
    assert_eq!(
        store.info().unwrap().seeded_on.as_deref(),
        Some("2026-11-27")
    );
    store.reset_demo().unwrap();
    assert_eq!(
        store.info().unwrap().seeded_on.as_deref(),
        Some("2026-11-28")
    );
    assert_eq!(store.setting("ui.language").unwrap().as_deref(), Some("es"));
    assert!(store.info().unwrap().products >= 80);
}

#[test]
fn bad_setting_key_names_the_field() {
    let (_dir, store) = open_demo();
    let err: comptoir_core::Error = store.set_setting("", "x").unwrap_err().into();
    assert_eq!(err.field.as_deref(), Some("key"));
}

#[test]
fn unknown_organization_is_not_found() {
    let (_dir, store) = open_demo();
    let err: comptoir_core::Error = store.members(99).unwrap_err().into();
    assert_eq!(err.code, ErrorCode::NotFound);
}

#[test]
fn seeded_document_numbers_form_one_gapless_series_per_kind_and_organization() {
    let (_dir, store) = open_demo();
    let mut series: std::collections::BTreeMap<(i64, InvoiceKind), Vec<u32>> = Default::default();
    for i in store.invoices(None).unwrap() {
        let seq: u32 = i.number.rsplit('-').next().unwrap().parse().unwrap();
        series
            .entry((i.organization_id, i.kind))
            .or_default()
            .push(seq);
    }
    assert_eq!(series.len(), 6, "3 kinds x 2 organizations");
    for (key, mut seqs) in series {
        seqs.sort();
        assert_eq!(seqs, (1..=seqs.len() as u32).collect::<Vec<_>>(), "{key:?}");
    }
}

/// Issue 14 §7: a product's "Invoices" are exactly the documents with a line for it, found in
/// SQL, newest first; and an invoice's lines name the products its "Products" link shows.
#[test]
fn invoices_and_products_link_both_ways() {
    let (_d, s) = open_demo();
    let all = s.invoices(None).unwrap();
    let mut checked = 0;
    for inv in all.iter().take(12) {
        let detail = s.invoice_detail(inv.id).unwrap();
        for product in detail.lines.iter().filter_map(|l| l.product_id) {
            let found = s.invoices_for_product(product).unwrap();
            assert!(
                found.iter().any(|i| i.id == inv.id),
                "{} for {product}",
                inv.number
            );
            // Every one found has a line for the product, and nothing else comes.
            for f in &found {
                let lines = s.invoice_detail(f.id).unwrap().lines;
                assert!(lines.iter().any(|l| l.product_id == Some(product)));
            }
            let expected = all
                .iter()
                .filter(|i| {
                    s.invoice_detail(i.id)
                        .unwrap()
                        .lines
                        .iter()
                        .any(|l| l.product_id == Some(product))
                })
                .count();
            assert_eq!(found.len(), expected);
            assert!(found.windows(2).all(|w| w[0].issued_on >= w[1].issued_on));
            checked += 1;
        }
    }
    assert!(checked > 0, "the demo's invoices name products");
    assert!(s.invoices_for_product(999_999).unwrap().is_empty());
}
