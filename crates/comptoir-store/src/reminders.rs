//! PAY-2 billing notification settings and Comptoir's own reminders before a product's
//! milestones (see `comptoir_core::reminders`). Candidates are found in SQL on the indexed
//! expiry date, so a reseller's 100,000 products cost one range scan.

use std::collections::HashMap;

use chrono::{Days, NaiveDate, SecondsFormat};
use comptoir_core::policy::BillingAction;
use comptoir_core::product::Lifecycle;
use comptoir_core::reminders::{
    due_threshold, Attention, Milestone, NotificationSettings, Reminder, DEFAULT_DAYS_BEFORE,
};
use comptoir_core::{Error, ErrorCode};
use rusqlite::{params, OptionalExtension};

use crate::access::check_actor;
use crate::{Store, StoreResult};

/// How many of the nearest reminders the Renewals strip receives.
pub const NEAREST: usize = 5;
/// The OS notification setting (`on` unless switched off in Settings).
pub const OS_NOTIFICATIONS: &str = "reminders.os_notifications";

impl Store {
    /// PAY-2 settings of `org`: stored ones, else 14, 7 and 1 days to the members who are
    /// billing contacts.
    pub fn notification_settings(&self, org: i64) -> StoreResult<NotificationSettings> {
        self.organization(org)?;
        let stored: Option<(String, String)> = self
            .conn()
            .query_row(
                "SELECT days_before, recipients FROM billing_notifications
                 WHERE organization_id = ?1",
                [org],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?;
        if let Some((days, recipients)) = stored {
            // Someone who left the organization is no longer e-mailed (and the form, which only
            // lists members, can still be saved).
            let mut member = self.conn().prepare_cached(
                "SELECT EXISTS (SELECT 1 FROM memberships WHERE organization_id = ?1
                                  AND user_id = ?2 AND status = 'active')",
            )?;
            let mut kept = Vec::new();
            for user in numbers::<i64>(&recipients)? {
                if member.query_row(params![org, user], |r| r.get::<_, bool>(0))? {
                    kept.push(user);
                }
            }
            return Ok(NotificationSettings {
                days_before: numbers(&days)?,
                recipients: kept,
            });
        }
        let mut stmt = self.conn().prepare_cached(
            "SELECT user_id FROM memberships WHERE organization_id = ?1 AND status = 'active'
               AND contact_billing = 1 ORDER BY user_id",
        )?;
        let recipients = stmt
            .query_map([org], |r| r.get(0))?
            .collect::<Result<Vec<i64>, _>>()?;
        Ok(NotificationSettings {
            days_before: DEFAULT_DAYS_BEFORE.to_vec(),
            recipients,
        })
    }

