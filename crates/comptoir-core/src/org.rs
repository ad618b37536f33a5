//! Organizations, their members, roles and teams (rules ORG-1..8).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{Error, Reason, Result};
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
            other => Err(Error::invalid_because(
                "role",
                Reason::UnknownChoice {
                    given: other.to_owned(),
                },
            )),
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
    /// For a pending invitation: when it was last sent, and how many times.
    pub invited_at: Option<String>,
    pub invitations_sent: u32,
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
    let email = crate::text::check_text("email", email, crate::text::EMAIL_MAX)?;
    let bad = || {
        Error::invalid_because("email", Reason::NotAnEmail)
            .with_message(format!("'{email}' is not an e-mail address"))
    };
    let (local, domain) = email.split_once('@').ok_or_else(bad)?;
    if local.chars().count() > crate::text::EMAIL_LOCAL_MAX {
        return Err(Error::invalid_because("email", Reason::NotAnEmail)
            .with_message("email has at most 64 characters before the @"));
    }
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
            "An organization must keep at least one legal representative.",
        )
        .reason("last_legal_rep")
        .with_param("action", "keep"))
    }
}

/// At most this many people in one bulk invitation.
pub const MAX_INVITEES: usize = 500;

/// One person of a bulk invitation, read from one line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Invitee {
    pub email: String,
    pub display_name: String,
}

/// What a bulk invitation did for one line: the user invited, or why not.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct InviteResult {
    /// The line as typed (trimmed).
    pub line: String,
    pub user_id: Option<i64>,
    pub error: Option<crate::error::Error>,
}

/// Reads one line of a bulk invitation: `First Last <email>`, `First Last, email`, or a bare
/// `first.last@domain` (the name is taken from the address: the provider needs one).
pub fn parse_invitee(line: &str) -> Result<Invitee> {
    let line = line.trim();
    let (name, email) = if let (Some(open), true) = (line.rfind('<'), line.ends_with('>')) {
        (line[..open].trim(), line[open + 1..line.len() - 1].trim())
    } else if let Some((name, email)) = line.rsplit_once(',').or_else(|| line.rsplit_once(';')) {
        (name.trim(), email.trim())
    } else {
        ("", line)
    };
    let email = validate_email(email)?;
    let name = if name.is_empty() {
        let local = email.split('@').next().unwrap_or_default();
        local
            .split(['.', '_', '-'])
            .filter(|p| !p.is_empty())
            .map(|p| {
                let mut c = p.chars();
                c.next()
                    .map(|f| f.to_uppercase().chain(c).collect::<String>())
                    .unwrap_or_default()
            })
            .collect::<Vec<_>>()
            .join(" ")
    } else {
        name.trim_matches('"').trim().to_owned()
    };
    Ok(Invitee {
        email,
        display_name: name,
    })
}

