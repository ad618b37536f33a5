//! The renewals table, bulk auto-renewal and paying a selection (REN-1..7, PAY-1..9).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::billing::{InvoiceKind, OrderStatus};
use crate::error::Error;
use crate::money::Money;
use crate::product::{Lifecycle, Product, ProductKind, ProductStatus};

/// Columns the table sorts on (in the store, with indexes where it matters).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum SortKey {
    #[default]
    ExpiresOn,
    Name,
    Kind,
    Organization,
    CustomerName,
    Period,
    Price,
    AutoRenew,
    Status,
}

impl SortKey {
    /// Every column the table sorts on.
    pub const ALL: [SortKey; 9] = [
        SortKey::ExpiresOn,
        SortKey::Name,
        SortKey::Kind,
        SortKey::Organization,
        SortKey::CustomerName,
        SortKey::Period,
        SortKey::Price,
        SortKey::AutoRenew,
        SortKey::Status,
    ];
}

/// What the renewals table shows: filters, sort and one page. Dates are inclusive.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
pub struct ProductQuery {
    pub expires_from: Option<NaiveDate>,
    pub expires_to: Option<NaiveDate>,
    pub organization_id: Option<i64>,
    pub kinds: Vec<ProductKind>,
    pub statuses: Vec<ProductStatus>,
    pub auto_renew: Option<bool>,
    /// Only these products (empty: no restriction).
    pub ids: Vec<i64>,
    /// Matched against product name and customer name, case-insensitively.
    pub search: String,
    /// Only renewals paid this way (issue 17: a forecast bar opens its rows).
    #[serde(default)]
    #[ts(optional)]
    pub charge: Option<crate::forecast::ChargeKind>,
    /// Only products priced in this currency (a forecast bar is one currency's).
    #[serde(default)]
    #[ts(optional)]
    pub currency: Option<crate::money::Currency>,
    pub sort: SortKey,
    pub descending: bool,
    pub offset: u32,
    pub limit: u32,
}

/// One row of the table: the product and the dates REN-4 / REN-5 / PAY-1 derive from it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ProductRow {
    pub product: Product,
    pub organization_name: String,
    /// The method auto-renewal charges (REN-1), e.g. "visa", with its last four digits.
    pub auto_renew_method: Option<crate::billing::PaymentMethodKind>,
    pub auto_renew_last4: Option<String>,
    pub allowed_periods: Vec<u16>,
    /// REN-4: first auto-renew charge attempt.
    pub charge_on: NaiveDate,
    /// REN-5: last day auto-renew can be switched on.
    pub last_day_to_enable: NaiveDate,
    /// REN-5 on the organization's today: whether auto-renew can still be switched on (a past
    /// last day is never shown as an instruction).
    pub can_enable_auto_renew: bool,
    pub blocked_on: NaiveDate,
    pub cancelled_on: NaiveDate,
    /// Deleted on the provider but kept because local orders or invoices name it (issue 10):
    /// it can no longer be renewed nor switched to auto-renewal.
    pub gone_on_provider: bool,
}

impl ProductRow {
    pub fn new(product: Product, organization_name: String) -> Self {
        let life = Lifecycle::of(product.expires_on);
        ProductRow {
            auto_renew_method: None,
            auto_renew_last4: None,
            allowed_periods: product.kind.allowed_periods().to_vec(),
            organization_name,
            charge_on: life.charge_on,
            last_day_to_enable: life.last_day_to_enable_auto_renew,
            // The organization's today is `days_left` days before the expiry.
            can_enable_auto_renew: life.can_enable_auto_renew(
                product.expires_on - chrono::TimeDelta::days(product.days_left),
            ),
            blocked_on: life.blocked_on,
            cancelled_on: life.cancelled_on,
            gone_on_provider: false,
            product,
        }
    }

    /// Marks the row as deleted on the provider: nothing renews it any more.
    pub fn gone(mut self) -> Self {
        self.gone_on_provider = true;
        self.can_enable_auto_renew = false;
        self
    }
}