    /// Changes PAY-2 settings: legal representatives and administrators only (checked here);
    /// every recipient must be an active member. Returns what was stored.
    pub fn set_notification_settings(
        &mut self,
        org: i64,
        actor: i64,
        settings: &NotificationSettings,
    ) -> StoreResult<NotificationSettings> {
        self.organization(org)?;
        check_actor(
            self.conn(),
            org,
            actor,
            BillingAction::EditNotifications,
            &[],
        )?;
        let clean = settings.checked()?;
        let tx = self.conn_mut().transaction()?;
        for user in &clean.recipients {
            let member: bool = tx.query_row(
                "SELECT EXISTS (SELECT 1 FROM memberships WHERE organization_id = ?1
                                  AND user_id = ?2 AND status = 'active')",
                params![org, user],
                |r| r.get(0),
            )?;
            if !member {
                return Err(Error::invalid(
                    "recipients",
                    format!("user {user} is not an active member of this organization"),
                )
                .reason("recipient_not_member")
                .with_param("user", user)
                .into());
            }
        }
        tx.execute(
            "INSERT INTO billing_notifications(organization_id, days_before, recipients)
             VALUES (?1, ?2, ?3)
             ON CONFLICT(organization_id) DO UPDATE
               SET days_before = excluded.days_before, recipients = excluded.recipients",
            params![org, joined(&clean.days_before), joined(&clean.recipients),],
        )?;
        tx.commit()?;
        Ok(clean)
    }

    /// Every product's coming milestone within its organization's furthest threshold, nearest
    /// first: auto-renewal off → the last day to switch it on (while still ahead) and the expiry;
    /// on → the charge. Blocked and cancelled products are past reminding.
    fn coming(&self, org: Option<i64>) -> StoreResult<Vec<Reminder>> {
        let today = self.today_by_org()?;
        let mut settings: HashMap<i64, NotificationSettings> = HashMap::new();
        for o in today.keys() {
            if org.is_none_or(|x| x == *o) {
                settings.insert(*o, self.notification_settings(*o)?);
            }
        }
        let mut out = Vec::new();
        for (o, s) in &settings {
            let day = today[o];
            // Expired products are left to their status (PAY-1), not reminded. A milestone up to
            // `horizon` days ahead is at most 14 days (the charge lead) before its expiry.
            let from = day;
            let to = day + Days::new(u64::from(s.horizon()) + 14);
            let mut stmt = self.conn().prepare_cached(
                "SELECT id, name, expires_on, auto_renew FROM products
                 WHERE organization_id = ?1 AND expires_on >= ?2 AND expires_on <= ?3",
            )?;
            let rows = stmt.query_map(params![o, from.to_string(), to.to_string()], |r| {
                Ok((
                    r.get::<_, i64>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, String>(2)?,
                    r.get::<_, bool>(3)?,
                ))
            })?;
            for row in rows {
                let (id, name, expires, auto) = row?;
                out.extend(reminder_of(id, name, &expires, auto, *o, day, s)?);
            }
        }
        sort_nearest_first(&mut out);
        Ok(out)
    }

    /// Products needing attention (a milestone within the organization's furthest threshold):
    /// the count for the sidebar badge and the nearest few for the Renewals strip.
    /// Counted in SQL: the milestones are fixed offsets from the expiry, so "next milestone
    /// within the horizon" is a few expiry ranges per organization (see [`attention_ranges`]);
    /// only the nearest few rows of each range are read.
    pub fn attention(&self, org: Option<i64>) -> StoreResult<Attention> {
        self.attention_in(org, None)
    }

    /// [`Store::attention`], counting only the organizations `reader` is an active member of.
    pub(crate) fn attention_in(
        &self,
        org: Option<i64>,
        reader: Option<i64>,
    ) -> StoreResult<Attention> {
        let today = self.today_by_org()?;
        let mut count = 0u32;
        let mut nearest = Vec::new();
        let mut counter = self.conn().prepare_cached(
            "SELECT COUNT(*) FROM products WHERE organization_id = ?1 AND auto_renew = ?2
               AND expires_on >= ?3 AND expires_on <= ?4",
        )?;
        // The nearest few: the expiry of the NEAREST-th row along the index, then the rows up to
        // it (ties included, so the names order them as in `coming`).
        let mut cutoff = self.conn().prepare_cached(
            "SELECT expires_on FROM products
             WHERE organization_id = ?1 AND auto_renew = ?2 AND expires_on >= ?3
               AND expires_on <= ?4
             ORDER BY expires_on LIMIT 1 OFFSET ?5",
        )?;
        let mut first = self.conn().prepare_cached(
            "SELECT id, name, expires_on, auto_renew FROM products
             WHERE organization_id = ?1 AND auto_renew = ?2 AND expires_on >= ?3
               AND expires_on <= ?4
             ORDER BY expires_on, name LIMIT ?5",
        )?;
        for (&o, &day) in &today {
            if org.is_some_and(|x| x != o) {
                continue;
            }
            if let Some(reader) = reader {
                if crate::access::active_role(self.conn(), o, reader)?.is_none() {
                    continue;
                }
            }
            let settings = self.notification_settings(o)?;
            for (auto, from, to) in attention_ranges(day, &settings) {
                let range = params![o, auto, from.to_string(), to.to_string()];
                count += counter.query_row(range, |r| r.get::<_, u32>(0))?;
                let last: String = cutoff
                    .query_row(
                        params![
                            o,
                            auto,
                            from.to_string(),
                            to.to_string(),
                            NEAREST as i64 - 1
                        ],
                        |r| r.get(0),
                    )
                    .optional()?
                    .unwrap_or_else(|| to.to_string());
                let rows = first.query_map(
                    params![o, auto, from.to_string(), last, NEAREST as i64],
                    |r| {
                        Ok((
                            r.get::<_, i64>(0)?,
                            r.get::<_, String>(1)?,
                            r.get::<_, String>(2)?,
                            r.get::<_, bool>(3)?,
                        ))
                    },
                )?;
                for row in rows {
                    let (id, name, expires, auto) = row?;
                    nearest.extend(reminder_of(id, name, &expires, auto, o, day, &settings)?);
                }
            }
        }
        sort_nearest_first(&mut nearest);
        nearest.truncate(NEAREST);
        Ok(Attention { count, nearest })
    }

    /// The reminders due now and not given yet: a threshold is given once per product and
    /// milestone date; one given at the same or a nearer threshold covers it (an app closed past
    /// 14 and 7 days reminds once, at 7). Does not record them: see [`Store::mark_reminders_given`].
    pub fn due_reminders(&self) -> StoreResult<Vec<Reminder>> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT EXISTS (SELECT 1 FROM reminders_given WHERE product_id = ?1
                              AND milestone = ?2 AND on_date = ?3 AND threshold <= ?4)",
        )?;
        let mut due = Vec::new();
        for r in self.coming(None)? {
            let given: bool = stmt.query_row(
                params![
                    r.product_id,
                    r.milestone.as_str(),
                    r.on.to_string(),
                    r.threshold
                ],
                |x| x.get(0),
            )?;
            if !given {
                due.push(r);
            }
        }
        Ok(due)
    }

    /// Records reminders as given (after the notification was shown). Giving the same one
    /// twice changes nothing.
    pub fn mark_reminders_given(&mut self, given: &[Reminder]) -> StoreResult<()> {
        let now = self
            .clock()
            .now()
            .to_rfc3339_opts(SecondsFormat::Secs, true);
        let tx = self.conn_mut().transaction()?;
        {
            let mut stmt = tx.prepare_cached(
                "INSERT OR IGNORE INTO reminders_given(product_id, milestone, on_date, threshold,
                                                       given_at)
                 VALUES (?1, ?2, ?3, ?4, ?5)",
            )?;
            for r in given {
                stmt.execute(params![
                    r.product_id,
                    r.milestone.as_str(),
                    r.on.to_string(),
                    r.threshold,
                    now
                ])?;
            }
        }
        tx.commit()?;
        Ok(())
    }

    /// Whether Comptoir shows OS notifications for reminders (on unless switched off).
    pub fn os_notifications(&self) -> StoreResult<bool> {
        Ok(self.setting(OS_NOTIFICATIONS)?.as_deref() != Some("off"))
    }

    pub fn set_os_notifications(&self, on: bool) -> StoreResult<()> {
        self.set_setting(OS_NOTIFICATIONS, if on { "on" } else { "off" })
    }
}

