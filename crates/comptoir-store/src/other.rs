//! Support-access grants and the partner program.

use comptoir_core::partner::{ClientAccess, PartnerClient, PartnerStatus};
use comptoir_core::support::SupportGrant;
use comptoir_core::Error;

use crate::row::{date, parsed};
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

    pub fn partner_clients(&self, organization_id: i64) -> StoreResult<Vec<PartnerClient>> {
        let mut stmt = self.conn().prepare(
            "SELECT id, client_name, access, product_count, since FROM partner_clients
             WHERE partner_organization_id = ?1 ORDER BY client_name COLLATE NOCASE",
        )?;
        let rows = stmt.query_map([organization_id], |r| {
            Ok(PartnerClient {
                id: r.get(0)?,
                partner_organization_id: organization_id,
                client_name: r.get(1)?,
                access: parsed(r, 2, |s| match s {
                    "whole_account" => Ok(ClientAccess::WholeAccount),
                    "specific_products" => Ok(ClientAccess::SpecificProducts),
                    other => Err(Error::invalid(
                        "access",
                        format!("unknown access '{other}'"),
                    )),
                })?,
                product_count: r.get(3)?,
                since: date(r, 4)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }
}
