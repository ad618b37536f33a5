//! The outbox of a provider workspace (issue 10): writes that must reach the provider. Each is
//! applied locally at once (optimistic) under the same role checks as a local change (ORG-4/5/7/8,
//! `comptoir_core::policy`), and queued in the same transaction with an idempotency key.
//!
//! Sending is the orchestrator's (crates/comptoir-sync): it takes the first unsent entry in id
//! order ([`Store::outbox_next`]), marks it `sending` and gets the provider ids it needs
//! ([`Store::outbox_begin`]), then reports `sent`, `offline` (back to pending), `failed` with a
//! reason code, or `conflict`. A failed or conflicting entry holds back the ones after it (order
//! matters: a rename follows its create) until the person retries or discards it.
//!
//! Decisions: a write about something never sent (cancelling an invitation still queued,
//! deleting a team still queued for creation) removes the queued writes instead of sending a
//! pair that cancels out. Retrying a conflict is the person's explicit choice to overwrite.

use chrono::SecondsFormat;
use comptoir_core::org::{validate_display_name, validate_email, validate_language, MemberStatus};
use comptoir_core::org::{validate_team_name, Role};
use comptoir_core::{policy, Error, ErrorCode};
use rusqlite::{params, OptionalExtension, Transaction};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::org_ops::{actor_role, membership, remove_one, target, team_of, unique_team_name};
use crate::provider::{map, remote_of};
use crate::{Store, StoreResult};

/// A write the person asks for, in local ids.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "op", rename_all = "snake_case")]
pub enum ProviderWrite {
    InviteUser {
        email: String,
        display_name: String,
        role: Role,
        language: String,
    },
    CancelInvitation {
        user_id: i64,
    },
    RemoveMember {
        user_id: i64,
    },
    CreateTeam {
        name: String,
    },
    RenameTeam {
        team_id: i64,
        name: String,
    },
    DeleteTeam {
        team_id: i64,
    },
    AddTeamMembers {
        team_id: i64,
        user_ids: Vec<i64>,
    },
    RemoveTeamMembers {
        team_id: i64,
        user_ids: Vec<i64>,
    },
}

impl ProviderWrite {
    fn op(&self) -> &'static str {
        match self {
            ProviderWrite::InviteUser { .. } => "invite_user",
            ProviderWrite::CancelInvitation { .. } => "cancel_invitation",
            ProviderWrite::RemoveMember { .. } => "remove_member",
            ProviderWrite::CreateTeam { .. } => "create_team",
            ProviderWrite::RenameTeam { .. } => "rename_team",
            ProviderWrite::DeleteTeam { .. } => "delete_team",
            ProviderWrite::AddTeamMembers { .. } => "add_team_members",
            ProviderWrite::RemoveTeamMembers { .. } => "remove_team_members",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum OutboxState {
    Pending,
    Sending,
    Sent,
    Failed,
    Conflict,
}

impl OutboxState {
    fn parse(s: &str) -> OutboxState {
        match s {
            "sending" => OutboxState::Sending,
            "sent" => OutboxState::Sent,
            "failed" => OutboxState::Failed,
            "conflict" => OutboxState::Conflict,
            _ => OutboxState::Pending,
        }
    }
}

/// Why an entry failed, waits, or conflicts: codes the UI words in each language.
pub const OUTBOX_REASONS: &[&str] = &[
    // Waiting (still pending): no connection, or the retry after a server error.
    "offline",
    "server_error",
    "unavailable",
    "timeout",
    // Failed: the provider refused, or answered something we cannot read.
    "not_authorized",
    "access_denied",
    "not_found",
    "already_exists",
    "validation_failed",
    // Failed: a 422 naming the field the provider refused.
    "invalid_email",
    "invalid_first_name",
    "invalid_last_name",
    "invalid_name",
    "invalid_role",
    "invalid_language",
    "malformed_response",
    "not_on_provider",
    "unexpected",
    // Conflict: changed or deleted on the provider since the last sync.
    "changed_on_provider",
    "deleted_on_provider",
    // Pending again after a conflict: the person chose to overwrite.
    "overwrite",
];

/// One queued write and where it stands.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct OutboxEntry {
    pub id: i64,
    pub organization_id: i64,
    pub write: ProviderWrite,
    pub idempotency_key: String,
    pub state: OutboxState,
    /// One of [`OUTBOX_REASONS`].
    pub reason: Option<String>,
    pub attempts: u32,
    /// The local team and user the write is about (the UI marks them "pending").
    pub subject_team: Option<i64>,
    pub subject_user: Option<i64>,
    pub created_at: String,
    pub updated_at: String,
}

/// A queued write in the provider's ids, ready to send.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResolvedWrite {
    pub entry_id: i64,
    /// The provider's account id.
    pub account: i64,
    pub idempotency_key: String,
    /// Sent before (the app may have stopped mid-send): check the provider's state first.
    pub retry: bool,
    /// The person chose to overwrite after a conflict: skip the conflict check.
    pub overwrite: bool,
    pub op: RemoteOp,
    /// A team member write with a rename or delete of the same team queued after it: the base
    /// (updated_at, name) that later write checks. The member write moves the team's
    /// `updated_at` on the provider, so the orchestrator rebases it on the team as this write
    /// left it; else our own earlier write reads as a conflict.
    pub rebase_from: Option<(Option<i64>, Option<String>)>,
}

