//! Support-access grants (SUP-1..4): giving and revoking them as the signed-in user, their
//! closing by themselves after 7 days (noticed on the clock and logged once), the one desktop
//! warning a day before, and the append-only access log, read a page at a time.

use chrono::{DateTime, Utc};
use comptoir_core::support::{
    check_grant_access, grant_expiry, grant_remaining_seconds, grant_state, grant_warning_due,
    validate_grant_items, validate_ticket, AccessEvent, AccessLogEntry, AccessLogPage, GrantAction,
    GrantKind, GrantState, NewGrant, SupportGrant, GRANT_LIFETIME_DAYS,
};
use comptoir_core::{Error, ErrorCode};
use rusqlite::{params, Connection, OptionalExtension, Row, TransactionBehavior};

use crate::access::{active_role, MEMBER_ORGS};
use crate::row::{instant, opt_instant, parsed};
use crate::{Store, StoreResult};

/// The most lines one page of the access log carries (never an unbounded answer over IPC).
pub const ACCESS_LOG_PAGE_MAX: i64 = 200;

const GRANT_COLUMNS: &str = "g.id, g.organization_id, g.kind, g.target, g.ticket_ref,
    g.granted_at, g.revoked_at, (SELECT display_name FROM users WHERE id = g.granted_by),
    (SELECT display_name FROM users WHERE id = g.revoked_by)";

fn kind_of(s: &str) -> comptoir_core::Result<GrantKind> {
    GrantKind::parse(s).ok_or_else(|| Error::invalid("kind", format!("unknown grant kind '{s}'")))
}

fn grant_row(r: &Row<'_>, now: DateTime<Utc>) -> rusqlite::Result<SupportGrant> {
    let granted_at = instant(r, 5)?;
    let revoked_at = opt_instant(r, 6)?;
    Ok(SupportGrant {
        id: r.get(0)?,
        organization_id: r.get(1)?,
        kind: parsed(r, 2, kind_of)?,
        target: r.get(3)?,
        ticket_ref: r.get(4)?,
        granted_at,
        expires_at: grant_expiry(granted_at),
        revoked_at,
        state: grant_state(granted_at, revoked_at, now),
        remaining_seconds: match revoked_at {
            Some(_) => 0,
            None => grant_remaining_seconds(granted_at, now),
        },
        granted_by: r.get(7)?,
        revoked_by: r.get(8)?,
    })
}

fn display_name(conn: &Connection, user: i64) -> StoreResult<Option<String>> {
    Ok(conn
        .query_row(
            "SELECT display_name FROM users WHERE id = ?1",
            [user],
            |r| r.get(0),
        )
        .optional()?)
}

/// Appends one line to the access log; a second line for the same grant and event is never
/// written (the UNIQUE index), so a repeated call is a no-op. Returns whether a line was added.
fn log(
    conn: &Connection,
    at: DateTime<Utc>,
    event: AccessEvent,
    grant_id: i64,
    actor: Option<i64>,
) -> StoreResult<bool> {
    let actor_name = match actor {
        Some(a) => display_name(conn, a)?,
        None => None,
    };
    let n = conn.execute(
        "INSERT OR IGNORE INTO support_access_log(at, event, grant_id, organization_id, kind,
            target, ticket_ref, actor_id, actor_name)
         SELECT ?1, ?2, id, organization_id, kind, target, ticket_ref, ?3, ?4
         FROM support_grants WHERE id = ?5",
        params![at.to_rfc3339(), event.as_str(), actor, actor_name, grant_id],
    )?;
    Ok(n == 1)
}

/// SUP-2: logs, once each, the expiry of every grant that closed by itself by `now` (at the
/// instant it closed). Returns how many were noticed now.
fn notice_expiries(conn: &Connection, now: DateTime<Utc>) -> StoreResult<usize> {
    let horizon = (now - chrono::Duration::days(GRANT_LIFETIME_DAYS)).to_rfc3339();
    let due: Vec<(i64, DateTime<Utc>)> = {
        let mut stmt = conn.prepare(
            "SELECT g.id, g.granted_at FROM support_grants g
             WHERE g.revoked_at IS NULL AND g.granted_at <= ?1
               AND NOT EXISTS (SELECT 1 FROM support_access_log l
                               WHERE l.grant_id = g.id AND l.event = 'expired')",
        )?;
        let rows = stmt.query_map([horizon], |r| Ok((r.get(0)?, instant(r, 1)?)))?;
        rows.collect::<Result<_, _>>()?
    };
    let mut n = 0;
    for (id, granted_at) in due {
        // Text order of RFC 3339 instants with other offsets is not time order: check again.
        if now >= grant_expiry(granted_at)
            && log(
                conn,
                grant_expiry(granted_at),
                AccessEvent::Expired,
                id,
                None,
            )?
        {
            n += 1;
        }
    }
    Ok(n)
}

