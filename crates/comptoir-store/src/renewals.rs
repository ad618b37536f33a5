//! The renewals table and auto-renewal (REN-2..7, PAY-1, PAY-9): filtering, sorting and paging
//! happen here, in SQL on indexed columns, so only one page crosses IPC.

use std::collections::{HashMap, HashSet};

use chrono::NaiveDate;
use comptoir_core::org::Role;
use comptoir_core::policy::{check_billing, BillingAction};
use comptoir_core::product::{
    ProductKind, ProductStatus, AUTO_RENEW_LEAD_DAYS, BLOCK_AFTER_DAYS, CANCEL_AFTER_BLOCK_DAYS,
    EXPIRING_WINDOW_DAYS,
};
use comptoir_core::renewal::{
    BulkReport, ProductPage, ProductQuery, ProductRow, Progress, RowOutcome, RowResult, Selection,
    SortKey,
};
use comptoir_core::{Error, RuleId};
use rusqlite::types::Value;
use rusqlite::{params, Connection, OptionalExtension, TransactionBehavior};

use crate::access::{active_role, check_actor, products_reader, MEMBER_ORGS};
use crate::row::{date, money, parsed};
use crate::{Store, StoreError, StoreResult};

/// The most rows one page may carry across IPC.
pub const MAX_PAGE: u32 = 500;
/// Bulk actions commit in chunks of this many rows; cancelling stops between chunks.
pub const BULK_CHUNK: usize = 250;

/// A search with at most this many hits is queried from a copy of its products' rows (see
/// `Store::prepare_search`); a broader one through its ids and the sort's index.
pub const SEARCH_ROWS_MAX: usize = 20_000;

/// What the temporary search tables hold, and when they were filled.
pub(crate) struct SearchKept {
    search: String,
    data_version: i64,
    changes: u64,
    /// `search_rows` holds the hits' rows (not only `search_hits` their ids).
    rows: bool,
}

/// PAY-1: a product is blocked from the day after expiry, cancelled `CANCEL_AFTER_BLOCK_DAYS`
/// later; as shifts from today of the expiry dates that reach each.
const BLOCKED_SHIFT: i64 = -(BLOCK_AFTER_DAYS as i64);
const CANCELLED_SHIFT: i64 = -((BLOCK_AFTER_DAYS + CANCEL_AFTER_BLOCK_DAYS) as i64);

/// Placeholder for the organization's today of product `p`, replaced by [`Store::today_sql`].
pub(crate) const TODAY: &str = "{today}";

/// The status of a product in SQL, from the same constants as `Lifecycle::status` (a test
/// compares the two for every seeded product on several days).
pub(crate) fn status_sql() -> String {
    let cancel_after = BLOCK_AFTER_DAYS + CANCEL_AFTER_BLOCK_DAYS;
    format!(
        "CASE
            WHEN {TODAY} >= date(p.expires_on, '+{cancel_after} days') THEN 'cancelled'
            WHEN {TODAY} >= date(p.expires_on, '+{BLOCK_AFTER_DAYS} days') THEN 'blocked'
            WHEN EXISTS (SELECT 1 FROM invoice_lines l JOIN invoices i ON i.id = l.invoice_id
                         WHERE l.product_id = p.id AND i.kind = 'invoice'
                           AND i.paid_minor < i.total_minor AND i.due_on < {TODAY}) THEN 'overdue'
            WHEN julianday(p.expires_on) - julianday({TODAY}) < {EXPIRING_WINDOW_DAYS} THEN 'expiring'
            ELSE 'active'
         END"
    )
}

/// How a product's next renewal will be paid (issue 17, decisions in `comptoir_core::forecast`):
/// 'automatic' when auto-renewal is on with a method still valid on the charge day (REN-4; a
/// card's `MM/YYYY` runs to the end of that month), the charge day is not past, and the product
/// is not overdue or blocked.
/// A cancelled product is in neither kind ('gone'). The forecast and the table's filter use this
/// one expression.
pub(crate) fn charge_kind_sql() -> String {
    format!(
        "CASE
            WHEN ({status}) = 'cancelled' THEN 'gone'
            WHEN ({status}) IN ('overdue', 'blocked') THEN 'needs_action'
            -- The charge day passed without a renewal: it will not happen by itself now.
            WHEN date(p.expires_on, '-{AUTO_RENEW_LEAD_DAYS} days') < {TODAY} THEN 'needs_action'
            WHEN p.auto_renew = 1 AND p.auto_renew_method_id IS NOT NULL AND COALESCE(
                (SELECT m.expiry IS NULL
                        OR substr(m.expiry, 4, 4) || '-' || substr(m.expiry, 1, 2)
                           >= substr(date(p.expires_on, '-{AUTO_RENEW_LEAD_DAYS} days'), 1, 7)
                 FROM payment_methods m WHERE m.id = p.auto_renew_method_id), 0)
                THEN 'automatic'
            ELSE 'needs_action'
         END",
        status = status_sql()
    )
}

/// Which index a page query may read (see `Store::query_products_in`).
#[derive(Clone, Copy)]
enum Lookup {
    /// The filters' (the expiry window, search, organization...), then a sort.
    Filter,
    /// The sort's, in its order; the filters are checked row by row.
    SortIndex,
}

/// The statuses in their sort order (the lifecycle, not the alphabet).
const STATUS_ORDER: [ProductStatus; 5] = [
    ProductStatus::Active,
    ProductStatus::Expiring,
    ProductStatus::Overdue,
    ProductStatus::Blocked,
    ProductStatus::Cancelled,
];

/// Each organization's today, in id order. A status is `status_sql` on that day; for a given
/// day it is a range of expiry dates, except overdue (a few products with an unpaid invoice past
/// due). [`OrgDays::band`] says the same as `status_sql` (a test compares them) as ranges the
/// expiry index serves: the organization's own bound, and the bound over all organizations for
/// the index (their todays differ by a day at most).
struct OrgDays(Vec<(i64, NaiveDate)>);

