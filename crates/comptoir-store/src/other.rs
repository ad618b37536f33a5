//! Support-access grants and the partner program.

use comptoir_core::partner::PartnerStatus;
use comptoir_core::support::SupportGrant;

use crate::{Store, StoreResult};

impl Store {
    /// Support grants, newest first, with their state at the clock's now (SUP-2).
    pub fn support_grants(&self, organization_id: Option<i64>) -> StoreResult<Vec<SupportGrant>> {
        Ok(self
            .all_support_grants()?
            .into_iter()
            .filter(|g| organization_id.is_none_or(|o| g.organization_id == o))
            .collect())
    }

    pub fn partner_status(&self, organization_id: i64) -> StoreResult<PartnerStatus> {
        let s: String = self.conn().query_row(
            "SELECT partner_status FROM organizations WHERE id = ?1",
            [organization_id],
            |r| r.get(0),
        )?;
        Ok(match s.as_str() {
            "partner" => PartnerStatus::Partner,
            "affiliate" => PartnerStatus::Affiliate,
            _ => PartnerStatus::None,
        })
    }
}
