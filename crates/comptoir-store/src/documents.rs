//! What a document says, read for rendering (PAY-7), and the vault's records: each issued
//! document is rendered once, kept as a file beside the workspace, and its SHA-256 kept here.

use chrono::NaiveDate;
use comptoir_core::billing::{InvoiceKind, PaymentMethodKind};
use comptoir_core::org::{Address, Organization};
use comptoir_core::stored_text::StoredText;
use comptoir_core::{Currency, Error};
use rusqlite::{params, OptionalExtension};

use crate::row::{date, parsed};
use crate::{Store, StoreResult};

pub use comptoir_core::billing::Seller;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceLine {
    /// What the line says, as stored (a code, or the words of a row from before codes).
    pub text: StoredText,
    pub period_from: Option<NaiveDate>,
    pub period_to: Option<NaiveDate>,
    pub quantity: u32,
    pub unit_price_minor: i64,
    pub vat_rate_bp: i64,
}

/// Everything a document prints, as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocumentSource {
    pub invoice_id: i64,
    pub kind: InvoiceKind,
    pub number: String,
    pub issued_on: NaiveDate,
    pub due_on: NaiveDate,
    pub currency: Currency,
    pub total_minor: i64,
    pub paid_minor: i64,
    pub seller: Seller,
    pub buyer: Organization,
    pub lines: Vec<SourceLine>,
    pub corrects: Option<String>,
    pub accepted_methods: Vec<PaymentMethodKind>,
    /// A pro-forma whose order was cancelled: void, printed without anything to pay.
    pub cancelled: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VaultRecord {
    pub file_name: String,
    pub sha256: String,
    pub size: u64,
}

fn read_seller(conn: &rusqlite::Connection) -> StoreResult<Seller> {
    Ok(conn.query_row(
        "SELECT name, street, building_number, postal_code, town, country, vat_number, iban,
                    qr_iban
             FROM seller WHERE id = 1",
        [],
        |r| {
            Ok(Seller {
                name: r.get(0)?,
                address: Address {
                    street: r.get(1)?,
                    building_number: r.get(2)?,
                    postal_code: r.get(3)?,
                    town: r.get(4)?,
                    country: r.get(5)?,
                },
                vat_number: r.get(6)?,
                iban: r.get(7)?,
                qr_iban: r.get(8)?,
            })
        },
    )?)
}

/// Issue 11: a CHF or EUR document with an amount due from a seller with a Swiss IBAN carries a
/// QR-bill, so its creditor and debtor must fit one; checked before the document is issued so
/// a bill is never silently left out. The error names the field (`buyer.street`) and says
/// where to fix it.
pub(crate) fn check_qr_bill_parties(
    conn: &rusqlite::Connection,
    org: i64,
    currency: Currency,
) -> StoreResult<()> {
    let seller = read_seller(conn)?;
    let swiss = seller
        .iban
        .iter()
        .chain(&seller.qr_iban)
        .any(|i| i.starts_with("CH") || i.starts_with("LI"));
    if !swiss || !matches!(currency, Currency::CHF | Currency::EUR) {
        return Ok(());
    }
    let (name, address) = conn.query_row(
        "SELECT name, street, building_number, postal_code, town, country
         FROM organizations WHERE id = ?1",
        [org],
        |r| {
            Ok((
                r.get::<_, String>(0)?,
                Address {
                    street: r.get(1)?,
                    building_number: r.get(2)?,
                    postal_code: r.get(3)?,
                    town: r.get(4)?,
                    country: r.get(5)?,
                },
            ))
        },
    )?;
    let explain = |where_: &'static str| {
        move |mut e: Error| {
            e.message = format!(
                "the Swiss QR-bill of this document cannot be made: {}; correct it in {where_}",
                e.message
            );
            e
        }
    };
    comptoir_core::billing::qr_contact("seller", &seller.name, &seller.address)
        .map_err(explain("the seller settings"))?;
    comptoir_core::billing::qr_contact("buyer", &name, &address)
        .map_err(explain("the organization's details"))?;
    Ok(())
}

impl Store {
    pub fn seller(&self) -> StoreResult<Seller> {
        read_seller(self.conn())
    }

