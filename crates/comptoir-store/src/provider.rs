//! A provider workspace (issue 10): its own SQLite file of kind `provider`, never the demo, into
//! which the provider's profile, organizations, members, invitations, teams and products are
//! synced. The store takes plain input structs of its own (`Synced*`), so it never depends on the
//! provider client; the orchestrator (crates/comptoir-sync) converts.
//!
//! Sync is incremental and idempotent: a row is written only when what the provider says differs
//! from what it holds (a second sync changes nothing), and a row the provider no longer lists is
//! removed, or only marked gone when local money data (orders, invoices) still names it. A row
//! with a write still queued in the outbox is left as the person made it until the write is sent:
//! the local intent is never overwritten silently, and the conflict check at send time compares
//! against what was last synced.

use std::collections::HashSet;
use std::path::Path;
use std::sync::Arc;

use chrono::{DateTime, SecondsFormat, Utc};
use comptoir_core::org::Role;
use comptoir_core::product::ProductKind;
use comptoir_core::{Clock, Error, ErrorCode};
use rusqlite::{params, OptionalExtension, Transaction};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::{file, Store, StoreError, StoreResult};

/// The signed-in person, from `GET /2/profile`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyncedProfile {
    pub remote_id: i64,
    pub display_name: String,
    pub email: String,
    /// A language code such as `fr`; anything else falls back to English.
    pub language: Option<String>,
}

/// An organization (`GET /1/accounts`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyncedAccount {
    pub remote_id: i64,
    pub name: String,
    pub legal_entity_type: String,
    pub timezone: Option<String>,
    pub language: Option<String>,
    /// Unix seconds.
    pub created_at: Option<i64>,
}

/// A member of an organization (`GET /2/accounts/{id}/users`), its role already mapped
/// (owner → legal representative, admin → admin, normal/client → user).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyncedMember {
    pub remote_user_id: i64,
    pub display_name: String,
    pub email: String,
    pub role: Role,
    /// Unix seconds.
    pub last_login_at: Option<i64>,
}

/// A pending invitation of an organization.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyncedInvitation {
    pub remote_id: i64,
    pub email: String,
    pub display_name: String,
    pub role: Role,
    /// Unix seconds.
    pub sent_at: Option<i64>,
}

/// A team with its members' provider user ids.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyncedTeam {
    pub remote_id: i64,
    pub name: String,
    /// Unix seconds: the conflict check's reference.
    pub updated_at: Option<i64>,
    pub member_remote_ids: Vec<i64>,
}

/// A product of an organization.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyncedProduct {
    pub remote_id: i64,
    pub service_name: String,
    pub customer_name: String,
    pub internal_name: Option<String>,
    /// Unix seconds; a product without an expiry date is not part of the renewals engine.
    pub expired_at: Option<i64>,
}

/// Whether the provider deleted `product` while local orders or invoices kept it ("gone").
pub(crate) fn product_gone(conn: &rusqlite::Connection, product: i64) -> StoreResult<bool> {
    Ok(conn
        .prepare_cached(
            "SELECT EXISTS (SELECT 1 FROM provider_ids WHERE entity = 'product'
                              AND local_id = ?1 AND gone_at IS NOT NULL)",
        )?
        .query_row([product], |r| r.get(0))?)
}

/// Whether `product` came from the provider (its public API gives no price).
pub(crate) fn product_synced(conn: &rusqlite::Connection, product: i64) -> StoreResult<bool> {
    Ok(conn
        .prepare_cached(
            "SELECT EXISTS (SELECT 1 FROM provider_ids WHERE entity = 'product'
                              AND local_id = ?1)",
        )?
        .query_row([product], |r| r.get(0))?)
}

/// What one apply step changed (zero everywhere on a sync that found nothing new).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SyncChanges {
    pub inserted: u32,
    pub updated: u32,
    pub deleted: u32,
    /// Rows the provider no longer lists but local money data still names: kept, marked gone.
    pub marked_gone: u32,
    /// Rows left as the person changed them because a write is still queued for them.
    pub kept_for_outbox: u32,
    /// Products of a service the renewals engine does not know, left out of the table.
    pub skipped: u32,
    /// Products the provider lists without an expiry date: nothing to renew, left out of the
    /// table (counted so the person is told, not silently dropped).
    pub no_expiry: u32,
}

impl SyncChanges {
    pub fn total(&self) -> u32 {
        self.inserted + self.updated + self.deleted + self.marked_gone
    }

