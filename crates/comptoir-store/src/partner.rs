//! The partner program (PAR-1..4) on the workspace: eligibility from an SQL aggregate of the
//! managed products, the partner's profile, clients with their grants, managers and billing
//! terms, statements (CSV through the `csv` crate; the PDF is `comptoir_invoice`'s). Every change
//! runs in one transaction and is decided by `comptoir_core::partner`; a refusal names its rule.
//! The decisions the rules leave open are written at the top of `comptoir_core::partner`.

use chrono::SecondsFormat;
use comptoir_core::org::{validate_email, Role};
use comptoir_core::partner::{
    build_statement, check_active, check_become_affiliate, check_become_partner,
    check_client_manager, check_is_partner, check_partner_admin, parse_rate, validate_client_name,
    validate_website, Benefit, BilledParty, ClientAccess, ClientProduct, Eligibility,
    PartnerClient, PartnerProfile, PartnerStatus, Statement,
};
use comptoir_core::{text, Currency, Error, Money};
use rusqlite::{params, Connection, OptionalExtension};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::access::active_role;
use crate::row::{currency, date, money, opt_instant, parsed};
use crate::{Store, StoreResult};

/// A member of the partner organization who may be assigned clients.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct PartnerMember {
    pub user_id: i64,
    pub display_name: String,
    pub role: Role,
}

/// The Partner section as the signed-in user may see it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct PartnerOverview {
    pub status: PartnerStatus,
    /// Legal representative or administrator: may change settings and clients.
    pub can_manage: bool,
    pub eligibility: Eligibility,
    /// Every client for those who manage; for a plain user the ones assigned to them.
    pub clients: Vec<PartnerClient>,
    /// The organization's active members (who may be assigned clients).
    pub members: Vec<PartnerMember>,
}

/// A statement issued to a client (kept with the client after the relationship ends).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct StatementRecord {
    pub id: i64,
    pub from: chrono::NaiveDate,
    pub to: chrono::NaiveDate,
    pub format: String,
    pub total: Money,
    pub margin: Money,
    pub created_by: Option<String>,
    pub created_at: chrono::DateTime<chrono::Utc>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct PartnerClientDetail {
    pub client: PartnerClient,
    pub products: Vec<ClientProduct>,
    pub statements: Vec<StatementRecord>,
    pub can_manage: bool,
}

/// PAR-1 facts the partner records (the acceptance is stored with who and when).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct PartnerProfileInput {
    pub register_number: Option<String>,
    pub website: Option<String>,
    pub supports_clients: bool,
    pub invoices_clients: bool,
    pub accept_conditions: bool,
}

/// Billing terms as typed: the rate is a percentage in the UI's locale ("12.5", "12,5").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct BillingTermsInput {
    pub billed: BilledParty,
    pub benefit: Benefit,
    pub rate: String,
    pub locale: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct NewPartnerClient {
    pub name: String,
    pub email: String,
    pub access: ClientAccess,
    pub terms: BillingTermsInput,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct NewClientProduct {
    pub name: String,
    /// As typed in `locale`.
    pub price: String,
    pub locale: String,
    pub period_months: u32,
    pub renews_on: chrono::NaiveDate,
}

fn role_in(conn: &Connection, org: i64, actor: i64) -> StoreResult<Role> {
    active_role(conn, org, actor)?.ok_or_else(|| {
        Error::rule(
            comptoir_core::RuleId::Org6,
            "Only a member of the organization may see its partner program.",
        )
        .reason("members_only")
        .with_field("organization_id")
        .into()
    })
}

fn client_org(conn: &Connection, client: i64) -> StoreResult<i64> {
    conn.query_row(
        "SELECT partner_organization_id FROM partner_clients WHERE id = ?1",
        [client],
        |r| r.get(0),
    )
    .optional()?
    .ok_or_else(|| {
        Error::not_found("partner client", client)
            .with_field("client_id")
            .into()
    })
}

fn is_manager(conn: &Connection, client: i64, user: i64) -> StoreResult<bool> {
    Ok(conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM partner_client_managers WHERE client_id = ?1 AND user_id = ?2)",
        params![client, user],
        |r| r.get(0),
    )?)
}

