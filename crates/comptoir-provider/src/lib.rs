//! Client of the provider's public API (see `../shared/reference/provider-api.md` and the OpenAPI
//! spec): typed requests and responses, the success / error / asynchronous envelopes, pagination,
//! retries for idempotent requests, and ONE rate limiter per token (API-3) shared by every caller.
//! The base URL and the token source are injected: the shell reads `COMPTOIR_PROVIDER_URL`, this
//! crate never reads the environment. No Tauri.

pub mod client;
pub mod error;
pub mod journal;
pub mod model;
pub mod oauth;
pub mod ratelimit;
pub mod secret;
pub mod token;

pub use client::{all_pages, Client, ClientConfig, PollPolicy, RetryPolicy};
pub use error::{FieldError, ProviderError};
pub use journal::{JournalClock, JournalVerdict, SendJournal};
pub use model::*;
pub use oauth::{OAuthConfig, OAuthFlow, OAuthToken};
pub use ratelimit::RateLimiter;
pub use secret::Secret;
pub use token::{use_os_keyring, KeyringToken, StaticToken, TokenSource, KEYRING_SERVICE};
