//! The partner program (PAR-1..4) on real SQLite files: eligibility at exactly the thresholds
//! and one centime under, partner and affiliate exclusive, clients with restricted rights,
//! managers, the end of a relationship, billing terms, the statement as CSV (parsed back) and
//! PDF (read back with poppler's pdftotext), and who may do what.

use std::path::Path;
use std::process::Command;
use std::sync::Arc;

use comptoir_core::partner::{Benefit, BilledParty, ClientAccess, PartnerStatus};
use comptoir_core::{ErrorCode, FixedClock, RuleId};
use comptoir_store::partner::{
    statement_csv, BillingTermsInput, NewClientProduct, NewPartnerClient, PartnerProfileInput,
};
use comptoir_store::Store;

fn open(path: &Path) -> Store {
    Store::open(
        path,
        Arc::new(FixedClock::parse("2026-11-27T09:00:00Z").unwrap()),
    )
    .unwrap()
}

fn sql(path: &Path) -> rusqlite::Connection {
    rusqlite::Connection::open(path).unwrap()
}

/// The first active member of `org` with `role`.
fn member(path: &Path, org: i64, role: &str) -> i64 {
    sql(path)
        .query_row(
            "SELECT user_id FROM memberships WHERE organization_id = ?1 AND role = ?2
             AND status = 'active' ORDER BY user_id LIMIT 1",
            rusqlite::params![org, role],
            |r| r.get(0),
        )
        .unwrap()
}

fn org_of(path: &Path, currency: &str) -> i64 {
    sql(path)
        .query_row(
            "SELECT id FROM organizations WHERE currency = ?1",
            [currency],
            |r| r.get(0),
        )
        .unwrap()
}

fn terms(rate: &str) -> BillingTermsInput {
    BillingTermsInput {
        billed: BilledParty::Partner,
        benefit: Benefit::Discount,
        rate: rate.into(),
        locale: "en".into(),
    }
}

fn new_client(name: &str, email: &str, rate: &str) -> NewPartnerClient {
    NewPartnerClient {
        name: name.into(),
        email: email.into(),
        access: ClientAccess::SpecificProducts,
        terms: terms(rate),
    }
}

/// Leaves `org` one yearly product at `minor` (and no managed client products).
fn volume_to(path: &Path, org: i64, minor: i64) {
    let c = sql(path);
    c.execute(
        "UPDATE products SET price_minor = 0 WHERE organization_id = ?1",
        [org],
    )
    .unwrap();
    c.execute(
        "UPDATE partner_client_products SET price_minor = 0 WHERE client_id IN
            (SELECT id FROM partner_clients WHERE partner_organization_id = ?1)",
        [org],
    )
    .unwrap();
    c.execute(
        "UPDATE products SET price_minor = ?2, period_months = 12 WHERE id =
            (SELECT min(id) FROM products WHERE organization_id = ?1)",
        rusqlite::params![org, minor],
    )
    .unwrap();
}

#[test]
fn par1_volume_at_exactly_the_thresholds_and_one_centime_under() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("w.sqlite3");
    let store = open(&path);
    let (chf, eur) = (org_of(&path, "CHF"), org_of(&path, "EUR"));
    // The seeded volume is annualized from every product: well above the threshold.
    let seeded = store.partner_eligibility(chf).unwrap();
    assert!(seeded.volume_met && seeded.eligible, "{seeded:?}");

    volume_to(&path, chf, 200_000);
    let e = store.partner_eligibility(chf).unwrap();
    assert_eq!(e.volume_chf.to_string(), "CHF 2000.00");
    assert!(e.volume_met && e.eligible);
    volume_to(&path, chf, 199_999);
    let e = store.partner_eligibility(chf).unwrap();
    assert_eq!(e.volume_chf.to_string(), "CHF 1999.99");
    assert!(!e.volume_met && !e.eligible);
    assert_eq!(e.unmet(), vec!["volume"]);

    volume_to(&path, eur, 180_000);
    let e = store.partner_eligibility(eur).unwrap();
    assert_eq!(e.volume_eur.to_string(), "EUR 1800.00");
    assert!(e.volume_met);
    volume_to(&path, eur, 179_999);
    let e = store.partner_eligibility(eur).unwrap();
    assert_eq!(e.volume_eur.to_string(), "EUR 1799.99");
    assert!(!e.volume_met);

    // Monthly products count twelve times: 12 × 166.67 = 2000.04.
    volume_to(&path, chf, 0);
    sql(&path)
        .execute(
            "UPDATE products SET price_minor = 16667, period_months = 1 WHERE id =
                (SELECT max(id) FROM products WHERE organization_id = ?1)",
            [chf],
        )
        .unwrap();
    assert_eq!(
        store
            .partner_eligibility(chf)
            .unwrap()
            .volume_chf
            .to_string(),
        "CHF 2000.04"
    );
}

