//! The offline vault (PAY-7): each issued document is rendered once, written beside the
//! workspace, and its SHA-256 recorded in the workspace. Later reads (save, print, export)
//! return exactly those bytes, after checking the hash, without any network.

use std::path::PathBuf;

use comptoir_core::billing::InvoiceKind;
use comptoir_core::{Error, ErrorCode, Money};
use comptoir_store::documents::{DocumentSource, VaultRecord};
use comptoir_store::{Store, StoreResult};
use rust_decimal::Decimal;

use crate::labels::Lang;
use crate::model::{DocLine, Document, Party};
use crate::render::{render, Fonts};
use crate::sha256_hex;

/// Builds the printable document from what the store holds; an error when its QR-bill cannot
/// be made (see [`Document::with_qr_bill`]).
pub fn document_from(source: &DocumentSource) -> comptoir_core::Result<Document> {
    let s = &source.seller;
    let mut doc = Document {
        kind: source.kind,
        number: source.number.clone(),
        issued_on: source.issued_on,
        due_on: source.due_on,
        currency: source.currency,
        seller: Party {
            name: s.name.clone(),
            address: s.address.clone(),
            vat_number: s.vat_number.clone(),
            iban: s.iban.clone(),
            qr_iban: s.qr_iban.clone(),
        },
        buyer: Party {
            name: source.buyer.name.clone(),
            address: source.buyer.address.clone(),
            vat_number: source.buyer.vat_number.clone(),
            iban: None,
            qr_iban: None,
        },
        lines: source
            .lines
            .iter()
            .map(|l| DocLine {
                description: l.description.clone(),
                period_from: l.period_from,
                period_to: l.period_to,
                quantity: l.quantity,
                unit_price: Decimal::new(l.unit_price_minor, 2),
                vat_rate_bp: l.vat_rate_bp,
            })
            .collect(),
        already_paid: Decimal::new(source.paid_minor, 2),
        language: Lang::from_code(&source.buyer.language),
        payment_terms_days: (source.due_on - source.issued_on).num_days().max(0) as u32,
        accepted_methods: source.accepted_methods.clone(),
        corrects: source.corrects.clone(),
        qr_bill: None,
        vat_adjustment: Decimal::ZERO,
    };
    // A credit note completing an invoice's credit carries the VAT that remains (see
    // `Document::vat_adjustment`): at most a centime, anything more is not rounding and stays
    // visible as a mismatch.
    let rounding = Decimal::new(source.total_minor, 2) - doc.totals().total.amount;
    if source.kind == InvoiceKind::CreditNote && rounding.abs() <= Decimal::new(1, 2) {
        doc.vat_adjustment = rounding;
    }
    doc.with_qr_bill(source.invoice_id)
}

impl Document {
    /// Adds the Swiss QR-bill to a CHF document with an amount due and a Swiss seller account:
    /// the QR-IBAN with a QR reference made from the document id when the seller has one, else
    /// the IBAN with an RF reference made from the document number. A bill that should be there but cannot be made (a buyer's
    /// address the QR-bill cannot carry) is an error naming the field, never a silent omission.
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
        if self.currency != comptoir_core::Currency::CHF || due <= Decimal::ZERO {
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

/// The bytes of a document: from the vault when it was rendered before (hash checked), else
/// rendered now, written atomically and recorded. Returns the file's path and its bytes.
pub fn open_document(
    store: &Store,
    fonts: &Fonts,
    invoice_id: i64,
) -> StoreResult<(PathBuf, Vec<u8>)> {
    if let Some(record) = store.vault_record(invoice_id)? {
        let path = store.vault_file(&record.file_name)?;
        let bytes = std::fs::read(&path).map_err(|e| {
            Error::storage(format!(
                "the vault copy {} cannot be read: {e}",
                path.display()
            ))
        })?;
        if sha256_hex(&bytes) != record.sha256 {
            return Err(Error::new(
                ErrorCode::Storage,
                format!(
                    "{} was changed on disk since it was issued (SHA-256 differs)",
                    path.display()
                ),
            )
            .into());
        }
        return Ok((path, bytes));
    }
    let source = store.document_source(invoice_id)?;
    let doc = document_from(&source)?;
    // The printed total must be the stored one, to the centime.
    let printed: Money = doc.totals().total;
    if printed.to_minor()? != source.total_minor {
        return Err(Error::new(
            ErrorCode::Internal,
            format!(
                "{}: printed total {printed} differs from the stored total",
                source.number
            ),
        )
        .into());
    }
    let bytes = render(&doc, fonts);
    let dir = store.ensure_vault_dir()?;
    let file_name = format!("{}.pdf", source.number);
    let path = dir.join(&file_name);
    let tmp = dir.join(format!(".{file_name}.tmp"));
    std::fs::write(&tmp, &bytes)
        .and_then(|_| std::fs::rename(&tmp, &path))
        .map_err(|e| Error::storage(format!("cannot write {}: {e}", path.display())))?;
    store.vault_insert(
        invoice_id,
        &VaultRecord {
            file_name,
            sha256: sha256_hex(&bytes),
            size: bytes.len() as u64,
        },
    )?;
    Ok((path, bytes))
}
