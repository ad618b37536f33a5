//! The one error type of Comptoir. It crosses IPC serialized as `{code, message, rule?, field?}`;
//! the codes form a TypeScript union the UI switches on, so add a code only when the UI acts on it.
//!
//! People never read `message` (it is English, for logs and support): a refusal they can meet
//! carries a reason code in `params.reason` plus its facts as params, and the UI says it with the
//! message `refusal-<reason>` of locales/<lang>/ui.ftl (ui/src/test/refusal.test.ts reads every
//! code from these sources and fails when one has no message in a language).

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

    /// Bad input in one named field, for a reason people read in their language; the English
    /// message is made from the reason, so a site cannot give one without the other.
    pub fn invalid_because(field: &str, reason: Reason) -> Self {
        let mut e = Error::invalid(field, reason.english(field));
        e.params = Some(reason.params());
        e
    }

    /// A more precise log sentence than the reason's own (the reason stays what people read).
    pub fn with_message(mut self, message: impl Into<String>) -> Self {
        self.message = message.into();
        self
    }

    /// `what` (a kind of thing: "product", "payment method") with `id` does not exist; the
    /// reason `not_found.<what>` names the kind, one sentence per kind.
    pub fn not_found(what: &str, id: impl fmt::Display) -> Self {
        Error::new(ErrorCode::NotFound, format!("{what} {id} does not exist"))
            .reason(&format!("not_found.{}", what.replace(' ', "_")))
            .with_param("id", id)
    }

    /// The stable code people's sentence is looked up by (`refusal-<code>`); the facts it names
    /// follow as [`Error::with_param`].
    pub fn reason(self, code: &str) -> Self {
        self.with_param("reason", code)
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

/// Why input was refused, in general terms shared by every field: the code (`reason`) and its
/// numbers go to the UI as params; [`Reason::english`] is the log's sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reason {
    /// Nothing (or only spaces) typed where something is required.
    Empty,
    /// More than `max` characters.
    TooLong {
        max: usize,
        given: usize,
    },
    /// An invisible control or direction character (pasted text).
    ControlCharacter {
        character: String,
    },
    NotAnEmail,
    /// The amount cannot be read as a number (letters, a sign, an exponent, stray separators...).
    NotAnAmount,
    /// `1.000` where both a thousands group and three decimals read the same.
    AmbiguousAmount {
        separator: String,
    },
    /// Thousands groups that are not groups of three, or several kinds mixed.
    BadGrouping,
    /// More than two decimals: amounts are never rounded.
    TooManyDecimals,
    Negative,
    /// More integer digits than an amount may have.
    TooLarge {
        digits: usize,
    },
    /// An amount written in another currency than the account's.
    WrongCurrency {
        expected: String,
        given: String,
    },
    /// Outside the inclusive range `min`..=`max` (amounts as written by the engine: 9999.00).
    OutOfRange {
        min: String,
        max: String,
        given: String,
    },
    /// A value that is not one of the choices offered (a tampered or outdated request).
    UnknownChoice {
        given: String,
    },
    /// Nothing selected where at least one is needed.
    NoneChosen,
    /// More than `max` items at once.
    TooMany {
        max: usize,
        given: usize,
    },
    /// Not in the expected shape; `example` shows the shape.
    BadFormat {
        example: String,
    },
}

