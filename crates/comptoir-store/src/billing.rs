//! Payment methods, invoices, orders and prepaid accounts.

use comptoir_core::billing::{
    Invoice, InvoiceKind, InvoiceStatus, Order, OrderStatus, PaymentMethod, PaymentMethodKind,
    PrepaidAccount, PrepaidMovement,
};
use comptoir_core::stored_text::StoredText;
use comptoir_core::{Error, Money};

use crate::row::{date, money, parsed};
use crate::{Store, StoreResult};

impl Store {
    pub fn payment_methods(&self, organization_id: i64) -> StoreResult<Vec<PaymentMethod>> {
        self.organization(organization_id)?;
        let mut stmt = self.conn().prepare(
            "SELECT id, kind, label, last4, expiry, is_default FROM payment_methods
             WHERE organization_id = ?1 ORDER BY is_default DESC, id",
        )?;
        let rows = stmt.query_map([organization_id], |r| {
            let kind = parsed(r, 1, PaymentMethodKind::parse)?;
            Ok(PaymentMethod {
                id: r.get(0)?,
                organization_id,
                kind,
                label: r.get(2)?,
                last4: r.get(3)?,
                expiry: r.get(4)?,
                is_default: r.get(5)?,
                allows_auto_renew: kind.allows_auto_renew(),
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Invoices, pro-formas and credit notes, newest first.
    pub fn invoices(&self, organization_id: Option<i64>) -> StoreResult<Vec<Invoice>> {
        self.invoices_where(organization_id, None)
    }

    /// The documents with a line for `product_id` (newest first): a product's "Invoices" link.
    pub fn invoices_for_product(&self, product_id: i64) -> StoreResult<Vec<Invoice>> {
        self.invoices_where(None, Some(product_id))
    }

    fn invoices_where(
        &self,
        organization_id: Option<i64>,
        product_id: Option<i64>,
    ) -> StoreResult<Vec<Invoice>> {
        let today = self.today_by_org()?;
        let fallback = self.clock().today(comptoir_core::clock::DEFAULT_TZ);
        let mut stmt = self.conn().prepare(
            "SELECT i.id, i.organization_id, i.kind, i.number, i.issued_on, i.due_on,
                    i.total_minor, i.paid_minor, i.currency, i.order_id, i.corrects_invoice_id,
                    (SELECT count(*) FROM invoice_lines l WHERE l.invoice_id = i.id),
                    i.kind = 'pro_forma' AND EXISTS (SELECT 1 FROM orders o
                        WHERE o.id = i.order_id AND o.status = 'cancelled')
             FROM invoices i WHERE (?1 IS NULL OR i.organization_id = ?1)
               AND (?2 IS NULL OR EXISTS (SELECT 1 FROM invoice_lines l
                                          WHERE l.invoice_id = i.id AND l.product_id = ?2))
             ORDER BY i.issued_on DESC, i.id DESC",
        )?;
        let rows = stmt.query_map([organization_id, product_id], |r| {
            let org: i64 = r.get(1)?;
            let total: Money = money(r, 6, 8)?;
            let paid: Money = money(r, 7, 8)?;
            let due_on = date(r, 5)?;
            Ok(Invoice {
                id: r.get(0)?,
                organization_id: org,
                kind: parsed(r, 2, InvoiceKind::parse)?,
                number: r.get(3)?,
                issued_on: date(r, 4)?,
                due_on,
                total,
                paid,
                // A cancelled order's pro-forma is void, whatever it still shows as due.
                status: if r.get::<_, bool>(12)? {
                    InvoiceStatus::Cancelled
                } else {
                    InvoiceStatus::evaluate(
                        total,
                        paid,
                        due_on,
                        today.get(&org).copied().unwrap_or(fallback),
                    )
                },
                order_id: r.get(9)?,
                corrects_invoice_id: r.get(10)?,
                line_count: r.get(11)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    pub fn orders(&self, organization_id: i64) -> StoreResult<Vec<Order>> {
        let mut stmt = self.conn().prepare(
            "SELECT o.id, o.idempotency_key, o.created_on, o.status, o.total_minor, o.currency,
                    (SELECT number FROM invoices i WHERE i.order_id = o.id
                     ORDER BY i.id DESC LIMIT 1)
             FROM orders o WHERE o.organization_id = ?1 ORDER BY o.created_on DESC, o.id DESC",
        )?;
        let rows = stmt.query_map([organization_id], |r| {
            Ok(Order {
                id: r.get(0)?,
                organization_id,
                idempotency_key: r.get(1)?,
                created_on: date(r, 2)?,
                status: parsed(r, 3, |s| match s {
                    "pending" => Ok(OrderStatus::Pending),
                    "paid" => Ok(OrderStatus::Paid),
                    "cancelled" => Ok(OrderStatus::Cancelled),
                    other => Err(Error::invalid(
                        "status",
                        format!("unknown order status '{other}'"),
                    )),
                })?,
                total: money(r, 4, 5)?,
                document_number: r.get(6)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    pub fn prepaid_account(&self, organization_id: i64) -> StoreResult<PrepaidAccount> {
        let org = self.organization(organization_id)?;
        let mut stmt = self.conn().prepare(
            "SELECT id, on_date, amount_minor, currency, description, pending, text_code
             FROM prepaid_movements
             WHERE organization_id = ?1 ORDER BY on_date DESC, id DESC",
        )?;
        let reader = self.reader_catalogue()?;
        let movements: Vec<PrepaidMovement> = stmt
            .query_map([organization_id], |r| {
                Ok(PrepaidMovement {
                    id: r.get(0)?,
                    on: date(r, 1)?,
                    amount: money(r, 2, 3)?,
                    description: reader.stored_text(&StoredText::from_code(
                        r.get::<_, Option<String>>(6)?.as_deref(),
                        &r.get::<_, String>(4)?,
                    )),
                    pending: r.get(5)?,
                })
            })?
            .collect::<Result<_, _>>()?;
        let mut balance = Money::zero(org.currency);
        for m in movements.iter().filter(|m| !m.pending) {
            balance = balance.checked_add(m.amount)?;
        }
        Ok(PrepaidAccount {
            organization_id,
            balance,
            movements,
        })
    }
}