/// Stored lists are comma-separated numbers ("14,7,1").
fn joined<T: ToString>(items: &[T]) -> String {
    items
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join(",")
}

fn numbers<T: std::str::FromStr>(text: &str) -> StoreResult<Vec<T>> {
    text.split(',')
        .filter(|s| !s.is_empty())
        .map(|s| {
            s.parse().map_err(|_| {
                Error::new(
                    ErrorCode::Internal,
                    format!("stored notification setting unreadable: {text:?}"),
                )
                .into()
            })
        })
        .collect()
}

fn sort_nearest_first(reminders: &mut [Reminder]) {
    reminders.sort_by(|a, b| {
        (a.days_left, a.milestone, &a.product_name).cmp(&(
            b.days_left,
            b.milestone,
            &b.product_name,
        ))
    });
}

/// A product's reminder on `day`: its next milestone (auto-renewal off → the last day to switch
/// it on while still ahead, then the expiry; on → the charge), when a threshold is reached.
fn reminder_of(
    id: i64,
    name: String,
    expires: &str,
    auto: bool,
    org: i64,
    day: NaiveDate,
    settings: &NotificationSettings,
) -> StoreResult<Option<Reminder>> {
    let expires: NaiveDate = expires.parse().map_err(|e| {
        Error::new(
            ErrorCode::Internal,
            format!("stored expiry unreadable: {e}"),
        )
    })?;
    let life = Lifecycle::of(expires);
    let milestones: Vec<(Milestone, NaiveDate)> = if auto {
        vec![(Milestone::Charge, life.charge_on)]
    } else {
        vec![
            (
                Milestone::LastDayToEnable,
                life.last_day_to_enable_auto_renew,
            ),
            (Milestone::Expiry, expires),
        ]
    };
    // Only the next milestone of a product is worth a reminder.
    let Some((m, on)) = milestones.into_iter().find(|(_, on)| *on >= day) else {
        return Ok(None);
    };
    let days_left = (on - day).num_days();
    Ok(
        due_threshold(days_left, &settings.days_before).map(|threshold| Reminder {
            product_id: id,
            product_name: name,
            organization_id: org,
            milestone: m,
            on,
            days_left,
            threshold,
        }),
    )
}