#[test]
fn par1_par2_becoming_a_partner_condition_by_condition() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("w.sqlite3");
    let mut store = open(&path);
    let eur = org_of(&path, "EUR");
    let rep = member(&path, eur, "legal_representative");
    volume_to(&path, eur, 180_000);
    // Nothing recorded yet: the register, the service and the conditions are unmet.
    let err: comptoir_core::Error = store
        .set_partner_status(eur, rep, PartnerStatus::Partner)
        .unwrap_err()
        .into();
    assert_eq!(err.rule, Some(RuleId::Par1));
    assert_eq!(
        err.params.unwrap()["unmet"],
        "company,service,conditions".to_owned()
    );
    // A website that is not one names its field.
    let bad = PartnerProfileInput {
        register_number: Some("B87654321".into()),
        website: Some("nube clara".into()),
        supports_clients: true,
        invoices_clients: true,
        accept_conditions: false,
    };
    let err: comptoir_core::Error = store
        .save_partner_profile(eur, rep, &bad)
        .unwrap_err()
        .into();
    assert_eq!(err.field.as_deref(), Some("website"));
    let profile = PartnerProfileInput {
        website: Some("https://nubeclara.es".into()),
        ..bad
    };
    store.save_partner_profile(eur, rep, &profile).unwrap();
    let e = store.partner_eligibility(eur).unwrap();
    assert!(e.company_met && e.service_met && !e.conditions_met);
    // The acceptance is stored with who and when.
    store
        .save_partner_profile(
            eur,
            rep,
            &PartnerProfileInput {
                accept_conditions: true,
                ..profile
            },
        )
        .unwrap();
    let e = store.partner_eligibility(eur).unwrap();
    assert!(e.conditions_met && e.eligible);
    assert_eq!(
        e.conditions_accepted_at.unwrap().to_rfc3339(),
        "2026-11-27T09:00:00+00:00"
    );
    let name: String = sql(&path)
        .query_row("SELECT display_name FROM users WHERE id = ?1", [rep], |r| {
            r.get(0)
        })
        .unwrap();
    assert_eq!(e.conditions_accepted_by.as_deref(), Some(name.as_str()));

    // PAR-2: an affiliate is refused as a partner, and a partner as an affiliate.
    store
        .set_partner_status(eur, rep, PartnerStatus::Affiliate)
        .unwrap();
    let err: comptoir_core::Error = store
        .set_partner_status(eur, rep, PartnerStatus::Partner)
        .unwrap_err()
        .into();
    assert_eq!(err.rule, Some(RuleId::Par2));
    assert_eq!(store.partner_status(eur).unwrap(), PartnerStatus::Affiliate);
    store
        .set_partner_status(eur, rep, PartnerStatus::None)
        .unwrap();
    store
        .set_partner_status(eur, rep, PartnerStatus::Partner)
        .unwrap();
    let err: comptoir_core::Error = store
        .set_partner_status(eur, rep, PartnerStatus::Affiliate)
        .unwrap_err()
        .into();
    assert_eq!(err.rule, Some(RuleId::Par2));
    assert_eq!(store.partner_status(eur).unwrap(), PartnerStatus::Partner);
}