const CLIENT_COLUMNS: &str = "pc.id, pc.partner_organization_id, pc.client_name, pc.contact_email,
    pc.access, pc.since, pc.ended_on, pc.billed, pc.benefit, pc.rate_bp, pc.currency,
    (SELECT count(*) FROM partner_client_products p WHERE p.client_id = pc.id),
    (SELECT count(*) FROM partner_client_products p WHERE p.client_id = pc.id
        AND pc.ended_on IS NULL AND (p.managed = 1 OR pc.access = 'whole_account')),
    (SELECT group_concat(user_id) FROM partner_client_managers m WHERE m.client_id = pc.id)";

fn client_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<PartnerClient> {
    let managers: Option<String> = r.get(13)?;
    let mut manager_ids: Vec<i64> = managers
        .unwrap_or_default()
        .split(',')
        .filter_map(|s| s.parse().ok())
        .collect();
    manager_ids.sort_unstable();
    Ok(PartnerClient {
        id: r.get(0)?,
        partner_organization_id: r.get(1)?,
        client_name: r.get(2)?,
        contact_email: r.get(3)?,
        access: parsed(r, 4, ClientAccess::parse)?,
        since: date(r, 5)?,
        ended_on: r
            .get::<_, Option<String>>(6)?
            .map(|s| s.parse())
            .transpose()
            .map_err(|e| {
                rusqlite::Error::FromSqlConversionFailure(
                    6,
                    rusqlite::types::Type::Text,
                    Box::new(e),
                )
            })?,
        billed: parsed(r, 7, BilledParty::parse)?,
        benefit: parsed(r, 8, Benefit::parse)?,
        rate_bp: r.get(9)?,
        currency: currency(r, 10)?,
        product_count: r.get(11)?,
        managed_count: r.get(12)?,
        manager_ids,
    })
}

fn load_client(conn: &Connection, client: i64) -> StoreResult<PartnerClient> {
    conn.query_row(
        &format!("SELECT {CLIENT_COLUMNS} FROM partner_clients pc WHERE pc.id = ?1"),
        [client],
        client_row,
    )
    .optional()?
    .ok_or_else(|| {
        Error::not_found("partner client", client)
            .with_field("client_id")
            .into()
    })
}

