//! Organizations, members, teams and per-user security settings.

use std::collections::HashMap;

use comptoir_core::org::{
    Address, ContactPreferences, Member, MemberStatus, Organization, Role, Team,
};
use comptoir_core::security::{SecuritySettings, TwoFactorMethod};
use comptoir_core::Error;
use rusqlite::params;

use crate::row::{currency, date, parsed};
use crate::{Store, StoreResult};

/// The most members one page carries: about 300 bytes of JSON each, so a page and its
/// organization stay near 31 KB (measured with 2,000 members), well under 64 KB.
pub const MEMBERS_PAGE_MAX: u32 = 100;

/// A page of an organization's members and how many there are in all.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, ts_rs::TS)]
pub struct MembersPage {
    /// Members matching the search (all of them without one), counted by SQL.
    pub total: u32,
    pub offset: u32,
    pub members: Vec<Member>,
}

impl Store {
    pub fn organizations(&self) -> StoreResult<Vec<Organization>> {
        let mut stmt = self.conn().prepare(
            "SELECT id, name, legal_form, currency, timezone, language, street, building_number,
                    postal_code, town, country, vat_number, created_on
             FROM organizations ORDER BY id",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok(Organization {
                id: r.get(0)?,
                name: r.get(1)?,
                legal_form: r.get(2)?,
                currency: currency(r, 3)?,
                timezone: r.get(4)?,
                language: r.get(5)?,
                address: Address {
                    street: r.get(6)?,
                    building_number: r.get(7)?,
                    postal_code: r.get(8)?,
                    town: r.get(9)?,
                    country: r.get(10)?,
                },
                vat_number: r.get(11)?,
                created_on: date(r, 12)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    pub fn organization(&self, id: i64) -> StoreResult<Organization> {
        self.organizations()?
            .into_iter()
            .find(|o| o.id == id)
            .ok_or_else(|| Error::not_found("organization", id).into())
    }

    /// The members of an organization, legal representatives first, then by name.
    pub fn members(&self, organization_id: i64) -> StoreResult<Vec<Member>> {
        self.members_where(organization_id, "", None, i64::MAX, 0)
    }

    /// One page of an organization's members, in the order of [`Store::members`], optionally
    /// only those whose name or e-mail contains `search`; the total is an SQL aggregate. A big
    /// organization (hundreds of members after a bulk invite) then never crosses IPC whole.
    pub fn members_page(
        &self,
        organization_id: i64,
        offset: u32,
        limit: u32,
        search: Option<&str>,
    ) -> StoreResult<MembersPage> {
        if limit == 0 || limit > MEMBERS_PAGE_MAX {
            return Err(Error::invalid(
                "limit",
                format!("a page holds 1 to {MEMBERS_PAGE_MAX} members"),
            )
            .into());
        }
        let search = search.map(str::trim).filter(|s| !s.is_empty());
        let pattern = search.map(|s| {
            let escaped = s
                .replace('\\', "\\\\")
                .replace('%', "\\%")
                .replace('_', "\\_");
            format!("%{escaped}%")
        });
        let filter = " AND (u.display_name LIKE ?2 ESCAPE '\\' OR u.email LIKE ?2 ESCAPE '\\')";
        let filter = if pattern.is_some() { filter } else { "" };
        let members = self.members_where(
            organization_id,
            filter,
            pattern.as_deref(),
            i64::from(limit),
            i64::from(offset),
        )?;
        let total: i64 = self.conn().query_row(
            &format!(
                "SELECT count(*) FROM memberships m JOIN users u ON u.id = m.user_id
                 WHERE m.organization_id = ?1{}",
                filter
            ),
            rusqlite::params_from_iter(
                std::iter::once(rusqlite::types::Value::Integer(organization_id))
                    .chain(pattern.clone().map(rusqlite::types::Value::Text)),
            ),
            |r| r.get(0),
        )?;
        Ok(MembersPage {
            total: total as u32,
            offset,
            members,
        })
    }

    /// One member of an organization (the signed-in person's row on a paged screen).
    pub fn member(&self, organization_id: i64, user_id: i64) -> StoreResult<Option<Member>> {
        let id = user_id.to_string();
        Ok(self
            .members_where(
                organization_id,
                " AND u.id = CAST(?2 AS INTEGER)",
                Some(&id),
                1,
                0,
            )?
            .pop())
    }

    fn members_where(
        &self,
        organization_id: i64,
        filter: &str,
        pattern: Option<&str>,
        limit: i64,
        offset: i64,
    ) -> StoreResult<Vec<Member>> {
        self.organization(organization_id)?;
        let mut teams: HashMap<i64, Vec<i64>> = HashMap::new();
        let mut stmt = self.conn().prepare(
            "SELECT tm.user_id, tm.team_id FROM team_members tm
             JOIN teams t ON t.id = tm.team_id WHERE t.organization_id = ?1 ORDER BY tm.team_id",
        )?;
        for pair in stmt.query_map([organization_id], |r| Ok((r.get(0)?, r.get(1)?)))? {
            let (user, team) = pair?;
            teams.entry(user).or_default().push(team);
        }
        let mut stmt = self.conn().prepare(&format!(
            "SELECT u.id, u.display_name, u.email, u.language, m.role, m.status,
                    m.contact_billing, m.contact_technical, m.contact_legal, u.last_login_at,
                    m.invited_at, m.invitations_sent
             FROM memberships m JOIN users u ON u.id = m.user_id
             WHERE m.organization_id = ?1{filter}
             ORDER BY CASE m.role WHEN 'legal_representative' THEN 0 WHEN 'admin' THEN 1 ELSE 2 END,
                      u.display_name COLLATE NOCASE, u.id
             LIMIT ?3 OFFSET ?4",
        ))?;
        // ?2 is the search pattern when `filter` names it; unused otherwise.
        let rows = stmt.query_map(params![organization_id, pattern, limit, offset], |r| {
            let user_id: i64 = r.get(0)?;
            Ok(Member {
                user_id,
                organization_id,
                display_name: r.get(1)?,
                email: r.get(2)?,
                language: r.get(3)?,
                role: parsed(r, 4, Role::parse)?,
                status: parsed(r, 5, |s| match s {
                    "active" => Ok(MemberStatus::Active),
                    "invited" => Ok(MemberStatus::Invited),
                    other => Err(Error::invalid(
                        "status",
                        format!("unknown status '{other}'"),
                    )),
                })?,
                contacts: ContactPreferences {
                    billing: r.get(6)?,
                    technical: r.get(7)?,
                    legal_notices: r.get(8)?,
                },
                team_ids: teams.get(&user_id).cloned().unwrap_or_default(),
                last_login_at: r.get(9)?,
                invited_at: r.get(10)?,
                invitations_sent: r.get(11)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    pub fn teams(&self, organization_id: i64) -> StoreResult<Vec<Team>> {
        self.organization(organization_id)?;
        let mut stmt = self.conn().prepare(
            "SELECT t.id, t.name, t.colour,
                    (SELECT group_concat(user_id) FROM
                        (SELECT user_id FROM team_members WHERE team_id = t.id ORDER BY user_id))
             FROM teams t WHERE t.organization_id = ?1 ORDER BY t.name COLLATE NOCASE",
        )?;
        let rows = stmt.query_map([organization_id], |r| {
            let ids: Option<String> = r.get(3)?;
            Ok(Team {
                id: r.get(0)?,
                organization_id,
                name: r.get(1)?,
                colour: r.get(2)?,
                member_ids: ids
                    .unwrap_or_default()
                    .split(',')
                    .filter_map(|s| s.parse().ok())
                    .collect(),
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Two-factor state of every user of the workspace (TFA-1, TFA-3).
    pub fn security_settings(&self) -> StoreResult<Vec<SecuritySettings>> {
        let mut stmt = self.conn().prepare(
            "SELECT id, display_name, email, two_factor, emergency_codes_left
             FROM users ORDER BY display_name COLLATE NOCASE",
        )?;
        let rows = stmt.query_map([], |r| {
            let tf: Option<String> = r.get(3)?;
            Ok(SecuritySettings {
                user_id: r.get(0)?,
                display_name: r.get(1)?,
                email: r.get(2)?,
                two_factor: match tf.as_deref() {
                    Some("app_push") => Some(TwoFactorMethod::AppPush),
                    Some("totp") => Some(TwoFactorMethod::Totp),
                    _ => None,
                },
                emergency_codes_left: r.get(4)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }
}