#[test]
fn clients_rights_billing_and_the_end_of_a_relationship() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("w.sqlite3");
    let mut store = open(&path);
    let chf = org_of(&path, "CHF");
    let admin = member(&path, chf, "legal_representative");

    // Validated: the name, the e-mail, PAR-4's 35 %.
    for (input, field, rule) in [
        (new_client(" ", "a@b.ch", "10"), "name", None),
        (new_client("Garage", "garage", "10"), "email", None),
        (
            new_client("Garage", "a@garage.ch", "35.01"),
            "rate",
            Some(RuleId::Par4),
        ),
    ] {
        let err: comptoir_core::Error = store
            .add_partner_client(chf, admin, &input)
            .unwrap_err()
            .into();
        assert_eq!(err.field.as_deref(), Some(field), "{err:?}");
        assert_eq!(err.rule, rule);
    }
    let id = store
        .add_partner_client(
            chf,
            admin,
            &new_client("Garage du Lac SA", "Info@Garage.ch", "35"),
        )
        .unwrap();
    let product = |name: &str, price: &str, months, renews: &str| NewClientProduct {
        name: name.into(),
        price: price.into(),
        locale: "en".into(),
        period_months: months,
        renews_on: renews.parse().unwrap(),
    };
    let web = store
        .add_client_product(admin, id, &product("garage.ch", "24.00", 12, "2026-12-15"))
        .unwrap();
    store
        .add_client_product(admin, id, &product("Mail", "10.00", 1, "2026-12-01"))
        .unwrap();
    // Specific products: only the chosen one is managed and billed.
    store
        .set_client_access(admin, id, ClientAccess::SpecificProducts, &[web])
        .unwrap();
    let d = store.partner_client_as(admin, id).unwrap();
    assert_eq!(d.client.contact_email.as_deref(), Some("info@garage.ch"));
    assert_eq!((d.client.product_count, d.client.managed_count), (2, 1));
    let from = "2026-12-01".parse().unwrap();
    let to = "2026-12-31".parse().unwrap();
    let s = store.partner_statement_as(admin, id, from, to).unwrap();
    assert_eq!(s.lines.len(), 1);
    assert_eq!(s.total_margin.to_string(), "CHF 8.40");
    assert_eq!(s.total_partner_pays.to_string(), "CHF 15.60");
    // The whole account: both, and the monthly mail once in December.
    store
        .set_client_access(admin, id, ClientAccess::WholeAccount, &[])
        .unwrap();
    let s = store.partner_statement_as(admin, id, from, to).unwrap();
    assert_eq!(s.lines.len(), 2);
    assert_eq!(s.total_list.to_string(), "CHF 34.00");
    // Someone else's product is not chosen.
    let other: i64 = sql(&path)
        .query_row(
            "SELECT min(id) FROM partner_client_products WHERE client_id <> ?1",
            [id],
            |r| r.get(0),
        )
        .unwrap();
    let err: comptoir_core::Error = store
        .set_client_access(admin, id, ClientAccess::SpecificProducts, &[other])
        .unwrap_err()
        .into();
    assert_eq!(err.code, ErrorCode::NotFound);
    // Billing terms: cashback, the client billed; 35.01 % refused by PAR-4, nothing changed.
    let err: comptoir_core::Error = store
        .set_client_billing(admin, id, &terms("35.01"))
        .unwrap_err()
        .into();
    assert_eq!(err.rule, Some(RuleId::Par4));
    store
        .set_client_billing(
            admin,
            id,
            &BillingTermsInput {
                billed: BilledParty::Client,
                benefit: Benefit::Cashback,
                rate: "12,5".into(),
                locale: "fr".into(),
            },
        )
        .unwrap();
    let s = store.partner_statement_as(admin, id, from, to).unwrap();
    assert_eq!(s.rate_bp, 1250);
    assert_eq!(s.total_partner_pays.to_string(), "CHF 0.00");
    assert_eq!(s.total_margin.to_string(), "CHF 4.25");
    store.record_statement(admin, &s, "csv").unwrap();

    // The end: access removed, products and statements stay with the client.
    let volume_before = store.partner_eligibility(chf).unwrap().volume_chf;
    store.end_partner_client(admin, id).unwrap();
    let d = store.partner_client_as(admin, id).unwrap();
    assert_eq!(d.client.ended_on, Some("2026-11-27".parse().unwrap()));
    assert_eq!(d.products.len(), 2);
    assert!(d.products.iter().all(|p| !p.managed));
    assert_eq!(d.client.managed_count, 0);
    assert!(d.client.manager_ids.is_empty());
    assert_eq!(d.statements.len(), 1);
    let err: comptoir_core::Error = store
        .partner_statement_as(admin, id, from, to)
        .unwrap_err()
        .into();
    assert_eq!(err.rule, Some(RuleId::Par3));
    let err: comptoir_core::Error = store
        .set_client_access(admin, id, ClientAccess::WholeAccount, &[])
        .unwrap_err()
        .into();
    assert_eq!(err.rule, Some(RuleId::Par3));
    let volume_after = store.partner_eligibility(chf).unwrap().volume_chf;
    assert_eq!(
        volume_before.checked_sub(volume_after).unwrap().to_string(),
        "CHF 144.00"
    );
    // The products of the workspace and its invoices are untouched by a client's end.
    let (products, invoices): (i64, i64) = sql(&path)
        .query_row(
            "SELECT (SELECT count(*) FROM products), (SELECT count(*) FROM invoices)",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert_eq!((products, invoices > 0), (88, true));
}

