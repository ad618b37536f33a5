//! Paying (PAY-3..8): a selection becomes one order and one document per organization (one
//! currency each); prepaid balance first; IBAN transfer issues a pro-forma and leaves the order
//! pending (PAY-4) until the money arrives. An idempotency key makes a retry, a double click or a
//! crash-and-retry return the same orders instead of charging twice.

use std::collections::BTreeMap;

use chrono::{Months, NaiveDate};
use comptoir_core::billing::{
    validate_card_expiry, validate_last4, validate_top_up, vat_minor, vat_rate_bp, InvoiceKind,
    NewPaymentMethod, OrderStatus, PaymentMethodKind, PrepaidAccount,
};
use comptoir_core::policy::BillingAction;
use comptoir_core::product::{Lifecycle, ProductKind, ProductStatus};
use comptoir_core::renewal::{PaidOrder, PayItem, PaySplit, PaymentChoice};
use comptoir_core::stored_text::StoredText;
use comptoir_core::{Currency, Error, ErrorCode, Money, Reason, RuleId};
use rusqlite::{params, OptionalExtension, Transaction, TransactionBehavior};

use crate::access::{check_actor, check_actor_on_products};
use crate::{Store, StoreResult};

/// Days an invoice or pro-forma gives to pay.
pub const PAYMENT_TERM_DAYS: u64 = 30;

#[derive(Clone)]
struct Line {
    product_id: i64,
    /// What the document says, as a code (written in the reader's language when read).
    text: StoredText,
    months: u16,
    from: NaiveDate,
    to: NaiveDate,
    net: i64,
    vat: i64,
    rate_bp: i64,
}

struct OrgGroup {
    organization_id: i64,
    organization_name: String,
    currency: Currency,
    code: String,
    lines: Vec<Line>,
    /// Centimes added to the VAT (see `credit_rounding`); zero but on a completing credit note.
    vat_adjust: i64,
}

impl OrgGroup {
    fn net(&self) -> i64 {
        self.lines.iter().map(|l| l.net).sum()
    }
    /// VAT rounded once per rate on the summed base, as the document prints it.
    fn vat(&self) -> i64 {
        let mut rates: Vec<i64> = self.lines.iter().map(|l| l.rate_bp).collect();
        rates.sort_unstable();
        rates.dedup();
        rates
            .into_iter()
            .map(|r| {
                vat_minor(
                    self.lines
                        .iter()
                        .filter(|l| l.rate_bp == r)
                        .map(|l| l.net)
                        .sum(),
                    r,
                )
            })
            .sum::<i64>()
            + self.vat_adjust
    }
    fn total(&self) -> i64 {
        self.net() + self.vat()
    }
}

/// A product as read for paying it.
struct ToPay {
    name: String,
    org: i64,
    kind: String,
    expires_on: String,
    price: i64,
    period: u16,
    currency: String,
    org_name: String,
    country: String,
    code: String,
    org_currency: String,
}

/// Validates a selection to pay and prices it, grouped by organization.
fn price_selection(
    tx: &rusqlite::Connection,
    items: &[PayItem],
    today: &std::collections::HashMap<i64, NaiveDate>,
) -> StoreResult<Vec<OrgGroup>> {
    if items.is_empty() {
        return Err(Error::invalid_because("selection", Reason::NoneChosen).into());
    }
    let mut groups: BTreeMap<i64, OrgGroup> = BTreeMap::new();
    let mut seen = std::collections::HashSet::new();
    for item in items {
        if !seen.insert(item.product_id) {
            return Err(Error::invalid(
                "selection",
                format!("product {} is selected twice", item.product_id),
            )
            .reason("selected_twice")
            .into());
        }
        let row: Option<ToPay> = tx
            .query_row(
                "SELECT p.name, p.organization_id, p.kind, p.expires_on, p.price_minor,
                        p.period_months, p.currency, o.name, o.country, o.document_code,
                        o.currency
                 FROM products p JOIN organizations o ON o.id = p.organization_id WHERE p.id = ?1",
                [item.product_id],
                |r| {
                    Ok(ToPay {
                        name: r.get(0)?,
                        org: r.get(1)?,
                        kind: r.get(2)?,
                        expires_on: r.get(3)?,
                        price: r.get(4)?,
                        period: r.get(5)?,
                        currency: r.get(6)?,
                        org_name: r.get(7)?,
                        country: r.get(8)?,
                        code: r.get(9)?,
                        org_currency: r.get(10)?,
                    })
                },
            )
            .optional()?;
        let Some(ToPay {
            name,
            org,
            kind,
            expires_on,
            price,
            period,
            currency,
            org_name,
            country,
            code,
            org_currency,
        }) = row
        else {
            return Err(Error::not_found("product", item.product_id)
                .with_field("selection")
                .into());
        };
        if crate::provider::product_gone(tx, item.product_id)? {
            return Err(comptoir_core::renewal::gone_refusal(&name).into());
        }
        // A synced product has no price here (the provider's public API gives none): renewing it
        // would move its expiry locally for nothing, and the next sync would move it back.
        if price == 0 && crate::provider::product_synced(tx, item.product_id)? {
            return Err(Error::new(
                ErrorCode::Conflict,
                format!(
                    "{name} comes from the provider, whose public API gives no price: renew it \
                     in the provider's Manager"
                ),
            )
            .with_field("selection")
            .reason("renew_at_provider")
            .with_param("product", &name)
            .into());
        }
        let kind = ProductKind::parse(&kind)?;
        let expires_on: NaiveDate = expires_on.parse().map_err(|_| {
            Error::storage(format!("product {} has a bad expiry date", item.product_id))
        })?;
        let day = today.get(&org).copied().unwrap_or(expires_on);
        // PAY-1: a cancelled product can no longer be renewed.
        if Lifecycle::of(expires_on).status(day, false) == ProductStatus::Cancelled {
            return Err(Error::rule(
                RuleId::Pay1,
                format!(
                    "{name} was cancelled (unpaid since {expires_on}): it can no longer be renewed"
                ),
            )
            .reason("product_cancelled")
            .with_param("product", &name)
            .with_param("since", expires_on)
            .with_field("selection")
            .into());
        }
        kind.check_period(item.period_months).map_err(|e| Error {
            message: format!("{name}: {}", e.message),
            ..e
        })?;
        let net =
            (price * i64::from(item.period_months) + i64::from(period) / 2) / i64::from(period);
        let rate_bp = vat_rate_bp(&country);
        let to = expires_on + Months::new(item.period_months.into());
        // One organization, one currency: never trust the data to agree (a product billed in
        // another currency than its organization is refused, not converted or guessed).
        let org_currency = Currency::parse(&org_currency)?;
        if Currency::parse(&currency)? != org_currency {
            return Err(Error::new(
                ErrorCode::CurrencyMismatch,
                format!(
                    "{name} is priced in {currency} but {org_name} is billed in {}: it cannot be \
                     paid with the rest of the selection",
                    org_currency.code()
                ),
            )
            .reason("product_other_currency")
            .with_param("product", &name)
            .with_param("currency", currency)
            .with_field("selection")
            .with_param("product_id", item.product_id)
            .into());
        }
        let group = groups.entry(org).or_insert_with(|| OrgGroup {
            organization_id: org,
            organization_name: org_name,
            currency: org_currency,
            code,
            lines: Vec::new(),
            vat_adjust: 0,
        });
        group.lines.push(Line {
            product_id: item.product_id,
            text: StoredText::Renewal {
                product: name.clone(),
                months: item.period_months,
            },
            months: item.period_months,
            from: expires_on,
            to,
            net,
            vat: vat_minor(net, rate_bp),
            rate_bp,
        });
    }
    Ok(groups.into_values().collect())
}

