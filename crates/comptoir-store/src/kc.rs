//! Orders blocked for identity verification (KC-1, KC-2, KC-5, KC-6): the banner's facts, the
//! procedure resent (once a day), the documents a person attaches (files under the app's data
//! folder, never in the workspace; deleted once handled or after 72 h), and the cancellation
//! with a full refund to the original payment method, on the clock, once.

use std::collections::HashMap;
use std::path::Path;

use chrono::{DateTime, NaiveDate, Utc};
use chrono_tz::Tz;
use comptoir_core::kc::{
    cancellation_instant, check_may_handle_document, document_delete_by, document_must_go, KcBlock,
    KcDocument, KcResend, KcState, KcTrigger,
};
use comptoir_core::{Error, ErrorCode, Reason, RuleId};
use rusqlite::{params, Connection, OptionalExtension, TransactionBehavior};

use crate::access::{active_role, check_reader};
use crate::row::{date, instant, opt_instant, parsed};
use crate::{Store, StoreResult};

/// KC-2: the largest document one may attach (a scan or a photo of an identity card).
pub const KC_DOCUMENT_MAX_BYTES: u64 = 10 * 1024 * 1024;

fn org_tz(conn: &Connection, org: i64) -> StoreResult<Tz> {
    let tz: String = conn.query_row(
        "SELECT timezone FROM organizations WHERE id = ?1",
        [org],
        |r| r.get(0),
    )?;
    Ok(tz.parse().unwrap_or(comptoir_core::clock::DEFAULT_TZ))
}

/// The organization of a blocked order, or NotFound (field `order_id`).
fn block_org(conn: &Connection, order_id: i64) -> StoreResult<i64> {
    conn.query_row(
        "SELECT o.organization_id FROM kc_blocks b JOIN orders o ON o.id = b.order_id
         WHERE b.order_id = ?1",
        [order_id],
        |r| r.get(0),
    )
    .optional()?
    .ok_or_else(|| {
        Error::not_found("blocked order", order_id)
            .with_field("order_id")
            .into()
    })
}

fn document_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<KcDocument> {
    let attached_at = instant(r, 4)?;
    Ok(KcDocument {
        id: r.get(0)?,
        order_id: r.get(1)?,
        name: r.get(2)?,
        size: r.get(3)?,
        attached_at,
        delete_by: document_delete_by(attached_at),
        handled_at: opt_instant(r, 5)?,
        deleted_at: opt_instant(r, 6)?,
    })
}

/// A document not yet deleted: id, file name, attached at, handled at.
type KeptDocument = (i64, String, DateTime<Utc>, Option<DateTime<Utc>>);

const DOCUMENT_COLUMNS: &str = "id, order_id, name, size, attached_at, handled_at, deleted_at";

impl Store {
    /// KC-1: blocks a pending order for identity verification (what the provider does; the demo
    /// seed and the tests use it). Blocking an order twice keeps the first block.
    pub fn block_order_for_kc(&self, order_id: i64, trigger: KcTrigger) -> StoreResult<()> {
        let status: Option<String> = self
            .conn()
            .query_row("SELECT status FROM orders WHERE id = ?1", [order_id], |r| {
                r.get(0)
            })
            .optional()?;
        match status.as_deref() {
            None => Err(Error::not_found("order", order_id)
                .with_field("order_id")
                .into()),
            Some("pending") => {
                self.conn().execute(
                    "INSERT OR IGNORE INTO kc_blocks(order_id, cause, blocked_at)
                     VALUES (?1, ?2, ?3)",
                    params![order_id, trigger.as_str(), self.clock().now().to_rfc3339()],
                )?;
                Ok(())
            }
            Some(_) => Err(Error::new(
                ErrorCode::Conflict,
                format!("order {order_id} is not pending: only an open order is blocked"),
            )
            .with_field("order_id")
            .into()),
        }
    }

