//! PAY-2 billing notification settings and the reminders Comptoir gives before a product's
//! milestones (the last day to switch auto-renewal on, the auto-renewal charge, the expiry).
//!
//! The provider e-mails by these settings; Comptoir keeps the same setting locally and uses it
//! for its own reminders: one per product, milestone and threshold, never twice, and when the
//! app was closed past several thresholds only the nearest one is given.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::{Error, Result};

/// The thresholds used until someone changes them (days before a milestone).
pub const DEFAULT_DAYS_BEFORE: [u16; 3] = [14, 7, 1];
/// At most this many thresholds, each from 1 to [`MAX_DAYS_BEFORE`] days.
pub const MAX_THRESHOLDS: usize = 5;
pub const MAX_DAYS_BEFORE: u16 = 90;

/// PAY-2 for one organization: how many days before a milestone people are reminded, and who
/// the provider e-mails (members of the organization).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct NotificationSettings {
    /// Largest first, no duplicates.
    pub days_before: Vec<u16>,
    /// User ids of members who receive the provider's e-mails.
    pub recipients: Vec<i64>,
}

impl NotificationSettings {
    /// The settings cleaned up (thresholds sorted largest first, duplicates dropped), or a
    /// refusal naming the field.
    pub fn checked(&self) -> Result<NotificationSettings> {
        let mut days = self.days_before.clone();
        days.sort_unstable_by(|a, b| b.cmp(a));
        days.dedup();
        if days.is_empty() || days.len() > MAX_THRESHOLDS {
            return Err(Error::invalid(
                "days_before",
                format!("give 1 to {MAX_THRESHOLDS} reminders (days before a date)"),
            )
            .reason("too_many_reminders")
            .with_param("max", MAX_THRESHOLDS));
        }
        if let Some(bad) = days.iter().find(|d| **d == 0 || **d > MAX_DAYS_BEFORE) {
            return Err(Error::invalid(
                "days_before",
                format!("{bad} is not between 1 and {MAX_DAYS_BEFORE} days"),
            )
            .reason("days_before_range")
            .with_param("value", bad)
            .with_param("max", MAX_DAYS_BEFORE));
        }
        let mut recipients = self.recipients.clone();
        recipients.sort_unstable();
        recipients.dedup();
        Ok(NotificationSettings {
            days_before: days,
            recipients,
        })
    }

    /// The furthest threshold: how far ahead a product "needs attention".
    pub fn horizon(&self) -> u16 {
        self.days_before.iter().copied().max().unwrap_or(0)
    }
}

/// The dates a reminder can be about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Milestone {
    /// REN-5: the last day auto-renewal can be switched on (auto-renewal off).
    LastDayToEnable,
    /// REN-4: the auto-renewal charge (auto-renewal on).
    Charge,
    /// REN-1: the paid period ends (auto-renewal off).
    Expiry,
}

impl Milestone {
    pub fn as_str(self) -> &'static str {
        match self {
            Milestone::LastDayToEnable => "last_day_to_enable",
            Milestone::Charge => "charge",
            Milestone::Expiry => "expiry",
        }
    }
}

/// One product's coming milestone.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Reminder {
    pub product_id: i64,
    pub product_name: String,
    pub organization_id: i64,
    pub milestone: Milestone,
    pub on: NaiveDate,
    /// Days from the organization's today to `on` (0 = today).
    #[ts(type = "number")]
    pub days_left: i64,
    /// The threshold this reminder answers (one of the organization's `days_before`).
    pub threshold: u16,
}

/// The threshold due for a milestone `days_left` days away: the nearest one already reached
/// (5 days left with 14, 7, 1 → 7), or none when the milestone is further than every
/// threshold or already past.
pub fn due_threshold(days_left: i64, days_before: &[u16]) -> Option<u16> {
    if days_left < 0 {
        return None;
    }
    days_before
        .iter()
        .copied()
        .filter(|d| i64::from(*d) >= days_left)
        .min()
}

/// Products needing attention for the sidebar badge and the Renewals strip: how many, and the
/// nearest few.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Attention {
    pub count: u32,
    pub nearest: Vec<Reminder>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pay2_the_nearest_reached_threshold_is_due() {
        let d = [14, 7, 1];
        assert_eq!(due_threshold(20, &d), None);
        assert_eq!(due_threshold(14, &d), Some(14));
        assert_eq!(due_threshold(8, &d), Some(14));
        assert_eq!(due_threshold(7, &d), Some(7));
        assert_eq!(due_threshold(5, &d), Some(7));
        assert_eq!(due_threshold(1, &d), Some(1));
        assert_eq!(due_threshold(0, &d), Some(1));
        assert_eq!(due_threshold(-1, &d), None);
    }

    #[test]
    fn pay2_settings_are_checked_and_named() {
        let ok = NotificationSettings {
            days_before: vec![1, 30, 7, 7],
            recipients: vec![3, 1, 3],
        }
        .checked()
        .unwrap();
        assert_eq!(ok.days_before, vec![30, 7, 1]);
        assert_eq!(ok.recipients, vec![1, 3]);
        for bad in [vec![], vec![0], vec![91], vec![1, 2, 3, 4, 5, 6]] {
            let e = NotificationSettings {
                days_before: bad.clone(),
                recipients: vec![],
            }
            .checked()
            .unwrap_err();
            assert_eq!(e.field.as_deref(), Some("days_before"), "{bad:?}");
        }
    }
}