fn balance_minor(tx: &rusqlite::Connection, org: i64) -> StoreResult<i64> {
    Ok(tx.query_row(
        "SELECT coalesce(sum(amount_minor), 0) FROM prepaid_movements
         WHERE organization_id = ?1 AND pending = 0",
        [org],
        |r| r.get(0),
    )?)
}

/// The next number of a document series (one per kind and organization): never reused, no
/// gaps, because documents are never deleted and numbering happens in the issuing transaction.
fn next_number(
    tx: &Transaction<'_>,
    org: i64,
    code: &str,
    kind: InvoiceKind,
) -> StoreResult<String> {
    let n: i64 = tx.query_row(
        "SELECT count(*) FROM invoices WHERE organization_id = ?1 AND kind = ?2",
        params![org, kind.as_str()],
        |r| r.get(0),
    )?;
    let prefix = match kind {
        InvoiceKind::Invoice => "INV",
        InvoiceKind::ProForma => "PRO",
        InvoiceKind::CreditNote => "CRN",
    };
    Ok(format!("{prefix}-{code}-{:05}", n + 1))
}

fn issue_document(
    tx: &Transaction<'_>,
    group: &OrgGroup,
    kind: InvoiceKind,
    today: NaiveDate,
    paid_minor: i64,
    order_id: Option<i64>,
    corrects: Option<i64>,
) -> StoreResult<(i64, String)> {
    if kind != InvoiceKind::CreditNote && paid_minor < group.total() {
        crate::documents::check_qr_bill_parties(tx, group.organization_id, group.currency)?;
    }
    let number = next_number(tx, group.organization_id, &group.code, kind)?;
    tx.execute(
        "INSERT INTO invoices(organization_id, kind, number, issued_on, due_on, total_minor,
            paid_minor, currency, order_id, corrects_invoice_id)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
        params![
            group.organization_id,
            kind.as_str(),
            number,
            today.to_string(),
            (today + chrono::Days::new(PAYMENT_TERM_DAYS)).to_string(),
            group.total(),
            paid_minor,
            group.currency.code(),
            order_id,
            corrects
        ],
    )?;
    let id = tx.last_insert_rowid();
    let english = comptoir_i18n::Catalogue::for_tag("en");
    for l in &group.lines {
        tx.execute(
            "INSERT INTO invoice_lines(invoice_id, product_id, description, period_from, period_to,
                quantity, unit_price_minor, vat_rate_bp, amount_minor, text_code)
             VALUES (?1, ?2, ?3, ?4, ?5, 1, ?6, ?7, ?8, ?9)",
            params![
                id,
                l.product_id,
                english.stored_text(&l.text),
                l.from.to_string(),
                l.to.to_string(),
                l.net,
                l.rate_bp,
                l.net + l.vat,
                l.text.to_code()
            ],
        )?;
    }
    Ok((id, number))
}

/// What a document needs of its buyer organization: name, document code, country (for VAT).
fn document_header(tx: &Transaction<'_>, org: i64) -> StoreResult<(String, String, String)> {
    Ok(tx.query_row(
        "SELECT name, document_code, country FROM organizations WHERE id = ?1",
        [org],
        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
    )?)
}

/// Extends each product of a paid order by its period (REN-1 / PAY-3), once: a product whose
/// line of this order's invoice was taken back by a credit note is not extended.
fn extend_products(tx: &Transaction<'_>, order_id: i64) -> StoreResult<()> {
    tx.execute(
        "UPDATE products SET
            expires_on = date(expires_on, '+' || (SELECT l.period_months FROM order_lines l
                WHERE l.order_id = ?1 AND l.product_id = products.id) || ' months'),
            period_months = (SELECT l.period_months FROM order_lines l
                WHERE l.order_id = ?1 AND l.product_id = products.id),
            price_minor = (SELECT l.net_minor FROM order_lines l
                WHERE l.order_id = ?1 AND l.product_id = products.id)
         WHERE id IN (SELECT product_id FROM order_lines WHERE order_id = ?1)
           AND id NOT IN (SELECT il.product_id FROM invoices i
                          JOIN invoice_lines il ON il.invoice_id = i.id
                          JOIN invoice_lines cl ON cl.credits_line_id = il.id
                          WHERE i.order_id = ?1 AND il.product_id IS NOT NULL)",
        [order_id],
    )?;
    Ok(())
}

/// PAY-4: a product or order already on its way to being paid is paid through it.
fn pay4_conflict(message: String) -> Error {
    Error {
        rule: Some(RuleId::Pay4),
        ..Error::new(ErrorCode::Conflict, message)
    }
}

/// An order `actor` may pay or cancel (ORG-6 on its products), still pending (else Conflict).
struct PendingOrder {
    org: i64,
    total: i64,
    currency: Currency,
    prepaid: i64,
    products: Vec<i64>,
}

fn pending_order(tx: &Transaction<'_>, actor: i64, order_id: i64) -> StoreResult<PendingOrder> {
    let row: Option<(i64, String, i64, String, i64)> = tx
        .query_row(
            "SELECT organization_id, status, total_minor, currency, prepaid_minor
             FROM orders WHERE id = ?1",
            [order_id],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)),
        )
        .optional()?;
    let (org, status, total, currency, prepaid) =
        row.ok_or_else(|| Error::not_found("order", order_id).with_field("order_id"))?;
    let products: Vec<i64> = {
        let mut stmt = tx.prepare("SELECT product_id FROM order_lines WHERE order_id = ?1")?;
        let rows = stmt.query_map([order_id], |r| r.get(0))?;
        rows.collect::<Result<_, _>>()?
    };
    check_actor(tx, org, actor, BillingAction::PayProducts, &products)?;
    if status == "cancelled" {
        return Err(Error::new(
            ErrorCode::Conflict,
            format!("order {order_id} was cancelled: its pro-forma is void and nothing is to be paid; renew the products again instead"),
        )
        .reason("order_cancelled")
        .with_param("order_id", order_id)
        .with_field("order_id")
        .into());
    }
    // KC-5/KC-6: an order blocked for identity verification is neither paid nor cancelled
    // here; it waits for the verification (or is cancelled by the clock).
    let blocked: bool = tx.query_row(
        "SELECT EXISTS (SELECT 1 FROM kc_blocks WHERE order_id = ?1 AND cancelled_at IS NULL)",
        [order_id],
        |r| r.get(0),
    )?;
    if blocked && status == "pending" {
        return Err(Error::rule(
            comptoir_core::RuleId::Kc5,
            format!("order {order_id} is blocked for identity verification"),
        )
        .reason("kc_blocked")
        .with_param("order_id", order_id)
        .with_field("order_id")
        .into());
    }
    if status != "pending" {
        return Err(Error::new(
            ErrorCode::Conflict,
            format!("order {order_id} is already {status}"),
        )
        .reason("order_not_pending")
        .with_param("order_id", order_id)
        .with_param("status", &status)
        .with_field("order_id")
        .into());
    }
    Ok(PendingOrder {
        org,
        total,
        currency: Currency::parse(&currency)?,
        prepaid,
        products,
    })
}