    pub fn add(&mut self, o: SyncChanges) {
        self.inserted += o.inserted;
        self.updated += o.updated;
        self.deleted += o.deleted;
        self.marked_gone += o.marked_gone;
        self.kept_for_outbox += o.kept_for_outbox;
        self.skipped += o.skipped;
        self.no_expiry += o.no_expiry;
    }
}

/// When a dataset was last synced completely (`profile`, `accounts`, `members:<id>`,
/// `teams:<id>`, `products:<id>` with the provider's account id).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct DatasetSync {
    pub dataset: String,
    /// RFC 3339 UTC.
    pub synced_at: String,
    pub items: u32,
}

/// Team colours for synced teams (the provider's `color_id` is an index into its own palette).
const TEAM_COLOURS: &[&str] = &[
    "#3b82f6", "#10b981", "#f59e0b", "#ef4444", "#8b5cf6", "#06b6d4", "#84cc16", "#ec4899",
];

fn instant(clock: &dyn Clock) -> String {
    clock.now().to_rfc3339_opts(SecondsFormat::Secs, true)
}

fn unix_to_rfc3339(secs: i64) -> Option<String> {
    DateTime::<Utc>::from_timestamp(secs, 0).map(|t| t.to_rfc3339_opts(SecondsFormat::Secs, true))
}

fn language_of(lang: Option<&str>) -> &'static str {
    let code = lang.unwrap_or("en").get(..2).unwrap_or("en");
    comptoir_core::org::MEMBER_LANGUAGES
        .iter()
        .copied()
        .find(|l| *l == code)
        .unwrap_or("en")
}

/// The local id mapped to a provider id, if any.
pub(crate) fn local_of(
    tx: &rusqlite::Connection,
    entity: &str,
    scope: i64,
    remote: i64,
) -> StoreResult<Option<i64>> {
    Ok(tx
        .query_row(
            "SELECT local_id FROM provider_ids WHERE entity = ?1 AND scope = ?2 AND remote_id = ?3",
            params![entity, scope, remote],
            |r| r.get(0),
        )
        .optional()?)
}

/// The provider id of a local row, if it was synced or sent.
pub(crate) fn remote_of(
    conn: &rusqlite::Connection,
    entity: &str,
    scope: i64,
    local: i64,
) -> StoreResult<Option<i64>> {
    Ok(conn
        .query_row(
            "SELECT remote_id FROM provider_ids WHERE entity = ?1 AND scope = ?2 AND local_id = ?3",
            params![entity, scope, local],
            |r| r.get(0),
        )
        .optional()?)
}

pub(crate) fn map(
    tx: &Transaction<'_>,
    entity: &str,
    scope: i64,
    local: i64,
    remote: i64,
    now: &str,
) -> StoreResult<()> {
    // A remote id seen again under another local row (re-created after a local delete) moves.
    tx.execute(
        "DELETE FROM provider_ids WHERE entity = ?1 AND scope = ?2
           AND (remote_id = ?3 OR local_id = ?4)",
        params![entity, scope, remote, local],
    )?;
    tx.execute(
        "INSERT INTO provider_ids(entity, scope, local_id, remote_id, synced_at)
         VALUES (?1, ?2, ?3, ?4, ?5)",
        params![entity, scope, local, remote, now],
    )?;
    Ok(())
}

/// Whether a write queued in the outbox (not yet sent) is about this team or this user of `org`.
fn outbox_holds_team(tx: &Transaction<'_>, team: i64) -> StoreResult<bool> {
    Ok(tx.query_row(
        "SELECT EXISTS (SELECT 1 FROM outbox WHERE subject_team = ?1 AND state <> 'sent')",
        [team],
        |r| r.get(0),
    )?)
}

fn outbox_holds_user(tx: &Transaction<'_>, org: i64, user: i64) -> StoreResult<bool> {
    Ok(tx.query_row(
        "SELECT EXISTS (SELECT 1 FROM outbox WHERE organization_id = ?1 AND subject_user = ?2
                          AND state <> 'sent')",
        params![org, user],
        |r| r.get(0),
    )?)
}

fn record_dataset(tx: &Transaction<'_>, dataset: &str, items: usize, now: &str) -> StoreResult<()> {
    tx.execute(
        "INSERT INTO sync_datasets(dataset, synced_at, items) VALUES (?1, ?2, ?3)
         ON CONFLICT(dataset) DO UPDATE SET synced_at = excluded.synced_at, items = excluded.items",
        params![dataset, now, items as i64],
    )?;
    Ok(())
}