/// What to send, in provider ids. Team writes carry what was last synced (`base_*`) so the
/// orchestrator can tell a change on the provider since.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RemoteOp {
    InviteUser {
        email: String,
        first_name: String,
        last_name: String,
        /// `owner`, `admin` or `normal`.
        role_type: &'static str,
        locale: String,
    },
    CancelInvitation {
        invitation_id: i64,
    },
    RemoveMember {
        user_id: i64,
    },
    CreateTeam {
        name: String,
    },
    RenameTeam {
        team_id: i64,
        name: String,
        base_updated_at: Option<i64>,
        base_name: Option<String>,
    },
    DeleteTeam {
        team_id: i64,
        base_updated_at: Option<i64>,
        base_name: Option<String>,
    },
    AddTeamMembers {
        team_id: i64,
        user_ids: Vec<i64>,
    },
    RemoveTeamMembers {
        team_id: i64,
        user_ids: Vec<i64>,
    },
}

/// What the provider answered to a sent write.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SentResult {
    Done,
    /// An invitation or a team was created (or found already there on a retry).
    Created {
        remote_id: i64,
        updated_at: Option<i64>,
        name: Option<String>,
    },
    /// A team was renamed: its new reference for the next conflict check.
    Updated {
        updated_at: Option<i64>,
        name: String,
    },
}

/// The provider's role for a local one.
pub fn role_type(role: Role) -> &'static str {
    match role {
        Role::LegalRepresentative => "owner",
        Role::Admin => "admin",
        Role::User => "normal",
    }
}

/// The local role for the provider's (`owner`, `admin`, `normal`, `client`...).
pub fn role_from_provider(role_type: &str) -> Role {
    match role_type {
        "owner" => Role::LegalRepresentative,
        "admin" => Role::Admin,
        _ => Role::User,
    }
}

fn check_reason(reason: &str) -> StoreResult<()> {
    if OUTBOX_REASONS.contains(&reason) {
        Ok(())
    } else {
        Err(Error::invalid("reason", format!("'{reason}' is not an outbox reason code")).into())
    }
}

fn read_entry(r: &rusqlite::Row<'_>) -> rusqlite::Result<OutboxEntry> {
    let payload: String = r.get(2)?;
    let write = serde_json::from_str(&payload).map_err(|e| {
        rusqlite::Error::FromSqlConversionFailure(2, rusqlite::types::Type::Text, Box::new(e))
    })?;
    let state: String = r.get(4)?;
    Ok(OutboxEntry {
        id: r.get(0)?,
        organization_id: r.get(1)?,
        write,
        idempotency_key: r.get(3)?,
        state: OutboxState::parse(&state),
        reason: r.get(5)?,
        attempts: r.get(6)?,
        subject_team: r.get(7)?,
        subject_user: r.get(8)?,
        created_at: r.get(9)?,
        updated_at: r.get(10)?,
    })
}

/// The reason of the refusal [`Store::outbox_begin`] gives when another process claimed the
/// entry first: the caller skips it.
pub const CLAIMED_ELSEWHERE: &str = "outbox_claimed";
/// A `sending` entry untouched this long is taken again: its sender stopped mid-send (a send
/// waits at most a minute for the rate limit, plus the request's timeouts).
const SENDING_LEASE_SECS: i64 = 300;

/// The refusal of an entry another process is sending.
pub fn claimed_elsewhere(e: &crate::StoreError) -> bool {
    matches!(e, crate::StoreError::Domain(e)
        if e.params.as_ref().and_then(|p| p.get("reason")).map(String::as_str)
            == Some(CLAIMED_ELSEWHERE))
}

const ENTRY_COLUMNS: &str = "id, organization_id, payload, idempotency_key, state, reason, \
                             attempts, subject_team, subject_user, created_at, updated_at";