/// The kind of payment method `id` of organization `org`; an unknown id or another
/// organization's method is refused with the field named (never replaced by another one), and
/// so is a card past its expiry on `today`.
fn method_kind(
    tx: &rusqlite::Connection,
    org: i64,
    id: i64,
    today: NaiveDate,
) -> StoreResult<PaymentMethodKind> {
    let row: Option<(String, Option<String>)> = tx
        .query_row(
            "SELECT kind, expiry FROM payment_methods WHERE id = ?1 AND organization_id = ?2",
            params![id, org],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    let (kind, expiry) = row.ok_or_else(|| {
        let elsewhere: bool = tx
            .query_row(
                "SELECT EXISTS (SELECT 1 FROM payment_methods WHERE id = ?1)",
                [id],
                |r| r.get(0),
            )
            .unwrap_or(false);
        if elsewhere {
            Error::invalid(
                "method",
                format!("payment method {id} belongs to another organization"),
            )
            .reason("method_other_org")
            .with_param("organization_id", org)
        } else {
            Error::not_found("payment method", id)
                .with_field("method")
                .with_param("organization_id", org)
        }
    })?;
    comptoir_core::billing::check_card_on(expiry.as_deref(), today)?;
    Ok(PaymentMethodKind::parse(&kind)?)
}

/// REN-2: a renewal or order paid with a method that can carry auto-renewal (card, saved Twint
/// profile) switches auto-renewal on with it. Returns the names of the products switched on.
fn switch_auto_renew_on(
    tx: &Transaction<'_>,
    order_id: i64,
    method_id: i64,
    kind: PaymentMethodKind,
) -> StoreResult<Vec<String>> {
    if !kind.allows_auto_renew() {
        return Ok(Vec::new());
    }
    let names: Vec<String> = {
        let mut stmt = tx.prepare(
            "SELECT p.name FROM products p JOIN order_lines l ON l.product_id = p.id
             WHERE l.order_id = ?1 AND NOT (p.auto_renew = 1 AND p.auto_renew_method_id IS ?2)
               AND p.id NOT IN (SELECT il.product_id FROM invoices i
                                JOIN invoice_lines il ON il.invoice_id = i.id
                                JOIN invoice_lines cl ON cl.credits_line_id = il.id
                                WHERE i.order_id = ?1 AND il.product_id IS NOT NULL)
             ORDER BY p.name, p.id",
        )?;
        let rows = stmt.query_map(params![order_id, method_id], |r| r.get(0))?;
        rows.collect::<Result<_, _>>()?
    };
    tx.execute(
        "UPDATE products SET auto_renew = 1, auto_renew_method_id = ?2
         WHERE id IN (SELECT product_id FROM order_lines WHERE order_id = ?1)
           AND id NOT IN (SELECT il.product_id FROM invoices i
                          JOIN invoice_lines il ON il.invoice_id = i.id
                          JOIN invoice_lines cl ON cl.credits_line_id = il.id
                          WHERE i.order_id = ?1 AND il.product_id IS NOT NULL)",
        params![order_id, method_id],
    )?;
    Ok(names)
}

/// What a request asked for: every organization's products, periods and way to pay. A reused
/// idempotency key must ask exactly the same.
fn fingerprint(groups: &[(&OrgGroup, &PaymentChoice)]) -> String {
    let mut parts: Vec<String> = groups
        .iter()
        .map(|(g, choice)| {
            let mut items: Vec<(i64, u16)> =
                g.lines.iter().map(|l| (l.product_id, l.months)).collect();
            items.sort_unstable();
            let items: Vec<String> = items.iter().map(|(p, m)| format!("{p}x{m}")).collect();
            format!(
                "org={};items={};method={};prepaid={}",
                g.organization_id,
                items.join(","),
                choice.method_id.map(|m| m.to_string()).unwrap_or_default(),
                choice.use_prepaid
            )
        })
        .collect();
    parts.sort();
    format!("v2|{}", parts.join("|"))
}

/// Refuses (409, PAY-3) a key already used for another request, in any organization.
fn check_key_request(tx: &Transaction<'_>, key: &str, fingerprint: &str) -> StoreResult<()> {
    let prefix = format!("{key}:");
    let other: Option<i64> = tx
        .query_row(
            "SELECT id FROM orders WHERE substr(idempotency_key, 1, ?2) = ?1
               AND request_fingerprint IS NOT NULL AND request_fingerprint <> ?3 LIMIT 1",
            params![prefix, prefix.chars().count() as i64, fingerprint],
            |r| r.get(0),
        )
        .optional()?;
    match other {
        None => Ok(()),
        Some(order_id) => Err(key_reused(order_id)),
    }
}

fn key_reused(order_id: i64) -> crate::StoreError {
    Error {
        rule: Some(RuleId::Pay3),
        ..Error::new(
            ErrorCode::Conflict,
            format!(
                "this payment key was already used for order {order_id} with another selection \
                 or method: start the payment again"
            ),
        )
        .reason("payment_key_reused")
    }
    .with_field("idempotency_key")
    .with_param("order_id", order_id)
    .into()
}

/// The open order `product` is on: a pending order (pro-forma waiting for a transfer, or an
/// invoice not yet paid), with the number of its latest document.
fn open_order(conn: &rusqlite::Connection, product: i64) -> StoreResult<Option<(i64, String)>> {
    Ok(conn
        .query_row(
            "SELECT o.id, coalesce((SELECT i.number FROM invoices i WHERE i.order_id = o.id
                                    ORDER BY i.id DESC LIMIT 1), '')
             FROM order_lines l JOIN orders o ON o.id = l.order_id
             WHERE l.product_id = ?1 AND o.status = 'pending'
             ORDER BY o.id LIMIT 1",
            [product],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?)
}

/// PAY-4: a product on an open order, or on an unpaid invoice, is paid through it: never a
/// second order for the same period.
fn check_not_open(conn: &rusqlite::Connection, product: i64) -> StoreResult<()> {
    let name = || -> StoreResult<String> {
        Ok(
            conn.query_row("SELECT name FROM products WHERE id = ?1", [product], |r| {
                r.get(0)
            })?,
        )
    };
    if let Some((order_id, number)) = open_order(conn, product)? {
        return Err(pay4_conflict(format!(
            "{} is already on {number}, not yet paid: pay {number} instead of renewing it again",
            name()?
        ))
        .reason("product_on_open_order")
        .with_param("product", name()?)
        .with_field("selection")
        .with_param("product_id", product)
        .with_param("order_id", order_id)
        .with_param("document_number", number)
        .into());
    }
    let unpaid: Option<String> = conn
        .query_row(
            "SELECT i.number FROM invoice_lines l JOIN invoices i ON i.id = l.invoice_id
             WHERE l.product_id = ?1 AND i.kind = 'invoice' AND i.paid_minor < i.total_minor
             ORDER BY i.id LIMIT 1",
            [product],
            |r| r.get(0),
        )
        .optional()?;
    if let Some(number) = unpaid {
        return Err(pay4_conflict(format!(
            "{} is on the unpaid invoice {number}: it is paid through that invoice",
            name()?
        ))
        .reason("product_on_unpaid_invoice")
        .with_param("product", name()?)
        .with_field("selection")
        .with_param("product_id", product)
        .with_param("document_number", number)
        .into());
    }
    Ok(())
}

