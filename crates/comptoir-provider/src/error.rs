//! What can go wrong talking to the provider, typed so callers decide (retry, re-connect, show a
//! conflict). Messages are plain words for people and never hold the token: they are built from
//! the status, the provider's error code and description, never from a request.

use std::time::Duration;

use serde::{Deserialize, Serialize};
use serde_json::Value;

/// One field-level complaint of a 422 (`error.errors[]` in the envelope).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldError {
    /// `context.attribute`: the field the provider refused, when it says.
    pub field: Option<String>,
    pub code: String,
    pub description: String,
}

#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum ProviderError {
    /// 401: the token is wrong, expired or revoked.
    #[error("the provider did not accept the token (expired or revoked); connect again")]
    Unauthorized,
    /// 403: the token is valid but may not do this.
    #[error("the provider refused access: {description}")]
    AccessDenied { description: String },
    /// 404: the thing is gone on the provider (or never existed).
    #[error("not found on the provider: {description}")]
    NotFound { description: String },
    /// 409: it already exists or changed on the provider.
    #[error("conflict on the provider: {description}")]
    Conflict { description: String },
    /// 422: the provider refused the values; `errors` names the fields.
    #[error(
        "the provider refused the values: {}",
        describe_fields(description, errors)
    )]
    Validation {
        description: String,
        errors: Vec<FieldError>,
    },
    /// 429 still answered after the client's own waiting and re-queueing.
    #[error("the provider's rate limit (60 requests a minute) is still reached; try again later")]
    RateLimited { retry_after: Option<Duration> },
    /// 5xx after the retries idempotent requests get.
    #[error("the provider had an error (HTTP {status}); try again later")]
    Server { status: u16 },
    /// No answer in time (a request, or an asynchronous task past its bound).
    #[error("the provider did not answer in time")]
    Timeout,
    /// The connection failed or was cut (offline, DNS, reset).
    #[error("could not reach the provider: {message}")]
    Connection { message: String },
    /// The answer was not the JSON the spec describes.
    #[error("the provider's answer could not be read: {message}")]
    Malformed { message: String },
    /// An asynchronous task ended in `failed`.
    #[error("the provider's task failed: {message}")]
    TaskFailed { message: String },
    /// No token is stored: not connected.
    #[error("not connected to the provider")]
    NotConnected,
    /// The OS keyring could not be used.
    #[error("the system keyring could not be used: {message}")]
    Keyring { message: String },
    /// A bad argument or configuration (base URL...); `field` names it.
    #[error("invalid {field}: {message}")]
    Invalid { field: String, message: String },
}

fn describe_fields(description: &str, errors: &[FieldError]) -> String {
    if errors.is_empty() {
        return description.to_string();
    }
    let fields: Vec<String> = errors
        .iter()
        .map(|e| match &e.field {
            Some(f) => format!("{f} ({})", e.description),
            None => e.description.clone(),
        })
        .collect();
    format!("{description}: {}", fields.join("; "))
}

impl ProviderError {
    /// The error envelope (or just the status when the body is not one) as a typed error.
    pub fn from_response(status: u16, body: &[u8]) -> ProviderError {
        let envelope: Value = serde_json::from_slice(body).unwrap_or(Value::Null);
        let error = envelope.get("error");
        let text = |v: Option<&Value>, k: &str| {
            v.and_then(|e| e.get(k))
                .and_then(Value::as_str)
                .unwrap_or("")
                .to_string()
        };
        let code = text(error, "code");
        let description = {
            let d = text(error, "description");
            if d.is_empty() {
                code.replace('_', " ")
            } else {
                d
            }
        };
        match status {
            401 => ProviderError::Unauthorized,
            403 => ProviderError::AccessDenied { description },
            404 => ProviderError::NotFound { description },
            409 => ProviderError::Conflict { description },
            422 | 400 => {
                let errors = error
                    .and_then(|e| e.get("errors"))
                    .and_then(Value::as_array)
                    .map(|list| {
                        list.iter()
                            .map(|item| FieldError {
                                field: item
                                    .get("context")
                                    .and_then(|c| c.get("attribute"))
                                    .and_then(Value::as_str)
                                    .map(str::to_string),
                                code: text(Some(item), "code"),
                                description: text(Some(item), "description"),
                            })
                            .collect()
                    })
                    .unwrap_or_default();
                ProviderError::Validation {
                    description,
                    errors,
                }
            }
            429 => ProviderError::RateLimited { retry_after: None },
            500..=599 => ProviderError::Server { status },
            _ => ProviderError::Malformed {
                message: format!("unexpected HTTP {status} ({description})"),
            },
        }
    }

    /// A stable code the shell maps and the UI switches on.
    pub fn code(&self) -> &'static str {
        match self {
            ProviderError::Unauthorized => "unauthorized",
            ProviderError::AccessDenied { .. } => "access_denied",
            ProviderError::NotFound { .. } => "not_found",
            ProviderError::Conflict { .. } => "conflict",
            ProviderError::Validation { .. } => "validation",
            ProviderError::RateLimited { .. } => "rate_limited",
            ProviderError::Server { .. } => "server",
            ProviderError::Timeout => "timeout",
            ProviderError::Connection { .. } => "connection",
            ProviderError::Malformed { .. } => "malformed",
            ProviderError::TaskFailed { .. } => "task_failed",
            ProviderError::NotConnected => "not_connected",
            ProviderError::Keyring { .. } => "keyring",
            ProviderError::Invalid { .. } => "invalid",
        }
    }

    /// Worth trying again later (offline queue): the request may not have reached the provider or
    /// the provider may answer differently later. Refusals (4xx) are final.
    pub fn is_transient(&self) -> bool {
        matches!(
            self,
            ProviderError::RateLimited { .. }
                | ProviderError::Server { .. }
                | ProviderError::Timeout
                | ProviderError::Connection { .. }
        )
    }

    /// The first field a 422 names, for `comptoir_core::Error::field`.
    pub fn field(&self) -> Option<&str> {
        match self {
            ProviderError::Validation { errors, .. } => {
                errors.iter().find_map(|e| e.field.as_deref())
            }
            ProviderError::Invalid { field, .. } => Some(field),
            _ => None,
        }
    }
}