/// The id of a grant of the same organization, kind and item still open at `now`.
fn open_grant(
    conn: &Connection,
    request: &NewGrant,
    item: &str,
    now: DateTime<Utc>,
) -> StoreResult<Option<i64>> {
    let mut stmt = conn.prepare(
        "SELECT id, granted_at FROM support_grants
         WHERE organization_id = ?1 AND kind = ?2 AND target = ?3 AND revoked_at IS NULL",
    )?;
    let rows = stmt.query_map(
        params![request.organization_id, request.kind.as_str(), item],
        |r| Ok((r.get::<_, i64>(0)?, instant(r, 1)?)),
    )?;
    for row in rows {
        let (id, granted_at) = row?;
        if grant_state(granted_at, None, now) == GrantState::Active {
            return Ok(Some(id));
        }
    }
    Ok(None)
}

impl Store {
    /// SUP-1..4: gives support access, as `actor`, to each item of one kind for one support
    /// request. One grant per item (each revoked on its own), each logged. Returns them. An item
    /// with an open grant already is refused (Conflict, reason `grant_already_open`): nothing is
    /// given.
    pub fn create_support_grants(
        &mut self,
        actor: i64,
        request: &NewGrant,
    ) -> StoreResult<Vec<SupportGrant>> {
        let ticket = validate_ticket(&request.ticket_ref)?;
        let items = validate_grant_items(request.kind, &request.items)?;
        let now = self.clock().now();
        let tx = self
            .conn_mut()
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        self_org_exists(&tx, request.organization_id)?;
        check_grant_access(
            active_role(&tx, request.organization_id, actor)?,
            GrantAction::Grant,
        )?;
        let mut ids = Vec::new();
        for item in &items {
            // The same access twice (a double click, two people at once) would be two grants
            // to revoke: refused while one is open, inside this transaction.
            if let Some(open) = open_grant(&tx, request, item, now)? {
                return Err(Error::new(
                    ErrorCode::Conflict,
                    format!("support access to {item} is already open (grant {open})"),
                )
                .reason("grant_already_open")
                .with_param("item", item.as_str())
                .with_field("items")
                .into());
            }
            tx.execute(
                "INSERT INTO support_grants(organization_id, kind, target, ticket_ref, granted_at,
                    granted_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                params![
                    request.organization_id,
                    request.kind.as_str(),
                    item,
                    ticket,
                    now.to_rfc3339(),
                    actor
                ],
            )?;
            let id = tx.last_insert_rowid();
            log(&tx, now, AccessEvent::Granted, id, Some(actor))?;
            ids.push(id);
        }
        tx.commit()?;
        ids.into_iter().map(|id| self.support_grant(id)).collect()
    }

    /// SUP-2: revokes a grant as `actor`. A grant already revoked or closed by itself is
    /// refused (Conflict, reason `grant_closed`): nothing changes, nothing more is logged.
    pub fn revoke_support_grant(&mut self, actor: i64, grant_id: i64) -> StoreResult<SupportGrant> {
        let now = self.clock().now();
        let tx = self
            .conn_mut()
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let row: Option<(i64, DateTime<Utc>, Option<DateTime<Utc>>)> = tx
            .query_row(
                "SELECT organization_id, granted_at, revoked_at FROM support_grants WHERE id = ?1",
                [grant_id],
                |r| Ok((r.get(0)?, instant(r, 1)?, opt_instant(r, 2)?)),
            )
            .optional()?;
        let (org, granted_at, revoked_at) =
            row.ok_or_else(|| Error::not_found("support grant", grant_id).with_field("grant_id"))?;
        check_grant_access(active_role(&tx, org, actor)?, GrantAction::Revoke)?;
        let state = grant_state(granted_at, revoked_at, now);
        if state != GrantState::Active {
            // An expiry not yet noticed is logged now (once), and the refusal says it closed.
            notice_expiries(&tx, now)?;
            tx.commit()?;
            return Err(Error::new(
                ErrorCode::Conflict,
                format!("support grant {grant_id} is already closed ({state:?})"),
            )
            .reason("grant_closed")
            .with_param(
                "state",
                match state {
                    GrantState::Revoked => "revoked",
                    _ => "expired",
                },
            )
            .with_field("grant_id")
            .into());
        }
        tx.execute(
            "UPDATE support_grants SET revoked_at = ?2, revoked_by = ?3 WHERE id = ?1",
            params![grant_id, now.to_rfc3339(), actor],
        )?;
        log(&tx, now, AccessEvent::Revoked, grant_id, Some(actor))?;
        tx.commit()?;
        self.support_grant(grant_id)
    }

    pub fn support_grant(&self, grant_id: i64) -> StoreResult<SupportGrant> {
        let now = self.clock().now();
        Ok(self
            .conn()
            .query_row(
                &format!("SELECT {GRANT_COLUMNS} FROM support_grants g WHERE g.id = ?1"),
                [grant_id],
                |r| grant_row(r, now),
            )
            .optional()?
            .ok_or_else(|| Error::not_found("support grant", grant_id).with_field("grant_id"))?)
    }

