//! Where the bearer token comes from. The client only asks a [`TokenSource`]; the personal token
//! lives in the OS keyring ([`KeyringToken`], through `keyring_core::Entry` so tests inject the
//! mock store), the OAuth flow ([`crate::oauth::OAuthToken`]) refreshes its own.

use async_trait::async_trait;

use crate::error::ProviderError;
use crate::secret::Secret;

/// Keyring service name for every Comptoir secret.
pub const KEYRING_SERVICE: &str = "comptoir-provider";

#[async_trait]
pub trait TokenSource: Send + Sync {
    /// The token to send now; `NotConnected` when none is stored.
    async fn token(&self) -> Result<Secret, ProviderError>;

    /// Called once after a 401: a source that can refresh (OAuth) does so and returns true, so
    /// the request is tried once more. A personal token cannot: false.
    async fn refresh(&self) -> Result<bool, ProviderError> {
        Ok(false)
    }

    /// Forget the stored secret(s) (disconnect).
    async fn forget(&self) -> Result<(), ProviderError>;
}

/// A token held in memory (tests, benchmarks, the fake's demo).
pub struct StaticToken(pub Secret);

#[async_trait]
impl TokenSource for StaticToken {
    async fn token(&self) -> Result<Secret, ProviderError> {
        Ok(self.0.clone())
    }
    async fn forget(&self) -> Result<(), ProviderError> {
        Ok(())
    }
}

/// The personal API token in the OS keyring, one entry per `user` (e.g. the workspace id).
pub struct KeyringToken {
    user: String,
}

impl KeyringToken {
    pub fn new(user: impl Into<String>) -> Self {
        KeyringToken { user: user.into() }
    }

    /// Store (or replace) the token after `GET /2/profile` accepted it.
    pub fn store(&self, token: &Secret) -> Result<(), ProviderError> {
        let _ = token;
        todo!()
    }

    /// Whether a token is stored.
    pub fn is_stored(&self) -> Result<bool, ProviderError> {
        todo!()
    }
}

#[async_trait]
impl TokenSource for KeyringToken {
    async fn token(&self) -> Result<Secret, ProviderError> {
        let _ = &self.user;
        todo!()
    }
    async fn forget(&self) -> Result<(), ProviderError> {
        todo!()
    }
}
