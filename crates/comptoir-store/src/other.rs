//! Support-access grants and the partner program.

use comptoir_core::partner::PartnerStatus;
use comptoir_core::support::{grant_expiry, grant_state, GrantKind, SupportGrant};
use comptoir_core::Error;

use crate::row::{instant, opt_instant, parsed};
use crate::{Store, StoreResult};

impl Store {
    /// Support grants, newest first, with their state at the clock's now (SUP-2).
    pub fn support_grants(&self, organization_id: Option<i64>) -> StoreResult<Vec<SupportGrant>> {
        let now = self.clock().now();
        let mut stmt = self.conn().prepare(
            "SELECT id, organization_id, kind, target, ticket_ref, granted_at, revoked_at
             FROM support_grants WHERE ?1 IS NULL OR organization_id = ?1
             ORDER BY granted_at DESC, id DESC",
        )?;
        let rows = stmt.query_map([organization_id], |r| {
            let granted_at = instant(r, 5)?;
            let revoked_at = opt_instant(r, 6)?;
            Ok(SupportGrant {
                id: r.get(0)?,
                organization_id: r.get(1)?,
                kind: parsed(r, 2, |s| {
                    GrantKind::parse(s)
                        .ok_or_else(|| Error::invalid("kind", format!("unknown grant kind '{s}'")))
                })?,
                target: r.get(3)?,
                ticket_ref: r.get(4)?,
                granted_at,
                expires_at: grant_expiry(granted_at),
                revoked_at,
                state: grant_state(granted_at, revoked_at, now),
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
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
