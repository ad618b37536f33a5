//! Undo for removing users (ORG-5): the rows a removal deleted are kept, by the caller, for a
//! short while, and put back once, by the same person, if nothing took their place meanwhile.
//! The snapshot never leaves the engine's side of IPC (the UI only holds a token), so undo
//! cannot be used to forge memberships or rights.

use chrono::{DateTime, Duration, Utc};
use comptoir_core::org::Role;
use comptoir_core::policy;
use comptoir_core::{Error, ErrorCode};
use rusqlite::types::Value;
use rusqlite::{params, Transaction};

use crate::access::active_role;
use crate::{Store, StoreResult};
use comptoir_core::org::MemberResult;

/// How long a removal can be undone (the confirmation's lifetime on screen, with a margin).
pub const UNDO_WINDOW_SECONDS: i64 = 60;

type Row = Vec<(String, Value)>;

/// What one removal deleted, to put back.
#[derive(Debug, Clone)]
pub struct Removal {
    pub organization_id: i64,
    pub actor: i64,
    pub at: DateTime<Utc>,
    users: Vec<RemovedUser>,
}

#[derive(Debug, Clone)]
struct RemovedUser {
    user_id: i64,
    role: Role,
    /// The account itself, when removing the membership deleted it (a cancelled invitation).
    account: Row,
    membership: Row,
    rights: Vec<Row>,
    teams: Vec<Row>,
}

impl Removal {
    /// How many users the removal took away (what undo would bring back).
    pub fn count(&self) -> usize {
        self.users.len()
    }
}

fn rows(tx: &Transaction<'_>, sql: &str, args: &[&dyn rusqlite::ToSql]) -> StoreResult<Vec<Row>> {
    let mut stmt = tx.prepare(sql)?;
    let names: Vec<String> = stmt.column_names().iter().map(|s| s.to_string()).collect();
    let out = stmt
        .query_map(args, |r| {
            (0..names.len())
                .map(|i| Ok((names[i].clone(), r.get::<_, Value>(i)?)))
                .collect::<Result<Row, _>>()
        })?
        .collect::<Result<Vec<_>, _>>()?;
    Ok(out)
}

fn insert(tx: &Transaction<'_>, table: &str, row: &Row) -> StoreResult<()> {
    let cols: Vec<&str> = row.iter().map(|(c, _)| c.as_str()).collect();
    let marks = vec!["?"; cols.len()].join(", ");
    tx.execute(
        &format!("INSERT INTO {table}({}) VALUES ({marks})", cols.join(", ")),
        rusqlite::params_from_iter(row.iter().map(|(_, v)| v)),
    )?;
    Ok(())
}

/// The rows of `user`'s membership of `org` (account, membership, rights, teams), if any.
fn capture(tx: &Transaction<'_>, org: i64, user: i64) -> StoreResult<Option<RemovedUser>> {
    let membership = rows(
        tx,
        "SELECT * FROM memberships WHERE organization_id = ?1 AND user_id = ?2",
        &[&org, &user],
    )?;
    let Some(membership) = membership.into_iter().next() else {
        return Ok(None);
    };
    let role = membership
        .iter()
        .find(|(c, _)| c == "role")
        .and_then(|(_, v)| match v {
            Value::Text(t) => Role::parse(t).ok(),
            _ => None,
        })
        .unwrap_or(Role::User);
    Ok(Some(RemovedUser {
        user_id: user,
        role,
        account: rows(tx, "SELECT * FROM users WHERE id = ?1", &[&user])?
            .into_iter()
            .next()
            .unwrap_or_default(),
        membership,
        rights: rows(
            tx,
            "SELECT * FROM product_rights WHERE organization_id = ?1 AND user_id = ?2",
            &[&org, &user],
        )?,
        teams: rows(
            tx,
            "SELECT tm.* FROM team_members tm JOIN teams t ON t.id = tm.team_id
             WHERE t.organization_id = ?1 AND tm.user_id = ?2",
            &[&org, &user],
        )?,
    }))
}

/// Puts a captured membership back (its account too, when that went with it).
fn restore(tx: &Transaction<'_>, u: &RemovedUser) -> StoreResult<()> {
    let account: bool = tx.query_row(
        "SELECT EXISTS (SELECT 1 FROM users WHERE id = ?1)",
        [u.user_id],
        |r| r.get(0),
    )?;
    if !account && !u.account.is_empty() {
        insert(tx, "users", &u.account)?;
    }
    insert(tx, "memberships", &u.membership)?;
    for r in &u.rights {
        insert(tx, "product_rights", r)?;
    }
    for r in &u.teams {
        insert(tx, "team_members", r)?;
    }
    Ok(())
}

