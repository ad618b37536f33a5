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
        let mut stmt = self.conn().prepare(
            "SELECT u.id, u.display_name, u.email, u.language, m.role, m.status,
                    m.contact_billing, m.contact_technical, m.contact_legal, u.last_login_at,
                    m.invited_at, m.invitations_sent
             FROM memberships m JOIN users u ON u.id = m.user_id
             WHERE m.organization_id = ?1
             ORDER BY CASE m.role WHEN 'legal_representative' THEN 0 WHEN 'admin' THEN 1 ELSE 2 END,
                      u.display_name COLLATE NOCASE",
        )?;
        let rows = stmt.query_map(params![organization_id], |r| {
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