impl OrgDays {
    /// `today + shift` days of the organization of `alias`'s row, as SQL.
    fn case(&self, alias: &str, shift: i64) -> String {
        // Every organization on the same day (one time zone, or zones that agree at this hour):
        // one date for all, so a band is a plain range of the expiry index and a check reads no
        // row for its organization (issue 12: at 100,000 products the per-row CASE cost each
        // filtered row a table lookup). Every product belongs to one of these organizations.
        if let Some((_, first)) = self.0.first() {
            if self.0.iter().all(|(_, d)| d == first) {
                return format!("'{}'", *first + chrono::Duration::days(shift));
            }
        }
        let mut sql = format!("(CASE {alias}.organization_id");
        for (org, day) in &self.0 {
            let day = *day + chrono::Duration::days(shift);
            sql.push_str(&format!(" WHEN {org} THEN '{day}'"));
        }
        sql.push_str(" END)");
        sql
    }

    /// The earliest and the latest of the organizations' todays.
    fn extremes(&self) -> (NaiveDate, NaiveDate) {
        let days = || self.0.iter().map(|(_, d)| *d);
        (
            days().min().unwrap_or_default(),
            days().max().unwrap_or_default(),
        )
    }

    fn min(&self, shift: i64) -> String {
        format!("'{}'", self.extremes().0 + chrono::Duration::days(shift))
    }

    fn max(&self, shift: i64) -> String {
        format!("'{}'", self.extremes().1 + chrono::Duration::days(shift))
    }

    /// The expiry dates of one status as one inclusive range over all organizations (`None`
    /// for overdue, found through its few ids), `None` at an open end. With the table's date
    /// window intersected, it is the only range a status arm gives the expiry index: SQLite
    /// picks one bound of each side among several, and it took the window's (issue 12: sorting
    /// 12 months by status scanned the whole window for an empty "cancelled" arm).
    fn index_range(&self, status: ProductStatus) -> Option<(Option<NaiveDate>, Option<NaiveDate>)> {
        let (min, max) = self.extremes();
        let day = |d: NaiveDate, shift: i64| d + chrono::Duration::days(shift);
        let (blocked, cancelled, window) = (BLOCKED_SHIFT, CANCELLED_SHIFT, EXPIRING_WINDOW_DAYS);
        match status {
            ProductStatus::Cancelled => Some((None, Some(day(max, cancelled)))),
            ProductStatus::Blocked => {
                Some((Some(day(min, cancelled + 1)), Some(day(max, blocked))))
            }
            ProductStatus::Overdue => None,
            ProductStatus::Expiring => {
                Some((Some(day(min, blocked + 1)), Some(day(max, window - 1))))
            }
            ProductStatus::Active => Some((Some(day(min, window)), None)),
        }
    }

    /// The products of one status, as a condition over `p`.
    /// `p` is `p.`, or `+p.` to keep the filter from choosing an index.
    fn band(&self, status: ProductStatus, p: &str) -> String {
        let (blocked, cancelled, window) = (BLOCKED_SHIFT, CANCELLED_SHIFT, EXPIRING_WINDOW_DAYS);
        // Products with an unpaid invoice past due (on their organization's today); the id is
        // never NULL in the set, or `NOT IN` would be NULL for every product.
        let overdue = format!(
            "{p}id IN (SELECT l.product_id FROM invoice_lines l
                      JOIN invoices i ON i.id = l.invoice_id JOIN products q ON q.id = l.product_id
                      WHERE i.kind = 'invoice' AND i.paid_minor < i.total_minor
                        AND i.due_on < {})",
            self.case("q", 0)
        );
        let e = format!("{p}expires_on");
        match status {
            ProductStatus::Cancelled => format!(
                "{e} <= {} AND {e} <= {}",
                self.max(cancelled),
                self.case("p", cancelled)
            ),
            ProductStatus::Blocked => format!(
                "{e} > {} AND {e} <= {} AND {e} > {} AND {e} <= {}",
                self.min(cancelled),
                self.max(blocked),
                self.case("p", cancelled),
                self.case("p", blocked)
            ),
            // Found through the few overdue ids, never by scanning the dates after `blocked`.
            ProductStatus::Overdue => {
                format!("+p.expires_on > {} AND {overdue}", self.case("p", blocked))
            }
            ProductStatus::Expiring => format!(
                "{e} > {} AND {e} < {} AND {e} > {} AND {e} < {} AND NOT {overdue}",
                self.min(blocked),
                self.max(window),
                self.case("p", blocked),
                self.case("p", window)
            ),
            ProductStatus::Active => format!(
                "{e} >= {} AND {e} >= {} AND NOT {overdue}",
                self.min(window),
                self.case("p", window)
            ),
        }
    }
}

/// Sort rank of a status, so sorting by status follows the lifecycle, not the alphabet.
fn status_rank_sql() -> String {
    format!(
        "CASE ({}) WHEN 'active' THEN 0 WHEN 'expiring' THEN 1 WHEN 'overdue' THEN 2
                   WHEN 'blocked' THEN 3 ELSE 4 END",
        status_sql()
    )
}

fn status_str(s: ProductStatus) -> &'static str {
    match s {
        ProductStatus::Active => "active",
        ProductStatus::Expiring => "expiring",
        ProductStatus::Overdue => "overdue",
        ProductStatus::Blocked => "blocked",
        ProductStatus::Cancelled => "cancelled",
    }
}

fn parse_status(s: &str) -> comptoir_core::Result<ProductStatus> {
    Ok(match s {
        "active" => ProductStatus::Active,
        "expiring" => ProductStatus::Expiring,
        "overdue" => ProductStatus::Overdue,
        "blocked" => ProductStatus::Blocked,
        "cancelled" => ProductStatus::Cancelled,
        other => {
            return Err(Error::invalid(
                "status",
                format!("unknown status '{other}'"),
            ))
        }
    })
}

impl Store {
    /// Each organization's today (in its own time zone) as a SQL expression over `p`. Built from
    /// typed values only (integer ids, ISO dates), so inlining them is safe; a lookup in a CTE or
    /// a join instead cost up to 40x the raw query on 100,000 products.
    pub(crate) fn today_sql(&self) -> StoreResult<String> {
        let days = self.org_days()?;
        // No organization (a provider workspace before its first sync): a CASE needs a branch.
        if days.0.is_empty() {
            return Ok("(NULL)".into());
        }
        Ok(days.case("p", 0))
    }

