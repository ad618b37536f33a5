//! Reading domain values out of rows: dates, money, enums. A value the domain refuses is a
//! conversion failure of that column, never a panic.

use chrono::{DateTime, NaiveDate, Utc};
use comptoir_core::{Currency, Money};
use rusqlite::types::Type;
use rusqlite::Row;

fn bad(idx: usize, e: impl std::error::Error + Send + Sync + 'static) -> rusqlite::Error {
    rusqlite::Error::FromSqlConversionFailure(idx, Type::Text, Box::new(e))
}

/// Parses column `idx` with a domain parser (`Role::parse`, `ProductKind::parse`...).
pub fn parsed<T>(
    row: &Row<'_>,
    idx: usize,
    parse: impl FnOnce(&str) -> comptoir_core::Result<T>,
) -> rusqlite::Result<T> {
    let s: String = row.get(idx)?;
    parse(&s).map_err(|e| bad(idx, e))
}

pub fn date(row: &Row<'_>, idx: usize) -> rusqlite::Result<NaiveDate> {
    let s: String = row.get(idx)?;
    s.parse().map_err(|e| bad(idx, e))
}

pub fn instant(row: &Row<'_>, idx: usize) -> rusqlite::Result<DateTime<Utc>> {
    let s: String = row.get(idx)?;
    DateTime::parse_from_rfc3339(&s)
        .map(|t| t.with_timezone(&Utc))
        .map_err(|e| bad(idx, e))
}

pub fn opt_instant(row: &Row<'_>, idx: usize) -> rusqlite::Result<Option<DateTime<Utc>>> {
    match row.get::<_, Option<String>>(idx)? {
        None => Ok(None),
        Some(_) => instant(row, idx).map(Some),
    }
}

pub fn currency(row: &Row<'_>, idx: usize) -> rusqlite::Result<Currency> {
    parsed(row, idx, Currency::parse)
}

/// Money from a minor-units column and a currency column.
pub fn money(row: &Row<'_>, minor_idx: usize, currency_idx: usize) -> rusqlite::Result<Money> {
    Ok(Money::from_minor(
        row.get(minor_idx)?,
        currency(row, currency_idx)?,
    ))
}
