//! What the renewal calendar export needs from the workspace: card expiries, and one SEQUENCE
//! per event UID that grows only when what the event says changes (RFC 5545 §3.8.7.4).

use std::collections::HashMap;

use rusqlite::{params, OptionalExtension};

use crate::{Store, StoreResult};

impl Store {
    /// The workspace's stable id (made once, kept by backups and resets).
    pub fn workspace_id(&self) -> StoreResult<String> {
        Ok(self.conn().query_row(
            "SELECT value FROM meta WHERE key = 'workspace_id'",
            [],
            |r| r.get(0),
        )?)
    }

    /// `MM/YYYY` expiry of each card of the workspace, by payment method id.
    pub fn card_expiries(&self) -> StoreResult<HashMap<i64, String>> {
        let mut stmt = self
            .conn()
            .prepare("SELECT id, expiry FROM payment_methods WHERE expiry IS NOT NULL")?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// The SEQUENCE of each `(uid, fingerprint)`: 0 for a new UID, the same as last time when
    /// the fingerprint is unchanged, one more when it changed. One transaction.
    pub fn calendar_sequences(&mut self, events: &[(String, String)]) -> StoreResult<Vec<u32>> {
        let tx = self.conn_mut().transaction()?;
        let mut out = Vec::with_capacity(events.len());
        {
            let mut get =
                tx.prepare("SELECT fingerprint, sequence FROM calendar_events WHERE uid = ?1")?;
            let mut put = tx.prepare(
                "INSERT INTO calendar_events(uid, fingerprint, sequence) VALUES (?1, ?2, ?3)
                 ON CONFLICT(uid) DO UPDATE SET fingerprint = excluded.fingerprint,
                     sequence = excluded.sequence",
            )?;
            for (uid, fingerprint) in events {
                let last: Option<(String, u32)> = get
                    .query_row([uid], |r| Ok((r.get(0)?, r.get(1)?)))
                    .optional()?;
                let sequence = match last {
                    None => 0,
                    Some((f, s)) if f == *fingerprint => s,
                    Some((_, s)) => s + 1,
                };
                put.execute(params![uid, fingerprint, sequence])?;
                out.push(sequence);
            }
        }
        tx.commit()?;
        Ok(out)
    }
}