/// An order's lines as a document group (for the invoice of a paid pro-forma).
fn order_group(
    tx: &Transaction<'_>,
    org: i64,
    order_id: i64,
    currency: Currency,
) -> StoreResult<OrgGroup> {
    let (name, code, country) = document_header(tx, org)?;
    let mut stmt = tx.prepare(
        "SELECT l.product_id, p.name, l.period_months, l.net_minor, l.vat_minor, p.expires_on
         FROM order_lines l JOIN products p ON p.id = l.product_id WHERE l.order_id = ?1 ORDER BY l.id",
    )?;
    let lines: Vec<Line> = stmt
        .query_map([order_id], |r| {
            let from: String = r.get(5)?;
            let months: u16 = r.get(2)?;
            let from: NaiveDate = from.parse().unwrap_or_default();
            let name: String = r.get(1)?;
            Ok(Line {
                product_id: r.get(0)?,
                text: StoredText::Renewal {
                    product: name.clone(),
                    months,
                },
                months,
                from,
                to: from + Months::new(months.into()),
                net: r.get(3)?,
                vat: r.get(4)?,
                rate_bp: vat_rate_bp(&country),
            })
        })?
        .collect::<Result<_, _>>()?;
    Ok(OrgGroup {
        organization_id: org,
        organization_name: name,
        currency,
        code,
        lines,
        vat_adjust: 0,
    })
}

impl Store {
    /// PAY-8: what paying `items` will produce, per organization, before confirming.
    pub fn pay_preview(&self, items: &[PayItem]) -> StoreResult<Vec<PaySplit>> {
        let today = self.today_by_org()?;
        let groups = price_selection(self.conn(), items, &today)?;
        for item in items {
            check_not_open(self.conn(), item.product_id)?;
        }
        groups
            .iter()
            .map(|g| {
                Ok(PaySplit {
                    organization_id: g.organization_id,
                    organization_name: g.organization_name.clone(),
                    lines: g.lines.len() as u32,
                    net: Money::from_minor(g.net(), g.currency),
                    vat: Money::from_minor(g.vat(), g.currency),
                    total: Money::from_minor(g.total(), g.currency),
                    prepaid_available: Money::from_minor(
                        balance_minor(self.conn(), g.organization_id)?,
                        g.currency,
                    ),
                })
            })
            .collect()
    }

