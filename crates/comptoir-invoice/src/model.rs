//! What a document says, independent of how it is drawn.

use chrono::NaiveDate;
use comptoir_core::billing::InvoiceKind;
use comptoir_core::org::Address;
use comptoir_core::{Currency, Money};
use rust_decimal::{Decimal, RoundingStrategy};

use crate::labels::Lang;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Party {
    pub name: String,
    pub address: Address,
    pub vat_number: Option<String>,
    /// The seller's IBAN (or QR-IBAN) for transfers.
    pub iban: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocLine {
    pub description: String,
    pub period_from: Option<NaiveDate>,
    pub period_to: Option<NaiveDate>,
    pub quantity: u32,
    /// Net unit price, in the document's currency.
    pub unit_price: Decimal,
    /// VAT rate in basis points (810 = 8.1 %).
    pub vat_rate_bp: i64,
}

impl DocLine {
    pub fn net(&self) -> Decimal {
        self.unit_price * Decimal::from(self.quantity)
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Document {
    pub kind: InvoiceKind,
    pub number: String,
    pub issued_on: NaiveDate,
    pub due_on: NaiveDate,
    pub currency: Currency,
    pub seller: Party,
    pub buyer: Party,
    pub lines: Vec<DocLine>,
    pub already_paid: Decimal,
    pub language: Lang,
    pub payment_terms_days: u32,
    pub accepted_methods: Vec<String>,
    /// For a credit note: the number of the invoice it corrects.
    pub corrects: Option<String>,
    /// The Swiss QR-bill payment part (CHF documents with an amount due).
    pub qr_bill: Option<crate::qrbill::QrBill>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VatLine {
    pub rate_bp: i64,
    pub base: Money,
    pub vat: Money,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Totals {
    pub subtotal: Money,
    pub vat: Vec<VatLine>,
    pub total: Money,
    pub paid: Money,
    pub due: Money,
}

impl Document {
    /// Subtotal, VAT per rate (rounded once per rate, to the centime, half away from zero),
    /// total, already paid and amount due: all in `Decimal`, never a float.
    pub fn totals(&self) -> Totals {
        let c = self.currency;
        let mut rates: Vec<i64> = self.lines.iter().map(|l| l.vat_rate_bp).collect();
        rates.sort_unstable();
        rates.dedup();
        let vat: Vec<VatLine> = rates
            .into_iter()
            .map(|rate| {
                let base: Decimal = self
                    .lines
                    .iter()
                    .filter(|l| l.vat_rate_bp == rate)
                    .map(DocLine::net)
                    .sum();
                let amount = (base * Decimal::new(rate, 4))
                    .round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero);
                VatLine {
                    rate_bp: rate,
                    base: Money::new(base, c),
                    vat: Money::new(amount, c),
                }
            })
            .collect();
        let subtotal: Decimal = self.lines.iter().map(DocLine::net).sum();
        let total = subtotal + vat.iter().map(|v| v.vat.amount).sum::<Decimal>();
        Totals {
            subtotal: Money::new(subtotal, c),
            vat,
            total: Money::new(total, c),
            paid: Money::new(self.already_paid, c),
            due: Money::new((total - self.already_paid).max(Decimal::ZERO), c),
        }
    }
}
