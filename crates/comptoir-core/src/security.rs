//! Per-user security settings (TFA-1..4).

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{Error, Reason, Result};
use crate::rules::RuleId;

/// TFA-3: ten personal emergency codes are issued.
pub const EMERGENCY_CODES_ISSUED: u8 = 10;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum TwoFactorMethod {
    /// TFA-1: an authenticator app with push approval.
    AppPush,
    /// TFA-1: 30-second one-time codes that work offline.
    Totp,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SecuritySettings {
    pub user_id: i64,
    pub display_name: String,
    pub email: String,
    pub two_factor: Option<TwoFactorMethod>,
    /// TFA-3: codes not used yet, out of [`EMERGENCY_CODES_ISSUED`].
    pub emergency_codes_left: u8,
}

// ---------------------------------------------------------------------------------------------
// Two-factor authentication of the signed-in user (TFA-1..4).
//
// Decisions the rules leave open, made here:
// - Codes are RFC 6238 TOTP, SHA-1, 6 digits, 30-second steps (what every authenticator app
//   reads from an `otpauth://` URI without extra parameters).
// - Window: a code of the previous or next step is accepted (a phone clock a little off, a code
//   typed as it turns over); two steps away is refused.
// - A code is accepted at most once: a step at or before the last accepted one is refused, so a
//   code seen over someone's shoulder cannot be replayed in the same 30 seconds.
// - A person manages only their own 2FA (TFA-4: "from the account's 2FA settings"); an admin or
//   a legal representative cannot enrol or remove it for someone else.
// - Removing 2FA needs a current code from the app or an unused emergency code (the phone may be
//   lost: TFA-3), and it is a KC-1 trigger (recorded as a security event).
// ---------------------------------------------------------------------------------------------

/// TFA-1: the length of one code's step.
pub const TOTP_STEP_SECONDS: u64 = 30;
/// TFA-1: digits in an authenticator code.
pub const TOTP_DIGITS: usize = 6;
/// Steps either side of the current one whose code is still accepted.
pub const TOTP_WINDOW_STEPS: i64 = 1;
/// The issuer the authenticator app shows above the account.
pub const TOTP_ISSUER: &str = "Comptoir";
/// Emergency codes: this many characters from [`EMERGENCY_CODE_ALPHABET`] (50 bits each).
pub const EMERGENCY_CODE_LEN: usize = 10;
/// No 0/o, 1/l/i: nothing that reads as another character on paper.
pub const EMERGENCY_CODE_ALPHABET: &[u8] = b"23456789abcdefghjkmnpqrstuvwxyz";

/// A code as typed, once its shape is known.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CodeInput {
    /// Six digits from the authenticator app.
    App(String),
    /// An emergency code, lower case without the dash.
    Emergency(String),
}

/// Reads a code typed by a person: spaces and dashes are ignored, letters are lower-cased. Six
/// digits are an app code; ten characters of the emergency alphabet an emergency code (only when
/// `emergency_allowed`). Anything else (five digits, letters in an app code) is refused naming
/// `field` with the shape expected.
pub fn parse_code(field: &str, input: &str, emergency_allowed: bool) -> Result<CodeInput> {
    let clean: String = input
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .flat_map(char::to_lowercase)
        .collect();
    if clean.is_empty() {
        return Err(Error::invalid_because(field, Reason::Empty));
    }
    if clean.len() == TOTP_DIGITS && clean.bytes().all(|b| b.is_ascii_digit()) {
        return Ok(CodeInput::App(clean));
    }
    if emergency_allowed
        && clean.len() == EMERGENCY_CODE_LEN
        && clean.bytes().all(|b| EMERGENCY_CODE_ALPHABET.contains(&b))
    {
        return Ok(CodeInput::Emergency(clean));
    }
    // "123 456", not "123456": the UI writes an all-digit param as a number ("123.456" in es).
    let example = if emergency_allowed {
        "123 456 / abcde-fghjk"
    } else {
        "123 456"
    };
    Err(Error::invalid_because(
        field,
        Reason::BadFormat {
            example: example.into(),
        },
    ))
}

/// An emergency code as shown and printed: `abcde-fghjk`.
pub fn format_emergency_code(code: &str) -> String {
    let (a, b) = code.split_at(code.len() / 2);
    format!("{a}-{b}")
}

/// A seed in groups of four for typing into an app by hand.
pub fn group_seed(base32: &str) -> String {
    base32
        .as_bytes()
        .chunks(4)
        .map(|c| String::from_utf8_lossy(c).into_owned())
        .collect::<Vec<_>>()
        .join(" ")
}

/// TFA-4: only the account's own person manages its 2FA.
pub fn check_own_account(actor: i64, user_id: i64) -> Result<()> {
    if actor == user_id {
        return Ok(());
    }
    Err(Error::rule(
        RuleId::Tfa4,
        format!("user {actor} may not change the two-factor settings of user {user_id}"),
    )
    .reason("tfa.own_account_only")
    .with_field("user_id"))
}