/// Unsent writes about `team` (queued, failed, or in conflict).
fn unsent_for_team(tx: &Transaction<'_>, team: i64, op: &str) -> StoreResult<bool> {
    Ok(tx.query_row(
        "SELECT EXISTS (SELECT 1 FROM outbox WHERE subject_team = ?1 AND op = ?2
                          AND state IN ('pending', 'failed', 'conflict'))",
        params![team, op],
        |r| r.get(0),
    )?)
}

impl Store {
    /// Applies `write` locally at once and queues it for the provider, in one transaction, under
    /// the same role checks as a local change. Returns the queued entry (none when the write
    /// cancelled a queued one that never left).
    pub fn provider_write(
        &mut self,
        org: i64,
        actor: i64,
        write: &ProviderWrite,
    ) -> StoreResult<Option<OutboxEntry>> {
        self.require_provider()?;
        let now = self
            .clock()
            .now()
            .to_rfc3339_opts(SecondsFormat::Secs, true);
        let tx = self.conn_mut().transaction()?;
        let role = actor_role(&tx, org, actor)?;
        let mut subject_team = None;
        let mut subject_user = None;
        match write {
            ProviderWrite::InviteUser {
                email,
                display_name,
                role: new_role,
                language,
            } => {
                let email = validate_email(email)?;
                let name = validate_display_name(display_name)?;
                // The provider asks for a first and a last name (required in its spec).
                if !name.trim().contains(' ') {
                    return Err(Error::invalid(
                        "display_name",
                        "give a first and a last name: the provider needs both",
                    )
                    .with_param("reason", "full_name_needed")
                    .into());
                }
                let language = validate_language(language)?;
                policy::check_add(role, *new_role)?;
                let existing: Option<i64> = tx
                    .query_row("SELECT id FROM users WHERE email = ?1", [&email], |r| {
                        r.get(0)
                    })
                    .optional()?;
                let user = match existing {
                    Some(id) => id,
                    None => {
                        tx.execute(
                            "INSERT INTO users(display_name, email, language) VALUES (?1, ?2, ?3)",
                            params![name, email, language],
                        )?;
                        tx.last_insert_rowid()
                    }
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
                tx.execute(
                    "INSERT INTO memberships(organization_id, user_id, role, status, invited_at,
                                             invitations_sent)
                     VALUES (?1, ?2, ?3, 'invited', ?4, 1)",
                    params![org, user, new_role.as_str(), now],
                )?;
                subject_user = Some(user);
            }
            ProviderWrite::CancelInvitation { user_id } => {
                if target(&tx, org, *user_id)?.1 != MemberStatus::Invited {
                    return Err(Error::new(
                        ErrorCode::Conflict,
                        "this user has no pending invitation",
                    )
                    .reason("no_pending_invitation")
                    .with_field("user_id")
                    .into());
                }
                remove_one(&tx, org, actor, role, *user_id)?;
                // Never sent: drop the queued invitation instead of sending both.
                let dropped = tx.execute(
                    "DELETE FROM outbox WHERE organization_id = ?1 AND subject_user = ?2
                       AND op = 'invite_user' AND state IN ('pending', 'failed', 'conflict')",
                    params![org, user_id],
                )?;
                if dropped > 0 {
                    tx.commit()?;
                    return Ok(None);
                }
                subject_user = Some(*user_id);
            }
            ProviderWrite::RemoveMember { user_id } => {
                if target(&tx, org, *user_id)?.1 != MemberStatus::Active {
                    return Err(Error::invalid(
                        "user_id",
                        "this user has not accepted their invitation: cancel it instead",
                    )
                    .reason("invitation_not_accepted")
                    .into());
                }
                remove_one(&tx, org, actor, role, *user_id)?;
                subject_user = Some(*user_id);
            }
            ProviderWrite::CreateTeam { name } => {
                let name = validate_team_name(name)?;
                policy::check_enough_rights(role, "teams")?;
                unique_team_name(&tx, org, &name, None)?;
                tx.execute(
                    "INSERT INTO teams(organization_id, name, colour) VALUES (?1, ?2, '#64748b')",
                    params![org, name],
                )?;
                subject_team = Some(tx.last_insert_rowid());
            }
            ProviderWrite::RenameTeam { team_id, name } => {
                let name = validate_team_name(name)?;
                policy::check_enough_rights(role, "teams")?;
                team_of(&tx, org, *team_id)?;
                unique_team_name(&tx, org, &name, Some(*team_id))?;
                tx.execute(
                    "UPDATE teams SET name = ?2 WHERE id = ?1",
                    params![team_id, name],
                )?;
                subject_team = Some(*team_id);
            }
            ProviderWrite::DeleteTeam { team_id } => {
                policy::check_enough_rights(role, "teams")?;
                team_of(&tx, org, *team_id)?;
                let never_sent = unsent_for_team(&tx, *team_id, "create_team")?;
                tx.execute("DELETE FROM teams WHERE id = ?1", [team_id])?;
                if never_sent {
                    tx.execute(
                        "DELETE FROM outbox WHERE subject_team = ?1
                           AND state IN ('pending', 'failed', 'conflict')",
                        [team_id],
                    )?;
                    tx.commit()?;
                    return Ok(None);
                }
                subject_team = Some(*team_id);
            }
            ProviderWrite::AddTeamMembers { team_id, user_ids }
            | ProviderWrite::RemoveTeamMembers { team_id, user_ids } => {
                policy::check_enough_rights(role, "teams")?;
                team_of(&tx, org, *team_id)?;
                if user_ids.is_empty() {
                    return Err(Error::invalid("user_ids", "choose at least one member")
                        .reason("none_chosen")
                        .into());
                }
                let adding = matches!(write, ProviderWrite::AddTeamMembers { .. });
                for &u in user_ids {
                    let (_, status) = target(&tx, org, u)?;
                    if adding {
                        if status != MemberStatus::Active {
                            return Err(Error::invalid(
                                "user_ids",
                                format!("user {u} has not accepted their invitation yet"),
                            )
                            .reason("invitation_not_accepted")
                            .into());
                        }
                        tx.execute(
                            "INSERT OR IGNORE INTO team_members(team_id, user_id) VALUES (?1, ?2)",
                            params![team_id, u],
                        )?;
                    } else {
                        tx.execute(
                            "DELETE FROM team_members WHERE team_id = ?1 AND user_id = ?2",
                            params![team_id, u],
                        )?;
                    }
                }
                subject_team = Some(*team_id);
            }
        }
        let payload = serde_json::to_string(write)
            .map_err(|e| Error::new(ErrorCode::Internal, format!("outbox payload: {e}")))?;
        tx.execute(
            "INSERT INTO outbox(organization_id, op, payload, subject_team, subject_user,
                                idempotency_key, state, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, 'comptoir-' || lower(hex(randomblob(16))), 'pending',
                     ?6, ?6)",
            params![org, write.op(), payload, subject_team, subject_user, now],
        )?;
        let id = tx.last_insert_rowid();
        tx.commit()?;
        Ok(Some(self.outbox_entry(id)?))
    }

    pub fn outbox_entry(&self, id: i64) -> StoreResult<OutboxEntry> {
        self.conn()
            .query_row(
                &format!("SELECT {ENTRY_COLUMNS} FROM outbox WHERE id = ?1"),
                [id],
                read_entry,
            )
            .optional()?
            .ok_or_else(|| Error::not_found("outbox entry", id).with_field("id").into())
    }

    /// The unsent entries and the last `sent` ones (up to 200 in all), in queue order.
    pub fn outbox(&self) -> StoreResult<Vec<OutboxEntry>> {
        let mut stmt = self.conn().prepare(&format!(
            "SELECT {ENTRY_COLUMNS} FROM outbox
             WHERE state <> 'sent' OR id IN (SELECT id FROM outbox WHERE state = 'sent'
                                             ORDER BY id DESC LIMIT 50)
             ORDER BY id LIMIT 200"
        ))?;
        let rows = stmt.query_map([], read_entry)?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// The first entry not yet sent, in id order: the next to send when pending or sending, the
    /// one holding the queue back when failed or in conflict.
    pub fn outbox_next(&self) -> StoreResult<Option<OutboxEntry>> {
        Ok(self
            .conn()
            .query_row(
                &format!(
                    "SELECT {ENTRY_COLUMNS} FROM outbox WHERE state <> 'sent' ORDER BY id LIMIT 1"
                ),
                [],
                read_entry,
            )
            .optional()?)
    }

    /// Marks `id` as being sent (one more attempt) and gives it in provider ids. `None` when a
    /// provider id it needs is unknown (what it refers to never reached the provider): the entry
    /// is then failed with `not_on_provider`.
    pub fn outbox_begin(&mut self, id: i64) -> StoreResult<Option<ResolvedWrite>> {
        let entry = self.outbox_entry(id)?;
        if !matches!(entry.state, OutboxState::Pending | OutboxState::Sending) {
            return Err(Error::new(
                ErrorCode::Conflict,
                format!(
                    "outbox entry {id} is {:?}, not waiting to be sent",
                    entry.state
                ),
            )
            .reason("outbox_not_waiting")
            .with_field("id")
            .into());
        }
        let org = entry.organization_id;
        let conn = self.conn();
        let account = remote_of(conn, "organization", 0, org)?;
        let team = |t: i64| remote_of(conn, "team", 0, t);
        let users = |ids: &[i64]| -> StoreResult<Option<Vec<i64>>> {
            let mut out = Vec::with_capacity(ids.len());
            for &u in ids {
                match remote_of(conn, "user", 0, u)? {
                    Some(r) => out.push(r),
                    None => return Ok(None),
                }
            }
            Ok(Some(out))
        };
        let base = |t: i64| -> StoreResult<(Option<i64>, Option<String>)> {
            Ok(conn
                .query_row(
                    "SELECT remote_updated_at, remote_name FROM provider_ids
                     WHERE entity = 'team' AND local_id = ?1",
                    [t],
                    |r| Ok((r.get(0)?, r.get(1)?)),
                )
                .optional()?
                .unwrap_or((None, None)))
        };
        let op: Option<RemoteOp> = match &entry.write {
            ProviderWrite::InviteUser {
                email,
                display_name,
                role,
                language,
            } => {
                let mut parts = display_name.trim().splitn(2, ' ');
                Some(RemoteOp::InviteUser {
                    email: email.clone(),
                    first_name: parts.next().unwrap_or_default().to_owned(),
                    last_name: parts.next().unwrap_or_default().trim().to_owned(),
                    role_type: role_type(*role),
                    locale: language.clone(),
                })
            }
            ProviderWrite::CancelInvitation { user_id } => {
                remote_of(conn, "invitation", org, *user_id)?
                    .map(|invitation_id| RemoteOp::CancelInvitation { invitation_id })
            }
            ProviderWrite::RemoveMember { user_id } => remote_of(conn, "user", 0, *user_id)?
                .map(|user_id| RemoteOp::RemoveMember { user_id }),
            ProviderWrite::CreateTeam { name } => Some(RemoteOp::CreateTeam { name: name.clone() }),
            ProviderWrite::RenameTeam { team_id, name } => {
                let (base_updated_at, base_name) = base(*team_id)?;
                team(*team_id)?.map(|t| RemoteOp::RenameTeam {
                    team_id: t,
                    name: name.clone(),
                    base_updated_at,
                    base_name,
                })
            }
            ProviderWrite::DeleteTeam { team_id } => {
                let (base_updated_at, base_name) = base(*team_id)?;
                team(*team_id)?.map(|t| RemoteOp::DeleteTeam {
                    team_id: t,
                    base_updated_at,
                    base_name,
                })
            }
            ProviderWrite::AddTeamMembers { team_id, user_ids } => match team(*team_id)? {
                Some(t) => users(user_ids)?.map(|user_ids| RemoteOp::AddTeamMembers {
                    team_id: t,
                    user_ids,
                }),
                None => None,
            },
            ProviderWrite::RemoveTeamMembers { team_id, user_ids } => match team(*team_id)? {
                Some(t) => users(user_ids)?.map(|user_ids| RemoteOp::RemoveTeamMembers {
                    team_id: t,
                    user_ids,
                }),
                None => None,
            },
        };
        let rebase_from = match (&op, entry.subject_team) {
            (
                Some(RemoteOp::AddTeamMembers { .. } | RemoteOp::RemoveTeamMembers { .. }),
                Some(t),
            ) if later_base_check(conn, id, t)? => Some(base(t)?),
            _ => None,
        };
        let (Some(account), Some(op)) = (account, op) else {
            self.outbox_failed(id, "not_on_provider")?;
            return Ok(None);
        };
        let now = self
            .clock()
            .now()
            .to_rfc3339_opts(SecondsFormat::Secs, true);
        // Claimed atomically: the entry as read (same attempts), pending, or sending by this
        // connection (an interrupted send) or so long ago that its sender stopped. Another
        // process that claimed it first wins; this one skips it (never sends it twice).
        let stale = (self.clock().now() - chrono::Duration::seconds(SENDING_LEASE_SECS))
            .to_rfc3339_opts(SecondsFormat::Secs, true);
        let claimed = self.conn().execute(
            "UPDATE outbox SET state = 'sending', attempts = attempts + 1, updated_at = ?2
             WHERE id = ?1 AND attempts = ?3
               AND (state = 'pending' OR (state = 'sending' AND (?4 OR updated_at < ?5)))",
            params![id, now, entry.attempts, self.sending.contains(&id), stale],
        )?;
        if claimed != 1 {
            return Err(Error::new(
                ErrorCode::Conflict,
                format!("outbox entry {id} is being sent by another window"),
            )
            .reason(CLAIMED_ELSEWHERE)
            .into());
        }
        self.sending.insert(id);
        Ok(Some(ResolvedWrite {
            entry_id: id,
            account,
            idempotency_key: entry.idempotency_key,
            retry: entry.attempts > 0,
            overwrite: entry.reason.as_deref() == Some("overwrite"),
            op,
            rebase_from,
        }))
    }

    /// The provider took the write: record the ids it gave and the new team reference.
    pub fn outbox_sent(&mut self, id: i64, result: &SentResult) -> StoreResult<()> {
        self.sending.remove(&id);
        let entry = self.outbox_entry(id)?;
        let now = self
            .clock()
            .now()
            .to_rfc3339_opts(SecondsFormat::Secs, true);
        let tx = self.conn_mut().transaction()?;
        match result {
            SentResult::Done => {}
            SentResult::Created {
                remote_id,
                updated_at,
                name,
            } => {
                if let Some(user) = entry
                    .subject_user
                    .filter(|_| matches!(entry.write, ProviderWrite::InviteUser { .. }))
                {
                    map(
                        &tx,
                        "invitation",
                        entry.organization_id,
                        user,
                        *remote_id,
                        &now,
                    )?;
                } else if let Some(team) = entry.subject_team {
                    map(&tx, "team", 0, team, *remote_id, &now)?;
                    set_team_base(&tx, team, *updated_at, name.as_deref())?;
                }
            }
            SentResult::Updated { updated_at, name } => {
                if let Some(team) = entry.subject_team {
                    set_team_base(&tx, team, *updated_at, Some(name))?;
                }
            }
        }
        tx.execute(
            "UPDATE outbox SET state = 'sent', reason = NULL, updated_at = ?2 WHERE id = ?1",
            params![id, now],
        )?;
        tx.commit()?;
        Ok(())
    }

    fn outbox_set(&self, id: i64, state: &str, reason: &str) -> StoreResult<()> {
        check_reason(reason)?;
        let now = self
            .clock()
            .now()
            .to_rfc3339_opts(SecondsFormat::Secs, true);
        let n = self.conn().execute(
            "UPDATE outbox SET state = ?2, reason = ?3, updated_at = ?4
             WHERE id = ?1 AND state <> 'sent'",
            params![id, state, reason, now],
        )?;
        if n == 0 {
            return Err(Error::not_found("unsent outbox entry", id)
                .with_field("id")
                .into());
        }
        Ok(())
    }

    /// Not sent for now (no connection, a server error or timeout): pending again, with why.
    pub fn outbox_waiting(&mut self, id: i64, reason: &str) -> StoreResult<()> {
        self.outbox_set(id, "pending", reason)
    }

    /// Not sent because the person stopped the flush before it: pending as it was queued.
    pub fn outbox_requeue(&mut self, id: i64) -> StoreResult<()> {
        let now = self
            .clock()
            .now()
            .to_rfc3339_opts(SecondsFormat::Secs, true);
        self.conn().execute(
            "UPDATE outbox SET state = 'pending', reason = NULL, updated_at = ?2
             WHERE id = ?1 AND state = 'sending'",
            params![id, now],
        )?;
        Ok(())
    }

    /// The provider refused the write: it waits for the person (retry or discard).
    pub fn outbox_failed(&mut self, id: i64, reason: &str) -> StoreResult<()> {
        self.outbox_set(id, "failed", reason)
    }

    /// Changed (or deleted) on the provider since the last sync: shown, never overwritten.
    pub fn outbox_conflict(&mut self, id: i64, reason: &str) -> StoreResult<()> {
        self.outbox_set(id, "conflict", reason)
    }

    /// The person sends a failed entry again; for a conflict, they choose to overwrite. An
    /// entry another process already sent or queued again is simply done: returned as it is.
    pub fn outbox_retry(&mut self, id: i64) -> StoreResult<OutboxEntry> {
        let entry = self.outbox_entry(id)?;
        match entry.state {
            OutboxState::Failed => self.outbox_set(id, "pending", "offline")?,
            OutboxState::Conflict => self.outbox_set(id, "pending", "overwrite")?,
            OutboxState::Sent | OutboxState::Pending | OutboxState::Sending => return Ok(entry),
        }
        self.conn().execute(
            "UPDATE outbox SET reason = NULL WHERE id = ?1 AND reason = 'offline'",
            [id],
        )?;
        self.outbox_entry(id)
    }

    /// The person drops a write that was not sent. The local change stays until the next sync
    /// brings back what the provider holds (the entry no longer shields it).
    pub fn outbox_discard(&mut self, id: i64) -> StoreResult<()> {
        let entry = self.outbox_entry(id)?;
        if matches!(entry.state, OutboxState::Sent | OutboxState::Sending) {
            return Err(Error::new(
                ErrorCode::Conflict,
                format!(
                    "this write is {:?}: only a write not being sent can be discarded",
                    entry.state
                ),
            )
            .reason("outbox_busy")
            .with_field("id")
            .into());
        }
        self.conn()
            .execute("DELETE FROM outbox WHERE id = ?1", [id])?;
        Ok(())
    }

    /// How many writes are not sent yet.
    pub fn outbox_unsent(&self) -> StoreResult<u32> {
        Ok(self.conn().query_row(
            "SELECT count(*) FROM outbox WHERE state <> 'sent'",
            [],
            |r| r.get(0),
        )?)
    }
}