    /// Replaces the seller identity. Documents already issued keep theirs: the vault holds them.
    pub fn set_seller(&self, actor: i64, seller: &Seller) -> StoreResult<()> {
        crate::access::check_workspace_setting(self.conn(), actor)?;
        seller.validate()?;
        let a = &seller.address;
        let trim = |o: &Option<String>| {
            o.as_deref()
                .map(str::trim)
                .filter(|v| !v.is_empty())
                .map(str::to_owned)
        };
        self.conn().execute(
            "INSERT INTO seller(id, name, street, building_number, postal_code, town, country,
                vat_number, iban, qr_iban)
             VALUES (1, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
             ON CONFLICT(id) DO UPDATE SET name = excluded.name, street = excluded.street,
                building_number = excluded.building_number, postal_code = excluded.postal_code,
                town = excluded.town, country = excluded.country, vat_number = excluded.vat_number,
                iban = excluded.iban, qr_iban = excluded.qr_iban",
            params![
                seller.name.trim(),
                a.street.trim(),
                a.building_number.trim(),
                a.postal_code.trim(),
                a.town.trim(),
                a.country,
                trim(&seller.vat_number),
                trim(&seller.iban),
                trim(&seller.qr_iban)
            ],
        )?;
        Ok(())
    }

    pub fn document_source(&self, invoice_id: i64) -> StoreResult<DocumentSource> {
        let head = self
            .conn()
            .query_row(
                "SELECT i.organization_id, i.kind, i.number, i.issued_on, i.due_on, i.currency,
                        i.total_minor, i.paid_minor,
                        (SELECT c.number FROM invoices c WHERE c.id = i.corrects_invoice_id),
                        i.kind = 'pro_forma' AND EXISTS (SELECT 1 FROM orders o
                            WHERE o.id = i.order_id AND o.status = 'cancelled')
                 FROM invoices i WHERE i.id = ?1",
                [invoice_id],
                |r| {
                    Ok((
                        r.get::<_, i64>(0)?,
                        parsed(r, 1, InvoiceKind::parse)?,
                        r.get::<_, String>(2)?,
                        date(r, 3)?,
                        date(r, 4)?,
                        parsed(r, 5, Currency::parse)?,
                        r.get::<_, i64>(6)?,
                        r.get::<_, i64>(7)?,
                        r.get::<_, Option<String>>(8)?,
                        r.get::<_, bool>(9)?,
                    ))
                },
            )
            .optional()?;
        let Some((
            org,
            kind,
            number,
            issued_on,
            due_on,
            currency,
            total,
            paid,
            corrects,
            cancelled,
        )) = head
        else {
            return Err(Error::not_found("document", invoice_id)
                .with_field("invoice_id")
                .into());
        };
        let mut stmt = self.conn().prepare(
            "SELECT description, period_from, period_to, quantity, unit_price_minor, vat_rate_bp,
                    text_code
             FROM invoice_lines WHERE invoice_id = ?1 ORDER BY id",
        )?;
        let lines = stmt
            .query_map([invoice_id], |r| {
                let day = |i| -> rusqlite::Result<Option<NaiveDate>> {
                    Ok(r.get::<_, Option<String>>(i)?.and_then(|s| s.parse().ok()))
                };
                Ok(SourceLine {
                    text: StoredText::from_code(
                        r.get::<_, Option<String>>(6)?.as_deref(),
                        &r.get::<_, String>(0)?,
                    ),
                    period_from: day(1)?,
                    period_to: day(2)?,
                    quantity: r.get(3)?,
                    unit_price_minor: r.get(4)?,
                    vat_rate_bp: r.get(5)?,
                })
            })?
            .collect::<Result<_, _>>()?;
        let buyer = self.organization(org)?;
        let accepted_methods = self
            .payment_methods(org)?
            .into_iter()
            .map(|m| m.kind)
            .collect::<std::collections::BTreeSet<_>>()
            .into_iter()
            .collect();
        Ok(DocumentSource {
            invoice_id,
            kind,
            number,
            issued_on,
            due_on,
            currency,
            total_minor: total,
            paid_minor: paid,
            seller: self.seller()?,
            buyer,
            lines,
            corrects,
            accepted_methods,
            cancelled,
        })
    }

