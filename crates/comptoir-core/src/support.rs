//! Support-access grants (SUP-1..4).
//!
//! Decisions (the rules say what a grant opens and for how long, not who gives it):
//! - granting and revoking support access is an administrative act on the whole organization's
//!   data, so it takes "enough rights" as ORG-4..6 define them: a legal representative or an
//!   admin; a plain user and someone who is not an active member may not (tested per role);
//! - a grant is tied to one support request number (`SUP-` and 5 to 8 digits, as the
//!   provider numbers them), the request whose handling staff may use it (SUP-1);
//! - choosing several items of one kind gives one grant per item, each revocable on its own;
//!   SUP-4's single e-mail message is a grant of kind [`GrantKind::MailMessage`] and one item;
//! - the desktop warning comes once per grant, in the last [`GRANT_WARNING_HOURS`] before it
//!   closes by itself.

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
    /// SUP-4: one e-mail message shared on its own (not its mailbox).
    MailMessage,
}

impl GrantKind {
    pub const ALL: [GrantKind; 4] = [
        GrantKind::MailAddress,
        GrantKind::DriveFolder,
        GrantKind::ChatDiscussion,
        GrantKind::MailMessage,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            GrantKind::MailAddress => "mail_address",
            GrantKind::DriveFolder => "drive_folder",
            GrantKind::ChatDiscussion => "chat_discussion",
            GrantKind::MailMessage => "mail_message",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str() == s)
    }
}

/// SUP-2: the desktop warning comes this long before a grant closes by itself.
pub const GRANT_WARNING_HOURS: i64 = 24;
/// How many items one grant request may open at once.
pub const GRANT_ITEMS_MAX: usize = 20;
/// A drive folder path, a discussion name or a message's subject.
pub const GRANT_ITEM_MAX: usize = 200;
/// The shape of a support request number.
pub const TICKET_EXAMPLE: &str = "SUP-20431";

/// SUP-1: a support request number, `SUP-` and 5 to 8 digits (typed in any case, with spaces
/// around). Returns it as the provider writes it.
pub fn validate_ticket(ticket: &str) -> crate::Result<String> {
    let t = crate::text::check_text("ticket_ref", ticket, 16)?;
    let upper = t.to_ascii_uppercase();
    let digits = upper.strip_prefix("SUP-").unwrap_or("");
    if (5..=8).contains(&digits.len()) && digits.bytes().all(|b| b.is_ascii_digit()) {
        Ok(upper)
    } else {
        Err(crate::Error::invalid_because(
            "ticket_ref",
            crate::Reason::BadFormat {
                example: TICKET_EXAMPLE.into(),
            },
        )
        .with_message(format!(
            "'{t}' is not a support request number like {TICKET_EXAMPLE}"
        )))
    }
}

/// SUP-3 / SUP-4: the items one grant request opens, checked for their kind (a mail address is
/// an e-mail address; a single message is one item), trimmed and without repeats.
pub fn validate_grant_items(kind: GrantKind, items: &[String]) -> crate::Result<Vec<String>> {
    let mut out: Vec<String> = Vec::new();
    for item in items {
        if item.trim().is_empty() {
            continue;
        }
        let v = match kind {
            GrantKind::MailAddress => {
                crate::org::validate_email(item).map_err(|e| e.with_field("items"))?
            }
            _ => crate::text::check_text("items", item, GRANT_ITEM_MAX)?.to_owned(),
        };
        if !out.contains(&v) {
            out.push(v);
        }
    }
    if out.is_empty() {
        return Err(crate::Error::invalid_because(
            "items",
            crate::Reason::NoneChosen,
        ));
    }
    let max = if kind == GrantKind::MailMessage {
        1
    } else {
        GRANT_ITEMS_MAX
    };
    if out.len() > max {
        let e = crate::Error::invalid_because(
            "items",
            crate::Reason::TooMany {
                max,
                given: out.len(),
            },
        );
        return Err(if kind == GrantKind::MailMessage {
            e.with_message("SUP-4: a single e-mail message is shared on its own")
        } else {
            e
        });
    }
    Ok(out)
}

/// Granting or revoking support access.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GrantAction {
    Grant,
    Revoke,
}

/// Who may grant or revoke support access (see the module's decisions). `role` is the actor's
/// active role in the organization whose data the grant opens.
pub fn check_grant_access(role: Option<Role>, action: GrantAction) -> crate::Result<()> {
    if role.is_some_and(Role::has_enough_rights) {
        return Ok(());
    }
    let action = match action {
        GrantAction::Grant => "grant",
        GrantAction::Revoke => "revoke",
    };
    Err(crate::Error::rule(
        RuleId::Sup1,
        format!("Only a legal representative or an administrator may {action} support access."),
    )
    .reason("support_access_rights_needed")
    .with_param("action", action))
}

/// SUP-2: whether a grant given at `granted_at` is due its one warning at `now`: still open,
/// and closing within [`GRANT_WARNING_HOURS`].
pub fn grant_warning_due(granted_at: DateTime<Utc>, now: DateTime<Utc>) -> bool {
    let closes = grant_expiry(granted_at);
    now < closes && now >= closes - Duration::hours(GRANT_WARNING_HOURS)
}

/// What happened to a grant, as the access log says it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum AccessEvent {
    Granted,
    Revoked,
    /// Closed by itself (SUP-2), logged when the engine noticed it.
    Expired,
}

