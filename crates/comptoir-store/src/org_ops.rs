//! Organization and team operations (ORG-1..8). Every operation runs in one transaction and is
//! decided by `comptoir_core::policy`; a refusal names its rule and changes nothing. Bulk removal
//! applies each allowed row and reports each refused one.

use std::collections::BTreeMap;

use chrono::SecondsFormat;
use comptoir_core::org::{
    validate_colour, validate_display_name, validate_email, validate_language, validate_team_name,
    AddMode, ContactPreferences, EffectiveRight, MemberResult, MemberStatus, NewMember,
    OrganizationDetails, ProductRightGrant, ProductRights, RightSource, Role,
};
use comptoir_core::{policy, text, Error, ErrorCode};
use rusqlite::{params, OptionalExtension, Transaction};

use crate::{Store, StoreResult};

/// The role and status of `user` in `org`, if a member.
pub(crate) fn membership(
    tx: &Transaction<'_>,
    org: i64,
    user: i64,
) -> StoreResult<Option<(Role, MemberStatus)>> {
    let row: Option<(String, String)> = tx
        .query_row(
            "SELECT role, status FROM memberships WHERE organization_id = ?1 AND user_id = ?2",
            params![org, user],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    match row {
        None => Ok(None),
        Some((role, status)) => Ok(Some((
            Role::parse(&role)?,
            if status == "invited" {
                MemberStatus::Invited
            } else {
                MemberStatus::Active
            },
        ))),
    }
}

/// The actor's role; an actor who is not an active member may do nothing here.
pub(crate) fn actor_role(tx: &Transaction<'_>, org: i64, actor: i64) -> StoreResult<Role> {
    match membership(tx, org, actor)? {
        Some((role, MemberStatus::Active)) => Ok(role),
        _ => Err(Error::new(
            ErrorCode::NotFound,
            format!("user {actor} is not an active member of organization {org}"),
        )
        .into()),
    }
}

pub(crate) fn target(
    tx: &Transaction<'_>,
    org: i64,
    user: i64,
) -> StoreResult<(Role, MemberStatus)> {
    membership(tx, org, user)?.ok_or_else(|| {
        Error::not_found("member", format!("{user} of organization {org}"))
            .with_field("user_id")
            .into()
    })
}

fn active_legal_reps(tx: &Transaction<'_>, org: i64) -> StoreResult<usize> {
    Ok(tx.query_row(
        "SELECT count(*) FROM memberships
         WHERE organization_id = ?1 AND role = 'legal_representative' AND status = 'active'",
        [org],
        |r| r.get(0),
    )?)
}

fn display_name(tx: &Transaction<'_>, user: i64) -> StoreResult<String> {
    Ok(tx
        .query_row(
            "SELECT display_name FROM users WHERE id = ?1",
            [user],
            |r| r.get(0),
        )
        .optional()?
        .unwrap_or_else(|| format!("#{user}")))
}

/// Checks that every product of `grants` belongs to `org`.
fn check_products(tx: &Transaction<'_>, org: i64, grants: &[ProductRightGrant]) -> StoreResult<()> {
    for g in grants {
        let found: Option<i64> = tx
            .query_row(
                "SELECT id FROM products WHERE id = ?1 AND organization_id = ?2",
                params![g.product_id, org],
                |r| r.get(0),
            )
            .optional()?;
        if found.is_none() {
            return Err(Error::not_found("product", g.product_id)
                .with_field("rights")
                .into());
        }
    }
    Ok(())
}

pub(crate) fn write_user_rights(
    tx: &Transaction<'_>,
    org: i64,
    user: i64,
    grants: &[ProductRightGrant],
) -> StoreResult<()> {
    tx.execute(
        "DELETE FROM product_rights WHERE organization_id = ?1 AND user_id = ?2",
        params![org, user],
    )?;
    for g in grants.iter().filter(|g| !g.rights.is_empty()) {
        tx.execute(
            "INSERT INTO product_rights VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![
                org,
                user,
                g.product_id,
                g.rights.technical,
                g.rights.statistics,
                g.rights.billing
            ],
        )?;
    }
    Ok(())
}