    /// PAY-3 / PAY-5 / PAY-8: pays a selection as `actor`. All or nothing: any refusal changes
    /// nothing. A product already on an open order or an unpaid invoice is refused (it is paid
    /// through that order, never renewed twice); a key reused for another request is refused.
    pub fn pay_selection(
        &mut self,
        actor: i64,
        items: &[PayItem],
        choices: &[PaymentChoice],
        idempotency_key: &str,
    ) -> StoreResult<Vec<PaidOrder>> {
        let key = idempotency_key.trim();
        if key.len() < 8 || key.len() > 100 {
            return Err(Error::invalid(
                "idempotency_key",
                "an idempotency key is 8 to 100 characters",
            )
            .into());
        }
        let today_by_org = self.today_by_org()?;
        let tx = self
            .conn_mut()
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let ids: Vec<i64> = items.iter().map(|i| i.product_id).collect();
        check_actor_on_products(&tx, actor, BillingAction::PayProducts, &ids)?;
        let groups = price_selection(&tx, items, &today_by_org)?;
        // REN-7: no silent failure: a choice for an organization that is not paying, or two
        // choices for one, is a mistake of the caller.
        let mut chosen = std::collections::HashSet::new();
        for c in choices {
            if !groups
                .iter()
                .any(|g| g.organization_id == c.organization_id)
            {
                return Err(Error::invalid(
                    "method",
                    format!(
                        "organization {} has nothing in this selection to pay",
                        c.organization_id
                    ),
                )
                .reason("method_nothing_to_pay")
                .into());
            }
            if !chosen.insert(c.organization_id) {
                return Err(Error::invalid(
                    "method",
                    format!(
                        "organization {} is given two ways to pay",
                        c.organization_id
                    ),
                )
                .reason("method_given_twice")
                .into());
            }
        }
        let mut chosen_groups = Vec::with_capacity(groups.len());
        for g in &groups {
            let choice = choices
                .iter()
                .find(|c| c.organization_id == g.organization_id)
                .ok_or_else(|| {
                    Error::invalid("method", format!("choose how {} pays", g.organization_name))
                        .reason("method_needed")
                        .with_param("organization", &g.organization_name)
                })?;
            chosen_groups.push((g, choice));
        }
        // One key, one request: the whole selection and every organization's choice, checked
        // before anything is paid (a key reused with one more organization must not pay it).
        let fingerprint = fingerprint(&chosen_groups);
        check_key_request(&tx, key, &fingerprint)?;
        let mut out = Vec::new();
        for (g, choice) in chosen_groups {
            let org_key = format!("{key}:{}", g.organization_id);
            if let Some(done) = replay(&tx, &org_key, &fingerprint)? {
                out.push(done);
                continue;
            }
            for l in &g.lines {
                check_not_open(&tx, l.product_id)?;
            }
            let today = today_by_org
                .get(&g.organization_id)
                .copied()
                .unwrap_or_default();
            let total = g.total();
            let prepaid = if choice.use_prepaid {
                balance_minor(&tx, g.organization_id)?.clamp(0, total)
            } else {
                0
            };
            let rest = total - prepaid;
            let method = match choice.method_id {
                None => None,
                Some(id) => Some((id, method_kind(&tx, g.organization_id, id, today)?)),
            };
            if rest > 0 && method.is_none() {
                return Err(Error::invalid(
                    "method",
                    format!(
                        "the prepaid balance does not cover {}: choose a method for the remaining {}",
                        g.organization_name,
                        Money::from_minor(rest, g.currency)
                    ),
                ).reason("prepaid_short").with_param("organization", &g.organization_name)
                .into());
            }
            if let Some((_, kind)) = method {
                kind.check_currency(g.currency)?;
            }
            let pending = rest > 0 && matches!(method, Some((_, PaymentMethodKind::IbanTransfer)));
            let status = if pending {
                OrderStatus::Pending
            } else {
                OrderStatus::Paid
            };
            tx.execute(
                "INSERT INTO orders(organization_id, idempotency_key, created_on, status, total_minor,
                    currency, method_id, prepaid_minor, request_fingerprint)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
                params![
                    g.organization_id,
                    org_key,
                    today.to_string(),
                    if pending { "pending" } else { "paid" },
                    total,
                    g.currency.code(),
                    method.map(|m| m.0),
                    prepaid,
                    fingerprint
                ],
            )?;
            let order_id = tx.last_insert_rowid();
            for l in &g.lines {
                tx.execute(
                    "INSERT INTO order_lines(order_id, product_id, period_months, net_minor, vat_minor)
                     VALUES (?1, ?2, ?3, ?4, ?5)",
                    params![order_id, l.product_id, l.months, l.net, l.vat],
                )?;
            }
            if prepaid > 0 {
                tx.execute(
                    "INSERT INTO prepaid_movements(organization_id, on_date, amount_minor, currency,
                        description, text_code) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                    params![
                        g.organization_id,
                        today.to_string(),
                        -prepaid,
                        g.currency.code(),
                        english_text(&StoredText::OrderPaidFromBalance { order: order_id }),
                        StoredText::OrderPaidFromBalance { order: order_id }.to_code()
                    ],
                )?;
            }
            let (kind, paid) = if pending {
                (InvoiceKind::ProForma, prepaid)
            } else {
                (InvoiceKind::Invoice, total)
            };
            let (document_id, number) =
                issue_document(&tx, g, kind, today, paid, Some(order_id), None)?;
            let mut auto_renew_on = Vec::new();
            if !pending {
                extend_products(&tx, order_id)?;
                // REN-2: only when the method actually paid something.
                if rest > 0 {
                    if let Some((mid, kind)) = method {
                        auto_renew_on = switch_auto_renew_on(&tx, order_id, mid, kind)?;
                    }
                }
            }
            out.push(PaidOrder {
                order_id,
                organization_id: g.organization_id,
                status,
                document_id,
                document_kind: kind,
                document_number: number,
                total: Money::from_minor(total, g.currency),
                paid_from_prepaid: Money::from_minor(prepaid, g.currency),
                replayed: false,
                auto_renew_on,
            });
        }
        tx.commit()?;
        Ok(out)
    }

    /// PAY-4: pays a pending order as `actor`, with `method_id` or, for an IBAN transfer, by
    /// recording that the transfer arrived. An order whose invoice is already issued (unpaid,
    /// overdue) has that invoice marked paid; an order with a pro-forma gets its invoice now.
    /// Either way its products are renewed once, except lines a credit note has taken back.
    pub fn pay_pending_order(
        &mut self,
        actor: i64,
        order_id: i64,
        method_id: i64,
    ) -> StoreResult<PaidOrder> {
        let today_by_org = self.today_by_org()?;
        let tx = self
            .conn_mut()
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let PendingOrder {
            org,
            total,
            currency,
            prepaid,
            products,
        } = pending_order(&tx, actor, order_id)?;
        if products.is_empty() {
            return Err(Error::storage(format!(
                "order {order_id} has no lines: there is nothing it would pay for"
            ))
            .into());
        }
        let today = today_by_org.get(&org).copied().unwrap_or_default();
        let kind = method_kind(&tx, org, method_id, today)?;
        kind.check_currency(currency)?;
        let unpaid_invoice: Option<(i64, String)> = tx
            .query_row(
                "SELECT id, number FROM invoices WHERE order_id = ?1 AND kind = 'invoice'
                 ORDER BY id DESC LIMIT 1",
                [order_id],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?;
        let (document_id, number) = match unpaid_invoice {
            Some((id, number)) => {
                tx.execute(
                    "UPDATE invoices SET paid_minor = max(paid_minor, total_minor) WHERE id = ?1",
                    [id],
                )?;
                (id, number)
            }
            None => {
                let group = order_group(&tx, org, order_id, currency)?;
                issue_document(
                    &tx,
                    &group,
                    InvoiceKind::Invoice,
                    today,
                    total,
                    Some(order_id),
                    None,
                )?
            }
        };
        tx.execute(
            "UPDATE orders SET status = 'paid', method_id = ?2 WHERE id = ?1",
            params![order_id, method_id],
        )?;
        extend_products(&tx, order_id)?;
        let auto_renew_on = if total > prepaid {
            switch_auto_renew_on(&tx, order_id, method_id, kind)?
        } else {
            Vec::new()
        };
        tx.commit()?;
        Ok(PaidOrder {
            order_id,
            organization_id: org,
            status: OrderStatus::Paid,
            document_id,
            document_kind: InvoiceKind::Invoice,
            document_number: number,
            total: Money::from_minor(total, currency),
            paid_from_prepaid: Money::from_minor(prepaid, currency),
            replayed: false,
            auto_renew_on,
        })
    }

    /// PAY-4: cancels, as `actor`, an order still waiting for its transfer (a pro-forma, no
    /// invoice yet): nothing is renewed, and the part already taken from the prepaid balance goes
    /// back to it. An order whose invoice is issued is settled by paying it or by a credit note.
    pub fn cancel_pending_order(&mut self, actor: i64, order_id: i64) -> StoreResult<()> {
        let today_by_org = self.today_by_org()?;
        let tx = self
            .conn_mut()
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let PendingOrder {
            org,
            prepaid,
            currency,
            ..
        } = pending_order(&tx, actor, order_id)?;
        let invoice: Option<String> = tx
            .query_row(
                "SELECT number FROM invoices WHERE order_id = ?1 AND kind = 'invoice' LIMIT 1",
                [order_id],
                |r| r.get(0),
            )
            .optional()?;
        if let Some(number) = invoice {
            return Err(pay4_conflict(format!(
                "invoice {number} is issued for this order: pay it, or issue a credit note"
            ))
            .reason("order_invoiced")
            .with_field("order_id")
            .with_param("document_number", number)
            .into());
        }
        tx.execute(
            "UPDATE orders SET status = 'cancelled' WHERE id = ?1",
            [order_id],
        )?;
        if prepaid > 0 {
            let today = today_by_org.get(&org).copied().unwrap_or_default();
            tx.execute(
                "INSERT INTO prepaid_movements(organization_id, on_date, amount_minor, currency,
                    description, text_code) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                params![
                    org,
                    today.to_string(),
                    prepaid,
                    currency.code(),
                    english_text(&StoredText::OrderCancelled { order: order_id }),
                    StoredText::OrderCancelled { order: order_id }.to_code()
                ],
            )?;
        }
        tx.commit()?;
        Ok(())
    }

    /// The open order a product is on (PAY-4), to pay it through that order rather than renew
    /// it again: its id and the number of its latest document.
    pub fn open_order_ref(
        &self,
        product_id: i64,
    ) -> StoreResult<Option<comptoir_core::billing::DocumentRef>> {
        let Some((order_id, number)) = open_order(self.conn(), product_id)? else {
            return Ok(None);
        };
        let (total, currency): (i64, String) = self.conn().query_row(
            "SELECT total_minor, currency FROM orders WHERE id = ?1",
            [order_id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        Ok(Some(comptoir_core::billing::DocumentRef {
            id: order_id,
            number,
            total: Money::from_minor(total, Currency::parse(&currency)?),
        }))
    }

    /// PAY-5: saves a payment method. Cards keep brand, last four digits and expiry only.
    pub fn add_payment_method(
        &mut self,
        actor: i64,
        org: i64,
        new: &NewPaymentMethod,
    ) -> StoreResult<i64> {
        let o = self.organization(org)?;
        check_actor(
            self.conn(),
            org,
            actor,
            BillingAction::ManagePaymentMethods,
            &[],
        )?;
        let today = self.clock().today(comptoir_core::clock::DEFAULT_TZ);
        let label = comptoir_core::text::check_text("label", &new.label, 60)?;
        new.kind.check_currency(o.currency)?;
        let (last4, expiry) = match new.kind {
            PaymentMethodKind::Visa | PaymentMethodKind::Mastercard | PaymentMethodKind::CbCard => {
                (
                    Some(validate_last4(new.last4.as_deref().unwrap_or(""))?),
                    Some(validate_card_expiry(
                        new.expiry.as_deref().unwrap_or(""),
                        today,
                    )?),
                )
            }
            PaymentMethodKind::PostfinanceCard => (
                Some(validate_last4(new.last4.as_deref().unwrap_or(""))?),
                new.expiry
                    .as_deref()
                    .filter(|e| !e.trim().is_empty())
                    .map(|e| validate_card_expiry(e, today))
                    .transpose()?,
            ),
            _ => (None, None),
        };
        let tx = self.conn_mut().transaction()?;
        if new.kind == PaymentMethodKind::IbanTransfer {
            let exists: i64 = tx.query_row(
                "SELECT count(*) FROM payment_methods WHERE organization_id = ?1 AND kind = 'iban_transfer'",
                [org],
                |r| r.get(0),
            )?;
            if exists > 0 {
                return Err(Error::new(
                    ErrorCode::Conflict,
                    "IBAN transfer is already a method of this organization",
                )
                .reason("iban_transfer_exists")
                .with_field("kind")
                .into());
            }
        }
        // Saving the same method twice (a double click, a retry) keeps one: a card by its
        // digits and expiry, a Twint or PayPal profile by its label.
        let same: Option<i64> = if last4.is_some() {
            tx.query_row(
                "SELECT id FROM payment_methods WHERE organization_id = ?1 AND kind = ?2
                   AND last4 IS ?3 AND expiry IS ?4",
                params![org, new.kind.as_str(), last4, expiry],
                |r| r.get(0),
            )
            .optional()?
        } else {
            tx.query_row(
                "SELECT id FROM payment_methods WHERE organization_id = ?1 AND kind = ?2
                   AND label = ?3 COLLATE NOCASE",
                params![org, new.kind.as_str(), label],
                |r| r.get(0),
            )
            .optional()?
        };
        if let Some(id) = same {
            return Err(Error::new(
                ErrorCode::Conflict,
                "this payment method is already saved for this organization",
            )
            .reason("method_already_saved")
            .with_field(if last4.is_some() { "last4" } else { "label" })
            .with_param("method_id", id)
            .into());
        }
        let first: i64 = tx.query_row(
            "SELECT count(*) FROM payment_methods WHERE organization_id = ?1",
            [org],
            |r| r.get(0),
        )?;
        tx.execute(
            "INSERT INTO payment_methods(organization_id, kind, label, last4, expiry, is_default)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![org, new.kind.as_str(), label, last4, expiry, first == 0],
        )?;
        let id = tx.last_insert_rowid();
        tx.commit()?;
        Ok(id)
    }

    pub fn set_default_method(&mut self, actor: i64, org: i64, method_id: i64) -> StoreResult<()> {
        self.organization(org)?;
        let tx = self.conn_mut().transaction()?;
        check_actor(&tx, org, actor, BillingAction::ManagePaymentMethods, &[])?;
        let n = tx.execute(
            "UPDATE payment_methods SET is_default = (id = ?2) WHERE organization_id = ?1
             AND EXISTS (SELECT 1 FROM payment_methods WHERE id = ?2 AND organization_id = ?1)",
            params![org, method_id],
        )?;
        if n == 0 {
            return Err(Error::not_found("payment method", method_id)
                .with_field("method")
                .into());
        }
        tx.commit()?;
        Ok(())
    }

    /// PAY-6, checked without writing: the amount as the engine reads it (in the organization's
    /// currency), for the UI to show back before the person confirms the charge. The same checks
    /// as [`Store::top_up`]: who may, the range, the method and its currency.
    pub fn top_up_preview(
        &self,
        actor: i64,
        org: i64,
        amount: &str,
        locale: &str,
        method: PaymentMethodKind,
    ) -> StoreResult<Money> {
        let o = self.organization(org)?;
        check_actor(self.conn(), org, actor, BillingAction::TopUp, &[])?;
        let money = validate_top_up(amount, locale, o.currency)?;
        let allowed = matches!(
            method,
            PaymentMethodKind::Visa
                | PaymentMethodKind::Mastercard
                | PaymentMethodKind::CbCard
                | PaymentMethodKind::PostfinanceCard
                | PaymentMethodKind::IbanTransfer
        );
        if !allowed {
            return Err(Error::rule(
                RuleId::Pay6,
                "a top-up is paid by card, PostFinance or IBAN transfer",
            )
            .reason("top_up_method")
            .with_field("method")
            .into());
        }
        method.check_currency(o.currency).map_err(|e| Error {
            rule: Some(RuleId::Pay6),
            ..e
        })?;
        Ok(money)
    }

    /// PAY-6: tops up the prepaid account by card, PostFinance (CHF) or IBAN transfer (pending
    /// until the money arrives).
    pub fn top_up(
        &mut self,
        actor: i64,
        org: i64,
        amount: &str,
        locale: &str,
        method: PaymentMethodKind,
        idempotency_key: Option<&str>,
    ) -> StoreResult<PrepaidAccount> {
        let o = self.organization(org)?;
        let money = self.top_up_preview(actor, org, amount, locale, method)?;
        // A double click or a retry deposits once; the same key for another amount or method
        // is refused, as for payments.
        let key = idempotency_key
            .map(|k| {
                let k = k.trim();
                if k.len() < 8 || k.len() > 100 {
                    Err(Error::invalid(
                        "idempotency_key",
                        "an idempotency key is 8 to 100 characters",
                    ))
                } else {
                    Ok(format!("{k}:{org}"))
                }
            })
            .transpose()?;
        let fingerprint = format!("v1;amount={};method={}", money.to_minor()?, method.as_str());
        if let Some(key) = &key {
            let asked: Option<Option<String>> = self
                .conn()
                .query_row(
                    "SELECT request_fingerprint FROM prepaid_movements WHERE idempotency_key = ?1",
                    [key],
                    |r| r.get(0),
                )
                .optional()?;
            match asked {
                Some(a) if a.as_deref() == Some(fingerprint.as_str()) => {
                    return self.prepaid_account(org)
                }
                Some(_) => {
                    return Err(Error {
                        rule: Some(RuleId::Pay6),
                        ..Error::new(
                            ErrorCode::Conflict,
                            "this top-up key was already used for another amount or method: \
                             start the top-up again",
                        )
                        .reason("payment_key_reused")
                    }
                    .with_field("idempotency_key")
                    .into())
                }
                None => {}
            }
        }
        let pending = method == PaymentMethodKind::IbanTransfer;
        let top_up = StoredText::TopUp {
            pending,
            method: Some(method),
        };
        let today = self.clock().today(comptoir_core::clock::DEFAULT_TZ);
        self.conn().execute(
            "INSERT INTO prepaid_movements(organization_id, on_date, amount_minor, currency,
                description, pending, idempotency_key, request_fingerprint, text_code)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
            params![
                org,
                today.to_string(),
                money.to_minor()?,
                o.currency.code(),
                english_text(&top_up),
                pending,
                key,
                fingerprint,
                top_up.to_code()
            ],
        )?;
        self.prepaid_account(org)
    }
}