    /// Each organization's today, in id order: the SQL built from it is the same text on every
    /// call, so the statement cache finds it (a hash map's order changed it on every query).
    fn org_days(&self) -> StoreResult<OrgDays> {
        let mut days: Vec<(i64, NaiveDate)> = self.today_by_org()?.into_iter().collect();
        days.sort_unstable();
        Ok(OrgDays(days))
    }

    /// The products in one of `statuses` as indexed ranges of expiry dates (see [`OrgDays`]).
    fn statuses_filter(&self, statuses: &[ProductStatus], p: &str) -> StoreResult<String> {
        let days = self.org_days()?;
        if days.0.is_empty() {
            return Ok(format!(
                "({}) IN ({})",
                self.status_expr()?,
                statuses
                    .iter()
                    .map(|s| format!("'{}'", status_str(*s)))
                    .collect::<Vec<_>>()
                    .join(", ")
            ));
        }
        Ok(format!(
            "({})",
            statuses
                .iter()
                .map(|s| format!("({})", days.band(*s, p)))
                .collect::<Vec<_>>()
                .join(" OR ")
        ))
    }

    fn status_expr(&self) -> StoreResult<String> {
        Ok(status_sql().replace(TODAY, &self.today_sql()?))
    }

    /// Lowers [`SEARCH_ROWS_MAX`] for this store: tests of searches too broad to copy.
    #[doc(hidden)]
    pub fn set_search_rows_max(&mut self, max: usize) {
        self.search_rows_max = max;
        *self.search.lock().unwrap_or_else(|e| e.into_inner()) = None;
    }

    /// The WHERE clause of a query (without paging), and its arguments.
    fn filters(&self, q: &ProductQuery) -> StoreResult<(String, Vec<Value>)> {
        let search = q.search.trim();
        if search.chars().count() >= 3 {
            self.prepare_search(search)?;
        }
        self.filters_for(q, Lookup::Filter)
    }

    /// Reads the trigram index for `search` into the temporary table `search_hits` (the ids
    /// every filter of a search reads) and, when there are at most [`SEARCH_ROWS_MAX`], their
    /// products' rows into `search_rows`, which the table then queries instead of `products`;
    /// says whether it did. Issue 12: a broad search ("fromagerie", 3,337 products at 100,000)
    /// read the index (2.5 ms) and looked each hit up in `products` twice, for the count and for
    /// the page (3.5 ms each), on every sort or preset change. The hits are kept while nothing
    /// has changed: the same search, no write on this connection (its change counter) or on
    /// another one (`PRAGMA data_version`), and no transaction open (one could roll back what
    /// the hits were read from).
    fn prepare_search(&self, search: &str) -> StoreResult<bool> {
        let conn = self.conn();
        let version: i64 = conn.query_row("PRAGMA data_version", [], |r| r.get(0))?;
        let mut kept = self.search.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(k) = kept.as_ref() {
            if k.search == search
                && k.data_version == version
                && k.changes == conn.total_changes()
                && conn.is_autocommit()
            {
                return Ok(k.rows);
            }
        }
        *kept = None;
        let exists: bool = conn.query_row(
            "SELECT count(*) FROM temp.sqlite_master WHERE name = 'search_rows'",
            [],
            |r| r.get(0),
        )?;
        if !exists {
            // The same columns as `products`, whatever migrations added: the table's filters
            // and sorts read it under the same alias.
            let mut stmt =
                conn.prepare("SELECT name, type, pk FROM pragma_table_info('products')")?;
            let columns = stmt
                .query_map([], |r| {
                    let (name, kind, pk): (String, String, i64) = (r.get(0)?, r.get(1)?, r.get(2)?);
                    Ok(if pk == 1 {
                        format!("{name} INTEGER PRIMARY KEY")
                    } else {
                        format!("{name} {kind}")
                    })
                })?
                .collect::<Result<Vec<_>, _>>()?;
            conn.execute_batch(&format!(
                "CREATE TEMP TABLE IF NOT EXISTS search_hits(id INTEGER PRIMARY KEY);
                 CREATE TEMP TABLE search_rows({});",
                columns.join(", ")
            ))?;
        }
        conn.execute_batch("DELETE FROM temp.search_hits; DELETE FROM temp.search_rows;")?;
        // The copy's own columns, named: `products` may have gained one since this
        // connection made the copy's table (another process's migration), and `SELECT *`
        // would also give generated columns, which `pragma_table_info` leaves out.
        let columns = conn
            .prepare_cached("SELECT name FROM pragma_table_info('search_rows', 'temp')")?
            .query_map([], |r| r.get::<_, String>(0))?
            .collect::<Result<Vec<_>, _>>()?
            .join(", ");
        // The search is one phrase (quotes doubled), never FTS syntax. The rows are copied
        // straight from the index's hits, one more than the most kept; a search with more
        // keeps only their ids (issue 12's review: a 3-letter term matching most products
        // copied them all, only to drop them).
        let phrase = format!("\"{}\"", search.replace('"', "\"\""));
        let copied = conn
            .prepare_cached(&format!(
                "INSERT INTO temp.search_rows({columns}) SELECT {columns} FROM products
                 WHERE id IN (SELECT rowid FROM products_fts WHERE products_fts MATCH ?1
                              LIMIT ?2)"
            ))?
            .execute(rusqlite::params![
                phrase,
                i64::try_from(self.search_rows_max).unwrap_or(i64::MAX - 1) + 1
            ])?;
        let rows = copied <= self.search_rows_max;
        if rows {
            conn.prepare_cached("INSERT INTO temp.search_hits SELECT id FROM temp.search_rows")?
                .execute([])?;
        } else {
            conn.execute_batch("DELETE FROM temp.search_rows")?;
            conn.prepare_cached(
                "INSERT INTO temp.search_hits
                 SELECT rowid FROM products_fts WHERE products_fts MATCH ?",
            )?
            .execute([&phrase])?;
        }
        if conn.is_autocommit() {
            *kept = Some(SearchKept {
                search: search.to_string(),
                data_version: version,
                changes: conn.total_changes(),
                rows,
            });
        }
        Ok(rows)
    }

