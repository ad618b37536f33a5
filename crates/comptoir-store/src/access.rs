//! The engine's check of who may move money (see `comptoir_core::policy::BillingAction`): the
//! signed-in user's active role in the organization and, for a plain user, the ORG-6 billing
//! right on every product concerned (their own grant or one of their teams').

use std::collections::BTreeMap;

use comptoir_core::org::Role;
use comptoir_core::policy::{check_billing, BillingAction};
use comptoir_core::Error;
use rusqlite::{params, Connection, OptionalExtension};

use crate::StoreResult;

/// The active role of `user` in `org`, or `None` when they are not an active member.
pub(crate) fn active_role(conn: &Connection, org: i64, user: i64) -> StoreResult<Option<Role>> {
    let role: Option<String> = conn
        .query_row(
            "SELECT role FROM memberships
             WHERE organization_id = ?1 AND user_id = ?2 AND status = 'active'",
            params![org, user],
            |r| r.get(0),
        )
        .optional()?;
    Ok(role.map(|r| Role::parse(&r)).transpose()?)
}

/// Whether `user` holds the billing right on `product` in `org`, directly or through a team.
fn has_billing_right(conn: &Connection, org: i64, user: i64, product: i64) -> StoreResult<bool> {
    Ok(conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM product_rights
                        WHERE organization_id = ?1 AND user_id = ?2 AND product_id = ?3
                          AND billing = 1)
             OR EXISTS (SELECT 1 FROM team_rights r
                        JOIN team_members m ON m.team_id = r.team_id
                        JOIN teams t ON t.id = r.team_id
                        WHERE t.organization_id = ?1 AND m.user_id = ?2 AND r.product_id = ?3
                          AND r.billing = 1)",
        params![org, user, product],
        |r| r.get(0),
    )?)
}

/// Refuses (ORG-6) unless `actor` may do `action` in `org` on `products` (empty for an
/// organization-wide action).
pub(crate) fn check_actor(
    conn: &Connection,
    org: i64,
    actor: i64,
    action: BillingAction,
    products: &[i64],
) -> StoreResult<()> {
    let role = active_role(conn, org, actor)?;
    let mut right_on_all = action.per_product();
    if role == Some(Role::User) && action.per_product() {
        for &p in products {
            if !has_billing_right(conn, org, actor, p)? {
                right_on_all = false;
                break;
            }
        }
    }
    check_billing(role, action, right_on_all).map_err(Into::into)
}

/// [`check_actor`] for products of possibly several organizations: each organization is checked
/// for its own products. Unknown products are left to the caller's own not-found error.
pub(crate) fn check_actor_on_products(
    conn: &Connection,
    actor: i64,
    action: BillingAction,
    products: &[i64],
) -> StoreResult<()> {
    let mut by_org: BTreeMap<i64, Vec<i64>> = BTreeMap::new();
    let mut stmt = conn.prepare_cached("SELECT organization_id FROM products WHERE id = ?1")?;
    for &p in products {
        if let Some(org) = stmt.query_row([p], |r| r.get(0)).optional()? {
            by_org.entry(org).or_default().push(p);
        }
    }
    for (org, ids) in by_org {
        check_actor(conn, org, actor, action, &ids)?;
    }
    Ok(())
}

impl crate::Store {
    /// What `actor` may do with the money of `org` (see `BillingAccess`).
    pub fn billing_access(
        &self,
        actor: i64,
        org: i64,
    ) -> StoreResult<comptoir_core::policy::BillingAccess> {
        self.organization(org)?;
        let role = active_role(self.conn(), org, actor)?;
        let legal_rep_anywhere = check_workspace_setting(self.conn(), actor).is_ok();
        Ok(comptoir_core::policy::BillingAccess::of(
            role,
            legal_rep_anywhere,
        ))
    }
}

/// Refuses when `actor` is not a legal representative of any organization of the workspace
/// (workspace-wide settings such as the seller on documents).
pub(crate) fn check_workspace_setting(conn: &Connection, actor: i64) -> StoreResult<()> {
    let is_legal_rep: bool = conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM memberships WHERE user_id = ?1
                          AND role = 'legal_representative' AND status = 'active')",
        [actor],
        |r| r.get(0),
    )?;
    let role = is_legal_rep.then_some(Role::LegalRepresentative);
    check_billing(role, BillingAction::SetSeller, false).map_err(|e: Error| e.into())
}

/// The organizations the user bound to `?` is an active member of (a subquery).
pub(crate) const MEMBER_ORGS: &str =
    "SELECT organization_id FROM memberships WHERE user_id = ? AND status = 'active'";

/// The reader a products query must filter by: none when `reader` is an active member of every
/// organization (they read every product, and a filter `organization_id IN (...)` would only
/// take the organization index from the window's or the sort's; issue 12).
pub(crate) fn products_reader(conn: &Connection, reader: Option<i64>) -> StoreResult<Option<i64>> {
    let Some(user) = reader else {
        return Ok(None);
    };
    let everywhere: bool = conn
        .prepare_cached(&format!(
            "SELECT NOT EXISTS (SELECT 1 FROM organizations WHERE id NOT IN ({MEMBER_ORGS}))"
        ))?
        .query_row([user], |r| r.get(0))?;
    Ok((!everywhere).then_some(user))
}

