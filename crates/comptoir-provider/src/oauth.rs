//! OAuth 2 authorization code + PKCE S256 with a 127.0.0.1 loopback redirect (RFC 8252), behind
//! the same [`TokenSource`] interface; off by default (personal tokens are the documented path;
//! whether the provider grants a third-party client id a loopback redirect is not confirmed).
//!
//! 1. [`OAuthFlow::start`] binds 127.0.0.1 on a free port and builds the authorize URL;
//! 2. the shell opens it in the browser; the person approves; the browser is redirected to the
//!    loopback listener;
//! 3. [`OAuthFlow::finish`] reads that one request, checks `state`, swaps the code (with the PKCE
//!    verifier) for tokens, and stores the refresh token in the keyring.

use std::sync::Mutex;
use std::time::Duration;

use async_trait::async_trait;
use base64::Engine;
use rand::RngCore;
use serde::Deserialize;
use sha2::{Digest, Sha256};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;
use url::Url;

use crate::error::ProviderError;
use crate::secret::Secret;
use crate::token::{KeyringSlot, TokenSource};

#[derive(Debug, Clone)]
pub struct OAuthConfig {
    /// e.g. `https://login.infomaniak.com/authorize` or the fake's `http://127.0.0.1:PORT/authorize`.
    pub authorize_url: Url,
    /// e.g. `https://login.infomaniak.com/token`.
    pub token_url: Url,
    pub client_id: String,
    /// Keyring entry (user) for the refresh token.
    pub keyring_user: String,
    /// How long to wait for the browser to come back.
    pub wait: Duration,
}

fn b64(bytes: &[u8]) -> String {
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
}

/// RFC 7636 S256: BASE64URL(SHA256(verifier)), no padding.
pub fn pkce_challenge(verifier: &str) -> String {
    b64(&Sha256::digest(verifier.as_bytes()))
}

fn random_string(bytes: usize) -> String {
    let mut buf = vec![0u8; bytes];
    rand::rng().fill_bytes(&mut buf);
    b64(&buf)
}

/// An authorization in progress: the loopback listener is bound, the browser not back yet.
pub struct OAuthFlow {
    config: OAuthConfig,
    listener: TcpListener,
    redirect_uri: String,
    verifier: Secret,
    state: String,
    authorize: Url,
}

#[derive(Deserialize)]
struct TokenAnswer {
    access_token: String,
    #[serde(default)]
    refresh_token: Option<String>,
}

impl OAuthFlow {
    pub async fn start(config: OAuthConfig) -> Result<OAuthFlow, ProviderError> {
        // RFC 8252 §7.3: the IP literal, not "localhost", on a port the OS picks.
        let listener =
            TcpListener::bind(("127.0.0.1", 0))
                .await
                .map_err(|_| ProviderError::Connection {
                    message: "could not open the local sign-in listener".into(),
                })?;
        let port = listener
            .local_addr()
            .map_err(|_| ProviderError::Connection {
                message: "could not open the local sign-in listener".into(),
            })?
            .port();
        let redirect_uri = format!("http://127.0.0.1:{port}/callback");
        let verifier = Secret::new(random_string(32)); // 43 characters, RFC 7636 §4.1
        let state = random_string(16);
        let mut authorize = config.authorize_url.clone();
        authorize
            .query_pairs_mut()
            .append_pair("response_type", "code")
            .append_pair("client_id", &config.client_id)
            .append_pair("redirect_uri", &redirect_uri)
            .append_pair("code_challenge", &pkce_challenge(verifier.expose()))
            .append_pair("code_challenge_method", "S256")
            .append_pair("access_type", "offline")
            .append_pair("state", &state);
        Ok(OAuthFlow {
            config,
            listener,
            redirect_uri,
            verifier,
            state,
            authorize,
        })
    }

    /// Open this in the browser.
    pub fn authorize_url(&self) -> &Url {
        &self.authorize
    }

    pub fn redirect_uri(&self) -> &str {
        &self.redirect_uri
    }

    /// Wait for the browser's redirect, check it, and swap the code for tokens.
    pub async fn finish(self) -> Result<OAuthToken, ProviderError> {
        let code = tokio::time::timeout(self.config.wait, self.receive_code())
            .await
            .map_err(|_| ProviderError::Timeout)??;
        let http = http_client()?;
        let answer = post_token(
            &http,
            &self.config.token_url,
            &[
                ("grant_type", "authorization_code"),
                ("code", code.expose()),
                ("redirect_uri", &self.redirect_uri),
                ("client_id", &self.config.client_id),
                ("code_verifier", self.verifier.expose()),
            ],
        )
        .await?;
        let token = OAuthToken::new(self.config);
        token.accept(answer).await?;
        Ok(token)
    }

