//! Token sources on keyring-core's mock store: the personal token kept only in the keyring,
//! disconnect deletes it, the token never shows; the OAuth 2 PKCE flow against the fake's
//! `/authorize` and `/token` with this test playing the browser; refresh after a 401.

use std::sync::{Arc, Once};
use std::time::Duration;

use comptoir_fake_provider::{FakeProvider, DEMO_TOKEN};
use comptoir_provider::oauth::pkce_challenge;
use comptoir_provider::*;
use url::Url;

fn mock_keyring() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| keyring_core::set_default_store(keyring_core::mock::Store::new().unwrap()));
}

fn stored(user: &str) -> Option<String> {
    keyring_core::Entry::new(KEYRING_SERVICE, user)
        .unwrap()
        .get_password()
        .ok()
}

#[test]
fn a_secret_never_shows_in_debug_or_display() {
    let s = Secret::new("canary-7f3e9a");
    assert_eq!(format!("{s:?}"), "Secret(***)");
    assert_eq!(format!("{s}"), "***");
    let wrapped = Some(StaticToken(s.clone()).0);
    assert!(!format!("{wrapped:?}").contains("canary"));
    assert_eq!(s.expose(), "canary-7f3e9a");
}

#[tokio::test]
async fn the_personal_token_lives_in_the_keyring_until_disconnect() {
    mock_keyring();
    let (addr, _fake) = FakeProvider::start().await;
    let user = "workspace-personal";
    let source = Arc::new(KeyringToken::new(user));
    assert!(!source.is_stored().unwrap());
    assert_eq!(
        source.token().await.unwrap_err(),
        ProviderError::NotConnected
    );

    source.store(&Secret::new(DEMO_TOKEN)).unwrap();
    assert_eq!(stored(user).as_deref(), Some(DEMO_TOKEN));

    // A fresh source (the next app start) reads it back from the keyring.
    let again = Arc::new(KeyringToken::new(user));
    let config = ClientConfig::new(&format!("http://{addr}")).unwrap();
    let client = Client::new(config, again.clone()).unwrap();
    assert_eq!(
        client.profile().await.unwrap().id,
        comptoir_fake_provider::ME
    );
    assert!(!format!("{client:?}").contains(DEMO_TOKEN));

    // Disconnect deletes the entry; the client is then not connected.
    again.forget().await.unwrap();
    assert_eq!(stored(user), None);
    assert_eq!(
        client.profile().await.unwrap_err(),
        ProviderError::NotConnected
    );
    // Forgetting twice is fine.
    again.forget().await.unwrap();
}

#[test]
fn an_empty_token_is_refused_by_name() {
    mock_keyring();
    let e = KeyringToken::new("workspace-empty")
        .store(&Secret::new("  "))
        .unwrap_err();
    assert_eq!(e.field(), Some("token"));
}

#[tokio::test]
async fn a_keyring_failure_is_plain_and_never_holds_the_secret() {
    mock_keyring();
    let user = "workspace-broken";
    let entry = keyring_core::Entry::new(KEYRING_SERVICE, user).unwrap();
    let mock: &keyring_core::mock::Cred = entry.as_any().downcast_ref().unwrap();
    // The error a store gives for an unreadable entry carries the bytes it read.
    mock.set_error(keyring_core::Error::BadEncoding(b"canary-secret".to_vec()));
    let e = KeyringToken::new(user).token().await.unwrap_err();
    assert_eq!(e.code(), "keyring");
    let shown = format!("{e} {e:?}");
    assert!(
        !shown.contains("canary") && !shown.contains("99, 97"),
        "{shown}"
    );
}

fn oauth_config(addr: std::net::SocketAddr, user: &str) -> OAuthConfig {
    OAuthConfig {
        authorize_url: Url::parse(&format!("http://{addr}/authorize")).unwrap(),
        token_url: Url::parse(&format!("http://{addr}/token")).unwrap(),
        client_id: "comptoir-desktop".into(),
        keyring_user: user.into(),
        wait: Duration::from_secs(10),
    }
}

/// The browser's part: open the authorize URL, follow its redirect to the loopback listener.
async fn play_browser(authorize: Url) -> (Url, String) {
    let browser = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let answer = browser.get(authorize).send().await.unwrap();
    assert_eq!(answer.status(), 303, "the fake approves and redirects");
    let location = answer.headers()["location"].to_str().unwrap().to_string();
    let location = Url::parse(&location).unwrap();
    let page = browser
        .get(location.clone())
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    (location, page)
}