fn read_grants(
    tx: &rusqlite::Connection,
    sql: &str,
    key: &[i64],
) -> StoreResult<Vec<ProductRightGrant>> {
    let mut stmt = tx.prepare(sql)?;
    let rows = stmt.query_map(rusqlite::params_from_iter(key.iter()), |r| {
        Ok(ProductRightGrant {
            product_id: r.get(0)?,
            rights: ProductRights {
                technical: r.get(1)?,
                statistics: r.get(2)?,
                billing: r.get(3)?,
            },
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

impl Store {
    /// The user the app acts as: `session.user_id` when set (Settings → "Act as"), otherwise the
    /// workspace's own signed-in user.
    pub fn signed_in_user(&self) -> StoreResult<i64> {
        if let Some(v) = self.setting("session.user_id")? {
            if let Ok(id) = v.parse() {
                return Ok(id);
            }
        }
        Ok(self
            .conn()
            .query_row(
                "SELECT value FROM meta WHERE key = 'signed_in_user'",
                [],
                |r| r.get::<_, String>(0),
            )
            .optional()?
            .and_then(|v| v.parse().ok())
            .unwrap_or(1))
    }

    /// Acts as another user of the demo workspace (rights follow the user). Refused on a
    /// workspace of one's own: there, who is signed in is not a setting anyone may change.
    pub fn set_signed_in_user(&self, user: i64) -> StoreResult<()> {
        self.require_demo("act as another user")?;
        let exists: Option<i64> = self
            .conn()
            .query_row("SELECT id FROM users WHERE id = ?1", [user], |r| r.get(0))
            .optional()?;
        if exists.is_none() {
            return Err(Error::not_found("user", user).with_field("user_id").into());
        }
        self.set_setting("session.user_id", &user.to_string())
    }

    /// ORG-4 for several people at once ("Add user" with one address a line): each line is
    /// invited as [`Store::add_member`] would (on a provider workspace: one queued write each,
    /// sent through the rate limiter), and each gets its own result. `template` gives the role,
    /// language, rights and contacts; its e-mail and name are ignored.
    pub fn invite_many(
        &mut self,
        org: i64,
        actor: i64,
        addresses: &str,
        template: &NewMember,
    ) -> StoreResult<Vec<comptoir_core::org::InviteResult>> {
        let lines = comptoir_core::org::parse_invitees(addresses)?;
        let mut out = Vec::with_capacity(lines.len());
        for (line, parsed) in lines {
            let result = parsed.map_err(crate::StoreError::from).and_then(|p| {
                self.add_member(
                    org,
                    actor,
                    &NewMember {
                        mode: AddMode::External,
                        email: p.email,
                        display_name: p.display_name,
                        ..template.clone()
                    },
                )
            });
            out.push(comptoir_core::org::InviteResult {
                line,
                user_id: result.as_ref().ok().copied(),
                error: result.err().map(Error::from),
            });
        }
        Ok(out)
    }

    /// ORG-4: adds a user, either an external person invited by e-mail (pending until accepted)
    /// or an existing account extended to this organization. Returns the user's id.
    pub fn add_member(&mut self, org: i64, actor: i64, new: &NewMember) -> StoreResult<i64> {
        if self.is_provider()? {
            return self.add_member_via_provider(org, actor, new);
        }
        let email = validate_email(&new.email)?;
        let language = validate_language(&new.language)?;
        let now = self
            .clock()
            .now()
            .to_rfc3339_opts(SecondsFormat::Secs, true);
        let tx = self.conn_mut().transaction()?;
        policy::check_add(actor_role(&tx, org, actor)?, new.role)?;
        check_products(&tx, org, &new.rights)?;
        let existing: Option<i64> = tx
            .query_row("SELECT id FROM users WHERE email = ?1", [&email], |r| {
                r.get(0)
            })
            .optional()?;
        // Already here: say so first, whatever the mode (advice to "add the existing account"
        // would only fail next as a duplicate).
        if let Some(id) = existing {
            if membership(&tx, org, id)?.is_some() {
                return Err(Error::new(
                    ErrorCode::Conflict,
                    format!("{email} is already a member of this organization"),
                )
                .reason("already_member")
                .with_param("email", &email)
                .with_field("email")
                .into());
            }
        }
        let (user, status) = match (new.mode, existing) {
            (AddMode::External, Some(_)) => {
                return Err(Error::new(
                    ErrorCode::Conflict,
                    format!("{email} already has an account: add it as an existing account"),
                )
                .reason("account_exists")
                .with_param("email", &email)
                .with_field("email")
                .into())
            }
            (AddMode::External, None) => {
                let name = validate_display_name(&new.display_name)?;
                tx.execute(
                    "INSERT INTO users(display_name, email, language) VALUES (?1, ?2, ?3)",
                    params![name, email, language],
                )?;
                (tx.last_insert_rowid(), "invited")
            }
            (AddMode::Existing, None) => {
                return Err(Error::not_found("account", &email)
                    .with_field("email")
                    .into())
            }
            (AddMode::Existing, Some(id)) => (id, "active"),
        };
        if membership(&tx, org, user)?.is_some() {
            return Err(Error::new(
                ErrorCode::Conflict,
                format!("{email} is already a member of this organization"),
            )
            .reason("already_member")
            .with_param("email", &email)
            .with_field("email")
            .into());
        }
        let c = new.contacts;
        tx.execute(
            "INSERT INTO memberships(organization_id, user_id, role, status, contact_billing,
                contact_technical, contact_legal, invited_at, invitations_sent)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
            params![
                org,
                user,
                new.role.as_str(),
                status,
                c.billing,
                c.technical,
                c.legal_notices,
                (status == "invited").then_some(&now),
                u32::from(status == "invited")
            ],
        )?;
        write_user_rights(&tx, org, user, &new.rights)?;
        tx.commit()?;
        Ok(user)
    }

    /// ORG-4: sends a pending invitation again.
    pub fn resend_invitation(&mut self, org: i64, actor: i64, user: i64) -> StoreResult<()> {
        self.refuse_on_provider("resend an invitation")?;
        let now = self
            .clock()
            .now()
            .to_rfc3339_opts(SecondsFormat::Secs, true);
        let tx = self.conn_mut().transaction()?;
        policy::check_enough_rights(actor_role(&tx, org, actor)?, "add")?;
        if target(&tx, org, user)?.1 != MemberStatus::Invited {
            return Err(
                Error::new(ErrorCode::Conflict, "this user has no pending invitation")
                    .reason("no_pending_invitation")
                    .with_field("user_id")
                    .into(),
            );
        }
        tx.execute(
            "UPDATE memberships SET invited_at = ?3, invitations_sent = invitations_sent + 1
             WHERE organization_id = ?1 AND user_id = ?2",
            params![org, user, now],
        )?;
        tx.commit()?;
        Ok(())
    }

    /// ORG-4: the invited person accepts (the provider would tell us; the demo simulates it).
    pub fn accept_invitation(&mut self, org: i64, user: i64) -> StoreResult<()> {
        let tx = self.conn_mut().transaction()?;
        if target(&tx, org, user)?.1 != MemberStatus::Invited {
            return Err(
                Error::new(ErrorCode::Conflict, "this user has no pending invitation")
                    .reason("no_pending_invitation")
                    .into(),
            );
        }
        tx.execute(
            "UPDATE memberships SET status = 'active' WHERE organization_id = ?1 AND user_id = ?2",
            params![org, user],
        )?;
        tx.commit()?;
        Ok(())
    }

    /// ORG-5 / ORG-7: removes several users at once. Each is decided in order against the state
    /// left by the previous ones; refused users stay, each with the reason. Cancelling a pending
    /// invitation is removing that user.
    pub fn remove_members(
        &mut self,
        org: i64,
        actor: i64,
        users: &[i64],
    ) -> StoreResult<Vec<MemberResult>> {
        if self.is_provider()? {
            return self.remove_members_via_provider(org, actor, users);
        }
        let tx = self.conn_mut().transaction()?;
        let actor_role = actor_role(&tx, org, actor)?;
        let mut out = Vec::with_capacity(users.len());
        for &user in users {
            let name = display_name(&tx, user)?;
            let outcome = remove_one(&tx, org, actor, actor_role, user);
            out.push(MemberResult {
                user_id: user,
                display_name: name,
                error: outcome.err().map(Error::from),
            });
        }
        tx.commit()?;
        Ok(out)
    }

    /// ORG-5 / ORG-7: the actor leaves the organization.
    pub fn leave(&mut self, org: i64, actor: i64) -> StoreResult<()> {
        if self.is_provider()? {
            return self
                .remove_members_via_provider(org, actor, &[actor])?
                .into_iter()
                .find_map(|r| r.error)
                .map_or(Ok(()), |e| Err(e.into()));
        }
        let tx = self.conn_mut().transaction()?;
        let role = actor_role(&tx, org, actor)?;
        remove_one(&tx, org, actor, role, actor)?;
        tx.commit()?;
        Ok(())
    }

    /// ORG-6 / ORG-7: changes a member's role.
    pub fn change_role(&mut self, org: i64, actor: i64, user: i64, role: Role) -> StoreResult<()> {
        self.refuse_on_provider("change a role")?;
        let tx = self.conn_mut().transaction()?;
        let actor_role = actor_role(&tx, org, actor)?;
        let (from, status) = target(&tx, org, user)?;
        policy::check_role_change(
            actor_role,
            from,
            role,
            status == MemberStatus::Active,
            active_legal_reps(&tx, org)?,
        )?;
        tx.execute(
            "UPDATE memberships SET role = ?3 WHERE organization_id = ?1 AND user_id = ?2",
            params![org, user, role.as_str()],
        )?;
        tx.commit()?;
        Ok(())
    }

    /// ORG-7: replaces a legal representative in one step: names `new` (already a member), then
    /// either removes `old` or keeps them with `old_becomes` as role. Both or neither happen.
    pub fn replace_legal_representative(
        &mut self,
        org: i64,
        actor: i64,
        old: i64,
        new: i64,
        old_becomes: Option<Role>,
    ) -> StoreResult<()> {
        self.refuse_on_provider("replace a legal representative")?;
        if old == new {
            return Err(Error::invalid(
                "new_user_id",
                "choose someone else as the new legal representative",
            )
            .reason("successor_same")
            .into());
        }
        if old_becomes == Some(Role::LegalRepresentative) {
            return Err(Error::invalid(
                "old_becomes",
                "the replaced representative needs another role",
            )
            .reason("old_needs_role")
            .into());
        }
        let tx = self.conn_mut().transaction()?;
        let actor_role = actor_role(&tx, org, actor)?;
        let (old_role, _) = target(&tx, org, old)?;
        if old_role != Role::LegalRepresentative {
            return Err(
                Error::invalid("old_user_id", "this user is not a legal representative")
                    .reason("not_a_legal_rep")
                    .into(),
            );
        }
        let (new_role, new_status) = target(&tx, org, new)?;
        if new_status != MemberStatus::Active {
            return Err(Error::rule(
                comptoir_core::RuleId::Org7,
                "the new legal representative must have accepted their invitation first",
            )
            .reason("successor_not_active")
            .with_field("new_user_id")
            .into());
        }
        // Name the new first (ORG-7), then remove or demote the old, each under the same rules.
        policy::check_role_change(
            actor_role,
            new_role,
            Role::LegalRepresentative,
            true,
            active_legal_reps(&tx, org)?,
        )?;
        tx.execute(
            "UPDATE memberships SET role = 'legal_representative'
             WHERE organization_id = ?1 AND user_id = ?2",
            params![org, new],
        )?;
        match old_becomes {
            None => remove_one(&tx, org, actor, actor_role, old)?,
            Some(role) => {
                policy::check_role_change(
                    actor_role,
                    Role::LegalRepresentative,
                    role,
                    true,
                    active_legal_reps(&tx, org)?,
                )?;
                tx.execute(
                    "UPDATE memberships SET role = ?3 WHERE organization_id = ?1 AND user_id = ?2",
                    params![org, old, role.as_str()],
                )?;
            }
        }
        tx.commit()?;
        Ok(())
    }

    /// ORG-6: a member's own product rights (team rights are edited on the team).
    pub fn user_rights(&self, org: i64, user: i64) -> StoreResult<Vec<ProductRightGrant>> {
        read_grants(
            self.conn(),
            "SELECT product_id, technical, statistics, billing FROM product_rights
             WHERE organization_id = ?1 AND user_id = ?2 ORDER BY product_id",
            &[org, user],
        )
    }

    /// ORG-6: replaces a member's own product rights.
    pub fn set_user_rights(
        &mut self,
        org: i64,
        actor: i64,
        user: i64,
        grants: &[ProductRightGrant],
    ) -> StoreResult<()> {
        let tx = self.conn_mut().transaction()?;
        policy::check_edit_rights(actor_role(&tx, org, actor)?, actor == user)?;
        target(&tx, org, user)?;
        check_products(&tx, org, grants)?;
        write_user_rights(&tx, org, user, grants)?;
        tx.commit()?;
        Ok(())
    }

    /// ORG-6: a member's administrative-contact preferences.
    pub fn set_contacts(
        &mut self,
        org: i64,
        actor: i64,
        user: i64,
        contacts: ContactPreferences,
    ) -> StoreResult<()> {
        let tx = self.conn_mut().transaction()?;
        policy::check_edit_contacts(actor_role(&tx, org, actor)?, actor == user)?;
        target(&tx, org, user)?;
        tx.execute(
            "UPDATE memberships SET contact_billing = ?3, contact_technical = ?4, contact_legal = ?5
             WHERE organization_id = ?1 AND user_id = ?2",
            params![org, user, contacts.billing, contacts.technical, contacts.legal_notices],
        )?;
        tx.commit()?;
        Ok(())
    }

    /// ORG-3: the organization's details, by a legal representative only.
    pub fn update_organization(
        &mut self,
        org: i64,
        actor: i64,
        details: &OrganizationDetails,
    ) -> StoreResult<()> {
        // A provider workspace's organization name is the provider's: changed here, the next
        // sync would put the provider's back. The address and VAT number are local (QR-bills).
        // It is kept as the provider has it (not QR-normalized, whatever its length).
        let provider_name = if self.is_provider()? {
            let current: String = self.conn().query_row(
                "SELECT name FROM organizations WHERE id = ?1",
                [org],
                |r| r.get(0),
            )?;
            if current.trim() != details.name.trim() {
                return Err(Error::new(
                    ErrorCode::Conflict,
                    "the organization's name comes from the provider, whose public API cannot \
                     change it: rename it in the provider's Manager, the next sync brings it",
                )
                .with_field("name")
                .with_param("reason", "name_on_provider")
                .into());
            }
            Some(current)
        } else {
            None
        };
        let name = match provider_name {
            Some(_) => "-".to_owned(), // checked below as a stand-in: the address is what counts
            None => text::check_text("name", &details.name, text::QR_NAME_MAX)?.to_string(),
        };
        let a = text::check_address(&details.address)?;
        let vat_number = text::check_vat_number(details.vat_number.as_deref())?;
        // The organization is the debtor of its QR-bills and its country sets the VAT: checked
        // as the seller's are (ISO country, lengths, the bill's character set), and stored as
        // the bill will print it (a typographic dash becomes "-").
        let [name, street, building_number, postal_code, town, country] =
            comptoir_core::billing::qr_contact("organization", &name, &a).map_err(|mut e| {
                e.field = e
                    .field
                    .map(|f| f.trim_start_matches("organization.").to_owned());
                e
            })?;
        let name = provider_name.unwrap_or(name);
        let tx = self.conn_mut().transaction()?;
        policy::check_edit_details(actor_role(&tx, org, actor)?)?;
        tx.execute(
            "UPDATE organizations SET name = ?2, street = ?3, building_number = ?4,
                postal_code = ?5, town = ?6, country = ?7, vat_number = ?8 WHERE id = ?1",
            params![
                org,
                name,
                street,
                building_number,
                postal_code,
                town,
                country,
                vat_number
            ],
        )?;
        tx.commit()?;
        Ok(())
    }

    /// ORG-8: creates a team; returns its id.
    pub fn create_team(
        &mut self,
        org: i64,
        actor: i64,
        name: &str,
        colour: &str,
    ) -> StoreResult<i64> {
        if self.is_provider()? {
            return self.create_team_via_provider(org, actor, name, colour);
        }
        let name = validate_team_name(name)?;
        let colour = validate_colour(colour)?;
        let tx = self.conn_mut().transaction()?;
        policy::check_enough_rights(actor_role(&tx, org, actor)?, "teams")?;
        unique_team_name(&tx, org, &name, None)?;
        tx.execute(
            "INSERT INTO teams(organization_id, name, colour) VALUES (?1, ?2, ?3)",
            params![org, name, colour],
        )?;
        let id = tx.last_insert_rowid();
        tx.commit()?;
        Ok(id)
    }

    /// ORG-8: renames and recolours a team.
    pub fn update_team(
        &mut self,
        org: i64,
        actor: i64,
        team: i64,
        name: &str,
        colour: &str,
    ) -> StoreResult<()> {
        if self.is_provider()? {
            return self.update_team_via_provider(org, actor, team, name, colour);
        }
        let name = validate_team_name(name)?;
        let colour = validate_colour(colour)?;
        let tx = self.conn_mut().transaction()?;
        policy::check_enough_rights(actor_role(&tx, org, actor)?, "teams")?;
        team_of(&tx, org, team)?;
        unique_team_name(&tx, org, &name, Some(team))?;
        tx.execute(
            "UPDATE teams SET name = ?2, colour = ?3 WHERE id = ?1",
            params![team, name, colour],
        )?;
        tx.commit()?;
        Ok(())
    }

    /// ORG-8: deletes a team; its members stay in the organization, its rights go.
    pub fn delete_team(&mut self, org: i64, actor: i64, team: i64) -> StoreResult<()> {
        if self.is_provider()? {
            return self
                .provider_write(
                    org,
                    actor,
                    &crate::ProviderWrite::DeleteTeam { team_id: team },
                )
                .map(|_| ());
        }
        let tx = self.conn_mut().transaction()?;
        policy::check_enough_rights(actor_role(&tx, org, actor)?, "teams")?;
        team_of(&tx, org, team)?;
        tx.execute("DELETE FROM teams WHERE id = ?1", [team])?;
        tx.commit()?;
        Ok(())
    }

    /// ORG-8: sets a team's members (each must be a member of the organization).
    pub fn set_team_members(
        &mut self,
        org: i64,
        actor: i64,
        team: i64,
        users: &[i64],
    ) -> StoreResult<()> {
        if self.is_provider()? {
            return self.set_team_members_via_provider(org, actor, team, users);
        }
        let tx = self.conn_mut().transaction()?;
        policy::check_enough_rights(actor_role(&tx, org, actor)?, "teams")?;
        team_of(&tx, org, team)?;
        for &u in users {
            target(&tx, org, u)?;
        }
        tx.execute("DELETE FROM team_members WHERE team_id = ?1", [team])?;
        for &u in users {
            tx.execute(
                "INSERT OR IGNORE INTO team_members VALUES (?1, ?2)",
                params![team, u],
            )?;
        }
        tx.commit()?;
        Ok(())
    }

    pub fn team_rights(&self, org: i64, team: i64) -> StoreResult<Vec<ProductRightGrant>> {
        let _ = org;
        read_grants(
            self.conn(),
            "SELECT product_id, technical, statistics, billing FROM team_rights
             WHERE team_id = ?1 ORDER BY product_id",
            &[team],
        )
    }

    /// ORG-8: the product rights a team carries for all its members.
    pub fn set_team_rights(
        &mut self,
        org: i64,
        actor: i64,
        team: i64,
        grants: &[ProductRightGrant],
    ) -> StoreResult<()> {
        let tx = self.conn_mut().transaction()?;
        policy::check_enough_rights(actor_role(&tx, org, actor)?, "teams")?;
        team_of(&tx, org, team)?;
        check_products(&tx, org, grants)?;
        tx.execute("DELETE FROM team_rights WHERE team_id = ?1", [team])?;
        for g in grants.iter().filter(|g| !g.rights.is_empty()) {
            tx.execute(
                "INSERT INTO team_rights VALUES (?1, ?2, ?3, ?4, ?5)",
                params![
                    team,
                    g.product_id,
                    g.rights.technical,
                    g.rights.statistics,
                    g.rights.billing
                ],
            )?;
        }
        tx.commit()?;
        Ok(())
    }

    /// "View as this user": effective rights = role ∪ own ∪ teams, each with where it comes from.
    /// Only products with at least one right are listed.
    pub fn effective_rights(&self, org: i64, user: i64) -> StoreResult<Vec<EffectiveRight>> {
        let (role, _) = {
            let row: Option<String> = self
                .conn()
                .query_row(
                    "SELECT role FROM memberships WHERE organization_id = ?1 AND user_id = ?2",
                    params![org, user],
                    |r| r.get(0),
                )
                .optional()?;
            let role = row.ok_or_else(|| Error::not_found("member", user).with_field("user_id"))?;
            (Role::parse(&role)?, ())
        };
        let mut stmt = self.conn().prepare(
            "SELECT id, name FROM products WHERE organization_id = ?1 ORDER BY name, id",
        )?;
        let products: Vec<(i64, String)> = stmt
            .query_map([org], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<Result<_, _>>()?;
        let mut out: BTreeMap<i64, EffectiveRight> = BTreeMap::new();
        let mut add = |pid: i64, rights: ProductRights, source: RightSource| {
            let Some((_, name)) = products.iter().find(|(id, _)| *id == pid) else {
                return;
            };
            let e = out.entry(pid).or_insert_with(|| EffectiveRight {
                product_id: pid,
                product_name: name.clone(),
                technical: vec![],
                statistics: vec![],
                billing: vec![],
            });
            if rights.technical {
                e.technical.push(source.clone());
            }
            if rights.statistics {
                e.statistics.push(source.clone());
            }
            if rights.billing {
                e.billing.push(source);
            }
        };
        if role.has_enough_rights() {
            for (pid, _) in &products {
                add(*pid, ProductRights::ALL, RightSource::Role { role });
            }
        }
        for g in self.user_rights(org, user)? {
            add(g.product_id, g.rights, RightSource::Own);
        }
        let mut stmt = self.conn().prepare(
            "SELECT t.id, t.name, r.product_id, r.technical, r.statistics, r.billing
             FROM team_members m JOIN teams t ON t.id = m.team_id
             JOIN team_rights r ON r.team_id = t.id
             WHERE m.user_id = ?1 AND t.organization_id = ?2 ORDER BY t.name, r.product_id",
        )?;
        let rows = stmt.query_map(params![user, org], |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, i64>(2)?,
                ProductRights {
                    technical: r.get(3)?,
                    statistics: r.get(4)?,
                    billing: r.get(5)?,
                },
            ))
        })?;
        for row in rows {
            let (team_id, team_name, pid, rights) = row?;
            add(pid, rights, RightSource::Team { team_id, team_name });
        }
        let mut list: Vec<EffectiveRight> = out.into_values().collect();
        list.sort_by(|a, b| {
            a.product_name
                .cmp(&b.product_name)
                .then(a.product_id.cmp(&b.product_id))
        });
        Ok(list)
    }
}

pub(crate) fn remove_one(
    tx: &Transaction<'_>,
    org: i64,
    actor: i64,
    actor_role: Role,
    user: i64,
) -> StoreResult<()> {
    let (role, status) = target(tx, org, user)?;
    policy::check_removal(
        actor_role,
        role,
        status == MemberStatus::Active,
        actor == user,
        active_legal_reps(tx, org)?,
    )?;
    tx.execute(
        "DELETE FROM team_members WHERE user_id = ?1
         AND team_id IN (SELECT id FROM teams WHERE organization_id = ?2)",
        params![user, org],
    )?;
    tx.execute(
        "DELETE FROM memberships WHERE organization_id = ?1 AND user_id = ?2",
        params![org, user],
    )?;
    // An invitation that was never accepted leaves no account behind (ORG-2).
    if status == MemberStatus::Invited {
        let elsewhere: i64 = tx.query_row(
            "SELECT count(*) FROM memberships WHERE user_id = ?1",
            [user],
            |r| r.get(0),
        )?;
        if elsewhere == 0 {
            tx.execute("DELETE FROM users WHERE id = ?1", [user])?;
        }
    }
    Ok(())
}

pub(crate) fn team_of(tx: &Transaction<'_>, org: i64, team: i64) -> StoreResult<()> {
    let found: Option<i64> = tx
        .query_row(
            "SELECT id FROM teams WHERE id = ?1 AND organization_id = ?2",
            params![team, org],
            |r| r.get(0),
        )
        .optional()?;
    found
        .map(|_| ())
        .ok_or_else(|| Error::not_found("team", team).with_field("team_id").into())
}

pub(crate) fn unique_team_name(
    tx: &Transaction<'_>,
    org: i64,
    name: &str,
    except: Option<i64>,
) -> StoreResult<()> {
    let clash: Option<i64> = tx
        .query_row(
            "SELECT id FROM teams WHERE organization_id = ?1 AND name = ?2 COLLATE NOCASE
             AND id IS NOT ?3",
            params![org, name, except],
            |r| r.get(0),
        )
        .optional()?;
    if clash.is_some() {
        return Err(Error::new(
            ErrorCode::Conflict,
            format!("a team named '{name}' exists already"),
        )
        .reason("team_name_taken")
        .with_param("name", name)
        .with_field("name")
        .into());
    }
    Ok(())
}