    /// The blocked orders of `org` as `actor` (a member) sees them, oldest block first.
    pub fn kc_blocks_as(&self, actor: i64, org: i64) -> StoreResult<Vec<KcBlock>> {
        self.organization(org)?;
        check_reader(self.conn(), org, actor)?;
        let tz = org_tz(self.conn(), org)?;
        let mut stmt = self.conn().prepare(
            "SELECT b.order_id, b.cause, b.blocked_at, b.answered_at, b.cancelled_at,
                    (SELECT count(*) FROM kc_resends r WHERE r.order_id = b.order_id),
                    (SELECT max(on_date) FROM kc_resends r WHERE r.order_id = b.order_id),
                    (SELECT number FROM invoices WHERE id = b.credit_note_id),
                    (SELECT label FROM payment_methods WHERE id = b.refund_method_id),
                    (SELECT count(*) FROM kc_documents d
                     WHERE d.order_id = b.order_id AND d.deleted_at IS NULL)
             FROM kc_blocks b JOIN orders o ON o.id = b.order_id
             WHERE o.organization_id = ?1 ORDER BY b.blocked_at, b.order_id",
        )?;
        let rows = stmt.query_map([org], |r| {
            let blocked_at = instant(r, 2)?;
            let cancels_at = cancellation_instant(blocked_at, tz);
            let state = if r.get::<_, Option<String>>(4)?.is_some() {
                KcState::Cancelled
            } else if r.get::<_, Option<String>>(3)?.is_some() {
                KcState::Answered
            } else {
                KcState::Waiting
            };
            Ok(KcBlock {
                order_id: r.get(0)?,
                trigger: parsed(r, 1, KcTrigger::parse)?,
                blocked_at,
                cancels_on: cancels_at.with_timezone(&tz).date_naive(),
                cancels_at,
                state,
                resent_count: r.get(5)?,
                last_resent_on: match r.get::<_, Option<String>>(6)? {
                    Some(_) => Some(date(r, 6)?),
                    None => None,
                },
                credit_note_number: r.get(7)?,
                refunded_to: r.get(8)?,
                documents_kept: r.get(9)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// KC-5: "Resend the procedure", as `actor`: recorded once per calendar day (the
    /// organization's), a second click the same day records nothing more.
    pub fn kc_resend(&mut self, actor: i64, order_id: i64) -> StoreResult<KcResend> {
        let now = self.clock().now();
        let org = block_org(self.conn(), order_id)?;
        check_reader(self.conn(), org, actor)?;
        let cancelled: bool = self.conn().query_row(
            "SELECT cancelled_at IS NOT NULL FROM kc_blocks WHERE order_id = ?1",
            [order_id],
            |r| r.get(0),
        )?;
        if cancelled {
            return Err(kc_closed(order_id).into());
        }
        let today: NaiveDate = now.with_timezone(&org_tz(self.conn(), org)?).date_naive();
        let n = self.conn().execute(
            "INSERT OR IGNORE INTO kc_resends(order_id, on_date, at, by_user)
             VALUES (?1, ?2, ?3, ?4)",
            params![order_id, today.to_string(), now.to_rfc3339(), actor],
        )?;
        let count: i64 = self.conn().query_row(
            "SELECT count(*) FROM kc_resends WHERE order_id = ?1",
            [order_id],
            |r| r.get(0),
        )?;
        Ok(KcResend {
            order_id,
            on: today,
            recorded: n == 1,
            resent_count: count,
        })
    }

    /// KC-2: attaches, as `actor`, a copy of `source` for the verification of `order_id`; the
    /// file goes under `dir` (the app's data folder), the workspace keeps its name and size.
    /// Attaching answers the procedure: the clock no longer cancels the order (KC-6).
    pub fn kc_attach_document(
        &mut self,
        actor: i64,
        order_id: i64,
        dir: &Path,
        source: &Path,
    ) -> StoreResult<KcDocument> {
        let now = self.clock().now();
        let org = block_org(self.conn(), order_id)?;
        check_reader(self.conn(), org, actor)?;
        let meta = std::fs::metadata(source).map_err(|e| {
            Error::invalid("file", format!("cannot read {}: {e}", source.display()))
        })?;
        if !meta.is_file() {
            return Err(Error::invalid("file", "not a file").into());
        }
        if meta.len() > KC_DOCUMENT_MAX_BYTES {
            return Err(Error::invalid_because(
                "file",
                Reason::OutOfRange {
                    min: "0".into(),
                    max: KC_DOCUMENT_MAX_BYTES.to_string(),
                    given: meta.len().to_string(),
                },
            )
            .into());
        }
        let name = source
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| "document".into());
        let folder = self.support_folder(dir)?;
        let ws = folder.file_name().map(|n| n.to_string_lossy().into_owned());
        let tx = self
            .conn_mut()
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let cancelled: bool = tx.query_row(
            "SELECT cancelled_at IS NOT NULL FROM kc_blocks WHERE order_id = ?1",
            [order_id],
            |r| r.get(0),
        )?;
        if cancelled {
            return Err(kc_closed(order_id).into());
        }
        tx.execute(
            "INSERT INTO kc_documents(order_id, name, file, size, attached_at)
             VALUES (?1, ?2, '', ?3, ?4)",
            params![order_id, name, meta.len() as i64, now.to_rfc3339()],
        )?;
        let id = tx.last_insert_rowid();
        // Under this workspace's own folder (the data folder is shared by every workspace on the
        // machine, and row ids repeat between them); the stored name is relative to `dir` and
        // made of the ids only: nothing the person typed becomes a path. Never over a file
        // that is there already.
        let file = format!("{}/kc-{id}", ws.unwrap_or_default());
        std::fs::create_dir_all(&folder)
            .and_then(|_| {
                let mut from = std::fs::File::open(source)?;
                let mut to = std::fs::OpenOptions::new()
                    .write(true)
                    .create_new(true)
                    .open(dir.join(&file))?;
                std::io::copy(&mut from, &mut to)
            })
            .map_err(|e| Error::storage(format!("cannot keep the document: {e}")))?;
        tx.execute(
            "UPDATE kc_documents SET file = ?2 WHERE id = ?1",
            params![id, file],
        )?;
        tx.execute(
            "UPDATE kc_blocks SET answered_at = coalesce(answered_at, ?2) WHERE order_id = ?1",
            params![order_id, now.to_rfc3339()],
        )?;
        tx.commit()?;
        self.kc_document(id)
    }

    fn kc_document(&self, id: i64) -> StoreResult<KcDocument> {
        Ok(self
            .conn()
            .query_row(
                &format!("SELECT {DOCUMENT_COLUMNS} FROM kc_documents WHERE id = ?1"),
                [id],
                document_row,
            )
            .optional()?
            .ok_or_else(|| Error::not_found("document", id).with_field("document_id"))?)
    }

    /// The documents attached for `order_id`, kept or deleted, newest first.
    pub fn kc_documents_as(&self, actor: i64, order_id: i64) -> StoreResult<Vec<KcDocument>> {
        let org = block_org(self.conn(), order_id)?;
        check_reader(self.conn(), org, actor)?;
        let mut stmt = self.conn().prepare(&format!(
            "SELECT {DOCUMENT_COLUMNS} FROM kc_documents WHERE order_id = ?1 ORDER BY id DESC"
        ))?;
        let rows = stmt.query_map([order_id], document_row)?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// KC-2: marks a document handled, as `actor`, and deletes its file at once.
    pub fn kc_handle_document(
        &mut self,
        actor: i64,
        document_id: i64,
        dir: &Path,
    ) -> StoreResult<KcDocument> {
        let doc = self.kc_document(document_id)?;
        let org = block_org(self.conn(), doc.order_id)?;
        check_reader(self.conn(), org, actor)?;
        check_may_handle_document(active_role(self.conn(), org, actor)?)?;
        self.conn().execute(
            "UPDATE kc_documents SET handled_at = coalesce(handled_at, ?2) WHERE id = ?1",
            params![document_id, self.clock().now().to_rfc3339()],
        )?;
        self.purge_kc_documents(dir)?;
        self.kc_document(document_id)
    }

    /// KC-2 on the clock: deletes the file of every document handled or kept 72 hours, and
    /// records it. Returns how many were deleted now.
    pub fn purge_kc_documents(&self, dir: &Path) -> StoreResult<usize> {
        let now = self.clock().now();
        let kept: Vec<KeptDocument> = {
            let mut stmt = self.conn().prepare(
                "SELECT id, file, attached_at, handled_at FROM kc_documents
                 WHERE deleted_at IS NULL",
            )?;
            let rows = stmt.query_map([], |r| {
                Ok((r.get(0)?, r.get(1)?, instant(r, 2)?, opt_instant(r, 3)?))
            })?;
            rows.collect::<Result<_, _>>()?
        };
        let mut n = 0;
        for (id, file, attached_at, handled_at) in kept {
            if !document_must_go(attached_at, handled_at, now) {
                continue;
            }
            let path = dir.join(&file);
            match std::fs::remove_file(&path) {
                Ok(()) => {}
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
                // Kept in the list: the next round tries again.
                Err(e) => {
                    return Err(Error::storage(format!(
                        "KC-2: cannot delete {}: {e}",
                        path.display()
                    ))
                    .into())
                }
            }
            self.conn().execute(
                "UPDATE kc_documents SET deleted_at = ?2 WHERE id = ?1",
                params![id, now.to_rfc3339()],
            )?;
            n += 1;
        }
        Ok(n)
    }

    /// KC-6 on the clock: every block without answer whose day 10 has begun (the organization's
    /// midnight) is cancelled: a credit note for its invoice through the credit-note path, the
    /// whole amount refunded to the payment method that paid it, the order cancelled. Each in
    /// its own transaction that first checks the block is still open: evaluating twice (or from
    /// two windows) moves the money once. Returns the orders cancelled now.
    pub fn evaluate_kc_deadlines(&mut self) -> StoreResult<Vec<i64>> {
        let now = self.clock().now();
        let today_by_org: HashMap<i64, NaiveDate> = self.today_by_org()?;
        let open: Vec<(i64, i64, DateTime<Utc>)> = {
            let mut stmt = self.conn().prepare(
                "SELECT b.order_id, o.organization_id, b.blocked_at
                 FROM kc_blocks b JOIN orders o ON o.id = b.order_id
                 WHERE b.cancelled_at IS NULL AND b.answered_at IS NULL",
            )?;
            let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, instant(r, 2)?)))?;
            rows.collect::<Result<_, _>>()?
        };
        let mut cancelled = Vec::new();
        for (order_id, org, blocked_at) in open {
            let tz = org_tz(self.conn(), org)?;
            if now < cancellation_instant(blocked_at, tz) {
                continue;
            }
            let tx = self
                .conn_mut()
                .transaction_with_behavior(TransactionBehavior::Immediate)?;
            let still_open: bool = tx.query_row(
                "SELECT cancelled_at IS NULL AND answered_at IS NULL FROM kc_blocks
                 WHERE order_id = ?1",
                [order_id],
                |r| r.get(0),
            )?;
            if !still_open {
                continue;
            }
            let (invoice, method): (Option<i64>, Option<i64>) = tx.query_row(
                "SELECT (SELECT id FROM invoices WHERE order_id = o.id AND kind = 'invoice'
                         ORDER BY id DESC LIMIT 1), o.method_id
                 FROM orders o WHERE o.id = ?1",
                [order_id],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )?;
            let (credit_note, refunded) = match invoice {
                Some(invoice) => {
                    let (id, _, refunded) = crate::payments::credit_note_in(
                        &tx,
                        &today_by_org,
                        None,
                        invoice,
                        &[],
                        Some(method.unwrap_or_default()),
                    )?;
                    (Some(id), refunded)
                }
                None => (None, 0),
            };
            tx.execute(
                "UPDATE orders SET status = 'cancelled' WHERE id = ?1",
                [order_id],
            )?;
            tx.execute(
                "UPDATE kc_blocks SET cancelled_at = ?2, credit_note_id = ?3,
                    refund_method_id = ?4, refunded_minor = ?5
                 WHERE order_id = ?1",
                params![order_id, now.to_rfc3339(), credit_note, method, refunded],
            )?;
            tx.commit()?;
            cancelled.push(order_id);
        }
        Ok(cancelled)
    }

    /// KC-6: what was refunded to the original payment method for a cancelled block (minor
    /// units and the method), for the tests and the support bundle.
    pub fn kc_refund(&self, order_id: i64) -> StoreResult<Option<(i64, i64)>> {
        Ok(self
            .conn()
            .query_row(
                "SELECT refunded_minor, refund_method_id FROM kc_blocks
                 WHERE order_id = ?1 AND cancelled_at IS NOT NULL",
                [order_id],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?)
    }
}

fn kc_closed(order_id: i64) -> Error {
    Error::rule(
        RuleId::Kc6,
        format!("order {order_id} was cancelled after 10 days without answer"),
    )
    .reason("kc_cancelled")
    .with_field("order_id")
}