#[tokio::test]
async fn oauth_pkce_with_a_loopback_redirect_then_refresh() {
    mock_keyring();
    let (addr, fake) = FakeProvider::start().await;
    let flow = OAuthFlow::start(oauth_config(addr, "workspace-oauth"))
        .await
        .unwrap();
    let authorize = flow.authorize_url().clone();
    let query: std::collections::HashMap<_, _> = authorize.query_pairs().into_owned().collect();
    assert_eq!(query["code_challenge_method"], "S256");
    assert_eq!(query["code_challenge"].len(), 43);
    assert!(flow.redirect_uri().starts_with("http://127.0.0.1:"));

    let finishing = tokio::spawn(flow.finish());
    let (location, page) = play_browser(authorize).await;
    assert!(location.as_str().starts_with("http://127.0.0.1:"));
    assert!(page.contains("connected"), "{page}");
    let source = Arc::new(finishing.await.unwrap().unwrap());

    let refresh = stored("workspace-oauth.refresh").expect("refresh token in the keyring");
    let config = ClientConfig::new(&format!("http://{addr}")).unwrap();
    let client = Client::new(config, source.clone()).unwrap();
    assert_eq!(
        client.profile().await.unwrap().id,
        comptoir_fake_provider::ME
    );

    // The access token expires: the 401 makes the source refresh once, and the call succeeds.
    let access = source.token().await.unwrap();
    fake.expire_token(access.expose());
    assert_eq!(client.accounts().await.unwrap().len(), 2);
    assert_ne!(source.token().await.unwrap(), access);
    let rotated = stored("workspace-oauth.refresh").unwrap();
    assert_ne!(rotated, refresh, "refresh tokens rotate");

    // Refresh token revoked too (expire the new access token, forget the refresh): unauthorized.
    fake.expire_token(source.token().await.unwrap().expose());
    source.forget().await.unwrap();
    assert_eq!(stored("workspace-oauth.refresh"), None);
    assert_eq!(
        client.accounts().await.unwrap_err(),
        ProviderError::NotConnected
    );
}

#[tokio::test]
async fn oauth_refuses_an_answer_with_another_state() {
    mock_keyring();
    let (addr, _fake) = FakeProvider::start().await;
    let flow = OAuthFlow::start(oauth_config(addr, "workspace-state"))
        .await
        .unwrap();
    let redirect = flow.redirect_uri().to_string();
    let finishing = tokio::spawn(flow.finish());
    let forged = format!("{redirect}?code=stolen&state=not-ours");
    let page = reqwest::get(forged).await.unwrap().text().await.unwrap();
    assert!(page.contains("could not connect"), "{page}");
    let e = finishing.await.unwrap().err().unwrap();
    assert_eq!(e.field(), Some("state"));
    assert_eq!(stored("workspace-state.refresh"), None);
}

#[tokio::test]
async fn the_fake_checks_the_pkce_verifier() {
    let (addr, _fake) = FakeProvider::start().await;
    let verifier = "a".repeat(43);
    let http = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let mut authorize = Url::parse(&format!("http://{addr}/authorize")).unwrap();
    authorize
        .query_pairs_mut()
        .append_pair("response_type", "code")
        .append_pair("client_id", "c")
        .append_pair("redirect_uri", "http://127.0.0.1:9/cb")
        .append_pair("code_challenge", &pkce_challenge(&verifier))
        .append_pair("code_challenge_method", "S256")
        .append_pair("state", "s");
    let location = http.get(authorize).send().await.unwrap().headers()["location"]
        .to_str()
        .unwrap()
        .to_string();
    let code = Url::parse(&location)
        .unwrap()
        .query_pairs()
        .find(|(k, _)| k == "code")
        .unwrap()
        .1
        .into_owned();
    let token = |v: &str, code: &str| {
        http.post(format!("http://{addr}/token")).form(&[
            ("grant_type", "authorization_code"),
            ("code", code),
            ("redirect_uri", "http://127.0.0.1:9/cb"),
            ("client_id", "c"),
            ("code_verifier", v),
        ])
    };
    let wrong = token(&"b".repeat(43), &code).send().await.unwrap();
    assert_eq!(wrong.status(), 400);
    // And a code is good once: even the right verifier is refused now.
    let right = token(&verifier, &code).send().await.unwrap();
    assert_eq!(right.status(), 400);
}