    /// [`Store::filters`] for a query plan: with [`Lookup::SortIndex`] no filter can pick an
    /// index (SQLite's unary `+`), so the page is read in the sort index's order.
    fn filters_for(&self, q: &ProductQuery, lookup: Lookup) -> StoreResult<(String, Vec<Value>)> {
        let p = match lookup {
            Lookup::Filter => "p.",
            Lookup::SortIndex => "+p.",
        };
        let mut w = vec!["1 = 1".to_string()];
        let mut a: Vec<Value> = Vec::new();
        if let (Some(from), Some(to)) = (q.expires_from, q.expires_to) {
            if from > to {
                return Err(Error::invalid(
                    "expires_to",
                    "the end of the range is before its start",
                )
                .reason("range_reversed")
                .into());
            }
        }
        if let Some(from) = q.expires_from {
            w.push(format!("{p}expires_on >= ?"));
            a.push(Value::Text(from.to_string()));
        }
        if let Some(to) = q.expires_to {
            w.push(format!("{p}expires_on <= ?"));
            a.push(Value::Text(to.to_string()));
        }
        if let Some(org) = q.organization_id {
            w.push(format!("{p}organization_id = ?"));
            a.push(Value::Integer(org));
        }
        if !q.kinds.is_empty() {
            w.push(format!(
                "{p}kind IN ({})",
                vec!["?"; q.kinds.len()].join(", ")
            ));
            a.extend(q.kinds.iter().map(|k| Value::Text(k.as_str().into())));
        }
        if !q.ids.is_empty() {
            w.push(format!("{p}id IN ({})", vec!["?"; q.ids.len()].join(", ")));
            a.extend(q.ids.iter().map(|id| Value::Integer(*id)));
        }
        if let Some(on) = q.auto_renew {
            w.push(format!("{p}auto_renew = ?"));
            a.push(Value::Integer(on.into()));
        }
        let search = q.search.trim();
        if search.chars().count() >= 3 {
            // The trigram index finds substrings of three characters or more, whatever their
            // case and accents (its hits, see `Store::filters`).
            w.push(format!("{p}id IN (SELECT id FROM temp.search_hits)"));
        } else if !search.is_empty() {
            let like = format!(
                "%{}%",
                search
                    .replace('\\', "\\\\")
                    .replace('%', "\\%")
                    .replace('_', "\\_")
            );
            w.push("(p.name LIKE ? ESCAPE '\\' OR p.customer_name LIKE ? ESCAPE '\\')".into());
            a.push(Value::Text(like.clone()));
            a.push(Value::Text(like));
        }
        if let Some(currency) = q.currency {
            w.push("p.currency = ?".into());
            a.push(Value::Text(currency.code().into()));
        }
        if let Some(kind) = q.charge {
            w.push(format!(
                "({}) = ?",
                charge_kind_sql().replace(TODAY, &self.today_sql()?)
            ));
            a.push(Value::Text(
                match kind {
                    comptoir_core::forecast::ChargeKind::Automatic => "automatic",
                    comptoir_core::forecast::ChargeKind::NeedsAction => "needs_action",
                }
                .into(),
            ));
        }
        if !q.statuses.is_empty() {
            w.push(self.statuses_filter(&q.statuses, p)?);
        }
        Ok((w.join(" AND "), a))
    }

    /// How many products a query keeps when it filters by expiry dates and organizations only
    /// (the table's date presets, unsearched): a sum over the per-day counts the triggers of
    /// `product_day_counts` keep (schema 22), instead of counting every product of the window
    /// (issue 12: 12 months of 100,000 products were 48,000 index entries, ~4 ms). `None` for
    /// any other filter, which the products are counted for.
    fn window_total(
        &self,
        q: &ProductQuery,
        reader: Option<i64>,
        copied: bool,
    ) -> StoreResult<Option<u32>> {
        let other_filters = copied
            || !q.search.trim().is_empty()
            || !q.statuses.is_empty()
            || !q.kinds.is_empty()
            || !q.ids.is_empty()
            || q.auto_renew.is_some()
            || q.currency.is_some()
            || q.charge.is_some();
        // Nothing filtered at all: SQLite counts the products table's pages faster than a sum
        // over every day of every organization.
        let nothing = q.expires_from.is_none()
            && q.expires_to.is_none()
            && q.organization_id.is_none()
            && reader.is_none();
        if other_filters || nothing {
            return Ok(None);
        }
        let mut w = vec!["1 = 1".to_string()];
        let mut a: Vec<Value> = Vec::new();
        if let Some(from) = q.expires_from {
            w.push("expires_on >= ?".into());
            a.push(Value::Text(from.to_string()));
        }
        if let Some(to) = q.expires_to {
            w.push("expires_on <= ?".into());
            a.push(Value::Text(to.to_string()));
        }
        if let Some(org) = q.organization_id {
            w.push("organization_id = ?".into());
            a.push(Value::Integer(org));
        }
        if let Some(reader) = reader {
            w.push(format!("organization_id IN ({MEMBER_ORGS})"));
            a.push(Value::Integer(reader));
        }
        let sql = format!(
            "SELECT coalesce(sum(n), 0) FROM product_day_counts WHERE {}",
            w.join(" AND ")
        );
        Ok(Some(
            self.conn()
                .prepare_cached(&sql)?
                .query_row(rusqlite::params_from_iter(&a), |r| r.get(0))?,
        ))
    }

    /// One page of the renewals table and the number of matching products.
    pub fn query_products(&self, q: &ProductQuery) -> StoreResult<ProductPage> {
        self.query_products_in(q, None)
    }

