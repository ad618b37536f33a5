//! The one error type of Comptoir. It crosses IPC serialized as `{code, message, rule?, field?}`;
//! the codes form a TypeScript union the UI switches on, so add a code only when the UI acts on it.

use std::collections::BTreeMap;
use std::fmt;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::rules::RuleId;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    /// A field's value is malformed or out of range; `field` says which.
    InvalidInput,
    /// The thing named does not exist (any more).
    NotFound,
    /// A business rule refuses the action; `rule` says which.
    RuleViolation,
    /// The action collides with existing data (duplicate e-mail, an order already paid...).
    Conflict,
    /// Amounts in two currencies were combined.
    CurrencyMismatch,
    /// The workspace file could not be read or written.
    Storage,
    /// Long work was cancelled by the user.
    Cancelled,
    /// A bug: something that should not happen did.
    Internal,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(rename = "AppError")]
pub struct Error {
    pub code: ErrorCode,
    pub message: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub rule: Option<RuleId>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub field: Option<String>,
    /// Typed facts of the refusal the UI acts on (e.g. the order to pay instead).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub params: Option<BTreeMap<String, String>>,
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    pub fn new(code: ErrorCode, message: impl Into<String>) -> Self {
        Error {
            code,
            message: message.into(),
            rule: None,
            field: None,
            params: None,
        }
    }

    /// Bad input in one named field.
    pub fn invalid(field: &str, message: impl Into<String>) -> Self {
        Error {
            field: Some(field.to_owned()),
            ..Error::new(ErrorCode::InvalidInput, message)
        }
    }

    /// A refusal by a business rule.
    pub fn rule(rule: RuleId, message: impl Into<String>) -> Self {
        Error {
            rule: Some(rule),
            ..Error::new(ErrorCode::RuleViolation, message)
        }
    }

    pub fn not_found(what: &str, id: impl fmt::Display) -> Self {
        Error::new(ErrorCode::NotFound, format!("{what} {id} does not exist"))
    }

    pub fn storage(message: impl Into<String>) -> Self {
        Error::new(ErrorCode::Storage, message)
    }

    pub fn with_field(mut self, field: &str) -> Self {
        self.field = Some(field.to_owned());
        self
    }

    pub fn with_param(mut self, key: &str, value: impl fmt::Display) -> Self {
        self.params
            .get_or_insert_with(BTreeMap::new)
            .insert(key.to_owned(), value.to_string());
        self
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.rule {
            Some(rule) => write!(f, "[{rule}] {}", self.message),
            None => f.write_str(&self.message),
        }
    }
}

impl std::error::Error for Error {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crosses_ipc_as_code_message_rule() {
        let e = Error::rule(RuleId::Org7, "the last legal representative cannot leave");
        let json = serde_json::to_value(&e).unwrap();
        assert_eq!(
            json,
            serde_json::json!({
                "code": "rule_violation",
                "message": "the last legal representative cannot leave",
                "rule": "ORG-7"
            })
        );
    }

    #[test]
    fn field_is_named_for_bad_input() {
        let json = serde_json::to_value(Error::invalid("email", "not an e-mail address")).unwrap();
        assert_eq!(json["field"], "email");
        assert_eq!(json["code"], "invalid_input");
        assert!(json.get("rule").is_none());
    }
}
