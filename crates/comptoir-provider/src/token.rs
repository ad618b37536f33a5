//! Where the bearer token comes from. The client only asks a [`TokenSource`]; the personal token
//! lives in the OS keyring ([`KeyringToken`], through `keyring_core::Entry` on the default store,
//! so unit tests install the mock store and the app the OS one with [`use_os_keyring`]); the
//! OAuth flow ([`crate::oauth::OAuthToken`]) keeps its refresh token there too.

use std::sync::Mutex;

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

/// A token held in memory (checking a pasted token before storing it, tests, benchmarks).
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

/// Make the OS credential store (Secret Service on Linux, Keychain on macOS, Credential Manager
/// on Windows) keyring-core's default, once per process. Tests install the mock store instead.
pub fn use_os_keyring() -> Result<(), ProviderError> {
    keyring::Entry::store_status()
        .as_ref()
        .map(|_| ())
        .map_err(keyring_error)
}

/// A keyring error in plain words. Never the error's own text: some variants carry the bytes
/// that were read (the secret).
pub(crate) fn keyring_error(e: &keyring_core::Error) -> ProviderError {
    use keyring_core::Error as K;
    let message = match e {
        K::NoEntry => "no such entry",
        K::NoDefaultStore => "no keyring is available on this system",
        K::NoStorageAccess(_) => "the keyring is locked or access was refused",
        K::PlatformFailure(_) => "the keyring service failed",
        K::BadEncoding(_) | K::BadDataFormat(..) => "the stored entry is not readable",
        K::TooLong(..) => "the secret is too long for the keyring",
        _ => "the keyring refused the operation",
    };
    ProviderError::Keyring {
        message: message.into(),
    }
}

async fn blocking<T: Send + 'static>(
    work: impl FnOnce() -> Result<T, ProviderError> + Send + 'static,
) -> Result<T, ProviderError> {
    tokio::task::spawn_blocking(work)
        .await
        .map_err(|_| ProviderError::Keyring {
            message: "the keyring call was interrupted".into(),
        })?
}

/// One keyring entry of ours: a thin wrapper that maps "no entry" to `None`.
pub(crate) struct KeyringSlot {
    user: String,
}

impl KeyringSlot {
    pub fn new(user: impl Into<String>) -> Self {
        KeyringSlot { user: user.into() }
    }

    fn entry(&self) -> Result<keyring_core::Entry, ProviderError> {
        keyring_core::Entry::new(KEYRING_SERVICE, &self.user).map_err(|e| keyring_error(&e))
    }

    /// The same calls off the async threads: keyring calls block (D-Bus on Linux).
    pub async fn read_async(&self) -> Result<Option<Secret>, ProviderError> {
        let user = self.user.clone();
        blocking(move || KeyringSlot::new(user).read()).await
    }

    pub async fn write_async(&self, secret: Secret) -> Result<(), ProviderError> {
        let user = self.user.clone();
        blocking(move || KeyringSlot::new(user).write(&secret)).await
    }

    pub async fn delete_async(&self) -> Result<(), ProviderError> {
        let user = self.user.clone();
        blocking(move || KeyringSlot::new(user).delete()).await
    }

    pub fn read(&self) -> Result<Option<Secret>, ProviderError> {
        match self.entry()?.get_password() {
            Ok(value) => Ok(Some(Secret::new(value))),
            Err(keyring_core::Error::NoEntry) => Ok(None),
            Err(e) => Err(keyring_error(&e)),
        }
    }

    pub fn write(&self, secret: &Secret) -> Result<(), ProviderError> {
        self.entry()?
            .set_password(secret.expose())
            .map_err(|e| keyring_error(&e))
    }

    pub fn delete(&self) -> Result<(), ProviderError> {
        match self.entry()?.delete_credential() {
            Ok(()) | Err(keyring_core::Error::NoEntry) => Ok(()),
            Err(e) => Err(keyring_error(&e)),
        }
    }
}

/// The personal API token in the OS keyring, one entry per `user` (e.g. the workspace id). Read
/// once, then kept in memory so a request does not cost a keyring round trip.
pub struct KeyringToken {
    slot: KeyringSlot,
    cache: Mutex<Option<Secret>>,
}

impl KeyringToken {
    pub fn new(user: impl Into<String>) -> Self {
        KeyringToken {
            slot: KeyringSlot::new(user),
            cache: Mutex::new(None),
        }
    }

    /// Store (or replace) the token, after `GET /2/profile` accepted it.
    pub fn store(&self, token: &Secret) -> Result<(), ProviderError> {
        if token.is_empty() {
            return Err(ProviderError::Invalid {
                field: "token".into(),
                message: "the token is empty".into(),
            });
        }
        self.slot.write(token)?;
        *self.cache.lock().expect("token cache") = Some(token.clone());
        Ok(())
    }

    /// Whether a token is stored.
    pub fn is_stored(&self) -> Result<bool, ProviderError> {
        Ok(self.slot.read()?.is_some())
    }
}

#[async_trait]
impl TokenSource for KeyringToken {
    async fn token(&self) -> Result<Secret, ProviderError> {
        if let Some(t) = self.cache.lock().expect("token cache").clone() {
            return Ok(t);
        }
        let token = self
            .slot
            .read_async()
            .await?
            .ok_or(ProviderError::NotConnected)?;
        *self.cache.lock().expect("token cache") = Some(token.clone());
        Ok(token)
    }

    async fn forget(&self) -> Result<(), ProviderError> {
        *self.cache.lock().expect("token cache") = None;
        self.slot.delete_async().await
    }
}