    /// [`Store::query_products`], limited to the organizations `reader` is an active member of.
    pub(crate) fn query_products_in(
        &self,
        q: &ProductQuery,
        reader: Option<i64>,
    ) -> StoreResult<ProductPage> {
        if q.limit == 0 || q.limit > MAX_PAGE {
            return Err(
                Error::invalid("limit", format!("a page holds 1 to {MAX_PAGE} rows"))
                    .reason("page_size")
                    .with_param("max", MAX_PAGE)
                    .into(),
            );
        }
        // As the demo's signed-in user (a member of both organizations), the filter made sorting
        // 100,000 products by expiry read and sort them all (10-23 ms); see `products_reader`.
        let reader = products_reader(self.conn(), reader)?;
        let reader_filter = |(mut filter, mut args): (String, Vec<Value>), p: &str| {
            if let Some(reader) = reader {
                filter.push_str(&format!(" AND {p}organization_id IN ({MEMBER_ORGS})"));
                args.push(Value::Integer(reader));
            }
            (filter, args)
        };
        // A search's rows, when it has few enough, are read from their copy (see
        // `Store::prepare_search`): the same filters and sorts, without the search's own.
        let search = q.search.trim();
        let copied = search.chars().count() >= 3 && self.prepare_search(search)?;
        let unsearched;
        let (q, source) = if copied {
            unsearched = ProductQuery {
                search: String::new(),
                ..q.clone()
            };
            (&unsearched, "temp.search_rows")
        } else {
            (q, "products")
        };
        // The reader's organizations may choose their index (it holds the expiry date too, so
        // a window is counted from it), but not over a status filter: its bands are a few
        // ranges of the expiry index and the overdue ids (issue 12: the overdue preset as a
        // member of one organization of two read 66,719 index entries, 18-27 ms).
        let (base, base_args) = self.filters(q)?;
        let unfiltered = base == "1 = 1";
        let (filter, filter_args) = reader_filter(
            (base.clone(), base_args.clone()),
            if q.statuses.is_empty() { "p." } else { "+p." },
        );
        // No WHERE at all when nothing is filtered: SQLite then counts the table's pages.
        let count_sql = match filter.as_str() {
            "1 = 1" => format!("SELECT count(*) FROM {source} p"),
            _ => format!("SELECT count(*) FROM {source} p WHERE {filter}"),
        };
        let total: u32 = match self.window_total(q, reader, copied)? {
            Some(total) => total,
            None => self
                .conn()
                .prepare_cached(&count_sql)?
                .query_row(rusqlite::params_from_iter(&filter_args), |r| r.get(0))?,
        };
        let status = self.status_expr()?;
        let today = self.today_sql()?;
        // Which index reads the page (issue 12): when the filters keep many products, the sort's
        // own index (column, id, expiry) in its order, the filters checked on the way, stopping
        // after `offset + limit` rows; when they keep few, the filters' index, then a sort of
        // what they found. The unary `+` takes the other index out of SQLite's choice (without
        // statistics it sorted a 2-month window of 8,500 rows to show 100). Sorting by expiry,
        // the window's index is the sort's.
        let products: u64 = self
            .conn()
            .prepare_cached("SELECT coalesce(max(id), 0) FROM products")?
            .query_row([], |r| r.get(0))?;
        let wanted = u64::from(q.offset) + u64::from(q.limit);
        let lookup = if !copied && u64::from(total) * u64::from(total) * 10 > wanted * products {
            Lookup::SortIndex
        } else {
            Lookup::Filter
        };
        let s = match lookup {
            Lookup::SortIndex => "",
            Lookup::Filter => "+",
        };
        let columns: Vec<String> = match q.sort {
            SortKey::ExpiresOn => vec![format!("{s}p.expires_on")],
            SortKey::Name => vec![format!("{s}p.name COLLATE NOCASE")],
            SortKey::Kind => vec![format!("{s}p.kind")],
            // Organizations with the same name stay apart (then by id): one index order.
            SortKey::Organization => vec![format!("{s}o.name COLLATE NOCASE"), format!("{s}o.id")],
            SortKey::CustomerName => vec![format!("{s}p.customer_name COLLATE NOCASE")],
            SortKey::Period => vec![format!("{s}p.period_months")],
            SortKey::Price => vec![format!("{s}p.currency"), format!("{s}p.price_minor")],
            SortKey::AutoRenew => vec![format!("{s}p.auto_renew")],
            // Within a status, the nearest expiry first (then the id, as every sort).
            SortKey::Status => vec![
                status_rank_sql().replace(TODAY, &today),
                "p.expires_on".into(),
            ],
        };
        let dir = if q.descending { "DESC" } else { "ASC" };
        let id = format!("{s}p.id");
        let order = columns
            .iter()
            .map(|c| format!("{c} {dir}"))
            .chain(std::iter::once(format!("{id} {dir}")))
            .collect::<Vec<_>>()
            .join(", ");
        // Page the ids first, then compute the columns (statuses...) for those rows only: with
        // OFFSET, SQLite would otherwise evaluate them for every skipped row. The inner query joins
        // organizations only to sort by their name: the join otherwise costs a full sort.
        let org_join = if q.sort == SortKey::Organization {
            "JOIN organizations o ON o.id = p.organization_id"
        } else {
            ""
        };
        let mut args: Vec<Value> = Vec::new();
        let days = self.org_days()?;
        let page = if q.sort == SortKey::Status && !days.0.is_empty() {
            // By status: each status is a range of expiry dates (plus the few overdue products),
            // so each is read in index order (or, when the filters keep few rows, from them) and
            // only its first `offset + limit` rows are merged; the rank of every row of the
            // window was evaluated and sorted before (issue 12).
            let mut ranks: Vec<(usize, ProductStatus)> = STATUS_ORDER
                .iter()
                .copied()
                .enumerate()
                .filter(|(_, s)| q.statuses.is_empty() || q.statuses.contains(s))
                .collect();
            if q.descending {
                ranks.reverse();
            }
            // Each arm's filters without the date window: the window is intersected with the
            // status's own range of dates, the one range the index is given (see
            // `OrgDays::index_range`); an arm whose range is empty is left out.
            let unwindowed = ProductQuery {
                expires_from: None,
                expires_to: None,
                ..q.clone()
            };
            let (arm_filter, arm_args) =
                reader_filter(self.filters_for(&unwindowed, Lookup::Filter)?, "p.");
            let arms = ranks
                .iter()
                .filter_map(|(rank, status)| {
                    let (range, band, x) = match days.index_range(*status) {
                        Some((lo, hi)) => {
                            let lo = lo.into_iter().chain(q.expires_from).max();
                            let hi = hi.into_iter().chain(q.expires_to).min();
                            if matches!((lo, hi), (Some(lo), Some(hi)) if lo > hi) {
                                return None;
                            }
                            ((lo, hi), days.band(*status, "+p."), s)
                        }
                        // Overdue: through its ids; the window only checked on the way.
                        None => (
                            (q.expires_from, q.expires_to),
                            days.band(*status, "p."),
                            "+",
                        ),
                    };
                    let mut within = String::new();
                    if let Some(lo) = range.0 {
                        within.push_str(&format!(" AND {x}p.expires_on >= '{lo}'"));
                    }
                    if let Some(hi) = range.1 {
                        within.push_str(&format!(" AND {x}p.expires_on <= '{hi}'"));
                    }
                    args.extend(arm_args.iter().cloned());
                    Some(format!(
                        "SELECT * FROM (SELECT {rank} AS r, p.expires_on AS e, p.id AS id
                         FROM {source} p WHERE {arm_filter}{within} AND ({band})
                         ORDER BY {s}p.expires_on {dir}, {s}p.id {dir} LIMIT {wanted})"
                    ))
                })
                .collect::<Vec<_>>();
            if arms.is_empty() {
                "SELECT NULL AS id WHERE 0 LIMIT ? OFFSET ?".to_string()
            } else {
                format!(
                    "SELECT id FROM ({}) ORDER BY r {dir}, e {dir}, id {dir} LIMIT ? OFFSET ?",
                    arms.join(" UNION ALL ")
                )
            }
        } else {
            let (filter, filter_args) = match (q.sort, lookup) {
                // By expiry through its index: the reader's organizations checked on the way.
                (SortKey::ExpiresOn, Lookup::SortIndex) if unfiltered => {
                    reader_filter((base, base_args), "+p.")
                }
                (SortKey::ExpiresOn, _) | (_, Lookup::Filter) => (filter, filter_args),
                (_, Lookup::SortIndex) => {
                    reader_filter(self.filters_for(q, Lookup::SortIndex)?, "+p.")
                }
            };
            args.extend(filter_args);
            format!(
                "SELECT p.id AS id FROM {source} p {org_join}
                 WHERE {filter} ORDER BY {order} LIMIT ? OFFSET ?"
            )
        };
        let sql = format!(
            "SELECT p.id, p.organization_id, p.kind, p.name, p.customer_name, p.expires_on,
                    p.period_months, p.price_minor, p.currency, p.auto_renew, p.auto_renew_method_id,
                    ({status}), {today}, o.name, m.kind, m.last4,
                    EXISTS (SELECT 1 FROM provider_ids g WHERE g.entity = 'product'
                            AND g.local_id = p.id AND g.gone_at IS NOT NULL)
             FROM ({page}) AS page
             JOIN products p ON p.id = page.id
             JOIN organizations o ON o.id = p.organization_id
             LEFT JOIN payment_methods m ON m.id = p.auto_renew_method_id
             ORDER BY {order}"
        );
        args.push(Value::Integer(q.limit.into()));
        args.push(Value::Integer(q.offset.into()));
        let mut stmt = self.conn().prepare_cached(&sql)?;
        let rows = stmt.query_map(rusqlite::params_from_iter(args), |r| {
            let expires_on = date(r, 5)?;
            let today = date(r, 12)?;
            let method: Option<String> = r.get(14)?;
            let mut row = ProductRow::new(
                comptoir_core::product::Product {
                    id: r.get(0)?,
                    organization_id: r.get(1)?,
                    kind: parsed(r, 2, ProductKind::parse)?,
                    name: r.get(3)?,
                    customer_name: r.get(4)?,
                    expires_on,
                    period_months: r.get(6)?,
                    price: money(r, 7, 8)?,
                    auto_renew: r.get(9)?,
                    auto_renew_method_id: r.get(10)?,
                    status: parsed(r, 11, parse_status)?,
                    days_left: (expires_on - today).num_days(),
                },
                r.get(13)?,
            );
            row.auto_renew_method = method
                .as_deref()
                .map(comptoir_core::billing::PaymentMethodKind::parse)
                .transpose()
                .map_err(|e| {
                    rusqlite::Error::FromSqlConversionFailure(
                        14,
                        rusqlite::types::Type::Text,
                        Box::new(e),
                    )
                })?;
            row.auto_renew_last4 = r.get(15)?;
            Ok(if r.get::<_, bool>(16)? {
                row.gone()
            } else {
                row
            })
        })?;
        Ok(ProductPage {
            rows: rows.collect::<Result<_, _>>()?,
            total,
        })
    }

    /// Every product, optionally of one organization, by expiry date (the whole list, for
    /// small views and tests; the table uses [`Store::query_products`]).
    pub fn products(
        &self,
        organization_id: Option<i64>,
    ) -> StoreResult<Vec<comptoir_core::product::Product>> {
        let mut out = Vec::new();
        let mut q = ProductQuery {
            organization_id,
            limit: MAX_PAGE,
            ..ProductQuery::default()
        };
        loop {
            let page = self.query_products(&q)?;
            let n = page.rows.len() as u32;
            out.extend(page.rows.into_iter().map(|r| r.product));
            if n < MAX_PAGE {
                return Ok(out);
            }
            q.offset += n;
        }
    }

    /// Counts per status (evaluated in SQL, like the table) and how many renew automatically:
    /// one aggregate query, whatever the number of products.
    pub fn product_counts(
        &self,
        organization_id: Option<i64>,
    ) -> StoreResult<crate::ProductCounts> {
        self.product_counts_in(organization_id, None)
    }

    /// [`Store::product_counts`], limited to the organizations `reader` is an active member of.
    pub(crate) fn product_counts_in(
        &self,
        organization_id: Option<i64>,
        reader: Option<i64>,
    ) -> StoreResult<crate::ProductCounts> {
        let reader = products_reader(self.conn(), reader)?;
        let sql = format!(
            "SELECT ({}) AS st, count(*), sum(p.auto_renew) FROM products p
             WHERE (?1 IS NULL OR p.organization_id = ?1)
               AND (?2 IS NULL OR p.organization_id IN ({})) GROUP BY st",
            self.status_expr()?,
            MEMBER_ORGS.replace('?', "?2")
        );
        let mut c = crate::ProductCounts::default();
        let mut stmt = self.conn().prepare_cached(&sql)?;
        let rows = stmt.query_map([organization_id, reader], |r| {
            Ok((
                parsed(r, 0, parse_status)?,
                r.get::<_, u32>(1)?,
                r.get::<_, u32>(2)?,
            ))
        })?;
        for row in rows {
            let (status, n, auto) = row?;
            c.total += n;
            c.auto_renew_on += auto;
            *match status {
                ProductStatus::Active => &mut c.active,
                ProductStatus::Expiring => &mut c.expiring,
                ProductStatus::Overdue => &mut c.overdue,
                ProductStatus::Blocked => &mut c.blocked,
                ProductStatus::Cancelled => &mut c.cancelled,
            } += n;
        }
        Ok(c)
    }

    /// The table rows of the given products, by expiry date.
    pub fn product_rows(&self, ids: &[i64]) -> StoreResult<Vec<ProductRow>> {
        let mut out = Vec::with_capacity(ids.len());
        for chunk in ids.chunks(MAX_PAGE as usize) {
            let q = ProductQuery {
                ids: chunk.to_vec(),
                limit: MAX_PAGE,
                ..ProductQuery::default()
            };
            out.extend(self.query_products(&q)?.rows);
        }
        out.sort_by_key(|r| (r.product.expires_on, r.product.id));
        Ok(out)
    }

    /// The product ids a selection stands for, in id order, without duplicates. Exclusions are a
    /// set: "select all, untick 60,000" stays linear (a `Vec::contains` per id took 48 s).
    pub fn resolve_selection(&self, sel: &Selection) -> StoreResult<Vec<i64>> {
        let mut ids: Vec<i64> = sel.ids.clone();
        if let Some(q) = &sel.query {
            let (filter, args) = self.filters(q)?;
            let sql = format!("SELECT p.id FROM products p WHERE {filter}");
            let mut stmt = self.conn().prepare(&sql)?;
            let found = stmt.query_map(rusqlite::params_from_iter(args), |r| r.get::<_, i64>(0))?;
            for id in found {
                ids.push(id?);
            }
        }
        ids.sort_unstable();
        ids.dedup();
        if !sel.excluded.is_empty() {
            let excluded: HashSet<i64> = sel.excluded.iter().copied().collect();
            ids.retain(|id| !excluded.contains(id));
        }
        Ok(ids)
    }

    /// REN-2 / REN-3 / REN-5 / REN-7: switches auto-renewal on or off for a selection, as `actor`.
    /// Each row that allows it changes; each refused row is reported with its rule (ORG-6 when
    /// the actor may not touch that product, REN-7 when the chosen method is another
    /// organization's); rows already as asked are unchanged, so running it twice changes nothing
    /// more. An unknown `method_id` refuses the whole call before any change. Commits in chunks of
    /// [`BULK_CHUNK`] and calls `progress` after each; when it returns false the work stops
    /// (reported as cancelled). Long runs belong on a worker connection (`Store::worker_handle`).
    pub fn set_auto_renew(
        &mut self,
        actor: i64,
        selection: &Selection,
        on: bool,
        method_id: Option<i64>,
        progress: &mut dyn FnMut(Progress) -> bool,
    ) -> StoreResult<BulkReport> {
        let ids = self.resolve_selection(selection)?;
        if ids.is_empty() {
            return Err(Error::invalid("selection", "select at least one product")
                .reason("none_chosen")
                .into());
        }
        // REN-7: a method that does not exist is not replaced by another one without a word.
        let method = match method_id {
            Some(m) => Some(
                self.conn()
                    .query_row(
                        "SELECT id, organization_id, kind FROM payment_methods WHERE id = ?1",
                        [m],
                        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
                    )
                    .optional()?
                    .ok_or_else(|| Error::not_found("payment method", m).with_field("method"))?,
            ),
            None => None,
        };
        let today = self.today_by_org()?;
        let mut may = Permissions::new(actor);
        let mut report = BulkReport {
            total: ids.len() as u32,
            ..BulkReport::default()
        };
        for chunk in ids.chunks(BULK_CHUNK) {
            let tx = self
                .conn_mut()
                .transaction_with_behavior(TransactionBehavior::Immediate)?;
            for &id in chunk {
                let (name, outcome) =
                    auto_renew_one(&tx, &mut may, id, on, method.as_ref(), &today)?;
                match outcome {
                    Ok(true) => report.changed += 1,
                    Ok(false) => report.unchanged += 1,
                    Err(e) => report.refused.push(RowResult {
                        product_id: id,
                        name,
                        outcome: RowOutcome::Refused,
                        error: Some(e),
                    }),
                }
            }
            tx.commit()?;
            // The app's own writes wait one chunk at most, not the whole job.
            crate::worker::yield_to_app();
            report.processed += chunk.len() as u32;
            let keep_going = progress(Progress {
                done: report.processed,
                total: report.total,
            });
            if !keep_going && report.processed < report.total {
                report.cancelled = true;
                break;
            }
        }
        Ok(report)
    }

    /// PAY-9: the renewal period of a product, as `actor` (ORG-6: legal representative, admin,
    /// or a user with the billing right on it).
    pub fn set_period(&mut self, actor: i64, product_id: i64, months: u16) -> StoreResult<()> {
        let tx = self
            .conn_mut()
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let found: Option<(String, i64)> = tx
            .query_row(
                "SELECT kind, organization_id FROM products WHERE id = ?1",
                [product_id],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?;
        let (kind, org) = found.ok_or_else(|| Error::not_found("product", product_id))?;
        check_actor(&tx, org, actor, BillingAction::ChangePeriod, &[product_id])?;
        let kind = ProductKind::parse(&kind)?;
        kind.check_period(months)?;
        // The price is per period: keep the monthly price, scale to the new period.
        tx.execute(
            "UPDATE products SET price_minor = (price_minor * ?2 + period_months / 2) / period_months,
                period_months = ?2 WHERE id = ?1",
            params![product_id, months],
        )?;
        tx.commit()?;
        Ok(())
    }
}