#[test]
fn par3_roles_admins_change_users_work_on_their_clients() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("w.sqlite3");
    let mut store = open(&path);
    let (chf, eur) = (org_of(&path, "CHF"), org_of(&path, "EUR"));
    let rep = member(&path, chf, "legal_representative");
    let admin = member(&path, chf, "admin");
    let users: Vec<i64> = {
        let c = sql(&path);
        let mut stmt = c
            .prepare(
                "SELECT user_id FROM memberships WHERE organization_id = ?1 AND role = 'user'
                 AND status = 'active' ORDER BY user_id",
            )
            .unwrap();
        stmt.query_map([chf], |r| r.get(0))
            .unwrap()
            .map(Result::unwrap)
            .collect()
    };
    let (assigned, other) = (users[0], users[1]);
    let outsider = member(&path, eur, "legal_representative");
    let clients = store.partner_clients(chf).unwrap();
    let boulangerie = clients
        .iter()
        .find(|c| c.client_name == "Boulangerie Martin SA")
        .unwrap();
    assert_eq!(boulangerie.manager_ids, vec![assigned]);
    let rey = clients
        .iter()
        .find(|c| c.client_name == "Cabinet dentaire Rey")
        .unwrap();

    // Legal representative and admin: every client, every change.
    for actor in [rep, admin] {
        assert!(store.partner_overview_as(actor, chf).unwrap().can_manage);
        assert_eq!(
            store.partner_overview_as(actor, chf).unwrap().clients.len(),
            3
        );
        store
            .set_client_billing(actor, rey.id, &terms("10"))
            .unwrap();
    }
    let added = store
        .add_partner_client(chf, admin, &new_client("Fleurs Léa", "lea@fleurs.ch", "5"))
        .unwrap();
    store.set_client_managers(rep, added, &[other]).unwrap();

    // A plain user: only the clients assigned to them, and no change at all.
    let view = store.partner_overview_as(assigned, chf).unwrap();
    assert!(!view.can_manage);
    assert_eq!(
        view.clients.iter().map(|c| c.id).collect::<Vec<_>>(),
        vec![boulangerie.id]
    );
    let from = "2026-01-01".parse().unwrap();
    let to = "2026-12-31".parse().unwrap();
    assert!(store
        .partner_statement_as(assigned, boulangerie.id, from, to)
        .is_ok());
    assert!(store.partner_client_as(assigned, boulangerie.id).is_ok());
    let refused = |e: comptoir_store::StoreError| -> comptoir_core::Error { e.into() };
    let err = refused(store.partner_client_as(assigned, rey.id).unwrap_err());
    assert_eq!(err.rule, Some(RuleId::Par3));
    assert_eq!(
        err.params.unwrap()["reason"],
        "partner_client_not_assigned".to_owned()
    );
    let err = refused(
        store
            .partner_statement_as(assigned, added, from, to)
            .unwrap_err(),
    );
    assert_eq!(err.rule, Some(RuleId::Par3));
    for err in [
        store
            .add_partner_client(chf, assigned, &new_client("X SA", "x@x.ch", "1"))
            .unwrap_err(),
        store
            .set_client_billing(assigned, boulangerie.id, &terms("1"))
            .unwrap_err(),
        store
            .set_client_access(assigned, boulangerie.id, ClientAccess::WholeAccount, &[])
            .unwrap_err(),
        store
            .set_client_managers(assigned, boulangerie.id, &[assigned, other])
            .unwrap_err(),
        store
            .end_partner_client(assigned, boulangerie.id)
            .unwrap_err(),
        store
            .set_partner_status(chf, assigned, PartnerStatus::None)
            .unwrap_err(),
    ] {
        let err = refused(err);
        assert_eq!(err.rule, Some(RuleId::Par3), "{err:?}");
        assert_eq!(
            err.params.unwrap()["reason"],
            "partner_admin_only".to_owned()
        );
    }
    // Someone of another organization sees nothing of this one.
    let err = refused(store.partner_overview_as(outsider, chf).unwrap_err());
    assert_eq!(err.rule, Some(RuleId::Org6));
    let err = refused(
        store
            .partner_statement_as(outsider, boulangerie.id, from, to)
            .unwrap_err(),
    );
    assert_eq!(err.rule, Some(RuleId::Org6));
    // A manager is a member of the partner organization.
    let err = refused(
        store
            .set_client_managers(rep, added, &[outsider])
            .unwrap_err(),
    );
    assert_eq!(err.field.as_deref(), Some("user_ids"));
    // Clients are a partner's: an organization outside the program adds none.
    let eur_rep = outsider;
    let err = refused(
        store
            .add_partner_client(eur, eur_rep, &new_client("Y SL", "y@y.es", "1"))
            .unwrap_err(),
    );
    assert_eq!(err.rule, Some(RuleId::Par3));
}