/// Refuses (ORG-6) unless `actor` is an active member of `org`: an organization's invoices,
/// documents and orders are read by its members only.
pub(crate) fn check_reader(conn: &Connection, org: i64, actor: i64) -> StoreResult<()> {
    if active_role(conn, org, actor)?.is_some() {
        return Ok(());
    }
    Err(Error::rule(
        comptoir_core::RuleId::Org6,
        "Only a member of the organization may see its invoices, documents and orders.",
    )
    .reason("members_only")
    .with_field("organization_id")
    .into())
}

/// The reads of invoices and orders as the signed-in user: the same answers as the unchecked
/// reads the engine uses internally, after [`check_reader`].
impl crate::Store {
    /// Invoices of `org` or, without one, of every organization `actor` is an active member of.
    pub fn invoices_as(
        &self,
        actor: i64,
        org: Option<i64>,
    ) -> StoreResult<Vec<comptoir_core::billing::Invoice>> {
        if let Some(org) = org {
            check_reader(self.conn(), org, actor)?;
            return self.invoices(Some(org));
        }
        let mut all = self.invoices(None)?;
        let mut member = BTreeMap::new();
        let mut keep = Vec::with_capacity(all.len());
        for i in all.drain(..) {
            let ok = match member.get(&i.organization_id) {
                Some(&ok) => ok,
                None => {
                    let ok = active_role(self.conn(), i.organization_id, actor)?.is_some();
                    member.insert(i.organization_id, ok);
                    ok
                }
            };
            if ok {
                keep.push(i);
            }
        }
        Ok(keep)
    }

    /// Refuses (ORG-6) unless `actor` is an active member of `org`: the organization's members,
    /// products and counters are read by its members only.
    pub fn check_member(&self, actor: i64, org: i64) -> StoreResult<()> {
        self.organization(org)?;
        check_reader(self.conn(), org, actor)
    }

    /// A page of the renewals table as `actor`: one organization they belong to or, without
    /// one, all of theirs.
    pub fn query_products_as(
        &self,
        actor: i64,
        q: &comptoir_core::renewal::ProductQuery,
    ) -> StoreResult<comptoir_core::renewal::ProductPage> {
        if let Some(org) = q.organization_id {
            check_reader(self.conn(), org, actor)?;
        }
        self.query_products_in(q, Some(actor))
    }

    /// The renewals counters as `actor` (see [`Store::query_products_as`]).
    pub fn product_counts_as(
        &self,
        actor: i64,
        org: Option<i64>,
    ) -> StoreResult<crate::ProductCounts> {
        if let Some(org) = org {
            check_reader(self.conn(), org, actor)?;
        }
        self.product_counts_in(org, Some(actor))
    }

    /// The attention badge and strip as `actor` (see [`Store::query_products_as`]).
    pub fn attention_as(
        &self,
        actor: i64,
        org: Option<i64>,
    ) -> StoreResult<comptoir_core::reminders::Attention> {
        if let Some(org) = org {
            check_reader(self.conn(), org, actor)?;
        }
        self.attention_in(org, Some(actor))
    }

    /// How many products a selection stands for, as `actor`: only those of their organizations.
    pub fn count_selection_as(
        &self,
        actor: i64,
        sel: &comptoir_core::renewal::Selection,
    ) -> StoreResult<u32> {
        if let Some(org) = sel.query.as_ref().and_then(|q| q.organization_id) {
            check_reader(self.conn(), org, actor)?;
        }
        let mut mine = self.conn().prepare_cached(&format!(
            "SELECT EXISTS (SELECT 1 FROM products WHERE id = ?1 AND organization_id IN ({}))",
            MEMBER_ORGS.replace('?', "?2")
        ))?;
        let mut n = 0;
        for id in self.resolve_selection(sel)? {
            if mine.query_row(params![id, actor], |r| r.get::<_, bool>(0))? {
                n += 1;
            }
        }
        Ok(n)
    }

    /// The documents with a line for `product`, to a member of the product's organization.
    pub fn invoices_for_product_as(
        &self,
        actor: i64,
        product: i64,
    ) -> StoreResult<Vec<comptoir_core::billing::Invoice>> {
        let org: Option<i64> = self
            .conn()
            .query_row(
                "SELECT organization_id FROM products WHERE id = ?1",
                [product],
                |r| r.get(0),
            )
            .optional()?;
        let org =
            org.ok_or_else(|| Error::not_found("product", product).with_field("product_id"))?;
        check_reader(self.conn(), org, actor)?;
        self.invoices_for_product(product)
    }

    /// Refuses unless `actor` may read document `invoice_id` (saving, printing, exporting it).
    pub fn check_document_reader(&self, actor: i64, invoice_id: i64) -> StoreResult<()> {
        let org: Option<i64> = self
            .conn()
            .query_row(
                "SELECT organization_id FROM invoices WHERE id = ?1",
                [invoice_id],
                |r| r.get(0),
            )
            .optional()?;
        let org =
            org.ok_or_else(|| Error::not_found("document", invoice_id).with_field("invoice_id"))?;
        check_reader(self.conn(), org, actor)
    }

    pub fn invoice_detail_as(
        &self,
        actor: i64,
        invoice_id: i64,
    ) -> StoreResult<comptoir_core::billing::InvoiceDetail> {
        self.check_document_reader(actor, invoice_id)?;
        self.invoice_detail(invoice_id)
    }

    pub fn orders_as(
        &self,
        actor: i64,
        org: i64,
    ) -> StoreResult<Vec<comptoir_core::billing::Order>> {
        self.organization(org)?;
        check_reader(self.conn(), org, actor)?;
        self.orders(org)
    }
}
