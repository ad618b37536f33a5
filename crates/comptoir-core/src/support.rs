//! Support-access grants (SUP-1..3).

use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::org::Role;
use crate::rules::RuleId;

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

/// SUP-5: what a support request is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum RequestCategory {
    Mail,
    Hosting,
    Domain,
    Billing,
    Drive,
    Other,
}

impl RequestCategory {
    pub const ALL: [RequestCategory; 6] = [
        RequestCategory::Mail,
        RequestCategory::Hosting,
        RequestCategory::Domain,
        RequestCategory::Billing,
        RequestCategory::Drive,
        RequestCategory::Other,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            RequestCategory::Mail => "mail",
            RequestCategory::Hosting => "hosting",
            RequestCategory::Domain => "domain",
            RequestCategory::Billing => "billing",
            RequestCategory::Drive => "drive",
            RequestCategory::Other => "other",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str() == s)
    }
}

/// Where a support attachment came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum AttachmentKind {
    Screenshot,
    AppLog,
    WebsiteConsole,
    /// A saved `.log`, `.txt` or `.har` file imported by the capture tools.
    Imported,
    /// A file the person chose.
    File,
}

impl AttachmentKind {
    pub const ALL: [AttachmentKind; 5] = [
        AttachmentKind::Screenshot,
        AttachmentKind::AppLog,
        AttachmentKind::WebsiteConsole,
        AttachmentKind::Imported,
        AttachmentKind::File,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            AttachmentKind::Screenshot => "screenshot",
            AttachmentKind::AppLog => "app_log",
            AttachmentKind::WebsiteConsole => "website_console",
            AttachmentKind::Imported => "imported",
            AttachmentKind::File => "file",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str() == s)
    }
}

/// SUP-5: who may prepare a support request, and about which product.
///
/// Decisions (the rules say what a good request carries, not who may write one):
/// - anyone signed in who is an active member of an organization may prepare a request;
/// - a request about a product needs to see that product: legal representatives and admins of
///   its organization see all of them (they hold every right through their role, ORG-6); a plain
///   user sees the products they hold any right on (technical, statistics or billing), their own
///   grant or a team's (ORG-6/ORG-8);
/// - someone who is not an active member of the product's organization may not name it.
///
/// `role` is the actor's active role in the product's organization (or, without a product, the
/// best role anywhere); `right_on_product` whether they hold any right on it (`None`: no product).
pub fn check_compose(role: Option<Role>, right_on_product: Option<bool>) -> crate::Result<()> {
    let allowed = match (role, right_on_product) {
        (None, _) => false,
        (Some(_), None) => true,
        (Some(r), Some(right)) => r.has_enough_rights() || right,
    };
    if allowed {
        return Ok(());
    }
    let (message, who) = match (role, right_on_product) {
        (None, None) => ("Only a member of an organization may prepare a support request.", "not_member"),
        (None, Some(_)) => ("Only a member of the product's organization may name it in a support request.", "not_member_of_product_org"),
        _ => ("A support request can only name a product you hold a right on (technical, statistics or billing).", "no_right_on_product"),
    };
    Err(crate::Error::rule(RuleId::Sup5, message)
        .reason("support_compose_refused")
        .with_param("who", who)
        .with_field("product_id"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sup5_who_may_compose_by_role() {
        use Role::*;
        for r in [LegalRepresentative, Admin, User] {
            assert!(check_compose(Some(r), None).is_ok());
            assert!(check_compose(Some(r), Some(true)).is_ok());
        }
        assert!(check_compose(Some(LegalRepresentative), Some(false)).is_ok());
        assert!(check_compose(Some(Admin), Some(false)).is_ok());
        let e = check_compose(Some(User), Some(false)).unwrap_err();
        assert_eq!(e.rule, Some(RuleId::Sup5));
        assert_eq!(e.field.as_deref(), Some("product_id"));
        assert!(check_compose(None, None).is_err());
        assert!(check_compose(None, Some(true)).is_err());
    }

    #[test]
    fn categories_and_attachment_kinds_round_trip() {
        for c in RequestCategory::ALL {
            assert_eq!(RequestCategory::parse(c.as_str()), Some(c));
        }
        for k in AttachmentKind::ALL {
            assert_eq!(AttachmentKind::parse(k.as_str()), Some(k));
        }
        assert_eq!(RequestCategory::parse("spam"), None);
    }

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