/// Every membership row of `org`, and the rights and teams of `users` there: to tell whether
/// anything an undo would overwrite changed since an operation.
fn memberships_of(tx: &Transaction<'_>, org: i64, users: [i64; 2]) -> StoreResult<Vec<Row>> {
    let mut out = rows(
        tx,
        "SELECT * FROM memberships WHERE organization_id = ?1 ORDER BY user_id",
        &[&org],
    )?;
    out.extend(rows(
        tx,
        "SELECT * FROM product_rights WHERE organization_id = ?1 AND user_id IN (?2, ?3)
         ORDER BY user_id, product_id",
        &[&org, &users[0], &users[1]],
    )?);
    out.extend(rows(
        tx,
        "SELECT tm.* FROM team_members tm JOIN teams t ON t.id = tm.team_id
         WHERE t.organization_id = ?1 AND tm.user_id IN (?2, ?3) ORDER BY tm.user_id, tm.team_id",
        &[&org, &users[0], &users[1]],
    )?);
    Ok(out)
}

/// What one "Replace legal representative" changed (ORG-7), to put back.
#[derive(Debug, Clone)]
pub struct Replacement {
    pub organization_id: i64,
    pub actor: i64,
    pub at: DateTime<Utc>,
    /// The new representative's membership as it was (its old role).
    new_before: Row,
    /// The replaced representative, as they were (membership, rights, teams).
    old_before: RemovedUser,
    /// The organization's memberships right after: undo only when they are still exactly so.
    after: Vec<Row>,
}

fn too_late(at: DateTime<Utc>, now: DateTime<Utc>) -> StoreResult<()> {
    if now - at > Duration::seconds(UNDO_WINDOW_SECONDS) {
        return Err(Error::new(ErrorCode::Conflict, "too late to undo")
            .reason("undo_too_late")
            .with_param("seconds", UNDO_WINDOW_SECONDS)
            .into());
    }
    Ok(())
}

impl Store {
    /// [`Store::remove_members`], keeping what each removed user's rows were, for
    /// [`Store::undo_removal`].
    pub fn remove_members_undoable(
        &mut self,
        org: i64,
        actor: i64,
        users: &[i64],
    ) -> StoreResult<(Vec<MemberResult>, Removal)> {
        let at = self.clock().now();
        // A provider workspace sends removals to the provider (the outbox): nothing to put back
        // locally, so nothing is offered.
        if self.is_provider()? {
            let results = self.remove_members(org, actor, users)?;
            let users = Vec::new();
            return Ok((
                results,
                Removal {
                    organization_id: org,
                    actor,
                    at,
                    users,
                },
            ));
        }
        // The rows of everyone asked, read before; kept only for those actually removed.
        let mut before = Vec::new();
        {
            let tx = self.conn_mut().transaction()?;
            for &user in users {
                before.extend(capture(&tx, org, user)?);
            }
        }
        let results = self.remove_members(org, actor, users)?;
        let removed: Vec<i64> = results
            .iter()
            .filter(|r| r.error.is_none())
            .map(|r| r.user_id)
            .collect();
        before.retain(|u| removed.contains(&u.user_id));
        Ok((
            results,
            Removal {
                organization_id: org,
                actor,
                at,
                users: before,
            },
        ))
    }