impl Reason {
    /// The stable code (the UI's message `refusal-<code>`).
    pub fn code(&self) -> &'static str {
        match self {
            Reason::Empty => "empty",
            Reason::TooLong { .. } => "too_long",
            Reason::ControlCharacter { .. } => "control_character",
            Reason::NotAnEmail => "not_an_email",
            Reason::NotAnAmount => "not_an_amount",
            Reason::AmbiguousAmount { .. } => "ambiguous_amount",
            Reason::BadGrouping => "bad_grouping",
            Reason::TooManyDecimals => "too_many_decimals",
            Reason::Negative => "negative",
            Reason::TooLarge { .. } => "too_large",
            Reason::WrongCurrency { .. } => "wrong_currency",
            Reason::OutOfRange { .. } => "out_of_range",
            Reason::UnknownChoice { .. } => "unknown_choice",
            Reason::NoneChosen => "none_chosen",
            Reason::TooMany { .. } => "too_many",
            Reason::BadFormat { .. } => "bad_format",
        }
    }

    /// `reason` and the variant's facts, named as its fields.
    pub fn params(&self) -> BTreeMap<String, String> {
        let facts: Vec<(&str, String)> = match self {
            Reason::TooLong { max, given } | Reason::TooMany { max, given } => {
                vec![("max", max.to_string()), ("given", given.to_string())]
            }
            Reason::ControlCharacter { character } => vec![("character", character.clone())],
            Reason::AmbiguousAmount { separator } => vec![("separator", separator.clone())],
            Reason::TooLarge { digits } => vec![("digits", digits.to_string())],
            Reason::WrongCurrency { expected, given } => {
                vec![("expected", expected.clone()), ("given", given.clone())]
            }
            Reason::OutOfRange { min, max, given } => vec![
                ("min", min.clone()),
                ("max", max.clone()),
                ("given", given.clone()),
            ],
            Reason::UnknownChoice { given } => vec![("given", given.clone())],
            Reason::BadFormat { example } => vec![("example", example.clone())],
            Reason::Empty
            | Reason::NotAnEmail
            | Reason::NotAnAmount
            | Reason::BadGrouping
            | Reason::TooManyDecimals
            | Reason::Negative
            | Reason::NoneChosen => vec![],
        };
        let mut map: BTreeMap<String, String> =
            facts.into_iter().map(|(k, v)| (k.to_owned(), v)).collect();
        map.insert("reason".to_owned(), self.code().to_owned());
        map
    }

    /// The log's sentence (English, for support; never shown to people in another language).
    pub fn english(&self, field: &str) -> String {
        match self {
            Reason::Empty => format!("{field} is required"),
            Reason::TooLong { max, given } => {
                format!("{field} is at most {max} characters ({given} given)")
            }
            Reason::ControlCharacter { character } => {
                format!("{field} contains an invisible control character ({character}); retype it")
            }
            Reason::NotAnEmail => format!("{field} is not an e-mail address"),
            Reason::NotAnAmount => format!("{field} is not an amount, e.g. 25.50"),
            Reason::AmbiguousAmount { separator } => format!(
                "{field} is ambiguous: {separator} followed by three digits can group thousands \
                 or mark decimals here; write 1000 or 1.00"
            ),
            Reason::BadGrouping => format!(
                "{field} groups digits in the wrong places: groups of three, e.g. 1 000 000"
            ),
            Reason::TooManyDecimals => {
                format!("{field} has more than two decimals; amounts are never rounded")
            }
            Reason::Negative => format!("{field} cannot be negative"),
            Reason::TooLarge { digits } => {
                format!("{field} is too large ({digits} digits at most)")
            }
            Reason::WrongCurrency { expected, given } => {
                format!("this amount is in {expected}, not {given}")
            }
            Reason::OutOfRange { min, max, given } => {
                format!("{field} is between {min} and {max}; {given} is not")
            }
            Reason::UnknownChoice { given } => format!("{field}: unknown choice '{given}'"),
            Reason::NoneChosen => format!("{field}: choose at least one"),
            Reason::TooMany { max, given } => {
                format!("{field}: at most {max} at once ({given} given)")
            }
            Reason::BadFormat { example } => {
                format!("{field} is not in the right form, e.g. {example}")
            }
        }
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
    fn a_reason_travels_as_params_with_its_facts() {
        let e = Error::invalid_because(
            "name",
            Reason::TooLong {
                max: 200,
                given: 201,
            },
        );
        let json = serde_json::to_value(&e).unwrap();
        assert_eq!(json["field"], "name");
        assert_eq!(
            json["params"],
            serde_json::json!({"reason": "too_long", "max": "200", "given": "201"})
        );
        assert_eq!(e.message, "name is at most 200 characters (201 given)");
        let nf = Error::not_found("payment method", 7);
        assert_eq!(
            nf.params.unwrap(),
            BTreeMap::from([
                ("reason".to_owned(), "not_found.payment_method".to_owned()),
                ("id".to_owned(), "7".to_owned())
            ])
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