/// The local organization of a provider account (synced before its members, teams, products).
fn org_of(tx: &rusqlite::Connection, account: i64) -> StoreResult<i64> {
    local_of(tx, "organization", 0, account)?.ok_or_else(|| {
        Error::not_found("organization", format!("provider account {account}"))
            .with_field("account_id")
            .into()
    })
}

/// Upserts a user by provider id, adopting a local row with the same e-mail (an invited person
/// who accepted). Returns the local id.
/// What a source says of a person.
struct UserFacts<'a> {
    remote: i64,
    name: &'a str,
    email: &'a str,
    language: &'a str,
    /// `None`: not known from this source (the profile does not say), left as it is.
    last_login: Option<Option<String>>,
}

fn upsert_user(
    tx: &Transaction<'_>,
    facts: UserFacts<'_>,
    now: &str,
    ch: &mut SyncChanges,
) -> StoreResult<i64> {
    let UserFacts {
        remote,
        name,
        email,
        language,
        last_login,
    } = facts;
    let local = match local_of(tx, "user", 0, remote)? {
        Some(id) if row_exists(tx, "users", id)? => Some(id),
        _ => {
            let by_email: Option<i64> = tx
                .query_row("SELECT id FROM users WHERE email = ?1", [email], |r| {
                    r.get(0)
                })
                .optional()?;
            if let Some(id) = by_email {
                map(tx, "user", 0, id, remote, now)?;
            }
            by_email
        }
    };
    match local {
        Some(id) => {
            let n = tx.execute(
                "UPDATE users SET display_name = ?2, email = ?3,
                        last_login_at = CASE WHEN ?5 THEN ?4 ELSE last_login_at END
                 WHERE id = ?1 AND (display_name IS NOT ?2 OR email IS NOT ?3
                                    OR (?5 AND last_login_at IS NOT ?4))",
                params![
                    id,
                    name,
                    email,
                    last_login.clone().flatten(),
                    last_login.is_some()
                ],
            )?;
            if n > 0 {
                ch.updated += 1;
                touch(tx, "user", 0, id, now)?;
            }
            Ok(id)
        }
        None => {
            tx.execute(
                "INSERT INTO users(display_name, email, language, last_login_at)
                 VALUES (?1, ?2, ?3, ?4)",
                params![name, email, language, last_login.flatten()],
            )?;
            let id = tx.last_insert_rowid();
            map(tx, "user", 0, id, remote, now)?;
            ch.inserted += 1;
            Ok(id)
        }
    }
}

fn row_exists(tx: &rusqlite::Connection, table: &str, id: i64) -> StoreResult<bool> {
    Ok(tx.query_row(
        &format!("SELECT EXISTS (SELECT 1 FROM {table} WHERE id = ?1)"),
        [id],
        |r| r.get(0),
    )?)
}

fn touch(tx: &Transaction<'_>, entity: &str, scope: i64, local: i64, now: &str) -> StoreResult<()> {
    tx.execute(
        "UPDATE provider_ids SET synced_at = ?4, gone_at = NULL
         WHERE entity = ?1 AND scope = ?2 AND local_id = ?3",
        params![entity, scope, local, now],
    )?;
    Ok(())
}