/// The refusal for renewing (or switching to auto-renewal) a product the provider deleted.
pub fn gone_refusal(name: &str) -> Error {
    Error::new(
        crate::error::ErrorCode::Conflict,
        format!(
            "{name} was deleted on the provider; it is kept only because orders or invoices \
             name it, and can no longer be renewed"
        ),
    )
    .with_field("selection")
    .with_param("reason", "gone_on_provider")
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ProductPage {
    pub rows: Vec<ProductRow>,
    /// How many products match the filters (all pages).
    pub total: u32,
}

/// Which products an action applies to: every product matching `query` (the header checkbox),
/// or the listed ids; `excluded` removes rows unticked after "select all".
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
pub struct Selection {
    pub query: Option<ProductQuery>,
    pub ids: Vec<i64>,
    pub excluded: Vec<i64>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum RowOutcome {
    Changed,
    /// Already as asked: running a bulk action twice changes nothing more.
    Unchanged,
    Refused,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct RowResult {
    pub product_id: i64,
    pub name: String,
    pub outcome: RowOutcome,
    pub error: Option<Error>,
}

/// The report of a bulk action (REN-7): every refused row with its rule, never silent.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
pub struct BulkReport {
    pub total: u32,
    pub changed: u32,
    pub unchanged: u32,
    pub refused: Vec<RowResult>,
    /// True when the user cancelled: rows after the last finished chunk were not touched.
    pub cancelled: bool,
    pub processed: u32,
}

/// Progress of long work, sent through a typed channel.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Progress {
    pub done: u32,
    pub total: u32,
}

/// One product to pay, with the period chosen for it (PAY-9).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct PayItem {
    pub product_id: i64,
    pub period_months: u16,
}

/// How one organization pays (PAY-5): prepaid balance first if asked, the rest with
/// `method_id` (one of that organization's saved methods).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct PaymentChoice {
    pub organization_id: i64,
    pub method_id: Option<i64>,
    pub use_prepaid: bool,
}

/// What paying a selection will do, per organization (one currency each): shown before
/// confirming.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct PaySplit {
    pub organization_id: i64,
    pub organization_name: String,
    pub lines: u32,
    pub net: Money,
    pub vat: Money,
    pub total: Money,
    pub prepaid_available: Money,
}

/// The result of paying: one order and one document per organization.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct PaidOrder {
    pub order_id: i64,
    pub organization_id: i64,
    pub status: OrderStatus,
    pub document_id: i64,
    pub document_kind: InvoiceKind,
    pub document_number: String,
    pub total: Money,
    pub paid_from_prepaid: Money,
    /// True when this key had been used before: nothing was charged again.
    pub replayed: bool,
    /// REN-2: the products whose auto-renewal this payment switched on, by name.
    pub auto_renew_on: Vec<String>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::money::Currency;

    fn row(auto: bool) -> ProductRow {
        ProductRow::new(
            Product {
                id: 7,
                organization_id: 1,
                kind: ProductKind::DomainCh,
                name: "a,b;c.ch".into(),
                customer_name: "x".into(),
                expires_on: "2026-12-15".parse().unwrap(),
                period_months: 12,
                price: Money::from_minor(1100, Currency::CHF),
                auto_renew: auto,
                auto_renew_method_id: None,
                status: ProductStatus::Expiring,
                days_left: 18,
            },
            "Org".into(),
        )
    }

    #[test]
    fn ren5_whether_auto_renew_can_still_be_switched_on_is_the_engines_answer() {
        let at = |days_left: i64| {
            let mut r = row(false);
            r.product.days_left = days_left;
            ProductRow::new(r.product, "Org".into()).can_enable_auto_renew
        };
        // Expires 15 Dec, last day 1 Dec: open on the last day itself, closed the day after.
        assert!(at(18));
        assert!(at(14));
        assert!(!at(13));
        assert!(!at(0));
        assert!(!at(-3));
    }

    #[test]
    fn rows_carry_the_ren4_ren5_pay1_dates() {
        let r = row(false);
        assert_eq!(r.charge_on.to_string(), "2026-12-01");
        assert_eq!(r.last_day_to_enable.to_string(), "2026-12-01");
        assert_eq!(r.blocked_on.to_string(), "2026-12-16");
        assert_eq!(r.cancelled_on.to_string(), "2027-01-15");
        assert_eq!(r.allowed_periods.len(), 10);
    }
}