fn client_products(conn: &Connection, client: &PartnerClient) -> StoreResult<Vec<ClientProduct>> {
    let mut stmt = conn.prepare(
        "SELECT id, client_id, name, period_months, price_minor, currency, renews_on, managed
         FROM partner_client_products WHERE client_id = ?1 ORDER BY name COLLATE NOCASE, id",
    )?;
    let whole = client.access == ClientAccess::WholeAccount;
    let active = client.ended_on.is_none();
    let rows = stmt.query_map([client.id], |r| {
        Ok(ClientProduct {
            id: r.get(0)?,
            client_id: r.get(1)?,
            name: r.get(2)?,
            period_months: r.get(3)?,
            price: money(r, 4, 5)?,
            renews_on: date(r, 6)?,
            managed: active && (whole || r.get::<_, bool>(7)?),
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

fn terms(t: &BillingTermsInput) -> StoreResult<(BilledParty, Benefit, u32)> {
    Ok((t.billed, t.benefit, parse_rate(&t.rate, &t.locale)?))
}

impl Store {
    /// PAR-1 facts the organization recorded (nothing recorded: nothing met).
    pub fn partner_profile(&self, org: i64) -> StoreResult<PartnerProfile> {
        let row = self
            .conn()
            .query_row(
                "SELECT register_number, website, supports_clients, invoices_clients,
                    (SELECT display_name FROM users u WHERE u.id = conditions_accepted_by),
                    conditions_accepted_at
                 FROM partner_profiles WHERE organization_id = ?1",
                [org],
                |r| {
                    Ok(PartnerProfile {
                        register_number: r.get(0)?,
                        website: r.get(1)?,
                        supports_clients: r.get(2)?,
                        invoices_clients: r.get(3)?,
                        conditions_accepted_by: r.get(4)?,
                        conditions_accepted_at: opt_instant(r, 5)?,
                    })
                },
            )
            .optional()?;
        Ok(row.unwrap_or(PartnerProfile {
            register_number: None,
            website: None,
            supports_clients: false,
            invoices_clients: false,
            conditions_accepted_by: None,
            conditions_accepted_at: None,
        }))
    }

    /// PAR-1 condition by condition. The volume is one SQL aggregate over the organization's
    /// products and the client products it manages, summed per currency and period (the
    /// annualizing division is exact, in `Eligibility::evaluate`).
    pub fn partner_eligibility(&self, org: i64) -> StoreResult<Eligibility> {
        self.organization(org)?;
        let mut stmt = self.conn().prepare(
            "SELECT currency, period_months, sum(price_minor) FROM (
                SELECT currency, period_months, price_minor FROM products
                WHERE organization_id = ?1
                UNION ALL
                SELECT p.currency, p.period_months, p.price_minor
                FROM partner_client_products p JOIN partner_clients c ON c.id = p.client_id
                WHERE c.partner_organization_id = ?1 AND c.ended_on IS NULL
                  AND (p.managed = 1 OR c.access = 'whole_account'))
             GROUP BY currency, period_months",
        )?;
        let sums = stmt
            .query_map([org], |r| {
                Ok((currency(r, 0)?, r.get::<_, u32>(1)?, r.get::<_, i64>(2)?))
            })?
            .collect::<Result<Vec<(Currency, u32, i64)>, _>>()?;
        Ok(Eligibility::evaluate(&sums, &self.partner_profile(org)?))
    }

    /// Every client of `org`, ended ones included (unchecked: for the engine and tests).
    pub fn partner_clients(&self, org: i64) -> StoreResult<Vec<PartnerClient>> {
        let mut stmt = self.conn().prepare(&format!(
            "SELECT {CLIENT_COLUMNS} FROM partner_clients pc
             WHERE pc.partner_organization_id = ?1
             ORDER BY pc.ended_on IS NOT NULL, pc.client_name COLLATE NOCASE, pc.id"
        ))?;
        let rows = stmt.query_map([org], client_row)?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// The Partner section as `actor` sees it.
    pub fn partner_overview_as(&self, actor: i64, org: i64) -> StoreResult<PartnerOverview> {
        self.organization(org)?;
        let role = role_in(self.conn(), org, actor)?;
        let can_manage = role.has_enough_rights();
        let mut clients = self.partner_clients(org)?;
        if !can_manage {
            // A plain user sees the clients assigned to them (an ended one has no managers).
            clients.retain(|c| c.manager_ids.contains(&actor));
        }
        let mut stmt = self.conn().prepare(
            "SELECT u.id, u.display_name, m.role FROM memberships m JOIN users u ON u.id = m.user_id
             WHERE m.organization_id = ?1 AND m.status = 'active'
             ORDER BY u.display_name COLLATE NOCASE",
        )?;
        let members = stmt
            .query_map([org], |r| {
                Ok(PartnerMember {
                    user_id: r.get(0)?,
                    display_name: r.get(1)?,
                    role: parsed(r, 2, Role::parse)?,
                })
            })?
            .collect::<Result<_, _>>()?;
        Ok(PartnerOverview {
            status: self.partner_status(org)?,
            can_manage,
            eligibility: self.partner_eligibility(org)?,
            clients,
            members,
        })
    }

    /// Records the PAR-1 facts. Accepting the reseller conditions stores who and when, once: a
    /// later save neither withdraws nor re-dates the acceptance (the UI shows it ticked, fixed).
    pub fn save_partner_profile(
        &mut self,
        org: i64,
        actor: i64,
        input: &PartnerProfileInput,
    ) -> StoreResult<()> {
        let register = text::check_optional_text(
            "register_number",
            input.register_number.as_deref(),
            text::VAT_NUMBER_MAX,
        )?
        .map(str::to_owned);
        let website = validate_website(input.website.as_deref())?;
        let now = self
            .clock()
            .now()
            .to_rfc3339_opts(SecondsFormat::Secs, true);
        let tx = self.conn_mut().transaction()?;
        check_partner_admin(role_in(&tx, org, actor)?)?;
        tx.execute(
            "INSERT INTO partner_profiles(organization_id, register_number, website,
                supports_clients, invoices_clients) VALUES (?1, ?2, ?3, ?4, ?5)
             ON CONFLICT(organization_id) DO UPDATE SET register_number = ?2, website = ?3,
                supports_clients = ?4, invoices_clients = ?5",
            params![
                org,
                register,
                website,
                input.supports_clients,
                input.invoices_clients
            ],
        )?;
        if input.accept_conditions {
            tx.execute(
                "UPDATE partner_profiles SET conditions_accepted_by = ?2, conditions_accepted_at = ?3
                 WHERE organization_id = ?1 AND conditions_accepted_at IS NULL",
                params![org, actor, now],
            )?;
        }
        tx.commit()?;
        Ok(())
    }

    /// Joins or leaves the partner or affiliate program (PAR-1, PAR-2).
    pub fn set_partner_status(
        &mut self,
        org: i64,
        actor: i64,
        status: PartnerStatus,
    ) -> StoreResult<()> {
        let current = self.partner_status(org)?;
        let eligibility = self.partner_eligibility(org)?;
        let tx = self.conn_mut().transaction()?;
        check_partner_admin(role_in(&tx, org, actor)?)?;
        match status {
            PartnerStatus::Partner => check_become_partner(current, &eligibility)?,
            PartnerStatus::Affiliate => check_become_affiliate(current)?,
            PartnerStatus::None => {}
        }
        tx.execute(
            "UPDATE organizations SET partner_status = ?2 WHERE id = ?1",
            params![org, status.as_str()],
        )?;
        tx.commit()?;
        Ok(())
    }

    /// PAR-3: adds a client organization with its grant and billing terms.
    pub fn add_partner_client(
        &mut self,
        org: i64,
        actor: i64,
        new: &NewPartnerClient,
    ) -> StoreResult<i64> {
        let name = validate_client_name(&new.name)?;
        let email = validate_email(&new.email)?;
        let (billed, benefit, rate) = terms(&new.terms)?;
        let status = self.partner_status(org)?;
        let org_currency = self.organization(org)?.currency;
        let today = self.clock().today(comptoir_core::clock::DEFAULT_TZ);
        let tx = self.conn_mut().transaction()?;
        check_partner_admin(role_in(&tx, org, actor)?)?;
        check_is_partner(status)?;
        let taken: bool = tx.query_row(
            "SELECT EXISTS (SELECT 1 FROM partner_clients WHERE partner_organization_id = ?1
                AND client_name = ?2 COLLATE NOCASE AND ended_on IS NULL)",
            params![org, name],
            |r| r.get(0),
        )?;
        if taken {
            return Err(Error::new(
                comptoir_core::ErrorCode::Conflict,
                format!("{name} is already a client"),
            )
            .with_field("name")
            .reason("partner_client_exists")
            .with_param("name", &name)
            .into());
        }
        tx.execute(
            "INSERT INTO partner_clients(partner_organization_id, client_name, access,
                product_count, since, contact_email, billed, benefit, rate_bp, currency)
             VALUES (?1, ?2, ?3, 0, ?4, ?5, ?6, ?7, ?8, ?9)",
            params![
                org,
                name,
                new.access.as_str(),
                today.to_string(),
                email,
                billed.as_str(),
                benefit.as_str(),
                rate,
                org_currency.code()
            ],
        )?;
        let id = tx.last_insert_rowid();
        tx.commit()?;
        Ok(id)
    }

    /// The client as `actor` may see it: admins any client of their organization, a plain user
    /// the clients assigned to them.
    pub fn partner_client_as(&self, actor: i64, client: i64) -> StoreResult<PartnerClientDetail> {
        let org = client_org(self.conn(), client)?;
        let role = role_in(self.conn(), org, actor)?;
        check_client_manager(role, is_manager(self.conn(), client, actor)?)?;
        let c = load_client(self.conn(), client)?;
        let products = client_products(self.conn(), &c)?;
        let mut stmt = self.conn().prepare(
            "SELECT s.id, s.period_from, s.period_to, s.format, s.total_minor, s.margin_minor,
                s.currency, u.display_name, s.created_at
             FROM partner_statements s LEFT JOIN users u ON u.id = s.created_by
             WHERE s.client_id = ?1 ORDER BY s.created_at DESC, s.id DESC",
        )?;
        let statements = stmt
            .query_map([client], |r| {
                Ok(StatementRecord {
                    id: r.get(0)?,
                    from: date(r, 1)?,
                    to: date(r, 2)?,
                    format: r.get(3)?,
                    total: money(r, 4, 6)?,
                    margin: money(r, 5, 6)?,
                    created_by: r.get(7)?,
                    created_at: crate::row::instant(r, 8)?,
                })
            })?
            .collect::<Result<_, _>>()?;
        Ok(PartnerClientDetail {
            client: c,
            products,
            statements,
            can_manage: role.has_enough_rights(),
        })
    }

    /// Starts a change of `client`: the actor must administer its partner, and the relationship
    /// must still run.
    fn admin_of_client(tx: &Connection, actor: i64, client: i64) -> StoreResult<PartnerClient> {
        let org = client_org(tx, client)?;
        check_partner_admin(role_in(tx, org, actor)?)?;
        let c = load_client(tx, client)?;
        check_active(&c)?;
        Ok(c)
    }

    /// Records a product of the client (in the client's currency).
    pub fn add_client_product(
        &mut self,
        actor: i64,
        client: i64,
        new: &NewClientProduct,
    ) -> StoreResult<i64> {
        let name = text::check_text("name", &new.name, text::NAME_MAX)?.to_owned();
        if !(1..=120).contains(&new.period_months) {
            return Err(Error::invalid_because(
                "period_months",
                comptoir_core::Reason::OutOfRange {
                    min: "1".into(),
                    max: "120".into(),
                    given: new.period_months.to_string(),
                },
            )
            .into());
        }
        let tx = self.conn_mut().transaction()?;
        let c = Self::admin_of_client(&tx, actor, client)?;
        let price =
            comptoir_core::amount::parse_money(&new.price, &new.locale, "price", c.currency)?;
        tx.execute(
            "INSERT INTO partner_client_products(client_id, name, period_months, price_minor,
                currency, renews_on, managed) VALUES (?1, ?2, ?3, ?4, ?5, ?6, 0)",
            params![
                client,
                name,
                new.period_months,
                price.to_minor()?,
                c.currency.code(),
                new.renews_on.to_string()
            ],
        )?;
        let id = tx.last_insert_rowid();
        tx.commit()?;
        Ok(id)
    }

    /// PAR-3: edits the client's grant: the whole account, or the chosen products of the client.
    pub fn set_client_access(
        &mut self,
        actor: i64,
        client: i64,
        access: ClientAccess,
        managed_product_ids: &[i64],
    ) -> StoreResult<()> {
        let tx = self.conn_mut().transaction()?;
        Self::admin_of_client(&tx, actor, client)?;
        for id in managed_product_ids {
            let ours: bool = tx.query_row(
                "SELECT EXISTS (SELECT 1 FROM partner_client_products WHERE id = ?1 AND client_id = ?2)",
                params![id, client],
                |r| r.get(0),
            )?;
            if !ours {
                return Err(Error::not_found("client product", id)
                    .with_field("product_ids")
                    .into());
            }
        }
        if access == ClientAccess::SpecificProducts && managed_product_ids.is_empty() {
            return Err(
                Error::invalid_because("product_ids", comptoir_core::Reason::NoneChosen).into(),
            );
        }
        tx.execute(
            "UPDATE partner_clients SET access = ?2 WHERE id = ?1",
            params![client, access.as_str()],
        )?;
        tx.execute(
            "UPDATE partner_client_products SET managed = 0 WHERE client_id = ?1",
            [client],
        )?;
        for id in managed_product_ids {
            tx.execute(
                "UPDATE partner_client_products SET managed = 1 WHERE id = ?1",
                [id],
            )?;
        }
        tx.commit()?;
        Ok(())
    }

    /// PAR-3/PAR-4: who is billed, and the partner's discount or cashback (0-35 %).
    pub fn set_client_billing(
        &mut self,
        actor: i64,
        client: i64,
        input: &BillingTermsInput,
    ) -> StoreResult<()> {
        let (billed, benefit, rate) = terms(input)?;
        let tx = self.conn_mut().transaction()?;
        Self::admin_of_client(&tx, actor, client)?;
        tx.execute(
            "UPDATE partner_clients SET billed = ?2, benefit = ?3, rate_bp = ?4 WHERE id = ?1",
            params![client, billed.as_str(), benefit.as_str(), rate],
        )?;
        tx.commit()?;
        Ok(())
    }

    /// Which of the partner's own users manage `client` (members of the partner organization).
    pub fn set_client_managers(
        &mut self,
        actor: i64,
        client: i64,
        user_ids: &[i64],
    ) -> StoreResult<()> {
        let tx = self.conn_mut().transaction()?;
        let c = Self::admin_of_client(&tx, actor, client)?;
        for &user in user_ids {
            if active_role(&tx, c.partner_organization_id, user)?.is_none() {
                return Err(Error::not_found(
                    "member",
                    format!("{user} of organization {}", c.partner_organization_id),
                )
                .with_field("user_ids")
                .into());
            }
        }
        tx.execute(
            "DELETE FROM partner_client_managers WHERE client_id = ?1",
            [client],
        )?;
        for &user in user_ids {
            tx.execute(
                "INSERT OR IGNORE INTO partner_client_managers(client_id, organization_id, user_id)
                 VALUES (?1, ?2, ?3)",
                params![client, c.partner_organization_id, user],
            )?;
        }
        tx.commit()?;
        Ok(())
    }

    /// PAR-3: ends the relationship. The partner's access goes (grants and managers removed);
    /// the client's products and the statements issued stay with the client.
    pub fn end_partner_client(&mut self, actor: i64, client: i64) -> StoreResult<()> {
        let today = self.clock().today(comptoir_core::clock::DEFAULT_TZ);
        let tx = self.conn_mut().transaction()?;
        Self::admin_of_client(&tx, actor, client)?;
        tx.execute(
            "UPDATE partner_clients SET ended_on = ?2 WHERE id = ?1",
            params![client, today.to_string()],
        )?;
        tx.execute(
            "UPDATE partner_client_products SET managed = 0 WHERE client_id = ?1",
            [client],
        )?;
        tx.execute(
            "DELETE FROM partner_client_managers WHERE client_id = ?1",
            [client],
        )?;
        tx.commit()?;
        Ok(())
    }

    /// The client's billing data for `from..=to`, as `actor` may see it (PAR-3, PAR-4).
    pub fn partner_statement_as(
        &self,
        actor: i64,
        client: i64,
        from: chrono::NaiveDate,
        to: chrono::NaiveDate,
    ) -> StoreResult<Statement> {
        let org = client_org(self.conn(), client)?;
        let role = role_in(self.conn(), org, actor)?;
        check_client_manager(role, is_manager(self.conn(), client, actor)?)?;
        let c = load_client(self.conn(), client)?;
        check_active(&c)?;
        let partner = self.organization(org)?;
        let products = client_products(self.conn(), &c)?;
        Ok(build_statement(&c, &partner.name, &products, from, to)?)
    }

    /// Remembers that a statement was issued (after its file was written).
    pub fn record_statement(
        &mut self,
        actor: i64,
        statement: &Statement,
        format: &str,
    ) -> StoreResult<()> {
        let now = self
            .clock()
            .now()
            .to_rfc3339_opts(SecondsFormat::Secs, true);
        self.conn().execute(
            "INSERT INTO partner_statements(client_id, period_from, period_to, format,
                total_minor, margin_minor, currency, created_by, created_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
            params![
                statement.client_id,
                statement.from.to_string(),
                statement.to.to_string(),
                format,
                statement.total_list.to_minor()?,
                statement.total_margin.to_minor()?,
                statement.currency.code(),
                actor,
                now
            ],
        )?;
        Ok(())
    }
}

/// The statement as CSV (RFC 4180 through the `csv` crate), for machines: a header row, ISO
/// dates, '.' decimals, the currency in its own column, whatever the reader's language.
pub fn statement_csv(s: &Statement) -> StoreResult<Vec<u8>> {
    let mut w = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
    let fail = |e: csv::Error| Error::storage(format!("cannot write the CSV: {e}"));
    w.write_record([
        "client",
        "product_id",
        "product",
        "renews_on",
        "period_months",
        "currency",
        "list_price",
        "partner_pays",
        "margin",
        "billed",
        "benefit",
        "rate_percent",
    ])
    .map_err(fail)?;
    let rate = format!("{:.2}", rust_decimal::Decimal::new(i64::from(s.rate_bp), 2));
    for l in &s.lines {
        w.write_record([
            s.client_name.as_str(),
            &l.product_id.to_string(),
            &l.product,
            &l.renews_on.to_string(),
            &l.period_months.to_string(),
            s.currency.code(),
            &format!("{:.2}", l.list_price.amount),
            &format!("{:.2}", l.partner_pays.amount),
            &format!("{:.2}", l.margin.amount),
            s.billed.as_str(),
            s.benefit.as_str(),
            &rate,
        ])
        .map_err(fail)?;
    }
    w.into_inner()
        .map_err(|e| Error::storage(format!("cannot write the CSV: {e}")).into())
}

/// The two files a statement is exported as.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum StatementFormat {
    Csv,
    Pdf,
}

impl StatementFormat {
    pub fn extension(self) -> &'static str {
        match self {
            StatementFormat::Csv => "csv",
            StatementFormat::Pdf => "pdf",
        }
    }
}

/// A statement's file, made as `actor` may: its suggested name and its bytes. `language` is the
/// reader's for the PDF (the CSV is for machines, the same in every language).
pub fn statement_file(
    store: &Store,
    actor: i64,
    client: i64,
    (from, to): (chrono::NaiveDate, chrono::NaiveDate),
    format: StatementFormat,
    language: &str,
) -> StoreResult<(Statement, String, Vec<u8>)> {
    let s = store.partner_statement_as(actor, client, from, to)?;
    let slug: String = s
        .client_name
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { '-' })
        .collect::<String>()
        .split('-')
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    let name = format!("statement-{slug}-{from}-{to}.{}", format.extension());
    let bytes = match format {
        StatementFormat::Csv => statement_csv(&s)?,
        StatementFormat::Pdf => comptoir_invoice::render_statement(
            &s,
            store.clock().today(comptoir_core::clock::DEFAULT_TZ),
            comptoir_invoice::Lang::from_code(language),
            comptoir_invoice::Fonts::shared(),
        ),
    };
    Ok((s, name, bytes))
}
