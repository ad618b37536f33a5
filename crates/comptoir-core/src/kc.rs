//! Identity verification (KC-1, KC-2, KC-5, KC-6): why an order is blocked, when it is
//! cancelled without an answer, how long documents a person attaches are kept.
//!
//! Decisions (where the rules are silent):
//! - "10 days without answer" ends at the account time zone's midnight (Europe/Zurich unless
//!   set otherwise) that starts the 10th calendar day after the day the order was blocked: an
//!   order blocked on 25 March is cancelled at 00:00 on 4 April, Zurich time, whatever DST does;
//! - attaching a document is an answer: an answered block is no longer cancelled by the clock
//!   (the provider lifts it once the document is checked);
//! - "Resend the procedure" is recorded once per calendar day (a second click the same day says
//!   it was already sent today, nothing more is recorded);
//! - who sees and resends: any active member who may read the organization's orders;
//! - who marks a document handled (which deletes it): a legal representative or an admin, not a
//!   plain member (attaching is anyone's; disposing of someone's identity document is not).

use chrono::{DateTime, Days, Duration, NaiveDate, NaiveTime, TimeZone, Utc};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{Error, Result};
use crate::org::Role;
use crate::rules::RuleId;

/// KC-6: days without answer before a blocked order is cancelled and refunded.
pub const KC_CANCEL_AFTER_DAYS: u64 = 10;
/// KC-2: hours an unhandled document is kept at most.
pub const KC_DOCUMENT_HOURS: i64 = 72;

/// KC-1: what triggered the verification.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum KcTrigger {
    ForgottenPassword,
    ForgottenLoginEmail,
    TwoFactorRemoval,
    AccountUnblock,
    FirstPayout,
    SuspectedFraud,
    BrandName,
}

impl KcTrigger {
    pub const ALL: [KcTrigger; 7] = [
        KcTrigger::ForgottenPassword,
        KcTrigger::ForgottenLoginEmail,
        KcTrigger::TwoFactorRemoval,
        KcTrigger::AccountUnblock,
        KcTrigger::FirstPayout,
        KcTrigger::SuspectedFraud,
        KcTrigger::BrandName,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            KcTrigger::ForgottenPassword => "forgotten_password",
            KcTrigger::ForgottenLoginEmail => "forgotten_login_email",
            KcTrigger::TwoFactorRemoval => "two_factor_removal",
            KcTrigger::AccountUnblock => "account_unblock",
            KcTrigger::FirstPayout => "first_payout",
            KcTrigger::SuspectedFraud => "suspected_fraud",
            KcTrigger::BrandName => "brand_name",
        }
    }

    pub fn parse(s: &str) -> crate::Result<Self> {
        Self::ALL
            .into_iter()
            .find(|k| k.as_str() == s)
            .ok_or_else(|| crate::Error::invalid("trigger", format!("unknown KC trigger '{s}'")))
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum KcState {
    /// Waiting for the person's answer; cancelled on `cancels_on` without one.
    Waiting,
    /// A document was attached: the clock no longer cancels it.
    Answered,
    /// KC-6: cancelled and refunded.
    Cancelled,
}

/// An order blocked for identity verification, as the Orders tab shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct KcBlock {
    pub order_id: i64,
    pub trigger: KcTrigger,
    pub blocked_at: DateTime<Utc>,
    /// KC-6: the calendar day (account time zone) it is cancelled without an answer.
    pub cancels_on: NaiveDate,
    pub cancels_at: DateTime<Utc>,
    pub state: KcState,
    /// KC-5: how many times the procedure was resent, and the last day.
    pub resent_count: i64,
    pub last_resent_on: Option<NaiveDate>,
    /// After KC-6: the credit note and the refund to the original payment method.
    pub credit_note_number: Option<String>,
    pub refunded_to: Option<String>,
    /// Documents attached and not yet deleted (KC-2).
    pub documents_kept: i64,
}

/// KC-5: what "Resend the procedure" did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct KcResend {
    pub order_id: i64,
    pub on: NaiveDate,
    /// False when it was already sent today (nothing more recorded).
    pub recorded: bool,
    pub resent_count: i64,
}

/// A document attached for verification (KC-2); the file lives under the app's data folder.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct KcDocument {
    pub id: i64,
    pub order_id: i64,
    pub name: String,
    pub size: i64,
    pub attached_at: DateTime<Utc>,
    /// When it is deleted at the latest if nobody handles it.
    pub delete_by: DateTime<Utc>,
    pub handled_at: Option<DateTime<Utc>>,
    pub deleted_at: Option<DateTime<Utc>>,
}