    /// One HTTP request on the loopback listener: `GET /callback?code=..&state=..`.
    async fn receive_code(&self) -> Result<Secret, ProviderError> {
        loop {
            let (mut socket, _) =
                self.listener
                    .accept()
                    .await
                    .map_err(|_| ProviderError::Connection {
                        message: "the local sign-in listener failed".into(),
                    })?;
            let mut buf = vec![0u8; 8192];
            let mut len = 0;
            // Read up to the end of the request line; a browser sends it first.
            while len < buf.len() {
                let n = socket.read(&mut buf[len..]).await.unwrap_or(0);
                if n == 0 {
                    break;
                }
                len += n;
                if buf[..len].windows(2).any(|w| w == b"\r\n") {
                    break;
                }
            }
            let request = String::from_utf8_lossy(&buf[..len]);
            let target = request
                .lines()
                .next()
                .and_then(|l| l.strip_prefix("GET "))
                .and_then(|l| l.split(' ').next())
                .unwrap_or("");
            let url = Url::parse(&format!("http://127.0.0.1{target}")).ok();
            let Some(url) = url.filter(|u| u.path() == "/callback") else {
                // Not ours (a favicon...): answer and keep waiting.
                let _ = socket
                    .write_all(
                        b"HTTP/1.1 404 Not Found\r\ncontent-length: 0\r\nconnection: close\r\n\r\n",
                    )
                    .await;
                continue;
            };
            let param = |k: &str| {
                url.query_pairs()
                    .find(|(key, _)| key == k)
                    .map(|(_, v)| v.into_owned())
            };
            let outcome = match (param("state"), param("code"), param("error")) {
                (_, _, Some(_)) => Err(ProviderError::Unauthorized),
                (Some(s), Some(code), None) if s == self.state => Ok(Secret::new(code)),
                _ => Err(ProviderError::Invalid {
                    field: "state".into(),
                    message: "the sign-in answer does not match the request".into(),
                }),
            };
            let page = if outcome.is_ok() {
                "Comptoir is connected. You can close this window."
            } else {
                "Comptoir could not connect. Go back to the app and try again."
            };
            let reply = format!(
                "HTTP/1.1 200 OK\r\ncontent-type: text/plain; charset=utf-8\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{page}",
                page.len()
            );
            let _ = socket.write_all(reply.as_bytes()).await;
            return outcome;
        }
    }
}

fn http_client() -> Result<reqwest::Client, ProviderError> {
    reqwest::Client::builder()
        .timeout(Duration::from_secs(30))
        .build()
        .map_err(|_| ProviderError::Invalid {
            field: "http_client".into(),
            message: "could not build the HTTP client".into(),
        })
}

async fn post_token(
    http: &reqwest::Client,
    url: &Url,
    form: &[(&str, &str)],
) -> Result<TokenAnswer, ProviderError> {
    let response = http
        .post(url.clone())
        .form(form)
        .send()
        .await
        .map_err(|e| {
            if e.is_timeout() {
                ProviderError::Timeout
            } else {
                ProviderError::Connection {
                    message: "could not reach the sign-in server".into(),
                }
            }
        })?;
    let status = response.status();
    if status.is_client_error() {
        // invalid_grant & co: the code or refresh token is not (or no longer) good.
        return Err(ProviderError::Unauthorized);
    }
    if status.is_server_error() {
        return Err(ProviderError::Server {
            status: status.as_u16(),
        });
    }
    let bytes = response
        .bytes()
        .await
        .map_err(|_| ProviderError::Connection {
            message: "the connection was cut before the whole answer arrived".into(),
        })?;
    serde_json::from_slice(&bytes).map_err(|_| ProviderError::Malformed {
        message: "the sign-in server's answer is not a token".into(),
    })
}

/// Tokens from the OAuth flow: the access token in memory, the refresh token in the keyring.
pub struct OAuthToken {
    config: OAuthConfig,
    slot: KeyringSlot,
    access: Mutex<Option<Secret>>,
}

impl OAuthToken {
    /// A source for an earlier sign-in: the refresh token is read from the keyring when needed.
    pub fn new(config: OAuthConfig) -> Self {
        OAuthToken {
            slot: KeyringSlot::new(format!("{}.refresh", config.keyring_user)),
            config,
            access: Mutex::new(None),
        }
    }

    async fn accept(&self, answer: TokenAnswer) -> Result<(), ProviderError> {
        if let Some(refresh) = answer.refresh_token {
            self.slot.write_async(Secret::new(refresh)).await?;
        }
        *self.access.lock().expect("access token") = Some(Secret::new(answer.access_token));
        Ok(())
    }
}

#[async_trait]
impl TokenSource for OAuthToken {
    async fn token(&self) -> Result<Secret, ProviderError> {
        if let Some(t) = self.access.lock().expect("access token").clone() {
            return Ok(t);
        }
        if self.refresh().await? {
            if let Some(t) = self.access.lock().expect("access token").clone() {
                return Ok(t);
            }
        }
        Err(ProviderError::NotConnected)
    }

    async fn refresh(&self) -> Result<bool, ProviderError> {
        let Some(refresh) = self.slot.read_async().await? else {
            return Ok(false);
        };
        let http = http_client()?;
        let answer = post_token(
            &http,
            &self.config.token_url,
            &[
                ("grant_type", "refresh_token"),
                ("refresh_token", refresh.expose()),
                ("client_id", &self.config.client_id),
            ],
        )
        .await;
        match answer {
            Ok(answer) => {
                self.accept(answer).await?;
                Ok(true)
            }
            Err(ProviderError::Unauthorized) => {
                *self.access.lock().expect("access token") = None;
                Ok(false)
            }
            Err(e) => Err(e),
        }
    }

    async fn forget(&self) -> Result<(), ProviderError> {
        *self.access.lock().expect("access token") = None;
        self.slot.delete_async().await
    }
}
