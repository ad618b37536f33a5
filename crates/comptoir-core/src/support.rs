//! Support-access grants (SUP-1..3).

use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// SUP-2: a grant closes by itself this long after it was given.
pub const GRANT_LIFETIME_DAYS: i64 = 7;

/// SUP-3: grants are per content kind; one does not imply another.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum GrantKind {
    MailAddress,
    DriveFolder,
    ChatDiscussion,
}

impl GrantKind {
    pub fn as_str(self) -> &'static str {
        match self {
            GrantKind::MailAddress => "mail_address",
            GrantKind::DriveFolder => "drive_folder",
            GrantKind::ChatDiscussion => "chat_discussion",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        [
            GrantKind::MailAddress,
            GrantKind::DriveFolder,
            GrantKind::ChatDiscussion,
        ]
        .into_iter()
        .find(|k| k.as_str() == s)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum GrantState {
    Active,
    Revoked,
    /// Closed by itself after [`GRANT_LIFETIME_DAYS`] (SUP-2).
    Expired,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SupportGrant {
    pub id: i64,
    pub organization_id: i64,
    pub kind: GrantKind,
    /// The mailbox, folder or discussion the grant opens.
    pub target: String,
    /// SUP-1: the support request whose handling staff may use it.
    pub ticket_ref: String,
    pub granted_at: DateTime<Utc>,
    pub expires_at: DateTime<Utc>,
    pub revoked_at: Option<DateTime<Utc>>,
    pub state: GrantState,
}

/// SUP-2: the instant a grant given at `granted_at` closes by itself.
pub fn grant_expiry(granted_at: DateTime<Utc>) -> DateTime<Utc> {
    granted_at + Duration::days(GRANT_LIFETIME_DAYS)
}

/// SUP-2: the state of a grant at `now`.
pub fn grant_state(
    granted_at: DateTime<Utc>,
    revoked_at: Option<DateTime<Utc>>,
    now: DateTime<Utc>,
) -> GrantState {
    match revoked_at {
        Some(r) if r <= now => GrantState::Revoked,
        _ if now >= grant_expiry(granted_at) => GrantState::Expired,
        _ => GrantState::Active,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sup2_grant_closes_after_seven_days() {
        let given: DateTime<Utc> = "2026-11-20T10:00:00Z".parse().unwrap();
        let just_before: DateTime<Utc> = "2026-11-27T09:59:59Z".parse().unwrap();
        let at: DateTime<Utc> = "2026-11-27T10:00:00Z".parse().unwrap();
        assert_eq!(grant_state(given, None, just_before), GrantState::Active);
        assert_eq!(grant_state(given, None, at), GrantState::Expired);
        assert_eq!(
            grant_state(given, Some(given), just_before),
            GrantState::Revoked
        );
    }

    #[test]
    fn sup3_kinds_are_distinct() {
        assert_eq!(
            GrantKind::parse("drive_folder"),
            Some(GrantKind::DriveFolder)
        );
        assert_eq!(GrantKind::parse("everything"), None);
    }
}