#[test]
fn a_statement_exports_as_csv_and_pdf_that_read_back() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("w.sqlite3");
    let store = open(&path);
    let chf = org_of(&path, "CHF");
    let rep = member(&path, chf, "legal_representative");
    let client = store
        .partner_clients(chf)
        .unwrap()
        .into_iter()
        .find(|c| c.client_name == "Vins de Lavaux Sàrl")
        .unwrap();
    let s = store
        .partner_statement_as(
            rep,
            client.id,
            "2026-11-27".parse().unwrap(),
            "2027-11-26".parse().unwrap(),
        )
        .unwrap();
    assert!(s.lines.len() >= 9, "{}", s.lines.len());

    // CSV: a header, one record per line, '.' decimals and ISO dates, summing to the totals.
    let bytes = statement_csv(&s).unwrap();
    let mut r = csv::Reader::from_reader(bytes.as_slice());
    let header: Vec<String> = r.headers().unwrap().iter().map(str::to_owned).collect();
    assert_eq!(header[0], "client");
    assert_eq!(header[6], "list_price");
    let records: Vec<csv::StringRecord> = r.records().map(Result::unwrap).collect();
    assert_eq!(records.len(), s.lines.len());
    let mut total = rust_decimal::Decimal::ZERO;
    let mut margin = rust_decimal::Decimal::ZERO;
    for rec in &records {
        assert_eq!(&rec[0], "Vins de Lavaux Sàrl");
        rec[3].parse::<chrono::NaiveDate>().unwrap();
        assert_eq!(&rec[5], "CHF");
        total += rec[6].parse::<rust_decimal::Decimal>().unwrap();
        margin += rec[8].parse::<rust_decimal::Decimal>().unwrap();
        assert_eq!(&rec[11], "35.00");
    }
    assert_eq!(total, s.total_list.amount);
    assert_eq!(margin, s.total_margin.amount);

    // PDF: the same figures, read back by poppler.
    let pdf = comptoir_invoice::render_statement(
        &s,
        "2026-11-27".parse().unwrap(),
        comptoir_invoice::Lang::Fr,
        comptoir_invoice::Fonts::shared(),
    );
    let file = dir.path().join("statement.pdf");
    std::fs::write(&file, &pdf).unwrap();
    if let Some(keep) = std::env::var_os("PARTNER_STATEMENT_KEEP") {
        std::fs::copy(&file, keep).unwrap();
    }
    let out = Command::new("pdftotext")
        .args(["-layout", file.to_str().unwrap(), "-"])
        .output()
        .expect("pdftotext (poppler-utils) is needed for this test");
    assert!(out.status.success());
    // pdftotext writes the no-break spaces of amounts as plain ones.
    let plain = |s: String| s.replace(['\u{a0}', '\u{202f}'], " ");
    let text = plain(String::from_utf8_lossy(&out.stdout).into_owned());
    assert!(text.contains("Relevé partenaire"), "{text}");
    assert!(text.contains("Vins de Lavaux Sàrl"), "{text}");
    assert!(text.contains("Cashback partenaire: 35 %"), "{text}");
    assert!(
        text.contains("PAYÉ PAR LE"),
        "the heading wraps whole: {text}"
    );
    let total_fr = plain(comptoir_i18n::money_in("fr", &s.total_list));
    assert!(text.contains(&total_fr), "{total_fr} not in {text}");
    let margin_fr = plain(comptoir_i18n::amount_in("fr", &s.total_margin));
    assert!(text.contains(&margin_fr), "{margin_fr} not in {text}");
}