/// ORG-6 for a bulk job: the actor's role is looked up once per organization; only a plain
/// user's rows need the per-product billing right.
struct Permissions {
    actor: i64,
    by_org: HashMap<i64, Option<Role>>,
}

impl Permissions {
    fn new(actor: i64) -> Self {
        Permissions {
            actor,
            by_org: HashMap::new(),
        }
    }

    /// Whether the actor may switch auto-renewal on `product` of `org`; the refusal otherwise.
    fn check(
        &mut self,
        conn: &Connection,
        org: i64,
        product: i64,
    ) -> StoreResult<Result<(), Error>> {
        let role = match self.by_org.get(&org) {
            Some(role) => *role,
            None => {
                let role = active_role(conn, org, self.actor)?;
                self.by_org.insert(org, role);
                role
            }
        };
        let action = BillingAction::SwitchAutoRenew;
        if role == Some(Role::User) {
            return match check_actor(conn, org, self.actor, action, &[product]) {
                Ok(()) => Ok(Ok(())),
                Err(StoreError::Domain(e)) => Ok(Err(e)),
                Err(e) => Err(e),
            };
        }
        // Legal representatives and admins need no per-product right; non-members have none.
        Ok(check_billing(role, action, false))
    }
}

/// One row of a bulk auto-renew switch. `Ok(true)` changed, `Ok(false)` already as asked,
/// `Err` refused (returned, not raised: the bulk action goes on). `method` is the requested
/// method (id, organization, kind), already known to exist.
fn auto_renew_one(
    tx: &rusqlite::Transaction<'_>,
    may: &mut Permissions,
    id: i64,
    on: bool,
    method: Option<&(i64, i64, String)>,
    today: &HashMap<i64, NaiveDate>,
) -> StoreResult<(String, Result<bool, Error>)> {
    let row: Option<(String, i64, String, bool, Option<i64>)> = tx
        .prepare_cached(
            "SELECT name, organization_id, expires_on, auto_renew, auto_renew_method_id
             FROM products WHERE id = ?1",
        )?
        .query_row([id], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?))
        })
        .optional()?;
    let Some((name, org, expires_on, current, current_method)) = row else {
        return Ok((format!("#{id}"), Err(Error::not_found("product", id))));
    };
    // ORG-6: a product the actor may not touch is a refused row, whatever it would change.
    if let Err(e) = may.check(tx, org, id)? {
        return Ok((name, Err(e)));
    }
    if !on {
        // REN-3: it can be switched off at any time.
        if !current {
            return Ok((name, Ok(false)));
        }
        tx.prepare_cached(
            "UPDATE products SET auto_renew = 0, auto_renew_method_id = NULL WHERE id = ?1",
        )?
        .execute([id])?;
        return Ok((name, Ok(true)));
    }
    if crate::provider::product_gone(tx, id)? {
        return Ok((
            name.clone(),
            Err(comptoir_core::renewal::gone_refusal(&name)),
        ));
    }
    let expires_on: NaiveDate = expires_on
        .parse()
        .map_err(|_| Error::storage(format!("product {id} has a bad expiry date")))?;
    let today = today.get(&org).copied().unwrap_or(expires_on);
    let days_left = (expires_on - today).num_days();
    // Which method: the one asked for, which must be this organization's (REN-7: never replaced
    // silently); else the current one, else the organization's default.
    let chosen: Option<(i64, String)> = match method {
        Some((mid, method_org, _)) if *method_org != org => {
            return Ok((
                name.clone(),
                Err(Error::rule(
                    RuleId::Ren7,
                    format!(
                        "payment method {mid} belongs to another organization: {name} can only \
                         renew with a method of its own organization"
                    ),
                )
                .reason("method_other_org")
                .with_field("method")),
            ));
        }
        Some((mid, _, kind)) => Some((*mid, kind.clone())),
        None => {
            let own = match current_method {
                Some(m) => tx
                    .prepare_cached(
                        "SELECT id, kind FROM payment_methods WHERE id = ?1 AND organization_id = ?2",
                    )?
                    .query_row(params![m, org], |r| Ok((r.get(0)?, r.get(1)?)))
                    .optional()?,
                None => None,
            };
            match own {
                Some(found) => Some(found),
                None => tx
                    .prepare_cached(
                        "SELECT id, kind FROM payment_methods WHERE organization_id = ?1
                         ORDER BY is_default DESC, id LIMIT 1",
                    )?
                    .query_row([org], |r| Ok((r.get(0)?, r.get(1)?)))
                    .optional()?,
            }
        }
    };
    let method_id = method.map(|m| m.0);
    if current && (method_id.is_none() || chosen.as_ref().map(|c| c.0) == current_method) {
        return Ok((name, Ok(false)));
    }
    if days_left < AUTO_RENEW_LEAD_DAYS as i64 {
        let e = if days_left < 0 {
            Error::rule(
                RuleId::Pay1,
                format!(
                    "{name} has expired ({} days ago): renew it first",
                    -days_left
                ),
            )
            .reason("expired_renew_first")
            .with_param("product", &name)
            .with_param("days", -days_left)
        } else {
            Error::rule(
                RuleId::Ren5,
                format!(
                    "{name} expires in {days_left} days: auto-renewal needs at least {AUTO_RENEW_LEAD_DAYS}; renew it first"
                ),
            ).reason("auto_renew_too_late").with_param("product", &name).with_param("days", days_left).with_param("min_days", AUTO_RENEW_LEAD_DAYS)
        };
        return Ok((name, Err(e)));
    }
    let Some((mid, kind)) = chosen else {
        return Ok((
            name,
            Err(Error::rule(
                RuleId::Ren2,
                "no saved payment method: add a card or a Twint profile",
            )
            .reason("no_saved_method")
            .with_field("method")),
        ));
    };
    let kind = comptoir_core::billing::PaymentMethodKind::parse(&kind)?;
    if !kind.allows_auto_renew() {
        return Ok((
            name,
            Err(Error::rule(
                RuleId::Ren2,
                format!(
                    "{} cannot carry auto-renewal: choose a card or a Twint profile",
                    kind.as_str()
                ),
            )
            .reason("method_cannot_auto_renew")
            .with_field("method")),
        ));
    }
    // REN-4: the card must still be valid on the first charge attempt.
    let card_expiry: Option<String> = tx
        .prepare_cached("SELECT expiry FROM payment_methods WHERE id = ?1")?
        .query_row([mid], |r| r.get(0))
        .optional()?
        .flatten();
    let charge_on = expires_on - chrono::Days::new(AUTO_RENEW_LEAD_DAYS);
    if let Err(e) = comptoir_core::billing::check_card_on(card_expiry.as_deref(), charge_on) {
        return Ok((
            name,
            Err(Error {
                rule: Some(RuleId::Ren4),
                ..e
            }),
        ));
    }
    tx.prepare_cached(
        "UPDATE products SET auto_renew = 1, auto_renew_method_id = ?2 WHERE id = ?1",
    )?
    .execute(params![id, mid])?;
    Ok((name, Ok(true)))
}