/// An order already made with this key: return it as it is (nothing is charged again).
/// A key reused for a different request (other products, periods or method) is refused, as
/// payment APIs do, rather than answered with an order for something else.
fn replay(
    tx: &Transaction<'_>,
    org_key: &str,
    fingerprint: &str,
) -> StoreResult<Option<PaidOrder>> {
    type Row = (i64, i64, String, i64, String, i64, Option<String>);
    let row: Option<Row> = tx
        .query_row(
            "SELECT id, organization_id, status, total_minor, currency, prepaid_minor,
                    request_fingerprint
             FROM orders WHERE idempotency_key = ?1",
            [org_key],
            |r| {
                Ok((
                    r.get(0)?,
                    r.get(1)?,
                    r.get(2)?,
                    r.get(3)?,
                    r.get(4)?,
                    r.get(5)?,
                    r.get(6)?,
                ))
            },
        )
        .optional()?;
    let Some((order_id, org, status, total, currency, prepaid, asked)) = row else {
        return Ok(None);
    };
    if asked.as_deref().is_some_and(|a| a != fingerprint) {
        return Err(key_reused(order_id));
    }
    let (document_id, kind, number): (i64, String, String) = tx.query_row(
        "SELECT id, kind, number FROM invoices WHERE order_id = ?1 ORDER BY id DESC LIMIT 1",
        [order_id],
        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
    )?;
    let currency = Currency::parse(&currency)?;
    Ok(Some(PaidOrder {
        order_id,
        organization_id: org,
        status: match status.as_str() {
            "pending" => OrderStatus::Pending,
            "cancelled" => OrderStatus::Cancelled,
            _ => OrderStatus::Paid,
        },
        document_id,
        document_kind: InvoiceKind::parse(&kind)?,
        document_number: number,
        total: Money::from_minor(total, currency),
        paid_from_prepaid: Money::from_minor(prepaid, currency),
        replayed: true,
        auto_renew_on: Vec::new(),
    }))
}

