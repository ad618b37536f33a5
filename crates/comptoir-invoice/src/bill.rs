//! Which documents carry a Swiss QR-bill, and with which account and reference.

use comptoir_core::Currency;
use rust_decimal::Decimal;

use crate::model::Document;

impl Document {
    /// Adds the Swiss QR-bill to a CHF or EUR document with an amount due and a Swiss seller
    /// account: the QR-IBAN with a QR reference made from the document id when the seller has
    /// one, else the IBAN with an RF reference made from the document number. A bill that should be there
    /// but cannot be made (a buyer's address the QR-bill cannot carry) is an error naming the
    /// field, never a silent omission.
    pub fn with_qr_bill(mut self, document_id: i64) -> comptoir_core::Result<Document> {
        use crate::qrbill::{is_qr_iban, qrr_for, scor_for, Contact, QrBill, Reference};
        let due = self.totals().due.amount;
        let swiss = |i: &String| i.starts_with("CH") || i.starts_with("LI");
        let Some(iban) = (self.seller.qr_iban.iter())
            .chain(&self.seller.iban)
            .find(|i| swiss(i))
            .cloned()
        else {
            return Ok(self);
        };
        // The QR-bill takes CHF and EUR (SIX IG 2.3); a void pro-forma asks for nothing.
        if !matches!(self.currency, Currency::CHF | Currency::EUR)
            || due <= Decimal::ZERO
            || self.cancelled
        {
            return Ok(self);
        }
        let bill = QrBill {
            reference: if is_qr_iban(&iban) {
                Reference::Qrr(qrr_for(document_id))
            } else {
                Reference::Scor(scor_for(&self.number))
            },
            iban,
            creditor: Contact::new("seller", &self.seller.name, &self.seller.address)?,
            amount: Some(due),
            currency: self.currency,
            debtor: Some(Contact::new(
                "buyer",
                &self.buyer.name,
                &self.buyer.address,
            )?),
            message: comptoir_core::billing::qr_text("message", &self.number)?,
        };
        bill.validate()?;
        self.qr_bill = Some(bill);
        Ok(self)
    }
}

/// EU member states: an EUR invoice to a buyer there gets an EPC QR code ("GiroCode").
const EU: [&str; 27] = [
    "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE", "IT",
    "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK",
];

/// The SEPA scheme's countries outside the EU (the EU's are in [`EU`]).
const SEPA_OTHERS: [&str; 9] = ["CH", "LI", "IS", "NO", "GB", "MC", "SM", "AD", "VA"];

impl Document {
    /// The EPC QR code (EPC069-12, version 002, "GiroCode") of an EUR document with an amount
    /// due to a buyer in the EU, when the seller's plain IBAN is in the SEPA area: a banking
    /// app scans it into a SEPA credit transfer. Never the QR-IBAN (not for plain transfers).
    pub fn girocode(&self) -> Option<String> {
        let due = self.totals().due.amount;
        let iban: String = (self.seller.iban.as_deref())?
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect();
        let sepa = |c: &str| EU.contains(&c) || SEPA_OTHERS.contains(&c);
        if self.currency != Currency::EUR
            || self.cancelled
            || due <= Decimal::ZERO
            || due > Decimal::new(99_999_999_999, 2)
            || !EU.contains(&self.buyer.address.country.as_str())
            || !sepa(iban.get(..2)?)
            || crate::qrbill::is_qr_iban(&iban)
        {
            return None;
        }
        let name: String = self.seller.name.chars().take(70).collect();
        let reference = crate::qrbill::scor_for(&self.number);
        Some(
            [
                "BCD",
                "002",
                "1",
                "SCT",
                "",
                &name,
                &iban,
                &format!("EUR{:.2}", due.round_dp(2)),
                "",
                &reference,
                "",
            ]
            .join("\n"),
        )
    }
}
