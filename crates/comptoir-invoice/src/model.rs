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
    /// The seller's IBAN for ordinary transfers (printed in the body).
    pub iban: Option<String>,
    /// The seller's QR-IBAN: only in the QR-bill, with a QR reference.
    pub qr_iban: Option<String>,
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
    /// Added to the VAT of the last rate: a credit note that completes the credit of an invoice
    /// takes back exactly the VAT that remains, which can differ by a centime from rounding its
    /// own base (the store computes it; zero on every other document).
    pub vat_adjustment: Decimal,
    /// A pro-forma whose order was cancelled: void, so printed with no amount due, no payment
    /// part and a note saying so.
    pub cancelled: bool,
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
        let mut vat: Vec<VatLine> = rates
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
        if let Some(last) = vat.last_mut() {
            last.vat.amount += self.vat_adjustment;
        }
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

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    fn line(price: Decimal, rate: i64) -> DocLine {
        DocLine {
            description: "x".into(),
            period_from: None,
            period_to: None,
            quantity: 1,
            unit_price: price,
            vat_rate_bp: rate,
        }
    }

    #[test]
    fn vat_is_summed_per_rate_then_rounded_once() {
        let address = Address {
            street: "s".into(),
            building_number: "1".into(),
            postal_code: "1000".into(),
            town: "t".into(),
            country: "CH".into(),
        };
        let party = Party {
            name: "p".into(),
            address,
            vat_number: None,
            iban: None,
            qr_iban: None,
        };
        let doc = Document {
            kind: InvoiceKind::Invoice,
            number: "N".into(),
            issued_on: "2026-11-27".parse().unwrap(),
            due_on: "2026-12-27".parse().unwrap(),
            currency: Currency::CHF,
            seller: party.clone(),
            buyer: party,
            // 3 x 0.05 at 8.1 %: per line 0.00405 -> 0.00 each; per rate 0.01215 -> 0.01.
            lines: vec![
                line(dec!(0.05), 810),
                line(dec!(0.05), 810),
                line(dec!(0.05), 810),
                line(dec!(10.00), 260),
            ],
            already_paid: dec!(20.00),
            language: Lang::En,
            payment_terms_days: 30,
            accepted_methods: vec![],
            corrects: None,
            qr_bill: None,
            vat_adjustment: Decimal::ZERO,
            cancelled: false,
        };
        let t = doc.totals();
        assert_eq!(t.subtotal.amount, dec!(10.15));
        assert_eq!((t.vat[0].rate_bp, t.vat[0].vat.amount), (260, dec!(0.26)));
        assert_eq!(
            (t.vat[1].rate_bp, t.vat[1].base.amount, t.vat[1].vat.amount),
            (810, dec!(0.15), dec!(0.01))
        );
        assert_eq!(t.total.amount, dec!(10.42));
        assert_eq!(
            t.due.amount,
            dec!(0),
            "overpaid never shows a negative amount due"
        );
    }
}
