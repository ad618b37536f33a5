//! What is coming (issue 17): renewals falling due month by month, split by how they will be
//! paid, and the prepaid balance against what automatic renewals will draw from it.
//!
//! Decisions:
//! - A renewal belongs to the month of its product's expiry date (the date the table filters
//!   on), in the organization's time zone. Products already past their expiry and not yet
//!   cancelled (PAY-1: blocked) are in the first month: they need action now.
//! - "Automatic": auto-renewal is on with a saved method that is still valid on the charge day
//!   (REN-4: 14 days before expiry; a card is valid to the last day of its expiry month), and
//!   the product is neither overdue nor blocked, and the charge day has not passed without a
//!   renewal. Everything else "needs action".
//! - Each product counts once, in the month of its next expiry: a monthly or quarterly product
//!   renews again within the 12 months, which the forecast does not project yet.
//! - Amounts are never summed across currencies: one bar per month and currency.
//! - Automatic renewals draw from the prepaid balance first (PAY-5: the balance, then the
//!   method), so the projection subtracts each month's automatic total from the balance.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::money::Money;

/// How a product's next renewal will be paid.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ChargeKind {
    /// Charged by itself: auto-renewal on, a method valid on the charge day.
    Automatic,
    /// Someone must pay or fix something (auto-renewal off, a card expiring before the charge,
    /// overdue or blocked).
    NeedsAction,
}

/// One month's renewals in one currency.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ForecastBar {
    /// `YYYY-MM`.
    pub month: String,
    pub automatic: Money,
    pub automatic_count: u32,
    pub needs_action: Money,
    pub needs_action_count: u32,
}

/// The prepaid balance of one currency and what is left of it after each month's automatic
/// renewals (never below zero: the method pays the rest).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct PrepaidProjection {
    pub balance: Money,
    /// One per month of the forecast, in order.
    pub left_after: Vec<Money>,
}

/// One currency's forecast.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct CurrencyForecast {
    pub currency: crate::money::Currency,
    /// One per month, in order, including months without renewals (zero amounts).
    pub bars: Vec<ForecastBar>,
    pub prepaid: PrepaidProjection,
}

/// The next months of one organization, from the current month (in its time zone).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Forecast {
    /// `YYYY-MM` of the first month.
    pub first_month: String,
    pub months: u32,
    /// One per currency that has a renewal or a prepaid balance.
    pub currencies: Vec<CurrencyForecast>,
}

/// One month of what was spent in one currency, from the documents issued that month: what the
/// invoices' payments came to and what credit notes gave back.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SpendingMonth {
    /// `YYYY-MM`.
    pub month: String,
    /// The paid part of the invoices issued that month.
    pub paid: Money,
    /// Invoices issued that month with something paid.
    pub paid_count: u32,
    /// What the credit notes issued that month gave back (a positive amount; credit notes are
    /// stored negative).
    pub credited: Money,
    pub credited_count: u32,
}

/// One currency's spending, month by month (oldest first, months without documents included).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct CurrencySpending {
    pub currency: crate::money::Currency,
    pub months: Vec<SpendingMonth>,
}

/// The last months' spending, up to and including the current month.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SpendingHistory {
    /// `YYYY-MM` of the oldest month shown.
    pub first_month: String,
    pub months: u32,
    /// One per currency that has a paid invoice or a credit note in the period.
    pub currencies: Vec<CurrencySpending>,
}