/// The organization operations of a provider workspace: the same engine methods the UI calls
/// (`add_member`, `remove_members`, teams...) route here, so every write that must reach the
/// provider goes through the outbox, under the same role checks.
impl Store {
    pub(crate) fn is_provider(&self) -> StoreResult<bool> {
        Ok(self.meta("kind")?.as_deref() == Some("provider"))
    }

    /// Refuses (Conflict, reason `not_in_public_api`) what the provider's public API cannot do:
    /// changed here, it would never reach the provider and the next sync would undo it. No field:
    /// nothing the person filled in is wrong.
    pub(crate) fn refuse_on_provider(&self, what: &str) -> StoreResult<()> {
        if self.is_provider()? {
            return Err(Error::new(
                ErrorCode::Conflict,
                format!(
                    "cannot {what} here: the provider's public API does not offer it; do it in \
                     the provider's Manager, the next sync brings it"
                ),
            )
            .with_param("reason", "not_in_public_api")
            .into());
        }
        Ok(())
    }

    pub(crate) fn add_member_via_provider(
        &mut self,
        org: i64,
        actor: i64,
        new: &comptoir_core::org::NewMember,
    ) -> StoreResult<i64> {
        if new.mode == comptoir_core::org::AddMode::Existing {
            return Err(Error::invalid(
                "mode",
                "on a provider workspace a user is invited by e-mail; the provider links an \
                 existing account when they accept",
            )
            .with_param("reason", "invite_by_email")
            .into());
        }
        let entry = self.provider_write(
            org,
            actor,
            &ProviderWrite::InviteUser {
                email: new.email.clone(),
                display_name: new.display_name.clone(),
                role: new.role,
                language: new.language.clone(),
            },
        )?;
        let user = entry
            .and_then(|e| e.subject_user)
            .ok_or_else(|| Error::new(ErrorCode::Internal, "the invitation was not queued"))?;
        // Product rights and contact preferences are the local engine's (ORG-6): kept here.
        let tx = self.conn_mut().transaction()?;
        crate::org_ops::write_user_rights(&tx, org, user, &new.rights)?;
        let c = new.contacts;
        tx.execute(
            "UPDATE memberships SET contact_billing = ?3, contact_technical = ?4,
                    contact_legal = ?5 WHERE organization_id = ?1 AND user_id = ?2",
            params![org, user, c.billing, c.technical, c.legal_notices],
        )?;
        tx.commit()?;
        Ok(user)
    }

