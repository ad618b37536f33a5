//! Products, with their status evaluated against the clock in their organization's time zone.

use std::collections::HashMap;

use chrono_tz::Tz;
use comptoir_core::product::{Lifecycle, Product, ProductKind, ProductStatus};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::row::{date, money, parsed};
use crate::{Store, StoreResult};

/// Counts for the overview of the renewals section.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ProductCounts {
    pub total: u32,
    pub active: u32,
    pub expiring: u32,
    pub overdue: u32,
    pub blocked: u32,
    pub cancelled: u32,
    pub auto_renew_on: u32,
}

impl Store {
    /// Today in each organization's own time zone (rules.md: dates are calendar dates there).
    pub(crate) fn today_by_org(&self) -> StoreResult<HashMap<i64, chrono::NaiveDate>> {
        let mut stmt = self
            .conn()
            .prepare("SELECT id, timezone FROM organizations")?;
        let rows = stmt.query_map([], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?)))?;
        let mut out = HashMap::new();
        for row in rows {
            let (id, tz) = row?;
            let tz: Tz = tz.parse().unwrap_or(comptoir_core::clock::DEFAULT_TZ);
            out.insert(id, self.clock().today(tz));
        }
        Ok(out)
    }

    /// Products, optionally of one organization, by expiry date.
    pub fn products(&self, organization_id: Option<i64>) -> StoreResult<Vec<Product>> {
        let today = self.today_by_org()?;
        let fallback = self.clock().today(comptoir_core::clock::DEFAULT_TZ);
        let mut stmt = self.conn().prepare(
            "SELECT p.id, p.organization_id, p.kind, p.name, p.customer_name, p.expires_on,
                    p.period_months, p.price_minor, p.currency, p.auto_renew,
                    p.auto_renew_method_id,
                    -- PAY-1: the latest renewal invoice of this product is unpaid
                    EXISTS (SELECT 1 FROM invoice_lines l JOIN invoices i ON i.id = l.invoice_id
                            WHERE l.product_id = p.id AND i.kind = 'invoice'
                              AND i.paid_minor < i.total_minor AND i.due_on < ?2)
             FROM products p
             WHERE ?1 IS NULL OR p.organization_id = ?1
             ORDER BY p.expires_on, p.id",
        )?;
        let rows = stmt.query_map(
            rusqlite::params![organization_id, fallback.to_string()],
            |r| {
                let org: i64 = r.get(1)?;
                let expires_on = date(r, 5)?;
                let unpaid_past_due: bool = r.get(11)?;
                let today = today.get(&org).copied().unwrap_or(fallback);
                Ok(Product {
                    id: r.get(0)?,
                    organization_id: org,
                    kind: parsed(r, 2, ProductKind::parse)?,
                    name: r.get(3)?,
                    customer_name: r.get(4)?,
                    expires_on,
                    period_months: r.get(6)?,
                    price: money(r, 7, 8)?,
                    auto_renew: r.get(9)?,
                    auto_renew_method_id: r.get(10)?,
                    status: Lifecycle::of(expires_on).status(today, unpaid_past_due),
                    days_left: (expires_on - today).num_days(),
                })
            },
        )?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    pub fn product_counts(&self, organization_id: Option<i64>) -> StoreResult<ProductCounts> {
        let mut c = ProductCounts::default();
        for p in self.products(organization_id)? {
            c.total += 1;
            c.auto_renew_on += u32::from(p.auto_renew);
            *match p.status {
                ProductStatus::Active => &mut c.active,
                ProductStatus::Expiring => &mut c.expiring,
                ProductStatus::Overdue => &mut c.overdue,
                ProductStatus::Blocked => &mut c.blocked,
                ProductStatus::Cancelled => &mut c.cancelled,
            } += 1;
        }
        Ok(c)
    }
}