    /// Puts back what `removal` deleted: only its actor, within [`UNDO_WINDOW_SECONDS`], with
    /// the right to add those users (ORG-4) still held, and only if none of them was added
    /// again meanwhile. All or nothing.
    pub fn undo_removal(&mut self, actor: i64, removal: &Removal) -> StoreResult<usize> {
        if actor != removal.actor {
            return Err(Error::new(
                ErrorCode::Conflict,
                "only the person who removed these users can undo it",
            )
            .reason("undo_not_yours")
            .into());
        }
        if self.clock().now() - removal.at > Duration::seconds(UNDO_WINDOW_SECONDS) {
            return Err(Error::new(
                ErrorCode::Conflict,
                "too late to undo: add the users again instead",
            )
            .reason("undo_too_late")
            .with_param("seconds", UNDO_WINDOW_SECONDS)
            .into());
        }
        let org = removal.organization_id;
        let tx = self.conn_mut().transaction()?;
        let role = active_role(&tx, org, actor)?;
        for u in &removal.users {
            policy::check_add(role.unwrap_or(Role::User), u.role).map_err(|e| {
                if role.is_none() {
                    Error::new(ErrorCode::RuleViolation, "only a member may undo this")
                        .reason("undo_member_only")
                } else {
                    e
                }
            })?;
            let back: bool = tx.query_row(
                "SELECT EXISTS (SELECT 1 FROM memberships WHERE organization_id = ?1
                                  AND user_id = ?2)",
                params![org, u.user_id],
                |r| r.get(0),
            )?;
            if back {
                return Err(Error::new(
                    ErrorCode::Conflict,
                    "a removed user was added again meanwhile: nothing was undone",
                )
                .reason("undo_user_readded")
                .with_param("user", u.user_id)
                .into());
            }
            // A team, product or e-mail address gone or taken since: refused, nothing written
            // (the transaction is dropped), never a database error.
            restore(&tx, u).map_err(|_| {
                Error::new(
                    ErrorCode::Conflict,
                    "the organization changed since the removal (a team, product or address \
                     the users had is gone or taken): nothing was undone",
                )
                .reason("undo_org_changed")
                .with_param("user", u.user_id)
            })?;
        }
        tx.commit()?;
        Ok(removal.users.len())
    }

    /// [`Store::replace_legal_representative`], keeping what it changed for
    /// [`Store::undo_replacement`].
    pub fn replace_legal_representative_undoable(
        &mut self,
        org: i64,
        actor: i64,
        old: i64,
        new: i64,
        old_becomes: Option<Role>,
    ) -> StoreResult<Replacement> {
        let at = self.clock().now();
        let (new_before, old_before) = {
            let tx = self.conn_mut().transaction()?;
            let new_before = rows(
                &tx,
                "SELECT * FROM memberships WHERE organization_id = ?1 AND user_id = ?2",
                &[&org, &new],
            )?;
            (new_before, capture(&tx, org, old)?)
        };
        // The engine's own checks decide (and refuse unknown members) before anything is kept.
        self.replace_legal_representative(org, actor, old, new, old_becomes)?;
        let after = {
            let tx = self.conn_mut().transaction()?;
            memberships_of(&tx, org, [old, new])?
        };
        let (Some(new_before), Some(old_before)) = (new_before.into_iter().next(), old_before)
        else {
            // Unreachable: the replacement above needs both memberships.
            return Err(Error::new(ErrorCode::Internal, "replacement without members").into());
        };
        Ok(Replacement {
            organization_id: org,
            actor,
            at,
            new_before,
            old_before,
            after,
        })
    }

    /// Puts the legal representatives back as they were before `replacement` (ORG-7): only its
    /// actor, within [`UNDO_WINDOW_SECONDS`], and only while the organization's memberships are
    /// exactly as the replacement left them (anything changed since: refused, nothing written).
    /// The actor's right was checked when replacing; undo only returns to that checked state.
    pub fn undo_replacement(&mut self, actor: i64, replacement: &Replacement) -> StoreResult<()> {
        if actor != replacement.actor {
            return Err(Error::new(
                ErrorCode::Conflict,
                "only the person who replaced the legal representative can undo it",
            )
            .reason("undo_not_yours")
            .into());
        }
        too_late(replacement.at, self.clock().now())?;
        let org = replacement.organization_id;
        let tx = self.conn_mut().transaction()?;
        let users = [
            replacement.old_before.user_id,
            member_id(&replacement.new_before),
        ];
        if memberships_of(&tx, org, users)? != replacement.after {
            return Err(Error::new(
                ErrorCode::Conflict,
                "the organization's members, or their rights or teams, changed since the \
                 replacement: nothing was undone",
            )
            .reason("undo_org_changed")
            .into());
        }
        let old = &replacement.old_before;
        // Back to the new one's former membership, then the old one's (removed or demoted).
        tx.execute(
            "DELETE FROM memberships WHERE organization_id = ?1 AND user_id IN (?2, ?3)",
            params![org, old.user_id, member_id(&replacement.new_before)],
        )?;
        tx.execute(
            "DELETE FROM team_members WHERE user_id = ?1
             AND team_id IN (SELECT id FROM teams WHERE organization_id = ?2)",
            params![old.user_id, org],
        )?;
        tx.execute(
            "DELETE FROM product_rights WHERE organization_id = ?1 AND user_id = ?2",
            params![org, old.user_id],
        )?;
        insert(&tx, "memberships", &replacement.new_before)?;
        restore(&tx, old)?;
        tx.commit()?;
        Ok(())
    }
}

fn member_id(row: &Row) -> i64 {
    row.iter()
        .find_map(|(c, v)| match (c.as_str(), v) {
            ("user_id", Value::Integer(i)) => Some(*i),
            _ => None,
        })
        .unwrap_or_default()
}