/// The 30-second steps whose code is accepted at `now_step`, current first.
pub fn accepted_steps(now_step: i64) -> Vec<i64> {
    let mut steps = vec![now_step];
    for d in 1..=TOTP_WINDOW_STEPS {
        steps.push(now_step - d);
        steps.push(now_step + d);
    }
    steps
}

/// Where the signed-in user's 2FA stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum TfaState {
    Off,
    /// A seed was made and shown; no code verified yet.
    Pending,
    Enabled,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct TfaStatus {
    pub user_id: i64,
    pub account: String,
    pub state: TfaState,
    /// The method on (the demo's other people have push approval on the provider's side).
    pub method: Option<TwoFactorMethod>,
    /// When the app was confirmed (RFC 3339).
    pub enabled_at: Option<String>,
    /// TFA-3: unused emergency codes.
    pub emergency_codes_left: u8,
}

/// What enrolment shows once: the QR of the `otpauth://` URI and the seed for typing by hand.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct TfaEnrolment {
    pub issuer: String,
    pub account: String,
    pub otpauth_uri: String,
    /// The QR code of `otpauth_uri`, a standalone SVG.
    pub qr_svg: String,
    /// The base32 seed in groups of four.
    pub seed_groups: String,
}

/// TFA-3: the ten codes, shown this once.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct EmergencyCodes {
    pub codes: Vec<String>,
    pub issued_at: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum CodeKind {
    App,
    Emergency,
}

/// A code that was accepted.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct CodeAccepted {
    pub kind: CodeKind,
    pub emergency_codes_left: u8,
}

// ---------------------------------------------------------------------------------------------
// Identifiers (ID-1..4).
// ---------------------------------------------------------------------------------------------

/// ID-1: the login identifier, with its own password.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct LoginIdentifier {
    pub email: String,
    /// When its password was last set (a date; the password itself is never here).
    pub password_set_on: String,
}

/// ID-3's three conditions, in the order the rule names them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum UnificationCondition {
    /// The account's login identifier is the mailbox's exact address.
    ExactAddress,
    /// It is the only account reading that mailbox in webmail.
    OnlyWebmailReader,
    /// It may change the mailbox's password.
    MayChangePassword,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ConditionCheck {
    pub condition: UnificationCondition,
    pub met: bool,
}

/// ID-2: a hosted mailbox with its own password, and whether ID-3 offers unification.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct MailboxIdentifier {
    pub id: i64,
    pub address: String,
    pub password_set_on: String,
    /// How many accounts read it in webmail.
    pub webmail_readers: u32,
    pub conditions: Vec<ConditionCheck>,
    /// ID-3: all three conditions hold.
    pub unification_offered: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum CredentialKind {
    Ftp,
    Mysql,
    Ssh,
    Webdav,
}

impl CredentialKind {
    pub fn parse(s: &str) -> Option<Self> {
        Some(match s {
            "ftp" => CredentialKind::Ftp,
            "mysql" => CredentialKind::Mysql,
            "ssh" => CredentialKind::Ssh,
            "webdav" => CredentialKind::Webdav,
            _ => return None,
        })
    }
}

/// ID-4: a service credential, independent of the login and of every mailbox.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ServiceCredential {
    pub id: i64,
    pub kind: CredentialKind,
    pub username: String,
    pub host: String,
    pub password_set_on: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct IdentifierMap {
    pub login: LoginIdentifier,
    pub mailboxes: Vec<MailboxIdentifier>,
    pub credentials: Vec<ServiceCredential>,
}

/// ID-3: each condition for `account` (its login e-mail) and one mailbox: the mailbox's address,
/// who reads it in webmail, and whether the account may change its password. "Exact" is the
/// whole address as written, compared without case (mail addresses are not case-sensitive in
/// practice) and without surrounding spaces; `marc.dubois@x.ch` never matches `marc@x.ch`.
pub fn unification_conditions(
    account_id: i64,
    account_email: &str,
    mailbox_address: &str,
    webmail_readers: &[i64],
    may_change_password: bool,
) -> Vec<ConditionCheck> {
    let exact = account_email.trim().to_lowercase() == mailbox_address.trim().to_lowercase();
    let only = webmail_readers == [account_id];
    vec![
        ConditionCheck {
            condition: UnificationCondition::ExactAddress,
            met: exact,
        },
        ConditionCheck {
            condition: UnificationCondition::OnlyWebmailReader,
            met: only,
        },
        ConditionCheck {
            condition: UnificationCondition::MayChangePassword,
            met: may_change_password,
        },
    ]
}