/// The non-empty lines of a bulk invitation, each read with [`parse_invitee`]; refuses more
/// than [`MAX_INVITEES`] (field `addresses`).
pub fn parse_invitees(text: &str) -> Result<Vec<(String, Result<Invitee>)>> {
    let lines: Vec<&str> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    if lines.is_empty() {
        return Err(Error::invalid_because("addresses", Reason::Empty));
    }
    if lines.len() > MAX_INVITEES {
        return Err(Error::invalid_because(
            "addresses",
            Reason::TooMany {
                max: MAX_INVITEES,
                given: lines.len(),
            },
        ));
    }
    Ok(lines
        .into_iter()
        .map(|l| (l.to_owned(), parse_invitee(l)))
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bulk_invitation_lines_are_read_with_a_name_or_one_from_the_address() {
        let got = parse_invitees(
            "Anna Keller <Anna.Keller@example.ch>\n\n  Marc Dubois, marc@example.ch \nlea.rossi@example.ch\nnot an address\n",
        )
        .unwrap();
        assert_eq!(got.len(), 4);
        let ok: Vec<_> = got.iter().filter_map(|(_, r)| r.as_ref().ok()).collect();
        assert_eq!(ok[0].email, "anna.keller@example.ch");
        assert_eq!(ok[0].display_name, "Anna Keller");
        assert_eq!(ok[1].display_name, "Marc Dubois");
        assert_eq!(ok[2].display_name, "Lea Rossi");
        assert_eq!(
            got[3].1.as_ref().unwrap_err().field.as_deref(),
            Some("email")
        );
        assert_eq!(
            parse_invitees(" \n").unwrap_err().field.as_deref(),
            Some("addresses")
        );
        let many = "a.b@example.ch\n".repeat(MAX_INVITEES + 1);
        assert_eq!(
            parse_invitees(&many).unwrap_err().field.as_deref(),
            Some("addresses")
        );
    }

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
            invited_at: None,
            invitations_sent: 0,
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

/// Product access rights (ORG-4, ORG-6): what a user may do with one product.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
pub struct ProductRights {
    pub technical: bool,
    pub statistics: bool,
    pub billing: bool,
}

impl ProductRights {
    pub const ALL: ProductRights = ProductRights {
        technical: true,
        statistics: true,
        billing: true,
    };

    pub fn is_empty(self) -> bool {
        !(self.technical || self.statistics || self.billing)
    }

    pub fn union(self, o: ProductRights) -> ProductRights {
        ProductRights {
            technical: self.technical || o.technical,
            statistics: self.statistics || o.statistics,
            billing: self.billing || o.billing,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ProductRightGrant {
    pub product_id: i64,
    pub rights: ProductRights,
}

/// How a user is added (ORG-4).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum AddMode {
    /// Someone without an account, invited by e-mail; pending until accepted.
    External,
    /// Someone who already has an account, extended to this organization.
    Existing,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct NewMember {
    pub mode: AddMode,
    pub email: String,
    /// Required for an external invitation; ignored for an existing account.
    pub display_name: String,
    pub language: String,
    pub role: Role,
    pub rights: Vec<ProductRightGrant>,
    pub contacts: ContactPreferences,
}

/// The outcome for one user of a bulk action: done, or refused with the reason.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct MemberResult {
    pub user_id: i64,
    pub display_name: String,
    pub error: Option<crate::error::Error>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct OrganizationDetails {
    pub name: String,
    pub address: Address,
    pub vat_number: Option<String>,
}

/// Where one effective right comes from ("view as this user").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum RightSource {
    /// Legal representatives and administrators have every right through their role.
    Role { role: Role },
    /// Granted to the user directly.
    Own,
    /// Carried by a team the user is in (ORG-8).
    Team { team_id: i64, team_name: String },
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct EffectiveRight {
    pub product_id: i64,
    pub product_name: String,
    pub technical: Vec<RightSource>,
    pub statistics: Vec<RightSource>,
    pub billing: Vec<RightSource>,
}

/// The rights one user or team was given directly, per product (for the rights editor).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct RightsTable {
    pub grants: Vec<ProductRightGrant>,
}

/// The UI languages a member can be invited in (the provider's languages).
pub const MEMBER_LANGUAGES: &[&str] = &["en", "es", "fr", "de", "it"];

/// A display name: trimmed, 1 to 120 characters, one line.
pub fn validate_display_name(name: &str) -> Result<String> {
    crate::text::check_text("display_name", name, crate::text::NAME_MAX).map(str::to_owned)
}

pub fn validate_language(lang: &str) -> Result<String> {
    if MEMBER_LANGUAGES.contains(&lang) {
        Ok(lang.to_owned())
    } else {
        Err(Error::invalid_because(
            "language",
            Reason::UnknownChoice {
                given: lang.to_owned(),
            },
        ))
    }
}

/// A team colour: `#rrggbb`.
pub fn validate_colour(colour: &str) -> Result<String> {
    let ok = colour.len() == 7
        && colour.starts_with('#')
        && colour[1..].chars().all(|c| c.is_ascii_hexdigit());
    if ok {
        Ok(colour.to_ascii_lowercase())
    } else {
        Err(Error::invalid_because(
            "colour",
            Reason::BadFormat {
                example: "#1e40af".to_owned(),
            },
        ))
    }
}

/// A team name: trimmed, 1 to 120 characters, one line.
pub fn validate_team_name(name: &str) -> Result<String> {
    crate::text::check_text("name", name, crate::text::NAME_MAX).map(str::to_owned)
}
