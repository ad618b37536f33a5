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
        // The QR-bill takes CHF and EUR (SIX IG 2.3).
        if !matches!(self.currency, Currency::CHF | Currency::EUR) || due <= Decimal::ZERO {
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