    pub(crate) fn remove_members_via_provider(
        &mut self,
        org: i64,
        actor: i64,
        users: &[i64],
    ) -> StoreResult<Vec<comptoir_core::org::MemberResult>> {
        let mut out = Vec::with_capacity(users.len());
        for &user in users {
            let name: String = self
                .conn()
                .query_row(
                    "SELECT display_name FROM users WHERE id = ?1",
                    [user],
                    |r| r.get(0),
                )
                .optional()?
                .unwrap_or_else(|| format!("#{user}"));
            let status: Option<String> = self
                .conn()
                .query_row(
                    "SELECT status FROM memberships WHERE organization_id = ?1 AND user_id = ?2",
                    params![org, user],
                    |r| r.get(0),
                )
                .optional()?;
            let write = if status.as_deref() == Some("invited") {
                ProviderWrite::CancelInvitation { user_id: user }
            } else {
                ProviderWrite::RemoveMember { user_id: user }
            };
            let error = self
                .provider_write(org, actor, &write)
                .err()
                .map(Error::from);
            out.push(comptoir_core::org::MemberResult {
                user_id: user,
                display_name: name,
                error,
            });
        }
        Ok(out)
    }

    pub(crate) fn create_team_via_provider(
        &mut self,
        org: i64,
        actor: i64,
        name: &str,
        colour: &str,
    ) -> StoreResult<i64> {
        let colour = comptoir_core::org::validate_colour(colour)?;
        let entry =
            self.provider_write(org, actor, &ProviderWrite::CreateTeam { name: name.into() })?;
        let team = entry
            .and_then(|e| e.subject_team)
            .ok_or_else(|| Error::new(ErrorCode::Internal, "the team was not queued"))?;
        // The colour is the app's own (the provider has its palette index).
        self.conn().execute(
            "UPDATE teams SET colour = ?2 WHERE id = ?1",
            params![team, colour],
        )?;
        Ok(team)
    }