/// ID-3: unification is offered only when every condition holds; the refusal names the first
/// one missing.
pub fn check_unification(conditions: &[ConditionCheck]) -> Result<()> {
    match conditions.iter().find(|c| !c.met) {
        None => Ok(()),
        Some(c) => {
            let code = match c.condition {
                UnificationCondition::ExactAddress => "exact_address",
                UnificationCondition::OnlyWebmailReader => "only_webmail_reader",
                UnificationCondition::MayChangePassword => "may_change_password",
            };
            Err(Error::rule(
                RuleId::Id3,
                format!("password unification is not offered: condition {code} does not hold"),
            )
            .reason(&format!("id.unification.{code}")))
        }
    }
}

/// The security types that cross IPC (the shell's bindings test lists them).
#[macro_export]
macro_rules! for_each_security_ipc_type {
    ($m:ident) => {
        $m!(
            $crate::security::TfaState,
            $crate::security::TfaStatus,
            $crate::security::TfaEnrolment,
            $crate::security::EmergencyCodes,
            $crate::security::CodeKind,
            $crate::security::CodeAccepted,
            $crate::security::LoginIdentifier,
            $crate::security::UnificationCondition,
            $crate::security::ConditionCheck,
            $crate::security::MailboxIdentifier,
            $crate::security::CredentialKind,
            $crate::security::ServiceCredential,
            $crate::security::IdentifierMap
        )
    };
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::ErrorCode;

    fn reason(e: &Error) -> &str {
        e.params.as_ref().unwrap()["reason"].as_str()
    }

    #[test]
    fn six_digits_are_an_app_code_spaces_ignored() {
        assert_eq!(
            parse_code("code", " 123 456 ", false).unwrap(),
            CodeInput::App("123456".into())
        );
    }

    #[test]
    fn five_digits_or_letters_are_refused_naming_the_field() {
        for bad in ["12345", "abcdef", "12345a", "1234567"] {
            let e = parse_code("code", bad, false).unwrap_err();
            assert_eq!(e.code, ErrorCode::InvalidInput, "{bad}");
            assert_eq!(e.field.as_deref(), Some("code"));
            assert_eq!(reason(&e), "bad_format", "{bad}");
        }
        assert_eq!(
            reason(&parse_code("code", "  ", false).unwrap_err()),
            "empty"
        );
    }

    #[test]
    fn an_emergency_code_is_read_only_where_allowed() {
        assert_eq!(
            parse_code("code", "ABCDE-FGHJK", true).unwrap(),
            CodeInput::Emergency("abcdefghjk".into())
        );
        assert!(parse_code("code", "abcde-fghjk", false).is_err());
        // "0", "1", "l", "i", "o" are not in the alphabet.
        assert!(parse_code("code", "abcde-fghj1", true).is_err());
    }

    #[test]
    fn only_the_own_account() {
        assert!(check_own_account(2, 2).is_ok());
        let e = check_own_account(2, 3).unwrap_err();
        assert_eq!(e.rule, Some(RuleId::Tfa4));
        assert_eq!(reason(&e), "tfa.own_account_only");
    }

    #[test]
    fn the_window_is_one_step_either_side() {
        let mut s = accepted_steps(100);
        s.sort();
        assert_eq!(s, vec![99, 100, 101]);
    }

    #[test]
    fn seed_and_codes_are_grouped_for_reading() {
        assert_eq!(group_seed("ABCDEFGHIJ"), "ABCD EFGH IJ");
        assert_eq!(format_emergency_code("abcdefghjk"), "abcde-fghjk");
    }

    fn offered(c: &[ConditionCheck]) -> std::result::Result<(), String> {
        check_unification(c).map_err(|e| reason(&e).to_owned())
    }

    #[test]
    fn id3_all_three_conditions_offer_unification() {
        let c = unification_conditions(2, "marc@x.ch", " Marc@X.ch", &[2], true);
        assert!(c.iter().all(|c| c.met));
        assert_eq!(offered(&c), Ok(()));
    }

    #[test]
    fn id3_another_address_alone_refuses() {
        let c = unification_conditions(2, "marc.dubois@x.ch", "marc@x.ch", &[2], true);
        assert_eq!(offered(&c), Err("id.unification.exact_address".to_owned()));
    }

    #[test]
    fn id3_a_second_webmail_reader_alone_refuses() {
        let c = unification_conditions(2, "marc@x.ch", "marc@x.ch", &[2, 5], true);
        assert_eq!(
            offered(&c),
            Err("id.unification.only_webmail_reader".to_owned())
        );
        // Nobody reading it in webmail is not "the only account" either.
        let c = unification_conditions(2, "marc@x.ch", "marc@x.ch", &[], true);
        assert!(offered(&c).is_err());
    }

    #[test]
    fn id3_no_right_to_change_the_password_alone_refuses() {
        let c = unification_conditions(2, "marc@x.ch", "marc@x.ch", &[2], false);
        assert_eq!(
            offered(&c),
            Err("id.unification.may_change_password".to_owned())
        );
    }
}