    /// A document with its lines, for the app's detail view.
    pub fn invoice_detail(
        &self,
        invoice_id: i64,
    ) -> StoreResult<comptoir_core::billing::InvoiceDetail> {
        let source = self.document_source(invoice_id)?;
        let reader = self.reader_catalogue()?;
        let invoice = self
            .invoices(Some(source.buyer.id))?
            .into_iter()
            .find(|i| i.id == invoice_id)
            .ok_or_else(|| Error::not_found("document", invoice_id))?;
        let c = source.currency;
        let money = |m| comptoir_core::Money::from_minor(m, c);
        // Per line, in the same order as the source: its product and the credit note that
        // already credited it.
        let links: Vec<(Option<i64>, Option<String>)> = {
            let mut stmt = self.conn().prepare(
                "SELECT l.product_id,
                        (SELECT c.number FROM invoice_lines cl JOIN invoices c ON c.id = cl.invoice_id
                         WHERE cl.credits_line_id = l.id LIMIT 1)
                 FROM invoice_lines l WHERE l.invoice_id = ?1 ORDER BY l.id",
            )?;
            let rows = stmt.query_map([invoice_id], |r| Ok((r.get(0)?, r.get(1)?)))?;
            rows.collect::<Result<_, _>>()?
        };
        let credit_notes: Vec<comptoir_core::billing::DocumentRef> = {
            let mut stmt = self.conn().prepare(
                "SELECT id, number, total_minor FROM invoices
                 WHERE corrects_invoice_id = ?1 AND kind = 'credit_note' ORDER BY id",
            )?;
            let rows = stmt.query_map([invoice_id], |r| {
                Ok(comptoir_core::billing::DocumentRef {
                    id: r.get(0)?,
                    number: r.get(1)?,
                    total: money(r.get(2)?),
                })
            })?;
            rows.collect::<Result<_, _>>()?
        };
        let creditable =
            if invoice.kind == InvoiceKind::Invoice && links.iter().any(|(_, by)| by.is_none()) {
                let credited: i64 = credit_notes
                    .iter()
                    .map(|n| -n.total.to_minor().unwrap_or(0))
                    .sum();
                (source.total_minor - credited).max(0)
            } else {
                0
            };
        Ok(comptoir_core::billing::InvoiceDetail {
            invoice,
            lines: source
                .lines
                .iter()
                .zip(links)
                .map(
                    |(l, (product_id, credited_by))| comptoir_core::billing::InvoiceLine {
                        description: reader.stored_text(&l.text),
                        period_from: l.period_from,
                        period_to: l.period_to,
                        quantity: l.quantity,
                        unit_price: money(l.unit_price_minor),
                        vat_rate_bp: l.vat_rate_bp,
                        amount: money(l.unit_price_minor * i64::from(l.quantity)),
                        product_id,
                        credited_by,
                    },
                )
                .collect(),
            corrects: source.corrects,
            sha256: self.vault_record(invoice_id)?.map(|r| r.sha256),
            credit_notes,
            creditable: money(creditable),
        })
    }

    /// The folder beside the workspace file where rendered documents are kept.
    pub fn vault_dir(&self) -> std::path::PathBuf {
        let mut name = self.path().file_name().unwrap_or_default().to_os_string();
        name.push(".vault");
        self.path().with_file_name(name)
    }

    /// The vault folder, created private to its owner (0700 on Unix) when missing.
    pub fn ensure_vault_dir(&self) -> StoreResult<std::path::PathBuf> {
        let dir = self.vault_dir();
        crate::file::create_private_dir(&dir)?;
        Ok(dir)
    }

    /// A vault record, refused when its file name would lead outside the vault folder.
    pub fn vault_record(&self, invoice_id: i64) -> StoreResult<Option<VaultRecord>> {
        let record = self
            .conn()
            .query_row(
                "SELECT file_name, sha256, size FROM document_files WHERE invoice_id = ?1",
                [invoice_id],
                |r| {
                    Ok(VaultRecord {
                        file_name: r.get(0)?,
                        sha256: r.get(1)?,
                        size: r.get(2)?,
                    })
                },
            )
            .optional()?;
        if let Some(r) = &record {
            self.vault_file(&r.file_name)?;
        }
        Ok(record)
    }

    /// Where a vault file lives: a plain name inside the vault folder, never a path (no `/`,
    /// `\`, `..`, drive or absolute path), and, once resolved (symbolic links), still inside it.
    pub fn vault_file(&self, file_name: &str) -> StoreResult<std::path::PathBuf> {
        let refuse = |why: &str| -> crate::StoreError {
            Error::storage(format!(
                "the vault record '{file_name}' is refused: {why}; documents are read only \
                 from the vault folder"
            ))
            .with_field("file_name")
            .into()
        };
        let plain = !file_name.is_empty()
            && file_name != "."
            && file_name != ".."
            && !file_name.contains(['/', '\\', ':', '\0']);
        if !plain {
            return Err(refuse("it is not a plain file name"));
        }
        let dir = self.vault_dir();
        let path = dir.join(file_name);
        if path.exists() {
            let inside = match (dir.canonicalize(), path.canonicalize()) {
                (Ok(d), Ok(p)) => p.parent() == Some(d.as_path()),
                _ => false,
            };
            if !inside {
                return Err(refuse("it resolves outside the vault folder"));
            }
        }
        Ok(path)
    }

    /// Records a rendered document. A document is rendered once: a second record is refused.
    pub fn vault_insert(&self, invoice_id: i64, record: &VaultRecord) -> StoreResult<()> {
        self.vault_file(&record.file_name)?;
        let now = self.clock().now().to_rfc3339();
        self.conn().execute(
            "INSERT INTO document_files(invoice_id, file_name, sha256, size, rendered_at)
             VALUES (?1, ?2, ?3, ?4, ?5)",
            params![
                invoice_id,
                record.file_name,
                record.sha256,
                record.size,
                now
            ],
        )?;
        Ok(())
    }
}