/// Upserts a membership; `status` active or invited. Counts a change only when one is written.
fn upsert_membership(
    tx: &Transaction<'_>,
    (org, user): (i64, i64),
    role: Role,
    (status, invited_at): (&str, Option<String>),
    now: &str,
    ch: &mut SyncChanges,
) -> StoreResult<()> {
    let existing: Option<(String, String)> = tx
        .query_row(
            "SELECT role, status FROM memberships WHERE organization_id = ?1 AND user_id = ?2",
            params![org, user],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    match existing {
        None => {
            tx.execute(
                "INSERT INTO memberships(organization_id, user_id, role, status, invited_at,
                                         invitations_sent, synced_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                params![
                    org,
                    user,
                    role.as_str(),
                    status,
                    invited_at,
                    u32::from(status == "invited"),
                    now
                ],
            )?;
            ch.inserted += 1;
        }
        Some((r, s)) => {
            let n = tx.execute(
                "UPDATE memberships SET role = ?3, status = ?4, synced_at = ?5
                 WHERE organization_id = ?1 AND user_id = ?2
                   AND (role <> ?3 OR status <> ?4 OR synced_at IS NULL)",
                params![org, user, role.as_str(), status, now],
            )?;
            if n > 0 && (r != role.as_str() || s != status) {
                ch.updated += 1;
            }
        }
    }
    Ok(())
}

/// The `meta` key of the provider account a provider workspace belongs to.
const PROFILE_KEY: &str = "provider_profile";

impl Store {
    /// Opens (or creates, empty) a provider workspace. The demo is never mixed with provider
    /// data: a file of another kind is refused (Conflict, field `kind`) without a write.
    pub fn open_provider(path: impl AsRef<Path>, clock: Arc<dyn Clock>) -> StoreResult<Store> {
        let path = path.as_ref();
        // Connect names this file itself: whatever keeps it from opening (another program's
        // SQLite file, a damaged or newer one, a demo), the reason code lets the dialog say so
        // in the reader's language, naming the file to move away.
        Self::open_provider_file(path, clock).map_err(|e| {
            let file = path
                .file_name()
                .map(|f| f.to_string_lossy().into_owned())
                .unwrap_or_default();
            Error::from(e)
                .reason("provider_workspace_unusable")
                .with_param("file", file)
                .into()
        })
    }

    fn open_provider_file(path: &Path, clock: Arc<dyn Clock>) -> StoreResult<Store> {
        let path = path.to_path_buf();
        let state = file::inspect(&path).map_err(StoreError::Refused)?;
        file::check_writable(&path).map_err(StoreError::Refused)?;
        if state == file::FileState::Missing {
            Self::create_with(&path, |tx| {
                tx.execute(
                    "INSERT INTO meta(key, value) VALUES ('kind', 'provider')
                     ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                    [],
                )?;
                Ok(())
            })?;
        } else {
            // Read the kind before opening for writing: a demo file stays as it was.
            let conn = file::read_only(&path, file::sidecar(&path, "-wal").exists())?;
            let kind: Option<String> = conn
                .query_row("SELECT value FROM meta WHERE key = 'kind'", [], |r| {
                    r.get(0)
                })
                .optional()?;
            if kind.as_deref() != Some("provider") {
                return Err(Error::new(
                    ErrorCode::Conflict,
                    format!(
                        "{} is a {} workspace, not a provider workspace: provider data never \
                         mixes with it",
                        path.display(),
                        kind.as_deref().unwrap_or("unknown")
                    ),
                )
                .with_field("kind")
                .into());
            }
        }
        Self::connect(path, clock)
    }

    /// Refuses (Conflict, field `kind`) unless this is a provider workspace.
    pub(crate) fn require_provider(&self) -> StoreResult<()> {
        match self.meta("kind")?.as_deref() {
            Some("provider") => Ok(()),
            kind => Err(Error::new(
                ErrorCode::Conflict,
                format!(
                    "this is a {} workspace: only a provider workspace sends writes to the provider",
                    kind.unwrap_or("unknown")
                ),
            )
            .with_field("kind")
            .into()),
        }
    }

    /// The signed-in person: their user row, and the workspace's signed-in user.
    /// The provider account this workspace belongs to (set when it was connected), if any.
    pub fn provider_profile(&self) -> StoreResult<Option<i64>> {
        Ok(self.meta(PROFILE_KEY)?.and_then(|v| v.parse().ok()))
    }

    /// Binds this provider workspace to the provider account `profile` (at connect): a workspace
    /// holds one account's data, so a token of another account is refused, never mixed in.
    pub fn bind_provider_profile(&mut self, profile: i64) -> StoreResult<()> {
        self.require_provider()?;
        match self.provider_profile()? {
            Some(p) if p == profile => Ok(()),
            Some(_) => Err(Error::new(
                ErrorCode::Conflict,
                "this workspace belongs to another provider account: connect with that account's token",
            )
            .with_field("token")
            .into()),
            None => {
                self.conn().execute(
                    "INSERT INTO meta(key, value) VALUES (?1, ?2)",
                    params![PROFILE_KEY, profile.to_string()],
                )?;
                Ok(())
            }
        }
    }

    pub fn apply_profile(&mut self, p: &SyncedProfile) -> StoreResult<SyncChanges> {
        self.require_provider()?;
        // Another account's token: refused before anything changes.
        self.bind_provider_profile(p.remote_id)?;
        let now = instant(self.clock());
        let tx = self.conn_mut().transaction()?;
        let mut ch = SyncChanges::default();
        let lang = language_of(p.language.as_deref());
        let id = upsert_user(
            &tx,
            UserFacts {
                remote: p.remote_id,
                name: &p.display_name,
                email: &p.email,
                language: lang,
                last_login: None,
            },
            &now,
            &mut ch,
        )?;
        tx.execute(
            "INSERT INTO meta(key, value) VALUES ('signed_in_user', ?1)
             ON CONFLICT(key) DO UPDATE SET value = excluded.value WHERE value <> excluded.value",
            [id.to_string()],
        )?;
        record_dataset(&tx, "profile", 1, &now)?;
        tx.commit()?;
        Ok(ch)
    }

    /// The whole list of organizations. One the provider no longer lists is marked gone (its
    /// local billing history stays), never deleted.
    pub fn apply_accounts(&mut self, accounts: &[SyncedAccount]) -> StoreResult<SyncChanges> {
        self.require_provider()?;
        let now = instant(self.clock());
        let today = self.clock().today(comptoir_core::clock::DEFAULT_TZ);
        let tx = self.conn_mut().transaction()?;
        let mut ch = SyncChanges::default();
        for a in accounts {
            let tz = a.timezone.clone().unwrap_or_else(|| "Europe/Zurich".into());
            let lang = language_of(a.language.as_deref());
            match local_of(&tx, "organization", 0, a.remote_id)? {
                Some(id) => {
                    let n = tx.execute(
                        "UPDATE organizations SET name = ?2, legal_form = ?3, timezone = ?4
                         WHERE id = ?1 AND (name <> ?2 OR legal_form <> ?3 OR timezone <> ?4)",
                        params![id, a.name, a.legal_entity_type, tz],
                    )?;
                    let revived = tx.execute(
                        "UPDATE provider_ids SET gone_at = NULL WHERE entity = 'organization'
                           AND local_id = ?1 AND gone_at IS NOT NULL",
                        [id],
                    )?;
                    if n + revived > 0 {
                        ch.updated += 1;
                        touch(&tx, "organization", 0, id, &now)?;
                    }
                }
                None => {
                    let created = a
                        .created_at
                        .and_then(|s| DateTime::<Utc>::from_timestamp(s, 0))
                        .map(|t| t.date_naive())
                        .unwrap_or(today);
                    // Currency and address are the local billing engine's (not in the public
                    // API): CHF and an empty address until the person fills them in.
                    tx.execute(
                        "INSERT INTO organizations(name, legal_form, currency, timezone, language,
                             street, building_number, postal_code, town, country, created_on)
                         VALUES (?1, ?2, 'CHF', ?3, ?4, '', '', '', '', 'CH', ?5)",
                        params![a.name, a.legal_entity_type, tz, lang, created.to_string()],
                    )?;
                    let id = tx.last_insert_rowid();
                    tx.execute(
                        "UPDATE organizations SET document_code = 'O' || id WHERE id = ?1",
                        [id],
                    )?;
                    map(&tx, "organization", 0, id, a.remote_id, &now)?;
                    ch.inserted += 1;
                }
            }
        }
        let seen: HashSet<i64> = accounts.iter().map(|a| a.remote_id).collect();
        let mapped: Vec<i64> = {
            let mut stmt = tx.prepare(
                "SELECT remote_id FROM provider_ids WHERE entity = 'organization'
                   AND gone_at IS NULL",
            )?;
            let rows = stmt.query_map([], |r| r.get(0))?;
            rows.collect::<Result<_, _>>()?
        };
        for remote in mapped.into_iter().filter(|r| !seen.contains(r)) {
            tx.execute(
                "UPDATE provider_ids SET gone_at = ?2 WHERE entity = 'organization'
                   AND remote_id = ?1",
                params![remote, now],
            )?;
            ch.marked_gone += 1;
        }
        record_dataset(&tx, "accounts", accounts.len(), &now)?;
        tx.commit()?;
        Ok(ch)
    }

    /// The whole list of members and pending invitations of one organization. A member or
    /// invitation the provider no longer lists leaves the organization; one with a write still
    /// queued (a local removal, a local invitation) is left as the person made it.
    pub fn apply_members(
        &mut self,
        account: i64,
        members: &[SyncedMember],
        invitations: &[SyncedInvitation],
    ) -> StoreResult<SyncChanges> {
        self.require_provider()?;
        let now = instant(self.clock());
        let tx = self.conn_mut().transaction()?;
        let org = org_of(&tx, account)?;
        let mut ch = SyncChanges::default();
        let mut seen: HashSet<i64> = HashSet::new();
        for m in members {
            let last_login = m.last_login_at.and_then(unix_to_rfc3339);
            let user = upsert_user(
                &tx,
                UserFacts {
                    remote: m.remote_user_id,
                    name: &m.display_name,
                    email: &m.email,
                    language: "en",
                    last_login: Some(last_login),
                },
                &now,
                &mut ch,
            )?;
            seen.insert(user);
            if outbox_holds_user(&tx, org, user)? {
                ch.kept_for_outbox += 1;
                continue;
            }
            upsert_membership(&tx, (org, user), m.role, ("active", None), &now, &mut ch)?;
        }
        for inv in invitations {
            let user = match local_of(&tx, "invitation", org, inv.remote_id)? {
                Some(id) if row_exists(&tx, "users", id)? => id,
                _ => {
                    let by_email: Option<i64> = tx
                        .query_row("SELECT id FROM users WHERE email = ?1", [&inv.email], |r| {
                            r.get(0)
                        })
                        .optional()?;
                    let id = match by_email {
                        Some(id) => id,
                        None => {
                            tx.execute(
                                "INSERT INTO users(display_name, email, language) VALUES (?1, ?2, 'en')",
                                params![inv.display_name, inv.email],
                            )?;
                            tx.last_insert_rowid()
                        }
                    };
                    map(&tx, "invitation", org, id, inv.remote_id, &now)?;
                    id
                }
            };
            seen.insert(user);
            if outbox_holds_user(&tx, org, user)? {
                ch.kept_for_outbox += 1;
                continue;
            }
            let sent = inv.sent_at.and_then(unix_to_rfc3339);
            upsert_membership(&tx, (org, user), inv.role, ("invited", sent), &now, &mut ch)?;
        }
        // Synced memberships the provider no longer lists; local ones never synced stay.
        let listed: Vec<i64> = {
            let mut stmt = tx.prepare(
                "SELECT user_id FROM memberships WHERE organization_id = ?1
                   AND synced_at IS NOT NULL",
            )?;
            let rows = stmt.query_map([org], |r| r.get(0))?;
            rows.collect::<Result<_, _>>()?
        };
        for user in listed.into_iter().filter(|u| !seen.contains(u)) {
            if outbox_holds_user(&tx, org, user)? {
                ch.kept_for_outbox += 1;
                continue;
            }
            tx.execute(
                "DELETE FROM team_members WHERE user_id = ?1
                   AND team_id IN (SELECT id FROM teams WHERE organization_id = ?2)",
                params![user, org],
            )?;
            tx.execute(
                "DELETE FROM memberships WHERE organization_id = ?1 AND user_id = ?2",
                params![org, user],
            )?;
            tx.execute(
                "DELETE FROM provider_ids WHERE entity = 'invitation' AND scope = ?1
                   AND local_id = ?2",
                params![org, user],
            )?;
            ch.deleted += 1;
        }
        record_dataset(
            &tx,
            &format!("members:{account}"),
            members.len() + invitations.len(),
            &now,
        )?;
        tx.commit()?;
        Ok(ch)
    }

    /// The whole list of teams of one organization, with their members. A team with a write
    /// still queued keeps its local state and its last synced reference (for the conflict check).
    pub fn apply_teams(&mut self, account: i64, teams: &[SyncedTeam]) -> StoreResult<SyncChanges> {
        self.require_provider()?;
        let now = instant(self.clock());
        let tx = self.conn_mut().transaction()?;
        let org = org_of(&tx, account)?;
        let mut ch = SyncChanges::default();
        let mut seen: HashSet<i64> = HashSet::new();
        for t in teams {
            let mapped = local_of(&tx, "team", 0, t.remote_id)?;
            if let Some(id) = mapped {
                seen.insert(id);
                if outbox_holds_team(&tx, id)? {
                    ch.kept_for_outbox += 1;
                    continue;
                }
            }
            let id = match mapped.filter(|id| row_exists(&tx, "teams", *id).unwrap_or(false)) {
                Some(id) => {
                    let n = tx.execute(
                        "UPDATE teams SET name = ?2 WHERE id = ?1 AND name <> ?2",
                        params![id, t.name],
                    )?;
                    let base = tx.execute(
                        "UPDATE provider_ids SET remote_updated_at = ?2, remote_name = ?3
                         WHERE entity = 'team' AND local_id = ?1
                           AND (remote_updated_at IS NOT ?2 OR remote_name IS NOT ?3)",
                        params![id, t.updated_at, t.name],
                    )?;
                    if n > 0 {
                        ch.updated += 1;
                    }
                    if n + base > 0 {
                        touch(&tx, "team", 0, id, &now)?;
                    }
                    id
                }
                None => {
                    let colour =
                        TEAM_COLOURS[t.remote_id.rem_euclid(TEAM_COLOURS.len() as i64) as usize];
                    tx.execute(
                        "INSERT INTO teams(organization_id, name, colour) VALUES (?1, ?2, ?3)",
                        params![org, t.name, colour],
                    )?;
                    let id = tx.last_insert_rowid();
                    map(&tx, "team", 0, id, t.remote_id, &now)?;
                    tx.execute(
                        "UPDATE provider_ids SET remote_updated_at = ?2, remote_name = ?3
                         WHERE entity = 'team' AND local_id = ?1",
                        params![id, t.updated_at, t.name],
                    )?;
                    ch.inserted += 1;
                    id
                }
            };
            seen.insert(id);
            // Members: only those already synced as users of this organization.
            let mut wanted: Vec<i64> = Vec::new();
            for r in &t.member_remote_ids {
                if let Some(u) = local_of(&tx, "user", 0, *r)? {
                    wanted.push(u);
                }
            }
            wanted.sort_unstable();
            wanted.dedup();
            let have: Vec<i64> = {
                let mut stmt =
                    tx.prepare("SELECT user_id FROM team_members WHERE team_id = ?1 ORDER BY 1")?;
                let rows = stmt.query_map([id], |r| r.get(0))?;
                rows.collect::<Result<_, _>>()?
            };
            if have != wanted {
                tx.execute("DELETE FROM team_members WHERE team_id = ?1", [id])?;
                for u in &wanted {
                    tx.execute(
                        "INSERT OR IGNORE INTO team_members(team_id, user_id)
                         SELECT ?1, ?2 WHERE EXISTS (SELECT 1 FROM memberships
                                                     WHERE organization_id = ?3 AND user_id = ?2)",
                        params![id, u, org],
                    )?;
                }
                ch.updated += 1;
            }
        }
        // Synced teams of this organization the provider no longer lists.
        let synced: Vec<i64> = {
            let mut stmt = tx.prepare(
                "SELECT t.id FROM teams t JOIN provider_ids p
                   ON p.entity = 'team' AND p.local_id = t.id
                 WHERE t.organization_id = ?1",
            )?;
            let rows = stmt.query_map([org], |r| r.get(0))?;
            rows.collect::<Result<_, _>>()?
        };
        for id in synced.into_iter().filter(|t| !seen.contains(t)) {
            if outbox_holds_team(&tx, id)? {
                ch.kept_for_outbox += 1;
                continue;
            }
            tx.execute("DELETE FROM teams WHERE id = ?1", [id])?;
            tx.execute(
                "DELETE FROM provider_ids WHERE entity = 'team' AND local_id = ?1",
                [id],
            )?;
            ch.deleted += 1;
        }
        record_dataset(&tx, &format!("teams:{account}"), teams.len(), &now)?;
        tx.commit()?;
        Ok(ch)
    }

    /// One page of an organization's products (upserts only; [`Store::finish_products`] removes
    /// what the provider no longer lists once every page is in). Products without an expiry
    /// date are skipped: the renewals engine has nothing to do with them.
    pub fn apply_products_page(
        &mut self,
        account: i64,
        products: &[SyncedProduct],
    ) -> StoreResult<SyncChanges> {
        self.require_provider()?;
        let now = instant(self.clock());
        let tx = self.conn_mut().transaction()?;
        let org = org_of(&tx, account)?;
        let currency: String = tx.query_row(
            "SELECT currency FROM organizations WHERE id = ?1",
            [org],
            |r| r.get(0),
        )?;
        let mut ch = SyncChanges::default();
        for p in products {
            let Some(expires) = p
                .expired_at
                .and_then(|s| DateTime::<Utc>::from_timestamp(s, 0))
                .map(|t| {
                    t.with_timezone(&comptoir_core::clock::DEFAULT_TZ)
                        .date_naive()
                        .to_string()
                })
            else {
                ch.no_expiry += 1;
                continue;
            };
            // The provider's service names are not the engine's kinds: map them; a service the
            // renewals engine does not know stays out of the table rather than break it.
            let Some(kind) = ProductKind::from_provider(&p.service_name, &p.customer_name) else {
                ch.skipped += 1;
                continue;
            };
            let kind = kind.as_str();
            let name = p
                .internal_name
                .clone()
                .filter(|n| !n.trim().is_empty())
                .unwrap_or_else(|| p.customer_name.clone());
            match local_of(&tx, "product", 0, p.remote_id)?
                .filter(|id| row_exists(&tx, "products", *id).unwrap_or(false))
            {
                Some(id) => {
                    let n = tx.execute(
                        "UPDATE products SET organization_id = ?2, kind = ?3, name = ?4,
                                customer_name = ?5, expires_on = ?6
                         WHERE id = ?1 AND (organization_id <> ?2 OR kind <> ?3 OR name <> ?4
                               OR customer_name <> ?5 OR expires_on <> ?6)",
                        params![id, org, kind, name, p.customer_name, expires],
                    )?;
                    let revived = tx.execute(
                        "UPDATE provider_ids SET gone_at = NULL WHERE entity = 'product'
                           AND local_id = ?1 AND gone_at IS NOT NULL",
                        [id],
                    )?;
                    if n + revived > 0 {
                        ch.updated += 1;
                        touch(&tx, "product", 0, id, &now)?;
                    }
                }
                None => {
                    // Price and period are the local engine's (renewal prices are not in the
                    // public API): 12 months at 0 until set locally.
                    tx.execute(
                        "INSERT INTO products(organization_id, kind, name, customer_name,
                             expires_on, period_months, price_minor, currency)
                         VALUES (?1, ?2, ?3, ?4, ?5, 12, 0, ?6)",
                        params![org, kind, name, p.customer_name, expires, currency],
                    )?;
                    let id = tx.last_insert_rowid();
                    map(&tx, "product", 0, id, p.remote_id, &now)?;
                    ch.inserted += 1;
                }
            }
        }
        tx.commit()?;
        Ok(ch)
    }

    /// After every page of an organization's products: the synced products it no longer lists
    /// are deleted, or marked gone when an order or invoice names them; the dataset's instant.
    pub fn finish_products(&mut self, account: i64, seen: &[i64]) -> StoreResult<SyncChanges> {
        self.require_provider()?;
        let now = instant(self.clock());
        let tx = self.conn_mut().transaction()?;
        let org = org_of(&tx, account)?;
        let seen: HashSet<i64> = seen.iter().copied().collect();
        let mut ch = SyncChanges::default();
        let synced: Vec<(i64, i64, bool)> = {
            let mut stmt = tx.prepare(
                "SELECT p.local_id, p.remote_id, p.gone_at IS NOT NULL FROM provider_ids p
                 JOIN products x ON x.id = p.local_id
                 WHERE p.entity = 'product' AND x.organization_id = ?1",
            )?;
            let rows = stmt.query_map([org], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
            rows.collect::<Result<_, _>>()?
        };
        for (local, remote, gone) in synced {
            if seen.contains(&remote) || gone {
                continue;
            }
            let named: bool = tx.query_row(
                "SELECT EXISTS (SELECT 1 FROM order_lines WHERE product_id = ?1)
                     OR EXISTS (SELECT 1 FROM invoice_lines WHERE product_id = ?1)",
                [local],
                |r| r.get(0),
            )?;
            if named {
                tx.execute(
                    "UPDATE provider_ids SET gone_at = ?2 WHERE entity = 'product'
                       AND local_id = ?1",
                    params![local, now],
                )?;
                ch.marked_gone += 1;
            } else {
                tx.execute("DELETE FROM products WHERE id = ?1", [local])?;
                tx.execute(
                    "DELETE FROM provider_ids WHERE entity = 'product' AND local_id = ?1",
                    [local],
                )?;
                ch.deleted += 1;
            }
        }
        record_dataset(&tx, &format!("products:{account}"), seen.len(), &now)?;
        tx.commit()?;
        Ok(ch)
    }

    /// The provider ids of the organizations still listed by the provider, in local order.
    pub fn provider_accounts(&self) -> StoreResult<Vec<i64>> {
        let mut stmt = self.conn().prepare(
            "SELECT remote_id FROM provider_ids WHERE entity = 'organization' AND gone_at IS NULL
             ORDER BY local_id",
        )?;
        let rows = stmt.query_map([], |r| r.get(0))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Every dataset's last complete sync, oldest first.
    pub fn sync_datasets(&self) -> StoreResult<Vec<DatasetSync>> {
        let mut stmt = self.conn().prepare(
            "SELECT dataset, synced_at, items FROM sync_datasets ORDER BY synced_at, dataset",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok(DatasetSync {
                dataset: r.get(0)?,
                synced_at: r.get(1)?,
                items: r.get(2)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// The oldest of the datasets' last syncs: what every synced screen can honestly claim.
    pub fn last_synced_at(&self) -> StoreResult<Option<String>> {
        Ok(self
            .conn()
            .query_row("SELECT min(synced_at) FROM sync_datasets", [], |r| r.get(0))?)
    }
}
