//! Issue 17: the command palette's search in the store. Each kind's candidates come from SQL
//! (products through the trigram index, from the third character), limited to the
//! organizations the signed-in user belongs to; `comptoir_core::search` ranks them all the same
//! way.

use comptoir_core::search::{best_rank, fold, rank_hits, Found, FoundKind, MAX_FOUND};
use rusqlite::params;

use crate::access::MEMBER_ORGS;
use crate::{Store, StoreResult};

/// Candidates read per kind before ranking: enough that the best hits of every kind are among
/// them (the SQL already puts whole and starting matches first).
const PER_KIND: i64 = 60;

/// People and teams read per search (matched folded in Rust, see below).
const PEOPLE_AND_TEAMS: i64 = 5_000;

/// `%`, `_` and `\` taken literally in a LIKE pattern (with `ESCAPE '\'`).
fn like_escape(text: &str) -> String {
    text.replace('\\', "\\\\")
        .replace('%', "\\%")
        .replace('_', "\\_")
}

impl Store {
    /// The palette's hits for `query` as `actor` sees them, best first, at most `limit`
    /// (bounded by [`MAX_FOUND`]). An empty query finds nothing.
    pub fn palette_search(&self, actor: i64, query: &str, limit: u32) -> StoreResult<Vec<Found>> {
        let query = query.trim();
        let folded = fold(query);
        if folded.is_empty() {
            return Ok(Vec::new());
        }
        let limit = limit.clamp(1, MAX_FOUND) as usize;
        let contains = format!("%{}%", like_escape(query));
        let starts = format!("{}%", like_escape(query));
        let conn = self.conn();
        let mut hits = Vec::new();
        let hit = |q: &str, kind, id, org, title: String, detail: String, fields: &[&str]| {
            best_rank(q, fields).map(|rank| Found {
                kind,
                id,
                organization_id: org,
                title,
                detail,
                rank,
            })
        };

        // Products: the trigram index finds substrings whatever their case and accents; whole
        // and starting names first, so the LIMIT never drops a better hit. Below three
        // characters the index cannot answer and a scan of 100,000 names took 130 ms: products
        // wait for the third character (people, teams, documents and actions answer before).
        if query.chars().count() >= 3 {
            let product_sql = format!(
                "SELECT p.id, p.organization_id, p.name, p.customer_name FROM products p
                 WHERE p.id IN (SELECT rowid FROM products_fts WHERE products_fts MATCH ?1)
                   AND p.organization_id IN ({MEMBER_ORGS2})
                 ORDER BY (p.name LIKE ?3 ESCAPE '\\') DESC, p.name LIMIT ?4",
                MEMBER_ORGS2 = MEMBER_ORGS.replace('?', "?2")
            );
            let phrase = format!("\"{}\"", query.replace('"', "\"\""));
            let mut stmt = conn.prepare_cached(&product_sql)?;
            let mut rows = stmt.query(params![phrase, actor, starts, PER_KIND])?;
            while let Some(r) = rows.next()? {
                let (id, org, name, customer): (i64, i64, String, String) =
                    (r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?);
                hits.extend(hit(
                    &folded,
                    FoundKind::Product,
                    id,
                    org,
                    name.clone(),
                    customer.clone(),
                    &[&name, &customer],
                ));
            }
        }

        // Invoices, pro-formas and credit notes by number.
        let mut stmt = conn.prepare_cached(&format!(
            "SELECT i.id, i.organization_id, i.number, i.issued_on FROM invoices i
             WHERE i.number LIKE ?1 ESCAPE '\\' AND i.organization_id IN ({MEMBER_ORGS2})
             ORDER BY (i.number LIKE ?3 ESCAPE '\\') DESC, i.issued_on DESC LIMIT ?4",
            MEMBER_ORGS2 = MEMBER_ORGS.replace('?', "?2")
        ))?;
        let mut rows = stmt.query(params![contains, actor, starts, PER_KIND])?;
        while let Some(r) = rows.next()? {
            let (id, org, number, issued): (i64, i64, String, String) =
                (r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?);
            hits.extend(hit(
                &folded,
                FoundKind::Invoice,
                id,
                org,
                number.clone(),
                issued,
                &[&number],
            ));
        }

        // Orders by number ("#12" or "12").
        let digits = query.trim_start_matches('#');
        if !digits.is_empty() && digits.chars().all(|c| c.is_ascii_digit()) {
            let mut stmt = conn.prepare_cached(&format!(
                "SELECT o.id, o.organization_id, o.created_on FROM orders o
                 WHERE CAST(o.id AS TEXT) LIKE ?1 AND o.organization_id IN ({MEMBER_ORGS2})
                 ORDER BY length(o.id), o.id LIMIT ?3",
                MEMBER_ORGS2 = MEMBER_ORGS.replace('?', "?2")
            ))?;
            let mut rows = stmt.query(params![format!("{digits}%"), actor, PER_KIND])?;
            let folded_digits = fold(digits);
            while let Some(r) = rows.next()? {
                let (id, org, created): (i64, i64, String) = (r.get(0)?, r.get(1)?, r.get(2)?);
                let number = id.to_string();
                hits.extend(hit(
                    &folded_digits,
                    FoundKind::Order,
                    id,
                    org,
                    format!("#{id}"),
                    created,
                    &[&number],
                ));
            }
        }

        // People of the actor's organizations by name or e-mail (one hit per person). SQL's LIKE
        // folds ASCII case only ("LUCÍA" would miss "Lucía"): the people of one's organizations
        // are few, so they are read (bounded) and matched folded, as the ranking does.
        let mut stmt = conn.prepare_cached(&format!(
            "SELECT u.id, MIN(m.organization_id), u.display_name, u.email FROM users u
             JOIN memberships m ON m.user_id = u.id
             WHERE m.organization_id IN ({MEMBER_ORGS2})
             GROUP BY u.id ORDER BY u.display_name LIMIT ?3",
            MEMBER_ORGS2 = MEMBER_ORGS.replace('?', "?2")
        ))?;
        let mut rows = stmt.query(params![Option::<String>::None, actor, PEOPLE_AND_TEAMS])?;
        while let Some(r) = rows.next()? {
            let (id, org, name, email): (i64, i64, String, String) =
                (r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?);
            hits.extend(hit(
                &folded,
                FoundKind::User,
                id,
                org,
                name.clone(),
                email.clone(),
                &[&name, &email],
            ));
        }

        // Teams by name.
        let mut stmt = conn.prepare_cached(&format!(
            "SELECT t.id, t.organization_id, t.name, o.name FROM teams t
             JOIN organizations o ON o.id = t.organization_id
             WHERE t.organization_id IN ({MEMBER_ORGS2}) AND ?1 IS NULL
             ORDER BY t.name LIMIT ?3",
            MEMBER_ORGS2 = MEMBER_ORGS.replace('?', "?2")
        ))?;
        let mut rows = stmt.query(params![Option::<String>::None, actor, PEOPLE_AND_TEAMS])?;
        while let Some(r) = rows.next()? {
            let (id, org, name, org_name): (i64, i64, String, String) =
                (r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?);
            hits.extend(hit(
                &folded,
                FoundKind::Team,
                id,
                org,
                name.clone(),
                org_name,
                &[&name],
            ));
        }

        Ok(rank_hits(hits, limit))
    }
}