    /// Support grants of the organizations `actor` is an active member of, newest first, with
    /// their state at the clock's now; expiries due are logged first, so the log and the list
    /// agree.
    pub fn support_grants_as(&self, actor: i64) -> StoreResult<Vec<SupportGrant>> {
        let now = self.clock().now();
        notice_expiries(self.conn(), now)?;
        let mut stmt = self.conn().prepare(&format!(
            "SELECT {GRANT_COLUMNS} FROM support_grants g
             WHERE g.organization_id IN ({MEMBER_ORGS})
             ORDER BY g.granted_at DESC, g.id DESC"
        ))?;
        let rows = stmt.query_map([actor], |r| grant_row(r, now))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Every grant of the workspace (unchecked: the engine's own reads and tests).
    pub(crate) fn all_support_grants(&self) -> StoreResult<Vec<SupportGrant>> {
        let now = self.clock().now();
        let mut stmt = self.conn().prepare(&format!(
            "SELECT {GRANT_COLUMNS} FROM support_grants g ORDER BY g.granted_at DESC, g.id DESC"
        ))?;
        let rows = stmt.query_map([], |r| grant_row(r, now))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// SUP-2: logs the expiries due at the clock's now, once each; returns how many.
    pub fn notice_grant_expiries(&self) -> StoreResult<usize> {
        notice_expiries(self.conn(), self.clock().now())
    }

    /// SUP-2: the grants due their one desktop warning now (closing within a day, still open,
    /// not warned yet), soonest first.
    pub fn grants_due_warning(&self) -> StoreResult<Vec<SupportGrant>> {
        let now = self.clock().now();
        let mut stmt = self.conn().prepare(&format!(
            "SELECT {GRANT_COLUMNS} FROM support_grants g
             WHERE g.revoked_at IS NULL AND g.warned_at IS NULL
             ORDER BY g.granted_at, g.id"
        ))?;
        let rows = stmt.query_map([], |r| grant_row(r, now))?;
        let all: Vec<SupportGrant> = rows.collect::<Result<_, _>>()?;
        Ok(all
            .into_iter()
            .filter(|g| grant_warning_due(g.granted_at, now))
            .collect())
    }

    /// Records that the warning of `grants` was shown (never again for them).
    pub fn mark_grants_warned(&self, grants: &[SupportGrant]) -> StoreResult<()> {
        let now = self.clock().now().to_rfc3339();
        for g in grants {
            self.conn().execute(
                "UPDATE support_grants SET warned_at = ?2 WHERE id = ?1 AND warned_at IS NULL",
                params![g.id, now],
            )?;
        }
        Ok(())
    }

    /// The access log of the organizations `actor` is an active member of, newest first, one
    /// page (`limit` at most [`ACCESS_LOG_PAGE_MAX`]).
    pub fn support_access_log_as(
        &self,
        actor: i64,
        offset: i64,
        limit: i64,
    ) -> StoreResult<AccessLogPage> {
        if !(1..=ACCESS_LOG_PAGE_MAX).contains(&limit) {
            return Err(Error::invalid_because(
                "limit",
                comptoir_core::Reason::OutOfRange {
                    min: "1".into(),
                    max: ACCESS_LOG_PAGE_MAX.to_string(),
                    given: limit.to_string(),
                },
            )
            .into());
        }
        let offset = offset.max(0);
        notice_expiries(self.conn(), self.clock().now())?;
        let total: i64 = self.conn().query_row(
            &format!(
                "SELECT count(*) FROM support_access_log WHERE organization_id IN ({MEMBER_ORGS})"
            ),
            [actor],
            |r| r.get(0),
        )?;
        let mut stmt = self.conn().prepare(&format!(
            "SELECT id, at, event, grant_id, organization_id, kind, target, ticket_ref, actor_name
             FROM support_access_log WHERE organization_id IN ({MEMBER_ORGS})
             ORDER BY at DESC, id DESC LIMIT ? OFFSET ?"
        ))?;
        let rows = stmt.query_map(params![actor, limit, offset], |r| {
            Ok(AccessLogEntry {
                id: r.get(0)?,
                at: instant(r, 1)?,
                event: parsed(r, 2, AccessEvent::parse)?,
                grant_id: r.get(3)?,
                organization_id: r.get(4)?,
                kind: parsed(r, 5, kind_of)?,
                target: r.get(6)?,
                ticket_ref: r.get(7)?,
                actor_name: r.get(8)?,
            })
        })?;
        Ok(AccessLogPage {
            entries: rows.collect::<Result<_, _>>()?,
            total,
            offset,
        })
    }
}

fn self_org_exists(conn: &Connection, org: i64) -> StoreResult<()> {
    let exists: bool = conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM organizations WHERE id = ?1)",
        [org],
        |r| r.get(0),
    )?;
    if exists {
        Ok(())
    } else {
        Err(Error::not_found("organization", org)
            .with_field("organization_id")
            .into())
    }
}