/// The expiry ranges, per auto-renewal setting, of the products whose next milestone is between
/// `day` and the furthest threshold (`due_threshold` is reached exactly there). The offsets come
/// from `Lifecycle`, so the rule stays in one place.
fn attention_ranges(
    day: NaiveDate,
    settings: &NotificationSettings,
) -> Vec<(bool, NaiveDate, NaiveDate)> {
    if settings.days_before.is_empty() {
        return Vec::new();
    }
    let horizon = Days::new(u64::from(settings.horizon()));
    let life = Lifecycle::of(day);
    let lead = |d: NaiveDate| Days::new((day - d).num_days().max(0) as u64);
    let (charge, enable) = (
        lead(life.charge_on),
        lead(life.last_day_to_enable_auto_renew),
    );
    let mut out = vec![
        // On: the charge day within the horizon.
        (true, day + charge, day + horizon + charge),
        // Off: the last day to switch it on within the horizon...
        (false, day + enable, day + horizon + enable),
    ];
    // ...or, that day past, the expiry itself within the horizon.
    if enable > Days::new(0) {
        let last = (day + horizon).min(day + enable - Days::new(1));
        out.push((false, day, last));
    }
    out
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use comptoir_core::FixedClock;

    use super::*;

    /// The SQL ranges count exactly what the row-by-row rule finds, nearest first, on every day
    /// of a quarter and for thresholds shorter and longer than the auto-renewal lead.
    #[test]
    fn pay2_attention_in_sql_matches_the_rule_row_by_row() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("ws.sqlite3");
        let mut store = Store::open(
            &path,
            Arc::new(FixedClock::parse("2026-11-27T09:00:00Z").unwrap()),
        )
        .unwrap();
        store.seed_many_products(3_000).unwrap();
        let orgs: Vec<i64> = store.today_by_org().unwrap().into_keys().collect();
        let mut checked = 0;
        for days in ["14,7,1", "3", "30,2", "60", "0"] {
            for o in &orgs {
                store
                    .conn()
                    .execute(
                        "INSERT INTO billing_notifications(organization_id, days_before, recipients)
                         VALUES (?1, ?2, '') ON CONFLICT(organization_id)
                         DO UPDATE SET days_before = excluded.days_before",
                        params![o, days],
                    )
                    .unwrap();
            }
            for offset in (0..90).step_by(7) {
                let at = chrono::NaiveDate::from_ymd_opt(2026, 11, 1).unwrap() + Days::new(offset);
                let clock = FixedClock::parse(&format!("{at}T09:00:00Z")).unwrap();
                let store = Store::open(&path, Arc::new(clock)).unwrap();
                let all = store.coming(None).unwrap();
                let att = store.attention(None).unwrap();
                assert_eq!(att.count as usize, all.len(), "{days} on {at}");
                let expect: Vec<i64> = all.iter().take(NEAREST).map(|r| r.product_id).collect();
                let got: Vec<i64> = att.nearest.iter().map(|r| r.product_id).collect();
                assert_eq!(got, expect, "{days} on {at}");
                let one = orgs[0];
                let per_org = store.coming(Some(one)).unwrap().len();
                assert_eq!(store.attention(Some(one)).unwrap().count as usize, per_org);
                checked += all.len();
            }
        }
        assert!(checked > 1000, "the check saw too few reminders: {checked}");
    }
}