    pub(crate) fn update_team_via_provider(
        &mut self,
        org: i64,
        actor: i64,
        team: i64,
        name: &str,
        colour: &str,
    ) -> StoreResult<()> {
        let colour = comptoir_core::org::validate_colour(colour)?;
        let current: Option<String> = self
            .conn()
            .query_row(
                "SELECT name FROM teams WHERE id = ?1 AND organization_id = ?2",
                params![team, org],
                |r| r.get(0),
            )
            .optional()?;
        let current =
            current.ok_or_else(|| Error::not_found("team", team).with_field("team_id"))?;
        if current != name.trim() {
            self.provider_write(
                org,
                actor,
                &ProviderWrite::RenameTeam {
                    team_id: team,
                    name: name.into(),
                },
            )?;
        } else {
            let tx = self.conn_mut().transaction()?;
            policy::check_enough_rights(actor_role(&tx, org, actor)?, "teams")?;
            tx.commit()?;
        }
        self.conn().execute(
            "UPDATE teams SET colour = ?2 WHERE id = ?1",
            params![team, colour],
        )?;
        Ok(())
    }

    pub(crate) fn set_team_members_via_provider(
        &mut self,
        org: i64,
        actor: i64,
        team: i64,
        users: &[i64],
    ) -> StoreResult<()> {
        let have: Vec<i64> = {
            let mut stmt = self
                .conn()
                .prepare("SELECT user_id FROM team_members WHERE team_id = ?1")?;
            let rows = stmt.query_map([team], |r| r.get(0))?;
            rows.collect::<Result<_, _>>()?
        };
        let add: Vec<i64> = users
            .iter()
            .copied()
            .filter(|u| !have.contains(u))
            .collect();
        let gone: Vec<i64> = have
            .iter()
            .copied()
            .filter(|u| !users.contains(u))
            .collect();
        if add.is_empty() && gone.is_empty() {
            let tx = self.conn_mut().transaction()?;
            policy::check_enough_rights(actor_role(&tx, org, actor)?, "teams")?;
            team_of(&tx, org, team)?;
            return Ok(());
        }
        if !add.is_empty() {
            self.provider_write(
                org,
                actor,
                &ProviderWrite::AddTeamMembers {
                    team_id: team,
                    user_ids: add,
                },
            )?;
        }
        if !gone.is_empty() {
            self.provider_write(
                org,
                actor,
                &ProviderWrite::RemoveTeamMembers {
                    team_id: team,
                    user_ids: gone,
                },
            )?;
        }
        Ok(())
    }
}

/// Whether a rename or delete of `team`, which checks the team's base, is queued after `id`.
fn later_base_check(conn: &rusqlite::Connection, id: i64, team: i64) -> StoreResult<bool> {
    Ok(conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM outbox WHERE id > ?1 AND subject_team = ?2
           AND op IN ('rename_team', 'delete_team') AND state <> 'sent')",
        params![id, team],
        |r| r.get(0),
    )?)
}

fn set_team_base(
    tx: &Transaction<'_>,
    team: i64,
    updated_at: Option<i64>,
    name: Option<&str>,
) -> StoreResult<()> {
    tx.execute(
        "UPDATE provider_ids SET remote_updated_at = ?2, remote_name = coalesce(?3, remote_name)
         WHERE entity = 'team' AND local_id = ?1",
        params![team, updated_at, name],
    )?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roles_map_both_ways() {
        for r in [Role::LegalRepresentative, Role::Admin, Role::User] {
            assert_eq!(role_from_provider(role_type(r)), r);
        }
        assert_eq!(role_from_provider("client"), Role::User);
    }
}
