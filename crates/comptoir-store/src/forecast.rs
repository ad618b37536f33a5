//! Issue 17: the renewal forecast as one SQL aggregate over the products (never the product
//! list), with the same "how will it be paid" expression as the table's filter, so a bar's
//! amount is the sum of the rows the bar opens.

use chrono::{Datelike, Months, NaiveDate};
use comptoir_core::error::Reason;
use comptoir_core::forecast::{
    CurrencyForecast, CurrencySpending, Forecast, ForecastBar, PrepaidProjection, SpendingHistory,
    SpendingMonth,
};
use comptoir_core::{Currency, Error, Money};

use crate::access::{check_reader, MEMBER_ORGS};
use crate::renewals::{charge_kind_sql, status_sql, TODAY};
use crate::{Store, StoreResult};

/// The longest forecast the screen asks for.
pub const MAX_FORECAST_MONTHS: u32 = 24;

impl Store {
    /// The next `months` months of `organization`'s renewals, from the current month in its
    /// time zone, as `actor` may read them.
    pub fn renewal_forecast(
        &self,
        actor: i64,
        organization: i64,
        months: u32,
    ) -> StoreResult<Forecast> {
        if !(1..=MAX_FORECAST_MONTHS).contains(&months) {
            return Err(Error::invalid_because(
                "months",
                Reason::OutOfRange {
                    min: "1".into(),
                    max: MAX_FORECAST_MONTHS.to_string(),
                    given: months.to_string(),
                },
            )
            .into());
        }
        check_reader(self.conn(), organization, actor)?;
        let today = *self
            .today_by_org()?
            .get(&organization)
            .ok_or_else(|| Error::not_found("organization", organization))?;
        let first = today.with_day(1).expect("day 1 exists");
        let end = first + Months::new(months);
        let month_keys: Vec<String> = (0..months)
            .map(|i| (first + Months::new(i)).format("%Y-%m").to_string())
            .collect();
        // Today is a typed date: inlining it is safe (as `today_sql` does for the table).
        let today_sql = format!("'{today}'");
        let sql = format!(
            "SELECT CASE WHEN p.expires_on < ?2 THEN ?3 ELSE substr(p.expires_on, 1, 7) END,
                    p.currency, ({kind}), SUM(p.price_minor), COUNT(*)
             FROM products p
             WHERE p.organization_id = ?1 AND p.expires_on < ?4 AND ({status}) <> 'cancelled'
             GROUP BY 1, 2, 3",
            kind = charge_kind_sql().replace(TODAY, &today_sql),
            status = status_sql().replace(TODAY, &today_sql),
        );
        let mut stmt = self.conn().prepare(&sql)?;
        let rows = stmt.query_map(
            rusqlite::params![
                organization,
                first.to_string(),
                month_keys[0],
                end.to_string()
            ],
            |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, String>(2)?,
                    r.get::<_, i64>(3)?,
                    r.get::<_, i64>(4)?,
                ))
            },
        )?;
        let mut currencies: Vec<CurrencyForecast> = Vec::new();
        let empty = |currency: Currency| CurrencyForecast {
            currency,
            bars: month_keys
                .iter()
                .map(|m| ForecastBar {
                    month: m.clone(),
                    automatic: Money::zero(currency),
                    automatic_count: 0,
                    needs_action: Money::zero(currency),
                    needs_action_count: 0,
                })
                .collect(),
            prepaid: PrepaidProjection {
                balance: Money::zero(currency),
                left_after: Vec::new(),
            },
        };
        for row in rows {
            let (month, currency, kind, minor, count) = row?;
            let currency = Currency::parse(&currency)?;
            let i = match currencies.iter().position(|c| c.currency == currency) {
                Some(i) => i,
                None => {
                    currencies.push(empty(currency));
                    currencies.len() - 1
                }
            };
            let Some(bar) = currencies[i].bars.iter_mut().find(|b| b.month == month) else {
                continue;
            };
            let amount = Money::from_minor(minor, currency);
            if kind == "automatic" {
                bar.automatic = amount;
                bar.automatic_count = count as u32;
            } else {
                bar.needs_action = amount;
                bar.needs_action_count = count as u32;
            }
        }
        // The prepaid balance per currency: one aggregate over the movements (pending top-ups
        // are not money yet).
        let mut stmt = self.conn().prepare(
            "SELECT currency, SUM(amount_minor) FROM prepaid_movements
             WHERE organization_id = ?1 AND pending = 0 GROUP BY currency",
        )?;
        let balances = stmt.query_map([organization], |r| {
            Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?))
        })?;
        for row in balances {
            let (currency, minor) = row?;
            let currency = Currency::parse(&currency)?;
            if minor == 0 && !currencies.iter().any(|c| c.currency == currency) {
                continue;
            }
            let i = match currencies.iter().position(|c| c.currency == currency) {
                Some(i) => i,
                None => {
                    currencies.push(empty(currency));
                    currencies.len() - 1
                }
            };
            currencies[i].prepaid.balance = Money::from_minor(minor, currency);
        }
        for c in &mut currencies {
            let mut left = c.prepaid.balance.to_minor()?;
            c.prepaid.left_after = c
                .bars
                .iter()
                .map(|b| {
                    left = (left - b.automatic.to_minor().unwrap_or(0)).max(0);
                    Money::from_minor(left, c.currency)
                })
                .collect();
        }
        currencies.sort_by_key(|c| c.currency.code());
        Ok(Forecast {
            first_month: month_keys[0].clone(),
            months,
            currencies,
        })
    }
}

