//! Products, with their status evaluated against the clock in their organization's time zone.

use std::collections::HashMap;

use chrono_tz::Tz;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

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
}