/// KC-6: the calendar day a block given at `blocked_at` is cancelled without answer.
pub fn cancellation_day(blocked_at: DateTime<Utc>, tz: Tz) -> NaiveDate {
    let blocked_on = blocked_at.with_timezone(&tz).date_naive();
    blocked_on + Days::new(KC_CANCEL_AFTER_DAYS)
}

/// KC-6: the instant it is cancelled: that day's midnight in `tz`.
pub fn cancellation_instant(blocked_at: DateTime<Utc>, tz: Tz) -> DateTime<Utc> {
    local_midnight(cancellation_day(blocked_at, tz), tz)
}

/// The first instant of `day` in `tz` (a midnight skipped by DST starts at the first hour that
/// exists; Zurich changes at 02:00 and 03:00, so its midnights always exist).
pub fn local_midnight(day: NaiveDate, tz: Tz) -> DateTime<Utc> {
    let mut t = day.and_time(NaiveTime::MIN);
    loop {
        if let Some(x) = tz.from_local_datetime(&t).earliest() {
            return x.with_timezone(&Utc);
        }
        t += Duration::minutes(30);
    }
}

/// KC-2: the instant an unhandled document attached at `attached_at` is deleted at the latest.
pub fn document_delete_by(attached_at: DateTime<Utc>) -> DateTime<Utc> {
    attached_at + Duration::hours(KC_DOCUMENT_HOURS)
}

/// KC-2: whether a document must be deleted at `now`: handled, or kept 72 hours.
pub fn document_must_go(
    attached_at: DateTime<Utc>,
    handled_at: Option<DateTime<Utc>>,
    now: DateTime<Utc>,
) -> bool {
    handled_at.is_some_and(|h| h <= now) || now >= document_delete_by(attached_at)
}

/// KC-2: whether `role` (the actor's in the organization, `None` when not a member) may mark a
/// document handled, which deletes it.
pub fn check_may_handle_document(role: Option<Role>) -> Result<()> {
    match role {
        Some(Role::LegalRepresentative | Role::Admin) => Ok(()),
        _ => Err(Error::rule(
            RuleId::Kc2,
            "only a legal representative or an admin may mark a document handled",
        )
        .reason("kc.handlers_only")
        .with_field("document_id")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clock::DEFAULT_TZ;

    #[test]
    fn kc6_day_ten_at_the_zurich_midnight_across_dst() {
        // Blocked on 25 March (CET, UTC+1); cancelled at 00:00 on 4 April (CEST, UTC+2).
        let blocked: DateTime<Utc> = "2026-03-25T15:00:00Z".parse().unwrap();
        assert_eq!(
            cancellation_day(blocked, DEFAULT_TZ),
            NaiveDate::from_ymd_opt(2026, 4, 4).unwrap()
        );
        let at: DateTime<Utc> = "2026-04-03T22:00:00Z".parse().unwrap();
        assert_eq!(cancellation_instant(blocked, DEFAULT_TZ), at);
        // Back to CET in October: midnight is 23:00 UTC.
        let blocked: DateTime<Utc> = "2026-10-20T08:00:00Z".parse().unwrap();
        let at: DateTime<Utc> = "2026-10-29T23:00:00Z".parse().unwrap();
        assert_eq!(cancellation_instant(blocked, DEFAULT_TZ), at);
        // 23:30 UTC on 24 March is already 25 March in Zurich: the day counts from there.
        let late: DateTime<Utc> = "2026-03-24T23:30:00Z".parse().unwrap();
        assert_eq!(
            cancellation_day(late, DEFAULT_TZ),
            NaiveDate::from_ymd_opt(2026, 4, 4).unwrap()
        );
    }

    #[test]
    fn kc2_handled_or_72_hours() {
        let at: DateTime<Utc> = "2026-11-27T09:00:00Z".parse().unwrap();
        let s = Duration::seconds(1);
        let limit = at + Duration::hours(72);
        assert!(!document_must_go(at, None, limit - s));
        assert!(document_must_go(at, None, limit));
        assert!(document_must_go(at, None, limit + s));
        assert!(document_must_go(at, Some(at + s), at + s));
        assert!(!document_must_go(at, Some(at + s + s), at + s));
    }

    #[test]
    fn kc1_triggers_round_trip() {
        for t in KcTrigger::ALL {
            assert_eq!(KcTrigger::parse(t.as_str()).unwrap(), t);
        }
        assert!(KcTrigger::parse("boredom").is_err());
    }
}