impl Store {
    /// The last `months` months of spending (the current one included) of `organization` or,
    /// without one, of every organization `actor` is an active member of: per month and
    /// currency, the paid part of the invoices issued that month and the credit notes issued
    /// that month. One aggregate over the documents, whose month filter on the invoices list
    /// shows exactly the documents each figure sums.
    pub fn spending_history(
        &self,
        actor: i64,
        organization: Option<i64>,
        months: u32,
    ) -> StoreResult<SpendingHistory> {
        if !(1..=MAX_SPENDING_MONTHS).contains(&months) {
            return Err(Error::invalid_because(
                "months",
                Reason::OutOfRange {
                    min: "1".into(),
                    max: MAX_SPENDING_MONTHS.to_string(),
                    given: months.to_string(),
                },
            )
            .into());
        }
        let tz = match organization {
            Some(org) => {
                check_reader(self.conn(), org, actor)?;
                let tz: String = self.conn().query_row(
                    "SELECT timezone FROM organizations WHERE id = ?1",
                    [org],
                    |r| r.get(0),
                )?;
                tz.parse().unwrap_or(comptoir_core::clock::DEFAULT_TZ)
            }
            None => comptoir_core::clock::DEFAULT_TZ,
        };
        let current = self.clock().today(tz).with_day(1).expect("day 1 exists");
        let first = current - Months::new(months - 1);
        let end = current + Months::new(1);
        let month_keys: Vec<String> = (0..months)
            .map(|i| (first + Months::new(i)).format("%Y-%m").to_string())
            .collect();
        let sql = format!(
            "SELECT substr(i.issued_on, 1, 7), i.currency,
                    SUM(CASE WHEN i.kind = 'invoice' THEN i.paid_minor ELSE 0 END),
                    SUM(i.kind = 'invoice' AND i.paid_minor > 0),
                    SUM(CASE WHEN i.kind = 'credit_note' THEN abs(i.total_minor) ELSE 0 END),
                    SUM(i.kind = 'credit_note')
             FROM invoices i
             WHERE i.issued_on >= ?1 AND i.issued_on < ?2
               AND i.kind IN ('invoice', 'credit_note')
               AND (?3 IS NULL OR i.organization_id = ?3)
               AND i.organization_id IN ({MEMBER_ORGS})
             GROUP BY 1, 2"
        );
        let mut stmt = self.conn().prepare(&sql)?;
        let rows = stmt.query_map(
            rusqlite::params![first.to_string(), end.to_string(), organization, actor],
            |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, i64>(2)?,
                    r.get::<_, i64>(3)?,
                    r.get::<_, i64>(4)?,
                    r.get::<_, i64>(5)?,
                ))
            },
        )?;
        let mut currencies: Vec<CurrencySpending> = Vec::new();
        for row in rows {
            let (month, currency, paid, paid_count, credited, credited_count) = row?;
            if paid_count == 0 && credited_count == 0 {
                continue;
            }
            let currency = Currency::parse(&currency)?;
            let i = match currencies.iter().position(|c| c.currency == currency) {
                Some(i) => i,
                None => {
                    currencies.push(CurrencySpending {
                        currency,
                        months: month_keys
                            .iter()
                            .map(|m| SpendingMonth {
                                month: m.clone(),
                                paid: Money::zero(currency),
                                paid_count: 0,
                                credited: Money::zero(currency),
                                credited_count: 0,
                            })
                            .collect(),
                    });
                    currencies.len() - 1
                }
            };
            if let Some(m) = currencies[i].months.iter_mut().find(|m| m.month == month) {
                m.paid = Money::from_minor(paid, currency);
                m.paid_count = paid_count as u32;
                m.credited = Money::from_minor(credited, currency);
                m.credited_count = credited_count as u32;
            }
        }
        currencies.sort_by_key(|c| c.currency.code());
        Ok(SpendingHistory {
            first_month: month_keys[0].clone(),
            months,
            currencies,
        })
    }
}

/// The longest spending history the screen asks for.
pub const MAX_SPENDING_MONTHS: u32 = 36;

/// The first and last day of a forecast month `YYYY-MM` (for the table filter a bar opens).
pub fn month_range(month: &str) -> Option<(NaiveDate, NaiveDate)> {
    let first = NaiveDate::parse_from_str(&format!("{month}-01"), "%Y-%m-%d").ok()?;
    let last = first + Months::new(1) - chrono::Days::new(1);
    Some((first, last))
}