impl AccessEvent {
    pub fn as_str(self) -> &'static str {
        match self {
            AccessEvent::Granted => "granted",
            AccessEvent::Revoked => "revoked",
            AccessEvent::Expired => "expired",
        }
    }

    pub fn parse(s: &str) -> crate::Result<Self> {
        [
            AccessEvent::Granted,
            AccessEvent::Revoked,
            AccessEvent::Expired,
        ]
        .into_iter()
        .find(|e| e.as_str() == s)
        .ok_or_else(|| crate::Error::invalid("event", format!("unknown access event '{s}'")))
    }
}

/// One line of the access log: who did what to which grant, and when.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct AccessLogEntry {
    pub id: i64,
    pub at: DateTime<Utc>,
    pub event: AccessEvent,
    pub grant_id: i64,
    pub organization_id: i64,
    pub kind: GrantKind,
    pub target: String,
    pub ticket_ref: String,
    /// Who did it; `None` for an expiry (the grant closed by itself).
    pub actor_name: Option<String>,
}

/// A page of the access log, newest first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct AccessLogPage {
    pub entries: Vec<AccessLogEntry>,
    pub total: i64,
    pub offset: i64,
}

/// A grant request: one kind, its items, the support request it serves.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct NewGrant {
    pub organization_id: i64,
    pub kind: GrantKind,
    pub items: Vec<String>,
    pub ticket_ref: String,
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
    /// Whole seconds until it closes by itself at the engine's now (0 once closed): the
    /// countdown on screen follows the injected clock, not the screen's own.
    pub remaining_seconds: i64,
    pub granted_by: Option<String>,
    pub revoked_by: Option<String>,
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

/// SUP-2: whole seconds until a grant given at `granted_at` closes by itself (0 once closed).
pub fn grant_remaining_seconds(granted_at: DateTime<Utc>, now: DateTime<Utc>) -> i64 {
    (grant_expiry(granted_at) - now).num_seconds().max(0)
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
    fn sup2_at_seven_days_minus_one_second_exactly_and_plus_one() {
        let given: DateTime<Utc> = "2026-03-25T10:00:00Z".parse().unwrap();
        let exactly = given + Duration::hours(7 * 24);
        let s = Duration::seconds(1);
        assert_eq!(grant_expiry(given), exactly);
        assert_eq!(grant_state(given, None, exactly - s), GrantState::Active);
        assert_eq!(grant_state(given, None, exactly), GrantState::Expired);
        assert_eq!(grant_state(given, None, exactly + s), GrantState::Expired);
        assert_eq!(grant_remaining_seconds(given, exactly - s), 1);
        assert_eq!(grant_remaining_seconds(given, exactly + s), 0);
        // The warning: the last 24 h, never after it closed.
        let day_before = exactly - Duration::hours(GRANT_WARNING_HOURS);
        assert!(!grant_warning_due(given, day_before - s));
        assert!(grant_warning_due(given, day_before));
        assert!(grant_warning_due(given, exactly - s));
        assert!(!grant_warning_due(given, exactly));
    }

    #[test]
    fn sup1_ticket_numbers() {
        assert_eq!(validate_ticket(" sup-20431 ").unwrap(), "SUP-20431");
        assert_eq!(validate_ticket("SUP-12345678").unwrap(), "SUP-12345678");
        for bad in [
            "20431",
            "SUP-1234",
            "SUP-123456789",
            "SUP-2043a",
            "TCK-20431",
            "",
        ] {
            let e = validate_ticket(bad).unwrap_err();
            assert_eq!(e.field.as_deref(), Some("ticket_ref"), "{bad}");
        }
        let e = validate_ticket("SUP-12").unwrap_err();
        assert_eq!(e.params.unwrap()["reason"], "bad_format");
    }

    #[test]
    fn sup3_sup4_items_by_kind() {
        let v = |s: &[&str]| s.iter().map(|x| x.to_string()).collect::<Vec<_>>();
        assert_eq!(
            validate_grant_items(
                GrantKind::MailAddress,
                &v(&["A@Example.ch", "a@example.ch", " "])
            )
            .unwrap(),
            vec!["a@example.ch"]
        );
        let e = validate_grant_items(GrantKind::MailAddress, &v(&["not mail"])).unwrap_err();
        assert_eq!(e.field.as_deref(), Some("items"));
        assert_eq!(e.params.unwrap()["reason"], "not_an_email");
        let e = validate_grant_items(GrantKind::DriveFolder, &v(&["  "])).unwrap_err();
        assert_eq!(e.params.unwrap()["reason"], "none_chosen");
        let e = validate_grant_items(GrantKind::MailMessage, &v(&["Invoice 12", "Invoice 13"]))
            .unwrap_err();
        assert_eq!(e.params.unwrap()["reason"], "too_many");
        assert!(validate_grant_items(GrantKind::MailMessage, &v(&["Invoice 12"])).is_ok());
    }

    #[test]
    fn who_may_grant_and_revoke_by_role() {
        use Role::*;
        for action in [GrantAction::Grant, GrantAction::Revoke] {
            assert!(check_grant_access(Some(LegalRepresentative), action).is_ok());
            assert!(check_grant_access(Some(Admin), action).is_ok());
            let e = check_grant_access(Some(User), action).unwrap_err();
            assert_eq!(e.rule, Some(RuleId::Sup1));
            assert_eq!(e.params.unwrap()["reason"], "support_access_rights_needed");
            assert!(check_grant_access(None, action).is_err());
        }
    }

    #[test]
    fn sup3_kinds_are_distinct() {
        for k in GrantKind::ALL {
            assert_eq!(GrantKind::parse(k.as_str()), Some(k));
        }
        assert_eq!(
            GrantKind::parse("drive_folder"),
            Some(GrantKind::DriveFolder)
        );
        assert_eq!(GrantKind::parse("everything"), None);
    }
}
