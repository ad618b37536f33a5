//! Organizations, their members, roles and teams (rules ORG-1..8).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{Error, Result};
use crate::money::Currency;
use crate::rules::RuleId;

/// A structured postal address (structured, because the Swiss QR-bill accepts no other kind).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Address {
    pub street: String,
    pub building_number: String,
    pub postal_code: String,
    pub town: String,
    /// ISO 3166-1 alpha-2.
    pub country: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Organization {
    pub id: i64,
    pub name: String,
    pub legal_form: String,
    pub currency: Currency,
    /// IANA time zone in which the organization's dates are calendar dates.
    pub timezone: String,
    /// BCP 47 language of its documents (`es`, `en`, `fr`, `de`, `it`).
    pub language: String,
    pub address: Address,
    pub vat_number: Option<String>,
    pub created_on: NaiveDate,
}

/// Roles per the ORG Decision line: "enough rights" = legal representative or admin.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    LegalRepresentative,
    Admin,
    User,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Role::LegalRepresentative => "legal_representative",
            Role::Admin => "admin",
            Role::User => "user",
        }
    }

    pub fn parse(s: &str) -> Result<Self> {
        match s {
            "legal_representative" => Ok(Role::LegalRepresentative),
            "admin" => Ok(Role::Admin),
            "user" => Ok(Role::User),
            other => Err(Error::invalid("role", format!("unknown role '{other}'"))),
        }
    }

    /// ORG-4, ORG-5, ORG-6: who may add, remove and edit other users.
    pub fn has_enough_rights(self) -> bool {
        matches!(self, Role::LegalRepresentative | Role::Admin)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum MemberStatus {
    Active,
    /// An external person invited by e-mail who has not accepted yet (ORG-4).
    Invited,
}

/// Administrative-contact preferences, set when a user is added (ORG-4).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
pub struct ContactPreferences {
    pub billing: bool,
    pub technical: bool,
    pub legal_notices: bool,
}

/// A user as a member of one organization.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Member {
    pub user_id: i64,
    pub organization_id: i64,
    pub display_name: String,
    pub email: String,
    pub language: String,
    pub role: Role,
    pub status: MemberStatus,
    pub contacts: ContactPreferences,
    pub team_ids: Vec<i64>,
    pub last_login_at: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Team {
    pub id: i64,
    pub organization_id: i64,
    pub name: String,
    /// `#rrggbb`.
    pub colour: String,
    pub member_ids: Vec<i64>,
}

/// A deliberately plain e-mail check: one `@`, a non-empty local part, a dotted domain, no
/// spaces. The provider confirms the address by sending mail; we only catch typing mistakes.
pub fn validate_email(email: &str) -> Result<String> {
    let email = email.trim();
    let bad = || Error::invalid("email", format!("'{email}' is not an e-mail address"));
    let (local, domain) = email.split_once('@').ok_or_else(bad)?;
    let domain_ok = domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !domain.contains("..")
        && !domain.contains('@');
    if local.is_empty() || !domain_ok || email.chars().any(char::is_whitespace) {
        return Err(bad());
    }
    Ok(email.to_lowercase())
}

/// ORG-1 / ORG-7: an organization always keeps at least one active legal representative.
pub fn check_has_legal_representative<'a>(
    members: impl IntoIterator<Item = &'a Member>,
) -> Result<()> {
    let any = members
        .into_iter()
        .any(|m| m.role == Role::LegalRepresentative && m.status == MemberStatus::Active);
    if any {
        Ok(())
    } else {
        Err(Error::rule(
            RuleId::Org7,
            "an organization must keep at least one legal representative",
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn member(role: Role, status: MemberStatus) -> Member {
        Member {
            user_id: 1,
            organization_id: 1,
            display_name: "A".into(),
            email: "a@example.ch".into(),
            language: "en".into(),
            role,
            status,
            contacts: ContactPreferences::default(),
            team_ids: vec![],
            last_login_at: None,
        }
    }

    #[test]
    fn emails() {
        assert_eq!(
            validate_email(" Ana@Example.CH ").unwrap(),
            "ana@example.ch"
        );
        for bad in [
            "",
            "ana",
            "ana@",
            "@example.ch",
            "ana@example",
            "a b@x.ch",
            "a@x..ch",
            "a@.ch",
        ] {
            let err = validate_email(bad).unwrap_err();
            assert_eq!(err.field.as_deref(), Some("email"), "{bad}");
        }
    }

    #[test]
    fn org7_needs_an_active_legal_representative() {
        let admin = member(Role::Admin, MemberStatus::Active);
        let invited_rep = member(Role::LegalRepresentative, MemberStatus::Invited);
        let err = check_has_legal_representative([&admin, &invited_rep]).unwrap_err();
        assert_eq!(err.rule, Some(RuleId::Org7));
        let rep = member(Role::LegalRepresentative, MemberStatus::Active);
        assert!(check_has_legal_representative([&admin, &rep]).is_ok());
    }

    #[test]
    fn enough_rights_per_decision_line() {
        assert!(Role::LegalRepresentative.has_enough_rights());
        assert!(Role::Admin.has_enough_rights());
        assert!(!Role::User.has_enough_rights());
        assert_eq!(Role::parse("admin").unwrap(), Role::Admin);
        assert!(Role::parse("owner").is_err());
    }
}