impl Store {
    /// Issues, as `actor`, a credit note correcting `invoice_id` for the lines of `product_ids`
    /// (all lines not yet credited when empty): a cancellation or a refund. A line is credited
    /// once, and the invoice never beyond its total. A paid invoice's amount goes back to the
    /// prepaid balance; an unpaid one is offset against what is due (and its order, when
    /// nothing is left due, is cancelled: those products are not renewed by it). Returns the
    /// credit note's id and number (series CRN, one per organization, no gaps).
    pub fn issue_credit_note(
        &mut self,
        actor: i64,
        invoice_id: i64,
        product_ids: &[i64],
    ) -> StoreResult<(i64, String)> {
        let today_by_org = self.today_by_org()?;
        let tx = self
            .conn_mut()
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let (id, number, _) = credit_note_in(
            &tx,
            &today_by_org,
            Some(actor),
            invoice_id,
            product_ids,
            None,
        )?;
        tx.commit()?;
        Ok((id, number))
    }
}

/// The credit-note path inside a transaction: as `actor` (checked), or as the engine itself
/// (`None`: KC-6's cancellation on the clock). With `refund_method`, what a paid invoice gives
/// back goes to that payment method instead of the prepaid balance; returns that amount.
pub(crate) fn credit_note_in(
    tx: &Transaction<'_>,
    today_by_org: &std::collections::HashMap<i64, chrono::NaiveDate>,
    actor: Option<i64>,
    invoice_id: i64,
    product_ids: &[i64],
    refund_method: Option<i64>,
) -> StoreResult<(i64, String, i64)> {
    {
        type Head = (i64, String, String, i64, i64, String, Option<i64>);
        let head: Option<Head> = tx
            .query_row(
                "SELECT organization_id, kind, number, total_minor, paid_minor, currency, order_id
                 FROM invoices WHERE id = ?1",
                [invoice_id],
                |r| {
                    Ok((
                        r.get(0)?,
                        r.get(1)?,
                        r.get(2)?,
                        r.get(3)?,
                        r.get(4)?,
                        r.get(5)?,
                        r.get(6)?,
                    ))
                },
            )
            .optional()?;
        let (org, kind, inv_number, inv_total, inv_paid, currency, order_id) =
            head.ok_or_else(|| Error::not_found("invoice", invoice_id).with_field("invoice_id"))?;
        if let Some(actor) = actor {
            check_actor(tx, org, actor, BillingAction::IssueCreditNote, &[])?;
        }
        if kind != "invoice" {
            return Err(Error::invalid(
                "invoice_id",
                "only an invoice can be corrected by a credit note",
            )
            .reason("credit_invoice_only")
            .into());
        }
        let (name, code, country) = document_header(tx, org)?;
        // Each line of the invoice, with the credit note that already credited it, if any.
        type InvLine = (
            i64,
            Option<i64>,
            String,
            Option<String>,
            Option<String>,
            i64,
            i64,
            Option<String>,
            Option<String>,
        );
        let all: Vec<InvLine> = {
            let mut stmt = tx.prepare(
                "SELECT l.id, l.product_id, l.description, l.period_from, l.period_to,
                        l.unit_price_minor, l.quantity,
                        (SELECT c.number FROM invoice_lines cl JOIN invoices c ON c.id = cl.invoice_id
                         WHERE cl.credits_line_id = l.id LIMIT 1),
                        l.text_code
                 FROM invoice_lines l WHERE l.invoice_id = ?1 ORDER BY l.id",
            )?;
            let rows = stmt.query_map([invoice_id], |r| {
                Ok((
                    r.get(0)?,
                    r.get(1)?,
                    r.get(2)?,
                    r.get(3)?,
                    r.get(4)?,
                    r.get(5)?,
                    r.get(6)?,
                    r.get(7)?,
                    r.get(8)?,
                ))
            })?;
            rows.collect::<Result<_, _>>()?
        };
        for p in product_ids {
            let line = all.iter().find(|l| l.1 == Some(*p));
            match line {
                None => {
                    return Err(Error::invalid(
                        "product_ids",
                        format!("product {p} is not on invoice {inv_number}"),
                    )
                    .reason("product_not_on_invoice")
                    .with_param("document_number", &inv_number)
                    .into())
                }
                Some(l) if l.7.is_some() => {
                    // The product's name: the line's text is stored in English.
                    let product: String = tx
                        .query_row("SELECT name FROM products WHERE id = ?1", [p], |r| r.get(0))
                        .optional()?
                        .unwrap_or_else(|| l.2.clone());
                    return Err(Error::new(
                        ErrorCode::Conflict,
                        format!(
                            "{} was already credited by {}",
                            l.2,
                            l.7.as_deref().unwrap_or_default()
                        ),
                    )
                    .reason("already_credited")
                    .with_param("product", &product)
                    .with_field("product_ids")
                    .into());
                }
                Some(_) => {}
            }
        }
        let chosen: Vec<&InvLine> = all
            .iter()
            .filter(|l| l.7.is_none())
            .filter(|l| product_ids.is_empty() || l.1.is_some_and(|p| product_ids.contains(&p)))
            .collect();
        // What earlier credit notes took back, including any that name no line (older files).
        let credited: i64 = tx.query_row(
            "SELECT coalesce(-sum(total_minor), 0) FROM invoices
             WHERE corrects_invoice_id = ?1 AND kind = 'credit_note'",
            [invoice_id],
            |r| r.get(0),
        )?;
        let remaining = (inv_total - credited).max(0);
        if chosen.is_empty() || remaining == 0 {
            return Err(Error::new(
                ErrorCode::Conflict,
                format!("nothing is left to credit on {inv_number}: earlier credit notes cover it"),
            )
            .reason("nothing_to_credit")
            .with_param("document_number", &inv_number)
            .with_field("invoice_id")
            .into());
        }
        let day = |s: &Option<String>| {
            s.as_deref()
                .and_then(|d| d.parse().ok())
                .unwrap_or_default()
        };
        let rate_bp = vat_rate_bp(&country);
        let lines: Vec<(i64, Line)> = chosen
            .iter()
            .map(|l| {
                let net = -(l.5 * l.6);
                (
                    l.0,
                    Line {
                        product_id: l.1.unwrap_or(0),
                        text: StoredText::Credit {
                            of: Box::new(StoredText::from_code(l.8.as_deref(), &l.2)),
                        },
                        months: 0,
                        from: day(&l.3),
                        to: day(&l.4),
                        net,
                        vat: vat_minor(net, rate_bp),
                        rate_bp,
                    },
                )
            })
            .collect();
        let mut group = OrgGroup {
            organization_id: org,
            organization_name: name,
            currency: Currency::parse(&currency)?,
            code,
            lines: lines.iter().map(|(_, l)| l.clone()).collect(),
            vat_adjust: 0,
        };
        // VAT of a credit note, per rate: the VAT of everything credited so far with this note,
        // less the VAT of what earlier notes credited (each rounded once, like the invoice). The
        // notes of an invoice then add up to its VAT exactly, in whatever order its lines are
        // credited; this note's VAT differs from rounding its own base by a centime at most.
        let earlier: Vec<(i64, i64)> = {
            let mut stmt = tx.prepare(
                "SELECT cl.vat_rate_bp, sum(cl.unit_price_minor * cl.quantity)
                 FROM invoice_lines cl JOIN invoices c ON c.id = cl.invoice_id
                 WHERE c.corrects_invoice_id = ?1 AND c.kind = 'credit_note'
                 GROUP BY cl.vat_rate_bp",
            )?;
            let rows = stmt.query_map([invoice_id], |r| Ok((r.get(0)?, r.get(1)?)))?;
            rows.collect::<Result<_, _>>()?
        };
        let mut rates: Vec<i64> = group.lines.iter().map(|l| l.rate_bp).collect();
        rates.sort_unstable();
        rates.dedup();
        for rate in rates {
            let this: i64 = group
                .lines
                .iter()
                .filter(|l| l.rate_bp == rate)
                .map(|l| l.net)
                .sum();
            let before = earlier
                .iter()
                .find(|(r, _)| *r == rate)
                .map_or(0, |(_, n)| *n);
            group.vat_adjust +=
                vat_minor(before + this, rate) - vat_minor(before, rate) - vat_minor(this, rate);
        }
        let credit = group.total(); // negative
        if -credit > remaining {
            return Err(Error::new(
                ErrorCode::Conflict,
                format!(
                    "this credit ({}) is more than what remains creditable on {inv_number} ({})",
                    Money::from_minor(-credit, group.currency),
                    Money::from_minor(remaining, group.currency)
                ),
            )
            .reason("credit_too_much")
            .with_param("document_number", &inv_number)
            .with_field("product_ids")
            .into());
        }
        let today = today_by_org.get(&org).copied().unwrap_or_default();
        // Settled at issue: it is refunded or offset just below.
        let (id, number) = issue_document(
            tx,
            &group,
            InvoiceKind::CreditNote,
            today,
            credit,
            None,
            Some(invoice_id),
        )?;
        // Each credit-note line names the invoice line it credits (same order as inserted).
        let first_line: i64 = tx.query_row(
            "SELECT min(id) FROM invoice_lines WHERE invoice_id = ?1",
            [id],
            |r| r.get(0),
        )?;
        for (i, (credited_line, _)) in lines.iter().enumerate() {
            tx.execute(
                "UPDATE invoice_lines SET credits_line_id = ?2 WHERE id = ?1",
                params![first_line + i as i64, credited_line],
            )?;
        }
        // A paid renewal taken back is no longer paid for: its months come off the product (a
        // refund that kept them would let the same money renew twice). An order not yet paid
        // extended nothing (and never will extend a credited line, see `extend_products`).
        if let Some(order_id) = order_id {
            let paid_order: bool = tx.query_row(
                "SELECT status = 'paid' FROM orders WHERE id = ?1",
                [order_id],
                |r| r.get(0),
            )?;
            if paid_order {
                for (_, l) in &lines {
                    tx.execute(
                        "UPDATE products SET expires_on = date(expires_on, '-' ||
                            (SELECT period_months FROM order_lines
                             WHERE order_id = ?1 AND product_id = ?2) || ' months')
                         WHERE id = ?2 AND EXISTS (SELECT 1 FROM order_lines
                             WHERE order_id = ?1 AND product_id = ?2)",
                        params![order_id, l.product_id],
                    )?;
                }
            }
        }
        let refund = -credit;
        let due = (inv_total - inv_paid).max(0);
        let offset = refund.min(due);
        if offset > 0 {
            tx.execute(
                "UPDATE invoices SET paid_minor = paid_minor + ?2 WHERE id = ?1",
                params![invoice_id, offset],
            )?;
            if offset == due {
                if let Some(order_id) = order_id {
                    // Nothing left to pay: the order will not be paid, so it renews nothing.
                    tx.execute(
                        "UPDATE orders SET status = 'cancelled' WHERE id = ?1 AND status = 'pending'",
                        [order_id],
                    )?;
                }
            }
        }
        if refund > offset && refund_method.is_some() {
            return Ok((id, number, refund - offset));
        }
        if refund > offset {
            let refund_text = StoredText::Refund {
                document: number.clone(),
            };
            tx.execute(
                "INSERT INTO prepaid_movements(organization_id, on_date, amount_minor, currency,
                    description, text_code)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                params![
                    org,
                    today.to_string(),
                    refund - offset,
                    currency,
                    english_text(&refund_text),
                    refund_text.to_code()
                ],
            )?;
        }
        Ok((id, number, 0))
    }
}

/// The English words kept beside a stored text's code (`description` columns): what older
/// versions and plain SQL readers see.
fn english_text(text: &StoredText) -> String {
    comptoir_i18n::Catalogue::for_tag("en").stored_text(text)
}
